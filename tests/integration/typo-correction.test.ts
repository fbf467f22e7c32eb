// Typo tolerance: a word no article has is replaced by the closest indexed word; among equally
// close ones, the one the articles have beside the query's other words, and it is named as the
// articles write it.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { ingest } from "../../src/core/ingest.js";
import { search } from "../../src/core/search.js";
import { tempDir, writeArticle } from "../helpers/fixtures.js";

const tmp = tempDir("news-typos-");
afterAll(() => tmp.cleanup());

describe("typo correction", () => {
  let archive: Archive;
  beforeAll(async () => {
    const dir = join(tmp.path, "articles");
    mkdirSync(dir);
    // "bore" is in more articles than "boerse"; both are one edit from "borse". Its articles have
    // "and", "or" and "title" too, which a query may hold as operators or a field's name.
    for (let i = 0; i < 4; i++) writeArticle(join(dir, `match-${i}.md`), { title: `Cup tie ${i}` }, `The goalless draw on day ${i} was a bore, and not the title race or the cup run the fans had hoped for.`);
    writeArticle(join(dir, "exchange.md"), { title: "Frankfurt bourse bids for London" }, "Deutsche Boerse has offered to buy the London Stock Exchange, its chief executive said.");
    writeArticle(join(dir, "deer.md"), { title: "Deer season opens" }, "Hunting permits sold out in a day; one hunt will be filmed for television.");
    const archive0 = Archive.open(join(tmp.path, "typos.db"), { write: true });
    await ingest(archive0, [dir]);
    archive = archive0;
  });
  afterAll(() => archive.close());

  it("takes the commonest of equally close words when the query has no other word", () => {
    expect(search(archive, "borse").corrections).toEqual([{ from: "borse", to: "bore" }]);
  });

  it("takes the one the articles have beside the query's other words", () => {
    const found = search(archive, "deutsche borse");
    expect(found.corrections).toEqual([{ from: "borse", to: "boerse" }]);
    expect(found.hits.map((h) => h.title)).toEqual(["Frankfurt bourse bids for London"]);
    // However the query puts them: an operator or a field's name is not a word of it.
    for (const q of ["deutsche AND borse", "deutsche OR borse", "title:deutsche borse", "NEAR(deutsche borse)"]) {
      expect(search(archive, q).corrections).toEqual([{ from: "borse", to: "boerse" }]);
    }
  });

  it("weighs a word misspelt before it as corrected", () => {
    expect(search(archive, "deutshe borse").corrections).toEqual([
      { from: "deutshe", to: "deutsche" },
      { from: "borse", to: "boerse" },
    ]);
  });

  it("searches a NEAR group for the corrected word", () => {
    const found = search(archive, "NEAR(deutsche borse)");
    expect(found.corrections).toEqual([{ from: "borse", to: "boerse" }]);
    expect(found.hits.map((h) => h.title)).toEqual(["Frankfurt bourse bids for London"]);
  });

  it("does not weigh a word the query excludes", () => {
    for (const q of ["borse -deutsche", "borse NOT deutsche"]) {
      const found = search(archive, q);
      expect(found.corrections).toEqual([{ from: "borse", to: "bore" }]);
      expect(found.hits.length).toBeGreaterThan(0);
      expect(found.hits.every((h) => h.title!.startsWith("Cup tie"))).toBe(true);
    }
  });

  it("names the word as the articles write it, the fewest edits away, not its indexed stem", () => {
    // "hunt" and "hunting" share a stem; "hunting" is one edit from "huntng", "hunt" two.
    expect(search(archive, "huntng permits").corrections).toEqual([{ from: "huntng", to: "hunting" }]);
  });
});
