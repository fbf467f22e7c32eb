// Proximity ranking: the closest span holding every query word a body has, and the bonus it earns.
import { describe, expect, it } from "vitest";
import { closestSpan, proximityBonus } from "../../src/core/proximity.js";

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
