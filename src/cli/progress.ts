// A progress bar on stderr for long ingests: only on a terminal, not with --quiet, and only once a
// run has lasted long enough to need one. The total is counted by a second, cheap walk of the
// inputs that runs beside the ingest; until it is known, the line shows counts and rate alone.
import { expandSources } from "../core/sources.js";
import type { FileStatus } from "../core/types.js";
import type { Logger } from "./io.js";

const SHOW_AFTER_MS = 700;
const EVERY_MS = 100;
const BAR = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "";
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

export class Progress {
  private readonly started = performance.now();
  private last = 0;
  private read_ = 0;
  private total: number | null = null;
  private readonly counts: Partial<Record<FileStatus, number>> = {};
  private readonly active: boolean;

  constructor(
    private readonly log: Logger,
    inputs: string[] = [],
  ) {
    this.active = log.isTTY && !log.quiet;
    if (this.active && !inputs.includes("-")) void this.count(inputs);
  }

  private async count(inputs: string[]): Promise<void> {
    let n = 0;
    for await (const s of expandSources(inputs)) {
      n++;
      if (s.kind === "stdin") return;
    }
    this.total = n;
  }

  /** A file's outcome is known (its batch was written). */
  tick(status: FileStatus): void {
    this.counts[status] = (this.counts[status] ?? 0) + 1;
  }

  /** A file has been read and parsed: the bar moves. */
  read(path: string | null): void {
    this.read_++;
    if (!this.active) return;
    const now = performance.now();
    if (now - this.started < SHOW_AFTER_MS || now - this.last < EVERY_MS) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = this.read_ / seconds;
    const parts = Object.entries(this.counts).map(([k, v]) => `${v.toLocaleString("en-US")} ${k}`).join(", ");
    let head: string;
    if (this.total && this.total >= this.read_) {
      const share = this.read_ / this.total;
      const filled = Math.round(share * BAR);
      const eta = duration((this.total - this.read_) / rate);
      head = `[${"█".repeat(filled)}${"░".repeat(BAR - filled)}] ${Math.floor(share * 100)}% ${this.read_.toLocaleString("en-US")}/${this.total.toLocaleString("en-US")}${eta ? ` ${eta} left` : ""}`;
    } else {
      head = `ingesting ${this.read_.toLocaleString("en-US")} files`;
    }
    const name = path ? path.slice(-30) : "standard input";
    this.log.status(`${head} (${Math.round(rate).toLocaleString("en-US")}/s) ${parts}  ${name}`);
  }

  done(): void {
    this.log.clearStatus();
  }
}
