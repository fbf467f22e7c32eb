// One article's row of the full-text index: each column's analysed terms, in FTS_COLUMNS order.
import { decompress } from "../archive/compression.js";
import { indexText, type Recording } from "./analyser.js";
import { outsideLines, pageTerms } from "./page-text.js";

/** The articles' columns an index row is made from (IndexedFields), and the language it is analysed in: what a statement that indexes articles selects. */
export const INDEXED_COLUMNS = "title, body, summary, author, section, place, source, tags, language, original";

export interface IndexedFields {
  title: string;
  body: string;
  /** A standfirst or a list of highlights (CNN's), indexed with the body: its words are the story's too. */
  summary?: string | null;
  author: string | null;
  section: string | null;
  place: string | null;
  source: string | null;
  /** JSON array, as stored. */
  tags: string;
  /** The normalised original text, whose words outside the fields make the `page` column; or */
  text?: string;
  /** the same compressed against the body, as stored (compression.ts). Neither: no `page` terms. */
  original?: Uint8Array | null;
}

/** With `recording`, the title's and body's words its recorder has not seen yet go to its `fresh` list (indexText). */
export function indexRow(id: number | bigint, f: IndexedFields, language: string | null, recording?: Recording): unknown[] {
  const columns = [
    indexText(f.title, language, recording),
    indexText(f.summary ? `${f.summary}\n\n${f.body}` : f.body, language, recording),
    indexText(f.author, language),
    indexText(f.section, language),
    indexText(f.place, language),
    indexText(f.source, language),
    indexText(f.tags, language),
  ];
  const text = f.text ?? (f.original ? decompress(f.original, f.body) : "");
  const outside = text && outsideLines(text, [f.title, f.summary, f.author, f.section, f.place, f.source, f.tags], f.body);
  return [id, ...columns, pageTerms(indexText(outside, language), columns)];
}
