// LSH candidates: the articles that share at least one band key with a signature. Keys live in
// story_bands (key, id), a table ordered by key, so one statement probes all of an article's keys.
//
// SQLite: new keys go to story_bands_recent, a small table of the same shape, and are moved into
// story_bands in one ordered pass once it holds MERGE_ROWS of them (mergeRecentBands). Keys are
// hashes, so a batch's keys written straight into story_bands changed a leaf almost everywhere in
// it: the whole table (19 MB at 100k scale-corpus articles, ten times that at a million) went
// through the write-ahead log and back into the file for every thousand articles (a 100k ingest
// writes 30% fewer bytes this way; as fast where the page cache absorbs them). Lookups read both.
import { isPostgres } from "../archive/sql.js";
import { BANDS } from "./signature.js";
import type { StoryIndex } from "./stories.js";

const marks = (n: number, each: string) => Array.from({ length: n }, () => each).join(", ");

// The ids first (an index-only lookup), then each one's row (see StoryIndex.candidate). Only the
// first article of each story (id = story) is ever compared (see StoryIndex.add).
const PROBE = `SELECT DISTINCT id FROM story_bands WHERE key IN (${marks(BANDS, "?")}) AND id <> ? ORDER BY id`;
// SQLite: one lookup of the primary key per band key, and the few ids found are made distinct and
// ordered here. A third cheaper than PROBE, which builds a table for its IN list and another for
// DISTINCT and ORDER BY each time (0.07 against 0.11 ms a probe in a 10k archive).
// (better-sqlite3 binds no numbered parameters: each key is given twice.)
const LOOKUP = Array.from({ length: BANDS }, () => "SELECT id FROM story_bands WHERE key = ? UNION ALL SELECT id FROM story_bands_recent WHERE key = ?").join(" UNION ALL ");
/** The table new keys are written to (see the top of this file). */
const newBands = (index: StoryIndex) => (isPostgres(index.db) ? "story_bands" : "story_bands_recent");
const add = (table: string) => `INSERT OR IGNORE INTO ${table} (key, id) VALUES ${marks(BANDS, "(?, ?)")}`;
const forget = (table: string) => `DELETE FROM ${table} WHERE id = ? AND key IN (${marks(BANDS, "?")})`;

/**
 * The band keys of a batch of articles and the ids that have them, read in one statement before the
 * batch is written, and kept up to date as it is (PostgreSQL: see Archive.prefetch). Held in typed
 * arrays, the ids of each key together: a Set per key was 24,000 Sets a batch at 100k scale-corpus
 * articles, garbage for the writer's collector, and reading the rows into them took 3.4 s of the
 * writer's CPU over a 100k scale-corpus ingest, 2.7 s this way (scripts/story-cost.mjs --profile).
 */
export class BandMap {
  /** The batch's keys, each once, in increasing order. */
  private readonly keys: Int32Array;
  /** The ids that had keys[p] when the batch was read: ids[from[p]] up to ids[from[p + 1]]. */
  private readonly from: Int32Array;
  private readonly ids: Float64Array;
  /** Ids given keys of the batch since it was read, by key. */
  private readonly added = new Map<number, number[]>();
  /** Keys taken from ids since the batch was read (an article removed, or changed), as place * PACK + id. */
  private readonly removed = new Set<number>();

  /** `keys`: distinct, increasing; `found`: place * PACK + id for each id having keys[place], in increasing order. */
  constructor(keys: Int32Array, found: Float64Array) {
    this.keys = keys;
    this.from = new Int32Array(keys.length + 1);
    this.ids = new Float64Array(found.length);
    let at = 0;
    for (let p = 0; p < keys.length; p++) {
      this.from[p] = at;
      const end = (p + 1) * PACK;
      while (at < found.length && found[at]! < end) {
        this.ids[at] = found[at]! - p * PACK;
        at++;
      }
    }
    this.from[keys.length] = at;
  }

  /** The place of `key` in keys, or -1. */
  private place(key: number): number {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid]!;
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  has(key: number): boolean {
    return this.place(key) >= 0;
  }

  /** Adds the ids having `key` to `into` (some more than once); false when `key` is not the batch's. */
  idsOf(key: number, into: number[]): boolean {
    const p = this.place(key);
    if (p < 0) return false;
    const removed = this.removed.size > 0 ? this.removed : null;
    for (let i = this.from[p]!; i < this.from[p + 1]!; i++) {
      const id = this.ids[i]!;
      if (removed === null || !removed.has(p * PACK + id)) into.push(id);
    }
    const added = this.added.get(key);
    if (added) for (const id of added) into.push(id);
    return true;
  }

  /** Article `id` now has these keys (those that are the batch's matter). */
  remember(keys: Int32Array, id: number): void {
    for (const k of keys) {
      if (this.place(k) < 0) continue;
      const list = this.added.get(k);
      if (list) list.push(id);
      else this.added.set(k, [id]);
    }
  }

  /** Article `id` no longer has these keys. */
  forget(keys: Int32Array, id: number): void {
    for (const k of keys) {
      const p = this.place(k);
      if (p >= 0) this.removed.add(p * PACK + id);
      const list = this.added.get(k);
      if (list) this.added.set(k, list.filter((x) => x !== id));
    }
  }
}

export function readBands(index: StoryIndex, keys: number[]): BandMap {
  const wanted = distinctKeys(keys);
  let found: Float64Array;
  if (isPostgres(index.db)) {
    const rows = index.stmt("SELECT key, id FROM story_bands WHERE key = ANY(?::bigint[])").raw().all(Array.from(wanted)) as Array<[number, number]>;
    found = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) found[i] = placeOf(wanted, Number(rows[i]![0])) * PACK + Number(rows[i]![1]);
  } else {
    // SQLite seeks the keys in increasing order, leaf after leaf: a batch's 24,000 keys probed one
    // article at a time were as many random reads in a table larger than the page cache. Each row
    // comes back as one number, the key's place in the list and the id (a row of two columns took
    // twice as long to hand over: about 100,000 rows a batch at 100k scale-corpus articles).
    const list = JSON.stringify(Array.from(wanted));
    found = Float64Array.from(index.stmt(READ_BANDS).pluck().all(list, list) as number[]);
  }
  found.sort();
  const ids = new Float64Array(found.length);
  for (let i = 0; i < found.length; i++) ids[i] = found[i]! % PACK;
  index.readAhead(distinctIds(ids, 0));
  return new BandMap(wanted, found);
}

/** The keys, each once, in increasing order. */
function distinctKeys(keys: number[]): Int32Array {
  const sorted = Int32Array.from(keys).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}

/** The place of `key` in increasing `keys` (which holds it). */
function placeOf(keys: Int32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Ids are below 2^32 and a batch has far fewer than 2^21 keys: place * PACK + id is exact in a double. */
const PACK = 2 ** 32;
const READ_BANDS = `SELECT j.key * ${PACK} + b.id FROM json_each(?) j JOIN story_bands b ON b.key = j.value
  UNION ALL SELECT j.key * ${PACK} + r.id FROM json_each(?) j JOIN story_bands_recent r ON r.key = j.value`;

/** The ids, other than `self`, that have one of these band keys: each once, in increasing order. */
export function candidateIds(index: StoryIndex, keys: Int32Array, self: number): number[] {
  const map = index.bands;
  if (map) {
    const ids: number[] = [];
    let all = true;
    for (let b = 0; b < keys.length && all; b++) all = map.idsOf(keys[b]!, ids);
    if (all) return distinctIds(ids, self);
  }
  writePendingBands(index);
  if (isPostgres(index.db)) return index.stmt(PROBE).pluck().all(...keys, self) as number[];
  const found = index.stmt(LOOKUP).pluck().all(...Array.from(keys).flatMap((k) => [k, k])) as number[];
  if (found.length === 0) return found;
  return distinctIds(found, self);
}

/** The ids but `self`, each once, in increasing order (a typed array's own sort: with a comparator
 *  function, sorting a batch's 50,000 ids at 100k articles took half as long as reading them). */
function distinctIds(ids: number[] | Float64Array, self: number): number[] {
  // Sorted in a scratch array: a new one for each article was garbage for the writer's collector.
  if (idScratch.length < ids.length) idScratch = new Float64Array(ids.length * 2);
  const sorted = idScratch.subarray(0, ids.length);
  sorted.set(ids);
  sorted.sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const id = sorted[i]!;
    if (id !== self && out[out.length - 1] !== id) out.push(id);
  }
  return out;
}
let idScratch = new Float64Array(1024);

/** Rows written at once by writePendingBands, as many as one statement takes. */
const CHUNK = 256;
const ADD_CHUNK = `INSERT OR IGNORE INTO story_bands_recent (key, id) VALUES ${marks(CHUNK, "(?, ?)")}`;

export function rememberBands(index: StoryIndex, keys: Int32Array, id: number): void {
  index.bands?.remember(keys, id);
  if (index.bands && !isPostgres(index.db)) {
    // SQLite, in a batch read ahead: the batch's own lookups go to the map, and the rows are written
    // together before it commits (writePendingBands), in key order. Written one article at a time
    // they were 24 inserts at random places in a table larger than the page cache, each reading
    // its leaf again (a twelfth of the writer's time, 3,000 articles into a 100k archive).
    for (const k of keys) index.pendingBands.push(k, id);
    return;
  }
  const params: number[] = new Array(BANDS * 2);
  for (let b = 0; b < BANDS; b++) {
    params[2 * b] = keys[b]!;
    params[2 * b + 1] = id;
  }
  index.stmt(add(newBands(index))).run(...params);
}

/** Writes the band rows that rememberBands put off, in key order (see there). */
export function writePendingBands(index: StoryIndex): void {
  const flat = index.pendingBands;
  if (flat.length === 0) return;
  index.pendingBands = [];
  const rows = flat.length / 2;
  // In key order by a typed array's own sort of (key, row) packed into one number, exact while a
  // batch has under 2^20 rows (a comparator function over the rows took a tenth of the time of
  // writing them). The order of a key's ids does not matter.
  const packed = rows < 2 ** 20;
  const order = new Float64Array(rows);
  for (let i = 0; i < rows; i++) order[i] = packed ? (flat[2 * i]! + 2 ** 31) * 2 ** 20 + i : i;
  if (packed) order.sort();
  const rowAt = (i: number) => (packed ? order[i]! % 2 ** 20 : i);
  const params: number[] = new Array(CHUNK * 2);
  let at = 0;
  for (; at + CHUNK <= rows; at += CHUNK) {
    for (let i = 0; i < CHUNK; i++) {
      const r = rowAt(at + i);
      params[2 * i] = flat[2 * r]!;
      params[2 * i + 1] = flat[2 * r + 1]!;
    }
    index.stmt(ADD_CHUNK).run(params);
  }
  const one = index.stmt("INSERT OR IGNORE INTO story_bands_recent (key, id) VALUES (?, ?)");
  for (; at < rows; at++) one.run(flat[2 * rowAt(at)]!, flat[2 * rowAt(at) + 1]!);
}

/** SQLite: story_bands_recent is moved into story_bands once it holds this many keys (those of
 *  10,000 first articles, about 4 MB): at 100k scale-corpus articles, six times in all. */
export const MERGE_ROWS = 240_000;

/** SQLite, before a write transaction commits: moves the recent keys into story_bands when there
 *  are MERGE_ROWS of them, read in key order, so that each leaf of it is written once. */
export function mergeRecentBands(index: StoryIndex, atLeast = MERGE_ROWS): void {
  if (isPostgres(index.db)) return;
  if ((index.stmt("SELECT count(*) FROM story_bands_recent").pluck().get() as number) < atLeast) return;
  index.stmt("INSERT OR IGNORE INTO story_bands (key, id) SELECT key, id FROM story_bands_recent ORDER BY key, id").run();
  index.stmt("DELETE FROM story_bands_recent").run();
}

export function forgetBands(index: StoryIndex, keys: Int32Array, id: number): void {
  writePendingBands(index);
  index.stmt(forget("story_bands")).run(id, ...keys);
  if (!isPostgres(index.db)) index.stmt(forget("story_bands_recent")).run(id, ...keys);
  index.bands?.forget(keys, id);
}
