// A PostgreSQL connection that answers the part of better-sqlite3's interface the archive uses
// (prepare → get/all/iterate/run, exec, transaction), so the archive's code runs on either engine.
// SQL is shared where the two agree; where it differs, `translate` rewrites SQLite's forms (below),
// and the few statements with no common form ask the archive which engine it is (`archive.pg`).
//
// Writes whose result nobody reads (an index row, a file link) wait in a queue and go to the server
// together, in one round trip, before the next read or the commit: a round trip costs far more than
// the statement, and a write transaction holds thousands of them.
import { UsageError } from "../../errors.js";
import { pgFailure } from "./failure.js";
import { bestMatches, countedQuery, guessSql, rankedPageSql, scoreSql, type CountedPhrase, type Scored } from "./ranking.js";
import { matchBound, phrasesOf, toTsquery, TsquerySyntaxError, type RankedPhrase } from "./tsquery.js";
import { PgError, SyncClient, type PgResult } from "./sync-client.js";
import { quoteLexeme } from "./terms.js";
import { IMPACT_LEVELS, impactToken } from "./impact.js";

type Params = unknown[];

interface Translated {
  text: string;
  /** For each `$n`, in order: which of the caller's arguments (by position, or by name for
   *  `@name`) it takes, and as what: the value itself, an FTS5 expression as a tsquery, or what
   *  ranking needs of that expression (ranking.ts: what BM25 counts of each phrase, their IDFs,
   *  the average length; what a ranked page's statements take besides, ranking.ts). */
  params: Array<{ from: number | string; as: "value" | "tsquery" | "avgdl" | "queries" | "idfs" | "extra" }>;
  /** A ranked page's: which argument is its limit (-1: every match); its offset follows. */
  limitFrom?: number;
  /** A ranked page's first statement (ranking.ts), with the same parameters; whether it asks for
   *  more than a match (a date, a section…). */
  guess?: string;
  filtered?: boolean;
  /** A count of a match up to a limit, or whether there is one (search.ts, chooseMatch), which the
   *  count of the match answers when its tsquery is what the GIN index reads (see counts). */
  counts?: "up to" | "exists";
}

const translations = new Map<string, Translated>();

/** The conflict target of `INSERT OR REPLACE` into each table (postgres/schema.ts). */
const PRIMARY_KEYS: Record<string, string[]> = { _news_copy: ["key"], stories: ["id"], files: ["path"], story_bands: ["key", "id"], versions: ["article_id", "version"] };

/** Markers for the full-text parts of a statement while its placeholders are numbered. */
const MATCH = "\u0001";
const RANK_MATCH = "\u0002";
const RANK_VALUE = "\u0003";
const LIMIT = "\u0004";
const OFFSET = "\u0005";
const EXTRA = "\u0006";

/** A page of ids in rank order (search.ts, pageIds). */
const RANKED_PAGE = /^SELECT f\.rowid AS id (FROM[\s\S]*) ORDER BY f\.rank, f\.rowid LIMIT \? OFFSET \?$/;
/** A list of ids, as rewritten (which the index of ids reads however the session plans). */
const ID_LIST = "= ANY(ARRAY(SELECT value::bigint FROM json_array_elements_text(";
/** How many articles match, up to a limit, and whether any does (search.ts, chooseMatch). */
const COUNT_UP_TO = /^SELECT count\(\*\) AS n FROM \(SELECT 1 FROM articles_fts f WHERE articles_fts MATCH \? LIMIT \?\) AS m$/;
const EXISTS = /^SELECT 1 FROM articles_fts f WHERE articles_fts MATCH \? LIMIT 1$/;

/**
 * SQLite's SQL as PostgreSQL takes it. Placeholders (`?`, `@name`) become `$n`; FTS5's `articles_fts
 * MATCH ?` becomes `terms @@ $n::tsquery` (its argument translated by toTsquery), `f.rank` the
 * BM25 of the same query (ranking.ts, which also reads a ranked page), `rowid` the id; `json_each` over a list of ids or tags becomes
 * json_array_elements_text; `group_concat` is string_agg, `LIKE` (ASCII case-blind in SQLite) ILIKE,
 * `LIMIT -1` (no limit) LIMIT NULL; `INSERT OR IGNORE`/`OR REPLACE` are `ON CONFLICT` clauses, and
 * `INDEXED BY` hints are dropped. Quoted text is left alone. NOCASE is a collation of the archive's
 * own (postgres/schema.ts).
 */
export function translate(sql: string): Translated {
  const cached = translations.get(sql);
  if (cached) return cached;
  // A ranked page reads only the matches that can make it (ranking.ts), in two statements.
  const page = RANKED_PAGE.exec(sql.trim());
  let t: Translated;
  if (page) {
    const { scores, guess } = rankedPageSql({ from: page[1]!, score: RANK_VALUE, extra: EXTRA, end: `(nullif(${LIMIT}::bigint, -1) + ${OFFSET}::bigint)` });
    t = { ...numbered(rewritten(scores)), guess: numbered(rewritten(guess)).text, filtered: !/^FROM articles_fts f WHERE articles_fts MATCH \?( AND f\.rank MATCH \?)?$/.test(page[1]!.trim()) };
  } else {
    t = numbered(rewritten(sql));
    if (COUNT_UP_TO.test(sql.trim())) t.counts = "up to";
    if (EXISTS.test(sql.trim())) t.counts = "exists";
  }
  translations.set(sql, t);
  return t;
}

/** SQLite's forms rewritten as PostgreSQL's, full-text ones as markers (numbered below). */
function rewritten(sql: string): string {
  return sql
    .replace(/\bAND f\.rank MATCH \?/g, RANK_MATCH)
    .replace(/\barticles_fts MATCH \?/g, MATCH)
    // FTS5's rank is lower for better matches (BM25 negated).
    .replace(/-f\.rank\b/g, RANK_VALUE)
    .replace(/\bf\.rank\b/g, `(-${RANK_VALUE})`)
    .replace(/\+?\bf\.rowid\b/g, "f.id")
    .replace(/\bSELECT rowid FROM articles_fts\b/g, "SELECT id FROM articles_fts")
    // A list of ids: `= ANY` of an array lets the planner read each id by its index.
    .replace(/\bIN \(SELECT value FROM json_each\(\?\)\)/g, "= ANY(ARRAY(SELECT value::bigint FROM json_array_elements_text(?::json) AS j(value)))")
    .replace(/\bSELECT value FROM json_each\(\?\)/g, "SELECT value::bigint FROM json_array_elements_text(?::json) AS j(value)")
    .replace(/\bLEFT JOIN json_each\((\w+)\.tags\) (\w+)/g, "LEFT JOIN LATERAL json_array_elements_text($1.tags::json) AS $2(value) ON true")
    .replace(/\bjson_each\((\w+)\.tags\) (\w+)/g, "json_array_elements_text($1.tags::json) AS $2(value)")
    .replace(/\bgroup_concat\(/g, "string_agg(")
    .replace(/ LIKE /g, " ILIKE ")
    .replace(/\bLIMIT \?/g, "LIMIT nullif(?, -1)")
    .replace(/\bDESC\b/g, "DESC NULLS LAST")
    .replace(/\bINDEXED BY \w+/gi, "");
}

/** Placeholders and markers numbered as `$n`, with what each takes (see Translated). */
function numbered(source: string): Translated {
  let text = "";
  let arg = 0;
  let matchArg = -1;
  let limitFrom: number | undefined;
  const reused = new Map<string, number>();
  const params: Translated["params"] = [];
  const numbered = new Map<string, number>();
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "'" || ch === '"') {
      const end = source.indexOf(ch, i + 1);
      const stop = end < 0 ? source.length : end + 1;
      text += source.slice(i, stop);
      i = stop - 1;
    } else if (ch === "?") {
      params.push({ from: arg++, as: "value" });
      text += `$${params.length}`;
    } else if (ch === MATCH) {
      matchArg = arg;
      params.push({ from: arg++, as: "tsquery" });
      text += `terms @@ $${params.length}::tsquery`;
    } else if (ch === LIMIT || ch === OFFSET) {
      let k = reused.get(ch);
      if (k === undefined) {
        if (ch === LIMIT) limitFrom = arg;
        params.push({ from: arg++, as: "value" });
        reused.set(ch, (k = params.length));
      }
      text += `$${k}`;
    } else if (ch === RANK_MATCH) {
      arg++; // FTS5's BM25 weights: the score has the same ones built in (ranking.ts)
    } else if ((ch === "@" || (ch === ":" && source[i + 1] !== ":" && source[i - 1] !== ":")) && /[A-Za-z_]/.test(source[i + 1] ?? "")) {
      const name = /^[A-Za-z_]\w*/.exec(source.slice(i + 1))![0];
      let k = numbered.get(name);
      if (k === undefined) {
        params.push({ from: name, as: "value" });
        numbered.set(name, (k = params.length));
      }
      text += `$${k}`;
      i += name.length;
    } else {
      text += ch;
    }
  }
  if (text.includes(EXTRA)) {
    params.push({ from: matchArg, as: "extra" });
    text = text.replaceAll(EXTRA, `$${params.length}`);
  }
  if (text.includes(RANK_VALUE)) {
    // FTS5's BM25 over the phrases of the same query.
    const n = params.length;
    for (const as of ["avgdl", "queries", "idfs"] as const) params.push({ from: matchArg, as });
    text = text.replaceAll(RANK_VALUE, scoreSql("f.terms", "f.length", `$${n + 1}::float8`, `$${n + 2}::tsquery[]`, `$${n + 3}::float8[]`));
  }
  if (/^\s*INSERT OR IGNORE\b/i.test(text)) text = text.replace(/^\s*INSERT OR IGNORE\b/i, "INSERT") + " ON CONFLICT DO NOTHING";
  const replace = /^\s*INSERT OR REPLACE INTO (\w+) \(([^)]*)\)/i.exec(text);
  if (replace) {
    const key = PRIMARY_KEYS[replace[1]!];
    if (!key) throw new Error(`INSERT OR REPLACE INTO ${replace[1]}: its primary key is not known here`);
    const rest = replace[2]!.split(",").map((c) => c.trim()).filter((c) => !key.includes(c));
    text = `${text.replace(/^\s*INSERT OR REPLACE\b/i, "INSERT")} ON CONFLICT (${key.join(", ")}) DO ${
      rest.length ? `UPDATE SET ${rest.map((c) => `${c} = excluded.${c}`).join(", ")}` : "NOTHING"}`;
  }
  return { text, params, limitFrom };
}

/** A value as the `pg` driver takes it: PostgreSQL text cannot hold NUL, and bigints go as text. */
function param(v: unknown): unknown {
  if (typeof v === "bigint") return v.toString();
  if (v instanceof Uint8Array && !Buffer.isBuffer(v)) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  return v;
}

/** A query's FTS5 expression as a tsquery (see toTsquery for `loose`); one PostgreSQL cannot read
 *  (from --raw) is a usage error. */
function tsqueryOf(expression: string, loose = false): string {
  try {
    return toTsquery(expression, loose);
  } catch (err) {
    if (err instanceof TsquerySyntaxError) throw new UsageError(`cannot parse the --raw query: ${err.message}; check the FTS5 syntax, or drop --raw to search the words as text`);
    throw err;
  }
}

export interface RunResult {
  changes: number;
  lastInsertRowid: number;
}

export class PgStatement {
  private plucked = false;
  private rawRows = false;
  private readonly t: Translated;
  readonly reader: boolean;
  /** The statement as sent to PostgreSQL. */
  get text(): string {
    return this.t.text;
  }
  /** How the statement is planned (see FULL_TEXT_PLANS): full text, as usual, or either way (it
   *  reads rows by a list of ids). */
  private readonly plans: boolean | null;
  /** Reads only the vocabulary tables (see VOCABULARY_READ). */
  private readonly vocabulary: boolean;

  constructor(
    private readonly db: PgDatabase,
    readonly source: string,
  ) {
    this.t = translate(source);
    this.reader = /^\s*(SELECT|WITH|VALUES)\b/i.test(source) || /\bRETURNING\b/i.test(source);
    this.plans = this.reader && this.t.text.includes("@@") ? true : this.t.text.includes(ID_LIST) ? null : false;
    this.vocabulary = VOCABULARY_READ.test(source);
  }

  /** The parameters sent for these arguments. */
  parameters(...args: unknown[]): Params {
    return this.params(args);
  }

  private params(args: unknown[]): Params {
    const named = (args[0] ?? {}) as Record<string, unknown>;
    let phrases: CountedPhrase[] | undefined;
    return this.t.params.map((p) => {
      const v = typeof p.from === "string" ? named[p.from] : args[p.from];
      if (p.as === "value") return param(v === undefined ? null : v);
      if (p.as === "tsquery") return tsqueryOf(String(v));
      if (p.as === "avgdl") return this.db.averageLength();
      if (p.as === "extra") return null;
      phrases ??= this.db.counted(phrasesOf(String(v)));
      if (p.as === "queries") return phrases.map(countedQuery);
      return phrases.map((x) => x.idf);
    });
  }

  /**
   * A count of a match up to a limit, or whether there is one, from the count of the match, kept
   * as the counts are (the same count decides whether a ranked page reads every match); null when
   * the GIN index alone does not answer the match (a phrase, a column by weight), which then runs.
   */
  private answeredByCount(args: unknown[]): Array<Record<string, unknown>> | null {
    const match = tsqueryOf(String(args[0]));
    if (match !== tsqueryOf(String(args[0]), true)) return null;
    const n = this.db.articlesWith(match);
    const limit = args[1] as number;
    return this.t.counts === "exists" ? (n > 0 ? [{ "?column?": 1 }] : []) : [{ n: limit < 0 ? n : Math.min(n, limit) }];
  }

  /** A ranked page (ranking.ts): statements over fewer candidates than every match. */
  private rankedPage(args: unknown[]): Array<{ id: number }> {
    const params = this.params(args);
    const at = this.t.params.findIndex((p) => p.as === "extra");
    const matchArg = this.t.params[at]!.from as number;
    const [limit, offset] = [args[this.t.limitFrom!] as number, args[this.t.limitFrom! + 1] as number];
    const expression = String(args[matchArg]);
    // Without impact tokens (an archive not yet upgraded) every match is read.
    const phrases = this.db.impactTokens ? this.db.counted(phrasesOf(expression)) : [];
    const matches = {
      query: tsqueryOf(expression),
      filtered: this.t.filtered!,
      ...(phrases.length ? matchBound(expression, (q) => this.db.articlesWith(q)) : { most: Infinity, tight: true, any: false }),
    };
    const bounded = this.db.expanded(phrases);
    const run = (text: string, extra: unknown) => {
      params[at] = extra;
      return this.db.query(text, params, true).rows;
    };
    const best = bestMatches(bounded, this.db.averageLength(), limit === -1 ? null : limit + offset, matches, {
      count: () => this.db.articlesWith(tsqueryOf(expression, true)),
      levels: (lexeme) => this.db.levelCounts(lexeme),
      guess: (tiers) => run(guessSql(this.t.guess!, tiers.length), tiers).map((r) => r.score as number),
      score: (candidates) => run(this.t.text, candidates) as unknown as Scored[],
    });
    return best.slice(offset).map(({ id }) => ({ id }));
  }

  private execute(params: Params): PgResult {
    return this.db.query(this.t.text, params, this.plans);
  }

  pluck(on = true): this {
    this.plucked = on;
    return this;
  }

  raw(on = true): this {
    this.rawRows = on;
    return this;
  }

  private shape(rows: Array<Record<string, unknown>>): unknown[] {
    if (this.plucked) return rows.map((r) => r[Object.keys(r)[0]!]);
    if (this.rawRows) return rows.map((r) => Object.values(r));
    return rows;
  }

  all(...args: unknown[]): unknown[] {
    if (this.t.limitFrom !== undefined) return this.shape(this.rankedPage(args));
    if (this.t.counts) {
      const rows = this.answeredByCount(args);
      if (rows) return this.shape(rows);
    }
    if (this.vocabulary) return this.shape(this.db.rowsKept(this, ...args));
    return this.shape(this.execute(this.params(args)).rows);
  }

  get(...args: unknown[]): unknown {
    return this.all(...args)[0];
  }

  iterate(...args: unknown[]): IterableIterator<unknown> {
    return this.all(...args)[Symbol.iterator]();
  }

  /** Runs a write. Its result is worked out only when read: until then the write waits in the queue. */
  run(...args: unknown[]): RunResult {
    const params = this.params(args);
    if (this.reader) {
      const r = this.execute(params);
      const first = r.rows[0];
      return { changes: r.rowCount, lastInsertRowid: first && "id" in first ? Number(first.id) : 0 };
    }
    return this.db.defer(this.t.text, params);
  }
}

/** `INSERT INTO t (cols) VALUES (…)[, (…)]` of parameters only, with any ON CONFLICT clause. */
const MERGEABLE = /^(INSERT INTO \w+ ?\(([^)]*)\) VALUES )((?:\((?:\$\d+(?:::\w+)?(?:, )?)+\)(?:, )?)+)(\s+ON CONFLICT\s*(?:\(([^)]*)\))?\s*DO (UPDATE|NOTHING)[\s\S]*)?$/;
/** PostgreSQL takes at most 65,535 parameters in a statement. */
const MAX_PARAMS = 30_000;

interface Queued {
  sql: string;
  params: Params;
  result?: PgResult;
  /** Sent without waiting (PgDatabase.postQueue): the request its result comes with. */
  posted?: { n: number; groups: Array<{ members: Queued[] }>; done: boolean };
}

interface Group {
  sql: string;
  members: Queued[];
  m: RegExpExecArray | null;
}

/**
 * The queued writes with every INSERT of the same text merged into one multi-row INSERT: a round
 * trip to the server costs more than writing a row, and a write transaction of a thousand articles
 * queues tens of thousands of index rows, file links and story marks. Between two statements that are
 * not such INSERTs (an UPDATE, a DELETE, a savepoint) nothing moves across: each merged INSERT stands
 * where its first row was, so rows still come after those they refer to. An upsert (DO UPDATE) keeps
 * only the last row for each key, which is what running them one by one would have left.
 */
export function mergeInserts(queue: Queued[]): Array<{ sql: string; params: Params; members: Queued[] }> {
  const groups: Group[] = [];
  let open = new Map<string, Group>();
  for (const q of queue) {
    const m = q.params.length > 0 ? MERGEABLE.exec(q.sql) : null;
    if (!m) {
      open = new Map();
      groups.push({ sql: q.sql, members: [q], m: null });
      continue;
    }
    let g = open.get(q.sql);
    if (!g || (g.members.length + 1) * q.params.length > MAX_PARAMS) {
      g = { sql: q.sql, members: [], m };
      open.set(q.sql, g);
      groups.push(g);
    }
    g.members.push(q);
  }
  return groups.map((g) => {
    if (g.members.length === 1 || !g.m) return { sql: g.sql, params: g.members[0]!.params, members: g.members };
    const [, head, columnList, values, tail, conflictKeys, action] = g.m;
    let rows = g.members;
    if (action === "UPDATE" && conflictKeys) {
      // The last row for each key: later upserts of one key would overwrite the earlier.
      const columns = columnList!.split(",").map((c) => c.trim());
      const at = conflictKeys.split(",").map((k) => columns.indexOf(k.trim()));
      const last = new Map<string, Queued>();
      for (const r of rows) last.set(JSON.stringify(at.map((i) => r.params[i])), r);
      rows = [...last.values()];
    }
    let offset = 0;
    const tuples = rows.map((r) => {
      const shifted = values!.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
      offset += r.params.length;
      return shifted;
    });
    return { sql: `${head}${tuples.join(", ")}${tail ?? ""}`, params: rows.flatMap((r) => r.params), members: g.members };
  });
}

const IDF_TTL_MS = 10_000;
/**
 * A statement that reads only the vocabulary (a word's forms in each language, the terms the index
 * has held): reading a query asks a few of them for each word, a round trip each, and what they
 * answer changes only when articles are added, so outside a write its rows are kept as the counts
 * are (PgDatabase.rowsKept).
 */
const VOCABULARY_READ = /^\s*SELECT\b[^;]*\bFROM (words|articles_vocab)\b(?![^;]*\b(JOIN|FROM|articles|articles_fts)\b)[^;]*$/i;
/** A prefix standing for more terms than this is not bounded term by term (see expanded). */
const MAX_EXPANSIONS = 32;
/** How many articles have a phrase: the translation of expand.ts's count, so both share kept counts. */
const PHRASE_COUNT = "SELECT count(*) FROM articles_fts WHERE terms @@ $1::tsquery";
const phraseCount = (tsquery: string) => `${PHRASE_COUNT}\u0000${JSON.stringify([tsquery])}`;

/**
 * Full-text statements are planned with sequential scans off: PostgreSQL prices `@@` on a tsvector
 * as if it cost nothing, where it reads the article's several kilobytes stored out of line, so for a
 * long tsquery (a ranked page's candidates) or a LIMIT (whether any article matches) it would read
 * every article's rather than ask the GIN index (half a second at 100,000 articles). And without
 * parallel workers, whose start costs more than these statements take. Other statements are planned
 * as usual (a count of every article's section reads them all).
 */
const FULL_TEXT_PLANS = "SET enable_seqscan = off; SET max_parallel_workers_per_gather = 0";
const USUAL_PLANS = "RESET enable_seqscan; RESET max_parallel_workers_per_gather";

export class PgDatabase {
  readonly engine = "postgres";
  private readonly client: SyncClient;
  private queue: Queued[] = [];
  private depth = 0;
  open = true;

  constructor(private readonly url: string) {
    this.client = new SyncClient(url);
  }

  /** Sends statements; an error the user must act on becomes a NewsError saying so. */
  private send(statements: Array<{ sql: string; params: Params }>): PgResult[] {
    try {
      return this.client.batch(statements);
    } catch (err) {
      throw pgFailure(err, this.url) ?? err;
    }
  }

  /** Counts of articles (in all, with each phrase: see counted and countKept), read at most every
   *  IDF_TTL_MS, and again after this connection writes. */
  private readonly kept = new Map<string, number>();
  /** Rows of vocabulary reads, kept as the counts are (see rowsKept). */
  private readonly keptRows = new Map<string, Array<Record<string, unknown>>>();
  private totals = { articles: 0, averageLength: 1, at: -Infinity };
  /** Whether the index holds impact tokens (schema 8), which ranked pages are read by. */
  impactTokens = true;

  /**
   * Each phrase with the articles that have it and its inverse document frequency as FTS5's BM25
   * computes it, log((N - n + 0.5) / (n + 0.5)), at least 1e-6: ranking weighs a rare word above a
   * common one. Counts are kept a few seconds (a long-running `news mcp` sees new articles soon
   * enough).
   */
  counted(phrases: RankedPhrase[]): CountedPhrase[] {
    this.countAll(phrases.map((p) => p.query));
    const n = this.totals.articles;
    return phrases.map((p) => {
      const articles = this.articlesWith(p.query);
      return { ...p, articles, idf: Math.max(1e-6, Math.log((n - articles + 0.5) / (articles + 0.5))) };
    });
  }

  /** How many articles have each level of a term's impact token (index 1 up), kept as the counts are. */
  levelCounts(lexeme: string): number[] {
    const tokens = IMPACT_LEVELS.map((_, i) => quoteLexeme(impactToken(i + 1, lexeme)));
    this.countAll(tokens);
    return [0, ...tokens.map((t) => this.articlesWith(t))];
  }

  /** How many articles a tsquery matches, kept as the counts are. */
  articlesWith(tsquery: string): number {
    this.countAll([tsquery]);
    return this.kept.get(phraseCount(tsquery))!;
  }

  /** Counts the articles that tsqueries match, those not kept, in one round trip. */
  private countAll(tsqueries: string[]): void {
    this.refreshCounts();
    const missing = [...new Set(tsqueries.filter((q) => !this.kept.has(phraseCount(q))))];
    if (missing.length === 0) return;
    const results = this.sendMerged([], missing.map((q) => ({ sql: PHRASE_COUNT, params: [q] })), { fullText: true });
    missing.forEach((q, i) => this.kept.set(phraseCount(q), results[i]!.rows[0]!.count as number));
  }

  /**
   * The phrases with each prefix (`econom*`) in place of the terms it stands for, each with the
   * prefix's IDF and as many articles as have the term: ranking bounds a term's count by its impact
   * level, and a prefix's count is its terms' added up (ranking.ts). The terms come from the
   * vocabulary (a read kept as the counts are); a prefix of more than MAX_EXPANSIONS terms stays
   * whole (and every match of it is read), as does one of a metadata field's.
   */
  expanded(phrases: CountedPhrase[]): CountedPhrase[] {
    return phrases.flatMap((p) => {
      if (!p.prefix || p.lexeme.includes("|")) return [p];
      const terms = this.prepare("SELECT term FROM articles_vocab WHERE term >= ? AND term < ? LIMIT ?")
        .pluck()
        .all(p.lexeme, `${p.lexeme}\u{10FFFF}`, MAX_EXPANSIONS + 1) as string[];
      if (terms.length > MAX_EXPANSIONS) return [p];
      const expansions = terms.map((term) => ({ query: quoteLexeme(term), lexeme: term, prefix: false, weight: p.weight }));
      return this.counted(expansions).map((e) => ({ ...e, idf: p.idf }));
    });
  }

  /** A statement's rows for these arguments, kept as the counts are (VOCABULARY_READ, Archive.rowsKept);
   *  in a write, read anew. */
  rowsKept(statement: PgStatement, ...args: unknown[]): Array<Record<string, unknown>> {
    const params = statement.parameters(...args);
    if (this.inTransaction) return this.query(statement.text, params).rows;
    this.refreshCounts();
    const key = `${statement.text}\u0000${JSON.stringify(params)}`;
    let rows = this.keptRows.get(key);
    if (!rows) this.keptRows.set(key, (rows = this.query(statement.text, params).rows));
    return rows;
  }

  /** The first column of a count's one row, kept as the IDF counts are (Archive.countArticles). */
  countKept(sql: string, param: unknown): number {
    this.refreshCounts();
    const statement = this.prepare(sql);
    const key = `${statement.text}\u0000${JSON.stringify(statement.parameters(param))}`;
    let n = this.kept.get(key);
    if (n === undefined) this.kept.set(key, (n = statement.pluck().get(param) as number));
    return n;
  }

  /** Forgets the kept counts when they are older than IDF_TTL_MS, and reads the totals again. */
  private refreshCounts(): void {
    const now = performance.now();
    if (now - this.totals.at <= IDF_TTL_MS) return;
    this.kept.clear();
    this.keptRows.clear();
    const row = this.query("SELECT count(*) AS n, coalesce(avg(length), 1)::float8 AS avgdl FROM articles_fts").rows[0]!;
    this.totals = { articles: row.n as number, averageLength: Math.max(1, row.avgdl as number), at: now };
  }

  /** The average article's length in terms, for BM25 (kept as the counts are). */
  averageLength(): number {
    this.refreshCounts();
    return this.totals.averageLength;
  }

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  prepare(sql: string): PgStatement {
    return new PgStatement(this, sql);
  }

  /** Runs the queued writes, then this statement, in one round trip; a full-text one as such
   *  statements are planned (FULL_TEXT_PLANS; null: either way). */
  query(sql: string, params: Params = [], fullText: boolean | null = false): PgResult {
    const pending = this.queue;
    this.queue = [];
    const result = this.sendMerged(pending, [{ sql, params }], { fullText })[0]!;
    // A rollback undoes what a SET did in the transaction.
    if (/^\s*ROLLBACK\b/i.test(sql)) this.plans = null;
    return result;
  }

  /** Queues a write; reading its result sends the queue (or waits for it, once posted). */
  defer(sql: string, params: Params): RunResult {
    const entry: Queued = { sql, params };
    this.queue.push(entry);
    if (this.queue.length >= 500) this.postQueue();
    const result = () => {
      if (!entry.result && entry.posted) this.answered(entry.posted);
      if (!entry.result) this.flush();
      return entry.result!;
    };
    return {
      get changes() {
        return result().rowCount;
      },
      get lastInsertRowid() {
        return 0;
      },
    };
  }

  /**
   * In a transaction, sends the queued writes without waiting for the server to run them: this
   * thread goes on with the next articles meanwhile, and the next read or the commit waits for
   * them (and fails with their error, if they failed: the transaction is then rolled back as a
   * whole). Outside one, sends them and waits.
   */
  private postQueue(): void {
    if (!this.inTransaction) return this.flush();
    const pending = this.queue;
    this.queue = [];
    const groups = mergeInserts(pending);
    const request = { n: 0, groups, done: false };
    try {
      request.n = this.client.post(groups.map((g) => ({ sql: g.sql, params: g.params })));
    } catch (err) {
      throw pgFailure(err, this.url) ?? err;
    }
    for (const g of groups) for (const member of g.members) member.posted = request;
  }

  /** Gives the members of a posted request their results (see sendMerged), waiting for them. */
  private answered(request: NonNullable<Queued["posted"]>): void {
    if (request.done) return;
    let results: PgResult[];
    try {
      results = this.client.answer(request.n);
    } catch (err) {
      throw pgFailure(err, this.url) ?? err;
    }
    request.done = true;
    request.groups.forEach((g, i) => {
      for (const member of g.members) member.result = g.members.length === 1 ? results[i] : { rows: [], rowCount: 1 };
    });
  }

  /** Sends the queued writes. */
  flush(): void {
    if (this.queue.length === 0) return;
    const pending = this.queue;
    this.queue = [];
    this.sendMerged(pending);
  }

  /** How the session plans statements now: as full-text ones (true), as usual (false), or not known
   *  (null: after a failure or a rollback). It is changed only for a statement planned the other
   *  way, which costs a round trip to the server. */
  private plans: boolean | null = false;

  /** Sends queued writes with runs of the same INSERT merged into multi-row ones (see mergeInserts),
   *  then the statements `after`, planned as full-text ones or as usual, and returns their results. */
  private sendMerged(pending: Array<{ sql: string; params: Params; result?: PgResult }>, after: Array<{ sql: string; params: Params }> = [], o: { fullText: boolean | null } = { fullText: false }): PgResult[] {
    const groups = mergeInserts(pending);
    const settings = after.length === 0 || o.fullText === null || this.plans === o.fullText ? [] : [{ sql: o.fullText ? FULL_TEXT_PLANS : USUAL_PLANS, params: [] }];
    this.plans = settings.length ? null : this.plans;
    const results = this.send([...groups.map((g) => ({ sql: g.sql, params: g.params })), ...settings, ...after]);
    if (settings.length) this.plans = o.fullText!;
    groups.forEach((g, i) => {
      // A merged INSERT's count is the group's: each member is said to have written its row.
      for (const member of g.members) member.result = g.members.length === 1 ? results[i] : { rows: [], rowCount: 1 };
    });
    return results.slice(groups.length + settings.length);
  }

  exec(sql: string): this {
    const word = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
    if (word === "ROLLBACK") this.queue = [];
    this.query(sql);
    if (word === "BEGIN" || word === "START") this.depth = 1;
    if (word === "COMMIT" || word === "ROLLBACK" || word === "END") this.depth = 0;
    // What this connection wrote, its next search counts.
    if (word === "COMMIT" || word === "END") this.totals.at = -Infinity;
    return this;
  }

  /** SQLite's settings have no meaning here; reading one is a programming error. */
  pragma(source: string): undefined {
    if (/^\s*(foreign_keys|busy_timeout|cache_size|synchronous)\b/i.test(source)) return undefined;
    throw new PgError(`pragma ${source} is SQLite's; this archive is on PostgreSQL`, null);
  }

  /** Like better-sqlite3's: the function runs in a transaction, or in a savepoint inside one. */
  transaction<F extends (...args: never[]) => unknown>(fn: F): F {
    return ((...args: Parameters<F>) => {
      const outer = this.depth === 0;
      const savepoint = `news_${this.depth}`;
      if (outer) this.exec("BEGIN");
      else {
        this.defer(`SAVEPOINT ${savepoint}`, []);
        this.depth++;
      }
      try {
        const result = fn(...args);
        if (outer) this.exec("COMMIT");
        else {
          this.defer(`RELEASE SAVEPOINT ${savepoint}`, []);
          this.depth--;
        }
        return result;
      } catch (err) {
        try {
          if (outer) this.exec("ROLLBACK");
          else {
            this.depth--;
            this.queue = [];
            this.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
          }
        } catch {
          // the connection is gone: so is the transaction
        }
        throw err;
      }
    }) as F;
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    try {
      if (this.depth === 0) this.flush();
    } finally {
      this.client.close();
    }
  }
}
