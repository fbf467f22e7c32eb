// Issue 19, faults of the machine: a full disk, a read-only disk, a write lock held long, an archive
// that vanishes. Each gives one line on stderr and exit status 1, never a false success; the archive
// stays as its last finished transaction left it; no temporary or half-written file is left; an
// earlier output file is untouched. Full and read-only disks are small tmpfs mounts, made by the
// test when it runs as root; elsewhere those cases are skipped with a note.
import Sqlite from "better-sqlite3";
import type Database from "better-sqlite3";
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from "../../src/core/archive/schema.js";
import { asFault, FaultError } from "../../src/core/errors.js";
import { diskFault, faultMessage, filesDone, fsErrorReason, recordsDone } from "../../src/core/fs-errors.js";
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  articleText,
  bin,
  canMount,
  cleanup,
  diskUsed,
  expectHealthy,
  fillDisk,
  mountTmpfs,
  news,
  newsAsync,
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
/**
 * Runs `fn` with `disk` full while another connection holds `db` open (so SQLite cannot make room by
 * dropping its files), then frees the disk and checks that the archive is exactly as it was.
 */
function whileFull(disk: string, db: string, fn: () => void): void {
  const before = snapshot(db);
  const holder = holdOpen(db);
  const free = fillDisk(disk);
  try {
    fn();
  } finally {
    free();
    holder.close();
  }
  expect(snapshot(db)).toEqual(before);
  expectHealthy(db);
  expect(news(["--db", db, "check"]).status).toBe(0);
}

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
  }, 240_000);
});

describe.skipIf(!MOUNT)("a full disk under the archive", () => {
  it("rm, reparse, check --repair and ingest: one line each, exit 1, the archive as it was", () => {
    const disk = mountTmpfs("4M");
    const db = archiveOf(disk, 30);
    // Give reparse work to do: titles edited by hand, which it sets right again.
    const edit = openDb(db);
    edit.exec("UPDATE articles SET title = title || ' (edited)' WHERE id <= 10");
    edit.close();
    // (An edit by hand takes an article out of the full-text index until check --repair puts it back.)
    expect(news(["--db", db, "check", "--repair"]).status).toBe(0);
    const article = join(tempDir(), "new.txt");
    writeFileSync(article, "A story that arrives on a full disk\n\nIt has a body of a few words, no more.\n");
    whileFull(disk, db, () => {
      const full = (rest: string) => new RegExp(`^news: the disk holding ${db.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is full; ${rest}$`);
      failsWith(news(["--db", db, "rm", "3", "4"]), full("nothing was removed; free some space and run the same command again"));
      failsWith(news(["--db", db, "reparse"]), full("0 of 30 articles were reparsed, the others are as they were; free some space and run the same command again to reparse them"));
      failsWith(news(["--db", db, "check", "--repair"]), full("nothing was repaired; free some space and run the same command again"));
      failsWith(news(["--db", db, "ingest", article]), full("the file was not added; free some space and run the same command again"));
      // The JSON report is still one document, with why it stopped.
      const json = news(["--db", db, "ingest", article, "--json"]);
      const line = failsWith({ ...json, stdout: "" }, full("the file was not added; free some space and run the same command again"));
      expect(JSON.parse(json.stdout)).toEqual({ files: [], added: 0, updated: 0, unchanged: 0, duplicate: 0, skipped: 0, failed: 0, stopped: line.slice("news: ".length) });
    });
    expect(leftovers(disk)).toEqual(["news.db"]);
  }, 60_000);

  it("reparse with nothing to change, on a full disk: one line saying its stories were left as they were", () => {
    const disk = mountTmpfs("4M");
    const db = archiveOf(disk, 12);
    whileFull(disk, db, () => {
      failsWith(
        news(["--db", db, "reparse"]),
        /^news: the disk holding \S+news\.db is full; 12 of 12 articles were reparsed \(0 changed\), but the stories were left as they were; free some space and run the same command again to recompute them$/,
      );
    });
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
        // (Held open, the archive can be read: it is the upgrade that does not fit.)
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

/** NDJSON records of `n` distinct articles, as trafilatura writes them; `from` numbers the first. */
function recordsOf(n: number, seed: number, from = 0): string {
  const lines: string[] = [];
  for (let i = from; i < from + n; i++) lines.push(JSON.stringify({ text: articleText(i, seed), sitename: "example.org" }));
  return `${lines.join("\n")}\n`;
}

/** Waits until `check` holds (polling), or fails saying what it waited for. */
async function until(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Files an archive may keep beside it (its -wal and -shm): none other is left. */
const ARCHIVE_FILES = /^news\.db(-wal|-shm)?$/;

describe.skipIf(!MOUNT)("a full disk under import, ingest --watch and copy", () => {
  it("import stops at the first batch that does not fit, with one line saying how many records it imported; the archive is whole", () => {
    // As for ingest: the room one batch of 1,000 records takes, measured, then a disk with room for
    // about one and a half.
    const disk = mountTmpfs("64M");
    const input = join(tempDir(), "records.ndjson");
    writeFileSync(input, recordsOf(2000, 21));
    const first = join(tempDir(), "first.ndjson");
    writeFileSync(first, recordsOf(1000, 21));
    const before = diskUsed(disk);
    const probe = join(disk, "probe.db");
    expect(news(["--db", probe, "import", first]).status).toBe(0);
    const batch = diskUsed(disk) - before;
    for (const s of ["", "-wal", "-shm"]) rmSync(probe + s, { force: true });
    remount(disk, `size=${Math.ceil((batch * 1.5) / 4096) * 4096 + 64 * 1024}`);

    const db = join(disk, "news.db");
    const r = news(["--db", db, "import", input, "--json"]);
    const line = failsWith(
      { ...r, stdout: "" },
      /^news: the disk holding \S+news\.db is full; 1,000 of 2,000 records were added; free some space and run the same command again to add the rest$/,
    );
    // Not a line per remaining record; the JSON report is one document, with why it stopped.
    expect(r.stderr).not.toMatch(/failed/);
    const report = JSON.parse(r.stdout) as { files: unknown[]; added: number; failed: number; stopped: string };
    expect(report).toMatchObject({ added: 1000, failed: 0, stopped: line.slice("news: ".length) });
    expect(report.files).toHaveLength(1000);
    expect(readdirSync(disk).filter((f) => !ARCHIVE_FILES.test(f))).toEqual([]);

    // With room again, the archive is as the first batch left it, and the same command adds the rest.
    remount(disk, "size=64M");
    expect(news(["--db", db, "check"]).status).toBe(0);
    expect(expectHealthy(db).articles).toBe(1000);
    const again = news(["--db", db, "import", input, "--json"]);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 1000, unchanged: 1000, failed: 0 });
  }, 240_000);

  it("ingest --watch stops at the first batch that does not fit (exit 1, one line), instead of failing batch after batch", async () => {
    const disk = mountTmpfs("4M");
    const db = join(disk, "news.db");
    const inbox = tempDir();
    writeArticles(inbox, 3, { seed: 31 });
    const child = spawn(process.execPath, [bin, "--db", db, "ingest", "--watch", inbox, "--settle", "200", "--jobs", "0"], {
      env: { ...process.env, NO_COLOR: "1", NEWS_DB: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    const exit = new Promise<number | null>((done) => child.on("close", (code) => done(code)));
    let free = () => {};
    try {
      await until("the watcher to be ready", () => /Ctrl-C to stop/.test(stderr));
      // A batch that fits (or two, if the files arrive apart).
      writeArticles(inbox, 2, { seed: 31, from: 3 });
      const batched = () => [...stderr.matchAll(/^\d\d:\d\d:\d\d (\d+) files?: /gm)].reduce((n, m) => n + Number(m[1]), 0);
      await until("the first batch", () => batched() === 2);
      // Then the disk fills up, and more files arrive.
      free = fillDisk(disk);
      writeArticles(inbox, 4, { seed: 31, from: 5 });
      const code = await Promise.race([exit, new Promise<string>((r) => setTimeout(() => r("still running"), 30_000))]);
      expect(code, stderr).toBe(1);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      free();
    }
    const lines = stderr.trim().split("\n");
    expect(lines.filter((l) => l.startsWith("news: ")), stderr).toHaveLength(1);
    expect(lines.at(-1)).toMatch(
      /^news: the disk holding \S+news\.db is full; stopped watching; of its last batch, (none of the [234] files were added|the file was not added) \(2 files in (1 batch|2 batches) before it were ingested\); free some space and run the same command again: its first pass adds the rest$/,
    );
    expect(stderr).not.toMatch(/cannot ingest a batch|failed|^\s+at /m);
    expect(news(["--db", db, "check"]).status).toBe(0);
    expect(expectHealthy(db).articles).toBe(5);
    expect(readdirSync(disk).filter((f) => !ARCHIVE_FILES.test(f))).toEqual([]);
    // Run again with room: its first pass adds the rest.
    const again = news(["--db", db, "ingest", inbox, "--json"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 4, unchanged: 5 });
  }, 120_000);

  it("copy: one line saying how far it got; the rows stay in <target>.partial, and the same command goes on from them", () => {
    const src = archiveOf(tempDir(), 1500, 41);
    // The room a whole copy takes, measured; then a disk with room for about half of it.
    const whole = join(tempDir(), "whole.db");
    expect(news(["--db", src, "copy", whole]).status).toBe(0);
    const disk = mountTmpfs(`${Math.ceil(statSync(whole).size / 2 / 4096) * 4096}`);
    const target = join(disk, "copy.db");
    const message = failsWith(
      news(["--db", src, "copy", target]),
      /^news: the disk holding \S+copy\.db is full; copied [\d,]+ of 1,500 articles so far \([\d,]+ of [\d,]+ rows\), kept in \S+copy\.db\.partial; free some space and run the same command again to resume: it goes on where it stopped$/,
    );
    const [copied, total] = /\(([\d,]+) of ([\d,]+) rows\)/.exec(message)!.slice(1).map((s) => Number(s.replace(/,/g, "")));
    expect(copied).toBeGreaterThan(0);
    expect(copied).toBeLessThan(total!);
    // The partial file only (no journal beside it), and never a file at the target path.
    expect(leftovers(disk)).toEqual(["copy.db.partial"]);
    // Room again: the same command finishes the copy from where it stopped.
    remount(disk, "size=64M");
    const again = news(["--db", src, "copy", target, "--json"]);
    expect(again.status, again.stderr).toBe(0);
    const report = JSON.parse(again.stdout) as { resumed: boolean; copiedNow: number; rows: number };
    expect(report.resumed).toBe(true);
    expect(report.copiedNow).toBe(report.rows - copied!);
    expect(snapshot(target)).toEqual(snapshot(src));
    expectHealthy(target);
    expect(leftovers(disk)).toEqual(["copy.db"]);
  }, 240_000);

  it("copy onto a disk with no room at all: one line, nothing copied, and no partial file left", () => {
    const src = archiveOf(tempDir(), 5);
    const disk = mountTmpfs("1M");
    const free = fillDisk(disk);
    try {
      failsWith(news(["--db", src, "copy", join(disk, "copy.db")]), /^news: the disk holding \S+copy\.db is full; nothing was copied; free some space and run the same command again$/);
      failsWith(news(["--db", src, "copy", join(disk, "sub", "copy.db")]), /^news: the disk holding \S+copy\.db is full; nothing was copied; free some space and run the same command again$/);
      expect(leftovers(disk)).toEqual([]);
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

  it("import, ingest --watch and copy say so too, and leave nothing there", () => {
    const disk = mountTmpfs("4M");
    const db = archiveOf(disk, 10);
    const before = snapshot(db);
    const input = join(tempDir(), "records.ndjson");
    writeFileSync(input, recordsOf(3, 51));
    const inbox = tempDir();
    writeArticles(inbox, 2, { seed: 51, from: 10 });
    const src = archiveOf(tempDir(), 3);
    remount(disk, "ro");
    try {
      const ro = /^news: the disk holding \S+news\.db is read-only; nothing was written; remount it writable and run the same command again, or copy the archive to another disk and pass --db$/;
      failsWith(news(["--db", db, "import", input]), ro);
      // The watch stops before it starts (and does not go on watching).
      failsWith(news(["--db", db, "ingest", "--watch", inbox], { timeout: 30_000 }), ro);
      const copyRo = /^news: the disk holding \S+copy\.db is read-only; nothing was copied; remount it writable and run the same command again, or give a target on another disk$/;
      failsWith(news(["--db", src, "copy", join(disk, "copy.db")]), copyRo);
      failsWith(news(["--db", src, "copy", join(disk, "sub", "copy.db")]), copyRo);
    } finally {
      remount(disk, "rw");
    }
    expect(snapshot(db)).toEqual(before);
    expect(leftovers(disk)).toEqual(["news.db"]);
  }, 60_000);
});

describe("standard output that cannot be written", () => {
  it("/dev/full: one line and exit 1 for export, every read command and --version, never a stack trace", () => {
    const db = archiveOf(tempDir(), 5);
    const reads = [["export"], ["export", "--format", "json"], ["list"], ["search", "council"], ["show", "1"], ["stats"], ["check"], ["--help"]];
    // `--version` alone is answered by bin/news itself, before the program loads.
    for (const args of [...reads.map((a) => ["--db", db, ...a]), ["--version"]]) {
      const fd = openSync("/dev/full", "w");
      const r = spawnSync(process.execPath, [bin, ...args], { stdio: ["ignore", fd, "pipe"], encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
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

const HAS_SCRIPT = spawnSync("script", ["--version"]).status === 0;
if (!HAS_SCRIPT) console.warn("faults.test.ts: script(1) is missing: the cases that need a terminal are skipped");

/** Quotes for sh. */
const q = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/**
 * Runs bin/news on a terminal (script(1) gives it one), calling `onOutput` with everything it has
 * printed so far each time it prints. Resolves with its exit status and all it printed.
 */
function onTerminal(args: string[], env: Record<string, string>, onOutput: (text: string) => void): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const command = [process.execPath, bin, ...args].map(q).join(" ");
    const child = spawn("script", ["-qec", command, "/dev/null"], { env: { ...process.env, NO_COLOR: "1", NEWS_DB: "", ...env } });
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString("utf8");
      onOutput(output);
    });
    child.stderr.on("data", (d: Buffer) => (output += d.toString("utf8")));
    child.on("close", (status) => done({ status, output: output.replace(/\r\n/g, "\n") }));
  });
}

/** Takes the archive's write lock in this process, as another writer would; commit() lets it go. */
function holdLock(db: string): { commit: () => void } {
  const conn = openDb(db);
  conn.exec("BEGIN IMMEDIATE");
  return {
    commit: () => {
      if (conn.inTransaction) conn.exec("COMMIT");
      conn.close();
    },
  };
}

const WAITING = "news: waiting for another process to finish writing to the archive…";

describe("waiting for another writer", () => {
  it("when the wait runs out: one line naming the wait, exit 1, nothing written (and no waiting line off a terminal)", async () => {
    const db = archiveOf(tempDir(), 5);
    const before = snapshot(db);
    const lock = holdLock(db);
    try {
      const started = Date.now();
      const rm = await newsAsync(["--db", db, "rm", "3"], { env: { NEWS_LOCK_TIMEOUT: "1" } });
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
      const escaped = db.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      failsWith(rm, new RegExp(`^news: gave up after waiting 1 s for another process to finish writing to the archive ${escaped}; nothing was removed; run the same command again once it has finished, or wait longer with NEWS_LOCK_TIMEOUT=<seconds>$`));
      const src = join(tempDir(), "more");
      writeArticles(src, 3, { seed: 9 });
      const ingest = await newsAsync(["--db", db, "ingest", src], { env: { NEWS_LOCK_TIMEOUT: "1" } });
      failsWith(ingest, /^news: gave up after waiting 1 s for another process to finish writing to the archive \S+; none of the 3 files were added; run the same command again once it has finished/);
    } finally {
      lock.commit();
    }
    expect(snapshot(db)).toEqual(before);
  }, 60_000);

  it.skipIf(!HAS_SCRIPT)("on a terminal, after about a second, one line says it is waiting; the command then finishes", async () => {
    const db = archiveOf(tempDir(), 5);
    const lock = holdLock(db);
    let released = false;
    const r = await onTerminal(["--db", db, "rm", "3"], {}, (text) => {
      if (!released && text.includes("waiting for another process")) {
        released = true;
        setTimeout(() => lock.commit(), 300);
      }
    });
    if (!released) lock.commit();
    expect(r.status, r.output).toBe(0);
    expect(r.output.split("\n").filter((l) => l.includes("waiting"))).toEqual([WAITING]);
    expect(r.output).toMatch(/^removed 3: /m);
    expect(snapshot(db).count).toBe(4);
  }, 60_000);
});

describe.skipIf(!HAS_SCRIPT)("the archive removed, moved or replaced while a command writes", () => {
  /**
   * Starts an ingest that waits for the lock this test holds, changes the archive's path while it
   * waits (`change`), then lets it go on. Resolves with what it printed.
   */
  async function ingestWhile(db: string, change: () => void): Promise<{ status: number | null; output: string }> {
    const src = join(tempDir(), "more");
    writeArticles(src, 3, { seed: 11 });
    const lock = holdLock(db);
    let changed = false;
    const r = await onTerminal(["--db", db, "ingest", src], {}, (text) => {
      if (!changed && text.includes("waiting for another process")) {
        changed = true;
        change();
        lock.commit();
      }
    });
    if (!changed) lock.commit();
    expect(changed, r.output).toBe(true);
    return r;
  }

  const lastLine = (output: string) => output.trim().split("\n").pop()!;

  it("moved away: stops with one line, writes nothing more to the moved file, and leaves no -wal at the old path", async () => {
    const dir = tempDir();
    const db = archiveOf(dir, 5);
    const before = snapshot(db);
    const moved = join(dir, "moved.db");
    const r = await ingestWhile(db, () => renameSync(db, moved));
    expect(r.status, r.output).toBe(1);
    expect(lastLine(r.output)).toMatch(
      /^news: the archive \S+news\.db was deleted or moved away while news was writing to it; stopped, writing nothing more; none of the 3 files were added; if it was moved, pass --db with its new path and run the same command again$/,
    );
    expect(r.output).not.toMatch(/^\s+at /m);
    expect(snapshot(moved)).toEqual(before);
    expectHealthy(moved);
    expect(readdirSync(dir).filter((f) => f.startsWith("news.db"))).toEqual([]);
  }, 60_000);

  it("deleted: stops with one line, and a new archive made there later starts clean", async () => {
    const dir = tempDir();
    const db = archiveOf(dir, 5);
    const r = await ingestWhile(db, () => rmSync(db));
    expect(r.status, r.output).toBe(1);
    expect(lastLine(r.output)).toMatch(/^news: the archive \S+news\.db was deleted or moved away while news was writing to it; stopped, writing nothing more/);
    expect(existsSync(db)).toBe(false);
    const again = news(["--db", db, "ingest", "-", "--json"], { input: "A new start\n\nThe first story of a new archive.\n" });
    expect(again.status, again.stderr).toBe(0);
    expect(expectHealthy(db).articles).toBe(1);
  }, 60_000);

  it("replaced by another file: stops with one line and writes nothing to the new file", async () => {
    const dir = tempDir();
    const db = archiveOf(dir, 5);
    const other = archiveOf(tempDir(), 2, 3);
    const otherBefore = snapshot(other);
    const r = await ingestWhile(db, () => renameSync(other, db));
    expect(r.status, r.output).toBe(1);
    expect(lastLine(r.output)).toMatch(
      /^news: the archive \S+news\.db was replaced by another file while news was writing to it; stopped, writing nothing more to either file; none of the 3 files were added; run the same command again: it will write to the file now there$/,
    );
    expect(snapshot(db)).toEqual(otherBefore);
    expectHealthy(db);
    expect(statSync(db).size).toBeGreaterThan(0);
  }, 60_000);
});

describe("what each fault is called", () => {
  const errno = (code: string) => Object.assign(new Error(code), { code });
  it("ENOSPC and SQLite's SQLITE_FULL are a full disk, EDQUOT a quota, EROFS a read-only disk", () => {
    expect(diskFault(errno("ENOSPC"), "/a/news.db")).toEqual({ kind: "full", path: "/a/news.db" });
    expect(diskFault(errno("SQLITE_FULL"), "/a/news.db")).toEqual({ kind: "full", path: "/a/news.db" });
    expect(diskFault(errno("EDQUOT"), "/a/x.json")).toEqual({ kind: "quota", path: "/a/x.json" });
    expect(diskFault(errno("EROFS"), "/a/x.json")).toEqual({ kind: "readonly", path: "/a/x.json" });
    expect(diskFault(errno("EACCES"), "/a/x.json")).toBeNull();
    expect(diskFault(new Error("no code"), "/a/x.json")).toBeNull();
  });

  it("a full quota (EDQUOT) stops a command as a full disk (ENOSPC) does: a FaultError, with what was done", () => {
    for (const [code, said] of [
      ["ENOSPC", "the disk holding /a/news.db is full; 3 of 5 records were added; free some space and run the same command again"],
      ["EDQUOT", "your disk quota on the disk holding /a/news.db is used up; 3 of 5 records were added; free some space (or ask for a larger quota) and run the same command again"],
    ] as const) {
      const fault = asFault(errno(code), "/a/news.db", { done: recordsDone({ added: 3 }, 5) });
      expect(fault).toBeInstanceOf(FaultError);
      expect((fault as FaultError).message).toBe(said);
      expect((fault as FaultError).exitCode).toBe(1);
      expect(fsErrorReason(errno(code))).toBe(code === "ENOSPC" ? "no space left on the device" : "disk quota exceeded");
    }
    // What ingest, import and watch stop on; any other error is not a fault of the machine.
    expect(asFault(errno("EACCES"), "/a/news.db")).not.toBeInstanceOf(FaultError);
  });

  it("the messages say what is full, what was done and what to do", () => {
    expect(faultMessage({ kind: "full", path: "/m/news.db" }, { done: filesDone({ added: 984 }, 4225), again: "run the same command again to add the rest" })).toBe(
      "the disk holding /m/news.db is full; 984 of 4,225 files were added; free some space and run the same command again to add the rest",
    );
    expect(filesDone({ added: 984, unchanged: 16, failed: 0 }, 4225)).toBe("1,000 of 4,225 files were ingested (984 added, 16 unchanged)");
    expect(filesDone({ added: 0 }, 3)).toBe("none of the 3 files were added");
    expect(filesDone({ added: 1 }, null)).toBe("1 file was added");
    expect(recordsDone({ added: 990, unchanged: 10 }, 4125)).toBe("1,000 of 4,125 records were imported (990 added, 10 unchanged)");
    expect(recordsDone({ added: 0 }, 2)).toBe("none of the 2 records were added");
    expect(faultMessage({ kind: "quota", path: "/m/x" })).toBe("your disk quota on the disk holding /m/x is used up; free some space (or ask for a larger quota) and run the same command again");
    expect(faultMessage({ kind: "lock", path: "/m/news.db", seconds: 30 })).toMatch(/^gave up after waiting 30 s for another process to finish writing to the archive \/m\/news\.db; /);
    // Through the error class: the same fault, said again with what was done.
    const e = new FaultError({ kind: "full", path: "/m/news.db" }).during({ done: "nothing was removed" });
    expect(e.message).toBe("the disk holding /m/news.db is full; nothing was removed; free some space and run the same command again");
    expect(e.exitCode).toBe(1);
  });
});
