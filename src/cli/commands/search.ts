// news search <query...>
import { countMatches, search, type SearchOptions } from "../../core/search.js";
import { renderHits, type ListFormat } from "../../format/render.js";
import { filtersOf, formatOf, makeContext, openForReading } from "../context.js";

export async function run(args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  // `news search Venezuela oil` and `news search "Venezuela oil"` mean the same.
  const query = (args[0] as string[]).join(" ");
  const options: SearchOptions = {
    ...filtersOf(opts),
    sort: opts.sort === "date" ? "date" : "rank",
    raw: opts.raw === true,
    strict: opts.strict === true,
  };
  const archive = openForReading(ctx);
  try {
    if (opts.count === true) {
      const n = countMatches(archive, query, options);
      await ctx.out.write(formatOf<string>(opts, "table") === "json" ? `${JSON.stringify({ count: n })}\n` : `${n}\n`);
      return;
    }
    const result = search(archive, query, options);
    if (result.note) ctx.log.info(`news: ${result.note}`);
    for (const c of result.corrections) ctx.log.info(`news: no article has "${c.from}"; searched for "${c.to}"`);
    if (result.partial) ctx.log.info(`news: ${partialNote(result.everyWord ?? 0)} (--strict to turn this off)`);
    await ctx.out.write(await renderHits(result.hits, formatOf<ListFormat>(opts, "table"), { style: ctx.style, width: ctx.out.width }));
  } finally {
    archive.close();
  }
}

function partialNote(everyWord: number): string {
  if (everyWord === 0) return "no story has every word; showing the best partial matches";
  const stories = everyWord === 1 ? "1 story has" : `${everyWord} stories have`;
  return `only ${stories} every word; ranked with the best partial matches`;
}
