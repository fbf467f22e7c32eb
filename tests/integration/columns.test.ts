// `news timeline` and `news top` count a query's matches from the column cache (columns.ts), not
// from the articles: after every kind of write, folded or not yet, what they give must be what
// counting the articles gives; `news check` must notice a cache out of step, and `--repair` mend it.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { CACHED_COLUMNS, columnsOutOfStep, loadColumns } from "../../src/core/archive/columns.js";
import { check } from "../../src/core/check.js";
import { ingest } from "../../src/core/ingest.js";
import { remove } from "../../src/core/read.js";
import { timeline, top } from "../../src/core/timeline.js";
import { tempDir, writeArticle } from "../helpers/fixtures.js";

const dir = tempDir();
const path = join(dir.path, "columns.db");
const QUERIES = ["harbour", "ferry OR council", ""];
const RANGES = [{}, { since: "2017-06" }, { until: "2018" }, { since: "2017", until: "2019-12" }];

/** Every timeline and top of QUERIES and RANGES, counted as the archive stands. */
function answers(a: Archive) {
  return QUERIES.flatMap((q) => RANGES.map((r) => ({
    q, r,
    timeline: timeline(a, q, { ...r, by: "month" }),
    top: ["place", "section", "source", "language", "year"].map((f) => top(a, f, q, { ...r, limit: 0 })),
  })));
}

/** The same, counted over the articles by SQL: the cache's rows set aside for the while (in a writer's connection). */
function counted(a: Archive, writable: boolean) {
  const writer = writable ? a : Archive.open(path, { write: true });
  writer.db.exec("SAVEPOINT sql_only; DELETE FROM column_cache");
  try {
    expect(loadColumns(writer.db, ["date"])).toBeNull();
    return answers(writer);
  } finally {
    writer.db.exec("ROLLBACK TO sql_only; RELEASE sql_only");
    if (writer !== a) writer.close();
  }
}

function expectCountsFromArticles(a: Archive, writable = true): void {
  expect(loadColumns(a.db, [...CACHED_COLUMNS])).not.toBeNull();
  expect(answers(a)).toEqual(counted(a, writable));
  expect(columnsOutOfStep(a.db)).toBe(0);
}

beforeAll(async () => {
  const archive = Archive.open(path, { write: true });
  try {
    await ingest(archive, [
      writeArticle(join(dir.path, "a.md"), { title: "Harbour wall repaired", date: "2017-02-06", place: "PORTLAND, Maine", section: "Local", source: "Coast Post" }, "Workers finished repairing the harbour wall on Monday after two months of storms."),
      writeArticle(join(dir.path, "b.md"), { title: "Ferry fares frozen", date: "2018-05-01", place: "Portland", section: "LOCAL", source: "Coast Post" }, "The island ferry will keep its fares for another year, the harbour master said."),
      writeArticle(join(dir.path, "c.md"), { title: "Museum opens new wing", place: "Bath", section: "Culture" }, "The town museum opened a wing about the harbour's fishing fleet."),
      writeArticle(join(dir.path, "d.md"), { title: "Council meets in March", date: "2019-03-01" }, "The council will meet in March to agree next year's budget for roads."),
    ]);
  } finally {
    archive.close();
  }
});

afterAll(() => dir.cleanup());

describe("the column cache", () => {
  it("is folded when a writer closes, and answers as the articles do", () => {
    const reader = Archive.open(path, { write: false });
    try {
      expect(reader.db.prepare("SELECT count(*) AS n FROM column_changes").get()).toEqual({ n: 0 });
      expectCountsFromArticles(reader, false);
      expect(top(reader, "place", "harbour").values).toEqual([{ value: "Portland", count: 2 }, { value: "Bath", count: 1 }]);
      expect(timeline(reader, "harbour", { by: "year" }).points.map((p) => [p.period, p.count, p.total])).toEqual([["2017", 1, 1], ["2018", 1, 1]]);
    } finally {
      reader.close();
    }
  });

  it("answers exactly before a writer folds its changes: edits by hand, removals, new articles", async () => {
    const archive = Archive.open(path, { write: true });
    try {
      archive.db.prepare("UPDATE articles SET date = '2017-07-04', place = 'Bath, Maine', section = NULL WHERE title = 'Museum opens new wing'").run();
      expectCountsFromArticles(archive);
      // A date written by hand in another shape counts as undated, and in the totals by its text.
      archive.db.prepare("UPDATE articles SET date = '2018-05' WHERE title = 'Ferry fares frozen'").run();
      expectCountsFromArticles(archive);
      const id = (archive.db.prepare("SELECT id FROM articles WHERE title = 'Council meets in March'").get() as { id: number }).id;
      remove(archive, [String(id)]);
      expectCountsFromArticles(archive);
      await ingest(archive, [writeArticle(join(dir.path, "e.md"), { title: "Harbour dredged", date: "2019-09-09", place: "Portland" }, "The harbour was dredged in September.")]);
      expectCountsFromArticles(archive);
      expect((archive.db.prepare("SELECT count(*) AS n FROM column_changes").get() as { n: number }).n).toBeGreaterThan(0);
    } finally {
      archive.close();
    }
    const reader = Archive.open(path, { write: false });
    try {
      expect(reader.db.prepare("SELECT count(*) AS n FROM column_changes").get()).toEqual({ n: 0 });
      expectCountsFromArticles(reader, false);
    } finally {
      reader.close();
    }
  });

  it("is checked, and rebuilt by check --repair", () => {
    const archive = Archive.open(path, { write: true });
    try {
      // A trigger dropped by hand: the change it would have logged is missed.
      archive.db.exec("DROP TRIGGER column_changes_au");
      archive.db.prepare("UPDATE articles SET place = 'Augusta' WHERE title = 'Harbour dredged'").run();
      expect(columnsOutOfStep(archive.db)).toBe(1);
      const counts = check(archive).checks.find((c) => c.name === "counts");
      expect(counts?.ok).toBe(false);
      expect(counts?.detail).toMatch(/column cache .* out of step for 1 articles; run 'news check --repair'/);
      const report = check(archive, { repair: true });
      expect(report.repaired).toContain("rebuilt the column cache that timeline and top count from");
      expect(report.ok).toBe(true);
      expectCountsFromArticles(archive);
      expect(top(archive, "place", "harbour").values.map((v) => v.value)).toContain("Augusta");
    } finally {
      archive.close();
    }
  });
});
