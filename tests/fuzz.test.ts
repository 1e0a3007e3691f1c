/**
 * Fuzz and property tests of every exported stage on arbitrary Unicode — lone surrogates,
 * combining marks, right-to-left text, astral characters, quote marks, abbreviations, dates and
 * figures — asserting no exception but a coded ParallaxError, spans that slice the article text,
 * and a time bound per case. `npm test` runs a short round; `npm run test:fuzz` runs
 * PARALLAX_FUZZ_RUNS cases per stage (100,000 by default there).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeInput } from '../src/ingest/index.js';
import { extract } from '../src/extract/index.js';
import { analyze } from '../src/analyze/index.js';
import { runPipeline } from '../src/pipeline.js';
import { renderBrief, RENDER_FORMATS } from '../src/brief/index.js';
import { renderExport } from '../src/brief/renderers/export.js';
import { isParallaxError } from '../src/errors.js';
import type { Article, ContentFormat, RawDocument } from '../src/types.js';

const RUNS = Number(process.env.PARALLAX_FUZZ_RUNS ?? 150);
const SEED = process.env.PARALLAX_FUZZ_SEED === undefined ? undefined : Number(process.env.PARALLAX_FUZZ_SEED);
/** A generous bound for one small case (under 2,000 characters): linear code needs milliseconds. */
const CASE_MS = Number(process.env.PARALLAX_FUZZ_CASE_MS ?? 3_000);
/** Whole-test timeout: the runs at a pessimistic 50 ms each, plus start-up. */
const TEST_MS = 60_000 + RUNS * 50;

const codeUnit = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map((c) => String.fromCharCode(c));
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
/** Words and marks that steer the analysis into its harder paths. */
const NEWSY = [
  'said', 'says', 'told', 'Mr.', 'Dr.', 'U.S.', 'President', 'minister', 'Monday', 'last Sunday', 'on March 3, 2017', 'next week',
  '12', '3.5', 'more than 50', 'at least 7', 'km', '%', 'people', 'killed', 'million', '"', '“', '”', '‘', '’', '«', '»', '„', "'",
  '.', ',', ':', ';', '—', '(', ')', '\n', '\n\n', 'İ', 'ß', 'ﬃ', 'İSTANBUL', 'Straße', 'Anna Keller', 'Keller', 'Reuters', 'AP',
  'the', 'of', 'in', 'and', 'he', 'she', 'they', 'according to', 'With information from Reuters', '*', '#', '- ', '<', '>', '&',
];
/** One token of hostile text. */
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWSY) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: codeUnit(0xd800, 0xdfff) }, // lone surrogates
  { weight: 1, arbitrary: codeUnit(0x0300, 0x036f) }, // combining marks
  { weight: 1, arbitrary: fc.oneof(codeUnit(0x0590, 0x08ff), fc.constantFrom('\u200f', '\u202e', '\u2067')) }, // right-to-left
  { weight: 1, arbitrary: astral },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const SEPARATORS = fc.constantFrom(' ', ' ', ' ', '\n', '', '\t', '\u00a0');
/** A hostile text: tokens joined by spaces, newlines or nothing. */
const hostileText = fc.array(fc.tuple(token, SEPARATORS), { maxLength: 120 }).map((parts) => parts.map(([t, s]) => t + s).join(''));
/** Markup around hostile text, unclosed and nested tags included. */
const hostileHtml = fc.array(fc.oneof(hostileText, fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<article>', '<script>', '</script>', '<h1>', '<br>', '<!--', '-->', '<a href="javascript:x">', '<time datetime="2020-01-01">', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-02-30"}</script>')), { maxLength: 30 }).map((p) => p.join(''));
const format = fc.constantFrom<ContentFormat>('text', 'markdown', 'html');

function doc(id: string, fmt: ContentFormat, content: string): RawDocument {
  return { id, source: `${id}.${fmt === 'markdown' ? 'md' : fmt === 'html' ? 'html' : 'txt'}`, format: fmt, content, meta: {} };
}

/** Every `{start, end}` in a value, with the article id it names when it has one. */
function spansIn(value: unknown, out: { start: number; end: number; articleId?: string }[] = []): typeof out {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number') {
        out.push({ start: o.start, end: o.end, ...(typeof o.articleId === 'string' ? { articleId: o.articleId } : {}) });
      }
      stack.push(...Object.values(o));
    }
  }
  return out;
}

function expectSpansSlice(value: unknown, text: (articleId?: string) => string | undefined): void {
  for (const s of spansIn(value)) {
    const t = text(s.articleId);
    if (t === undefined) continue;
    expect(Number.isInteger(s.start) && Number.isInteger(s.end), `span ${s.start}-${s.end} is not integral`).toBe(true);
    expect(s.start >= 0 && s.start <= s.end && s.end <= t.length, `span ${s.start}-${s.end} outside 0-${t.length}`).toBe(true);
  }
}

/** Runs `body`, which may only throw a ParallaxError, within the per-case time bound. */
function bounded<T>(body: () => T): T | null {
  const started = performance.now();
  let result: T | null = null;
  try {
    result = body();
  } catch (err) {
    if (!isParallaxError(err)) throw err;
  }
  const ms = performance.now() - started;
  expect(ms, `one case took ${ms.toFixed(0)} ms`).toBeLessThan(CASE_MS);
  return result;
}

const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

describe(`fuzz (${RUNS} cases per stage)`, () => {
  // The first analysis loads the entity model, and the first place comparison the gazetteer: one-off
  // costs of seconds that must not count against a case's time bound.
  beforeAll(() => {
    const warm = (id: string, outlet: string): RawDocument => ({ ...doc(id, 'text', 'Mayor Ana Silva said on Monday that 12 workers met in Hallandale Beach, near Miami, Florida.'), meta: { outlet } });
    runPipeline([warm('w1', 'One'), warm('w2', 'Two')], { published: '2024-05-06' });
  }, 120_000);

  it('ingest: decodeInput takes any bytes under any extension and returns documents or a coded error', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.json', 'a.jsonl', '-'), (bytes, source) => {
      const docs = bounded(() => decodeInput(source, bytes));
      for (const d of docs ?? []) expect(typeof d.content).toBe('string');
    }), params);
  }, TEST_MS);

  it('ingest: hostile text encoded as UTF-8 and as JSON decodes or fails with a coded error', () => {
    fc.assert(fc.property(hostileText, (text) => {
      bounded(() => decodeInput('a.txt', new TextEncoder().encode(text)));
      bounded(() => decodeInput('a.json', new TextEncoder().encode(JSON.stringify({ text, title: text.slice(0, 20), published: text.slice(0, 10) }))));
    }), params);
  }, TEST_MS);

  it('extract: any text, Markdown or HTML gives blocks whose spans slice the article text', () => {
    fc.assert(fc.property(format, fc.oneof(hostileText, hostileHtml), (fmt, content) => {
      const article = bounded(() => extract(doc('a', fmt, content)));
      if (article) expectSpansSlice(article, () => article.text);
    }), params);
  }, TEST_MS);

  it('analyze: any extracted article gives sentences, entities, quotes and claims whose spans slice its text', () => {
    fc.assert(fc.property(format, fc.oneof({ weight: 3, arbitrary: hostileText }, { weight: 1, arbitrary: hostileHtml }), (fmt, content) => {
      let article: Article | null = null;
      try {
        article = extract(doc('a', fmt, content));
      } catch (err) {
        if (!isParallaxError(err)) throw err;
      }
      if (!article) return;
      const a = article;
      const analysis = bounded(() => analyze(a));
      expect(analysis).not.toBeNull();
      expectSpansSlice(analysis, () => a.text);
    }), params);
  }, TEST_MS);

  it('cluster, corroborate, brief and every renderer: a batch of hostile articles briefs, cites real spans and renders', () => {
    const batch = fc.array(fc.tuple(format, hostileText), { minLength: 1, maxLength: 3 });
    fc.assert(fc.property(batch, (articles) => {
      const docs = articles.map(([fmt, content], i) => doc(`d${i}`, fmt, content));
      const brief = bounded(() => runPipeline(docs, { published: '2024-05-06' }));
      expect(brief).not.toBeNull();
      const texts = new Map(brief!.stories.flatMap((s) => s.articles.map((a) => [a.id, a.text] as const)));
      for (const story of brief!.stories) expectSpansSlice(story, (id) => (id === undefined ? undefined : texts.get(id)));
      for (const f of RENDER_FORMATS) expect(typeof bounded(() => renderBrief(brief!, f))).toBe('string');
      for (const table of ['facts', 'quotes', 'actors'] as const) {
        for (const f of ['csv', 'jsonl'] as const) expect(typeof bounded(() => renderExport(brief!, table, f))).toBe('string');
      }
    }), params);
  }, TEST_MS);
});
