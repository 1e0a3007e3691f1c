import { describe, expect, it } from 'vitest';
import { isIsoDate, readMeta } from './meta.js';

describe('isIsoDate', () => {
  it.each([
    ['2025-12-02', true],
    ['2025-12', true],
    ['2025-12-02T10:00', true],
    ['2025-12-02T10:00:00Z', true],
    ['2025-12-02T10:00:00.123+02:00', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-12-02T25:00:00Z', false],
    ['2 December 2025', false],
    ['12/02/2025', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('readMeta', () => {
  it('keeps string fields, drops null and empty ones', () => {
    expect(readMeta({ title: ' Talks ', outlet: null, url: '', byline: 'Ann Lee', other: 3 })).toEqual({ meta: { title: 'Talks', byline: 'Ann Lee' } });
  });

  it('reports a field of the wrong type and a bad date', () => {
    expect(readMeta({ title: 5 }).problem).toEqual({ field: 'title', reason: 'type' });
    expect(readMeta({ published: 'yesterday' }).problem).toEqual({ field: 'published', reason: 'date' });
  });
});
