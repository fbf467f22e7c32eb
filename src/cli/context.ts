// What every command gets when it runs: the streams, colour, and the archive's location.
import { Archive } from "../core/archive/archive.js";
import { archiveLocation, isPostgresUrl } from "../core/archive/location.js";
import { LOCK_TIMEOUT_MS } from "../core/archive/lock.js";
import { defaultArchivePath, type OpenOptions } from "../core/archive/store.js";
import { UsageError } from "../core/errors.js";
import { styleFor, type Style } from "../format/style.js";
import { makeLogger, Output, type Logger } from "./io.js";

export { filtersOf, formatOf } from "./flags.js";

/** What every command gets: streams, style, and the archive's location. */
export interface Context {
  out: Output;
  log: Logger;
  /** Style for stdout (colour only when stdout is a terminal). */
  style: Style;
  /** Style for stderr messages. */
  errStyle: Style;
  dbPath: string;
}

export async function makeContext(globals: Record<string, unknown>): Promise<Context> {
  const out = new Output();
  const noColour = globals.color === false;
  const dbPath = typeof globals.db === "string" ? archiveLocation(globals.db) : defaultArchivePath();
  // The PostgreSQL client's modules load only for an archive there (archive/store.ts).
  if (isPostgresUrl(dbPath)) await import("../core/archive/postgres/open.js");
  return {
    out,
    log: makeLogger({ quiet: globals.quiet === true, verbose: globals.verbose === true }),
    style: await styleFor(process.stdout, noColour),
    errStyle: await styleFor(process.stderr, noColour),
    dbPath,
  };
}

/** How long a writer waits for another process's write lock: NEWS_LOCK_TIMEOUT seconds, else 30 s. */
export function lockTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.NEWS_LOCK_TIMEOUT;
  if (v === undefined || v.trim() === "") return LOCK_TIMEOUT_MS;
  const seconds = Number(v);
  if (!Number.isFinite(seconds) || seconds < 0) throw new UsageError(`NEWS_LOCK_TIMEOUT must be a number of seconds, not '${v}'`);
  return Math.round(seconds * 1000);
}

/** The waiting line, shown once per process and only on a terminal (the wait is otherwise a silent hang). */
function lockWait(ctx: Context): Pick<OpenOptions, "busyTimeoutMs" | "onLockWait"> {
  let told = false;
  return {
    busyTimeoutMs: lockTimeoutMs(),
    onLockWait:
      ctx.log.isTTY && !ctx.log.quiet
        ? () => {
            if (told) return;
            told = true;
            ctx.log.warn("waiting for another process to finish writing to the archive…");
          }
        : undefined,
  };
}

/** A progress line while an older archive is brought up to date (re-indexing every article). */
function migrationProgress(ctx: Context): (done: number, total: number) => void {
  return (done, total) => {
    if (done >= total) ctx.log.clearStatus();
    else ctx.log.status(`news: updating the archive's search index: ${Math.floor(done).toLocaleString("en-US")} of ${total.toLocaleString("en-US")} articles`);
  };
}

/** Opens the archive for a read command: a missing archive is an error, and nothing is created. */
export function openForReading(ctx: Context): Archive {
  // (An older archive is migrated on the way, which takes the write lock.)
  return Archive.open(ctx.dbPath, { write: false, ...lockWait(ctx), onMigrate: migrationProgress(ctx) });
}

/** Opens the archive for a command that writes; only one that adds articles (`create`) makes a new one. */
export function openForWriting(ctx: Context, create = false): Archive {
  return Archive.open(ctx.dbPath, { write: true, create, ...lockWait(ctx), onMigrate: migrationProgress(ctx) });
}
