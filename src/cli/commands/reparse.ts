// news reparse
import { reparse, type ReparseReport } from "../../core/reparse.js";
import { visible, truncate } from "../../format/text.js";
import { filtersOf, makeContext, openForReading, openForWriting } from "../context.js";

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return truncate(visible(s.replace(/\s+/g, " ")), 50);
}

function changesText(r: ReparseReport): string {
  const lines: string[] = [];
  for (const c of r.changes) {
    for (const [field, { from, to }] of Object.entries(c.fields)) {
      const shown = field === "body" ? `${String(from).length} → ${String(to).length} characters` : `${show(from)} → ${show(to)}`;
      lines.push(`${String(c.id).padStart(6)}  ${field.padEnd(8)} ${shown}`);
    }
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}

export async function run(_args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  const dryRun = opts.dryRun === true;
  const archive = dryRun ? openForReading(ctx) : openForWriting(ctx);
  try {
    let report;
    try {
      report = reparse(archive, filtersOf(opts), {
        dryRun,
        onProgress: (done, total) => ctx.log.status(`reparsing: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`),
      });
    } finally {
      ctx.log.clearStatus();
    }
    await ctx.out.write(opts.json === true ? `${JSON.stringify(report, null, 2)}\n` : changesText(report));
    const byField = Object.entries(report.fields)
      .filter(([, n]) => n > 0)
      .map(([f, n]) => `${f} ${n}`)
      .join(", ");
    ctx.log.info(
      `${dryRun ? "dry run, nothing written: " : ""}reparsed ${report.articles.toLocaleString("en-US")} articles: ${report.changed.toLocaleString("en-US")} changed${byField ? ` (${byField})` : ""}`,
    );
  } finally {
    archive.close();
  }
}
