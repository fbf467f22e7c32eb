// Renderers (src/format): what reaches a spreadsheet, a Markdown viewer, a terminal or a JSON reader.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { HIGHLIGHT_END, HIGHLIGHT_START, type Article, type SearchHit } from "../../src/core/types.js";
import { articleView } from "../../src/format/article-view.js";
import { csvCell, csvRow, csvTable } from "../../src/format/csv.js";
import { exportWriter, EXPORT_FORMATS } from "../../src/format/export.js";
import { mdArticle, mdCell, mdTable } from "../../src/format/markdown.js";
import { hitRecord, markMatches } from "../../src/format/records.js";
import { renderArticles, renderHits } from "../../src/format/render.js";
import { plain } from "../../src/format/style.js";
import { hitsTable, listTable } from "../../src/format/table.js";
import { barChart } from "../../src/format/chart.js";
import { cellWidth, truncate, visible, wrap } from "../../src/format/text.js";
import { parseCsv } from "../helpers/csv.js";

const ESC = "\x1b";
const ctx = { style: plain, width: 80 };

function article(over: Partial<Article> = {}): Article {
  return {
    id: 7,
    hash: "0123456789abcdef".repeat(4),
    title: "Ferry operator cuts winter timetable",
    date: "2017-02-06",
    place: "Caracas",
    section: "International",
    author: "Jane Doe",
    source: "Example News",
    tags: ["transport", "islands"],
    words: 5,
    path: "/tmp/ferry.txt",
    ingestedAt: "2024-01-02T03:04:05.000Z",
    summary: null,
    language: null,
    body: "First paragraph here.\n\nSecond one.",
    ...over,
  };
}

function hit(over: Partial<SearchHit> = {}): SearchHit {
  return { ...article(), score: 1.25, snippet: `…the ${HIGHLIGHT_START}ferry${HIGHLIGHT_END} left ${HIGHLIGHT_START}early${HIGHLIGHT_END}…`, ...over };
}

describe("csv", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    [" padded ", '" padded "'],
  ])("escapes %j as %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each(["=", "+", "-", "@", "\t", "\r"])("prefixes a text cell starting with %j with an apostrophe (OWASP)", (start) => {
    const cell = csvCell(`${start}SUM(A1:A9)`);
    const [[read]] = parseCsv(`${cell}\r\n`) as [[string]];
    expect(read).toBe(`'${start}SUM(A1:A9)`);
  });

  it("neutralises a formula that also needs quoting", () => {
    expect(csvCell('=HYPERLINK("http://x.example","click")')).toBe('"\'=HYPERLINK(""http://x.example"",""click"")"');
  });

  it("writes numbers, nulls and lists as plain values", () => {
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(["a", "b"])).toBe("a;b");
  });

  it("ends rows with CRLF and reads back cell for cell", () => {
    expect(csvRow(["a", "b"])).toBe("a,b\r\n");
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 5 }), (cells) => {
        const safe = cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c));
        expect(parseCsv(csvRow(cells))).toEqual([safe]);
      }),
    );
  });

  it("renders a table with a header from the record keys", () => {
    const text = csvTable([{ id: 1, title: "A, B" }, { id: 2, title: "-minus" }]);
    expect(parseCsv(text)).toEqual([["id", "title"], ["1", "A, B"], ["2", "'-minus"]]);
  });

  it("list --format csv has one row per article and the contract's columns", async () => {
    const rows = parseCsv(await renderArticles([article({ body: undefined }), article({ id: 8, title: "=cmd|' /C calc'!A0", body: undefined })], "csv", ctx));
    expect(rows[0]).toEqual(["id", "hash", "title", "date", "place", "section", "author", "source", "tags", "words", "path", "ingestedAt", "summary", "story", "language"]);
    expect(rows).toHaveLength(3);
    expect(rows[2]![2]).toBe("'=cmd|' /C calc'!A0");
  });
});

describe("markdown", () => {
  it("escapes pipes and backslashes in table cells and keeps each row on one line", () => {
    expect(mdCell("a|b")).toBe("a\\|b");
    expect(mdCell("back\\slash")).toBe("back\\\\slash");
    expect(mdCell("two\nlines")).toBe("two lines");
    expect(mdCell(null)).toBe("");
    const table = mdTable([{ title: "A | B\nC" }], ["title"]);
    expect(table.split("\n").filter(Boolean)).toEqual(["| title |", "| --- |", "| A \\| B C |"]);
  });

  it("a body line that looks like markup stays text", () => {
    const lines = ["# not a heading", "## nor this", "> not a quote", "- not a list", "* nor this", "+ nor this", "1. not numbered", "2) nor this", "---", "```"];
    const md = mdArticle(article({ body: lines.join("\n\n") }));
    const body = md.split("\n\n").slice(2).join("\n\n");
    for (const line of lines) {
      const out = body.split("\n").find((l) => l.replace(/\\/g, "") === line);
      expect(out, line).toBeDefined();
      // Escaped with a backslash before an ASCII punctuation character (CommonMark only honours those).
      expect(out, line).not.toBe(line);
      expect(out!, line).toMatch(/\\[!-/:-@[-`{-~]/);
    }
  });

  it("leaves ordinary text alone", () => {
    const body = "Prices rose 5% - the most since 1990.\n\nShe said: #1 priority.";
    expect(mdArticle(article({ body }))).toContain(body);
  });

  it("writes the headline as one heading line and the metadata", () => {
    const md = mdArticle(article({ title: "Two\nlines" }));
    expect(md.startsWith("# Two lines\n\n")).toBe(true);
    expect(md).toContain("2017-02-06");
    expect(md).toContain("Caracas");
    expect(md).toContain("Tags: transport, islands");
  });
});

describe("visible: article text never drives the terminal", () => {
  it("shows ESC and other C0 controls as Control Pictures", () => {
    expect(visible(`${ESC}[31mred${ESC}[0m`)).toBe("␛[31mred␛[0m");
    expect(visible("bell\x07 bs\x08 nul\x00 del\x7f")).toBe("bell␇ bs␈ nul␀ del␡");
    expect(visible("a\rb")).toBe("a␍b");
  });

  it("shows C1 controls (including the 8-bit CSI) as escapes", () => {
    expect(visible("\x9b31m")).toBe("\\u{9b}31m");
    expect(visible("\x85")).toBe("\\u{85}");
  });

  it("turns tabs into spaces, and newlines into spaces unless asked to keep them", () => {
    expect(visible("a\tb\nc")).toBe("a b c");
    expect(visible("a\nb", true)).toBe("a\nb");
  });

  it("leaves printable text, including non-Latin scripts and emoji, as it is", () => {
    const s = "Zürich 東京 Москва مرحبا 😀 “quotes” – £5 €6";
    expect(visible(s)).toBe(s);
  });

  it("never lets a control character through", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 100 }), (s) => !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(visible(s, true))),
    );
  });

  it("tables and the article view show control characters visibly", () => {
    const evil = article({ title: `Evil ${ESC}]0;owned${ESC}\\ title${ESC}[2J`, body: `Body ${ESC}[31m red\n\nmore ${ESC}c`, place: `X${ESC}[1m` });
    for (const out of [
      listTable([evil], ctx),
      hitsTable([{ ...evil, score: 1, snippet: `snip ${ESC}[5m ${HIGHLIGHT_START}hit${HIGHLIGHT_END}` }], ctx),
      articleView(evil, ctx, { explain: true }),
    ]) {
      expect(out).not.toContain(ESC);
      expect(out).toContain("␛");
    }
  });
});

describe("cell width and truncation", () => {
  it("counts CJK and emoji as two cells, combining marks as none", () => {
    expect(cellWidth("abc")).toBe(3);
    expect(cellWidth("日本語")).toBe(6);
    expect(cellWidth("한국어")).toBe(6);
    expect(cellWidth("😀")).toBe(2);
    expect(cellWidth("e\u0301")).toBe(1);
    expect(cellWidth(`${HIGHLIGHT_START}x${HIGHLIGHT_END}`)).toBe(1);
  });

  it("cuts to at most the width, with an ellipsis, never splitting a wide character", () => {
    expect(truncate("abc", 3)).toBe("abc");
    expect(truncate("abcd", 3)).toBe("ab…");
    expect(truncate("日本語テキスト", 7)).toBe("日本語…");
    expect(truncate("日本語テキスト", 6)).toBe("日本…");
    expect(truncate("anything", 0)).toBe("");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.integer({ min: 1, max: 30 }), (s, w) => {
        const t = truncate(s, w);
        return cellWidth(t) <= w && (cellWidth(s) <= w ? t === s : t.endsWith("…"));
      }),
    );
  });

  it("wraps CJK text within the width", () => {
    const lines = wrap("日本語のテキストはスペースなしで続きます 東京 大阪", 10);
    for (const l of lines) expect(cellWidth(l)).toBeLessThanOrEqual(10);
    expect(lines.join("").replace(/\s/g, "")).toBe("日本語のテキストはスペースなしで続きます東京大阪");
  });

  it("lays out a listing of 200,000 rows, as `news list --limit 0` gives a large archive, and charts as many", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => article({ id: i + 1, title: i === 123_456 ? "The widest title of them all, set deep in the list" : "Short" }));
    const out = listTable(rows, { style: plain, width: 120 });
    expect(out.trimEnd().split("\n")).toHaveLength(200_001);
    expect(out).toContain("The widest title of them all");
    const chart = barChart(
      rows.map((r, i) => ({ label: `author ${i}`, value: i % 97, figure: String(i % 97) })),
      { style: plain, width: 80, blocks: false },
    );
    expect(chart.trimEnd().split("\n")).toHaveLength(200_000);
  });

  it("a table with CJK titles fits the terminal width", () => {
    const rows = [article({ title: "東京の地下鉄が新しい路線を開業、都心と空港を結ぶ直通列車の運行を始める" }), article({ id: 12345, title: "Short" })];
    for (const width of [40, 60, 100]) {
      const out = listTable(rows, { style: plain, width });
      for (const line of out.split("\n")) expect(cellWidth(line), `width ${width}: ${line}`).toBeLessThanOrEqual(width);
    }
  });
});

describe("JSON records and snippets", () => {
  it("marks matches in snippets with [ and ] in JSON", () => {
    expect(markMatches(`a ${HIGHLIGHT_START}b${HIGHLIGHT_END} c`)).toBe("a [b] c");
    const r = hitRecord(hit());
    expect(r.snippet).toBe("…the [ferry] left [early]…");
    expect(JSON.stringify(r)).not.toMatch(/[\ue000\ue001]/);
    expect(typeof r.score).toBe("number");
  });

  it("search JSON: every list field plus score and snippet, no body", async () => {
    const [r] = JSON.parse(await renderHits([hit({ body: undefined })], "json", ctx)) as Array<Record<string, unknown>>;
    expect(Object.keys(r!)).toEqual(expect.arrayContaining(["id", "hash", "title", "date", "place", "section", "author", "source", "tags", "words", "path", "ingestedAt", "score", "snippet"]));
    expect(r).not.toHaveProperty("body");
    expect(r!.snippet).toBe("…the [ferry] left [early]…");
  });

  it("list JSON and NDJSON carry the same records", async () => {
    const rows = [article({ body: undefined }), article({ id: 8, body: undefined })];
    const json = JSON.parse(await renderArticles(rows, "json", ctx)) as unknown[];
    const ndjson = (await renderArticles(rows, "ndjson", ctx)).trimEnd().split("\n").map((l) => JSON.parse(l) as unknown);
    expect(ndjson).toEqual(json);
    expect(json).toHaveLength(2);
  });

  it("the table shows snippets without markers and without brackets added", () => {
    const out = hitsTable([hit()], ctx);
    expect(out).toContain("ferry");
    expect(out).not.toMatch(/[\ue000\ue001]/);
  });

  it("the table's two snippet lines include the first match, even at the end of a long passage", () => {
    const words = "the committee met again on a wet Tuesday morning to hear the long list of complaints about".split(" ");
    const snippet = `…${[...words, ...words].join(" ")} ${HIGHLIGHT_START}ferry${HIGHLIGHT_END} timetables…`;
    const out = hitsTable([hit({ snippet })], { style: plain, width: 60 });
    expect(out).toContain("ferry timetables");
    expect(out.trimEnd().split("\n")).toHaveLength(4); // header, title, two snippet lines
  });
});

describe("export writers", () => {
  const many = [article(), article({ id: 8, title: 'Quote " and \\ backslash', body: "Line\n\nTwo =1+1" })];

  function write(format: (typeof EXPORT_FORMATS)[number], list: Article[]): string {
    const w = exportWriter(format);
    return w.start() + list.map((a, i) => w.article(a, i)).join("") + w.end();
  }

  it("json is one document {schemaVersion: 1, articles: [...]}, also when empty", () => {
    const doc = JSON.parse(write("json", many)) as { schemaVersion: number; articles: Array<Record<string, unknown>> };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.articles.map((a) => a.title)).toEqual(many.map((a) => a.title));
    expect(doc.articles[1]!.body).toBe("Line\n\nTwo =1+1");
    expect(JSON.parse(write("json", []))).toEqual({ schemaVersion: 1, articles: [] });
  });

  it("ndjson is one article object a line", () => {
    const lines = write("ndjson", many).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((l) => (JSON.parse(l) as { id: number }).id)).toEqual([7, 8]);
    expect(write("ndjson", [])).toBe("");
  });

  it("csv has a header and one record per article, bodies included", () => {
    const rows = parseCsv(write("csv", many));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain("body");
    expect(rows[2]![rows[0]!.indexOf("body")]).toBe("Line\n\nTwo =1+1");
  });

  it("markdown and txt hold every article's title and body", () => {
    for (const format of ["markdown", "txt"] as const) {
      const text = write(format, many);
      for (const a of many) {
        expect(text).toContain(a.title);
        expect(text).toContain("Second one.");
      }
    }
  });
});
