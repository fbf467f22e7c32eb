// Text -> article: headline, date, dateline place, section, byline, summary and a clean body, each
// with the line it came from. The parser is one pass over lines, in the order an editor reads:
// a metadata block (front matter or mail headers), then the page top (menus, section, headline,
// byline, date lines), the dateline that opens the story, and the page bottom (trailers, footers).
import type { FieldSource, ParsedArticle, Provenance } from "../types.js";
import { isBoilerplate, isTrailer } from "./boilerplate.js";
import { findDate, parseDate, parseHeaderDate, isDateOnly } from "./dates.js";
import { readDateline } from "./dateline.js";
import { pick, pickList, readFrontMatter } from "./frontmatter.js";
import { personFromAddress, readHeaders } from "./headers.js";
import { countWords, decodeEntities, firstSentence, tidy, toBlocks, toLines, type Line } from "./lines.js";

export interface ParseOptions {
  /** Values given on the command line win over what the text says. */
  source?: string | null;
  section?: string | null;
  tags?: string[];
}

type Field = "title" | "date" | "place" | "section" | "author" | "source" | "summary";

/** Candidate values with a priority: lower wins, then the earlier line. */
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

  provenance(): Provenance {
    const p: Provenance = {};
    for (const [field, { source }] of this.best) p[field] = source;
    return p;
  }
}

// Ranks for dates (CONTRACT order of preference): metadata, dateline, published/posted, updated.
const RANK_META = 0;
const RANK_DATELINE = 1;
const RANK_PUBLISHED = 2;
const RANK_UPDATED = 3;

const SECTION_LINE = /^(?:news|section|category|categories|desk|topic|rubrique|rubrik|ressort|sección|seccion|secção|kategorie)\s*[:|»›>]\s*(.{2,60}?)\s*$/iu;
const BREADCRUMB = /^(?:home|news|inicio|accueil|startseite)\s*(?:[>»›/|]\s*[^>»›/|]{1,40}?\s*){1,4}$/iu;
const BYLINE = /^(?:by|von|par|por|от|door|di)\s+(.{2,120}?)\s*$/iu;
const PUBLISHED = /^(?:published|posted|first published|publication date|date|publié|publiée|publicado|publicada|veröffentlicht|pubblicato|опубликовано)\b(?:\s+(?:on|le|el|am|at|il))?\s*[:|-]?\s*(.*)$/iu;
const UPDATED = /^(?:updated|last updated|last modified|modified|mis à jour|actualizado|aktualisiert|обновлено)\b\s*(?:on|le|el|am)?\s*[:|-]?\s*(.*)$/iu;

/** "Jane Doe", "Jane Doe and John Roe", "JANE DOE, Staff Reporter" -> names only. */
export function cleanByline(raw: string): string | null {
  let s = raw
    .replace(/\s*[|•·–—]\s.*$/u, "")
    .replace(/\s*\((?:[^()]*)\)\s*$/u, "")
    .replace(/,?\s+(?:staff|senior|chief|special|political|foreign|contributing)\b.*$/iu, "")
    .replace(/,?\s+(?:reporter|correspondent|editor|writer|columnist|for\s+\S+|in\s+\S+)\b.*$/iu, "")
    .replace(/\s+(?:published|posted|updated)\b.*$/iu, "")
    .replace(/[,;:.\s]+$/u, "")
    .trim();
  if (!s || s.length > 100) return null;
  const words = s.split(/\s+/);
  if (words.length > 14) return null;
  // Names are capitalised; "by the time we arrived" is prose.
  const nameish = words.filter((w) => /^[\p{Lu}][\p{L}\p{M}.'’-]*,?$/u.test(w) || /^(?:and|und|et|y|и|&|de|van|von|da|der|la|le|bin|al)$/iu.test(w));
  if (nameish.length < words.length) return null;
  s = s.replace(/\s+/g, " ");
  return s;
}

/** Whether a line reads as a headline rather than the story's first paragraph. */
function looksLikeHeadline(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 200) return false;
  if (!/[\p{L}\p{N}]/u.test(t)) return false;
  if (/[:;,]$/.test(t)) return false;
  const words = t.split(/\s+/).length;
  if (/[.]["”’']?$/u.test(t) && !/\.\.\.$|…$/.test(t)) return words <= 8;
  if (/[!?]["”’']?$/u.test(t)) return words <= 24;
  return words <= 30;
}

/** Splits a paragraph of single-newline lines into real paragraphs when each line is one. */
function paragraphsOf(block: Line[]): string[] {
  const texts = block.map((l) => l.text);
  if (texts.length === 1) return texts;
  const long = texts.filter((t) => t.length > 110).length;
  // Prose wrapped at ~72 columns stays one paragraph; one long line per paragraph is split.
  if (long >= texts.length / 2) return texts;
  return [texts.join("\n")];
}

function stripSignature(lines: Line[]): Line[] {
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 40; i--) {
    if (/^-- ?$/.test(lines[i]!.text)) return lines.slice(0, i);
  }
  return lines;
}

function sameText(a: string, b: string): boolean {
  const f = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return f(a) === f(b) && f(a).length > 0;
}

export function parseArticle(text: string, options: ParseOptions = {}): ParsedArticle {
  const fields = new Fields();
  let tags: string[] = [];
  let lines = toLines(text);
  let metadataTitle = false;
  let mail = false;

  const fm = readFrontMatter(lines);
  if (fm) {
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
    const d = pick(fm, "date", "published", "pubdate", "publish_date", "created");
    if (d) fields.offer("date", parseDate(d.value), RANK_META, d.line, "front matter date");
    tags = pickList(fm, "tags", "keywords");
    metadataTitle = fields.has("title");
    lines = fm.rest;
  } else {
    const hb = readHeaders(lines);
    if (hb) {
      mail = true;
      const h = (name: string) => hb.headers.get(name);
      const subject = h("subject");
      if (subject) fields.offer("title", subject.value, RANK_META, subject.line, "Subject header");
      const from = h("from");
      if (from) fields.offer("author", personFromAddress(from.value), RANK_META, from.line, "From header");
      const groups = h("newsgroups");
      if (groups) fields.offer("section", groups.value.split(/[,\s]+/)[0], RANK_META, groups.line, "Newsgroups header");
      const date = h("date");
      if (date) fields.offer("date", parseHeaderDate(date.value), RANK_META, date.line, "Date header");
      const summary = h("summary");
      if (summary) fields.offer("summary", summary.value, RANK_META, summary.line, "Summary header");
      metadataTitle = fields.has("title");
      lines = stripSignature(hb.rest);
    }
  }

  // Tidy every line once: entities, odd spaces, control characters.
  lines = lines.map((l) => ({ n: l.n, text: tidy(decodeEntities(l.text)) }));

  // CNN-style "@highlight" blocks are the story's summary, not its body.
  const hl = lines.findIndex((l) => l.text === "@highlight");
  if (hl >= 0) {
    const highlights = lines.slice(hl).filter((l) => l.text && l.text !== "@highlight");
    fields.offer("summary", highlights.map((l) => l.text).join("\n"), RANK_META, highlights[0]?.n ?? null, "@highlight");
    lines = lines.slice(0, hl);
  }

  // Page furniture anywhere is dropped; mail bodies keep their lines as written.
  if (!mail) lines = lines.filter((l) => !isBoilerplate(l.text));

  let blocks = toBlocks(lines);

  // The page top: section lines, bylines, date lines and the headline, until the story starts.
  if (!mail) {
    const PAGE_TOP = 12;
    let story: Line[][] = blocks.slice(PAGE_TOP);
    for (let i = 0; i < blocks.length && i < PAGE_TOP; i++) {
      const block = blocks[i]!;
      const rest: Line[] = [];
      for (const line of block) {
        const t = line.text;
        const section = SECTION_LINE.exec(t);
        if (section) {
          fields.offer("section", section[1], RANK_META, line.n, "section line");
          continue;
        }
        if (BREADCRUMB.test(t)) {
          const parts = t.split(/\s*[>»›/|]\s*/).filter(Boolean);
          fields.offer("section", parts[parts.length - 1], RANK_META + 1, line.n, "breadcrumb");
          continue;
        }
        const by = BYLINE.exec(t);
        if (by && t.length <= 120) {
          const author = cleanByline(by[1]!);
          if (author) {
            fields.offer("author", author, RANK_META, line.n, "byline");
            const when = findDate(by[1]!);
            if (when) fields.offer("date", when.date, RANK_PUBLISHED, line.n, "byline date");
            continue;
          }
        }
        const published = PUBLISHED.exec(t);
        if (published && t.length <= 160) {
          const d = parseDate(published[1]!);
          if (d) {
            fields.offer("date", d, RANK_PUBLISHED, line.n, "published line");
            continue;
          }
        }
        const updated = UPDATED.exec(t);
        if (updated && t.length <= 160) {
          const d = parseDate(updated[1]!);
          if (d) {
            fields.offer("date", d, RANK_UPDATED, line.n, "updated line");
            continue;
          }
        }
        if (t.length <= 80 && isDateOnly(t)) {
          fields.offer("date", parseDate(t), RANK_PUBLISHED, line.n, "date line");
          continue;
        }
        rest.push(line);
      }
      if (rest.length === 0) continue;
      const only = rest.length === 1 ? rest[0]! : null;
      const hasMore = i + 1 < blocks.length;
      if (!fields.has("title") && only && hasMore && !readDateline(only.text) && looksLikeHeadline(only.text)) {
        fields.offer("title", only.text, RANK_META, only.n, "headline line");
        continue;
      }
      story = [rest, ...blocks.slice(i + 1)];
      break;
    }
    blocks = story;
  }

  // The dateline that opens the story.
  const first = blocks[0]?.[0];
  if (first && !mail) {
    const dl = readDateline(first.text);
    if (dl) {
      fields.offer("place", dl.place, RANK_META, first.n, "dateline");
      fields.offer("date", dl.date, RANK_DATELINE, first.n, "dateline");
      if (dl.agency) fields.offer("source", dl.agency, RANK_META + 1, first.n, "dateline agency");
      const remainder = first.text.slice(dl.length).trim();
      blocks[0] = remainder ? [{ n: first.n, text: remainder }, ...blocks[0]!.slice(1)] : blocks[0]!.slice(1);
      if (blocks[0]!.length === 0) blocks.shift();
    }
  }

  // The page bottom: "Published on ..." trailers, copyright lines, comment prompts.
  if (!mail) {
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const tail = last[last.length - 1]!;
      if (!isTrailer(tail.text)) break;
      const published = PUBLISHED.exec(tail.text);
      const updated = UPDATED.exec(tail.text);
      if (published) fields.offer("date", parseDate(published[1]!), RANK_PUBLISHED, tail.n, "published trailer");
      else if (updated) fields.offer("date", parseDate(updated[1]!), RANK_UPDATED, tail.n, "updated trailer");
      last.pop();
      if (last.length === 0) blocks.pop();
    }
  }

  // A headline repeated as the first body line is said once.
  const title = fields.get("title");
  if (title && blocks[0]?.length === 1 && sameText(blocks[0][0]!.text, title)) blocks.shift();

  const paragraphs = blocks.flatMap(paragraphsOf).filter((p) => p.trim().length > 0);
  const body = paragraphs.join("\n\n");
  const bodyLine = blocks[0]?.[0]?.n ?? null;

  if (!fields.has("title")) {
    const fallback = firstSentence(body || text) || "(untitled)";
    fields.offer("title", fallback, 9, bodyLine, "first sentence");
  }
  if (options.source) fields.offer("source", options.source, -1, null, "--source");
  if (options.section) fields.offer("section", options.section, -1, null, "--section");

  const provenance = fields.provenance();
  provenance.body = { line: bodyLine, rule: mail ? "mail body" : metadataTitle ? "after metadata" : "story text" };
  const allTags = [...new Set([...tags, ...(options.tags ?? [])].map((t) => t.trim()).filter(Boolean))];

  return {
    title: fields.get("title")!,
    date: fields.get("date"),
    place: fields.get("place"),
    section: fields.get("section"),
    author: fields.get("author"),
    source: fields.get("source"),
    summary: fields.get("summary"),
    tags: allTags,
    body,
    words: countWords(body),
    provenance,
  };
}
