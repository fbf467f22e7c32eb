// news timeline and news top as people and scripts use them: every count checked against what
// `news search --strict --count` and `news list` say for the same period or value, charts that
// fall back to `#` without a UTF-8 locale, and usage errors.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { archiveAt, describeArchive as describe } from "../helpers/backend.js";
import { parsePeriod, periodOf } from "../../src/core/periods.js";
import { ANSI, assertBuilt, fails, json, news, ok, type Run } from "../helpers/cli.js";
import { tempDir, writeArticle, type Meta } from "../helpers/fixtures.js";

type Point = { period: string; count: number; total: number; ratio: number };
type Value = { value: string; count: number };

const tmp = tempDir("news-e2e-timeline-");
let db = join(tmp.path, "news.db");
const cli = (...args: string[]) => news(["--db", db, ...args]);

// Dates on the edges that matter: ISO weeks that straddle a new year (2015-W53, 2020-W53), a leap
// day, month and year ends. Two articles are undated.
const DATES = [
  "2015-12-28", "2015-12-31", "2016-01-01", "2016-01-03", "2016-01-04", "2016-01-10", "2016-02-29", "2016-03-01",
  "2016-06-15", "2016-12-31", "2017-01-01", "2017-01-02", "2017-02-06", "2017-02-06", "2019-12-30", "2020-12-31",
  "2021-01-03", "2021-01-04", undefined, undefined,
];
// Spellings that one filter matches alike: places by their part before a comma, and case.
const PLACES = ["London", "LONDON, England", "london", "Londonderry", "New London", "Caracas", "CARACAS, Venezuela", undefined];
const SECTIONS = ["Business", "business", "BUSINESS", "Sport", undefined];
const SOURCES = ["Coast Times", "coast times", "Wire Service"];
const TAGS: string[][] = [["Ferries", "ferries"], ["repairs"], ["Repairs", "ferries"], []];
const AUTHORS = ["Jane Doe", "jane doe", "John Smith", undefined];

/** Runs `n` at a time: the machine has two cores, and a hundred node processes at once would starve it. */
async function pool<T, R>(items: T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

const countOf = async (...args: string[]): Promise<number> => Number(ok(await cli(...args)).stdout.trim());
const listed = async (...args: string[]): Promise<number> => json<unknown[]>(ok(await cli("list", "--articles", "--json", "--limit", "0", ...args))).length;
/** The first and last day of a period as `news timeline` writes it. */
const bounds = (period: string): [string, string] => {
  const p = parsePeriod(period);
  if (!p) throw new Error(`not a period: ${period}`);
  return [p.first, p.last];
};

/** Every period follows the one before it, none left out; the first and last have matches. */
function contiguous(points: Point[]): void {
  for (let i = 1; i < points.length; i++) {
    const [, last] = bounds(points[i - 1]!.period);
    const [first] = bounds(points[i]!.period);
    expect(Date.parse(first) - Date.parse(last), `${points[i - 1]!.period} then ${points[i]!.period}`).toBe(86_400_000);
  }
  expect(points[0]!.count).toBeGreaterThan(0);
  expect(points[points.length - 1]!.count).toBeGreaterThan(0);
}

/** Articles per period, counted here from their dates. */
function byPeriod(articles: Array<{ date: string | null }>, by: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of articles) {
    if (a.date === null) continue;
    const p = periodOf(a.date, by as "day" | "week" | "month" | "year");
    out[p] = (out[p] ?? 0) + 1;
  }
  return out;
}

const nonZero = (points: Point[]) => Object.fromEntries(points.filter((p) => p.count > 0).map((p) => [p.period, p.count]));

async function timelineOf(...args: string[]): Promise<{ points: Point[]; run: Run }> {
  const run = ok(await cli("timeline", "--json", ...args));
  return { points: json<Point[]>(run), run };
}

beforeAll(async () => {
  db = await archiveAt(db);
  assertBuilt();
  const dir = join(tmp.path, "in");
  mkdirSync(dir, { recursive: true });
  DATES.forEach((date, i) => {
    const meta: Meta = { title: `Harbour notice ${i}`, date, place: PLACES[i % PLACES.length], section: SECTIONS[i % SECTIONS.length], source: SOURCES[i % SOURCES.length], author: AUTHORS[i % AUTHORS.length], tags: TAGS[i % TAGS.length] };
    if (meta.tags?.length === 0) delete meta.tags;
    // Every article has "harbour"; every other one "ferry" too.
    const body = `The harbour office published notice ${i} on the quay.${i % 2 === 0 ? " The ferry will run as usual." : ""}\n\nResidents were told in advance.`;
    writeArticle(join(dir, `n${String(i).padStart(2, "0")}.md`), meta, body);
  });
  ok(await cli("ingest", dir, "-q"));
  expect(await listed()).toBe(DATES.length);
});
afterAll(() => tmp.cleanup());

describe("news timeline", () => {
  it.each(["week", "year"])("counts per %s what search --strict --count finds with --since and --until the period", async (by) => {
    const { points } = await timelineOf("ferry", "--by", by);
    const matches = await countOf("search", "ferry", "--strict", "--count");
    const undatedMatches = matches - (await countOf("search", "ferry", "--strict", "--count", "--since", "1900"));
    contiguous(points);
    // The periods with matches agree with search, and together they hold every dated match, so the
    // empty ones are empty.
    const busy = points.filter((p) => p.count > 0);
    const found = await pool(busy, 3, (p) => countOf("search", "ferry", "--strict", "--count", "--since", p.period, "--until", p.period));
    expect(busy.map((p) => p.count)).toEqual(found);
    expect(points.reduce((s, p) => s + p.count, 0)).toBe(matches - undatedMatches);
    expect(undatedMatches).toBeGreaterThan(0);
  });

  it.each(["day", "month"])("counts per %s the dates of search --strict's hits", async (by) => {
    const { points } = await timelineOf("ferry", "--by", by);
    contiguous(points);
    const hits = json<Array<{ date: string | null }>>(ok(await cli("search", "ferry", "--articles", "--strict", "--json", "--limit", "0")));
    expect(nonZero(points)).toEqual(byPeriod(hits, by));
  });

  it("writes periods as 2016, 2016-02, 2015-W53 and 2016-02-29, ISO weeks straddling the new year", async () => {
    const year = (await timelineOf("ferry", "--by", "year")).points.map((p) => p.period);
    expect(year).toEqual(["2015", "2016", "2017", "2018", "2019", "2020", "2021"]);
    const week = (await timelineOf("--by", "week")).points;
    expect(week[0]!.period).toBe("2015-W53");
    expect(week.find((p) => p.period === "2015-W53")!.count).toBe(4); // 28 and 31 December, 1 and 3 January
    expect(week.find((p) => p.period === "2020-W53")!.count).toBe(2); // 31 December, 3 January
    expect(week[week.length - 1]!.period).toBe("2021-W01");
    const day = (await timelineOf("--by", "day", "--since", "2016-02", "--until", "2016-03-01")).points;
    expect(day.map((p) => p.period)).toContain("2016-02-29");
    expect(day).toHaveLength(30);
    expect(day[0]!.period).toBe("2016-02-01");
  });

  it("gives every period's total of dated articles, matching or not, and count / total", async () => {
    const { points } = await timelineOf("ferry", "--by", "year");
    const totals = await pool(points, 4, (p) => listed("--since", p.period, "--until", p.period));
    expect(points.map((p) => p.total)).toEqual(totals);
    for (const p of points) expect(p.ratio).toBe(p.total ? Math.round((p.count / p.total) * 10_000) / 10_000 : 0);
    expect(points.find((p) => p.period === "2018")).toEqual({ period: "2018", count: 0, total: 0, ratio: 0 });
  });

  it("without a query counts what list lists, and says on stderr how many are undated", async () => {
    const { points, run } = await timelineOf("--by", "month");
    const all = json<Array<{ date: string | null }>>(ok(await cli("list", "--articles", "--json", "--limit", "0")));
    expect(nonZero(points)).toEqual(byPeriod(all, "month"));
    for (const p of points) expect(p.count).toBe(p.total);
    expect(points.reduce((s, p) => s + p.count, 0)).toBe(DATES.filter(Boolean).length);
    expect(run.stderr).toMatch(/^news: 2 matching articles have no date/m);
  });

  it("applies the filters and exclusions of search", async () => {
    const filtered = ["harbour", "--section", "business"];
    const { points } = await timelineOf(...filtered, "--by", "year");
    const found = await pool(points, 3, (p) => countOf("search", ...filtered, "--strict", "--count", "--since", p.period, "--until", p.period));
    expect(points.map((p) => p.count)).toEqual(found);
    for (const args of [["--place", "london", "--", "-ferry"], ["harbour", "--tag", "FERRIES", "--source", "Coast Times"]]) {
      const hits = json<Array<{ date: string | null }>>(ok(await cli("search", "--articles", "--strict", "--json", "--limit", "0", ...args)));
      const t = await timelineOf("--by", "month", ...args);
      expect(nonZero(t.points), args.join(" ")).toEqual(byPeriod(hits, "month"));
      expect(hits.length).toBeGreaterThan(0);
    }
  });

  it("fits the period to the span without --by, and covers --since to --until when given", async () => {
    const span = async (...args: string[]) => (await timelineOf(...args)).points.map((p) => p.period);
    expect((await span())[0]).toBe("2015-12"); // Dec 2015 to Jan 2021: 62 months
    expect(await span("--until", "2016-01-31")).toHaveLength(35); // a month or so: days, 28 December to 31 January
    expect((await span("--until", "2016-08"))[0]).toBe("2015-W53"); // eight months: weeks
    expect(await span("--since", "2022")).toEqual([]);
    expect(await span("ferry", "--since", "2016", "--until", "2016", "--by", "month")).toEqual(
      ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((m) => `2016-${m}`),
    );
  });

  it("prints CSV and a chart whose rows end with the count", async () => {
    const csv = ok(await cli("timeline", "ferry", "--by", "year", "--format", "csv")).stdout.trim().split(/\r?\n/);
    expect(csv[0]).toBe("period,count,total,ratio");
    expect(csv).toHaveLength(8);
    const chart = ok(await cli("timeline", "ferry", "--by", "year", "--no-color")).stdout.trimEnd().split("\n");
    const { points } = await timelineOf("ferry", "--by", "year");
    expect(chart).toHaveLength(points.length);
    chart.forEach((line, i) => expect(line).toMatch(new RegExp(`^${points[i]!.period} .* ?${points[i]!.count}$`)));
    const ratio = ok(await cli("timeline", "ferry", "--by", "year", "--ratio")).stdout;
    expect(ratio).toMatch(/^2016 .*%\s\(\d+ of \d+\)$/m);
  });

  it("draws eighth blocks with a UTF-8 locale and # without one, never in colour when piped", async () => {
    const run = (env: Record<string, string | undefined>) => news(["--db", db, "timeline", "--by", "year"], { env: { LC_ALL: undefined, LC_CTYPE: undefined, TERM: "xterm", NO_COLOR: undefined, ...env } });
    const utf8 = ok(await run({ LANG: "en_GB.UTF-8" })).stdout;
    expect(utf8).toMatch(/[█▏▎▍▌▋▊▉]/);
    expect(utf8).not.toContain("#");
    expect(utf8).not.toMatch(ANSI);
    for (const env of [{ LANG: "C" }, { LANG: undefined }, { LANG: "en_GB.UTF-8", LC_ALL: "POSIX" }, { LANG: "en_GB.UTF-8", TERM: "dumb" }]) {
      const plain = ok(await run(env)).stdout;
      expect(plain, JSON.stringify(env)).toMatch(/^2016 +#+ \d+$/m);
      expect(plain).not.toMatch(/[█▏▎▍▌▋▊▉]/);
    }
  });

  it("refuses a period it does not know, and an ISO week that does not exist", async () => {
    fails(await cli("timeline", "--by", "fortnight"), 2, /fortnight/);
    fails(await cli("timeline", "--since", "2016-W53"), 2, /2016-W53/);
    fails(await cli("timeline", "--since", "2017", "--until", "2016"), 2, /swap/);
    fails(await news(["--db", join(tmp.path, "missing.db"), "timeline"]), 1);
  });

  it("lists a week's articles with --since and --until", async () => {
    expect(await listed("--since", "2015-W53", "--until", "2015-W53")).toBe(4);
    expect(await listed("--since", "2020-W53", "--until", "2020-W53")).toBe(2);
  });
});

describe("news top", () => {
  const FLAG: Record<string, (v: string) => string[]> = {
    place: (v) => ["--place", v],
    source: (v) => ["--source", v],
    section: (v) => ["--section", v],
    tag: (v) => ["--tag", v],
    year: (v) => ["--since", v, "--until", v],
  };

  it.each(Object.keys(FLAG))("counts each %s as list finds it with its filter", async (field) => {
    const values = json<Value[]>(ok(await cli("top", field, "--limit", "0", "--json")));
    expect(values.length).toBeGreaterThan(1);
    expect(values.map((v) => v.count)).toEqual(await pool(values, 4, (v) => listed(...FLAG[field]!(v.value))));
    // Most frequent first, and no value twice in another spelling.
    for (let i = 1; i < values.length; i++) expect(values[i]!.count).toBeLessThanOrEqual(values[i - 1]!.count);
    expect(new Set(values.map((v) => v.value.toLowerCase())).size).toBe(values.length);
  });

  it("counts among the matches of a query, as search --strict --count does", async () => {
    for (const field of ["place", "section", "tag"]) {
      const values = json<Value[]>(ok(await cli("top", field, "ferry", "--json")));
      expect(values.length).toBeGreaterThan(0);
      const found = await pool(values, 4, (v) => countOf("search", "ferry", "--strict", "--count", ...FLAG[field]!(v.value)));
      expect(values.map((v) => v.count), field).toEqual(found);
    }
  });

  it("groups London with LONDON, England and london, apart from Londonderry and New London", async () => {
    const values = json<Value[]>(ok(await cli("top", "place", "--json")));
    const london = DATES.filter((_, i) => ["London", "LONDON, England", "london"].includes(PLACES[i % PLACES.length]!)).length;
    expect(values.find((v) => v.value === "London")).toEqual({ value: "London", count: london });
    expect(values.map((v) => v.value)).toEqual(expect.arrayContaining(["Londonderry", "New London", "Caracas"]));
    expect(values.map((v) => v.value)).not.toContain("LONDON");
  });

  it("counts an article once for a tag it has twice in two spellings", async () => {
    const values = json<Value[]>(ok(await cli("top", "tag", "--json")));
    const ferries = DATES.filter((_, i) => TAGS[i % TAGS.length]!.some((t) => t.toLowerCase() === "ferries")).length;
    expect(values.find((v) => v.value.toLowerCase() === "ferries")!.count).toBe(ferries);
  });

  it("counts authors by their whole byline, in any case", async () => {
    const values = json<Value[]>(ok(await cli("top", "author", "--json")));
    expect(values.find((v) => v.value.toLowerCase() === "jane doe")!.count).toBe(DATES.filter((_, i) => AUTHORS[i % AUTHORS.length]?.toLowerCase() === "jane doe").length);
  });

  it("shows --limit values (20 by default), and says on stderr how many there are and how many articles have none", async () => {
    const r = ok(await cli("top", "place", "--limit", "2", "--json"));
    expect(json<Value[]>(r)).toHaveLength(2);
    expect(r.stderr).toMatch(/showing 2 of 4 places/);
    const without = DATES.filter((_, i) => PLACES[i % PLACES.length] === undefined).length;
    expect(r.stderr).toContain(`${without} matching articles have no place`);
    const chart = ok(await cli("top", "place")).stdout.trimEnd().split("\n");
    expect(chart).toHaveLength(4);
    expect(chart[0]).toMatch(/^London .* \d+$/);
  });

  it("refuses a field it cannot count", async () => {
    fails(await cli("top", "colour"), 2, /colour/);
    fails(await cli("top"), 2);
  });
});

describe("news stats", () => {
  it("charts articles per month for a short span and per year for a long one; JSON keeps byYear", async () => {
    const text = ok(await cli("stats")).stdout;
    expect(text).toMatch(/^By year$/m);
    expect(text).toMatch(/^ {2}2016 +\S+ \d+$/m);
    expect(text).toMatch(/^ {2}2018 +0$/m);
    const s = json<{ byYear: Array<{ year: string | null; count: number }> }>(ok(await cli("stats", "--json")));
    expect(s.byYear.find((y) => y.year === "2016")!.count).toBe(DATES.filter((d) => d?.startsWith("2016")).length);
    // A span of under two years: months, a quiet stretch of three or more in one row.
    const dir = join(tmp.path, "short");
    mkdirSync(dir, { recursive: true });
    for (const date of ["2016-01-05", "2016-01-20", "2016-02-01", "2016-07-04"]) writeArticle(join(dir, `${date}.md`), { title: `Tide table ${date}`, date }, "The tide table was published.");
    const short = await archiveAt(join(tmp.path, "short.db"));
    ok(await news(["--db", short, "ingest", dir, "-q"]));
    const months = ok(await news(["--db", short, "stats"])).stdout;
    expect(months).toMatch(/^By month$/m);
    expect(months).toMatch(/^ {2}2016-01 +\S+ 2\n {2}2016-02 +\S+ 1\n {2}2016-03–2016-06 +0\n {2}2016-07 +\S+ 1$/m);
  });
});
