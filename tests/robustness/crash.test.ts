// Issue 6, crashes: `news ingest` killed with SIGKILL at random moments never leaves a broken or
// half-written archive, and running the same ingest again completes it with every file once.
// A longer run of the same loop: `node scripts/soak.mjs --kills 200`. Files change between runs, so
// kills also land in updates: every text a finished run stored must still be there afterwards,
// as the current text or as an earlier version (issue 13).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { prepare } from "../../src/core/decode.js";
import type { IngestReport } from "../../src/core/types.js";
import { articleText, bin, cleanup, expectHealthy, news, newsAsync, openDb, rng, tempDir, writeArticles } from "./helpers.js";

const FILES = 1500;
const KILLS = 20;
// Replay a failure with NEWS_CRASH_SEED=<the seed in its message>.
const SEED = Number(process.env.NEWS_CRASH_SEED) || 20_261_127;

afterAll(cleanup);

function ingestKilledAfter(db: string, corpus: string, jobs: number, ms: number): Promise<{ killed: boolean; status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, "--db", db, "ingest", corpus, "--jobs", String(jobs), "-q"], {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      done({ killed: signal === "SIGKILL", status, stderr });
    });
  });
}

describe("SIGKILL during ingest", () => {
  let corpus: string;
  let paths: string[];

  beforeAll(() => {
    corpus = join(tempDir(), "corpus");
    paths = writeArticles(corpus, FILES, { perFolder: 250, seed: 2 });
  });

  it(`leaves an intact archive after each of ${KILLS} kills, and the same ingest then completes (seed ${SEED})`, async () => {
    const db = join(corpus, "..", "crash.db");
    const random = rng(SEED);
    const revision = new Array<number>(FILES).fill(0);
    // Kills come at random within about as long as the last whole run took: first, one that adds
    // every file (timed, then thrown away), later ones that write the files changed since.
    const t0 = performance.now();
    const whole = await ingestKilledAfter(db, corpus, 1, 600_000);
    expect(whole.status, whole.stderr).toBe(0);
    let windowMs = 1.2 * (performance.now() - t0);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
    /** How many files the archive holds as they are now on disk: the ingest's progress. */
    const upToDate = () => {
      const sqlite = openDb(db, true);
      try {
        const hashOf = sqlite.prepare("SELECT a.hash FROM files f JOIN articles a ON a.id = f.article_id WHERE f.path = ?").pluck();
        return paths.filter((p) => {
          const now = prepare(readFileSync(p));
          return now.ok && hashOf.get(p) === now.hash;
        }).length;
      } finally {
        sqlite.close();
      }
    };
    // The revisions of each file that a finished run stored: none of them may be lost later.
    const stored = Array.from({ length: FILES }, () => new Set<number>());
    const storedNow = () => revision.forEach((r, i) => stored[i]!.add(r));
    let kills = 0;
    let completed = 0;
    let articles = 0;
    const seen: number[] = [];
    for (let round = 0; kills < KILLS && round < KILLS * 3; round++) {
      const jobs = [0, 1, 2][round % 3]!;
      const delay = Math.round(150 + random() * windowMs);
      const started = performance.now();
      const run = await ingestKilledAfter(db, corpus, jobs, delay);
      const where = `round ${round} (seed ${SEED}, --jobs ${jobs}, killed after ${delay} ms)`;
      if (!run.killed) {
        // It finished first: it must have succeeded. Then a third of the files change, so the next
        // run has updates to write (and to be killed in), not only files to skip.
        expect(run.status, `${where}: ${run.stderr}`).toBe(0);
        windowMs = 1.2 * (performance.now() - started);
        completed++;
        storedNow();
        for (let k = 0; k < FILES / 3; k++) {
          const i = Math.floor(random() * FILES);
          writeFileSync(paths[i]!, `${articleText(i, 2)}\nRevision ${++revision[i]!}.\n`);
        }
      } else {
        kills++;
        // On a machine busier than when the window was measured no run may finish in it, and then
        // no file ever changes: widen it until one does.
        if (completed === 0) windowMs *= 1.3;
      }
      if (!existsSync(db)) {
        seen.push(0);
        continue;
      }
      const h = expectHealthy(db);
      expect(h.files, where).toBeLessThanOrEqual(FILES);
      expect(h.files, where).toBe(h.articles); // every file holds its own text
      expect(h.articles, `${where}: articles were lost`).toBeGreaterThanOrEqual(articles);
      articles = h.articles;
      if (run.killed) seen.push(upToDate());
    }
    expect(kills).toBeGreaterThanOrEqual(KILLS);

    const final = await newsAsync(["--db", db, "ingest", corpus, "--json"]);
    expect(final.status, final.stderr).toBe(0);
    const report = JSON.parse(final.stdout) as IngestReport;
    expect(report.failed + report.skipped + report.duplicate).toBe(0);
    expect(report.added + report.unchanged + report.updated).toBe(FILES);
    const h = expectHealthy(db);
    expect(h).toMatchObject({ files: FILES, articles: FILES, distinctHashes: FILES });
    // Every file is there once, holding the text it has now.
    expect(upToDate()).toBe(FILES);
    storedNow();
    // Every revision a finished run stored is kept, oldest first: as a version or as the current text.
    const archive = Archive.open(db, { write: false });
    try {
      const revisionOf = (text: string | undefined) => Number(/Revision (\d+)\.$/.exec(text ?? "")?.[1] ?? 0);
      const idOf = archive.db.prepare("SELECT article_id FROM files WHERE path = ?").pluck();
      let kept = 0;
      paths.forEach((p, i) => {
        const id = idOf.get(p) as number;
        const versions = archive.versions.list(id);
        const revisions = versions.map((v) => revisionOf(v.version === versions.length ? archive.original(id) : archive.versions.original(id, v.version)));
        expect(revisions.at(-1), p).toBe(revision[i]);
        for (let k = 1; k < revisions.length; k++) expect(revisions[k]!, `${p}: versions out of order`).toBeGreaterThan(revisions[k - 1]!);
        for (const r of stored[i]!) expect(revisions, `${p}: revision ${r} was lost`).toContain(r);
        kept += versions.length - 1;
      });
      expect(kept).toBeGreaterThan(0);
    } finally {
      archive.close();
    }
    const check = news(["--db", db, "check"]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    // What the kills left, for whoever reads the test output.
    console.log(`crash test: ${kills} kills (files up to date after each: ${seen.join(" ")}), ${completed} runs finished first`);
  }, 600_000);
});
