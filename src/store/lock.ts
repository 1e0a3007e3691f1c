import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ParallaxError } from '../errors.js';

/** The lock file's name inside the store folder. */
export const LOCK_FILE = 'parallax.lock';
/**
 * A lock file that cannot be parsed may be one another process is writing
 * right now (between create and write); only once it is this old is it debris.
 */
const UNREADABLE_LOCK_GRACE_MS = 2_000;
/** Take-over attempts: each loses only to a live process that just took the lock, so a few suffice. */
const ACQUIRE_ATTEMPTS = 3;

/** What a lock file holds: who owns the folder. */
export interface LockOwner {
  pid: number;
  hostname: string;
  /** ISO 8601 date-time when the lock was taken. */
  startedAt: string;
}

/** A held folder lock. */
export interface StoreLock {
  readonly file: string;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): void;
}

/**
 * Takes the folder lock: creates `<dir>/parallax.lock` exclusively with this
 * process's pid, host and start time. A lock held by a live process throws
 * `STORE_LOCKED`; one left by a process that is gone is taken over. The lock
 * is also removed, best effort, when the process exits.
 *
 * @example
 * const lock = acquireLock('/home/me/.parallax');
 * try { … } finally { lock.release(); }
 */
export function acquireLock(dir: string): StoreLock {
  const file = path.join(dir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() };
  const content = `${JSON.stringify(owner)}\n`;
  for (let attempt = 0; attempt < ACQUIRE_ATTEMPTS; attempt++) {
    if (tryCreate(file, content)) return holdLock(file, content);
    refuseIfHeld(dir, file);
    fs.rmSync(file, { force: true });
  }
  throw new ParallaxError('STORE_LOCKED', `${dir}: the lock ${file} keeps being taken by other processes`);
}

function tryCreate(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    fs.writeSync(fd, content);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** Throws STORE_LOCKED unless the existing lock is stale. */
function refuseIfHeld(dir: string, file: string): void {
  const owner = readOwner(file);
  if (owner === 'missing') return;
  if (owner === 'unreadable') {
    if (ageMs(file) < UNREADABLE_LOCK_GRACE_MS) {
      throw new ParallaxError('STORE_LOCKED', `${dir}: in use (lock ${file} is being written)`);
    }
    return;
  }
  if (owner.hostname !== os.hostname()) {
    // A pid on another host cannot be checked from here: assume it is alive.
    throw new ParallaxError('STORE_LOCKED', `${dir}: in use by process ${owner.pid} on ${owner.hostname}`);
  }
  if (isAlive(owner.pid)) {
    throw new ParallaxError('STORE_LOCKED', `${dir}: in use by process ${owner.pid}`);
  }
}

/**
 * Reads a lock file's owner.
 *
 * @example
 * readOwner('/data/parallax.lock'); // { pid: 4242, hostname: 'box', startedAt: '…' }
 */
export function readOwner(file: string): LockOwner | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw err;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.hostname === 'string') {
      return { pid: parsed.pid, hostname: parsed.hostname, startedAt: String(parsed.startedAt ?? '') };
    }
  } catch {
    // Falls through: a half-written or foreign file.
  }
  return 'unreadable';
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holdLock(file: string, content: string): StoreLock {
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    try {
      // Only our own lock: a take-over by another process must not be undone.
      if (fs.readFileSync(file, 'utf8') === content) fs.rmSync(file, { force: true });
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.on('exit', release);
  return { file, release };
}
