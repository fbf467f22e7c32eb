import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { dateBound } from "../../src/core/filters.js";
import { choosePeriod, isoWeek, parsePeriod, periodOf, periodsBetween, weeksInIsoYear } from "../../src/core/periods.js";
import { bar, canDrawBlocks, percent, thousands } from "../../src/format/chart.js";

describe("ISO weeks", () => {
  // Each checked against `date +%G-W%V` (GNU coreutils) and SQLite's strftime('%G-W%V').
  const CASES: Array<[string, string]> = [
    ["2015-12-31", "2015-W53"], // Thursday: 2015 has 53 weeks
    ["2016-01-01", "2015-W53"], // Friday: still the last week of 2015
    ["2016-01-03", "2015-W53"], // Sunday
    ["2016-01-04", "2016-W01"], // Monday
    ["2017-01-01", "2016-W52"], // Sunday
    ["2017-01-02", "2017-W01"],
    ["2017-02-06", "2017-W06"],
    ["2018-01-01", "2018-W01"], // Monday, 1 January
    ["2018-12-31", "2019-W01"], // Monday: the week of 3 January 2019
    ["2019-12-29", "2019-W52"],
    ["2019-12-30", "2020-W01"],
    ["2020-12-31", "2020-W53"],
    ["2021-01-03", "2020-W53"],
    ["2021-01-04", "2021-W01"],
    ["2024-12-30", "2025-W01"],
    ["2026-12-31", "2026-W53"],
    ["2027-01-01", "2026-W53"],
  ];
  it.each(CASES)("%s is in %s", (date, week) => {
    expect(periodOf(date, "week")).toBe(week);
  });

  it("agrees with SQLite's %G-W%V on every day of 2014 to 2028", async () => {
    const db = new Database(":memory:");
    const rows = db
      .prepare(
        `WITH RECURSIVE d(x) AS (SELECT '2014-01-01' UNION ALL SELECT date(x, '+1 day') FROM d WHERE x < '2028-12-31')
         SELECT x, strftime('%G-W%V', x) AS w FROM d`,
      )
      .all() as Array<{ x: string; w: string }>;
    expect(rows.length).toBeGreaterThan(5000);
    for (const r of rows) expect(periodOf(r.x, "week"), r.x).toBe(r.w);
    db.close();
  });

  it("counts 52 or 53 weeks in a year", () => {
    expect([2015, 2016, 2019, 2020, 2021, 2026].map(weeksInIsoYear)).toEqual([53, 52, 52, 53, 52, 53]);
    expect(isoWeek("2020-12-31")).toEqual({ year: 2020, week: 53 });
  });
});

describe("periods as written", () => {
  it("reads each form with its first and last day", () => {
    expect(parsePeriod("2017")).toEqual({ unit: "year", first: "2017-01-01", last: "2017-12-31" });
    expect(parsePeriod("2016-02")).toEqual({ unit: "month", first: "2016-02-01", last: "2016-02-29" });
    expect(parsePeriod("2017-02-06")).toEqual({ unit: "day", first: "2017-02-06", last: "2017-02-06" });
    expect(parsePeriod("2017-W06")).toEqual({ unit: "week", first: "2017-02-06", last: "2017-02-12" });
    expect(parsePeriod("2015-W53")).toEqual({ unit: "week", first: "2015-12-28", last: "2016-01-03" });
    expect(parsePeriod("2020-w01")).toEqual({ unit: "week", first: "2019-12-30", last: "2020-01-05" });
  });

  it("refuses periods that do not exist", () => {
    for (const bad of ["2016-W53", "2015-W54", "2017-W00", "2017-13", "2017-02-29", "2017-00", "17", "2017-W", "last week"]) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });

  it("every period's first and last day are in it, and the day after its last is in the next one", () => {
    for (const unit of ["day", "week", "month", "year"] as const) {
      const periods = periodsBetween("2015-11-20", "2021-02-10", unit);
      for (let i = 0; i < periods.length; i++) {
        const p = parsePeriod(periods[i]!)!;
        expect(p.unit).toBe(unit);
        expect(periodOf(p.first, unit)).toBe(periods[i]);
        expect(periodOf(p.last, unit)).toBe(periods[i]);
        if (i + 1 < periods.length) {
          const next = new Date(Date.parse(`${p.last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
          expect(periodOf(next, unit)).toBe(periods[i + 1]);
        }
      }
    }
  });

  it("lists every period from the first date's to the last date's, none left out", () => {
    expect(periodsBetween("2015-12-30", "2016-01-12", "week")).toEqual(["2015-W53", "2016-W01", "2016-W02"]);
    expect(periodsBetween("2016-11-15", "2017-02-01", "month")).toEqual(["2016-11", "2016-12", "2017-01", "2017-02"]);
    expect(periodsBetween("2016-02-28", "2016-03-01", "day")).toEqual(["2016-02-28", "2016-02-29", "2016-03-01"]);
    expect(periodsBetween("1999-06-01", "2001-01-01", "year")).toEqual(["1999", "2000", "2001"]);
    expect(periodsBetween("2017-02-06", "2017-02-06", "week")).toEqual(["2017-W06"]);
    expect(periodsBetween("2017-02-07", "2017-02-06", "day")).toEqual([]);
    // 1999-W52 (Monday 1999-12-27) to 2026-W01 (Monday 2025-12-29).
    expect(periodsBetween("2000-01-01", "2025-12-31", "week")).toHaveLength((Date.UTC(2025, 11, 29) - Date.UTC(1999, 11, 27)) / (7 * 86_400_000) + 1);
  });

  it("--since and --until take an ISO week as its Monday and Sunday", () => {
    expect(dateBound("2015-W53", "since")).toBe("2015-12-28");
    expect(dateBound("2015-W53", "until")).toBe("2016-01-03");
    expect(() => dateBound("2016-W53", "since")).toThrow(/not a date/);
  });
});

describe("choosing the period from the span", () => {
  const CASES: Array<[string, string, string]> = [
    ["2017-02-06", "2017-02-06", "day"],
    ["2017-01-01", "2017-04-02", "day"], // 92 days
    ["2017-01-01", "2017-04-03", "week"], // 93 days
    ["2017-01-01", "2018-01-06", "week"], // 371 days: 53 weeks
    ["2017-01-01", "2018-01-07", "month"],
    ["2017-01-15", "2022-12-01", "month"], // 72 months
    ["2017-01-15", "2023-01-01", "year"], // 73 months
    ["1993-04-05", "2023-06-14", "year"],
  ];
  it.each(CASES)("%s to %s: %s", (first, last, unit) => {
    expect(choosePeriod(first, last)).toBe(unit);
  });
});

describe("bars", () => {
  it("grows by eighths of a cell, and a count above zero always shows", () => {
    expect(bar(8, 8, 4, true)).toBe("████");
    expect(bar(1, 8, 4, true)).toBe("▌");
    expect(bar(3, 8, 4, true)).toBe("█▌");
    expect(bar(1, 1000, 4, true)).toBe("▏");
    expect(bar(0, 1000, 4, true)).toBe("");
    expect(bar(5, 8, 4, false)).toBe("###");
    expect(bar(1, 1000, 4, false)).toBe("#");
  });

  it("uses blocks only where the locale says UTF-8, and never on the Linux console or a dumb terminal", () => {
    expect(canDrawBlocks({ LANG: "en_GB.UTF-8" }, "linux")).toBe(true);
    expect(canDrawBlocks({ LANG: "C.utf8" }, "linux")).toBe(true);
    expect(canDrawBlocks({ LANG: "en_GB.UTF-8", LC_ALL: "C" }, "linux")).toBe(false);
    expect(canDrawBlocks({ LANG: "C", LC_CTYPE: "en_US.UTF-8" }, "linux")).toBe(true);
    expect(canDrawBlocks({ LANG: "en_US.ISO-8859-1" }, "linux")).toBe(false);
    expect(canDrawBlocks({}, "linux")).toBe(false);
    expect(canDrawBlocks({}, "win32")).toBe(true);
    expect(canDrawBlocks({ LANG: "en_US.UTF-8", TERM: "linux" }, "linux")).toBe(false);
    expect(canDrawBlocks({ LANG: "en_US.UTF-8", TERM: "dumb" }, "linux")).toBe(false);
  });

  it("groups a count's digits by thousands, as toLocaleString('en-US') does", () => {
    const numbers = [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 40_819_698, -1234, -999, Number.MAX_SAFE_INTEGER, 2.5, 1234.5678];
    expect(numbers.map(thousands)).toEqual(numbers.map((n) => n.toLocaleString("en-US")));
    expect(thousands(1_234_567)).toBe("1,234,567");
  });

  it("writes ratios as percentages", () => {
    expect([0, 0.0732, 0.0041, 0.00001, 1].map(percent)).toEqual(["0%", "7.3%", "0.41%", "<0.01%", "100.0%"]);
  });
});
