import type { Analysis, AnalyzedArticle, Article } from '../types.js';
import type { StoredArticle } from './api.js';

/** An article row as read back: `article` is the Article without its text. */
export interface ArticleRow {
  id: string;
  text: string;
  article: unknown;
  analysis: unknown;
  revision: number;
  added_at: unknown;
}

/** The columns every article read selects, matching {@link ArticleRow}. */
export const ARTICLE_COLUMNS = 'id, text, article, analysis, revision, added_at';

/**
 * The JSON stored for an article: everything but the text, which has its own column.
 *
 * @example
 * articleJson(article); // '{"id":"a1","source":"a1.txt",…}' (no "text")
 */
export function articleJson(article: Article): string {
  const rest: Partial<Article> = { ...article };
  delete rest.text;
  return JSON.stringify(rest);
}

/**
 * Rebuilds the AnalyzedArticle of a row.
 *
 * @example
 * const items = rows.map(toItem);
 */
export function toItem(row: ArticleRow): AnalyzedArticle {
  const article = { ...(parseJson(row.article) as Omit<Article, 'text'>), id: row.id, text: row.text };
  const analysis = { ...(parseJson(row.analysis) as Analysis), articleId: row.id };
  return { article, analysis };
}

/**
 * Rebuilds a StoredArticle of a row.
 *
 * @example
 * const stored = toStored(rows[0]);
 */
export function toStored(row: ArticleRow): StoredArticle {
  return { item: toItem(row), revision: Number(row.revision), addedAt: toIso(row.added_at) };
}

/**
 * A timestamptz as an ISO 8601 UTC string, whichever way the driver returns it.
 *
 * @example
 * toIso(new Date(0)); // '1970-01-01T00:00:00.000Z'
 */
export function toIso(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

/**
 * An ISO 8601 date or date-time as the instant to store, null when absent or
 * unparseable. A value without a zone is read as UTC so the stored instant
 * does not depend on the machine's zone.
 *
 * @example
 * toTimestamp('2025-03-02'); // '2025-03-02T00:00:00.000Z'
 */
export function toTimestamp(iso: string | undefined): string | null {
  if (iso === undefined || iso.trim() === '') return null;
  const hasTime = /T\d/.test(iso);
  const hasZone = /(?:Z|[+-]\d\d:?\d\d)$/i.test(iso);
  const ms = Date.parse(hasTime && !hasZone ? `${iso}Z` : iso);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

// Drivers parse jsonb already; some configurations hand back the text.
function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
