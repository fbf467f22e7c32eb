#!/usr/bin/env node
// node scripts/diff-latency.mjs [--corpora ../shared/corpora] [--words 5000] [--runs 15] [--seed 1] [--json]
//
// How long `news diff` takes as a whole process (issue 13: two 5,000-word versions in under 200 ms).
// Builds an article of about --words words from BBC paragraphs and a second version of it with the
// edits a correction makes (one word in twenty changed, a paragraph dropped, one added), ingests the
// first into a fresh archive and the second over it at the same path (the article is `updated`,
// keeping its id and the first text as version 1), then times `news diff <id>` beside `node -e 0`,
// interleaved, and prints the medians and the fastest runs. The texts go to a temporary folder,
// never into the project. A script, not a test: compare medians on a quiet machine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bin, flag, opt, rng, root } from "./common.mjs";

if (flag("help")) {
  console.log("usage: node scripts/diff-latency.mjs [--corpora DIR] [--words N] [--runs N] [--seed S] [--json]");
  process.exit(0);
}
const corpora = opt("corpora", join(root, "..", "shared", "corpora"));
const WORDS = Number(opt("words", "5000"));
const RUNS = Number(opt("runs", "15"));
const random = rng(Number(opt("seed", "1")));

// Paragraphs of BBC business stories, in a seeded order, until the article has WORDS words.
const folder = join(corpora, "bbc", "business");
const paragraphs = readdirSync(folder)
  .sort()
  .flatMap((f) => readFileSync(join(folder, f), "latin1").split(/\n\s*\n/).slice(1))
  .map((p) => p.trim().replace(/\s+/g, " "))
  .filter((p) => p.split(" ").length >= 20);
const words = (ps) => ps.reduce((n, p) => n + p.split(" ").length, 0);
const first = [];
while (words(first) < WORDS) first.push(paragraphs[Math.floor(random() * paragraphs.length)]);

// The correction: one word in twenty changed, one paragraph dropped and another added.
const second = first.map((p) => p.split(" ").map((w) => (random() < 0.05 ? `${w}s` : w)).join(" "));
second.splice(Math.floor(random() * second.length), 1);
second.splice(Math.floor(random() * second.length), 0, paragraphs[Math.floor(random() * paragraphs.length)]);

const work = mkdtempSync(join(tmpdir(), "news-diff-latency-"));
const db = join(work, "news.db");
const file = join(work, "article.txt");
const news = (...args) => {
  const r = spawnSync(process.execPath, [bin, "--db", db, ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`news ${args.join(" ")} failed (${r.status}): ${r.stderr.trim()}`);
  return r.stdout;
};
const article = (ps) => `Company results: a long report\n\n${ps.join("\n\n")}\n`;
writeFileSync(file, article(first));
const id = JSON.parse(news("ingest", "--json", file)).files[0].id;
writeFileSync(file, article(second));
const updated = JSON.parse(news("ingest", "--json", file)).updated;
if (updated !== 1) throw new Error(`the second version was not taken as an update (${updated} updated)`);

/** Milliseconds a whole process takes, from spawn to exit. */
const timed = (args) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed (${r.status}): ${r.stderr.trim()}`);
  return ms;
};
const diff = [];
const node = [];
timed([bin, "--db", db, "diff", String(id)]); // the file cache warm for both
for (let i = 0; i < RUNS; i++) {
  // Alternating which goes first, so a change in the machine's load falls on both.
  for (const which of i % 2 ? ["node", "diff"] : ["diff", "node"]) {
    if (which === "diff") diff.push(timed([bin, "--db", db, "diff", String(id)]));
    else node.push(timed(["-e", "0"]));
  }
}
const changes = JSON.parse(news("diff", "--json", String(id))).changes.filter((c) => c.op !== "equal").length;
rmSync(work, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const result = {
  words: [words(first), words(second)],
  changes,
  runs: RUNS,
  diffMs: { median: +median(diff).toFixed(1), fastest: +Math.min(...diff).toFixed(1) },
  nodeMs: { median: +median(node).toFixed(1), fastest: +Math.min(...node).toFixed(1) },
};
if (flag("json")) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`news diff of two versions of ${result.words.join(" and ")} words (${changes} changed runs), ${RUNS} interleaved runs:`);
  console.log(`  news diff  median ${result.diffMs.median} ms, fastest ${result.diffMs.fastest} ms`);
  console.log(`  node -e 0  median ${result.nodeMs.median} ms, fastest ${result.nodeMs.fastest} ms`);
}
