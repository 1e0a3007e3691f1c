/**
 * What every quote step reads: the text, its blocks, sentences, mentions and
 * the quoted passages, with look-ups by position. Every look-up is a binary
 * search over sorted spans, never a scan of the whole article, so the cost of a
 * quote does not grow with the length of the text around it.
 */
import type { Article, EntityType, Mention, Sentence, Span } from '../../types.js';
import type { QuoteMark } from './01-marks.js';
import { findMarks } from './01-marks.js';
import { QUOTE_DEFAULTS } from './defaults.js';
import { firstIndex } from '../../text/search.js';

export interface QuoteContext {
  text: string;
  article: Article;
  sentences: readonly Sentence[];
  /** Sorted by start. */
  mentions: readonly Mention[];
  /** Sorted by start and never overlapping, so sorted by end too. */
  marks: readonly QuoteMark[];
  /** The mentions outside every quoted passage, sorted by start: what the attribution search reads. */
  free: readonly Mention[];
  /** The longest mention, in characters: how far back a mention covering a position may start. */
  longestMention: number;
}

/** Entity types that can speak: people, organisations and (by metonymy) governments named by place. */
export const SPEAKER_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['PERSON', 'ORG', 'GPE']);

/**
 * Builds the context once per article.
 *
 * @example
 * const ctx = makeContext(article, sentences, mentions);
 */
export function makeContext(article: Article, sentences: readonly Sentence[], mentions: readonly Mention[]): QuoteContext {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const longestMention = sorted.reduce((max, m) => Math.max(max, m.end - m.start), 0);
  const ctx = { text: article.text, article, sentences, mentions: sorted, marks: findMarks(article.text, article.blocks), free: [], longestMention };
  return { ...ctx, free: sorted.filter((m) => !inMark(ctx, m)) };
}

/**
 * Index of the first item whose `key` is at least `value` (items sorted by that key); `items.length` when none is.
 *
 * @example
 * lowerBound([{ start: 1 }, { start: 5 }], 3, (s) => s.start); // 1
 */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  return firstIndex(items.length, (i) => key(items[i] as T) >= value);
}

const byStart = (s: Span): number => s.start;
const byEnd = (s: Span): number => s.end;

/** Index of the sentence holding `pos`, or -1. */
export function sentenceAt(ctx: QuoteContext, pos: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid];
    if (!s) break;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The part of sentence `index` that a quote or cue at `around` reads: the whole
 * sentence, cut to `QUOTE_DEFAULTS.windowChars` on either side of `around`, so a
 * runaway sentence costs each quote a bounded read.
 *
 * @example
 * sentenceWindow(ctx, 0, cue); // { start: 0, end: 120 } for a sentence of 120 characters
 */
export function sentenceWindow(ctx: QuoteContext, index: number, around: Span): Sentence | undefined {
  const s = ctx.sentences[index];
  if (!s) return undefined;
  const reach = QUOTE_DEFAULTS.windowChars;
  if (s.start >= around.start - reach && s.end <= around.end + reach) return s;
  return { ...s, start: Math.max(s.start, around.start - reach), end: Math.min(s.end, around.end + reach) };
}

/** True when the span shares a character with a quoted passage. */
export function inMark(ctx: QuoteContext, span: Span): boolean {
  // Marks are sorted and disjoint: only the first ending after `span.start` can overlap it.
  const q = ctx.marks[lowerBound(ctx.marks, span.start + 1, byEnd)];
  return q !== undefined && q.start < span.end;
}

/** Mentions lying wholly inside `[start, end)` and outside every quoted passage. */
export function mentionsIn(ctx: QuoteContext, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = lowerBound(ctx.free, start, byStart); i < ctx.free.length; i++) {
    const m = ctx.free[i] as Mention;
    if (m.start >= end) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}

/**
 * Mentions covering all of `[start, end)`, whatever their relation to quoted passages.
 *
 * @example
 * mentionsCovering(ctx, word.start, word.end).some((m) => m.type === 'PERSON');
 */
export function mentionsCovering(ctx: QuoteContext, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = lowerBound(ctx.mentions, start - ctx.longestMention, byStart); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as Mention;
    if (m.start > start) break;
    if (m.end >= end) out.push(m);
  }
  return out;
}

/**
 * Mentions starting exactly at `pos`, in their order.
 *
 * @example
 * mentionsStartingAt(ctx, word.start).find((m) => m.type === 'PERSON');
 */
export function mentionsStartingAt(ctx: QuoteContext, pos: number): Mention[] {
  const out: Mention[] = [];
  for (let i = lowerBound(ctx.mentions, pos, byStart); ctx.mentions[i]?.start === pos; i++) out.push(ctx.mentions[i] as Mention);
  return out;
}

/** The mention exactly covering `span`, if any. */
export function mentionAt(ctx: QuoteContext, span: Span): Mention | undefined {
  return mentionsStartingAt(ctx, span.start).find((m) => m.end === span.end);
}

/** The quoted passage covering `pos`, if any. */
export function markAt(ctx: QuoteContext, pos: number): QuoteMark | undefined {
  const q = ctx.marks[lowerBound(ctx.marks, pos + 1, byEnd)];
  return q !== undefined && q.start <= pos ? q : undefined;
}

/**
 * Index of the first quoted passage starting at or after `pos`.
 *
 * @example
 * ctx.marks[firstMarkFrom(ctx, mark.end)]; // the next quoted passage
 */
export function firstMarkFrom(ctx: QuoteContext, pos: number): number {
  return lowerBound(ctx.marks, pos, byStart);
}

/**
 * The last quoted passage ending at or before `pos` and after `from`, if any.
 *
 * @example
 * lastMarkEndingBy(ctx, sentence.start, cue.start)?.end;
 */
export function lastMarkEndingBy(ctx: QuoteContext, from: number, pos: number): QuoteMark | undefined {
  const q = ctx.marks[lowerBound(ctx.marks, pos + 1, byEnd) - 1];
  return q !== undefined && q.end > from ? q : undefined;
}

/**
 * True when a quoted passage lies wholly inside `[start, end)`.
 *
 * @example
 * markInside(ctx, sentence.start, cue.start); // true in "“…,” added Doe"
 */
export function markInside(ctx: QuoteContext, start: number, end: number): boolean {
  // The first passage starting at or after `start` ends first among them.
  const q = ctx.marks[firstMarkFrom(ctx, start)];
  return q !== undefined && q.end <= end;
}
