// Re-extraction (issue 3): `reparse` runs the current parser over stored originals, updates the
// fields, body and index in place, keeps ids, and reports what changed. An archive written by an
// older parser is simulated by editing stored fields in SQL.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { compress } from "../../src/core/archive/compression.js";
import { check } from "../../src/core/check.js";
import { ingest } from "../../src/core/ingest.js";
import { list } from "../../src/core/read.js";
import { reparse } from "../../src/core/reparse.js";
import { search } from "../../src/core/search.js";
import { copyFixtures, tempDir } from "../helpers/fixtures.js";

describe("reparse", () => {
  const tmp = tempDir();
  let archive: Archive;
  let ferry: { id: number; title: string; body: string };

  beforeAll(async () => {
    const dir = copyFixtures(join(tmp.path, "in"), ["headline-first.txt", "wire-cnn.story"]);
    archive = Archive.open(join(tmp.path, "reparse.db"), { write: true });
    await ingest(archive, [dir]);
    const found = list(archive, { limit: 0 }).find((a) => a.title === "Island ferry operator cuts winter timetable")!;
    ferry = { id: found.id, title: found.title, body: archive.get(found.id)!.body };
  });
  afterAll(() => {
    archive.close();
    tmp.cleanup();
  });

  // What an older parser might have stored: another title, a place, another body (and the original
  // compressed against that body, as ingest stores it).
  const spoil = () => {
    const original = archive.original(ferry.id)!;
    archive.write(() => {
      archive.db
        .prepare("UPDATE articles SET title = 'Old parser headline', place = 'Nowhere', body = ?, original = ? WHERE id = ?")
        .run("Old body text.", compress(original, "Old body text."), ferry.id);
    });
  };

  it("an archive the current parser agrees with: nothing changes", () => {
    const r = reparse(archive);
    expect(r).toMatchObject({ articles: 2, changed: 0, unchanged: 2, changes: [] });
  });

  it("a dry run reports what a stale article would change, and writes nothing", () => {
    spoil();
    const r = reparse(archive, {}, { dryRun: true });
    expect(r.changed).toBe(1);
    expect(r.changes[0]).toMatchObject({ id: ferry.id, title: ferry.title });
    expect(r.changes[0]!.fields.title).toEqual({ from: "Old parser headline", to: ferry.title });
    expect(archive.get(ferry.id)!.title).toBe("Old parser headline");
  });

  it("updates fields, body and index in place, keeping the id, and the original stays readable", () => {
    const r = reparse(archive);
    expect(r).toMatchObject({ articles: 2, changed: 1, unchanged: 1 });
    expect(r.fields).toMatchObject({ title: 1, place: 1, body: 1, date: 0 });
    const a = archive.get(ferry.id)!;
    expect(a.title).toBe(ferry.title);
    expect(a.place).toBeNull();
    expect(a.body).toBe(ferry.body);
    // The original is compressed against the body, so it was recompressed with the new one.
    expect(archive.original(ferry.id)).toContain("Skerryvane Ferries");
    expect(search(archive, "Skerryvane").hits.map((h) => h.id)).toEqual([ferry.id]);
    expect(search(archive, "Nowhere", { strict: true }).hits).toEqual([]);
    expect(check(archive).ok).toBe(true);
    expect(reparse(archive).changed).toBe(0);
  });

  it("provenance from an older parser is brought up to date without counting as a change", () => {
    archive.write(() => archive.db.prepare("UPDATE articles SET provenance = '{}' WHERE id = ?").run(ferry.id));
    expect(reparse(archive).changed).toBe(0);
    expect(archive.get(ferry.id)!.provenance.title).toMatchObject({ line: 1 });
  });

  it("filters choose the articles to reparse", () => {
    spoil();
    expect(reparse(archive, { section: "No such section" })).toMatchObject({ articles: 0, changed: 0 });
    expect(reparse(archive)).toMatchObject({ articles: 2, changed: 1 });
  });
});
