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
export function greekCapsSource(source: string): string {
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

/** The same pattern, reading Greek words in capitals as well. */
export function greekCaps(re: RegExp): RegExp {
  const source = greekCapsSource(re.source);
  return source === re.source ? re : new RegExp(source, re.flags);
}
