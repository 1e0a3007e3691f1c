/**
 * Step 3: who is speaking. From a cue, find its grammatical subject: a name, a
 * pronoun resolved to the last person named, a title ("the minister"), or an
 * unnamed source ("a source close to the delegation"), which stays anonymous.
 */
import type { Mention, Span } from '../../types.js';
import type { Cue } from './02-cues.js';
import type { QuoteContext } from './context.js';
import { mentionAt, mentionsIn, SPEAKER_TYPES } from './context.js';
import { QUOTE_DEFAULTS } from './defaults.js';
import {
  ANONYMOUS_MODIFIERS,
  ANONYMOUS_NOUNS,
  ANONYMOUS_POSTMODIFIERS,
  CLAUSE_OPENERS,
  INTRODUCTORY_WORDS,
  PASSIVE_AUXILIARIES,
  SINGULAR_PRONOUNS,
  SPEAKER_PRONOUNS,
  SUBJECT_FILLERS,
  TITLE_NOUNS,
} from './lexicon.js';
import type { Word } from './text.js';
import { isCapitalised, isPossessive, wordsIn } from './text.js';

/** Who said it, as far as the text tells. An empty object means "nobody can be named" (passive). */
export interface Attribution {
  speaker?: string;
  speakerMention?: Span;
  anonymous?: boolean;
}

const ANONYMOUS = new Set(ANONYMOUS_NOUNS);
const ANON_MODIFIERS = new Set(ANONYMOUS_MODIFIERS);
const POSTMODIFIERS = ANONYMOUS_POSTMODIFIERS.map((p) => p.split(' '));
const OPENERS = new Set(CLAUSE_OPENERS);
const FILLERS = new Set(SUBJECT_FILLERS);
const PASSIVE = new Set(PASSIVE_AUXILIARIES);
const PRONOUNS = new Set(SPEAKER_PRONOUNS);
const SINGULAR = new Set(SINGULAR_PRONOUNS);
const TITLES = new Set(TITLE_NOUNS);
const INTRODUCTORY = new Set(INTRODUCTORY_WORDS);
const COORDINATORS = new Set(['and', 'but', 'yet']);
const BOUNDARY_PUNCTUATION = /[,;:—–(]/;
/** Adjective endings ("regional", "senior", "foreign"): such words may describe an unnamed source. */
const ADJECTIVE = /(?:al|ian|ese|ish|ic|ive|ior|ern|eign)$/;

/**
 * The speaker of `cue` in sentence `sentence`; `earlier` are the cues before it
 * in the same sentence (an elided subject, "… but stressed …", takes theirs).
 *
 * @example
 * attribute(ctx, cueOfSaid, 0, []); // { speaker: 'person:jane-doe', speakerMention: { start: 0, end: 8 } }
 */
export function attribute(ctx: QuoteContext, cue: Cue, sentence: number, earlier: readonly Cue[]): Attribution | null {
  const s = ctx.sentences[sentence];
  if (!s) return null;
  if (cue.form === 'according') return rightSubject(ctx, cue.end, s.end, sentence);
  if (cue.form === 'participle') return mainClauseSubject(ctx, s.start, cue.start, sentence);
  if (isPassive(ctx, s.start, cue.start)) return {};
  return leftSubject(ctx, s.start, cue, sentence, earlier);
}

function isPassive(ctx: QuoteContext, from: number, cueStart: number): boolean {
  const before = wordsIn(ctx.text, from, cueStart, ctx.marks).slice(-2);
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
function leftPhrase(ctx: QuoteContext, from: number, end: number): Phrase {
  let phrase: Phrase = { start: from, end, boundary: 'start', at: from };
  for (const q of ctx.marks) {
    if (q.end <= end && q.end > phrase.start) phrase = { start: q.end, end, boundary: 'mark', at: q.start };
  }
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
  return words;
}

function leftSubject(ctx: QuoteContext, from: number, cue: Cue, sentence: number, earlier: readonly Cue[]): Attribution | null {
  const phrase = leftPhrase(ctx, from, cue.start);
  const words = subjectWords(ctx, phrase);
  const last = words[words.length - 1];
  if (last && COORDINATORS.has(last.lower) && words.length === 1) return elided(ctx, sentence, earlier);
  if (words.length > 0) return resolvePhrase(ctx, words, sentence);
  if (phrase.boundary === 'opener' && (phrase.opener === 'but' || phrase.opener === 'yet')) {
    return elided(ctx, sentence, earlier);
  }
  if (phrase.boundary === 'opener' && (phrase.opener === 'who' || phrase.opener === 'which')) {
    return antecedent(ctx, from, phrase.at, sentence);
  }
  if (phrase.boundary === 'punctuation' && ctx.text.charAt(phrase.at) === ',') {
    const appositive = afterApposition(ctx, from, phrase.at, sentence);
    if (appositive) return appositive;
  }
  const s = ctx.sentences[sentence];
  return s ? rightSubject(ctx, cue.end, s.end, sentence) : null;
}

function elided(ctx: QuoteContext, sentence: number, earlier: readonly Cue[]): Attribution | null {
  const previous = earlier[earlier.length - 1];
  return previous ? attribute(ctx, previous, sentence, earlier.slice(0, -1)) : null;
}

/** "diplomats and analysts, who note …": the subject is what "who" refers to. */
function antecedent(ctx: QuoteContext, from: number, openerAt: number, sentence: number): Attribution | null {
  let end = openerAt;
  while (end > from && /[\s,]/.test(ctx.text.charAt(end - 1))) end--;
  const words = wordsIn(ctx.text, leftPhrase(ctx, from, end).start, end, ctx.marks);
  return words.length > 0 ? resolvePhrase(ctx, words, sentence) : null;
}

/** "X, a senior adviser to Y, said": skip the apposition back to X. */
function afterApposition(ctx: QuoteContext, from: number, comma: number, sentence: number): Attribution | null {
  const open = ctx.text.lastIndexOf(',', comma - 1);
  if (open < from) return null;
  const apposition = wordsIn(ctx.text, open + 1, comma);
  const first = apposition[0];
  if (!first || apposition.length > QUOTE_DEFAULTS.appositionMaxWords) return null;
  if (isCapitalised(first.text) && !['A', 'An', 'The'].includes(first.text)) return null;
  const words = subjectWords(ctx, leftPhrase(ctx, from, open));
  return words.length > 0 ? resolvePhrase(ctx, words, sentence) : null;
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
  const mention = ctx.mentions.find(
    (m) => m.start <= last.start && m.end >= last.end && m.end <= last.end + 1 && SPEAKER_TYPES.has(m.type),
  );
  if (mention) return { speaker: mention.entity, speakerMention: { start: mention.start, end: mention.end } };
  if (TITLES.has(last.lower)) return resolveTitle(ctx, words, last);
  if (words.length > QUOTE_DEFAULTS.speakerDescriptionMaxWords) return null;
  return { speakerMention: { start: first.start, end: last.end } };
}

/** Joined words: true when only spaces separate them. */
function adjacent(ctx: QuoteContext, a: Word, b: Word): boolean {
  return /^\s+$/.test(ctx.text.slice(a.end, b.start));
}

function postmodifierAt(words: readonly Word[], i: number): boolean {
  return POSTMODIFIERS.some((p) => p.every((part, k) => words[i + k]?.lower === part));
}

/** "a source close to the delegation", "US officials", "diplomats and analysts", ending the phrase. */
function anonymousEndingAt(ctx: QuoteContext, words: readonly Word[]): Span | null {
  for (let h = words.length - 1; h >= 0; h--) {
    const head = words[h];
    if (!head || !ANONYMOUS.has(head.lower)) continue;
    if (h !== words.length - 1 && !postmodifierAt(words, h + 1)) continue;
    const last = words[words.length - 1];
    if (!last) return null;
    return { start: extendModifiers(ctx, words, h), end: last.end };
  }
  return null;
}

/** Walks left over the modifiers of an anonymous head noun; returns the description's start. */
function extendModifiers(ctx: QuoteContext, words: readonly Word[], head: number): number {
  let i = head;
  for (let prev = words[i - 1]; prev; prev = words[i - 1]) {
    const cur = words[i];
    if (!cur || !adjacent(ctx, prev, cur)) break;
    const joined = prev.lower === 'and' && ANONYMOUS.has(words[i - 2]?.lower ?? '');
    const modifier =
      ANON_MODIFIERS.has(prev.lower) || ANONYMOUS.has(prev.lower) || isCapitalised(prev.text) || ADJECTIVE.test(prev.lower);
    if (joined) i -= 2;
    else if (modifier && !mentionsIn(ctx, prev.start, prev.end).some((m) => m.type === 'PERSON')) i -= 1;
    else break;
  }
  return words[i]?.start ?? words[head]?.start ?? 0;
}

/** An anonymous description starting at `words[0]` ("according to diplomats familiar with …"). */
function anonymousStartingAt(words: readonly Word[]): Span | null {
  let i = 0;
  while (words[i] && ANON_MODIFIERS.has(words[i]?.lower ?? '') && !ANONYMOUS.has(words[i]?.lower ?? '')) i++;
  const head = words[i];
  const first = words[0];
  if (!head || !first || !ANONYMOUS.has(head.lower)) return null;
  const tail = postmodifierAt(words, i + 1) ? words[words.length - 1] : head;
  return { start: first.start, end: (tail ?? head).end };
}

/** The subject after the cue: "said Jane Doe", "according to a source close to …". */
function rightSubject(ctx: QuoteContext, pos: number, sentenceEnd: number, sentence: number): Attribution | null {
  const rest = ctx.text.slice(pos, sentenceEnd);
  const stop = rest.search(/[,;:!?“”"]|\.(?=\s|$)/);
  const end = stop < 0 ? sentenceEnd : pos + stop;
  const words = wordsIn(ctx.text, pos, end, ctx.marks);
  const first = words[0];
  if (!first) return null;
  if (PRONOUNS.has(first.lower)) return resolvePronoun(ctx, first, sentence);
  const anonymous = anonymousStartingAt(words);
  if (anonymous) return { speakerMention: anonymous, anonymous: true };
  const mention = mentionsIn(ctx, pos, end).find((m) => SPEAKER_TYPES.has(m.type));
  if (!mention) return null;
  const between = words.filter((w) => w.end <= mention.start);
  const titleLike = between.every((w) => isCapitalised(w.text) || TITLES.has(w.lower) || w.lower === 'the');
  if (between.length > QUOTE_DEFAULTS.rightSpeakerMaxWords || !titleLike) return null;
  return { speaker: mention.entity, speakerMention: { start: mention.start, end: mention.end } };
}

/** The subject of a sentence's main clause, for participle cues ("Doe agreed, saying, “…”"). */
function mainClauseSubject(ctx: QuoteContext, from: number, to: number, sentence: number): Attribution | null {
  let start = from;
  const firstWord = wordsIn(ctx.text, from, to, ctx.marks)[0];
  const comma = ctx.text.indexOf(',', from);
  if (firstWord && INTRODUCTORY.has(firstWord.lower) && comma >= 0 && comma < to) start = comma + 1;
  const words = wordsIn(ctx.text, start, to, ctx.marks);
  const pronoun = words.find((w) => PRONOUNS.has(w.lower));
  const anonymousHead = words.findIndex((w) => ANONYMOUS.has(w.lower));
  const mentions = mentionsIn(ctx, start, to).filter((m) => !isPossessive(ctx.text, m.end));
  const actor = mentions.find((m) => m.type === 'PERSON' || m.type === 'ORG');
  const candidates: { at: number; make: () => Attribution }[] = [];
  if (pronoun) candidates.push({ at: pronoun.start, make: () => resolvePronoun(ctx, pronoun, sentence) });
  if (actor) candidates.push({ at: actor.start, make: () => named(actor) });
  const head = words[anonymousHead];
  if (head) {
    const span = { start: extendModifiers(ctx, words, anonymousHead), end: head.end };
    candidates.push({ at: span.start, make: () => ({ speakerMention: span, anonymous: true }) });
  }
  const best = candidates.sort((a, b) => a.at - b.at)[0];
  if (best) return best.make();
  const place = mentions.find((m) => m.type === 'GPE');
  return place ? named(place) : null;
}

function named(m: Mention): Attribution {
  return { speaker: m.entity, speakerMention: { start: m.start, end: m.end } };
}

/**
 * "he"/"she" → the person it stands for: the entity finder's resolution when it
 * gave one, else the last person named earlier in the sentence, else the
 * subject (first person) of the previous sentence, else the last person before.
 *
 * @example
 * resolvePronoun(ctx, heWord, 3); // { speaker: 'person:jane-doe', speakerMention: heWord }
 */
export function resolvePronoun(ctx: QuoteContext, pronoun: Word, sentence: number): Attribution {
  const speakerMention = { start: pronoun.start, end: pronoun.end };
  const resolved = mentionAt(ctx, speakerMention);
  if (resolved) return { speaker: resolved.entity, speakerMention };
  if (!SINGULAR.has(pronoun.lower)) return { speakerMention };
  const person = (m: Mention): boolean => m.type === 'PERSON' && m.form === 'name';
  const current = ctx.sentences[sentence];
  const sameSentence = current ? mentionsIn(ctx, current.start, pronoun.start).filter(person) : [];
  let found = sameSentence[sameSentence.length - 1];
  for (let k = 1; !found && k <= QUOTE_DEFAULTS.pronounLookbackSentences; k++) {
    const s = ctx.sentences[sentence - k];
    if (!s) break;
    const people = mentionsIn(ctx, s.start, s.end).filter(person);
    found = k === 1 ? people[0] : people[people.length - 1];
  }
  return found ? { speaker: found.entity, speakerMention } : { speakerMention };
}

/** "the minister said": the last person the text gave that title, else nobody. */
function resolveTitle(ctx: QuoteContext, words: readonly Word[], title: Word): Attribution {
  let i = words.length - 1;
  while (i > 0 && adjacent(ctx, words[i - 1] as Word, words[i] as Word) && !/^(?:a|an|the)$/.test(words[i]?.lower ?? '')) i--;
  const speakerMention = { start: words[i]?.start ?? title.start, end: title.end };
  const people = mentionsIn(ctx, 0, speakerMention.start).filter((m) => m.type === 'PERSON' && m.form === 'name');
  for (let k = people.length - 1; k >= 0; k--) {
    const m = people[k];
    if (m && titledBy(ctx, m, title.lower)) return { speaker: m.entity, speakerMention };
  }
  return { speakerMention };
}

/** True when the words right before the name ("Foreign Minister Jane Doe") or its apposition (", the minister,") hold the title. */
function titledBy(ctx: QuoteContext, m: Mention, title: string): boolean {
  const window = QUOTE_DEFAULTS.titleWindowChars;
  const before = ctx.text.slice(Math.max(0, m.start - window), m.start).split(/[,.;:!?“”"()]/).pop() ?? '';
  const leading = before.trim().split(/\s+/).slice(-QUOTE_DEFAULTS.rightSpeakerMaxWords);
  const after = ctx.text.slice(m.end, m.end + window);
  const apposition = /^\s*,([^,.;:!?]*)/.exec(after)?.[1] ?? '';
  const has = (words: string[]): boolean => words.some((w) => w.toLowerCase() === title);
  return has(leading) || has(apposition.trim().split(/\s+/));
}
