// `news stats` reads running counts that triggers keep as articles are added, changed and removed:
// after every kind of write they must equal what counting the articles themselves gives, `news
// check` must notice when they do not, and `--repair` must recount them.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { check } from "../../src/core/check.js";
import { ingest } from "../../src/core/ingest.js";
import { list, remove, stats } from "../../src/core/read.js";
import { reparse } from "../../src/core/reparse.js";
import { top } from "../../src/core/timeline.js";
import { tempDir, writeArticle } from "../helpers/fixtures.js";
import { schemaOneArchive } from "../helpers/old-archive.js";

const dir = tempDir();
let archive: Archive;

/** What stats says, counted from the articles by SQL as stats did before it kept tallies. */
function recount(a: Archive) {
  const db = a.db;
  const groups = (column: string) =>
    new Map((db.prepare(`SELECT lower(${column}) AS k, count(*) AS n FROM articles GROUP BY ${column} COLLATE NOCASE`).all() as Array<{ k: string | null; n: number }>).map((r) => [r.k, r.n]));
  return {
    totals: db.prepare("SELECT count(*) AS articles, coalesce(sum(words), 0) AS words, count(date) AS dated, min(date) AS firstDate, max(date) AS lastDate FROM articles").get(),
    section: groups("section"),
    source: groups("source"),
    year: db.prepare("SELECT substr(date, 1, 4) AS year, count(*) AS count FROM articles GROUP BY year ORDER BY year IS NULL, year").all(),
    tags: db.prepare("SELECT j.value AS name, count(*) AS count FROM articles a, json_each(a.tags) j GROUP BY j.value ORDER BY count DESC, name").all(),
    language: db.prepare("SELECT language AS name, count(*) AS count FROM articles GROUP BY language ORDER BY count DESC, name").all(),
  };
}

function expectStatsMatchArticles(a: Archive): void {
  const s = stats(a);
  const r = recount(a);
  const lower = (groups: Array<{ name: string | null; count: number }>) => new Map(groups.map((g) => [g.name === null ? null : g.name.toLowerCase(), g.count]));
  expect({ articles: s.articles, words: s.words, dated: s.dated, firstDate: s.firstDate, lastDate: s.lastDate }).toEqual(r.totals);
  expect(lower(s.bySection)).toEqual(r.section);
  expect(lower(s.bySource)).toEqual(r.source);
  expect(s.byYear).toEqual(r.year);
  expect(s.tags).toEqual(r.tags);
  expect(s.byLanguage).toEqual(r.language);
  expect(check(a).checks.find((c) => c.name === "counts")?.ok).toBe(true);
  // `news top` over the whole archive reads the same counts: each value's count is the number of
  // articles its filter finds, and those without a value make up the rest.
  const filtered = { section: "section", source: "source", place: "place", language: "language" } as const;
  for (const field of ["section", "source", "place", "language", "author", "year"] as const) {
    const t = top(a, field, "", { limit: 0 });
    for (const v of t.values) {
      const n = field === "author"
        ? (a.db.prepare("SELECT count(*) AS n FROM articles WHERE author = ? COLLATE NOCASE").get(v.value) as { n: number }).n
        : field === "year"
          ? list(a, { since: v.value, until: v.value, limit: 0, articles: true }).length
          : list(a, { [filtered[field]]: v.value, limit: 0, articles: true }).length;
      expect([field, v.value, v.count]).toEqual([field, v.value, n]);
    }
    expect(t.values.reduce((sum, v) => sum + v.count, 0) + t.without).toBe(s.articles);
  }
}

beforeAll(async () => {
  archive = Archive.open(join(dir.path, "tallies.db"), { write: true });
  const files = [
    writeArticle(join(dir.path, "a.md"), { title: "Harbour wall repaired", date: "2017-02-06", place: "PORTLAND, Maine", author: "Jane Roe", section: "Local", source: "Coast Post", tags: ["harbour", "works"] }, "Workers finished repairing the harbour wall on Monday after two months of storms."),
    writeArticle(join(dir.path, "b.md"), { title: "Ferry fares frozen", date: "2018-05-01", place: "Portland", author: "jane roe", section: "LOCAL", source: "Coast Post", tags: ["ferry"] }, "The island ferry will keep its fares for another year, the operator said."),
    writeArticle(join(dir.path, "c.md"), { title: "Museum opens new wing", place: "Bath", author: "Sam Poe", section: "Culture", tags: ["museum", "harbour"] }, "The town museum opened a wing about the harbour's fishing fleet."),
    writeArticle(join(dir.path, "d.md"), { title: "Council meets in March" }, "The council will meet in March to agree next year's budget for roads."),
  ];
  await ingest(archive, files);
});

afterAll(() => {
  archive.close();
  dir.cleanup();
});

describe("stats from running counts", () => {
  it("counts what was ingested, sections and sources in any case as one", () => {
    expectStatsMatchArticles(archive);
    const s = stats(archive);
    expect(s.articles).toBe(4);
    expect(s.bySection.find((g) => g.name?.toLowerCase() === "local")?.count).toBe(2);
    expect(s.tags.find((t) => t.name === "harbour")?.count).toBe(2);
    expect(top(archive, "place", "").values[0]).toEqual({ value: "Portland", count: 2 });
    expect(s.byYear.at(-1)).toEqual({ year: null, count: 2 });
  });

  it("follows removals, reparses and edits made by hand in SQL", () => {
    const id = (archive.db.prepare("SELECT id FROM articles WHERE title = 'Ferry fares frozen'").get() as { id: number }).id;
    remove(archive, [String(id)]);
    expectStatsMatchArticles(archive);
    archive.db.prepare("UPDATE articles SET section = 'Harbour', place = 'Portland', author = 'JANE ROE', date = '2020-01-01', tags = '[\"renamed\"]', words = words + 5 WHERE title = 'Museum opens new wing'").run();
    expectStatsMatchArticles(archive);
    archive.db.prepare("UPDATE articles SET place = 'Bath, Maine', author = 'Sam Poe' WHERE title = 'Council meets in March'").run();
    expectStatsMatchArticles(archive);
    // Reparsing gives the hand-edited fields back from the text.
    reparse(archive);
    expectStatsMatchArticles(archive);
    expect(stats(archive).bySection.map((g) => g.name)).not.toContain("Harbour");
  });

  it("is checked, and recounted by check --repair", () => {
    archive.db.prepare("UPDATE tallies SET n = n + 3 WHERE field = 'articles'").run();
    const counts = check(archive).checks.find((c) => c.name === "counts");
    expect(counts?.ok).toBe(false);
    expect(counts?.detail).toMatch(/news check --repair/);
    const report = check(archive, { repair: true });
    expect(report.repaired).toContain("recounted the running counts that stats reads");
    expectStatsMatchArticles(archive);
  });

  it("are counted when an older archive is brought up to date", () => {
    const path = join(dir.path, "old.db");
    schemaOneArchive(path, [
      { title: "Old bridge closes", body: "The old bridge closed on Friday for repairs to its deck.", original: "Old bridge closes\n\nThe old bridge closed on Friday for repairs to its deck.", words: 11 },
      { title: "Old ferry sold", body: "The council sold the old ferry to a museum in the north.", original: "Old ferry sold\n\nThe council sold the old ferry to a museum in the north.", words: 12 },
    ]);
    const old = Archive.open(path, { write: true });
    try {
      expect(stats(old).articles).toBe(2);
      expect(stats(old).words).toBe(23);
      expectStatsMatchArticles(old);
    } finally {
      old.close();
    }
  });
});
