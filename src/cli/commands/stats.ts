// news stats
import { stats } from "../../core/read.js";
import { formatOf, makeContext, openForReading } from "../context.js";

export async function run(_args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  const archive = openForReading(ctx);
  try {
    const s = stats(archive);
    if (formatOf<string>(opts, "table") === "json") await ctx.out.write(`${JSON.stringify(s, null, 2)}\n`);
    else await ctx.out.write((await import("../../format/table.js")).statsText(s, { style: ctx.style, width: ctx.out.width }));
  } finally {
    archive.close();
  }
}
