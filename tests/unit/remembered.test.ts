import { describe, expect, it } from "vitest";
import { remembered } from "../../src/core/parse/remembered.js";
import { isBoilerplate, isCaption } from "../../src/core/parse/boilerplate.js";

describe("answers about a line, remembered across articles", () => {
  it("asks once for a short line, every time for a longer one", () => {
    const asked: string[] = [];
    const f = remembered((line: string) => {
      asked.push(line);
      return line.length % 2 === 0 ? null : line.length;
    }, 10);
    expect([f("Share"), f("Share"), f("Home"), f("Home")]).toEqual([5, 5, null, null]);
    expect(f("a line longer than ten.")).toBe(23);
    expect(f("a line longer than ten.")).toBe(23);
    expect(asked).toEqual(["Share", "Home", "a line longer than ten.", "a line longer than ten."]);
  });

  it("gives the same answers the second time a page's lines are met", () => {
    const lines = ["Share on Facebook", "Sign up for our newsletter", "The council voted on Tuesday.", "The harbour at dawn. - AFP/File", "The pier in the fog. © Example Press"];
    const first = lines.map((l) => [isBoilerplate(l), isCaption(l)]);
    expect(lines.map((l) => [isBoilerplate(l), isCaption(l)])).toEqual(first);
    expect(first).toEqual([[true, false], [true, false], [false, false], [false, true], [false, true]]);
  });
});
