// Bylines, date stamps and section lines: the cluster of metadata a page puts under (or above)
// its headline, read line by line with a little junk allowed between ("update", "2:09").
import { greekCaps } from "./greek-caps.js";
import { BOOK_FACT, BY_WORD, HANGUL_REPORTERS, HAN_LABELLED_BYLINE, PLACE_FIRST, WRITER_LABEL, cleanByline, correspondent, hangulNames, isCaselessName, isOutlet, isPersonName, AUTHOR_PAGE_LINK, isHandle, isNameOverRole, isPressOffice, isRole, namesWithJobs, joinNames, nameWithRole, postAuthorHandle, splitNames, withoutGround, writerOutletAgo } from "./byline.js";
import { type Offer, RANK_META, RANK_FIRST_PUBLISHED, RANK_PUBLISHED, RANK_UPDATED } from "./fields.js";
import { type Head, lineNo, pageLineOver, pageLineUnder, proseAt, stampOf, text } from "./head.js";
import { readFirstColonDateline } from "./dateline.js";
import { findDate } from "./dates.js";
import { escapeRegExp } from "./lines.js";
import { READING_TIME, comparable, endsSentence, isHeadlineCandidate, isLabel, isShortItem, looksLikeHeadline, wordsIn } from "./shapes.js";
import { HAN_NAME_ON_YEAR, PUBLISHED, SMALL_DE, UPDATED, type Stamp } from "./stamps.js";
import { isCaption, isRelativeStamp } from "./boilerplate.js";

// "News: International", "Filed under: Crime, Courts"; the value is a name of a few words, not a
// page title ("News | Toronto & Local News - GTA News Headlines").
// (A list of categories may run long, "Filed Under: Canadian Mass Murders, Crime, …": its first names the section.)
const SECTION_LINE = /^(?:news|section|category|categories|desk|topic|filed under|rubrique|rubrik|ressort|sección|seccion|secção|kategorie)\s*[:|»›>]\s*([^|–—]{2,60}?|[^|–—,]{2,60}(?:,[^|–—,]{1,60}){1,8}?)\s*$/iu;
// (Its last step may be the page's own headline: "Home » Local » Harbour board votes to …".)
// The trail's root, "Home", in the archive's languages ("Trang chủ", "トップ", "首页", "Главная").
const ROOTS = "home|news|inicio|início|accueil|startseite|portada|strona główna|главная|головна|anasayfa|ana sayfa|forside|etusivu|startsida|hjem|trang chủ|トップ|ホーム|首页|首頁|主页|홈|หน้าแรก|الرئيسية|ראשי|αρχική|αρχικη|beranda|početna|úvod|kezdőlap|voorpagina|начало|acasă|pradžia|sākums|avaleht";
// (Its steps parted by ">", "»", "›", "/", "|", or the full-width "＞" Japanese pages set.)
// (A text browser may keep the root's link after it, and a site may part the steps with arrows: "Home
// <https://example.gov/dep/> → Newsroom → News Releases → 2025".)
export const BREADCRUMB = new RegExp(`^(?:${ROOTS})(?:\\s*<[^<>\\s]{1,200}>)?\\s*(?:[>»›/|＞→]\\s*[^>»›/|＞→]{1,40}?\\s*){0,3}[>»›/|＞→]\\s*[^>»›/|＞→]{1,200}?\\s*$`, "iu");
const CRUMB_ROOTS = new RegExp(`^(?:${ROOTS})$`, "iu");
/** A breadcrumb's root alone, the site's home: "Home", "トップ", "Trang chủ" (not "News", a section as often). */
export const isHomeRoot = (t: string): boolean => CRUMB_ROOTS.test(t) && !/^news$/iu.test(t);
/** A time of day alone, its zone after it or not: "7:12 PM MYT", "14:05", "09.30 Uhr". */
const TIME_ALONE = /^\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?|uhr|h)?(?:\s[A-Z]{2,5})?$/iu;
const WORDS_CREDIT = /^(?:Words|WORDS|Teksti|TEKSTI) (\p{Lu}.{2,50})$/u;
/** A magazine's photographer credited under the writer: "Photography John Doe", "Kuvat John Doe". */
const PHOTOGRAPHER_LINE = /^(?:[Pp]hotography|[Pp]hotographs|[Pp]hotos|[Pp]ictures|[Ii]mages|[Kk]uvat|[Kk]uva|[Ff]otos|[Ff]oto|[Bb]ilder|[Ff]otografie|[Ff]otografía|[Ff]otografia|[Pp]hotographie)\s*:?\s+\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u;

// (With the word for "by" or the label for the writer in the archive's other languages: "Av Anna
// Svensson", "Oleh Budi Santoso", "Penulis: Dian Permata Sari", "Pewarta: Budi Santoso", "Yazar: …".)
export const BYLINE = new RegExp(
  String.raw`^(?:(?:posted (?:on )?|(?:written|authored|story|words|reporting|text|report|compiled|reported|interview) )?(?:${BY_WORD})\s?:?|(?:article )?(?:rédigée?|écrite?) par\s?:?|(?:${WRITER_LABEL})\s?:|(?:كتب|كتبت)(?:\s?[-–—:]|(?=(?:\s(?!(?:في|من|على|إلى|عن|مع|و)(?:\s|$))\p{Script=Arabic}+){2,4}$))|penulis)\s+(.{2,120}?)\s*$`,
  "iu",
);
// (Or said in full over the name: "Escrito por" / "Jane Roe", "Written by", "Scritto da"; or with
// a colon, a label over its value as a page's one-node-a-line dump has it: "By:", "Author:".)
export const BY_ALONE = new RegExp(
  `^(?:(?:${BY_WORD}|(?:written|escrito|escrita|écrit|scritto|geschrieben|geschreven) (?:by|por|par|da|von|door)):?|(?:${WRITER_LABEL})\\s?:)$`,
  "iu",
);

// A label over the organisation a release comes from, which names no writer: "NEWS PROVIDED BY" /
// "Example Outdoor Co."; or over the publication a blog's post appears in: "Published in" / "Urban
// Field Notes".
export const PROVIDED_BY = /^(?:(?:news |content |release )?(?:provided|distributed|issued|supplied|sponsored|presented|paid for) by|published in|publicado en|publié dans|veröffentlicht in):?$/iu;

// A social media handle under a byline: "@janeroe".
export const HANDLE = /^@\w{2,30}$/u;

/** A place of a word or two, a comma, then the rest: "Cudillero, Jane M. Roe". */
const PLACE_THEN_NAME = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?), (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3})$/u;

export interface Cluster {
  /** Content index of the cluster's first and last lines. */
  from: number;
  to: number;
  authors: string[];
  authorLine: number | null;
  stamps: Array<{ stamp: Stamp; line: number }>;
  sections: Array<{ value: string; line: number }>;
  /** Whether a byline stands in it, though it names only an agency ("By Reuters"). */
  byline?: boolean;
}

// The label a breadcrumb trail may carry: "Vous êtes ici : Accueil » Régions » Saint-Louis".
const HERE = greekCaps(/^(?:you are here|vous êtes ici|sie sind hier|usted está aquí|está aqui|você está aqui|sei qui|ti trovi in|u bent hier|jste zde|jesteś tutaj|jesteś w|вы здесь|ви тут|ви знаходитеся|buradasınız|anda di sini|anda berada di|du är här|du er her|olet tässä|itt vagy|εδώ είστε)\s*:?\s*/iu);

/** A breadcrumb's steps: "Home » News » Harbour" -> ["Home", "News", "Harbour"]. */
export function crumbSteps(t: string): string[] {
  return t.replace(/\s*<[^<>\s]{1,200}>/u, "").split(/\s*[>»›/|＞→]\s*/u).filter(Boolean);
}

export function sectionLine(line: string): string | null {
  const t = HERE.test(line) ? line.replace(HERE, "") : line;
  const s = SECTION_LINE.exec(t);
  if (s) {
    const first = s[1]!.split(/\s*,\s*/)[0]!;
    // (Not a date: "NEWS | Aug. 4, 2016".)
    return wordsIn(first) <= 5 && !/\s-\s/.test(first) && findDate(s[1]!) === null ? first : null;
  }
  if (BREADCRUMB.test(t)) {
    const parts = crumbSteps(t);
    const last = parts[parts.length - 1] ?? null;
    // A step longer than a section's name is the page's headline, and one without letters an
    // archive's year or page ("Newsroom › 2024"): the step before it is the section.
    // (Nor is a date after the section's name: "NEWS | Aug. 4, 2016".)
    if (last === null || (last.length <= 40 && /\p{L}/u.test(last) && !(parts.length > 1 && findDate(last) !== null))) return last;
    const before = parts[parts.length - 2];
    return before !== undefined && !CRUMB_ROOTS.test(before) ? before : null;
  }
  return null;
}

// A byline's line that ends on a word joining names, and a line that goes on with one.
const NAMES_GO_ON = /(?:\s(?:and|und|et|e|y|en|og|och|i|и|ve|dan)|,|&)$/iu;
const NAMES_CONTINUED = /^(?:and|und|et|e|y|en|og|och|i|и|ve|dan|&)\s+\p{Lu}/u;

// Writers each with the place they wrote from: "Jane Roe in London and John Doe in Leeds".
const WRITER_IN_PLACE = String.raw`\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2} in \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}`;
const WRITERS_IN_PLACES = new RegExp(`^${WRITER_IN_PLACE}(?:(?:, | and )${WRITER_IN_PLACE})*$`, "u");

/** A byline in one of its forms, starting at content line k; how many lines it takes. */
const POSTED_IN = /^posted by \S{2,30} (?:in|under|on) [^.!?]{2,120}$/iu;

// A Korean byline: the names, then the job after them, "김민지 기자", "홍길동 이순신 기자", "홍길동 특파원".
// (With the reporter's address after the job, as Korean papers sign: "김민지 기자 mjkim@example.co.kr".)
const HANGUL_BYLINE = new RegExp(`^${HANGUL_REPORTERS}(?:\\s+[\\w.+-]+@[\\w-]+\\.[\\w.]+)?$`, "u");
const NA_BYLINE = /^N[ai] (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})$/u;
// (Taiwan's papers add where the reporter reported from, in brackets or not: "記者陳怡君／台南報導",
// "〔記者王小明／台北報導〕".)
const HAN_BYLINE = /^[〔【[]?(?:本報|本报)?(?:特約|特约|見習|见习)?[記记]者\s?((?:\p{Script=Han}{2,3}[、，,]\s?){0,3}\p{Script=Han}{2,3})(?:\s?[／/]\s?\p{Script=Han}{2,6}(?:報導|报道|報道))?[〕】\]]?$/u;
// What follows 记者 in a column's or an event's name, not a reporter's: "记者手记", "记者观察", "记者招待会".
export const HAN_NOT_NAME = /^(?:手[记記]|[观觀]察|[调調]查|[专專][访訪]|[连連][线線]|招待[会會]|[节節]|[证證]|站|[会會]|[团團]|群)/u;

// A Japanese name: three to five characters, or a family and a given name with a space between.
const HAN_NAME_ALONE = /^(?:\p{Script=Han}{3,5}|\p{Script=Han}{1,3}[ 　]\p{Script=Han}{1,3})$/u;
// ... and what ends a line of as many characters that is no one's name: an outlet, a desk, a place, a section.
const HAN_NOT_PERSON = /(?:新聞|新闻|通信|社|部|局|会|會|省|県|縣|市|町|村|区|區|都|道|府|州|網|网|台|站|報|报|版|面|写真|動画|频道|頻道|专题|專題|特集|速報|速报|ニュース)$/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
// ... nor a date's own label run onto it, or an office: "公開日2025年…", "最終更新2025年…", "東京都庁2025年…".
const DATE_LABEL_END = /(?:日|時|更新|公開|配信|掲載|投稿|庁|所)$/u;

/** Whether the lines around content line k (three each way) hold kana: a Japanese page. */
function kanaAround(h: Head, k: number): boolean {
  for (let j = Math.max(0, k - 3); j < h.idx.length && j <= k + 3; j++) if (KANA.test(text(h, j))) return true;
  return false;
}

// The outlet, a bar, then the byline, as public radio stations set it: "KRVP | By Jane Roe".
const OUTLET_BAR_BY = new RegExp(`^[^|]{2,40}?\\s\\|\\s((?:${BY_WORD})\\s.{2,120})$`, "iu");
// ... or between slashes, as a feed reader sets the source, the writer and the item's age: "Example
// Festival News / by Jane Roe / 2d".
const FEED_SOURCE_BY = new RegExp(`^[^/|]{2,60}?\\s\\/\\s((?:${BY_WORD})\\s[^/|]{2,60}?)(?:\\s\\/\\s\\d{1,3}\\s?(?:[smhdw]|mins?|hrs?|minutes?|hours?|days?|weeks?)(?: ago)?)?$`, "iu");


function bylineAt(h: Head, k: number): { names: string[]; lines: number; rule: string } | null {
  // (A text browser sets a page's meta as a list: "* By Jane Roe Staff Writer" / "* Jul 11, 2019".)
  const item = text(h, k);
  const unbulleted = item.replace(ITEM_BULLET, "");
  const whole = unbulleted !== item && BYLINE.test(unbulleted) ? unbulleted : item;
  const t = whole.includes("|") ? OUTLET_BAR_BY.exec(whole)?.[1] ?? whole : whole.includes(" / ") ? FEED_SOURCE_BY.exec(whole)?.[1] ?? whole : whole;
  // (Or a Swahili or Tagalog one, a line of its own: "Na Asha Roe", "Ni Mark Anthony Roe".)
  const na = t.length <= 60 && (t.startsWith("Na ") || t.startsWith("Ni ")) ? NA_BYLINE.exec(t) : null;
  if (na && isPersonName(na[1]!)) return { names: [na[1]!], lines: 1, rule: "byline" };
  // (Or a magazine's credit for the words, no colon, a person's name after it: "Words Jane Roe",
  // "Teksti Jane Roe"; not a headline opening so, "Words matter more than ever".)
  const words = t.length <= 60 ? WORDS_CREDIT.exec(t) : null;
  if (words && isPersonName(words[1]!)) return { names: splitNames(words[1]!), lines: 1, rule: "byline" };
  // (Or a Romanian or Portuguese one, the small "de" or "da" before a person's name, not a
  // place's: "de Andrei Popescu", not "de São Paulo".)
  const de = t.length <= 60 && (t.startsWith("de ") || t.startsWith("da ")) ? SMALL_DE.exec(t) : null;
  // (With the stamp right over or under it: "de Alba Iulia" alone is a place's.)
  if (de && splitNames(de[1]!).every(isPersonName) && !PLACE_FIRST.test(de[1]!) && (stampOf(h, k + 1) !== null || (k > 0 && stampOf(h, k - 1) !== null))) return { names: splitNames(de[1]!), lines: 1, rule: "byline" };
  // (Or a correspondent's, from where they wrote: "From Jane Roe in Dodoma".)
  const from = correspondent(t);
  if (from) return { names: [from], lines: 1, rule: "byline" };
  // (Or each writer with where they wrote, no word for "by", as a financial paper sets it over its
  // stamp: "Jane Roe in London and John Doe in Leeds". With the stamp right under it: "Jane Roe in
  // Paris" alone is a headline's shape too.)
  // (And a standfirst or a headline over it: "Prince Harry in New York" over a date is a headline.)
  const placed = t.length <= 160 && t.includes(" in ") && k > 0 && wordsIn(text(h, k - 1), 6) >= 6 && stampOf(h, k + 1)?.published ? WRITERS_IN_PLACES.exec(t) : null;
  if (placed) {
    const names = t.split(/,\s+|\s+and\s+/u).map((part) => part.replace(/ in \p{Lu}.*$/u, ""));
    if (names.every((n) => isPersonName(n) && !isOutlet(n) && !PLACE_FIRST.test(n))) return { names, lines: 1, rule: "byline" };
  }
  // (Or a Chinese one, the job first: "記者 陳嘉欣", "记者 王晓东、刘静".)
  const han = t.length <= 40 && (t.includes("記者") || t.includes("记者")) ? HAN_BYLINE.exec(t) : null;
  const hanNames = han?.[1]!.split(/[、，, ]+/u);
  if (hanNames && !hanNames.some((n) => HAN_NOT_NAME.test(n))) return { names: hanNames, lines: 1, rule: "byline" };
  // (Or the job as a label, as Hong Kong and mainland pages set it: "撰文：陳嘉欣", "作者：王磊", "记者：王晓东、刘静".)
  const labelled = t.length <= 40 && /[:：]/u.test(t) ? HAN_LABELLED_BYLINE.exec(t) : null;
  const labelledNames = labelled?.[1]!.split(/[、，, ]+/u);
  // (Not in a book's or a film's facts, its title over the author: "书名：活着" / "作者：余华" / "出版：…".)
  const factsAround = (k > 0 && BOOK_FACT.test(text(h, k - 1))) || (k + 1 < h.idx.length && BOOK_FACT.test(text(h, k + 1)));
  if (labelledNames && !factsAround && !labelledNames.some((n) => HAN_NOT_NAME.test(n) || HAN_NOT_PERSON.test(n))) return { names: labelledNames, lines: 1, rule: "byline" };
  // (Or a Japanese writer's name alone under the stamp, as Japanese papers set it: "2024年11月5日
  // 18時30分" / "佐藤健太".)
  // (On a Japanese page only, its kana in the lines around: a Chinese page's line there is its outlet's
  // or a place's, "人民网", "東京都".)
  if (t.length <= 6 && k > 0 && HAN_NAME_ALONE.test(t) && !HAN_NOT_PERSON.test(t) && stampOf(h, k - 1)?.published && kanaAround(h, k)) return { names: [t.replace(/[ 　]/u, " ")], lines: 1, rule: "byline" };
  // (Or a feed reader's line under the headline: "Jane Roe / Example Report / 2h".)
  const fromFeed = t.length <= 90 && k > 0 && looksLikeHeadline(text(h, k - 1)) ? writerOutletAgo(t) : null;
  if (fromFeed) return { names: [fromFeed], lines: 1, rule: "byline" };
  const hangul = t.length <= 40 ? HANGUL_BYLINE.exec(t) : null;
  const hangulParts = hangul ? hangulNames(hangul[1]!) : null;
  if (hangulParts) return { names: hangulParts, lines: 1, rule: "byline" };
  if (BY_ALONE.test(t)) {
    // "By" on its own line, the names on the lines below: "Karen Roe &", "Morgan Black".
    const names: string[] = [];
    let j = k + 1;
    for (; j < h.idx.length && j <= k + 6; j++) {
      const s = text(h, j).replace(/\s*(?:&|and|,)$/iu, "");
      if (isRole(s)) continue;
      // (A name with what follows it cleaned off: "Larissa Menezes, larissa@example.com".)
      const parts = splitNames(/[,@]/.test(s) ? cleanByline(s) ?? s : s);
      if (parts.length === 0 || !parts.every(isPersonName)) break;
      names.push(...parts);
    }
    return names.length ? { names, lines: j - k, rule: "byline" } : null;
  }
  let by = BYLINE.exec(t);
  if (!by || t.length > 120) return null;
  // A list of writers broken over two lines, as a page wrapped at its links leaves it: "By Jane Roe
  // and" / "John Doe", "Door Sanne de Vries" / "en Bram Jansen".
  let joined = 0;
  const next = k + 1 < h.idx.length ? text(h, k + 1) : "";
  if (next && next.length <= 60 && (NAMES_GO_ON.test(t) || NAMES_CONTINUED.test(next))) {
    const both = BYLINE.exec(`${t} ${next}`);
    const names = both ? cleanByline(both[1]!) : null;
    if (both && names && splitNames(names).length > splitNames(cleanByline(by[1]!) ?? "").length && splitNames(names).every(isPersonName)) {
      by = both;
      joined = 1;
    }
  }
  const first = cleanByline(by[1]!);
  if (!first) {
    const handle = postAuthorHandle(t, by[1]!);
    if (handle) return { names: [handle], lines: 1, rule: "byline" };
    // "by In the news": byline-shaped but no names. It is still the page's byline slot, not story.
    // (So is a blog's post line with its user and categories: "Posted by admin in Community News, Parks".)
    // (Or a site's account with the post's meta after it: "Posted by Example Resort Communications · 2
    // days ago · 4 min read".)
    return (wordsIn(t) <= 6 || POSTED_IN.test(t) || metaAfterName(by[1]!)) && !endsSentence(t) ? { names: [], lines: 1, rule: "byline" } : null;
  }
  // (A newsroom under the writer's label names no writer: "Penulis: Redaksi | Editor: …"; nor does a
  // station's call sign or an outlet's letters, "By KQLT Staff".)
  // (Nor does a press office's name under it: "Autor: Biuro Prasowe Urzędu Miasta Torunia".)
  const names = splitNames(first).filter((n) => !isRole(n) && !OUTLET_LETTERS.test(n) && !isPressOffice(n));
  // Further names and job titles on the lines below: "Staff Reporter", "Kieran Leavitt", ...
  let j = k + 1 + joined;
  for (; j < h.idx.length && j <= k + 8; j++) {
    const s = text(h, j);
    if (isRole(s)) continue;
    const parts = splitNames(s);
    if (parts.length > 0 && parts.every(isPersonName) && j > k + 1 && isRole(text(h, j - 1))) {
      names.push(...parts);
      continue;
    }
    break;
  }
  return { names, lines: j - k, rule: "byline" };
}

/** Whether what follows a byline's name is a post's meta alone, a time said relative to the reading
 *  or a reading time: "Example Communications · 2 days ago · 4 min read". */
function metaAfterName(rest: string): boolean {
  const parts = rest.split(/\s+[·|•]\s+/u);
  return parts.length >= 2 && parts.length <= 4 && wordsIn(parts[0]!, 7) <= 6 && parts.slice(1).every((p) => RELATIVE_TIME.test(p.trim()) || READING_TIME.test(p.trim()));
}

/** A list item's bullet, as a text browser sets a page's meta: "* By Jane Roe", "• Von Jana Roe". */
const ITEM_BULLET = /^[*•·-]\s+/u;

/** The names of a line of names, their outlet or job after a comma, a bar, a slash or a bullet left
 *  out: "Jane Roe and John Doe, Example News", "Jane Roe and John Doe / Example News", "Jane Roe •
 *  Staff Writer". */
function namesWithOutlet(t: string): string[] {
  // (Writers each with a job, parted by a bar: "Jane Roe, Chief Economist | John Doe, Senior Economist".)
  const withJobs = namesWithJobs(t);
  if (withJobs) return withJobs;
  // (A separator may close the line, where the template left its last field empty: "Jane Roe · Example News ·".)
  // (Or the ground a sports writer reports from: "Jane Roe at Example Park".)
  // (And a full stop after the last name, not an initial's: "Jane Roe." as some sites sign.)
  // (Or a dash and the site's name in one word, as Indonesian sites sign: "Jane Roe - exampleNews".)
  // (And a paper's initials after the name, a space between: "Jane Roe PS", not a generation's "III".)
  const initials = /^(.{5,60}?) (?![IVX]{2,4}$)\p{Lu}{2,4}$/u.exec(t);
  if (initials && isPersonName(initials[1]!) && splitNames(initials[1]!).length === 1) t = initials[1]!;
  const names = splitNames(withoutGround(t.replace(/\s+[|/•·]$/u, "").replace(/\s+[|/•·]\s+[^|/•·]{2,40}$/u, "").replace(/\s[-–]\s[\p{L}\p{N}.]{3,30}$/u, "").replace(/(?<=\p{L}{3})\.$/u, "")));
  // (Or outlets, a broadcaster's and an agency's by their letters: "Jana Horáková, VTV24, ČTK".)
  while (names.length > 1 && (isOutlet(names[names.length - 1]!) || OUTLET_LETTERS.test(names[names.length - 1]!))) names.pop();
  // (Or the place the writer files from, a word after the comma, as African and Asian papers sign:
  // "JANE ROE, Kasama", the name in capitals; a writer of one name may follow another's in title
  // case, "Andi Saputra, Sutrisno".)
  if (names.length === 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(names[1]!) && !isRole(names[1]!) && names[0]!.includes(" ") && names[0] === names[0]!.toUpperCase()) names.pop();
  // (Or the writer's job and programme after commas: "Jane Roe, Senior Fellow, Africa Program".)
  const job = names.findIndex((n, i) => i > 0 && JOB_WORD.test(n));
  return job > 0 && names.slice(0, job).every(isPersonName) ? names.slice(0, job) : names;
}


const JOB_WORD = /\b(?:[Ff]ellow|[Pp]rofessor|[Ll]ecturer|[Rr]esearcher|[Dd]irector|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Aa]nalyst|[Ee]conomist|[Ss]cientist|[Aa]dvis[eo]r)s?$/u;

/** A newsroom's or an agency's letters, no name's: "ČTK", "PAP", "VTV24". */
const OUTLET_LETTERS = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;

/** Whether the cluster's author so far is only a blog account's name: a byline's name beats it. */
const onlyHandle = (c: Cluster) => c.authors.length === 1 && isHandle(c.authors[0]!);

/** A release's contact label: "Media Contact:", "Press contacts:"; the names under it wrote nothing. */
export const CONTACT_LABEL = /^(?:(?:media|press|program|programme|news|public|for more information,?)\s)?contacts?\s?:/iu;

// A Japanese name in kanji: a family and a given name parted by a space ("佐々木 里奈"), or three or four
// characters that open on one of the commonest family names of two ("佐藤美咲"): a label or a topic of
// four reads the same, "有料記事", "高校野球", "東京五輪".
const JAPANESE_NAME = /^(?:\p{Script=Han}{3,4}|\p{Script=Han}{1,3}[ 　]\p{Script=Han}{1,3})$/u;
const JAPANESE_FAMILY_NAMES = new Set(("佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々 山口 松本 井上 木村 斎藤 清水 山崎 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 " +
  "長谷 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 内田 柴田 酒井 " +
  "宮崎 横山 高木 安藤 宮本 大野 小島 谷口 今井 工藤 高田 増田 丸山 杉山 村田 大塚 新井 小山 平野 藤本 河野 上野 野口 武田 松井 千葉 岩崎 菅原 木下 久保 佐野 野村 " +
  "松尾 市川 菊地 杉本 古川 大西 島田 水野 桜井 高野 渡部 吉川 山内 西田 飯田 菊池 西川 小松 北村 安田 五十 川口 平田 中田 服部 岩田 土屋 川崎 福島 本田 樋口 秋山 " +
  "田口 永井 山中 中西 吉村 川上 石原 大橋 松岡 馬場 浅野 荒木 大久 野田 小沢 田辺 川村 星野 黒田 尾崎 望月 永田 熊谷 内藤 松村 西山 大谷 平井 大島 岩本 片山 本間 " +
  "早川 横田 岡崎 荒井 大石 鎌田 成田 宮田 小田 石橋 篠原 須藤 河合 大川 高井 萩原 関口 宮下 矢野 吉岡 原口 小池 浜田 辻本 堀内 松下 森本 島崎 桑原 野崎 富田").split(" "));
/** Whether a line is a Japanese writer's name so (see JAPANESE_NAME). */
function isJapaneseName(t: string): boolean {
  return JAPANESE_NAME.test(t) && (/[ 　]/u.test(t) || JAPANESE_FAMILY_NAMES.has(t.slice(0, 2))) && !HAN_NOT_PERSON.test(t);
}

/** Where a writer files from, a line of its own in the cluster: a place of a word or two, its region
 *  after a comma ("Whitehorse", "Cape Town, Western Cape"). */
const FILED_FROM_LINE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+)?(?:, \p{Lu}[\p{L}'’.-]+)?$/u;

/**
 * Reads byline, stamp and section lines from content line k on, allowing a little junk between
 * them (a reading time, a share bar's leftovers). Returns null when line k is none of those.
 */
export function readCluster(h: Head, k: number, limit: number, titleKey = ""): Cluster | null {
  const c: Cluster = { from: k, to: k - 1, authors: [], authorLine: null, stamps: [], sections: [] };
  let junk = 0;
  let hasByline = false;
  // Whether the authors so far are names on lines of their own (more may follow), not a byline's.
  let namesAlone = false;
  // Where the last labelled byline ended: a name alone right under it, over the stamp, is a second
  // writer's, as Swedish tabloids set two: "Av: Jane Roe" / "John Doe" / "Publicerad i dag 06.12"
  // (over the stamp or its "Published" line, which may say only "today").
  let bylineTo = -1;
  // (The line of the last name taken alone: an outlet right under it is that writer's.)
  let lastNameLine = -1;
  let j = k;
  while (j < limit && j < h.idx.length) {
    const t = text(h, j);
    // Bylines, stamps and section lines are short; a paragraph ends the cluster at once.
    if (t.length > 220) break;
    // Another copy of the headline is not a name, however capitalised.
    if (titleKey && t.length >= titleKey.length && t.length <= titleKey.length * 2 + 10 && comparable(t) === titleKey) {
      j++;
      continue;
    }
    // An editor's or a checker's credit under the writer's byline names no writer, but stands in the
    // cluster: "By Jane Roe" / "Edited by John Doe" / "Published: …" (with credentials: "Medically
    // reviewed by John Doe, MD").
    if (c.to >= c.from && EDITOR_CREDIT.test(t)) {
      j++;
      continue;
    }
    // (Nor does a magazine's photographer, credited under the writer: "Words Jane Roe" / "Photography
    // John Doe", "Teksti Jane Roe" / "Kuvat John Doe".)
    if (c.authorLine !== null && PHOTOGRAPHER_LINE.test(t)) {
      j++;
      continue;
    }
    // Under a fact box's field name ("Born", "Date of arrest:") come facts, not the page's byline.
    if (j > 0 && isFactLabel(text(h, j - 1))) break;
    // (Nor does a release's contact block: "Media Contact:" / "Jane Roe, Public Information Officer".)
    if (CONTACT_LABEL.test(t)) break;
    // A byline that carries its stamp ("By Jane Roe · Example News · Posted: ...") is read as a stamp.
    const by = stampOf(h, j) ? null : bylineAt(h, j);
    if (by) {
      hasByline = true;
      // (Authors are taken once: authorLine is set with them. It is asked rather than the length of
      // authors, whose arrays come in several shapes.)
      // (A byline's names outrank names alone on a line taken before it: a headline in title case
      // under a breadcrumb reads as a name, "Mural Grant Round Opens" / the date / "Posted by Jane Roe".)
      if (by.names.length && (c.authorLine === null || onlyHandle(c) || namesAlone)) {
        namesAlone = false;
        c.authors = by.names;
        c.authorLine = lineNo(h, j);
      }
      j += by.lines;
      c.to = j - 1;
      bylineTo = by.names.length ? j - 1 : -1;
      junk = 0;
      continue;
    }
    const stamp = stampOf(h, j);
    // A date under a label ("Date", "Born", "Date of birth:") is a fact box, not the page's stamp.
    const above = j > 0 ? text(h, j - 1) : "";
    // (Not a place under a byline, however it is cased: "Rafael Moreira" / "BRASÍLIA" / "12.abr.2023".)
    const placeUnderName = !above.endsWith(":") && (/^\p{Lu}{2,}$/u.test(above) || (j > 1 && isPersonName(text(h, j - 2))));
    // (Nor when its update's stamp follows, as a page's do: "Ritzau" / "12. mar. 2025 kl. 10.34" /
    // "Opdateret 12. mar. 2025 kl. 13.05".)
    // (Nor under a newsroom's name: "Redazione" / "05 giugno 2025 | 10:12".)
    const updateUnder = j + 1 < h.idx.length && (stampOf(h, j + 1)?.updated != null || UPDATE_TIME_ONLY.test(text(h, j + 1)));
    // (Nor the last of a run of buttons a word each, a cookie banner's or a menu's: "Samþykkja" /
    // "Stillingar" / the date.)
    const buttonsOver = j > 1 && /^\p{L}+$/u.test(above) && /^\p{L}+$/u.test(text(h, j - 2));
    // (Nor a section's label with the headline under the date: "Politics" / "Mon 9 Jun 2025, 4:35pm" /
    // "Vale residents vow to fight …".)
    // (Or the time and the byline under it: "Nation" / "Friday, 14 Mar 2025" / "7:12 PM MYT" / "by Jane Roe".)
    const timeOrByline = (k: number) => k < h.idx.length && (TIME_ALONE.test(text(h, k)) || BYLINE.test(text(h, k)));
    const sectionOver = () => isLabel(above) && !isFactLabel(above) && j + 1 < h.idx.length && ((isHeadlineCandidate(text(h, j + 1)) && wordsIn(text(h, j + 1), 4) >= 4) || (timeOrByline(j + 1) && (BYLINE.test(text(h, j + 1)) || timeOrByline(j + 2))));
    // (Nor the writer's name the cluster just took, a word of letters in a script without spaces: "佐藤美咲".)
    // (Nor under the word for "published" itself, parted from the date: "Published:" / "Saturday | March 8, 2025".)
    const wordLabel = /^\p{L}+:?$/u.test(above) && !placeUnderName && !buttonsOver && !isRole(above) && !isOutlet(above) && c.authorLine !== lineNo(h, j - 1) && !sectionOver() && !PUBLISHED.test(above) && !UPDATED.test(above);
    const inFactBox = stamp && stamp.rule === "date line" && !updateUnder && (wordLabel || factLabelAbove(h, j));
    if (stamp && !inFactBox) {
      c.stamps.push({ stamp, line: lineNo(h, j) });
      // (A plain name beside the date is a place when the headline or the story's first lines name
      // it: "Cape Town | 3 March 2025" over "Cape Town residents …".)
      const place = stamp.bareName && namedNear(h, j, stamp.authors[0]!);
      // (A Japanese writer's name run onto the date, on a Japanese page: "北村早紀2025年3月12日".)
      const han = stamp.authors.length === 0 ? HAN_NAME_ON_YEAR.exec(t)?.[1] : undefined;
      const authors = han && !HAN_NOT_PERSON.test(han) && !DATE_LABEL_END.test(han) && kanaAround(h, j) ? [han] : stamp.authors;
      if (authors.length && !place && (c.authorLine === null || (onlyHandle(c) && !authors.every(isHandle)))) {
        c.authors = authors;
        c.authorLine = lineNo(h, j);
      }
      c.to = j++;
      junk = 0;
      continue;
    }
    const section = sectionLine(t);
    if (section) {
      c.sections.push({ value: section, line: lineNo(h, j) });
      c.to = j++;
      junk = 0;
      continue;
    }
    // A name alone next to a stamp or byline: "Molly Hayes" over "Published August 17, 2019", or
    // with its job: "Jane Roe, Example News Staff Writer".
    // (Under a writer's name, a job is theirs, not another name with its job: "Jane Roe" / "Rugby
    // League Reporter".)
    // (With the words of the link to the writer's page after it: "Jane Roe (Accéder à la page de
    // l'auteur)", "Jane Roe (View profile)".)
    const named = t.endsWith(")") ? t.replace(AUTHOR_PAGE_LINK, "") : t;
    const withRole = namesAlone && isRole(named) ? null : nameWithRole(named);
    // (Or the place the writer files from first, then the name, over the stamp, as Spanish regional
    // papers set it: "Cudillero, Jane M. Roe" / "09·03·25 | 04:00".)
    const placeFirst = withRole ? null : PLACE_THEN_NAME.exec(named);
    const names = withRole ? splitNames(withRole) : placeFirst && isPersonName(placeFirst[2]!) && !isPersonName(placeFirst[1]!) && stampFollows(h, j + 1) ? [placeFirst[2]!] : namesWithOutlet(named);
    // (The look ahead last: most lines are no names.)
    // (Not a newsroom or a job that reads as a name: "Agencia EFE", "Redaktorin Stadt Zürich".)
    // (Nor a place that reads as one, which the headline under the stamp names again: "Hà Nội" /
    // "Thứ năm, 6/2/2025, 08:30" / "Hà Nội thí điểm thẻ vé …".)
    // (Or over an update's time alone, where the page gives no date: "Jane Roe" / "aggiornato alle 18:22".)
    // (Or over a time said relative to the reading with the stamp under it: "Jane Roe" / "2 hours ago" /
    // "July 18, 2023 3:05 PM".)
    // (A section line alone anchors no name under it: "Home > News > UK News" / "EVIL RAIDER", a kicker.)
    const anchored = () => c.to >= c.from && (c.stamps.length > 0 || c.authorLine !== null || hasByline);
    // (Or over a day and month without the year, as Substack dates a post of this year: "Jane Roe" / "Oct 15".)
    // (Or over a time said relative to the reading alone, right under a headline, or under its
    // standfirst or photo's caption: "Diego Martin residents: Clean drains before rainy season" /
    // "Jane Roe" / "3 Hrs Ago"; "… at the slipway. Pic: John Doe" / "Jane Roe" / "Today at 06:30".)
    // (The page's next line, furniture or not: a relative stamp at the page's top is furniture.)
    const relativeUnder = () => {
      const next = pageLineUnder(h, j);
      return RELATIVE_TIME.test(next) || isRelativeStamp(next);
    };
    const headOver = () => j > 0 && ((wordsIn(text(h, j - 1), 4) >= 4 && isHeadlineCandidate(text(h, j - 1))) || isCaption(text(h, j - 1)) || proseAt(h, j - 1));
    // (Or under such times, the headline's standfirst over them, as Swiss papers set it: the
    // standfirst / "Publié aujourd'hui à 18h45" / "Mis à jour il y a 2 heures" / "Jane Roe".)
    const relativeOver = () => {
      const over = pageLineOver(h, j);
      return over !== "" && over !== text(h, j - 1) && (RELATIVE_TIME.test(over) || isRelativeStamp(over));
    };
    // (Or over the site's address alone, under the headline or its standfirst, as a club's or a league's
    // site signs its writer: "… wins fourth straight" / "Jane Roe" / "ExampleClub.com" / "Share".)
    const siteUnder = () => j + 1 < h.idx.length && SITE_ALONE.test(text(h, j + 1)) && headOver();
    const metaUnder = j + 1 < limit && j + 1 < h.idx.length && (UPDATE_TIME_ONLY.test(text(h, j + 1)) || MONTH_DAY_ONLY.test(text(h, j + 1)) || (RELATIVE_TIME.test(text(h, j + 1)) && stampFollows(h, j + 2)) || ((relativeUnder() || relativeOver()) && headOver()));
    // (Or a name in a script without capitals right under the cluster's stamp: "الثلاثاء 7 مارس 2023 - 14:20" / "محمد الإدريسي".)
    // (Alone: not the first of a bar's buttons a line each, "שתפו בפייסבוק" / "שתפו בוואטסאפ".)
    // (Not over the stamp: there a headline of two words, a section or the site's name stands as often.)
    const caseless = withRole === null && c.stamps.length > 0 && c.to === j - 1 && isCaselessName(t) && !(j + 1 < h.idx.length && isCaselessName(text(h, j + 1)));
    // (Or a Japanese paper's writer, a name in kanji alone between the headline and the stamp, as the
    // Asahi sets it: "富士山の登山規制、…" / "佐藤美咲" / "2025年3月12日 14時30分".)
    const kanjiName = withRole === null && c.stamps.length === 0 && j > 0 && isJapaneseName(t) && KANA.test(text(h, j - 1)) && stampFollows(h, j + 1);
    // (A name over its job a line under it is read as a card's: "Jon Are Nilsen" / "Journalist"; under
    // another card or the standfirst, not where a headline stands, "Rates Will Fall" / "Business Reporter".)
    // (Asked only of a name isPersonName refused.)
    const overRole = () => j > 0 && j + 1 < h.idx.length && isRole(text(h, j + 1)) && (isRole(text(h, j - 1)) || proseAt(h, j - 1));
    // (The page's first line that its rights line names is the site's masthead: "Tin Nhanh Miền Trung"
    // over the date strip, "© Bản quyền thuộc về Tin Nhanh Miền Trung" at the foot.)
    // (Not a person's name of two or three words: a blog's writer holds its rights, "© 2025 Jane Roe".)
    // (Unless the rights line names it as a company: "© 2025 Example Otago Mirror Ltd.")
    if (j === 0 && c.authorLine === null && (!(isPersonName(t) && wordsIn(t, 4) <= 3) || companyByRights(h, t)) && namedByRights(h, t)) break;
    if (names.length > 0 && (names.every((n) => isPersonName(n) || (overRole() && isNameOverRole(n))) || caseless || kanjiName) && (withRole !== null || (!isOutlet(t) && !isRole(t))) && !(j > 0 && PROVIDED_BY.test(text(h, j - 1))) && (anchored() || stampFollows(h, j + 1) || metaUnder || siteUnder()) && !(withRole === null && namedBelow(h, j, t)) && !inCapitalsMenu(h, j, limit) && !inMenuRun(h, j, limit)) {
      if (c.authorLine === null) {
        c.authors = names;
        c.authorLine = lineNo(h, j);
        namesAlone = true;
        lastNameLine = j;
      } else if ((namesAlone || (bylineTo === j - 1 && withRole === null && j + 1 < h.idx.length && (stampFollows(h, j + 1) || PUBLISHED.test(text(h, j + 1)) || UPDATED.test(text(h, j + 1))))) && !(isOutlet(t) && lastNameLine === j - 1) && !(PLACE_FIRST.test(t) && (lastNameLine === j - 1 || bylineTo === j - 1))) {
        // (Nor is a place right under the name, where they wrote from: "Jane Roe" / "Rio de Janeiro".)
        // Writers a line each, each with its outlet under: "Jane Roe" / "Example News" / "John Doe" / "Example News".
        // (The outlet right under the writer's name is theirs, though it reads as a name and a paper:
        // "Jane Roe" / "Bowling Green Courier-Times" is no second writer "Bowling Green".)
        c.authors = [...new Set([...c.authors, ...names])];
        lastNameLine = j;
      }
      c.to = j++;
      junk = 0;
      continue;
    }
    // A newsroom or a job alone ("Example News Staff"), or the writer's address, in the cluster or over its stamp.
    // (Or both, parted by dots or bars: "Local Democracy Reporter·Example Gazette·".)
    // (Or where the writer files from, a place of a word or two between the writer's lines and the
    // stamp: "Jane Roe" / "Western Arctic correspondent" / "Whitehorse" / "Published March 5, 2025".)
    const filedFrom = c.authorLine !== null && j > c.from && FILED_FROM_LINE.test(t) && stampFollows(h, j + 1);
    if ((isRole(t) || isOutlet(t) || roleAndOutlet(t) || filedFrom || ((EMAIL_ALONE.test(t) || SITE_ALONE.test(t)) && c.authorLine !== null)) && (c.to >= c.from || stampFollows(h, j + 1))) {
      c.to = j++;
      continue;
    }
    // A photo's caption between the stamp and the byline under it: "Example.com - 06/06/2024, 13:45
    // WIB" / "Suasana gedung … (EXAMPLE.com/JANE ROE)" / "Penulis Jane Roe | Editor John Doe".
    if (c.to >= c.from && j + 1 < limit && isCaption(t) && (bylineAt(h, j + 1) !== null || stampOf(h, j + 1) !== null)) {
      j++;
      continue;
    }
    // A time said relative to the reading ("Last update: about 2 days ago", "vor 3 Stunden") dates
    // nothing, but stands in the cluster as its stamps do.
    if (c.to >= c.from && RELATIVE_TIME.test(t)) {
      j++;
      continue;
    }
    // (An update's time alone is the stamp's own line: the story starts under it.)
    if (c.to >= c.from && UPDATE_TIME_ONLY.test(t)) {
      c.to = j++;
      continue;
    }
    // Leftovers between stamp lines ("update", "2:09"); anything longer ends the cluster, and so
    // does a dateline on its own line ("KUALA LUMPUR:", over the story).
    if (c.to >= c.from && junk < 2 && isShortItem(t) && wordsIn(t) <= 3 && !readFirstColonDateline(t, true)) {
      junk++;
      j++;
      continue;
    }
    break;
  }
  // Section lines alone do not anchor the top; a byline or a stamp does.
  c.byline = hasByline;
  return c.to >= c.from && (c.stamps.length > 0 || c.authorLine !== null || hasByline) ? c : null;
}

// A menu's item in capitals: "NEWS", "BUSINESS", "REAL ESTATE".
const MENU_ITEM_IN_CAPITALS = /^\p{Lu}[\p{Lu}\d&'’ -]{1,24}$/u;
// (An outlet's word alone is a menu's item too, "NEWS"; "ASSOCIATED PRESS" under a name is its outlet.)
const isCapitalsItem = (t: string) => MENU_ITEM_IN_CAPITALS.test(t) && !isRole(t) && !(t.includes(" ") && isOutlet(t)) && !isPersonName(t);

/**
 * Whether line j stands in a menu's run of items a line each, most of them no names: "Brisbane" /
 * "Gold Coast" / "Sunshine Coast" / "National" under a date strip are places, not writers. (Writers a
 * line each stand among names, over their stamp, or each over their outlet or job: "Jane Roe" / "La Presse" /
 * "John Doe" / "La Presse".)
 */
function inMenuRun(h: Head, j: number, limit: number): boolean {
  const item = (k: number) => isShortItem(text(h, k)) && wordsIn(text(h, k), 4) <= 3 && !/\d/u.test(text(h, k)) && !isOutlet(text(h, k)) && !isRole(text(h, k)) && !stampOf(h, k) && bylineAt(h, k) === null;
  return amongItems(h, j, limit, item, (k) => !isPersonName(text(h, k)));
}

/** Whether the lines right over and under line j are `item`s, and one more of the two beyond them,
 *  two of those `plain`. */
function amongItems(h: Head, j: number, limit: number, item: (k: number) => boolean, plain: (k: number) => boolean): boolean {
  const items = [j - 2, j - 1, j + 1, j + 2].filter((k) => k >= 0 && k < limit && k < h.idx.length && item(k));
  return items.includes(j - 1) && items.includes(j + 1) && items.length >= 3 && items.filter(plain).length >= 2;
}

/** Whether line j, in capitals, stands between two items of a menu in capitals: "NEWS" / "GLOBAL
 *  NATION" / "BUSINESS" is a section's name, not a writer's. */
function inCapitalsMenu(h: Head, j: number, limit: number): boolean {
  const t = text(h, j);
  if (t !== t.toUpperCase() || j === 0 || j + 1 >= limit || j + 1 >= h.idx.length) return false;
  // (A third item, over or under them: "WORLD" / "JANE ROE" / "REUTERS" is a byline under a kicker.)
  if (isCapitalsItem(text(h, j - 1)) && isCapitalsItem(text(h, j + 1)) && ((j >= 2 && isCapitalsItem(text(h, j - 2))) || (j + 2 < limit && j + 2 < h.idx.length && isCapitalsItem(text(h, j + 2))))) return true;
  // (Or among items of two words too, which read as names: "ΕΙΔΗΣΕΙΣ ΤΩΡΑ" / "ΡΟΗ ΕΙΔΗΣΕΩΝ" / "ΠΟΛΙΤΙΚΗ" /
  // "ΟΙΚΟΝΟΜΙΑ": the lines right over and under it and one more in capitals, of three words at most,
  // two of them of one word.)
  const item = (k: number) => MENU_ITEM_IN_CAPITALS.test(text(h, k)) && wordsIn(text(h, k), 4) <= 3 && !isRole(text(h, k)) && !stampOf(h, k);
  return amongItems(h, j, limit, item, (k) => wordsIn(text(h, k), 2) === 1 && !isOutlet(text(h, k)));
}

// (Or the source of the report under a radio's writer: "La información es de Joaquín Sandoval",
// "Con información de Jane Roe", "Informação de Jane Roe".)
const EDITOR_CREDIT = /^(?:(?:[Ee]dited|[Rr]eviewed|[Ff]act[- ][Cc]hecked|[Mm]edically [Rr]eviewed|[Vv]erified|[Pp]roduced|[Cc]urated) [Bb]y:?|(?:[Ll]a información es de|[Cc]on (?:la )?información de|[Ii]nformação de|[Cc]om informações de))\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,? (?:and|&) \p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?(?:,\s*\p{Lu}[\p{L}.]{0,8})*$/u;

/** A line that opens with a writer's job, "Correspondant parlementaire à Québec" (headline.ts). */
export const JOB_FIRST =
  /^(?:(?:senior|chief|staff|political|special|deputy|grand|envoyée?|enviad[oa])\s)?(?:correspondent|correspondante?|reporter(?:in)?|journaliste?|rédacteur|rédactrice|redakteur(?:in)?|redaktor(?:ka)?|redattore|redattrice|giornalista|corrispondente|corresponsal|periodista|jornalista|repórter|correspondente|korrespondent(?:in)?|editor|columnist|chroniqueur|chroniqueuse|cronista|verslaggever|dziennikar(?:z|ka))\b/iu;

// A day and month without the year: "Oct 15", "15 Oct".
const MONTH_WORD = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
export const MONTH_DAY_ONLY = new RegExp(`^(?:${MONTH_WORD}\\.? \\d{1,2}|\\d{1,2} ${MONTH_WORD}\\.?)$`, "iu");

// An update's time without its date, which the stamp above gives: "Aggiornato alle 12:40",
// "Actualizado às 17:50", "Updated 5:02 p.m.".
const UPDATE_TIME_ONLY =
  /^(?:updated|last updated|update|aggiornato|aggiornamento|actualizado|actualizada|atualizado|atualizada|mis à jour|mise à jour|aktualisiert|bijgewerkt|zaktualizowano|güncellendi|güncelleme|diperbarui|uppdaterad|opdateret|oppdatert|päivitetty|обновлено|actualitzat)\s*(?:at|alle|às|as|a las|a les|à|a|um|om|o|saat|pukul|kl\.?|в)?\s*:?\s*\d{1,2}[:.h]\d{2}\s*(?:h|hrs?|uhr|[ap]\.?m\.?)?\.?$/iu;
const LABEL_ALONE = new RegExp(`^(?:${WRITER_LABEL})$`, "iu");
// A time said relative to the reading, with or without its label: "Last update: about 2 days ago",
// "vor 3 Stunden", "il y a 2 heures", "Há 3 horas", "3 ore fa", "3 часа назад", "för 3 timmar sedan",
// "Aktualizacja: 1 godz. temu".
export const RELATIVE_TIME = new RegExp(
  [
    String.raw`^(?:(?:last )?(?:updated?|modified|published|posted)\s?:?\s*)?(?:(?:about|over|almost|nearly|just) )?(?:an?|one|\d{1,2}) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago$`,
    String.raw`^(?:(?:aktualisiert|veröffentlicht):?\s*)?vor (?:einer|einem|\d{1,2}) (?:Minuten?|Stunden?|Tag(?:en)?)$`,
    String.raw`^(?:(?:mis à jour|publié)\s*)?il y a (?:une?|\d{1,2}) (?:minutes?|heures?|jours?)$`,
    String.raw`^(?:(?:actualizado|publicado|atualizado):?\s*)?(?:hace|há) (?:una?|\d{1,2}) (?:minutos?|horas?|días?|dias?)$`,
    String.raw`^(?:(?:aggiornato|bijgewerkt|aktualizacja|zaktualizowano|opublikowano|обновлено|güncellendi|güncelleme|diperbarui):?\s*)?\d{1,2} (?:minuti|ore|giorni|uur|dagen|minuten|godzin[ay]?|godz\.|minut|min\.|dni|час(?:а|ов)?|минут[ыа]?|дн(?:я|ей)|saat|dakika|gün|jam|menit|hari)(?: fa| geleden| temu| назад| önce| yang lalu| lalu)$`,
    String.raw`^för \d{1,2} (?:minuter|timmar|dagar) sedan$`,
  ].join("|"),
  "iu",
);

const FACT_WORDS = /\b(?:born|died|birth|death|arrest(?:ed)?|executed|date|dates|when|founded|opened|closed|location)\b/iu;

/** A fact box's field name about a life or an event: "Born", "Date of arrest:", "Location". */
function isFactLabel(t: string): boolean {
  return wordsIn(t) <= 4 && FACT_WORDS.test(t);
}

/** A fact box's field name among the three lines above k ("Born" / a name / the date of birth). */
function factLabelAbove(h: Head, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (isFactLabel(text(h, j))) return true;
  return false;
}

/** A writer's job and newsroom parted by dots or bars, each part one or the other: "Local Democracy
 *  Reporter·Example Gazette·", "Staff Writer | Example News". */
function roleAndOutlet(t: string): boolean {
  if (t.length > 100 || !/[·•|]/u.test(t)) return false;
  const parts = t.split(/\s*[·•|]\s*/u).filter((p) => p !== "");
  return parts.length >= 2 && parts.every((p) => isRole(p) || isOutlet(p));
}

export const EMAIL_ALONE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
/** The site's name as its address, under the writer's: "Jane Roe" / "Example.ca" / the date. */
const SITE_ALONE = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}$/u;
const CONTACT_BUTTON = /^(?:contact|e-?mail|follow)(?: (?:me|us|the author))?$/iu;

/** Whether a stamp or byline follows at k, past a newsroom or job title ("CNN Money", "Staff"). */
function stampFollows(h: Head, k: number): boolean {
  for (let j = k; j < h.idx.length && j <= k + 4; j++) {
    if (articleTimeAbove(h, j)) return true;
    const t = text(h, j);
    // (Or a time said relative to the reading, which only an article's meta gives: "Há 3 horas".)
    if (stampOf(h, j) !== null || BYLINE.test(t) || RELATIVE_TIME.test(t)) return true;
    // (A contact button may stand under the job: "Jane Roe" / "Web Reporter, Example TV" / "Contact".)
    // (Nor the writer's address: "Jane Roe" / "jane.roe@example.com" / "Sunday, February 18, 2024".)
    // (Nor the writer's label under the name: "Joana Carvalho" / "Texto" / "Há 3 horas".)
    // (Nor a second writer's name a line of its own: "Jane Roe" / "John Doe" / "Example Ledger" / the stamp.)
    // (Nor a second writer with their job: "Jane Roe, News Editor" / "John Doe, Staff Writer" / the stamp.)
    // (Nor where the writer files from, under their job: "Western Arctic correspondent" / "Whitehorse".)
    if (j > k && isRole(text(h, j - 1)) && FILED_FROM_LINE.test(t)) continue;
    if (!isOutlet(t) && !isRole(t) && !HANDLE.test(t) && !EMAIL_ALONE.test(t) && !SITE_ALONE.test(t) && !(j > k && CONTACT_BUTTON.test(t)) && !LABEL_ALONE.test(t) && !(isPersonName(t) || (j + 1 < h.idx.length && isRole(text(h, j + 1)) && isNameOverRole(t))) && !(t.length <= 90 && /[,/|]/u.test(t) && nameWithRole(t) !== null)) return false;
  }
  return false;
}

/** Whether a reading time or a time relative to the reading, which only an article's meta gives,
 *  stands between content line k and the one before it, passed over as furniture: "Jane Roe" / "5
 *  min read" / the story, "Jane Roe" / "Texto" / "Há 3 horas" / "Partilhe". */
function articleTimeAbove(h: Head, k: number): boolean {
  if (k < 1) return false;
  const end = k < h.idx.length ? h.idx[k]! : h.lines.length;
  for (let i = h.idx[k - 1]! + 1; i < end && i <= h.idx[k - 1]! + 3; i++) {
    const t = h.lines[i]!.text.trim();
    if (READING_TIME.test(t) || RELATIVE_TIME.test(t)) return true;
  }
  return false;
}

export function offerCluster(c: Cluster, offer: Offer): void {
  if (c.authors.length) offer("author", joinNames(c.authors), RANK_META, c.authorLine, "byline");
  for (const { stamp, line } of c.stamps) {
    if (stamp.published) offer("date", stamp.published, stamp.rule === "first published line" ? RANK_FIRST_PUBLISHED : RANK_PUBLISHED, line, stamp.rule);
    if (stamp.updated) offer("date", stamp.updated, RANK_UPDATED, line, "updated line");
    if (stamp.outlet) offer("source", stamp.outlet, RANK_META + 2, line, "stamp");
  }
  for (const s of c.sections) offer("section", s.value, RANK_META, s.line, "section line");
}

/**
 * Whether one of the few lines past the stamp under line j (a headline, a standfirst) names `t`
 * again, as words of its own (not as a credit: "Picture by Jane Roe", "By Jane Roe").
 */
function namedBelow(h: Head, j: number, t: string): boolean {
  return namedIn(h, j + 2, j + 4, t) || datelineBelow(h, j, t) || placeOverHeadline(h, j, t);
}

/** Whether the headline right under line j names `t` within its words, as a place's kicker stands
 *  over it: "Cangas del Narcea" / "Los ganaderos de Cangas del Narcea denuncian …". (Not the headline
 *  opening with it, as a column names its writer: "Jane Roe: Why I left".) */
function placeOverHeadline(h: Head, j: number, t: string): boolean {
  if (j + 1 >= h.idx.length) return false;
  const u = text(h, j + 1);
  const at = u.indexOf(t.trim());
  return at > 0 && wordsIn(u, 5) >= 5 && looksLikeHeadline(u) && !isCaption(u) && !stampOf(h, j + 1);
}

/** How many content lines under a name alone are read for a dateline that names it. */
const DATELINE_REACH = 10;

/**
 * Whether the story under line j opens with `t` in capitals as its dateline: a place, not a writer
 * ("Среда, 17. април 2019." / "Нови Сад" / the headline / … / "НОВИ САД – Обнова …").
 */
function datelineBelow(h: Head, j: number, t: string): boolean {
  const caps = t.trim().toUpperCase();
  if (caps === t.trim()) return false;
  for (let k = j + 1; k < h.idx.length && k <= j + DATELINE_REACH; k++) {
    const u = text(h, k);
    if (u.startsWith(caps) && /^[ \t]*[,–—-]/u.test(u.slice(caps.length))) return true;
  }
  return false;
}

/** Whether a rights line names `t` with a company's suffix: "© 2025 Example Mirror Ltd. All rights reserved." */
function companyByRights(h: Head, t: string): boolean {
  const company = new RegExp(`${escapeRegExp(t)},?\\s+(?:Ltd|Limited|Inc|LLC|plc|Pty|GmbH|AG|S\\.?A\\.?|Media|Group|Corp(?:oration)?|Publishing|Newspapers?)\\b`, "u");
  return h.lines.some((l) => l.text.includes(t) && RIGHTS_WORD.test(l.text) && company.test(l.text));
}

/** Whether a rights line of the page ("© 2023 Example News", "Copyright …", "Bản quyền …") names `t`. */
function namedByRights(h: Head, t: string): boolean {
  return h.lines.some((l) => l.text.includes(t) && l.text !== t && RIGHTS_WORD.test(l.text));
}
const RIGHTS_WORD = /©|\(c\)|copyright|all rights reserved|tous droits|todos los derechos|alle rechte|bản quyền|版权|著作権|저작권|права защищены/iu;

/** Whether the two lines over line j or the four under it name `t`. */
function namedNear(h: Head, j: number, t: string): boolean {
  return namedIn(h, j - 2, j - 1, t) || namedIn(h, j + 1, j + 4, t);
}

/** Whether a line from `from` to `to` (no caption) names `t` as a word. */
function namedIn(h: Head, from: number, to: number, t: string): boolean {
  // (Nor as a label's value: "Interviewer: Jane Roe, Communications Manager".)
  // (Nor as a picture's credit: "… en Tupungato - Créditos: @Jane Roe", "Foto: Jane Roe".)
  const words = new RegExp(`(?<![\\p{L}\\p{N}@])(?<!\\bby\\s+)(?<!\\b(?:interviewer|interviewed by|moderator|host|reporter|writer|author|editor|créditos?|credits?|fotos?|photos?|picture|image|imagen|bild)\\s?:\\s*)${escapeRegExp(t.trim())}(?![\\p{L}\\p{N}])`, "iu");
  for (let k = Math.max(0, from); k < h.idx.length && k <= to; k++) if (!isCaption(text(h, k)) && words.test(text(h, k))) return true;
  return false;
}
