// Bytes -> text. Real collections mix UTF-8, UTF-16 and legacy 8-bit files; none of them may turn
// into U+FFFD, and no binary file may enter the archive.
import { createHash } from "node:crypto";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: string };

const SNIFF_BYTES = 8192;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
// Windows-1252 is a superset of Latin-1's printable range, so it reads both (WHATWG maps "latin1" to it too).
// Node's TextDecoder("windows-1252") reads bytes 0x80-0x9F as Latin-1 C1 controls since 20.18.3
// (nodejs/node#60888), turning curly quotes, dashes and "€" into invisible controls, so the
// WHATWG table for that range is applied here. The five bytes it leaves undefined stay C1.
const CP1252_80_9F =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
const cp1252 = {
  decode: (bytes: Uint8Array): string =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString("latin1")
      .replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!),
};
// (Fatal: bytes that are not UTF-16 after all, "ÿþ" opening a Latin-1 file, are read as 8-bit text.)
const utf16le = new TextDecoder("utf-16le", { ignoreBOM: true, fatal: true });
const utf16be = new TextDecoder("utf-16be", { ignoreBOM: true, fatal: true });

/** UTF-16 text from `from` on, or null when the bytes are not valid UTF-16. */
function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", from: number): string | null {
  try {
    return (encoding === "utf-16le" ? utf16le : utf16be).decode(bytes.subarray(from));
  } catch {
    return null;
  }
}

/** Guesses UTF-16 without a BOM: text in it has a NUL in almost every other byte. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

/** NUL bytes in the first 8 KB, counted up to one past `enough`. */
function nulCount(bytes: Uint8Array, from: number, enough: number): number {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let n = 0;
  for (let i = from; i < end && n <= enough; i++) if (bytes[i] === 0) n++;
  return n;
}

/**
 * At most this many NUL bytes in the first 8 KB of otherwise valid UTF-8 are strays that a
 * scraper or a copy left in a page (one CBC page of the corpora has one), not binary data: they are
 * dropped and the text kept. Binary files have NUL bytes by the hundred.
 */
const STRAY_NULS = 4;

/**
 * The share of control characters that text does not contain, at its start: C0 controls other than
 * tab, LF, VT, FF, CR, ESC (colour codes in captured output) and SUB (DOS end of file), and DEL.
 * Random bytes score about 0.1; text, even with colour codes, near 0. C1 (0x80-0x9F) is not counted:
 * other 8-bit encodings (Windows-1251) use the bytes Windows-1252 leaves undefined for letters.
 */
function strangeShare(text: string): number {
  const n = Math.min(text.length, SNIFF_BYTES);
  let strange = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 ? !(c >= 9 && c <= 13) && c !== 0x1a && c !== 0x1b : c === 0x7f) strange++;
  }
  return n === 0 ? 0 : strange / n;
}

/** Decodes a file's bytes, or says why it is not an article (empty, binary). */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  // A PDF may keep its first kilobytes free of NUL bytes; it is still not plain text.
  if (bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-") return { ok: false, reason: "binary file (a PDF document)" };
  let text: string;
  let encoding: Encoding;
  const marked = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  // (A byte order mark, or text with a NUL in every other byte; either may turn out not to be UTF-16.)
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const sniffed = marked ?? (bom ? null : sniffUtf16(bytes));
  const wide = sniffed ? utf16(bytes, sniffed, marked ? 2 : 0) : null;
  if (sniffed && wide !== null) {
    encoding = sniffed;
    text = wide;
  } else {
    const nuls = nulCount(bytes, bom, STRAY_NULS);
    const binary = { ok: false, reason: "binary file (NUL bytes in its first 8 KB)" } as const;
    if (nuls > STRAY_NULS) return binary;
    const body = bytes.subarray(bom);
    try {
      text = utf8.decode(body);
      encoding = "utf-8";
    } catch {
      if (nuls > 0) return binary;
      text = cp1252.decode(body);
      encoding = "windows-1252";
    }
    if (text.includes("\0")) text = text.replaceAll("\0", "");
  }
  // UTF-16 text has no NUL characters either; one near the start means the guess was binary.
  if (text.slice(0, SNIFF_BYTES / 2).includes("\0")) {
    return { ok: false, reason: "binary file (NUL characters in its first 8 KB)" };
  }
  // Binary data without NUL bytes (compressed or random) is not UTF-8 and decodes, as Windows-1252,
  // to a text full of control characters; one in twenty is far beyond any real text. Valid UTF-8 is
  // text whatever it holds: an article full of control sequences is data to keep (and show safely).
  if (encoding === "windows-1252" && strangeShare(text) > 0.05) {
    return { ok: false, reason: "binary file (control characters in its first 8 KB)" };
  }
  return { ok: true, text, encoding };
}

/** A space that normalise strips before a line's end (at the text's end, trimEnd strips it). */
const SPACE_BEFORE_BREAK = /[ \t\u00a0\u3000][\n\u2028\u2029]/;

/**
 * The canonical form of a text, from which its identity is computed: LF line endings, Unicode NFC,
 * no trailing spaces on lines, no blank lines at either end. Two files that differ only in those
 * respects are the same article.
 */
export function normalise(text: string): string {
  let t = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
  t = t.normalize("NFC");
  // Both strips are linear: a run of spaces is only tried where it starts (the lookbehind), and
  // trimEnd() removes exactly what /\s+$/ would. The plain /[ \t]+$/gm and /\s+$/ try again from
  // every space of a run that does not end its line: 1 MB of spaces before a word took an hour.
  // (Most texts have none: looking for one costs half of the strip's search.)
  if (SPACE_BEFORE_BREAK.test(t)) t = t.replace(/(?<![ \t\u00a0\u3000])[ \t\u00a0\u3000]+$/gm, "");
  return t.replace(/^\n+/, "").trimEnd();
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export type Prepared =
  | { ok: true; text: string; hash: string; encoding: Encoding }
  | { ok: false; reason: string };

/** decode + normalise + hash: everything ingest needs before parsing. */
export function prepare(bytes: Uint8Array): Prepared {
  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  const text = normalise(decoded.text);
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, reason: "no text (only whitespace or symbols)" };
  return { ok: true, text, hash: sha256(text), encoding: decoded.encoding };
}
