// The impact index of a SQLite archive: for each article, a token for every term that can add much
// to its BM25, so that a ranked search reads only the articles that can make its page
// (ranked-page.ts) instead of scoring every match. FTS5 computes BM25 for each article a query
// matches before it can sort them: 23 ms for a word in 30,000 of 100,000 articles, ten times that at
// a million. PostgreSQL's index holds the same tokens (postgres/impact.ts, which says how the levels
// are reckoned); here they live in a table of their own, articles_impact, so that the full-text
// table's lengths, and so every BM25 score, stay exactly what they were.
//
// The articles_fts columns hold the analyser's terms separated by spaces, which its `ascii`
// tokenizer splits again, at every ASCII character that is not a letter or digit, folding A-Z to
// lower case; the counts here are taken from the same split, so they are FTS5's own.
import { impactLevel } from "./postgres/impact.js";

/** The impact table and its vocabulary (each token's article count, for the levels' counts). No
 *  positions: only which articles have a token is asked. */
export const IMPACT_SQL = `
  CREATE VIRTUAL TABLE articles_impact USING fts5(
    tokens, content = '', contentless_delete = 1, tokenize = 'ascii', detail = none
  );
  CREATE VIRTUAL TABLE articles_impact_vocab USING fts5vocab(articles_impact, 'row');`;

export const INSERT_IMPACT_ROW = "INSERT INTO articles_impact(rowid, tokens) VALUES (?, ?)";
export const DELETE_IMPACT_ROW = "DELETE FROM articles_impact WHERE rowid = ?";

/** Where FTS5's ascii tokenizer splits. */
export const ASCII_SEPARATORS = /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/;

/** A term's token of a level: the term, then U+01C0 (a letter to the tokenizer, so the token stays
 *  whole) and the level. Only the impact table holds these, so no term can be taken for one. */
export const impactTerm = (term: string, level: number | string) => `${term}\u01c0${level}`;

/**
 * The impact tokens of an index row ([id, ...columns] in FTS_COLUMNS order), space-separated, given
 * each column's BM25 weight: each term's weighted count and the article's length (all its tokens)
 * as FTS5's bm25() counts them.
 */
export function impactTokens(row: readonly unknown[], weights: readonly number[]): string {
  const counts = new Map<string, number>();
  let length = 0;
  for (let c = 1; c < row.length; c++) {
    const text = row[c];
    if (typeof text !== "string" || text === "") continue;
    const weight = weights[c - 1]!;
    for (const raw of text.split(ASCII_SEPARATORS)) {
      if (raw === "") continue;
      const term = /[A-Z]/.test(raw) ? raw.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : raw;
      length++;
      counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  }
  const tokens: string[] = [];
  for (const [term, w] of counts) {
    const level = impactLevel(w, length);
    if (level > 0) tokens.push(impactTerm(term, level));
  }
  return tokens.join(" ");
}
