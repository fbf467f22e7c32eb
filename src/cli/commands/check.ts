// news check
import { archiveExists } from "../../core/archive/store.js";
import { check } from "../../core/check.js";
import { NewsError } from "../../core/errors.js";
import { makeContext, openForReading, openForWriting } from "../context.js";

export async function run(_args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  const repair = opts.repair === true;
  if (!archiveExists(ctx.dbPath)) throw new NewsError(`no archive at ${ctx.dbPath}; nothing to check`);
  // FTS5 checks its index through a write statement, so check opens for writing when it may.
  let archive;
  try {
    archive = openForWriting(ctx);
  } catch (err) {
    if (repair) throw err;
    archive = openForReading(ctx);
  }
  try {
    const report = check(archive, { repair });
    if (opts.json === true) {
      await ctx.out.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const lines = [
        ...report.repaired.map((r) => `repaired  ${r}`),
        ...report.checks.map((c) => `${c.ok ? ctx.style.bold("ok") : ctx.style.error("FAILED")}${" ".repeat(c.ok ? 8 : 4)}${c.name.padEnd(10)} ${c.detail}`),
      ];
      await ctx.out.write(`${lines.join("\n")}\n`);
    }
    if (!report.ok) {
      ctx.log.warn(`the archive ${ctx.dbPath} has problems${repair ? " that --repair could not fix" : "; run 'news check --repair'"}`);
      process.exitCode = 1;
    }
  } finally {
    archive.close();
  }
}
