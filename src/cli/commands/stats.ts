// news stats
import { stats } from "../../core/read.js";
import { formatOf, makeContext, openForReading } from "../context.js";

export async function run(_args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  const archive = openForReading(ctx);
  try {
    const s = stats(archive);
    if (formatOf<string>(opts, "table") === "json") await ctx.out.write(`${JSON.stringify(s, null, 2)}\n`);
    else {
      // Articles per year, or per month when the dates span two years or less, as a small chart.
      const { timeline } = await import("../../core/timeline.js");
      const { canDrawBlocks } = await import("../../format/chart.js");
      const by = s.firstDate && s.lastDate && Number(s.lastDate.slice(0, 4)) - Number(s.firstDate.slice(0, 4)) < 2 ? "month" : "year";
      const chart = { by, points: timeline(archive, "", { by }).points, blocks: canDrawBlocks() } as const;
      await ctx.out.write((await import("../../format/table.js")).statsText(s, { style: ctx.style, width: ctx.out.width }, chart));
    }
  } finally {
    archive.close();
  }
}
