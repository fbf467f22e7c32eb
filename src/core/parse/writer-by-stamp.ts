// The last look for a writer, where no rule named one: a line between the headline and the story that
// names a person, right over or under the story's date stamp or reading time. Pages set their byline
// in more ways than rules can list ("Report: Jane Roe", "Autors: Jana Roze (Radio)", a name alone
// over "4–5 minutes"); what they share is where the line stands. It is offered below every other
// writer's rule.

import { isBoilerplate, isRelativeStamp } from "./boilerplate.js";
import { PLACE_FIRST, WRITER_LABEL, isOrganisationName, isOutlet, isPersonName, isRole, splitNames } from "./byline.js";
import { PROVIDED_BY } from "./cluster.js";
import { type Offer, RANK_META } from "./fields.js";
import type { Line } from "./lines.js";
import { READING_TIME, wordsIn } from "./shapes.js";
import { isDateLine, readStamp } from "./stamps.js";

/** How far under the headline the look goes, in lines with text. */
const ZONE_LINES = 8;
/** The longest line read, and the longest tail after the name (a place, a job, an outlet). */
const LONGEST_LINE = 90;
const LONGEST_TAIL = 60;

// Only a writer's label names one ("Author:", "Autors:", "Report:", "Texto:"): a line under any other
// label ("Photographer:", "Guest:", "Pictured:") names someone else.
const LABELLED = new RegExp(`^(?:${WRITER_LABEL}|report|autors|autorė)\\s?:\\s*(.+)$`, "iu");
// The name ends at a comma, a bracket, a bar, a middle dot, a slash or a spaced dash.
const NAME_END = /\s*(?:[,(|·/]|\s[–—-]\s)/u;

/** The person's name a line opens on, if it reads as a byline's: a name of two to four words after
 *  a writer's label (with at most a short tail), or alone, or with the writer's job or outlet after
 *  it ("Jane Roe | Staff writer", "Jane Roe, Example News"). Not a place that reads as a name
 *  ("Fort William, Scotland"), nor a caption's name with what it says of the person ("Jane Doe, 34,
 *  at her home"). */
export function writerOpening(line: string): string | null {
  let t = line.trim();
  if (t.length === 0 || t.length > LONGEST_LINE) return null;
  const labelled = LABELLED.exec(t);
  if (labelled) t = labelled[1]!;
  const end = NAME_END.exec(t);
  const name = (end ? t.slice(0, end.index) : t).trim();
  const tail = end ? t.slice(end.index).replace(/^\s*[,(|·/–—-]\s*/u, "").replace(/\)$/u, "").trim() : "";
  if (tail.length > LONGEST_TAIL || (!labelled && tail !== "" && !isRole(tail) && !isOutlet(tail))) return null;
  const words = wordsIn(name, 5);
  if (words < 2 || words > 4) return null;
  if (!isPersonName(name) || isOutlet(name) || isRole(name) || isOrganisationName(name) || splitNames(name).length !== 1 || PLACE_FIRST.test(name)) return null;
  return name;
}

/** A line that dates the story or says how long it reads. */
function isStampLine(t: string): boolean {
  return READING_TIME.test(t) || isRelativeStamp(t) || readStamp(t)?.published != null || isDateLine(t);
}

/** Offers the writer named beside the stamp under the headline, when nothing else named one.
 *  (Not a button that reads as a name, "Abone Ol"; nor a name the story itself speaks of, as a
 *  release names its company: a writer is not in their own story; nor a name under "News provided
 *  by".) */
export function offerWriterByStamp(lines: Line[], titleLine: number | null, bodyLine: number | null, body: string, offer: Offer): void {
  if (titleLine === null || bodyLine === null || bodyLine <= titleLine) return;
  const filled = lines.filter((l) => l.text.trim() !== "" && l.n >= titleLine && l.n <= bodyLine);
  // filled[0] is the headline's line and the last the story's first: the zone lies between them.
  for (let k = 1; k < Math.min(filled.length - 1, ZONE_LINES + 1); k++) {
    const t = filled[k]!.text.trim();
    const name = writerOpening(t);
    if (name === null || isBoilerplate(t) || body.includes(name)) continue;
    const over = k > 1 ? filled[k - 1]!.text.trim() : "";
    if (PROVIDED_BY.test(over)) continue;
    const under = k + 1 < filled.length - 1 ? filled[k + 1]!.text.trim() : "";
    if (isStampLine(over) || isStampLine(under)) {
      offer("author", name, RANK_META + 4, filled[k]!.n, "name beside the stamp under the headline");
      return;
    }
  }
}
