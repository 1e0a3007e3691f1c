import { describe, expect, it } from 'vitest';
import { makeArticle, simpleSentences } from '../analyze/quotes/fixture.js';
import type { AnalyzedArticle, Dossier } from '../types.js';
import { dayRange } from './03-timeline.js';
import { findAnnouncements } from './04-next.js';

const dossier: Dossier = { storyId: 's', actors: [], quoteGroups: [], facts: [], conflicts: [], compatible: [], singleSource: [] };

function announces(text: string): string | null {
  const article = makeArticle(text, '2025-11-30');
  const item: AnalyzedArticle = { article, analysis: { articleId: article.id, sentences: simpleSentences(article), mentions: [], entities: [], roles: [], quotes: [], claims: [] } };
  return findAnnouncements([item], dossier)[0]?.certainty ?? null;
}

describe('findAnnouncements', () => {
  const table: [string, string | null][] = [
    ['The minister is scheduled to meet her counterpart in Rome.', 'announced'],
    ['The envoy will travel to Oslo in the coming days.', 'announced'],
    ['The president plans to visit the region.', 'announced'],
    ['The leader is expected to meet the delegation in Lisbon.', 'expected'],
    ['She expressed a willingness to meet with the governor.', 'possible'],
    ['The envoy heads to Oslo in the coming days for talks.', 'announced'],
    ['The ministers met in Rome on Sunday.', null],
    ['The envoy traveled to Oslo after the talks.', null],
    ['The fighting will stop when troops leave.', null],
    ['Talks to end the strike at the port will take place in Lund on Thursday.', 'announced'],
    ['Both sides accepted his invitation to meet in Lund on Thursday.', 'announced'],
    ['The summit had ended before the ministers left.', null],
  ];
  it.each(table)('%s → %s', (text, expected) => {
    expect(announces(text)).toBe(expected);
  });
});

describe('dayRange', () => {
  const table: [string, string | undefined, string | undefined][] = [
    ['2025-11-30', '2025-11-30', '2025-11-30'],
    ['2025-W48', '2025-11-24', '2025-11-30'],
    ['2022-02', '2022-02-01', '2022-02-28'],
    ['2014', '2014-01-01', '2014-12-31'],
    ['2025-11-30/2025-12-02', '2025-11-30', '2025-12-02'],
    ['../2025-11-30', undefined, '2025-11-30'],
  ];
  it.each(table)('%s → %s … %s', (value, start, end) => {
    const r = dayRange(value);
    expect(r?.start).toBe(start);
    expect(r?.end).toBe(end);
  });
});
