// The top of a page, read as an editor would: section, headline, standfirst, byline and date, then
// the story. It handles three shapes:
//   1. a headline the page states twice (its <title> "Headline | Site" and its <h1>, or a headline
//      repeated as the first line): the story follows the second one;
//   2. a byline or date stamp near the top ("By ...", "Posted: ...", a name over a date): the
//      headline is the line above it, past any standfirst;
//   3. a plain document: a short first line, a blank line, then paragraphs.
// Only lines before the story proper are read, so a date or name in the narrative is never taken.
import { RELEASE_LABEL, RELEASE_STATUS, isBoilerplate, isCaption, isTrailer } from "./boilerplate.js";
import { BREADCRUMB, BYLINE, CONTACT_LABEL, EMAIL_ALONE, type Cluster, crumbSteps, offerCluster, readCluster, sectionLine } from "./cluster.js";
import { type Offer, RANK_DATELINE, RANK_META, RANK_PUBLISHED, RANK_STRUCTURE } from "./fields.js";
import { namedFactBox } from "./factbox.js";
import { findDate } from "./dates.js";
import { isDatelineStub, readDateline, readFirstColonDateline, readFirstStopDateline } from "./dateline.js";
import { buildHead, type Head, isStoryProse, lineNo, proseAt, stampOf, text } from "./head.js";
import { BLOG_TITLE_TAG, SITE_BEFORE_TAG, TITLE_TAG, deskUnderName, headlineOverStandfirst, echoedHeadline, headlineAbove, headlineAboveStory, isKicker, unglued, labelValue, opensWithHeadline, plainDocument, repeatedHeadline } from "./headline.js";
import type { Line } from "./lines.js";
import { ACTION, READING_TIME, SITE_ADDRESS, comparable, endsSentence, isHeadlineCandidate, isLabel, isMenuLine, isProse, isShareBar, isShortItem, looksLikeHeadline, sharesMostWords, wordsIn } from "./shapes.js";
import { BY_WORD, cleanByline, isCaselessName, isOutlet, joinNames, isPersonName, isRole, nameWithRole, splitNames, withoutAgency } from "./byline.js";

export interface PageTop {
  /** Index (into the lines given) of the story's first line. */
  start: number;
}

/** The first content line from k that can begin a story: prose, or a sentence that ends like one. */
function storyStartFrom(h: Head, k: number): number {
  for (let j = k; j < h.idx.length && j < k + 60; j++) {
    const t = text(h, j);
    // (A dateline set on a line of its own over the first paragraph, "HALIFAX, N.S. --", opens it;
    // so do sentences that introduce a list, "This is part of my series. It has these sections:".)
    // (And a wire's dateline opening a paragraph wrapped over several lines, which ends no sentence on
    // its first: "SURABAYA, Example.id - Floods again covered the northern coast of" / "Surabaya, …".)
    // (Or a wrapped paragraph's last line, however few its words: "… one of the town's most important" /
    // "trades.")
    if (isProse(t) || (endsSentence(t) && (wordsIn(t) >= 4 || wrappedProse(h, k, j)) && !stampOf(h, j)) || (t.endsWith(":") && SENTENCES_IN.test(t) && wordsIn(t, 12) >= 12) || wrappedDateline(h, j)) {
      const above = j > k ? text(h, j - 1) : "";
      return above && (isDatelineStub(above) || readFirstColonDateline(above, true) || readFirstStopDateline(above, t, null)) ? j - 1 : wrappedFrom(h, k, j);
    }
  }
  return k;
}


/**
 * A blog's date header over its post's title, or a news page's date alone between a label and the
 * headline: the headline under the date, and a kicker between them, or null when the line over the
 * date stays the headline.
 */
function headlineUnderDate(h: Head, title: number, cluster: Cluster, namesAbove: boolean): { title: number; kicker: number | null } | null {
  // A blog's date header over its post's title: a date alone, then one title-like line, then
  // the story. That line is the headline; what stands above the date is the blog's (unless it
  // is the same headline, restated under the date with the site's name).
  // (Past a kicker in capitals or a label between the date and the headline: "Men's First XI" /
  // "Friday 16 May 2025" / "MATCH REPORT" / the headline.)
  const kickerUnder = cluster.to + 2 < h.idx.length && wordsIn(text(h, cluster.to + 1), 4) <= 3 && (isLabel(text(h, cluster.to + 1)) || /^[\p{Lu}\d][\p{Lu}\d '’&-]{2,30}$/u.test(text(h, cluster.to + 1))) && !stampOf(h, cluster.to + 1) && isPostTitle(text(h, cluster.to + 2)) && wordsIn(text(h, cluster.to + 2), 7) >= 6;
  const under = kickerUnder ? cluster.to + 2 : cluster.to + 1;
  // (A date alone: not a newsroom's name over its stamp and update, "Redazione" / "05 giugno 2025" /
  // "Aggiornato alle 12:40", with a photo's caption under them.)
  // (Nor a stamp with its label, "Published: 09.05.2019 at 14:20 GMT", which a news page sets
  // under its headline: the line under it is a photo's caption.)
  // (A date: not a byline's slot naming no one, "Posted by Example Resort · 2 days ago", with
  // no stamp.)
  // (Nor a date under a standfirst: a blog's date header has the blog's name or menus over it, a
  // news page's date under its headline and standfirst has its share buttons under it.)
  // (With a standfirst under the title too, a line of six words or more, where what stands over the
  // date is a section's label under another of the trail: "News" / "Men's First Team" / "Sat 17 May
  // 2025" / the headline / "Fast bowler rips through top order" / the share bar.)
  // (Or the share bar under the title, then the story: "Press releases" / "Programme announcements" /
  // "June 24, 2025" / the headline / "Share" / "f" / "X" / the story.)
  // (The label may be the site's own, an entry of its menu further up: "All news" / "Programme
  // announcements" / "Awards" / … / "Programme announcements" / the date / the headline.)
  // (Or the last of the menu's items, three or more over it: "Image library" / "Filming" / "Press
  // contacts" / "PRESS RELEASE" / the date / the headline.)
  const menuEnd = (t: number) => t >= 3 && wordsIn(text(h, t), 4) <= 3 && [1, 2, 3].every((d) => isShortItem(text(h, t - d)));
  const labelOver = (t: number) => (isLabel(text(h, t)) || menuEntryAbove(h, t) || menuEnd(t)) && t > 0 && isShortItem(text(h, t - 1)) && wordsIn(text(h, under), 7) >= 4 && under + 1 < h.idx.length && ((wordsIn(text(h, under + 1), 7) >= 6 && !stampOf(h, under + 1)) || buttonsThenStory(h, under + 1));
  // (Or the headline's byline under it, the section over the date: "Regional" / "Wednesday, March 05,
  // 2025" / the headline / "By Jane Roe" / the story.)
  const bylineUnder = (k: number) => cluster.from > 0 && isLabel(text(h, cluster.from - 1)) && k + 1 < h.idx.length && BYLINE.test(text(h, k + 1)) && !stampOf(h, k + 1);
  // (The date may have a release's status over it: "PRESS RELEASE" / "Tuesday 4 March 2025".)
  const dateAlone = cluster.to === cluster.from || (cluster.to === cluster.from + 1 && (RELEASE_STATUS.test(text(h, cluster.from)) || RELEASE_LABEL.test(text(h, cluster.from))));
  // The cluster is a date alone, with no names over it or prose right over it.
  const onlyDate = cluster.authors.length === 0 && dateAlone && cluster.stamps.length > 0 && cluster.stamps.every((s) => s.stamp.rule === "date line") && !namesAbove && !proseAt(h, cluster.from - 1);
  if (!onlyDate || under >= h.idx.length) return null;
  // The line under it leads to the story: the story right under it, or a label over the date, or a byline under it.
  const leadsToStory = storyStartFrom(h, under + 1) === under + 1 || labelOver(title) || bylineUnder(under);
  // And reads as a post's title: no caption, contact, fields, nor the line over the date said again.
  const t = text(h, under);
  const titleShaped = isPostTitle(t) && !isCaption(t) && !CONTACT_LABEL.test(t) && !sharesMostWords(text(h, title), t) && !(title === 0 && headlineOverDate(text(h, title), t)) && !isLabelledFields(t);
  return leadsToStory && titleShaped ? { title: under, kicker: kickerUnder ? under - 1 : null } : null;
}

/** Whether content line t is said again from a menu above it: the same words, short items around. */
function menuEntryAbove(h: Head, t: number): boolean {
  const key = comparable(text(h, t));
  if (wordsIn(text(h, t), 5) > 4) return false;
  for (let j = Math.max(1, t - 40); j < t - 1; j++) {
    if (comparable(text(h, j)) === key && isShortItem(text(h, j - 1)) && isShortItem(text(h, j + 1))) return true;
  }
  return false;
}

/** Whether a share bar's buttons, a word or two a line, stand from content line k to the story. */
function buttonsThenStory(h: Head, k: number): boolean {
  const from = storyStartFrom(h, k);
  if (from - k < 2 || from - k > 8) return false;
  for (let j = k; j < from; j++) if (wordsIn(text(h, j), 3) > 2 || !(isBoilerplate(text(h, j)) || !/\p{L}{4}/u.test(text(h, j)))) return false;
  return true;
}

/** Whether line j closes a paragraph wrapped over lines above it that reads as prose once joined. */
function wrappedProse(h: Head, k: number, j: number): boolean {
  const from = wrappedFrom(h, k, j);
  if (from === j) return false;
  const joined = Array.from({ length: j - from + 1 }, (_, i) => text(h, from + i)).join(" ");
  return wordsIn(joined, WRAPPED_LEAD_WORDS) >= WRAPPED_LEAD_WORDS && isProse(joined);
}

// "Canada This article is more than 2 months old": a section's label of a word or two, then the notice.
const LABELLED_AGE_NOTICE = /^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) [Tt]his (?:article|story|page|post) is (?:over|more than) (?:a|one|\d+) (?:years?|months?) old$/u;
// Labels over that notice that name no section: a button's ("Updated"), a kind of piece ("Exclusive",
// "Interview", "Explainer"), an agency ("Reuters").
const NOT_A_SECTION_LABEL = /^(?:updated|published|posted|photograph|photographs|photo|photos|image|video|pictures?|sponsored|live|advertisement|analysis|exclusive|interview|explainer|explained|breaking|quiz|gallery|interactive|graphic|factcheck|fact check|podcast|audio|reuters|ap|afp|pa|bloomberg)$/iu;

/** The fewest words of such a paragraph: a story's first, not a caption or a standfirst's line. */
const WRAPPED_LEAD_WORDS = 25;

/**
 * The first line of the paragraph line j closes, where j is the first line of the story that ends a
 * sentence: a brief hard-wrapped by a tool, too short for its wrapping to be recognised and undone
 * (see unwrapped), has its first lines ending mid-sentence at the width ("A water main burst beneath
 * a busy intersection early" / "Monday, sending water down …" / "of the day."). Lines of the same
 * paragraph (no gap between) as wide as its widest, each ending no sentence, are its own.
 */
function wrappedFrom(h: Head, k: number, j: number): number {
  let widest = text(h, j).length;
  for (let i = j; i > k && !h.gapAfter[i - 1] && j - i < 12; i--) widest = Math.max(widest, text(h, i - 1).length);
  for (let i = j; !h.gapAfter[i] && i + 1 < h.idx.length && i - j < 12; i++) widest = Math.max(widest, text(h, i + 1).length);
  // (A tool wraps at 80 columns at most: a paragraph of longer lines was never wrapped.)
  if (widest > 100) return j;
  let s = j;
  while (s > k && !h.gapAfter[s - 1]) {
    const t = text(h, s - 1);
    if (t.length < 45 || t.length < widest - 15 || endsSentence(t) || /[:;]$/u.test(t) || wordsIn(t, 6) < 6 || stampOf(h, s - 1)) break;
    s--;
  }
  return s;
}

/** Whether line j opens with a wire's dateline, place in capitals, and runs on to the next line. */
function wrappedDateline(h: Head, j: number): boolean {
  const t = text(h, j);
  if (h.gapAfter[j] || j + 1 >= h.idx.length || wordsIn(t, 8) < 8 || endsSentence(t)) return false;
  const dl = readDateline(t);
  return dl !== null && dl.place !== null && dl.place === dl.place.toUpperCase() && /\p{L}/u.test(text(h, j + 1));
}

/**
 * The labels between a headline and its date stamp, one a line ("City", "Jane Roe", "Posted"): the
 * one right under the headline is its section unless it is a name; a name is its author.
 */
function offerLabelsUnderHeadline(h: Head, title: number, stamp: number, offer: Offer): void {
  for (let j = title + 1; j < stamp; j++) {
    const t = text(h, j);
    const withRole = isPersonName(t) ? t : nameWithRole(t);
    if (withRole) offer("author", withRole, RANK_META + 1, lineNo(h, j), "name under the headline");
    else if (j === title + 1 && isLabel(t) && wordsIn(t) <= 3) offer("section", t, RANK_META + 1, lineNo(h, j), "label under the headline");
  }
}

/** The writer's name, alone or with a job, between a headline and its story, where no stamp stands. */
function offerNamesUnderHeadline(h: Head, title: number, start: number, offer: Offer): void {
  for (let j = title + 1; j < start && j <= title + 4; j++) {
    const t = text(h, j);
    const withRole = nameWithRole(t);
    const name = withRole ?? (isPersonName(t) && splitNames(t).length === 1 ? t : null);
    // (A name with its job on its line, "Jane Roe, Communications Officer, Kenya", or over it, or over
    // the writer's address: "Jane Roe" / "jane@example.is".)
    if (name && (withRole !== null || (j + 1 < start && (isRole(text(h, j + 1)) || EMAIL_ALONE.test(text(h, j + 1)) || (j + 2 === start && deskUnderName(t, text(h, j + 1))))))) {
      offer("author", name, RANK_META + 1, lineNo(h, j), "name under the headline");
      return;
    }
  }
  // (Or right over the story past the headline's tabs and buttons: "Live" / "Report" / … / "Jane Roe" /
  // "BBC Scotland at Pittodrie" / the story.)
  if (start - 2 > title + 4 && deskUnderName(text(h, start - 2), text(h, start - 1))) offer("author", text(h, start - 2), RANK_META + 1, lineNo(h, start - 2), "name over the story");
}

/** Whether the line two under the headline may be a name past a standfirst of forty words at most:
 *  the paragraph under it does not name its last word again, as it would a subheading's. */
function nameUnderStandfirst(h: Head, title: number): boolean {
  if (title + 3 >= h.idx.length || wordsIn(text(h, title + 1), 41) > 40) return false;
  const surname = (text(h, title + 2).split(/\s+/u).pop() ?? "").toLowerCase();
  return !text(h, title + 3).toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(surname);
}

/** Whether the story's first words name the line again, as a place's dateline or its first sentence
 *  does ("Нижний Новгород" over "В Нижнем Новгороде …"): each word of the line of four letters or
 *  more starts a word there, by its first four letters. */
function namedInLead(name: string, lead: string): boolean {
  const words = lead.slice(0, 100).toLowerCase().split(/[^\p{L}]+/u);
  const long = name.toLowerCase().split(/\s+/u).filter((w) => w.length >= 4);
  return long.length > 0 && long.every((w) => words.some((x) => x.startsWith(w.slice(0, 4))));
}

/**
 * A stamp line as the page had its parts, marked by U+0001 where they were run together (`parts`,
 * the same length as `t`, where the marks are spaces), and the date found in it.
 */
function gluedStamp(line: string): { parts: string; t: string; found: ReturnType<typeof findDate> } {
  const parts = unglued(line, "\u0001");
  const t = parts.replace(/\u0001/g, " ");
  return { parts, t, found: findDate(t) };
}

/**
 * What follows a stamp's date and time is the story's section, then its tags: "…9:40 p.m.Local
 * NewsNews" -> "Local News". `parts` is the line unglued() with U+0001 marks.
 */
function labelAfterDate(parts: string, found: { index: number; length: number }): string | null {
  // (The time may carry its zone: "3:36 PM EDT" names no section.)
  const after = parts.slice(found.index + found.length).replace(/^[\s,|•·]*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:[A-Z][DS]T|[A-Z]{2}[DS]T|UTC|GMT)\b)?)?[\s,|•·]*/iu, "");
  const section = after.split(/\u0001|\s*[|•·]\s*/u)[0]?.trim();
  return section && isLabel(section) ? section : null;
}

/** A stamp of the byline cluster with the section run onto its end: "Jul. 29, 2022 4:50 a.m.Community". */
function offerClusterLabels(h: Head, c: Cluster, offer: Offer): void {
  for (let j = c.from; j <= c.to; j++) {
    if (!stampOf(h, j)) continue;
    const { parts, found } = gluedStamp(text(h, j));
    // Only a label glued to the stamp: a label after a space may be anything ("… 2022 Updated").
    const rest = found ? parts.slice(found.index + found.length) : "";
    if (!found || !(rest.includes("\u0001") || /(?:[ap]\.?\s?m\.?|\d)\p{Lu}/iu.test(rest))) continue;
    const section = labelAfterDate(parts, found);
    if (section) offer("section", section, RANK_META + 1, lineNo(h, j), "label after the stamp");
  }
}

/**
 * A byline-and-date line under a headline, perhaps run together by the scraper: "Jane RoeJul. 21,
 * 2022 9:40 p.m.Local News". The date is offered, and the name before it when it is one.
 */
function offerStampLine(line: string, n: number, offer: Offer): void {
  const { parts, t, found } = gluedStamp(line);
  if (!found) return;
  offer("date", found.date, RANK_PUBLISHED, n, "stamp under the headline");
  const section = labelAfterDate(parts, found);
  if (section) offer("section", section, RANK_META + 1, n, "stamp under the headline");
  const before = t.slice(0, found.index).replace(/^(?:by|par|por|von)\s+/i, "").replace(/[\s|•·,–—-]+$/u, "");
  if (before && isPersonName(before)) offer("author", before, RANK_META + 1, n, "stamp under the headline");
}

/** How far under the byline the story's repeat of its standfirst may stand (past a caption or two). */
const STANDFIRST_REPEAT_REACH = 3;

/**
 * The content line, from `start` on and a few lines under it, that repeats a prose line standing
 * between the headline and the byline; null when none does (or the story starts with it).
 */
function repeatedStandfirst(h: Head, title: number, byline: number, start: number): number | null {
  const dek = new Set<string>();
  for (let j = title + 1; j < byline; j++) if (proseAt(h, j)) dek.add(comparable(text(h, j)));
  if (dek.size === 0) return null;
  for (let k = start; k < h.idx.length && k <= start + STANDFIRST_REPEAT_REACH; k++) {
    if (dek.has(comparable(text(h, k)))) return k === start ? null : k;
  }
  return null;
}

// Labels of a site's own pages and accounts, and bylines, which name no section.
const NOT_SECTION = /^(?:by|par|por|von)\s|^(?:home|accueil|inicio|startseite|advertise|advertising|faq|masthead|about|contact|subscribe|newsletters?|author)\b|\b(?:website|twitter|facebook|instagram)$/iu;

/**
 * The first of the two lines over the headline that is a short label the page states elsewhere too
 * (and stands close over it: not the last item of a menu that share buttons part from the headline).
 */
function offerMenuSection(h: Head, title: number, offer: Offer, reach = 2): void {
  for (let j = title - 1; j >= 0 && j >= title - reach; j--) {
    const t = text(h, j);
    if (h.lines.slice(h.idx[j]! + 1, h.idx[title]!).filter((l) => l.text !== "").length > 5) break;
    // (Nor a button's words, "Report Inaccuracy", though a section may be one such word, "Watch".)
    if (t.length > 40 || wordsIn(t, 6) > 5 || endsSentence(t) || /[\d:|@]/.test(t) || stampOf(h, j) || NOT_SECTION.test(t) || isBoilerplate(t) || isPersonName(t) || (ACTION.test(t) && wordsIn(t, 2) >= 2)) continue;
    const key = comparable(t);
    if (key.length < 3) continue;
    const at = h.idx[j]!;
    for (let i = 0; i < h.lines.length; i++) {
      if (i !== at && Math.abs(i - at) > 2 && h.lines[i]!.text.length === t.length && comparable(h.lines[i]!.text) === key) {
        offer("section", t, RANK_META + 1, lineNo(h, j), "menu label over the headline");
        return;
      }
    }
  }
}

/**
 * `menusFirst`: whether a page that opens with a long run of menus may start its story at its first
 * run of prose when nothing else tells where it starts (not on a wiki page, whose own structure does).
 */
export function readPageTop(lines: Line[], furniture: boolean[], offer: Offer, hasTitle: boolean, menusFirst = true, headings?: ReadonlySet<number>): PageTop {
  const h = buildHead(lines, furniture);
  if (h.idx.length === 0) return { start: lines.length };
  const at = (k: number): number => (k < h.idx.length ? h.idx[k]! : lines.length);

  let title: number | null = null;
  let cluster: Cluster | null = null;
  let storyFrom: number;
  let kicker: number | null = null;
  let kickerAlways = false;
  // (A reader view's header: the last of its lines under the headline, its writer or site, reading time, date.)
  let readerHead: number | null = null;

  // 1. The headline, when the page states it twice or the text opens with it.
  // (A page that opens with its title tag, "Headline | Site", states its headline again as the h1
  // further down: the h1, without the site's name, is the headline.)
  const opensWith = !hasTitle && opensWithHeadline(h);
  let repeat = hasTitle || (opensWith && !isTitleTag(text(h, 0)) && !blogTitleTag(h)) ? null : repeatedHeadline(h);
  // (Not a title tag whose site's name the page's masthead says again under it, "Example Today -
  // Harbour salmon: …" / "Example Today" / menus: the headline, worded otherwise, is further down.)
  const opens = opensWith && repeat === null && !mastheadUnderTag(h);
  if (repeat) {
    title = repeat.h1;
    // The label right above the h1 is its kicker, unless that line is the title tag itself.
    if (repeat.h1 > 0 && repeat.h1 - 1 !== repeat.first && !repeat.gluedKicker) {
      kicker = repeat.h1 - 1;
      kickerAlways = true;
    }
  } else if (opens) {
    title = 0;
  } else if (!hasTitle && (readerHead = readerViewHead(h)) !== null) {
    title = 1;
    // The writer's line under a reader view's headline: "Jane Roe", "Celso Machava, em Inhambane".
    // (With an agency's letters after a slash, as Nordic wires credit: "Jane Roe/TT".)
    // (Past the standfirst, where the page has one: "… paying for the privilege." / "Jane Roe and John Doe".)
    // (Or past a standfirst that ends on no stop, down to the header's last line: "Subscriber
    // mailbag, plus why …" / "Jane Roe" / "7–9 minutes".)
    const first = h.idx.length > 3 && endsSentence(text(h, 2)) && wordsIn(text(h, 2), 7) > 6 ? 3 : 2;
    // (Or under the lead paragraph past the reading time: "Eight minutes" / "Tourism operators say …" /
    // "Jane Roe, Canterbury reporter".)
    const past = readerHead + 2 < h.idx.length && endsSentence(text(h, readerHead + 1)) && wordsIn(text(h, readerHead + 1), 9) > 8 ? [readerHead + 2] : [];
    const last = Math.max(first, Math.min(readerHead, 4));
    for (const at of [...Array.from({ length: last - first + 1 }, (_, i) => first + i), ...past]) {
      const writer = cleanByline(text(h, at).replace(BY_PREFIX, "")) ?? nameWithRole(text(h, at));
      // (Not a newsroom: "Rédaction SAP", "Redazione".)
      // (Or in a script without capitals: "مریم رضایی".)
      if (writer && !isRole(text(h, at)) && (splitNames(writer).every(isPersonName) || isCaselessName(writer))) {
        offer("author", writer, RANK_META + 1, lineNo(h, at), "writer under a reader view's headline");
        break;
      }
    }
  }
  // A lynx dump sets its headings at the margin (see dump-syntax.ts): above the story, the first
  // that reads as a headline is the page's h1, rather than a first line that only opens the page.
  const h1 = !hasTitle && !repeat && headings?.size ? marginHeading(h, headings) : null;
  if (h1 !== null && h1 !== title) {
    title = h1;
    if (h1 > 0) kicker = h1 - 1;
  }
  let echo: { title: number; lead: number } | null = null;
  // (Whether the headline runs on to the line under it: see LEADS_ON.)
  let wrappedTitle = false;
  let release: { title: number; start: number } | null = null;
  // (Where the story starts when a byline stands under the stamp past a standfirst.)
  let storyUnder: number | null = null;

  // 2. Byline and stamps: under the headline (past at most one standfirst), or, without a
  //    headline yet, the first ones above the story, whose headline is then the line above them.
  if (title !== null) {
    let prose = 0;
    const key = comparable(repeat ? repeat.title : text(h, title));
    for (let j = title + 1; j < h.idx.length && j <= title + 15; j++) {
      cluster = readCluster(h, j, title + 25, key);
      if (cluster) break;
      if (proseAt(h, j) && ++prose >= 2) break;
    }
    // (A blog's date header stands over the post's title, with nothing under it: "Sunday, October 9,
    // 2011" / the title / the post; or a byline without a date under it: "June 14, 2025 | 11:47 PM EDT" /
    // the title / "Jane Roe" / "ExampleClub.com".)
    const header = (!cluster || cluster.stamps.length === 0) && repeat && title > 0 ? stampOf(h, title - 1) : null;
    if (header?.published && header.rule === "date line") offer("date", header.published, RANK_PUBLISHED, lineNo(h, title - 1), "date header over the title");
    // (Or a release's date between the headline's two copies: "Headline" / "FOR IMMEDIATE RELEASE" /
    // "October 14, 2025" / "Contact: …" / "Headline" / the release.)
    // (Or any stamp there, the byline under the h1 giving none: "Headline" / "On March 9, 2025 10:42 pm
    // In News by Jane Roe" / the share bar / "Headline" / "By Jane Roe, Enugu".)
    else if ((!cluster || cluster.stamps.length === 0) && repeat && repeat.h1 - repeat.first > 1) {
      for (let j = repeat.first + 1; j < repeat.h1; j++) {
        const stamp = stampOf(h, j);
        if (stamp?.published) {
          offer("date", stamp.published, RANK_PUBLISHED, lineNo(h, j), "stamp between the headline's copies");
          break;
        }
      }
    }
    // (Or the stamps right over the headline's first copy, the page setting them over its title:
    // "TICINO" / "15.04.2025 - 18:20" / "Aggiornamento: 15.04.2025 - 20:05" / the headline twice / the byline.)
    if ((!cluster || cluster.stamps.length === 0) && repeat && !header?.published) {
      for (let j = repeat.first - 1; j >= 0 && j >= repeat.first - 3; j--) {
        const stamp = stampOf(h, j);
        if (stamp?.published) {
          offer("date", stamp.published, RANK_PUBLISHED + 0.5, lineNo(h, j), "stamp over the headline's copies");
          break;
        }
      }
    }
    // (And the byline there, where none stands under the h1: "Headline" / "By Jane Roe" / "Published:
    // 11:00, 07 March 2025" / the share bar / "Headline" / the story; the stamp right over the h1 or not.)
    if ((!cluster || cluster.stamps.length === 0) && repeat && repeat.h1 - repeat.first > 1) {
      if (!cluster || cluster.authors.length === 0) {
        for (let j = repeat.first + 1; j < repeat.h1; j++) {
          const between = readCluster(h, j, repeat.h1);
          if (!between) continue;
          // (Right under the first copy, or its standfirst: not a teaser's byline further down, "Trending"
          // / "Mayor announces new bus routes" / "By John Doe" / the h1.)
          if (!(between.from === repeat.first + 1 || (between.from === repeat.first + 2 && wordsIn(text(h, repeat.first + 1), 7) >= 6))) break;
          if (between.authors.length > 0) offer("author", joinNames(between.authors), RANK_META, between.authorLine, "byline between the headline's copies");
          break;
        }
      }
    }
    // A headline stands over its byline and stamps: a first or repeated line that some other
    // headline-shaped line parts from them is the site's (its name said in the title tag and the
    // masthead, its motto, a print page's header), and the nearer line is the story's.
    // (A headline said twice at the top, as the title tag and the h1, outweighs a line nearer the
    // byline, which may be an advertisement set between them; unless it is as short as a name.)
    const saidTwice = repeat !== null || (h.idx.length > 1 && comparable(text(h, 1)) === comparable(text(h, 0)));
    const nearer = !hasTitle && (opens || repeat) && (!saidTwice || wordsIn(text(h, title), 5) <= 4) ? (nearerHeadline(h, title, cluster) ?? (repeat ? headlineOverRepeatedName(h, repeat.first, title, cluster) : null)) : null;
    if (nearer) {
      ({ title, kicker, cluster } = nearer);
      repeat = null;
      kickerAlways = false;
    }
  } else {
    let prose = 0;
    for (let k = 0; k < h.end; k++) {
      cluster = readCluster(h, k, h.end + 10);
      if (cluster) break;
      // Two paragraphs of prose in a row, or three in all: the story has begun. (One alone may be a
      // photo's caption or a standfirst among the page's top.)
      if (proseAt(h, k)) {
        if (++prose >= 3 || (k > 0 && proseAt(h, k - 1))) {
          // (Unless the two are a headline of short sentences and its standfirst, right over the
          // byline: "A barge fleet wants to moor below the town. The neighbors want a hearing." / the
          // standfirst / "Jane Roe" / the date.)
          const byline = k > 0 && headlineOverStandfirst(text(h, k - 1), text(h, k)) ? readCluster(h, k + 1, h.end + 10) : null;
          if (byline && byline.authors.length > 0) cluster = byline;
          break;
        }
      }
    }
    // (The site's name on the page's first line over its date strip, the menus under them, is its
    // masthead, not a writer, where a byline stands further down before the story: "Example
    // Semenanjung" / "Selasa, 5 Ogos 2025" / "LANGGAN" / menus / the headline / "Oleh Jane Roe - …".)
    if (cluster && cluster.from === 0 && h.idx[0] === 0 && cluster.authorLine === lineNo(h, 0) && !cluster.byline && cluster.stamps.length > 0 && menusBetween(h, cluster.to, Math.min(cluster.to + 12, h.idx.length - 1)) && bylineBefore(h, cluster.to + 1)) dropAuthor(cluster);
    // (A name alone at the foot of the cluster, with no word for "by", right over a headline with a
    // labelled byline and its stamp a line or three under it, is the section's label in capitals:
    // "Vendredi 14 mars 2025" / "Accueil › Liège › Seraing" / "FAITS DIVERS" / the headline / its
    // standfirst / "Par Jane Roe" / "Publié le 14/03/2025 à 09:47".)
    if (cluster && !cluster.byline && cluster.authors.length > 0 && cluster.authorLine === lineNo(h, cluster.to) && cluster.to + 2 < h.end && looksLikeHeadline(text(h, cluster.to + 1)) && !proseAt(h, cluster.to + 1)) {
      for (let k = cluster.to + 2; k < Math.min(h.end, cluster.to + 5); k++) {
        const later = readCluster(h, k, h.end + 10);
        if (later && later.byline && later.authors.length > 0 && later.stamps.length > 0) {
          cluster = later;
          break;
        }
      }
    }
    // A page's date strip over its menus ("Tuesday, June 13, 2023") is a stamp without a byline:
    // a byline and stamp further down, before any prose, are the story's.
    let bylineBelow: Cluster | null = null;
    if (cluster && cluster.authors.length === 0) {
      // (Past a standfirst right under the stamp: "Stand: 12.08.2022 15:47 Uhr" / "Der Pegel …" / "Von
      // Jane Roe, SWR" / the story. The standfirst is then no story.)
      // (It has the story under it, past the byline: a story of one paragraph under the stamp is none.)
      const standfirst = cluster.to + 3 < h.idx.length && proseAt(h, cluster.to + 1) && !proseAt(h, cluster.to + 2) ? cluster.to + 1 : null;
      // (Or past a headline's standfirst further down, with the writer's name and stamp under it:
      // "Primăria vrea să închidă …" / "Proiectul-pilot ar urma …" / "Jane Roe" / "14.08.2022, 11:20".)
      // (Past a count or a button of a word between them: "… the standfirst." / "412" / "By Jane Roe" / the date.)
      const bylineUnder = (k: number) => [1, 2, 3].some((d) => k + d < h.idx.length && [...Array(d - 1).keys()].every((e) => wordsIn(text(h, k + 1 + e), 3) <= 2 && !proseAt(h, k + 1 + e)) && !proseAt(h, k + d) && (readCluster(h, k + d, h.end + 10)?.authors.length ?? 0) > 0);
      const dekOverByline = (k: number) => k > 0 && k + 1 < h.idx.length && looksLikeHeadline(text(h, k - 1)) && bylineUnder(k);
      const strip = cluster;
      const timedUnderHeadline = (c: Cluster) => c.from > strip.to + 1 && looksLikeHeadline(text(h, c.from - 1)) && !proseAt(h, c.from - 1) && hasClock(h, c) && !hasClock(h, strip);
      for (let k = cluster.to + 1; k < h.end && (k === standfirst || !proseAt(h, k) || dekOverByline(k)); k++) {
        const later = readCluster(h, k, h.end + 10);
        // (A byline naming only an agency counts, with its stamp labelled or not: "By Example News
        // Agency" / "Published: February 20, 2025 …", "By Reuters" / "April 11, 2019".)
        // (Or a stamp with its time of day right under a headline, where the strip's date has none:
        // "Harbour 8°C Sunny" / "Saturday, March 15, 2025" / menus / the headline / "March 14, 2025 6:42
        // p.m." / the story.)
        if (later && later.stamps.length > 0 && (later.authors.length > 0 || later.byline || later.stamps.some((s) => s.stamp.rule !== "date line") || timedUnderHeadline(later))) {
          cluster = later;
          break;
        }
        // (A byline without a stamp of its own names the writer; the strip's date stands: "March 4,
        // 2024" / the headline / "by Jane Roe, Example Daily". Taken once the headline is found.)
        if (later && later.stamps.length === 0 && later.authorLine !== null && cluster.authorLine === null) {
          bylineBelow = later;
          break;
        }
        if (later) k = later.to;
      }
    }
    // (A date strip over the site's menus, with no byline found under it before the prose: the story's
    // byline and stamp may stand further down, past a ticker's teasers.)
    // (A writer there is named in full, and the strip said again under a clipping's buttons is no
    // story's stamp: "Brantford, Ontario • Mon, Mar 23, 1959" / "Save" / "Share" / the same line.)
    if (cluster && !hasTitle && !bylineBelow && isBareDate(cluster)) {
      const below = nearerHeadline(h, cluster.from, cluster)?.cluster;
      if (below && text(h, below.from) !== text(h, cluster.from) && below.authors.every(isPersonName) && !(below.byline && below.authors.length === 0)) cluster = below;
    }
    if (cluster && !hasTitle) {
      const above = headlineAbove(h, cluster.from, cluster.authors.length === 0);
      title = above.title;
      kicker = above.kicker;
      // (A headline wrapped onto a second line, its first ending on a word that leads on: the second
      // is no writer's name at the cluster's top. "DEP issues … for Lower Tannery Pond and" / "Mill
      // Stream" / "News Release" / "For Immediate Release: July 2, 2025".)
      if (title !== null && title + 1 === cluster.from && !h.gapAfter[title] && LEADS_ON.test(text(h, title)) && cluster.authorLine === lineNo(h, cluster.from) && !BY_PREFIX.test(text(h, cluster.from))) {
        dropAuthor(cluster);
        wrappedTitle = true;
      }
      // (A breadcrumb that ends in the headline, the headline under it, both in the cluster: "Home »
      // News » Mural Grant Round Opens" / "Mural Grant Round Opens" / the date / the byline.)
      // (The section is then the step before the headline: "News".)
      const echoed = crumbEcho(h, cluster);
      if (echoed !== null) {
        title = echoed.title;
        kicker = null;
        if (echoed.section !== null) offer("section", echoed.section, RANK_STRUCTURE, lineNo(h, echoed.title - 1), "breadcrumb over the headline");
      }
      // A blog's date header over its post's title (see headlineUnderDate).
      const dated = title !== null ? headlineUnderDate(h, title, cluster, above.names !== null) : null;
      if (dated) ({ title, kicker } = dated);
      if (above.names !== null && above.title !== null && !cluster.authors.length) {
        cluster.authors = splitNames(withoutAgency(text(h, above.names)));
        cluster.authorLine = lineNo(h, above.names);
      }
      // (A dateline in the story says where more surely: this place ranks below it. The site's
      // name, which its masthead sets over the page, is no place: "Briar County Ledger".)
      if (above.place !== null && !repeatsLineAbove(h, above.place)) offer("place", text(h, above.place), RANK_DATELINE + 1, lineNo(h, above.place), "place under the byline");
    }
    if (cluster && bylineBelow && cluster.authorLine === null) {
      cluster.authors = bylineBelow.authors;
      cluster.authorLine = bylineBelow.authorLine;
      // (Past an audio player's line, a picture's button and its caption: "Von Jane Roe" / "Audio 02:41 …" /
      // "Bild vergrößern" / the caption / the story.)
      if (bylineBelow.from > cluster.to + 1 && proseAt(h, cluster.to + 1) && [1, 2, 3, 4].some((d) => proseAt(h, bylineBelow!.to + d))) storyUnder = bylineBelow.to + 1;
      // (A headline right over that byline, the stamp right over the headline, is the story's, not
      // what stands over the stamp: "Rubrique : Régions" / "Le 5 avril 2018 à 11h32" / the headline /
      // "Par Jane Roe" / the story.)
      // (Or the site's menus between the stamp and that headline, the stamp the page's date strip: "Example
      // Newsday" / "Mon 10 Mar 2025" / menus / the headline / "Jane Roe" / "3 Hrs Ago" / the story.)
      // (Or with its standfirst between it and the byline: "Stand: 14.03.2025 16:42 Uhr" / the
      // headline / "Bei einer Routineprüfung …" / "von Jane Roe" / the story.)
      const standfirst = bylineBelow.from - 2 === cluster.to + 1 && proseAt(h, bylineBelow.from - 1) && wordsIn(text(h, bylineBelow.from - 1), 61) <= 60;
      const over = standfirst ? bylineBelow.from - 2 : bylineBelow.from - 1;
      if (!hasTitle && (over === cluster.to + 1 || (over > cluster.to + 1 && menusBetween(h, cluster.to, over))) && looksLikeHeadline(text(h, over)) && !proseAt(h, over) && [1, 2].some((d) => proseAt(h, bylineBelow!.to + d))) {
        title = over;
        kicker = null;
        storyUnder = bylineBelow.to + 1;
      }
    }
  }

  // 3. The story starts after the stamps (past leftovers such as a video's title), or right
  //    after the headline of a plain document.
  if (cluster) storyFrom = storyStartFrom(h, storyUnder ?? cluster.to + 1);
  else if (repeat) storyFrom = storyStartFrom(h, repeat.h1 + 1);
  else if (title !== null) {
    // (Under the headline said again, past the page's furniture, the writer's line may stand alone:
    // "Is Avery Tilting?" / "Is Avery Tilting?" / "Jane ROE" / the story.)
    const again = title + 1 < h.idx.length && comparable(text(h, title + 1)) === comparable(text(h, title));
    let k = again ? title + 2 : title + 1;
    while (again && k < h.idx.length && isBoilerplate(text(h, k))) k++;
    // (Under a reader view's header, past a label the page kept there, "Opinion", to the first prose.)
    storyFrom = writerOverStory(h, k, title, offer, again) ? k + 1 : readerHead !== null ? storyStartFrom(h, readerHead + 1) : title + 1;
  }
  else if (!hasTitle && (release = releaseTop(h)) !== null) {
    title = release.title;
    storyFrom = release.start;
  }
  else storyFrom = plainDocument(h, hasTitle, (k) => (title = k), (k) => (kicker = k));

  // A standfirst the story repeats as its lead (above the byline, then again under a photo's
  // caption): the story starts at the repeat, and what stands before it is the photo's.
  if (cluster && title !== null) storyFrom = repeatedStandfirst(h, title, cluster.from, storyFrom) ?? storyFrom;
  // A standfirst between the headline's stamps and the lead photo: the story starts under the photo.
  if (title !== null && !repeat) storyFrom = pastStandfirstOverPhoto(h, storyFrom, offer);

  // Without any of those, an encyclopedia-style page: its lead paragraph repeats its headline.
  if (title === null && !cluster && !hasTitle) {
    echo = echoedHeadline(h);
    if (echo) {
      title = echo.title;
      storyFrom = echo.lead;
    }
  }

  // A byline over the headline ("By Canadian Press", then the headline, its date, the story): the
  // title-like line between them.
  let titleRule = repeat ? "repeated headline" : release ? "headline under the release's status" : "headline line";
  offerReleaseDate(h, offer);
  // (Of several, the longest that is no button: a filter's labels and a menu's items may stand
  // there too, "Historic and Heritage Sites" over "Death, Disaster, and Disgrace in Victorian
  // London: …", and a promotion's "Search the Largest Online Newspaper Archive". Pieces of one
  // run-together line keep the first.)
  if (title === null && cluster && !hasTitle) {
    let longest = 0;
    for (let j = cluster.to + 1; j < storyFrom; j++) {
      const t = text(h, j);
      if (stampOf(h, j)) offerStampLine(t, lineNo(h, j), offer);
      // (A long headline's standfirst right under it is no headline, though longer still.)
      else if (title !== null && j === title + 1 && longest >= 7) continue;
      // (Nor one right under a headline right under the stamp: "16.01.2024, 00:15" / "Девелоперы
      // притормозили стройку" / its standfirst / the story; a headline of four words or more keeps
      // it when a writer's line or buttons stand between the standfirst and the story.)
      else if (title !== null && j === title + 1 && title === cluster.to + 1 && longest >= (j === storyFrom - 1 ? 3 : 4)) continue;
      // (Not a photo's caption under the stamp: "… on the Phase 4 corridor. (File photo)".)
      // (Nor a release's contact: "Media Contact: Jane Roe, Public Information Officer, 555-0182".)
      else if (isHeadlineCandidate(t) && !isProse(t) && !SENTENCES_IN.test(t) && !isCaption(t) && !isMenuLine(t) && !CONTACT_LABEL.test(t) && (title === null || (!ACTION.test(t) && wordsIn(t) > longest && lineNo(h, j) !== lineNo(h, title)))) {
        title = j;
        longest = wordsIn(t);
        titleRule = "headline under the byline";
      }
    }
    // (Under the stamp, the headline and its standfirst, a name alone right over the story is its
    // writer's: "05.03.2019 11:37" / the headline / the standfirst / "Анна Корнилова" / the story.)
    // (Where the story was taken to start at the standfirst, it starts under the name: a standfirst of
    // forty words at most, and a name the paragraph under it does not name again, as it would a
    // subheading's, "Andrew Carnegie" over "Carnegie, who …".)
    const over = title !== null && storyFrom === title + 1 && nameUnderStandfirst(h, title) ? title + 2 : storyFrom - 1;
    // (Not a place the story's first words name again, as a dateline does: "Нижний Новгород" over "В
    // Нижнем Новгороде …"; nor an outlet.)
    if (title !== null && cluster.authors.length === 0 && over === title + 2 && wordsIn(text(h, title + 1), 6) >= 6 && !isBoilerplate(text(h, title + 1)) && isPersonName(text(h, over)) && splitNames(text(h, over)).length === 1 && !isOutlet(text(h, over)) && proseAt(h, over + 1) && !namedInLead(text(h, over), text(h, over + 1))) {
      offer("author", text(h, over), RANK_META + 1, lineNo(h, over), "name over the story");
      storyFrom = over + 1;
    }
    // (Or a name with its job under it, or on its line: "Tendai Mukwena" / "Agriculture Reporter".)
    else if (title !== null && titleRule === "headline under the byline" && cluster.authors.length === 0) offerNamesUnderHeadline(h, title, storyFrom, offer);
  }
  // Still nothing: a long page whose story starts below a headline and a byline-and-date line.
  if (title === null && !cluster && !hasTitle && storyFrom === 0) {
    const run = headlineAboveStory(h);
    if (run) {
      title = run.title;
      storyFrom = run.start;
      titleRule = "headline above the story";
      if (run.stamp !== null) offerStampLine(text(h, run.stamp), lineNo(h, run.stamp), offer);
      if (run.stamp !== null && run.stamp > run.title) offerLabelsUnderHeadline(h, run.title, run.stamp, offer);
      // (Without a stamp, a writer's name between the headline and the story: "Jane Roe" / "… reporter".)
      else if (run.stamp === null) offerNamesUnderHeadline(h, run.title, run.start, offer);
    }
  }

  // Still nothing, on a page that opens with a long run of menus, labels and fact boxes: the story
  // starts at its first run of prose, not at the page's first line.
  if (menusFirst && title === null && !cluster && !hasTitle && storyFrom === 0) storyFrom = proseAfterMenus(h) ?? 0;

  if (repeat?.gluedKicker) {
    const value = labelValue(repeat.gluedKicker);
    if (value) offer("section", value, RANK_META + 1, lineNo(h, repeat.h1), "kicker");
  }
  // A case file's page: its subject's name over the fact box that opens it names it, and its story
  // starts under the box (not at a later article's byline).
  // (A wiki's infobox is read by its own rules: see wiki.ts.)
  const box = hasTitle || !menusFirst ? null : namedFactBox(h.idx.length, (k) => text(h, k));
  if (box && (cluster === null || box.at < cluster.from) && (title === null || title === 0 || box.at < title) && !proseBefore(h, box.at)) {
    offer("title", box.name, RANK_STRUCTURE, lineNo(h, box.at), "name over a fact box");
    storyFrom = box.end + 1;
    title = null;
  }
  if (title !== null) {
    let headline = repeat ? repeat.title : wrappedTitle ? `${text(h, title)} ${text(h, title + 1)}` : text(h, title);
    // On a page run together, the writer's name may stand between the headline and the stamp with
    // only a space before it: "… can compromise a police probe Jane RoePublished October 6, 2021".
    const runOn = !repeat && cluster && cluster.authorLine === null && lineNo(h, title) === lineNo(h, cluster.from) ? NAME_RUN_ON.exec(headline) : null;
    // (Not a place the headline's last words point to: "… kayaker recovered off N.S. South Shore".)
    if (runOn && isPersonName(runOn[2]!) && !PLACE_PREPOSITION.test(runOn[1]!)) {
      headline = runOn[1]!;
      offer("author", runOn[2]!, RANK_META, lineNo(h, title), "byline run onto the headline");
    }
    // (A section the page's menu lists, run onto the headline with a slash: "Metro/Manila Bay rehab: …".)
    const slashed = SECTION_SLASH.exec(headline);
    if (slashed && Array.from({ length: title }, (_, k) => text(h, k)).includes(slashed[1]!)) {
      headline = headline.slice(slashed[0].length);
      offer("section", slashed[1]!, RANK_META + 1, lineNo(h, title), "section run onto the headline");
    }
    // (A feed reader's item opens with its time in brackets: "[2018-10-22 18:40] Tenants win …".)
    const stamped = STAMP_BEFORE_TITLE.exec(headline);
    if (stamped) {
      headline = stamped[2]!;
      offer("date", stamped[1]!, RANK_PUBLISHED, lineNo(h, title), "time before the headline");
    }
    offer("title", headline, RANK_META, lineNo(h, title), titleRule);
    // Lines between the headline and the byline are its standfirst.
    const dekEnd = cluster ? cluster.from : title + 1;
    const dek = [];
    for (let j = title + 1; j < dekEnd; j++) if (proseAt(h, j)) dek.push(j);
    if (dek.length) offer("summary", dek.map((j) => text(h, j)).join("\n"), RANK_META + 1, lineNo(h, dek[0]!), "standfirst");
  }
  if (kicker !== null && (kickerAlways || isKicker(h, kicker))) {
    const value = labelValue(text(h, kicker));
    if (value && !RELEASE_STATUS.test(value)) offer("section", value, RANK_META + 1, lineNo(h, kicker), "kicker");
  }
  // Section lines ("News: International", "Home > World") anywhere above the story.
  for (let k = 0; k < storyFrom; k++) {
    const s = sectionLine(text(h, k));
    if (s) offer("section", s, RANK_META, lineNo(h, k), "section line");
  }
  if (cluster) {
    offerCluster(cluster, offer);
    offerClusterLabels(h, cluster, offer);
  }
  // A section and the date, a bar between, right over the headline: "NEWS | Aug. 4, 2016".
  if (title !== null && title > 0 && !cluster?.stamps.length) {
    const over = text(h, title - 1);
    const stamp = over.includes("|") && over.length <= 60 ? stampOf(h, title - 1) : null;
    if (stamp?.published && stamp.outlet && /^\p{L}[\p{L} &-]{1,30}$/u.test(stamp.outlet) && wordsIn(stamp.outlet) <= 3) offer("date", stamp.published, RANK_META, lineNo(h, title - 1), "section and date over the headline");
  }
  // An old page's notice right over the headline, its section's label run onto it: "Canada This
  // article is more than 2 months old" (the notice is furniture; the label names the section).
  if (title !== null && !cluster?.sections.length) {
    const over = h.lines.slice(Math.max(0, h.idx[title]! - 3), h.idx[title]!).reverse().find((l) => l.text.trim() !== "");
    const aged = over ? LABELLED_AGE_NOTICE.exec(over.text.trim()) : null;
    // (A label, not a columnist's name, "Mary Major This article …", nor a button's, "Share", "Updated".)
    if (aged && !isPersonName(aged[1]!) && !isBoilerplate(aged[1]!) && !NOT_A_SECTION_LABEL.test(aged[1]!)) offer("section", aged[1]!, RANK_META + 1, over!.n, "label on the old page's notice");
  }
  // A label right over the headline (or over its kicker) that the page's menus also list names
  // its section: "Justice et faits divers" in the menu, then over the headline. (Last: any other
  // reading of the section goes first.)
  if (title !== null && !repeat) offerMenuSection(h, title, offer);
  // (Over a byline that stands above its headline, the label right over the byline: "City" / "Jane
  // Roe" / "Posted on April 12, 2022" / the headline.)
  if (title !== null && !repeat && titleRule === "headline under the byline" && cluster) offerMenuSection(h, cluster.from, offer, 1);
  return { start: at(storyFrom) };
}

// A headline in sentence case (its last word in small letters) with a name of two or three words
// after it.
/** A first line in a title tag's shape, its headline long enough to be one (13 characters or more). */
/** A blog's title tag over the page, "Example Blog: When the Basement Flooded …", whose blog name and
 *  post title both stand as lines of their own further down. */
function blogTitleTag(h: Head): boolean {
  const m = BLOG_TITLE_TAG.exec(text(h, 0));
  if (!m) return false;
  const below = Array.from({ length: Math.min(h.idx.length, 40) - 1 }, (_, k) => text(h, k + 1));
  return below.includes(m[1]!) && below.includes(m[2]!);
}

// A release's sender's department, no headline: "Example Airways Corporate Communications Department".
const SENDER_UNIT = /\b(?:Department|Office|Division|Communications|Relations|Affairs|Bureau|Newsroom)$/u;

/** A release's date right under its status: "FOR IMMEDIATE RELEASE" / "October 2, 2024" / its contact. */
function offerReleaseDate(h: Head, offer: Offer): void {
  for (let k = 0; k < h.idx.length && k < 40; k++) {
    if (!RELEASE_STATUS.test(text(h, k))) continue;
    const stamp = k + 1 < h.idx.length ? stampOf(h, k + 1) : null;
    if (stamp?.published && stamp.authors.length === 0) offer("date", stamp.published, RANK_PUBLISHED, lineNo(h, k + 1), "date under the release's status");
    return;
  }
}

/**
 * A press release without a stamp over its headline: its status ("FOR IMMEDIATE RELEASE"), its
 * contacts, the headline (and a standfirst), then the release's first paragraph opening with its
 * dateline, "BANGOR, Maine (Sept. 12, 2017) – Example Airways today announced …". The headline is
 * the line over that paragraph, or over the standfirst right over it.
 */
function releaseTop(h: Head): { title: number; start: number } | null {
  let status = -1;
  for (let k = 0; k < h.idx.length && k < 40 && status < 0; k++) if (RELEASE_STATUS.test(text(h, k))) status = k;
  if (status < 0) return null;
  // (A contact's lines are no headline: a name, an organisation, a department, a number, an address.)
  const headlineShaped = (k: number) => isHeadlineCandidate(text(h, k)) && !SENDER_UNIT.test(text(h, k)) && !isProse(text(h, k)) && !CONTACT_LABEL.test(text(h, k)) && !/@|\d{3}[-.\s]\d{4}/u.test(text(h, k)) && !isPersonName(text(h, k)) && !isOutlet(text(h, k)) && !isRole(text(h, k));
  const heading = (k: number) => k > status && headlineShaped(k);
  // (The standfirst may read as prose too: the first paragraph is the first with a dateline, one
  // paragraph of prose at most before it.)
  let prose = 0;
  for (let k = status + 1; k < h.idx.length && k <= status + 30; k++) {
    if (!proseAt(h, k)) continue;
    if (!readDateline(text(h, k))?.place) {
      if (++prose > 1) return null;
      continue;
    }
    // (Past the release's attachments right over it: "Download high-resolution photos (ZIP, 14 MB)".)
    let a = k - 1;
    while (a > status + 1 && isTrailer(text(h, a))) a--;
    const standfirst = heading(a) || (prose === 1 && proseAt(h, a));
    const title = heading(a - 1) && standfirst ? a - 1 : prose === 0 && heading(a) ? a : null;
    // (Or the headline right over the status, the release's number or date under it: "FMC Charges …" /
    // "FOR IMMEDIATE RELEASE" / "2025-71" / "Washington D.C., May 20, 2025 — …".)
    // (A headline's length, no sender's name: "City of Springfield" / "FOR IMMEDIATE RELEASE".)
    if (title === null && prose === 0 && status > 0 && headlineShaped(status - 1) && !proseAt(h, status - 1) && wordsIn(text(h, status - 1), 5) >= 5 && !SENDER_NAME.test(text(h, status - 1))) return { title: status - 1, start: k };
    return title === null ? null : { title, start: k };
  }
  return null;
}

/** The line in a cluster that repeats the last step of the breadcrumb right over it, and the step
 *  before that (past the trail's root), or null. */
function crumbEcho(h: Head, cluster: Cluster): { title: number; section: string | null } | null {
  for (let j = cluster.from; j < cluster.to && j <= cluster.from + 3; j++) {
    const t = text(h, j);
    if (!BREADCRUMB.test(t)) continue;
    const steps = crumbSteps(t);
    const last = steps[steps.length - 1] ?? "";
    if (wordsIn(last, 3) >= 3 && comparable(last) === comparable(text(h, j + 1)) && looksLikeHeadline(text(h, j + 1))) return { title: j + 1, section: steps.length >= 3 ? steps[steps.length - 2]! : null };
  }
  return null;
}

/** Whether the first line is a title tag, "Site - Headline" or "Headline | Site", whose site's name
 *  stands again as a line of its own among the next few. */
function mastheadUnderTag(h: Head): boolean {
  const t = text(h, 0);
  if (!isTitleTag(t)) return false;
  // (As cased there: a document's kind in capitals over its title is no masthead, "Executive Order —
  // Coordinating Efforts …" / "EXECUTIVE ORDER".)
  const parts = t.split(/\s(?:\||-|–|—|::|»)\s/u).map((p) => p.trim());
  const site = new Set([parts[0]!, parts[parts.length - 1]!].filter((p) => p.length >= 3));
  for (let k = 1; k < h.idx.length && k <= 6; k++) if (site.has(text(h, k))) return true;
  return false;
}

function isTitleTag(t: string): boolean {
  if (t.length > 300) return false;
  const head = TITLE_TAG.exec(t)?.[1];
  // (Or the site first and the headline last: "Example Voice | Headline", "Example Daily | News | Headline".)
  return (head !== undefined && head.length >= 13 && head.length <= 251) || SITE_BEFORE_TAG.test(t);
}

/** The first of a lynx dump's headings above its story that reads as a headline, or null. */
function marginHeading(h: Head, headings: ReadonlySet<number>): number | null {
  let prose = 0;
  let found: number | null = null;
  for (let k = 0; k < h.idx.length; k++) {
    const t = text(h, k);
    // (The last before the story: a blog's name, centred over its menus, is a heading too. Not a
    // deck right under the headline, a heading of its own.)
    if (headings.has(lineNo(h, k)) && isHeadlineCandidate(t) && !isMenuLine(t) && !stampOf(h, k) && (found === null || k !== found + 1)) found = k;
    if (isStoryProse(h, k) && ++prose >= 2) break;
  }
  return found;
}

const STAMP_BEFORE_TITLE = /^\[((?:19|20)\d\d-[01]\d-[0-3]\d)(?:[ T][0-2]?\d:[0-5]\d(?::[0-5]\d)?)?\]\s+(\S.{8,})$/u;
const SECTION_SLASH = /^(\p{Lu}\p{Ll}{2,14})\/(?=\p{Lu}\S*(?: \S+){3})/u;
const PLACE_PREPOSITION = /\s(?:in|at|on|off|near|from|to|into|across|outside|inside|around|along|over|under|of)$/u;
const NAME_RUN_ON = /^(.{10,}\s\p{Ll}[\p{L}\p{N}'’]*) ((?:\p{Lu}[\p{L}'’.-]+ ){1,2}\p{Lu}[\p{L}'’-]+)$/u;

// A writer and their outlet on the line under the headline, over the story: "Jane Roe, Example
// Dispatch", "Chris Hedges, Truthdig".
const NAME_AND_OUTLET = /^((?:\p{Lu}[\p{L}'’.-]+ ){1,2}\p{Lu}[\p{L}'’-]+(?: and (?:\p{Lu}[\p{L}'’.-]+ ){1,2}\p{Lu}[\p{L}'’-]+)?)(?:, | \| | \/ )((?:\p{Lu}[\p{L}.&'’-]*)(?: \p{Lu}[\p{L}.&'’-]*){0,3})$/u;

/** Whether the story from line `from` on names the person (by their last name): then a name over
 *  it is its subject's (a case page's, an infobox's), not its writer's. */
function namedInStory(h: Head, from: number, name: string): boolean {
  const last = name.trim().split(/\s+/).pop()!.toLowerCase();
  for (let j = from; j < h.idx.length; j++) {
    const t = text(h, j).toLowerCase();
    const at = t.indexOf(last);
    if (at >= 0 && !/[\p{L}\p{N}]/u.test(t[at - 1] ?? " ") && !/[\p{L}\p{N}]/u.test(t[at + last.length] ?? " ")) return true;
  }
  return false;
}

/**
 * Whether line k, between the headline and the story's first paragraph, is the writer's: their name
 * with their outlet after a comma, or (`alone`: under the headline said again) their name alone,
 * "Jane ROE", when the story does not name them (a case page's subject heads it the same way).
 * Offered as the author.
 */
function writerOverStory(h: Head, k: number, title: number, offer: Offer, alone: boolean): boolean {
  if (k + 1 >= h.idx.length || !proseAt(h, k + 1)) return false;
  const t = text(h, k);
  // (Not the headline said again: "So Long Coffee, Hello Turmeric Latte" twice.)
  if (readDateline(t) || comparable(t) === comparable(text(h, title))) return false;
  const m = NAME_AND_OUTLET.exec(t);
  if (m && splitNames(m[1]!).every(isPersonName)) offer("author", m[1]!, RANK_META, lineNo(h, k), "name and outlet under the headline");
  else if (alone && isPersonName(t) && !namedInStory(h, k + 1, t)) offer("author", t, RANK_META + 1, lineNo(h, k), "name over the story");
  else return false;
  return true;
}

/** Whether any story prose stands above content line k (then a box there is inside a story). */
function proseBefore(h: Head, k: number): boolean {
  for (let j = 0; j < k; j++) if (isStoryProse(h, j)) return true;
  return false;
}

// Sentences one after another: a standfirst that lost its last full stop, not a headline.
// (A title's stop before a name is no sentence's end: "Sen. Vollmar Introduces Bill …".)
const SENTENCES_IN = /[\p{Ll}\p{N}]{2}(?<!\b(?:Sen|Rep|Gov|Gen|Col|Capt|Sgt|Dr|Mr|Mrs|Ms|Mt|St|Ste|Prof|Rev|Jr|Sr|Inc|Corp|Ltd|Co|No|vs))[.!?]["”’]?\s+["“]?\p{Lu}/u;

// A post's categories or tags under its date, three or more names of a few capitalised words each:
// "Campaigns, Homecare, South East", "News, Politics, Local Government".
const CATEGORY_LIST = /^\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*| &){0,2}(?:, \p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*| &){0,2}){2,}$/u;

/** A post's title under its date header: title-like, three words or more, no button nor sentence. */
function isPostTitle(t: string): boolean {
  // (A photo's caption or a share bar under the date is no post's title: "… entstehen. Foto: BTD",
  // "Facebook Twitter WhatsApp"; nor are its categories.)
  return isHeadlineCandidate(t) && !RELEASE_STATUS.test(t) && !isProse(t) && !ACTION.test(t) && wordsIn(t, 3) >= 3 && !isCaption(t) && !isShareBar(t) && !CATEGORY_LIST.test(t);
}

const BY_PREFIX = new RegExp(`^(?:${BY_WORD})\\s+`, "iu");

/**
 * A reader view's export opens with the site's address and then the headline ("example.com.au" /
 * "Flood buyback scheme to be extended …" / "Jane Roe" / "7-8 minutes"), as a browser's reader
 * mode sets a page out: the index of its header's last line (the writer, the reading time or the
 * date under the headline), or null when the page opens otherwise.
 */
function readerViewHead(h: Head): number | null {
  if (h.idx.length < 3 || h.idx[0] !== 0) return null;
  const site = text(h, 0);
  const t = text(h, 1);
  // (Not a site named by its address over its menus, "abidjan.net" / "Actualités | Politique | …":
  // under a reader view's headline come its writer, its reading time or its date.)
  // (A headline of three words, "Jane Roe obituary", when the reading time under it says so.)
  const timed = [2, 3, 4].some((k) => k < h.idx.length && READING_TIME.test(text(h, k)));
  if (!SITE_ADDRESS.test(site) || wordsIn(t, 4) < (timed ? 3 : 4) || isMenuLine(t) || /\s[|›»>/]\s/u.test(t)) return null;
  // (A headline of two short sentences, as an opinion's may be, "Every school needs a nurse. Our
  // state pretends otherwise.", when the reading time under it says this is a reader view's top.)
  if ((!isHeadlineCandidate(t) || isProse(t)) && !(timed && wordsIn(t, 21) <= 20 && endsSentence(t))) return null;
  // (Or the site's name, spelt as its address: "heraldofthenorth.scot" / the headline / "Herald of the North".)
  const host = site.replace(/^(?:https?:\/\/)?(?:www\.)?/u, "").split(".")[0]!.toLowerCase();
  for (let k = 2; k < h.idx.length && k <= 4; k++) {
    const u = text(h, k);
    // (Not a date strip with the site's menus under it, a masthead's motto over it: "example.it" / "The
    // online daily of the lake" / "Wednesday, 23 July 2025" / "HOME" / "NEWS" / …)
    if (stampOf(h, k) && [1, 2, 3, 4].every((d) => k + d < h.idx.length && isShortItem(text(h, k + d)) && wordsIn(text(h, k + d), 4) <= 3)) return null;
    if (READING_TIME.test(u) || stampOf(h, k) || splitNames(u.replace(/^by\s+/iu, "")).every(isPersonName)) return k;
    if (k === 2 && host.length >= 4 && u.length <= 60 && u.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "") === host) return k;
  }
  return null;
}

/**
 * The headline over the story's byline and stamps when it is not the line taken for it: the line
 * right over the cluster under that line, or, with none within reach of it, over the first cluster
 * further down before the story's prose.
 */
function nearerHeadline(h: Head, title: number, cluster: Cluster | null): { title: number; kicker: number | null; cluster: Cluster } | null {
  // (A date alone under the site's name is the page's date strip when the site's menus follow it:
  // the story's stamp is further down.)
  const strip = cluster !== null && isBareDate(cluster) && menusBetween(h, cluster.to, Math.min(cluster.to + 12, h.idx.length - 1));
  // (A date alone under the menus, with a writer's stamp further down before the story, is a strip
  // too: "81°F Sunny | Wednesday, August 21, 2024" / the headline / "August 21, 2024 11:48 am | Posted
  // by Jane Roe" / the story. Without one, the date alone is the story's.)
  if (cluster !== null && !strip && isBareDate(cluster)) {
    const below = clusterBelow(h, cluster.to + 1, (c) => !isBareDate(c));
    const over = below && headlineOverCluster(h, title, below);
    if (over) return over;
  }
  const found = strip ? clusterBelow(h, cluster.to + 1, (c) => c.stamps.length > 0 || !isBareDate(c)) : (cluster ?? clusterBelow(h, title + 1, (c) => !isBareDate(c)));
  return found && headlineOverCluster(h, title, found);
}

/** The first cluster from content line k down that `wanted` accepts, before the story's prose. */
function clusterBelow(h: Head, k: number, wanted: (c: Cluster) => boolean): Cluster | null {
  let prose = 0;
  for (; k < h.end; k++) {
    const c = readCluster(h, k, h.end + 10);
    // (A writer or a labelled stamp: a date alone may be a strip's over the page's menus; under
    // them, it is the story's.)
    if (c && wanted(c)) return c;
    if (c) k = c.to;
    else if (proseAt(h, k) && (++prose >= 3 || proseAt(h, k - 1))) break;
  }
  return null;
}

/** The headline over a cluster, when it is another line than `title`'s, below it. */
function headlineOverCluster(h: Head, title: number, found: Cluster): { title: number; kicker: number | null; cluster: Cluster } | null {
  const above = headlineAbove(h, found.from, found.authors.length === 0);
  if (above.title === null || above.title <= title || /^\P{L}*\p{Ll}/u.test(text(h, above.title)) || sharesMostWords(text(h, title), text(h, above.title))) return null;
  return { title: above.title, kicker: above.kicker, cluster: found };
}

/**
 * The headline over a site's name said again on the byline's line, right over the stamps ("Example
 * Echo" at the top; the headline / its standfirst / "Example Echo   Jane Roe." / "Publié le …"): the
 * name's second copy is the byline's outlet, and the headline is the line over it, under the first copy.
 */
function headlineOverRepeatedName(h: Head, first: number, title: number, cluster: Cluster | null): { title: number; kicker: number | null; cluster: Cluster } | null {
  if (!cluster || cluster.from > title + 1 || wordsIn(text(h, title), 5) > 4) return null;
  const above = headlineAbove(h, title, false);
  if (above.title === null || above.title <= first || above.title >= title || /^\P{L}*\p{Ll}/u.test(text(h, above.title))) return null;
  return { title: above.title, kicker: above.kicker, cluster };
}

/** The most words of a standfirst set over the lead photo. */
const STANDFIRST_WORDS = 50;

/**
 * Where the story starts when its first paragraph is short (two sentences at most) and a photo's
 * caption parts it from longer prose under it: a standfirst set between the stamps and the lead photo
 * ("Roads may reopen on Tuesday. A shelter has opened." / "Ploughs on the E14. Photo: Jane Roe" / the
 * story), offered as the summary. A story's lead over a photo is no shorter than the paragraphs under it.
 */
function pastStandfirstOverPhoto(h: Head, k: number, offer: Offer): number {
  // (A date may stand between the standfirst and the photo: "… at two airports on Dec. 1" / "Sept. 26,
  // 2022" / the photo's caption / the story.)
  const stamp = k + 1 < h.idx.length ? stampOf(h, k + 1) : null;
  const next = stamp?.published && stamp.rule === "date line" ? k + 2 : k + 1;
  if (next >= h.idx.length || !proseAt(h, k) || !proseAt(h, next)) return k;
  const t = text(h, k);
  const words = wordsIn(t, STANDFIRST_WORDS + 1);
  if (words > STANDFIRST_WORDS || (t.match(/[.!?]["”’»]?\s+\p{Lu}/gu)?.length ?? 0) > 1 || wordsIn(text(h, next), words + 1) <= words) return k;
  let caption = false;
  for (let i = h.idx[k]! + 1; i < h.idx[next]!; i++) {
    const u = h.lines[i]!.text.trim();
    if (u !== "" && isCaption(u)) caption = true;
  }
  if (!caption) return k;
  offer("summary", t, RANK_META + 2, lineNo(h, k), "standfirst over the lead photo");
  if (next === k + 2) offer("date", stamp!.published, RANK_PUBLISHED + 1, lineNo(h, k + 1), "date under the standfirst");
  return next;
}

/** Takes a cluster's writer away: a line it read as a name was the page's (see its callers). */
function dropAuthor(c: Cluster): void {
  c.authors = [];
  c.authorLine = null;
}

// A line's last word that leads on to the next, as no headline ends: "… Pond and", "… plan for the".
// (Not "on", "in", "up", "to": a verb's particle ends a headline, "… as pipeline repairs drag on"; nor
// "her", "a": "The Teacher Who Changed Her", "Grade A".)
const LEADS_ON = /\s(?:and|or|of|for|with|from|&)$/u;

/** Whether a cluster with a writer's byline stands from content line k down, before the story's prose. */
function bylineBefore(h: Head, k: number): boolean {
  for (let j = k; j < h.end && !proseAt(h, j); j++) {
    const c = readCluster(h, j, h.end + 10);
    if (c && c.authors.length > 0 && (c.byline || Array.from({ length: c.to - c.from + 1 }, (_, i) => text(h, c.from + i)).some((t) => BY_PREFIX.test(t)))) return true;
    if (c) j = c.to;
  }
  return false;
}

/** A time of day: "18:42", "6:42 p.m.", "14h22", "18.42 Uhr", "18時42分" (not a date's "14.03"). */
const CLOCK = /(?<![\d.])\d{1,2}(?::\d{2}|h\d{2}|\.\d{2}\s?uhr|時)(?![\d.])|(?<![\d.])\d{1,2}\s?[ap]\.?m\b/iu;

/** Whether a cluster's stamps tell the time of day (a story's do; a page's date strip seldom does). */
function hasClock(h: Head, c: Cluster): boolean {
  for (let k = c.from; k <= c.to; k++) if (CLOCK.test(text(h, k)) && stampOf(h, k)) return true;
  return false;
}

/** Whether a cluster is a date and nothing more: no writer, no byline, no stamp's label. */
function isBareDate(c: Cluster): boolean {
  return c.authors.length === 0 && !c.byline && c.stamps.every((s) => s.stamp.rule === "date line");
}

/** Whether a site's menus stand between two lines of the head: four items or more, a word to three
 *  each or a menu on one line (read on the page's own lines, furniture included). */
function menusBetween(h: Head, a: number, b: number): boolean {
  let items = 0;
  for (let i = h.idx[a]! + 1; i < h.idx[b]!; i++) {
    const t = h.lines[i]!.text.replace(/^\s*[*•-]\s+/u, "").trim();
    if (t === "") continue;
    if (isMenuLine(t)) return true;
    if (isShortItem(t) && wordsIn(t, 4) <= 3 && /\p{L}/u.test(t) && ++items >= 4) return true;
  }
  return false;
}

/** Short lines a page must open with before proseAfterMenus looks past them. */
const MENU_LINES = 20;

/** The first of two lines of prose in a row, after at least MENU_LINES lines that are not prose. */
function proseAfterMenus(h: Head): number | null {
  let short = 0;
  for (let k = 0; k + 1 < h.idx.length; k++) {
    if (!proseAt(h, k)) short++;
    else if (proseAt(h, k + 1)) return short >= MENU_LINES ? k : null;
  }
  return null;
}

/** Whether line `k` repeats a line higher up the page (as a site's name under a byline repeats its masthead). */
function repeatsLineAbove(h: Head, k: number): boolean {
  const name = text(h, k).trim().toLowerCase();
  for (let j = 0; j < k - 1; j++) if (text(h, j).trim().toLowerCase() === name) return true;
  return false;
}

/**
 * Whether the page's first line, over a date alone, is the story's headline rather than a blog's
 * name: a headline's length (eight words or more), longer than the line under the date, which is
 * then a kicker or a standfirst ("Stage 3: Van Rensburg storms … in final kilometre" / "21/05/2025
 * 17:48" / "STAGE 3 – Hawes > Richmond – 168.4 km"). A blog's name is a few words; its motto, which
 * may be as long, stands under the name; and the line under a blog's date is its post's title.
 */
function headlineOverDate(over: string, under: string): boolean {
  const words = wordsIn(over, 41);
  // (The line under the date a kicker's: capitals, figures or a separator, not a post's title in
  // sentence case under a blog's long name, "Notes From a Small Garden …" / the date / "Tomatoes go in early".)
  const kicker = /\d|[–>|»/]/u.test(under) || under === under.toUpperCase();
  return kicker && words >= 8 && words <= 40 && words > wordsIn(under, 41) && !isProse(over);
}

/** A line of two labelled fields or more, as a page files its story: "Sectors: Bus and coach |
 *  Regions: West Midlands" (no post's title). */
function isLabelledFields(t: string): boolean {
  return (t.match(/(?:^|[|·•]\s*)\p{Lu}[\p{L} ]{0,25}:\s/gu)?.length ?? 0) >= 2;
}

// A sender's name over a release's status: "City of Springfield", "Office of the Governor".
const SENDER_NAME = /^(?:(?:the )?(?:city|town|county|village|state|office|department|ministry|borough|district|government|province|region|municipality) of\b|.{0,60}\b(?:council|department|ministry|office|agency|authority|commission)$)/iu;
