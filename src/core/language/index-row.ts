// One article's row of the full-text index: each column's analysed terms, in FTS_COLUMNS order.
import { indexText, type WordRecorder } from "./analyser.js";

export interface IndexedFields {
  title: string;
  body: string;
  author: string | null;
  section: string | null;
  place: string | null;
  source: string | null;
  /** JSON array, as stored. */
  tags: string;
}

/** With `fresh`, the words the recorder has not seen yet are added to it (indexText). */
export function indexRow(id: number | bigint, f: IndexedFields, language: string | null, fresh?: string[], recorder?: WordRecorder): unknown[] {
  return [
    id,
    indexText(f.title, language, fresh, recorder),
    indexText(f.body, language, fresh, recorder),
    indexText(f.author, language),
    indexText(f.section, language),
    indexText(f.place, language),
    indexText(f.source, language),
    indexText(f.tags, language),
  ];
}
