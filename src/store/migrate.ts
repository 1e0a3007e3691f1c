import { ParallaxError } from '../errors.js';
import type { Migration } from './migrations/all.js';
import { MIGRATIONS } from './migrations/all.js';
import type { SqlClient } from './sql-client.js';

/** Any fixed number: it only has to be the same for every Parallax process on one server. */
const MIGRATION_LOCK_KEY = 7_400_511;

/**
 * Applies the migrations not yet recorded in `schema_migrations`, all in one
 * transaction, and returns the versions applied ([] when up to date). A
 * database from a newer Parallax (unknown versions) throws `STORE_CORRUPT`.
 *
 * @example
 * const applied = await migrate(db); // [1] on a new store, [] afterwards
 */
export async function migrate(db: SqlClient, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    // Two processes migrating one server database would race; this serialises them.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version     integer PRIMARY KEY,
      name        text NOT NULL,
      applied_at  timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    const known = new Set(migrations.map((m) => m.version));
    const unknown = [...done].filter((v) => !known.has(v));
    if (unknown.length > 0) {
      throw new ParallaxError(
        'STORE_CORRUPT',
        `the store has schema version ${Math.max(...unknown)}, newer than this Parallax knows; upgrade Parallax to open it`,
      );
    }
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}

/**
 * Splits a migration into statements, because parameterised-query protocols
 * take one statement at a time. Migrations keep `;` to statement ends (no
 * function bodies or string literals containing it).
 */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
