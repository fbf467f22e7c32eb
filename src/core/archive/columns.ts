// A small column store of the one-value fields `news timeline` and `news top` count (date, place,
// section, source, language): for each, the distinct values and, per article id, which of them
// the article has, kept as a BLOB in the archive. Counting the full-text matches of a common word
// (90,000 of 100,000 articles) by looking each one up in the articles_filters index took 70-120
// ms, a B-tree seek per match; looking them up in an array takes one. Triggers log every article
// added, changed or removed (column_changes); a reader applies that log to what it loads, so the
// columns are always exact, and writers fold the log into the BLOBs when it grows and when they
// close. SQLite only: PostgreSQL groups its matches by hashing.
import type { SqlDatabase as Database } from "./sql.js";

export const CACHED_COLUMNS = ["date", "place", "section", "source", "language"] as const;
export type CachedColumn = (typeof CACHED_COLUMNS)[number];

/** In `codes`: the article has no value (NULL); there is no article with this id. */
export const NONE = -1;
export const ABSENT = -2;

export const COLUMNS_SQL = `
  CREATE TABLE column_cache (
    name  TEXT PRIMARY KEY,  -- the column: date, place, section, source, language
    codes BLOB NOT NULL,     -- a 32-bit integer per article id (little-endian, from id 0): the index
                             -- of its value in vals, -1 for none, -2 for no article with that id
    vals  TEXT NOT NULL      -- the values, a JSON array
  ) WITHOUT ROWID;
  -- Articles added, changed or removed since column_cache was brought up to date.
  CREATE TABLE column_changes (id INTEGER PRIMARY KEY);
  CREATE TRIGGER column_changes_ai AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO column_changes (id) VALUES (NEW.id);
  END;
  CREATE TRIGGER column_changes_ad AFTER DELETE ON articles BEGIN
    INSERT OR IGNORE INTO column_changes (id) VALUES (OLD.id);
  END;
  CREATE TRIGGER column_changes_au AFTER UPDATE OF id, ${CACHED_COLUMNS.join(", ")} ON articles BEGIN
    INSERT OR IGNORE INTO column_changes (id) VALUES (OLD.id);
    INSERT OR IGNORE INTO column_changes (id) VALUES (NEW.id);
  END;`;

/** One column: its values, and per article id the index of its value (or NONE, ABSENT). */
export class Column {
  private index: Map<string, number> | null = null;

  constructor(
    readonly values: string[],
    public codes: Int32Array,
  ) {}

  /** The code of a value, added to the values when new. */
  codeOf(value: string | null): number {
    if (value === null) return NONE;
    if (!this.index) this.index = new Map(this.values.map((v, i) => [v, i]));
    let c = this.index.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.index.set(value, c);
    }
    return c;
  }

  set(id: number, code: number): void {
    if (id >= this.codes.length) {
      const grown = new Int32Array(Math.max(id + 1, Math.ceil(this.codes.length * 1.25))).fill(ABSENT);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[id] = code;
  }

  code(id: number): number {
    return id < this.codes.length ? this.codes[id]! : ABSENT;
  }
}

function decode(row: { codes: Uint8Array; vals: string }): Column {
  const bytes = row.codes;
  // (A BLOB's bytes may not start on a 4-byte boundary of their buffer: then they are copied.)
  const codes = bytes.byteOffset % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2) : new Int32Array(new Uint8Array(bytes).buffer);
  return new Column(JSON.parse(row.vals) as string[], codes);
}

/** Applies the log of changed articles to `columns` (read from column_cache, so with the log's state before). */
function applyChanges(db: Database, columns: Map<CachedColumn, Column>): void {
  const names = [...columns.keys()];
  const sql = `SELECT c.id, a.id IS NOT NULL AS present, ${names.map((n) => `a.${n}`).join(", ")}
    FROM column_changes c LEFT JOIN articles a INDEXED BY articles_filters ON a.id = c.id`;
  for (const r of db.prepare(sql).raw().iterate() as Iterable<unknown[]>) {
    const id = r[0] as number;
    names.forEach((name, i) => {
      const col = columns.get(name)!;
      col.set(id, r[1] ? col.codeOf(r[i + 2] as string | null) : ABSENT);
    });
  }
}

/**
 * The columns asked for, exact as of now, or null when the archive has no cache to start from yet
 * (a new archive before its first write command ends).
 */
export function loadColumns(db: Database, names: CachedColumn[]): Map<CachedColumn, Column> | null {
  const read = db.prepare("SELECT codes, vals FROM column_cache WHERE name = ?");
  const columns = new Map<CachedColumn, Column>();
  for (const name of names) {
    const row = read.get(name) as { codes: Uint8Array; vals: string } | undefined;
    if (!row) return null;
    columns.set(name, decode(row));
  }
  applyChanges(db, columns);
  return columns;
}

/** Every column built afresh from the articles. */
function buildColumns(db: Database): Map<CachedColumn, Column> {
  const max = (db.prepare("SELECT coalesce(max(id), 0) AS n FROM articles").get() as { n: number }).n;
  const columns = new Map(CACHED_COLUMNS.map((name) => [name, new Column([], new Int32Array(max + 1).fill(ABSENT))] as const));
  const cols = CACHED_COLUMNS.map((name) => columns.get(name)!);
  const sql = `SELECT id, ${CACHED_COLUMNS.join(", ")} FROM articles INDEXED BY articles_filters`;
  for (const r of db.prepare(sql).raw().iterate() as Iterable<unknown[]>) {
    const id = r[0] as number;
    for (let i = 0; i < cols.length; i++) cols[i]!.codes[id] = cols[i]!.codeOf(r[i + 1] as string | null);
  }
  return columns;
}

/**
 * Brings column_cache up to date with the log and empties the log; to be run inside a write
 * transaction. `atLeast`: do nothing while the log is shorter (readers apply a short log cheaply).
 * Without a cache, or with more changed articles than unchanged, every column is built afresh.
 */
export function foldColumnChanges(db: Database, atLeast = 1): void {
  const logged = (db.prepare("SELECT count(*) AS n FROM column_changes").get() as { n: number }).n;
  const cached = (db.prepare("SELECT count(*) AS n FROM column_cache").get() as { n: number }).n;
  if (cached === CACHED_COLUMNS.length && logged < atLeast) return;
  const articles = (db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  const columns = cached === CACHED_COLUMNS.length && logged * 2 < articles ? loadColumns(db, [...CACHED_COLUMNS])! : buildColumns(db);
  const write = db.prepare("INSERT OR REPLACE INTO column_cache (name, codes, vals) VALUES (?, ?, ?)");
  for (const [name, col] of columns) {
    write.run(name, Buffer.from(col.codes.buffer, col.codes.byteOffset, col.codes.byteLength), JSON.stringify(col.values));
  }
  db.exec("DELETE FROM column_changes");
}

/**
 * The ids of the articles a full-text expression matches, in one string aggregated in SQL and read
 * here digit by digit: a row per match handed to JavaScript took twice as long.
 */
export function matchingIds(db: Database, match: string): Int32Array {
  const row = db.prepare("SELECT group_concat(rowid) AS ids, count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?").get(match) as { ids: string | null; n: number };
  const ids = new Int32Array(row.n);
  const s = row.ids ?? "";
  let k = 0;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44) {
      ids[k++] = v;
      v = 0;
    } else {
      v = v * 10 + (c - 48);
    }
  }
  if (s.length > 0) ids[k++] = v;
  return ids;
}

/** How many articles' values in the cache (its log applied) differ from the articles themselves, for `news check`. */
export function columnsOutOfStep(db: Database): number {
  const cached = loadColumns(db, [...CACHED_COLUMNS]);
  if (!cached) return 1;
  const fresh = buildColumns(db);
  const valueOf = (col: Column, id: number) => {
    const c = col.code(id);
    return c >= 0 ? col.values[c] : c;
  };
  let off = 0;
  const ids = Math.max(...[...cached.values(), ...fresh.values()].map((c) => c.codes.length));
  for (let id = 0; id < ids; id++) {
    if (CACHED_COLUMNS.some((name) => valueOf(cached.get(name)!, id) !== valueOf(fresh.get(name)!, id))) off++;
  }
  return off;
}

/** Builds the cache afresh from the articles (`news check --repair`); inside a write transaction. */
export function rebuildColumns(db: Database): void {
  db.exec("DELETE FROM column_cache");
  foldColumnChanges(db);
}
