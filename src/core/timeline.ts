// Attention over time and place: how many articles match a query per period (`news timeline`) and
// which values of a field are most frequent among them (`news top`). Both count with SQL grouping
// over the matches, never by loading articles. The matches are exactly those of
// `news search <query> --strict` (and `--count`), or of `news list` when there is no query, with
// the same filters.
import type { Archive } from "./archive/archive.js";
import { UsageError } from "./errors.js";
import { dateBound, filterSql, whereClause } from "./filters.js";
import { choosePeriod, parsePeriod, periodOf, periodsBetween, type PeriodUnit } from "./periods.js";
import { strictMatch } from "./search.js";
import { TOP_FIELD_NAMES, TOP_FIELDS, type TopField, type TopFieldName } from "./top-fields.js";
import type { Filters } from "./types.js";

export interface TimelineOptions extends Filters {
  /** The period to count by; chosen from the span of the matching dates when not given. */
  by?: PeriodUnit;
}

/** One row of a timeline: `total` is every dated article of the period in the archive, matching or not. */
export interface TimelinePoint {
  period: string;
  count: number;
  total: number;
  /** count / total, to 4 decimal places; 0 for a period with no articles at all. */
  ratio: number;
}

export interface Timeline {
  by: PeriodUnit;
  /** Every period from the first match to the last (or from --since, to --until), empty ones included. */
  points: TimelinePoint[];
  /** Matching articles with no date: not in any period. */
  undated: number;
  /** Why nothing could match (a query with no words), for a note to the user. */
  note: string | null;
}

const NO_WORDS = "the query has no words to search for";

/** SQL and its parameters. */
interface Sql {
  sql: string;
  params: unknown[];
}

/**
 * `FROM … WHERE …` over `articles a` (joined to `articles_fts f` for a query) for the matching
 * articles. `indexed`: read the article's columns from the narrow articles_filters index (id, date,
 * section, source, place, tags) rather than the wide rows. `join`: a table-valued join to add.
 */
function matches(query: string, filters: Filters, indexed: boolean, join = ""): Sql | { note: string } {
  const f = filterSql(filters);
  const a = `articles a${indexed ? " INDEXED BY articles_filters" : ""}`;
  if (query.trim() === "") return { sql: `FROM ${a} ${join} ${whereClause(f.where)}`, params: f.params };
  const { match, exclude } = strictMatch(query);
  if (match) {
    return { sql: `FROM articles_fts f JOIN ${a} ON a.id = f.rowid ${join} ${whereClause(["articles_fts MATCH ?", ...f.where])}`, params: [match, ...f.params] };
  }
  if (exclude) {
    return {
      sql: `FROM ${a} ${join} ${whereClause(["a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", ...f.where])}`,
      params: [exclude, ...f.params],
    };
  }
  return { note: NO_WORDS };
}

const ratioOf = (count: number, total: number) => (total > 0 ? Math.round((count / total) * 10_000) / 10_000 : 0);

/** With at least this many matches a timeline walks the date index, counting the matches it meets, instead of looking up each match's date. */
const WALK_FROM = 2000;

/** Counting at the grain of a month (`2017-02`) or a day (`2017-02-06`): the length of the date's prefix. */
type Grain = 7 | 10;

interface Counts {
  /** Matches per month or day (only those with a match). */
  counts: Map<string, number>;
  /** Every dated article per month or day, when the same pass counted them. */
  totals: Map<string, number> | null;
  undated: number;
}

/**
 * How the matches are counted: `all` (no query, no filter: every article), `walk` (along the date
 * index, day by day in order, so grouping needs no sort, checking each article against the set of
 * matching ids built once; the same pass counts every article), or `join` (few matches: look up
 * each one's date).
 */
type Plan = { kind: "all" } | ({ kind: "walk" } & Sql) | ({ kind: "join" } & Sql);

function planFor(archive: Archive, query: string, filters: Filters): Plan | { note: string } {
  const f = filterSql({ ...filters, since: undefined, until: undefined });
  if (query.trim() === "") {
    if (f.where.length === 0) return { kind: "all" };
    return { kind: "walk", sql: `SELECT a.id FROM articles a INDEXED BY articles_filters ${whereClause(f.where)}`, params: f.params };
  }
  const { match, exclude } = strictMatch(query);
  if (match) {
    const many = archive.statement("SELECT count(*) AS n FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)").get(match, WALK_FROM) as { n: number };
    if (many.n < WALK_FROM) {
      return { kind: "join", sql: `FROM articles_fts f JOIN articles a INDEXED BY articles_filters ON a.id = f.rowid ${whereClause(["articles_fts MATCH ?", ...f.where])}`, params: [match, ...f.params] };
    }
    const ids = f.where.length
      ? `SELECT f.rowid FROM articles_fts f JOIN articles a INDEXED BY articles_filters ON a.id = f.rowid ${whereClause(["articles_fts MATCH ?", ...f.where])}`
      : "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?";
    return { kind: "walk", sql: ids, params: [match, ...f.params] };
  }
  if (exclude) {
    const where = ["a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", ...f.where];
    return { kind: "walk", sql: `SELECT a.id FROM articles a INDEXED BY articles_filters ${whereClause(where)}`, params: [exclude, ...f.params] };
  }
  return { note: NO_WORDS };
}

/** The date range as SQL over `alias`.date: the dates asked for (--since/--until), or all, undated included. */
function rangeSql(alias: string, from: string | undefined, to: string | undefined): Sql {
  const where: string[] = [];
  const params: unknown[] = [];
  if (from !== undefined) {
    where.push(`${alias}.date >= ?`);
    params.push(from);
  }
  if (to !== undefined) {
    where.push(`${alias}.date <= ?`);
    params.push(to);
  }
  return { sql: whereClause(where), params };
}

function countBy(archive: Archive, plan: Plan, grain: Grain, from: string | undefined, to: string | undefined): Counts {
  const counts = new Map<string, number>();
  let undated = 0;
  if (plan.kind === "join") {
    const range = rangeSql("a", from, to);
    const sql = `SELECT substr(a.date, 1, ${grain}) AS p, count(*) AS n ${plan.sql} ${range.sql.replace(/^WHERE/, "AND")} GROUP BY p`;
    for (const r of archive.statement(sql).all(...plan.params, ...range.params) as Array<{ p: string | null; n: number }>) {
      if (r.p === null) undated += r.n;
      else counts.set(r.p, r.n);
    }
    return { counts, totals: null, undated };
  }
  // Day by day along the date index (no sort), then by month over those few thousand rows.
  const range = rangeSql("d", from, to);
  const member = plan.kind === "all" ? "count(*)" : `sum(d.id IN (${plan.sql}))`;
  const sql = `SELECT substr(date, 1, ${grain}) AS p, sum(t) AS total, sum(n) AS n FROM
    (SELECT d.date AS date, count(*) AS t, ${member} AS n FROM articles d INDEXED BY articles_date ${range.sql} GROUP BY d.date) GROUP BY p`;
  const params = plan.kind === "all" ? range.params : [...plan.params, ...range.params];
  const totals = new Map<string, number>();
  for (const r of archive.statement(sql).all(...params) as Array<{ p: string | null; total: number; n: number }>) {
    if (r.p === null) {
      undated += r.n;
      continue;
    }
    totals.set(r.p, r.total);
    if (r.n > 0) counts.set(r.p, r.n);
  }
  return { counts, totals, undated };
}

/** Every dated article per month or day, from `from` to `to`, through the date index alone. */
function totalsBy(archive: Archive, grain: Grain, from: string, to: string): Map<string, number> {
  const sql = `SELECT substr(date, 1, ${grain}) AS p, sum(n) AS n FROM
    (SELECT date, count(*) AS n FROM articles INDEXED BY articles_date WHERE date >= ? AND date <= ? GROUP BY date) GROUP BY p`;
  return new Map((archive.statement(sql).all(from, to) as Array<{ p: string; n: number }>).map((r) => [r.p, r.n]));
}

const sorted = (keys: Iterable<string>) => [...keys].sort();

/** How many articles match per period, with every dated article of each period for comparison. */
export function timeline(archive: Archive, query: string, options: TimelineOptions = {}): Timeline {
  filterSql(options); // every filter checked first, as search does
  const plan = planFor(archive, query, options);
  if ("note" in plan) return { by: options.by ?? "year", points: [], undated: 0, note: plan.note };
  const since = options.since !== undefined ? dateBound(options.since, "since") : undefined;
  const until = options.until !== undefined ? dateBound(options.until, "until") : undefined;
  // First by month: enough to place every match in a month or year, and to see the span.
  let grain: Grain = 7;
  let pass: { from?: string; to?: string } = { from: since, to: until };
  let c = countBy(archive, plan, grain, pass.from, pass.to);
  const undated = c.undated;
  const months = sorted(c.counts.keys());
  if (months.length === 0) return { by: options.by ?? "year", points: [], undated, note: null };
  const spanMonths = periodsBetween(since ?? `${months[0]}-01`, until ?? `${months[months.length - 1]}-01`, "month").length;
  let by = options.by;
  // Days or weeks, or a span short enough that days might fit: count again by day, over the span only.
  if (by === "day" || by === "week" || (by === undefined && spanMonths <= 13)) {
    grain = 10;
    pass = { from: since ?? `${months[0]}-01`, to: until ?? parsePeriod(months[months.length - 1]!)!.last };
    c = countBy(archive, plan, grain, pass.from, pass.to);
  }
  const keys = sorted(c.counts.keys());
  // The span runs from the first match to the last, or from the dates asked for when given.
  const first = since ?? (grain === 10 ? keys[0]! : `${keys[0]}-01`);
  const last = until ?? (grain === 10 ? keys[keys.length - 1]! : parsePeriod(keys[keys.length - 1]!)!.last);
  by ??= choosePeriod(first, last);
  const periods = periodsBetween(first, last, by);
  // Totals: every dated article of the periods shown (with --since or --until, of the days asked
  // for, as the counts are), from the pass that counted the matches when it covered them all.
  const from = since ?? parsePeriod(periods[0]!)!.first;
  const to = until ?? parsePeriod(periods[periods.length - 1]!)!.last;
  const covered = c.totals !== null && (pass.from === undefined || pass.from <= from) && (pass.to === undefined || pass.to >= to);
  const totals = covered ? c.totals! : totalsBy(archive, grain, from, to);
  const sum = (m: Map<string, number>) => {
    const out = new Map<string, number>();
    for (const [k, n] of m) {
      const p = periodOf(grain === 10 ? k : `${k}-01`, by!);
      out.set(p, (out.get(p) ?? 0) + n);
    }
    return out;
  };
  const counts = sum(c.counts);
  const all = sum(totals);
  const points = periods.map((period) => {
    const count = counts.get(period) ?? 0;
    const total = all.get(period) ?? 0;
    return { period, count, total, ratio: ratioOf(count, total) };
  });
  return { by, points, undated, note: null };
}

export interface TopValue {
  value: string;
  count: number;
}

export interface Top {
  field: TopFieldName;
  /** The most frequent values, most frequent first (ties in alphabetical order), after --offset and --limit. */
  values: TopValue[];
  /** How many distinct values the matches have in all. */
  distinct: number;
  /** Matching articles with no value for the field (no place, no tags, undated). */
  without: number;
  note: string | null;
}

export const DEFAULT_TOP_LIMIT = 20;

/** Lower-cases ASCII letters only, as SQLite's NOCASE collation and LIKE do. */
const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (c) => c.toLowerCase());

/** The spelling to show for a group of values that one filter matches alike: not SHOUTED when another is at hand, then the most frequent. */
function display(variants: Map<string, number>): string {
  const shouted = (v: string) => /\p{Lu}/u.test(v) && v === v.toUpperCase();
  return [...variants].sort(([a, na], [b, nb]) => Number(shouted(a)) - Number(shouted(b)) || nb - na || (a < b ? -1 : a > b ? 1 : 0))[0]![0];
}

export function topFieldOf(name: string): TopField {
  if (!Object.hasOwn(TOP_FIELDS, name)) throw new UsageError(`cannot count by '${name}'; use one of ${TOP_FIELD_NAMES.join(", ")}`);
  return TOP_FIELDS[name as TopFieldName];
}

/**
 * The most frequent values of a field among the matching articles, grouped as the field's filter
 * matches them, so the count shown for a value is what that filter finds (see top-fields.ts).
 */
export function top(archive: Archive, fieldName: string, query: string, options: Filters = {}): Top {
  const field = topFieldOf(fieldName);
  const name = fieldName as TopFieldName;
  const m = matches(query, options, field.indexed, field.each ? `LEFT JOIN ${field.each}` : "");
  if ("note" in m) return { field: name, values: [], distinct: 0, without: 0, note: m.note };
  // A list column is counted once per article and value (as its filter does), whatever the repeats.
  const sql = field.each
    ? `SELECT value, count(*) AS n FROM (SELECT a.id, min(${field.value}) AS value ${m.sql} GROUP BY a.id, ${field.value} COLLATE NOCASE) GROUP BY value`
    : `SELECT ${field.value} AS value, count(*) AS n ${m.sql} GROUP BY value`;
  const rows = archive.statement(sql).all(...m.params) as Array<{ value: string | number | null; n: number }>;
  const groups = new Map<string, { variants: Map<string, number>; count: number }>();
  let without = 0;
  for (const r of rows) {
    const value = r.value === null ? "" : String(r.value);
    const shown = field.beforeComma && value.includes(",") ? value.slice(0, value.indexOf(",")) : value;
    if (shown.trim() === "") {
      without += r.n;
      continue;
    }
    const key = field.fold === "nocase" ? asciiLower(shown) : shown;
    const g = groups.get(key) ?? { variants: new Map<string, number>(), count: 0 };
    g.variants.set(shown, (g.variants.get(shown) ?? 0) + r.n);
    g.count += r.n;
    groups.set(key, g);
  }
  const all = [...groups.values()]
    .map((g) => ({ value: display(g.variants), count: g.count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const offset = options.offset ?? 0;
  const limit = options.limit ?? DEFAULT_TOP_LIMIT;
  return { field: name, values: all.slice(offset, limit > 0 ? offset + limit : undefined), distinct: all.length, without, note: null };
}
