// PostgreSQL's errors that the user must act on (a server that cannot be reached, a refused
// password, a read-only replica), as one line naming the archive with its password masked.
import { NewsError } from "../../errors.js";
import { maskUrl } from "../location.js";
import { PgError } from "./sync-client.js";

/** The server's own errors that the user must act on, as one line naming the archive (password masked). */
export function pgFailure(err: unknown, url: string): NewsError | null {
  if (!(err instanceof PgError)) return null;
  const shown = maskUrl(url);
  const code = err.code ?? "";
  const reason = err.message.replace(/\s+/g, " ").trim();
  if (/^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|timeout)$/.test(code) || code.startsWith("08") || code === "57P01" || /Connection terminated|connect/i.test(reason) && code === "") {
    return new NewsError(`cannot reach the PostgreSQL archive ${shown}: ${reason}; check that the server is running and the host and port`, 1, { cause: err });
  }
  if (code.startsWith("28")) return new NewsError(`PostgreSQL refused ${shown}: ${reason}; check the user and password (PGPASSWORD or ~/.pgpass)`, 1, { cause: err });
  if (code === "3D000") return new NewsError(`${reason} at ${shown}; create it first (createdb), or fix the URL`, 1, { cause: err });
  if (code === "25006") return new NewsError(`the PostgreSQL archive ${shown} is read-only here (a standby replica, or a read-only transaction); write through the primary server`, 1, { cause: err });
  if (code === "42501") return new NewsError(`PostgreSQL did not allow it at ${shown}: ${reason}; the role needs more rights, or use one that has them`, 1, { cause: err });
  if (code === "53100") return new NewsError(`the PostgreSQL server of ${shown} is out of disk space: ${reason}; nothing of the unfinished batch was written`, 1, { cause: err });
  return null;
}

