// Proximity ranking: the closest span holding every query word a body has, and the bonus it earns.
import { describe, expect, it } from "vitest";
import { LEAD_WEIGHT } from "../../src/core/archive/schema.js";
import { closestSpan, leadShare, poolScore, proximityBonus } from "../../src/core/proximity.js";

describe("closestSpan", () => {
  it("finds the fewest consecutive words holding every distinct query word", () => {
    // Words 0 and 1 of the query: apart at the start, side by side at the end.
    expect(closestSpan([0, null, null, null, 1, null, 1, 0])).toEqual({ distinct: 2, span: 2 });
    expect(closestSpan([0, null, 2, null, 1, null, null, 0])).toEqual({ distinct: 3, span: 5 });
  });

  it("counts a repeated word once and a text without query words as none", () => {
    expect(closestSpan([0, 0, 0])).toEqual({ distinct: 1, span: 1 });
    expect(closestSpan([null, null])).toEqual({ distinct: 0, span: 0 });
    expect(closestSpan([])).toEqual({ distinct: 0, span: 0 });
  });
});

describe("proximityBonus", () => {
  it("gives nothing for one word, most for words side by side, and less as they part", () => {
    expect(proximityBonus([0, null, 0])).toBe(0);
    const adjacent = proximityBonus([0, 1]);
    const near = proximityBonus([0, null, null, 1]);
    const far = proximityBonus([0, ...Array<null>(40).fill(null), 1]);
    expect(adjacent).toBeGreaterThan(near);
    expect(near).toBeGreaterThan(far);
    expect(far).toBeGreaterThan(0);
    // Three words together count for more than two.
    expect(proximityBonus([0, 1, 2])).toBeGreaterThan(adjacent);
  });
});

describe("leadShare", () => {
  it("is the share of the query's words in the headline or among the body's first words", () => {
    const late = [...Array<null>(40).fill(null), 0, 1];
    expect(leadShare(late, [], 2)).toBe(0);
    expect(leadShare([0, null, 1], [], 2)).toBe(1);
    expect(leadShare([0, null, 0], [], 2)).toBe(0.5);
    // A word first met past the lead does not count; one in the headline does.
    expect(leadShare([0, ...Array<null>(40).fill(null), 1], [], 2)).toBe(0.5);
    expect(leadShare(late, [null, 1], 2)).toBe(0.5);
    expect(leadShare([0], [0, 1], 2)).toBe(1);
    expect(leadShare([0], [], 0)).toBe(0);
  });

  it("raises the BM25 score by a share of itself, and proximity is added", () => {
    const body = [0, null, 1];
    expect(poolScore(10, body, [], 2)).toBeCloseTo(10 * (1 + LEAD_WEIGHT) + proximityBonus(body));
    expect(poolScore(10, [...Array<null>(40).fill(null), 0], [], 2)).toBe(10);
    // The same share counts twice as much on twice the score: it weighs alike whatever the scale.
    expect(poolScore(20, [0], [], 2) / poolScore(10, [0], [], 2)).toBeCloseTo(2);
  });
});
