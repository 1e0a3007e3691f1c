/**
 * The speaker of a quoted phrase inside a sentence without a speech cue
 * ("Doe has long favoured a “managed exit”", "…, although she has “serious
 * concerns”", "over her remark that “…”"): whoever owns the words as written
 * in the clause that holds the quote.
 *
 * @example
 * embeddedSpeaker(ctx, sentence.start, mark, 0); // { speaker: 'person:jane-doe', speakerMention: … "she" }
 */
import type { Mention, Span } from '../../types.js';
import type { QuoteMark } from './01-marks.js';
import { mainClauseSubject } from './03-speaker.js';
import type { QuoteContext } from './context.js';
import { mentionsIn } from './context.js';
import { INTRODUCTORY_WORDS, SPEAKER_PRONOUNS, SPEECH_NOUNS } from './lexicon.js';
import type { Attribution } from './resolve.js';
import { named, resolvePronoun } from './resolve.js';
import type { Word } from './text.js';
import { isPossessive, wordsIn } from './text.js';
import { FUNCTION_WORDS } from '../lexicons/function-words.js';

/** Who can be the subject of a quoted phrase without a speech verb: people and organisations, not places. */
const ACTORS = new Set(['PERSON', 'ORG']);
const SUBJECT_PRONOUNS = new Set(SPEAKER_PRONOUNS);
const INTRODUCTORY = new Set(INTRODUCTORY_WORDS);
const SPEECH_NOUN = new Set(SPEECH_NOUNS);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our']);
/** Subordinators that open a clause with a subject of its own ("…, although she has “…”"). */
const SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'because', 'when', 'if', 'unless', 'since']);
/** A possessive stands this many words at most before its speech noun ("his repeated warning"). */
const POSSESSIVE_NOUN_MAX_WORDS = 2;
/** Prepositions: a name right after one is an object ("by Doe", "of the senator"), not a subject. */
const PREPOSITIONS = new Set(
  [...FUNCTION_WORDS].filter((w) =>
    ['about', 'against', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'over', 'to', 'with', 'toward', 'towards', 'than', 'like'].includes(w),
  ),
);

/**
 * The speaker of a quoted phrase in a sentence without a cue, or null.
 *
 * @example
 * embeddedSpeaker(ctx, sentence.start, mark, 0);
 */
export function embeddedSpeaker(ctx: QuoteContext, from: number, mark: QuoteMark, sentence: number): Attribution | null {
  const semicolon = Math.max(from, ctx.text.lastIndexOf(';', mark.start) + 1);
  const words = wordsIn(ctx.text, semicolon, mark.start, ctx.marks);
  const owner = speechNounOwner(ctx, words, sentence);
  if (owner) return owner;
  const possessor = mentionsIn(ctx, semicolon, mark.start)
    .filter((m) => ACTORS.has(m.type) && isPossessive(ctx.text, m.end))
    .pop();
  if (possessor) return named(possessor);
  return clauseSubject(ctx, words, mark, sentence) ?? mainSubject(ctx, semicolon, mark.start, sentence);
}

/** "her remark that “…”", "Doe’s warning of “…”": the owner of the words a speech noun names. */
function speechNounOwner(ctx: QuoteContext, words: readonly Word[], sentence: number): Attribution | null {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!w || !SPEECH_NOUN.has(w.lower)) continue;
    for (let k = 1; k <= POSSESSIVE_NOUN_MAX_WORDS; k++) {
      const owner = words[i - k];
      if (!owner) break;
      if (POSSESSIVE_PRONOUNS.has(owner.lower)) return resolvePossessive(ctx, owner, sentence);
      const mention = ctx.mentions.find((m) => m.start <= owner.start && m.end >= owner.end - 2 && ACTORS.has(m.type));
      if (mention && isPossessive(ctx.text, mention.end)) return named(mention);
    }
  }
  return null;
}

function resolvePossessive(ctx: QuoteContext, w: Word, sentence: number): Attribution {
  const pronoun = w.lower === 'his' ? 'he' : w.lower === 'her' ? 'she' : w.lower;
  const resolved = resolvePronoun(ctx, { ...w, lower: pronoun }, sentence);
  return { ...resolved, speakerMention: { start: w.start, end: w.end } };
}

/**
 * The subject of the nearest clause before the quote: after a subordinator
 * ("although she"), else the sentence; its first pronoun or person or
 * organisation named that is no object of a preposition. (A relative pronoun
 * as subject, "Doe who pressed for “…”", lost more than it won on train.)
 */
function clauseSubject(ctx: QuoteContext, words: readonly Word[], mark: QuoteMark, sentence: number): Attribution | null {
  let start = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!w) continue;
    if (SUBORDINATORS.has(w.lower)) {
      start = i + 1;
      break;
    }
  }
  const first = words[start];
  if (first && INTRODUCTORY.has(first.lower)) {
    const comma = ctx.text.indexOf(',', first.end);
    const next = comma >= 0 && comma < mark.start ? words.findIndex((w) => w.start > comma) : -1;
    if (next > start) start = next;
  }
  for (let i = start; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    if (SUBJECT_PRONOUNS.has(w.lower)) return resolvePronoun(ctx, w, sentence);
    const m = ctx.mentions.find((x) => x.start === w.start);
    if (m && ACTORS.has(m.type) && !isPossessive(ctx.text, m.end) && !objectOfPreposition(words, i)) return named(m);
  }
  return null;
}

/** True when the word at `i` follows a preposition, perhaps across a determiner or title ("by the senator"). */
function objectOfPreposition(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  const before = words[i - 2];
  if (prev && PREPOSITIONS.has(prev.lower)) return true;
  return prev !== undefined && before !== undefined && ['the', 'a', 'an'].includes(prev.lower) && PREPOSITIONS.has(before.lower);
}

/** The previous rule: the main clause's subject when it names a person or organisation or is a pronoun. */
function mainSubject(ctx: QuoteContext, from: number, to: number, sentence: number): Attribution | null {
  const subject = mainClauseSubject(ctx, from, to, sentence);
  const at: Span | undefined = subject?.speakerMention;
  if (!subject || !at || subject.anonymous) return null;
  const mention: Mention | undefined = ctx.mentions.find((m) => m.start === at.start && m.end === at.end);
  const pronoun = SUBJECT_PRONOUNS.has(ctx.text.slice(at.start, at.end).toLowerCase());
  return pronoun || (mention !== undefined && ACTORS.has(mention.type)) ? subject : null;
}
