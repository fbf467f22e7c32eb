// Records -> archive: JSON or NDJSON written by `news export`, trafilatura or news-please. The fields
// a record gives are kept as given; what it lacks is extracted from its text as ingest would. Each
// record gets one outcome, a bad one (not JSON, no text) is reported with its line and the rest goes
// on; articles are written in transactions of many, as ingest writes them.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { Archive } from "./archive/archive.js";
import { compress } from "./archive/compression.js";
import { readErrorReason } from "./analyse.js";
import { normalise, sha256 } from "./decode.js";
import { FaultError } from "./errors.js";
import { recordsDone } from "./fs-errors.js";
import { emptyReport } from "./ingest.js";
import { detectLanguage } from "./language/detect.js";
import { parseArticle, type ParseOptions } from "./parse/article.js";
import { parseDate } from "./parse/dates.js";
import { countWords } from "./parse/lines.js";
import type { FileReport, FileStatus, IngestReport, ParsedArticle } from "./types.js";

/** Who wrote a record, judged by its fields. */
export type RecordKind = "news" | "trafilatura" | "news-please";

/** One record's outcome: ingest's file report plus where the record was in its input. */
export interface RecordReport extends FileReport {
  /** The 1-based line of an NDJSON record; null for a record inside a JSON document. */
  line: number | null;
  /** The 1-based position of the record in its input. */
  record: number;
}

export interface ImportOptions extends ParseOptions {
  /** Records per write transaction. */
  batchSize?: number;
  /** Each record's outcome, in input order, once it is written. */
  onRecord?: (r: RecordReport) => void | Promise<void>;
  /** Keep every outcome in the returned report (default true). */
  keepFiles?: boolean;
}

export interface ImportReport extends Omit<IngestReport, "files"> {
  files: RecordReport[];
}

/** The metadata fields an article has, as a record may give them. */
const FIELDS = ["title", "date", "place", "section", "author", "source", "summary"] as const;
type Field = (typeof FIELDS)[number];

type Given = Partial<Record<Field, string>> & { tags?: string[]; url?: string; language?: string };

export type Converted =
  | { ok: true; kind: RecordKind; text: string; given: Given; hash: string | null; words: number | null; exact: boolean }
  | { ok: false; status: "skipped" | "failed"; reason: string };

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** A list given as an array or as one string separated by `;` or `,` (trafilatura joins with `;`). */
function list(v: unknown): string[] | undefined {
  const items = Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? v.split(/[;,]/) : [];
  const out = [...new Set(items.map((s) => s.trim()).filter(Boolean))];
  return out.length ? out : undefined;
}

/** `2017-02-06`, `2017-02-06T10:00:00Z`, `2017-02-06 10:00:00` (news-please) or any date the parser reads. */
function day(v: unknown): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (iso) {
    const d = `${iso[1]}-${iso[2]}-${iso[3]}`;
    if (new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d) return d;
  }
  return parseDate(s) ?? undefined;
}

function hasLetters(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function compact(g: Given): Given {
  for (const k of Object.keys(g) as Array<keyof Given>) if (g[k] === undefined) delete g[k];
  return g;
}

/** Reads one parsed JSON value as a record of one of the known shapes. */
export function convert(value: unknown): Converted {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, status: "failed", reason: "not a JSON object" };
  }
  const r = value as Record<string, unknown>;
  const noText = (field: string): Converted => ({ ok: false, status: "skipped", reason: `no text (an empty "${field}" field)` });
  if (typeof r.body === "string") {
    // Our own export: every field is kept exactly, so a round trip gives the same article.
    if (!hasLetters(r.body)) return noText("body");
    const given: Given = {};
    for (const f of FIELDS) if (typeof r[f] === "string") given[f] = r[f] as string;
    if (Array.isArray(r.tags)) given.tags = r.tags.filter((t): t is string => typeof t === "string");
    const hash = typeof r.hash === "string" && /^[0-9a-f]{64}$/.test(r.hash) ? r.hash : null;
    const words = Number.isSafeInteger(r.words) && (r.words as number) >= 0 ? (r.words as number) : null;
    return { ok: true, kind: "news", text: r.body, given, hash, words, exact: true };
  }
  if (typeof r.maintext === "string" || "date_publish" in r || "source_domain" in r) {
    // news-please
    const text = typeof r.maintext === "string" ? r.maintext : "";
    if (!hasLetters(text)) return noText("maintext");
    const authors = list(r.authors);
    const given = compact({
      title: str(r.title),
      date: day(r.date_publish) ?? day(r.date_modify),
      author: authors?.join(", "),
      source: str(r.source_domain),
      summary: str(r.description),
      url: str(r.url),
      language: str(r.language),
    });
    return { ok: true, kind: "news-please", text, given, hash: null, words: null, exact: false };
  }
  if (typeof r.text === "string" || typeof r.raw_text === "string") {
    // trafilatura (its JSON output: `text`, and `raw_text` when asked for)
    const text = typeof r.text === "string" && hasLetters(r.text) ? r.text : typeof r.raw_text === "string" ? r.raw_text : "";
    if (!hasLetters(text)) return noText("text");
    const categories = list(r.categories);
    const given = compact({
      title: str(r.title),
      date: day(r.date),
      author: list(r.author)?.join(", "),
      source: str(r.sitename) ?? str(r.hostname),
      section: categories?.join(", "),
      summary: str(r.excerpt) ?? str(r.description),
      tags: list(r.tags),
      url: str(r.url) ?? str(r.source),
      language: str(r.language),
    });
    return { ok: true, kind: "trafilatura", text, given, hash: null, words: null, exact: false };
  }
  return { ok: false, status: "skipped", reason: 'no text: expected "body" (news export), "text" (trafilatura) or "maintext" (news-please)' };
}

/** A YAML scalar the front matter reader takes back as it was (one line, double-quoted). */
function yaml(v: string): string {
  return `"${v.replace(/\s*\n\s*/g, " ").replace(/"/g, '\\"')}"`;
}

/**
 * The text an imported article is stored as (its "original", for `show --original` and `reparse`):
 * the fields the record gave as front matter, then its text. Parsing it gives those fields back.
 */
export function originalOf(text: string, given: Given): string {
  const lines: string[] = [];
  for (const f of FIELDS) if (given[f]) lines.push(`${f}: ${yaml(given[f]!)}`);
  if (given.tags?.length) lines.push(`tags: [${given.tags.map((t) => yaml(t.replace(/,/g, " "))).join(", ")}]`);
  if (given.url) lines.push(`url: ${yaml(given.url)}`);
  if (given.language) lines.push(`language: ${yaml(given.language)}`);
  const body = normalise(text);
  return lines.length ? `---\n${lines.join("\n")}\n---\n\n${body}` : body;
}

export interface ImportArticle {
  hash: string;
  /** ISO 639-1 code: as the record gives it, else detected as ingest detects it. */
  language: string | null;
  /** The normalised text stored as the original. */
  original: string;
  parsed: ParsedArticle;
}

/** A record's article: parsed from its text, with every field the record gives kept as given. */
export function articleOf(c: Extract<Converted, { ok: true }>, options: ParseOptions = {}): ImportArticle {
  const original = originalOf(c.text, c.given);
  const parsed = parseArticle(original, options);
  // --source and --section given to the command win, as they do for ingest.
  const cli = (f: Field) => (f === "source" || f === "section") && !!options[f];
  for (const f of FIELDS) {
    const v = c.given[f];
    if (cli(f)) continue;
    if (v !== undefined) {
      parsed[f] = v;
      parsed.provenance[f] = { line: null, rule: `imported (${c.kind})` };
    } else if (c.exact && f !== "title") {
      // Our own records say what they lack too: a null stays null.
      parsed[f] = null;
      delete parsed.provenance[f];
    }
  }
  if (c.exact) {
    // Our own records: the body exactly as exported.
    parsed.tags = [...new Set([...(c.given.tags ?? []), ...(options.tags ?? [])])];
    parsed.body = c.text;
    parsed.words = c.words ?? countWords(c.text);
  } else if (c.given.tags) {
    parsed.tags = [...new Set([...c.given.tags, ...parsed.tags])];
  }
  // The hash is the article's identity: kept from our own export, else that of the record's text,
  // so the same text ingested from a file and imported from a record is one article.
  const language = c.given.language && /^[a-z]{2}$/i.test(c.given.language) ? c.given.language.toLowerCase() : detectLanguage(parsed.title, parsed.body);
  return { hash: c.hash ?? sha256(normalise(c.text)), language, original, parsed };
}

/** A record as read from its input: the parsed value or why it could not be parsed. */
interface RawRecord {
  line: number | null;
  record: number;
  value?: unknown;
  error?: string;
}

function jsonError(err: unknown): string {
  return `not JSON (${(err instanceof Error ? err.message : String(err)).replace(/\s+/g, " ").slice(0, 120)})`;
}

/**
 * The records of one input. NDJSON is read a line at a time (memory stays flat); a JSON document
 * (an array of records, our `{"schemaVersion", "articles": [...]}`, or one object over several
 * lines) is read whole. A document that does not parse is read as NDJSON, so each bad line is
 * reported on its own.
 */
export async function* readRecords(input: Readable): AsyncGenerator<RawRecord> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let record = 0;
  let doc: string[] | null = null;
  for await (const raw of lines) {
    n++;
    if (doc) {
      doc.push(raw);
      continue;
    }
    const line = n === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (!line.trim()) continue;
    if (record === 0 && !/^\s*\{.*\}\s*$/.test(line)) {
      // Not one object on one line: a JSON document (from here to the end).
      doc = [...Array<string>(n - 1).fill(""), line];
      continue;
    }
    record++;
    try {
      yield { line: n, record, value: JSON.parse(line) as unknown };
    } catch (err) {
      yield { line: n, record, error: jsonError(err) };
    }
  }
  if (!doc) return;
  let value: unknown;
  try {
    value = JSON.parse(doc.join("\n"));
  } catch {
    const first = doc.findIndex((l) => l.trim());
    if (!/^\s*[[{]/.test(doc[first]!)) {
      // Not JSON at all (plain text, most likely): one outcome for the input, not one per line.
      const start = doc[first]!.trim().slice(0, 40);
      yield { line: first + 1, record: 1, error: `not JSON or NDJSON (it starts with '${start}'); add plain-text articles with news ingest` };
      return;
    }
    // Not a document: NDJSON with a bad first line, say. Each line is judged on its own.
    for (let i = 0; i < doc.length; i++) {
      const line = doc[i]!;
      if (!line.trim()) continue;
      record++;
      try {
        yield { line: i + 1, record, value: JSON.parse(line) as unknown };
      } catch (e) {
        yield { line: i + 1, record, error: jsonError(e) };
      }
    }
    return;
  }
  const items =
    Array.isArray(value) ? value
    : typeof value === "object" && value !== null && Array.isArray((value as { articles?: unknown }).articles) ? (value as { articles: unknown[] }).articles
    : [value];
  for (const item of items) yield { line: null, record: ++record, value: item };
}

/** Opens a file, or standard input for `-`. */
export function openInput(path: string, stdin: Readable = process.stdin): Readable {
  return path === "-" ? stdin : createReadStream(path);
}

/** Imports the records of every input into the archive. */
export async function importRecords(
  archive: Archive,
  inputs: Array<{ path: string | null; stream: Readable }>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const report: ImportReport = { ...emptyReport(), files: [] };
  const batchSize = options.batchSize ?? 1000;
  const keep = options.keepFiles ?? true;
  const given: ParseOptions = { source: options.source ?? null, section: options.section ?? null, tags: options.tags ?? [] };
  type Item = { at: { path: string | null; line: number | null; record: number } } & ({ article: ImportArticle } | { status: FileStatus; reason: string });
  let batch: Item[] = [];

  const record = async (r: RecordReport) => {
    report[r.status]++;
    if (keep) report.files.push(r);
    await options.onRecord?.(r);
  };

  const store = (item: Extract<Item, { article: ImportArticle }>, ingestedAt: string): RecordReport => {
    const { hash, language, original, parsed } = item.article;
    const existing = archive.idByHash(hash);
    if (existing !== undefined) return { ...item.at, status: "unchanged", id: existing, reason: null };
    const id = archive.insert({ parsed, hash, original: compress(original, parsed.body), path: null, ingestedAt, given, language });
    // Filed under its story in the same transaction, as ingest files a new article.
    archive.stories.add(id, parsed.body, original);
    return { ...item.at, status: "added", id, reason: null };
  };

  const flush = async () => {
    const items = batch;
    batch = [];
    if (items.length === 0) return;
    const outcome = (item: Item, ingestedAt: string): RecordReport =>
      "article" in item ? store(item, ingestedAt) : { ...item.at, status: item.status, id: null, reason: item.reason };
    const ingestedAt = new Date().toISOString();
    let results: RecordReport[];
    if (!items.some((i) => "article" in i)) results = items.map((i) => outcome(i, ingestedAt));
    else {
      try {
        results = archive.write(() => items.map((i) => outcome(i, ingestedAt)));
      } catch (err) {
        // A full or read-only disk, a lock held too long, an archive gone: every record after would
        // fail the same way, so the import stops here (the batch rolled back as a whole).
        if (err instanceof FaultError) throw err;
        // The batch rolled back as a whole: one by one, so only a record that cannot be written fails.
        results = items.map((i) => {
          try {
            return archive.write(() => outcome(i, ingestedAt));
          } catch (err) {
            if (err instanceof FaultError) throw err;
            return { ...i.at, status: "failed" as const, id: null, reason: `cannot write to the archive: ${readErrorReason(err)}` };
          }
        });
      }
    }
    for (const r of results) await record(r);
  };

  try {
    for (const input of inputs) await importInput(input);
  } catch (err) {
    // Stopped by a fault of the machine: say how far it got, of how many records.
    if (err instanceof FaultError) {
      const done = report.added + report.updated + report.unchanged + report.duplicate + report.skipped + report.failed;
      const again = done === 0 ? "run the same command again" : "run the same command again to add the rest";
      throw err.during({ done: recordsDone(counts(report), await countRecords(inputs)), again });
    }
    throw err;
  } finally {
    // Inputs not read to their end (the fault stopped the import) are closed, not left open.
    for (const input of inputs) if (input.path !== null) input.stream.destroy();
  }
  return report;

  async function importInput(input: { path: string | null; stream: Readable }): Promise<void> {
    try {
      for await (const raw of readRecords(input.stream)) {
        const at = { path: input.path, line: raw.line, record: raw.record };
        if (raw.error !== undefined) batch.push({ at, status: "failed", reason: raw.error });
        else {
          const c = convert(raw.value);
          if (!c.ok) batch.push({ at, status: c.status, reason: c.reason });
          else {
            try {
              batch.push({ at, article: articleOf(c, given) });
            } catch (err) {
              batch.push({ at, status: "failed", reason: `cannot parse: ${err instanceof Error ? err.message : String(err)}` });
            }
          }
        }
        if (batch.length >= batchSize) await flush();
      }
    } catch (err) {
      if (err instanceof FaultError) throw err;
      await flush();
      await record({ path: input.path, line: null, record: 0, status: "failed", id: null, reason: `cannot read: ${readErrorReason(err)}` });
      return;
    }
    await flush();
  }
}

function counts(r: ImportReport): Record<FileStatus, number> {
  return { added: r.added, updated: r.updated, unchanged: r.unchanged, duplicate: r.duplicate, skipped: r.skipped, failed: r.failed };
}

/** How many records the inputs hold (read again, cheap beside importing them); null when one is standard input or cannot be read. */
async function countRecords(inputs: Array<{ path: string | null }>): Promise<number | null> {
  if (inputs.some((i) => i.path === null)) return null;
  let n = 0;
  try {
    for (const input of inputs) {
      const stream = createReadStream(input.path!);
      try {
        for await (const _ of readRecords(stream)) n++;
      } finally {
        stream.destroy();
      }
    }
  } catch {
    return null;
  }
  return n;
}
