// Proximity: a story whose body has the query's words close together is more likely the one meant
// than one that has them pages apart, and one whose first sentence has them more likely than one
// that mentions them further down. BM25 cannot tell these apart, so the best ranked stories are put
// in order again with a bonus for the closest span and one for the lead (weights in archive/schema.ts).
import { LEAD_WEIGHT, LEAD_WORDS, PROXIMITY_SPAN, PROXIMITY_WEIGHT } from "./archive/schema.js";

/**
 * How many distinct query words a text has (`words`: the query word each of its words reads, or
 * null), and the fewest consecutive words that hold them all.
 */
export function closestSpan(words: ReadonlyArray<number | null>): { distinct: number; span: number } {
  const wanted = new Set<number>();
  for (const w of words) if (w !== null) wanted.add(w);
  if (wanted.size === 0) return { distinct: 0, span: 0 };
  const counts = new Map<number, number>();
  let have = 0;
  let best = Infinity;
  let low = 0;
  for (let high = 0; high < words.length; high++) {
    const w = words[high];
    if (w === null || w === undefined) continue;
    const n = (counts.get(w) ?? 0) + 1;
    counts.set(w, n);
    if (n === 1) have++;
    // Shrink from the left while the window still holds every word.
    while (have === wanted.size) {
      best = Math.min(best, high - low + 1);
      const u = words[low++];
      if (u === null || u === undefined) continue;
      const m = counts.get(u)! - 1;
      counts.set(u, m);
      if (m === 0) have--;
    }
  }
  return { distinct: wanted.size, span: best };
}

/** The bonus added to a story's BM25 score: 0 for a body with fewer than two of the words. */
export function proximityBonus(words: ReadonlyArray<number | null>): number {
  const { distinct, span } = closestSpan(words);
  if (distinct < 2) return 0;
  return (PROXIMITY_WEIGHT * (distinct - 1) * PROXIMITY_SPAN) / (PROXIMITY_SPAN + span - distinct);
}

/** The share of the query's `queryWords` words found in the headline (`title`: the query word each
 *  of its words reads, or null) or among the body's first LEAD_WORDS words. */
export function leadShare(body: ReadonlyArray<number | null>, title: ReadonlyArray<number | null>, queryWords: number): number {
  if (queryWords === 0) return 0;
  const seen = new Set<number>();
  for (const w of title) if (w !== null) seen.add(w);
  for (let i = 0; i < body.length && i < LEAD_WORDS; i++) {
    const w = body[i];
    if (w !== null && w !== undefined) seen.add(w);
  }
  return Math.min(1, seen.size / queryWords);
}

/** A pooled story's score: its BM25 score raised for the lead, plus the proximity bonus. */
export function poolScore(bm25: number, body: ReadonlyArray<number | null>, title: ReadonlyArray<number | null>, queryWords: number): number {
  return bm25 * (1 + LEAD_WEIGHT * leadShare(body, title, queryWords)) + proximityBonus(body);
}
