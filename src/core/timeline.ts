// Attention over time and place: how many articles match a query per period (`news timeline`) and
// which values of a field are most frequent among them (`news top`). Both count with SQL
// aggregates over the matches, reading only the date or the field from a narrow index, never the
// articles. The matches are exactly those of
// `news search <query> --strict` (and `--count`), or of `news list` when there is no query, with
// the same filters.
import type { Archive } from "./archive/archive.js";
import { TALLIED, tallies } from "./archive/tallies.js";
import { ABSENT, loadColumns, matchingIds, NONE, type CachedColumn, type Column } from "./archive/columns.js";
import { UsageError } from "./errors.js";
import { dateBound, filterSql, whereClause } from "./filters.js";
import { choosePeriod, parsePeriod, periodOf, periodsBetween, type PeriodUnit } from "./periods.js";
import { strictMatch } from "./search.js";
import { asciiLower, TOP_FIELD_NAMES, TOP_FIELDS, type TopField, type TopFieldName } from "./top-fields.js";
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
function matches(archive: Archive, query: string, filters: Filters, indexed: boolean, join = ""): Sql | { note: string } {
  const f = filterSql(filters);
  const a = `articles a${indexed ? " INDEXED BY articles_filters" : ""}`;
  if (query.trim() === "") return { sql: `FROM ${a} ${join} ${whereClause(f.where)}`, params: f.params };
  const { match, exclude } = strictMatch(archive, query);
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

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Counting every dated article at the grain of a month (`2017-02`) or a day (`2017-02-06`): the length of the date's prefix. */
type Grain = 7 | 10;

/**
 * Every dated article per month or day from `from` to `to` (or in the whole archive), along the
 * date index alone: grouped day by day in index order (no sort), then by month over those few
 * thousand rows.
 */
function totalsBy(archive: Archive, grain: Grain, from?: string, to?: string): { totals: Map<string, number>; undated: number } {
  const where = whereClause([...(from !== undefined ? ["date >= ?"] : []), ...(to !== undefined ? ["date <= ?"] : [])]);
  const params = [from, to].filter((v) => v !== undefined);
  const sql = `SELECT substr(date, 1, ${grain}) AS p, sum(n) AS n FROM
    (SELECT date, count(*) AS n FROM articles INDEXED BY articles_date ${where} GROUP BY date) GROUP BY p`;
  const totals = new Map<string, number>();
  let undated = 0;
  for (const r of archive.statement(sql).all(...params) as Array<{ p: string | null; n: number }>) {
    if (r.p === null) undated = r.n;
    else totals.set(r.p, r.n);
  }
  return { totals, undated };
}

/** Up to this many periods, each period's total is counted alone (see totalsOf). */
const RANGE_COUNTS = 2000;

/**
 * Every dated article of each period, within `from` and `to`: what `news list --since P --until P`
 * counts. Each period is counted alone along the date index (a range count, a few microseconds plus
 * its rows), which at 100,000 articles takes a third of the time of grouping the whole index by day
 * and handing thousands of rows to JavaScript; for more periods than that (days over decades) the
 * grouping is cheaper.
 */
function totalsOf(archive: Archive, periods: string[], by: PeriodUnit, from: string, to: string): Map<string, number> {
  const out = new Map<string, number>();
  if (periods.length > RANGE_COUNTS) {
    const grain: Grain = by === "month" || by === "year" ? 7 : 10;
    for (const [k, n] of totalsBy(archive, grain, from, to).totals) {
      const p = periodOf(grain === 10 ? k : `${k}-01`, by);
      out.set(p, (out.get(p) ?? 0) + n);
    }
    return out;
  }
  const count = archive.statement("SELECT count(*) AS n FROM articles INDEXED BY articles_date WHERE date >= ? AND date <= ?");
  for (const period of periods) {
    const { first, last } = parsePeriod(period)!;
    out.set(period, (count.get(first < from ? from : first, last > to ? to : last) as { n: number }).n);
  }
  return out;
}

/**
 * The matching articles' values of a one-value column, counted from the archive's column cache
 * (archive/columns.ts) instead of the articles_filters index: for a query of words (or none) with
 * no filter but dates. Null when the cache cannot answer: other filters, a query of exclusions
 * only, PostgreSQL, no cache yet. `tally`: how many matches have each of the column's values (by
 * the value's code); `none`: how many have none.
 */
function countColumn(archive: Archive, query: string, filters: Filters, name: CachedColumn):
  { tally: Int32Array; none: number; column: Column } | { note: string } | null {
  if (archive.pg || filterSql({ ...filters, since: undefined, until: undefined }).where.length > 0) return null;
  let ids: Int32Array | null = null;
  if (query.trim() !== "") {
    const { match, exclude } = strictMatch(archive, query);
    if (!match) return exclude ? null : { note: NO_WORDS };
    ids = matchingIds(archive.db, match);
  }
  const dated = filters.since !== undefined || filters.until !== undefined;
  const columns = loadColumns(archive.db, dated && name !== "date" ? [name, "date"] : [name]);
  if (!columns) return null;
  const column = columns.get(name)!;
  // The dates --since and --until let through, as SQL compares them (an article without one never).
  const dates = dated ? columns.get("date")! : null;
  let inRange: Uint8Array | null = null;
  if (dates) {
    const f = filterSql({ since: filters.since, until: filters.until });
    const from = filters.since !== undefined ? String(f.params[0]) : "";
    const to = filters.until !== undefined ? String(f.params[f.params.length - 1]) : "\uffff";
    inRange = Uint8Array.from(dates.values, (v) => (v >= from && v <= to ? 1 : 0));
  }
  const tally = new Int32Array(column.values.length);
  let none = 0;
  const count = (id: number) => {
    if (dates) {
      const d = dates.code(id);
      if (d < 0 || !inRange![d]) return;
    }
    const c = column.code(id);
    if (c >= 0) tally[c]!++;
    else if (c === NONE) none++;
    // (ABSENT: no such article, a full-text row outliving it: counted nowhere.)
  };
  if (ids) for (let i = 0; i < ids.length; i++) count(ids[i]!);
  else for (let id = 0; id < column.codes.length; id++) if (column.codes[id] !== ABSENT) count(id);
  return { tally, none, column };
}

/**
 * The timeline from the date column: the matches' dates tallied by countColumn (`matched`, by the
 * date's code), and every article's date, for the totals, which equal the range counts along the
 * date index that totalsOf takes (a date not written YYYY-MM-DD, set by hand in sqlite3, is an
 * undated match, and counts in each period whose bounds it sorts between).
 */
function timelineOfColumn(dates: Column, matched: Int32Array, undated: number, options: TimelineOptions, since?: string, until?: string): Timeline {
  const values = dates.values;
  let [lo, hi] = ["\uffff", ""];
  for (let i = 0; i < values.length; i++) {
    if (matched[i] === 0) continue;
    const v = values[i]!;
    if (!DAY.test(v)) {
      undated += matched[i]!;
      continue;
    }
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi === "") return { by: options.by ?? "year", points: [], undated, note: null };
  const [first, last] = [since ?? lo, until ?? hi];
  const by = options.by ?? choosePeriod(first, last);
  const periods = periodsBetween(first, last, by);
  const from = since ?? parsePeriod(periods[0]!)!.first;
  const to = until ?? parsePeriod(periods[periods.length - 1]!)!.last;
  const index = new Map(periods.map((p, k) => [p, k]));
  const counts = new Float64Array(periods.length);
  const totals = new Float64Array(periods.length);
  const perValue = new Int32Array(values.length);
  for (const c of dates.codes) if (c >= 0) perValue[c]!++;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (perValue[i] === 0 || v < from || v > to) continue;
    if (DAY.test(v)) {
      const k = index.get(periodOf(v, by));
      if (k === undefined) continue;
      totals[k] = totals[k]! + perValue[i]!;
      counts[k] = counts[k]! + matched[i]!;
      continue;
    }
    periods.forEach((period, k) => {
      const b = parsePeriod(period)!;
      if (v >= b.first && v <= b.last) totals[k] = totals[k]! + perValue[i]!;
    });
  }
  const points = periods.map((period, k) => ({ period, count: counts[k]!, total: totals[k]!, ratio: ratioOf(counts[k]!, totals[k]!) }));
  return { by, points, undated, note: null };
}

/**
 * The matching articles per day, and how many have no date. SQLite can only GROUP BY the date of
 * tens of thousands of full-text matches by sorting them, which took twice as long as counting
 * them (at 100,000 articles, for a word in 70% of them); so the matches' dates come back as one
 * comma-separated string, aggregated in SQL, and are counted here from their digits, without a
 * string per match. No article is read: only its date, from the narrow articles_filters index.
 */
function matchesByDay(archive: Archive, m: Sql): { counts: Map<string, number>; undated: number } {
  const sql = `SELECT group_concat(a.date, ',') AS dates, count(a.date) AS dated, count(*) - count(a.date) AS undated ${m.sql}`;
  const row = archive.statement(sql).get(...m.params) as { dates: string | null; dated: number; undated: number };
  const counts = new Map<string, number>();
  const s = row.dates ?? "";
  if (s.length === row.dated * 11 - 1) {
    // Every date is YYYY-MM-DD: a number from its eight digits keys the count.
    const byKey = new Map<number, { day: string; n: number }>();
    const c = (i: number) => s.charCodeAt(i);
    for (let i = 0; i < s.length; i += 11) {
      const key = (((c(i) * 10 + c(i + 1)) * 10 + c(i + 2)) * 10 + c(i + 3)) * 512 + (c(i + 5) * 10 + c(i + 6)) * 32 + c(i + 8) * 10 + c(i + 9);
      const entry = byKey.get(key);
      if (entry) entry.n++;
      else byKey.set(key, { day: s.slice(i, i + 10), n: 1 });
    }
    for (const { day, n } of byKey.values()) counts.set(day, (counts.get(day) ?? 0) + n);
  } else if (s !== "") {
    for (const day of s.split(",")) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return { counts, undated: row.undated };
}

/** How many articles match per period, with every dated article of each period for comparison. */
export function timeline(archive: Archive, query: string, options: TimelineOptions = {}): Timeline {
  const empty = (undated: number, note: string | null = null): Timeline => ({ by: options.by ?? "year", points: [], undated, note });
  const since = options.since !== undefined ? dateBound(options.since, "since") : undefined;
  const until = options.until !== undefined ? dateBound(options.until, "until") : undefined;
  filterSql(options); // every filter checked first: --since after --until is an error, as for list
  const everything = query.trim() === "" && filterSql({ ...options, since: undefined, until: undefined }).where.length === 0;
  // Without a query or filters (but dates) the matches are every article: the date index answers alone.
  const span = everything ? archiveSpan(archive, since, until) : null;
  let byDay: { counts: Map<string, number>; undated: number } | null = null;
  let first: string;
  let last: string;
  let undated: number;
  if (span) {
    if (span.first === null) return empty(span.undated);
    [first, last, undated] = [since ?? span.first, until ?? span.last!, span.undated];
  } else {
    const fast = countColumn(archive, query, options, "date");
    if (fast && "note" in fast) return empty(0, fast.note);
    if (fast) return timelineOfColumn(fast.column, fast.tally, fast.none, options, since, until);
    const m = matches(archive, query, options, true);
    if ("note" in m) return empty(0, m.note);
    byDay = matchesByDay(archive, m);
    // Dates are stored as YYYY-MM-DD; anything else (written by hand in sqlite3) counts as undated.
    for (const [day, n] of byDay.counts) {
      if (!DAY.test(day)) {
        byDay.counts.delete(day);
        byDay.undated += n;
      }
    }
    if (byDay.counts.size === 0) return empty(byDay.undated);
    let [lo, hi] = ["\uffff", ""];
    for (const day of byDay.counts.keys()) {
      if (day < lo) lo = day;
      if (day > hi) hi = day;
    }
    // The span runs from the first match to the last, or from the dates asked for when given.
    [first, last, undated] = [since ?? lo, until ?? hi, byDay.undated];
  }
  const by = options.by ?? choosePeriod(first, last);
  const periods = periodsBetween(first, last, by);
  // Totals: every dated article of the periods shown; with --since or --until, of the days asked
  // for, as the counts are.
  const from = since ?? parsePeriod(periods[0]!)!.first;
  const to = until ?? parsePeriod(periods[periods.length - 1]!)!.last;
  const all = totalsOf(archive, periods, by, from, to);
  let counts = all;
  if (byDay) {
    counts = new Map<string, number>();
    for (const [day, n] of byDay.counts) {
      const p = periodOf(day, by);
      counts.set(p, (counts.get(p) ?? 0) + n);
    }
  }
  const points = periods.map((period) => {
    const count = counts.get(period) ?? 0;
    const total = all.get(period) ?? 0;
    return { period, count, total, ratio: ratioOf(count, total) };
  });
  return { by, points, undated, note: null };
}

/**
 * The first and last dates in the archive (within --since and --until), and how many articles
 * have none, from the ends of the date index; null when a date there is not YYYY-MM-DD (written by
 * hand), for the slower way that sets such dates aside.
 */
function archiveSpan(archive: Archive, since?: string, until?: string): { first: string | null; last: string | null; undated: number } | null {
  const where = whereClause([...(since !== undefined ? ["date >= ?"] : []), ...(until !== undefined ? ["date <= ?"] : [])]);
  const params = [since, until].filter((v) => v !== undefined);
  // Two statements: SQLite reads a lone min() or max() off the end of the index, but not both at once.
  const end = (fn: "min" | "max") => (archive.statement(`SELECT ${fn}(date) AS d FROM articles INDEXED BY articles_date ${where}`).get(...params) as { d: string | null }).d;
  const ends = { first: end("min"), last: end("max") };
  if (ends.first !== null && (!DAY.test(ends.first) || !DAY.test(ends.last!))) return null;
  const undated = since === undefined && until === undefined ? (archive.statement("SELECT count(*) AS n FROM articles INDEXED BY articles_date WHERE date IS NULL").get() as { n: number }).n : 0;
  return { ...ends, undated };
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


/** The spelling to show for a group of values that one filter matches alike: not SHOUTED when another is at hand, then the most frequent. */
function display(variants: Map<string, number>): string {
  const shouted = (v: string) => /\p{Lu}/u.test(v) && v === v.toUpperCase();
  return [...variants].sort(([a, na], [b, nb]) => Number(shouted(a)) - Number(shouted(b)) || nb - na || (a < b ? -1 : a > b ? 1 : 0))[0]![0];
}

/** Counts by date as counts by year: the date's first four characters, as substr(date, 1, 4) reads them. */
function byYear(byDate: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [d, n] of byDate) out.set(d.slice(0, 4), (out.get(d.slice(0, 4)) ?? 0) + n);
  return out;
}

export function topFieldOf(name: string): TopField {
  if (!Object.hasOwn(TOP_FIELDS, name)) throw new UsageError(`cannot count by '${name}'; use one of ${TOP_FIELD_NAMES.join(", ")}`);
  return TOP_FIELDS[name as TopFieldName];
}

/**
 * How many matching articles have each value as written (null: none). For a one-value field the
 * values come back as one string aggregated in SQL and are counted here: SQLite's GROUP BY sorts the
 * matches, and for tens of thousands of them that cost a third more. A value holding the separator
 * (a NUL, which ingest never stores) would break the count, so the parts are checked against
 * SQLite's own count and the GROUP BY runs instead when they differ.
 */
function valueCounts(archive: Archive, field: TopField, m: Sql): Array<{ value: string | number | null; n: number }> {
  if (field.each) {
    // A list column is counted once per article and value (as its filter does), whatever the repeats.
    const sql = `SELECT value, count(*) AS n FROM (SELECT a.id, min(${field.value}) AS value ${m.sql} GROUP BY a.id, ${field.value} COLLATE NOCASE) AS m GROUP BY value`;
    return archive.statement(sql).all(...m.params) as Array<{ value: string | null; n: number }>;
  }
  // PostgreSQL groups its matches by hashing, without the sort that made SQLite slow: GROUP BY it is.
  if (archive.pg) return archive.statement(`SELECT ${field.value} AS value, count(*) AS n ${m.sql} GROUP BY value`).all(...m.params) as Array<{ value: string | null; n: number }>;
  const sql = `SELECT group_concat(${field.value}, char(0)) AS vals, count(${field.value}) AS n, count(*) - count(${field.value}) AS none ${m.sql}`;
  const row = archive.statement(sql).get(...m.params) as { vals: string | null; n: number; none: number };
  const parts = row.vals === null ? [] : row.vals.split("\0");
  if (parts.length === row.n) {
    const counts = new Map<string, number>();
    for (const v of parts) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...[...counts].map(([value, n]) => ({ value, n })), { value: null, n: row.none }];
  }
  return archive.statement(`SELECT ${field.value} AS value, count(*) AS n ${m.sql} GROUP BY value`).all(...m.params) as Array<{ value: string | null; n: number }>;
}

/**
 * The most frequent values of a field among the matching articles, grouped as the field's filter
 * matches them, so the count shown for a value is what that filter finds (see top-fields.ts).
 */
export function top(archive: Archive, fieldName: string, query: string, options: Filters = {}): Top {
  const field = topFieldOf(fieldName);
  const name = fieldName as TopFieldName;
  let rows: Array<{ value: string | number | null; n: number }>;
  // Over the whole archive, the counts the archive keeps (archive/tallies.ts) are the answer.
  if (query.trim() === "" && filterSql(options).where.length === 0 && TALLIED.has(name)) {
    rows = tallies(archive.db, name).map((t) => ({ value: t.value, n: t.n }));
  } else {
    const column = field.column;
    const fast = column ? countColumn(archive, query, options, column) : null;
    if (fast && "note" in fast) return { field: name, values: [], distinct: 0, without: 0, note: fast.note };
    if (fast) {
      const byValue = new Map<string, number>();
      fast.column.values.forEach((v, i) => {
        if (fast.tally[i]! > 0) byValue.set(v, fast.tally[i]!);
      });
      const counts = name === "year" ? byYear(byValue) : byValue;
      rows = [...[...counts].map(([value, n]) => ({ value, n })), { value: null, n: fast.none }];
    } else {
      const m = matches(archive, query, options, field.indexed, field.each ? `LEFT JOIN ${field.each}` : "");
      if ("note" in m) return { field: name, values: [], distinct: 0, without: 0, note: m.note };
      rows = valueCounts(archive, field, m);
    }
  }
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
