// A query's FTS5 expression (query.ts and expand.ts write them; --raw takes them from the user) as a
// PostgreSQL tsquery over the terms tsvectorOf stores. FTS5's grammar, as far as a query can use it:
//   or   := and ( OR and )*          and  := not ( AND not )*        not := seq ( NOT seq )*
//   seq  := unit unit*  (juxtaposition: AND, binding tightest)
//   unit := [ column ":" | "{" columns "}" ":" ] ( "(" or ")" | NEAR "(" phrase+ [, n] ")" | phrase )
//   phrase := ( "string" | bareword ) [ "*" ]
// NEAR(a b, n), "within n terms of each other in either order", has no tsquery operator; it becomes
// the alternatives `a <d> b | b <d> a` for every distance d up to n + 1 while they stay few, else
// plain AND (a wider match, said in the README).
import { quoteLexeme } from "./terms.js";

export class TsquerySyntaxError extends Error {}

type Node =
  | { kind: "phrase"; terms: string[]; prefix: boolean }
  | { kind: "and" | "or"; items: Node[] }
  | { kind: "not"; left: Node; right: Node }
  | { kind: "near"; phrases: Node[]; distance: number }
  | { kind: "col"; columns: string[]; node: Node };

type Token = { t: "str"; v: string } | { t: "word"; v: string } | { t: "op"; v: "(" | ")" | "{" | "}" | ":" | "*" | "," | "+" | "^" | "-" };

const COLUMNS = new Set(["title", "body", "author", "section", "place", "source", "tags", "page"]);
/** Alternatives a NEAR group may become before it is read as AND. */
const MAX_NEAR_ALTERNATIVES = 120;

function lex(s: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < s.length; ) {
    const ch = s[i]!;
    if (/\s/.test(ch)) i++;
    else if (ch === '"') {
      let v = "";
      let j = i + 1;
      for (;;) {
        if (j >= s.length) throw new TsquerySyntaxError("unterminated string");
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            v += '"';
            j += 2;
            continue;
          }
          break;
        }
        v += s[j++];
      }
      out.push({ t: "str", v });
      i = j + 1;
    } else if ("(){}:*,+^-".includes(ch)) {
      out.push({ t: "op", v: ch as "(" });
      i++;
    } else {
      // A bareword: FTS5 takes letters, digits, `_` and every non-ASCII character.
      const m = /^[\p{L}\p{N}_\u0080-\uffff]+/u.exec(s.slice(i));
      if (!m) throw new TsquerySyntaxError(`syntax error near "${ch}"`);
      out.push({ t: "word", v: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

/** The terms of a string, as FTS5's `ascii` tokenizer splits them: on ASCII punctuation and space,
 *  ASCII letters in lower case. */
function termsOf(text: string): string[] {
  return text
    .split(/[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/)
    .filter(Boolean)
    .map((t) => t.replace(/[A-Z]+/g, (m) => m.toLowerCase()));
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }
  private isWord(v: string): boolean {
    const t = this.peek();
    return t?.t === "word" && t.v === v;
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.t === "op" && t.v === v;
  }
  private expect(v: string): void {
    if (!this.isOp(v)) throw new TsquerySyntaxError(this.peek() ? `syntax error near "${this.peek()!.v}"` : `expected "${v}" at the end of the query`);
    this.i++;
  }

  parse(): Node {
    const node = this.or();
    if (this.i < this.tokens.length) throw new TsquerySyntaxError(`syntax error near "${this.peek()!.v}"`);
    return node;
  }

  private or(): Node {
    const items = [this.and()];
    while (this.isWord("OR")) {
      this.i++;
      items.push(this.and());
    }
    return items.length === 1 ? items[0]! : { kind: "or", items };
  }

  private and(): Node {
    const items = [this.not()];
    while (this.isWord("AND")) {
      this.i++;
      items.push(this.not());
    }
    return items.length === 1 ? items[0]! : { kind: "and", items };
  }

  private not(): Node {
    let left = this.seq();
    while (this.isWord("NOT")) {
      this.i++;
      left = { kind: "not", left, right: this.seq() };
    }
    return left;
  }

  private startsUnit(): boolean {
    const t = this.peek();
    if (!t) return false;
    if (t.t === "str") return true;
    if (t.t === "word") return !["AND", "OR", "NOT"].includes(t.v);
    return t.v === "(" || t.v === "{" || t.v === "-" || t.v === "^";
  }

  private seq(): Node {
    const items = [this.unit()];
    while (this.startsUnit()) items.push(this.unit());
    return items.length === 1 ? items[0]! : { kind: "and", items };
  }

  private unit(): Node {
    const columns = this.columnFilter();
    let node: Node;
    if (this.isOp("(")) {
      this.i++;
      node = this.or();
      this.expect(")");
    } else if (this.isWord("NEAR") && this.tokens[this.i + 1]?.v === "(") {
      this.i += 2;
      const phrases: Node[] = [];
      let distance = 10;
      while (!this.isOp(")")) {
        if (this.isOp(",")) {
          this.i++;
          const n = this.peek();
          if (n?.t !== "word" || !/^\d+$/.test(n.v)) throw new TsquerySyntaxError("expected a number after the comma in NEAR");
          distance = Number(n.v);
          this.i++;
          break;
        }
        phrases.push(this.phrase());
      }
      this.expect(")");
      node = { kind: "near", phrases, distance };
    } else {
      node = this.phrase();
    }
    return columns ? { kind: "col", columns, node } : node;
  }

  /** `title :`, `{title author} :` or `- title :` (every column but those), or null. */
  private columnFilter(): string[] | null {
    const start = this.i;
    let except = false;
    if (this.isOp("-")) {
      except = true;
      this.i++;
    }
    let names: string[] = [];
    if (this.isOp("{")) {
      this.i++;
      while (this.peek()?.t === "word") names.push((this.tokens[this.i++] as { v: string }).v);
      this.expect("}");
    } else if (this.peek()?.t === "word" && this.tokens[this.i + 1]?.v === ":") {
      names = [(this.tokens[this.i++] as { v: string }).v];
    } else {
      this.i = start;
      if (except) throw new TsquerySyntaxError('syntax error near "-"');
      return null;
    }
    this.expect(":");
    for (const n of names) if (!COLUMNS.has(n)) throw new TsquerySyntaxError(`no such column: ${n}`);
    // (Every column but the page's words, as search writes a phrase: here those words stand two
    // positions apart (terms.ts), so no phrase can form among them, and the filter changes nothing.)
    if (except && names.every((n) => n === "page")) return null;
    return except ? [...COLUMNS].filter((c) => !names.includes(c)) : names;
  }

  private phrase(): Node {
    if (this.isOp("^")) this.i++;
    const t = this.peek();
    if (!t || (t.t !== "str" && t.t !== "word")) throw new TsquerySyntaxError(t ? `syntax error near "${t.v}"` : "the query ends too soon");
    this.i++;
    const terms = termsOf(t.v);
    let prefix = false;
    if (this.isOp("*")) {
      prefix = true;
      this.i++;
    }
    while (this.isOp("+")) {
      this.i++;
      const next = this.peek();
      if (!next || (next.t !== "str" && next.t !== "word")) throw new TsquerySyntaxError('syntax error near "+"');
      this.i++;
      terms.push(...termsOf(next.v));
      prefix = false;
      if (this.isOp("*")) {
        prefix = true;
        this.i++;
      }
    }
    return { kind: "phrase", terms, prefix };
  }
}

/** The columns a weight tells apart: the headline (A) and the body with the page's other words (D,
 *  which a `body` or `page` filter of a --raw query both read: terms.ts gives them one weight). */
const WEIGHED = (column: string) => column === "title" || column === "body" || column === "page";

/** How a column filter changes a lexeme: the headline and body by weight, the metadata by their tagged copies.
 *  `loose`: without the weight (a wider match, which the GIN index answers without reading rows). */
function lexeme(term: string, prefix: boolean, column: string | null, loose = false): string {
  const star = prefix ? "*" : "";
  if (column === null || (loose && WEIGHED(column))) return `${quoteLexeme(term)}${prefix ? ":*" : ""}`;
  if (WEIGHED(column)) return `${quoteLexeme(term)}:${star}${column === "title" ? "A" : "D"}`;
  return `${quoteLexeme(`${column}|${term}`)}${prefix ? ":*" : ""}`;
}

/** The tsquery text of a node, or null when it has no terms (it then matches nothing, as in FTS5).
 *  `loose`: phrases as all their terms anywhere, columns by weight not asked (see lexeme), and
 *  exclusions left out: every article it matches, and more, by the GIN index alone. */
function write(node: Node, columns: string[] | null, loose = false): string | null {
  switch (node.kind) {
    case "phrase": {
      if (node.terms.length === 0) return null;
      const one = (column: string | null) =>
        node.terms.map((t, i) => lexeme(t, node.prefix && i === node.terms.length - 1, column, loose)).join(loose ? " & " : " <-> ");
      if (!columns) return wrap(one(null));
      return wrap(columns.map((c) => wrap(one(c))).join(" | "));
    }
    case "col":
      return write(node.node, columns ? node.columns.filter((c) => columns.includes(c)) : node.columns, loose);
    case "and": {
      const parts = node.items.map((n) => write(n, columns, loose));
      return parts.some((p) => p === null) ? null : `(${parts.join(" & ")})`;
    }
    case "or": {
      const parts = node.items.map((n) => write(n, columns, loose)).filter((p): p is string => p !== null);
      return parts.length === 0 ? null : `(${parts.join(" | ")})`;
    }
    case "not": {
      const left = write(node.left, columns, loose);
      const right = loose ? null : write(node.right, columns);
      if (left === null) return null;
      return right === null ? left : `(${left} & !${right})`;
    }
    case "near": {
      const parts = node.phrases.map((n) => write(n, columns, loose));
      if (parts.some((p) => p === null) || parts.length === 0) return null;
      if (parts.length === 1) return parts[0]!;
      if (loose) return `(${parts.join(" & ")})`;
      const pairs = (parts.length * (parts.length - 1)) / 2;
      const span = node.distance + 1;
      if (pairs * span * 2 > MAX_NEAR_ALTERNATIVES) return `(${parts.join(" & ")})`;
      const groups: string[] = [];
      for (let a = 0; a < parts.length; a++) {
        for (let b = a + 1; b < parts.length; b++) {
          const alts: string[] = [];
          for (let d = 1; d <= span; d++) alts.push(`${parts[a]} <${d}> ${parts[b]}`, `${parts[b]} <${d}> ${parts[a]}`);
          groups.push(`(${alts.join(" | ")})`);
        }
      }
      return groups.length === 1 ? groups[0]! : `(${groups.join(" & ")})`;
    }
  }
}

const wrap = (s: string) => (s.includes(" ") ? `(${s})` : s);

/** The tsquery for an FTS5 expression; '' (matching nothing) when it has no terms. Throws
 *  TsquerySyntaxError for an expression FTS5 would reject. `loose`: a wider one that the GIN index
 *  answers without reading rows (see write). */
export function toTsquery(expression: string, loose = false): string {
  return write(new Parser(lex(expression)).parse(), null, loose) ?? "";
}

/** What BM25 counts of one phrase in an article (ranking.ts). */
export interface RankedPhrase {
  /** The phrase alone, for counting the articles that have it (its IDF). */
  query: string;
  /** The lexeme whose occurrences are counted: the phrase's first term (a column's tagged form
   *  for author:, place: …). */
  lexeme: string;
  prefix: boolean;
  /** Count only occurrences of this weight (title: A, body: D), or all. */
  weight: "A" | "D" | null;
}

/**
 * Each phrase of an FTS5 expression, once for each column it is limited to: what BM25 sums over,
 * each weighted by how rare it is (see ranking in database.ts).
 */
export function phrasesOf(expression: string): RankedPhrase[] {
  const out = new Map<string, RankedPhrase>();
  const walk = (node: Node, columns: string[] | null): void => {
    switch (node.kind) {
      case "phrase": {
        if (node.terms.length === 0) return;
        const prefix = node.prefix && node.terms.length === 1;
        for (const column of columns ?? [null]) {
          const query = write(node, column === null ? null : [column])!;
          const tagged = column !== null && !WEIGHED(column);
          const weight = column === null ? null : column === "title" ? "A" : WEIGHED(column) ? "D" : null;
          out.set(query, { query, lexeme: tagged ? `${column}|${node.terms[0]}` : node.terms[0]!, prefix, weight });
        }
        return;
      }
      case "col":
        return walk(node.node, columns ? node.columns.filter((c) => columns.includes(c)) : node.columns);
      case "and":
      case "or":
        return node.items.forEach((n) => walk(n, columns));
      case "not":
        return walk(node.left, columns);
      case "near":
        return node.phrases.forEach((n) => walk(n, columns));
    }
  };
  walk(new Parser(lex(expression)).parse(), null);
  return [...out.values()];
}

/**
 * At most how many articles the GIN index reads for an FTS5 expression before it checks phrases and
 * columns, given how many articles a tsquery matches: the fewest of an AND's parts, all of an OR's,
 * for each phrase the articles with all its terms anywhere (the loose phrase, see write), and for an
 * exclusion its left side. `tight`: about as many as it reads (no AND or NEAR). `any`: an article
 * with any of its phrases matches (no AND, NEAR or NOT).
 */
export function matchBound(expression: string, articles: (tsquery: string) => number): { most: number; tight: boolean; any: boolean } {
  type Bound = { most: number; tight: boolean; any: boolean };
  const all = (parts: Bound[]): Bound => {
    const one = parts.length === 1 ? parts[0]! : null;
    return { most: Math.min(...parts.map((p) => p.most)), tight: one?.tight ?? false, any: one?.any ?? false };
  };
  const walk = (node: Node, columns: string[] | null): Bound => {
    switch (node.kind) {
      case "phrase": {
        const loose = write(node, columns, true);
        return { most: loose === null ? 0 : articles(loose), tight: true, any: true };
      }
      case "col":
        return walk(node.node, columns ? node.columns.filter((c) => columns.includes(c)) : node.columns);
      case "and":
        return all(node.items.map((n) => walk(n, columns)));
      case "near":
        return all(node.phrases.map((n) => walk(n, columns)));
      case "or": {
        const parts = node.items.map((n) => walk(n, columns));
        return { most: parts.reduce((sum, p) => sum + p.most, 0), tight: parts.every((p) => p.tight), any: parts.every((p) => p.any) };
      }
      case "not":
        // The loose match leaves exclusions out: it reads what the left side reads.
        return { ...walk(node.left, columns), any: false };
    }
  };
  return walk(new Parser(lex(expression)).parse(), null);
}
