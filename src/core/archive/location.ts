// Where an archive is: the one place a --db value, NEWS_DB or a copy target becomes a file path or a
// PostgreSQL URL. A value that looks like a URL (`scheme://…`) is never taken for a path:
// `postgres://me@host/news` would otherwise become a folder named `postgres:` holding a new SQLite file. Kept free of SQLite so
// the command line can check --db before loading it.
import { resolve } from "node:path";
import { UsageError } from "../errors.js";

/** `scheme://`: a letter, then letters, digits, `+`, `-` or `.`, at least two characters (so a
 *  Windows drive letter `C://` is not one). */
const URL_LIKE = /^([A-Za-z][A-Za-z0-9+.-]+):\/\//;

/** The value as it may be shown: a password in `user:secret@host` becomes `user:***@host`. */
export function maskUrl(value: string): string {
  return value
    .replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#@:]*):[^/?#]*@/, "$1:***@")
    .replace(/([?&]password=)[^&#]*/gi, "$1***");
}

/** The scheme of a URL-like value (lower case), or null for an ordinary path. */
export function urlScheme(value: string): string | null {
  const m = URL_LIKE.exec(value.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** Whether an archive value is a PostgreSQL URL (`postgres://` or `postgresql://`). */
export function isPostgresUrl(value: string): boolean {
  const scheme = urlScheme(value);
  return scheme === "postgres" || scheme === "postgresql";
}

/**
 * Where an archive value says the archive is: a PostgreSQL URL as given, or an absolute file path.
 * Any other URL is a usage error (exit 2) that names the value with its password masked; `what`
 * says where it came from (`--db`, `NEWS_DB`, `the copy target`).
 */
export function archiveLocation(value: string, what = "--db"): string {
  if (isPostgresUrl(value)) return value.trim();
  return archiveFilePath(value, what);
}

/** The absolute file path an archive value names; a URL (PostgreSQL's too) is a usage error. */
export function archiveFilePath(value: string, what = "--db"): string {
  const scheme = urlScheme(value);
  if (scheme === null) return resolve(value);
  const shown = maskUrl(value.trim());
  if (scheme === "postgres" || scheme === "postgresql") {
    throw new UsageError(`${what} ${shown}: a file path is needed here, not a PostgreSQL URL`);
  }
  throw new UsageError(`${what} ${shown}: only a file path or a postgres:// URL is accepted for an archive, not a ${scheme}:// URL`);
}
