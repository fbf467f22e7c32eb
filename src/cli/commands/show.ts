// news show <ref>
import { NotFoundError } from "../../core/errors.js";
import { articleView } from "../../format/article-view.js";
import { mdArticle } from "../../format/markdown.js";
import { articleRecord } from "../../format/records.js";
import { otherArticles } from "../../core/stories/fold.js";
import type { VersionInfo } from "../../core/stories/versions.js";
import { formatOf, makeContext, openForReading } from "../context.js";

function versionsTable(versions: VersionInfo[]): string {
  const lines = ["VERSION  INGESTED                  HASH          WORDS"];
  for (const v of versions) {
    lines.push(`${String(v.version).padStart(7)}  ${v.ingestedAt.padEnd(24)}  ${v.hash.slice(0, 12)}  ${String(v.words).padStart(5)}${v.version === versions.length ? "  (current)" : ""}`);
  }
  return `${lines.join("\n")}\n`;
}

export async function run(args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  const archive = openForReading(ctx);
  try {
    const id = archive.resolve(String(args[0]));
    const article = archive.get(id);
    if (!article) throw new NotFoundError(`article ${id} was removed while reading it`);
    if (opts.versions === true) {
      const versions = archive.versions.list(id);
      const json = formatOf<string>(opts, "text") === "json";
      await ctx.out.write(json ? `${JSON.stringify({ id, versions }, null, 2)}\n` : versionsTable(versions));
      return;
    }
    if (opts.original === true) {
      await ctx.out.write(`${archive.original(id) ?? ""}\n`);
      return;
    }
    const format = formatOf<"text" | "json" | "markdown">(opts, "text");
    const explain = opts.explain === true;
    // The other articles of its story (reprints, copies), oldest first.
    const others = otherArticles(archive, id);
    article.storySize = others.length + 1;
    if (format === "json") {
      const record = articleRecord(article);
      if (!explain) delete record.provenance;
      record.storyArticles = others;
      await ctx.out.write(`${JSON.stringify(record, null, 2)}\n`);
    } else if (format === "markdown") {
      await ctx.out.write(mdArticle(article));
    } else {
      await ctx.out.write(articleView(article, { style: ctx.style, width: ctx.out.width }, { explain, others }));
    }
  } finally {
    archive.close();
  }
}
