// `news copy <target>` as users run it: exit statuses, stdout for data only (the --json report),
// stderr for the summary and errors, the copy readable by every command, refusals that change
// nothing, and a copy killed with SIGKILL finished by running the command again.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, fails, json, news, noDataOnStderr, ok } from "../helpers/cli.js";
import { ROOT, tempDir } from "../helpers/fixtures.js";

const tmp = tempDir("news-e2e-copy-");
afterAll(() => tmp.cleanup());
const SOURCE = join(tmp.path, "source.db");
const src = (...args: string[]) => news(["--db", SOURCE, ...args]);
let titles: string[] = [];

interface Row {
  id: number;
  hash: string;
  title: string;
}

beforeAll(async () => {
  assertBuilt();
  ok(await src("ingest", join(ROOT, "archive"), "-q"));
  titles = json<Row[]>(ok(await src("list", "--json", "--limit", "0"))).map((r) => r.title);
});

describe("news copy", () => {
  const target = join(tmp.path, "backup", "news.db");

  it("copies, prints nothing on stdout and one summary line on stderr", async () => {
    const r = ok(await src("copy", target));
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`^copied ${titles.length} articles \\([\\d,]+ rows in \\d+ tables\\) to ${target.replace(/[.]/g, "\\.")} \\([\\d.]+ s\\)\\n$`));
    noDataOnStderr(r, titles);
  });

  it("the copy lists, searches, shows and checks as the source does", async () => {
    const dst = (...args: string[]) => news(["--db", target, ...args]);
    for (const args of [["list", "--json", "--limit", "0"], ["search", "council OR oil", "--json"], ["show", "14", "--json", "--original"], ["stats", "--json"]]) {
      const a = ok(await src(...args)).stdout;
      const b = ok(await dst(...args)).stdout;
      if (args[0] === "stats") {
        const { archive: _a, ...sa } = JSON.parse(a) as Record<string, unknown>;
        const { archive: _b, ...sb } = JSON.parse(b) as Record<string, unknown>;
        expect(sb).toEqual(sa);
      } else expect(b).toBe(a);
    }
    const check = json<{ ok: boolean }>(ok(await dst("check", "--json")));
    expect(check.ok).toBe(true);
  });

  it("--json prints the report on stdout; -q silences the summary", async () => {
    const r = ok(await src("copy", join(tmp.path, "report.db"), "--json", "-q"));
    expect(r.stderr).toBe("");
    const report = json<{ articles: number; resumed: boolean; tables: Array<{ name: string; rows: number }> }>(r);
    expect(report.articles).toBe(titles.length);
    expect(report.resumed).toBe(false);
    expect(report.tables.find((t) => t.name === "articles")?.rows).toBe(titles.length);
  });

  it("refuses an existing file without changing it (exit 1), and --force replaces it", async () => {
    const existing = join(tmp.path, "notes.db");
    writeFileSync(existing, "not mine to overwrite\n");
    fails(await src("copy", existing), 1, /already exists; news copy never merges/);
    expect(readFileSync(existing, "utf8")).toBe("not mine to overwrite\n");
    expect(existsSync(`${existing}.partial`)).toBe(false);
    fails(await src("copy", target), 1, /already exists/);
    ok(await src("copy", existing, "--force"));
    expect(json<Row[]>(ok(await news(["--db", existing, "list", "--json", "--limit", "0"]))).map((r) => r.title)).toEqual(titles);
  });

  it("refuses a URL target other than PostgreSQL (exit 2), and one it cannot reach (exit 1), without showing its password or creating anything", async () => {
    const cwd = join(tmp.path, "cwd");
    mkdirSync(cwd);
    const pg = fails(await news(["--db", SOURCE, "copy", "postgresql://me:hunter2@dbhost:5432/news"], { cwd }), 1, /cannot reach the PostgreSQL archive/);
    expect(pg).not.toContain("hunter2");
    expect(pg).toContain("me:***@dbhost");
    fails(await news(["--db", SOURCE, "copy", "sftp://me:hunter2@host/news.db"], { cwd }), 2, /only a file path or a postgres:\/\/ URL is accepted/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("refuses to copy an archive onto itself (exit 2), and a missing source (exit 1), creating nothing", async () => {
    fails(await src("copy", SOURCE), 2, /is the archive itself/);
    const missing = join(tmp.path, "missing.db");
    const out = join(tmp.path, "from-missing.db");
    fails(await news(["--db", missing, "copy", out]), 1, /no archive at/);
    expect(existsSync(missing) || existsSync(out) || existsSync(`${out}.partial`)).toBe(false);
  });

  it("killed with SIGKILL mid-copy, the same command finishes the job", async () => {
    const killed = join(tmp.path, "killed.db");
    // The copy as the command runs it, in a process that kills itself after its third batch of 2 rows.
    const script = `
      import { Archive } from ${JSON.stringify(join(ROOT, "dist/core/archive/archive.js"))};
      import { copyArchive } from ${JSON.stringify(join(ROOT, "dist/core/copy.js"))};
      const a = Archive.open(${JSON.stringify(SOURCE)}, { write: false });
      let n = 0;
      copyArchive(a, ${JSON.stringify(SOURCE)}, ${JSON.stringify(killed)}, { batchRows: 2, onProgress: () => { if (++n === 3) process.kill(process.pid, "SIGKILL"); } });
    `;
    expect(spawnSync(process.execPath, ["--input-type=module", "-e", script]).signal).toBe("SIGKILL");
    expect(existsSync(`${killed}.partial`)).toBe(true);
    fails(await news(["--db", `${killed}.partial`, "list"]), 1, /not a news archive/);
    const r = ok(await src("copy", killed));
    expect(r.stderr).toMatch(/^finished the interrupted copy: \d+ articles/);
    expect(existsSync(`${killed}.partial`)).toBe(false);
    expect(ok(await news(["--db", killed, "list", "--json", "--limit", "0"])).stdout).toBe(ok(await src("list", "--json", "--limit", "0")).stdout);
    expect(json<{ ok: boolean }>(ok(await news(["--db", killed, "check", "--json"]))).ok).toBe(true);
  });

  it("--help has examples", async () => {
    const r = ok(await news(["copy", "--help"]));
    expect(r.stdout).toMatch(/Examples:\n\s+\$ news copy /);
  });
});
