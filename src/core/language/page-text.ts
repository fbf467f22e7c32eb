// The words of a page that are not the story's: menus, teasers of other stories, captions, footers.
// The parser rightly leaves them out of the body, but a reader who remembers a word from the page
// (or greps the files) expects the page to be found by it. They are indexed in a column of their
// own (`page`), each term once and only when no other column of the article has it, so that they
// add a match where the story has none. (They add to the article's length, as any words do in BM25:
// a page with much furniture ranks a little lower for its story's words.)

/** True when `text` holds `part` at `from` or after, not inside a longer word. */
function holdsAsWords(text: string, part: string, from: number): number {
  for (let at = text.indexOf(part, from); at >= 0; at = text.indexOf(part, at + 1)) {
    const before = at === 0 ? "" : text[at - 1]!;
    const after = text[at + part.length] ?? "";
    if (!isWordChar(before) && !isWordChar(after)) return at;
  }
  return -1;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const isWordChar = (c: string) => c !== "" && WORD_CHAR.test(c);

/** How far past the last line found in the body the next one is looked for (characters). */
const BODY_WINDOW = 4000;

/**
 * The lines of the original text found in none of the article's fields. Lines of the body are
 * looked for in order, within BODY_WINDOW characters of where the last one was found, so a page
 * costs about one pass over its body however many of its lines are not the body's (each would
 * otherwise scan the rest of the body: quadratic on a page of megabytes whose every line the parser
 * changed, decoding its entities). A line a field holds (the headline, a byline) is left out too, and
 * so is a front matter block, the file's metadata rather than its page. Lines the parser changed on
 * the way into the body (joined, unwrapped, decoded) come out here, but their words are the body's,
 * which pageTerms drops.
 */
export function outsideLines(original: string, fields: readonly (string | null | undefined)[], body: string): string {
  const out: string[] = [];
  let cursor = 0;
  let start = FRONT_MATTER.exec(original.slice(0, 20_000))?.[0].length ?? 0;
  while (start <= original.length) {
    let end = original.indexOf("\n", start);
    if (end < 0) end = original.length;
    const line = original.slice(start, end).trim();
    start = end + 1;
    if (line === "") continue;
    const at = holdsAsWords(body.slice(0, cursor + BODY_WINDOW + line.length), line, cursor);
    if (at >= 0) {
      cursor = at + line.length;
      continue;
    }
    if (fields.some((f) => f && f.length < 2000 && holdsAsWords(f, line, 0) >= 0)) continue;
    out.push(line);
  }
  return out.join("\n");
}

// A YAML front matter block opening the text ("---" / "title: …" / "---"), as Markdown exports and
// `news import` records carry their metadata.
const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/;

/**
 * The terms of the text outside the fields (space-separated, as indexText gives them) that none of
 * the article's other index columns has, each once, in the order first met.
 */
export function pageTerms(outsideTerms: string, columns: readonly string[]): string {
  if (outsideTerms === "") return "";
  const known = new Set<string>();
  for (const column of columns) for (const term of column.split(" ")) if (term !== "") known.add(term);
  const out: string[] = [];
  for (const term of outsideTerms.split(" ")) {
    if (term === "" || known.has(term)) continue;
    known.add(term);
    out.push(term);
  }
  return out.join(" ");
}
