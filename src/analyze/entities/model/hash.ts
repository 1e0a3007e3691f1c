/**
 * Integer hashing for features: a string is hashed once (FNV-1a), then every
 * feature is an integer mix of a template id and such hashes, so no feature
 * string is ever built.
 */

/** FNV-1a offset basis: the published starting value of the 32-bit hash. */
const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a prime of the 32-bit hash. */
const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units.
 *
 * @example
 * hashString('Paris') === hashString('Paris'); // true
 */
export function hashString(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * Mixes two 32-bit integers into one (the murmur3 finaliser over a seeded
 * combination), so that `mix(template, value)` spreads well over hash buckets.
 *
 * @example
 * mix(3, hashString('paris')) !== mix(4, hashString('paris')); // true
 */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b ^ (b >>> 16), 0x9e3779b1)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Mixes three integers.
 *
 * @example
 * mix3(1, 2, 3) !== mix3(1, 3, 2); // true
 */
export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
