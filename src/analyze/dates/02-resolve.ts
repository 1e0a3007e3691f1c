/**
 * Step 2: resolve a date expression against the publication date. Weekdays
 * and month-days without a year look back in a past clause and forward in a
 * future one; nothing ever reads the clock, so results are deterministic.
 */
import type { DateExpression } from './01-expressions.js';
import { FUTURE_CUES, PROSPECTIVE_INFINITIVES } from './lexicon.js';
import { phraseAlternation } from '../../text/phrases.js';

export type Tense = 'past' | 'future';

const DAY_MS = 86_400_000;
const DAYS_PER_WEEK = 7;

/** The publication date as a UTC midnight, or null when it is missing or not ISO 8601. */
export function parsePublished(published: string | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const isoMonth = (year: number, month: number): string => `${year}-${pad(month)}`;
const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * DAY_MS);

/** ISO 8601 week ("2025-W48") of a date. */
function isoWeek(d: Date): string {
  const thursday = addDays(d, 3 - ((d.getUTCDay() + 6) % 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / DAY_MS + 1) / DAYS_PER_WEEK);
  return `${thursday.getUTCFullYear()}-W${pad(week)}`;
}

/**
 * The ISO value of an expression: a day ("2025-11-30"), a week ("2025-W48"),
 * a month ("2025-10") or a year ("2014"); undefined when it needs a
 * publication date that is missing.
 *
 * @example
 * resolveExpression({ kind: 'period', unit: 'month', offset: -1 }, new Date('2025-11-30'), 'past'); // '2025-10'
 */
export function resolveExpression(e: DateExpression, published: Date | null, tense: Tense): string | undefined {
  if (e.kind === 'year') return String(e.year);
  if (e.kind === 'month' && e.year !== undefined) return isoMonth(e.year, e.month);
  if (e.kind === 'monthDay' && e.year !== undefined) return isoDay(new Date(Date.UTC(e.year, e.month - 1, e.day)));
  if (!published) return undefined;
  switch (e.kind) {
    case 'weekday':
      return isoDay(addDays(published, weekdayOffset(published.getUTCDay(), e.weekday, e.relation, tense)));
    case 'day':
      return isoDay(addDays(published, e.offset));
    case 'period':
      return periodValue(published, e.unit, e.offset);
    case 'month':
      return monthValue(published, e.month, tense);
    case 'monthDay':
      return monthDayValue(published, e.month, e.day, tense);
  }
}

/** Days from the publication day to the weekday meant. */
function weekdayOffset(today: number, weekday: number, relation: 'last' | 'next' | 'this' | 'bare', tense: Tense): number {
  const back = (today - weekday + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  const ahead = (weekday - today + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  if (relation === 'last') return -(back || DAYS_PER_WEEK);
  if (relation === 'next') return ahead || DAYS_PER_WEEK;
  // "On Monday" in a story published on a Monday means that day, in either tense.
  return tense === 'future' ? ahead : -back;
}

function periodValue(published: Date, unit: 'week' | 'month' | 'year', offset: number): string {
  const year = published.getUTCFullYear();
  if (unit === 'year') return String(year + offset);
  if (unit === 'week') return isoWeek(addDays(published, offset * DAYS_PER_WEEK));
  const months = year * 12 + published.getUTCMonth() + offset;
  return isoMonth(Math.floor(months / 12), (months % 12) + 1);
}

function monthValue(published: Date, month: number, tense: Tense): string {
  const year = published.getUTCFullYear();
  const current = published.getUTCMonth() + 1;
  if (tense === 'future') return isoMonth(month >= current ? year : year + 1, month);
  return isoMonth(month <= current ? year : year - 1, month);
}

/** Without a year: the next such day in a future clause, else the one nearest the publication date. */
function monthDayValue(published: Date, month: number, day: number, tense: Tense): string {
  const year = published.getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => new Date(Date.UTC(y, month - 1, day)));
  if (tense === 'future') return isoDay(candidates.find((c) => c >= published) ?? published);
  const distance = (c: Date): number => Math.abs(c.getTime() - published.getTime());
  const nearest = candidates.reduce((best, c) => (distance(c) < distance(best) ? c : best));
  return isoDay(nearest);
}

const FUTURE = new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(FUTURE_CUES)})(?![\\p{L}])`, 'iu');
const PROSPECTIVE = new RegExp(`(?<![\\p{L}])to\\s+(?:${phraseAlternation(PROSPECTIVE_INFINITIVES)})(?![\\p{L}])`, 'iu');

/**
 * The tense of the clause around a date: future when it holds a future cue
 * ("will", "scheduled to", "expected to") or the infinitive of a happening
 * before the date ("offered to host talks on Thursday"), else past.
 *
 * @example
 * clauseTense('Doe is scheduled to meet Roe on Monday'); // 'future'
 * clauseTense('Doe offered to host the talks on Thursday', 33); // 'future'
 */
export function clauseTense(clause: string, dateAt = clause.length): Tense {
  return FUTURE.test(clause) || PROSPECTIVE.test(clause.slice(0, dateAt)) ? 'future' : 'past';
}
