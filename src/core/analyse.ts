// One file -> everything the writer needs: read, decoded, hashed, parsed. Pure and self-contained,
// so it runs the same on the main thread or in a parser worker. (The writer compresses the original
// itself, and only for articles it stores, and analyses the words for the index: on two cores the
// parser thread is the busier one.)
import { readFileSync } from "node:fs";
import { fsErrorReason } from "./fs-errors.js";
import { prepare } from "./decode.js";
import { detectLanguage } from "./language/detect.js";
import { parseArticle, type ParseOptions } from "./parse/article.js";
import { storySignature, type StorySignature } from "./stories/stories.js";
import type { ParsedArticle } from "./types.js";

export type Analysed =
  | { ok: true; hash: string; text: string; parsed: ParsedArticle; size: number; story: StorySignature; language: string | null }
  | { ok: false; reason: string; status: "skipped" | "failed" };

export interface Analyser {
  /** Analyses bytes already read (standard input). */
  analyse(bytes: Uint8Array, options: ParseOptions): Promise<Analysed>;
  /** Reads and analyses a file. */
  analyseFile(path: string, options: ParseOptions, maxSize: number): Promise<Analysed>;
  close(): Promise<void> | void;
}

/** Why a file found by the walk could not be read. */
export function readErrorReason(err: unknown): string {
  return fsErrorReason(err, "disappeared before it could be read");
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${Math.round(n / 1024)} KB`;
}

export function tooLarge(size: number, maxSize: number): Analysed {
  return { ok: false, reason: `larger than --max-size (${formatBytes(size)} > ${formatBytes(maxSize)}); raise --max-size to ingest it`, status: "skipped" };
}

export function analyse(bytes: Uint8Array, options: ParseOptions): Analysed {
  const prepared = prepare(bytes);
  if (!prepared.ok) return { ok: false, reason: prepared.reason, status: "skipped" };
  try {
    const parsed = parseArticle(prepared.text, options);
    // The story signature and the language are worked out here, on the parser's thread. The index
    // row's words are analysed by the writer (Archive.insert): with this round's rules the parser
    // thread became the busier one, and the writer waited half the time; 7,000 scale-corpus files
    // took 6.7-7.6 s against 7.5-8.6 s with the analysis here (four interleaved runs each).
    const language = detectLanguage(parsed.title, parsed.body);
    return { ok: true, hash: prepared.hash, text: prepared.text, parsed, size: bytes.length, story: storySignature(parsed.body, prepared.text, true), language };
  } catch (err) {
    return { ok: false, reason: `cannot parse: ${err instanceof Error ? err.message : String(err)}`, status: "failed" };
  }
}

export function analyseFile(path: string, options: ParseOptions, maxSize: number): Analysed {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return { ok: false, reason: readErrorReason(err), status: "failed" };
  }
  // The file may have grown since it was measured.
  if (bytes.length > maxSize) return tooLarge(bytes.length, maxSize);
  return analyse(bytes, options);
}

/** A file to analyse, as the pool hands it to a parser thread: bytes already read (standard input)
 *  or a file's path. */
export type Job =
  | { id: number; bytes: Uint8Array; options: ParseOptions }
  | { id: number; path: string; maxSize: number; options: ParseOptions };

/** Does a job, on whichever thread takes it: a parser thread, or the pool's own (parser-pool.ts). */
export function runJob(job: Job): Analysed {
  return "path" in job ? analyseFile(job.path, job.options, job.maxSize) : analyse(job.bytes, job.options);
}

export const inlineAnalyser: Analyser = {
  analyse: async (bytes, options) => analyse(bytes, options),
  analyseFile: async (path, options, maxSize) => analyseFile(path, options, maxSize),
  close: () => {},
};
