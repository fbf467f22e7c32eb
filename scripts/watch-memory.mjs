#!/usr/bin/env node
// Memory of a long `news ingest --watch`: drops --n generated articles (default 3000) into a watched
// folder over --seconds (default 120), in sub-folders of 100, with every tenth file rewritten later;
// samples the watcher's resident memory (VmRSS) every second, then stops it with SIGTERM and checks
// that every file is in the archive. Prints the samples by quarter.
// With --distinct K, the n writes go to K files in turn (each rewritten n/K times): the archive then
// stays the same size, so any growth left is the watcher's own.
//   node scripts/watch-memory.mjs [--n 3000] [--seconds 120] [--distinct K] [--json]
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bin, flag, library, opt, rng } from "./common.mjs";
import { helpOnRequest } from "./common.mjs";

helpOnRequest(import.meta.url);

const n = Number(opt("n", "3000"));
const seconds = Number(opt("seconds", "120"));
const distinct = Number(opt("distinct", "0")) || 0;
const { openArchive } = await library("watch-memory");
const dir = mkdtempSync(join(tmpdir(), "news-watch-memory-"));
const inbox = join(dir, "inbox");
const db = join(dir, "news.db");
mkdirSync(inbox);

const WORDS = "government minister election council budget market shares bank rates growth trade oil energy court police study river bridge railway school housing festival".split(" ");
function text(i, version = 0) {
  const r = rng(i * 7919 + version);
  const words = (k) => Array.from({ length: k }, () => WORDS[Math.floor(r() * WORDS.length)]).join(" ");
  return `Story ${i}: ${words(6)}\n\nLONDON, March ${1 + (i % 28)}, 2021 – ${words(120)}.\n\n${words(150)}${version ? ` (revised ${version})` : ""}.\n`;
}

const rss = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024;
  } catch {
    return NaN;
  }
};

const child = spawn(process.execPath, [bin, "--db", db, "ingest", "--watch", inbox], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
let stderr = "";
child.stderr.on("data", (d) => (stderr += d));
const exited = new Promise((done) => child.on("close", (code, signal) => done({ code, signal })));
while (!/watching/.test(stderr)) await new Promise((r) => setTimeout(r, 50));

const samples = [];
const started = Date.now();
const sampler = setInterval(() => samples.push({ t: (Date.now() - started) / 1000, mb: rss(child.pid) }), 1000);
let written = 0;
let rewrites = 0;
const perTick = n / (seconds * 10);
await new Promise((done) => {
  const tick = setInterval(() => {
    const target = Math.min(n, Math.round(((Date.now() - started) / 1000) * 10 * perTick));
    for (; written < target; written++) {
      if (distinct) {
        const i = written % distinct;
        const sub = join(inbox, `d${Math.floor(i / 100)}`);
        mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, `a${i}.txt`), text(i, Math.floor(written / distinct)));
        continue;
      }
      const sub = join(inbox, `d${Math.floor(written / 100)}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `a${written}.txt`), text(written));
      // Every tenth earlier file changes once.
      if (written % 10 === 5 && written >= 50) {
        const j = written - 50;
        writeFileSync(join(inbox, `d${Math.floor(j / 100)}`, `a${j}.txt`), text(j, 1));
        rewrites++;
      }
    }
    if (written >= n) {
      clearInterval(tick);
      done();
    }
  }, 100);
});
// Let the last batches settle, then stop.
const lastBatchBefore = Date.now();
await new Promise((r) => setTimeout(r, 4000));
clearInterval(sampler);
child.kill("SIGTERM");
const { code } = await exited;
const archive = openArchive(db);
const stored = archive.db.prepare("SELECT count(*) AS n FROM articles").get().n;
const revised = archive.db.prepare("SELECT count(*) AS n FROM articles WHERE body LIKE '%(revised %'").get().n;
archive.close();
const batches = stderr.split("\n").filter((l) => /^\d\d:\d\d:\d\d \d/.test(l)).length;

const mb = samples.map((s) => s.mb).filter(Number.isFinite);
const quarter = (q) => mb.slice(Math.floor((q * mb.length) / 4), Math.floor(((q + 1) * mb.length) / 4));
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)] ?? NaN;
const result = {
  files: n,
  rewrites,
  seconds: (lastBatchBefore - started) / 1000,
  stored,
  revised,
  batches,
  exitCode: code,
  rssMedianByQuarterMB: [0, 1, 2, 3].map((q) => Math.round(median(quarter(q)))),
  rssMaxMB: Math.round(Math.max(...mb)),
  rssMinMB: Math.round(Math.min(...mb)),
};
if (flag("json")) console.log(JSON.stringify(result));
else {
  console.log(`${n} files (+${rewrites} rewrites) over ${result.seconds.toFixed(0)} s: ${stored} articles stored, ${revised} revised, ${batches} batches, exit ${code}`);
  console.log(`RSS median by quarter: ${result.rssMedianByQuarterMB.join(" / ")} MB; min ${result.rssMinMB}, max ${result.rssMaxMB} MB`);
}
rmSync(dir, { recursive: true, force: true });
if (stored !== (distinct || n) || code !== 0) process.exitCode = 1;
