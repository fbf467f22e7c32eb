// `news copy` through the library (src/core/copy.ts): a copy holds every row of every table with the
// same ids, searches and checks as the source; an interrupted copy (an error, or the process killed
// with SIGKILL) is finished by running again; a target that is not ours is refused.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { check } from "../../src/core/check.js";
import { copyArchive } from "../../src/core/copy.js";
import { NewsError, UsageError } from "../../src/core/errors.js";
import { ingest } from "../../src/core/ingest.js";
import { remove } from "../../src/core/read.js";
import { search } from "../../src/core/search.js";
import { copyFixtures, ROOT, tempDir, writeArticle } from "../helpers/fixtures.js";

const tmp = tempDir("news-copy-");
afterAll(() => tmp.cleanup());
const SOURCE = join(tmp.path, "source.db");
const QUERIES = ["council", "oil", "port", "council", "festival OR referendum", '"city council"', "title:crane"];

/** Every row of every table but SQLite's own, in key order, blobs as hex. */
function dump(path: string): Record<string, unknown[]> {
  const a = Archive.open(path, { write: false });
  try {
    const names = a.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all() as string[];
    const out: Record<string, unknown[]> = {};
    for (const n of names) {
      const wr = (a.db.prepare("SELECT wr FROM pragma_table_list WHERE name = ?").pluck().get(n) as number) === 1;
      const rows = a.db.prepare(`SELECT ${wr ? "" : "rowid AS _rowid, "}* FROM "${n}" ORDER BY 1, 2`).all() as Array<Record<string, unknown>>;
      out[n] = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString("hex") : v])));
    }
    out.pragmas = [a.db.pragma("user_version", { simple: true }), a.db.pragma("application_id", { simple: true })];
    return out;
  } finally {
    a.close();
  }
}

function searches(path: string) {
  const a = Archive.open(path, { write: false });
  try {
    return QUERIES.map((q) => search(a, q, { limit: 0 }).hits.map((h) => [h.id, h.hash, h.title, h.score, h.snippet]));
  } finally {
    a.close();
  }
}

function copy(target: string, options: Parameters<typeof copyArchive>[3] = {}) {
  const a = Archive.open(SOURCE, { write: false });
  try {
    return copyArchive(a, SOURCE, target, options);
  } finally {
    a.close();
  }
}

function checkOk(path: string) {
  const a = Archive.open(path, { write: true });
  try {
    const report = check(a);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
  } finally {
    a.close();
  }
}

beforeAll(async () => {
  const a = Archive.open(SOURCE, { write: true, create: true });
  try {
    await ingest(a, [join(ROOT, "archive")]);
    await ingest(a, [copyFixtures(join(tmp.path, "fixtures"))], { tags: ["fixture"], source: "Fixtures" });
    // Gaps in the ids: the copy keeps them, it does not renumber.
    remove(a, [String(a.db.prepare("SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET 2").pluck().get())]);
    // Tables another migration might add, one with a rowid and one without: copied just the same.
    a.db.exec(`CREATE TABLE stories_test (id INTEGER PRIMARY KEY, article_id INTEGER, label TEXT, sig BLOB);
      CREATE TABLE pairs_test (a TEXT, b BLOB, n INTEGER, PRIMARY KEY (a, b)) WITHOUT ROWID;
      CREATE INDEX stories_test_label ON stories_test(label);`);
    const ins = a.db.prepare("INSERT INTO stories_test (id, article_id, label, sig) VALUES (?, ?, ?, ?)");
    const pair = a.db.prepare("INSERT INTO pairs_test VALUES (?, ?, ?)");
    const ids = a.db.prepare("SELECT id FROM articles").pluck().all() as number[];
    for (const [i, id] of ids.entries()) ins.run(id * 7, id, `story ${i % 3}`, Buffer.from([i, 255 - i, 0]));
    for (let i = 0; i < 50; i++) pair.run(`k${i % 4}`, Buffer.from([i, 0, i]), i);
  } finally {
    a.close();
  }
});

describe("a complete copy", () => {
  const target = join(tmp.path, "out", "deeper", "copy.db");
  let report: ReturnType<typeof copy>;
  beforeAll(() => {
    report = copy(target, { batchRows: 7 });
  });

  it("holds every row of every table, with the same ids, and the archive's identity", () => {
    expect(report.resumed).toBe(false);
    expect(report.articles).toBeGreaterThan(20);
    expect(report.tables.map((t) => t.name)).toEqual(expect.arrayContaining(["articles", "files", "stories_test", "pairs_test", "articles_fts_data"]));
    expect(dump(target)).toEqual(dump(SOURCE));
    expect(existsSync(`${target}.partial`)).toBe(false);
  });

  it("searches as the source does, and passes news check", () => {
    expect(searches(target)).toEqual(searches(SOURCE));
    expect(searches(target).flat().length).toBeGreaterThan(3);
    checkOk(target);
  });

  it("is an archive news writes to as usual (same next id as the source)", async () => {
    const dir = join(tmp.path, "later");
    mkdirSync(dir);
    writeArticle(join(dir, "late.md"), { title: "Late ferry timetable agreed", date: "2020-01-01" }, "The ferry timetable was agreed late on Friday.");
    const a = Archive.open(target, { write: true });
    try {
      const before = a.db.prepare("SELECT max(id) FROM articles").pluck().get() as number;
      const r = await ingest(a, [dir]);
      expect(r.files[0]!.id).toBe(before + 1);
      expect(search(a, "ferry timetable").hits[0]!.title).toBe("Late ferry timetable agreed");
    } finally {
      a.close();
    }
    checkOk(target);
  });
});

describe("an interrupted copy", () => {
  it("leaves only a partial file that is not an archive, and the next run finishes it", () => {
    const target = join(tmp.path, "interrupted.db");
    let batches = 0;
    expect(() =>
      copy(target, {
        batchRows: 5,
        onProgress: () => {
          if (++batches === 4) throw new Error("interrupted");
        },
      }),
    ).toThrow("interrupted");
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}.partial`)).toBe(true);
    expect(() => Archive.open(`${target}.partial`, { write: false })).toThrow(/not a news archive/);

    const report = copy(target, { batchRows: 5 });
    expect(report.resumed).toBe(true);
    expect(report.copiedNow).toBe(report.rows - 20);
    expect(dump(target)).toEqual(dump(SOURCE));
    expect(existsSync(`${target}.partial`)).toBe(false);
    checkOk(target);
  });

  it("killed with SIGKILL mid-copy, the next run finishes it", () => {
    const target = join(tmp.path, "killed.db");
    // A child process copies in batches of 3 rows and kills itself (no clean-up runs) after the 6th.
    const script = `
      import { Archive } from ${JSON.stringify(join(ROOT, "dist/core/archive/archive.js"))};
      import { copyArchive } from ${JSON.stringify(join(ROOT, "dist/core/copy.js"))};
      const a = Archive.open(${JSON.stringify(SOURCE)}, { write: false });
      let n = 0;
      copyArchive(a, ${JSON.stringify(SOURCE)}, ${JSON.stringify(target)}, { batchRows: 3, onProgress: () => { if (++n === 6) process.kill(process.pid, "SIGKILL"); } });
    `;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(child.signal, child.stderr).toBe("SIGKILL");
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}.partial`)).toBe(true);
    const report = copy(target);
    expect(report.resumed).toBe(true);
    expect(report.copiedNow).toBe(report.rows - 18);
    expect(dump(target)).toEqual(dump(SOURCE));
    expect(searches(target)).toEqual(searches(SOURCE));
    checkOk(target);
  });

  it("picks up articles added to the source in between", async () => {
    const target = join(tmp.path, "grown.db");
    let batches = 0;
    expect(() => copy(target, { batchRows: 4, onProgress: () => void (++batches === 2 && (() => { throw new Error("stop"); })()) })).toThrow("stop");
    const dir = join(tmp.path, "more");
    mkdirSync(dir);
    writeArticle(join(dir, "more.md"), { title: "Bridge repairs finish early", date: "2021-05-05" }, "Repairs to the old bridge finished a week early.");
    const a = Archive.open(SOURCE, { write: true });
    try {
      await ingest(a, [dir]);
    } finally {
      a.close();
    }
    expect(copy(target).resumed).toBe(true);
    expect(dump(target)).toEqual(dump(SOURCE));
    expect(searches(target)).toEqual(searches(SOURCE));
  });

  it("starts over by itself when rows were removed from the source in between", () => {
    const target = join(tmp.path, "shrunk.db");
    let batches = 0;
    expect(() => copy(target, { batchRows: 1000, onProgress: () => void (++batches === 1 && (() => { throw new Error("stop"); })()) })).toThrow("stop");
    const a = Archive.open(SOURCE, { write: true });
    try {
      remove(a, [String(a.db.prepare("SELECT min(id) FROM articles").pluck().get())]);
    } finally {
      a.close();
    }
    const report = copy(target);
    expect(report.copiedNow).toBe(report.rows);
    expect(dump(target)).toEqual(dump(SOURCE));
  });
});

describe("targets that are refused", () => {
  it("an existing file, unless --force replaces it once the copy is complete", () => {
    const target = join(tmp.path, "existing.db");
    writeFileSync(target, "my notes, not an archive\n");
    expect(() => copy(target)).toThrow(/already exists; news copy never merges/);
    expect(existsSync(`${target}.partial`)).toBe(false);
    copy(target, { force: true });
    expect(dump(target)).toEqual(dump(SOURCE));
  });

  it("another archive, even one with the same articles", () => {
    const target = join(tmp.path, "same.db");
    copy(target);
    expect(() => copy(target)).toThrow(NewsError);
  });

  it("a partial copy of another archive", () => {
    const other = join(tmp.path, "other-source.db");
    copy(other);
    const target = join(tmp.path, "foreign.db");
    const a = Archive.open(other, { write: false });
    try {
      expect(() => copyArchive(a, other, target, { onProgress: () => { throw new Error("stop"); } })).toThrow("stop");
    } finally {
      a.close();
    }
    expect(() => copy(target)).toThrow(/is not an unfinished copy of .*source\.db \(it is one of .*other-source\.db\); remove it, or pass --force/);
    expect(copy(target, { force: true }).resumed).toBe(false);
  });

  it("the archive itself, a folder, and URLs", () => {
    expect(() => copy(SOURCE)).toThrow(/is the archive itself/);
    expect(() => copy(tmp.path)).toThrow(/is a folder/);
    // A PostgreSQL URL is a target: one that cannot be reached says so, its password masked.
    expect(() => copy("postgres://me:pw@db.invalid/news")).toThrow(NewsError);
    expect(() => copy("postgres://me:pw@db.invalid/news")).toThrow(/cannot reach the PostgreSQL archive postgres:\/\/me:\*\*\*@db\.invalid\/news/);
    expect(() => copy("s3://bucket/news.db")).toThrow(UsageError);
    expect(() => copy("s3://bucket/news.db")).toThrow(/only a file path or a postgres:\/\/ URL is accepted/);
  });
});
