// PostgreSQL's ranked pages (src/core/archive/postgres/ranking.ts) read only the matches whose
// bound can reach the page: the bounds must hold for every article, and the combinations of levels
// must take in every article whose bound reaches a threshold.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IMPACT_LEVELS, impactLevel, levelBounds, saturation } from "../../src/core/archive/postgres/impact.js";
import { fewestStates } from "../../src/core/archive/postgres/ranking.js";
import { indexEntry } from "../../src/core/archive/postgres/terms.js";

describe("impact levels", () => {
  it("bound a term's saturated count at any average length, whatever its count and the article's length", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2560 }), fc.integer({ min: 1, max: 30_000 }), fc.double({ min: 20, max: 5000, noNaN: true }), (w, length, averageLength) => {
        const { least, most } = levelBounds(averageLength);
        const level = impactLevel(w, length);
        const s = saturation(w, length, averageLength);
        expect(s).toBeGreaterThanOrEqual(least[level]! - 1e-9);
        expect(s).toBeLessThanOrEqual(most[level]! + 1e-9);
      }),
      { numRuns: 2000 },
    );
  });

  it("are what a scan of every count would give, or a hair wider", () => {
    // levelBounds reckons a few counts, whose saturated counts are the extremes: here every count.
    const IMPACT_LENGTH = 500;
    const lengthAt = (w: number, s: number) => Math.max(0, (((2.2 * w) / s - w) / 1.2 - 0.25) / 0.75) * IMPACT_LENGTH;
    const limit = (s: number, averageLength: number) => 2.2 / (1 + ((2.2 / s - 1) * IMPACT_LENGTH) / averageLength);
    const scanned = (averageLength: number) => {
      const least: number[] = [];
      const most: number[] = [];
      for (let level = 0; level <= IMPACT_LEVELS.length; level++) {
        const floor = level === 0 ? 0 : IMPACT_LEVELS[level - 1]!;
        const ceiling = IMPACT_LEVELS[level];
        let low = floor > 0 ? limit(floor, averageLength) : Infinity;
        let high = ceiling === undefined ? 2.2 : limit(ceiling, averageLength);
        for (let w = 1; w <= 2560; w++) {
          if (saturation(w, 0, IMPACT_LENGTH) < floor) continue;
          low = Math.min(low, floor === 0 ? 0 : saturation(w, lengthAt(w, floor), averageLength));
          high = Math.max(high, ceiling === undefined ? 2.2 : saturation(w, lengthAt(w, ceiling), averageLength));
        }
        least.push(low);
        most.push(high);
      }
      return { least, most };
    };
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 1, max: 1_000_000, noNaN: true }), fc.integer({ min: 1, max: 3000 }), fc.constantFrom(500, 499.9999999, 500.0000001)), (averageLength) => {
        const fast = levelBounds(averageLength);
        const scan = scanned(averageLength);
        for (let level = 0; level <= IMPACT_LEVELS.length; level++) {
          expect(fast.least[level]!).toBeLessThanOrEqual(scan.least[level]!);
          expect(fast.least[level]!).toBeGreaterThanOrEqual(scan.least[level]! * (1 - 1e-11));
          expect(fast.most[level]!).toBeGreaterThanOrEqual(scan.most[level]!);
          expect(fast.most[level]!).toBeLessThanOrEqual(scan.most[level]! * (1 + 1e-11));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("bound it too when a term occurs more often than PostgreSQL keeps (SQLite counts every occurrence)", () => {
    // The bounds scanned counts up to 2,560; past them, for an article at a level's very edge (its
    // length grown with the count), the saturated count still moves: in an archive of long articles
    // up, of short ones down.
    const IMPACT_LENGTH = 500;
    const lengthAt = (w: number, s: number) => ((((2.2 * w) / s - w) / 1.2 - 0.25) / 0.75) * IMPACT_LENGTH;
    fc.assert(
      fc.property(
        fc.integer({ min: 2561, max: 50_000_000 }),
        fc.integer({ min: 0, max: IMPACT_LEVELS.length - 1 }),
        fc.boolean(),
        fc.double({ min: 20, max: 20_000, noNaN: true }),
        (w, edge, top, averageLength) => {
          // Just under the edge's level (the top of the level below) or just at it (its bottom).
          const length = top ? Math.floor(lengthAt(w, IMPACT_LEVELS[edge]!)) + 1 : Math.floor(lengthAt(w, IMPACT_LEVELS[edge]!));
          const { least, most } = levelBounds(averageLength);
          const level = impactLevel(w, length);
          const s = saturation(w, length, averageLength);
          expect(s).toBeGreaterThanOrEqual(least[level]! - 1e-12);
          expect(s).toBeLessThanOrEqual(most[level]! + 1e-12);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("are stored for the terms that count most: a headline's word in a short article, not one body mention in a long one", () => {
    const filler = Array.from({ length: 600 }, (_, i) => `w${i}`).join(" ");
    const short = indexEntry(["harbour", "harbour opens", "", "", "", "", ""]).vector;
    expect(short).toContain(`'|${impactLevel(11, 3)}|harbour'`);
    const long = indexEntry(["title", `${filler} ferry`, "", "", "", "", ""]).vector;
    expect(impactLevel(1, 602)).toBe(0);
    expect(long).not.toMatch(/'\|\d+\|ferry'/);
  });

  it("rise with the count", () => {
    for (let w = 1; w < 50; w++) expect(impactLevel(w + 1, 400)).toBeGreaterThanOrEqual(impactLevel(w, 400));
    expect(impactLevel(1000, 100)).toBe(IMPACT_LEVELS.length);
  });
});

describe("fewestStates", () => {
  it("takes in every combination of states that reaches the target, and only the least of them", () => {
    const values = fc.array(fc.array(fc.double({ min: 0.01, max: 3, noNaN: true }), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(values, fc.double({ min: 0.01, max: 15, noNaN: true }), (steps, target) => {
        // State 0 adds nothing; each state above adds more.
        const value = (i: number, s: number) => steps[i]!.slice(0, s).reduce((a, b) => a + b, 0);
        const n = steps.length;
        const top = 4;
        const found = fewestStates(n, top, target, value);
        if (found === null) return; // too many combinations: every match is read instead
        const sum = (states: number[]) => states.reduce((a, s, i) => a + value(i, s), 0);
        for (const c of found) {
          expect(sum(c)).toBeGreaterThanOrEqual(target);
          for (let i = 0; i < n; i++) if (c[i]! > 0) expect(sum(c.map((s, j) => (j === i ? s - 1 : s)))).toBeLessThan(target);
        }
        // Every assignment that reaches the target is at or above one of them in every state.
        const all = (i: number, prefix: number[]): number[][] => (i === n ? [prefix] : Array.from({ length: top + 1 }, (_, s) => all(i + 1, [...prefix, s])).flat());
        for (const states of all(0, [])) {
          if (sum(states) < target) continue;
          expect(found.some((c) => c.every((s, i) => states[i]! >= s))).toBe(true);
        }
      }),
      // (The example: values that add up to the target only in some orders of rounding.)
      { numRuns: 300, examples: [[[[0.010000000000000021, 0.01, 0.01, 0.01], [0.010000000000000002, 0.01, 0.01, 0.01]], 0.010000000000000023]] },
    );
  });
});
