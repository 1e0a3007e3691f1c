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
import { openingDescription } from './description.js';
import type { QuoteContext } from './context.js';
import { mentionAt, mentionsCovering, mentionsIn, mentionsStartingAt } from './context.js';
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
  const semicolon = from + ctx.text.slice(from, mark.start).lastIndexOf(';') + 1;
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
      const mention = mentionsCovering(ctx, owner.start, owner.end - 2).find((m) => ACTORS.has(m.type));
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
    const at = ctx.text.slice(first.end, mark.start).indexOf(',');
    const comma = at < 0 ? -1 : first.end + at;
    const next = comma >= 0 ? words.findIndex((w) => w.start > comma) : -1;
    if (next > start) start = next;
  }
  const description = describedSubject(ctx, words.slice(start), mark);
  if (description) return { speakerMention: description };
  for (let i = start; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    if (SUBJECT_PRONOUNS.has(w.lower)) return resolvePronoun(ctx, w, sentence);
    const m = mentionsStartingAt(ctx, w.start)[0];
    if (m && ACTORS.has(m.type) && !isPossessive(ctx.text, m.end) && !objectOfPreposition(words, i)) return named(m);
  }
  return null;
}

/**
 * "The ad targets a “rigged system”": a description opening the clause, naming
 * nobody, is its subject when a verb follows it and no comma parts it from the
 * quote ("The ad, entitled “…”" names the ad; "The answer was “…”" is a copula).
 */
function describedSubject(ctx: QuoteContext, words: readonly Word[], mark: QuoteMark): Span | null {
  // "The ad claims “…”": when the words run up to the quote, the last of them is the verb.
  const whole = openingDescription(ctx.text, words);
  const description = whole && whole.end === words[words.length - 1]?.end ? openingDescription(ctx.text, words.slice(0, -1)) : whole;
  // "The Vermont senator likes “…”": a name may modify the head, but a name at the end is the subject itself.
  if (!description || mentionsIn(ctx, description.start, description.end).some((m) => m.end >= description.end)) return null;
  const at = words.findIndex((w) => w.start >= description.end);
  if (!isVerb(words[at]) && !(AUXILIARIES.has(words[at]?.lower ?? '') && /(?:ing|ed)$/.test(words[at + 1]?.lower ?? '') && isVerb(words[at + 1]))) return null;
  return ctx.text.slice(description.end, mark.start).includes(',') ? null : description;
}

/** Auxiliaries of a progressive or perfect verb ("is seeking", "has argued"); a copula alone ("was “…”") is no speech. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** A lowercase word that is no function word: what can follow a subject as its verb. */
function isVerb(w: Word | undefined): boolean {
  return w !== undefined && w.text === w.lower && !FUNCTION_WORDS.has(w.lower);
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
  const mention: Mention | undefined = mentionAt(ctx, at);
  const pronoun = SUBJECT_PRONOUNS.has(ctx.text.slice(at.start, at.end).toLowerCase());
  return pronoun || (mention !== undefined && ACTORS.has(mention.type)) ? subject : null;
}
