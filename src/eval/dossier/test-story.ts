/**
 * A tiny story gold written for the tests (invented town, union and people):
 * three articles from two outlets about a dock strike, one key whose count
 * changed (strikers: at least 200, then 450), one key the outlets agree on
 * (ships a day), a figure nothing else measures, a photo credit as furniture,
 * two quotes (one with a named speaker, one with none) and two dated events.
 */
import type { Citation } from '../../types.js';

export const ARTICLES = [
  {
    id: 'a1', outlet: 'Harbour Wire', published: '2026-03-02', title: 'Dockworkers strike in Corvell', url: 'https://harbour.example/strike',
    text: 'Photo: Lena Varga\n\nDockworkers in Corvell walked off the job on Monday. At least 200 workers joined the strike, union leader Tomas Brenner said.\n\n' +
      '“We will stay out until the port listens,” Brenner said.\n',
  },
  {
    id: 'a2', outlet: 'Coastal Daily', published: '2026-03-04', title: 'Corvell strike grows',
    text: 'By Wednesday, 450 workers had joined the strike in Corvell, the union said. The port handles 12 ships a day.\n\n' +
      '“We are not going back,” a spokeswoman said.\n',
  },
  {
    id: 'a3', outlet: 'Coastal Daily', published: '2026-03-04', title: 'Ships wait outside Corvell',
    text: 'The Corvell port handles about 12 ships a day. The strike began on Monday, when workers walked out. The union has 3 offices.\n',
  },
] as const;

type ArticleId = (typeof ARTICLES)[number]['id'];

/** The span of `phrase` in an article (its first occurrence), as the gold writes spans. */
export function goldSpan(article: ArticleId, phrase: string): { article: string; start: number; end: number; text: string } {
  const text = ARTICLES.find((a) => a.id === article)!.text;
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in ${article}`);
  return { article, start, end: start + phrase.length, text: phrase };
}

/** A citation of `phrase` in an article, as a Brief writes it. */
export function cite(article: ArticleId, phrase: string): Citation {
  const s = goldSpan(article, phrase);
  return { articleId: s.article, start: s.start, end: s.end };
}

/** The gold file's object. */
export function storyGold(): Record<string, unknown> {
  return {
    story: 'corvell_dock_strike',
    articles: ARTICLES,
    figures: [
      { ...goldSpan('a1', 'At least 200'), key: 'strikers' },
      { ...goldSpan('a2', '450'), key: 'strikers' },
      { ...goldSpan('a2', '12'), key: 'ships a day' },
      { ...goldSpan('a3', 'about 12'), key: 'ships a day' },
      { ...goldSpan('a3', '3'), key: null },
    ],
    keys: {
      strikers: { verdict: 'changed', note: 'at least 200 on Monday, 450 by Wednesday' },
      'ships a day': { verdict: 'agree', note: '12 and about 12' },
    },
    furniture: [goldSpan('a1', 'Photo: Lena Varga')],
    quotes: [
      { ...goldSpan('a1', '“We will stay out until the port listens,”'), speaker: 'Tomas Brenner' },
      { ...goldSpan('a2', '“We are not going back,”'), speaker: null },
    ],
    events: [
      { label: 'the walk-out', date: '2026-03-02', mentions: [goldSpan('a1', 'walked off the job on Monday'), goldSpan('a3', 'The strike began on Monday')] },
      { label: 'the strike grows', date: '2026-03-04', mentions: [goldSpan('a2', 'By Wednesday, 450 workers had joined the strike')] },
    ],
  };
}
