/** The library entry as a user imports it: `import { brief } from 'parallax-dossier'` (the built package). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brief, renderBrief, isParallaxError } from 'parallax-dossier';

const strike = (name: string) => readFileSync(`fixtures/stories/port-strike/${name}.txt`, 'utf8');

describe("import { brief } from 'parallax-dossier'", () => {
  it('briefs articles held in memory, with their metadata', () => {
    const result = brief([
      { id: 'wire', outlet: 'Harbour Wire', published: '2026-03-09', text: strike('a-harbour-wire') },
      { id: 'ledger', outlet: 'European Ledger', published: '2026-03-10', text: strike('c-european-ledger') },
      { id: 'times', outlet: 'The Northern Times', published: '2026-03-10', text: strike('d-the-northern-times') },
    ]);
    expect(result.failures).toEqual([]);
    expect(result.stories).toHaveLength(1);
    const story = result.stories[0]!;
    expect(story.articles.map((a) => a.outlet).sort()).toEqual(['European Ledger', 'Harbour Wire', 'The Northern Times']);
    expect(story.actors.some((a) => a.name.endsWith('Jansen'))).toBe(true);
    expect(renderBrief(result, 'md')).toContain('## Summary');
  });

  it('lists an article without text as a failure and briefs the rest', () => {
    const result = brief([{ id: 'empty', text: '   ' }, { id: 'wire', text: strike('a-harbour-wire') }]);
    expect(result.failures.map((f) => [f.source, f.code])).toEqual([['empty', 'INPUT_EMPTY']]);
    expect(result.stories[0]!.articles.map((a) => a.id)).toEqual(['wire']);
  });

  it('throws a coded error when an input has neither text nor html', () => {
    try {
      brief([{ id: 'nothing' }]);
      expect.unreachable();
    } catch (err) {
      expect(isParallaxError(err, 'INPUT_BAD_JSON')).toBe(true);
    }
  });
});
