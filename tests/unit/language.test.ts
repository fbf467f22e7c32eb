// The text analyser (segment, fold, stem), language detection and the edit distance behind typo
// correction. Every sentence here was written for these tests.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance, oneEditCost } from "../../src/core/expand.js";
import { analyse, analyseHeads, bareTerm, indexText, LANGUAGE_MARK, termHead, termOf, variants } from "../../src/core/language/analyser.js";
import { detectLanguage } from "../../src/core/language/detect.js";
import { snippetOf } from "../../src/core/snippet.js";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "../../src/core/types.js";

const terms = (text: string, lang: string | null) => analyse(text, lang).map((t) => bareTerm(t.term));

describe("analyser", () => {
  it("cuts Chinese, Japanese, Thai and Khmer text into words", () => {
    expect(terms("巴黎发生抗议活动", "zh")).toEqual(["巴黎", "发生", "抗议", "活动"]);
    expect(terms("東京で会議", "ja")).toContain("東京");
    expect(terms("การประท้วงในปารีส", "th")).toContain("ปารีส");
    expect(terms("ប្រទេសបារាំង", "km").length).toBeGreaterThan(1);
  });

  it("keeps offsets into the original text", () => {
    const text = "Der Bürgermeister sprach";
    for (const t of analyse(text, "de")) expect(text.slice(t.start, t.end)).toMatch(/^\p{L}+$/u);
    expect(analyse("巴黎抗议", "zh").map((t) => "巴黎抗议".slice(t.start, t.end))).toEqual(["巴黎", "抗议"]);
  });

  it("keeps a French, Spanish or German word's derivational suffix: words made from one root stay apart, inflections meet", () => {
    expect(termOf("antisémitisme", "fr")).not.toBe(termOf("antisémite", "fr"));
    expect(termOf("communisme", "fr")).not.toBe(termOf("commune", "fr"));
    expect(termOf("absolument", "fr")).not.toBe(termOf("absolu", "fr"));
    expect(termOf("transformation", "fr")).not.toBe(termOf("transformer", "fr"));
    expect(termOf("politiques", "fr")).toBe(termOf("politique", "fr"));
    expect(termOf("transformations", "fr")).toBe(termOf("transformation", "fr"));
    for (const form of ["condamnés", "condamnée", "condamner"]) expect(termOf(form, "fr")).toBe(termOf("condamne", "fr"));
    // The same in Spanish.
    expect(termOf("presidencia", "es")).not.toBe(termOf("presidente", "es"));
    expect(termOf("directamente", "es")).not.toBe(termOf("directo", "es"));
    expect(termOf("organizaciones", "es")).toBe(termOf("organización", "es"));
    expect(termOf("seguridades", "es")).toBe(termOf("seguridad", "es"));
    expect(termOf("protestas", "es")).toBe(termOf("protesta", "es"));
    // And in German.
    expect(termOf("Politiker", "de")).not.toBe(termOf("Politik", "de"));
    expect(termOf("politisch", "de")).not.toBe(termOf("Politik", "de"));
    expect(termOf("Möglichkeit", "de")).not.toBe(termOf("möglich", "de"));
    expect(termOf("Möglichkeiten", "de")).toBe(termOf("Möglichkeit", "de"));
    expect(termOf("politischen", "de")).toBe(termOf("politisch", "de"));
    // And in Russian: a noun in -ость is not its adjective's adverb, a present participle not its verb.
    expect(termOf("особенности", "ru")).not.toBe(termOf("особенно", "ru"));
    expect(termOf("следующий", "ru")).not.toBe(termOf("следует", "ru"));
    for (const form of ["особенность", "особенностей", "особенностями"]) expect(termOf(form, "ru")).toBe(termOf("особенности", "ru"));
    for (const form of ["следующее", "следующего", "следующими"]) expect(termOf(form, "ru")).toBe(termOf("следующий", "ru"));
    expect(termOf("России", "ru")).toBe(termOf("Россия", "ru"));
  });

  it("folds case and accents, ё to е and ß to ss", () => {
    expect(termOf("ÉTAT", null)).toBe("etat");
    expect(termOf("Straße", null)).toBe("strasse");
    expect(termOf("ёлка", null)).toBe("елка");
    expect(termOf("йод", null)).toBe("йод"); // the breve of й is a letter of its own, not an accent
  });

  it("stems by the article's language and marks the term with it", () => {
    for (const form of ["Россия", "России", "Россию", "Россией"]) expect(termOf(form, "ru")).toBe(`росс${LANGUAGE_MARK}ru`);
    expect(termOf("Kinder", "de")).toBe(termOf("Kind", "de"));
    expect(termOf("connections", "en")).toBe(termOf("connection", "en"));
    expect(termOf("manifestations", "fr")).toBe(termOf("manifestation", "fr"));
    expect(termOf("protestas", "es")).toBe(termOf("protesta", "es"));
    expect(termOf("governi", "it")).toBe(termOf("governo", "it"));
    expect(termOf("governos", "pt")).toBe(termOf("governo", "pt"));
    expect(termOf("regeringen", "nl")).toBe(termOf("regering", "nl"));
  });

  it("stems only words in the language's script, and never numbers", () => {
    expect(termOf("Москва", "en")).toBe("москва");
    expect(termOf("London", "ru")).toBe("london");
    expect(termOf("2019s", "en")).toBe("2019s");
  });

  it("indexes what it analyses: space-separated terms", () => {
    expect(indexText("Die Kinder, die Häuser.", "de")).toBe(analyse("Die Kinder, die Häuser.", "de").map((t) => t.term).join(" "));
    expect(indexText(null, "de")).toBe("");
  });

  it("indexes the same words whatever punctuation, symbols and scripts a text mixes", () => {
    // Curly quotes, dashes and a pound sign around ASCII words; an accented word; a letter beyond
    // the BMP; Thai and Chinese after punctuation of the same blocks as curly quotes.
    const texts = [
      "\u201cWe\u2019ll pay \u00a340m \u2013 no more,\u201d said the mayor\u2026 of Leeds.",
      "The caf\u00e9 reopened \u2013 na\u00efvely, some said.",
      "Maths: \u{1D400}lpha and 10\u00b2 \u2014 done.",
      "\u201cBangkok\u201d \u2013 \u0e1c\u0e21\u0e23\u0e31\u0e01\u0e1b\u0e23\u0e30\u0e40\u0e17\u0e28\u0e44\u0e17\u0e22.",
      "\u201cBeijing\u201d \u2013 \u5317\u4eac\u5e02\u653f\u5e9c.",
    ];
    for (const text of texts) {
      for (const language of ["en", null]) expect(indexText(text, language)).toBe(analyse(text, language).map((t) => t.term).join(" "));
    }
    expect(indexText(texts[0], null)).toBe("we ll pay 40m no more said the mayor of leeds");
    expect(indexText(texts[1], null).split(" ")).toContain("cafe");
  });

  it("indexes the words of any mix of ASCII and other characters as the analyser reads them", () => {
    // ASCII words glued to accented letters, marks, curly quotes, letters beyond the BMP, private
    // use and symbols: indexText reads runs of ASCII letters alone without the Unicode classes, and
    // must cut every other run where analyse does.
    const piece = fc.constantFrom("Gov", "plans", "x9", "2024", "é", "ü", "\u0301", "\u2019", "\u2014", "\u00a3", "\u{1D400}", "\uE000", "\u00ad", "\u200b", "Ⅻ", "ꙮ", "١٢", "ß", "ё", "Дом", "ǂ", " ", ", ", ".\n", "'", "-", "_");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom("en", "de", "ru", null), (parts, lang) => {
        const text = parts.join("");
        expect(indexText(text, lang)).toBe(analyse(text, lang).map((t) => t.term).join(" "));
      }),
      { numRuns: 500 },
    );
  });

  it("reads a query word in each language, without repeats", () => {
    const readings = variants("Kinder", ["de", "en"]).map((r) => r.map((t) => t.term).join(" "));
    expect(readings).toContain("kinder");
    expect(readings).toContain(termOf("Kinder", "de"));
    expect(new Set(readings).size).toBe(readings.length);
    expect(variants("econom", ["en"], true).map((r) => r[0]!.term)).toEqual(["econom"]);
  });
});

describe("analyseHeads (a snippet's words, the terms of some only)", () => {
  // What it must give: every word, where it is, and its term where the word's head is asked for.
  const expected = (text: string, lang: string | null, heads: Set<string>) =>
    analyse(text, lang).map((t) => (heads.has(termHead(text.slice(t.start, t.end))) ? t : { term: null, start: t.start, end: t.end }));
  it("gives each word, and the term of those with a head asked for, in ASCII text and in any other", () => {
    // (Words of ASCII letters alone, where punctuation of any script may stand between them, or with others.)
    const ascii = fc.constantFrom("Government", "plans", "go", "GOvernments", "2024", "a", "governed", "o'clock", "x9", "ZOne", "zone", "Zo", "PLAN");
    const other = fc.constantFrom("über", "Régime", "巴黎", "ведомство");
    const words = fc.oneof(fc.array(fc.tuple(ascii, fc.constantFrom(" ", ", ", "—", " “", "” ", ".\n\n", "'", "-", " £")), { maxLength: 30 }), fc.array(fc.tuple(fc.oneof(ascii, other), fc.constantFrom(" ", ", ")), { maxLength: 30 }));
    const heads = fc.constantFrom(new Set(["go", "pl"]), new Set(["20", "re"]), new Set(["üb", "ве"]), new Set(["o'"]), new Set(["zo", "x9"]));
    fc.assert(
      fc.property(words, heads, fc.constantFrom("en", "de", null), (parts, h, lang) => {
        const text = parts.map(([w, g]) => w + g).join("");
        expect(analyseHeads(text, lang, h)).toEqual(expected(text, lang, h));
      }),
    );
  });
});

describe("snippetOf", () => {
  // Only words whose first letters could begin a term asked for are stemmed: inflections,
  // capitals, accents, ß and ё must still be marked wherever they stand.
  const marked = (body: string, lang: string, words: string[], prefixes: string[] = []) => {
    const snippet = snippetOf(body, lang, { terms: new Set(words.map((w) => termOf(w, lang))), prefixes, words: new Map([...words.map((w, i) => [termOf(w, lang), i] as const), ...prefixes.map((p, i) => [p, words.length + i] as const)]) }, 60);
    return [...snippet.matchAll(new RegExp(`${HIGHLIGHT_START}(.*?)${HIGHLIGHT_END}`, "gu"))].map((m) => m[1]);
  };

  it("marks every inflected, capitalised or accented form of a word", () => {
    expect(marked("Die Straße war gesperrt. Zwei Strassen weiter lag die STRASSE zum Markt.", "de", ["strasse"])).toEqual(["Straße", "Strassen", "STRASSE"]);
    expect(marked("Ёлка стояла на площади, а у ёлки пели дети.", "ru", ["елка"])).toEqual(["Ёлка", "ёлки"]);
    expect(marked("L'Éducation nationale répond : l'éducation reste gratuite.", "fr", ["education"])).toEqual(["Éducation", "éducation"]);
    expect(marked("The governments said government spending would fall.", "en", ["government"])).toEqual(["governments", "government"]);
  });

  it("marks words that begin with a prefix asked for", () => {
    expect(marked("Economists said the economy would grow; ecology was not discussed.", "en", [], ["econom"])).toEqual(["Economists", "economy"]);
  });
});

describe("detectLanguage", () => {
  it("tells the languages apart", () => {
    expect(detectLanguage("Council votes on new tram line", "The city council voted on Tuesday to build a new tram line across the river, and said that work on it will start in the spring of next year.")).toBe("en");
    expect(detectLanguage("Neue Fähre auf der Elbe", "Die Stadt hat am Montag eine neue Fähre in Betrieb genommen, die mit Wasserstoff fährt und zwischen den beiden Ufern pendelt.")).toBe("de");
    expect(detectLanguage("Новый мост открыт", "В субботу в городе открыли новый мост через реку, по которому теперь ходят автобусы и трамваи.")).toBe("ru");
    expect(detectLanguage("Un nuevo puente", "El ayuntamiento inauguró el sábado un nuevo puente sobre el río, por el que ya circulan autobuses y tranvías.")).toBe("es");
    expect(detectLanguage("Un nouveau pont", "La mairie a inauguré samedi un nouveau pont sur le fleuve, où circulent déjà des bus et des tramways.")).toBe("fr");
    expect(detectLanguage("新桥开通", "周六，市政府在河上开通了一座新桥，公共汽车和有轨电车已经开始通行。")).toBe("zh");
    expect(detectLanguage("สะพานใหม่", "เมื่อวันเสาร์ เทศบาลเปิดสะพานใหม่ข้ามแม่น้ำ")).toBe("th");
  });

  it("says null when there is too little to tell", () => {
    expect(detectLanguage("", "")).toBeNull();
    expect(detectLanguage("12", "3 4 5")).toBeNull();
  });

  it("says null for a headline alone, which eld misreads (an English one taken for Dutch)", () => {
    expect(detectLanguage("Tram strike grips Rotterdam", "")).toBeNull();
    expect(detectLanguage("Neue Fähre auf der Elbe", "")).toBeNull();
    // Ten words are enough, and a script of one language decides alone.
    expect(detectLanguage("Tram strike grips Rotterdam", "Drivers walked out on Monday over pay and hours.")).toBe("en");
    expect(detectLanguage("สะพานใหม่", "")).toBe("th");
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swaps", () => {
    expect(editDistance("venezula", "venezuela", 2)).toBe(1);
    expect(editDistance("goverment", "government", 2)).toBe(1);
    expect(editDistance("teh", "the", 2)).toBe(1);
    expect(editDistance("abcdef", "abcdef", 2)).toBe(0);
    expect(editDistance("abc", "xyzabc", 2)).toBe(3);
    expect(editDistance("kitten", "sitting", 2)).toBeGreaterThan(2);
  });
});

describe("oneEditCost", () => {
  it("costs the common slips less than any other letter put in or replaced", () => {
    expect(oneEditCost("truacy", "truancy")).toBe(1); // a letter left out
    expect(oneEditCost("truacy", "tracy")).toBeGreaterThan(1); // a 'u' put in, next to neither r nor a
    expect(oneEditCost("unhapppy", "unhappy")).toBe(1); // a letter doubled
    expect(oneEditCost("hialey", "hailey")).toBe(1); // two letters swapped
    expect(oneEditCost("hialey", "healey")).toBeGreaterThan(1); // i for e: keys apart
    expect(oneEditCost("msnhunt", "manhunt")).toBe(1); // s for a: keys side by side
    expect(oneEditCost("taning", "taking")).toBeGreaterThan(1);
    expect(oneEditCost("taning", "tanning")).toBe(1);
  });
});
