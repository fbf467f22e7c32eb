// Which engine an archive of the contract tests lives on: an SQLite file (the default), or, in the
// vitest project "postgres" (NEWS_TEST_BACKEND=postgres), a throw-away database on the PostgreSQL
// server that NEWS_TEST_PG_URL names (a role allowed to create databases). Without that URL the
// PostgreSQL runs skip, with a note saying how to run them (.ci/run starts a server and sets it).
import { existsSync } from "node:fs";
import { basename } from "node:path";
import pg from "pg";
import { describe } from "vitest";

export const BACKEND: "sqlite" | "postgres" = process.env.NEWS_TEST_BACKEND === "postgres" ? "postgres" : "sqlite";
export const PG_ADMIN_URL = process.env.NEWS_TEST_PG_URL ?? "";
export const onPostgres = BACKEND === "postgres";

/** `describe`, or, on the PostgreSQL run without a server, `describe.skip` with a note. */
export const describeArchive = (() => {
  if (!onPostgres || PG_ADMIN_URL) return describe;
  console.warn("note: the PostgreSQL contract tests are skipped: set NEWS_TEST_PG_URL to a server's URL (.ci/run starts one)");
  return describe.skip;
})() as typeof describe;

let made = 0;

/** A URL for a new, empty database on the test server, named after `label`. */
export async function freshDatabase(label: string): Promise<string> {
  const name = `news_test_${process.pid}_${made++}_${label.replace(/[^a-z0-9]+/gi, "_").toLowerCase()}`.slice(0, 60);
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Where a test's archive goes: the file `path`, or on the PostgreSQL run a new database. */
export async function archiveAt(path: string): Promise<string> {
  return onPostgres ? freshDatabase(basename(path, ".db")) : path;
}

/** Whether an archive was made there (a file; a database with the archive's tables). */
export async function archiveMade(location: string): Promise<boolean> {
  if (!location.startsWith("postgres")) return existsSync(location);
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  try {
    const r = await client.query("SELECT to_regclass('news_archive') IS NOT NULL AS made");
    return r.rows[0].made as boolean;
  } finally {
    await client.end();
  }
}
