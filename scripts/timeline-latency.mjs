#!/usr/bin/env node
// How long `news timeline` and `news top place` take on an existing archive: in the process
// (median, p95 and fastest of several runs after a warm-up, with the CPU time, which other work on
// the machine disturbs less; the fastest run is the one least disturbed) and as whole commands
// against `node -e 0` (median and fastest of several runs, taken in turn so a drift in the
// machine's speed falls on all alike). Each figure carries the load average when it was taken: on
// a shared machine a figure at a load of 4 is not one at 0.5.
// A script, not a test. Needs a build (`npm run build`).
//
//   node scripts/timeline-latency.mjs --db /tmp/bench-100k.db [--runs 20] [--procs 10] [--json]
//                                     [--words government,market,said,chelsea]
//
// Build a large archive first, e.g.:
//   node ../shared/tools/scale-corpus.mjs --src ../shared/corpora/bbc --n 100000 --out /tmp/corpus-100k
//   ./bin/news --db /tmp/bench-100k.db ingest /tmp/corpus-100k
// `npm run bench` runs the same measurement, with fewer runs, on the archive it builds.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { bin, root } from "./common.mjs";

/** The words timed by default: three common in news text (`said` in most articles) and a rarer one. */
export const DEFAULT_WORDS = ["government", "market", "said", "chelsea"];

const load = () => loadavg().map((x) => Math.round(x * 100) / 100);
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)];
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** The library's counting functions, from the build. */
async function counting() {
  const file = join(root, "dist", "core", "timeline.js");
  if (!existsSync(file)) throw new Error("dist/ is missing; run npm run build first");
  const [{ timeline, top }, { openArchive }] = await Promise.all([import(pathToFileURL(file).href), import(pathToFileURL(join(root, "dist", "index.js")).href)]);
  return { timeline, top, openArchive };
}

/** Times one call: the warm-up's result (for the number of matches), then `runs` timed calls. */
function time(fn, runs) {
  const result = fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { result, medianMs: round(median(wall), 2), p95Ms: round(p95(wall), 2), minMs: round(Math.min(...wall), 2), cpuMs: round(median(cpu), 2) };
}

/** In-process figures: `timeline` and `top place` for each word and for no query (every article). */
export async function inProcess(db, { words = DEFAULT_WORDS, runs = 20 } = {}) {
  const { timeline, top, openArchive } = await counting();
  const archive = openArchive(db);
  const rows = [];
  try {
    for (const word of ["", ...words]) {
      const before = load();
      const t = time(() => timeline(archive, word), runs);
      const matches = t.result.points.reduce((n, p) => n + p.count, 0) + t.result.undated;
      rows.push({ command: "timeline", query: word, matches, periods: t.result.points.length, by: t.result.by, ...t, result: undefined, load: before });
      const before2 = load();
      const p = time(() => top(archive, "place", word), runs);
      const placed = p.result.values.reduce((n, v) => n + v.count, 0);
      rows.push({ command: "top place", query: word, matches: placed + p.result.without, distinct: p.result.distinct, ...p, result: undefined, load: before2 });
    }
  } finally {
    archive.close();
  }
  return { runs, rows };
}

/** Wall time of one process, stdout and stderr read and thrown away. */
function spawnMs(cmd, argv, env) {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 2 ** 20 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${[cmd, ...argv].join(" ")} exited ${r.status}: ${String(r.stderr).trim()}`);
  return ms;
}

/** Whole-command figures: `news timeline <word>` and `news top place <word>` against `node -e 0`, taken in turn. */
export function wholeProcess(db, { words = DEFAULT_WORDS.slice(0, 1), procs = 10 } = {}) {
  const commands = words.flatMap((w) => [["timeline", w], ["top", "place", w]]);
  const before = load();
  const node = [];
  const times = commands.map(() => []);
  spawnMs(bin, ["--db", db, ...commands[0]]); // warm the page cache and the compile cache
  for (let r = 0; r < procs; r++) {
    node.push(spawnMs(process.execPath, ["-e", "0"]));
    commands.forEach((c, i) => times[i].push(spawnMs(bin, ["--db", db, ...c])));
  }
  const nodeMs = median(node);
  return {
    procs,
    load: before,
    loadAfter: load(),
    nodeMs: round(nodeMs),
    nodeMinMs: round(Math.min(...node)),
    rows: commands.map((c, i) => ({
      command: `news ${c.join(" ")}`,
      medianMs: round(median(times[i])),
      aboveNodeMs: round(median(times[i]) - nodeMs),
      minMs: round(Math.min(...times[i])),
      aboveNodeMinMs: round(Math.min(...times[i]) - Math.min(...node)),
    })),
  };
}

export function formatFigures({ inProcess: ip, wholeProcess: wp }) {
  const lines = [`in process (median / p95 / fastest of ${ip.runs} runs after a warm-up; CPU median; load average before each)`];
  for (const r of ip.rows) {
    const what = `${r.command} ${r.query === "" ? "(no query)" : r.query}`.padEnd(26);
    const extra = r.command === "timeline" ? `${r.periods} ${r.by}s` : `${r.distinct.toLocaleString("en-US")} places`;
    lines.push(
      `  ${what} ${r.medianMs.toFixed(1).padStart(6)} / ${r.p95Ms.toFixed(1).padStart(6)} / ${r.minMs.toFixed(1).padStart(6)} ms  cpu ${r.cpuMs.toFixed(1).padStart(6)} ms  ${r.matches.toLocaleString("en-US").padStart(9)} matches, ${extra}  load ${r.load.join(" ")}`,
    );
  }
  lines.push(`whole process (median and fastest of ${wp.procs}; node -e 0: ${wp.nodeMs} ms, fastest ${wp.nodeMinMs} ms; load ${wp.load.join(" ")} before, ${wp.loadAfter.join(" ")} after)`);
  for (const r of wp.rows) {
    lines.push(`  ${r.command.padEnd(30)} ${r.medianMs.toFixed(1).padStart(6)} ms = node + ${r.aboveNodeMs} ms; fastest ${r.minMs.toFixed(1)} ms = node + ${r.aboveNodeMinMs} ms`);
  }
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values: args } = parseArgs({
    options: {
      db: { type: "string" },
      runs: { type: "string", default: "20" },
      procs: { type: "string", default: "10" },
      words: { type: "string", default: DEFAULT_WORDS.join(",") },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (args.help || !args.db) {
    (args.help ? process.stdout : process.stderr).write("usage: node scripts/timeline-latency.mjs --db FILE [--runs 20] [--procs 10] [--words w1,w2] [--json]\n");
    process.exit(args.help ? 0 : 2);
  }
  if (!existsSync(args.db)) {
    process.stderr.write(`timeline-latency: no archive at ${args.db}\n`);
    process.exit(1);
  }
  const words = args.words.split(",").map((w) => w.trim()).filter(Boolean);
  const figures = {
    archive: args.db,
    inProcess: await inProcess(args.db, { words, runs: Math.max(1, Number(args.runs)) }),
    wholeProcess: wholeProcess(args.db, { words, procs: Math.max(1, Number(args.procs)) }),
  };
  process.stdout.write(args.json ? `${JSON.stringify(figures, null, 2)}\n` : `${formatFigures(figures)}\n`);
}
