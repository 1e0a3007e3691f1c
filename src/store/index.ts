import fs from 'node:fs';
import path from 'node:path';
import { isParallaxError, ParallaxError } from '../errors.js';
import type { Store, StoreOptions } from './api.js';
import { acquireLock } from './lock.js';
import { migrate } from './migrate.js';
import { STORE_DEFAULTS } from './options.js';
import { corrupt, openPgliteClient } from './pglite-client.js';
import type { SqlClient } from './sql-client.js';
import { createSqlStore } from './sql-store.js';

export type { AddResult, SearchHit, Store, StoredArticle, StoreOptions, StoryRecord, StorySummary } from './api.js';
export { STORE_DEFAULTS } from './options.js';

/** PGlite's data folder inside the store folder, so the lock and VERSION sit beside it. */
const DATA_SUBDIR = 'pgdata';
/** The store folder's layout version, written to `VERSION`. */
const STORE_FORMAT = 1;
const VERSION_FILE = 'VERSION';

/**
 * Opens (creating when absent) the store in folder `dir`: takes the folder
 * lock (`STORE_LOCKED` when another live process holds it), starts PGlite on
 * `<dir>/pgdata` (`STORE_CORRUPT`, with recovery advice, when it cannot) and
 * applies pending migrations. Close it to release the folder.
 *
 * @example
 * const store = await openStore('.parallax');
 * try {
 *   await store.addArticles(items);
 *   const hits = await store.search('ceasefire');
 * } finally {
 *   await store.close();
 * }
 */
export async function openStore(dir: string, options: Partial<StoreOptions> = {}): Promise<Store> {
  const root = path.resolve(dir);
  fs.mkdirSync(root, { recursive: true });
  checkFormat(root);
  const lock = acquireLock(root);
  let db: SqlClient | undefined;
  try {
    const dataDir = path.join(root, DATA_SUBDIR);
    db = await openPgliteClient(dataDir);
    await migrateOrCorrupt(db, dataDir);
    writeFormat(root);
    return createSqlStore(db, { ...STORE_DEFAULTS, ...options }, () => lock.release());
  } catch (err) {
    await db?.close().catch(() => undefined);
    lock.release();
    throw err;
  }
}

async function migrateOrCorrupt(db: SqlClient, dataDir: string): Promise<void> {
  try {
    await migrate(db);
  } catch (err) {
    if (isParallaxError(err)) throw new ParallaxError(err.code, `${dataDir}: ${err.message}`, { cause: err });
    throw corrupt(dataDir, err);
  }
}

/** A folder written by a newer layout is refused before anything touches it. */
function checkFormat(root: string): void {
  const file = path.join(root, VERSION_FILE);
  if (!fs.existsSync(file)) return;
  const format = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
  if (!(format <= STORE_FORMAT)) {
    throw new ParallaxError(
      'STORE_CORRUPT',
      `${root}: store format ${fs.readFileSync(file, 'utf8').trim()} is not one this Parallax can open (it knows ${STORE_FORMAT})`,
    );
  }
}

function writeFormat(root: string): void {
  const file = path.join(root, VERSION_FILE);
  if (!fs.existsSync(file)) fs.writeFileSync(file, `${STORE_FORMAT}\n`);
}
