// A page that says it is not there: a scraper fetched an error page ("Page Not Found", "404", a
// template's "Main Error Message Here", WordPress's "Oops! That page can't be found.") or a link's stub ("Open this story in Apple News.") instead
// of the story. Such a page has no story, so it has no
// body: its notices, search box and cookie prompt are not one.
import type { Line } from "./lines.js";
import type { Paragraph } from "./story.js";
import { wordsIn } from "./shapes.js";

const NOT_FOUND =
  /^(?:(?:error )?404(?: error)?(?:\s*[-–:|]\s*.{0,40})?|(?:error )?page not found|not found|(?:sorry,? )?(?:the )?page (?:you (?:requested|were looking for|are looking for)|requested) (?:is not available|(?:could not|cannot|can't) be found|was not found|no longer exists|does not exist)\.?|the server cannot find the requested page:?|(?:oops!? )?(?:sorry,? )?(?:that|this|the) page (?:can[’']t|cannot|could not|couldn[’']t) be found[.!]?|main error mess?age here|open this (?:story|article) in apple news\.?)$/iu;

/** Lines from the top within which the page must say so (a blog's menus may come first). */
const WITHIN = 30;
/** More prose than this and the page holds a story after all (one that reports an error page, say). */
const STORY_WORDS = 120;

/** The notice of an error page with no story in it: near the top, with no more than a few words
 *  of story (counted only for a page that has the notice). Null for any other page. */
export function errorNotice(lines: Line[], paragraphs: Paragraph[]): Line | null {
  let seen = 0;
  for (const l of lines) {
    if (l.text === "") continue;
    if (++seen > WITHIN) return null;
    if (l.text.length <= 80 && wordsIn(l.text, 12) < 12 && NOT_FOUND.test(l.text.trim())) return storyWords(paragraphs) <= STORY_WORDS ? l : null;
  }
  return null;
}

function storyWords(paragraphs: Paragraph[]): number {
  let n = 0;
  for (const p of paragraphs) n += wordsIn(p.text, STORY_WORDS + 1 - n);
  return n;
}
