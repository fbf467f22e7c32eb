// The words of a page outside its story: which lines are left out, and which terms are kept.
import { describe, expect, it } from "vitest";
import { indexText } from "../../src/core/language/analyser.js";
import { indexRow } from "../../src/core/language/index-row.js";
import { outsideLines, pageTerms } from "../../src/core/language/page-text.js";
import { compress } from "../../src/core/archive/compression.js";

const BODY = "The ferry will sail twice a day from May.\n\nThe council said the timetable would be kept under review.";
const PAGE = [
  "Home | News | Weather | Lighthouses",
  "Ferry to sail twice a day",
  "By Jane Roe",
  "The ferry will sail twice a day",
  "from May.",
  "",
  "The council said the timetable would be kept under review.",
  "",
  "Most read: Kittiwakes return to the harbour wall",
].join("\n");

describe("outsideLines", () => {
  it("keeps the menus and teasers, and leaves out the body's lines, even hard-wrapped, and the fields'", () => {
    expect(outsideLines(PAGE, ["Ferry to sail twice a day", "Jane Roe"], BODY).split("\n")).toEqual([
      "Home | News | Weather | Lighthouses",
      "By Jane Roe",
      "Most read: Kittiwakes return to the harbour wall",
    ]);
  });

  it("does not take a short line for the body's when the body has it only inside a longer word", () => {
    expect(outsideLines("Art\nThe start of the season.", [], "The start of the season.")).toBe("Art");
  });

  it("leaves a body line out of order to pageTerms, which drops its words as the body's", () => {
    const body = "First line here.\n\nSecond line here.";
    const outside = outsideLines("Second line here.\nFirst line here.\nFooter", [], body);
    expect(pageTerms(indexText(outside, "en"), [indexText(body, "en")])).toBe(indexText("Footer", "en"));
  });

  it("leaves out a front matter block: the file's metadata, not its page", () => {
    const text = "---\ntitle: Ferry to sail twice a day\nurl: https://example.org/zebrafish\n---\n\nThe ferry will sail twice a day from May.\n\nMost read: Kittiwakes return";
    expect(outsideLines(text, [], "The ferry will sail twice a day from May.")).toBe("Most read: Kittiwakes return");
  });

});

describe("pageTerms", () => {
  it("keeps each term once, and none that another column has", () => {
    const columns = [indexText("Ferry to sail", "en"), indexText("The ferry will sail", "en")];
    expect(pageTerms(indexText("Ferry news: weather, weather and kittiwakes", "en"), columns)).toBe(
      [indexText("news", "en"), indexText("weather", "en"), indexText("and", "en"), indexText("kittiwakes", "en")].join(" "),
    );
  });
});

describe("indexRow's page column", () => {
  const fields = { title: "Ferry to sail twice a day", body: BODY, summary: null, author: "Jane Roe", section: null, place: null, source: null, tags: "[]" };

  it("holds the words of the page the story lacks, from the text or from the stored original alike", () => {
    const fromText = indexRow(1, { ...fields, text: PAGE }, "en");
    const fromStored = indexRow(1, { ...fields, original: compress(PAGE, BODY) }, "en");
    expect(fromText).toEqual(fromStored);
    const page = (fromText[8] as string).split(" ");
    expect(page).toEqual(expect.arrayContaining([indexText("Lighthouses", "en"), indexText("Kittiwakes", "en"), indexText("harbour", "en")]));
    // The story's own words are not repeated there.
    expect(page).not.toContain(indexText("ferry", "en"));
    expect(page).not.toContain(indexText("timetable", "en"));
  });

  it("is empty without the original text, and for a page that is all story", () => {
    expect(indexRow(1, fields, "en")[8]).toBe("");
    expect(indexRow(1, { ...fields, text: `${fields.title}\n\n${BODY}` }, "en")[8]).toBe("");
  });
});
