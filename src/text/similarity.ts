/**
 * Set and vector similarity shared by the stages (cluster, corroborate, brief).
 * Pure math over plain collections: like `types.ts`, a kernel every stage may import.
 */

/** |A∩B|, iterating the smaller set. */
export function intersectionSize<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/**
 * Jaccard similarity |A∩B| / |A∪B| (0 for two empty sets).
 *
 * @example
 * jaccard(new Set(['a', 'b']), new Set(['b', 'c'])) // 1 / 3
 */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const inter = intersectionSize(a, b);
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/**
 * |A∩B| / min(|A|, |B|): 1 when one set lies inside the other (0 when either is empty).
 *
 * @example
 * overlapCoefficient(new Set(['a']), new Set(['a', 'b'])) // 1
 */
export function overlapCoefficient<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const small = Math.min(a.size, b.size);
  return small === 0 ? 0 : intersectionSize(a, b) / small;
}

/**
 * Cosine similarity of two sparse weight vectors (0 when either is all zero).
 *
 * @example
 * cosine(new Map([['a', 1]]), new Map([['a', 2], ['b', 0]])) // 1
 */
export function cosine<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    na += x * x;
    const y = b.get(k);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
