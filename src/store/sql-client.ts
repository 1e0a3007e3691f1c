/**
 * The only thing the store asks of a database driver. PGlite implements it
 * in-process (`pglite-client.ts`); a PostgreSQL server driver (`pg`) can
 * implement it the same way and reuse every statement unchanged.
 */

/** Something that runs one parameterised statement: a connection or an open transaction. */
export interface SqlQueryable {
  /**
   * Runs one statement with `$1…$n` parameters and returns its rows.
   *
   * @example
   * const rows = await db.query<{ id: string }>('SELECT id FROM articles WHERE source = $1', [source]);
   */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** A database connection with transactions. */
export interface SqlClient extends SqlQueryable {
  /**
   * Runs `fn` inside one transaction: committed when it resolves, rolled back when it throws.
   *
   * @example
   * await db.transaction(async (tx) => { await tx.query('DELETE FROM stories'); });
   */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * Closes the connection; later queries fail.
   *
   * @example
   * await db.close();
   */
  close(): Promise<void>;
}
