// Issue 19, faults of the machine: a full disk, a read-only disk, a write lock held long, an archive
// that vanishes. Each gives one line on stderr and exit status 1, never a false success; the archive
// stays as its last finished transaction left it; no temporary or half-written file is left; an
// earlier output file is untouched. Full and read-only disks are small tmpfs mounts, made by the
// test when it runs as root; elsewhere those cases are skipped with a note.
import Sqlite from "better-sqlite3";
import type Database from "better-sqlite3";
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from "../../src/core/archive/schema.js";
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  bin,
  canMount,
  cleanup,
  diskUsed,
  expectHealthy,
  fillDisk,
  mountTmpfs,
  news,
  openDb,
  remount,
  snapshot,
  tempDir,
  unmountAll,
  writeArticles,
  type Run,
} from "./helpers.js";

afterAll(() => {
  unmountAll();
  cleanup();
});

const MOUNT = canMount();
if (!MOUNT) console.warn("faults.test.ts: not root (or mount(8) not allowed): the full and read-only disk cases are skipped");

/** One line on stderr, `news: ` and no stack trace; exit status 1. */
function failsWith(r: Run, message: RegExp): string {
  expect(r.status, `exit status; stderr:\n${r.stderr}`).toBe(1);
  const lines = r.stderr.replace(/\n$/, "").split("\n");
  expect(lines, `stderr should be one line:\n${r.stderr}`).toHaveLength(1);
  expect(lines[0]).toMatch(/^news: /);
  expect(r.stderr).not.toMatch(/^\s+at |Error:|node:internal/m);
  expect(lines[0]).toMatch(message);
  return lines[0]!;
}

/** Files in a folder other than the filler and the archive's own (-wal, -shm). */
function leftovers(dir: string, keep: string[] = []): string[] {
  return readdirSync(dir).filter((f) => f !== ".fill" && !keep.includes(f));
}

/** An archive of `n` small articles in `dir`; returns its path. */
function archiveOf(dir: string, n: number, seed = 1): string {
  const db = join(dir, "news.db");
  const src = join(tempDir(), "src");
  writeArticles(src, n, { seed });
  const r = news(["--db", db, "ingest", src, "-q", "--jobs", "0"]);
  expect(r.status, r.stderr).toBe(0);
  return db;
}

/**
 * Keeps a connection open on the archive while the disk is filled, as another reader would: its -wal
 * and -shm files then stay, and a command gets as far as writing before the disk says it is full.
 */
function holdOpen(db: string): Database.Database {
  const conn = openDb(db);
  conn.prepare("SELECT count(*) FROM articles").get();
  return conn;
}

/** holdOpen for a file that is not an archive yet. */
function holdOpenRaw(db: string): Database.Database {
  const conn = new Sqlite(db, { fileMustExist: true });
  conn.prepare("SELECT count(*) FROM sqlite_schema").get();
  return conn;
}

describe.skipIf(!MOUNT)("a full disk", () => {
  it("ingest stops at the first batch that does not fit, with one line saying how far it got; the archive is whole", () => {
    // How much one batch of 1,000 articles takes on this disk, measured; then a disk with room for
    // about one and a half: the first batch fits, the second does not.
    const disk = mountTmpfs("64M");
    const src = tempDir();
    writeArticles(src, 2000, { seed: 7 });
    const names = readdirSync(src).sort();
    const first = join(tempDir(), "first");
    mkdirSync(first);
    for (const n of names.slice(0, 1000)) writeFileSync(join(first, n), readFileSync(join(src, n)));
    const before = diskUsed(disk);
    const probe = join(disk, "probe.db");
    expect(news(["--db", probe, "ingest", first, "-q", "--jobs", "0"]).status).toBe(0);
    const batch = diskUsed(disk) - before;
    for (const s of ["", "-wal", "-shm"]) rmSync(probe + s, { force: true });
    remount(disk, `size=${Math.ceil((batch * 1.5) / 4096) * 4096 + 64 * 1024}`);

    const db = join(disk, "news.db");
    const r = news(["--db", db, "ingest", src, "--jobs", "0"]);
    failsWith(r, /^news: the disk holding \S+news\.db is full; 1,000 of 2,000 files were added; free some space and run the same command again to add the rest$/);
    // Not a line per remaining file.
    expect(r.stderr).not.toMatch(/failed/);

    // With room again, the archive is as the first batch left it, and the same command adds the rest.
    remount(disk, "size=64M");
    expect(news(["--db", db, "check"]).status).toBe(0);
    expect(expectHealthy(db).articles).toBe(1000);
    const again = news(["--db", db, "ingest", src, "--jobs", "0", "--json"]);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 1000, unchanged: 1000, failed: 0 });
  }, 120_000);
});

describe.skipIf(!MOUNT)("a full disk under the archive", () => {
  it("rm, reparse, check --repair and ingest: one line each, exit 1, the archive as it was", () => {
    const disk = mountTmpfs("4M");
    const db = archiveOf(disk, 30);
    // Give reparse work to do: titles edited by hand, which it sets right again.
    const edit = openDb(db);
    edit.exec("UPDATE articles SET title = title || ' (edited)' WHERE id <= 10");
    edit.close();
    const article = join(tempDir(), "new.txt");
    writeFileSync(article, "A story that arrives on a full disk\n\nIt has a body of a few words, no more.\n");
    const before = snapshot(db);
    const holder = holdOpen(db);
    const free = fillDisk(disk);
    try {
      const full = (rest: string) => new RegExp(`^news: the disk holding ${db.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is full; ${rest}$`);
      failsWith(news(["--db", db, "rm", "3", "4"]), full("nothing was removed; free some space and run the same command again"));
      failsWith(news(["--db", db, "reparse"]), full("0 of 30 articles were reparsed, the others are as they were; free some space and run the same command again to reparse them"));
      failsWith(news(["--db", db, "check", "--repair"]), full("nothing was repaired; free some space and run the same command again"));
      failsWith(news(["--db", db, "ingest", article]), full("the file was not added; free some space and run the same command again"));
    } finally {
      free();
      holder.close();
    }
    expect(snapshot(db)).toEqual(before);
    expectHealthy(db);
    expect(news(["--db", db, "check"]).status).toBe(0);
    expect(leftovers(disk)).toEqual(["news.db"]);
  }, 60_000);

  it("a new archive on a full disk: one line, and no empty archive file or folder left behind", () => {
    const disk = mountTmpfs("1M");
    const free = fillDisk(disk);
    try {
      const db = join(disk, "new", "news.db");
      failsWith(news(["--db", db, "ingest", "-"], { input: "A headline\n\nA body of a few words.\n" }), /^news: the disk holding \S+ is full; nothing was written; free some space and run the same command again$/);
      expect(leftovers(disk)).toEqual([]);
    } finally {
      free();
    }
  }, 30_000);

  // Schema 0 is an SQLite file that is not an archive yet; an archive one version old is there once
  // a second migration exists.
  for (const version of [...new Set([0, SCHEMA_VERSION - 1])]) {
    it(`a migration from schema ${version} on a full disk: one line, the file as it was`, () => {
      const disk = mountTmpfs("2M");
      const db = join(disk, "old.db");
      const old = new Sqlite(db);
      old.pragma("journal_mode = WAL");
      old.transaction(() => {
        if (version > 0) old.pragma(`application_id = ${APPLICATION_ID}`);
        for (const m of MIGRATIONS.filter((m) => m.version <= version)) m.up(old);
        old.pragma(`user_version = ${version}`);
      })();
      old.close();
      const bytes = readFileSync(db);
      const holder = holdOpenRaw(db);
      const free = fillDisk(disk);
      try {
        const done = version === 0 ? "nothing was written" : `the archive was left at schema ${version}, as it was`;
        failsWith(news(["--db", db, "ingest", "-"], { input: "A headline\n\nA body of a few words.\n" }), new RegExp(`^news: the disk holding \\S+ is full; ${done}; free some space`));
      } finally {
        free();
        holder.close();
      }
      expect(readFileSync(db).equals(bytes)).toBe(true);
    }, 30_000);
  }
});

describe.skipIf(!MOUNT)("a full disk under the output", () => {
  it("export --out <file>: one line, exit 1, no temporary file, and an earlier file of that name untouched", () => {
    const db = archiveOf(tempDir(), 20);
    const disk = mountTmpfs("1M");
    const out = join(disk, "x.ndjson");
    writeFileSync(out, "an earlier export\n");
    const free = fillDisk(disk);
    try {
      for (const format of ["ndjson", "json", "csv"]) {
        failsWith(
          news(["--db", db, "export", "--format", format, "--out", out]),
          /^news: the disk holding \S+x\.ndjson is full; nothing was written to \S+x\.ndjson \(the file there is as it was\); free some space and run the same command again$/,
        );
        expect(readFileSync(out, "utf8")).toBe("an earlier export\n");
        expect(leftovers(disk)).toEqual(["x.ndjson"]);
      }
      // A new file: none is made.
      failsWith(news(["--db", db, "export", "--out", join(disk, "new.ndjson")]), /is full; nothing was written to \S+new\.ndjson; free some space/);
      expect(leftovers(disk)).toEqual(["x.ndjson"]);
    } finally {
      free();
    }
  }, 60_000);

  it("export --out <folder>/: one line saying how many were written, each whole, and no half file", () => {
    const db = archiveOf(tempDir(), 40);
    const whole = join(tempDir(), "whole");
    expect(news(["--db", db, "export", "--format", "markdown", "--out", `${whole}/`]).status).toBe(0);
    const disk = mountTmpfs("1M");
    const folder = join(disk, "by-article");
    // Room for a few articles (a page each), not forty.
    const free = fillDisk(disk, 5 * 4096);
    let message: string;
    try {
      message = failsWith(
        news(["--db", db, "export", "--format", "markdown", "--out", `${folder}/`]),
        /^news: the disk holding \S+by-article is full; the first \d+ articles? (was|were) exported, each whole; free some space and run the same command again$/,
      );
    } finally {
      free();
    }
    const n = Number(/the first (\d+)/.exec(message)![1]);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(40);
    const files = readdirSync(folder).sort();
    // Exactly those, each the article in full: no half file, no temporary file.
    expect(files).toEqual(readdirSync(whole).sort().slice(0, n));
    for (const f of files) expect(readFileSync(join(folder, f), "utf8"), f).toBe(readFileSync(join(whole, f), "utf8"));
  }, 60_000);

  it("export --out <folder>/ again over an earlier export on a full disk: the files there stay whole", () => {
    const db = archiveOf(tempDir(), 10);
    const disk = mountTmpfs("1M");
    const folder = join(disk, "by-article");
    expect(news(["--db", db, "export", "--format", "markdown", "--out", `${folder}/`]).status).toBe(0);
    const earlier = new Map(readdirSync(folder).map((f) => [f, readFileSync(join(folder, f), "utf8")]));
    // Edited in the archive since: the new export would change every file.
    const edit = openDb(db);
    edit.exec("UPDATE articles SET body = body || ' And one more sentence at the end.'");
    edit.close();
    const free = fillDisk(disk);
    try {
      failsWith(news(["--db", db, "export", "--format", "markdown", "--out", `${folder}/`]), /^news: the disk holding \S+by-article is full; no article was exported; free some space/);
    } finally {
      free();
    }
    expect(new Map(readdirSync(folder).map((f) => [f, readFileSync(join(folder, f), "utf8")]))).toEqual(earlier);
  }, 60_000);

  it("export, list, search, show and stats into a file on a full disk (> file): one line, exit 1", () => {
    const db = archiveOf(tempDir(), 20);
    const disk = mountTmpfs("1M");
    const free = fillDisk(disk);
    try {
      for (const args of [["export"], ["list"], ["search", "council"], ["show", "1"], ["stats"], ["check"]]) {
        const path = join(disk, "out.txt");
        const fd = openSync(path, "w");
        const r = spawnSync(process.execPath, [bin, "--db", db, ...args], { stdio: ["ignore", fd, "pipe"], encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
        closeSync(fd);
        failsWith({ status: r.status, signal: r.signal, stdout: "", stderr: r.stderr }, /^news: the disk holding \S+out\.txt is full; \S+out\.txt is incomplete; free some space and run the same command again$/);
        rmSync(path);
      }
    } finally {
      free();
    }
  }, 60_000);
});

describe.skipIf(!MOUNT)("a read-only disk", () => {
  it("every command that writes says the disk is read-only; exports to it too; nothing changes", () => {
    const disk = mountTmpfs("4M");
    const db = archiveOf(disk, 10);
    const before = snapshot(db);
    const article = join(tempDir(), "new.txt");
    writeFileSync(article, "A story for a read-only disk\n\nA body of a few words.\n");
    remount(disk, "ro");
    try {
      const ro = /^news: the disk holding \S+news\.db is read-only; nothing was written; remount it writable and run the same command again, or copy the archive to another disk and pass --db$/;
      failsWith(news(["--db", db, "ingest", article]), ro);
      failsWith(news(["--db", db, "rm", "3"]), ro);
      failsWith(news(["--db", db, "reparse"]), ro);
      failsWith(news(["--db", db, "check", "--repair"]), ro);
      // Output onto the read-only disk, from an archive elsewhere.
      const elsewhere = archiveOf(tempDir(), 3);
      failsWith(news(["--db", elsewhere, "export", "--out", join(disk, "x.ndjson")]), /^news: the disk holding \S+x\.ndjson is read-only; nothing was written to \S+; remount it writable and run the same command again, or pass --out with a path on another disk$/);
      failsWith(news(["--db", elsewhere, "export", "--out", `${join(disk, "d")}/`]), /^news: the disk holding \S+ is read-only; nothing was exported; remount it writable/);
    } finally {
      remount(disk, "rw");
    }
    expect(snapshot(db)).toEqual(before);
    expect(leftovers(disk)).toEqual(["news.db"]);
  }, 60_000);
});

describe("standard output that cannot be written", () => {
  it("/dev/full: one line and exit 1 for export and every read command, never a stack trace", () => {
    const db = archiveOf(tempDir(), 5);
    for (const args of [["export"], ["export", "--format", "json"], ["list"], ["search", "council"], ["show", "1"], ["stats"], ["check"], ["--help"]]) {
      const fd = openSync("/dev/full", "w");
      const r = spawnSync(process.execPath, [bin, "--db", db, ...args], { stdio: ["ignore", fd, "pipe"], encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      closeSync(fd);
      failsWith({ status: r.status, signal: r.signal, stdout: "", stderr: r.stderr }, /^news: cannot write the output to \/dev\/full: no space left on the device$/);
    }
  }, 60_000);

  it("a reader that goes away (EPIPE) still ends quietly with status 0", () => {
    const db = archiveOf(tempDir(), 30);
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${bin}" --db "${db}" export | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}" >&2`], { encoding: "utf8" });
    expect(r.stderr.trim()).toBe("0");
  }, 30_000);
});
