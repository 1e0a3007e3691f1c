/**
 * The stages after analysis on hostile text: two outlets that each give thousands of figures, or
 * name thousands of people and places, must cost corroboration and the brief (facts, figures,
 * actors, summary, timeline) about 4 times as much at 4 times the size, not 16 times.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { articleFromText, fill } from '../src/analyze/test-helpers.js';
import { composeBrief } from '../src/brief/index.js';
import { corroborate } from '../src/corroborate/index.js';
import type { AnalyzedArticle, Story } from '../src/types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];


const PATTERNS: [string, (i: number) => string][] = [
  ['figures', (i) => `Officials said ${(i % 997) + 3} people were moved and ${(i % 89) + 1}.5 km of road closed. `],
  ['dated meetings', (i) => `Officials met in Oslo on ${MONTHS[i % 12]} ${(i % 28) + 1}, ${1990 + (i % 40)}. `],
  ['names', (i) => `Minister Ana Vel${i % 500} met Jon Kar${i % 700} in Bergen. Vel${i % 500} said the talks went well. `],
  // One short quote over and over: every copy shares the one key of quote grouping.
  ['the same short quotes', (i) => `“said Kim ${i % 10} `],
];

/** Seconds to corroborate and brief two analysed outlets of the pattern at `chars` characters each. */
function seconds(unit: (i: number) => string, chars: number): number {
  const items: AnalyzedArticle[] = ['a', 'b'].map((id) => {
    const article = { ...articleFromText(fill(chars, unit), id), publishedAt: '2025-11-30' };
    return { article, analysis: analyze(article) };
  });
  const story: Story = { id: 's', articleIds: items.map((i) => i.article.id), events: [] };
  const started = performance.now();
  const dossier = corroborate(story, items, []);
  composeBrief(story, items, dossier, []);
  return (performance.now() - started) / 1000;
}

describe('corroboration and brief on hostile text', () => {
  // Sizes past the candidate caps of matching (500 per claim): below them the pairs per claim still
  // grow with the text, so 12,000 → 48,000 characters read 8–10× for bounded, linear work.
  const n = 24_000;
  it.each(PATTERNS)('grow about linearly with %s in two outlets', (_name, unit) => {
    seconds(unit, n / 4);
    // The faster of two runs each: one pause of a shared machine must not read as growth.
    const small = Math.max(Math.min(seconds(unit, n), seconds(unit, n)), 0.05);
    const large = Math.min(seconds(unit, 4 * n), seconds(unit, 4 * n));
    expect(large).toBeLessThan(60);
    expect(large / small).toBeLessThan(10);
  }, 300_000);
});

describe('quote groups of one short quote repeated', () => {
  it('corroborate 20,000 copies of a short quote in seconds (every pair once took minutes)', () => {
    const unit = (i: number): string => `“said Kim ${i % 10} `;
    expect(seconds(unit, 300_000)).toBeLessThan(20);
  }, 300_000);
});
