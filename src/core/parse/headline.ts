// Where the headline is: stated twice (title tag and h1), above a byline or stamp, first in a
// plain document, or echoed by an encyclopedia-style lead. Also the kicker (section label) over it.
import { PICTURE_AGENCY_ALONE, RELEASE_LABEL, RELEASE_STATUS, creditLine, isBoilerplate, isCaption, isWidgetHeading } from "./boilerplate.js";
import { AUTHOR_PAGE_LINK, cleanByline, isCaselessName, isOutlet, isPersonName, isRole, nameWithRole, splitNames, withoutAgency } from "./byline.js";
import { BREADCRUMB, BY_ALONE, isHomeRoot, BYLINE, HANDLE, JOB_FIRST, PROVIDED_BY, sectionLine } from "./cluster.js";
import { isDatelineStub, readDateline } from "./dateline.js";
import { findDate } from "./dates.js";
import { type Head, isStoryProse, pageLineUnder, proseAt, stampOf, text } from "./head.js";
import { ACTION, comparable, endsSentence, isHeadlineCandidate, isLabel, isProse, isMenuLine, isShareBar, isShareButton, isShortItem, isTicker, looksLikeHeadline, SITE_ADDRESS, SOURCE_WORD, sentencesOf, sharesMostWords, wordsIn } from "./shapes.js";

// A breadcrumb's steps, three or more parted by arrows: "Futebol › Futebol Nacional › Liga Betclic".
const CRUMB_STEPS = /^[^›»>＞]{1,40}(?:\s[›»>＞]\s[^›»>＞]{1,60}){2,}$/u;

export interface Repeat {
  /** Content index of the first statement (title tag or first copy) and of the h1. */
  first: number;
  h1: number;
  title: string;
  /** A kicker glued in front of the h1 ("Montreal2 children dead, ..."), if any. */
  gluedKicker: string | null;
}

const CAPTION_WITH_CREDIT = /[\p{Ll}\p{N}]{2}[.!?]["”’]?\s+[-–—]\s+\S/u;

/** The headline a page states twice: its title tag ("Headline | Site") or a repeat, then its h1. */
/** A title tag's shape: a headline, then a bar or a dash and a short name ("Headline | Site"). */
export const TITLE_TAG = /^(.*\S)\s+(?:\||-|–|—|::|»)\s+[^|]{2,40}$/u;
/** A title tag that names the site first, a section perhaps, the headline last. */
// (Two bars, the section between: with one, "Headline | Example Herald" reads the other way round.)
export const SITE_FIRST_TAG = /^[^|]{2,30}?\s\|\s[^|]{1,20}?\s\|\s([^|]{13,200}\S)$/u;
// ... or one separator, the site's name before it: "Example Voice | Headline", "Example Mirror -
// Headline". The headline stated again further down as a line of its own tells this from a
// headline with a site after it.
/** A section's name before a headline in a title tag: "Haifa: ", "Sport: ". */
const SECTION_LEAD = /^[^:|]{2,25}:\s+(?=\S.{11})/u;
export const SITE_BEFORE_TAG = /^[^|]{2,40}?\s(?:\||-|–|—|::|»)\s(\S.{12,250}\S)$/u;

/** Whether a labelled byline stands before line `before`, a headline of five words or more over it
 *  (its stamps between perhaps). */
function headlineOverByline(h: Head, before: number): boolean {
  for (let j = 1; j < before; j++) {
    if (!BYLINE.test(text(h, j))) continue;
    let k = j - 1;
    while (k > 0 && stampOf(h, k)) k--;
    if (isHeadlineCandidate(text(h, k)) && wordsIn(text(h, k), 5) >= 5 && !isMenuLine(text(h, k)) && !isBoilerplate(text(h, k))) return true;
  }
  return false;
}

export function repeatedHeadline(h: Head): Repeat | null {
  const seen = new Map<string, number>();
  const tags = new Map<string, { k: number; head: string }>();
  const disambiguated = new Map<string, { k: number; title: string }>();
  // A text that opens with the same line twice states its headline, however it reads.
  if (h.idx.length > 2 && h.idx[0] === 0 && wordsIn(text(h, 0)) <= 40) {
    const t = text(h, 0);
    if (comparable(t) === comparable(text(h, 1)) && !stampOf(h, 0) && !isDatelineStub(t) && firstTwoInARow(h)) return { first: 0, h1: 1, title: t, gluedKicker: null };
  }
  // Otherwise a page states its headline (title tag or first copy) before any prose, and its h1
  // before the story; lines repeated further down are list items.
  let prose = 0;
  for (let k = 0; k < h.end; k++) {
    const t = text(h, k);
    if (isStoryProse(h, k) && ++prose > 1) break;
    const record = prose === 0;
    // A photo's caption with its credit after a dash ("… left two men dead. - York Police") may
    // repeat down a gallery, and reads like "Headline - Site"; a headline ends on no full stop.
    if (CAPTION_WITH_CREDIT.test(t) || (t.includes(" | ") && isCaption(t))) continue;
    // (A blog's title tag names the blog first, then the post: "Example Blog: When the Basement …".)
    const blogTag = k === 0 && !TITLE_TAG.test(t) ? BLOG_TITLE_TAG.exec(t) : null;
    if (blogTag && record) tags.set(comparable(blogTag[2]!), { k, head: blogTag[2]! });
    // (Or the site's name first, a section perhaps, the headline last: "Example Daily | News | Headline".)
    const siteFirst = k === 0 && t.length <= 250 && t.includes(" | ") ? SITE_FIRST_TAG.exec(t) : null;
    if (siteFirst && record && comparable(siteFirst[1]!).length >= 12) tags.set(comparable(siteFirst[1]!), { k, head: siteFirst[1]! });
    const siteBefore = k === 0 && !siteFirst && t.length <= 300 ? SITE_BEFORE_TAG.exec(t) : null;
    // (The section may lead the headline after the bar: "Example North | Haifa: Street to close …".)
    const sectioned = siteBefore ? [siteBefore[1]!, siteBefore[1]!.replace(SECTION_LEAD, "")] : [];
    for (const v of sectioned) if (record && comparable(v).length >= 12 && !tags.has(comparable(v))) tags.set(comparable(v), { k, head: v });
    const tag = t.length <= 250 ? TITLE_TAG.exec(t) : null;
    if (tag) {
      const head = tag[1]!;
      for (const v of [head, head.replace(/^\S+\s+/, "")]) {
        const key = comparable(v);
        if (record && key.length >= 12 && !tags.has(key)) tags.set(key, { k, head: v });
      }
    }
    // (The title tag may lead the headline with its place or section, the h1 under it without:
    // "Kraków. Pożar hali …" / "Pożar hali …".)
    if (record && k + 1 < h.idx.length && ledHeadline(t, text(h, k + 1))) return { first: k, h1: k + 1, title: text(h, k + 1), gluedKicker: null };
    // (A stamp is never a headline: "Winnipeg, Manitoba • Sat, Aug 9, 1947".)
    const candidate = (isHeadlineCandidate(t) || (isPersonName(t) && t.length >= 8)) && !stampOf(h, k);
    if (!candidate && (disambiguated.size === 0 || t.length > 120)) continue;
    const key = comparable(t);
    // An encyclopedia's title and its fact box's heading: "Thomas Young (mass murderer)", "Thomas Young".
    const plain = disambiguated.get(key);
    if (plain !== undefined && plain.k !== k) return { first: plain.k, h1: k, title: plain.title, gluedKicker: null };
    // Menu entries repeat too ("Support Local News"); a headline says more than a label, unless
    // the text opens with it twice.
    // (Nor is a caption said twice, as a page gives its photo's alt text and then the caption: "Diners
    // at a hawker centre. (File photo: Example/Jane Roe)". Asked of candidates only: it is costly.)
    if (!candidate || isCaption(t)) continue;
    const earlier = seen.get(key) ?? tags.get(key)?.k;
    // (Not a caption with its credit under its first copy, as a slideshow repeats it: "Grizzly bear
    // file photo" / "Photo by: Example FWP" / "Prev" / "Next" / "Grizzly bear file photo".)
    // (Nor one whose second copy has the picture's credit under it, as the alt text and the caption
    // say it: "낙동강 하구 을숙도 철새도래지" twice / "[한빛통신 자료사진]".)
    // (Nor a line said twice under a headline with its stamp and labelled byline, as a photo's alt text
    // and caption: the headline / "Published 3 hours ago" / "By Jane Roe, Example News" / buttons /
    // "Bins could go uncollected …" twice / the story.)
    if (earlier !== undefined && earlier !== k && !creditUnder(h, earlier) && !creditClosing(h, k) && !agencyBetween(h, earlier, k) && !headlineOverByline(h, earlier) && isH1(h, k, earlier, tags.get(key)?.k === earlier)) {
      return { first: earlier, h1: k, title: t, gluedKicker: null };
    }
    if (record && !seen.has(key)) seen.set(key, k);
    // (Not a writer's name with the link to their page: "Jane Roe (Accéder à la page de l'auteur)".)
    const bare = AUTHOR_PAGE_LINK.test(t) ? undefined : /^(.{6,}?)\s+\([^()]{2,40}\)$/u.exec(t)?.[1];
    if (record && bare && !disambiguated.has(comparable(bare))) disambiguated.set(comparable(bare), { k, title: t });
    // The h1 with the section label run into it: "Montreal2 children dead, driver charged ...".
    for (const [tagKey, { k: at, head }] of tags) {
      if (at !== k && key.endsWith(tagKey) && key.length - tagKey.length <= 30 && t.endsWith(head)) {
        return { first: at, h1: k, title: head, gluedKicker: t.slice(0, t.length - head.length).trim() || null };
      }
      // (Or the h1 whole where the title tag cut it short: "Example Courier - Dike works at the point
      // take two years longer" over "Dike works at the point take two years longer than planned".)
      // (Not when the tag's headline stands whole further down: a teaser over it may start as it does.)
      if (at !== k && tagKey.length >= 30 && key.length > tagKey.length && key.startsWith(tagKey) && key.length - tagKey.length <= 40 && !standsLater(h, k, tagKey)) {
        return { first: at, h1: k, title: t, gluedKicker: null };
      }
    }
  }
  return null;
}

/** Whether the page's next line under content line k is a photo's credit for it ("Photo by: …"). */
function creditUnder(h: Head, k: number): boolean {
  for (let i = h.idx[k]! + 1; i < h.lines.length && i <= h.idx[k]! + 2; i++) {
    const t = h.lines[i]!.text;
    if (t !== "") return creditLine(t) === "above";
  }
  return false;
}

/** Whether a line is the line under it led by a place or a section of a word or three and a stop, a
 *  colon or a dash: "Kraków. Pożar hali magazynowej …" over "Pożar hali magazynowej …". */
function ledHeadline(t: string, under: string): boolean {
  if (t.length <= under.length + 2 || !t.endsWith(under) || wordsIn(under, 5) < 4 || !isHeadlineCandidate(under)) return false;
  return /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}\s?[.:|–—-]\s$/u.test(t.slice(0, t.length - under.length));
}

/** The head's index of a caption's first copy, its alt text, where line k is the caption under a
 *  picture agency's name under that copy (see agencyBetween); null when it is not. */
function altTextOver(h: Head, k: number): number | null {
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (comparable(text(h, j)) === comparable(text(h, k)) && agencyBetween(h, j, k)) return j;
  return null;
}

/** Whether the only line between two copies of a line is a picture agency's name alone, as a page
 *  gives a photo's alt text, its credit and its caption: "Reizigers op het perron" / "ANP" / the same. */
function agencyBetween(h: Head, a: number, b: number): boolean {
  const between = h.lines.slice(h.idx[a]! + 1, h.idx[b]!).map((l) => l.text.trim()).filter(Boolean);
  return between.length === 1 && PICTURE_AGENCY_ALONE.test(between[0]!);
}

/** Whether the line under content line k is a credit that closes a caption: "(File photo: Example/Jane
 *  Roe)", "[한빛통신 자료사진]" (a credit in brackets, alone). */
function creditClosing(h: Head, k: number): boolean {
  for (let i = h.idx[k]! + 1; i < h.lines.length && i <= h.idx[k]! + 2; i++) {
    const t = h.lines[i]!.text.trim();
    if (t !== "") return creditLine(t) === "below" || (t.length <= 40 && /^[[(（【].*[\])）】]$/u.test(t) && isCaption(t));
  }
  return false;
}

// A minister's name with its honorific, or a statement's kind: never the headline.
const OFFICE_LINE = /^(?:[Tt]he )?(?:[Hh]on(?:ou?rable)?\.?|[Rr]t\.? [Hh]on\.?|[Rr]ight [Hh]onou?rable)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$|^(?:[Jj]oint|[Mm]edia|[Mm]inisterial)\s+(?:[Ss]tatement|[Rr]elease)$/u;
// ... and an office of state, under a minister's name: "The Honourable Jane Roe" / "Minister for Local
// Government and Water" (alone, "Minister for Health Welcomes New Hospital Funding" is a headline).
const OFFICE_UNDER_NAME = /^(?:(?:[Dd]eputy|[Aa]ssistant|[Aa]cting|[Ss]hadow|[Aa]ssociate|[Jj]unior)\s+)?(?:[Mm]inister|[Ss]ecretary|[Pp]remier|[Mm]ayor|[Gg]overnor|[Cc]ommissioner|[Aa]ttorney[- ][Gg]eneral|[Tt]reasurer)\s+(?:for|of)(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|&|of|the|for))+$/u;

const SLIDE_BUTTON = /^(?:prev(?:ious)?|next|[«»‹›<>]|\d{1,3}\s?(?:\/|of)\s?\d{1,3})$/iu;

/** Whether line k is said twice or more, nearby, with a photo's credit under one of its copies. */
function creditedCopy(h: Head, k: number): boolean {
  const key = comparable(text(h, k));
  const copies: number[] = [];
  for (let i = k; i >= 0 && i >= k - 12; i--) if (comparable(text(h, i)) === key) copies.push(i);
  return copies.length > 1 && copies.some((i) => creditUnder(h, i));
}

/** Whether a line after k reads as `key` (compared as comparable() gives it). */
function standsLater(h: Head, k: number, key: string): boolean {
  for (let j = k + 1; j < h.end; j++) if (comparable(text(h, j)) === key) return true;
  return false;
}

/**
 * Whether the second copy of a repeated line at k is the page's h1. Menus are repeated too (a
 * phone menu and a desktop one), so a copy among menu entries counts only when the text opens with
 * it, when the first copy was the title tag, or when a fact box follows ("Born", "Location").
 */
/** Whether the text's first two lines stand in a row, only blank lines between (not the site's name
 *  over its buttons and again over the headline: "Example Ledger" / "Subscribe" / "Sign in" /
 *  "Example Ledger" / the headline). */
function firstTwoInARow(h: Head): boolean {
  return h.lines.slice(h.idx[0]! + 1, h.idx[1]!).every((l) => l.text.trim() === "");
}

function isH1(h: Head, k: number, first: number, viaTag: boolean): boolean {
  if ((first === 0 && k === 1 && firstTwoInARow(h)) || viaTag || factBoxFollows(h, k)) return true;
  const t = text(h, k);
  // (Two copies in a row right under a stamp that has a headline over it are a photo's alt text and
  // its caption: the headline / "Jane Roe" / "May 7, 2025 · 5 min read" / "The team in Lisbon" / the same.)
  // (Past a player's short lines between: "14 marzo 2025" / "Ascolta questo articolo ora..." / "4 min".)
  if (k === first + 1 && first > 0) {
    let s = first - 1;
    while (s > 0 && s >= first - 3 && !stampOf(h, s) && wordsIn(text(h, s), 7) <= 6 && !isProse(text(h, s))) s--;
    if (stampOf(h, s)?.published && headlineOver(h, s)) return false;
  }
  // Buttons and menu entries: "Save to Ancestry", "Northern Ontario", "Movie Reviews".
  if (ACTION.test(t) || (isLabel(t) && wordsIn(t) <= 4)) return false;
  // A menu entry repeated over the story as its section, with the headline under it ("Justice et
  // faits divers", then a kicker or the headline): the copy in a menu names a section.
  if (wordsIn(t, 5) <= 4 && inMenu(h, first) && headlineUnder(h, k)) return false;
  // The site's name again between the writers' names and the stamp is their outlet: "Jane Roe et
  // John Doe" / "Le Quotidien de l'Exemple" / "Publié le 3 février 2020".
  if (k > 0 && k + 1 < h.idx.length && stampOf(h, k + 1) && namesOnly(text(h, k - 1))) return false;
  if (bylineSoon(h, k)) return true;
  return !inMenu(h, k) && storySoon(h, k);
}

/** Whether a line of five words or more that reads as a headline stands a few lines over line k. */
function headlineOver(h: Head, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const t = text(h, j);
    if (wordsIn(t, 5) >= 5 && looksLikeHeadline(t) && !isProse(t) && !isMenuLine(t) && !isBoilerplate(t)) return true;
  }
  return false;
}

/** The widget heading ("TOP STORIES", "Related stories") over a list of two items or more, each
 *  an `item` and no prose nor stamp, that ends at line k; or -1. */
function widgetListOver(h: Head, k: number, item: (t: string) => boolean): number {
  let j = k;
  // (A section's path ends the list: "TECH / WEARABLES / BUSINESS" stands over the headline.)
  // (An item may keep its bullet: "Related stories" / "• Invasive mussels found in …".)
  // (So does a breadcrumb copied without its marks: "Home Regional News" / the headline; and a
  // ticker's headlines run into one line: "Latest:" / "Mine resumes production – Water cut in … –
  // …" / the headline.)
  while (j >= 0 && item(text(h, j).replace(LIST_BULLET, "")) && !isProse(text(h, j)) && !stampOf(h, j) && !isSectionPath(text(h, j)) && !isUnmarkedCrumb(text(h, j)) && !isTickerRun(text(h, j))) j--;
  return k - j >= 2 && j >= 0 && isWidgetHeading(text(h, j).replace(/:$/u, "")) ? j : -1;
}

/** A ticker's headlines on one line, parted by bars, dashes or bullets, ending no sentence. */
function isTickerRun(t: string): boolean {
  return isTicker(t) || ((t.match(/\s[–—•·]\s/gu)?.length ?? 0) >= 2 && !endsSentence(t));
}

/** Whether line k, a short one, is a step of a breadcrumb from the site's home above it, or a line of
 *  a menu above it (the same words on a line of their own among other short lines). */
function sectionNamedAbove(h: Head, k: number): boolean {
  const t = text(h, k);
  for (let j = 0; j < k - 1; j++) {
    const u = text(h, j);
    if (homeCrumbSteps(u)?.includes(t)) return true;
    if (u === t && j > 0 && isShortItem(text(h, j - 1)) && j + 1 < k - 1 && isShortItem(text(h, j + 1))) return true;
  }
  return false;
}

/** The steps of a breadcrumb from the site's home, whatever its last step ("Home » News » Lae market
 *  vendors relocated …"); null for any other line. */
function homeCrumbSteps(t: string): string[] | null {
  const steps = t.split(/\s+[>›»＞]\s+/u);
  return steps.length > 1 && isHomeRoot(steps[0]!) ? steps : null;
}
const isHomeCrumb = (t: string): boolean => homeCrumbSteps(t) !== null;

/** A breadcrumb whose marks were lost in the copy: the site's home, then a capitalised step or two. */
function isUnmarkedCrumb(t: string): boolean {
  const words = t.split(/\s+/u);
  return words.length >= 2 && words.length <= 4 && isHomeRoot(words[0]!) && words.slice(1).every((w) => /^\p{Lu}/u.test(w));
}

/** A section's path without its root: "TECH / WEARABLES / BUSINESS", "World › Europe", two to six
 *  steps of three words at most, each capitalised. */
function isSectionPath(t: string): boolean {
  if (sectionLine(t) !== null) return true;
  if (t.length > 120) return false;
  const steps = t.split(/\s[/›»>|＞]\s/u);
  return steps.length >= 2 && steps.length <= 6 && steps.every((s) => /^\p{Lu}/u.test(s) && wordsIn(s, 4) <= 3 && !/[.!?,:;]/u.test(s));
}

/** A list item's bullet: "• ", "* ", "▪ ". A line that keeps one is an item of a list or a menu,
 *  never the headline. */
const LIST_BULLET = /^(?:[•·▪◦‣►▶]|[*+-](?=\s))\s*/u;

// A credit's word before its slash: "Text / Jane Roe", "Foto / Example Agency".
const CREDIT_WORD = /^(?:text|texto|texte|текст|foto|fotos|фото|photo|photos|bild|bilder|words|story|video|grafik|graphic)$/iu;

/** A breadcrumb's path, its steps parted by arrows ("Example Newsroom > Press Releases"), or by
 *  slashes between one- and two-word steps ("Общество / Транспорт"): never the headline. (Not by
 *  bars, which a headline may hold: "Storm Eunice | What we know".) */
function isCrumbPath(t: string): boolean {
  if (t.length > 120) return false;
  // (Or a section and its subsection parted by a slash, two words a step at most: "Общество / Транспорт".)
  // (Not a credit, "Text / Jane Roe", "Foto / Example Agency": a person's name or a credit's word is no step.)
  if (!/\s[>›»＞]\s/u.test(t)) return / \/ /u.test(t) && t.split(" / ").every((s) => /^\p{Lu}/u.test(s) && wordsIn(s, 3) <= 2 && !/[.!?,:;\d]/u.test(s) && !isPersonName(s) && !CREDIT_WORD.test(s));
  const steps = t.split(/\s[>›»＞]\s/u);
  // (Its last step two words at most: a longer one may be the headline the trail ends in.)
  // (In a script without capitals a step opens on a letter, and is short in characters, each of
  // which wordsIn counts as a word in Chinese: "港聞 > 社會新聞".)
  const short = (step: string, most: number) => wordsIn(step, most + 1) <= most || /^\p{Lo}{1,8}$/u.test(step);
  return steps.length <= 6 && short(steps[steps.length - 1]!, 2) && steps.every((s) => /^[\p{Lu}\p{Lo}]/u.test(s) && short(s, 3) && !/[.!?,:;。，！？：]/u.test(s));
}

/** Whether line k is in a list of other stories' long headlines (five words or more) under a widget's heading. */
const headlineList = (h: Head, k: number) => widgetListOver(h, k, (t) => wordsIn(t, 5) >= 5 && looksLikeHeadline(t)) >= 0;

// A label over the story's points in brief, set between the headline and the byline: "SUMMARY" /
// "The round saw participation from …" / "KhetSetu will use the funds …" / "Jane Roe" / the date.
const SUMMARY_LABEL = /^(?:summary|darum geht['’]?s|das ist passiert|key points|key takeaways|story highlights|in brief|at a glance|the gist|tl;?dr|in short|quick read|what you need to know|résumé|en bref|l['’]essentiel|points clés|zusammenfassung|das wichtigste in kürze|auf einen blick|en resumen|resumen|claves|in sintesi|em resumo|resumo|samenvatting|in het kort|sammanfattning|yhteenveto|podsumowanie|shrnutí)\s*:?$/iu;
/** The most points under such a label. */
const SUMMARY_POINTS = 5;

/** The line of such a label over line k and the points between (two to five, each three to forty
 *  words, no stamp), a headline over it; or -1. */
function summaryLabelOver(h: Head, k: number): number {
  let j = k;
  while (j >= 0 && k - j < SUMMARY_POINTS && wordsIn(text(h, j), 3) >= 3 && wordsIn(text(h, j), 41) <= 40 && !stampOf(h, j)) j--;
  // (A headline over the label: a section's name may read so, "Home" / "Highlights" / the headline.)
  // (Two points or more: one line under such a label is a section's kicker over the headline, "In Brief" / the headline / the byline.)
  // (Or a headline and its standfirst over it: "Pendler-Chaos: …" / "Wegen einer Störung …" / "Darum gehts" / the points.)
  const headlineOver = (i: number) => i >= 0 && wordsIn(text(h, i), 3) >= 3 && isHeadlineCandidate(text(h, i));
  return k - j >= 2 && j > 0 && text(h, j).length <= 40 && SUMMARY_LABEL.test(text(h, j)) && (headlineOver(j - 1) || (proseAt(h, j - 1) && headlineOver(j - 2))) ? j : -1;
}

/** The widget heading over a list of headlines (three words or more) ending at line k, or -1. */
const listHeadingOver = (h: Head, k: number) => widgetListOver(h, k, (t) => wordsIn(t, 3) >= 3 && isHeadlineCandidate(t));

const SOURCE_LABEL = new RegExp(`^(?:${SOURCE_WORD})\\s?:\\s?\\S.{0,40}$`, "iu");

// (Or a station's alerts over its page: "Weather Alerts" / "Red Flag Warning in effect for … until 8 PM".)
const TICKER_LABEL = /^(?:breaking(?: news)?|trending(?: now)?|latest(?: news)?|just in|news alert|live|alert|(?:weather|traffic|severe weather|school closing|emergency) alerts|ticker|en direct|última hora|eilmeldung|ultim'ora)[:!]?$/iu;
const TICKER_PREFIX = /^(?:breaking(?: news)?|just in|news alert|latest|última hora|eilmeldung)\s?[:|]\s/iu;
/** A blog's title tag, the blog's name before the post's title: "Example Blog: When the Basement …". */
export const BLOG_TITLE_TAG = /^([^:]{3,60}): (\p{Lu}.{11,200})$/u;

/** A release's headline: five words or more, no sentence, no sender's or outlet's name. */
function releaseHeadline(t: string): boolean {
  return isHeadlineCandidate(t) && wordsIn(t, 5) >= 5 && !isProse(t) && !isOutlet(t) && !SENDING_BODY.test(t);
}
/** A sender's letterhead: "City of Springfield", "Oregon Department of Fish and Wildlife". */
const SENDING_BODY = /^(?:the )?(?:city|town|county|office|department|ministry) of\b|\b(?:Department|Ministry|Office|Agency|Authority|Commission|Council|Bureau|Service) (?:of|for)\b/u;

/** Whether a headline-shaped line stands between the stamp at k and the story's first prose. */
function headlineOverStory(h: Head, k: number): boolean {
  for (let j = k + 1; j < h.idx.length && j <= k + 8 && !proseAt(h, j); j++) {
    const t = text(h, j);
    // (A headline there may be short: "Tagged salmon reward doubled".)
    if (isHeadlineCandidate(t) && wordsIn(t, 3) >= 3 && !isProse(t) && !isOutlet(t) && !CONTACT_LINE.test(t) && !/@|\d{3}[-.\s]\d{4}/u.test(t)) return true;
  }
  return false;
}
const CONTACT_LINE = /^(?:(?:media|press|news|public) )?contacts?\b/iu;

/** Names of people alone: "Jane Roe", "Jane Roe et John Doe". */
function namesOnly(t: string): boolean {
  const names = splitNames(withoutAgency(t));
  return names.length > 0 && names.every(isPersonName);
}

/** A title-like line of at least four words right under k (or under a label under it). */
function headlineUnder(h: Head, k: number): boolean {
  for (let j = k + 1; j < h.idx.length && j <= k + 2; j++) {
    const t = text(h, j);
    if (isHeadlineCandidate(t) && wordsIn(t, 4) >= 4 && !stampOf(h, j)) return true;
    if (!isShortItem(t)) return false;
  }
  return false;
}

/** Whether most of the lines around k are menu entries (short and unpunctuated). */
function inMenu(h: Head, k: number): boolean {
  let short = 0;
  for (const j of [k - 2, k - 1, k + 1, k + 2]) {
    if (j >= 0 && j < h.idx.length && isShortItem(text(h, j))) short++;
  }
  return short >= 3;
}

/** A byline or a stamp within a few lines under k. */
function bylineSoon(h: Head, k: number): boolean {
  for (let j = k + 1; j < h.idx.length && j <= k + 6; j++) {
    const t = text(h, j);
    if (BYLINE.test(t) || BY_ALONE.test(t) || stampOf(h, j)) return true;
  }
  return false;
}

function storySoon(h: Head, k: number): boolean {
  for (let j = k + 1; j < h.idx.length && j <= k + 10; j++) if (proseAt(h, j)) return true;
  return false;
}

/** A fact box under k: a field name such as "Born", "Location" or "Date" within three lines. */
function factBoxFollows(h: Head, k: number): boolean {
  for (let j = k + 1; j < h.idx.length && j <= k + 3; j++) {
    if (/^(?:born|died|location|date)(?:\b|$)/iu.test(text(h, j)) && wordsIn(text(h, j)) <= 6) return true;
  }
  return false;
}

/** Letters all capitals, three at least: "ATLANTIC", "U.S. NEWS". */
function inCapitals(t: string): boolean {
  return /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
}

/** Whether the label at content line k is a lone kicker rather than the tail of a menu. */
export function isKicker(h: Head, k: number): boolean {
  // (Under a breadcrumb's root, or under the rights line that closes a page's menus: "© 2023
  // Example Media." / "Features" / the headline.)
  if (k > 0 && isHomeRoot(text(h, k - 1))) return true;
  let above = h.idx[k]! - 1;
  while (above >= 0 && h.lines[above]!.text === "") above--;
  if (above >= 0 && /^(?:©|\(c\)\s|copyright\b)/iu.test(h.lines[above]!.text)) return true;
  // A label in capitals under a few items that are not is set apart from them, as a kicker is:
  // "Home", "Follow on", then "ATLANTIC" over the headline. (Not at the foot of a long menu.)
  let run = 0;
  while (run < 4 && k - run - 1 >= 0 && isShortItem(text(h, k - run - 1))) run++;
  const caps = run < 4 && inCapitals(text(h, k));
  let short = 0;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (isShortItem(text(h, j)) && !(caps && !inCapitals(text(h, j)))) short++;
  return short < 2;
}

export function labelValue(t: string): string | null {
  // "Nova Scotia·Analysis": the section is the first part.
  const first = t.split(/\s*[·•|]\s*/)[0]!.trim();
  if (!isLabel(first) || isBoilerplate(first) || isHomeRoot(first) || ACTION.test(first)) return null;
  // A site's address or an error page's heading is no section.
  if (/\.[a-z]{2,}\b/u.test(first) || /\b(?:not found|error)\b/iu.test(first)) return null;
  return first;
}

/**
 * A headline that the story's first paragraph repeats near its start, as encyclopedias open:
 * "Shedden massacre" ... "The Shedden massacre was ...". Returns the headline and the lead.
 */
export function echoedHeadline(h: Head): { title: number; lead: number } | null {
  // A text that opens with prose has begun its story; its subheadings are not headlines.
  const first = text(h, 0);
  if (isProse(first) || (wordsIn(first) >= 12 && /:$/.test(first)) || readDateline(first)) return null;
  let lead = -1;
  for (let k = 0; k < h.end; k++) {
    if (isStoryProse(h, k)) {
      lead = k;
      break;
    }
  }
  if (lead <= 0) return null;
  const opening = comparable(text(h, lead).slice(0, 120));
  const openingWords = text(h, lead).split(/\s+/, 8).map(comparable);
  // (A lead that opens with its dateline names a place a menu may hold too: "La Paz" over "La Paz, 3 de
  // junio (ANI).- …" is no headline.)
  const place = readDateline(text(h, lead))?.place;
  for (let k = 0; k < lead; k++) {
    const t = text(h, k);
    if (wordsIn(t) < 2 || !looksLikeHeadline(t) || endsSentence(t) || /:$/.test(t)) continue;
    if (place && comparable(place).includes(comparable(t))) continue;
    if ((t.length >= 12 && opening.includes(comparable(t))) || namedInOrder(t, openingWords)) return { title: k, lead };
  }
  return null;
}

/**
 * A name as a headline, its words opening the lead in order with at most one word between each
 * ("Jane Roe" over "Jane Mary Roe (born 1950) is ..."): two to four capitalised words.
 */
function namedInOrder(t: string, openingWords: string[]): boolean {
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  let at = -1;
  for (const w of words.map(comparable)) {
    const next = openingWords.indexOf(w, at + 1);
    if (next < 0 || (at >= 0 && next - at > 2) || (at < 0 && next > 1)) return false;
    at = next;
  }
  return true;
}

/** A writer's line ("By Jane Roe", "Par Jane Roe et John Doe"): names or a newsroom after the word. */
function isBylineLine(t: string): boolean {
  const by = BYLINE.exec(t)?.[1];
  const cleaned = by ? cleanByline(by) : null;
  if (!cleaned) return false;
  const names = splitNames(cleaned);
  return names.length > 0 && names.every((n) => isPersonName(n) || isOutlet(n));
}

/** Whether, before the story, a byline stands further down the page (a writer's line, or names over a
 *  stamp) with a longer headline right over it or over its standfirst: the page's headline, under a
 *  first line that is the site's name ("The Example Sentinel" / its date strip and menus / "Railway to
 *  slow night trains after …" / "By Jane Roe"). */
function headlineOverBylineBelow(h: Head): boolean {
  const n = h.idx.length;
  const bylineAt = (k: number) => k < n && (isBylineLine(text(h, k)) || (k + 1 < n && namesOnly(text(h, k)) && stampOf(h, k + 1) !== null));
  for (let k = 2; k < n && k < 40; k++) {
    if (!bylineAt(k)) {
      // (A standfirst may stand over the byline; other prose is the story's.)
      if (proseAt(h, k) && !bylineAt(k + 1)) return false;
      continue;
    }
    const above = proseAt(h, k - 1) && k > 2 ? k - 2 : k - 1;
    const t = text(h, above);
    return looksLikeHeadline(t) && !isMenuLine(t) && wordsIn(t) >= wordsIn(text(h, 0)) + 3;
  }
  return false;
}

/** A text whose first line is a headline: short, alone, followed by a blank line. */
export function opensWithHeadline(h: Head): boolean {
  if (h.idx[0] !== 0 || !h.blankAfter[0] || h.idx.length < 2) return false;
  const t = text(h, 0);
  if (wordsIn(t) < 2) return false;
  if (sectionLine(t) || isProse(t) || isDatelineStub(t) || stampOf(h, 0) || isBylineLine(t)) return false;
  // (Nor a site's masthead over its menus: "The Lion City Times" / "Singapore" / "Asia" / "World" …,
  // "Daily Frontier Times" / "Home | Pakistan | Karachi | Lahore | …"; nor a magazine's name with its
  // section, "Field & Lab Magazine — Ecology".)
  if (mastheadOverMenus(h) || isMasthead(t) || headlineOverBylineBelow(h)) return false;
  // (Nor a breadcrumb from the site's home that ends in the headline: "Home » News » Lae market vendors …".)
  if (isHomeCrumb(t)) return false;
  // (Nor a label over a longer headline: "Breaking News" / "Harbour board votes to dredge …".)
  if (isLabel(t) && !isPersonName(t) && isHeadlineCandidate(text(h, 1)) && wordsIn(text(h, 1)) >= wordsIn(t) + 3) return false;
  // (Nor a writer's name, alone or with their job, over the story's stamp: "Jane Roe" / "January 3, 2023".)
  if (stampOf(h, 1) && (nameWithRole(t) !== null || (isPersonName(t) && splitNames(t).every(isPersonName)))) return false;
  // A short first line alone is a headline even when it reads like a title-case dateline ("Yawning —
  // Why ..."); a wire dateline (an agency, a date, a place in capitals) opens a story.
  const dl = readDateline(t);
  if (dl && (dl.agency || dl.date || (dl.place && dl.place === dl.place.toUpperCase()))) return false;
  return looksLikeHeadline(t) || (/:$/.test(t) && wordsIn(t) >= 3 && t.length <= 200);
}

/** A site's name, alone or with its section or slogan after a dash or a bar: "Example Magazine —
 *  Ecology", "Example Wire | Press Release Distribution" (the name an outlet's). */
function isMasthead(t: string): boolean {
  const parts = t.split(/\s[—–|-]\s/u);
  // (The part after the name is short: "Example Times | Harbour board votes to …" is a title tag.)
  // (Or the places it serves: "Example Bulletin – Shaftesbury, Gillingham, Sturminster Newton and villages".)
  return parts.length === 2 && (wordsIn(parts[1]!, 4) <= 3 || PLACES_SERVED.test(parts[1]!.trim())) && isOutlet(parts[0]!.trim());
}

// Three places or more, capitalised, parted by commas, the last perhaps "and villages" or "and district".
const PLACES_SERVED = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*(?:, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*){2,}(?:,? (?:and|&) (?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*|(?:the )?(?:villages|district|surrounding areas?|beyond)))?$/u;

/** Whether the lines under the first are a navigation: a menu on one line, or four items or more of
 *  a word to three each. */
function mastheadOverMenus(h: Head): boolean {
  // (A site's name is short: a long first line over a catalogue's fields is a headline. In a script
  // without spaces, a dozen characters: "北海道ニュースウェブ".)
  const first = text(h, 0);
  // (Or the site's name and its motto after a dash or a bar, as a title tag gives them: "Example Daily -
  // Island news, sport and what's on"; the menus under it are then no share bar's buttons.)
  // (A station's name may run to five words with its frequency: "Example Radio KCR 96.6 – The Voice of …".)
  const motto = /^(?:\S+ ){0,4}\S+ [-–—|] /u.test(first) && wordsIn(first, 16) <= 15;
  if (wordsIn(first, 7) > 6 && !(first.length <= 12 && !/\s/u.test(first)) && !motto) return false;
  let items = 0;
  // (Read on the page's own lines: the menu itself may have been set aside as furniture already,
  // "The Example Standard" / "News | Business | Sport" / "Subscribe from €1 a week".)
  const raw = h.lines.slice(h.idx[0]! + 1, h.idx[0]! + 40).filter((l) => l.text !== "");
  for (let k = 0; k < raw.length && k < 5; k++) {
    // (A text browser's bullet goes: "* Skip to content" / "* News" / "* Business".)
    const t = raw[k]!.text.replace(/^\s*[*•·]\s+/u, "");
    // (Not a stamp parted by bars: "AFP | Publication date 25 December 2018 | 15:11 ICT".)
    if (isMenuLine(t) || (/\s[|•·]\s.*\s[|•·]\s/u.test(t) && !/\d/.test(t))) return true;
    if (!isShortItem(t) || !/\p{L}/u.test(t) || wordsIn(t, 4) > 3 || (motto && isShareButton(t))) break;
    if (++items >= 4) return true;
  }
  return false;
}

// A town and its province or state, as a dateline gives them: "Laval, Que.", "vaudreuil-dorion, que.",
// "Surrey, B.C.", "Halifax, NS".
const PLACE_AND_REGION = /^\p{L}[\p{L}'’.-]+(?: \p{L}[\p{L}'’.-]+){0,2}, (?:\p{L}[\p{Ll}.]{1,5}\.|\p{Lu}{2})$/u;

/** A writer's initials on the line over their byline: "JR" over "By Jane Roe". */
function initialsOver(h: Head, j: number): boolean {
  const t = text(h, j);
  if (!/^\p{Lu}{2,3}$/u.test(t) || j + 1 >= h.idx.length) return false;
  const names = text(h, j + 1).replace(/^by\s+/iu, "").split(/\s+/);
  return names.length === t.length && names.every((w, i) => w.startsWith(t[i]!));
}

// Places joined, as a story filed from two: "Vaughan, Ont., and Toronto", "Montreal and Hamilton".
const PLACES_JOINED = /^\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*)?(?:, \p{L}[\p{L}.]{1,5})?,? and \p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*)?(?:, \p{L}[\p{L}.]{1,5})?$/u;

// Lines above a byline that belong with it rather than to the headline: "Posted on by someone".
const STAMP_WORD = /^(?:posted|published|updated|by)\b/iu;

/**
 * The headline above a byline or stamp: the farthest headline-shaped line among the few above it
 * (past a standfirst), stopping at a short label, which may be the section's kicker.
 */
/** Whether line j is a breadcrumb's step: short lines over it up to the root ("Home"), three at most. */
function underCrumbRoot(h: Head, j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
    const t = text(h, k);
    if (isHomeRoot(t)) return true;
    if (!isShortItem(t)) return false;
  }
  return false;
}

const NAMED_PAPER = /^(?:The|Le|La|Les|El|Il|Der|Die|Das|De|Het)\s/u;

/** The line over one or two short labels ending at line j, when it reads as a headline of five words or more. */
function headlineOverLabels(h: Head, j: number): number | null {
  let k = j;
  // (A label is a section's or a place's name, not a paper's: "The Expositor" over a clipping's stamp.)
  while (k > j - 2 && k > 0 && isShortItem(text(h, k)) && wordsIn(text(h, k), 3) <= 2 && !/\d/u.test(text(h, k)) && !isMenuLine(text(h, k)) && !NAMED_PAPER.test(text(h, k)) && !isOutlet(text(h, k))) k--;
  if (k === j || k < 0) return null;
  const t = text(h, k);
  return wordsIn(t, 5) >= 5 && wordsIn(t, 31) <= 30 && isHeadlineCandidate(t) && !endsSentence(t) && !ACTION.test(t) && !isMenuLine(t) && !isBoilerplate(t) && !LIST_BULLET.test(t) && !isCrumbPath(t) && !stampOf(h, k) ? k : null;
}

export function headlineAbove(h: Head, from: number, wantNames: boolean): { title: number | null; kicker: number | null; names: number | null; place: number | null } {
  let title: number | null = null;
  let names: number | null = null;
  let place: number | null = null;
  // (A place counts only under a headline.)
  const found = (kicker: number | null) => ({ title, kicker, names, place: title === null ? null : place });
  // (With the agency a writer worked with left out: "Jane Roe avec Belga", "Jane Roe mit dpa"; not
  // the site's own name with it, "Example Littoral avec AFP" under the masthead "Example Littoral".)
  const allNames = (t: string) => {
    const names = withoutAgency(t);
    if (names !== t && Array.from({ length: from }, (_, k) => text(h, k)).includes(names)) return false;
    const parts = splitNames(names);
    return parts.length > 0 && parts.every(isPersonName);
  };
  for (let j = from - 1, taken = 0; j >= 0 && taken < 4; j--) {
    const t = text(h, j);
    // (A line without letters between the headline and the byline is a count or a rule: "142", a
    // story's comments over "By Jane Roe"; passed over.)
    // (But a rule parts the headline from what stands over it, a print page's masthead.)
    if (!/\p{L}/u.test(t)) {
      // (So does one right over the stamp: a print page's masthead stands over it, the headline under
      // the date, "HARARE TRIBUNE" / its tagline / a rule / "Tuesday, 4 May 2021" / the headline.)
      // (A stamp with its writer under a rule is the post's, its headline over the rule: "[2018-10-22] Headline" / a rule / "Author: Jane Roe".)
      if ((title !== null || (taken === 0 && wantNames)) && /^[-=_*~#]{3,}$/u.test(t)) return found(null);
      continue;
    }
    // (A summary's points under their label are passed over: the headline is over the label.)
    const summary = title === null && taken === 0 ? summaryLabelOver(h, j) : -1;
    if (summary >= 0) {
      j = summary;
      continue;
    }
    // (So is a list of other stories under its heading, set between the standfirst and the byline:
    // "Related stories" / "Editorial: Richmond needs housing, not more studies" / "By Jane Roe".)
    // (Unless the line right over the byline is far longer than the list's other items: a ticker's
    // headlines run on into the story's own, "Latest:" / "Pula firms against rand" / … / "Households go
    // a week without water as pipeline repairs drag on" / "By Jane Roe".)
    const list = title === null ? listHeadingOver(h, j) : -1;
    const runsOn = list >= 0 && taken === 0 && j === from - 1 && j - list >= 3 && Array.from({ length: j - list - 1 }, (_, i) => wordsIn(text(h, list + 1 + i))).every((w) => wordsIn(t) >= w * 2);
    if (list >= 0 && !runsOn) {
      j = list;
      continue;
    }
    // (The page's first line over its menus is the site's masthead, not the headline above them.)
    if (j === 0 && title === null && (mastheadOverMenus(h) || isMasthead(t))) break;
    // Over the headline, a breadcrumb's last step is the kicker, though it reads as an outlet's name
    // ("Home" / "B.C. News" / the headline; "Home" / "News" / "Niagara News" / the headline).
    if (title !== null && isShortItem(t) && underCrumbRoot(h, j)) return found(j);
    // (An outlet's name over a headline is the masthead's, no line of the byline: over a place or a
    // name, "EFE" / "València" / the stamp, it is.)
    if (title !== null && wordsIn(text(h, title), 3) >= 3 && isOutlet(t)) return found(null);
    // (An organisation under a release's label is no writer nor the headline: "NEWS PROVIDED BY" /
    // "Example Outdoor Co.".)
    if (j > 0 && PROVIDED_BY.test(text(h, j - 1))) continue;
    // (The publication a post appeared in, under its label, names no writer: "Jane Roe" / "Published
    // in" / "Example Cities" / "6 min read" / the date, as Medium sets it.)
    if (PUBLISHED_IN.test(t) && names === j + 1) {
      names = null;
      continue;
    }
    // Byline furniture above the stamp: "Posted on by someone", "Special to Example", "@janeroe",
    // the writer's initials over the byline ("JR" over "By Jane Roe", an avatar's).
    // (And a label whose value is the line under it: "News provided by" / "Example Robotics, Inc.".)
    // (And a government statement's ministers, their offices under their names: "Joint statement" /
    // "The Honourable Jane Roe" / "Minister for Disaster Recovery and Resilience" / the date.)
    if ((STAMP_WORD.test(t) && wordsIn(t) <= 8) || (/\sby:?$/iu.test(t) && wordsIn(t) <= 4) || isRole(t) || isOutlet(t) || HANDLE.test(t) || nameWithRole(t) || initialsOver(h, j) || OFFICE_LINE.test(t) || (j > 0 && OFFICE_UNDER_NAME.test(t) && OFFICE_LINE.test(text(h, j - 1)))) continue;
    // (A release's status over its date, the headline under them: "FOR IMMEDIATE RELEASE" / "Monday,
    // August 4, 2025" / contacts / the headline; what is over the status is the sender's letterhead.)
    // (Unless a headline stands over the status, past the release's label, with none under the date
    // before the release's first paragraph: "West Nile virus found …" / "News Release" / "FOR
    // IMMEDIATE RELEASE" / the date / "Media contact: …" / "ASHFORD, Ore. – …".)
    if (RELEASE_STATUS.test(t) && title === null && taken === 0) {
      const over = j > 1 && RELEASE_LABEL.test(text(h, j - 1)) ? j - 2 : j - 1;
      if (over >= 0 && releaseHeadline(text(h, over)) && !headlineOverStory(h, from)) title = over;
      return found(null);
    }
    // (An agency named as the story's source: "Source: GNA", "Fuente: EFE", "Quelle: dpa"; a
    // release's status over its dateline: "FOR IMMEDIATE RELEASE".)
    if (SOURCE_LABEL.test(t) || RELEASE_STATUS.test(t)) continue;
    // (The site's name from the top of the page, under the writers' names: their outlet.)
    if (j > 1 && names === null && title === null && t === text(h, 0) && allNames(text(h, j - 1))) continue;
    // A writer's job under their name is no headline, though the job-title rules leave it alone
    // (a headline may open so): "Jane Roe" / "Correspondant parlementaire à Québec".
    if (j > 0 && JOB_FIRST.test(t) && wordsIn(t, 9) <= 8 && !endsSentence(t) && allNames(text(h, j - 1))) continue;
    // A photo's caption with its credit is no headline ("… in 2022. Photograph: Jane Roe/Example"),
    // nor is a share bar.
    // (Nor a caption a slideshow repeats, its credit under its first copy: "Grizzly bear file photo" /
    // "Photo by: Example FWP" / "Prev" / "Next" / "Grizzly bear file photo" / the stamp.)
    // (Nor a slideshow's buttons: "Prev" / "Next", "3 of 12".)
    if (isCaption(t) || isShareBar(t) || creditedCopy(h, j) || SLIDE_BUTTON.test(t)) continue;
    // Names alone between the headline and the stamp are its byline: "Jane Roe and John Doe".
    // (In a script without capitals, a name of two or three words right under a headline-like line:
    // "کتابخانه مرکزی شیراز … گشود" / "مریم رضایی" / the stamp.)
    if (wantNames && names === null && title === null && (allNames(t) || (isCaselessName(t) && j > 0 && wordsIn(text(h, j - 1), 5) >= 5 && isHeadlineCandidate(text(h, j - 1))))) {
      names = j;
      continue;
    }
    // A place between the byline and the stamp: "Jane Roe" / "Edmonton" / "Published July 19, 2001".
    // (However the page cased it: "Montreal and hamilton".)
    if (wantNames && place === null && names === null && title === null && j > 0 && (isLabel(t) || (/^\p{Lu}/u.test(t) && !endsSentence(t) && !/[:;,]$/u.test(t))) && !ACTION.test(t) && !isRole(t) && (wordsIn(t) <= 3 || PLACES_JOINED.test(t)) && allNames(text(h, j - 1))) {
      place = j;
      continue;
    }
    // ... or between the headline and the byline: "Vaudreuil-Dorion, Que." / "The Example Press".
    if (place === null && names === null && title === null && j > 0 && PLACE_AND_REGION.test(t) && looksLikeHeadline(text(h, j - 1))) {
      place = j;
      continue;
    }
    // (A breadcrumb right over the stamp: the headline stands under them, as print pages set it,
    // "Общество / Транспорт" / "05.03.2019 11:37" / the headline; what is over the trail is the page's.)
    if (taken === 0 && title === null && isCrumbPath(t)) return found(null);
    // (So does the site's address right over a date, a print page's masthead, the site's name and its
    // address a segment each: "www.example.ch" / "Artikel vom 28.05.2019" / the headline. No headline
    // is a web address: over a byline, it is passed over. Not a date nor a version, "28.05.2019".)
    // (Not where the story starts right under the date: a feed reader sets an item's source between
    // its headline and its date, "Harbour to close overnight …" / "example.net" / "Tue, 08 Oct 2024
    // 15:40" / its buttons / the story.)
    if (title === null && SITE_ADDRESS.test(t) && /\.\p{L}{2,}\/?$/u.test(t)) {
      if (taken === 0 && wantNames && !proseAt(h, from + 1)) return found(null);
      continue;
    }
    // The story's section labels under its headline, right over the stamp: "Namur : le pont des
    // Ardennes fermé …" / "Namur" / "Mobilité" / "Publié le …" (two at most, each a word or two, and
    // the headline over them long: a menu's items stand over other items).
    if (taken === 0 && title === null) {
      const over = headlineOverLabels(h, j);
      if (over !== null) {
        title = over;
        taken++;
        j = over;
        continue;
      }
    }
    // A menu's last item is no headline: one word under two more ("Health" / "Indigenous" /
    // "2SLGBTQ+" over a stamp, the headline under it).
    if (taken === 0 && title === null && j >= 2 && [0, 1, 2].every((k) => wordsIn(text(h, j - k), 2) === 1)) return found(null);
    // (A section's name over the stamp that the page's menu or breadcrumb gives above is no headline,
    // a headline over it: "หน้าแรก > ภูมิภาค > เชียงใหม่" / the headline / "ภูมิภาค" / the date.)
    if (taken === 0 && title === null && j > 1 && t.length <= 20 && sectionNamedAbove(h, j) && wordsIn(text(h, j - 1), 4) >= 4 && isHeadlineCandidate(text(h, j - 1)) && !isMenuLine(text(h, j - 1))) continue;
    // A title of three words or more right above the byline is its headline, though a menu's items
    // stand over it ("Home" / "About" / "Spree Killer's Last Victim" / "By Jane Roe").
    if (taken === 0 && title === null && wordsIn(t, 3) >= 3 && isHeadlineCandidate(t) && !LIST_BULLET.test(t) && !isCrumbPath(t) && !isBoilerplate(t) && !ACTION.test(t) && !isMenuLine(t) && !stampOf(h, j)) {
      title = j;
      taken++;
      continue;
    }
    // (Or two or three short sentences in sentence case right above the byline, as features and
    // newsletters set a headline: "Rockland's last boatyard is for sale. Fishermen worry about where
    // they'll haul out." / "By Jane Roe". Not a standfirst so shaped under its headline: "Boatyard for
    // sale" / "The yard has hauled out boats for 61 years. Its owner is tired." / "By Jane Roe".)
    if (taken === 0 && title === null && j + 1 === from && shortSentences(t) && sentenceCase(t) && !isCaption(t) && !isBoilerplate(t) && !readDateline(t) && !headlineLineOver(h, j)) {
      title = j;
      taken++;
      continue;
    }
    // The line right above is the headline even when short ("Regaining Your Confidence").
    if (isShortItem(t) && (title !== null || isLabel(t) && !isKicker(h, j) || taken > 0)) {
      // A short headline over its standfirst ("« Le quai rouvrira »"): title-like, and no label.
      // (In title case too, of three words or more, right over a standfirst of prose: "Nine Days Without
      // Insulin" / "A diabetic man's death … renewed the contract anyway." / the byline.)
      if (title === null && taken > 0 && isHeadlineCandidate(t) && (!isLabel(t) || (wordsIn(t, 4) >= 3 && j + 1 < from && isProse(text(h, j + 1))))) {
        title = j;
        taken++;
        continue;
      }
      // ... or over a long standfirst, in sentence case (no kicker's label): "Riverside rally stuns
      // Sacramento" / "Two late goals from substitute Tala Ferreira lift Riverside to a 3-2 win …".
      // (Not a button of the page's: "Mark all as read".)
      if (title !== null && taken === 1 && wordsIn(t, 6) >= 4 && wordsIn(text(h, title), 20) >= 14 && isHeadlineCandidate(t) && !isLabel(t) && sentenceCase(t) && !ACTION.test(t)) {
        title = j;
        taken++;
        continue;
      }
      return found(j);
    }
    // (A breadcrumb ending in the headline is the section's line: "Home » Local » Harbour board …".)
    // (A navigation bar over the headline is the page's: "Home Scores Schedule Standings Stats".)
    if (title !== null && isMenuLine(t)) return found(null);
    // (Nor is what stands over the breadcrumb over the headline: "Breaking News: Naira closes …" /
    // "Home » News » Reps probe …" / "Reps probe …".)
    if (title !== null && BREADCRUMB.test(t)) return found(null);
    // (Nor a breadcrumb whose last step is the headline: "Example Post > Gündem > Kapadokya'da …" over it.)
    if (title !== null && t.length > text(h, title).length && /\s[>»›|/]\s/u.test(t) && comparable(t).endsWith(comparable(text(h, title)))) return found(null);
    // (Nor is the last of a list of other stories' headlines over it, one over another: "TOP
    // STORIES" / "Fiji Airways adds second weekly flight …" / "Tourism body says …" / the headline.)
    if (title !== null && headlineList(h, j)) return found(null);
    // (Nor a ticker's item under its label: "Breaking News" / "Severe thunderstorm warning for …" / the
    // headline.)
    if (title !== null && ((j > 0 && TICKER_LABEL.test(text(h, j - 1))) || TICKER_PREFIX.test(t))) return found(null);
    // (A headline of two short sentences in title case over its standfirst: "Example Built 40 Kilometres
    // of Cycle Tracks. Then It Parked Cars on Them.")
    if (title !== null && titleCaseSentences(t)) {
      title = j;
      taken++;
      continue;
    }
    // (Or in sentence case, right over a longer standfirst right over the byline, as newsletters set
    // theirs: "A barge fleet wants to moor below the town. The neighbors want a hearing." / the
    // standfirst / "Jane Roe".)
    if (title === null && taken <= 1 && j + 2 === from && isProse(text(h, j + 1)) && headlineOverStandfirst(t, text(h, j + 1))) {
      title = j;
      taken++;
      continue;
    }
    // (Nor a date over it, a strip's: "81°F Sunny | Wednesday, August 21, 2024" / the headline / the
    // byline. What stands over the date is the page's.)
    if (title !== null && stampOf(h, j)?.published) return found(null);
    // (A word or three over a headline of eight words or more is its kicker or the section's, not
    // the headline over a standfirst: "Gorzów Wlkp." / "Remont mostu … do jesieni" / the byline.)
    if (title !== null && wordsIn(t, 4) <= 3 && wordsIn(text(h, title), 9) >= 8) return found(j);
    // (Nor the site's name with its motto or the places it serves, the page's first line, over the
    // headline: "Example Bulletin – Shaftesbury, Gillingham and villages" / the headline / the date.)
    if (title !== null && j === 0 && isMasthead(t)) return found(null);
    if (looksLikeHeadline(t) && !LIST_BULLET.test(t) && !isCrumbPath(t) && !isProse(t) && !readDateline(t) && !/:$|^@/.test(t) && !(title !== null && sectionLine(t)) && !isMenuLine(t) && !isTicker(t) && !(title !== null && CRUMB_STEPS.test(t))) title = j;
    taken++;
  }
  return found(null);
}

const PUBLISHED_IN = /^(?:published in|publicado en|publié dans|veröffentlicht in)$/iu;

/** Whether a headline's line stands over line j (title-like, no caption, no prose, no menu's item),
 *  past a label of a word or three between them: the headline / "Local News" / the standfirst. */
function headlineLineOver(h: Head, j: number): boolean {
  const label = j > 0 && isLabel(text(h, j - 1)) && wordsIn(text(h, j - 1), 4) <= 3;
  const k = label ? j - 2 : j - 1;
  if (k < 0) return false;
  const t = text(h, k);
  return isHeadlineCandidate(t) && wordsIn(t, 2) >= 2 && !isLabel(t) && !isCaption(t) && !isProse(t) && !isMenuLine(t) && !isBoilerplate(t);
}

/** Most of the words after the first in small letters: a headline in sentence case, no label in title case ("USL Championship Week 12").
 *  (A headline in title case over a long standfirst is read as its kicker still, as before this rule.) */
function sentenceCase(t: string): boolean {
  const words = t.split(/\s+/u).slice(1).filter((w) => /^\p{L}/u.test(w));
  return words.length > 0 && words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 >= words.length;
}

/** Two or three short sentences with most of their words capitalised, as a headline in title case. */
function titleCaseSentences(t: string): boolean {
  if (!shortSentences(t)) return false;
  const words = t.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.75;
}

/** Whether a line of short sentences is a headline over the longer standfirst under it. */
export function headlineOverStandfirst(t: string, under: string): boolean {
  return shortSentences(t) && wordsIn(under, 60) > wordsIn(t, 26);
}

/** Two or three sentences of 25 words in all at most: a headline's, when it stands over its standfirst. */
function shortSentences(t: string): boolean {
  const sentences = sentencesOf(t);
  return sentences.length >= 2 && sentences.length <= 3 && wordsIn(t, 26) <= 25 && /[.!?]$/u.test(t);
}

/** A line whose parts a scraper ran together, parted (by `mark`) where a lower-case letter meets a capital. */
export function unglued(t: string, mark = " "): string {
  return t.replace(/(\p{Ll})(?=\p{Lu})/gu, `$1${mark}`);
}

export interface StoryRun {
  /** The story's first line, the headline above it, and a byline-and-date line between them. */
  start: number;
  title: number;
  stamp: number | null;
}

/** How far above the story's first paragraph its headline may stand (past a byline or stamp line). */
const RUN_REACH = 3;
/** Lines above the story that make a page's top (menus, labels) rather than a document's head. */
const MENU_LINES = 8;

/**
 * A long page whose top none of the shapes explains (hundreds of menu lines, a byline run into
 * its date): the story is the first run of story prose, and the headline the title-like line just
 * above it, past at most a line of byline and date. Null when no such headline stands there.
 */
/** At most this many buttons between a caption over the story and the stamp above it. */
const BUTTONS_PASSED = 12;

export function headlineAboveStory(h: Head): StoryRun | null {
  // The story starts with the first run of prose; a line of prose alone above it (a photo's
  // caption, a teaser) may stand among the menus, two of them at most.
  let start = -1;
  let alone = 0;
  const runAt = (k: number) => isStoryProse(h, k) && k + 1 < h.idx.length && proseAt(h, k + 1);
  // A long paragraph alone is the story's start, unless a headline and a run of prose follow it
  // closely: then it was a photo's caption or a teaser over the story.
  const storyBelow = (k: number) => {
    let headline = false;
    for (let j = k + 1; j <= k + 5 && j < h.idx.length; j++) {
      if (j >= k + 2 && runAt(j)) return headline;
      if (proseAt(h, j)) return false;
      headline ||= isHeadlineCandidate(text(h, j)) && wordsIn(text(h, j), 5) >= 5;
    }
    return false;
  };
  for (let k = 0; k < h.idx.length; k++) {
    if (!proseAt(h, k)) continue;
    if (runAt(k) || (isStoryProse(h, k) && wordsIn(text(h, k), 40) >= 40 && !storyBelow(k))) {
      start = k;
      break;
    }
    if (++alone > 2) return null;
  }
  if (start < MENU_LINES) return null;
  let stamp: number | null = null;
  let reach = RUN_REACH;
  // A photo's caption with its credit over the story is passed over, as far again, and so is a
  // share bar ("Facebook Twitter WhatsApp"); if no headline stands above them, the story still
  // starts where it does, under the first of them.
  let passed: number | null = null;
  let bylinePassed = false;
  let writersPassed = 0;
  let skipped = 0;
  let factsPassed = 0;
  let labelPassed = false;
  const none = () => headlineAmongLabels(h, start) ?? (passed === null ? null : { start, title: passed, stamp });
  for (let j = start - 1; j >= 0 && j >= start - reach; j--) {
    const t = text(h, j);
    if (stamp === null && t.length <= 160 && (stampOf(h, j) || findDate(unglued(t)))) {
      stamp = j;
      continue;
    }
    // (A stamp without a date, "Published" / "2 hours ago", dates nothing: passed over.)
    if (STAMP_LABEL.test(t)) {
      labelPassed = true;
      reach++;
      continue;
    }
    if (isCaption(t) || isShareBar(t)) {
      passed ??= j;
      reach++;
      continue;
    }
    // (And a photo's alt text, its agency and its caption, the same words twice: "Reizigers op het
    // perron" / "ANP" / "Reizigers op het perron" / the story.)
    const alt = altTextOver(h, j);
    if (alt !== null) {
      passed ??= j;
      reach += j - alt + 1;
      j = alt;
      continue;
    }
    // (So is the photo's alternative text right over its caption, in the caption's words: "Outreach
    // worker talking with a man in a doorway" / "Photo: Outreach worker Mia speaks to a man …".)
    // (Read on the page's own next line: a caption may be furniture, not among the lines read here.)
    const under = pageLineUnder(h, j);
    if (under !== "" && isCaption(under) && sharesMostWords(t, under)) {
      passed = j;
      reach++;
      continue;
    }
    // The byline beside the stamp ("Redazione" / "15 marzo 2023 16:42", "Jane Roe", "By Jane Roe")
    // stands between it and the headline: passed over, once.
    if (!bylinePassed && stamp !== null && j >= stamp - 1 && isWriterLine(t)) {
      bylinePassed = true;
      reach++;
      continue;
    }
    // (Without a stamp, the writer's name and job may stand there alone: "Jane Roe" / "North West
    // Wales reporter" / a caption / the story. Two such lines at most.)
    // (Or a line of the writer's desk that reads as no job, right over the story under the name:
    // "Jane Roe" / "BBC Scotland at Pittodrie" / the story.)
    if (stamp === null && writersPassed < 2 && !isHeadlineOnly(t) && (isRole(t) || nameWithRole(t) !== null || (writersPassed === 0 && j === start - 1 && deskUnderName(text(h, j - 1), t)) || (writersPassed === 1 && isPersonName(t)))) {
      writersPassed++;
      reach++;
      continue;
    }
    // (A block of facts under the headline, a label and its value a line, two lines or more:
    // "Incident date: 12/02/2025" / "Time of call: 02:14" / "Station(s) attending: …" / the story.)
    if (factsPassed < FACTS_PASSED && isFactLine(t) && (isFactLine(text(h, j - 1)) || (j + 1 < start && isFactLine(text(h, j + 1))))) {
      factsPassed++;
      reach++;
      continue;
    }
    // (Over a caption, a page's buttons of a word or three may stand between it and the stamp:
    // "Share" / "AA" / "+Text Size" / "Small" / "Follow us". Passed over, a dozen at most.)
    // (Or over a writer's lines and a stamp's label: "Live" / "Report" / "Stats" / "Published" / "2
    // hours ago" / "Share" / "Jane Roe" / the story.)
    if ((passed !== null || (writersPassed > 0 && labelPassed)) && skipped < BUTTONS_PASSED && !isProse(t) && (wordsIn(t, 4) <= 3 || isBoilerplate(t)) && !isHeadlineCandidate(t)) {
      skipped++;
      reach++;
      continue;
    }
    // (Past a photo, a standfirst of a sentence or two may stand under the headline: "Rough sleeping …
    // up by a third" / "Our outreach teams are meeting more people …" / the photo / the story.)
    if (passed !== null && isProse(t) && wordsIn(t, 51) <= 50 && j > 0) {
      const over = text(h, j - 1);
      if (wordsIn(over, 5) >= 5 && isHeadlineCandidate(over) && !isProse(over) && !isBoilerplate(over) && sectionLine(over) === null) return { start, title: j - 1, stamp };
    }
    if (!(isHeadlineCandidate(t) || isShortTitle(t)) || isBoilerplate(t) || isProse(t)) return none();
    // A headline over its standfirst: two title-like lines, the upper one no menu entry.
    // (Nor a breadcrumb, whose steps may be as many words: "Jesteś tutaj: Strona główna / Aktualności /
    // Budżet obywatelski" / the headline.)
    const above = j > 0 ? text(h, j - 1) : "";
    if (wordsIn(above, 5) >= 5 && isHeadlineCandidate(above) && !isBoilerplate(above) && !isProse(above) && sectionLine(above) === null) return { start, title: j - 1, stamp };
    return { start, title: j, stamp };
  }
  return none();
}

/** At most this many lines of a block of facts between the headline and the story. */
const FACTS_PASSED = 8;
// A fact's label of a word to four, its colon, and its value: "Time of call: 02:14", "Station(s)
// attending: Ludbury, Wenford".
const FACT_LINE = /^\p{Lu}[\p{L}()'’-]*(?: [\p{L}()'’-]+){0,3}\s?:\s?\S.{0,120}$/u;

function isFactLine(t: string): boolean {
  return t.length <= 140 && FACT_LINE.test(t) && !isProse(t);
}

/** Whether two lines are a writer's name and, under it, the desk or place they write from, short
 *  and without a sentence's stop: "Jane Roe" / "BBC Scotland at Pittodrie", "John Doe" / "Business
 *  desk, Lagos". (Not a short headline under a column's name: that has a verb or a number, or is
 *  longer.) */
export function deskUnderName(name: string, desk: string): boolean {
  return isPersonName(name) && splitNames(name).length === 1 && !isHeadlineOnly(desk) && wordsIn(desk, 7) <= 6 && !/[.!?:;"“”]$/u.test(desk) && !isPersonName(desk) && !ACTION.test(desk) && /^\p{Lu}/u.test(desk);
}

/** A line of words that a writer's line never has: a verb's tense, a number (a headline's own). */
function isHeadlineOnly(t: string): boolean {
  return /\d/.test(t) || wordsIn(t, 9) > 8;
}

/** A byline on a line of its own: "By Jane Roe", names alone, a job or a newsroom ("Staff Reporter", "Redazione"). */
function isWriterLine(t: string): boolean {
  if (t.length > 80) return false;
  if (isBylineLine(t) || isRole(t) || isOutlet(t) || nameWithRole(t) !== null) return true;
  const names = splitNames(t);
  return names.length > 0 && names.every(isPersonName);
}

/**
 * A title of two words in sentence case, as encyclopedias and archives write theirs ("McKenzie
 * murders", "Shedden massacre"): not a label in capitals ("Local News") nor a button.
 */
function isShortTitle(t: string): boolean {
  return t.length >= 8 && t.length <= 40 && /^\p{Lu}[\p{L}'’-]+ \p{Ll}[\p{L}'’-]+$/u.test(t) && !ACTION.test(t);
}

/** A stamp without a date: "Posted", "Updated", "5 months ago". */
const STAMP_LABEL = /^(?:posted|published|updated|last updated)$|^(?:posted |updated )?(?:an?|\d+) (?:minute|hour|day|week|month|year)s? ago$/iu;

/** How far above the story a headline may stand among the labels of a page built one item a line. */
const LABELS_REACH = 10;

/**
 * Pages that put each item of their top on a line of its own: between the headline and the story
 * stand its section, author, "Posted", a date, "Report Inaccuracy", "Latest Videos". Looking up from
 * the story past such labels (three words at most) to a date stamp, the nearest title-like line of
 * five words or more is the headline. Null without a stamp among the labels, or when a longer line
 * that is no headline comes first.
 */
function headlineAmongLabels(h: Head, start: number): StoryRun | null {
  let stamp: number | null = null;
  for (let j = start - 1; j >= 0 && j >= start - LABELS_REACH; j--) {
    const t = text(h, j);
    if (t.length <= 160 && (stampOf(h, j) || findDate(unglued(t)) || STAMP_LABEL.test(t))) {
      stamp ??= j;
      continue;
    }
    if (wordsIn(t, 4) <= 3) continue;
    if (stamp === null || !isHeadlineCandidate(t) || isBoilerplate(t) || isProse(t) || wordsIn(t, 5) < 5) return null;
    // (A headline over its subtitle, two title-like lines, as headlineAboveStory reads them: "Alluvione,
    // via libera a 180 milioni …" / "Regione approva il piano: 14 interventi …" / "Redazione" / the stamp.)
    const above = j > 0 ? text(h, j - 1) : "";
    if (wordsIn(above, 5) >= 5 && isHeadlineCandidate(above) && !isBoilerplate(above) && !isProse(above) && sectionLine(above) === null && !isMenuLine(above)) return { start, title: j - 1, stamp };
    return { start, title: j, stamp };
  }
  return null;
}

/**
 * A document without stamps: skips section lines and labels at the top, takes a short first line
 * followed by a blank line (or by a paragraph) as the headline, and starts the story after it.
 */
export function plainDocument(h: Head, hasTitle: boolean, setTitle: (k: number) => void, setKicker: (k: number) => void): number {
  for (let k = 0; k < h.idx.length && k < 6; k++) {
    const t = text(h, k);
    if (sectionLine(t)) continue;
    const next = k + 1 < h.idx.length ? text(h, k + 1) : null;
    if (next === null) return k;
    // "Business" over the headline: a kicker, when a headline follows it.
    const after = k + 2 < h.idx.length ? text(h, k + 2) : "";
    // (The very first line of a document is its headline, however it is capitalised.)
    const atTop = k === 0 && h.idx[0] === 0;
    // (At the top only over a headline three words longer or more: "Breaking News" / "Harbour board votes …".)
    const kickerAtTop = atTop && !isPersonName(t) && isHeadlineCandidate(next) && wordsIn(next) >= wordsIn(t) + 3;
    if ((!atTop || kickerAtTop) && isLabel(t) && wordsIn(t) <= 4 && looksLikeHeadline(next) && !isProse(next) && (h.gapAfter[k + 1] || isProse(after))) {
      // (Four capitalised words at the top are the sender's or the site's name, no section: "Marrow
      // Valley Water Board" over its release's headline.)
      if (wordsIn(t) <= 3 || !atTop) setKicker(k);
      continue;
    }
    if (hasTitle) return k;
    if (isHomeCrumb(t)) continue;
    const headline = looksLikeHeadline(t) || (k === 0 && h.gapAfter[k] && /:$/.test(t) && wordsIn(t) >= 3 && t.length <= 200);
    if (headline && !readDateline(t) && !isDatelineStub(t) && (h.blankAfter[k] || isProse(next))) {
      setTitle(k);
      return k + 1;
    }
    // (No plain document past a kicker: a site's names over its menus, "Example County Council" /
    // "Cyngor Sir Example" / "Home" / "Report it" / …, are left to the rules for pages with menus.)
    if (k > 0 && [1, 2, 3, 4, 5].every((d) => k + d < h.idx.length && isShortItem(text(h, k + d)))) return 0;
    return k;
  }
  return 0;
}
