// How much one term can add to an article's BM25, stored in the index so that a ranked search reads
// only the articles that can make its page (ranking.ts). BM25 adds, for each phrase of a query, its
// IDF times the saturated count 2.2·w / (w + 1.2·(0.25 + 0.75·len / avgdl)), where w is the term's
// weighted count in the article (headline 10, author 3, other metadata 2, body 1) and len the
// article's length: under 2.2 however often the term occurs, and higher in a short article.
//
// Each article's tsvector holds, beside its terms, a token `|level|term` for every term whose
// saturated count at a reference average length reaches IMPACT_LEVELS[level - 1] (a single body
// mention of a word in a long article gets none). The tokens start with `|`, which the analyser
// splits words on, so no query can ask for one.

/** The saturated counts that make a token's levels 1, 2, …: a term has one token, so finer levels
 *  cost the index nothing, but a query asks for every level above one it needs. */
export const IMPACT_LEVELS = [1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.1] as const;
/** The average length the stored levels assume; the ranking corrects for the archive's own. */
export const IMPACT_LENGTH = 500;

/** BM25's saturated count of a term (k1 = 1.2, b = 0.75), as news ranks in SQLite and here. */
export function saturation(w: number, length: number, averageLength: number): number {
  return (2.2 * w) / (w + 1.2 * (0.25 + (0.75 * length) / averageLength));
}

/** The token level of a term with weighted count `w` in an article of `length` terms; 0: none. */
export function impactLevel(w: number, length: number): number {
  const s = saturation(w, length, IMPACT_LENGTH);
  let level = 0;
  while (level < IMPACT_LEVELS.length && s >= IMPACT_LEVELS[level]!) level++;
  return level;
}

export const impactToken = (level: number, lexeme: string) => `|${level}|${lexeme}`;

/** The most a term can occur, weighted: PostgreSQL keeps 256 positions a term, a headline's weigh 10.
 *  (SQLite keeps them all: the limit as the count grows is taken in too, see levelBounds.) */
const MAX_WEIGHTED_COUNT = 2560;

/**
 * For each state a term can be in within an article, the least and the most its saturated count can
 * be at the archive's average length: [0] present without a token, [level] with a token of that
 * level. The levels were reckoned at IMPACT_LENGTH, so for each possible count w the longest and the
 * shortest articles that keep the term at its level give the bounds.
 */
export function levelBounds(averageLength: number): { least: number[]; most: number[] } {
  if (lastBounds?.averageLength === averageLength) return lastBounds;
  const least: number[] = [];
  const most: number[] = [];
  // The length at which w's saturated count at IMPACT_LENGTH is s.
  const lengthAt = (w: number, s: number) => Math.max(0, (((2.2 * w) / s - w) / 1.2 - 0.25) / 0.75) * IMPACT_LENGTH;
  for (let level = 0; level <= IMPACT_LEVELS.length; level++) {
    const floor = level === 0 ? 0 : IMPACT_LEVELS[level - 1]!;
    const ceiling = IMPACT_LEVELS[level];
    let low = Infinity;
    let high = 0;
    for (const w of BOUNDING_COUNTS) {
      if (saturation(w, 0, IMPACT_LENGTH) < floor) continue; // no article is short enough for this level
      low = Math.min(low, floor === 0 ? 0 : saturation(w, lengthAt(w, floor), averageLength));
      high = Math.max(high, ceiling === undefined ? 2.2 : saturation(w, lengthAt(w, ceiling), averageLength));
    }
    // A count past MAX_WEIGHTED_COUNT (SQLite's index keeps every occurrence): with the length that
    // keeps it at a level's edge s, the saturated count tends to 2.2 / (1 + (2.2 / s - 1) · IMPACT_LENGTH
    // / averageLength), which in an archive of long articles lies beyond what the counts scanned reach.
    const limit = (s: number) => 2.2 / (1 + ((2.2 / s - 1) * IMPACT_LENGTH) / averageLength);
    if (floor > 0) low = Math.min(low, limit(floor));
    if (ceiling !== undefined) high = Math.max(high, limit(ceiling));
    // (Widened by a trillionth: counts between those reckoned are as far inside as rounding allows.)
    least.push(low * (1 - 1e-12));
    most.push(high * (1 + 1e-12));
  }
  lastBounds = { averageLength, least, most };
  return lastBounds;
}

/**
 * The counts whose saturated count bounds a level's. With the length that keeps a count w at a
 * level's edge s, its saturated count at the archive's average length is 2.2 / (1 + r·c + 0.3·(1 - r)
 * / w), where r = IMPACT_LENGTH / averageLength and c = 2.2 / s - 1: monotone in w, so its extremes
 * lie at the ends of the range, except below w = 0.3 / c (under 7 for every level), where the
 * length would be negative and is held at 0. Reckoning every count up to 16 and the two greatest
 * gives what a scan of all 2,560 gave, in a tenth of the time: cold, as a `news search` process
 * runs it once, the scan took 11 ms in a fresh process, this 1 ms.
 */
const BOUNDING_COUNTS = [...Array.from({ length: 16 }, (_, i) => i + 1), MAX_WEIGHTED_COUNT - 1, MAX_WEIGHTED_COUNT];

/** The bounds last worked out: the average length changes seldom. */
let lastBounds: { averageLength: number; least: number[]; most: number[] } | undefined;
