import { describe, it, expect, beforeAll, afterAll } from "vitest";
import fc from "fast-check";
import Database from "better-sqlite3";
import { translateQuery, atLeast } from "../../src/core/query.js";

// ---------------------------------------------------------------------------------------------
// A tiny real FTS5 index with the production schema.

type Row = [id: number, title: string, body: string, author: string, section: string, place: string, source: string, tags: string];

const ROWS: Row[] = [
  [1, "Elections in Madrid", "The election results were announced by Rodríguez.", "Ana Rodríguez", "politics", "Madrid", "El País", "politics vote"],
  [2, "Oil deal signed", "An oil deal between the U.S. and partners was signed.", "John Doe", "business", "Houston", "Reuters", "energy"],
  [3, "Зима", "Москва готовится к зиме.", "Иван Петров", "world", "Москва", "ТАСС", "weather"],
  [4, "C++ compilers compared", "The C++ committee met in Kona.", "Bjarne", "tech", "Kona", "Blog", "programming"],
  [5, "AT&T outage", "AT&T customers could not send e-mail for hours.", "Kim Lee", "business", "Dallas", "AP", "telecom"],
  [6, "Football final", "The sport event of the year ends in a draw.", "Sam Hill", "sport", "London", "BBC", "sport football"],
  [7, "Gas prices", "Gas and oil prices rose 50% in the U.S. this week.", "Pat Kay", "business", "Denver", "AP", "energy"],
  [8, "Weather report", "Rain expected along the coast with strong wind.", "Lou Grey", "local", "Brest", "Ouest", "weather"],
];

let db: Database.Database;
let countStmt: Database.Statement<[string], { n: number }>;
let idsStmt: Database.Statement<[string], { rowid: number }>;

beforeAll(() => {
  db = new Database(":memory:");
  db.exec(
    "CREATE VIRTUAL TABLE fts USING fts5(title, body, author, section, place, source, tags, " +
      "tokenize = 'porter unicode61 remove_diacritics 2')",
  );
  const insert = db.prepare(
    "INSERT INTO fts(rowid, title, body, author, section, place, source, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  for (const row of ROWS) insert.run(...row);
  countStmt = db.prepare("SELECT count(*) AS n FROM fts WHERE fts MATCH ?");
  idsStmt = db.prepare("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid");
});

afterAll(() => db.close());

function ids(expr: string | null): number[] {
  if (expr === null) return [];
  return idsStmt.all(expr).map((r) => r.rowid);
}

/** Rows a user query finds: `match`, or everything minus `exclude` for negative-only queries. */
function search(query: string): number[] {
  const q = translateQuery(query);
  if (q.match !== null) return ids(q.match);
  if (q.exclude === null) return [];
  const excluded = new Set(ids(q.exclude));
  return ROWS.map((r) => r[0]).filter((id) => !excluded.has(id));
}

/** Throws if FTS5 rejects the expression. */
function runs(expr: string | null): void {
  if (expr !== null) countStmt.get(expr);
}

// ---------------------------------------------------------------------------------------------

describe("translateQuery: translations", () => {
  const cases: [input: string, match: string | null, exclude?: string | null][] = [
    ["oil", '"oil"'],
    ["oil gas", '"oil" AND "gas"'],
    ["oil AND gas", '"oil" AND "gas"'],
    ['"oil deal"', '"oil deal"'],
    ['"oil deal', '"oil deal"'], // unbalanced quote runs to the end
    ['say "hi', '"say" AND "hi"'],
    ["a OR b", '"a" OR "b"'],
    ["a OR b c", '("a" OR "b") AND "c"'],
    ["a OR b OR c", '"a" OR "b" OR "c"'],
    ["a AND b OR c", '"a" AND ("b" OR "c")'],
    ["a or b", '"a" AND "or" AND "b"'], // lowercase is a word
    ["oil -gas", '"oil" NOT "gas"'],
    ["oil -gas -coal", '"oil" NOT ("gas" OR "coal")'],
    ["oil NOT gas", '"oil" NOT "gas"'],
    ["NOT gas oil", '"oil" NOT "gas"'],
    ['oil -"gas price"', '"oil" NOT "gas price"'],
    ["oil -(gas OR coal)", '"oil" NOT ("gas" OR "coal")'],
    ["oil -title:gas", '"oil" NOT title : "gas"'],
    ["-sport", null, '"sport"'],
    ["-sport -weather", null, '"sport" OR "weather"'],
    ["NOT sport", null, '"sport"'],
    ["e-mail", '"e-mail"'],
    ["a - b", '"a" AND "b"'], // a lone "-" is ignored text
    ["-", null, null],
    ["oil*", '"oil" *'],
    ['"oil de"*', '"oil de" *'],
    ["*", null, null],
    ["(a OR b) c", '("a" OR "b") AND "c"'],
    ["(a b) OR c", '("a" AND "b") OR "c"'],
    ["(a OR b", '"a" OR "b"'], // auto-closed
    ["a) b)", '"a" AND "b"'], // stray ")" ignored
    ["((a))", '"a"'],
    ["()", null, null],
    ["(a -b) c", '("a" NOT "b") AND "c"'],
    ["(-a -b) c", '"c" NOT ("a" OR "b")'], // a negative-only group is a negation
    ["a OR -b", '"a"'], // negative alternative dropped
    ["-a OR -b", null, '"a" AND "b"'], // NOT a OR NOT b == NOT (a AND b)
    ["NEAR(a b, 5)", 'NEAR("a" "b", 5)'],
    ["NEAR(a b)", 'NEAR("a" "b")'],
    ['near(a "b c" d*,3)', 'NEAR("a" "b c" "d" *, 3)'],
    ["NEAR(a, b)", 'NEAR("a" "b")'],
    ["NEAR(a)", '"a"'],
    ["NEAR(!!, 5)", null, null],
    ["NEAR(a b, 99999999999)", 'NEAR("a" "b", 1000000)'],
    ["-NEAR(a b) c", '"c" NOT NEAR("a" "b")'],
    ["title:oil", 'title : "oil"'],
    ['title:"oil deal"', 'title : "oil deal"'],
    ["title:oil*", 'title : "oil" *'],
    ["TITLE:oil", 'title : "oil"'],
    ["author:doe", 'author : "doe"'],
    ["section:sport place:london source:bbc", 'section : "sport" AND place : "london" AND source : "bbc"'],
    ["tag:energy", 'tags : "energy"'],
    ["tags:energy", 'tags : "energy"'],
    ["title:(oil OR gas)", 'title : ("oil" OR "gas")'],
    ["title:NEAR(oil deal)", 'title : NEAR("oil" "deal")'],
    ["-title:oil", null, 'title : "oil"'],
    ["http://x.com", '"http://x.com"'],
    ["foo:bar", '"foo:bar"'],
    ["10:30", '"10:30"'],
    ["title:", '"title:"'],
    ["U.S.", '"U.S."'],
    ["C++", '"C++"'],
    ["don't", '"don\'t"'],
    ["AT&T", '"AT&T"'],
    ["50%", '"50%"'],
    ['say "he said ""hi"""', '"say" AND "he said " AND "hi"'],
    ['a"b', '"a""b"'], // a mid-word quote is part of the word, doubled for FTS5
    ["🎉 … ¿¡ ---", null, null], // no letters or digits: nothing to search
    ['"" "  " "..."', null, null],
    ["שלום עולם", '"שלום" AND "עולם"'],
    ["café\u0301", '"café\u0301"'],
    ["a\u0000b", '"a" AND "b"'], // NUL would end an FTS5 string early
    ["OR AND NOT", null, null],
    ["a OR", '"a"'],
    ["OR a", '"a"'],
    ["a OR OR b", '"a" OR "b"'],
    ["a NOT", '"a"'],
    ["NOT NOT a", '"a"'],
    ["oil oil", '"oil"'],
    ["", null, null],
  ];

  it.each(cases)("%j", (input, match, exclude = null) => {
    const q = translateQuery(input);
    expect(q.match).toBe(match);
    expect(q.exclude).toBe(exclude);
    runs(q.match);
    runs(q.exclude);
  });

  it("reports conjuncts, negatives, fields and words", () => {
    expect(translateQuery('title:"oil deal" (gas OR coal) -sport -tag:x prices*')).toEqual({
      match: '(title : "oil deal" AND ("gas" OR "coal") AND "prices" *) NOT ("sport" OR tags : "x")',
      exclude: null,
      conjuncts: ['title : "oil deal"', '("gas" OR "coal")', '"prices" *'],
      negatives: ['"sport"', 'tags : "x"'],
      fields: ["title"],
      words: ["oil deal", "gas", "coal", "prices"],
    });
  });

  it("flattens top-level groups into conjuncts", () => {
    expect(translateQuery("(a b) c").conjuncts).toEqual(['"a"', '"b"', '"c"']);
  });

  it("lists negatives for negative-only queries", () => {
    const q = translateQuery("-sport -tag:weather");
    expect(q).toMatchObject({ match: null, conjuncts: [], negatives: ['"sport"', 'tags : "weather"'], words: [] });
  });

  it("tolerates non-string input at runtime", () => {
    expect(translateQuery(undefined as unknown as string).match).toBeNull();
  });
});

describe("translateQuery: against a real FTS5 table", () => {
  const cases: [query: string, expected: number[]][] = [
    ["elections", [1]], // porter stemming
    ["Rodriguez", [1]], // diacritics removed
    ["москва", [3]], // Cyrillic case folding
    ['"oil deal"', [2]],
    ["oil deal", [2]],
    ["madrid OR houston", [1, 2]],
    ["oil OR gas prices", [7]],
    ["oil -gas", [2]],
    ["oil NOT gas", [2]],
    ["-sport", [1, 2, 3, 4, 5, 7, 8]],
    ["-tag:energy -tag:weather", [1, 4, 5, 6]],
    ["compil*", [4]],
    ["weath*", [3, 8]],
    ["NEAR(rain coast, 3)", [8]],
    ["NEAR(rain wind, 2)", []],
    ["title:oil", [2]],
    ["title:oil*", [2]],
    ["tag:energy", [2, 7]],
    ["author:doe", [2]],
    ["section:business -title:gas", [2, 5]],
    ["U.S.", [2, 7]],
    ["C++", [4]],
    ["AT&T", [5]],
    ["e-mail", [5]],
    ["50%", [7]],
    ["(gas OR deal) oil", [2, 7]],
    ["(-sport) final", []],
  ];

  it.each(cases)("%j", (query, expected) => {
    expect(search(query)).toEqual(expected);
  });

  it("atLeast finds rows matching most conjuncts", () => {
    const q = translateQuery("oil prices zebra");
    expect(ids(q.match)).toEqual([]);
    expect(ids(atLeast(q.conjuncts, 2))).toEqual([7]);
    expect(ids(atLeast(q.conjuncts, 1))).toEqual([2, 7]);
    expect(ids(atLeast(q.conjuncts, 1, ['"gas"']))).toEqual([2]);
  });
});

describe("atLeast", () => {
  it("builds an OR of AND-combinations", () => {
    expect(atLeast(['"a"', '"b"', '"c"'], 2)).toBe('("a" AND "b") OR ("a" AND "c") OR ("b" AND "c")');
  });

  it("uses AND for k >= n and OR for k <= 1", () => {
    expect(atLeast(['"a"', '"b"'], 5)).toBe('"a" AND "b"');
    expect(atLeast(['"a"', '"b"'], 0)).toBe('"a" OR "b"');
    expect(atLeast(['"a"', '"b"'], Number.NaN)).toBe('"a" OR "b"');
  });

  it("falls back to a plain OR beyond 64 combinations", () => {
    const many = "abcdefghij".split("").map((c) => `"${c}"`);
    expect(atLeast(many, 5)).toBe(many.join(" OR ")); // C(10,5) = 252
  });

  it("parenthesises compound conjuncts and applies negatives", () => {
    expect(atLeast(['"a" OR "b"', '"c"', '"d"'], 2, ['"x"', '"y"'])).toBe(
      '((("a" OR "b") AND "c") OR (("a" OR "b") AND "d") OR ("c" AND "d")) NOT ("x" OR "y")',
    );
    expect(atLeast(['"a"'], 1, ['"x" AND "y"'])).toBe('"a" NOT ("x" AND "y")');
  });

  it("returns null without conjuncts", () => {
    expect(atLeast([], 1)).toBeNull();
    expect(atLeast(["", "  "], 1, ['"x"'])).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: never throws, and FTS5 accepts everything emitted.

/** An empty phrase `""` standing alone (not part of a longer quoted string). */
const EMPTY_PHRASE = /(^|[\s(])""(?=[\s)*,]|$)/;

function assertSafe(input: string): void {
  const q = translateQuery(input);
  const k = Math.max(1, q.conjuncts.length - 1);
  const outputs = [q.match, q.exclude, atLeast(q.conjuncts, k, q.negatives), atLeast(q.conjuncts, 2), ...q.conjuncts, ...q.negatives];
  for (const expr of outputs) {
    if (expr === null) continue;
    expect(expr).not.toMatch(EMPTY_PHRASE);
    runs(expr);
  }
  if (q.match === null) expect(q.conjuncts).toEqual([]);
}

const syntaxPiece = fc.constantFrom(
  "(", ")", '"', "-", "*", ":", ",", " ", "  ", "OR", "AND", "NOT", "NEAR(", "near(", "NEAR", "5", ", 3)",
  "title:", "Title:", "tag:", "tags:", "author:", "section:", "place:", "source:", "-title:", "http://", "10:30",
  "oil", "gas", "e-mail", "U.S.", "C++", "é", "\u0301", "\u200f", "ש", "🎉", "\u0000", "\ud800", "\ue000", "\t", "\n",
);
const soup = fc
  .array(fc.oneof({ arbitrary: syntaxPiece, weight: 4 }, { arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }), weight: 1 }), {
    maxLength: 40,
  })
  .map((pieces) => pieces.join(""));
const spacedSoup = fc.array(syntaxPiece, { maxLength: 30 }).map((pieces) => pieces.join(" "));

describe("translateQuery: properties", () => {
  const runsEach = 5_000;

  it("is safe for arbitrary grapheme strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), assertSafe), { numRuns: runsEach });
  }, 120_000);

  it("is safe for arbitrary binary strings (lone surrogates, NUL, controls)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 80 }), assertSafe), { numRuns: runsEach });
  }, 120_000);

  it("is safe for operator soup", () => {
    fc.assert(fc.property(fc.oneof(soup, spacedSoup), assertSafe), { numRuns: runsEach * 2 });
  }, 120_000);

  it("is safe for deep nesting", () => {
    const templates = ["(", "a OR title:(", "x (y OR (", "a (b OR title:(c -(", "-(-(", "z -title:(y OR -(q ", "NOT (a OR ("];
    fc.assert(
      fc.property(fc.constantFrom(...templates), fc.integer({ min: 1, max: 200 }), fc.boolean(), (t, n, close) =>
        assertSafe(t.repeat(n) + "w" + (close ? ")".repeat(n) : "")),
      ),
      { numRuns: 500 },
    );
  }, 120_000);

  it("copes with huge inputs", () => {
    const words = Array.from({ length: 5_000 }, (_, i) => `w${i}`).join(" ");
    const q = translateQuery(words);
    expect(q.conjuncts).toHaveLength(5_000);
    runs(q.match);
    expect(() => translateQuery("(".repeat(100_000) + '"'.repeat(100_001) + "-".repeat(100_000))).not.toThrow();
  }, 60_000);
});
