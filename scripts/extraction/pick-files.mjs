#!/usr/bin/env node
// Draws files to label for a held-out extraction set: node scripts/extraction/pick-files.mjs SEED
// POOL:N [POOL:N ...] [--corpora DIR] [--exclude FILE ...]
//
// Pools: ff (web-scrapes/ff-workers), fake (web-scrapes/fakenewscorpus), real (web-scrapes/realnews),
// multi (multilingual), news (newsgroups), cnn (cnn-stories), bbc. Files are drawn with mulberry32
// from SEED, never one the dev gold names, nor one listed (a path a line) in an --exclude file:
// the lists of sets already labelled. One path a line on stdout, relative to the corpora. The
// labelling itself is done by hand (or by a helper who never runs `news`), as LABELLING.md says.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultCorpora } from "./gold.mjs";
import { helpOnRequest } from "../common.mjs";

helpOnRequest(import.meta.url);

const { values, positionals } = parseArgs({ allowPositionals: true, options: { corpora: { type: "string" }, exclude: { type: "string", multiple: true } } });
const [seedArg, ...specs] = positionals;
if (!seedArg || specs.length === 0) {
  console.error("usage: pick-files.mjs SEED POOL:N [POOL:N ...] [--corpora DIR] [--exclude FILE ...]");
  process.exit(2);
}
const corpora = resolve(values.corpora ?? defaultCorpora);
if (!existsSync(corpora)) {
  console.error(`pick-files: no corpora at ${corpora}: pass --corpora DIR`);
  process.exit(1);
}
const POOLS = { ff: "web-scrapes/ff-workers", fake: "web-scrapes/fakenewscorpus", real: "web-scrapes/realnews", multi: "multilingual", news: "newsgroups", cnn: "cnn-stories", bbc: "bbc" };
const lines = (file) => readFileSync(file, "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
const taken = new Set(lines(join(corpora, "gold", "dev.jsonl")).map((l) => JSON.parse(l).file));
for (const file of values.exclude ?? []) for (const f of lines(file)) taken.add(f.startsWith("{") ? JSON.parse(f).file : f);
const walk = (d) => readdirSync(d).flatMap((e) => (statSync(join(d, e)).isDirectory() ? walk(join(d, e)) : [join(d, e)]));

let s = Number(seedArg) >>> 0;
const rand = () => {
  s = (s + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
for (const spec of specs) {
  const [name, count] = spec.split(":");
  if (!POOLS[name] || !(Number(count) > 0)) {
    console.error(`pick-files: ${spec}: say POOL:N with POOL one of ${Object.keys(POOLS).join(", ")}`);
    process.exit(2);
  }
  const pool = walk(join(corpora, POOLS[name])).map((p) => relative(corpora, p)).filter((f) => !taken.has(f)).sort();
  const n = Math.min(Number(count), pool.length);
  for (let i = 0; i < n; ) {
    const f = pool[Math.floor(rand() * pool.length)];
    if (taken.has(f)) continue;
    taken.add(f);
    console.log(f);
    i++;
  }
}
