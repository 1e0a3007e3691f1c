import { describe, expect, it } from 'vitest';
import { append } from './arrays.js';

describe('append', () => {
  it('appends in place, in order', () => {
    const target = [1];
    expect(append(target, [2, 3])).toBe(target);
    expect(target).toEqual([1, 2, 3]);
  });

  it('appends more items than push(...items) can take as arguments', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(() => [0].push(...many)).toThrow(RangeError);
    expect(append([0], many)).toHaveLength(1_000_001);
  });
});
