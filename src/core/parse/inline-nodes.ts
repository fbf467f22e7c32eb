import { leadingDate } from "./dates.js";
import { line, type Line } from "./lines.js";

// Scrapers that write each of a page's text nodes on a line of its own also break a paragraph
// wherever an inline element (a link, a bold name) sat in it:
//
//   The ordinance, filed by Councilor
//   Jane Roe
//   , who chairs the committee on transport, was approved on Tuesday.
//
// A line that opens on the punctuation that follows a word (a comma, a full stop, a closing
// bracket) cannot start anything of its own: no wrapping tool breaks a line before a comma. It is
// put back onto the line before it, and, when that line is an inline element's few words and the
// paragraph's opening stands above them without a stop, onto that opening too. A sentence carried
// on in small letters past such an element ("Under the plan, the" / "Harbour Works Office" / "will
// spend …") is put back together the same way; alone, a line in small letters is only a wrapped
// line, which unwrapping joins when the page is wrapped.

const CONTINUATION = /^(?:[,;:.!?)\]](?=\s|$|[,;:.!?)\]"”’»])|['’]s\b)/u;
const LOWER_START = /^\p{Ll}/u;
/** An inline element's words: a name or a link's text. */
const INLINE_MAX_WORDS = 6;
const ELEMENT = /^[\p{Lu}\p{N}]/u;
/** A sentence carried on past the element: long enough, and ended, not a byline's ", Reporter"
 *  (nor a date whose month is written small, "marzo 12 de 2024 - 06:45 a. m.", under a byline). */
const CARRIED_SENTENCE = /^\S+(?:\s+\S+){4,}.*[.!?]["”’»)]*$/u;
/** ... or a comma alone, which ends nothing: "roles of" / "Jane Roe" / "," / "John Doe" / ", and …". */
const BARE_COMMA = /^[,;]$/u;
/** A paragraph's opening cut where the element began: words, ending on a word or a comma, not a stop. */
const OPENING = /^\S+(?:\s+\S+){3,}.*[\p{L}\p{N},;]$/u;
/** Stops alone on a line: a page's separator, or a poem's pause, not a sentence's end. */
const STOPS_ALONE = /^[.…!?]+$/u;

const words = (t: string) => t.trim().split(/\s+/).length;
/** An element's line is short: a name or a link's words (a cheap test before the others). */
const ELEMENT_MAX_CHARS = 60;

/** The kind of line that may carry on the one before it, by its first character alone (this runs
 *  on every line of every page: most start with a capital and are passed at once). */
function carriesOn(t: string): "punctuated" | "lower" | null {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return null;
  if (c >= 97 && c <= 122) return "lower";
  if (CONTINUATION.test(t)) return STOPS_ALONE.test(t) ? null : "punctuated";
  return c > 127 && LOWER_START.test(t) ? "lower" : null;
}

/** The lines with a paragraph broken at its inline elements put back together (see above); the
 *  same array when nothing is joined. */
export function rejoinInlineNodes(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const kind = l.text.length > 0 ? carriesOn(l.text) : null;
    const prev = kind === null ? undefined : out ? out[out.length - 1] : lines[i - 1];
    const element = prev && !prev.cut ? prev.text.trim() : "";
    // (A line in small letters carries on only an element's few words: most are wrapped prose.)
    if (kind === null || element === "" || (kind === "lower" && (element.length > ELEMENT_MAX_CHARS || !ELEMENT.test(element)))) {
      out?.push(l);
      continue;
    }
    // (Copied only from the first join: most pages have none.)
    const list: Line[] = (out ??= lines.slice(0, i));
    const t = l.text.trim();
    const opening = list.length >= 2 ? list[list.length - 2]! : null;
    if (opening && !opening.cut && words(element) <= INLINE_MAX_WORDS && ((CARRIED_SENTENCE.test(t) && leadingDate(t) === null) || BARE_COMMA.test(t)) && OPENING.test(opening.text.trim())) {
      list.pop();
      list[list.length - 1] = line(opening.n, `${opening.text.trimEnd()} ${element}${kind === "punctuated" ? "" : " "}${t}`);
    } else if (kind === "punctuated") {
      list[list.length - 1] = line(prev!.n, `${prev!.text.trimEnd()}${t}`);
    } else {
      list.push(l);
    }
  }
  return out ?? lines;
}
