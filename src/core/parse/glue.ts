import { decodeEntities, line as lineAt, tidy, unboxed, UNTIDY, type Line } from "./lines.js";
import { isPersonName } from "./byline.js";
import { findDate, leadingDayMonth } from "./dates.js";
import { readStamp } from "./stamps.js";

// Scraped pages often reach us with their elements joined without a break: "…Sign InQuick
// LinksNews…", "…for the next decade.It culminated…", "By Omar MoslehStaff ReporterFri., March 17,
// 2023". This module cuts such a line back into the pieces the page had, so that menus, headlines,
// bylines and paragraphs can be told apart. Ordinary prose is left alone: only a sentence end glued
// to the next sentence, or a wide gap of spaces, splits a normal line.

// Words that end in a full stop without ending a sentence ("Mr.Smith" is a typo, not two paragraphs).
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "ph", "st", "jr", "sr", "no", "vs", "co", "inc", "ltd", "corp", "gen", "gov", "sen",
  "rep", "lt", "col", "sgt", "capt", "cpl", "const", "supt", "det", "prof", "mt", "ft", "ave", "rd", "hon",
  "rev", "fr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "etc",
]);

// A sentence end glued to the next sentence: "decade.It", "Canada?Molly", "forward.”MORE". A match
// starts at the stops and looks back for the letter before them: stops are rare, so the engine
// tries few positions. The second form is the first for a line in Latin-1, in plain classes (see
// CASE_CHANGE_L1), where “”‘’… cannot occur.
// (Not a web address written in title case: "By Jane Roe For Dailymail.Com Published: …"; nor a
// virus's or a version's letter after a capitalised name and one stop, "Zafi.D", "Sasser.B.": a
// letter alone, then a space, a comma or its own stop (not a hyphen: "Martin.F-35 deliveries" parts);
// not one that is a word of its own in some language,
// "France.À Paris", "Brasil.O governo", "Warszawie.W poniedziałek". After a word in small letters
// any letter still parts; so do "L’" and "J.W.".)
const SENTENCE_GLUE = /([.!?…:]+)(?<=[\p{Ll}\p{N}][.!?…:]+)(["”’»)]*)(?=["'“‘]?\p{Lu})(?!(?:Com|Net|Org)\b|(?<=(?<![\p{L}\p{N}])\p{Lu}\p{L}*\.)[BCDFGHJLMNPQRTX](?=[\s,;)]|\.(?![\p{L}\p{N}])))/gu;
const SENTENCE_GLUE_L1 = /([.!?:]+)(?<=[a-zµß-öø-ÿ0-9²³¹¼-¾][.!?:]+)(["»)]*)(?=["']?[A-ZÀ-ÖØ-Þ])(?!(?:Com|Net|Org)\b|(?<=(?<![A-Za-zªµºÀ-ÖØ-öø-ÿ0-9²³¹¼-¾])[A-ZÀ-ÖØ-Þ][A-Za-zªµºÀ-ÖØ-öø-ÿ]*\.)[BCDFGHJLMNPQRTX](?=[\s,;)]|\.(?![A-Za-zªµºÀ-ÖØ-öø-ÿ0-9²³¹¼-¾])))/g;
// ... or a figure opening what follows, a word in small letters after it: "… he said.3 months after
// the shootings …" (after a word of four letters or more: not "fig.3", "No.3", nor a decimal).
const FIGURE_GLUE = /(?<=\p{Ll}{4}[.!?]["”’»)]*)(?=\p{N}+\s\p{Ll})/gu;
// In a long run-together line, one more join: a dotted abbreviation in capitals with the next
// element's capital run onto it, "… shooting in Keremeos, B.C.RCMP officers …", "… in the U.S.The".
// (Not a figure run onto a word, "… Ministry1 man dead": brands and handles end on figures too,
// "Tele2 на", "@Example3 présente".)
// (The match starts at the abbreviation's last stop, which the engine meets rarely; the cut is after it.)
const RUN_TOGETHER_GLUE = /\.(?<=(?:^|[\s(])(?:\p{Lu}\.){2,3})(?=\p{Lu}(?:\p{Lu}|\p{Ll}{2}))/gu;
// A gap of three or more spaces, which scrapers leave where block elements met (or two tabs:
// "City & Politics, History\t\tThe Altona school shooting of 1902", a category over its headline).
const WIDE_GAP = /[ \t\u00a0]{3,}|\t\t/;
// A template engine's tag (Mustache, Handlebars, Liquid): "{{ message }}", "{{ ^verifyErrors }}".
const TEMPLATE_TAG = /\{\{[^{}\n]{0,120}\}\}/g;

/** A page template's tags left in its text ("{{ #verifyErrors }}…{{ /verifyErrors }}") stand between
 *  the elements they wrapped: each becomes a wide gap, where the line is cut. */
function withoutTemplateTags(line: string): string {
  return line.includes("{{") ? line.replace(TEMPLATE_TAG, "   ") : line;
}

/** A line this long holds a page's elements run together (no paragraph of prose is). */
const RUN_TOGETHER_CHARS = 400;
const ONE_TAB = /[ \u00a0]*\t[ \t\u00a0]*/;
const tabbedRunTogether = (line: string) => line.length > RUN_TOGETHER_CHARS && line.includes("\t");
// Two spaces after a sentence: a paragraph break in long scraped lines.
const SENTENCE_GAP = /(?<=[.!?…)]["”’»)]*) {2,}(?=\S)/gu;
// A job title run into the name before it is a join however short the name: "Jane RoeStaff Reporter".
const ROLE_AFTER = /^(?:Staff|Senior|Special|Contributing|Reporter|Correspondent|Columnist|Contributor)\b/u;
// "…on Thursday. By Omar Mosleh": a byline run into the sentence before it; likewise a capitalised
// heading ("… in Alberta's history. ABOUT THE AUTHOR").
const BYLINE_GLUE = /(?<=[.!?]["”’]?)\s+(?=By\s+\p{Lu}|\p{Lu}{2,}(?:\s+\p{Lu}{2,})+$)/gu;
// A teaser link after two spaces at the end of a paragraph: "…himself.  Watch what we do »".
const TEASER_GAP = /\s{2,}(?=[^»]{3,120}»\s*$)/u;

// A link to another story set into this one, its headline run into the next sentence: "READ MORE:
// Families of victims say they feel unsafePolice allege he shot …". Cut where the headline's last
// letter meets the sentence's capital (or its opening quote).
// In the archive's other languages too: "Lire aussi: «…»", "Lire également notre éditorial: …",
// "Lire notre éditorial: …", "Lesen Sie auch: …", "Lea también: …", "Читайте также: …".
const LINK_LABEL = String.raw`(?:READ MORE|Read more|Read More|READ|Read(?: related| this)?|RELATED|ALSO READ|Also read|Also Read|LIRE AUSSI|(?:À l|L)ire (?:aussi|également)(?: [^:\n]{1,30})?|(?:À l|L)ire (?:notre|nos) [^:\n]{1,30}|Voir aussi|Lesen Sie auch|Mehr zum Thema|Lea también|Lee también|Te puede interesar|Читайте также)\s*:\s*\S`;
export const LINK_LEAD = new RegExp(`^${LINK_LABEL}`, "u");
// ... run onto the sentence before it, whatever ends that: "… of 100 MPN.READ: Manila Bay cleanup: …".
// (Or after the stop and a space, on a page run together: "… ne perdureront pas. Lire aussi: Démocratie
// directe, version «gilets jaunes» En Europe, on aurait pu …".)
// (Or an ellipsis: "… renvoyé aux sénateurs…Lire aussi: Des armes suisses contre les «gilets jaunes»Pour …".)
const LINK_AFTER_STOP = new RegExp(`(?<=\\S[.!?…]["”’]?)(?=${LINK_LABEL})|(?<=\\S[.!?…]["”’]?) (?=${LINK_LABEL})`, "u");
const LINK_INSIDE = new RegExp(LINK_LABEL, "u");
// (Past the headline's first three words, after a word's small letters, not a name's "McIlroy" nor
// a site's "ExampleNewsMontreal.ca". A capital with an elided article counts, "L’idée"; an
// apostrophe closes the headline only after a word, not in an elision, "d’Annecy".)
const LINK_END = /(?<=\p{Ll}{3}|[\p{N}”»?!]|\p{L}{3}[’'])(?=[“"«]?\p{Lu}(?:\p{Ll}|[’']\p{L}))/gu;

// ... or where a gap of two spaces or more follows it: "Lire aussi l'éditorial: Mélenchon, un
// insoumis à la dérive  Le président du groupe …".
const LINK_GAP = /\S(\s{2,})(?=\S)/u;

function cutLinkLead(piece: string): string[] {
  if (!LINK_LEAD.test(piece)) return [piece];
  const gap = LINK_GAP.exec(piece.slice(0, 220));
  // (Past the headline's first words: not a gap right after the label's colon.)
  if (gap && gap.index > piece.indexOf(":") + 10) return [piece.slice(0, gap.index + 1), piece.slice(gap.index + 1 + gap[1]!.length)];
  const words = /^(?:\S+\s+){4}/u.exec(piece);
  if (!words) return [piece];
  LINK_END.lastIndex = words[0].length;
  const m = LINK_END.exec(piece);
  if (m && m.index <= 220) return [piece.slice(0, m.index), piece.slice(m.index)];
  // (Or where, after a space, a quotation of three words or more opens a sentence, or a word that
  // only opens sentences does, a word in small letters after it: "… version «gilets jaunes» En
  // Europe, on …", "… la présidentielle» Ce week-end, …", "… a reculé «Je suis heureux que …».)
  const resume = LINK_RESUME.exec(piece.slice(words[0].length, 240));
  if (!resume) return [piece];
  const at = words[0].length + resume.index + 1;
  return [piece.slice(0, at - 1), piece.slice(at)];
}
// A quotation's opening mark and three words before its closing one, or a sentence's opener (French
// places after their preposition as well, "En Europe, …": French headlines are not in title case).
const LINK_RESUME = / (?=[«“"]\p{Lu}[^«»“”"]*?\s[^«»“”"]*?\s[^«»“”"]*?[»”"]|(?:En|Ce|Ces|Cette|Le|La|Les|Dans|Mais|Selon|Pour|Depuis|Il|Elle|Ils|Elles|On|Au|Aux|Après|Lors|The|In|But|He|She|They|Der|Die|Das|Im|Am|El|Los|Las|Según)\s\p{Ll}|(?:En|Dans|Au|Aux|À)\s\p{Lu}\p{Ll}+,)/u;

// A footer's links joined by bars without spaces, run onto the story's last sentence: "… to launch
// an appeal. Example's Standards and Practices|About Example News" (not a page title's " | Site").
const PIPE_MENU_TAIL = /(?<=[.!?]["”’]?)\s*(?=\p{Lu}[^.!?|]{0,59}[^.!?|\s](?:\|[^.!?|\s][^.!?|]{0,59})+$)/u;

// A dateline's place run onto a headline in sentence case on a page run together: "Police
// investigating after two bodies found in home Vaudreuil-dorion, que.The Example Press…". (Not a
// sentence's "… in Laval, Que.": the headline part has no stop, and 20 words at most, the last
// of them in small letters.)
const HEADLINE_PLACE = /^([^.!?;]{10,160} \p{Ll}[\p{Ll}'’-]*) (\p{Lu}[\p{Ll}'’-]+(?: \p{L}[\p{Ll}'’-]+)?, \p{L}[\p{Ll}.]{1,5}\.)$/u;

// ... nor a headline's own "… into daycare in Laval, Que.": the word before the place is no
// preposition.
const BEFORE_PLACE = /\b(?:in|at|on|of|near|from|to|outside|inside|into|for|by|across|around|over|under|and|or|with)$/;

// Or run onto a headline that ends on a region's capitals: "… found dead in Surrey, B.C.Surrey, b.c.".
const HEADLINE_REGION_PLACE = /^([^!?;]{10,160}, (?:\p{Lu}\.){2})(\p{Lu}[\p{Ll}'’-]+(?: \p{L}[\p{Ll}'’-]+)?, \p{Ll}[\p{Ll}.]{1,5}\.)$/u;

function splitHeadlinePlace(piece: string): string[] {
  const t = piece.trim();
  const m = HEADLINE_PLACE.exec(t);
  if (m && m[1]!.split(" ").length <= 20 && !BEFORE_PLACE.test(m[1]!)) return [m[1]!, m[2]!];
  const r = HEADLINE_REGION_PLACE.exec(t);
  return r && r[1]!.split(" ").length <= 20 ? [r[1]!, r[2]!] : [piece];
}

// A video's or a recording's teaser run onto a paragraph's last sentence on a page run together:
// "… because that's what we do."\u00a0WATCH: The police chief addresses the media." (isBoilerplate
// reads the teaser on its own).
const MEDIA_TEASER = /(?<=[.!?]["”’]?)[ \u00a0]+(?=(?:WATCH|LISTEN)(?: ABOVE| BELOW| LIVE)?\s?:\s)/u;
const MEDIA_LABEL = /^(?:WATCH|LISTEN)(?: ABOVE| BELOW| LIVE)?\s?:\s/u;

/** Such a teaser, one sentence, apart from the story's sentences after it. */
function teaserSentence(piece: string): string[] {
  if (!MEDIA_LABEL.test(piece)) return [piece];
  const end = /[.!?]["”’]?\s+(?=["“]?\p{Lu})/u.exec(piece.slice(0, 240));
  return end ? [piece.slice(0, end.index + 1), piece.slice(end.index + end[0].length)] : [piece];
}

// A photo credit closing a caption, run into the next paragraph: a slash credit, "… in Stoney
// Creek. (Jane Roe/CP24)"These are …", "… (Jane Roe/CP24)'Still hoping'…" or "… (Jane Roe/CP24)
// Police said …"; or any parenthesis after a sentence that the next one is glued to without a
// space, "… on Monday. (Submitted by Jane Roe)RCMP have confirmed …".
const CREDIT_GLUE = /(?<=[.!?]["”’]?\s*\( ?\p{Lu}[^()/:,]{1,39}\/[^()]{2,60}\))\s?(?=["“‘']?\p{Lu})|(?<=[.!?]["”’]?\s*\([^()]{2,60}\))(?=["“‘']?\p{Lu})/gu;

// A stamp's time zone run into the story's first sentence: "First published on Thu 16 Mar 2023
// 18.14 GMTA 16-year-old has shot …" (the capitals run on, so no change of case marks the join).
const TIME_ZONE = String.raw`\d[.:]\d\d ?(?:GMT|UTC|BST|CES?T|[ECMP][SD]T|AE[SD]T)`;
const ZONE_HINT = new RegExp(`${TIME_ZONE}\\p{Lu}`, "u");
const ZONE_GLUE = new RegExp(`(?<=\\b\\d?${TIME_ZONE})(?=\\p{Lu}(?:\\p{Ll}|\\s))`, "u");

// Character classes on UTF-16 codes, with an ASCII fast path: these run over every character of
// run-together pages. A position outside the text reads as -1, which is in no class (reading past
// the end of a string would also throw optimised code back to the interpreter).
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

function isLower(k: number): boolean {
  if (k < 0x80) return k >= 97 && k <= 122;
  const c = String.fromCharCode(k);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function isUpper(k: number): boolean {
  if (k < 0x80) return k >= 65 && k <= 90;
  const c = String.fromCharCode(k);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isDigit(k: number): boolean {
  return k >= 48 && k <= 57;
}

function isLetter(k: number): boolean {
  return isLower(k) || isUpper(k) || k >= 0x2e80;
}

const CAPITAL_A = 65, CAPITAL_B = 66, SMALL_Y = 121, CLOSE_PAREN = 41, DOT = 46;
// Words of one capital letter that open a sentence or a headline in the archive's languages ("A",
// "I", "Y", "E", "O", "À", "В", "К", "С", "У", "О", "И", "Я", "А"): "…ОбществоВ метро …". (Not every
// letter that is a word somewhere: a scanned page's stray capitals, "… U legs was burnt …", would cut it.)
const LONE_CAPITALS = new Set(Array.from("AIYEOÀВКСУОИЯА", (ch) => ch.charCodeAt(0)));
/** A space between words: a scraped page's no-break spaces (`&nbsp;`) are as common as plain ones. */
function isSpace(k: number): boolean {
  return k === 0x20 || k === 0xa0;
}
const COPYRIGHT = 0xa9, REGISTERED = 0xae, TRADEMARK = 0x2122, QUOTE = 0x22, LEFT_DQUOTE = 0x201c, LEFT_SQUOTE = 0x2018;

/**
 * Whether a case change at i looks like two elements run together:
 *   "ContentSkip", "tragedyA Nova" (a capital standing alone must be a word: not "ataV"),
 *   "ADVERTISEMENTSkip", "2019Updated", "2023EDMONTON", "2021A crane", "CBC)Though",
 *   "Feedback©2023", "NZBy Jane", "murders“Given".
 */
function isCaseGlue(text: string, i: number): boolean {
  const a = codeAt(text, i - 1);
  const b = text.charCodeAt(i);
  const c = codeAt(text, i + 1);
  if (isUpper(b)) {
    const lone = LONE_CAPITALS.has(b) && isSpace(c);
    if (isLower(a)) return isLetter(c) || lone;
    if (isUpper(a)) {
      if (isLower(c) && isLower(codeAt(text, i + 2))) return true;
      // (A word of two letters after four capitals or more: "… RIPRODUZIONE RISERVATATi potrebbe …".)
      // (Not a capitalised word after it: "RELATED STORIESGTAAt Const. …" is a label's and a teaser's.)
      if (isLower(c) && isSpace(codeAt(text, i + 2)) && isLower(codeAt(text, i + 3)) && [2, 3, 4].every((d) => isUpper(codeAt(text, i - d)))) return true;
      return b === CAPITAL_B && c === SMALL_Y && isSpace(codeAt(text, i + 2)) && isUpper(codeAt(text, i - 2)) && isUpper(codeAt(text, i + 3));
    }
    if (isDigit(a)) return (isLower(c) && isLower(codeAt(text, i + 2))) || (isUpper(c) && isUpper(codeAt(text, i + 2))) || lone || shortWordAt(text, i);
    if (a === CLOSE_PAREN) return isLower(c) || isSpace(c);
    return false;
  }
  if (b === COPYRIGHT) return isLetter(a) || a === DOT || a === REGISTERED || a === TRADEMARK;
  if (b === LEFT_DQUOTE || b === LEFT_SQUOTE || b === QUOTE) return isLetter(a) && isUpper(c);
  return false;
}

/**
 * Whether a lower-to-upper case change at `i` joins two elements rather than being a name's own
 * capital: "Help|Menu" and "bust|Jade" are joins; "Mc|Carthy", "You|Tube" and "i|Phone" are not.
 */
function isJoin(text: string, i: number): boolean {
  if (!isLower(codeAt(text, i - 1))) return true; // upper-to-upper and digit rules carry their own guards
  if (inCamelName(text, i)) return false;
  // (A writer's name run onto the word for "by": "PorMartina Echeverría", "ParJeanne Roy".)
  if (BY_BEFORE.test(text.slice(Math.max(0, i - 5), i)) && isLetter(codeAt(text, i + 1))) return true;
  // (So does what follows a German time's "Uhr": "08.02.2020, 11:24 Uhr|Aktualisiert: …".)
  if (UHR_BEFORE.test(text.slice(Math.max(0, i - 8), i))) return true;
  // (Right after one, the next element starts: "WhatsApp|Facebook".)
  if (camelNameEndsAt(text, i)) return true;
  // (So does a word in capitals after a short word: "Contact Us|BREAKING: Tullamore road …".)
  if (CAPITALS_WORD.test(text.slice(i, i + 24))) return true;
  // (So is a date run onto the name before it: "By Jane RoeJanuary 3, 2023".)
  if (ROLE_AFTER.test(text.slice(i, i + 14)) || leadingDayMonth(text.slice(i, i + 20)) > 0) return true;
  let j = i;
  while (j > 0 && isLower(text.charCodeAt(j - 1))) j--;
  const lower = i - j;
  if (isUpper(codeAt(text, j - 1))) return lower + 1 >= 4;
  // A short word of English ends a headline as often as any ("… 40 years onOn May 28"); the
  // particles of names ("deLuca", "iPhone") are not among these.
  if (lower === 2 && !isLetter(codeAt(text, j - 1))) return SHORT_WORDS.has(text.slice(j, i));
  return lower >= 3;
}

/** "On " at i (not "ON "): a short word of SHORT_WORDS, capitalised, starting a sentence ("… 2015On Monday …"). */
function shortWordAt(text: string, i: number): boolean {
  return isSpace(codeAt(text, i + 2)) && isLower(codeAt(text, i + 1)) && SHORT_WORDS.has(text.slice(i, i + 2).toLowerCase());
}

// Names written with a capital inside, which a page's share bar or text runs on to the next
// element: "WhatsAppFacebook", "LinkedInEmail" ("WhatsApp" is no join, its "Facebook" is).
const CAMEL_NAMES = /WhatsApp|LinkedIn|YouTube|TikTok|PayPal|eBay|GitHub|PlayStation|FaceTime|SoundCloud|WordPress|MacBook|BlackBerry|JavaScript|SpaceX|OpenAI|FedEx|JetBlue|AirAsia|BlackRock|SoftBank|ExxonMobil|AstraZeneca|MasterCard|BioNTech|iPhone|iPad|WeChat|DeepMind|BlogThis/y;

/** Whether the case change at i is inside one of CAMEL_NAMES. */
function inCamelName(text: string, i: number): boolean {
  let start = i - 1;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  for (let from = start; from < i; from++) {
    CAMEL_NAMES.lastIndex = from;
    if (CAMEL_NAMES.test(text) && CAMEL_NAMES.lastIndex > i) return true;
  }
  return false;
}

/** Whether one of CAMEL_NAMES ends right before i. */
function camelNameEndsAt(text: string, i: number): boolean {
  for (let from = Math.max(0, i - 12); from < i - 3; from++) {
    CAMEL_NAMES.lastIndex = from;
    if (CAMEL_NAMES.test(text) && CAMEL_NAMES.lastIndex === i) return true;
  }
  return false;
}

const SHORT_WORDS = new Set(["on", "in", "of", "to", "at", "by", "up", "is", "it", "as", "an", "or", "us", "we", "he", "me", "be", "do", "go", "no", "so", "if"]);

// A web address, whose capitals ("www.TorontoStarReprints.com") are not joins.
const ADDRESS = /(?:https?:\/\/|www\.)[\p{L}\d-]+(?:\.[\p{L}\d-]+)*?\.(?:com|org|net|edu|gov|info|news|ca|uk|co\.uk|de|fr|es|it|au|io|tv)/giu;

// A social account's handle inside a sentence and a tweet's short link (ten characters) hold
// capitals that join nothing: "to @SouthSimcoePS this morning", "https://t.co/ei6HylGPYA". (Not a
// handle after a dash, where an embedded tweet signs and the next paragraph is run on to it:
// "&mdash;@JaneRoeThere was …".)
const HANDLE_OR_SHORT_LINK = /(?<![—–&;-])@[A-Za-z0-9_]{2,15}(?![A-Za-z0-9_])|(?:https?:\/\/)?(?:t\.co|pic\.twitter\.com)\/[A-Za-z0-9]{10}/g;

// Where isCaseGlue can hold at all: a capital (a character that lower-casing changes), "©" or a
// quote. Only these places are examined: a character loop over whole run-together pages was slow.
const GLUE_CANDIDATE = /[\p{CWL}©“‘"]/gu;

// The word for "by" right before a case change, a word of its own (after a non-letter or a small
// letter it was run onto: "PolíticaPorJane Roe").
// (Not English "By" after a small letter: a menu's "Guided By" runs on so, "GuidedByCourier Archive".)
const BY_BEFORE = /(?:(?:^|[^\p{L}])(?:By|Por|Par|Von|Door|Oleh)|\p{Ll}(?:Por|Par|Von|Door|Oleh))$/u;
// A weekday and its day run onto the word before them, in the languages that write weekdays in
// small letters: "Bolognalunedì 12 ottobre 2015", "Madridlunes, 3 de marzo".
const WEEKDAY_AFTER_WORD = /(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|poniedziałek|wtorek|środa|czwartek|piątek|niedziela|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)(?=,? \d{1,2}[ .])/gu;
// A writer's line run onto the standfirst's last word and onto the date after it: "… la facciatadi
// Francesca Lambertini12 ottobre 2015".
const BYLINE_AFTER_WORD = /(?<=\p{Ll}{3})(?=(?:di|by|von|par|por|de|door) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}\d{1,2}[ .])/gu;
// A comment count run onto the word before it: "Labels: traffic, Willow Street4 comments:".
const COUNT_AFTER_WORD = /(?<=\p{L})(?=\d{1,4} (?:comments?|Comments?|responses?|Responses?|replies|Replies):?(?![\p{L}\d]))/gu;
// A word in capitals, a label's ("BREAKING:", "LIVE UPDATES"), which starts an element wherever it meets
// the word before it (see isJoin).
const UHR_BEFORE = /\d ?Uhr$/u;
const FIGURES_DATE = /^\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d(?!\d)/u;
const CAPITALS_WORD = /^\p{Lu}{3,}(?=[:!]|\s\p{Lu})/u;
// A count (of likes, of comments) run onto a date's year: "Sep 12, 2022281", Substack's.
const COUNT_AFTER_DATE = /(?<=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d)(?=\d{1,6}(?!\d))/gu;
// A reading time run onto the stamp's time: "27 Dec, 2021 08:15 AM2 mins to read".
const READING_TIME_AFTER = /(?<=\d ?[ap]\.?m\.?|\d ?[AP]\.?M\.?)(?=\d{1,3} (?:mins?|minutes?) (?:to )?read)/gu;
/** The other elements run onto the word before them, each tried only on a line with its hint. */
const GLUED_ELEMENTS: Array<[RegExp, RegExp]> = [
  [/\d/u, WEEKDAY_AFTER_WORD],
  [/\p{Ll}(?:di|by|von|par|por|de|door) \p{Lu}/u, BYLINE_AFTER_WORD],
  [/\d (?:comments?|responses?|replies)/iu, COUNT_AFTER_WORD],
  [/, (?:19|20)\d{3}/u, COUNT_AFTER_DATE],
  [/\d (?:mins?|minutes?) (?:to )?read/u, READING_TIME_AFTER],
];

const SHARE_NAME = "(?:Facebook|Twitter|X|Pinterest|WhatsApp|LinkedIn|Email|E-mail|Reddit|Telegram|Print|Flipboard|Messenger)";
const SHARE_HINT = new RegExp(`${SHARE_NAME}\\s+${SHARE_NAME}\\s`, "u");
const SHARE_FIRST = new RegExp(`^${SHARE_NAME}\\s`, "u");
const SHARE_RUN_START = new RegExp(`(?<=\\S[.!?])(?=(?:${SHARE_NAME}\\s+){2,}${SHARE_NAME}\\b)`, "u");
const SHARE_RUN_END = new RegExp(`(?<=^(?:${SHARE_NAME}\\s+){2,}${SHARE_NAME})\\s+(?=\\S)`, "u");

function glueSplitPoints(text: string, fewest = 3): number[] {
  const spans: Array<[number, number]> = [];
  if (/www\.|:\/\//i.test(text)) {
    ADDRESS.lastIndex = 0;
    for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) spans.push([m.index, m.index + m[0].length]);
  }
  // (The case changes inside a handle or a short link are counted as joins, as a run-together
  // line's, but the line is not cut there.)
  const kept: Array<[number, number]> = [];
  if (/[@/]/.test(text)) {
    HANDLE_OR_SHORT_LINK.lastIndex = 0;
    for (let m = HANDLE_OR_SHORT_LINK.exec(text); m; m = HANDLE_OR_SHORT_LINK.exec(text)) kept.push([m.index, m.index + m[0].length]);
  }
  const points: number[] = [];
  GLUE_CANDIDATE.lastIndex = 0;
  for (let m = GLUE_CANDIDATE.exec(text); m; m = GLUE_CANDIDATE.exec(text)) {
    const p = m.index;
    if (p >= 1 && isCaseGlue(text, p) && isJoin(text, p) && !spans.some(([a, b]) => p > a && p < b)) points.push(p);
  }
  // (A date run onto the word before it is a join too: "… Francesca Lambertini12 ottobre 2015",
  // "… по QR-коду17 апреля 2024 14:22".)
  for (let p = 1; p < text.length; p++) {
    if (!isDigit(text.charCodeAt(p)) || !isLetter(text.charCodeAt(p - 1))) continue;
    // (A day and month first, cheaply, in words or in figures with the year: "…Brandstiftung08.02.2020,
    // 11:24 Uhr"; then the whole date.)
    if (leadingDayMonth(text.slice(p, p + 30)) === 0 && !FIGURES_DATE.test(text.slice(p, p + 12))) continue;
    const found = findDate(text.slice(p, p + 40));
    if (found && found.index === 0 && !spans.some(([a, b]) => p > a && p < b)) points.push(p);
  }
  for (const [hint, glued] of GLUED_ELEMENTS) {
    if (!hint.test(text)) continue;
    glued.lastIndex = 0;
    for (let m = glued.exec(text); m; m = glued.exec(text)) {
      // (A weekday only after a word of two small letters or more: "Bologna|lunedì 12 ottobre".)
      if (glued !== WEEKDAY_AFTER_WORD || (isLower(codeAt(text, m.index - 1)) && isLower(codeAt(text, m.index - 2)))) points.push(m.index);
      glued.lastIndex = m.index + 1;
    }
  }
  points.sort((a, b) => a - b);
  const cuts = kept.length ? points.filter((p) => !kept.some(([a, b]) => p > a && p < b)) : points;
  // (Three joins make a run-together line, but not three showings of one camel-case name.)
  if (points.length < fewest) return [];
  let joins = 0;
  for (const p of points) if (!isRepeatedName(text, p) && ++joins === fewest) return cuts;
  return [];
}

// A date with its year, cheaply: what a stamp run onto a headline must hold.
const YEAR = /(?:1[6-9]|20)\d\d\b/;
/** The longest line looked at for a stamp run onto a headline. */
const STAMPED_HEAD_MAX = 320;

/**
 * Cuts a line of one or two joins when what follows the last is a publication stamp: a headline,
 * its kicker and its byline-and-date run together ("Officers cleared in …JuneCops cleared in
 * deathsJane Roe - Oct 19, 2022 / 10:55 am | Story: 391457"). Fewer than three joins are a name's
 * capitals in prose; a stamp closing the line is what shows them to be a page's elements.
 */
function stampedHeadPoints(line: string): number[] {
  if (line.length > STAMPED_HEAD_MAX || !YEAR.test(line)) return [];
  const points = glueSplitPoints(line, 1);
  const last = points[points.length - 1];
  if (last === undefined) return [];
  // The stamp's first part: a writer's name, then the date ("Jane Roe - Oct 19, 2022 / 10:55 am").
  const head = line.slice(last).split(/\s\|\s/u)[0]!.trim();
  const found = findDate(head);
  if (!found || found.index === 0 || !readStamp(head)?.published) return [];
  if (!isPersonName(head.slice(0, found.index).replace(/[\s,:;|/–—-]+$/u, ""))) return [];
  // (The kicker may open with a figure, which no change of case marks: "… after apparent
  // murder-suicide2 dead in Peachland homeJane Roe - Jun 28, 2022 / 6:36 pm".)
  // (The kicker says the headline again, shorter: one of its words of four letters or more is the
  // headline's, "Two dead at home in Peachland …" / "2 dead in Peachland home"; not a name's figure,
  // "Library warns Windows10 users about …".)
  const figures = [...line.slice(0, last).matchAll(KICKER_FIGURE)].map((m) => m.index).filter((at) => sharesWord(line.slice(0, at).replace(/\p{L}+$/u, ""), line.slice(at, nextPoint(points, at, last))));
  return figures.length ? [...figures, ...points].sort((a, b) => a - b) : points;
}
// A figure run onto a headline's last word, a word in small letters after it.
const KICKER_FIGURE = /(?<=\p{Ll}{3})(?=\p{N}+\s\p{Ll})/gu;

/** The first of the cut points after `at` (the line's last one, the stamp's, at most). */
function nextPoint(points: number[], at: number, last: number): number {
  return points.find((p) => p > at) ?? last;
}

/** Whether the two texts share a word of four letters or more, whatever its case. */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  return (b.toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((w) => words.has(w));
}

/**
 * Whether the word a case change falls in stands in the text more than once, whole: a name written
 * in camel case ("AutoLink", "PlayStation") that a paragraph repeats is no join. Three of them made
 * a paragraph of BBC prose pass for a run-together page, and its first words were cut off.
 */
function isRepeatedName(text: string, p: number): boolean {
  let a = p;
  while (a > 0 && /[\p{L}\p{N}]/u.test(text[a - 1]!)) a--;
  let b = p;
  while (b < text.length && /[\p{L}\p{N}]/u.test(text[b]!)) b++;
  const word = text.slice(a, b);
  if (word.length < 5) return false;
  // The same whole word elsewhere in the text, not inside a longer run of letters.
  // (Up to the second showing: counting every one made a page of thousands of joins on one
  // repeated word quadratic, each join's look reading the whole line.)
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = at > 0 ? text[at - 1]! : " ";
    const after = text[at + word.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after) && ++count >= 2) return true;
  }
  return false;
}

function cutAt(text: string, points: number[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    if (p <= from) continue;
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

// A photo's slash credit closing a caption that a page's text runs on around, set off by two
// spaces: "… to pieces." Jane Roe with her mother in 2019.  (Facebook/Jane Roe )On her page …".
const GLUED_SLASH_CREDIT = /(?<=[.!?]["”’]?)\s{2,}\( ?\p{Lu}[^()/:,]{1,39}\/[^()]{2,60}\)/gu;
// Where a sentence starts: after a stop, spaces and before a capital (an opening quote may come first).
const SENTENCE_START = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
/** The longest caption cut out before a glued credit. */
const GLUED_CAPTION_MAX = 280;

/**
 * Cuts out each glued slash credit and the one sentence before it, as pieces of their own: the
 * caption and its credit (markCaptions weighs them as it weighs a caption on a line of its own).
 */
function cutGluedCaptions(text: string): string[] {
  const points: number[] = [];
  let from = 0;
  for (const m of text.matchAll(GLUED_SLASH_CREDIT)) {
    const window = Math.max(from, m.index - GLUED_CAPTION_MAX);
    // The caption's start: after the last stop before its own closing one that ends a sentence
    // (not "Ms." nor "J."), or where the text or the last cut piece starts.
    // (Where no sentence ends before it, the caption starts the piece, or follows the last credit;
    // a piece no longer than a caption is one whole, as isCaption sees it.)
    const after = window === 0 ? -1 : lastStartIn(text, window, m.index - 1, SENTENCE_START);
    const start = after >= 0 ? after : window === from ? from : -1;
    if (start < 0) continue;
    points.push(start, m.index, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  return points.length ? cutAt(text, points) : [text];
}

/**
 * Where the text takes up after the last match of `starts` (a sentence's end and the spaces after it)
 * between `from` and `to`, or -1: not after an abbreviation's or an initial's stop ("Ms.", "J.").
 */
function lastStartIn(text: string, from: number, to: number, starts: RegExp): number {
  let start = -1;
  for (const s of text.slice(from, to).matchAll(starts)) {
    const at = from + s.index;
    if (text[at] === "." && abbreviated(text.slice(Math.max(0, at - 20), at))) continue;
    start = at + s[0].length;
  }
  return start;
}

/** Whether a full stop after this text closes an abbreviation or an initial ("Ms.", "J."), not a sentence. */
function abbreviated(before: string): boolean {
  const word = /[\p{L}\p{N}]+$/u.exec(before)?.[0] ?? "";
  return word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}

const DOTTED = /^\p{P}*(?:\p{Ll}\.){2,}$/u;
const TIME_DOTS = /^[ap]\.m\.$/u;
const SENTENCE_AFTER = /^\p{Lu}\p{Ll}+,?[ \u00a0][\p{Ll}\p{N}]/u;

/**
 * Where to cut a sentence glued to the next after straight quotes, which may close the one or open
 * the other: `as "great kids.""Big hearts` is `… kids."` / `"Big hearts`, `she said nothing."We won't`
 * is `… nothing.` / `"We won't`. A straight quote closes when the piece (from `from`) has one open; the
 * rest open what follows. (`quotes` .. `end`: the closing marks after the stop.)
 */
function quoteCut(text: string, from: number, quotes: number, end: number): number {
  let open = false;
  for (let i = from; i < quotes; i++) if (text.charCodeAt(i) === QUOTE) open = !open;
  for (let i = quotes; i < end; i++) {
    if (text.charCodeAt(i) !== QUOTE) continue;
    if (!open) return i;
    open = false;
  }
  return end;
}

/** Splits sentences glued together, sparing abbreviations and web addresses. */
function splitSentenceGlue(text: string, runTogether: boolean): string[] {
  const points: number[] = [];
  const re = LATIN1.test(text) ? SENTENCE_GLUE_L1 : SENTENCE_GLUE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const letter = m.index - 1;
    // Only a window before the join is looked at: scanning the whole line for each join made long
    // run-together pages quadratic.
    const before = text.slice(Math.max(0, letter - 60), letter + 1);
    const token = /\S*$/u.exec(text.slice(Math.max(0, letter - 60), end))?.[0] ?? "";
    // A dotted abbreviation in small letters with a capital run onto it ends what it closes:
    // "Vernon, b.c.The Canadian Press". (Not a time's "p.m.": a stamp runs its section onto it,
    // "2:56 p.m.Local News"; but a sentence is, a word in small letters or a figure after its
    // first: "… at 9 p.m.Borutski remained silent", "… at about 2:15 p.m.At 4:25 p.m., …".)
    const dotted = DOTTED.test(token) && (!TIME_DOTS.test(token) || SENTENCE_AFTER.test(text.slice(end, end + 40)));
    if (m[1] === "." && !dotted && abbreviated(before)) continue;
    // An ellipsis inside a headline ("Exposed…Before it's Too Late") is not a paragraph break.
    if (m[1]!.includes("…") || m[1]!.startsWith("..")) continue;
    // (A web address's dots are no sentence's.)
    if (!dotted && /^(?:https?:|www\.)|@|\.\p{L}+\./u.test(token)) continue;
    points.push(m[2]!.includes('"') ? quoteCut(text, points.at(-1) ?? 0, m.index + m[1]!.length, end) : end);
  }
  FIGURE_GLUE.lastIndex = 0;
  for (let m = FIGURE_GLUE.exec(text); m; m = FIGURE_GLUE.exec(text)) {
    FIGURE_GLUE.lastIndex++; // (The match is empty.)
    if (!/(?:https?:|www\.|@)\S*$/u.test(text.slice(Math.max(0, m.index - 60), m.index))) points.push(m.index);
  }
  if (runTogether) for (const m of text.matchAll(RUN_TOGETHER_GLUE)) points.push(m.index + 1);
  return points.length ? cutAt(text, points.sort((a, b) => a - b)) : [text];
}

// Every place isCaseGlue may cut, one character each (so that neighbours are all counted): a capital
// after a lower-case letter, a digit or ")", the second of two capitals before a lower-case letter,
// a "©" after a word, a quote between a word and a capital. Each alternative starts at its rare
// character and looks back: Unicode property classes are slow, and are then tested far less often.
const CASE_CHANGE = /\p{Lu}(?:(?<=[\p{Ll}\p{N})].)|(?<=\p{Lu}.)(?=\p{Ll}))|©(?<=[\p{L}.®™].)|[“‘"](?<=\p{L}.)(?=\p{Lu})/gu;
// The same for a line in Latin-1 (most lines of European text), in plain classes, several times
// faster: \p{Ll} is a-z µ ß-ö ø-ÿ there, \p{Lu} A-Z À-Ö Ø-Þ, \p{N} 0-9 ² ³ ¹ ¼-¾.
const CASE_CHANGE_L1 = /[A-ZÀ-ÖØ-Þ](?:(?<=[a-zµß-öø-ÿ0-9²³¹¼-¾)].)|(?<=[A-ZÀ-ÖØ-Þ].)(?=[a-zµß-öø-ÿ]))|©(?<=[a-zA-ZªµºÀ-ÖØ-öø-ÿ.®].)|"(?<=[a-zA-ZªµºÀ-ÖØ-öø-ÿ].)(?=[A-ZÀ-ÖØ-Þ])/g;
const LATIN1 = /^[\x00-\xff]*$/;

/** At least three case changes inside words, counted cheaply before the real count. */
export function mayBeRunTogether(line: string): boolean {
  if (/[^\x00-\x7f]/.test(line)) {
    // (A line is cut only at three or more joins: a name's "McDonald" in a paragraph is not one.)
    const re = LATIN1.test(line) ? CASE_CHANGE_L1 : CASE_CHANGE;
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(line)) if (++n >= 3) return true;
    return false;
  }
  const m = line.match(/[a-z]{3}[A-Z]|[A-Z]{3}[a-z]{2}|[0-9][A-Z][a-z]{2}|[0-9][A-Z]{3}|\)[A-Z]/g);
  return m !== null && m.length >= 3;
}

// Cheap first look for any of the joins above; most lines of most texts have none. The ASCII test
// misses joins between non-ASCII letters, so lines with such letters get the full one. It finds
// what /[ \t\u00a0]{3}|»|©|[a-zß-öø-ÿ0-9][.!?:…]["”’»)]*["'“‘]?[A-ZÀ-ÖØ-Þ]|[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]|
// [0-9][A-ZÀ-ÖØ-Þ]|[A-ZÀ-ÖØ-Þ]{2}[a-zß-öø-ÿ]|\)[A-Z]|[.!?)] {2}/ finds, but starts each alternative at
// its rarer character (a capital or a sentence end, looking back for the letter before it), so the
// engine skips most positions of a line of prose: a third faster, on every line of every text.
const QUICK = /[A-ZÀ-ÖØ-Þ](?:(?<=[a-zß-öø-ÿ0-9].)|(?<=\)[A-Z])|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])|[.!?:…](?:(?<=[a-zß-öø-ÿ0-9].)["”’»)]*["'“‘]?[A-ZÀ-ÖØ-Þ]|(?<=[.!?]) {2})|\) {2}|[ \t\u00a0]{3}|\t\t|[»©]|\/[^()/]{2,60}\) ?["“‘]?[A-ZÀ-ÖØ-Þ]/;
// The full test: /[\p{Ll}\p{N}][.!?:…]["”’»)]*["'“‘]?\p{Lu}|\p{Ll}\p{Lu}|\p{N}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u,
// started like QUICK at the capital or the stop (three times faster on Cyrillic or Greek text).
const ANY_JOIN = /\p{Lu}(?:(?<=[\p{Ll}\p{N}].)|\p{Lu}\p{Ll})|[.!?:…](?<=[\p{Ll}\p{N}].)["”’»)]*["'“‘]?\p{Lu}/u;

/** Whether a line may hold any join at all (false for most lines of most texts). */
export function mayHoldJoins(line: string): boolean {
  return QUICK.test(line) || mayHoldWideJoins(line);
}

// Letters beyond Latin-1 (Latin Extended, Greek, Cyrillic and on), between which QUICK sees no joins.
const WIDE_CHARS = /[\u0100-\u1fff\u2c00-\ud7ff]/;

/** The joins QUICK cannot see: between letters beyond Latin-1. */
function mayHoldWideJoins(line: string): boolean {
  return WIDE_CHARS.test(line) && ANY_JOIN.test(line);
}

// QUICK or tidy()'s UNTIDY in one pass: most lines need neither, and one look costs a third less
// than two.
const JOIN_OR_UNTIDY = new RegExp(`${QUICK.source}|${UNTIDY.source}`);

/** Cuts a line that may hold joins (see mayHoldJoins). */
function splitJoins(line: string): string[] {
  // Case joins first, on the whole line, so that their points are found once.
  let pieces = [line];
  const points = mayBeRunTogether(line) ? glueSplitPoints(line) : stampedHeadPoints(line);
  if (points.length > 0) pieces = cutAt(line, points).flatMap((q) => q.split(BYLINE_GLUE));
  if (WIDE_GAP.test(line)) pieces = pieces.flatMap((p) => p.split(WIDE_GAP));
  // (A share bar's names run onto what follows them: "Facebook Twitter Pinterest WhatsApp SURREY: …".)
  if (pieces.length > 1 && SHARE_HINT.test(line)) pieces = pieces.flatMap((p) => p.split(SHARE_RUN_START)).flatMap((p) => (SHARE_FIRST.test(p) ? p.split(SHARE_RUN_END) : [p]));
  // (In a run-together page, one tab is where two elements met, as two are in a shorter line.)
  if (tabbedRunTogether(line)) pieces = pieces.flatMap((p) => p.split(ONE_TAB));
  if (line.includes("»")) pieces = pieces.flatMap((p) => p.split(TEASER_GAP));
  // (The link may open any piece of the line: "… on the ground.READ MORE: Arrests made in mall
  // homicideThe SQ issued …"; its piece is cut from the sentence before it below.)
  const links = LINK_INSIDE.test(line);
  if (links) pieces = pieces.flatMap((p) => p.split(LINK_AFTER_STOP)).flatMap(cutLinkLead);
  if (line.length > 400 && line.includes("/")) pieces = pieces.flatMap(cutGluedCaptions);
  if (line.length > 400) pieces = pieces.flatMap((p) => p.split(SENTENCE_GAP));
  if (line.length > 400 && (line.includes("WATCH") || line.includes("LISTEN"))) pieces = pieces.flatMap((p) => p.split(MEDIA_TEASER)).flatMap(teaserSentence);
  if (line.includes(")")) pieces = pieces.flatMap((p) => p.split(CREDIT_GLUE));
  if (line.includes("|")) pieces = pieces.flatMap((p) => p.split(PIPE_MENU_TAIL));
  if (line.length > 400 && ZONE_HINT.test(line)) pieces = pieces.flatMap((p) => p.split(ZONE_GLUE));
  const out: string[] = [];
  for (const piece of pieces) {
    for (const p of splitSentenceGlue(piece, line.length > RUN_TOGETHER_CHARS)) {
      for (const q of links && p !== piece ? cutLinkLead(p.trim()) : [p]) {
        const t = q.trim();
        if (t.length > 0) out.push(t);
      }
    }
  }
  if (pieces.length <= 1) return out;
  const cut = cutHeadlineTails(out.flatMap(splitHeadlinePlace));
  return line.length > RUN_TOGETHER_CHARS ? cut.flatMap((p, i) => (i + 1 < cut.length ? cutCaptionTail(p) : [p])) : cut;
}

// A photo's caption and its credit in brackets closing a paragraph the next one is glued to, on a
// page run together: "… the appeal court justices wrote." Jane Roe and John Doe during a
// videotaped conversation in July 2014. (RCMP)" / "But the trial judge …".
// (The credit is names, every word capitalised but joiners, parted by slashes or not: "(RCMP)", "(Jane
// Roe/CBC)", "(OCT. 12 / THE CANADIAN PRESS)"; or a sender's: "(Submitted by Jane Roe)". Not a remark,
// "(Translated from French)", "(Listen to the full interview above.)", nor a wire's credits.)
const CAPTION_TAIL = /(?<=[.!?]["”’]?)\s?\((?:\p{Lu}[\p{L}\p{N}.'’&-]*(?:(?: | ?\/ ?)(?:\p{Lu}[\p{L}\p{N}.'’&-]*|\p{N}{1,4}\.?|and|of|the|de|du|la|for|by))*|(?:Submitted|Supplied|Courtesy|Photo|Handout)\b[^()]{0,50})\)$/u;
// Where a scraper set the caption's block after the paragraph: a no-break space after a sentence.
const BLOCK_START = /[.!?]["”’]?\u00a0\s*(?=["“‘]?\p{Lu})/gu;
/** The longest caption cut from the end of a paragraph (isCaption reads no longer line as one). */
const CAPTION_TAIL_MAX = 400;

/**
 * A piece without the caption closing it, which becomes a piece of its own that isCaption reads as it
 * reads a caption on a line of its own: from the no-break space that opens the caption's block, or
 * else, in a piece longer than a caption, its last sentence. (A piece no longer than a caption, with
 * no such space in it, may be the caption whole, of two or three sentences: left whole.)
 */
function cutCaptionTail(piece: string): string[] {
  if (!piece.endsWith(")")) return [piece];
  const credit = CAPTION_TAIL.exec(piece);
  if (!credit || NOT_A_PHOTO_CREDIT.test(credit[0])) return [piece];
  // (Not at a title's stop the space holds to its name: "Mr.\u00a0Paul Chen".)
  let start = lastStartIn(piece, Math.max(0, credit.index - CAPTION_TAIL_MAX), credit.index - 1, BLOCK_START);
  if (start < 0 && piece.length > CAPTION_TAIL_MAX) start = lastStartIn(piece, credit.index - GLUED_CAPTION_MAX, credit.index - 1, SENTENCE_START);
  // (A caption says what the picture shows: not who said what, a story's quotation or report, "… the
  // mayor told the crowd. (CBC News)", "… a spokesperson told reporters. (AP)".)
  // (A slash credit, "(Jane Roe/CBC)", is a photographer's whatever the caption says: "Jane Roe, a
  // resident, said he was worried … (Jane Roe/CBC)".)
  if (start <= 0 || (!credit[0].includes("/") && REPORTS.test(piece.slice(start, credit.index)))) return [piece];
  return [piece.slice(0, start).trim(), piece.slice(start)];
}
// A note in brackets that is no photo's credit: a wire's, "(Reporting by …)", or the story's own,
// "(VIDEO)", "(Updated)", "(Corrected)", "(More To Come)", "(Sic)".
// (Nor a wire's tag alone, which closes a story's sentence as often: "… rose 4 percent on the news. (Reuters)".)
const NOT_A_PHOTO_CREDIT = /^\s?\((?:(?:Reporting|Additional reporting|Editing|Writing|Compiled|VIDEO|Video|PHOTOS|Photos|WATCH|Watch|LISTEN|Listen|Updated?|UPDATED?|Corrected|CORRECTED|More To Come|MORE TO COME|Sic|SIC|Developing|DEVELOPING|Opinion|OPINION)\b|(?:Reuters|REUTERS|AP|AFP|(?:The )?Associated Press|(?:The )?Canadian Press|La Presse Canadienne|Bloomberg|PA|dpa|EFE|ANSA|Xinhua|Kyodo|Yonhap|CNN|BBC(?: News)?|CBC News|CTV News|Global News)\))/u;
const REPORTS = /["“”]|\b(?:said|says|told|added|asked|wrote|writes|announced|stated|reported)\b/u;

// The last sentence end of a piece and what follows it to the piece's end: words that end no
// sentence, opening with a capital or a figure ("… trying to reach her. Three family members dead in
// apparent murder-suicide in Strathcona County").
const HEADLINE_TAIL = /(?<=\p{Ll}{2}[.!?]["”’]?)[ \u00a0]+([\p{Lu}\p{N}][^.!?]*)$/u;

/** The least a paragraph holds before a glued tail is cut from it: a story's paragraph, not a form's
 *  line ("SIGN UPI would like to be emailed … from The Independent. Read our privacy notice"). */
const HEAD_CHARS = 120;

/**
 * Cuts off the end of a piece that another piece was glued onto when that end is another story's
 * headline or a heading, run onto the paragraph's last sentence: "… kept trying to reach her. Three
 * family members dead in apparent murder-suicide in Strathcona County" / "I called her …". A
 * paragraph ends a sentence; an end of 4 to 25 words that ends none, after one that does, is not
 * the paragraph's (the rules for short lines inside the story then judge it).
 */
function cutHeadlineTails(pieces: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const tail = i < pieces.length - 1 && !/[.!?:;…"”’)»]$/u.test(piece) ? HEADLINE_TAIL.exec(piece) : null;
    if (tail && tail.index >= HEAD_CHARS && isHeadlineTail(tail[1]!, pieces[i + 1]!)) out.push(piece.slice(0, tail.index), tail[1]!);
    else out.push(piece);
  }
  return out;
}

// Words a headline does not end on: a sentence cut off before its end ("… like the", "… de los").
const UNFINISHED = /(?:^|\s)(?:a|an|the|of|to|in|on|at|by|for|with|from|and|or|but|like|as|than|that|which|who|is|are|was|were|its|their|his|her|my|our|your|el|la|los|las|un|una|de|del|y|o|que|en|con|por|para|le|les|des|du|et|ou|au|aux|der|die|das|den|dem|und|oder|mit|von|zu|im|и|в|на|с|по|что)$/iu;

/** Whether the end of a piece is a headline or a heading glued to the piece after it, not a
 *  sentence cut where the page broke it: 4 to 25 words, not ending on a word that leaves it
 *  unfinished nor on a figure, and the next piece opens a paragraph (a capital, or an opening
 *  quote; a quote, when the end is a capitalised word that may run on: "Back" / "Blaze, …"). */
function isHeadlineTail(tail: string, next: string): boolean {
  const words = tail.split(/\s+/);
  // (Nor a hashtag's or a quotation's first part: "… used a "#Long" / "LiveTheKing"".)
  if (words.length < 4 || words.length > 25 || UNFINISHED.test(tail) || !/^[\p{L}'’-]+$/u.test(words[words.length - 1]!)) return false;
  const quoted = /^["“«]\p{Lu}/u.test(next);
  if (/^\p{Lu}/u.test(words[words.length - 1]!)) return quoted;
  return quoted || /^\p{Lu}\p{Ll}/u.test(next);
}

/**
 * Cuts one line of (entity-decoded) text into the pieces it was made of. A normal line comes back
 * as it is; pieces are trimmed and empty ones dropped. Case changes split a line only when it has
 * several of them: one "McCarthy" or "YouTube" in a paragraph is a name, a dozen joins are a page.
 */
export function splitGlued(text: string): string[] {
  const line = withoutTemplateTags(text);
  if (!mayHoldJoins(line) && !tabbedRunTogether(line)) {
    const t = line.trim();
    return t ? [t] : [];
  }
  return splitJoins(line);
}

/**
 * Lines -> the pieces they are made of, entities decoded and spaces tidied. Pieces cut from one
 * line keep its number and are separated by an empty line, as paragraphs are.
 */
export function toSegments(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const decoded = withoutTemplateTags(decodeEntities(line.text));
    // Most lines need only trimming. (The others go to a function of their own, reached early in
    // any run: its rarer paths, met first on a later text, then recompile only it.)
    // (A line in a box a text tool drew, "│RELATED: … │", is the line in it.)
    if (decoded.includes("\u2502") || decoded.includes("\u2503") || decoded.includes("\u2551")) {
      out.push(lineAt(line.n, unboxed(decoded)));
      continue;
    }
    const wideChars = WIDE_CHARS.test(decoded);
    if (wideChars || JOIN_OR_UNTIDY.test(decoded)) {
      segment(line.n, decoded, wideChars, out);
      continue;
    }
    const t = decoded.trim();
    out.push(t === line.text ? line : lineAt(line.n, t));
  }
  return out;
}

/** A line that may need tidying or cutting -> its pieces, appended to out. */
function segment(n: number, decoded: string, wideChars: boolean, out: Line[]): void {
  const wide = wideChars && ANY_JOIN.test(decoded);
  // No joins: tidied (which only trims a line that needs nothing more).
  if (!wide && !QUICK.test(decoded) && !tabbedRunTogether(decoded)) {
    out.push(lineAt(n, tidy(decoded)));
    return;
  }
  const pieces = splitJoins(decoded);
  if (pieces.length <= 1) {
    out.push(lineAt(n, tidy(pieces[0] ?? "")));
    return;
  }
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0) out.push(lineAt(n, "", true));
    out.push(lineAt(n, tidy(pieces[i]!)));
  }
}
