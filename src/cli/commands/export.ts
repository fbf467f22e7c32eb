// news export [query...]
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { asFault, FaultError, NewsError } from "../../core/errors.js";
import { diskState, fsErrorReason } from "../../core/fs-errors.js";
import { iterateArticles } from "../../core/read.js";
import { iterateMatches } from "../../core/search.js";
import type { Article } from "../../core/types.js";
import { articleFileName, exportWriter, type ExportFormat } from "../../format/export.js";
import { articleRecord } from "../../format/records.js";
import { filtersOf, makeContext, openForReading } from "../context.js";

function isFolderTarget(path: string): boolean {
  return /[/\\]$/.test(path) || (existsSync(path) && statSync(path).isDirectory());
}

/** Why `target` could not be written: a full or read-only disk in its words, else the system's reason. */
function writeError(err: unknown, target: string, done: string, again?: string): NewsError {
  const progress = { done, again, elsewhere: "pass --out with a path on another disk" };
  const fault = asFault(err, target, progress);
  if (fault instanceof NewsError) return fault;
  // A folder made on a read-only disk fails as "no such file" (Node's recursive mkdir): ask the disk.
  const state = diskState(target);
  if (state) return new FaultError({ kind: state, path: target }, progress, { cause: err });
  return new NewsError(`cannot write ${target}: ${fsErrorReason(err)}; ${done}; check the folder exists and is writable`, 1, { cause: err });
}

/** Writes all of `bytes` to a file descriptor (a write may take only part of them). */
function writeAll(fd: number, bytes: Buffer): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * Writes `text` to `target` through a temporary file beside it, renamed over it only once all of it
 * is written: a failure (a full disk) leaves no half file, and an earlier file of that name as it was.
 * Writes are synchronous, so every error comes back where it happened, never after the command ended.
 */
function writeFileAtomic(target: string, produce: (write: (text: string) => void) => void | Promise<void>): Promise<void> | void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.news-export.tmp`);
  const fd = openSync(temp, "wx");
  let open = true;
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    writeAll(fd, Buffer.from(pending.join(""), "utf8"));
    pending = [];
    size = 0;
  };
  const write = (text: string) => {
    pending.push(text);
    size += text.length;
    if (size >= 256 * 1024) flush();
  };
  const finish = () => {
    flush();
    open = false;
    closeSync(fd);
    renameSync(temp, target);
  };
  const fail = (err: unknown): never => {
    if (open) {
      try {
        closeSync(fd);
      } catch {
        // closing a file that could not be written: nothing more to lose
      }
    }
    rmSync(temp, { force: true });
    throw err;
  };
  try {
    const produced = produce(write);
    if (produced instanceof Promise) return produced.then(finish).catch(fail);
    finish();
  } catch (err) {
    fail(err);
  }
}

/** Writes a stream of text to a file through a temporary name, so a failed export leaves no half file. */
async function toFile(path: string, produce: (write: (s: string) => Promise<void>) => Promise<void>): Promise<void> {
  const target = resolve(path);
  const nothing = `nothing was written to ${target}${existsSync(target) ? " (the file there is as it was)" : ""}`;
  try {
    await writeFileAtomic(target, (write) => produce(async (text) => write(text)));
  } catch (err) {
    if (err instanceof NewsError) throw err;
    throw writeError(err, target, nothing);
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
      ? iterateMatches(archive, query, filters, () => ctx.log.info("news: no story has every word; exporting the best partial matches"))
      : iterateArticles(archive, filters);
    const out = typeof opts.out === "string" ? opts.out : null;

    if (out && isFolderTarget(out)) {
      const folder = resolve(out);
      let made: string | undefined;
      try {
        made = mkdirSync(folder, { recursive: true });
      } catch (err) {
        throw writeError(err, folder, "nothing was exported");
      }
      for (const a of articles) {
        // One article a file: a JSON file holds the article object itself.
        const w = exportWriter(format);
        const text = format === "json" ? `${JSON.stringify(articleRecord(a), null, 2)}\n` : w.start() + w.article(a, 0) + w.end();
        const file = join(folder, articleFileName(a, format));
        try {
          // Each through a temporary file: a full disk leaves no half article, and an earlier export's file as it was.
          writeFileAtomic(file, (write) => write(text));
        } catch (err) {
          // A folder made for this export and left empty goes too.
          if (count === 0 && made) rmSync(made, { recursive: true, force: true });
          const done = count === 0 ? "no article was exported" : `the first ${count.toLocaleString("en-US")} article${count === 1 ? " was" : "s were"} exported, each whole`;
          throw writeError(err, folder, done);
        }
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
