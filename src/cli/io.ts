// The two streams: stdout carries data and nothing else; people read stderr.
import { fstatSync, readlinkSync } from "node:fs";
import { NewsError } from "../core/errors.js";
import { outputFailure } from "../core/fs-errors.js";
import { visible } from "../format/text.js";
import { FaultError } from "../core/errors.js";

/** What became of writing to a stream: a reader that went away (quiet), or a failure (reported). */
interface StreamState {
  closed: boolean;
  failure: Error | null;
}
const states = new WeakMap<NodeJS.WritableStream, StreamState>();

/**
 * Watches a stream's errors once for the whole process: a closed pipe (EPIPE) ends the output
 * quietly; any other error (a full disk under `> file`, /dev/full, an I/O error) is kept, to be
 * reported as a failure by the writer or, at the end, by main.ts (see settleOutput).
 */
export function watchOutput(stream: NodeJS.WritableStream = process.stdout): StreamState {
  let state = states.get(stream);
  if (!state) {
    const s: StreamState = { closed: false, failure: null };
    state = s;
    states.set(stream, s);
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") s.closed = true;
      // A write after the stream broke: the first error says why.
      else if (err.code === "ERR_STREAM_DESTROYED") s.closed ||= s.failure === null;
      else s.failure ??= err;
    });
  }
  return state;
}

/** The stream's failure so far: kept from its error event, or set already by a write that failed just now. */
function failureOf(stream: NodeJS.WritableStream, state: StreamState): Error | null {
  if (state.failure) return state.failure;
  const errored = (stream as { errored?: Error | null }).errored;
  if (errored && (errored as NodeJS.ErrnoException).code !== "EPIPE" && (errored as NodeJS.ErrnoException).code !== "ERR_STREAM_DESTROYED") state.failure = errored;
  return state.failure;
}

/** Where stdout goes (for the message), and whether it is a file on a disk. */
function outputTarget(): { path: string | null; file: boolean } {
  try {
    const file = fstatSync(1).isFile();
    const path = readlinkSync("/proc/self/fd/1");
    return { path: path.startsWith("/") ? path : null, file };
  } catch {
    return { path: null, file: false };
  }
}

/** The failure to report when stdout could not be written. */
export function outputError(err: Error): NewsError {
  const target = outputTarget();
  return new NewsError(outputFailure(err, target.path, target.file), 1, { cause: err });
}

/**
 * Waits until everything written to stdout has been handed to the system, and returns the failure
 * if that went wrong (null when all went out, or the reader went away).
 */
export async function settleOutput(stream: NodeJS.WriteStream = process.stdout): Promise<NewsError | null> {
  const state = watchOutput(stream);
  if (!state.failure && !state.closed && !stream.destroyed && stream.writableLength > 0) {
    await new Promise<void>((done) => {
      const finish = () => {
        stream.off("drain", finish);
        stream.off("close", finish);
        stream.off("error", finish);
        done();
      };
      stream.on("drain", finish);
      stream.on("close", finish);
      stream.on("error", finish);
    });
  }
  // An error of the last write is emitted on the next tick.
  await new Promise((r) => setImmediate(r));
  const failure = failureOf(stream, state);
  return failure ? outputError(failure) : null;
}

/**
 * Writes data to stdout, waiting when the pipe is full so memory stays flat, and going quiet when
 * the reader has gone away (`news export | head -1` ends with status 0). Any other error writing
 * (a full disk) is thrown, as a one-line NewsError, from the next write.
 */
export class Output {
  private readonly stream: NodeJS.WriteStream;
  private readonly state: StreamState;

  constructor(stream: NodeJS.WriteStream = process.stdout) {
    this.stream = stream;
    this.state = watchOutput(stream);
  }

  /** False once the reader has closed the pipe: callers stop producing. */
  get open(): boolean {
    this.check();
    return !this.state.closed;
  }

  private check(): void {
    const failure = failureOf(this.stream, this.state);
    if (failure) throw outputError(failure);
  }

  get isTTY(): boolean {
    return this.stream.isTTY === true;
  }

  /** Terminal width in cells; COLUMNS or 100 when not a terminal. */
  get width(): number {
    const cols = this.stream.isTTY ? this.stream.columns : Number(process.env.COLUMNS) || 0;
    return cols && cols > 20 ? cols : 100;
  }

  async write(text: string): Promise<void> {
    this.check();
    if (this.state.closed || text.length === 0) return;
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off("drain", done);
          this.stream.off("close", done);
          this.stream.off("error", done);
          resolve();
        };
        this.stream.on("drain", done);
        this.stream.on("close", done);
        this.stream.on("error", done);
      });
    }
    this.check();
  }
}

export interface Logger {
  /** A note for people: a summary, a hint. Silenced by --quiet. */
  info(message: string): void;
  /** Something went wrong with one item; the run goes on. Always shown. */
  warn(message: string): void;
  /** A one-line error. */
  error(message: string): void;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly isTTY: boolean;
  /** Rewrites the current terminal line (progress); no-op when stderr is not a terminal. */
  status(line: string): void;
  clearStatus(): void;
}

export function makeLogger(options: { quiet?: boolean; verbose?: boolean }, stream: NodeJS.WriteStream = process.stderr): Logger {
  const isTTY = stream.isTTY === true;
  let statusShown = false;
  // Messages name files and quote articles ("removed 14: <title>"): their control characters are
  // shown as symbols, never sent to the terminal as instructions.
  const write = (line: string) => {
    if (statusShown) {
      stream.write("\r\x1b[2K");
      statusShown = false;
    }
    stream.write(`${visible(line, true)}\n`);
  };
  return {
    quiet: options.quiet ?? false,
    verbose: options.verbose ?? false,
    isTTY,
    info: (m) => {
      if (!options.quiet) write(m);
    },
    warn: (m) => write(`news: ${m}`),
    error: (m) => write(`news: ${m}`),
    status: (line) => {
      if (!isTTY || options.quiet) return;
      const width = (stream.columns || 80) - 1;
      const shown = visible(line);
      stream.write(`\r\x1b[2K${shown.length > width ? `${shown.slice(0, width - 1)}…` : shown}`);
      statusShown = true;
    },
    clearStatus: () => {
      if (statusShown) stream.write("\r\x1b[2K");
      statusShown = false;
    },
  };
}

/**
 * A run stopped by a fault of the machine (a full disk): a `--json` report written so far is closed
 * as one JSON document saying why it stopped, when stdout still takes it.
 */
export async function endJsonOnFault(err: unknown, json: boolean, out: { open: boolean }, end: (stopped: string) => Promise<void>): Promise<void> {
  if (!json || !(err instanceof FaultError)) return;
  try {
    if (out.open) await end(err.message);
  } catch {
    // stdout failed too: the fault is what to report
  }
}
