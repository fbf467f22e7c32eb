// A parser thread: reads a file (or takes bytes), and answers with the analysed article (analyse.ts).
import { parentPort } from "node:worker_threads";
import { runJob, type Job } from "./analyse.js";

parentPort!.on("message", (job: Job) => {
  parentPort!.postMessage({ id: job.id, result: runJob(job) });
});
