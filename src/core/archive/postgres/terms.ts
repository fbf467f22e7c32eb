// An article's analysed terms as a PostgreSQL tsvector, and a query's FTS5 expression as a tsquery.
// Both are written out literally (`'term':1A`, `'term' <-> 'next'`) and cast, never passed through a
// text search configuration: the terms are the analyser's (language/analyser.ts), exactly those the
// SQLite index holds, so both engines find the same articles for the same words.
import { FTS_COLUMNS } from "../schema.js";
import type { SqlDatabase } from "../sql.js";
import { indexRow } from "../../language/index-row.js";
import { impactLevel, impactToken } from "./impact.js";

type Column = (typeof FTS_COLUMNS)[number];

/** How much a column weighs in ts_rank: A (headline), B (author), C (other metadata), D (body, and
 *  the page's words outside the story, which weigh as the body's in SQLite too: schema.ts). */
const WEIGHT: Record<Column, string> = { title: "A", author: "B", section: "C", place: "C", source: "C", tags: "C", body: "", page: "" };
/** What an occurrence of each weight counts for in BM25 (FTS5's column weights). */
const COUNTS: Record<string, number> = { A: 10, B: 3, C: 2, "": 1 };
/** Columns whose terms are also stored as `column|term`, for field terms (`author:smith`). Title
 *  terms are found by their weight instead (`'oil':A`), the only ones with A. */
const TAGGED: ReadonlySet<Column> = new Set(["author", "section", "place", "source", "tags"]);
/** PostgreSQL keeps positions up to 16383 and at most 256 of them per lexeme. */
const MAX_POSITION = 16383;
const MAX_POSITIONS = 256;
/** The order terms are laid out in: the short fields first, so that a long body cannot push them
 *  past the last position. A gap between columns keeps a phrase from spanning two. */
const LAYOUT: Column[] = ["title", "author", "section", "place", "source", "tags", "body", "page"];

/** An article's full-text row, and the vocabulary's new terms (postgres/schema.ts). */
export const INDEX_ROW_SQL = "INSERT INTO articles_fts (id, terms, length) VALUES (?, ?::tsvector, ?)";
export const ADD_VOCABULARY_SQL = "INSERT INTO articles_vocab (term) SELECT unnest(?::text[]) ORDER BY 1 ON CONFLICT DO NOTHING";

/** (Most terms hold neither a quote nor a backslash: they are written as they are.) */
export const quoteLexeme = (term: string) =>
  term.includes("'") || term.includes("\\") ? `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}'` : `'${term}'`;

/** One lexeme's positions as the literal writes them ("3A,17"), and its weighted count for BM25. */
interface Occurrences {
  at: string;
  n: number;
  count: number;
}

/**
 * An article's index row (its columns in FTS_COLUMNS order) in one pass over its terms: the tsvector
 * literal, with the impact token of each term that has one (impact.ts); its length for BM25, as FTS5
 * counts it; and its plain terms added to `vocabulary`, when given. (It was three passes, each
 * splitting every column again, and the literal's positions kept as arrays joined at the end:
 * a tenth of a PostgreSQL ingest's time on the writer's thread, and much of its garbage.)
 */
export function indexEntry(columns: readonly string[], vocabulary?: Set<string>): { vector: string; length: number } {
  const lexemes = new Map<string, Occurrences>();
  const add = (lexeme: string, at: string, weight: string) => {
    const seen = lexemes.get(lexeme);
    if (!seen) lexemes.set(lexeme, { at, n: 1, count: COUNTS[weight]! });
    else if (seen.n < MAX_POSITIONS) {
      seen.at += `,${at}`;
      seen.n++;
      seen.count += COUNTS[weight]!;
    }
  };
  let position = 0;
  let length = 0;
  for (const column of LAYOUT) {
    const text = columns[COLUMN_INDEX[column]] ?? "";
    if (text === "") {
      position = Math.min(position + 1, MAX_POSITION);
      continue;
    }
    const weight = WEIGHT[column];
    const tagged = TAGGED.has(column);
    // (The page's words, once each and in no order of the page's, two positions apart: they form no
    // phrase, as SQLite's search leaves their column out of phrases.)
    const step = column === "page" ? 2 : 1;
    for (const term of text.split(" ")) {
      if (term === "") continue;
      length++;
      vocabulary?.add(term);
      position = Math.min(position + step, MAX_POSITION);
      const at = weight === "" ? String(position) : `${position}${weight}`;
      add(term, at, weight);
      if (tagged) add(`${column}|${term}`, at, weight);
    }
    position = Math.min(position + 1, MAX_POSITION);
  }
  const parts: string[] = [];
  for (const [lexeme, o] of lexemes) {
    parts.push(`${quoteLexeme(lexeme)}:${o.at}`);
    const level = impactLevel(o.count, length);
    if (level > 0) parts.push(quoteLexeme(impactToken(level, lexeme)));
  }
  return { vector: parts.join(" "), length };
}

/** Each column's place in an index row. */
const COLUMN_INDEX = Object.fromEntries(FTS_COLUMNS.map((c, i) => [c, i])) as Record<Column, number>;

/** Writes the index rows of articles from their stored fields, and adds their terms to the vocabulary. */
export function indexArticleRows(db: SqlDatabase, articles: Iterable<Record<string, unknown>>): void {
  const insert = db.prepare(INDEX_ROW_SQL);
  const vocabulary = new Set<string>();
  for (const a of articles) {
    const entry = indexEntry(indexRow(a.id as number, a as never, (a.language as string | null) ?? null).slice(1) as string[], vocabulary);
    insert.run(a.id, entry.vector, entry.length);
  }
  if (vocabulary.size) db.prepare(ADD_VOCABULARY_SQL).run([...vocabulary]);
}
