#!/usr/bin/env node
// node scripts/story-set.mjs [--corpora ../shared/corpora] [--groups 400] [--seed 1] [--out DIR] [--json] [--misses]
//
// Builds a labelled set of reprints from real articles and scores story detection on it. Each
// chosen original (BBC and CNN stories) becomes a group: the original as it is, and for most of
// them one to three reprints made with the edits syndication makes, drawn by a seeded generator:
// a different headline, outlet furniture at top and bottom (menus, share and copyright lines,
// "Related" links naming other stories of the set), a dateline added ("LONDON (Reuters) -"), the
// last third cut, a paragraph dropped, a few words changed, lines re-wrapped, straight quotes made
// curly. The first reprint of a group always has every edit at once. Hard negatives: most
// originals are chosen because they share a rare name with others (several Yukos stories of one
// week, say), so different stories on one subject have to stay apart.
//
// The set is ingested into a fresh archive with the library, and every pair of files is scored:
// precision = pairs put in one story that are one group / pairs put in one story, recall = pairs of
// one group put in one story / pairs of one group. The texts are written to a temporary folder
// (or --out) and never into the project.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, basename } from "node:path";
import { flag, library, opt, rng, root } from "./common.mjs";

if (flag("help")) {
  console.log("usage: node scripts/story-set.mjs [--corpora DIR] [--groups N] [--seed S] [--out DIR] [--json] [--misses]");
  process.exit(0);
}
const lib = await library("story-set");
const { shingles, distinct, overlap } = await import(join(root, "dist", "core", "stories", "signature.js"));

const corpora = opt("corpora", join(root, "..", "shared", "corpora"));
const GROUPS = Number(opt("groups", "400"));
const SEED = Number(opt("seed", "1"));
const random = rng(SEED);
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const chance = (p) => random() < p;
const log = (m) => process.stderr.write(`${m}\n`);

// ------------------------------------------------------------------ the originals
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

/** An original as title + paragraphs (CNN files have no headline: their first sentence is used). */
function readOriginal(path) {
  const text = readFileSync(path, "utf8").replace(/\r\n?/g, "\n");
  if (path.endsWith(".story")) {
    const body = text.split("@highlight")[0];
    const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const title = paragraphs[0]?.replace(/^.*?\(CNN\)\s*--\s*/, "").split(/(?<=[.!?])\s/)[0]?.slice(0, 90) ?? "";
    return { path, text, title, paragraphs };
  }
  const [title, ...rest] = text.split("\n");
  const paragraphs = rest.join("\n").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return { path, text, title: title.trim(), paragraphs };
}

const bbc = walk(join(corpora, "bbc")).sort().map(readOriginal);
const cnn = walk(join(corpora, "cnn-stories")).sort().map(readOriginal);
const usable = (o) => o.paragraphs.length >= 4 && o.paragraphs.join(" ").split(/\s+/).length >= 150;

// Subjects: capitalised names that a handful of BBC stories share (Yukos, Ebbers, Kilroy...).
const df = new Map();
for (const o of bbc) {
  for (const w of new Set(o.text.match(/\b[A-Z][a-z]{3,}\b/g) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
}
const subjects = [...df].filter(([, n]) => n >= 5 && n <= 14).map(([w]) => w).sort();
const chosen = [];
const taken = new Set();
const consider = (o) => {
  if (!taken.has(o.path) && usable(o)) {
    taken.add(o.path);
    chosen.push(o);
  }
};
// About two thirds from subject clusters (hard negatives), the rest from CNN and other BBC stories.
while (chosen.length < GROUPS * 0.65 && subjects.length) {
  const word = subjects.splice(Math.floor(random() * subjects.length), 1)[0];
  for (const o of bbc) if (o.text.includes(word) && chosen.length < GROUPS * 0.65) consider(o);
}
while (chosen.length < GROUPS) consider(chance(0.6) ? pick(cnn) : pick(bbc));

// The BBC collection holds some stories twice (the same text filed in two categories, or
// reworded slightly): such an original would be a reprint the labels do not know of, so keep only
// the first of any two originals that share most of their text.
const bodies = chosen.map((o) => distinct(shingles(o.paragraphs.join("\n\n"))));
const originals = [];
let dropped = 0;
for (let i = 0; i < chosen.length; i++) {
  const twin = originals.some((k) => {
    const o = overlap(bodies[i], bodies[k]);
    return o.containment >= 0.3;
  });
  if (twin) dropped++;
  else originals.push(i);
}

// ------------------------------------------------------------------ the edits
const OUTLETS = [
  ["Reuters", "© 2005 Thomson Reuters. All rights reserved. Republication or redistribution of Reuters content is prohibited."],
  ["AP", "Copyright 2005 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."],
  ["AFP", "© AFP 2005. Tous droits réservés."],
  ["The Daily Courier", "© The Daily Courier 2005 | Terms of use | Privacy policy"],
  ["Newswire Today", "Copyright (c) Newswire Today Ltd. Reproduced under licence."],
];
const PLACES = ["LONDON", "NEW YORK", "WASHINGTON", "MOSCOW", "PARIS", "BRUSSELS", "TOKYO", "FRANKFURT", "SYDNEY", "JOHANNESBURG"];
const MENUS = [
  "Home | World | Business | Markets | Politics | Sport | Technology | Opinion",
  "Skip to main content\nMenu  Search  Sign in",
  "NEWS  SPORT  WEATHER  TRAVEL  CULTURE  CAPITAL",
  "Home › News › World",
];
const SHARES = ["Share this article: Facebook | Twitter | Email | Print", "Share on Facebook   Share on Twitter   Share by email", "Tweet  Share  Pin  Email", "Print this page | Send to a friend | Reprints"];
const SWAPS = [["said", "stated"], ["told", "informed"], ["company", "firm"], ["government", "administration"], ["would", "will"], ["also", "as well"], ["year", "twelve months"], ["million", "m"], ["people", "persons"], ["however", "but"]];

const wordsOf = (paragraphs) => paragraphs.join(" ").split(/\s+/).length;

function cutLastThird(ps) {
  const total = wordsOf(ps);
  const out = [];
  let n = 0;
  for (const p of ps) {
    if (n >= (total * 2) / 3) break;
    out.push(p);
    n += p.split(/\s+/).length;
  }
  return out.length ? out : ps.slice(0, 1);
}

function dropParagraph(ps) {
  if (ps.length < 3) return ps;
  const at = 1 + Math.floor(random() * (ps.length - 1));
  return ps.filter((_, i) => i !== at);
}

function changeWords(ps) {
  const changes = 3 + Math.floor(random() * 4);
  const out = ps.slice();
  for (let k = 0; k < changes; k++) {
    const i = Math.floor(random() * out.length);
    const words = out[i].split(" ");
    const swappable = words.map((w, j) => [w, j]).filter(([w]) => SWAPS.some(([a]) => a === w.toLowerCase()));
    if (swappable.length) {
      const [w, j] = pick(swappable);
      words[j] = SWAPS.find(([a]) => a === w.toLowerCase())[1];
    } else {
      const j = Math.floor(random() * words.length);
      words[j] = pick(["reportedly", "recently", "also", "now", "earlier"]) + " " + words[j];
    }
    out[i] = words.join(" ");
  }
  return out;
}

function curl(text) {
  return text
    .replace(/(^|[\s(\[])"/g, "$1\u201c")
    .replace(/"/g, "\u201d")
    .replace(/(^|[\s(\[])'/g, "$1\u2018")
    .replace(/'/g, "\u2019");
}

function wrapLines(paragraph, width) {
  const lines = [];
  let line = "";
  for (const w of paragraph.split(/\s+/)) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

function headline(o) {
  const words = o.paragraphs[0].replace(/^.*?\(CNN\)\s*--\s*/, "").split(/\s+/).slice(0, 6 + Math.floor(random() * 5));
  const lead = pick(["", "UPDATE 1-", "WRAPUP-", "ANALYSIS-", ""]);
  return `${lead}${words.join(" ").replace(/[,.;:]$/, "")}`;
}

/** A reprint of `o` with the given edits; `others` names the stories in its "Related" links. */
function reprint(o, edits, others) {
  const [outlet, copyright] = pick(OUTLETS);
  let ps = o.paragraphs.slice();
  if (edits.cut) ps = cutLastThird(ps);
  if (edits.drop) ps = dropParagraph(ps);
  if (edits.words) ps = changeWords(ps);
  if (edits.dateline) ps[0] = `${pick(PLACES)} (${outlet}) - ${ps[0].replace(/^.*?\(CNN\)\s*--\s*/, "")}`;
  const width = 60 + Math.floor(random() * 20);
  const body = ps.map((p) => (edits.wrap ? wrapLines(p, width) : p)).join("\n\n");
  const title = edits.headline ? headline(o) : o.title;
  const top = edits.furniture ? [pick(MENUS), pick(SHARES), ""] : [];
  const bottom = edits.furniture
    ? ["", pick(SHARES), "", "Related stories", ...others.map((t) => `  ${t}`), "", copyright]
    : [];
  const text = [...top, title, "", body, ...bottom, ""].join("\n");
  return edits.curly ? curl(text) : text;
}

const ALL = { headline: true, furniture: true, dateline: true, cut: true, drop: true, words: true, wrap: true, curly: true };
function someEdits() {
  return {
    headline: chance(0.8),
    furniture: chance(0.7),
    dateline: chance(0.5),
    cut: chance(0.5),
    drop: chance(0.4),
    words: chance(0.6),
    wrap: chance(0.6),
    curly: chance(0.5),
  };
}

// ------------------------------------------------------------------ write, ingest, score
const out = opt("out") ?? mkdtempSync(join(tmpdir(), "news-story-set-"));
mkdirSync(out, { recursive: true });
const labels = new Map(); // file name -> group
const editsOf = new Map();
let reprints = 0;
originals.forEach((i, g) => {
  const o = chosen[i];
  const ext = o.path.endsWith(".story") ? ".story" : ".txt";
  const name = (k) => `g${String(g).padStart(4, "0")}-${k}${ext}`;
  writeFileSync(join(out, name(0)), o.text);
  labels.set(name(0), g);
  const n = chance(0.7) ? 1 + Math.floor(random() * 3) : 0;
  for (let k = 1; k <= n; k++) {
    const edits = k === 1 ? ALL : someEdits();
    const others = Array.from({ length: 3 }, () => chosen[pick(originals)].title);
    writeFileSync(join(out, name(k)), reprint(o, edits, others));
    labels.set(name(k), g);
    editsOf.set(name(k), Object.keys(edits).filter((e) => edits[e]).join(","));
    reprints++;
  }
});
log(`story-set: ${originals.length} originals (${dropped} left out as near-twins of another), ${reprints} reprints, in ${out}`);

const dbPath = join(out, "..", `${basename(out)}.db`);
rmSync(dbPath, { force: true });
const archive = lib.openArchive(dbPath, { write: true });
const t0 = performance.now();
await lib.ingest(archive, [out], { keepFiles: false });
const ingestMs = performance.now() - t0;
const rows = archive.db
  .prepare("SELECT f.path, coalesce(s.story, f.article_id) AS story, a.body FROM files f JOIN articles a ON a.id = f.article_id LEFT JOIN stories s ON s.id = f.article_id")
  .all();
archive.close();

const pairs = (n) => (n * (n - 1)) / 2;
const byGroup = new Map();
const byStory = new Map();
const cell = new Map();
for (const r of rows) {
  const g = labels.get(basename(r.path));
  byGroup.set(g, (byGroup.get(g) ?? 0) + 1);
  byStory.set(r.story, (byStory.get(r.story) ?? 0) + 1);
  const key = `${g}:${r.story}`;
  cell.set(key, (cell.get(key) ?? 0) + 1);
}
let truePairs = 0, predicted = 0, both = 0;
for (const n of byGroup.values()) truePairs += pairs(n);
for (const n of byStory.values()) predicted += pairs(n);
for (const n of cell.values()) both += pairs(n);
const precision = predicted ? both / predicted : 1;
const recall = truePairs ? both / truePairs : 1;

if (flag("misses")) {
  // Pairs of one group put apart, with the edits and the exact overlap of their bodies.
  const members = new Map();
  for (const r of rows) {
    const g = labels.get(basename(r.path));
    if (!members.has(g)) members.set(g, []);
    members.get(g).push(r);
  }
  for (const list of members.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        if (list[a].story === list[b].story) continue;
        const o = overlap(distinct(shingles(list[a].body)), distinct(shingles(list[b].body)));
        log(`miss ${basename(list[a].path)} ${basename(list[b].path)} J=${o.jaccard.toFixed(2)} C=${o.containment.toFixed(2)} [${editsOf.get(basename(list[b].path)) ?? ""}]`);
      }
    }
  }
  for (const list of [...byStory.keys()].map((s) => rows.filter((r) => r.story === s)).filter((l) => new Set(l.map((r) => labels.get(basename(r.path)))).size > 1)) {
    log(`merged ${list.map((r) => basename(r.path)).join(" ")}`);
  }
}
if (!opt("out")) {
  rmSync(out, { recursive: true, force: true });
  rmSync(dbPath, { force: true });
  for (const s of ["-wal", "-shm"]) rmSync(dbPath + s, { force: true });
}
const result = { seed: SEED, files: rows.length, groups: originals.length, reprints, truePairs, predictedPairs: predicted, correctPairs: both, precision, recall, ingestMs: Math.round(ingestMs) };
if (flag("json")) console.log(JSON.stringify(result, null, 2));
else console.log(`precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  (${both} of ${predicted} pairs put together are right; ${both} of ${truePairs} true pairs found; ${rows.length} files, seed ${SEED})`);
