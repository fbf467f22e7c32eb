// Shared by the robustness tests: spawning bin/news (as user nobody when the tests run as root, so
// that file permissions apply), temporary folders, generated articles, and looking inside an archive.
import Database from "better-sqlite3";
import { spawn, spawnSync, type SpawnSyncOptions } from "node:child_process";
import { chmodSync, closeSync, fstatSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
// The scripts' replayable generator (mulberry32), so a failing seed replays in soak.mjs too.
import { rng } from "../../scripts/common.mjs";

export { rng };

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const bin = join(root, "bin", "news");

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/news to completion. */
export function news(args: string[], options: SpawnSyncOptions = {}): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...options,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, NEWS_DB: undefined, ...(options.env ?? {}) },
  });
  return { status: r.status, signal: r.signal, stdout: String(r.stdout ?? ""), stderr: String(r.stderr ?? "") };
}

/** Runs bin/news without blocking the test, for processes that run side by side. */
export function newsAsync(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string; uid?: number; gid?: number } = {},
): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, NEWS_DB: undefined, ...(options.env ?? {}) },
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("close", (status, signal) => done({ status, signal, stdout, stderr }));
    child.stdin.on("error", () => {}); // a command that does not read its input may close it first
    child.stdin.end(options.input ?? "");
  });
}

/** When the tests run as root, permissions stop nobody: such tests run bin/news as user nobody. */
export const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
export const NOBODY = { uid: 65534, gid: 65534 };

/** The first folder above the checkout that other users cannot enter (no search permission), if any. */
function closedFolder(): string | null {
  for (let dir = root; ; dir = dirname(dir)) {
    try {
      if ((statSync(dir).mode & 0o001) === 0) return dir;
    } catch {
      return dir;
    }
    if (dirname(dir) === dir) return null;
  }
}

let nobodyRuns: boolean | undefined;

/**
 * Whether bin/news can run as user nobody here (it must be able to read the project). A checkout in
 * a folder others cannot enter (a clone under /root, a `mktemp -d` folder) cannot be: the tests that
 * need it are then skipped, and this says why, once, on stderr.
 */
export function canRunAsNobody(): boolean {
  if (!isRoot) return true;
  if (nobodyRuns === undefined) {
    const r = spawnSync(process.execPath, [bin, "--version"], { ...NOBODY, encoding: "utf8" });
    nobodyRuns = r.status === 0;
    if (!nobodyRuns) console.warn(nobodySkipNote());
  }
  return nobodyRuns;
}

/** Why the permission tests are skipped when the tests run as root and nobody cannot run bin/news. */
export function nobodySkipNote(): string {
  const closed = closedFolder();
  const where = closed ? `${closed} is closed to other users (mode ${(statSync(closed).mode & 0o777).toString(8)})` : "it cannot read the checkout";
  return `note: permission tests skipped: as root they run bin/news as user nobody (uid 65534), and ${where}; run the tests from a checkout every user can enter (e.g. under /tmp or /home) to include them`;
}

/** Runs bin/news as an unprivileged user: nobody when we are root, else ourselves. */
export function newsUnprivileged(args: string[], options: SpawnSyncOptions = {}): Run {
  return news(args, isRoot ? { ...options, ...NOBODY } : options);
}

const made: string[] = [];

/** A fresh temporary folder, removed by cleanup(); open to everyone so that nobody can use it too. */
export function tempDir(prefix = "news-robust-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o777);
  made.push(dir);
  return dir;
}

export function cleanup(): void {
  for (const dir of made.splice(0)) {
    // Restore permissions the tests took away, so everything can be removed.
    spawnSync("chmod", ["-R", "u+rwx", dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}

const WORDS = `government minister election party vote council budget tax economy market shares profit bank
interest rates inflation growth trade deal oil gas energy prices company firm executive sales quarter
results investors court judge trial police investigation officials report study scientists research
university health hospital patients doctors climate storm flood city river bridge railway station
airport flight school teachers students housing workers union strike wages film music festival award`.split(/\s+/);

/** The text of a distinct, ordinary article number `i`. */
export function articleText(i: number, seed = 1): string {
  const r = rng(seed * 100_003 + i);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(" ");
  const title = `${words(5)} ${i}`;
  return `${title[0]!.toUpperCase()}${title.slice(1)}\n\nLONDON, March ${1 + (i % 28)}, 2019 – ${words(40)}.\n\nStory ${i} goes on: ${words(30)}.\n`;
}

/** Writes `n` distinct articles into `dir` (spread over sub-folders of `perFolder`); returns their paths. */
export function writeArticles(dir: string, n: number, options: { seed?: number; perFolder?: number; from?: number } = {}): string[] {
  const paths: string[] = [];
  const from = options.from ?? 0;
  for (let i = from; i < from + n; i++) {
    const folder = options.perFolder ? join(dir, `d${Math.floor(i / options.perFolder)}`) : dir;
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `article-${String(i).padStart(5, "0")}.txt`);
    writeFileSync(path, articleText(i, options.seed));
    paths.push(path);
  }
  return paths;
}

/** Opens an archive directly with SQLite, for looking inside it. */
export function openDb(path: string, readonly = false): Database.Database {
  return new Database(path, { readonly, fileMustExist: true });
}

export interface Snapshot {
  count: number;
  /** id -> hash and body, for every article. */
  rows: Map<number, string>;
}

/** What the archive holds: every article's id, hash and body. */
export function snapshot(path: string): Snapshot {
  const db = openDb(path);
  try {
    const rows = db.prepare("SELECT id, hash, title, body FROM articles ORDER BY id").all() as Array<{ id: number; hash: string; title: string; body: string }>;
    return { count: rows.length, rows: new Map(rows.map((r) => [r.id, `${r.hash}\n${r.title}\n${r.body}`])) };
  } finally {
    db.close();
  }
}

export interface Health {
  integrity: string;
  fts: string;
  articles: number;
  files: number;
  indexed: number;
  articlesWithoutFile: number;
  filesWithoutArticle: number;
  distinctHashes: number;
}

/**
 * Everything that must hold for an archive at any moment: SQLite's integrity check, FTS5's own
 * (the index against the articles), every article with its file and index entry, no dangling file.
 */
export function health(path: string): Health {
  const db = openDb(path);
  try {
    const integrity = (db.pragma("integrity_check") as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join("; ");
    let fts = "ok";
    try {
      db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();
    } catch (err) {
      fts = (err as Error).message;
    }
    const one = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      integrity,
      fts,
      articles: one("SELECT count(*) FROM articles"),
      files: one("SELECT count(*) FROM files"),
      indexed: one("SELECT count(*) FROM articles_fts_docsize"),
      articlesWithoutFile: one("SELECT count(*) FROM articles a WHERE a.path IS NOT NULL AND NOT EXISTS (SELECT 1 FROM files f WHERE f.article_id = a.id)"),
      filesWithoutArticle: one("SELECT count(*) FROM files f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = f.article_id)"),
      distinctHashes: one("SELECT count(DISTINCT hash) FROM articles"),
    };
  } finally {
    db.close();
  }
}

/** Asserts what health() must say of any archive; returns it for further checks. */
export function expectHealthy(path: string): Health {
  const h = health(path);
  expect(h, path).toMatchObject({
    integrity: "ok",
    fts: "ok",
    indexed: h.articles,
    articlesWithoutFile: 0,
    filesWithoutArticle: 0,
    distinctHashes: h.articles,
  });
  return h;
}

/** The peak resident memory (VmHWM) of a running process, polled from /proc until it exits. */
export function peakRss(pid: number, every = 20): { stop: () => number } {
  let peak = 0;
  const poll = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const m = /VmHWM:\s+(\d+) kB/.exec(status);
      if (m) peak = Math.max(peak, Number(m[1]) * 1024);
    } catch {
      // the process has ended
    }
  };
  const timer = setInterval(poll, every);
  poll();
  return {
    stop: () => {
      poll();
      clearInterval(timer);
      return peak;
    },
  };
}


// --- Faults of the machine: small disks that fill up, read-only disks ----------------------------

const mounts: string[] = [];
let mountable: boolean | undefined;

/** Whether this process can mount a tmpfs (as root, where mount(8) is allowed). */
export function canMount(): boolean {
  if (mountable === undefined) {
    mountable = false;
    if (isRoot) {
      const dir = mkdtempSync(join(tmpdir(), "news-mount-probe-"));
      mountable = spawnSync("mount", ["-t", "tmpfs", "-o", "size=1M", "tmpfs", dir]).status === 0;
      if (mountable) spawnSync("umount", [dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return mountable;
}

/** Mounts a small tmpfs (`size` as mount(8) takes it: "2M") on a new folder; unmountAll() takes it away. */
export function mountTmpfs(size: string): string {
  const dir = tempDir("news-disk-");
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size},mode=0777`, "tmpfs", dir], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cannot mount a tmpfs on ${dir}: ${r.stderr}`);
  mounts.push(dir);
  return dir;
}

/** Remounts a mounted folder with other options: "ro", "rw", "size=3M". */
export function remount(dir: string, options: string): void {
  const r = spawnSync("mount", ["-o", `remount,${options}`, dir], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cannot remount ${dir} ${options}: ${r.stderr}`);
}

export function unmountAll(): void {
  for (const dir of mounts.splice(0)) spawnSync("umount", ["-l", dir]);
}

/** Bytes in use on the disk holding `dir`. */
export function diskUsed(dir: string): number {
  const s = statfsSync(dir);
  return (s.blocks - s.bfree) * s.bsize;
}

/** Fills the disk holding `dir` to the last byte (but `leave` bytes) with a file; returns a function that removes it. */
export function fillDisk(dir: string, leave = 0): () => void {
  const path = join(dir, ".fill");
  const fd = openSync(path, "a");
  try {
    for (const size of [1024 * 1024, 64 * 1024, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size);
      for (;;) {
        try {
          writeSync(fd, chunk);
        } catch {
          break;
        }
      }
    }
    if (leave > 0) ftruncateSync(fd, Math.max(0, fstatSync(fd).size - leave));
  } finally {
    closeSync(fd);
  }
  return () => rmSync(path, { force: true });
}
