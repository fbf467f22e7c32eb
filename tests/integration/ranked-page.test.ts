// A ranked page read through the impact index (ranked-page.ts, archive/impact-index.ts) is exactly
// the page that ranking every match gives; the index follows every write; check finds it out of
// step and --repair rebuilds it; an older archive gets it when opened.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { impactTokens } from "../../src/core/archive/impact-index.js";
import { WEIGHTS } from "../../src/core/archive/schema.js";
import { check } from "../../src/core/check.js";
import { ingest } from "../../src/core/ingest.js";
import { remove } from "../../src/core/read.js";
import { rankedPageIds } from "../../src/core/ranked-page.js";
import { search } from "../../src/core/search.js";
import { tempDir, writeArticle } from "../helpers/fixtures.js";
import { schemaOneArchive } from "../helpers/old-archive.js";

const tmp = tempDir("news-ranked-page-");
afterAll(() => tmp.cleanup());

/** A seeded generator (mulberry32), so that the archive is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Made-up words: the first few occur in most articles, a few times or once, in the headline or not,
// in bodies of every length, so that their scores spread and many tie.
const COMMON = ["harbour", "council", "ferry", "island"];
const FILLER = Array.from({ length: 300 }, (_, i) => `word${i.toString(36)}`);

function articleText(rnd: () => number): { title: string; body: string } {
  const pick = () => (rnd() < 0.3 ? COMMON[Math.floor(rnd() * COMMON.length)]! : FILLER[Math.floor(rnd() * rnd() * FILLER.length)]!);
  const title = Array.from({ length: 3 + Math.floor(rnd() * 4) }, pick).join(" ");
  const length = 10 + Math.floor(rnd() * rnd() * 300);
  const words = Array.from({ length }, pick);
  const sentences: string[] = [];
  for (let i = 0; i < words.length; i += 12) sentences.push(`${words.slice(i, i + 12).join(" ")}.`);
  return { title: title[0]!.toUpperCase() + title.slice(1), body: sentences.join(" ") };
}

const FROM = "FROM articles_fts f WHERE articles_fts MATCH ?";
const fullPage = (archive: Archive, match: string, offset: number, limit: number) =>
  archive.db.prepare(`SELECT f.rowid AS id ${FROM} ORDER BY f.rank, f.rowid LIMIT ? OFFSET ?`).pluck().all(match, limit, offset) as number[];

describe("a ranked page through the impact index", () => {
  let archive: Archive;
  const dir = join(tmp.path, "many");
  beforeAll(async () => {
    mkdirSync(dir);
    const rnd = random(20261208);
    for (let i = 0; i < 2400; i++) {
      const { title, body } = articleText(rnd);
      writeArticle(join(dir, `${i}.md`), { title }, body);
    }
    archive = Archive.open(join(tmp.path, "many.db"), { write: true });
    await ingest(archive, [dir]);
  }, 120_000);
  afterAll(() => archive.close());

  const terms = (words: string[]) => words.map((w) => `"${w}ǂen"`);

  it("is exactly the page that ranking every match gives, for a word and for any of several", () => {
    const queries = [...COMMON.map((w) => terms([w])[0]!), terms(["harbour", "ferry"]).join(" OR "), terms(["council", "island", "ferry"]).join(" OR ")];
    let read = 0;
    for (const match of queries) {
      for (const [offset, limit] of [[0, 1], [0, 20], [0, 30], [25, 40], [300, 50]] as const) {
        const ids = rankedPageIds(archive, match, FROM, [match], false, offset, limit);
        if (ids !== null) read++;
        expect(ids ?? fullPage(archive, match, offset, limit), `${match} ${offset}+${limit}`).toEqual(fullPage(archive, match, offset, limit));
      }
    }
    // The words are in more articles than are ranked whole (1,000): the index was read for most pages.
    expect(read).toBeGreaterThanOrEqual(20);
  });

  it("leaves to the full ranking what it cannot bound: every word required, a filter, a phrase, a prefix", () => {
    const and = terms(["harbour", "ferry"]).join(" AND ");
    expect(rankedPageIds(archive, and, FROM, [and], false, 0, 20)).toBeNull();
    expect(rankedPageIds(archive, terms(["harbour"])[0]!, FROM, [terms(["harbour"])[0]!], true, 0, 20)).toBeNull();
    expect(rankedPageIds(archive, '"harbourǂen ferryǂen"', FROM, ['"harbourǂen ferryǂen"'], false, 0, 20)).toBeNull();
    expect(rankedPageIds(archive, '"harbour" *', FROM, ['"harbour" *'], false, 0, 20)).toBeNull();
  });

  it("names a term twice as often as the query does", () => {
    // FTS5 adds a phrase each time the expression has it; bounds that counted it once could miss.
    const match = `(${terms(["harbour"])[0]} OR ${terms(["ferry"])[0]}) OR ${terms(["harbour"])[0]}`;
    expect(rankedPageIds(archive, match, FROM, [match], false, 0, 30)).toEqual(fullPage(archive, match, 0, 30));
  });

  it("gives search the same hits as before, and follows removals", () => {
    const before = search(archive, "harbour", { limit: 30 }).hits.map((h) => h.id);
    const match = terms(["harbour"])[0]!;
    expect(before.length).toBe(30);
    remove(archive, before.slice(0, 3).map(String));
    const after = rankedPageIds(archive, match, FROM, [match], false, 0, 30);
    expect(after).toEqual(fullPage(archive, match, 0, 30));
    expect(after).not.toContain(before[0]);
  });

  it("is checked with the full-text index, and rebuilt by --repair", () => {
    expect(check(archive).checks.find((c) => c.name === "index")).toMatchObject({ ok: true });
    const id = archive.db.prepare("SELECT id FROM articles LIMIT 1").pluck().get() as number;
    archive.db.prepare("DELETE FROM articles_impact WHERE rowid = ?").run(id);
    expect(check(archive).checks.find((c) => c.name === "index")).toMatchObject({ ok: false, detail: expect.stringContaining("1 articles are not in the impact index") });
    check(archive, { repair: true });
    expect(check(archive).checks.find((c) => c.name === "index")).toMatchObject({ ok: true });
  });
});

describe("the impact index", () => {
  it("holds a token for a term that weighs much in an article, none for a passing mention in a long one", () => {
    const body = Array.from({ length: 400 }, (_, i) => `filler${i}`).join(" ");
    const tokens = impactTokens([1, "harbour news", `${body} harbour`, null, null, null, null, null, null], WEIGHTS).split(" ");
    // In the headline: one of the top levels.
    expect(Number(tokens.find((t) => t.startsWith("harbourǀ"))!.split("ǀ")[1])).toBeGreaterThanOrEqual(6);
    expect(tokens.some((t) => t.startsWith("filler1ǀ"))).toBe(false);
  });

  it("splits and folds terms as FTS5's ascii tokenizer does", () => {
    expect(impactTokens([1, "Oil-price", null, null, null, null, null, null, null], WEIGHTS).split(" ").sort()).toEqual(["oilǀ8", "priceǀ8"]);
  });

  it("is built for an older archive when it is opened", () => {
    // (Long enough for their language to be detected, so that their words are stemmed as English.)
    const HARBOUR = "The harbour council met on Monday and voted to dredge the old ferry channel this spring.";
    const FERRY = "The ferry to the island sails at noon on weekdays and twice a day at weekends.";
    const path = join(tmp.path, "old.db");
    schemaOneArchive(path, [
      { title: "Harbour news", body: HARBOUR, original: `Harbour news\n\n${HARBOUR}`, words: 16 },
      { title: "Island ferry", body: FERRY, original: `Island ferry\n\n${FERRY}`, words: 15 },
    ]);
    const archive = Archive.open(path, { write: true });
    try {
      expect(archive.db.prepare("SELECT count(*) FROM articles_impact_docsize").pluck().get()).toBe(2);
      expect(archive.db.prepare("SELECT count(*) FROM articles_impact WHERE articles_impact MATCH ?").pluck().get('"harbourǂenǀ8"')).toBe(1);
    } finally {
      archive.close();
    }
  });
});
