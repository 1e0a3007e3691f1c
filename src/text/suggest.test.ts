import { describe, expect, it } from 'vitest';
import { closestName, didYouMean, editDistance } from './suggest.js';

describe('closestName', () => {
  it.each([
    ['frmat', ['format', 'published', 'sentences'], 'format'],
    ['fromat', ['format', 'db'], 'format'],
    ['JSON', ['md', 'json', 'html'], 'json'],
    ['sentence', ['sentences', 'as-of'], 'sentences'],
    ['maxbyte', ['maxBytes', 'workers'], 'maxBytes'],
    ['pdf', ['md', 'json', 'html', 'claimreview', 'text'], null],
    ['bogus', ['format', 'published'], null],
  ])('suggests for %j among %j: %j', (typed, known, expected) => {
    expect(closestName(typed, known)).toBe(expected);
  });

  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('fromat', 'format')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('phrases the hint, or says nothing', () => {
    expect(didYouMean('frmat', ['format'], (n) => `--${n}`)).toBe(' (did you mean --format?)');
    expect(didYouMean('zzz', ['format'])).toBe('');
  });
});
