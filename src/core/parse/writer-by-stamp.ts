// The last look for a writer, where no rule named one: a line between the headline and the story that
// opens on a person's name, right over or under the story's date stamp or reading time. Pages set
// their byline in more ways than rules can list ("Jane Roe, Bern", "Jane Roe, back from Satkhira",
// "Autors: Jane Roe (Radio)", "Report: Jane Roe", a name over "4–5 minutes"); what they share is
// where the line stands. It is offered below every other writer's rule.

import { isBoilerplate, isRelativeStamp } from "./boilerplate.js";
import { isOrganisationName, isOutlet, isPersonName, isRole, splitNames } from "./byline.js";
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

// A label over a picture, a tag, a date or a contact is no writer's: "Photo: Jane Roe", "Foto: …".
const NOT_A_WRITER_LABEL = /^(?:photos?|fotos?|fotograf\w*|image[sn]?|imagem|imagen|bild(?:er)?|pictures?|pics?|video|credits?|source|sources|quelle|fuente|fonte|illustration|grafik|graphics?|map|kuva|zdjęci[ae]|фото|ảnh|tags?|updated|published|posted|date|data|fecha|datum|category|section|editor|edited|editing|redaktor|translation|translated|contact|kontakt|e-?mail|tel|phone|via|from|to|cc)$/iu;
const LABEL = /^(\p{L}{2,20})\s?:\s*(.+)$/u;
// The name ends at a comma, a bracket, a bar, a middle dot, a slash or a spaced dash.
const NAME_END = /\s*(?:[,(|·/]|\s[–—-]\s)/u;

/** The person's name a line opens on, if it reads as a byline's: a name of two to four words,
 *  after a one-word label or none, with at most a short tail. */
export function writerOpening(line: string): string | null {
  let t = line.trim();
  if (t.length === 0 || t.length > LONGEST_LINE) return null;
  const labelled = LABEL.exec(t);
  if (labelled) {
    if (NOT_A_WRITER_LABEL.test(labelled[1]!)) return null;
    t = labelled[2]!;
  }
  const end = NAME_END.exec(t);
  const name = (end ? t.slice(0, end.index) : t).trim();
  if (end && t.length - end.index > LONGEST_TAIL) return null;
  const words = wordsIn(name, 5);
  if (words < 2 || words > 4) return null;
  if (!isPersonName(name) || isOutlet(name) || isRole(name) || isOrganisationName(name) || splitNames(name).length !== 1) return null;
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
    const name = writerOpening(filled[k]!.text);
    if (name === null || isBoilerplate(filled[k]!.text.trim()) || body.includes(name)) continue;
    const over = k > 1 ? filled[k - 1]!.text.trim() : "";
    if (PROVIDED_BY.test(over)) continue;
    const under = k + 1 < filled.length - 1 ? filled[k + 1]!.text.trim() : "";
    if (isStampLine(over) || isStampLine(under)) {
      offer("author", name, RANK_META + 4, filled[k]!.n, "name beside the stamp under the headline");
      return;
    }
  }
}
