// Stories and versions (issue 13): reprints share a story, different stories on one subject stay
// apart, list and search fold a story into one row, rm keeps story ids valid, a changed file keeps
// its earlier text as a version, and reparse and the migration recompute stories.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { MIGRATIONS } from "../../src/core/archive/schema.js";
import { parseArticle } from "../../src/core/parse/article.js";
import { ingest } from "../../src/core/ingest.js";
import { list, remove } from "../../src/core/read.js";
import { reparse } from "../../src/core/reparse.js";
import { countMatches, search } from "../../src/core/search.js";
import { diffArticles } from "../../src/core/stories/diff.js";
import { BANDS } from "../../src/core/stories/signature.js";
import { otherArticles } from "../../src/core/stories/fold.js";
import { tempDir } from "../helpers/fixtures.js";
import { mergeRecentBands } from "../../src/core/stories/candidates.js";
import { schemaOneArchive } from "../helpers/old-archive.js";

// Written for this test: one story, and another on the same subject (the same rare names).
/** Every band key: new ones wait in story_bands_recent until there are enough to merge. */
const BAND_KEYS = "(SELECT key, id FROM story_bands UNION ALL SELECT key, id FROM story_bands_recent)";

const FERRY = [
  "The Harbourline ferry company said on Tuesday that it would stop its night crossings to Skerry Island from the first of November, blaming the rising cost of fuel and a shortage of trained deck crew.",
  "Islanders who work night shifts at the mainland hospital said the decision would leave them with no way home after ten in the evening. The island council has asked the company to keep at least one late sailing on weekdays until a replacement can be found.",
  "Harbourline's managing director, Ruth Calder, said the night crossings had carried fewer than twenty passengers on most evenings this summer, while each one cost more than four thousand pounds to run. She said the company had written to the regional transport board offering to run a subsidised service if the board paid for the fuel.",
  "The transport board said it would consider the request at its meeting next month, but warned that its budget for the year had already been committed to repairs at the ferry terminal in Port Ellen and to the new timetable for the southern isles.",
  "The council's leader, Donald MacRae, said the island could not afford to lose its only link to the mainland at night. He said the council would look at whether a small fast boat, crewed by volunteers from the lifeboat station, could carry emergency passengers in the meantime.",
  "Passenger numbers on the route have fallen by a third since the bridge to the neighbouring island opened in the spring, and Harbourline has already cut two of its daytime sailings on Sundays.",
].join("\n\n");

const OTHER_HARBOURLINE = [
  "Harbourline has ordered two new hybrid ferries from a shipyard on the Clyde, the company said on Friday, in a deal worth about forty million pounds that it hopes will cut its fuel bill by half within five years.",
  "The first of the vessels, which will carry up to two hundred passengers and forty cars, is due to enter service on the Skerry Island route in the summer after next. Ruth Calder said the batteries would be charged overnight from the shore at Port Ellen.",
  "Unions welcomed the order, saying it would secure around three hundred jobs at the yard for at least three years. The shipyard's owners said they had hired forty apprentices to work on the contract.",
  "Environmental groups said the ferries were a step in the right direction but urged the company to move faster, pointing out that its older vessels would still burn diesel on the longer routes for at least another decade.",
].join("\n\n");

/** A reprint as a syndicating outlet makes it: headline, furniture, dateline, end cut, quotes. */
function reprint(body: string): string {
  const paragraphs = body.split("\n\n").slice(0, 4); // the last third cut
  paragraphs.splice(2, 1); // a paragraph dropped
  paragraphs[0] = `GLASGOW (Reuters) - ${paragraphs[0]!.replace("would stop", "will stop")}`;
  const wrapped = paragraphs.map((p) => p.replace(/(.{1,64})(\s|$)/g, "$1\n").trim()).join("\n\n");
  return [
    "Home | World | Business | Markets | Sport",
    "Share this article: Facebook | Twitter | Email",
    "",
    "Island faces losing night ferry as costs bite",
    "",
    wrapped.replace(/"/g, "\u201d"),
    "",
    "Related stories",
    "  Shipyard wins hybrid ferry order",
    "",
    "© 2026 Thomson Reuters. All rights reserved.",
    "",
  ].join("\n");
}

describe("stories", () => {
  const tmp = tempDir();
  const dir = join(tmp.path, "in");
  let archive: Archive;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "a-original.txt"), `Night ferry to Skerry Island to end\n\n${FERRY}\n`);
    writeFileSync(join(dir, "b-reprint.txt"), reprint(FERRY));
    writeFileSync(join(dir, "c-scrape.txt"), `Menu\nSearch\n\nNight ferry to Skerry Island to end\n\n${FERRY}\n\nRead more: Shipyard news\n`);
    writeFileSync(join(dir, "d-other.txt"), `Harbourline orders two hybrid ferries\n\n${OTHER_HARBOURLINE}\n`);
    archive = Archive.open(join(tmp.path, "stories.db"), { write: true });
    const report = await ingest(archive, [dir]);
    for (const f of report.files) ids[f.path!.split("/").pop()!.slice(0, 1)] = f.id!;
  });
  afterAll(() => {
    archive.close();
    tmp.cleanup();
  });

  const storyOf = (id: number) => archive.get(id)!.story;

  it("puts reprints and re-scrapes of one text in one story, named by its first article's id", () => {
    expect(storyOf(ids.a!)).toBe(ids.a);
    expect(storyOf(ids.b!)).toBe(ids.a);
    expect(storyOf(ids.c!)).toBe(ids.a);
  });

  it("keeps a different story on the same subject apart, as a story of its own", () => {
    expect(storyOf(ids.d!)).toBe(ids.d);
  });

  it("lists and searches one row per story with its size; --articles lists every article", () => {
    const rows = list(archive, { limit: 0 });
    expect(rows).toHaveLength(2);
    const ferry = rows.find((r) => r.story === ids.a)!;
    expect(ferry.storySize).toBe(3);
    expect(list(archive, { limit: 0, articles: true })).toHaveLength(4);
    const hits = search(archive, "Harbourline").hits;
    expect(hits.map((h) => h.story).sort()).toEqual([ids.a, ids.d].sort());
    expect(hits.find((h) => h.story === ids.a)!.storySize).toBe(3);
    expect(search(archive, "Harbourline", { articles: true }).hits).toHaveLength(4);
    // --count counts articles, not stories.
    expect(countMatches(archive, "Harbourline", { strict: true })).toBe(4);
  });

  it("pages by story: limit and offset count stories", () => {
    const first = list(archive, { limit: 1 });
    const second = list(archive, { limit: 1, offset: 1 });
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(first[0]!.story).not.toBe(second[0]!.story);
  });

  it("names the other articles of a story", () => {
    expect(otherArticles(archive, ids.b!).map((o) => o.id).sort()).toEqual([ids.a, ids.c].sort());
    expect(otherArticles(archive, ids.d!)).toEqual([]);
  });

  it("re-points a story when the article it is named after is removed, and later reprints join it", async () => {
    remove(archive, [String(ids.a)]);
    const rest = [ids.b!, ids.c!].sort((x, y) => x - y);
    expect(storyOf(rest[0]!)).toBe(rest[0]);
    expect(storyOf(rest[1]!)).toBe(rest[0]);
    const bands = archive.db.prepare(`SELECT count(*) FROM ${BAND_KEYS} WHERE id = ?`).pluck().get(ids.a);
    expect(bands).toBe(0);
    // The story's new first article is the one a later reprint is compared with.
    const again = join(tmp.path, "e-again.txt");
    writeFileSync(again, `Skerry Island ferry\n\n${FERRY}\n\nShare this story\n`);
    const report = await ingest(archive, [again]);
    expect(report.added).toBe(1);
    expect(storyOf(report.files[0]!.id!)).toBe(rest[0]);
  });

  it("recomputes stories on reparse, as ingest filed them", () => {
    const before = list(archive, { limit: 0, articles: true }).map((a) => [a.id, a.story]);
    archive.write(() => archive.db.exec("UPDATE stories SET story = id"));
    reparse(archive);
    expect(list(archive, { limit: 0, articles: true }).map((a) => [a.id, a.story])).toEqual(before);
  });
});

describe("versions", () => {
  const tmp = tempDir();
  const file = join(tmp.path, "story.txt");
  let archive: Archive;
  let id: number;
  const first = `Night ferry to Skerry Island to end\n\n${FERRY}\n`;
  const corrected = first.replace("fewer than twenty passengers", "fewer than thirty passengers");

  beforeAll(async () => {
    writeFileSync(file, first);
    archive = Archive.open(join(tmp.path, "versions.db"), { write: true });
    id = (await ingest(archive, [file])).files[0]!.id!;
  });
  afterAll(() => {
    archive.close();
    tmp.cleanup();
  });

  it("keeps the earlier text when the file changes, and the id", async () => {
    writeFileSync(file, corrected);
    const r = await ingest(archive, [file], { force: true });
    expect(r.files[0]).toMatchObject({ status: "updated", id });
    const versions = archive.versions.list(id);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]!.hash).toBe(archive.get(id)!.hash);
    expect(archive.versions.original(id, 1)).toBe(first.trim());
    // Search finds the current text only.
    expect(countMatches(archive, '"fewer than thirty"')).toBe(1);
    expect(countMatches(archive, '"fewer than twenty"')).toBe(0);
  });

  it("keeps no new version for a change of whitespace only", async () => {
    writeFileSync(file, corrected.replace(/\n\n/g, "\n\n\n").replace(/ said /g, "  said "));
    const r = await ingest(archive, [file], { force: true });
    expect(r.files[0]!.status).toBe("updated");
    expect(archive.versions.list(id)).toHaveLength(2);
  });

  it("diffs the previous version against the current one, word by word", () => {
    const d = diffArticles(archive, id, null);
    expect(d.from.version).toBe(1);
    expect(d.to.version).toBe(2);
    expect(d.changes.filter((c) => c.op !== "equal")).toEqual([
      { op: "delete", text: "twenty" },
      { op: "insert", text: "thirty" },
    ]);
    // The changes rebuild both texts.
    const a = d.changes.filter((c) => c.op !== "insert").map((c) => c.text).join("");
    const b = d.changes.filter((c) => c.op !== "delete").map((c) => c.text).join("");
    expect(a).toContain("fewer than twenty passengers");
    expect(b).toContain("fewer than thirty passengers");
  });

  it("removes the versions with the article", () => {
    remove(archive, [String(id)]);
    expect(archive.db.prepare("SELECT count(*) FROM versions").pluck().get()).toBe(0);
  });
});

describe("migration to stories", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it("files the articles of an older archive into stories when it is opened", async () => {
    const path = join(tmp.path, "old.db");
    // An archive of schema 1, as the previous version wrote it: two reprints of one story.
    schemaOneArchive(path, [`Night ferry to Skerry Island to end\n\n${FERRY}\n`, reprint(FERRY)].map((text) => {
      const parsed = parseArticle(text);
      return { title: parsed.title, body: parsed.body, original: text, words: 100 };
    }));
    const reopened = Archive.open(path, { write: false });
    try {
      expect(reopened.db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
      const rows = list(reopened, { limit: 0, articles: true });
      expect(rows).toHaveLength(2);
      expect(new Set(rows.map((r) => r.story)).size).toBe(1);
    } finally {
      reopened.close();
    }
  });
});

describe("stories across write transactions", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  /** A folder of the ferry story (a.txt), another Harbourline story (d.txt), a reprint of the first
   *  (b.txt), and `more` files by name. */
  const ferryFolder = (name: string, more: Record<string, string> = {}) => {
    const dir = join(tmp.path, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "a.txt"), `Night ferry to Skerry Island to end\n\n${FERRY}\n`);
    writeFileSync(join(dir, "d.txt"), `Harbourline orders two hybrid ferries\n\n${OTHER_HARBOURLINE}\n`);
    writeFileSync(join(dir, "b.txt"), reprint(FERRY));
    for (const [file, text] of Object.entries(more)) writeFileSync(join(dir, file), text);
    return dir;
  };

  it("writes a batch's band keys before it commits: a reprint in a later batch finds its original", async () => {
    const dir = ferryFolder("later");
    const archive = Archive.open(join(tmp.path, "later.db"), { write: true });
    try {
      const [a, d] = (await ingest(archive, [join(dir, "a.txt"), join(dir, "d.txt")])).files.map((f) => f.id!);
      // Every first article's band keys are in the table, none more.
      const firsts = archive.db.prepare("SELECT count(*) FROM stories WHERE story = id AND signature IS NOT NULL").pluck().get() as number;
      expect(firsts).toBe(2);
      expect(archive.db.prepare(`SELECT count(DISTINCT id) FROM ${BAND_KEYS}`).pluck().get()).toBe(2);
      expect(archive.db.prepare(`SELECT count(*) FROM ${BAND_KEYS} WHERE id = ?`).pluck().get(a)).toBe(BANDS);
      const [b] = (await ingest(archive, [join(dir, "b.txt")])).files.map((f) => f.id!);
      expect(archive.get(b!)!.story).toBe(a);
      expect(archive.get(d!)!.story).toBe(d);
      // b joined a story: its keys stay in its own row, not in the table.
      expect(archive.db.prepare(`SELECT count(*) FROM ${BAND_KEYS} WHERE id = ?`).pluck().get(b)).toBe(0);
    } finally {
      archive.close();
    }
  });

  it("moves the recent band keys into story_bands once there are enough, and finds candidates in both", async () => {
    const dir = ferryFolder("merged", { "e.txt": `Harbourline ferries\n\n${OTHER_HARBOURLINE}\n\nShare this story\n` });
    const archive = Archive.open(join(tmp.path, "merged.db"), { write: true });
    const count = (table: string) => archive.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    try {
      const [a] = (await ingest(archive, [join(dir, "a.txt")])).files.map((f) => f.id!);
      expect([count("story_bands"), count("story_bands_recent")]).toEqual([0, BANDS]);
      archive.write(() => mergeRecentBands(archive.stories, BANDS));
      expect([count("story_bands"), count("story_bands_recent")]).toEqual([BANDS, 0]);
      const [d] = (await ingest(archive, [join(dir, "d.txt")])).files.map((f) => f.id!);
      expect([count("story_bands"), count("story_bands_recent")]).toEqual([BANDS, BANDS]);
      // A reprint of the merged article and one of the recent article each find their original.
      const [b, e] = (await ingest(archive, [join(dir, "b.txt"), join(dir, "e.txt")])).files.map((f) => f.id!);
      expect(archive.get(b!)!.story).toBe(a);
      expect(archive.get(e!)!.story).toBe(d);
      // Removing an article takes its keys out of either table.
      remove(archive, [String(a), String(d)]);
      expect(archive.db.prepare(`SELECT count(*) FROM ${BAND_KEYS} WHERE id IN (?, ?)`).pluck().get(a, d)).toBe(0);
    } finally {
      archive.close();
    }
  });

  it("a connection forgets the story rows it kept when another connection has written in between", async () => {
    const path = join(tmp.path, "two.db");
    const dir = join(tmp.path, "two");
    mkdirSync(dir, { recursive: true });
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const first = Archive.open(path, { write: true });
    const second = Archive.open(path, { write: true });
    try {
      const original = file("a.txt", `Night ferry to Skerry Island to end\n\n${FERRY}\n`);
      const [a] = (await ingest(first, [original])).files.map((f) => f.id!);
      // The first connection reads article a's story row as a candidate, and keeps it.
      const [b] = (await ingest(first, [file("b.txt", reprint(FERRY))])).files.map((f) => f.id!);
      expect(first.get(b!)!.story).toBe(a);
      // The second connection changes a's text: b is now the story's first article.
      writeFileSync(original, `Harbourline orders two hybrid ferries\n\n${OTHER_HARBOURLINE}\n`);
      expect((await ingest(second, [original])).updated).toBe(1);
      expect(second.get(b!)!.story).toBe(b);
      // Another reprint, through the first connection, joins b's story: what it kept of a and b
      // before the second connection wrote is not used.
      const [c] = (await ingest(first, [file("c.txt", reprint(FERRY).replace("Island faces", "Islanders face"))])).files.map((f) => f.id!);
      expect(first.get(c!)!.story).toBe(b);
      expect(first.get(a!)!.story).toBe(a);
    } finally {
      first.close();
      second.close();
    }
  });
});
