// A MediaWiki page (Wikipedia and the wikis built like it) as scraped from its current skin: menus
// and a table of contents, then the article's title right over its language switcher ("18
// languages"), the page's tabs and tools, and the tagline "From Wikipedia, the free encyclopedia"
// over the article. Everything above the tagline is the site's; the title is the page's heading,
// not an infobox caption or a short description under it that the shape rules may take instead.
// (Where the article starts below the tagline, past its short description and infobox, the page-top
// reader finds as on any page; only a story it reads from the menus above starts again below.)
// A wiki that shows no tagline (Fandom's) is known by the page's tabs under its title instead.
import { decodeEntities, tidy, type Line } from "./lines.js";
import { endsSentence, isProse } from "./shapes.js";

const TAGLINE =
  /^(?:From [^,]{2,40}, the free encyclopedia|Aus [^,]{2,40}, der freien Enzyklopädie|De [^,]{2,40}, l['’]encyclopédie libre|De [^,]{2,40}, la enciclopedia libre|Da [^,]{2,40}, l['’]enciclopedia libera|Материал из [^—]{2,40} — свободной энциклопедии)$/u;
const LANGUAGES = /^(?:\d+ (?:languages?|Sprachen|langues|idiomas|lingue|языка|языков|язык)|Add languages|Sprachen hinzufügen|Ajouter des langues)$/iu;

/** How far down a page its tagline may stand, and how far above it the language switcher. */
const TAGLINE_WITHIN = 400;
const SWITCHER_WITHIN = 60;

export interface WikiTop {
  /** Index of the title's line, when the page shows its language switcher (or its tabs) under it. */
  title: number | null;
  /** Index of the tagline (or the last tab): it and every line above it are the site's. */
  tagline: number;
  /** What the title was found over. */
  by: "language list" | "tabs";
}

/** The tagline of a MediaWiki page and its title above, or null when the text is not one. */
export function readWikiTop(lines: Line[]): WikiTop | null {
  let tagline = -1;
  for (let i = 0; i < lines.length && i < TAGLINE_WITHIN; i++) {
    const t = lines[i]!.text;
    if (t.length < 80 && TAGLINE.test(t)) {
      tagline = i;
      break;
    }
  }
  if (tagline < 0) return wikiTabs(lines);
  for (let j = tagline - 1; j > 0 && j >= tagline - SWITCHER_WITHIN; j--) {
    if (!LANGUAGES.test(lines[j]!.text)) continue;
    return { title: titleOver(lines, j), tagline, by: "language list" };
  }
  return { title: null, tagline, by: "language list" };
}

/**
 * The page's title over line i (past blank lines and the language switcher, which a skin may put
 * between the title and its tabs): a short line that is no sentence, or null.
 */
function titleOver(lines: Line[], i: number): number | null {
  let k = i - 1;
  while (k >= 0 && (lines[k]!.text === "" || LANGUAGES.test(lines[k]!.text))) k--;
  const t = k >= 0 ? lines[k]!.text : "";
  return t.length > 0 && t.length <= 200 && !endsSentence(t) ? k : null;
}

// A page's tabs, under its title on a wiki that shows no tagline (Fandom's): "Edit", "Edit
// source", "View history", "Talk (0)".
const TAB = /^(?:article|page|edit|edit source|view source|view history|history|talk(?: \(\d+\))?|discussion|read|tools)$/i;
/** The fewest tabs in a row that make a wiki's. */
const TABS = 3;

/** The title over a run of a wiki's tabs, the last tab standing for the tagline; null if none. */
function wikiTabs(lines: Line[]): WikiTop | null {
  for (let i = 1; i < lines.length && i < TAGLINE_WITHIN; i++) {
    if (!TAB.test(lines[i]!.text)) continue;
    let end = i;
    let tabs = 0;
    for (let k = i; k < lines.length && (lines[k]!.text === "" || TAB.test(lines[k]!.text)); k++) {
      if (lines[k]!.text !== "") {
        tabs++;
        end = k;
      }
    }
    if (tabs < TABS) {
      i = end;
      continue;
    }
    return { title: titleOver(lines, i), tagline: end, by: "tabs" };
  }
  return null;
}

/** The title's text as a headline. */
export function wikiTitleText(lines: Line[], top: WikiTop): string | null {
  return top.title === null ? null : tidy(decodeEntities(lines[top.title]!.text)) || null;
}

/** Whether a story read from the page starts above the tagline, in the site's menus. */
export function wikiChromeKept(lines: Line[], top: WikiTop, paragraphs: ReadonlyArray<{ n: number; text: string }>): boolean {
  const first = paragraphs.find((p) => /[\p{L}\p{N}]/u.test(p.text));
  return first !== undefined && first.n <= lines[top.tagline]!.n;
}

/** Where the story starts when the page-top reader found it in the menus: the first line of prose
 *  below the tagline. */
export function wikiStoryStart(lines: Line[], top: WikiTop): number {
  for (let i = top.tagline + 1; i < lines.length; i++) if (isProse(lines[i]!.text)) return i;
  return top.tagline + 1;
}
