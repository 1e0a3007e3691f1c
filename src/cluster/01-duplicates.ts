/**
 * Step 1: near-duplicates. Word shingles of the body text, MinHash signatures
 * to estimate Jaccard similarity cheaply, exact Jaccard on the candidate pairs
 * when the batch is small, and a kind for every pair that is close enough.
 *
 * Work is bounded at any batch size: a small batch compares every pair; a large
 * one takes candidates from LSH buckets, each article looking back at only a few
 * earlier members of each bucket and comparing at most `copyCandidates` of them,
 * and never comparing two articles already joined as copies in one story. The
 * matches then form groups (union-find), and each group is reported as one link
 * per copy, not one per pair: n near-identical articles give n − 1 links.
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
  /** Above `allPairsLimit`: in each LSH bucket an article looks back at this many earlier members (publication order). */
  bucketWindow: number;
  /** Above `allPairsLimit`: each article is compared with at most this many candidates. */
  copyCandidates: number;
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

/** Two articles (indices into the docs, `lo` < `hi`) close enough to be copies. */
interface Match {
  lo: number;
  hi: number;
  similarity: number;
  kind: CopyKind;
}

/**
 * The copies found and the pair similarities measured on the way.
 *
 * @example
 * const { copies, similarity } = findDuplicates(items, DEFAULT_CLUSTER_OPTIONS);
 * similarity('a', 'b'); // 0.83
 */
export interface DuplicateResult {
  /** One link per copy: `to` is the copy, `from` its group's earliest article when the two match directly. */
  copies: CopyLink[];
  /** Shingle similarity of two articles by id: exact in a small batch, else the estimate (0 when never compared). */
  similarity(a: string, b: string): number;
  /** The highest similarity between two of `ids`: every pair of a small set, the pairs compared on the way in a large one. */
  maxSimilarity(ids: readonly string[]): number;
  /** How many pairs were compared: every pair in a small batch, at most a few per article in a large one. */
  comparisons: number;
}

/**
 * Finds exact copies, syndicated copies and rewrites among `items`, which must
 * already be in a deterministic order (publication order makes the LSH windows
 * look back in time). `storyOf` names each article's story: groups are tied
 * together inside a story first, so a story's own links connect its copies.
 *
 * A group of copies is reported as a spanning tree: every article but the
 * group's earliest appears once as `to`, linked to the earliest when the two
 * match directly, else to the article it matches most closely.
 *
 * @example
 * const { copies } = findDuplicates(items, DEFAULT_CLUSTER_OPTIONS);
 * // [{ from: 'wire', to: 'copy', similarity: 0.86, kind: 'syndicated' }]
 */
export function findDuplicates(
  items: AnalyzedArticle[],
  options: DuplicateOptions,
  storyOf: (id: string) => string = () => '',
): DuplicateResult {
  const seeds = permutationSeeds(options.seed, options.permutations);
  const docs = items.map((item) => prepare(item, options.shingleSize, seeds));
  const stories = docs.map((d) => storyOf(d.id));
  const pairs = new Comparer(docs, options);
  // Matches in one story join here; a pair already joined needs no comparison of its own.
  const joined = new UnionFind(docs.length);
  const visit = (lo: number, hi: number): boolean => {
    if (pairs.measured(lo, hi) || (stories[lo] === stories[hi] && joined.find(lo) === joined.find(hi))) return false;
    const match = pairs.compare(lo, hi);
    if (match && stories[lo] === stories[hi]) joined.union(lo, hi);
    return true;
  };
  if (docs.length <= options.allPairsLimit) {
    for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) pairs.compare(i, j);
  } else {
    bucketCandidates(docs, options, visit);
  }
  const copies = spanningLinks(docs, stories, pairs).map((m) => link(docs[m.lo]!, docs[m.hi]!, m.similarity, m.kind));
  copies.sort((x, y) => (x.from === y.from ? compare(x.to, y.to) : compare(x.from, y.from)));
  const indexOf = new Map(docs.map((d, i) => [d.id, i]));
  const similarity = (a: string, b: string): number => {
    const i = indexOf.get(a);
    const j = indexOf.get(b);
    return i === undefined || j === undefined || i === j ? 0 : pairs.similarity(i, j);
  };
  const maxSimilarity = (ids: readonly string[]): number => {
    let max = 0;
    if (ids.length <= options.allPairsLimit) {
      ids.forEach((a, x) => { for (let y = x + 1; y < ids.length; y++) max = Math.max(max, similarity(a, ids[y]!)); });
      return max;
    }
    const members = new Set(ids.flatMap((id) => indexOf.get(id) ?? []));
    pairs.forEachMeasured((lo, hi, sim) => { if (members.has(lo) && members.has(hi)) max = Math.max(max, sim); });
    return max;
  };
  return { copies, similarity, maxSimilarity, comparisons: pairs.count };
}

/** Compares pairs of documents once each, keeping what it measured and which pairs match. */
class Comparer {
  private readonly sims = new Map<number, number>();
  readonly matches = new Map<number, Match>();
  /** Pairs compared so far. */
  count = 0;
  private readonly exact: boolean;

  constructor(private readonly docs: readonly Doc[], private readonly options: DuplicateOptions) {
    this.exact = docs.length <= options.exactVerifyLimit;
  }

  /** The match of two documents (`lo` < `hi`), comparing them on first request; undefined when they are not copies. */
  compare(lo: number, hi: number): Match | undefined {
    const key = this.key(lo, hi);
    if (this.sims.has(key)) return this.matches.get(key);
    const a = this.docs[lo];
    const b = this.docs[hi];
    if (a === undefined || b === undefined || a.shingles.size === 0 || b.shingles.size === 0) return undefined;
    let sim = estimate(a.signature, b.signature);
    if (this.exact && sim >= this.options.rewriteSimilarity - this.options.estimateMargin) sim = jaccard(a.shingles, b.shingles);
    this.sims.set(key, sim);
    this.count += 1;
    const kind = classify(a, b, sim, this.options);
    if (kind === null) return undefined;
    const match = { lo, hi, similarity: kind === 'exact' ? 1 : sim, kind };
    this.matches.set(key, match);
    return match;
  }

  measured(lo: number, hi: number): boolean {
    return this.sims.has(this.key(lo, hi));
  }

  /** What was measured; in a small batch a pair left unverified (too far apart to be a copy) is measured exactly on request. */
  similarity(i: number, j: number): number {
    const known = this.sims.get(this.key(Math.min(i, j), Math.max(i, j)));
    const a = this.docs[i];
    const b = this.docs[j];
    if (this.exact && a !== undefined && b !== undefined && (known === undefined || known < this.options.rewriteSimilarity)) {
      return jaccard(a.shingles, b.shingles);
    }
    return known ?? 0;
  }

  forEachMeasured(f: (lo: number, hi: number, sim: number) => void): void {
    const n = this.docs.length;
    for (const [key, sim] of this.sims) f(Math.floor(key / n), key % n, sim);
  }

  /** One number per pair: indices stay far below 2^26, so lo·n + hi is an exact integer. */
  private key(lo: number, hi: number): number {
    return lo * this.docs.length + hi;
  }
}

/**
 * Locality-sensitive hashing: two documents are candidates when one band of their
 * signatures is identical. In each bucket (publication order) a document looks back
 * at its `bucketWindow` nearest earlier members, and stops once `copyCandidates`
 * comparisons were made for it, so a bucket of thousands of near-identical articles
 * costs a few comparisons per article, not one per pair. `visit` says whether it compared.
 */
function bucketCandidates(docs: Doc[], options: DuplicateOptions, visit: (lo: number, hi: number) => boolean): void {
  const compared = new Uint32Array(docs.length);
  const rows = options.bandRows;
  const bands = Math.floor(options.permutations / rows);
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    docs.forEach((doc, index) => {
      if (doc.shingles.size === 0) return;
      let key = '';
      for (let r = band * rows; r < (band + 1) * rows; r++) key += `${doc.signature[r] ?? 0},`;
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, [index]);
      else bucket.push(index);
    });
    for (const bucket of buckets.values()) {
      for (let x = 1; x < bucket.length; x++) {
        const hi = bucket[x]!;
        for (let y = x - 1; y >= Math.max(0, x - options.bucketWindow) && (compared[hi] ?? 0) < options.copyCandidates; y--) {
          if (visit(bucket[y]!, hi)) compared[hi] = (compared[hi] ?? 0) + 1;
        }
      }
    }
  }
}

/**
 * One link per copy: the matches form groups; inside each story each member is
 * linked to the part's earliest article when they match directly (compared now if
 * they were not), and the rest of the group is tied in by its closest matches,
 * same-story matches first (Kruskal over the matches, a spanning forest). A story's
 * links therefore connect exactly the copies its own matches connect.
 */
function spanningLinks(docs: Doc[], stories: string[], pairs: Comparer): Match[] {
  const groups = new UnionFind(docs.length);
  for (const m of pairs.matches.values()) groups.union(m.lo, m.hi);
  const parts = new Map<string, number[]>();
  const placed = new Uint8Array(docs.length);
  for (const m of pairs.matches.values()) {
    for (const i of [m.lo, m.hi]) {
      if (placed[i] === 1) continue;
      placed[i] = 1;
      const key = `${groups.find(i)}\u0000${stories[i] ?? ''}`;
      const part = parts.get(key);
      if (part === undefined) parts.set(key, [i]);
      else part.push(i);
    }
  }
  const direct: Match[] = [];
  for (const part of parts.values()) {
    const first = part.reduce((a, b) => (earlier(docs[b]!, docs[a]!) ? b : a));
    for (const i of part) {
      const match = i === first ? undefined : pairs.compare(Math.min(i, first), Math.max(i, first));
      if (match) direct.push(match);
    }
  }
  const sameStory = (m: Match): number => (stories[m.lo] === stories[m.hi] ? 1 : 0);
  const closest = [...pairs.matches.values()].sort((x, y) =>
    sameStory(y) - sameStory(x) || y.similarity - x.similarity || x.lo - y.lo || x.hi - y.hi);
  const forest = new UnionFind(docs.length);
  return direct.concat(closest).filter((m) => forest.union(m.lo, m.hi));
}

/** Union-find over indices 0…n−1 (path halving; the smaller root wins, so results do not depend on union order). */
class UnionFind {
  private readonly parent: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(i: number): number {
    let x = i;
    while (this.parent[x] !== x) {
      const up = this.parent[this.parent[x]!]!;
      this.parent[x] = up;
      x = up;
    }
    return x;
  }

  /** Joins the sets of `a` and `b`; false when they were already one. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }
}

/** True when `a` was published before `b` (undated last), or, at the same time, has the smaller id. */
function earlier(a: Doc, b: Doc): boolean {
  const ta = a.published ?? Infinity;
  const tb = b.published ?? Infinity;
  return ta !== tb ? ta < tb : compare(a.id, b.id) < 0;
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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
