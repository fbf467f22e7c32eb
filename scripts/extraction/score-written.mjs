#!/usr/bin/env node
// Scores the parser on a set of pages written for it: a folder of plain-text pages (01.txt, 02.txt, …)
// and their labels in set.jsonl, one record a page as dev.jsonl's ({"file": "01.txt", "title", "date",
// "place", "author", "bodyStart", "bodyEnd", "notBody": [...]}). How such sets are written, and kept
// held out, is in WRITTEN-SETS.md beside this script.
//
//   npm run build && node scripts/extraction/score-written.mjs SETDIR [SETDIR …] [--dist DIR] [--verbose]
//
// Prints each set's mean and per-field scores, and with --verbose every miss (which opens the set:
// see WRITTEN-SETS.md). Fields are compared as ../shared/tools/score-extraction.mjs compares them;
// section is not labelled in written sets. --dist scores another build (a worktree's dist/).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const at = args.indexOf("--dist");
const dist = resolve(at >= 0 && args[at + 1] ? args[at + 1] : join(import.meta.dirname, "..", "..", "dist"));
const sets = args.filter((a, i) => !a.startsWith("--") && !(at >= 0 && i === at + 1));
if (sets.length === 0 || args.includes("--help")) {
  console.log("usage: node scripts/extraction/score-written.mjs SETDIR [SETDIR …] [--dist DIR] [--verbose]");
  process.exit(sets.length === 0 && !args.includes("--help") ? 2 : 0);
}
if (!existsSync(join(dist, "core", "parse", "article.js"))) {
  console.error(`score-written: no build at ${dist}: run npm run build first`);
  process.exit(1);
}
const { parseArticle } = await import(pathToFileURL(join(dist, "core", "parse", "article.js")).href);

const loose = (s) => String(s ?? "").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const names = (s) => String(s ?? "").replace(/^\s*by\s+/i, "").split(/\s+(?:and|und|et|y|и)\s+|\s*(?:[,&\/]|&amp;)\s*/i).map(loose).filter(Boolean).sort().join("|");
const same = {
  title: (g, p) => loose(g) === loose(p),
  date: (g, p) => String(g) === String(p ?? "").slice(0, 10),
  place: (g, p) => loose(String(g).split(",")[0]) === loose(String(p ?? "").split(",")[0]),
  author: (g, p) => names(g) === names(p),
};
const isEmpty = (v) => v == null || (typeof v === "string" && v.trim() === "");
const FIELDS = ["title", "date", "place", "author"];

let failed = false;
for (const dir of sets) {
  const labels = join(dir, "set.jsonl");
  if (!existsSync(labels)) {
    console.error(`score-written: ${labels} not found: a set is a folder of pages with their labels in set.jsonl`);
    failed = true;
    continue;
  }
  const tally = Object.fromEntries([...FIELDS, "body"].map((f) => [f, { ok: 0, n: 0 }]));
  const gold = readFileSync(labels, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  for (const g of gold) {
    const a = parseArticle(readFileSync(join(dir, g.file), "utf8"));
    const misses = [];
    for (const f of FIELDS) {
      if (g[f] === "?" || g[f] === undefined || (f === "title" && g[f] === null)) continue;
      const ok = g[f] === null ? isEmpty(a[f]) : !isEmpty(a[f]) && same[f](g[f], a[f]);
      tally[f].n++;
      if (ok) tally[f].ok++;
      else misses.push(`${f} expected ${JSON.stringify(g[f])} got ${JSON.stringify(a[f] ?? null)}`);
    }
    const body = loose(a.body);
    const problems = [];
    if (g.bodyStart && !body.includes(loose(g.bodyStart))) problems.push("lacks its start");
    if (g.bodyEnd && !body.includes(loose(g.bodyEnd))) problems.push("lacks its end");
    for (const junk of g.notBody ?? []) if (loose(junk) && body.includes(loose(junk))) problems.push(`keeps ${JSON.stringify(junk)}`);
    tally.body.n++;
    if (problems.length === 0) tally.body.ok++;
    else misses.push(`body ${problems.join("; ")}`);
    if (verbose && misses.length) console.log(`  ${g.file}: ${misses.join(" | ")}`);
  }
  const pct = (t) => (t.n ? t.ok / t.n : 1);
  const mean = [...FIELDS, "body"].reduce((s, f) => s + pct(tally[f]), 0) / (FIELDS.length + 1);
  console.log(`${dir}  ${mean.toFixed(3)}  ${[...FIELDS, "body"].map((f) => `${f}=${pct(tally[f]).toFixed(3)}`).join(" ")}  (${gold.length} pages)`);
}
process.exit(failed ? 1 : 0);
