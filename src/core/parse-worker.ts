// A parser thread: reads a file (or takes bytes), and answers with the analysed article (analyse.ts).
import { parentPort } from "node:worker_threads";
import { analyse, analyseFile } from "./analyse.js";
import type { ParseOptions } from "./parse/article.js";

export type Job =
  | { id: number; bytes: Uint8Array; options: ParseOptions }
  | { id: number; path: string; maxSize: number; options: ParseOptions };

parentPort!.on("message", (job: Job) => {
  const result = "path" in job ? analyseFile(job.path, job.options, job.maxSize) : analyse(job.bytes, job.options);
  parentPort!.postMessage({ id: job.id, result });
});
