import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dot, intersectionSize, jaccard, overlapCoefficient, unitVector } from './similarity.js';

describe('similarity', () => {
  it.each([
    [['a', 'b'], ['b', 'c'], 1 / 3, 1 / 2],
    [['a'], ['a', 'b'], 1 / 2, 1],
    [[], [], 0, 0],
    [['a'], [], 0, 0],
  ])('jaccard and overlap of %j and %j', (a, b, j, o) => {
    expect(jaccard(new Set(a), new Set(b))).toBeCloseTo(j);
    expect(overlapCoefficient(new Set(a), new Set(b))).toBeCloseTo(o);
  });

  it('is symmetric and bounded by 1', () => {
    fc.assert(fc.property(fc.array(fc.nat(20)), fc.array(fc.nat(20)), (xs, ys) => {
      const a = new Set(xs);
      const b = new Set(ys);
      expect(intersectionSize(a, b)).toBe(intersectionSize(b, a));
      expect(jaccard(a, b)).toBe(jaccard(b, a));
      expect(jaccard(a, b)).toBeLessThanOrEqual(overlapCoefficient(a, b));
      expect(overlapCoefficient(a, b)).toBeLessThanOrEqual(1);
    }));
  });

  it('gives cosine (dot of unit vectors) 1 for parallel vectors, 0 for orthogonal or empty ones', () => {
    const cosine = (a: Map<string, number>, b: Map<string, number>) => dot(unitVector(a), unitVector(b));
    expect(cosine(new Map([['a', 1], ['b', 2]]), new Map([['a', 2], ['b', 4]]))).toBeCloseTo(1);
    expect(cosine(new Map([['a', 1]]), new Map([['b', 1]]))).toBe(0);
    expect(cosine(new Map(), new Map([['b', 1]]))).toBe(0);
    const unit = unitVector(new Map([['a', 3], ['b', 4]]));
    expect(unit.get('a')).toBeCloseTo(0.6);
    expect(unit.get('b')).toBeCloseTo(0.8);
    expect(dot(new Map([['a', 0.6]]), new Map([['a', 0.5], ['b', 1]]))).toBeCloseTo(0.3);
  });
});
