// An article's analysed terms as a PostgreSQL tsvector, and a query's FTS5 expression as a tsquery.
// Both are written out literally (`'term':1A`, `'term' <-> 'next'`) and cast, never passed through a
// text search configuration: the terms are the analyser's (language/analyser.ts), exactly those the
// SQLite index holds, so both engines find the same articles for the same words.
import { FTS_COLUMNS } from "../schema.js";
import type { SqlDatabase } from "../sql.js";
import { indexRow } from "../../language/index-row.js";
import { impactLevel, impactToken } from "./impact.js";

type Column = (typeof FTS_COLUMNS)[number];

/** How much a column weighs in ts_rank: A (headline), B (author), C (other metadata), D (body). */
const WEIGHT: Record<Column, string> = { title: "A", author: "B", section: "C", place: "C", source: "C", tags: "C", body: "" };
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
const LAYOUT: Column[] = ["title", "author", "section", "place", "source", "tags", "body"];

/** An article's full-text row, and the vocabulary's new terms (postgres/schema.ts). */
export const INDEX_ROW_SQL = "INSERT INTO articles_fts (id, terms, length) VALUES (?, ?::tsvector, ?)";
export const ADD_VOCABULARY_SQL = "INSERT INTO articles_vocab (term) SELECT unnest(?::text[]) ORDER BY 1 ON CONFLICT DO NOTHING";

export const quoteLexeme = (term: string) => `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/** The tsvector literal for one article's index row (its columns in FTS_COLUMNS order), with the
 *  impact token of each term that has one (impact.ts). */
export function tsvectorOf(columns: readonly string[]): string {
  const positions = new Map<string, string[]>();
  const counts = new Map<string, number>();
  const add = (lexeme: string, at: string, weight: string) => {
    let list = positions.get(lexeme);
    if (!list) positions.set(lexeme, (list = []));
    if (list.length < MAX_POSITIONS) {
      list.push(at);
      counts.set(lexeme, (counts.get(lexeme) ?? 0) + COUNTS[weight]!);
    }
  };
  let position = 0;
  for (const column of LAYOUT) {
    const text = columns[FTS_COLUMNS.indexOf(column)] ?? "";
    const weight = WEIGHT[column];
    for (const term of text.split(" ")) {
      if (term === "") continue;
      position = Math.min(position + 1, MAX_POSITION);
      add(term, `${position}${weight}`, weight);
      if (TAGGED.has(column)) add(`${column}|${term}`, `${position}${weight}`, weight);
    }
    position = Math.min(position + 1, MAX_POSITION);
  }
  const length = lengthOf(columns);
  let out = "";
  for (const [lexeme, at] of positions) {
    out += `${out ? " " : ""}${quoteLexeme(lexeme)}:${at.join(",")}`;
    const level = impactLevel(counts.get(lexeme)!, length);
    if (level > 0) out += ` ${quoteLexeme(impactToken(level, lexeme))}`;
  }
  return out;
}

/** How many terms an index row has in all its columns: its length for BM25, as FTS5 counts it. */
export function lengthOf(columns: readonly string[]): number {
  let n = 0;
  for (const text of columns) for (const term of text.split(" ")) if (term !== "") n++;
  return n;
}

/** The distinct plain terms of an index row (for the vocabulary). */
export function termsOf(columns: readonly string[], into: Set<string>): void {
  for (const text of columns) for (const term of text.split(" ")) if (term !== "") into.add(term);
}

/** Writes the index rows of articles from their stored fields, and adds their terms to the vocabulary. */
export function indexArticleRows(db: SqlDatabase, articles: Iterable<Record<string, unknown>>): void {
  const insert = db.prepare(INDEX_ROW_SQL);
  const vocabulary = new Set<string>();
  for (const a of articles) {
    const columns = indexRow(a.id as number, a as never, (a.language as string | null) ?? null).slice(1) as string[];
    insert.run(a.id, tsvectorOf(columns), lengthOf(columns));
    termsOf(columns, vocabulary);
  }
  if (vocabulary.size) db.prepare(ADD_VOCABULARY_SQL).run([...vocabulary]);
}
