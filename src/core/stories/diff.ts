// Word-level differences between two texts (two versions of an article, or two articles), by
// jsdiff's diffWords (Myers' algorithm over words and the whitespace between them).
// jsdiff's modules are imported one by one: its index loads every kind of diff and patch it has,
// which cost `news diff` 20 ms of its start.
import { diffArrays } from "diff/lib/diff/array.js";
import { diffWords } from "diff/lib/diff/word.js";
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

/**
 * Myers' algorithm takes time in the square of the number of edits (words and punctuation marks
 * inserted or deleted): 40 ms for two 5,000-word versions a few hundred edits apart, 400 ms at 800
 * edits, 37 s for two unrelated 5,000-word articles. Beyond this many edits the word diff of the
 * whole texts is given up (after 50-80 ms) for the fallback in wordDiff.
 */
export const MAX_EDITS = 400;

/** jsdiff's tokens for diffWords (word.js): runs of word characters, single other characters. */
const WORD_CHARS = "a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}";
const TOKEN = new RegExp(`[${WORD_CHARS}]+|[^${WORD_CHARS}\\s]`, "gu");

/**
 * At least how many tokens a word diff of `a` and `b` inserts or deletes: every token one text has
 * more often than the other. Counted in a few milliseconds, where finding out with Myers' algorithm
 * that two texts are too far apart takes 50 ms or more.
 */
export function fewestEdits(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const t of a.match(TOKEN) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const t of b.match(TOKEN) ?? []) counts.set(t, (counts.get(t) ?? 0) - 1);
  let edits = 0;
  for (const n of counts.values()) edits += Math.abs(n);
  return edits;
}

const opOf = (part: { added: boolean; removed: boolean }): Change["op"] => (part.added ? "insert" : part.removed ? "delete" : "equal");

/** Up to this many edits apart, two texts are compared word by word as a whole (a few ms). */
const QUICK_EDITS = 50;

/**
 * The changes that turn `a` into `b`, word by word; runs of one kind are joined. Texts of several
 * lines (a paragraph is a line) more than QUICK_EDITS edits apart, and any texts more than
 * MAX_EDITS apart, are compared line by line first, then word by word within each changed run of
 * lines: line against line where the run has as many lines on both sides (paragraphs edited in
 * place), else the run as a whole while MAX_EDITS edits in all last. A run, or a line, that is
 * mostly new is shown deleted and inserted whole. (Two 5,000-word versions with one word in twenty
 * changed in every paragraph were past MAX_EDITS: their later paragraphs were shown whole.)
 */
export function wordDiff(a: string, b: string): Change[] {
  const out: Change[] = [];
  const push = (op: Change["op"], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  const lines = (text: string) => text.split(/(?<=\n)/);
  const linesA = lines(a);
  const linesB = lines(b);
  const least = fewestEdits(a, b);
  const whole = least <= (linesA.length > 1 && linesB.length > 1 ? QUICK_EDITS : MAX_EDITS) ? diffWords(a, b, { maxEditLength: MAX_EDITS }) : undefined;
  if (whole) {
    for (const part of whole) push(opOf(part), part.value);
    return out;
  }
  /** Word by word within `before` -> `after` if that takes at most `allowed` edits and the two are
   *  not mostly different, else the two shown whole; returns the edits spent (the allowance when
   *  a try was given up). */
  const compare = (before: string, after: string, allowed: number): number => {
    const most = Math.min(allowed, Math.ceil(((before.match(TOKEN)?.length ?? 0) + (after.match(TOKEN)?.length ?? 0)) / 3));
    const tried = most > 0 && fewestEdits(before, after) <= most;
    const words = tried ? diffWords(before, after, { maxEditLength: most }) : undefined;
    if (!words) {
      push("delete", before);
      push("insert", after);
      // A try given up spends what it was allowed: the time of all tries stays bounded.
      return tried ? most : 0;
    }
    let spent = 0;
    for (const w of words) {
      push(opOf(w), w.value);
      if (w.added || w.removed) spent += w.count ?? 0;
    }
    return spent;
  };
  const parts = diffArrays(linesA, linesB);
  // With one changed run beyond MAX_EDITS, that run is the texts' whole difference, already found
  // too far apart for a word diff.
  let budget = least <= MAX_EDITS || parts.filter((p) => p.removed).length > 1 ? MAX_EDITS : 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      i++;
      if (part.value.length === next.value.length) {
        // Line against line: each one's word diff is bounded by its own length (a third of its
        // words), so all of them together take no longer than one word diff of the whole.
        for (let l = 0; l < part.value.length; l++) compare(part.value[l]!, next.value[l]!, MAX_EDITS);
      } else {
        budget -= compare(part.value.join(""), next.value.join(""), budget);
      }
    } else {
      push(opOf(part), part.value.join(""));
    }
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
