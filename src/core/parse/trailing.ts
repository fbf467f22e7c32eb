// What a page sets after a story's last paragraph, told by shape rather than by any site's words
// (and so in any language): a list of links under a label ("Past articles on this issue:", "Links:",
// "Lire aussi :"), and a run of teasers, each a headline with the first words of its story cut off
// by an ellipsis.
import { type Paragraph } from "./story.js";
import type { Line } from "./lines.js";
import { type Offer, RANK_META, RANK_PUBLISHED } from "./fields.js";
import { HIRAGANA, LABELLED_FIELD, OBITUARY_DATES, endsSentence, isProse, isShareButton, wordsIn } from "./shapes.js";
import { isBoilerplate, isTagsHeading, isTrailer, isWidgetHeading } from "./boilerplate.js";
import { BY_WORD, isOutlet, isPersonName, isRole, joinNames } from "./byline.js";
import { readStamp } from "./stamps.js";
import { leadingDate } from "./dates.js";

const URL = /(?:https?:\/\/|www\.)\S/i;

/** A label over a list: a few words ending in a colon, no sentence in it. */
function isListLabel(t: string): boolean {
  return t.length <= 60 && /^\p{Lu}/u.test(t) && /\s?:$/u.test(t) && wordsIn(t, 9) <= 8 && !/[.!?]\s/u.test(t);
}

/**
 * An item of a list of links: a web address, or a title of five words or more that is no
 * sentence of prose (it does not end in a full stop). A list of short items (names, "Jane Roe
 * (45)") may be the story's own, and stays.
 */
function isLinkItem(t: string): boolean {
  // (Not a label itself, nor a list run onto one line, "• Jane Roe (Chile) • John Doe (Peru)".)
  if (t.includes("\n") || /:$/.test(t) || /[•·▪].*[•·▪]/u.test(t) || wordsIn(t, 41) > 40) return false;
  if (URL.test(t)) return true;
  return wordsIn(t, 5) >= 5 && !/\.["”’»)]*$/u.test(t);
}

/**
 * Drops a list of links closing the body: a label ending in a colon, after the story's prose, and
 * from it to the end nothing but items of links (at least one).
 */
export function dropLinkList(paragraphs: Paragraph[]): Paragraph[] {
  let i = paragraphs.length - 1;
  while (i >= 1 && isLinkItem(paragraphs[i]!.text)) i--;
  // (Not a label with nothing under it: "Key points include:" may close a story whose list the
  // scraper lost.)
  if (i === paragraphs.length - 1 || i < 1) return paragraphs;
  if (!isListLabel(paragraphs[i]!.text) || !paragraphs.slice(0, i).some((p) => isProse(p.text))) return paragraphs;
  // (People with their ages, most of them, are the story's own list: "Jane Roe, 37 -- Napa, California".)
  const items = paragraphs.slice(i + 1);
  if (items.filter((p) => AGED.test(p.text)).length * 2 > items.length) return paragraphs;
  return paragraphs.slice(0, i);
}

const AGED = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}, \d{1,3}\b/u;

// A teaser cut off by an ellipsis after a word or a comma (not after a sentence's stop).
const CUT_OFF = /[\p{L}\p{N},;"'”’)\]]\s?(?:\.{3}|…)$/u;
// Where a teaser's headline meets its first words with no space between: "… Wrong HouseThe owners",
// "… Beach [WATCH]On Monday", "… a Turn'According to", "… in 1996 deathA man".
const HEADLINE_JOIN = /(?<=\p{Ll}|[\])'’"”])\p{Lu}(?:\p{Ll}|\s)/u;

/** A headline and the first words of its story run together, cut off: a teaser of a list of links. */
function isGluedTeaser(t: string): boolean {
  if (t.includes("\n") || t.length > 600 || !CUT_OFF.test(t) || wordsIn(t, 61) > 60) return false;
  const join = HEADLINE_JOIN.exec(t);
  if (!join) return false;
  const headline = t.slice(0, join.index);
  // (The headline: three words or more, no full stop inside it; a question may open it, "Who Is
  // Jane Roe? Harbour Pilot …".)
  return /^["“‘'(]?[\p{Lu}\p{N}]/u.test(headline) && wordsIn(headline, 3) >= 3 && !/[\p{Ll}\p{N}]{2}\.["”’)]*\s/u.test(headline);
}

/**
 * Drops the teasers of a list of links set into or after the story (two or more: one such
 * paragraph alone may be the story's own, a quotation trailing off).
 */
export function dropGluedTeasers(paragraphs: Paragraph[]): Paragraph[] {
  let teasers = 0;
  for (const p of paragraphs) if (isGluedTeaser(p.text) && ++teasers >= 2) break;
  if (teasers < 2) return paragraphs;
  const out = paragraphs.filter((p, i) => i === 0 || !isGluedTeaser(p.text));
  return out;
}

/**
 * An item of a site's menu: a few words, no sentence, no figures or commas (not "Jane Roe, 45",
 * "Arsenal v Stoke", a quoted title).
 */
function isMenuItem(t: string): boolean {
  if (t.length > 50 || t.includes("\n") || /[,\d]/.test(t) || /[.!?…:;]["”’»)]*$/u.test(t)) return false;
  if (/^["“'‘«]|\sv\s|\svs\.?\s/u.test(t)) return false;
  return wordsIn(t, 5) <= 4;
}

/** Words of prose in paragraphs[from, to). */
function proseWords(paragraphs: Paragraph[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isProse(paragraphs[i]!.text)) n += wordsIn(paragraphs[i]!.text);
  return n;
}

/**
 * The page's bottom: a run of five or more menu items after the story (not under a label ending in
 * a colon, which may head the story's own list), with less than a third as much prose after it as
 * before. The run and everything after it go: footer menus, and the site's notices under them.
 */
export function dropPageBottom(paragraphs: Paragraph[]): Paragraph[] {
  for (let i = 1; i < paragraphs.length; i++) {
    let j = i;
    while (j < paragraphs.length && isMenuItem(paragraphs[j]!.text)) j++;
    if (j - i >= 5 && !/:\s*$/u.test(paragraphs[i - 1]!.text)) {
      const before = proseWords(paragraphs, 0, i);
      if (before >= 50 && proseWords(paragraphs, j, paragraphs.length) * 3 < before) return paragraphs.slice(0, i);
    }
    if (j > i) i = j;
  }
  return paragraphs;
}

// A listed story's age on a line of its own, in the archive's languages, perhaps with the list's
// section after a dash as Brazilian portals print it: "2 hours ago", "Há 1 hora — Em Campinas e
// Região", "Hace 2 horas", "Vor 5 Stunden", "Il y a 3 heures".
export const AGE_LINE = /^(?:(?:\d+|an?) (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago|há (?:\d+|uma?) (?:minutos?|horas?|dias?)|hace (?:\d+|una?) (?:minutos?|horas?|días?)|vor (?:\d+|einer|einem) (?:minuten?|stunden?|tag(?:en)?)|il y a (?:\d+|une?) (?:minutes?|heures?|jours?))(?: [—–-] [^.!?]{2,40})?$/iu;
// A stamp of its own in a list of stories: "Publié hier à 18h25", "Mis à jour le 11 juin", "Updated
// 2 hours ago", "Posted 3 days ago", or an age alone.
const LIST_STAMP = new RegExp(`^(?:publié|publiée|mis à jour|mise à jour|posted|published|updated|publicado|actualizado|veröffentlicht|aktualisiert|опубликовано|обновлено)(?![\\p{L}])[^.!?]{0,40}$|${AGE_LINE.source}`, "iu");

function isListStamp(t: string): boolean {
  return t.length <= 50 && !t.includes("\n") && wordsIn(t, 8) <= 7 && LIST_STAMP.test(t);
}

/** The most words of a listed story's entry between two stamps: its region, headline and teaser. */
const ENTRY_WORDS = 80;

/** Words in paragraphs[from, to). */
function allWords(paragraphs: Paragraph[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += wordsIn(paragraphs[i]!.text);
  return n;
}

/** Whether paragraphs a and b are alike in shape: both a short line, or both longer. */
function sameShape(a: string, b: string): boolean {
  return (wordsIn(a, 13) <= 12) === (wordsIn(b, 13) <= 12);
}

/**
 * A list of other stories after the story, each with its stamp ("En continu", then a region, a
 * headline, a teaser, "Publié à 11h40", and again): three stamps or more at a regular step of two
 * to six paragraphs, the entries between them short. Where the stamp closes each entry, the list starts at the first entry's first
 * short line (found by the shapes of the next entry's paragraphs); where it opens each, at the
 * first stamp. The list, its heading and all after them go, if the story above has 50 words of prose.
 */
export function dropStampedList(paragraphs: Paragraph[]): Paragraph[] {
  const stamps: number[] = [];
  for (let i = 0; i < paragraphs.length; i++) if (isListStamp(paragraphs[i]!.text)) stamps.push(i);
  for (let k = 0; k + 2 < stamps.length; k++) {
    const [a, b, c] = [stamps[k]!, stamps[k + 1]!, stamps[k + 2]!];
    const step = b - a;
    if (step < 2 || step > 6 || Math.abs(c - b - step) > 1) continue;
    // (An entry is a teaser, a few lines short: a live blog's stamped entries hold the story.)
    if (allWords(paragraphs, a + 1, b) > ENTRY_WORDS || allWords(paragraphs, b + 1, c) > ENTRY_WORDS) continue;
    // (Back from the first stamp while the paragraphs have the shapes of the next entry's; an entry
    // opens with a short line, its region or headline, not with its teaser.)
    let start = a;
    for (let j = 1; j < step && a - j >= 0 && sameShape(paragraphs[a - j]!.text, paragraphs[b - j]!.text); j++) {
      if (wordsIn(paragraphs[a - j]!.text, 13) <= 12) start = a - j;
    }
    // (With the list's heading: a short line over it that ends no sentence, "En continu".)
    if (start > 1 && wordsIn(paragraphs[start - 1]!.text, 5) <= 4 && !endsSentence(paragraphs[start - 1]!.text)) start--;
    if (proseWords(paragraphs, 0, start) >= 50) return paragraphs.slice(0, start);
  }
  return paragraphs;
}

/** A headline's shape: one line, capitalised, no sentence ended in it or at its end, 25 words at most. */
function isGluedHeadline(t: string): boolean {
  if (t.includes("\n") || endsSentence(t) || /[:;,]$/.test(t) || !/^["“‘'(]?[\p{Lu}\p{N}]/u.test(t)) return false;
  // (A sentence of the story with a heading run on, "… against him. Chronology of the case", stays;
  // so does a piece cut inside a hashtag, "… des #Gilets" / "Jaunes …".)
  if (/[.!?]["”’»)]*\s+["“‘«]?\p{Lu}|[\p{L}\p{N}\])"”’'»][.!?]["”’»)]*["“‘«]?\p{Lu}|[#@][\p{L}\p{N}_]*$/u.test(t)) return false;
  return wordsIn(t, 26) <= 25;
}

/**
 * Drops a headline a scraper ran into the story: a piece cut from a run-together line (its
 * neighbours cut from the same line), between a sentence's end and the story going on, that ends
 * no sentence itself and is no longer than a headline (25 words): a link to another story set
 * into the text. (Shorter ones go with the story's other fragments; a paragraph of a line of its
 * own that has lost its full stop stays.)
 */
export function dropGluedHeadlines(paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  const headline = paragraphs.map((p, i) => {
    const prev = paragraphs[i - 1];
    const next = paragraphs[i + 1];
    return prev !== undefined && next !== undefined && prev.n === p.n && next.n === p.n && isGluedHeadline(p.text);
  });
  // (Most texts have none, and asking every paragraph whether it is prose, below, was 1.3% of the
  // parser's time over 100k scale-corpus files.)
  if (!headline.includes(true)) return paragraphs.slice();
  // (Several such headlines may follow one another, each glued to the next: "… destroy the
  // evidence.Two men who killed … sentenced to life" / "Jane Roe convicted of …" / "During the
  // trial, …". The later ones go only where the story goes on after them, a sentence of prose: at
  // the page's foot the rules for what follows the story judge them.)
  // (Whether prose follows each run, found from the end: asked of each headline, a run of thousands
  // would be read again for each.)
  const proseAfter = new Array<boolean>(paragraphs.length + 1).fill(false);
  for (let i = paragraphs.length - 1; i >= 0; i--) proseAfter[i] = headline[i] ? proseAfter[i + 1]! : isProse(paragraphs[i]!.text);
  let dropped = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const prev = paragraphs[i - 1];
    dropped = headline[i]! && (endsSentence(prev!.text) || (dropped && proseAfter[i]!));
    if (!dropped) out.push(p);
  }
  return out;
}

// A sentence's end in any script the parser reads, Khmer's and Thai's included.
// (A full stop may have a bracket after it, a Japanese reporter's signature too: "…まとめる。（田中健太）".)
const ENDS_SENTENCE = /[.!?…。！？។៕][\s"”’'»)\]」』]*$|。[（(][^（）()]{1,12}[）)]$/u;

// A headline of a run of them starting between two of the last one's words in small letters:
// "… wildfire fight Drive-thru breakfast event …", "… bus fire Radon testing …".
const HEADLINE_START = /(?<=\p{Ll} )\p{Lu}[\p{Ll}'’-]+ (?=\p{Ll})/gu;

/**
 * Other stories' headlines run together into one line after the story: 30 words or more, no
 * sentence ended anywhere in it, no brackets, and at least three words in capitals standing alone
 * between words in small letters, where one headline ends and the next begins.
 */
function isHeadlineRun(t: string): boolean {
  // (No stop after a small letter or a figure anywhere: "… Helpline at 1-877-945-4478.2 dead, 1 in
  // custody …" is the story's last sentence with a headline run on.)
  if (t.includes("\n") || /[.!?…]["”’»)]*(?:\s|$)|[\p{Ll}\p{N}][.!?]|[()[\]]/u.test(t) || wordsIn(t, 30) < 30) return false;
  return (t.match(HEADLINE_START)?.length ?? 0) >= 3;
}

/**
 * A line that cannot close a story: 14 words at most (or, where `long`, a headline's 25), with
 * letters in it, that ends no sentence (a link, a tag, a menu item, another story's headline), or
 * a run of headlines, or a video's running time. A figure alone ("8,661", a match's crowd) is not.
 */
// (In a telephone number's shapes: "(555) 302-7100", "555-302-7100", "+44 20 7946 0018", "0345 600 7712";
// not a draw's numbers, "04 12 19 33 41", nor years, "1938 - 2025".)
const PHONE_ALONE = /^(?:\(\d{3}\)\s?\d{3}[-.\s]\d{4}|\d{3}[-.]\d{3}[-.]\d{4}|\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}|0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4})$/u;

function isLooseLine(t: string, long: boolean): boolean {
  if (isHeadlineRun(t)) return true;
  // (A Japanese reporter's signature alone in brackets signs the story: see dropBracketedAuthorNote.)
  if (/^[（(]/u.test(t) && isJapaneseSignature(t)) return false;
  // (A video's running time alone, "2:02", over its title: a player's list of clips.)
  if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(t)) return true;
  // (A rule of dashes or box-drawing characters between the story and the widgets under it,
  // "______", is the page's layout; a figure alone is not.)
  if (!/[\p{L}\p{N}]/u.test(t)) return /\S/u.test(t);
  // (A telephone number alone, a contact block's: "(555) 302-7100", "+44 20 7946 0018".)
  if (PHONE_ALONE.test(t)) return true;
  // (Another story's headline that asks or exclaims: "Could the Giant Pike of Example Lake Have
  // Turned Into a Monster?". Its words are capitalised, a sentence's are not.)
  if (/[?!]["”’»)]*$/u.test(t) && isTitleCased(t)) return wordsIn(t, 26) <= (long ? 25 : 14);
  // (A count alone, a comments or shares button's figure, "4" over "Commentaires", is the page's.)
  if (/^\d{1,5}$/u.test(t)) return true;
  if (ENDS_SENTENCE.test(t) || /[:;,]$/u.test(t) || !/\p{L}/u.test(t) || OBITUARY_DATES.test(t)) return false;
  // (Other stories' headlines may run to 25 words, "Montreal to hire up to 450 more police officers
  // as province, city vow to invest …", where three lines or more stand in the list: one such line
  // alone may be the story's last sentence with its stop lost.)
  return wordsIn(t, 15) <= 14 || (long && isGluedHeadline(t));
}

/**
 * Written as a headline in English: four words of four letters or more, every one capitalised
 * (a sentence of prose, even one naming people and places, has verbs and nouns in small letters).
 */
function isTitleCased(t: string): boolean {
  let long = 0;
  for (const w of t.split(/\s+/)) {
    const letters = w.replace(/[^\p{L}]/gu, "");
    if (letters.length < 4) continue;
    if (!/^\p{Lu}/u.test(letters)) return false;
    long++;
  }
  return long >= 4;
}

const EMPTY_LABEL = /^[\p{L}'’-]+(?: [\p{L}'’-]+)?:$/u;

/** A paragraph of such lines only (a credit and a tag run into one paragraph, "— With files from …\nCrime"). */
const isLooseEnd = (t: string, long: boolean) => t.split("\n").every((line) => isLooseLine(line, long));

// Separators of a list's items: "Arsenal v Stoke", "Drama - Featherboy", "Jane Roe (Example TV)", "Jane Roe, 45".
const LIST_ITEM = /\sv\s|\svs\.?\s|\s[-–]\s|\(|,\s*\d/u;

/**
 * Drops the lines a page leaves after the story's last sentence when none of them ends a sentence:
 * related headlines, tags and categories, share buttons, a menu's last items. A story closes on a
 * sentence; a list it introduces (a line ending in a colon over items, or items most of which
 * share a list's separators) stays, and so does a story too short to tell.
 */
/** Whether paragraph k may be another story's headline, up to 25 words (see isLooseLine): a paragraph
 *  of its own line (a piece cut from a run-together line is the story's, if anything: "… submit your
 *  tips online at http://…" with no stop after the address), with no web address. */
function mayBeHeadline(paragraphs: Paragraph[], k: number): boolean {
  return paragraphs[k - 1]?.n !== paragraphs[k]!.n && !/https?:|www\./u.test(paragraphs[k]!.text);
}

export function dropLooseEnds(paragraphs: Paragraph[]): Paragraph[] {
  let i = paragraphs.length;
  // (A label of a word or two closing the text labels nothing: "Source:" with its link lost. A
  // longer one, "Key points include:", may be where a text was cut short.)
  if (i > 0 && EMPTY_LABEL.test(paragraphs[i - 1]!.text)) i--;
  const from = i;
  while (i > 0 && isLooseEnd(paragraphs[i - 1]!.text, mayBeHeadline(paragraphs, i - 1))) i--;
  if (paragraphs.slice(i, from).flatMap((p) => p.text.split("\n")).length < 3) {
    i = from;
    while (i > 0 && isLooseEnd(paragraphs[i - 1]!.text, false)) i--;
  }
  if (i === paragraphs.length || i === 0) return paragraphs;
  const last = paragraphs[i - 1]!.text;
  if (!ENDS_SENTENCE.test(last) || proseWords(paragraphs, 0, i) < 50) return paragraphs;
  // (Items most of which share a list's separators are the story's own list: a draw, nominees.)
  const tail = paragraphs.slice(i).flatMap((p) => p.text.split("\n"));
  if (tail.length >= 2 && tail.filter((t) => LIST_ITEM.test(t)).length * 2 > tail.length) return paragraphs;
  return paragraphs.slice(0, i);
}

const RUN_TAIL_PARAGRAPHS = 3;
/** A run of this many short lines is the page's whatever its words: a story's sub-headings and a poem's
 *  lines stand fewer together. */
const PAGE_RUN = 4;
// A list's item or a field: "• Longer library opening hours", "1. Jane Roe", "Referee: Tom Grey".
const RUN_ITEM = new RegExp(`^(?:[•*·▪–-]\\s|\\d{1,2}[.)]\\s)|${LABELLED_FIELD.source}`, "u");
const ENTRY_HEADER = new RegExp(`^(?:${BY_WORD})\\b|^\\d{1,2}[:.h]\\d{2}\\b`, "iu");
// (A paragraph opening in small letters is a piece of text hard-wrapped with blank lines between its
// lines, whose short lines are no page's.)
const PARAGRAPH_OPENING = /^["“‘«(\[]?[\p{Lu}\p{N}]/u;
const RUN_TAIL_WORDS = 60;

/**
 * Drops a run of three lines or more that cannot close a story (see isLooseLine), after a paragraph
 * that opens and ends like one, and everything under it, where three paragraphs and sixty words at
 * most stand under it: share buttons, tags and other headlines with a prompt, a bio or a rights line
 * under them that ends a sentence, which stops dropLooseEnds' sweep from the end.
 */
export function dropLooseRun(paragraphs: Paragraph[]): Paragraph[] {
  for (let i = 1; i < paragraphs.length; i++) {
    let j = i;
    let count = 0;
    while (j < paragraphs.length && isLooseEnd(paragraphs[j]!.text, mayBeHeadline(paragraphs, j))) count += paragraphs[j++]!.text.split("\n").length;
    if (count >= 3 && j < paragraphs.length && ENDS_SENTENCE.test(paragraphs[i - 1]!.text) && PARAGRAPH_OPENING.test(paragraphs[i - 1]!.text)) {
      const before = proseWords(paragraphs, 0, i);
      const run = paragraphs.slice(i, j).flatMap((p) => p.text.split("\n"));
      // (A writer's line or a time of day in the run heads an entry of the story's own, as a live
      // blog sets them: "Por: Redacción" / "10:05 a. m." over the entry's paragraphs.)
      const list = run.filter((t) => LIST_ITEM.test(t)).length * 2 > run.length || run.some((t) => ENTRY_HEADER.test(t) || RUN_ITEM.test(t));
      // (And four lines or more, or the page's wording in the run or under it: a button, a widget's
      // heading, tags, a trailer. Without it, a few short lines are the story's: sub-headings, a poem.)
      const under = paragraphs.slice(j);
      const paged = run.length >= PAGE_RUN || run.some((t) => isBoilerplate(t) || isWidgetHeading(t) || isTagsHeading(t)) || under.every((p) => isBoilerplate(p.text) || isTrailer(p.text));
      if (!list && paged && before >= 50 && paragraphs.length - j <= RUN_TAIL_PARAGRAPHS && allWords(paragraphs, j, paragraphs.length) <= RUN_TAIL_WORDS) return paragraphs.slice(0, i);
    }
    if (j > i) i = j;
  }
  return paragraphs;
}

const CLOSING_BY = /^(?:By|BY)\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})$/u;

/** Whether paragraph k, a writer's line, closes the story: prose that ends a sentence over it (as many
 *  words of it as a writers' block needs), only the page's short lines under it. */
function closesStory(paragraphs: Paragraph[], k: number): boolean {
  const last = paragraphs[k - 1]!.text;
  return ENDS_SENTENCE.test(last) && isProse(last) && proseWords(paragraphs, 0, k) >= CLOSING_BYLINE_AFTER && paragraphs.slice(k + 1).every((p) => isLooseEnd(p.text, false) || isWidgetHeading(p.text.trim()) || wordsIn(p.text, 16) <= 15);
}

/** At most this many of the page's short lines under a writer's name that signs the story. */
const LINES_UNDER_SIGNATURE = 8;

/**
 * A writer's name under the story's last paragraph, the page's short lines (share buttons) under it,
 * as Vietnamese papers sign a story in capitals ("… nông thôn." / "MINH TÂM" / "Chia sẻ") and Russian
 * and Vietnamese ones in title case, or after "By" in capitals; or a signed document's signer.
 */
export function takeClosingSignature(paragraphs: Paragraph[], offer: Offer): Paragraph[] {
  const signed = takeSignedDocument(paragraphs, offer);
  if (signed !== paragraphs) return signed;
  // (Or in any language, the name after "By", as a paper in Papua New Guinea signs its story: "By
  // MARTHA OMBIA" / "Related stories"; the last paragraph too.)
  for (let k = paragraphs.length - 1, seen = 0; k >= 1 && seen <= LINES_UNDER_SIGNATURE; k--, seen++) {
    const signed = CLOSING_BY.exec(paragraphs[k]!.text.trim())?.[1];
    // (In capitals: in title case a business or a way reads the same, "By Public Transport", "By Appointment Only".)
    if (signed && isSignatureName(signed) && closesStory(paragraphs, k)) {
      offer("author", signed, RANK_META + 3, paragraphs[k]!.n, "writer's name under the story");
      return [...paragraphs.slice(0, k), ...paragraphs.slice(k + 1)];
    }
  }
  // (Or the name alone, in title case first, then in capitals; see signerInTitleCase and signerInCapitals.)
  const titleCase = takeNameUnder(paragraphs, offer, paragraphs.length - 1, signerInTitleCase);
  return titleCase !== paragraphs ? titleCase : takeNameUnder(paragraphs, offer, paragraphs.length - 2, signerInCapitals);
}

/**
 * What a signature's reading asks of paragraph k: undefined when it is no such name (a loose line
 * is passed over, anything else ends the search), null when it is one the rest of the page refuses,
 * or the words the story must not hold for it to be the writer's (lower case).
 */
type SignerKey = (name: string, paragraphs: Paragraph[], k: number) => string | null | undefined;

/** A name in capitals under a Vietnamese story, as its papers sign ("… nông thôn." / "MINH TÂM"). */
const signerInCapitals: SignerKey = (name, paragraphs, k) => {
  if (!isSignatureName(name)) return undefined;
  // (Not a place or a person the story names: "HÀ NỘI", a tag "JOE BIDEN".)
  return VIETNAMESE.test(paragraphs[k - 1]!.text) ? name.toLowerCase() : null;
};

/**
 * A name in title case under a Russian or a Vietnamese story ("… подорожала на 3,4%." / "Анна
 * Петрова"; "… cao hơn trung bình." / "Hoàng Nam"), a hundred words of prose over it: a Russian
 * surname looked for by its stem, as it declines.
 */
const signerInTitleCase: SignerKey = (name, paragraphs, k) => {
  if (!(name.length <= 50 && TITLE_CASE_NAME.test(name) && isPersonName(name))) return undefined;
  const last = paragraphs[k - 1]!.text;
  const cyrillic = CYRILLIC.test(last) && CYRILLIC.test(name) && RUSSIAN_SURNAME.test(name);
  // (A Vietnamese name has the language's marks, or a common family name: a business's or a place's
  // name in title case reads as a person's, "Granite Ridge Resort".)
  const vietnamese = VIETNAMESE.test(last) && (VIETNAMESE_MARKS.test(name) || VIETNAMESE_FAMILY.test(name)) && !NEWSPAPER_FIRST.test(name);
  if (!(cyrillic || vietnamese) || proseWords(paragraphs, 0, k) < CLOSING_BYLINE_AFTER) return null;
  const family = name.split(" ").pop()!.toLowerCase();
  return cyrillic && family.length > 4 ? family.slice(0, -2) : cyrillic ? family : name.toLowerCase();
};

/**
 * A writer's name alone under the story's last paragraph (from paragraph `from` up, past the page's
 * loose lines under it), the name `keyOf` accepts, which the story does not name itself: offered as
 * the author, below a byline, and no part of the story. The name is given as printed.
 */
function takeNameUnder(paragraphs: Paragraph[], offer: Offer, from: number, keyOf: SignerKey): Paragraph[] {
  for (let k = from, seen = 0; k >= 1 && seen <= LINES_UNDER_SIGNATURE; k--, seen++) {
    const name = paragraphs[k]!.text.trim();
    const key = keyOf(name, paragraphs, k);
    if (key === undefined) {
      if (isLooseLine(name, false)) continue;
      return paragraphs;
    }
    const last = paragraphs[k - 1]!.text;
    if (key === null || !ENDS_SENTENCE.test(last) || !isProse(last)) return paragraphs;
    if (paragraphs.slice(0, k).some((p) => p.text.toLowerCase().includes(key))) return paragraphs;
    if (!paragraphs.slice(k + 1).every((p) => isLooseEnd(p.text, false))) return paragraphs;
    offer("author", name, RANK_META + 3, paragraphs[k]!.n, "writer's name under the story");
    return [...paragraphs.slice(0, k), ...paragraphs.slice(k + 1)];
  }
  return paragraphs;
}

// A name of two to four words, each capitalised: "Анна Петрова", "Иван Сергеевич Орлов", "Hoàng Nam".
const TITLE_CASE_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,3}$/u;
const CYRILLIC = /\p{Script=Cyrillic}{3}/u;
const RUSSIAN_SURNAME = /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|ской|ко|ук|юк|ич|ян|дзе|швили|их|ых|ай|ий)$/u;
const VIETNAMESE_MARKS = /[àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const VIETNAMESE_FAMILY = /^(?:Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly) /u;

const REPRINT_LEAD_IN = /\b(?:reads?|read) in full\s?:|\b(?:full )?text of (?:the|his|her|their|a) [^:]{1,60}:\s*$|\bhere is (?:the|a) (?:full )?(?:text|letter|statement|order|proclamation)\b|\b(?:letter|statement|order|proclamation) (?:reads|said|says)\s?:/iu;
// A sentence that reports what someone said or wrote: "… the governor wrote.", "… she said."
const REPORTED = /\b(?:said|says|wrote|writes|added|told|stated|declared)\b[^.!?]{0,60}[.!?]$/u;
// Where an official document was signed, a line in capitals closed by a comma: "THE WHITE HOUSE,".
const SIGNED_AT = /^\p{Lu}[\p{Lu}\s.'’&-]{2,40},$/u;

/**
 * An official document's signature closing the text: the signer's name in capitals, where it was
 * signed, and the date, a line each ("BARACK OBAMA" / "THE WHITE HOUSE," / "October 13, 2016."), as
 * orders, proclamations and letters of state print them. The signer is the author and the date the
 * document's; the block is no part of the text.
 */
function takeSignedDocument(paragraphs: Paragraph[], offer: Offer): Paragraph[] {
  const n = paragraphs.length;
  if (n < 4) return paragraphs;
  const [name, at, dated] = paragraphs.slice(n - 3).map((p) => p.text.trim());
  if (!SIGNED_AT.test(at!) || !isSignatureName(name!)) return paragraphs;
  const date = leadingDate(dated!.replace(/\.$/u, ""));
  // (The text over it is the document's own: not a story's quotation of a letter, "… while men still
  // sail from Avery," the governor wrote.", which a news story may close with the letter's signature.)
  const over = paragraphs[n - 4]!.text;
  if (date === null || !ENDS_SENTENCE.test(over) || /["“”«»]/u.test(over) || REPORTED.test(over)) return paragraphs;
  // (Nor a document a story reprints whole under its lead-in: "The town released the letter on
  // Friday. It reads in full:", "Here is the text of the proclamation:".)
  if (paragraphs.slice(0, n - 4).some((p) => REPRINT_LEAD_IN.test(p.text))) return paragraphs;
  offer("author", name!, RANK_META + 3, paragraphs[n - 3]!.n, "signer under the document");
  offer("date", date, RANK_PUBLISHED + 1, paragraphs[n - 1]!.n, "date under the signature");
  return paragraphs.slice(0, n - 3);
}

/**
 * The writers' block under the story, as Nordic and many European sites set their byline at the
 * foot: names a line each, their jobs, the stamps ("Jane Roe" / "Journalist" / "John Doe" /
 * "Journalist" / "Publisert 14.03.2025, kl. 08.31" / "Oppdatert …"). The names are the writers;
 * the block and what the page sets under it (its other stories) are no part of the story.
 */
export function takeClosingByline(paragraphs: Paragraph[], offer: Offer): Paragraph[] {
  // (The words of prose over paragraph k, counted as k goes: once each.)
  let words = 0;
  for (let k = 2, counted = 0; k < paragraphs.length - 1; k++) {
    for (; counted < k; counted++) if (isProse(paragraphs[counted]!.text)) words += wordsIn(paragraphs[counted]!.text);
    if (words < CLOSING_BYLINE_AFTER || !isPersonName(paragraphs[k]!.text.trim())) continue;
    const names: string[] = [];
    let roles = 0;
    let stamp: { date: string; n: number } | null = null;
    let j = k;
    for (; j < paragraphs.length && j < k + 10; j++) {
      const t = paragraphs[j]!.text.trim();
      const read = /\d/u.test(t) ? readStamp(t) : null;
      if (isPersonName(t) && !isOutlet(t) && !isRole(t)) names.push(t);
      else if (isRole(t)) roles++;
      else if (read && (read.published || read.updated) && read.authors.length === 0) stamp ??= { date: (read.published ?? read.updated)!, n: paragraphs[j]!.n };
      else break;
    }
    // (A name with its job under it, and a stamp: not a list of people the story names.)
    if (names.length === 0 || roles === 0 || stamp === null || j - k < 3) continue;
    // (Nor a letter's sign-off the story quotes, the story going on under it: "Jane Roe" / "Director" /
    // "March 3, 2025" / more of the story.)
    if (paragraphs.slice(j).some((p) => isProse(p.text) && wordsIn(p.text, 21) > 20)) continue;
    offer("author", joinNames(names), RANK_META + 2, paragraphs[k]!.n, "writers under the story");
    offer("date", stamp.date, RANK_PUBLISHED + 1, stamp.n, "stamp under the story");
    return paragraphs.slice(0, k);
  }
  return paragraphs;
}

/** The fewest words of prose over such a block. */
const CLOSING_BYLINE_AFTER = 100;

/** A person's name of two to four words in capitals: "MINH TÂM". (In small letters, a business's or a
 *  place's name under a story reads the same: "Granite Ridge Resort".) */
function isSignatureName(t: string): boolean {
  if (t.length > 40 || /[\d:|•·,]/u.test(t) || t !== t.toUpperCase() || !/\p{Lu}/u.test(t)) return false;
  const cased = t.toLowerCase().replace(/(?<![\p{L}'’])\p{L}/gu, (c) => c.toUpperCase());
  return isPersonName(cased) && !isOutlet(cased) && !isRole(cased) && !NEWSPAPER_FIRST.test(cased);
}
// (A Vietnamese paper's or station's name, "Báo Tuổi Trẻ", "Đài Tiếng nói", a source's, "Theo …", or a
// city's, "HÀ NỘI", which the story need not name again.)
const NEWSPAPER_FIRST = /^(?:Báo|Đài|Tạp Chí|Thông Tấn|Theo|Nguồn)\s|^(?:Hà Nội|Sài Gòn|Đà Nẵng|Hải Phòng|Cần Thơ|Tp\.? Hồ Chí Minh|Hồ Chí Minh)$/u;
// Letters only Vietnamese writes, in the paragraph over the signature: the convention is its papers'.
const VIETNAMESE = /[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/u;

// A note's marker opening a line: "[i] Example Times, May 2, 2014", "[12] ibid".
const NOTE = /^\[(?:\d{1,3}|[ivxlc]{1,7})\]\s*\S/iu;

/**
 * Drops the notes closing a story: a run of lines each opening with a note's marker in brackets
 * (the sources a story's "[i]" or "[12]" point to), with their label ("Sources:", "Notes:"), after
 * a paragraph that ends a sentence.
 */
export function dropNotes(paragraphs: Paragraph[]): Paragraph[] {
  let i = paragraphs.length;
  while (i > 0 && NOTE.test(paragraphs[i - 1]!.text)) i--;
  if (i === paragraphs.length) return paragraphs;
  if (i > 0 && isListLabel(paragraphs[i - 1]!.text)) i--;
  if (i === 0 || !ENDS_SENTENCE.test(paragraphs[i - 1]!.text)) return paragraphs;
  return paragraphs.slice(0, i);
}

// A commentary's note on its author, in brackets at the end of its last paragraph: "…吗？(作者是某大学
// 教授)", "… to vote. (The writer is a professor of law at Example University.)".
// The Chinese note may name the writer first: "（孙海潮 作者为中国前驻外大使）", who is then the author.
const AUTHOR_BRACKET = /\s*[（(](?:(?:([\p{Script=Han}·]{2,5})\s*)?作者(?:是|为|系)[^（）()]{2,80}|the (?:author|writer) is [^()]{5,200})[）)]\s*$/iu;

// A Japanese paper's reporter signing the story's last sentence in brackets: "…まとめる。（田中健太）".
// (Not an agency's or a desk's: "…と述べた。（共同）", "（時事）", "（社会部）".)
const JAPANESE_SIGNATURE = /。\s?[（(]([\p{Script=Han}]{1,3}\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}?)(?:記者)?[）)]\s*$/u;
// (Nor a note that titles are left out, "（敬称略）", that the story goes on, "（続く）", or a desk's job, "（編集委員）".)
const NOT_A_SIGNATURE = /^(?:共同|時事|共同通信|時事通信|ロイター|新華社|聯合|連合)$|[部局社]$|略$|続く?$|委員$|記事$/u;

/** Drops such a note from the end of the story's last paragraph (or the paragraph, when it is all of it). */
/** A reporter's name alone in brackets, as Japanese papers sign a story: "（佐々木 里奈）". */
export function isJapaneseSignature(t: string): boolean {
  const signed = JAPANESE_SIGNATURE.exec(`。${t}`);
  return signed !== null && signed.index === 0 && !NOT_A_SIGNATURE.test(signed[1]!.replace(/\s/gu, ""));
}

export function dropBracketedAuthorNote(paragraphs: Paragraph[], offer?: Offer): Paragraph[] {
  const last = paragraphs[paragraphs.length - 1];
  // (Or alone under the last paragraph: "…行う。" / "（佐々木 里奈）".)
  const before = paragraphs[paragraphs.length - 2];
  if (last && before && /^[（(]/u.test(last.text) && before.text.endsWith("。") && HIRAGANA.test(before.text) && isJapaneseSignature(last.text)) {
    offer?.("author", JAPANESE_SIGNATURE.exec(`。${last.text}`)![1]!.replace(/\s/gu, " "), RANK_META + 2, last.n, "reporter's signature in brackets");
    return paragraphs.slice(0, -1);
  }
  const signed = last && (last.text.endsWith("）") || last.text.endsWith(")")) && HIRAGANA.test(last.text) ? JAPANESE_SIGNATURE.exec(last.text) : null;
  if (last && signed && !NOT_A_SIGNATURE.test(signed[1]!.replace(/\s/gu, ""))) {
    offer?.("author", signed[1]!.replace(/\s/gu, " "), RANK_META + 2, last.n, "reporter's signature in brackets");
    return [...paragraphs.slice(0, -1), { n: last.n, text: last.text.slice(0, signed.index + 1) }];
  }
  const note = last ? AUTHOR_BRACKET.exec(last.text) : null;
  if (!last || !note) return paragraphs;
  if (note[1]) offer?.("author", note[1], RANK_META + 2, last.n, "note on the writer in brackets");
  const text = last.text.slice(0, note.index);
  return text.trim() === "" ? paragraphs.slice(0, -1) : [...paragraphs.slice(0, -1), { n: last.n, text }];
}

// A widget's heading with its links run onto it in one paragraph: "Related Stories 2 dead, 3rd
// person injured in … Violent long weekend leaves …".
const GLUED_WIDGET = /^(?:related (?:stories|articles|links|posts|coverage|content|news)|more (?:stories|articles|news)|recommended(?: for you| stories)?|you (?:may|might) also like|trending(?: now)?|most (?:read|popular|viewed))\b[\s:]*\S/iu;
// ... in capitals, its first link's first capital run onto it: "RELATED STORIESGTAAt …".
const GLUED_WIDGET_CAPS = /^(?:RELATED (?:STORIES|ARTICLES|LINKS|POSTS|COVERAGE|CONTENT|NEWS)|MORE (?:STORIES|ARTICLES|NEWS)|RECOMMENDED|TRENDING|MOST (?:READ|POPULAR|VIEWED))(?=\p{Lu}\p{L})/u;
const isGluedWidget = (t: string) => GLUED_WIDGET.test(t) || GLUED_WIDGET_CAPS.test(t);

/**
 * Drops such a paragraph closing the body, after the story's last sentence; and, wherever it
 * stands, one that is only the heading and a headline (no sentence).
 */
export function dropGluedWidget(paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    if (!isGluedWidget(p.text) || p.text.length > 250 || ENDS_SENTENCE.test(p.text)) out.push(p);
  }
  const n = out.length;
  if (n < 2 || !isGluedWidget(out[n - 1]!.text) || !ENDS_SENTENCE.test(out[n - 2]!.text)) return out;
  return out.slice(0, -1);
}

// The signs that end a text in the scripts that have one: Khmer's bariyoosan and koomuut, Thai's
// khomut (a full stop is another sign in each: Khmer's khan, Thai's space).
const END_OF_TEXT = /[\u17d5\u17da\u0e5b]["”’»)\]]*/gu;
/** Story a text's end sign must close before what follows it is not the story's. */
const END_OF_TEXT_AFTER_CHARS = 200;

/**
 * Ends the story at the sign that ends a text (`…របស់​ប៉ូលិស​៕`): what a page sets after it, its
 * photos' captions and other stories' teasers run onto the last paragraph or not, is no part of
 * it. The last such sign counts (a sign may close a section), and only one that closes at least
 * END_OF_TEXT_AFTER_CHARS of story.
 */
export function endAtTextEnd(paragraphs: Paragraph[]): Paragraph[] {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const t = paragraphs[i]!.text;
    END_OF_TEXT.lastIndex = 0;
    let end = -1;
    for (let m = END_OF_TEXT.exec(t); m; m = END_OF_TEXT.exec(t)) end = m.index + m[0].length;
    if (end < 0) continue;
    let before = end;
    for (let j = 0; j < i; j++) before += paragraphs[j]!.text.length;
    if (before < END_OF_TEXT_AFTER_CHARS || (end === t.length && i === paragraphs.length - 1)) return paragraphs;
    return [...paragraphs.slice(0, i), { ...paragraphs[i]!, text: t.slice(0, end).trimEnd() }];
  }
  return paragraphs;
}

// An entry of a table of contents: its number (a section's, "2", or a subsection's, "2.1"), then a
// short title with no stop: "1 History", "2.1Investigation and trials".
const CONTENTS_ENTRY = /^(\d{1,2})(?:\.\d{1,2}){0,2}\s?\p{Lu}[^!?\n]{0,80}$/u;
const CONTENTS_HEADING = /^(?:contents|table of contents|inhalt|inhaltsverzeichnis|sommaire|índice|contenido|содержание)$/iu;

/**
 * Drops a table of contents: under its heading ("Contents", which the page's furniture has taken
 * already: it is looked for in the text's lines), three numbered entries or more, a paragraph
 * each, the first numbered 1 and the sections' numbers rising one at a time. (Without the heading
 * a numbered list may be the story's: a ranking, "1 Jane Roe (Avery)", "2 …".)
 */
export function dropContents(paragraphs: Paragraph[], lines: readonly Line[]): Paragraph[] {
  for (let i = 0; i < paragraphs.length; i++) {
    if (!paragraphs[i]!.text.startsWith("1") || !headingOver(lines, paragraphs[i]!.n)) continue;
    let last = 0;
    let j = i;
    for (; j < paragraphs.length; j++) {
      const m = CONTENTS_ENTRY.exec(paragraphs[j]!.text);
      if (!m) break;
      const n = Number(m[1]);
      if (n !== last && n !== last + 1) break;
      last = n;
    }
    if (j - i < 3 || last < 2) continue;
    const from = i > 0 && CONTENTS_HEADING.test(paragraphs[i - 1]!.text.trim()) ? i - 1 : i;
    return [...paragraphs.slice(0, from), ...paragraphs.slice(j)];
  }
  return paragraphs;
}

/** Whether the last line with text over line number `n` is a table of contents' heading. */
function headingOver(lines: readonly Line[], n: number): boolean {
  let at = lines.findIndex((l) => l.n === n);
  while (--at >= 0 && lines[at]!.text.trim() === "");
  return at >= 0 && CONTENTS_HEADING.test(lines[at]!.text.trim());
}

// A bullet or arrow that marks a teaser's link: "• ", "› ", "» ", "▪ ". (Not a dash or an asterisk,
// which mark a story's own points in plain text: "- Increased spending on primary education to …".)
const ITEM_MARK = /^(?:[•▪›»·]|>{1,2})\s+/u;

/** A line of a list of other stories' headlines: a headline's length, capitalised, ending no sentence. */
function isTeaserLine(t: string): boolean {
  const s = t.replace(ITEM_MARK, "");
  if (!/^["“‘'«]?[\p{Lu}\p{N}]/u.test(s) || endsSentence(s) || /[:;,]$/.test(s)) return false;
  const words = wordsIn(s, 21);
  return words >= 4 && words <= 20;
}

/**
 * Drops a run of other stories' headlines set into the story, without a label: a paragraph of two
 * lines or more, each a headline (four to twenty words, capitalised, ending no sentence), with the
 * story's prose on both sides ("… in central locations." / "Record number of flats to be launched"
 * / "Couples turn to shorter-wait flats" / "Mr Tay said …"). A story's own list ends its items with
 * stops, or is short items (names, figures); a crosshead is one line.
 */
export function dropTeaserRuns(paragraphs: Paragraph[]): Paragraph[] {
  if (paragraphs.length < 3) return paragraphs;
  const out: Paragraph[] = [paragraphs[0]!];
  for (let i = 1; i < paragraphs.length - 1; i++) {
    const p = paragraphs[i]!;
    const lines = p.text.split("\n");
    const run = lines.length >= 2 && lines.length <= 6 && lines.every(isTeaserLine) && !lines.some((l) => AGED.test(l.replace(ITEM_MARK, "")));
    if (run && isProse(out[out.length - 1]!.text) && isProse(paragraphs[i + 1]!.text)) continue;
    out.push(p);
  }
  out.push(paragraphs[paragraphs.length - 1]!);
  return out;
}

/** The least lines of page (menus, buttons, lists of other stories) that strand a short paragraph under them. */
const STRANDING_LINES = 8;
/** The most words of the paragraphs so stranded, together. */
const STRANDED_WORDS = 30;
/** ... and of those under the story's closing share bar. */
const SHARED_WORDS = 80;

/** Lines of the page that stand between paragraph `a` and paragraph `b` under it, not counting a's
 *  own lines, and whether a list's heading ("Most read", "More news") is among them. */
function linesBetween(a: Paragraph, b: Paragraph, at: Map<number, number>, lines: readonly Line[]): { count: number; lists: boolean; shares: number } {
  let k = at.get(a.n);
  if (k === undefined) return { count: 0, lists: false, shares: 0 };
  // (A's own lines: those its text holds.)
  while (k < lines.length && lines[k]!.n < b.n && (lines[k]!.text.trim() === "" || a.text.includes(lines[k]!.text.trim()))) k++;
  let count = 0;
  let lists = false;
  let shares = 0;
  for (; k < lines.length && lines[k]!.n < b.n; k++) {
    const t = lines[k]!.text.trim();
    if (t === "") continue;
    count++;
    lists ||= isWidgetHeading(t);
    if (isShareButton(t)) shares++;
  }
  return { count, lists, shares };
}

/**
 * Drops a short paragraph or two left at the end after a long run of the page's lines that were
 * already taken out, lists of other stories among them (share buttons, "Most read", other
 * headlines): a newsletter box's pitch, a footer's sentence ("Get the region's news in your inbox
 * every morning."). A story's own last paragraph follows the one before it, with at most captions,
 * links or an advertisement between, and no list's heading.
 */
export function dropStrandedEnd(paragraphs: Paragraph[], lines: readonly Line[]): Paragraph[] {
  if (paragraphs.length < 2) return paragraphs;
  // (The lines' index is made only for a short last paragraph: most stories end on a long one.)
  let at: Map<number, number> | undefined;
  let words = 0;
  for (let k = paragraphs.length - 1; k >= 1; k--) {
    words += wordsIn(paragraphs[k]!.text, SHARED_WORDS + 1);
    if (words > SHARED_WORDS) break;
    at ??= new Map(lines.map((l, i) => [l.n, i]));
    const between = linesBetween(paragraphs[k - 1]!, paragraphs[k]!, at, lines);
    if (words <= STRANDED_WORDS && between.count >= STRANDING_LINES && between.lists && proseWords(paragraphs, 0, k) >= 80) return paragraphs.slice(0, k);
    // (Or under the share bar the story closes with, a few buttons a line each: what the page sets
    // there is its own, a results box, the writer's card: "… too early." / "Share" / "Facebook" / "X" /
    // "Email" / "RESULT" / "1st Example Lad 9-1".)
    // (Not sentences of the story's own under a share bar set into it: most of what is cut is no sentence.)
    const under = paragraphs.slice(k);
    const sentences = under.filter((p) => endsSentence(p.text)).length;
    // (One short line alone is the page's prompt: "Onze journalisten lezen je reactie graag. …".)
    const pageLike = sentences * 2 < under.length || (under.length === 1 && wordsIn(under[0]!.text, 21) <= 20);
    if (between.shares >= 3 && !under.some((p) => isProse(p.text) && wordsIn(p.text, 26) > 25) && pageLike && proseWords(paragraphs, 0, k) >= 150) return paragraphs.slice(0, k);
  }
  return paragraphs;
}
