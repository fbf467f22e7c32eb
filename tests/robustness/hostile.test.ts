// Issue 6, hostile text: article text is data. Terminal control sequences are shown, never run;
// CSV cells cannot become spreadsheet formulas; queries and filters reach SQLite only as bound
// parameters; and no text, however odd, makes the parser, ingest or a renderer throw.
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { NewsError, UsageError } from "../../src/core/errors.js";
import { ingest } from "../../src/core/ingest.js";
import { parseArticle } from "../../src/core/parse/article.js";
import { iterateArticles, list } from "../../src/core/read.js";
import { countMatches, search } from "../../src/core/search.js";
import { HIGHLIGHT_END, HIGHLIGHT_START, type Article, type IngestReport, type SearchHit, type Stats } from "../../src/core/types.js";
import { articleText, articleView } from "../../src/format/article-view.js";
import { colourStyle } from "../../src/format/colour.js";
import { csvCell } from "../../src/format/csv.js";
import { EXPORT_FORMATS, articleFileName, exportWriter } from "../../src/format/export.js";
import { mdArticle } from "../../src/format/markdown.js";
import { renderArticles, renderHits, type ListFormat } from "../../src/format/render.js";
import { plain, type Style } from "../../src/format/style.js";
import { statsText } from "../../src/format/table.js";
import { cleanup, expectHealthy, news, snapshot, tempDir } from "./helpers.js";
import { parseCsv } from "../helpers/csv.js";

afterAll(cleanup);

/** Control characters a terminal could act on: C0 but newline, DEL, C1. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** What chalk itself writes: SGR sequences. */
const SGR = /\u001b\[[0-9;]*m/g;

/** No text cell starts a formula; a number (a negative score) is a number to a spreadsheet too. */
function expectNoFormulaCells(csv: string): void {
  for (const row of parseCsv(csv)) {
    for (const cell of row) if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell)) expect(cell, JSON.stringify(row)).not.toMatch(/^[=+\-@\t\r]/);
  }
}

describe("the command line with hostile articles", () => {
  let dir: string;
  let db: string;
  const ESC_TITLE = "Evil \u001b[31mred\u001b[0m title \u001b]0;pwned\u0007 \u009b6n";
  const HOSTILE = [
    `${ESC_TITLE}\n\nLONDON, March 3, 2019 – The council \u001b[2J cleared \u001b]8;;http://x.example\u0007a link\u001b]8;;\u0007 the screen \u001bc and voted.\n\n@highlight\n\nSummary \u001b[5mblink\n`,
    [
      "---",
      'title: "=HYPERLINK(""http://evil.example"",""click"")"',
      'author: "@SUM(1+1)*cmd|\' /C calc\'!A0"',
      'section: "+section"',
      'source: "-2+3"',
      'place: "=Place"',
      'summary: "@summary"',
      'tags: ["=tag", "+tag"]',
      "date: 2019-03-04",
      "---",
      "",
      "=1+2 the council voted on a formula, said the budget.",
      "",
      "-Minus paragraph about the council.",
    ].join("\n"),
  ];

  beforeAll(() => {
    dir = tempDir();
    db = join(dir, "hostile.db");
    HOSTILE.forEach((text, i) => writeFileSync(join(dir, `hostile-${i}.txt`), text));
    // A file whose name is an escape sequence, and flags carrying them.
    writeFileSync(join(dir, "\u001b[2Jempty.txt"), "");
    const r = news(["--db", db, "ingest", dir, "--section", "Sec\u001b[31mtion", "--source", "Src\u001b]0;x\u0007", "--tag", "t\u001b[1mag"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("␛[2Jempty.txt");
    expect(r.stderr).not.toMatch(CONTROL);
  });

  it.each([["list"], ["search", "council"], ["show", "1"], ["show", "1", "--explain"], ["stats"]])(
    "news %s: the article's escape sequences are visible symbols, nothing raw but chalk's colours",
    (...command) => {
      const r = news(["--db", db, ...command], { env: { FORCE_COLOR: "1", NO_COLOR: undefined, COLUMNS: "200" } });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(SGR); // colour is on, so what follows tests the real thing
      expect(r.stdout.replace(SGR, "")).not.toMatch(CONTROL);
      const shown = command[0] === "stats" ? ["Sec␛[31mtion", "Src␛]0;x␇"] : command[0] === "show" ? ["␛[31mred", "␛[2J", "␛]0;pwned"] : ["␛[31mred"];
      for (const s of shown) expect(r.stdout).toContain(s);
    },
  );

  it("news rm names the article without running its title", () => {
    const copy = join(dir, "copy.db");
    writeFileSync(copy, "");
    expect(news(["--db", copy, "ingest", join(dir, "hostile-0.txt"), "-q"]).status).toBe(0);
    const r = news(["--db", copy, "rm", "1"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("␛[31mred");
    expect(r.stderr).not.toMatch(CONTROL);
  });

  it.each([
    ["list", "--format", "csv"],
    ["search", "council", "--format", "csv"],
    ["export", "--format", "csv"],
  ])("news %s %s %s: no cell can start a formula (OWASP)", (...command) => {
    const r = news(["--db", db, ...command]);
    expect(r.status, r.stderr).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows.length).toBeGreaterThan(1);
    expectNoFormulaCells(r.stdout);
    // The values are kept, behind the apostrophe.
    expect(r.stdout).toContain("'=HYPERLINK(");
  });

  describe("SQL in filters and queries is only ever data", () => {
    const INJECTIONS = [
      "'; DROP TABLE articles; --",
      '" OR 1=1 --',
      "x' OR '1'='1",
      "%",
      "_",
      "\\",
      "1); DELETE FROM articles; --",
      "title:x') OR 1=1 --",
      "council' UNION SELECT * FROM files --",
      "NEAR(",
      "*",
    ];
    const DROP = "'; DROP TABLE articles; --";

    it("news with a filter value of SQL finds nothing, fails nothing, changes nothing", () => {
      const before = snapshot(db);
      const runs = [
        ...["--section", "--source", "--place", "--tag"].map((flag) => ["list", flag, DROP, "--json"]),
        ["search", "council", "--section", DROP, "--json"],
        ["export", "--place", "%", "--format", "ndjson"],
      ];
      for (const args of runs) {
        const r = news(["--db", db, ...args]);
        expect(r.status, `${args.join(" ")}: ${r.stderr}`).toBe(0);
        expect(r.stdout.trim() === "" || r.stdout.trim() === "[]", args.join(" ")).toBe(true);
      }
      expect(snapshot(db)).toEqual(before);
    });

    it("news with a query of SQL searches it as text, or refuses it as a usage error with --raw", () => {
      const before = snapshot(db);
      for (const value of [DROP, "council' UNION SELECT * FROM files --", "title:x') OR 1=1 --"]) {
        const r = news(["--db", db, "search", value, "--json"]);
        expect(r.status, r.stderr).toBe(0);
        expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
        const raw = news(["--db", db, "search", value, "--raw"]);
        expect([0, 2], raw.stderr).toContain(raw.status);
        expect(raw.stderr).not.toMatch(/SqliteError|SQLITE_|no such (table|column)/);
      }
      for (const ref of [DROP, "1 OR 1=1"]) {
        expect(news(["--db", db, "rm", ref]).status).toBe(2);
        expect(news(["--db", db, "show", ref]).status).toBe(2);
      }
      expect(snapshot(db)).toEqual(before);
    });

    it("the library: every filter and query value is bound, never spliced into SQL", () => {
      const before = snapshot(db);
      const archive = Archive.open(db, { write: false });
      try {
        for (const v of INJECTIONS) {
          for (const key of ["section", "source", "place", "tag"] as const) {
            expect(list(archive, { [key]: v }), `${key} ${v}`).toEqual([]);
            expect([...iterateArticles(archive, { [key]: v })]).toEqual([]);
            expect(search(archive, "council", { [key]: v }).hits).toEqual([]);
          }
          // As a query, the text is words to look for; with raw, FTS5 syntax or a usage error.
          expect(() => search(archive, v)).not.toThrow();
          expect(() => countMatches(archive, v)).not.toThrow();
          try {
            search(archive, v, { raw: true });
          } catch (err) {
            expect(err, v).toBeInstanceOf(UsageError);
          }
          expect(() => archive.resolve(v)).toThrow(NewsError);
        }
      } finally {
        archive.close();
      }
      expect(snapshot(db)).toEqual(before);
    });
  });
});

// ------------------------------------------------------------------------------------------------
// Property-based: random text through the parser, the ingest path and every renderer.

/** Strings with the characters that break naive code: controls, escapes, odd spaces, markers, RTL, astral. */
const nasty = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        "\u001b[31m", "\u001b]0;x\u0007", "\u009b", "\u0000", "\r", "\r\n", "\n", "\n\n", "\t", "\u000b", "\u000c", "\u007f", "\u00a0", "\u1680", "\u2028", "\u2029",
        "\ufeff", "\u200b", "\u202e", HIGHLIGHT_START, HIGHLIGHT_END, "\ud83d", "\udca9", "😀", "漢字", "e\u0301", "=", "+", "-", "@", '"', "'", ",", "|", "\\", "*", "#",
        "---", "By ", "LONDON, March 3, 2019 – ", "(CNN) -- ", "From: a@b.c (Jane)\n", "Subject: x\n", "@highlight\n", "title: x\n", "Home > News > ", "&amp;", "&#0;", " ", "word",
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join("")),
);

/** Article-like texts: a header block or front matter, a headline, a dateline, paragraphs, furniture. */
const articleLike = fc
  .record({
    head: fc.constantFrom("", "---\ntitle: T\ndate: 2019-01-02\ntags: [a, b]\n---\n\n", "From: x@y.z (A B)\nSubject: S\nDate: Mon, 5 Apr 93 10:00:00 GMT\n\n", "Home | News | Sport\n\n"),
    title: nasty,
    dateline: fc.constantFrom("", "LONDON, March 3, 2019 – ", "Caracas (Reuters) - ", "(CNN)", "PARIS | "),
    paragraphs: fc.array(nasty, { maxLength: 6 }),
    tail: fc.constantFrom("", "\n\n@highlight\n\nOne point", "\n\n-- \nsig", "\n\nCopyright 2020 All rights reserved.", "\n\nPublished on May 5, 2019"),
  })
  .map((a) => `${a.head}${a.title}\n\n${a.dateline}${a.paragraphs.join("\n\n")}${a.tail}`);

const longLine = fc
  .tuple(fc.constantFrom(" ", "a", "- ", "A ", "\u1680 ", "By ", "1 ", "漢", ". ", "\t", "Home > "), fc.integer({ min: 1000, max: 40_000 }), nasty)
  .map(([unit, n, tail]) => unit.repeat(Math.ceil(n / unit.length)) + tail);

const anyText = fc.oneof({ arbitrary: nasty, weight: 3 }, { arbitrary: articleLike, weight: 3 }, { arbitrary: longLine, weight: 1 });

describe("property: no text breaks the parser", () => {
  it("parseArticle returns a well-formed article for any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const a = parseArticle(text, { source: null, section: null, tags: [] });
        expect(typeof a.title).toBe("string");
        expect(typeof a.body).toBe("string");
        expect(Number.isInteger(a.words) && a.words >= 0).toBe(true);
        if (a.date !== null) expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Array.isArray(a.tags)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe("property: no file breaks ingest", () => {
  it("random texts and bytes are stored or skipped with a reason, and the archive stays whole", async () => {
    const dir = tempDir();
    const db = join(dir, "prop.db");
    const archive = Archive.open(db, { write: true });
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(anyText.map((t) => Buffer.from(t, "utf8")), fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b))), fc.boolean(), async (bytes, viaStdin) => {
          const path = join(dir, `f${n++}.txt`);
          let report: IngestReport;
          if (viaStdin) {
            report = await ingest(archive, ["-"], { readStdin: async () => bytes });
          } else {
            writeFileSync(path, bytes);
            report = await ingest(archive, [path]);
          }
          expect(report.files).toHaveLength(1);
          const f = report.files[0]!;
          expect(["added", "unchanged", "duplicate", "skipped"], `${f.status}: ${f.reason}`).toContain(f.status);
          if (f.status === "skipped") expect(f.reason).toMatch(/^[^\n]+$/);
          else expect(archive.get(f.id!)).toBeDefined();
        }),
        { numRuns: 250 },
      );
    } finally {
      archive.close();
    }
    expectHealthy(db);
  }, 120_000);
});

describe("property: no article breaks a renderer", () => {
  const article: fc.Arbitrary<Article> = fc.record({
    id: fc.integer({ min: 1, max: 1e9 }),
    hash: fc.stringMatching(/^[0-9a-f]{64}$/),
    title: fc.oneof(nasty, longLine),
    date: fc.option(fc.constantFrom("2019-03-04", "1993-04-05")),
    place: fc.option(nasty),
    section: fc.option(nasty),
    author: fc.option(nasty),
    source: fc.option(nasty),
    tags: fc.array(nasty, { maxLength: 4 }),
    words: fc.nat(),
    path: fc.option(nasty),
    ingestedAt: fc.constant("2024-01-01T00:00:00.000Z"),
    summary: fc.option(nasty),
    language: fc.option(fc.constantFrom("en", "ru", "zh")),
    body: fc.oneof(nasty, articleLike, longLine),
    provenance: fc.constant({ title: { line: 1, rule: "headline line" }, date: { line: null, rule: "dateline" } }),
  });
  const hit: fc.Arbitrary<SearchHit> = fc
    .tuple(article, nasty, fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }))
    .map(([a, s, score]) => ({ ...a, score, snippet: `${s}${HIGHLIGHT_START}${s.slice(0, 5)}${HIGHLIGHT_END}${s}${HIGHLIGHT_START}` }));
  const styles: Array<[string, Style]> = [
    ["plain", plain],
    ["colour", colourStyle()],
  ];
  const FORMATS: ListFormat[] = ["table", "json", "ndjson", "csv", "markdown"];

  /** What a terminal would receive, without the renderer's own colour codes. */
  const terminalSafe = (text: string) => expect(text.replace(SGR, "")).not.toMatch(CONTROL);

  it("tables, JSON, NDJSON, CSV and Markdown render any list and any hits", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(article, { maxLength: 4 }), fc.array(hit, { maxLength: 4 }), fc.integer({ min: 10, max: 240 }), async (articles, hits, width) => {
        for (const [, style] of styles) {
          for (const format of FORMATS) {
            const a = await renderArticles(articles, format, { style, width });
            const h = await renderHits(hits, format, { style, width });
            if (format === "table") {
              terminalSafe(a);
              terminalSafe(h);
            }
            if (format === "json") {
              expect((JSON.parse(a) as Article[]).map((x) => x.title)).toEqual(articles.map((x) => x.title));
              expect(JSON.parse(h)).toHaveLength(hits.length);
            }
            if (format === "csv") {
              expectNoFormulaCells(a);
              expectNoFormulaCells(h);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it("the article view, with and without --explain, and every export writer", () => {
    fc.assert(
      fc.property(article, (a) => {
        for (const [, style] of styles) {
          terminalSafe(articleView(a, { style, width: 80 }));
          terminalSafe(articleView(a, { style, width: 20 }, { explain: true }));
        }
        articleText(a);
        mdArticle(a);
        for (const format of EXPORT_FORMATS) {
          const w = exportWriter(format);
          const out = w.start() + w.article(a, 0) + w.article(a, 1) + w.end();
          if (format === "json") expect((JSON.parse(out) as { articles: unknown[] }).articles).toHaveLength(2);
          if (format === "ndjson") expect(out.trim().split("\n").map((l) => JSON.parse(l) as Article)[1]!.body).toBe(a.body);
          if (format === "csv") expectNoFormulaCells(out);
          expect(articleFileName(a, format)).toMatch(/^\d{5}[^/\\\u0000]*\.\w+$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("stats with any names", () => {
    const named = fc.array(fc.record({ name: fc.option(nasty), count: fc.nat() }), { maxLength: 30 });
    fc.assert(
      fc.property(named, named, fc.array(fc.record({ name: nasty, count: fc.nat() }), { maxLength: 5 }), (bySection, bySource, tags) => {
        const s: Stats = {
          articles: 1,
          words: 1,
          dated: 0,
          undated: 1,
          firstDate: null,
          lastDate: null,
          bySection,
          bySource,
          byYear: [{ year: null, count: 1 }],
          byLanguage: bySource,
          tags,
          archive: { path: "/tmp/x.db", bytes: 1, schemaVersion: 1 },
        };
        for (const [, style] of styles) terminalSafe(statsText(s, { style, width: 80 }));
      }),
      { numRuns: 200 },
    );
  });

  it("a CSV cell never starts a formula, whatever the text", () => {
    fc.assert(
      fc.property(fc.oneof(nasty, fc.constantFrom("=1", "+1", "-1", "@A", "\t=1", "\r=1", "'=1")), (s) => {
        const cell = parseCsv(`${csvCell(s)}\r\n`)[0]![0]!;
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(cell).toBe(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
      }),
      { numRuns: 1000 },
    );
  });
});
