#!/usr/bin/env node
// In-process search latency over an existing archive: a dozen typical queries (common words,
// phrases, prefixes, field terms, OR, filters, partial-match fallbacks), each run several times.
// A script, not a test: timings on shared machines are noisy. Needs a build (`npx tsc -p .`).
//
//   node scripts/search-latency.mjs --db /tmp/rel-100k.db [--runs 5] [--json] [--articles]
//
// --articles searches every article, without folding stories into one hit: the difference between
// a run with it and one without is what folding costs.
//
// Build a large archive first, e.g.:
//   node ../shared/tools/scale-corpus.mjs --src ../shared/corpora/bbc --n 100000 --out /tmp/corpus-100k
//   ./bin/news --db /tmp/rel-100k.db ingest /tmp/corpus-100k
import { parseArgs } from "node:util";
import { openArchive, search } from "../dist/index.js";
import { helpOnRequest } from "./common.mjs";

helpOnRequest(import.meta.url);

const { values: args } = parseArgs({
  options: {
    db: { type: "string" },
    runs: { type: "string", default: "5" },
    json: { type: "boolean", default: false },
    articles: { type: "boolean", default: false },
  },
});
if (!args.db) {
  process.stderr.write("search-latency: --db FILE is required (an archive to search)\n");
  process.exit(2);
}

/** [label, query, options] */
const CASES = [
  ["common word", "government", {}],
  ["two common words", "government plans", {}],
  ["name", "tony blair", {}],
  ["phrase", '"interest rates"', {}],
  ["prefix", "econom*", {}],
  ["field term", "title:oil", {}],
  ["field + word", "title:election labour", {}],
  ["OR", "oil OR gas", {}],
  ["negation", "chelsea -arsenal", {}],
  ["filtered", "government", { section: "Politics", since: "2010" }],
  ["date sort", "government", { sort: "date" }],
  ["partial: misspelt name", "kenderis thanou drug ban", {}],
  ["paraphrase", "uk buys most music", {}],
  ["five common words", "minister says plans good news", {}],
  ["partial: unknown word", "zzyzx government says plans", {}],
  ["no hits", "zzyzx", {}],
];

const runs = Math.max(1, Number(args.runs));
const archive = openArchive(args.db);
const rows = [];
const all = [];
const allCpu = []; // CPU time: what the search itself costs, whatever else the machine is doing
for (const [label, query, caseOptions] of CASES) {
  const options = args.articles ? { ...caseOptions, articles: true } : caseOptions;
  search(archive, query, options); // warm: statements, pages
  const times = [];
  const cpus = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = search(archive, query, options);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  all.push(...times);
  allCpu.push(...cpus);
  const mid = Math.floor(times.length / 2);
  rows.push({ label, query, options, median: times[mid], max: times.at(-1), cpu: cpus[mid], hits: result.hits.length, partial: result.partial });
}
archive.close();
all.sort((a, b) => a - b);
allCpu.sort((a, b) => a - b);
const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const summary = {
  p50: pct(all, 50),
  p95: pct(all, 95),
  max: all.at(-1),
  cpuP50: pct(allCpu, 50),
  cpuP95: pct(allCpu, 95),
  samples: all.length,
};

if (args.json) {
  process.stdout.write(`${JSON.stringify({ archive: args.db, runs, summary, cases: rows }, null, 2)}\n`);
} else {
  for (const r of rows) {
    const opts = Object.keys(r.options).length ? ` ${JSON.stringify(r.options)}` : "";
    process.stdout.write(
      `${r.median.toFixed(1).padStart(7)} ms (max ${r.max.toFixed(1).padStart(6)}, cpu ${r.cpu.toFixed(1).padStart(6)})  ${String(r.hits).padStart(2)} hits${r.partial ? " partial" : "        "}  ${r.label}: ${r.query}${opts}\n`,
    );
  }
  const f = (x) => x.toFixed(1);
  process.stdout.write(
    `wall p50 ${f(summary.p50)} ms  p95 ${f(summary.p95)} ms  max ${f(summary.max)} ms;  cpu p50 ${f(summary.cpuP50)} ms  p95 ${f(summary.cpuP95)} ms  (${summary.samples} runs)\n`,
  );
}
