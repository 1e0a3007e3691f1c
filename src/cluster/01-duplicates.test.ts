import { describe, it, expect } from 'vitest';
import { findDuplicates, shingles } from './01-duplicates.js';
import { jaccard } from '../text/similarity.js';
import { DEFAULT_CLUSTER_OPTIONS } from './index.js';
import { makeItem, readFixture } from './test-helpers.js';
import type { AnalyzedArticle, CopyLink } from '../types.js';

const FIXTURES = [
  ['wire', '2025-03-04T08:00:00Z'],
  ['syndicated-1', '2025-03-04T09:30:00Z'],
  ['syndicated-2', '2025-03-04T11:00:00Z'],
  ['rewrite', '2025-03-04T14:00:00Z'],
  ['unrelated', '2025-03-01T10:00:00Z'],
] as const;

function fixtures(): AnalyzedArticle[] {
  return FIXTURES.map(([name, publishedAt]) => makeItem(name, readFixture(`${name}.txt`), { publishedAt }));
}

function linkOf(copies: CopyLink[], a: string, b: string): CopyLink | undefined {
  return copies.find((c) => (c.from === a && c.to === b) || (c.from === b && c.to === a));
}

describe('shingles and jaccard', () => {
  it.each([
    ['one two three four five six', 5, 2],
    ['one two three', 5, 1],
    ['', 5, 0],
    ['a b a b a b', 2, 2],
  ])('%j with k=%i has %i shingles', (text, k, size) => {
    expect(shingles(text, k).size).toBe(size);
  });

  it('ignores case and punctuation', () => {
    expect(jaccard(shingles('The Port, said: "Yes"!', 2), shingles('the port said yes', 2))).toBe(1);
  });

  it('is 0 for disjoint and empty sets', () => {
    expect(jaccard(new Set([1]), new Set([2]))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe('findDuplicates on the copy fixtures', () => {
  const { copies, similarity } = findDuplicates(fixtures(), DEFAULT_CLUSTER_OPTIONS);

  it.each([
    ['wire', 'syndicated-1', 'syndicated'],
    ['wire', 'syndicated-2', 'syndicated'],
    ['wire', 'rewrite', 'rewrite'],
  ])('links %s → %s as %s', (from, to, kind) => {
    expect(linkOf(copies, from, to)).toMatchObject({ from, to, kind });
  });

  it('reports the group once: each copy linked to the earliest article, not every pair', () => {
    expect(copies.map((c) => `${c.from}>${c.to}`)).toEqual(['wire>rewrite', 'wire>syndicated-1', 'wire>syndicated-2']);
    expect(similarity('syndicated-1', 'rewrite')).toBeGreaterThan(DEFAULT_CLUSTER_OPTIONS.rewriteSimilarity);
  });

  it('calls two copies that credit the same wire syndicated', () => {
    const pair = fixtures().filter((i) => i.article.id.startsWith('syndicated-'));
    expect(findDuplicates(pair, DEFAULT_CLUSTER_OPTIONS).copies).toMatchObject([{ from: 'syndicated-1', to: 'syndicated-2', kind: 'syndicated' }]);
  });

  it('does not link the same-topic article about another event', () => {
    expect(copies.filter((c) => c.from === 'unrelated' || c.to === 'unrelated')).toEqual([]);
    expect(similarity('wire', 'unrelated')).toBeLessThan(0.05);
  });

  it('measures light edits far above the rewrite and the rewrite far above unrelated text', () => {
    expect(similarity('wire', 'syndicated-1')).toBeGreaterThan(0.75);
    expect(similarity('wire', 'syndicated-2')).toBeGreaterThan(0.6);
    expect(similarity('wire', 'rewrite')).toBeGreaterThan(0.25);
    expect(similarity('wire', 'rewrite')).toBeLessThan(0.45);
  });
});

/** Sixty distinct words starting at `from`: two such texts share the words their ranges share. */
function numbered(from: number, count: number): string {
  return Array.from({ length: count }, (_, i) => `word${String.fromCharCode(97 + ((from + i) % 26))}${Math.floor((from + i) / 26)}`).join(' ');
}

/** `count` articles of one short paragraph, each with one word of its own, one a minute. */
function nearIdentical(count: number): AnalyzedArticle[] {
  return Array.from({ length: count }, (_, i) => makeItem(`n${String(i).padStart(5, '0')}`,
    `The harbour council voted on Thursday to close the old ferry pier after engineers found deep cracks near ${numbered(i, 1)} in its pilings, ` +
      'and the council chair said the repairs would cost more than the pier earns in ten years, so a new landing will be built beside the marina.',
    { publishedAt: new Date(Date.UTC(2025, 2, 4) + i * 60_000).toISOString() }));
}

describe('findDuplicates on thousands of near-identical articles', () => {
  const small = nearIdentical(1000);
  const large = [...small, ...nearIdentical(4000).slice(1000)];
  const run = (items: AnalyzedArticle[]) => findDuplicates(items, DEFAULT_CLUSTER_OPTIONS, () => 's');
  const [atN, at4N] = [run(small), run(large)];

  it('reports one group: every copy once, linked to the earliest article', () => {
    expect(at4N.copies).toHaveLength(3999);
    expect(new Set(at4N.copies.map((c) => c.to)).size).toBe(3999);
    expect(at4N.copies.every((c) => c.from === 'n00000' && c.kind === 'syndicated')).toBe(true);
  });

  it('compares each article with a bounded number of others, so work grows linearly', () => {
    expect(at4N.comparisons).toBeLessThanOrEqual(4000 * (DEFAULT_CLUSTER_OPTIONS.copyCandidates + 1));
    expect(at4N.comparisons / atN.comparisons).toBeLessThan(6);
  });
});

describe('findDuplicates kinds and direction', () => {
  const text = readFixture('wire.txt');

  it('calls identical normalised bodies exact, whatever the title and credit', () => {
    const a = makeItem('b-copy', text, { publishedAt: '2025-03-05' });
    const b = makeItem('a-orig', `${text.replace(/^# .*$/m, '# Another headline')}\nWith information from Other Wire.`, {
      publishedAt: '2025-03-04',
    });
    const { copies } = findDuplicates([a, b], DEFAULT_CLUSTER_OPTIONS);
    expect(copies).toEqual([{ from: 'a-orig', to: 'b-copy', similarity: 1, kind: 'exact' }]);
  });

  it('points from the earlier article even when its id sorts later', () => {
    const early = makeItem('zz', text, { publishedAt: '2025-03-04' });
    const late = makeItem('aa', readFixture('syndicated-1.txt'), { publishedAt: '2025-03-06' });
    expect(findDuplicates([late, early], DEFAULT_CLUSTER_OPTIONS).copies[0]).toMatchObject({ from: 'zz', to: 'aa' });
  });

  it('points from the smaller id when dates are unknown', () => {
    const x = makeItem('m2', text);
    const y = makeItem('m1', readFixture('syndicated-1.txt'));
    expect(findDuplicates([x, y], DEFAULT_CLUSTER_OPTIONS).copies[0]).toMatchObject({ from: 'm1', to: 'm2' });
  });

  it('upgrades a rewrite to syndicated when both credit the same wire', () => {
    const credit = '\nWith information from Meridian Press.';
    const a = makeItem('a', text + credit);
    const b = makeItem('b', readFixture('rewrite.txt') + credit);
    const plain = findDuplicates([makeItem('a', text), makeItem('b', readFixture('rewrite.txt'))], DEFAULT_CLUSTER_OPTIONS);
    expect(plain.copies[0]?.kind).toBe('rewrite');
    expect(findDuplicates([a, b], DEFAULT_CLUSTER_OPTIONS).copies[0]?.kind).toBe('syndicated');
  });

  it('finds the same copies through LSH bands and MinHash estimates in large-batch mode', () => {
    const large = { ...DEFAULT_CLUSTER_OPTIONS, allPairsLimit: 0, exactVerifyLimit: 0 };
    const { copies } = findDuplicates(fixtures(), large);
    expect(linkOf(copies, 'wire', 'syndicated-1')?.kind).toBe('syndicated');
    expect(linkOf(copies, 'wire', 'rewrite')?.kind).toBe('rewrite');
    expect(linkOf(copies, 'wire', 'unrelated')).toBeUndefined();
    const exact = findDuplicates(fixtures(), DEFAULT_CLUSTER_OPTIONS);
    for (const c of copies) {
      expect(Math.abs(c.similarity - exact.similarity(c.from, c.to))).toBeLessThan(0.12);
    }
  });

  it('ties a chain together through the middle article when its ends share nothing', () => {
    const [a, b, c] = [0, 30, 60].map((from, i) => makeItem(`c${i}`, numbered(from, 60), { publishedAt: `2025-03-0${i + 1}` }));
    const { copies, similarity } = findDuplicates([a!, b!, c!], DEFAULT_CLUSTER_OPTIONS);
    expect(similarity('c0', 'c2')).toBe(0);
    expect(copies.map((l) => `${l.from}>${l.to}:${l.kind}`)).toEqual(['c0>c1:rewrite', 'c1>c2:rewrite']);
  });

  it('links copies inside their own story first, so a story keeps its copies when the earliest is elsewhere', () => {
    const story: Record<string, string> = { first: 'y', second: 'x', third: 'x' };
    const items = ['first', 'second', 'third'].map((id, i) => makeItem(id, text, { publishedAt: `2025-03-0${i + 1}` }));
    const { copies } = findDuplicates(items, DEFAULT_CLUSTER_OPTIONS, (id) => story[id] ?? '');
    expect(copies).toHaveLength(2);
    expect(linkOf(copies, 'second', 'third')).toMatchObject({ from: 'second', to: 'third', kind: 'exact' });
    expect(copies.filter((l) => l.to === 'third')).toHaveLength(1);
  });

  it('ignores articles without body text', () => {
    const empty = makeItem('empty', '# Only a title');
    expect(findDuplicates([empty, makeItem('other', '# Only a title')], DEFAULT_CLUSTER_OPTIONS).copies).toEqual([]);
  });
});
