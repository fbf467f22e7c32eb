// One error class carries the exit status; only src/cli/main.ts turns it into one.
import { diskFault, faultMessage, type Fault, type Progress } from "./fs-errors.js";

export class NewsError extends Error {
  /** 1: runtime failure, 2: usage error (CONTRACT.md, "Exit status"). */
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2 = 1, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "NewsError";
    this.exitCode = exitCode;
  }
}

/** A bad flag value, an unparseable query: the user can fix the command line. */
export class UsageError extends NewsError {
  constructor(message: string) {
    super(message, 2);
    this.name = "UsageError";
  }
}

/** Something asked for is not in the archive. */
export class NotFoundError extends NewsError {
  constructor(message: string) {
    super(message, 1);
    this.name = "NotFoundError";
  }
}

/**
 * A fault of the machine stopped a command: a full or read-only disk, a write lock held too long, an
 * archive that vanished. Whoever knows what was done before it says so with `during`.
 */
export class FaultError extends NewsError {
  readonly fault: Fault;
  readonly progress: Progress;

  constructor(fault: Fault, progress: Progress = {}, options?: { cause?: unknown }) {
    super(faultMessage(fault, progress), 1, options);
    this.name = "FaultError";
    this.fault = fault;
    this.progress = progress;
  }

  /** The same fault, said with what was done before it. */
  during(progress: Progress): FaultError {
    return new FaultError(this.fault, { ...this.progress, ...progress }, { cause: this.cause });
  }
}

/** A FaultError when `err` means the disk under `path` is full or read-only; else `err` itself. */
export function asFault(err: unknown, path: string, progress: Progress = {}): unknown {
  if (err instanceof FaultError) return Object.keys(progress).length ? err.during(progress) : err;
  if (err instanceof NewsError) return err;
  const fault = diskFault(err, path);
  return fault ? new FaultError(fault, progress, { cause: err }) : err;
}
