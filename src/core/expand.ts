// From the user's words to the analysed terms the index holds: each word in every language the
// archive holds (its language is unknown), and a word no article has replaced by the closest one
// that some article has (typo tolerance).
import type { Archive } from "./archive/archive.js";
import { analyse, bareTerm, LANGUAGE_MARK, termOf, variants, type Token } from "./language/analyser.js";
import { isStemmed } from "./language/stem.js";
import { phraseKey, type Expander } from "./query.js";

/** An indexed term close to a word no article has: the term, the word as the articles write it
 *  (folded), and how many articles have it. */
interface Candidate {
  term: string;
  word: string;
  doc: number;
}

/** A word the index does not hold, and the word searched for instead (as the articles write it). */
export interface Correction {
  from: string;
  to: string;
}

/** What a query's words became, for highlighting matches in snippets and for proximity ranking. */
export interface Highlight {
  terms: Set<string>;
  prefixes: string[];
  /** Which query word each term and prefix reads: a word's readings in several languages, its
   *  correction and the other stems of its family are one word. */
  words: Map<string, number>;
}

/** Words shorter than this are never corrected (too many neighbours); up to SHORT, one edit only. */
const MIN_CORRECTED = 4;
const SHORT = 5;
/** At most this many equally close corrections are weighed by the query's other words. */
const TIED_MAX = 8;

/** Inflection families (QueryTerms.family): the shortest stem considered, how many letters one
 *  stem may add to the other, and at most how many stems a word adds to the query. */
const FAMILY_MIN_STEM = 3;
const FAMILY_EXTRA = 2;
const FAMILY_MAX = 8;

/** A query word's reading in a language that more than this share of the language's articles
 *  have, when the word is not that term as written, is one of its commonest words (a possessive,
 *  an auxiliary): see QueryTerms.commonElsewhere. Not judged below COMMON_MIN_ARTICLES articles. */
const COMMON_SHARE = 0.5;
const COMMON_MIN_ARTICLES = 20;

/**
 * Endings a language's stemmer keeps though they inflect a word it stems: Snowball's French leaves
 * the third person plural "-ent" ("dénoncent", "condamnent") whole, while "dénonce" and
 * "condamné" are "dénonc" and "condamn". A query word is also read as its stem plus or minus one
 * of these, where the language's articles use such a word.
 */
const KEPT_ENDINGS: Record<string, string[]> = { fr: ["ent"] };

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The stemmed languages of the archive's articles (a few index look-ups, not a scan; on PostgreSQL
 *  in one statement, each look-up there being a round trip). */
export function archiveLanguages(archive: Archive): string[] {
  const out: string[] = [];
  if (archive.pg) {
    for (const { language } of archive.rowsKept(ARCHIVE_LANGUAGES) as Array<{ language: string }>) if (isStemmed(language)) out.push(language);
    return out;
  }
  const next = archive.statement("SELECT min(language) AS l FROM articles WHERE language > ?");
  for (let l = (next.get("") as { l: string | null }).l; l !== null; l = (next.get(l) as { l: string | null }).l) {
    if (isStemmed(l)) out.push(l);
  }
  return out;
}

const ARCHIVE_LANGUAGES = `WITH RECURSIVE l (language) AS (
    SELECT min(language) FROM articles
    UNION ALL SELECT (SELECT min(language) FROM articles WHERE language > l.language) FROM l WHERE l.language IS NOT NULL)
  SELECT language FROM l WHERE language IS NOT NULL`;

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * One reading of a text as an FTS5 expression: a phrase; or, for words cut out of text without
 * spaces (a Chinese or Khmer query), every word anywhere, each also as the start of a longer word
 * or inside one (`within`), since the dictionary may cut the same letters differently inside an
 * article's sentence, or keep a compound whole ("副总统", vice-president, holds "总统").
 */
function render(tokens: Token[], prefix: boolean, within: (term: string) => string[]): string {
  const star = prefix ? " *" : "";
  if (tokens.every((t) => t.segmented)) {
    const words = tokens.map((t) => anyOf([`${quote(t.term)} *`, ...within(t.term).map(quote)])!);
    return words.length === 1 ? words[0]! : `(${words.join(" AND ")})`;
  }
  // (A phrase of several words is looked for outside the `page` column: the page's words stand there
  // once each, in no order of the page's, so they can form no phrase.)
  if (tokens.length > 1) return `(${NOT_PAGE}${quote(tokens.map((t) => t.term).join(" "))}${star})`;
  return quote(tokens.map((t) => t.term).join(" ")) + star;
}

/** The FTS5 column filter that leaves out the page's words (schema.ts). */
const NOT_PAGE = "- {page} : ";

/**
 * The blocks of the scripts written without spaces, as ranges of the index's terms (code points,
 * end exclusive): a word of one is looked for inside the indexed words of its own block.
 */
const NO_SPACE_BLOCKS: Array<[number, number]> = [
  [0x0e00, 0x0f00], // Thai, Lao
  [0x1000, 0x10a0], // Burmese
  [0x1780, 0x1800], // Khmer
  [0x19e0, 0x1a00], // Khmer symbols
  [0x3040, 0x3100], // Hiragana, Katakana
  [0x3400, 0xa000], // CJK ideographs (extension A and the main block)
  [0xf900, 0xfb00], // CJK compatibility ideographs
  [0x20000, 0x323b0], // CJK extensions B-H
];

/** At most this many longer words are searched for a word found inside them, the commonest first. */
const WITHIN_MAX = 64;
/** At most this many of the block's indexed words are read for one query word. */
const WITHIN_SCAN = 200_000;

function anyOf(exprs: string[]): string | null {
  const unique = [...new Set(exprs)];
  if (unique.length <= 1) return unique[0] ?? null;
  return `(${unique.join(" OR ")})`;
}

/** Three rows of the distance table, reused: the vocabulary is compared word by word. */
let rowsBuffer = new Int32Array(0);

/** Optimal string alignment distance (edits, with adjacent swaps), or max + 1 once past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  const width = m + 1;
  if (rowsBuffer.length < 3 * width) rowsBuffer = new Int32Array(3 * width * 2);
  const rows = rowsBuffer;
  // Row i lives at (i % 3) * width.
  for (let j = 0; j <= m; j++) rows[j] = j;
  for (let i = 1; i <= n; i++) {
    const cur = (i % 3) * width;
    const prev = ((i - 1) % 3) * width;
    const prev2 = ((i + 1) % 3) * width; // (i - 2) % 3
    rows[cur] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, rows[prev2 + j - 2]! + 1);
      rows[cur + j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
  }
  return rows[(n % 3) * width + m]!;
}

/** Letters next to each other on a QWERTY keyboard (rows, and the keys above and below). */
const KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
function adjacentKeys(a: string, b: string): boolean {
  for (let r = 0; r < KEY_ROWS.length; r++) {
    const i = KEY_ROWS[r]!.indexOf(a);
    if (i < 0) continue;
    for (const [dr, di] of [[0, -1], [0, 1], [-1, 0], [-1, 1], [1, -1], [1, 0]] as const) {
      if (KEY_ROWS[r + dr]?.[i + di] === b) return true;
    }
  }
  return false;
}

/**
 * What one edit from the word typed to a candidate costs: 1 for the slips people make most (a
 * letter left out, two letters swapped, a letter doubled, a key next to the right one, pressed
 * instead or as well), LESS_LIKELY for any other letter put in or replaced. Among the candidates
 * one edit away, "truacy" is then "truancy" (a letter left out) rather than "tracy" (a 'u' put in
 * for no reason), and "roce" "royce" rather than "role".
 */
const LESS_LIKELY = 1.5;
export function oneEditCost(typed: string, candidate: string): number {
  const t = [...typed];
  const c = [...candidate];
  if (c.length === t.length + 1) return 1;
  if (t.length === c.length + 1) {
    let i = 0;
    while (i < c.length && t[i] === c[i]) i++;
    const extra = t[i]!;
    const near = [t[i - 1], t[i + 1]].filter((x): x is string => x !== undefined);
    return near.some((x) => x === extra || adjacentKeys(x, extra)) ? 1 : LESS_LIKELY;
  }
  if (t.length !== c.length) return LESS_LIKELY;
  let i = 0;
  while (i < t.length && t[i] === c[i]) i++;
  if (i + 1 < t.length && t[i] === c[i + 1] && t[i + 1] === c[i]) return 1;
  return adjacentKeys(t[i]!, c[i]!) ? 1 : LESS_LIKELY;
}

export class QueryTerms implements Expander {
  readonly corrections: Correction[] = [];
  readonly highlight: Highlight = { terms: new Set(), prefixes: [], words: new Map() };
  private readonly languages: string[];
  /** The number the next query word gets in highlight.words. */
  private nextWord = 0;

  /** The words the query asks for, as written, for choosing among equally close corrections. */
  private readonly context: string[];
  /** Each word corrected, as typed, and the term searched for instead (for NEAR, which reads its words again). */
  private readonly correctedTerms = new Map<string, string>();
  /** The numbers (in highlight.words) of each word of each word or phrase read (noteNumbers). */
  private readonly numbers = new Map<string, Array<Set<number> | undefined>>();

  constructor(
    private readonly archive: Archive,
    private readonly correct: boolean,
    asked: readonly string[] = [],
  ) {
    this.languages = archiveLanguages(archive);
    this.context = asked.flatMap((text) => analyse(text, null).map((t) => text.slice(t.start, t.end)));
  }

  /**
   * Notes, for a word or phrase of the query (keyed as the parser gives it), the numbers each of
   * its words reads as: a word's readings may have been numbered by an earlier word ("elections"
   * after "election" shares its English stem), so one word may read as several numbers.
   */
  private noteNumbers(text: string, readings: Token[][]): void {
    const key = phraseKey(text);
    const positions = this.numbers.get(key) ?? [];
    for (const tokens of readings) {
      for (const [i, t] of tokens.entries()) {
        const n = this.highlight.words.get(t.term);
        if (n !== undefined) (positions[i] ??= new Set()).add(n);
      }
    }
    this.numbers.set(key, positions);
  }

  /**
   * How many words there are among `words` (the parser's words and phrases the query asks for,
   * not those it excludes): each word of a phrase is one, and words that read alike ("election
   * elections") are one. Every word read counts when none of `words` was read.
   */
  wordCount(words: readonly string[]): number {
    const parent = new Map<number, number>();
    const root = (n: number): number => {
      let r = n;
      while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
      return r;
    };
    for (const word of words) {
      for (const set of this.numbers.get(phraseKey(word)) ?? []) {
        const [first, ...rest] = [...(set ?? [])];
        if (first === undefined) continue;
        if (!parent.has(first)) parent.set(first, first);
        for (const n of rest) {
          if (!parent.has(n)) parent.set(n, n);
          parent.set(root(n), root(first));
        }
      }
    }
    const roots = new Set([...parent.keys()].map(root));
    return roots.size > 0 ? roots.size : new Set(this.highlight.words.values()).size;
  }

  /** Records which query word a term reads, the first time the term is met. */
  private noteWord(term: string, word: number): void {
    if (!this.highlight.words.has(term)) this.highlight.words.set(term, word);
  }

  private has(term: string): boolean {
    return this.archive.statement("SELECT 1 FROM articles_vocab WHERE term = ?").get(term) !== undefined;
  }

  /** How many articles have a term. */
  private docs(term: string): number {
    if (this.archive.pg) return this.archive.countArticles("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", quote(term));
    return (this.archive.statement("SELECT doc FROM articles_vocab WHERE term = ?").pluck().get(term) as number | undefined) ?? 0;
  }

  /**
   * The indexed term closest to a word no article has: among the words the articles use as
   * written (the `words` table: those of stemmed languages and, under "", those indexed as written;
   * on PostgreSQL, for an archive made before these were recorded, the indexed terms themselves),
   * those fewest edits away (within reach), the one in most articles. Candidates share the first
   * letter, or the first two letters are swapped: people rarely mistype the first letter of a
   * name, and a range of an index is read quickly.
   */
  private closest(word: string, terms: string[]): Candidate | null {
    const folded = termOf(word, null);
    const chars = [...folded];
    if (chars.length < MIN_CORRECTED) return null;
    const max = chars.length <= SHORT ? 1 : 2;
    const firsts = [...new Set([chars[0]!, chars[1]!])];
    const range = (first: string) => [first, String.fromCodePoint(first.codePointAt(0)! + 1)];
    const swapped = (first: string, candidate: string) => first === chars[0] || candidate.startsWith(chars[1]! + chars[0]!);
    // The candidates fewest edits away (by oneEditCost), each with its article count.
    let tied: Candidate[] = [];
    let bestD = Infinity;
    const consider = (term: string, edits: number, candidate: string) => {
      const d = edits === 1 ? oneEditCost(folded, candidate) : edits;
      if (d > bestD || (d === bestD && tied.some((t) => t.term === term))) return;
      const doc = this.docs(term);
      if (doc === 0) return;
      if (d < bestD) [bestD, tied] = [d, []];
      tied.push({ term, word: candidate, doc });
    };
    const forms = this.archive.statement("SELECT word, language, form FROM words WHERE word >= ? AND word < ?");
    for (const first of firsts) {
      for (const row of forms.iterate(...range(first)) as IterableIterator<{ word: string; language: string; form: string }>) {
        if (!swapped(first, row.word) || (row.language !== "" && !this.languages.includes(row.language))) continue;
        const d = editDistance(folded, row.word, max);
        if (d <= max && d > 0) consider(row.language === "" ? row.word : termOf(row.form, row.language), d, row.word);
      }
    }
    if (tied.length > 0) return this.likeliest(tied, word);
    // SQLite records the words of languages without a stemmer in `words` too (schema 8); a
    // PostgreSQL archive made before did not, and its vocabulary is a plain table, quick to read.
    if (!this.archive.pg) return null;
    // Words of languages without a stemmer are indexed as written: their terms are the words.
    const vocab = this.archive.statement("SELECT term FROM articles_vocab WHERE term >= ? AND term < ?").pluck();
    for (const term of new Set(terms.map(bareTerm))) {
      if (term !== folded) continue;
      for (const first of firsts) {
        for (const candidate of vocab.iterate(...range(first)) as IterableIterator<string>) {
          if (!swapped(first, candidate) || candidate.includes(LANGUAGE_MARK)) continue;
          const d = editDistance(folded, candidate, max);
          if (d <= max && d > 0) consider(candidate, d, candidate);
        }
      }
    }
    return tied.length > 0 ? this.likeliest(tied, word) : null;
  }

  /**
   * Among indexed terms equally close to a word no article has, the one most articles have beside
   * the query's other words, then the one in most articles: in "deutsche borse", "boerse" (which
   * the articles about the Deutsche Boerse have) rather than "bore" (which more articles have).
   * At most TIED_MAX of the commonest are weighed, a count each.
   */
  private likeliest(tied: Candidate[], word: string): Candidate {
    tied.sort((a, b) => b.doc - a.doc || (a.term < b.term ? -1 : 1));
    const context = tied.length > 1 ? this.contextOf(word) : null;
    if (!context) return tied[0]!;
    let best = { candidate: tied[0]!, together: -1 };
    for (const candidate of tied.slice(0, TIED_MAX)) {
      const together = this.archive.countArticles("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", `${quote(candidate.term)} AND ${context}`);
      if (together > best.together) best = { candidate, together };
    }
    return best.candidate;
  }

  /** "Any of the query's other words" as an FTS5 expression of the terms the index has, or null. */
  private contextOf(word: string): string | null {
    const others = this.context.filter((w) => w !== word);
    const terms = new Set<string>();
    for (const other of others) {
      for (const tokens of variants(other, this.languages)) for (const t of tokens) if (this.has(t.term)) terms.add(t.term);
      // (A word misspelt too counts as corrected, when it came first: "deutshe borse".)
      const corrected = this.correctedTerms.get(other);
      if (corrected !== undefined) terms.add(corrected);
    }
    return anyOf([...terms].map(quote));
  }

  /**
   * How to read a query's text: in the archive's languages whose articles use its word, as they
   * spell it ("etat" as the French "état"), or, for a word none uses (a typo, an unseen
   * inflection) and for phrases, as typed in every language.
   */
  private readings(text: string): Token[][] {
    const plain = analyse(text, null);
    if (plain.length !== 1 || this.languages.length === 0) return variants(text, this.languages);
    const rows = this.archive.statement("SELECT language, form FROM words WHERE word = ?").all(plain[0]!.term) as Array<{ language: string; form: string }>;
    const known = rows.filter((r) => this.languages.includes(r.language));
    const out: Token[][] = [plain];
    if (known.length === 0) {
      // No article has the word as written; it may still have other forms of it ("siguen",
      // "siguieron"), which are better than the closest spelling of another word.
      const all = variants(text, this.languages);
      const family = this.languages.flatMap((language) => this.family(plain[0]!.term, [termOf(text, language)], language));
      return family.length === 0 ? all : [...all, ...[...new Set(family)].map((term) => [{ ...plain[0]!, term }])];
    }
    const seen = new Set([plain[0]!.term]);
    const add = (term: string) => {
      if (seen.has(term)) return;
      seen.add(term);
      out.push([{ ...plain[0]!, term }]);
    };
    // A language whose reading of the word is one of its commonest words is left out when the word
    // has a reading in another language that is not (see commonElsewhere).
    let languages = [...new Set(known.map((r) => r.language))];
    const common = languages.length < 2 ? [] : languages.filter((language) => known.some((r) => r.language === language && this.commonElsewhere(termOf(r.form, language), plain[0]!.term)));
    if (common.length > 0 && common.length < languages.length) languages = languages.filter((language) => !common.includes(language));
    for (const { language, form } of known) if (languages.includes(language)) add(termOf(form, language));
    for (const language of languages) {
      for (const term of this.family(plain[0]!.term, known.filter((r) => r.language === language).map((r) => termOf(r.form, language)), language)) add(term);
    }
    return out;
  }

  /**
   * Whether a language's stem of the query word is one of that language's commonest words, which
   * the word is not: the German "sonne" is also French ("il sonne"), whose stemmer makes it "son",
   * the possessive in most French articles, so that reading would find them all.
   */
  private commonElsewhere(term: string, word: string): boolean {
    const at = term.indexOf(LANGUAGE_MARK);
    if (at < 0 || term.slice(0, at) === word) return false;
    const language = term.slice(at + LANGUAGE_MARK.length);
    const articles = this.archive.countArticles(
      this.archive.pg ? "SELECT count(*) FROM articles WHERE language = ?" : "SELECT coalesce(max(n), 0) FROM tallies WHERE field = 'language' AND value = ?",
      language,
    );
    return articles >= COMMON_MIN_ARTICLES && this.docs(term) > COMMON_SHARE * articles;
  }

  /**
   * The stems of other inflections of a word that the stemmer parts from it: Snowball cuts
   * Spanish "justifica" to "justif" but "justificar" to "justific", "siguen" to "sig" but
   * "siguieron" to "sigu". A word of the language's articles (the `words` table) is of the family
   * when its stem is the query word's plus at most FAMILY_EXTRA letters and it is spelt as the
   * query word up to past that stem (so "siglo" is not of "siguen"'s family, though "sigl" extends
   * "sig"), or when the two stems differ by one of the language's KEPT_ENDINGS. A shorter stem is
   * not (Russian "визы", visas, would join "визит", a visit).
   */
  private family(folded: string, stems: string[], language: string): string[] {
    const out = new Set<string>();
    const rows = this.archive.statement("SELECT word, form FROM words WHERE language = ? AND word >= ? AND word < ?");
    for (const stem of new Set(stems.map(bareTerm))) {
      if (stem.length < FAMILY_MIN_STEM || !folded.startsWith(stem)) continue;
      // Every word of the family is spelt as the query word up to past its stem, except the
      // shorter one of a kept ending: the range of the index read is no wider than that.
      const kept = Math.max(0, ...(KEPT_ENDINGS[language] ?? []).map((e) => e.length));
      const spelt = kept > 0 && stem === folded ? stem.length - kept : Math.min(folded.length, stem.length + 1);
      const from = folded.slice(0, Math.max(FAMILY_MIN_STEM, spelt));
      const to = from.slice(0, -1) + String.fromCodePoint(from.codePointAt(from.length - 1)! + 1);
      for (const row of rows.iterate(language, from, to) as IterableIterator<{ word: string; form: string }>) {
        const term = termOf(row.form, language);
        const other = bareTerm(term);
        if (other === stem) continue;
        const kept = KEPT_ENDINGS[language]?.find((e) => other === stem + e || (stem === folded && stem === other + e));
        if (kept === undefined) {
          // A shorter stem ("visit" for "visite") would bring in other words ("vis"): left out.
          if (other.length <= stem.length || !other.startsWith(stem) || other.length - stem.length > FAMILY_EXTRA) continue;
          if (commonPrefix(folded, row.word) <= stem.length) continue;
        }
        out.add(term);
        if (out.size >= FAMILY_MAX) return [...out];
      }
    }
    return [...out];
  }

  text(text: string, prefix: boolean): string | null {
    let readings = prefix ? variants(text, [], true) : this.readings(text);
    if (readings.length === 0) return null;
    if (this.correct && !prefix) readings = this.corrected(text, readings);
    const first = this.nextWord;
    this.nextWord += Math.max(...readings.map((tokens) => tokens.length));
    for (const tokens of readings) {
      for (const [i, t] of tokens.entries()) {
        if ((prefix && i === tokens.length - 1) || tokens.every((x) => x.segmented)) this.highlight.prefixes.push(t.term);
        else this.highlight.terms.add(t.term);
        this.noteWord(t.term, first + i);
      }
    }
    this.noteNumbers(text, readings);
    return anyOf(readings.map((tokens) => render(tokens, prefix, (term) => this.within(term))));
  }

  /**
   * Indexed words of a script without spaces that hold `term` inside them, not at their start
   * (a prefix search finds those): what `grep` finds in such text, which a reader expects of it.
   * The commonest WITHIN_MAX of them, each added to the highlighted terms.
   */
  private within(term: string): string[] {
    const code = term.codePointAt(0)!;
    const block = NO_SPACE_BLOCKS.find(([from, to]) => code >= from && code < to);
    if (!block) return [];
    const pg = this.archive.pg;
    const rows = this.archive.statement(pg ? "SELECT term, 0 AS doc FROM articles_vocab WHERE term >= ? AND term < ?" : "SELECT term, doc FROM articles_vocab WHERE term >= ? AND term < ?");
    const found: Array<{ term: string; doc: number }> = [];
    let read = 0;
    for (const row of rows.iterate(String.fromCodePoint(block[0]), String.fromCodePoint(block[1])) as IterableIterator<{ term: string; doc: number }>) {
      if (++read > WITHIN_SCAN) break;
      if (row.term.length > term.length && !row.term.startsWith(term) && row.term.includes(term)) found.push(row);
    }
    found.sort((a, b) => b.doc - a.doc || (a.term < b.term ? -1 : 1));
    const out = found.slice(0, WITHIN_MAX).map((r) => r.term);
    const word = this.highlight.words.get(term) ?? this.nextWord++;
    for (const t of out) {
      this.highlight.terms.add(t);
      this.noteWord(t, word);
    }
    return out;
  }

  /** Each word that no reading finds in the index, replaced in every reading by the closest indexed term. */
  private corrected(text: string, readings: Token[][]): Token[][] {
    const first = readings[0]!;
    if (readings.some((r) => r.length !== first.length)) return readings;
    for (let i = 0; i < first.length; i++) {
      const terms = readings.map((r) => r[i]!.term);
      if (terms.some((t) => this.has(t))) continue;
      const to = this.closest(text.slice(first[i]!.start, first[i]!.end), terms);
      if (to === null) continue;
      // Said as the articles write the word ("boerse"), not as its indexed stem ("boers").
      this.corrections.push({ from: text.slice(first[i]!.start, first[i]!.end), to: to.word });
      this.correctedTerms.set(text.slice(first[i]!.start, first[i]!.end), to.term);
      readings = readings.map((r) => r.map((t, j) => (j === i ? { ...t, term: to.term } : t)));
    }
    const seen = new Set<string>();
    return readings.filter((r) => {
      const key = r.map((t) => t.term).join(" ");
      return !seen.has(key) && seen.add(key);
    });
  }

  near(terms: Array<{ text: string; prefix: boolean }>, distance: string): string | null {
    const groups: string[] = [];
    const first = this.nextWord;
    this.nextWord += terms.length;
    for (const language of [null, ...this.languages]) {
      const items: string[] = [];
      for (const [i, t] of terms.entries()) {
        // (A word corrected when the group's words were read is searched for as corrected.)
        const tokens = analyse(t.text, t.prefix ? null : language).map((token) => {
          const to = t.prefix ? undefined : this.correctedTerms.get(t.text.slice(token.start, token.end));
          return to === undefined ? token : { ...token, term: to };
        });
        if (tokens.length === 0) continue;
        for (const token of tokens) {
          this.highlight.terms.add(token.term);
          this.noteWord(token.term, first + i);
        }
        items.push(quote(tokens.map((token) => token.term).join(" ")) + (t.prefix ? " *" : ""));
      }
      if (items.length === 0) continue;
      groups.push(`(${NOT_PAGE}NEAR(${items.join(" ")}${distance}))`);
    }
    return anyOf(groups);
  }
}
