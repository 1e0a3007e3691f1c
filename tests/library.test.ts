/** The library entry as a user imports it: `import { brief } from 'parallax-dossier'` (the built package). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  brief, briefAsync, renderBrief, isParallaxError, parseRenderFormat, renderExport, exportRows, exportTarget, EXPORT_TABLES,
} from 'parallax-dossier';
import type { Brief } from 'parallax-dossier';

const strike = (name: string) => readFileSync(`fixtures/stories/port-strike/${name}.txt`, 'utf8');
const FRENCH = readFileSync('fixtures/languages/french.txt', 'utf8');

const STRIKE = [
  { id: 'wire', outlet: 'Harbour Wire', published: '2026-03-09', text: strike('a-harbour-wire') },
  { id: 'ledger', outlet: 'European Ledger', published: '2026-03-10', text: strike('c-european-ledger') },
  { id: 'times', outlet: 'The Northern Times', published: '2026-03-10', text: strike('d-the-northern-times') },
];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return isParallaxError(err) ? err.code : 'not a ParallaxError';
  }
  return undefined;
}

describe("import { brief } from 'parallax-dossier'", () => {
  it('briefs articles held in memory, with their metadata', () => {
    const result = brief(STRIKE);
    expect(result.failures).toEqual([]);
    expect(result.stories).toHaveLength(1);
    const story = result.stories[0]!;
    expect(story.articles.map((a) => a.outlet).sort()).toEqual(['European Ledger', 'Harbour Wire', 'The Northern Times']);
    expect(story.actors.some((a) => a.name.endsWith('Jansen'))).toBe(true);
    expect(renderBrief(result, 'md')).toContain('## Summary');
    expect(result).not.toHaveProperty('notices');
  });

  it('lists an article without text as a failure and briefs the rest', () => {
    const result = brief([{ id: 'empty', text: '   ' }, { id: 'wire', text: strike('a-harbour-wire') }]);
    expect(result.failures.map((f) => [f.source, f.code])).toEqual([['empty', 'INPUT_EMPTY']]);
    expect(result.stories[0]!.articles.map((a) => a.id)).toEqual(['wire']);
  });

  it('throws a coded error when an input has neither text nor html', () => {
    expect(codeOf(() => brief([{ id: 'nothing' }]))).toBe('INPUT_BAD_JSON');
  });
});

describe('renderBrief and the exports', () => {
  const result = brief(STRIKE.slice(0, 2));

  it('throws UNKNOWN_FORMAT on a format it does not write, suggesting the one meant', () => {
    expect(codeOf(() => renderBrief(result, 'pdf' as never))).toBe('UNKNOWN_FORMAT');
    expect(() => renderBrief(result, 'jsn' as never)).toThrow('did you mean json?');
  });

  it('reads format names in any case', () => {
    expect(parseRenderFormat('JSON')).toBe('json');
    expect(renderBrief(result, parseRenderFormat('Text'))).toBe(renderBrief(result, 'text'));
  });

  it('exports facts, quotes and actors as CSV and JSON Lines, and refuses an unknown table', () => {
    expect(EXPORT_TABLES).toEqual(['facts', 'quotes', 'actors']);
    expect(exportTarget('strike-actors.CSV')).toEqual({ table: 'actors', format: 'csv' });
    const actors = exportRows(result, 'actors');
    expect(actors.length).toBeGreaterThan(0);
    const csv = renderExport(result, 'actors', 'csv');
    expect(csv.split('\r\n')[0]).toContain('story_id');
    expect(renderExport(result, 'actors', 'jsonl').trim().split('\n')).toHaveLength(actors.length);
    expect(codeOf(() => renderExport(result, 'people' as never, 'csv'))).toBe('UNKNOWN_FORMAT');
  });
});

describe('briefAsync', () => {
  it('gives the brief of brief() while the event loop keeps running', async () => {
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 10);
    const before = ticks;
    const pending = briefAsync(STRIKE, { limits: { workers: 2 } });
    let result: Brief;
    try {
      result = await pending;
    } finally {
      clearInterval(timer);
    }
    // The analysis and the later stages ran in worker threads: this thread's timer fired throughout.
    expect(ticks - before).toBeGreaterThan(20);
    expect(JSON.stringify(result)).toBe(JSON.stringify(brief(STRIKE)));
  }, 120_000);

  it('turns bad inputs into failures, as brief() does', async () => {
    const result = await briefAsync([{ id: 'empty', text: ' ' }, STRIKE[0]!], { limits: { workers: 1 } });
    expect(result.failures.map((f) => f.code)).toEqual(['INPUT_EMPTY']);
    expect(result.stories).toHaveLength(1);
  }, 120_000);
});

describe('articles not in English', () => {
  it('carry one notice each and are still briefed', () => {
    const result = brief([...STRIKE, { id: 'fr', outlet: 'Le Quotidien', text: FRENCH }]);
    expect(result.notices).toEqual([{
      source: 'fr', articleId: 'fr', code: 'NOT_ENGLISH', language: 'fr',
      message: expect.stringContaining('analysis is English-only') as unknown as string,
    }]);
    expect(result.notices![0]!.message).toContain('French (fr)');
    // A notice, not a failure: the article is still analysed (as English) and briefed.
    expect(result.failures).toEqual([]);
    expect(result.stories.flatMap((st) => st.articles.map((a) => a.id))).toContain('fr');
  });
});

describe("require('parallax-dossier')", () => {
  it('loads the same library from CommonJS (the exports map has a default condition)', () => {
    const required = createRequire(import.meta.url)('parallax-dossier') as Record<string, unknown>;
    for (const name of ['brief', 'briefAsync', 'briefFiles', 'renderBrief', 'renderExport', 'openStore']) expect(typeof required[name]).toBe('function');
  });
});
