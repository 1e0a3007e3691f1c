import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isParallaxError, ParallaxError } from '../errors.js';
import type { Store, StoreOptions } from './api.js';
import { acquireLock, type StoreLock } from './lock.js';
import { migrate } from './migrate.js';
import { STORE_DEFAULTS } from './options.js';
import { pauseForTest } from './pause.js';
import { corrupt, openPgliteClient } from './pglite-client.js';
import type { SqlClient } from './sql-client.js';
import { createSqlStore } from './sql-store.js';

export type { AddResult, SearchHit, Store, StoredArticle, StoreOptions, StoryRecord, StorySummary } from './api.js';
export { STORE_DEFAULTS } from './options.js';

/** PGlite's data folder inside the store folder, so the lock and VERSION sit beside it. */
const DATA_SUBDIR = 'pgdata';
/** Where a new data folder is built before it is renamed to {@link DATA_SUBDIR}. */
const CREATING_PREFIX = 'pgdata.creating-';
/** The store folder's layout version, written to `VERSION`. */
const STORE_FORMAT = 1;
const VERSION_FILE = 'VERSION';

/** How {@link openStore} opens a folder, beside the store's tuning. */
export interface OpenStoreOptions extends Partial<StoreOptions> {
  /** Create the store when the folder holds none (default true); false: `STORE_MISSING` instead. */
  create?: boolean;
  /** Longest wait for another process's lock, in milliseconds (default 30 000; 0: do not wait). */
  lockWaitMs?: number;
  /** Called once the lock is held with the milliseconds spent waiting for it (0 when the folder was free). */
  onLockWaited?: (waitedMs: number) => void;
}

/**
 * Opens the store in folder `dir`, creating it unless `create: false`: takes
 * the folder lock (waiting up to `lockWaitMs` for another process, then
 * `STORE_LOCKED`), starts PGlite on `<dir>/pgdata` (`STORE_CORRUPT`, with
 * recovery advice, when it cannot) and applies pending migrations. A new store
 * is built in `pgdata.creating-…` and renamed into place once migrated, so a
 * killed creation leaves no half store (its debris is removed on the next
 * open). A folder without a store and `create: false` throws `STORE_MISSING`
 * and creates nothing. Every later failure of a store call is a coded error
 * (`STORE_FAILED`). Close it to release the folder.
 *
 * @example
 * const store = await openStore('.parallax');
 * try {
 *   await store.addArticles(items);
 *   const hits = await store.search('ceasefire');
 * } finally {
 *   await store.close();
 * }
 * await openStore('typo', { create: false }); // throws STORE_MISSING, creates nothing
 */
export async function openStore(dir: string, options: OpenStoreOptions = {}): Promise<Store> {
  const { create = true, lockWaitMs, onLockWaited, ...tuning } = options;
  const root = path.resolve(dir);
  const dataDir = path.join(root, DATA_SUBDIR);
  if (!create) refuseMissing(root, dataDir);
  unavailableOnError(root, () => fs.mkdirSync(root, { recursive: true }));
  checkFormat(root);
  const lock = await unavailableOnErrorAsync(root, () => acquireLock(root, lockWaitMs === undefined ? {} : { waitMs: lockWaitMs }));
  let db: SqlClient | undefined;
  try {
    onLockWaited?.(lock.waitedMs);
    removeAbandonedCreations(root);
    if (!fs.existsSync(dataDir)) {
      if (!create) refuseMissing(root, dataDir);
      await createDataDir(root, dataDir);
    }
    db = await openPgliteClient(dataDir);
    await migrateOrCorrupt(db, dataDir);
    writeFormat(root);
    return failuresCoded(createSqlStore(db, { ...STORE_DEFAULTS, ...tuning }, () => lock.release()), root);
  } catch (err) {
    await db?.close().catch(() => undefined);
    lock.release();
    throw isParallaxError(err) ? err : failed(root, 'opening the store', err);
  }
}

function refuseMissing(root: string, dataDir: string): void {
  if (fs.existsSync(dataDir)) return;
  throw new ParallaxError(
    'STORE_MISSING',
    `${root}: no store here (nothing was created; check --db or PARALLAX_DB, or create one with parallax add)`,
  );
}

/**
 * Builds a new data folder beside its final place and renames it there once
 * migrated: a kill at any moment leaves either no `pgdata` or a complete one.
 * Runs under the folder lock, so no other process is building one.
 */
async function createDataDir(root: string, dataDir: string): Promise<void> {
  const building = path.join(root, `${CREATING_PREFIX}${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
  try {
    const db = await openPgliteClient(building);
    try {
      await pauseForTest('store-create');
      await migrate(db);
    } finally {
      await db.close();
    }
    writeFormat(root);
    fs.renameSync(building, dataDir);
  } catch (err) {
    // Only our own half-built folder is removed; nothing of the user's is touched.
    fs.rmSync(building, { recursive: true, force: true });
    throw isParallaxError(err) && err.code !== 'STORE_CORRUPT' ? err : unavailable(root, 'cannot create a store', err);
  }
}

/** Half-built data folders of killed creations: safe to remove under the lock, since only a lock holder builds one. */
function removeAbandonedCreations(root: string): void {
  for (const name of fs.readdirSync(root)) {
    if (name.startsWith(CREATING_PREFIX)) fs.rmSync(path.join(root, name), { recursive: true, force: true });
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

/**
 * The store with every failure coded: a ParallaxError passes through, any
 * other (a database or file system error) becomes `STORE_FAILED` naming the
 * folder, so the CLI prints one line instead of a stack trace.
 */
function failuresCoded(store: Store, root: string): Store {
  const coded = {} as Record<string, unknown>;
  for (const [name, method] of Object.entries(store) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    coded[name] = async (...args: unknown[]) => {
      try {
        return await method(...args);
      } catch (err) {
        throw isParallaxError(err) || thrownByCaller.has(err as object) ? err : failed(root, name, err);
      }
    };
  }
  // The caller's own code inside a transaction keeps its errors (a bug there is not a store fault);
  // its store calls are coded like any other.
  coded.transaction = async <T>(fn: (tx: Store) => Promise<T>): Promise<T> => {
    try {
      return await store.transaction(async (tx) => {
        try {
          return await fn(failuresCoded(tx, root));
        } catch (err) {
          if (typeof err === 'object' && err !== null) thrownByCaller.add(err);
          throw err;
        }
      });
    } catch (err) {
      throw isParallaxError(err) || thrownByCaller.has(err as object) ? err : failed(root, 'transaction', err);
    }
  };
  return coded as unknown as Store;
}

/** Errors thrown by callers' code inside a transaction, which pass through uncoded. */
const thrownByCaller = new WeakSet<object>();

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function failed(root: string, doing: string, err: unknown): ParallaxError {
  return new ParallaxError(
    'STORE_FAILED',
    `${root}: the store failed (${doing}: ${reasonOf(err)}); this command's changes were not saved. ` +
      'If it happens again, keep a copy of the folder and report it.',
    { cause: err },
  );
}

function unavailable(root: string, doing: string, err: unknown): ParallaxError {
  return new ParallaxError('STORE_UNAVAILABLE', `${root}: ${doing} (${reasonOf(err)})`, { cause: err });
}

function unavailableOnError<T>(root: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw isParallaxError(err) ? err : unavailable(root, 'cannot use the folder', err);
  }
}

async function unavailableOnErrorAsync(root: string, fn: () => Promise<StoreLock>): Promise<StoreLock> {
  try {
    return await fn();
  } catch (err) {
    throw isParallaxError(err) ? err : unavailable(root, 'cannot take the folder lock', err);
  }
}
