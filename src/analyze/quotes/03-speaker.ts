/**
 * Step 3: who is speaking. From a cue, find its grammatical subject: a name, a
 * pronoun resolved to the last person named, a title ("the minister"), or an
 * unnamed source ("a source close to the delegation"), which stays anonymous.
 */
import type { EntityType, Span } from '../../types.js';
import type { Cue } from './02-cues.js';
import { ANONYMOUS, anonymousEndingAt, extendModifiers } from './anonymous.js';
import { describedSpeaker, openingDescription } from './description.js';
import { modifierSubject, opensWithModifier } from './modifier.js';
import type { QuoteContext } from './context.js';
import { lastMarkEndingBy, mentionsCovering, mentionsIn, sentenceWindow, SPEAKER_TYPES } from './context.js';
import { QUOTE_DEFAULTS } from './defaults.js';
import { CALENDAR_WORDS } from '../lexicons/calendar.js';
import { isTitleHead } from '../lexicons/titles.js';
import {
  ASIDE_WORDS,
  CLAUSE_OPENERS,
  INTRODUCTORY_WORDS,
  PASSIVE_AUXILIARIES,
  SPEAKER_PRONOUNS,
  SUBJECT_FILLERS,
  TITLE_NOUNS,
} from './lexicon.js';
import type { Attribution } from './resolve.js';
import { named, resolvePronoun, resolveTitle } from './resolve.js';
import { rightSubject } from './right-subject.js';
import { verbFollows } from './verb-follows.js';
import type { Word } from './text.js';
import { isCapitalised, isPossessive, lastWords, wordsIn } from './text.js';

export type { Attribution } from './resolve.js';

const OPENERS = new Set(CLAUSE_OPENERS);
const FILLERS = new Set(SUBJECT_FILLERS);
const PASSIVE = new Set(PASSIVE_AUXILIARIES);
const PRONOUNS = new Set(SPEAKER_PRONOUNS);
const TITLES = new Set(TITLE_NOUNS);
const INTRODUCTORY = new Set(INTRODUCTORY_WORDS);
const COORDINATORS = new Set(['and', 'but', 'yet']);
/** Words that open a clause whose subject follows them ("…, and he …", "when she …"). */
const JOINERS = new Set(['and', 'but', 'yet', 'when', 'while', 'as', 'after', 'because', 'since', 'before', 'so', 'then']);
/** Prepositions that open an adverbial phrase before a cue ("about the decision, said …"). */
const PREPOSITIONS = new Set(['about', 'of', 'for', 'to', 'in', 'on', 'at', 'with', 'from', 'by', 'over', 'after', 'before', 'during', 'because']);
/** Words of the second half of an address ("New South Wales"). */
const PLACE_MAX_WORDS = 3;
const BOUNDARY_PUNCTUATION = /[,;:—–(]/;
const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'where']);
/** Relative pronouns that can be the subject of a speech verb ("Doe, who said …"). */
const RELATIVE_SUBJECTS = new Set(['who', 'which']);
/** Longer than any relative pronoun, so the look-up reads one word. */
const RELATIVE_MAX_CHARS = 8;
const ASIDE_ADVERBS = new Set(ASIDE_WORDS);
/** Entity types a name in subject position may have: the speaker types and LOC, which the recogniser gives some surnames. */
const SUBJECT_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([...SPEAKER_TYPES, 'LOC']);
/** A personal pronoun fused with its auxiliary ("he’s", "they’re", "I’m"). */
const CONTRACTED_PRONOUN = /^(he|she|they|we|i)[’'](?:s|re|m|ve|d|ll)$/i;

/**
 * The speaker of `cue` in sentence `sentence`; `earlier` are the cues before it
 * in the same sentence (an elided subject, "… but stressed …", takes theirs).
 *
 * @example
 * attribute(ctx, cueOfSaid, 0, []); // { speaker: 'person:jane-doe', speakerMention: { start: 0, end: 8 } }
 */
export function attribute(ctx: QuoteContext, cue: Cue, sentence: number, earlier: readonly Cue[]): Attribution | null {
  const s = sentenceWindow(ctx, sentence, cue);
  if (!s) return null;
  // "according to the poll", "according to Variety": whatever follows is the source, named or described.
  if (cue.form === 'according') return rightSubject(ctx, cue.end, s.end, sentence, true);
  if (opensWithModifier(ctx, cue, s)) return modifierSubject(ctx, cue, s, sentence);
  if (cue.form === 'participle') return afterCue(ctx, cue, earlier, sentence) ?? participleSubject(ctx, s.start, cue, sentence);
  if (!cue.phrase.endsWith('ing') && isPassive(ctx, s.start, cue.start)) return {};
  return leftSubject(ctx, s.start, cue, sentence, earlier);
}

/** Words at most between a finite cue and the participle that continues it ("Doe said on Monday, adding …"). */
const CUE_TO_PARTICIPLE_MAX_WORDS = 4;

/**
 * "“…,” Doe said, adding …", "Doe told reporters on Monday, stressing …": a
 * participle right after a finite cue of its sentence shares that cue's speaker.
 */
function afterCue(ctx: QuoteContext, cue: Cue, earlier: readonly Cue[], sentence: number): Attribution | null {
  const previous = earlier[earlier.length - 1];
  if (!previous || previous.form !== 'finite') return null;
  const gap = ctx.text.slice(previous.end, cue.start);
  if (!/,\s*$/.test(gap) || /[.;:!?“”"«»]/.test(gap) || wordsIn(gap, 0, gap.length).length > CUE_TO_PARTICIPLE_MAX_WORDS) return null;
  return elided(ctx, sentence, earlier);
}

/**
 * "officials saying …", "with Doe calling it …": a participle right after a
 * noun phrase has that phrase as its subject. After a comma ("Doe agreed,
 * saying …") it takes the subject of the clause it follows.
 */
function participleSubject(ctx: QuoteContext, from: number, cue: Cue, sentence: number): Attribution | null {
  const absolute = withSubject(ctx, from, cue, sentence);
  if (absolute) return absolute;
  const prev = lastWords(ctx.text, from, cue.start, 1, ctx.marks).pop();
  if (prev && /^\s+$/.test(ctx.text.slice(prev.end, cue.start)) && endsNounPhrase(ctx, prev)) {
    const words = subjectWords(ctx, leftPhrase(ctx, from, cue.start));
    const subject = words.length > 0 ? resolvePhrase(ctx, words, sentence) : null;
    if (subject) return subject;
  }
  return mainClauseSubject(ctx, from, cue.start, sentence);
}

/** Words at most between "with" and its participle ("with many marchers and spectators chanting"). */
const WITH_SUBJECT_MAX_WORDS = 6;

/**
 * "with many marchers chanting “…”", "with Doe reportedly yelling: “…”": in an
 * absolute phrase the words between "with" and the participle are its subject.
 */
function withSubject(ctx: QuoteContext, from: number, cue: Cue, sentence: number): Attribution | null {
  const words = wordsIn(ctx.text, from, cue.start, ctx.marks);
  const at = words.findLastIndex((w) => w.lower === 'with');
  const phrase = subjectWords(ctx, { start: words[at + 1]?.start ?? cue.start, end: cue.start });
  if (at < 0 || phrase.length === 0 || phrase.length > WITH_SUBJECT_MAX_WORDS) return null;
  const between = ctx.text.slice(words[at]?.end ?? cue.start, cue.start);
  if (/[,;:.!?“”"()—–]/.test(between)) return null;
  return resolvePhrase(ctx, phrase, sentence);
}

/** A word that can end a noun phrase naming a speaker: a name, an unnamed-source noun or a pronoun object. */
function endsNounPhrase(ctx: QuoteContext, w: Word): boolean {
  if (ANONYMOUS.has(w.lower)) return true;
  if (CALENDAR_WORDS.has(w.lower)) return false;
  return mentionsCovering(ctx, w.start, w.end).some((m) => SPEAKER_TYPES.has(m.type));
}

function isPassive(ctx: QuoteContext, from: number, cueStart: number): boolean {
  // "The law was “very assertive,” said Doe": an auxiliary before the quotation is not the cue's.
  const start = lastMarkEndingBy(ctx, from, cueStart)?.end ?? from;
  const before = lastWords(ctx.text, start, cueStart, 2, ctx.marks);
  const last = before[before.length - 1];
  if (!last) return false;
  if (PASSIVE.has(last.lower)) return true;
  const prev = before[0];
  return before.length === 2 && last.lower.endsWith('ly') && prev !== undefined && PASSIVE.has(prev.lower);
}

interface Phrase extends Span {
  /** What stopped the phrase on its left. */
  boundary: 'start' | 'mark' | 'punctuation' | 'opener';
  /** Where the boundary is (the punctuation or the opener word start). */
  at: number;
  opener?: string;
}

/** The stretch of words between the nearest clause boundary and `end`. */
function leftPhrase(ctx: QuoteContext, sentenceFrom: number, end: number): Phrase {
  const from = Math.max(sentenceFrom, end - QUOTE_DEFAULTS.subjectWindowChars);
  let phrase: Phrase = { start: from, end, boundary: 'start', at: from };
  const q = lastMarkEndingBy(ctx, from, end);
  if (q) phrase = { start: q.end, end, boundary: 'mark', at: q.start };
  const slice = ctx.text.slice(phrase.start, end);
  for (let i = slice.length - 1; i >= 0; i--) {
    if (BOUNDARY_PUNCTUATION.test(slice.charAt(i))) {
      phrase = { start: phrase.start + i + 1, end, boundary: 'punctuation', at: phrase.start + i };
      break;
    }
  }
  const opener = wordsIn(ctx.text, phrase.start, end)
    .filter((w) => OPENERS.has(w.lower))
    .pop();
  if (opener) phrase = { start: opener.end, end, boundary: 'opener', at: opener.start, opener: opener.lower };
  return phrase;
}

/** The phrase's words without the adverbs and auxiliaries that trail a subject. */
function subjectWords(ctx: QuoteContext, phrase: Span): Word[] {
  const words = wordsIn(ctx.text, phrase.start, phrase.end, ctx.marks);
  let dropped = 0;
  for (let w = words[words.length - 1]; w && dropped < QUOTE_DEFAULTS.fillerMaxWords; w = words[words.length - 1]) {
    const adverb = w.lower.endsWith('ly') && !isCapitalised(w.text);
    if (!FILLERS.has(w.lower) && !adverb) break;
    words.pop();
    dropped++;
  }
  // "he’s predicting", "they’re claiming": the subject is the pronoun without its auxiliary.
  const last = words[words.length - 1];
  const contracted = last ? CONTRACTED_PRONOUN.exec(last.text) : null;
  if (last && contracted?.[1]) {
    const text = contracted[1];
    words[words.length - 1] = { start: last.start, end: last.start + text.length, text, lower: text.toLowerCase() };
  }
  return words;
}

function leftSubject(ctx: QuoteContext, from: number, cue: Cue, sentence: number, earlier: readonly Cue[]): Attribution | null {
  const phrase = leftPhrase(ctx, from, beforeBracket(ctx.text, from, cue.start));
  const words = subjectWords(ctx, phrase);
  const last = words[words.length - 1];
  if (phrase.boundary === 'opener' && RELATIVE_SUBJECTS.has(phrase.opener ?? '') && !words.some((w) => namesSomeone(ctx, w))) {
    return relativeSubject(ctx, from, phrase.at, sentence);
  }
  // "Doe called on them to resign and said, “…”": the cue shares the subject of the clause before "and".
  if (last && COORDINATORS.has(last.lower)) {
    return elided(ctx, sentence, earlier) ?? mainClauseSubject(ctx, from, last.start, sentence);
  }
  // "Doe went on to say", "Doe would do better to say": an infinitive's speaker is the subject of the verb it depends on.
  if (last?.lower === 'to') return mainClauseSubject(ctx, from, last.start, sentence) ?? resolvePhrase(ctx, words, sentence);
  if (words.length > 0) return resolvePhrase(ctx, words, sentence);
  // "Doe backed the bill but now says …": the verb shares the subject of the clause before "but".
  if (phrase.boundary === 'opener' && (phrase.opener === 'but' || phrase.opener === 'yet')) {
    return elided(ctx, sentence, earlier) ?? mainClauseSubject(ctx, from, phrase.at, sentence);
  }
  if (phrase.boundary === 'punctuation' && ctx.text.charAt(phrase.at) === ',') {
    const appositive = afterApposition(ctx, from, phrase.at, sentence);
    if (appositive) return appositive;
  }
  const s = sentenceWindow(ctx, sentence, cue);
  const inverted = phrase.boundary === 'mark' || (phrase.boundary === 'punctuation' && closesQuotationBefore(ctx.text, from, cue.start));
  return s ? rightSubject(ctx, cue.end, s.end, sentence, inverted) : null;
}

/**
 * True when `[from, end)` ends with a closing quotation mark, then perhaps one of , ! ?
 * and white space ("“…,” said"). Read back from `end`, where the pattern
 * /[”"»]\s*[,!?]?\s*$/ would re-read a run of spaces from each of its characters.
 */
function closesQuotationBefore(text: string, from: number, end: number): boolean {
  let i = end - 1;
  while (i >= from && /\s/.test(text.charAt(i))) i--;
  if (i >= from && /[,!?]/.test(text.charAt(i))) i--;
  while (i >= from && /\s/.test(text.charAt(i))) i--;
  return i >= from && /[”"»]/.test(text.charAt(i));
}

/** True when the phrase opens with a preposition and names nobody: an adverbial ("about the decision"), not a subject. */
function opensWithPreposition(ctx: QuoteContext, words: readonly Word[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || !PREPOSITIONS.has(first.lower)) return false;
  return !mentionsCovering(ctx, last.start, last.end).some((m) => SPEAKER_TYPES.has(m.type));
}

function elided(ctx: QuoteContext, sentence: number, earlier: readonly Cue[]): Attribution | null {
  const previous = earlier[earlier.length - 1];
  return previous ? attribute(ctx, previous, sentence, earlier.slice(0, -1)) : null;
}

/**
 * "Doe, who has long said …": the relative pronoun is the local speaker, as
 * written, standing for what it refers to. An unnamed antecedent ("officials,
 * who said") keeps its own description, which is all there is to name it by.
 */
function relativeSubject(ctx: QuoteContext, from: number, at: number, sentence: number): Attribution | null {
  const referent = antecedent(ctx, from, at, sentence);
  if (referent?.anonymous) return referent;
  const pronoun = wordsIn(ctx.text, at, at + RELATIVE_MAX_CHARS)[0];
  if (!pronoun) return referent;
  const speakerMention = { start: pronoun.start, end: pronoun.end };
  return referent?.speaker !== undefined ? { speaker: referent.speaker, speakerMention } : { speakerMention };
}

/** True when a word may name the subject itself: a capitalised word or a personal pronoun. */
function namesSomeone(ctx: QuoteContext, w: Word): boolean {
  return isCapitalised(w.text) || PRONOUNS.has(w.lower) || mentionsIn(ctx, w.start, w.end).length > 0;
}

/** "Jane Doe (D-Ore.) said": the subject ends before a bracket that closes right before the cue. */
function beforeBracket(text: string, from: number, end: number): number {
  const lead = text.slice(from, end).trimEnd();
  if (!lead.endsWith(')')) return end;
  const open = lead.lastIndexOf('(');
  return open > 0 ? from + open : end;
}

/** "diplomats and analysts, who note …": the subject is what "who" refers to. */
function antecedent(ctx: QuoteContext, from: number, openerAt: number, sentence: number): Attribution | null {
  let end = openerAt;
  while (end > from && /[\s,]/.test(ctx.text.charAt(end - 1))) end--;
  const words = wordsIn(ctx.text, leftPhrase(ctx, from, end).start, end, ctx.marks);
  return words.length > 0 ? resolvePhrase(ctx, words, sentence) : null;
}

/**
 * "X, a senior adviser to Y, said", "X, who leads Y, said", "X, meanwhile, said",
 * "X (D-Ore.), said": walk back over appositions, relative clauses, asides and
 * brackets to the subject they describe.
 */
function afterApposition(ctx: QuoteContext, from: number, comma: number, sentence: number): Attribution | null {
  let end = comma;
  for (let k = 0; k < QUOTE_DEFAULTS.maxAsides; k++) {
    const open = lastIndexIn(ctx.text, ',', from, end);
    const segment = { start: open + 1, end: bracketsAt(ctx.text, open + 1, end) };
    const words = wordsIn(ctx.text, segment.start, segment.end, ctx.marks);
    // What opens the sentence ("The complaint, which was filed …, alleged") is its subject, unless it is an introductory phrase.
    const opensSentence = open < from && !INTRODUCTORY.has(words[0]?.lower ?? '');
    // "“…” about the decision, said Doe": a phrase opening with a preposition is no subject; the speaker follows the cue.
    if (opensSentence && opensWithPreposition(ctx, words)) return null;
    if (words.length > 0 && (opensSentence || !(isAside(words) || placeAfterPlace(ctx, words, open)))) {
      const subject = subjectWords(ctx, leftPhrase(ctx, Math.max(from, segment.start), segment.end));
      return subject.length > 0 ? resolvePhrase(ctx, subject, sentence) : null;
    }
    if (open < from) return null;
    end = open;
  }
  return null;
}

/**
 * "in Columbus, Ohio,", "of Flint, Mich.,": a place or its abbreviation right
 * after a comma that follows another capitalised name is the second half of an address.
 */
function placeAfterPlace(ctx: QuoteContext, words: readonly Word[], comma: number): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || words.length > PLACE_MAX_WORDS || !/\p{Lu}\p{L}*\s*$/u.test(ctx.text.slice(Math.max(0, comma - 24), comma))) return false;
  const place = mentionsCovering(ctx, first.start, last.end).some((m) => m.type === 'GPE' || m.type === 'LOC');
  return place || (words.length === 1 && isCapitalised(first.text) && ctx.text.charAt(first.end) === '.');
}

/** Where a segment ends once a trailing bracket ("Jane Doe (D-Ore.)") is cut off. */
function bracketsAt(text: string, start: number, end: number): number {
  const open = lastIndexIn(text, '(', start, end + 1);
  return open >= start && text.slice(open, end).includes(')') ? open : end;
}

/** The last `ch` in `[from, end)`, or `from - 1`; unlike `lastIndexOf` it never reads before `from`. */
function lastIndexIn(text: string, ch: string, from: number, end: number): number {
  let i = end - 1;
  while (i >= from && text.charAt(i) !== ch) i--;
  return Math.max(i, from - 1);
}

/** A comma-delimited aside that describes rather than names: an apposition, a relative clause or a linking adverb. */
function isAside(words: readonly Word[]): boolean {
  const first = words[0];
  if (!first) return true;
  if (words.length === 1 && ASIDE_ADVERBS.has(first.lower)) return true;
  if (RELATIVE.has(first.lower)) return true;
  if (words.length > QUOTE_DEFAULTS.appositionMaxWords) return !isCapitalised(first.text);
  if (['a', 'an', 'the'].includes(first.lower) || !isCapitalised(first.text)) return true;
  // "Jane Doe’s deputy director", "chief economist at Acme": a title heads the phrase.
  return words.slice(0, 4).some((w) => isTitleHead(w.text) && !isCapitalised(w.text));
}

/**
 * The speaker named by a phrase that ends right before its verb.
 *
 * @example
 * resolvePhrase(ctx, wordsIn(text, 0, 30), 0); // a source close to the team → anonymous
 */
export function resolvePhrase(ctx: QuoteContext, words: readonly Word[], sentence: number): Attribution | null {
  const last = words[words.length - 1];
  const first = words[0];
  if (!last || !first) return null;
  const anonymous = anonymousEndingAt(ctx, words);
  if (anonymous) return { speakerMention: anonymous, anonymous: true };
  if (PRONOUNS.has(last.lower)) return resolvePronoun(ctx, last, sentence);
  // A mention may end one character after the word ("U.S." against the word "U.S").
  const mention = mentionsCovering(ctx, last.start, last.end).find((m) => m.end <= last.end + 1 && SPEAKER_TYPES.has(m.type));
  if (mention) return { speaker: mention.entity, speakerMention: { start: mention.start, end: mention.end } };
  if (TITLES.has(last.lower)) return resolveTitle(ctx, words, last);
  const described = describedSpeaker(words);
  return described ? { speakerMention: described } : null;
}

/**
 * The subject of a sentence's main clause between `from` and `to`, for participle
 * cues ("Doe agreed, saying, “…”") and quotes a colon introduces ("Doe had one message: “…”").
 *
 * @example
 * mainClauseSubject(ctx, sentence.start, cue.start, 0); // { speaker: 'person:jane-doe', … }
 */
export function mainClauseSubject(ctx: QuoteContext, from: number, to: number, sentence: number): Attribution | null {
  let start = from;
  const firstWord = wordsIn(ctx.text, from, to, ctx.marks, 1)[0];
  const comma = ctx.text.slice(from, to).indexOf(',');
  if (firstWord && INTRODUCTORY.has(firstWord.lower) && comma >= 0) start = from + comma + 1;
  const words = wordsIn(ctx.text, start, to, ctx.marks);
  // "Doe spoke for an hour, and he ended by saying …": the nearest clause has its own subject.
  const joined = words.findLastIndex((w, i) => i > 0 && PRONOUNS.has(w.lower) && JOINERS.has(words[i - 1]?.lower ?? ''));
  const clausePronoun = words[joined];
  if (clausePronoun) return resolvePronoun(ctx, clausePronoun, sentence);
  const pronoun = words.find((w) => PRONOUNS.has(w.lower));
  const anonymousHead = words.findIndex((w) => ANONYMOUS.has(w.lower));
  const mentions = mentionsIn(ctx, start, to).filter((m) => !isPossessive(ctx.text, m.end));
  // A name in subject position (a place too: the recogniser may type a person as one) before the first person or organisation named.
  const actor = mentions.find((m) => SUBJECT_TYPES.has(m.type) && verbFollows(ctx, m)) ?? mentions.find((m) => m.type === 'PERSON' || m.type === 'ORG');
  const candidates: { at: number; make: () => Attribution }[] = [];
  if (pronoun) candidates.push({ at: pronoun.start, make: () => resolvePronoun(ctx, pronoun, sentence) });
  if (actor) candidates.push({ at: actor.start, make: () => named(actor) });
  const head = words[anonymousHead];
  if (head) {
    const span = { start: extendModifiers(ctx, words, anonymousHead), end: head.end };
    candidates.push({ at: span.start, make: () => ({ speakerMention: span, anonymous: true }) });
  }
  // "The retired surgeon addressed the crowd, saying …": a description opening the clause, naming nobody in it.
  const description = openingDescription(ctx.text, words);
  if (description && mentionsIn(ctx, description.start, description.end).length === 0) {
    candidates.push({ at: description.start, make: () => ({ speakerMention: description }) });
  }
  const best = candidates.sort((a, b) => a.at - b.at)[0];
  if (best) return best.make();
  const place = mentions.find((m) => m.type === 'GPE');
  return place ? named(place) : null;
}
