// Text -> article: headline, date, dateline place, section, byline, summary and a clean body, each
// with the line it came from. The parser reads a text in the order an editor would: a metadata
// block (front matter or mail headers), the page top (menus, section, headline, byline, stamps),
// the dateline that opens the story, the story, and the page bottom (trailers, footers).
import type { FieldSource, ParsedArticle, Provenance } from "../types.js";
import { creditLine, furnitureOf, isCaption } from "./boilerplate.js";
import { dayFirstReading, findDate, isMonthName, parseDate, parseHeaderDate, writesDayFirst } from "./dates.js";
import { detectLanguage } from "../language/detect.js";
import { type Dateline, isDatelineStub, readDateline, readDatelineAfterLead, readFirstColonDateline, readFirstHyphenDateline, readCaselessDateline, readFirstStopDateline, readWireLine } from "./dateline.js";
import { pick, pickList, readFrontMatter } from "./frontmatter.js";
import { toSegments } from "./glue.js";
import { personFromAddress, readHeaders } from "./headers.js";
import { readFeedItem, readLabelledHeader } from "./feed.js";
import { countWords, decodeEntities, escapeRegExp, firstSentence, line, tidy, toLines, type Line } from "./lines.js";
import { NEWSROOM_WORDS, isOrganisationName, isOutlet, isPersonName, isRole, splitNames } from "./byline.js";
import { HAN_NOT_NAME, MONTH_DAY_ONLY, RELATIVE_TIME } from "./cluster.js";
import { PUBLISHED, UPDATED, isDateLine, readStamp } from "./stamps.js";
import { isNewsletter, newsletterLines } from "./newsletter.js";
import { addressOf, dropQuotedHeaders, stripSignature, withoutAddressSignature, withoutNewsletterFrame, withoutNextPart, withoutPgpArmour, withoutSignedName } from "./mail.js";
import { errorNotice } from "./errorpage.js";
import { offerContributor, offerHanWriterCredit, offerJapaneseSignOff, offerReportingCredit, takeSignOff } from "./signoff.js";
import { offerTitleTemplate, offerTitleWithoutSite } from "./titletag.js";
import { readWikiTop, wikiChromeKept, wikiStoryStart, wikiTitleText } from "./wiki.js";
import { type Field, type Offer, RANK_DATELINE, RANK_META, RANK_STRUCTURE, RANK_UPDATED } from "./fields.js";
import { readPageTop } from "./pagetop.js";
import { cutAtWriterNote } from "./writer-note.js";
import { PRINTED_WIDEST, readDump, unwrapped } from "./dump-syntax.js";
import { rejoinInlineNodes } from "./inline-nodes.js";
import { dropPullQuotes, dropRunInTeasers } from "./runin.js";
import { dropClosingFactBox, dropLeadFactBox, dropLeadSummary } from "./factbox.js";
import { cutMarkupCaptions, cutRunOnCaptions, dropSceneCaption } from "./scene-caption.js";
import { dropBracketedAuthorNote, dropTeaserRuns, dropGluedHeadlines, dropGluedTeasers, dropGluedWidget, dropLinkList, dropLooseEnds, dropLooseRun, dropNotes, dropContents, dropPageBottom, dropStampedList, dropStrandedEnd, endAtTextEnd, takeClosingByline, takeClosingSignature } from "./trailing.js";
import { comparable, endsSentence, isProse, wordsIn } from "./shapes.js";
import { offerWriterByStamp } from "./writer-by-stamp.js";
import { anchoredHeadline } from "./anchored-top.js";
import {
  SIGNED_NOTE_RULES, bodyText, dropAfterwords, cutBracketedLinks, dropInlineLinks, dropLeadCaption, dropLeadNote, dropLeadTeasers, dropLoneHeadline, dropRepeatedRuns, dropTrailers, dropTweets, markCaptions, offerClosingStamps, offerUpdateNotes, splitAuthorNote, splitContactLine, splitCorrectionNote, stripSourceTags, storyLines, toParagraphs, type Paragraph,
} from "./story.js";

export { cleanByline } from "./byline.js";

export interface ParseOptions {
  /** Values given on the command line win over what the text says. */
  source?: string | null;
  section?: string | null;
  tags?: string[];
}

/** Candidate values with a priority: lower wins, then the earlier offer. */
class Fields {
  private best = new Map<Field, { value: string; rank: number; source: FieldSource }>();

  offer(field: Field, value: string | null | undefined, rank: number, line: number | null, rule: string): void {
    const v = value?.trim();
    if (!v) return;
    const current = this.best.get(field);
    if (current && current.rank <= rank) return;
    this.best.set(field, { value: v, rank, source: { line, rule } });
  }

  has(field: Field): boolean {
    return this.best.has(field);
  }

  get(field: Field): string | null {
    return this.best.get(field)?.value ?? null;
  }

  /** The rank of the field's value, or null. */
  rankOf(field: Field): number | null {
    return this.best.get(field)?.rank ?? null;
  }

  /** The line the field's value came from. */
  lineOf(field: Field): number | null {
    return this.best.get(field)?.source.line ?? null;
  }

  provenance(): Provenance {
    const p: Provenance = {};
    for (const [field, { source }] of this.best) p[field] = source;
    return p;
  }
}

/** Front matter fields, if the text opens with a `---` block; returns the lines after it. */
function readFrontMatterFields(lines: Line[], fields: Fields): { rest: Line[]; tags: string[] } | null {
  const fm = readFrontMatter(lines);
  if (!fm) return null;
  const offer = (field: Field, ...keys: string[]) => {
    const v = pick(fm, ...keys);
    if (v) fields.offer(field, v.value, RANK_META, v.line, `front matter ${keys[0]}`);
  };
  offer("title", "title", "headline");
  offer("author", "author", "authors", "byline", "creator");
  offer("source", "source", "publication", "publisher", "site");
  offer("section", "section", "category", "categories", "desk");
  offer("place", "place", "location", "dateline");
  offer("summary", "summary", "description", "excerpt");
  // (Read-it-later exports name it as they like: "date_published", "published_at", ...; their
  // "date_saved" is when it was saved, no date of the story's.)
  const d = pick(fm, "date", "published", "pubdate", "publish_date", "date_published", "published_at", "published_date", "publication_date", "datepublished", "created");
  if (d) fields.offer("date", parseDate(d.value), RANK_META, d.line, "front matter date");
  return { rest: fm.rest, tags: pickList(fm, "tags", "keywords") };
}

/** Mail or Usenet headers, if the text opens with them; returns the body lines and the sender's address. */
function readMailFields(lines: Line[], fields: Fields): { rest: Line[]; address: string | null; newsletter: boolean } | null {
  // (A message forwarded whole opens with the mail program's mark over its headers.)
  const hb = readHeaders(lines) ?? (lines.length > 1 && FORWARD_MARK.test(lines[0]!.text.trim()) ? readHeaders(lines.slice(1)) : null);
  if (!hb) return null;
  const h = (name: string) => hb.headers.get(name);
  const subject = h("subject");
  const from = h("from");
  // (A newsletter is a page sent by mail: its story has a headline and a byline of its own, which
  // the subject, "☕ Morning Brief: …", and the sender, the outlet, only stand in for.)
  // (So is a feed reader's item sent by mail or saved so: its sender is the feed, no address, and it
  // gives the page's address, "Website: http://…".)
  const feedItem = from !== undefined && !from.value.includes("@") && ["website", "link", "url"].some((k) => h(k) !== undefined);
  // (And a site's mail from an address no one answers, "noreply@…", "newsletter@…": an article a
  // reader recommended through the site's form, an alert, is the site's page.)
  const machine = from !== undefined && MACHINE_SENDER.test(addressOf(from.value) ?? "");
  const newsletter = !h("newsgroups") && (feedItem || machine || isNewsletter(hb.rest));
  const rank = newsletter ? RANK_SENDER : RANK_META;
  if (subject) fields.offer("title", subject.value, rank, subject.line, "Subject header");
  // (A newsletter's sender is its outlet, "The Example Brief", "Example Daily Bülten": its writer is
  // the story's byline's.)
  if (from && !newsletter) fields.offer("author", personFromAddress(from.value), rank, from.line, "From header");
  const groups = h("newsgroups");
  if (groups) fields.offer("section", groups.value.split(/[,\s]+/)[0], RANK_META, groups.line, "Newsgroups header");
  const date = h("date");
  // (A newsletter's is the day it was sent: the story's own stamp, where it has one, dates it.)
  if (date) fields.offer("date", parseHeaderDate(date.value), rank, date.line, "Date header");
  const summary = h("summary");
  if (summary) fields.offer("summary", summary.value, RANK_META, summary.line, "Summary header");
  return { rest: hb.rest, address: from ? addressOf(from.value) : null, newsletter };
}

// A sender's address that takes no replies: "noreply@", "no-reply@", "donotreply@", "newsletter@", "alerts@".
const MACHINE_SENDER = /^(?:no-?reply|do-?not-?reply|newsletters?|alerts?|notifications?|mailer)[@.+_-]/iu;

/** A newsletter's subject and sender rank below what its page says: a headline, a byline. */
const RANK_SENDER = 8;

// "---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:".
const FORWARD_MARK = /^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:)$/iu;

/** A mail body as written: quoted replies kept, signature and copied header blocks dropped. */
function mailParagraphs(lines: Line[]): Paragraph[] {
  const kept = dropQuotedHeaders(stripSignature(withoutPgpArmour(lines)));
  const out: Paragraph[] = [];
  let block: string[] = [];
  let first = 0;
  for (let i = 0; i <= kept.length; i++) {
    const text = i < kept.length ? tidy(decodeEntities(kept[i]!.text)) : "";
    if (text !== "") {
      if (block.length === 0) first = kept[i]!.n;
      block.push(text);
    } else if (block.length) {
      out.push({ n: first, text: block.join("\n") });
      block = [];
    }
  }
  return out;
}

/** CNN-style "@highlight" blocks: the story's summary, not its body. */
function takeHighlights(lines: Line[], fields: Fields): Line[] {
  const at = lines.findIndex((l) => l.text === "@highlight");
  if (at < 0) return lines;
  const texts: string[] = [];
  let first: number | null = null;
  for (let i = at; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!t || t === "@highlight") continue;
    first ??= lines[i]!.n;
    texts.push(t);
  }
  fields.offer("summary", texts.join("\n"), RANK_META, first, "@highlight");
  return lines.slice(0, at);
}

/** The dateline that opens the story, or one that follows its lead sentence; cut from the text. */
const EDITORS_NOTE = /^(?:editor['’]?s note|ed\. note|note)\s*:/i;

/** Offers what a dateline gives: its place, date, agency and reporters. */
function offerDateline(dl: Dateline, n: number, offer: Offer, rule = "dateline"): void {
  offer("place", dl.place, RANK_META, n, rule);
  offer("date", dl.date, RANK_DATELINE, n, rule);
  if (dl.agency) offer("source", dl.agency, RANK_META + 1, n, "dateline agency");
  if (dl.author) offer("author", dl.author, RANK_META + 2, n, "reporters in the dateline");
}

/** A wire's place, day and agency on the line right over the story, which the page top passed over
 *  as its own: "SEVILLA, 4 (EUROPA PRESS)" / "El Hospital …". */
function offerWireLineAbove(lines: Line[], first: Paragraph | undefined, offer: Offer): void {
  if (!first) return;
  let k = lines.findIndex((l) => l.n === first.n) - 1;
  while (k >= 0 && lines[k]!.text.trim() === "") k--;
  const wire = k >= 0 ? readWireLine(lines[k]!.text) : null;
  if (wire) offerDateline(wire, lines[k]!.n, offer, "dateline over the story");
}

// A place in small letters and a dash, opening a paragraph: "Jihlava – ", "Brno - ".
const DASH_AFTER_PLACE = /^\p{Lu}\p{Ll}[\p{L}. -]{0,40}?\s[–—-]\s/u;

function takeDateline(paragraphs: Paragraph[], offer: Offer, title: string | null = null, page = ""): Paragraph[] {
  const first = paragraphs[0];
  if (!first) return paragraphs;
  const rest = paragraphs.slice(1);
  const read = (dl: Dateline) => offerDateline(dl, first.n, offer);
  // A dateline alone on the first line: "(CNN) --", then the story.
  // (Or "KUALA LUMPUR:" alone over the story's first paragraph.)
  const nextProse = rest.length > 0 && isProse(rest[0]!.text);
  // (Or a wire's place, day and agency alone over the story, no dash: "SEVILLA, 4 (EUROPA PRESS)".)
  const wire = nextProse ? readWireLine(first.text) : null;
  const stub = isDatelineStub(first.text)
    ? readDateline(`${first.text} A`)
    : wire ?? (nextProse && first.text.length <= 40 ? (readFirstColonDateline(first.text.trim(), true) ?? readFirstStopDateline(first.text.trim(), rest[0]!.text, title)) : null);
  if (stub) {
    read(stub);
    return rest;
  }
  const dl = readDateline(first.text) ?? readFirstHyphenDateline(first.text) ?? readFirstColonDateline(first.text, false, title) ?? readFirstStopDateline(first.text, "", title) ?? readCaselessDateline(first.text, title);
  if (dl) {
    read(dl);
    const remainder = first.text.slice(dl.length).trim();
    // The date where a place would stand: "(CNN Student News) -- August 14, 2013".
    const found = remainder && remainder.length <= 40 ? findDate(remainder) : null;
    if (found && found.index === 0 && found.length >= remainder.replace(/[.\s]+$/u, "").length) {
      offer("date", found.date, RANK_DATELINE, first.n, "date after the dateline");
      return rest;
    }
    return remainder ? [{ n: first.n, text: remainder }, ...rest] : rest;
  }
  // A wire dateline opening the second paragraph: the story starts there, and a short paragraph over
  // it is a photo's caption or a teaser of the lead ("Police had no choice but to shoot a…") unless
  // it is an editor's note.
  const second = paragraphs[1];
  const next = second && wordsIn(first.text, 61) <= 60 && !EDITORS_NOTE.test(first.text) ? readDateline(second.text) : null;
  // (The place in capitals, its region after a comma as written: "OCHO RIOS, St Ann —".)
  const city = next?.place?.split(",")[0];
  // (Or with its date: "Douala, le 18 juillet 2023 – Le Port …" under a standfirst.)
  if (next && (next.agency || next.date || (city && city === city.toUpperCase()))) return takeDateline(rest, offer, title, page);
  // (Or a place and a dash, as Czech, Slovak and Austrian papers open the story under its standfirst:
  // "Zoo Brno na jaře otevře nový pavilon …" / "Brno - Zoo Brno otevře na začátku května …". The
  // standfirst is the summary. Not in English, where such a paragraph opens with a title and a
  // dash far more often: "Sophie Scholl - The Final Days portrays …".)
  // (With an en dash the place in small letters is read as a dateline already: "Jihlava – Stavební
  // firmy …"; it is taken here, under the same tests.)
  // (Not where more paragraphs open so: a list of labelled items, "Cinéma – …" / "Séries – …".)
  const labelledItems = () => paragraphs.slice(2, 8).some((p) => DASH_AFTER_PLACE.test(p.text.slice(0, 60)));
  // (And only where the page names the place again, in its header, tags or text: a label and a dash
  // open a paragraph as well, "Aktualizace – …", "Actualización – …", and a label is named once.)
  const namedAgain = (place: string) => (page.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(place)}(?![\\p{L}])`, "gu"))?.length ?? 0) >= 2;
  const dashed = second && (!next || (DASH_AFTER_PLACE.test(second.text.slice(0, 60)) && !labelledItems() && next.place !== null && namedAgain(next.place))) && wordsIn(first.text, 61) <= 60 && endsSentence(first.text) && !EDITORS_NOTE.test(first.text) ? (next ?? readFirstHyphenDateline(second.text)) : null;
  // (Not a person's name and a dash, "Václav Havel - Moc bezmocných je esej …".)
  if (dashed && dashed.place && !isPersonName(dashed.place) && (second!.text.match(ENGLISH_WORDS)?.length ?? 0) < 2) {
    offer("summary", first.text, RANK_META + 1, first.n, "standfirst over the dateline");
    return takeDateline(rest, offer, title, page);
  }
  // ... or further down, under a photo's caption and its credit kept a line each: the short lines
  // over it are the picture's ("A bus on Portage Avenue." / "Photo by" / "Jane Roe" / "WINNIPEG —" /
  // the story).
  const below = datelineBelowShortLines(paragraphs);
  if (below > 0) return takeDateline(paragraphs.slice(below), offer, title, page);
  // A sentence or two run in over the dateline ("Kern empfiehlt, Häupl zu wählen. Wien – Auf
  // seiner …") is the page's teaser, not the story, which starts at the dateline: it is the summary,
  // and the headline where the page has none.
  const after = readDatelineAfterLead(first.text);
  if (after) {
    read(after.dateline);
    const lead = first.text.slice(0, after.offset).trim();
    const story = first.text.slice(after.offset + after.dateline.length).trim();
    if (!story) return [{ n: first.n, text: lead }, ...rest];
    offer("summary", lead, RANK_META + 1, first.n, "teaser over the dateline");
    offer("title", firstSentence(lead) || lead, 9, first.n, "teaser over the dateline");
    return [{ n: first.n, text: story }, ...rest];
  }
  return paragraphs;
}

/** Words of English that other languages written in its letters do not use. */
const ENGLISH_WORDS = /\b(?:the|and|of|to|was|for|with|that|has|have)\b/giu;

/** The most short paragraphs a dateline is looked for under, and how short they are. */
const CAPTION_RUN = 6;
const CAPTION_WORDS = 30;

/** The paragraph (1 to CAPTION_RUN) holding a wire dateline in capitals (or a colon's, "HYDERABAD:
 *  …") under short paragraphs alone, or 0. */
function datelineBelowShortLines(paragraphs: Paragraph[]): number {
  for (let k = 1; k <= CAPTION_RUN && k < paragraphs.length; k++) {
    if (wordsIn(paragraphs[k - 1]!.text, CAPTION_WORDS + 1) > CAPTION_WORDS || EDITORS_NOTE.test(paragraphs[k - 1]!.text)) return 0;
    const t = paragraphs[k]!.text;
    const stub = isDatelineStub(t) && k + 1 < paragraphs.length && isProse(paragraphs[k + 1]!.text);
    const dl = stub ? readDateline(`${t.trim()} A`) : (readDateline(t) ?? readFirstColonDateline(t));
    const city = dl?.place?.split(",")[0];
    if (dl && (dl.agency || (city && city === city.toUpperCase() && /\p{Lu}/u.test(city)))) return k;
  }
  return 0;
}

// (The steps below run for every article, each deciding for itself whether it applies: a branch of
// parseArticle first taken on a later text would send it back to the interpreter and through the
// optimising compiler again, with all it has inlined.)

/** The most short lines of a site's name and motto that may stand over a repeated headline. */
const MASTHEAD_LINES = 4;

/**
 * A headline repeated as the first body line is said once; and where only a few short lines, not
 * sentences, stand over its repeat (a site's name and motto, "Example News ©", "people powered
 * news"), the story starts under it.
 */
function withoutRepeatedTitle(paragraphs: Paragraph[], title: string | null): Paragraph[] {
  if (!title) return paragraphs;
  const key = comparable(title);
  for (let i = 0; i <= MASTHEAD_LINES && i < paragraphs.length - 1; i++) {
    const t = paragraphs[i]!.text;
    if (t.length <= title.length * 2 + 10 && comparable(t) === key) return paragraphs.slice(i + 1);
    if (wordsIn(t, 7) > 6 || endsSentence(t)) break;
  }
  return paragraphs;
}

// A Chinese story's reporter, credited in brackets where it opens or closes: "【环球网报道 记者
// 王莉兰】", "新华社巴黎1月7日电（记者韩冰）", "…（记者 安峥）", "（特约记者 董铭）", "（记者王晓东、刘静）", "（记者 王磊 李婷）".
// Names in the brackets only: a list ("参与记者：…；编辑：…") credits a desk.
const REPORTER_CREDIT = /[（(【]\s*(?:[\p{Script=Han}\w]{1,10}报道\s?)?(?:特约|本报|见习)?记者\s?([\p{Script=Han}·]{2,4}(?:[、\s][\p{Script=Han}·]{2,4}){0,3})\s?[）)】]/u;
// ... or with only the name, or the outlet's and the name, closing the story: "…后果。”（杨 瑛）",
// "（海外网 杨佳）", with the editor's credit after it or not. (Not an outlet's name, "（新华社）".)
const CLOSING_NAME = /[（(]\s*(?:\p{Script=Han}{1,6}[网社报台]\s)?(\p{Script=Han}\s?\p{Script=Han}{1,2})\s?[）)](?:\s*[（(]责任编辑[：:][^（）()]{1,12}[）)])?$/u;
// (Nor a Japanese agency's or desk's, "（共同）", "（時事）", "（社会部）".)
const NOT_NAME = /[网社报台完图文部局]$|^(?:共同|時事|时事)$/u;
// ... or on a line of its own under the dateline: "新华社记者韩冰　应强", several names apart.
const REPORTERS_LINE = /^(?:新华社|中新社|本报)?(?:特约|见习)?记者\s?(\p{Script=Han}{2,4}(?:[\s、，,]+\p{Script=Han}{2,4}){0,3})$/u;

/** A line near the top that credits a Chinese story's reporters and nothing more: their names, as its author. */
function offerReportersLine(lines: Line[], furniture: boolean[], offer: Offer): void {
  for (let i = 0, seen = 0; i < lines.length && seen < 12; i++) {
    const t = lines[i]!.text;
    if (t === "") continue;
    seen++;
    const names = t.length <= 40 ? REPORTERS_LINE.exec(t) : null;
    // (Not a column's or an event's name: "记者手记", "记者招待会".)
    if (names && !names[1]!.split(/[\s、，,]+/u).some((n) => HAN_NOT_NAME.test(n))) {
      offer("author", names[1]!.split(/[\s、，,]+/u).join(", "), RANK_META + 2, lines[i]!.n, "reporters' line");
      furniture[i] = true;
      return;
    }
  }
}

const HAN_CREDIT_ROLE = /^(?:通讯员|实习生|摄影|报道|摄影报道|摄|见习|特约|记者|编辑|责编)/u;

/**
 * The reporter a Chinese story credits in brackets near its start or at its end, as its author. A
 * credit that closes the story is the page's byline, not the story's words, and leaves the body
 * ("…困难重重。（记者 安峥）"); one in the first sentence stays, as a wire's dateline does.
 */
function takeReporterCredit(paragraphs: Paragraph[], offer: Offer): Paragraph[] {
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  for (const [p, text] of [[first, first?.text.slice(0, 80)], [last, last?.text.slice(-30)]] as const) {
    const m = text ? REPORTER_CREDIT.exec(text) : null;
    if (m && p) {
      // (Names up to a role word among them: "（记者 王磊 通讯员 李婷）" credits the reporter, "摄影报道" is no name.)
      const names = m[1]!.split(/[、\s]/u);
      const role = names.findIndex((n) => HAN_CREDIT_ROLE.test(n));
      if (role === 0) return paragraphs;
      offer("author", (role > 0 ? names.slice(0, role) : names).join(", "), RANK_META + 2, p.n, "reporter credit");
      // (Closing it: the credit is the last paragraph's last characters.)
      return p === last && last.text.endsWith(m[0]) ? withoutClosing(paragraphs, m[0].length) : paragraphs;
    }
  }
  const closing = last ? CLOSING_NAME.exec(last.text.slice(-40)) : null;
  if (last && closing && !NOT_NAME.test(closing[1]!)) offer("author", closing[1], RANK_META + 2, last.n, "name closing the story");
  return paragraphs;
}

/** The paragraphs with the last one's final `chars` characters cut (and the paragraph, if nothing is left). */
function withoutClosing(paragraphs: Paragraph[], chars: number): Paragraph[] {
  const last = paragraphs[paragraphs.length - 1]!;
  const text = last.text.slice(0, last.text.length - chars).trimEnd();
  return text === "" ? paragraphs.slice(0, -1) : [...paragraphs.slice(0, -1), { ...last, text }];
}

// A byline run onto the story's first sentence, a colon or a dash between: "By Jane Roe: The city
// council says …", "Por Jane Roe – El concejo …".
const LEAD_BYLINE = /^(?:[Bb]y|BY|[Pp]or|[Pp]ar|[Vv]on)\s+((?:\p{Lu}[\p{L}'’.-]+\s){1,3}\p{Lu}[\p{L}'’-]+)\s?[:–—]\s+(?=["“]?\p{Lu}\p{Ll})/u;

// (What "By …:" opens a sentence with as often: "By Royal Decree: The king …", "By Tuesday Night: …".)
const NOT_A_BYLINE = /\b(?:Royal|Decree|Order|Law|Popular|Demand|Public|Special|Request|Appointment|Invitation|Design|Default|Contrast|Comparison|Chance|Accident|Nature|Night|Morning|Evening|Noon|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Numbers|Land|Sea|Air|Road|Rail|Hand|Heart|Far|Way|Then|Now)\b/u;

/** Takes such a byline off the first paragraph and offers its name (a person's) as the writer. */
function takeLeadByline(paragraphs: Paragraph[], offer: Offer): Paragraph[] {
  const first = paragraphs[0];
  const m = first && first.text.length > 80 ? LEAD_BYLINE.exec(first.text) : null;
  if (!first || !m || !isPersonName(m[1]!) || NOT_A_BYLINE.test(m[1]!)) return paragraphs;
  offer("author", m[1], RANK_META + 1, first.n, "byline run onto the lead");
  return [{ n: first.n, text: first.text.slice(m[0].length) }, ...paragraphs.slice(1)];
}

/**
 * A first paragraph that the next one starts with, cut short: a title a scraper made from the
 * lead's first characters ("I have noticed nearly all TV shows … and thus looks into “freezin").
 * It is the text's title, as it gives it, and not a paragraph of the story.
 */
function takeLeadCopy(paragraphs: Paragraph[], offer: Offer): Paragraph[] {
  const [copy, lead] = paragraphs;
  if (!copy || !lead || copy.text.length < 20 || lead.text.length <= copy.text.length || !lead.text.startsWith(copy.text)) return paragraphs;
  offer("title", copy.text, 9, copy.n, "lead's opening over it");
  return paragraphs.slice(1);
}

/** The most characters of a first line that is taken whole as the title. */
const TITLE_LINE_CHARS = 200;

/**
 * Without a headline, the first sentence stands in for it; or the first line whole, when it ends no
 * sentence and is no longer than a long headline (a listing's "FATAL MISTAKES. The Disturbing
 * Events That Led to …"), rather than cut off at a hundred characters.
 */
function offerFallbackTitle(fields: Fields, text: string, line: number | null): void {
  if (fields.has("title")) return;
  const end = text.indexOf("\n");
  const first = end < 0 ? (text.length <= TITLE_LINE_CHARS ? text.trim() : "") : end <= TITLE_LINE_CHARS ? text.slice(0, end).trim() : "";
  if (first.length >= 20 && !endsSentence(first) && !/[:;,]$/u.test(first)) {
    fields.offer("title", first, 9, line, "first line");
    return;
  }
  // (A first line that is one sentence, a headline with a full stop as some wires write it, is taken
  // whole up to a long headline's length: "Ливанов устроил разнос ректорам вузов … преподавателей.")
  // (In a script with spaces: a Chinese line of that length is a paragraph, its stops not followed by
  // a space, which firstSentence looks for.)
  const whole = first.length > 100 && first.length <= SENTENCE_TITLE_CHARS && first.includes(" ") && !/[。！？]./u.test(first) && endsSentence(first) ? firstSentence(text, SENTENCE_TITLE_CHARS) : "";
  fields.offer("title", (whole && whole === first.replace(/\s+/gu, " ") ? whole : firstSentence(text)) || "(untitled)", 9, line, "first sentence");
}

/** The most characters of a first line, one sentence, that is taken whole as the title. */
const SENTENCE_TITLE_CHARS = 150;

/** Front-matter tags and --tag ones, trimmed, each once, in order. */
function mergeTags(found: string[], given: string[]): string[] {
  const tags = new Set<string>();
  for (const list of [found, given]) {
    for (const t of list) {
      const tag = t.trim();
      if (tag) tags.add(tag);
    }
  }
  return [...tags];
}

/**
 * A headline that closes on a full date ("Daily Sky Watch 7/21/2016", "Student News -- June 29,
 * 2007") dates the article when nothing else does: it names a digest's or a transcript's day. (A
 * date inside a headline is what the story is about: "… launched on October 4, 1957, …"; a title
 * made of the story's first sentence comes later and is not read.)
 */
function offerHeadlineDate(fields: Fields): void {
  const title = fields.get("title");
  if (!title || fields.has("date")) return;
  // (Or a date in brackets after its weekday, as a regular report names its edition: "Small Cap
  // Report (Tue 23 Jan 2018) – …". Not a date alone, which may be a life's or an event's.)
  const bracketed = BRACKETED.exec(title)?.[1];
  const weekday = bracketed ? WEEKDAY_FIRST.exec(bracketed) : null;
  const inner = weekday ? findDate(bracketed!) : null;
  if (inner && inner.index === weekday![0].length && inner.index + inner.length === bracketed!.length) {
    fields.offer("date", inner.date, RANK_UPDATED + 2, fields.lineOf("title"), "date in brackets in the headline");
    return;
  }
  const found = findDate(title);
  if (!found || found.index === 0 || title.slice(found.index + found.length).trim() !== "") return;
  fields.offer("date", found.date, RANK_UPDATED + 2, fields.lineOf("title"), "date closing the headline");
}

const BRACKETED = /[([]\s*([^()[\]]{6,40}?)\s*[)\]]/u;
const WEEKDAY_FIRST = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?\s+/iu;

/**
 * Offers an author named by a note on the writer under the story only when the page also gives the
 * name on a line of its own (a byline without "By"), or the note gives the writer's own handle after
 * the name ("Jane Roe (@janeroe) is a contributor to …") or a newsroom's job at an outlet ("… is a
 * staff writer at Example News"): a note alone may be a guest's or a subject's.
 */
function nameLineOffer(lines: Line[], offer: Offer): Offer {
  return (field, value, rank, line, rule) => {
    if (field === "author" && value && ((Object.values(SIGNED_NOTE_RULES) as string[]).includes(rule) || lines.some((l) => l.text.trim() === value))) offer(field, value, rank, line, rule);
  };
}

// A browser's print header over a page printed to text: the time it was printed and the page's title,
// "05.03.24, 14:20\tHeadline | Site", "2024-02-14 09:31 Headline | Site", "3/5/24, 2:20 PM Headline",
// "2025. 03. 07. 9:41   Headline | Site" (as a Hungarian or Korean browser dates it).
// The time is the printing's, not the article's; the title is stated again by the page.
// (The browser sets the title off with a tab or a run of spaces, or the title names its site after
// a bar: "2024-03-05 14:20 Council backs the new bridge" alone is a story's first line.)
const PRINT_HEADER = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{4}\. \d{1,2}\. \d{1,2}\.),?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:(?:\t| {2,})\s*\S.{8,250}| \S.{8,250}\s[|–—-]\s[^|]{2,60})$/u;

// ... and its footer, the page's address and the sheet's number: "https://example.com/story   1/2".
const PRINT_FOOTER = /^(?:https?|file):\/\/\S+(?:\t| {2,})\s*\d{1,3}\/\d{1,3}$/u;

/**
 * The text with its print header and footers emptied (the line count kept): the header opens the
 * text, and a page printed on several sheets repeats it at each, after a form feed, under the
 * sheet's footer.
 */
function withoutPrintHeader(text: string): { text: string; printed: boolean } {
  const end = text.indexOf("\n");
  if (end < 0) return { text, printed: false };
  // (A sheet's footer may come first, its header under it, as a PDF's text puts them: "https://…   1/2"
  // / "06/07/2024, 09:41   Headline | Site".)
  const footerFirst = PRINT_FOOTER.test(text.slice(0, end).trimEnd());
  const sheets = text.split("\n");
  const header = sheets[footerFirst ? 1 : 0]?.trimEnd() ?? "";
  if (!PRINT_HEADER.test(header)) return { text, printed: false };
  // (The lines are emptied, the line count kept.)
  sheets[0] = "";
  if (footerFirst) sheets[1] = "";
  // (Without a form feed or a sheet's number ending a line, there is one sheet: only the header goes.)
  if (!text.includes("\f") && !/\d\/\d{1,3}\r?(?:\n|$)/.test(text.slice(footerFirst ? end + 1 : 0))) return { text: sheets.join("\n"), printed: true };
  let last = -1; // the sheet's last line of text, before its footer
  let broken = -1; // ... when a sheet break followed it
  for (let i = 0; i < sheets.length; i++) {
    const t = sheets[i]!.replace(/^\f/, "").trimEnd();
    if (t === header || PRINT_FOOTER.test(t)) {
      sheets[i] = "";
      if (last >= 0) broken = last;
      continue;
    }
    if (t === "") continue;
    // A paragraph the sheet break cut goes on in small letters on the next sheet: its lines there move
    // up to its last line before the break ("… of which more than" / footer / header / "half is wet
    // waste. …"), the line count kept.
    if (broken >= 0 && /^\p{Ll}/u.test(t) && !/[.!?:;"”»)]$/u.test(sheets[broken]!.trimEnd())) {
      for (; i < sheets.length && sheets[i]!.trim() !== "" && !sheets[i]!.startsWith("\f"); i++) {
        sheets[broken] = `${sheets[broken]!.trimEnd()} ${sheets[i]!.trim()}`;
        sheets[i] = "";
      }
      i--;
      broken = -1;
      continue;
    }
    broken = -1;
    last = i;
  }
  return { text: sheets.join("\n"), printed: true };
}

export function parseArticle(text: string, options: ParseOptions = {}): ParsedArticle {
  return parse(text, options, true);
}

/** The reading of parseArticle; `anchor` lets it read the page again from a dated byline's headline
 *  (anchored-top.ts) when it finds neither writer nor date at the page's top. */
function parse(text: string, options: ParseOptions, anchor: boolean): ParsedArticle {
  // (A page saved by lynx or html2text reads as the same page copied from a browser.)
  const print = withoutPrintHeader(text);
  const dump = readDump(print.text);
  text = dump.text;
  const fields = new Fields();
  const offer: Offer = (field, value, rank, line, rule) => fields.offer(field, value, rank, line, rule);
  let tags: string[] = [];
  // (An RSS or Atom file's item: its fields from its elements, its story from its content.)
  let lines = readFeedItem(text, offer) ?? toLines(text);
  let metadataTitle = false;
  let paragraphs: Paragraph[];

  const fm = readFrontMatterFields(lines, fields);
  const mailBody = fm ? null : readMailFields(lines, fields);
  if (fm) {
    tags = fm.tags;
    lines = fm.rest;
  }
  const labelled = fm || mailBody ? null : readLabelledHeader(lines, offer);
  if (labelled) lines = labelled;
  // (A newsletter, sent by mail or saved from one, is read as a page cut to its lead story; the
  // issue's date in its masthead is offered below the Date header's.)
  const newsletter = mailBody ? mailBody.newsletter : !fm && isNewsletter(lines, false);
  if (newsletter) {
    const issue = newsletterLines(mailBody ? mailBody.rest : lines);
    lines = issue.lines;
    // (A webmail page's header over the pointer to the browser copy: "Example Homes <news@…>" / "Thu,
    // 27 Feb 2025, 10:03" / "to me". The day it was sent, below the issue's own date.)
    for (const l of issue.header) {
      const stamp = /\d/u.test(l.text) ? readStamp(l.text.trim()) : null;
      if (stamp?.published) {
        offer("date", stamp.published, RANK_SENDER + 1, l.n, "mail's date over the newsletter");
        break;
      }
    }
    for (const [k, l] of issue.top.entries()) {
      const name = l.text.trim();
      if (name === "") continue;
      const stamp = readStamp(name);
      if (stamp?.published) offer("date", stamp.published, RANK_SENDER, l.n, "newsletter's masthead");
      // (The post's writer over its date, as Substack sends it: "Jane Roe" / "Oct 15"; not the
      // newsletter's own name over its issue's date, "Example Brew" / "Oct 15".)
      const under = (issue.top[k + 1]?.text.trim() || issue.top[k + 2]?.text.trim()) ?? "";
      if (under && (MONTH_DAY_ONLY.test(under) || readStamp(under)?.published) && isPersonName(name) && !isOutlet(name) && splitNames(name).length === 1) offer("author", name, RANK_SENDER, l.n, "writer over the newsletter's date");
    }
  }
  metadataTitle = fields.has("title") && !newsletter;

  if (mailBody && !newsletter) {
    paragraphs = withoutAddressSignature(withoutSignedName(withoutNextPart(withoutNewsletterFrame(mailParagraphs(mailBody.rest))), fields.get("author")), mailBody.address);
  } else {
    lines = withoutRepeats(joinBylineNodes(joinStampLabels(joinDateTiles(takeHighlights(toSegments(unwrapped(rejoinInlineNodes(lines), dump.tool || print.printed, print.printed ? PRINTED_WIDEST : undefined)), fields)))));
    const furniture = furnitureOf(lines);
    markCaptions(lines, furniture);
    offerReportersLine(lines, furniture, offer);
    const wiki = readWikiTop(lines);
    const top = readPageTop(lines, furniture, offer, metadataTitle, wiki === null, dump.headings);
    offerTitleTemplate(fields.get("title"), fields.lineOf("title"), offer) || offerTitleWithoutSite(fields.get("title"), fields.lineOf("title"), lines, offer);
    if (wiki) offer("title", wikiTitleText(lines, wiki), RANK_STRUCTURE, wiki.title === null ? null : lines[wiki.title]!.n, `title over a wiki's ${wiki.by}`);
    paragraphs = toParagraphs(storyLines(lines, furniture, top.start, offer, fields.get("title") ?? null));
    if (wiki && wikiChromeKept(lines, wiki, paragraphs)) paragraphs = toParagraphs(storyLines(lines, furniture, wikiStoryStart(lines, wiki), offer));
    offerClosingStamps(paragraphs, offer);
    paragraphs = cutAtWriterNote(paragraphs, lines, fields.get("author") ?? null);
    offerUpdateNotes(paragraphs, offer);
    offerContributor(paragraphs, offer);
    offerHanWriterCredit(paragraphs, lines, offer);
    offerJapaneseSignOff(paragraphs, offer);
    offerReportingCredit(paragraphs, offer, lines, { value: fields.get("author"), rank: fields.rankOf("author") });
    const writerOffer = nameLineOffer(lines, offer);
    paragraphs = dropTeaserRuns(takeClosingByline(takeClosingSignature(paragraphs, offer), offer));
    // (Trailers again last: the steps above may leave one at the end that stood over the page's foot.)
    paragraphs = dropTrailers(dropBracketedAuthorNote(dropGluedWidget(dropClosingFactBox(dropLooseRun(dropLooseEnds(dropNotes(dropPageBottom(dropStampedList(dropLinkList(dropAfterwords(dropTrailers(splitAuthorNote(splitContactLine(splitCorrectionNote(dropInlineLinks(cutBracketedLinks(dropTweets(cutRunOnCaptions(dropGluedHeadlines(dropGluedTeasers(dropSceneCaption(dropLeadCaption(dropLeadTeasers(dropLeadNote(dropRunInTeasers(dropLeadFactBox(dropPullQuotes(dropRepeatedRuns(dropContents(cutMarkupCaptions(endAtTextEnd(paragraphs)), lines))))), offer)), lines))))))))))), writerOffer), writerOffer))))))))), offer), offer);
    paragraphs = dropLeadSummary(dropStrandedEnd(paragraphs, lines), lines);
    paragraphs = stripSourceTags(takeDateline(takeLeadByline(withoutRepeatedTitle(paragraphs, fields.get("title")), offer), offer, fields.get("title") ?? null, text), offer, RANK_DATELINE);
    offerWireLineAbove(lines, paragraphs[0], offer);
    paragraphs = dropLoneHeadline(paragraphs, fields.get("title") ?? null);
    // (An error page's title is its notice, "Page not found", rather than its menus' first words.)
    const notice = errorNotice(lines, paragraphs);
    if (notice) {
      paragraphs = [];
      offer("title", notice.text.trim(), 9, notice.n, "error page's notice");
    }
  }

  if (!fields.has("title")) paragraphs = takeLeadCopy(paragraphs, offer);
  paragraphs = takeReporterCredit(paragraphs, offer);
  if (!mailBody || newsletter) paragraphs = takeSignOff(paragraphs, offer);
  const body = bodyText(paragraphs);
  const bodyLine = paragraphs[0]?.n ?? null;
  if (!mailBody && !fields.has("author")) offerWriterByStamp(lines, fields.lineOf("title"), bodyLine, body, offer);
  if (!mailBody && paragraphs.length > 0) offerBylineUnderStory(lines, paragraphs[paragraphs.length - 1]!, offer);
  if (!mailBody && bodyLine !== null && !fields.has("author")) offerCardUnderLead(lines, bodyLine, offer);
  offerHeadlineDate(fields);
  offerFallbackTitle(fields, body || decodeEntities(text), bodyLine);
  if (options.source) fields.offer("source", options.source, -1, null, "--source");
  if (options.section) fields.offer("section", options.section, -1, null, "--section");

  const provenance = fields.provenance();
  // (A site's own name over its post is no writer's: see isOrganisationName. A mail's sender is
  // whoever sent it.)
  let author = fields.get("author");
  // (Nor a newsroom, "Redacción Caldas", "Redazione AIN", nor a department of single words, "Parks,
  // Recreation and Culture".)
  if (author && provenance.author?.rule !== "From header" && (isOrganisationName(author) || NEWSROOM_NAME.test(author) || singleWordParts(author))) {
    author = null;
    delete provenance.author;
  }
  // (A dateline's "place" that the page spells out as an organisation's initials is its newsroom:
  // "GIS – 14 May 2025: …" under "Government Information Service (GIS)".)
  let place = fields.get("place");
  if (place && provenance.place?.rule === "dateline" && isSpelledOutNewsroom(place, text)) {
    place = null;
    delete provenance.place;
  }
  provenance.body = { line: bodyLine, rule: newsletter ? "newsletter's story" : mailBody ? "mail body" : metadataTitle ? "after metadata" : "story text" };
  const allTags = mergeTags(tags, options.tags ?? []);
  const title = fields.get("title")!;
  // (Read again from the headline over a dated byline further down, where the first reading found
  // no writer and no date: a page saved as one line with hundreds of other headlines over its own.)
  const words = countWords(body);
  if (anchor && !mailBody && !metadataTitle && author === null && fields.get("date") === null) {
    const again = readFromAnchor(lines, title, words, options);
    if (again) return again;
  }

  // (A date strip over the headline is the day the page was saved where the story's own stamp under
  // the headline says only how long ago it was published: "Thursday, 13 February 2025" / … / the
  // headline / "By Jane Roe" / "Published: 2 days ago". The story's date is then unknown.)
  let date = dayFirstWhereMeant(fields.get("date"), provenance, text, title, body);
  if (date !== null && stripOverRelativeStamp(lines, provenance.date?.line ?? null, provenance.title?.line ?? null)) {
    date = null;
    delete provenance.date;
  }

  return {
    title,
    date,
    place,
    section: fields.get("section"),
    author,
    source: fields.get("source"),
    summary: fields.get("summary"),
    tags: allTags,
    body,
    words,
    provenance,
  };
}

/** Whether the date read from line `dateLine`, over the headline's line, is a date strip's, the
 *  story's stamp a few lines under the headline saying how long ago it was published. */
function stripOverRelativeStamp(lines: Line[], dateLine: number | null, titleLine: number | null): boolean {
  if (dateLine === null || titleLine === null || dateLine >= titleLine - 1) return false;
  return lines.some((l) => l.n > titleLine && l.n <= titleLine + 5 && l.text.length <= 60 && RELATIVE_TIME.test(l.text.trim()));
}

/** The writer's name and the stamp right under the story, as some sites sign it at its foot rather
 *  than under the headline: "… 52 fietsstraten." / "Jane Roe" / "zaterdag 9 november 2024 om 08:00" /
 *  "Delen". Both rank below a byline and a stamp over the story. */
function offerBylineUnderStory(lines: Line[], last: Paragraph, offer: Offer): void {
  const end = last.n + last.text.split("\n").length - 1;
  const under = textLinesAfter(lines, end, 2);
  if (under.length < 2 || under[0]!.n > end + 3) return;
  const name = under[0]!.text.trim();
  const stamp = under[1]!.text.length <= 80 ? readStamp(under[1]!.text.trim()) : null;
  if (!stamp?.published || stamp.authors.length > 0 || name.length > 40 || !isPersonName(name) || isOutlet(name) || splitNames(name).length !== 1) return;
  offer("author", name, RANK_META + 2, under[0]!.n, "name and stamp under the story");
  offer("date", stamp.published, RANK_UPDATED, under[1]!.n, "name and stamp under the story");
}

/** A writer's card set under the story's lead, their name over their job: "… bröt ut under
 *  tisdagen." / "Anna Roe" / "Reporter" / "Dela" / the story goes on. */
function offerCardUnderLead(lines: Line[], bodyLine: number, offer: Offer): void {
  const near = textLinesAfter(lines, bodyLine, Infinity, bodyLine + LEAD_CARD_REACH);
  for (const [k, l] of near.entries()) {
    const name = l.text.trim();
    const role = near[k + 1]?.text.trim() ?? "";
    if (name.length <= 40 && role !== "" && isRole(role) && isPersonName(name) && !isOutlet(name) && splitNames(name).length === 1) {
      offer("author", name, RANK_META + 2, l.n, "writer's card under the lead");
      return;
    }
  }
}
/** The lines with text after line n, `most` of them at most and none past line `last`: looked for
 *  from there on, not over the whole page. */
function textLinesAfter(lines: Line[], n: number, most: number, last = Infinity): Line[] {
  const found: Line[] = [];
  for (let i = lines.findIndex((l) => l.n > n); i >= 0 && i < lines.length && found.length < most && lines[i]!.n <= last; i++) {
    if (lines[i]!.text.trim() !== "") found.push(lines[i]!);
  }
  return found;
}

/** How many lines under the story's first a writer's card may stand. */
const LEAD_CARD_REACH = 8;

/** How many lines with text over the anchored headline the headline read first may stand, as a
 *  headline over its standfirst; and the least share of the first reading's words the story read
 *  again must have. */
const APART_LINES = 6;
const ANCHORED_SHARE = 0.5;
const TITLE_SEPARATORS = [" | ", " - ", " – ", " — "];

/** The page read again from the headline over its first dated byline (anchoredHeadline), when that
 *  headline is not the one read first and the second reading takes it and dates the story; its
 *  lines numbered as in the page. */
function readFromAnchor(lines: Line[], title: string, words: number, options: ParseOptions): ParsedArticle | null {
  const anchored = anchoredHeadline(lines);
  if (anchored === null) return null;
  const k = anchored.at;
  const headline = lines[k]!.text.trim();
  const key = comparable(title);
  if (comparable(headline) === key) return null;
  // (Not a standfirst under the headline read first: "Headline" / "Standfirst" / "Jane Roe · Posted: …".)
  const first = lines.findIndex((l) => comparable(l.text) === key);
  if (first >= 0 && first < k && lines.slice(first + 1, k).filter((l) => l.text.trim() !== "").length < APART_LINES) return null;
  // (Nor against the page's title tag, which names the headline read first: "Headline | Site".)
  if (lines.some((l) => TITLE_SEPARATORS.some((bar) => l.text.includes(title + bar)))) return null;
  const again = parse(lines.slice(k).map((l) => l.text).join("\n"), options, false);
  if (comparable(again.title) !== comparable(headline) || again.date === null) return null;
  // (The story under it must be most of what the first reading took: a related item's or a
  // comment's few lines under their own dated byline are not the page's story.)
  if (again.words < words * ANCHORED_SHARE) return null;
  const provenance: Provenance = {};
  for (const [field, source] of Object.entries(again.provenance) as Array<[keyof Provenance, FieldSource]>) {
    provenance[field] = { ...source, line: source.line === null ? null : (lines[k + source.line - 1]?.n ?? null) };
  }
  provenance.title = { ...provenance.title!, rule: `${provenance.title!.rule}, the page read from the headline over its dated byline` };
  return { ...again, provenance };
}

// An organisation's name in capitalised words with a word for a newsroom or an office in it, then its
// initials in brackets: "Government Information Service (GIS)".
const NEWSROOM_WORD = /\b(?:Service|Agency|Office|Department|Ministry|Council|Commission|Authority|Bureau|Corporation|Association|Institute|News|Press|Information|Broadcasting|Communications?)\b/u;

/** Whether `place`, a few capitals, is an organisation's initials that the text spells out. */
function isSpelledOutNewsroom(place: string, text: string): boolean {
  // (The initials in brackets first, as plain text: most pages have none, and the pattern is slow.)
  if (!/^\p{Lu}{2,6}$/u.test(place) || !text.slice(0, 20000).includes(`(${place})`)) return false;
  const spelled = new RegExp(`((?:(?<![\\p{L}'’-])\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|for|and|the|de|du|des)\\s+)?){1,6})\\(${place}\\)`, "u").exec(text.slice(0, 20000));
  return spelled !== null && NEWSROOM_WORD.test(spelled[1]!);
}

// (Or a site's account for its desk, in one word: "newsdesk", "webdesk", "Newsdesk".)
const NEWSROOM_NAME = new RegExp(`^(?:la |a )?(?:${NEWSROOM_WORDS})(?:\\s|$)|^(?:news|web|online|digital|city|sports?)desk$`, "iu");

/** Whether a byline's names are all single capitalised words, three or more of them: a department's
 *  name ("Parks, Recreation and Culture"), not writers'. */
function singleWordParts(author: string): boolean {
  const parts = splitNames(author);
  return parts.length >= 3 && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p));
}

/**
 * A date of figures with slashes that both readings allow ("03/01/2023") is read month first, as
 * American pages mean; a page in another language means the day first, as every other language
 * writes dates (a Spanish byline's "03/01/2023 09:00" is 3 January), and so does an English page
 * that shows it writes dates as Britain and most of the Commonwealth do (see writesDayFirst).
 * Only such a date needs the page's language, so only then is it detected. (Its provenance says so.)
 */
function dayFirstWhereMeant(date: string | null, provenance: Provenance, text: string, title: string, body: string): string | null {
  const from = provenance.date;
  if (date === null || !from || from.line === null || +date.slice(8) > 12) return date;
  const flipped = dayFirstReading(date, lineAt(text, from.line));
  if (flipped === null) return date;
  const language = detectLanguage(title, body);
  if (language === null || (language === "en" && !writesDayFirst(text))) return date;
  provenance.date = { line: from.line, rule: `${from.rule}, day first (${language === "en" ? "English written day first" : language})` };
  return flipped;
}

/** Line `n` (1-based) of a text. */
function lineAt(text: string, n: number): string {
  let start = 0;
  for (let i = 1; i < n; i++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return "";
    start = next + 1;
  }
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * A date a page sets as a calendar tile, its day, month and year on lines of their own ("28" /
 * "May" / "2023"), as one line, so that it is read as the date stamp it is.
 */
function joinDateTiles(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i + 2 < lines.length; i++) {
    const [d, m, y] = [lines[i]!.text, lines[i + 1]!.text, lines[i + 2]!.text];
    if (/^\d{1,2}$/.test(d) && isMonthName(m) && /^(?:19|20)\d\d$/.test(y)) {
      out ??= lines.slice();
      out[i] = line(lines[i]!.n, `${d} ${m} ${y}`, lines[i]!.cut);
      out[i + 1] = line(lines[i + 1]!.n, "", lines[i + 1]!.cut);
      out[i + 2] = line(lines[i + 2]!.n, "", lines[i + 2]!.cut);
      i += 2;
    }
  }
  return out ?? lines;
}

/**
 * A stamp's label on a line of its own over its date ("Published" / "5 March 2025, 07:12 GMT",
 * "Aktualisiert:" / "04.03.2025, 10:12 Uhr"), as one line, so that it is read as the labelled
 * stamp it is. (Over what is no date, "Updated" / "3 hours ago", the lines stay apart.)
 */
function joinStampLabels(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (t.length > 40 || /\d/.test(t)) continue;
    const m = PUBLISHED.exec(t) ?? UPDATED.exec(t);
    // (Not "Date" alone: an infobox's or a case file's field, whose date is the event's.)
    if (!m || (m[1] ?? "").trim() !== "" || /^(?:date|datum|fecha|data|дата)(?![\p{L}\p{N}_])/iu.test(t)) continue;
    const value = lines[i + 1]!.text.trim();
    const stamp = value ? readStamp(`${t} ${value}`) : null;
    if (!stamp || (stamp.published ?? stamp.updated) === null) continue;
    out ??= lines.slice();
    out[i] = line(lines[i]!.n, `${t} ${value}`, lines[i]!.cut);
    out[i + 1] = line(lines[i + 1]!.n, "", lines[i + 1]!.cut);
    i++;
  }
  return out ?? lines;
}

// A byline's label alone on its line, as pages dumped a text node a line leave it: "By", "Analysis by".
const BY_LABEL_ALONE = /^(?:(?:analysis|opinion|story|text|words|written|reporting|interview|review|commentary|perspective|column) )?by:?$/iu;
/** What may stand between the names under such a label: "and", "&", a comma. */
const NAME_JOINER = /^(?:and|&|,)$/iu;
/** The most lines a byline split a node a line may take: names, joiners, the outlet. */
const BYLINE_NODES = 8;

/**
 * A byline split a text node a line ("Analysis by" / "Jane Roe" / "and" / "John Doe" / ", Example
 * Ledger") as one line again, "By Jane Roe and John Doe", so that it is read as the byline it is
 * (the kind of piece and the outlet left out: the line is read for its names).
 */
function joinBylineNodes(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const label = lines[i]!.text.trim();
    if (label.length > 30 || !BY_LABEL_ALONE.test(label)) continue;
    let text = "By";
    let names = 0;
    let k = i + 1;
    for (; k < lines.length && k <= i + BYLINE_NODES; k++) {
      const t = lines[k]!.text.trim();
      const joiner = NAME_JOINER.test(t);
      // (A name may have its outlet after a comma, "John Doe, Example Ledger", or the outlet come
      // alone, its comma leading: ", Example Ledger"; either closes the byline.)
      const named = !joiner && isPersonName(t.split(",")[0]!.trim());
      const outlet = (names > 0 && /^,\s*\p{Lu}/u.test(t)) || (named && /^[^,]+,\s*\p{Lu}[^,]{1,40}$/u.test(t));
      if (!joiner && !named && !outlet) break;
      if (named) names++;
      if (!t.startsWith(",")) text += ` ${outlet ? t.split(",")[0]!.trim() : t}`;
      if (outlet) {
        k++;
        break;
      }
    }
    if (names === 0) continue;
    out ??= lines.slice();
    out[i] = line(lines[i]!.n, text, lines[i]!.cut);
    for (let j = i + 1; j < k; j++) out[j] = line(lines[j]!.n, "", lines[j]!.cut);
    i = k - 1;
  }
  return out ?? lines;
}

/**
 * The lines without a name or a date that repeats the line before it (blank lines between aside):
 * a page template shows a byline's name or a date twice ("Jane Roe" over "Jane Roe", a link and
 * its text), which would otherwise stand between a headline and its stamp. (A headline said twice
 * stays: that is how some pages mark it.)
 */
function withoutRepeats(lines: Line[]): Line[] {
  let last = "";
  return lines.filter((l, i) => {
    if (l.text === "") return true;
    // (And a photo's caption said twice, its picture's text over it, with its credit under it: the
    // copy goes, and the caption goes with its credit. "A street at dusk." / "A street at dusk." /
    // "Foto: Jane Roe".)
    const repeat = l.text === last && ((l.text.length <= 60 && (isPersonName(l.text) || isDateLine(l.text))) || (l.text.length <= 200 && creditLine(lines[i + 1]?.text ?? "") !== null));
    last = l.text;
    // (Or with the credit run onto the caption: "A street at dusk." / "A street at dusk. Foto: Jane Roe".)
    const next = lines[i + 1]?.text ?? "";
    const overCaption = l.text.length <= 200 && next.length > l.text.length && next.startsWith(`${l.text} `) && isCaption(next);
    return !repeat && !overCaption;
  });
}
