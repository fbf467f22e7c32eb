// An archive made before the analysed index (schema 1) gets it on first open: languages detected,
// every article indexed again, in one migration.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/core/ingest.js";
import { Archive } from "../../src/core/archive/archive.js";
import { INSERT_INDEX_ROW, SCHEMA_VERSION } from "../../src/core/archive/schema.js";
import { INDEXED_COLUMNS, indexRow } from "../../src/core/language/index-row.js";
import { check } from "../../src/core/check.js";
import { search } from "../../src/core/search.js";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "../../src/core/types.js";
import { tempDir, writeArticle } from "../helpers/fixtures.js";
import { schemaOneArchive as writeSchemaOne } from "../helpers/old-archive.js";

const dir = tempDir();
afterAll(() => dir.cleanup());

function schemaOneArchive(path: string): void {
  const rows: Array<[string, string]> = [
    ["Новый мост через реку", "В понедельник представители России и соседних стран подписали соглашение о строительстве моста через реку."],
    ["Kinder bauen ein Boot", "In einer Schule haben die Kinder der vierten Klasse ein kleines Boot aus Holz gebaut, das im Sommer fahren soll."],
  ];
  writeSchemaOne(path, rows.map(([title, body]) => ({ title, body, original: `${title}\n\n${body}`, words: 20 })));
}

/**
 * An archive of the given articles whose index rows are written as an older schema wrote them
 * (`old` turns today's terms into that schema's) and marked with that schema's version, checked by
 * `asBefore` before it is closed; its path.
 */
async function olderArchive(name: string, articles: Array<[string, string, string]>, old: (text: string) => string, version: number, asBefore: (archive: Archive) => void): Promise<string> {
  const folder = join(dir.path, name);
  mkdirSync(folder);
  for (const [file, title, body] of articles) writeArticle(join(folder, file), { title }, body);
  const path = join(dir.path, `${name}.db`);
  const archive = Archive.open(path, { write: true });
  try {
    await ingest(archive, [folder]);
    indexAsBefore(archive, old);
    archive.db.pragma(`user_version = ${version}`);
    asBefore(archive);
  } finally {
    archive.close();
  }
  return path;
}

/** Writes every article's index row again with its terms as `old` makes them (an older schema's, before 10). */
function indexAsBefore(archive: Archive, old: (text: string) => string): void {
  const insert = archive.db.prepare(INSERT_INDEX_ROW);
  for (const r of archive.db.prepare(`SELECT id, ${INDEXED_COLUMNS} FROM articles`).all() as Array<Parameters<typeof indexRow>[1] & { id: number; language: string }>) {
    archive.db.prepare("DELETE FROM articles_fts WHERE rowid = ?").run(r.id);
    // (Before schema 10 no summary was indexed, before 11 no words outside the story.)
    insert.run(r.id, ...(indexRow(r.id, { ...r, summary: null, original: null }, r.language).slice(1) as string[]).map(old));
  }
}

describe("migration to the analysed index", () => {
  it("detects languages and re-indexes every article, reporting progress", () => {
    const path = join(dir.path, "old.db");
    schemaOneArchive(path);
    const seen: number[] = [];
    const archive = Archive.open(path, { write: false, onMigrate: (done) => seen.push(done) });
    try {
      expect(archive.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(seen).toContain(2); // both articles, detected and indexed (schema 6 then indexes the German one again)
      const langs = archive.db.prepare("SELECT language FROM articles ORDER BY id").pluck().all();
      expect(langs).toEqual(["ru", "de"]);
      expect(search(archive, "Россия").hits.map((h) => h.title)).toEqual(["Новый мост через реку"]);
      expect(search(archive, "Kind").hits.map((h) => h.title)).toEqual(["Kinder bauen ein Boot"]);
      expect(check(archive).checks.find((c) => c.name === "index")?.ok).toBe(true);
    } finally {
      archive.close();
    }
  });

  it("check finds an article edited by hand out of the index, and --repair puts it back", () => {
    const path = join(dir.path, "old.db");
    const archive = Archive.open(path, { write: true });
    try {
      archive.db.prepare("UPDATE articles SET title = 'Дети строят лодку' WHERE language = 'ru'").run();
      const index = check(archive).checks.find((c) => c.name === "index")!;
      expect(index.ok).toBe(false);
      expect(index.detail).toMatch(/1 articles are not in the full-text index/);
      // (The originals of these hand-made rows are not real compressed texts: only the index counts.)
      expect(check(archive, { repair: true }).checks.find((c) => c.name === "index")?.ok).toBe(true);
      expect(search(archive, "лодки").hits.map((h) => h.title)).toEqual(["Дети строят лодку"]);
    } finally {
      archive.close();
    }
  });
});

describe("migration 6: French words with a derivational suffix indexed whole", () => {
  it("indexes the French articles of an older archive again, so that such a word finds its own articles only", async () => {
    // As schema 5 indexed them: Snowball's stems, "antisémitisme" and "antisémite" both "antisemit".
    const path = await olderArchive("fr", [
      ["isme.md", "Les communes contre le racisme", "Le conseil municipal a adopté mardi un plan contre l'antisémitisme et le racisme dans les écoles de la ville."],
      ["ite.md", "Un tract jugé antisémite", "La police enquête sur un tract antisémite distribué lundi devant la mairie, selon le maire de la commune."],
    ], (text) => text.replace(/\bantisemit(?:isme|e)ǂfr/g, "antisemitǂfr").replace(/\bracismeǂfr/g, "racǂfr"), 5, (archive) => {
      expect(search(archive, "antisémitisme").hits.map((h) => h.title)).toEqual([]);
    });

    const archive = Archive.open(path, { write: false });
    try {
      expect(archive.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(search(archive, "antisémitisme").hits.map((h) => h.title)).toEqual(["Les communes contre le racisme"]);
      expect(search(archive, "antisémites").hits.map((h) => h.title)).toEqual(["Un tract jugé antisémite"]);
      expect(check(archive).checks.find((c) => c.name === "index")?.ok).toBe(true);
    } finally {
      archive.close();
    }
  });
});

describe("migration 7: Russian nouns in -ость and present participles indexed whole", () => {
  it("indexes the Russian articles of an older archive again, so that such a word finds its own articles only", async () => {
    // As schema 6 indexed them: Snowball's stems, "особенности" and "особенно" both "особен".
    const path = await olderArchive("ru", [
      ["noun.md", "Особенности городского бюджета", "Особенности нового городского бюджета депутаты обсуждали во вторник на заседании совета в здании мэрии."],
      ["adverb.md", "Депутаты спорили о ремонте", "Особенно долго депутаты спорили во вторник о ремонте дорог и мостов в северной части города."],
    ], (text) => text.replace(/(?<!\p{L})особенностǂru/gu, "особенǂru"), 6, (archive) => {
      expect(search(archive, "особенности").hits.map((h) => h.title)).toEqual([]);
    });

    const archive = Archive.open(path, { write: false });
    try {
      expect(archive.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(search(archive, "особенности").hits.map((h) => h.title)).toEqual(["Особенности городского бюджета"]);
      expect(search(archive, "особенность").hits.map((h) => h.title)).toEqual(["Особенности городского бюджета"]);
      expect(check(archive).checks.find((c) => c.name === "index")?.ok).toBe(true);
    } finally {
      archive.close();
    }
  });
});

describe("migration 8: the words of languages without a stemmer, for correcting misspelt words", () => {
  it("records the words of such articles, so that a misspelt one is corrected without reading the index's vocabulary", async () => {
    // Schema 7 recorded the words of stemmed languages only: a Swedish word was corrected from the
    // full-text index's vocabulary, which SQLite archives no longer read for it.
    const path = await olderArchive("sv", [
      ["sv.md", "Staden bygger en ny bro över sundet", "Arbetet med den nya bron började i måndags och väntas pågå i två år. Kommunen säger att bron ska minska trafiken genom centrum."],
      ["en.md", "Council approves new bridge", "The council approved on Monday the plans for a new bridge over the river, which should take two years to build."],
    ], (text) => text, 7, (archive) => {
      archive.db.prepare("DELETE FROM words WHERE language = ''").run();
    });

    const archive = Archive.open(path, { write: false });
    try {
      expect(archive.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(archive.db.prepare("SELECT form FROM words WHERE language = '' AND word = 'trafiken'").pluck().all()).toEqual(["trafiken"]);
      expect(archive.db.prepare("SELECT count(*) FROM words WHERE language = '' AND word = 'council'").pluck().get()).toBe(0);
      const found = search(archive, "trafkien");
      expect(found.corrections.map((c) => c.to)).toEqual(["trafiken"]);
      expect(found.hits.map((h) => h.title)).toEqual(["Staden bygger en ny bro över sundet"]);
    } finally {
      archive.close();
    }
  });
});

describe("the words table of each archive a process writes to", () => {
  it("records an article's words in a second archive too, as in the first", async () => {
    const folder = join(dir.path, "two");
    mkdirSync(folder);
    writeArticle(join(folder, "sv.md"), { title: "Staden bygger en ny bro över sundet" }, "Arbetet med den nya bron började i måndags och väntas pågå i två år. Kommunen säger att bron ska minska trafiken genom centrum.");
    const words = async (name: string) => {
      const archive = Archive.open(join(dir.path, name), { write: true });
      try {
        await ingest(archive, [folder]);
        return archive.db.prepare("SELECT count(*) FROM words WHERE language = '' AND word = 'trafiken'").pluck().get();
      } finally {
        archive.close();
      }
    };
    expect(await words("first.db")).toBe(1);
    expect(await words("second.db")).toBe(1);
  });
});

describe("migration 10: an article's summary indexed with its body", () => {
  // A wire story with its highlights under it (CNN's shape): their words are in the summary alone.
  const STORY = [
    "(Example) -- The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years, and small boats will be back by October.",
    "The work will cost less than building a new slip, the board's chair said after the vote.",
    "@highlight", "Kittiwakes nesting on the slip will be moved first",
    "@highlight", "The dredger is booked for the spring",
  ].join("\n\n");

  it("finds an article by a word of its summary alone, and shows the summary's passage", async () => {
    const folder = join(dir.path, "summary-now");
    mkdirSync(folder);
    writeFileSync(join(folder, "harbour.story"), STORY);
    const archive = Archive.open(join(dir.path, "summary-now.db"), { write: true });
    try {
      await ingest(archive, [folder]);
      const found = search(archive, "kittiwakes");
      expect(found.hits).toHaveLength(1);
      expect(found.hits[0]!.snippet).toContain(`${HIGHLIGHT_START}Kittiwakes${HIGHLIGHT_END}`);
      expect(search(archive, "dredge").hits[0]!.snippet).toContain(`${HIGHLIGHT_START}dredge${HIGHLIGHT_END}`);
    } finally {
      archive.close();
    }
  });

  it("indexes again the articles of an older archive that have a summary", async () => {
    const folder = join(dir.path, "summary-then");
    mkdirSync(folder);
    writeFileSync(join(folder, "harbour.story"), STORY);
    const path = join(dir.path, "summary-then.db");
    const archive = Archive.open(path, { write: true });
    try {
      await ingest(archive, [folder]);
      // As schema 9 indexed it: the body's words only.
      indexAsBefore(archive, (text) => text);
      archive.db.pragma("user_version = 9");
      expect(search(archive, "kittiwakes", { strict: true }).hits).toEqual([]);
    } finally {
      archive.close();
    }
    const reopened = Archive.open(path, { write: false });
    try {
      expect(reopened.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(search(reopened, "kittiwakes").hits).toHaveLength(1);
      expect(check(reopened).checks.find((c) => c.name === "index")?.ok).toBe(true);
    } finally {
      reopened.close();
    }
  });
});

describe("migration 11: the words of the page outside the story", () => {
  const PAGE =
    "Home | News | Weather\n\nFerry to sail twice a day from May\n\nThe island ferry will sail twice a day from May, the harbour board said on Tuesday, after a winter of single crossings.\n\nThe board said the timetable would be kept under review for a year.\n\nMost read\n\n1. Kittiwakes nest again on the old harbour wall\n";

  it("indexes every article of an older archive again, its page's words in a column of their own", async () => {
    const folder = join(dir.path, "page-then");
    mkdirSync(folder);
    writeFileSync(join(folder, "ferry.txt"), PAGE);
    const path = join(dir.path, "page-then.db");
    const archive = Archive.open(path, { write: true });
    try {
      await ingest(archive, [folder]);
      expect(search(archive, "kittiwakes").hits).toHaveLength(1);
      // As schema 10 indexed it: seven columns, no page.
      const rows = archive.db.prepare(`SELECT id, ${INDEXED_COLUMNS} FROM articles`).all() as Array<Parameters<typeof indexRow>[1] & { id: number; language: string }>;
      archive.db.exec(`DROP TABLE articles_vocab; DROP TABLE articles_fts;
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, author, section, place, source, tags, content = '', contentless_delete = 1, tokenize = 'ascii');
        CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');`);
      const insert = archive.db.prepare("INSERT INTO articles_fts(rowid, title, body, author, section, place, source, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      for (const r of rows) insert.run(...indexRow(r.id, r, r.language).slice(0, 8));
      archive.db.pragma("user_version = 10");
    } finally {
      archive.close();
    }
    const seen: number[] = [];
    const reopened = Archive.open(path, { write: false, onMigrate: (done) => seen.push(done) });
    try {
      expect(reopened.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(seen).toContain(1);
      const found = search(reopened, "kittiwakes").hits;
      expect(found.map((h) => h.title)).toEqual(["Ferry to sail twice a day from May"]);
      expect(found[0]!.snippet).toContain(`${HIGHLIGHT_START}Kittiwakes${HIGHLIGHT_END} nest again`);
      expect(search(reopened, "ferry").hits).toHaveLength(1);
      expect(check(reopened).checks.find((c) => c.name === "index")?.ok).toBe(true);
    } finally {
      reopened.close();
    }
  });
});
