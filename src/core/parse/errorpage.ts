// A page that says it is not there: a scraper fetched an error page ("Page Not Found", "404", a
// template's "Main Error Message Here") instead of the story. Such a page has no story, so it has no
// body: its notices, search box and cookie prompt are not one.
import type { Line } from "./lines.js";
import { wordsIn } from "./shapes.js";

const NOT_FOUND =
  /^(?:(?:error )?404(?: error)?(?:\s*[-–:|]\s*.{0,40})?|(?:error )?page not found|not found|(?:sorry,? )?(?:the )?page (?:you (?:requested|were looking for|are looking for)|requested) (?:is not available|(?:could not|cannot|can't) be found|was not found|no longer exists|does not exist)\.?|the server cannot find the requested page:?|main error mess?age here)$/iu;

/** Lines from the top within which the page must say so. */
const WITHIN = 15;
/** More prose than this and the page holds a story after all (one that reports an error page, say). */
const STORY_WORDS = 120;

/** Whether the text is an error page with no story in it. */
export function isErrorPage(lines: Line[], bodyWords: number): boolean {
  if (bodyWords > STORY_WORDS) return false;
  let seen = 0;
  for (const l of lines) {
    if (l.text === "") continue;
    if (++seen > WITHIN) return false;
    if (l.text.length <= 80 && wordsIn(l.text, 12) < 12 && NOT_FOUND.test(l.text.trim())) return true;
  }
  return false;
}
