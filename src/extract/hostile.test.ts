import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isParallaxError } from '../errors.js';
import type { Article, RawDocument } from '../types.js';
import { readableText, segmentText } from './01-blocks.js';
import { bylineName } from './02-boilerplate.js';
import { findCredits } from './03-provenance.js';
import { capitalisedShare } from './04-headings.js';
import { READABILITY_MAX_ELEMENTS } from './html.js';
import { extract } from './index.js';
import { jsonDepth } from './metadata.js';

const html = (content: string): RawDocument => ({ id: 'page', source: 'page.html', format: 'html', content, meta: {} });
const paragraphs = (a: Article): string[] => a.blocks.filter((b) => b.kind === 'paragraph').map((b) => a.text.slice(b.start, b.end));
const PARAGRAPH = '<p>The council met on Monday in the city hall and voted on the budget for the coming year.</p>';

/** Milliseconds `run` takes. Only used with inputs where quadratic work would take minutes and linear well under a second. */
function elapsed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('extract: deeply nested pages', () => {
  it.each([1_000, 2_000, 5_000])('finds the paragraph inside %i nested divs', (depth) => {
    const article = extract(html(`<html><body>${'<div>'.repeat(depth)}${PARAGRAPH}${'</div>'.repeat(depth)}</body></html>`));
    expect(paragraphs(article)).toEqual(['The council met on Monday in the city hall and voted on the budget for the coming year.']);
  });

  it('keeps the paragraphs apart inside 100,000 nested divs, in seconds rather than minutes', () => {
    const depth = 100_000;
    let article: Article | undefined;
    const ms = elapsed(() => {
      article = extract(html(`<html><body>${'<div>'.repeat(depth)}<p>First point made.</p><p>Second point made.</p>${'</div>'.repeat(depth)}</body></html>`));
    });
    expect(article && paragraphs(article)).toEqual(['First point made.', 'Second point made.']);
    expect(ms).toBeLessThan(20_000);
  }, 60_000);

  it('keeps every paragraph of a page too large for Readability', () => {
    const count = READABILITY_MAX_ELEMENTS + 5_000;
    const body = Array.from({ length: count }, (_, i) => `<p>Paragraph number ${i} of the council report.</p>`).join('');
    const article = extract(html(`<html><body><article>${body}</article></body></html>`));
    const found = paragraphs(article);
    expect(found).toHaveLength(count);
    expect(found.at(-1)).toBe(`Paragraph number ${count - 1} of the council report.`);
  }, 60_000);

  it('fails a page whose only comment never closes with INPUT_EMPTY, naming it', () => {
    expect(() => extract(html(`<html><body><!-- ${PARAGRAPH.repeat(100)}</body></html>`))).toThrow(
      expect.objectContaining({ code: 'INPUT_EMPTY', message: expect.stringContaining('page.html') }),
    );
  });
});

describe('extract: hostile JSON-LD', () => {
  const depth = 100_000;
  const deep = {
    objects: `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
    arrays: `${'['.repeat(depth)}1${']'.repeat(depth)}`,
    graphs: `${'{"@graph":['.repeat(depth)}1${']}'.repeat(depth)}`,
    authors: `{"@type":"NewsArticle","headline":"Deep","author":${'['.repeat(depth)}"x"${']'.repeat(depth)}}`,
  };

  it.each(Object.entries(deep))('loses only the metadata of a block of %s nested 100,000 deep', (_, json) => {
    const page = [
      '<html><head>',
      `<script type="application/ld+json">${json}</script>`,
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council Passes Budget","author":{"name":"Ines Marlow"}}</script>',
      '<meta property="og:site_name" content="The Ledger">',
      `</head><body><article>${PARAGRAPH}</article></body></html>`,
    ].join('');
    const article = extract(html(page));
    expect(paragraphs(article)).toHaveLength(1);
    expect(article).toMatchObject({ title: 'Council Passes Budget', byline: 'Ines Marlow', outlet: 'The Ledger' });
  });

  it('measures JSON depth without counting brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,"]]]","[[[[",{"b":2}]}', 64)).toBe(3);
    expect(jsonDepth('"\\"[[["', 64)).toBe(0);
    expect(jsonDepth('['.repeat(1_000), 64)).toBe(65);
  });
});

describe('extract: any string as HTML (property)', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      '<div>', '</div>', '<p>', '</p>', '<li>', '<ul>', '</ul>', '<table><tr><td>', '<br>', '<h2>', '</h2>', '<pre>', '</pre>',
      '<!--', '-->', '<script>', '</script>', '<style>', '<svg>', '<path/>', '</svg>', '<title>', '<![CDATA[', ']]>',
      '<a href="x>y">', '</a>', '<b>', '<html>', '<body>', '<nav>', '<div class="share">', '&amp;', '&lt;', '<', '>', '"', "'",
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"', '[[[[', '\n\n', ' ',
      'The talks went on late into the night.',
    ),
    fc.string({ maxLength: 20 }),
  );
  const page = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));

  it('throws nothing but a ParallaxError, and every block span slices the text within bounds', () => {
    fc.assert(
      fc.property(page, (content) => {
        let article: Article;
        try {
          article = extract(html(content));
        } catch (err) {
          expect(isParallaxError(err)).toBe(true);
          return;
        }
        let previousEnd = 0;
        for (const block of article.blocks) {
          expect(block.start).toBeGreaterThanOrEqual(previousEnd);
          expect(block.end).toBeGreaterThan(block.start);
          expect(block.end).toBeLessThanOrEqual(article.text.length);
          previousEnd = block.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('extract: rules on long hostile lines take linear time', () => {
  // Each input made the former regex retry at every character of a long run:
  // at this size the quadratic versions take many minutes, the linear ones milliseconds.
  const n = 200_000;
  const LIMIT_MS = 10_000;
  it.each<[string, () => unknown]>([
    ['Markdown images never closed', () => readableText('!['.repeat(n), 'markdown')],
    ['Markdown links never closed', () => readableText('[a]('.repeat(n), 'markdown')],
    ['Markdown strong marks never closed', () => readableText('**a '.repeat(n), 'markdown')],
    ['Markdown emphasis marks never closed', () => readableText('_a '.repeat(n), 'markdown')],
    ['a Markdown line with a long run of spaces', () => segmentText(`# a${' '.repeat(n)}b`, 'markdown', 100)],
    ['a byline with a long run of commas', () => bylineName(`By A${','.repeat(n)}x`)],
    ['a credit with a long run of dots', () => findCredits(`With information from A${'.'.repeat(n)}b`)],
    ['a heading word with a long run of punctuation', () => capitalisedShare(`a${'!'.repeat(n)}b`)],
  ])('%s', (_, run) => {
    expect(elapsed(run)).toBeLessThan(LIMIT_MS);
  }, 60_000);

  it('keeps what the rules read on ordinary lines', () => {
    expect(readableText('Read [the **full** story](https://x.example) ![pic](a.png) _now_', 'markdown')).toBe('Read the full story now');
    expect(segmentText('## Talks Resume ##', 'markdown', 100)).toEqual([{ start: 3, end: 15, hint: 'heading' }]);
    expect(bylineName('By Jane Doe, ')).toBe('Jane Doe');
    expect(findCredits('With information from Coastline Wire.')).toEqual([{ kind: 'wire', source: 'Coastline Wire' }]);
    expect(capitalisedShare('“Territory” Remains the Key Obstacle!')).toBe(1);
  });
});
