// Reading the archive: list, export (streamed), stats and removal.
import { statSync } from "node:fs";
import { ARTICLE_COLUMNS, toArticle, type Archive, type ArticleRow } from "./archive/archive.js";
import { SCHEMA_VERSION } from "./archive/schema.js";
import { FaultError } from "./errors.js";
import { filterSql, pageSql, whereClause } from "./filters.js";
import type { Article, Filters, Stats } from "./types.js";

export const DEFAULT_LIST_LIMIT = 50;

/** Articles, newest first (undated ones last), without their bodies. */
export function list(archive: Archive, filters: Filters = {}): Article[] {
  const f = filterSql(filters);
  const page = pageSql(filters, DEFAULT_LIST_LIMIT);
  const sql = `SELECT ${ARTICLE_COLUMNS} FROM articles a ${whereClause(f.where)}
    ORDER BY a.date DESC, a.id DESC ${page.sql}`;
  return (archive.db.prepare(sql).all(...f.params, ...page.params) as ArticleRow[]).map(toArticle);
}

/** Every article that passes the filters, in full, one at a time: memory stays flat. */
export function* iterateArticles(archive: Archive, filters: Filters = {}): Generator<Article> {
  const f = filterSql(filters);
  const page = pageSql(filters, undefined);
  const sql = `SELECT ${ARTICLE_COLUMNS}, a.body FROM articles a ${whereClause(f.where)} ORDER BY a.id ${page.sql}`;
  for (const row of archive.db.prepare(sql).iterate(...f.params, ...page.params) as IterableIterator<ArticleRow>) {
    yield toArticle(row);
  }
}

export function stats(archive: Archive): Stats {
  const db = archive.db;
  const totals = db
    .prepare(`SELECT count(*) AS articles, coalesce(sum(words), 0) AS words, count(date) AS dated,
      min(date) AS firstDate, max(date) AS lastDate FROM articles`)
    .get() as { articles: number; words: number; dated: number; firstDate: string | null; lastDate: string | null };
  const groups = (column: "section" | "source") =>
    db
      .prepare(`SELECT ${column} AS name, count(*) AS count FROM articles GROUP BY ${column} COLLATE NOCASE ORDER BY count DESC, name`)
      .all() as Array<{ name: string | null; count: number }>;
  const byYear = db
    .prepare("SELECT substr(date, 1, 4) AS year, count(*) AS count FROM articles GROUP BY year ORDER BY year IS NULL, year")
    .all() as Array<{ year: string | null; count: number }>;
  const tags = db
    .prepare(`SELECT j.value AS name, count(*) AS count FROM articles a, json_each(a.tags) j
      GROUP BY j.value ORDER BY count DESC, name`)
    .all() as Array<{ name: string; count: number }>;
  let bytes = 0;
  for (const suffix of ["", "-wal"]) {
    try {
      bytes += statSync(archive.path + suffix).size;
    } catch {
      // no WAL file: nothing to add
    }
  }
  return {
    articles: totals.articles,
    words: totals.words,
    dated: totals.dated,
    undated: totals.articles - totals.dated,
    firstDate: totals.firstDate,
    lastDate: totals.lastDate,
    bySection: groups("section"),
    bySource: groups("source"),
    byYear,
    tags,
    archive: { path: archive.path, bytes, schemaVersion: SCHEMA_VERSION },
  };
}

/** Removes articles by reference. Every reference is resolved first, so a typo removes nothing. */
export function remove(archive: Archive, refs: string[]): Array<{ id: number; title: string }> {
  try {
    return removeAll(archive, refs);
  } catch (err) {
    throw err instanceof FaultError ? err.during({ done: "nothing was removed" }) : err;
  }
}

function removeAll(archive: Archive, refs: string[]): Array<{ id: number; title: string }> {
  return archive.write(() => {
    const ids = [...new Set(refs.map((r) => archive.resolve(r)))];
    return ids.map((id) => {
      const title = archive.get(id)?.title ?? "";
      archive.remove(id);
      return { id, title };
    });
  });
}
