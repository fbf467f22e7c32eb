// A --db value or NEWS_DB that looks like a URL is never taken for a file path (issue 17, item 1):
// `news --db postgres://me@dbhost/news ingest …` once made a folder named `postgres:` in the working
// folder and a SQLite file inside it. Now it is a one-line usage error, exit 2, that creates nothing
// and never shows a password.
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, fails, news } from "../helpers/cli.js";
import { ROOT, tempDir } from "../helpers/fixtures.js";

const tmp = tempDir("news-e2e-dburl-");
const ARCHIVE = join(ROOT, "archive");
afterAll(() => tmp.cleanup());
beforeAll(() => assertBuilt());

const SECRET = "s3cr3t-Pa55";
const POSTGRES = /PostgreSQL archives are not supported by this version of news yet; use a SQLite file path/;
const OTHER = /only a file path is accepted/;

type Case = [name: string, args: (url: string) => string[], via: "flag" | "env"];
const commands: Case[] = [
  ["ingest, --db before the command", (u) => ["--db", u, "ingest", ARCHIVE], "flag"],
  ["ingest, --db after the command", (u) => ["ingest", ARCHIVE, "--db", u], "flag"],
  ["list", (u) => ["--db", u, "list"], "flag"],
  ["search", (u) => ["search", "harbour", "--db", u], "flag"],
  ["ingest through NEWS_DB", () => ["ingest", ARCHIVE], "env"],
  ["stats through NEWS_DB", () => ["stats"], "env"],
];
const urls: Array<[string, RegExp]> = [
  [`postgres://me:${SECRET}@dbhost:5432/news`, POSTGRES],
  [`postgresql://me:${SECRET}@dbhost/news?sslmode=require`, POSTGRES],
  [`POSTGRES://me:${SECRET}@dbhost/news`, POSTGRES],
  [`postgres://me@dbhost/news?password=${SECRET}`, POSTGRES],
  [`mysql://me:${SECRET}@dbhost/news`, OTHER],
  [`https://me:${SECRET}@example.org/news.db`, OTHER],
  [`file://me:${SECRET}@/tmp/news.db`, OTHER],
];

let n = 0;
describe.concurrent("a URL for the archive is a usage error that creates nothing", () => {
  // Every URL once and every command at least once (each run spawns the CLI: kept few).
  const runs = Array.from({ length: Math.max(urls.length, commands.length) }, (_, i) => [urls[i % urls.length]!, commands[i % commands.length]!] as const);
  for (const [[url, message], [name, args, via]] of runs) {
    {
      it(`${url.split(":")[0]}: ${name}`, async () => {
        const cwd = join(tmp.path, `c${n++}`);
        mkdirSync(cwd);
        const r = await news(args(url), { cwd, env: via === "env" ? { NEWS_DB: url } : {} });
        const stderr = fails(r, 2, message);
        expect(stderr).toContain(via === "env" ? "NEWS_DB" : "--db");
        expect(stderr).not.toContain(SECRET);
        if (url.includes(`:${SECRET}@`)) expect(stderr).toContain(":***@");
        expect(readdirSync(cwd), "nothing is created in the working folder").toEqual([]);
        expect(readdirSync(tmp.path).filter((f) => !f.startsWith("c"))).toEqual([]);
      });
    }
  }
});

describe("paths that only look a little like URLs are still paths", () => {
  it("a relative path with a colon is a file", async () => {
    const cwd = join(tmp.path, "plain");
    mkdirSync(cwd);
    const r = await news(["--db", "a:b.db", "ingest", join(ARCHIVE, readdirSync(ARCHIVE).filter((f) => f.endsWith(".txt"))[0]!), "-q"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(cwd)).toContain("a:b.db");
  });
});
