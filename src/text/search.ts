/**
 * Binary search over a sorted sequence: the one implementation every stage uses to find where a
 * position falls among spans, words or values sorted once (n log n instead of a scan per item).
 *
 * @example
 * const starts = [1, 5, 9];
 * firstIndex(starts.length, (i) => starts[i]! >= 4); // 1
 */
export function firstIndex(length: number, reached: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
