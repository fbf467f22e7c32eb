// An archive made before the analysed index (schema 1) gets it on first open: languages detected,
// every article indexed again, in one migration.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { SCHEMA_VERSION } from "../../src/core/archive/schema.js";
import { check } from "../../src/core/check.js";
import { search } from "../../src/core/search.js";
import { tempDir } from "../helpers/fixtures.js";
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
