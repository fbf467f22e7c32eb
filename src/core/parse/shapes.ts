// The shapes a line of text can have, judged without knowing its language: a headline, a short
// label (a menu item or section name), a sentence of prose. The page-top and page-bottom readers
// decide what a line is from these shapes and from its neighbours.
import { greekCaps } from "./greek-caps.js";
/** Ends like a sentence: full stop, question or exclamation mark, ellipsis, perhaps inside a quote. */
const SENTENCE_END = /[.!?…。！？][\s"”’'»)\]]*$/u;

/** A text's sentences, parted after a stop where a capital follows. */
export const sentencesOf = (text: string): string[] => text.split(SENTENCE_BREAK);
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=\p{Lu})/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

// wordsIn's class of each UTF-16 code: a space; a character of a script written without spaces
// (Thai, Khmer, kana, CJK ideographs), each a word; a word character (ASCII letters and digits, and
// past U+00BF everything but the general punctuation, symbol and CJK punctuation blocks: accented
// and non-Latin letters, but also marks, emoji halves, fullwidth forms); or other. One table load
// per character does the same work whatever the script: a chain of range tests, some met first on
// a later text's script, sent the optimised code of every rule that counts words back to the
// interpreter.
const SPACE = 1;
const SPACELESS_CHAR = 2;
const WORD_CHAR = 3;
const OTHER = 4;
const SHAPE_CLASS = (() => {
  const t = new Uint8Array(0x10000).fill(WORD_CHAR);
  for (const [from, to] of [[0, 0xc0], [0x2000, 0x2c00], [0x3000, 0x3040], [0xfe30, 0xfe50]] as const) t.fill(OTHER, from, to);
  for (const [from, to] of [[0x30, 0x3a], [0x41, 0x5b], [0x61, 0x7b]] as const) t.fill(WORD_CHAR, from, to);
  for (const [from, to] of [[0x0e00, 0x0e80], [0x1780, 0x1800], [0x3040, 0x3100], [0x3400, 0xa000], [0xf900, 0xfb00]] as const) t.fill(SPACELESS_CHAR, from, to);
  for (const c of [32, 9, 10, 0xa0, 0x200b, 0x3000]) t[c] = SPACE;
  return t;
})();

/**
 * Words as the shape rules count them: runs between spaces that hold a letter or digit (a dash or
 * a bullet between spaces is no word), with each character of a script written without spaces
 * counted as one. (Not countWords, which counts whole bodies by Unicode classes: the page-top
 * reader asks this of every line several times, and it stops at `enough`.)
 */
export function wordsIn(text: string, enough = Infinity): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length && n < enough; i++) {
    const k = SHAPE_CLASS[text.charCodeAt(i)]!;
    if (k === SPACELESS_CHAR || (k === WORD_CHAR && !counted)) n++;
    counted = k === WORD_CHAR || (k === OTHER && counted);
  }
  return n;
}

// The blocks of Thai, Khmer, kana and CJK ideographs (as in wordsIn).
/** Japanese text has hiragana; Chinese has none. */
export const HIRAGANA = /[\u3040-\u309f]/u;
const SPACELESS = /[\u0e00-\u0e7f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A line of running prose: long enough and ending like a sentence, or simply long. In scripts
 * written without spaces every character counts as a word, so the bar is higher.
 */
export function isProse(text: string): boolean {
  // (Counting stops at 200: no rule below needs more.)
  return isProseOf(text, wordsIn(text, 200));
}

/** isProse, given the line's wordsIn(text, 200) already counted. */
export function isProseOf(text: string, words: number): boolean {
  // (Only a line with many "words" for its length can be in a script without spaces.)
  if (words * 4 > text.length && SPACELESS.test(text)) return words >= 200 || (words >= 20 && /[。！？។.!?]["”’'»)\]]*$/u.test(text));
  if (words >= 30) return true;
  return words >= 12 && SENTENCE_END.test(text);
}

// A Chinese paper's edition line names its print page after the day, or before a colon: "… 2025年03月05日
// 第04版：要闻" (not "《现代汉语词典》第8版正式发布", an edition of a book).
const PRINT_PAGE = /日\s*第\s?[\dA-Z０-９]{1,4}\s?版|第\s?[\dA-Z０-９]{1,4}\s?版\s?[：:]/u;

/** Whether a line reads as a headline rather than the story's first paragraph. */
export function looksLikeHeadline(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 250) return false;
  if (!/[\p{L}\p{N}]/u.test(t)) return false;
  if (/[;,]$/.test(t)) return false;
  // Words as spaces separate them: a Khmer or Chinese headline is one long "word", and a CJK full
  // stop marks a sentence.
  if (/。["”’'»]?$/u.test(t)) return false;
  // (Nor is a Chinese paper's edition line over its print page: "江南日报 2025年03月05日 第04版：要闻".)
  if (PRINT_PAGE.test(t)) return false;
  const words = t.split(/\s+/).length;
  // A full stop ends a sentence, not a headline, unless it closes an abbreviation: a province or
  // state after a town ("Laval, Que.") or an initialism ("U.S.").
  const abbreviated = /(?:,\s\p{Lu}\p{Ll}{0,3}|\s(?:\p{Lu}\.){1,3}\p{Lu})\.$/u.test(t) && words <= 20;
  if (/\.["”’'»]?$/u.test(t) && !/\.\.\.$|…$/.test(t) && !abbreviated) return words <= 8;
  if (/[!?！？]["”’'»]?$/u.test(t)) return words <= 24;
  return words <= 30;
}

// The items of a site's navigation bar: its sections, and the bar's own buttons.
const NAV_WORD = new RegExp(
  `^(?:${[
    "home|news|latest|trending|top stories|local|national|world|international|politics|business|economy|markets|money|finance|investing|opinions?|editorials?",
    "sports?|scores|schedules?|standings|stats|teams|players|fantasy|soccer|football|basketball|baseball|hockey|golf|tennis|cricket|rugby|racing|olympics",
    "entertainment|showbiz|celebrity|celebs|royals|tv|movies|films?|music|books|arts?|culture|life|lifestyle|style|fashion|beauty|food|travel|health|wellness",
    "science|tech|technology|climate|environment|education|weather|traffic|crime|courts|elections|obituaries|obits|photos|videos?|watch|live|podcasts?|audio",
    "puzzles|games|crosswords?|shop|deals|jobs|classifieds|autos|cars|property|homes|real estate|events|newsletters?|subscribe|login|log in|sign in|register|search|menu|more|sections|about|contact",
  ].join("|")})$`,
  "iu",
);

/**
 * A navigation bar run onto one line: four items or more, nearly all of them a site's sections or
 * buttons (NAV_WORD) or short capitals ("NFL NBA NHL MLB Soccer More Sports", "Home Scores Schedule
 * Standings Stats Teams Players", "News Sport TV & Showbiz Royals Money Travel"). A headline says
 * something of someone: "Apple Unveils New Phones" has none of them.
 */
export function isMenuLine(text: string): boolean {
  if (text.length > 200 || /[.!?,:;"“”]/u.test(text)) return false;
  // (In any script: four items or more parted by bars, each a word or two, "トップ | 道内 | 札幌 | 政治".)
  if (text.includes("|")) {
    const items = text.split(/\s*\|\s*/u).filter(Boolean);
    // (Not a stamp's or a byline's parts: no figures, no labels, no one's name.)
    if (items.length >= 4 && items.every((w) => w.length <= 12 && !/\s\S*\s/u.test(w) && !/[\d:：]|作者|来源|來源/u.test(w) && !/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(w))) return true;
  }
  const words = text.split(/\s*(?:[|&•·]|\s)\s*/u).filter(Boolean);
  if (words.length < 4) return false;
  let nav = 0;
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : "";
    if (two && NAV_WORD.test(two)) {
      nav += 2;
      i++;
    } else if (NAV_WORD.test(words[i]!) || /^\p{Lu}{2,5}$/u.test(words[i]!)) nav++;
  }
  return nav >= words.length * 0.8 || isSectionRun(words);
}

// Short words that join a headline's words in the archive's languages: a run of nine capitalised words
// or more without any of them is a menu's sections, in any language ("Home Bangladesh Business World
// Sports Opinion …", "Главное Политика Экономика Бизнес …"), not a headline in title case.
const JOINING_WORD = /^(?:a|an|the|and|or|of|to|in|on|at|for|with|by|as|from|is|are|after|over|into|amid|de|del|la|le|les|el|los|las|du|des|et|y|e|o|en|un|une|una|der|die|das|und|im|am|zu|mit|von|für|il|lo|gli|di|da|per|con|na|no|do|dos|das|em|het|een|van|op|met|voor|w|z|i|na|do|и|в|на|с|по|для|за|от|о)$/iu;

function isSectionRun(words: string[]): boolean {
  if (words.length < 9) return false;
  let lower = 0;
  for (const w of words) {
    // (A headline in title case without a joining word has a verb a menu never has: "Range Owners
    // Say County Noise Rule Could Close Three Ranges".)
    if (JOINING_WORD.test(w) || /\d/.test(w) || HEADLINE_VERB.test(w)) return false;
    if (!/^\p{Lu}/u.test(w) && ++lower > 1) return false;
  }
  return true;
}

// (Only forms a menu's items never take: "Get Involved", "Take Action", "May" and "Plans" are menus' too.)
const HEADLINE_VERB = /^(?:says|said|could|would|will|must|should|was|were|has|had|wants|urges|warns|vows|seeks)$/iu;

const SHARE_NETWORK = /^(?:facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|messenger|flipboard|tumblr|bluesky|threads|vk|вконтакте|одноклассники)$/iu;
// ("Share" in more of the archive's languages: "Kongsi: Facebook Twitter", "Bagikan", "Paylaş", "Jaa".)
const SHARE_BUTTON = /^(?:e-?mail|mail|courriel|correo|print|imprimir|imprimer|drucken|stampa|copy|link|copiar|enlace|lien|share|compartir|partager|teilen|condividi|compartilhar|partilhar|поделиться|поділитися|kongsi|bagikan|paylaş|delen|deel|dela|del|jaa|udostępnij|sdílet|megosztás|distribuie|κοινοποίηση|שתפו|שתף|مشاركة|شارك|اشتراک‌گذاری|शेयर|แชร์|공유|共有|分享)$/iu;

/** One of a share bar's buttons on a line of its own: "Share", "Facebook", "Copy link", "X". */
export function isShareButton(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return text.length <= 30 && words.length <= 3 && words.every((w) => SHARE_NETWORK.test(w) || SHARE_BUTTON.test(w));
}

/** A share bar's buttons on one line: two or more, a network among them ("Facebook Twitter WhatsApp",
 *  "Facebook Twitter Email", "Twitter | Facebook | Courriel"). */
export function isShareBar(text: string): boolean {
  if (text.length > 120) return false;
  // (The label's colon goes: "Share: Facebook Twitter".)
  const words = text.split(/\s*[|•·]\s*|\s+/u).filter(Boolean).map((w) => w.replace(/(?<=\p{L}):$/u, ""));
  return words.length >= 2 && words.some((w) => SHARE_NETWORK.test(w)) && words.every((w) => SHARE_NETWORK.test(w) || SHARE_BUTTON.test(w));
}

/** A reading time on a line of its own: "7-8 minutes", "~9 min read". */
// (In the languages of the archive too: "3–4 Minuten", "4-5 minuti", "3–4 minutos", "2 минуты".)
// (Or spelt out, as some sites print it: "Eight minutes", "Four-minute read".)
// (Reader views give it in the page's language: "3–4 मिनट", "٥ دقائق", "4 دقیقه", "5 นาที", "3 phút", "4분", "3分钟", "4 דקות", "4 λεπτά", "3 хвилини"; not "3分" alone, which may be a score.)
export const READING_TIME = greekCaps(/^(?:~?[\d٠-٩۰-۹०-९০-৯๐-๙]{1,2}(?:\s?(?:[-–]|تا|to|bis|à|a|до)\s?[\d٠-٩۰-۹०-९০-৯๐-๙]{1,2})?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[- ](?=min))\s?(?:minutes?|mins?\.?|minuten|minuti|minutos|minuto|minut[ey]?|minuter|minutter|perc|dakika|menit|минут[аы]?|хвилин[аи]?|मिनट|মিনিট|منٹ|دقائق|دقيقة|دقیقه|นาที|phút|분|分钟|分鐘|דקות|λεπτά|minuutti[a]?|min\.? lesezeit|min de lecture|min de lectura)(?: read)?$/iu);

// A row of buttons as w3m and lynx show them, each label in brackets: "[Share] [Comment] [Save]".
const BUTTON_ROW = /^\[[^\]]{1,30}\](?:\s*\[[^\]]{1,30}\])+$/u;

/** A headline worth trusting in page furniture: a few words, starting like a title does. */
export function isHeadlineCandidate(text: string): boolean {
  // (Cheapest tests first: the page-top reader asks this of every line above the story.)
  // (Georgian's letters are small ones, the script having no capitals in running text.)
  if (text.length < 12 || /:$/.test(text) || !/^[\p{Lu}\p{N}\p{Lo}\p{Script=Georgian}"“‘'«¿¡(\[]/u.test(text) || BUTTON_ROW.test(text)) return false;
  if (wordsIn(text, 3) < 3 || !looksLikeHeadline(text)) return false;
  // Mostly letters: "Coordinates53°33′35″N 113°33′28″W / ..." is data.
  return lettersAndSpaces(text) >= text.length * 0.75;
}

/** How many characters of a text are letters (with their marks: Thai's and Hindi's vowels are marks)
 *  or spaces, in code points. */
function lettersAndSpaces(text: string): number {
  // Without surrogate pairs, code points are UTF-16 units: count what is left out, without a match array.
  if (!/[\ud800-\udfff]/.test(text)) return text.length - text.replace(/[\p{L}\p{M}\s]/gu, "").length;
  return text.match(/[\p{L}\p{M}\s]/gu)?.length ?? 0;
}

const JOINER = /^(?:and|or|of|the|for|in|on|at|to|a|an|&|und|et|y|de|du|des|la|le|el|del|der|die|das|и|в)$/iu;

/**
 * A short label: a menu item, a section name ("Nova Scotia", "Police Beat", "Crime"). One to four
 * words, every one capitalised apart from joiners, no sentence punctuation and no digits.
 */
export function isLabel(text: string): boolean {
  if (text.length > 40 || /[.!?:;,|]$/.test(text) || /\d/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 4) return false;
  return words.every((w, i) => /^[\p{Lu}]/u.test(w) || (i > 0 && JOINER.test(w)));
}

/** Short and unpunctuated: a menu entry, a caption credit, a teaser link. */
export function isShortItem(text: string): boolean {
  // (Thai and Khmer, whose every letter wordsIn counts, by their length: a menu's "บันเทิง".)
  return (wordsIn(text, 6) <= 5 || (text.length <= 16 && THAI_KHMER.test(text) && !/\s\S+\s/u.test(text))) && !SENTENCE_END.test(text);
}
const THAI_KHMER = /^[\u0e00-\u0e7f\u1780-\u17ff]/u;

/** Case- and punctuation-blind form for comparing two lines. */
export function comparable(text: string): string {
  // ASCII needs no decomposition; most lines are ASCII and this runs often.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The word that labels a text's source in the archive's languages, before its colon ("Source:",
 *  "Fuente:", "Quelle:"): the headline reader passes over such a line, the story's start drops it. */
export const SOURCE_WORD = "source|fuente|fonte|quelle|источник|kaynak|źródło|zdroj|forrás|bron|kilde|källa|lähde|sumber";

// Buttons are labels too, but they say what to do: "Save to Ancestry", "View Newspaper".
/** A site's address alone on a line, as a reader view opens with it: "example.com.au". */
export const SITE_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\/?$/u;

export const ACTION = /^(?:save|share|view|search|print|download|follow|subscribe|sign|log|read|watch|listen|click|open|close|buy|get|try|join|back|go|see|add|send|copy|report|submit|contact|visit|find|show|hide|edit|place an?|explore|discover|browse|manage|support|donate|register|create|write|leave|mark (?:all|as))\b/iu;

// An obituary's closing line, whom it was of and their dates, which has no stop: "Lord Roe of Avery,
// born June 1 1934, died June 12 2016", "Jane Roe, harbour pilot, born 1 June 1934; died 12 June 2016".
export const OBITUARY_DATES = /^\p{Lu}[^.!?;]{1,100}?,\s*born\b[^;,]{3,40}(?:[;,]|\s[-–—])\s*died\b[^;]{3,40}$/iu;

/** A ticker of headlines, or a site's name with its slogan, parted by bars: "BREAKING: Senate
 *  confirms … | Naira closes at … | Super Eagles coach …", "Example Wire | Press Release Distribution". */
export function isTicker(t: string): boolean {
  return (t.match(/\s\|\s/g)?.length ?? 0) >= 2 || /^(?:breaking(?: news)?|just in|latest|trending|ticker)\s*:.*\s\|\s/iu.test(t);
}

/** Whether most of the shorter line's words are in the other: one headline said twice, a photo's
 *  alternative text over its caption. */
export function sharesMostWords(a: string, b: string): boolean {
  const words = (t: string) => t.split(/[^\p{L}\p{N}]+/u).map(comparable).filter(Boolean);
  const [shorter, longer] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  const other = new Set(longer);
  return shorter.filter((w) => other.has(w)).length * 2 > shorter.length;
}

/** Whether most of a line's words of four letters or more are capitalised, as a headline's are. */
/** A field and its value on one line, its label a capitalised word or a few: "Referee: Tom Grey",
 *  "Fechas: del 1 al 30 de abril" (a list's item or a box of facts, the story's own). */
export const LABELLED_FIELD = /^\p{Lu}[\p{L} ]{0,25}:\s\S/u;

export function titleCased(t: string): boolean {
  const words = t.split(/\s+/u).filter((w) => /^\P{L}*\p{L}{4}/u.test(w));
  return words.length > 0 && words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length * 10 >= words.length * 7;
}

/** A picture's mark in a text browser's dump or a newsletter, without its alternative text, "[IMG]",
 *  "[image]", or with it: "[Image: Converters recovered in a lock-up garage]". */
export const PICTURE_MARK = /^\[(?:IMG|img|image|Image|IMAGE|photo|Photo|PHOTO|picture|Picture)(?::\s[^[\]]{1,200})?\]$/u;
