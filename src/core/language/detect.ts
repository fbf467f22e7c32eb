// The language of an article, detected once at ingest (and by `news reparse`).
//
// Scripts that belong to one language (Thai, Khmer, Lao, Burmese, Japanese kana, Korean hangul,
// Chinese characters without kana, Greek, Hebrew, Armenian, Georgian) decide by themselves. Other
// text goes to eld (Nito-ELD), measured against franc, franc-min and tinyld on the 617 articles of
// corpora/multilingual plus 160 English ones: with the script rule, eld got every one right (the
// ten Khmer articles it cannot know were the only misses) and took a fifth to a tenth of the
// others' time per article. Only the headline and the first DETECT_CHARS of the body are read:
// accuracy stays the same and the cost per article no longer grows with its length.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const DETECT_CHARS = 400;

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
    const file = fileURLToPath(import.meta.resolve("eld/extrasmall"));
    eld = (createRequire(import.meta.url)(file) as { eld: Eld }).eld;
  }
  return eld;
}

const SCRIPTS: Array<[RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, "ja"],
  [/\p{Script=Hangul}/u, "ko"],
  [/\p{Script=Han}/u, "zh"],
  [/\p{Script=Thai}/u, "th"],
  [/\p{Script=Khmer}/u, "km"],
  [/\p{Script=Lao}/u, "lo"],
  [/\p{Script=Myanmar}/u, "my"],
  [/\p{Script=Greek}/u, "el"],
  [/\p{Script=Hebrew}/u, "he"],
  [/\p{Script=Armenian}/u, "hy"],
  [/\p{Script=Georgian}/u, "ka"],
];
const LETTER = /\p{L}/gu;

/** The language a script alone tells, when at least a third of the sample's letters are in it. */
function byScript(sample: string): string | null {
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return null;
  for (const [re, lang] of SCRIPTS) {
    const global = new RegExp(re.source, "gu");
    const n = sample.match(global)?.length ?? 0;
    // Japanese mixes kana with Chinese characters: a little kana is enough.
    if (lang === "ja" ? n * 10 >= letters : n * 3 >= letters) return lang;
  }
  return null;
}

/** ISO 639-1 code of the text's language, or null when unsure (too little text, a close call). */
export function detectLanguage(title: string, body: string): string | null {
  const sample = `${title}\n${body.slice(0, DETECT_CHARS)}`;
  const script = byScript(sample);
  if (script) return script;
  const result = detector().detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}
