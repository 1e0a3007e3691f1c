import { init } from './001-init.js';
import { clusterState } from './002-cluster-state.js';

/** One schema change; applied once, in version order, recorded in `schema_migrations`. */
export interface Migration {
  version: number;
  name: string;
  /** Plain PostgreSQL, one or more statements, no parameters. */
  sql: string;
}

/**
 * Every migration in version order. Add a change as the next numbered file
 * and append it here; never edit one that has shipped.
 *
 * @example
 * const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version;
 */
export const MIGRATIONS: readonly Migration[] = [init, clusterState];
