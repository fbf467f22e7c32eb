// `news import`: records from our own export come back exactly; trafilatura and news-please records
// keep the fields they give and get the rest from their text; a bad record is reported with its line
// and the others go on, with ingest's report and exit status.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, expectArticle, fails, json, news, ok } from "../helpers/cli.js";
import { copyFixtures, ROOT, tempDir } from "../helpers/fixtures.js";

type Rec = Record<string, unknown>;
const tmp = tempDir("news-e2e-import-");
const source = join(tmp.path, "source.db");
const KEPT = ["hash", "title", "date", "place", "section", "author", "source", "tags", "summary", "body", "words"];
const kept = (a: Rec) => Object.fromEntries(KEPT.map((k) => [k, a[k]]));
const byHash = (list: Rec[]) => new Map(list.map((a) => [a.hash as string, kept(a)]));

async function exported(db: string): Promise<Rec[]> {
  const r = ok(await news(["--db", db, "export", "--format", "ndjson"]));
  return r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Rec);
}

beforeAll(async () => {
  assertBuilt();
  // The sample archive and the test fixtures: every shape of article, with and without fields.
  ok(await news(["--db", source, "ingest", join(ROOT, "archive"), copyFixtures(join(tmp.path, "fixtures")), "-q"]));
});
afterAll(() => tmp.cleanup());

describe("a round trip through export and import", () => {
  for (const format of ["ndjson", "json"]) {
    it(`gives back the same articles from --format ${format}`, async () => {
      const file = join(tmp.path, `all.${format}`);
      ok(await news(["--db", source, "export", "--format", format, "--out", file]));
      const target = join(tmp.path, `from-${format}.db`);
      const r = ok(await news(["--db", target, "import", file, "--json"]));
      const before = await exported(source);
      const report = json<Rec>(r);
      expect(report).toMatchObject({ added: before.length, unchanged: 0, skipped: 0, failed: 0 });
      expect(r.stderr).toMatch(new RegExp(`^${before.length} records: ${before.length} added`));
      const after = await exported(target);
      for (const a of after) expectArticle(a, { body: true });
      expect(byHash(after)).toEqual(byHash(before));
      // Again: nothing changes.
      const again = json<Rec>(ok(await news(["--db", target, "import", file, "--json"])));
      expect(again).toMatchObject({ added: 0, unchanged: before.length });
    });
  }

  it("an imported article is the same article as its file: ingesting the file again is no new article", async () => {
    const target = join(tmp.path, "then-ingest.db");
    const file = join(tmp.path, "all.ndjson");
    ok(await news(["--db", source, "export", "--out", file]));
    ok(await news(["--db", target, "import", file, "-q"]));
    const r = json<Rec>(ok(await news(["--db", target, "ingest", join(ROOT, "archive"), "--json"])));
    expect(r.added).toBe(0);
  });
});

describe("records of other tools, and bad records", () => {
  const lines = [
    JSON.stringify({
      title: "Harbour cranes return to the east quay",
      author: "Mara Lind; Tom Okafor",
      date: "2021-05-04",
      hostname: "portnews.example",
      sitename: "Port News",
      url: "https://portnews.example/cranes",
      text: "HAMBURG, May 4, 2021 – Three new cranes arrived at the east quay on Tuesday.\n\nThe port said they would double the quay's capacity.",
      categories: "Business;Shipping",
      tags: "port;cranes",
    }),
    "this line is not JSON {",
    JSON.stringify({ title: "Nothing to read", text: "   " }),
    JSON.stringify({
      title: "Schools to open an hour later",
      maintext: "Schools in the district will open an hour later from September, the council said on Monday.",
      date_publish: "2022-08-15 09:30:00",
      authors: ["Ana Ruiz", "Li Wen"],
      source_domain: "citydesk.example",
      language: "en",
    }),
    JSON.stringify({ maintext: "GREENVALE, Ohio, March 3, 2020 – The river rose two metres overnight, officials said.\n\nResidents were told to move their cars." }),
    JSON.stringify({ headline: "No text field at all" }),
  ];
  const db = join(tmp.path, "tools.db");
  let run: Awaited<ReturnType<typeof news>>;
  let articles: Rec[];

  beforeAll(async () => {
    // From standard input, as a pipe from a scraper would give them.
    run = await news(["--db", db, "import", "-", "--json"], { input: lines.join("\n") + "\n" });
    articles = json<Rec[]>(ok(await news(["--db", db, "list", "--json"])));
  });

  it("reports each bad record with its line and reason, imports the rest, and exits 1 as ingest does for a failure", () => {
    expect(run.code).toBe(1);
    const report = json<{ files: Rec[] } & Rec>(run);
    expect(report).toMatchObject({ added: 3, skipped: 2, failed: 1 });
    expect(report.files.map((f) => [f.line, f.status])).toEqual([
      [1, "added"], [2, "failed"], [3, "skipped"], [4, "added"], [5, "added"], [6, "skipped"],
    ]);
    expect(report.files[1]!.reason).toMatch(/^not JSON/);
    expect(report.files[2]!.reason).toMatch(/no text/);
    expect(run.stderr).toMatch(/^news: failed standard input line 2: not JSON/m);
    expect(run.stderr).toMatch(/^news: skipped standard input line 3: no text/m);
    expect(run.stderr).toMatch(/^6 records: 3 added, 2 skipped, 1 failed/m);
  });

  it("keeps a trafilatura record's fields and reads the dateline's place from its text", () => {
    const a = articles.find((x) => x.title === "Harbour cranes return to the east quay")!;
    expect(a).toMatchObject({ date: "2021-05-04", author: "Mara Lind, Tom Okafor", source: "Port News", section: "Business, Shipping", tags: ["port", "cranes"], place: "HAMBURG", path: null });
  });

  it("keeps a news-please record's fields, and extracts what a bare record lacks", () => {
    expect(articles.find((x) => x.title === "Schools to open an hour later")).toMatchObject({ date: "2022-08-15", author: "Ana Ruiz, Li Wen", source: "citydesk.example" });
    const bare = articles.find((x) => x.place === "GREENVALE, Ohio")!;
    expect(bare).toMatchObject({ date: "2020-03-03", author: null });
    expect(bare.title).toMatch(/river rose/);
  });

  it("keeps the record's text as the original, with its fields and url as front matter", async () => {
    const a = articles.find((x) => x.title === "Harbour cranes return to the east quay")!;
    const r = ok(await news(["--db", db, "show", String(a.id), "--original"]));
    expect(r.stdout).toContain('url: "https://portnews.example/cranes"');
    expect(r.stdout).toContain("HAMBURG, May 4, 2021 – Three new cranes");
  });

  it("a pretty-printed JSON array of records is read too, each numbered by its place", async () => {
    const file = join(tmp.path, "array.json");
    writeFileSync(file, JSON.stringify([JSON.parse(lines[0]!), { text: "" }, JSON.parse(lines[3]!)], null, 2));
    const r = json<{ files: Rec[] } & Rec>(ok(await news(["--db", join(tmp.path, "array.db"), "import", file, "--json"])));
    expect(r.files.map((f) => [f.record, f.line, f.status])).toEqual([[1, null, "added"], [2, null, "skipped"], [3, null, "added"]]);
  });

  it("a plain-text file is one failure that points to ingest, not one per line", async () => {
    const file = join(tmp.path, "story.txt");
    writeFileSync(file, "Harbour news\n\nHAMBURG, May 4, 2021 – Cranes arrived.\n\nMore text.\n");
    const r = await news(["--db", join(tmp.path, "text.db"), "import", file]);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("news: "))).toEqual([
      `news: failed ${file} line 1: not JSON or NDJSON (it starts with 'Harbour news'); add plain-text articles with news ingest`,
    ]);
  });

  it("a missing file fails with a reason; a usage error exits 2", async () => {
    const r = await news(["--db", join(tmp.path, "missing.db"), "import", join(tmp.path, "nope.ndjson")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^news: failed .*nope\.ndjson: cannot read: /m);
    fails(await news(["--db", join(tmp.path, "x.db"), "import"]), 2);
  });
});
