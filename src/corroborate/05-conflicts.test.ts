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
  return findConflicts(items, actors, matchFacts(items, actors, OPTIONS), groupQuotes(items, actors, OPTIONS)).conflicts;
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
    expect(conflicts[0]).toMatchObject({ kind: 'number', status: 'conflict', subject: 'Dead' });
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
    const war = (id: string, sentence: string, quantity: string, low: number, high: number, qualifier: string) =>
      buildArticle({ id, text: sentence }, (b) =>
        b.claim('The war', { predicate: 'last', predicateText: 'lasted', subjectText: 'The war', values: [{ quantity, value: low, low, high, unit: 'years', qualifier }] }),
      );
    const items = [
      war('y1', 'The war has lasted nearly four years.', 'nearly four years', 3.5, 4, 'nearly'),
      war('y2', 'The war has lasted more than three years.', 'more than three years', 3, 4, 'more than'),
    ];
    const actors = resolveActors(items, OPTIONS);
    const figures = matchFacts(items, actors, OPTIONS).filter((f) => f.claims.some((c) => c.figure));
    expect(figures).toHaveLength(1);
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

/** Step 5's whole report (conflicts and compatible values) for a list of articles. */
function reportOf(items: AnalyzedArticle[]) {
  const actors = resolveActors(items, OPTIONS);
  return findConflicts(items, actors, matchFacts(items, actors, OPTIONS), groupQuotes(items, actors, OPTIONS));
}

type Verdict = 'compatible' | 'conflict' | 'superseded' | 'neither';

function verdictOf(items: AnalyzedArticle[], kind: Conflict['kind']): Verdict {
  const { conflicts, compatible } = reportOf(items);
  const c = conflicts.find((x) => x.kind === kind);
  if (c) return c.status === 'superseded' ? 'superseded' : 'conflict';
  return compatible.some((x) => x.kind === kind) ? 'compatible' : 'neither';
}

describe('compatibility rules: figures as intervals of one measured thing', () => {
  type Figure = [text: string, quantity: string, value: number, low: number, high: number, unit: string, subject?: string];
  /** The qualifier a figure's text opens with ("nearly", "more than"), as the quantity reader sets it. */
  const qualifierOf = (quantity: string): string | undefined => /^(nearly|more than|approximately|about)\b/i.exec(quantity)?.[1]?.toLowerCase();
  const article = (id: string, publishedAt: string, [text, quantity, value, low, high, unit, subject]: Figure) =>
    buildArticle({ id, text, publishedAt }, (b) => {
      const qualifier = qualifierOf(quantity);
      return b.claim(text.slice(0, 8), {
        ...(subject ? { predicate: 'last', predicateText: 'lasted', subjectText: subject } : { predicate: 'report', predicateText: text.slice(0, 3) }),
        values: [{ quantity, value, low, high, unit, ...(qualifier ? { qualifier } : {}) }],
      });
    });
  const table: [name: string, a: Figure, b: Figure, later: boolean, verdict: Verdict][] = [
    ['"nearly four years" / "more than three years" of one war',
      ['The war has lasted nearly four years.', 'nearly four years', 4, 3.5, 4, 'years', 'The war'],
      ['The war has lasted more than three years.', 'more than three years', 3, 3, 4, 'years', 'The war'], false, 'compatible'],
    ['"four years of conflict" / "the two-year war": the same war, lengths apart',
      ['Talks follow four years of conflict.', 'four years', 4, 4, 4, 'years'],
      ['Talks aim to end the two-year war.', 'two-year', 2, 2, 2, 'year'], false, 'conflict'],
    ['"approximately seven million" / "more than seven million" displaced',
      ['Approximately seven million displaced persons live abroad.', 'Approximately seven million displaced persons', 7e6, 6.5e6, 7.5e6, 'displaced persons'],
      ['More than seven million residents have been displaced.', 'More than seven million residents', 7e6, 7e6, 7.7e6, 'residents'], false, 'compatible'],
    ['"127 dead" / "130 dead" on one day',
      ['The floods left 127 dead.', '127 dead', 127, 127, 127, 'dead'],
      ['The floods left 130 dead.', '130 dead', 130, 130, 130, 'dead'], false, 'conflict'],
    ['"127 dead" then, a day later, "130 killed": a rising toll',
      ['The floods left 127 dead.', '127 dead', 127, 127, 127, 'dead'],
      ['Officials said 130 people were killed.', '130 people', 130, 130, 130, 'people'], true, 'superseded'],
    ['"military casualties" / "soldiers have died": different things',
      ['Tens of thousands of military casualties are reported.', 'Tens of thousands of military casualties', 2e4, 2e4, 99999, 'military casualties'],
      ['Hundreds of soldiers have died.', 'Hundreds of soldiers', 200, 200, 999, 'soldiers'], false, 'neither'],
    ['"four hours" of a meeting / "four years" of a war: different measures',
      ['The meeting lasted four hours.', 'four hours', 4, 4, 4, 'hours', 'The meeting'],
      ['The war has lasted four years.', 'four years', 4, 4, 4, 'years', 'The war'], false, 'neither'],
  ];
  it.each(table)('%s', (_name, a, b, later, verdict) => {
    const items = [article('f1', '2025-12-01', a), article('f2', later ? '2025-12-02' : '2025-12-01', b)];
    expect(verdictOf(items, 'number')).toBe(verdict);
  });
});

describe('compatibility rules: places by containment and distance', () => {
  type Said = [text: string, place: string, key: string, predicate: string];
  const article = (id: string, [text, place, key, predicate]: Said) =>
    buildArticle({ id, text }, (b) =>
      b
        .entity('person:ana-sola', 'PERSON', 'Ana Sola')
        .entity('person:karl-brandt', 'PERSON', 'Karl Brandt')
        .entity(key, 'GPE', place)
        .claim('Ana Sola', {
          predicate, predicateText: text.split(' ')[2] ?? '', subject: 'person:ana-sola', objects: ['person:karl-brandt', key],
          values: [{ place, entity: key }],
        }),
    );
  const table: [name: string, a: Said, b: Said, verdict: Verdict][] = [
    ['a town inside its state',
      ['Ana Sola met Karl Brandt in Santa Monica on Sunday.', 'Santa Monica', 'gpe:santa-monica', 'meet'],
      ['Ana Sola met Karl Brandt in California on Sunday.', 'California', 'gpe:california', 'meet'], 'compatible'],
    ['a town near a city',
      ['Ana Sola met Karl Brandt in Santa Monica on Sunday.', 'Santa Monica', 'gpe:santa-monica', 'meet'],
      ['Ana Sola met Karl Brandt near Los Angeles on Sunday.', 'Los Angeles', 'gpe:los-angeles', 'meet'], 'compatible'],
    ['two distant cities for one meeting',
      ['Ana Sola met Karl Brandt in Lyon on Sunday.', 'Lyon', 'gpe:lyon', 'meet'],
      ['Ana Sola met Karl Brandt in Marseille on Sunday.', 'Marseille', 'gpe:marseille', 'meet'], 'conflict'],
    ['a town in another country',
      ['Ana Sola met Karl Brandt in Munich on Sunday.', 'Munich', 'gpe:munich', 'meet'],
      ['Ana Sola met Karl Brandt in Austria on Sunday.', 'Austria', 'gpe:austria', 'meet'], 'conflict'],
  ];
  it.each(table)('%s', (_name, a, b, verdict) => {
    expect(verdictOf([article('p1', a), article('p2', b)], 'place')).toBe(verdict);
  });

  it('names the relation in the reason and keeps "near" on the side', () => {
    const { compatible } = reportOf([
      article('p1', ['Ana Sola met Karl Brandt in Santa Monica on Sunday.', 'Santa Monica', 'gpe:santa-monica', 'meet']),
      article('p2', ['Ana Sola met Karl Brandt near Los Angeles on Sunday.', 'Los Angeles', 'gpe:los-angeles', 'meet']),
    ]);
    expect(compatible[0]?.sides.map((s) => s.value).sort()).toEqual(['Santa Monica', 'near Los Angeles']);
    expect(compatible[0]?.reason).toMatch(/^Santa Monica is \d+ km from Los Angeles\.$/);
  });
});

describe('compatibility rules: titles over time', () => {
  const chief = buildArticle({ id: 't1', text: 'Inquiries reached Mark Tell, the governor’s chief of staff.' }, (b) =>
    b.entity('person:mark-tell', 'PERSON', 'Mark Tell').role('person:mark-tell', 'chief of staff', { phrase: 'the governor’s chief of staff' }),
  );
  const other = (id: string, text: string) => buildArticle({ id, text }, (b) => b.entity('person:mark-tell', 'PERSON', 'Mark Tell', ['Mark Tell', 'Tell']));
  const table: [name: string, text: string, status: Conflict['status'] | null][] = [
    ['"X resigned" in another article: the title changed', 'A new aide took over after Mark Tell resigned on Friday.', 'changed'],
    ['"the resignation of X": the title changed', 'The new aide came after the resignation of Mark Tell last week.', 'changed'],
    ['"X, the aide, stepped down": the title changed', 'Mark Tell, the longtime aide, stepped down on Friday.', 'changed'],
    ['no departure: nothing to report', 'Mark Tell met the governor on Friday.', null],
  ];
  it.each(table)('%s', (_name, text, status) => {
    const { conflicts } = reportOf([chief, other('t2', text)]);
    expect(conflicts.find((c) => c.kind === 'title')?.status ?? null).toBe(status);
  });
});

describe('compatibility rules: quote wording', () => {
  const quoted = (id: string, ...parts: string[]) =>
    buildArticle({ id, text: parts.map((p) => `Ana Sola said: “${p}”`).join(' ') }, (b) => {
      b.entity('person:ana-sola', 'PERSON', 'Ana Sola', ['Ana Sola']);
      for (const p of parts) b.quote(p, { speaker: 'person:ana-sola' });
      return b;
    });

  it('finds a changed content word a conflict', () => {
    const { conflicts } = reportOf([quoted('w1', 'We will also rebuild every school in the valley.'), quoted('w2', 'We will also repair every school in the valley.')]);
    expect(conflicts.map((c) => c.kind)).toEqual(['quote']);
  });

  it('finds a dropped function word compatible, with its reason', () => {
    const { conflicts, compatible } = reportOf([quoted('w1', 'We will also rebuild every school in the valley.'), quoted('w2', 'We will rebuild every school in the valley.')]);
    expect(conflicts).toEqual([]);
    expect(compatible.map((c) => [c.kind, c.reason])).toEqual([['quote', 'Only function words differ: "also" → "" in w2.']]);
  });

  it('never reads a dropped "not" as a function word', () => {
    const { conflicts } = reportOf([quoted('w1', 'We will not rebuild every school in the valley.'), quoted('w2', 'We will rebuild every school in the valley.')]);
    expect(conflicts.map((c) => c.kind)).toEqual(['quote']);
  });

  it('reads two partial quotes of one outlet together, never as two sides', () => {
    const { conflicts } = reportOf([
      quoted('w1', 'We will rebuild every school in the valley. We will pay for it ourselves.'),
      quoted('w2', 'We will rebuild every school in the valley.', 'We will pay for it ourselves.'),
    ]);
    expect(conflicts).toEqual([]);
  });
});
