// The passage of an article shown under a search hit, cut from the stored body (the index holds
// analysed terms only): the window of SNIPPET_TOKENS words with the most distinct query words,
// the earliest such, with each match marked for the renderer.
import type { Highlight } from "./expand.js";
import { analyse, analyseHeads, bareTerm } from "./language/analyser.js";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./types.js";

export const SNIPPET_TOKENS = 30;

/** The query word a term reads (Highlight.words), or null: not a query word. */
function wordOf(term: string, h: Highlight): number | null {
  if (h.terms.has(term)) return h.words.get(term) ?? -1;
  const prefix = h.prefixes.find((p) => term.startsWith(p));
  return prefix === undefined ? null : (h.words.get(prefix) ?? -1);
}

/** The heads (termHead) of every term a highlight matches, or null if one is too short to have one. */
function headsOf(h: Highlight): Set<string> | null {
  const heads = new Set<string>();
  for (const t of [...[...h.terms].map(bareTerm), ...h.prefixes]) {
    if (t.length < 2) return null;
    heads.add(t.slice(0, 2));
  }
  return heads;
}

/** A text's words, each with the query word it reads (null for none). */
export interface Matched {
  tokens: Array<{ term: string | null; start: number; end: number }>;
  words: Array<number | null>;
}

export function matchWords(text: string, language: string | null, h: Highlight): Matched {
  const heads = headsOf(h);
  const tokens = heads ? analyseHeads(text, language, heads) : analyse(text, language);
  return { tokens, words: tokens.map((t) => (t.term === null ? null : wordOf(t.term, h))) };
}

/** The passage to show; `matched` is matchWords of the body, when the caller has it already. */
export function snippetOf(body: string, language: string | null, h: Highlight, size = SNIPPET_TOKENS, matched = matchWords(body, language, h)): string {
  const { tokens } = matched;
  if (tokens.length === 0) return "";
  const hit = matched.words.map((w) => w !== null);
  // Slide a window of `size` words; score = distinct matching terms, then matches.
  let bestStart = 0;
  let bestScore = -1;
  const counts = new Map<string, number>();
  let total = 0;
  for (let end = 0; end < tokens.length; end++) {
    if (hit[end]) {
      const term = tokens[end]!.term!;
      counts.set(term, (counts.get(term) ?? 0) + 1);
      total++;
    }
    const start = end - size + 1;
    if (start > 0 && hit[start - 1]) {
      const term = tokens[start - 1]!.term!;
      const n = counts.get(term)! - 1;
      if (n === 0) counts.delete(term);
      else counts.set(term, n);
      total--;
    }
    if (end >= Math.min(size, tokens.length) - 1) {
      const score = counts.size * 1000 + total;
      // The window starts at its first match, so the passage opens on what was asked for.
      if (score > bestScore) {
        bestScore = score;
        bestStart = Math.max(0, start);
      }
    }
  }
  // Begin a few words before the first match in the window, for context.
  let first = bestStart;
  while (first < Math.min(bestStart + size, tokens.length) && !hit[first]) first++;
  if (first === Math.min(bestStart + size, tokens.length)) first = bestStart;
  const from = Math.max(0, Math.min(first - 3, tokens.length - size));
  const to = Math.min(tokens.length, from + size) - 1;
  let out = from > 0 ? "…" : "";
  let at = tokens[from]!.start;
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    out += body.slice(at, t.start);
    const word = body.slice(t.start, t.end);
    out += hit[i] ? `${HIGHLIGHT_START}${word}${HIGHLIGHT_END}` : word;
    at = t.end;
  }
  if (to < tokens.length - 1) out += "…";
  return out;
}
