// Watching folders: files that appear or change are ingested in batches, as ingest would take them.
// A file is taken once it has stopped growing (a scraper still writing it is waited for); a watched
// folder that is removed and created again is watched again; a deleted file leaves its article.
import { watch, type FSWatcher } from "chokidar";
import { existsSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Archive } from "./archive/archive.js";
import { FaultError } from "./errors.js";
import { filesDone } from "./fs-errors.js";
import { ingest, type IngestOptions } from "./ingest.js";
import type { IngestReport } from "./types.js";

export interface WatchOptions {
  /** Ingest's options for one batch (a fresh parser pool each time, say). */
  ingestOptions: () => IngestOptions;
  /** A file is taken once its size has not changed for this long (ms). */
  settleMs?: number;
  /** How long a batch gathers files after the first one arrives (ms). */
  gatherMs?: number;
  /** At most this many files in one batch; the rest wait for the next. */
  maxBatch?: number;
  /** How often to look for a watched path that was removed and has come back (ms). */
  rootCheckMs?: number;
  /** Each batch once written. */
  onBatch?: (report: IngestReport, seconds: number) => void;
  /** Something the watcher could not do; the watch goes on. (A fault of the machine, a full disk
   *  say, is not one of these: it ends the watch, and watchIngest rejects with it.) */
  onError?: (message: string) => void;
  /** The first pass (ingest as usual), run once the watcher is ready: a file that arrives while it
   *  runs is queued, never missed. */
  initial?: () => Promise<void>;
  /** Called once the watcher is ready and the first pass done. */
  onReady?: () => void;
  /** Aborting stops the watch: the batch being written is finished, then watchIngest resolves. */
  signal: AbortSignal;
}

export interface WatchSummary {
  batches: number;
  files: number;
}

/**
 * Keeps ingesting files under `roots` (files or folders) as they appear or change, until aborted. A
 * full or read-only disk, a write lock held too long or an archive gone ends the watch at once (every
 * batch after would fail the same way): it rejects with that FaultError, saying how far it got.
 */
export async function watchIngest(archive: Archive, roots: string[], options: WatchOptions): Promise<WatchSummary> {
  const settleMs = options.settleMs ?? 1000;
  const gatherMs = options.gatherMs ?? 250;
  const maxBatch = options.maxBatch ?? 5000;
  const paths = roots.map((r) => resolve(r));
  const summary: WatchSummary = { batches: 0, files: 0 };
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopping = options.signal.aborted;
  // Batches wait until the first pass is done.
  let held = true;
  // A fault of the machine in a batch stops the watch.
  let fault: FaultError | null = null;
  let halt = () => {};
  const halted = new Promise<void>((done) => (halt = done));

  // Hidden files and folders are skipped, as ingest skips them in a folder (editors' swap files, a
  // scraper's `.part` files renamed into place when complete).
  const ignored = (path: string) => basename(path).startsWith(".") && !paths.includes(path);
  const watcher: FSWatcher = watch(paths, {
    ignoreInitial: true,
    ignored,
    awaitWriteFinish: { stabilityThreshold: settleMs, pollInterval: Math.min(100, settleMs) },
  });

  const runBatch = async (batch: string[]) => {
    // A file deleted since it was seen is no longer there to ingest: nothing to report.
    const present = batch.filter((p) => existsSync(p));
    if (present.length === 0) return;
    const started = performance.now();
    const ingestOptions = options.ingestOptions();
    const counts: Record<string, number> = {};
    const onFile = ingestOptions.onFile;
    let report: IngestReport;
    try {
      report = await ingest(archive, present, {
        ...ingestOptions,
        keepFiles: false,
        onFile: async (f) => {
          counts[f.status] = (counts[f.status] ?? 0) + 1;
          await onFile?.(f);
        },
      });
    } catch (err) {
      if (!(err instanceof FaultError)) throw err;
      const before = summary.batches > 0 ? ` (${n(summary.files)} file${summary.files === 1 ? "" : "s"} in ${n(summary.batches)} batch${summary.batches === 1 ? "" : "es"} before it were ingested)` : "";
      throw err.during({
        done: `stopped watching; of its last batch, ${filesDone(counts, present.length)}${before}`,
        again: "run the same command again: its first pass adds the rest",
      });
    }
    summary.batches++;
    summary.files += present.length;
    options.onBatch?.(report, (performance.now() - started) / 1000);
  };

  const kick = () => {
    timer = null;
    if (held || running || pending.size === 0 || stopping) return;
    const batch: string[] = [];
    for (const p of pending) {
      batch.push(p);
      pending.delete(p);
      if (batch.length >= maxBatch) break;
    }
    running = runBatch(batch)
      .catch((err: unknown) => {
        if (err instanceof FaultError) {
          fault ??= err;
          stopping = true;
          halt();
          return;
        }
        options.onError?.(`cannot ingest a batch: ${err instanceof Error ? err.message : String(err)}`);
      })
      .finally(() => {
        running = null;
        if (pending.size > 0) schedule();
      });
  };

  // The first file of a batch opens it; those that arrive in the next moments join it.
  const schedule = () => {
    if (!timer && !stopping) timer = setTimeout(kick, gatherMs);
  };
  const queue = (path: string) => {
    if (stopping) return;
    pending.add(resolve(path));
    schedule();
  };

  watcher.on("add", queue).on("change", queue);
  watcher.on("error", (err: unknown) => options.onError?.(`watching: ${err instanceof Error ? err.message : String(err)}`));

  // A watched path that is removed is watched again when it comes back, and whatever it holds then
  // is ingested (files that are already in the archive are unchanged, and cost a stat).
  const missing = new Set<string>();
  const checkRoots = () => {
    for (const root of paths) {
      let there = false;
      try {
        there = statSync(root) !== undefined;
      } catch {
        there = false;
      }
      if (!there) missing.add(root);
      else if (missing.delete(root)) {
        watcher.unwatch(root);
        watcher.add(root);
        queue(root);
      }
    }
  };
  checkRoots();
  const rootTimer = setInterval(checkRoots, options.rootCheckMs ?? 1000);

  try {
    await new Promise<void>((ready) => {
      if (stopping) return ready();
      watcher.once("ready", () => ready());
      options.signal.addEventListener("abort", () => ready(), { once: true });
    });
    if (!options.signal.aborted) {
      // A fault in the first pass ends the watch before it starts (the watcher is closed below).
      try {
        await options.initial?.();
      } finally {
        held = false;
      }
      if (pending.size > 0) schedule();
      options.onReady?.();
    }

    await Promise.race([
      halted,
      new Promise<void>((stop) => {
        if (options.signal.aborted) return stop();
        options.signal.addEventListener("abort", () => stop(), { once: true });
      }),
    ]);
  } finally {
    stopping = true;
    if (timer) clearTimeout(timer);
    clearInterval(rootTimer);
    await watcher.close();
    // The batch being written is finished; files not yet in a batch are left for the next run, whose
    // first pass ingests them.
    await running;
  }
  if (fault) throw fault;
  return summary;
}

function n(x: number): string {
  return x.toLocaleString("en-US");
}
