// The shapes that cross module boundaries. JSON field names come from here and only here:
// never rename a field, only add (CONTRACT.md).

/** Where a field's value came from: the 1-based line in the original text and the rule that matched. */
export interface FieldSource {
  line: number | null;
  rule: string;
}

export type Provenance = Partial<Record<"title" | "date" | "place" | "section" | "author" | "source" | "summary" | "body", FieldSource>>;

/** What the parser extracts from one text. */
export interface ParsedArticle {
  title: string;
  date: string | null;
  place: string | null;
  section: string | null;
  author: string | null;
  source: string | null;
  summary: string | null;
  tags: string[];
  body: string;
  words: number;
  provenance: Provenance;
}

/** An article as users and scripts see it (list, search, show, export). */
export interface Article {
  id: number;
  hash: string;
  title: string;
  date: string | null;
  place: string | null;
  section: string | null;
  author: string | null;
  source: string | null;
  tags: string[];
  words: number;
  path: string | null;
  ingestedAt: string;
  summary: string | null;
  /** The story it belongs to: the id of the story's first article (its own id when alone).
   *  Always set on articles read from an archive; optional so that other code may build one. */
  story?: number;
  /** How many articles the story has (list rows and search hits). */
  storySize?: number;
  /** ISO 639-1 code of the article's language, detected at ingest; null when unsure. */
  language: string | null;
  body?: string;
  provenance?: Provenance;
}

export interface SearchHit extends Article {
  score: number;
  /** The best passage; matches are wrapped in HIGHLIGHT_START / HIGHLIGHT_END. */
  snippet: string;
}

/** Private-use characters that mark matches inside snippets until a renderer decides how to show them. */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

export interface Filters {
  since?: string;
  until?: string;
  section?: string;
  source?: string;
  place?: string;
  tag?: string;
  /** ISO 639-1 code (`--language ru`). */
  language?: string;
  limit?: number;
  offset?: number;
  /** Every article, instead of one row per story (list, search). */
  articles?: boolean;
}

export type FileStatus = "added" | "updated" | "unchanged" | "duplicate" | "skipped" | "failed";

export interface FileReport {
  path: string | null;
  status: FileStatus;
  id: number | null;
  reason: string | null;
}

export interface IngestReport {
  added: number;
  updated: number;
  unchanged: number;
  duplicate: number;
  skipped: number;
  failed: number;
  files: FileReport[];
}

export interface Stats {
  articles: number;
  words: number;
  dated: number;
  undated: number;
  firstDate: string | null;
  lastDate: string | null;
  bySection: Array<{ name: string | null; count: number }>;
  bySource: Array<{ name: string | null; count: number }>;
  byYear: Array<{ year: string | null; count: number }>;
  /** Articles by language (ISO 639-1; null: not detected). */
  byLanguage: Array<{ name: string | null; count: number }>;
  tags: Array<{ name: string; count: number }>;
  archive: { path: string; bytes: number; schemaVersion: number };
}
