import { describe, expect, it } from 'vitest';
import { makeArticle } from '../analyze/quotes/fixture.js';
import type { AnalyzedArticle } from '../types.js';
import { coverageOverTime } from './index.js';

function item(id: string, outlet: string, publishedAt?: string): AnalyzedArticle {
  const article = { ...makeArticle('The port reopened on Friday.', publishedAt), id, outlet };
  return { article, analysis: { articleId: id, sentences: [], mentions: [], entities: [], roles: [], quotes: [], claims: [] } };
}

describe('coverageOverTime', () => {
  it('counts articles per publication day with their outlets, oldest first, leaving undated ones out', () => {
    expect(coverageOverTime([
      item('c', 'Gamma', '2026-03-10T08:00:00Z'),
      item('a', 'Beta', '2026-03-09'),
      item('b', 'Alpha', '2026-03-09'),
      item('d', 'Beta', '2026-03-10'),
      item('e', 'Delta'),
    ])).toEqual([
      { date: '2026-03-09', articles: 2, outlets: ['Alpha', 'Beta'] },
      { date: '2026-03-10', articles: 2, outlets: ['Beta', 'Gamma'] },
    ]);
  });
});
