// Ranking: the headline outweighs the body, and a field the query names counts for more.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { ingest } from "../../src/core/ingest.js";
import { rankFor, search } from "../../src/core/search.js";
import { tempDir, writeArticle } from "../helpers/fixtures.js";

const tmp = tempDir("news-ranking-");
afterAll(() => tmp.cleanup());

describe("ranking", () => {
  let archive: Archive;
  beforeAll(async () => {
    const dir = join(tmp.path, "articles");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(dir);
    writeArticle(join(dir, "a.md"), { title: "Lighthouse keepers return" }, "The coast guard named three new keepers this week after a long vacancy on the island station.");
    writeArticle(join(dir, "b.md"), { title: "Island ferry timetable changes" }, "Passengers heading to the lighthouse will find fewer sailings in winter, the operator said on Monday.");
    // Articles without the word, so that it is rare enough for BM25 to weigh it.
    for (let i = 0; i < 8; i++) writeArticle(join(dir, `filler-${i}.md`), { title: `Market report ${i}` }, `Prices of grain and wool moved little on day ${i} of trading.`);
    archive = Archive.open(join(tmp.path, "r.db"), { write: true });
    await ingest(archive, [dir]);
  });
  afterAll(() => archive.close());

  it("puts a headline match above a body match", () => {
    const hits = search(archive, "lighthouse").hits;
    expect(hits.map((h) => h.title)).toEqual(["Lighthouse keepers return", "Island ferry timetable changes"]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score * 2);
  });

  it("weighs a field named by a field term half as much again", () => {
    expect(rankFor([])).toBeNull();
    expect(rankFor(["title"])).toBe("bm25(15.0, 1.0, 3.0, 2.0, 2.0, 2.0, 2.0)");
    const plain = search(archive, "lighthouse").hits[0]!;
    const named = search(archive, "title:lighthouse").hits;
    expect(named.map((h) => h.title)).toEqual(["Lighthouse keepers return"]);
    expect(named[0]!.score).toBeGreaterThan(plain.score);
  });
});
