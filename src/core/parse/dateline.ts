// Datelines: the place (and sometimes date and agency) that opens a story's first paragraph.
//   "Caracas, February 6, 2017 – ...", "LONDON, England (CNN) -- ...", "(CNN) -- ...",
//   "Washington (CNN)Hillary ...", "PARIS | ...", "Wien – ...", "【6月18日 AFP】..."
import { HANGUL_REPORTERS, hangulNames } from "./byline.js";
import { DATE_PREPOSITION, WEEKDAY, findDate, leadingDayMonth } from "./dates.js";
import { escapeRegExp } from "./lines.js";
import { HIRAGANA } from "./shapes.js";

export interface Dateline {
  place: string | null;
  date: string | null;
  agency: string | null;
  /** Characters of the paragraph the dateline takes up, including the dash after it. */
  length: number;
  /** The reporters a dateline names: Chinese ("（中央社記者林怡君台中3日電）"), Korean ("(부산=연합뉴스)
   *  김민준 기자 ="), Bulgarian ("Пловдив, 22 май /Jane Roe, БТА/."). */
  author?: string;
}

const PLACE_WORD = "[\\p{Lu}][\\p{L}\\p{M}.'’-]*";
// One to four capitalised words ("New York", "Rio de Janeiro" allows a few lowercase joiners),
// optionally ", Region" ("LONDON, England", "Antrim, Northern Ireland"), or two ("CITY OF SAN FERNANDO, Pampanga, Philippines").
const PLACE = `${PLACE_WORD}(?:[ /](?:de|del|da|do|di|la|le|el|al|on|upon|am|im|sur|en|of|y|and)?\\s?${PLACE_WORD}){0,3}(?:,\\s*${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2}){0,2}`;
const DASH = "(?:---?|—|–|-|:|\\|)";
const STARTS_SENTENCE = "(?=[\\p{Lu}\\p{N}\"“‘'«„¿¡(\\[])";

// (Some outlets set dashes on both sides of the agency: "Louisville, KY --(Example.com)- The …".
// pandoc writes an em dash as three hyphens: "CEBU CITY --- Hundreds …".)
// (Spanish agencies close with a stop before the dash: "Madrid (EFE).- El …".)
const AGENCY_FORM = new RegExp(`^(?:(${PLACE})[ ,]*(?:[-–—]{1,3}[ \\t]*)?)?\\(([^()\\n]{1,40})\\)\\.?[ \\t]*(${DASH})?[ \\t]*`, "u");
// A place, the day, the agency in capitals, parted by stops, as wires of the former Soviet Union
// set them: "Алматы. 17 апреля. КАЗИНФОРМ — …", "Астана. 3 марта. ПРЕСС-СЛУЖБА —".
const PLACE_DAY_AGENCY_FORM = /^(\p{Lu}[\p{Ll}-]+(?: \p{Lu}[\p{Ll}-]+)?)\.\s+(\d{1,2}\s+\p{Ll}+)\.\s+(\p{Lu}[\p{Lu}\s-]{1,30}?)\s*[—–-]\s+/u;
const PLACE_DATE_FORM = new RegExp(`^(${PLACE}),\\s*`, "u");
const SLASHED_FORM = new RegExp(`^(${PLACE})\\s+\\/\\s+(?:(\\p{Lu}[\\p{Lu}\\p{Ll} ]{2,20}?)\\s+\\/\\s+)?`, "u");
const PLACE_DAY_BRACKETED_FORM = new RegExp(`^(${PLACE})\\s+(\\d{1,2}\\.\\s?\\p{L}{3,12})\\s*\\(([^()\\n]{1,20})\\)\\s*[-–—]\\s*${STARTS_SENTENCE}`, "u");
// A day named, not a place: "Monday", "Last Friday", "This Monday" ("Last Friday, March 5 – …").
const NOT_A_DAY_PLACE = new RegExp(`^(?:(?:last|this|next|on|every|early|late)\\s+)?(?:${WEEKDAY})$|^(?:last|this|next|on|every)\\s`, "iu");
// The words for today and yesterday, which may open a sentence as a place opens a dateline: "Hoy, 5 de marzo de 2025. …".
const TODAY_WORD = /^(?:today|yesterday|hoy|ayer|aujourd'hui|hier|heute|gestern|oggi|ieri|hoje|ontem|vandaag|gisteren|dziś|dzisiaj|wczoraj|сегодня|вчера|idag|igår|i dag|i går)$/iu;
const WEEKDAY_AFTER = new RegExp(`^\\.?,\\s*(?:${WEEKDAY})(?=\\s*[(/,–—-])`, "iu");
// What follows the date: a time ("/ 04:26 am"), the agency in brackets, a dash (after a stop, ".-").
// (Or the agency between slashes, as Agerpres sets it: "Cluj-Napoca, 21 mai /Agerpres/ - …"; or its
// initials after a comma, as the Ghana News Agency sets them: "Accra, Feb. 3, GNA – …".)
const AFTER_DATE = new RegExp(
  `^(?:\\s*[/,]?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?[ \\t]*(?:\\(([^()\\n]{0,40}?)\\)?|/([^/\\n]{2,20})/|,[ \\t]*(\\p{Lu}{2,6}))?\\.?[ \\t]*${DASH}[ \\t]*${STARTS_SENTENCE}`,
  "u",
);

// Days' names and words a sentence opens on, in Russian, Ukrainian and Bulgarian.
const NOT_A_CYRILLIC_PLACE = /^(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|п['’]ятниця|субота|неділя|понеделник|сряда|четвъртък|петък|събота|неделя|вчера|сегодня|завтра|итак|напомним|впрочем|кстати|однако|учора|сьогодні|вчера|днес|утре|тогда|теперь|сейчас|потом)$/iu;
const AGENCY_SLASHES = /^\s?\/(\p{Lu}{2,8})\/\.?\s+(?=\p{Lu})/u;
const SIGNED_SLASHES = /^\s?\/([\p{Lu}][\p{L}'’ .-]{2,40}),\s?(\p{Lu}{2,8})\/\.?\s+(?=\p{Lu})/u;

const AGENCY_STOP = /^[ \t]*\((\p{Lu}[\p{Lu} ]{1,15})\)\.[ \t]+(?=\p{Lu})/u;
const AGENCY_NO_DASH = /^[ \t]*\((\p{Lu}{2,6})\)[ \t]+(?=\p{Lu}\p{Ll})/u;

const WIRE_AFTER_DATE = new RegExp(`^(?:\\.\\s*/([^/\\n]{2,20})/\\.?|\\.?\\s*[—–-]\\s*(\\p{Lu}[^.\\n]{1,30}?)\\.|\\.)[ \\t]+${STARTS_SENTENCE}`, "u");

// The agency first, then the place and its day, as ANSA sets it: "(ANSA) - NAPOLI, 05 GIU - Una …".
const AGENCY_FIRST_FORM = new RegExp(`^\\(([^()\\n]{1,20})\\)\\s*[-–—]\\s*(${PLACE}),\\s*\\d{1,2}\\s+\\p{L}{3,12}\\.?(?:\\s+\\d{4})?\\s*[-–—]\\s*${STARTS_SENTENCE}`, "u");
// A place and a stop and a dash, as Spanish and Latin American papers set it, perhaps after their
// agency's initials: "MENDOZA.- La …", "Monterrey, NL.- La …", "ACN Figueres.-L'Ajuntament …".
const STOP_DASH_FORM = new RegExp(`^(?:(\\p{Lu}{2,6})\\s+)?(${PLACE})\\.[-–—][ \\t]*(?=[\\p{Lu}\\p{N}"“‘'«¿¡(\\[])`, "u");
// (The site's name in any case: "SURABAYA, Example24Jam.com - …", "JAKARTA, example.id - …".)
const SITE_ADDRESS_FORM = new RegExp(`^(\\p{Lu}{2}[\\p{Lu}.'’-]*(?: \\p{Lu}[\\p{Lu}.'’-]*){0,2}),\\s*[\\p{L}\\d-]{3,30}(?:\\.[\\p{Ll}]{2,6}){1,2}[ \\t]+(?:---?|—|–|-)[ \\t]+${STARTS_SENTENCE}`, "u");
const DASH_FORM = new RegExp(`^(${PLACE})[ \\t]+(?:---?|—|–|\\|)[ \\t]+${STARTS_SENTENCE}`, "u");
/** A place in a script without capitals (Arabic, Hebrew, Chinese, ...), one to four words, before an agency and a dash. */
// (Words of at most 30 letters with a separator between each: a run the pattern could split in
// many ways, tried on a megabyte of Chinese, would backtrack for hours.)
const CASELESS_WORD = "[\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Han}\\p{Script=Thai}\\p{Script=Khmer}\\p{Script=Devanagari}\\p{M}]{1,30}";
// A place in a script without capitals, a comma and the day: "जयपुर, 12 अगस्त। …", "القاهرة، 12 أغسطس - …".
const CASELESS_PLACE_DATE_FORM = new RegExp(`^(${CASELESS_WORD}(?:\\s${CASELESS_WORD}){0,2})[,،]\\s*`, "u");
const CASELESS_AGENCY_FORM = new RegExp(`^(${CASELESS_WORD}(?:(?:[،,]\\s?|\\s)${CASELESS_WORD}){0,3})\\s*\\(([^()\\n]{1,40})\\)[ \\t]*(?:---?|—|–)[ \\t]*`, "u");
const JAPANESE_PLACE_FORM = /^【(\p{Script=Han}[\p{Script=Han}\p{Script=Katakana}・]{0,7})】\s*/u;
// ... or the place and a Japanese wire's name: "【札幌共同】", "【ワシントン時事】".
const JAPANESE_WIRE_FORM = /^【([\p{Script=Han}\p{Script=Katakana}][\p{Script=Han}\p{Script=Katakana}・ー]{0,9}?)(共同|時事)】\s*/u;
// Labels a Japanese page sets in the same brackets: "【速報】", "【独自】", "【動画】", "【写真】".
const JAPANESE_LABEL = /^(?:速報|独自|動画|写真|解説|詳報|特集|社説|号外|追記|更新|続報|訂正|図解|連載|寄稿|主張|論説|評論|随時更新|ニュース|インタビュー|コラム)$/u;
const FRENCH_WORDS = /(?<![\p{L}])(?:le|la|les|des|du|une|est|et|dans|pour|sur|qui)(?![\p{L}])/giu;
const PARENTHESISED_NOT_PLACE = /^(?:Reuters|Xinhua|Bloomberg|Europa Press|Efe|Ansa|Belga|Keystone|Editorial|Éditorial|Opinion|Analyse|Analysis|Chronique|Commentaire|Lettre|Lettres|Mise à jour|Update|Photos?|Vidéo|Video|Audio|Podcast|Exclusif|Exclusive)$/iu;
const PARENTHESISED_PLACE = /^\((\p{Lu}[\p{Ll}'’.-]+(?:[ -]\p{Lu}[\p{Ll}'’.-]+){0,2})\)\s+(?=["«“]?\p{Lu}\p{Ll})/u;
const BRACKET_FORM = /^【([^】]{0,20}?)\s*([A-Z][A-Za-z]{1,12})】\s*/u;
// A Chinese agency's dateline: the agency, the place, the day, and 电 (cabled): "新华社巴黎12月10日电"
// (an outlet's own, "中新网12月4日电", names no place).
// (Or any agency by its name's closing 社, "华讯社济南3月6日电"; or the paper itself, "本报杭州3月5日电".)
// ... or, in brackets, the outlet, its reporters after 記者 (three characters a name, as most are)
// and the place: "（中央社記者林怡君台中3日電）", "（記者王小明、李大華／台北報導）".
// (Or in the tortoise-shell brackets a Taiwanese paper sets it in: "〔記者林俊宏／高雄報導〕".)
const HAN_REPORTER_FORM = /^[（(〔［\[](?:\p{Script=Han}{2,8}?)?[記记]者((?:\p{Script=Han}{2,3}、)*\p{Script=Han}{3})(?:[／/])?(\p{Script=Han}{2,6}?)(?:\d{1,2}日[專专]?[電电]|報導|报道)[）)〕］\]]\s*/u;
// A Korean agency's dateline: the place and the agency in brackets, then the reporters with their
// job and an equals sign, "(부산=연합뉴스) 김민준 기자 = …", "【서울=뉴시스】홍길동 이순신 기자 =",
// "(워싱턴=연합뉴스) 홍길동 특파원 =".
// (Or in square brackets, as smaller Korean outlets set it: "[부산=한빛뉴스] 김민준 기자 = …".)
const HANGUL_AGENCY_FORM = new RegExp(String.raw`^[(【[]\s?(\p{Script=Hangul}{1,10})\s?=\s?([^()【】[\]=\n]{1,20}?)\s?[)】\]]\s*(?:${HANGUL_REPORTERS}\s?)?=\s*`, "u");
const HAN_AGENCY_FORM = /^(新华社|中新社|中央社|法新社|路透社|美联社|共同社|塔斯社|韩联社|本报|本報|\p{Script=Han}{1,3}社)(\p{Script=Han}{2,8}?)\s?(?:\d{1,2}月)?\d{1,2}日电\s*/u;
// "EDMONTON—After two ...": an all-capitals place may touch its dash; or, with its region, a hyphen
// between spaces may stand for the dash, "PEMBROKE, Ont. - Ontario Provincial Police …" (not a
// headline's "EXAMPLE - The Title").
const CAPS_WORD = "\\p{Lu}[\\p{Lu}.'’-]+";
const CAPS_FORM = new RegExp(
  `^(${CAPS_WORD}(?:[ /]${CAPS_WORD}){0,3}(?:,\\s*${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2})?)(?:[ \\t]*(?:---?|—|–)|(?<=\\p{Ll}\\.?) -)[ \\t]*${STARTS_SENTENCE}`,
  "u",
);
const CAPS_STOP_FORM = /^(\p{Lu}{3,}(?:-\p{Lu}{2,})?)\.[ \t]+(?=\p{Lu}\p{Ll})/u;
// Capitalised kickers that open a paragraph the way a place does.
// (And interface words, as in "Expand | Collapse (Photo: ...)".)
const NOT_PLACES = /^(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LISTEN|VIDEO|PHOTOS?|OPINION|ANALYSIS|CORRECTION|NOTE|EDITOR'?S NOTE|LIVE|REVIEW|INTERVIEW|STANDARD|Q|A|Expand|Collapse|Share|Menu|Home|Search|Close|Next|Previous|Print|E-?mail|Advertisement)$/iu;
// A dateline after the lead sentence, as in single-line wire texts: "Lead sentence. Wien – Die …".
const AFTER_LEAD = new RegExp(`[.!?…"“”»]\\s+(${PLACE})[ \\t]+(?:---?|—|–)[ \\t]+${STARTS_SENTENCE}`, "u");

// The wire agencies whose names papers write in small letters ("Hamburg (dpa) - …", "Wien (apa) -"),
// with a co-author's after a slash ("dpa/lno", "AFP/dpa").
const WIRE_AGENCY = /^(?:dpa|apa|sda|ats|kna|epd|afp|ap|sid|ddp|dapd|ots|tt|ntb|anp|belga|efe|ansa|lusa|čtk|ctk|pap|mti|hina|tanjug|bta|agerpres|kyodo|yonhap|aap|pti|ians|ani|sapa|kna|idpa|antara|bernama)(?:\/[\p{L}-]{2,12}){0,2}$/iu;

/** An agency in brackets: "CNN", "AP", "EW.com", "CNN Student News"; not "Reuters reported" or a year. */
function looksLikeAgency(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 30) return false;
  if (WIRE_AGENCY.test(t)) return true;
  if (/^[\p{Lu}][\p{L}\p{N}.&' -]*$/u.test(t) && t.split(/\s+/).length <= 4) {
    // Ordinary capitalised words in brackets ("(Updated)") are not agencies; acronyms and domains are.
    // (Or a newsroom's name with the word for news or agency in the archive's languages: "Gündem Haber",
    // "Agencia Andina", "Nova Notícias".)
    return /[A-Z]{2}/.test(t) || /\.(?:com|net|org|co\.uk)$/i.test(t) || /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(t) && /reuters|press|news|agence|associated|bloomberg|xinhua|afp|efe|dpa|ansa|itar|tass|interfax|haber|ajans|agencia|agência|agentur|agenzia|noticias|notícias|nachrichten|notizie|nieuws|novosti|новости|wiadomości|zprávy|správy|hírek|uutiset|nyheter|nyheder|berita/iu.test(t);
  }
  return /\.(?:com|net|org)$/i.test(t);
}

/** "Mental Floss", "The Frisky", "InStyle": a few capitalised words. */
function isSourceName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)) && !/\d/.test(s);
}

/** Reads a dateline at the start of a paragraph, or returns null. */
export function readDateline(paragraph: string): Dateline | null {
  const text = paragraph.replace(/^\s+/, "");
  const lead = paragraph.length - text.length;

  // (A Japanese regional paper's place alone in the brackets: "【松本】松本市は10日、…".)
  const wire = text.startsWith("【") ? JAPANESE_WIRE_FORM.exec(text) : null;
  // (In Japanese: 共同 is also Chinese for "joint", "【中日共同】两国…".)
  if (wire && HIRAGANA.test(text.slice(0, 120))) return { place: wire[1]!, date: null, agency: wire[2]!, length: lead + wire[0].length };
  const placed = text.startsWith("【") ? JAPANESE_PLACE_FORM.exec(text) : null;
  if (placed && !JAPANESE_LABEL.test(placed[1]!) && HIRAGANA.test(text.slice(0, 120))) return { place: placed[1]!, date: null, agency: null, length: lead + placed[0].length };
  const bracket = BRACKET_FORM.exec(text);
  if (bracket) return { place: null, date: null, agency: bracket[2]!, length: lead + bracket[0].length };
  // (Quebec's papers set the place alone in brackets, in small letters, before the story:
  // "(Québec) La ministre …", "(Trois-Rivières) Les …". Not an agency's or an outlet's capitals, "(CNN)".)
  const parenthesised = text.startsWith("(") ? PARENTHESISED_PLACE.exec(text) : null;
  // (In French only, and not an agency's or a label's name: "(Reuters) Oil prices …", "(Editorial) …".)
  if (parenthesised && /\p{Ll}/u.test(parenthesised[1]!) && isPlausiblePlace(parenthesised[1]!) && !NOT_PLACES.test(parenthesised[1]!) && !PARENTHESISED_NOT_PLACE.test(parenthesised[1]!) && (text.slice(parenthesised[0].length, parenthesised[0].length + 160).match(FRENCH_WORDS)?.length ?? 0) >= 2) return { place: parenthesised[1]!, date: null, agency: null, length: lead + parenthesised[0].length };
  const han = text.charCodeAt(0) > 0x2e7f ? HAN_AGENCY_FORM.exec(text) : null;
  if (han) return { place: han[2]!, date: null, agency: han[1]!, length: lead + han[0].length };
  const hangul = text.startsWith("(") || text.startsWith("【") || text.startsWith("[") ? HANGUL_AGENCY_FORM.exec(text) : null;
  if (hangul) {
    const names = hangul[3] ? hangulNames(hangul[3]) : null;
    return { place: hangul[1]!, date: null, agency: hangul[2]!.trim(), length: lead + hangul[0].length, ...(names ? { author: names.join(", ") } : {}) };
  }
  const reporters = /^[（(〔［[]/u.test(text) ? HAN_REPORTER_FORM.exec(text) : null;
  if (reporters) return { place: reporters[2]!, date: null, agency: null, length: lead + reporters[0].length, author: reporters[1]!.replaceAll("、", ", ") };

  const stopped = text.charCodeAt(0) >= 0x400 || /^\p{Lu}\p{Ll}+\. \d/u.test(text) ? PLACE_DAY_AGENCY_FORM.exec(text) : null;
  if (stopped && leadingDayMonth(stopped[2]!) > 0) return { place: stopped[1]!, date: null, agency: stopped[3]!.trim(), length: lead + stopped[0].length };

  const caselessPlace = text.charCodeAt(0) > 0x5ff ? CASELESS_PLACE_DATE_FORM.exec(text) : null;
  if (caselessPlace) {
    const rest = text.slice(caselessPlace[0].length);
    const day = leadingDayMonth(rest);
    const after = day > 0 ? /^\s*[।:.\-–—]\s*/u.exec(rest.slice(day)) : null;
    if (after) return { place: caselessPlace[1]!, date: null, agency: null, length: lead + caselessPlace[0].length + day + after[0].length };
  }
  const placeDate = PLACE_DATE_FORM.exec(text);
  if (placeDate) {
    // (The date may have its article: "Paris, le 3 janvier 2023 – …", "Madrid, el 3 de enero …".)
    const article = DATE_PREPOSITION.exec(text.slice(placeDate[0].length))?.[0].length ?? 0;
    const rest = text.slice(placeDate[0].length + article);
    const found = findDate(rest.slice(0, 60));
    const dated = found && found.index === 0 ? found : null;
    // (Or a day and month without the year, as wire copy dates it: "WASHINGTON, Jan. 24 (Reuters) -".)
    // (Or the day alone before the agency, as Europa Press dates it: "BARCELONA, 3 (EUROPA PRESS) -".)
    const dateLength = dated ? dated.length : leadingDayMonth(rest) || (/^\d{1,2}(?= \()/u.exec(rest)?.[0].length ?? 0);
    if (dateLength > 0) {
      // (The weekday after the date, as Hungarian wire copy writes it: "Szeged, 2025. március 6.,
      // csütörtök (MTI) – …".)
      const weekday = dated ? (WEEKDAY_AFTER.exec(rest.slice(dateLength))?.[0].length ?? 0) : 0;
      // (Or, after a full date, an agency's letters in brackets and the story with no dash between, as
      // the News Agency of Nigeria sets it: "Abuja, Feb. 2, 2024 (NAN) The Federal Government …".)
      const afterDate = rest.slice(dateLength + weekday);
      // (Or the agency's name in capitals in brackets and a full stop, as Peru's Andina sets it:
      // "Arequipa, ene. 29 (ANDINA). La Municipalidad …".)
      const after = AFTER_DATE.exec(afterDate) ?? (dated ? AGENCY_NO_DASH.exec(afterDate) : null) ?? AGENCY_STOP.exec(afterDate);
      // (Without a year the agency must be there, unless a dash proper follows: see below.)
      if (after && (dated || after[1] || after[2] || after[3])) {
        const agency = (after[1] ?? after[2] ?? after[3])?.trim() || null;
        const used = placeDate[0].length + article + dateLength + weekday + after[0].length;
        // (A day's name in the place's stead dates the story and places it nowhere: "THURSDAY, March 6,
        // 2025 (Example News) -- …", as a health wire opens.)
        const dayName = NOT_A_DAY_PLACE.test(placeDate[1]!.trim());
        return { place: dayName ? null : cleanPlace(placeDate[1]!), date: dated?.date ?? null, agency, length: lead + used };
      }
      // The reporter and the agency between slashes, closed by a full stop, as BTA sets them:
      // "Пловдив, 22 май /Jane Roe, БТА/. В началото …".
      const signed = afterDate.startsWith(" /") || afterDate.startsWith("/") ? SIGNED_SLASHES.exec(afterDate) : null;
      if (signed) {
        const used = placeDate[0].length + article + dateLength + weekday + signed[0].length;
        return { place: cleanPlace(placeDate[1]!), date: dated?.date ?? null, agency: signed[2]!, length: lead + used, author: signed[1]!.trim() };
      }
      // (Or the agency's letters alone between them, a stop after them or none: "Пловдив, 11 ноември /БТА/. Първите …".)
      const slashed = afterDate.startsWith(" /") || afterDate.startsWith("/") ? AGENCY_SLASHES.exec(afterDate) : null;
      if (slashed) {
        const used = placeDate[0].length + article + dateLength + weekday + slashed[0].length;
        return { place: cleanPlace(placeDate[1]!), date: dated?.date ?? null, agency: slashed[1]!, length: lead + used };
      }
      // A wire's place in capitals and its day closed by a full stop, the agency after it or none:
      // "МОСКВА, 3 января. …", "МОСКВА, 3 января — РИА Новости. …", "MOSCOW, January 3. /TASS/. …".
      const main = placeDate[1]!.split(",")[0]!;
      const capitals = /\p{Lu}{2}/u.test(main) && main === main.toUpperCase();
      // (The month's own stop may be the date's end: "3 янв." / "January 3.")
      const stopped = rest[dateLength - 1] === "." ? 1 : 0;
      // (In title case too in Cyrillic, as regional agencies set it: "Пермь, 25 сентября. Открытие …": a
      // place of one word, no day's name nor a word a sentence opens on, "Суббота, 25 сентября.", "Вчера, …".)
      const cyrillicWire = !capitals && /^\p{Script=Cyrillic}[\p{Script=Cyrillic}-]+$/u.test(main) && /^\p{Lu}/u.test(main) && isPlausiblePlace(main) && !NOT_A_CYRILLIC_PLACE.test(main);
      // (Or in title case in any script with a full date, its year too, closed by a full stop, as
      // regional papers open a story: "Bucaramanga, 5 de marzo de 2025. El Concejo …"; not a day's name.)
      const datedWire = !capitals && !cyrillicWire && dated !== null && /^\d{4}-\d\d-\d\d$/u.test(dated.date) && /\d{4}\.?$/u.test(rest.slice(0, dateLength)) && isPlausiblePlace(main) && !NOT_A_DAY_PLACE.test(main) && !NOT_PLACES.test(main) && !TODAY_WORD.test(main);
      const wire = capitals || cyrillicWire || datedWire ? WIRE_AFTER_DATE.exec(rest.slice(dateLength - stopped)) : null;
      if (wire) {
        const used = placeDate[0].length + article + dateLength - stopped + wire[0].length;
        return { place: cleanPlace(placeDate[1]!), date: dated?.date ?? null, agency: (wire[1] ?? wire[2])?.trim() || null, length: lead + used };
      }
      // ... or its day and a dash, no agency: "KUALA LUMPUR, Aug 6 — The …"; in title case, a place of
      // a word or two and a dash proper, "Accra, March 5 – The …" (not a weekday: "Monday, May 3 – …").
      if (after && (capitals || (isPlausiblePlace(main) && /[—–]|--/u.test(after[0]) && !NOT_A_DAY_PLACE.test(main)))) {
        return { place: cleanPlace(placeDate[1]!), date: null, agency: null, length: lead + placeDate[0].length + article + dateLength + after[0].length };
      }
    }
  }

  // A release wire's place in capitals and its date between slashes, the wire's name between them or
  // not: "VANCOUVER, BC / March 2, 2020 / Example Gold Corp. (…) is pleased …", "TORONTO, ON /
  // ACCESSWIRE / March 2, 2020 / …".
  const slashed = SLASHED_FORM.exec(text);
  if (slashed && /\p{Lu}{2}/u.test(slashed[1]!) && slashed[1]!.split(",")[0] === slashed[1]!.split(",")[0]!.toUpperCase()) {
    const rest = text.slice(slashed[0].length);
    const found = findDate(rest.slice(0, 40));
    const after = found && found.index === 0 ? /^\s+\/\s+(?=\p{Lu})/u.exec(rest.slice(found.length)) : null;
    if (found && after) return { place: cleanPlace(slashed[1]!), date: found.date, agency: slashed[2]?.trim() ?? null, length: lead + slashed[0].length + found.length + after[0].length };
  }

  const first = text.startsWith("(") ? AGENCY_FIRST_FORM.exec(text) : null;
  if (first && looksLikeAgency(first[1]!)) return { place: cleanPlace(first[2]!), date: null, agency: first[1]!.trim(), length: lead + first[0].length };

  // (A place and its day without a comma, as Slovak and Czech wires set them: "Košice 14. marca (TASR)
  // - Mesto …", "Praha 3. dubna (ČTK) - …".)
  const dayAgency = PLACE_DAY_BRACKETED_FORM.exec(text);
  if (dayAgency && leadingDayMonth(dayAgency[2]!) > 0 && looksLikeAgency(dayAgency[3]!)) return { place: cleanPlace(dayAgency[1]!), date: null, agency: dayAgency[3]!.trim(), length: lead + dayAgency[0].length };
  const agency = AGENCY_FORM.exec(text);
  // (A release's date in the brackets, the place before them and a dash after: "BANGOR, Maine (Sept.
  // 12, 2017) – Example Airways today announced …".)
  const bracketDate = agency?.[1] !== undefined && agency[3] !== undefined ? findDate(agency[2]!) : null;
  if (agency && bracketDate && bracketDate.index === 0 && bracketDate.length >= agency[2]!.trim().length - 1 && /^\d{4}-\d\d-\d\d$/u.test(bracketDate.date)) {
    return { place: cleanPlace(agency[1]!), date: bracketDate.date, agency: null, length: lead + agency[0].length };
  }
  // With a dash after it any short capitalised name is a source ("(Mental Floss) --"); glued to
  // the story it must look like an agency ("(CNN)When ...").
  // (Or, after a place, a hyphen and one capitalised word, as Indonesian and Malaysian papers set
  // their own name: "Jakarta (KabarNusa) - Badan …".)
  const oneName = agency?.[1] !== undefined && agency[3] === "-" && /^\p{Lu}[\p{L}]{2,20}$/u.test(agency[2]!.trim());
  if (agency && (looksLikeAgency(agency[2]!) || (/^(?:---?|—|–)$/.test(agency[3] ?? "") && isSourceName(agency[2]!)) || oneName)) {
    const hasDash = agency[3] !== undefined;
    const next = text.slice(agency[0].length);
    // Without a dash the agency must be glued to the story ("(CNN)When ...") or be all it opens with.
    const glued = !hasDash && !/\)\s/.test(agency[0]) && /^[\p{Lu}"“]/u.test(next);
    // (Or a place in capitals and a wire's agency before the story, no dash: "UMEÅ (TT) SMHI har …".)
    const wire = !hasDash && agency[1] !== undefined && /\p{Lu}{2}/u.test(agency[1]) && agency[1] === agency[1].toUpperCase() && looksLikeAgency(agency[2]!) && /^\p{Lu}/u.test(next);
    if ((hasDash || glued || wire) && next.length > 0) {
      return { place: agency[1] ? cleanPlace(agency[1]) : null, date: null, agency: agency[2]!.trim(), length: lead + agency[0].length };
    }
  }

  // The same with a place in a script without capitals: "دمشق، سوريا (CNN) -- ...".
  const caseless = CASELESS_AGENCY_FORM.exec(text);
  if (caseless && isSourceName(caseless[2]!)) {
    return { place: caseless[1]!.trim(), date: null, agency: caseless[2]!.trim(), length: lead + caseless[0].length };
  }

  const stopDash = STOP_DASH_FORM.exec(text);
  // (Capitals before a place in capitals are the place's first word, not an agency's initials, where
  // a state's abbreviation closes it: "BATON ROUGE, La.—When …".)
  const oneCapsPlace = stopDash?.[1] !== undefined && /^\p{Lu}{2,}\b[^,]*,\s*\p{Lu}\p{Ll}{1,4}$/u.test(stopDash[2]!);
  if (oneCapsPlace && isPlausiblePlace(`${stopDash[1]} ${stopDash[2]}`)) {
    return { place: cleanPlace(`${stopDash[1]} ${stopDash[2]}`), date: null, agency: null, length: lead + stopDash[0].length };
  }
  if (stopDash && isPlausiblePlace(stopDash[2]!) && !NOT_PLACES.test(stopDash[2]!) && !ABBREVIATION.test(lastWord(stopDash[2]!))) {
    return { place: cleanPlace(stopDash[2]!), date: null, agency: stopDash[1] ?? null, length: lead + stopDash[0].length };
  }

  const dash = DASH_FORM.exec(text);
  // (A bar before a few words ends no dateline: "Jane Roe | Example News" is a byline.)
  const barred = dash !== null && /\|\s*$/u.test(dash[0].trimEnd()) && text.slice(dash[0].length).split(/\s+/, 5).length < 5;
  if (dash && !barred && isPlausiblePlace(dash[1]!) && !NOT_PLACES.test(dash[1]!)) {
    return { ...placeAndOutlet(dash[1]!), date: null, length: lead + dash[0].length };
  }

  // (A place in capitals and the site's address in small letters, as Indonesian sites set it:
  // "SURABAYA, example.id - Harga …".)
  const site = SITE_ADDRESS_FORM.exec(text);
  if (site && isPlausiblePlace(site[1]!) && !NOT_PLACES.test(site[1]!)) {
    return { place: site[1]!, date: null, agency: null, length: lead + site[0].length };
  }

  const caps = CAPS_FORM.exec(text);
  if (caps && isPlausiblePlace(caps[1]!) && !NOT_PLACES.test(caps[1]!.split(",")[0]!.trim())) {
    return { ...placeAndOutlet(caps[1]!), date: null, length: lead + caps[0].length };
  }

  // A place in capitals closed by a full stop, as Italian and German regional papers set it:
  // "TRIESTE. Via libera della giunta …" (not an initialism's stop: "U.S. officials …").
  const stop = CAPS_STOP_FORM.exec(text);
  if (stop && isPlausiblePlace(stop[1]!) && !NOT_PLACES.test(stop[1]!)) {
    return { place: cleanPlace(stop[1]!), date: null, agency: null, length: lead + stop[0].length };
  }

  const sign = SIGN_FORM.exec(text);
  if (sign) return { place: sign[1]!.replaceAll("\u200b", ""), date: null, agency: null, length: lead + sign[0].length };
  return null;
}

// A dateline in a script without capitals, ended by its colon sign: Khmer "ក្រុងប៉ារីសៈ ..." (the
// visarga or the colon-like ៖). One word, no digits, and the story after it.
const SIGN_FORM = /^([\p{Script=Khmer}\u200b]{2,30})[ៈ៖]\s*(?=\S)/u;

/** A paragraph that is a dateline and nothing else: "(CNN) --", "New York (CNN) --". */
export function isDatelineStub(paragraph: string): boolean {
  const t = paragraph.trim();
  if (t.length > 60) return false;
  const dl = readDateline(`${t} A`);
  return dl !== null && dl.length >= t.length;
}

/**
 * A dateline that follows the paragraph's lead sentence ("Die Gewerkschaft lanciert ... Wien –
 * Die Gewerkschaft ..."): where it starts in the paragraph, and the dateline read from there.
 */
export function readDatelineAfterLead(paragraph: string): { offset: number; dateline: Dateline } | null {
  const m = AFTER_LEAD.exec(paragraph.slice(0, 600));
  // ("St. Petersburg. London – ...": a place does not run across a full stop.)
  if (!m || !isPlausiblePlace(m[1]!) || NOT_PLACES.test(m[1]!) || /\.\s/.test(m[1]!)) return null;
  const offset = m.index + m[0].indexOf(m[1]!);
  // The lead must be a sentence or two, not a list of fragments.
  if (offset < 20) return null;
  const dateline = readDateline(paragraph.slice(offset));
  return dateline ? { offset, dateline } : null;
}

/** A dash dateline's place, and the outlet after it and a stop, in capitals: "АСТАНА. DALA NEWS —". */
function placeAndOutlet(text: string): { place: string; agency: string | null } {
  const m = /^(\p{Lu}[\p{Lu}\p{M}'’-]+(?: \p{Lu}[\p{Lu}\p{M}'’-]+)?)\. (\p{Lu}[\p{Lu}\p{N} .&-]+)$/u.exec(text);
  // (Not an abbreviation's stop: "ST. LOUIS —", "SAULT STE. MARIE —", "PORT ST. LUCIE —".)
  return m && m[1]!.length >= 4 && !ABBREVIATION.test(lastWord(m[1]!)) ? { place: m[1]!, agency: m[2]!.trim() } : { place: cleanPlace(text), agency: null };
}

// Words that a stop after them abbreviates: a title ("Dr.-Ing. Hans Müller …"), a saint, a mount.
const ABBREVIATION = /^(?:dr|prof|ing|dipl|mag|univ|priv|doz|hon|gen|col|lt|sgt|capt|rev|st|ste|mt|ft|pt|jr|sr|mr|mrs|ms|nr|bd|tel|fax|art|abs|lit|kap|vol|no)$/iu;
const lastWord = (t: string): string => t.split(/[\s,/]+/).filter(Boolean).pop() ?? "";

function cleanPlace(place: string): string {
  // (The site's name may open the dateline before the place, as Indonesian pages set it:
  // "EXAMPLENEWS.COM, SINTANG - …".)
  // (Or after it, as Kompas sets it: "JAKARTA, KOMPAS.com – …".)
  // (Or a double hyphen, as press-release wires set the place: "SAN DIEGO--(BUSINESS WIRE)--".)
  return place.replace(/[\s,]+$/u, "").replace(/-{2,}$/u, "").replace(SITE_BEFORE_PLACE, "").replace(SITE_AFTER_PLACE, "").trim();
}
const SITE_BEFORE_PLACE = /^[\p{L}\d-]+\.(?:com|co\.id|id|net|org|news)\s*,\s*(?=\S)/iu;
const SITE_AFTER_PLACE = /(?<=\S)\s*,\s*[\p{L}\d-]+\.(?:com|co\.id|id|net|org|news)$/iu;

// A place and a hyphen between spaces opening the story's first paragraph, as scrapes keep a dash:
// "Geneva - A Swiss man suspected of …", "PERUGIA - C'è un ragazzo …" (readFirstHyphenDateline).
const HYPHEN_FORM = new RegExp(`^(${PLACE}) - (?=\\p{Lu}[\\p{Ll} '’])`, "u");
/** The fewest words of story after such a place: a headline's "Example - The Title" is short. */
const HYPHEN_STORY_WORDS = 15;

/** Whether what follows a first paragraph's place is a sentence of 15 words or more to a full stop. */
function storyFollows(rest: string): boolean {
  return rest.split(/\s+/, HYPHEN_STORY_WORDS).length >= HYPHEN_STORY_WORDS && /[.!?]["”’)]?$/u.test(rest.split("\n")[0]!.trim());
}

/**
 * A dateline with a hyphen for its dash, read only where the story's first paragraph opens with it
 * and goes on as a sentence of 15 words or more to a full stop (a headline or a label over a title,
 * "EXAMPLE - The Title", is neither).
 */
export function readFirstHyphenDateline(paragraph: string): Dateline | null {
  const m = HYPHEN_FORM.exec(paragraph);
  if (!m || !isPlausiblePlace(m[1]!) || NOT_PLACES.test(m[1]!)) return null;
  const rest = paragraph.slice(m[0].length);
  if (!storyFollows(rest)) return null;
  return { place: cleanPlace(m[1]!), date: null, agency: null, length: m[0].length };
}

// A place and a colon opening the story's first paragraph, as papers of South Asia, Malaysia and the
// Gulf set their datelines: "KARACHI: The Karachi Water …"; or alone on the line over it, as a
// scraper keeps one text node a line ("KUALA LUMPUR:" / "Budget …", "Dubai:" / "The Roads …").
const COLON_FORM = new RegExp(`^(${PLACE}):(?:[ \\t]+(?=[\\p{Lu}\\p{N}"“‘«(])|$)`, "u");
// A label that opens a paragraph the way such a place does: "Update: …", "Background: …".
// (With a possessive too: "OUR VERDICT: FALSE. …".)
const COLON_LABELS = /^(?:(?:our|the|my|your)\s+)?(?:update[ds]?|note|background|summary|context|correction|clarification|disclaimer|warning|transcript|sources?|photos?|pictures?|video|watch|listen|read|related|q|a|question|answer|breaking|exclusive|analysis|opinion|comment|review|recap|preview|spoilers?|editor['’]?s note|trigger warning|content warning|tl;?dr|key points|in brief|what happened|why it matters|the big picture|bottom line|fact check|explainer|live|latest|flash|alert|urgent|claim|claims|the facts|facts|fact|rating|verdict|the verdict|q&a|host|anchor|moderator|narrator|interviewer|speaker|also read|see also|more|tags?|share|posted|published|by|from|to|subject|date|title|author|category|categories|filed under|topics?|text|words|story|lead|intro|content|article|excerpt|abstract|description|caption|credits?|images?|audio|gallery|full story|location|address|contact)$/iu;

/**
 * A dateline with a colon, read only where the story's first paragraph opens with it and goes on as
 * a sentence of 15 words or more (a label's "Update: …" or a headline's "Brexit: what …" is either
 * a known label or short), or where it stands alone on the paragraph (`alone`).
 */
export function readFirstColonDateline(paragraph: string, alone = false, title: string | null = null): Dateline | null {
  const m = COLON_FORM.exec(paragraph);
  if (!m || !isPlausiblePlace(m[1]!) || NOT_PLACES.test(m[1]!) || COLON_LABELS.test(m[1]!)) return null;
  // (In a paragraph, only a place in capitals: "Mike Gleason: …" opens an interview's answer, "Dear
  // Amy: …" a letter, and never a letter's greeting; nor a speaker before a first person's words,
  // "MAYOR SMITH: We have spent …". A place in Title case counts where the headline or the
  // paragraph names it again, as South Asian papers write them: "Pune: The Pune Municipal
  // Corporation …" under "Pune civic body to fine …".)
  // (Not a speaker before their quoted words, nor the headline itself, "Leitl: „Wer …“".)
  if (!alone && m[1] !== m[1]!.toUpperCase()) {
    const rest = paragraph.slice(m[0].length);
    if (/^["“„«‘]/u.test(rest) || (title !== null && paragraph.startsWith(title.slice(0, 30))) || !namedAgain(m[1]!, `${title ?? ""}\n${rest}`)) return null;
  }
  if (/^(?:dear|hi|hello|hey)\s/iu.test(m[1]!)) return null;
  if (!alone && /^\s*(?:I|We|My|Our|I'm|We're|I've|We've)\s/u.test(paragraph.slice(m[0].length))) return null;
  const rest = paragraph.slice(m[0].length);
  if (alone ? rest.trim() !== "" : !storyFollows(rest)) return null;
  return { place: cleanPlace(m[1]!), date: null, agency: null, length: m[0].length };
}

// A place in Arabic, Hebrew or an Indian script, then a dash, a colon or a danda, as Arabic, Urdu and
// Hindi papers set it: "عمّان - أعلنت …", "لاہور: پنجاب …", "जयपुर। राजस्थान …"; in an Indian script a
// full stop too, as Hindi sites print the danda: "इंदौर. शहर में …".
const CASELESS_FIRST_WORD = "[\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Devanagari}\\p{Script=Bengali}\\p{M}]{2,30}";
const CASELESS_FIRST_FORM = new RegExp(`^(${CASELESS_FIRST_WORD}(?:\\s${CASELESS_FIRST_WORD})?)\\s*([-–—]|[:：।]|(?<=[\\p{Script=Devanagari}\\p{Script=Bengali}]\\p{M}?)\\.)[ \\t]+(?=\\S)`, "u");

/**
 * Such a place opening the story's first paragraph, where the headline or the paragraph names it
 * again: the words before a colon may be a speaker's or a label's otherwise ("الوزير: …").
 */
export function readCaselessDateline(paragraph: string, title: string | null): Dateline | null {
  if (paragraph.charCodeAt(0) < 0x590) return null;
  const m = CASELESS_FIRST_FORM.exec(paragraph);
  if (!m) return null;
  const place = m[1]!.trim();
  const rest = paragraph.slice(m[0].length);
  // (Not a speaker the headline quotes the same way, "الحكومة: لا زيادة …" over "الحكومة: …", nor a
  // paragraph that opens with the headline; nor words set off by a pair of dashes, "وزير المالية - في
  // مؤتمر صحفي - أعلن …".)
  if (title !== null && (title.startsWith(`${place}${m[2]}`) || title.startsWith(`${place} ${m[2]}`) || paragraph.startsWith(title.slice(0, 30)))) return null;
  if (m[2] !== ":" && m[2] !== "：" && m[2] !== "।" && m[2] !== "." && /^[^.!?؟।]{0,120}\s[-–—]\s/u.test(rest)) return null;
  if (!namedAgain(place, `${title ?? ""}\n${rest}`)) return null;
  // (A full stop closes a sentence or an abbreviation as often, "डॉ. शर्मा ने …", "भारी बारिश. …":
  // after it, a place of one word that the headline names.)
  if (m[2] === "." && (/\s/u.test(place) || title === null || !namedAgain(place, title))) return null;
  return { place, date: null, agency: null, length: m[0].length };
}

/** Whether `text` names the place again, as a word of its own (or the start of one: "Leipziger"). */
function namedAgain(place: string, text: string): boolean {
  // (Escaped as a Unicode pattern allows: "\\-" is no escape there, and "Cluj-Napoca" threw.)
  return new RegExp(`(?<!\\p{L})${escapeRegExp(place)}`, "u").test(text);
}

// A place in Title case and a full stop, as German regional papers set it ("Leipzig. Im Zoo Leipzig
// ist …"), or alone on the line over the story, as Peruvian ones do ("Arequipa." / "Un sismo …").
const TITLE_STOP_FORM = /^(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)\.(?:[ \t]+(?=\p{Lu}\p{Ll})|$)/u;

/**
 * Such a dateline, read only where the story's first paragraph opens with it, or where it stands
 * alone over the story, and where the place is named again in the headline or the story's first
 * paragraph ("Zoo Leipzig", "Leipziger"): a sentence of one word ("Nein. Das …") names nothing again.
 */
export function readFirstStopDateline(paragraph: string, next: string, title: string | null): Dateline | null {
  const m = TITLE_STOP_FORM.exec(paragraph);
  if (!m || NOT_PLACES.test(m[1]!) || COLON_LABELS.test(m[1]!)) return null;
  const rest = paragraph.slice(m[0].length);
  if (!namedAgain(m[1]!, `${title ?? ""}\n${rest || next}`)) return null;
  if (rest && rest.split(/\s+/, HYPHEN_STORY_WORDS).length < HYPHEN_STORY_WORDS) return null;
  return { place: m[1]!, date: null, agency: null, length: m[0].length };
}

/** A dash dateline's place: a few words, all capitalised, not a person's "Name – title" aside. */
function isPlausiblePlace(place: string): boolean {
  const words = place.split(/[\s,/]+/).filter(Boolean);
  // ALL CAPS places are datelines by convention, also with their region in Title case after a comma
  // ("SPRUCE GROVE, Alta.", "ST ANN'S BAY, St Ann"); Title case ones only when short (one or two words).
  const main = place.split(",")[0]!;
  if (/\p{Lu}{2}/u.test(main) && main === main.toUpperCase()) return words.length <= 4 || (main.split(/[\s/]+/u).length <= 4 && words.length <= 6);
  return words.length <= 2;
}

// A wire's place in capitals, its day and its agency in brackets, alone on a line over the story with
// no dash, as Europa Press's copy is set on some pages: "SEVILLA, 4 (EUROPA PRESS)".
const WIRE_LINE = /^(\p{Lu}[\p{Lu}\p{M}'’.-]+(?: \p{Lu}[\p{Lu}\p{M}'’.-]+){0,2}), \d{1,2}\.? \((\p{Lu}[\p{Lu} .&-]{1,24})\)$/u;

/** Such a line's dateline (the whole line), or null. */
export function readWireLine(line: string): Dateline | null {
  const m = line.length <= 60 ? WIRE_LINE.exec(line.trim()) : null;
  return m ? { place: m[1]!, date: null, agency: m[2]!, length: line.length } : null;
}
