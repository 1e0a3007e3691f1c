import type { SearchHit, StoreOptions } from './api.js';
import type { SqlQueryable } from './sql-client.js';

// Ranks and limits first, then builds snippets for the few hits kept:
// ts_headline re-parses the whole text, so it should not run on every match.
const SEARCH_SQL = `SELECT top.id AS article_id, top.outlet, top.title, top.rank,
    (SELECT min(sa.story_id COLLATE "C") FROM story_articles sa WHERE sa.article_id = top.id) AS story_id,
    ts_headline('english', top.text, top.q, $3) AS snippet
  FROM (
    SELECT a.id, a.outlet, a.title, a.text, q, ts_rank(a.search, q) AS rank
    FROM articles a, websearch_to_tsquery('english', $1) AS q
    WHERE a.search @@ q
    ORDER BY rank DESC, a.id COLLATE "C"
    LIMIT $2
  ) AS top
  ORDER BY top.rank DESC, top.id COLLATE "C"`;

/**
 * Full-text search over titles (weighted higher) and texts with English
 * stemming; `words` takes web-search syntax ("quoted phrase", or, -word).
 * Blank input finds nothing. Snippets are one line: whitespace runs become one space.
 *
 * @example
 * await search(db, 'ceasefire talks', 10, STORE_DEFAULTS);
 */
export async function search(db: SqlQueryable, words: string, limit: number, options: StoreOptions): Promise<SearchHit[]> {
  const count = Math.floor(limit);
  if (words.trim() === '' || !(count > 0)) return [];
  const rows = await db.query<{
    article_id: string;
    outlet: string;
    title: string;
    story_id: string | null;
    snippet: string;
    rank: number;
  }>(SEARCH_SQL, [words, count, headlineOptions(options)]);
  return rows.map((r) => ({
    articleId: r.article_id,
    outlet: r.outlet,
    title: r.title,
    storyId: r.story_id,
    // Line breaks of the text would break a one-line result list.
    snippet: r.snippet.replace(/\s+/g, ' ').trim(),
    rank: Number(r.rank),
  }));
}

function headlineOptions(o: StoreOptions): string {
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  return [
    `MaxWords=${o.snippetMaxWords}`,
    `MinWords=${o.snippetMinWords}`,
    `MaxFragments=${o.snippetFragments}`,
    `FragmentDelimiter=${quote(' … ')}`,
    `StartSel=${quote(o.snippetStart)}`,
    `StopSel=${quote(o.snippetStop)}`,
  ].join(', ');
}
