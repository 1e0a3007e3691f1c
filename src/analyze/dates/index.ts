/**
 * Dates: date expressions of an article with their ISO value, resolved
 * against the publication date ("on Sunday", "late on Tuesday", "last month",
 * "February 2022", "since 2022"). Durations ("nearly four years") are not dates.
 *
 * @example
 * findDates(article, sentences).map((d) => d.value); // ['2025-11-30', '2022-02']
 */
import type { Article, DateValue, Sentence, Span } from '../../types.js';
import { findExpressions } from './01-expressions.js';
import type { Tense } from './02-resolve.js';
import { clauseTense, parsePublished, resolveExpression } from './02-resolve.js';

export type { Tense } from './02-resolve.js';

/**
 * Every date expression in the article's sentences, in text order. Without a
 * publication date only absolute dates get a `value`.
 *
 * @example
 * findDates(article, sentences); // [{ kind: 'date', span: { start: 120, end: 129 }, value: '2025-11-30' }]
 */
export function findDates(article: Article, sentences: Sentence[]): DateValue[] {
  const published = parsePublished(article.publishedAt);
  const out: DateValue[] = [];
  for (const s of sentences) {
    for (const found of findExpressions(article.text, s.start, s.end)) {
      const { clause, dateAt } = clauseAround(article.text, s, found.span);
      const tense = clauseTense(clause, dateAt);
      const value = resolveExpression(found.expression, published, tense);
      out.push(value === undefined ? { kind: 'date', span: found.span } : { kind: 'date', span: found.span, value });
    }
  }
  return out;
}

/**
 * The ISO value of one date expression (the first one in `expression`) given
 * the publication date; `tense` says whether the clause looks back or ahead.
 *
 * @example
 * resolveDate('on Monday', '2025-11-30', 'future'); // '2025-12-01'
 * resolveDate('last month', '2025-11-30'); // '2025-10'
 * resolveDate('in 2014'); // '2014'
 */
export function resolveDate(expression: string, publishedISO?: string, tense: Tense = 'past'): string | undefined {
  const found = findExpressions(expression, 0, expression.length)[0];
  return found ? resolveExpression(found.expression, parsePublished(publishedISO), tense) : undefined;
}

/**
 * How much of the sentence on each side of a date is read for its clause and tense: a clause, and
 * the cue that makes it future ("will", "is scheduled to"), lie well within it in real sentences.
 */
const CLAUSE_WINDOW_CHARS = 300;

/** The first index after a space in `[from, limit)`, else `from`: a window does not begin inside a word. */
function wordStartAfter(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (/\s/.test(text.charAt(i))) return i + 1;
  return from;
}

/** The last space in `(limit, to]`, else `to`: a window does not end inside a word. */
function wordEndBefore(text: string, to: number, limit: number): number {
  for (let i = to; i > limit; i--) if (/\s/.test(text.charAt(i))) return i;
  return to;
}

/** The clause holding a date (from the previous clause break to the next one) and where the date starts in it. */
function clauseAround(text: string, sentence: Span, span: Span): { clause: string; dateAt: number } {
  // Read at most CLAUSE_WINDOW_CHARS on each side, starting and ending at a space: a sentence of
  // thousands of dates must not be copied and searched once per date.
  let from = Math.max(sentence.start, span.start - CLAUSE_WINDOW_CHARS);
  if (from > sentence.start) from = wordStartAfter(text, from, span.start);
  let to = Math.min(sentence.end, span.end + CLAUSE_WINDOW_CHARS);
  if (to < sentence.end) to = wordEndBefore(text, to, span.end);
  const before = text.slice(from, span.start);
  const after = text.slice(span.end, to);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const stop = after.search(/[,;]/);
  const lead = before.slice(start);
  return { clause: lead + text.slice(span.start, span.end) + (stop < 0 ? after : after.slice(0, stop)), dateAt: lead.length };
}
