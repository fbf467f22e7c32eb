// Calendar days as YYYY-MM-DD, apart from the date parser: the filters (--since, --until) need only
// this, and loading dates.ts, whose patterns are built when it loads, cost every search's start-up 6 ms.

export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A YYYY-MM-DD string for a real calendar day, or null. */
export function ymd(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1700 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
