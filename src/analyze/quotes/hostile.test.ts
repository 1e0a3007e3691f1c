/**
 * Hostile text: the quote finder stays linear in time and memory however many
 * quotation marks, cues or quotes a text holds and however long its sentences
 * run. The large cases took minutes or hours before the look-ups became binary
 * searches and each quote read a bounded window; here they must finish within
 * a generous bound on this noisy machine, and the scaling cases compare the
 * time at n and at 4n.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Article, Mention, Quote, Sentence } from '../../types.js';
import { findQuotes, QUOTE_DEFAULTS } from './index.js';
import { findMarks } from './01-marks.js';
import { entitiesOf, makeArticle, simpleSentences } from './fixture.js';

/** Generous: each case runs in well under a second; the old code took minutes or hours. */
const BOUND_MS = 20_000;

/** Every whole-word "Doe", found in one pass (the fixture's `mentionsOf` compares each with all found so far). */
function does(text: string): Mention[] {
  return [...text.matchAll(/(?<!\p{L})Doe(?!\p{L})/gu)].map((m) => ({
    start: m.index,
    end: m.index + 3,
    type: 'PERSON' as const,
    entity: 'person:jane-doe',
    form: 'name' as const,
  }));
}

function run(text: string, sentences?: Sentence[]): { quotes: Quote[]; ms: number; article: Article } {
  const article = makeArticle(text);
  const mentions = does(text);
  const started = performance.now();
  const quotes = findQuotes(article, sentences ?? simpleSentences(article), mentions, entitiesOf(text, mentions));
  return { quotes, ms: performance.now() - started, article };
}

/** One sentence over the whole text: what a text without full stops becomes. */
function oneSentence(text: string): Sentence[] {
  return [{ start: 0, end: text.length, block: 0 }];
}

function expectInBounds(quotes: readonly Quote[], text: string): void {
  for (const q of quotes) {
    for (const span of [q, q.content, q.cue, q.speakerMention, q.clause]) {
      if (!span) continue;
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(span.start).toBeLessThanOrEqual(span.end);
    }
  }
}

/** The fastest of three runs, in milliseconds: the least disturbed by other work on the machine. */
function fastest(make: () => string, sentences?: (text: string) => Sentence[]): number {
  const text = make();
  return Math.min(...[0, 1, 2].map(() => run(text, sentences?.(text)).ms));
}

const repeat = (n: number, piece: (i: number) => string): string => Array.from({ length: n }, (_, i) => piece(i)).join('');

describe('quotes on hostile text', () => {
  it('reads 10,000 opening curly quotes with a name after each in one sentence quickly', () => {
    const text = `${repeat(10_000, (i) => `“said Doe ${i % 10} `)}.`;
    const { quotes, ms } = run(text, oneSentence(text));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(quotes.length).toBe(10_000);
    expectInBounds(quotes, text);
  });

  it('reads 15,000 unbalanced and alternating marks of every kind in one sentence quickly', () => {
    const marks = ['“', '”', '‘', '’', '«', '»', '„', '"'];
    const text = `Doe said ${repeat(15_000, (i) => `${marks[i % marks.length] ?? ''}word${i % 11} `)}.`;
    const { quotes, ms } = run(text, oneSentence(text));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(quotes.length).toBeGreaterThan(1000);
    expectInBounds(quotes, text);
  });

  it('reads 5,000 "said Doe" cues in one sentence quickly', () => {
    const text = `Officials ${repeat(5000, (i) => `said Doe ${i % 10} met them and `)}left.`;
    const { quotes, ms } = run(text, oneSentence(text));
    expect(ms).toBeLessThan(BOUND_MS);
    expectInBounds(quotes, text);
  });

  it('reads 10,000 straight-quoted phrases with words between them in one sentence quickly', () => {
    const text = `${repeat(10_000, (i) => (i % 2 ? `word${i % 7}" Doe said, ` : `"Word${i % 5} `))}.`;
    const { quotes, ms } = run(text, oneSentence(text));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(quotes.length).toBeGreaterThan(2500);
    expectInBounds(quotes, text);
  });

  it('reads runs of 100,000 spaces and apostrophes between cues and quotes without re-reading them', () => {
    const spaces = ' '.repeat(100_000);
    const text = `Doe said${spaces}and said${spaces}, who said “It is done,${"'".repeat(3000)}”${spaces}, said Doe${spaces}and${spaces}then.`;
    const { quotes, ms } = run(text, oneSentence(text));
    expect(ms).toBeLessThan(BOUND_MS);
    expectInBounds(quotes, text);
  });

  it('takes no quotation longer than the longest a paragraph holds, closed or not', () => {
    const words = repeat(100_000, (i) => `word${i % 100} `);
    for (const text of [`Doe said: “${words}”`, `Doe said: “${words}`, `Doe said, “${repeat(10_000, (i) => `‘inner ${i % 10}’ `)}” on Monday.`]) {
      const { quotes, ms } = run(text);
      expect(ms).toBeLessThan(BOUND_MS);
      for (const q of quotes) expect(q.end - q.start).toBeLessThanOrEqual(QUOTE_DEFAULTS.maxQuoteChars);
    }
  });

  it('pairs 300,000 marks of one paragraph without overflowing the stack', () => {
    const text = repeat(300_000, (i) => `“w${i % 10} `);
    const started = performance.now();
    const marks = findMarks(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(marks.length).toBe(300_000);
    expect(marks.every((m, i) => i === 0 || (marks[i - 1]?.end ?? 0) <= m.start)).toBe(true);
  });

  it('drops a stray opening mark and still finds the quotation after it in the paragraph', () => {
    const text = `Doe spoke “${repeat(1000, (i) => `word${i % 10} `)}today. Doe said, “We agree.”`;
    const { quotes } = run(text);
    const direct = quotes.filter((q) => q.kind !== 'indirect');
    expect(direct.map((q) => text.slice(q.content.start, q.content.end))).toEqual(['We agree.']);
    expect(direct[0]?.speaker).toBe('person:jane-doe');
  });

  it('gives a reported clause that runs on past the window no span, and keeps an ordinary one', () => {
    const long = `Doe said that ${repeat(2000, (i) => `word${i % 10} `)}ended.`;
    expect(run(long, oneSentence(long)).quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
    const short = 'Doe said that the talks were long.';
    const content = run(short).quotes.map((q) => short.slice(q.content.start, q.content.end));
    expect(content).toEqual(['the talks were long']);
  });

  it('grows linearly with the number of quotes in many sentences (n against 4n)', () => {
    const make = (n: number) => (): string => repeat(n, (i) => `“This is quote ${i}.” Doe said. Doe added that the talks were long. `);
    const small = fastest(make(1000));
    const large = fastest(make(4000));
    // Linear work gives about 4; the old look-ups over all quotes per sentence gave 16 and more.
    expect(large / Math.max(small, 1)).toBeLessThan(10);
  });

  it('grows linearly with the number of marks in one sentence (n against 4n)', () => {
    const make = (n: number) => (): string => `${repeat(n, (i) => `“said Doe ${i % 10} `)}.`;
    const small = fastest(make(2500), oneSentence);
    const large = fastest(make(10_000), oneSentence);
    expect(large / Math.max(small, 1)).toBeLessThan(10);
  });
});

describe('quotes on arbitrary text', () => {
  const pieces = fc.constantFrom(
    '“', '”', '‘', '’', '«', '»', '„', '"', "'", ' ', '  ', '\n', '.', ',', ':', ';', '?', '!', '—', '(', ')',
    'Doe', 'said', 'told', 'according to', 'that', 'he', 'she', 'officials', 'the minister', 'and', 'Yes',
    '\uD800', '\uDC00', 'e\u0301', '\u05E9\u05DC\u05D5\u05DD', '\u0627\u0644\u0633\u0644\u0627\u0645', '𝐀𝐁', '😀', '\u200F',
  );
  const texts = fc.oneof(
    fc.array(pieces, { maxLength: 80 }).map((parts) => parts.join('')),
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
  );

  it('never throws and every span slices the text in bounds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { quotes } = run(text);
        expectInBounds(quotes, text);
        for (const q of quotes) {
          expect(q.content.start).toBeGreaterThanOrEqual(q.start);
          expect(q.content.end).toBeLessThanOrEqual(q.end);
        }
        // Read again as one sentence, the splitter's answer for a text without full stops.
        if (text.length > 0 && !text.includes('\n')) expectInBounds(run(text, oneSentence(text)).quotes, text);
      }),
      { numRuns: 400 },
    );
  });
});
