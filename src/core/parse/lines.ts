// Lines that remember where they were in the original text, so every extracted field can say
// which line it came from (`news show --explain`).

export interface Line {
  /** 1-based line number in the original (normalised) text. */
  n: number;
  text: string;
  /** True on the empty line put between pieces cut from one run-together line. */
  cut: boolean;
}

/** Every Line is made here, with all its fields: objects of one shape keep the rules that read
 *  them on their optimised code (a line with an extra field, met first on a scraped page far into a
 *  run, made every function that touched it recompile). */
export function line(n: number, text: string, cut = false): Line {
  return { n, text, cut };
}

// A text with a single character beyond Latin-1 (an en dash, a curly quote) is held two bytes a
// character, and so is every line cut from it. Lines without such characters are copied into
// one-byte strings: every rule that reads them then runs on the faster one-byte form.
const BEYOND_LATIN1 = /[^\x00-\xff]/;
const oneByte = (t: string): string => Buffer.from(t, "latin1").toString("latin1");

export function toLines(text: string, firstLine = 1): Line[] {
  const wide = BEYOND_LATIN1.test(text);
  return text.split("\n").map((t, i) => line(i + firstLine, wide && t.length > 0 && !BEYOND_LATIN1.test(t) ? oneByte(t) : t));
}

const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…", laquo: "«", raquo: "»",
  copy: "©", reg: "®", trade: "™", eacute: "é", egrave: "è", agrave: "à", ccedil: "ç",
  euro: "€", pound: "£", deg: "°", middot: "·", bull: "•", shy: "",
};

/** Decodes the HTML entities that scrapers leave in text (`&amp;`, `&#39;`, `&nbsp;`). */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const cp = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

// Anything tidy() has to change besides trimming; most lines have none of it.
export const UNTIDY = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\t\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f\uE000\uE001]| {2}/;
// The sides of a box a text tool drew around a block: "│RELATED: Example passes budget      │".
export const BOX_SIDES = /^[\u2502\u2503\u2551] *| *[\u2502\u2503\u2551]$/g;

/**
 * Tidies one line of prose: no-break and odd spaces become spaces, runs of spaces collapse. Every
 * space \s knows becomes " " (U+1680 and the line and paragraph separators too), so the rules that
 * read a tidied line never meet a long run of spaces, on which their \s*…\s*$ would backtrack for
 * minutes.
 */
export function tidy(text: string): string {
  if (!UNTIDY.test(text)) return text.trim();
  return text
    .replace(/[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\t]/g, " ")
    // Zero-width joiners and U+200B stay: Persian, emoji and Khmer (which separates words with it) need them.
    .replace(/[\u2060\ufeff\u00ad]/g, "")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f]/g, "")
    .replace(/[\uE000\uE001]/g, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** A line with the sides of a text tool's box taken off, tidied. */
export function unboxed(text: string): string {
  return tidy(text).replace(BOX_SIDES, "").trim();
}

const SPACELESS = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Khmer}";
// Code-point ranges first: a Script= property test on every body is slow, and most bodies have none.
const MAYBE_SPACELESS = /[\u0e00-\u0e7f\u1780-\u17ff\u19e0-\u19ff\u2e80-\u30ff\u3400-\u9fff\uf900-\ufaff\ud840-\ud87f]/;
const HAS_SPACELESS = new RegExp(`[${SPACELESS}]`, "u");
const SPACELESS_WORDS = new RegExp(`[${SPACELESS}]|[^\\s${SPACELESS}\\u200b]+`, "gu");
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// countWords' class of each UTF-16 code: a space, a letter or digit, or neither; 0 until first met
// (LETTER_OR_DIGIT answers past Latin-1, once per code: a body in Cyrillic or Greek asks for every
// word, and a regex test per word was a tenth of parsing such a text). One table load per
// character, the same work whatever the script.
const UNKNOWN = 0;
const SPACE = 1;
const ALNUM = 2;
const NEITHER = 3;
const WORD_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x100; c++) WORD_CLASS[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? ALNUM : NEITHER;
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) WORD_CLASS[c] = SPACE;
WORD_CLASS.fill(SPACE, 0x2000, 0x200c);

/** The class of the character at i, remembered for its code unless that is a high surrogate
 *  (whose class is that of the pair it starts). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const k = LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!)) ? ALNUM : NEITHER;
  if (c < 0xd800 || c > 0xdbff) WORD_CLASS[c] = k;
  return k;
}

/** A text as a pattern that matches it literally (valid with the u flag too: no "\\-"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Words in a text; each CJK, Thai or Khmer character counts as one, since those scripts don't use spaces. */
export function countWords(text: string): number {
  let n = 0;
  if (MAYBE_SPACELESS.test(text) && HAS_SPACELESS.test(text)) {
    for (const w of text.match(SPACELESS_WORDS) ?? []) if (/[\p{L}\p{N}]/u.test(w)) n++;
    return n;
  }
  // A word is a run without spaces (U+200B separates words too) that holds a letter or digit. A
  // character loop: this runs on every body at ingest, and a regex over it is several times slower.
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    let k = WORD_CLASS[text.charCodeAt(i)]!;
    if (k === UNKNOWN) k = classAt(text, i);
    if (k === ALNUM && !counted) n++;
    counted = k === ALNUM || (k === NEITHER && counted);
  }
  return n;
}

/** The first sentence of a text, cut at a word boundary near `max` characters. */
export function firstSentence(text: string, max = 100): string {
  // (The first sentence is near the start; a whole scraped page need not be flattened for it.)
  // (Only whitespace other than a single space is rewritten, and the first stop followed by a space
  // is searched for directly: the plain /\s+/g and a lazy /^(.+?[.!?])/ spent ~60 us on every
  // story without a headline.)
  const flat = text.slice(0, 4 * max + 1000).replace(/[^\S ]\s*| \s+/g, " ").trim();
  // (A stop with a word in small letters after it ends an abbreviation, not the sentence: "25 тыс.
  // пользователей", "approx. three".)
  const stop = /(?<=.)[.!?。！？](?=\s(?!\s*\p{Ll})|$)/u.exec(flat);
  // (A space some texts set before the stop is dropped: "… пользователей .")
  const sentence = stop ? flat.slice(0, stop.index + stop[0].length).replace(/\s+(?=[.!?]$)/u, "") : null;
  let s = sentence && sentence.length >= 20 ? sentence : flat;
  if (s.length > max) {
    const cut = s.lastIndexOf(" ", max);
    s = (cut > max * 0.6 ? s.slice(0, cut) : s.slice(0, max)).replace(/[\s,;:–—-]+$/u, "") + "…";
  }
  return s;
}
