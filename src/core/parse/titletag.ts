// A page title in a site's template, "Headline, Section, Site", as Khmer and Thai news sites write
// theirs (a headline in a script without spaces has no commas of its own, so the commas are the
// template's): the headline and the section, without the site's name.
import { type Offer, RANK_META, RANK_STRUCTURE } from "./fields.js";

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
