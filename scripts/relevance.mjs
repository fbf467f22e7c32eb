#!/usr/bin/env node
// Relevance check: known-item queries (bench/relevance/*.jsonl) against an archive of the BBC and
// CNN corpora, scored by mean reciprocal rank and the share found in the top 1 / 3 / 10.
// A script, not a test: it needs the corpora in ../shared/corpora and a build (`npx tsc -p .`).
//
//   node scripts/relevance.mjs [--db FILE] [--corpora DIR] [--queries FILE]... [--strict] [--json]
//
// --db FILE      reuse (or build once into) this archive; without it a temporary one is built
// --corpora DIR  where bbc/ and cnn-stories/ live (default: ../shared/corpora beside the repo)
// --queries FILE a JSONL file of {"query", "file"}; repeatable (default: bench/relevance/queries.jsonl)
// --strict       also score plain every-word-required ranking (search's `strict: true`)
// --json         print the figures as one JSON document instead of a report
//
// The known item is found by text identity (the article whose hash is that of the file's
// normalised text), so any of the BBC's byte-identical duplicate files counts as the right answer.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ingest, openArchive, prepare, search } from "../dist/index.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    db: { type: "string" },
    corpora: { type: "string", default: resolve(repo, "../shared/corpora") },
    queries: { type: "string", multiple: true },
    strict: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    limit: { type: "string", default: "20" },
  },
});
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

// The archive: reused when --db names an existing file, else built.
const temp = args.db ? null : mkdtempSync(join(tmpdir(), "news-relevance-"));
const dbPath = args.db ? resolve(args.db) : join(temp, "relevance.db");
if (!existsSync(dbPath)) {
  const started = performance.now();
  const writer = openArchive(dbPath, { write: true });
  try {
    const report = await ingest(writer, [join(corpora, "bbc"), join(corpora, "cnn-stories")]);
    log(`built ${dbPath}: ${report.added} added, ${report.duplicate} duplicate (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    writer.close();
  }
}
const archive = openArchive(dbPath);

// Queries, each with the id of the article it should find.
const queries = [];
for (const file of queryFiles) {
  for (const [i, line] of readFileSync(file, "utf8").split("\n").entries()) {
    if (!line.trim()) continue;
    const q = JSON.parse(line);
    const prepared = prepare(readFileSync(join(corpora, q.file)));
    const id = prepared.ok ? archive.idByHash(prepared.hash) : undefined;
    if (id === undefined) {
      log(`relevance: ${file}:${i + 1}: ${q.file} is not in the archive`);
      process.exit(1);
    }
    queries.push({ query: q.query, file: q.file, id, set: file.split("/").pop() });
  }
}

function score(options) {
  const started = performance.now();
  const results = queries.map((q) => {
    const result = search(archive, q.query, { limit, ...options });
    const at = result.hits.findIndex((h) => h.id === q.id);
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

const runs = { fallback: score({}) };
if (args.strict) runs.strict = score({ strict: true });
archive.close();
if (temp) rmSync(temp, { recursive: true, force: true });

if (args.json) {
  process.stdout.write(`${JSON.stringify({ archive: dbPath, queryFiles, limit, ...runs }, null, 2)}\n`);
} else {
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  const out = [`${queries.length} queries from ${queryFiles.map((f) => f.split("/").pop()).join(", ")}; limit ${limit}`];
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
  process.stdout.write(`${out.join("\n")}\n`);
}
