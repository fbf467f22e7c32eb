#!/usr/bin/env node
// npm run bench -- [--corpus DIR | --n 10000] [--json] [--keep]
//
// Measures news where people feel it: ingest speed and memory beside the floor (the same texts into
// FTS5 by a bare loop, scripts/ingest-floor.mjs), archive size, search latency in
// the process and as a whole command, timeline and top (scripts/timeline-latency.mjs, fewer runs),
// list, export, re-ingest and start-up. Without --corpus it
// generates a deterministic corpus of its own (no ../shared needed). For realistic text:
//   node ../shared/tools/scale-corpus.mjs --src ../shared/corpora/bbc --n 100000 --out /tmp/corpus-100k
//   npm run bench -- --corpus /tmp/corpus-100k
// A script, not a test: timings on shared machines are noisy, so compare ratios between runs.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, availableParallelism, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { bin, flag, library, opt, rng, root } from "./common.mjs";
import { inProcess as countsInProcess, wholeProcess as countsWholeProcess } from "./timeline-latency.mjs";

if (flag("help")) {
  console.log("usage: npm run bench -- [--corpus DIR | --n N] [--json] [--keep] [--work DIR]");
  process.exit(0);
}
const { openArchive, search } = await library("bench");

const work = opt("work") ?? mkdtempSync(join(tmpdir(), "news-bench-"));
mkdirSync(work, { recursive: true });
const log = (m) => process.stderr.write(`${m}\n`);

// ---------------------------------------------------------------- corpus
const WORDS = `government minister election party vote council budget tax economy market shares profit bank
interest rates inflation growth trade deal oil gas energy prices company firm chief executive sales
quarter results investors stock exchange court judge trial police investigation officials report
study scientists research university health hospital patients doctors drug vaccine climate weather
storm flood city river bridge railway station airport flight passengers train road transport plan
school teachers students children families housing rent workers union strike wages jobs unemployment
film music festival award director actor album concert theatre museum exhibition artist book novel
football club match season league cup team coach player goal victory defeat championship final
technology software internet phone mobile computer data privacy security online users network
president prime leader talks summit treaty sanctions border military troops army conflict peace
Venezuela Argentina Russia China Brazil Germany France Spain India Japan Kenya Canada Australia
London Paris Caracas Moscow Beijing Berlin Madrid Nairobi Sydney Toronto Washington Tokyo
said told added would could also however after before while during since about against between
new old first last year month week today yesterday morning evening early late major minor local
national international public private official independent former current senior junior`.split(/\s+/);
const SECTIONS = ["Business", "Politics", "Sport", "Technology", "Culture", "International"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A deterministic corpus in the web-page shape: section line, headline, dateline, body, trailer. */
function generate(dir, n) {
  const rand = rng(1);
  // Zipf-like: early words far more frequent, as in real text.
  const word = () => WORDS[Math.floor(WORDS.length * rand() ** 2.2)];
  const sentence = () => {
    const len = 8 + Math.floor(rand() * 18);
    const w = Array.from({ length: len }, word);
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return `${w.join(" ")}.`;
  };
  for (const s of SECTIONS) mkdirSync(join(dir, s.toLowerCase()), { recursive: true });
  for (let i = 0; i < n; i++) {
    const section = SECTIONS[i % SECTIONS.length];
    const title = Array.from({ length: 4 + Math.floor(rand() * 6) }, word).join(" ");
    const year = 2000 + Math.floor(rand() * 26);
    const month = MONTHS[Math.floor(rand() * 12)];
    const day = 1 + Math.floor(rand() * 28);
    const paragraphs = Array.from({ length: 4 + Math.floor(rand() * 5) }, () =>
      Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(" "),
    );
    const place = ["London", "Caracas", "Paris", "Nairobi", "Toronto"][i % 5];
    paragraphs[0] = `${place}, ${month} ${day}, ${year} – ${paragraphs[0]}`;
    const text = `News: ${section}\n\n${title[0].toUpperCase()}${title.slice(1)} (${i})\n\n${paragraphs.join("\n\n")}\n\nPublished on ${month} ${day}, ${year}\n`;
    writeFileSync(join(dir, section.toLowerCase(), `${String(i).padStart(7, "0")}.txt`), text);
  }
}

function corpusBytes(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

// ---------------------------------------------------------------- processes
/** Runs a command; returns wall ms, peak RSS (MB, from /proc VmHWM), exit code and stdout bytes. */
function run(cmd, argv, { env = {}, capture = false } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let peak = 0;
    let outBytes = 0;
    const chunks = [];
    let err = "";
    const poll = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {
        // the process has ended, or /proc is not there (not Linux): peak stays as measured
      }
    };
    const timer = setInterval(poll, 20);
    child.stdout.on("data", (d) => {
      outBytes += d.length;
      if (capture) chunks.push(d);
      poll();
    });
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => {
      poll();
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakMB: peak || null, code, outBytes, stdout: capture ? Buffer.concat(chunks).toString() : "", stderr: err });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const round = (x, d = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);

// ---------------------------------------------------------------- the run
const QUERIES = [
  "government", "oil", "election", "market shares", '"prime minister"', '"oil prices"', "venezuela oil deal",
  "elect*", "minist*", "football OR music", "(oil OR gas) prices", "title:government", "title:\"oil deal\"",
  "section:business profit", "place:caracas", "bank -interest", "NEAR(oil prices, 5)", "court judge trial",
  "technology software users", "Rodriguez", "U.S. C++ (oil)", "climate storm flood city", "festival award",
  "zzzz nonexistent words here", "president talks summit sanctions border",
];
const FILTERED = [
  ["oil", { since: "2010", until: "2015" }],
  ["government", { section: "Politics" }],
  ["market", { sort: "date" }],
];

async function main() {
  let corpus = opt("corpus");
  const n = Number(opt("n", "10000"));
  if (!corpus) {
    corpus = join(work, "corpus");
    if (!existsSync(corpus)) {
      log(`generating ${n.toLocaleString("en-US")} articles in ${corpus}`);
      generate(corpus, n);
    }
  }
  const { files, bytes } = corpusBytes(corpus);
  const db = join(work, "bench.db");
  rmSync(db, { force: true });
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
  const env = { NEWS_DB: db };
  const figures = {
    machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? "unknown", memoryGB: round(totalmem() / 2 ** 30), node: process.version, platform: process.platform },
    corpus: { path: corpus, files, megabytes: round(bytes / 2 ** 20) },
  };

  // The floor (scripts/ingest-floor.mjs: the same texts into FTS5 by a bare loop) runs before and
  // after ingest, so that both see the corpus as ingest does; the better of the two is the floor.
  const floorRun = async () => {
    const r = await run(process.execPath, [join(root, "scripts", "ingest-floor.mjs"), "--corpus", corpus, "--json", "--db", join(work, "floor.db")], { capture: true });
    if (r.code !== 0) throw new Error(`the floor failed: ${r.stderr}`);
    return { ...JSON.parse(r.stdout), peakRssMB: round(r.peakMB) };
  };
  log("the floor: the same texts into FTS5 by a bare loop");
  const floors = [await floorRun()];

  log(`ingesting ${files.toLocaleString("en-US")} files (${round(bytes / 2 ** 20)} MB)`);
  const ingest = await run(bin, ["ingest", "-q", "--json", corpus], { env, capture: true });
  if (ingest.code !== 0 && ingest.code !== 1) throw new Error(`ingest failed: ${ingest.stderr}`);
  const report = JSON.parse(ingest.stdout);
  const stored = report.added + report.updated;
  figures.ingest = {
    seconds: round(ingest.ms / 1000, 2),
    articlesPerSecond: Math.round(files / (ingest.ms / 1000)),
    megabytesPerSecond: round(bytes / 2 ** 20 / (ingest.ms / 1000), 2),
    peakRssMB: round(ingest.peakMB),
    added: report.added,
    duplicate: report.duplicate,
    failed: report.failed,
  };
  floors.push(await floorRun());
  const floor = floors.reduce((a, b) => (b.articlesPerSecond > a.articlesPerSecond ? b : a));
  figures.floor = { articlesPerSecond: floor.articlesPerSecond, peakRssMB: floor.peakRssMB, bytesPerTextByte: floor.bytesPerTextByte, runs: floors.map((f) => f.articlesPerSecond) };
  figures.ingest.ofFloor = round(figures.ingest.articlesPerSecond / floor.articlesPerSecond, 2);
  const dbBytes = statSync(db).size + (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);
  figures.archive = { megabytes: round(dbBytes / 2 ** 20), bytesPerTextByte: round(dbBytes / bytes, 2), articles: stored };

  log("re-ingesting (all unchanged)");
  const again = await run(bin, ["ingest", "-q", corpus], { env });
  figures.reingest = { seconds: round(again.ms / 1000, 2), filesPerSecond: Math.round(files / (again.ms / 1000)), peakRssMB: round(again.peakMB) };

  log(`searching: ${QUERIES.length + FILTERED.length} queries in the process`);
  const archive = openArchive(db);
  const lat = [];
  const perQuery = [];
  for (const [q, o] of [...QUERIES.map((q) => [q, {}]), ...FILTERED]) {
    search(archive, q, o); // warm the page cache for this query
    const times = [];
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      const res = search(archive, q, o);
      times.push(performance.now() - t);
      if (r === 0) perQuery.push({ query: q, options: o, hits: res.hits.length, partial: res.partial });
    }
    lat.push(...times);
    perQuery[perQuery.length - 1].ms = round(median(times), 2);
  }
  archive.close();
  figures.searchInProcess = { queries: perQuery.length, p50ms: round(pct(lat, 50), 2), p95ms: round(pct(lat, 95), 2), maxms: round(Math.max(...lat), 2) };

  log("timing whole processes");
  const nodeBase = [];
  const version = [];
  for (let r = 0; r < 9; r++) {
    nodeBase.push((await run(process.execPath, ["-e", ""])).ms);
    version.push((await run(bin, ["--version"])).ms);
  }
  const cli = [];
  for (const q of ["government", '"oil prices"', "venezuela oil deal", "title:government"]) {
    for (let r = 0; r < 3; r++) cli.push((await run(bin, ["search", "--json", q], { env })).ms);
  }
  const base = median(nodeBase);
  figures.startup = { nodeMs: round(base), versionMs: round(median(version)), ratio: round(median(version) / base, 2) };
  figures.searchProcess = { medianMs: round(median(cli)), aboveNodeMs: round(median(cli) - base) };

  log("timeline and top place, in the process and as whole commands");
  const counting = await countsInProcess(db, { words: ["government", "market"], runs: 5 });
  const countingCmd = countsWholeProcess(db, { words: ["government"], procs: 5 });
  const rowsOf = (command) => counting.rows.filter((r) => r.command === command && r.query !== "");
  figures.counts = {
    timelineMs: Math.max(...rowsOf("timeline").map((r) => r.medianMs)),
    topPlaceMs: Math.max(...rowsOf("top place").map((r) => r.medianMs)),
    words: rowsOf("timeline").map((r) => r.query),
    commands: countingCmd.rows.map((r) => ({ command: r.command, ms: r.medianMs, aboveNodeMs: r.aboveNodeMs })),
    nodeMs: countingCmd.nodeMs,
    load: countingCmd.load,
    cases: counting.rows,
  };

  log("list and export");
  const list = await run(bin, ["list", "--json"], { env });
  figures.list = { ms: round(list.ms), peakRssMB: round(list.peakMB) };
  const exp = await run(bin, ["export", "--format", "ndjson"], { env });
  figures.export = {
    seconds: round(exp.ms / 1000, 2),
    articlesPerSecond: Math.round(stored / (exp.ms / 1000)),
    megabytes: round(exp.outBytes / 2 ** 20),
    peakRssMB: round(exp.peakMB),
  };
  figures.queries = perQuery;

  if (!flag("keep")) rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
  return figures;
}

function table(f) {
  const rows = [
    ["machine", `${f.machine.cores} cores, ${f.machine.cpu}, ${f.machine.memoryGB} GB, Node ${f.machine.node}`],
    ["corpus", `${f.corpus.files.toLocaleString("en-US")} files, ${f.corpus.megabytes} MB (${f.corpus.path})`],
    ["ingest", `${f.ingest.articlesPerSecond.toLocaleString("en-US")} articles/s, ${f.ingest.megabytesPerSecond} MB/s, ${f.ingest.seconds} s, peak RSS ${f.ingest.peakRssMB} MB`],
    ["floor", `${f.floor.articlesPerSecond.toLocaleString("en-US")} articles/s (the better of ${f.floor.runs.map((r) => r.toLocaleString("en-US")).join(" and ")}), peak RSS ${f.floor.peakRssMB} MB: ingest is ${f.ingest.ofFloor} × the floor`],
    ["archive", `${f.archive.megabytes} MB, ${f.archive.bytesPerTextByte} bytes per byte of text, ${f.archive.articles.toLocaleString("en-US")} articles`],
    ["re-ingest", `${f.reingest.filesPerSecond.toLocaleString("en-US")} files/s (all unchanged), peak RSS ${f.reingest.peakRssMB} MB`],
    ["search", `in process p50 ${f.searchInProcess.p50ms} ms, p95 ${f.searchInProcess.p95ms} ms (${f.searchInProcess.queries} queries)`],
    ["search cmd", `${f.searchProcess.medianMs} ms, ${f.searchProcess.aboveNodeMs} ms above node -e ''`],
    ["--version", `${f.startup.versionMs} ms = ${f.startup.ratio} × node -e '' (${f.startup.nodeMs} ms)`],
    ["timeline/top", `in process ${f.counts.timelineMs} / ${f.counts.topPlaceMs} ms (the slower of ${f.counts.words.join(", ")}); commands ${f.counts.commands.map((c) => `${c.aboveNodeMs}`).join(" / ")} ms above node -e 0 (load ${f.counts.load[0]})`],
    ["list", `${f.list.ms} ms, peak RSS ${f.list.peakRssMB} MB`],
    ["export", `${f.export.articlesPerSecond.toLocaleString("en-US")} articles/s (ndjson, ${f.export.megabytes} MB), peak RSS ${f.export.peakRssMB} MB`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join("\n");
}

const figures = await main();
console.log(flag("json") ? JSON.stringify(figures, null, 2) : table(figures));
