import { ParallaxError } from '../errors.js';
import type { StoryIndexState, StoryRecord, StorySummary } from './api.js';
import { pauseForTest } from './pause.js';
import { toIso } from './rows.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';

const MISSING_ARTICLES_SQL = `SELECT wanted.id FROM unnest($1::text[]) AS wanted(id)
  WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = wanted.id)`;

const LIST_SQL = `SELECT s.id, s.title,
    count(a.id)::int AS article_count,
    coalesce(array_agg(DISTINCT a.outlet COLLATE "C" ORDER BY a.outlet COLLATE "C")
      FILTER (WHERE a.id IS NOT NULL), '{}') AS outlets,
    min(a.published_at) AS first_published,
    max(a.published_at) AS last_published
  FROM stories s
  LEFT JOIN story_articles sa ON sa.story_id = s.id
  LEFT JOIN articles a ON a.id = sa.article_id
  GROUP BY s.id, s.title
  ORDER BY article_count DESC, s.id COLLATE "C"`;

/** Redirects followed at most: a chain longer than this is a loop in corrupt data. */
const MAX_REDIRECTS = 64;

/**
 * Replaces every story assignment with `stories`, in one transaction, with
 * the story index state when given. A story id given twice keeps the last; an
 * article id that is not stored throws `STORE_NOT_FOUND` and nothing changes.
 *
 * @example
 * await saveStories(db, [{ id: 's1', title: 'Talks resume', articleIds: ['a1', 'a2'] }]);
 */
export async function saveStories(db: SqlClient, stories: readonly StoryRecord[], state?: StoryIndexState): Promise<void> {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const links = [...byId.values()].flatMap((s) => [...new Set(s.articleIds)].map((articleId, position) => ({ storyId: s.id, articleId, position })));
  await db.transaction(async (tx) => {
    await refuseUnknownArticles(tx, links.map((l) => l.articleId));
    await tx.query('DELETE FROM story_articles');
    await tx.query('DELETE FROM stories');
    await pauseForTest('stories-write');
    await tx.query('INSERT INTO stories (id, title) SELECT * FROM unnest($1::text[], $2::text[])', [
      [...byId.keys()],
      [...byId.values()].map((s) => s.title),
    ]);
    await tx.query(
      'INSERT INTO story_articles (story_id, article_id, position) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])',
      [links.map((l) => l.storyId), links.map((l) => l.articleId), links.map((l) => l.position)],
    );
    if (state !== undefined) await saveIndexState(tx, state);
  });
}

async function saveIndexState(tx: SqlQueryable, state: StoryIndexState): Promise<void> {
  await tx.query(
    `INSERT INTO cluster_state (singleton, state, saved_at) VALUES (true, $1::jsonb, now())
     ON CONFLICT (singleton) DO UPDATE SET state = EXCLUDED.state, saved_at = EXCLUDED.saved_at`,
    [JSON.stringify(state.clusterState)],
  );
  await tx.query(
    `INSERT INTO story_redirects (old_id, new_id) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (old_id) DO UPDATE SET new_id = EXCLUDED.new_id`,
    [state.redirects.map(([from]) => from), state.redirects.map(([, to]) => to)],
  );
}

/**
 * The saved online story index, null when none was saved.
 *
 * @example
 * const saved = await loadClusterState(db);
 */
export async function loadClusterState(db: SqlQueryable): Promise<unknown> {
  const [row] = await db.query<{ state: unknown }>('SELECT state FROM cluster_state WHERE singleton');
  return row === undefined ? null : typeof row.state === 'string' ? (JSON.parse(row.state) as unknown) : row.state;
}

async function refuseUnknownArticles(tx: SqlQueryable, ids: readonly string[]): Promise<void> {
  const missing = await tx.query<{ id: string }>(MISSING_ARTICLES_SQL, [[...new Set(ids)]]);
  if (missing.length > 0) {
    const names = missing.map((m) => m.id).sort().join(', ');
    throw new ParallaxError('STORE_NOT_FOUND', `stories name articles that are not stored: ${names}`);
  }
}

/**
 * Every story with its article count, outlets and publication span.
 *
 * @example
 * (await listStories(db))[0]; // { id: 's1', title: …, articleCount: 2, outlets: ['A', 'B'], … }
 */
export async function listStories(db: SqlQueryable): Promise<StorySummary[]> {
  const rows = await db.query<{
    id: string;
    title: string;
    article_count: number;
    outlets: string[];
    first_published: unknown;
    last_published: unknown;
  }>(LIST_SQL);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    articleCount: Number(r.article_count),
    outlets: r.outlets,
    firstPublished: r.first_published === null ? null : toIso(r.first_published),
    lastPublished: r.last_published === null ? null : toIso(r.last_published),
  }));
}

/**
 * One story with its article ids in saved order, null when unknown.
 *
 * @example
 * await getStory(db, 's1'); // { id: 's1', title: …, articleIds: ['a1', 'a2'] }
 */
export async function getStory(db: SqlQueryable, id: string): Promise<StoryRecord | null> {
  let current = id;
  let [story] = await db.query<{ id: string; title: string }>('SELECT id, title FROM stories WHERE id = $1', [current]);
  for (let hop = 0; story === undefined && hop < MAX_REDIRECTS; hop++) {
    const [redirect] = await db.query<{ new_id: string }>('SELECT new_id FROM story_redirects WHERE old_id = $1', [current]);
    if (redirect === undefined) return null;
    current = redirect.new_id;
    [story] = await db.query<{ id: string; title: string }>('SELECT id, title FROM stories WHERE id = $1', [current]);
  }
  if (story === undefined) return null;
  const links = await db.query<{ article_id: string }>(
    'SELECT article_id FROM story_articles WHERE story_id = $1 ORDER BY position',
    [story.id],
  );
  return { id: story.id, title: story.title, articleIds: links.map((l) => l.article_id) };
}
