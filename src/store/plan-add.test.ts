import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeItem } from './conformance.js';
import type { KnownArticle } from './plan-add.js';
import { candidateIds, planAdd, splitRounds } from './plan-add.js';

const known = (id: string, source: string, text: string, revision = 1): KnownArticle => ({
  id,
  source,
  contentHash: makeItem({ id, text }).article.contentHash,
  revision,
});

describe('planAdd', () => {
  const cases: { name: string; stored: KnownArticle[]; expected: object }[] = [
    { name: 'adds a new source', stored: [], expected: { added: ['n'] } },
    { name: 'leaves a known source with the same text unchanged', stored: [known('n', 'n.txt', 'T')], expected: { unchanged: ['n'] } },
    { name: 'revises a known source whose text changed', stored: [known('n', 'n.txt', 'old')], expected: { revised: ['n'] } },
    {
      name: 'keeps the stored id when the source is known under another id',
      stored: [known('first-id', 'n.txt', 'old')],
      expected: { revised: ['first-id'] },
    },
    {
      name: 'reports a new source with stored text as a duplicate',
      stored: [known('other', 'other.txt', 'T')],
      expected: { duplicates: [{ id: 'n', sameAs: 'other' }] },
    },
  ];
  it.each(cases)('$name', ({ stored, expected }) => {
    const plan = planAdd([makeItem({ id: 'n', source: 'n.txt', text: 'T' })], stored);
    expect(plan.result).toEqual({ added: [], revised: [], unchanged: [], duplicates: [], ...expected });
  });

  it('numbers a revision one past the stored one and rewrites the ids in the row', () => {
    const plan = planAdd([makeItem({ id: 'new-id', source: 's.txt', text: 'v3' })], [known('s', 's.txt', 'v2', 2)]);
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0]?.revision).toBe(3);
    expect(plan.updates[0]?.item.article.id).toBe('s');
    expect(plan.updates[0]?.item.analysis.articleId).toBe('s');
  });

  it('suffixes an id held by another source with a hash of the source, the same every time', () => {
    const item = makeItem({ id: 'x', source: 'b/x.txt', text: 'B' });
    const plan = planAdd([item], [known('x', 'a/x.txt', 'A')]);
    expect(plan.result.added).toEqual([candidateIds(item)[1]]);
    expect(planAdd([item], [known('x', 'a/x.txt', 'A')]).result.added).toEqual(plan.result.added);
  });

  it('treats the second of two new sources with one text in a round as a duplicate', () => {
    const plan = planAdd(
      [makeItem({ id: 'p', source: 'p.txt', text: 'same' }), makeItem({ id: 'q', source: 'q.txt', text: 'same' })],
      [],
    );
    expect(plan.result).toMatchObject({ added: ['p'], duplicates: [{ id: 'q', sameAs: 'p' }] });
  });
});

describe('splitRounds', () => {
  it('puts each repeat of a source into the next round, keeping order', () => {
    const a1 = makeItem({ id: 'a', text: '1' });
    const b = makeItem({ id: 'b', text: '2' });
    const a2 = makeItem({ id: 'a', text: '3' });
    expect(splitRounds([a1, b, a2])).toEqual([[a1, b], [a2]]);
  });

  it('loses no item and never repeats a source within a round', () => {
    const items = fc.array(
      fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), text: fc.string({ maxLength: 3 }) }).map((s) => makeItem(s)),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(items, (list) => {
        const rounds = splitRounds(list);
        expect(rounds.flat()).toHaveLength(list.length);
        for (const round of rounds) {
          const sources = round.map((i) => i.article.source);
          expect(new Set(sources).size).toBe(sources.length);
        }
      }),
    );
  });
});

describe('planAdd against stored state', () => {
  it('classifies every item exactly once and adding the result again changes nothing', () => {
    const spec = fc.record({ id: fc.constantFrom('a', 'b', 'c'), source: fc.constantFrom('1', '2', '3', '4'), text: fc.constantFrom('x', 'y', 'z') });
    fc.assert(
      fc.property(fc.uniqueArray(spec, { selector: (s) => s.source, maxLength: 4 }), (specs) => {
        const round = specs.map((s) => makeItem(s));
        const plan = planAdd(round, []);
        const r = plan.result;
        expect(r.added.length + r.revised.length + r.unchanged.length + r.duplicates.length).toBe(round.length);
        const stored = plan.inserts.map((row) => ({
          id: row.item.article.id,
          source: row.item.article.source,
          contentHash: row.item.article.contentHash,
          revision: row.revision,
        }));
        expect(new Set(stored.map((s) => s.id)).size).toBe(stored.length);
        const again = planAdd(round, stored).result;
        expect(again.added).toEqual([]);
        expect(again.revised).toEqual([]);
      }),
    );
  });
});
