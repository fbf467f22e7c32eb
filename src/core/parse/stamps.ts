// Publication stamps: the lines a page uses to say when (and by whom) a story was published or
// updated. One line may hold several parts separated by "|", "·" or "•":
//   "Published on Feb 6th 2017 at 11.44pm"           "Sat., May 23, 2015"
//   "Posted: Sep 12, 2022 3:36 PM EDT | Last Updated: September 13, 2022"
//   "Laura Fraser · Example News · Posted: Mar 28, 2022 4:00 AM EDT"
//   "New York, New York • Wed, Feb 15, 1832"         "Published April 3, 2020 by Jane Doe"
import { greekCaps } from "./greek-caps.js";
import { BY_WORD, HANGUL_REPORTERS, HAN_LABELLED_BYLINE, PLACE_FIRST, WRITER_LABEL, cleanByline, correspondent, hangulNames, isOutlet, isPersonName, isRole, nameWithRole, postAuthorHandle, splitNames } from "./byline.js";
import { asciiDigits, findDate, isDateOnly, leadingDate, parseDate, ymd } from "./dates.js";

// (A live blog says when it started: "Started 6:10 a.m. PST Dec. 27, 2022".)
export const PUBLISHED = greekCaps(
  /^(?:published|posted|filed|first published|started|live since|publication date|post(?:ed)? date|date posted|posting date|(?:news |press |media )?release date|date released|date|publié|publiée|publicado|publicada|veröffentlicht|publiziert|erschienen|erstellt|artikel vom|beitrag vom|meldung vom|pubblicato|опубликовано|gepubliceerd|publicerad|publicerat|publisert|publiceret|opublikowano|yayınlanma(?: tarihi)?|yayın tarihi|giriş|diterbitkan|disiarkan|dipublikasikan|publikováno|publicat|data publikacji|data utworzenia|data dodania|dodano|zveřejněno|objavljeno|objavljen|közzétéve|megjelent|julkaistu|avaldatud|publicēts|paskelbta|δημοσιεύθηκε|δημοσίευση|опубліковано|публікація|기사입력|입력|등록|게재|송고시간|송고|公開日|公開|掲載日|配信日|配信|发布日期|發佈日期|發布日期|发布时间|发布|發佈時間|發佈|發布|发表时间|發表時間|发表日期|發表日期|刊登日期|出版日期|出版時間|出版时间|出版|פורסם|תאריך פרסום|نشر في|تاريخ النشر|تاریخ انتشار|زمان انتشار|منتشر شده|شائع شدہ|شائع|প্রকাশিত|প্রকাশ|жарияланды|เผยแพร่|प्रकाशित)(?![\p{L}\p{N}_])(?:\s+(?:on|le|el|am|at|il|op|em|den|dne))?\s*[:|-]?\s*(.*)$/iu,
);
const UPDATE_IN_BRACKETS = /\s*\(((?:modifica|modificato|aggiornato|updated|actualizado|mis à jour|aktualisiert)\b[^()]{4,60})\)$/iu;
export const UPDATED = greekCaps(
  /^(?:(?:this |the )?(?:article|story|page) (?:was |has been )?(?:last )?(?:updated|edited|modified)(?: on)?|updated|update|last updated|last update|last modified|last edited|modified|modifié|modifiée|mis à jour|actualizado|aktualisiert|stand(?=\s*:)|обновлено|bijgewerkt|laatste update|atualizado|atualizada|aggiornato|ultimo aggiornamento|modifica(?: il)?|modificato(?: il)?|zaktualizowano|aktualizacja|son güncelleme|güncelleme|güncellenme|diperbarui|dikemas kini|dikemaskini|uppdaterad|oppdatert|opdateret|aktualizováno|actualizat|actualitzat|оновлено|ažurirano|frissítve|frissítés|päivitetty|posodobljeno|aktualizované|aktualizovaný|aktualizace|uuendatud|atjaunināts|atnaujinta|ενημερώθηκε|ενημέρωση|최종수정|기사수정|수정|最後更新日期|最后更新日期|最後更新時間|最后更新时间|最後更新|最后更新|更新日期|更新時間|更新日|更新|更新时间|עודכן|עדכון אחרון|آخر تحديث|تحديث|อัปเดต|อัพเดท|แก้ไขล่าสุด|अपडेट(?:ेड)?|আপডেট|اپ ڈیٹ|жаңартылды)(?![\p{L}\p{N}_])\s*(?:on|le|el|am)?\s*[:|-]?\s*(.*)$/iu,
);

const SOURCE_PART = /^(?:source|sources|quelle|fuente|fonte|źródło|zdroj|zdroje|forrás|kilde|källa|kaynak|sumber|izvor|джерело|источник|来源|來源|出处)\s*[:：]\s*\S.{0,40}$/iu;
// A Chinese page's buttons beside its stamp: "【字体：大 中 小】", "【打印】".
const BUTTONS_PART = /^【[^】\d]{1,20}】$/u;
const COUNTER_PART = /^(?:čteno|przeczytano|gelesen|views?|vues|lecturas|leituras|letture|просмотр\p{L}*|переглядів|okunma|dibaca|olvasás)\s*:?\s*[\d\s.,  ]+×?$|^[\d\s.,  ]+×?\s*(?:views?|vues|lecturas|просмотр\p{L}*)$/iu;

export interface Stamp {
  published: string | null;
  updated: string | null;
  authors: string[];
  outlet: string | null;
  /** Which form gave the date, for provenance. */
  rule: string;
  /** The author is a plain name beside a bare date, which may as well be a place ("Cape Town |
   *  3 March 2025"): the reader of the page checks that the story does not name it. */
  bareName: boolean;
}

// (Or a tab, as a table's cells are copied: "Jane Roe\tApril 9, 2018\t6 Comments".)
const PART_SEPARATOR = /\s*(?:\s\|\s|\|(?=\s*\p{Lu})|·|•|\t)\s*/u;
// A Chinese stamp's parts, set apart by a space alone: "2025-03-06 15:21:07 来源：华讯社 【字体：大 中 小】",
// "2025-04-03 18:25　来源：华讯社　作者：王磊".
const HAN_PART_INSIDE = /\s+(?=(?:来源|來源|出处|作者|撰文|[記记]者)[:：]|【)/u;
const TIME_ONLY = /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$/i;

// Looser separators, tried only on a line the usual ones do not make a stamp of, and then every
// part must be a date, a time, a name or a newsroom: "[January 24, 2018 - Example Times]", "Jane
// Roe - Oct 19, 2022 / 10:55 am". (Not first: a headline may hold a dash, and a menu a slash,
// "Tuesday, June 13, 2023 Sign in / Join".)
const LOOSE_SEPARATOR = /\s+[-–/]\s+/u;
// (Or a list's bullet, as a text browser sets a page's meta: "* Jul 11, 2019" / "* Updated Jul 12, 2019".)
// (Or the "and" of "Posted at 5:42 PM, Jun 03, 2025 and last updated 7:10 PM, …" wrapped onto the line
// of its update.)
const LEADING_SEPARATOR = /^(?:[-–—/|·•*]|and(?=\s+(?:last\s+)?updated\b))\s+/iu;

const WEB_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}\/?$/iu;

// A date of figures alone with a two-digit year, as a blog heads its post: "4-13-16", "3/6/16"
// (month first, as American pages write it, unless the first is no month), "19.1.16" (day first).
// (With its time after it too: "21-02-24, 10:42", "04.03.25 | 11:20".)
const SHORT_NUMERIC_DATE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2})(?:(?:,?\s+|\s*\|\s*)\d{1,2}[:.h]\d{2})?$/;

function shortNumericDate(line: string): string | null {
  const m = SHORT_NUMERIC_DATE.exec(line.trim());
  if (!m) return null;
  const [a, b, yy] = [Number(m[1]), Number(m[3]), Number(m[4])];
  // (The two-digit year as POSIX strptime reads it: 69-99 are 1969-1999, 00-68 are 2000-2068.)
  const year = yy >= 69 ? 1900 + yy : 2000 + yy;
  const dayFirst = m[2] === "." || a > 12;
  return dayFirst ? ymd(year, b, a) : ymd(year, a, b);
}

const PLACE_BEFORE_DATE = /^\p{Lu}\p{Ll}{2,}, (?=\d{1,2}\.\s?\d{1,2}\.\s?\d{4})/u;
const SECTION_ON_DATE = /^(?:News|Sport|Sports|Business|Politics|Opinion|Lifestyle|Entertainment|Culture|Local|World|Events|Blog)(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? \d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)/u;

/** Reads a stamp line; null when the line is not one (no date, or prose around it). */
export function readStamp(line: string): Stamp | null {
  // (Digits of other scripts are read as ASCII ones: "۲۹ آذر ۱۳۹۵", "১৫ সেপ্টেম্বর ২০২০".)
  line = asciiDigits(line);
  if (line.length > 220 || !/\d/.test(line)) return null;
  // (A Thai page's word for "date" before its date: "วันที่ 3 มีนาคม 2568 - 10:25 น.". A story's lead opens
  // so too, "วันที่ 3 มีนาคม 2568 ที่ศาลากลาง…": without the word, a line that goes on so is no stamp.)
  line = line.replace(/^วันที่\s+(?=\d)/u, "");
  // (A reading time may lead the date, its stop touching it: "Læsetid 4 min.19. september 2025 kl. 05:30".)
  line = line.replace(READING_FIRST, "");
  // (A Korean wire's label may touch its date: "송고시간2020-09-15 10:32".)
  // (An update may follow the date in brackets: "22 novembre 2022 (modifica il 22 novembre 2022 | 19:48)".)
  // (Or, in a Japanese page's brackets, the update with its word last: "2021年8月24日 19時05分 （8月25日 9時12分更新）".)
  // (A section's label may touch a date in words: "NewsTuesday 3 September 2024".)
  // (And a place of one word before the date, as Slovenian and Croatian sites set it: "Ljubljana, 14. 05.
  // 2025 ob 18:32".)
  line = line.replace(SECTION_ON_DATE, "").replace(PLACE_BEFORE_DATE, "").replace(/(?<=\p{Script=Hangul})(?=\d)/u, " ").replace(UPDATE_IN_BRACKETS, " | $1").replace(/\s*[（(]([^（）()]{2,30}?)\s?更新[）)]$/u, " | 更新 $1");
  // (A release's status with its date on the line: "For Immediate Release: July 2, 2025". Alone on its
  // line the status is read as a release's, over its date; see RELEASE_STATUS.)
  const release = /^for immediate release\s*[:–—-]\s*(.{6,40})$/iu.exec(line);
  const releaseDate = release ? findDate(release[1]!) : null;
  if (releaseDate && releaseDate.index === 0) return { published: releaseDate.date, updated: null, authors: [], outlet: null, rule: "published line", bareName: false };
  // (A blog theme's meta, the section and the writer after the date, the time's "pm" glued to "In": "On
  // March 9, 2025 10:42 pmIn News by Jane Roe".)
  const themeMeta = line.length <= 120 ? THEME_META.exec(line) : null;
  const themeDate = themeMeta ? findDate(themeMeta[1]!) : null;
  const themeName = themeMeta ? cleanByline(themeMeta[2]!) : null;
  if (themeDate && themeDate.index === 0 && themeName && splitNames(themeName).every(isPersonName)) return { published: themeDate.date, updated: null, authors: splitNames(themeName), outlet: null, rule: "date with byline", bareName: false };
  const numeric = line.length <= 20 ? shortNumericDate(line) : null;
  if (numeric) return { published: numeric, updated: null, authors: [], outlet: null, rule: "date line", bareName: false };
  // A stamp in brackets: "[January 24, 2018 - Example Times]".
  // (Or after the separator that stood between it and the name or outlet on the line above, as a
  // page dumped a node a line leaves it: "Example Observer" / "/ 08:15 PM December 28, 2023".)
  // (A middle dot between figures parts a date's figures, "12·02·19", not the stamp's parts.)
  const inner = nameOffDate((/^\[([^[\]]+)\]$/u.exec(line)?.[1] ?? line).replace(LEADING_SEPARATOR, "").replace(/(?<=\d)·(?=\d)/gu, ".").replace(KEYWORD_ON_TIME, "$1 ").replace(GLUED_UPDATE, " ").replace(GLUED_READING, " ").replace(GLUED_WRITER, " | ").replace(SPACED_COMMENT_COUNT, " | "));
  // (A date with its update run on, no separator between, is two parts: "Jan 3, 2023 Updated Jan 4,
  // 2023", "Aktualisiert am 04.01.2023 Veröffentlicht am 03.01.2023".)
  const parts = inner
    .split(PART_SEPARATOR)
    .flatMap((p) => p.split(KEYWORD_INSIDE))
    .flatMap((p) => p.split(HAN_PART_INSIDE))
    .flatMap((p) => p.split(READING_INSIDE))
    .flatMap((p) => p.split(NAME_THEN_KEYWORD))
    .map((p) => p.replace(ON_BEFORE_DATE, ""));
  // (Parted so, one part that is neither name nor date is allowed beside a labelled date, as beside
  // any date under the usual separators: "Jane Roe / WEN / Updated: Mar 7, 2024, 08:14 IST".)
  if (!LOOSE_SEPARATOR.test(inner)) return readParts(parts, 1) ?? metaAfterDate(inner);
  const loose = parts.flatMap((p) => p.split(LOOSE_SEPARATOR));
  // (A place may stand first when a time follows the date: "València - 14 nov 2022 - 07:45 CET".)
  const placed = loose.length >= 3 && loose.some((p) => TIME_ONLY.test(p));
  return readParts(parts, 1) ?? readParts(loose, placed || loose.some((p) => PUBLISHED.test(p) || UPDATED.test(p)) ? 1 : 0);
}

// What a blog's theme runs on after the post's date, its links' words run together: the site or the
// writer, the category, the count of comments ("April 2, 2025 Example Today News 0").
// (The count is needed: "May 4, 1970 Kent State Shootings Remembered" is a headline.)
const META_AFTER_DATE = /^(?:\p{Lu}[\p{L}'’.&-]*\s+){1,5}\d{1,5}$/u;

/** A line that opens with a whole date, the rest a few capitalised words and a count: a date line. */
function metaAfterDate(line: string): Stamp | null {
  // (The count last, the cheap test: most lines readStamp is asked of end otherwise.)
  // (Or the count with its word: "May 14, 2025 Example Editor 0 Comments".)
  line = line.replace(/(?<=\s\d{1,5})\s(?:comments?|responses?|replies)$/iu, "");
  if (line.length > 100 || !/\s\d{1,5}$/u.test(line)) return null;
  const found = findDate(line);
  if (!found || found.index !== 0 || !/\d{4}/u.test(line.slice(0, found.length))) return null;
  const rest = line.slice(found.length).trim();
  if (!META_AFTER_DATE.test(rest)) return null;
  return { published: found.date, updated: null, authors: [], outlet: null, rule: "date line", bareName: false };
}

// The word for "by" that Romanian, Portuguese, Spanish and Italian bylines share with "of" and "from",
// in small letters before a name in a stamp's part of its own: "de Andrei Mureșan", "da Ana Lima" (Italian's
// "di" is a BY_WORD).
export const SMALL_DE = /^(?:de|da)\s+(\p{Lu}.{2,60})$/u;

// A site's account, no person: "Site Admin", "Web Editor", "News Team".
const ACCOUNT_WORD = /\b(?:admin|administrator|user|webmaster|web ?editor|editor|staff|team|desk|newsroom)\b/iu;

// A writer's name run onto the stamp's keyword, no separator between: "Jane Roe Published May 3, 2024
// Updated about 6 hours ago". (Case-sensitive: a name's last letter in small, the keyword capitalised.)
const NAME_THEN_KEYWORD = /(?<=\p{Ll})\s+(?=(?:Published|Posted|Updated|Publicado|Publié|Publiée|Veröffentlicht|Pubblicato)\s)/u;

// A byline with its date in one part: "By Jane Roe, March 3, 2019", "By Jane Roe and John Doe:
// April 4, 2016", "By: Jane Roe on Friday Dec 29 2017 04:24". What may follow the date: a time.
// (Or the word for "by" in the archive's other languages: "Di Chiara Bellandi | 12/06/2024".)
// (A content system's "Submitted by Jane Roe on Mon, 02/05/2024 - 14:12" too.)
// (Or after a word for the piece: "Story by Jane Roe", "Words by …"; or in French, "Article rédigé
// par Jane Roe - Example Info".)
// (A club's report labels its writer so beside the date, "8th March 2025 | Report: Jane Roe": on a
// stamp's line only, since over a headline the word is the headline's, "Report: Fed Holds Rates".)
const BY = new RegExp(`^(?:(?:submitted |posted |written |published |story |words |text |reporting |article )?(?:${BY_WORD}):?|(?:article )?(?:rédigée?|écrite?) par|(?:${WRITER_LABEL}|(?:match )?report)\\s?:)\\s+(.+)$`, "iu");
const BEFORE_DATE = /(?:\s*[,:;|–—-]|\s+on)?(?:\s+(?:\p{L}{3,9}day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?)?\s*[,:;|–—-]?\s*$/iu;

/** A byline part that ends in its date: the date, and the name before it if it is a person's. */
function bylineWithDate(part: string): { date: string; name: string | null } | null {
  const by = BY.exec(part)?.[1];
  if (!by || !/\d/.test(by)) return null;
  const found = findDate(by);
  // (The time after its word for "at", in the archive's languages too: "à 18:42", "um 18:42".)
  const after = by.slice(found ? found.index + found.length : 0).trim().replace(/^(?:at|à|a las|alle|às|um|om|kl\.?)\s+/iu, "");
  if (!found || found.index === 0 || (after !== "" && !TIME_ONLY.test(after))) return null;
  const before = by.slice(0, found.index).replace(BEFORE_DATE, "");
  return { date: found.date, name: before ? cleanByline(before) : null };
}

// A blog's post meta: its date, then its writer ("May 20, 1996 by Jane Roe"). A theme that prints
// the date it was updated, hidden, before the date it was published shows both run together
// ("December 23, 2021May 20, 1996 by Jane Roe"): the second is the publication's.
const DATE_BY = /^(.{6,60}?\d)\s*,?\s+(?:by|By|BY):?\s+(\p{Lu}.{1,80})$/u;

function dateThenByline(part: string): { published: string; updated: string | null; names: string[] } | null {
  // (Asked of every part of every line that may be a stamp: most have no "by".)
  if (!part.includes(" by") && !part.includes(" By") && !part.includes(" BY")) return null;
  const m = DATE_BY.exec(part);
  if (!m) return null;
  const head = m[1]!;
  const first = findDate(head);
  if (!first || first.index !== 0) return null;
  const rest = head.slice(first.length);
  const second = rest ? findDate(rest) : null;
  if (rest && !(second && second.index === 0 && second.length === rest.length) && !TIME_ONLY.test(rest.replace(/^\s*(?:at|,)?\s*/u, ""))) return null;
  // (With the post's comment count after the name: "February 2, 2024 By Jane Roe 0 Comments".)
  const name = cleanByline(m[2]!.replace(/\s+\d+\s+(?:comments?|responses?|replies)$/iu, ""));
  const names = name ? splitNames(name) : [];
  if (names.length === 0 || !names.every(isPersonName)) return null;
  return second ? { published: second.date, updated: first.date, names } : { published: first.date, updated: null, names };
}

// The keywords of PUBLISHED and UPDATED in the languages that write the day first.
const DAY_FIRST_KEYWORDS = "publié|publiée|modifié|modifiée|publicado|publicada|veröffentlicht|publiziert|pubblicato|опубликовано|mis à jour|actualizado|aktualisiert|aggiornato|обновлено|gepubliceerd|bijgewerkt|atualizado|ultimo aggiornamento|son güncelleme|güncelleme|diperbarui|aktualizované|aktualizováno|posodobljeno";
const DAY_FIRST_KEYWORD = new RegExp(`^(?:${DAY_FIRST_KEYWORDS})`, "iu");
// An update's keyword a page ran onto the time before it, no space between: "November 6, 2025 7:42 AM
// GMT+1Updated 3 hours ago" (capitalised: a word's own letters are small).
// (And the keyword touching the time after it: "… 14 MAR 2025Updated11:05, 14 MAR 2025".)
/**
 * A writer's name run onto the date with no separator, as a page copies its byline's two elements:
 * "Inês Carvalho14 de Novembro de 2024, 7:30" -> "Inês Carvalho · 14 de Novembro de 2024, 7:30".
 */
const GLUED_NAME = /^\p{Lu}[^\d]{3,60}?\p{Ll}(?=\d)/u;

// ... or a Japanese writer's name run onto the year: "北村早紀2025年3月12日 18時30分" (see the head's
// cluster, which takes the name on a Japanese page).
export const HAN_NAME_ON_YEAR = /^(\p{Script=Han}{3,5})(?=\d{4}年)/u;

// A reading time run onto the year: "7 May 20255 min read".
const GLUED_READING = /(?<=\b(?:19|20)\d\d)(?=\d{1,2}\s?min(?:ute)?s?\.?\s+read\b)/gu;

function nameOffDate(line: string): string {
  const han = HAN_NAME_ON_YEAR.exec(line);
  if (han) return `${han[1]} · ${line.slice(han[1]!.length)}`;
  // (With "By" before the name: "By Ellie Carmichael7 May 2025".)
  const by = /^[Bb]y\s+/u.exec(line);
  if (by) {
    const off = nameOffDate(line.slice(by[0].length));
    return off === line.slice(by[0].length) ? line : `${by[0]}${off}`;
  }
  // (Only where the name's last letter touches the day's figures, "Carvalho14": with a space between,
  // the words before a date are a day's or an event's name as often, "Easter Sunday April 20, 2025".)
  const glued = line.length <= 120 ? GLUED_NAME.exec(line) : null;
  if (!glued) return line;
  const t = `${glued[0]} ${line.slice(glued[0].length)}`;
  const date = findDate(t);
  if (!date || date.index < 5) return line;
  const name = t.slice(0, date.index);
  if (/[·|•,;:/–—-]\s*$/u.test(name) || !isPersonName(name.trim()) || isOutlet(name.trim())) return line;
  return `${name.trim()} · ${t.slice(date.index)}`;
}

// A count of comments between the date and the writer, spaced off: "09 Sep, 2025 - 00:09  0 Comments  Jane Roe Bulawayo Bureau".
const SPACED_COMMENT_COUNT = /\s{2,}\d{1,5} comments?\s{2,}/giu;
// A writer's label or "By" run onto the date's year: "8th March 2025Report: Jane Roe", "8 March 2025By Jane Roe".
const GLUED_WRITER = /(?<=\b(?:19|20)\d\d)(?=(?:By|BY)\s+\p{Lu}|(?:Report|Author|Words|Text|Reporter|Writer)\s?:\s*\p{Lu})/gu;
const KEYWORD_ON_TIME = /(?<!\p{Ll})(Updated|Published|Posted)(?=\d)/gu;
const GLUED_UPDATE = /(?<=\d|[A-Z]{2})(?=(?:Updated|Published|Posted)(?![\p{L}\p{N}_]))/gu;
// (After a date, or a time with or without a comma: "Updated March 1 2025 - 9:15am, first published
// February 28 2025"; or a time's zone: "Oct 3, 2022, 5:45am PDT Updated Oct 4, 2022 …".)
const KEYWORD_INSIDE = new RegExp(
  `(?:(?<=\\d)|(?<=\\d\\s?[ap]\\.?m\\.?,?)|(?<=\\d,)|(?<=\\d\\s?(?:[ap]\\.?m\\.?)?\\s(?:[ECMP][SD]?T|UTC|GMT|BST|CES?T|IST|AE[SD]T|JST|KST|HKT|SGT|WIB)))\\s+(?=(?:updated|last updated|last update|published|first published|posted|${DAY_FIRST_KEYWORDS})(?![\\p{L}\\p{N}_]))`,
  "iu",
);
const SLASHED = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/u;
// A reading time, alone ("4 min read") or under its label ("Tiempo de lectura: 4 minutos"), which may
// follow the date with no separator: "25 JUN 2023 09:30 PM Tiempo de lectura: 4 minutos".
const READING_LABEL = "reading time|read time|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura|tempo de leitura|leestijd|czas czytania|doba čtení|okuma süresi|время чтения|lästid|lesetid|læsetid|lukuaika";
const READING_TIME = new RegExp(`^(?:\\d{1,3}\\s*min(?:ute)?s?\\.?(?:\\s*(?:to\\s+)?read)?|(?:${READING_LABEL})\\s*:?\\s*~?\\d{1,3}\\s*\\p{L}+\\.?)$`, "iu");
const READING_FIRST = new RegExp(`^(?:${READING_LABEL})\\s*:?\\s*~?\\d{1,3}\\s*min(?:\\.|utes?|uten|uter|utter)?\\.?\\s*(?=\\d)`, "iu");
const READING_INSIDE = new RegExp(`(?<=\\d|[ap]\\.?m\\.?)\\s+(?=(?:${READING_LABEL})\\s*:?\\s*~?\\d)`, "iu");
// "on" before a date, as a blog writes it: "on Wed, Mar 27, 2024 at 6:00 am".
const ON_BEFORE_DATE = /^on\s+(?=(?:\p{L}{3,9}\.?,?\s+)?(?:\d|\p{L}{3,9}\.?\s+\d))/iu;

/** Reads the parts of a stamp line, of which `unknowns` may be neither date, name nor newsroom. */
function readParts(parts: string[], unknowns: number): Stamp | null {
  const stamp: Stamp = { published: null, updated: null, authors: [], outlet: null, rule: "", bareName: false };
  const authors: string[] = [];
  // Names given as a byline's ("By Jane Roe", "… by Jane Roe"), not bare beside a date.
  let bylined = false;
  // A reading time ("3 min read") says the line is an article's meta, as a newsroom does.
  let meta = false;
  let unknown = 0;
  let leading = 0;
  const keyword = parts.some((p) => PUBLISHED.test(p) || UPDATED.test(p));
  for (const [i, part] of parts.entries()) {
    if (!part) continue;
    // A standfirst run into the byline: "... turning gun on himself Jane Roe · News · Posted: ...".
    // (Not a date in words that many, "dimarts, 4 de març de 2025, 12:31 · Actualitzat a les 18:10".)
    // (Nor a byline with its date, "By Jane Roe - March 3, 2025 at 18:42" / "Updated …".)
    if (i === 0 && keyword && parts.length > 1 && part.split(/\s+/).length > 6 && !PUBLISHED.test(part) && !UPDATED.test(part) && !isDateOnly(part) && !bylineWithDate(part)) {
      const tail = /\s\p{Ll}[\p{L}'’-]*\s((?:\p{Lu}[\p{L}.'’-]+\s?){2,3})$/u.exec(part)?.[1]?.trim();
      if (tail && isPersonName(tail)) authors.push(tail);
      continue;
    }
    const published = PUBLISHED.exec(part);
    const updated = published ? null : UPDATED.exec(part);
    if (published || updated) {
      const rest = (published ?? updated)![1]!;
      // (Under a French, Spanish, German, Italian or Russian keyword, 03/01/2023 is the 3rd of January.)
      // (Or a date of figures with a two-digit year: "עודכן: 04.03.25 | 14:05".)
      const date = parseDate(DAY_FIRST_KEYWORD.test(part) ? rest.replace(SLASHED, "$1.$2.$3") : rest) ?? (rest.length <= 20 ? shortNumericDate(rest) : null);
      // "Last Updated: February 10" (no year) says nothing we can store; the line is still a stamp.
      // (A keyword over a writer, not a date, is a part of its own: "December 1, 2015 · Posted by Jane
      // Roe, Library Director · Filed under: …".)
      if (!date) {
        // (A person's name: a site's or an account's, "Posted by Beacon", "Posted by Site Admin", is no writer.)
        const cleaned = published && /^by\s/iu.test(rest) ? cleanByline(rest.replace(/^by\s+/iu, "")) : null;
        const name = cleaned && !ACCOUNT_WORD.test(cleaned) && splitNames(cleaned).every(isPersonName) ? cleaned : null;
        if (name) authors.push(...splitNames(name));
        bylined ||= name !== null;
        continue;
      }
      if (published && !stamp.published) {
        stamp.published = date;
        stamp.rule ||= /^first published/i.test(part) ? "first published line" : "published line";
      } else if (updated && !stamp.updated) {
        stamp.updated = date;
        stamp.rule ||= "updated line";
      }
      // "Published April 3, 2020 by Jane Doe", "Posted by Jane Doe on April 3, 2020"
      const by = /\bby\s+(.+)$/iu.exec(rest);
      // (Past "on" and the weekday before the date: "Posted by Jane Roe on Tuesday, March 3, 2019".)
      const who = by ? by[1]!.slice(0, findDate(by[1]!)?.index ?? by[1]!.length).replace(BEFORE_DATE, "").replace(/\s+(?:on|at)\s*$|[\s,]+$/iu, "") : "";
      const name = who ? cleanByline(who) : null;
      const handle = by && !name ? postAuthorHandle(part, by[1]!) : null;
      // (Not a newsroom's desk signing for it: "Posted on March 5, 2021 by Example Wire Desk".)
      if (name) authors.push(...splitNames(name).filter((n) => !DESK_SIGNATURE.test(n)));
      else if (handle) authors.push(handle);
      bylined ||= name !== null || handle !== null;
      continue;
    }
    const posted = dateThenByline(part);
    if (posted) {
      stamp.published ??= posted.published;
      stamp.updated ??= posted.updated;
      stamp.rule ||= "date with byline";
      authors.push(...posted.names);
      bylined = true;
      continue;
    }
    if (READING_TIME.test(part)) {
      meta = true;
      continue;
    }
    // A blog theme's meta line: the date, the writer's name and the comments' count, "June 7, 2021
    // Jane Roe 14 Comments" (or the name first).
    const themed = dateThenName(part);
    if (themed) {
      stamp.published ??= themed.date;
      stamp.rule ||= "date with byline";
      authors.push(themed.name);
      bylined = true;
      continue;
    }
    // (Or a part that is a short date in figures alone: "Zaragoza | 12.02.19 | 13:47".)
    const date = leadingDate(part) ?? (part.length <= 10 ? shortNumericDate(part) : null);
    if (date) {
      stamp.published ??= date;
      stamp.rule ||= "date line";
      continue;
    }
    if (TIME_ONLY.test(part)) continue;
    const dated = bylineWithDate(part);
    if (dated) {
      stamp.published ??= dated.date;
      stamp.rule ||= "byline with date";
      if (dated.name) authors.push(...splitNames(dated.name));
      bylined ||= dated.name !== null;
      continue;
    }
    // (A part alone can be dated from here on only as a name and a date after a comma, NAME_COMMA_DATE:
    // the other tests below name a writer or an outlet, and a stamp needs its date. Most lines asked
    // about are a story's sentences with a figure in them, and the name tests cost the most.)
    if (parts.length === 1 && !NAME_COMMA_DATE.test(part)) return null;
    const by = BY.exec(part);
    const de = by ? null : SMALL_DE.exec(part);
    const byName = by ? cleanByline(by[1]!) : de ? cleanByline(de[1]!) : null;
    // (After the small "de" or "da", a person's name only, no place's: "de Andrei Mureșan | 21 iunie 2023",
    // not "de São Paulo | 21 junho 2023"; after any, no site's account: "By Site Admin".)
    if (byName && ACCOUNT_WORD.test(byName)) continue;
    if (byName && (by || (splitNames(byName).every(isPersonName) && !PLACE_FIRST.test(byName)))) {
      authors.push(...splitNames(byName));
      bylined = true;
      continue;
    }
    // (A Korean reporter with the job after the name, as a feed reader sets the item's meta: "경남일보 /
    // 김민수 기자 / 2025. 4. 7. 오후 2:31".)
    const hangul = part.length <= 40 ? HANGUL_PART.exec(part) : null;
    const reporters = hangul ? hangulNames(hangul[1]!) : null;
    if (reporters) {
      authors.push(...reporters);
      bylined = true;
      continue;
    }
    // (Or a Chinese one with the job as a label: "撰文：陳嘉欣 | 出版：2025-04-22 16:05".)
    // (Not a paper or a site named so: "作者：人民日报".)
    const han = part.length <= 40 ? HAN_LABELLED_BYLINE.exec(part) : null;
    const hanNames = han ? han[1]!.split(/[、，, ]+/u) : null;
    if (hanNames && hanNames.every((n) => !HAN_OUTLET_END.test(n))) {
      authors.push(...hanNames);
      bylined = true;
      continue;
    }
    // (A correspondent's, from where they wrote: "November 18, 2020 | From Jane Roe, Onitsha | 5
    // Comments", as Nigerian papers credit them.)
    const from = correspondent(part, true);
    if (from) {
      authors.push(from);
      bylined = true;
      continue;
    }
    // (A site's address is its newsroom here: "news.example.com / By Jane Roe / 26 December 2017".)
    if (isOutlet(part) || WEB_ADDRESS.test(part)) {
      stamp.outlet ??= part;
      continue;
    }
    const names = splitNames(part);
    if (names.length > 0 && names.every(isPersonName)) {
      authors.push(...names);
      continue;
    }
    // (A name with its bureau after it: "Jane Roe Bulawayo Bureau".)
    const bureau = / bureau$/iu.test(part) ? nameWithRole(part) : null;
    if (bureau) {
      authors.push(bureau);
      bylined = true;
      continue;
    }
    // A name and the date after a comma in one part: "Мария Гусева, 12.04.2024 15:40". (The date
    // only: a place reads as a name there as often, "Kuala Lumpur, 3 March 2025".)
    const comma = NAME_COMMA_DATE.exec(part);
    const commaDate = comma && isPersonName(comma[1]!) ? leadingDate(comma[2]!) : null;
    if (commaDate && isDateOnly(comma![2]!)) {
      stamp.published ??= commaDate;
      stamp.rule ||= "date line";
      continue;
    }
    if (isRole(part)) continue;
    // The piece's source and its count of readers: "Źródło: PAP", "Zdroj: ČTK", "Čteno: 2 381×".
    if (SOURCE_PART.test(part)) {
      stamp.outlet ??= part.replace(/^[^:：]+[:：]\s*/u, "");
      continue;
    }
    if (COUNTER_PART.test(part) || BUTTONS_PART.test(part)) continue;
    // (A section and a place before the date, a word or two each, as a path: "Fréttir | Akureyri |
    // 14.9.2020 | 11:32"; or one word of a script without capitals, a paper's name: "경남일보 / 김민수 기자 / …".)
    // (Or a feed's source, the site and its section parted by a dash: "TP — World News / by Jane Roe / …".)
    if (!stamp.published && !stamp.updated && i === 0 && i < parts.length - 1 && part.length <= 50 && /^\p{Lu}[\p{L}\p{N}.&'’]*(?: [\p{L}\p{N}.&'’]+){0,3} [—–] \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}$/u.test(part)) {
      stamp.outlet ??= part;
      continue;
    }
    if (!stamp.published && !stamp.updated && leading < 2 && i < parts.length - 1 && /^(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}?[\p{L}'’-]+)?|\p{Lo}{2,12})$/u.test(part)) {
      leading++;
      continue;
    }
    // A place, a page number, a clipping note: one such part is fine, prose is not.
    if (++unknown > unknowns || part.split(/\s+/).length > 6) return null;
  }
  if (!stamp.published && !stamp.updated) return null;
  // A bare name beside a bare date may be a place ("New York, New York • Wed, Feb 15, 1832"); it
  // is an author only beside a newsroom or a Published/Posted keyword.
  // (Or a name of two to four words, no comma, as German and Russian pages set the writer beside the
  // date: "27.08.2024 | Jane Roe", "03.02.2025 11:15 · Анна Иванова"; see bareName.)
  const named = bylined || meta || stamp.outlet !== null || stamp.rule !== "date line" || authors.length === 0;
  stamp.bareName = !named && authors.length === 1 && PLAIN_NAME.test(authors[0]!);
  stamp.authors = named || stamp.bareName ? authors : [];
  return stamp;
}

/** What ends a Chinese outlet's name, no person's: a paper, a site, an agency, a station. */
const HAN_OUTLET_END = /(?:报|報|网|網|社|台|新闻|新聞|电视|電視|频道|頻道|中心)$/u;

const THEME_META = /^On (\p{L}{3,9}\.? \d{1,2},? \d{4}(?:,? (?:at )?\d{1,2}:\d{2}\s?[ap]\.?m\.?)?)\s*In [\p{L}&' -]{2,30}? by (\p{Lu}[\p{L}'’. -]{2,60})$/u;

const HANGUL_PART = new RegExp(`^${HANGUL_REPORTERS}$`, "u");

const DESK_SIGNATURE = /\b(?:desk|staff|team|newsroom)$/iu;

const COMMENT_COUNT = /\s+(?:\d{1,5}|no|one) comments?$/iu;

/** A date and a person's name, either first, then a count of comments, and nothing else: "June 7,
 *  2021 Jane Roe 14 Comments", "Jane Roe April 9, 2018 6 Comments". */
function dateThenName(part: string): { date: string; name: string } | null {
  if (!COMMENT_COUNT.test(part)) return null;
  const rest = part.replace(COMMENT_COUNT, "");
  const found = findDate(rest);
  if (!found || (rest.slice(found.index + found.length).trim() !== "" && found.index !== 0)) return null;
  // (Only the joins go: a name keeps its hyphen, "Mary-Jane Roe".)
  const name = `${rest.slice(0, found.index).replace(/[\s,|·•-]+$/u, "")} ${rest.slice(found.index + found.length).replace(/^[\s,|·•-]+/u, "")}`.trim();
  return PLAIN_NAME.test(name) && isPersonName(name) ? { date: found.date, name } : null;
}

const NAME_COMMA_DATE = /^([^,\d]{4,50}),\s*((?:\d|\p{L}{3,9}\.? \d).{5,40})$/u;
const PLAIN_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3}$/u;

/** Whether a whole line is a date and nothing else of substance ("Oct 12, 2022 10:45 AM"). */
export function isDateLine(line: string): boolean {
  return line.length <= 80 && leadingDate(line) !== null;
}

/** A date inside a stamp-like trailer: "UPDATE (11/12/2014): The Oregonian reported ...". */
export function updateNoteDate(paragraph: string): string | null {
  const m = /^(?:update[d]?|correction|editor'?s note)\s*\(([^()]{6,40})\)\s*:/iu.exec(paragraph);
  if (!m) return null;
  return findDate(m[1]!)?.date ?? null;
}
