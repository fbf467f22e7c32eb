// bin/news as scripts use it: every command's machine output against CONTRACT.md, exit 0, and
// nothing but data on stdout. One archive, ingested once, shared by the whole file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  assertBuilt,
  expectArticle,
  expectHit,
  expectIngestReport,
  fails,
  json,
  news,
  noDataOnStderr,
  ok,
  type IngestReportJson,
  type Run,
} from "../helpers/cli.js";
import { archiveAt, archiveMade, describeArchive as describe } from "../helpers/backend.js";
import { parseCsv } from "../helpers/csv.js";
import { ARTICLE_FIXTURES, copyFixtures, DATED, NOT_ARTICLES, tempDir, writeDated } from "../helpers/fixtures.js";

type Rec = Record<string, unknown>;

const tmp = tempDir("news-e2e-json-");
let db = join(tmp.path, "archive", "news.db");
const input = join(tmp.path, "in");
const total = ARTICLE_FIXTURES.length + DATED.length;
let ingestRun: Run;
let titles: string[] = [];
/** `list --json --limit 0` right after the ingest. */
let listed: Rec[] = [];
const listedByFile = (name: string) => listed.find((a) => (a.path as string).endsWith(`/${name}`))!;
const cli = (...args: string[]) => news(["--db", db, ...args]);

beforeAll(async () => {
  assertBuilt();
  db = await archiveAt(db);
  copyFixtures(input);
  writeDated(join(input, "dated"));
  ingestRun = await cli("ingest", input, "--json");
  listed = json<Rec[]>(ok(await cli("list", "--articles", "--json", "--limit", "0")));
  titles = listed.map((a) => a.title as string);
});
afterAll(() => tmp.cleanup());

describe("ingest --json", () => {
  it("prints the report: counts, and one entry per file with path, status, id and reason", async () => {
    ok(ingestRun);
    const report = json<IngestReportJson>(ingestRun);
    expectIngestReport(report);
    expect(report).toMatchObject({ added: total, updated: 0, unchanged: 0, duplicate: 0, skipped: NOT_ARTICLES.length, failed: 0 });
    expect(report.files).toHaveLength(total + NOT_ARTICLES.length);
    for (const f of report.files) expect(f.path!.startsWith(input)).toBe(true);
    expect(await archiveMade(db)).toBe(true);
  });

  it("says what it skipped, and why, on stderr only", () => {
    for (const name of NOT_ARTICLES) expect(ingestRun.stderr).toContain(name);
    noDataOnStderr(ingestRun, titles);
  });

  it("again: every article unchanged, exit 0", async () => {
    const r = ok(await cli("ingest", input, "--json"));
    const report = json<IngestReportJson>(r);
    expectIngestReport(report);
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: total, duplicate: 0, failed: 0 });
  });

  it("standard input (-): path null, then unchanged", async () => {
    const dbStdin = await archiveAt(join(tmp.path, "stdin.db"));
    const text = "Night buses return\n\nNight buses will run again on the three busiest routes from next month, the operator said.\n";
    const first = json<IngestReportJson>(ok(await news(["--db", dbStdin, "ingest", "-", "--json"], { input: text })));
    expectIngestReport(first);
    expect(first.files).toEqual([{ path: null, status: "added", id: expect.any(Number), reason: null }]);
    const shown = json<Rec>(ok(await news(["--db", dbStdin, "show", String(first.files[0]!.id), "--json"])));
    expect(shown).toMatchObject({ title: "Night buses return", path: null });
    const again = json<IngestReportJson>(ok(await news(["--db", dbStdin, "ingest", "-", "--json"], { input: text })));
    expect(again.files[0]!.status).toBe("unchanged");
  });

  it("--dry-run reports and creates no archive", async () => {
    const dbDry = await archiveAt(join(tmp.path, "dry", "news.db"));
    const r = ok(await news(["--db", dbDry, "ingest", "--dry-run", "--json", join(input, "dated")]));
    const report = json<IngestReportJson>(r);
    expectIngestReport(report, { dryRun: true });
    expect(report.added).toBe(DATED.length);
    expect(await archiveMade(dbDry)).toBe(false);
    expect(existsSync(join(tmp.path, "dry"))).toBe(false);
  });

  it("a quoted glob pattern picks the files it matches", async () => {
    const dbGlob = await archiveAt(join(tmp.path, "glob.db"));
    const report = json<IngestReportJson>(ok(await news(["--db", dbGlob, "ingest", join(input, "utf*.txt"), "--json"])));
    expectIngestReport(report);
    expect(report.files.map((f) => f.path!.split("/").pop()).sort()).toEqual(["utf16be-bom.txt", "utf16le-bom.txt", "utf8-bom.txt"]);
    expect(report.added).toBe(3);
  });

  it("--tag, --source and --section apply to every article", async () => {
    const dbTag = await archiveAt(join(tmp.path, "tags.db"));
    ok(await news(["--db", dbTag, "ingest", join(input, "dated", "alpha.md"), "--tag", "one", "--tag", "two", "--source", "Given", "--section", "Given Desk"]));
    const [a] = json<Rec[]>(ok(await news(["--db", dbTag, "list", "--articles", "--json"])));
    expect(a!.tags).toEqual(["one", "two"]);
    expect(json<Rec[]>(ok(await news(["--db", dbTag, "list", "--articles", "--json", "--tag", "two"])))).toHaveLength(1);
  });
});

describe.concurrent("list", () => {
  it("--json: an array of articles without bodies, newest first", async () => {
    const r = ok(await cli("list", "--articles", "--json"));
    const rows = json<Rec[]>(r);
    expect(Array.isArray(rows)).toBe(true);
    expect(rows).toHaveLength(total);
    for (const a of rows) expectArticle(a, { body: false });
    const dates = rows.map((a) => a.date).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(r.stderr).toBe("");
  });

  it("--format json is --json; --limit and --offset page", async () => {
    const all = json<Rec[]>(ok(await cli("list", "--articles", "--format", "json", "--limit", "0")));
    expect(all).toEqual(listed);
    const page = json<Rec[]>(ok(await cli("list", "--articles", "--json", "--limit", "3", "--offset", "2")));
    expect(page.map((a) => a.id)).toEqual(all.slice(2, 5).map((a) => a.id));
  });

  it("--format ndjson: one article a line", async () => {
    const r = ok(await cli("list", "--articles", "--format", "ndjson", "--limit", "0"));
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(total);
    for (const l of lines) expectArticle(JSON.parse(l), { body: false });
  });

  it("--format csv and markdown: a header and a row per article", async () => {
    const csv = parseCsv(ok(await cli("list", "--articles", "--format", "csv", "--limit", "0")).stdout);
    expect(csv[0]).toEqual(expect.arrayContaining(["id", "hash", "title", "date", "place", "section", "author", "source", "tags", "words", "path", "ingestedAt"]));
    expect(csv).toHaveLength(total + 1);
    const md = ok(await cli("list", "--articles", "--format", "markdown", "--limit", "0")).stdout.trimEnd().split("\n");
    expect(md[0]).toMatch(/^\|.*title.*\|$/i);
    expect(md).toHaveLength(total + 2);
  });

  it("the default table shows the titles", async () => {
    const r = ok(await cli("list", "--articles", "--limit", "0"));
    expect(r.stdout).toContain("Harbour museum opens");
    expect(r.stderr).toBe("");
  });
});

describe.concurrent("search", () => {
  it("--json: hits with every list field, a numeric score and a [marked] snippet, best first", async () => {
    const r = ok(await cli("search", "--articles", "harbour", "--json", "--limit", "0"));
    const hits = json<Rec[]>(r);
    expect(hits).toHaveLength(DATED.length);
    for (const h of hits) {
      expectHit(h);
      expect(h.snippet).toMatch(/\[harbour\]/i);
    }
    const scores = hits.map((h) => h.score as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    noDataOnStderr(r, titles);
  });

  it("a query with several words and a phrase", async () => {
    const hits = json<Rec[]>(ok(await cli("search", "--articles", "echo", "project", "--json", "--strict")));
    expect(hits.map((h) => h.title)).toEqual(["Harbour ferry returns"]);
    // Without --strict a thin result is topped up with partial matches, all ranked together.
    const loose = ok(await cli("search", "--articles", "echo", "project", "--json"));
    const titles = json<Rec[]>(loose).map((h) => h.title);
    expect(titles[0]).toBe("Harbour ferry returns");
    expect(titles.length).toBeGreaterThan(1);
    expect(loose.stderr).toMatch(/^news: only 1 story has every word; ranked with the best partial matches \(--strict to turn this off\)\n$/);
    const phrase = json<Rec[]>(ok(await cli("search", "--articles", '"echo project"', "--json")));
    expect(phrase.map((h) => h.title)).toEqual(["Harbour ferry returns"]);
  });

  it("no hits: [] and exit 0", async () => {
    const r = ok(await cli("search", "--articles", "zeppelinxyz", "--json"));
    expect(json(r)).toEqual([]);
    expect(r.stdout.trim()).toBe("[]");
  });

  it("--sort date, --limit, and filters", async () => {
    const hits = json<Rec[]>(ok(await cli("search", "--articles", "harbour", "--json", "--sort", "date", "--since", "2017-02", "--until", "2017-02-28")));
    expect(hits.map((h) => h.date)).toEqual(["2017-02-28", "2017-02-07", "2017-02-06", "2017-02-01"]);
    const london = json<Rec[]>(ok(await cli("search", "--articles", "harbour", "--json", "--place", "London")));
    expect(london.map((h) => h.place).sort()).toEqual(["LONDON, England", "London"]);
  });

  it("--format ndjson and csv", async () => {
    const lines = ok(await cli("search", "--articles", "harbour", "--format", "ndjson")).stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(DATED.length);
    for (const l of lines) expectHit(JSON.parse(l));
    const csv = parseCsv(ok(await cli("search", "--articles", "harbour", "--format", "csv")).stdout);
    expect(csv[0]).toEqual(expect.arrayContaining(["score", "snippet"]));
  });
});

describe.concurrent("show", () => {
  it("--json: one article with its body", async () => {
    const row = listedByFile("web-page.txt");
    const r = ok(await cli("show", String(row.id), "--json"));
    const a = json<Rec>(r);
    expectArticle(a, { body: true });
    expect(a).toMatchObject({ title: "Venezuela Reopens Border Crossing for Medical Supplies", date: "2017-02-06", place: "Caracas", section: "International" });
    expect(a.body).toContain("Santa Elena");
    expect(a).toMatchObject(row);
    noDataOnStderr(r, titles);
  });

  it("the default view is the readable article", async () => {
    const r = ok(await cli("show", String(listedByFile("web-page.txt").id)));
    expect(r.stdout).toContain("Venezuela Reopens Border Crossing for Medical Supplies");
    expect(r.stdout).toContain("Santa Elena");
    expect(r.stderr).toBe("");
  });
});

describe.concurrent("export", () => {
  it("--format json: {schemaVersion: 1, articles: [...]} with bodies", async () => {
    const r = ok(await cli("export", "--format", "json"));
    const doc = json<{ schemaVersion: number; articles: Rec[] }>(r);
    expect(Object.keys(doc).sort()).toEqual(["articles", "schemaVersion"]);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.articles).toHaveLength(total);
    for (const a of doc.articles) expectArticle(a, { body: true });
    noDataOnStderr(r, titles);
  });

  it("--format ndjson (the default): one full article a line", async () => {
    const r = ok(await cli("export"));
    const lines = r.stdout.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(total);
    for (const l of lines) expectArticle(JSON.parse(l), { body: true });
    expect(r.stderr).toBe("");
  });

  it("--format csv: every article with its body, readable as CSV", async () => {
    const rows = parseCsv(ok(await cli("export", "--format", "csv")).stdout);
    expect(rows).toHaveLength(total + 1);
    const header = rows[0]!;
    expect(header).toEqual(expect.arrayContaining(["id", "hash", "title", "date", "body"]));
    const titleAt = header.indexOf("title");
    const bodyAt = header.indexOf("body");
    const web = rows.find((r) => r[titleAt] === "Venezuela Reopens Border Crossing for Medical Supplies")!;
    expect(web[bodyAt]).toContain("Santa Elena");
  });

  it("--format markdown and txt: every title and body", async () => {
    for (const format of ["markdown", "txt"]) {
      const r = ok(await cli("export", "--format", format));
      for (const t of titles) expect(r.stdout, `${format}: ${t}`).toContain(t.split("\n")[0]!.slice(0, 30));
      expect(r.stdout).toContain("Santa Elena border crossing");
      expect(r.stderr).toBe("");
    }
  });

  it("a query and filters choose the articles; --limit is honoured", async () => {
    const lines = (r: Run) => r.stdout.trimEnd().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Rec);
    expect(lines(ok(await cli("export", "harbour", "--format", "ndjson")))).toHaveLength(DATED.length);
    expect(lines(ok(await cli("export", "harbour", "--section", "Culture"))).map((a) => a.section)).toEqual(["Culture", "Culture", "Culture"]);
    expect(lines(ok(await cli("export", "--since", "2017-02-06", "--until", "2017-02-06"))).map((a) => a.date)).toEqual(["2017-02-06", "2017-02-06"]);
    expect(lines(ok(await cli("export", "--limit", "4")))).toHaveLength(4);
  });

  it("--out <folder>/ writes one file per article", async () => {
    const folder = join(tmp.path, "by-article");
    const r = ok(await cli("export", "harbour", "--format", "markdown", "--out", `${folder}/`));
    expect(r.stdout).toBe("");
    const names = readdirSync(folder);
    expect(names).toHaveLength(DATED.length);
    for (const n of names) expect(n).toMatch(/\.md$/);
    expect(names.map((n) => readFileSync(join(folder, n), "utf8")).join("\n")).toContain("Harbour ferry returns");
  });

  it("--out writes the file and nothing to stdout", async () => {
    const out = join(tmp.path, "export.json");
    const r = ok(await cli("export", "--format", "json", "--out", out));
    expect(r.stdout).toBe("");
    const doc = JSON.parse(readFileSync(out, "utf8")) as { schemaVersion: number; articles: Rec[] };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.articles).toHaveLength(total);
  });
});

describe.concurrent("stats --json", () => {
  it("counts by section, source and year, and the date range", async () => {
    const [r, listed] = await Promise.all([cli("stats", "--json"), cli("list", "--articles", "--json", "--limit", "0")]);
    const s = json<Rec>(ok(r));
    const rows = json<Rec[]>(ok(listed));
    const dates = rows.flatMap((a) => (a.date === null ? [] : [a.date as string])).sort();
    expect(s.articles).toBe(total);
    expect(Number.isInteger(s.words)).toBe(true);
    expect(s.firstDate).toBe(dates[0]);
    expect(s.lastDate).toBe(dates.at(-1));
    for (const key of ["bySection", "bySource"]) {
      const groups = s[key] as Array<{ name: unknown; count: unknown }>;
      expect(Array.isArray(groups)).toBe(true);
      for (const g of groups) {
        expect(g.name === null || typeof g.name === "string").toBe(true);
        expect(Number.isInteger(g.count)).toBe(true);
      }
      expect(groups.reduce((n, g) => n + (g.count as number), 0), key).toBe(total);
    }
    const years = s.byYear as Array<{ year: unknown; count: number }>;
    expect(years).toEqual(expect.arrayContaining([{ year: "2017", count: dates.filter((d) => d.startsWith("2017")).length }]));
    expect(years.reduce((n, y) => n + y.count, 0)).toBe(total);
    expect(r.stderr).toBe("");
  });

  it("the default is a readable summary", async () => {
    const r = ok(await cli("stats"));
    expect(r.stdout).toMatch(/International/);
    expect(r.stdout).toMatch(/2017/);
  });
});

describe("rm", () => {
  it("removes articles from the archive and its index", async () => {
    const hit = listedByFile("juliet.md");
    expect(hit.title).toBe("Harbour museum opens");
    const r = ok(await cli("rm", String(hit.id), "--json"));
    const removed = json<Array<{ id: number; title: string }>>(r);
    expect(removed).toEqual([{ id: hit.id, title: "Harbour museum opens" }]);
    expect(json(ok(await cli("search", "--articles", "juliet", "--json")))).toEqual([]);
    fails(await cli("show", String(hit.id)), 1, /no article/);
    expect(json<Rec[]>(ok(await cli("list", "--articles", "--json", "--limit", "0")))).toHaveLength(total - 1);
  });

  it("by hash prefix, several at once; an unknown reference removes nothing", async () => {
    const rows = json<Rec[]>(ok(await cli("search", "--articles", "harbour", "--json", "--section", "Culture")));
    expect(rows).toHaveLength(2);
    const [a, b] = rows as [Rec, Rec];
    fails(await cli("rm", String(a.id), "999999"), 1, /999999/);
    expect(json<Rec[]>(ok(await cli("search", "--articles", "harbour", "--json", "--section", "Culture")))).toHaveLength(2);
    const removed = json<Array<{ id: number }>>(ok(await cli("rm", (a.hash as string).slice(0, 10), String(b.id), "--json")));
    expect(removed.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect(json(ok(await cli("search", "--articles", "harbour", "--json", "--section", "Culture")))).toEqual([]);
  });
});
