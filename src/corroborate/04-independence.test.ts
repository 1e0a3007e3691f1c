import { describe, it, expect } from 'vitest';
import type { CopyLink } from '../types.js';
import { independenceOf } from './04-independence.js';
import { buildArticle } from './test-fixture.js';

const items = [
  buildArticle({ id: '001', text: 'Talks went on. With information from Northwire.', provenance: [{ kind: 'wire', source: 'Northwire' }] }),
  buildArticle({ id: '002', text: 'Talks went on. Reporting by Northwire.', provenance: [{ kind: 'wire', source: 'Northwire' }] }),
  buildArticle({ id: '003', text: 'Talks went on. Originally published by Daily Ledger News.', provenance: [{ kind: 'original', source: 'Daily Ledger News' }] }),
  buildArticle({ id: '004', text: 'Talks went on, said the Daily Ledger.', provenance: [{ kind: 'credit', source: 'Daily Ledger' }] }),
  buildArticle({ id: '005', text: 'Talks went on.' }),
  buildArticle({ id: '006', text: 'Talks went on and on.' }),
  buildArticle({ id: '007', text: 'Talks went on and on again.' }),
];
const copies: CopyLink[] = [
  { from: '005', to: '006', similarity: 0.923, kind: 'syndicated' },
  { from: '005', to: '007', similarity: 0.81, kind: 'rewrite' },
];
const judge = independenceOf(items, copies);

describe('independenceOf', () => {
  it.each([
    { sources: ['001', '002'], count: 1, notes: ['001 and 002 both credit Northwire'] },
    { sources: ['005', '006'], count: 1, notes: ['006 copies 005 (syndicated, 0.92)'] },
    { sources: ['006', '007'], count: 1, notes: ['006 and 007 derive from the same source (through 005)'] },
    { sources: ['001', '003', '005'], count: 3, notes: [] },
    { sources: ['003', '004'], count: 2, notes: [] },
    { sources: ['001', '002', '005', '006', '007'], count: 2, notes: ['001 and 002 both credit Northwire', '006 copies 005 (syndicated, 0.92)', '007 copies 005 (rewrite, 0.81)'] },
  ])('$sources → $count independent', ({ sources, count, notes }) => {
    expect(judge.assess(sources)).toEqual({ independentSources: count, independenceNotes: notes });
  });

  it('keeps articles crediting one wire as one group: one note for three, one independent source for a thousand', () => {
    const wire = (id: string) => buildArticle({ id, text: 'Talks went on. With information from Northwire.', provenance: [{ kind: 'wire', source: 'Northwire' }] });
    expect(independenceOf([wire('w1'), wire('w2'), wire('w3')], []).assess(['w1', 'w2', 'w3'])).toEqual({
      independentSources: 1, independenceNotes: ['w1, w2 and w3 all credit Northwire'],
    });
    const many = Array.from({ length: 1000 }, (_, i) => wire(`m${String(i).padStart(4, '0')}`));
    const judged = independenceOf([...many, items[4]!], []).assess([...many.map((i) => i.article.id), '005']);
    expect(judged.independentSources).toBe(2);
    expect(judged.independenceNotes).toHaveLength(1);
  });

  it('treats "X News" and "X" as one credited source', () => {
    const two = [
      buildArticle({ id: 'a', text: 'Originally published by Ledger News.', provenance: [{ kind: 'original', source: 'Ledger News' }] }),
      buildArticle({ id: 'b', text: 'With information from Ledger.', provenance: [{ kind: 'wire', source: 'Ledger' }] }),
    ];
    expect(independenceOf(two, []).assess(['a', 'b']).independentSources).toBe(1);
  });
});
