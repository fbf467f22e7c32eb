// Real collections from ../shared/corpora (evaluation only; never copied into the project). Skipped
// where they are not present, as on CI.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, expectArticle, expectHit, expectIngestReport, json, news, ok, shell, type IngestReportJson } from "../helpers/cli.js";
import { CORPORA, HAVE_CORPORA, tempDir } from "../helpers/fixtures.js";

type Rec = Record<string, unknown>;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const tmp = tempDir("news-e2e-corpora-");
afterAll(() => tmp.cleanup());

describe.skipIf(!HAVE_CORPORA)("the seed article", () => {
  it("ingests with its headline, date, place and section, and a clean body", async () => {
    assertBuilt();
    const db = join(tmp.path, "seed.db");
    const report = json<IngestReportJson>(ok(await news(["--db", db, "ingest", join(CORPORA, "seed"), "--json"])));
    expectIngestReport(report);
    expect(report).toMatchObject({ added: 1, failed: 0 });
    const a = json<Rec>(ok(await news(["--db", db, "show", String(report.files[0]!.id), "--json"])));
    expectArticle(a, { body: true });
    expect(a).toMatchObject({
      title: "Russia Reaffirms Support for Venezuelan Sovereignty",
      date: "2017-02-06",
      place: "Caracas",
      section: "International",
    });
    expect(a.body).not.toContain("Skip to Navigation");
    expect(a.body).not.toContain("Published on");
    expect(a.body).toMatch(/Lavrov/);
  });
});

describe.skipIf(!HAVE_CORPORA)("the BBC collection (2,225 files)", () => {
  const bbc = join(CORPORA, "bbc");
  const db = join(tmp.path, "bbc.db");
  let report: IngestReportJson;
  let files: string[];

  beforeAll(async () => {
    assertBuilt();
    files = filesUnder(bbc);
    const r = await news(["--db", db, "ingest", bbc, "--json"]);
    report = json<IngestReportJson>(ok(r));
  });

  it("every file ingests; none fails or is skipped", () => {
    expect(files).toHaveLength(2225);
    expectIngestReport(report);
    expect(report.files).toHaveLength(2225);
    expect(report).toMatchObject({ failed: 0, skipped: 0, updated: 0, unchanged: 0 });
    expect(report.added + report.duplicate).toBe(2225);
    expect(report.files.map((f) => f.path).sort()).toEqual(files);
  });

  it("byte-identical copies are reported duplicate of the first, with its id", () => {
    const status = new Map(report.files.map((f) => [f.path!, f]));
    const groups = new Map<string, string[]>();
    for (const f of files) {
      const h = createHash("sha256").update(readFileSync(f)).digest("hex");
      groups.set(h, [...(groups.get(h) ?? []), f]);
    }
    let copies = 0;
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const [first, ...rest] = group as [string, ...string[]];
      const original = status.get(first)!;
      expect(original.status, relative(bbc, first)).toBe("added");
      for (const copy of rest) {
        copies++;
        expect(status.get(copy), relative(bbc, copy)).toMatchObject({ status: "duplicate", id: original.id });
      }
    }
    expect(copies).toBeGreaterThan(0);
    expect(report.duplicate).toBeGreaterThanOrEqual(copies);
  });

  it("the one Windows-1252 file keeps its pound sign", async () => {
    const entry = report.files.find((f) => f.path === join(bbc, "sport", "199.txt"))!;
    const a = json<Rec>(ok(await news(["--db", db, "show", String(entry.id), "--json"])));
    expect(a.body).toContain("£15.8m");
    expect(`${a.title as string}${a.body as string}`).not.toMatch(/[\ufffd\u0080-\u009f]/);
  });

  it("search Venezuela lists the Argentina and Venezuela oil deal story", async () => {
    const hits = json<Rec[]>(ok(await news(["--db", db, "search", "Venezuela", "--json"])));
    for (const h of hits) expectHit(h);
    expect(hits.map((h) => h.title)).toContain("Argentina, Venezuela in oil deal");
  });

  it("list pages by 50 by default; stats count what was added", async () => {
    const [list, stats] = await Promise.all([news(["--db", db, "list", "--json"]), news(["--db", db, "stats", "--json"])]);
    expect(json<unknown[]>(ok(list))).toHaveLength(50);
    expect(json<Rec>(ok(stats)).articles).toBe(report.added);
  });

  it("export --format ndjson | head -1 ends with status 0", async () => {
    const r = await shell(`set -o pipefail; news --db "$DB" export --format ndjson | head -1`, { DB: db });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expectArticle(JSON.parse(r.stdout), { body: true });
  });
});
