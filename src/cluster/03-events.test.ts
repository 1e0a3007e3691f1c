import { describe, it, expect } from 'vitest';
import { findEvents } from './03-events.js';
import { DEFAULT_CLUSTER_OPTIONS } from './index.js';
import { folderItems, makeItem } from './test-helpers.js';
import type { AnalyzedArticle, EntityType, StoryEvent } from '../types.js';

const EXAMPLES = new URL('../../examples/ukraine-talks/', import.meta.url);

const TYPES: Record<string, EntityType> = {
  Lisbrook: 'GPE',
  Tarvan: 'GPE',
  'Port Aster': 'GPE',
  Osterland: 'GPE',
  Citadel: 'ORG',
  Velmar: 'GPE',
  'Sera Obuya': 'PERSON',
};

function eventsOf(texts: Record<string, string>): StoryEvent[] {
  const items = Object.entries(texts).map(([id, text]) => makeItem(id, text, { types: TYPES }));
  return findEvents('s-test', items, DEFAULT_CLUSTER_OPTIONS);
}

function labels(events: StoryEvent[]): string[] {
  return events.map((e) => e.label).sort();
}

describe('findEvents: venues', () => {
  it.each([
    ['Ministers met in Lisbrook on Friday to settle the dispute.', ['meeting in Lisbrook']],
    ['The talks, which took place in the Citadel, lasted six hours.', ['talks in the Citadel']],
    ['Envoys held a summit near Tarvan last week.', ['summit in Tarvan']],
    ['The Lisbrook meeting ended without a deal.', ['meeting in Lisbrook']],
    ['The envoy will travel to Tarvan next week for further talks.', ['talks in Tarvan']],
    ['The envoy travelled to Tarvan after the talks ended.', []],
    ['Talks about the future of farming in Osterland and its neighbours, held over several weeks, ended.', []],
    ['Sera Obuya praised the talks.', []],
    ['Farmers in Lisbrook protested against the tax.', []],
    ['The Citadel said the talks were useful.', []],
  ])('%j → %j', (sentence, expected) => {
    expect(labels(eventsOf({ a: sentence }))).toEqual(expected);
  });

  it('treats "in A, B" as one place and lets the sub-place join the bigger one', () => {
    const events = eventsOf({
      a: 'The delegations met in Port Aster, Osterland on Sunday.',
      b: 'Negotiations in Osterland lasted four hours.',
      c: 'The summit in Port Aster was the first in a decade.',
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.articleIds).toEqual(['a', 'b', 'c']);
    expect(events[0]?.place).toBe('Osterland');
  });

  it('reports two events for one article that names two meetings in different places', () => {
    const events = eventsOf({
      a: 'The talks in Lisbrook ended on Monday. The envoy will travel to Tarvan for further talks.',
      b: 'After the meeting in Lisbrook, ministers praised the mediators.',
    });
    expect(events.map((e) => e.place).sort()).toEqual(['Lisbrook', 'Tarvan']);
    expect(events.find((e) => e.place === 'Lisbrook')?.articleIds).toEqual(['a', 'b']);
    expect(events.find((e) => e.place === 'Tarvan')?.articleIds).toEqual(['a']);
  });

  it('cites the sentence spans that describe the event', () => {
    const item = makeItem('a', 'Rain fell all day. Ministers met in Lisbrook on Friday.', { types: TYPES });
    const [event] = findEvents('s-test', [item], DEFAULT_CLUSTER_OPTIONS);
    const citation = event?.citations[0];
    expect(item.article.text.slice(citation?.start, citation?.end)).toBe('Ministers met in Lisbrook on Friday.');
  });

  it('ignores credit and boilerplate lines', () => {
    expect(eventsOf({ a: 'Body text about prices.\nWith information from Talks in Lisbrook Agency.' })).toEqual([]);
  });

  it('splits one place into two events when the sentences carry dates far apart', () => {
    const dated = (id: string, text: string, value: string): AnalyzedArticle => {
      const item = makeItem(id, text, { types: TYPES });
      const span = { start: 0, end: 1 };
      item.analysis.claims.push({
        ...span,
        sentence: 0,
        predicate: 'meet',
        predicateSpan: span,
        objects: [],
        values: [{ kind: 'date', span, value }],
      });
      return item;
    };
    const events = findEvents(
      's-test',
      [
        dated('a', 'Ministers met in Velmar to open the talks.', '2025-01-10'),
        dated('b', 'Ministers met in Velmar again.', '2025-03-02'),
        makeItem('c', 'The meeting in Velmar was short.', { types: TYPES }),
      ],
      DEFAULT_CLUSTER_OPTIONS,
    );
    expect(labels(events)).toEqual(['meeting in Velmar, 2025-01-10', 'meeting in Velmar, 2025-03-02']);
    expect(new Set(events.map((e) => e.id)).size).toBe(2);
    expect(events.map((e) => e.date).sort()).toEqual(['2025-01-10', '2025-03-02']);
  });

  it('puts a sighting dated only by its month into the event of that month, and keeps the day as the event’s date', () => {
    const dated = (id: string, text: string, value: string): AnalyzedArticle => {
      const item = makeItem(id, text, { types: TYPES });
      const span = { start: 0, end: 1 };
      item.analysis.claims.push({ ...span, sentence: 0, predicate: 'meet', predicateSpan: span, objects: [], values: [{ kind: 'date', span, value }] });
      return item;
    };
    const events = findEvents('s-test', [
      dated('a', 'Ministers met in Velmar to open the talks.', '2025-01-10'),
      dated('b', 'Ministers met in Velmar in January.', '2025-01'),
      dated('c', 'Ministers met in Velmar again.', '2025-03-02'),
      dated('d', 'Ministers first met in Velmar in 2019.', '2019'),
    ], DEFAULT_CLUSTER_OPTIONS);
    expect(events.map((e) => `${e.date}: ${e.articleIds.join(',')}`).sort()).toEqual(['2019: d', '2025-01-10: a,b', '2025-03-02: c']);
  });
});

describe('findEvents on the example corpus', () => {
  const items = folderItems(EXAMPLES, {
    Florida: 'GPE',
    'Hallandale Beach': 'GPE',
    Miami: 'GPE',
    Kremlin: 'ORG',
    Moscow: 'GPE',
    Paris: 'GPE',
    Russia: 'GPE',
    Ukraine: 'GPE',
    Kyiv: 'GPE',
    Geneva: 'GPE',
    Washington: 'GPE',
  });
  const events = findEvents('s-example', items, DEFAULT_CLUSTER_OPTIONS);
  const florida = events.find((e) => e.place === 'Florida');
  const kremlin = events.find((e) => e.place === 'the Kremlin');
  const moscow = events.find((e) => e.place === 'Moscow');

  it('finds the Florida talks in all five articles, Hallandale Beach included', () => {
    expect(florida?.articleIds).toEqual(['000', '001', '002', '003', '004']);
    const cited = florida?.citations.map((c) => items.find((i) => i.article.id === c.articleId)?.article.text.slice(c.start, c.end));
    expect(cited?.some((s) => s?.includes('Hallandale Beach, Florida'))).toBe(true);
  });

  it('keeps the Kremlin and Moscow talks apart from the Florida talks', () => {
    expect(kremlin?.articleIds).toEqual(['001']);
    expect(moscow?.articleIds).toEqual(['002', '003', '004']);
    expect(new Set([florida?.id, kremlin?.id, moscow?.id]).size).toBe(3);
    for (const c of kremlin?.citations ?? []) expect(florida?.citations).not.toContainEqual(c);
  });
});
