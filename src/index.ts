// The public library API: everything the CLI does, without the CLI.
export { Archive } from "./core/archive/archive.js";
export { defaultArchivePath } from "./core/archive/store.js";
export { SCHEMA_VERSION } from "./core/archive/schema.js";
export { decode, normalise, prepare, sha256 } from "./core/decode.js";
export { NewsError, NotFoundError, UsageError } from "./core/errors.js";
export { ingest, type IngestOptions } from "./core/ingest.js";
export { importRecords, type ImportOptions, type ImportReport, type RecordReport } from "./core/import.js";
export { watchIngest, type WatchOptions } from "./core/watch.js";
export { analyse } from "./core/analyse.js";
export { parseArticle, type ParseOptions } from "./core/parse/article.js";
export { translateQuery } from "./core/query.js";
export { list, iterateArticles, stats, remove } from "./core/read.js";
export { search, iterateMatches, countMatches, type SearchOptions, type SearchResult } from "./core/search.js";
export type * from "./core/types.js";

import { Archive } from "./core/archive/archive.js";
import { defaultArchivePath } from "./core/archive/store.js";
// An archive on a PostgreSQL server opens too (the command line loads this only when asked).
import "./core/archive/postgres/open.js";

/** Opens an archive (by default the user's) for reading, or for writing with `{ write: true }`. */
export function openArchive(path: string = defaultArchivePath(), options: { write?: boolean } = {}): Archive {
  return Archive.open(path, { write: options.write ?? false });
}
