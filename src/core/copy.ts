// `news copy <target>`: the whole archive into another SQLite file, keeping every id.
//
// Generic, table by table, from the source's own schema: whatever tables an archive has (articles,
// files, and those later migrations add) come along with their rows and rowids, and the full-text
// index comes along as the shadow tables FTS5 keeps it in, so the copy searches at once without
// re-analysing a word. Indexes, triggers and views are created after the rows (faster, and no
// trigger fires on a copied row).
//
// Resumable: rows go into `<target>.partial`, in batched transactions keyed by each table's rowid (or
// primary key), and the same transaction records how far each table has got in a `_news_copy` table.
// A run killed at any moment leaves a partial file whose committed batches are whole; run again, it
// goes on from there. Only the last transaction gives the partial file the archive's identity
// (application id, schema version) and drops `_news_copy`; then the file is renamed over the target
// in one step. So a half copy never sits at the target path, and opened by hand it is refused as
// "not a news archive".
//
// A full or read-only disk under the target stops the copy with a FaultError saying how far it got.
// The partial file is kept when it holds finished batches (the same command goes on from them), and
// removed when it holds nothing yet, so nothing is left behind that a next run could not use.
import Database from "better-sqlite3";
import { existsSync, mkdirSync, realpathSync, renameSync, rmdirSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import type { Archive } from "./archive/archive.js";
import { archiveFilePath, isPostgresUrl } from "./archive/location.js";
import { copyAcross, crossesEngines } from "./copy-across.js";
import { sqliteOf } from "./archive/sql.js";
import { asFault, FaultError, NewsError } from "./errors.js";
import { diskFault, diskState, type Progress } from "./fs-errors.js";

export interface CopyOptions {
  /** Replace an existing target (once the copy is complete), and discard a partial copy that is not
   *  of this archive. Without it both are refused. */
  force?: boolean;
  /** Rows per transaction. */
  batchRows?: number;
  /** Called after every batch. */
  onProgress?: (p: CopyProgress) => void;
}

export interface CopyProgress {
  table: string;
  /** Rows of this table copied so far, and how many it holds. */
  tableRows: number;
  tableTotal: number;
  /** Which table (from 1) of how many. */
  tableIndex: number;
  tables: number;
  /** Rows copied so far, in every table, including those of an earlier interrupted run. */
  rows: number;
  totalRows: number;
}

export interface CopyReport {
  target: string;
  /** Whether this run went on from an interrupted one. */
  resumed: boolean;
  articles: number;
  rows: number;
  tables: Array<{ name: string; rows: number }>;
  /** Rows copied by this run (fewer than `rows` when resumed). */
  copiedNow: number;
  seconds: number;
}

/** The table in the partial file that says whose copy it is and how far each table has got. */
const STATE = "_news_copy";
const DEFAULT_BATCH = 1000;

interface TableInfo {
  name: string;
  /** Column list for the SELECT and the INSERT, in the same order. */
  columns: string[];
  /** The key the batches are ordered and resumed by: rowid, or the primary key columns. */
  key: string[];
  total: number;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** The tables whose rows make the archive: ordinary tables and the shadow tables of virtual ones. */
function tablesOf(db: Database.Database): TableInfo[] {
  const list = db.prepare("SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main'").all() as Array<{ name: string; type: string; wr: number }>;
  const kinds = new Map(list.map((t) => [t.name, t]));
  const order = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid").pluck().all() as string[];
  const tables: TableInfo[] = [];
  for (const name of order) {
    const t = kinds.get(name);
    if (!t || name.startsWith("sqlite_") || name === STATE || (t.type !== "table" && t.type !== "shadow")) continue;
    const cols = db.prepare(`SELECT name, type, pk, hidden FROM pragma_table_xinfo(?)`).all(name) as Array<{ name: string; type: string; pk: number; hidden: number }>;
    const stored = cols.filter((c) => c.hidden === 0);
    const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    let columns: string[];
    let key: string[];
    if (t.wr) {
      columns = stored.map((c) => q(c.name));
      key = pk.map((c) => q(c.name));
    } else {
      // An INTEGER PRIMARY KEY column is the rowid itself: copied once, as rowid.
      const alias = pk.length === 1 && pk[0]!.type.toUpperCase() === "INTEGER" ? pk[0]!.name : null;
      columns = ["rowid", ...stored.filter((c) => c.name !== alias).map((c) => q(c.name))];
      key = ["rowid"];
    }
    const total = db.prepare(`SELECT count(*) FROM ${q(name)}`).pluck().get() as number;
    tables.push({ name, columns, key, total });
  }
  return tables;
}

function removeDatabase(path: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(path + suffix, { force: true });
}

/** What the partial file at `path` is: a copy of `source` under way, or something else. */
function partialOf(path: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true });
    const has = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(STATE);
    if (!has) return null;
    return (db.prepare(`SELECT value FROM ${STATE} WHERE key = 'source'`).pluck().get() as string | undefined) ?? null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

function same(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return a === b;
  }
}

/**
 * Copies the archive `source` (opened, at `sourcePath`) to the SQLite file `targetValue`. Throws a
 * NewsError for a target that is a URL, the source itself, an existing file (without `force`), or a
 * partial copy of another archive (without `force`).
 */
export function copyArchive(source: Archive, sourcePath: string, targetValue: string, options: CopyOptions = {}): CopyReport {
  if (crossesEngines(source, targetValue)) return copyAcross(source, sourcePath, isPostgresUrl(targetValue) ? targetValue.trim() : archiveFilePath(targetValue, "the copy target"), options);
  const started = performance.now();
  const state: CopyState = { target: null, partial: null, tables: new Map(), totalRows: 0 };
  try {
    try {
      return copyOnce(source, sourcePath, targetValue, options, started, state);
    } catch (err) {
      if (!(err instanceof SourceChanged)) throw err;
      // Rows were removed or replaced in the source since the interrupted run: what was copied then
      // cannot be trusted, so the partial copy goes and the copy starts over from this snapshot.
      removeDatabase(err.partial);
      return copyOnce(source, sourcePath, targetValue, options, started, state);
    }
  } catch (err) {
    const fault = state.target === null ? err : asFault(err, state.target);
    if (!(fault instanceof FaultError)) throw err;
    throw fault.during(stoppedAt(state));
  }
}

/** How far a copy has got, for saying so when a full disk stops it. */
interface CopyState {
  target: string | null;
  /** The partial file, once this run has opened (or made) it. */
  partial: string | null;
  /** Rows copied so far (earlier runs included) and rows in all, by table. */
  tables: Map<string, { rows: number; total: number }>;
  totalRows: number;
  /** The partial file is a whole archive, waiting only to be renamed to the target. */
  finished?: boolean;
  /** The first folder this run made for the target, if it made one. */
  madeFolder?: string;
}

/**
 * What a copy stopped by a full or read-only disk leaves, and says: a partial file with finished
 * batches is kept for the next run to go on from; one with nothing yet (or a 0-byte file SQLite just
 * made) is removed, as is the empty journal beside a kept one.
 */
function stoppedAt(state: CopyState): Progress {
  const elsewhere = "give a target on another disk";
  const partial = state.partial;
  const nothing = () => {
    // The folders this run made for the target go too, when nothing else is in them.
    if (state.madeFolder && state.target) {
      for (let dir = dirname(state.target); dir.length >= state.madeFolder.length; dir = dirname(dir)) {
        try {
          rmdirSync(dir);
        } catch {
          break;
        }
      }
    }
    return { done: "nothing was copied", elsewhere };
  };
  if (partial === null) return nothing();
  if (state.finished) return { done: `the copy is complete in ${partial} but could not take the name ${state.target}`, again: `rename it to ${state.target}` };
  if (partialOf(partial) === null) {
    try {
      removeDatabase(partial);
    } catch {
      // a read-only disk: nothing could have been written there either
    }
    return nothing();
  }
  try {
    if (statSync(`${partial}-journal`).size === 0) rmSync(`${partial}-journal`, { force: true });
  } catch {
    // no journal
  }
  const n = (x: number) => x.toLocaleString("en-US");
  const rows = [...state.tables.values()].reduce((a, t) => a + t.rows, 0);
  const articles = state.tables.get("articles") ?? { rows: 0, total: 0 };
  return {
    done: `copied ${n(articles.rows)} of ${n(articles.total)} articles so far (${n(rows)} of ${n(state.totalRows)} rows), kept in ${partial}`,
    again: "run the same command again to resume: it goes on where it stopped",
    elsewhere: `give a target on another disk (and remove ${partial})`,
  };
}

class SourceChanged extends Error {
  constructor(readonly partial: string) {
    super("the source archive changed since the copy began");
  }
}

function copyOnce(source: Archive, sourcePath: string, targetValue: string, options: CopyOptions, started: number, state: CopyState): CopyReport {
  const target = archiveFilePath(targetValue, "the copy target");
  state.target = target;
  const partial = `${target}.partial`;
  if (same(target, sourcePath) || same(partial, sourcePath)) {
    throw new NewsError(`the copy target ${target} is the archive itself; give another path`, 2);
  }
  if (existsSync(target)) {
    const st = statSync(target);
    if (st.isDirectory()) throw new NewsError(`the copy target ${target} is a folder; give a file path, such as ${target}/news.db`, 2);
    if (st.size > 0 && !options.force) {
      throw new NewsError(`${target} already exists; news copy never merges into an existing file: give a new path, or pass --force to replace it once the copy is complete`);
    }
  }
  let resumed = false;
  if (existsSync(partial)) {
    const of = partialOf(partial);
    if (of !== null && same(of, sourcePath)) resumed = true;
    else if (options.force) removeDatabase(partial);
    else {
      throw new NewsError(
        `${partial} is there but is not an unfinished copy of ${sourcePath}${of ? ` (it is one of ${of})` : ""}; remove it, or pass --force to start over`,
      );
    }
  }
  try {
    state.madeFolder ??= mkdirSync(dirname(target), { recursive: true });
  } catch (err) {
    // A folder made on a read-only disk fails as "no such file" (Node's recursive mkdir): ask the disk.
    const kind = diskFault(err, target)?.kind ?? diskState(target);
    if (kind) throw new FaultError({ kind, path: target }, {}, { cause: err });
    throw new NewsError(`cannot create the folder for ${target}: ${(err as Error).message}`);
  }

  const src = sqliteOf(source.db);
  // One read snapshot for the whole run: an ingest beside it neither tears the copy nor waits for it.
  src.exec("BEGIN");
  let dst: Database.Database | undefined;
  try {
    const tables = tablesOf(src);
    const schema = src.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid").all() as SchemaRow[];
    try {
      state.partial = partial;
      dst = new Database(partial);
    } catch (err) {
      if (diskFault(err, target)) throw err;
      throw new NewsError(`cannot create ${partial}: ${(err as Error).message}`);
    }
    // FTS5's shadow tables may only be written with SQLite's defensive mode off.
    dst.unsafeMode(true);
    if (!resumed) dst.pragma(`page_size = ${src.pragma("page_size", { simple: true }) as number}`);
    dst.pragma("journal_mode = TRUNCATE");
    // Safe against a killed process (the OS keeps what was written); only a power cut could tear a
    // batch, and a copy is made again from its source.
    dst.pragma("synchronous = OFF");
    const d = dst;
    if (!resumed) {
      d.transaction(() => {
        d.exec(`CREATE TABLE ${STATE} (key TEXT PRIMARY KEY, value TEXT)`);
        d.prepare(`INSERT INTO ${STATE} VALUES ('source', ?)`).run(sourcePath);
        for (const row of schema) {
          if (row.type !== "table" || row.name.startsWith("sqlite_")) continue;
          // Shadow tables are made by their virtual table; the rest as the source made them.
          if (isShadow(src, row.name)) continue;
          d.exec(row.sql!);
        }
        // A new virtual table writes its first rows into its shadow tables: the copied ones replace them.
        for (const t of tables) if (isShadow(src, t.name)) d.exec(`DELETE FROM ${q(t.name)}`);
      })();
    }

    const batch = Math.max(1, options.batchRows ?? DEFAULT_BATCH);
    const totalRows = tables.reduce((n, t) => n + t.total, 0);
    const getState = d.prepare(`SELECT value FROM ${STATE} WHERE key = ?`).pluck();
    const setState = d.prepare(`INSERT OR REPLACE INTO ${STATE} (key, value) VALUES (?, ?)`);
    const doneBefore = tables.map((t) => Number(getState.get(`rows:${t.name}`) ?? 0));
    state.totalRows = totalRows;
    tables.forEach((t, i) => state.tables.set(t.name, { rows: doneBefore[i]!, total: t.total }));
    let rows = doneBefore.reduce((a, b) => a + b, 0);
    let copiedNow = 0;
    tables.forEach((t, i) => {
      if (getState.get(`done:${t.name}`) === "1") return;
      const cols = t.columns.join(", ");
      const order = t.key.join(", ");
      const after = t.key.length === 1 ? `${t.key[0]} > ?` : `(${order}) > (${t.key.map(() => "?").join(", ")})`;
      const first = src.prepare(`SELECT ${cols} FROM ${q(t.name)} ORDER BY ${order} LIMIT ?`).raw();
      const next = src.prepare(`SELECT ${cols} FROM ${q(t.name)} WHERE ${after} ORDER BY ${order} LIMIT ?`).raw();
      const insert = d.prepare(`INSERT OR REPLACE INTO ${q(t.name)} (${cols}) VALUES (${t.columns.map(() => "?").join(", ")})`);
      // Where the key sits among the selected columns.
      const keyAt = t.key.map((k) => t.columns.indexOf(k));
      const saved = getState.get(`cursor:${t.name}`) as string | undefined;
      let cursor = saved === undefined ? null : fromKey(saved);
      let tableRows = doneBefore[i]!;
      const writeBatch = d.transaction((batchRows: unknown[][], last: unknown[], end: boolean) => {
        for (const r of batchRows) insert.run(r);
        setState.run(`cursor:${t.name}`, toKey(last));
        setState.run(`rows:${t.name}`, String(tableRows + batchRows.length));
        if (end) setState.run(`done:${t.name}`, "1");
      });
      for (;;) {
        const got = (cursor === null ? first.all(batch) : next.all(...cursor, batch)) as unknown[][];
        const end = got.length < batch;
        if (got.length === 0) {
          d.transaction(() => setState.run(`done:${t.name}`, "1"))();
          break;
        }
        const last = keyAt.map((k) => got[got.length - 1]![k]);
        writeBatch(got, last, end);
        cursor = last;
        tableRows += got.length;
        state.tables.get(t.name)!.rows = tableRows;
        rows += got.length;
        copiedNow += got.length;
        options.onProgress?.({ table: t.name, tableRows, tableTotal: t.total, tableIndex: i + 1, tables: tables.length, rows, totalRows });
        if (end) break;
      }
    });

    // The finish, in one transaction: indexes, triggers and views; AUTOINCREMENT counters; a check
    // that every table holds what the source does; then the archive's identity, and the state goes.
    d.transaction(() => {
      for (const row of schema) {
        if (row.type === "index" || row.type === "trigger" || row.type === "view") {
          d.exec(row.sql!);
        }
      }
      if (schema.some((r) => r.name === "sqlite_sequence")) {
        d.exec("DELETE FROM sqlite_sequence");
        const ins = d.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)");
        for (const r of src.prepare("SELECT name, seq FROM sqlite_sequence").raw().all() as unknown[][]) ins.run(r);
      }
      for (const t of tables) {
        const have = d.prepare(`SELECT count(*) FROM ${q(t.name)}`).pluck().get() as number;
        if (have !== t.total) throw new SourceChanged(partial);
      }
      d.pragma(`application_id = ${src.pragma("application_id", { simple: true }) as number}`);
      d.pragma(`user_version = ${src.pragma("user_version", { simple: true }) as number}`);
      d.exec(`DROP TABLE ${STATE}`);
    })();
    state.finished = true;
    // One file, no -wal beside it, before it takes the target's name; news switches it back to WAL
    // the first time it writes to it.
    d.pragma("journal_mode = DELETE");
    d.close();
    dst = undefined;
    for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(target + suffix, { force: true });
    renameSync(partial, target);
    const articles = tables.find((t) => t.name === "articles")?.total ?? 0;
    return {
      target,
      resumed,
      articles,
      rows: totalRows,
      tables: tables.map((t) => ({ name: t.name, rows: t.total })),
      copiedNow,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    dst?.close();
    if (src.inTransaction) src.exec("COMMIT");
  }
}

function isShadow(db: Database.Database, name: string): boolean {
  return (db.prepare("SELECT type FROM pragma_table_list WHERE schema = 'main' AND name = ?").pluck().get(name) as string | undefined) === "shadow";
}

/** A table's position as text: keys are integers, text or (FTS5's terms) blobs, kept as they are. */
function toKey(values: unknown[]): string {
  return JSON.stringify(values.map((v) => (Buffer.isBuffer(v) ? { blob: v.toString("base64") } : typeof v === "bigint" ? { int: v.toString() } : v)));
}

function fromKey(text: string): unknown[] {
  return (JSON.parse(text) as unknown[]).map((v) => {
    if (v && typeof v === "object" && "blob" in v) return Buffer.from((v as { blob: string }).blob, "base64");
    if (v && typeof v === "object" && "int" in v) return BigInt((v as { int: string }).int);
    return v;
  });
}
