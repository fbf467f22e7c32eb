// Opening the archive file: where it lives, what state it is in, and bringing its schema up to date.
// Every way an archive can be wrong (not SQLite, another program's database, a newer version, read-only)
// becomes a clear NewsError before anything is written.
import Database from "better-sqlite3";
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { NewsError } from "../errors.js";
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from "./schema.js";

export type DB = Database.Database;

/** --db, else NEWS_DB, else $XDG_DATA_HOME/news/news.db (CONTRACT.md, "Where the archive lives"). */
export function defaultArchivePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEWS_DB) return resolve(env.NEWS_DB);
  const data = env.XDG_DATA_HOME || join(homedir(), ".local", "share");
  return resolve(data, "news", "news.db");
}

export interface OpenOptions {
  /** Open for writing, creating the file and its folder when missing. */
  write: boolean;
  /** How long to wait for another process's write lock, in ms. */
  busyTimeoutMs?: number;
}

const SQLITE_MAGIC = "SQLite format 3\0";
const PAGE_SIZE = 16384;

function readMagic(path: string): string | null {
  let fd: number | null = null;
  try {
    fd = openSync(path, "r");
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.toString("latin1", 0, n);
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Checks the file before SQLite touches it, so a wrong --db is never modified. */
function checkFile(path: string, write: boolean): boolean {
  if (!existsSync(path)) {
    if (!write) {
      throw new NewsError(`no archive at ${path}; run 'news ingest <path>' first, or pass --db <file>`);
    }
    return false;
  }
  const st = statSync(path);
  if (st.isDirectory()) throw new NewsError(`${path} is a folder, not an archive file; pass --db <file>`);
  if (st.size === 0) return false;
  const magic = readMagic(path);
  if (magic === null) throw new NewsError(`cannot read the archive ${path}: permission denied; check its permissions`);
  if (magic !== SQLITE_MAGIC) {
    throw new NewsError(`${path} is not a news archive (not an SQLite file); pass --db with another path`);
  }
  return true;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Opens (and when writing, creates or migrates) the archive at `path`. */
export function openDatabase(path: string, options: OpenOptions): DB {
  const file = resolve(path);
  const existed = checkFile(file, options.write);
  if (options.write && !existed) {
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (err) {
      throw new NewsError(`cannot create the folder for the archive ${file}: ${describe(err)}`);
    }
  }
  if (options.write && existed && !writable(file)) {
    throw new NewsError(`the archive ${file} is read-only; check its permissions, or pass --db with another path`);
  }
  let db: DB;
  try {
    db = new Database(file, { readonly: !options.write, fileMustExist: !options.write });
  } catch (err) {
    throw new NewsError(`cannot open the archive ${file}: ${describe(err)}; check the path and its permissions`);
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    verifyIdentity(db, file, existed);
    if (options.write) {
      // 16 KB pages pack articles of a few KB several to a page; at 4 KB most would waste half of one.
      if (!existed) db.pragma(`page_size = ${PAGE_SIZE}`);
      walMode(db, options.busyTimeoutMs ?? BUSY_TIMEOUT_MS);
      db.pragma("synchronous = NORMAL");
      // Big write transactions (thousands of articles and their index) must not spill the page cache.
      db.pragma("cache_size = -65536");
      db.pragma("foreign_keys = ON");
      migrate(db, file);
    } else {
      db.pragma("foreign_keys = ON");
      const version = db.pragma("user_version", { simple: true }) as number;
      if (version < SCHEMA_VERSION) {
        // An older archive is upgraded the first time any command opens it.
        db.close();
        return openDatabase(file, { ...options, write: true });
      }
    }
  } catch (err) {
    db.close();
    if (err instanceof NewsError) throw err;
    throw new NewsError(`cannot use the archive ${file}: ${describe(err)}`, 1, { cause: err });
  }
  return db;
}

const BUSY_TIMEOUT_MS = 30_000;

/**
 * Switches a new archive to WAL. The switch needs the database to itself, and SQLite reports
 * SQLITE_BUSY at once rather than through the busy timeout when another process (creating the same
 * archive at the same moment) holds it; so wait here, as the busy timeout would.
 */
function walMode(db: DB, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (db.pragma("journal_mode", { simple: true }) !== "wal") db.pragma("journal_mode = WAL");
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== "SQLITE_BUSY" || Date.now() > deadline) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5 + Math.random() * 20);
    }
  }
}

function verifyIdentity(db: DB, file: string, existed: boolean): void {
  let appId: number;
  let version: number;
  let tables: number;
  try {
    // One read transaction, so all three come from the same moment: read one by one, they could
    // straddle another process's first migration and look like another program's database.
    ({ appId, version, tables } = db.transaction(() => ({
      appId: db.pragma("application_id", { simple: true }) as number,
      version: db.pragma("user_version", { simple: true }) as number,
      tables: (db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n,
    }))());
  } catch (err) {
    throw new NewsError(`${file} is not a usable SQLite archive (${describe(err)}); pass --db with another path`);
  }
  if (!existed || (appId === 0 && version === 0 && tables === 0)) return;
  if (appId !== APPLICATION_ID) {
    throw new NewsError(`${file} is an SQLite database of another program, not a news archive; pass --db with another path`);
  }
  if (version > SCHEMA_VERSION) {
    throw new NewsError(
      `the archive ${file} was written by a newer version of news (schema ${version}, this one knows ${SCHEMA_VERSION}); upgrade news`,
    );
  }
}

/** Applies every migration above the archive's version, all in one transaction. */
export function migrate(db: DB, file = "archive"): void {
  if ((db.pragma("user_version", { simple: true }) as number) >= SCHEMA_VERSION) return;
  const run = db.transaction(() => {
    // Read the version again under the write lock: another process may have just migrated it.
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version > 0 && (db.pragma("application_id", { simple: true }) as number) !== APPLICATION_ID) {
      throw new NewsError(`${file} is an SQLite database of another program, not a news archive; pass --db with another path`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const m of MIGRATIONS.filter((m) => m.version > version)) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  });
  try {
    run.immediate();
  } catch (err) {
    if (err instanceof NewsError) throw err;
    throw new NewsError(`cannot upgrade the archive ${file} to schema ${SCHEMA_VERSION}: ${describe(err)}`, 1, { cause: err });
  }
}
