// Streaming export writers: each turns one article into text as it arrives, so memory stays flat
// however many articles are written.
import type { Article } from "../core/types.js";
import { articleText } from "./article-view.js";
import { csvRow } from "./csv.js";
import { mdArticle } from "./markdown.js";
import { articleRecord, SCHEMA_VERSION } from "./records.js";

export const EXPORT_FORMATS = ["json", "ndjson", "csv", "markdown", "txt"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  json: "json",
  ndjson: "ndjson",
  csv: "csv",
  markdown: "md",
  txt: "txt",
};

const CSV_COLUMNS = ["id", "hash", "title", "date", "place", "section", "author", "source", "tags", "words", "path", "ingestedAt", "summary", "body"];

export interface ExportWriter {
  start(): string;
  article(a: Article, index: number): string;
  end(): string;
}

export function exportWriter(format: ExportFormat): ExportWriter {
  switch (format) {
    case "json":
      return {
        start: () => `{"schemaVersion": ${SCHEMA_VERSION}, "articles": [\n`,
        article: (a, i) => `${i > 0 ? ",\n" : ""}${JSON.stringify(articleRecord(a))}`,
        end: () => "\n]}\n",
      };
    case "ndjson":
      return { start: () => "", article: (a) => `${JSON.stringify(articleRecord(a))}\n`, end: () => "" };
    case "csv":
      return {
        start: () => csvRow(CSV_COLUMNS),
        article: (a) => {
          const r = articleRecord(a);
          return csvRow(CSV_COLUMNS.map((c) => r[c]));
        },
        end: () => "",
      };
    case "markdown":
      return { start: () => "", article: (a, i) => `${i > 0 ? "\n---\n\n" : ""}${mdArticle(a)}`, end: () => "" };
    case "txt":
      return { start: () => "", article: (a, i) => `${i > 0 ? "\n\f\n" : ""}${articleText(a)}`, end: () => "" };
  }
}

/** A file name for one article when exporting into a folder: `00042-russia-reaffirms-support.md`. */
export function articleFileName(a: Article, format: ExportFormat): string {
  const slug = a.title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${String(a.id).padStart(5, "0")}${slug ? `-${slug}` : ""}.${EXPORT_EXTENSIONS[format]}`;
}
