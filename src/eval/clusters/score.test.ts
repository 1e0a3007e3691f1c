import { describe, expect, it } from 'vitest';
import { ParallaxError } from '../../errors.js';
import { evaluateClusters, formatClusterReport, parseClusterGold, scorePartition, SHUFFLES } from './index.js';

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
