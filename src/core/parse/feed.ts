// Articles saved as a feed's item or by a tool that labels what it fetched:
//   - an RSS or Atom file holding an item ("<item><title>…</title><dc:creator>…</dc:creator>
//     <content:encoded><![CDATA[<p>…</p>]]>", "<entry>…<content type="html">&lt;p&gt;…");
//   - a labelled header over the text, as a feed reader's export or a fetching service writes it
//     ("Title: …" / "URL Source: …" / "Published Time: …" / "Markdown Content:", "Feed: …" /
//     "Title: …" / "Link: …" / "Published: …" / "Author: …" / "GUID: …").
// The fields are read from their elements or labels; the story from the item's content, its HTML
// taken out line by line so that each line keeps its number in the file.
import { type Offer, RANK_META } from "./fields.js";
import { decodeEntities, line, type Line } from "./lines.js";
import { parseDate, parseHeaderDate } from "./dates.js";
import { isOutlet, isRole } from "./byline.js";

// A newsroom's own name in the author's element: "Example Newsroom", "Web Desk", "News Team".
const NEWSROOM = /(?:^|\s)(?:newsroom|desk|team|staff|editors|editorial)$/iu;
// An agency's initials alone, as agencies sign their wire copy: "GNA", "PTI", "NAN".
const INITIALS = /^\p{Lu}{2,5}$/u;
const dateOf = (v: string): string | null => parseDate(v) ?? parseHeaderDate(v);

/** The text opens as an XML feed ("<?xml …", "<rss", "<feed") and holds an item or an entry. */
// (Or the item alone, cut out of its feed: "<item> <title>…".)
const FEED_START = /^\s*(?:<\?[\w-]+[^>]*>\s*|<!--[^>]*-->\s*){0,4}<(?:rss|feed|rdf:RDF|item|entry)\b/u;

/** A feed item's element: its text (CDATA unwrapped) and the line it starts on (0-based). */
function element(text: string, from: number, to: number, names: string[]): { value: string; line: number } | null {
  const scope = text.slice(from, to);
  for (const name of names) {
    const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, "u").exec(scope);
    if (!m) continue;
    const raw = m[1]!;
    const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/u.exec(raw);
    const inner = cdata ? cdata[1]! : raw;
    const value = inner.trim();
    // (The line the value's first character stands on: after the tag and any CDATA mark and breaks.)
    const at = from + m.index + m[0].length - `</${name}>`.length - raw.length + (cdata ? raw.indexOf("<![CDATA[") + 9 : 0) + (inner.length - inner.trimStart().length);
    if (value) return { value, line: lineAt(text, at) };
  }
  return null;
}

const lineAt = (text: string, index: number): number => {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) n++;
  return n;
};

// HTML's blocks that end a paragraph, and what is never the story's text: a picture's caption, a
// script, a style sheet.
const BLOCK_END = /<\/(?:p|div|h[1-6]|li|blockquote|figure|section|article|tr)>|<br\s*\/?>/giu;
const NOT_TEXT = /<(figcaption|script|style|aside|nav)\b[^>]*>[\s\S]*?<\/\1>/giu;
const TAG = /<\/?[A-Za-z][^<>]*>/gu;

/** HTML as plain text, paragraph by paragraph, each line of the source kept where it was. */
function htmlLines(html: string): string[] {
  // (Atom's type="html" content is escaped once more: "&lt;p&gt;…".)
  const source = /&lt;\/?[a-z]/iu.test(html) && !/<\/?[a-z][^>]*>/iu.test(html) ? decodeEntities(html) : html;
  const out: string[] = [];
  for (const raw of source.replace(NOT_TEXT, (m) => m.replace(/[^\n]/g, "")).split("\n")) {
    // A paragraph's end inside a line starts a new one: the line's pieces are joined by blank lines.
    const pieces = raw.replace(BLOCK_END, "\u0000").split("\u0000");
    const texts = pieces.map((p) => decodeEntities(p.replace(TAG, "")).replace(/\s+/gu, " ").trim()).filter(Boolean);
    out.push(texts.join("\n\n"));
  }
  return out;
}

/**
 * An RSS or Atom file's first item: its fields offered, and the item's content as lines (numbered
 * as in the file), or null when the text is no feed.
 */
export function readFeedItem(text: string, offer: Offer): Line[] | null {
  if (!FEED_START.test(text.slice(0, 400))) return null;
  const open = /<(item|entry)(?:\s[^>]*)?>/u.exec(text);
  if (!open) return null;
  const close = text.indexOf(`</${open[1]}>`, open.index);
  const from = open.index;
  const to = close < 0 ? text.length : close;
  const field = (names: string[]) => element(text, from, to, names);
  const take = (name: "title" | "author" | "section" | "summary", names: string[], rule: string) => {
    const e = field(names);
    if (e) offer(name, decodeEntities(e.value.replace(TAG, "")).trim(), RANK_META, e.line + 1, rule);
  };
  take("title", ["title"], "feed item's title");
  // (Atom's author is an element of its own: "<author><name>Jane Roe</name>…".)
  const author = field(["dc:creator", "author"]);
  if (author) {
    const name = /<name>([^<]*)<\/name>/u.exec(author.value)?.[1] ?? author.value;
    const who = withoutAddress(decodeEntities(name.replace(TAG, "")));
    // (A newsroom's name or an agency's initials are no writer's: "<name>Example Newsroom</name>".)
    if (!isOutlet(who) && !isRole(who) && !NEWSROOM.test(who) && !INITIALS.test(who)) offer("author", who, RANK_META, author.line + 1, "feed item's author");
  }
  const date = field(["pubDate", "published", "dc:date", "updated"]);
  if (date) offer("date", dateOf(date.value), RANK_META, date.line + 1, "feed item's date");
  const category = /<category(?:\s[^>]*?\bterm="([^"]+)"[^>]*\/?>|[^>]*>(?:<!\[CDATA\[)?([^<\]]+))/u.exec(text.slice(from, to));
  if (category) offer("section", (category[1] ?? category[2] ?? "").trim(), RANK_META + 1, lineAt(text, from + category.index) + 1, "feed item's category");
  take("summary", ["description", "summary"], "feed item's description");
  const content = field(["content:encoded", "content"]) ?? field(["description", "summary"]);
  if (!content) return [];
  return htmlLines(content.value).flatMap((t, i) => t.split("\n\n").map((p) => line(content.line + i + 1, p)));
}

/** RSS's author, an address with the name in brackets ("desk@example.com (Jane Roe)"), as the name. */
function withoutAddress(author: string): string {
  return author.replace(/^\S+@\S+\s*\((.*)\)$/u, "$1").trim();
}

// The labels such a header uses, each for a field or for nothing the article keeps.
const HEADER_LABELS: Record<string, "title" | "author" | "date" | "section" | "summary" | null> = {
  title: "title", headline: "title", "url source": null, url: null, link: null, source: null, feed: null, guid: null, id: null,
  "published time": "date", published: "date", pubdate: "date", date: "date", updated: null, "updated time": null,
  author: "author", authors: "author", byline: "author", creator: "author",
  categories: "section", category: "section", section: "section", tags: null, description: "summary", summary: "summary",
  language: null, site: null, "site name": null, "markdown content": null, content: null, "warning": null,
  enclosure: null, "media credit": null, media: null, comments: null,
};
/** How far down a feed's channel lines (its name, address, language) may push an item's header. */
const CHANNEL_LINES = 40;
const HEADER_LINE = /^([A-Za-z][A-Za-z ]{0,20}):(?:\s+(.*))?$/u;

/**
 * A labelled header over the text ("Title: …", "URL Source: …", "Published Time: …"): at least
 * three known labels, one of them the title, blank lines allowed between; its fields offered and
 * the lines after it returned, or null when the text opens with no such header.
 */
export function readLabelledHeader(lines: Line[], offer: Offer): Line[] | null {
  const top = readHeaderFrom(lines, 0, offer);
  if (top) return top;
  // A feed saved with its channel's lines over the item ("Example Sports: Football" / its address /
  // "Language: en-gb" / a rule): the item's header starts at its "Title:".
  const item = lines.findIndex((l, k) => k > 0 && k < CHANNEL_LINES && /^title:\s+\S/iu.test(l.text.trim()));
  return item > 0 ? readHeaderFrom(lines, item, offer) : null;
}

function readHeaderFrom(lines: Line[], from: number, offer: Offer): Line[] | null {
  let known = 0;
  let title = false;
  let i = from;
  const found: Array<{ field: "title" | "author" | "date" | "section" | "summary"; value: string; n: number }> = [];
  for (; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (t === "") continue;
    const m = HEADER_LINE.exec(t);
    const label = m?.[1]!.toLowerCase();
    if (!m || label === undefined || !Object.hasOwn(HEADER_LABELS, label)) break;
    known++;
    const field = HEADER_LABELS[label];
    const value = (m[2] ?? "").trim();
    if (field === "title" && value) title = true;
    if (field && value) found.push({ field, value, n: lines[i]!.n });
    // (The text itself follows its label: "Markdown Content:".)
    if (!value && (label === "markdown content" || label === "content" || label === "description")) {
      i++;
      break;
    }
  }
  if (known < 3 || !title) return null;
  const seen = new Set<string>();
  for (const { field, value, n } of found) {
    if (seen.has(field)) continue;
    seen.add(field);
    if (field === "date") offer("date", dateOf(value), RANK_META, n, "labelled header");
    else offer(field, field === "section" ? value.split(/\s*,\s*/u)[0]! : field === "author" ? withoutAddress(value) : value, RANK_META, n, "labelled header");
  }
  return lines.slice(i);
}
