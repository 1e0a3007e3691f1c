import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ParallaxError } from '../errors.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';

/** The file every initialised PostgreSQL data folder has; without it PGlite would run initdb. */
const PG_VERSION_FILE = 'PG_VERSION';

/**
 * Starts PGlite on `dataDir` (created and initialised when absent) and wraps
 * it as a {@link SqlClient}. A folder that exists but cannot be started throws
 * `STORE_CORRUPT` with recovery advice; nothing is ever wiped.
 *
 * @example
 * const db = await openPgliteClient('/home/me/.parallax/pgdata');
 * const rows = await db.query<{ one: number }>('SELECT 1 AS one');
 */
export async function openPgliteClient(dataDir: string): Promise<SqlClient> {
  refuseHalfInitialised(dataDir);
  // PGlite creates the data folder itself, but not its parents.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir);
  } catch (cause) {
    throw corrupt(dataDir, cause);
  }
  return wrap(db);
}

/**
 * A non-empty data folder without PG_VERSION is not a database PGlite can
 * open, and PGlite would initialise a fresh cluster over it: refuse instead.
 */
function refuseHalfInitialised(dataDir: string): void {
  if (!fs.existsSync(dataDir)) return;
  const entries = fs.readdirSync(dataDir);
  if (entries.length > 0 && !entries.includes(PG_VERSION_FILE)) {
    throw corrupt(dataDir, new Error(`${PG_VERSION_FILE} is missing`));
  }
}

/**
 * The error for a data folder that cannot be opened, with what to do about it.
 *
 * @example
 * throw corrupt('/data/pgdata', err);
 */
export function corrupt(dataDir: string, cause: unknown): ParallaxError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const parent = path.dirname(dataDir);
  return new ParallaxError(
    'STORE_CORRUPT',
    `${dataDir}: the store database cannot be opened (${reason}). ` +
      'It was probably left behind by an unclean stop. Nothing has been deleted. ' +
      `To recover: keep a copy of ${parent}, then move ${dataDir} aside ` +
      'and add the articles again to rebuild the store.',
    { cause },
  );
}

function wrap(db: PGlite): SqlClient {
  const queryable = (target: Pick<PGlite, 'query'>): SqlQueryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
      const result = await target.query<Row>(sql, [...params]);
      return result.rows;
    },
  });
  return {
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    close: () => db.close(),
  };
}
