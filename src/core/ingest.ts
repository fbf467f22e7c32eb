// Files -> archive. Reading and parsing run ahead of the writer; articles are written in
// transactions of many, each taking the write lock at its start, and every file gets exactly one
// outcome in the report. One bad file never stops or undoes the others.
import { statSync } from "node:fs";
import type { Archive, KnownFile } from "./archive/archive.js";
import { compress } from "./archive/compression.js";
import { inlineAnalyser, readErrorReason, tooLarge, type Analyser, type Analysed } from "./analyse.js";
import type { ParseOptions } from "./parse/article.js";
import { FaultError } from "./errors.js";
import { filesDone } from "./fs-errors.js";
import { expandSources, type Source } from "./sources.js";
import { sameButWhitespace } from "./stories/versions.js";
import type { FileReport, FileStatus, IngestReport } from "./types.js";

/** No article is this long; a bigger file is a log, a dump or a mistake, and would cost memory. */
export const DEFAULT_MAX_SIZE = 16 * 1024 * 1024;

export interface IngestOptions extends ParseOptions {
  /** Parse and report without writing. */
  dryRun?: boolean;
  /** Files larger than this many bytes are skipped with a reason. */
  maxSize?: number;
  /** Articles per write transaction. */
  batchSize?: number;
  /** How many files are read and parsed ahead of the writer. */
  readAhead?: number;
  readStdin?: () => Promise<Buffer>;
  onProgress?: (progress: { done: number; status: FileStatus; path: string | null }) => void;
  /** Each file as soon as it has been read and parsed, before its batch is written. */
  onRead?: (path: string | null) => void;
  /** Each file's outcome, in input order, once it is written; awaited, so a slow reader slows ingest. */
  onFile?: (file: FileReport) => void | Promise<void>;
  /** Keep every file's outcome in the returned report (default true). Without, memory stays flat
   *  however many files there are: use onFile to see them. */
  keepFiles?: boolean;
  /** Analyses many texts at once (a worker pool); defaults to parsing on this thread. */
  analyser?: Analyser;
  /** Use `analyser` only for a run of more than this many files (default 0: always); a smaller run
   *  parses on this thread, where it is done before a thread could start and warm up. (Counted by
   *  reading up to this many files of the walk ahead, so keep it small.) */
  analyserAbove?: number;
  /** Read every file even when its size and modification time say it has not changed. */
  force?: boolean;
}

/** A file that was not analysed: it failed, was skipped, or is known and has not changed. */
type NotAnalysed = Extract<Analysed, { ok: false }> | { ok: false; status: "unchanged"; reason: null; id: number };

interface Ready {
  path: string | null;
  size: number;
  mtimeMs: number;
  result: Analysed | NotAnalysed;
}
type Readable = Ready & { result: Extract<Analysed, { ok: true }> };

function readSource(
  source: Source,
  options: IngestOptions,
  given: ParseOptions,
  analyser: Analyser,
  known: (path: string) => Omit<KnownFile, "hash"> | undefined,
): Promise<Ready> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const failed = (path: string | null, reason: string): Ready => ({ path, size: 0, mtimeMs: 0, result: { ok: false, reason, status: "failed" } });
  if (source.kind === "error") return Promise.resolve(failed(source.path, source.reason));
  if (source.kind === "stdin") return readStdin(options, given, analyser, maxSize);
  let st;
  try {
    // Synchronous: a stat of a cached inode costs microseconds, its promise more than that.
    st = statSync(source.path);
  } catch (err) {
    return Promise.resolve(failed(source.path, readErrorReason(err)));
  }
  const found = { path: source.path, size: st.size, mtimeMs: st.mtimeMs };
  if (st.size > maxSize) return Promise.resolve({ ...found, result: tooLarge(st.size, maxSize) });
  // A file whose size and modification time match what was ingested is unchanged, as git and
  // rsync judge it: re-ingesting a large collection then reads nothing (--force reads anyway).
  const before = options.force ? undefined : known(source.path);
  if (before && before.size === st.size && before.mtime_ms === st.mtimeMs) {
    return Promise.resolve({ ...found, result: { ok: false, status: "unchanged", reason: null, id: before.article_id } });
  }
  return analyser.analyseFile(source.path, given, maxSize).then((result) => ({ ...found, size: result.ok ? result.size : st.size, result }));
}

async function readStdin(options: IngestOptions, given: ParseOptions, analyser: Analyser, maxSize: number): Promise<Ready> {
  try {
    const bytes = options.readStdin ? await options.readStdin() : Buffer.alloc(0);
    const result = bytes.length > maxSize ? tooLarge(bytes.length, maxSize) : await analyser.analyse(bytes, given);
    return { path: null, size: bytes.length, mtimeMs: 0, result };
  } catch (err) {
    return { path: null, size: 0, mtimeMs: 0, result: { ok: false, reason: `cannot read standard input: ${readErrorReason(err)}`, status: "failed" } };
  }
}

/** Reads up to `n` items of an async iterable ahead: how many there were, and all of its items. */
async function peek<T>(items: AsyncIterable<T>, n: number): Promise<{ count: number; all: AsyncIterable<T> }> {
  const it = items[Symbol.asyncIterator]();
  const head: T[] = [];
  let ended = false;
  while (head.length < n) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    head.push(r.value);
  }
  const count = head.length;
  async function* all(): AsyncGenerator<T> {
    yield* head.splice(0);
    if (ended) return;
    try {
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    } finally {
      // A consumer that stops early closes the walk too.
      await it.return?.();
    }
  }
  return { count, all: all() };
}

/** Maps an async iterable with up to `width` operations in flight, keeping the input order. */
async function* ordered<T, U>(items: AsyncIterable<T>, width: number, fn: (item: T) => Promise<U>): AsyncGenerator<U> {
  const queue: Array<Promise<U>> = [];
  for await (const item of items) {
    queue.push(fn(item));
    if (queue.length >= width) yield await queue.shift()!;
  }
  while (queue.length) yield await queue.shift()!;
}

/** Decides each article's outcome against the archive and writes it; called inside a transaction. */
function store(archive: Archive, item: Readable, ingestedAt: string, given: ParseOptions): FileReport {
  const { hash, text, parsed, story, language } = item.result;
  // Only a stored article needs its original compressed (against the body: see compression.ts).
  const original = (): Uint8Array => compress(text, parsed.body);
  const path = item.path;
  const existing = archive.idByHash(hash);
  // A new article is filed under its story in the same transaction (src/core/stories).
  const added = (id: number): number => {
    archive.stories.add(id, parsed.body, text, story);
    return id;
  };
  if (path === null) {
    if (existing !== undefined) return { path, status: "unchanged", id: existing, reason: null };
    const id = added(archive.insert({ parsed, hash, original: original(), text, path, ingestedAt, given, language }));
    return { path, status: "added", id, reason: null };
  }
  const known = archive.knownFile(path);
  if (known && known.hash === hash) {
    if (known.size !== item.size || known.mtime_ms !== item.mtimeMs) archive.linkFile(path, known.article_id, item.size, item.mtimeMs);
    return { path, status: "unchanged", id: known.article_id, reason: null };
  }
  if (existing !== undefined) {
    archive.linkFile(path, existing, item.size, item.mtimeMs);
    return { path, status: "duplicate", id: existing, reason: `same text as article ${existing}` };
  }
  if (known && archive.fileCount(known.article_id) === 1) {
    // The file changed: the article it held takes the new text and keeps its id. The text it had
    // is kept as a version first, unless only its whitespace changed; all in this transaction.
    const id = known.article_id;
    const before = archive.versions.currentText(id);
    if (before !== undefined && !sameButWhitespace(before, text)) archive.versions.keep(id, ingestedAt);
    archive.stories.leave(id);
    archive.update(id, { parsed, hash, original: original(), path, ingestedAt, given, language });
    added(id);
    archive.linkFile(path, id, item.size, item.mtimeMs);
    return { path, status: "updated", id, reason: null };
  }
  const id = added(archive.insert({ parsed, hash, original: original(), text, path, ingestedAt, given, language }));
  archive.linkFile(path, id, item.size, item.mtimeMs);
  return { path, status: "added", id, reason: null };
}

/** What a dry run would do, judged against the archive (if any) and the files seen so far. */
function plan(archive: Archive | null, item: Readable, seen: Map<string, number>): FileReport {
  const { hash } = item.result;
  const path = item.path;
  const existing = archive?.idByHash(hash) ?? seen.get(hash);
  const known = path === null ? undefined : archive?.knownFile(path);
  let status: FileStatus;
  if (known && known.hash === hash) status = "unchanged";
  else if (existing !== undefined) status = path === null ? "unchanged" : "duplicate";
  else status = known ? "updated" : "added";
  if (!seen.has(hash)) seen.set(hash, existing ?? known?.article_id ?? -1);
  const id = existing ?? known?.article_id ?? null;
  return { path, status, id: id === -1 ? null : id, reason: null };
}

export function emptyReport(): IngestReport {
  return { added: 0, updated: 0, unchanged: 0, duplicate: 0, skipped: 0, failed: 0, files: [] };
}

/**
 * Ingests every file the inputs name. `archive` may be null only for a dry run against an archive
 * that does not exist yet.
 */
export async function ingest(archive: Archive | null, inputs: string[], options: IngestOptions = {}): Promise<IngestReport> {
  if (!archive && !options.dryRun) throw new Error("ingest needs an archive unless it is a dry run");
  const report = emptyReport();
  const batchSize = options.batchSize ?? 1000;
  const seen = new Map<string, number>();
  const given: ParseOptions = { source: options.source ?? null, section: options.section ?? null, tags: options.tags ?? [] };
  let batch: Ready[] = [];
  let batchBytes = 0;
  let done = 0;
  const keepFiles = options.keepFiles ?? true;

  const record = async (r: FileReport) => {
    report[r.status]++;
    done++;
    if (keepFiles) report.files.push(r);
    options.onProgress?.({ done, status: r.status, path: r.path });
    await options.onFile?.(r);
  };
  const notStored = (item: Ready): FileReport | null =>
    item.result.ok ? null : { path: item.path, status: item.result.status, id: "id" in item.result ? item.result.id : null, reason: item.result.reason };

  // Writes a batch in one transaction; files that could not be read keep their place in the report.
  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    batchBytes = 0;
    if (options.dryRun || !archive) {
      for (const item of items) await record(notStored(item) ?? plan(archive, item as Readable, seen));
      return;
    }
    // A batch of files that are all unchanged (or unreadable) needs no write lock.
    if (!items.some((item) => item.result.ok)) {
      for (const item of items) await record(notStored(item)!);
      return;
    }
    const ingestedAt = new Date().toISOString();
    const writeAll = (list: Ready[]) =>
      archive.write(() => {
        const readable = list.filter((item): item is Readable => item.result.ok);
        archive.prefetch({
          hashes: readable.map((item) => item.result.hash),
          paths: readable.flatMap((item) => (item.path === null ? [] : [item.path])),
          bands: readable.flatMap((item) => (item.result.story.bands ? [...item.result.story.bands] : [])),
          stories: readable.map((item) => item.result.story),
        });
        return list.map((item) => notStored(item) ?? store(archive, item as Readable, ingestedAt, given));
      });
    let results: FileReport[];
    try {
      results = writeAll(items);
    } catch (err) {
      // A full disk, a lock held too long, an archive gone: every file after would fail the same way.
      if (err instanceof FaultError) throw err;
      // The batch rolled back as a whole; write its articles one by one so that only the one that
      // cannot be written fails, with its own reason.
      results = items.map((item) => {
        try {
          return writeAll([item])[0]!;
        } catch (err) {
          if (err instanceof FaultError) throw err;
          return { path: item.path, status: "failed" as const, id: null, reason: `cannot write to the archive: ${readErrorReason(err)}` };
        }
      });
    }
    for (const r of results) await record(r);
  };

  try {
    // A small run parses on this thread: starting parser threads, each warming up its own copy of
    // the parser, costs more than they save below about a thousand files (two cores).
    const above = options.analyserAbove ?? 0;
    const { count, all: sources } = await peek(expandSources(inputs), above + 1);
    const analyser = options.analyser && count > above ? options.analyser : inlineAnalyser;
    const known = (path: string) => archive?.fileStat(path);
    // Read-ahead covers a whole batch: while the main thread writes one (synchronously), the parser
    // threads are still working through the next.
    const ahead = options.readAhead ?? batchSize * 2;
    for await (const item of ordered(sources, ahead, (s) => readSource(s, options, given, analyser, known))) {
      batch.push(item);
      options.onRead?.(item.path);
      if (item.result.ok) batchBytes += item.size;
      if (batch.length >= batchSize || batchBytes >= 32 * 1024 * 1024) await flush();
    }
    await flush();
  } catch (err) {
    // Stopped by a fault of the machine: say how far it got, of how many files.
    if (err instanceof FaultError) {
      const again = done === 0 ? "run the same command again" : "run the same command again to add the rest";
      throw err.during({ done: filesDone(counts(report), await countSources(inputs)), again });
    }
    throw err;
  } finally {
    await options.analyser?.close();
  }
  return report;
}

function counts(r: IngestReport): Record<FileStatus, number> {
  return { added: r.added, updated: r.updated, unchanged: r.unchanged, duplicate: r.duplicate, skipped: r.skipped, failed: r.failed };
}

/** How many files the inputs name (a second walk, cheap beside reading them); null for standard input. */
async function countSources(inputs: string[]): Promise<number | null> {
  if (inputs.includes("-")) return null;
  let n = 0;
  for await (const _ of expandSources(inputs)) n++;
  return n;
}
