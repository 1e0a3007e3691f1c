import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isParallaxError } from '../errors.js';
import type { Article, BlockKind, RawDocument } from '../types.js';
import { extract } from './index.js';

const EXAMPLES = 'examples/ukraine-talks';

function example(stem: string): Article {
  const file = readdirSync(EXAMPLES).find((f) => f.startsWith(stem));
  if (!file) throw new Error(`no example ${stem}`);
  const content = readFileSync(join(EXAMPLES, file), 'utf8');
  return extract({ id: file.replace(/\.txt$/, ''), source: join(EXAMPLES, file), format: 'text', content, meta: {} });
}

const textOf = (a: Article, i: number): string => {
  const block = a.blocks.at(i);
  return block ? a.text.slice(block.start, block.end) : '';
};
const kinds = (a: Article, kind: BlockKind): string[] => a.blocks.filter((b) => b.kind === kind).map((b) => a.text.slice(b.start, b.end));
const doc = (content: string, extra: Partial<RawDocument> = {}): RawDocument => ({
  id: 'doc',
  source: 'doc.txt',
  format: 'text',
  content,
  meta: {},
  ...extra,
});

describe('extract: the example articles', () => {
  const stems = ['000', '001', '002', '003', '004'];

  it.each(stems)('%s keeps its text lossless, has no title line and takes the file stem as outlet', (stem) => {
    const article = example(stem);
    const file = readdirSync(EXAMPLES).find((f) => f.startsWith(stem)) ?? '';
    expect(article.text).toBe(readFileSync(join(EXAMPLES, file), 'utf8'));
    expect(article.title).toBe('');
    expect(article.blocks.some((b) => b.kind === 'title')).toBe(false);
    expect(article.outlet).toBe(article.id);
    expect(article.language).toBe('en');
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('marks the form notice that ends 000 as boilerplate', () => {
    const article = example('000');
    expect(article.blocks.at(-1)?.kind).toBe('boilerplate');
    expect(textOf(article, -1)).toBe('"*" indicates required fields');
    expect(kinds(article, 'paragraph')).toHaveLength(9);
  });

  it('finds the headings, the four bullets and the original credit of 003', () => {
    const article = example('003');
    expect(kinds(article, 'heading')).toEqual([
      'A New Negotiating Team and a New Tone',
      'Rubio: Deal Must Ensure Ukraine’s Long-Term Strength',
      'Trump Signals Progress, Prepares Envoys for Moscow Trip',
      'Zelensky: Talks Must Defend Ukrainian Sovereignty',
      'Territory Remains the Key Obstacle',
      'Intense Diplomacy After a Controversial Leak',
      'Ukraine Seeks Security Guarantees From the West',
      'International Attention Intensifies',
      'What Happens Next',
    ]);
    expect(kinds(article, 'bullet')).toEqual([
      'No future Russian invasion',
      'Long-term US and European military support',
      'Stability for reconstruction efforts',
      'Protection for millions of displaced Ukrainians',
    ]);
    expect(kinds(article, 'paragraph')).toContain('Beyond territorial questions, Ukraine is seeking guarantees that ensure:');
    expect(article.blocks.at(-1)?.kind).toBe('credit');
    expect(article.provenance[0]).toMatchObject({ kind: 'original', source: 'BBC News' });
    expect(article.outlet).not.toBe('BBC News');
  });

  it('finds the headings of 001', () => {
    expect(kinds(example('001'), 'heading')).toEqual([
      'Peace Plan Concerns and European Involvement',
      'High-Stakes Negotiations and Ukrainian Response',
    ]);
  });

  it('reads "Why It Matters" and "What’s Next" in 004 as headings and its last line as a wire credit', () => {
    const article = example('004');
    expect(kinds(article, 'heading')).toEqual(['Why It Matters', 'What’s Next']);
    expect(article.blocks.at(-1)?.kind).toBe('credit');
    expect(article.provenance).toEqual([
      { kind: 'wire', source: 'Reuters', span: { start: article.blocks.at(-1)?.start, end: article.text.length } },
    ]);
  });

  it('does not take "told AFP" in 003 for provenance', () => {
    expect(example('003').provenance.map((p) => p.source)).not.toContain('AFP');
  });

  it('keeps 002 as five paragraphs', () => {
    expect(example('002').blocks.map((b) => b.kind)).toEqual(Array(5).fill('paragraph'));
  });
});

describe('extract: metadata and titles', () => {
  it('uses explicit metadata and marks a first line equal to the title', () => {
    const article = extract(
      doc('Harbour Talks Resume\nNegotiators met on Tuesday.', {
        meta: { title: 'Harbour talks resume', outlet: 'The Ledger', published: '2025-03-04', url: 'https://x.example/a', byline: 'Ines Marlow' },
      }),
    );
    expect(article).toMatchObject({ title: 'Harbour talks resume', outlet: 'The Ledger', publishedAt: '2025-03-04', url: 'https://x.example/a', byline: 'Ines Marlow' });
    expect(article.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph']);
  });

  it('takes a short first line without a full stop as the title', () => {
    const article = extract(doc('Harbour Talks Resume After Pause\nNegotiators met on Tuesday.'));
    expect(article.title).toBe('Harbour Talks Resume After Pause');
  });

  it('does not take a first sentence as the title', () => {
    const article = extract(doc('Negotiators met on Tuesday.\nThey agreed to meet again.'));
    expect(article.title).toBe('');
  });

  it('applies defaultPublished only when no date is known', () => {
    expect(extract(doc('They met.'), { defaultPublished: '2025-01-01' }).publishedAt).toBe('2025-01-01');
    expect(extract(doc('They met.', { meta: { published: '2025-02-02' } }), { defaultPublished: '2025-01-01' }).publishedAt).toBe('2025-02-02');
  });

  it('reads a Markdown title, headings and inline markup', () => {
    const article = extract(
      doc('# Harbour Talks Resume\n\nNegotiators **met** on [Tuesday](https://x.example).\n\n## What Comes Next\n\n- Quotas\n- Customs', {
        format: 'markdown',
        source: 'doc.md',
      }),
    );
    expect(article.title).toBe('Harbour Talks Resume');
    expect(article.blocks.map((b) => [b.kind, article.text.slice(b.start, b.end)])).toEqual([
      ['title', 'Harbour Talks Resume'],
      ['paragraph', 'Negotiators **met** on [Tuesday](https://x.example).'],
      ['heading', 'What Comes Next'],
      ['bullet', 'Quotas'],
      ['bullet', 'Customs'],
    ]);
  });

  it('throws INPUT_EMPTY when only boilerplate is left', () => {
    expect(() => extract(doc('Advertisement\nShare this article'))).toThrow(/doc\.txt: no article text/);
    try {
      extract(doc('Advertisement'));
    } catch (err) {
      expect(isParallaxError(err, 'INPUT_EMPTY')).toBe(true);
    }
  });
});

describe('extract: HTML', () => {
  const page = readFileSync('fixtures/ingest/news-page.html', 'utf8');
  const article = extract(doc(page, { format: 'html', source: 'news-page.html', id: 'news-page' }));

  it('reads the page metadata', () => {
    expect(article).toMatchObject({
      title: 'Harbour Treaty Talks Resume in Valdora',
      outlet: 'The Northern Ledger',
      byline: 'Ines Marlow',
      publishedAt: '2025-03-04T10:15:00+01:00',
      url: 'https://ledger.example/world/harbour-talks',
      language: 'en',
    });
  });

  it('keeps the article text and drops navigation, ads, share widgets, forms and footer', () => {
    const analysed = article.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'bullet').map((b) => article.text.slice(b.start, b.end));
    expect(analysed).toEqual([
      expect.stringMatching(/^Negotiators from Valdora and Ostmark resumed talks/),
      expect.stringMatching(/^The foreign minister of Valdora/),
      'Officials said three issues remain open:',
      'Fishing quotas in the northern bay',
      'Customs checks at the harbour',
      'The status of the old lighthouse island',
      expect.stringMatching(/^Shipping companies have urged both governments to share/),
    ]);
    for (const gone of ['Home', 'Buy a boat', 'Share on Facebook', 'newsletter', 'required fields', 'Most read', 'All rights reserved', 'tracking']) {
      expect(article.text).not.toContain(gone);
    }
  });

  it('marks headings, in-article boilerplate and the wire credit', () => {
    expect(kinds(article, 'heading')).toEqual(['What Comes Next']);
    expect(kinds(article, 'boilerplate')).toEqual(expect.arrayContaining(['Share this article', 'Advertisement']));
    expect(article.provenance).toEqual([expect.objectContaining({ kind: 'wire', source: 'Coastline Wire' })]);
  });

  it('lets explicit metadata win over the page', () => {
    const own = extract(doc(page, { format: 'html', meta: { outlet: 'Own Outlet', published: '2025-05-05' } }));
    expect(own).toMatchObject({ outlet: 'Own Outlet', publishedAt: '2025-05-05' });
  });

  it('survives malformed HTML and fragments', () => {
    const broken = extract(doc('<div><p>Talks resumed on <b>Tuesday<p>They went well.</div></span><<>', { format: 'html' }));
    expect(broken.text).toContain('Talks resumed on Tuesday');
    expect(kinds(broken, 'paragraph').length).toBeGreaterThan(0);
    expect(extract(doc('<html><p>Just a root.</p>', { format: 'html' })).text).toBe('Just a root.');
    for (const hostile of ['<!--<html>', '<svg><html>', '<frameset><html>']) {
      expect(() => extract(doc(hostile, { format: 'html' }))).toThrow(expect.objectContaining({ code: 'INPUT_EMPTY' }));
    }
  });

  it('takes the language from <html lang>', () => {
    expect(extract(doc('<html lang="fr-FR"><body><p>The talks resumed.</p></body></html>', { format: 'html' })).language).toBe('fr');
  });

  it('throws INPUT_EMPTY for a page with no article text', () => {
    expect(() => extract(doc('<nav>Home</nav><script>x()</script>', { format: 'html', source: 'empty.html' }))).toThrow(/empty\.html/);
  });
});

describe('extract: block spans (property)', () => {
  const line = fc.oneof(
    fc.constantFrom(
      'Why It Matters',
      '- A bullet point',
      '  * Indented bullet  ',
      'Advertisement',
      'With information from Coastline Wire.',
      '"*" indicates required fields',
      'Negotiators met on Tuesday and talked for hours.',
      '# Heading',
      '',
      '   ',
      '\t',
      '---',
    ),
    fc.string({ maxLength: 40 }),
  );
  const lines = fc.array(line, { minLength: 1, maxLength: 12 }).map((ls) => [...ls, 'The talks went on late into the night.']);
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const asContent = (ls: string[], format: RawDocument['format']): string =>
    format === 'html' ? ls.map((l) => `<p>${escape(l)}</p>`).join('\n') : ls.join('\n');

  it('gives spans in bounds, ordered, non-overlapping and trimmed', () => {
    fc.assert(
      fc.property(lines, fc.constantFrom<RawDocument['format']>('text', 'markdown', 'html'), (ls, format) => {
        const article = extract(doc(asContent(ls, format), { format }));
        let previousEnd = 0;
        for (const block of article.blocks) {
          expect(block.start).toBeGreaterThanOrEqual(previousEnd);
          expect(block.end).toBeGreaterThan(block.start);
          expect(block.end).toBeLessThanOrEqual(article.text.length);
          const slice = article.text.slice(block.start, block.end);
          expect(slice).toBe(slice.trim());
          previousEnd = block.end;
        }
      }),
      { numRuns: 200 },
    );
  });
});
