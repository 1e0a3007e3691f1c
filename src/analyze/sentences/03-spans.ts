/**
 * Step 3: cut a stretch at its ends into trimmed spans.
 */
import type { Span } from '../../types.js';

/**
 * The trimmed, non-empty spans between consecutive cut points.
 *
 * @example
 * cutTrimmed(' a. b ', 0, 6, [3]); // [{ start: 1, end: 3 }, { start: 4, end: 5 }]
 */
export function cutTrimmed(text: string, start: number, end: number, cuts: number[]): Span[] {
  const out: Span[] = [];
  let from = start;
  for (const cut of [...cuts, end]) {
    const span = trim(text, from, cut);
    if (span.end > span.start) out.push(span);
    from = cut;
  }
  return out;
}

/** `[start, end)` without leading and trailing whitespace. */
export function trim(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}
