// The archive's tables, and the migrations that bring an older archive up to date. Each migration
// is a named function run inside one transaction with the version bump, so an archive is always at
// exactly one version. Documented for sqlite3/Datasette users in the README ("The archive file").
import type { SqlDatabase as Database } from "./sql.js";
import { RECENT_BANDS_TABLE, STORY_TABLES, StoryIndex } from "../stories/stories.js";
import { VERSION_TABLES } from "../stories/versions.js";
import { detectLanguage } from "../language/detect.js";
import { distinctWords, termOf, WordRecorder, wordsLanguage } from "../language/analyser.js";
import { INDEXED_COLUMNS, indexRow } from "../language/index-row.js";
import { STEMMED } from "../language/stem.js";
import { rebuildTallies, TALLIES_SQL } from "./tallies.js";
import { COLUMNS_SQL, foldColumnChanges } from "./columns.js";
import { IMPACT_SQL, impactTokens, INSERT_IMPACT_ROW } from "./impact-index.js";

/**
 * The full-text columns, and how much a match in each weighs in BM25: the headline ten times the
 * body. `page` holds the words of the page outside the story that the story lacks (page-text.ts),
 * weighing as the body does: PostgreSQL's index has four weights, and the page's words take the
 * body's there (postgres/terms.ts), so both engines rank alike.
 */
export const FTS_COLUMNS = ["title", "body", "author", "section", "place", "source", "tags", "page"] as const;
export const COLUMN_WEIGHTS: Record<(typeof FTS_COLUMNS)[number], number> = { title: 10, body: 1, author: 3, section: 2, place: 2, source: 2, tags: 2, page: 1 };
/** An index row's INSERT: rowid and one value per column. */
export const INSERT_INDEX_ROW = `INSERT INTO articles_fts(rowid, ${FTS_COLUMNS.join(", ")}) VALUES (?, ${FTS_COLUMNS.map(() => "?").join(", ")})`;
/** Each column's BM25 weight, in FTS_COLUMNS order. */
export const WEIGHTS: readonly number[] = FTS_COLUMNS.map((c) => COLUMN_WEIGHTS[c]);

/** Whether the archive has the impact index (schema 12, impact-index.ts). */
export function hasImpactIndex(db: Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles_impact'").get() !== undefined;
}

/**
 * Writes index rows ([id, ...columns]) into a SQLite archive: the full-text row and, where the
 * archive has it, the impact index's. Every writer of articles_fts goes through one of these, so
 * the two never disagree (a ranked search trusts the impact index to name every article that can
 * make its page).
 */
export function indexWriter(db: Database): (row: unknown[]) => void {
  const insert = db.prepare(INSERT_INDEX_ROW);
  const impact = hasImpactIndex(db) ? db.prepare(INSERT_IMPACT_ROW) : null;
  return (row) => {
    insert.run(...row);
    impact?.run(row[0], impactTokens(row, WEIGHTS));
  };
}

/** A field named in a query (`title:oil`) weighs this much more than usual. */
export const FIELD_TERM_BOOST = 1.5;
/**
 * Proximity (proximity.ts): the PROXIMITY_POOL best ranked stories are put in order of their BM25
 * score plus PROXIMITY_WEIGHT * (k - 1) * PROXIMITY_SPAN / (PROXIMITY_SPAN + s - k), where k is how
 * many of the query's words the body has and s the fewest consecutive words of the body holding
 * all k. Chosen on 140 known-item queries; see bench/relevance/README.md for the held-out figures.
 */
export const PROXIMITY_WEIGHT = 3;
export const PROXIMITY_SPAN = 10;
export const PROXIMITY_POOL = 20;
/**
 * The lead (proximity.ts): the same pool's BM25 scores are raised by LEAD_WEIGHT times the share of
 * the query's words found in the headline or among the body's first LEAD_WORDS words. A story says
 * what it is about in its headline and first sentence, and a reader recalls that, not a detail from
 * its tenth paragraph. A share of the score, not a sum, so that it weighs alike in an archive of a
 * hundred articles and of a million. Chosen on 480 known-item queries (nine sets; each left out in
 * turn chose the same); see bench/relevance/README.md.
 */
export const LEAD_WORDS = 30;
export const LEAD_WEIGHT = 0.3;

/** 'news' in ASCII: marks a SQLite file as a news archive (PRAGMA application_id). */
export const APPLICATION_ID = 0x6e657773;

/** How far a long migration has got (articles done of total), for a progress line on a terminal. */
export type MigrationProgress = (done: number, total: number) => void;

export interface Migration {
  version: number;
  name: string;
  up: (db: Database, progress?: MigrationProgress) => void;
}

/**
 * The full-text index of analysed terms (see language/analyser.ts). It stores no text of its own
 * (contentless, with deletes by rowid): the program writes each article's terms, space-separated,
 * and the `ascii` tokenizer does nothing but split them again. Snippets are cut from the stored
 * body in JavaScript (search.ts). `articles_vocab` lists every term with its article count, for
 * typo correction.
 */
export const FTS_SQL = `
  CREATE VIRTUAL TABLE articles_fts USING fts5(
    ${FTS_COLUMNS.join(", ")},
    content = '', contentless_delete = 1, tokenize = 'ascii'
  );
  INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(${FTS_COLUMNS.map((c) => COLUMN_WEIGHTS[c].toFixed(1)).join(", ")})');
  CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');`;

/** Records a word a stemmed language's articles use: folded (the key a query looks up) and as written. */
export const ADD_WORD = "INSERT OR IGNORE INTO words (word, language, form) VALUES (?, ?, ?)";

/** Which articles indexAll writes: all, or those a condition on their columns picks. */
type Only = { where: string; params: unknown[] } | undefined;

/** Writes the full-text entry of every article, or of those `only` picks (their entries must be gone), reporting progress. */
export function indexAll(db: Database, progress?: MigrationProgress, only?: Only): void {
  const where = only ? ` WHERE ${only.where}` : "";
  const params = only?.params ?? [];
  const total = (db.prepare(`SELECT count(*) AS n FROM articles${where}`).get(...params) as { n: number }).n;
  const write = indexWriter(db);
  const rows = db.prepare(`SELECT id, ${INDEXED_COLUMNS} FROM articles${where} ORDER BY id`);
  const addWord = db.prepare(ADD_WORD);
  const recorder = new WordRecorder();
  let done = 0;
  // All rows are read first: a statement still reading the articles cannot share the connection
  // with writes to other tables.
  for (const r of rows.all(...params) as Array<Record<string, string | null> & { id: number; language: string | null }>) {
    const fresh: string[] = [];
    write(indexRow(r.id, r as never, r.language, { fresh, recorder }));
    for (const w of fresh) addWord.run(termOf(w, null), wordsLanguage(r.language), w);
    if (++done % 1000 === 0) progress?.(done, total);
  }
  if (total > 0) progress?.(done, total);
}

/** The languages whose terms schema 6 changed (stem.ts), indexed again by its migration. */
export const REINDEXED_IN_6 = ["fr", "es", "de"];
/** Likewise for schema 7. */
export const REINDEXED_IN_7 = ["ru"];

/** Index again the articles of these languages, whose terms the analyser now writes differently. */
function reindexLanguages(db: Database, progress: MigrationProgress | undefined, languages: string[]): void {
  for (const language of languages) {
    db.prepare("DELETE FROM articles_fts WHERE rowid IN (SELECT id FROM articles WHERE language = ?)").run(language);
    indexAll(db, progress, { where: "language = ?", params: [language] });
  }
}

/**
 * New articles are indexed by the program itself, a batch at a time (Archive.insert): their terms
 * come from the analyser. A removed article leaves the index (and the impact index) by these
 * triggers; an edit by hand in sqlite3 (title, body, ...) takes the article out of them, and `news
 * check --repair` puts it back with its new terms.
 */
const INDEX_TRIGGERS = `
  DROP TRIGGER IF EXISTS articles_ad;
  DROP TRIGGER IF EXISTS articles_au;
  CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = old.id;
    DELETE FROM articles_impact WHERE rowid = old.id;
  END;
  CREATE TRIGGER articles_au AFTER UPDATE OF title, body, author, section, place, source, tags, language ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = old.id;
    DELETE FROM articles_impact WHERE rowid = old.id;
  END;`;

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
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 3.0, 2.0, 2.0, 2.0, 2.0)');

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
  {
    version: 3,
    name: "language of each article, full-text index of analysed terms",
    up: (db, progress) => {
      db.exec(`
        DROP TRIGGER articles_ad;
        DROP TRIGGER articles_au;
        DROP TABLE articles_fts;
        ALTER TABLE articles ADD COLUMN language TEXT;  -- ISO 639-1, NULL when unsure
        DROP INDEX articles_filters;
        CREATE INDEX articles_filters ON articles(id, date, section, source, place, tags, language);
        CREATE INDEX articles_language ON articles(language);
        -- The words that articles of each stemmed language use, folded (word: lower case, no
        -- accents) and as written (form, lower case). A query word is stemmed in the languages
        -- whose articles use it (in all, when none does), as those articles spell it: "etat"
        -- typed without its accent is stemmed as the French "état".
        CREATE TABLE IF NOT EXISTS words (
          word     TEXT NOT NULL,
          language TEXT NOT NULL,
          form     TEXT NOT NULL,
          PRIMARY KEY (word, language, form)
        ) WITHOUT ROWID;
      `);
      const total = (db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
      const set = db.prepare("UPDATE articles SET language = ? WHERE id = ?");
      let done = 0;
      for (const r of db.prepare("SELECT id, title, body FROM articles").all() as Array<{ id: number; title: string; body: string }>) {
        set.run(detectLanguage(r.title, r.body), r.id);
        if (++done % 1000 === 0) progress?.(done / 2, total);
      }
      db.exec(FTS_SQL);
      indexAll(db, progress && ((n) => progress(total / 2 + n / 2, total)));
      db.exec(`
        -- New articles are indexed by the program itself, a batch at a time (Archive.insert): their
        -- terms come from the analyser. A removed article leaves the index by this trigger; an edit
        -- by hand in sqlite3 (title, body, ...) takes the article out of the index, and
        -- 'news check --repair' puts it back with its new terms.
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
          DELETE FROM articles_fts WHERE rowid = old.id;
        END;
        CREATE TRIGGER articles_au AFTER UPDATE OF title, body, author, section, place, source, tags, language ON articles BEGIN
          DELETE FROM articles_fts WHERE rowid = old.id;
        END;
      `);
    },
  },
  {
    version: 4,
    name: "running counts of articles, words and each section, source, year, language and tag",
    up: (db) => {
      db.exec(TALLIES_SQL);
      rebuildTallies(db);
    },
  },
  {
    version: 5,
    name: "the dates, places, sections, sources and languages of all articles as arrays, for counting matches",
    up: (db) => {
      db.exec(COLUMNS_SQL);
      foldColumnChanges(db);
    },
  },
  {
    version: 6,
    name: "French, Spanish and German words with a derivational suffix indexed whole (stem.ts): those articles indexed again",
    up: (db, progress) => reindexLanguages(db, progress, REINDEXED_IN_6),
  },
  {
    version: 7,
    name: "Russian nouns in -ость and present participles indexed whole (stem.ts): those articles indexed again",
    up: (db, progress) => reindexLanguages(db, progress, REINDEXED_IN_7),
  },
  {
    version: 8,
    name: "the words of articles in languages without a stemmer, for correcting misspelt query words",
    // Ingest now records them as it does a stemmed language's (wordsLanguage). A misspelt word was
    // compared with the index's vocabulary instead, whose every term fts5vocab counts from its list
    // of articles as it is read: 48 ms for the terms of one letter at 100k articles.
    up: (db, progress) => {
      const stemmed = [...STEMMED.keys()];
      // The title and body, as indexRow records them. (The ids from the language index first: a
      // scan of the articles would read every body of an archive that is almost all English.)
      const rows = db.prepare(
        `SELECT title, body FROM articles WHERE id IN (SELECT id FROM articles WHERE language IS NULL OR language NOT IN (${stemmed.map(() => "?").join(", ")}))`,
      );
      const addWord = db.prepare(ADD_WORD);
      const all = rows.all(...stemmed) as Array<{ title: string; body: string }>;
      for (const [done, r] of all.entries()) {
        for (const w of distinctWords(`${r.title}\n${r.body}`)) addWord.run(termOf(w, null), "", w);
        if ((done + 1) % 1000 === 0) progress?.(done + 1, all.length);
      }
    },
  },
  {
    version: 9,
    name: "new story band keys kept apart until there are a few hundred thousand (candidates.ts)",
    up: (db) => db.exec(RECENT_BANDS_TABLE),
  },
  {
    version: 10,
    name: "an article's summary (a standfirst, CNN's highlights) indexed with its body: articles with one indexed again",
    up: (db, progress) => {
      db.exec("DELETE FROM articles_fts WHERE rowid IN (SELECT id FROM articles WHERE summary IS NOT NULL AND summary != '')");
      indexAll(db, progress, { where: "summary IS NOT NULL AND summary != ''", params: [] });
    },
  },
  {
    version: 11,
    name: "the words of each page outside its story (menus, teasers, captions) indexed in a column of their own: every article indexed again",
    up: (db, progress) => {
      db.exec("DROP TABLE articles_vocab; DROP TABLE articles_fts;");
      db.exec(FTS_SQL);
      indexAll(db, progress);
    },
  },
  {
    version: 12,
    name: "the impact index: the terms that weigh most in each article, so that a ranked search scores only the articles that can make its page",
    up: (db, progress) => {
      db.exec(`DROP TABLE IF EXISTS articles_impact_vocab; DROP TABLE IF EXISTS articles_impact; ${IMPACT_SQL} ${INDEX_TRIGGERS}`);
      const insert = db.prepare(INSERT_IMPACT_ROW);
      const all = db.prepare(`SELECT id, ${INDEXED_COLUMNS} FROM articles ORDER BY id`).all() as Array<Record<string, string | null> & { id: number; language: string | null }>;
      for (const [done, r] of all.entries()) {
        insert.run(r.id, impactTokens(indexRow(r.id, r as never, r.language), WEIGHTS));
        if ((done + 1) % 1000 === 0) progress?.(done + 1, all.length);
      }
      if (all.length > 0) progress?.(all.length, all.length);
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
