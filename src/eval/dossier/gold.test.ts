/** Reading story gold strictly, and the speaker rule. */
import { describe, expect, it } from 'vitest';
import { isParallaxError } from '../../errors.js';
import { parseDossierGold } from './01-gold.js';
import { nameWords, speakerMatches } from './speaker-match.js';
import { storyGold } from './test-story.js';

const parse = (value: unknown) => parseDossierGold(JSON.stringify(value), 'corvell.json');

function rejects(value: unknown, message: RegExp): void {
  try {
    parse(value);
  } catch (err) {
    expect(isParallaxError(err, 'INPUT_BAD_JSON')).toBe(true);
    expect((err as Error).message).toMatch(message);
    return;
  }
  throw new Error('the gold was accepted');
}

describe('parseDossierGold', () => {
  it('reads the story: articles, figures with keys, verdicts, furniture, quotes and events', () => {
    const gold = parse(storyGold());
    expect(gold.story).toBe('corvell_dock_strike');
    expect(gold.articles.map((a) => [a.id, a.outlet])).toEqual([['a1', 'Harbour Wire'], ['a2', 'Coastal Daily'], ['a3', 'Coastal Daily']]);
    expect(gold.figures.map((f) => f.key)).toEqual(['strikers', 'strikers', 'ships a day', 'ships a day', null]);
    expect(gold.keys.strikers).toEqual({ verdict: 'changed', note: 'at least 200 on Monday, 450 by Wednesday' });
    expect(gold.quotes.map((q) => q.speaker)).toEqual(['Tomas Brenner', null]);
    expect(gold.events.map((e) => [e.date, e.mentions.length])).toEqual([['2026-03-02', 2], ['2026-03-04', 1]]);
  });

  it.each([
    ['a span whose text is not the article slice', (g: Record<string, unknown>) => ({ ...g, furniture: [{ article: 'a1', start: 0, end: 5, text: 'Video' }] }), /furniture 1: "text" is not the article's characters 0-5/],
    ['a span past the end of its article', (g: Record<string, unknown>) => ({ ...g, furniture: [{ article: 'a1', start: 0, end: 9999, text: '' }] }), /lies outside the text/],
    ['a span of an unknown article', (g: Record<string, unknown>) => ({ ...g, quotes: [{ article: 'zz', start: 0, end: 1, text: 'x', speaker: null }] }), /names no article of the file \("zz"\)/],
    ['an article id given twice', (g: Record<string, unknown>) => ({ ...g, articles: [...(g.articles as unknown[]), (g.articles as unknown[])[0]] }), /article id "a1" appears twice/],
    ['a verdict outside agree/changed/conflict', (g: Record<string, unknown>) => ({ ...g, keys: { strikers: { verdict: 'maybe' } } }), /"strikers": "verdict" must be one of agree, changed, conflict/],
    ['an event date that is not a day', (g: Record<string, unknown>) => ({ ...g, events: [{ label: 'x', date: '2026-03', mentions: [] }] }), /event 1: "date" must be a day/],
    ['a quote without a speaker field', (g: Record<string, unknown>) => ({ ...g, quotes: [{ article: 'a1', start: 0, end: 5, text: 'Photo' }] }), /quote 1: "speaker" must be a non-empty string or null/],
  ])('rejects %s, naming the file and the place', (_name, change, message) => {
    rejects(change(storyGold()), message);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseDossierGold('{"story":', 'broken.json')).toThrow(/broken.json: not valid JSON/);
  });
});

describe('speakerMatches', () => {
  it.each([
    ['Marta Keller', 'Marta Keller', true],
    ['Marta Keller', 'Keller', true],
    ['Marta Keller', 'MARTA  KELLER.', true],
    ['Dr. Marta Kéller', 'marta keller', true],
    ['the Port Authority', 'Port Authority', true],
    ['Port Authority', 'the Port Authority’s', true],
    ['Marta Keller', 'Kellerman', false],
    ['Marta Keller', 'Marta Keller spokeswoman', false],
    ['Marta Keller', 'Jon Keller', false],
    ['Marta Keller', '', false],
    [null, null, true],
    [null, 'Marta Keller', false],
    ['Marta Keller', null, false],
  ] as const)('gold %j, given %j → %s', (gold, given, expected) => {
    expect(speakerMatches(gold, given)).toBe(expected);
  });

  it('compares words without accents, case, punctuation or "the"', () => {
    expect(nameWords('The Port-Authority’s Élan')).toEqual(['port', 'authority', 'elan']);
  });
});
