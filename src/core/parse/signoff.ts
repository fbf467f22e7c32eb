// A sign-off closing a story or its text part: the writer's name or initials, or an agency, with
// the date, in brackets after the last sentence, as Austrian and German papers print it: "… zu
// orientieren. (Jane Roe, 19.1.2016)", "(APA/dpa, 23.8.2015)", "(red, 21.6.2015)". It dates the
// article, names its writer when the credit is a person's name, and is page, not story.
import { BOOK_FACT, WRITER_LABEL, isPersonName, isRole, joinNames, splitNames } from "./byline.js";
import { findDate } from "./dates.js";
import { RANK_META, RANK_PUBLISHED, type Offer } from "./fields.js";
import type { Paragraph } from "./story.js";
import type { Line } from "./lines.js";

// After a sentence's end: "(", a credit without digits or brackets, a comma, then what must be a
// whole date in figures, ")". (In words, "(Example News, Jan. 12, 2018)", it is a citation inside
// the story as often as a sign-off.)
const SIGN_OFF = /(?<=[.!?…»"”'’)])\s*\(([^()\d]{2,40}),\s*(\d{1,4}[./-]\d{1,2}[./-]\d{2,4})\)/gu;

/**
 * Cuts the sign-off out of the paragraphs (a text the page runs on after it, such as a results
 * table, becomes a paragraph of its own) and offers its date, and its credit as the author when
 * that is a person's name.
 */
export function takeSignOff(paragraphs: Paragraph[], offer: Offer): Paragraph[] {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (!p.text.includes(")")) continue;
    for (const m of p.text.matchAll(SIGN_OFF)) {
      const when = m[2]!.trim();
      const found = findDate(when);
      if (!found || found.index !== 0 || found.length !== when.length) continue;
      // It closes the story: the last paragraph's end, or the end of the story's text with a part
      // of the page run on after it. (Between two paragraphs of story it is a citation: "… on
      // DACA. (Example News, Jan. 18, 2018)".)
      const after = p.text.slice(m.index! + m[0].length).trim();
      if (after === "" && i < paragraphs.length - 1) continue;
      offer("date", found.date, RANK_PUBLISHED, p.n, "sign-off");
      const credit = m[1]!.trim();
      if (isPersonName(credit)) offer("author", credit, RANK_META + 3, p.n, "sign-off");
      const before = p.text.slice(0, m.index).trimEnd();
      const parts = [before, after].filter((t) => t !== "").map((text) => ({ n: p.n, text }));
      return [...paragraphs.slice(0, i), ...parts, ...paragraphs.slice(i + 1)];
    }
  }
  return paragraphs;
}

// A contributor's credit closing a reposted story: "Contributed by Jane Roe of Example.com.",
// "Contributed by Jane Roe at The Example Herald".
const CONTRIBUTED = /^contributed by (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})((?: (?:of|at|for|from) \S.{0,80}|,.{0,80})?)\.?$/u;

/**
 * Offers as the author the person a contributor's credit near the story's end names (the credit
 * itself goes with the page after the story). Only a person: "Contributed by Example News" and
 * "Contributed by Example Hedge of www.examplehedge.com" name none.
 */
export function offerContributor(paragraphs: Paragraph[], offer: Offer): void {
  for (const p of paragraphs.slice(-6)) {
    const m = CONTRIBUTED.exec(p.text.replace(/^Contributed/u, "contributed"));
    if (!m || !isPersonName(m[1]!)) continue;
    // (A site's name that its address spells is no person: "Zero Hedge of www.zerohedge.com".)
    const letters = (t: string) => t.toLowerCase().replace(/[^\p{L}]/gu, "");
    if (letters(m[2]!).includes(letters(m[1]!))) continue;
    offer("author", m[1]!, RANK_META + 3, p.n, "contributor's credit");
  }
}

// A Chinese page's credit line under the story, its parts set apart by a space: "本文来源：江城晚报　作者：
// 王磊", "作者：王磊", "撰文：王磊" (not a photographer's "记者 王磊 摄").
const HAN_WRITER_CREDIT = /(?:^|[\s　])(?:作者|撰文|文字)\s?[:：]\s?([\p{Script=Han}·]{2,4})(?=[\s　|｜]|$)/u;

/** Offers the writer such a credit names, on a line among the story's paragraphs or the twenty lines
 *  under them (the page may have set it aside as furniture), below a byline. */
export function offerHanWriterCredit(paragraphs: Paragraph[], lines: readonly Line[], offer: Offer): void {
  const from = paragraphs[0]?.n;
  if (from === undefined) return;
  const to = paragraphs[paragraphs.length - 1]!.n + 20;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.n > to) return;
    if (l.n < from || l.text.length > 80 || (!l.text.includes("：") && !l.text.includes(":"))) continue;
    const m = HAN_WRITER_CREDIT.exec(l.text);
    // (Not in a book's facts: "书名：活着" / "作者：余华" / "出版社：作家出版社".)
    if (m && [lines[i - 1], lines[i + 1]].some((x) => x !== undefined && BOOK_FACT.test(x.text.trim()))) continue;
    if (m) return offer("author", m[1]!, RANK_META + 3, l.n, "writer's credit under the story");
  }
}

/** A Japanese paper's reporters named in brackets under the story: "（田中良太、佐藤美咲）". (Not an
 *  agency's mark, "（共同）", "（時事）"; nor a Chinese page's, which has no kana.) The body drops it
 *  with the closing credits. */
export function offerJapaneseSignOff(paragraphs: Paragraph[], offer: Offer): void {
  if (!paragraphs.some((p) => KANA.test(p.text))) return;
  // (Anywhere past the lead, the page's boxes under the story not yet dropped: the shape is the story's own.)
  for (const p of paragraphs.slice(1)) {
    const m = p.text.length <= 40 ? JAPANESE_SIGN_OFF.exec(p.text.trim()) : null;
    if (m && !NOT_JAPANESE_NAMES.test(m[1]!)) return offer("author", m[1]!, RANK_META + 3, p.n, "reporters' names under the story");
  }
}
const KANA = /[\p{Script=Hiragana}]/u;
const JAPANESE_SIGN_OFF = /^[（(]([\p{Script=Han}]{2,5}(?:、[\p{Script=Han}]{2,5}){0,3})[）)]$/u;
// (Nor a note in brackets: "（敬称略）", honorifics left out; "（写真提供）", "（一部抜粋）".)
const NOT_JAPANESE_NAMES = /^(?:共同|時事|共同通信|時事通信|新華社|聯合|連合|産経|朝日|毎日|読売|日経)$|敬称|略|写真|撮影|提供|資料|抜粋|要約|続|完|終|注|図|表|参照|以下|予定|発表/u;

// A wire story's credit line after it: "Reporting by Jane Roe and John Doe in Nairobi; Editing by
// Mary Major" (the line must open with it: "Additional reporting by …" after it is read below).
// (Or a club's or a society's report: "Report by Jane Roe, Media Officer", "Match report by Jane Roe";
// not "Story by", a film's credit as often.)
const REPORTING_CREDIT = /^\(?(?:reporting|(?:match )?report|words) by ([^;()]{4,120}?)(?:;|\)|$)/iu;
const WRITING_CREDIT = /;\s*writing by ([^;()]{4,120}?)(?:;|\)|$)/iu;
// ... and those who added to it: "Reporting by Jane Roe; Additional reporting by John Doe in Kericho".
const ADDITIONAL_CREDIT = /;\s*additional reporting by ([^;()]{4,120}?)(?:;|\)|$)/iu;
// Where a reporter filed from, after each name: "John Doe in Kericho and Ann Poe in Eldoret".
const FILED_FROM = /\s+(?:in|from)\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*(?=\s*(?:,|\band\b|$))/gu;

const POSTED_BY_AT = /^[Pp]osted by (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) (?:at|on) \d/u;

// ... or the writer's label and name on a line under the story, as agencies sign: "Pewarta: Jane
// Roe" / "Editor: John Doe".
// (Or "Written by Jane Roe", as a newsroom's release signs its writer under the text.)
const WRITER_LABELLED = new RegExp(`^(?:(?:${WRITER_LABEL})\\s?:|(?:written|story|words|text) by:?)\\s*(\\p{Lu}[^:;()]{3,80})$`, "iu");

// A film's or a show's credits, whose writer is the screenplay's: "Directed by …" / "Written by …".
const SCREEN_CREDIT = /^(?:directed|starring|produced|screenplay|cinematography|music|edited) by\b|^(?:starring|cast|director|runtime|rated)\s*:/iu;

/** Whether a line is a film's or a show's credit ("Directed by Jane Roe", "Runtime: 104 minutes"). */
export function isScreenCredit(line: string): boolean {
  return SCREEN_CREDIT.test(line.trim());
}

/** How many paragraphs from the end a closing credit is looked for in. */
const CREDIT_REACH = 10;

/**
 * Offers as the author the reporters a wire story's credit line near its end names, or the writer
 * its label names there (the line goes with the page after the story), below any byline's writer:
 * a byline naming only the agency, "By Reuters", names none.
 */
export function offerReportingCredit(paragraphs: Paragraph[], offer: Offer, lines: Line[] = [], byline: { value: string | null; rank: number | null } = { value: null, rank: null }): void {
  // (A credit in brackets is page furniture to the story's reader, and left out of its paragraphs:
  // it is looked for on the few lines under the last of them too.)
  const last = paragraphs[paragraphs.length - 1]?.n ?? Infinity;
  const after = lines.filter((l) => l.n > last && l.text.trim() !== "").slice(0, 4);
  // (Or a blog's post footer: "Posted by Jane Roe at 8:42 PM", Blogger's.)
  const footer = [...paragraphs.slice(-10), ...after].find((l) => POSTED_BY_AT.test(l.text.trim()));
  const poster = footer ? POSTED_BY_AT.exec(footer.text.trim())![1]! : null;
  if (footer && poster && isPersonName(poster)) offer("author", poster, RANK_META + 3, footer.n, "post's footer");
  // (Or among them, set aside already while the page's bottom is not yet: the credit over the tags,
  // the newsletter box and their rules.)
  // (The page's foot may stand under it yet, a few lines of links a paragraph each: ten are read.)
  const from = paragraphs[Math.max(0, paragraphs.length - CREDIT_REACH)]?.n ?? Infinity;
  const credits = [...lines.filter((l) => l.n > from && l.n <= last && REPORTING_CREDIT.test(l.text.trim())), ...after.filter((l) => REPORTING_CREDIT.test(l.text.trim()))];
  for (const p of [...paragraphs.slice(-CREDIT_REACH), ...credits]) {
    const credit = REPORTING_CREDIT.exec(p.text.trim());
    const m = credit ?? WRITER_LABELLED.exec(p.text.trim());
    if (!m) continue;
    // (A review's "Written by" among the film's credits names the screenplay's writer.)
    if (!credit && [...paragraphs, ...lines].some((l) => Math.abs(l.n - p.n) <= 2 && l.n !== p.n && isScreenCredit(l.text))) continue;
    // (And the writer after the reporters: "Reporting by Jane Roe; Writing by John Doe; Editing by …".)
    // (And those of additional reporting, who are credited as reporters too.)
    const writing = credit ? WRITING_CREDIT.exec(p.text.trim())?.[1] : undefined;
    const additional = credit ? ADDITIONAL_CREDIT.exec(p.text.trim())?.[1] : undefined;
    // (Where a place of several words defeats the per-name cut, "Jane Roe in Nairobi and Mombasa", only
    // the place closing the part goes.)
    const namesOf = (part: string) => {
      // (A job after the name goes: "Jane Roe, Media Officer".)
      const each = splitNames(part.replace(FILED_FROM, "")).filter((n, i) => i === 0 || !isRole(n));
      return each.every(isPersonName) ? each : splitNames(part.replace(/\s+(?:in|from)\s+\p{Lu}[^,]*$/u, ""));
    };
    const names = [...new Set([m[1]!, ...(additional ? [additional] : []), ...(writing ? [writing] : [])].flatMap(namesOf))];
    // (The credit outranks a byline that names fewer of them: "By Jane Roe" over "(Reporting by Jane Roe;
    // Writing by John Doe; …)".)
    // (Not for additional reporting alone: "By Jane Roe" over "(Reporting by Jane Roe; Additional
    // reporting by John Doe in Kericho; …)" names the story's writer, the others helped.)
    const credited = additional ? [...new Set([m[1]!, ...(writing ? [writing] : [])].flatMap(namesOf))] : names;
    const fuller = credit && byline.value !== null && byline.rank !== null && credited.length > splitNames(byline.value).length && splitNames(byline.value).every((b) => credited.some((n) => n.toLowerCase() === b.toLowerCase()));
    // (Under a byline, those of additional reporting are no writers of it.)
    const named = byline.value !== null ? credited : names;
    if (named.length > 0 && named.every(isPersonName)) offer("author", joinNames(named), fuller ? byline.rank! - 0.01 : RANK_META + 3, p.n, credit ? "reporting credit" : "writer's label under the story");
    return;
  }
}
