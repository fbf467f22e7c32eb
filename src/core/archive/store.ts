// Opening the archive file: where it lives, what state it is in, and bringing its schema up to date.
// Every way an archive can be wrong (not SQLite, another program's database, a newer version, read-only)
// becomes a clear NewsError before anything is written.
import Database from "better-sqlite3";
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync, rmdirSync, rmSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { asFault, FaultError, NewsError } from "../errors.js";
import { ARCHIVE_ELSEWHERE, diskFault, diskState } from "../fs-errors.js";
import { archiveFilePath, archiveLocation, isPostgresUrl } from "./location.js";
import type { SqlDatabase } from "./sql.js";
import { LOCK_TIMEOUT_MS, writeTransaction, type LockOptions } from "./lock.js";
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, type MigrationProgress } from "./schema.js";

/**
 * Opening an archive on PostgreSQL (postgres/open.ts), registered when that module loads: the
 * command line loads it only for a postgres:// location, so that a command on a SQLite file does
 * not load the PostgreSQL client's modules (20-40 ms of every start); the library's entry point
 * (src/index.ts) always loads it.
 */
type PgOpener = (url: string, options: OpenOptions) => DB;
let pgOpener: PgOpener | null = null;

export function registerPostgres(open: PgOpener): void {
  pgOpener = open;
}

function openPostgres(url: string, options: OpenOptions): DB {
  if (!pgOpener) throw new Error("internal: PostgreSQL support is not loaded; import core/archive/postgres/open.js first");
  return pgOpener(url, options);
}

export type DB = SqlDatabase;

/** --db, else NEWS_DB (a file path or a PostgreSQL URL), else $XDG_DATA_HOME/news/news.db (CONTRACT.md, "Where the archive lives"). */
export function defaultArchivePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEWS_DB) return archiveLocation(env.NEWS_DB, "NEWS_DB");
  const data = env.XDG_DATA_HOME || join(homedir(), ".local", "share");
  return resolve(data, "news", "news.db");
}

export interface OpenOptions {
  /** Open for writing, creating the file and its folder when missing (unless `create` is false). */
  write: boolean;
  /** Create the archive when missing or empty; by default, when writing. Only commands that add
   *  articles create one: removing from or re-parsing an archive that is not there is an error. */
  create?: boolean;
  /** How long to wait for another process's write lock, in ms. */
  busyTimeoutMs?: number;
  /** Called once when a write has waited about a second for another process's lock. */
  onLockWait?: () => void;
  /** Open a PostgreSQL archive that an unfinished `news copy` is writing (only that copy does). */
  copying?: boolean;
  /** Told how far a long migration (re-indexing every article) has got. */
  onMigrate?: MigrationProgress;
}

const SQLITE_MAGIC = "SQLite format 3\0";
const PAGE_SIZE = 16384;

/** What the first 100 bytes of an SQLite file say (https://sqlite.org/fileformat.html#the_database_header). */
interface Header {
  magic: string;
  /** Pages in the file: 1 for a database with no tables yet. */
  pages: number;
  wal: boolean;
  userVersion: number;
  applicationId: number;
}

function readHeader(path: string, size: number): Header | null {
  let fd: number | null = null;
  try {
    fd = openSync(path, "r");
    const buf = Buffer.alloc(100);
    const n = readSync(fd, buf, 0, 100, 0);
    const magic = buf.toString("latin1", 0, Math.min(n, 16));
    if (n < 100) return { magic, pages: 0, wal: false, userVersion: 0, applicationId: 0 };
    const pageSize = buf.readUInt16BE(16) === 1 ? 65536 : buf.readUInt16BE(16);
    return {
      magic,
      pages: pageSize > 0 ? Math.ceil(size / pageSize) : 0,
      wal: buf[18] === 2 && buf[19] === 2,
      userVersion: buf.readInt32BE(60),
      applicationId: buf.readInt32BE(68),
    };
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

const foreign = (path: string) =>
  new NewsError(`${path} is an SQLite database of another program, not a news archive; pass --db with another path`);
const newer = (path: string, version: number) =>
  new NewsError(`the archive ${path} was written by a newer version of news (schema ${version}, this one knows ${SCHEMA_VERSION}); upgrade news`);

/**
 * Checks the file before SQLite touches it, so a wrong --db is never modified: SQLite itself would
 * create -wal and -shm files beside a WAL database just to read its identity.
 */
function checkFile(path: string, write: boolean, create: boolean): boolean {
  if (!existsSync(path)) {
    if (!create) {
      throw new NewsError(`no archive at ${path}; run 'news ingest <path>' first, or pass --db <file>`);
    }
    return false;
  }
  const st = statSync(path);
  if (st.isDirectory()) throw new NewsError(`${path} is a folder, not an archive file; pass --db <file>`);
  if (st.size === 0) {
    // Only a command that adds articles turns an empty file into an archive.
    if (!create) throw new NewsError(`${path} is an empty file, not an archive yet; run 'news ingest <path>' first`);
    return false;
  }
  const header = readHeader(path, st.size);
  if (header === null) throw new NewsError(`cannot read the archive ${path}: permission denied; check its permissions`);
  if (header.magic !== SQLITE_MAGIC) {
    throw new NewsError(`${path} is not a news archive (not an SQLite file); pass --db with another path`);
  }
  // With a -wal file beside it the header may be out of date; SQLite's own check below then decides.
  if (!existsSync(`${path}-wal`)) {
    const { applicationId: id, userVersion: version } = header;
    if (id !== APPLICATION_ID && (id !== 0 || version !== 0 || header.pages > 1)) throw foreign(path);
    if (id === APPLICATION_ID && version > SCHEMA_VERSION) throw newer(path, version);
  }
  // Reading a WAL database needs a -shm file beside it. Where SQLite cannot create one it cannot read
  // at all; where it could only as someone without write access, that read-only -shm would later
  // lock the owner out of writing. Refuse up front instead.
  if (!write && header.wal && !existsSync(`${path}-shm`) && !writable(path)) {
    if (diskState(path) === "readonly") {
      throw new NewsError(
        `the disk holding ${path} is read-only, and SQLite must create ${basename(path)}-shm beside it to read it; remount it writable, or copy the archive to another disk and pass --db`,
      );
    }
    throw new NewsError(
      `the archive ${path} is read-only (or its folder is), and SQLite must create ${basename(path)}-shm beside it to read it; make both writable, or copy the archive elsewhere and pass --db`,
    );
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

/** Whether there is an archive at a location (a file, even empty; a database with its tables), for
 *  the commands that must not create one. */
export function archiveExists(location: string): boolean {
  if (!isPostgresUrl(location)) return existsSync(location);
  try {
    openPostgres(location, { write: false, create: false }).close();
    return true;
  } catch (err) {
    if (err instanceof NewsError && /^no archive at /.test(err.message)) return false;
    throw err;
  }
}

/** Opens (and when writing, creates or migrates) the archive at `path`. */
export function openDatabase(path: string, options: OpenOptions): DB {
  if (isPostgresUrl(path)) return openPostgres(path, options);
  const file = archiveFilePath(path, "the archive");
  const existed = checkFile(file, options.write, options.create ?? options.write);
  const nothingWritten = { done: "nothing was written", elsewhere: ARCHIVE_ELSEWHERE };
  let madeFolder: string | undefined;
  if (options.write && !existed) {
    try {
      madeFolder = mkdirSync(dirname(file), { recursive: true });
    } catch (err) {
      const fault = asFault(err, dirname(file), nothingWritten);
      throw fault instanceof FaultError ? fault : new NewsError(`cannot create the folder for the archive ${file}: ${describe(err)}`);
    }
  }
  if (options.write && existed && !writable(file)) {
    if (diskState(file) === "readonly") throw new FaultError({ kind: "readonly", path: file }, nothingWritten);
    throw new NewsError(`the archive ${file} is read-only; check its permissions, or pass --db with another path`);
  }
  let db: DB;
  try {
    db = new Database(file, { readonly: !options.write, fileMustExist: !options.write });
  } catch (err) {
    const fault = options.write ? asFault(err, file, nothingWritten) : err;
    if (fault instanceof FaultError && !existed) removeUnborn(file, madeFolder);
    if (fault instanceof FaultError) throw fault;
    throw new NewsError(`cannot open the archive ${file}: ${describe(err)}; check the path and its permissions`);
  }
  const lock: LockOptions = { timeoutMs: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS, onWait: options.onLockWait };
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    verifyIdentity(db, file, existed);
    if (options.write) {
      // 16 KB pages pack articles of a few KB several to a page; at 4 KB most would waste half of one.
      if (!existed) db.pragma(`page_size = ${PAGE_SIZE}`);
      walMode(db, options.busyTimeoutMs ?? BUSY_TIMEOUT_MS);
      db.pragma("synchronous = NORMAL");
      // A 16 MB page cache holds a batch of a thousand articles and its index without spilling.
      db.pragma("cache_size = -16384");
      db.pragma("foreign_keys = ON");
      migrate(db, file, lock, options.onMigrate);
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
    // A fault that already says what was done (the migration's "left at schema 2") keeps its words.
    const fault = !options.write ? err : err instanceof FaultError && err.progress.done ? err : asFault(err, file, nothingWritten);
    // A new archive that could not even be set up (a full disk) is not left behind half made.
    if (fault instanceof FaultError && fault.fault.kind !== "lock" && fault.fault.kind !== "gone" && !existed) removeUnborn(file, madeFolder);
    if (fault instanceof NewsError) throw fault;
    throw new NewsError(`cannot use the archive ${file}: ${describe(err)}`, 1, { cause: err });
  }
  return db;
}

/**
 * Removes what a first open that failed on a full or read-only disk left: the archive file and its
 * -wal if both are still empty (nothing was ever committed to them, by this process or another
 * creating it at the same moment), its -shm, and the folders made for it if they are empty.
 */
function removeUnborn(file: string, madeFolder: string | undefined): void {
  for (const suffix of ["", "-wal"]) {
    try {
      if (statSync(file + suffix).size > 0) return;
    } catch {
      // not created at all
    }
  }
  for (const suffix of ["-wal", "-shm", ""]) rmSync(file + suffix, { force: true });
  if (!madeFolder) return;
  for (let dir = dirname(file); dir.length >= madeFolder.length; dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

const BUSY_TIMEOUT_MS = LOCK_TIMEOUT_MS;

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
    const code = (err as { code?: string }).code ?? "";
    const fault = diskFault(err, file);
    if (fault && fault.kind !== "readonly") {
      throw new FaultError(fault, { done: `SQLite needs a little room beside the archive (its ${basename(file)}-shm file) even to read it` }, { cause: err });
    }
    if (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_CANTOPEN")) {
      throw new NewsError(`cannot read the archive ${file}: ${describe(err)}; check that it and its folder are writable, or copy it elsewhere and pass --db`);
    }
    throw new NewsError(`${file} is not a usable SQLite archive (${describe(err)}); pass --db with another path`);
  }
  if (!existed || (appId === 0 && version === 0 && tables === 0)) return;
  if (appId !== APPLICATION_ID) throw foreign(file);
  if (version > SCHEMA_VERSION) throw newer(file, version);
}

/** Applies every migration above the archive's version, all in one transaction. */
export function migrate(db: DB, file = "archive", lock: LockOptions = {}, progress?: MigrationProgress): void {
  const before = db.pragma("user_version", { simple: true }) as number;
  if (before >= SCHEMA_VERSION) return;
  const run = () => {
    // Read the version again under the write lock: another process may have just migrated it.
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version > 0 && (db.pragma("application_id", { simple: true }) as number) !== APPLICATION_ID) {
      throw new NewsError(`${file} is an SQLite database of another program, not a news archive; pass --db with another path`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const m of MIGRATIONS.filter((m) => m.version > version)) {
      m.up(db, progress);
      db.pragma(`user_version = ${m.version}`);
    }
  };
  try {
    writeTransaction(db, file, run, lock);
  } catch (err) {
    const done = before === 0 ? "nothing was written" : `the archive was left at schema ${before}, as it was`;
    const fault = asFault(err, file, { done, elsewhere: ARCHIVE_ELSEWHERE });
    if (fault instanceof NewsError) throw fault;
    throw new NewsError(`cannot upgrade the archive ${file} to schema ${SCHEMA_VERSION}: ${describe(err)}`, 1, { cause: err });
  }
}
