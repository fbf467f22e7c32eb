// What the archive's code asks of a database connection: the part of better-sqlite3's interface it
// uses, which the PostgreSQL connection (postgres/database.ts) answers too.

export interface SqlStatement {
  get(...params: any[]): unknown;
  all(...params: any[]): unknown[];
  iterate(...params: any[]): IterableIterator<unknown>;
  run(...params: any[]): { changes: number; lastInsertRowid: number | bigint };
  pluck(on?: boolean): SqlStatement;
  raw(on?: boolean): SqlStatement;
}

export interface SqlDatabase {
  prepare(sql: string): SqlStatement;
  exec(sql: string): unknown;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  transaction<T>(fn: () => T): () => T;
  readonly inTransaction: boolean;
  readonly open: boolean;
  close(): unknown;
}

/** Which engine holds the archive; SQL that differs between them asks this. */
export function isPostgres(db: SqlDatabase): boolean {
  return (db as { engine?: string }).engine === "postgres";
}

/** The better-sqlite3 connection behind an SQLite archive, for the few jobs that need SQLite's own
 *  interface (copying its file table by table, checking FTS5's integrity). */
export function sqliteOf(db: SqlDatabase): import("better-sqlite3").Database {
  if (isPostgres(db)) throw new Error("an SQLite archive was expected here, not a PostgreSQL one");
  return db as unknown as import("better-sqlite3").Database;
}
