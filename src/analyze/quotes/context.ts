/**
 * What every quote step reads: the text, its blocks, sentences, mentions and
 * the quoted passages, with look-ups by position.
 */
import type { Article, EntityType, Mention, Sentence, Span } from '../../types.js';
import type { QuoteMark } from './01-marks.js';
import { findMarks } from './01-marks.js';

export interface QuoteContext {
  text: string;
  article: Article;
  sentences: readonly Sentence[];
  /** Sorted by start. */
  mentions: readonly Mention[];
  marks: readonly QuoteMark[];
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
  return { text: article.text, article, sentences, mentions: sorted, marks: findMarks(article.text, article.blocks) };
}

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

/** Mentions lying wholly inside `[start, end)` and outside every quoted passage. */
export function mentionsIn(ctx: QuoteContext, start: number, end: number): Mention[] {
  return ctx.mentions.filter(
    (m) => m.start >= start && m.end <= end && !ctx.marks.some((q) => m.start < q.end && q.start < m.end),
  );
}

/** The mention exactly covering `span`, if any. */
export function mentionAt(ctx: QuoteContext, span: Span): Mention | undefined {
  return ctx.mentions.find((m) => m.start === span.start && m.end === span.end);
}

/** The quoted passage covering `pos`, if any. */
export function markAt(ctx: QuoteContext, pos: number): QuoteMark | undefined {
  return ctx.marks.find((q) => q.start <= pos && pos < q.end);
}
