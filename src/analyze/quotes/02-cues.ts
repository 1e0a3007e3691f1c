/**
 * Step 2: find speech cues ("said", "told reporters", "according to",
 * "stating") outside quoted passages.
 */
import type { Span } from '../../types.js';
import type { QuoteContext } from './context.js';
import { markAt } from './context.js';
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
const cache = new WeakMap<QuoteContext, Cue[]>();

/** Every cue of the article, found in one pass over its words. */
function allCues(ctx: QuoteContext): Cue[] {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const words = [...ctx.text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() }));
  const cues: Cue[] = [];
  words.forEach((w, i) => {
    const phrases = BY_FIRST_WORD.get(w.lower);
    if (!phrases) return;
    const spaced = (k: number): boolean => /^\s+$/.test(ctx.text.slice(words[i + k - 1]?.end ?? 0, words[i + k]?.start ?? 0));
    const match = phrases.find((p) => p.every((part, k) => words[i + k]?.lower === part && (k === 0 || spaced(k))));
    if (!match) return;
    const last = words[i + match.length - 1];
    if (!last || markAt(ctx, w.start)) return;
    const phrase = match.join(' ');
    if (DETERMINER_BEFORE.test(ctx.text.slice(Math.max(0, w.start - 8), w.start))) return;
    if (capitalisedMidSentence(ctx, w.start)) return;
    if (match.length === 1 && THIRD_PERSON.has(phrase) && !SPEECH_CUES.includes(phrase) && !afterSubject(ctx, words[i - 1], w.start)) return;
    if (PLURAL_NOUNS.has(phrase) && !afterNoun(ctx, words[i - 1], w.start)) return;
    const progressive = PROGRESSIVE_BEFORE.test(ctx.text.slice(Math.max(0, w.start - PROGRESSIVE_LOOKBACK_CHARS), w.start));
    const form = phrase === 'according to' ? 'according' : PARTICIPLES.has(phrase) && !progressive ? 'participle' : 'finite';
    cues.push({ start: w.start, end: last.end, phrase, form });
  });
  cache.set(ctx, cues);
  return cues;
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
  return allCues(ctx).filter((c) => c.start >= start && c.end <= end);
}
