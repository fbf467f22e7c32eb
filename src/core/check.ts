// `news check`: is the archive whole? SQLite's own integrity check, the indexes and triggers, the
// full-text index against the stored articles, the file links, and every stored original. `--repair`
// rebuilds what can be rebuilt from the stored articles (triggers, indexes, the full-text index, the
// links); it never deletes an article.
import Database from "better-sqlite3";
import type { Archive } from "./archive/archive.js";
import { decompress } from "./archive/compression.js";
import { MIGRATIONS } from "./archive/schema.js";
import { columnsOutOfStep, rebuildColumns } from "./archive/columns.js";
import { rebuildTallies, talliesOff } from "./archive/tallies.js";
import { PG_TABLES } from "./archive/postgres/schema.js";
import { asFault, FaultError } from "./errors.js";

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

export interface CheckReport {
  ok: boolean;
  checks: CheckResult[];
  repaired: string[];
}

function sqliteIntegrity(archive: Archive): CheckResult {
  const rows = archive.db.pragma("integrity_check") as Array<{ integrity_check: string }>;
  const problems = rows.map((r) => r.integrity_check).filter((m) => m !== "ok");
  return { name: "sqlite", ok: problems.length === 0, detail: problems.length ? problems.slice(0, 5).join("; ") : "database file is intact" };
}

interface SchemaObject {
  type: "index" | "trigger";
  name: string;
  sql: string;
}

let expected: SchemaObject[] | undefined;

/** The indexes and triggers an up-to-date archive has: those every migration creates in an empty database. */
function expectedObjects(): SchemaObject[] {
  if (!expected) {
    const db = new Database(":memory:");
    try {
      for (const m of MIGRATIONS) m.up(db);
      expected = db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name").all() as SchemaObject[];
    } finally {
      db.close();
    }
  }
  return expected;
}

/** Indexes and triggers that are missing or not as the migrations made them. */
function schemaDrift(archive: Archive): SchemaObject[] {
  const flat = (sql: string) => sql.replace(/\s+/g, " ").trim();
  const rows = archive.db.prepare("SELECT name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger')").all() as Array<{ name: string; sql: string | null }>;
  const have = new Map(rows.map((r) => [r.name, flat(r.sql ?? "")]));
  return expectedObjects().filter((o) => have.get(o.name) !== flat(o.sql));
}

function schema(archive: Archive): CheckResult {
  // Without its triggers, an article written later would be missing from the full-text index.
  const drift = schemaDrift(archive);
  return {
    name: "schema",
    ok: drift.length === 0,
    detail: drift.length === 0 ? "every index and trigger is in place" : `missing or changed: ${drift.map((o) => `${o.type} ${o.name}`).join(", ")}; run 'news check --repair'`,
  };
}

function ftsIntegrity(archive: Archive): CheckResult {
  try {
    // The index holds analysed terms and no text (schema.ts): FTS5 checks its own structure, and
    // each article must have exactly one entry (an edit by hand in sqlite3 takes it out).
    // The impact index (impact-index.ts) likewise: a ranked search trusts it to name every article
    // that can make a page.
    for (const [table, what, entries] of [["articles_fts", "the full-text index", "index entries"], ["articles_impact", "the impact index", "impact index entries"]] as const) {
      archive.db.prepare(`INSERT INTO ${table}(${table}) VALUES ('integrity-check')`).run();
      const missing = archive.db.prepare(`SELECT count(*) FROM articles WHERE id NOT IN (SELECT id FROM ${table}_docsize)`).pluck().get() as number;
      const stray = archive.db.prepare(`SELECT count(*) FROM ${table}_docsize WHERE id NOT IN (SELECT id FROM articles)`).pluck().get() as number;
      if (missing || stray) {
        const found = [missing ? `${missing} articles are not in ${what}` : "", stray ? `${stray} ${entries} have no article` : ""].filter(Boolean).join(", ");
        return { name: "index", ok: false, detail: `${found}; run 'news check --repair' to rebuild it` };
      }
    }
    return { name: "index", ok: true, detail: "full-text index matches the articles" };
  } catch (err) {
    const message = (err as Error).message;
    if (/readonly/i.test(message)) return { name: "index", ok: true, detail: "not checked: the archive is read-only" };
    return { name: "index", ok: false, detail: `${message}; run 'news check --repair' to rebuild it` };
  }
}

function links(archive: Archive): CheckResult {
  const orphans = archive.db.prepare("SELECT count(*) FROM files f LEFT JOIN articles a ON a.id = f.article_id WHERE a.id IS NULL").pluck().get() as number;
  const fk = archive.db.pragma("foreign_key_check") as unknown[];
  const ok = orphans === 0 && fk.length === 0;
  return { name: "files", ok, detail: ok ? "every file path points at an article" : `${orphans} file paths point at missing articles` };
}

function originals(archive: Archive): CheckResult {
  let bad = 0;
  let first: number | null = null;
  for (const row of archive.db.prepare("SELECT id, original, body FROM articles").iterate() as IterableIterator<{ id: number; original: Buffer; body: string }>) {
    try {
      decompress(row.original, row.body);
    } catch {
      bad++;
      first ??= row.id;
    }
  }
  return {
    name: "originals",
    ok: bad === 0,
    detail: bad === 0 ? "every original text can be read" : `${bad} stored originals cannot be read (first: article ${first})`,
  };
}

function counts(archive: Archive): CheckResult {
  const off = talliesOff(archive.db);
  const columns = columnsOutOfStep(archive.db);
  const problems = [
    ...(off ? [`${off} running counts differ from the articles`] : []),
    ...(columns ? [`the column cache that timeline and top count from is out of step for ${columns} articles`] : []),
  ];
  return {
    name: "counts",
    ok: problems.length === 0,
    detail: problems.length === 0 ? "the running counts that stats reads, and the column cache, match the articles" : `${problems.join("; ")}; run 'news check --repair' to recount them`,
  };
}

/** PostgreSQL checks its own storage; here: every table and index of the archive is there. */
function pgSchema(archive: Archive): CheckResult {
  const have = new Set(archive.db.prepare("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() UNION ALL SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()").pluck().all() as string[]);
  const missing = [...PG_TABLES, "articles_fts_terms", "articles_date", "stories_story", "files_article"].filter((name) => !have.has(name));
  return {
    name: "schema",
    ok: missing.length === 0,
    detail: missing.length === 0 ? "every table and index is in place" : `missing: ${missing.join(", ")}; this database was changed by hand: copy what it holds to a new archive with 'news copy'`,
  };
}

function pgIndex(archive: Archive): CheckResult {
  const missing = archive.db.prepare("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles_fts f WHERE f.id = a.id)").pluck().get() as number;
  return {
    name: "index",
    ok: missing === 0,
    detail: missing === 0 ? "full-text index matches the articles" : `${missing} articles are not in the full-text index; run 'news check --repair' to rebuild it`,
  };
}

function pgLinks(archive: Archive): CheckResult {
  const orphans = archive.db.prepare("SELECT count(*) FROM files f LEFT JOIN articles a ON a.id = f.article_id WHERE a.id IS NULL").pluck().get() as number;
  return { name: "files", ok: orphans === 0, detail: orphans === 0 ? "every file path points at an article" : `${orphans} file paths point at missing articles` };
}

export function check(archive: Archive, options: { repair?: boolean } = {}): CheckReport {
  const repaired: string[] = [];
  if (archive.pg) {
    // No running counts to check (stats counts on PostgreSQL) and no FTS5 structure of our own.
    if (options.repair) {
      archive.write(() => archive.reindexAll());
      repaired.push("rebuilt the full-text index from the stored articles");
    }
    const checks = [pgSchema(archive), pgIndex(archive), pgLinks(archive), originals(archive)];
    return { ok: checks.every((c) => c.ok), checks, repaired };
  }
  if (options.repair) repair(archive, repaired);
  const checks = [sqliteIntegrity(archive), schema(archive), ftsIntegrity(archive), links(archive), originals(archive), counts(archive)];
  return { ok: checks.every((c) => c.ok), checks, repaired };
}

function repair(archive: Archive, repaired: string[]): void {
  try {
    archive.write(() => {
      const drift = schemaDrift(archive);
      for (const o of drift) {
        archive.db.exec(`DROP ${o.type.toUpperCase()} IF EXISTS "${o.name.replace(/"/g, '""')}"`);
        archive.db.exec(o.sql);
      }
      if (drift.length) repaired.push(`recreated ${drift.map((o) => `${o.type} ${o.name}`).join(", ")}`);
      archive.reindexAll();
      const removed = archive.db.prepare("DELETE FROM files WHERE article_id NOT IN (SELECT id FROM articles)").run().changes;
      repaired.push("rebuilt the full-text index from the stored articles");
      if (talliesOff(archive.db) > 0) {
        rebuildTallies(archive.db);
        repaired.push("recounted the running counts that stats reads");
      }
      if (columnsOutOfStep(archive.db) > 0) {
        rebuildColumns(archive.db);
        repaired.push("rebuilt the column cache that timeline and top count from");
      }
      if (removed) repaired.push(`removed ${removed} file links to missing articles`);
    });
  } catch (err) {
    throw err instanceof FaultError ? err.during({ done: "nothing was repaired" }) : err;
  }
  try {
    archive.db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')").run();
  } catch (err) {
    throw asFault(err, archive.path, { done: "the repair was made, but the full-text index could not be compacted after it" });
  }
}
