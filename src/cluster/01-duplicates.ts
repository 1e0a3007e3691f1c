/**
 * Step 1: near-duplicates. Word shingles of the body text, MinHash signatures
 * to estimate Jaccard similarity cheaply, exact Jaccard on the candidate pairs
 * when the batch is small, and a kind for every pair that is close enough.
 */
import type { AnalyzedArticle, CopyKind, CopyLink } from '../types.js';
import { jaccard } from '../text/similarity.js';
import { mulberry32 } from '../text/random.js';
import { bodyText, dateMs, fnv1a, mix32, normaliseName, words } from './00-text.js';

/**
 * Tuning of the near-duplicate step (part of `ClusterOptions`).
 *
 * @example
 * findDuplicates(items, { ...DEFAULT_CLUSTER_OPTIONS, rewriteSimilarity: 0.2 });
 */
export interface DuplicateOptions {
  /** Words per shingle. */
  shingleSize: number;
  /** MinHash permutations (signature length). */
  permutations: number;
  /** Seed of the permutation seeds: fixed so signatures are the same on every run. */
  seed: number;
  /** Signature rows per LSH band when the batch is too large for all pairs. */
  bandRows: number;
  /** Up to this many articles every pair is compared by signature; above it, LSH bands find candidates. */
  allPairsLimit: number;
  /** Up to this many articles candidate pairs are verified with exact Jaccard. */
  exactVerifyLimit: number;
  /** Jaccard at or above which a pair is a syndicated copy. */
  syndicatedSimilarity: number;
  /** Share of the shorter text found in the longer one at or above which a pair is syndicated (a cut copy). */
  syndicatedContainment: number;
  /** Jaccard at or above which a pair is a rewrite of one source. */
  rewriteSimilarity: number;
  /** How far below `rewriteSimilarity` a MinHash estimate may fall and still be verified exactly. */
  estimateMargin: number;
}

/** One article prepared for comparison. */
interface Doc {
  id: string;
  published: number | undefined;
  /** Normalised body text: equal keys are exact copies. */
  key: string;
  shingles: Set<number>;
  signature: Uint32Array;
  /** Normalised names of the wire or original sources it credits. */
  credits: Set<string>;
}

/**
 * The copies found and the pair similarities measured on the way.
 *
 * @example
 * const { copies, similarity } = findDuplicates(items, DEFAULT_CLUSTER_OPTIONS);
 * similarity('a', 'b'); // 0.83
 */
export interface DuplicateResult {
  copies: CopyLink[];
  /** Shingle similarity of two articles by id: exact in a small batch, else the estimate (0 when never a candidate). */
  similarity(a: string, b: string): number;
}

/**
 * Finds exact copies, syndicated copies and rewrites among `items`, which must
 * already be in a deterministic order.
 *
 * @example
 * const { copies } = findDuplicates(items, DEFAULT_CLUSTER_OPTIONS);
 * // [{ from: 'wire', to: 'copy', similarity: 0.86, kind: 'syndicated' }]
 */
export function findDuplicates(items: AnalyzedArticle[], options: DuplicateOptions): DuplicateResult {
  const seeds = permutationSeeds(options.seed, options.permutations);
  const docs = items.map((item) => prepare(item, options.shingleSize, seeds));
  const exact = docs.length <= options.exactVerifyLimit;
  const pairs = docs.length <= options.allPairsLimit ? allPairs(docs.length) : bandPairs(docs, options.bandRows);
  const similarities = new Map<string, number>();
  const copies: CopyLink[] = [];
  for (const [i, j] of pairs) {
    const a = docs[i];
    const b = docs[j];
    if (a === undefined || b === undefined || a.shingles.size === 0 || b.shingles.size === 0) continue;
    let sim = estimate(a.signature, b.signature);
    if (exact && sim >= options.rewriteSimilarity - options.estimateMargin) sim = jaccard(a.shingles, b.shingles);
    similarities.set(pairKey(a.id, b.id), sim);
    const kind = classify(a, b, sim, options);
    if (kind !== null) copies.push(link(a, b, kind === 'exact' ? 1 : sim, kind));
  }
  copies.sort((x, y) => (x.from === y.from ? compare(x.to, y.to) : compare(x.from, y.from)));
  const byId = new Map(docs.map((d) => [d.id, d]));
  const similarity = (a: string, b: string): number => {
    const known = similarities.get(pairKey(a, b));
    const da = byId.get(a);
    const db = byId.get(b);
    // In a small batch a pair left unverified (too far apart to be a copy) is still measured exactly on request.
    if (exact && da !== undefined && db !== undefined && (known === undefined || known < options.rewriteSimilarity)) {
      return jaccard(da.shingles, db.shingles);
    }
    return known ?? 0;
  };
  return { copies, similarity };
}

/**
 * The shingles of a text: hashes of every run of `k` consecutive normalised
 * words (one shingle of all words when the text is shorter than `k`).
 *
 * @example
 * shingles('One two three four five six', 5).size; // 2
 */
export function shingles(text: string, k: number): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length === 0) return out;
  if (w.length < k) {
    out.add(fnv1a(w.join(' ')));
    return out;
  }
  for (let i = 0; i + k <= w.length; i++) out.add(fnv1a(w.slice(i, i + k).join(' ')));
  return out;
}


function prepare(item: AnalyzedArticle, k: number, seeds: Uint32Array): Doc {
  const body = bodyText(item.article);
  const sh = shingles(body, k);
  const credits = new Set<string>();
  for (const p of item.article.provenance) {
    if (p.kind === 'wire' || p.kind === 'original') credits.add(normaliseName(p.source));
  }
  return {
    id: item.article.id,
    published: dateMs(item.article.publishedAt),
    key: words(body).join(' '),
    shingles: sh,
    signature: minhash(sh, seeds),
    credits,
  };
}

/** Seeds from mulberry32, a small seeded generator: the same seed gives the same permutations everywhere. */
function permutationSeeds(seed: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) ({ value: out[i], state } = mulberry32(state));
  return out;
}

function minhash(set: Set<number>, seeds: Uint32Array): Uint32Array {
  const sig = new Uint32Array(seeds.length).fill(0xffffffff);
  for (const h of set) {
    for (let i = 0; i < seeds.length; i++) {
      const v = mix32(h ^ (seeds[i] ?? 0));
      if (v < (sig[i] ?? 0)) sig[i] = v;
    }
  }
  return sig;
}

function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

function allPairs(n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out.push([i, j]);
  return out;
}

/** Locality-sensitive hashing: two documents are candidates when one band of their signatures is identical. */
function bandPairs(docs: Doc[], rows: number): [number, number][] {
  const seen = new Set<string>();
  const out: [number, number][] = [];
  const bands = Math.floor((docs[0]?.signature.length ?? 0) / rows);
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    docs.forEach((doc, index) => {
      if (doc.shingles.size === 0) return;
      const key = Array.from(doc.signature.subarray(band * rows, (band + 1) * rows)).join(',');
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, [index]);
      else bucket.push(index);
    });
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const i = bucket[x] ?? 0;
          const j = bucket[y] ?? 0;
          const key = `${i}|${j}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push([i, j]);
        }
      }
    }
  }
  return out;
}

function classify(a: Doc, b: Doc, sim: number, options: DuplicateOptions): CopyKind | null {
  if (a.key === b.key) return 'exact';
  if (sim >= options.syndicatedSimilarity) return 'syndicated';
  if (sim < options.rewriteSimilarity) return null;
  if (containment(a.shingles.size, b.shingles.size, sim) >= options.syndicatedContainment) return 'syndicated';
  for (const credit of a.credits) if (b.credits.has(credit)) return 'syndicated';
  return 'rewrite';
}

/** |A∩B| / min(|A|,|B|) from the Jaccard value and the set sizes: |A∩B| = J(|A|+|B|)/(1+J). */
function containment(sizeA: number, sizeB: number, j: number): number {
  const inter = (j * (sizeA + sizeB)) / (1 + j);
  return inter / Math.max(1, Math.min(sizeA, sizeB));
}

/** `from` is the earlier published article; without two distinct dates, the smaller id. */
function link(a: Doc, b: Doc, similarity: number, kind: CopyKind): CopyLink {
  let aFirst = compare(a.id, b.id) <= 0;
  if (a.published !== undefined && b.published !== undefined && a.published !== b.published) {
    aFirst = a.published < b.published;
  }
  const [from, to] = aFirst ? [a.id, b.id] : [b.id, a.id];
  return { from, to, similarity, kind };
}

function pairKey(a: string, b: string): string {
  return compare(a, b) <= 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
