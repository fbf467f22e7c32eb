// The two streams: stdout carries data and nothing else; people read stderr.
import { visible } from "../format/text.js";

/**
 * Writes data to stdout, waiting when the pipe is full so memory stays flat, and going quiet when
 * the reader has gone away (`news export | head -1` ends with status 0).
 */
export class Output {
  private closed = false;
  private readonly stream: NodeJS.WriteStream;

  constructor(stream: NodeJS.WriteStream = process.stdout) {
    this.stream = stream;
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") {
        this.closed = true;
        return;
      }
      throw err;
    });
  }

  /** False once the reader has closed the pipe: callers stop producing. */
  get open(): boolean {
    return !this.closed;
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
    if (this.closed || text.length === 0) return;
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
