/** Helpers for the commands that use the embedded store. */
import { resolve } from 'node:path';
import type { CommandContext } from './command.js';
import { openStore, type Store } from '../store/index.js';

/** Opens the store named by --db, PARALLAX_DB, the config file or the default, runs `fn`, always closes. */
export async function withStore<T>(ctx: CommandContext, fn: (store: Store) => Promise<T>): Promise<T> {
  const dir = resolve(ctx.cwd, typeof ctx.values.db === 'string' ? ctx.values.db : ctx.config.db);
  const store = await openStore(dir);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
