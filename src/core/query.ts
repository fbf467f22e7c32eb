/**
 * Translates what a user types into a safe SQLite FTS5 MATCH expression.
 *
 * Pure and total: it never throws, and everything it emits is valid FTS5 syntax, because every
 * user word reaches FTS5 only as a double-quoted string and all operators are generated here.
 *
 * User grammar (loosest binding first):
 *   query   := ( or | "AND" )*                 implicit AND; stray ")" ignored, "(" auto-closed
 *   or      := unary ( "OR" unary )*           OR binds tighter than AND (Google-style):
 *                                              `a OR b c` = `(a OR b) AND c`
 *   unary   := ( "-" | "NOT" | field: )* primary    e.g. -sport, NOT "x y", -title:oil, title:-oil
 *   primary := word | word* | "phrase" | "phrase"* | NEAR(terms [, n]) | "(" query ")"
 *   field   := title | author | section | place | source | tag | tags   (case-insensitive)
 * Keywords OR / AND / NOT are uppercase only; `near(` is case-insensitive. Unclosed quotes run to
 * the end of the input. Terms with no letter or digit produce no FTS5 tokens and are dropped, as
 * are groups, OR lists, NEAR groups and negations that end up empty.
 *
 * FTS5 notes (checked against SQLite 3.53): NOT binds tighter than AND, AND tighter than OR, and
 * implicit AND (juxtaposition) tightest of all -- so we always emit explicit, parenthesised
 * operators. FTS5's parser stack overflows at ~35 nested parentheses, so user nesting is capped.
 * A NUL character ends an FTS5 string early ("unterminated string"), so NULs become spaces.
 */

export type SearchField = "title" | "author" | "section" | "place" | "source" | "tags";

export interface TranslatedQuery {
  /** FTS5 expression that hits must match; null when the query has no positive terms. */
  match: string | null;
  /** FTS5 expression whose matches are excluded; used when the query has only negative terms
   *  (e.g. `-sport`), since FTS5 cannot express a bare NOT. null otherwise. */
  exclude: string | null;
  /** The top-level positive conjuncts (each a valid standalone FTS5 expression), in order; a caller
   *  falls back to "most of these" when no article matches all of them. Empty when not applicable. */
  conjuncts: string[];
  /** Top-level negative parts (each a valid FTS5 expression), already folded into `match` via NOT. */
  negatives: string[];
  /** Fields named by field terms, for boosting. */
  fields: SearchField[];
  /** Plain words/phrases the user asked for (for highlighting / messages), without operators. */
  words: string[];
}

/**
 * Turns the user's words into FTS5 phrases. By default each word or quoted phrase is passed to
 * FTS5 as a quoted string for its tokenizer; search passes one that runs the text analyser
 * (language/analyser.ts) and returns, for instance, `("россия" OR "росс")`.
 */
export interface Expander {
  /** The FTS5 expression for a word or quoted phrase (`prefix`: `econom*`); null if it has no words. */
  text(text: string, prefix: boolean): string | null;
  /** `NEAR(...)` over two or more terms, or an expression equivalent to it; `distance` is `, n` or "". */
  near(terms: Array<{ text: string; prefix: boolean }>, distance: string): string | null;
}

export const PLAIN_EXPANDER: Expander = {
  text: (text, prefix) => (prefix ? `${quote(text)} *` : quote(text)),
  near: (terms, distance) => `NEAR(${terms.map((t) => (t.prefix ? `${quote(t.text)} *` : quote(t.text))).join(" ")}${distance})`,
};

let expander: Expander = PLAIN_EXPANDER;

const FIELDS: ReadonlyMap<string, SearchField> = new Map<string, SearchField>([
  ["title", "title"],
  ["author", "author"],
  ["section", "section"],
  ["place", "place"],
  ["source", "source"],
  ["tag", "tags"],
  ["tags", "tags"],
]);

/** Max user-level group nesting. Each level can cost FTS5 two or three parenthesis levels, and its
 *  parser stack overflows at ~35 of those (our worst cases fail from ~20 user levels): a 3x margin. */
const MAX_DEPTH = 6;
const MAX_NEAR_DISTANCE = 1_000_000;
const MAX_COMBINATIONS = 64;
/** Characters unicode61 indexes (marks only count inside a word, so they can't make a token). */
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;

// ---------------------------------------------------------------------------------------------
// Lexer

type Token =
  | { type: "word"; text: string }
  | { type: "phrase"; text: string; prefix: boolean }
  | { type: "near"; body: string }
  | { type: "field"; field: SearchField }
  | { type: "neg" | "not" | "and" | "or" | "open" | "close" };

const FIELD_PREFIX = /(title|author|section|place|source|tags?):/iy;
const NEAR_OPEN = /near\(/iy;
const KEYWORDS: ReadonlyMap<string, Token> = new Map<string, Token>([
  ["AND", { type: "and" }],
  ["OR", { type: "or" }],
  ["NOT", { type: "not" }],
]);

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** True when `ch` can begin the operand of a prefix like `-` or `title:`. */
function startsOperand(ch: string | undefined): boolean {
  return ch !== undefined && !isSpace(ch) && ch !== ")";
}

function lex(input: string): Token[] {
  const s = input.replace(/\0/g, " ");
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (isSpace(ch)) {
      i++;
    } else if (ch === "(" || ch === ")") {
      tokens.push({ type: ch === "(" ? "open" : "close" });
      i++;
    } else if (ch === '"') {
      i = lexPhrase(s, i, tokens);
    } else if (ch === "-" && startsOperand(s[i + 1])) {
      // Only a leading "-" negates: `e-mail` is one word, a lone `-` is text.
      tokens.push({ type: "neg" });
      i++;
    } else {
      i = lexFieldOrNear(s, i, tokens) ?? lexWord(s, i, tokens);
    }
  }
  return tokens;
}

function lexPhrase(s: string, start: number, tokens: Token[]): number {
  const close = s.indexOf('"', start + 1);
  const end = close < 0 ? s.length : close;
  let i = close < 0 ? s.length : close + 1;
  let prefix = false;
  while (s[i] === "*") {
    prefix = true;
    i++;
  }
  tokens.push({ type: "phrase", text: s.slice(start + 1, end), prefix });
  return i;
}

/** Lexes `title:` or `NEAR(...)` at `start`; returns the next position, or null if neither. */
function lexFieldOrNear(s: string, start: number, tokens: Token[]): number | null {
  FIELD_PREFIX.lastIndex = start;
  const field = FIELD_PREFIX.exec(s);
  const name = field?.[1];
  if (field && name !== undefined && startsOperand(s[start + field[0].length])) {
    tokens.push({ type: "field", field: FIELDS.get(name.toLowerCase()) ?? "title" });
    return start + field[0].length;
  }
  NEAR_OPEN.lastIndex = start;
  if (NEAR_OPEN.test(s)) {
    const bodyStart = start + "near(".length;
    const end = nearEnd(s, bodyStart);
    tokens.push({ type: "near", body: s.slice(bodyStart, end) });
    return end + 1;
  }
  return null;
}

/** Index of the `)` closing a NEAR group (ignoring any inside quotes), or the input length. */
function nearEnd(s: string, from: number): number {
  let quoted = false;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '"') quoted = !quoted;
    else if (s[i] === ")" && !quoted) return i;
  }
  return s.length;
}

function lexWord(s: string, start: number, tokens: Token[]): number {
  let end = start;
  while (end < s.length && !isSpace(s[end]) && s[end] !== "(" && s[end] !== ")") end++;
  const text = s.slice(start, end);
  tokens.push(KEYWORDS.get(text) ?? { type: "word", text });
  return end;
}

/** Drops unmatched `)` and parentheses nested deeper than MAX_DEPTH (with their partners). */
function balance(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const kept: boolean[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.type === "open") {
      const keep = depth < MAX_DEPTH;
      kept.push(keep);
      if (keep) depth++;
      else continue;
    } else if (t.type === "close") {
      if (kept.length === 0 || !kept.pop()) continue;
      depth--;
    }
    out.push(t);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// FTS5 expressions (text is rendered once, at construction)

type Expr =
  | { kind: "atom" | "col" | "not"; text: string }
  | { kind: "and" | "or"; text: string; items: Expr[] };

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** The expression as an operand of a binary operator: compound ones get parentheses. */
function operand(e: Expr): string {
  return e.kind === "atom" || e.kind === "col" ? e.text : `(${e.text})`;
}

function atom(text: string): Expr {
  return { kind: "atom", text };
}

function column(field: SearchField, inner: Expr): Expr {
  const target = inner.kind === "atom" ? inner.text : `(${inner.text})`;
  return { kind: "col", text: `${field} : ${target}` };
}

function not(left: Expr, right: Expr): Expr {
  return { kind: "not", text: `${operand(left)} NOT ${operand(right)}` };
}

/** AND/OR of `exprs`, flattening nested lists of the same kind and dropping duplicates. */
function join(kind: "and" | "or", exprs: Expr[]): Expr {
  const items = uniqueExprs(exprs.flatMap((e) => (e.kind === kind ? e.items : [e])));
  if (items.length === 1 && items[0]) return items[0];
  const op = kind === "and" ? " AND " : " OR ";
  return { kind, text: items.map(operand).join(op), items };
}

function uniqueExprs(exprs: Expr[]): Expr[] {
  const seen = new Set<string>();
  return exprs.filter((e) => !seen.has(e.text) && seen.add(e.text));
}

// ---------------------------------------------------------------------------------------------
// Parser: builds Parts, i.e. FTS5 expressions that are either required or (negated) excluded.

interface Meta {
  words: string[];
  fields: SearchField[];
}

interface Part {
  expr: Expr;
  /** The part excludes `expr` rather than requiring it. */
  negated: boolean;
  /** Words/fields under an even (pos) or odd (neg) number of NOTs inside `expr`. */
  pos: Meta;
  neg: Meta;
}

const EMPTY_META: Meta = { words: [], fields: [] };

function mergeMeta(metas: Meta[]): Meta {
  return { words: metas.flatMap((m) => m.words), fields: metas.flatMap((m) => m.fields) };
}

interface Cursor {
  tokens: Token[];
  pos: number;
}

function peek(c: Cursor): Token | undefined {
  return c.tokens[c.pos];
}

function parseSequence(c: Cursor): Part[] {
  const parts: Part[] = [];
  for (let t = peek(c); t && t.type !== "close"; t = peek(c)) {
    if (t.type === "and" || t.type === "or") {
      c.pos++; // AND is implicit anyway; an OR with nothing on its left is ignored
      continue;
    }
    const part = parseOr(c);
    if (part) parts.push(part);
  }
  return parts;
}

function parseOr(c: Cursor): Part | null {
  const alternatives = [parseUnary(c)];
  while (peek(c)?.type === "or") {
    while (peek(c)?.type === "or") c.pos++;
    if (!startsUnary(peek(c))) break; // trailing OR: ignored
    alternatives.push(parseUnary(c));
  }
  return disjoin(alternatives.filter((p): p is Part => p !== null));
}

function startsUnary(t: Token | undefined): boolean {
  return t !== undefined && !["and", "or", "close"].includes(t.type);
}

/** Prefixes then a primary; always consumes at least one token when startsUnary(). */
function parseUnary(c: Cursor): Part | null {
  let negated = false;
  let field: SearchField | undefined;
  for (let t = peek(c); t; t = peek(c)) {
    if (t.type === "neg" || t.type === "not") negated = !negated;
    else if (t.type === "field") field = t.field; // `title:author:x`: the innermost wins
    else break;
    c.pos++;
  }
  const part = parsePrimary(c);
  const scoped = part && field ? withField(part, field) : part;
  return scoped && negated ? { ...scoped, negated: !scoped.negated } : scoped;
}

function parsePrimary(c: Cursor): Part | null {
  const t = peek(c);
  switch (t?.type) {
    case "word":
      c.pos++;
      return wordPart(t.text);
    case "phrase":
      c.pos++;
      return textPart(t.text, t.prefix);
    case "near":
      c.pos++;
      return nearPart(t.body);
    case "open": {
      c.pos++;
      const parts = parseSequence(c);
      if (peek(c)?.type === "close") c.pos++; // else: auto-closed at end of input
      return conjoin(parts);
    }
    default:
      return null; // dangling prefix such as a trailing NOT
  }
}

/** A word or phrase as TranslatedQuery.words gives it: trimmed, its spaces single. */
export function phraseKey(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

function wordPart(text: string): Part | null {
  const stem = text.replace(/\*+$/, "");
  return textPart(stem, stem.length < text.length);
}

/** A quoted FTS5 phrase, or null if FTS5 would find no tokens in it (it would match nothing). */
function textPart(text: string, prefix: boolean): Part | null {
  if (!TOKEN_CHAR.test(text)) return null;
  const word = phraseKey(text);
  const expr = expander.text(text, prefix);
  if (expr === null) return null;
  return {
    expr: atom(expr),
    negated: false,
    pos: { words: [word], fields: [] },
    neg: EMPTY_META,
  };
}

const NEAR_DISTANCE = /,\s*(\d+)\s*$/;
const NEAR_TERM = /"([^"]*)"?(\**)|[^\s"]+/g;

/** `NEAR(a "b c" d*, 5)`: everything inside is plain text; the distance is optional. */
function nearPart(body: string): Part | null {
  const distance = NEAR_DISTANCE.exec(body);
  const terms = distance ? body.slice(0, distance.index) : body;
  const phrases: Part[] = [];
  const texts: Array<{ text: string; prefix: boolean }> = [];
  for (const m of terms.matchAll(NEAR_TERM)) {
    // Commas may separate terms (`NEAR(a, b)`), so they are trimmed from bare words.
    let text = m[1] ?? m[0].replace(/^,+|,+$/g, "");
    let prefix = m[1] !== undefined && (m[2] ?? "") !== "";
    if (m[1] === undefined) {
      const stem = text.replace(/\*+$/, "");
      prefix = stem.length < text.length;
      text = stem;
    }
    const part = textPart(text, prefix);
    if (part) {
      phrases.push(part);
      texts.push({ text, prefix });
    }
  }
  if (phrases.length <= 1) return phrases[0] ?? null;
  const n = distance?.[1] === undefined ? "" : `, ${Math.min(Number(distance[1]), MAX_NEAR_DISTANCE)}`;
  const near = expander.near(texts, n);
  if (near === null) return null;
  return {
    expr: atom(near),
    negated: false,
    pos: mergeMeta(phrases.map((p) => p.pos)),
    neg: EMPTY_META,
  };
}

function withField(part: Part, field: SearchField): Part {
  return {
    ...part,
    expr: column(field, part.expr),
    pos: { words: part.pos.words, fields: [...part.pos.fields, field] },
  };
}

/** `a b -c -d` → `(a AND b) NOT (c OR d)`; with no positives → negated `c OR d`. */
function conjoin(parts: Part[]): Part | null {
  const required = parts.filter((p) => !p.negated);
  const excluded = parts.filter((p) => p.negated);
  if (excluded.length === 0 && required.length <= 1) return required[0] ?? null;
  const anyOf = join("or", excluded.map((p) => p.expr));
  if (required.length === 0) {
    // (-c -d) == NOT (c OR d): stays a negation for the enclosing level to place.
    return {
      expr: anyOf,
      negated: true,
      pos: mergeMeta(excluded.map((p) => p.pos)),
      neg: mergeMeta(excluded.map((p) => p.neg)),
    };
  }
  const all = join("and", required.map((p) => p.expr));
  return {
    expr: excluded.length ? not(all, anyOf) : all,
    negated: false,
    pos: mergeMeta([...required.map((p) => p.pos), ...excluded.map((p) => p.neg)]),
    neg: mergeMeta([...required.map((p) => p.neg), ...excluded.map((p) => p.pos)]),
  };
}

/**
 * `a OR b`. A negative alternative (`a OR -b`) would need a "match everything" set FTS5 lacks
 * and would match nearly every article anyway, so it is dropped in favour of the positive ones.
 * If every alternative is negative, `-a OR -b` == NOT (a AND b).
 */
function disjoin(alternatives: Part[]): Part | null {
  if (alternatives.length <= 1) return alternatives[0] ?? null;
  const positive = alternatives.filter((p) => !p.negated);
  const chosen = positive.length ? positive : alternatives;
  return {
    expr: join(positive.length ? "or" : "and", chosen.map((p) => p.expr)),
    negated: positive.length === 0,
    pos: mergeMeta(chosen.map((p) => p.pos)),
    neg: mergeMeta(chosen.map((p) => p.neg)),
  };
}

// ---------------------------------------------------------------------------------------------
// Public API

export function translateQuery(input: string, expand: Expander = PLAIN_EXPANDER): TranslatedQuery {
  const previous = expander;
  expander = expand;
  try {
    return translate(input);
  } finally {
    expander = previous;
  }
}

function translate(input: string): TranslatedQuery {
  const tokens = balance(lex(typeof input === "string" ? input : ""));
  const cursor: Cursor = { tokens, pos: 0 };
  const parts: Part[] = [];
  while (cursor.pos < tokens.length) {
    for (const part of parseSequence(cursor)) parts.push(part); // no spread: inputs may be huge
    cursor.pos++; // skips a top-level ")", which balance() already prevents
  }

  const required = uniqueExprs(
    parts.filter((p) => !p.negated).flatMap((p) => (p.expr.kind === "and" ? p.expr.items : [p.expr])),
  );
  const excluded = uniqueExprs(
    parts.filter((p) => p.negated).flatMap((p) => (p.expr.kind === "or" ? p.expr.items : [p.expr])),
  );
  const anyExcluded = excluded.length ? join("or", excluded) : null;
  let match: string | null = null;
  if (required.length) {
    const all = join("and", required);
    match = anyExcluded ? not(all, anyExcluded).text : all.text;
  }

  const whole = conjoin(parts);
  const meta = whole ? (whole.negated ? whole.neg : whole.pos) : EMPTY_META;
  return {
    match,
    exclude: match === null && anyExcluded ? anyExcluded.text : null,
    conjuncts: required.map(operand),
    negatives: excluded.map(operand),
    fields: [...new Set(meta.fields)],
    words: [...new Set(meta.words)],
  };
}

/**
 * Builds an FTS5 expression that matches articles having at least `k` of the conjuncts: an OR of
 * AND-combinations. When there would be more than 64 combinations it falls back to a plain OR of
 * all of them (i.e. k = 1). `k` is clamped to 1..conjuncts.length. Returns null with no conjuncts.
 */
export function atLeast(conjuncts: string[], k: number, negatives: string[] = []): string | null {
  const items = uniqueStrings(conjuncts).map(asOperand);
  const negs = uniqueStrings(negatives).map(asOperand);
  const n = items.length;
  if (n === 0) return null;
  const need = Number.isNaN(k) ? 1 : Math.min(Math.max(Math.ceil(k), 1), n);
  let body: string;
  if (need === n) body = items.join(" AND ");
  else if (need === 1 || binomialExceeds(n, need, MAX_COMBINATIONS)) body = items.join(" OR ");
  else body = combinations(items, need).map((c) => `(${c.join(" AND ")})`).join(" OR ");
  return negs.length ? `${asOperand(body)} NOT ${asOperand(negs.join(" OR "))}` : body;
}

function uniqueStrings(values: string[]): string[] {
  return [...new Set(values.filter((v) => typeof v === "string" && v.trim() !== ""))];
}

/** Parenthesises an FTS5 expression string unless it has no top-level AND/OR/NOT. */
function asOperand(expr: string): string {
  let depth = 0;
  let quoted = false;
  let topLevel = "";
  for (const ch of expr) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")") depth--;
    else if (!quoted && depth === 0) {
      topLevel += ch;
      continue;
    }
    topLevel += " "; // quoted or nested text can't hold a top-level operator
  }
  return /\b(AND|OR|NOT)\b/.test(topLevel) ? `(${expr})` : expr;
}

function binomialExceeds(n: number, k: number, limit: number): boolean {
  let c = 1;
  for (let i = 0; i < k; i++) {
    c = (c * (n - i)) / (i + 1);
    if (c > limit) return true;
  }
  return false;
}

function combinations<T>(items: T[], k: number): T[][] {
  if (k === 0) return [[]];
  const out: T[][] = [];
  items.forEach((first, i) => {
    if (items.length - i < k) return;
    for (const rest of combinations(items.slice(i + 1), k - 1)) out.push([first, ...rest]);
  });
  return out;
}
