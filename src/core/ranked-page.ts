// A ranked page in a SQLite archive from only the matches that can make it. FTS5 works out BM25 for
// every article a query matches before it can keep the best: a common word's page cost 23 ms at
// 100,000 articles, and ten times that at a million. The impact index (archive/impact-index.ts)
// bounds what each term can add to an article's score, so the page is read as PostgreSQL reads it
// (archive/postgres/ranking.ts, whose bestMatches both engines share): the scores of a few likely
// matches give a threshold that the page's last score reaches at least, and then only the matches
// whose bound reaches that threshold are scored. The scores are FTS5's own, and every match left out
// scores below the threshold, so the page is exactly the one ranking every match would give.
import type { Archive } from "./archive/archive.js";
import { ASCII_SEPARATORS, impactTerm } from "./archive/impact-index.js";
import { bestMatches, type CountedPhrase, type Scored } from "./archive/postgres/ranking.js";
import { quoteLexeme } from "./archive/postgres/terms.js";
import { matchBound, phrasesOf } from "./archive/postgres/tsquery.js";
import { hasImpactIndex } from "./archive/schema.js";

/** What bestMatches calls the whole query in its last tier: here every row of the page's statement,
 *  which already asks for the match. */
const EVERY_MATCH = "'\u0000'";

/** Whether an archive has the impact index, asked once. */
const impactIndexed = new WeakMap<Archive, boolean>();

class Unsupported extends Error {}

/**
 * The ids of a ranked page (`offset`, `limit` > 0) of the matches of `match`, read from `from`
 * (`FROM articles_fts f … WHERE articles_fts MATCH ? …`, with `params`; `filtered` when it asks for
 * more than the match), in the order `ORDER BY f.rank, f.rowid` gives; null when the page is read
 * as before: a query whose phrases the impact index cannot bound (a phrase of several words, a
 * prefix, a field term, NEAR), an archive without the index, or PostgreSQL (which reads its own).
 */
export function rankedPageIds(archive: Archive, match: string, from: string, params: unknown[], filtered: boolean, offset: number, limit: number): number[] | null {
  if (limit <= 0 || archive.pg || /\bNEAR\s*\(/.test(match)) return null;
  let indexed = impactIndexed.get(archive);
  if (indexed === undefined) impactIndexed.set(archive, (indexed = hasImpactIndex(archive.db)));
  if (!indexed) return null;
  try {
    return readPage(archive, match, from, params, filtered, offset + limit).slice(offset);
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

function readPage(archive: Archive, match: string, from: string, params: unknown[], filtered: boolean, end: number): number[] {
  const phrases = phrasesOfMatch(match);
  if (phrases.length === 0 || phrases.some((p) => p.prefix || p.weight !== null || p.query !== quoteLexeme(p.lexeme) || !oneToken(p.lexeme))) throw new Unsupported();
  // Where one phrase decides (bestMatches' `sure`): a word and its forms, any of which matches.
  // Otherwise every match is ranked as before, which costs no more here (see guess). Asked before
  // the counts: fts5vocab counts a common term's articles by reading its whole list (half a
  // millisecond at 100,000 articles).
  if (filtered || !matchBound(match, () => 0).any) throw new Unsupported();
  // FTS5's bm25() adds a term once for each time the expression names it: so do the bounds.
  const named = phrases.flatMap((p) => {
    const times = match.split(`"${p.lexeme}"`).length - 1;
    if (times === 0) throw new Unsupported(); // written bare (--raw): not counted here
    return Array.from({ length: times }, () => p);
  });
  const { rows, averageLength } = totals(archive);
  if (rows === 0) throw new Unsupported();
  // FTS5's IDF, from the same counts: how many articles have each term (fts5vocab skips deleted ones).
  const count = archive.db.prepare("SELECT doc FROM articles_vocab WHERE term = ?").pluck();
  const articles = new Map(phrases.map((p) => [p.query, (count.get(p.lexeme) as number | undefined) ?? 0]));
  const counted: CountedPhrase[] = named.map((p) => {
    const n = articles.get(p.query)!;
    return { ...p, articles: n, idf: Math.max(1e-6, Math.log((rows - n + 0.5) / (n + 0.5))) };
  });
  const bound = matchBound(match, (q) => {
    const n = articles.get(q);
    if (n === undefined) throw new Unsupported();
    return n;
  });
  const select = (columns: string, condition: Condition | null, tail: string) =>
    archive.db.prepare(`SELECT ${columns} ${from}${condition ? ` AND ${condition.sql}` : ""} ${tail}`);
  const best = bestMatches(counted, averageLength, end, { query: EVERY_MATCH, ...bound, filtered }, {
    count: () => select("count(*)", null, "").pluck().get(...params) as number,
    levels: (lexeme) => levelCounts(archive, lexeme),
    // No guesses from tiers of likelier matches: each tier is a statement that reads every match
    // again, and on 100,000 articles a query of two or more common words took two to seven times as
    // long that way as ranking every match. Without them, bestMatches ranks every match.
    guess: () => [],
    score: (candidates) => {
      // ORDER BY two terms, which FTS5 does not take over: it would work out every match's rank to
      // sort them itself, where SQLite asks for the rank of the candidates alone.
      const c = candidates === null ? null : condition(candidates);
      return select("f.rowid AS id, -f.rank AS score", c, "ORDER BY f.rank, f.rowid LIMIT ?").all(...params, ...(c?.params ?? []), end) as Scored[];
    },
  });
  return best.map((s) => s.id);
}

/** The ranked phrases of an FTS5 expression; an expression it cannot read (a --raw query's syntax
 *  error) is left to FTS5, which says where the error is. */
function phrasesOfMatch(match: string) {
  try {
    return phrasesOf(match);
  } catch {
    throw new Unsupported();
  }
}

/** Whether FTS5's ascii tokenizer keeps a term as one token (it is then the term the index counts). */
function oneToken(term: string): boolean {
  return term !== "" && !ASCII_SEPARATORS.test(term) && !/[A-Z]/.test(term);
}

/** How many rows FTS5 counts in the index, and their average length: what its bm25() reads. */
function totals(archive: Archive): { rows: number; averageLength: number } {
  // The 'averages' record: a varint of rows, then one of tokens for each column.
  const block = archive.db.prepare("SELECT block FROM articles_fts_data WHERE id = 1").pluck().get() as Buffer | undefined;
  if (!block) return { rows: 0, averageLength: 1 };
  const values: number[] = [];
  for (let at = 0; at < block.length; ) {
    const [value, next] = varint(block, at);
    values.push(value);
    at = next;
  }
  const rows = values[0] ?? 0;
  const tokens = values.slice(1).reduce((a, b) => a + b, 0);
  return { rows, averageLength: rows > 0 ? tokens / rows : 1 };
}

/** A SQLite varint: seven bits a byte, high bit set while more follow; a ninth byte gives eight. */
function varint(b: Buffer, at: number): [number, number] {
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const byte = b[at + i]!;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, at + i + 1];
  }
  return [value * 256 + b[at + 8]!, at + 9];
}

/** How many articles have each level of a term's impact token (index 1 up). */
function levelCounts(archive: Archive, lexeme: string): number[] {
  const rows = archive.db
    .prepare("SELECT term, doc FROM articles_impact_vocab WHERE term >= ? AND term < ?")
    .all(impactTerm(lexeme, 0), impactTerm(lexeme, ":")) as Array<{ term: string; doc: number }>;
  const counts: number[] = [];
  for (const r of rows) counts[Number(r.term.slice(lexeme.length + 1))] = r.doc;
  return counts;
}

interface Condition {
  sql: string;
  params: unknown[];
}

type Node = { kind: "term"; term: string; level: number } | { kind: "all" } | { kind: "and" | "or"; items: Node[] } | { kind: "not"; item: Node };

/**
 * bestMatches' tiers and candidates, written as PostgreSQL tsqueries over its index (a term's
 * presence `'term'`, its impact tokens `'|level|term'`, `&`, `|`, `!`, and the query itself), as a
 * condition on f.rowid: impact tokens are asked of articles_impact, a term's presence of
 * articles_fts, each part once (SQLite reads each IN list into a table of its own). The `+` keeps
 * the lists away from FTS5, which would otherwise evaluate the match once per id.
 */
function condition(tsquery: string): Condition {
  const node = parseTsquery(tsquery);
  const params: unknown[] = [];
  const write = (n: Node): string => {
    if (n.kind === "all") return "1";
    const impact = impactExpression(n);
    if (impact !== null) {
      params.push(impact);
      return "+f.rowid IN (SELECT rowid FROM articles_impact WHERE articles_impact MATCH ?)";
    }
    if (n.kind === "term") {
      params.push(`"${n.term}"`);
      return "+f.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)";
    }
    if (n.kind === "not") return `NOT (${write(n.item)})`;
    return `(${n.items.map(write).join(n.kind === "and" ? " AND " : " OR ")})`;
  };
  return { sql: write(node), params };
}

/** A part made only of impact tokens, ANDs and ORs, as one FTS5 expression over articles_impact. */
function impactExpression(n: Node): string | null {
  if (n.kind === "term") return n.level > 0 ? `"${impactTerm(n.term, n.level)}"` : null;
  if (n.kind !== "and" && n.kind !== "or") return null;
  const parts = n.items.map(impactExpression);
  if (parts.some((p) => p === null)) return null;
  return `(${parts.join(n.kind === "and" ? " AND " : " OR ")})`;
}

/** The tsqueries ranking.ts writes: quoted lexemes (a token `|level|term`), `!`, `&`, `|` and parentheses. */
function parseTsquery(text: string): Node {
  let at = 0;
  const space = () => {
    while (text[at] === " ") at++;
  };
  const unary = (): Node => {
    space();
    if (text[at] === "!") {
      at++;
      return { kind: "not", item: unary() };
    }
    if (text[at] === "(") {
      at++;
      const inner = or();
      space();
      if (text[at++] !== ")") throw new Unsupported();
      return inner;
    }
    if (text[at] !== "'") throw new Unsupported();
    let lexeme = "";
    for (at++; ; at++) {
      if (at >= text.length) throw new Unsupported();
      if (text[at] === "'" && text[at + 1] === "'") lexeme += text[++at];
      else if (text[at] === "\\") lexeme += text[++at];
      else if (text[at] === "'") break;
      else lexeme += text[at];
    }
    at++;
    if (text[at] === ":") throw new Unsupported(); // a prefix or a weight: never asked here
    if (`'${lexeme}'` === EVERY_MATCH) return { kind: "all" };
    const token = /^\|(\d+)\|(.+)$/s.exec(lexeme);
    return token ? { kind: "term", term: token[2]!, level: Number(token[1]) } : { kind: "term", term: lexeme, level: 0 };
  };
  const sequence = (kind: "and" | "or", operator: string, item: () => Node): Node => {
    const items = [item()];
    for (space(); text[at] === operator; space()) {
      at++;
      items.push(item());
    }
    return items.length === 1 ? items[0]! : { kind, items };
  };
  const and = () => sequence("and", "&", unary);
  const or = () => sequence("or", "|", and);
  const node = or();
  space();
  if (at !== text.length) throw new Unsupported();
  return node;
}
