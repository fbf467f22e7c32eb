// news timeline [query...]
import { timeline, type TimelineOptions } from "../../core/timeline.js";
import type { PeriodUnit } from "../../core/periods.js";
import { canDrawBlocks, thousands } from "../../format/chart.js";
import { renderTimeline, type CountFormat } from "../../format/counts.js";
import { filtersOf, formatOf, makeContext, openForReading } from "../context.js";

export async function run(args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  const query = ((args[0] as string[] | undefined) ?? []).join(" ");
  const options: TimelineOptions = { ...filtersOf(opts) };
  if (typeof opts.by === "string") options.by = opts.by as PeriodUnit;
  const archive = openForReading(ctx);
  try {
    const t = timeline(archive, query, options);
    if (t.note) ctx.log.info(`news: ${t.note}`);
    if (t.undated > 0) {
      ctx.log.info(`news: ${t.undated === 1 ? "1 matching article has" : `${thousands(t.undated)} matching articles have`} no date and ${t.undated === 1 ? "is" : "are"} not counted`);
    }
    if (t.points.length === 0 && !t.note && t.undated === 0) ctx.log.info("news: no articles match");
    const format = formatOf<CountFormat>(opts, "table");
    await ctx.out.write(renderTimeline(t.points, format, { style: ctx.style, width: ctx.out.width, blocks: canDrawBlocks() }, opts.ratio === true));
  } finally {
    archive.close();
  }
}
