/**
 * Step 2: find speech cues ("said", "told reporters", "according to",
 * "stating") outside quoted passages.
 */
import type { Span } from '../../types.js';
import type { QuoteContext } from './context.js';
import { lowerBound, markAt } from './context.js';
import { QUOTE_DEFAULTS } from './defaults.js';
import { FUNCTION_WORDS } from '../lexicons/function-words.js';
import { inflect, SPEECH_VERBS } from '../lexicons/speech-verbs.js';
import { CUE_PHRASES, PARTICIPLE_CUES, QUOTE_VERBS, SPEECH_CUES } from './lexicon.js';

/** A speech cue; `form` says where its speaker is found. */
export interface Cue extends Span {
  /** The cue as written, lowercased. */
  phrase: string;
  /** `finite`: subject before (or after: "said X"); `participle`: subject of the main clause; `according`: the phrase after. */
  form: 'finite' | 'participle' | 'according';
}

/**
 * Past and -ing forms of every speech verb ("exclaimed", "quipping"): unlike
 * base and -s forms ("report", "claims") they are rarely nouns.
 */
const ALL_VERBS = new Set([...SPEECH_VERBS, ...QUOTE_VERBS.flatMap(inflect)]);
const VERB_FORMS = [...ALL_VERBS].filter((w) => /(?:ed|ing)$/.test(w) || ['said', 'told', 'wrote', 'read'].includes(w));
/** -s forms ("concludes", "jokes") are often nouns, so they count only right after a name or a pronoun. */
const THIRD_PERSON = new Set([...ALL_VERBS].filter((w) => w.endsWith('s') && !/(?:ed|ing)$/.test(w)));
/** Speech cues that are more often plural nouns ("money to the states", "his notes"): cues only right after a subject. */
const PLURAL_NOUNS = new Set(['states', 'notes']);
const RELATIVE_SUBJECTS = new Set(['which', 'that']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'who']);
const PARTICIPLES = new Set([...PARTICIPLE_CUES, ...VERB_FORMS.filter((w) => w.endsWith('ing'))]);
/** A determiner or possessive before an -ed form makes it an adjective ("the reported details", "his alleged role"). */
const DETERMINER_BEFORE = /(?:^|\s)(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your)\s+$/i;

/**
 * An auxiliary right before an -ing form makes it the finite verb of its clause,
 * with a subject of its own ("the campaign is already claiming", "he’s predicting").
 */
const PROGRESSIVE_BEFORE = /(?:\b(?:is|are|was|were|am|been|be)|[’'](?:s|re|m))\s+(?:(?:\p{L}+ly|already|also|still|now|not|again)\s+)?$/iu;
/** Enough characters for an auxiliary and one adverb ("were repeatedly "). */
const PROGRESSIVE_LOOKBACK_CHARS = 24;

/** Cue phrases by their first word, longest first, so the longest phrase wins at a position. */
const BY_FIRST_WORD = new Map<string, string[][]>();
for (const phrase of new Set([...SPEECH_CUES, ...PARTICIPLE_CUES, ...CUE_PHRASES, ...VERB_FORMS, ...THIRD_PERSON])) {
  const words = phrase.split(' ');
  const key = words[0] ?? '';
  BY_FIRST_WORD.set(key, [...(BY_FIRST_WORD.get(key) ?? []), words].sort((a, b) => b.length - a.length));
}

const WORD = /[\p{L}]+(?:-[\p{L}]+)*/gu;
const NEXT_WORD = /[\p{L}]+(?:-[\p{L}]+)*/gu;
/** Words of the longest cue phrase: how far a phrase is read ahead of its first word. */
const LONGEST_PHRASE = Math.max(...[...BY_FIRST_WORD.values()].flat().map((words) => words.length));
const cache = new WeakMap<QuoteContext, Cue[]>();

interface CueWord {
  start: number;
  end: number;
  lower: string;
}

/** Up to `count` words after `pos`, each joined to the one before it by white space only. */
function spacedWordsAfter(text: string, pos: number, count: number): CueWord[] {
  const out: CueWord[] = [];
  NEXT_WORD.lastIndex = pos;
  let end = pos;
  for (let m = NEXT_WORD.exec(text); m !== null && out.length < count; m = NEXT_WORD.exec(text)) {
    if (!/^\s+$/.test(text.slice(end, m.index))) break;
    out.push({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() });
    end = m.index + m[0].length;
  }
  return out;
}

/** Every cue of the article, found in one pass over its words; only the word before and the few after a candidate are read. */
function allCues(ctx: QuoteContext): Cue[] {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const cues: Cue[] = [];
  let prev: CueWord | undefined;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(ctx.text); m !== null; m = WORD.exec(ctx.text)) {
    const w = { start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() };
    const cue = cueAt(ctx, w, prev);
    if (cue) cues.push(cue);
    prev = w;
  }
  cache.set(ctx, cues);
  return cues;
}

/** The cue whose first word is `w`, if any; `prev` is the word before it. */
function cueAt(ctx: QuoteContext, w: CueWord, prev: CueWord | undefined): Cue | null {
  const phrases = BY_FIRST_WORD.get(w.lower);
  if (!phrases) return null;
  // A phrase's later words follow its first across white space only ("according to", not "according, to").
  const next = phrases.some((p) => p.length > 1) ? spacedWordsAfter(ctx.text, w.end, LONGEST_PHRASE - 1) : [];
  const match = phrases.find((p) => p.every((part, k) => (k === 0 ? w.lower : next[k - 1]?.lower) === part));
  if (!match) return null;
  const last = match.length > 1 ? next[match.length - 2] : w;
  if (!last || markAt(ctx, w.start)) return null;
  const phrase = match.join(' ');
  if (DETERMINER_BEFORE.test(ctx.text.slice(Math.max(0, w.start - 8), w.start))) return null;
  if (capitalisedMidSentence(ctx, w.start)) return null;
  if (match.length === 1 && THIRD_PERSON.has(phrase) && !SPEECH_CUES.includes(phrase) && !afterSubject(ctx, prev, w.start)) return null;
  if (PLURAL_NOUNS.has(phrase) && !afterNoun(ctx, prev, w.start)) return null;
  const progressive = PROGRESSIVE_BEFORE.test(ctx.text.slice(Math.max(0, w.start - PROGRESSIVE_LOOKBACK_CHARS), w.start));
  const form = phrase === 'according to' ? 'according' : PARTICIPLES.has(phrase) && !progressive ? 'participle' : 'finite';
  return { start: w.start, end: last.end, phrase, form };
}

/**
 * "the United States has", "Fox News Says": a capitalised word after another word
 * of its sentence is part of a name or a title, not a verb. At the start of a
 * sentence, a paragraph or a quotation ("Said Doe: …") it may still be a cue.
 */
function capitalisedMidSentence(ctx: QuoteContext, start: number): boolean {
  if (!/^\p{Lu}/u.test(ctx.text.charAt(start))) return false;
  const before = ctx.text.slice(Math.max(0, start - 3), start).trimEnd();
  return /[\p{L}\p{N},]$/u.test(before);
}

/** "the document states", "which notes": a subject before; not "money to the states" (a preposition before). */
function afterNoun(ctx: QuoteContext, prev: { end: number; lower: string } | undefined, start: number): boolean {
  if (!prev || !/^\s+$/.test(ctx.text.slice(prev.end, start))) return afterSubject(ctx, undefined, start);
  return RELATIVE_SUBJECTS.has(prev.lower) || SUBJECT_PRONOUNS.has(prev.lower) || !FUNCTION_WORDS.has(prev.lower);
}

function afterSubject(ctx: QuoteContext, prev: { start: number; end: number; lower: string } | undefined, start: number): boolean {
  // "“…,” agrees Jane Doe": right after a quotation the verb comes before its subject.
  if (/[”"»][,!?]?\s+$/.test(ctx.text.slice(Math.max(0, start - 4), start))) return true;
  if (!prev || !/^\s+$/.test(ctx.text.slice(prev.end, prev.end + 1))) return false;
  return SUBJECT_PRONOUNS.has(prev.lower) || /^\p{Lu}/u.test(ctx.text.charAt(prev.start));
}

/**
 * The cues in `[start, end)`, in text order, skipping any inside quotation marks.
 *
 * @example
 * findCues(ctx, 0, ctx.text.length).map((c) => c.phrase); // ['said', 'according to']
 */
export function findCues(ctx: QuoteContext, start: number, end: number): Cue[] {
  const cues = allCues(ctx);
  const out: Cue[] = [];
  for (let i = lowerBound(cues, start, (c) => c.start); i < cues.length; i++) {
    const c = cues[i] as Cue;
    if (c.start >= end) break;
    if (c.end <= end) out.push(c);
  }
  return out;
}

/**
 * The cues of `[start, cue.start)` an elided subject may be looked up through: the last
 * `QUOTE_DEFAULTS.maxElidedCues` of them, in text order.
 *
 * @example
 * cuesBefore(ctx, sentence.start, cue).map((c) => c.phrase); // ['said'] in "Doe said … and added …"
 */
export function cuesBefore(ctx: QuoteContext, start: number, cue: Cue): Cue[] {
  const cues = findCues(ctx, start, cue.start);
  return recent(cues, cues.length);
}

/**
 * The cues before index `k`, at most `QUOTE_DEFAULTS.maxElidedCues` of them.
 *
 * @example
 * recent(cues, 3); // cues[0..2], or only the last few of them
 */
export function recent(cues: readonly Cue[], k: number): Cue[] {
  return cues.slice(Math.max(0, k - QUOTE_DEFAULTS.maxElidedCues), k);
}
