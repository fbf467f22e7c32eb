// Full-text search: the user's query, translated to FTS5 (query.ts), ranked by BM25 with the
// headline weighted above the body, filtered, paged, with a snippet of the best passage per hit.
import Database from "better-sqlite3";
import { ARTICLE_COLUMNS, toArticle, type Archive, type ArticleRow } from "./archive/archive.js";
import { COLUMN_WEIGHTS, FIELD_TERM_BOOST, FTS_COLUMNS, PROXIMITY_POOL } from "./archive/schema.js";
import { UsageError } from "./errors.js";
import { filterSql, pageSql, whereClause, type SqlParts } from "./filters.js";
import { QueryTerms, type Correction, type Highlight } from "./expand.js";
import { atLeast, translateQuery } from "./query.js";
import { firstOfEachStory, storiesOfIds, withStorySizes } from "./stories/fold.js";
import { rankedPageIds } from "./ranked-page.js";

import { poolScore } from "./proximity.js";
import { SNIPPET_TOKENS, matchWords, snippetOf, type Matched } from "./snippet.js";
import { HIGHLIGHT_END, HIGHLIGHT_START, type Article, type Filters, type SearchHit } from "./types.js";

export const DEFAULT_SEARCH_LIMIT = 20;

export interface SearchOptions extends Filters {
  sort?: "rank" | "date";
  /** Pass the query to FTS5 as written (expert syntax); a syntax error is a usage error. */
  raw?: boolean;
  /** Never fall back to partial matches when no article has every word, and never replace a
   *  word no article has by the closest indexed one. */
  strict?: boolean;
}

export interface SearchResult {
  hits: SearchHit[];
  /** True when the hits may include articles that lack some of the words: no article, or fewer
   *  than THIN_RESULT, had every word (see `everyWord`). */
  partial: boolean;
  /** With `partial`: how many articles have every word (0 to THIN_RESULT - 1); null otherwise. */
  everyWord: number | null;
  /** Why there could be no hits at all (an empty query), for a note to the user. */
  note: string | null;
  /** Words no article has, each replaced by the closest indexed word (not with `strict`). */
  corrections: Correction[];
}

interface Plan {
  terms: QueryTerms | null;
  /** How many words the query asks for (not those it excludes): what the lead's share is of. */
  queryWords: number;
  fields: string[];
  match: string | null;
  exclude: string | null;
  conjuncts: string[];
  negatives: string[];
}

/** The query as FTS5 expressions over analysed terms (expand.ts); --raw passes it as written. */
function planOf(archive: Archive, query: string, options: SearchOptions): Plan {
  if (options.raw) return { terms: null, queryWords: 0, match: query.trim() || null, exclude: null, conjuncts: [], negatives: [], fields: [] };
  // The words asked for, read without the index first: a correction is chosen by them (not by a
  // word the query excludes, an operator or a field's name).
  const terms = new QueryTerms(archive, !options.strict, translateQuery(query).words);
  const t = translateQuery(query, terms);
  return { terms, queryWords: terms.wordCount(t.words), match: t.match, exclude: t.exclude, conjuncts: t.conjuncts, negatives: t.negatives, fields: t.fields };
}

/** Whether a query has words to measure proximity by (a --raw query has none). */
function hasWords(h: Highlight): boolean {
  return h.terms.size > 0 || h.prefixes.length > 0;
}

/** The query word each word of a row's headline reads, or null. */
function titleWords(row: { title: string | null; language: string | null }, h: Highlight): Array<number | null> {
  return row.title ? matchWords(row.title, row.language, h).words : [];
}

const NO_HIGHLIGHT: Highlight = { terms: new Set(), prefixes: [], words: new Map() };

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

/**
 * The fields, score and snippet of a page's hits, in one pass over the matches between the lowest
 * and highest id on the page. The `+` keeps the id list from becoming an FTS5 rowid constraint:
 * FTS5 would then evaluate the whole expression once per id, which for a prefix (`econom*`) means
 * merging every matching term's postings twenty times over. Filtering first and computing the
 * snippet after means only the page's articles are read and tokenised.
 */
const SELECT_HITS = `SELECT ${ARTICLE_COLUMNS}, -f.rank AS score, a.body AS body
  FROM articles_fts f JOIN articles a ON a.id = f.rowid
  WHERE articles_fts MATCH ? AND f.rowid >= ? AND f.rowid <= ? AND +f.rowid IN (SELECT value FROM json_each(?))`;
const SELECT_HITS_RANKED = SELECT_HITS.replace("WHERE articles_fts MATCH ?", "WHERE articles_fts MATCH ? AND f.rank MATCH ?");

/**
 * The ranking for a query with field terms (`title:oil`): the fields it names weigh half as much
 * again, so a match where the user asked for it counts for more. Null: the archive's default.
 */
export function rankFor(fields: readonly string[]): string | null {
  if (fields.length === 0) return null;
  const weights = FTS_COLUMNS.map((c) => (fields.includes(c) ? COLUMN_WEIGHTS[c] * FIELD_TERM_BOOST : COLUMN_WEIGHTS[c]));
  return `bm25(${weights.map((w) => w.toFixed(1)).join(", ")})`;
}

/** With more matches than this, date order walks the date index instead of sorting the matches. */
const DATE_WALK_FROM = 2000;

/**
 * `FROM ... WHERE` for the articles matching an FTS5 expression (the first parameter) and the
 * filters. Without filters the full-text index alone answers. With them, each match is checked
 * against articles_filters, a narrow index of the filter columns keyed by id: a common word
 * matches tens of thousands of articles, and reading their wide rows (bodies, originals) to check
 * a date or section would cost ten times more than ranking them.
 */
function matchesFrom(f: SqlParts, ranked = false): string {
  const match = ranked ? "articles_fts MATCH ? AND f.rank MATCH ?" : "articles_fts MATCH ?";
  if (f.where.length === 0) return `FROM articles_fts f WHERE ${match}`;
  return `FROM articles_fts f JOIN articles a INDEXED BY articles_filters ON a.id = f.rowid
    ${whereClause([match, ...f.where])}`;
}

/**
 * One page of hits in two steps: first the page's ids, ranked (or dated) over every match, then
 * each hit's row and snippet. Computing snippets and reading rows for every match before sorting
 * would cost as much per match as the ranking itself. By relevance, the PROXIMITY_POOL best are
 * read whatever the page, and put in order again by proximity and lead (proximity.ts), so pages agree.
 */
function runMatch(archive: Archive, match: string, options: SearchOptions, raw: boolean, rank: string | null, highlight: Highlight, queryWords: number): SearchHit[] {
  const f = filterSql(options);
  const byDate = options.sort === "date";
  const offset = options.offset ?? 0;
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  const pooled = !byDate && offset < PROXIMITY_POOL && hasWords(highlight);
  const from = pooled ? 0 : offset;
  const count = pooled && limit > 0 ? Math.max(offset + limit, PROXIMITY_POOL) : pooled ? 0 : limit;
  try {
    // One hit per story (its best ranked or newest article), unless every article is wanted.
    const ids = options.articles
      ? pageIds(archive, match, f, pageSql({ offset: from, limit: count }, undefined), byDate, rank)
      : firstOfEachStory(
          (offset, limit) => pageIds(archive, match, f, pageSql({ offset, limit }, undefined), byDate, rank),
          (ids) => storiesOfIds(archive, ids),
          from,
          count,
        );
    if (ids.length === 0) return [];
    // BigInts: FTS5 ignores a rowid bound as a floating-point number, and all JS numbers are.
    const [low, high] = ids.reduce(([lo, hi], id) => [Math.min(lo, id), Math.max(hi, id)], [Infinity, -Infinity]);
    const range = [BigInt(low), BigInt(high), JSON.stringify(ids)];
    const rows = (rank ? archive.statement(SELECT_HITS_RANKED).all(match, rank, ...range) : archive.statement(SELECT_HITS).all(match, ...range)) as Array<
      ArticleRow & { score: number; body: string }
    >;
    const byId = new Map(rows.map((row) => [row.id, row]));
    let found = ids.flatMap((id, i) => {
      const row = byId.get(id);
      if (!row) return [];
      const matched = pooled && i < PROXIMITY_POOL ? matchWords(row.body, row.language, highlight) : undefined;
      return [{ row, matched, score: matched ? poolScore(row.score, matched.words, titleWords(row, highlight), queryWords) : row.score }];
    });
    if (pooled) {
      // Stable: equal scores keep BM25's order; the stories past the pool keep theirs.
      const pool = found.slice(0, PROXIMITY_POOL).sort((a, b) => b.score - a.score);
      found = [...pool, ...found.slice(PROXIMITY_POOL)].slice(offset - from, limit > 0 ? offset - from + limit : undefined);
    }
    return found.map(({ row, matched, score }) => {
      const { body: _body, ...article } = toArticle(row);
      return { ...article, score, snippet: hitSnippet(archive, row, highlight, matched) };
    });
  } catch (err) {
    if (raw && err instanceof Database.SqliteError) rawError(match, err);
    throw err;
  }
}

/**
 * The passage shown under a hit: from the body; from the summary when only its words matched (it is
 * indexed with the body); from the whole page when only words outside the story did (the `page`
 * column), read from the stored original for those hits alone.
 */
function hitSnippet(archive: Archive, row: ArticleRow & { body: string }, highlight: Highlight, matched: Matched | undefined): string {
  const snippet = snippetOf(row.body, row.language, highlight, SNIPPET_TOKENS, matched);
  if (snippet.includes(HIGHLIGHT_START) || !hasWords(highlight)) return snippet;
  const inSummary = row.summary ? snippetOf(row.summary, row.language, highlight) : "";
  if (inSummary.includes(HIGHLIGHT_START)) return inSummary;
  // (A hit on the headline's or another field's words keeps the body's opening: the page would
  // only say the headline again.)
  const fields = [row.title, row.author, row.section, row.place, row.source, row.tags].filter(Boolean).join("\n");
  if (snippetOf(fields, row.language, highlight).includes(HIGHLIGHT_START)) return snippet;
  const page = archive.original(row.id);
  const onPage = page ? snippetOf(page, row.language, highlight) : "";
  return onPage.includes(HIGHLIGHT_START) ? onPage : snippet;
}

function pageIds(archive: Archive, match: string, f: SqlParts, page: SqlParts & { sql: string }, byDate: boolean, rank: string | null): number[] {
  let sql: string;
  if (!byDate) {
    // With the archive's own weights, only the matches that can make the page are scored (ranked-page.ts).
    if (rank === null) {
      const [limit, offset] = page.params as [number, number];
      const ids = rankedPageIds(archive, match, matchesFrom(f), [match, ...f.params], f.where.length > 0, offset, limit);
      if (ids) return ids;
    }
    // `rank, rowid` rather than `rank` alone: SQLite then keeps only the best LIMIT + OFFSET rows
    // while scanning, where FTS5's own ORDER BY rank sorts every match (twice as slow).
    sql = `SELECT f.rowid AS id ${matchesFrom(f, rank !== null)} ORDER BY f.rank, f.rowid ${page.sql}`;
    const rows = archive.statement(sql).all(match, ...(rank ? [rank] : []), ...f.params, ...page.params) as Array<{ id: number }>;
    return rows.map((r) => r.id);
  } else {
    const many = archive.statement(`SELECT count(*) AS n FROM (SELECT 1 ${matchesFrom(f)} LIMIT ?) AS m`);
    if ((many.get(match, ...f.params, DATE_WALK_FROM) as { n: number }).n < DATE_WALK_FROM) {
      sql = `SELECT f.rowid AS id FROM articles_fts f JOIN articles a INDEXED BY articles_filters ON a.id = f.rowid
        ${whereClause(["articles_fts MATCH ?", ...f.where])} ORDER BY a.date DESC, a.id DESC ${page.sql}`;
    } else {
      // Newest first through the date index, keeping the matches: the first page comes quickly.
      sql = `SELECT a.id AS id FROM articles a INDEXED BY articles_date
        ${whereClause(["a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", ...f.where])}
        ORDER BY a.date DESC, a.id DESC ${page.sql}`;
    }
  }
  const rows = archive.statement(sql).all(match, ...f.params, ...page.params) as Array<{ id: number }>;
  return rows.map((r) => r.id);
}

/** Queries with only exclusions ("-sport"): every article that does not match, newest first. */
function runExclude(archive: Archive, exclude: string, options: SearchOptions): SearchHit[] {
  const f = filterSql(options);
  const sql = `SELECT ${ARTICLE_COLUMNS}, 0 AS score, substr(a.body, 1, 200) AS snippet FROM articles a
    ${whereClause(["a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", ...f.where])}
    ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?`;
  const read = (offset: number, limit: number): SearchHit[] =>
    (archive.statement(sql).all(exclude, ...f.params, limit > 0 ? limit : -1, offset) as Array<ArticleRow & { score: number; snippet: string }>).map((row) => ({
      ...toArticle(row),
      score: 0,
      snippet: shorten(row.snippet),
    }));
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  const offset = options.offset ?? 0;
  return options.articles ? read(offset, limit) : firstOfEachStory(read, (hits) => hits.map((h) => h.story ?? h.id), offset, limit);
}

function shorten(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > SNIPPET_TOKENS ? `${words.slice(0, SNIPPET_TOKENS).join(" ")}…` : words.join(" ");
}

/**
 * Fewer articles than this with every word is a thin result. People remember a story by a few
 * words, often one of them wrong ("beat" for "victory"), and then the few articles that happen to
 * have every word are no better bets than the best ones that have most of them.
 */
export const THIN_RESULT = 10;

interface Choice {
  match: string;
  partial: boolean;
  everyWord: number | null;
}

/**
 * The FTS5 expression to run. Normally the whole query (every word). When that finds fewer than
 * THIN_RESULT articles:
 * - by relevance ("ranked"), the articles with ANY of the words, all ranked together by BM25:
 *   people remember a story by a few words and often one of them is wrong ("beat" for "victory"),
 *   so an article with every word is no better a bet than one with most of them in its headline.
 *   (Every-word articles first, then the rest, put the known item first for 85% of 100 known-item
 *   queries; ranked together, 88%, and on 40 queries written later and never looked at, 87.5% ->
 *   90%, MRR 0.914 -> 0.934.)
 * - otherwise ("cascade": date order, export), only when no article has every word, the articles
 *   with the largest "at least k of the words" that finds something, so the set stays small.
 */
function chooseMatch(archive: Archive, plan: Plan, options: SearchOptions, mode: "ranked" | "cascade"): Choice {
  const match = plan.match!;
  const exact: Choice = { match, partial: false, everyWord: null };
  if (options.raw || options.strict || plan.conjuncts.length < 2) return exact;
  const f = filterSql(options);
  const from = matchesFrom(f);
  const exists = archive.statement(`SELECT 1 ${from} LIMIT 1`);
  if (mode === "ranked") {
    const count = archive.statement(`SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ?) AS m`);
    const atLeastThin = (expr: string) => (count.get(expr, ...f.params, THIN_RESULT) as { n: number }).n;
    const n = atLeastThin(match);
    if (n >= THIN_RESULT) return exact;
    // A word no article has (a typo, a name spelt another way) says nothing about which article is
    // meant: the other words decide, as if it had not been typed. It also keeps a stray word from
    // turning a query of common words into a ranking of every article that has any of them.
    const known = n > 0 ? plan.conjuncts : plan.conjuncts.filter((c) => exists.get(c, ...f.params));
    if (known.length === 0) return exact;
    if (known.length < plan.conjuncts.length) {
      const rest = atLeast(known, known.length, plan.negatives)!;
      if (atLeastThin(rest) >= THIN_RESULT) return { match: rest, partial: true, everyWord: 0 };
    }
    return { match: atLeast(known, 1, plan.negatives) ?? match, partial: true, everyWord: n };
  }
  if (exists.get(match, ...f.params)) return exact;
  for (let k = plan.conjuncts.length - 1; k >= 1; k--) {
    const expr = atLeast(plan.conjuncts, k, plan.negatives);
    if (expr && exists.get(expr, ...f.params)) return { match: expr, partial: true, everyWord: 0 };
  }
  return exact;
}

/** Ranked search adds partial matches when the every-word result is thin; date order does not. */
function modeOf(options: SearchOptions): "ranked" | "cascade" {
  return options.sort === "date" ? "cascade" : "ranked";
}

/**
 * Searches the archive: one hit per story (its best ranked article, or its newest with sort
 * "date") unless `options.articles`, each hit with its story's size.
 */
export function search(archive: Archive, query: string, options: SearchOptions = {}): SearchResult {
  const result = searchArticles(archive, query, options);
  withStorySizes(archive, result.hits);
  return result;
}

function searchArticles(archive: Archive, query: string, options: SearchOptions): SearchResult {
  const raw = options.raw ?? false;
  const plan = planOf(archive, query, options);
  const corrections = plan.terms?.corrections ?? [];
  if (!plan.match && !plan.exclude) {
    return { hits: [], partial: false, everyWord: null, note: "the query has no words to search for", corrections };
  }
  if (!plan.match) return { hits: runExclude(archive, plan.exclude!, options), partial: false, everyWord: null, note: null, corrections };
  const chosen = chooseMatch(archive, plan, options, modeOf(options));
  const highlight = plan.terms?.highlight ?? NO_HIGHLIGHT;
  const hits = runMatch(archive, chosen.match, options, raw, rankFor(plan.fields), highlight, plan.queryWords);
  return { hits, partial: chosen.partial, everyWord: chosen.everyWord, note: null, corrections };
}

/**
 * Every matching article in full, best first (or newest first with sort: "date"), one at a time,
 * for export. Calls `onPartial` when it falls back to partial matches.
 */
export function* iterateMatches(
  archive: Archive,
  query: string,
  options: SearchOptions = {},
  onPartial?: () => void,
  onCorrection?: (c: Correction) => void,
): Generator<Article> {
  const raw = options.raw ?? false;
  const plan = planOf(archive, query, options);
  for (const c of plan.terms?.corrections ?? []) onCorrection?.(c);
  const f = filterSql(options);
  // By relevance, the first PROXIMITY_POOL are read whatever the page and put in order by
  // proximity, as search does (see runMatch); the page is cut from them here.
  const offset = options.offset ?? 0;
  const limit = options.limit ?? 0;
  const highlight = plan.terms?.highlight;
  const pooled = plan.match !== null && options.sort !== "date" && offset < PROXIMITY_POOL && highlight !== undefined && hasWords(highlight);
  const page = pooled ? pageSql({ offset: 0, limit: limit > 0 ? Math.max(offset + limit, PROXIMITY_POOL) : 0 }, undefined) : pageSql(options, undefined);
  let sql: string;
  let param: string;
  if (plan.match) {
    // Export keeps to the smallest fitting set: partial matches only when none has every word.
    const chosen = chooseMatch(archive, plan, options, "cascade");
    if (chosen.partial) onPartial?.();
    const order = options.sort === "date" ? "a.date DESC, a.id DESC" : "f.rank, a.id";
    sql = `SELECT ${ARTICLE_COLUMNS}, a.body${pooled ? ", -f.rank AS score" : ""} FROM articles_fts f JOIN articles a ON a.id = f.rowid
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
    const rows = archive.db.prepare(sql).iterate(param, ...f.params, ...page.params) as IterableIterator<ArticleRow & { body: string; score: number }>;
    for (const row of pooled ? byProximity(rows, highlight!, plan.queryWords, offset, limit) : rows) yield toArticle(row);
  } catch (err) {
    if (raw && err instanceof Database.SqliteError) rawError(param, err);
    throw err;
  }
}

/** Rows in rank order with the first PROXIMITY_POOL put in order again by proximity and lead, then `offset`
 *  skipped and at most `limit` (0: all) kept. The rows' order among equals stays. */
function* byProximity<T extends { title: string | null; body: string; language: string | null; score: number }>(
  rows: Iterable<T>,
  highlight: Highlight,
  queryWords: number,
  offset: number,
  limit: number,
): Generator<T> {
  const pool: Array<{ row: T; score: number }> = [];
  let at = 0;
  const keep = () => at++ >= offset && (limit === 0 || at <= offset + limit);
  function* flush(): Generator<T> {
    pool.sort((a, b) => b.score - a.score);
    for (const { row } of pool) if (keep()) yield row;
  }
  for (const row of rows) {
    if (pool.length < PROXIMITY_POOL) {
      pool.push({ row, score: poolScore(row.score, matchWords(row.body, row.language, highlight).words, titleWords(row, highlight), queryWords) });
      if (pool.length === PROXIMITY_POOL) yield* flush();
    } else if (keep()) {
      yield row;
    }
  }
  if (pool.length < PROXIMITY_POOL) yield* flush();
}

/** How many articles match (every word; --count never falls back to partial matches). */
export function countMatches(archive: Archive, query: string, options: SearchOptions = {}): number {
  const raw = options.raw ?? false;
  const plan = planOf(archive, query, options);
  const f = filterSql(options);
  let sql: string;
  let param: string;
  if (plan.match) {
    sql = `SELECT count(*) AS n ${matchesFrom(f)}`;
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

/**
 * The FTS5 expressions behind `search --strict` and `--count`, for callers that group the matches
 * instead of listing them (timeline, top): `match` selects the articles, or, for a query of only
 * exclusions (`-sport`), `exclude` selects the articles to leave out. Both null: no words at all.
 */
export function strictMatch(archive: Archive, query: string, raw = false): { match: string | null; exclude: string | null } {
  const plan = planOf(archive, query, { raw, strict: true });
  return { match: plan.match, exclude: plan.exclude };
}
