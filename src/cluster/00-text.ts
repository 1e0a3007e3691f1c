/**
 * Text helpers shared by the clustering steps: which text is the article body,
 * how it is normalised and tokenised, and the deterministic hashes used for
 * MinHash and for ids.
 */
import { sha256Hex } from '../text/hash.js';
import type { Article, BlockKind } from '../types.js';
import { STOPWORDS } from './stopwords.js';

/** Block kinds that carry the article's own words (credits and boilerplate would make unrelated copies look alike). */
const BODY_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['paragraph', 'bullet']);

/** Shortest word kept as a term: two-letter words are mostly function words or initials. */
const MIN_TERM_LENGTH = 3;

/** Shortest word whose final "s" is stripped: keeps "news", "gas", "bus" intact. */
const MIN_PLURAL_LENGTH = 5;

/** Hex digits kept from a sha256 for ids: 48 bits, collisions negligible for a corpus of millions. */
const ID_HEX_DIGITS = 12;

/**
 * The body of an article: its `paragraph` and `bullet` blocks joined by newlines.
 * An article without blocks is taken whole.
 *
 * @example
 * bodyText(article); // "First paragraph.\nSecond paragraph."
 */
export function bodyText(article: Article): string {
  if (article.blocks.length === 0) return article.text;
  return article.blocks
    .filter((b) => BODY_KINDS.has(b.kind))
    .map((b) => article.text.slice(b.start, b.end))
    .join('\n');
}

/**
 * True when the block at `index` is article body (an article without blocks is all body).
 *
 * @example
 * isBodyBlock(article, sentence.block); // false for a credit line
 */
export function isBodyBlock(article: Article, index: number): boolean {
  const block = article.blocks[index];
  return block === undefined ? article.blocks.length === 0 : BODY_KINDS.has(block.kind);
}

/**
 * Lowercase words without punctuation or diacritics; apostrophes join ("Velmora’s" → "velmoras").
 *
 * @example
 * words('The U.S. envoy’s “talks”'); // ['the', 'u', 's', 'envoys', 'talks']
 */
export function words(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/**
 * Content words for the story vectors: stopwords, short words and bare numbers
 * removed, a plural "s" stripped so "talk" and "talks" count as one term.
 *
 * @example
 * contentWords('The talks were held in the port'); // ['talk', 'held', 'port']
 */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < MIN_TERM_LENGTH || STOPWORDS.has(w) || /^\p{N}+$/u.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}

function stem(w: string): string {
  if (w.length >= MIN_PLURAL_LENGTH && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length >= MIN_PLURAL_LENGTH && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * A name normalised for comparison across outlets: lowercase words joined by one space.
 *
 * @example
 * normaliseName('Port  Aster'); // 'port aster'
 */
export function normaliseName(name: string): string {
  return words(name).join(' ');
}

/**
 * A short deterministic id: `prefix` + the first hex digits of sha256(`key`).
 *
 * @example
 * shortId('s-', 'article-7'); // 's-3f9a…' (12 hex digits)
 */
export function shortId(prefix: string, key: string): string {
  return prefix + sha256Hex(key).slice(0, ID_HEX_DIGITS);
}

/**
 * 32-bit FNV-1a hash of a string: cheap, deterministic, well spread for short keys.
 *
 * @example
 * fnv1a('abc'); // 440920331
 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Murmur3's 32-bit finaliser: mixes every input bit into every output bit, so
 * `mix32(x ^ seed)` behaves as an independent hash function for each seed.
 *
 * @example
 * mix32(1); // 1364076727
 */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Milliseconds since the epoch of an ISO date, or undefined when absent or unparsable.
 *
 * @example
 * dateMs('2025-11-30'); // 1764460800000
 */
export function dateMs(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}
