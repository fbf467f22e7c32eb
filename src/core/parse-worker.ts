// A parser thread: receives file bytes, answers with the analysed article (see analyse.ts).
import { parentPort } from "node:worker_threads";
import { analyse } from "./analyse.js";
import type { ParseOptions } from "./parse/article.js";

export interface Job {
  id: number;
  bytes: Uint8Array;
  options: ParseOptions;
}

parentPort!.on("message", (job: Job) => {
  const result = analyse(job.bytes, job.options);
  const transfer = result.ok ? [result.original.buffer as ArrayBuffer] : [];
  parentPort!.postMessage({ id: job.id, result }, transfer);
});
