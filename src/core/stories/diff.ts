// Word-level differences between two texts (two versions of an article, or two articles): jsdiff's
// Myers' algorithm (diffArrays) over our own tokens. jsdiff's own diffWords took only Latin letters
// for word characters (a Russian word was diffed letter by letter) and took twice the time, most of
// it in its tokenizer; `news diff` is a whole process that must answer in well under 200 ms, and two
// 5,000-word versions 370 edits apart took 38-54 ms to compare cold, now 17-20 ms. (Only array.js is
// imported: jsdiff's index loads every kind of diff and patch it has, which cost 20 ms of start.)
import { diffArrays } from "diff/lib/diff/array.js";
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

/**
 * Tokens: a word (a run of letters, marks and digits; in scripts written without spaces, one
 * character), a run of spaces, any other character.
 */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{M}\p{N}_]+|\s+|[^\s\p{L}\p{M}\p{N}_]/gu;

const tokens = (text: string): string[] => text.match(TOKEN) ?? [];

/** A token of spaces (a token that starts with one is all spaces). */
const isSpace = (token: string): boolean => {
  const c = token.charCodeAt(0);
  return c === 32 || c === 10 || (c > 127 || c < 32 ? /\s/.test(token[0]!) : false);
};

/**
 * At least how many tokens a word diff of `a` and `b` inserts or deletes: every token one text has
 * more often than the other. Counted in a few milliseconds, where finding out with Myers' algorithm
 * that two texts are too far apart takes 50 ms or more.
 */
export function fewestEdits(a: string | string[], b: string | string[]): number {
  const counts = new Map<string, number>();
  for (const t of typeof a === "string" ? tokens(a) : a) if (!isSpace(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const t of typeof b === "string" ? tokens(b) : b) if (!isSpace(t)) counts.set(t, (counts.get(t) ?? 0) - 1);
  let edits = 0;
  for (const n of counts.values()) edits += Math.abs(n);
  return edits;
}

const opOf = (part: { added: boolean; removed: boolean }): Change["op"] => (part.added ? "insert" : part.removed ? "delete" : "equal");

/**
 * Changes as they are found, joined: the deletions and insertions between two equal runs make one
 * deletion and one insertion, and spaces both share at their ends are equal text.
 */
class Changes {
  private readonly out: Change[] = [];
  private deleted = "";
  private inserted = "";

  readonly push = (op: Change["op"], text: string): void => {
    if (op === "delete") this.deleted += text;
    else if (op === "insert") this.inserted += text;
    else {
      this.flush();
      this.add("equal", text);
    }
  };

  done(): Change[] {
    this.flush();
    return this.out;
  }

  private add(op: Change["op"], text: string): void {
    if (!text) return;
    const last = this.out[this.out.length - 1];
    if (last && last.op === op) last.text += text;
    else this.out.push({ op, text });
  }

  private flush(): void {
    let del = this.deleted;
    let ins = this.inserted;
    this.deleted = this.inserted = "";
    if (del === ins) return this.add("equal", del);
    let lead = 0;
    while (lead < del.length && lead < ins.length && del[lead] === ins[lead] && /\s/.test(del[lead]!)) lead++;
    let trail = 0;
    while (trail < del.length - lead && trail < ins.length - lead && del[del.length - 1 - trail] === ins[ins.length - 1 - trail] && /\s/.test(del[del.length - 1 - trail]!)) trail++;
    this.add("equal", del.slice(0, lead));
    const after = del.slice(del.length - trail);
    del = del.slice(lead, del.length - trail);
    ins = ins.slice(lead, ins.length - trail);
    this.add("delete", del);
    this.add("insert", ins);
    this.add("equal", after);
  }
}

/**
 * The changes that turn tokens `x` into tokens `y`, given to `push`, if there are at most `most`
 * edits (words and marks inserted or deleted, not counting spaces); else undefined, with nothing
 * pushed. A space left equal between two changes is given as deleted and inserted, so that "the
 * cat" -> "a dog" reads as one change of two words, not two changes of one. Returns the edits.
 */
function diffTokens(x: string[], y: string[], most: number, push: (op: Change["op"], text: string) => void): number | undefined {
  // (Myers' algorithm counts the spaces too: about as many again as the words.)
  const parts = diffArrays(x, y, { maxEditLength: 2 * most });
  if (!parts) return undefined;
  let spent = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const text = part.value.join("");
    if (part.added || part.removed) for (const t of part.value) if (!isSpace(t)) spent++;
    if (!part.added && !part.removed && i > 0 && i < parts.length - 1 && part.value.every(isSpace)) {
      push("delete", text);
      push("insert", text);
    } else {
      push(opOf(part), text);
    }
  }
  return spent;
}

/** Tokens (words, marks and spaces) of two runs of text short enough to be compared without counting their edits first. */
const SHORT_RUN = 600;

/** Up to this many edits apart, two texts are compared word by word as a whole (a few ms). */
const QUICK_EDITS = 50;

/** Two lines are one paragraph edited when at least half the words of each are in the other. */
function sameParagraph(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return a.size === b.size;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size * 2 < large.size) return false;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared * 2 >= large.size;
}

/** Unpaired lines of the two texts beyond which pairing them is given up (the runs of changed lines are then compared as they stand). */
const MAX_UNPAIRED = 200;

/**
 * The lines of a changed run paired with their edited selves, in order: [before, after], or a line
 * with no counterpart ([before, undefined] dropped, [undefined, after] added); undefined when too
 * few lines pair up to be worth it. Lines are aligned by Myers' algorithm with "the same paragraph
 * edited" for equality, so a paragraph dropped or added does not pair every line after it with
 * the wrong one.
 */
function pairLines(before: string[], after: string[]): Array<[string | undefined, string | undefined]> | undefined {
  // A line's words are counted when it is first compared with a line it does not equal.
  const wordsA: Array<Set<string>> = [];
  const wordsB: Array<Set<string>> = [];
  const words = (line: string) => new Set(tokens(line.toLowerCase()).filter((t) => !isSpace(t)));
  const same = (i: number, j: number) =>
    before[i] === after[j] || sameParagraph((wordsA[i] ??= words(before[i]!)), (wordsB[j] ??= words(after[j]!)));
  const parts = diffArrays(
    before.map((_, i) => i),
    after.map((_, i) => i),
    { comparator: same, maxEditLength: MAX_UNPAIRED },
  );
  if (!parts) return undefined;
  const pairs: Array<[string | undefined, string | undefined]> = [];
  let a = 0;
  let b = 0;
  for (const part of parts) {
    for (let k = 0; k < part.count!; k++) {
      if (part.removed) pairs.push([before[a++], undefined]);
      else if (part.added) pairs.push([undefined, after[b++]]);
      else pairs.push([before[a++], after[b++]]);
    }
  }
  return pairs.some(([x, y]) => x !== undefined && y !== undefined) ? pairs : undefined;
}

/**
 * The changes that turn `a` into `b`, word by word; runs of one kind are joined. Texts of several
 * lines (a paragraph is a line) more than QUICK_EDITS edits apart, and any texts more than
 * MAX_EDITS apart, are compared line by line first (pairLines: each line with its edited self),
 * then word by word: a line against the line it pairs with, lines left unpaired as one run while
 * MAX_EDITS edits in all last. A run, or a line, that is mostly new is shown deleted and inserted
 * whole. (Two 5,000-word versions with one word in twenty changed in every paragraph were past
 * MAX_EDITS: their later paragraphs were shown whole. Paired only where a run had as many lines on
 * both sides, a paragraph dropped and another added further on paired every paragraph between
 * them with its neighbour: all of them were shown whole, 29,589 characters of changes against
 * 3,789, in 57-111 ms against 13-43.)
 */
export function wordDiff(a: string, b: string): Change[] {
  const changes = new Changes();
  const push = changes.push;
  const lines = (text: string) => text.split(/(?<=\n)/);
  const linesA = lines(a);
  const linesB = lines(b);
  const several = linesA.length > 1 && linesB.length > 1;
  // The lines first (a few ms): with more of them changed than QUICK_EDITS, the texts are as many
  // edits apart (unless words moved between lines), and counting those edits would be time lost.
  const parts = diffArrays(linesA, linesB);
  let changedLines = 0;
  for (const p of parts) if (p.removed) changedLines += p.value.length;
  let least: number | undefined;
  if (!several || changedLines <= QUICK_EDITS) {
    const tokensA = tokens(a);
    const tokensB = tokens(b);
    least = fewestEdits(tokensA, tokensB);
    if (least <= (several ? QUICK_EDITS : MAX_EDITS) && diffTokens(tokensA, tokensB, MAX_EDITS, push) !== undefined) return changes.done();
  }
  /** Word by word within `before` -> `after` if that takes at most `allowed` edits and the two are
   *  not mostly different, else the two shown whole; returns the edits spent (the allowance when
   *  a try was given up). */
  const compare = (before: string, after: string, allowed: number): number => {
    const x = tokens(before);
    const y = tokens(after);
    const most = Math.min(allowed, Math.ceil((x.length + y.length) / 3));
    // (Counting first spares a long run a slow try; a paragraph's try is quick either way.)
    const tried = most > 0 && (x.length + y.length <= SHORT_RUN || fewestEdits(x, y) <= most);
    const spent = tried ? diffTokens(x, y, most, push) : undefined;
    if (spent === undefined) {
      push("delete", before);
      push("insert", after);
      // A try given up spends what it was allowed: the time of all tries stays bounded.
      return tried ? most : 0;
    }
    return spent;
  };
  // With one changed run beyond MAX_EDITS, that run is the texts' whole difference, already found
  // too far apart for a word diff.
  let budget = parts.filter((p) => p.removed).length > 1 || (least ?? fewestEdits(a, b)) <= MAX_EDITS ? MAX_EDITS : 0;
  const pairs = several ? pairLines(linesA, linesB) : undefined;
  if (!pairs) {
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const next = parts[i + 1];
      if (part.removed && next?.added) {
        i++;
        // (Line against line where the run has as many lines on both sides: paragraphs edited in place.)
        if (part.value.length === next.value.length) for (let l = 0; l < part.value.length; l++) compare(part.value[l]!, next.value[l]!, MAX_EDITS);
        else budget -= compare(part.value.join(""), next.value.join(""), budget);
      } else {
        push(opOf(part), part.value.join(""));
      }
    }
    return changes.done();
  }
  // Each line against its edited self: each one's word diff is bounded by its own length (a third
  // of its words), so all of them together take no longer than one word diff of the whole. Lines
  // left unpaired between two pairs (a paragraph dropped, one added, one rewritten) are compared
  // as one run, within the budget.
  for (let p = 0; p < pairs.length; p++) {
    const [before, after] = pairs[p]!;
    if (before !== undefined && after !== undefined) {
      if (before === after) push("equal", before);
      else compare(before, after, MAX_EDITS);
      continue;
    }
    let dropped = "";
    let added = "";
    for (; p < pairs.length && (pairs[p]![0] === undefined || pairs[p]![1] === undefined); p++) {
      dropped += pairs[p]![0] ?? "";
      added += pairs[p]![1] ?? "";
    }
    p--;
    if (!dropped || !added) push(dropped ? "delete" : "insert", dropped || added);
    else budget -= compare(dropped, added, budget);
  }
  return changes.done();
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
