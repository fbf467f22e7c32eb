// The one text analyser: what the full-text index holds and what a query is matched against.
// Pure TypeScript, text in, terms out, so that any engine (SQLite's FTS5 here, PostgreSQL's GIN
// with the `simple` configuration) indexes exactly the same words.
//
//   1. Words are runs of letters, digits and marks (as SQLite's unicode61 tokenizer sees them).
//      Runs in scripts written without spaces (Chinese, Japanese, Thai, Khmer, Lao, Burmese) are
//      cut into words by Intl.Segmenter (ICU's dictionaries).
//   2. Each word is lower-cased, `ß` becomes `ss` and `ё` becomes `е`.
//   3. Words are stemmed by the article's language (Snowball, see stem.ts) when the word is
//      written in that language's script and has no digit.
//   4. Accents are removed from Latin and Greek letters (after stemming, since the stemmers know
//      the accented endings): `état` and `etat` are one term.
//   5. A stemmed term carries its language after LANGUAGE_MARK (`parlamentǂde`), so that a query
//      word read as German finds German articles only: the Spanish "Parlamento" stems to the same
//      letters but is another language's word.
import { STEMMED } from "./stem.js";

export interface Token {
  /** The term as indexed. */
  term: string;
  /** Where the word is in the text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** The word was cut out of a run of text without spaces. */
  segmented: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const NO_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}]/u;
const NON_ASCII = /[^\x00-\x7f]/;
const DIGIT = /\p{N}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN_OR_GREEK_MARKS = /([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;
const DIACRITIC = /[\u0300-\u036f]/;

/** Separates a stemmed term from its language: a letter (so any engine's parser keeps it inside
 *  the word) that no language writes (U+01C2, a click letter of Khoisan orthographies). */
export const LANGUAGE_MARK = "\u01c2";

/** A term without its language mark: what a person would recognise as the word. */
export function bareTerm(term: string): string {
  const at = term.indexOf(LANGUAGE_MARK);
  return at < 0 ? term : term.slice(0, at);
}

let segmenter: Intl.Segmenter | null = null;

/** Terms by language ("" for none) and lower-cased word: a text repeats most of its words. */
const CACHE_LIMIT = 200_000;
const caches = new Map<string, Map<string, string>>();

function stripAccents(word: string): string {
  const nfd = word.normalize("NFD");
  if (!DIACRITIC.test(nfd)) return word;
  return nfd.replace(LATIN_OR_GREEK_MARKS, "$1").normalize("NFC");
}

function computeTerm(lower: string, language: string): string {
  let w = lower;
  if (NON_ASCII.test(w)) w = w.replaceAll("ß", "ss").replaceAll("ё", "е");
  const stemmer = language ? STEMMED.get(language) : undefined;
  if (stemmer && !DIGIT.test(w) && (stemmer.script === "cyrillic") === CYRILLIC.test(w)) {
    const stem = stemmer.stem(w) || w;
    return (NON_ASCII.test(stem) ? stripAccents(stem) : stem) + LANGUAGE_MARK + language;
  }
  return NON_ASCII.test(w) ? stripAccents(w) : w;
}

/** The indexed term of one word (already cut out of its text) in a language (null: none). */
export function termOf(word: string, language: string | null): string {
  const lang = language ?? "";
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  const lower = word.toLowerCase();
  let term = cache.get(lower);
  if (term === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    term = computeTerm(lower, lang);
    cache.set(lower, term);
  }
  return term;
}

function* words(text: string): Generator<{ word: string; start: number; segmented: boolean }> {
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (!NO_SPACE.test(word)) {
      yield { word, start: m.index, segmented: false };
      continue;
    }
    segmenter ??= new Intl.Segmenter("und", { granularity: "word" });
    // ICU's dictionary segmentation takes time that grows faster than the run is long (a 100,000-
    // character run of kanji took half a minute), so a long run is cut into pieces first.
    for (let from = 0; from < word.length; ) {
      const to = word.length - from <= SEGMENT_RUN ? word.length : pieceEnd(word, from);
      for (const s of segmenter.segment(word.slice(from, to))) {
        if (s.isWordLike) yield { word: s.segment, start: m.index + from + s.index, segmented: true };
      }
      from = to;
    }
  }
}

/** The longest run handed to the segmenter at once: sentences are far shorter. */
const SEGMENT_RUN = 2000;

/** Where to cut a long run after `from`: after a character that is not a letter (punctuation, a
 *  digit) near the limit, else at the limit (a word may be split there, in text that has no
 *  punctuation for 2,000 characters). Never inside a surrogate pair. */
function pieceEnd(word: string, from: number): number {
  const limit = from + SEGMENT_RUN;
  for (let i = limit; i > limit - 200; i--) if (!/\p{L}|\p{M}/u.test(word[i - 1]!)) return i;
  const code = word.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit;
}

/** The text's words as terms, with where each is in the text. */
export function analyse(text: string, language: string | null): Token[] {
  const tokens: Token[] = [];
  for (const { word, start, segmented } of words(text)) {
    tokens.push({ term: termOf(word, language), start, end: start + word.length, segmented });
  }
  return tokens;
}

/**
 * The first two letters of a word's term, whatever its language: stemmers change words at their
 * end, so the head is the word's own, folded as terms are (lower case, no accents, ß, ё).
 */
export function termHead(word: string): string {
  let head = word.slice(0, 3).toLowerCase();
  if (NON_ASCII.test(head)) head = stripAccents(head.replaceAll("ß", "ss").replaceAll("ё", "е"));
  return head.slice(0, 2);
}

/**
 * The text's words with where each is, each one's term computed only if its head (termHead) is
 * one of `heads`: a snippet reads every word of a hit's body but needs the terms of few, and
 * stemming them all cost half of a search's time.
 */
export function analyseHeads(text: string, language: string | null, heads: ReadonlySet<string>): Array<Token | { term: null; start: number; end: number }> {
  const tokens: Array<Token | { term: null; start: number; end: number }> = [];
  if (asciiWords(text)) {
    // (Most bodies: each word's head read from its first two character codes, without the Unicode
    // pattern, the generator or a string per word; the same tokens as below.)
    const asciiHeads = new Set<number>();
    for (const h of heads) if (h.length === 2 && h.charCodeAt(0) < 128 && h.charCodeAt(1) < 128) asciiHeads.add(h.charCodeAt(0) * 128 + h.charCodeAt(1));
    for (let i = 0, n = text.length; i < n; ) {
      if (!isAsciiWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < n && isAsciiWordCode(text.charCodeAt(end))) end++;
      const head = end - i >= 2 ? lowerAscii(text.charCodeAt(i)) * 128 + lowerAscii(text.charCodeAt(i + 1)) : -1;
      tokens.push(asciiHeads.has(head) ? { term: termOf(text.slice(i, end), language), start: i, end, segmented: false } : { term: null, start: i, end });
      i = end;
    }
    return tokens;
  }
  for (const { word, start, segmented } of words(text)) {
    const end = start + word.length;
    tokens.push(heads.has(termHead(word)) ? { term: termOf(word, language), start, end, segmented } : { term: null, start, end });
  }
  return tokens;
}

/**
 * The words an archive has been handed in `fresh` lists, by language (lower-cased), so that each is
 * recorded once, and the cache of terms by word as written that goes with them (a word is recorded
 * when it misses that cache). One per archive: a process that writes to two archives records the
 * words of each in each, and an archive whose write was rolled back forgets what it was handed.
 */
export class WordRecorder {
  readonly seen = new Map<string, Set<string>>();
  readonly terms = new Map<string, Map<string, string>>();
  forget(): void {
    this.seen.clear();
    this.terms.clear();
  }
}

/** Terms by language and word as written, for texts whose words are not recorded: the index's hot
 *  path skips even the lower-casing. */
const rawCaches = new Map<string, Map<string, string>>();
const WORD_RUN = new RegExp(WORD.source, "gu");
/**
 * The runs of characters that can hold words: ASCII letters and digits, and every character beyond
 * ASCII (the non-word ones among them too: curly quotes, dashes). A run of ASCII letters and digits
 * alone is one word as it stands (first branch); a run with a character beyond ASCII in it is cut
 * into words by WORD_RUN (the group). The only ASCII word characters are letters and digits, so a
 * run's ends are never inside a word and the words are WORD_RUN's over the whole text. In a text
 * of English with a few accented names and curly quotes, WORD_RUN's Unicode classes read only those
 * few runs instead of every character: a body's terms in 78 us instead of 180 (BBC scale corpus).
 */
const WORD_SPAN = /[A-Za-z0-9]+(?![A-Za-z0-9\u0080-\uffff])|([A-Za-z0-9\u0080-\uffff]+)/g;
const NON_ASCII_CHARS = /[^\x00-\x7f]/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}\p{Co}]/u;
const NO_SPACE_ANYWHERE = new RegExp(NO_SPACE.source, "u");
/** The blocks that hold every script written without spaces (Thai to Khmer, then CJK radicals
 *  onwards), leaving out the punctuation, currency and symbols between them that most texts have
 *  (curly quotes, dashes): found far faster than NO_SPACE_ANYWHERE's script classes. */
const NO_SPACE_BLOCKS_ANYWHERE = /[\u0e00-\u1fff\u2e80-\uffff]/;

/** A character of an ASCII text's words: a digit or a letter A-Z in either case. */
function isAsciiWordCode(c: number): boolean {
  const lower = c | 32;
  return (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122);
}

/** An ASCII letter's code in small letters (a digit's unchanged). */
function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Whether every word character of `text` is ASCII: an English text with a dash, a pound sign or
 *  curly quotes still has ASCII words, which analyseHeads reads from their character codes. */
function asciiWords(text: string): boolean {
  NON_ASCII_CHARS.lastIndex = 0;
  for (let m = NON_ASCII_CHARS.exec(text); m !== null; m = NON_ASCII_CHARS.exec(text)) if (WORD_CHAR.test(m[0])) return false;
  return true;
}

/**
 * The language the archive's table of words records an article's words under: its own when it is
 * stemmed; else "", the words indexed as written (each its own term), which a misspelt query word
 * is corrected to as to the others (expand.ts), without reading the full-text index's vocabulary.
 */
export function wordsLanguage(language: string | null): string {
  return language !== null && STEMMED.has(language) ? language : "";
}

/** The words of a text, lower-cased as written, each once: what indexText records with a recording
 *  (there less the words its recorder has recorded before). */
export function distinctWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const { word } of words(text)) out.add(word.toLowerCase());
  return out;
}

/** Where indexText records the words it meets: `fresh` gets those `recorder` has not seen yet. */
export interface Recording {
  fresh: string[];
  recorder: WordRecorder;
}

/**
 * What the full-text index stores for a text: its terms, separated by spaces. With `recording`,
 * each word its recorder has not seen in the text's language (wordsLanguage) is added to its
 * `fresh` list, lower-cased as written, for the archive's table of the words its articles use.
 */
export function indexText(text: string | null | undefined, language: string | null, recording?: Recording): string {
  if (!text) return "";
  const key = wordsLanguage(language);
  const recorder = recording?.recorder;
  const seen = recorder ? (recorder.seen.get(key) ?? recorder.seen.set(key, new Set()).get(key)!) : null;
  const record = (word: string) => {
    const lower = word.toLowerCase();
    if (seen && !seen.has(lower)) {
      if (seen.size >= CACHE_LIMIT) seen.clear();
      seen.add(lower);
      recording!.fresh.push(lower);
    }
  };
  // Terms are joined a few thousand at a time: appending each to a string, or gathering all in one
  // array, holds millions of small objects for a long text (a 20 MB text took 200 MB that way).
  const out = new TermJoiner();
  if (NO_SPACE_BLOCKS_ANYWHERE.test(text) && NO_SPACE_ANYWHERE.test(text)) {
    for (const { word } of words(text)) {
      out.push(termOf(word, language));
      record(word);
    }
    return out.done();
  }
  // (A word is recorded when it misses this cache, so texts analysed without a recording have a cache
  // of their own: a word met first in a byline is still recorded when a body uses it.)
  const lang = language ?? "";
  const caches = recorder ? recorder.terms : rawCaches;
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  const add = (word: string) => {
    let term = cache.get(word);
    if (term === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      term = termOf(word, language);
      cache.set(word, term);
      record(word);
    }
    out.push(term);
  };
  WORD_SPAN.lastIndex = 0;
  for (let m = WORD_SPAN.exec(text); m !== null; m = WORD_SPAN.exec(text)) {
    const span = m[1];
    if (span === undefined) {
      add(m[0]);
      continue;
    }
    WORD_RUN.lastIndex = 0;
    for (let w = WORD_RUN.exec(span); w !== null; w = WORD_RUN.exec(span)) add(w[0]);
  }
  return out.done();
}

/** Terms joined by spaces, a batch at a time. */
class TermJoiner {
  private batch: string[] = [];
  private joined: string[] = [];
  push(term: string): void {
    this.batch.push(term);
    if (this.batch.length === 4096) {
      this.joined.push(this.batch.join(" "));
      this.batch = [];
    }
  }
  done(): string {
    if (this.batch.length) this.joined.push(this.batch.join(" "));
    return this.joined.length === 1 ? this.joined[0]! : this.joined.join(" ");
  }
}

/**
 * The ways a query's text may be indexed: its terms in each of `languages` (where the words are in
 * that language's script) and unstemmed, without repeats. Prefixes (`econom*`) are not stemmed.
 * The caller narrows `languages` to those whose articles use the word, where any does: a German
 * word stemmed as French ("parlament" -> "parl") would otherwise find French "parlé".
 */
export function variants(text: string, languages: readonly string[], prefix = false): Token[][] {
  const out: Token[][] = [];
  const seen = new Set<string>();
  for (const language of prefix ? [null] : [null, ...languages]) {
    const tokens = analyse(text, language);
    const key = tokens.map((t) => t.term).join(" ");
    if (tokens.length && !seen.has(key)) {
      seen.add(key);
      out.push(tokens);
    }
  }
  return out;
}
