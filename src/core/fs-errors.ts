// File-system errors in words a user can act on.
import { accessSync, constants, statfsSync } from "node:fs";
import { dirname } from "node:path";

/** Why a file or folder could not be read; `missing` says what ENOENT means where it happened. */
export function fsErrorReason(err: unknown, missing = "no such file or folder"): string {
  const e = err as NodeJS.ErrnoException | undefined;
  switch (e?.code) {
    case "ENOENT":
      return missing;
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder";
    case "ENOTDIR":
      return "not a folder";
    case "ELOOP":
      return "symbolic link loop";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EROFS":
      return "read-only file system";
    case "EIO":
      return "input/output error (the device failed)";
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

// --- Faults of the machine --------------------------------------------------------------------------
// A full disk, a read-only one, a write lock held too long, an archive that vanished: every command
// says these the same way, here, with what was done before it stopped and what to do next.

/** What stopped a write, and where. */
export type Fault =
  | { kind: "full" | "quota" | "readonly"; path: string }
  | { kind: "lock"; path: string; seconds: number }
  | { kind: "gone"; path: string; how: "deleted" | "replaced" };

/** What was done before a fault stopped the command, and how to finish the work. */
export interface Progress {
  /** "984 of 4,225 files were added", "nothing was removed". */
  done?: string;
  /** "run the same command again to add the rest" (the default: "run the same command again"). */
  again?: string;
  /** Where else to write when the disk is read-only: "copy the archive to another disk and pass --db". */
  elsewhere?: string;
}

/** What to say of a read-only archive's disk. */
export const ARCHIVE_ELSEWHERE = "copy the archive to another disk and pass --db";

/** Less than this much space left means "full" for an error that does not say why (SQLite's I/O errors). */
const NEARLY_FULL = 1024 * 1024;

/**
 * Whether an error means the disk under `path` is full, over quota or read-only: Node's error codes
 * (ENOSPC, EDQUOT, EROFS) and SQLite's (SQLITE_FULL, "database or disk is full"). SQLite reports some
 * failed writes only as an I/O error (growing its -shm file, creating its -wal file): then the disk
 * itself is asked.
 */
export function diskFault(err: unknown, path: string): Extract<Fault, { kind: "full" | "quota" | "readonly" }> | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "ENOSPC" || code === "SQLITE_FULL") return { kind: "full", path };
  if (code === "EDQUOT") return { kind: "quota", path };
  if (code === "EROFS") return { kind: "readonly", path };
  if (typeof code === "string" && /^SQLITE_(IOERR|CANTOPEN|READONLY)/.test(code)) {
    const state = diskState(path);
    if (state) return { kind: state, path };
  }
  return null;
}

/** Asks the disk holding `path` (or its nearest existing folder) whether it is read-only or full. */
export function diskState(path: string): "full" | "readonly" | null {
  let dir = path;
  for (let i = 0; i < 64; i++) {
    try {
      accessSync(dir, constants.W_OK);
      const fs = statfsSync(dir);
      return fs.bavail * fs.bsize < NEARLY_FULL ? "full" : null;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EROFS") return "readonly";
      if (code !== "ENOENT" && code !== "ENOTDIR") return null;
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
  return null;
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}

/** "984 of 4,225 files were added", or with other outcomes "1,200 of 4,225 files were ingested (984 added, 216 unchanged)". */
export function filesDone(counts: Record<string, number>, total: number | null): string {
  return itemsDone(counts, total, "file", "ingested");
}

/** "1,000 of 4,125 records were added", or with other outcomes "1,000 of 4,125 records were imported (990 added, 10 unchanged)". */
export function recordsDone(counts: Record<string, number>, total: number | null): string {
  return itemsDone(counts, total, "record", "imported");
}

/** What filesDone and recordsDone say, of any `noun` (singular) whose outcomes together are `verb`. */
function itemsDone(counts: Record<string, number>, total: number | null, noun: string, verb: string): string {
  const done = Object.values(counts).reduce((a, b) => a + b, 0);
  const of = total !== null && total >= done ? ` of ${count(total)}` : "";
  const nouns = (n: number) => ((total ?? n) === 1 ? noun : `${noun}s`);
  if (done === 0) return total === null ? "nothing was added" : total === 1 ? `the ${noun} was not added` : `none of the ${count(total)} ${noun}s were added`;
  const added = counts.added ?? 0;
  const was = done === 1 && of === "" ? "was" : "were";
  if (added === done) return `${count(done)}${of} ${nouns(done)} ${was} added`;
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${count(n)} ${k}`);
  return `${count(done)}${of} ${nouns(done)} ${was} ${verb} (${parts.join(", ")})`;
}

/** The one line that says a fault stopped a command. */
export function faultMessage(f: Fault, progress: Progress = {}): string {
  const done = progress.done ? `; ${progress.done}` : "";
  const again = progress.again ?? "run the same command again";
  switch (f.kind) {
    case "full":
      return `the disk holding ${f.path} is full${done}; free some space and ${again}`;
    case "quota":
      return `your disk quota on the disk holding ${f.path} is used up${done}; free some space (or ask for a larger quota) and ${again}`;
    case "readonly":
      return `the disk holding ${f.path} is read-only${done}; remount it writable and ${again}, or ${progress.elsewhere ?? "write to another disk"}`;
    case "lock":
      return `gave up after waiting ${f.seconds} s for another process to finish writing to the archive ${f.path}${done}; ${again} once it has finished, or wait longer with NEWS_LOCK_TIMEOUT=<seconds>`;
    case "gone":
      return f.how === "deleted"
        ? `the archive ${f.path} was deleted or moved away while news was writing to it; stopped, writing nothing more${done}; if it was moved, pass --db with its new path and ${again}`
        : `the archive ${f.path} was replaced by another file while news was writing to it; stopped, writing nothing more to either file${done}; ${again}: it will write to the file now there`;
  }
}

/** Standard output could not be written: where it went (`target`: a file on a disk, or a device), and why. */
export function outputFailure(err: unknown, target: string | null, onDisk: boolean): string {
  const fault = target && onDisk ? diskFault(err, target) : null;
  if (fault) return faultMessage(fault, { done: `${target} is incomplete` });
  return `cannot write the output${target ? ` to ${target}` : ""}: ${fsErrorReason(err)}`;
}
