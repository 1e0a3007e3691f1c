import { describe, expect, it } from 'vitest';
import type { Claim } from '../../types.js';
import { findClaims } from './index.js';
import { findQuotes } from '../quotes/index.js';
import type { MentionSpec } from '../quotes/fixture.js';
import { entitiesOf, makeArticle, mentionsOf, simpleSentences } from '../quotes/fixture.js';

const NAMES: MentionSpec[] = [
  ['Jane Doe', 'PERSON', 'person:jane-doe'],
  ['Doe', 'PERSON', 'person:jane-doe'],
  ['Karl Brandt', 'PERSON', 'person:karl-brandt'],
  ['Brandt', 'PERSON', 'person:karl-brandt'],
  ['Lena Vogt', 'PERSON', 'person:lena-vogt'],
  ['Norway', 'GPE', 'gpe:norway'],
  ['Oslo', 'GPE', 'gpe:oslo'],
  ['Bergen', 'GPE', 'gpe:bergen'],
  ['Sweden', 'GPE', 'gpe:sweden'],
  ['Norwegian', 'NORP', 'norp:norwegian'],
];

function claimsOf(text: string, published = '2025-11-30'): Claim[] {
  const article = makeArticle(text, published);
  const sentences = simpleSentences(article);
  const mentions = mentionsOf(text, NAMES);
  const entities = entitiesOf(text, mentions);
  return findClaims(article, sentences, mentions, entities, findQuotes(article, sentences, mentions, entities));
}

const brief = (text: string, c: Claim) => ({
  predicate: c.predicate,
  subject: c.subject,
  subjectText: c.subjectSpan ? text.slice(c.subjectSpan.start, c.subjectSpan.end) : undefined,
  values: c.values.map((v) => `${v.kind}:${text.slice(v.span.start, v.span.end)}`),
});

describe('findClaims', () => {
  const table: [string, { predicate: string; subject?: string; subjectText?: string; values: string[] }[]][] = [
    ['Jane Doe and Karl Brandt traveled to Oslo on Sunday.', [
      { predicate: 'travel', subject: 'person:jane-doe', subjectText: 'Jane Doe and Karl Brandt', values: ['place:Oslo', 'date:on Sunday'] },
    ]],
    ['The meeting, led by Karl Brandt, lasted over four hours.', [
      { predicate: 'last', subject: undefined, subjectText: 'The meeting', values: ['quantity:over four hours'] },
    ]],
    ['Brandt resigned after investigators searched his home.', [
      { predicate: 'resign', subject: 'person:karl-brandt', subjectText: 'Brandt', values: [] },
    ]],
    ['Doe is scheduled to meet Lena Vogt in Bergen on Monday.', [
      { predicate: 'meet', subject: 'person:jane-doe', subjectText: 'Doe', values: ['place:Bergen', 'date:on Monday'] },
    ]],
    ['Officials reduced the 28-point plan to 20 items.', [
      { predicate: 'reduce', subject: undefined, subjectText: 'Officials', values: ['quantity:28-point plan', 'quantity:20 items'] },
    ]],
    ['The dialogue is part of a push that followed a 12-point plan.', [
      { predicate: 'be', subject: undefined, subjectText: 'The dialogue', values: ['quantity:12-point plan'] },
    ]],
    ['The dialogue is part of a wider push.', []],
    ['Karl Brandt is the chief negotiator of Norway.', [
      { predicate: 'be', subject: 'person:karl-brandt', subjectText: 'Karl Brandt', values: [] },
    ]],
    ['In a statement, Norway rejected the leaked plan.', [
      { predicate: 'reject', subject: 'gpe:norway', subjectText: 'Norway', values: [] },
    ]],
    ['Since 2022, more than seven million people have been displaced.', [
      { predicate: 'displace', subject: undefined, subjectText: 'more than seven million people', values: ['date:Since 2022', 'quantity:more than seven million people'] },
    ]],
    ['Oslo insists on talks; Sweden demanded a pause.', [
      { predicate: 'insist', subject: 'gpe:oslo', subjectText: 'Oslo', values: [] },
      { predicate: 'demand', subject: 'gpe:sweden', subjectText: 'Sweden', values: [] },
    ]],
    ['“We will win,” Doe said.', [
      { predicate: 'say', subject: 'person:jane-doe', subjectText: 'Doe', values: [] },
    ]],
    ['“We will win.”', []],
    ['The recent Norway talks were long.', []],
    ['The weather was fine.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(claimsOf(text).map((c) => brief(text, c))).toEqual(expected);
  });

  it('lists the other entities of the clause as objects', () => {
    const [claim] = claimsOf('Jane Doe met Karl Brandt and Norwegian officials in Oslo.');
    expect(claim?.objects).toEqual(['person:karl-brandt', 'norp:norwegian', 'gpe:oslo']);
  });

  it('resolves dates in claims against the publication date', () => {
    const [claim] = claimsOf('The talks began late on Tuesday in Oslo.', '2025-12-03');
    expect(claim?.values.find((v) => v.kind === 'date')).toMatchObject({ value: '2025-12-02' });
  });

  it('keeps every claim span inside its sentence text', () => {
    const text = 'Brandt met Doe in Oslo. She resigned on Friday, while Norway demanded talks.';
    for (const c of claimsOf(text)) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(c.predicateSpan.start).toBeGreaterThanOrEqual(c.start);
      expect(c.predicateSpan.end).toBeLessThanOrEqual(c.end);
    }
  });
});
