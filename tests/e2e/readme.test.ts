// Every example in README.md runs as shown.
//
// The rule, for whoever edits the README:
// - A fenced block with no language, or `sh`, `bash`, `shell` or `console`, is run. Any other
//   language (`json`, `js`, …) is an illustration and is not run (the test lists it as skipped).
// - In a block with `$ ` prompts, each `$ ` line is a command (a line ending in `\` continues it),
//   and the lines after it, up to the next prompt, are what it prints: stdout and stderr together,
//   as on a terminal. When no lines follow, only the exit status is checked. In a block without
//   prompts, every line that is not blank or a `# comment` is a command; only its status is checked.
// - A command exits 0 unless it ends in a comment saying otherwise: `$ news show 99  # exit 1`.
// - In shown output, a line of only `…` stands for any number of lines, and `…` inside a line for
//   any text (it also matches a `…` the program prints). Paths under the sandbox read as
//   `/home/me/…`; ISO times, durations in parentheses (`(0.1 s)`, `(0.5 s, 32 files/s)`) and sizes
//   (`0.2 MB`) may differ. Everything else must match exactly, trailing spaces aside.
// - A block not meant to run has an HTML comment right before it (blank lines between are fine):
//   `<!-- not run: needs datasette -->` (or a bare `<!-- not run -->`; a reason shows in the report).
//   `<!-- run: no archive -->` runs a block before anything is ingested (for `news ingest`).
//   Any other comment right before a block fails the test, so a typo never skips one silently.
//
// Each block runs in a fresh sandbox that plays the README's reader: HOME is <tmp>/home/me, the
// working folder <tmp>/home/me/news is a clone of this repository as far as the examples need
// (`archive/` copied with its times, `bin/` linked to this checkout's, which is also first on
// PATH, so `news` and `./bin/news` both run bin/news), and the archive, at the default
// `~/.local/share/news/news.db` and in NEWS_DB, holds `archive/` ingested once. Commands of one
// block run one after the other, in the same sandbox, each with `bash -c` and `set -o pipefail`,
// stdin empty, NO_COLOR and TZ=UTC; a `cd` or `export` carries over to the block's next command.
// A command may be continued with `\` at line ends, and may carry a here-document (`<<'EOF'`).
// Each command has 30 s: a command that never ends (a server, `--watch`) must be marked not run,
// or bounded (`timeout 3 news …  # exit 124`). `sqlite3` and `jq` must be installed (.ci/run installs them):
// a README example that uses them is what a reader runs, so the test uses the real tools.
import { spawn } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, baseEnv } from "../helpers/cli.js";
import { ROOT, tempDir } from "../helpers/fixtures.js";
import { matchOutput, normalise, parseMarkdown, type Block, type Example } from "../helpers/readme.js";

const README = join(ROOT, "README.md");
const parsed = parseMarkdown(readFileSync(README, "utf8"));

const tmp = tempDir("news-readme-");
const root = realpathSync(tmp.path);
const home = join(root, "home", "me");
const cwd = join(home, "news");
const db = join(home, ".local", "share", "news", "news.db");
const pristine = join(root, "pristine.db");
/** Where a block's commands leave their folder and exported variables for the next one. */
const state = join(root, "state.sh");
afterAll(() => tmp.cleanup());

const env: NodeJS.ProcessEnv = {
  ...baseEnv(home),
  PATH: [join(cwd, "bin"), dirname(process.execPath), process.env.PATH ?? ""].join(":"),
  NEWS_DB: db,
  TZ: "UTC",
};
delete env.XDG_DATA_HOME;

/** A fresh sandbox: the clone, and the sample archive unless the block starts without one. */
function sandbox(withArchive: boolean): void {
  rmSync(join(root, "home"), { recursive: true, force: true });
  rmSync(state, { force: true });
  mkdirSync(dirname(db), { recursive: true });
  cpSync(join(ROOT, "archive"), join(cwd, "archive"), { recursive: true, preserveTimestamps: true });
  symlinkSync(join(ROOT, "bin"), join(cwd, "bin"));
  if (withArchive) copyFileSync(pristine, db);
}

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/**
 * Runs one command with bash, stdout and stderr in one stream as a terminal shows them. A `cd` or
 * an `export` carries over to the block's next command, as in one terminal.
 */
function run(command: string, timeoutMs = 30_000): Promise<Ran> {
  const script = [
    "set -o pipefail",
    "exec 2>&1",
    `[ -f '${state}' ] && . '${state}'`,
    command,
    "__status=$?",
    `{ declare -px; printf 'cd %q\\n' "$PWD"; } > '${state}' 2>/dev/null`,
    "exit $__status",
  ].join("\n");
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", script], { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const chunks: Buffer[] = [];
    // After `exec 2>&1` everything comes on stdout; stderr only has what bash says before that.
    child.stdout.on("data", (d: Buffer) => chunks.push(d));
    child.stderr.on("data", (d: Buffer) => chunks.push(d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output: Buffer.concat(chunks).toString("utf8") });
    });
  });
}

function where(e: Example): string {
  return `README.md:${e.line}: \`${e.command.replace(/\n/g, " ")}\``;
}

function indent(s: string): string {
  return s.replace(/\n$/, "").replace(/^/gm, "    ");
}

async function check(e: Example): Promise<void> {
  const r = await run(e.command);
  const actual = normalise(r.output, [root]);
  if (r.signal) expect.fail(`${where(e)} did not finish in 30 s (killed). Output:\n${indent(actual)}`);
  if (r.code === 127 && /command not found/.test(r.output)) {
    expect.fail(`${where(e)} needs a program that is not installed:\n${indent(r.output)}\n(install it: .ci/run installs sqlite3 and jq with apt-get)`);
  }
  expect(r.code, `${where(e)} exits ${r.code}, the README says ${e.exit}. Output:\n${indent(actual)}`).toBe(e.exit);
  if (!e.output) return;
  const m = matchOutput(e.output, actual);
  if (m.ok) return;
  const first = m.mismatch ? `the first README line not printed as shown is README.md:${m.mismatch.line}: ${m.mismatch.text}` : m.extra!;
  const shown = e.output.map((l) => normalise(l.text)).join("\n");
  expect.fail(`${where(e)} prints something else than the README shows;\n${first}\n  README (normalised):\n${indent(shown)}\n  printed (normalised):\n${indent(actual)}`);
}

function title(b: Block): string {
  const first = b.examples[0]?.command.split("\n")[0] ?? "";
  return `README.md:${b.line} ${first.length > 60 ? `${first.slice(0, 59)}…` : first}`;
}

beforeAll(async () => {
  assertBuilt();
  sandbox(false);
  const r = await run("news ingest archive -q");
  if (r.code !== 0) throw new Error(`could not build the sample archive (exit ${r.code}):\n${r.output}`);
  for (const suffix of ["-wal", "-shm"]) if (existsSync(db + suffix)) throw new Error(`the archive was left with a ${suffix} file`);
  copyFileSync(db, pristine);
});

describe("README.md", () => {
  it("every code block is either run or marked, and every marker is understood", () => {
    expect(parsed.errors, parsed.errors.join("\n")).toEqual([]);
    expect(parsed.blocks.filter((b) => b.notRun === null).length, "blocks that run").toBeGreaterThan(5);
  });

  for (const b of parsed.blocks) {
    if (b.notRun !== null) {
      it.skip(`README.md:${b.line} not run: ${b.notRun}`, () => {});
      continue;
    }
    it(title(b), async () => {
      sandbox(!b.noArchive);
      for (const e of b.examples) await check(e);
    }, 30_000 + 30_000 * b.examples.length);
  }
});

// The harness itself: what it reads from Markdown and what it accepts as the same output.
describe("the README harness", () => {
  const md = (s: string) => parseMarkdown(s.replace(/^ {4}/gm, ""), "T.md");

  it("reads prompts, shown output, continuations, exit comments and markers", () => {
    const p = md(`
    Text.

    \`\`\`
    $ news list \\
      --limit 2
    ID  TITLE
    …
    $ news show 99   # exit 1
    \`\`\`

    <!-- not run: needs datasette -->
    \`\`\`
    datasette x.db
    \`\`\`

    <!-- run: no archive -->

    \`\`\`sh
    news ingest archive   # files or folders
    # a comment
    news stats
    \`\`\`

    \`\`\`json
    {"a": 1}
    \`\`\`
    `);
    expect(p.errors).toEqual([]);
    expect(p.blocks.map((b) => [b.notRun, b.noArchive])).toEqual([
      [null, false],
      ["needs datasette", false],
      [null, true],
      ["json illustration", false],
    ]);
    const [list, show] = p.blocks[0]!.examples;
    expect(list).toMatchObject({ command: "news list \\\n  --limit 2", exit: 0, output: [{ text: "ID  TITLE" }, { text: "…" }] });
    expect(show).toMatchObject({ exit: 1, output: null });
    expect(p.blocks[2]!.examples.map((e) => e.command)).toEqual(["news ingest archive   # files or folders", "news stats"]);
  });

  it("reads here-documents as part of their command, and here-strings as nothing more", () => {
    const p = md(`
    \`\`\`
    $ news ingest - <<'EOF'  # exit 1
    $ not a prompt
    EOF
    shown
    $ jq . <<<'{}'
    {}
    \`\`\`
    `);
    expect(p.errors).toEqual([]);
    expect(p.blocks[0]!.examples).toMatchObject([
      { command: "news ingest - <<'EOF'  # exit 1\n$ not a prompt\nEOF", exit: 1, output: [{ text: "shown" }] },
      { command: "jq . <<<'{}'", exit: 0, output: [{ text: "{}" }] },
    ]);
  });

  it("runs a block as one terminal: cd and export carry over, a wrong line or status fails", async () => {
    const p = md(`
    \`\`\`
    $ cd archive && export GREETING=hello
    $ pwd; echo "$GREETING"; ls | wc -l
    /home/me/news/archive
    hello
    16
    $ news show 999   # exit 1
    news: …
    \`\`\`
    `);
    expect(p.errors).toEqual([]);
    sandbox(true);
    for (const e of p.blocks[0]!.examples) await check(e);
    const [, shown, missing] = p.blocks[0]!.examples;
    await expect(check({ ...shown!, output: [...shown!.output!.slice(0, 2), { line: 9, text: "17" }] })).rejects.toThrow(/T\.md:9: 17|README\.md:9: 17/);
    await expect(check({ ...missing!, exit: 0 })).rejects.toThrow(/exits 1, the README says 0/);
    await expect(check({ line: 1, command: "no-such-program-4711 --version", exit: 0, output: null })).rejects.toThrow(/needs a program that is not installed/);
  });

  it("refuses unknown markers and shell blocks with nothing to run; a reason is optional", () => {
    const p = md(`
    <!-- not-run -->
    \`\`\`
    news stats
    \`\`\`
    <!-- not run -->
    \`\`\`
    news stats
    \`\`\`
    \`\`\`
    # only a comment
    \`\`\`
    \`\`\`
    output without a command
    $ news stats
    \`\`\`
    `);
    expect(p.errors).toHaveLength(3);
    expect(p.errors[0]).toMatch(/T\.md:2: unknown marker/);
    expect(p.errors[1]).toMatch(/T\.md:10: a shell block with no command/);
    expect(p.errors[2]).toMatch(/T\.md:14: a line before/);
    expect(p.blocks[1]!.notRun).toBe("(no reason given)");
  });

  const lines = (...t: string[]) => t.map((text, i) => ({ line: i + 1, text }));

  it("matches output line by line, with … for omitted lines or text", () => {
    expect(matchOutput(lines("a", "b"), "a\nb\n").ok).toBe(true);
    expect(matchOutput(lines("a", "b"), "a\nc\n")).toEqual({ ok: false, mismatch: { line: 2, text: "b" } });
    expect(matchOutput(lines("a"), "a\nb\n")).toMatchObject({ ok: false, extra: expect.stringMatching(/more lines/) });
    expect(matchOutput(lines("a", "…"), "a\nb\nc\n").ok).toBe(true);
    expect(matchOutput(lines("a", "  …", "d"), "a\nb\nc\nd\n").ok).toBe(true);
    expect(matchOutput(lines("a", "…", "d"), "a\nd\n").ok).toBe(true);
    expect(matchOutput(lines("a", "…", "d"), "a\nb\n").ok).toBe(false);
    expect(matchOutput(lines("Erste Fähre nimmt…  Hamburg"), "Erste Fähre nimmt Linienbetri…  Hamburg").ok).toBe(true);
    expect(matchOutput(lines("Erste Fähre nimmt…  Hamburg"), "Erste Fähre nimmt Linienbetri…  Bremen").ok).toBe(false);
    expect(matchOutput(lines("x (1.0)"), "x (1.0)  \n\n").ok).toBe(true);
    expect(matchOutput(lines(), "").ok).toBe(true);
  });

  it("ignores what varies: the sandbox path, times, durations and sizes, and nothing else", () => {
    const out = normalise("/tmp/x/home/me/news.db (0.3 MB, schema 1)\n16 files: 16 added (0.5 s, 32 files/s)\n2026-12-01T10:00:00.123Z", ["/tmp/x"]);
    expect(matchOutput(lines("/home/me/news.db (0.2 MB, schema 1)", "16 files: 16 added (0.1 s)", "2017-02-06T00:00:00Z"), out).ok).toBe(true);
    expect(matchOutput(lines("/home/me/news.db (0.2 MB, schema 2)", "16 files: 16 added (0.1 s)", "2017-02-06T00:00:00Z"), out).ok).toBe(false);
    expect(matchOutput(lines("/home/me/news.db (0.2 MB, schema 1)", "16 files: 15 added (0.1 s)", "2017-02-06T00:00:00Z"), out).ok).toBe(false);
  });
});
