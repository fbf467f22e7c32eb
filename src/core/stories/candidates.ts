// LSH candidates: the articles that share at least one band key with a signature. Keys live in
// story_bands (key, id), a table ordered by key, so one statement probes all of an article's keys.
import { isPostgres } from "../archive/sql.js";
import { BANDS } from "./signature.js";
import type { StoryIndex } from "./stories.js";

export interface Candidate {
  id: number;
  story: number;
  shingles: number;
  signature: Buffer | null;
}

const marks = (n: number, each: string) => Array.from({ length: n }, () => each).join(", ");

// The ids first (an index-only lookup), then each one's row (see StoryIndex.candidate). Only the
// first article of each story (id = story) is ever compared (see StoryIndex.add).
const PROBE = `SELECT DISTINCT id FROM story_bands WHERE key IN (${marks(BANDS, "?")}) AND id <> ? ORDER BY id`;
// SQLite: one lookup of the primary key per band key, and the few ids found are made distinct and
// ordered here. A third cheaper than PROBE, which builds a table for its IN list and another for
// DISTINCT and ORDER BY each time (0.07 against 0.11 ms a probe in a 10k archive).
const LOOKUP = Array.from({ length: BANDS }, () => "SELECT id FROM story_bands WHERE key = ?").join(" UNION ALL ");
const ADD = `INSERT OR IGNORE INTO story_bands (key, id) VALUES ${marks(BANDS, "(?, ?)")}`;
const FORGET = `DELETE FROM story_bands WHERE id = ? AND key IN (${marks(BANDS, "?")})`;

/**
 * The band keys of a batch of articles and the ids that have them, read in one statement before the
 * batch is written, and kept up to date as it is (PostgreSQL: see Archive.prefetch). Null: probe
 * the table for each article.
 */
export type BandMap = Map<number, Set<number>>;

export function readBands(index: StoryIndex, keys: number[]): BandMap {
  const map: BandMap = new Map();
  for (const k of keys) map.set(k, new Set());
  const rows = index.stmt("SELECT key, id FROM story_bands WHERE key = ANY(?::bigint[])").all([...map.keys()]) as Array<{ key: number; id: number }>;
  for (const r of rows) map.get(r.key)!.add(r.id);
  index.readAhead([...new Set(rows.map((r) => r.id))]);
  return map;
}

function probe(index: StoryIndex, keys: Int32Array, self: number): number[] {
  const map = index.bands;
  if (!map || !keys.every((k) => map.has(k))) {
    if (isPostgres(index.db)) return index.stmt(PROBE).pluck().all(...keys, self) as number[];
    const found = index.stmt(LOOKUP).pluck().all(...keys) as number[];
    if (found.length === 0) return found;
    return distinctIds(found, self);
  }
  const ids: number[] = [];
  for (const k of keys) for (const id of map.get(k)!) ids.push(id);
  return distinctIds(ids, self);
}

/** The ids but `self`, each once, in increasing order. */
function distinctIds(ids: number[], self: number): number[] {
  const out = [...new Set(ids)].filter((id) => id !== self);
  return out.length > 1 ? out.sort((a, b) => a - b) : out;
}

export function findCandidates(index: StoryIndex, keys: Int32Array, self: number): Candidate[] {
  const out: Candidate[] = [];
  for (const id of probe(index, keys, self)) {
    const c = index.candidate(id);
    if (c && c.story === c.id) out.push(c);
  }
  return out;
}

export function rememberBands(index: StoryIndex, keys: Int32Array, id: number): void {
  const params: number[] = new Array(BANDS * 2);
  for (let b = 0; b < BANDS; b++) {
    params[2 * b] = keys[b]!;
    params[2 * b + 1] = id;
  }
  index.stmt(ADD).run(...params);
  if (index.bands) for (const k of keys) index.bands.get(k)?.add(id);
}

export function forgetBands(index: StoryIndex, keys: Int32Array, id: number): void {
  index.stmt(FORGET).run(id, ...keys);
  if (index.bands) for (const k of keys) index.bands.get(k)?.delete(id);
}
