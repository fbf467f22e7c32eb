// The start-up bundle (scripts/bundle.mjs): bin/news runs it when the build made it, it answers
// exactly as the modules tsc wrote do, and a bundle older than those modules is passed over.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, assertBuilt, program, type Run } from "../helpers/cli.js";
import { FIXTURES, ROOT } from "../helpers/fixtures.js";

const BUNDLE = join(ROOT, "dist", "bundle", "news.cjs");
const MAIN = join(ROOT, "dist", "cli", "main.js");

/** Runs a script with Node (bin/news, or dist/cli/main.js itself) as users run the command. */
const run = (script: string, args: string[], env: Record<string, string> = {}, input = ""): Promise<Run> => program(process.execPath, [script, ...args], env, input);

/** Whether a run loaded the bundle: Node's module trace names it as the parent of what it requires. */
const ranBundle = (r: Run) => /parent: \S*\/dist\/bundle\/news\.cjs$/m.test(r.stderr);

let dir: string;
let db: string;

beforeAll(async () => {
  assertBuilt();
  if (!existsSync(BUNDLE)) throw new Error("dist/bundle/news.cjs is missing: run `npm run build` (or `npm test`), which bundles after tsc");
  dir = mkdtempSync(join(tmpdir(), "news-bundle-test-"));
  db = join(dir, "a.db");
  const r = await run(MAIN, ["--db", db, "ingest", FIXTURES]);
  expect(r.code, r.stderr).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the start-up bundle", () => {
  it("is what bin/news runs", async () => {
    const r = await run(BIN, ["--db", db, "stats", "--json"], { NODE_DEBUG: "module" });
    expect(r.code).toBe(0);
    expect(ranBundle(r), r.stderr.slice(0, 400)).toBe(true);
  });

  const commands = [
    ["search", "harbour", "--json"],
    ["search", "council OR police", "--limit", "3"],
    ["search", "\"unbalanced"],
    ["list", "--json"],
    ["list"],
    ["show", "1"],
    ["show", "2", "--explain"],
    ["stats", "--json"],
    ["export", "--format", "ndjson"],
    ["timeline", "--json"],
    ["top", "section", "--json"],
    ["show", "999"],
    ["search", "--no-such-option"],
  ];
  it.each(commands)("answers %s … as the modules do, byte for byte, with the same exit status", async (...args) => {
    const [bundled, modules] = await Promise.all([run(BIN, ["--db", db, ...args]), run(MAIN, ["--db", db, ...args])]);
    expect(bundled.stdout).toBe(modules.stdout);
    expect(bundled.stderr).toBe(modules.stderr);
    expect(bundled.code).toBe(modules.code);
  });

  // (Text from standard input is parsed in the command's own thread, by the bundle's copy of the
  // parser: its patterns, their letters past ASCII escaped, must read as the modules' do.)
  it("parses as the modules do, Greek set in capitals among the rest", async () => {
    const greek = ["Το λιμάνι κλείνει για εργασίες βυθοκόρησης", "", "ΔΗΜΟΣΙΕΥΘΗΚΕ: 12/03/2024", "",
      "Ο δήμος ενέκρινε τη Δευτέρα τις εργασίες βυθοκόρησης στο παλιό λιμάνι, που θα διαρκέσουν έως τον Οκτώβριο.", "",
      "Οι ψαράδες που χρησιμοποιούν το λιμάνι κάθε πρωί είπαν ότι περίμεναν δύο χρόνια την απόφαση.", ""].join("\n");
    const texts = [greek, ...["scrape-messy.txt", "headline-first.txt", "front-matter.md"].map((f) => readFileSync(join(FIXTURES, f), "utf8"))];
    for (const [i, text] of texts.entries()) {
      const [bundled, modules] = [join(dir, `b${i}.db`), join(dir, `m${i}.db`)];
      expect((await run(BIN, ["--db", bundled, "ingest", "-"], {}, text)).code).toBe(0);
      expect((await run(MAIN, ["--db", modules, "ingest", "-"], {}, text)).code).toBe(0);
      const fields = async (script: string, db: string) => {
        const { title, date, place, section, author, body } = JSON.parse((await run(script, ["--db", db, "show", "1", "--json"])).stdout) as Record<string, unknown>;
        return { title, date, place, section, author, body };
      };
      expect(await fields(BIN, bundled)).toEqual(await fields(MAIN, modules));
    }
    const { date } = JSON.parse((await run(BIN, ["--db", join(dir, "b0.db"), "show", "1", "--json"])).stdout) as { date: string };
    expect(date).toBe("2024-03-12");
  });

  it("runs from V8's code cache, which it accepts for every command", async () => {
    for (const args of [["search", "harbour", "--json"], ["stats", "--json"], ["list", "--json"]]) {
      const r = await run(BIN, ["--db", db, ...args], { NODE_DEBUG: "news" });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain("code cache accepted");
    }
  });

  it("is passed over when tsc has written the modules since (a copy of the build, its main.js newer)", async () => {
    const copy = mkdtempSync(join(tmpdir(), "news-bundle-stale-"));
    try {
      cpSync(join(ROOT, "bin"), join(copy, "bin"), { recursive: true });
      cpSync(join(ROOT, "dist"), join(copy, "dist"), { recursive: true, preserveTimestamps: true });
      cpSync(join(ROOT, "package.json"), join(copy, "package.json"));
      symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
      expect(readdirSync(join(copy, "dist", "bundle")).some((f) => f.endsWith(".cache"))).toBe(true);
      const fresh = await run(join(copy, "bin", "news"), ["--db", db, "stats", "--json"], { NODE_DEBUG: "module" });
      expect(fresh.stderr).toContain(join(copy, "dist", "bundle", "news.cjs"));
      const later = new Date(Date.now() + 60_000);
      utimesSync(join(copy, "dist", "cli", "main.js"), later, later);
      const stale = await run(join(copy, "bin", "news"), ["--db", db, "stats", "--json"], { NODE_DEBUG: "module" });
      expect(stale.code).toBe(0);
      expect(stale.stderr).not.toContain("news.cjs");
      expect(JSON.parse(stale.stdout)).toEqual(JSON.parse(fresh.stdout));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
