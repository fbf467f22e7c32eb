// What the user pointed ingest at -> the files to read. Folders are walked recursively (hidden
// entries skipped, symlink loops cut), quoted glob patterns expanded, and `-` means standard input.
import fg from "fast-glob";
import { opendirSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fsErrorReason } from "./fs-errors.js";

export type Source =
  | { kind: "file"; path: string }
  | { kind: "stdin" }
  | { kind: "error"; path: string; reason: string };

const GLOB_CHARS = /[*?[\]{}]/;

const FILE = 1;
const DIR = 2;
const LINK = 3;

function readFolder(dir: string): { names: string[]; kinds: Uint8Array } {
  const names: string[] = [];
  const kinds: number[] = [];
  const handle = opendirSync(dir, { bufferSize: 256 });
  try {
    for (let e = handle.readSync(); e !== null; e = handle.readSync()) {
      names.push(e.name);
      kinds.push(e.isFile() ? FILE : e.isDirectory() ? DIR : e.isSymbolicLink() ? LINK : 0);
    }
  } finally {
    handle.closeSync();
  }
  return { names, kinds: Uint8Array.from(kinds) };
}

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
  // The entries are read synchronously into two compact arrays (names, kinds) and sorted by an
  // index: a folder of 200,000 files read entry by entry through promises, or as Dirent objects,
  // left 100 MB or more of garbage behind, and memory has to stay flat however big the folder.
  let names: string[];
  let kinds: Uint8Array;
  try {
    ({ names, kinds } = readFolder(dir));
  } catch (err) {
    yield { kind: "error", path: dir, reason: fsErrorReason(err) };
    return;
  }
  const order = Uint32Array.from(names.keys()).sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  for (const i of order) {
    const name = names[i]!;
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    const kind = kinds[i];
    if (kind === DIR) {
      yield* walk(path, seen);
    } else if (kind === FILE) {
      yield { kind: "file", path };
    } else if (kind === LINK) {
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
