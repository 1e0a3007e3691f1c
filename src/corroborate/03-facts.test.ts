import { describe, it, expect } from 'vitest';
import type { AnalyzedArticle } from '../types.js';
import { resolveActors } from './01-actors.js';
import { intervalsOverlap, matchFacts, sameUnit } from './03-facts.js';
import { DEFAULT_CORROBORATE_OPTIONS } from './options.js';
import { buildArticle } from './test-fixture.js';

const TENS_OF_THOUSANDS = { value: 10_000, low: 10_000, high: 99_999 };

const items: AnalyzedArticle[] = [
  buildArticle({ id: 'n1', text: 'Minister Lena Ortiz resigned after a corruption raid. Tens of thousands of soldiers have died since 2022.' }, (b) =>
    b
      .entity('person:lena-ortiz', 'PERSON', 'Lena Ortiz')
      .claim('Lena Ortiz resigned', { subject: 'person:lena-ortiz', predicate: 'resign', predicateText: 'resigned' })
      .claim('soldiers have died', {
        predicate: 'die',
        predicateText: 'died',
        values: [{ quantity: 'Tens of thousands', ...TENS_OF_THOUSANDS, unit: 'soldiers' }],
      }),
  ),
  buildArticle({ id: 'n2', text: 'Lena Ortiz resigned following an anti-corruption raid on her home. Since 2022, tens of thousands of military casualties have been recorded.' }, (b) =>
    b
      .entity('person:lena-ortiz', 'PERSON', 'Lena Ortiz')
      .claim('Lena Ortiz resigned', { subject: 'person:lena-ortiz', predicate: 'resign', predicateText: 'resigned' })
      .claim('military casualties', {
        predicate: 'record',
        predicateText: 'recorded',
        values: [{ quantity: 'tens of thousands', ...TENS_OF_THOUSANDS, unit: 'military casualties' }],
      }),
  ),
  buildArticle({ id: 'n3', text: 'Ortiz resigned amid a corruption scandal. Ortiz resigned as party chair amid the corruption scandal.' }, (b) =>
    b
      .entity('person:ortiz', 'PERSON', 'Ortiz')
      .claim('Ortiz resigned amid', { subject: 'person:ortiz', predicate: 'resign', predicateText: 'resigned' })
      .claim('party chair', { subject: 'person:ortiz', predicate: 'resign', predicateText: 'resigned' }),
  ),
];

function factsOf(list: AnalyzedArticle[]) {
  return matchFacts(list, resolveActors(list, DEFAULT_CORROBORATE_OPTIONS), DEFAULT_CORROBORATE_OPTIONS);
}

describe('matchFacts', () => {
  const facts = factsOf(items);

  it('matches the same statement across three outlets through the canonical subject', () => {
    const resign = facts[0];
    expect(resign?.claims.map((c) => c.articleId)).toEqual(['n1', 'n2', 'n3']);
    expect(resign?.claims.every((c) => c.claim.predicate === 'resign')).toBe(true);
  });

  it('takes at most one claim per article, the best-matching one', () => {
    const resign = facts[0];
    const fromN3 = resign?.claims.find((c) => c.articleId === 'n3');
    expect(fromN3?.sentence.start).toBe(0);
    const leftover = facts.find((f) => f.claims.length === 1 && f.claims[0]?.articleId === 'n3');
    expect(leftover).toBeDefined();
  });

  it('keeps figures of different things as different facts', () => {
    const figures = facts.filter((f) => f.claims.some((c) => c.figure));
    expect(figures).toHaveLength(2);
    expect(figures.every((f) => f.claims.length === 1)).toBe(true);
  });

  it('keeps every unmatched claim as a single-source fact, and a claim of nothing but a figure as that figure', () => {
    expect(facts.filter((f) => !f.claims.some((c) => c.figure)).map((f) => f.claims.length)).toEqual([3, 1]);
    expect(facts.filter((f) => f.claims.some((c) => c.figure)).map((f) => f.claims.map((c) => c.articleId))).toEqual([['n1'], ['n2']]);
  });

  it('makes each figure of a sentence a fact of its own, matched across outlets', () => {
    const plan = (id: string, text: string, verb: string, values: { quantity: string; value: number; unit: string }[]) =>
      buildArticle({ id, text }, (b) => b.claim(text.split(' ').slice(0, 2).join(' '), { predicate: verb, predicateText: verb === 'cut' ? 'cut' : 'angered', values }));
    const figures = factsOf([
      plan('p1', 'Negotiators cut the 12-point plan to nine items.', 'cut', [
        { quantity: '12-point plan', value: 12, unit: 'point plan' },
        { quantity: 'nine items', value: 9, unit: 'items' },
      ]),
      plan('p2', 'The leaked 12-point plan angered allies.', 'anger', [{ quantity: '12-point plan', value: 12, unit: 'point plan' }]),
    ]).filter((f) => f.claims.some((c) => c.figure));
    expect(figures.map((f) => [f.claims[0]?.figure?.quantity.value, f.claims.map((c) => c.articleId)])).toEqual([
      [12, ['p1', 'p2']],
      [9, ['p1']],
    ]);
  });

  it('keeps two clashing figures of one thing as two facts (step 5 reports the clash)', () => {
    const plan = (id: string, n: number) =>
      buildArticle({ id, text: `Negotiators cut the draft plan to ${n} points.` }, (b) =>
        b.claim('Negotiators cut', { predicate: 'cut', values: [{ quantity: `${n} points`, value: n, unit: 'points' }] }),
      );
    expect(factsOf([plan('p1', 20), plan('p2', 18)]).filter((f) => f.claims.some((c) => c.figure))).toHaveLength(2);
  });

  it('keeps apart two statements by one actor that share few words', () => {
    const said = (id: string, sentence: string) =>
      buildArticle({ id, text: sentence }, (b) =>
        b.entity('person:ana', 'PERSON', 'Ana Sola').claim('Ana Sola', { subject: 'person:ana', predicate: 'warn', predicateText: 'warned' }),
      );
    const facts2 = factsOf([
      said('x1', 'Ana Sola warned that grain exports would fall sharply next spring.'),
      said('x2', 'Ana Sola warned reporters about a cyberattack on the electricity grid.'),
    ]);
    expect(facts2).toHaveLength(2);
  });

  it('makes thousands of copies of one statement one fact of one claim per article, past every candidate cap', () => {
    // 1,200 copies: past the 100 figure candidates, the 64-claim representative sample and the
    // 500 word candidates per claim, every copy still joins its fact (the caps bound work, not reach).
    const copies = Array.from({ length: 1200 }, (_, i) =>
      buildArticle({ id: `c${String(i).padStart(4, '0')}`, text: `Inspectors found 14 cracked pilings near pier ${i} on Thursday.` }, (b) =>
        b.claim('Inspectors found', { predicate: 'find', predicateText: 'found', values: [{ quantity: '14 cracked pilings', value: 14, unit: 'cracked pilings' }] }),
      ));
    const found = factsOf(copies);
    const figure = found.filter((f) => f.claims.some((c) => c.figure));
    expect(figure).toHaveLength(1);
    expect(new Set(figure[0]?.claims.map((c) => c.articleId)).size).toBe(1200);
    expect(figure[0]?.claims).toHaveLength(1200);
  });

  it('gives the same facts whatever the input order', () => {
    const reversed = factsOf([...items].reverse());
    expect(reversed.map((f) => f.claims.map((c) => c.node))).toEqual(facts.map((f) => f.claims.map((c) => c.node)));
  });
});

describe('sameUnit', () => {
  it.each([
    ['years', 'year', true],
    ['displaced persons', 'Ukrainians displaced', true],
    ['military casualties', 'soldiers', false],
    ['point plan', 'items', false],
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(sameUnit(a, b)).toBe(same);
  });
});

describe('intervalsOverlap', () => {
  it.each([
    [{ low: 3.4, high: 4 }, { low: 3, high: Infinity }, true],
    [{ low: 20, high: 20 }, { low: 28, high: 28 }, false],
    [{ low: 6.3e6, high: 7.7e6 }, { low: 7e6, high: Infinity }, true],
  ])('%o and %o → %s', (a, b, overlap) => {
    expect(intervalsOverlap(a, b)).toBe(overlap);
  });
});
