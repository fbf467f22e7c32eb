// news export [query...]
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { NewsError } from "../../core/errors.js";
import { iterateArticles } from "../../core/read.js";
import { iterateMatches } from "../../core/search.js";
import type { Article } from "../../core/types.js";
import { articleFileName, exportWriter, type ExportFormat } from "../../format/export.js";
import { articleRecord } from "../../format/records.js";
import { filtersOf, makeContext, openForReading } from "../context.js";

function isFolderTarget(path: string): boolean {
  return /[/\\]$/.test(path) || (existsSync(path) && statSync(path).isDirectory());
}

/** Writes a stream of text to a file through a temporary name, so a failed export leaves no half file. */
async function toFile(path: string, produce: (write: (s: string) => Promise<void>) => Promise<void>): Promise<void> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${Date.now()}-${process.pid}.news-export.tmp`);
  let stream;
  try {
    stream = createWriteStream(temp, { flags: "wx" });
    await new Promise<void>((ok, fail) => stream!.once("open", () => ok()).once("error", fail));
  } catch (err) {
    throw new NewsError(`cannot write ${target}: ${(err as Error).message}; check the folder exists and is writable`);
  }
  const s = stream;
  let failure: Error | null = null;
  s.on("error", (err) => (failure = err));
  try {
    await produce(async (text) => {
      if (failure) throw failure;
      if (!s.write(text)) await new Promise<void>((ok) => s.once("drain", ok));
    });
    await new Promise<void>((ok, fail) => s.end((err?: Error | null) => (err ? fail(err) : ok())));
    if (failure) throw failure;
    renameSync(temp, target);
  } catch (err) {
    s.destroy();
    rmSync(temp, { force: true });
    throw err instanceof NewsError ? err : new NewsError(`cannot write ${target}: ${(err as Error).message}`);
  }
}

export async function run(args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  const format = (opts.format as ExportFormat | undefined) ?? "ndjson";
  const query = ((args[0] as string[] | undefined) ?? []).join(" ").trim();
  const filters = filtersOf(opts);
  const archive = openForReading(ctx);
  let count = 0;
  try {
    const articles: Iterable<Article> = query
      ? iterateMatches(
          archive,
          query,
          filters,
          () => ctx.log.info("news: no story has every word; exporting the best partial matches"),
          (c) => ctx.log.info(`news: no article has "${c.from}"; searched for "${c.to}"`),
        )
      : iterateArticles(archive, filters);
    const out = typeof opts.out === "string" ? opts.out : null;

    if (out && isFolderTarget(out)) {
      const folder = resolve(out);
      mkdirSync(folder, { recursive: true });
      for (const a of articles) {
        // One article a file: a JSON file holds the article object itself.
        const w = exportWriter(format);
        const text = format === "json" ? `${JSON.stringify(articleRecord(a), null, 2)}\n` : w.start() + w.article(a, 0) + w.end();
        writeFileSync(join(folder, articleFileName(a, format)), text);
        count++;
      }
      ctx.log.info(`exported ${count} article${count === 1 ? "" : "s"} to ${folder}`);
      return;
    }

    const writer = exportWriter(format);
    const produce = async (write: (s: string) => Promise<void>, stillOpen: () => boolean) => {
      await write(writer.start());
      for (const a of articles) {
        if (!stillOpen()) return;
        await write(writer.article(a, count++));
      }
      await write(writer.end());
    };
    if (out) {
      await toFile(out, (write) => produce(write, () => true));
      ctx.log.info(`exported ${count} article${count === 1 ? "" : "s"} to ${resolve(out)}`);
    } else {
      await produce((s) => ctx.out.write(s), () => ctx.out.open);
    }
  } finally {
    archive.close();
  }
}
