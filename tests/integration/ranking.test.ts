// Ranking: the headline outweighs the body, a field the query names counts for more, and a thin
// every-word result is ranked with the partial matches.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { ingest } from "../../src/core/ingest.js";
import { iterateMatches, rankFor, search } from "../../src/core/search.js";
import { tempDir, writeArticle } from "../helpers/fixtures.js";

const tmp = tempDir("news-ranking-");
afterAll(() => tmp.cleanup());

const LIGHTHOUSE = "The coast guard named three new keepers this week after a long vacancy on the island station.";

/** An archive of the given articles (title, body) and eight without their words, so that those are
 *  rare enough for BM25 to weigh them. */
async function archiveOf(name: string, articles: Array<[string, string]>): Promise<Archive> {
  const dir = join(tmp.path, name);
  mkdirSync(dir);
  articles.forEach(([title, body], i) => writeArticle(join(dir, `${i}.md`), { title }, body));
  for (let i = 0; i < 8; i++) writeArticle(join(dir, `filler-${i}.md`), { title: `Market report ${i}` }, `Prices of grain and wool moved little on day ${i} of trading.`);
  const archive = Archive.open(join(tmp.path, `${name}.db`), { write: true });
  await ingest(archive, [dir]);
  return archive;
}

describe("ranking", () => {
  let archive: Archive;
  beforeAll(async () => {
    archive = await archiveOf("articles", [
      ["Lighthouse keepers return", LIGHTHOUSE],
      ["Island ferry timetable changes", "Passengers heading to the lighthouse will find fewer sailings in winter, the operator said on Monday."],
    ]);
  });
  afterAll(() => archive.close());

  it("puts a headline match above a body match", () => {
    const hits = search(archive, "lighthouse").hits;
    expect(hits.map((h) => h.title)).toEqual(["Lighthouse keepers return", "Island ferry timetable changes"]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score * 2);
  });

  it("weighs a field named by a field term half as much again", () => {
    expect(rankFor([])).toBeNull();
    expect(rankFor(["title"])).toBe("bm25(15.0, 1.0, 3.0, 2.0, 2.0, 2.0, 2.0, 1.0)");
    const plain = search(archive, "lighthouse").hits[0]!;
    const named = search(archive, "title:lighthouse").hits;
    expect(named.map((h) => h.title)).toEqual(["Lighthouse keepers return"]);
    expect(named[0]!.score).toBeGreaterThan(plain.score);
  });
});

describe("a thin every-word result", () => {
  let archive: Archive;
  beforeAll(async () => {
    // Every word of "lighthouse keepers strike", once each, in passing in a long body.
    const brief =
      "Councillors met on Tuesday to discuss the harbour budget, the new car park and the school bus timetable. " +
      "A short item noted that the lighthouse will be repainted in spring. Another mentioned that the keepers of the allotments asked for water. " +
      "The meeting closed with a note that a strike by bus drivers had been called off, and the minutes will be published next week.";
    archive = await archiveOf("thin", [
      ["Lighthouse keepers return", LIGHTHOUSE],
      ["Council meeting in brief", brief],
    ]);
  });
  afterAll(() => archive.close());

  it("is ranked together with the partial matches, by score", () => {
    // People misremember a word: two of the words in a headline are a better bet than all three
    // in passing, and come first.
    const result = search(archive, "lighthouse keepers strike");
    expect(result.partial).toBe(true);
    expect(result.everyWord).toBe(1);
    expect(result.hits.map((h) => h.title)).toEqual(["Lighthouse keepers return", "Council meeting in brief"]);
    const scores = result.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(search(archive, "lighthouse keepers strike", { strict: true }).hits.map((h) => h.title)).toEqual(["Council meeting in brief"]);
  });
});

describe("proximity", () => {
  let archive: Archive;
  // Both stories have "harbour" and "dredging" once; the shorter one, which BM25 alone prefers,
  // has them sentences apart, the longer one side by side.
  const apart =
    "The harbour master retired after thirty years. Tourism rose in the summer months and the ferry ran on time. " +
    "The council will vote next month on dredging.";
  const together =
    "The council approved harbour dredging on Tuesday so that larger fishing boats can land their catch at low tide. " +
    "Work starts in March and should take six weeks, the engineers said, and the slipway will stay open throughout.";
  beforeAll(async () => {
    archive = await archiveOf("proximity", [
      ["Town notes", apart],
      ["Council business", together],
      ["Summer season", "Visitors filled the harbour cafes in August, and the ferry added sailings."],
    ]);
  });
  afterAll(() => archive.close());

  it("puts the story with the query's words close together first, its score raised to match", () => {
    const hits = search(archive, "harbour dredging").hits;
    expect(hits.map((h) => h.title)).toEqual(["Council business", "Town notes", "Summer season"]);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("orders every page the same way", () => {
    const all = search(archive, "harbour dredging").hits.map((h) => h.id);
    expect(search(archive, "harbour dredging", { limit: 1 }).hits.map((h) => h.id)).toEqual(all.slice(0, 1));
    expect(search(archive, "harbour dredging", { offset: 1, limit: 1 }).hits.map((h) => h.id)).toEqual(all.slice(1, 2));
    expect(search(archive, "harbour dredging", { articles: true, offset: 1 }).hits.map((h) => h.id)).toEqual(all.slice(1));
    // Export (every word, as --strict) lists its articles in the same order.
    const strict = search(archive, "harbour dredging", { strict: true }).hits.map((h) => h.id);
    expect(strict).toEqual(all.slice(0, 2));
    expect([...iterateMatches(archive, "harbour dredging")].map((a) => a.id)).toEqual(strict);
    expect([...iterateMatches(archive, "harbour dredging", { offset: 1, limit: 1 })].map((a) => a.id)).toEqual(strict.slice(1, 2));
  });

  it("leaves date order alone", () => {
    const byDate = search(archive, "harbour dredging", { sort: "date" }).hits;
    expect(byDate.every((h, i) => i === 0 || (byDate[i - 1]!.date ?? "") >= (h.date ?? ""))).toBe(true);
  });
});

describe("the lead", () => {
  let archive: Archive;
  // Both stories name the quarry once. The shorter one, which BM25 alone prefers, mentions it in
  // passing at its end; the other is about it from its first sentence.
  const passing =
    "Volunteers planted two hundred oak saplings along the river path on Saturday, and the churchyard " +
    "wall was mended before the harvest supper in the village hall. " +
    "The newsletter also reminded walkers that the footpath past the old quarry is closed.";
  const about =
    "The old quarry on the hill will become a nature reserve, the county council decided on Thursday. " +
    "Rangers will fence the cliff edges this winter and open a car park and two trails in spring, " +
    "and a survey of the nesting birds will start in April before any visitors are let in.";
  beforeAll(async () => {
    archive = await archiveOf("lead", [
      ["Parish notes", passing],
      ["County news", about],
    ]);
  });
  afterAll(() => archive.close());

  it("puts the story whose first sentence has the query's words first, in search and export", () => {
    const hits = search(archive, "quarry").hits;
    expect(hits.map((h) => h.title)).toEqual(["County news", "Parish notes"]);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect([...iterateMatches(archive, "quarry")].map((a) => a.title)).toEqual(["County news", "Parish notes"]);
  });

  it("is a share of the words asked for: a word the query excludes does not count", () => {
    // "grain" is in the eight market reports only, so excluding it leaves the two stories.
    const hits = search(archive, "quarry -grain").hits;
    expect(hits.map((h) => h.title)).toEqual(["County news", "Parish notes"]);
    expect(hits[0]!.score).toBeCloseTo(search(archive, "quarry").hits[0]!.score);
  });

  it("leaves date order alone", () => {
    const dated = search(archive, "quarry", { sort: "date" }).hits;
    const byId = [...dated].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || b.id - a.id);
    expect(dated.map((h) => h.id)).toEqual(byId.map((h) => h.id));
  });
});
