/**
 * Step 1: find date expressions in text — weekdays ("late on Tuesday"),
 * relative days and periods ("last month", "this week"), month-days
 * ("December 2"), months ("February 2022") and years ("since 2022") — as
 * structured values, without resolving them yet. Durations ("nearly four
 * years", "two weeks") are not dates and are left to the quantity parser.
 */
import * as chrono from 'chrono-node';
import type { Span } from '../../types.js';
import { COUNT_NOUNS, COUNT_QUALIFIERS, DATE_PREPOSITIONS, MONTHS, WEEKDAYS } from './lexicon.js';

/** What a date expression says, before the publication date resolves it. */
export type DateExpression =
  | { kind: 'weekday'; weekday: number; relation: 'last' | 'next' | 'this' | 'bare' }
  | { kind: 'day'; offset: number }
  | { kind: 'period'; unit: 'week' | 'month' | 'year'; offset: number }
  | { kind: 'month'; month: number; year?: number }
  | { kind: 'monthDay'; month: number; day: number; year?: number }
  | { kind: 'year'; year: number };

/** A date expression found in text; `span` is absolute. */
export interface FoundDate {
  span: Span;
  expression: DateExpression;
}

/** A word matching with either case of its first letter ("On Sunday" opens a sentence). */
const ci = (w: string): string => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`;
const PREP = `(?:(?:${DATE_PREPOSITIONS.map(ci).join('|')})\\s+)?`;
const MONTH = `(${MONTHS.join('|')})`;
const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const monthIndex = (name: string | undefined): number => MONTHS.indexOf(name ?? '') + 1;
const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

interface Pattern {
  regex: RegExp;
  read: (m: RegExpExecArray) => DateExpression | null;
}

const OFFSETS: Record<string, number> = { last: -1, previous: -1, this: 0, next: 1, coming: 1 };

const PATTERNS: Pattern[] = [
  {
    regex: new RegExp(`${B}(?:(?:${ci('late')}|${ci('early')})\\s+)?${PREP}(?:(${['last', 'next', 'this', 'coming'].map(ci).join('|')})\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?${E}`, 'gu'),
    read: (m) => ({ kind: 'weekday', weekday: WEEKDAYS.indexOf(m[2] ?? ''), relation: relationOf(m[1]) }),
  },
  {
    regex: new RegExp(`${B}(yesterday|today|tomorrow)${E}`, 'giu'),
    read: (m) => ({ kind: 'day', offset: { yesterday: -1, today: 0, tomorrow: 1 }[(m[1] ?? '').toLowerCase()] ?? 0 }),
  },
  {
    regex: new RegExp(`${B}(?:(?:earlier|later)\\s+)?(?:the\\s+)?(last|previous|this|next|coming)\\s+(week|month|year)${E}`, 'giu'),
    read: (m) => ({
      kind: 'period',
      unit: (m[2] ?? 'week').toLowerCase() as 'week' | 'month' | 'year',
      offset: OFFSETS[(m[1] ?? '').toLowerCase()] ?? 0,
    }),
  },
  {
    regex: new RegExp(`${B}${PREP}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${E}`, 'gu'),
    read: (m) => dayOf(monthIndex(m[1]), Number(m[2]), num(m[3])),
  },
  {
    regex: new RegExp(`${B}${PREP}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?${E}`, 'gu'),
    read: (m) => dayOf(monthIndex(m[2]), Number(m[1]), num(m[3])),
  },
  {
    regex: new RegExp(`${B}${PREP}(?:(?:early|late|mid-?)\\s*)?${MONTH}\\s+(?:of\\s+)?(\\d{4})${E}`, 'gu'),
    read: (m) => ({ kind: 'month', month: monthIndex(m[1]), year: Number(m[2]) }),
  },
  {
    // A bare month needs its preposition: "may" and "march" are also verbs.
    regex: new RegExp(`${B}(?:in|since|by|until|from|during)\\s+(?:(?:early|late|mid-?)\\s*)?${MONTH}${E}`, 'gu'),
    read: (m) => ({ kind: 'month', month: monthIndex(m[1]) }),
  },
  {
    regex: new RegExp(`${B}${PREP}(1[89]\\d\\d|20\\d\\d)${E}(?![,.]\\d)`, 'gu'),
    read: (m) => ({ kind: 'year', year: Number(m[1]) }),
  },
];

function relationOf(word: string | undefined): 'last' | 'next' | 'this' | 'bare' {
  const w = (word ?? '').toLowerCase();
  if (w === 'last' || w === 'next' || w === 'this') return w;
  return w === 'coming' ? 'next' : 'bare';
}

function dayOf(month: number, day: number, year: number | undefined): DateExpression | null {
  if (month < 1 || day < 1 || day > 31) return null;
  return year === undefined ? { kind: 'monthDay', month, day } : { kind: 'monthDay', month, day, year };
}

/** True when a four-digit number is a count ("more than 2000 troops"), not a year. */
function isCount(text: string, start: number, end: number): boolean {
  const words = text.slice(Math.max(0, start - 24), start).trim().toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const before = last === 'to' && words[words.length - 2] === 'up' ? 'up to' : last;
  const after = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 20))?.[1]?.toLowerCase() ?? '';
  return COUNT_QUALIFIERS.includes(before) || COUNT_NOUNS.includes(after) || afterCurrency(text, start);
}

/** How far back a currency sign before a number is looked for, over spaces ("$ 2000"). */
const CURRENCY_LOOK_BACK = 8;

/** True when the last non-space character before `at` (within {@link CURRENCY_LOOK_BACK}) is a currency sign. */
function afterCurrency(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= CURRENCY_LOOK_BACK && /\s/.test(text.charAt(i))) i--;
  return i >= 0 && at - i <= CURRENCY_LOOK_BACK && /[$€£]/.test(text.charAt(i));
}

/**
 * Date expressions in `text` between `start` and `end`, longest first where they overlap.
 *
 * @example
 * findExpressions('They met on Sunday in Oslo.', 0, 27);
 * // [{ span: { start: 8, end: 17 }, expression: { kind: 'weekday', weekday: 0, relation: 'bare' } }]
 */
export function findExpressions(text: string, start: number, end: number): FoundDate[] {
  const slice = text.slice(start, end);
  const found: FoundDate[] = [];
  for (const { regex, read } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
      const expression = read(m);
      const span = { start: start + m.index, end: start + m.index + m[0].length };
      if (!expression) continue;
      if (expression.kind === 'year' && isCount(text, span.end - 4, span.end)) continue;
      found.push({ span, expression });
    }
  }
  found.push(...chronoDates(slice, start));
  return removeOverlaps(found);
}

const RELATIVE_WORDS = /\b(?:ago|in|within|next|last|later|earlier|from now|after|before)\b/i;

/** Full dates in other notations ("2025-12-02", "12/02/2025") that chrono reads with certainty. */
function chronoDates(slice: string, offset: number): FoundDate[] {
  // A fixed reference keeps the parse deterministic; only fully certain dates are kept, which ignore it.
  const reference = new Date(Date.UTC(2000, 0, 1));
  return chrono.strict
    .parse(slice, reference)
    .filter((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'))
    // Relative phrases ("in two weeks") come back "certain" against the reference: keep written years only.
    .filter((r) => /\d{4}/.test(r.text) && !RELATIVE_WORDS.test(r.text))
    .map((r) => ({
      span: { start: offset + r.index, end: offset + r.index + r.text.length },
      expression: {
        kind: 'monthDay',
        month: r.start.get('month') ?? 1,
        day: r.start.get('day') ?? 1,
        year: r.start.get('year') ?? 2000,
      },
    }));
}

function removeOverlaps(found: FoundDate[]): FoundDate[] {
  const byLength = [...found].sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start);
  const kept: FoundDate[] = [];
  for (const f of byLength) {
    if (!kept.some((k) => k.span.start < f.span.end && f.span.start < k.span.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
