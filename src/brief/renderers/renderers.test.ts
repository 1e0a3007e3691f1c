import { describe, expect, it } from 'vitest';
import type { Brief, StoryBrief } from '../../types.js';
import { renderBrief } from './index.js';
import { renderClaimReview } from './claimreview.js';
import { inline } from './markdown.js';

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
    actors: [{ id: 'p-ana-ruiz', name: 'Ana Ruiz', aliases: ['Ana Ruiz', 'Ruiz'], type: 'PERSON', roles: [{ title: 'Mayor', citations: [{ articleId: 'a', start: 0, end: 5 }] }], articleCount: 2, outletCount: 2, mentionCount: 2 }],
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
    expect(text).toContain('1 conflict.)');
  });

  it('gives the same bytes for the same brief', () => {
    for (const f of ['md', 'json', 'html', 'claimreview', 'text'] as const) {
      expect(renderBrief(fixture(), f)).toBe(renderBrief(fixture(), f));
    }
  });
});

/** Payloads put into every field an article supplies. */
const SCRIPT_BREAK = '</script><script>alert(1)</script>';
const HOSTILE_TEXT = `Officials said ${SCRIPT_BREAK} \u2028 & \u2029 the pier [x](javascript:alert(2)) <img src=x onerror=alert(3)> cost 12 million.`;

function hostile(url: string | null): Brief {
  const brief = fixture();
  const story = brief.stories[0]!;
  story.articles = story.articles.map((a) => ({ ...a, outlet: `Post ${SCRIPT_BREAK}`, title: `Pier ${SCRIPT_BREAK}`, url, text: HOSTILE_TEXT }));
  story.conflicts = [{
    id: 'c-1', kind: 'number', subject: `cost ${SCRIPT_BREAK}`, status: 'conflict', reason: `differs ${SCRIPT_BREAK}`,
    sides: [
      { value: `12 million ${SCRIPT_BREAK}`, citations: [{ articleId: 'a', start: 0, end: HOSTILE_TEXT.length }] },
      { value: '14 million', citations: [{ articleId: 'b', start: 0, end: HOSTILE_TEXT.length }] },
    ],
  }];
  story.copies = [{ from: 'a', to: 'b', similarity: 1, kind: 'exact' }];
  story.summary = [{ text: HOSTILE_TEXT, citations: [{ articleId: 'a', start: 0, end: HOSTILE_TEXT.length }], singleSource: false }];
  return brief;
}

describe('output safety', () => {
  it.each(['json', 'claimreview'] as const)('writes %s that is safe inside a script element and parses back equal', (format) => {
    const out = renderBrief(hostile('https://example.org/a'), format);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain('\\u003c/script\\u003e');
    const expected = format === 'json' ? hostile('https://example.org/a') : renderClaimReview(hostile('https://example.org/a'));
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it.each([
    'javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)', 'file:///etc/passwd', '/relative/path', '//example.org/no-scheme', 'not a url', 'https://',
  ])('outputs no URL for %j in any format', (url) => {
    const brief = hostile(url);
    const review = JSON.parse(renderBrief(brief, 'claimreview'));
    for (const appearance of review[0].itemReviewed.appearance) expect(appearance.url).toBeUndefined();
    expect(JSON.parse(renderBrief(brief, 'json')).stories[0].articles.map((a: { url: unknown }) => a.url)).toEqual([null, null]);
    const html = renderBrief(brief, 'html');
    expect(html).not.toContain('href=');
    expect(html.toLowerCase()).not.toMatch(/javascript:alert\(1|vbscript:|data:text|etc\/passwd|relative\/path/);
    expect(renderBrief(brief, 'md')).not.toMatch(/(?<!\\)\]\(|href/);
  });

  it('links a source in HTML and ClaimReview only through a normalised http(s) URL', () => {
    const brief = hostile('https://example.org/a?q="><script>alert(1)</script>');
    const href = 'https://example.org/a?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E';
    expect(JSON.parse(renderBrief(brief, 'claimreview'))[0].itemReviewed.appearance[0].url).toBe(href);
    expect(renderBrief(brief, 'html')).toContain(`<a href="${href}" rel="noopener noreferrer">Pier &lt;/script&gt;`);
  });

  it('escapes every hostile string in HTML, attributes included', () => {
    const html = renderBrief(hostile('https://example.org/a'), 'html');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('title="Officials said &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps article text from becoming a link, HTML or emphasis in Markdown', () => {
    const md = renderBrief(hostile('https://example.org/a'), 'md');
    expect(md).toContain('Officials said \\</script\\>\\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('\\[x\\](javascript:alert(2))');
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).not.toMatch(/(?<!\\)\]\(/);
  });
});

describe('inline Markdown', () => {
  it.each([
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![i](https://e.example/p.png)', '!\\[i\\](https\\://e.example/p.png)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['see https://evil.example now', 'see https\\://evil.example now'],
    ['visit www.evil.example', 'visit www\\.evil.example'],
    ['mail a.b@evil.example', 'mail a.b\\@evil.example'],
    ['&lt;b&gt; and AT&T', '\\&lt;b\\&gt; and AT&T'],
    ['*bold* _em_ snake_case ~~gone~~ `code`', '\\*bold\\* \\_em\\_ snake_case \\~\\~gone\\~\\~ \\`code\\`'],
    ['a\\b', 'a\\\\b'],
    ['two\n\n# lines', 'two # lines'],
    ['bell\u0007 escape\u001b[2J', 'bell\ufffd escape\ufffd\\[2J'],
  ])('writes %j as %j', (text, expected) => {
    expect(inline(text)).toBe(expected);
  });
});

describe('renderers on very long sections', () => {
  /** More lines than a function call takes as spread arguments: `push(...lines)` throws a RangeError. */
  const LINES = 150_000;
  /** A few seconds on an idle machine; generous because the test machine is shared. */
  const LONG_TIMEOUT_MS = 120_000;

  it('renders a copies section of hundreds of thousands of lines in every format', () => {
    const brief = fixture();
    brief.stories[0]!.copies = Array.from({ length: LINES }, (_, i) => ({ from: 'a', to: `c${i}`, similarity: 0.9, kind: 'syndicated' as const }));
    const md = renderBrief(brief, 'md');
    expect(md.split('\n').filter((l) => / copies a \(syndicated/.test(l))).toHaveLength(LINES);
    expect(renderBrief(brief, 'html').split('copies a (syndicated').length - 1).toBe(LINES);
    expect(renderBrief(brief, 'json').split('"to": "c').length - 1).toBe(LINES);
  }, LONG_TIMEOUT_MS);

  it('renders a sources table of hundreds of thousands of articles', () => {
    const brief = fixture();
    const [first] = brief.stories[0]!.articles;
    brief.stories[0]!.articles = Array.from({ length: LINES }, (_, i) => ({ ...first!, id: `a${i}` }));
    expect(renderBrief(brief, 'md').split('\n').filter((l) => /^\| a\d/.test(l)).length).toBe(LINES);
    expect(renderBrief(brief, 'html').split('<tr><td>').length - 1).toBeGreaterThanOrEqual(LINES);
  }, LONG_TIMEOUT_MS);
});
