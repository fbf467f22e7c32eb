// bin/news as people type it: help and version, where the archive lives, colour, hostile text,
// punctuation in searches, hash prefixes, and a reader that closes the pipe early.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepare } from "../../src/core/decode.js";
import { ANSI, assertBuilt, expectHit, fails, json, news, ok, shell } from "../helpers/cli.js";
import { ROOT, tempDir, writeDated } from "../helpers/fixtures.js";

type Rec = Record<string, unknown>;

const tmp = tempDir("news-e2e-usage-");
const db = join(tmp.path, "news.db");
const cli = (...args: string[]) => news(["--db", db, ...args]);
const ESC = "\x1b";
const HOSTILE_TITLE = `Ferry ${ESC}]0;pwned${ESC}\\ timetable ${ESC}[2J${ESC}[31mchanged`;

/** Two different texts whose hashes share their first six hex digits (a birthday search). */
function collidingTexts(): [string, string] {
  const seen = new Map<string, string>();
  for (let i = 0; ; i++) {
    const text = `Tide table ${i}\n\nThe tide table for week ${i} was published by the harbour office on Friday.\n`;
    const p = prepare(Buffer.from(text));
    if (!p.ok) throw new Error(p.reason);
    const key = p.hash.slice(0, 6);
    const other = seen.get(key);
    if (other !== undefined) return [other, text];
    seen.set(key, text);
  }
}

let collision: { prefix: string };
/** Every article in the shared archive, as `list --json` prints it, by file name. */
let byFile: Map<string, Rec>;

beforeAll(async () => {
  assertBuilt();
  const dir = writeDated(join(tmp.path, "in"));
  writeFileSync(join(dir, "hostile.txt"), `${HOSTILE_TITLE}\n\nThe ferry ${ESC}[5mtimetable${ESC}[0m changes on Monday, the operator said.\n`);
  const [a, b] = collidingTexts();
  writeFileSync(join(dir, "tide-a.txt"), a);
  writeFileSync(join(dir, "tide-b.txt"), b);
  collision = { prefix: (prepare(Buffer.from(a)) as { hash: string }).hash.slice(0, 6) };
  ok(await cli("ingest", dir, "-q"));
  const rows = json<Rec[]>(ok(await cli("list", "--articles", "--json", "--limit", "0")));
  byFile = new Map(rows.map((r) => [(r.path as string).split("/").pop()!, r]));
});
afterAll(() => tmp.cleanup());

describe.concurrent("help and version", () => {
  it("--version prints the package version", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const r = ok(await news(["--version"]));
    expect(r.stdout.trim()).toBe(version);
  });

  it("--help lists every command, with examples", async () => {
    const r = ok(await news(["--help"]));
    for (const cmd of ["ingest", "list", "search", "show", "export", "stats", "rm"]) expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, "m"));
    expect(r.stdout).toContain("Examples");
    expect(r.stdout).toContain("--db");
  });

  it.each(["ingest", "list", "search", "show", "export", "stats", "rm"])("news %s --help: usage and examples", async (cmd) => {
    const r = ok(await news([cmd, "--help"]));
    expect(r.stdout).toContain(`news ${cmd}`);
    expect(r.stdout).toContain("Examples");
  });

  it("the shared filters are documented on list, search and export", async () => {
    const [list, search, exp] = await Promise.all(["list", "search", "export"].map((c) => news([c, "--help"])));
    for (const r of [list!, search!, exp!]) {
      for (const flag of ["--since", "--until", "--section", "--source", "--place", "--tag", "--limit", "--offset"]) expect(r.stdout).toContain(flag);
    }
    expect(search!.stdout).toContain("--sort");
  });
});

describe.concurrent("where the archive lives", () => {
  it("--db before or after the command name", async () => {
    const before = json<Rec[]>(ok(await news(["--db", db, "list", "--articles", "--json"])));
    const after = json<Rec[]>(ok(await news(["list", "--articles", "--json", "--db", db])));
    expect(after).toEqual(before);
    expect(before.length).toBeGreaterThan(10);
    const hits = json<Rec[]>(ok(await news(["search", "harbour", "--db", db, "--json"])));
    expect(hits.length).toBeGreaterThan(0);
  });

  it("--db after the paths of ingest", async () => {
    const other = join(tmp.path, "after.db");
    ok(await news(["ingest", join(tmp.path, "in", "alpha.md"), "--db", other, "-q"]));
    expect(json<Rec[]>(ok(await news(["list", "--json", "--db", other])))).toHaveLength(1);
  });

  it("NEWS_DB, and --db over NEWS_DB", async () => {
    const viaEnv = json<Rec[]>(ok(await news(["list", "--articles", "--json"], { env: { NEWS_DB: db } })));
    expect(viaEnv.length).toBeGreaterThan(10);
    const overridden = json<Rec[]>(ok(await news(["list", "--articles", "--json", "--db", db], { env: { NEWS_DB: join(tmp.path, "nowhere.db") } })));
    expect(overridden).toEqual(viaEnv);
  });

  it("$XDG_DATA_HOME/news/news.db, else ~/.local/share/news/news.db, folders created on first write", async () => {
    const xdg = join(tmp.path, "xdg");
    ok(await news(["ingest", join(tmp.path, "in", "bravo.md"), "-q"], { env: { XDG_DATA_HOME: xdg } }));
    expect(existsSync(join(xdg, "news", "news.db"))).toBe(true);
    const home = join(tmp.path, "home");
    mkdirSync(home);
    ok(await news(["ingest", join(tmp.path, "in", "bravo.md"), "-q"], { env: { XDG_DATA_HOME: undefined, HOME: home } }));
    expect(existsSync(join(home, ".local", "share", "news", "news.db"))).toBe(true);
  });
});

describe.concurrent("colour", () => {
  it("is used when forced (so the checks below mean something)", async () => {
    const r = ok(await cli("list"));
    expect(r.stdout).not.toMatch(ANSI);
    const forced = ok(await news(["--db", db, "list"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }));
    expect(forced.stdout).toMatch(ANSI);
  });

  it.each([
    ["list", ["list"]],
    ["search", ["search", "harbour"]],
    ["show", ["show", "1"]],
    ["stats", ["stats"]],
  ])("%s: none with --no-color (before or after the command) or NO_COLOR", async (_name, args) => {
    // One way each, spread over the commands: --no-color after, before, and NO_COLOR.
    const forced = { NO_COLOR: undefined, FORCE_COLOR: "1" };
    const runs = await Promise.all([
      news(["--db", db, ...args, "--no-color"], { env: forced }),
      args[0] === "list" ? news(["--no-color", "--db", db, ...args], { env: forced }) : null,
      args[0] === "search" || args[0] === "show" ? news(["--db", db, ...args], { env: { NO_COLOR: "1", FORCE_COLOR: "1" } }) : null,
    ]);
    for (const r of runs) {
      if (r === null) continue;
      ok(r);
      expect(r.stdout.length).toBeGreaterThan(0);
      expect(r.stdout).not.toContain(ESC);
      expect(r.stderr).not.toContain(ESC);
    }
  });
});

describe.concurrent("control characters in articles never reach the terminal raw", () => {
  const hostileId = () => byFile.get("hostile.txt")!.id as number;

  it.each([
    ["list", () => ["list", "--limit", "0"]],
    ["search", () => ["search", "ferry"]],
  ])("%s", async (_name, args) => {
    for (const env of [{}, { NO_COLOR: undefined, FORCE_COLOR: "1" }]) {
      const r = ok(await news(["--db", db, ...args()], { env }));
      expect(r.stdout).not.toMatch(/\x1b\]|\x1b\[2J|\x1b\[31m|\x1b\[5m/);
      if (!("FORCE_COLOR" in env)) expect(r.stdout).not.toContain(ESC);
    }
  });

  it("show", async () => {
    const id = String(hostileId());
    const r = ok(await cli("show", id));
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toContain("timetable");
  });

  it("JSON keeps the data but escapes it", async () => {
    const r = ok(await cli("show", String(hostileId()), "--json"));
    expect(r.stdout).not.toContain(ESC);
    expect(json<Rec>(r).title).toMatch(/Ferry/);
  });
});

describe.concurrent("search never fails on punctuation", () => {
  const queries = ["U.S.", "C++", "don't", "AT&T", "50%", "e-mail", '"unbalanced', "(((", "-", "*", '""', "title:", "😀", "مرحبا بالعالم", "AND OR NOT", "harbour*"];

  it.each(queries)("%s", async (q) => {
    const r = await cli("search", "--json", "--", q);
    ok(r);
    const hits = json<unknown[]>(r);
    expect(Array.isArray(hits)).toBe(true);
    for (const h of hits) expectHit(h);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("as a table and in export too", async () => {
    const runs = await Promise.all([cli("search", "(((", "C++", '"unbalanced'), cli("export", "AT&T", "50%")]);
    for (const r of runs) ok(r);
  });
});

describe.concurrent("show by hash prefix", () => {
  it("a unique prefix of 6+ hex digits, in either case, is the article", async () => {
    const a = byFile.get("alpha.md");
    const hash = a!.hash as string;
    for (const ref of [hash.slice(0, 6), hash.slice(0, 12).toUpperCase(), hash]) {
      expect(json<Rec>(ok(await cli("show", ref, "--json"))).id, ref).toBe(a!.id);
    }
  });

  it("a prefix under 6 digits is a usage error", async () => {
    fails(await cli("show", "abcde"), 2, /6/);
  });

  it("an ambiguous prefix fails and says to give more digits", async () => {
    const r = await cli("show", collision.prefix);
    expect([1, 2]).toContain(r.code);
    fails(r, r.code as 1 | 2, /several|ambiguous|more digits/i);
    // Longer prefixes tell them apart.
    const both = [byFile.get("tide-a.txt")!, byFile.get("tide-b.txt")!];
    expect(both[0]!.hash).not.toBe(both[1]!.hash);
    for (const t of both) {
      expect(json<Rec>(ok(await cli("show", (t.hash as string).slice(0, 16), "--json"))).id).toBe(t.id);
    }
  });
});

describe("a big archive: closed pipes and default limits", () => {
  const bigDb = join(tmp.path, "big.db");

  beforeAll(async () => {
    // About 1 MB of NDJSON: far more than a pipe holds.
    const dir = join(tmp.path, "big");
    mkdirSync(dir);
    const para = "The harbour board met again on Tuesday to discuss the long-delayed plans for the new breakwater, which engineers say must be finished before the winter storms arrive.";
    for (let i = 0; i < 600; i++) writeFileSync(join(dir, `story-${String(i).padStart(4, "0")}.txt`), `Harbour board meeting number ${i}\n\n${para} (${i})\n\n${para}\n\n${para}\n`);
    ok(await news(["--db", bigDb, "ingest", dir, "-q"]));
  });

  it.each([
    ["export --format ndjson | head -1", "export --format ndjson", "head -1"],
    ["export --format json | head -c 100", "export --format json", "head -c 100"],
    ["list --limit 0 --json | head -1", "list --limit 0 --json", "head -1"],
  ])("%s ends quietly with status 0", async (_name, command, reader) => {
    const r = await shell(`news --db "$DB" ${command} | ${reader}; echo "news-status=\${PIPESTATUS[0]}" >&2`, { DB: bigDb });
    expect(r.stderr.trim()).toBe("news-status=0");
    expect(r.stdout.length).toBeGreaterThan(0);
    if (command.startsWith("export --format ndjson")) expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });

  it("default limits: list 50, search 20; --limit 0 and export have none", async () => {
    const [list, search, all, exported] = await Promise.all([
      news(["--db", bigDb, "list", "--articles", "--json"]),
      news(["--db", bigDb, "search", "harbour", "--articles", "--json"]),
      news(["--db", bigDb, "search", "harbour", "--articles", "--json", "--limit", "0"]),
      news(["--db", bigDb, "export", "--format", "json"]),
    ]);
    expect(json<unknown[]>(ok(list))).toHaveLength(50);
    expect(json<unknown[]>(ok(search))).toHaveLength(20);
    expect(json<unknown[]>(ok(all))).toHaveLength(600);
    expect(json<{ articles: unknown[] }>(ok(exported)).articles).toHaveLength(600);
  });

  it("with pipefail, the whole pipeline succeeds", async () => {
    const r = await shell(`set -o pipefail; news --db "$DB" export --format ndjson | head -1 >/dev/null`, { DB: bigDb });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });
});
