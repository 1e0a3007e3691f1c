/**
 * Small text helpers shared by the quote steps: word tokens inside a range and
 * the quotation marks that hide words from the attribution search.
 *
 * @example
 * wordsIn('Doe said.', 0, 9).map((w) => w.lower); // ['doe', 'said']
 */
import type { Span } from '../../types.js';
import { firstIndex } from '../../text/search.js';

/** One word with its offsets; `lower` is its lowercase form. */
export interface Word extends Span {
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;

/**
 * The words of `text` between `start` and `end`, skipping any inside `hidden` spans
 * (sorted by start and disjoint, and never cutting a word, as quoted passages are); at most `max` of them.
 * The cost grows with `end - start`, never with the rest of the text or the number of hidden spans.
 *
 * @example
 * wordsIn('“Hi,” he said', 0, 13, [{ start: 0, end: 5 }]).map((w) => w.text); // ['he', 'said']
 */
export function wordsIn(text: string, start: number, end: number, hidden: readonly Span[] = [], max = Infinity): Word[] {
  const out: Word[] = [];
  if (end <= start) return out;
  // Matching inside a slice stops the search at `end` instead of running on to the next word of the
  // text. Three more characters let a word that crosses `end` show it does (a separator, then a
  // letter, perhaps astral), so it is left out as before.
  const piece = text.slice(0, Math.min(text.length, end + 3));
  let h = firstEndingAfter(hidden, start);
  WORD.lastIndex = start;
  for (let m = WORD.exec(piece); m !== null && m.index < end && out.length < max; m = WORD.exec(piece)) {
    while (h < hidden.length && (hidden[h] as Span).end <= m.index) h++;
    const cover = hidden[h];
    if (cover !== undefined && cover.start < m.index + m[0].length) {
      // Inside a hidden span: go on after it, and after the hidden spans that follow it across
      // white space and punctuation only, rather than reading their words one by one.
      let next = cover.end;
      for (let g = hidden[h + 1]; g !== undefined && g.start < end && !hasWordChar(text, next, g.start); g = hidden[++h + 1]) next = g.end;
      WORD.lastIndex = Math.max(WORD.lastIndex, next);
      continue;
    }
    const w = { start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() };
    if (w.end <= end) out.push(w);
  }
  return out;
}

/** True when `[start, end)` holds a letter or digit; reads each character once at most. */
function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
    } else if (/^[\p{L}\p{N}]/u.test(text.slice(i, i + 2))) {
      // Two code units, so a letter outside the Basic Multilingual Plane is read whole.
      return true;
    }
  }
  return false;
}

/**
 * The last `n` words of `[start, end)` outside `hidden`, as `wordsIn(…).slice(-n)` gives them,
 * read back from `end` in doubling windows, so the cost grows with the words returned, not with `end - start`.
 *
 * @example
 * lastWords('Jane Doe has said', 0, 17, 2).map((w) => w.text); // ['has', 'said']
 */
export function lastWords(text: string, start: number, end: number, n: number, hidden: readonly Span[] = []): Word[] {
  for (let reach = 64; ; reach *= 2) {
    const from = Math.max(start, end - reach);
    const words = wordsIn(text, from, end, hidden);
    // Only the first word of a window can be cut by it: with more than `n`, the last `n` are whole.
    if (words.length > n || from === start) return words.slice(-n);
  }
}

/** Index of the first span of sorted, disjoint `spans` that ends after `pos`. */
function firstEndingAfter(spans: readonly Span[], pos: number): number {
  return firstIndex(spans.length, (i) => (spans[i] as Span).end > pos);
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
