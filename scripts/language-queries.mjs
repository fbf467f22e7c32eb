#!/usr/bin/env node
// Builds the query sets of bench/relevance/ that test search in other languages and through typos:
//
//   node scripts/language-queries.mjs [--corpora DIR]
//
// languages.jsonl: one-word queries per language, picked at random (mulberry32, seed 12) from the
//   words of ../shared/corpora/multilingual, with the files that hold the word in some form. The
//   forms are found without the analyser under test: for ru, de, fr and es, the corpus words made
//   of the query's base (the word less the ending that leaves it the most forms) and any ending of
//   that list (nouns and adjectives; German picks words written with a capital, i.e. nouns); for zh
//   and km (no spaces), the files that contain the word as a substring, the way grep finds them.
// typos.jsonl: the known-item queries of queries.jsonl and dev-holdout.jsonl with their rarest
//   word of 5+ letters misspelt by one random edit (seed 13): a letter dropped, doubled, swapped
//   with the next, or replaced by its neighbour on the keyboard.
// Only query words and file names are written: no article text.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { opt, rng, root } from "./common.mjs";
import { helpOnRequest } from "./common.mjs";

helpOnRequest(import.meta.url);

const corpora = resolve(opt("corpora", join(root, "../shared/corpora")));
const PER_LANGUAGE = 25;
// Endings of nouns and adjectives, and of the commonest verb forms (infinitive, present, past,
// participles), written without accents as the forms are compared folded.
const ENDINGS = {
  ru: ["", "а", "я", "у", "ю", "е", "и", "ы", "о", "ой", "ей", "ом", "ем", "ам", "ям", "ами", "ями", "ах", "ях", "ов", "ев", "ь", "ью", "ии", "ию", "ией", "ия", "ий", "ый", "ая", "ое", "ые", "ого", "ому", "ым", "ых", "ую", "их", "им", "ими", "ыми",
    "ие", "ее", "его", "ему", "яя", "юю",
    "ть", "ешь", "ет", "ете", "ют", "ут", "ишь", "ит", "ите", "ят", "ат", "л", "ла", "ло", "ли", "ться", "тся", "ется", "ются", "ится", "ятся", "лся", "лась", "лись", "ал", "ала", "али", "ать", "ает", "ают", "ил", "ила", "или", "ить"],
  de: ["", "e", "en", "n", "er", "ern", "es", "s", "ns", "nen"],
  fr: ["", "s", "x", "e", "es", "er", "ent", "ons", "ez", "ee", "ees", "ait", "aient", "ant", "ai", "a", "era", "eront", "erait", "ir", "it", "is", "issent"],
  es: ["", "s", "es", "a", "as", "o", "os", "ar", "er", "ir", "amos", "an", "e", "en", "emos", "aron", "aba", "aban", "ado", "ada", "ados", "adas", "ando", "iendo", "ido", "ida", "idos", "idas", "ia", "ian", "ara", "aran", "aria", "ieron", "io"],
};
const FOLDERS = {
  ru: ["ru-factrueval"],
  de: ["de-10kgnad"],
  fr: ["fr-be", "fr-ca", "fr-ch", "fr-dz"],
  es: ["es-elconfidencial", "es-elperiodico"],
  zh: ["zh-cn"],
  km: ["km-postkhmer"],
};

const fold = (w) => w.toLowerCase().replaceAll("ё", "е").normalize("NFD").replace(/([a-z])\p{M}+/gu, "$1").normalize("NFC");

function files(lang) {
  return FOLDERS[lang].flatMap((d) =>
    readdirSync(join(corpora, "multilingual", d)).filter((f) => !f.endsWith(".md")).sort().map((f) => `multilingual/${d}/${f}`),
  );
}

function pick(random, items, n) {
  const pool = [...items];
  const out = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return out;
}

const random = rng(12);
const lines = [];
const readDocs = (langs) => langs.flatMap((lang) => files(lang)).map((file) => {
    const text = readFileSync(join(corpora, file), "utf8");
    const words = new Set();
    for (const m of text.matchAll(/\p{L}+/gu)) words.add(fold(m[0]));
    return { file, words };
  });
// A word holds in an article of its language that uses one of its forms, and in an article of
// another language of the same script that uses the word as written or, when that language's
// articles use the word too, one of its forms in that language (the query's language is unknown,
// as to search): German "Moment" and French "moment" are the same word, and French "signaler" is a
// form of the "signal" French articles use; but French "présence" and "déjà" are not forms of
// "presencia" and "dejen" (made of the Spanish base and an ending of the Spanish list), nor is
// Spanish "parlamento" a form of "Parlament" (no Spanish article writes "parlament").
const sameScript = { ru: readDocs(["ru"]), latin: readDocs(["de", "fr", "es"]) };
const languageOf = (file) => file.split("/")[1].split("-")[0];
const baseIn = (lang, w) => {
  const e = ENDINGS[lang].filter((x) => x && w.endsWith(x) && w.length - x.length >= 3).sort((a, b) => b.length - a.length)[0] ?? "";
  return w.slice(0, w.length - e.length);
};
for (const lang of ["ru", "de", "fr", "es"]) {
  const docs = files(lang).map((file) => {
    const text = readFileSync(join(corpora, file), "utf8");
    const words = new Set();
    const capital = new Set();
    for (const m of text.matchAll(/\p{L}+/gu)) {
      words.add(fold(m[0]));
      if (/^\p{Lu}\p{Ll}/u.test(m[0])) capital.add(fold(m[0]));
    }
    return { file, words, capital };
  });
  const df = new Map();
  const capitalDf = new Map();
  for (const d of docs) {
    for (const w of d.words) df.set(w, (df.get(w) ?? 0) + 1);
    for (const w of d.capital) capitalDf.set(w, (capitalDf.get(w) ?? 0) + 1);
  }
  const endings = ENDINGS[lang];
  // The query's base: the word less the ending that leaves the base with the most forms in the
  // corpus (the longest ending on a tie). Taking the longest ending alone cut nouns at a verb's
  // ending ("пользователи" at "-ли", whose base "пользовате" has no other form), and a set built so
  // counted the noun's own forms ("пользователей") as misses of precision.
  const lexicon = new Set(df.keys());
  const formsOf = (b) => endings.filter((x) => lexicon.has(b + x)).length;
  const base = (w) => {
    const cuts = endings.filter((x) => w.endsWith(x) && w.length - x.length >= 3);
    cuts.sort((a, b) => formsOf(w.slice(0, w.length - b.length)) - formsOf(w.slice(0, w.length - a.length)) || b.length - a.length);
    return w.slice(0, w.length - (cuts[0] ?? "").length);
  };
  const candidates = [...df]
    .filter(([w, n]) => w.length >= 5 && n >= 3 && n <= docs.length * 0.3 && (lang !== "de" || (capitalDf.get(w) ?? 0) === n))
    .map(([w]) => w)
    .sort();
  for (const query of pick(random, candidates, PER_LANGUAGE)) {
    const b = base(query);
    const pool = sameScript[lang === "ru" ? "ru" : "latin"];
    const usedIn = new Set(pool.filter((d) => d.words.has(query)).map((d) => languageOf(d.file)));
    const isForm = (l, w) => {
      if (l !== lang && !usedIn.has(l)) return w === query;
      const bl = l === lang ? b : baseIn(l, query);
      return w.startsWith(bl) && ENDINGS[l].includes(w.slice(bl.length));
    };
    const formsIn = (d) => [...d.words].filter((w) => isForm(languageOf(d.file), w));
    const forms = [...new Set(pool.flatMap(formsIn))].sort();
    const holding = pool.filter((d) => formsIn(d).length > 0).map((d) => d.file);
    lines.push(JSON.stringify({ lang, query, forms, files: holding }));
  }
}
const segmenter = new Intl.Segmenter("und", { granularity: "word" });
for (const lang of ["zh", "km"]) {
  const docs = files(lang).map((file) => ({ file, text: readFileSync(join(corpora, file), "utf8") }));
  const df = new Map();
  for (const d of docs) {
    const seen = new Set([...segmenter.segment(d.text)].filter((s) => s.isWordLike && [...s.segment].length >= 2 && !/[\p{N}\p{Script=Latin}]/u.test(s.segment)).map((s) => s.segment));
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const candidates = [...df].filter(([, n]) => n >= 2 && n <= docs.length * 0.8).map(([w]) => w).sort();
  for (const query of pick(random, candidates, 15)) {
    lines.push(JSON.stringify({ lang, query, forms: [query], files: docs.filter((d) => d.text.includes(query)).map((d) => d.file) }));
  }
}
writeFileSync(join(root, "bench/relevance/languages.jsonl"), `${lines.join("\n")}\n`);

// Typos: the rarest long word of each known-item query, misspelt once.
const KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
function neighbour(ch, r) {
  for (const row of KEYBOARD) {
    const i = row.indexOf(ch);
    if (i >= 0) return row[i > 0 && (i === row.length - 1 || r() < 0.5) ? i - 1 : i + 1];
  }
  return ch;
}
function misspell(word, r) {
  const i = 1 + Math.floor(r() * (word.length - 2)); // never the first letter
  switch (Math.floor(r() * 4)) {
    case 0: return word.slice(0, i) + word.slice(i + 1);
    case 1: return word.slice(0, i) + word[i] + word.slice(i);
    case 2: return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    default: return word.slice(0, i) + neighbour(word[i], r) + word.slice(i + 1);
  }
}
const typoRandom = rng(13);
const docFreq = new Map();
for (const dir of ["bbc", "cnn-stories"]) {
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  for (const f of walk(join(corpora, dir))) for (const w of new Set(readFileSync(f, "utf8").toLowerCase().match(/[a-z]+/g) ?? [])) docFreq.set(w, (docFreq.get(w) ?? 0) + 1);
}
const typos = [];
for (const set of ["queries.jsonl", "dev-holdout.jsonl"]) {
  for (const line of readFileSync(join(root, "bench/relevance", set), "utf8").split("\n").filter(Boolean)) {
    const q = JSON.parse(line);
    const words = q.query.split(/\s+/);
    const long = words.filter((w) => /^[a-z]{5,}$/.test(w));
    if (long.length === 0) continue;
    const rarest = long.sort((a, b) => (docFreq.get(a) ?? 0) - (docFreq.get(b) ?? 0))[0];
    let typo = misspell(rarest, typoRandom);
    if (typo === rarest) continue;
    typos.push(JSON.stringify({ query: words.map((w) => (w === rarest ? typo : w)).join(" "), file: q.file, misspelt: rarest, from: set }));
  }
}
writeFileSync(join(root, "bench/relevance/typos.jsonl"), `${typos.join("\n")}\n`);
console.log(`${lines.length} language queries, ${typos.length} typo queries`);
