// A newsletter sent by mail (or saved from one) is a page: a masthead, a greeting, the lead story
// under its headline and byline, other stories' headlines, advertisements, a footer. Its story is
// found as a page's is, once what frames every issue is cut away: the pointer to the browser copy
// over it, the footer under it, and everything but the lead story, the longest run of prose, with
// the few lines over it that head it.
import type { Line } from "./lines.js";
import { PICTURE_MARK, endsSentence, isProse, titleCased, wordsIn } from "./shapes.js";
import { isBoilerplate } from "./boilerplate.js";
import { BY_WORD, WRITER_LABEL } from "./byline.js";
import { readStamp } from "./stamps.js";

// A newsletter's own lines over its story: "View this email in your browser", "Having trouble viewing
// this email? View it online", perhaps with the copy's address after it ("…: https://…").
const BROWSER_COPY = /^(?:(?:having trouble|problems?|trouble) (?:viewing|reading|seeing) this (?:e-?mail|message|newsletter)\?\s*)?(?:view|read|open|see) (?:this|it|the) (?:e-?mail|message|newsletter|issue)? ?(?:in|on|as) (?:your|a|the) (?:web )?(?:browser|web ?page|website|online)\.?$|^(?:view|read) (?:it |this |the (?:e-?mail |newsletter )?)?online\.?$/iu;
// ... in any language: a verb of seeing and the browser or the web copy, in a short line ("Ver no
// navegador", "Visa i webbläsaren", "Bekijk deze nieuwsbrief in je browser", "Vezi acest e-mail în
// browser", "Lihat email ini di browser", "Im Browser ansehen", "Voir la version en ligne", "¿No ves bien
// este correo? Abrilo en tu navegador").
const SEE_WORD = /(?<![\p{L}])(?:view|read|open|see|ver|ves|visualizar|abrir|abrilo|ábrelo|abre|mirá|mira|leé|lee|visa|öppna|bekijk|vezi|lihat|buka|voir|afficher|ouvrir|ansehen|anzeigen|öffnen|visualizza|apri|vedi|zobacz|wyświetl|se|vis|åpne|avaa|katso|zobrazit|otevřít|открыть|посмотреть|görüntüle\p{L}*|açın|xem)(?![\p{L}])/iu;
const COPY_WORD = /(?<![\p{L}])(?:browser|navegador|navigateur|webbläsaren|webbläsare|nettleser(?:en)?|selaimessa|selaimella|prohlížeči|przeglądarce|браузере|tarayıcıda|trình duyệt|version en ligne|versión web|versione web|web-?version|online-version|webversie|webversion|веб-версии)(?![\p{L}])/iu;
const ADDRESS_AFTER = /[\s:：]*<?https?:\/\/\S+>?$/u;
export function isBrowserCopy(line: string): boolean {
  // (The length first: the address's pattern, tried at every space of a long line, is slow.)
  if (line.length > 400) return false;
  const t = line.trim().replace(ADDRESS_AFTER, "");
  if (t.length > 120) return false;
  return BROWSER_COPY.test(t) || (t.split(/\s+/).length <= 12 && SEE_WORD.test(t) && COPY_WORD.test(t));
}
// ... and under it, where its footer starts: why the reader receives it, how to leave the list, in
// the archive's languages ("You're receiving this because …", "Você está recebendo este e-mail
// porque …", "Du får det här nyhetsbrevet eftersom …", "Je ontvangt deze e-mail omdat …", "Anda
// menerima email ini karena …", "This briefing was sent to …").
const NEWSLETTER_FOOTER = new RegExp(
  String.raw`^(?:you(?:'re|’re| are)? receiv(?:ed|ing) this\b|this (?:e-?mail|message|newsletter|briefing|digest|issue) was sent to\b|(?:to )?unsubscribe\b|(?:update|manage|change) (?:your )?(?:subscription|preferences|e-?mail preferences)\b|(?:forward (?:this (?:e-?mail|newsletter) )?to a friend)\b|want to change how you receive these e-?mails\b|no longer want to receive\b` +
  String.raw`|você (?:está )?receb(?:endo|eu) (?:este|esta)|recib(?:es|ís|is) este|recibiste este|vous recevez (?:cet|ce)|vous êtes inscrit|sie erhalten diese|ricevi questa|du får (?:det här|detta)|du modtager (?:dette|denne)|du mottar (?:dette|denne)|je ontvangt deze|primești acest|anda menerima (?:email|surel)|otrzymujesz tego|otrzymujesz ten|вы получили это|вы получаете это` +
  String.raw`|cancelar (?:inscrição|suscripción|assinatura)|darse de baja|se désabonner|désinscription|abmelden$|newsletter abbestellen|disiscriviti|annulla (?:l'iscrizione|iscrizione)|afmelden\b|avsluta prenumerationen|avregistrer|afmeld\b|dezabonare|berhenti berlangganan|wypisz się|отписаться)`,
  "iu",
);

export function isNewsletterFooter(line: string): boolean {
  return NEWSLETTER_FOOTER.test(line.trim());
}

/** How far down a newsletter's pointer to its browser copy may stand (under its preheader, say). */
const TOP_LINES = 6;

/** Lines with text, in order, without their blank ones. */
const texts = (lines: readonly Line[]) => lines.filter((l) => l.text.trim() !== "");

/**
 * Whether a mail's body is a newsletter's issue: a pointer to its copy in the browser among its
 * first lines, or, in its second half, the footer that says why the reader gets it. (`footer`
 * false: a text without mail headers needs the pointer; a page's foot may say "Unsubscribe".)
 */
export function isNewsletter(lines: readonly Line[], footer = true): boolean {
  const t = texts(lines);
  if (t.slice(0, TOP_LINES).some((l) => isBrowserCopy(l.text))) return true;
  return footer && t.slice(Math.ceil(t.length / 2)).some((l) => isNewsletterFooter(l.text));
}

/** A block of lines between blank ones, its text read as one paragraph. */
interface Block {
  from: number;
  to: number;
  text: string;
}

function blocksOf(lines: readonly Line[]): Block[] {
  const out: Block[] = [];
  // (A text that sets no blank line between most of its paragraphs has a paragraph a line.)
  const blank = lines.filter((l) => l.text.trim() === "").length;
  if (blank * 5 < lines.length - blank) {
    lines.forEach((l, i) => l.text.trim() !== "" && out.push({ from: i, to: i + 1, text: l.text.trim() }));
    return out;
  }
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text.trim() === "") continue;
    const from = i;
    while (i + 1 < lines.length && lines[i + 1]!.text.trim() !== "") i++;
    out.push({ from, to: i + 1, text: lines.slice(from, i + 1).map((l) => l.text.trim()).join(" ") });
  }
  return out;
}

// A link to the rest of an item on the site, which closes it: "Read the full story on example.com →",
// "Läs hela artikeln på example.se →", "Lees meer →".
const LINK_OUT = /(?:→|»|›|>>)\s*$/u;
/** The most lines over the story that may head it: kicker, headline, standfirst, byline, stamp, buttons. */
const HEAD_LINES = 8;

/**
 * A newsletter's lines cut to its lead story: the pointer to the browser copy and the footer go,
 * then the longest run of prose blocks (a crosshead or an advertisement may stand between two) is
 * the story, and the blocks over it, back to its headline's, head it.
 */
export function newsletterLines(lines: readonly Line[]): { lines: Line[]; top: Line[]; header: Line[] } {
  const t = texts(lines);
  let from = 0;
  for (const l of t.slice(0, TOP_LINES)) if (isBrowserCopy(l.text)) from = lines.indexOf(l) + 1;
  // (What stands over the pointer is the mail's, as a webmail page shows it: its subject, sender, date.)
  const header = lines.slice(0, from);
  const footer = t.slice(Math.ceil(t.length / 2)).find((l) => isNewsletterFooter(l.text));
  const framed = lines.slice(from, footer ? lines.indexOf(footer) : lines.length);
  const blocks = blocksOf(framed);
  const prose = blocks.map((b) => isProse(b.text) && !LINK_OUT.test(b.text));
  // (A block of prose that a kicker heads is another item: "ALSO TODAY" / a teaser.)
  const story = (k: number) => prose[k] === true && !(blocks[k]!.to - blocks[k]!.from > 1 && isKicker(framed[blocks[k]!.from]!.text.trim()));
  let best: { first: number; last: number; words: number } | null = null;
  for (let i = 0; i < blocks.length; i++) {
    if (!story(i)) continue;
    let j = i;
    let words = wordsIn(blocks[i]!.text);
    for (;;) {
      if (story(j + 1)) j++;
      else if (j + 2 < blocks.length && story(j + 2) && isGap(blocks[j + 1]!.text)) j += 2;
      else break;
      words += wordsIn(blocks[j]!.text);
    }
    if (!best || words > best.words) best = { first: i, last: j, words };
    i = j;
  }
  if (!best) return { lines: framed, top: [], header };
  // (The story's last paragraph may be one short sentence: "Analysts expect further softening.")
  let last = best.last;
  while (last + 1 < blocks.length && endsSentence(blocks[last + 1]!.text) && wordsIn(blocks[last + 1]!.text, 4) >= 4 && !LINK_OUT.test(blocks[last + 1]!.text) && !isKicker(framed[blocks[last + 1]!.from]!.text.trim())) last++;
  // (The blocks that head the story, back from it: to the one with its headline, not past a kicker
  // in capitals, "TOP STORY", "ANNONS", nor a block of prose, the greeting's. The page's buttons,
  // "READ IN APP", and a picture's text, "[Image: …]", are no headline.)
  let head = best.first;
  let headLines = 0;
  const lineOf = (k: number) => framed.slice(blocks[k]!.from, blocks[k]!.to).map((l) => l.text.trim());
  // (Whether the walk has passed the story's byline: only then is prose over it a standfirst.)
  let passedByline = false;
  while (head > 0 && headLines < HEAD_LINES) {
    // (A picture's mark with its caption under it heads nothing either: "[Image: …]" / "Los Gallos on
    // 18th Street. Photo by Jane Roe", a block that reads as prose.)
    if (PICTURE_MARK.test(framed[blocks[head - 1]!.from]!.text.trim()) && blocks[head - 1]!.to - blocks[head - 1]!.from <= 3) {
      head--;
      continue;
    }
    // (A standfirst of prose stands between the headline and the byline: "La bajante del Paraná
    // obliga …" / "Con el río a 19 centímetros, las terminales despachan …" / "Por Jane Roe".)
    if (prose[head - 1]) {
      const over = head >= 2 && !prose[head - 2] ? lineOf(head - 2) : [];
      if (passedByline && over.length === 1 && isHeadlineLine(over[0]!) && !isKicker(over[0]!) && wordsIn(blocks[head - 1]!.text, 61) <= 60) head -= 2;
      break;
    }
    const block = lineOf(head - 1);
    passedByline ||= block.some((l) => BYLINE.test(l));
    // (A picture's text in brackets over the story, "[Photo: … Picture by Jane Roe]", heads nothing.)
    if (/^\[[^\]]*\]$/u.test(block.join(" "))) {
      head--;
      continue;
    }
    const kicker = block.findLastIndex(isKicker);
    if (kicker === block.length - 1) break;
    head--;
    headLines += block.length;
    if (kicker >= 0) return cut(framed, blocks[head]!.from + kicker + 1, blocks[last]!.to, header);
    if (block.some(isHeadlineLine)) {
      // (A standfirst under its headline reads as one: the shorter line over it, alone, is the headline.)
      const above = head > 0 && !prose[head - 1] ? lineOf(head - 1) : [];
      // (Or, as long, in title case over one in sentence case: "After 38 Years, Los Gallos Will Close
      // This Month" / "Owners say rising rent and a retiring family are behind the decision".)
      if (above.length === 1 && block.length === 1 && isHeadlineLine(above[0]!) && !isKicker(above[0]!) && (wordsIn(above[0]!) < wordsIn(block[0]!) || (titleCased(above[0]!) && !titleCased(block[0]!)))) head--;
      break;
    }
  }
  return cut(framed, blocks[head]!.from, blocks[last]!.to, header);
}

/** The story's lines, from..to, and the masthead's over them (where the issue's date stands). */
const cut = (framed: Line[], from: number, to: number, header: Line[]) => ({ lines: framed.slice(from, to), top: framed.slice(0, from), header });

// A writer's line: "By Jane Roe", "Av Jane Roe", "Door Jane Roe", and the words for "by" that
// BY_WORD leaves to the byline readers' context ("de Jane Roe", "Da Redação", "Pewarta Jane Roe").
// (Its word may follow what was written: "Story by Jane Roe | Photos by John Doe".)
// (Or its label: "Words: Jane Roe | Pictures: John Doe", "Autor: Jane Roe".)
const BYLINE = new RegExp(`^(?:(?:story|words|text|written|reporting) )?(?:${BY_WORD}|de|da|pewarta|przez)\\s|^(?:${WRITER_LABEL})\\s?:\\s`, "iu");

/** A line that may be the story's headline: four words or more, capitalised, no sentence's end, no writer's line, no stamp ("Gepubliceerd: 10 oktober 2017, 18:15"), no button, no picture. */
function isHeadlineLine(t: string): boolean {
  return wordsIn(t, 4) >= 4 && /^["“‘'«]?[\p{Lu}\p{N}]/u.test(t) && !/[.:]$/u.test(t) && !BYLINE.test(t) && !isBoilerplate(t) && !/^\[.*\]$/u.test(t) && readStamp(t) === null;
}

/** A block that may stand between two of the story's: a crosshead, an advertisement set into it (not a link out, nor a rule). */
function isGap(text: string): boolean {
  return wordsIn(text, GAP_WORDS + 1) <= GAP_WORDS && !LINK_OUT.test(text) && /\p{L}/u.test(text);
}
/** The most words of such a block. */
const GAP_WORDS = 40;

/** A kicker over an item: a few words in capitals ("TOP STORY", "ȘTIREA ZILEI", "BERITA UTAMA"). */
function isKicker(text: string): boolean {
  return wordsIn(text, 5) <= 4 && /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
}

