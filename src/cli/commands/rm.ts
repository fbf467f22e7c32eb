// news rm <ref...>
import { remove } from "../../core/read.js";
import { makeContext, openForWriting } from "../context.js";
import { archiveExists } from "../../core/archive/store.js";
import { NewsError } from "../../core/errors.js";

export async function run(args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  // Removing from an archive that does not exist must not create one.
  if (!archiveExists(ctx.dbPath)) throw new NewsError(`no archive at ${ctx.dbPath}; nothing to remove`);
  const archive = openForWriting(ctx);
  try {
    const removed = remove(archive, args[0] as string[]);
    if (opts.json === true) await ctx.out.write(`${JSON.stringify(removed, null, 2)}\n`);
    for (const r of removed) ctx.log.info(`removed ${r.id}: ${r.title}`);
  } finally {
    archive.close();
  }
}
