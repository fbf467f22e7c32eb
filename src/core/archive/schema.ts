// The archive's tables, and the migrations that bring an older archive up to date. Each migration
// is a named function run inside one transaction with the version bump, so an archive is always at
// exactly one version. Documented for sqlite3/Datasette users in the README ("The archive file").
import type { Database } from "better-sqlite3";
import { STORY_TABLES, StoryIndex } from "../stories/stories.js";
import { VERSION_TABLES } from "../stories/versions.js";

/** The full-text columns, and how much a match in each weighs in BM25: the headline ten times the body. */
export const FTS_COLUMNS = ["title", "body", "author", "section", "place", "source", "tags"] as const;
export const COLUMN_WEIGHTS: Record<(typeof FTS_COLUMNS)[number], number> = { title: 10, body: 1, author: 3, section: 2, place: 2, source: 2, tags: 2 };
/** A field named in a query (`title:oil`) weighs this much more than usual. */
export const FIELD_TERM_BOOST = 1.5;

/** 'news' in ASCII: marks a SQLite file as a news archive (PRAGMA application_id). */
export const APPLICATION_ID = 0x6e657773;

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "articles, files, full-text index",
    up: (db) => {
      db.exec(`
        CREATE TABLE articles (
          id          INTEGER PRIMARY KEY,           -- stable for the article's life; FTS rowid
          hash        TEXT NOT NULL UNIQUE,          -- SHA-256 of the normalised text
          title       TEXT NOT NULL,
          date        TEXT,                          -- YYYY-MM-DD
          place       TEXT,
          section     TEXT,
          author      TEXT,
          source      TEXT,
          summary     TEXT,
          tags        TEXT NOT NULL DEFAULT '[]',    -- JSON array of strings
          words       INTEGER NOT NULL,
          path        TEXT,                          -- absolute path it first came from; NULL for stdin
          ingested_at TEXT NOT NULL,                 -- ISO 8601
          body        TEXT NOT NULL,                 -- cleaned text, paragraphs separated by a blank line
          original    BLOB NOT NULL,                 -- the normalised original text, zlib-compressed with body as dictionary
          provenance  TEXT,                          -- JSON: field -> {line, rule}
          given       TEXT                           -- JSON: --source/--section/--tag given at ingest
        );
        CREATE INDEX articles_date ON articles(date, id);
        -- A narrow copy of the columns search filters on, keyed by id: checking a filter for each of
        -- thousands of full-text matches reads this small index, not the wide rows with the bodies.
        CREATE INDEX articles_filters ON articles(id, date, section, source, place, tags);

        -- Every file path ever ingested and the article it holds (several paths may hold one article).
        CREATE TABLE files (
          path       TEXT PRIMARY KEY,
          article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          size       INTEGER NOT NULL,
          mtime_ms   REAL NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX files_article ON files(article_id);

        CREATE VIRTUAL TABLE articles_fts USING fts5(
          title, body, author, section, place, source, tags,
          content = 'articles', content_rowid = 'id',
          tokenize = 'porter unicode61 remove_diacritics 2'
        );
        -- The headline weighs ten times the body; metadata fields sit between.
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(${FTS_COLUMNS.map((c) => COLUMN_WEIGHTS[c].toFixed(1)).join(", ")})');

        -- New articles are indexed by the program itself, a batch at a time (Archive.insert), not by a
        -- trigger: FTS5 flushes its pending terms at every statement savepoint, and a trigger (or any
        -- write between two index rows) opens one per article, which doubled the cost of ingest.
        -- Removals and edits, rare and sometimes made by hand in sqlite3, keep the index in step
        -- through triggers; 'news check --repair' indexes rows added by hand.
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
          INSERT INTO articles_fts(articles_fts, rowid, title, body, author, section, place, source, tags)
          VALUES ('delete', old.id, old.title, old.body, old.author, old.section, old.place, old.source, old.tags);
        END;
        CREATE TRIGGER articles_au AFTER UPDATE OF title, body, author, section, place, source, tags ON articles BEGIN
          INSERT INTO articles_fts(articles_fts, rowid, title, body, author, section, place, source, tags)
          VALUES ('delete', old.id, old.title, old.body, old.author, old.section, old.place, old.source, old.tags);
          INSERT INTO articles_fts(rowid, title, body, author, section, place, source, tags)
          VALUES (new.id, new.title, new.body, new.author, new.section, new.place, new.source, new.tags);
        END;
      `);
    },
  },
  {
    version: 2,
    name: "stories (MinHash signatures, LSH bands) and earlier versions of articles",
    up: (db) => {
      db.exec(STORY_TABLES);
      db.exec(VERSION_TABLES);
      // The articles already there are filed into stories now, in id order, as ingest would have.
      new StoryIndex(db).rebuild();
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
