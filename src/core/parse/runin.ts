// Another story's teaser run into a paragraph of this one, as some sites set their related links
// between two sentences of the story: "… la votación. Suben las tarifas del ferry Jane Roe. Port
// Avery El operador dice que el combustible se duplicó El consejo también dijo …". Told by shape:
// after a sentence's end, a headline (no full stop in it), a writer's name (with the place the
// writer files from), the teaser's text, and then the story's next sentence set on with no stop
// before it: a capitalised word that only opens sentences ("El", "Según").
import { isPersonName } from "./byline.js";
import { type Paragraph } from "./story.js";
import { wordsIn } from "./shapes.js";

// Words that open Spanish sentences and, capitalised, are not names or titles' first words
// mid-sentence. (Only Spanish: in the corpora the shape is a Spanish paper's, and with English,
// French and German openers it cut titles of works, "… Marlon Brando for On the Waterfront", and
// names, "Kim Jong Il".)
const OPENERS = new Set([
  "El", "La", "Los", "Las", "En", "A", "Asimismo", "Además", "Por", "Para", "Según", "Sin", "Con", "Tras", "Ante", "Este", "Esta",
  "Estos", "Estas", "No", "Se", "Pero", "Así", "Desde", "Aunque", "Cuando", "Mientras", "Durante", "Hoy", "Ayer", "Ahora", "Sus", "Su",
  "Siempre", "Nunca", "Hace", "Cada",
]);
// Words that say a paragraph is Spanish: a few of them in it, and openers read as Spanish.
const SPANISH = /(?:^|\s)(?:los|las|del|por|para|una|con|según|también|pero|está)(?=\s)/gu;

/** Five of those words at least (counted no further: this is asked of every long paragraph). */
function isSpanish(text: string): boolean {
  SPANISH.lastIndex = 0;
  let n = 0;
  while (n < 5 && SPANISH.exec(text)) n++;
  return n >= 5;
}

// Where the story's sentence resumes: an opener after a word, no stop between, a small letter after.
const RESUME = /(?<=\p{L}{2}|[\p{Ll}\p{N}]["”’»)])\s+(?=(\p{Lu}\p{Ll}*),?\s+["“«]?\p{Ll})/gu;
// A sentence's end, and the start of what follows it.
const SENTENCE_END = /[.!?…]["”’»)]*\s+(?=["“«¿¡']?[\p{Lu}\p{N}])/gu;
/** How far back from where the story resumes a teaser may start. */
const TEASER_CHARS = 700;
/** The most words of a teaser's headline, and of its text. */
const HEADLINE_WORDS = 25;
const TEASER_WORDS = 70;

// A word that ends a sentence (not an initial's stop, "Á.", nor a question's mark).
const ENDS_SENTENCE = /[\p{Ll}\p{N}]{2}[.!]["”’»)]*$/u;

/** Whether `seg` reads headline, name (and place), teaser text: the shape of a run-in teaser. */
function isTeaser(seg: string): boolean {
  const tokens = seg.trim().split(/\s+/);
  if (tokens.length > HEADLINE_WORDS + TEASER_WORDS + 6) return false;
  // The name: two or three capitalised words (an initial counts), after three or more words of
  // headline with no sentence's end among them (a question may end it).
  for (let b = 1; b <= Math.min(HEADLINE_WORDS, tokens.length - 2); b++) {
    if (ENDS_SENTENCE.test(tokens[b - 1]!)) break;
    if (b < 3) continue;
    for (const n of [3, 2]) {
      const name = tokens.slice(b, b + n);
      if (name.length < n || !name.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]*\.?$|^\p{Lu}\.$/u.test(w))) continue;
      // (A name that ends in a stop has the writer's place after it: "Jane Roe. Port Avery".)
      const joined = name.join(" ").replace(/\.$/, "");
      if (!isPersonName(joined)) continue;
      const rest = tokens.slice(b + n);
      if (rest.length > 0 && !/^["“«¿¡]?\p{Lu}/u.test(rest[0]!)) continue;
      return wordsIn(rest.join(" "), TEASER_WORDS + 1) <= TEASER_WORDS;
    }
  }
  return false;
}

/** The most words, and sentences' ends, of a teaser's text that opens with an opener itself. */
const OPENING_TEASER_WORDS = 50;
const OPENING_TEASER_STOPS = 2;

/**
 * Where a teaser found to end at `end` really ends: its text may open with an opener itself
 * ("Jane Roe. Port Avery Las encuestas señalan … La capacidad", "Carlos Doblado Se palpa …"), and
 * then runs, a sentence or three, to the next place where the story resumes with no stop.
 */
function teaserEnd(text: string, end: number): number {
  const rest = text.slice(end + 1, end + 1 + TEASER_CHARS);
  for (const m of rest.matchAll(RESUME)) {
    if (!OPENERS.has(m[1]!)) continue;
    const more = rest.slice(0, m.index);
    const stops = more.match(SENTENCE_END)?.length ?? 0;
    if (stops <= OPENING_TEASER_STOPS && wordsIn(more, OPENING_TEASER_WORDS + 1) <= OPENING_TEASER_WORDS) return end + 1 + m.index! + 1;
    break;
  }
  return end + 1;
}

/** Words, folded, for comparing a pull quote with the text it repeats. */
function foldedWords(t: string): string[] {
  return t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The fewest words a pull quote repeats in a row from the story before it. */
const QUOTE_RUN = 6;

/**
 * Whether `span` is a pull quote: a sentence of the story set in again, edited perhaps, with at
 * least QUOTE_RUN words in a row as the story gave them before (`before`).
 */
function isPullQuote(span: string, before: string): boolean {
  const words = foldedWords(span);
  if (words.length < QUOTE_RUN + 2 || words.length > TEASER_WORDS) return false;
  const earlier = ` ${foldedWords(before).join(" ")} `;
  for (let i = 0; i + QUOTE_RUN <= words.length; i++) if (earlier.includes(` ${words.slice(i, i + QUOTE_RUN).join(" ")} `)) return true;
  return false;
}

// A teaser's writer and the place they file from, the teaser's text after them: "… sin líderes
// Jane Roe. Port Avery El consejo …" (a place of one or two words, the text opening with a capital).
const CARD_BYLINE = /(?<=[\p{Ll}?!] )(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})\. \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?= ["“«¿¡]?\p{Lu})/gu;
/** The most characters of a teaser's text: the site cuts it short, at a word, before this many. */
const CARD_TEXT_CHARS = 210;
// Where a story that a teaser's text was cut into goes on: a word that ends in small letters, no
// stop after it, then a capital. The word itself in small letters, and not a lone "a" or "y" that a
// name follows mid-sentence, is where it goes on; after a capitalised word ("… mismo Christian
// Ecker, socialista …") it is only a name's second word, unless no other place is found.
const CARD_RESUME = /(?<=\p{Ll}{2}) (?=["“«¿¡]?\p{Lu})/gu;
const SMALL_WORD_BEFORE = /(?:^|[\s(])\p{Ll}{2,}$/u;
// A story's sentence that names its source at its end ("…, dijo la alcaldesa Ana Ruiz. Port Avery
// tiene …") is no teaser's headline.
const SAID = /(?:^|\s)(?:dijo|dice|afirmó|aseguró|según|explicó|señaló|declaró|indicó|añadió|advirtió)(?=[\s,])/u;

/**
 * The spans of teasers whose text the story's next sentence resumes after with no opener to tell
 * where (cutRunInTeasers needs one): headline, writer, place and the teaser's text, cut short by
 * the site. The text ends at the last place where a capital follows a word without a stop within
 * CARD_TEXT_CHARS (a teaser's own capitals, "… Berlín y París han …", come before it).
 */
function teaserCards(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(CARD_BYLINE)) {
    if (!isPersonName(m[1]!)) continue;
    const at = m.index!;
    // The headline: from the nearest sentence's end before the name, three to 25 words.
    const window = text.slice(Math.max(0, at - 300), at);
    const ends: number[] = [];
    // (matchAll starts where the shared expression's last exec left off.)
    SENTENCE_END.lastIndex = 0;
    for (const s of window.matchAll(SENTENCE_END)) ends.push(s.index! + s[0].length);
    if (ends.length === 0) continue;
    let start = ends[ends.length - 1]!;
    // (A headline may open with a question: "¿Quiénes son …? Radiografía de …".)
    const question = ends.length > 1 ? window.slice(ends[ends.length - 2]!, start) : "";
    if (/^¿[^.!?]*\?\s+$/u.test(question) && wordsIn(question, 13) <= 12) start = ends[ends.length - 2]!;
    const headline = window.slice(start);
    const words = wordsIn(headline, HEADLINE_WORDS + 1);
    if (words < 3 || words > HEADLINE_WORDS || /[\p{Ll}\p{N}]{2}[.!]["”’»)]*\s/u.test(headline) || SAID.test(headline)) continue;
    const from = at + m[0].length + 1;
    const card = text.slice(from, from + CARD_TEXT_CHARS);
    let end = -1;
    let afterSmall = -1;
    for (const r of card.matchAll(CARD_RESUME)) {
      end = r.index!;
      if (SMALL_WORD_BEFORE.test(card.slice(Math.max(0, end - 30), end))) afterSmall = end;
    }
    if (afterSmall >= 0) end = afterSmall;
    if (end < 0) continue;
    spans.push([Math.max(0, at - 300) + start, from + end + 1]);
  }
  return spans;
}

/**
 * The text without the teasers run into it (the same string when there are none), nor the pull
 * quotes run into it the same way ("… por todo el país En un comunicado", repeating a sentence of
 * the story's above, `before` being the story's text before this paragraph).
 */
export function cutRunInTeasers(text: string, before = ""): string {
  if (text.length < 200 || !isSpanish(text)) return text;
  const cuts: Array<[number, number]> = [];
  for (const m of text.matchAll(RESUME)) {
    if (!OPENERS.has(m[1]!)) continue;
    const end = m.index!;
    const from = Math.max(cuts.length ? cuts[cuts.length - 1]![1] : 0, end - TEASER_CHARS);
    // Nearest sentence's end first: the teaser starts right after one.
    const starts: number[] = [];
    SENTENCE_END.lastIndex = from;
    for (let s = SENTENCE_END.exec(text); s && s.index < end; s = SENTENCE_END.exec(text)) {
      // (Not a name's initial: "Á. Martínez".)
      if (!/(?:^|\s)\p{Lu}$/u.test(text.slice(Math.max(0, s.index - 2), s.index))) starts.push(s.index + s[0].length);
    }
    starts.reverse();
    const teaser = starts.find((start) => isTeaser(text.slice(start, end)));
    if (teaser !== undefined) cuts.push([teaser, teaserEnd(text, end)]);
    else if (starts.length > 0 && isPullQuote(text.slice(starts[0]!, end), before + text.slice(0, starts[0]))) cuts.push([starts[0]!, end + 1]);
  }
  // (Cards the openers missed, where none overlaps a cut already found.)
  for (const card of teaserCards(text)) if (!cuts.some(([a, b]) => card[0] < b && a < card[1])) cuts.push(card);
  if (cuts.length === 0) return text;
  cuts.sort((x, y) => x[0] - y[0]);
  let out = "";
  let at = 0;
  for (const [a, b] of cuts) {
    out += text.slice(at, a);
    at = b;
  }
  return out + text.slice(at);
}

// A paragraph break inside a teaser, between its headline and its writer's name: "… asegura el
// ministro. Las claves de su nuevo éxito" / "Jane Roe El joven presidente … El primer ministro …".
const STOPS = new Set([".", "!", "?", "…", ":", ";", ","]);
const OPENS_WITH_NAME = /^(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}) \p{Lu}/u;

/** Paragraphs without the teasers run into them. */
export function dropRunInTeasers(paragraphs: Paragraph[]): Paragraph[] {
  let changed = false;
  let before = "";
  const out: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const next = paragraphs[i + 1];
    // Split by the break, the teaser is looked for in the two paragraphs joined; they stay two
    // unless one is found.
    const name = next && !STOPS.has(p.text[p.text.length - 1]!) ? OPENS_WITH_NAME.exec(next.text) : null;
    if (name && isPersonName(name[1]!)) {
      const joined = `${p.text} ${next!.text}`;
      const text = cutRunInTeasers(joined, before);
      if (text !== joined) {
        before += `${joined}\n`;
        out.push({ ...p, text });
        changed = true;
        i++;
        continue;
      }
    }
    const text = cutRunInTeasers(p.text, before);
    before += `${p.text}\n`;
    if (text !== p.text) changed = true;
    out.push(text === p.text ? p : { ...p, text });
  }
  return changed ? out : paragraphs;
}

/** The most words of a pull quote set in as a paragraph of its own. */
const PULL_QUOTE_WORDS = 40;
/** The fewest: a run of QUOTE_RUN words and a little more (a subheading is shorter). */
const PULL_QUOTE_MIN_WORDS = QUOTE_RUN + 2;
/** How many paragraphs away the text a pull quote repeats may stand. */
const PULL_QUOTE_REACH = 2;

/** The most words of a quotation set apart that repeats the story's sentences. */
const REPEATED_QUOTE_WORDS = 60;
const QUOTED_WHOLE = /^["“«„]\S[^"“”«»„]*[.!?…]["”»]$/u;

/**
 * A quotation set apart as a paragraph of its own, every sentence of which the story says word for
 * word in a longer paragraph (anywhere: a magazine sets its pull quotes far from their source):
 * "“I expected to be cold, and I was. I remember thinking the ice looked permanent …”" over the
 * answer that holds both sentences. A story's own quoted paragraph says something new.
 */
function isRepeatedQuotation(paragraphs: Paragraph[], i: number, foldedAt: (k: number) => string): boolean {
  const t = paragraphs[i]!.text;
  // (Not a quotation the story introduces again: "The words on the card still hold true:" / "“…”".)
  if (t.length > 500 || !QUOTED_WHOLE.test(t) || (i > 0 && /:\s*$/u.test(paragraphs[i - 1]!.text))) return false;
  const sentences = t.slice(1, -1).split(/(?<=[.!?…])\s+/u).map(foldedWords).filter((w) => w.length > 0);
  const words = sentences.reduce((n, w) => n + w.length, 0);
  if (words < PULL_QUOTE_MIN_WORDS || words > REPEATED_QUOTE_WORDS || sentences.some((w) => w.length < 4)) return false;
  const key = longestWord(t);
  return sentences.every((w) => {
    const run = ` ${w.join(" ")} `;
    return paragraphs.some((p, k) => k !== i && p.text.includes(key) && wordsIn(p.text, words + 2) > words + 1 && foldedAt(k).includes(run));
  });
}

/** The longest word of a text after its first, as written. */
function longestWord(text: string): string {
  let best = "";
  for (const w of text.split(/[^\p{L}\p{N}]+/u).slice(1)) if (w.length > best.length) best = w;
  return best;
}

const LIST_ITEM = /^(?:[-–—•*·▪]|\d{1,2}[.)])\s/u;
const INNER_STOP = /[.!?…]["”’»]?\s+["“«]?\p{Lu}/u;

/** Whether a paragraph closes without a sentence's stop (closing quotes aside): a display line. */
function endsWithoutStop(text: string): boolean {
  // (Read back from the end by hand: a pattern anchored at the end is tried at every space.)
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && !STOPS_AT_END.has(text[i]!);
}
const CLOSERS = new Set(['"', "”", "’", "'", "»", ")", "]", " ", "\t", "\n", "\u00a0"]);
const STOPS_AT_END = new Set([".", "!", "?", "…", ":", ";", ","]);

/**
 * Paragraphs without the pull quotes set in as paragraphs of their own: a display line (8 to 40
 * words, no stop at its end) that repeats six words or more in a row of a longer paragraph of the
 * story within two paragraphs of it ("When he read the treaty Roe became convinced the EU was ‘an
 * oligarchy’" over "It was when he first read the full text of the treaty that Roe became
 * convinced the EU was “an oligarchy”. …"). A sentence of the story ends with its stop; a
 * subheading is shorter.
 */
export function dropPullQuotes(paragraphs: Paragraph[]): Paragraph[] {
  let drop: Set<number> | null = null;
  const folded = new Map<number, string>();
  const foldedAt = (k: number) => folded.get(k) ?? folded.set(k, ` ${foldedWords(paragraphs[k]!.text).join(" ")} `).get(k)!;
  for (let i = 0; i < paragraphs.length; i++) {
    const t = paragraphs[i]!.text;
    if (isRepeatedQuotation(paragraphs, i, foldedAt)) {
      (drop ??= new Set()).add(i);
      continue;
    }
    // (Not a list's item, "- A freeze on petrol duty …", which a story's text may go on to explain;
    // nor a line with a sentence ended inside it, a paragraph with a subheading run on.)
    if (t.length > 400 || !endsWithoutStop(t) || LIST_ITEM.test(t) || INNER_STOP.test(t)) continue;
    const words = foldedWords(t);
    if (words.length < PULL_QUOTE_MIN_WORDS || words.length > PULL_QUOTE_WORDS) continue;
    // (Nor the start of a paragraph below said again, cut short: a page's title, or a teaser, which
    // other rules read. The start of a paragraph above said again is a pull quote: "“We cannot wait
    // …,” the secretary said." / "“We cannot wait …”".)
    const opening = ` ${words.slice(0, QUOTE_RUN).join(" ")} `;
    // (A neighbour is folded only if it holds the quote's longest word after its first as written:
    // folding every long paragraph near a display line was most of this rule's cost.)
    const key = longestWord(t);
    for (let k = Math.max(0, i - PULL_QUOTE_REACH); k <= Math.min(paragraphs.length - 1, i + PULL_QUOTE_REACH); k++) {
      const other = paragraphs[k]!.text;
      if (k === i || drop?.has(k) || !other.includes(key) || wordsIn(other, words.length * 1.5 + 1) <= words.length * 1.5 || endsWithoutStop(other)) continue;
      const text = foldedAt(k);
      if (k > i && text.startsWith(opening)) continue;
      let repeats = false;
      for (let w = 0; w + QUOTE_RUN <= words.length && !repeats; w++) repeats = text.includes(` ${words.slice(w, w + QUOTE_RUN).join(" ")} `);
      if (repeats) {
        (drop ??= new Set()).add(i);
        break;
      }
    }
  }
  return drop ? paragraphs.filter((_, i) => !drop!.has(i)) : paragraphs;
}
