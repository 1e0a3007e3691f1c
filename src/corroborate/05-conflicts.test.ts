import { describe, it, expect } from 'vitest';
import type { AnalyzedArticle, Conflict } from '../types.js';
import { resolveActors } from './01-actors.js';
import { groupQuotes } from './02-quotes.js';
import { matchFacts } from './03-facts.js';
import { findConflicts } from './05-conflicts.js';
import { DEFAULT_CORROBORATE_OPTIONS as OPTIONS } from './options.js';
import { buildArticle, type ValueSpec } from './test-fixture.js';

function conflictsOf(items: AnalyzedArticle[]): Conflict[] {
  const actors = resolveActors(items, OPTIONS);
  return findConflicts(items, actors.actors, matchFacts(items, actors, OPTIONS), groupQuotes(items, actors, OPTIONS));
}

/** An article naming Dana Reyes with one title phrase. */
function titled(id: string, text: string, title: string, phrase: string, status?: 'former' | 'new') {
  return buildArticle({ id, text }, (b) =>
    b.entity('person:dana-reyes', 'PERSON', 'Dana Reyes').role('person:dana-reyes', title, status ? { phrase, status } : { phrase }),
  );
}

describe('title conflicts', () => {
  it('flags "former President X" against "President X" in another article', () => {
    const conflicts = conflictsOf([
      titled('a1', 'The son-in-law of former President Dana Reyes spoke.', 'President', 'former President', 'former'),
      titled('a2', 'President Dana Reyes spoke.', 'President', 'President'),
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ id: 'c-1', kind: 'title', status: 'conflict', subject: 'Title of Dana Reyes' });
    expect(conflicts[0]?.sides.map((s) => [s.value, s.citations.map((c) => c.articleId)])).toEqual([
      ['President', ['a2']],
      ['former President', ['a1']],
    ]);
  });

  it.each([
    ['both former', 'former', 'former'],
    ['new and current', 'new', undefined],
  ] as const)('does not flag %s', (_name, s1, s2) => {
    const conflicts = conflictsOf([
      titled('a1', 'The chief negotiator Dana Reyes spoke.', 'chief negotiator', 'chief negotiator', s1),
      titled('a2', 'The chief negotiator Dana Reyes spoke.', 'chief negotiator', 'chief negotiator', s2),
    ]);
    expect(conflicts).toEqual([]);
  });

  const resigned = (id: string, text: string) =>
    buildArticle({ id, text }, (b) =>
      b.entity('person:mark-tell', 'PERSON', 'Mark Tell', ['Mark Tell', 'Tell']).claim('Tell resigned', { subject: 'person:mark-tell', predicate: 'resign', predicateText: 'resigned' }),
    );
  const chief = buildArticle({ id: 'b1', text: 'Inquiries reached Mark Tell, the governor’s chief of staff.' }, (b) =>
    b.entity('person:mark-tell', 'PERSON', 'Mark Tell').role('person:mark-tell', 'chief of staff', { phrase: 'the governor’s chief of staff' }),
  );

  it('marks a title as changed when another article reports the resignation', () => {
    const conflicts = conflictsOf([chief, resigned('b2', 'Mark Tell resigned after a raid.')]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'title', status: 'changed' });
    expect(conflicts[0]?.sides.map((s) => s.value)).toEqual(['resigned', 'chief of staff']);
  });

  it('does not flag a title stated by the article that reports the resignation itself', () => {
    const same = buildArticle({ id: 'b3', text: 'Mark Tell, chief of staff, resigned. Tell resigned after a raid.' }, (b) =>
      b
        .entity('person:mark-tell', 'PERSON', 'Mark Tell', ['Mark Tell', 'Tell'])
        .role('person:mark-tell', 'chief of staff')
        .claim('Tell resigned', { subject: 'person:mark-tell', predicate: 'resign', predicateText: 'resigned' }),
    );
    expect(conflictsOf([same, resigned('b2', 'Mark Tell resigned after a raid.')])).toEqual([]);
  });
});

describe('number conflicts', () => {
  const report = (id: string, publishedAt: string, sentence: string, value: ValueSpec) =>
    buildArticle({ id, text: sentence, publishedAt }, (b) => b.claim(sentence.slice(0, 12), { predicate: 'die', predicateText: 'died', values: [value] }));

  it('flags disjoint values of one unit as a conflict when the later one is lower', () => {
    const conflicts = conflictsOf([
      report('n1', '2025-12-01', 'In the floods 143 people died overnight.', { quantity: '143 people', value: 143, unit: 'people' }),
      report('n2', '2025-12-02', 'In the floods 98 people died overnight.', { quantity: '98 people', value: 98, unit: 'people' }),
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'number', status: 'conflict', subject: 'Number of people' });
    expect(conflicts[0]?.sides.map((s) => s.value)).toEqual(['98 people', '143 people']);
  });

  it('marks a count that grew in a later article as superseded, latest first', () => {
    const conflicts = conflictsOf([
      report('n1', '2025-12-01', 'In the floods 98 people died overnight.', { quantity: '98 people', value: 98, unit: 'people' }),
      report('n2', '2025-12-03', 'In the floods 143 people died overnight.', { quantity: '143 people', value: 143, unit: 'people' }),
    ]);
    expect(conflicts[0]).toMatchObject({ kind: 'number', status: 'superseded' });
    expect(conflicts[0]?.sides.map((s) => s.citations[0]?.articleId)).toEqual(['n2', 'n1']);
  });

  it('accepts "nearly four years" and "more than three years" as compatible', () => {
    const war = (id: string, sentence: string, quantity: string, low: number, high: number) =>
      buildArticle({ id, text: sentence }, (b) =>
        b.claim('The war', { predicate: 'last', predicateText: 'lasted', values: [{ quantity, value: low, low, high, unit: 'years' }] }),
      );
    const items = [
      war('y1', 'The war has lasted nearly four years.', 'nearly four years', 3.4, 4),
      war('y2', 'The war has lasted more than three years.', 'more than three years', 3, Infinity),
    ];
    const actors = resolveActors(items, OPTIONS);
    expect(matchFacts(items, actors, OPTIONS)).toHaveLength(1);
    expect(conflictsOf(items)).toEqual([]);
  });
});

describe('quote conflicts', () => {
  const quoted = (id: string, words: string) =>
    buildArticle({ id, text: `Rustem Umerov said: “${words}”` }, (b) =>
      b.entity('person:rustem-umerov', 'PERSON', 'Rustem Umerov').quote(words, { speaker: 'person:rustem-umerov' }),
    );

  it('reports a wording difference with one side per wording', () => {
    const conflicts = conflictsOf([
      quoted('q1', 'The U.S. is hearing us; the U.S. is supporting us; the U.S. is walking beside us.'),
      quoted('q2', 'US is hearing us. US is supporting us. US is working beside us.'),
      quoted('q3', 'The U.S. is supporting us; the U.S. is walking beside us.'),
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'quote', status: 'conflict', subject: 'Wording of a quote by Rustem Umerov' });
    expect(conflicts[0]?.sides.map((s) => s.citations.map((c) => c.articleId))).toEqual([['q1', 'q3'], ['q2']]);
    expect(conflicts[0]?.reason).toBe('Outlets quote different words: "walking" → "working" in q2.');
  });

  it('does not report abbreviation and punctuation differences', () => {
    const conflicts = conflictsOf([
      quoted('q1', 'The U.S. is hearing us; the U.S. is supporting us.'),
      quoted('q2', 'US is hearing us. US is supporting us.'),
    ]);
    expect(conflicts).toEqual([]);
  });
});
