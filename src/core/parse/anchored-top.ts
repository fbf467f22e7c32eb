// Where a page's own top is, when the first reading found none: a headline right over a dated
// byline ("By Jane Roe - July 30, 2022"), with the story's prose right under it. Pages saved as one
// run-together line put hundreds of menu items and other stories' headlines over their story; a
// byline with its date under a headline is the story's own, wherever it stands.

import { isBoilerplate } from "./boilerplate.js";
import { BYLINE } from "./cluster.js";
import type { Line } from "./lines.js";
import { isHeadlineCandidate, isProse, wordsIn } from "./shapes.js";
import { readStamp } from "./stamps.js";

/** How many lines with text under the byline the story's first paragraph may stand, and how many
 *  words each line between may have (a comment count, a share bar). */
const PROSE_WITHIN = 6;
const SHORT_BETWEEN = 8;

/** The next line with text from index `i` on, going by `step`, or -1. */
function filledFrom(lines: Line[], i: number, step: 1 | -1): number {
  for (let j = i; j >= 0 && j < lines.length; j += step) if (lines[j]!.text.trim() !== "") return j;
  return -1;
}

/** The headline over the first dated byline with prose under it (its index in `lines`) and the
 *  byline's date, or null. */
export function anchoredHeadline(lines: Line[]): { at: number; published: string } | null {
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (t === "" || t.length > 120 || !/\d/u.test(t) || !BYLINE.test(t)) continue;
    const stamp = readStamp(t);
    if (!stamp?.published || stamp.authors.length === 0 || stamp.bareName) continue;
    const over = filledFrom(lines, i - 1, -1);
    if (over < 0 || !isHeadlineCandidate(lines[over]!.text.trim()) || isBoilerplate(lines[over]!.text.trim())) continue;
    let under = i;
    for (let k = 0; k < PROSE_WITHIN; k++) {
      under = filledFrom(lines, under + 1, 1);
      if (under < 0) break;
      const t = lines[under]!.text.trim();
      if (isProse(t)) return { at: over, published: stamp.published };
      if (wordsIn(t, SHORT_BETWEEN + 1) > SHORT_BETWEEN) break;
    }
  }
  return null;
}
