import { describe, expect, it } from 'vitest';
import type { Brief, StoryBrief } from '../../types.js';
import { renderBrief } from './index.js';

const TEXT = 'Mayor Ana Ruiz said the bridge <script>alert(1)</script> would reopen on Friday. Officials counted 12 cracks.';

function fixture(): Brief {
  const story: StoryBrief = {
    id: 's-1',
    headline: 'Bridge to reopen <b>Friday</b>',
    headlineCitation: null,
    articles: [
      { id: 'a', outlet: 'Town Post', title: 'Bridge', published: '2026-01-02', url: 'https://example.org/a', source: 'a.txt', provenance: [], text: TEXT },
      { id: 'b', outlet: 'City Times', title: '', published: null, url: null, source: 'b.txt', provenance: [], text: TEXT },
    ],
    summary: [{ text: TEXT.slice(0, 79), citations: [{ articleId: 'a', start: 0, end: 79 }], singleSource: true }],
    actors: [{ id: 'p-ana-ruiz', name: 'Ana Ruiz', aliases: ['Ana Ruiz', 'Ruiz'], type: 'PERSON', roles: [{ title: 'Mayor', citations: [{ articleId: 'a', start: 0, end: 5 }] }], articleCount: 2, mentionCount: 2 }],
    quoteGroups: [],
    facts: [],
    conflicts: [{
      id: 'c-1', kind: 'number', subject: 'cracks counted', status: 'conflict', reason: 'The counts differ.',
      sides: [
        { value: '12 cracks', citations: [{ articleId: 'a', start: 96, end: 105 }] },
        { value: '14 cracks', citations: [{ articleId: 'b', start: 96, end: 105 }] },
      ],
    }],
    compatible: [{
      kind: 'place', subject: 'Place of the event (meet)', reason: 'Harbourside lies in Westshire.',
      sides: [
        { value: 'Harbourside', citations: [{ articleId: 'a', start: 6, end: 14 }] },
        { value: 'Westshire', citations: [{ articleId: 'b', start: 6, end: 14 }] },
      ],
    }],
    singleSource: [],
    events: [],
    copies: [],
    coverage: [],
  };
  return { $schema: 'x', version: '1.0.0', stories: [story], failures: [] };
}

describe('renderers', () => {
  it('escapes everything that comes from an article in HTML', () => {
    const html = renderBrief(fixture(), 'html');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Bridge to reopen &lt;b&gt;Friday&lt;/b&gt;');
    expect(html).not.toMatch(/<link|src=|https?:\/\/(?!example\.org)/);
  });

  it('prints Markdown sections with citations', () => {
    const md = renderBrief(fixture(), 'md');
    expect(md).toMatch(/^# Bridge to reopen/);
    expect(md).toContain('## Summary');
    expect(md).toContain('[a@0-79]');
    expect(md).toContain('| Ana Ruiz | PERSON | Ruiz | Mayor [a] |');
  });

  it('prints one ClaimReview per conflict with its sources as appearances', () => {
    const items = JSON.parse(renderBrief(fixture(), 'claimreview'));
    expect(items).toHaveLength(1);
    expect(items[0]['@type']).toBe('ClaimReview');
    expect(items[0].reviewRating.alternateName).toBe('Conflicting reports');
    expect(items[0].itemReviewed.appearance.map((a: { publisher: { name: string } }) => a.publisher.name)).toEqual(['Town Post', 'City Times']);
    expect(items[0].itemReviewed.appearance[0].url).toBe('https://example.org/a');
  });

  it('prints the digest as one paragraph', () => {
    const text = renderBrief(fixture(), 'text');
    expect(text.trim().split('\n')).toHaveLength(1);
    expect(text).toContain('1 conflicts');
  });

  it('gives the same bytes for the same brief', () => {
    for (const f of ['md', 'json', 'html', 'claimreview', 'text'] as const) {
      expect(renderBrief(fixture(), f)).toBe(renderBrief(fixture(), f));
    }
  });
});
