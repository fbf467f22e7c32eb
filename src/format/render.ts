// One function per kind of result that renders it in any of the read formats, so every command
// offers the same formats in the same way.
import type { Article, SearchHit } from "../core/types.js";
import { csvTable } from "./csv.js";
import { mdTable } from "./markdown.js";
import { articleRecord, hitRecord } from "./records.js";
import type { TableContext } from "./table.js";

export type ListFormat = "table" | "json" | "ndjson" | "csv" | "markdown";

const LIST_COLUMNS = ["id", "date", "title", "section", "place", "source", "author", "words"];

/** Records in a data format; `csvColumns` fixes the CSV header (else every key of the records). */
export function serialise(records: Array<Record<string, unknown>>, format: Exclude<ListFormat, "table">, mdColumns: string[], csvColumns?: string[]): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(records, null, 2)}\n`;
    case "ndjson":
      return records.map((r) => `${JSON.stringify(r)}\n`).join("");
    case "csv":
      return csvTable(records, csvColumns);
    case "markdown":
      return mdTable(records, mdColumns);
  }
}

// The table renderer is loaded only for table output, so `--json` starts faster.
export async function renderArticles(articles: Article[], format: ListFormat, ctx: TableContext): Promise<string> {
  if (format === "table") return (await import("./table.js")).listTable(articles, ctx);
  return serialise(articles.map(articleRecord), format, LIST_COLUMNS);
}

export async function renderHits(hits: SearchHit[], format: ListFormat, ctx: TableContext): Promise<string> {
  if (format === "table") return (await import("./table.js")).hitsTable(hits, ctx);
  return serialise(hits.map(hitRecord), format, ["id", "date", "title", "score", "snippet"]);
}
