// Issue 6, concurrent use: processes that share an archive wait for each other's write lock
// instead of failing, never store an article twice, and readers see consistent results throughout.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { IngestReport } from "../../src/core/types.js";
import { cleanup, expectHealthy, news, newsAsync, tempDir, writeArticles, type Run } from "./helpers.js";

afterAll(cleanup);

describe("two ingests and a searcher on one archive", () => {
  it("both ingests succeed, each article is stored once, and searches never fail or go backwards", async () => {
    const dir = tempDir();
    const db = join(dir, "shared.db");
    const corpus = join(dir, "corpus");
    // 1,800 files in folders of 200: one process takes d0-d5, the other d3-d8 (600 files in common).
    writeArticles(corpus, 1800, { perFolder: 200, seed: 4 });
    const folders = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => join(corpus, `d${from + i}`));
    const seed = join(dir, "seed");
    writeArticles(seed, 5, { seed: 5 });
    expect(news(["--db", db, "ingest", seed, "-q"]).status).toBe(0);

    let writing = true;
    const searches: Run[] = [];
    const counts: number[] = [];
    const searcher = (async () => {
      // "council" is in most generated articles; --limit 0 lists every hit.
      while (writing) {
        const r = await newsAsync(["--db", db, "search", "council", "--json", "--limit", "0", "--sort", "date"]);
        searches.push(r);
        if (r.status === 0) counts.push((JSON.parse(r.stdout) as unknown[]).length);
      }
    })();
    const [a, b] = await Promise.all([
      newsAsync(["--db", db, "ingest", ...folders(0, 5), "--json", "--jobs", "1"]),
      newsAsync(["--db", db, "ingest", ...folders(3, 8), "--json", "--jobs", "1"]),
    ]);
    writing = false;
    await searcher;

    for (const r of [a, b]) {
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/locked|busy/i);
    }
    const ra = JSON.parse(a.stdout) as IngestReport;
    const rb = JSON.parse(b.stdout) as IngestReport;
    for (const r of [ra, rb]) {
      expect(r.failed + r.skipped + r.duplicate + r.updated).toBe(0);
      expect(r.added + r.unchanged).toBe(1200);
    }
    // Every file was added by exactly one of the two.
    expect(ra.added + rb.added).toBe(1800);
    const added = new Set([...ra.files, ...rb.files].filter((f) => f.status === "added").map((f) => f.path));
    expect(added.size).toBe(1800);

    const h = expectHealthy(db);
    expect(h).toMatchObject({ articles: 1805, files: 1805, distinctHashes: 1805 });

    expect(searches.length).toBeGreaterThan(0);
    for (const s of searches) {
      expect(s.status, s.stderr).toBe(0);
      expect(() => JSON.parse(s.stdout)).not.toThrow();
    }
    for (let i = 1; i < counts.length; i++) expect(counts[i]!, `search ${i} of ${counts.join(", ")}`).toBeGreaterThanOrEqual(counts[i - 1]!);
    const last = news(["--db", db, "search", "council", "--count"]);
    expect(Number(last.stdout)).toBeGreaterThanOrEqual(counts[counts.length - 1] ?? 0);
  }, 120_000);
});

describe("creating a new archive", () => {
  it("several processes creating the same new archive at once all succeed (the first migration races)", async () => {
    const dir = tempDir();
    const files = writeArticles(join(dir, "src"), 4, { seed: 6 });
    for (let round = 0; round < 6; round++) {
      const db = join(dir, `new-${round}`, "news.db"); // its folder does not exist either
      const runs = await Promise.all(files.map((f) => newsAsync(["--db", db, "ingest", f, "--json"])));
      for (const r of runs) {
        expect(r.status, `round ${round}: ${r.stderr}`).toBe(0);
        expect((JSON.parse(r.stdout) as IngestReport).added).toBe(1);
      }
      const h = expectHealthy(db);
      expect(h.articles).toBe(4);
    }
  }, 120_000);
});
