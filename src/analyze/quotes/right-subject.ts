/**
 * The speaker after its cue: "said Jane Doe", "said the agency, which …",
 * "according to a source close to …". Without a recognised name, a short
 * description that opens with a capital or a determiner is kept as written.
 *
 * @example
 * rightSubject(ctx, saidEnd, sentenceEnd, 0); // { speaker: 'person:jane-doe', speakerMention: … "Jane Doe" }
 */
import { CALENDAR_WORDS } from '../lexicons/calendar.js';
import { PREFIX_ABBREVIATIONS } from '../lexicons/abbreviations.js';
import { anonymousStartingAt } from './anonymous.js';
import { describedSpeaker } from './description.js';
import type { QuoteContext } from './context.js';
import { mentionsIn, SPEAKER_TYPES } from './context.js';
import { QUOTE_DEFAULTS } from './defaults.js';
import { DESCRIPTION_OPENERS, NOT_A_SPEAKER_START, SPEAKER_PRONOUNS, TITLE_NOUNS } from './lexicon.js';
import type { Attribution } from './resolve.js';
import { named, resolvePronoun } from './resolve.js';
import { isCapitalised, wordsIn } from './text.js';

const PRONOUNS = new Set(SPEAKER_PRONOUNS);
const TITLES = new Set(TITLE_NOUNS);
const OPENERS = new Set(DESCRIPTION_OPENERS);
const NOT_START = new Set(NOT_A_SPEAKER_START);
/** Where the subject phrase after a cue stops: a clause mark, a quotation mark or a bracket. */
const STOP = /[,;:!?“”"(—–]|\.(?=\s|$)/g;

/** End of the phrase after `pos`: the first stop that is not the period of an abbreviation ("Sen.", "J."). */
function phraseEnd(text: string, pos: number, limit: number): number {
  // Searching a slice that ends one past the limit (for the look-ahead) never reads on beyond it.
  const piece = text.slice(0, Math.min(text.length, limit + 1));
  STOP.lastIndex = pos;
  for (let m = STOP.exec(piece); m !== null && m.index < limit; m = STOP.exec(piece)) {
    if (m[0] !== '.') return m.index;
    const word = /[\p{L}]+$/u.exec(text.slice(Math.max(pos, m.index - 12), m.index))?.[0] ?? '';
    if (!PREFIX_ABBREVIATIONS.has(word.toLowerCase()) && !/^\p{Lu}$/u.test(word)) return m.index;
  }
  return limit;
}

/**
 * The speaker named right after `pos` (the end of a cue), up to the end of the phrase;
 * `inverted` when a quotation stands right before the cue ("“…,” said the agency").
 *
 * @example
 * rightSubject(ctx, cue.end, sentence.end, 2); // "said former Rep. Jane Doe (D-Ore.)" → Jane Doe
 */
export function rightSubject(
  ctx: QuoteContext,
  pos: number,
  sentenceEnd: number,
  sentence: number,
  inverted = false,
): Attribution | null {
  const end = phraseEnd(ctx.text, pos, sentenceEnd);
  const words = wordsIn(ctx.text, pos, end, ctx.marks);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  if (PRONOUNS.has(first.lower)) return resolvePronoun(ctx, first, sentence);
  const anonymous = anonymousStartingAt(words);
  if (anonymous) return { speakerMention: anonymous, anonymous: true };
  const mention = mentionsIn(ctx, pos, end).find((m) => SPEAKER_TYPES.has(m.type));
  if (mention) {
    const between = words.filter((w) => w.end <= mention.start);
    // Right after a quotation any short description may precede the name ("said conservative activist Jane Doe").
    const titleLike = inverted || between.every((w) => isCapitalised(w.text) || TITLES.has(w.lower) || OPENERS.has(w.lower));
    if (between.length <= QUOTE_DEFAULTS.rightSpeakerMaxWords && titleLike) return named(mention);
  }
  // "“…,” said Gary Orfield, a professor …", "“…,” said the agency": a description as written, only
  // in that inverted order (right after a quotation) and never a time or place phrase.
  if (!inverted || NOT_START.has(first.lower) || CALENDAR_WORDS.has(first.lower)) return null;
  const described = describedSpeaker(words);
  return described ? { speakerMention: described } : null;
}
