#!/usr/bin/env node
// node scripts/ingest-floor.mjs --corpus DIR [--db FILE] [--json]
//
// The floor ingest is measured against (issue 16): the least work that still leaves a searchable
// archive of the same texts. A bare better-sqlite3 loop reads every file of the folder as UTF-8 and
// inserts its path and text into an FTS5 table, a thousand to a transaction, in WAL mode with
// synchronous=NORMAL as `news` writes: no decoding beyond UTF-8, no parsing, no original kept, one
// thread. `npm run bench` runs it before and after its ingest and reports the better of the two
// beside ingest's rate.
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { flag, opt } from "./common.mjs";

if (flag("help") || !opt("corpus")) {
  console.log("usage: node scripts/ingest-floor.mjs --corpus DIR [--db FILE] [--json]");
  process.exit(flag("help") ? 0 : 2);
}
const corpus = opt("corpus");
const own = !opt("db");
const dir = own ? mkdtempSync(join(tmpdir(), "news-floor-")) : null;
const file = opt("db") ?? join(dir, "floor.db");
for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });

const started = performance.now();
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.exec("CREATE VIRTUAL TABLE texts USING fts5(path UNINDEXED, body)");
const insert = db.prepare("INSERT INTO texts (path, body) VALUES (?, ?)");
const batch = db.transaction((rows) => {
  for (const [path, body] of rows) insert.run(path, body);
});
let files = 0;
let bytes = 0;
let rows = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile() && !e.name.startsWith(".")) {
      const text = readFileSync(p, "utf8");
      files++;
      bytes += Buffer.byteLength(text);
      rows.push([p, text]);
      if (rows.length === 1000) {
        batch(rows);
        rows = [];
      }
    }
  }
};
walk(corpus);
if (rows.length) batch(rows);
db.pragma("wal_checkpoint(TRUNCATE)");
db.close();
const seconds = (performance.now() - started) / 1000;
const size = statSync(file).size;
if (own) rmSync(dir, { recursive: true, force: true });
const figures = { files, megabytes: Math.round((bytes / 2 ** 20) * 10) / 10, seconds: Math.round(seconds * 100) / 100, articlesPerSecond: Math.round(files / seconds), bytesPerTextByte: Math.round((size / bytes) * 100) / 100 };
console.log(flag("json") ? JSON.stringify(figures) : `${files} files in ${figures.seconds} s: ${figures.articlesPerSecond} articles/s, ${figures.bytesPerTextByte} bytes of archive per byte of text`);
