#!/usr/bin/env node
// node scripts/soak.mjs [--kills 200] [--files 3000] [--seed N] [--work DIR] [--keep]
//
// The crash test of tests/robustness/crash.test.ts, for as long as you like: kills `news ingest`
// with SIGKILL at random moments and checks the archive after every kill (SQLite's integrity
// check, FTS5's integrity check, every article with its file and index entry, nothing lost),
// then runs the same ingest to completion and checks every file is there exactly once.
// After each run that finishes, a third of the files change, so kills also land in updates.
// Needs a build (npm run build). Prints one line per kill; exits 1 at the first broken archive.
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { bin, flag, library, opt, rng } from "./common.mjs";

if (flag("help")) {
  console.log("usage: node scripts/soak.mjs [--kills 200] [--files 3000] [--seed N] [--work DIR] [--keep]");
  process.exit(0);
}
const KILLS = Number(opt("kills", "200"));
const FILES = Number(opt("files", "3000"));
const SEED = Number(opt("seed", String(Date.now() % 1_000_000)));
const work = opt("work") ?? mkdtempSync(join(tmpdir(), "news-soak-"));
const corpus = join(work, "corpus");
const { prepare } = await library("soak");
const db = join(work, "soak.db");

const textOf = (i, revision) => {
  const r = rng(i + 1);
  const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(" ");
  return `Story ${i}: ${words(5)}\n\nLONDON, March ${1 + (i % 28)}, 2019 – ${words(40)}.\n\n${words(30)}.\n${revision ? `\nRevision ${revision}.\n` : ""}`;
};
const pathOf = (i) => join(corpus, `d${Math.floor(i / 250)}`, `article-${String(i).padStart(5, "0")}.txt`);
const WORDS = "government minister election party vote council budget tax economy market shares profit bank interest rates inflation growth trade deal oil gas energy prices company court judge police report study university health hospital climate storm city river bridge railway school workers union film music festival".split(" ");
function writeCorpus() {
  for (let i = 0; i < FILES; i++) {
    mkdirSync(dirname(pathOf(i)), { recursive: true });
    writeFileSync(pathOf(i), textOf(i, 0));
  }
}

/** How many files the archive holds as they are now on disk: the ingest's progress. */
function upToDate() {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const hashOf = d.prepare("SELECT a.hash FROM files f JOIN articles a ON a.id = f.article_id WHERE f.path = ?").pluck();
    let n = 0;
    for (let i = 0; i < FILES; i++) {
      const now = prepare(readFileSync(pathOf(i)));
      if (now.ok && hashOf.get(pathOf(i)) === now.hash) n++;
    }
    return n;
  } finally {
    d.close();
  }
}

function health() {
  const d = new Database(db, { fileMustExist: true });
  try {
    const integrity = d.pragma("integrity_check").map((r) => r.integrity_check).join("; ");
    let fts = "ok";
    try {
      d.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();
    } catch (err) {
      fts = err.message;
    }
    const one = (sql) => d.prepare(sql).pluck().get();
    return {
      integrity,
      fts,
      articles: one("SELECT count(*) FROM articles"),
      files: one("SELECT count(*) FROM files"),
      indexed: one("SELECT count(*) FROM articles_fts_docsize"),
      orphanArticles: one("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.article_id = a.id)"),
      orphanFiles: one("SELECT count(*) FROM files f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = f.article_id)"),
      distinct: one("SELECT count(DISTINCT hash) FROM articles"),
    };
  } finally {
    d.close();
  }
}

function problems(h, before) {
  const p = [];
  if (h.integrity !== "ok") p.push(`integrity_check: ${h.integrity}`);
  if (h.fts !== "ok") p.push(`FTS integrity-check: ${h.fts}`);
  if (h.indexed !== h.articles) p.push(`${h.articles} articles but ${h.indexed} indexed`);
  if (h.orphanArticles) p.push(`${h.orphanArticles} articles without a file`);
  if (h.orphanFiles) p.push(`${h.orphanFiles} files without an article`);
  if (h.distinct !== h.articles) p.push(`${h.articles - h.distinct} articles stored twice`);
  if (h.files !== h.articles) p.push(`${h.files} files for ${h.articles} articles`);
  if (h.articles < before) p.push(`articles went from ${before} to ${h.articles}`);
  return p;
}

function ingest(jobs, killAfterMs) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, "--db", db, "ingest", corpus, "--jobs", String(jobs), "-q", "--json"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("close", (status, signal) => {
      if (timer) clearTimeout(timer);
      done({ killed: signal === "SIGKILL", status, stdout, stderr });
    });
  });
}

function fail(message) {
  console.error(`soak: FAILED: ${message}\nsoak: seed ${SEED}; archive kept in ${work}`);
  process.exit(1);
}

writeCorpus();
console.error(`soak: ${FILES} files in ${corpus}, seed ${SEED}, ${KILLS} kills`);
const random = rng(SEED);
const revision = new Array(FILES).fill(0);
// Kills come at random within about as long as the last whole run took: first, one that adds every
// file (timed, then thrown away); after each run that finishes, a third of the files change, so the
// next run has updates to write (and to be killed in).
const t0 = performance.now();
if ((await ingest(1, null)).status !== 0) fail("the first, uninterrupted ingest failed");
let windowMs = 1.2 * (performance.now() - t0);
for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
let kills = 0;
let finished = 0;
let articles = 0;
const started = performance.now();
for (let round = 0; kills < KILLS; round++) {
  const jobs = [0, 1, 2][round % 3];
  const delay = Math.round(150 + random() * windowMs);
  const t1 = performance.now();
  const run = await ingest(jobs, delay);
  if (!run.killed) {
    if (run.status !== 0) fail(`round ${round}: an uninterrupted ingest exited ${run.status}: ${run.stderr.trim()}`);
    windowMs = 1.2 * (performance.now() - t1);
    finished++;
    for (let k = 0; k < FILES / 3; k++) {
      const i = Math.floor(random() * FILES);
      writeFileSync(pathOf(i), textOf(i, ++revision[i]));
    }
  } else {
    kills++;
  }
  if (!existsSync(db)) {
    if (run.killed) console.log(`kill ${kills}: after ${delay} ms (--jobs ${jobs}), no archive yet`);
    continue;
  }
  const h = health();
  const p = problems(h, articles);
  if (run.killed) console.log(`kill ${kills}: after ${delay} ms (--jobs ${jobs}), ${upToDate()} of ${FILES} files up to date${p.length ? `: ${p.join("; ")}` : ""}`);
  if (p.length) fail(`after ${run.killed ? `kill ${kills}` : `round ${round}`}: ${p.join("; ")}`);
  articles = h.articles;
}
const last = await ingest(1, null);
if (last.status !== 0) fail(`the final ingest exited ${last.status}: ${last.stderr.trim()}`);
const report = JSON.parse(last.stdout);
const h = health();
const p = problems(h, 0);
if (report.added + report.unchanged + report.updated !== FILES || report.failed || h.files !== FILES || h.articles !== FILES) {
  p.push(`final ingest: ${JSON.stringify({ ...report, files: undefined })}, archive ${JSON.stringify(h)}`);
}
if (upToDate() !== FILES) p.push(`only ${upToDate()} of ${FILES} files hold their current text`);
if (p.length) fail(p.join("; "));
console.error(`soak: ok: ${kills} kills (${finished} runs finished first), then every file once (${((performance.now() - started) / 1000).toFixed(0)} s)`);
if (!flag("keep") && !opt("work")) rmSync(work, { recursive: true, force: true });
