import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowerSameLength } from './fold.js';

describe('lowerSameLength', () => {
  it('lowercases dotted capitals without lengthening the text', () => {
    expect('İSTANBUL'.toLowerCase().length).toBe(9);
    expect(lowerSameLength('İSTANBUL')).toBe('istanbul');
  });

  it('keeps characters whose case forms change length and lowercases the rest', () => {
    expect(lowerSameLength('Straße ẞ ﬃ ŉ ǰ İzmir')).toBe('straße ß ﬃ ŉ ǰ izmir');
  });

  it('keeps the length and equals toLowerCase wherever that keeps the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const folded = lowerSameLength(s);
        expect(folded.length).toBe(s.length);
        if (s.toLowerCase().length === s.length) expect(folded).toBe(s.toLowerCase());
      }),
    );
  });
});
