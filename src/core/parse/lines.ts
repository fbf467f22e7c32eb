// Lines that remember where they were in the original text, so every extracted field can say
// which line it came from (`news show --explain`).

export interface Line {
  /** 1-based line number in the original (normalised) text. */
  n: number;
  text: string;
  /** Set on the empty line put between pieces cut from one run-together line. */
  cut?: boolean;
}

export function toLines(text: string, firstLine = 1): Line[] {
  return text.split("\n").map((t, i) => ({ n: i + firstLine, text: t }));
}

export function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.text.trim() === "";
}

/** Groups lines into paragraphs separated by blank lines. */
export function toBlocks(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === "") {
      if (current.length) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
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

/** Tidies one line of prose: no-break and odd spaces become spaces, runs of spaces collapse. */
export function tidy(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, " ")
    // Zero-width joiners and U+200B stay: Persian, emoji and Khmer (which separates words with it) need them.
    .replace(/[\u2060\ufeff\u00ad]/g, "")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f]/g, "")
    .replace(/[\uE000\uE001]/g, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

const SPACELESS = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Khmer}";
const HAS_SPACELESS = new RegExp(`[${SPACELESS}]`, "u");
const SPACELESS_WORDS = new RegExp(`[${SPACELESS}]|[^\\s${SPACELESS}\\u200b]+`, "gu");
// A word: a run without spaces that holds a letter or digit (U+200B separates words too).
const WORDS = /[^\s\p{L}\p{N}\u200b]*[\p{L}\p{N}][^\s\u200b]*/gu;

/** Words in a text; each CJK, Thai or Khmer character counts as one, since those scripts don't use spaces. */
export function countWords(text: string): number {
  let n = 0;
  if (HAS_SPACELESS.test(text)) {
    for (const w of text.match(SPACELESS_WORDS) ?? []) if (/[\p{L}\p{N}]/u.test(w)) n++;
    return n;
  }
  // Counting matches without collecting them: this runs on every body at ingest.
  WORDS.lastIndex = 0;
  while (WORDS.exec(text) !== null) n++;
  return n;
}

/** The first sentence of a text, cut at a word boundary near `max` characters. */
export function firstSentence(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const m = /^(.+?[.!?。！？])(?:\s|$)/u.exec(flat);
  let s = m && m[1]!.length >= 20 ? m[1]! : flat;
  if (s.length > max) {
    const cut = s.lastIndexOf(" ", max);
    s = (cut > max * 0.6 ? s.slice(0, cut) : s.slice(0, max)).replace(/[\s,;:–—-]+$/u, "") + "…";
  }
  return s;
}
