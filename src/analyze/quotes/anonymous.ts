/**
 * Unnamed sources: "a source close to the delegation", "US officials",
 * "diplomats and analysts". They keep their description and are marked anonymous.
 *
 * @example
 * anonymousEndingAt(ctx, wordsIn(text, 0, 42)); // the span of "A source close to the Ukrainian delegation"
 */
import type { Span } from '../../types.js';
import type { QuoteContext } from './context.js';
import { mentionsIn } from './context.js';
import { ANONYMOUS_MODIFIERS, ANONYMOUS_NOUNS, ANONYMOUS_POSTMODIFIERS } from './lexicon.js';
import type { Word } from './text.js';
import { isCapitalised } from './text.js';

export const ANONYMOUS = new Set(ANONYMOUS_NOUNS);
const ANON_MODIFIERS = new Set(ANONYMOUS_MODIFIERS);
const POSTMODIFIERS = ANONYMOUS_POSTMODIFIERS.map((p) => p.split(' '));
/** Adjective endings ("regional", "senior", "foreign"): such words may describe an unnamed source. */
const ADJECTIVE = /(?:al|ian|ese|ish|ic|ive|ior|ern|eign)$/;

/**
 * Joined words: true when only spaces separate them.
 *
 * @example
 * adjacent(ctx, words[0], words[1]); // true for "senior officials"
 */
export function adjacent(ctx: QuoteContext, a: Word, b: Word): boolean {
  return /^\s+$/.test(ctx.text.slice(a.end, b.start));
}

function postmodifierAt(words: readonly Word[], i: number): boolean {
  return POSTMODIFIERS.some((p) => p.every((part, k) => words[i + k]?.lower === part));
}

/**
 * "a source close to the delegation", "US officials", "diplomats and analysts", ending the phrase.
 *
 * @example
 * anonymousEndingAt(ctx, wordsIn(ctx.text, 0, 12)); // { start: 0, end: 12 } for "US officials"
 */
export function anonymousEndingAt(ctx: QuoteContext, words: readonly Word[]): Span | null {
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

/**
 * Walks left over the modifiers of an anonymous head noun; returns the description's start.
 *
 * @example
 * extendModifiers(ctx, wordsOf('two senior officials'), 2); // the start of "two"
 */
export function extendModifiers(ctx: QuoteContext, words: readonly Word[], head: number): number {
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

/**
 * An anonymous description starting at `words[0]` ("according to diplomats familiar with …").
 *
 * @example
 * anonymousStartingAt(wordsOf('diplomats familiar with the talks')); // the whole span
 */
export function anonymousStartingAt(words: readonly Word[]): Span | null {
  let i = 0;
  while (words[i] && ANON_MODIFIERS.has(words[i]?.lower ?? '') && !ANONYMOUS.has(words[i]?.lower ?? '')) i++;
  const head = words[i];
  const first = words[0];
  if (!head || !first || !ANONYMOUS.has(head.lower)) return null;
  const tail = postmodifierAt(words, i + 1) ? words[words.length - 1] : head;
  return { start: first.start, end: (tail ?? head).end };
}
