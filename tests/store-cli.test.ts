/** The store commands on a missing or busy store: one coded line on standard error, nothing created. */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('read-only store commands on a missing store', () => {
  for (const args of [['stories'], ['story', 's-1'], ['search', 'talks']]) {
    it(`${args[0]} names the path, exits 1 with one line and creates nothing`, async () => {
      const typo = join(mkdtempSync(join(tmpdir(), 'parallax-missing-')), 'no-such-store');
      const run = await cli([...args, '--db', typo]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(`${typo}: no store here`)]);
      expect(run.stderr).toContain('[STORE_MISSING]');
      expect(existsSync(typo)).toBe(false);
    });
  }
});

describe('a store whose lock cannot be checked', () => {
  it('is refused after the wait with one line naming the lock file to delete', async () => {
    const db = mkdtempSync(join(tmpdir(), 'parallax-foreign-'));
    const lock = join(db, 'parallax.lock');
    writeFileSync(lock, JSON.stringify({ pid: 1, hostname: `not-${hostname()}`, startedAt: '2026-01-01T00:00:00Z' }));
    const previous = process.env.PARALLAX_LOCK_WAIT;
    process.env.PARALLAX_LOCK_WAIT = '0.2';
    try {
      const run = await cli(['add', 'examples/ukraine-talks/000_4efbf8bebd05baf7.txt', '--db', db]);
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(`If no parallax process is using this store, delete ${lock}`);
      expect(run.stderr).toContain('[STORE_LOCKED]');
    } finally {
      if (previous === undefined) delete process.env.PARALLAX_LOCK_WAIT;
      else process.env.PARALLAX_LOCK_WAIT = previous;
    }
  });
});
