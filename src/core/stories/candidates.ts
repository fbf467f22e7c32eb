// LSH candidates: the articles that share at least one band key with a signature. Keys live in
// story_bands (key, id), a table ordered by key, so one statement probes all of an article's keys.
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
const ADD = `INSERT OR IGNORE INTO story_bands (key, id) VALUES ${marks(BANDS, "(?, ?)")}`;
const FORGET = `DELETE FROM story_bands WHERE id = ? AND key IN (${marks(BANDS, "?")})`;

export function findCandidates(index: StoryIndex, keys: Int32Array, self: number): Candidate[] {
  const out: Candidate[] = [];
  for (const id of index.stmt(PROBE).pluck().all(...keys, self) as number[]) {
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
}

export function forgetBands(index: StoryIndex, keys: Int32Array, id: number): void {
  index.stmt(FORGET).run(id, ...keys);
}
