import type { AnalyzedArticle } from '../types.js';
import type { AddResult } from './api.js';
import type { KnownArticle, PlannedRow } from './plan-add.js';
import { candidateIds, emptyAddResult, planAdd, splitRounds } from './plan-add.js';
import { articleJson, toTimestamp } from './rows.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { append } from '../text/arrays.js';

/** The unnest() column list shared by inserts and updates, in parameter order. */
const ROW_PARAMS = `$1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[],
  $7::text[], $8::text[], $9::int[], $10::text[], $11::jsonb[], $12::jsonb[]`;
const ROW_NAMES = 'id, source, url, outlet, title, published_at, language, content_hash, revision, text, article, analysis';

const LOOKUP_SQL = `SELECT id, source, content_hash, revision FROM articles
  WHERE source = ANY($1::text[]) OR content_hash = ANY($2::text[]) OR id = ANY($3::text[])`;

const INSERT_SQL = `INSERT INTO articles (${ROW_NAMES}) SELECT * FROM unnest(${ROW_PARAMS})`;

const ARCHIVE_SQL = `INSERT INTO article_revisions (article_id, revision, content_hash, text, article, analysis, added_at)
  SELECT id, revision, content_hash, text, article, analysis, added_at FROM articles WHERE id = ANY($1::text[])`;

const UPDATE_SQL = `UPDATE articles AS a SET
    source = u.source, url = u.url, outlet = u.outlet, title = u.title, published_at = u.published_at,
    language = u.language, content_hash = u.content_hash, revision = u.revision, text = u.text,
    article = u.article, analysis = u.analysis, added_at = now()
  FROM unnest(${ROW_PARAMS}) AS u(${ROW_NAMES})
  WHERE a.id = u.id`;

/**
 * Adds articles in one transaction (see `Store.addArticles`): per round of
 * distinct sources, one lookup, then multi-row inserts and updates of at most
 * `batchRows` rows each.
 *
 * @example
 * const result = await addArticles(db, items, 500);
 */
export async function addArticles(db: SqlClient, items: readonly AnalyzedArticle[], batchRows: number): Promise<AddResult> {
  if (items.length === 0) return emptyAddResult();
  return db.transaction(async (tx) => {
    const total = emptyAddResult();
    for (const round of splitRounds(items)) {
      const plan = planAdd(round, await lookup(tx, round));
      for (const batch of chunks(plan.inserts, batchRows)) await tx.query(INSERT_SQL, rowParams(batch));
      for (const batch of chunks(plan.updates, batchRows)) {
        await tx.query(ARCHIVE_SQL, [batch.map((r) => r.item.article.id)]);
        await tx.query(UPDATE_SQL, rowParams(batch));
      }
      append(total.added, plan.result.added);
      append(total.revised, plan.result.revised);
      append(total.unchanged, plan.result.unchanged);
      append(total.duplicates, plan.result.duplicates);
    }
    return total;
  });
}

async function lookup(tx: SqlQueryable, round: readonly AnalyzedArticle[]): Promise<KnownArticle[]> {
  const rows = await tx.query<{ id: string; source: string; content_hash: string; revision: number }>(LOOKUP_SQL, [
    round.map((i) => i.article.source),
    round.map((i) => i.article.contentHash),
    round.flatMap(candidateIds),
  ]);
  return rows.map((r) => ({ id: r.id, source: r.source, contentHash: r.content_hash, revision: Number(r.revision) }));
}

/** The twelve column arrays of {@link ROW_PARAMS}, one element per row. */
function rowParams(rows: readonly PlannedRow[]): unknown[][] {
  const articles = rows.map((r) => r.item.article);
  return [
    articles.map((a) => a.id),
    articles.map((a) => a.source),
    articles.map((a) => a.url ?? null),
    articles.map((a) => a.outlet),
    articles.map((a) => a.title),
    articles.map((a) => toTimestamp(a.publishedAt)),
    articles.map((a) => a.language),
    articles.map((a) => a.contentHash),
    rows.map((r) => r.revision),
    articles.map((a) => a.text),
    articles.map(articleJson),
    rows.map((r) => JSON.stringify(r.item.analysis)),
  ];
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += step) out.push(items.slice(i, i + step));
  return out;
}
