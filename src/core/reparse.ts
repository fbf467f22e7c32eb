// Re-extraction: runs the current parser over the stored originals, so an archive built today
// improves when the parser does. Ids, hashes and paths stay; fields, body and index are updated.
import type { Archive } from "./archive/archive.js";
import { FaultError } from "./errors.js";
import { compress, decompress } from "./archive/compression.js";
import { filterSql, pageSql, whereClause } from "./filters.js";
import { detectLanguage } from "./language/detect.js";
import { parseArticle, type ParseOptions } from "./parse/article.js";
import type { Filters, ParsedArticle } from "./types.js";

export const REPARSED_FIELDS = ["title", "date", "place", "section", "author", "source", "summary", "tags", "body"] as const;
export type ReparsedField = (typeof REPARSED_FIELDS)[number];

export interface ReparseChange {
  id: number;
  title: string;
  fields: Partial<Record<ReparsedField, { from: unknown; to: unknown }>>;
}

export interface ReparseReport {
  articles: number;
  changed: number;
  unchanged: number;
  /** How many articles changed in each field. */
  fields: Record<ReparsedField, number>;
  changes: ReparseChange[];
}

interface StoredRow {
  id: number;
  title: string;
  date: string | null;
  place: string | null;
  section: string | null;
  author: string | null;
  source: string | null;
  summary: string | null;
  tags: string;
  body: string;
  original: Buffer;
  given: string | null;
  provenance: string | null;
}

const CHUNK = 500;

function givenOf(row: StoredRow): ParseOptions {
  try {
    return row.given ? (JSON.parse(row.given) as ParseOptions) : {};
  } catch {
    return {};
  }
}

function diff(row: StoredRow, parsed: ParsedArticle): ReparseChange["fields"] {
  const before: Record<ReparsedField, unknown> = { ...row, tags: row.tags };
  const after: Record<ReparsedField, unknown> = { ...parsed, tags: JSON.stringify(parsed.tags) };
  const changed: ReparseChange["fields"] = {};
  for (const f of REPARSED_FIELDS) {
    if (before[f] !== after[f]) {
      changed[f] = f === "tags" ? { from: JSON.parse(row.tags), to: parsed.tags } : { from: before[f], to: after[f] };
    }
  }
  return changed;
}

export function reparse(
  archive: Archive,
  filters: Filters = {},
  options: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {},
): ReparseReport {
  const f = filterSql(filters);
  const page = pageSql(filters, undefined);
  const ids = archive.db
    .prepare(`SELECT a.id FROM articles a ${whereClause(f.where)} ORDER BY a.id ${page.sql}`)
    .pluck()
    .all(...f.params, ...page.params) as number[];
  const read = archive.db.prepare(
    `SELECT id, title, date, place, section, author, source, summary, tags, body, original, given, provenance
     FROM articles WHERE id >= ? AND id <= ? ORDER BY id`,
  );
  // A dry run only reads; a real one takes the write lock for each chunk.
  const inTransaction = (fn: () => void) => (options.dryRun ? archive.db.transaction(fn)() : archive.write(fn));
  const report: ReparseReport = {
    articles: 0,
    changed: 0,
    unchanged: 0,
    fields: Object.fromEntries(REPARSED_FIELDS.map((k) => [k, 0])) as Record<ReparsedField, number>,
    changes: [],
  };
  const wanted = new Set(ids);
  let committed = 0;
  try {
    reparseChunks();
  } catch (err) {
    // A full disk or a lock held too long: the chunks written so far stay, the rest as they were.
    if (err instanceof FaultError) {
      const n = (k: number) => k.toLocaleString("en-US");
      throw err.during({ done: `${n(committed)} of ${n(ids.length)} articles were reparsed, the others are as they were`, again: "run the same command again to reparse them" });
    }
    throw err;
  }
  // Stories are recomputed from the bodies as they now are, for the whole archive (a story
  // reaches beyond any filter), in one transaction so that readers never see them half done.
  if (!options.dryRun) {
    try {
      archive.write(() => archive.stories.rebuild());
    } catch (err) {
      // Every chunk is written; only the stories, rebuilt in one transaction, are as they were.
      if (err instanceof FaultError) {
        const n = (k: number) => k.toLocaleString("en-US");
        throw err.during({
          done: `${n(committed)} of ${n(ids.length)} articles were reparsed (${n(report.changed)} changed), but the stories were left as they were`,
          again: "run the same command again to recompute them",
        });
      }
      throw err;
    }
  }
  return report;

  function reparseChunks(): void {
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      // Each chunk is read and written inside one transaction, so a concurrent writer cannot slip in between.
      inTransaction(() => {
        const rows = read.all(chunk[0], chunk[chunk.length - 1]) as StoredRow[];
        for (const row of rows) {
          if (!wanted.has(row.id)) continue;
          report.articles++;
          const text = decompress(row.original, row.body);
          const parsed = parseArticle(text, givenOf(row));
          const fields = diff(row, parsed);
          const names = Object.keys(fields) as ReparsedField[];
          if (names.length === 0) {
            report.unchanged++;
            // Same fields, perhaps found by a renamed rule or on another line: keep --explain true.
            if (!options.dryRun && JSON.stringify(parsed.provenance) !== row.provenance) archive.setProvenance(row.id, parsed.provenance);
            continue;
          }
          report.changed++;
          for (const n of names) report.fields[n]++;
          report.changes.push({ id: row.id, title: parsed.title, fields });
          // The original is compressed against the body, so a new body needs it compressed again.
          if (!options.dryRun) archive.reextract(row.id, parsed, fields.body ? compress(text, parsed.body) : row.original, detectLanguage(parsed.title, parsed.body));
        }
      });
      committed = Math.min(ids.length, i + CHUNK);
      options.onProgress?.(committed, ids.length);
    }
  }
}
