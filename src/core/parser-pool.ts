// Parsing on other cores: the main thread walks folders, compresses originals and writes SQLite;
// worker threads read, decode, hash and parse. The CLI hands them no file in a run of up to 1,000
// files (see ingest's analyserAbove); in a larger one the first few files they are handed are still
// parsed here, so that re-ingesting a big folder in which a handful of files changed starts no thread.
//
// Files wait here and go to a thread a few at a time, and the main thread parses the next waiting
// file itself whenever it has nothing else to do. Writing takes the main thread about a third of the
// time a parse takes, so with every file sent at once a thread did all the parsing while the main
// thread waited for it half the time (profiled on two cores: the main thread 50% idle, the parser thread 9%);
// a second thread on two cores only competed with the writer for a core and held another copy of
// the parser in memory.
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { analyse, analyseFile, runJob, type Analyser, type Analysed, type Job } from "./analyse.js";
import type { ParseOptions } from "./parse/article.js";

/** Files parsed on this thread before the threads start: a few, since until they start a large
 *  run's parsing waits (and warms up a second copy of the parser here). */
const INLINE_FIRST = 8;

/** Files a thread holds at once: enough that it never waits for the next (a file's parse takes
 *  longer than a message's round trip), few enough that the rest wait here, where this thread can
 *  take them. */
const IN_FLIGHT = 500;

/**
 * The parser thread's young generation, where V8 puts new objects until they survive a collection.
 * A parse makes many short-lived strings and arrays, none of which outlives its article, so a
 * small one costs no time and holds less memory (10,000 scale-corpus files, two interleaved runs
 * each: peak 405-408 MB against 433-436 MB by default, 9.7-10.2 s either way; at 100,000, 526
 * against 536 MB, 84.6 against 83.9 s). 1 and 2 MB were slower.
 */
const YOUNG_GENERATION_MB = 4;

interface Slot {
  worker: Worker;
  pending: Map<number, (r: Analysed) => void>;
}

interface Waiting {
  job: Job;
  done: (r: Analysed) => void;
}

export class ParserPool implements Analyser {
  private slots: Slot[] = [];
  private waiting: Waiting[] = [];
  private next = 1;
  private seen = 0;
  private closed = false;
  private helping = false;

  /** By default one thread per core but one: the main thread needs a core of its own to write. */
  constructor(private readonly size: number = Math.max(1, availableParallelism() - 1)) {}

  private start(): void {
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(new URL("./parse-worker.js", import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, pending: new Map() };
    worker.on("message", (msg: { id: number; result: Analysed }) => {
      const done = slot.pending.get(msg.id);
      slot.pending.delete(msg.id);
      done?.(msg.result);
      this.dispatch();
    });
    // A crashed worker fails only the files it held; a fresh one takes its place.
    const fail = (why: string) => {
      for (const done of slot.pending.values()) done({ ok: false, reason: `parser crashed: ${why}`, status: "failed" });
      slot.pending.clear();
      if (this.closed) return;
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots[at] = this.spawn();
      this.dispatch();
    };
    worker.on("error", (err) => fail(err.message));
    worker.on("exit", (code) => {
      if (!this.closed && code !== 0) fail(`exit code ${code}`);
    });
    return slot;
  }

  /** Hands waiting files to threads that hold fewer than IN_FLIGHT, and has this thread help. */
  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.pending.size < IN_FLIGHT && this.waiting.length > 0) {
        const { job, done } = this.waiting.shift()!;
        slot.pending.set(job.id, done);
        slot.worker.postMessage(job, "bytes" in job ? [job.bytes.buffer as ArrayBuffer] : []);
      }
    }
    this.help();
  }

  /**
   * Parses the next waiting file on this thread once it has nothing else to do: setImmediate runs
   * after the messages and writes that are due, one file a turn, so that writing never waits
   * behind more than one parse.
   */
  private help(): void {
    if (this.helping || this.closed || this.waiting.length === 0) return;
    this.helping = true;
    setImmediate(() => {
      this.helping = false;
      const next = this.waiting.shift();
      if (!next || this.closed) return;
      next.done(runJob(next.job));
      this.help();
    });
  }

  private submit(job: Job): Promise<Analysed> {
    if (this.slots.length === 0) this.start();
    return new Promise((done) => {
      this.waiting.push({ job, done });
      this.dispatch();
    });
  }

  analyse(bytes: Uint8Array, options: ParseOptions): Promise<Analysed> {
    if (this.seen++ < INLINE_FIRST || this.size === 0) return Promise.resolve(analyse(bytes, options));
    // Hand the buffer over when the bytes own it whole; otherwise copy them.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer);
    return this.submit({ id: this.next++, bytes: own ? bytes : new Uint8Array(bytes), options });
  }

  analyseFile(path: string, options: ParseOptions, maxSize: number): Promise<Analysed> {
    if (this.seen++ < INLINE_FIRST || this.size === 0) return Promise.resolve(analyseFile(path, options, maxSize));
    return this.submit({ id: this.next++, path, maxSize, options });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.waiting = [];
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
