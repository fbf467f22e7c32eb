// The top of a page, read as an editor would: section, headline, standfirst, byline and date, then
// the story. It handles three shapes:
//   1. a headline the page states twice (its <title> "Headline | Site" and its <h1>, or a headline
//      repeated as the first line): the story follows the second one;
//   2. a byline or date stamp near the top ("By ...", "Posted: ...", a name over a date): the
//      headline is the line above it, past any standfirst;
//   3. a plain document: a short first line, a blank line, then paragraphs.
// Only lines before the story proper are read, so a date or name in the narrative is never taken.
import { isBoilerplate } from "./boilerplate.js";
import { cleanByline, isOutlet, isPersonName, isRole, joinNames, nameWithRole, splitNames } from "./byline.js";
import { isDatelineStub, readDateline } from "./dateline.js";
import type { Line } from "./lines.js";
import { comparable, endsSentence, isHeadlineCandidate, isLabel, isProse, isShortItem, looksLikeHeadline, wordsIn } from "./shapes.js";
import { readStamp, type Stamp } from "./stamps.js";

export type Field = "title" | "date" | "place" | "section" | "author" | "source" | "summary";
export type Offer = (field: Field, value: string | null | undefined, rank: number, line: number | null, rule: string) => void;

// Ranks for dates (preference order): metadata, dateline, published/posted, updated.
export const RANK_META = 0;
export const RANK_DATELINE = 1;
export const RANK_PUBLISHED = 2;
export const RANK_UPDATED = 3;

export interface PageTop {
  /** Index (into the lines given) of the story's first line. */
  start: number;
}

// "News: International", "Filed under: Crime, Courts"; the value is a name of a few words, not a
// page title ("News | Toronto & Local News - GTA News Headlines").
const SECTION_LINE = /^(?:news|section|category|categories|desk|topic|filed under|rubrique|rubrik|ressort|sección|seccion|secção|kategorie)\s*[:|»›>]\s*([^|–—]{2,60}?)\s*$/iu;
const BREADCRUMB = /^(?:home|news|inicio|accueil|startseite)\s*(?:[>»›/|]\s*[^>»›/|]{1,40}?\s*){1,4}$/iu;
const BYLINE = /^(?:by|von|par|por|от|door|di)\s+(.{2,120}?)\s*$/iu;
const BY_ALONE = /^(?:by|von|par|por|от)$/iu;
const CRUMB_ROOT = /^(?:home|accueil|inicio|startseite)$/iu;

/** How far down the page its top can reach: the story has begun once this much prose has passed. */
const HEAD_PROSE_WORDS = 150;
const HEAD_MAX_LINES = 600;

interface Head {
  lines: Line[];
  /** Indices of lines that carry text and are not furniture, in order. */
  idx: number[];
  /** Whether a blank line (or furniture) separates content line k from k + 1. */
  gapAfter: boolean[];
  /** Whether an empty line (not furniture) follows content line k. */
  blankAfter: boolean[];
  /** Content lines that belong to the top, at most. */
  end: number;
  stamps: Map<number, Stamp | null>;
}

function text(h: Head, k: number): string {
  return h.lines[h.idx[k]!]!.text;
}

/** readStamp of content line k, read once: several rules ask about the same lines. */
function stampOf(h: Head, k: number): Stamp | null {
  if (!h.stamps.has(k)) h.stamps.set(k, readStamp(text(h, k)));
  return h.stamps.get(k)!;
}

function lineNo(h: Head, k: number): number {
  return h.lines[h.idx[k]!]!.n;
}

function buildHead(lines: Line[], furniture: boolean[]): Head {
  const idx: number[] = [];
  const gapAfter: boolean[] = [];
  const blankAfter: boolean[] = [];
  let prose = 0;
  let end = -1;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t === "" || furniture[i]) {
      if (idx.length) gapAfter[idx.length - 1] = true;
      if (idx.length && t === "" && !lines[i]!.cut && idx[idx.length - 1] === i - 1) blankAfter[idx.length - 1] = true;
      continue;
    }
    idx.push(i);
    gapAfter.push(false);
    blankAfter.push(false);
    if (end < 0 && isProse(t)) {
      prose += wordsIn(t);
      if (prose >= HEAD_PROSE_WORDS) end = idx.length;
    }
    if (end < 0 && idx.length >= HEAD_MAX_LINES) end = idx.length;
  }
  return { lines, idx, gapAfter, blankAfter, end: end < 0 ? idx.length : end, stamps: new Map() };
}

interface Repeat {
  /** Content index of the first statement (title tag or first copy) and of the h1. */
  first: number;
  h1: number;
  title: string;
  /** A kicker glued in front of the h1 ("Montreal2 children dead, ..."), if any. */
  gluedKicker: string | null;
}

/** The headline a page states twice: its title tag ("Headline | Site") or a repeat, then its h1. */
function repeatedHeadline(h: Head): Repeat | null {
  const seen = new Map<string, number>();
  const tags = new Map<string, { k: number; head: string }>();
  const disambiguated = new Map<string, { k: number; title: string }>();
  // A page states its headline (title tag or first copy) before any prose, and its h1 before the
  // story; lines repeated further down are list items.
  // A text that opens with the same line twice states its headline, however it reads.
  if (h.idx.length > 2 && h.idx[0] === 0 && wordsIn(text(h, 0)) <= 40) {
    const t = text(h, 0);
    if (comparable(t) === comparable(text(h, 1)) && !stampOf(h, 0) && !isDatelineStub(t)) return { first: 0, h1: 1, title: t, gluedKicker: null };
  }
  let prose = 0;
  for (let k = 0; k < h.end; k++) {
    const t = text(h, k);
    if (isStoryProse(h, k) && ++prose > 1) break;
    const record = prose === 0;
    const tag = t.length <= 250 ? /^(.*\S)\s+(?:\||-|–|—|::|»)\s+[^|]{2,40}$/u.exec(t) : null;
    if (tag) {
      const head = tag[1]!;
      for (const v of [head, head.replace(/^\S+\s+/, "")]) {
        const key = comparable(v);
        if (record && key.length >= 12 && !tags.has(key)) tags.set(key, { k, head: v });
      }
    }
    // (A stamp is never a headline: "Winnipeg, Manitoba • Sat, Aug 9, 1947".)
    const candidate = (isHeadlineCandidate(t) || (isPersonName(t) && t.length >= 8)) && !stampOf(h, k);
    if (!candidate && (disambiguated.size === 0 || t.length > 120)) continue;
    const key = comparable(t);
    // An encyclopedia's title and its fact box's heading: "Thomas Young (mass murderer)", "Thomas Young".
    const plain = disambiguated.get(key);
    if (plain !== undefined && plain.k !== k) return { first: plain.k, h1: k, title: plain.title, gluedKicker: null };
    // Menu entries repeat too ("Support Local News"); a headline says more than a label, unless
    // the text opens with it twice.
    if (!candidate) continue;
    const earlier = seen.get(key) ?? tags.get(key)?.k;
    if (earlier !== undefined && earlier !== k && isH1(h, k, earlier, tags.get(key)?.k === earlier)) {
      return { first: earlier, h1: k, title: t, gluedKicker: null };
    }
    if (record && !seen.has(key)) seen.set(key, k);
    const bare = /^(.{6,}?)\s+\([^()]{2,40}\)$/u.exec(t)?.[1];
    if (record && bare && !disambiguated.has(comparable(bare))) disambiguated.set(comparable(bare), { k, title: t });
    // The h1 with the section label run into it: "Montreal2 children dead, driver charged ...".
    for (const [tagKey, { k: at, head }] of tags) {
      if (at !== k && key.endsWith(tagKey) && key.length - tagKey.length <= 30 && t.endsWith(head)) {
        return { first: at, h1: k, title: head, gluedKicker: t.slice(0, t.length - head.length).trim() || null };
      }
    }
  }
  return null;
}

/**
 * Prose that reads as story rather than an interface sentence among menu items ("Language links
 * are at the top of the page"): long, or next to more prose.
 */
function isStoryProse(h: Head, k: number): boolean {
  const t = text(h, k);
  if (!isProse(t)) return false;
  if (wordsIn(t) >= 25) return true;
  return (k > 0 && isProse(text(h, k - 1))) || (k + 1 < h.idx.length && isProse(text(h, k + 1)));
}

/** A byline in one of its forms, starting at content line k; how many lines it takes. */
function bylineAt(h: Head, k: number): { names: string[]; lines: number; rule: string } | null {
  const t = text(h, k);
  if (BY_ALONE.test(t)) {
    // "By" on its own line, the names on the lines below: "Karen Roe &", "Morgan Black".
    const names: string[] = [];
    let j = k + 1;
    for (; j < h.idx.length && j <= k + 6; j++) {
      const s = text(h, j).replace(/\s*(?:&|and|,)$/iu, "");
      if (isRole(s)) continue;
      const parts = splitNames(s);
      if (parts.length === 0 || !parts.every(isPersonName)) break;
      names.push(...parts);
    }
    return names.length ? { names, lines: j - k, rule: "byline" } : null;
  }
  const by = BYLINE.exec(t);
  if (!by || t.length > 120) return null;
  const first = cleanByline(by[1]!);
  // "by In the news": byline-shaped but no names. It is still the page's byline slot, not story.
  if (!first) return wordsIn(t) <= 6 && !endsSentence(t) ? { names: [], lines: 1, rule: "byline" } : null;
  const names = splitNames(first);
  // Further names and job titles on the lines below: "Staff Reporter", "Kieran Leavitt", ...
  let j = k + 1;
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

interface Cluster {
  /** Content index of the cluster's first and last lines. */
  from: number;
  to: number;
  authors: string[];
  authorLine: number | null;
  stamps: Array<{ stamp: Stamp; line: number }>;
  sections: Array<{ value: string; line: number }>;
}

function sectionLine(t: string): string | null {
  const s = SECTION_LINE.exec(t);
  if (s) {
    const first = s[1]!.split(/\s*,\s*/)[0]!;
    return wordsIn(first) <= 5 && !/\s-\s/.test(first) ? first : null;
  }
  if (BREADCRUMB.test(t)) {
    const parts = t.split(/\s*[>»›/|]\s*/).filter(Boolean);
    return parts[parts.length - 1] ?? null;
  }
  return null;
}

/**
 * Reads byline, stamp and section lines from content line k on, allowing a little junk between
 * them (a reading time, a share bar's leftovers). Returns null when line k is none of those.
 */
function readCluster(h: Head, k: number, limit: number, titleKey = ""): Cluster | null {
  const c: Cluster = { from: k, to: k - 1, authors: [], authorLine: null, stamps: [], sections: [] };
  let junk = 0;
  let hasByline = false;
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
    // Under a fact box's field name ("Born", "Date of arrest:") come facts, not the page's byline.
    if (j > 0 && isFactLabel(text(h, j - 1))) break;
    // A byline that carries its stamp ("By Jane Roe · Example News · Posted: ...") is read as a stamp.
    const by = stampOf(h, j) ? null : bylineAt(h, j);
    if (by) {
      hasByline = true;
      if (by.names.length && !c.authors.length) {
        c.authors = by.names;
        c.authorLine = lineNo(h, j);
      }
      j += by.lines;
      c.to = j - 1;
      junk = 0;
      continue;
    }
    const stamp = stampOf(h, j);
    // A date under a label ("Date", "Born", "Date of birth:") is a fact box, not the page's stamp.
    const above = j > 0 ? text(h, j - 1) : "";
    const inFactBox = stamp && stamp.rule === "date line" && (/^\p{L}+:?$/u.test(above) || factLabelAbove(h, j));
    if (stamp && !inFactBox) {
      c.stamps.push({ stamp, line: lineNo(h, j) });
      if (stamp.authors.length && !c.authors.length) {
        c.authors = stamp.authors;
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
    const withRole = nameWithRole(t);
    const names = withRole ? [withRole] : splitNames(t);
    const nextIsMeta = c.to < c.from && stampFollows(h, j + 1);
    if (names.length > 0 && names.every(isPersonName) && (nextIsMeta || c.to >= c.from)) {
      if (!c.authors.length) {
        c.authors = names;
        c.authorLine = lineNo(h, j);
      }
      c.to = j++;
      junk = 0;
      continue;
    }
    if (c.to >= c.from && (isRole(t) || isOutlet(t))) {
      c.to = j++;
      continue;
    }
    // Leftovers between stamp lines ("update", "2:09"); anything longer ends the cluster.
    if (c.to >= c.from && junk < 2 && isShortItem(t) && wordsIn(t) <= 3) {
      junk++;
      j++;
      continue;
    }
    break;
  }
  // Section lines alone do not anchor the top; a byline or a stamp does.
  return c.to >= c.from && (c.stamps.length > 0 || c.authorLine !== null || hasByline) ? c : null;
}

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

/**
 * Whether the second copy of a repeated line at k is the page's h1. Menus are repeated too (a
 * phone menu and a desktop one), so a copy among menu entries counts only when the text opens with
 * it, when the first copy was the title tag, or when a fact box follows ("Born", "Location").
 */
function isH1(h: Head, k: number, first: number, viaTag: boolean): boolean {
  if ((first === 0 && k === 1) || viaTag || factBoxFollows(h, k)) return true;
  const t = text(h, k);
  // Buttons and menu entries: "Save to Ancestry", "Northern Ontario", "Movie Reviews".
  if (ACTION.test(t) || (isLabel(t) && wordsIn(t) <= 4)) return false;
  if (bylineSoon(h, k)) return true;
  return !inMenu(h, k) && storySoon(h, k);
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
  for (let j = k + 1; j < h.idx.length && j <= k + 10; j++) if (isProse(text(h, j))) return true;
  return false;
}

/** A fact box under k: a field name such as "Born", "Location" or "Date" within three lines. */
function factBoxFollows(h: Head, k: number): boolean {
  for (let j = k + 1; j < h.idx.length && j <= k + 3; j++) {
    if (/^(?:born|died|location|date)(?:\b|$)/iu.test(text(h, j)) && wordsIn(text(h, j)) <= 6) return true;
  }
  return false;
}

/** Whether a stamp or byline follows at k, past a newsroom or job title ("CNN Money", "Staff"). */
function stampFollows(h: Head, k: number): boolean {
  for (let j = k; j < h.idx.length && j <= k + 2; j++) {
    const t = text(h, j);
    if (stampOf(h, j) !== null || BYLINE.test(t)) return true;
    if (!isOutlet(t) && !isRole(t) && !HANDLE.test(t)) return false;
  }
  return false;
}

/** The first content line from k that can begin a story: prose, or a sentence that ends like one. */
function storyStartFrom(h: Head, k: number): number {
  for (let j = k; j < h.idx.length && j < k + 60; j++) {
    const t = text(h, j);
    if (isProse(t) || (endsSentence(t) && wordsIn(t) >= 4 && !stampOf(h, j))) return j;
  }
  return k;
}

/** Whether the label at content line k is a lone kicker rather than the tail of a menu. */
function isKicker(h: Head, k: number): boolean {
  if (k > 0 && CRUMB_ROOT.test(text(h, k - 1))) return true;
  let short = 0;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (isShortItem(text(h, j))) short++;
  return short < 2;
}

// Buttons are labels too, but they say what to do: "Save to Ancestry", "View Newspaper".
const ACTION = /^(?:save|share|view|search|print|download|follow|subscribe|sign|log|read|watch|listen|click|open|close|buy|get|try|join|back|go|see|add|send|copy|report|submit|contact|visit|find|show|hide|edit|place an?|explore|discover|browse|manage|support|donate|register|create|write|leave)\b/iu;

function labelValue(t: string): string | null {
  // "Nova Scotia·Analysis": the section is the first part.
  const first = t.split(/\s*[·•|]\s*/)[0]!.trim();
  if (!isLabel(first) || isBoilerplate(first) || CRUMB_ROOT.test(first) || ACTION.test(first)) return null;
  // A site's address or an error page's heading is no section.
  if (/\.[a-z]{2,}\b/u.test(first) || /\b(?:not found|error)\b/iu.test(first)) return null;
  return first;
}

export function readPageTop(lines: Line[], furniture: boolean[], offer: Offer, hasTitle: boolean): PageTop {
  const h = buildHead(lines, furniture);
  if (h.idx.length === 0) return { start: lines.length };
  const at = (k: number): number => (k < h.idx.length ? h.idx[k]! : lines.length);

  let title: number | null = null;
  let cluster: Cluster | null = null;
  let storyFrom: number;
  let kicker: number | null = null;
  let kickerAlways = false;

  // 1. The headline, when the page states it twice or the text opens with it.
  const repeat = hasTitle ? null : repeatedHeadline(h);
  if (repeat) {
    title = repeat.h1;
    // The label right above the h1 is its kicker, unless that line is the title tag itself.
    if (repeat.h1 > 0 && repeat.h1 - 1 !== repeat.first && !repeat.gluedKicker) {
      kicker = repeat.h1 - 1;
      kickerAlways = true;
    }
  } else if (!hasTitle && opensWithHeadline(h)) {
    title = 0;
  }
  let echo: { title: number; lead: number } | null = null;

  // 2. Byline and stamps: under the headline (past at most one standfirst), or, without a
  //    headline yet, the first ones above the story, whose headline is then the line above them.
  if (title !== null) {
    let prose = 0;
    const key = comparable(repeat ? repeat.title : text(h, title));
    for (let j = title + 1; j < h.idx.length && j <= title + 15; j++) {
      cluster = readCluster(h, j, title + 25, key);
      if (cluster) break;
      if (isProse(text(h, j)) && ++prose >= 2) break;
    }
  } else {
    let prose = 0;
    for (let k = 0; k < h.end; k++) {
      cluster = readCluster(h, k, h.end + 10);
      if (cluster) break;
      if (isProse(text(h, k)) && ++prose >= 2) break;
    }
    if (cluster && !hasTitle) {
      const above = headlineAbove(h, cluster.from, cluster.authors.length === 0);
      title = above.title;
      kicker = above.kicker;
      if (above.names !== null && above.title !== null && !cluster.authors.length) {
        cluster.authors = splitNames(text(h, above.names));
        cluster.authorLine = lineNo(h, above.names);
      }
    }
  }

  // 3. The story starts after the stamps (past leftovers such as a video's title), or right
  //    after the headline of a plain document.
  if (cluster) storyFrom = storyStartFrom(h, cluster.to + 1);
  else if (repeat) storyFrom = storyStartFrom(h, repeat.h1 + 1);
  else if (title !== null) storyFrom = title + 1;
  else storyFrom = plainDocument(h, hasTitle, (k) => (title = k), (k) => (kicker = k));

  // Without any of those, an encyclopedia-style page: its lead paragraph repeats its headline.
  if (title === null && !cluster && !hasTitle) {
    echo = echoedHeadline(h);
    if (echo) {
      title = echo.title;
      storyFrom = echo.lead;
    }
  }

  if (repeat?.gluedKicker) {
    const value = labelValue(repeat.gluedKicker);
    if (value) offer("section", value, RANK_META + 1, lineNo(h, repeat.h1), "kicker");
  }
  if (title !== null) {
    offer("title", repeat ? repeat.title : text(h, title), RANK_META, lineNo(h, title), repeat ? "repeated headline" : "headline line");
    // Lines between the headline and the byline are its standfirst.
    const dekEnd = cluster ? cluster.from : title + 1;
    const dek = [];
    for (let j = title + 1; j < dekEnd; j++) if (isProse(text(h, j))) dek.push(j);
    if (dek.length) offer("summary", dek.map((j) => text(h, j)).join("\n"), RANK_META + 1, lineNo(h, dek[0]!), "standfirst");
  }
  if (kicker !== null && (kickerAlways || isKicker(h, kicker))) {
    const value = labelValue(text(h, kicker));
    if (value) offer("section", value, RANK_META + 1, lineNo(h, kicker), "kicker");
  }
  // Section lines ("News: International", "Home > World") anywhere above the story.
  for (let k = 0; k < storyFrom; k++) {
    const s = sectionLine(text(h, k));
    if (s) offer("section", s, RANK_META, lineNo(h, k), "section line");
  }
  if (cluster) offerCluster(cluster, offer);
  return { start: at(storyFrom) };
}

function offerCluster(c: Cluster, offer: Offer): void {
  if (c.authors.length) offer("author", joinNames(c.authors), RANK_META, c.authorLine, "byline");
  for (const { stamp, line } of c.stamps) {
    if (stamp.published) offer("date", stamp.published, RANK_PUBLISHED, line, stamp.rule);
    if (stamp.updated) offer("date", stamp.updated, RANK_UPDATED, line, "updated line");
    if (stamp.outlet) offer("source", stamp.outlet, RANK_META + 2, line, "stamp");
  }
  for (const s of c.sections) offer("section", s.value, RANK_META, s.line, "section line");
}

/**
 * A headline that the story's first paragraph repeats near its start, as encyclopedias open:
 * "Shedden massacre" ... "The Shedden massacre was ...". Returns the headline and the lead.
 */
function echoedHeadline(h: Head): { title: number; lead: number } | null {
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
  for (let k = 0; k < lead; k++) {
    const t = text(h, k);
    if (wordsIn(t) < 2 || t.length < 12 || !looksLikeHeadline(t) || endsSentence(t) || /:$/.test(t)) continue;
    if (opening.includes(comparable(t))) return { title: k, lead };
  }
  return null;
}

/** A text whose first line is a headline: short, alone, followed by a blank line. */
function opensWithHeadline(h: Head): boolean {
  if (h.idx[0] !== 0 || !h.blankAfter[0] || h.idx.length < 2) return false;
  const t = text(h, 0);
  if (wordsIn(t) < 2) return false;
  if (sectionLine(t) || isProse(t) || isDatelineStub(t) || stampOf(h, 0)) return false;
  // A short first line alone is a headline even when it reads like a title-case dateline ("Yawning —
  // Why ..."); a wire dateline (an agency, a date, a place in capitals) opens a story.
  const dl = readDateline(t);
  if (dl && (dl.agency || dl.date || (dl.place && dl.place === dl.place.toUpperCase()))) return false;
  return looksLikeHeadline(t) || (/:$/.test(t) && wordsIn(t) >= 3 && t.length <= 200);
}

// Lines above a byline that belong with it rather than to the headline: "Posted on by someone".
const STAMP_WORD = /^(?:posted|published|updated|by)\b/iu;
// A social media handle under a byline: "@janeroe".
const HANDLE = /^@\w{2,30}$/u;

/**
 * The headline above a byline or stamp: the farthest headline-shaped line among the few above it
 * (past a standfirst), stopping at a short label, which may be the section's kicker.
 */
function headlineAbove(h: Head, from: number, wantNames: boolean): { title: number | null; kicker: number | null; names: number | null } {
  let title: number | null = null;
  let names: number | null = null;
  for (let j = from - 1, taken = 0; j >= 0 && taken < 3; j--) {
    const t = text(h, j);
    // Byline furniture above the stamp: "Posted on by someone", "Special to Example", "@janeroe".
    if ((STAMP_WORD.test(t) && wordsIn(t) <= 8) || isRole(t) || isOutlet(t) || HANDLE.test(t) || nameWithRole(t)) continue;
    // Names alone between the headline and the stamp are its byline: "Jane Roe and John Doe".
    const parts = splitNames(t);
    if (wantNames && names === null && title === null && parts.length > 0 && parts.every(isPersonName)) {
      names = j;
      continue;
    }
    // The line right above is the headline even when short ("Regaining Your Confidence").
    if (isShortItem(t) && (title !== null || isLabel(t) && !isKicker(h, j) || taken > 0)) return { title, kicker: j, names };
    if (looksLikeHeadline(t) && !isProse(t) && !readDateline(t) && !/:$|^@/.test(t)) title = j;
    taken++;
  }
  return { title, kicker: null, names };
}

/**
 * A document without stamps: skips section lines and labels at the top, takes a short first line
 * followed by a blank line (or by a paragraph) as the headline, and starts the story after it.
 */
function plainDocument(h: Head, hasTitle: boolean, setTitle: (k: number) => void, setKicker: (k: number) => void): number {
  for (let k = 0; k < h.idx.length && k < 6; k++) {
    const t = text(h, k);
    if (sectionLine(t)) continue;
    const next = k + 1 < h.idx.length ? text(h, k + 1) : null;
    if (next === null) return k;
    // "Business" over the headline: a kicker, when a headline follows it.
    const after = k + 2 < h.idx.length ? text(h, k + 2) : "";
    // (The very first line of a document is its headline, however it is capitalised.)
    const atTop = k === 0 && h.idx[0] === 0;
    if (!atTop && isLabel(t) && wordsIn(t) <= 3 && looksLikeHeadline(next) && !isProse(next) && (h.gapAfter[k + 1] || isProse(after))) {
      setKicker(k);
      continue;
    }
    if (hasTitle) return k;
    const headline = looksLikeHeadline(t) || (k === 0 && h.gapAfter[k] && /:$/.test(t) && wordsIn(t) >= 3 && t.length <= 200);
    if (headline && !readDateline(t) && !isDatelineStub(t) && (h.blankAfter[k] || isProse(next))) {
      setTitle(k);
      return k + 1;
    }
    return k;
  }
  return 0;
}
