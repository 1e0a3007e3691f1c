import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isParallaxError } from '../errors.js';
import { acquireLock, LOCK_FILE, readOwner } from './lock.js';

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined) throw new Error('could not start a child process');
  return child.pid;
}

function lockError(dir: string): unknown {
  try {
    acquireLock(dir).release();
  } catch (err) {
    return err;
  }
  return undefined;
}

describe('acquireLock', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-lock-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes pid, host and start time and removes the file on release', () => {
    const lock = acquireLock(dir);
    const owner = readOwner(lock.file);
    expect(owner).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    expect(Number.isNaN(Date.parse(typeof owner === 'object' ? owner.startedAt : ''))).toBe(false);
    lock.release();
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a folder held by a live process on this host', () => {
    const lock = acquireLock(dir);
    const err = lockError(dir);
    lock.release();
    expect(isParallaxError(err, 'STORE_LOCKED')).toBe(true);
    expect((err as Error).message).toBe(`${dir}: in use by process ${process.pid}`);
  });

  it('takes over a lock whose process is gone', () => {
    const file = path.join(dir, LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ pid: deadPid(), hostname: os.hostname(), startedAt: '2020-01-01T00:00:00Z' }));
    const lock = acquireLock(dir);
    expect(readOwner(file)).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('refuses a lock held on another host, whose pid cannot be checked', () => {
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), hostname: `not-${os.hostname()}`, startedAt: '' }));
    const err = lockError(dir);
    expect(isParallaxError(err, 'STORE_LOCKED')).toBe(true);
    expect((err as Error).message).toContain(`on not-${os.hostname()}`);
  });

  it('treats a fresh unreadable lock as being written and an old one as debris', () => {
    const file = path.join(dir, LOCK_FILE);
    fs.writeFileSync(file, '');
    expect(isParallaxError(lockError(dir), 'STORE_LOCKED')).toBe(true);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
    expect(lockError(dir)).toBeUndefined();
  });

  it('leaves a lock taken over by someone else in place on release', () => {
    const lock = acquireLock(dir);
    const theirs = JSON.stringify({ pid: 1, hostname: 'elsewhere', startedAt: '' });
    fs.writeFileSync(lock.file, theirs);
    lock.release();
    expect(fs.readFileSync(lock.file, 'utf8')).toBe(theirs);
  });
});
