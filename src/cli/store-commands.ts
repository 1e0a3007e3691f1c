/** Helpers for the commands that use the embedded store. */
import { resolve } from 'node:path';
import type { CommandContext, CommandResult } from './command.js';
import { openStore, type Store } from '../store/index.js';

/** Waits shorter than this are not worth a notice. */
const NOTICE_AFTER_MS = 1_000;

/**
 * Opens the store named by --db, PARALLAX_DB, the config file or the default, runs `fn`, always
 * closes; returns its value and the notices for standard error. `read`: a missing store is
 * `STORE_MISSING` and nothing is created; `write` creates it. While another process holds the
 * folder it waits up to the `lockWait` setting (PARALLAX_LOCK_WAIT, default 30 s) and notes how long it waited.
 * Keep `fn` to store calls: the folder is held until it returns.
 */
export async function useStore<T>(ctx: CommandContext, mode: 'read' | 'write', fn: (store: Store) => Promise<T>): Promise<{ value: T; notices: string[] }> {
  const dir = resolve(ctx.cwd, typeof ctx.values.db === 'string' ? ctx.values.db : ctx.config.db);
  let waitedMs = 0;
  const store = await openStore(dir, {
    create: mode === 'write',
    lockWaitMs: ctx.config.lockWait * 1_000,
    onLockWaited: (ms) => { waitedMs = ms; },
  });
  let value: T;
  try {
    value = await fn(store);
  } finally {
    await store.close();
  }
  const notices = waitedMs < NOTICE_AFTER_MS ? [] : [`parallax: waited ${(waitedMs / 1_000).toFixed(1)} s for ${dir}, which another process was using`];
  return { value, notices };
}

/** {@link useStore} for a command whose result is made inside: the notices go before its own lines. */
export async function withStore(ctx: CommandContext, mode: 'read' | 'write', fn: (store: Store) => Promise<CommandResult>): Promise<CommandResult> {
  const { value, notices } = await useStore(ctx, mode, fn);
  return notices.length === 0 ? value : { ...value, stderr: [...notices, ...value.stderr] };
}
