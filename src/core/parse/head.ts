// The top of a page as the readers see it: its lines that carry text and are not furniture
// ("content lines", numbered k), with what lies between them and how far the top can reach.
import type { Line } from "./lines.js";
import { isProse, isProseOf, wordsIn } from "./shapes.js";
import { readStamp, type Stamp } from "./stamps.js";

/** How far down the page its top can reach: the story has begun once this much prose has passed. */
const HEAD_PROSE_WORDS = 150;
const HEAD_MAX_LINES = 600;

export interface Head {
  lines: Line[];
  /** Indices of lines that carry text and are not furniture, in order. */
  idx: number[];
  /** Whether a blank line (or furniture) separates content line k from k + 1. */
  gapAfter: boolean[];
  /** Whether an empty line (not furniture) follows content line k. */
  blankAfter: boolean[];
  /** Content lines that belong to the top, at most. */
  end: number;
  stamps: Map<number, Stamp | null>;
  /** isProse of each content line, once worked out. */
  prose: Array<boolean | undefined>;
}

export function text(h: Head, k: number): string {
  // (Past either end there is no text: rules look a line or two beyond the lines they were given.)
  const i = h.idx[k];
  return i === undefined ? "" : h.lines[i]!.text;
}

/** Whether content line k is prose (see shapes.ts), worked out once. */
export function proseAt(h: Head, k: number): boolean {
  // (Past the last line there is no prose: rules look a few lines ahead of a byline near the end.)
  if (k < 0 || k >= h.idx.length) return false;
  return (h.prose[k] ??= isProse(text(h, k)));
}

/** readStamp of content line k, read once: several rules ask about the same lines. */
export function stampOf(h: Head, k: number): Stamp | null {
  if (!h.stamps.has(k)) h.stamps.set(k, readStamp(text(h, k)));
  return h.stamps.get(k)!;
}

/** The page's own line with text right over content line k (within two lines), furniture or not,
 *  trimmed; "" when there is none. */
export function pageLineOver(h: Head, k: number): string {
  return h.lines.slice(Math.max(0, h.idx[k]! - 2), h.idx[k]!).reverse().find((l) => l.text.trim() !== "")?.text.trim() ?? "";
}

/** The page's own next line with text under content line k (within two lines), furniture or not, trimmed;
 *  "" when there is none: what the page top's rules read a caption or a relative stamp on. */
export function pageLineUnder(h: Head, k: number): string {
  return h.lines.slice(h.idx[k]! + 1, h.idx[k]! + 3).find((l) => l.text.trim() !== "")?.text.trim() ?? "";
}

export function lineNo(h: Head, k: number): number {
  return h.lines[h.idx[k]!]!.n;
}

export function buildHead(lines: Line[], furniture: boolean[]): Head {
  const idx: number[] = [];
  const gapAfter: boolean[] = [];
  const blankAfter: boolean[] = [];
  const prose_: Array<boolean | undefined> = [];
  let prose = 0;
  let end = -1;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t === "" || furniture[i]) {
      if (idx.length) gapAfter[idx.length - 1] = true;
      if (idx.length && t === "" && !lines[i]!.cut && idx[idx.length - 1] === i - 1) blankAfter[idx.length - 1] = true;
      continue;
    }
    idx.push(i);
    gapAfter.push(false);
    blankAfter.push(false);
    if (end < 0) {
      // (Words counted once, for both questions.)
      const words = wordsIn(t, 200);
      prose_[idx.length - 1] = isProseOf(t, words);
      if (prose_[idx.length - 1]) {
        prose += words;
        if (prose >= HEAD_PROSE_WORDS) end = idx.length;
      }
    }
    if (end < 0 && idx.length >= HEAD_MAX_LINES) end = idx.length;
  }
  return { lines, idx, gapAfter, blankAfter, end: end < 0 ? idx.length : end, stamps: new Map(), prose: prose_ };
}

/**
 * Prose that reads as story rather than an interface sentence among menu items ("Language links
 * are at the top of the page"): long, or next to more prose.
 */
export function isStoryProse(h: Head, k: number): boolean {
  if (!proseAt(h, k)) return false;
  if (wordsIn(text(h, k), 25) >= 25) return true;
  return (k > 0 && proseAt(h, k - 1)) || (k + 1 < h.idx.length && proseAt(h, k + 1));
}
