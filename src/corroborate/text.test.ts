import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { UnionFind, candidatePairs, editDistance, lemma, undot } from './text.js';
import { jaccard } from '../text/similarity.js';

describe('candidatePairs', () => {
  it('finds every pair a brute-force Jaccard scan finds', () => {
    const set = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { maxLength: 6 }).map((xs) => new Set(xs));
    fc.assert(
      fc.property(fc.array(set, { maxLength: 12 }), fc.constantFrom(0.25, 0.5, 0.75), (sets, t) => {
        const found = new Set(candidatePairs(sets, t).map(([i, j]) => `${i},${j}`));
        for (let i = 0; i < sets.length; i++) {
          for (let j = i + 1; j < sets.length; j++) {
            const a = sets[i] ?? new Set<string>();
            const b = sets[j] ?? new Set<string>();
            if (a.size > 0 && b.size > 0 && jaccard(a, b) >= t) expect(found.has(`${i},${j}`)).toBe(true);
          }
        }
      }),
    );
  });
});

describe('lemma', () => {
  it.each([
    ['casualties', 'casualty'],
    ['resigned', 'resign'],
    ['talks', 'talk'],
    ['stopped', 'stop'],
    ['meeting', 'meet'],
    ['crisis', 'crisis'],
    ['Ukrainians', 'ukrainian'],
  ])('%s → %s', (word, out) => {
    expect(lemma(word)).toBe(out);
  });
});

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['zelenski', 'zelenski', 0],
    ['iermak', 'iermolenko', 5],
  ])('%s ~ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('stops early past the limit', () => {
    expect(editDistance('iermak', 'iermolenko', 1)).toBe(2);
  });
});

describe('undot', () => {
  it.each([
    ['The U.S. team', 'The US team'],
    ['U.K.-based', 'UK-based'],
    ['Mr. Smith.', 'Mr. Smith.'],
  ])('%s → %s', (input, out) => {
    expect(undot(input)).toBe(out);
  });
});

describe('UnionFind', () => {
  it('gives the same groups whatever the order of unions', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }))), (edges) => {
        const keys = Array.from({ length: 10 }, (_, i) => `k${i}`);
        const a = new UnionFind();
        const b = new UnionFind();
        for (const [x, y] of edges) a.union(`k${x}`, `k${y}`);
        for (const [x, y] of [...edges].reverse()) b.union(`k${y}`, `k${x}`);
        expect(a.groups(keys)).toEqual(b.groups(keys));
      }),
    );
  });
});
