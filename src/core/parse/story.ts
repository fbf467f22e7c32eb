// The story below the page top: paragraphs without the page's furniture, link lists, credits and
// footer, and the page bottom read for the dates it states ("Published on ...", "This page was
// last edited on ..."), never the narrative.
import { CREDIT_LABELLED, CREDIT_LABEL_ALONE, PHOTO_BY_LINE, PICTURE_AGENCY_ALONE, CREDIT_LABELLED_LINE, IMAGE_BUTTON, METHOD_HEADING, NAME_SLASH_OUTLET, SIGN_CREDIT, VIDEO_DURATION, copyrightHolder, creditLine, isBoilerplate, isCaption, isCaptionShaped, isCommentsMarker, isEndMarker, isTagList, isTagsHeading, isTrailer, isWidgetHeading, transcriptTurns } from "./boilerplate.js";
import { BY_WORD, WRITER_LABEL, isInitialsName, isOutlet, isPersonName, isRole, nameWithRole, splitNames } from "./byline.js";
import { readDateline } from "./dateline.js";
import { findDate, parseDate } from "./dates.js";
import { timelineEnd, factsBoxEnd } from "./factbox.js";
import { AGE_LINE, isJapaneseSignature } from "./trailing.js";
import { LINK_LEAD } from "./glue.js";
import { line, type Line } from "./lines.js";
import { type Offer, RANK_META, RANK_PUBLISHED, RANK_UPDATED } from "./fields.js";
import { LABELLED_FIELD, OBITUARY_DATES, PICTURE_MARK, SITE_ADDRESS, SOURCE_WORD, comparable, endsSentence, isProse, isShortItem, looksLikeHeadline, sentencesOf, titleCased, wordsIn } from "./shapes.js";
import { PUBLISHED, UPDATED, isDateLine, readStamp, updateNoteDate } from "./stamps.js";
import { isScreenCredit } from "./signoff.js";

export interface Paragraph {
  /** Line the paragraph starts on. */
  n: number;
  text: string;
}

/** Words of story that must come before a footer marker can end it; more for a comments heading. */
const END_AFTER_WORDS = 15;
/** The story must have run this far before a blog's entry line closes it (a standfirst is shorter). */
const ENTRY_LINE_AFTER_WORDS = 50;
const COMMENTS_AFTER_WORDS = 80;

// A sentence closed by a source's tag in capitals, a station's or an agency's: "(CKRW)", "(AP)".
const SOURCE_TAG_AFTER = /([.!?"”’])\s?\((\p{Lu}{2,6})\)$/u;

/** The tag of the line at i, when it is such a sentence with only an outlet's name or the page's furniture under it. */
function taggedLastSentence(t: string, lines: Line[], furniture: boolean[], i: number): RegExpExecArray | null {
  const tag = SOURCE_TAG_AFTER.exec(t);
  if (!tag) return null;
  let j = i + 1;
  while (j < lines.length && lines[j]!.text === "") j++;
  return j === lines.length || furniture[j] === true || isOutlet(lines[j]!.text) ? tag : null;
}

/** For each line, the characters of the lines from it to the end that are not the page's furniture. */
function charsFrom(lines: Line[], furniture: boolean[]): number[] {
  const after = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) after[i] = after[i + 1]! + (furniture[i] ? 0 : lines[i]!.text.length);
  return after;
}

/** How many words of story come before a repeat of the headline ends it. */
const HEADLINE_AGAIN_AFTER_WORDS = 50;

// A wire story's closing note: "This report by The Canadian Press was first published Jan. 28, 2022."
const FIRST_PUBLISHED = /^(?:[-—–]+\s*)?this (?:article|piece|story|column|report)\b.{0,60}?\b(?:was|has been) (?:originally |first )published(?: in \p{L}+)?(?: on)?\s+(.{3,40}?)\.?$/iu;

const WEEKDAY_BAR = /^\p{L}+day\s*\|\s*/iu;

/** Offers the date a page-bottom line states, if it is a published or updated line. */
function offerStampDate(t: string, n: number, offer: Offer, where: string): boolean {
  if (t.length > 200) return false;
  const first = FIRST_PUBLISHED.exec(t);
  if (first) {
    const d = parseDate(first[1]!);
    if (d) offer("date", d, RANK_PUBLISHED, n, `first-published note ${where}`);
    return d !== null;
  }
  const published = PUBLISHED.exec(t);
  if (published) {
    // (The weekday may be set off by a bar: "First published: Wednesday | July 17, 2024".)
    const d = parseDate(published[1]!.replace(WEEKDAY_BAR, ""));
    if (d) offer("date", d, RANK_PUBLISHED, n, `published ${where}`);
    return d !== null;
  }
  const updated = UPDATED.exec(t);
  if (updated) {
    const d = parseDate(updated[1]!);
    if (d) offer("date", d, RANK_UPDATED, n, `updated ${where}`);
    return d !== null;
  }
  return false;
}

// A blog's post footer: its writer's name run into the date, "Jane RoeNovember 20, 2017" (a theme
// that sets them side by side, the scraper that lost the space between).
const FOOTER_BYLINE = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, (?:19|20)\d\d)$/u;
const NOT_A_WRITER = /^(?:posted|updated|published|modified|date|dated|on|by|written)$/i;

/** What a page-bottom line says about the story: its date, or its publisher in a copyright line. */
/** A rights line: "© 2024 Example News", "(c) 2019 …", "Copyright …". */
const RIGHTS_LINE = /^(?:©|\(c\)\s*(?:19|20)\d\d|copyright\b)/iu;

function offerFooter(t: string, n: number, offer: Offer): void {
  if (offerStampDate(t, n, offer, "footer")) return;
  // A blog's entry line under the post: "Filed under Local History and tagged …", "This entry was
  // posted in Crime and tagged …" (its category, as weak as any footer's reading).
  const filed = entryCategory(t);
  if (filed) offer("section", filed, RANK_META + 2, n, "category the post is filed under");
  const byline = FOOTER_BYLINE.exec(t);
  if (byline && !NOT_A_WRITER.test(byline[1]!)) {
    // Weaker than any stamp or byline over the story: only for a page that has none.
    offer("date", parseDate(byline[2]!), RANK_UPDATED + 1, n, "writer and date in the footer");
    offer("author", byline[1], RANK_META + 2, n, "writer and date in the footer");
    return;
  }
  if (!RIGHTS_LINE.test(t)) return;
  const holder = copyrightHolder(t);
  // A columnist who holds the rights to the column: "Copyright 2019 by Jane Roe" (as weak as a
  // footer's writer: only for a page with no byline).
  const writer = holder ? /^by:?\s+(.+)$/iu.exec(holder) : null;
  if (writer && isPersonName(writer[1]!) && !isOutlet(writer[1]!)) offer("author", writer[1], RANK_META + 2, n, "rights held by the writer");
  else offer("source", writer ? writer[1] : holder, 6, n, "copyright line");
}

// (The category a few words without figures, and after "and tagged" only the tags, a link or two after
// a bar, or WordPress's "Bookmark the permalink.": not a sentence, "Posted in March and tagged with the
// names of several schools, the video was viewed …".)
const FILED_AND_TAGGED = /^(?:Filed under|Posted in|This entry was posted in)\s+(\p{Lu}[^,|\d]{1,50}?)\s+and tagged\s+[^,.!?|]{1,60}(?:,\s?[^,.!?|]{1,60})*\.?\s*(?:\|[^|]{0,60}){0,3}(?:Bookmark the permalink\.)?$/u;
const MONTH_ALONE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** The category of a blog's entry line, or null (a month is no category: "Posted in March and tagged …"). */
function entryCategory(line: string): string | null {
  if (!line.includes(" and tagged")) return null;
  const m = FILED_AND_TAGGED.exec(line.trim());
  return m && !MONTH_ALONE.test(m[1]!.trim()) ? m[1]! : null;
}

/** What the page's bottom, from line `from` on, says about the story (offerFooter of each line). */
function offerPageBottom(lines: Line[], from: number, offer: Offer): void {
  for (let j = from; j < lines.length; j++) offerFooter(lines[j]!.text, lines[j]!.n, offer);
}

/** A byline of its own under the story: "Written By Jane Roe", "Posted by Jane Roe", "By Jane Roe" (as
 *  a local democracy reporter's copy closes, its service named under it). (Only the label is
 *  caseless: the name is capitalised, "posted by admin" is no writer's.) */
// (Or the word for "by" in another language, with its colon: "Por: Jane Roe Gaviria", "Par : Jane Roe".)
const CLOSING_BYLINE = /^(?:(?:(?:[Ww]ritten|WRITTEN|[Pp]osted|POSTED|[Pp]ublished|PUBLISHED|[Ww]ords|[Ss]tory|[Tt]ext) (?:[Bb]y|BY)|By|BY):?|(?:Por|POR|Par|PAR|Von|VON|Di|DI|Door|DOOR|Af|AF|Av|AV|Przez|PRZEZ)\s?:)\s+(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})$/u;

const WRITER_LABEL_PART = new RegExp(String.raw`^(?:${WRITER_LABEL})\s?:\s*`, "iu");
const CAPITALISED_NAME = /^\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){1,3}$/u;

// A writer signing under the story after a dash, with their job: "— Jane Roe, Field Editor".
const DASH_SIGNED = /^[—–]\s?(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}), ([^,]{3,40})$/u;

/** The name of a writer's box's line under the story: "Written By Jane Roe", or a writer's label and
 *  a name alone, "Autor: Jane Roe", "Penulis: Jane Roe" (the label caseless, the name capitalised),
 *  or a signature after a dash with the writer's job. */
function closingWriter(t: string): string | null {
  const signed = t.startsWith("—") || t.startsWith("–") ? DASH_SIGNED.exec(t) : null;
  if (signed && isRole(signed[2]!)) return signed[1]!;
  const by = CLOSING_BYLINE.exec(t)?.[1];
  if (by !== undefined || !t.includes(":")) return by ?? null;
  const label = WRITER_LABEL_PART.exec(t);
  const name = label ? t.slice(label[0].length) : "";
  return label && CAPITALISED_NAME.test(name) ? name : null;
}

/** Whether a film's credits stand right over or under line i (a review's "Written by" is the screenplay's). */
function screenCredits(lines: Line[], i: number): boolean {
  return [lines[i - 1], lines[i - 2], lines[i + 1], lines[i + 2]].some((l) => l !== undefined && isScreenCredit(l.text));
}

/** How many lines under a story's tags are read for a note on the writer. */
const WRITER_NOTE_UNDER_TAGS = 3;

/** A list item under a widget heading: a linked headline, its date, a count, a label. */
function isListItem(t: string): boolean {
  return (looksLikeHeadline(t) && !isProse(t)) || isDateLine(t) || isShortItem(t) || /^[\d,.]+$/.test(t);
}

const AD_MARKER = /^(?:continued below|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?)\s*(?:…|\.{2,3}|:)?\s+(?=["“]?\p{Lu})/iu;
// How a line with such a run-on ends, in its last RUN_ON_REACH characters (the notice may go on
// for up to 60 characters after "available").
const RUN_ON_END = /(?:errors?|typos?|mistakes?|problems?|friend|corrections?|\.\w{2,4}\.?|verfügung\.?|available\b.{0,60})$/iu;
const RUN_ON_REACH = 72;
// ("… approved the plan. E-mail to a friend", "… an agenda." See original story at EW.com.")
const RUN_ON_BUTTONS = /(?<=[.!?"”’])\s*(?:(?:share:?\s*)?report (?:an? )?(?:error|typo|mistake|problem)s?|e-?mail (?:this )?to a friend|corrections?|see (?:the )?(?:original|full) (?:story|article) (?:at|on) [\w.-]+\.\w{2,4}\.?)$/iu;
// An archive's notice run on after the teaser it kept: "… befreundet. Der Volltext dieses auf
// Agenturmeldungen basierenden Artikels steht aus rechtlichen Gründen nicht mehr zur Verfügung."
const FULL_TEXT_GONE = /(?<=[.!?"”’])\s*(?:der volltext dieses\b.{0,80}?\bartikels steht\b.{0,60}?\bnicht mehr zur verfügung|the full text of this (?:article|story)\b.{0,60}?\bis (?:no longer|not) available\b.{0,60}?)\.?$/iu;
// How a line with such a link ends, in its last MORE_LINK_REACH characters.
const MORE_LINK_END = /(?:…|\.\.\.|»|›|read more|continue reading)$/iu;
const MORE_LINK_REACH = 20;
// (Or after a teaser's ellipsis, with no mark of its own: "… under the... Read More".)
const MORE_LINK = /(?<=[.!?"”’])\s*[—–-]?\s*(?:more|read more|continue reading|read the full (?:story|article))\s*(?:…|\.\.\.|»|›)$|(?<=…|\.\.\.)\s*(?:read more|continue reading)$/iu;
// A wire story's closing note run onto its last paragraph, with what a rule sets under it: "… set to
// resume Friday. This report by The Canadian Press was first published June 16, 2022.———This story
// was produced with …". (Tried only on a line that says "first published".)
const FIRST_PUBLISHED_RUN_ON = /(?<=[.!?"”’])\s*(this (?:report|story|article) by [^.]{2,80}? was first published [^.]{3,40}\.)(?:\s*[—–-]{3,}.{0,300})?$/iu;

// ("Copyright" or "©" run on after a sentence's end, with or without a year, the holder a name of two
// to four capitalised words: "… great unknown. © 2019 Jane Roe".)
const RIGHTS_RUN_ON = /(?<=[.!?"”’])\s+((?:[Cc]opyright|COPYRIGHT|©)(?:\s*(?:19|20)\d\d)?\s*(?:by:?\s*)?\p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?){1,3})$/u;

/**
 * Lines from the story's start -> the lines that are story: furniture dropped, widgets ("Related
 * stories" and their links) dropped, everything from a footer marker on dropped (and read for dates).
 */
export function storyLines(lines: Line[], furniture: boolean[], start: number, offer: Offer, headline: string | null = null): Line[] {
  const out: Line[] = [];
  let words = 0;
  let afterCaption = false;
  const repeated = repeatedItems(lines, furniture, start);
  const headlineKey = headline !== null && wordsIn(headline, 4) >= 4 ? comparable(headline) : null;
  // (Counted once, when a repeat of the headline is first met: a page may repeat it thousands of times.)
  let after: number[] | null = null;
  for (let i = start; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t === "") {
      out.push(lines[i]!);
      continue;
    }
    // A blog's entry line under the post, its category and tags: "Filed under Local History and
    // tagged …", "This entry was posted in Crime and tagged …". The page's foot follows (whose
    // reading takes the category for the section).
    // (Under the post, not under a standfirst over it.)
    if (words >= ENTRY_LINE_AFTER_WORDS && entryCategory(t) !== null) {
      offerPageBottom(lines, i, offer);
      break;
    }
    // The headline again after the story's prose: the page's own footer of the post, or a list of
    // posts that begins with this one ("The 21 Blessings of …" / "Daily inspiration for …").
    // (Not a heading of the story's own that says its title again, with more of the story under it:
    // what follows must be less than a third of what came before.)
    if (headlineKey !== null && words >= HEADLINE_AGAIN_AFTER_WORDS && t.length * 2 >= headlineKey.length && t.length <= headlineKey.length * 2 + 10 && comparable(t) === headlineKey && ((after ??= charsFrom(lines, furniture))[i + 1]! / 6) * 3 < words) {
      offerPageBottom(lines, i, offer);
      break;
    }
    // A post's links to the posts before and after it, as a pair: "Previous: Dog recovered from
    // cliff" / "Next: Team exercise with …". The page's foot follows.
    if (words >= END_AFTER_WORDS && PREV_OR_NEXT.test(t.trim()) && PREV_OR_NEXT.test(lines[nextText(lines, i)]?.text.trim() ?? "")) {
      offerPageBottom(lines, i, offer);
      break;
    }
    // A video set into the story: its running time alone, its title on the next line with text
    // ("3:14" / "Why an emergency alert was sent to cellphones"). Both go; the story goes on.
    // (One time alone: a timeline, a programme or a list of results has a time over each item.)
    if (VIDEO_TIME.test(t.trim())) {
      const next = nextText(lines, i);
      if (next >= 0 && looksLinked(lines[next]!.text.trim()) && !timesNear(lines, i, next)) {
        i = next;
        continue;
      }
    }
    // Or one of them under its label a line to itself, or run onto it: "Previous article" / "2 young
    // men charged in …", "Next articleLangley would have been …". The page's foot follows.
    // (Not where two paragraphs of the story go on under the link: a series' "Previous article" /
    // "Part one: …" set into its story.)
    if (words >= END_AFTER_WORDS && isPrevNextLink(lines, i) && !storyGoesOn(lines, PREV_NEXT_RUN_ON.test(t.trim()) ? i : nextText(lines, i))) {
      offerPageBottom(lines, i, offer);
      break;
    }
    // The next story's header under this one, as a page that loads the next story as the reader
    // scrolls is saved: "Siga leyendo" / "Colombia" / its headline / "Por: Redacción …" / its date.
    if (words >= COMMENTS_AFTER_WORDS && isNextStoryHeader(lines, i)) {
      dropPromoHeading(out);
      offerPageBottom(lines, i, offer);
      break;
    }
    // A short line the page states again elsewhere is a widget's item (a teaser's kicker, title
    // and time, set into the story and repeated under it), not a line of the story.
    // (Not before the story has begun: a headline repeated over it is dealt with later.)
    // (Not a link list's label, said over each list: its list goes with it, below.)
    if (repeated !== null && words >= END_AFTER_WORDS && repeated.has(t) && isRepeatable(t) && !LINK_LIST_LABEL.test(t.trim())) continue;
    if (words >= END_AFTER_WORDS && PROMO_BUTTON.test(t)) {
      // (An offer set into the story, with the story going on under its button: the offer goes,
      // the story stays. "Subscribe to Example for $1 …" / "Subscribe now" / two more paragraphs.)
      if (storyGoesOn(lines, i)) {
        dropInlineOffer(out);
        continue;
      }
      dropPromoHeading(out);
      offerPageBottom(lines, i, offer);
      break;
    }
    if ((words >= END_AFTER_WORDS && ((isEndMarker(t) && !isWidgetInStory(lines, furniture, i) && !(METHOD_HEADING.test(t.trim()) && storyGoesOn(lines, i))) || isAuthorBox(lines, i) || isAboutBox(lines, i))) || (words >= COMMENTS_AFTER_WORDS && isCommentsMarker(t))) {
      offerPageBottom(lines, i, offer);
      break;
    }
    // The writer's name alone under the story, right over its tags: "Sofie Claes" / "Meer over" / the tags.
    if (words >= COMMENTS_AFTER_WORDS && t.length <= 50 && isPersonName(t.trim()) && !isOutlet(t.trim())) {
      const next = nextText(lines, i);
      const u = next >= 0 ? lines[next]!.text : "";
      if (next >= 0 && ((isTagsHeading(u) && tagUnder(lines, next)) || (u.includes(":") && isTagList(u))) && !storyGoesOn(lines, next)) {
        offer("author", t.trim(), RANK_META + 2, lines[i]!.n, "writer over the story's tags");
        offerPageBottom(lines, i + 1, offer);
        break;
      }
    }
    // The story's tags under it, with no more of the story under them: the page's bottom begins
    // ("Oznake: • Split • trajekti" / the writer's box / a newsletter's offer / comments).
    // (Or their heading alone, the tags a line each under it: "Schlagwörter zu diesem Artikel" /
    // "Geburtshilfe" / "Krankenhäuser".)
    if (words >= END_AFTER_WORDS && ((t.includes(":") && isTagList(t)) || (isTagsHeading(t) && tagUnder(lines, i))) && !storyGoesOn(lines, i)) {
      // (A note on the writer may stand right under the tags: "Jane Roe" / "Jane Roe is a staff writer …".)
      for (let j = i + 1, seen = 0; j < lines.length && seen < WRITER_NOTE_UNDER_TAGS; j++) {
        if (lines[j]!.text.trim() === "") continue;
        offerWriterNote(lines[j]!.text.trim(), lines[j]!.n, offer);
        seen++;
      }
      offerPageBottom(lines, i, offer);
      break;
    }
    // The writer's byline under the story, as blog templates set it ("Written By Jane Roe" / tags /
    // share buttons): the writer, where the page names none over the story, and the page's bottom.
    // (Or the writer's label of an author's box, in the archive's languages: "Autor: Jane Roe" / "Dziennikarka …".)
    const closing = words >= COMMENTS_AFTER_WORDS && t.length <= 80 ? closingWriter(t.trim()) : null;
    // (A bare "By Jane Roe" only over a service's or outlet's name, or at the text's end: a book's
    // byline may stand over its extract, "By Jane Roe" / "LUCK and good instincts led …".)
    // (One with another language's word for "by" only where no story follows within a few lines:
    // a live blog's entry has its own, "Por: Redacción" / "10:05 a. m." / the entry.)
    if (closing && isPersonName(closing) && !storyGoesOn(lines, i) && !screenCredits(lines, i) && (!/^by\s/iu.test(t.trim()) || serviceUnder(lines, i)) && !(FOREIGN_BY.test(t.trim()) && (proseWithin(lines, i, PROSE_REACH) || timeUnder(lines, i)))) {
      offer("author", closing, RANK_META + 2, lines[i]!.n, "byline under the story");
      offerPageBottom(lines, i + 1, offer);
      break;
    }
    // A writer's sign-off with their job over the post's date, as a club's or a school's site closes a
    // post: "Jane Roe, Racing Secretary" / "Posted 5th August 2024".
    const post = words >= COMMENTS_AFTER_WORDS && t.length <= 80 && t.includes(",") && wordsIn(t, 9) <= 8 ? signedPost(lines, i) : null;
    if (post) {
      offer("author", post.name, RANK_META + 2, lines[i]!.n, "writer over the post's date");
      offer("date", post.date, RANK_PUBLISHED + 1, lines[post.at]!.n, "post's date under its writer");
      offerPageBottom(lines, post.at + 1, offer);
      break;
    }
    // A post's footer, its date and writer on one line, as blog templates close a post: "Posted 28th
    // December 2024 by Jane Roe in Call-outs, News". What follows it is the page's (an appeal, the
    // links to other posts), unless the story goes on.
    // (Or the writer's credit with the date: "Written by Jane Roe, Campaigns Officer | 13.11.2024".)
    const footer = words >= COMMENTS_AFTER_WORDS && t.length <= 120 && (PUBLISHED.test(t) || WRITTEN_BY.test(t)) ? readStamp(t.trim()) : null;
    if (footer?.published && footer.authors.length > 0 && footer.authors.every(isPersonName) && !storyGoesOn(lines, i)) {
      offer("author", footer.authors.join(" and "), RANK_META + 2, lines[i]!.n, "post's footer");
      offer("date", footer.published, RANK_PUBLISHED + 1, lines[i]!.n, "post's footer");
      offerPageBottom(lines, i + 1, offer);
      break;
    }
    if ((words >= CLOSING_RULE_AFTER_WORDS && isClosingRule(lines, furniture, i)) || (words >= END_AFTER_WORDS && isGalleryTail(lines, i))) {
      offerPageBottom(lines, i, offer);
      break;
    }
    // A box drawn with a text tool's lines set into the story: a sidebar (related links, a fact box,
    // a timeline, an offer), not the story's running text.
    // (So is a timeline under its heading, "TIMELINE: …" / "2013 — …" / "2014 — …", a heading the
    // page's furniture may already hold; and a fact box's short lines under "FAKTA", "At a glance".)
    const box = words >= END_AFTER_WORDS ? Math.max(sidebarBoxEnd(lines, i), timelineEnd(lines, i), factsBoxEnd(lines, i)) : -1;
    if (box > i) {
      // (A box of links may run on into the next story's header: the story ends there.)
      const header = words >= COMMENTS_AFTER_WORDS ? nextStoryHeaderIn(lines, i + 1, box) : -1;
      if (header >= 0) {
        offerPageBottom(lines, header, offer);
        break;
      }
      i = box;
      continue;
    }
    // A label over a list of links to other stories set into the story: "READ MORE:" / "* Firefighters
    // battle scrub fire near Raglan" / "* Hamilton school hit by arson …" (items that end no sentence).
    if (LINK_LIST_LABEL.test(t.trim())) {
      let j = i + 1;
      // (Not into the next story's header: see isNextStoryHeader.)
      while (j < lines.length && (lines[j]!.text.trim() === "" || (LINK_ITEM.test(lines[j]!.text.trim()) && !(words >= COMMENTS_AFTER_WORDS && isNextStoryHeader(lines, j))))) j++;
      if (j > i + 1 && lines.slice(i + 1, j).some((l) => l.text.trim() !== "")) {
        i = j - 1;
        continue;
      }
      // (Or without bullets, a headline a line right under the label, a blank line closing them: "Read
      // more" / "New hawkers get help with start-up costs" / "Why are younger people giving it a go?".)
      // (The story's paragraphs on either side stay apart, where no blank line parts them from the list.)
      // (Only where the story goes on under them: at its end such a list is the page's, and ends it.)
      const end = lastHeadlineUnder(lines, i);
      // (A subheading may stand between the list and the story's next paragraph.)
      const after = end > i ? nextText(lines, end) : -1;
      const then = after >= 0 ? nextText(lines, after) : -1;
      if (after >= 0 && (isProse(lines[after]!.text) || (then >= 0 && wordsIn(lines[after]!.text, 9) <= 8 && !endsSentence(lines[after]!.text) && isProse(lines[then]!.text)))) {
        out.push(line(lines[end]!.n, ""));
        i = end;
        continue;
      }
    }
    // A newsletter's sign-up form set into the page: its name and tagline over the address field go.
    if (words >= END_AFTER_WORDS && t.length <= 80 && EMAIL_FIELD.test(t.trim())) {
      dropSignUpForm(out, lines, i);
      continue;
    }
    // (Or over its button alone, the box naming the newsletter: "Sign up to the Example newsletter" /
    // "The week's news from across the county, every Friday." / "Sign up".)
    if (words >= END_AFTER_WORDS && t.length <= 30 && SIGN_UP_BUTTON.test(t.trim()) && newsletterBoxOver(lines, i)) {
      dropSignUpForm(out, lines, i);
      continue;
    }
    if (furniture[i]) offerFooter(t, lines[i]!.n, offer);
    if (furniture[i]) continue;
    // A writer's rights run onto the last line of a poem or column ("… life's great unknown.
    // copyright by: Jane Roe") end the story, as a rights line of its own does.
    const rights = words >= END_AFTER_WORDS && /opyright|©/u.test(t) ? RIGHTS_RUN_ON.exec(t) : null;
    if (rights) {
      out.push(line(lines[i]!.n, t.slice(0, rights.index)));
      offerFooter(rights[1]!, lines[i]!.n, offer);
      offerPageBottom(lines, i + 1, offer);
      break;
    }
    // An agency's and its editor's initials closing a paragraph go first: with its slash, "(ats/nxp)"
    // would pass for a photo's credit, and a short paragraph for its caption.
    const tag = t.endsWith(")") ? AGENCY_TAG.exec(t) : null;
    // An agency's rights and its reporter closing the last paragraph, as AFP's Japanese service
    // signs: "…と指摘している。(c)AFP/Jane ROE".
    const signed = t.includes("(c)") ? AGENCY_SIGNATURE.exec(t) : null;
    if (signed) {
      out.push(line(lines[i]!.n, t.slice(0, signed.index)));
      offer("author", signed[2]!, RANK_META + 2, lines[i]!.n, "agency's signature");
      offer("source", signed[1]!, 6, lines[i]!.n, "agency's signature");
      words += signed.index / 6;
      continue;
    }
    if (tag) {
      out.push(line(lines[i]!.n, t.slice(0, tag.index)));
      words += tag.index / 6;
      continue;
    }
    // A Taiwanese agency's editor and its day code run onto the last sentence: "…上網招標。（編輯：陳建宏）1140410".
    const editor = t.includes("編輯") || t.includes("编辑") ? HAN_EDITOR_TAG.exec(t) : null;
    if (editor) {
      out.push(line(lines[i]!.n, t.slice(0, editor.index)));
      words += editor.index / 6;
      continue;
    }
    // The story's last sentence with its source's tag, "… has not been set. (CKRW)", with the
    // story's byline or the page's furniture under it: the sentence stays, the tag is its source
    // (a caption would have the same shape, with more of the story under it).
    const sourceTag = words >= END_AFTER_WORDS && t.endsWith(")") ? taggedLastSentence(t, lines, furniture, i) : null;
    if (sourceTag) {
      out.push(line(lines[i]!.n, t.slice(0, sourceTag.index + 1)));
      offer("source", sourceTag[2], 5, lines[i]!.n, "source tag");
      words += t.length / 6;
      continue;
    }
    // A caption goes, and an outlet's name alone under it is its credit ("The Canadian Press").
    if (isCaption(t) || (afterCaption && isOutlet(t))) {
      afterCaption = true;
      continue;
    }
    // (Over the story's first words, a word or two under the caption are its credit or the page's
    // counters: "Enlarge / The router, one of the affected models." / "Meshline" / "214".)
    if (afterCaption && words === 0 && wordsIn(t, 3) <= 2 && !endsSentence(t)) continue;
    afterCaption = false;
    // A link to another story set into this one: "READ MORE: Families of victims say …", "Opinion:
    // Did we learn nothing?" (a title, not a sentence of the story's: "Analysis: Roe said that …").
    if ((LINK_LEAD.test(t) || BAR_LINK_LEAD.test(t) || OPINION_LINK.test(t) || (t.includes("итайте") && READ_IN_ARTICLE.test(t))) && wordsIn(t, 31) <= 30) continue;
    // A "More…" link run on after a paragraph's last sentence: "… from liberal media outlets.—More…",
    // or the page's buttons: "… was first published May 26, 2023. SHARE:Report an error".
    // (The run-on patterns are tried only on a line that ends as they do: unanchored at the start,
    // each is tried at every position of the line.)
    const more = (MORE_LINK_END.test(t.slice(-MORE_LINK_REACH)) ? MORE_LINK.exec(t) : null) ?? (RUN_ON_END.test(t.slice(-RUN_ON_REACH)) ? RUN_ON_BUTTONS.exec(t) ?? FULL_TEXT_GONE.exec(t) : null);
    let kept = more ? t.slice(0, more.index) : t;
    // (A wire note may stand over those buttons: it is looked for once they are cut.)
    const published = kept.includes("first published") ? FIRST_PUBLISHED_RUN_ON.exec(kept) : null;
    if (published) {
      offerStampDate(published[1]!, lines[i]!.n, offer, "note run onto the story");
      kept = kept.slice(0, published.index);
    }
    if (kept !== t) {
      out.push(line(lines[i]!.n, kept));
      words += kept.length / 6;
      continue;
    }
    // An advertisement's marker run onto the paragraph under it: "Continued below... In August …".
    const marker = AD_MARKER.exec(t);
    if (marker) {
      out.push(line(lines[i]!.n, t.slice(marker[0].length)));
      words += (t.length - marker[0].length) / 6;
      continue;
    }
    if (isWidgetHeading(t)) {
      const last = skipWidget(lines, furniture, i);
      // (A widget's list may run on into the next story's header: the story ends there.)
      const header = words >= COMMENTS_AFTER_WORDS ? nextStoryHeaderIn(lines, i + 1, last) : -1;
      if (header >= 0) {
        offerPageBottom(lines, header, offer);
        break;
      }
      // (A widget's list may run to the page's rights line, which still names the site: "© 2020
      // Example News LLC. All rights reserved." under "Related Posts" and its links.)
      for (let k = i + 1; k <= last; k++) if (RIGHTS_LINE.test(lines[k]!.text)) offerFooter(lines[k]!.text, lines[k]!.n, offer);
      // (Comments under the list end the story however short it is: the list has set them apart.)
      let next = last + 1;
      while (next < lines.length && lines[next]!.text === "") next++;
      if (next < lines.length && isCommentsMarker(lines[next]!.text)) {
        offerPageBottom(lines, next, offer);
        break;
      }
      i = last;
      out.push(line(lines[i]!.n, ""));
      continue;
    }
    // A wiki's section heading keeps its words, not its edit link: "Victims[edit]" -> "Victims".
    const edit = t.endsWith("]") ? WIKI_EDIT_LINK.exec(t) : null;
    out.push(edit ? line(lines[i]!.n, t.slice(0, edit.index)) : lines[i]!);
    // The picture a wiki sets at a section's top has its caption on the line under the heading.
    if (edit) i = skipWikiCaption(lines, furniture, i);
    // Roughly six characters a word is enough to tell a story's start from its body.
    words += t.length / 6;
  }
  return out;
}

// A news agency's and its editor's initials in brackets after a paragraph's last sentence, as Swiss
// papers print them: "… par an. (ats/nxp)", "(afp/nxp)". Lower case only ("(TCP/IP)" is no credit).
const HAN_EDITOR_TAG = /(?<=[。！？」』”])\s*[（(](?:編輯|编辑|責任編輯|责任编辑)[：:][^）)]{1,20}[）)]\s*\d{0,8}$/u;
const AGENCY_TAG = /(?<=[.!?…»"”'’])\s*\((?:[a-z]{2,6}\/){1,3}[a-z]{2,6}\)$/u;

const AGENCY_SIGNATURE = /(?<=[.!?。」"”])\s*\(c\)\s*(\p{Lu}{2,8})\s*\/\s*(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3})\s*$/u;

/** The most words of a picture's caption under a wiki's section heading. */
const WIKI_CAPTION_WORDS = 15;
/** The most words of one that points at its picture ("… in this picture …"), or ends on no stop. */
const WIKI_POINTING_CAPTION_WORDS = 30;
/** The fewest words of a caption that ends on no stop (a subheading has fewer). */
const WIKI_UNSTOPPED_CAPTION_MIN_WORDS = 6;
// A section whose items a wiki lists without stops: "In popular culture[edit]", "Works[edit]".
const LIST_SECTION = /^(?:in (?:popular culture|media|fiction|film|literature|music|television|art|the arts)|popular culture|cultural references|cultural depictions|depictions|portrayals|appearances|legacy|works|selected works|bibliography|discography|filmography|publications|see also|further reading|external links|references|notes|awards|honours|honors)\b/iu;
const IN_THIS_PICTURE = /\b(?:in|on) this (?:picture|photo|photograph|image)\b|, (?:seen|shown|pictured) (?:here|above|below|right|left)\b/u;
/** The fewest words of the paragraph under such a caption: the section's text. */
const WIKI_SECTION_WORDS = 40;

/**
 * Past a picture's caption under the wiki section heading at line i: one short sentence without a
 * reference mark ("Vigile devant le Métropolis le 5 septembre 2012."), or one the wiki marks as an
 * outside picture's ("External image …"), with a long paragraph under it. Returns the index of the
 * last line skipped (i when there is no caption).
 */
function skipWikiCaption(lines: Line[], furniture: boolean[], i: number): number {
  const j = nextStoryLine(lines, furniture, i);
  const t = lines[j]?.text ?? "";
  if (t.startsWith("External image ")) return j;
  // (It ends on a full stop, or on no stop after six words or more: a subheading is shorter, and
  // has an edit link of its own; a list's lead-in ends on a colon. A longer sentence is a caption
  // when it points at its picture: "… on sentry duty, similar to the sentries in this picture, …".)
  if (/\[\d+\]|\[[a-z]\]/u.test(t) || !isOneSentence(t)) return i;
  const words = wordsIn(t, WIKI_POINTING_CAPTION_WORDS + 1);
  const stopped = /[\p{Ll}\p{N}]\.$/u.test(t);
  const caption = stopped
    ? words <= WIKI_CAPTION_WORDS || (words <= WIKI_POINTING_CAPTION_WORDS && IN_THIS_PICTURE.test(t))
    : words >= WIKI_UNSTOPPED_CAPTION_MIN_WORDS && words <= WIKI_POINTING_CAPTION_WORDS && /[\p{L}\p{N})]$/u.test(t) && !LIST_SECTION.test(lines[i]!.text);
  if (!caption) return i;
  const next = lines[nextStoryLine(lines, furniture, j)]?.text ?? "";
  return isProse(next) && wordsIn(next, WIKI_SECTION_WORDS) >= WIKI_SECTION_WORDS ? j : i;
}

// A wiki section heading's edit link, in the languages of the archive's wikis.
const WIKI_EDIT_LINK = /(?<=\S)\s*\[(?:edit|modifier(?: \| modifier le code)?|bearbeiten(?: \| quelltext bearbeiten)?|editar(?: \| editar código)?|править(?: \| править код)?)\]$/iu;

// A rule across the page: three or more stars, dashes, underscores or equals signs ("* * *").
const RULE = /^(?:([*_=~-])\s*)\1(?:\s*\1)+$/u;
/** The story must have run this far (in words) before a rule can close it. */
const CLOSING_RULE_AFTER_WORDS = 100;
/** The most words that may stand between a closing rule and the page's end or bottom. */
const CLOSING_RULE_WORDS = 40;

/**
 * A rule that sets off what closes the page from the story: a note, a promotion, where the piece
 * first ran ("This column first ran on …"), a copyright line. Under it, before the page's bottom
 * (an end marker) or its end, stand at most a few short lines; a rule between two parts of a
 * story ("* * *") has a part of the story under it.
 */
function isClosingRule(lines: Line[], furniture: boolean[], i: number): boolean {
  if (!RULE.test(lines[i]!.text)) return false;
  let words = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j]!.text;
    if (t === "") continue;
    if (isEndMarker(t)) break;
    if (furniture[j]) continue;
    words += wordsIn(t, CLOSING_RULE_WORDS + 1);
    if (words > CLOSING_RULE_WORDS) return false;
  }
  return true;
}

const GALLERY = /^(?:photos|photo gallery|gallery|images)$/i;
/** The most captions a gallery under the story shows before its share label. */
const GALLERY_CAPTIONS = 6;

/**
 * A gallery under the story: its label ("Photos") over a few captions, then a share label
 * ("Share:"); the captions may repeat the story's sentences, and are no part of it.
 */
function isGalleryTail(lines: Line[], i: number): boolean {
  if (!GALLERY.test(lines[i]!.text)) return false;
  let captions = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j]!.text;
    if (t === "") continue;
    if (/^share(?: this)?:?$/i.test(t)) return true;
    if (++captions > GALLERY_CAPTIONS || wordsIn(t, 61) > 60) return false;
  }
  return false;
}

// A promotion's button: the page's offers begin after the story ("2023 Risk Forecast", "What you
// need to know", "Download now").
const PROMO_BUTTON = /^(?:download (?:it |the (?:report|app|guide) )?now|learn more|find out more|sign up (?:now|today)|subscribe (?:now|today)|get started|request a demo|shop now|buy now|register (?:now|today)|try it (?:free|now)|start (?:your |a )?free trial)[.!]?$/i;
// A box's top and bottom edges as text tools draw them: "┌────┐", "╔════╗", "└────┘".
const BOX_TOP = /^[┌╔┏╭][─═━┬╤┳]{8,}[┐╗┓╮]?$/u;
const BOX_BOTTOM = /^[└╚┗╰][─═━┴╧┻]{8,}[┘╝┛╯]?$/u;
/** The most words a sidebar's box holds (a story laid out in one box, as a table, holds more). */
const SIDEBAR_WORDS = 150;

/** The index of the bottom edge of a box whose top edge is line i, holding a sidebar's few words, or -1. */
function sidebarBoxEnd(lines: Line[], i: number): number {
  const top = lines[i]!.text.trim();
  // (A box a text browser draws with one character, "-----" over and under, holds a link or a
  // label's few words; longer, the rules set off a part of the story itself.)
  const ascii = ASCII_RULE.exec(top);
  // (Or with corners of "+" and sides of "|", as a plain-text newsletter or a table tool draws it:
  // "+------+" / "| FACT FILE |" / "+------+".)
  if (!ascii && PLUS_BOX.test(top)) return plusBoxEnd(lines, i, top);
  if (!ascii && !BOX_TOP.test(top)) return -1;
  const most = ascii ? ASCII_BOX_WORDS : SIDEBAR_WORDS;
  let words = 0;
  for (let j = i + 1; j < lines.length && j <= i + 40; j++) {
    const t = lines[j]!.text.trim();
    if (ascii ? t.length >= 10 && t === ascii[1]!.repeat(t.length) : BOX_BOTTOM.test(t)) return words > 0 ? j : -1;
    // (A link's title ends no sentence, and takes two lines at most: a quotation set between rules
    // is the story's.)
    if (ascii && t !== "" && (endsSentence(t) || j > i + 2)) return -1;
    words += wordsIn(t, most + 1);
    if (words > most) return -1;
  }
  return -1;
}

const PLUS_BOX = /^\+[-=]{8,}\+$/u;

/** The bottom edge of a box drawn with "+", "-" and "|" whose top edge (`top`) is line i: the top
 *  again, with a side's line ("| … |") under the top. (Between them, a table's columns set apart
 *  by spaces may have been cut into lines of their own.) */
function plusBoxEnd(lines: Line[], i: number, top: string): number {
  let words = 0;
  for (let j = i + 1; j < lines.length && j <= i + 60; j++) {
    const t = lines[j]!.text.trim();
    if (t.length === top.length && PLUS_BOX.test(t)) {
      // (A rule under the box's heading parts it from its rows: the box goes on while a side follows.)
      const next = lines.slice(j + 1, j + 3).find((l) => l.text.trim() !== "")?.text.trim() ?? "";
      if (next.startsWith("|")) continue;
      return words > 0 ? j : -1;
    }
    if (j === i + 1 && !t.startsWith("|")) return -1;
    words += wordsIn(t, SIDEBAR_WORDS + 1);
    if (words > SIDEBAR_WORDS) return -1;
  }
  return -1;
}

// A rule of one character, "------------", "============", as a box's edge.
const ASCII_RULE = /^([-=_~*#])\1{9,}$/u;
/** The most words a box of one-character rules holds. */
const ASCII_BOX_WORDS = 30;

/** The most lines a promotion's heading and tagline take over its button. */
const PROMO_HEADING_LINES = 4;

/** Whether the line under line i names a service or an outlet, every word capitalised ("Local
 *  Democracy Reporting Service"), or none follows. */
function serviceUnder(lines: Line[], i: number): boolean {
  const next = nextText(lines, i);
  return next < 0 || (wordsIn(lines[next]!.text, 7) <= 6 && SERVICE_NAME.test(lines[next]!.text.trim()));
}
const SERVICE_NAME = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|for|and|the|de|&))*$/u;

const NAME_THEN_TITLE = /^([^,]{3,40}?),\s*\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|for|and|the)){0,4}$/u;

/** A name with its job on line i ("Jane Roe, Racing Secretary") over a stamp with the post's date,
 *  and no more story under them: the writer, the date and the stamp's line. */
function signedPost(lines: Line[], i: number): { name: string; date: string; at: number } | null {
  // (A date under it first, the cheap test.)
  const under = nextText(lines, i);
  if (under < 0 || !/\d/u.test(lines[under]!.text) || lines[under]!.text.length > 60) return null;
  // (A job of the club's or the school's own, capitalised, as well as a newsroom's: "Racing Secretary".)
  const name = nameWithRole(lines[i]!.text.trim()) ?? NAME_THEN_TITLE.exec(lines[i]!.text.trim())?.[1] ?? null;
  if (!name || !isPersonName(name)) return null;
  const stamp = readStamp(lines[under]!.text.trim());
  if (!stamp?.published || storyGoesOn(lines, under)) return null;
  // (Short lines under them, the page's: not another article's byline and date over its story, set in
  // lines wrapped short, "Jane Roe, Example Journal" / "Sunday, September 18 2011" / "It was pitch black …".)
  for (let k = nextText(lines, under), seen = 0; k >= 0 && seen < 2; k = nextText(lines, k), seen++) if (wordsIn(lines[k]!.text, 7) > 6) return null;
  return { name, date: stamp.published, at: under };
}

/** Whether the line under line i is a tag: a few words, no sentence. */
function tagUnder(lines: Line[], i: number): boolean {
  const next = nextText(lines, i);
  return next >= 0 && wordsIn(lines[next]!.text, 6) <= 5 && !endsSentence(lines[next]!.text);
}

const WRITTEN_BY = /^(?:written|posted|published|words) by\s/iu;

// A closing byline with another language's word for "by" and its colon.
const FOREIGN_BY = /^(?:por|par|von|di|door|af|av|przez)\s?:/iu;
/** How many lines under a closing byline in another language are looked at for more story. */
const PROSE_REACH = 6;

/** Whether a paragraph of prose (a sentence of 25 words or more) stands within `reach` lines with text under line i. */
function proseWithin(lines: Line[], i: number, reach: number): boolean {
  for (let j = i + 1, seen = 0; j < lines.length && seen < reach; j++) {
    const t = lines[j]!.text;
    if (t === "") continue;
    seen++;
    if (isProse(t) && endsSentence(t) && wordsIn(t, 25) >= 25) return true;
  }
  return false;
}

/** Whether a time or a stamp stands right under line i: a live blog's entry, "Por: Jane Roe" / "10:05 a. m.". */
function timeUnder(lines: Line[], i: number): boolean {
  const next = nextText(lines, i);
  if (next < 0) return false;
  const t = lines[next]!.text.trim();
  return t.length <= 60 && (/^\d{1,2}[:.h]\d{2}\b/u.test(t) || readStamp(t) !== null);
}

/** Whether two paragraphs of story follow line i: sentences of 25 words or more, each. */
function storyGoesOn(lines: Line[], i: number): boolean {
  let found = 0;
  for (let j = i + 1; j < lines.length && found < 2; j++) {
    const t = lines[j]!.text;
    // (Past the box's own lines under its button: "Already a subscriber? Log in".)
    if (t === "" || (found === 0 && t.length <= 80 && isBoilerplate(t))) continue;
    if (!isProse(t) || !endsSentence(t) || wordsIn(t, 25) < 25) return false;
    found++;
  }
  return found === 2;
}

// An offer's words: "Subscribe to Example for just $1 for your first 3 months. Unlimited digital access …".
const OFFER = /\b(?:subscri(?:be|ption)|unlimited (?:digital )?access|free trial|per (?:month|week)|first \d+ (?:months?|weeks?)|e-edition|sign up|membership)\b/i;

/** Takes the offer over an inline offer's button off the story: its last paragraph, if it reads as one. */
function dropInlineOffer(out: Line[]): void {
  let k = out.length - 1;
  while (k >= 0 && out[k]!.text === "") k--;
  if (k >= 0 && wordsIn(out[k]!.text, 61) <= 60 && OFFER.test(out[k]!.text)) out.length = k;
}

// A sign-up form's address field: "Email (required)", "Your email address *", "E-mail:".
// (Not "Email" alone, a share bar's button.)
// (In the archive's other languages too, with a colon or as a text browser draws the field and its
// button, "E-Mail-Adresse ____________ [27]Jetzt anmelden", "Adresse e-mail [__________] [S'inscrire]":
// the words alone may be a share bar's button, "Correo electrónico".)
const EMAIL_LABEL = "e-?mail-?adresse|adresse (?:e-?mail|électronique|courriel)|correo electrónico|endereço de e-?mail|indirizzo e-?mail|e-?mailadres|e-?postadress|adres e-?mail";
const EMAIL_FIELD = new RegExp(
  String.raw`^(?:(?:your |enter your )e-?mail(?: address)?|e-?mail address|e-?mail\s*(?:\((?:required|obligatoire|obligatorio|erforderlich|obbligatorio)\)|\*|:))\s*\*?:?$` +
    String.raw`|^(?:${EMAIL_LABEL})\s*[*:]$` +
    String.raw`|^(?:(?:your |enter your )?e-?mail(?: address)?|${EMAIL_LABEL})\s*[*:]?\s*(?:\[\s*_{3,}\s*\]|_{3,})(?:\s*(?:\[\d+\])?\[?[\p{L} !'’]{2,30}\]?)?$`,
  "iu",
);

/** The most words of a line of a sign-up box's name or tagline. */
const SIGN_UP_LINE_WORDS = 20;

/**
 * A newsletter's sign-up form whose address field is line `field`: the newsletter's name and tagline
 * right over the field ("The Example Daily" / "A free daily digest of the news that matters most." /
 * "Email (required)" / "Sign Up"), short lines three at most, dropped from the story with the field;
 * only when a blank line, the page's top or the count closes them off (a longer line right over
 * them is the story's, and so are they).
 */
function dropSignUpForm(out: Line[], lines: Line[], field: number): void {
  // (Pieces of one line a scraper ran together share its number: no box is told from the story so.)
  if (field > 0 && lines[field - 1]!.n === lines[field]!.n) return;
  const box = new Set<number>();
  let closed = false;
  for (let j = field - 1; j >= field - 4; j--) {
    if (j < 0 || j === field - 4 || lines[j]!.text.trim() === "") {
      closed = true;
      break;
    }
    // (A longer tagline under the box's heading, "Sign up to our Example newsletter" / "A monthly
    // celebration of the diversity of animals, plants and other …", is the box's too.)
    const long = wordsIn(lines[j]!.text, SIGN_UP_LINE_WORDS + 1) > SIGN_UP_LINE_WORDS;
    if (long && !(j > 0 && NEWSLETTER_WORD.test(lines[j - 1]!.text) && wordsIn(lines[j - 1]!.text, 13) <= 12 && wordsIn(lines[j]!.text, 31) <= 30)) break;
    box.add(lines[j]!.n);
    // (The box's heading names it, and tops it: on a page copied without blank lines the story's last
    // short line stands right over it, "… sur place jeudi." / "Votre newsletter personnalisée" / …)
    if (NEWSLETTER_WORD.test(lines[j]!.text)) {
      closed = true;
      break;
    }
  }
  if (!closed) box.clear();
  while (out.length > 0 && (out[out.length - 1]!.text === "" || box.has(out[out.length - 1]!.n) || out[out.length - 1]!.n >= lines[field]!.n)) out.pop();
}

/** The most headlines in a list under a link list's label without bullets. */
const UNBULLETED_LINKS = 4;

/**
 * The last line of a list of other stories' headlines right under a link list's label at line
 * `label`, without bullets: one to four lines, each a headline's length and shape (no sentence's
 * stop, though a question may end one), closed by a blank line, the page's end or a paragraph of
 * prose; `label` if not so.
 */
function lastHeadlineUnder(lines: Line[], label: number): number {
  let j = label + 1;
  let items = 0;
  for (; j < lines.length && lines[j]!.text.trim() !== ""; j++) {
    const t = lines[j]!.text.trim();
    // (Or by the story's next paragraph, on a page copied without blank lines.)
    if (items > 0 && isProse(t) && wordsIn(t, 16) > 15) break;
    // (Each headline may have its date under it, "Feb. 12, 2025", which is no item.)
    if (items > 0 && t.length <= 30 && isDateLine(t)) continue;
    // (A headline in title case may end on a stop: "Lake Powell Is Shrinking. So Is the Town That Depends on It.")
    // (In a script without capitals or spaces, a headline of eight to sixty characters with no stop.)
    const caseless = /^\p{Lo}/u.test(t);
    if (++items > UNBULLETED_LINKS || t.length > 150 || (/[.!:;,。！]["”’」]?$/u.test(t) && !(/\.$/u.test(t) && titleCased(t))) || (caseless ? t.length < 8 || t.length > 60 : !/^["“‘¿¡]?\p{Lu}/u.test(t) || wordsIn(t, 26) < 4 || wordsIn(t, 26) > 25)) return label;
  }
  return items > 0 ? j - 1 : label;
}

// A sign-up box's button: "Sign up", "Subscribe now", "Jetzt anmelden", "S'inscrire".
const SIGN_UP_BUTTON = /^(?:sign (?:me )?up|subscribe|join|register|abonnieren|anmelden|jetzt anmelden|s['’]inscrire|je m['’]inscris|suscribirse|suscríbete|inscrever|inscreva-se|iscriviti|aanmelden|inschrijven|prenumerera|tilmeld)(?: (?:now|today|for free|free|here))?(?: (?:to|for) (?:the |our )?newsletters?)?\s*[.!>»›]?$/iu;
// Words that name a newsletter in its box's heading.
const NEWSLETTER_WORD = /newsletter|bulletin|briefing|digest|inbox|e-?mail updates|rundbrief|infolettre|boletín|boletim|nieuwsbrief|nyhetsbrev|nyhedsbrev/iu;

/** Whether the short lines right over a button, closed off by a blank line, name a newsletter. */
function newsletterBoxOver(lines: Line[], button: number): boolean {
  for (let j = button - 1; j >= 0 && j >= button - 3; j--) {
    const t = lines[j]!.text.trim();
    if (t === "" || wordsIn(t, SIGN_UP_LINE_WORDS + 1) > SIGN_UP_LINE_WORDS) return false;
    if (NEWSLETTER_WORD.test(t)) return true;
  }
  return false;
}

// A feed reader's line under an item's headline: the writer, the site's address and the time, parted
// by dots ("by Jane Roe · example.co.nz · Tue, 14 Jan 2025 15:40").
const FEED_ITEM_BYLINE = /^[Bb]y\s[^·]{2,60}\s·\s[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\s·\s/u;

/**
 * Whether line i is another story's headline over its own byline and date: a headline's shape, then
 * within the next three lines a writer's line ("Por: Redacción …", "By Jane Roe") and a stamp that
 * gives a day. (A live blog's entries carry a writer and a time, rarely a day.)
 */
function isNextStoryHeader(lines: Line[], i: number): boolean {
  const t = lines[i]!.text.trim();
  if (t.length <= 320 && t.includes(":") && RUN_TOGETHER_HEADER.test(t) && isHeaderRunTogether(t)) return true;
  if (t.length > 200 || endsSentence(t) || wordsIn(t, 4) < 4 || wordsIn(t, 31) > 30 || !looksLikeHeadline(t)) return false;
  let writer = false;
  let dated = false;
  for (let j = i + 1, seen = 0; j < lines.length && seen < 3; j++) {
    const u = lines[j]!.text.trim();
    if (u === "") continue;
    seen++;
    // (The writer and the date on one line, as a feed reader sets an item's: "by Jane Roe ·
    // example.co.nz · Tue, 14 Jan 2025 15:40".)
    if (!writer && !dated && u.length <= 120 && FEED_ITEM_BYLINE.test(u) && readStamp(u)?.published) return true;
    // (A bare name counts under a heading that says the next article follows: "Következő cikk" / a
    // section / the headline / "Jane Roe" / the date; or under a post's "Next article" label.)
    if (!writer && u.length <= 80 && (isWriterLine(u) || (isPersonName(u) && nextArticleOver(lines, i)))) writer = true;
    else if (!dated && u.length <= 80 && readStamp(u)?.published) dated = true;
    else return false;
    if (writer && dated) return true;
  }
  return false;
}

/** Whether a heading over the next article stands within the three lines with text over line i. */
function nextArticleOver(lines: Line[], i: number): boolean {
  for (let j = i - 1, seen = 0; j >= 0 && seen < 3; j--) {
    const t = lines[j]!.text.trim();
    if (t === "") continue;
    seen++;
    if (isWidgetHeading(t) || (t.length <= 30 && PREV_NEXT_LABEL.test(t))) return true;
  }
  return false;
}

/** The same header run onto one line, as a hard-wrapped page's lines are joined: "Alcaldía … activa
 *  plan de contingencia Por: Redacción Canal Andino Noticias marzo 12 de 2024 - 10:05 a. m.". */
function isHeaderRunTogether(t: string): boolean {
  const by = RUN_TOGETHER_HEADER.exec(t)!;
  const head = t.slice(0, by.index);
  const rest = t.slice(by.index + 1);
  const date = findDate(rest);
  if (!date || date.index === 0) return false;
  const writer = rest.slice(0, date.index).trim();
  return wordsIn(head, 4) >= 4 && wordsIn(head, 31) <= 30 && !endsSentence(head) && looksLikeHeadline(head) &&
    isWriterLine(writer) && !!readStamp(rest.slice(date.index).trim())?.published;
}

const PREV_OR_NEXT = /^(?:previous|prev|next|older|newer)(?: (?:post|article|story|entry|item|report|incident|news))?\s?:\s?\S.{2,150}$/iu;

// A video's running time alone on a line: "3:14", "12:05".
const VIDEO_TIME = /^\d{1,2}:\d{2}$/u;

/** Whether another time alone stands within three lines with text over line i or under line `next`. */
function timesNear(lines: Line[], i: number, next: number): boolean {
  for (const [from, step] of [[i - 1, -1], [next + 1, 1]] as const) {
    for (let j = from, seen = 0; j >= 0 && j < lines.length && seen < 3; j += step) {
      const t = lines[j]!.text.trim();
      if (t === "") continue;
      seen++;
      if (VIDEO_TIME.test(t)) return true;
    }
  }
  return false;
}

// A label of a post's link to the one before or after it, alone ("Next article", "Artículo
// anterior"), or with the linked headline run onto it ("Previous article2 young men …").
// (In the languages of Europe's larger sites: "Siguiente artículo", "Następny artykuł", "Další článek",
// "Следующая статья", "Nästa artikel", "Sonraki haber", "Következő cikk", "Articolul următor".)
const PREV_NEXT_LABEL = /^(?:(?:previous|prev|next|older|newer) (?:post|article|story|entry)|(?:artículo|entrada|noticia|nota) (?:anterior|siguiente)|(?:siguiente|anterior) (?:artículo|noticia|entrada|nota)|(?:article|billet) (?:précédent|suivant)|(?:vorheriger|nächster) (?:artikel|beitrag)|articolo (?:precedente|successivo)|(?:prossimo|precedente) articolo|(?:artigo|post) (?:anterior|seguinte)|próximo (?:artigo|post)|próxima notícia|notícia anterior|(?:vorig|volgend) (?:artikel|bericht)|(?:następny|poprzedni) (?:artykuł|wpis)|(?:další|předchozí) článek|(?:ďalší|predchádzajúci) článok|(?:следующая|предыдущая) (?:статья|новость)|(?:наступна|попередня) (?:стаття|новина)|(?:nästa|föregående) artikel|(?:næste|forrige) artikel|(?:neste|forrige) artikkel|(?:seuraava|edellinen) artikkeli|(?:sonraki|önceki) (?:haber|makale|yazı)|(?:következő|előző) cikk|articolul (?:următor|anterior))$/iu;
const PREV_NEXT_RUN_ON = /^(?:Previous|Next|Older|Newer) (?:post|article|story|entry)(?=[\p{Lu}\d])/u;

/** Whether line i is a post's link to the one before or after it: its label with the linked
 *  headline run onto it, or alone with a headline's shape on the next line with text. */
export function isPrevNextLink(lines: Line[], i: number): boolean {
  const t = lines[i]!.text.trim();
  if (PREV_NEXT_RUN_ON.test(t)) return looksLinked(t.replace(PREV_NEXT_RUN_ON, ""));
  if (t.length > 30 || !PREV_NEXT_LABEL.test(t)) return false;
  const next = nextText(lines, i);
  return next >= 0 && looksLinked(lines[next]!.text.trim());
}

/** A linked headline's shape: a capital or a figure first, four to 25 words, no sentence's stop. */
function looksLinked(t: string): boolean {
  // (An initialism may close one: "… during the shooting in Langley B.C.")
  return t.length <= 200 && /^["“‘]?[\p{Lu}\d]/u.test(t) && !/[.!:;,]["”’]?$/u.test(t.replace(INITIALISM_AT_END, "")) && wordsIn(t, 4) >= 4 && wordsIn(t, 26) <= 25;
}
const INITIALISM_AT_END = /(?<=\s)(?:\p{Lu}\.){2,3}$/u;

/** The first line from `from` to `to` (inclusive) that heads the next story (isNextStoryHeader); -1 if none. */
function nextStoryHeaderIn(lines: Line[], from: number, to: number): number {
  for (let k = from; k <= to; k++) if (lines[k]!.text !== "" && isNextStoryHeader(lines, k)) return k;
  return -1;
}

const RUN_TOGETHER_HEADER = new RegExp(`\\s(?:${BY_WORD})\\s?:\\s+\\p{Lu}`, "iu");
const BY_LABEL = new RegExp(`^(?:${BY_WORD})(?=\\s?:?\\s)`, "iu");
const NEXT_BYLINE = new RegExp(`^(?:${BY_WORD})\\s?:?\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){0,5}$`, "u");
/** A writer's line, "Por: Redacción …", "By Jane Roe": the label in any case ("BY"), the name capitalised. */
const isWriterLine = (t: string) => NEXT_BYLINE.test(t.replace(BY_LABEL, (w) => w.toLowerCase()));

// The offer's own sentence right over its button, in the reader's imperative, naming what it sells:
// "Get your Example 15 shirt now in the official club store." / "Shop Now", "Order your copy today."
// / "Buy now" (not a story's last sentence, "Book a flu jab at your GP surgery or local pharmacy.").
const OFFER_SENTENCE = /^(?:get|buy|order|grab|shop|pick up|pre-?order|book|reserve|download|subscribe to|sign up for|treat yourself to)\s(?:your|a|an|the|our|yours)\b(?=[^.!?]*\b(?:shirts?|jerseys?|kits?|tickets?|copy|copies|subscription|issues?|edition|membership|merch(?:andise)?|store|shop|app)\b)[^.!?]{3,140}[.!]$/iu;

/** Takes a promotion's heading off the end of the story: the lines over its button that end no sentence. */
function dropPromoHeading(out: Line[]): void {
  let taken = 0;
  while (out.length > 0 && taken < PROMO_HEADING_LINES) {
    const t = out[out.length - 1]!.text;
    if (t !== "" && taken === 0 && OFFER_SENTENCE.test(t.trim())) {
      out.pop();
      break;
    }
    if (t !== "" && (endsSentence(t) || wordsIn(t, 21) > 20)) break;
    if (t !== "") taken++;
    out.pop();
  }
}

// An author box's heading, in the languages of the archive: "Author", "Written by", "Autor",
// "L'auteur", "Sobre el autor", "Об авторе" ...
const AUTHOR_HEADING = /^(?:(?:the |about the )?authors?|written by|autor(?:in)?|über (?:den|die) autor(?:in)?|(?:l['’])?auteur|à propos de l['’]auteur|sobre el autor|acerca del autor|(?:об )?авторе?)\s*:?$/iu;
// A person's name alone on a line: two to four capitalised words, with the particles names carry.
const NAME_ALONE = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|di|de|da|du|van|von|der|den|del|della|la|le|dos|bin|al|ten|ter)){1,3}$/u;
// A photographer and the outlet in capitals under a caption: "JANE ROE, EXAMPLE LEDGER" (an outlet of
// words without stops: not a dateline's "NEW YORK, N.Y.").
const CAPITALS_CREDIT = /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){1,3}, \p{Lu}[\p{Lu}\d&'’-]+(?: [\p{Lu}\d&'’-]+){0,4}$/u;

/** An author box closing the story: its heading, then the author's name on the next line. */
function isAuthorBox(lines: Line[], i: number): boolean {
  if (lines[i]!.text.length > 40 || !AUTHOR_HEADING.test(lines[i]!.text)) return false;
  let j = i + 1;
  while (j < lines.length && lines[j]!.text === "") j++;
  return j < lines.length && NAME_ALONE.test(lines[j]!.text);
}

// A press release's heading over its issuer's standard paragraph: "About Example Corp:", "About the
// CMSA", "About Example OutdoorZ, an Example Brands Company:" (a name, not "About the new law").
const ABOUT_HEADING = /^About (?:the )?\p{Lu}[\p{L}\p{N}&.'’-]*(?:,? (?:\p{Lu}[\p{L}\p{N}&.'’-]*|an?|of|and|the|for|&))*:?$/u;

/** The issuer's paragraph closing a press release, under its "About …" heading (a menu's "About Us" has none). */
function isAboutBox(lines: Line[], i: number): boolean {
  if (lines[i]!.text.length > 60 || !ABOUT_HEADING.test(lines[i]!.text)) return false;
  const j = nextText(lines, i);
  return j >= 0 && isProse(lines[j]!.text) && wordsIn(lines[j]!.text, 20) >= 20;
}

/**
 * Marks as furniture a photo's credit on a line of its own and the caption it goes with: the line
 * over a credit that closes one, the line under a credit set above one. (Marked before the page
 * top is read, so that neither is taken for a standfirst or the story's start.)
 */
const PICTURE_WORD_ALONE = /^(?:image|photo|picture|foto|bild|imagen|immagine|imagem|фото)$/iu;

/** Whether the line under line i is a caption, or a caption-shaped line with a credit under it. */
function pictureCaptionUnder(lines: Line[], i: number): boolean {
  const caption = nextText(lines, i);
  if (caption < 0) return false;
  if (isCaption(lines[caption]!.text)) return true;
  let credit = nextText(lines, caption);
  // (Past the credit's label cut from the caption's end: "… on Monday." / "Credit..." / "Credit...Jane Roe".)
  if (credit >= 0 && CREDIT_LABEL_ALONE.test(lines[credit]!.text.trim())) credit = nextText(lines, credit);
  return credit >= 0 && isCaptionShaped(lines[caption]!.text) && creditLine(lines[credit]!.text) !== null;
}

const CAPTION_LABEL_ALONE = /^(?:image caption|photo caption|caption|legenda|bildunterschrift|légende|pie de foto|didascalia|подпись)\s?[:,]?$/iu;

/** The longest caption a holder's credit after the copyright sign closes ("© WMI - Jane Roe"). */
const SIGNED_CAPTION_CHARS = 120;

/** Whether `caption` opens with `alt` (three words or more, no stop) and ends a sentence a few words on. */
function altOverCaption(alt: string, caption: string): boolean {
  if (caption.length <= alt.length + 2 || !caption.startsWith(alt) || caption[alt.length] !== " ") return false;
  const more = wordsIn(caption.slice(alt.length), 13);
  return more >= 1 && more <= 12 && wordsIn(alt, 3) >= 3 && wordsIn(alt, 26) <= 25 && !endsSentence(alt) && endsSentence(caption);
}

const BY_NAME = new RegExp(`^(?:${BY_WORD})\\s?:?\\s+(\\p{Lu}.{2,60})$`, "iu");

/** A byline alone on its line: "Von Jane Roe", "By Jane Roe and John Doe". */
function isBylineAlone(t: string): boolean {
  const m = t.length <= 70 ? BY_NAME.exec(t.trim()) : null;
  return m !== null && splitNames(m[1]!).every(isPersonName);
}

export function markCaptions(lines: Line[], furniture: boolean[]): void {
  markGallery(lines, furniture);
  // The text's first line (see the credit below).
  const first = lines.findIndex((l) => l.text !== "");
  // Whether a line of prose stood above: an alt text over its caption is looked for inside the story.
  let sawProse = false;
  let captionBelow = false;
  let prev = -1;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t === "") continue;
    const proseAbove = sawProse;
    if (!sawProse && isProse(t)) sawProse = true;
    // A caption's label alone on its line, the caption under it: "Image caption," / "The sea wall …";
    // or a picture w3m shows by its file's name, its caption under it: "[oysters-bay-main]" / "Oyster
    // trestles at low tide." / the story.
    // (Or a picture's word alone, as a page copies the picture, over its caption: "Image" / "A dry boat
    // ramp at … on Monday.Credit..." / "Credit...Jane Roe".)
    if (CAPTION_LABEL_ALONE.test(t) || (PICTURE_FILE.test(t) && captionOverStory(lines, nextText(lines, i))) || (PICTURE_WORD_ALONE.test(t) && pictureCaptionUnder(lines, i))) {
      furniture[i] = true;
      const caption = nextText(lines, i);
      if (caption >= 0 && lines[caption]!.text.length <= 300) furniture[caption] = true;
      continue;
    }
    // A text browser's mark for a picture with the caption right under it, no blank line between:
    // "[IMG]" / "Cane trucks outside the mill last season. Photo: FILE" / blank / the story.
    const captionEnd = PICTURE_MARK.test(t) && i + 1 < lines.length && lines[i + 1]!.text !== "" ? captionUnderMark(lines, i + 1) : -1;
    if (captionEnd > i) {
      for (let k = i; k < captionEnd; k++) furniture[k] = true;
      continue;
    }
    // A caption said twice, as a photo's alternative text and as its caption, its credit between
    // them: "A van waits outside the library on Tuesday night." / "Jane Roe, Photo Editor" / the same
    // line. (Without a credit between, a line said twice in a row may be the lead, printed again
    // as the page's description: that is no caption.)
    // (Or a caption between two copies of its credit, as a gallery's slide gives it: "Foto: Jane Roe" /
    // "Die Feuerwehr war mit 40 Einsatzkräften vor Ort" / "Foto: Jane Roe".)
    // (Or said twice in a row with the credit after a dash in each, as alt text and caption: "Il ne
    // reste rien de la baraque, place Communale. - J.L." twice. A lead said again has no credit.)
    const credited = i + 1 < lines.length && lines[i + 1]!.text === t ? CREDIT_AFTER_DASH.exec(t) : null;
    if (credited && isCaptionShaped(credited[1]!)) {
      furniture[i] = furniture[i + 1] = true;
      i++;
      continue;
    }
    const again = Math.max(creditedBothSides(lines, i), captionAgain(lines, i));
    if (again > i) {
      for (let k = i; k <= again; k++) if (lines[k]!.text !== "") furniture[k] = true;
      prev = again;
      i = again;
      continue;
    }
    // A photo's alt text over its caption, which says it again and goes on a few words: "Engineers
    // flushing a hydrant on Norland Road" / "Engineers flushing a hydrant on Norland Road on Wednesday
    // evening." (no blank line between).
    // (Not over the story's first prose: a headline with its lead under it, no blank line between,
    // may open the same way.)
    if (proseAbove && i + 1 < lines.length && altOverCaption(t, lines[i + 1]!.text)) {
      furniture[i] = true;
      furniture[i + 1] = true;
      prev = i + 1;
      i++;
      continue;
    }
    // A caption with its credit at its end: "Commuters tap their cards at Cát Linh station. Ảnh:
    // Hoàng Long", "A parking attendant helps a motorist on Moi Avenue. Photo | Brian Otieno".
    if (isCaptionWithCredit(t)) {
      furniture[i] = true;
      prev = i;
      continue;
    }
    const found = creditLine(t);
    // (Not under the text's first line: a headline with its writers and outlet under it, "Jane Roe
    // and John Doe / Example News", has that credit's shape, and that line is the byline; nor over a
    // date stamp, where it is the byline too: "Jane Roe / TNN" / "Published: Sep 11, 2024"; nor under
    // one: "Published: Sunday | April 14, 2024" / "Jane Roe/Staff Reporter".)
    // (Nor under the headline of a reader view, which opens with the site's address: "example.se" /
    // the headline / "Jane Roe/TT".)
    const headline = prev === first || (prev >= 0 && prev === nextText(lines, first) && SITE_ADDRESS.test(lines[first]!.text));
    const credit = found === "below" && (headline || stampUnder(lines, i) || (prev >= 0 && prev === i - 1 && readStamp(lines[prev]!.text) !== null)) ? null : found;
    if (credit !== null) {
      furniture[i] = true;
      // The caption over a closing credit: with a slash in it ("(Jane Roe/Example News)"), or with
      // the story going on below it (a source's name in brackets under the last paragraph is no
      // photo's credit).
      // A name and an outlet joined by a slash, "Jane Roe/The Example Herald", may sign the story's
      // last paragraph, or a paragraph whose photo's caption the scraper lost: the line over it is
      // its caption only if it is one sentence and no quotation, with the story going on below.
      const signature = NAME_SLASH_OUTLET.test(t) && (!proseFollows(lines, i) || !isPhotoCaption(lines[prev]?.text ?? ""));
      const shortCaption = !SIGN_CREDIT.test(t) || (prev >= 0 && lines[prev]!.text.length <= SIGNED_CAPTION_CHARS);
      // (A labelled credit, "Credit: Example Press", right under its caption: over a blank line the
      // paragraph there may be the story's, a page of pictures crediting each under the text.)
      const apart = prev !== i - 1 && CREDIT_LABELLED_LINE.test(t.trim());
      if (credit === "below" && prev >= 0 && !furniture[prev] && !signature && !apart && shortCaption && isCaptionShaped(lines[prev]!.text) && (t.includes("/") || FILE_PHOTO_WORDS.test(t) || proseFollows(lines, i))) furniture[prev] = true;
      // (A "Photo by" credit under the story's prose stands over its caption, the story going on under
      // it: … / "Photo by Jane Roe" / "Co-owner John Doe sweeps up after the final show on Feb. 22." / …)
      const under = nextText(lines, i);
      if (credit === "below" && PHOTO_BY_LINE.test(t.trim()) && prev >= 0 && (!isCaptionShaped(lines[prev]!.text) || wordsIn(lines[prev]!.text, 25) >= 25) && under >= 0 && isCaptionShaped(lines[under]!.text) && wordsIn(lines[under]!.text, 31) <= 30 && endsSentence(lines[under]!.text) && proseFollows(lines, under)) furniture[under] = true;
      // A credit that reads as over its caption ("PHOTO JANE ROE, EXAMPLE NEWS") closes the one above
      // it when the story goes on below: "Une souffleuse en action rue Saint-Denis, lundi soir." /
      // "PHOTO OLIVIER BEAUCHEMIN, LE QUOTIDIEN" / the story.
      // (Not when a caption stands under the credit, as it reads: the line above is then the story's.)
      const below = nextText(lines, i);
      // (Or a short lead under it, more prose under the lead, where the line over the credit stands under
      // the page's buttons, not under prose: "E-post" / "Isvägen … i sju veckor." / "Foto: Jane Roe" /
      // "Trafikverket stänger isvägen …" / "– Isen har blivit …".)
      const storyBelow = below >= 0 && (!isCaptionShaped(lines[below]!.text) || wordsIn(lines[below]!.text, 25) >= 25 || isBylineAlone(lines[below]!.text) || (prev >= 0 && isProse(lines[below]!.text) && proseFollows(lines, below) && !proseRightAbove(lines, prev)));
      const closesAbove = credit === "above" && prev >= 0 && !furniture[prev] && storyBelow && isCaptionShaped(lines[prev]!.text) && endsSentence(lines[prev]!.text) && lines[prev]!.text.length <= 200;
      if (closesAbove) furniture[prev] = true;
      // (A credit with its caption already over it, a short line with no stop, closes that caption: the
      // line under it is the story's. "Мост через Бердь на улице Ленина" / "Фото: Анна Кравцова" / story.)
      // (Not a writer's name over it, the byline under the stamp: "Анна Иванова" / "Фото: Example.kz / …".)
      // (Or, under the story's last paragraph, with the page's buttons under it: "Minister Roe handing
      // over a cheque at the village hall" / "Photo: GIS" / "Share".)
      const captionOver = credit === "above" && prev >= 0 && prev === i - 1 && !furniture[prev] && lines[prev]!.text.length <= 120 && isCaptionShaped(lines[prev]!.text) && !endsSentence(lines[prev]!.text) && readStamp(lines[prev]!.text) === null && /\s\p{Ll}/u.test(lines[prev]!.text) && below >= 0 && ((endsSentence(lines[below]!.text) && wordsIn(lines[below]!.text, 15) >= 15) || (prev > 0 && proseRightAbove(lines, prev) && isBoilerplate(lines[below]!.text)));
      if (captionOver) furniture[prev] = true;
      // (Closing the caption above, it has none below: the story's first paragraph is there.)
      // (Nor when the line right above it is a caption already: "[Image] A rider in the lane." /
      // "Image Credit: Supplied" / the story.)
      captionBelow = credit === "above" && !captionOver && !closesAbove && !(prev >= 0 && prev === i - 1 && (furniture[prev] || isBoilerplate(lines[prev]!.text) || isCaption(lines[prev]!.text)));
      prev = i;
      continue;
    }
    // (The line under a credit may be the story's first paragraph, under the lead photo's credit:
    // a caption is a short line, at most 200 characters, and a sentence unless it is a label.)
    // (Nor the writer's byline there: "Über die Brücke …" / "Foto: Jane Roe" / "Von John Doe" / the story.)
    if (captionBelow && !furniture[i] && isCaptionShaped(t) && t.length <= 200 && (t.length <= 60 || endsSentence(t)) && !readDateline(t) && !isBylineAlone(t)) furniture[i] = true;
    captionBelow = false;
    // Under a picture's button, its caption, and under that a credit of a few words when the
    // caption has none of its own ("Facebook", "Supplied", "File / Global News").
    // A gallery's counter, "1 of 4": under it the picture's caption, and its credit under that.
    if (GALLERY_COUNT.test(t)) {
      furniture[i] = true;
      const caption = nextText(lines, i);
      if (caption >= 0 && !furniture[caption] && isCaptionShaped(lines[caption]!.text) && !readDateline(lines[caption]!.text)) {
        furniture[caption] = true;
        const credit = nextText(lines, caption);
        if (credit >= 0 && (CREDIT_LABELLED.test(lines[credit]!.text.trim()) || isPictureCredit(lines[credit]!.text))) furniture[credit] = true;
      }
    }
    if (IMAGE_BUTTON.test(t)) {
      // (A bare number over the button is its gallery's count of pictures: "11".)
      if (prev >= 0 && /^\d{1,3}$/.test(lines[prev]!.text)) furniture[prev] = true;
      // (The picture's alternative text and its credit set right over the button, no blank line
      // between and no sentence ended: "Die neue Linie soll bis Reininghaus fahren" / "AURA" /
      // "Bild vergrößern" / the caption.)
      for (let j = i - 1, taken = 0; j >= 0 && taken < 2 && lines[j]!.text.trim() !== "" && !furniture[j]; j--, taken++) {
        const over = lines[j]!.text.trim();
        // (Not the stamps over a lead picture: "Updated May 26, 2023 1:42 pm" / "View image in full screen".)
        if (endsSentence(over) || wordsIn(over, 31) > 30 || (!isCaptionShaped(over) && !(wordsIn(over, 4) <= 3 && /^\p{Lu}/u.test(over))) || readStamp(over) !== null || findDate(over) !== null) break;
        furniture[j] = true;
      }
      const caption = nextText(lines, i);
      if (caption >= 0 && !furniture[caption] && (isCaptionShaped(lines[caption]!.text) || isCreditedCaption(lines, caption)) && !readDateline(lines[caption]!.text)) {
        furniture[caption] = true;
        const credit = nextText(lines, caption);
        if (credit >= 0 && isPictureCredit(lines[credit]!.text)) furniture[credit] = true;
      }
    }
    // A video's card: its title, its running time, and under that its caption, of a few sentences.
    // (The title, "… rampage5 years ago", may be run onto a byline's line: it is left to the rules
    // for lines that are no prose.)
    if (VIDEO_DURATION.test(t)) {
      furniture[i] = true;
      const caption = nextText(lines, i);
      if (caption >= 0 && !furniture[caption] && isVideoCaption(lines[caption]!.text)) furniture[caption] = true;
    }
    prev = i;
  }
}

/** Whether the next line of text under line i is a date stamp. */
function stampUnder(lines: Line[], i: number): boolean {
  const next = nextText(lines, i);
  return next >= 0 && readStamp(lines[next]!.text) !== null;
}

/** The most characters of a caption of several sentences between a picture's button and its credit. */
const CREDITED_CAPTION_CHARS = 600;

/** A caption of a few sentences that a credit closes on the line under it ("JANE ROE/EXAMPLE PRESS"). */
function isCreditedCaption(lines: Line[], i: number): boolean {
  const credit = nextText(lines, i);
  return lines[i]!.text.length <= CREDITED_CAPTION_CHARS && credit >= 0 && creditLine(lines[credit]!.text) === "below";
}

/** A video's caption: up to four sentences, not a dateline's (the story's start). */
function isVideoCaption(t: string): boolean {
  return t.length >= 15 && t.length <= 600 && /^["“‘«]?[\p{Lu}\p{N}]/u.test(t) && (t.match(/[.!?]["”’»)]*\s+["“‘«]?\p{Lu}/gu)?.length ?? 0) <= 3 && !readDateline(t);
}

// A credit that says it is a photo's, "EPS file photo": its caption goes whatever follows it (share
// buttons, a gallery's next picture).
const FILE_PHOTO_WORDS = /\bfile (?:photo|image|picture)\)?$/i;

/** A link's label with a bar after it, as Spanish and Portuguese papers set one into the story:
 *  "LEER MÁS | Vendimia 2025: cuánto cuesta la entrada …", "READ MORE | Council votes …". */
const BAR_LINK_LEAD = /^(?:read more|also read|related|leer más|lea (?:también|más)|lee también|leia (?:também|mais)|veja também|lire aussi|à lire aussi|leggi anche|lesen sie auch|ver más|más información)\s*\|\s*\S/iu;

/** The next line with text after line i, or -1. */
// A picture's file name in brackets, as w3m shows a picture whose alternative text is its name.
const PICTURE_FILE = /^\[[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+)+(?:\.(?:jpe?g|png|gif|webp))?\]$/u;

/** Where the caption that runs from line k to the next blank line ends (the blank line's index),
 *  when it is a caption's few words (two lines at most) with more text under them; else -1. */
function captionUnderMark(lines: Line[], k: number): number {
  let end = k;
  while (end < lines.length && lines[end]!.text !== "") end++;
  if (end - k > 2) return -1;
  const run = lines.slice(k, end).map((l) => l.text.trim()).join(" ");
  const words = wordsIn(run, 41);
  // (A caption by its credit, or by its shape and few words: not a lead set under the picture.)
  // (Under a mark with the picture's alternative text, a caption by its shape is a short one: "[Image:
  // Mayor outside the town hall]" / "The mayor resigned on Monday, hours before …" is the lead.)
  // (Between the story's paragraphs no lead stands there: a caption there may run a little longer, but
  // not as long as one under a bare mark: "[Image: …]" / a paragraph of the story's of twenty words.)
  const shapeWords = lines[k - 1]!.text.includes(":") ? (proseRightAbove(lines, k - 1) ? 16 : 12) : 25;
  const caption = words >= 3 && words <= 40 && !PICTURE_MARK.test(lines[k]!.text) && (isCaption(run) || (words <= shapeWords && isCaptionShaped(run))) && nextText(lines, end - 1) >= 0;
  return caption ? end : -1;
}

/** Whether line k is a short caption of one sentence with the story's prose under it. */
function captionOverStory(lines: Line[], k: number): boolean {
  if (k < 0) return false;
  const t = lines[k]!.text;
  const below = nextText(lines, k);
  return isCaptionShaped(t) && endsSentence(t) && wordsIn(t, 31) <= 30 && below >= 0 && isProse(lines[below]!.text);
}

/** Whether the nearest line with text above line i is prose: the story's paragraph. */
function proseRightAbove(lines: Line[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.text !== "") return isProse(lines[k]!.text);
  return false;
}

/** A caption (the group) with its credit after its last stop and a dash, a name or initials: "… place
 *  Communale. - J.L.", "… on Tuesday. – Jane Roe". */
const CREDIT_AFTER_DASH = /^(.*[\p{Ll}\p{N}][.!?]["”’»]?)\s+[-–—]\s+(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}$/u;

/** A gallery's counter with its count: "1/8", "1 / 8", "1 of 8". */
const GALLERY_STEP = /^(\d{1,3})(?: ?\/ ?| of )(\d{1,3})$/u;

/**
 * A gallery copied whole: its pictures' counters in order ("1/8" … "8/8", at least three of them),
 * a caption and its credit between each two. Everything from the first counter to the last is the
 * gallery's, and so are as many lines beyond each end as stand between two counters (the first
 * picture's caption over "1/8" where each caption stands over its counter, the last one's under
 * "8/8" where each stands under it), up to a blank line and only caption- or credit-shaped: a
 * story's paragraph stands in no such run.
 */
function markGallery(lines: Line[], furniture: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    const step = GALLERY_STEP.exec(lines[i]!.text.trim());
    if (!step || step[1] !== "1") continue;
    const count = Number(step[2]);
    if (count < 2) continue;
    const at = [i];
    for (let j = i + 1; j < lines.length && at.length < count && j - at[at.length - 1]! <= 6; j++) {
      const next = GALLERY_STEP.exec(lines[j]!.text.trim());
      if (!next || Number(next[2]) !== count) continue;
      if (Number(next[1]) !== at.length + 1) break;
      at.push(j);
    }
    if (at.length < Math.min(count, 3)) continue;
    const first = at[0]!;
    const last = at[at.length - 1]!;
    let gap = 0;
    for (let k = 1; k < at.length; k++) gap = Math.max(gap, lines.slice(at[k - 1]! + 1, at[k]!).filter((l) => l.text !== "").length);
    for (let k = first; k <= last; k++) if (lines[k]!.text !== "") furniture[k] = true;
    const galleryLine = (t: string) => t !== "" && t.length <= 300 && (isCaptionShaped(t) || CREDIT_LABELLED.test(t.trim()) || isPictureCredit(t)) && !readStamp(t) && !isBylineAlone(t);
    for (let k = first - 1, n = 0; k >= 0 && n < gap && galleryLine(lines[k]!.text); k--, n++) furniture[k] = true;
    for (let k = last + 1, n = 0; k < lines.length && n < gap && galleryLine(lines[k]!.text); k++, n++) furniture[k] = true;
    i = last;
  }
}

function nextText(lines: Line[], i: number): number {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.text !== "") return k;
  return -1;
}

/** Where line i, a one- or two-sentence caption's shape, is said again under a credit's few words
 *  (its alternative text, the credit, its caption), or -1. */
function captionAgain(lines: Line[], i: number): number {
  const t = lines[i]!.text;
  if (t.length < 30 || t.length > 280) return -1;
  // (The copy first, the cheap test: most lines are said once.)
  const next = nextText(lines, i);
  const after = next >= 0 ? nextText(lines, next) : -1;
  if (after < 0 || lines[after]!.text !== t || lines[next]!.text === t || !(isPictureCredit(lines[next]!.text) || creditLine(lines[next]!.text) !== null)) return -1;
  // (Twice, not a run of the same line: a box or a list may say one line over and over.)
  const third = nextText(lines, after);
  if (third >= 0 && lines[third]!.text === t) return -1;
  // (Ending on a full stop: a headline said twice, as a blog's title tag and h1, asks or exclaims.)
  // (Nor in title case: "U.S. Gives Example Groups Millions to Destabilize Its Govt.")
  // (Or on no stop, where the line between is a picture agency's name alone: "Reizigers op het perron" /
  // "ANP" / the same.)
  if (PICTURE_AGENCY_ALONE.test(lines[next]!.text.trim()) && !/[?!]["”’)]?$/u.test(t) && isCaptionShaped(t)) return after;
  return /[\p{Ll}\p{N}][.。]["”’)]?$/u.test(t) && isCaptionShaped(t) && !titleCased(t) ? after : -1;
}

/** The line of a credit's second copy where line i is a credit, the line under it a caption and
 *  the line under that the same credit; -1 if not. */
function creditedBothSides(lines: Line[], i: number): number {
  const t = lines[i]!.text;
  if (t.length > 80 || !/\p{L}/u.test(t)) return -1;
  // (The three a block of their own, no blank line between them: a credit right under a paragraph
  // closes that paragraph, "… The inquiry goes on." / "Jane Roe/Agences".)
  const caption = i + 1;
  const again = i + 2;
  if (again >= lines.length || lines[again]!.text !== t || (i > 0 && lines[i - 1]!.text !== "") || lines[caption]!.text === "" || creditLine(t) === null) return -1;
  return isCaptionShaped(lines[caption]!.text) && wordsIn(lines[caption]!.text, 41) <= 40 ? again : -1;
}

/** A credit's few words under a caption: a name, not a sentence nor a dateline. */
function isPictureCredit(t: string): boolean {
  return t.length <= 60 && wordsIn(t, 7) <= 6 && /^\p{Lu}/u.test(t) && !/[.!?:;,]$/.test(t) && !readDateline(t);
}

/**
 * A caption's text of one sentence, not a quotation: no stop after a word of two small letters or
 * more ("Ms. Roe" is one) followed by a capital before its end.
 */
// A sentence or two, then a photo's credit: its word ("Photo", "Foto", "Ảnh", "Фото" …), a colon,
// bar or nothing, and a name of at most six words, capitalised, with no stop but an initial's.
const CAPTION_CREDIT = /^(.{15,260}?[.!?]["”’»)]*)\s+\(?(?:[Ii]lustračn[íé] |[Ii]lustracyjne |[Ii]llustrative |[Ii]llustrasjons|[Ii]llustrations|[Aa]rchiv|[Ss]ymbol)?(?:©|[Pp]hotos?|PHOTOS?|[Ff]otos?|FOTOS?|[Ff]otó|foto|Ảnh|ẢNH|[Фф]ото|ФОТО|[Bb]ild|bild|[Ii]mage|[Pp]icture|[Zz]djęcie|[Kk]uva|[Φφ]ωτογραφία|[Φφ]ωτό)(?: (?:by|credit|de|di|von|par|por))?\s?[:|]?\s(\p{Lu}(?:[\p{L}\p{N}'’&/-]|\.(?=\p{Lu}|$)|\s(?=[\p{L}\p{N}]))*)\)?$/u;

// ... or a file photo's mark: "Passengers board a ferry at the Ikorodu jetty. File photo".
// (Or after a dash, run into one word: "… during a supply disruption last year. - Filepic".)
const CAPTION_FILE_MARK = /^(.{15,260}?[.!?]["”’»)]*)\s+(?:(?:[Ff]ile|FILE|[Aa]rchive|[Rr]epresentational|[Rr]epresentative) (?:photo|PHOTO|picture|image|pic)\.?|[-–—] (?:[Ff]ile ?(?:pic|photo)|FILEPIC|FILE PHOTO)\.?)$/u;

// ... or a photo agency's credit, the photographer after a slash: "… este martes. EFE/Jane Roe".
const CAPTION_AGENCY = /^(.{15,260}?[.!?]["”’»)]*)\s+(?:EFE|ANSA|dpa|DPA|AFP|AP|Reuters|REUTERS|EPA|Lusa|LUSA|Europa Press|Xinhua|PAP|ČTK|CTK|TASS|ТАСС|MTI|ANP|Belga|BELGA|Keystone|APA|NTB|TT|Ritzau Scanpix|Agência Brasil|Télam|Efe|Anadolu|AA|IANS|PTI)(?: Photo)?\/\p{Lu}[\p{L}'’. -]{1,40}$/u;

function isCaptionWithCredit(t: string): boolean {
  const file = CAPTION_FILE_MARK.exec(t) ?? CAPTION_AGENCY.exec(t);
  if (file) return isCaptionShaped(file[1]!);
  const m = CAPTION_CREDIT.exec(t);
  if (!m) return false;
  const credit = m[2]!;
  return credit.split(/\s+/).length <= 6 && !/\p{Ll}\.$/u.test(credit) && isCaptionShaped(m[1]!);
}

function isOneSentence(t: string): boolean {
  return !/^["“‘«„]/u.test(t) && !SENTENCE_BREAK.test(t);
}

// What a story's paragraph has and a photo's caption does not: a quotation or someone's words reported.
const REPORTED = /["“”«»„]|\b(?:said|says|told|tells|according to|added|asked)\b/iu;

/**
 * A caption over a "Jane Roe/The Example Herald" credit: one sentence, or two that quote and report
 * no one ("A crew repairs a broken main on Orchard Road in January. The street has had 11 breaks
 * since 2021."), where a paragraph whose own caption the scraper lost usually does ("Police said …").
 */
function isPhotoCaption(t: string): boolean {
  if (isOneSentence(t)) return true;
  return !REPORTED.test(t) && (t.match(new RegExp(SENTENCE_BREAK.source, "gu"))?.length ?? 0) <= 1;
}

// A sentence's end and the next one's start (not a place's abbreviation after a comma, which a
// caption's date may follow: "… in Toronto, Ont. March 21, 2011."; nor a title's or a month's
// before a name or a day: "Gov. Ruth Alvarez …", "… on Feb. 4.").
const SENTENCE_BREAK = /[\p{Ll}\p{N}]{2}(?<!,\s\p{Lu}\p{Ll}{1,4})(?<!(?:^|\s)(?:Gov|Sen|Rep|Gen|Col|Capt|Lt|Sgt|Dr|Mr|Mrs|Ms|Prof|St|Mt|Rev|Hon|Sr|Jr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))[.!?]["”’»)]*\s+["“‘«]?\p{Lu}/u;

function proseFollows(lines: Line[], i: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + 6; k++) if (isProse(lines[k]!.text)) return true;
  return false;
}

const OPINION_LINK = /^(?:Opinion|Analysis|Commentary|Blog|iReport)\s*:\s*(?!.*\p{Ll}{2}[.!]["”]?$).{3,150}$/u;
// ... or a sentence pointing at another article by its title: "О французском самосознании читайте в
// статье Частного корреспондента «Французы по носу и по паспорту»".
const READ_IN_ARTICLE = /^[^.!?]{0,200}(?<!\p{L})[Чч]итайте\s+(?:в|на)\s[^.!?«"]{0,60}[«"„].{2,150}[»"“]\.?$/u;

/** The fewest lines of a run that a page's top repeats to be taken for a carousel. */
const CAROUSEL_RUN = 3;
/** The most later repeats of a line looked at as the start of a carousel's second showing. */
const CAROUSEL_REPEATS = 4;

/**
 * Drops a run of short lines that the story's text states twice, in the same order, where the
 * first time is above its first paragraph of prose: a carousel of other stories' headlines or a
 * ticker shown twice over the story (on a page run together, the start of the story can be
 * placed above them). Both times go.
 */
export function dropRepeatedRuns(paragraphs: Paragraph[]): Paragraph[] {
  let firstProse = paragraphs.length;
  for (let k = 0; k < paragraphs.length && firstProse === paragraphs.length; k++) {
    const t = paragraphs[k]!.text;
    if (wordsIn(t, 30) >= 30 && endsSentence(t)) firstProse = k;
  }
  if (firstProse < CAROUSEL_RUN * 2) return paragraphs;
  const drop = new Set<number>();
  const repeatable = paragraphs.map((p) => isRepeatable(p.text));
  const same = (a: number, b: number) => repeatable[a] && paragraphs[a]!.text === paragraphs[b]!.text;
  // Pairs of lines (p, q) inside a run already followed from its start, as p * length + q.
  const inside = new Set<number>();
  // Where each short line stands, by its text.
  const at = new Map<string, number[]>();
  paragraphs.forEach((p, k) => {
    if (!repeatable[k]) return;
    const seen = at.get(p.text);
    if (seen) seen.push(k);
    else at.set(p.text, [k]);
  });
  for (let p = 0; p < firstProse; p++) {
    const where = at.get(paragraphs[p]!.text) ?? [];
    // A carousel states its lines twice or so: a line said more often than that is a list's
    // refrain, and only its next few repeats are looked at. (A pair inside a run already followed
    // from its start is not followed again either: a text of thousands of like lines took minutes,
    // each pair's run read over and over.)
    const from = firstAfter(where, p);
    for (let w = from; w < Math.min(where.length, from + CAROUSEL_REPEATS); w++) {
      const q = where[w]!;
      if (inside.has(p * paragraphs.length + q)) continue;
      let run = 0;
      while (p + run < q && q + run < paragraphs.length && same(p + run, q + run)) run++;
      // The pairs after the first are this run's own tail: followed from them, it would be shorter.
      for (let k = 1; k < run; k++) inside.add((p + k) * paragraphs.length + q + k);
      if (run < CAROUSEL_RUN) continue;
      for (let k = 0; k < run; k++) drop.add(p + k).add(q + k);
    }
  }
  return drop.size === 0 ? paragraphs : paragraphs.filter((_, k) => !drop.has(k));
}

/** Where the first number above `p` stands in increasing `list` (its length when none is). */
function firstAfter(list: number[], p: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! > p) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Short lines, not sentences: a list's items, labels, titles, stamps (not a refrain, "Who's there?"). */
function isRepeatable(t: string): boolean {
  // (Not the tags' heading: the next story's, under this one, says it again. Nor the comments'
  // count, which pages show over the story as a link and again over the comments: "14 comments".)
  return t.length <= 150 && wordsIn(t, 21) <= 20 && !endsSentence(t) && !isTagsHeading(t) && !isCommentsMarker(t);
}

/**
 * Texts of short lines that the page also states outside its story, above the story's start or
 * below its last long paragraph (null when there are none): a widget set into the story and
 * repeated in the page's furniture. (A story's own lines repeated within it, a chart listed twice,
 * a refrain, stay.)
 */
function repeatedItems(lines: Line[], furniture: boolean[], start: number): Set<string> | null {
  let lastLong = -1;
  for (let i = lines.length - 1; i >= start && lastLong < 0; i--) if (!furniture[i] && wordsIn(lines[i]!.text, 30) >= 30) lastLong = i;
  if (lastLong < 0) return null;
  const outside = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (i === start) i = lastLong + 1;
    if (i >= lines.length) break;
    const t = lines[i]!.text;
    if (t !== "" && t.length <= 150) outside.add(t);
  }
  let out: Set<string> | null = null;
  for (let i = start; i <= lastLong; i++) {
    const t = lines[i]!.text;
    if (outside.has(t)) (out ??= new Set()).add(t);
  }
  return out;
}

/** A list item's kicker that ends in its age ("U.S. News // 53 minutes ago"): a stamp, not a link. */
const ITEM_AGE = /(?:^|[\s/|•·–—-])(?:\d+|an?) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago$/iu;

/**
 * Whether a heading that may close the story ("See also", as a wiki's does) heads a widget set into
 * it instead: a link or two under it, then the story going on in a sentence of prose.
 */
function isWidgetInStory(lines: Line[], furniture: boolean[], i: number): boolean {
  if (!isWidgetHeading(lines[i]!.text)) return false;
  const last = skipWidget(lines, furniture, i);
  if (last === i) return false;
  const t = lines[nextStoryLine(lines, furniture, last)]?.text ?? "";
  return isProse(t) && wordsIn(t, 12) >= 12;
}

/**
 * Skips a widget heading and the links listed under it; returns the index of its last line. Links
 * may come with teaser sentences ("Headline" / "One sentence about it."): a teaser is skipped only
 * right after a link.
 */
function skipWidget(lines: Line[], furniture: boolean[], heading: number): number {
  let last = heading;
  let prevWasLink = false;
  // Teasers are allowed only when the list's first link has one. (Links, not items: a list may
  // open with a link's kicker and age, "U.S. News // 53 minutes ago", over the link.)
  let links = 0;
  let teasers = false;
  let prevWasItem = false;
  for (let i = heading + 1; i < lines.length; i++) {
    const t = lines[i]!.text;
    // (The list ends where the comments begin, furniture or not: storyLines must meet that mark, or
    // the comments under it read as the story going on.)
    if (t !== "" && isCommentsMarker(t)) break;
    if (t === "" || furniture[i]) continue;
    // (Each listed story may close on its age: "Há 1 hora — Em Campinas e Região".)
    if (t.length <= 60 && AGE_LINE.test(t.trim())) {
      last = i;
      prevWasLink = prevWasItem = false;
      continue;
    }
    // (A teaser under an item, however many links came before, with the story's age under
    // it: "Homem é preso suspeito de furtar fios" / "Polícia flagrou o suspeito …" / "Há 1 hora".)
    if (prevWasItem && endsSentence(t) && wordsIn(t, 41) <= 40 && AGE_LINE.test(lines[nextStoryLine(lines, furniture, i)]?.text.trim() ?? "")) {
      last = i;
      prevWasItem = false;
      continue;
    }
    prevWasItem = false;
    // (Each list under its own heading may open with a link and its teaser: "Top Stories" over
    // headlines, then "Example.ca Top Stories" over headlines with teasers.)
    if (isWidgetHeading(t)) {
      last = i;
      prevWasLink = false;
      links = 0;
      teasers = false;
      continue;
    }
    if (isListItem(t)) {
      last = i;
      prevWasItem = true;
      prevWasLink = looksLikeHeadline(t) && !ITEM_AGE.test(t);
      if (prevWasLink) links++;
      continue;
    }
    // (A teaser may be a short sentence: "A bridge has collapsed in Nova Scotia's Colchester County.")
    // (Not a first "teaser" with prose under it: that is the story starting under a one-link widget,
    // "Read Next" over another story's headline.)
    // (Nor, under one link, a paragraph of two sentences or more: the story going on under a "more on
    // this" box of one link, "Mehr zum Thema" / "Velo statt Auto: …" / "Baubeginn ist für … geplant. …".)
    if (prevWasLink && (isProse(t) || (endsSentence(t) && wordsIn(t, 4) >= 4)) && (teasers || (links === 1 && !proseUnder(lines, furniture, i) && !SECOND_SENTENCE.test(t)))) {
      teasers = true;
      last = i;
      prevWasLink = false;
      continue;
    }
    break;
  }
  return last;
}

// A sentence's end and another's start inside a paragraph (after a word in small letters, so not
// after an abbreviation's stop, "Sgt. William", "Sen. Jane").
const SECOND_SENTENCE = /(?<=\s\p{Ll}[\p{Ll}\d]{2,}|\d)[.!?]["”’»)]*\s+["“„«]?\p{Lu}\p{Ll}/u;

/** Whether the next line with text after line i (furniture aside) is prose. */
function proseUnder(lines: Line[], furniture: boolean[], i: number): boolean {
  const j = nextStoryLine(lines, furniture, i);
  return j < lines.length && isProse(lines[j]!.text);
}

/** The index of the next line after line i with text that is no furniture (lines.length if none). */
function nextStoryLine(lines: Line[], furniture: boolean[], i: number): number {
  let j = i + 1;
  while (j < lines.length && (lines[j]!.text === "" || furniture[j])) j++;
  return j;
}

/** Whether lines[from, to) are prose hard-wrapped at a fixed width (kept as one paragraph). */
function isWrapped(lines: Line[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  let even = 0;
  for (let i = from; i < to; i++) {
    const length = lines[i]!.text.length;
    if (length > 110) return false;
    if (i < to - 1 && length >= 30 && length <= 100) even++;
  }
  // (The last line of a wrapped paragraph may be of any length.)
  return even >= (to - from - 1) * 0.75;
}

/**
 * Lines -> paragraphs: blank lines separate them, and so do line breaks unless the prose is wrapped.
 * (Index loops rather than blocks of mapped arrays: this runs on every article, and arrays made by
 * map() change shape when the code that makes them is optimised, sending the code that reads them
 * back to the interpreter.)
 */
export function toParagraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let from = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.text.trim() !== "") continue;
    if (isWrapped(lines, from, i)) {
      const texts: string[] = [];
      for (let j = from; j < i; j++) texts.push(lines[j]!.text);
      out.push({ n: lines[from]!.n, text: texts.join("\n") });
    } else {
      for (let j = from; j < i; j++) out.push({ n: lines[j]!.n, text: lines[j]!.text });
    }
    from = i + 1;
  }
  return mendBrokenSentences(out);
}

/**
 * A sentence a page broke around the words it set in italics, a paragraph each: "… Parry revealed
 * Real Madrid" / "did" / "ask for an option …". Made one again: prose that stops without a stop, a
 * few words in small letters, and more prose going on in small letters (not a list of items in
 * small letters, each a paragraph).
 */
function mendBrokenSentences(paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const a = out[out.length - 1];
    const b = paragraphs[i]!.text;
    const c = paragraphs[i + 1]?.text;
    if (a && c !== undefined && b.length <= 40 && !/^\p{Ll}/u.test(a.text) && /^\p{Ll}/u.test(b) && /^\p{Ll}/u.test(c) && /\p{L}$/u.test(a.text) && !/[.!?]$/u.test(b) &&
      !a.text.includes("\n") && !b.includes("\n") && !c.includes("\n") && wordsIn(b, 7) <= 6 && wordsIn(a.text, 8) >= 8 && wordsIn(c, 5) >= 5) {
      // (Mended in place: a second break in the same sentence joins on.)
      out[out.length - 1] = { n: a.n, text: `${a.text} ${b} ${c}` };
      i++;
    } else {
      out.push(paragraphs[i]!);
    }
  }
  return out;
}

/** The body: its paragraphs that hold text, a blank line between them. */
export function bodyText(paragraphs: Paragraph[]): string {
  const texts: string[] = [];
  // (A lone stop or comma is what a scraper left of an element it removed; "..." may be an elision.)
  for (const p of paragraphs) if (p.text.trim().length > 0 && !/^\s*[.,;:]\s*$/.test(p.text)) texts.push(p.text);
  return texts.join("\n\n");
}

const LISTICLE = /^\d+ (?:things|ways|questions|reasons|facts|myths|tips|signs|lessons|takeaways|moments|places|steps|rules|mistakes)\b/iu;

/** A short paragraph without a sentence's end: a link, a credit, a heading, or a list item. */
function isFragment(p: Paragraph): boolean {
  const t = p.text;
  if (p.text.includes("\n") || endsSentence(t) || /[:;,]$/.test(t)) return false;
  // (A Japanese reporter's name alone in brackets signs the story: "（佐々木 里奈）".)
  if (/^[（(]/u.test(t) && isJapaneseSignature(t)) return false;
  // Items of a numbered or bulleted list are content: "4 (3) - Candice Glover"; a listicle's
  // headline is a link ("5 things to know about the new pope").
  if (/^(?:\d|[-*•–]\s)/u.test(t) && !LISTICLE.test(t)) return false;
  return wordsIn(t) <= 14 && !OBITUARY_DATES.test(t);
}

/**
 * Drops short unpunctuated paragraphs inside the story: links to other stories ("Flight attendants
 * hailed as heroes"), photo credits ("Supplied"), section headings left by the page. One or two
 * in a row are dropped; three or more in a row are a list (winners, titles) and stay. The first
 * paragraph stays too: it may be a short lead.
 */
/** At most this many links under a related-links heading set between the story's paragraphs. */
const LINKS_UNDER_HEADING = 6;
// ... or under a heading that may head a box of facts as well, which stays (see below): "Más información".
const LINKS_HEADING = /^(?:más información|more information|plus d'informations)$/iu;

// A link to another story set in brackets after a sentence: "… in the first place. (Related: The
// bogus story is nothing but a hatchet job.)", "(READ MORE: Council votes to dredge the channel)".
// (Not the story's own pointer to a table or a figure, "(See also: Table 2.)", nor a word it explains,
// "(See also: maintenance dredging, in which …)": what follows the label opens with a capital.)
const BRACKETED_LINK = /(?<=^|[.!?"”’]\s*)\((?:Related|RELATED|Read more|Read More|READ MORE|See also|SEE ALSO|Also read|Also Read|ALSO READ)\s?:\s?(?!(?:Table|Figure|Fig\.|Chart|Map|Appendix|Box|Page|Section|Chapter|Part)\b)["“‘]?\p{Lu}[^()]{4,300}\)\.?(?=\s|$)/gu;

/** Paragraphs without such links; one that was only links goes. */
export function cutBracketedLinks(paragraphs: Paragraph[]): Paragraph[] {
  if (!paragraphs.some((p) => p.text.includes("(R") || p.text.includes("(S") || p.text.includes("(A"))) return paragraphs;
  return paragraphs.flatMap((p) => {
    BRACKETED_LINK.lastIndex = 0;
    if (!BRACKETED_LINK.test(p.text)) return [p];
    const text = p.text.replace(BRACKETED_LINK, "").replace(/\s{2,}/gu, " ").trim();
    return text === "" ? [] : [{ ...p, text }];
  });
}

export function dropInlineLinks(paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    if (i === 0 || !isFragment(paragraphs[i]!)) {
      out.push(paragraphs[i++]!);
      continue;
    }
    let j = i;
    while (j < paragraphs.length && isFragment(paragraphs[j]!)) j++;
    // (One at a time: a run of a hundred thousand spread into push overflowed the stack.)
    // (A run under a related-links heading is links however many: "Más información" / two headlines.)
    // (Not a box of the story's practical facts under it: "Más información" / "Fechas: del 1 al 30 de abril".)
    const linked = (isWidgetHeading(paragraphs[i]!.text) || LINKS_HEADING.test(paragraphs[i]!.text)) && j - i <= LINKS_UNDER_HEADING + 1 && !paragraphs.slice(i + 1, j).some((p) => LABELLED_FIELD.test(p.text));
    if (j - i >= 3 && !linked) for (let k = i; k < j; k++) out.push(paragraphs[k]!);
    i = j;
  }
  return out;
}

// A tweet set into the story: a short text ending on its link (and hashtags, or its author and
// date): "… after four months in Canada https://t.co/AbC123 #Toronto", "… pic.twitter.com/AbC123—
// Example News (@example) March 7, 2019"; or what a scraper left of one's markup ('">pic.twitter.com/u5').
// (Or as an embed's markup shows it, the link closed and its dash and handle after it:
// "… pic.twitter.com/Ab3Cd4Ef5G</a>&mdash;@janeroe".)
const TWEET = /(?:https?:\/\/t\.co\/\w+|pic\.twitter\.com\/\w*)(?:<\/a>)?(?:\s*#[\p{L}\p{N}_]+)*(?:\s*[—–-]\s*[^\n]{1,80}\(@\w+\)\s*\p{L}+\.? \d{1,2}, \d{4}|\s*(?:&mdash;?|[—–-])\s*(?:@\w+)?)?\s*$/u;
/** The most words of such a tweet. */
const TWEET_WORDS = 70;

// A tweet embedded in a paragraph run together, as a page saved to text keeps it: its text, its link
// (a tweet of text alone has none), its author's name and handle and its day ("… en dansant
// pic.twitter.com/Ab3Cd4— BFMTV (@BFMTV) 19 novembre 2018"), most often followed by its text again,
// the embed's fallback. (A dash, not a hyphen, where no link stands before the name.)
const EMBED_SIGNATURE = /(?:((?:pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+)(?: via @\w{1,30})?)\s*[—–-]|[—–])\s*[^()\n\u2029]{1,80}?\(@\w{1,30}\)\s+(?:\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.? \d{1,2}, \d{4})/u;
/** How far before its signature a tweet's text may start, and after it its copy may end. */
const EMBED_REACH = 700;
/** The fewest characters of a copy that mark where the tweet's text starts. */
const EMBED_COPY_CHARS = 12;
/** Before a tweet's text: the paragraph's start or a sentence's end; after its copy: the end, or a
 *  space and what starts a sentence. */
const TWEET_STARTS = /(?:^|[.!?…»"”:]\s+)$/u;
const TWEET_ENDS = /^(?:$|\s+[\p{Lu}\p{N}«"“'‘(@#])/u;

/**
 * Cuts such tweets out of a paragraph: the text and signature, and the copy after them, where the
 * copy says the text again word for word (so the text's start is known).
 */
function cutEmbeddedTweets(text: string): string {
  // (Looked for past the last one left whole, so that one with no copy does not hide the next.)
  for (let from = 0, guard = 0; guard < 20; guard++) {
    const m = EMBED_SIGNATURE.exec(text.slice(from));
    if (!m) return text;
    const at = from + m.index;
    const end = at + m[0].length;
    // (The text with its link, which the copy says again too.)
    const before = text.slice(0, at + (m[1]?.length ?? 0)).trimEnd();
    const rest = text.slice(end);
    const after = rest.trimStart();
    // (The copy: the longest start of what follows that what precedes ends with, and a whole tweet's:
    // a sentence ended before the text, and the next one starting after the copy. A story's words
    // that merely say again the tweet's last ones, "… to Jane Roe— … 2019 Jane Roe said …", are no copy.)
    let copy = Math.min(before.length, after.length, EMBED_REACH);
    while (copy >= EMBED_COPY_CHARS && !(before.endsWith(after.slice(0, copy)) && TWEET_STARTS.test(before.slice(0, before.length - copy)) && TWEET_ENDS.test(after.slice(copy, copy + 3)))) copy--;
    // (With no copy the text's start is not known, and its signature alone is not cut either: the
    // words would stay, no longer a tweet's.)
    if (copy < EMBED_COPY_CHARS) {
      from = end;
      continue;
    }
    from = before.length - copy;
    text = `${text.slice(0, from).trimEnd()} ${text.slice(end + rest.length - after.length + copy).trimStart()}`.trim();
  }
  return text;
}

/** Drops tweets set into the story (not its first paragraph, which may quote one as its lead), and
 *  cuts those embedded in a paragraph run together. */
export function dropTweets(paragraphs: Paragraph[]): Paragraph[] {
  const kept = paragraphs.filter((p, i) => i === 0 || !TWEET.test(p.text) || wordsIn(p.text, TWEET_WORDS + 1) > TWEET_WORDS);
  const out: Paragraph[] = [];
  for (let i = 0, j = 1; i < kept.length; i = j, j = i + 1) {
    while (j < kept.length && kept[j]!.n === kept[i]!.n) j++;
    out.push(...cutTweetsOfLine(kept.slice(i, j)));
  }
  return out;
}

/**
 * Cuts embedded tweets out of the paragraphs of one line. A line run together is cut into
 * paragraphs where its sentences touch (glue.ts) before tweets are looked for, and so is a tweet's
 * text and its copy ("… dont 17 grièvement.Nous recensons …"): where a signature is left uncut in its
 * paragraph, the line's paragraphs are read together, the same boundaries in the text and its copy.
 */
function cutTweetsOfLine(line: Paragraph[]): Paragraph[] {
  const each = line.flatMap((p) => {
    const text = cutEmbeddedTweets(p.text);
    return text === p.text ? [p] : text === "" ? [] : [{ ...p, text }];
  });
  // (Joined by a paragraph separator, a space to the patterns, so that the cut text parts where they
  // did: a paragraph keeps its own line breaks, a wrapped one. Not where a paragraph holds one.)
  if (each.length < 2 || !each.some((p) => EMBED_SIGNATURE.test(p.text)) || each.some((p) => p.text.includes(PARAGRAPHS_APART))) return each;
  const joined = each.map((p) => p.text).join(PARAGRAPHS_APART);
  const cut = cutEmbeddedTweets(joined);
  if (cut === joined) return each;
  return cut.split(PARAGRAPHS_APART).map((t) => t.trim()).filter((t) => t !== "").map((text) => ({ n: line[0]!.n, text }));
}

/** U+2029, the paragraph separator: whitespace to \s. tidy (lines.ts) leaves none in a line, but an
 *  entity decoded after it may (`&#8233;`). */
const PARAGRAPHS_APART = "\u2029";

/** Trailing lines that belong to the page: sources, tags, credits, contact lines, promotions. */
export function dropTrailers(paragraphs: Paragraph[], offer: Offer): Paragraph[] {
  const out = paragraphs.slice();
  // (A transcript's turn is the interview's, however it reads: see transcriptTurns.)
  const turn = transcriptTurns(out.map((p) => p.text));
  while (out.length > 1) {
    const last = out[out.length - 1]!;
    const lines = last.text.split("\n");
    const tail = lines[lines.length - 1]!;
    if (lines.length === 1 && turn(out.length - 1)) break;
    // (A line without a letter or a figure is the page's too: a rule of box-drawing characters,
    // "━━━━", over what the page sets under the story.)
    if (!isTrailer(tail) && !isBoilerplate(tail) && /[\p{L}\p{N}]/u.test(tail)) break;
    // A call to the public that gives an address is the story's last paragraph: "Anyone with
    // information is asked to call … or e-mail tips@example.org".
    if (tail.includes("@") && APPEAL.test(tail) && isProse(tail)) break;
    offerStampDate(tail, last.n, offer, "trailer");
    offerWriterNote(tail, last.n, offer);
    lines.pop();
    if (lines.length === 0) out.pop();
    else out[out.length - 1] = { n: last.n, text: lines.join("\n") };
  }
  return out;
}

/** The date a stamp among the story's last paragraphs states ("First published: Wednesday | July 17,
 *  2024" under the writer's address), before a note on the writer or a trailer is cut with it. */
export function offerClosingStamps(paragraphs: Paragraph[], offer: Offer): void {
  const last = paragraphs.slice(-4);
  for (const [k, p] of last.entries()) {
    const t = p.text.trim();
    if (wordsIn(t, 20) < 20 && !offerStampDate(t, p.n, offer, "after the story")) {
      // (A bare date under the story, with its edit's date after it or the rights line under it:
      // "14 aprile 2025 (modifica il 14 aprile 2025 | 12:05)", "14 April 2025" / "© …".)
      const stamp = t.length <= 80 && /\d/u.test(t) ? readStamp(t) : null;
      if (stamp?.published && stamp.rule === "date line" && (stamp.updated !== null || RIGHTS_LINE.test(last[k + 1]?.text.trim() ?? ""))) offer("date", stamp.published, RANK_UPDATED + 1, p.n, "date line under the story");
    }
    // (A labelled stamp with the print edition's note after it: "Published 18 March 2025 · A version of
    // this article appears in the April 2025 issue …".)
    else if (PUBLISHED.test(t)) offerStampDate(t.split(/\s[·|•]\s/u)[0]!, p.n, offer, "after the story");
  }
  // (A labelled stamp further down, past the page's lists and the writer's box still kept here, below
  // any stamp over the story: "Źródło: Onet, PAP" / "Data utworzenia: 11 października 2025 16:48" /
  // "To też Cię zainteresuje" / …)
  for (const p of paragraphs.slice(-LABELLED_STAMP_REACH, -4)) {
    const t = p.text.trim();
    const published = t.length <= 80 ? PUBLISHED.exec(t) : null;
    const d = published ? parseDate(published[1]!) : null;
    if (d) {
      offer("date", d, RANK_UPDATED + 1, p.n, "labelled stamp under the story");
      return;
    }
  }
}
/** How many paragraphs from the end a labelled stamp may stand under the story. */
const LABELLED_STAMP_REACH = 16;

/** A note on the writer under the story names them: "Jane Roe is a writer living in …" (offered
 *  below any byline; article.ts takes it only where a line of the page gives the name alone). */
function offerWriterNote(line: string, n: number, offer: Offer): void {
  // (A note may open on a dash: "— Jane Roe is a writer …".)
  const t = line.replace(/^[—–]\s?/u, "");
  if (!AUTHOR_NOTE.test(t) || !FULL_NAME.test(t) || wordsIn(t, NOTE_WORDS) >= NOTE_WORDS) return;
  // (A name with the writer's own handle after it, "Jane Roe (@janeroe) is …", signs the note.)
  const handle = /^((?:\S+ ){0,2}\S+) \(@\w{1,30}\)(?= (?:is|was|has been|serves as)\b)/u.exec(t);
  if (handle) offer("author", handle[1], RANK_META + 3, n, SIGNED_NOTE_RULES.handle);
  else offer("author", /^(?:\S+ ){1,3}\S+?(?=,? (?:is|was|has been|serves as)\b)/u.exec(t)?.[0], RANK_META + 3, n, NEWSROOM_JOB.test(t) ? SIGNED_NOTE_RULES.newsroom : WRITERS_JOB.test(t) ? SIGNED_NOTE_RULES.writer : "note on the writer");
}

// A writer's own job, at an outlet named or not: "Jane Roe is a writer, a panelist on …", "… is an
// award-winning journalist with 30 years' experience" (not an author of a book, a professor or a
// founder, which a note on the story's subject may say as well).
const WRITERS_JOB = /^[^.!?]{0,60}? (?:is|was|has been)(?: also)? (?:a|an|the) (?:[\p{L}'’-]+ ){0,3}(?:writer|journalist|columnist|reporter|correspondent|blogger)\b/u;

// A newsroom's job at a named outlet: "… is the contributors editor for the Example Examiner", "… is a
// staff writer at Example News" (not a professor's or a founder's, which a subject's note may give).
const NEWSROOM_JOB = /^[^.!?]{0,60}? (?:is|was|has been|serves as)(?: also)? (?:a|an|the) (?:[\p{L}'’-]+ ){0,3}(?:writer|editor|columnist|correspondent|reporter|contributor|journalist) (?:for|at|with) (?:the )?\p{Lu}/u;

/** The rules of notes on the writer that name the writer without a line of the page giving the name
 *  alone: one with the writer's own handle, one with a newsroom's job at an outlet, one with a
 *  writer's job. */
export const SIGNED_NOTE_RULES = { handle: "note on the writer, with the writer's handle", newsroom: "note on the writer, with a newsroom's job", writer: "note on the writer, with a writer's job" } as const;

// What a page says to its reader after the story: who wrote it and how to reach them, where it
// first ran, and what to do next (subscribe, share, follow, confirm, donate, buy).
// (The name may carry its credentials, "Jane Roe, PhD, is …", or its handle, "Jane Roe (@janeroe)
// is …"; the role may follow without an article, "… is founder and CEO of …".)
const AUTHOR_NOTE = /^(?:[—–]\s?)?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}(?:, \p{Lu}[\p{L}.]{1,10},| \(@\w{1,30}\))? (?:is|was|has been|serves as)(?: also)? (?:(?:a|an|the)\b[^.!?]{0,80}\b|(?:co-?)?)(?:writer|author|journalist|editor|columnist|correspondent|reporter|contributor|blogger|graduate|founder|host|commentator|photographer|professor)\b(?! to (?:watch|follow|know|read|remember)\b)/u;
// (An address may be written out against spam robots: "jane {AT} example {DOT} com".)
const REACH = /\b(?:follow|contact|reach|email|e-mail|write to)\b.{0,80}(?:@|\bat\s+\S+\.\w|[{[(]at[)\]}].{1,40}[{[(]dot[)\]}])|@\w+\.\w|^\S+@\S+$|^(?:contact|reach|email|e-mail|write to)\b[^.!?]{0,60}\bat:?$/i;
// A call to the public inside the story itself: "Anyone with information is asked to contact ...".
const APPEAL = /\b(?:anyone|witness(?:es)?|information|asked|urged|urges|tips? line|crime ?stoppers|hotline)\b/i;
// Prompts that speak to the reader ("Sign up for our newsletter", "Leave a comment"): the words
// count only beside "you", "our", "this article" and the like, outside quotations, since a story
// may report donations or quote someone's thanks for support.
// ("Share" asks for the piece to be passed on, or for the reader's own words: "Share this article",
// "Share your thoughts", "Share on Facebook"; a writer who will "share construction updates" tells.)
const CALL_TO_ACTION = /\b(?:subscri(?:be|ption)|newsletter|inbox|sign(?:ed)? up|log(?:ged)? in|share(?=\s+(?:this|it|them|the (?:article|story|post|page|link)|on|via|with|your|in (?:the )?comments?)\b|\s*[.!:]|$)|like us on|follow|comment|donat(?:e|ion|ions)|support)\b/i;
// A fund set up for someone in the story is the story's, though it asks the reader to give: "A
// GoFundMe account has been set up to help the family … If you would like to donate, …".
const FUNDRAISER = /\b(?:gofundme|fundraiser|fundraising (?:page|campaign|account)|(?:memorial|trust) fund|(?:has|have) been (?:set up|started|created|launched) (?:to|for|in)\b)/i;
// A newsletter's pitch says when it comes: "Our very best stories … Delivered a couple of times a
// week." (Tried only on a paragraph with the word: every paragraph after the story is asked.)
const DELIVERED = /\bdelivered (?:to your inbox|(?:right )?to you|daily|weekly|(?:once|twice|a couple of times|\w+ times) a (?:day|week|month))\b/i;
// ("us" and "me" in small letters only: "US", and a service named "Notify Me", speak to no reader.)
const TO_THE_READER = /\b(?:[Yy]ou|YOU|[Yy]our|YOUR|[Oo]ur|OUR|[Ww]e|WE|[Mm]y|MY|[Tt]his (?:article|story|post|page))\b|\b(?:us|me)\b/u;
// ... unless someone in the story says them: a quotation, "she said".
const QUOTED = /["“”«»„]|\b(?:said|says|told)\b/i;
// Lines that say where a piece ran or what it sells, whoever they speak to.
const PROVENANCE = /\b(?:appeared first on|see (?:the )?(?:original|full) (?:story|article) (?:at|on)|originally (?:published|appeared)|(?:contributed|republished|reprinted) (?:by|with)|available (?:at|on) amazon|free shipping|% off|buy me a coffee)\b/i;

// A blog's notice that it quotes others' work under the law's fair use: "… under the "fair use
// doctrine" in Sec. 107 of U.S. Code Title 17 …", "… as provided for in section 107 of the US Copyright Law".
const FAIR_USE_HINT = /fair use/i;
const FAIR_USE = /\bfair use\b.{0,120}\b(?:107|title 17|copyright (?:act|law))\b|\b(?:107|title 17|copyright (?:act|law))\b.{0,120}\bfair use\b/i;

// A note that the story was corrected since it ran: "Editor's note — Sept. 14, 2022: A description of
// … has been edited.", "Correction: This story has been updated to …", "This article was amended on
// 3 May 2021 to …".
const CORRECTION_NOTE = /(?:editor['’]?s note|corrections?|clarification|update)\b[^:]{0,40}:\s*[^]{0,200}?\b(?:has|have) been (?:edited|corrected|updated|amended|changed|clarified|revised)\b|this (?:story|article|report|piece|post) (?:was|has been) (?:amended|corrected|updated|revised|edited) (?:on|to|since|from)\b|(?:corrections?|clarification)\b[^:]{0,40}:\s*(?:an earlier|a previous) version of this (?:story|article|report|piece|post)\b/i;
const CORRECTION_START = new RegExp(`^(?:${CORRECTION_NOTE.source})`, "i");
// A credit to those whose reporting the story drew on, run onto the story's last sentence: "… in
// his honour. With files from The Canadian Press". (On a line of its own it is an end marker, see
// boilerplate.ts.)
const FILES_CREDIT_RUN_ON = /(?<=[\p{Ll}\p{N}]{2}[.!?]["”’]?)\s*(?:[—–]\s*)?(?=with files from\b[^.!?]{0,150}\.?$)/iu;
// (A word each such note has: most paragraphs are spared the search for a sentence that opens one.)
const CORRECTION_HINT = /note|correct|clarif|update|amended/i;

// Notes that open so, whoever they speak to: on the story's funding ("This story was produced with
// the financial assistance of the Example News Fellowship."), on its correction ("An earlier version
// of this story stated …"), leave to republish ("We encourage you to share and republish our
// reports …"), the series it belongs to ("This story is part of Example Report's ongoing coverage of
// …"). (Anchored at the start: the unanchored patterns are tried at every position.)
// A sign-up form's consent in the reader's voice: "Yes, I would like to receive Example's newsletter.
// I understand I can unsubscribe at any time." (Tried only on a paragraph with "receive".)
const CONSENT = /\bunsubscribe at any time\b|\bi (?:would like|agree|consent) to receive\b/i;
const PAGE_NOTE = new RegExp(
  `^(?:this (?:story|article|report|series|coverage|reporting) (?:was|is) (?:produced|made possible|funded|supported) (?:with|by|through) (?:the )?(?:financial )?(?:assistance|support|funding|a grant) (?:of|from)|this (?:story|article|report) (?:was|is) (?:produced|written|supplied|provided) by (?:the )?[A-Z][^.!?]{0,80}(?:service|agency|partnership|network|scheme|project|programme|program)\\b|an earlier version of this (?:story|article|report)|(?:we encourage you|you are (?:free|welcome)) to (?:share and )?(?:republish|repost|reproduce)|this (?:story|article|report|piece) is (?:part|one) of (?:a |an |our |the |[A-Z][^.!?]{0,60}['’]s )(?:(?:ongoing|continuing|occasional|special|yearlong|year-long|multi-part|monthly|weekly) )*(?:series|coverage|project|reporting|collaboration|partnership)\\b)\\b|${CORRECTION_START.source}`,
  "i",
);

// A correction note says what the earlier version got wrong and what is right, in two or three
// sentences: "An earlier version of this story said … While that is the case on …, it's not …", under
// a label or not ("Note: An earlier version of this article gave …").
const EARLIER_VERSION = /^(?:(?:(?:editor['’]?s )?note|correction|clarification)\s*[:—–-]\s*)?(?:an earlier|a previous) version of this (?:story|article) (?:incorrectly |wrongly |mistakenly )?(?:said|stated|misstated|reported|misreported|gave|included|misidentified|misspelled|misspelt|named|referred|described|contained|had)\b/iu;

// An editor's note on the piece: "EDITOR'S NOTE: The only point I would add to this article is …"
// (over the story, it introduces the writer: see dropLeadNote).
const EDITORS_NOTE = /^editor['’]?s['’]? note\s*[:—–-]/iu;
// ... or the site's note under its initials: "BIN NOTE: Most people who use social media …".
const SITE_INITIALS_NOTE = /^\p{Lu}{2,5} NOTE\s*:/u;
const isEditorsNote = (text: string) => text.length <= 1500 && (EDITORS_NOTE.test(text) || SITE_INITIALS_NOTE.test(text));

// The same notes in the archive's other languages: where the piece ran first ("Der Beitrag erschien
// zuerst auf Example.", "Cet article est paru initialement sur …", "apareció primero en …"), and who
// produced it for the site ("Este conteúdo foi produzido pela Agência Example e é reproduzido ao
// abrigo de um acordo de parceria.", "Cet article vous est offert par …", a gift to the reader), and
// who paid for it ("Ce contenu a été produit avec l'aide financière de …", as in English above).
const PROVENANCE_ELSEWHERE = /(?<!\p{L})(?:erschien (?:zuerst|ursprünglich|erstmals) (?:auf|bei|in|im)|(?:ist|wurde) (?:zuerst|ursprünglich|erstmals) (?:auf|bei|in|im) .{2,60} (?:erschienen|veröffentlicht)|(?:est )?paru (?:initialement|d'abord|en premier|à l'origine) (?:sur|dans)|a été (?:publié|initialement publié) (?:initialement |d'abord |en premier )?(?:sur|dans|par) |apareci[óo] (?:primero|originalmente|inicialmente) en|publicad[oa] (?:originalmente|inicialmente|primero) (?:en|no|na|em)|apareceu (?:primeiro|originalmente) (?:em|no|na)|è apparso (?:per la prima volta|originariamente|originalmente) su|pubblicato (?:originariamente|originalmente|per la prima volta) su|verscheen (?:eerder|eerst|oorspronkelijk) (?:op|in|bij)|впервые опубликован\p{L}* (?:на|в)|este conteúdo foi (?:produzido|elaborado|escrito) (?:por|pela|pelo)|este contenido (?:fue|ha sido) (?:producido|elaborado|escrito) por|cet article (?:a été (?:produit|réalisé|rédigé) par|vous est offert par)|(?:ce contenu|cet article|ce reportage|cette enquête) a été (?:produite?|réalisée?|rendue? possible) (?:avec|grâce à) (?:l['’]aide|le soutien|l['’]appui) financi(?:ère|er)|(?:este contenido|este artículo|este reportaje|esta nota) (?:fue|ha sido) (?:producid[oa]|realizad[oa]|posible) (?:con|gracias a) (?:el apoyo|la ayuda) financier[oa]|(?:dieser (?:beitrag|artikel|text)|diese recherche) (?:wurde|ist) mit (?:der )?finanziellen? unterstützung|(?:dieser|der) (?:beitrag|artikel|text) wurde (?:von|vom) .{2,80} (?:erstellt|produziert|verfasst|zur verfügung gestellt)|questo (?:contenuto|articolo) è stato (?:prodotto|realizzato|scritto) da|dit (?:artikel|stuk) (?:is|werd) (?:geproduceerd|gemaakt|geschreven) door)(?!\p{L})/iu;

// PROVENANCE without "% off", which a story may say of prices or growth.
const PROMOTION = /\b(?:appeared first on|originally (?:published|appeared)|(?:contributed|republished|reprinted) (?:by|with)|available (?:at|on) amazon|free shipping|buy me a coffee)\b/i;

// A link to the piece or the site, alone or with a prompt: "https://example.com/story/", "Read more
// great articles here: https://example.com", or with the site's name after a dash:
// "http://example.blogspot.com – The Example Blog".
const LINK_LINE = /^(?:(?:read|visit|see|check out|find|watch|listen to)\b[^.!?]{0,60}:?\s*)?(?:https?:\/\/|www\.)\S+(?: [–—-] [^.!?]{2,60})?$/i;
const FULL_NAME = /^\p{Lu}[\p{L}'’.-]+ \p{Lu}/u;
/** The most words of an author's note after the story (a bio of a few sentences), named in full. */
const NOTE_WORDS = 150;

// A page's prompts to its readers under the story: "See a typo/mistake?", "Have a story/tip?",
// "Did we miss something? Send us a tip or a correction.", "Reader Feedback" over the comments; a
// broadcaster's question for its comments, open for a while: "Kuinka kolareita voitaisiin mielestäsi
// vähentää? Voit keskustella aiheesta 13.3. kello 23:een asti." ("… you can discuss it until …").
// Or to follow the outlet: "Join us on Facebook.com/CNNOpinion.", "Like us on Facebook and follow us
// on Twitter.", "Follow us on LinkedIn: https://…".
const READER_PROMPT = /^(?:(?:did we (?:miss|get) (?:something|anything)(?: wrong)?|see something we missed)\?\s+)?(?:see a typo(?:\/mistake)?|spotted an? (?:typo|error|mistake)|found a typo|have a (?:news )?(?:story|tip)(?:\/tip)?|got a (?:news )?tip|send us (?:a )?(?:news )?tips?(?: or (?:a )?corrections?)?|reader feedback)[?.!]?$|^if you (?:would like|want|wish) to (?:write|submit) an? (?:op-?ed|letter to the editor|column|guest post)\b.{0,150}$|^(?:join|follow|like|find|connect with) us (?:on |at )?(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|telegram|threads|mastodon|bluesky)\b.{0,100}$|^(?:[^.!?]{3,160}\?\s+)?(?:voit keskustella aiheesta\b.{0,40}(?:asti|saakka)|du kan diskutera (?:ämnet|artikeln)\b.{0,40}(?:kl\.?|klockan|till)\b.{0,20}|you can (?:discuss|comment on) (?:this|the) (?:topic|story|article) (?:below|here|in the comments|until\b.{0,30}))\.?$/iu;

// A writer's note that says what else they do, not what they are: a student's ("Jane Roe studies
// politics at Example State University. She is …"), a publisher's ("Jim publishes Example Magazine.").
const DOES_NOTE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){0,3} (?:studies\b[^.!?]{0,80}\bat\b|is (?:a |an )?(?:[\p{Ll}-]+ ){0,2}student at\b|publishes\b[^.!?]{0,60}\b(?:[Mm]agazine|[Bb]log|[Nn]ewsletter|[Ww]ebsite|[Jj]ournal)\b|blogs at\b|writes (?:regularly )?(?:for|about)\b[^.!?]{0,60}\b(?:[Mm]agazine|[Bb]log|[Nn]ewsletter|[Ww]ebsite|[Jj]ournal|\.com)\b)/u;
// What the site is, said under its story: "Example.com is an independent news agency devoted to …",
// "Example.com provides market research reports to …",
// "Example Link is your weekly South Asian newspaper."
const SITE_NOTE = /^[\p{L}\d-]+\.(?:com|org|net|news|info|co\.uk|ca)\b (?:is (?:a|an|the|your)|provides|offers)\b|^(?:\p{Lu}[\p{L}.&'’-]*\s){1,4}is your (?:[\p{L}-]+\s){0,4}(?:newspaper|news source|source of news|magazine|paper|news site|website)\b/u;

// Where to find help, said to the reader under a story of violence or suicide: "If you or someone you
// know is in crisis, here are some resources …", "If you are experiencing abuse and need support,
// call …" (the list of lines under it goes with it).
const HELP_NOTE = /^if you(?:,? or (?:someone|anyone|a (?:friend|loved one|family member))(?: you know)?,?)? (?:are|is|have been|were|need|feel)\b.{0,160}?\b(?:help|support|assistance|crisis|resources|hotline|helpline|distress|suicidal)\b/i;

// A press release's closing label over whom to call and where it comes from: "Contacts and
// sources:", "Media contact:", "Sources:".
const CONTACTS_LABEL = /^(?:media |press )?(?:contacts?|sources?)(?: (?:and|&) (?:sources?|contacts?|credits?))?:?$/i;

// ... or with the contact's name run on: "MEDIA CONTACT: Jane Roe, Media Relations, Example
// Institute, 555-0100".
const CONTACT_LINE = /^(?:media|press) (?:contacts?|inquiries|enquiries)\s*[:—–-]\s*\S.{0,300}$/i;

// A note on the writer that gives a title, capitalised as on a card, and where they hold it: "Jane
// Roe is a Director with Example Metals Exchange, …", "John Q. Doe is Commander of the Example Camp
// …". (No quotation: a story's last paragraph about someone quotes or is quoted.)
const TITLED_NOTE =
  /^(?!.*["“”])\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2},? (?:is|serves as) (?:a |an |the )?(?:(?:Senior|Executive|Managing|Associate|Assistant|Founding|Deputy|Chief|Co-?) ?)?(?:Director|Commander|Chairman|Chairwoman|Founder|Co-?[Ff]ounder|Fellow|Professor|Editor|Partner|Analyst|Economist|Strategist|Adviser|Advisor|CEO|Publisher|Columnist|Contributor)\b[^.!?"“”]{0,40}?\b(?:of|with|at|for)\b/u;

// What an organisation is, in its own words under its release or its writer's piece: "The Example
// Institute is an independent research organization with offices in … Visit example.org." (Told by
// what such a note says besides: its mission, where it sits, where to read more.)
const ORG_NOTE = /^(?!.*["“”])(?:The )?(?:\p{Lu}[\p{L}\d&'’.-]*\s){0,4}\p{Lu}[\p{L}\d&'’.-]*(?:, \p{Lu}{2,6},?)? (?:is|are) (?:a|an|the) [^.!?]{0,120}?\b(?:organi[sz]ation|institute|think[- ]tank|non-?profit|charity|foundation|association|coalition|network|publisher|provider)\b/u;
const ORG_NOTE_HINT = /\b(?:mission|founded in|headquartered|offices in|membership organi[sz]ation|(?:which|that) represents|visit (?:us at )?(?:www\.)?[\w-]+\.(?:org|com|net))\b/i;

// A note on the writer that opens with their book: "The author of an explosive collection, THE
// EXAMPLE REVEALED, Jon was a candidate for …". (A story's "The author of the study, Jane Roe, is
// …" sets the name between commas.)
const AUTHOR_OF_NOTE = /^(?!.*["“”])(?:The |An? )?(?:author|co-?author|writer|editor|founder|creator|host) of\b[^.!?]{0,140},\s*\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2} (?:is|was|has|had|holds|lives|teaches|writes|worked)\b/u;

// ... or with the writer's life, told of them by name and then "He …", "She …", which says they write:
// "Jane Q. Roe was raised to believe in … She has written articles about health on …. She holds a
// degree in …".
const LIFE_NOTE = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)? \p{Lu}[\p{Ll}'’-]+ (?:is|was|has|holds|lives|grew|studied|began)\b/u;
const LIFE_NOTE_WRITES = /\b(?:has (?:written|published|authored)|writes (?:for|about|on)\b|(?:the )?author of\b|(?:articles|books|essays) (?:about|on|for)\b)/i;
const LIFE_NOTE_TURN = /[.!?]\s+(?:He|She|They) /g;

/** Whether a paragraph (or the end of one) is such a note on the writer's life, of 900 characters at most. */
function isLifeNote(text: string): boolean {
  return text.length <= 900 && LIFE_NOTE.test(text) && !/["“”]/u.test(text) && LIFE_NOTE_WRITES.test(text) && (text.match(LIFE_NOTE_TURN)?.length ?? 0) >= 2;
}

// A prompt to the reader who liked the piece: "If for some reason you actually liked this post,
// click the "Like" button below.", "If you enjoyed this article, please share it".
const LIKED_PROMPT = /^if (?:[\p{L} ]{0,24} )?you (?:\p{L}+ )?(?:liked|enjoyed|appreciated) (?:this|our) (?:post|article|story|piece|video|content)\b/iu;

/** Whether a paragraph that says how to reach someone is a contact line: one that ends on the
 *  address, or on more of it (a postbox, a phone), not a writer's last paragraph that goes on past it
 *  with a sentence of its own ("… If you'd like to help next winter, email me at jane@example.org. See
 *  you in the stacks – or the garden beds!"). */
function reachEnds(text: string): boolean {
  const m = REACH.exec(text);
  if (!m) return false;
  // (The rest of the address, not its closing stop: "example.org. See you …" -> ". See you …".)
  const after = text.slice(m.index + m[0].length).replace(/^\S*?(?=[.!?]*(?:\s|$))/u, "");
  const goesOn = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}[^@\d]*$/u.exec(after);
  return !goesOn || wordsIn(goesOn[0], 4) < 4;
}

/**
 * A call to action spoken to the reader ("Leave a comment below", "Sign up for our newsletter"):
 * both in one sentence where the paragraph has two of prose, since a story's last paragraph may
 * tell what the public can do and then what the newsroom will ("Anyone can comment through the
 * docket. Groups are preparing guidance, and we'll update this story with links.").
 */
function callsToReader(text: string): boolean {
  const acts = (t: string) => (CALL_TO_ACTION.test(t) || (t.includes("elivered") && DELIVERED.test(t))) && TO_THE_READER.test(t);
  if (!acts(text)) return false;
  const sentences = sentencesOf(text);
  if (sentences.length < 2 || !sentences.every((x) => wordsIn(x, 8) >= 8)) return true;
  return sentences.some(acts);
}

/** A paragraph a page adds after a story: an author's note, a contact line, a call to action.
 *  (A contact line or a call that speaks of the story's own matter, `topical`, is the story's: "Riders
 *  can follow @ExampleAlerts … during the closure", as an organisation closes its own news.) */
function isAfterword(text: string, topical: (t: string) => boolean = () => false): boolean {
  if (isEditorsNote(text)) return true;
  if (text.length > 1200) return false;
  if ((text.length <= 30 && CONTACTS_LABEL.test(text)) || LIKED_PROMPT.test(text) || LINK_LINE.test(text) || READER_PROMPT.test(text) || (FAIR_USE_HINT.test(text) && FAIR_USE.test(text))) return true;
  if (text.length <= 600 && (DOES_NOTE.test(text) || SITE_NOTE.test(text) || HELP_NOTE.test(text) || TITLED_NOTE.test(text) || CONTACT_LINE.test(text) || EARLIER_VERSION.test(text))) return true;
  if (text.length <= 900 && ((ORG_NOTE.test(text) && ORG_NOTE_HINT.test(text)) || AUTHOR_OF_NOTE.test(text) || isLifeNote(text))) return true;
  // (A long note names its person in full: "She was an established author …" may close a story.)
  return (AUTHOR_NOTE.test(text) && wordsIn(text, NOTE_WORDS) < (FULL_NAME.test(text) ? NOTE_WORDS : 90)) || (!APPEAL.test(text) && reachEnds(text) && !topical(text)) || (text.length <= 300 && (PAGE_NOTE.test(text) || (text.includes("receive") && CONSENT.test(text)) || (callsToReader(text) && !QUOTED.test(text) && !FUNDRAISER.test(text) && !topical(text)) || PROVENANCE.test(text) || PROVENANCE_ELSEWHERE.test(text)));
}

/**
 * An author's note run onto the story's last paragraph ("… The trial continues. Jane Roe is a
 * reporter covering courts. Reach her at …"): the note made a paragraph of its own, so that the
 * story's last sentences stay when the note goes. The story's part must be a sentence or more (not
 * a list's number, "10."), and the note short and about a person.
 */
const NOTE_WRITER = /^\p{Lu}[\p{L}'’.-]+ \p{Lu}[^.!?]{0,120}\b(?:writer|author|journalist|editor|columnist|correspondent|reporter|blogger|photographer)\b/u;

export function splitAuthorNote(paragraphs: Paragraph[]): Paragraph[] {
  const last = paragraphs[paragraphs.length - 1];
  if (!last || last.text.length > 3000) return paragraphs;
  // (On a page run together the note may follow the stop with no space: "… food supply.Jane Q. Roe was …".)
  const stop = /[.!?]["”’]?(?:\s+|(?=\p{Lu}\p{Ll}+ (?:\p{Lu}\. )?\p{Lu}\p{Ll}+ ))(?=\p{Lu})/gu;
  for (let m = stop.exec(last.text); m; m = stop.exec(last.text)) {
    // (After a word of two letters or more: not an initial, "Michael T. Snyder".)
    if (!/[\p{Ll}\p{N}]{2}$/u.test(last.text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const rest = last.text.slice(m.index + m[0].length);
    const head = last.text.slice(0, m.index + m[0].trimEnd().length);
    // (A person, named in two words or more, who writes: not "GMAC has been a strong contributor".)
    if (!((AUTHOR_NOTE.test(rest) && NOTE_WRITER.test(rest)) || isLifeNote(rest)) || wordsIn(rest, 90) >= 90 || wordsIn(head, 6) < 6) continue;
    return [...paragraphs.slice(0, -1), { n: last.n, text: head }, { n: last.n, text: rest }];
  }
  return paragraphs;
}

// A press release's contact line (CONTACT_LINE) run onto the story's last sentence, its label in
// capitals or title case: "… more broadly.” MEDIA CONTACT: Jane Roe, …".
const CONTACT_START = /^(?:MEDIA|PRESS|Media|Press) (?:CONTACTS?|Contacts?|INQUIRIES|Inquiries|ENQUIRIES|Enquiries)\s*:/u;
const CONTACT_HINT = /contact|inquir|enquir/i;

/** Makes such a contact line, in one of the last paragraphs, a paragraph of its own (an afterword). */
export function splitContactLine(paragraphs: Paragraph[]): Paragraph[] {
  return splitLateRunOn(paragraphs, CONTACT_HINT, (rest) => CONTACT_START.test(rest) && CONTACT_LINE.test(rest));
}

/**
 * Cuts one of the last CORRECTION_REACH paragraphs (one that `hint` finds a word of) at the stop
 * after which a note starts, as `startsNote` tells, when six words of story or more stand before
 * it: the note becomes a paragraph of its own, which the rules for afterwords then judge.
 */
function splitLateRunOn(paragraphs: Paragraph[], hint: RegExp, startsNote: (rest: string) => boolean): Paragraph[] {
  for (let i = paragraphs.length - 1; i >= 0 && i >= paragraphs.length - CORRECTION_REACH; i--) {
    const p = paragraphs[i]!;
    if (p.text.length > 3000 || !hint.test(p.text)) continue;
    const stop = /[.!?]["”’]?\s+(?=\p{Lu})/gu;
    for (let m = stop.exec(p.text); m; m = stop.exec(p.text)) {
      const rest = p.text.slice(m.index + m[0].length);
      if (!startsNote(rest)) continue;
      const head = p.text.slice(0, m.index + m[0].trimEnd().length);
      if (wordsIn(head, 6) < 6) continue;
      return [...paragraphs.slice(0, i), { n: p.n, text: head }, { n: p.n, text: rest }, ...paragraphs.slice(i + 1)];
    }
  }
  return paragraphs;
}

/** How many paragraphs from the end a correction note run onto the story may stand (notes and bios may follow). */
const CORRECTION_REACH = 8;

/**
 * A note of correction run onto one of the story's last paragraphs ("… a three-city rampage.
 * Editor's note — Sept. 14, 2022: A description of … has been edited."), or a credit run onto the
 * last ("… in his honour. With files from The Canadian Press"): made a paragraph of its own, which
 * goes as the page's.
 */
export function splitCorrectionNote(paragraphs: Paragraph[]): Paragraph[] {
  const last = paragraphs[paragraphs.length - 1];
  const credit = last?.text.includes("files from") ? FILES_CREDIT_RUN_ON.exec(last.text) : null;
  if (last && credit) {
    const rest = last.text.slice(credit.index + credit[0].length);
    return [...paragraphs.slice(0, -1), { n: last.n, text: last.text.slice(0, credit.index) }, { n: last.n, text: rest }];
  }
  return splitLateRunOn(paragraphs, CORRECTION_HINT, (rest) => rest.length <= 300 && CORRECTION_START.test(rest));
}

// A turn of an interview or a transcript: its speaker's name or role, a colon, what they said.
const SPEAKER = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}):\s+\S/u;
/** How many turns make a speaker's label one of the text's (not a label once used: "Note: …"). */
const SPEAKER_TURNS = 3;

/** The labels of the speakers whose turns the text is made of, each heading SPEAKER_TURNS paragraphs or more. */
function speakersOf(paragraphs: Paragraph[]): Set<string> {
  const turns = new Map<string, number>();
  for (const p of paragraphs) {
    const label = SPEAKER.exec(p.text)?.[1];
    if (label) turns.set(label, (turns.get(label) ?? 0) + 1);
  }
  return new Set([...turns].filter(([, n]) => n >= SPEAKER_TURNS).map(([label]) => label));
}

/**
 * The page after the story: after the story's last sentence of prose, from the first afterword on,
 * everything but long prose is page (notes, prompts, links, credits, forms), and so is every later
 * afterword.
 */
export function dropAfterwords(paragraphs: Paragraph[], offer?: Offer): Paragraph[] {
  paragraphs = cutAtFeedFooter(paragraphs);
  // (Looked for from the end: only the paragraphs after it are asked whether they are afterwords.)
  // (An interview's turn is story however short: "Questioner: Thank you." closes a transcript.)
  const speakers = speakersOf(paragraphs);
  const topical = topicalTo(paragraphs);
  let lastProse = paragraphs.length - 1;
  for (; lastProse >= 0; lastProse--) {
    const t = paragraphs[lastProse]!.text;
    if ((isProse(t) && endsSentence(t) && !isAfterword(t, topical)) || (speakers.size > 0 && speakers.has(SPEAKER.exec(t)?.[1] ?? ""))) break;
  }
  // A promotion or a syndication line ("… 50% off plus free shipping", "… appeared first on …") is
  // page wherever it stands in the story's second half, even with more prose after it.
  // So is an editor's note there, however long: it speaks about the piece, after it.
  const out = paragraphs
    .slice(0, lastProse + 1)
    .filter((p, i) => i < paragraphs.length / 2 || !(isEditorsNote(p.text) || (p.text.length <= 300 && (PROMOTION.test(p.text) || PAGE_NOTE.test(p.text) || PROVENANCE_ELSEWHERE.test(p.text)))));
  let inPage = false;
  for (let i = lastProse + 1; i < paragraphs.length; i++) {
    const t = paragraphs[i]!.text;
    if (offer) offerWriterNote(t, paragraphs[i]!.n, offer);
    if (isAfterword(t)) inPage = true;
    else if (!inPage || wordsIn(t, 40) >= 40) out.push(paragraphs[i]!);
  }
  return out.length > 0 ? out : paragraphs;
}

/** Of a paragraph's words of five letters or more, how many the story's other paragraphs say too
 *  that make it speak of the story's own matter. */
const TOPICAL_WORDS = 3;

/**
 * Whether a paragraph speaks of what the story's other paragraphs do: three of its words of five
 * letters or more (not the page's words for itself) stand in them. A page's prompt speaks of the
 * page: its newsletter, comments, tips.
 */
function topicalTo(paragraphs: Paragraph[]): (t: string) => boolean {
  // (Counted on the first question only: most stories have no contact line or call to ask about.)
  let counts: Map<string, number> | undefined;
  const wordsOf = (t: string) => new Set(t.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
  return (t) => {
    if (PAGE_TALK.test(t)) return false;
    if (!counts) {
      counts = new Map();
      for (const p of paragraphs) for (const w of wordsOf(p.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    let shared = 0;
    for (const w of wordsOf(t)) if (!PAGE_WORDS.has(w) && (counts.get(w) ?? 0) >= 2 && ++shared >= TOPICAL_WORDS) return true;
    return false;
  };
}
// What a page asks of its reader about itself or its writer: to comment, share, sign up, follow, write,
// give ("Your donation can help us …").
const PAGE_TALK = /\b(?:comments?|share your|let us know|tell us|sign up (?:today|now|here)|(?:contact|reach|e-?mail) (?:the )?(?:reporter|writer|author|columnist|editor)|newsletters?|subscri\w*|follow (?:us|him|her|them|me)|e-?mail (?:him|her|us|me)|write to (?:him|her|us|me)|your (?:thoughts|stories|story|recommendations|favou?rite|views|photos|donation|contribution|gift|support)|donate (?:today|now))\b/iu;
const PAGE_WORDS = new Set(["story", "stories", "article", "articles", "newsletter", "newsletters", "comment", "comments", "subscribe", "subscribers", "subscription", "please", "email", "share", "follow", "updates", "latest", "contact", "reporter", "newsroom", "there", "their", "about", "would", "which", "these", "those", "other", "where", "while"]);

// A feed's footer, which a blog's software adds at the very end of the post it syndicates: "The post
// Example headline appeared first on Example Site."
const FEED_FOOTER = /^the post .{3,300} appeared first on .{2,100}$/iu;

/**
 * Cuts the text at a feed's footer in its second half, after 50 words of prose: the post ended
 * there, and what follows is the page that reposted it (its own blurb, its source line).
 */
function cutAtFeedFooter(paragraphs: Paragraph[]): Paragraph[] {
  for (let i = paragraphs.length - 1; i >= 1 && i >= paragraphs.length / 2; i--) {
    const t = paragraphs[i]!.text;
    if (t.length > 420 || !FEED_FOOTER.test(t)) continue;
    let prose = 0;
    for (let k = 0; k < i; k++) if (isProse(paragraphs[k]!.text)) prose += wordsIn(paragraphs[k]!.text);
    return prose >= 50 ? paragraphs.slice(0, i) : paragraphs;
  }
  return paragraphs;
}

// A note over the story saying where it first ran, and by whom: "This article was originally
// published by Jane Roe at her Example Blog."
const LEAD_NOTE = /^this (?:article|piece|story|post|essay|report) (?:was |has been )?(?:originally|first) (?:published|appeared|posted)\b(?:.{0,40}?\bby ((?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’-]+))?/u;
// ... or naming the writer first: "This article was written by Jane Roe and originally published at
// Example News."
const WRITTEN_NOTE = /^this (?:article|piece|story|post|essay|report) (?:was )?written by ((?:\p{Lu}[\p{L}'’.-]*\s){1,3}?\p{Lu}[\p{L}'’-]+) and (?:was )?(?:originally|first) (?:published|appeared|posted)\b/u;

// ... or an editor's introduction to a piece by someone else: "The post below was written by Jane
// Roe, of Example Watch, and posted at …", "The following article was submitted by Jane Roe." (It may
// run on about the piece for a few sentences: up to INTRO_NOTE_CHARS.)
const INTRO_NOTE = /^(?:the (?:post|article|piece|story|essay|report|letter) below|the following (?:post|article|piece|story|essay|report|letter)) (?:was |is )?(?:written|submitted|contributed|sent(?: in)?) by ((?:\p{Lu}[\p{L}'’.-]*\s){1,3}?\p{Lu}[\p{L}'’-]+)\b/u;
const INTRO_NOTE_CHARS = 600;

// ... or only who writes it, as an aggregator introduces a piece it reposts: "Jane Roe writes:".
const WRITES_NOTE = /^((?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’-]+) writes:$/u;

// ... or only where: "Originally published at Example Blog.", "This piece was originally produced for
// and posted by Example News."
const WHERE_NOTE = /^(?:this (?:article|piece|story|post|essay|report) was )?originally (?:published|posted|appeared|produced)(?: for and posted)? (?:at|on|in|by|for)\b[^.!?]{1,80}\.?$/iu;

// ... or pointing to a newer one: "For the latest news, see: Jury hears from victims' families".
const LATEST_POINTER = /^for the latest(?: news| updates?| coverage| developments)?,? (?:see|read|go to|visit)\b/i;

/**
 * Drops such a note opening the story (first, or under the headline repeated); the writer it names
 * is offered as the author.
 */
export function dropLeadNote(paragraphs: Paragraph[], offer: Offer): Paragraph[] {
  for (let i = 0; i < 2 && i < paragraphs.length - 1; i++) {
    const p = paragraphs[i]!;
    const intro = p.text.length <= INTRO_NOTE_CHARS ? INTRO_NOTE.exec(p.text.replace(/^The/u, "the")) : null;
    if (intro) {
      if (isPersonName(intro[1]!)) offer("author", intro[1], RANK_META + 2, p.n, "editor's introduction");
      return [...paragraphs.slice(0, i), ...paragraphs.slice(i + 1)];
    }
    if (p.text.length > 200) continue;
    if (LATEST_POINTER.test(p.text)) return [...paragraphs.slice(0, i), ...paragraphs.slice(i + 1)];
    const note = p.text.replace(/^This/u, "this");
    const m = LEAD_NOTE.exec(note) ?? WRITTEN_NOTE.exec(note) ?? WRITES_NOTE.exec(note);
    if (!m) {
      if (WHERE_NOTE.test(p.text)) return [...paragraphs.slice(0, i), ...paragraphs.slice(i + 1)];
      continue;
    }
    // (The note names a writer: initials and a surname, "MN Gordon", are a person's here.)
    if (m[1] && (isPersonName(m[1]) || isInitialsName(m[1]))) offer("author", m[1], RANK_META + 2, p.n, "first-published note");
    return [...paragraphs.slice(0, i), ...paragraphs.slice(i + 1)];
  }
  return paragraphs;
}

// A lead photo's caption over the story says what the photo shows: who stands where ("Jane Roe,
// left, and …", "(left)"), "pictured", "this photo", "a file photo", "photo shows"; or it ends on
// the full date it was taken ("… in Langley, B.C., on July 25, 2022."), as a story's lead does not.
const PHOTO_WORDS = /\bpictured\b|\b(?:this|a|an|the|family|file) photo\b(?! id\b)|\bphoto (?:shows|taken)\b|\((?:left|right|centre|center)\)|, (?:left|right|centre|center),/i;
const TAKEN_ON = /\b(?:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, (?:19|20)\d\d\.$/;
/** The most words of such a caption (a sentence or two). */
const LEAD_CAPTION_WORDS = 45;
// A caption in English that names who is in the picture and where, with a participle and no verb of
// a sentence after the name: "Jane Roe in the club's dressing room after completing her move." (Not
// "Jane Roe at the council has said …", "Storm Darragh at the weekend left …": no auxiliary, no
// past tense follows; nor a German or Dutch lead, "Die Feuerwehr in Köln musste …", whose nouns are
// capitalised: English words only, a participle among them.)
const WHO_AND_WHERE = /^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}\p{Lu}[\p{L}'’-]+ (?:in|at|during|outside|inside|with) (?:the|a|an|his|her|their|its|\p{Lu})(?=[^.!?]*\b[a-z]{3,}ing\b)(?![^.!?]*\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|said|says|[a-z]{2,}ed|set|left|took|made|went|got|gave|came|won|lost|led|held|met|told|saw|found|paid|put|ran|sent|hit|cut|let|spent|built|bought|brought|caught|fought|thought|sold|began|broke|chose|drove|fell|flew|grew|knew|rose|spoke|stood|struck|threw|wrote|became|kept|heard|felt|meant|took)\b)[\x20-\x7e’]{5,160}\.$/u;

// A video's teaser over the story ("WATCH ABOVE: Two officers are dead after …"), under the video's
// title; a content warning ("WARNING: This article contains distressing details.").
const VIDEO_TEASER = /^(?:WATCH(?: ABOVE| BELOW| LIVE)?|VIDEO)\s*[:|]\s*\S/u;
const CONTENT_WARNING = /^(?:content |trigger )?warning\s*:\s*this (?:article|story|video|report|page)\b[^\n]{0,100}$/i;
/** The most words of the video's title over its teaser. */
const VIDEO_TITLE_WORDS = 14;

// Where the text came from, credited on a line of its own over the story ("Source: Example Report",
// "Fuente: EFE", "Quelle: dpa"): a name of a few words, no sentence, no date.
const SOURCE_CREDIT = new RegExp(`^(?:${SOURCE_WORD})\\s?:\\s?(?!.*[.!?]\\s)(?!.*\\b(?:19|20)\\d\\d\\b)\\S[^\\n]{0,40}$`, "iu");
const SOURCE_CREDIT_WORDS = 5;
// A labelled link over the story, the label's words and the address alone: "SHOW NOTES: https://…".
const LABELLED_LINK = /^\p{L}[\p{L} ]{0,30}:\s*(?:https?:\/\/|www\.)\S+$/u;

// A time of day alone on a line: "6:45 PM", "10:30 a.m. EST".
const CLOCK_TIME = /^\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)(?:\s+\p{Lu}{2,4})?$/iu;

/** A time of day alone on a line among the story's first, a post's stamp: not when the text has
 *  other such lines, a timeline's times heading its entries ("8:00am" / "Police were called …" /
 *  "8:15am" / …). */
function isLoneClockTime(t: string, paragraphs: Paragraph[]): boolean {
  return CLOCK_TIME.test(t) && paragraphs.filter((p) => p.text.length <= 20 && CLOCK_TIME.test(p.text)).length === 1;
}

/** Drops a video's teaser (with the video's title over it), a content warning, a post's lone
 *  time of day, a source's credit and a labelled link among the story's first three paragraphs. */
export function dropLeadTeasers(paragraphs: Paragraph[]): Paragraph[] {
  let out = paragraphs;
  for (let i = 0; i < 3 && i < out.length - 1; i++) {
    const t = out[i]!.text;
    if (CONTENT_WARNING.test(t) || isLoneClockTime(t, out) || LABELLED_LINK.test(t) || (SOURCE_CREDIT.test(t) && wordsIn(t, SOURCE_CREDIT_WORDS + 2) <= SOURCE_CREDIT_WORDS + 1)) out = [...out.slice(0, i), ...out.slice(i-- + 1)];
    else if (VIDEO_TEASER.test(t)) {
      const title = i === 1 && wordsIn(out[0]!.text, VIDEO_TITLE_WORDS + 1) <= VIDEO_TITLE_WORDS ? 0 : i;
      out = [...out.slice(0, title), ...out.slice(i + 1)];
      i = title - 1;
    }
  }
  return out;
}

// A page that holds no story, only its headline and another's, a promotion the site set under every
// post ("How To Easily Understand The Difference Between …"), or a browser's row of links ("Browse
// this newspaper »Browse all newspapers »Page of 102"): a single line of a few words in English title
// case (every word of four letters or more capitalised, and a short word too: "To", "The"; not in
// capitals throughout, which a bulletin may be set in) or of links, ending on a word, not on a stop,
// a question or an emoji. (A German sentence capitalises its nouns but not its verbs.)
const LONE_HEADLINE_WORDS = { least: 4, most: 25 };
const LINK_ROW = /^(?!.*«)(?:.*\s»\p{L}){2}/u;
const ENDS_ON_WORD = /[\p{L}\p{N}"”'’)]$/u;

/** Every word of four letters or more capitalised, and one of fewer too. */
function englishTitleCase(t: string): boolean {
  const words = t.split(/\s+/u).map((w) => w.replace(/^[^\p{L}]+/u, "")).filter((w) => /^\p{L}/u.test(w));
  const long = words.filter((w) => /^\p{L}{4}/u.test(w));
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w)) && words.some((w) => !/^\p{L}{4}/u.test(w) && /^\p{Lu}\p{Ll}/u.test(w));
}

/** Nothing, when what is left of the story is one such line that is not the headline itself. */
export function dropLoneHeadline(paragraphs: Paragraph[], title: string | null): Paragraph[] {
  if (paragraphs.length !== 1 || title === null) return paragraphs;
  const t = paragraphs[0]!.text.trim();
  const words = wordsIn(t, LONE_HEADLINE_WORDS.most + 1);
  if (comparable(t) === comparable(title) || t.includes("\n") || words < LONE_HEADLINE_WORDS.least || words > LONE_HEADLINE_WORDS.most || !ENDS_ON_WORD.test(t) || !/\p{Ll}/u.test(t)) return paragraphs;
  return englishTitleCase(t) || LINK_ROW.test(t) ? [] : paragraphs;
}

// A picture's credit over its caption, as a news aggregator sets it: "© Provided by Example Sun",
// "© HANDOUT/EXAMPLE POLICE" (a rights line has a year).
const RIGHTS_CREDIT = /^©\s*(?!.*\b(?:19|20)\d\d\b)\S.{0,60}$/u;

/** The line right above line n, blank or not. */
function lineRightAbove(lines: Line[], n: number): string {
  const i = lines.findIndex((l) => l.n === n);
  return i > 0 ? lines[i - 1]!.text.trim() : "";
}

/** The line right under paragraph p's last line, blank or not. */
function lineRightBelow(lines: Line[], p: Paragraph): string {
  const i = lines.findIndex((l) => l.n === p.n);
  return i < 0 ? "" : (lines[i + p.text.split("\n").length]?.text.trim() ?? "");
}

/** The nearest line with text above line number n. */
function lineAbove(lines: Line[], n: number): string {
  let i = lines.findIndex((l) => l.n === n);
  while (--i >= 0) if (lines[i]!.text.trim() !== "") return lines[i]!.text.trim();
  return "";
}

/** The first line with text under paragraph p, past the lines of its own. */
function lineBelow(lines: Line[], p: Paragraph): string {
  const i = lines.findIndex((l) => l.n === p.n);
  if (i < 0) return "";
  for (let j = i + 1; j < lines.length && j <= i + 12; j++) {
    const t = lines[j]!.text.trim();
    if (t !== "" && !p.text.includes(t)) return t;
  }
  return "";
}

/** Drops a lead photo's caption standing first over a story of two paragraphs or more, with the photographer's name or credit under it if any. */
export function dropLeadCaption(paragraphs: Paragraph[], lines: Line[]): Paragraph[] {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 3 || wordsIn(first.text, LEAD_CAPTION_WORDS + 1) > LEAD_CAPTION_WORDS) return paragraphs;
  const credit = paragraphs[1]!.text;
  // (Or the photographer and the outlet in capitals: "JANE ROE, EXAMPLE LEDGER".)
  const creditUnder = NAME_ALONE.test(credit) || creditLine(credit) !== null || (CAPITALS_CREDIT.test(credit) && isCaptionShaped(first.text));
  // (A lead may end on a date too, "… within a few hours on Victoria Day weekend, May 20, 1996.": a
  // caption that says only when is short and says "on <date>", or has its credit under it or over it.)
  const credited = creditUnder || RIGHTS_CREDIT.test(lineAbove(lines, first.n));
  const takenOn = TAKEN_ON.test(first.text) && (credited || (/\bon \S+ \d{1,2}, \d{4}\.$/u.test(first.text) && wordsIn(first.text, 26) <= 25));
  // (Or a caption's shape with a credit under it that the page's furniture took, so that it is in
  // the text only: "… on Route 7 on March 22." / "(Photo courtesy of the Roe family)".)
  // (A credit that pages set over a caption, "Photo: Jane Roe", closes it where it stands on the
  // caption's next line with the story's long first paragraph under it.)
  const below = lineBelow(lines, first);
  const creditedInText = !creditUnder && isCaptionShaped(first.text) && wordsIn(first.text, 31) <= 30 && (creditLine(below) === "below" || (creditLine(below) === "above" && lineRightBelow(lines, first) === below && wordsIn(paragraphs[1]!.text, 30) >= 30));
  // (Or a caption's shape with the photographer's name on the very next line, no blank line between
  // (a place's name heading the next part stands apart), the story's long first paragraph under that: "Le tracé du m3 doit passer sous le quartier du Flon." / "Florian Cella" / the story.)
  const namedUnder = creditUnder && paragraphs[1]!.n === first.n + 1 && (CAPITALS_CREDIT.test(credit) || isPersonName(credit)) && isCaptionShaped(first.text) && wordsIn(first.text, 31) <= 30 && wordsIn(paragraphs[2]!.text, 30) >= 30;
  // (Or a caption's shape right under a credit set over it, no blank line between, the story's long
  // first paragraph under that: "Imagen: Canal 9" / "Calles anegadas en el barrio …, este martes." /
  // the story. A credit with a blank line under it closed a caption over it: "PHOTO BY JANE ROE".)
  const creditedOver = !creditUnder && isCaptionShaped(first.text) && wordsIn(first.text, 31) <= 30 && creditLine(lineRightAbove(lines, first.n)) === "above" && wordsIn(paragraphs[1]!.text, 30) >= 30;
  // (Or a picture's alternative text right over its caption, no blank line between, the story's long
  // first paragraph under them: "Students work on their robot in the lab." / "Photo: Members of the
  // team make adjustments … (Courtesy of …)" / the story.)
  const altOverCaption = !creditUnder && isCaptionShaped(first.text) && wordsIn(first.text, 31) <= 30 && !/["“”]/u.test(first.text) && isCaption(lineRightBelow(lines, first)) && wordsIn(paragraphs[1]!.text, 30) >= 30;
  // (Or who is pictured and where, no sentence's verb, over the story's long first paragraph.)
  const whoAndWhere = !creditUnder && wordsIn(first.text, 26) <= 25 && WHO_AND_WHERE.test(first.text) && wordsIn(paragraphs[1]!.text, 30) >= 30;
  if (!PHOTO_WORDS.test(first.text) && !takenOn && !creditedInText && !namedUnder && !creditedOver && !altOverCaption && !whoAndWhere) return paragraphs;
  return paragraphs.slice(creditUnder ? 2 : 1);
}

/** Dates a story states about itself in an update note: "UPDATE (11/12/2014): ...". */
export function offerUpdateNotes(paragraphs: Paragraph[], offer: Offer): void {
  for (const p of paragraphs) {
    const d = updateNoteDate(p.text);
    if (d) offer("date", d, RANK_UPDATED, p.n, "update note");
  }
}

/**
 * A source tag closing the story, "… aujourd’hui.» (Le Matin)", or a date-and-agency stamp closing
 * its lead, "… la hija del Rey. 27-06-2012 | Efe": cut from the text, offered as source (and date).
 */
const HAN_EDITOR_AFTER = /[（(](?:責任)?(?:編輯|编辑|责任编辑)[：:][^）)]{1,20}[）)]\s*\d{0,8}\s*$/u;

// (In more of the archive's languages: "Читайте также", "Czytaj także", "Lees ook", "Läs också",
// "Læs også", "Les også", "Čtěte také", "Noticias relacionadas", "Veja também", "Auch interessant".)
// (And in Spanish, Chinese and Japanese: "Siga leyendo", "▲▼相關新聞", "この記事の関連ニュース".)
const LINK_LIST_LABEL = /^(?:kapcsolódó(?: cikkek| hírek)?|siga leyendo|sigue leyendo|[▲▼]{0,2}\s?(?:相關新聞|相关新闻|延伸閱讀|延伸阅读|推薦閱讀|推荐阅读|更多新聞)|(?:この記事の)?関連(?:ニュース|記事)|read more (?:on|about) (?:[\p{L}'’-]+ ){0,5}[\p{L}'’-]+|more (?:on|about) (?:[\p{L}'’-]+ ){0,4}[\p{L}'’-]+|read more|read also|see also|related(?: stories| articles| coverage| content| news)?|also read|more on this(?: story)?|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|auch interessant|lea también|lee también|noticias relacionadas|te puede interesar|leia também|veja também|leia mais|leggi anche|читайте также|по теме|czytaj (?:też|także)|zobacz (?:też|także)|lees ook|bekijk ook|läs också|læs også|les også|čtěte také|přečtěte si také|ilgili haberler)\s*:?$/iu;
const LINK_ITEM = /^[*•·▪-]\s+\p{Lu}[^.!?]{10,150}[^.!?:;]$/u;
const GALLERY_COUNT = /^\d{1,3} (?:of|\/) \d{1,3}$/u;

export function stripSourceTags(paragraphs: Paragraph[], offer: Offer, dateRank: number): Paragraph[] {
  const out = paragraphs.slice();
  const last = out[out.length - 1];
  // A Taiwanese wire's editor and its date code run on after the last sentence: "…可先查詢。（編輯：
  // 張書瑋）1140303".
  const editor = last ? HAN_EDITOR_AFTER.exec(last.text) : null;
  if (last && editor) out[out.length - 1] = { n: last.n, text: last.text.slice(0, editor.index).trimEnd() };
  if (last && !editor) {
    const m = /([.!?…»"”])\s*\(([\p{Lu}][\p{L}\p{N} .&'’-]{1,30})\)\s*$/u.exec(last.text);
    if (m) {
      out[out.length - 1] = { n: last.n, text: last.text.slice(0, m.index + 1) };
      offer("source", m[2]!.trim(), 5, last.n, "source tag");
    }
  }
  for (let i = 0; i < Math.min(3, out.length); i++) {
    const p = out[i]!;
    if (!p.text.includes("|")) continue;
    const m = /\s*\|\s*([\p{Lu}][\p{L} .]{1,30})$/u.exec(p.text);
    if (!m) continue;
    // The date must close the text before the bar: "… del Rey. 27-06-2012 | Efe".
    const before = p.text.slice(0, m.index);
    const tail = before.slice(-30);
    const found = findDate(tail);
    if (!found || found.index + found.length !== tail.length || !/(?:^|\s)$/.test(tail.slice(0, found.index))) continue;
    out[i] = { n: p.n, text: before.slice(0, before.length - tail.length + found.index).trim() };
    offer("date", found.date, dateRank, p.n, "date stamp");
    offer("source", m[1]!.trim(), 4, p.n, "date stamp");
  }
  return out.filter((p) => p.text.trim().length > 0);
}
