// An archive made before the analysed index (schema 1) gets it on first open: languages detected,
// every article indexed again, in one migration.
import Database from "better-sqlite3";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { compress } from "../../src/core/archive/compression.js";
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from "../../src/core/archive/schema.js";
import { check } from "../../src/core/check.js";
import { search } from "../../src/core/search.js";
import { tempDir } from "../helpers/fixtures.js";

const dir = tempDir();
afterAll(() => dir.cleanup());

function schemaOneArchive(path: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  MIGRATIONS[0]!.up(db);
  db.pragma("user_version = 1");
  const insert = db.prepare(`INSERT INTO articles (hash, title, tags, words, ingested_at, body, original)
    VALUES (?, ?, '[]', 20, '2024-01-01T00:00:00Z', ?, ?)`);
  const index = db.prepare("INSERT INTO articles_fts(rowid, title, body, tags) VALUES (?, ?, ?, '[]')");
  const rows: Array<[string, string]> = [
    ["Новый мост через реку", "В понедельник представители России и соседних стран подписали соглашение о строительстве моста через реку."],
    ["Kinder bauen ein Boot", "In einer Schule haben die Kinder der vierten Klasse ein kleines Boot aus Holz gebaut, das im Sommer fahren soll."],
  ];
  rows.forEach(([title, body], i) => {
    // (A real original: the stories migration before this one reads it.)
    const id = insert.run(`${i}`.padStart(64, "0"), title, body, compress(`${title}\n\n${body}`, body)).lastInsertRowid;
    index.run(id, title, body);
  });
  db.close();
}

describe("migration to the analysed index", () => {
  it("detects languages and re-indexes every article, reporting progress", () => {
    const path = join(dir.path, "old.db");
    schemaOneArchive(path);
    const seen: number[] = [];
    const archive = Archive.open(path, { write: false, onMigrate: (done) => seen.push(done) });
    try {
      expect(archive.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(seen.at(-1)).toBe(2);
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
