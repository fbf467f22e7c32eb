// An archive as version 1 of the schema wrote it, for the tests of the migrations after it.
import Database from "better-sqlite3";
import { compress } from "../../src/core/archive/compression.js";
import { APPLICATION_ID, MIGRATIONS } from "../../src/core/archive/schema.js";

export interface OldArticle {
  title: string;
  body: string;
  /** The original text (the later migrations read it); stored compressed against the body. */
  original: string;
  words: number;
}

/** Writes a schema-1 archive at `path` holding `articles`, each in its full-text index too. */
export function schemaOneArchive(path: string, articles: OldArticle[]): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  MIGRATIONS[0]!.up(db);
  db.pragma("user_version = 1");
  const insert = db.prepare(`INSERT INTO articles (hash, title, tags, words, ingested_at, body, original)
    VALUES (?, ?, '[]', ?, '2024-01-01T00:00:00Z', ?, ?)`);
  const index = db.prepare("INSERT INTO articles_fts(rowid, title, body, tags) VALUES (?, ?, ?, '[]')");
  articles.forEach((a, i) => {
    const id = insert.run(`${i}`.padStart(64, "0"), a.title, a.words, a.body, compress(a.original, a.body)).lastInsertRowid;
    index.run(id, a.title, a.body);
  });
  db.close();
}
