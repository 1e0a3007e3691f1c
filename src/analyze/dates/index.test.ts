import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDates, resolveDate } from './index.js';
import { clauseTense } from './02-resolve.js';
import { makeArticle, simpleSentences } from '../quotes/fixture.js';

describe('resolveDate', () => {
  const table: [string, string | undefined, 'past' | 'future', string | undefined][] = [
    ['on Sunday', '2025-11-30', 'past', '2025-11-30'],
    ['on Monday', '2025-11-30', 'future', '2025-12-01'],
    ['on Monday', '2025-11-30', 'past', '2025-11-24'],
    ['late on Tuesday', '2025-12-03', 'past', '2025-12-02'],
    ['On Friday', '2025-12-03', 'future', '2025-12-05'],
    ['last Sunday', '2025-11-30', 'past', '2025-11-23'],
    ['next Sunday', '2025-11-30', 'past', '2025-12-07'],
    ['last month', '2025-11-30', 'past', '2025-10'],
    ['last month', '2025-01-15', 'past', '2024-12'],
    ['next month', '2025-12-15', 'past', '2026-01'],
    ['this week', '2025-11-30', 'past', '2025-W48'],
    ['last week', '2025-11-30', 'past', '2025-W47'],
    ['the coming week', '2025-11-30', 'future', '2025-W49'],
    ['last year', '2025-11-30', 'past', '2024'],
    ['yesterday', '2025-11-30T08:00:00Z', 'past', '2025-11-29'],
    ['February 2022', '2025-11-30', 'past', '2022-02'],
    ['in February 2022', undefined, 'past', '2022-02'],
    ['in 2014', '2025-11-30', 'past', '2014'],
    ['since 2022', undefined, 'past', '2022'],
    ['December 2', '2025-11-30', 'past', '2025-12-02'],
    ['December 2', '2025-11-30', 'future', '2025-12-02'],
    ['2 December 2024', undefined, 'past', '2024-12-02'],
    ['December 2, 2025', undefined, 'past', '2025-12-02'],
    ['2025-12-02', undefined, 'past', '2025-12-02'],
    ['in March', '2025-11-30', 'past', '2025-03'],
    ['in March', '2025-11-30', 'future', '2026-03'],
    ['on Sunday', undefined, 'past', undefined],
    ['last month', 'not a date', 'past', undefined],
    ['nearly four years', '2025-11-30', 'past', undefined],
    ['two weeks', '2025-11-30', 'past', undefined],
    ['more than 2000 troops', '2025-11-30', 'past', undefined],
  ];
  it.each(table)('%s (published %s, %s) → %s', (expression, published, tense, expected) => {
    expect(resolveDate(expression, published, tense)).toBe(expected);
  });
});

describe('findDates', () => {
  const at = (text: string, published?: string): [string, string | undefined][] => {
    const article = makeArticle(text, published);
    return findDates(article, simpleSentences(article)).map((d) => [text.slice(d.span.start, d.span.end), d.value]);
  };

  it('reads a past weekday as the last such day on or before publication', () => {
    expect(at('Officials met near the coast on Sunday for talks.', '2025-11-30')).toEqual([['on Sunday', '2025-11-30']]);
  });

  it('reads a weekday in a future clause as the next such day', () => {
    expect(at('The president is scheduled to meet his counterpart in Rome on Monday, while talks go on.', '2025-11-30')).toEqual([
      ['on Monday', '2025-12-01'],
    ]);
  });

  it('keeps "late on" in the span and resolves it in the past', () => {
    expect(at('The discussions began late on Tuesday and ran long.', '2025-12-03')).toEqual([['late on Tuesday', '2025-12-02']]);
  });

  it('finds months, years and relative periods in one sentence', () => {
    const text = 'The plan was made public last month, after the invasion in February 2022 and the 2014 events.';
    expect(at(text, '2025-11-30')).toEqual([
      ['last month', '2025-10'],
      ['in February 2022', '2022-02'],
      ['2014', '2014'],
    ]);
  });

  it('leaves durations and counts alone', () => {
    expect(at('After nearly four years of war and two weeks of talks, 2000 troops left.', '2025-11-30')).toEqual([]);
  });

  it('keeps relative expressions without a value when the publication date is unknown', () => {
    expect(at('They met on Sunday, since 2022 allies.')).toEqual([
      ['on Sunday', undefined],
      ['since 2022', '2022'],
    ]);
  });

  it('never depends on the clock: the same input gives the same output', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), (d) => {
        const published = d.toISOString().slice(0, 10);
        const first = resolveDate('on Sunday', published);
        expect(resolveDate('on Sunday', published)).toBe(first);
        const value = new Date(`${first ?? ''}T00:00:00Z`);
        expect(value.getUTCDay()).toBe(0);
        const days = (Date.parse(published) - value.getTime()) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThan(7);
      }),
      { numRuns: 200 },
    );
  });
});

describe('clauseTense', () => {
  it.each([
    ['The minister offered to host talks on Thursday', 'future'],
    ['Both sides accepted an invitation to meet on Thursday', 'future'],
    ['The minister spoke to reporters on Thursday', 'past'],
    ['The minister went to Lund on Thursday', 'past'],
    ['The delegation will return on Thursday', 'future'],
  ])('%s → %s', (clause, tense) => {
    expect(clauseTense(clause, clause.indexOf(' on '))).toBe(tense);
  });
});
