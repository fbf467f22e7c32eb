// `news copy` between engines: an SQLite archive into a PostgreSQL database, or a PostgreSQL archive
// into an SQLite file or another PostgreSQL database, keeping every id.
//
// Table by table, in the order rows may be written (an article before its file links, stories and
// versions), in batches keyed by each table's primary key; the full-text index is written with each
// batch of articles from their stored fields (the analyser's terms: the same words the source's index
// holds, but each engine keeps them its own way). Each batch is one transaction on the target that
// also records how far the copy has got, in a `_news_copy` table: a copy stopped at any moment goes on
// from there when run again. An SQLite target is written as `<target>.partial` and renamed when it is
// whole; a PostgreSQL target is refused by every other command while `_news_copy` is in it.
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { Archive } from "./archive/archive.js";
import { isPostgresUrl, maskUrl } from "./archive/location.js";
import "./archive/postgres/open.js"; // a copy's other end may be on PostgreSQL
import { PG_TABLES } from "./archive/postgres/schema.js";
import { indexArticleRows } from "./archive/postgres/terms.js";
import { indexWriter } from "./archive/schema.js";
import { isPostgres, type SqlDatabase } from "./archive/sql.js";
import type { CopyOptions, CopyReport } from "./copy.js";
import { NewsError } from "./errors.js";
import { indexRow } from "./language/index-row.js";

export const COPY_STATE = "_news_copy";

/** The tables copied, their columns, and the key their batches are ordered by; `into` another table
 *  of the target; `sqlite`: a table only a SQLite archive has. */
const TABLES: Array<{ name: string; columns: string[]; key: string[]; into?: string; sqlite?: true }> = [
  {
    name: "articles",
    columns: ["id", "hash", "title", "date", "place", "section", "author", "source", "summary", "tags", "words", "path", "ingested_at", "body", "original", "provenance", "given", "language"],
    key: ["id"],
  },
  { name: "files", columns: ["path", "article_id", "size", "mtime_ms"], key: ["path"] },
  { name: "words", columns: ["word", "language", "form"], key: ["word", "language", "form"] },
  { name: "stories", columns: ["id", "story", "shingles", "signature", "bands"], key: ["id"] },
  { name: "story_bands", columns: ["key", "id"], key: ["key", "id"] },
  // SQLite keeps new band keys apart until there are enough to merge (candidates.ts); PostgreSQL
  // and a SQLite archive made by a copy have them all in story_bands.
  { name: "story_bands_recent", columns: ["key", "id"], key: ["key", "id"], into: "story_bands", sqlite: true },
  { name: "versions", columns: ["article_id", "version", "ingested_at", "replaced_at", "hash", "title", "words", "body", "original"], key: ["article_id", "version"] },
];

const DEFAULT_BATCH = 500;

/** Whether a copy needs this module: either side is on PostgreSQL. */
export function crossesEngines(source: Archive, target: string): boolean {
  return source.pg || isPostgresUrl(target);
}

export function copyAcross(source: Archive, sourceLocation: string, targetValue: string, options: CopyOptions = {}): CopyReport {
  const started = performance.now();
  const toPg = isPostgresUrl(targetValue);
  const shownSource = maskUrl(sourceLocation);
  const shownTarget = toPg ? maskUrl(targetValue) : targetValue;
  if (toPg && source.pg && maskUrl(targetValue) === source.path) throw new NewsError(`the copy target ${shownTarget} is the archive itself; give another database`, 2);
  const partial = toPg ? targetValue : `${targetValue}.partial`;
  if (!toPg) {
    if (existsSync(targetValue) && statSync(targetValue).size > 0 && !options.force) {
      throw new NewsError(`${targetValue} already exists; news copy never merges into an existing file: give a new path, or pass --force to replace it once the copy is complete`);
    }
    if (existsSync(partial) && options.force && !isCopyOf(partial, shownSource)) rmSync(partial, { force: true });
  }
  const target = Archive.open(partial, { write: true, create: true, copying: true });
  try {
    const t = target.db;
    let resumed = false;
    const state = readState(t);
    if (state.source !== undefined) {
      if (state.source !== shownSource) {
        throw new NewsError(`${maskUrl(partial)} holds an unfinished copy of ${state.source}, not of ${shownSource}; ${toPg ? "empty that database" : `remove ${partial}`} to start over`);
      }
      resumed = true;
    } else {
      const held = t.prepare("SELECT count(*) FROM articles").pluck().get() as number;
      if (held > 0) {
        if (!options.force || !toPg) throw new NewsError(`${shownTarget} already holds an archive (${held} articles); news copy never merges: give an empty database${toPg ? ", or pass --force to empty this one first" : ""}`);
        t.transaction(() => t.exec(`TRUNCATE ${PG_TABLES.join(", ")} RESTART IDENTITY CASCADE`))();
      }
      t.transaction(() => {
        t.exec(`CREATE TABLE ${COPY_STATE} (key TEXT PRIMARY KEY, value TEXT)`);
        t.prepare(`INSERT INTO ${COPY_STATE} (key, value) VALUES ('source', ?)`).run(shownSource);
      })();
    }
    const s = source.db;
    // One read snapshot of the source for the whole run: an ingest beside it cannot tear the copy.
    s.exec(source.pg ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN");
    let report;
    try {
      report = copyTables(s, target, options, resumed, started);
    } finally {
      s.exec("COMMIT");
    }
    t.transaction(() => {
      if (target.pg) t.exec("SELECT setval(pg_get_serial_sequence('articles', 'id'), coalesce((SELECT max(id) FROM articles), 0) + 1, false)");
      t.exec(`DROP TABLE ${COPY_STATE}`);
    })();
    target.close();
    if (!toPg) {
      for (const suffix of ["-wal", "-shm"]) rmSync(targetValue + suffix, { force: true });
      renameSync(partial, targetValue);
    }
    return { ...report, target: shownTarget };
  } finally {
    target.close();
  }
}

/** Whether the SQLite file at `path` is an unfinished copy of `source`. */
function isCopyOf(path: string, source: string): boolean {
  try {
    const a = Archive.open(path, { write: false, copying: true });
    try {
      return readState(a.db).source === source;
    } finally {
      a.close();
    }
  } catch {
    return false;
  }
}

function readState(db: SqlDatabase): Record<string, string> {
  try {
    const rows = db.prepare(`SELECT key, value FROM ${COPY_STATE}`).all() as Array<{ key: string; value: string }>;
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  } catch {
    return {};
  }
}

function copyTables(s: SqlDatabase, target: Archive, options: CopyOptions, resumed: boolean, started: number): CopyReport {
  const t = target.db;
  const batch = Math.max(1, options.batchRows ?? DEFAULT_BATCH);
  const tables = TABLES.filter((table) => !table.sqlite || !isPostgres(s));
  const totals = tables.map((table) => s.prepare(`SELECT count(*) FROM ${table.name}`).pluck().get() as number);
  const totalRows = totals.reduce((a, b) => a + b, 0);
  const getState = t.prepare(`SELECT value FROM ${COPY_STATE} WHERE key = ?`).pluck();
  const setState = t.prepare(`INSERT OR REPLACE INTO ${COPY_STATE} (key, value) VALUES (?, ?)`);
  let rows = tables.reduce((n, table) => n + Number(getState.get(`rows:${table.name}`) ?? 0), 0);
  let copiedNow = 0;
  tables.forEach((table, i) => {
    if (getState.get(`done:${table.name}`) === "1") return;
    const cols = table.columns.join(", ");
    const order = table.key.join(", ");
    const after = table.key.length === 1 ? `${order} > ?` : `(${order}) > (${table.key.map(() => "?").join(", ")})`;
    const first = s.prepare(`SELECT ${cols} FROM ${table.name} ORDER BY ${order} LIMIT ?`);
    const next = s.prepare(`SELECT ${cols} FROM ${table.name} WHERE ${after} ORDER BY ${order} LIMIT ?`);
    const insert = t.prepare(`INSERT${table.into ? " OR IGNORE" : ""} INTO ${table.into ?? table.name} (${cols}) VALUES (${table.columns.map(() => "?").join(", ")})`);
    const saved = getState.get(`cursor:${table.name}`) as string | undefined;
    let cursor: unknown[] | null = saved === undefined ? null : (JSON.parse(saved) as unknown[]);
    let tableRows = Number(getState.get(`rows:${table.name}`) ?? 0);
    for (;;) {
      const got = (cursor === null ? first.all(batch) : next.all(...cursor, batch)) as Array<Record<string, unknown>>;
      const end = got.length < batch;
      const last = got.length ? table.key.map((k) => got[got.length - 1]![k]) : cursor;
      t.transaction(() => {
        for (const r of got) insert.run(...table.columns.map((c) => r[c]));
        if (table.name === "articles") indexArticles(target, got);
        setState.run(`cursor:${table.name}`, JSON.stringify(last));
        setState.run(`rows:${table.name}`, String(tableRows + got.length));
        if (end) setState.run(`done:${table.name}`, "1");
      })();
      cursor = last;
      tableRows += got.length;
      rows += got.length;
      copiedNow += got.length;
      options.onProgress?.({ table: table.name, tableRows, tableTotal: totals[i]!, tableIndex: i + 1, tables: tables.length, rows, totalRows });
      if (end) break;
    }
  });
  return {
    target: "",
    resumed,
    articles: totals[0]!,
    rows: totalRows,
    tables: tables.map((table, i) => ({ name: table.name, rows: totals[i]! })),
    copiedNow,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The full-text rows of a batch of copied articles, in the target's own form. */
function indexArticles(target: Archive, articles: Array<Record<string, unknown>>): void {
  const t = target.db;
  if (target.pg) {
    indexArticleRows(t, articles);
    return;
  }
  const write = indexWriter(t);
  for (const a of articles) write(indexRow(a.id as number, a as never, (a.language as string | null) ?? null));
}
