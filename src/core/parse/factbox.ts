// A fact box: the panel of fields a page sets beside a story ("Born", "Date of death: May 20, 1996",
// "Number of victims: 6"), an encyclopedia's infobox or a case file's summary. Scraped, it becomes
// a run of short lines over the story's first paragraph or under its last. It is the page's, not
// the story's.
import type { Paragraph } from "./story.js";
import type { Line } from "./lines.js";
import { endsSentence, isProse, isShortItem, isTicker, wordsIn } from "./shapes.js";
import { findDate } from "./dates.js";
import { WRITER_LABEL } from "./byline.js";

// A field and its value: "Classification: Mass murderer", "Date of arrest:" (value on the next line
// or none), "Conviction & Sentence: First-degree murder, life in prison …".
const FIELD = /^\p{Lu}[\p{L}'’&()/ -]{0,30}:(?:\s+\S.*)?$/u;
/** The most words of a field's line, value and all. */
const FIELD_WORDS = 25;
/** A box has this many lines at least, fields and labels ("Born", "Cause of death") together. */
const BOX_LINES = 6;
/** The fewest fields in a box over the story, or among a named box's first lines. */
const BOX_FIELDS = 3;
/** ... and in a box under the story. */
const TRAILING_FIELDS = 4;

// An encyclopedia's infobox sets its field names on lines of their own, the values under them.
const INFOBOX_LABEL = /^(?:born|died|birth name|cause of death|resting place|nationality|occupation|criminal (?:penalty|status|charges?)|conviction\(?s?\)?|penalty|spouse\(?s?\)?|children|motive|date|location\(?s?\)?|target\(?s?\)?|weapons?\(?s?\)?|deaths|injured|victims|perpetrators?\(?s?\)?|attack type|killed|wounded|coordinates|known for|years active)$/iu;

function isField(t: string): boolean {
  if (INFOBOX_LABEL.test(t)) return true;
  if (!FIELD.test(t) || wordsIn(t, FIELD_WORDS + 1) > FIELD_WORDS) return false;
  // (A field's name is a word or a few, not a transcript's speaker, "ROTH:", nor an interview's "Q:".)
  const label = t.slice(0, t.indexOf(":"));
  return wordsIn(label, 5) <= 4 && /\p{Ll}/u.test(label);
}

/** A box's line: a field, a label, or a value of a few words ("April 20th, 1965 Coquitlam, BC"). */
function inBox(t: string): boolean {
  return isField(t) || (wordsIn(t, 9) <= 8 && !endsSentence(t)) || isShortItem(t);
}

/**
 * Drops a fact box over the story: a run of six or more short lines right above its first
 * paragraph of prose, three of them fields ("Classification: Murderer", or an infobox's names on
 * lines of their own, "Cause of death" / "Executed" / "Date" / "January 21, 1832"). And a box
 * under the story: four or more fields closing it, with a heading or two over them ("Vital
 * Statistics": see dropClosingFactBox). (A table of figures over the story is no box: its lines
 * are not fields.)
 */
export function dropLeadFactBox(paragraphs: Paragraph[]): Paragraph[] {
  // (Most stories open with prose, a sentence of twelve words or more: nothing stands over it. Told
  // here without counting all its words, as isProse does: this is asked of every story.)
  const first = paragraphs[0]?.text ?? "";
  if (endsSentence(first) && wordsIn(first, 12) >= 12) return paragraphs;
  const start = paragraphs.findIndex((p) => isProse(p.text));
  if (start <= 0) return paragraphs;
  let from = start;
  let fields = 0;
  while (from > 0 && inBox(paragraphs[from - 1]!.text)) if (isField(paragraphs[--from]!.text)) fields++;
  return start - from >= BOX_LINES && fields >= BOX_FIELDS ? [...paragraphs.slice(0, from), ...paragraphs.slice(start)] : paragraphs;
}

/** Drops a fact box under the story (see dropLeadFactBox), once the page under it is gone. */
export function dropClosingFactBox(paragraphs: Paragraph[]): Paragraph[] {
  // (Most stories end on sentences: no field among their last lines, no box under them.)
  let field = false;
  for (let i = Math.max(0, paragraphs.length - 3); i < paragraphs.length && !field; i++) {
    const t = paragraphs[i]!.text;
    field = t.includes(":") || (t.length <= 30 && INFOBOX_LABEL.test(t));
  }
  if (!field) return paragraphs;
  let to = paragraphs.length;
  let fields = 0;
  while (to > 0 && inBox(paragraphs[to - 1]!.text)) if (isField(paragraphs[--to]!.text)) fields++;
  // (With a heading or two over the fields, and a caption.)
  const others = paragraphs.length - to - fields;
  if (to < 2 || others > 3) return paragraphs;
  // (Fewer fields under a heading in capitals, a match report's "MATCH FACTS" / "Goals: …" /
  // "Attendance: 6,412", or "SCORERS": the heading says it is a box.)
  const headed = fields >= HEADED_FIELDS && CAPS_HEADING.test(paragraphs[to]!.text);
  return fields >= TRAILING_FIELDS || headed ? paragraphs.slice(0, to) : paragraphs;
}

/** A heading in capitals of a word or a few, no sentence: "MATCH FACTS", "SCORERS", "LINE-UPS". */
const CAPS_HEADING = /^(?=[^\p{Ll}]{3,40}$)\p{Lu}[\p{Lu}'’&/-]*(?: \p{Lu}[\p{Lu}'’&/-]*){0,3}$/u;
/** The fewest fields under such a heading closing a story. */
const HEADED_FIELDS = 2;

/** A field of a case file's box, not a news page's stamp ("Published: 12 Feb 2025 08:55 IST") or
 *  ticker of links under a label ("Trending Topics: Budget 2025 | IPL 2025 | Gold Rate Today"). */
function isNamedBoxField(t: string): boolean {
  return isField(t) && !STAMP_LABEL.test(t) && !isTicker(t);
}

// A page's stamp and byline labels, in the archive's languages: not a case file's fields.
const STAMP_LABEL =
  /^(?:published|updated|posted|last updated|first published|created|by|author|trending(?: topics| now)?|hot topics|in (?:the )?news|erstellt|aktualisiert|veröffentlicht|von|autor(?:in)?|publié|mis à jour|par|publicado|actualizado|atualizado|por|pubblicato|aggiornato|di|gepubliceerd|bijgewerkt|door|opublikowano|zaktualizowano|опубликовано|обновлено|автор|yayınlanma(?: tarihi)?|güncelleme|diterbitkan|diperbarui|penulis|publicerad|uppdaterad|av)\s*:/iu;

/** A case file's name over its fact box: one or two lines of capitalised words ("Alexander KEITH" / "Jr."). */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** The most lines of a named fact box. */
const BOX_LINES_MOST = 30;
/** How far down a page a named fact box may open (content lines). */
const BOX_REACH = 150;

/**
 * A fact box that opens with its subject's name (a case file: "Jonathan YEO", then "Classification:
 * Murderer", "Characteristics: …", "Number of victims: 1"; an alias in quotes may stand between):
 * the name, where it stands, and the box's last field. Null when no such box opens the page.
 */
// (Or the site's own controls over the story, labelled so: "Share us on: Facebook Twitter", "Alerts: Set
// up a case alert", "Trial Access: 6 days remaining".)
const PAGE_META_FIELD = /^(?:reporter|author|writer|by|written by|e-?mail|weather|posted|published|updated|photo|photographer|stand|share(?: (?:this|us|on))*|follow us(?: on)?|alerts?|trial(?: access)?|subscription|my account)\s*:/iu;
// (Or a writer's label in the archive's other languages: "Haber: Jane Roe", "Autor: …".)
const WRITER_FIELD = new RegExp(`^(?:${WRITER_LABEL})\\s?:`, "iu");
// ... or a weather strip's reading in any language, "Wetter in Emden: 9 °C, bewölkt", or the page's
// own stamp under its German label, "Stand: 14.03.2025 16:42 Uhr".
const TEMPERATURE = /\d\s?°\s?[CF]?(?![\p{L}\p{N}])/u;
const isPageMeta = (t: string) => PAGE_META_FIELD.test(t) || WRITER_FIELD.test(t) || TEMPERATURE.test(t);

/** A field whose value is a price or a rate alone: "Dólar Blue: $1.350,00", "Euro: 1,08 %", "Oslo: 4°C". */
const QUOTE_FIELD = /:\s*[-+▲▼]?\s?(?:\p{Sc}\s?\d[\d.,\s]*|\d[\d.,\s]*\s?(?:%|°[CF]?|\p{Sc}))$/u;

export function namedFactBox(count: number, textAt: (k: number) => string): { name: string; at: number; end: number } | null {
  // (A field has a colon; most lines of most pages have none, and then nothing is copied.)
  let k = 1;
  while (k < count && k < BOX_REACH && !(textAt(k).includes(":") && isNamedBoxField(textAt(k)))) k++;
  if (k >= count || k >= BOX_REACH) return null;
  const texts: string[] = [];
  for (let j = 0; j < Math.min(count, BOX_REACH + BOX_LINES_MOST); j++) texts.push(textAt(j));
  for (; k < texts.length && k < BOX_REACH; k++) {
    if (!texts[k]!.includes(":") || !isNamedBoxField(texts[k]!)) continue;
    // (Fields with their values on the line: "Classification: Murderer", not a form's "Date:".)
    let fields = 0;
    let end = k;
    for (let j = k; j < texts.length && j < k + 8; j++) {
      if (!isField(texts[j]!)) continue;
      end = j;
      if (/:\s+\S/u.test(texts[j]!) && isNamedBoxField(texts[j]!)) fields++;
    }
    if (fields < BOX_FIELDS) continue;
    // (A page's own meta is no case file: "Weather: Mullingar 9°C" / the headline / "Reporter: Jane
    // Roe" / "Email: …" under a menu.)
    // (Nor are two fields whose values are dates with their times of day, a page's stamps under any
    // label: "Giriş Tarihi: 14.03.2025 10:22" / "Son Güncelleme: 14.03.2025 11:05". A case file may
    // time one event: "Date of arrest: June 6, 1988, 10:45 p.m.")
    const box = texts.slice(k, end + 1);
    // (Nor a ticker of quotes, two values or more a price or a rate: "Dólar BNA: $1.335,00" / "Dólar
    // Blue: $1.350,00".)
    if (box.some(isPageMeta) || box.filter((t) => /\d:\d\d/u.test(t) && findDate(t) !== null).length >= 2 || box.filter((t) => QUOTE_FIELD.test(t)).length >= 2) return null;
    // The box runs on while its lines are fields, labels and short values ("Method of murder:",
    // "Shooting - Hitting with an axe").
    while (end + 1 < texts.length && end < k + BOX_LINES_MOST && inBox(texts[end + 1]!)) end++;
    // (Past an alias over it: "A.K.A.: "Dynamite Fiend"", "“The Shell Lake murders”".)
    let j = k - 1;
    if (j > 0 && /^(?:["“«].*["”»]|(?:a\.?k\.?a\.?|alias|also known as)\s*:.*)$/iu.test(texts[j]!)) j--;
    const parts: string[] = [];
    for (; j >= 0 && parts.length < 2 && NAME_LINE.test(texts[j]!) && texts[j]!.length <= 30; j--) parts.unshift(texts[j]!);
    const name = parts.join(" ");
    if (parts.length === 0 || wordsIn(name, 6) < 2 || wordsIn(name, 6) > 5) return null;
    return { name, at: j + 1, end };
  }
  return null;
}

// A timeline's heading set into or under a story: "TIMELINE: How the backlog grew", "Key dates",
// "Chronologie", "Cronología", "Chronik".
// (Or up to three words and then the word: "Project timeline", "The scheme's chronology".)
const TIMELINE_HEADING = /^(?:(?:timeline|time line|chronology|key dates|key events|how we got here|the story so far|chronologie|cronología|cronologia|chronik|zeitleiste|tijdlijn|хронология|kronologi)(?![\p{L}\p{N}_])[^.!?]{0,80}|(?:[\p{L}'’-]+ ){1,3}(?:timeline|chronology|key dates))$/iu;
// One of its entries: a year, or a day and month with or without one, then a dash or a colon:
// "2013 — Legislature sets …", "January 2020 — …", "March 4, 2019: …", "4 mars 2019 – …".
const TIMELINE_ENTRY = /^(?:(?:\d{1,2}\.?\s)?\p{L}{3,12}\.?\s(?:\d{1,2},?\s)?)?\d{4}\s?[—–:-]\s|^(?:\d{1,2}\.?\s\p{L}{3,12}\.?|\p{L}{3,12}\.?\s\d{1,2})\s?[—–:-]\s/u;
/** The fewest entries a timeline holds. */
const TIMELINE_ENTRIES = 3;

/**
 * The index of the last entry of a timeline whose heading is line i, set into the story or under it
 * ("TIMELINE: How the backlog grew" / "2013 — Legislature sets …" / "2014 — …"): three entries or
 * more, each a date and a dash, a line each; or -1. A sidebar the page sets beside the story, which
 * goes on around it.
 */
export function timelineEnd(lines: readonly { text: string }[], i: number): number {
  return runUnder(lines, i, TIMELINE_HEADING, (u) => TIMELINE_ENTRY.test(u) && wordsIn(u, 41) <= 40, TIMELINE_ENTRIES, false);
}

/**
 * The index of the last of the lines under a heading (line i) that each pass `entry`, when at
 * least `least` do, or -1. Blank lines between them are skipped, or end the run (`blankEnds`).
 */
function runUnder(lines: readonly { text: string }[], i: number, heading: RegExp, entry: (u: string) => boolean, least: number, blankEnds: boolean): number {
  const t = lines[i]!.text.trim();
  if (t.length > 100 || !heading.test(t)) return -1;
  let last = -1;
  let entries = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const u = lines[j]!.text.trim();
    if (u === "" && !blankEnds) continue;
    if (u === "" || !entry(u)) break;
    entries++;
    last = j;
  }
  return entries >= least ? last : -1;
}

// A fact box's heading set into or under a story: "FAKTA", "AT A GLANCE: Strength training for older
// adults", "Key facts", "FAST FACTS: WHOOPING CRANES", "Fakten", "En chiffres", "Datos clave".
const FACTS_HEADING = /^(?:fakta|faktaboks|fakten|facts|the facts|fact ?box|fact ?file|fact ?sheet|key facts|fast facts|quick facts|facts and figures|key figures|key numbers|zahlen und fakten|datos|fatos|at a glance|by the numbers|in numbers|datos clave|en chiffres|repères|i siffror|faktaa|факты|цифры)(?:\s*[:—–-]\s*[^.!?]{2,80})?$/iu;
/** The most words of a fact box's line, and the fewest lines under its heading. */
const FACT_WORDS = 25;
const FACT_LINES = 2;

/**
 * The index of the last line of a fact box whose heading is line i (short lines under it, to the
 * first blank line or the first line of prose longer than a fact's), or -1.
 */
export function factsBoxEnd(lines: readonly { text: string }[], i: number): number {
  return runUnder(lines, i, FACTS_HEADING, (u) => wordsIn(u, FACT_WORDS + 1) <= FACT_WORDS, FACT_LINES, true);
}

// A summary's label over the points it makes before the story: "Key points", "KEY TAKEAWAYS",
// "Story highlights", "At a glance", "Das Wichtigste in Kürze", "En bref", "En resumen", "Главное".
const SUMMARY_LABEL = /^(?:darum geht['’]?s|das ist passiert|key (?:points|takeaways|facts|findings|highlights)|(?:story )?highlights|takeaways|at a glance|in brief|in short|what you need to know|what we know(?: so far)?|the big picture|das wichtigste(?: in kürze)?|auf einen blick|en bref|l['’]essentiel|en resumen|lo más importante|in sintesi|em resumo|in het kort|w skrócie|kort fortalt|i korthet|главное|коротко)\s*:?$/iu;
/** A summary's points: two at least, eight at most, each of thirty words at most. */
const SUMMARY_POINTS = [2, 8] as const;
const POINT_WORDS = 30;
const BULLET_POINT = /^[•·▪◦*–-]\s/u;

/**
 * Drops a summary over the story: its label (on a line of its own over the first paragraph, or the
 * first paragraph itself), then its points, short paragraphs or bullets, with the story's prose
 * under them. The label says it is the page's: a story's own list follows a sentence, not a label.
 */
export function dropLeadSummary(paragraphs: Paragraph[], lines: readonly Line[]): Paragraph[] {
  const first = paragraphs[0];
  if (!first || paragraphs.length < SUMMARY_POINTS[0] + 2) return paragraphs;
  let from = 0;
  if (first.text.length <= 40 && SUMMARY_LABEL.test(first.text)) from = 1;
  else if (!labelOver(first, lines)) return paragraphs;
  // (All of one shape: bullets, or sentences.)
  const bullets = BULLET_POINT.test(paragraphs[from]!.text);
  const point = (t: string) => isPoint(t) && (bullets ? BULLET_POINT.test(t) : endsSentence(t));
  let to = from;
  while (to < paragraphs.length && to - from < SUMMARY_POINTS[1] && point(paragraphs[to]!.text)) to++;
  const points = paragraphs.slice(from, to);
  if (points.length < SUMMARY_POINTS[0]) return paragraphs;
  // (The story goes on under them, a paragraph of prose longer than any point.)
  const rest = paragraphs.slice(to);
  const longest = Math.max(...points.map((p) => wordsIn(p.text)));
  if (!rest.some((p) => isProse(p.text) && wordsIn(p.text, longest + 1) > longest) || rest.reduce((n, p) => n + wordsIn(p.text), 0) < 80) return paragraphs;
  return rest;
}

/** A summary's point: a bullet or a sentence or two, short. */
function isPoint(t: string): boolean {
  return !t.includes("\n") && wordsIn(t, POINT_WORDS + 1) <= POINT_WORDS && wordsIn(t, 4) >= 4;
}

/** Whether the page's line of text right over the paragraph is a summary's label. (Not one further
 *  up: "In Brief" over the headline and byline is a section's label, and the story under them is whole.) */
function labelOver(p: Paragraph, lines: readonly Line[]): boolean {
  for (let k = lines.findIndex((l) => l.n === p.n) - 1; k >= 0; k--) {
    const t = lines[k]!.text.trim();
    if (t !== "") return t.length <= 40 && SUMMARY_LABEL.test(t);
  }
  return false;
}
