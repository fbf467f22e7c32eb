// The archive: articles, the files they came from, and the full-text index, behind prepared statements.
import type { SqlStatement as Statement } from "./sql.js";
import { existsSync, rmSync, statSync } from "node:fs";
import { asFault, FaultError, NewsError, NotFoundError, UsageError } from "../errors.js";
import { ARCHIVE_ELSEWHERE } from "../fs-errors.js";
import type { ParseOptions } from "../parse/article.js";
import type { Article, ParsedArticle, Provenance } from "../types.js";
import { termOf, WordRecorder, wordsLanguage } from "../language/analyser.js";
import { INDEXED_COLUMNS, indexRow } from "../language/index-row.js";
import { StoryIndex, type StorySignature } from "../stories/stories.js";
import { readBands } from "../stories/candidates.js";
import { Versions } from "../stories/versions.js";
import { decompress } from "./compression.js";
import { writeTransaction, type LockOptions } from "./lock.js";
import { foldColumnChanges } from "./columns.js";
import { ADD_WORD, FTS_SQL, INSERT_INDEX_ROW, indexAll, WEIGHTS } from "./schema.js";
import { DELETE_IMPACT_ROW, IMPACT_SQL, impactTokens, INSERT_IMPACT_ROW } from "./impact-index.js";
import { openDatabase, type DB, type OpenOptions } from "./store.js";
import { isPostgresUrl, maskUrl } from "./location.js";
import { isPostgres } from "./sql.js";
import type { PgDatabase, PgStatement } from "./postgres/database.js";
import { ADD_VOCABULARY_SQL, INDEX_ROW_SQL, indexEntry } from "./postgres/terms.js";

/** Changed articles a write transaction leaves in the column cache's log before folding them in. */
const FOLD_COLUMNS_AT = 20_000;

/** Rows of the files table read at a time for fileStat on PostgreSQL. */
const STAT_RANGE = 1000;

/** Columns of a list/search row, in JSON order. */
export const ARTICLE_COLUMNS =
  "a.id, a.hash, a.title, a.date, a.place, a.section, a.author, a.source, a.tags, a.words, a.path, a.ingested_at, a.summary, a.language, " +
  // An article not (yet) filed under a story is a story of its own.
  "coalesce((SELECT st.story FROM stories st WHERE st.id = a.id), a.id) AS story";

export interface ArticleRow {
  id: number;
  hash: string;
  title: string;
  date: string | null;
  place: string | null;
  section: string | null;
  author: string | null;
  source: string | null;
  tags: string;
  words: number;
  path: string | null;
  ingested_at: string;
  summary: string | null;
  story: number;
  language: string | null;
  body?: string;
  provenance?: string | null;
}

export function toArticle(row: ArticleRow): Article {
  const article: Article = {
    id: row.id,
    hash: row.hash,
    title: row.title,
    date: row.date,
    place: row.place,
    section: row.section,
    author: row.author,
    source: row.source,
    tags: parseTags(row.tags),
    words: row.words,
    path: row.path,
    ingestedAt: row.ingested_at,
    summary: row.summary,
    story: row.story ?? row.id,
    language: row.language ?? null,
  };
  if (row.body !== undefined) article.body = row.body;
  return article;
}

function parseTags(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}

export interface KnownFile {
  article_id: number;
  hash: string;
  size: number;
  mtime_ms: number;
}

export interface StoredArticle {
  parsed: ParsedArticle;
  hash: string;
  /** The normalised original text, compressed with `compress(text, parsed.body)`. */
  original: Uint8Array;
  /** The same uncompressed, when the caller has it (else the index decompresses `original`). */
  text?: string;
  path: string | null;
  ingestedAt: string;
  /** What the command line set for it (--source, --section, --tag), kept so reparse applies it again. */
  given: ParseOptions;
  /** ISO 639-1 code of its language (detectLanguage), null when unsure: its words are stemmed by it. */
  language: string | null;
}

const SQL = {
  fileByPath: "SELECT f.article_id, a.hash, f.size, f.mtime_ms FROM files f JOIN articles a ON a.id = f.article_id WHERE f.path = ?",
  fileStat: "SELECT article_id, size, mtime_ms FROM files WHERE path = ?",
  idByHash: "SELECT id FROM articles WHERE hash = ?",
  insert: `INSERT INTO articles (hash, title, date, place, section, author, source, summary, tags, words,
    path, ingested_at, body, original, provenance, given, language)
    VALUES (@hash, @title, @date, @place, @section, @author, @source, @summary, @tags, @words,
    @path, @ingestedAt, @body, @original, @provenance, @given, @language)`,
  index: INSERT_INDEX_ROW,
  update: `UPDATE articles SET hash = @hash, title = @title, date = @date, place = @place,
    section = @section, author = @author, source = @source, summary = @summary, tags = @tags, words = @words,
    body = @body, original = @original, provenance = @provenance, given = @given, language = @language WHERE id = @id`,
  reextract: `UPDATE articles SET title = @title, date = @date, place = @place, section = @section,
    author = @author, source = @source, summary = @summary, tags = @tags, words = @words, body = @body,
    original = @original, provenance = @provenance, language = @language WHERE id = @id`,
  setProvenance: "UPDATE articles SET provenance = ? WHERE id = ?",
  upsertFile: `INSERT INTO files (path, article_id, size, mtime_ms) VALUES (?, ?, ?, ?)
    ON CONFLICT(path) DO UPDATE SET article_id = excluded.article_id, size = excluded.size, mtime_ms = excluded.mtime_ms`,
  byId: `SELECT ${ARTICLE_COLUMNS}, a.body, a.provenance FROM articles a WHERE a.id = ?`,
  byHashPrefix: "SELECT id FROM articles WHERE hash >= ? AND hash < ? LIMIT 2",
  remove: "DELETE FROM articles WHERE id = ?",
  filesOf: "SELECT count(*) AS n FROM files WHERE article_id = ?",
  original: "SELECT original, body FROM articles WHERE id = ?",
  indexed: `SELECT ${INDEXED_COLUMNS} FROM articles WHERE id = ?`,
  unindex: "DELETE FROM articles_fts WHERE rowid = ?",
  addWord: ADD_WORD,
} as const;

/** Where PostgreSQL's SQL differs from SQLite's (postgres/schema.ts): the index is one tsvector. */
const PG_SQL: Partial<Record<keyof typeof SQL, string>> = {
  insert: `${SQL.insert} RETURNING id`,
  index: INDEX_ROW_SQL,
  unindex: "DELETE FROM articles_fts WHERE id = ?",
};
/** PostgreSQL: a new article's id comes from the batch's block of ids (Archive.prefetch). */
const PG_INSERT_WITH_ID = SQL.insert.replace("INSERT INTO articles (hash,", "INSERT INTO articles (id, hash,").replace("VALUES (@hash,", "VALUES (@id, @hash,");

export class Archive {
  readonly db: DB;
  readonly path: string;
  /** Full-text rows of articles inserted in the current write transaction, written at its end. */
  private unindexed: unknown[][] = [];
  /** Words of stemmed languages first seen in the current write transaction: [word, language]. */
  private freshWords: Array<[string, string]> = [];
  /** The words this archive has been handed for its words table (see WordRecorder). */
  private readonly recorder = new WordRecorder();
  /** Statements by SQL text, prepared on first use: a search needs a few, an ingest others. */
  private readonly prepared = new Map<string, Statement>();
  private storyIndex: StoryIndex | undefined;
  /** PostgreSQL: the terms of the articles indexed in the current write, added to the vocabulary at its end. */
  readonly pg: boolean;
  private freshTerms = new Set<string>();
  /**
   * PostgreSQL: what a batch of writes will ask (ids by hash, files by path) read ahead in one round
   * trip each, and a block of ids for its new articles; kept up to date by the batch's own writes
   * and forgotten when its transaction ends (see prefetch).
   */
  private ahead: { ids: Map<string, number | undefined>; files: Map<string, KnownFile | undefined>; fresh: number[] } | null = null;
  /** PostgreSQL: a stretch of the files table read for fileStat, ordered by path. */
  private statRange: { from: string; to: string | null; rows: Map<string, Omit<KnownFile, "hash">> } | null = null;
  private versionStore: Versions | undefined;

  /** How a write waits for another process's lock. */
  private readonly lock: LockOptions;
  /** The file opened, by device and inode: a write checks that the path still names it. */
  private readonly identity: { dev: number; ino: number } | null = null;

  constructor(path: string, options: OpenOptions) {
    // A PostgreSQL URL is shown in messages and stats with its password masked.
    this.path = isPostgresUrl(path) ? maskUrl(path) : path;
    this.db = openDatabase(path, options);
    this.pg = isPostgres(this.db);
    this.lock = { timeoutMs: options.busyTimeoutMs, onWait: options.onLockWait };
    if (options.write && !isPostgresUrl(path)) {
      try {
        const st = statSync(path);
        this.identity = { dev: st.dev, ino: st.ino };
      } catch {
        // removed already: the first write says so
        this.identity = { dev: -1, ino: -1 };
      }
    }
  }

  /**
   * Stops a write to a file that is no longer the archive: deleted, moved away, or replaced by
   * another file while a long command ran. (SQLite would go on writing to the open file.)
   */
  private checkIdentity(): void {
    if (!this.identity) return;
    let st;
    try {
      st = statSync(this.path);
    } catch {
      throw new FaultError({ kind: "gone", path: this.path, how: "deleted" });
    }
    if (st.dev !== this.identity.dev || st.ino !== this.identity.ino) throw new FaultError({ kind: "gone", path: this.path, how: "replaced" });
  }

  /** A statement for this SQL, prepared once per connection (search builds a few shapes of it). */
  statement(sql: string): Statement {
    let s = this.prepared.get(sql);
    if (!s) this.prepared.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /**
   * A count of articles that reading a query weighs words by (with a term, in a language). SQLite
   * keeps such counts in tables; PostgreSQL counts them from its indexes, milliseconds each, so its
   * connection keeps a count as long as it keeps the IDFs (PgDatabase.countKept).
   */
  countArticles(sql: string, param: unknown): number {
    if (this.pg) return (this.db as unknown as PgDatabase).countKept(sql, param);
    return this.statement(sql).pluck().get(param) as number;
  }

  /**
   * The rows of a statement about what the archive holds that changes only as articles are added
   * (the languages of its articles): PostgreSQL's connection keeps them as it keeps counts.
   */
  rowsKept(sql: string): unknown[] {
    if (this.pg) return (this.db as unknown as PgDatabase).rowsKept(this.statement(sql) as unknown as PgStatement);
    return this.statement(sql).all();
  }

  private stmt(name: keyof typeof SQL): Statement {
    return this.statement((this.pg && PG_SQL[name]) || SQL[name]);
  }

  /** Writes one article's full-text row: FTS5's columns, or PostgreSQL's tsvector of them. */
  private writeIndexRow(row: unknown[]): void {
    if (!this.pg) {
      this.stmt("index").run(...row);
      this.statement(INSERT_IMPACT_ROW).run(row[0], impactTokens(row, WEIGHTS));
      return;
    }
    const entry = indexEntry(row.slice(1) as string[], this.freshTerms);
    this.stmt("index").run(row[0], entry.vector, entry.length);
  }

  /** PostgreSQL: adds the terms indexed since the last call to the vocabulary, in one statement. */
  private writeVocabulary(): void {
    if (!this.pg || this.freshTerms.size === 0) return;
    this.statement(ADD_VOCABULARY_SQL).run([...this.freshTerms]);
    this.freshTerms = new Set();
  }

  /** Stories: which articles are the same text (src/core/stories). */
  get stories(): StoryIndex {
    return (this.storyIndex ??= new StoryIndex(this.db));
  }

  /** Earlier versions of articles whose file changed. */
  get versions(): Versions {
    return (this.versionStore ??= new Versions(this.db));
  }

  static open(path: string, options: OpenOptions): Archive {
    return new Archive(path, options);
  }

  close(): void {
    if (!this.db.open) return;
    const gone = this.identity !== null && !this.samePath();
    if (this.identity !== null && !gone && !this.pg && !this.db.inTransaction) this.foldColumns();
    if (gone) {
      // SQLite does not checkpoint a moved database when it closes, and leaves its -wal file at the
      // old path, where a new archive made there would take it for its own. Write what it holds into
      // the file it belongs to (moved or deleted), then take it away.
      try {
        this.db.pragma("wal_checkpoint(TRUNCATE)");
      } catch {
        // another process still reads the old file: it keeps its -wal
      }
    }
    this.db.close();
    if (gone && !existsSync(this.path)) for (const suffix of ["-wal", "-shm"]) rmSync(this.path + suffix, { force: true });
  }

  /**
   * Folds the log of changed articles into the column cache (columns.ts) as a writer closes, so
   * that readers find it up to date. Only if the lock is free at once, and never an error: the log
   * stays, readers apply it, and the next writer folds it.
   */
  private foldColumns(): void {
    try {
      if ((this.db.prepare("SELECT EXISTS (SELECT 1 FROM column_changes) AS n").get() as { n: number }).n === 0) return;
      writeTransaction(this.db, this.path, () => foldColumnChanges(this.db), { timeoutMs: 0 });
    } catch {
      // left for the next writer
    }
  }

  /** Whether the archive's path still names the file opened. */
  private samePath(): boolean {
    try {
      const st = statSync(this.path);
      return st.dev === this.identity?.dev && st.ino === this.identity.ino;
    } catch {
      return false;
    }
  }

  /** How much room the archive takes: its file and WAL, or on PostgreSQL the database. */
  bytes(): number {
    if (this.pg) return this.db.prepare("SELECT pg_database_size(current_database())").pluck().get() as number;
    let bytes = 0;
    for (const suffix of ["", "-wal"]) {
      try {
        bytes += statSync(this.path + suffix).size;
      } catch {
        // no WAL file: nothing to add
      }
    }
    return bytes;
  }

  /** What the archive last saw of a file: size and time, for the cheap "unchanged" test. */
  fileStat(path: string): Omit<KnownFile, "hash"> | undefined {
    if (this.pg) return this.fileStatFromRange(path);
    return this.stmt("fileStat").get(path) as Omit<KnownFile, "hash"> | undefined;
  }

  /**
   * PostgreSQL: a file's row from a stretch of the files table read in path order, a thousand rows
   * at a time: ingest asks for every file of a folder walk in turn, and a round trip each would cost
   * more than the rest of the check. (A stale answer only makes ingest read a file it could have
   * skipped: the write checks again.)
   */
  private fileStatFromRange(path: string): Omit<KnownFile, "hash"> | undefined {
    const r = this.statRange;
    if (!r || path < r.from || (r.to !== null && path > r.to)) {
      const rows = this.statement(`SELECT path, article_id, size, mtime_ms FROM files WHERE path >= ? ORDER BY path LIMIT ${STAT_RANGE}`).all(path) as Array<
        Omit<KnownFile, "hash"> & { path: string }
      >;
      this.statRange = {
        from: path,
        to: rows.length < STAT_RANGE ? null : rows[rows.length - 1]!.path,
        rows: new Map(rows.map((row) => [row.path, { article_id: row.article_id, size: row.size, mtime_ms: row.mtime_ms }])),
      };
    }
    return this.statRange!.rows.get(path);
  }

  knownFile(path: string): KnownFile | undefined {
    if (this.ahead?.files.has(path)) return this.ahead.files.get(path);
    return this.stmt("fileByPath").get(path) as KnownFile | undefined;
  }

  idByHash(hash: string): number | undefined {
    if (this.ahead?.ids.has(hash)) return this.ahead.ids.get(hash);
    return (this.stmt("idByHash").get(hash) as { id: number } | undefined)?.id;
  }

  /**
   * Reads ahead what writing a batch of articles will ask, inside its write transaction: the story
   * band keys of the batch and their candidates' rows (in key order: see readBands), and with
   * PostgreSQL also which hashes and files the archive has, a block of ids for its new articles
   * and the texts of the candidates they will likely be checked against (SQLite answers those in
   * microseconds each).
   */
  prefetch(batch: { hashes: string[]; paths: string[]; bands: number[]; stories?: StorySignature[] }): void {
    if (batch.hashes.length === 0) return;
    if (!this.pg) {
      if (batch.bands.length > 0) this.stories.bands = readBands(this.stories, batch.bands);
      return;
    }
    const ids = new Map<string, number | undefined>(batch.hashes.map((h) => [h, undefined]));
    for (const r of this.statement("SELECT id, hash FROM articles WHERE hash = ANY(?::text[])").all(batch.hashes) as Array<{ id: number; hash: string }>) ids.set(r.hash, r.id);
    const files = new Map<string, KnownFile | undefined>(batch.paths.map((p) => [p, undefined]));
    const known = this.statement(
      "SELECT f.path, f.article_id, a.hash, f.size, f.mtime_ms FROM files f JOIN articles a ON a.id = f.article_id WHERE f.path = ANY(?::text[])",
    ).all(batch.paths) as Array<KnownFile & { path: string }>;
    for (const r of known) files.set(r.path, { article_id: r.article_id, hash: r.hash, size: r.size, mtime_ms: r.mtime_ms });
    // As many ids as new texts (a file that changed keeps its id: its id is left unused, a gap).
    const needed = new Set(batch.hashes.filter((h) => ids.get(h) === undefined)).size;
    const fresh = needed === 0 ? [] : (this.statement("SELECT nextval(pg_get_serial_sequence('articles', 'id')) AS id FROM generate_series(1, ?)").pluck().all(needed) as number[]);
    this.ahead = { ids, files, fresh };
    this.stories.bands = readBands(this.stories, batch.bands);
    this.stories.readTextsAhead(batch.stories ?? []);
  }

  /** How many file paths point at an article. */
  fileCount(id: number): number {
    return (this.stmt("filesOf").get(id) as { n: number } | undefined)?.n ?? 0;
  }

  /** The columns a parse fills, with the original compressed against its body. */
  private parsedValues(p: ParsedArticle, original: Uint8Array, language: string | null) {
    return {
      language,
      title: p.title,
      date: p.date,
      place: p.place,
      section: p.section,
      author: p.author,
      source: p.source,
      summary: p.summary,
      tags: JSON.stringify(p.tags),
      words: p.words,
      body: p.body,
      original,
      provenance: JSON.stringify(p.provenance),
    };
  }

  private values(a: StoredArticle) {
    return { ...this.parsedValues(a.parsed, a.original, a.language), hash: a.hash, given: JSON.stringify(a.given) };
  }

  /**
   * Adds an article. Its full-text entry is written when the write transaction ends, together with
   * the others of the batch (see schema.ts): FTS5 flushes its pending terms whenever another
   * statement opens a savepoint, so index rows interleaved with other writes each become a tiny
   * segment, which doubled the cost of ingest.
   */
  insert(a: StoredArticle): number {
    const values = this.values(a);
    let id: number | bigint;
    const ahead = this.ahead;
    if (ahead && ahead.fresh.length > 0) {
      // PostgreSQL in a batch read ahead: the id is known, so the row joins the queue of writes.
      id = ahead.fresh.shift()!;
      this.statement(PG_INSERT_WITH_ID).run({ ...values, id, path: a.path, ingestedAt: a.ingestedAt });
      ahead.ids.set(a.hash, id);
      this.stories.written.set(id, { body: values.body, original: Buffer.from(values.original) });
    } else {
      id = this.stmt("insert").run({ ...values, path: a.path, ingestedAt: a.ingestedAt }).lastInsertRowid;
    }
    const fresh: string[] = [];
    const row = indexRow(id, { ...a.parsed, tags: values.tags, text: a.text, original: a.original }, a.language, { fresh, recorder: this.recorder });
    for (const w of fresh) this.freshWords.push([w, wordsLanguage(a.language)]);
    if (this.db.inTransaction) this.unindexed.push(row);
    else this.indexNow(row);
    return Number(id);
  }

  /** Writes an article's full-text entry again from its stored fields (after an update). */
  private reindex(id: number): void {
    const row = this.stmt("indexed").get(id) as (Parameters<typeof indexRow>[1] & { language: string | null }) | undefined;
    if (!row) return;
    this.stmt("unindex").run(id);
    if (!this.pg) this.statement(DELETE_IMPACT_ROW).run(id);
    const fresh: string[] = [];
    this.writeIndexRow(indexRow(id, row, row.language, { fresh, recorder: this.recorder }));
    for (const w of fresh) this.stmt("addWord").run(termOf(w, null), wordsLanguage(row.language), w);
    this.writeVocabulary();
  }

  /** Empties the full-text index and writes every article's entry again (`news check --repair`). */
  reindexAll(progress?: (done: number, total: number) => void): void {
    if (this.pg) {
      this.db.exec("DELETE FROM articles_fts; DELETE FROM articles_vocab;");
      const total = (this.db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
      let done = 0;
      for (const r of this.db.prepare(`SELECT id, ${INDEXED_COLUMNS} FROM articles ORDER BY id`).all() as Array<
        Parameters<typeof indexRow>[1] & { id: number; language: string | null }
      >) {
        this.writeIndexRow(indexRow(r.id, r, r.language));
        if (++done % 1000 === 0) {
          this.writeVocabulary();
          progress?.(done, total);
        }
      }
      this.writeVocabulary();
      progress?.(done, total);
      return;
    }
    this.db.exec("DROP TABLE IF EXISTS articles_vocab; DROP TABLE IF EXISTS articles_fts; DROP TABLE IF EXISTS articles_impact_vocab; DROP TABLE IF EXISTS articles_impact;");
    this.db.exec(FTS_SQL + IMPACT_SQL);
    this.prepared.clear();
    indexAll(this.db, progress);
  }

  private indexNow(row: unknown[]): void {
    this.writeIndexRow(row);
    for (const [form, language] of this.freshWords) this.stmt("addWord").run(termOf(form, null), language, form);
    this.freshWords = [];
    this.writeVocabulary();
  }

  private indexPending(): void {
    for (const row of this.unindexed) this.writeIndexRow(row);
    for (const [form, language] of this.freshWords) this.stmt("addWord").run(termOf(form, null), language, form);
    this.unindexed = [];
    this.freshWords = [];
    this.writeVocabulary();
  }

  /** Replaces an article's text and fields, keeping its id. */
  update(id: number, a: StoredArticle): void {
    this.stmt("update").run({ ...this.values(a), id });
    this.ahead?.ids.set(a.hash, id);
    this.reindex(id);
  }

  /** Replaces what a new parse of an article's stored original found; its text, path and given stay. */
  reextract(id: number, parsed: ParsedArticle, original: Uint8Array, language: string | null): void {
    this.stmt("reextract").run({ ...this.parsedValues(parsed, original, language), id });
    this.reindex(id);
  }

  /** Records where each field came from (a new parser may find the same fields by other rules). */
  setProvenance(id: number, provenance: Provenance): void {
    this.stmt("setProvenance").run(JSON.stringify(provenance), id);
  }

  linkFile(path: string, articleId: number, size: number, mtimeMs: number): void {
    this.stmt("upsertFile").run(path, articleId, size, mtimeMs);
    this.ahead?.files.delete(path);
  }

  /** Removes an article, its file links, its earlier versions and its place in its story. */
  remove(id: number): boolean {
    this.ahead = null;
    this.stories.leave(id);
    return this.stmt("remove").run(id).changes > 0;
  }

  /** One article in full, with its body and provenance. */
  get(id: number): (Article & { body: string; provenance: Provenance }) | undefined {
    const row = this.stmt("byId").get(id) as ArticleRow | undefined;
    if (!row) return undefined;
    const article = toArticle(row) as Article & { body: string; provenance: Provenance };
    article.provenance = row.provenance ? (JSON.parse(row.provenance) as Provenance) : {};
    return article;
  }

  /** The normalised original text an article was parsed from. */
  original(id: number): string | undefined {
    const row = this.stmt("original").get(id) as { original: Buffer; body: string } | undefined;
    return row ? decompress(row.original, row.body) : undefined;
  }

  /**
   * Resolves what a user typed to an article id: a numeric id, or a unique prefix of at least six hex
   * digits of its hash (CONTRACT.md, `news show <ref>`).
   */
  resolve(ref: string): number {
    const r = ref.trim();
    if (/^\d+$/.test(r) && Number.isSafeInteger(Number(r))) {
      const id = Number(r);
      if (this.stmt("byId").get(id)) return id;
      if (r.length < 6) throw new NotFoundError(`no article with id ${r}; see 'news list' for ids`);
    }
    if (!/^[0-9a-f]+$/i.test(r)) {
      throw new UsageError(`'${ref}' is not an article id or hash; give a number or at least 6 hex digits of a hash`);
    }
    if (r.length < 6) throw new UsageError(`hash prefix '${ref}' is too short; give at least 6 hex digits`);
    const lower = r.toLowerCase();
    const upper = lower + "g"; // every hex string with this prefix sorts below prefix + "g"
    const hits = this.stmt("byHashPrefix").all(lower, upper) as Array<{ id: number }>;
    if (hits.length === 0) throw new NotFoundError(`no article with id or hash prefix ${r}; see 'news list' for ids`);
    if (hits.length > 1) throw new NewsError(`hash prefix ${r} matches several articles; give more digits`);
    return hits[0]!.id;
  }

  /**
   * Runs `fn` in one write transaction that takes the lock at its start (BEGIN IMMEDIATE), waiting
   * for another process's lock as lock.ts says. A full or read-only disk, a lock held too long or an
   * archive file that is no longer at its path ends it with a FaultError, the transaction rolled back.
   */
  write<T>(fn: () => T): T {
    this.unindexed = [];
    this.freshWords = [];
    this.freshTerms = new Set();
    this.ahead = null;
    this.storyIndex?.startTransaction();
    try {
      return writeTransaction(
        this.db,
        this.path,
        () => {
          this.checkIdentity();
          const result = fn();
          this.indexPending();
          // (A long command, watch above all, folds its changes now and then; the rest at close.)
          if (!this.pg) foldColumnChanges(this.db, FOLD_COLUMNS_AT);
          this.checkIdentity();
          this.storyIndex?.sealTransaction();
          return result;
        },
        this.lock,
      );
    } catch (err) {
      this.storyIndex?.forgetRecent();
      // (The words handed out in the rolled-back write were not recorded: they may be again.)
      this.recorder.forget();
      throw asFault(err, this.path, { elsewhere: ARCHIVE_ELSEWHERE });
    } finally {
      this.unindexed = [];
      this.freshWords = [];
      this.ahead = null;
      this.storyIndex?.endTransaction();
    }
  }
}
