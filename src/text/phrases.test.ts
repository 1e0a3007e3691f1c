import { describe, expect, it } from 'vitest';
import { phraseAlternation } from './phrases.js';

describe('phraseAlternation', () => {
  it('matches each phrase across any whitespace and escapes regex characters', () => {
    const re = new RegExp(`^(?:${phraseAlternation(['set to', 'a.m.', 'c++'])})$`, 'i');
    expect(re.test('set \n to')).toBe(true);
    expect(re.test('a.m.')).toBe(true);
    expect(re.test('axmx')).toBe(false);
    expect(re.test('c++')).toBe(true);
  });
});
