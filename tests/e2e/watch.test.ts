// `news ingest --watch` end to end: a running watcher takes files that are dropped in, changed,
// written slowly, renamed into place, in folders removed and re-created; it leaves the article of a
// deleted file; SIGTERM finishes the batch being written and exits 0.
import Database from "better-sqlite3";
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, baseEnv, BIN, fails, HOME, news, ok } from "../helpers/cli.js";
import { tempDir } from "../helpers/fixtures.js";

const tmp = tempDir("news-e2e-watch-");
const db = join(tmp.path, "news.db");
const inbox = join(tmp.path, "inbox");
// Long enough that a busy machine delaying the slow writer below never makes its pauses look like the end.
const SETTLE = 1000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function article(title: string, place: string, text: string): string {
  return `${title}\n\n${place}, May 4, 2021 – ${text}\n`;
}

/** Every article in the archive: title -> body. */
function articles(): Map<string, { id: number; body: string; path: string | null }> {
  const d = new Database(db, { readonly: true });
  try {
    const rows = d.prepare("SELECT id, title, body, path FROM articles").all() as Array<{ id: number; title: string; body: string; path: string | null }>;
    return new Map(rows.map((r) => [r.title, { id: r.id, body: r.body, path: r.path }]));
  } finally {
    d.close();
  }
}

/** Waits until `check` holds (polling), or fails with what was last seen. */
async function until(what: string, check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (check()) return;
    } catch {
      // the archive may be mid-write; look again
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; stderr so far:\n${stderr}`);
    await sleep(100);
  }
}

let child: ChildProcess;
let stderr = "";
let exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
const batchLines = () => stderr.split("\n").filter((l) => /^\d\d:\d\d:\d\d \d/.test(l));

beforeAll(async () => {
  assertBuilt();
  mkdirSync(inbox, { recursive: true });
  writeFileSync(join(inbox, "first.txt"), article("Ferry line opens on the river", "HAMBURG", "The first ferry left at dawn."));
  child = spawn(process.execPath, [BIN, "--db", db, "ingest", "--watch", inbox, "--settle", String(SETTLE)], { env: baseEnv(HOME), stdio: ["ignore", "pipe", "pipe"] });
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
  let stdout = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
  exit = new Promise((done) => child.on("close", (code, signal) => {
    expect(stdout, "nothing on stdout").toBe("");
    done({ code, signal });
  }));
  await until("the watcher to be ready", () => /watching .* Ctrl-C to stop/.test(stderr));
}, 30_000);

afterAll(() => {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  tmp.cleanup();
});

describe("news ingest --watch", () => {
  it("ingests the paths first, as ingest does", () => {
    expect(stderr).toMatch(/^1 file: 1 added/m);
    expect(articles().has("Ferry line opens on the river")).toBe(true);
  });

  it("ingests files dropped in, in new sub-folders too, with one line per batch", async () => {
    const lines = batchLines().length;
    writeFileSync(join(inbox, "a.txt"), article("Harbour cranes return", "ROTTERDAM", "Three cranes arrived on Tuesday."));
    mkdirSync(join(inbox, "2021", "05"), { recursive: true });
    writeFileSync(join(inbox, "2021", "05", "b.txt"), article("Trains run late again", "LONDON", "Signal faults slowed trains."));
    await until("both articles", () => articles().has("Harbour cranes return") && articles().has("Trains run late again"));
    await until("a batch line", () => batchLines().length > lines);
    expect(batchLines().slice(lines).join("\n")).toMatch(/added/);
  });

  it("takes a changed file again: its article is updated and keeps its id", async () => {
    const id = articles().get("Harbour cranes return")!.id;
    writeFileSync(join(inbox, "a.txt"), article("Harbour cranes return", "ROTTERDAM", "Three cranes arrived on Tuesday, and a fourth is on its way."));
    await until("the new text", () => articles().get("Harbour cranes return")!.body.includes("a fourth is on its way"));
    expect(stderr).toMatch(/1 file: 1 updated/);
    expect(articles().get("Harbour cranes return")!.id).toBe(id);
  });

  it("waits for a file still being written, and ingests it once, complete", async () => {
    const lines = batchLines().length;
    const path = join(inbox, "slow.txt");
    const fd = openSync(path, "w");
    const parts = ["Slow story arrives in parts\n\n", "PARIS, May 4, 2021 – The first half ", "of the story was written, ", "then the rest ", "came a while later. The end.\n"];
    for (const part of parts) {
      writeSync(fd, part);
      await sleep(SETTLE / 4);
    }
    closeSync(fd);
    await until("the slow article", () => articles().get("Slow story arrives in parts")?.body.includes("The end.") === true);
    await sleep(SETTLE * 3);
    // One batch, one article: never a half version first, then an update.
    const after = batchLines().slice(lines);
    expect(after, after.join("\n")).toHaveLength(1);
    expect(after[0]).toMatch(/1 file: 1 added/);
  });

  it("takes a file renamed into place, not the hidden one it was written as", async () => {
    const hidden = join(inbox, ".incoming.part");
    writeFileSync(hidden, article("Renamed into place", "OSLO", "Written under a hidden name, then renamed."));
    await sleep(SETTLE * 2);
    expect(articles().has("Renamed into place")).toBe(false);
    renameSync(hidden, join(inbox, "renamed.txt"));
    await until("the renamed article", () => articles().get("Renamed into place")?.path?.endsWith("renamed.txt") === true);
  });

  it("keeps the article of a deleted file", async () => {
    rmSync(join(inbox, "2021"), { recursive: true });
    await sleep(SETTLE * 3);
    expect(articles().has("Trains run late again")).toBe(true);
  });

  it("watches a folder again when it is removed and created anew", async () => {
    rmSync(inbox, { recursive: true });
    await sleep(1500);
    mkdirSync(inbox);
    writeFileSync(join(inbox, "back.txt"), article("The folder came back", "ROME", "Its files are still ingested."));
    await until("the article in the re-created folder", () => articles().has("The folder came back"));
    await sleep(1200);
    writeFileSync(join(inbox, "later.txt"), article("Still watched later", "MADRID", "A file written after the folder came back."));
    await until("a later article", () => articles().has("Still watched later"));
  }, 30_000);

  it("SIGTERM finishes the batch being written and exits 0; every batch reported is in the archive", async () => {
    const lines = batchLines().length;
    for (let i = 0; i < 300; i++) writeFileSync(join(inbox, `many-${i}.txt`), article(`Many stories number ${i}`, "BERLIN", `Story ${i} of many dropped at once.`));
    await until("a batch to start", () => batchLines().length > lines || articles().has("Many stories number 0"), 20_000);
    child.kill("SIGTERM");
    const { code, signal } = await exit;
    expect(signal).toBeNull();
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/asked to stop; finishing the current batch/);
    expect(stderr).toMatch(/stopped watching: \d+ batch/);
    const reported = batchLines()
      .slice(lines)
      .reduce((n, l) => n + Number(/(\d+) added/.exec(l)?.[1] ?? 0), 0);
    const many = [...articles().keys()].filter((t) => t.startsWith("Many stories")).length;
    expect(many).toBe(reported);
    ok(await news(["--db", db, "check"]));
  }, 60_000);
});

describe("news ingest --watch, usage", () => {
  it("refuses standard input, patterns, --json and --dry-run with a one-line usage error", async () => {
    fails(await news(["--db", db, "ingest", "--watch", "-"]), 2, /standard input/);
    fails(await news(["--db", db, "ingest", "--watch", join(tmp.path, "*.txt")]), 2, /not patterns/);
    fails(await news(["--db", db, "ingest", "--watch", "--json", tmp.path]), 2, /--json/);
    fails(await news(["--db", db, "ingest", "--watch", "--dry-run", tmp.path]), 2, /--dry-run/);
  });
});
