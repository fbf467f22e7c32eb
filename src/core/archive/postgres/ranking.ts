// A ranked page on PostgreSQL: FTS5's BM25, computed exactly, over only the matches that can make
// the page. Computing it reads an article's whole tsvector (several kilobytes, stored out of line),
// which for a common word's tens of thousands of matches takes hundreds of milliseconds.
//
// The index also holds each term's impact level (impact.ts), which bounds what the term can add to
// an article's score. For a threshold t, the articles whose bound reaches t are a tsquery over those
// tokens (an OR of the fewest combinations of levels that reach it), which the GIN index answers
// alone. A first statement reads a few pages' worth of the matches where the phrases likely count
// most; the page's last score among them is such a threshold, which the page's last one reaches at
// least. The second reads the matches whose bound reaches it: every match left out scores below it,
// so the page is exactly the one BM25 over every match gives. Fewer than FEW_MATCHES matches are
// read whole, in one statement.
import { IMPACT_LEVELS, impactToken, levelBounds } from "./impact.js";
import type { RankedPhrase } from "./tsquery.js";
import { quoteLexeme } from "./terms.js";

export interface CountedPhrase extends RankedPhrase {
  idf: number;
  /** How many articles have the phrase. */
  articles: number;
}

export interface Scored {
  id: number;
  score: number;
}

/** A phrase in at most this many articles is cheaper to read wherever it is than to bound. */
const FEW = 100;
/** The phrases whose levels bound the scores: the weightiest, but none that can add less than MINOR
 *  of what the weightiest can; the others are taken at the most they can add. */
const DECISIVE = 3;
const MINOR = 0.25;
/** Combinations of levels a tsquery of candidates may take; past it, the levels are taken coarser. */
const MAX_COMBINATIONS = 48;
const TOP = IMPACT_LEVELS.length;
/** Matches that are read whole rather than through the impact tokens: fewer than this. */
const FEW_MATCHES = 1000;
/** How many tsqueries the first statement reads from, at most (a rare phrase's, then lower bounds',
 *  then the rest), how far each tier's lower bound falls below the one before, and how many matches
 *  it reads, for each one the page needs: more than a page of the last tier read, in no order, are
 *  likelier to hold the best of it. */
const TIERS = 12;
const TIER_STEP = 0.9;
const GUESSES = 3;

/** What BM25 counts of a phrase, as a tsquery: its first term, of the weight the query asks for. */
export function countedQuery(p: RankedPhrase): string {
  const flags = `${p.prefix ? "*" : ""}${p.weight ?? ""}`;
  return `${quoteLexeme(p.lexeme)}${flags ? `:${flags}` : ""}`;
}

/** The phrase's counted term wherever it occurs (weight aside): a superset of its counted matches. */
const present = (p: RankedPhrase) => `${quoteLexeme(p.lexeme)}${p.prefix ? ":*" : ""}`;

/** The articles where a phrase's term has a token of this level or higher (level 0: has the term). */
function atLeast(p: RankedPhrase, level: number): string {
  if (level === 0) return present(p);
  const tokens: string[] = [];
  for (let l = level; l <= TOP; l++) tokens.push(quoteLexeme(impactToken(l, p.lexeme)));
  return tokens.length === 1 ? tokens[0]! : `(${tokens.join(" | ")})`;
}

const anyOf = (parts: string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(" | ")})`);

/**
 * The best `end` matches in rank order, all of them when `end` is null. `matches` is the query (a
 * tsquery), at most how many articles the GIN index reads for it, whether that is about how many it
 * does (`tight`), and whether an article with any of its phrases matches (`any`; tsquery.ts,
 * matchBound); `filtered`, whether the page also asks for a date, section and so on. The
 * statements: `count`, how many articles the GIN index reads for the query; `levels`, how many
 * articles have each level of a term's token (index 1 up); `score`, the best `end` of the matches
 * that are also in a tsquery of candidates (of every match for null); `guess`, the scores of a few
 * pages' worth of matches read from a list of disjoint tsqueries in order (fewer when there are
 * fewer matches; see rankedPageSql).
 */
export function bestMatches(
  phrases: CountedPhrase[],
  averageLength: number,
  end: number | null,
  matches: { query: string; most: number; tight: boolean; any: boolean; filtered: boolean },
  run: { count: () => number; levels: (lexeme: string) => number[]; guess: (tiers: string[]) => number[]; score: (candidates: string | null) => Scored[] },
): Scored[] {
  // Few matches are read whole: an AND of common words can match few articles, as its count says.
  const few = matches.most < FEW_MATCHES || (!matches.tight && run.count() < FEW_MATCHES);
  const bounds = end === null || end === 0 || few ? null : boundsOf(phrases, averageLength, matches.query);
  if (!bounds) return run.score(null);
  // Where one phrase decides the scores and every article with its token matches, the tokens'
  // counts say a score that a page's worth of matches reach: one statement reads the page. (Counts
  // kept a few seconds can be behind the archive: the page says whether it reached the score.)
  const sure = matches.any && !matches.filtered ? bounds.sure(end!, run.levels) : null;
  if (sure !== null) {
    const best = run.score(bounds.candidates(sure));
    if (best[end! - 1] && best[end! - 1]!.score >= sure) return best;
  }
  const scores = run.guess(bounds.tiers()).sort((a, b) => b - a);
  // Fewer than a page in every tier: fewer matches.
  if (scores.length < end!) return run.score(null);
  // Every match scoring at least the guess's last one is among the candidates.
  return run.score(bounds.candidates(scores[end! - 1]! * (1 - 1e-9)));
}

/**
 * What a query's phrases can add to an article's score, by the impact tokens of the weightiest
 * few: `tiers()`, disjoint tsqueries of the articles where they likely add most, most first (a rare
 * phrase's, then by falling lower bounds; the last, the rest of `match`); `candidates(t)`, a tsquery
 * of the articles whose upper bound reaches t (null: every match). Null when no phrase can be
 * bounded.
 */
function boundsOf(phrases: CountedPhrase[], averageLength: number, match: string) {
  const counted = phrases.filter((p) => p.articles > 0);
  // A rare one-word phrase: its articles are read whatever the threshold.
  const few = counted.filter((p) => p.articles <= FEW && countedQuery(p) === present(p));
  const rest = counted.filter((p) => !few.includes(p)).sort((a, b) => b.idf - a.idf);
  // A prefix stands for several terms whose counts add up, which one term's level does not bound;
  // a phrase that can add little is not worth the combinations it would take.
  const bounded = rest.filter((p) => !p.prefix);
  const decisive = bounded.filter((p, i) => i < DECISIVE && p.idf >= MINOR * bounded[0]!.idf);
  if (decisive.length === 0) return null;
  const slack = rest.filter((p) => !decisive.includes(p)).reduce((sum, p) => sum + 2.2 * p.idf, 0);
  const { least, most } = levelBounds(averageLength);
  const rare = few.length ? anyOf(few.map(present)) : null;
  /**
   * The articles where some phrases' bound (the least or the most they add) reaches a target, as
   * the fewest combinations of levels that reach it (none: no article does), with levels taken in
   * steps of 1, 2, 4 (coarser bounds, fewer combinations) until there are few enough. Null when
   * there are too many, or when every article reaches the target.
   */
  const reaching = (phrases: CountedPhrase[], target: number, bound: "least" | "most"): string[] | null => {
    if (target <= 0) return null;
    for (let step = 1; step <= 4; step *= 2) {
      // A phrase's state: 0 absent; s > 0 a level from floors[s - 1] up to the next floor.
      const floors = [0, ...IMPACT_LEVELS.map((_, i) => i + 1).filter((l) => l % step === 0)];
      const value = (i: number, s: number) => {
        if (s === 0) return 0;
        if (bound === "least") return phrases[i]!.idf * least[floors[s - 1]!]!;
        return phrases[i]!.idf * most[(floors[s] ?? TOP + 1) - 1]!;
      };
      const combinations = fewestStates(phrases.length, floors.length, target, value);
      if (!combinations) continue;
      return combinations.map((states) => {
        const parts = states.flatMap((s, i) => (s > 0 ? [atLeast(phrases[i]!, floors[s - 1]!)] : []));
        return parts.length === 1 ? parts[0]! : `(${parts.join(" & ")})`;
      });
    }
    return null;
  };
  return {
    // Tiers need only be likely, not sure: the page's last score among any matches bounds the page's.
    // So they are written over the two weightiest phrases, fewer combinations for the index to
    // read. (A phrase counted in one column, title:oil, may have none of its occurrences there.)
    tiers(): string[] {
      const guiding = decisive.slice(0, 2);
      const top = guiding.reduce((sum, p) => sum + p.idf * least[TOP]!, 0);
      // Below the least that one token adds, a tier would be every article with a token.
      const bottom = Math.min(...guiding.map((p) => p.idf * least[1]!));
      const tiers = rare ? [rare] : [];
      let above = rare;
      for (let bound = top * TIER_STEP; bound >= bottom && tiers.length < TIERS - 1; bound *= TIER_STEP) {
        const clauses = reaching(guiding, bound, "least");
        if (!clauses) break;
        if (clauses.length === 0) continue;
        const tier = anyOf(rare ? [rare, ...clauses] : clauses);
        if (tier === above) continue;
        tiers.push(above ? `${tier} & !${above}` : tier);
        above = tier;
      }
      tiers.push(above ? `${match} & !${above}` : match);
      return tiers;
    },
    /**
     * A score that at least `end` articles reach by the decisive phrase's level alone, as `levels`
     * counts the articles at each level of its term's token; null when there is more than one
     * decisive phrase (their sums are what a page holds, far above), or when the phrase is not of
     * one term in any column (an article with the term may not match it).
     */
    sure(end: number, levels: (lexeme: string) => number[]): number | null {
      const p = decisive[0]!;
      if (decisive.length > 1 || p.query !== present(p)) return null;
      const counts = levels(p.lexeme);
      let articles = 0;
      for (let level = TOP; level >= 1; level--) {
        articles += counts[level] ?? 0;
        if (articles >= end) return p.idf * least[level]! * (1 - 1e-9);
      }
      return null;
    },
    candidates(threshold: number): string | null {
      if (threshold <= slack) return null;
      const clauses = reaching(decisive, threshold - slack, "most");
      return clauses && ([...few.map(present), ...clauses].join(" | ") || null);
    },
  };
}

/**
 * The least combinations of states (0..top for each of n phrases) whose values add up to the target:
 * lowering any one state of a combination leaves it short. Null when there are more than
 * MAX_COMBINATIONS.
 */
export function fewestStates(n: number, top: number, target: number, value: (i: number, state: number) => number): number[][] | null {
  const best = Array.from({ length: n }, (_, i) => value(i, top));
  const after = best.map((_, i) => best.slice(i).reduce((a, b) => a + b, 0));
  const found: number[][] = [];
  const states = new Array<number>(n).fill(0);
  const visit = (i: number, sum: number): boolean => {
    if (sum + (after[i] ?? 0) < target) return true;
    if (i === n) {
      // (Each lowered combination added up afresh, in the same order as the sum: subtracting one
      // value and adding another rounds differently, and could drop a least combination.)
      for (let j = 0; j < n; j++) if (states[j]! > 0 && states.reduce((a, s, k) => a + value(k, k === j ? s - 1 : s), 0) >= target) return true;
      found.push([...states]);
      return found.length <= MAX_COMBINATIONS;
    }
    for (let s = 0; s <= top; s++) {
      states[i] = s;
      if (!visit(i + 1, sum + value(i, s))) return false;
    }
    states[i] = 0;
    return true;
  };
  return visit(0, 0) ? found : null;
}

/**
 * BM25 of an article as SQL, from its tsvector and length: for each phrase, its IDF times the
 * saturated weighted count of its first term, which ts_rank_cd gives as the sum of its occurrences'
 * weights (a tenth of 10, 3, 2, 1 for A, B, C, D) when asked for that term alone. ts_rank_cd is
 * asked only for the terms the article has (`@@` finds that in a tenth of the time), and the
 * tsvector is read once for all the phrases: setweight with no terms, which changes nothing, gives
 * it in memory, where each call would read it from its out-of-line storage again (OFFSET 0 keeps
 * PostgreSQL from folding it into each call).
 */
export function scoreSql(terms: string, length: string, averageLength: string, queries: string, idfs: string): string {
  const k = `1.2 * (0.25 + 0.75 * ${length} / ${averageLength})`;
  return `coalesce((SELECT sum(CASE WHEN v.terms @@ q.q THEN q.idf * 2.2 * (1 - ${k} / (round(10 * ts_rank_cd('{0.1, 0.2, 0.3, 1.0}', v.terms, q.q, 0)) + ${k})) ELSE 0 END)
    FROM (SELECT setweight(${terms}, 'A', '{}') AS terms OFFSET 0) AS v, unnest(${queries}, ${idfs}) AS q(q, idf)), 0)`;
}

/** Where the first statement's tiers go (see rankedPageSql), and each tier's number in it. */
const TIER = "\u0008";
const TIER_NUMBER = "\u0009";

/**
 * A ranked page's statements (see bestMatches). `from` is the page's `FROM … WHERE …` over
 * `articles_fts f`, `score` its BM25 of `f.terms` and `f.length`, `end` how many it needs, `extra`
 * the parameter that each statement takes besides: for `scores`, the tsquery of candidates; for
 * `guess`, the array of the tiers' tsqueries, once `tiers` has written it for their number: each
 * tier is a statement of its own, planned with its tsquery as the GIN index answers it, and read
 * only when those before it hold too few.
 */
export function rankedPageSql(o: { from: string; score: string; extra: string; end: string }): { scores: string; guess: string } {
  const scores = `SELECT f.id, ${o.score} AS score
  FROM (SELECT f.id, f.length, f.terms ${o.from} AND (${o.extra}::tsquery IS NULL OR f.terms @@ ${o.extra}::tsquery)) AS f
  ORDER BY 2 DESC, 1 LIMIT ${o.end}`;
  const tier = `SELECT * FROM m WHERE m.terms @@ (${o.extra}::tsquery[])[${TIER_NUMBER}]`;
  const guess = `WITH m AS NOT MATERIALIZED (SELECT f.id, f.length, f.terms ${o.from})
  SELECT ${o.score} AS score FROM (SELECT * FROM (${TIER}${tier}${TIER}) AS f LIMIT ${GUESSES} * ${o.end}) AS f`;
  return { scores, guess };
}

/** The first statement (rankedPageSql's guess, as sent) for this many tiers. */
export function guessSql(guess: string, tiers: number): string {
  const [head, tier, tail] = guess.split(TIER);
  return head! + Array.from({ length: tiers }, (_, i) => tier!.replace(TIER_NUMBER, String(i + 1))).join(" UNION ALL ") + tail!;
}
