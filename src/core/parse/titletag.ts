// A page title in a site's template, "Headline, Section, Site", as Khmer and Thai news sites write
// theirs (a headline in a script without spaces has no commas of its own, so the commas are the
// template's): the headline and the section, without the site's name. And "Headline – Site".
import { type Offer, RANK_META, RANK_STRUCTURE } from "./fields.js";
import type { Line } from "./lines.js";

// Khmer, Thai, Lao and Myanmar: scripts that separate words without spaces and phrases with spaces.
const SPACELESS = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/u;

/** Offers the headline and section of a title in that template; false when it is not one. */
export function offerTitleTemplate(title: string | null, line: number | null, offer: Offer): boolean {
  if (!title || !title.includes(", ")) return false;
  const parts = title.split(", ");
  if (parts.length !== 3) return false;
  const [headline, section, site] = parts as [string, string, string];
  if (!SPACELESS.test(headline) || headline.length < 20 || section.length > 30 || site.length > 30 || section.length === 0 || site.length === 0) return false;
  offer("title", headline, RANK_STRUCTURE, line, "headline of a title template (headline, section, site)");
  offer("section", section, RANK_META + 1, line, "section of a title template");
  return true;
}

// "Malware researcher pleads guilty, ending his legal case – TechCrunch": a headline in sentence
// case, then a dash or a bar and a name of one to three capitalised words ("The" before them), and
// perhaps the site's tagline or its country after another, or two ("… - The Avery Times - Local news
// from Avery", "… | Diario Ejemplo | PERU | EJEMPLO").
// (After a bar, up to five words: "… at Frankton hub | Otago Daily Times Online News".)
const SITE_AFTER = /^(.{20,200}?) (?:(?:[-–—«]|::) ((?:The )?\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,2})|\| ((?:The )?\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,4}))(?: [-–—|] [^-–—|]{3,80}){0,2}$/u;
// ... or the site first, before a bar: "Avery Times | Harbour board votes to …" (not a colon: "Brexit: what …" is a headline's own).
const SITE_BEFORE = /^((?:The )?\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,2}) \| (.{20,200})$/u;
// What follows a headline's dash as a part of it, not a site's name: "– Video", "– Full Discussion".
const NOT_A_SITE = /^(?:video|audio|podcast|live|update|updated|watch|listen|interview|full (?:discussion|video|interview|movie)|part \d+|photos|opinion|analysis|review)$/iu;

/**
 * Offers the headline of a title that ends with its site's name, when the headline is in sentence
 * case (most of its words after the first in small letters, so the capitalised words after the
 * dash are no part of it) and the name appears nowhere else in the text (a site names itself in its
 * title tag; a person named after a dash is named again in the story). False when it is not one.
 */
export function offerTitleWithoutSite(title: string | null, line: number | null, lines: readonly Line[], offer: Offer): boolean {
  const after = title ? SITE_AFTER.exec(title) : null;
  const before = title && !after ? SITE_BEFORE.exec(title) : null;
  const [headline, site] = after ? [after[1]!, after[2] ?? after[3]!] : before ? [before[2]!, before[1]!] : [null, null];
  if (headline === null || site === null || NOT_A_SITE.test(site)) return false;
  const words = headline.split(/\s+/).slice(1);
  const small = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  if (words.length < 4 || small < 2 || small * 2 < words.length) return false;
  // (Its masthead, a logo's text and the footer name it again on short lines of their own: "Example
  // Ledger", "logo Example Ledger", "© 2025 Example Ledger".)
  let seen = 0;
  // (A sentence naming it counts, however short: "Jane Roe writes about the coast.")
  for (const l of lines) if (l.text.includes(site) && (l.text.length > site.length + 30 || /[.!?]["”’)]*\s*$/u.test(l.text) || l.n === line) && ++seen > 1) return false;
  offer("title", headline, RANK_STRUCTURE, line, "headline of a title ending with its site's name");
  return true;
}
