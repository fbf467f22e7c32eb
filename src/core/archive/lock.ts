// Taking the archive's write lock, and waiting for it visibly. better-sqlite3 is synchronous: while
// SQLite's own busy handler waits (up to busy_timeout), nothing else in the process runs, so a timer
// could never say that it is waiting. Instead the lock is asked for in short tries, with a sleep
// between them, and whoever opened the archive is told once the wait has lasted a second.
import { isPostgres, type SqlDatabase } from "./sql.js";
import { FaultError } from "../errors.js";

/** How long a writer waits for another process's write lock by default. */
export const LOCK_TIMEOUT_MS = 30_000;
/** After this long waiting, `onWait` is called (once). */
export const WAIT_NOTICE_MS = 1_000;
/** Each try at the lock waits this long inside SQLite before coming back to us. */
const TRY_MS = 100;

export interface LockOptions {
  /** Give up after this many ms (default LOCK_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Called once when the wait has lasted about a second. */
  onWait?: () => void;
}

function busy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Starts a write transaction (BEGIN IMMEDIATE), waiting for another process's lock in short tries;
 * throws a FaultError naming the wait when the timeout runs out. `path` names the archive in it.
 */
export function beginWrite(db: SqlDatabase, path: string, options: LockOptions = {}): void {
  // PostgreSQL has no archive-wide write lock: its writers work side by side, row by row.
  if (isPostgres(db)) {
    db.exec("BEGIN");
    return;
  }
  const timeoutMs = options.timeoutMs ?? LOCK_TIMEOUT_MS;
  const started = Date.now();
  let told = false;
  const saved = db.pragma("busy_timeout", { simple: true }) as number;
  // Short tries, so that we come back in time to tell and to give up.
  db.pragma(`busy_timeout = ${Math.min(TRY_MS, timeoutMs)}`);
  try {
    for (;;) {
      try {
        db.exec("BEGIN IMMEDIATE");
        return;
      } catch (err) {
        if (!busy(err) || db.inTransaction) throw err;
      }
      const waited = Date.now() - started;
      if (waited >= timeoutMs) throw new FaultError({ kind: "lock", path, seconds: Math.round(timeoutMs / 1000) });
      if (!told && waited >= WAIT_NOTICE_MS) {
        told = true;
        options.onWait?.();
      }
      sleep(5 + Math.random() * 20);
    }
  } finally {
    db.pragma(`busy_timeout = ${saved}`);
  }
}

/**
 * Runs `fn` in one write transaction taken with beginWrite; commits, or rolls back and rethrows.
 * Inside a transaction already, `fn` runs in a savepoint of it.
 */
export function writeTransaction<T>(db: SqlDatabase, path: string, fn: () => T, options: LockOptions = {}): T {
  if (db.inTransaction) return db.transaction(fn)();
  beginWrite(db, path, options);
  try {
    const result = fn();
    db.exec("COMMIT");
    return result;
  } catch (err) {
    // SQLite rolls some failures back by itself (a full disk may).
    if (db.inTransaction) {
      try {
        db.exec("ROLLBACK");
      } catch {
        // the connection is closing or broken: the transaction is gone with it
      }
    }
    throw err;
  }
}
