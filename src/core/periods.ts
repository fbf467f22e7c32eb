// Calendar periods for counting over time: a day `2017-02-06`, an ISO week `2017-W06`, a month
// `2017-02`, a year `2017`. Pure date arithmetic on YYYY-MM-DD strings, in UTC, so no time zone
// can move an article into the next day.

export const PERIOD_UNITS = ["day", "week", "month", "year"] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The ISO 8601 week of a date: weeks start on Monday, and week 1 is the one with the year's first
 * Thursday, so 2016-01-01 (a Friday) is in 2015-W53 and 2019-12-30 (a Monday) in 2020-W01.
 */
export function isoWeek(date: string): { year: number; week: number } {
  const day = dayNumber(date);
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = day - weekday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
  return { year, week };
}

/** The Monday that starts ISO week `week` of ISO year `year` (day number). */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4) / DAY_MS; // always in week 1
  const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7;
  return jan4 - weekday + (week - 1) * 7;
}

/** 52 or 53: the weeks of an ISO year (53 when it has 28 December in week 53). */
export function weeksInIsoYear(year: number): number {
  return isoWeek(`${pad(year, 4)}-12-28`).week;
}

/** The period of `unit` a YYYY-MM-DD date falls in, as written: `2017`, `2017-02`, `2017-W06`, `2017-02-06`. */
export function periodOf(date: string, unit: PeriodUnit): string {
  switch (unit) {
    case "day":
      return date;
    case "month":
      return date.slice(0, 7);
    case "year":
      return date.slice(0, 4);
    case "week": {
      const { year, week } = isoWeek(date);
      return `${pad(year, 4)}-W${pad(week)}`;
    }
  }
}

const PERIOD = /^(\d{4})(?:-W(\d{1,2})|-(\d{1,2})(?:-(\d{1,2}))?)?$/i;

/**
 * A period as written (`2017`, `2017-02`, `2017-W06`, `2017-02-06`): its unit and its first and
 * last days. Null for anything else, or a date that does not exist (`2017-02-30`, `2015-W54`).
 */
export function parsePeriod(text: string): { unit: PeriodUnit; first: string; last: string } | null {
  const m = PERIOD.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const week = Number(m[2]);
    if (week < 1 || week > weeksInIsoYear(year)) return null;
    const monday = isoWeekMonday(year, week);
    return { unit: "week", first: dateOfDay(monday), last: dateOfDay(monday + 6) };
  }
  if (m[3] === undefined) return { unit: "year", first: `${pad(year, 4)}-01-01`, last: `${pad(year, 4)}-12-31` };
  const month = Number(m[3]);
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (m[4] === undefined) return { unit: "month", first: `${pad(year, 4)}-${pad(month)}-01`, last: `${pad(year, 4)}-${pad(month)}-${pad(lastDay)}` };
  const day = Number(m[4]);
  if (day < 1 || day > lastDay) return null;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return { unit: "day", first: date, last: date };
}

/** The first day of the period after the one `date` falls in. */
function nextStart(date: string, unit: PeriodUnit): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  switch (unit) {
    case "day":
      return dateOfDay(dayNumber(date) + 1);
    case "week": {
      const day = dayNumber(date);
      return dateOfDay(day - ((new Date(day * DAY_MS).getUTCDay() + 6) % 7) + 7);
    }
    case "month":
      return m === 12 ? `${pad(y + 1, 4)}-01-01` : `${pad(y, 4)}-${pad(m + 1)}-01`;
    case "year":
      return `${pad(y + 1, 4)}-01-01`;
  }
}

/** Every period of `unit` from the one holding `first` to the one holding `last`, in order, none left out. */
export function periodsBetween(first: string, last: string, unit: PeriodUnit): string[] {
  if (first > last) return [];
  const out: string[] = [];
  const end = periodOf(last, unit);
  for (let date = first; ; date = nextStart(date, unit)) {
    const period = periodOf(date, unit);
    out.push(period);
    if (period === end) return out;
  }
}

/**
 * The period that fits a span of dates for a chart of a few dozen rows: days for up to three
 * months, ISO weeks for up to a year, months for up to six years, years beyond.
 */
export function choosePeriod(first: string, last: string): PeriodUnit {
  const days = dayNumber(last) - dayNumber(first) + 1;
  if (days <= 92) return "day";
  if (days <= 371) return "week";
  const months = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
  if (months <= 72) return "month";
  return "year";
}
