// news list
import { list } from "../../core/read.js";
import { renderArticles, type ListFormat } from "../../format/render.js";
import { filtersOf, formatOf, makeContext, openForReading } from "../context.js";

export async function run(_args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  const archive = openForReading(ctx);
  try {
    const articles = list(archive, filtersOf(opts));
    await ctx.out.write(await renderArticles(articles, formatOf<ListFormat>(opts, "table"), { style: ctx.style, width: ctx.out.width }));
  } finally {
    archive.close();
  }
}
