// Reading the archive: list, export (streamed), stats and removal.
import { ARTICLE_COLUMNS, toArticle, type Archive, type ArticleRow } from "./archive/archive.js";
import { tallies, total, type Tally } from "./archive/tallies.js";
import { SCHEMA_VERSION } from "./archive/schema.js";
import { asciiLower } from "./top-fields.js";
import { FaultError } from "./errors.js";
import { filterSql, pageSql, whereClause } from "./filters.js";
import { firstOfEachStory, withStorySizes } from "./stories/fold.js";
import type { Article, Filters, Stats } from "./types.js";

export const DEFAULT_LIST_LIMIT = 50;

/**
 * Articles, newest first (undated ones last), without their bodies: one per story (its newest
 * among those the filters pass), unless `filters.articles`; each with its story's size.
 */
export function list(archive: Archive, filters: Filters = {}): Article[] {
  const f = filterSql(filters);
  const sql = `SELECT ${ARTICLE_COLUMNS} FROM articles a ${whereClause(f.where)}
    ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?`;
  const read = (offset: number, limit: number) => (archive.statement(sql).all(...f.params, limit > 0 ? limit : -1, offset) as ArticleRow[]).map(toArticle);
  const limit = filters.limit ?? DEFAULT_LIST_LIMIT;
  const offset = filters.offset ?? 0;
  const articles = filters.articles ? read(offset, limit) : firstOfEachStory(read, (rows) => rows.map((a) => a.story ?? a.id), offset, limit);
  return withStorySizes(archive, articles);
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


/** Orders groups by count, then name, a missing name first (as SQLite orders NULL). */
function byCount(a: { name: string | null; count: number }, b: { name: string | null; count: number }): number {
  if (a.count !== b.count) return b.count - a.count;
  if (a.name === b.name) return 0;
  if (a.name === null) return -1;
  if (b.name === null) return 1;
  return a.name < b.name ? -1 : 1;
}

/** Tallies grouped as `--section`/`--source` filter (ASCII case ignored), each named by its commonest spelling. */
function nocaseGroups(list: Tally[]): Array<{ name: string | null; count: number }> {
  const groups = new Map<string | null, { name: string | null; count: number; top: number }>();
  for (const t of list) {
    const key = t.value === null ? null : asciiLower(t.value);
    const g = groups.get(key);
    if (!g) groups.set(key, { name: t.value, count: t.n, top: t.n });
    else {
      g.count += t.n;
      if (t.n > g.top || (t.n === g.top && t.value !== null && g.name !== null && t.value < g.name)) {
        g.name = t.value;
        g.top = t.n;
      }
    }
  }
  return [...groups.values()].map(({ name, count }) => ({ name, count })).sort(byCount);
}

/**
 * What the archive holds. Counts come from the tallies the archive keeps as articles come and go
 * (archive/tallies.ts), the date range from the ends of the date index: no article is read.
 */
export function stats(archive: Archive): Stats {
  const db = archive.db;
  const articles = total(db, "articles");
  const years = tallies(db, "year");
  const undated = years.find((y) => y.value === null)?.n ?? 0;
  const end = (fn: "min" | "max") => (db.prepare(`SELECT ${fn}(date) AS d FROM articles`).get() as { d: string | null }).d;
  const totals = { articles, words: total(db, "words"), dated: articles - undated, firstDate: end("min"), lastDate: end("max") };
  const groups = (field: "section" | "source") => nocaseGroups(tallies(db, field));
  const byYear = years
    .map((t) => ({ year: t.value, count: t.n }))
    .sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : a.year < b.year ? -1 : 1));
  const tags = tallies(db, "tag").map((t) => ({ name: t.value!, count: t.n })).sort(byCount);
  const byLanguage = tallies(db, "language").map((t) => ({ name: t.value, count: t.n })).sort(byCount);
  const bytes = archive.bytes();
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
    byLanguage,
    tags,
    archive: { path: archive.path, bytes, schemaVersion: SCHEMA_VERSION },
  };
}

/** Removes articles by reference, with their earlier versions; the rest of their stories stay one. Every reference is resolved first, so a typo removes nothing. */
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
