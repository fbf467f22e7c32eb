// What the user pointed ingest at -> the files to read. Folders are walked recursively (hidden
// entries skipped, symlink loops cut), quoted glob patterns expanded, and `-` means standard input.
import fg from "fast-glob";
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fsErrorReason } from "./fs-errors.js";

export type Source =
  | { kind: "file"; path: string }
  | { kind: "stdin" }
  | { kind: "error"; path: string; reason: string };

const GLOB_CHARS = /[*?[\]{}]/;

/** Walks a folder in name order, skipping hidden entries and folders already visited (symlink loops). */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<Source> {
  let st;
  try {
    st = await stat(dir);
  } catch (err) {
    yield { kind: "error", path: dir, reason: fsErrorReason(err) };
    return;
  }
  const key = `${st.dev}:${st.ino}`;
  if (seen.has(key)) return;
  seen.add(key);
  // One readdir call for the whole folder: iterating a handle entry by entry made a promise per
  // file, and a folder of 200,000 files then cost 100 MB of garbage.
  let names: Dirent[];
  try {
    names = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { kind: "error", path: dir, reason: fsErrorReason(err) };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of names) {
    if (e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      yield* walk(path, seen);
    } else if (e.isFile()) {
      yield { kind: "file", path };
    } else if (e.isSymbolicLink()) {
      // Follow links, but a link to a folder goes through the same loop check as any folder.
      try {
        const target = await stat(path);
        if (target.isDirectory()) yield* walk(path, seen);
        else if (target.isFile()) yield { kind: "file", path };
      } catch (err) {
        yield { kind: "error", path, reason: fsErrorReason(err) };
      }
    }
    // Sockets, FIFOs and devices are not articles; they are passed over silently.
  }
}

/** Expands ingest arguments into sources, in the order given, each file once. */
export async function* expandSources(inputs: string[], cwd = process.cwd()): AsyncGenerator<Source> {
  // One folder walk never meets a path twice; only several inputs can name a file twice
  // (`news ingest dir dir/a.txt`). Remembering every path would cost memory for large folders.
  const emitted = inputs.length > 1 ? new Set<string>() : null;
  const seenDirs = new Set<string>();
  const once = function* (s: Source): Generator<Source> {
    if (s.kind === "file" && emitted) {
      if (emitted.has(s.path)) return;
      emitted.add(s.path);
    }
    yield s;
  };
  for (const input of inputs) {
    if (input === "-") {
      yield { kind: "stdin" };
      continue;
    }
    const path = resolve(cwd, input);
    let st;
    try {
      st = await stat(path);
    } catch (err) {
      if (GLOB_CHARS.test(input)) {
        const matches = await fg(input, { cwd, absolute: true, dot: false, onlyFiles: true, followSymbolicLinks: true, suppressErrors: true, unique: true });
        if (matches.length === 0) yield { kind: "error", path: input, reason: "no files match this pattern" };
        for (const m of matches.sort()) yield* once({ kind: "file", path: resolve(m) });
        continue;
      }
      yield { kind: "error", path, reason: fsErrorReason(err) };
      continue;
    }
    if (st.isDirectory()) {
      for await (const s of walk(path, seenDirs)) yield* once(s);
    } else if (st.isFile()) {
      yield* once({ kind: "file", path });
    } else {
      yield { kind: "error", path, reason: "not a regular file or folder" };
    }
  }
}
