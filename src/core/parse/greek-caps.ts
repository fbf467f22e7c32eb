/**
 * Greek set in capitals drops its accents: a page prints "ΣΧΟΛΙΑ (7)" for "Σχόλια (7)" and
 * "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" for "Διαβάστε επίσης". Our patterns spell the words as they are written in
 * lower case; these helpers let each accented vowel in a pattern match its bare letter too, so a
 * case-insensitive pattern reads both forms. (dates.ts does the same for month names.)
 */

const BARE: Record<string, string> = {
  ά: "α", έ: "ε", ή: "η", ί: "ι", ό: "ο", ύ: "υ", ώ: "ω", ΐ: "ϊι", ΰ: "ϋυ", ϊ: "ι", ϋ: "υ",
};

/** A pattern's source with each accented Greek vowel outside a character class made `[άα]`. */
export function greekCapsSource(written: string): string {
  // (A letter past ASCII may stand in the source as its escape: the command line's bundle writes
  // "\u03ad" for "έ" (scripts/bundle.mjs). It is the letter again here, which it means anyway: no
  // such character has a meaning of its own in a pattern.)
  const source = written.replace(/\\u([0-9a-fA-F]{4})/gu, (escape: string, hex: string, at: number) =>
    parseInt(hex, 16) >= 0x80 && !escapedAt(written, at) ? String.fromCharCode(parseInt(hex, 16)) : escape);
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      out += c;
      continue;
    }
    if (c === "[") inClass = true;
    const bare = BARE[c];
    out += bare === undefined ? c : `[${c}${bare}]`;
  }
  return out;
}

/** Whether the character at `at` is escaped by a backslash before it (an odd run of them). */
function escapedAt(source: string, at: number): boolean {
  let n = 0;
  while (at - n - 1 >= 0 && source[at - n - 1] === "\\") n++;
  return n % 2 === 1;
}

/** The same pattern, reading Greek words in capitals as well. */
export function greekCaps(re: RegExp): RegExp {
  const source = greekCapsSource(re.source);
  return source === re.source ? re : new RegExp(source, re.flags);
}
