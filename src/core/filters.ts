// The filters shared by list, search and export, as SQL over the articles table (alias `a`).
// Values reach SQLite only as bound parameters.
import { UsageError } from "./errors.js";
import { ymd } from "./parse/ymd.js";
import { parsePeriod } from "./periods.js";
import type { Filters } from "./types.js";

const DATE_ARG = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

const WEEK_ARG = /^\d{4}-W\d{1,2}$/i;

/**
 * Reads a --since/--until value (`2017`, `2017-02`, `2017-02-06`, or an ISO week `2017-W06`, as
 * `news timeline` writes its periods) as the first or last day it covers. Dates are stored as
 * YYYY-MM-DD text, so comparisons are plain string comparisons.
 */
export function dateBound(value: string, flag: "since" | "until"): string {
  const m = DATE_ARG.exec(value.trim());
  const fail = () =>
    new UsageError(`--${flag} '${value}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD, e.g. --${flag} 2017-02`);
  if (WEEK_ARG.test(value.trim())) {
    const week = parsePeriod(value);
    if (!week) throw fail();
    return flag === "since" ? week.first : week.last;
  }
  if (!m) throw fail();
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month === undefined) {
    if (!ymd(year, 1, 1)) throw fail();
    return flag === "since" ? `${year}-01-01` : `${year}-12-31`;
  }
  if (day === undefined) {
    if (!ymd(year, month, 1)) throw fail();
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return ymd(year, month, flag === "since" ? 1 : last)!;
  }
  const exact = ymd(year, month, day);
  if (!exact) throw fail();
  return exact;
}

/** A --language value: an ISO 639-1 code such as `ru` (any case). */
export function languageCode(value: string): string {
  const v = value.trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(v)) throw new UsageError(`--language '${value}' is not a language code; use a two-letter ISO 639-1 code, e.g. --language ru`);
  return v;
}

export interface SqlParts {
  where: string[];
  params: unknown[];
}

/** WHERE clauses for the filters, to be ANDed with whatever else the query needs. */
export function filterSql(filters: Filters): SqlParts {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filters.since !== undefined) {
    where.push("a.date >= ?");
    params.push(dateBound(filters.since, "since"));
  }
  if (filters.until !== undefined) {
    where.push("a.date <= ?");
    params.push(dateBound(filters.until, "until"));
  }
  if (filters.since !== undefined && filters.until !== undefined && params[0]! > params[1]!) {
    throw new UsageError(`--since ${filters.since} is after --until ${filters.until}; swap them`);
  }
  for (const field of ["section", "source"] as const) {
    const v = filters[field];
    if (v !== undefined) {
      where.push(`a.${field} = ? COLLATE NOCASE`);
      params.push(v.trim());
    }
  }
  if (filters.place !== undefined) {
    // "London" also finds "LONDON, England": a dateline place is compared by its first part.
    where.push("(a.place = ? COLLATE NOCASE OR a.place LIKE ? ESCAPE '\\')");
    const v = filters.place.trim();
    params.push(v, `${v.replace(/[\\%_]/g, (c) => `\\${c}`)},%`);
  }
  if (filters.language !== undefined) {
    where.push("a.language = ?");
    params.push(languageCode(filters.language));
  }
  if (filters.tag !== undefined) {
    where.push("EXISTS (SELECT 1 FROM json_each(a.tags) t WHERE t.value = ? COLLATE NOCASE)");
    params.push(filters.tag.trim());
  }
  return { where, params };
}

/** `LIMIT ? OFFSET ?` with its parameters; a limit of 0 (or none) means no limit. */
export function pageSql(filters: Filters, defaultLimit: number | undefined): SqlParts & { sql: string } {
  const limit = filters.limit ?? defaultLimit ?? 0;
  const offset = filters.offset ?? 0;
  return { sql: "LIMIT ? OFFSET ?", where: [], params: [limit > 0 ? limit : -1, offset] };
}

export function whereClause(parts: string[]): string {
  return parts.length ? `WHERE ${parts.join(" AND ")}` : "";
}
