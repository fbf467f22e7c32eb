// news copy <target>
import { copyArchive, type CopyProgress } from "../../core/copy.js";
import { makeContext, openForReading } from "../context.js";

const SHOW_AFTER_MS = 500;
const EVERY_MS = 100;

export async function run(args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  const target = String(args[0]);
  const archive = openForReading(ctx);
  const started = performance.now();
  let last = 0;
  const onProgress = (p: CopyProgress) => {
    const now = performance.now();
    if (now - started < SHOW_AFTER_MS || now - last < EVERY_MS) return;
    last = now;
    // Tables differ in row size (an article against a file link), so each shows its own count.
    const rate = p.rows / ((now - started) / 1000);
    ctx.log.status(
      `copying ${p.table} ${p.tableRows.toLocaleString("en-US")}/${p.tableTotal.toLocaleString("en-US")} rows (table ${p.tableIndex}/${p.tables}, ${Math.round(rate).toLocaleString("en-US")} rows/s)`,
    );
  };
  let report;
  try {
    report = copyArchive(archive, ctx.dbPath, target, { force: opts.force === true, onProgress });
  } finally {
    ctx.log.clearStatus();
    archive.close();
  }
  if (opts.json === true) await ctx.out.write(`${JSON.stringify(report, null, 2)}\n`);
  const n = report.articles;
  ctx.log.info(
    `${report.resumed ? "finished the interrupted copy: " : "copied "}${n.toLocaleString("en-US")} article${n === 1 ? "" : "s"} (${report.rows.toLocaleString("en-US")} rows in ${report.tables.length} tables) to ${report.target} (${report.seconds.toFixed(1)} s)`,
  );
}
