import { describe, it, expect } from 'vitest';
import { bodyText, contentWords, normaliseName, shortId, words } from './00-text.js';
import { makeItem } from './test-helpers.js';

describe('words', () => {
  it.each([
    ['The U.S. envoy’s “talks”', ['the', 'u', 's', 'envoys', 'talks']],
    ['Café  Zürich, 2025!', ['cafe', 'zurich', '2025']],
    ['', []],
    ['— … —', []],
  ])('normalises %j', (input, expected) => {
    expect(words(input)).toEqual(expected);
  });
});

describe('contentWords', () => {
  it.each([
    ['The talks were held in the port', ['talk', 'held', 'port']],
    ['Negotiations said 3,400 members', ['negotiation', 'member']],
    ['the news about gas prices', ['news', 'gas', 'price']],
    ['cities and parties', ['city', 'party']],
  ])('keeps the content words of %j', (input, expected) => {
    expect(contentWords(input)).toEqual(expected);
  });
});

describe('normaliseName', () => {
  it('makes spacing, case and accents irrelevant', () => {
    expect(normaliseName('Hallandale  Beach')).toBe(normaliseName('hallandale beach'));
    expect(normaliseName('Zoë Brandt')).toBe('zoe brandt');
  });
});

describe('bodyText', () => {
  it('keeps paragraphs and bullets and drops titles, credits and boilerplate', () => {
    const item = makeItem(
      'a',
      '# Headline words\nFirst paragraph here.\n- A bullet point.\nWith information from Meridian Press.\n"*" indicates required fields',
    );
    expect(bodyText(item.article)).toBe('First paragraph here.\n- A bullet point.');
  });
});

describe('shortId', () => {
  it('is deterministic and short', () => {
    expect(shortId('s-', 'x')).toBe(shortId('s-', 'x'));
    expect(shortId('s-', 'x')).toMatch(/^s-[0-9a-f]{12}$/);
    expect(shortId('s-', 'x')).not.toBe(shortId('s-', 'y'));
  });
});
