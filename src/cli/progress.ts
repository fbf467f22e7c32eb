// A progress line on stderr for long ingests: only on a terminal, not with --quiet, and only once
// a run has lasted long enough to need one.
import type { FileStatus } from "../core/types.js";
import type { Logger } from "./io.js";

const SHOW_AFTER_MS = 700;
const EVERY_MS = 100;

export class Progress {
  private readonly started = performance.now();
  private last = 0;
  private done_ = 0;
  private readonly counts: Partial<Record<FileStatus, number>> = {};

  constructor(private readonly log: Logger) {}

  tick(status: FileStatus, path: string | null): void {
    this.done_++;
    this.counts[status] = (this.counts[status] ?? 0) + 1;
    if (!this.log.isTTY || this.log.quiet) return;
    const now = performance.now();
    if (now - this.started < SHOW_AFTER_MS || now - this.last < EVERY_MS) return;
    this.last = now;
    const rate = Math.round(this.done_ / ((now - this.started) / 1000));
    const parts = Object.entries(this.counts).map(([k, v]) => `${v} ${k}`).join(", ");
    const name = path ? path.slice(-40) : "standard input";
    this.log.status(`ingesting: ${this.done_.toLocaleString("en-US")} files (${rate.toLocaleString("en-US")}/s) ${parts}  ${name}`);
  }

  done(): void {
    this.log.clearStatus();
  }
}
