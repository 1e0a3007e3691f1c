import type { AnalyzedArticle } from '../types.js';
import type { Store, StoredArticle, StoreOptions } from './api.js';
import { addArticles } from './add-articles.js';
import type { ArticleRow } from './rows.js';
import { ARTICLE_COLUMNS, toItem, toStored } from './rows.js';
import { search } from './search.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { getStory, listStories, loadClusterState, saveStories } from './stories.js';

const REVISIONS_SQL = `SELECT article_id AS id, text, article, analysis, revision, added_at
  FROM article_revisions WHERE article_id = $1 ORDER BY revision`;

/**
 * The Store over any migrated SQL database: every driver shares these
 * statements. `onClose` runs after the database is closed (to release the
 * folder lock); a second `close` does nothing.
 *
 * @example
 * const store = createSqlStore(db, STORE_DEFAULTS, () => lock.release());
 */
export function createSqlStore(db: SqlClient, options: StoreOptions, onClose: () => void = () => undefined): Store {
  let closing: Promise<void> | undefined;
  return {
    addArticles: (items) => addArticles(db, items, options.batchRows),
    async listArticles() {
      const rows = await db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY id COLLATE "C"`);
      return rows.map(toItem);
    },
    async getArticles(ids) {
      const rows = await db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ANY($1::text[])`, [ids]);
      const byId = new Map(rows.map((r) => [r.id, toItem(r)]));
      return [...new Set(ids)].map((id) => byId.get(id)).filter((item): item is AnalyzedArticle => item !== undefined);
    },
    async getStoredArticle(id): Promise<StoredArticle | null> {
      const [row] = await db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
      return row === undefined ? null : toStored(row);
    },
    async getRevisions(id) {
      return (await db.query<ArticleRow>(REVISIONS_SQL, [id])).map(toStored);
    },
    saveStories: (stories, state) => saveStories(db, stories, state),
    loadClusterState: () => loadClusterState(db),
    listStories: () => listStories(db),
    getStory: (id) => getStory(db, id),
    search: (words, limit = options.searchLimit) => search(db, words, limit, options),
    transaction: (fn) => db.transaction((tx) => fn(createSqlStore(inTransaction(tx), options))),
    close() {
      closing ??= db.close().finally(onClose);
      return closing;
    },
  };
}

/**
 * A client for statements inside an open transaction: the store's own
 * transactions become part of it (PostgreSQL has no nested BEGIN), and closing
 * the view leaves the connection to its owner.
 */
function inTransaction(tx: SqlQueryable): SqlClient {
  return {
    query: (sql, params) => tx.query(sql, params),
    transaction: (fn) => fn(tx),
    close: async () => undefined,
  };
}
