// A real archive file in a temp folder, driven through the library (src/core): ingest outcomes,
// identity and updates, bad files, removal, filters, standard input and dry runs.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { inlineAnalyser, type Analyser } from "../../src/core/analyse.js";
import { ingest } from "../../src/core/ingest.js";
import { iterateArticles, list, remove, stats } from "../../src/core/read.js";
import { iterateMatches, search } from "../../src/core/search.js";
import type { Article, FileReport, Filters, IngestReport } from "../../src/core/types.js";
import {
  ARTICLE_FIXTURES,
  copyFixtures,
  DATED,
  datedBody,
  FIXTURE_FILES,
  NOT_ARTICLES,
  tempDir,
  writeArticle,
  writeDated,
} from "../helpers/fixtures.js";

const base = (p: string | null) => (p === null ? null : p.split("/").pop()!);

function byName(report: IngestReport): Map<string | null, FileReport> {
  return new Map(report.files.map((f) => [base(f.path), f]));
}

function counts(report: IngestReport) {
  const { files: _files, ...rest } = report;
  return rest;
}

function all(archive: Archive): Article[] {
  return list(archive, { articles: true, limit: 0 });
}

function titles(articles: Array<{ title: string }>): string[] {
  return articles.map((a) => a.title).sort();
}

const tmp = tempDir("news-archive-");
afterAll(() => tmp.cleanup());

describe("ingest of the fixtures", () => {
  const dir = join(tmp.path, "fixtures");
  let archive: Archive;
  let first: IngestReport;

  beforeAll(async () => {
    copyFixtures(dir);
    archive = Archive.open(join(tmp.path, "fixtures.db"), { write: true });
    first = await ingest(archive, [dir]);
  });
  afterAll(() => archive.close());

  it("reports every file once, articles added and non-articles skipped with a reason", () => {
    expect(first.files).toHaveLength(FIXTURE_FILES.length);
    expect(counts(first)).toEqual({ added: ARTICLE_FIXTURES.length, updated: 0, unchanged: 0, duplicate: 0, skipped: NOT_ARTICLES.length, failed: 0 });
    const files = byName(first);
    for (const name of ARTICLE_FIXTURES) {
      const f = files.get(name)!;
      expect(f, name).toMatchObject({ status: "added", reason: null, path: join(dir, name) });
      expect(f.id, name).toEqual(expect.any(Number));
    }
    for (const name of NOT_ARTICLES) {
      const f = files.get(name)!;
      expect(f, name).toMatchObject({ status: "skipped", id: null });
      expect(f.reason, name).toMatch(/\w/);
    }
    expect(new Set(first.files.map((f) => f.id).filter((id) => id !== null)).size).toBe(ARTICLE_FIXTURES.length);
  });

  it("stores every article shape, with the obvious fields of the web page", () => {
    const articles = all(archive);
    expect(articles).toHaveLength(ARTICLE_FIXTURES.length);
    const web = articles.find((a) => base(a.path) === "web-page.txt")!;
    expect(web).toMatchObject({
      title: "Venezuela Reopens Border Crossing for Medical Supplies",
      date: "2017-02-06",
      place: "Caracas",
      section: "International",
    });
    const full = archive.get(web.id)!;
    expect(full.body).toContain("Santa Elena border crossing");
    expect(full.body).not.toContain("Skip to Navigation");
    for (const a of articles) {
      expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(a.title.length).toBeGreaterThan(0);
      expect(a.words).toBeGreaterThan(10);
      expect(archive.get(a.id)!.body).not.toContain("\ufffd");
    }
  });

  it("decodes every encoding into the stored text", () => {
    const bodies = new Map(all(archive).map((a) => [base(a.path), `${a.title}\n${archive.get(a.id)!.body}`]));
    expect(bodies.get("latin1.txt")).toContain("£250");
    expect(bodies.get("latin1.txt")).toContain("café");
    expect(bodies.get("utf8-bom.txt")).toContain("Zürich");
    expect(bodies.get("utf16le-bom.txt")).toContain("Kraków");
    expect(bodies.get("utf16be-bom.txt")).toContain("São Paulo");
    expect(bodies.get("crlf.txt")).toContain("façade");
    for (const text of bodies.values()) expect(text).not.toMatch(/[\r\ufeff]/);
  });

  it("ingesting the same files again changes nothing and reports them unchanged", async () => {
    const before = all(archive);
    const again = await ingest(archive, [dir]);
    expect(counts(again)).toEqual({ added: 0, updated: 0, unchanged: ARTICLE_FIXTURES.length, duplicate: 0, skipped: NOT_ARTICLES.length, failed: 0 });
    const firstIds = byName(first);
    for (const f of again.files) if (f.status === "unchanged") expect(f.id).toBe(firstIds.get(base(f.path))!.id);
    expect(all(archive)).toEqual(before);
  });

  it("finds articles by words from every encoding", () => {
    for (const [word, file] of [["Kraków", "utf16le-bom.txt"], ["krakow", "utf16le-bom.txt"], ["café", "latin1.txt"], ["Zurich", "utf8-bom.txt"]] as const) {
      const hits = search(archive, word, { articles: true }).hits;
      expect(hits.map((h) => base(h.path)), word).toContain(file);
    }
  });
});

describe("identity: duplicates, updates, removal", () => {
  const dir = join(tmp.path, "identity");
  let archive: Archive;

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    writeArticle(join(dir, "ferry.md"), { title: "Island ferry cuts timetable", date: "2020-01-02" }, "The ferry company will cut sailings to the northern isles over winter.");
    writeArticle(join(dir, "bridge.md"), { title: "Bridge reopens after repairs", date: "2020-01-03" }, "The suspension bridge reopened to traffic after six months of repairs.");
    archive = Archive.open(join(tmp.path, "identity.db"), { write: true });
    const r = await ingest(archive, [dir]);
    expect(r.added).toBe(2);
  });
  afterAll(() => archive.close());

  const idOf = (title: string) => all(archive).find((a) => a.title === title)!.id;

  it("the same text under another path is a duplicate of the first article", async () => {
    const copies = join(tmp.path, "copies");
    mkdirSync(copies, { recursive: true });
    copyFileSync(join(dir, "ferry.md"), join(copies, "ferry-copy.txt"));
    // Different line endings and trailing spaces are still the same text.
    writeFileSync(join(copies, "ferry-crlf.txt"), readFileSync(join(dir, "ferry.md"), "utf8").replace(/\n/g, "  \r\n"));
    const r = await ingest(archive, [copies]);
    expect(counts(r)).toMatchObject({ added: 0, duplicate: 2, failed: 0 });
    for (const f of r.files) {
      expect(f.status).toBe("duplicate");
      expect(f.id).toBe(idOf("Island ferry cuts timetable"));
    }
    expect(all(archive)).toHaveLength(2);
    // Seen again, the copies are unchanged.
    const again = await ingest(archive, [copies]);
    expect(again.files.map((f) => f.status)).toEqual(["unchanged", "unchanged"]);
  });

  it("changed text at a known path is an update that keeps the article's id", async () => {
    const id = idOf("Bridge reopens after repairs");
    const oldHash = archive.get(id)!.hash;
    writeArticle(join(dir, "bridge.md"), { title: "Bridge reopens after long repairs", date: "2020-01-04" }, "The suspension bridge reopened to lorries and cars after seven months of cable repairs.");
    const r = await ingest(archive, [join(dir, "bridge.md")]);
    expect(r.files).toEqual([{ path: join(dir, "bridge.md"), status: "updated", id, reason: null }]);
    const a = archive.get(id)!;
    expect(a).toMatchObject({ title: "Bridge reopens after long repairs", date: "2020-01-04" });
    expect(a.hash).not.toBe(oldHash);
    expect(all(archive)).toHaveLength(2);
    // The index follows: the new words are found, the old ones are not.
    expect(search(archive, "lorries", { articles: true }).hits.map((h) => h.id)).toEqual([id]);
    expect(search(archive, "six months", { articles: true, strict: true }).hits).toEqual([]);
    const again = await ingest(archive, [join(dir, "bridge.md")]);
    expect(again.files[0]).toMatchObject({ status: "unchanged", id });
  });

  it("rm removes an article from the archive and its index, and its file can come back", async () => {
    const id = idOf("Island ferry cuts timetable");
    expect(search(archive, "ferry", { articles: true }).hits.map((h) => h.id)).toEqual([id]);
    expect(remove(archive, [String(id)])).toEqual([{ id, title: "Island ferry cuts timetable" }]);
    expect(archive.get(id)).toBeUndefined();
    expect(all(archive).map((a) => a.id)).not.toContain(id);
    expect(search(archive, "ferry", { articles: true }).hits).toEqual([]);
    expect(search(archive, "northern isles", { articles: true }).hits).toEqual([]);
    expect([...iterateMatches(archive, "ferry")]).toEqual([]);
    expect(() => archive.db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    const r = await ingest(archive, [join(dir, "ferry.md")]);
    expect(r.files[0]!.status).toBe("added");
    expect(search(archive, "ferry", { articles: true }).hits).toHaveLength(1);
  });

  it("rm by hash prefix; a bad reference removes nothing", () => {
    const a = all(archive).find((x) => x.title === "Bridge reopens after long repairs")!;
    const before = all(archive).length;
    expect(() => remove(archive, [a.hash.slice(0, 8), "999999"])).toThrow(/999999/);
    expect(all(archive)).toHaveLength(before);
    expect(remove(archive, [a.hash.slice(0, 8)])).toEqual([{ id: a.id, title: a.title }]);
    expect(all(archive)).toHaveLength(before - 1);
  });
});

describe("bad files do not stop the others, and nothing is lost", () => {
  let archive: Archive;
  let report: IngestReport;
  let before: Article[];
  const dir = join(tmp.path, "bad");
  const isRoot = process.getuid?.() === 0;

  beforeAll(async () => {
    archive = Archive.open(join(tmp.path, "bad.db"), { write: true });
    const good = writeDated(join(tmp.path, "bad-good"));
    await ingest(archive, [good]);
    before = [...iterateArticles(archive)];
    mkdirSync(dir, { recursive: true });
    copyFixtures(dir, NOT_ARTICLES);
    writeArticle(join(dir, "a-first.md"), { title: "Lighthouse keeper honoured" }, "The last lighthouse keeper on the island was honoured at a ceremony.");
    writeArticle(join(dir, "z-last.md"), { title: "Pier restoration complete" }, "Restoration of the Victorian pier was completed ahead of summer.");
    writeFileSync(join(dir, "locked.txt"), "Locked story\n\nThis text cannot be read by its owner.\n");
    chmodSync(join(dir, "locked.txt"), 0o000);
    symlinkSync(join(dir, "does-not-exist.txt"), join(dir, "dangling.txt"));
    report = await ingest(archive, [dir, join(tmp.path, "no-such-file.txt")]);
  });
  afterAll(() => {
    chmodSync(join(dir, "locked.txt"), 0o644);
    archive.close();
  });

  it("reports each bad file with a reason and ingests the good ones", () => {
    const files = byName(report);
    expect(files.get("a-first.md")!.status).toBe("added");
    expect(files.get("z-last.md")!.status).toBe("added");
    for (const name of NOT_ARTICLES) expect(files.get(name)!.status, name).toBe("skipped");
    expect(files.get("dangling.txt")!.status).toBe("failed");
    expect(files.get("no-such-file.txt")!.status).toBe("failed");
    for (const f of report.files) {
      if (f.status === "failed" || f.status === "skipped") expect(f.reason, String(f.path)).toMatch(/\w/);
      else expect(f.reason).toBeNull();
    }
  });

  it.skipIf(isRoot)("a file its owner cannot read fails with 'permission denied'", () => {
    expect(byName(report).get("locked.txt")).toMatchObject({ status: "failed", id: null, reason: expect.stringMatching(/permission/i) });
  });

  it("keeps every article that was already in the archive", () => {
    const after = new Map([...iterateArticles(archive)].map((a) => [a.id, a]));
    for (const a of before) expect(after.get(a.id)).toEqual(a);
    expect(after.size).toBe(before.length + report.added);
  });
});

describe("filters on list and search", () => {
  let archive: Archive;
  const harbour = (filters: Filters) => search(archive, "harbour", { articles: true, ...filters, limit: 0 }).hits;
  // The code words of the DATED articles among `rows` (the extra tagged article has none).
  const codes = (rows: Array<{ title: string }>) =>
    rows.flatMap((r) => DATED.find((d) => d.title === r.title)?.code ?? []).sort();

  beforeAll(async () => {
    archive = Archive.open(join(tmp.path, "filters.db"), { write: true });
    await ingest(archive, [writeDated(join(tmp.path, "dated"))]);
    const extra = join(tmp.path, "tagged.md");
    writeArticle(extra, { title: "Harbour cat adopted", date: "2017-02-06" }, datedBody("lima"));
    await ingest(archive, [extra], { tags: ["pets", "Local News"], source: "Given Source" });
    // The filter tests rely on these fields; if the parser stops reading front matter, say so here.
    expect(all(archive).map((a) => [a.title, a.date, a.place, a.section, a.source])).toEqual(
      expect.arrayContaining(DATED.map((d) => [d.title, d.date ?? null, d.place ?? null, d.section ?? null, d.source ?? null])),
    );
  });
  afterAll(() => archive.close());

  const cases: Array<[string, Filters, string[]]> = [
    ["since a year", { since: "2017" }, ["bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]],
    ["until a year (inclusive)", { until: "2017" }, ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india"]],
    ["one year", { since: "2017", until: "2017" }, ["bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india"]],
    ["one month", { since: "2017-02", until: "2017-02" }, ["delta", "echo", "foxtrot", "golf"]],
    ["since a month", { since: "2017-02" }, ["delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]],
    ["until a month", { until: "2017-01" }, ["alpha", "bravo", "charlie"]],
    ["one day", { since: "2017-02-06", until: "2017-02-06" }, ["echo"]],
    ["since a day (inclusive)", { since: "2017-02-06", until: "2017-02" }, ["echo", "foxtrot", "golf"]],
    ["until a day (inclusive)", { since: "2017-02", until: "2017-02-06" }, ["delta", "echo"]],
    ["section, any case", { section: "international" }, ["charlie", "delta", "echo", "india"]],
    ["source", { source: "Wire Service" }, ["charlie", "delta", "foxtrot", "hotel", "juliet"]],
    ["place: London finds LONDON, England but not Londonderry or New London", { place: "London" }, ["delta", "foxtrot"]],
    ["place, exact", { place: "Caracas" }, ["echo"]],
    ["tag", { tag: "repairs" }, ["delta", "echo"]],
    ["filters combine", { since: "2017-02", section: "Business", source: "Wire Service" }, ["foxtrot"]],
  ];

  it.each(cases)("list: %s", (_name, filters, expected) => {
    expect(codes(list(archive, { articles: true, ...filters, limit: 0 }))).toEqual(expected);
  });

  it.each(cases)("search: %s", (_name, filters, expected) => {
    expect(codes(harbour(filters))).toEqual(expected);
  });

  it("tags and source given at ingest are stored and filter", () => {
    expect(titles(list(archive, { articles: true, tag: "pets" }))).toEqual(["Harbour cat adopted"]);
    expect(titles(list(archive, { articles: true, tag: "local news" }))).toEqual(["Harbour cat adopted"]);
    expect(titles(list(archive, { articles: true, source: "given source" }))).toEqual(["Harbour cat adopted"]);
    expect(list(archive, { articles: true, tag: "pets" })[0]!.tags).toEqual(["pets", "Local News"]);
  });

  it("a filter that matches nothing gives nothing, not an error", () => {
    expect(list(archive, { articles: true, section: "Nowhere" })).toEqual([]);
    expect(harbour({ since: "2030" })).toEqual([]);
  });

  it("list is newest first with undated last; limit and offset page through it", () => {
    const rows = list(archive, { articles: true, limit: 0 });
    const dates = rows.map((r) => r.date);
    expect(dates.at(-1)).toBeNull();
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(list(archive, { articles: true, limit: 3 })).toEqual(rows.slice(0, 3));
    expect(list(archive, { articles: true, limit: 3, offset: 3 })).toEqual(rows.slice(3, 6));
    expect(list(archive, { articles: true })).toHaveLength(Math.min(rows.length, 50));
  });

  it("search --sort date is newest first", () => {
    const dates = search(archive, "harbour", { articles: true, sort: "date", since: "2017" }).hits.map((h) => h.date!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("export (iterateArticles / iterateMatches) takes the same filters", () => {
    expect(codes([...iterateArticles(archive, { since: "2017-02", until: "2017-02" })])).toEqual(["delta", "echo", "foxtrot", "golf"]);
    expect(codes([...iterateMatches(archive, "harbour", { place: "London" })])).toEqual(["delta", "foxtrot"]);
  });

  it("bad dates are usage errors", () => {
    for (const since of ["yesterday", "2017-13", "2017-02-30", "17"]) {
      expect(() => list(archive, { articles: true, since }), since).toThrow(expect.objectContaining({ exitCode: 2 }));
    }
  });

  it("stats count by section, source and year, with the date range", () => {
    const s = stats(archive);
    expect(s.articles).toBe(DATED.length + 1);
    expect(s.firstDate).toBe("2016-12-31");
    expect(s.lastDate).toBe("2018-01-01");
    expect(s.undated).toBe(1);
    expect(s.bySection).toEqual(expect.arrayContaining([{ name: "International", count: 4 }]));
    expect(s.byYear).toEqual(expect.arrayContaining([{ year: "2017", count: 9 }]));
  });
});

describe("standard input and dry runs", () => {
  const story = "Tram line extended\n\nThe city tram line will be extended to the airport by next spring, the council said.\n";

  it("ingests standard input with a null path, and unchanged the second time", async () => {
    const archive = Archive.open(join(tmp.path, "stdin.db"), { write: true });
    try {
      const readStdin = async () => Buffer.from(story);
      const r = await ingest(archive, ["-"], { readStdin });
      expect(r.files).toEqual([{ path: null, status: "added", id: expect.any(Number), reason: null }]);
      const a = archive.get(r.files[0]!.id!)!;
      expect(a.path).toBeNull();
      expect(a.title).toBe("Tram line extended");
      expect(a.body).toContain("airport");
      const again = await ingest(archive, ["-"], { readStdin });
      expect(again.files[0]).toMatchObject({ status: "unchanged", id: a.id });
      const empty = await ingest(archive, ["-"], { readStdin: async () => Buffer.alloc(0) });
      expect(empty.files[0]).toMatchObject({ path: null, status: "skipped" });
      const broken = await ingest(archive, ["-"], { readStdin: async () => Promise.reject(new Error("EIO")) });
      expect(broken.files[0]).toMatchObject({ path: null, status: "failed" });
      expect(all(archive)).toHaveLength(1);
    } finally {
      archive.close();
    }
  });

  it("a dry run without an archive reports what would happen and creates nothing", async () => {
    const dir = copyFixtures(join(tmp.path, "dry"));
    const r = await ingest(null, [dir], { dryRun: true });
    expect(counts(r)).toMatchObject({ added: ARTICLE_FIXTURES.length, skipped: NOT_ARTICLES.length, failed: 0 });
    expect(existsSync(join(tmp.path, "dry.db"))).toBe(false);
  });

  it("a dry run against an archive writes nothing", async () => {
    const path = join(tmp.path, "dry-existing.db");
    const dir = join(tmp.path, "dry2");
    writeDated(dir);
    const setup = Archive.open(path, { write: true });
    await ingest(setup, [join(dir, "alpha.md")]);
    setup.close();
    writeArticle(join(dir, "alpha.md"), { title: "Harbour dredging ends early" }, datedBody("alpha2"));
    const archive = Archive.open(path, { write: false });
    try {
      const before = [...iterateArticles(archive)];
      const r = await ingest(archive, [dir], { dryRun: true });
      expect(byName(r).get("alpha.md")!.status).toBe("updated");
      expect(r.added).toBe(DATED.length - 1);
      expect([...iterateArticles(archive)]).toEqual(before);
      expect(archive.db.prepare("SELECT count(*) AS n FROM files").get()).toEqual({ n: 1 });
    } finally {
      archive.close();
    }
  });
});

describe("parser threads only for large runs", () => {
  // An analyser that counts what it is given and parses on this thread.
  function counting() {
    const seen: string[] = [];
    let closed = 0;
    const analyser: Analyser = {
      analyse: (bytes, options) => inlineAnalyser.analyse(bytes, options),
      analyseFile: (path, options, maxSize) => {
        seen.push(path);
        return inlineAnalyser.analyseFile(path, options, maxSize);
      },
      close: () => void closed++,
    };
    return { analyser, seen, closed: () => closed };
  }

  it("a run of at most analyserAbove files parses without the analyser, a larger one with it for every file", async () => {
    const dir = copyFixtures(join(tmp.path, "threshold"));
    const n = FIXTURE_FILES.length;
    const small = counting();
    const a = await ingest(null, [dir], { dryRun: true, analyser: small.analyser, analyserAbove: n });
    expect(small.seen).toEqual([]);
    expect(small.closed()).toBe(1);
    const large = counting();
    const b = await ingest(null, [dir], { dryRun: true, analyser: large.analyser, analyserAbove: n - 1 });
    expect(large.seen).toHaveLength(n);
    // Either way every file is reported once, in the same order, with the same outcome.
    expect(b.files).toEqual(a.files);
    expect(a.files).toHaveLength(n);
  });
});
