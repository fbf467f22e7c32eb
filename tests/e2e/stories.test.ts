// `news diff`, `news show --versions`, story folding in `list`/`search` and `show`'s story list,
// as users run them (issue 13).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { archiveAt, describeArchive as describe } from "../helpers/backend.js";
import { assertBuilt, fails, json, news, ok } from "../helpers/cli.js";
import { tempDir } from "../helpers/fixtures.js";

// Written for this test.
const PARAGRAPHS = [
  "The county council voted on Monday to close the old swimming baths on Mill Street at the end of the summer, after engineers found that the roof over the main pool was no longer safe.",
  "Swimming clubs that train at the baths said they had been given no notice of the vote and would now have to share the leisure centre pool on the ring road, which is already booked most evenings.",
  "The council's leisure committee said a new pool would be built on the site of the former bus depot, but that money for it would not be available until the year after next at the earliest.",
  "A petition to keep the baths open until the new pool is ready has gathered more than four thousand names in a week, and its organisers say they will present it at the next full council meeting.",
];
const text = (ps: string[]) => `Council votes to close Mill Street baths\n\n${ps.join("\n\n")}\n`;

describe("stories and versions on the command line", () => {
  const tmp = tempDir();
  let db = join(tmp.path, "news.db");
  const file = join(tmp.path, "baths.txt");
  const copy = join(tmp.path, "baths-copy.txt");

  beforeAll(async () => {
    assertBuilt();
    db = await archiveAt(db);
    writeFileSync(file, text(PARAGRAPHS));
    // A copy with outlet furniture and the last paragraph cut: the same story.
    writeFileSync(copy, `Home | News | Sport\n\nBaths to shut as roof fails\n\n${PARAGRAPHS.slice(0, 3).join("\n\n")}\n\nShare this article\n`);
    ok(await news(["--db", db, "ingest", file, copy]));
    writeFileSync(file, text(PARAGRAPHS.map((p) => p.replace("four thousand", "five thousand"))));
    ok(await news(["--db", db, "ingest", file]));
  });
  afterAll(() => tmp.cleanup());

  it("lists a story once, with its size, and every article with --articles", async () => {
    const rows = json<Array<Record<string, unknown>>>(ok(await news(["--db", db, "list", "--json"])));
    expect(rows).toHaveLength(1);
    // The newest of the two (both undated: the higher id) stands for the story, named after the first.
    expect(rows[0]).toMatchObject({ id: 2, story: 1, storySize: 2 });
    const all = json<Array<Record<string, unknown>>>(ok(await news(["--db", db, "list", "--articles", "--json"])));
    expect(all.map((r) => r.story)).toEqual([1, 1]);
    const table = ok(await news(["--db", db, "search", "baths"])).stdout;
    expect(table).toMatch(/\+1 more/);
  });

  it("names the story's other articles in show, as text and JSON", async () => {
    const shown = json<Record<string, unknown>>(ok(await news(["--db", db, "show", "1", "--json"])));
    expect(shown.storyArticles).toEqual([{ id: 2, date: null, source: null, title: "Baths to shut as roof fails" }]);
    expect(ok(await news(["--db", db, "show", "1"])).stdout).toMatch(/The same story: 1 other article\n\s+2 .*Baths to shut as roof fails/);
  });

  it("lists versions oldest first, the current one last", async () => {
    const v = json<{ id: number; versions: Array<Record<string, unknown>> }>(ok(await news(["--db", db, "show", "1", "--versions", "--json"])));
    expect(v.id).toBe(1);
    expect(v.versions.map((x) => x.version)).toEqual([1, 2]);
    for (const x of v.versions) expect(Object.keys(x).sort()).toEqual(["hash", "ingestedAt", "version", "words"]);
    const current = json<Record<string, unknown>>(ok(await news(["--db", db, "show", "1", "--json"])));
    expect(v.versions[1]!.hash).toBe(current.hash);
  });

  it("diffs word by word: [-old-]{+new+} without a terminal, changes in JSON", async () => {
    const plain = ok(await news(["--db", db, "diff", "1"])).stdout;
    expect(plain).toContain("more than [-four-]{+five+} thousand names");
    const d = json<{ from: { version: number }; to: { version: number }; changes: Array<{ op: string; text: string }> }>(ok(await news(["--db", db, "diff", "1", "--json"])));
    expect(d.from.version).toBe(1);
    expect(d.to.version).toBe(2);
    expect(d.changes.filter((c) => c.op !== "equal")).toEqual([
      { op: "delete", text: "four" },
      { op: "insert", text: "five" },
    ]);
    const colour = ok(await news(["--db", db, "diff", "1"], { env: { FORCE_COLOR: "1", NO_COLOR: undefined } })).stdout;
    expect(colour).toMatch(/\x1b\[[0-9;]*m/);
    expect(colour).not.toContain("[-four-]");
  });

  it("diffs two articles, and says what is wrong with a diff it cannot make", async () => {
    const two = ok(await news(["--db", db, "diff", "1", "2"])).stdout;
    expect(two).toContain("[-Council votes-]{+Baths+} to [-close Mill Street baths-]{+shut as roof fails+}");
    fails(await news(["--db", db, "diff", "2"]), 1, /only one version/);
    fails(await news(["--db", db, "diff", "1", "--from", "3"]), 2, /no version 3/);
    fails(await news(["--db", db, "diff", "1", "2", "--to", "1"]), 2, /one reference/);
  });

  it("removes an article with its versions, and the story stays valid", async () => {
    ok(await news(["--db", db, "rm", "1"]));
    const rows = json<Array<Record<string, unknown>>>(ok(await news(["--db", db, "list", "--json"])));
    expect(rows).toEqual([expect.objectContaining({ id: 2, story: 2, storySize: 1 })]);
    expect(ok(await news(["rm", "--help"])).stdout).toMatch(/earlier versions/);
  });
});
