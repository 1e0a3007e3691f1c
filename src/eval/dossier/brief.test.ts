/** End to end: the real pipeline briefs the invented dock-strike story and the scorer reads its dossier. */
import { describe, expect, it } from 'vitest';
import { brief } from '../../index.js';
import { isParallaxError } from '../../errors.js';
import { parseDossierGold } from './01-gold.js';
import { briefGold } from './02-brief.js';
import { scoreDossier } from './03-score.js';
import { ARTICLES, storyGold } from './test-story.js';

const gold = parseDossierGold(JSON.stringify(storyGold()), 'corvell.json');
const result = briefGold(gold, 'corvell.json');

/** The Brief without where each article was read from (a path for files, the id in memory). */
const withoutSources = (b: ReturnType<typeof brief>) => ({ ...b, stories: b.stories.map((s) => ({ ...s, articles: s.articles.map((a) => ({ ...a, source: '' })) })) });

describe('briefGold', () => {
  it('gives the dossier the pipeline gives the same articles with the same metadata', () => {
    const library = brief(ARTICLES.map((a) => ({ ...a })));
    expect(withoutSources(result)).toEqual(withoutSources(library));
  });

  it('keeps the gold ids and texts, so citations index the gold offsets', () => {
    const briefed = result.stories.flatMap((s) => s.articles);
    expect(briefed.map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3']);
    for (const a of briefed) expect(a.text).toBe(ARTICLES.find((g) => g.id === a.id)!.text);
  });

  it('fails loudly when reading would change a text (CRLF line ends) instead of mis-scoring', () => {
    const crlf = parseDossierGold(JSON.stringify({ ...storyGold(), articles: [{ ...ARTICLES[0], text: 'Dockworkers walked out.\r\nThe port closed.' }, ARTICLES[1], ARTICLES[2]], figures: [], furniture: [], quotes: [], events: [] }), 'crlf.json');
    expect(() => briefGold(crlf, 'crlf.json')).toThrow(/crlf.json: article "a1" was briefed with a text that differs from the gold text/);
  });

  it('fails loudly when reading would change an id', () => {
    const spaced = parseDossierGold(JSON.stringify({ ...storyGold(), articles: [{ ...ARTICLES[0], id: ' a1 ' }, ARTICLES[1], ARTICLES[2]], figures: [], furniture: [], quotes: [], events: [] }), 'spaced.json');
    try {
      briefGold(spaced, 'spaced.json');
      throw new Error('accepted');
    } catch (err) {
      expect(isParallaxError(err, 'INPUT_UNREADABLE')).toBe(true);
      expect((err as Error).message).toContain('article " a1 " is read as "a1"');
    }
  });
});

describe('scoring the real dossier of the invented story', () => {
  const score = scoreDossier(gold, result);

  it('finds the rising strike count as the one right disagreement and catches its key', () => {
    expect(score.counts.disagreements).toEqual({ reported: 1, right: 1 });
    expect(score.counts.caught).toEqual({ keys: 1, caught: 1 });
    expect(score.counts.compatible.wrong).toBe(0);
  });

  it('keeps the photo credit out of every citation and keeps all three articles in one dossier', () => {
    expect(score.counts.furniture.leaked).toBe(0);
    expect(score.counts.furniture.spans).toBeGreaterThan(0);
    expect(score.counts.story).toEqual({ articles: 3, kept: 3, dossiers: 1 });
  });

  it('finds both quotes with the right speakers, counts outlets and dates the events right', () => {
    expect(score.counts.speakers).toEqual({ gold: 2, found: 2, matched: 2 });
    expect(score.counts.outlets).toMatchObject({ overCounted: 0, independentOverN: 0 });
    expect(score.counts.dates.wrong).toBe(0);
    expect(score.counts.dates.entries).toBeGreaterThan(0);
  });
});
