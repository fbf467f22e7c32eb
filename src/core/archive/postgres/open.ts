// Opening an archive on PostgreSQL: connecting, telling a news archive from an empty database or
// another program's, and making the tables in an empty one when a command adds articles.
import { NewsError } from "../../errors.js";
import { maskUrl } from "../location.js";
import { registerPostgres, type OpenOptions } from "../store.js";
import { PgDatabase } from "./database.js";
import { createPgSchema, IMPACT_TOKENS_SINCE, pgState, PG_SCHEMA_VERSION, upgradePgSchema } from "./schema.js";
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
    if (state.kind === "archive" && state.version < PG_SCHEMA_VERSION) {
      let upgraded = false;
      if (!options.copying) {
        try {
          upgradePgSchema(db);
          upgraded = true;
        } catch (err) {
          // A role that may not change the tables (one that only reads, or writes rows of tables it
          // does not own), or a standby, reads the archive as it is; the tables' owner upgrades it.
          // (The refusal comes as the NewsError saying so, PostgreSQL's error its cause.)
          const refused = err as { code?: string; cause?: { code?: string } };
          if (!["42501", "25006"].includes(refused.code ?? refused.cause?.code ?? "")) throw err;
        }
      }
      // Until the index has impact tokens, a ranked page reads every match.
      db.impactTokens = upgraded || state.version >= IMPACT_TOKENS_SINCE;
    }
    return db;
  } catch (err) {
    db.close();
    throw pgFailure(err, url) ?? err;
  }
}

registerPostgres(openPostgres);
