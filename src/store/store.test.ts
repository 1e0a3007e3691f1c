import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeStoreConformance, expectCode, makeItem } from './conformance.js';
import type { Store } from './index.js';
import { openStore } from './index.js';
import { migrate } from './migrate.js';
import { openPgliteClient } from './pglite-client.js';

describeStoreConformance('PGlite', (dir) => openStore(dir));

describe('openStore on a folder (PGlite)', () => {
  let root = '';
  let dir = '';
  let store: Store;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-folder-'));
    dir = path.join(root, 'main');
    store = await openStore(dir);
  });

  afterAll(async () => {
    await store?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('keeps the database in pgdata with the lock and VERSION beside it', () => {
    expect(fs.existsSync(path.join(dir, 'pgdata', 'PG_VERSION'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'VERSION'), 'utf8')).toBe('1\n');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'parallax.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('refuses a second open of a folder in use with STORE_LOCKED', async () => {
    const message = await expectCode(openStore(dir, { lockWaitMs: 0 }), 'STORE_LOCKED');
    expect(message).toBe(`${dir}: in use by process ${process.pid}`);
    expect(await store.search('anything')).toEqual([]);
  });

  it('takes over a stale lock, applies migrations once and releases the lock on close', async () => {
    const stale = path.join(root, 'stale');
    const db = await openPgliteClient(path.join(stale, 'pgdata'));
    expect(await migrate(db)).toEqual([1, 2]);
    expect(await migrate(db)).toEqual([]);
    expect(await db.query('SELECT version, name FROM schema_migrations ORDER BY version')).toEqual([
      { version: 1, name: 'init' },
      { version: 2, name: 'cluster-state' },
    ]);
    await db.close();

    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    fs.writeFileSync(path.join(stale, 'parallax.lock'), JSON.stringify({ pid: gone, hostname: os.hostname(), startedAt: '' }));
    const reopened = await openStore(stale);
    await reopened.addArticles([makeItem({ id: 'after-takeover', text: 'Written after the take-over.' })]);
    await reopened.close();
    await reopened.close();
    expect(fs.existsSync(path.join(stale, 'parallax.lock'))).toBe(false);
  });

  it('refuses a data folder without PG_VERSION instead of initialising over it', async () => {
    const broken = path.join(root, 'no-version');
    fs.mkdirSync(path.join(broken, 'pgdata'), { recursive: true });
    fs.writeFileSync(path.join(broken, 'pgdata', 'base'), 'precious');
    const message = await expectCode(openStore(broken), 'STORE_CORRUPT');
    expect(message).toContain(path.join(broken, 'pgdata'));
    expect(message).toContain('Nothing has been deleted');
    expect(fs.readdirSync(path.join(broken, 'pgdata'))).toEqual(['base']);
    expect(fs.existsSync(path.join(broken, 'parallax.lock'))).toBe(false);
  });

  it('reports a data folder PGlite cannot start as STORE_CORRUPT and leaves it as it was', async () => {
    const broken = path.join(root, 'bad-version');
    fs.mkdirSync(path.join(broken, 'pgdata'), { recursive: true });
    fs.writeFileSync(path.join(broken, 'pgdata', 'PG_VERSION'), '99\n');
    const message = await expectCode(openStore(broken), 'STORE_CORRUPT');
    expect(message).toContain(`move ${path.join(broken, 'pgdata')} aside`);
    expect(fs.readdirSync(path.join(broken, 'pgdata'))).toEqual(['PG_VERSION']);
    expect(fs.existsSync(path.join(broken, 'parallax.lock'))).toBe(false);
  });

  it('opens a missing store read-only as STORE_MISSING and creates nothing', async () => {
    const typo = path.join(root, 'typo', 'store');
    const message = await expectCode(openStore(typo, { create: false }), 'STORE_MISSING');
    expect(message).toContain(typo);
    expect(fs.existsSync(path.join(root, 'typo'))).toBe(false);
    // A folder with only a lock and VERSION (an older killed creation) is no store either.
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    await expectCode(openStore(empty, { create: false }), 'STORE_MISSING');
    expect(fs.readdirSync(empty)).toEqual([]);
  });

  it('removes the half-built data folder of a killed creation and creates the store', async () => {
    const killed = path.join(root, 'killed');
    fs.mkdirSync(path.join(killed, 'pgdata.creating-999999-abcd'), { recursive: true });
    fs.writeFileSync(path.join(killed, 'pgdata.creating-999999-abcd', 'PG_VERSION'), '17\n');
    await expectCode(openStore(killed, { create: false }), 'STORE_MISSING');
    const created = await openStore(killed);
    await created.close();
    expect(fs.readdirSync(killed).sort()).toEqual(['VERSION', 'pgdata']);
  });

  it('codes a failure of a store call as STORE_FAILED naming the folder', async () => {
    const other = path.join(root, 'closed');
    const closed = await openStore(other);
    await closed.close();
    const message = await expectCode(closed.search('anything'), 'STORE_FAILED');
    expect(message).toContain(other);
  });

  it('refuses a folder written by a newer store format', async () => {
    const newer = path.join(root, 'newer');
    fs.mkdirSync(newer);
    fs.writeFileSync(path.join(newer, 'VERSION'), '2\n');
    expect(await expectCode(openStore(newer), 'STORE_CORRUPT')).toContain('store format 2');
  });
});
