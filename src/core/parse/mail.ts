// The body of a Usenet post or an e-mail: kept as written, quoted replies included, but without the
// signature and without header blocks copied into it (forwarded or quoted headers).
import { KNOWN_HEADERS } from "./headers.js";
import { isBrowserCopy, isNewsletterFooter } from "./newsletter.js";
import type { Line } from "./lines.js";
import type { Paragraph } from "./story.js";

/** How far from the end a signature may start. */
const SIGNATURE_WINDOW = 40;
const RULE_WINDOW = 15;
const TEAR_WINDOW = 8;
/** A QWK or FidoNet tear line: the reader program and its version, or the BBS's origin line. */
const TEAR_LINE = /^(?:(?:---|___)\s+\S.{0,60}\bv?\d+\.\d+\w*\s*$|\s\*\s+Origin:\s)/;

/** A rule of ten or more dashes, dots or equals signs, or of dashes, equals signs or underscores in
 *  runs of five or more with spaces between them ("------------     ------------"), or of two signs
 *  in turn. (Not shorter runs, "--------------- --- ---", a table's, nor stars, "***** *****", a
 *  digest's separator.) */
function isLongRule(text: string): boolean {
  return /^\s*([-=_.*~#+])\1{9,}\s*$/.test(text) || /^\s*([-=_])\1{4,}(?:\s+\1{5,})+\s*$/.test(text) || ALTERNATING_RULE.test(text);
}
// ... or of two such signs in turn, ten pairs or more: "~^~^~^~^…", "=-=-=-=-…", "-*-*-*-*…".
const ALTERNATING_RULE = /^\s*([-=_.*~#+^])(?!\1)([-=_.*~#+^])(?:\1\2){9,}\1?\s*$/;

/** A sign-off after a dash or two: "-Jane Roe.", "-- John". */
const DASH_SIGNOFF = /^\s*-{1,2}\s?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}\.?\s*$/u;
/** The fewest words of prose under a rule that make it text the poster signed, not a signature. */
const SIGNED_TEXT_WORDS = 25;

/**
 * Whether the lines under a rule are text the poster signed after: prose (25 words or more, a
 * sentence ended) closed by a dash and their name, as a quoted document under its citation's rule
 * is ("------" / "... the corpses were sent to …" / "-Jane Roe."). A signature holds no such prose.
 */
function isSignedText(lines: Line[]): boolean {
  const texts = lines.map((l) => l.text).filter((t) => t.trim() !== "");
  if (texts.length < 2 || !DASH_SIGNOFF.test(texts[texts.length - 1]!)) return false;
  const prose = texts.slice(0, -1).join(" ");
  return /[.!?]["”’)]?\s*$/u.test(prose) && prose.split(/\s+/).length >= SIGNED_TEXT_WORDS;
}

/** The "-- " delimiter, or failing that a rule of dashes, dots or equals signs, or an offline reader's tear line, near the end. */
export function stripSignature(lines: Line[]): Line[] {
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - SIGNATURE_WINDOW; i--) {
    if (/^-- ?$/.test(lines[i]!.text)) return lines.slice(0, i);
  }
  // Without the delimiter, signatures are often fenced by a rule: "------", "......", "======".
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.text.trim() === "") end--;
  for (let i = Math.max(0, end - RULE_WINDOW); i < end; i++) {
    if (isLongRule(lines[i]!.text) && i > 0 && !isSignedText(lines.slice(i + 1, end))) return lines.slice(0, i);
  }
  // An offline reader's tear line ("--- Blue Wave/QWK v2.10", " * Origin: ..."), and the tagline
  // over it ("... Badgers? We don't need no steenking Badgers!").
  for (let i = Math.max(1, end - TEAR_WINDOW); i < end; i++) {
    if (!TEAR_LINE.test(lines[i]!.text)) continue;
    let cut = i;
    while (cut > 0 && (lines[cut - 1]!.text.trim() === "" || /^\.\.\.\s?\S/.test(lines[cut - 1]!.text))) cut--;
    return lines.slice(0, cut);
  }
  return lines;
}

const HEADER_LINE = /^(?:>\s*)*([A-Za-z][A-Za-z0-9-]{0,40}):\s/;

function isKnownHeader(text: string): boolean {
  const m = HEADER_LINE.exec(text);
  return m !== null && KNOWN_HEADERS.has(m[1]!.toLowerCase());
}

/** Drops runs of two or more header lines (">From: ...", ">Subject: ...") inside the body. */
export function dropQuotedHeaders(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && isKnownHeader(lines[j]!.text)) j++;
    if (j - i >= 2) {
      i = j;
      continue;
    }
    out.push(lines[i]!);
    i++;
  }
  return out;
}

/**
 * Whether a line is the poster signing with a name of theirs alone: the first name, another of
 * their names, or the whole name, after a dash or two and before a full stop ("keith", "-- Dave",
 * "jon.", "-Norman", "-jim halat"), as posters sign.
 */
function signsWithName(line: string, author: string | null): boolean {
  if (!author || line.length > 40) return false;
  // (Names as some posters give them: "dean.kaflowitz".)
  const names = author.toLowerCase().split(/[\s._]+/).filter((w) => /^\p{L}[\p{L}'’-]{2,}$/u.test(w));
  const signed = line.trim().toLowerCase().replace(/^[-–—~\s]+/u, "").replace(/[.!,\s]+$/u, "");
  if (names.length === 0) return false;
  if (names.includes(signed) || signed === names.join(" ")) return true;
  // A short form of their names, a word or two: "Greg" for Gregory Hall, "Andy Byler" for D. Andrew
  // Byler, "Jim" for James Hogan (each word one of the names, sharing its first three letters with
  // one, or a common English short form of one).
  const words = signed.split(" ");
  if (words.length > 2 || !words.every((w) => /^\p{L}{2,}$/u.test(w) && !CLOSINGS.has(w))) return false;
  const left = [...names];
  for (const w of words) {
    const at = left.findIndex((n) => n === w || (w.length >= 3 && n.slice(0, 3) === w.slice(0, 3)) || SHORT_FORMS.get(w)?.includes(n));
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

/** Words that close a post and are no name, whatever letters they share with the poster's. */
const CLOSINGS = new Set(["cheers", "thanks", "thank", "thanx", "thx", "regards", "best", "bye", "love", "peace", "later", "ciao", "greetings", "sincerely", "yours", "enjoy", "good", "hope", "all", "see"]);

/** Common English short forms of given names whose first three letters differ from the name's. */
const SHORT_FORMS = new Map<string, string[]>(
  Object.entries({
    jim: ["james"], jimmy: ["james"], mike: ["michael"], mick: ["michael"], bob: ["robert"], bobby: ["robert"],
    bill: ["william"], billy: ["william"], dick: ["richard"], rick: ["richard", "frederick", "eric"],
    chuck: ["charles"], ed: ["edward", "edwin", "edmund"], ted: ["edward", "theodore"], ned: ["edward"],
    al: ["alan", "allan", "allen", "albert", "alfred", "alexander"], tony: ["anthony", "antonio"],
    jack: ["john"], hank: ["henry"], harry: ["henry", "harold"], peggy: ["margaret"], maggie: ["margaret"],
    liz: ["elizabeth"], beth: ["elizabeth"], betty: ["elizabeth"], sandy: ["alexander", "sandra"],
    sasha: ["alexander", "alexandra"], kate: ["katherine", "catherine", "kathleen"], kathy: ["katherine", "kathleen"],
    cathy: ["catherine"], jenny: ["jennifer"], nancy: ["ann", "anne"], polly: ["mary"], molly: ["mary"],
    sue: ["susan", "suzanne"], terry: ["terence", "theresa"], larry: ["lawrence", "laurence"],
    jerry: ["gerald", "jeremy", "jerome"], gerry: ["gerald", "gerard"], geoff: ["geoffrey"], jeff: ["jeffrey", "geoffrey"],
    chris: ["christopher", "christian", "christine"], kit: ["christopher"], dave: ["david"], steve: ["stephen", "steven"],
    joe: ["joseph"], pete: ["peter"], tom: ["thomas"], tim: ["timothy"], ron: ["ronald"], don: ["donald"],
  }),
);

/** Whether a line is the poster's name in another order: "Juhana Kouhia" for Kouhia Juhana. */
function namesInAnyOrder(line: string, name: string | null): boolean {
  if (!name) return false;
  const sorted = (s: string) => s.trim().toLowerCase().split(/\s+/).sort().join(" ");
  return line.length <= 40 && sorted(line) === sorted(name);
}

/**
 * Whether a line is some of the poster's names (two or more) with a column of address beside them,
 * as a signature block sets them out: "Forrest Whitcher      fw@world.example" for Forrest D Whitcher
 * (the address, or a gap of three spaces or more, marks the column).
 */
function namesBesideAddress(line: string, name: string): boolean {
  const column = /^(\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){1,3})(?:\s{3,}\S|\s+<?[\w.+-]+@[\w-]+\.)/u.exec(line);
  if (!column) return false;
  const names = name.split(/[\s.]+/);
  return column[1]!.split(" ").every((w) => names.includes(w.replace(/\.$/, "")));
}

const LONE_ADDRESS = /^(?:(?:e-?mail|address|internet|reply(?:-| )to)\s*:?\s*)?\S+@[\w-]+(?:\.[\w-]+)+[">)]?$/i;

/** A rule too short for stripSignature to take alone ("-----"): it may still fence a signed block. */
const SHORT_RULE = /^\s*([-=_*~#+])\1{2,}\s*$/;

/**
 * A post's signature without its "-- " delimiter: near the end, a short block that opens with the
 * poster's own name from the From header ("Jane Roe" / "Computer Services Dept" / "Hamilton") or
 * signs with one of their names alone ("jane."), or a last block that is only an e-mail address. It
 * goes, with whatever follows it.
 */
export function withoutSignedName(paragraphs: Paragraph[], author: string | null): Paragraph[] {
  const name = author && /^\p{L}[\p{L}'’.-]+(?: \p{L}[\p{L}'’.-]*)+$/u.test(author) ? author.toLowerCase() : null;
  let cut = paragraphs.length;
  let signOff = -1;
  for (let i = paragraphs.length - 1; i >= 1 && i >= paragraphs.length - 3; i--) {
    const lines = paragraphs[i]!.text.split("\n");
    // A name or address asked for ("please contact:") is the post's content.
    if (lines.length > 6 || lines.some((l) => l.length > 80) || /:\s*$/.test(paragraphs[i - 1]!.text)) continue;
    // (Signed after a dash or two: "-Ming T. Lin", or under a short rule: "-----" / "Jane Roe | …".)
    const opening = lines.length > 1 && SHORT_RULE.test(lines[0]!) ? lines[1]! : lines[0]!;
    const first = opening.trim().toLowerCase().replace(/^[-–—~]+\s*/u, "");
    const signed = name !== null && ((first.startsWith(name) && !/^[\p{L}'’.-]/u.test(first.slice(name.length))) || namesInAnyOrder(first, name) || namesBesideAddress(first, name));
    // (Labelled or quoted too: 'Address "jroe@example.edu"', "E-mail: <jroe@example.edu>".)
    const address = i === cut - 1 && lines.length <= 2 && LONE_ADDRESS.test(lines[lines.length - 1]!.trim());
    if (signed || address) cut = i;
    else if (lines.length <= 3 && signsWithName(lines[0]!, author)) {
      // A post-script or a sentence after a name signed alone is the post's: only the name goes.
      if (paragraphs.slice(i + 1, cut).some((p) => isAfterthought(p.text))) signOff = i;
      else cut = i;
    }
  }
  return paragraphs.slice(0, cut).filter((_, i) => i !== signOff);
}

const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** The e-mail address a From header gives, in small letters: "jroe@example.org (Jane Roe)" -> "jroe@example.org". */
export function addressOf(from: string): string | null {
  return ADDRESS.exec(from)?.[0]!.toLowerCase() ?? null;
}

// What a signature's address line may hold beside the address: a name of a few capitalised words,
// brackets and rules ("Tobin (tobin@example.edu)", "-= Jane Roe =- jroe@example.org"), and the
// network's label ("Jane Roe      internet: jroe@example.edu"), not a sentence ("email me at
// jroe@example.org if you are interested").
const SIGNATURE_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
const NETWORK_LABEL = "(?:[Ii]nternet|INTERNET|[Ee]-?[Mm]ail|E-?MAIL|[Bb]itnet|BITNET|[Uu]ucp|UUCP|[Aa]rpa|ARPA)";
const BESIDE_ADDRESS = new RegExp(`^(?:${SIGNATURE_NAME}(?: ${NETWORK_LABEL})?|${NETWORK_LABEL})?$`, "u");
// A name of its own over the address line: "Tom", "Jane Roe" (not a closing, "Thanks,").
const NAME_OVER_ADDRESS = /^[-–—~\s]*(\p{Lu}[\p{L}'’.-]*)(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

// A line that leads to an address as the post's content: "Please contact:", "… send your offer to",
// "E-mail only at this time".
const ASKS_FOR_ADDRESS = /:$|\b(?:to|at)$|\b(?:e-?mail|mail|contact|write|reply|send|call)\b[^.!?]*$/i;

/** Whether a line gives an address (the poster's own, when given) with a name at most beside it. */
function givesAddress(line: string, own: string | null): boolean {
  if (line.length > 80) return false;
  const lower = line.toLowerCase();
  const address = own ?? ADDRESS.exec(lower)?.[0];
  const at = address ? lower.indexOf(address) : -1;
  if (!address || at < 0 || /[\w.+-]/.test(lower.charAt(at - 1)) || /[\w-]/.test(lower.charAt(at + address.length))) return false;
  const beside = `${line.slice(0, at)} ${line.slice(at + address.length)}`.replace(/[()<>[\]{}"'*=_~|:-]+/g, " ").replace(/\s+/g, " ").trim();
  return BESIDE_ADDRESS.test(beside);
}

/**
 * A signature that gives the poster's own address (the From header's) on a line of its own, with a
 * name at most beside it, in one of a post's last three paragraphs: from that line on the post is
 * signature, and a name alone on the line over it goes too ("Tom" / "tom@example.org"); a closing
 * over them stays ("Thanks,").
 */
export function withoutAddressSignature(paragraphs: Paragraph[], address: string | null): Paragraph[] {
  if (!address) return paragraphs;
  for (let i = paragraphs.length - 1; i >= 1 && i >= paragraphs.length - 3; i--) {
    const lines = paragraphs[i]!.text.split("\n");
    if (lines.length > 4) continue;
    let at = lines.findIndex((l) => givesAddress(l.trim(), address));
    if (at < 0) continue;
    // (Those who sign with the poster, each with an address, go too.)
    while (at > 0 && givesAddress(lines[at - 1]!.trim(), null)) at--;
    const name = at > 0 ? NAME_OVER_ADDRESS.exec(lines[at - 1]!.trim()) : null;
    if (name && !CLOSINGS.has(name[1]!.toLowerCase())) at--;
    // (An address asked for, "please send your offer to" / "jroe@…", is the post's content.)
    const before = at > 0 ? lines[at - 1]! : paragraphs[i - 1]!.text.split("\n").pop()!;
    if (ASKS_FOR_ADDRESS.test(before.trim())) return paragraphs;
    const kept = lines.slice(0, at).join("\n");
    return [...paragraphs.slice(0, i), ...(kept ? [{ n: paragraphs[i]!.n, text: kept }] : [])];
  }
  return paragraphs;
}

// A series post's pointer to its next part, closing it: "NEXT: FAQ #4/9 - Compost and mulch".
const NEXT_PART = /^(?:next|coming next|next part)\s*:\s*\S.{0,120}$/i;

/** A post without its closing pointer to the next part of its series (a line of its own). */
export function withoutNextPart(paragraphs: Paragraph[]): Paragraph[] {
  const last = paragraphs[paragraphs.length - 1];
  return paragraphs.length > 1 && last && !last.text.includes("\n") && NEXT_PART.test(last.text.trim()) ? paragraphs.slice(0, -1) : paragraphs;
}

/** A post-script, or a sentence of six words or more: what a poster adds under their name. */
function isAfterthought(text: string): boolean {
  return /^(?:P\.?\s?S\.?|\()/iu.test(text) || (text.split(/\s+/).length >= 6 && /\p{Ll}{2}/u.test(text) && /[.!?)]["')]*$/u.test(text));
}

/**
 * A newsletter's text without what its sender sets around every issue: the pointer to a copy in the
 * browser over it and, in its second half, the footer from the line that says why the reader gets
 * it or how to leave the list, to the end.
 */
export function withoutNewsletterFrame(paragraphs: Paragraph[]): Paragraph[] {
  let from = 0;
  while (from < paragraphs.length - 1 && isBrowserCopy(paragraphs[from]!.text)) from++;
  let to = paragraphs.length;
  for (let i = Math.max(from + 1, Math.ceil(paragraphs.length / 2)); i < paragraphs.length; i++) {
    if (isNewsletterFooter(paragraphs[i]!.text)) {
      to = i;
      break;
    }
  }
  return from === 0 && to === paragraphs.length ? paragraphs : paragraphs.slice(from, to);
}

/** A signed message's armour over its text: "-----BEGIN PGP SIGNED MESSAGE-----" and the "Hash:"
 *  line under it. (The signature block under the text goes with the signature.) */
export function withoutPgpArmour(lines: Line[]): Line[] {
  const at = lines.findIndex((l) => l.text.trim() === "-----BEGIN PGP SIGNED MESSAGE-----");
  if (at < 0) return lines;
  let to = at + 1;
  while (to < lines.length && /^Hash:\s*\S+$/u.test(lines[to]!.text.trim())) to++;
  return [...lines.slice(0, at), ...lines.slice(to)];
}
