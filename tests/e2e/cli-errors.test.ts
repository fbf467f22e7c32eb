// Exit statuses and error messages (CONTRACT.md, "Exit status"): 1 for runtime failures, 2 for usage
// errors, each error one `news: ` line on stderr with no stack trace, and nothing on stdout.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, expectIngestReport, fails, HOME, json, news, ok, type IngestReportJson } from "../helpers/cli.js";
import { tempDir, writeArticle } from "../helpers/fixtures.js";

const tmp = tempDir("news-e2e-errors-");
const db = join(tmp.path, "news.db");
const cli = (...args: string[]) => news(["--db", db, ...args]);

beforeAll(async () => {
  assertBuilt();
  const dir = join(tmp.path, "in");
  mkdirSync(dir);
  writeArticle(join(dir, "one.md"), { title: "Harbour dredging ends", date: "2017-02-06" }, "The harbour dredging project ended on Monday.");
  writeArticle(join(dir, "two.md"), { title: "Harbour tolls rise", date: "2017-03-01" }, "Harbour tolls will rise by five percent.");
  ok(await cli("ingest", dir, "-q"));
});
afterAll(() => tmp.cleanup());

describe.concurrent("usage errors exit 2", () => {
  const cases: Array<[string, string[], RegExp?]> = [
    ["unknown command", ["serach", "harbour"], /unknown command/],
    ["unknown flag after the command", ["list", "--bogus"], /--bogus/],
    ["unknown flag before the command", ["--bogus", "list"], /--bogus/],
    ["--limit not a number", ["list", "--limit", "ten"], /--limit/],
    ["--limit negative", ["search", "harbour", "--limit", "-1"], /--limit/],
    ["--since not a date", ["list", "--since", "yesterday"], /--since/],
    ["--since month 13", ["search", "harbour", "--since", "2017-13"], /--since/],
    ["--until 30 February", ["list", "--until", "2017-02-30"], /--until/],
    ["--since after --until", ["list", "--since", "2018", "--until", "2017"], /--since/],
    ["--since on export", ["export", "--since", "soon"], /--since/],
    ["--format unknown for list", ["list", "--format", "xml"], /--format|xml/],
    ["--format unknown for export", ["export", "--format", "xml"], /--format|xml/],
    ["--format unknown for stats", ["stats", "--format", "xml"], /--format|xml/],
    ["--sort unknown", ["search", "harbour", "--sort", "best"], /--sort/],
    ["--raw: unbalanced parenthesis", ["search", "--raw", "harbour AND ("], /raw/],
    ["--raw: dangling operator", ["search", "--raw", "AND harbour"], /raw/],
    ["--raw: unterminated string", ["search", "--raw", '"harbour'], /raw/],
    ["--raw: unknown column", ["search", "--raw", "nosuchcolumn:harbour"], /raw/],
    ["search without a query", ["search"], /query/],
    ["ingest without a path", ["ingest"], /path/],
    ["standard input twice", ["ingest", "-", "-"], /standard input|-/],
    ["show with a reference that is not an id or hash", ["show", "harbour"], /harbour/],
    ["show with a hash prefix under 6 digits", ["show", "abc12"], /6/],
    ["rm with a bad reference", ["rm", "xyz"], /xyz/],
  ];

  it.each(cases)("%s", async (_name, args, message) => {
    fails(await cli(...args), 2, message);
  });

  it("--raw accepts valid FTS5 syntax (over the analysed terms, so a stem is a prefix)", async () => {
    const hits = json<Array<{ title: string }>>(ok(await cli("search", "--raw", "harbour* AND (toll* OR dredg*)", "--json")));
    expect(hits.map((h) => h.title).sort()).toEqual(["Harbour dredging ends", "Harbour tolls rise"]);
  });
});

describe.concurrent("runtime failures exit 1", () => {
  it("an article that is not there, by id and by hash prefix", async () => {
    fails(await cli("show", "424242"), 1, /424242/);
    const list = json<Array<{ hash: string }>>(ok(await cli("list", "--articles", "--json")));
    const absent = ["000000", "ffffff", "123abc"].find((p) => !list.some((a) => a.hash.startsWith(p)))!;
    fails(await cli("show", absent), 1, new RegExp(absent));
    fails(await cli("rm", "424242"), 1, /424242/);
  });

  it("an archive file that is not an archive is refused and left as it is", async () => {
    const notDb = join(tmp.path, "notes.txt");
    writeFileSync(notDb, "my shopping list\n");
    for (const args of [["list"], ["search", "x"], ["stats"], ["ingest", join(tmp.path, "in")]]) {
      fails(await news(["--db", notDb, ...args]), 1, /not a news archive|not an SQLite/);
    }
    expect(readFileSync(notDb, "utf8")).toBe("my shopping list\n");
    fails(await news(["--db", tmp.path, "list"]), 1, /folder/);
  });

  it("any file that failed to ingest: exit 1, the others are still ingested, the report still printed", async () => {
    const dbFail = join(tmp.path, "fail.db");
    const good = join(tmp.path, "good.md");
    writeArticle(good, { title: "Pier reopens" }, "The pier reopened to visitors after storm repairs.");
    const r = await news(["--db", dbFail, "ingest", join(tmp.path, "missing.txt"), good, "--json"]);
    expect(r.code).toBe(1);
    const report = json<IngestReportJson>(r);
    expectIngestReport(report);
    expect(report.files.map((f) => f.status)).toEqual(["failed", "added"]);
    expect(report.files[0]!.reason).toMatch(/\w/);
    expect(r.stderr).toContain("missing.txt");
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(json<unknown[]>(ok(await news(["--db", dbFail, "list", "--json"])))).toHaveLength(1);
  });

  it("skipped files (empty, binary) are not failures: exit 0", async () => {
    const dbSkip = join(tmp.path, "skip.db");
    const empty = join(tmp.path, "empty.txt");
    writeFileSync(empty, "");
    const report = json<IngestReportJson>(ok(await news(["--db", dbSkip, "ingest", empty, "--json"])));
    expect(report.files[0]!.status).toBe("skipped");
  });
});

describe.concurrent("a read command on a missing archive", () => {
  const commands: Array<[string, string[]]> = [
    ["list", ["list"]],
    ["list --json", ["list", "--json"]],
    ["search", ["search", "harbour", "--json"]],
    ["show", ["show", "1"]],
    ["export", ["export", "--format", "json"]],
    ["stats", ["stats", "--json"]],
    ["rm", ["rm", "1"]],
  ];

  it.each(commands)("%s: says so, exits 1 and creates no file or folder", async (_name, args) => {
    const where = tempDir("news-missing-");
    try {
      const path = join(where.path, "sub", "news.db");
      fails(await news(["--db", path, ...args]), 1, /no archive/);
      expect(readdirSync(where.path)).toEqual([]);
    } finally {
      where.cleanup();
    }
  });

  it("nor at NEWS_DB or the default location ($XDG_DATA_HOME/news/news.db)", async () => {
    const viaEnv = join(tmp.path, "env", "news.db");
    fails(await news(["search", "harbour"], { env: { NEWS_DB: viaEnv } }), 1, /no archive/);
    expect(existsSync(join(tmp.path, "env"))).toBe(false);
    const xdg = join(HOME, "xdg-missing");
    fails(await news(["list"], { env: { XDG_DATA_HOME: xdg } }), 1, /no archive/);
    expect(existsSync(xdg)).toBe(false);
  });
});

describe("stack traces", () => {
  it("only with --verbose", async () => {
    const plain = await cli("list", "--since", "x");
    fails(plain, 2);
    const verbose = await cli("list", "--since", "x", "--verbose");
    expect(verbose.code).toBe(2);
    expect(verbose.stderr.split("\n")[0]).toMatch(/^news: /);
  });
});
