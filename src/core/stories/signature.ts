// Signatures of an article's text for near-duplicate detection: word 5-shingles of the cleaned
// body, hashed to 32 bits, and a MinHash of them in REGISTERS registers.
//
// The MinHash is one-permutation hashing with densification (Li, Owen & Zhang 2012; Shrivastava
// 2017): each shingle is hashed once, the top bits of the hash pick one of 128 registers and the
// register keeps its smallest value; an empty register (a short text) borrows a filled one along
// a fixed probe sequence. Two signatures agree in a register with probability equal to the
// texts' Jaccard similarity, as with 128 independent permutations, at 1/128th of the hashing:
// the text is scanned once, by character code, with no string made per word or per shingle.
//
// Words: runs of letters and digits (ASCII letters folded to lower case); each CJK character is a
// word of its own. Punctuation, straight and curly quotes, dashes and line breaks all separate
// words, so re-wrapped lines and curly quotes change nothing.

export const REGISTERS = 128;
export const SHINGLE = 5;
const REGISTER_BITS = 7; // 2^7 = REGISTERS
const EMPTY = 0xffffffff;

/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Is this UTF-16 code, from 0x80 up, a word character? (Lead and trail surrogates count: letters
 *  beyond the BMP.) ASCII is read from ASCII_FOLDED. */
function wordKind(c: number): 0 | 1 | 2 {
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba ? 1 : 0; // Latin-1 punctuation, nbsp
  if (c === 0xd7 || c === 0xf7) return 0;
  if (c >= 0x2000 && c <= 0x2bff) return 0; // general punctuation, quotes, dashes, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return 0; // CJK punctuation
  if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) return 2; // CJK, kana, hangul
  if (c >= 0xfe30 && c <= 0xfe6f) return 0;
  if (c >= 0xff00 && c <= 0xff0f) return 0; // fullwidth punctuation
  return 1;
}

/**
 * The 32-bit hashes of every word 5-shingle of `text`, in order (a text of fewer than five words
 * has none). The shingle hash depends on the five words and their order.
 */
export function shingles(text: string, scratch?: Uint32Array): Uint32Array {
  // Into `scratch` when it is given and large enough (the caller then copies what it keeps):
  // ingest signs thousands of texts, and a new array each would leave the collector work to do.
  const need = Math.max(16, (text.length >>> 1) + 8);
  let out = scratch && scratch.length >= need ? scratch : new Uint32Array(need);
  let n = 0;
  // The last four word hashes; with the word just ended they make a shingle.
  let w0 = 0, w1 = 0, w2 = 0, w3 = 0;
  let words = 0;
  let h = FNV_BASIS;
  let inWord = false;
  const len = text.length;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? text.charCodeAt(i) : 0x20;
    // A table for ASCII, the most of most texts: the folded code of a letter or digit, or 0.
    const folded = c < 0x80 ? ASCII_FOLDED[c]! : 0;
    const kind = c < 0x80 ? (folded === 0 ? 0 : 1) : wordKind(c);
    if (kind === 1) {
      // FNV-1a over the folded character codes.
      h = Math.imul(h ^ (c < 0x80 ? folded : c), 0x01000193);
      inWord = true;
      continue;
    }
    if (!inWord && kind === 0) continue;
    // End of a word, then (for a CJK character, a word by itself) the character's own word.
    let word = inWord ? fmix(h) : fmix(Math.imul(FNV_BASIS ^ c, 0x01000193));
    for (let more = inWord && kind === 2; ; more = false) {
      words++;
      if (words >= SHINGLE) {
        if (n === out.length) {
          const bigger = new Uint32Array(n * 2);
          bigger.set(out);
          out = bigger;
        }
        // Order matters: each position is rotated by a different amount before mixing.
        let s = Math.imul(w0, 0x9e3779b1) ^ ((w1 << 7) | (w1 >>> 25));
        s = Math.imul(s ^ ((w2 << 13) | (w2 >>> 19)), 0x85ebca77) ^ ((w3 << 19) | (w3 >>> 13));
        out[n++] = fmix(Math.imul(s ^ word, 0xc2b2ae3d));
      }
      w0 = w1;
      w1 = w2;
      w2 = w3;
      w3 = word;
      if (!more) break;
      word = fmix(Math.imul(FNV_BASIS ^ c, 0x01000193));
    }
    h = FNV_BASIS;
    inWord = false;
  }
  return out.subarray(0, n);
}

const FNV_BASIS = 0x811c9dc5;
/** ASCII codes: a letter's lower-case code, a digit's own, 0 for anything else. */
const ASCII_FOLDED = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) ASCII_FOLDED[c] = c;
  else if (c >= 0x41 && c <= 0x5a) ASCII_FOLDED[c] = c + 32;
}

/** The MinHash signature of a text's shingles: REGISTERS values (into `into` when given), or null when it has none. */
export function minhash(hashes: Uint32Array, into?: Uint32Array): Uint32Array | null {
  if (hashes.length === 0) return null;
  const sig = (into ?? new Uint32Array(REGISTERS)).fill(EMPTY);
  const shift = 32 - REGISTER_BITS;
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i]!;
    const r = h >>> shift;
    // The low bits order shingles within a register (the top bits are the register itself).
    const v = (h << REGISTER_BITS) >>> 0;
    if (v < sig[r]!) sig[r] = v;
  }
  // Densification: an empty register takes the value of the first filled one along a probe
  // sequence of its own, the same in every text, so equal texts still agree register by register.
  let empty = 0;
  for (let r = 0; r < REGISTERS; r++) if (sig[r] === EMPTY) empty++;
  if (empty > 0) {
    const filled = densifyScratch;
    filled.set(sig);
    for (let r = 0; r < REGISTERS; r++) {
      if (filled[r] !== EMPTY) continue;
      for (let attempt = 1; ; attempt++) {
        const from = fmix(Math.imul(r + 1, 0x9e3779b1) ^ attempt) >>> shift;
        if (filled[from] !== EMPTY) {
          sig[r] = fmix(filled[from]! ^ attempt);
          break;
        }
      }
    }
  }
  return sig;
}

/** The registers before densification (minhash), reused. */
const densifyScratch = new Uint32Array(REGISTERS);

/** Rows per LSH band, and how many bands are indexed: half from the whole text, half from its lead. */
export const BAND_ROWS = 2;
export const BANDS = 24;
/** The lead: the first this many shingles (about the first 120 words). */
export const LEAD = 120;

/**
 * The LSH band keys of a text: band b hashes BAND_ROWS registers with the band's number into a
 * signed 32-bit integer (four bytes in SQLite). Twelve bands come from the signature of the whole
 * text and twelve from a signature of its lead alone: a reprint that keeps only the first part of
 * a story (most do) shares little of the whole but most of the lead. Two texts whose wholes or
 * leads have Jaccard similarity J share a key with probability at least 1 - (1 - J^2)^12: 0.68 at
 * J = 0.3, 0.87 at 0.4, 0.97 at 0.5 for each half; 0.001 at 0.01.
 */
export function bandKeys(whole: Uint32Array, lead: Uint32Array, keys = new Int32Array(BANDS)): Int32Array {
  const half = BANDS / 2;
  for (let b = 0; b < BANDS; b++) {
    const sig = b < half ? whole : lead;
    const at = (b % half) * BAND_ROWS;
    let h = Math.imul(b + 1, 0x9e3779b1);
    for (let k = 0; k < BAND_ROWS; k++) h = Math.imul(h ^ sig[at + k]!, 0x85ebca77) ^ (h >>> 15);
    keys[b] = fmix(h) | 0;
  }
  return keys;
}

/** The registers as stored and compared: the low 16 bits of each (b-bit MinHash: two unrelated
 *  registers agree by chance once in 65,536, which moves no estimate). */
export function lowRegisters(sig: Uint32Array, low = new Uint16Array(REGISTERS)): Uint16Array {
  // A loop, not low.set(sig): V8 converts between typed arrays of two element types slowly (4 us a
  // signature, a thirtieth of the writer's story time at 100k scale-corpus articles).
  for (let r = 0; r < REGISTERS; r++) low[r] = sig[r]! & 0xffff;
  return low;
}

/** The signature as stored: its low registers, 16-bit little-endian, 256 bytes. */
export function packSignature(low: Uint16Array): Buffer {
  // On a little-endian machine a Uint16Array's bytes are the stored form (Buffer.writeUInt16LE per
  // register was 1% of the writer's time at ingest).
  if (LITTLE_ENDIAN) return Buffer.from(low.buffer, low.byteOffset, low.byteLength);
  const out = Buffer.alloc(REGISTERS * 2);
  for (let r = 0; r < REGISTERS; r++) out.writeUInt16LE(low[r]!, r * 2);
  return out;
}

/** A stored signature's registers, as estimateJaccard compares them. */
export function registersOf(stored: Uint8Array): Uint16Array {
  // On a little-endian machine, a view of the stored bytes when they have memory of their own (as a
  // blob from SQLite has; a small Buffer made by Node may share a larger pool, which a view would keep).
  if (LITTLE_ENDIAN && stored.byteOffset === 0 && stored.buffer.byteLength === REGISTERS * 2) return new Uint16Array(stored.buffer, 0, REGISTERS);
  const out = new Uint16Array(REGISTERS);
  for (let r = 0; r < REGISTERS; r++) out[r] = stored[r * 2]! | (stored[r * 2 + 1]! << 8);
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The estimated Jaccard similarity of two texts from their low registers. (A candidate's are read
 *  out of its stored bytes once a batch: compared byte by byte, each of the 35 or so candidates of
 *  an article at 100k scale-corpus articles, this was 3% of the writer's time.) */
export function estimateJaccard(a: Uint16Array, b: Uint16Array): number {
  let same = 0;
  for (let r = 0; r < REGISTERS; r++) if (a[r] === b[r]) same++;
  return same / REGISTERS;
}

/** The distinct values of a hash list, sorted (the list is sorted in place). */
export function distinct(hashes: Uint32Array): Uint32Array {
  radixSort(hashes);
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[n++] = hashes[i]!;
  return hashes.subarray(0, n);
}

export interface Overlap {
  /** |A ∩ B| / |A ∪ B| */
  jaccard: number;
  /** |A ∩ B| / min(|A|, |B|): how much of the shorter text is in the longer one. */
  containment: number;
}

/** The exact overlap of two sets of shingles, each given as distinct() sorted hashes. */
export function overlap(a: Uint32Array, b: Uint32Array): Overlap {
  let i = 0, j = 0, both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!, y = b[j]!;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - both;
  const smaller = Math.min(a.length, b.length);
  return { jaccard: union ? both / union : 0, containment: smaller ? both / smaller : 0 };
}

/** Below this many values a typed array's own sort is as fast. */
const RADIX_FROM = 64;
let radixScratch = new Uint32Array(1024);
const radixCounts = new Int32Array(4 * 256);

/**
 * Sorts 32-bit values in place: least significant byte first, four passes of a counting sort, the
 * counts of all four bytes taken in one pass. A text's few hundred shingle hashes are sorted in
 * under half the time TypedArray.prototype.sort takes, which was a quarter of the time spent signing
 * texts on the thread that parses (1.7 of 6.6 s at 100k scale-corpus articles; 0.7 s this way).
 */
export function radixSort(values: Uint32Array): void {
  const n = values.length;
  if (n < RADIX_FROM) {
    values.sort();
    return;
  }
  if (radixScratch.length < n) radixScratch = new Uint32Array(n * 2);
  const counts = radixCounts;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    counts[v & 0xff]!++;
    counts[256 + ((v >>> 8) & 0xff)]!++;
    counts[512 + ((v >>> 16) & 0xff)]!++;
    counts[768 + (v >>> 24)]!++;
  }
  // Counts to starting places, byte by byte.
  for (let b = 0; b < 4; b++) {
    let at = 0;
    for (let d = b * 256; d < b * 256 + 256; d++) {
      const c = counts[d]!;
      counts[d] = at;
      at += c;
    }
  }
  let from: Uint32Array = values;
  let to: Uint32Array = radixScratch.subarray(0, n);
  for (let b = 0, shift = 0; b < 4; b++, shift += 8) {
    const base = b * 256;
    for (let i = 0; i < n; i++) {
      const v = from[i]!;
      to[counts[base + ((v >>> shift) & 0xff)]!++] = v;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  // After an even number of passes the sorted values are back in `values`.
}
