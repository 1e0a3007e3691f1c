/**
 * The store folder lock. PGlite is one process's database: two processes with the same data
 * folder open corrupt it ("unexpected chunk size … toast"), so every opener, reader or writer,
 * holds this lock for as long as its store is open (readers only for a query or two).
 *
 * Two parts:
 *
 * 1. The guard, on Linux: a listening socket in the abstract namespace named after the folder
 *    (device and inode). Binding an address is atomic and the kernel frees it when the process
 *    dies, SIGKILL included, so among processes that share a network namespace (one machine, or
 *    one container) exactly one holds the guard and there is never a stale guard to take over.
 * 2. The lock file `parallax.lock`, created only under the guard: who holds the folder (pid,
 *    host, boot id, namespaces, process start time), for messages and for processes in other
 *    namespaces (containers sharing a volume), which do not see each other's guard. It is written
 *    to a private file first and linked into place, so it is never seen half-written.
 *
 * Why no take-over can be won twice. In one namespace: every holder keeps the guard from before
 * it writes the lock file until after it removes it, so a lock file found while holding the guard
 * whose owner recorded our namespace was left by a process that is gone; only the guard holder
 * reads, judges, moves and creates the file, so for two or eight processes every interleaving is
 * one process at a time, the others get EADDRINUSE and wait. Across namespaces the file decides:
 * it is created with link() (fails if present), a dead owner's file is moved aside with rename()
 * (of the same file only one rename succeeds; the loser gets ENOENT and starts again), and the
 * mover checks that what it moved is the file it judged dead before it links its own; a live
 * owner's file moved by mistake (possible only if it was replaced between the read and the
 * rename, by another namespace's take-over) is linked back. Owners in another pid namespace or on
 * another host cannot be checked: the lock is refused with the file to delete.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ParallaxError } from '../errors.js';

/** The lock file's name inside the store folder. */
export const LOCK_FILE = 'parallax.lock';
/**
 * A lock file that cannot be parsed may be one an older Parallax is writing right now (between
 * create and write); only once it is this old is it debris.
 */
const UNREADABLE_LOCK_GRACE_MS = 2_000;
/** Private files (lock being created, stale lock moved aside) older than this are debris of a killed process. */
const DEBRIS_AGE_MS = 60_000;
/** Long enough for another command's writes (a few seconds each), short enough to give up on a stuck one. */
export const DEFAULT_LOCK_WAIT_MS = 30_000;
/** First pause between attempts; doubled up to the next, with jitter so waiters do not move in step. */
const FIRST_RETRY_MS = 20;
const MAX_RETRY_MS = 400;

/** What a lock file holds: who owns the folder. Fields after `startedAt` are absent off Linux and in older locks. */
export interface LockOwner {
  pid: number;
  hostname: string;
  /** ISO 8601 date-time when the lock was taken. */
  startedAt: string;
  /** The kernel boot id (/proc/sys/kernel/random/boot_id): another one on the same host means the owner is gone. */
  bootId?: string;
  /** The owner's network namespace, where its guard lives (`net:[…]`). */
  netns?: string;
  /** The owner's pid namespace: its pid means something only there (`pid:[…]`). */
  pidns?: string;
  /** The owner's start time in clock ticks after boot: a recycled pid (1 in a new container) has another. */
  procStart?: string;
}

/** How {@link acquireLock} waits for a folder another process holds. */
export interface LockOptions {
  /** Longest wait in milliseconds before `STORE_LOCKED` (0: do not wait). Default 30 000. */
  waitMs?: number;
}

/** A held folder lock. */
export interface StoreLock {
  readonly file: string;
  /** Milliseconds spent waiting for another holder (0 when the folder was free). */
  readonly waitedMs: number;
  /** Removes the lock file if it is still ours and frees the guard; safe to call twice. */
  release(): void;
}

type Verdict = 'alive' | 'dead' | 'unknown';
type Attempt = { lock: StoreLock } | { owner: LockOwner | 'unreadable' | 'missing'; verdict: Verdict };

/**
 * Takes the folder lock, waiting up to `waitMs` while a live process holds it; then throws
 * `STORE_LOCKED` naming the holder and how long it waited. A lock left by a process that is gone
 * is taken over; one whose owner cannot be checked (another host, another container) is refused
 * with the file to delete if no Parallax uses the folder. Released, best effort, at process exit.
 *
 * @example
 * const lock = await acquireLock('/home/me/.parallax', { waitMs: 5_000 });
 * try { … } finally { lock.release(); }
 */
export async function acquireLock(dir: string, options: LockOptions = {}): Promise<StoreLock> {
  const waitMs = options.waitMs ?? DEFAULT_LOCK_WAIT_MS;
  const file = path.join(dir, LOCK_FILE);
  const started = Date.now();
  let pause = FIRST_RETRY_MS;
  for (;;) {
    const attempt = await tryAcquire(dir, file, Date.now() - started);
    if ('lock' in attempt) return attempt.lock;
    const waited = Date.now() - started;
    // An owner that cannot be checked may be a live process elsewhere that releases soon: wait for it too.
    if (waited >= waitMs) throw lockedError(dir, file, attempt.owner, attempt.verdict, waited);
    await sleep(Math.min(pause * (0.5 + Math.random()), waitMs - waited));
    pause = Math.min(pause * 2, MAX_RETRY_MS);
  }
}

async function tryAcquire(dir: string, file: string, waitedMs: number): Promise<Attempt> {
  const guard = await takeGuard(dir);
  if (guard === 'busy') return { owner: readOwner(file), verdict: 'alive' };
  try {
    const content = `${JSON.stringify(currentOwner())}\n`;
    const claim = claimFile(file, content, guard !== 'unsupported');
    if ('owner' in claim) {
      closeGuard(guard);
      return claim;
    }
    sweepDebris(file);
    return { lock: holdLock(file, content, guard, waitedMs) };
  } catch (err) {
    closeGuard(guard);
    throw err;
  }
}

/** Creates the lock file, taking over a dead owner's; returns the owner that keeps it otherwise. */
function claimFile(file: string, content: string, guarded: boolean): { ok: true } | { owner: LockOwner | 'unreadable'; verdict: Verdict } {
  // Each round either creates the file or finds it taken; a take-over race lost restarts the round.
  for (;;) {
    if (linkNew(file, content)) return { ok: true };
    const text = readText(file);
    if (text === null) continue;
    const owner = parseOwner(text);
    const verdict = owner === 'unreadable' ? (ageMs(file) < UNREADABLE_LOCK_GRACE_MS ? 'alive' : 'dead') : judge(owner, guarded);
    if (verdict !== 'dead') return { owner, verdict };
    moveAsideIfSame(file, text);
  }
}

/** Moves a dead owner's lock file aside, only if it is still the file that was judged. */
function moveAsideIfSame(file: string, judged: string): void {
  const aside = privateName(file, 'stale');
  try {
    fs.renameSync(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // another process moved it first
    throw err;
  }
  if (readText(aside) !== judged) {
    // Replaced between the read and the rename: a live owner's lock, put it back.
    try {
      fs.linkSync(aside, file);
    } catch {
      // Someone created a lock meanwhile; that one stands.
    }
  }
  fs.rmSync(aside, { force: true });
}

/** Writes `content` to a private file and links it to `file`: false when `file` exists. */
function linkNew(file: string, content: string): boolean {
  const temp = privateName(file, 'new');
  fs.writeFileSync(temp, content, { flag: 'wx' });
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links: an exclusive create is the next best thing.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') return createExclusive(file, content);
    throw err;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function createExclusive(file: string, content: string): boolean {
  try {
    fs.writeFileSync(file, content, { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

function privateName(file: string, kind: string): string {
  return `${file}.${kind}.${process.pid}.${crypto.randomBytes(6).toString('hex')}`;
}

/** Removes private files that killed processes left beside the lock file. */
function sweepDebris(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const full = path.join(dir, name);
    if (ageMs(full) > DEBRIS_AGE_MS) fs.rmSync(full, { force: true });
  }
}

/**
 * Whether the owner of a lock file is still running. Under the guard an owner of our namespace
 * is gone (it would hold the guard); otherwise its pid is checked where it means something.
 */
function judge(owner: LockOwner, guarded: boolean): Verdict {
  const me = currentOwner();
  const sameKernel = owner.bootId !== undefined && owner.bootId === me.bootId;
  if (owner.bootId !== undefined && me.bootId !== undefined && !sameKernel) {
    // Another boot of this host: everything from before is gone. Another host: cannot tell.
    return owner.hostname === me.hostname ? 'dead' : 'unknown';
  }
  if (sameKernel && guarded && owner.netns !== undefined && owner.netns === me.netns) return 'dead';
  if (sameKernel && owner.pidns !== undefined && owner.pidns === me.pidns) return processAlive(owner) ? 'alive' : 'dead';
  if (sameKernel) return 'unknown';
  // An older or non-Linux lock: only the host name and the pid to go on.
  if (owner.hostname !== me.hostname) return 'unknown';
  // Under the guard our own pid in a lock file is a previous holder's, recycled (pid 1 in a container).
  if (guarded && owner.pid === process.pid) return 'dead';
  return processAlive(owner) ? 'alive' : 'dead';
}

function processAlive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = owner.procStart === undefined ? undefined : processStart(owner.pid);
  return start === undefined || start === owner.procStart;
}

/** The start time (clock ticks after boot) of a process, from field 22 of /proc/PID/stat. */
function processStart(pid: number | 'self'): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces and parentheses; field 3 first.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3];
  } catch {
    return undefined;
  }
}

function readLink(file: string): string | undefined {
  try {
    return fs.readlinkSync(file);
  } catch {
    return undefined;
  }
}

let identity: Omit<LockOwner, 'startedAt'> | undefined;

function currentOwner(): LockOwner {
  identity ??= dropUndefined({
    pid: process.pid,
    hostname: os.hostname(),
    bootId: readText('/proc/sys/kernel/random/boot_id')?.trim(),
    netns: readLink('/proc/self/ns/net'),
    pidns: readLink('/proc/self/ns/pid'),
    procStart: processStart('self'),
  });
  return { ...identity, startedAt: new Date().toISOString() };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// ---------------------------------------------------------------------------------------------
// The guard.

type Guard = net.Server | 'unsupported';

/** Listens on the folder's abstract socket: the server, 'busy' when another process has it, 'unsupported' off Linux. */
async function takeGuard(dir: string): Promise<Guard | 'busy'> {
  if (process.platform !== 'linux') return 'unsupported';
  const folder = fs.statSync(dir);
  // Device and inode name the folder however it is reached (symlinks, relative paths, bind mounts).
  const name = `\0parallax-store-${folder.dev}-${folder.ino}`;
  const server = net.createServer();
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') resolve('busy');
      else if (err.code === 'EINVAL' || err.code === 'ENOENT') resolve('unsupported');
      else reject(err);
    });
    server.listen({ path: name, exclusive: true }, () => {
      // The guard must not keep the process alive, and nobody ever connects to it.
      server.unref();
      server.on('connection', (socket) => socket.destroy());
      resolve(server);
    });
  });
}

function closeGuard(guard: Guard): void {
  if (guard !== 'unsupported') guard.close();
}

// ---------------------------------------------------------------------------------------------

/**
 * Reads a lock file's owner.
 *
 * @example
 * readOwner('/data/parallax.lock'); // { pid: 4242, hostname: 'box', startedAt: '…', bootId: '…', … }
 */
export function readOwner(file: string): LockOwner | 'missing' | 'unreadable' {
  const text = readText(file);
  return text === null ? 'missing' : parseOwner(text);
}

function parseOwner(text: string): LockOwner | 'unreadable' {
  try {
    const parsed = JSON.parse(text) as Partial<Record<keyof LockOwner, unknown>>;
    if (typeof parsed.pid === 'number' && typeof parsed.hostname === 'string') {
      const optional = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
      return dropUndefined({
        pid: parsed.pid,
        hostname: parsed.hostname,
        startedAt: String(parsed.startedAt ?? ''),
        bootId: optional(parsed.bootId),
        netns: optional(parsed.netns),
        pidns: optional(parsed.pidns),
        procStart: optional(parsed.procStart),
      });
    }
  } catch {
    // Falls through: a half-written or foreign file.
  }
  return 'unreadable';
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

function lockedError(dir: string, file: string, owner: LockOwner | 'unreadable' | 'missing', verdict: Verdict, waitedMs: number): ParallaxError {
  const waited = waitedMs >= 1_000 ? `; waited ${(waitedMs / 1_000).toFixed(1)} s` : '';
  if (typeof owner !== 'object') return new ParallaxError('STORE_LOCKED', `${dir}: in use (lock ${file} is being written)${waited}`);
  if (verdict === 'unknown') {
    return new ParallaxError(
      'STORE_LOCKED',
      `${dir}: locked by process ${owner.pid} on ${owner.hostname} since ${owner.startedAt || 'an unknown time'}, ` +
        `which cannot be checked from here (another host or container). ` +
        `If no parallax process is using this store, delete ${file} and try again.`,
    );
  }
  // A lock without a start time (an older Parallax, or off Linux) cannot tell its owner from a recycled pid.
  const remedy = owner.procStart === undefined ? `. If no parallax process is using this store, delete ${file} and try again.` : '';
  return new ParallaxError('STORE_LOCKED', `${dir}: in use by process ${owner.pid}${waited}${remedy}`);
}

function holdLock(file: string, content: string, guard: Guard, waitedMs: number): StoreLock {
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
    // After the file: a holder keeps the guard for as long as its lock file exists.
    closeGuard(guard);
  };
  process.on('exit', release);
  return { file, waitedMs, release };
}
