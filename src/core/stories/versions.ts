// Versions: when the file an article came from changes, the article takes the new text and keeps
// its id; the text it had is kept here first, compressed (the body with deflate, the original
// against that body, as articles keep theirs), in the same transaction as the update.
import type { SqlDatabase as Database, SqlStatement as Statement } from "../archive/sql.js";
import { createRequire } from "node:module";
import { compress, decompress } from "../archive/compression.js";
import { NotFoundError, UsageError } from "../errors.js";

export const VERSION_TABLES = `
  -- Earlier texts of articles whose file changed; the current text stays in articles.
  CREATE TABLE versions (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,      -- 1 is the first text; the current one is the count plus one
    ingested_at TEXT NOT NULL,         -- when this text entered the archive
    replaced_at TEXT NOT NULL,         -- when the next one replaced it
    hash        TEXT NOT NULL,
    title       TEXT NOT NULL,
    words       INTEGER NOT NULL,
    body        BLOB NOT NULL,         -- the cleaned body, deflated
    original    BLOB NOT NULL,         -- the normalised original, deflated with the body as dictionary
    PRIMARY KEY (article_id, version)
  );
`;

export interface VersionInfo {
  version: number;
  ingestedAt: string;
  hash: string;
  words: number;
}

export interface VersionText extends VersionInfo {
  title: string;
  body: string;
}

let zlib: typeof import("node:zlib") | undefined;
const load = () => (zlib ??= createRequire(import.meta.url)("node:zlib") as typeof import("node:zlib"));

/** Whether two texts differ only in whitespace (then the new one is no new version). */
export function sameButWhitespace(a: string, b: string): boolean {
  const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();
  return squeeze(a) === squeeze(b);
}

interface CurrentRow {
  hash: string;
  title: string;
  words: number;
  body: string;
  original: Buffer;
  ingested_at: string;
}

interface VersionRow {
  version: number;
  ingested_at: string;
  hash: string;
  title: string;
  words: number;
  body?: Buffer;
}

export class Versions {
  private readonly prepared = new Map<string, Statement>();
  constructor(readonly db: Database) {}

  private stmt(sql: string): Statement {
    let s = this.prepared.get(sql);
    if (!s) this.prepared.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /** When the current text of an article entered the archive. */
  private currentSince(id: number, first: string): string {
    const last = this.stmt("SELECT replaced_at FROM versions WHERE article_id = ? ORDER BY version DESC LIMIT 1").pluck().get(id) as string | undefined;
    return last ?? first;
  }

  /** The normalised original text an article holds now, or undefined when there is no such article. */
  currentText(id: number): string | undefined {
    const row = this.stmt("SELECT original, body FROM articles WHERE id = ?").get(id) as { original: Buffer; body: string } | undefined;
    return row ? decompress(row.original, row.body) : undefined;
  }

  /** Keeps the text article `id` has now as its next version (call before replacing it). */
  keep(id: number, replacedAt: string): void {
    const row = this.stmt("SELECT hash, title, words, body, original, ingested_at FROM articles WHERE id = ?").get(id) as CurrentRow | undefined;
    if (!row) return;
    const n = this.stmt("SELECT count(*) FROM versions WHERE article_id = ?").pluck().get(id) as number;
    const since = this.currentSince(id, row.ingested_at);
    const original = decompress(row.original, row.body);
    this.stmt(
      `INSERT INTO versions (article_id, version, ingested_at, replaced_at, hash, title, words, body, original)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, n + 1, since, replacedAt, row.hash, row.title, row.words, load().deflateSync(Buffer.from(row.body, "utf8"), { level: 6 }), compress(original, row.body));
  }

  /** Every version of an article, oldest first, the current one last. */
  list(id: number): VersionInfo[] {
    const current = this.stmt("SELECT hash, words, ingested_at FROM articles WHERE id = ?").get(id) as { hash: string; words: number; ingested_at: string } | undefined;
    if (!current) throw new NotFoundError(`no article with id ${id}; see 'news list' for ids`);
    const rows = this.stmt("SELECT version, ingested_at, hash, words FROM versions WHERE article_id = ? ORDER BY version").all(id) as VersionRow[];
    const older = rows.map((r) => ({ version: r.version, ingestedAt: r.ingested_at, hash: r.hash, words: r.words }));
    return [...older, { version: older.length + 1, ingestedAt: this.currentSince(id, current.ingested_at), hash: current.hash, words: current.words }];
  }

  /** One version's title and body (the highest number is the current text). */
  text(id: number, version: number): VersionText {
    const all = this.list(id);
    const info = all.find((v) => v.version === version);
    if (!info) {
      throw new UsageError(`article ${id} has no version ${version}; it has ${all.length === 1 ? "only version 1" : `versions 1 to ${all.length}`} (see 'news show ${id} --versions')`);
    }
    if (version === all.length) {
      const row = this.stmt("SELECT title, body FROM articles WHERE id = ?").get(id) as { title: string; body: string };
      return { ...info, ...row };
    }
    const row = this.stmt("SELECT title, body FROM versions WHERE article_id = ? AND version = ?").get(id, version) as { title: string; body: Buffer };
    return { ...info, title: row.title, body: load().inflateSync(row.body).toString("utf8") };
  }

  /** The normalised original text of an earlier version. */
  original(id: number, version: number): string | undefined {
    const row = this.stmt("SELECT body, original FROM versions WHERE article_id = ? AND version = ?").get(id, version) as { body: Buffer; original: Buffer } | undefined;
    if (!row) return undefined;
    return decompress(row.original, load().inflateSync(row.body).toString("utf8"));
  }
}
