#!/usr/bin/env node
// Scores extraction against hand-labelled gold, per field and per source, the way
// ../shared/tools/score-extraction.mjs does, without building an archive: each file the gold names
// is decoded and parsed in this process.
//
//   npm run build && node scripts/extraction/evaluate.mjs [--gold FILE ...] [--corpora DIR] [--split N] [--dist DIR] [--verbose] [--json]
//
// --dist scores another build (a copy of dist/ made before a change, a worktree's): the start of a
// session against its end on the same gold. An option it does not know is refused, not ignored.
//
// Nothing in the parser is fitted to the gold by a program (its rules describe shapes), so a fold
// of a cross-validation would score exactly as in-sample; what measures generalization is gold
// the rules were never looked at against. Give such a file as a second --gold (each file is
// reported apart), or --split N to report records 1..N apart from the later ones (in dev.jsonl,
// records 81-140 were labelled after the rules of 1-80 were written).
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { defaultCorpora, loadGold, project } from "./gold.mjs";
import { ALL_FIELDS, mean, scoreRecord, share, tally } from "./score.mjs";
import { helpOnRequest } from "../common.mjs";

helpOnRequest(import.meta.url);

const args = process.argv.slice(2);
const all = (name) => args.flatMap((a, i) => (a === `--${name}` ? [args[i + 1]] : []));
const VALUED = ["gold", "corpora", "split", "dist"];
const unknown = args.find((a, i) => a.startsWith("--") && !VALUED.includes(a.slice(2)) && !["--verbose", "--json"].includes(a) && !VALUED.includes(args[i - 1]?.slice(2)));
if (unknown !== undefined) {
  console.error(`evaluate: unknown option ${unknown}: see --help`);
  process.exit(2);
}
const missing = VALUED.find((name) => args.includes(`--${name}`) && all(name).some((v) => v === undefined || v.startsWith("--")));
if (missing !== undefined) {
  console.error(`evaluate: --${missing} needs a value: see --help`);
  process.exit(2);
}
const corpora = resolve(all("corpora")[0] ?? defaultCorpora);
const golds = all("gold").length ? all("gold").map((g) => resolve(g)) : [join(corpora, "gold", "dev.jsonl")];
const split = Number(all("split")[0] ?? 0);
if (!existsSync(corpora)) {
  console.error(`evaluate: no corpora at ${corpora}: clone the project beside ../shared (or pass --corpora DIR); nothing scored`);
  process.exit(1);
}
const { prepare, parseArticle } = await project(all("dist")[0] ? resolve(all("dist")[0]) : undefined).catch((err) => {
  console.error(`evaluate: ${err.message}`);
  process.exit(1);
});

const report = {};
golds.forEach((goldPath, g) => {
  const items = loadGold(goldPath, corpora, prepare);
  if (!items) {
    console.error(`evaluate: no gold at ${goldPath}; skipped`);
    return;
  }
  const groups = new Map();
  const add = (key, r) => (groups.get(key) ?? groups.set(key, []).get(key)).push(r);
  items.forEach((item, i) => {
    const r = scoreRecord(item.g, parseArticle(item.text, {}));
    if (args.includes("--verbose") && r.why.length) console.error(`${item.g.file}: ${r.why.join("; ")}`);
    add("all", r);
    if (split && g === 0) add(i < split ? `records 1-${split}` : `records ${split + 1}-${items.length}`, r);
    add(`corpus ${item.corpus}`, r);
    if (item.source !== item.corpus) add(`source ${item.source}`, r);
  });
  const name = goldPath.split("/").pop();
  report[name] = {};
  for (const [key, results] of groups) {
    const t = tally(results);
    report[name][key] = { n: results.length, mean: mean(t), ...Object.fromEntries(ALL_FIELDS.map((f) => [f, share(t[f])])) };
  }
});

if (args.includes("--json")) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const cell = (x) => (Number.isNaN(x) ? "   - " : x.toFixed(3));
  for (const [name, rows] of Object.entries(report)) {
    console.log(`\n${name}\n${"".padEnd(34)}   n  ${ALL_FIELDS.map((f) => f.padStart(8)).join("")}     mean`);
    for (const [key, r] of Object.entries(rows)) console.log(`${key.padEnd(34)} ${String(r.n).padStart(3)}  ${ALL_FIELDS.map((f) => cell(r[f]).padStart(8)).join("")}  ${cell(r.mean).padStart(7)}`);
  }
}
