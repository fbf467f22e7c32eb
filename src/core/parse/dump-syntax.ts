// What the tools that save a web page as text add to it, taken out before the page is read, so that
// a page saved by any of them reads as the same page copied from a browser:
//   - html2text and reader-mode exports write Markdown: links "[Sign in](/login)", pictures
//     "![A pothole](/img/p.jpg)", a logo linked home "[![Example](/logo.png)](/)", headings "# …",
//     emphasis "_…_", "**…**", rules "* * *";
//   - `lynx -dump` numbers every link, "[12]Home", "By [14]Jane Roe", marks pictures "[16]IMG", and
//     lists the addresses under "References" at the end; a page's feeds come first, "#[1]Example RSS".
// A page such tools hard-wrap at 72-80 columns has its paragraphs put back on one line each
// (unwrapped), so that a story's first paragraph is not read line by line as a page's top.
// Each line keeps its number (a line the syntax alone made is left empty; a wrapped paragraph's
// lines are one line, numbered as its first), so provenance still points into the file as saved.

import { readFrontMatter } from "./frontmatter.js";
import { line, type Line } from "./lines.js";
import { wordsIn } from "./shapes.js";

// A Markdown link or picture, its text kept (a picture's, and a picture inside a link, dropped).
// (The address: no spaces, no brackets; "(/)", "(#main)", "(https://…)", "(/news/local)".)
// (html2text wraps a link's text like any other, so it may run onto the next line: "[![Jane Roe's\n
// avatar](/img/jane.jpg)](/profile/jane)". A picture taken out leaves its line breaks.)
// (pandoc may set the picture's size after it, over two lines: "{width="1200"\nheight="675"}".)
const PICTURE = /!\[(?:[^\]\n]|\n(?!\s*\n)){0,300}\]\([^()\s]{0,500}(?:\s+"[^"\n]{0,200}")?\)(?:\{[^{}]{0,200}\})?/g;
// pandoc's span with attributes, "[17 January 2024]{.published-date}", and its hard line break, a
// backslash ending the line.
const SPAN = /\[([^\[\]\n]{1,200})\]\{[#.][^{}\n]{0,200}\}/g;
const HARD_BREAK = /\\$/;
const LINK = /\[((?:[^\]\n]|\n(?!\s*\n)){0,300})\]\((?:[^()\s]{0,500}|[^()\s]{0,500}\([^()\s]{0,100}\)[^()\s]{0,100})(?:\s+"[^"\n]{0,200}")?\)/g;
const breaksIn = (t: string) => t.replace(/[^\n]/g, "");
/** A link's text, set off by a space from a word in small letters it was glued to where the page's
 *  style spaced them: "**Door[Sanne de Wit](/auteur/…)**" is "Door Sanne de Wit". */
function linkText(_match: string, text: string, at: number, whole: string): string {
  const before = at > 0 ? whole.charCodeAt(at - 1) : 0;
  return before >= 97 && before <= 122 && /^\p{Lu}\p{Ll}/u.test(text) ? ` ${text}` : text;
}
const LINK_HINT = /\]\((?:https?:|\/|#|\.\.?\/|mailto:|www\.)/;
// A Markdown heading's marks, emphasis around words, a rule.
const HEADING = /^\s{0,3}#{1,6}\s+(?=\S)/;
const CLOSING_HASHES = /\s+#{1,6}\s*$/;
const EMPHASIS = /(^|[\s(["“‘«])(\*\*|__|\*|_)(?=\S)([^*_\n]{1,300}?\S)\2(?=$|[\s)\]"”’».,;:!?])/g;
const BOLD = /(?<![*\p{L}\p{N}])\*\*(?=\p{L})([^*\n]{0,300}?\p{L})\*\*(?![*\p{L}\p{N}])/gu;
const MAIL_HEADERS = /^(?:[A-Z][\w-]{1,30}: .*\n){2}/;
// A quotation's marks, "> SEE ALSO: …" (a quotation of the page's own, in Markdown from a page).
const BLOCKQUOTE = /^(?:>\s?)+/;
const RULE = /^\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
// pandoc's Markdown: a character escaped with a backslash ("Publicerad 11 februari \| Uppdaterad"),
// a heading's attributes ("# Headline {#top .entry-title}"), and a div fenced by colons with its
// class (":::  newsletter" … ":::").
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|<>~"'$])/g;
// (Each attribute a token without spaces, the next after a space: no two ways to split a run.)
const ATTRIBUTE = String.raw`(?:[#.][\w:-]+|[\w-]+=(?:"[^"]*"|[^\s"{}]+))`;
const ATTRIBUTES = new RegExp(String.raw`\s*\{\s*${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\s*\}\s*$`, "u");
const FENCE = /^\s*:{3,}\s*(?:\{([^}]*)\}|([\w-]+))?\s*:*\s*$/u;
/** A fenced div's class that names what the page sets around a story, never the story itself. */
const FURNITURE_CLASS = /^(?:paywall|newsletter|signup|subscribe|subscription|promo|promotion|ad|ads|advert|advertisement|sponsored|related|more|recommended|read-?more|share|sharing|social|comments?|sidebar|aside|nav|navigation|menu|breadcrumbs?|footer|cookies?|consent|tags|author-?(?:bio|box)|bio|widget|teaser|trending|most-?read|popular)$/iu;

// lynx's link numbers: "[12]" right before the link's text, or "[16]IMG" for a picture.
const LYNX_MARK = /(^|[\s(|•·>])\[\d{1,5}\](?=\S)/g;
const LYNX_PICTURE = /(^|\s)\[\d{1,5}\]IMG\b\s?/g;
const LYNX_FEED = /^\s*#\[\d{1,5}\]/;
const LYNX_REFERENCES = /^\s*References\s*$/;
// (Any scheme: "whatsapp://send?text=…", "tel:+44…", "fb-messenger://…" as well as the web's.)
const LYNX_REFERENCE = /^\s*\d{1,5}\.\s+[a-z][a-z0-9+.-]{1,30}:\S*\s*$/i;
/** A page has lynx's numbers when at least this many links carry them. */
const LYNX_LEAST = 4;

// A link's address in angle brackets after its text, as a mail program's plain-text part and some
// copies of a page give it: "Kurier Warmiński <https://…>", "Read more <https://…>".
const ANGLE_LINK = / ?<(?:https?|mailto|ftp):[^<>\s]*>/g;
/** A text has such links when at least this many lines carry one after their text. */
const ANGLE_LEAST = 4;

/** Whether the text looks saved by one of those tools, so that taking the syntax out is worth the copy. */
function hasDumpSyntax(text: string): { markdown: boolean; lynx: boolean } {
  const markdown = LINK_HINT.test(text);
  let lynx = false;
  if (text.includes("]")) {
    const marks = text.match(LYNX_MARK);
    lynx = marks !== null && marks.length >= LYNX_LEAST && increasing(marks.map((m) => Number(/\d+/.exec(m)![0])));
  }
  return { markdown, lynx };
}

/** lynx numbers its links in order: most marks are above the one before. */
function increasing(ns: number[]): boolean {
  let up = 0;
  for (let i = 1; i < ns.length; i++) if (ns[i]! > ns[i - 1]!) up++;
  return up * 4 >= (ns.length - 1) * 3;
}

// The Wayback Machine's toolbar over a page saved from the Internet Archive: "The Wayback Machine -
// https://web.archive.org/web/2024…" / "success" / "fail" / "About this capture" / … / "39 captures" /
// "17 Mar 2024 - 02 Apr 2024" / "FEB MAR APR" / … / "Close" / "Help"; or, as other versions of it
// copy out, "Go" / "3 captures" / … / "success" / "fail" / "About this capture" / "COLLECTED BY" /
// "Collection: …" / "TIMESTAMPS".
const WAYBACK = /^\s*The Wayback Machine - https?:\/\/web\.archive\.org\//u;
/** The most lines the toolbar takes. */
const WAYBACK_LINES = 40;

/** The text with the Wayback Machine's toolbar emptied, its lines kept (the same text without one). */
function withoutWaybackBar(text: string): string {
  if (!WAYBACK.test(text.slice(0, 200))) return text;
  const lines = text.split("\n");
  // (The toolbar's last line is the first "Help" after its count of captures, or its last
  // "TIMESTAMPS" or "About this capture" line; the page's own buttons further down are the page's.)
  let end = 0;
  const captures = lines.findIndex((l, i) => i < WAYBACK_LINES && /^\s*[\d,.]+ captures?\s*$/iu.test(l));
  if (captures > 0) {
    for (let i = captures + 1; i < lines.length && i <= captures + 12; i++) {
      if (/^\s*help\s*$/iu.test(lines[i]!)) {
        end = i;
        break;
      }
      if (/^\s*(?:timestamps|about this capture|collected by)\s*$/iu.test(lines[i]!)) end = i;
    }
  }
  for (let i = 0; i <= end; i++) lines[i] = "";
  return lines.join("\n");
}

/** The text with the saving tool's syntax taken out (the same text when it has none). */
export function withoutDumpSyntax(text: string): string {
  return readDump(text).text;
}

/**
 * lynx sets a page's text in from the margin and its headings (h1-h6) at the margin. On a page laid
 * out so (most of its lines set in), the numbers of the lines at the margin: its headings.
 */
function lynxHeadings(lines: readonly string[]): Set<number> {
  let setIn = 0;
  let atMargin = 0;
  for (const l of lines) {
    if (l.trim() === "") continue;
    if (l.startsWith("  ")) setIn++;
    else if (!/^\s/.test(l)) atMargin++;
  }
  const headings = new Set<number>();
  if (setIn < LYNX_SET_IN_LEAST || atMargin * 4 > setIn) return headings;
  // (At the margin, or centred well in from it: "                     Jinja fishers say …".)
  lines.forEach((l, i) => {
    const t = l.trim();
    if (t === "" || LYNX_REFERENCES.test(l) || LYNX_FEED.test(l)) return;
    const indent = l.length - l.trimStart().length;
    if (indent === 0 || (indent >= CENTRED_INDENT && !LIST_START.test(l))) headings.add(i + 1);
  });
  return headings;
}
/**
 * A Markdown page's headline: its one first-level heading ("# The Salt Road review – …"), when it has
 * just one (a page that sets its logo or its sections as first-level headings too says nothing).
 */
function markdownHeadline(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  lines.forEach((l, i) => {
    if (H1.test(l)) found.add(i + 1);
  });
  return found.size === 1 ? found : new Set();
}
const H1 = /^\s{0,3}#\s+\S/;

/** The least lines set in from the margin for a lynx page's lines at the margin to be its headings. */
const LYNX_SET_IN_LEAST = 10;
/** The least indent of a heading lynx centres (its text is set in by three). */
const CENTRED_INDENT = 8;

/** The text with the saving tool's syntax taken out, whether it had any (see unwrapped), and the
 *  numbers of the lines a lynx dump sets as headings (see lynxHeadings). */
export function readDump(text: string): { text: string; tool: boolean; headings?: ReadonlySet<number> } {
  text = withoutWaybackBar(text);
  if (text.includes("<") && (text.match(/\S <(?:https?|mailto):/g)?.length ?? 0) >= ANGLE_LEAST) text = text.replace(ANGLE_LINK, "");
  const { markdown, lynx } = hasDumpSyntax(text);
  // (Words in Markdown's bold on a page without links are taken out of it too, "Di **Chiara
  // Bellandi** | 12/06/2024"; not in a mail or a post, where asterisks are the writer's own.)
  if (!markdown && !lynx) return { text: text.includes("**") && !MAIL_HEADERS.test(text) ? text.replace(BOLD, "$1") : text, tool: false };
  if (markdown) text = text.replace(PICTURE, breaksIn).replace(LINK, linkText);
  const lines = text.split("\n");
  const headings = lynx ? lynxHeadings(lines) : markdown ? markdownHeadline(lines) : undefined;
  if (lynx) {
    // The list of addresses that closes a lynx dump: its label and every numbered address under it.
    for (let i = lines.length - 1; i >= 0; i--) {
      if (!LYNX_REFERENCES.test(lines[i]!)) continue;
      if (lines.slice(i + 1).every((l) => l.trim() === "" || LYNX_REFERENCE.test(l))) for (let k = i; k < lines.length; k++) lines[k] = "";
      break;
    }
  }
  if (markdown) dropFurnitureDivs(lines);
  // (A Markdown export's front matter keeps its fences: they are no rules.)
  for (let i = markdown ? frontMatterEnd(lines) + 1 : 0; i < lines.length; i++) {
    let t = lines[i]!;
    if (lynx) {
      if (LYNX_FEED.test(t)) {
        lines[i] = "";
        continue;
      }
      if (t.includes("]")) t = t.replace(LYNX_PICTURE, "$1").replace(LYNX_MARK, "$1");
    }
    if (markdown) {
      if (RULE.test(t)) t = "";
      if (HEADING.test(t)) t = t.replace(HEADING, "").replace(ATTRIBUTES, "").replace(CLOSING_HASHES, "");
      if (t.includes("\\")) t = t.replace(HARD_BREAK, "").replace(ESCAPED, "$1");
      if (t.includes("]{")) t = t.replace(SPAN, "$1");
      if (t.startsWith(">")) t = t.replace(BLOCKQUOTE, "");
      if (t.includes("*") || t.includes("_")) t = t.replace(EMPHASIS, "$1$3");
    }
    lines[i] = t;
  }
  return { text: lines.join("\n"), tool: true, headings };
}

/** The line that closes the front matter opening the text, as readFrontMatter reads it ("---" /
 *  "title: …" / … / "---"), or -1. */
function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0]?.trim() !== "---") return -1;
  const head = lines.slice(0, FRONT_MATTER_LINES);
  const fm = readFrontMatter(head.map((t, i) => line(i + 1, t)));
  return fm ? head.length - fm.rest.length - 1 : -1;
}
/** The most lines looked through for the front matter's closing fence. */
const FRONT_MATTER_LINES = 80;

/**
 * pandoc's fenced divs: each fence line emptied, and every line of a div whose class names page
 * furniture (":::  paywall", "::: {.newsletter}", "::: related") emptied with it, nested divs and all.
 */
function dropFurnitureDivs(lines: string[]): void {
  if (!lines.some((l) => l.startsWith(":::"))) return;
  // The fences open so far, each with whether its div is furniture.
  const open: boolean[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = FENCE.exec(lines[i]!);
    const inside = open.some(Boolean);
    if (fence) {
      const classes = (fence[1] ?? fence[2] ?? "").split(/\s+/).map((c) => c.replace(/^\./, "")).filter(Boolean);
      if (classes.length) open.push(classes.some((c) => FURNITURE_CLASS.test(c)));
      else if (open.length) open.pop();
      lines[i] = "";
    } else if (inside) lines[i] = "";
  }
}

/** The least lines filled to the wrap width for a page to count as hard-wrapped. */
const WRAPPED_LEAST = 8;
/** How far past the wrapping's width a line it left whole runs, at the least. */
const WHOLE_PAST = 8;
const LIST_START = /^\s*(?:[*•·+-]|\d{1,3}[.)])\s/;
const LIST_ITEM = /^\s*(?:[*•·+-]|\d{1,3}[.)])\s+/;
const indentOf = (t: string) => t.length - t.trimStart().length;

/**
 * The width a page was hard-wrapped at (lynx, w3m and html2text wrap at about 72-80 columns), or
 * null. On a page with a tool's syntax, the length nine in ten of its longer lines are within, at
 * most 80 columns, with a few lines past it (a heading or a web address the tool would not break;
 * not simply the longest line: a headline of 80 characters over a story wrapped at 76 would hide
 * the story's width). On any other page, its longest line, and none past 80 columns: a site's own
 * text broken at uneven widths, with its fact boxes and lists, is not a tool's wrapping.
 */
const LAID_OUT_ROW = /\S {5,}\S/;

function wrapWidth(lines: readonly Line[], tool: boolean, widest: number): number | null {
  const long: number[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    // (A web address alone, or any one word, is no wrapped text: no tool breaks it; nor is a rule of
    // signs, "=====…", as wide as the writer liked.)
    // (Nor a row a dump lays out as a table's, its cells set apart by a run of spaces: "Example
    // Courier          Subscribe | Log in" is as wide as the screen, not as the wrapped text.)
    // (Nor a list's item, which the dump indents past its bullet.)
    if (t.length >= 40 && t.includes(" ") && !LAID_OUT_ROW.test(t) && !LIST_START.test(l.text)) long.push(l.text.trimEnd().length);
  }
  if (long.length < WRAPPED_LEAST) return null;
  long.sort((a, b) => a - b);
  const allowed = Math.max(3, long.length / 20);
  const wraps = (width: number): boolean => width <= widest && wrapsAt(width);
  const wrapsAt = (width: number): boolean => {
    if (width < 60) return false;
    let full = 0;
    let over = 0;
    for (const n of long) {
      if (n > width + 5) over++;
      else if (n >= width - 12) full++;
    }
    return full >= WRAPPED_LEAST && over <= allowed;
  };
  // (A terminal browser wraps at its window's width, which a user may have made wider than 80
  // columns: "lynx -width=120", w3m in a wide terminal.)
  if (tool) {
    const width = long[Math.floor((long.length - 1) * 0.9)]!;
    // (A printed sheet keeps its own widest.)
    const limit = widest === PRINTED_WIDEST ? PRINTED_WIDEST : TERMINAL_WIDEST;
    return width <= limit && wrapsAt(width) ? width : null;
  }
  // (The longest line, or, past a few lines the wrapping left whole, the longest of the rest: a
  // footer's row of links, a rights notice, "Copyright 2025 Example. The Example is not …". Those
  // run well past the width; a line a few columns past it is a ragged page's, which is no wrapping.)
  for (let k = 0; k <= allowed && k < long.length; k++) {
    const width = long[long.length - 1 - k]!;
    if (k > 0 && long[long.length - k]! <= width + WHOLE_PAST) continue;
    if (wraps(width)) return width;
  }
  return null;
}

/** The widest a text tool wraps by default (lynx, w3m and mail wrap at 72-80 columns; a dump with
 *  the tool's syntax may be wider, TERMINAL_WIDEST); a browser printing a page to text wraps at the
 *  sheet's width, PRINTED_WIDEST. */
const TOOL_WIDEST = 80;
/** The widest a terminal browser's window is taken to wrap at. */
const TERMINAL_WIDEST = 132;
export const PRINTED_WIDEST = 120;

/**
 * A hard-wrapped page's paragraphs each on one line again: a line joins the one before when its
 * first word would not have fitted there (how a wrapping tool breaks lines), at the same indent and
 * not as a list's item. The joined text stays on the paragraph's first line and the lines it took
 * are dropped (each line keeps its number, so provenance still points into the file; left empty,
 * they split a paragraph wherever the joining stopped short of its end).
 */
export function unwrapped(lines: Line[], tool = false, widest = TOOL_WIDEST): Line[] {
  const width = wrapWidth(lines, tool, widest);
  if (width === null) return unwrappedWide(lines);
  // A page printed to text was set in a proportional font: its lines hold more or fewer characters
  // (a tenth either way), and its headline and standfirst, in larger type, break well short of the
  // width. There a line also joins the one before when it goes on in small letters ("… housing
  // societies for not" / "segregating waste").
  const printed = widest === PRINTED_WIDEST;
  const fits = printed ? Math.round(width * 0.9) : width;
  const out: Line[] = [];
  let head = -1;
  // Whether the paragraph at head has taken a line already.
  let joining = false;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    const prev = i > 0 ? lines[i - 1]!.text.trimEnd() : "";
    const word = /^\S+/.exec(t.trimStart())?.[0];
    // (So does a line of a terminal browser's dump that goes on in small letters a sentence the line
    // before left open, though its first word would have fitted: lynx wraps short of its width.)
    // (On any other page, where the line before is as full as the wrapping's lines: a writer or a site
    // that broke its lines by hand broke them a word or two short of the width.)
    // (Inside a paragraph the wrapping has already joined, a line a dozen columns short goes on as well:
    // a dump's tool wraps short of its widest lines.)
    const goesOn = (printed || tool || prev.length >= fits - (joining ? 12 : 6)) && word !== undefined && /^\p{Ll}{2}/u.test(word) && !/[.!?:;"”»)]$/u.test(prev) && wordsIn(prev, 3) >= 3;
    // (A rule of signs, "=====", neither takes the next line nor joins the one before; nor does a web
    // address under its label, "Read the article on the site:" / "https://…".)
    // (A list item's text wraps to the column its first line's text starts at, past the marker:
    // "     * Read more: Province opens flood line for Red River" / "       Valley residents".)
    const item = LIST_ITEM.exec(prev)?.[0].length;
    if (head >= 0 && prev.trim() !== "" && word !== undefined && !LIST_START.test(t) && (indentOf(t) === indentOf(prev) || indentOf(t) === item) && (prev.length + 1 + word.length > fits || goesOn) && /\p{L}/u.test(prev) && /\p{L}/u.test(t) && !(prev.endsWith(":") && /^https?:\/\//u.test(word))) {
      // (A word a printed sheet hyphenated at its line's end is one word again: "Tisza-" / "szeg".)
      const joined = printed && goesOn && /\p{Ll}-$/u.test(prev) ? `${out[head]!.text.trimEnd().slice(0, -1)}${t.trim()}` : `${out[head]!.text.trimEnd()} ${t.trim()}`;
      out[head] = line(out[head]!.n, joined, out[head]!.cut);
      joining = true;
      continue;
    }
    out.push(lines[i]!);
    head = t.trim() === "" ? -1 : out.length - 1;
    joining = false;
  }
  return out;
}

// A character a terminal sets two columns wide: Chinese, Japanese and Korean script and full-width signs.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const WIDE_G = new RegExp(WIDE.source, "gu");
/** How many columns a line takes on a terminal. */
const columns = (t: string): number => t.length + (t.match(WIDE_G)?.length ?? 0);

/**
 * A terminal browser's dump of a page in Chinese, Japanese or Korean, hard-wrapped: the text has
 * no spaces to break at, so the tool breaks it at the width, a column short where the next wide
 * character would not fit ("…当初予算を大きく上回る見" / "通しとなったため、…"). A line goes on the
 * one before when that one filled the width (the widest lines' width, eight of them or more), both
 * in those scripts; joined without a space.
 */
function unwrappedWide(lines: Line[]): Line[] {
  const wide = lines.filter((l) => WIDE.test(l.text) && columns(l.text.trim()) >= 40).map((l) => columns(l.text.trimEnd()));
  if (wide.length < WRAPPED_LEAST) return lines;
  let width = 0;
  for (const n of wide) if (n > width) width = n;
  if (width > TERMINAL_WIDEST || wide.filter((n) => n >= width - 2).length < WRAPPED_LEAST) return lines;
  const out: Line[] = [];
  let head = -1;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    const prev = i > 0 ? lines[i - 1]!.text.trimEnd() : "";
    const first = t.trimStart()[0];
    if (head >= 0 && first !== undefined && WIDE.test(first) && WIDE.test(prev.slice(-1)) && columns(prev) >= width - 2 && indentOf(t) === indentOf(prev) && !LIST_START.test(t)) {
      out[head] = line(out[head]!.n, `${out[head]!.text.trimEnd()}${t.trim()}`, out[head]!.cut);
      continue;
    }
    out.push(lines[i]!);
    head = t.trim() === "" ? -1 : out.length - 1;
  }
  return out;
}
