// A shared archive on PostgreSQL as a team uses it (issue 17): copies in both directions that keep
// ids and search alike, two clients ingesting at once, a killed client, a read-only role, and
// passwords that never show. Runs in the vitest project "postgres" against NEWS_TEST_PG_URL.
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { copyArchive } from "../../src/core/copy.js";
import { PG_SCHEMA_VERSION } from "../../src/core/archive/postgres/schema.js";
import { describeArchive as describe, freshDatabase, PG_ADMIN_URL } from "../helpers/backend.js";
import { assertBuilt, BIN, fails, HOME, json, news, ok } from "../helpers/cli.js";
import { ARTICLE_FIXTURES, copyFixtures, DATED, tempDir, writeArticle, writeDated } from "../helpers/fixtures.js";

type Rec = Record<string, unknown>;
const tmp = tempDir("news-e2e-pg-");
const input = join(tmp.path, "in");
const total = ARTICLE_FIXTURES.length + DATED.length;
afterAll(() => tmp.cleanup());

async function sql(url: string, text: string, params: unknown[] = []): Promise<Rec[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Rec[];
  } finally {
    await client.end();
  }
}

/** The URL with another user and password. */
function as(url: string, user: string, password: string | null): string {
  const u = new URL(url);
  u.username = user;
  u.password = password ?? "";
  return u.toString();
}

const listIds = async (db: string) => json<Rec[]>(ok(await news(["--db", db, "list", "--articles", "--json", "--limit", "0"]))).map((a) => [a.id, a.hash]);
const searchIds = async (db: string, q: string) => json<Rec[]>(ok(await news(["--db", db, "search", "--articles", "--json", "--", q]))).map((a) => a.id);

describe("a shared archive on PostgreSQL", () => {
  let db: string;
  beforeAll(async () => {
    assertBuilt();
    copyFixtures(input);
    writeDated(join(input, "dated"));
    db = await freshDatabase("shared");
    ok(await news(["--db", db, "ingest", input, "-q"]));
  });

  it("copies to an SQLite file and back, keeping ids, hashes and what search finds", async () => {
    const file = join(tmp.path, "copy.db");
    ok(await news(["--db", db, "copy", file]));
    const back = await freshDatabase("back");
    ok(await news(["--db", file, "copy", back]));
    const ids = await listIds(db);
    expect(ids).toHaveLength(total);
    expect(await listIds(file)).toEqual(ids);
    expect(await listIds(back)).toEqual(ids);
    for (const q of ["harbour", "ferry OR bridge", '"city council"', "title:ferry", "-ferry"]) {
      const want = await searchIds(db, q);
      expect(await searchIds(file, q), q).toEqual(expect.arrayContaining(want));
      expect((await searchIds(file, q)).length, q).toBe(want.length);
      expect(await searchIds(back, q), q).toEqual(want);
    }
    // A new article after the copy takes the next id, not one already used.
    writeArticle(join(tmp.path, "later.md"), { title: "A later article on the ferry timetable" }, "The ferry timetable changes next week, the operator said on Monday.");
    const added = json<{ files: Array<{ id: number }> }>(ok(await news(["--db", back, "ingest", join(tmp.path, "later.md"), "--json"])));
    expect(added.files[0]!.id).toBeGreaterThan(Math.max(...ids.map(([id]) => id as number)));
  });

  it("a copy into a database stopped part way is refused by other commands, and goes on when run again", async () => {
    const file = join(tmp.path, "resume-source.db");
    ok(await news(["--db", db, "copy", file]));
    const target = await freshDatabase("resume");
    const source = Archive.open(file, { write: false });
    try {
      let batches = 0;
      const stop = () => {
        if (++batches === 3) throw new Error("stopped");
      };
      expect(() => copyArchive(source, file, target, { batchRows: 5, onProgress: stop })).toThrow("stopped");
    } finally {
      source.close();
    }
    fails(await news(["--db", target, "list"]), 1, /unfinished 'news copy'/);
    const report = json<Rec>(ok(await news(["--db", file, "copy", target, "--json"])));
    expect(report.resumed).toBe(true);
    expect(await listIds(target)).toEqual(await listIds(file));
    ok(await news(["--db", target, "check"]));
  });

  it("two clients ingesting the same files at once store each text once", async () => {
    const shared = await freshDatabase("two");
    const run = () => news(["--db", shared, "ingest", input, "--json"]);
    const [a, b] = await Promise.all([run(), run()]);
    const ra = json<Rec>(ok(a));
    const rb = json<Rec>(ok(b));
    expect((ra.added as number) + (rb.added as number)).toBe(total);
    expect((ra.failed as number) + (rb.failed as number)).toBe(0);
    const rows = await sql(shared, "SELECT count(*)::int AS n, count(DISTINCT hash)::int AS texts FROM articles");
    expect(rows[0]).toEqual({ n: total, texts: total });
    ok(await news(["--db", shared, "check"]));
  });

  it("a killed ingest leaves no half article, and the next run adds the rest", async () => {
    const many = join(tmp.path, "many");
    mkdirSync(many);
    for (let i = 0; i < 400; i++) {
      writeArticle(join(many, `a${i}.md`), { title: `Harbour notice number ${i}` }, `Notice ${i}: the harbour master said berth ${i} would close for repairs on day ${i}.`);
    }
    const killed = await freshDatabase("killed");
    const child = spawn(process.execPath, [BIN, "--db", killed, "ingest", many], { env: { ...process.env, HOME }, stdio: "ignore" });
    const closed = new Promise((r) => child.on("close", r));
    await new Promise((r) => setTimeout(r, 2500));
    child.kill("SIGKILL");
    await closed;
    const [state] = await sql(
      killed,
      `SELECT (SELECT count(*) FROM articles)::int AS articles,
              (SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles_fts f WHERE f.id = a.id)
                 OR NOT EXISTS (SELECT 1 FROM files f WHERE f.article_id = a.id)
                 OR NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.id))::int AS half`,
    ).catch(() => [{ articles: 0, half: 0 }]);
    expect(state!.half).toBe(0);
    const report = json<Rec>(ok(await news(["--db", killed, "ingest", many, "--json"])));
    expect((report.added as number) + (report.unchanged as number)).toBe(400);
    expect(report.failed).toBe(0);
    ok(await news(["--db", killed, "check"]));
  });

  it("reads through a role that may only SELECT; a write says why it cannot", async () => {
    const reader = `news_reader_${process.pid}`;
    const dbName = new URL(db).pathname.slice(1);
    await sql(PG_ADMIN_URL, `DROP ROLE IF EXISTS ${reader}`);
    await sql(PG_ADMIN_URL, `CREATE ROLE ${reader} LOGIN PASSWORD 'reader-pw-42'`);
    await sql(db, `GRANT USAGE ON SCHEMA public TO ${reader}; GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${reader}`);
    await sql(PG_ADMIN_URL, `GRANT CONNECT ON DATABASE ${dbName} TO ${reader}`);
    const ro = as(db, reader, "reader-pw-42");
    for (const args of [["list"], ["search", "harbour"], ["show", "1"], ["stats"], ["top", "section"], ["timeline"], ["export", "--format", "ndjson"], ["check"]]) {
      const r = await news(["--db", ro, ...args]);
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
    }
    const stderr = fails(await news(["--db", ro, "rm", "1"]), 1, /PostgreSQL did not allow it|read-only/);
    expect(stderr).not.toContain("reader-pw-42");
    expect(json<Rec[]>(ok(await news(["--db", db, "list", "--articles", "--json", "--limit", "0"])))).toHaveLength(total);
  });

  it("never shows a password; PGPASSWORD and ~/.pgpass work as libpq users expect", async () => {
    const user = `news_writer_${process.pid}`;
    const secret = "Wr1ter-Secret-9";
    await sql(PG_ADMIN_URL, `DROP ROLE IF EXISTS ${user}`);
    await sql(PG_ADMIN_URL, `CREATE ROLE ${user} LOGIN CREATEDB PASSWORD '${secret}'`);
    const own = await freshDatabase("own");
    await sql(PG_ADMIN_URL, `ALTER DATABASE ${new URL(own).pathname.slice(1)} OWNER TO ${user}`);
    await sql(own, `ALTER SCHEMA public OWNER TO ${user}`);
    const withSecret = as(own, user, secret);
    const r = ok(await news(["--db", withSecret, "--verbose", "ingest", join(input, "dated")]));
    expect(r.stdout + r.stderr).not.toContain(secret);
    const stats = ok(await news(["--db", withSecret, "stats", "--json"]));
    expect(stats.stdout).not.toContain(secret);
    expect(stats.stdout).toContain(":***@");
    // A wrong password: refused in one line that names the archive without the password.
    const wrong = fails(await news(["--db", as(own, user, "not-it"), "list"]), 1, /PostgreSQL refused/);
    expect(wrong).not.toContain("not-it");
    expect(wrong.trim().split("\n")).toHaveLength(1);
    // No password in the URL: PGPASSWORD, then ~/.pgpass.
    const bare = as(own, user, null);
    ok(await news(["--db", bare, "list"], { env: { PGPASSWORD: secret } }));
    const home = join(tmp.path, "home");
    mkdirSync(home, { recursive: true });
    const u = new URL(own);
    writeFileSync(join(home, ".pgpass"), `${u.hostname}:${u.port}:*:${user}:${secret}\n`);
    chmodSync(join(home, ".pgpass"), 0o600);
    ok(await news(["--db", bare, "list"], { env: { HOME: home, PGPASSWORD: undefined } }));
  });

  it("an archive of an older schema (4) has its French and Russian articles, and its summaries, indexed again on first open", async () => {
    const db = await freshDatabase("older");
    const folder = join(tmp.path, "fr");
    mkdirSync(folder, { recursive: true });
    writeArticle(join(folder, "isme.md"), { title: "Les communes contre le racisme" }, "Le conseil municipal a adopté mardi un plan contre l'antisémitisme et le racisme dans les écoles de la ville.");
    writeArticle(join(folder, "ite.md"), { title: "Un tract jugé antisémite" }, "La police enquête sur un tract antisémite distribué lundi devant la mairie, selon le maire de la commune.");
    writeArticle(join(folder, "ru.md"), { title: "Особенности городского бюджета" }, "Особенности нового городского бюджета депутаты обсуждали во вторник на заседании совета в здании мэрии.");
    // A wire story with highlights, whose words are in its summary alone (indexed since schema 10).
    writeFileSync(join(folder, "harbour.story"), "(Example) -- The harbour board voted on Tuesday to dredge the old ferry channel, which has silted up over ten years.\n\n@highlight\n\nKittiwakes nesting on the slip will be moved first\n");
    ok(await news(["--db", db, "ingest", folder]));
    expect(json<Rec[]>(ok(await news(["--db", db, "search", "--json", "kittiwakes"]))).map((h) => h.title)).toHaveLength(1);
    await sql(db, "DELETE FROM articles_fts WHERE id = (SELECT id FROM articles WHERE summary IS NOT NULL)");
    // As schema 4 indexed them: Snowball's stems, "antisémitisme" and "antisémite" both "antisemit",
    // "особенности" "особен".
    await sql(db, "UPDATE articles_fts SET terms = ts_delete(terms, ARRAY['antisemitismeǂfr', 'antisemiteǂfr']) || 'antisemitǂfr:5'::tsvector");
    await sql(db, "UPDATE articles_fts SET terms = ts_delete(terms, ARRAY['особенностǂru']) || 'особенǂru:1'::tsvector");
    await sql(db, "UPDATE news_archive SET value = '4' WHERE key = 'schema'");
    const titles = async (q: string) => json<Rec[]>(ok(await news(["--db", db, "search", "--json", q]))).map((h) => h.title);
    expect(await titles("antisémitisme")).toEqual(["Les communes contre le racisme"]);
    expect(await titles("antisémites")).toEqual(["Un tract jugé antisémite"]);
    expect(await titles("особенность")).toEqual(["Особенности городского бюджета"]);
    expect(await titles("kittiwakes")).toHaveLength(1);
    expect(await sql(db, "SELECT value FROM news_archive WHERE key = 'schema'")).toEqual([{ value: String(PG_SCHEMA_VERSION) }]);
    // Schema 8's impact tokens, which ranked pages are read by.
    expect(await sql(db, "SELECT bool_or(u.lexeme LIKE '|%|%') AS tokens FROM articles_fts, unnest(terms) u")).toEqual([{ tokens: true }]);
  });

  it("finds a page by its words outside the story as SQLite does, and an archive of schema 10 gets them on first open", async () => {
    const folder = join(tmp.path, "page");
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, "page.txt"),
      "Home | News | Weather\n\nFerry to sail twice a day from May\n\nThe island ferry will sail twice a day from May, the harbour board said on Tuesday, after a winter of single crossings.\n\nThe board said the timetable would be kept under review for a year.\n\nMost read\n\n1. Kittiwakes nest again on the old harbour wall\n",
    );
    writeArticle(join(folder, "birds.md"), { title: "Kittiwakes return to the cliffs" }, "Kittiwakes have returned to the cliffs above the bay for the first time in ten years. The kittiwakes were driven away by a rock fall.");
    const pgDb = await freshDatabase("page");
    const file = join(tmp.path, "page.db");
    ok(await news(["--db", pgDb, "ingest", folder, "-q"]));
    ok(await news(["--db", file, "ingest", folder, "-q"]));
    const titles = async (where: string, q: string) => json<Rec[]>(ok(await news(["--db", where, "search", "--json", "--", q]))).map((h) => h.title);
    const both = ["Kittiwakes return to the cliffs", "Ferry to sail twice a day from May"];
    expect(await titles(file, "kittiwakes")).toEqual(both);
    expect(await titles(pgDb, "kittiwakes")).toEqual(both);
    expect(await titles(pgDb, '"review kittiwakes"')).toEqual([]);
    expect(await titles(pgDb, '"nest again old wall"')).toEqual(await titles(file, '"nest again old wall"'));
    expect(await titles(file, '"nest again old wall"')).toEqual([]);
    // As schema 10 left it: the page's index row without those words.
    await sql(pgDb, "UPDATE articles_fts SET terms = ts_delete(terms, ARRAY['kittiwak', 'kittiwakǂen']) WHERE id = (SELECT id FROM articles WHERE title LIKE 'Ferry%')");
    await sql(pgDb, "UPDATE news_archive SET value = '10' WHERE key = 'schema'");
    expect(await sql(pgDb, "SELECT count(*)::int AS n FROM articles_fts WHERE terms @@ 'kittiwakǂen'::tsquery")).toEqual([{ n: 1 }]);
    expect(await titles(pgDb, "kittiwakes")).toEqual(both);
    expect(await sql(pgDb, "SELECT value FROM news_archive WHERE key = 'schema'")).toEqual([{ value: String(PG_SCHEMA_VERSION) }]);
  });

  it("ranks a page as BM25 over every match does (and SQLite), reading only the matches that can make it", async () => {
    // 160 articles with "lighthouse" once to many times, in the headline or not, short and long,
    // and "keeper" in some: more matches than a page, so the impact tokens choose what is read.
    const folder = join(tmp.path, "ranked");
    mkdirSync(folder, { recursive: true });
    const filler = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `word${(i * 7 + seed) % 97}`).join(" ");
    for (let i = 0; i < 160; i++) {
      const times = 1 + (i % 9);
      const title = i % 11 === 0 ? `Lighthouse report ${i}` : `Coastal report ${i}`;
      const keeper = i % 3 === 0 ? " The keeper spoke." : "";
      writeArticle(join(folder, `r${i}.md`), { title }, `${filler(20 + ((i * 37) % 400), i)} ${"lighthouse ".repeat(times)}${keeper} ${filler(10 + (i % 13), i + 1)}.`);
    }
    const pgDb = await freshDatabase("ranked");
    const file = join(tmp.path, "ranked.db");
    ok(await news(["--db", pgDb, "ingest", folder, "-q"]));
    ok(await news(["--db", file, "ingest", folder, "-q"]));
    const titles = async (where: string, q: string, ...more: string[]) =>
      json<Rec[]>(ok(await news(["--db", where, "search", "--articles", "--json", ...more, "--", q]))).map((h) => h.title);
    const queries = [["lighthouse"], ["lighthouse keeper"], ["lighthouse", "--limit", "5", "--offset", "10"], ["title:lighthouse OR keeper"]];
    for (const [q, ...more] of queries) {
      const want = await titles(file, q!, ...more);
      expect(want.length, q).toBeGreaterThan(0);
      expect(await titles(pgDb, q!, ...more), q).toEqual(want);
    }
    // An archive of schema 7 (no impact tokens), read through a role that may not upgrade it:
    // every match is read, and the pages are the same.
    await sql(pgDb, "UPDATE articles_fts SET terms = ts_delete(terms, ARRAY(SELECT lexeme FROM unnest(terms) WHERE lexeme LIKE '|%'))");
    await sql(pgDb, "UPDATE news_archive SET value = '7' WHERE key = 'schema'");
    const reader = `news_ranker_${process.pid}`;
    await sql(PG_ADMIN_URL, `DROP ROLE IF EXISTS ${reader}`);
    await sql(PG_ADMIN_URL, `CREATE ROLE ${reader} LOGIN PASSWORD 'ranker-pw-42'`);
    await sql(pgDb, `GRANT USAGE ON SCHEMA public TO ${reader}; GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${reader}`);
    await sql(PG_ADMIN_URL, `GRANT CONNECT ON DATABASE ${new URL(pgDb).pathname.slice(1)} TO ${reader}`);
    for (const [q, ...more] of queries) expect(await titles(as(pgDb, reader, "ranker-pw-42"), q!, ...more), q).toEqual(await titles(file, q!, ...more));
    expect(await sql(pgDb, "SELECT value FROM news_archive WHERE key = 'schema'")).toEqual([{ value: "7" }]);
  });

  it("refuses another program's database, and an empty one for reading", async () => {
    const other = await freshDatabase("other");
    await sql(other, "CREATE TABLE invoices (id int)");
    fails(await news(["--db", other, "ingest", input]), 1, /another program/);
    const empty = await freshDatabase("empty");
    fails(await news(["--db", empty, "list"]), 1, /no archive at/);
    expect(await sql(empty, "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).toEqual([{ n: 0 }]);
  });
});
