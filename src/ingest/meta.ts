import type { ArticleMeta } from '../types.js';

/** The ArticleMeta fields an input may carry, all strings. */
export const META_FIELDS = ['title', 'outlet', 'url', 'published', 'byline'] as const;

// Date, optionally followed by a time with optional seconds, fraction and zone (ISO 8601 extended form).
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// Reduced precision: a year and month only.
const ISO_YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * True when `value` is an ISO 8601 date (`2025-12-02`), year-month (`2025-12`) or
 * date-time (`2025-12-02T10:00:00Z`, with optional offset) that names a real calendar day.
 *
 * @example
 * isIsoDate('2025-12-02T10:00:00+02:00'); // true
 * isIsoDate('2 December 2025');           // false
 */
export function isIsoDate(value: string): boolean {
  if (ISO_YEAR_MONTH.test(value)) return true;
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const realDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  return realDay && hour < 24 && minute < 60 && second < 61;
}

/** Why a metadata object was rejected. */
export type MetaProblem = { field: string; reason: 'type' | 'date' };

/**
 * Reads the ArticleMeta fields of a JSON object: strings are kept, `null` counts
 * as absent, anything else is a problem; `published` must be ISO 8601.
 *
 * @example
 * readMeta({ title: 'Talks resume', published: '2025-12-02' }); // { meta: { title: 'Talks resume', published: '2025-12-02' } }
 */
export function readMeta(obj: Record<string, unknown>): { meta: ArticleMeta; problem?: MetaProblem } {
  const meta: ArticleMeta = {};
  for (const field of META_FIELDS) {
    const value = obj[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return { meta, problem: { field, reason: 'type' } };
    const trimmed = value.trim();
    if (trimmed === '') continue;
    if (field === 'published' && !isIsoDate(trimmed)) return { meta, problem: { field, reason: 'date' } };
    meta[field] = trimmed;
  }
  return { meta };
}

/** True for a plain JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
