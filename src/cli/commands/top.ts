// news top <field> [query...]
import { top } from "../../core/timeline.js";
import { canDrawBlocks, thousands } from "../../format/chart.js";
import { renderTop, type CountFormat } from "../../format/counts.js";
import { filtersOf, formatOf, makeContext, openForReading } from "../context.js";

export async function run(args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  const field = args[0] as string;
  const query = ((args[1] as string[] | undefined) ?? []).join(" ");
  const archive = openForReading(ctx);
  try {
    const t = top(archive, field, query, filtersOf(opts));
    if (t.note) ctx.log.info(`news: ${t.note}`);
    const many = `${field}s`; // places, sources, sections, authors, tags, years, languages
    if (t.values.length < t.distinct) {
      ctx.log.info(`news: showing ${t.values.length} of ${thousands(t.distinct)} ${many} (--limit 0 for all)`);
    }
    if (t.without > 0) {
      const what = field === "tag" ? "no tags" : field === "year" ? "no date" : `no ${field}`;
      ctx.log.info(`news: ${t.without === 1 ? "1 matching article has" : `${thousands(t.without)} matching articles have`} ${what}`);
    }
    if (t.distinct === 0 && t.without === 0 && !t.note) ctx.log.info("news: no articles match");
    const format = formatOf<CountFormat>(opts, "table");
    await ctx.out.write(renderTop(t.values, format, { style: ctx.style, width: ctx.out.width, blocks: canDrawBlocks() }));
  } finally {
    archive.close();
  }
}
