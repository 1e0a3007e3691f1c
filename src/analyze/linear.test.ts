/**
 * Hostile texts: each pattern that once made a step quadratic (a rescan of the text, a search of
 * every name or date per word) is analysed at n and at 4n characters. Linear work grows about 4
 * times; the old code grew 12–16 times and took minutes at a megabyte. The bounds are generous
 * for a noisy shared machine: a ratio under 10 and well under a minute for the larger input.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './index.js';
import { articleFromText, fill } from './test-helpers.js';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SYLLABLES = ['ka', 'lo', 'mir', 'ten', 'va', 'dos', 'ri', 'an', 'bel', 'cor', 'un', 'es'];

/** A made-up capitalised word, different for each index. */
function capitalised(i: number): string {
  let word = '';
  for (let n = i + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} `;
}


const PATTERNS: [string, (i: number) => string][] = [
  ['"Mr. " repeated', () => 'Mr. '],
  ['weekday names', (i) => `${WEEKDAYS[i % 7]} `],
  ['distinct capitalised words', capitalised],
  ['dates', (i) => `on ${MONTHS[i % 12]} ${(i % 28) + 1}, ${1990 + (i % 40)} `],
  ['figures', (i) => `${(i % 997) + 3} people and ${(i % 89) + 1}.5 km, `],
  ['one long sentence with "said"', (i) => (i === 500 ? 'the minister said that ' : `word${i % 50} `)],
  ['case folding that changes length', (i) => (i % 3 === 0 ? 'ﬃ ẞ İ ' : 'Straße ŉ ǰ ')],
  ['Turkish dotted capitals', (i) => `İSTANBUL İZMİR Dİ${i % 10} `],
  ['full names and their surnames', (i) => `Ana ${capitalised(i).trim()} met officials. ${capitalised(i).trim()} said so. `],
];

/** Seconds to analyse the pattern at `chars` characters. */
function seconds(unit: (i: number) => string, chars: number): number {
  const article = articleFromText(fill(chars, unit));
  const started = performance.now();
  const analysis = analyze(article);
  const took = (performance.now() - started) / 1000;
  // Every span still slices the article text.
  for (const m of analysis.mentions) expect(m.end).toBeLessThanOrEqual(article.text.length);
  return took;
}

describe('analysis on hostile text', () => {
  const n = 40_000;
  it.each(PATTERNS)('grows linearly on %s', (_name, unit) => {
    seconds(unit, n / 4); // warm-up: model loading and compilation are not part of the growth
    const small = Math.max(seconds(unit, n), 0.05);
    const large = seconds(unit, 4 * n);
    expect(large).toBeLessThan(60);
    expect(large / small).toBeLessThan(10);
  }, 180_000);
});
