/**
 * Small text helpers shared by the quote steps: word tokens inside a range and
 * the quotation marks that hide words from the attribution search.
 *
 * @example
 * wordsIn('Doe said.', 0, 9).map((w) => w.lower); // ['doe', 'said']
 */
import type { Span } from '../../types.js';

/** One word with its offsets; `lower` is its lowercase form. */
export interface Word extends Span {
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;

/**
 * The words of `text` between `start` and `end`, skipping any inside `hidden` spans.
 *
 * @example
 * wordsIn('“Hi,” he said', 0, 13, [{ start: 0, end: 5 }]).map((w) => w.text); // ['he', 'said']
 */
export function wordsIn(text: string, start: number, end: number, hidden: readonly Span[] = []): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m !== null && m.index < end; m = WORD.exec(text)) {
    const w = { start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() };
    if (w.end <= end && !hidden.some((h) => w.start < h.end && h.start < w.end)) out.push(w);
  }
  return out;
}

/** True when the word starts with an uppercase letter. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** True when `[start, end)` holds no letter or digit. */
export function isBlank(text: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(start, end));
}

/** The span with surrounding whitespace and the given trailing punctuation removed. */
export function trimSpan(text: string, span: Span, trailing = ''): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && (/\s/.test(text.charAt(end - 1)) || trailing.includes(text.charAt(end - 1)))) end--;
  return { start, end };
}

/** True when two half-open spans share a character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when the word right after `end` is a possessive marker ("Doe’s"). */
export function isPossessive(text: string, end: number): boolean {
  return /^[’']s?(?![\p{L}])/u.test(text.slice(end, end + 3));
}
