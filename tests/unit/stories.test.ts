// The pieces of story detection (issue 13): shingles that ignore what syndication changes,
// signatures that estimate similarity, band keys that find candidates, and the word diff.
import { describe, expect, it } from "vitest";
import { MAX_EDITS, wordDiff } from "../../src/core/stories/diff.js";
import { BandMap } from "../../src/core/stories/candidates.js";
import { CandidateRows, pairsOf } from "../../src/core/stories/rows.js";
import { REGISTERS, bandKeys, distinct, estimateJaccard, lowRegisters, minhash, overlap, packSignature, radixSort, registersOf, shingles } from "../../src/core/stories/signature.js";
import { sameStory, storySignature } from "../../src/core/stories/stories.js";

const TEXT =
  "The harbour board said on Monday that it would dredge the northern channel this winter, after two cargo ships ran aground on the bar in a single week. " +
  "Pilots had warned for months that silt from the river was narrowing the channel. The work will cost about two million pounds and close the berths for six weeks. " +
  "Fishermen said they had not been told when the dredgers would arrive, and asked the board to keep one berth open for the fleet. " +
  "The board's chairman said a timetable would be published before the end of the month, and that the fleet would be able to use the south quay.";

describe("shingles", () => {
  it("are the same however the lines are wrapped, the case, the quotes and the punctuation around words", () => {
    const rewrapped = TEXT.replace(/(.{1,50})\s/g, "$1\n").replace(/said/g, "SAID").replace(/board's/g, "board\u2019s");
    expect([...shingles(rewrapped)]).toEqual([...shingles(TEXT)]);
  });

  it("are one per word from the fifth, and none for fewer than five words", () => {
    expect(shingles("one two three four")).toHaveLength(0);
    expect(shingles("one two three four five six")).toHaveLength(2);
    // Order matters: the same words in another order are other shingles.
    expect(shingles("five four three two one")[0]).not.toBe(shingles("one two three four five")[0]);
  });

  it("treat each CJK character as a word", () => {
    expect(shingles("北京今天下雨了")).toHaveLength(3);
  });

  it("keep their values: archives store signatures made from them", () => {
    // Letters with and without accents, capitals, CJK characters, curly quotes and figures. A
    // change here makes every stored signature a stranger to new ones until `news reparse`.
    const mixed = "Ünïcode Straße: “Quoted” TEXT, 北京今天 don’t 42 Ä b-c x";
    expect([...shingles(mixed)]).toEqual([
      3716281401, 1753225126, 4098625781, 350440719, 144938495, 2302419090, 2635997191, 185338373, 2566288680, 1617696505, 2150802086,
    ]);
  });

  it("reuse a scratch array when it is large enough", () => {
    const scratch = new Uint32Array(4096);
    const out = shingles(TEXT, scratch);
    expect(out.buffer).toBe(scratch.buffer);
    expect([...out]).toEqual([...shingles(TEXT)]);
  });
});

describe("signatures", () => {
  it("estimate Jaccard similarity within a few hundredths", () => {
    const a = TEXT;
    const b = TEXT.split(". ").slice(0, 4).join(". ");
    const exact = overlap(distinct(shingles(a)), distinct(shingles(b)));
    const estimate = estimateJaccard(lowRegisters(minhash(shingles(a))!), registersOf(packSignature(lowRegisters(minhash(shingles(b))!))));
    expect(Math.abs(estimate - exact.jaccard)).toBeLessThan(0.15);
    expect(exact.containment).toBe(1);
  });

  it("give equal texts equal band keys, and unrelated texts none in common", () => {
    const a = storySignature(TEXT, TEXT);
    const b = storySignature(TEXT, TEXT);
    expect([...a.bands!]).toEqual([...b.bands!]);
    const other = storySignature("A quite different report about a school choir that won a national prize on Saturday evening in the capital, beating forty others.", "");
    expect([...other.bands!].filter((k) => a.bands!.includes(k))).toEqual([]);
    expect(bandKeys(minhash(shingles(TEXT))!, minhash(shingles(TEXT))!)).toHaveLength(24);
  });

  it("has none for a text under five words", () => {
    expect(storySignature("Too short", "Too short")).toEqual({ signature: null, bands: null, shingles: 0 });
  });

  it("decide a story by Jaccard, or by containment for a text of a paragraph or more", () => {
    expect(sameStory({ jaccard: 0.45, containment: 0.6 }, 10)).toBe(true);
    expect(sameStory({ jaccard: 0.2, containment: 0.8 }, 100)).toBe(true);
    expect(sameStory({ jaccard: 0.05, containment: 1 }, 12)).toBe(false);
    expect(sameStory({ jaccard: 0.1, containment: 0.3 }, 100)).toBe(false);
  });
});

describe("sorting shingle hashes", () => {
  it("puts any 32-bit values in increasing order, as a typed array's own sort does", () => {
    // A seeded generator, so a failure can be run again.
    let state = 20261206;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
    for (const n of [0, 1, 63, 64, 65, 400, 3000]) {
      const values = Uint32Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 0xffffffff : i % 5 === 0 ? 7 : next()));
      const expected = values.slice().sort();
      radixSort(values);
      expect([...values]).toEqual([...expected]);
    }
  });

  it("leaves each hash once in distinct", () => {
    expect([...distinct(Uint32Array.from([9, 3, 0xffffffff, 3, 9, 1, ...Array.from({ length: 100 }, (_, i) => 1000 - i)]))].slice(0, 4)).toEqual([1, 3, 9, 901]);
  });
});

describe("a batch's band keys (BandMap)", () => {
  const PACK = 2 ** 32;
  // Keys 5, 10 and 20 (places 0, 1, 2): ids 1 and 2 have 5, id 3 has 20.
  const map = () => new BandMap(Int32Array.from([5, 10, 20]), Float64Array.from([0 * PACK + 1, 0 * PACK + 2, 2 * PACK + 3]));
  const ids = (m: BandMap, key: number) => {
    const into: number[] = [];
    return m.idsOf(key, into) ? into.sort((a, b) => a - b) : null;
  };

  it("gives the ids read for each key, and says when a key is not the batch's", () => {
    const m = map();
    expect(ids(m, 5)).toEqual([1, 2]);
    expect(ids(m, 10)).toEqual([]);
    expect(ids(m, 20)).toEqual([3]);
    expect(ids(m, 7)).toBeNull();
    expect(m.has(20)).toBe(true);
    expect(m.has(-3)).toBe(false);
  });

  it("keeps up with articles filed, removed and changed in the batch", () => {
    const m = map();
    m.remember(Int32Array.from([10, 99]), 4);
    expect(ids(m, 10)).toEqual([4]);
    expect(ids(m, 99)).toBeNull();
    // Article 1 removed: gone from every key it had.
    m.forget(Int32Array.from([5]), 1);
    expect(ids(m, 5)).toEqual([2]);
    // Only from the keys named: article 2 keeps key 5 when it loses another.
    m.forget(Int32Array.from([20]), 2);
    expect(ids(m, 5)).toEqual([2]);
    expect(ids(m, 20)).toEqual([3]);
    // Article 4 changed: its old keys forgotten, then its new ones remembered.
    m.forget(Int32Array.from([10, 99]), 4);
    expect(ids(m, 10)).toEqual([]);
    m.remember(Int32Array.from([20]), 4);
    expect(ids(m, 20)).toEqual([3, 4]);
    expect(ids(m, 10)).toEqual([]);
  });
});

describe("candidate rows kept for a batch (CandidateRows)", () => {
  const sig = (text: string) => lowRegisters(minhash(shingles(text))!);

  it("estimate Jaccard similarity as estimateJaccard does, from stored or fresh signatures", () => {
    const rows = new CandidateRows(4);
    const a = sig(TEXT);
    const b = sig(TEXT.split(". ").slice(0, 4).join(". "));
    expect(rows.set(1, { story: 1, shingles: 90, signature: packSignature(a) })).toBe(true);
    expect(rows.set(2, { story: 2, shingles: 60, signature: b })).toBe(true);
    expect(rows.estimate(rows.slot(1)!, pairsOf(b), 0)).toBe(estimateJaccard(a, b));
    expect(rows.estimate(rows.slot(2)!, pairsOf(b), 0)).toBe(1);
    expect(rows.row(rows.slot(2)!)).toEqual({ id: 2, story: 2, shingles: 60 });
  });

  it("stop counting only once the registers asked for cannot agree, and count in full otherwise", () => {
    const rows = new CandidateRows(2);
    const a = sig(TEXT);
    const other = sig("Quite another story about the price of wheat in the northern provinces this spring, told at length.");
    rows.set(1, { story: 1, shingles: 90, signature: a });
    const full = rows.estimate(rows.slot(1)!, pairsOf(other), 0);
    expect(full).toBeLessThan(0.1);
    // Asking for more agreeing registers than the texts have gives a share below the bar asked.
    expect(rows.estimate(rows.slot(1)!, pairsOf(other), 40)).toBeLessThan(40 / REGISTERS);
    // A candidate that reaches the bar is counted to the end.
    expect(rows.estimate(rows.slot(1)!, pairsOf(a), REGISTERS - 1)).toBe(1);
  });

  it("compare only a story's first article with a signature, and keep no more rows than they hold", () => {
    const rows = new CandidateRows(2);
    rows.set(1, { story: 1, shingles: 90, signature: sig(TEXT) });
    rows.set(2, { story: 1, shingles: 90, signature: sig(TEXT) });
    expect(rows.set(3, null)).toBe(false);
    expect(rows.comparable(rows.slot(1)!)).toBe(true);
    expect(rows.comparable(rows.slot(2)!)).toBe(false);
    expect(rows.slot(3)).toBeUndefined();
    rows.clear();
    expect(rows.set(3, null)).toBe(true);
    expect(rows.comparable(rows.slot(3)!)).toBe(false);
  });
});

describe("wordDiff", () => {
  it("returns runs of equal, deleted and inserted text that rebuild both texts", () => {
    const a = "The work will cost about two million pounds.";
    const b = "The work will cost about three million pounds, the board said.";
    const changes = wordDiff(a, b);
    expect(changes.filter((c) => c.op !== "insert").map((c) => c.text).join("")).toBe(a);
    expect(changes.filter((c) => c.op !== "delete").map((c) => c.text).join("")).toBe(b);
    expect(changes).toContainEqual({ op: "delete", text: "two" });
    expect(changes).toContainEqual({ op: "insert", text: "three" });
  });

  it("changes whole words in any script, and one character at a time where words have no spaces", () => {
    expect(wordDiff("Премьер Франции встретился с министром.", "Премьер Германии встретился с министром.")).toEqual([
      { op: "equal", text: "Премьер " }, { op: "delete", text: "Франции" }, { op: "insert", text: "Германии" }, { op: "equal", text: " встретился с министром." },
    ]);
    expect(wordDiff("Ο δήμαρχος μίλησε χθες.", "Ο δήμαρχος μίλησε σήμερα.").filter((c) => c.op !== "equal")).toEqual([{ op: "delete", text: "χθες" }, { op: "insert", text: "σήμερα" }]);
    expect(wordDiff("巴黎的抗议活动持续。", "巴黎的示威活动持续。").filter((c) => c.op !== "equal")).toEqual([{ op: "delete", text: "抗议" }, { op: "insert", text: "示威" }]);
  });

  it("shows words changed side by side as one change, with the spaces around them left equal", () => {
    expect(wordDiff("the cat sat on the mat", "a dog sat on the mat")).toEqual([{ op: "delete", text: "the cat" }, { op: "insert", text: "a dog" }, { op: "equal", text: " sat on the mat" }]);
    expect(wordDiff("It rose by 5%. Then it fell.", "It rose by 7%.  Then it fell.")).toEqual([
      { op: "equal", text: "It rose by " }, { op: "delete", text: "5" }, { op: "insert", text: "7" }, { op: "equal", text: "%. " }, { op: "insert", text: " " }, { op: "equal", text: "Then it fell." },
    ]);
  });

  // Long texts made of numbered sentences, paragraph by paragraph (our own words, not a corpus's).
  const para = (seed: string, p: number) =>
    Array.from({ length: 10 }, (_, s) => `The ${seed} report number ${p} line ${s} said the ${seed} council ${s % 3 ? "would" : "might"} meet again.`).join(" ");
  const text = (seed: string, paragraphs: number) => Array.from({ length: paragraphs }, (_, p) => para(seed, p)).join("\n\n");
  const rebuilds = (changes: ReturnType<typeof wordDiff>, a: string, b: string) => {
    expect(changes.filter((c) => c.op !== "insert").map((c) => c.text).join("")).toBe(a);
    expect(changes.filter((c) => c.op !== "delete").map((c) => c.text).join("")).toBe(b);
    // Runs of one kind are joined.
    for (let i = 1; i < changes.length; i++) expect(changes[i]!.op).not.toBe(changes[i - 1]!.op);
  };

  it("compares two unrelated 5,000-word texts quickly, paragraph by paragraph, and still rebuilds both", () => {
    const a = text("harbour", 40);
    const b = text("railway", 40).replace(/council/g, "board");
    expect(a.split(/\s+/).length).toBeGreaterThan(5000);
    const started = performance.now();
    const changes = wordDiff(a, b);
    // Myers' algorithm over words took 37 s for two such texts; the line-by-line fallback is bounded.
    expect(performance.now() - started).toBeLessThan(3000);
    rebuilds(changes, a, b);
    expect(changes.some((c) => c.op === "equal")).toBe(true);
  });

  it("shows the words that changed in each paragraph when the texts are too far apart for one word diff", () => {
    const a = text("harbour", 40);
    // Every paragraph but one changes a few words: too many edits for one word diff of the whole.
    const b = a
      .split("\n\n")
      .map((p, i) => (i === 7 ? p : p.replace(/ might /g, " may ").replace(/line 4 said/, "line 4 says")))
      .join("\n\n");
    const edits = wordDiff(a, b).filter((c) => c.op !== "equal").length;
    expect(edits).toBeGreaterThan(MAX_EDITS / 4);
    const changes = wordDiff(a, b);
    rebuilds(changes, a, b);
    // The first paragraphs are compared word by word: "might" became "may", the rest kept.
    expect(changes[1]).toEqual({ op: "delete", text: "might" });
    expect(changes[2]).toEqual({ op: "insert", text: "may" });
  });

  it("compares every paragraph edited in place word by word, however many edits there are in all", () => {
    const a = text("harbour", 80);
    const b = a.replace(/ might /g, " may ");
    expect(wordDiff(a, b).filter((c) => c.op === "delete").length).toBeGreaterThan(MAX_EDITS / 2);
    const changes = wordDiff(a, b);
    rebuilds(changes, a, b);
    // No paragraph is shown deleted and inserted whole: only the words that changed.
    expect(changes.filter((c) => c.op === "delete").every((c) => c.text === "might")).toBe(true);
    expect(changes.filter((c) => c.op === "insert").every((c) => c.text === "may")).toBe(true);
  });

  it("pairs each edited paragraph with itself when a paragraph was dropped and another added", () => {
    // Paragraphs of words of their own (numbered paragraphs of one sentence pattern share most words).
    const own = (p: number) => Array.from({ length: 60 }, (_, w) => (w % 12 === 5 ? "might" : `w${p}x${w}`)).join(" ");
    const a = Array.from({ length: 40 }, (_, p) => own(p)).join("\n\n");
    const paragraphs = a.replace(/ might /g, " may ").split("\n\n");
    const dropped = own(5);
    paragraphs.splice(5, 1);
    paragraphs.splice(20, 0, para("lighthouse", 99));
    const b = paragraphs.join("\n\n");
    const changes = wordDiff(a, b);
    rebuilds(changes, a, b);
    // Only the dropped paragraph is deleted whole, only the new one inserted whole; every other
    // paragraph shows the one word that changed in it.
    const deleted = changes.filter((c) => c.op === "delete").map((c) => c.text.trim());
    const inserted = changes.filter((c) => c.op === "insert").map((c) => c.text.trim());
    expect(deleted.filter((t) => t !== "might")).toEqual([dropped]);
    expect(inserted.filter((t) => t !== "may")).toEqual([para("lighthouse", 99)]);
  });
});
