// Running bin/news as users do, and checking its JSON against CONTRACT.md.
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import type { IngestReport } from "../../src/core/types.js";
import { ROOT } from "./fixtures.js";

export const BIN = join(ROOT, "bin", "news");
const MAIN = join(ROOT, "dist", "cli", "main.js");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Extra environment variables; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  cwd?: string;
}

/** Makes sure the CLI under test is built (`npm test` builds first). */
export function assertBuilt(): void {
  if (!existsSync(MAIN)) throw new Error("dist/ is missing: run `npx tsc -p .` (or `npm test`) before the end-to-end tests");
  const src = statSync(join(ROOT, "src", "cli", "main.ts")).mtimeMs;
  if (statSync(MAIN).mtimeMs < src) throw new Error("dist/ is older than src/: run `npx tsc -p .` (or `npm test`) first");
}

/**
 * The environment every run starts from: no colour, and no way to reach the user's own archive
 * (NEWS_DB unset, HOME and XDG_DATA_HOME pointed at an empty temp folder).
 */
export function baseEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", HOME: home, XDG_DATA_HOME: join(home, "xdg") };
  for (const k of ["NEWS_DB", "FORCE_COLOR", "COLUMNS", "CI_COLOR"]) delete env[k];
  return env;
}

// A HOME (and XDG_DATA_HOME) of our own, so that a run without --db can never touch a real archive.
// It is never created: every test that writes names its archive in its own temp folder.
const defaultHome = join(tmpdir(), `news-test-home-${process.pid}-${Date.now()}`);
export const HOME = defaultHome;

export function news(args: string[], options: RunOptions = {}): Promise<Run> {
  const env = baseEnv(defaultHome);
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd: options.cwd ?? ROOT, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? "");
  });
}

/** Runs a command line with bash (for pipes), where `news` runs bin/news with this Node. */
export function shell(script: string, env: Record<string, string> = {}): Promise<Run> {
  return program("bash", ["-c", `news() { "$NEWS_NODE" "$NEWS_BIN" "$@"; }\n${script}`], { NEWS_NODE: process.execPath, NEWS_BIN: BIN, ...env });
}

/** Runs a program from the project's folder with the tests' environment (and its input, if any). */
export function program(command: string, args: string[], env: Record<string, string> = {}, input = ""): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...baseEnv(defaultHome), ...env }, cwd: ROOT });
    child.stdin.on("error", () => {});
    child.stdin.end(input);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Parses the whole of stdout as one JSON document (fails the test with the output when it is not). */
export function json<T = unknown>(r: Run): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`stdout is not one JSON document (exit ${r.code}):\n${r.stdout.slice(0, 500)}\nstderr:\n${r.stderr}`);
  }
}

/** A run that succeeded: exit 0 (stderr is shown when it did not). */
export function ok(r: Run): Run {
  expect(r.code, `exit status; stderr:\n${r.stderr}`).toBe(0);
  return r;
}

/** A failed run: the status, nothing on stdout, and one `news: ` line on stderr without a stack trace. */
export function fails(r: Run, code: 1 | 2, message?: RegExp): string {
  expect(r.code, `exit status; stdout:\n${r.stdout}\nstderr:\n${r.stderr}`).toBe(code);
  expect(r.stdout).toBe("");
  oneErrorLine(r.stderr);
  if (message) expect(r.stderr).toMatch(message);
  return r.stderr;
}

export function oneErrorLine(stderr: string): void {
  const lines = stderr.replace(/\n$/, "").split("\n");
  expect(lines, `stderr should be one line:\n${stderr}`).toHaveLength(1);
  expect(lines[0]).toMatch(/^news: \S/);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/\b(TypeError|ReferenceError|SqliteError|CommanderError)\b/);
}

/** What `stdout has only data` means for stderr: none of the titles or records went there. */
export function noDataOnStderr(r: Run, titles: string[]): void {
  expect(r.stderr).not.toContain('"hash"');
  expect(r.stderr).not.toContain("{");
  for (const t of titles) expect(r.stderr, `stderr holds the title ${t}`).not.toContain(t);
}

export const ANSI = /\x1b\[/;

// --- The contract's shapes ---------------------------------------------------------------------

const NULLABLE_STRINGS = ["date", "place", "section", "author", "source", "path"] as const;
export const STATUSES = ["added", "updated", "unchanged", "duplicate", "skipped", "failed"] as const;

/** Checks one article object against CONTRACT.md ("An article, as JSON"). */
export function expectArticle(a: unknown, options: { body: boolean }): asserts a is Record<string, unknown> {
  expect(a).toBeTypeOf("object");
  expect(a).not.toBeNull();
  const r = a as Record<string, unknown>;
  expect(Number.isInteger(r.id) && (r.id as number) > 0, `id ${String(r.id)}`).toBe(true);
  expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(r.title).toBeTypeOf("string");
  expect((r.title as string).length).toBeGreaterThan(0);
  for (const k of NULLABLE_STRINGS) {
    expect(k in r, `field ${k} present`).toBe(true);
    if (r[k] !== null) expect(r[k], k).toBeTypeOf("string");
  }
  if (r.date !== null) {
    expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${r.date as string}T00:00:00Z`).toISOString().slice(0, 10)).toBe(r.date);
  }
  if (r.path !== null) expect((r.path as string).startsWith("/"), `path ${r.path as string} is absolute`).toBe(true);
  expect(Array.isArray(r.tags)).toBe(true);
  for (const t of r.tags as unknown[]) expect(t).toBeTypeOf("string");
  expect("language" in r, "field language present").toBe(true);
  if (r.language !== null) expect(r.language).toMatch(/^[a-z]{2}$/);
  expect(Number.isInteger(r.words) && (r.words as number) >= 0, `words ${String(r.words)}`).toBe(true);
  expect(r.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/);
  expect(Number.isNaN(Date.parse(r.ingestedAt as string))).toBe(false);
  if (options.body) expect(r.body).toBeTypeOf("string");
  else expect(r, "body is only in show and export").not.toHaveProperty("body");
}

export function expectHit(h: unknown): asserts h is Record<string, unknown> {
  expectArticle(h, { body: false });
  expect(h.score).toBeTypeOf("number");
  expect(Number.isFinite(h.score)).toBe(true);
  expect(h.snippet).toBeTypeOf("string");
  expect(h.snippet as string).not.toMatch(/[\ue000\ue001\x1b]/);
}

/** The JSON of `ingest --json` is the library's report. */
export type IngestReportJson = IngestReport;

/** Checks an ingest report's shape; in a dry run, articles not yet in the archive have no id. */
export function expectIngestReport(r: unknown, options: { dryRun?: boolean } = {}): asserts r is IngestReportJson {
  const report = r as Record<string, unknown>;
  for (const k of STATUSES) expect(Number.isInteger(report[k]), k).toBe(true);
  expect(Array.isArray(report.files)).toBe(true);
  const files = report.files as Array<Record<string, unknown>>;
  for (const f of files) {
    expect(Object.keys(f)).toEqual(expect.arrayContaining(["path", "status", "id", "reason"]));
    expect(STATUSES).toContain(f.status);
    if (f.path !== null) expect(f.path).toBeTypeOf("string");
    if (f.id !== null) expect(Number.isInteger(f.id)).toBe(true);
    if (f.reason !== null) expect(f.reason).toBeTypeOf("string");
    if (f.status === "skipped" || f.status === "failed") {
      expect(f.reason, `reason for ${String(f.path)}`).toMatch(/\w/);
      expect(f.id).toBeNull();
    } else if (!(options.dryRun && f.id === null)) {
      expect(Number.isInteger(f.id), `id for ${String(f.path)}`).toBe(true);
    }
  }
  for (const k of STATUSES) expect(report[k], `count of ${k}`).toBe(files.filter((f) => f.status === k).length);
}
