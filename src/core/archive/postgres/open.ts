// Opening an archive on PostgreSQL: connecting, telling a news archive from an empty database or
// another program's, and making the tables in an empty one when a command adds articles.
import { NewsError } from "../../errors.js";
import { maskUrl } from "../location.js";
import { registerPostgres, type OpenOptions } from "../store.js";
import { PgDatabase } from "./database.js";
import { createPgSchema, pgState, PG_SCHEMA_VERSION, upgradePgSchema } from "./schema.js";
import { ADD_VOCABULARY_SQL, INDEX_ROW_SQL, lengthOf, termsOf, tsvectorOf } from "./terms.js";
import { indexRow } from "../../language/index-row.js";
import { pgFailure } from "./failure.js";

export function openPostgres(url: string, options: OpenOptions): PgDatabase {
  const db = new PgDatabase(url);
  try {
    let state = pgState(db);
    if (state.kind === "empty") {
      if (!(options.create ?? options.write)) {
        throw new NewsError(`no archive at ${maskUrl(url)} (the database has no tables); run 'news ingest <path>' with this --db first`);
      }
      createPgSchema(db);
      state = pgState(db);
    }
    if (state.kind === "foreign") {
      throw new NewsError(`${maskUrl(url)} is a PostgreSQL database of another program (it has tables, but not a news archive's); use an empty database`);
    }
    if (state.kind === "archive" && state.copying && !options.copying) {
      throw new NewsError(`${maskUrl(url)} holds an unfinished 'news copy'; run that copy again to finish it, or empty the database`);
    }
    if (state.kind === "archive" && state.version > PG_SCHEMA_VERSION) {
      throw new NewsError(`the archive ${maskUrl(url)} was written by a newer version of news (PostgreSQL schema ${state.version}, this one knows ${PG_SCHEMA_VERSION}); upgrade news`);
    }
    if (state.kind === "archive" && state.version < PG_SCHEMA_VERSION && !options.copying) {
      try {
        upgradePgSchema(db, (language) => reindexLanguage(db, language));
      } catch (err) {
        // A role that may only read (or a standby) reads the archive as it is; one that may write upgrades it.
        if (!["42501", "25006"].includes((err as { code?: string }).code ?? "")) throw err;
      }
    }
    return db;
  } catch (err) {
    db.close();
    throw pgFailure(err, url) ?? err;
  }
}

/** Writes the index rows of one language's articles again, and adds their terms to the vocabulary. */
function reindexLanguage(db: PgDatabase, language: string): void {
  const remove = db.prepare("DELETE FROM articles_fts WHERE id = ?");
  const insert = db.prepare(INDEX_ROW_SQL);
  const terms = new Set<string>();
  const rows = db.prepare("SELECT id, title, body, author, section, place, source, tags, language FROM articles WHERE language = ? ORDER BY id").all(language);
  for (const r of rows as Array<Parameters<typeof indexRow>[1] & { id: number; language: string | null }>) {
    const columns = indexRow(r.id, r, r.language).slice(1) as string[];
    remove.run(r.id);
    insert.run(r.id, tsvectorOf(columns), lengthOf(columns));
    termsOf(columns, terms);
  }
  if (terms.size) db.prepare(ADD_VOCABULARY_SQL).run([...terms]);
}

registerPostgres(openPostgres);
