// One error class carries the exit status; only src/cli/main.ts turns it into one.

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
