/**
 * Step 1: numbers with their qualifier, the interval it allows and the unit
 * they count: "more than seven million Ukrainians", "nearly four years",
 * "tens of thousands of soldiers", "the 12-point plan", "nine stages".
 */
import type { Quantity, Span } from '../../types.js';
import { CLAIM_DEFAULTS as D } from './defaults.js';
import { CALENDAR_WORDS, CLOCK_WORDS, MEASURE_UNITS, NOT_NAME_WORDS, SCALES, UNIT_STOP_WORDS, UNITS_ONES, UNITS_TENS } from './lexicon.js';
import { phraseAlternation } from '../../text/phrases.js';

interface Token extends Span {
  text: string;
  lower: string;
}

type Interval = (v: number) => [number, number];

/**
 * "more than N": the count as reported, rounded down by the writer, so a little above N but
 * never a figure an outlet would have written instead ("at least 50" is not 59). A small N of a
 * unit reaches the next unit ("more than three years" may be three and a half).
 */
const moreThan: Interval = (v) => [v, Math.max(v * D.moreThanHighFactor, v + D.moreThanMinStep)];
/**
 * "about N": N give or take half the step it is rounded to ("about 850": ±5), but at least 5%
 * and at most 10% of N — "about 850" is not "nearly 1,000", "some 30" may be 32.
 */
const about: Interval = (v) => {
  const tolerance = Math.min(Math.max(halfStep(v), v * D.aboutMinShare), v * D.aboutMaxShare);
  return [v - tolerance, v + tolerance];
};

/**
 * Half the step a number is rounded to: 850 → 5, 1,000 → 500, 4.7 → 0.05.
 *
 * @example
 * halfStep(850) // 5
 */
export function halfStep(v: number): number {
  if (!Number.isFinite(v) || v === 0) return 0;
  let step = 1;
  if (Number.isInteger(v)) while (v % (step * 10) === 0) step *= 10;
  else while (step > 1e-9 && Math.abs(Math.round(v / step) * step - v) > step * 1e-6) step /= 10;
  return step / 2;
}

/** "fewer than N": the mirror of "more than N". */
const fewerThan: Interval = (v) => [Math.min(v * D.fewerThanLowFactor, v - D.moreThanMinStep), v];

/** Qualifiers and the interval each allows around the number N. */
const QUALIFIERS: readonly [string, Interval][] = [
  ['more than', moreThan],
  ['over', moreThan],
  ['above', moreThan],
  ['upwards of', moreThan],
  ['in excess of', moreThan],
  ['at least', moreThan],
  ['no fewer than', moreThan],
  ['just over', (v) => [v, Math.max(v * D.justOverHighFactor, v + D.justOverMinStep)]],
  ['nearly', (v) => [Math.min(v * D.nearlyLowFactor, v - D.nearlyMinStep), v]],
  ['almost', (v) => [Math.min(v * D.nearlyLowFactor, v - D.nearlyMinStep), v]],
  ['close to', (v) => [Math.min(v * D.nearlyLowFactor, v - D.nearlyMinStep), v]],
  ['just under', (v) => [Math.min(v * D.justUnderLowFactor, v - D.justUnderMinStep), v]],
  ['about', about],
  ['approximately', about],
  ['around', about],
  ['roughly', about],
  ['some', about],
  ['an estimated', about],
  ['up to', (v) => [0, v]],
  ['as many as', (v) => [0, v]],
  ['at most', (v) => [0, v]],
  ['no more than', (v) => [0, v]],
  ['fewer than', fewerThan],
  ['less than', fewerThan],
  ['under', fewerThan],
  ['below', fewerThan],
];
const QUALIFIER_WORDS = QUALIFIERS.map(([q, f]) => [q.split(' '), f, q] as const).sort((a, b) => b[0].length - a[0].length);

const ONES = new Map(UNITS_ONES.map((w, i) => [w, i]));
const TENS = new Map<string, number>(UNITS_TENS.flatMap((w, i) => (w === '' ? [] : [[w, i * 10] as const])));
const STOP = new Set([...UNIT_STOP_WORDS, ...CALENDAR_WORDS]);
const NOT_NAMES = new Set([...UNIT_STOP_WORDS, ...NOT_NAME_WORDS, ...CALENDAR_WORDS]);
/** A clock time right after a number: "10 p.m.", "2100 GMT", the "10" of "10:20". */
const CLOCK_AFTER = new RegExp(`^(?::\\d|\\s*(?:${phraseAlternation(CLOCK_WORDS)})(?![\\p{L}]))`, 'iu');
/** The capitalised word right before a number, with only a space between ("Route 91", "Falcon 9"). */
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}[\p{L}\p{N}-]*) $/u;
const MEASURES = new Set(MEASURE_UNITS);
const VAGUE_SCALES: Readonly<Record<string, number>> = { hundreds: 100, thousands: 1_000, millions: 1_000_000, billions: 1_000_000_000 };

const TOKEN = /[\p{L}\p{N}]+(?:[,.\-’'][\p{L}\p{N}]+)*|%/gu;

function tokens(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m !== null && m.index < end; m = TOKEN.exec(text)) {
    if (m.index + m[0].length <= end) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

/** A number read at a token position: its value or interval, and how many tokens it took. */
interface NumberRead {
  value: number;
  low: number;
  high: number;
  length: number;
  /** The word after a hyphen ("12-point" → point, "four-year-old" → year). */
  hyphenUnit?: string;
  vague?: boolean;
}

function wordNumber(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  for (const w of words) {
    const scale = SCALES[w];
    if (ONES.has(w)) current += ONES.get(w) ?? 0;
    else if (TENS.has(w)) current += TENS.get(w) ?? 0;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else return null;
  }
  return total + current;
}

function digits(s: string): number | null {
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(s)) return null;
  return Number(s.replace(/,/g, ''));
}

/** "12-point", "three-year", "four-year-old", "twenty-five". */
function hyphenated(lower: string): { value: number; unit?: string } | null {
  const parts = lower.split('-');
  if (parts.length < 2) return null;
  const numberParts: string[] = [];
  while (parts.length > 0 && (ONES.has(parts[0] ?? '') || TENS.has(parts[0] ?? ''))) numberParts.push(parts.shift() ?? '');
  const first = parts[0] ?? '';
  const value = numberParts.length > 0 ? wordNumber(numberParts) : digits(first);
  if (value === null) return null;
  if (numberParts.length === 0) parts.shift();
  const unit = parts.find((p) => p !== 'old' && p !== 'long');
  return unit === undefined ? { value } : { value, unit };
}

const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = { bn: 1e9, m: 1e6, k: 1e3 };

/** A number starting at token `i` ("1.5 million", "seven million", "tens of thousands", "12-point"). */
function readNumber(ts: readonly Token[], i: number): NumberRead | null {
  const t = ts[i];
  if (!t) return null;
  const vague = readVague(ts, i);
  if (vague) return vague;
  const hyphen = hyphenated(t.lower);
  if (hyphen) {
    const read: NumberRead = { value: hyphen.value, low: hyphen.value, high: hyphen.value, length: 1 };
    if (hyphen.unit !== undefined) read.hyphenUnit = hyphen.unit;
    return read;
  }
  const numeric = digits(t.text);
  let value: number | null = numeric;
  let length = 1;
  if (numeric !== null) {
    const next = ts[i + 1]?.lower ?? '';
    const scale = SCALES[next] ?? SCALE_ABBREVIATIONS[next];
    if (scale !== undefined && scale >= 1000) {
      value = numeric * scale;
      length = 2;
    }
  } else {
    const words: string[] = [];
    for (let k = i; ts[k] && (ONES.has(ts[k]?.lower ?? '') || TENS.has(ts[k]?.lower ?? '') || SCALES[ts[k]?.lower ?? ''] !== undefined); k++) {
      words.push(ts[k]?.lower ?? '');
    }
    // A bare "one" is a pronoun or an article far more often than a count.
    if (words.length === 0 || (words.length === 1 && words[0] === 'one') || SCALES[words[0] ?? ''] !== undefined) return null;
    value = wordNumber(words);
    length = words.length;
  }
  return value === null ? null : { value, low: value, high: value, length };
}

/** "thousands", "tens of thousands", "hundreds of thousands", "dozens", "several million". */
function readVague(ts: readonly Token[], i: number): NumberRead | null {
  const [a, b, c] = [ts[i]?.lower, ts[i + 1]?.lower, ts[i + 2]?.lower];
  const range = (low: number, high: number, length: number): NumberRead => ({ value: low, low, high, length, vague: true });
  const scaleOf = (w: string | undefined): number | undefined => (w === undefined ? undefined : VAGUE_SCALES[w]);
  const cScale = scaleOf(c);
  if ((a === 'tens' || a === 'hundreds') && b === 'of' && cScale !== undefined) {
    const base = (a === 'tens' ? 10 : 100) * cScale;
    return range(base * D.vagueLowMultiple, base * D.vagueHighMultiple - 1, 3);
  }
  if (a === 'dozens') return range(D.dozensLow, D.dozensHigh, 1);
  const bScale = b === undefined ? undefined : SCALES[b];
  if (a === 'several' && bScale !== undefined) return range(D.severalLow * bScale, D.severalHigh * bScale, 2);
  const aScale = scaleOf(a);
  if (aScale !== undefined) return range(aScale * D.vagueLowMultiple, aScale * D.vagueHighMultiple - 1, 1);
  return null;
}

function readQualifier(ts: readonly Token[], i: number): { phrase: string; interval: Interval; length: number } | null {
  for (const [words, interval, phrase] of QUALIFIER_WORDS) {
    if (words.every((w, k) => ts[i + k]?.lower === w)) return { phrase, interval, length: words.length };
  }
  return null;
}

/** Singular lowercase form of an English noun ("casualties" → casualty, "persons" → person). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  // Greek plurals in -es whose singular ends in -is ("crises", "analyses").
  if (/(?:cris|analys|thes|diagnos|hypothes|synthes)es$/.test(w)) return w.slice(0, -2) + 'is';
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && w.length > 2) return w.slice(0, -1);
  return w;
}

interface Unit {
  unit: string;
  /** End of the unit's last word, or -1 when there is no unit. */
  end: number;
}

/** The counted noun phrase after a number, lemmatised: "displaced persons" → "displaced person". */
function unitAfter(text: string, ts: readonly Token[], i: number, afterVague: boolean): Unit {
  let k = i;
  if (afterVague && ts[k]?.lower === 'of') k++;
  const percent = ts[k];
  if (percent?.text === '%') return { unit: 'percent', end: percent.end };
  const words: Token[] = [];
  for (let prev = ts[k - 1]; ts[k] && words.length < D.unitMaxWords; k++) {
    const t = ts[k] as Token;
    if (prev && !/^\s*$/.test(text.slice(prev.end, t.start))) break;
    if (STOP.has(t.lower) || !/^\p{L}[\p{L}-]*$/u.test(t.text) || (words.length > 0 && /^\p{Lu}/u.test(t.text))) break;
    words.push(t);
    prev = t;
  }
  const last = words.pop();
  if (!last) return { unit: '', end: -1 };
  // Capitalised words alone name no counted thing ("18 Boeing 747s", "two Falcon 9 rockets", a map's
  // "200 FEET"), except a plural demonym ("1,500 Russians").
  if (words.every((w) => /^\p{Lu}/u.test(w.text)) && /^\p{Lu}/u.test(last.text)) {
    const allCaps = /^\p{Lu}{2,}$/u.test(last.text.replace(/[^\p{L}]/gu, ''));
    if (allCaps || !/s$/.test(last.text)) return { unit: '', end: -1 };
  }
  return { unit: [...words.map((w) => w.lower), singular(last.text)].join(' '), end: last.end };
}

/**
 * Every quantity in `[start, end)`, skipping numbers inside `exclude` (dates, names).
 *
 * @example
 * findQuantities('more than seven million displaced', 0, 33, []);
 * // [{ kind: 'quantity', value: 7e6, low: 7e6, high: 8.75e6, qualifier: 'more than', unit: 'displaced', … }]
 */
export function findQuantities(text: string, start: number, end: number, exclude: readonly Span[]): Quantity[] {
  const ts = tokens(text, start, end);
  const out: Quantity[] = [];
  for (let i = 0; i < ts.length; i++) {
    const qualifier = readQualifier(ts, i);
    const at = i + (qualifier?.length ?? 0);
    const n = readNumber(ts, at);
    const first = ts[i];
    const last = ts[at + (n?.length ?? 1) - 1];
    if (!n || !first || !last) continue;
    if (exclude.some((x) => first.start < x.end && x.start < last.end)) continue;
    if (notAFigure(text, ts, at, last.end, qualifier !== null)) {
      i = at + n.length - 1;
      continue;
    }
    const [low = n.low, high = n.high] = (qualifier && !n.vague ? qualifier.interval(n.value) : [n.low, n.high]).map(tidy);
    const { unit, end: unitEnd } = unitOf(text, ts, at + n.length, n);
    const span = { start: first.start, end: Math.max(last.end, unitEnd) };
    const q: Quantity = { kind: 'quantity', span, value: n.value, low, high, unit };
    if (qualifier) q.qualifier = qualifier.phrase;
    out.push(q);
    i = at + n.length - 1;
  }
  return out;
}

/**
 * A number that is a name, a label or a time rather than a figure: "Route 91", "Falcon 9" and
 * "Delta 4-Heavy" (digits right after a capitalised word), "16/16" (a gallery counter), "10 p.m.",
 * "2100 GMT" and the hours of "10:20" (a time of day).
 */
function notAFigure(text: string, ts: readonly Token[], at: number, end: number, qualified: boolean): boolean {
  const t = ts[at];
  if (!t) return true;
  const before = text.slice(Math.max(0, t.start - 1), t.start);
  if (before === '/' || before === ':' || text.charAt(end) === '/') return true;
  if (CLOCK_AFTER.test(text.slice(end, end + 12))) return true;
  if (qualified || !/^\d/.test(t.text)) return false;
  const named = WORD_BEFORE.exec(text.slice(Math.max(0, t.start - 40), t.start))?.[1];
  return named !== undefined && !NOT_NAMES.has(named.toLowerCase());
}

/** Drops floating-point noise from factor products (7e6 × 1.1 = 7700000.000000001). */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

function unitOf(text: string, ts: readonly Token[], next: number, n: NumberRead): Unit {
  if (n.hyphenUnit === undefined) return unitAfter(text, ts, next, n.vague === true);
  const measure = singular(n.hyphenUnit);
  if (MEASURES.has(measure)) return { unit: measure, end: -1 };
  const after = unitAfter(text, ts, next, false);
  const head = after.unit.split(' ').pop() ?? '';
  return head === '' ? { unit: measure, end: -1 } : { unit: `${measure} ${head}`, end: after.end };
}
