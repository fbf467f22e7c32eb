// news ingest <path...>
import { existsSync, statSync } from "node:fs";
import { Archive } from "../../core/archive/archive.js";
import { isPostgresUrl } from "../../core/archive/location.js";
import { archiveExists } from "../../core/archive/store.js";
import { emptyReport, ingest, type IngestOptions } from "../../core/ingest.js";
import type { IngestReport } from "../../core/types.js";
import { makeContext, openForWriting, type Context } from "../context.js";
import { Progress } from "../progress.js";
import { ParserPool } from "../../core/parser-pool.js";
import { endJsonOnFault } from "../io.js";

/** Up to this many files, ingest parses on the main thread unless --jobs says otherwise: measured
 *  on two cores, 455 files took 0.95-1.0 s on it and 1.1-1.25 s with a parser thread, 2,000 files about
 *  the same either way, 7,365 files 3.9 s with the thread and 4.8 s without. */
const SMALL_RUN = 1000;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function summary(r: IngestReport, seconds: number): string {
  const parts = (["added", "updated", "unchanged", "duplicate", "skipped", "failed"] as const)
    .filter((k) => r[k] > 0)
    .map((k) => `${r[k].toLocaleString("en-US")} ${k}`);
  const n = r.added + r.updated + r.unchanged + r.duplicate + r.skipped + r.failed;
  const rate = seconds > 0.5 ? `, ${Math.round(n / seconds).toLocaleString("en-US")} files/s` : "";
  return `${n.toLocaleString("en-US")} file${n === 1 ? "" : "s"}: ${parts.join(", ") || "nothing to do"} (${seconds.toFixed(1)} s${rate})`;
}

export async function run(args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx: Context = await makeContext(globals);
  const inputs = args[0] as string[];
  const dryRun = opts.dryRun === true;
  if (inputs.filter((i) => i === "-").length > 1) {
    const { UsageError } = await import("../../core/errors.js");
    throw new UsageError("standard input (-) can be read only once; give '-' one time");
  }

  const watching = opts.watch === true;
  if (watching) {
    const { UsageError } = await import("../../core/errors.js");
    const GLOB = /[*?[\]{}]/;
    if (inputs.includes("-")) throw new UsageError("--watch watches files and folders; standard input (-) cannot be watched");
    if (dryRun || opts.json === true) throw new UsageError(`--watch cannot be combined with ${dryRun ? "--dry-run" : "--json"}; watch without it`);
    const glob = inputs.find((i) => GLOB.test(i) && !existsSync(i));
    if (glob) throw new UsageError(`--watch takes files and folders, not patterns such as '${glob}'; watch the folder instead`);
  }

  // A dry run never creates an archive; it judges against one if it exists.
  const archive = dryRun
    ? archiveExists(ctx.dbPath) && (isPostgresUrl(ctx.dbPath) || statSync(ctx.dbPath).size > 0)
      ? Archive.open(ctx.dbPath, { write: false })
      : null
    : openForWriting(ctx, true);
  const progress = new Progress(ctx.log, inputs);
  // The JSON report streams its file list first and the counts last (JSON objects are unordered).
  const json = opts.json === true;
  let filesWritten = 0;
  if (json) await ctx.out.write('{\n  "files": [\n');
  const options: IngestOptions = {
    source: (opts.source as string | undefined) ?? null,
    section: (opts.section as string | undefined) ?? null,
    tags: (opts.tag as string[] | undefined) ?? [],
    dryRun,
    readStdin,
    onProgress: (p) => progress.tick(p.status),
    onRead: (path) => progress.read(path),
    // Outcomes are written as they come, not kept: memory stays flat for a million files.
    keepFiles: false,
    onFile: async (f) => {
      if (f.status === "failed" || f.status === "skipped") ctx.log.warn(`${f.status} ${f.path ?? "standard input"}: ${f.reason}`);
      if (json) await ctx.out.write(`${filesWritten++ === 0 ? "" : ",\n"}    ${JSON.stringify(f)}`);
    },
  };
  if (typeof opts.maxSize === "number") options.maxSize = opts.maxSize;
  if (opts.force === true) options.force = true;
  // Threads by default only for a large run (see analyserAbove); --jobs N asks for them always.
  if (opts.jobs !== 0) options.analyser = new ParserPool(typeof opts.jobs === "number" ? opts.jobs : undefined);
  if (opts.jobs === undefined) options.analyserAbove = SMALL_RUN;
  // Counted here too, so that a run stopped by a full disk still ends its JSON report with them.
  const counts = emptyReport();
  const onFile = options.onFile!;
  options.onFile = async (f) => {
    counts[f.status]++;
    await onFile(f);
  };
  const endJson = async (r: Omit<IngestReport, "files">, stopped?: string) => {
    const fields: Record<string, unknown> = { added: r.added, updated: r.updated, unchanged: r.unchanged, duplicate: r.duplicate, skipped: r.skipped, failed: r.failed };
    if (stopped) fields.stopped = stopped;
    const tail = Object.entries(fields).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(",\n");
    await ctx.out.write(`${filesWritten ? "\n" : ""}  ],\n${tail}\n}\n`);
  };
  const firstPass = async (): Promise<IngestReport> => {
    const started = performance.now();
    let report: IngestReport;
    try {
      report = await ingest(archive, inputs, options);
    } catch (err) {
      await endJsonOnFault(err, json, ctx.out, (stopped) => endJson(counts, stopped));
      throw err;
    } finally {
      progress.done();
      if (!watching) archive?.close();
    }
    const seconds = (performance.now() - started) / 1000;
    if (json) await endJson(report);
    ctx.log.info(`${dryRun ? "dry run, nothing written: " : ""}${summary(report, seconds)}`);
    return report;
  };
  if (watching && archive) {
    // The watcher starts first, so that a file arriving during the first pass is not missed.
    await watchFolders(ctx, archive, inputs, options, opts, firstPass);
    return;
  }
  const report = await firstPass();
  if (report.failed > 0) process.exitCode = 1;
}

/** `--watch`: after the first pass, ingest files as they appear or change until SIGINT or SIGTERM. */
async function watchFolders(
  ctx: Context,
  archive: Archive,
  inputs: string[],
  first: IngestOptions,
  opts: Record<string, unknown>,
  firstPass: () => Promise<IngestReport>,
): Promise<void> {
  const { watchIngest } = await import("../../core/watch.js");
  const stop = new AbortController();
  const signals = ["SIGINT", "SIGTERM"] as const;
  // The first signal finishes the batch being written and ends with status 0; a second one ends at
  // once (the archive is as the last finished batch left it).
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) {
      for (const s of signals) process.removeAllListeners(s);
      process.kill(process.pid, signal);
      return;
    }
    ctx.log.info(`news: ${signal === "SIGINT" ? "interrupted" : "asked to stop"}; finishing the current batch`);
    stop.abort();
  };
  // Until the first pass is done, a signal ends the process as it ends a plain ingest.
  const listen = () => {
    for (const s of signals) process.on(s, onSignal);
  };
  const clock = () => new Date().toTimeString().slice(0, 8);
  try {
    const done = await watchIngest(archive, inputs, {
      ingestOptions: () => ({
        source: first.source ?? null,
        section: first.section ?? null,
        tags: first.tags ?? [],
        onFile: (f) => {
          if (f.status === "failed" || f.status === "skipped") ctx.log.warn(`${f.status} ${f.path ?? "standard input"}: ${f.reason}`);
        },
        ...(typeof opts.maxSize === "number" ? { maxSize: opts.maxSize } : {}),
        ...(opts.jobs !== 0 ? { analyser: new ParserPool(typeof opts.jobs === "number" ? opts.jobs : undefined), analyserAbove: opts.jobs === undefined ? SMALL_RUN : 0 } : {}),
      }),
      initial: async () => {
        await firstPass();
      },
      ...(typeof opts.settle === "number" ? { settleMs: opts.settle } : {}),
      onBatch: (r, seconds) => ctx.log.info(`${clock()} ${summary(r, seconds)}`),
      onError: (message) => ctx.log.warn(message),
      onReady: () => {
        listen();
        ctx.log.info(`watching ${inputs.length === 1 ? inputs[0] : `${inputs.length} paths`} for new and changed files; Ctrl-C to stop`);
      },
      signal: stop.signal,
    });
    ctx.log.info(`stopped watching: ${done.batches.toLocaleString("en-US")} batch${done.batches === 1 ? "" : "es"}, ${done.files.toLocaleString("en-US")} file${done.files === 1 ? "" : "s"}`);
  } finally {
    for (const s of signals) process.off(s, onSignal);
    archive.close();
  }
}
