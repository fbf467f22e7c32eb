// Issue 6, the archive file: a --db that is not a (usable) archive gets a clear one-line error and
// exit 1 and is left exactly as it was, with nothing created beside it; older archives are migrated
// in one transaction; `news check` finds a damaged index and `--repair` rebuilds it.
import Database from "better-sqlite3";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { compress } from "../../src/core/archive/compression.js";
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from "../../src/core/archive/schema.js";
import { normalise, sha256 } from "../../src/core/decode.js";
import { NewsError } from "../../src/core/errors.js";
import {
  articleText,
  canRunAsNobody,
  cleanup,
  expectHealthy,
  isRoot,
  news,
  newsAsync,
  NOBODY,
  tempDir,
  writeArticles,
  type Run,
} from "./helpers.js";

afterAll(cleanup);

const READS = [["list"], ["search", "council"], ["show", "1"], ["stats"], ["export"], ["check"]];
const WRITES = [["rm", "1"], ["reparse"], ["check", "--repair"]];
// Archives in these tests are made by ingesting generated articles; "council" is in most of them.

/** A real archive of a few articles, closed cleanly (no -wal or -shm beside it). */
function makeArchive(path: string, n = 3): void {
  const src = join(path + ".src");
  writeArticles(src, n, { seed: 9 });
  const r = news(["--db", path, "ingest", src, "-q"]);
  expect(r.status, r.stderr).toBe(0);
  expect(existsSync(`${path}-wal`)).toBe(false);
}

/** The file's bytes and modification time, and everything in its folder. */
function state(path: string) {
  const dir = join(path, "..");
  return { bytes: readFileSync(path).toString("base64"), mtime: statSync(path).mtimeMs, folder: readdirSync(dir).sort() };
}

function expectOneLineError(r: Run, pattern: RegExp, what = ""): void {
  expect(r.status, `${what}: ${r.stderr}`).toBe(1);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^news: /);
  expect(lines[0], what).toMatch(pattern);
}

describe("--db at something that is not a usable archive", () => {
  const cases: Array<{ name: string; make: (dir: string) => string; error: RegExp; unprivileged?: boolean; commands?: string[][] }> = [
    {
      name: "a text file",
      make: (dir) => {
        const p = join(dir, "notes.txt");
        writeFileSync(p, "Shopping list\n\nmilk, eggs\n");
        return p;
      },
      error: /not a news archive \(not an SQLite file\)/,
    },
    {
      name: "another program's SQLite database",
      make: (dir) => {
        const p = join(dir, "other.db");
        const db = new Database(p);
        db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)");
        db.close();
        return p;
      },
      error: /SQLite database of another program/,
    },
    {
      name: "another program's SQLite database in WAL mode",
      make: (dir) => {
        const p = join(dir, "other-wal.db");
        const db = new Database(p);
        db.pragma("journal_mode = WAL");
        db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)");
        db.close();
        return p;
      },
      error: /SQLite database of another program/,
    },
    {
      name: "an archive from a newer version of news",
      make: (dir) => {
        const p = join(dir, "newer.db");
        makeArchive(p);
        const db = new Database(p);
        db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
        db.close();
        return p;
      },
      error: /written by a newer version of news .*upgrade news/,
    },
    {
      name: "a folder",
      make: (dir) => {
        const p = join(dir, "a-folder");
        mkdirSync(p);
        return p;
      },
      error: /is a folder, not an archive file/,
      commands: [...READS, ...WRITES, ["ingest", "-"]],
    },
    {
      name: "an empty file (for commands other than ingest)",
      make: (dir) => {
        const p = join(dir, "empty.db");
        writeFileSync(p, "");
        return p;
      },
      error: /empty file, not an archive yet/,
      commands: [...READS, ...WRITES],
    },
    {
      name: "a read-only archive file",
      make: (dir) => {
        const p = join(dir, "read-only.db");
        makeArchive(p);
        chmodSync(p, 0o444);
        return p;
      },
      error: /read-only/,
      unprivileged: true,
    },
    {
      name: "an archive in a read-only folder",
      make: (dir) => {
        const folder = join(dir, "locked");
        mkdirSync(folder);
        const p = join(folder, "archive.db");
        makeArchive(p);
        chmodSync(folder, 0o555);
        return p;
      },
      error: /read-only/,
      unprivileged: true,
    },
  ];

  for (const c of cases) {
    const commands = c.commands ?? [...READS, ...WRITES, ["ingest", "-"]];
    it.skipIf(c.unprivileged === true && !canRunAsNobody())(`${c.name}: one line, exit 1, the file untouched and nothing created`, async () => {
      const dir = tempDir();
      const path = c.make(dir);
      const before = existsSync(path) && statSync(path).isFile() ? state(path) : null;
      const listing = readdirSync(dir).sort();
      // All at once: each must fail on its own, and none may leave anything behind.
      const user = c.unprivileged && isRoot ? NOBODY : {};
      const runs = await Promise.all(commands.map((command) => newsAsync(["--db", path, ...command], { input: articleText(1), ...user })));
      runs.forEach((r, i) => expectOneLineError(r, c.error, commands[i]!.join(" ")));
      if (before) expect(state(path)).toEqual(before);
      expect(readdirSync(dir).sort()).toEqual(listing);
    });
  }
});

describe("no archive yet", () => {
  it("any command but ingest says so, exits 1 and creates neither the file nor its folder", async () => {
    const dir = tempDir();
    const path = join(dir, "not", "yet", "news.db");
    const commands = [...READS, ...WRITES];
    const [dry, viaEnv, ...runs] = await Promise.all([
      newsAsync(["--db", path, "ingest", "--dry-run", "-"], { input: articleText(2) }),
      newsAsync(["list"], { env: { NEWS_DB: path } }),
      ...commands.map((command) => newsAsync(["--db", path, ...command])),
    ]);
    runs.forEach((r, i) => expectOneLineError(r, /no archive at/, commands[i]!.join(" ")));
    expectOneLineError(viaEnv!, /no archive at/, "NEWS_DB");
    expect(dry!.status, dry!.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("migrations", () => {
  // Every version an archive may be at, oldest first: 0 (an empty SQLite file) and each older migration.
  const olderVersions = [0, ...MIGRATIONS.map((m) => m.version).filter((v) => v < SCHEMA_VERSION)];

  /** An archive at `version`, built by applying the migrations up to it, as that version of news did. */
  function archiveAt(path: string, version: number, variant: "empty-file" | "sqlite"): void {
    if (variant === "empty-file") {
      writeFileSync(path, "");
      return;
    }
    const db = new Database(path);
    db.pragma("journal_mode = WAL");
    db.transaction(() => {
      if (version > 0) db.pragma(`application_id = ${APPLICATION_ID}`);
      for (const m of MIGRATIONS.filter((m) => m.version <= version)) m.up(db);
      db.pragma(`user_version = ${version}`);
    })();
    db.close();
  }

  function schemaOf(path: string): { version: number; appId: number; objects: string[] } {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const objects = (db.prepare("SELECT type || ' ' || name || ' ' || coalesce(sql, '') AS o FROM sqlite_schema ORDER BY name").pluck().all() as string[]).map((o) =>
        o.replace(/\s+/g, " "),
      );
      return { version: db.pragma("user_version", { simple: true }) as number, appId: db.pragma("application_id", { simple: true }) as number, objects };
    } finally {
      db.close();
    }
  }

  const fresh = () => {
    const path = join(tempDir(), "fresh.db");
    Archive.open(path, { write: true }).close();
    return schemaOf(path);
  };

  afterEach(() => {
    // Remove any failing migration a test added.
    while (MIGRATIONS.length && MIGRATIONS[MIGRATIONS.length - 1]!.version > SCHEMA_VERSION) MIGRATIONS.pop();
  });

  for (const version of olderVersions) {
    for (const variant of version === 0 ? (["empty-file", "sqlite"] as const) : (["sqlite"] as const)) {
      it(`schema ${version} (${variant}) is brought to ${SCHEMA_VERSION}, in one transaction`, () => {
        const dir = tempDir();
        const path = join(dir, "old.db");
        archiveAt(path, version, variant);
        const before = variant === "empty-file" ? { version: 0, appId: 0, objects: [] } : schemaOf(path);

        // A migration that fails after the others have run: none of them may stay applied.
        MIGRATIONS.push({
          version: SCHEMA_VERSION + 1,
          name: "fails on purpose",
          up: (db) => {
            db.exec("CREATE TABLE half_done (x)");
            throw new Error("disk full (simulated)");
          },
        });
        expect(() => Archive.open(path, { write: true })).toThrow(NewsError);
        MIGRATIONS.pop();
        expect(schemaOf(path)).toEqual(before);

        Archive.open(path, { write: true }).close();
        expect(schemaOf(path)).toEqual(fresh());

        // The migrated archive works: ingest, search, check.
        const r = news(["--db", path, "ingest", "-", "--json"], { input: articleText(3) });
        expect(r.status, r.stderr).toBe(0);
        expect(news(["--db", path, "check"]).status).toBe(0);
        expectHealthy(path);
      });
    }
  }

  it("a read command on an older archive upgrades it too", () => {
    if (olderVersions.length === 0) return;
    const path = join(tempDir(), "old.db");
    archiveAt(path, olderVersions[olderVersions.length - 1]!, "sqlite");
    const r = news(["--db", path, "stats", "--json"]);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { archive: { schemaVersion: number } }).archive.schemaVersion).toBe(SCHEMA_VERSION);
    expect(schemaOf(path).version).toBe(SCHEMA_VERSION);
  });
});

describe("news check and --repair", () => {
  function damaged(damage: (db: Database.Database) => void): { path: string; before: number } {
    const dir = tempDir();
    const path = join(dir, "archive.db");
    makeArchive(path, 30);
    const db = new Database(path);
    db.unsafeMode(true); // lets the test write FTS5's shadow tables, as a stray tool could
    damage(db);
    db.close();
    return { path, before: 30 };
  }

  function expectCheckFindsAndRepairs(path: string, failing: RegExp): void {
    const first = news(["--db", path, "check"]);
    expect(first.status, first.stdout).toBe(1);
    expect(first.stdout).toMatch(failing);
    expect(first.stderr.trimEnd().split("\n")).toHaveLength(1);
    const repair = news(["--db", path, "check", "--repair"]);
    expect(repair.status, repair.stdout + repair.stderr).toBe(0);
    expect(repair.stdout).toMatch(/^repaired /m);
    const again = news(["--db", path, "check"]);
    expect(again.status, again.stdout).toBe(0);
    expect(again.stdout).not.toMatch(/FAILED/);
    expectHealthy(path);
  }

  /** An article written behind the index's back, with a valid original. */
  function sneak(db: Database.Database): void {
    const text = "Sneaky headline\n\nA zanzibarish story the index never saw.";
    const body = "A zanzibarish story the index never saw.";
    db.prepare(
      `INSERT INTO articles (hash, title, words, ingested_at, body, original, tags, path) VALUES (?, 'Sneaky headline', 7, '2020-01-01T00:00:00Z', ?, ?, '[]', NULL)`,
    ).run(sha256(normalise(text)), body, compress(normalise(text), body));
  }

  it("index data deleted: check fails, --repair rebuilds it from the stored articles", () => {
    const { path } = damaged((db) => db.exec("DELETE FROM articles_fts_data WHERE id > 10"));
    expectCheckFindsAndRepairs(path, /FAILED\s+index/);
    const found = news(["--db", path, "search", "council", "--count"]);
    expect(Number(found.stdout)).toBeGreaterThan(0);
  });

  it("an article added by hand in sqlite3 (so not indexed): check fails, --repair indexes it", () => {
    const { path } = damaged((db) => sneak(db));
    expectCheckFindsAndRepairs(path, /FAILED\s+index/);
    expect(news(["--db", path, "search", "zanzibarish", "--count"]).stdout.trim()).toBe("1");
  });

  it("triggers left dropped: check fails, --repair recreates them, and later articles are indexed", () => {
    const { path } = damaged((db) => {
      db.exec("DROP TRIGGER articles_ad; DROP TRIGGER articles_au");
      sneak(db);
    });
    expectCheckFindsAndRepairs(path, /FAILED\s+schema\s+missing or changed: trigger articles_ad/);
    expect(news(["--db", path, "search", "zanzibarish", "--count"]).stdout.trim()).toBe("1");
    const later = news(["--db", path, "ingest", "-"], { input: "Later headline\n\nA quokkaish story written after the repair.\n" });
    expect(later.status, later.stderr).toBe(0);
    expect(news(["--db", path, "search", "quokkaish", "--count"]).stdout.trim()).toBe("1");
    expectHealthy(path);
  });

  it("check on a healthy archive: every line ok, exit 0", () => {
    const path = join(tempDir(), "ok.db");
    makeArchive(path, 5);
    const r = news(["--db", path, "check", "--json"]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { ok: boolean; checks: Array<{ name: string; ok: boolean }> };
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.name)).toEqual(["sqlite", "schema", "index", "files", "originals", "counts"]);
  });
});
