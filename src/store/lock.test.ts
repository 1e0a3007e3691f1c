import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isParallaxError } from '../errors.js';
import { acquireLock, LOCK_FILE, readOwner, type LockOwner, type StoreLock } from './lock.js';

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined) throw new Error('could not start a child process');
  return child.pid;
}

async function lockError(dir: string, waitMs = 0): Promise<unknown> {
  try {
    (await acquireLock(dir, { waitMs })).release();
  } catch (err) {
    return err;
  }
  return undefined;
}

const linux = process.platform === 'linux';

/** What this process writes into a lock file, read from one it held and released. */
function myOwner(lock: StoreLock): LockOwner {
  const owner = readOwner(lock.file);
  lock.release();
  if (typeof owner !== 'object') throw new Error('no owner in the lock file');
  return owner;
}

describe('acquireLock', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-lock-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes pid, host and start time and removes the file on release', async () => {
    const lock = await acquireLock(dir);
    const owner = readOwner(lock.file);
    expect(owner).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    expect(Number.isNaN(Date.parse(typeof owner === 'object' ? owner.startedAt : ''))).toBe(false);
    expect(lock.waitedMs).toBe(0);
    lock.release();
    lock.release();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a folder held by a live process on this host when told not to wait', async () => {
    const lock = await acquireLock(dir);
    const err = await lockError(dir);
    lock.release();
    expect(isParallaxError(err, 'STORE_LOCKED')).toBe(true);
    expect((err as Error).message).toBe(`${dir}: in use by process ${process.pid}`);
  });

  it('waits for the holder to release and reports how long it waited', async () => {
    const lock = await acquireLock(dir);
    setTimeout(() => lock.release(), 300);
    const second = await acquireLock(dir, { waitMs: 20_000 });
    expect(second.waitedMs).toBeGreaterThanOrEqual(250);
    second.release();
  });

  it('gives up after the wait with the holder and the time waited', async () => {
    const lock = await acquireLock(dir);
    const err = await lockError(dir, 1_100);
    lock.release();
    expect(isParallaxError(err, 'STORE_LOCKED')).toBe(true);
    expect((err as Error).message).toMatch(new RegExp(`in use by process ${process.pid}; waited \\d+\\.\\d s$`));
  });

  it('takes over a lock whose process is gone', async () => {
    const file = path.join(dir, LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ pid: deadPid(), hostname: os.hostname(), startedAt: '2020-01-01T00:00:00Z' }));
    const lock = await acquireLock(dir);
    expect(readOwner(file)).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it.runIf(linux)('takes over a lock of a recycled pid: a live pid that started at another time', async () => {
    const me = myOwner(await acquireLock(dir));
    // pid 1 is alive in every pid namespace; this lock says it belongs to a pid 1 started at another time.
    const other = { ...me, pid: 1, procStart: '1', netns: 'net:[0]' };
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(other));
    const lock = await acquireLock(dir);
    expect(readOwner(lock.file)).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it.runIf(linux)('takes over a lock left in this namespace by a killed holder, even under a live pid', async () => {
    const mine = myOwner(await acquireLock(dir));
    // As a killed holder of this namespace leaves it, under a pid that is alive now (1 always is).
    const { procStart: _unused, ...withoutStart } = mine;
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ ...withoutStart, pid: 1 }));
    const lock = await acquireLock(dir);
    expect(readOwner(lock.file)).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('refuses a lock held on another host, whose pid cannot be checked, with the file to delete', async () => {
    const file = path.join(dir, LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ pid: deadPid(), hostname: `not-${os.hostname()}`, startedAt: '' }));
    const err = await lockError(dir);
    expect(isParallaxError(err, 'STORE_LOCKED')).toBe(true);
    expect((err as Error).message).toContain(`on not-${os.hostname()}`);
    expect((err as Error).message).toContain(`If no parallax process is using this store, delete ${file}`);
  });

  it.runIf(linux)('refuses a lock of another container (same kernel, other pid namespace) with the file to delete', async () => {
    const mine = myOwner(await acquireLock(dir));
    const file = path.join(dir, LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ ...mine, pid: 1, hostname: 'container', netns: 'net:[1]', pidns: 'pid:[1]' }));
    const err = await lockError(dir);
    expect((err as Error).message).toContain('cannot be checked from here');
    expect((err as Error).message).toContain(`delete ${file}`);
  });

  it('names the file to delete when an older lock names a live pid it cannot tell from a recycled one', async () => {
    const file = path.join(dir, LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ pid: process.ppid, hostname: os.hostname(), startedAt: '' }));
    const err = await lockError(dir);
    expect(isParallaxError(err, 'STORE_LOCKED')).toBe(true);
    expect((err as Error).message).toContain(`in use by process ${process.ppid}`);
    expect((err as Error).message).toContain(`delete ${file}`);
  });

  it('treats a fresh unreadable lock as being written and an old one as debris', async () => {
    const file = path.join(dir, LOCK_FILE);
    fs.writeFileSync(file, '');
    expect(isParallaxError(await lockError(dir), 'STORE_LOCKED')).toBe(true);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
    expect(await lockError(dir)).toBeUndefined();
  });

  it('leaves a lock taken over by someone else in place on release', async () => {
    const lock = await acquireLock(dir);
    const theirs = JSON.stringify({ pid: 1, hostname: 'elsewhere', startedAt: '' });
    fs.writeFileSync(lock.file, theirs);
    lock.release();
    expect(fs.readFileSync(lock.file, 'utf8')).toBe(theirs);
  });

  it('lets exactly one of many concurrent take-overs of one dead owner win', async () => {
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), hostname: os.hostname(), startedAt: '' }));
    const attempts = await Promise.allSettled(Array.from({ length: 8 }, () => acquireLock(dir, { waitMs: 0 })));
    const won = attempts.filter((a) => a.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const a of won) a.value.release();
  });
});
