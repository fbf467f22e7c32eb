// Word-level differences between two texts (two versions of an article, or two articles), by
// jsdiff's diffWords (Myers' algorithm over words and the whitespace between them).
import { diffWords } from "diff";
import type { Archive } from "../archive/archive.js";
import { NewsError, UsageError } from "../errors.js";

export interface Change {
  op: "equal" | "delete" | "insert";
  text: string;
}

/** One side of a comparison: an article, at one of its versions. */
export interface DiffSide {
  id: number;
  version: number;
  hash: string;
  title: string;
  ingestedAt: string;
}

export interface DiffResult {
  from: DiffSide;
  to: DiffSide;
  changes: Change[];
}

/** The changes that turn `a` into `b`, word by word; runs of one kind are joined. */
export function wordDiff(a: string, b: string): Change[] {
  const out: Change[] = [];
  for (const part of diffWords(a, b)) {
    const op = part.added ? "insert" : part.removed ? "delete" : "equal";
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += part.value;
    else if (part.value) out.push({ op, text: part.value });
  }
  return out;
}

/** What is compared of an article: its headline, then its body. */
const textOf = (v: { title: string; body: string }) => `${v.title}\n\n${v.body}`;

function side(archive: Archive, id: number, version: number): DiffSide & { body: string } {
  const v = archive.versions.text(id, version);
  return { id, version: v.version, hash: v.hash, title: v.title, ingestedAt: v.ingestedAt, body: v.body };
}

/**
 * `news diff`: versions `from` and `to` of one article (by default the previous one and the
 * current one), or the current texts of two articles.
 */
export function diffArticles(archive: Archive, first: number, second: number | null, options: { from?: number; to?: number } = {}): DiffResult {
  let a, b;
  if (second !== null) {
    if (options.from !== undefined || options.to !== undefined) {
      throw new UsageError("--from and --to pick versions of one article; give one reference with them, or two references without");
    }
    a = side(archive, first, archive.versions.list(first).length);
    b = side(archive, second, archive.versions.list(second).length);
  } else {
    const count = archive.versions.list(first).length;
    const to = options.to ?? count;
    const from = options.from ?? to - 1;
    if (count === 1 && options.from === undefined) {
      throw new NewsError(`article ${first} has only one version (its file has not changed since it was ingested); give a second article to compare it with`);
    }
    if (from < 1) throw new UsageError(`version ${to} is the first one; give --from with a later --to`);
    a = side(archive, first, from);
    b = side(archive, first, to);
  }
  const { body: bodyA, ...from } = a;
  const { body: bodyB, ...to } = b;
  return { from, to, changes: wordDiff(textOf({ title: a.title, body: bodyA }), textOf({ title: b.title, body: bodyB })) };
}
