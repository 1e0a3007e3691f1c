/**
 * A quotation followed by its attribution with a verb the cue lexicon does not
 * know ("“…,” Doe surmised.", "“…,” the two write.", "“…,” exhorted Jane Doe."):
 * after a quote that opens its sentence and leaves it open (",”"), a short subject
 * and one lowercase word, or that word and a name, are the attribution.
 *
 * @example
 * implicitCue(ctx, mark, sentenceEnd, 0); // { cue: … "surmised", attribution: { speakerMention: … "Doe" } }
 *
 * A quotation signed after a dash ("“…” – Jane Doe.") is attributed to the name that signs it.
 */
import type { Span } from '../../types.js';
import type { QuoteMark } from './01-marks.js';
import type { QuoteContext } from './context.js';
import { mentionsIn, mentionsStartingAt, SPEAKER_TYPES } from './context.js';
import { QUOTE_DEFAULTS } from './defaults.js';
import { openingDescription } from './description.js';
import { FUNCTION_WORDS } from '../lexicons/function-words.js';
import { SPEAKER_PRONOUNS } from './lexicon.js';
import type { Attribution } from './resolve.js';
import { resolvePhrase } from './03-speaker.js';
import { named } from './resolve.js';
import { rightSubject } from './right-subject.js';
import type { Word } from './text.js';
import { isBlank, isCapitalised, wordsIn } from './text.js';

const PRONOUNS = new Set(SPEAKER_PRONOUNS);
/** Where the attribution after a quote stops: a clause mark or another quotation. */
const STOP = /[,;:!?“”"(—–]|\.(?=\s|$)/;

/**
 * The attribution in the words right after a quotation that leaves its sentence
 * open, when they read "subject verb" or "verb subject"; null otherwise.
 *
 * @example
 * implicitCue(ctx, mark, sentence.end, 3);
 */
export function implicitCue(ctx: QuoteContext, mark: QuoteMark, limit: number, sentence: number): { cue: Span; attribution: Attribution } | null {
  const signed = signature(ctx, mark);
  if (signed) return signed;
  if (lastWordCharBefore(ctx.text, mark.content.start, mark.closed ? mark.end - 1 : mark.end) !== ',') return null;
  if (!/^\s+\S/.test(ctx.text.slice(mark.end, limit))) return null;
  const start = mark.end;
  const stop = ctx.text.slice(start, limit).search(STOP);
  const end = stop < 0 ? limit : start + stop;
  const words = wordsIn(ctx.text, start, end, ctx.marks);
  // After a description ("the two lawyers write"), the verb is the word that ends it.
  const description = openingDescription(ctx.text, words);
  const from = description ? words.findIndex((w) => w.start >= description.end) : 0;
  const verb = from < 0 ? -1 : words.findIndex((w, i) => i >= from && isVerbLike(w));
  const cue = words[verb];
  if (!cue) return null;
  if (verb === 0) {
    const attribution = rightSubject(ctx, cue.end, end, sentence, true);
    return attribution?.speakerMention ? { cue: { start: cue.start, end: cue.end }, attribution } : null;
  }
  // "“…,” Doe surmised.", "“…,” the two write in a letter": the verb ends the clause or takes a preposition, never an object.
  const next = words[verb + 1];
  if (next && !FUNCTION_WORDS.has(next.lower)) return null;
  const subject = words.slice(0, verb);
  if (subject.length > QUOTE_DEFAULTS.speakerDescriptionMaxWords || !namesSubject(ctx, subject)) return null;
  const attribution = resolvePhrase(ctx, subject, sentence);
  return attribution?.speakerMention ? { cue: { start: cue.start, end: cue.end }, attribution } : null;
}

/** "“…” – Jane Doe." or "“…” —Doe, in a post": a dash after a quotation, then the name that signs it. */
const SIGNATURE = /^\s*[-–—]\s*/;

function signature(ctx: QuoteContext, mark: QuoteMark): { cue: Span; attribution: Attribution } | null {
  // The sentence may end inside the quotation ("“… fake.” – Doe"): read on to the end of the block,
  // or into the next when the quotation ends its block and the signature stands on a line of its own.
  const block = ctx.article.blocks[mark.block];
  const next = ctx.article.blocks[mark.block + 1];
  // A line that opens with a dash may have become a bullet, its dash left before the block.
  const ownLine = block !== undefined && next !== undefined && isBlank(ctx.text, mark.end, block.end);
  const from = ownLine ? (block?.end ?? mark.end) : mark.end;
  const limit = ownLine ? (next?.end ?? mark.end) : (block?.end ?? mark.end);
  const dash = SIGNATURE.exec(ctx.text.slice(from, limit));
  if (!dash) return null;
  const start = from + dash[0].length;
  const dashAt = from + dash[0].search(/[-–—]/);
  const cue = { start: dashAt, end: dashAt + 1 };
  const mention = mentionsStartingAt(ctx, start).find((m) => SPEAKER_TYPES.has(m.type));
  if (mention) return /^\s*(?:[,.;]|$)/.test(ctx.text.slice(mention.end, mention.end + 2)) ? { cue, attribution: named(mention) } : null;
  // A name the recogniser missed: a few capitalised words ending the signature or followed by a comma.
  const words = wordsIn(ctx.text, start, limit, [], SIGNATURE_MAX_WORDS + 1);
  const name = words.findIndex((w) => !isCapitalised(w.text) || /^\s*[,.;]/.test(ctx.text.slice(w.end, w.end + 1)));
  const last = words[name];
  if (name < 0 || !last || !isCapitalised(last.text) || !/^[,.;]/.test(ctx.text.charAt(last.end))) return null;
  return { cue, attribution: { speakerMention: { start, end: last.end } } };
}

/** The last character of `[start, end)` that is not white space or a closing single quote, or ''. */
function lastWordCharBefore(text: string, start: number, end: number): string {
  for (let i = end - 1; i >= start; i--) {
    const ch = text.charAt(i);
    if (!/[’'\s]/.test(ch)) return ch;
  }
  return '';
}

/** Words of a name signing a quotation ("– Jane A. Doe."). */
const SIGNATURE_MAX_WORDS = 4;

/** A lowercase word that is no function word and no adverb: the only place a verb can be here. */
function isVerbLike(w: Word): boolean {
  return w.text === w.lower && !FUNCTION_WORDS.has(w.lower) && !w.lower.endsWith('ly') && /^\p{L}+$/u.test(w.text);
}

/** A pronoun, a phrase ending with a speaker's name, or a description opening with a determiner. */
function namesSubject(ctx: QuoteContext, words: readonly Word[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return false;
  if (words.length === 1 && PRONOUNS.has(last.lower)) return true;
  // "which Doe thinks …", "and with that Doe broke off": a new clause, not the quote's attribution.
  if (FUNCTION_WORDS.has(first.lower)) return openingDescription(ctx.text, [...words])?.end === last.end;
  if (mentionsIn(ctx, first.start, last.end).some((m) => SPEAKER_TYPES.has(m.type) && m.end >= last.end)) return true;
  const description = openingDescription(ctx.text, [...words]);
  return description !== null && description.end === last.end;
}
