// What every command gets when it runs: the streams, colour, and the archive's location.
import { Archive } from "../core/archive/archive.js";
import { archiveFilePath } from "../core/archive/location.js";
import { defaultArchivePath } from "../core/archive/store.js";
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
  return {
    out,
    log: makeLogger({ quiet: globals.quiet === true, verbose: globals.verbose === true }),
    style: await styleFor(process.stdout, noColour),
    errStyle: await styleFor(process.stderr, noColour),
    dbPath: typeof globals.db === "string" ? archiveFilePath(globals.db) : defaultArchivePath(),
  };
}

/** Opens the archive for a read command: a missing archive is an error, and nothing is created. */
export function openForReading(ctx: Context): Archive {
  return Archive.open(ctx.dbPath, { write: false });
}

/** Opens the archive for a command that writes; only one that adds articles (`create`) makes a new one. */
export function openForWriting(ctx: Context, create = false): Archive {
  return Archive.open(ctx.dbPath, { write: true, create });
}
