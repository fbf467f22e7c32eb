#!/usr/bin/env node
// node scripts/story-cost.mjs --corpus DIR [--into ARCHIVE] [--runs 3] [--jobs N] [--profile] [--json] [--work DIR]
//
// What story detection costs ingest (issue 13: at most 10% of ingest time). Ingests the same folder
// into fresh archives with story detection on and with it skipped (story-cost-skip.mjs edits the
// two calls out of dist/ as it loads, so the project itself is not changed), in interleaved runs
// (on, off, off, on, ...), and prints the medians: wall time, files per second, CPU time (user + sys
// of every thread) and peak memory, and the share of ingest time that story detection costs.
//
// --into ARCHIVE ingests into a fresh copy of that archive each time instead of an empty one: the
// cost of story detection for articles added to a large archive (its stories made as usual), e.g.
// 3,000 new scale-corpus files into a 100k archive.
//
// --profile also runs one ingest with --cpu-prof (a profile per thread: the writer and each parser
// thread) and sums the samples with a frame of dist/core/stories/ on the stack (its SQL included):
// story detection's share of each thread's CPU, which the wall-time difference cannot split.
//
// Needs /usr/bin/time (GNU time). A script, not a test: on a shared machine compare medians, and
// read them beside the load average printed with them.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { bin, flag, opt, root } from "./common.mjs";

if (flag("help") || !opt("corpus")) {
  console.log("usage: node scripts/story-cost.mjs --corpus DIR [--into ARCHIVE] [--runs N] [--jobs N] [--profile] [--json] [--work DIR]");
  process.exit(flag("help") ? 0 : 2);
}
const corpus = opt("corpus");
const runs = Number(opt("runs", "3"));
const jobs = opt("jobs");
const into = opt("into");
const work = opt("work") ?? mkdtempSync(join(tmpdir(), "news-story-cost-"));
mkdirSync(work, { recursive: true });
const log = (m) => process.stderr.write(`${m}\n`);
const skip = join(root, "scripts", "story-cost-skip.mjs");

/** One ingest into a fresh archive: wall and CPU seconds, peak RSS in MB, files. */
function ingest(stories, extra = []) {
  const db = join(work, `${stories ? "on" : "off"}.db`);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  if (into) for (const f of ["", "-wal"]) if (existsSync(`${into}${f}`)) copyFileSync(`${into}${f}`, `${db}${f}`);
  const node = [...extra, ...(stories ? [] : ["--import", skip]), bin, "--db", db, "ingest", "--json", ...(jobs ? ["--jobs", jobs] : []), corpus];
  const r = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S %M", process.execPath, ...node], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`ingest failed (${r.status}): ${r.stderr.slice(-500)}`);
  const [wall, user, sys, rssKb] = r.stderr.match(/TIME (\S+) (\S+) (\S+) (\S+)/).slice(1).map(Number);
  const report = JSON.parse(r.stdout);
  return { wall, cpu: user + sys, rss: rssKb / 1024, files: report.added + report.duplicate + report.updated, load: loadavg()[0] };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const on = [];
const off = [];
for (let i = 0; i < runs; i++) {
  // Interleaved, alternating which goes first, so a change in the machine's load falls on both.
  for (const stories of i % 2 ? [false, true] : [true, false]) {
    const r = ingest(stories);
    (stories ? on : off).push(r);
    log(`run ${i + 1} stories ${stories ? "on " : "off"}: ${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU, ${Math.round(r.rss)} MB, ${r.files} files, load ${r.load.toFixed(2)}`);
  }
}
const summary = (rs) => ({
  wallS: median(rs.map((r) => r.wall)),
  cpuS: median(rs.map((r) => r.cpu)),
  filesPerS: Math.round(rs[0].files / median(rs.map((r) => r.wall))),
  peakRssMb: Math.round(median(rs.map((r) => r.rss))),
});
const result = {
  corpus,
  into: into ?? null,
  files: on[0].files,
  runs,
  on: summary(on),
  off: summary(off),
  load: [Math.min(...[...on, ...off].map((r) => r.load)), Math.max(...[...on, ...off].map((r) => r.load))],
};
// The share of the ingest (with stories) that story detection is: (on - off) / on.
result.wallShare = +((result.on.wallS - result.off.wallS) / result.on.wallS).toFixed(3);
result.cpuShare = +((result.on.cpuS - result.off.cpuS) / result.on.cpuS).toFixed(3);

if (flag("profile")) {
  const dir = join(work, "prof");
  rmSync(dir, { recursive: true, force: true });
  ingest(true, ["--cpu-prof", "--cpu-prof-dir", dir]);
  result.profile = readdirSync(dir).map((f) => threadShare(JSON.parse(readFileSync(join(dir, f), "utf8")), f));
}

/** Of one thread's profile: its sampled CPU seconds and the share with story code on the stack. */
function threadShare(profile, file) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inStories = new Map();
  const stories = (id) => {
    if (inStories.has(id)) return inStories.get(id);
    const n = byId.get(id);
    const p = parent.get(id);
    const v = n.callFrame.url.includes("/dist/core/stories/") || (p !== undefined && stories(p));
    inStories.set(id, v);
    return v;
  };
  let total = 0;
  let story = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const name = byId.get(id).callFrame.functionName;
    if (name === "(idle)") idle += dt;
    else total += dt;
    if (stories(id)) story += dt;
  });
  return { file, busyS: +(total / 1e6).toFixed(2), idleS: +(idle / 1e6).toFixed(2), storiesS: +(story / 1e6).toFixed(2), share: +(story / Math.max(1, total)).toFixed(3) };
}

if (flag("json")) console.log(JSON.stringify(result, null, 2));
else {
  const row = (name, s) => `${name}  ${s.wallS.toFixed(2)} s  ${String(s.filesPerS).padStart(5)} files/s  CPU ${s.cpuS.toFixed(2)} s  peak ${s.peakRssMb} MB`;
  console.log(`${result.files} files from ${corpus}${into ? ` into a copy of ${into}` : ""}, medians of ${runs} interleaved runs (load ${result.load.map((l) => l.toFixed(2)).join("-")})`);
  console.log(row("stories on ", result.on));
  console.log(row("stories off", result.off));
  console.log(`story detection: ${(result.wallShare * 100).toFixed(1)}% of ingest wall time, ${(result.cpuShare * 100).toFixed(1)}% of its CPU time`);
  for (const t of result.profile ?? []) {
    console.log(`profile ${t.file}: busy ${t.busyS} s, in stories ${t.storiesS} s (${(t.share * 100).toFixed(1)}%)`);
  }
}
if (!opt("work")) rmSync(work, { recursive: true, force: true });
