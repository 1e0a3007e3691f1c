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
    ['syndicated-1', 'rewrite', 'rewrite'],
  ])('links %s → %s as %s', (from, to, kind) => {
    expect(linkOf(copies, from, to)).toMatchObject({ from, to, kind });
  });

  it('links the two copies that credit the same wire as syndicated', () => {
    expect(linkOf(copies, 'syndicated-1', 'syndicated-2')?.kind).toBe('syndicated');
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

  it('ignores articles without body text', () => {
    const empty = makeItem('empty', '# Only a title');
    expect(findDuplicates([empty, makeItem('other', '# Only a title')], DEFAULT_CLUSTER_OPTIONS).copies).toEqual([]);
  });
});
