// news show <ref>
import { NotFoundError } from "../../core/errors.js";
import { articleView } from "../../format/article-view.js";
import { mdArticle } from "../../format/markdown.js";
import { articleRecord } from "../../format/records.js";
import { formatOf, makeContext, openForReading } from "../context.js";

export async function run(args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  const archive = openForReading(ctx);
  try {
    const id = archive.resolve(String(args[0]));
    const article = archive.get(id);
    if (!article) throw new NotFoundError(`article ${id} was removed while reading it`);
    if (opts.original === true) {
      await ctx.out.write(`${archive.original(id) ?? ""}\n`);
      return;
    }
    const format = formatOf<"text" | "json" | "markdown">(opts, "text");
    const explain = opts.explain === true;
    if (format === "json") {
      const record = articleRecord(article);
      if (!explain) delete record.provenance;
      await ctx.out.write(`${JSON.stringify(record, null, 2)}\n`);
    } else if (format === "markdown") {
      await ctx.out.write(mdArticle(article));
    } else {
      await ctx.out.write(articleView(article, { style: ctx.style, width: ctx.out.width }, { explain }));
    }
  } finally {
    archive.close();
  }
}
