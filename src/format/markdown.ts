// Markdown: tables for lists, a heading and metadata line per article.
import type { Article } from "../core/types.js";

export function mdCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = Array.isArray(value) ? value.join(", ") : String(value);
  // A run of spaces holding a line break becomes one space. Matched run by run: /\s*\n\s*/ retried
  // from every space of a long run without one, which took seconds for a title of 20,000 spaces.
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\s+/g, (run) => (run.includes("\n") ? " " : run));
}

export function mdTable(records: Array<Record<string, unknown>>, columns: string[]): string {
  const head = `| ${columns.join(" | ")} |\n| ${columns.map(() => "---").join(" | ")} |\n`;
  return head + records.map((r) => `| ${columns.map((c) => mdCell(r[c])).join(" | ")} |\n`).join("");
}

/** A line such as "2017-02-06 · Caracas · International · Jane Doe · source". */
export function metaLine(a: Article): string {
  return [a.date, a.place, a.section, a.author ? `by ${a.author}` : null, a.source]
    .filter((v): v is string => Boolean(v))
    .join(" · ");
}

/**
 * Escapes text that Markdown would otherwise read as markup at the start of a line: headings,
 * quotes, list items, rules, setext underlines, fences, HTML. CommonMark honours a backslash only
 * before ASCII punctuation, so an ordered-list marker is escaped after its digits ("1\.").
 */
function mdText(text: string): string {
  return text.replace(/^([ \t]*)([#>*+\-=_`~<])/gm, "$1\\$2").replace(/^([ \t]*\d{1,9})([.)])(?=\s|$)/gm, "$1\\$2");
}

export function mdArticle(a: Article): string {
  const meta = metaLine(a);
  const tags = a.tags.length ? `\n\nTags: ${a.tags.join(", ")}` : "";
  const summary = a.summary ? `\n\n> ${a.summary.split("\n").join("\n> ")}` : "";
  return `# ${a.title.replace(/\n/g, " ")}\n\n*${meta || "undated"}* · id ${a.id}${tags}${summary}\n\n${mdText(a.body ?? "")}\n`;
}
