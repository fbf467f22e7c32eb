// A note on the story's writer under it, told by the byline's own name rather than by any
// language's words: a paragraph that opens with a name of the byline ("Claire Bovet est journaliste
// …", "Lukas Meier ist Redaktor …", "Мария Лебедева — корреспондент …", "Kelvin Ng joined The
// Standard in 2019 …"), or a line of the page that gives the name alone after the story, over the
// writer's description ("Juana Pérez Ribas" / "Redactora en la delegación de Valencia."). The story
// ends before it: what follows is the page's (comments, newsletters, other headlines).
import type { Line } from "./lines.js";
import type { Paragraph } from "./story.js";
import { HONORIFIC, splitNames } from "./byline.js";
import { countWords } from "./lines.js";

/** The least share of the story's words that must stand before such a note, and the least words. */
const TAIL_SHARE = 0.6;
const LEAST_WORDS = 80;

/** The byline's names (already cleaned of "By" and jobs) of two words or more, capitalised or in a script without capitals ("सीमा वर्मा"). */
function namesOf(author: string): string[] {
  return splitNames(author)
    .map((name) => name.replace(/\s+/g, " ").trim())
    .filter((name) => /^[\p{Lu}\p{Lo}]\S+(?:\s\S+)+$/u.test(name) && name.length >= 5);
}

/** Whether a paragraph opens with the name, as a note on the writer does: not a speaker's label ("Jane Roe: …"). */
function opensWith(text: string, name: string): boolean {
  // (Past a title the byline went without: "Dr. Jane Roe is the science director of …".)
  // (However the byline cased it: "By JANE ROE" over "Jane Roe covers …".)
  const starts = (t: string) => t.slice(0, name.length).toLowerCase() === name.toLowerCase();
  if (!starts(text)) text = text.replace(HONORIFIC, "");
  if (!starts(text)) return false;
  const next = text.slice(name.length, name.length + 2);
  return next === "" || /^(?:\s(?!\s*:)|,\s|\s?[—–-])/u.test(next) || next === "\n";
}

export function cutAtWriterNote(paragraphs: Paragraph[], lines: readonly Line[], author: string | null): Paragraph[] {
  if (!author || paragraphs.length < 3) return paragraphs;
  const names = namesOf(author);
  if (names.length === 0) return paragraphs;
  const words = paragraphs.map((p) => countWords(p.text));
  const total = words.reduce((a, b) => a + b, 0);
  const named = lines.filter((l) => l.n > paragraphs[0]!.n && names.includes(l.text.trim().replace(/\s+/g, " ")));
  // (A name that signs line after line is a live blog's: each entry closes with its writer's name, and
  // the story goes on past each; a note on the writer stands once.)
  const once = (name: string) => named.filter((l) => l.text.trim().replace(/\s+/g, " ") === name).length === 1;
  const nameLines = named.filter((l) => once(l.text.trim().replace(/\s+/g, " "))).map((l) => l.n);
  let before = words[0]!;
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (before >= LEAST_WORDS && before >= total * TAIL_SHARE) {
      const atNameLine = nameLines.some((n) => n > paragraphs[i - 1]!.n && n <= p.n);
      // (A paragraph of the name alone is such a line: not where the name signs entry after entry.)
      if (atNameLine || names.some((name) => opensWith(p.text, name) && (p.text.trim() !== name || once(name)))) return paragraphs.slice(0, i);
    }
    before += words[i]!;
  }
  return paragraphs;
}
