/**
 * "Did you mean …?" for a mistyped name: the known name closest by edit distance, when it is
 * close enough to be the one meant.
 *
 * @example
 * closestName('frmat', ['format', 'published']) // 'format'
 * closestName('pdf', ['md', 'json', 'html'])    // null: nothing is that close
 */

/** Edits allowed per this many characters of the longer name: one typo in a short word, two in a long one. */
const CHARS_PER_EDIT = 4;

/** Levenshtein distance (insert, delete, substitute, swap of two neighbours). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The known name closest to `typed` (ignoring case), or null when none is within a typo or two of it. */
export function closestName(typed: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = editDistance(typed.toLowerCase(), name.toLowerCase());
    const allowed = Math.max(1, Math.floor(Math.max(typed.length, name.length) / CHARS_PER_EDIT));
    if (d <= allowed && d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** " (did you mean X?)" or "" — to append to a message about an unknown name. */
export function didYouMean(typed: string, known: readonly string[], format: (name: string) => string = (n) => n): string {
  const found = closestName(typed, known);
  return found === null ? '' : ` (did you mean ${format(found)}?)`;
}
