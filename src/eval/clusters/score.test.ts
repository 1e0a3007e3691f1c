import { describe, expect, it } from 'vitest';
import { ParallaxError } from '../../errors.js';
import { seededRandom } from '../../text/random.js';
import { averageLinkageClusters, evaluateClusters, formatClusterReport, parseClusterGold, scorePartition, SHUFFLES } from './index.js';

describe('scorePartition', () => {
  it('scores the gold partition as perfect, whatever the cluster names', () => {
    const s = scorePartition(['x', 'x', 'y', 'z'], ['p', 'p', 'q', 'r']);
    expect(s.bcubed).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.pairwise.f1).toBe(1);
    expect(s.nmi).toBeCloseTo(1, 12);
    expect(s.clusters).toBe(3);
  });

  it('matches a hand-computed case', () => {
    // Gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}.
    const s = scorePartition(['x', 'x', 'x', 'y', 'y'], ['a', 'a', 'b', 'b', 'b']);
    // Per item precision 1, 1, 1/3, 2/3, 2/3 and recall 2/3, 2/3, 1/3, 1, 1: both means 11/15.
    expect(s.bcubed.precision).toBeCloseTo(11 / 15, 12);
    expect(s.bcubed.recall).toBeCloseTo(11 / 15, 12);
    expect(s.bcubed.f1).toBeCloseTo(11 / 15, 12);
    // Pairs together in both: 2 of 4 predicted pairs and 2 of 4 gold pairs.
    expect(s.pairwise).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    // MI 0.29110 nats over the mean entropy 0.67301.
    expect(s.nmi).toBeCloseTo(0.4325, 4);
  });

  it('gives everything-in-one-cluster full recall and low precision', () => {
    const s = scorePartition(['x', 'x', 'y', 'y'], ['a', 'a', 'a', 'a']);
    expect(s.bcubed.recall).toBe(1);
    expect(s.bcubed.precision).toBe(0.5);
    expect(s.nmi).toBe(0);
  });
});

describe('parseClusterGold', () => {
  it('reads ids, labels, titles and each kind of date as ISO', () => {
    const text = [
      '{"id": 1, "label": 7, "text": "Rates rise", "timestamp": 1394470370698}',
      '',
      '{"id": "b", "label": "e", "text": "Body", "title": " Title ", "date": "2017-09-15T00:00:00"}',
      '{"id": "c", "label": "e", "text": "Body", "published": "2017-09-16"}',
    ].join('\n');
    expect(parseClusterGold(text, 'g.jsonl')).toEqual([
      { id: '1', label: '7', text: 'Rates rise', published: '2014-03-10T16:52:50.698Z' },
      { id: 'b', label: 'e', text: 'Body', title: 'Title', published: '2017-09-15T00:00:00' },
      { id: 'c', label: 'e', text: 'Body', published: '2017-09-16' },
    ]);
  });

  it.each([
    ['{"id": 1, "label": "a"', 'g.jsonl:1: not valid JSON'],
    ['{"id": 1, "text": "t"}', 'g.jsonl:1: "label" must be'],
    ['{"id": 1, "label": "a", "text": "t", "date": "yesterday"}', '"date" must be an ISO 8601 date'],
    ['{"id": 1, "label": "a", "text": "t"}\n{"id": 1, "label": "b", "text": "u"}', 'g.jsonl:2: id "1" appears twice'],
  ])('names the file and line of a bad record: %s', (text, message) => {
    expect(() => parseClusterGold(text, 'g.jsonl')).toThrow(ParallaxError);
    expect(() => parseClusterGold(text, 'g.jsonl')).toThrow(message);
  });
});

describe('evaluateClusters', () => {
  const records = [
    { id: 'b1', label: 'bridge', text: 'The Corvell bridge over the Ansa river collapsed on Monday night. Engineer Maren Tosk said corrosion had weakened the steel cables.' },
    { id: 'b2', label: 'bridge', text: 'Divers searched the Ansa river after the Corvell bridge collapsed. Maren Tosk, the engineer, blamed corroded cables.' },
    { id: 'e1', label: 'vote', text: 'Voters in Lindmark elected Sera Obuya as mayor on Sunday, ending twelve years of rule by the Harbor Party.' },
    { id: 'e2', label: 'vote', text: 'Sera Obuya won the Lindmark mayoral vote. The Harbor Party conceded and congratulated the new mayor.' },
    { id: 'x', label: 'empty', text: '   ' },
  ];

  it('feeds the articles in several orders, scores each, and keeps a record it cannot read as a story of its own', () => {
    const report = evaluateClusters(records, 'inline');
    expect(report.shuffles).toHaveLength(SHUFFLES);
    expect(report.bcubed.f1).toBe(1);
    expect(report.bcubedMinF1).toBe(1);
    expect(report.clusters).toBe(3);
    expect(report.failures.map((f) => f.source)).toEqual(['inline#x']);
    expect(report.articlesPerSecond).toBeGreaterThan(0);
    const json = JSON.parse(formatClusterReport(report, true)) as Record<string, unknown>;
    for (const key of ['bcubed', 'bcubedMinF1', 'pairwiseF1', 'nmi', 'clusters', 'articlesPerSecond']) expect(json).toHaveProperty(key);
    expect(formatClusterReport(report, false)).toContain('not analysed: 1');
  });
});

describe('averageLinkageClusters (the offline baseline)', () => {
  it('joins records that share their words and leaves an unrelated one alone', () => {
    const clusters = averageLinkageClusters([
      { title: 'Corvell bridge collapses', text: 'The Corvell bridge over the Ansa river collapsed.' },
      { text: 'Divers search the Ansa river after the Corvell bridge collapsed.' },
      { text: 'Voters in Lindmark elected a new mayor.' },
      { text: '' },
    ]);
    expect(clusters).toEqual([0, 0, 2, 3]);
  });

  it('cuts the dendrogram exactly where a naive average-linkage search does', () => {
    const rand = seededRandom(42);
    const vocabulary = ['ansa', 'bridge', 'river', 'mayor', 'vote', 'storm', 'flood', 'court', 'trial', 'strike', 'port', 'wage'];
    for (let round = 0; round < 20; round++) {
      const records = Array.from({ length: 6 + Math.floor(rand() * 25) }, () => ({
        text: Array.from({ length: 2 + Math.floor(rand() * 5) }, () => vocabulary[Math.floor(rand() * vocabulary.length)]).join(' '),
      }));
      const threshold = 0.5 + rand() * 0.45;
      expect(samePartition(averageLinkageClusters(records, threshold), naiveAverageLinkage(records, threshold))).toBe(true);
    }
  });
});

/** The textbook O(n³) algorithm: repeatedly merge the closest pair of clusters by mean pairwise cosine distance. */
function naiveAverageLinkage(records: { text: string }[], threshold: number): number[] {
  const vectors = records.map((r) => {
    const tf = new Map<string, number>();
    for (const w of r.text.split(' ')) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of vectors) for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = records.length;
  const unitVectors = vectors.map((tf) => {
    const v = new Map([...tf].map(([w, c]) => [w, c * (Math.log((1 + n) / (1 + (df.get(w) ?? 0))) + 1)]));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
    return new Map([...v].map(([w, x]) => [w, x / norm]));
  });
  const distance = (i: number, j: number) => 1 - [...(unitVectors[i] ?? [])].reduce((s, [w, x]) => s + x * (unitVectors[j]?.get(w) ?? 0), 0);
  let clusters = records.map((_, i) => [i]);
  for (;;) {
    let best: [number, number, number] | null = null;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const ca = clusters[a] as number[];
        const cb = clusters[b] as number[];
        const mean = ca.reduce((s, i) => s + cb.reduce((t, j) => t + distance(i, j), 0), 0) / (ca.length * cb.length);
        if (mean < threshold && (best === null || mean < best[2])) best = [a, b, mean];
      }
    }
    if (best === null) break;
    const [a, b] = best;
    clusters = [...clusters.filter((_, k) => k !== a && k !== b), [...(clusters[a] as number[]), ...(clusters[b] as number[])]];
  }
  const out = new Array<number>(n).fill(0);
  clusters.forEach((members, k) => members.forEach((i) => (out[i] = k)));
  return out;
}

function samePartition(a: number[], b: number[]): boolean {
  const key = (labels: number[]) => new Set(labels.map((l) => labels.map((m) => (m === l ? 1 : 0)).join('')));
  const ka = key(a);
  const kb = key(b);
  return ka.size === kb.size && [...ka].every((k) => kb.has(k));
}
