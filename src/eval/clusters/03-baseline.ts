/**
 * Step 3 of the clustering evaluation: the offline reference the online
 * assignment must beat — plain TF-IDF vectors of every record (title and
 * text) and agglomerative clustering with average linkage on cosine
 * distance, all records at once, cut where the linkage distance reaches 0.85
 * (scikit-learn's `AgglomerativeClustering(metric='cosine', linkage='average',
 * distance_threshold=0.85)` on `TfidfVectorizer(stop_words='english')`).
 *
 * The distance matrix is computed once (the condensed upper triangle in
 * 32-bit floats: n = 6,400 takes 82 MB) and merged with the
 * nearest-neighbour chain (Murtagh 1983), whose Lance–Williams update for
 * average linkage makes the whole run O(n²) time instead of the O(n³) of
 * repeatedly searching the closest pair. A cluster whose nearest neighbour is
 * already at or beyond the threshold can never merge below it (an average of
 * distances at or beyond it stays there), so it leaves the chain for good.
 */
import { STOPWORDS } from '../../cluster/stopwords.js';

/** The reference cut: clusters closer than this cosine distance (on average over their pairs) merge. */
export const BASELINE_DISTANCE_THRESHOLD = 0.85;

/** A record as the baseline reads it. */
export interface BaselineRecord {
  title?: string;
  text: string;
}

/**
 * Cluster ids (the smallest record index of each cluster) for each record, in record order.
 *
 * @example
 * averageLinkageClusters([{ text: 'Bridge collapses' }, { text: 'Bridge collapses again' }, { text: 'Mayor elected' }]); // [0, 0, 2]
 */
export function averageLinkageClusters(records: readonly BaselineRecord[], threshold = BASELINE_DISTANCE_THRESHOLD): number[] {
  const n = records.length;
  const distances = cosineDistances(tfidf(records));
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) [i, parent[i]] = [parent[i] as number, root];
    return root;
  };
  for (const [a, b] of nearestNeighbourChain(n, distances, threshold)) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  return Array.from({ length: n }, (_, i) => find(i));
}

/** Sparse unit vector: term ids and weights, in ascending id order. */
interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * scikit-learn's TfidfVectorizer defaults with English stop words: lowercase tokens of two or more word
 * characters, raw counts × smoothed IDF ln((1 + n) / (1 + df)) + 1, rows scaled to unit length.
 */
function tfidf(records: readonly BaselineRecord[]): SparseVector[] {
  const vocabulary = new Map<string, number>();
  const counts = records.map((r) => {
    const tf = new Map<number, number>();
    for (const token of `${r.title ?? ''}\n${r.text}`.toLowerCase().match(/[\p{L}\p{N}_]{2,}/gu) ?? []) {
      if (STOPWORDS.has(token)) continue;
      let id = vocabulary.get(token);
      if (id === undefined) vocabulary.set(token, (id = vocabulary.size));
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Float64Array(vocabulary.size);
  for (const tf of counts) for (const id of tf.keys()) df[id] = (df[id] as number) + 1;
  const n = records.length;
  return counts.map((tf) => {
    const ids = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = Float64Array.from(ids, (id) => (tf.get(id) as number) * (Math.log((1 + n) / (1 + (df[id] as number))) + 1));
    let squares = 0;
    for (const w of weights) squares += w * w;
    const norm = Math.sqrt(squares);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / norm;
    return { ids, weights };
  });
}

/** Condensed distance matrix: the pair i < j lives at this offset. */
function pairOffset(n: number, i: number, j: number): number {
  return i * n - (i * (i + 1)) / 2 + (j - i - 1);
}

/**
 * 1 − cosine for every pair, condensed. Each row's dot products are accumulated through an inverted
 * index over the later rows, so the work is the shared terms, not n² × vector length. An empty vector
 * is at distance 1 from everything (scikit-learn's convention for a zero row).
 */
function cosineDistances(vectors: readonly SparseVector[]): Float32Array {
  const n = vectors.length;
  const out = new Float32Array((n * (n - 1)) / 2).fill(1);
  const postings = new Map<number, { rows: number[]; weights: number[] }>();
  for (let j = n - 1; j >= 0; j--) {
    const v = vectors[j] as SparseVector;
    const dots = new Map<number, number>();
    for (let k = 0; k < v.ids.length; k++) {
      const list = postings.get(v.ids[k] as number);
      if (list === undefined) continue;
      const w = v.weights[k] as number;
      for (let m = 0; m < list.rows.length; m++) {
        const row = list.rows[m] as number;
        dots.set(row, (dots.get(row) ?? 0) + w * (list.weights[m] as number));
      }
    }
    for (const [row, dot] of dots) out[pairOffset(n, j, row)] = 1 - dot;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      let list = postings.get(id);
      if (list === undefined) postings.set(id, (list = { rows: [], weights: [] }));
      list.rows.push(j);
      list.weights.push(v.weights[k] as number);
    }
  }
  return out;
}

/**
 * The merges of average linkage whose distance is below `threshold`, as pairs of representative
 * records (each merged cluster is represented by one of its two representatives, which keeps its row
 * of the matrix). Deterministic: ties go to the lower index, and to the chain's previous element first.
 */
function nearestNeighbourChain(n: number, d: Float32Array, threshold: number): [number, number][] {
  const size = new Float64Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const at = (i: number, j: number) => d[i < j ? pairOffset(n, i, j) : pairOffset(n, j, i)] as number;
  const merges: [number, number][] = [];
  const chain: number[] = [];
  let next = 0;
  for (;;) {
    if (chain.length === 0) {
      while (next < n && active[next] === 0) next++;
      if (next >= n) break;
      chain.push(next);
    }
    const a = chain[chain.length - 1] as number;
    const previous = chain.length > 1 ? (chain[chain.length - 2] as number) : -1;
    let best = previous;
    let bestDistance = previous >= 0 ? at(a, previous) : Infinity;
    for (let j = 0; j < n; j++) {
      if (j === a || active[j] === 0) continue;
      const dj = at(a, j);
      if (dj < bestDistance) {
        best = j;
        bestDistance = dj;
      }
    }
    if (best < 0 || bestDistance >= threshold) {
      // Nothing is close enough to `a` now, and merging others only averages distances it already has.
      active[a] = 0;
      chain.pop();
      continue;
    }
    if (best !== previous) {
      chain.push(best);
      continue;
    }
    chain.pop();
    chain.pop();
    // Merge `best` into `a`: a's row becomes the size-weighted mean of both rows (Lance–Williams, average linkage).
    const sa = size[a] as number;
    const sb = size[best] as number;
    for (let k = 0; k < n; k++) {
      if (k === a || k === best || active[k] === 0) continue;
      const merged = (sa * at(a, k) + sb * at(best, k)) / (sa + sb);
      d[a < k ? pairOffset(n, a, k) : pairOffset(n, k, a)] = merged;
    }
    size[a] = sa + sb;
    active[best] = 0;
    merges.push([a, best]);
  }
  return merges;
}
