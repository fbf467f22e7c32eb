// Snowball stemmers by language. @orama/stemmers carries generated ports of the Snowball algorithms
// (Russian agrees with Snowball 3.1 on all 20,666 words of the Russian corpus, French 99.9%,
// Spanish 99.99%, German 97.3%, the rest being Snowball 3.0's new German rules) and runs 4-6 times
// faster than snowball-stemmers; its English, though, is a hand-written Porter with bugs
// ("connections" -> "connec"), so English comes from snowball-stemmers (99.86% agreement).
import { stemmer as dutch } from "@orama/stemmers/dutch";
import { stemmer as french } from "@orama/stemmers/french";
import { stemmer as german } from "@orama/stemmers/german";
import { stemmer as italian } from "@orama/stemmers/italian";
import { stemmer as portuguese } from "@orama/stemmers/portuguese";
import { stemmer as russian } from "@orama/stemmers/russian";
import { stemmer as spanish } from "@orama/stemmers/spanish";
import { createRequire } from "node:module";
import type { Stemmer } from "snowball-stemmers";

// snowball-stemmers is one 850 KB CommonJS file. Imported from ESM, Node first scans all of it for
// its export names (cjs-module-lexer): 300-550 ms before any command that stems could start, more
// than the rest of `news search` at 100,000 articles. require() skips that scan (45 ms), and it is
// loaded only when a first English word is stemmed, so commands that stem nothing never load it.
let english: Stemmer | undefined;
const englishStem = (w: string): string => {
  english ??= (createRequire(import.meta.url)("snowball-stemmers") as typeof import("snowball-stemmers")).newStemmer("english");
  return english.stem(w);
};

/** The languages words are stemmed in (ISO 639-1), and the script their words are written in. */
export const STEMMED: ReadonlyMap<string, { stem: (word: string) => string; script: "latin" | "cyrillic" }> = new Map([
  ["en", { stem: englishStem, script: "latin" as const }],
  ["de", { stem: german, script: "latin" as const }],
  ["fr", { stem: french, script: "latin" as const }],
  ["es", { stem: spanish, script: "latin" as const }],
  ["it", { stem: italian, script: "latin" as const }],
  ["pt", { stem: portuguese, script: "latin" as const }],
  ["nl", { stem: dutch, script: "latin" as const }],
  ["ru", { stem: russian, script: "cyrillic" as const }],
]);

export function isStemmed(language: string | null | undefined): language is string {
  return language != null && STEMMED.has(language);
}
