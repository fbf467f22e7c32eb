// Publication dates in the forms real text states them, as YYYY-MM-DD. Hand-written rather than a
// general natural-language date library: we only want explicit calendar dates (never "on Monday"),
// and this runs once per line on the ingest hot path.
import { pad, ymd } from "./ymd.js";

const MONTHS: Record<string, number> = {};
function addMonths(names: string[][]): void {
  names.forEach((forms, i) => {
    for (const f of forms) MONTHS[f] = i + 1;
  });
}
// English, Spanish, French, German, Italian/Portuguese where cheap, Russian (nominative and genitive).
addMonths([
  ["january", "jan", "enero", "ene", "janvier", "janv", "januar", "jän", "jänner", "gennaio", "janeiro", "январь", "января", "янв"],
  ["february", "feb", "febrero", "février", "fevrier", "févr", "fevr", "februar", "febbraio", "fevereiro", "февраль", "февраля", "фев"],
  ["march", "mar", "marzo", "mars", "märz", "maerz", "março", "marco", "март", "марта", "мар"],
  ["april", "apr", "abril", "abr", "avril", "avr", "aprile", "апрель", "апреля", "апр"],
  ["may", "mayo", "mai", "maggio", "maio", "май", "мая"],
  ["june", "jun", "junio", "juin", "juni", "giugno", "junho", "июнь", "июня", "июн"],
  ["july", "jul", "julio", "juillet", "juil", "juli", "luglio", "julho", "июль", "июля", "июл"],
  ["august", "aug", "agosto", "ago", "août", "aout", "августа", "август", "авг"],
  ["september", "sep", "sept", "septiembre", "setiembre", "septembre", "settembre", "setembro", "сентябрь", "сентября", "сен", "сент"],
  ["october", "oct", "octubre", "octobre", "oktober", "okt", "ottobre", "outubro", "октябрь", "октября", "окт"],
  ["november", "nov", "noviembre", "novembre", "novembro", "ноябрь", "ноября", "ноя"],
  ["december", "dec", "diciembre", "dic", "décembre", "decembre", "déc", "dezember", "dez", "dicembre", "dezembro", "декабрь", "декабря", "дек"],
]);
// Dutch, the Nordic languages (Danish's "marts" too), Polish and Czech (nominative and genitive), Romanian, Turkish,
// Indonesian, Catalan and Galician: a month's name in any of them, where it differs from the above.
addMonths([
  ["januari", "jan.", "januar", "stycznia", "styczeń", "ledna", "leden", "ianuarie", "ocak", "gener", "xaneiro"],
  ["februari", "februar", "lutego", "luty", "února", "únor", "februarie", "şubat", "subat", "febrer", "febreiro"],
  ["maart", "mrt", "mars", "marts", "marca", "marzec", "března", "březen", "martie", "mart", "maret", "març"],
  ["april", "kwietnia", "kwiecień", "dubna", "duben", "aprilie", "nisan"],
  ["mei", "maj", "maja", "května", "květen", "mayıs", "mayis", "maig"],
  ["juni", "czerwca", "czerwiec", "června", "červen", "iunie", "haziran", "juny", "xuño", "junij"],
  ["juli", "lipca", "lipiec", "července", "červenec", "iulie", "temmuz", "juliol", "xullo", "julij"],
  ["augustus", "augusti", "sierpnia", "sierpień", "srpna", "srpen", "ağustos", "agustos", "agustus", "agost"],
  ["september", "września", "wrzesień", "září", "septembrie", "eylül", "eylul", "setembre"],
  ["oktober", "października", "październik", "října", "říjen", "octombrie", "ekim", "octubre"],
  ["november", "listopada", "listopad", "listopadu", "noiembrie", "kasım", "kasim", "novembre"],
  ["december", "desember", "grudnia", "grudzień", "prosince", "prosinec", "decembrie", "aralık", "aralik", "desembre", "decembro"],
]);

// Ukrainian (nominative and genitive), Greek (genitive and nominative), Hungarian, Croatian and Serbian
// (Latin; the Croatian genitive), Finnish (partitive).
addMonths([
  ["січень", "січня", "ιανουαρίου", "ιανουάριος", "ιαν", "január", "jan", "siječnja", "siječanj", "januar", "tammikuuta"],
  ["лютий", "лютого", "φεβρουαρίου", "φεβρουάριος", "φεβ", "február", "febr", "veljače", "veljača", "februar", "helmikuuta"],
  ["березень", "березня", "μαρτίου", "μάρτιος", "μαρ", "március", "márc", "ožujka", "ožujak", "mart", "maaliskuuta"],
  ["квітень", "квітня", "απριλίου", "απρίλιος", "απρ", "április", "ápr", "travnja", "travanj", "april", "huhtikuuta"],
  ["травень", "травня", "μαΐου", "μαΐος", "μάιος", "μαϊ", "május", "máj", "svibnja", "svibanj", "maj", "toukokuuta"],
  ["червень", "червня", "ιουνίου", "ιούνιος", "ιουν", "június", "jún", "lipnja", "lipanj", "jun", "kesäkuuta"],
  ["липень", "липня", "ιουλίου", "ιούλιος", "ιουλ", "július", "júl", "srpnja", "srpanj", "jul", "heinäkuuta"],
  ["серпень", "серпня", "αυγούστου", "αύγουστος", "αυγ", "augusztus", "kolovoza", "kolovoz", "avgust", "elokuuta"],
  ["вересень", "вересня", "σεπτεμβρίου", "σεπτέμβριος", "σεπ", "szeptember", "szept", "rujna", "rujan", "septembar", "syyskuuta"],
  // (Not the Croatian "listopad", October: the Polish and Czech one is November.)
  ["жовтень", "жовтня", "οκτωβρίου", "οκτώβριος", "οκτ", "október", "oktobar", "lokakuuta"],
  ["листопад", "листопада", "νοεμβρίου", "νοέμβριος", "νοε", "studenoga", "studenog", "studeni", "novembar", "marraskuuta"],
  ["грудень", "грудня", "δεκεμβρίου", "δεκέμβριος", "δεκ", "prosinca", "prosinac", "decembar", "joulukuuta"],
]);

// Slovak (genitive, as a date writes it), Slovene (genitive), Bulgarian, Serbian and Macedonian in
// Cyrillic: "15. októbra 2019", "3. junija 2021", "11 ноември 2020", "4. новембар 2022".
addMonths([
  ["januára", "januarja", "януари", "јануар", "јануари"],
  ["februára", "februarja", "февруари", "фебруар"],
  ["marec", "март"],
  ["apríla", "aprila", "април"],
  ["mája", "мај"],
  ["júna", "junija", "юни", "јун", "јуни"],
  ["júla", "julija", "юли", "јул", "јули"],
  // (Not the Slovak "augusta": a city and a golf course, "Augusta 2019".)
  ["avgusta"],
  ["septembra", "септември", "септембар"],
  ["októbra", "oktobra", "октомври", "октобар"],
  ["novembra", "ноември", "новембар"],
  ["decembra", "декември", "децембар"],
]);

// Swahili, Arabic (as Egypt and the Gulf name the months), Hebrew (alone and after ב, "4 במרץ 2025"),
// Hindi, Thai (whose years are the Buddhist era's: see the pattern below).
addMonths([
  ["januari", "يناير", "ינואר", "בינואר", "जनवरी", "มกราคม"],
  ["februari", "فبراير", "פברואר", "בפברואר", "फ़रवरी", "फरवरी", "กุมภาพันธ์"],
  ["machi", "مارس", "מרץ", "במרץ", "मार्च", "มีนาคม"],
  ["aprili", "أبريل", "ابريل", "אפריל", "באפריל", "अप्रैल", "เมษายน"],
  ["mei", "مايو", "מאי", "במאי", "मई", "พฤษภาคม"],
  ["juni", "يونيو", "יוני", "ביוני", "जून", "มิถุนายน"],
  ["julai", "يوليو", "יולי", "ביולי", "जुलाई", "กรกฎาคม"],
  ["agosti", "أغسطس", "اغسطس", "אוגוסט", "באוגוסט", "अगस्त", "สิงหาคม"],
  ["septemba", "سبتمبر", "ספטמבר", "בספטמבר", "सितंबर", "सितम्बर", "กันยายน"],
  ["oktoba", "أكتوبر", "اكتوبر", "אוקטובר", "באוקטובר", "अक्टूबर", "अक्तूबर", "ตุลาคม"],
  ["novemba", "نوفمبر", "נובמבר", "בנובמבר", "नवंबर", "नवम्बर", "พฤศจิกายน"],
  ["desemba", "ديسمبر", "דצמבר", "בדצמבר", "दिसंबर", "दिसम्बर", "ธันวาคม"],
]);

// Persian names of the Gregorian months ("۶ نوامبر ۲۰۲۳").
addMonths([["ژانویه"], ["فوریه"], [], ["آوریل"], [], ["ژوئن"], ["ژوئیه"], ["اوت"], ["سپتامبر"], ["اکتبر"], ["نوامبر"], ["دسامبر"]]);

// Urdu ("15 نومبر 2022"), Bengali ("১৫ সেপ্টেম্বর ২০২০"), Kazakh ("14 қазан 2025"), and Uzbek and
// Azerbaijani in Latin letters ("14 oktyabr 2025", "3 avqust").
addMonths([
  ["جنوری", "জানুয়ারি", "জানুয়ারী", "қаңтар", "yanvar"],
  ["فروری", "ফেব্রুয়ারি", "ফেব্রুয়ারী", "ақпан", "fevral"],
  ["مارچ", "মার্চ", "наурыз"],
  ["اپریل", "এপ্রিল", "сәуір", "aprel"],
  ["مئی", "মে", "мамыр"],
  ["جون", "জুন", "маусым", "iyun"],
  ["جولائی", "জুলাই", "шілде", "iyul"],
  ["اگست", "আগস্ট", "আগষ্ট", "тамыз", "avqust"],
  ["ستمبر", "সেপ্টেম্বর", "қыркүйек", "sentyabr", "sentabr"],
  ["اکتوبر", "অক্টোবর", "қазан", "oktyabr", "oktabr"],
  ["نومبر", "নভেম্বর", "қараша", "noyabr"],
  ["دسمبر", "ডিসেম্বর", "желтоқсан", "dekabr"],
]);

// Georgian ("14 მარტი, 2024").
addMonths([["იანვარი"], ["თებერვალი"], ["მარტი"], ["აპრილი"], ["მაისი"], ["ივნისი"], ["ივლისი"], ["აგვისტო"], ["სექტემბერი"], ["ოქტომბერი"], ["ნოემბერი"], ["დეკემბერი"]]);

// Estonian ("18. märts 2025"), Latvian (the nominative and the locative, "18. martā") and Lithuanian
// (the genitive, as a date writes it: "kovo 18 d."). (Their short forms are left out: every name
// here is tried at every place of every text the date patterns read.)
addMonths([
  ["jaanuar", "janvāris", "janvārī", "sausio"],
  ["veebruar", "februāris", "februārī", "vasario"],
  ["märts", "marts", "martā", "kovo"],
  ["aprill", "aprīlis", "aprīlī", "balandžio"],
  ["maijs", "maijā", "gegužės"],
  ["juuni", "jūnijs", "jūnijā", "birželio"],
  ["juuli", "jūlijs", "jūlijā", "liepos"],
  ["augusts", "augustā", "rugpjūčio"],
  ["septembris", "septembrī", "rugsėjo"],
  ["oktoober", "oktobris", "oktobrī", "spalio"],
  ["novembris", "novembrī", "lapkričio"],
  ["detsember", "decembris", "decembrī", "gruodžio"],
]);
// Malay ("3 Mac 2021", "Ogos", "Disember"; its other months are written as in Indonesian or English).
addMonths([[], [], ["mac"], [], [], [], [], ["ogos"], [], [], [], ["disember"]]);
// Portuguese's abbreviation for February, which differs from the above: "04 fev 2025". (Not "set" and
// "out", September's and October's: English words, every one of which the date patterns would try.)
addMonths([[], ["fev"], [], [], [], [], [], [], [], [], [], []]);

// Arabic as the Levant and Iraq name the months ("26 كانون الثاني 2020"), and as the Maghreb does
// (Morocco's "يوليوز", "غشت", "شتنبر"; Algeria's and Tunisia's "جانفي", "جوان", "أوت").
addMonths([
  ["كانون الثاني", "جانفي"],
  ["شباط", "فيفري"],
  ["آذار", "اذار"],
  ["نيسان", "أفريل", "افريل"],
  ["أيار", "ايار", "ماي"],
  ["حزيران", "جوان"],
  ["تموز", "يوليوز", "جويلية"],
  ["آب", "غشت", "أوت"],
  ["أيلول", "ايلول", "شتنبر"],
  ["تشرين الأول", "تشرين الاول"],
  ["تشرين الثاني", "نونبر"],
  ["كانون الأول", "كانون الاول", "دجنبر"],
]);

// Greek in capitals drops its accents ("10 ΣΕΠΤΕΜΒΡΙΟΥ 2024", "ΜΑΪΟΥ"): each Greek name without them too.
for (const [name, month] of Object.entries(MONTHS)) {
  if (!/\p{Script=Greek}/u.test(name)) continue;
  // (Without any mark, and without the accent alone, the diaeresis kept: "μαιου", "μαϊου".)
  MONTHS[name.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC")] ??= month;
  MONTHS[name.normalize("NFD").replace(/\u0301/gu, "").normalize("NFC")] ??= month;
}

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/\./g, "\\."))
  .join("|");

export const WEEKDAY =
  "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?|(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag" +
  // Italian, Portuguese, Dutch, Polish, Turkish, Indonesian, Russian, the Nordic languages, Czech, Romanian, Catalan.
  "|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado" +
  "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela" +
  "|pazartesi|salı|çarşamba|perşembe|cumartesi|cuma|pazar|senin|selasa|rabu|kamis|jumat|sabtu|minggu" +
  "|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag" +
  "|pondělí|úterý|středa|čtvrtek|pátek|neděle|luni|marți|miercuri|joi|vineri|sâmbătă|duminică|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge" +
  // Ukrainian, Greek, Hungarian, Croatian and Serbian.
  "|понеділок|вівторок|середа|четвер|п'ятниця|п’ятниця|субота|неділя|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή" +
  "|hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|ponedjeljak|utorak|srijeda|četvrtak|petak|subota|nedjelja|ponedeljak|sreda|nedelja" +
  // Finnish, Vietnamese, Swahili, Arabic.
  "|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili" +
  "|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت" +
  // Persian.
  "|شنبه|یکشنبه|يكشنبه|دوشنبه|سه‌شنبه|سه شنبه|سهشنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه)[,،]?";

export { pad, ymd };

/** Two-digit years as Usenet and email wrote them: 93 is 1993, 05 is 2005. */
export function fullYear(y: number): number {
  if (y >= 100) return y;
  return y >= 50 ? 1900 + y : 2000 + y;
}

function monthOf(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")];
}

/** Whether a text is only a month's name ("May", "Sept."), in any language the parser reads. */
export function isMonthName(text: string): boolean {
  return text.length <= 12 && monthOf(text.trim()) !== undefined;
}

const M = `(${MONTH_NAMES})\\.?`;
const D = "(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?";
const Y = "(\\d{4})";
// A day and month without a year, as wire copy dates its dateline: "Jan. 24 (Reuters)", "24 March".
const DAY_MONTH = new RegExp(`^(?:${M}\\s+${D}|${D}\\s+(?:de\\s+)?${M})(?=[\\s,(।]|$)`, "iu");

/** How many characters a day and month without a year take at the start of the text (0 if none). */
export function leadingDayMonth(text: string): number {
  return DAY_MONTH.exec(text)?.[0].length ?? 0;
}

// Thai months, in full and abbreviated ("มี.ค." is March), for the Thai pattern below.
const THAI_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
  "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];

const JALALI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

/** A date of the Iranian solar calendar as a Gregorian one (the arithmetic of jalaali-js, after
 *  Borkowski: the years at which the 33-year leap cycle breaks, and the March day 1 Farvardin falls on). */
const JALALI_BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];
function jalaliToGregorian(jy: number, jm: number, jd: number): string | null {
  if (jm < 1 || jm > 12 || jd < 1 || jd > (jm <= 6 ? 31 : 30)) return null;
  const div = (a: number, b: number) => Math.trunc(a / b);
  const mod = (a: number, b: number) => a - div(a, b) * b;
  const gy = jy + 621;
  let leapJ = -14;
  let jp = JALALI_BREAKS[0]!;
  let jump = 0;
  for (let i = 1; i < JALALI_BREAKS.length; i++) {
    const jm2 = JALALI_BREAKS[i]!;
    jump = jm2 - jp;
    if (jy < jm2) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm2;
  }
  const n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  // 1 Farvardin is this day of March in the Gregorian year gy.
  const march = 20 + leapJ - leapG;
  const days = (jm - 1) * 31 - div(jm, 7) * (jm - 7) + jd - 1;
  const date = new Date(Date.UTC(gy, 2, march) + days * 86_400_000);
  const found = ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  // (30 Esfand is only in a leap year: in a common year it would be the next year's 1 Farvardin.)
  if (jm === 12 && jd === 30 && found === jalaliToGregorian(jy + 1, 1, 1)) return null;
  return found;
}

const PATTERNS: Array<{ re: RegExp; pick: (m: RegExpExecArray) => string | null }> = [
  // 2017-02-06, 2017/02/06, 2017-02-06T10:00
  { re: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/u, pick: (m) => ymd(+m[1]!, +m[2]!, +m[3]!) },
  // February 6, 2017 / Feb 6th 2017 / Sat., May 23, 2015 / Sep. 12, 2022 / marzo 12 de 2024 (as
  // Colombian papers write it)
  // (And Mar - 18 - 2025, as some sites part the month, the day and the year with spaced dashes: one
  // pattern, since each that opens with a month's name is tried at every place of the text.)
  {
    re: new RegExp(`(?<![\\p{L}])${M}(?:\\s+|\\s+[-–]\\s+)${D}(?:,?\\s+(?:of\\s+|de\\s+)?|\\s+[-–]\\s+)${Y}(?!\\d)`, "iu"),
    pick: (m) => ymd(+m[3]!, monthOf(m[1]!) ?? 0, +m[2]!),
  },
  // 6 February 2017 / 3 de marzo de 2019 / 6. Februar 2017 / 28 июня 2014 года / 5 Apr 93 (RFC 822) /
  // 14-Nov-2024, as some sports and business sites hyphenate it
  {
    re: new RegExp(`(?<![\\p{L}\\d])${D}(?:\\s*|-)(?:de\\s+)?${M}(?:\\s*,?\\s*|-)(?:de(?:l)?\\s+)?(\\d{4}|\\d{2})(?![\\d:])`, "iu"),
    pick: (m) => ymd(fullYear(+m[3]!), monthOf(m[2]!) ?? 0, +m[1]!),
  },
  // 27-06-2012 / 27.06.2012 / 27/06/2012. With dots and dashes the day comes first, as most of the
  // world writes it; with slashes an ambiguous date is read month first (11/12/2014 is November 12),
  // as English-language pages that use slashes mostly mean. A first number above 12 is a day either way.
  {
    re: /(?<![\d.])(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?![\d])/u,
    pick: (m) => {
      const a = +m[1]!;
      const b = +m[3]!;
      const y = +m[4]!;
      if (m[2] === "/" && a <= 12) return ymd(y, a, b);
      // (A second number above 12 is the day: "3.14.2022", as some American sites dot the month first.)
      if (b > 12 && a <= 12) return ymd(y, a, b);
      return ymd(y, b, a);
    },
  },
  // The year first, as Hungarian writes it: "2024. szeptember 10., kedd", "2024. szept. 10."
  {
    re: new RegExp(`(?<![\\p{L}\\d])${Y}\\.\\s+${M}\\s+(\\d{1,2})\\.(?!\\d)`, "iu"),
    pick: (m) => ymd(+m[1]!, monthOf(m[2]!) ?? 0, +m[3]!),
  },
  // ... as Lithuanian does, "2025 m. kovo 18 d.", and Latvian, "2025. gada 18. martā".
  {
    re: new RegExp(`(?<![\\p{L}\\d])${Y}\\s?m\\.\\s+${M}\\s+(\\d{1,2})\\s?d\\.?(?![\\p{L}\\d])`, "iu"),
    pick: (m) => ymd(+m[1]!, monthOf(m[2]!) ?? 0, +m[3]!),
  },
  {
    re: new RegExp(`(?<![\\p{L}\\d])${Y}\\.\\s+gada\\s+(\\d{1,2})\\.\\s*${M}(?![\\p{L}])`, "iu"),
    pick: (m) => ymd(+m[1]!, monthOf(m[3]!) ?? 0, +m[2]!),
  },
  // 6月18日 2017年 forms: 2017年6月18日
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u, pick: (m) => ymd(+m[1]!, +m[2]!, +m[3]!) },
  // A Thai date, its year in the Buddhist era: "6 มีนาคม 2568" is 6 March 2025.
  {
    // (Or its two last figures after a month's short form, as Thai sites stamp a story: "14 พ.ค. 68" is
    // 14 May 2568, 2025.)
    re: /(?<!\d)(\d{1,2})\s*(มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)\s*(?:พ\.ศ\.\s*)?(\d{4}|(?<=\.\s?)\d{2}(?=\s*(?:$|\d{1,2}[:.]\d{2}|[|,–-])))(?![\d:.])/u,
    pick: (m) => {
      const y = +m[3]!;
      return ymd(y < 100 ? 2500 + y - 543 : y > 2400 ? y - 543 : y, THAI_MONTHS.indexOf(m[2]!) % 12 + 1, +m[1]!);
    },
  },
  // A Persian date of the Iranian solar calendar, as Iran's sites date their stories: "۲۹ آذر ۱۳۹۵" is
  // 19 December 2016 (its digits are read as ASCII ones by then).
  {
    re: /(?<!\d)(\d{1,2})\s*(فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)\s*(?:ماه\s*)?(1[2-4]\d\d)(?!\d)/u,
    pick: (m) => jalaliToGregorian(+m[3]!, JALALI_MONTHS.indexOf(m[2]!) + 1, +m[1]!),
  },
  // Vietnamese in words: "ngày 5 tháng 3 năm 2025".
  { re: /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm|,)?\s+(\d{4})(?!\d)/iu, pick: (m) => ymd(+m[3]!, +m[2]!, +m[1]!) },
  // ... and Korean's: 2025년 3월 4일
  { re: /(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/u, pick: (m) => ymd(+m[1]!, +m[2]!, +m[3]!) },
  // Figures set apart by a full stop and a space: the day first, as Czech and Slovak write them,
  // "12. 2. 2025"; the year first, as Hungarian and Korean do, "2025. 03. 04.", "2025. 3. 4. 오전 10:12".
  { re: /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)/u, pick: (m) => ymd(+m[3]!, +m[2]!, +m[1]!) },
  { re: /(?<![\d.])(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.?(?![\d])/u, pick: (m) => ymd(+m[1]!, +m[2]!, +m[3]!) },
];

/** A date of figures with slashes, two- or four-digit year: "03/01/2023", "3/1/23". */
const SLASHED_DATE = /(?<![\d./])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;

/**
 * `date` read day first instead, when `line` holds a date of figures with slashes that either
 * reading allows ("03/01/2023") and that was read month first as `date` (see PATTERNS); else null.
 */
export function dayFirstReading(date: string, line: string): string | null {
  for (const m of line.matchAll(SLASHED_DATE)) {
    const a = +m[1]!;
    const b = +m[2]!;
    if (a > 12 || b > 12 || a === b) continue;
    // The year as it was read: a two-digit one by whichever rule read it.
    const year = m[3]!.length === 4 ? +m[3]! : date.slice(2, 4) === m[3] ? +date.slice(0, 4) : NaN;
    if (ymd(year, a, b) === date) return ymd(year, b, a);
  }
  return null;
}

const MONTH_WORD = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const DAY_THEN_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}(?![\p{L}])`, "gu");
const MONTH_THEN_DAY = new RegExp(String.raw`\b${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:st|nd|rd|th)?\s+${MONTH_WORD})`, "gu");
// Money and spellings of the English written outside North America, where dates are day first.
const DAY_FIRST_ENGLISH = /[£€₹]|\b(?:colour|favour|honour|labour|neighbour|centre|metre|kilometre|programme|organis(?:e|ed|es|ing|ation)|recognis(?:e|ed)|realis(?:e|ed)|criticis(?:e|ed)|whilst|tyres?|Gardaí)\b/iu;
const MONTH_FIRST_ENGLISH = /\b(?:color|favor|honor|neighbor|center|meter|kilometer|organiz(?:e|ed|es|ing|ation)|recogniz(?:e|ed)|realiz(?:e|ed)|criticiz(?:e|ed)|tires?)\b/iu;

/**
 * Whether an English-language page writes its dates day first, as British, Irish and most of the
 * Commonwealth's pages do: by the page's other dates (a slashed one only one reading allows, or a
 * date in words, "4 March 2025" against "March 4, 2025"), else by its money and spelling.
 */
export function writesDayFirst(text: string): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(SLASHED_DATE)) {
    if (+m[1]! > 12 && +m[2]! <= 12) dayFirst++;
    else if (+m[2]! > 12 && +m[1]! <= 12) monthFirst++;
  }
  dayFirst += text.match(DAY_THEN_MONTH)?.length ?? 0;
  monthFirst += text.match(MONTH_THEN_DAY)?.length ?? 0;
  if (dayFirst !== monthFirst) return dayFirst > monthFirst;
  return DAY_FIRST_ENGLISH.test(text) && !MONTH_FIRST_ENGLISH.test(text);
}

/** The first explicit calendar date in a string, or null. */
// Digits of the world's other scripts: "١٢ مارس ٢٠٢٣", "۶ نوامبر ۲۰۲۳", "१२ मार्च २०२३", "১৫ সেপ্টেম্বর ২০২০",
// "๑๕ ก.ย.", "２０２３年". (Each is one code unit, as its ASCII digit is: positions in the text stay the
// same. A year of the Hijri calendar, "١٤٤٥", is outside the years the patterns take; one of the
// Iranian calendar is read with its month's Persian name, see jalaliToGregorian.)
// Each script's zero: Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
// Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, full-width.
const ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10];
const HAS_OTHER_DIGITS = new RegExp(`[${ZEROS.map((z) => `\\u${z.toString(16).padStart(4, "0")}-\\u${(z + 9).toString(16).padStart(4, "0")}`).join("")}]`, "u");
const OTHER_DIGITS = new RegExp(HAS_OTHER_DIGITS.source, "gu");
const asciiDigit = (d: string) => {
  const c = d.charCodeAt(0);
  return String(c - ZEROS.findLast((z) => z <= c)!);
};

/** A text with its digits of other scripts written as ASCII ones (same length). */
export function asciiDigits(text: string): string {
  return HAS_OTHER_DIGITS.test(text) ? text.replace(OTHER_DIGITS, asciiDigit) : text;
}

export function findDate(text: string): { date: string; index: number; length: number } | null {
  text = asciiDigits(text);
  let best: { date: string; index: number; length: number } | null = null;
  for (const { re, pick } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const date = pick(m);
    if (date && (!best || m.index < best.index)) best = { date, index: m.index, length: m[0].length };
  }
  return best;
}

/** Parses a string that is meant to be a date as a whole (a header, front matter), or null. */
export function parseDate(text: string): string | null {
  const found = findDate(text);
  return found ? found.date : null;
}

/** A date as a header line can state it (RFC 822 included): "Mon, 05 Apr 93 18:01:16 GMT". */
export function parseHeaderDate(text: string): string | null {
  const cleaned = text.replace(new RegExp(`^\\s*(?:${WEEKDAY})\\s*`, "iu"), "");
  return parseDate(cleaned);
}

/** A preposition or article before a date: "Le 3 janvier", "am 3. Januar", "el 3 de enero". */
export const DATE_PREPOSITION = /^\s*(?:le|am|el|il|em|on|den)\s+(?=\d)/iu;
const HOUR_FIRST = /^\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:on\b|,|[-–—|·])?\s*/iu;
// (A weekday's short form, which only a date line opens with: "ma 13 nov 2023 17:21", "wt., 9 kwietnia".)
const WEEKDAY_PREFIX = new RegExp(`^\\s*(?:${WEEKDAY}|(?:ma|di|wo|do|vr|za|zo|pon|wt|śr|czw|pt|sob|niedz|пн|вт|ср|чт|пт|сб|вс)\\.?,?(?=\\s+\\d|\\s*$))\\s*`, "iu");
// What may surround a date on a date line: times, zones, "at", reading time, an icon's name.
const DATE_LINE_NOISE: RegExp[] = [
  new RegExp(`(?:${WEEKDAY})`, "giu"),
  // (An hour alone with its a.m. or p.m. too: "July 11, 2023 5 AM PT".)
  /\b\d{1,2}(?:[:.h]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?(?!\p{L}))/giu,
  /\d+\s*min(?:ute)?s?\.?\s*read\w*/giu,
  /(?<![\p{L}\p{N}_])(?:[A-Z]{2,5}T|[ECMP]T|UTC|GMT|WIB|WITA|at|um|à|a las|le|on)(?![\p{L}\p{N}_])|[+-]\d{4}\b/gu,
  // (A zone in words, as press-release wires give it: "08:00 AM Eastern Daylight Time".)
  /\b(?:(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Greenwich Mean|British Summer|Irish Standard|(?:Central |Western |Eastern )?European(?: Summer)?|Coordinated Universal|India|Japan|Korea|China|Singapore|Hong Kong|(?:Australian )?(?:Eastern|Central|Western))(?: (?:Standard|Daylight|Summer))? Time)\b/gu,
  // (The word before the hour in the archive's other languages: "om 17:30", "alle 13:21", "às 14:12",
  // "o 07:30", "pukul 14:05", "kl. 09.15", "Uhr"; not \b, which knows no letter beyond ASCII.)
  /(?<![\p{L}])(?:om|alle|ore|às|o|godz\.|pukul|kl\.?|uhr|saat|v|la|a les|a las|в)(?![\p{L}])/giu,
  // (Morning and afternoon before the hour in Korean, Japanese and Chinese: "오전 10:12", "午後3時";
  // the Thai hour's "น.", "14:35 น.".)
  /오전|오후|午前|午後|上午|下午|(?<=\d\s?)น\./gu,
  /[\s,.|–—()-]+/gu,
];

function leftover(text: string, f: { index: number; length: number }): string {
  let rest = text.slice(0, f.index) + " " + text.slice(f.index + f.length);
  for (const re of DATE_LINE_NOISE) rest = rest.replace(re, " ");
  return rest.trim();
}

/** Whether a string is only a date (with weekday, time, zone): "Sat., May 23, 2015". */
export function isDateOnly(text: string): boolean {
  const f = findDate(text);
  return f !== null && leftover(text, f).length === 0;
}

/**
 * The date a short line opens with, when little else is on it: "Fri., March 17, 2023", "Oct 12,
 * 2022 10:45 AM", "Fri., March 17, 2023timer4 min. read". A line that goes on to say something
 * ("March 17, 2023 was a cold day") or holds a second date is not a date line.
 */
export function leadingDate(text: string): string | null {
  if (text.length > 90) return null;
  // (A preposition may stand before the date: "Le 3 janvier 2023 à 09h00", "Am 3. Januar 2023".)
  text = text.replace(DATE_PREPOSITION, "");
  // A date line opens with a number, a weekday or a month; anything else is not one (and the
  // month patterns are too costly to try on every short line).
  const first = /^\s*(\d|[\p{L}]+)/u.exec(text)?.[1];
  if (!first || (!/\d/.test(first) && MONTHS[first.toLowerCase()] === undefined && !WEEKDAY_PREFIX.test(text))) return null;
  const f = findDate(text);
  if (!f) return null;
  // (The hour may come first, as broadcasters print it: "9:14 am on 21 August 2024".)
  const before = text.slice(0, f.index).replace(HOUR_FIRST, "").replace(WEEKDAY_PREFIX, "").trim();
  if (before.length > 0) return null;
  const rest = leftover(text, f);
  if (/\d{3}/.test(rest)) return null;
  if (rest.length > 25 || rest.split(/\s+/).length > 2) return null;
  return f.date;
}
