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
 * The vector scaled to length 1 (all zero stays all zero): the cosine of two unit vectors is
 * their {@link dot}, so a vector compared many times is normalised once.
 *
 * @example
 * unitVector(new Map([['a', 3], ['b', 4]])) // Map { a → 0.6, b → 0.8 }
 */
export function unitVector<K>(v: ReadonlyMap<K, number>): Map<K, number> {
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  const out = new Map<K, number>();
  if (norm === 0) return out;
  const scale = 1 / Math.sqrt(norm);
  for (const [k, x] of v) out.set(k, x * scale);
  return out;
}

/**
 * Dot product of two sparse vectors, iterating the smaller.
 *
 * @example
 * dot(new Map([['a', 0.6]]), new Map([['a', 0.5], ['b', 1]])) // 0.3
 */
export function dot<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) sum += x * y;
  }
  return sum;
}
