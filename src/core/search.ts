// Full-text search: the user's query, translated to FTS5 (query.ts), ranked by BM25 with the
// headline weighted above the body, filtered, paged, with a snippet of the best passage per hit.
import Database from "better-sqlite3";
import { ARTICLE_COLUMNS, toArticle, type Archive, type ArticleRow } from "./archive/archive.js";
import { UsageError } from "./errors.js";
import { filterSql, pageSql, whereClause } from "./filters.js";
import { atLeast, translateQuery } from "./query.js";
import { HIGHLIGHT_END, HIGHLIGHT_START, type Article, type Filters, type SearchHit } from "./types.js";

export const DEFAULT_SEARCH_LIMIT = 20;
const SNIPPET_TOKENS = 30;

export interface SearchOptions extends Filters {
  sort?: "rank" | "date";
  /** Pass the query to FTS5 as written (expert syntax); a syntax error is a usage error. */
  raw?: boolean;
  /** Never fall back to partial matches when no article has every word. */
  strict?: boolean;
}

export interface SearchResult {
  hits: SearchHit[];
  /** True when no article had every word and these are the best partial matches. */
  partial: boolean;
  /** Why there could be no hits at all (an empty query), for a note to the user. */
  note: string | null;
}

interface Plan {
  match: string | null;
  exclude: string | null;
  conjuncts: string[];
  negatives: string[];
}

function planOf(query: string, raw: boolean): Plan {
  if (raw) return { match: query.trim() || null, exclude: null, conjuncts: [], negatives: [] };
  const t = translateQuery(query);
  return { match: t.match, exclude: t.exclude, conjuncts: t.conjuncts, negatives: t.negatives };
}

/** Turns an FTS5 syntax error in a --raw query into a usage error with the position and a hint. */
function rawError(query: string, err: unknown): never {
  const message = err instanceof Error ? err.message : String(err);
  const near = /near "([^"]*)"/.exec(message)?.[1];
  const at = near ? query.indexOf(near) : -1;
  const where = near === "" ? " at the end of the query" : at >= 0 ? ` at character ${at + 1} (near "${near}")` : "";
  throw new UsageError(
    `cannot parse the --raw query${where}: ${message.replace(/^fts5: /, "").replace(/ near "[^"]*"$/, "")}; check the FTS5 syntax, or drop --raw to search the words as text`,
  );
}

const SELECT_HIT = `SELECT ${ARTICLE_COLUMNS}, -f.rank AS score,
  snippet(articles_fts, 1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', ${SNIPPET_TOKENS}) AS snippet
  FROM articles_fts f JOIN articles a ON a.id = f.rowid`;

function runMatch(archive: Archive, match: string, options: SearchOptions, raw: boolean): SearchHit[] {
  const f = filterSql(options);
  const page = pageSql(options, DEFAULT_SEARCH_LIMIT);
  const order = options.sort === "date" ? "a.date DESC, a.id DESC" : "f.rank, a.id";
  const sql = `${SELECT_HIT} ${whereClause(["articles_fts MATCH ?", ...f.where])} ORDER BY ${order} ${page.sql}`;
  try {
    const rows = archive.db.prepare(sql).all(match, ...f.params, ...page.params) as Array<ArticleRow & { score: number; snippet: string }>;
    return rows.map((row) => ({ ...toArticle(row), score: row.score, snippet: row.snippet }));
  } catch (err) {
    if (raw && err instanceof Database.SqliteError) rawError(match, err);
    throw err;
  }
}

/** Queries with only exclusions ("-sport"): every article that does not match, newest first. */
function runExclude(archive: Archive, exclude: string, options: SearchOptions): SearchHit[] {
  const f = filterSql(options);
  const page = pageSql(options, DEFAULT_SEARCH_LIMIT);
  const sql = `SELECT ${ARTICLE_COLUMNS}, 0 AS score, substr(a.body, 1, 200) AS snippet FROM articles a
    ${whereClause(["a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", ...f.where])}
    ORDER BY a.date DESC, a.id DESC ${page.sql}`;
  const rows = archive.db.prepare(sql).all(exclude, ...f.params, ...page.params) as Array<ArticleRow & { score: number; snippet: string }>;
  return rows.map((row) => ({ ...toArticle(row), score: 0, snippet: shorten(row.snippet) }));
}

function shorten(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > SNIPPET_TOKENS ? `${words.slice(0, SNIPPET_TOKENS).join(" ")}…` : words.join(" ");
}

/**
 * The FTS5 expression to run: the whole query, or, when no article has every word, the largest
 * "at least k of the words" that finds something (people usually misremember one word).
 */
function chooseMatch(archive: Archive, plan: Plan, options: SearchOptions): { match: string; partial: boolean } {
  const match = plan.match!;
  if (options.raw || options.strict || plan.conjuncts.length < 2) return { match, partial: false };
  const f = filterSql(options);
  const exists = archive.db.prepare(
    `SELECT 1 FROM articles_fts f JOIN articles a ON a.id = f.rowid ${whereClause(["articles_fts MATCH ?", ...f.where])} LIMIT 1`,
  );
  if (exists.get(match, ...f.params)) return { match, partial: false };
  for (let k = plan.conjuncts.length - 1; k >= 1; k--) {
    const expr = atLeast(plan.conjuncts, k, plan.negatives);
    if (expr && exists.get(expr, ...f.params)) return { match: expr, partial: true };
  }
  return { match, partial: false };
}

export function search(archive: Archive, query: string, options: SearchOptions = {}): SearchResult {
  const raw = options.raw ?? false;
  const plan = planOf(query, raw);
  if (!plan.match && !plan.exclude) {
    return { hits: [], partial: false, note: "the query has no words to search for" };
  }
  if (!plan.match) return { hits: runExclude(archive, plan.exclude!, options), partial: false, note: null };
  const chosen = chooseMatch(archive, plan, options);
  return { hits: runMatch(archive, chosen.match, options, raw), partial: chosen.partial, note: null };
}

/**
 * Every matching article in full, best first (or newest first with sort: "date"), one at a time,
 * for export. Calls `onPartial` when it falls back to partial matches.
 */
export function* iterateMatches(archive: Archive, query: string, options: SearchOptions = {}, onPartial?: () => void): Generator<Article> {
  const raw = options.raw ?? false;
  const plan = planOf(query, raw);
  const f = filterSql(options);
  const page = pageSql(options, undefined);
  let sql: string;
  let param: string;
  if (plan.match) {
    const chosen = chooseMatch(archive, plan, options);
    if (chosen.partial) onPartial?.();
    const order = options.sort === "date" ? "a.date DESC, a.id DESC" : "f.rank, a.id";
    sql = `SELECT ${ARTICLE_COLUMNS}, a.body FROM articles_fts f JOIN articles a ON a.id = f.rowid
      ${whereClause(["articles_fts MATCH ?", ...f.where])} ORDER BY ${order} ${page.sql}`;
    param = chosen.match;
  } else if (plan.exclude) {
    sql = `SELECT ${ARTICLE_COLUMNS}, a.body FROM articles a
      ${whereClause(["a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", ...f.where])}
      ORDER BY a.date DESC, a.id DESC ${page.sql}`;
    param = plan.exclude;
  } else {
    return;
  }
  try {
    // FTS5 reports syntax errors on the first step, not when the statement is prepared.
    for (const row of archive.db.prepare(sql).iterate(param, ...f.params, ...page.params) as IterableIterator<ArticleRow>) {
      yield toArticle(row);
    }
  } catch (err) {
    if (raw && err instanceof Database.SqliteError) rawError(param, err);
    throw err;
  }
}

/** How many articles match (every word; --count never falls back to partial matches). */
export function countMatches(archive: Archive, query: string, options: SearchOptions = {}): number {
  const raw = options.raw ?? false;
  const plan = planOf(query, raw);
  const f = filterSql(options);
  let sql: string;
  let param: string;
  if (plan.match) {
    sql = `SELECT count(*) AS n FROM articles_fts f JOIN articles a ON a.id = f.rowid ${whereClause(["articles_fts MATCH ?", ...f.where])}`;
    param = plan.match;
  } else if (plan.exclude) {
    sql = `SELECT count(*) AS n FROM articles a ${whereClause(["a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", ...f.where])}`;
    param = plan.exclude;
  } else {
    return 0;
  }
  try {
    return (archive.db.prepare(sql).get(param, ...f.params) as { n: number }).n;
  } catch (err) {
    if (raw && err instanceof Database.SqliteError) rawError(param, err);
    throw err;
  }
}
