/**
 * Step 2 of the clustering evaluation: compare a predicted partition with
 * the gold one. B-cubed (Bagga & Baldwin 1998; per item, averaged over
 * items), pairwise precision/recall/F1 over item pairs, and normalised mutual
 * information (arithmetic-mean normalisation, as scikit-learn's default). All
 * from one contingency table, so scoring is linear in the number of items.
 */

/** Precision, recall and their harmonic mean. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** How a predicted partition compares with the gold one. */
export interface PartitionScore {
  bcubed: Prf;
  pairwise: Prf;
  nmi: number;
  /** Predicted clusters. */
  clusters: number;
  /** Gold clusters. */
  goldClusters: number;
}

const harmonic = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/**
 * Scores predicted cluster ids against gold labels, item by item (the two arrays align).
 *
 * @example
 * scorePartition(['a', 'a', 'b'], ['x', 'x', 'x']).bcubed; // { precision: 1, recall: 0.556, f1: 0.714 } (rounded)
 */
export function scorePartition(gold: readonly string[], predicted: readonly string[]): PartitionScore {
  if (gold.length !== predicted.length) throw new Error(`scorePartition: ${gold.length} gold labels but ${predicted.length} predictions`);
  const n = gold.length;
  const g = numbered(gold);
  const p = numbered(predicted);
  const goldSize = tally(g.ids, g.count);
  const predSize = tally(p.ids, p.count);
  const cell = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = (g.ids[i] as number) * p.count + (p.ids[i] as number);
    cell.set(key, (cell.get(key) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < n; i++) {
    const gi = g.ids[i] as number;
    const pi = p.ids[i] as number;
    const both = cell.get(gi * p.count + pi) ?? 0;
    precision += both / (predSize[pi] as number);
    recall += both / (goldSize[gi] as number);
  }
  const pairs = (m: number) => (m * (m - 1)) / 2;
  const sumPairs = (c: Iterable<number>) => [...c].reduce((s, m) => s + pairs(m), 0);
  const together = sumPairs(cell.values());
  const predictedPairs = sumPairs(predSize);
  const goldPairs = sumPairs(goldSize);
  const pp = predictedPairs > 0 ? together / predictedPairs : 1;
  const pr = goldPairs > 0 ? together / goldPairs : 1;
  const bp = n > 0 ? precision / n : 1;
  const br = n > 0 ? recall / n : 1;
  return {
    bcubed: { precision: bp, recall: br, f1: harmonic(bp, br) },
    pairwise: { precision: pp, recall: pr, f1: harmonic(pp, pr) },
    nmi: nmi(n, goldSize, predSize, cell, p.count),
    clusters: p.count,
    goldClusters: g.count,
  };
}

/** Each distinct label as a number from 0, in order of first appearance. */
function numbered(labels: readonly string[]): { ids: Int32Array; count: number } {
  const seen = new Map<string, number>();
  const ids = Int32Array.from(labels, (l) => {
    let id = seen.get(l);
    if (id === undefined) seen.set(l, (id = seen.size));
    return id;
  });
  return { ids, count: seen.size };
}

function tally(ids: Int32Array, count: number): Float64Array {
  const out = new Float64Array(count);
  for (const id of ids) out[id] = (out[id] as number) + 1;
  return out;
}

function entropy(n: number, sizes: Float64Array): number {
  let h = 0;
  for (const m of sizes) h -= (m / n) * Math.log(m / n);
  return h;
}

/** Mutual information over the mean of the two entropies; 1 when both partitions are a single cluster. */
function nmi(n: number, goldSize: Float64Array, predSize: Float64Array, cell: Map<number, number>, predCount: number): number {
  if (n === 0) return 1;
  const hg = entropy(n, goldSize);
  const hp = entropy(n, predSize);
  if (hg === 0 && hp === 0) return 1;
  if (hg === 0 || hp === 0) return 0;
  let mi = 0;
  for (const [key, m] of cell) {
    const gi = Math.floor(key / predCount);
    const pi = key % predCount;
    mi += (m / n) * Math.log((m * n) / ((goldSize[gi] as number) * (predSize[pi] as number)));
  }
  return mi / ((hg + hp) / 2);
}
