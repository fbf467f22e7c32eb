#!/usr/bin/env node
// Relevance check: known-item queries (bench/relevance/*.jsonl) against an archive of the BBC and
// CNN corpora, scored by mean reciprocal rank and the share found in the top 1 / 3 / 10; the same
// queries with a word misspelt (typos.jsonl, typo MRR); and one-word queries in other languages
// (languages.jsonl) against an archive of corpora/multilingual, scored by recall and precision
// per language. A script, not a test: it needs the corpora in ../shared/corpora and a build
// (`npx tsc -p .`). bench/relevance/README.md says how the sets were made.
//
//   node scripts/relevance.mjs [--db FILE] [--multilingual-db FILE] [--corpora DIR] [--queries FILE]...
//                              [--typos FILE] [--languages FILE] [--strict] [--json] [--dist DIR]
//
// --db FILE      reuse (or build once into) this archive, or a postgres:// URL of one already built;
//                without it a temporary one is built
// --multilingual-db FILE  the same for the archive of corpora/multilingual
// --corpora DIR  where bbc/ and cnn-stories/ live (default: ../shared/corpora beside the repo)
// --queries FILE a JSONL file of {"query", "file"}; repeatable (default: bench/relevance/queries.jsonl)
// --typos FILE   known-item queries with a misspelt word (default: bench/relevance/typos.jsonl; "" skips)
// --languages FILE  {"lang", "query", "files"} (default: bench/relevance/languages.jsonl; "" skips)
// --strict       also score plain every-word-required ranking (search's `strict: true`)
// --json         print the figures as one JSON document instead of a report
// --dist DIR     the build to measure (default: dist/ of this checkout), e.g. another checkout's
//
// The known item is found by text identity (the article whose hash is that of the file's
// normalised text), so any of the BBC's byte-identical duplicate files counts as the right answer.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = `usage: node scripts/relevance.mjs [--db FILE] [--multilingual-db FILE] [--corpora DIR] [--queries FILE]...
                [--typos FILE] [--languages FILE] [--strict] [--json] [--dist DIR] [--limit N]`;
let parsed;
try {
  parsed = parseArgs({
    options: {
      db: { type: "string" },
      "multilingual-db": { type: "string" },
      typos: { type: "string", default: join(repo, "bench/relevance/typos.jsonl") },
      languages: { type: "string", default: join(repo, "bench/relevance/languages.jsonl") },
      dist: { type: "string", default: join(repo, "dist") },
      corpora: { type: "string", default: resolve(repo, "../shared/corpora") },
      queries: { type: "string", multiple: true },
      strict: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      limit: { type: "string", default: "20" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
} catch (err) {
  process.stderr.write(`relevance: ${err.message}\n${USAGE}\n`);
  process.exit(2);
}
const { values: args } = parsed;
if (args.help) {
  process.stdout.write(`${USAGE}\n(see the comment at the top of this file and bench/relevance/README.md)\n`);
  process.exit(0);
}
const { ingest, openArchive, prepare, search } = await import(join(resolve(args.dist), "index.js"));
const corpora = resolve(args.corpora);
const queryFiles = args.queries?.length ? args.queries.map((f) => resolve(f)) : [join(repo, "bench/relevance/queries.jsonl")];
const limit = Number(args.limit);
const log = (msg) => process.stderr.write(`${msg}\n`);

for (const dir of ["bbc", "cnn-stories"]) {
  if (!existsSync(join(corpora, dir))) {
    log(`relevance: ${join(corpora, dir)} not found; pass --corpora DIR`);
    process.exit(2);
  }
}

// The archives: reused when --db / --multilingual-db name an existing file, else built.
const temp = args.db && args["multilingual-db"] ? null : mkdtempSync(join(tmpdir(), "news-relevance-"));
const isUrl = (path) => /^postgres(ql)?:\/\//i.test(path);
async function build(path, dirs) {
  // A PostgreSQL archive is used as it is (build it first with `news copy` or `news ingest`).
  if (isUrl(path) || existsSync(path)) return;
  const started = performance.now();
  const writer = openArchive(path, { write: true });
  try {
    const report = await ingest(writer, dirs.map((d) => join(corpora, d)));
    log(`built ${path}: ${report.added} added, ${report.duplicate} duplicate (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    writer.close();
  }
}
const dbPath = args.db ? (isUrl(args.db) ? args.db : resolve(args.db)) : join(temp, "relevance.db");
await build(dbPath, ["bbc", "cnn-stories"]);
const archive = openArchive(dbPath);

function idOf(archive, file) {
  const prepared = prepare(readFileSync(join(corpora, file)));
  return prepared.ok ? archive.idByHash(prepared.hash) : undefined;
}

/** The story an article is filed under (search shows one hit per story): its own id when alone. */
function storyOf(id) {
  return archive.statement("SELECT story FROM stories WHERE id = ?").pluck().get(id) ?? id;
}

/** Known-item queries, each with the id of the article it should find and the id of its story. */
function knownItems(files) {
  const out = [];
  for (const file of files) {
    for (const [i, line] of readFileSync(file, "utf8").split("\n").entries()) {
      if (!line.trim()) continue;
      const q = JSON.parse(line);
      const id = idOf(archive, q.file);
      if (id === undefined) {
        log(`relevance: ${file}:${i + 1}: ${q.file} is not in the archive`);
        process.exit(1);
      }
      out.push({ query: q.query, file: q.file, id, story: storyOf(id), set: file.split("/").pop() });
    }
  }
  return out;
}
const queries = knownItems(queryFiles);

function score(options, queries) {
  const started = performance.now();
  const results = queries.map((q) => {
    const result = search(archive, q.query, { limit, ...options });
    // The story is what is found: a near-duplicate of the known item may be the one shown for it.
    const at = result.hits.findIndex((h) => h.id === q.id || (h.story ?? h.id) === q.story);
    return { query: q.query, file: q.file, rank: at < 0 ? null : at + 1, partial: result.partial, hits: result.hits.length };
  });
  const ms = performance.now() - started;
  const n = results.length;
  const share = (k) => results.filter((r) => r.rank !== null && r.rank <= k).length / n;
  return {
    queries: n,
    mrr: results.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / n,
    top1: share(1),
    top3: share(3),
    top10: share(10),
    found: share(limit),
    partial: results.filter((r) => r.partial).length,
    msPerQuery: ms / n,
    misses: results.filter((r) => r.rank !== 1),
  };
}

const runs = { fallback: score({}, queries) };
if (args.strict) runs.strict = score({ strict: true }, queries);
if (args.typos) runs.typos = score({}, knownItems([resolve(args.typos)]));
archive.close();

/** Recall and precision of one-word queries per language (micro-averaged over the queries). */
async function languages(file) {
  const given = args["multilingual-db"];
  const path = given ? (isUrl(given) ? given : resolve(given)) : join(temp, "multilingual.db");
  await build(path, ["multilingual"]);
  const ml = openArchive(path);
  const by = {};
  for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const q = JSON.parse(line);
    const truth = new Set(q.files.map((f) => idOf(ml, f)).filter((id) => id !== undefined));
    // Every article (not one per story): the question is which articles hold the word.
    const hits = new Set(search(ml, q.query, { limit: 0, articles: true }).hits.map((h) => h.id));
    const right = [...hits].filter((id) => truth.has(id)).length;
    const l = (by[q.lang] ??= { queries: 0, relevant: 0, found: 0, right: 0, worst: [] });
    l.queries++;
    l.relevant += truth.size;
    l.found += hits.size;
    l.right += right;
    l.worst.push({ query: q.query, recall: truth.size ? right / truth.size : 1, precision: hits.size ? right / hits.size : 1 });
  }
  ml.close();
  for (const l of Object.values(by)) {
    l.recall = l.relevant ? l.right / l.relevant : 1;
    l.precision = l.found ? l.right / l.found : 1;
    l.worst = l.worst.filter((w) => w.recall < 1 || w.precision < 1).sort((a, b) => a.recall + a.precision - b.recall - b.precision).slice(0, 5);
  }
  return by;
}
const perLanguage = args.languages ? await languages(resolve(args.languages)) : null;
if (temp) rmSync(temp, { recursive: true, force: true });

if (args.json) {
  process.stdout.write(`${JSON.stringify({ archive: dbPath, queryFiles, limit, ...runs, languages: perLanguage }, null, 2)}\n`);
} else {
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  const out = [`${queries.length} queries from ${queryFiles.map((f) => f.split("/").pop()).join(", ")}; limit ${limit}`];
  if (runs.typos) out.push(`typos: ${runs.typos.queries} queries from ${args.typos.split("/").pop()} (a word misspelt)`);
  for (const [name, r] of Object.entries(runs)) {
    out.push(
      `${name.padEnd(8)}  MRR ${r.mrr.toFixed(3)}  top1 ${pct(r.top1)}  top3 ${pct(r.top3)}  top10 ${pct(r.top10)}  ` +
        `found ${pct(r.found)}  partial ${r.partial}  ${r.msPerQuery.toFixed(1)} ms/query`,
    );
  }
  for (const [name, r] of Object.entries(runs)) {
    if (r.misses.length === 0) continue;
    out.push("", `${name}: not first`);
    for (const m of r.misses) {
      const where = m.rank === null ? `not in top ${limit}` : `rank ${m.rank}`;
      out.push(`  ${where.padEnd(14)} ${JSON.stringify(m.query)} -> ${m.file}${m.partial ? " (partial)" : ""}`);
    }
  }
  if (perLanguage) {
    out.push("", "one-word queries per language (micro-averaged)");
    for (const [lang, l] of Object.entries(perLanguage)) {
      out.push(`  ${lang}  ${String(l.queries).padStart(3)} queries  recall ${l.recall.toFixed(3)}  precision ${l.precision.toFixed(3)}` +
        (l.worst.length ? `  worst: ${l.worst.map((w) => `${w.query} ${w.recall.toFixed(2)}/${w.precision.toFixed(2)}`).join(", ")}` : ""));
    }
  }
  process.stdout.write(`${out.join("\n")}\n`);
}
