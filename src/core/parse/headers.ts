// RFC 822 / RFC 1036 header blocks: Usenet posts and saved email.
import type { Line } from "./lines.js";

export interface HeaderBlock {
  /** Lowercased name -> unfolded value and the line it started on (first occurrence wins). */
  headers: Map<string, { value: string; line: number }>;
  /** Lines after the blank line that ends the headers. */
  rest: Line[];
}

// A field name is any printable ASCII but the colon (RFC 822): "Article-I.D.", even
// "Nntp-Posting-Host-[nntpd-8755]" occur in real posts.
const HEADER = /^([A-Za-z\u00c0-\u024f][\x21-\x39\x3b-\x7e\u00c0-\u024f]{0,60}):[ \t]*(.*)$/u;
// A mail program's headers in the reader's language: "Betreff:", "Von:", "Datum:"; "Objet :", "De :";
// "Asunto:", "Fecha:"; "Oggetto:", "Da:"; "Assunto:"; "Onderwerp:", "Van:"; "Ämne:", "Från:".
const HEADER_ALIASES: Record<string, string> = {
  betreff: "subject", von: "from", datum: "date", an: "to", objet: "subject", "de": "from", asunto: "subject", fecha: "date", para: "to",
  oggetto: "subject", da: "from", data: "date", assunto: "subject", onderwerp: "subject", van: "from", aan: "to", ämne: "subject", från: "from", till: "to",
  temat: "subject", od: "from", do: "to",
  // (Indonesian, Danish and Norwegian, Finnish, Czech, Turkish; and Outlook's "Sent:", its date.)
  dari: "from", kepada: "to", tanggal: "date", subjek: "subject", perihal: "subject",
  fra: "from", til: "to", emne: "subject", dato: "date", lähettäjä: "from", vastaanottaja: "to", aihe: "subject", päivämäärä: "date",
  komu: "to", předmět: "subject", kimden: "from", kime: "to", konu: "subject", tarih: "date", sent: "date",
};
export const KNOWN_HEADERS = new Set([
  "from", "subject", "date", "newsgroups", "path", "message-id", "organization", "lines", "references",
  "sender", "xref", "to", "cc", "reply-to", "keywords", "summary", "distribution", "nntp-posting-host",
  "x-newsreader", "x-mailer", "mime-version", "content-type", "content-transfer-encoding", "in-reply-to",
  "followup-to", "approved", "expires", "article-i.d.", "originator", "return-path", "received", "delivered-to",
]);

/**
 * Reads a header block at the start of the text. It counts as one only when it has a From or
 * Newsgroups header and a Subject or Date, so that a story opening with "Note: ..." is not taken
 * for headers.
 */
export function readHeaders(lines: Line[]): HeaderBlock | null {
  const first = lines[0];
  if (!first || !HEADER.test(first.text)) return null;
  const headers = new Map<string, { value: string; line: number }>();
  // The header a folded (indented) line continues; null when that header was a repeat we dropped.
  let folding: { value: string; line: number } | null = null;
  let i = 0;
  for (; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.trim() === "") break;
    if (/^[ \t]/.test(text)) {
      if (i === 0) return null;
      if (folding) folding.value = `${folding.value} ${text.trim()}`.trim();
      continue;
    }
    const m = HEADER.exec(text);
    if (!m) return null;
    const lower = m[1]!.toLowerCase();
    const name = Object.hasOwn(HEADER_ALIASES, lower) ? HEADER_ALIASES[lower]! : lower;
    folding = null;
    if (!headers.has(name)) {
      folding = { value: m[2]!.trim(), line: lines[i]!.n };
      headers.set(name, folding);
    }
  }
  const known = [...headers.keys()].filter((k) => KNOWN_HEADERS.has(k)).length;
  const hasSender = headers.has("from") || headers.has("newsgroups");
  const hasTopic = headers.has("subject") || headers.has("date");
  if (!hasSender || !hasTopic || known < 2) return null;
  return { headers, rest: lines.slice(i + 1) };
}

/** The person in a From header: "jane@x.org (Jane Doe)", "Jane Doe <jane@x.org>", or the bare address. */
export function personFromAddress(from: string): string | null {
  const value = from.trim();
  // (A nickname or motto may sit in brackets of its own inside: "(Jane Roe (Stardog Champion))".)
  const paren = /\(((?:[^()]|\([^()]*\))*)\)\s*$/.exec(value);
  const inParens = paren ? paren[1]!.replace(/\s*\([^()]*\)/g, " ").trim() : "";
  if (inParens) return cleanName(inParens);
  // "Name <address>": the name is what comes before the last <…>. Found from the bracket rather than
  // with /^(.*?)\s*<…/, which backtracks over every space of a long run (quadratic).
  const angle = /<[^<>]*>\s*$/.exec(value);
  const name = angle ? value.slice(0, angle.index) : "";
  if (name.trim()) return cleanName(name);
  const address = value.replace(/(?<!\s)\s*\(\s*\)\s*$/, "").replace(/^<|>$/g, "").trim();
  return address || null;
}

// A telephone number after the name, as some posters sign their From line: "Jane Roe 602/621-9615",
// "Jane Roe (+44) 20 7946 0958", "Jane Roe x4321".
const PHONE_AFTER = /\s+(?:(?:tel|ph|phone)\.?:?\s*)?(?:\+?\(?\d[\d ()./-]{5,}\d|x\d{3,5})$/iu;

function cleanName(name: string): string | null {
  let n = name.trim().replace(/^"(.*)"$/, "$1").replace(/\s+/g, " ").trim();
  const phone = PHONE_AFTER.exec(n);
  if (phone && phone.index > 0 && (phone[0].match(/\d/g)?.length ?? 0) >= 4) n = n.slice(0, phone.index);
  return n ? withoutAffiliation(n) : null;
}

/**
 * A full name followed by where the poster works or sits: "Jane Roe, Example University",
 * "Jane Roe,S202,,". Kept whole: "Roe, Jane" (surname first) and "Jane Roe, Jr.".
 */
function withoutAffiliation(name: string): string {
  const comma = name.indexOf(",");
  if (comma < 0) return name;
  const person = name.slice(0, comma).trim();
  const rest = name.slice(comma + 1).trim();
  if (!/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(person)) return name;
  if (/^(?:jr|sr|ii|iii|iv|phd|ph\.d|md|esq)\b/iu.test(rest)) return name;
  return person;
}
