// news import <file...|->
import { resolve } from "node:path";
import { emptyReport } from "../../core/ingest.js";
import { importRecords, openInput, type ImportOptions, type ImportReport, type RecordReport } from "../../core/import.js";
import { makeContext, openForWriting } from "../context.js";
import { endJsonOnFault } from "../io.js";

function where(r: RecordReport): string {
  const at = r.line !== null ? `line ${r.line}` : `record ${r.record}`;
  return `${r.path ?? "standard input"}${r.record > 0 ? ` ${at}` : ""}`;
}

function summary(r: ImportReport, seconds: number): string {
  const parts = (["added", "updated", "unchanged", "duplicate", "skipped", "failed"] as const)
    .filter((k) => r[k] > 0)
    .map((k) => `${r[k].toLocaleString("en-US")} ${k}`);
  const n = r.added + r.updated + r.unchanged + r.duplicate + r.skipped + r.failed;
  return `${n.toLocaleString("en-US")} record${n === 1 ? "" : "s"}: ${parts.join(", ") || "nothing to do"} (${seconds.toFixed(1)} s)`;
}

export async function run(args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  const paths = args[0] as string[];
  if (paths.filter((p) => p === "-").length > 1) {
    const { UsageError } = await import("../../core/errors.js");
    throw new UsageError("standard input (-) can be read only once; give '-' one time");
  }
  const archive = openForWriting(ctx, true);
  const json = opts.json === true;
  let written = 0;
  // Counted here too, so that an import stopped by a full disk still ends its JSON report with them.
  const counts = emptyReport();
  const endJson = async (r: Omit<ImportReport, "files">, stopped?: string) => {
    const fields: Record<string, unknown> = { added: r.added, updated: r.updated, unchanged: r.unchanged, duplicate: r.duplicate, skipped: r.skipped, failed: r.failed };
    if (stopped) fields.stopped = stopped;
    const tail = Object.entries(fields).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(",\n");
    await ctx.out.write(`${written ? "\n" : ""}  ],\n${tail}\n}\n`);
  };
  if (json) await ctx.out.write('{\n  "files": [\n');
  const started = performance.now();
  const options: ImportOptions = {
    source: (opts.source as string | undefined) ?? null,
    section: (opts.section as string | undefined) ?? null,
    tags: (opts.tag as string[] | undefined) ?? [],
    keepFiles: false,
    onRecord: async (r) => {
      counts[r.status]++;
      if (r.status === "failed" || r.status === "skipped") ctx.log.warn(`${r.status} ${where(r)}: ${r.reason}`);
      if (json) await ctx.out.write(`${written++ === 0 ? "" : ",\n"}    ${JSON.stringify(r)}`);
    },
  };
  let report: ImportReport;
  try {
    report = await importRecords(
      archive,
      paths.map((p) => ({ path: p === "-" ? null : resolve(p), stream: openInput(p === "-" ? "-" : resolve(p)) })),
      options,
    );
  } catch (err) {
    await endJsonOnFault(err, json, ctx.out, (stopped) => endJson(counts, stopped));
    throw err;
  } finally {
    archive.close();
  }
  if (json) await endJson(report);
  ctx.log.info(summary(report, (performance.now() - started) / 1000));
  if (report.failed > 0) process.exitCode = 1;
}
