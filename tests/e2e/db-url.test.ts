// A --db value or NEWS_DB that looks like a URL is never taken for a file path (issue 17, item 1):
// `news --db postgres://me@dbhost/news ingest …` once made a folder named `postgres:` in the working
// folder and a SQLite file inside it. Now a PostgreSQL URL is an archive on that server (here one that
// cannot be reached: a one-line error, exit 1), any other URL a usage error, exit 2; neither creates
// anything, and neither shows a password.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, baseEnv, BIN, fails, HOME, news } from "../helpers/cli.js";
import { ROOT, tempDir } from "../helpers/fixtures.js";

const tmp = tempDir("news-e2e-dburl-");
const ARCHIVE = join(ROOT, "archive");
afterAll(() => tmp.cleanup());
beforeAll(() => assertBuilt());

const SECRET = "s3cr3t-Pa55";
const POSTGRES = /cannot reach the PostgreSQL archive postgres(ql)?:\/\/me(:\*\*\*)?@dbhost.*; check that the server is running/i;
const OTHER = /only a file path or a postgres:\/\/ URL is accepted/;

type Case = [name: string, args: (url: string) => string[], via: "flag" | "env"];
/** Exit status: an unreachable PostgreSQL server is a runtime error, another scheme a usage error. */
const status = (url: string) => (/^postgres(ql)?:/i.test(url) ? 1 : 2);
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
describe.concurrent("a URL for the archive is never a file: it creates nothing and shows no password", () => {
  // Every URL once and every command at least once (each run spawns the CLI: kept few).
  const runs = Array.from({ length: Math.max(urls.length, commands.length) }, (_, i) => [urls[i % urls.length]!, commands[i % commands.length]!] as const);
  for (const [[url, message], [name, args, via]] of runs) {
    {
      it(`${url.split(":")[0]}: ${name}`, async () => {
        const cwd = join(tmp.path, `c${n++}`);
        mkdirSync(cwd);
        const r = await news(args(url), { cwd, env: via === "env" ? { NEWS_DB: url } : {} });
        const stderr = fails(r, status(url), message);
        if (status(url) === 2) expect(stderr).toContain(via === "env" ? "NEWS_DB" : "--db");
        expect(stderr).not.toContain(SECRET);
        if (url.includes(`:${SECRET}@`)) expect(stderr).toContain(":***@");
        expect(readdirSync(cwd), "nothing is created in the working folder").toEqual([]);
        expect(readdirSync(tmp.path).filter((f) => !f.startsWith("c"))).toEqual([]);
      });
    }
  }
});

describe("a password in the URL on the command line", () => {
  it("is masked in what ps shows while the command runs", async () => {
    // A server that accepts the connection and never answers keeps the command waiting.
    const silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const port = (silent.address() as AddressInfo).port;
    const child = spawn(process.execPath, [BIN, "--db", `postgres://me:${SECRET}@127.0.0.1:${port}/news`, "list"], { env: baseEnv(HOME), stdio: "ignore" });
    try {
      let cmdline = "";
      for (let i = 0; i < 50 && !cmdline.includes("***"); i++) {
        await new Promise((r) => setTimeout(r, 100));
        cmdline = readFileSync(`/proc/${child.pid}/cmdline`, "utf8").replace(/\0/g, " ");
      }
      expect(cmdline).toContain("me:***@127.0.0.1");
      expect(cmdline).not.toContain(SECRET);
    } finally {
      child.kill("SIGKILL");
      silent.close();
    }
  });
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
