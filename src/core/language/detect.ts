// The language of an article, detected once at ingest (and by `news reparse`).
//
// Scripts that belong to one language (Thai, Khmer, Lao, Burmese, Japanese kana, Korean hangul,
// Chinese characters without kana, Greek, Hebrew, Armenian, Georgian) decide by themselves. Other
// text goes to eld (Nito-ELD), measured against franc, franc-min and tinyld on the 617 articles of
// corpora/multilingual plus 160 English ones: with the script rule, eld got every one right (the
// ten Khmer articles it cannot know were the only misses) and took a fifth to a tenth of the
// others' time per article. Only the headline and the first DETECT_CHARS of the body are read:
// accuracy stays the same and the cost per article no longer grows with its length.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const DETECT_CHARS = 200;

interface Eld {
  detect(text: string): { language: string; isReliable(): boolean };
}
let eld: Eld | null = null;

/**
 * eld is an ES module, loaded on first use and synchronously (require of an ES module, Node 20.19
 * and later), so an archive migration, which runs inside a synchronous transaction, can detect too;
 * commands that only read never load it.
 */
function detector(): Eld {
  if (!eld) {
    const require = createRequire(import.meta.url);
    eld = (require(eldEntry(require, "./extrasmall")) as { eld: Eld }).eld;
  }
  return eld;
}

/**
 * The file of eld's export `subpath`. eld exports only for `import`, which require's resolver does
 * not read, and the command line runs as one CommonJS bundle (scripts/bundle.mjs) where
 * import.meta.resolve is not there: the package is found where require would look for it and its
 * own exports map read.
 */
function eldEntry(require: NodeJS.Require, subpath: string): string {
  for (const dir of require.resolve.paths("eld") ?? []) {
    const pkg = join(dir, "eld", "package.json");
    if (!existsSync(pkg)) continue;
    const exported = (JSON.parse(readFileSync(pkg, "utf8")) as { exports: Record<string, { import: string }> }).exports[subpath];
    if (exported) return join(dir, "eld", exported.import);
  }
  throw new Error(`cannot find eld's "${subpath}" export: run npm install`);
}

const SCRIPTS: Array<[RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, "ja"],
  [/\p{Script=Hangul}/gu, "ko"],
  [/\p{Script=Han}/gu, "zh"],
  [/\p{Script=Thai}/gu, "th"],
  [/\p{Script=Khmer}/gu, "km"],
  [/\p{Script=Lao}/gu, "lo"],
  [/\p{Script=Myanmar}/gu, "my"],
  [/\p{Script=Greek}/gu, "el"],
  [/\p{Script=Hebrew}/gu, "he"],
  [/\p{Script=Armenian}/gu, "hy"],
  [/\p{Script=Georgian}/gu, "ka"],
];
const LETTER = /\p{L}/gu;
/** Letters of none of the scripts above: most text needs no count by script at all. */
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\P{L}]/u;

/** The language a script alone tells, when at least a third of the sample's letters are in it. */
function byScript(sample: string): string | null {
  if (!OTHER_SCRIPT.test(sample)) return null;
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return null;
  for (const [re, lang] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    // Japanese mixes kana with Chinese characters: a little kana is enough.
    if (lang === "ja" ? n * 10 >= letters : n * 3 >= letters) return lang;
  }
  return null;
}

/**
 * English is the commonest language of an archive, and eld costs as much per article as parsing
 * it: text with no letter outside A-Z where a fifth of the words are English function words (which no other
 * language's text has at that rate) is taken as English without asking eld. On the 785 articles
 * of the detection check this agrees with eld on every English one and claims no other.
 */
const ENGLISH = new Set(["the", "of", "and", "to", "in", "is", "that", "for", "on", "was", "with", "as", "by", "it", "at", "he", "said", "has", "have", "be", "from", "are", "his", "its", "were", "an", "which", "will", "this", "but", "not", "had", "their", "they", "been", "who"]);
/** A letter outside A-Z: accents, another script. Quotes and dashes may be typographic. */
const OTHER_LETTER = /[^\P{L}A-Za-z]/u;
const ASCII_WORD = /[A-Za-z]+/g;
const NON_ASCII = /[^\x00-\x7f]/;

export function plainEnglish(sample: string): boolean {
  // (Tested only where a character is not ASCII: the Unicode class is slower than the plain one.)
  if (NON_ASCII.test(sample) && OTHER_LETTER.test(sample)) return false;
  const words = sample.match(ASCII_WORD);
  if (!words || words.length < 20) return false;
  let n = 0;
  const distinct = new Set<string>();
  for (const w of words) {
    const lower = w.toLowerCase();
    if (ENGLISH.has(lower)) {
      n++;
      distinct.add(lower);
    }
  }
  return n * 5 >= words.length && distinct.size >= 4;
}

/** Fewer words than this (in a script of several languages) say no language. */
const MIN_WORDS = 10;
const WORD = /\p{L}+/gu;

function wordCount(sample: string): number {
  return sample.match(WORD)?.length ?? 0;
}

/** ISO 639-1 code of the text's language, or null when unsure (too little text, a close call). */
export function detectLanguage(title: string, body: string): string | null {
  const sample = `${title}\n${body.slice(0, DETECT_CHARS)}`;
  if (plainEnglish(sample)) return "en";
  const script = byScript(sample);
  if (script) return script;
  // A headline alone is too little for eld, which still calls most of its guesses reliable: of the
  // corpora's 3,142 articles (617 in six other languages) it took 145 English headlines alone for
  // another language ("Deutsche Boerse boosts dividend": nl). Over samples of each article's
  // headline, headline and six words, eight or twelve words of its body, and its own sample, it
  // named a wrong language for 1.2% of those with any; of those with ten words or more, 0.1%. No
  // article's own sample had fewer than fourteen words.
  if (wordCount(sample) < MIN_WORDS) return null;
  const result = detector().detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}
