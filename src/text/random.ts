/**
 * A small seeded generator (mulberry32) and a shuffle built on it: the same
 * seed gives the same numbers on every machine, so training, MinHash
 * permutations and evaluation shuffles are repeatable.
 */

/**
 * The next 32-bit output of mulberry32 and the advanced state.
 *
 * @example
 * const { value, state } = mulberry32(1);
 */
export function mulberry32(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = Math.imul(next ^ (next >>> 15), next | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: (t ^ (t >>> 14)) >>> 0, state: next };
}

/**
 * A generator of numbers in [0, 1) from a seed.
 *
 * @example
 * const rand = seededRandom(7);
 * rand(); // the same number for seed 7, every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    const out = mulberry32(state);
    state = out.state;
    return out.value / 2 ** 32;
  };
}

/**
 * A shuffled copy (Fisher–Yates) drawn from `rand`.
 *
 * @example
 * shuffled([1, 2, 3], seededRandom(1)); // the same order for seed 1, every run
 */
export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
