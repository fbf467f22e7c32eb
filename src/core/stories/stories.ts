// Stories: articles that are the same text (a reprint, a re-scrape, a copy with the end cut) share
// one story id, the id of the first of them. Matched incrementally as articles are written, inside
// the same transaction: LSH band keys of the MinHash signature find candidates (candidates.ts),
// the signature's estimate discards the clear misses, and the shingles of both texts decide.
import { isPostgres, type SqlDatabase as Database, type SqlStatement as Statement } from "../archive/sql.js";
import { decompress } from "../archive/compression.js";
import { candidateIds, forgetBands, mergeRecentBands, rememberBands, writePendingBands, type BandMap } from "./candidates.js";
import { CandidateRows, pairsOf, type Candidate, type StoryRow } from "./rows.js";
import { BANDS, LEAD, REGISTERS, bandKeys, distinct, lowRegisters, minhash, overlap, packSignature, shingles, type Overlap } from "./signature.js";

/** A shorter text whose shingles are at least this much in a longer one is the same story. */
export const MIN_CONTAINMENT = 0.5;
/** Two texts sharing at least this share of their shingles are the same story, however long. */
export const MIN_JACCARD = 0.4;
/** Containment alone decides only for a text of at least this many shingles (about a paragraph):
 *  a one-line brief is in many longer articles without being their story. */
const MIN_CONTAINED_SHINGLES = 25;
/** A candidate whose signature puts it below this share of the rule's bars is not checked exactly:
 *  a reprint's estimate falls that far below its true overlap less than once in a hundred times
 *  (128 registers: the estimate's standard deviation is at most 0.045). */
const ESTIMATE_FLOOR = 0.9;
/** At most this many candidates, the likeliest first, are checked exactly. */
const MAX_EXACT_CHECKS = 2;

/** An exact score (Jaccard plus containment) this far above a candidate's estimated one is not beaten
 *  by it: the estimate's standard deviation is at most 0.045 for Jaccard and about twice that for
 *  the containment worked out from it. */
const SCORE_MARGIN = 0.2;

/** What the signatures say of a candidate. */
interface Estimate {
  /** The larger of the estimated Jaccard similarity over the story rule's bar for it and the
   *  estimated containment of the shorter text over its bar: 1 is "as likely as the rule needs". */
  likelihood: number;
  /** The estimated Jaccard similarity plus containment, as the exact check scores a match. */
  score: number;
}

/** Whether two texts with this overlap (and these shingle counts) are one story. */
export function sameStory(o: Overlap, shorter: number): boolean {
  return o.jaccard >= MIN_JACCARD || (o.containment >= MIN_CONTAINMENT && shorter >= MIN_CONTAINED_SHINGLES);
}

/** What ingest computes for an article off the main thread: its signature and shingle count. */
export interface StorySignature {
  /** The MinHash signature's low registers, as stored and compared (lowRegisters); null under five words. */
  signature: Uint16Array | null;
  /** The LSH band keys (of the whole text and of its lead); null with no signature. */
  bands: Int32Array | null;
  shingles: number;
  /** The distinct shingle hashes, sorted, a copy of its own: this text's side of the exact check,
   *  worked out on the parser's thread at ingest, so that the writer need not shingle the text
   *  again nor sort them (sorting them on the writer was a fiftieth of its time at 100k articles:
   *  sorted only when compared, nearly all of them still were). */
  hashes?: Uint32Array;
}

/**
 * The shingles a story is recognised by: the cleaned body's, unless the parser kept less than half
 * of the text's words as the body (a page it could not make sense of), when the whole text's are
 * used instead, so that a reprint the parser cut short is still found.
 */
export function storyShingles(body: string, original: string | (() => string), scratch?: [Uint32Array, Uint32Array]): Uint32Array {
  const mine = shingles(body, scratch?.[0]);
  const text = typeof original === "string" ? original : null;
  if (text !== null && text.length < body.length * 2) return mine;
  const all = shingles(text ?? (original as () => string)(), scratch?.[1]);
  return mine.length * 2 >= all.length ? mine : all;
}

/** Reused by storySignature, which keeps only the signature: grown to the longest text seen. */
let scratch: [Uint32Array, Uint32Array] = [new Uint32Array(8192), new Uint32Array(8192)];

/** The whole text's and the lead's full registers, reused: only their low registers and band keys are kept. */
const whole = new Uint32Array(REGISTERS);
const lead = new Uint32Array(REGISTERS);

/**
 * An article's signature, band keys and (withHashes) distinct shingles, all in one buffer of its
 * own. Ingest signs every article on the parser's thread and posts the result to the writer: three
 * typed arrays of their own, as this was, were three buffers to allocate, copy and collect on each
 * side for every article (a buffer over 64 bytes lives outside V8's heap and costs a collector more
 * than the objects it holds).
 */
export function storySignature(body: string, original: string | (() => string), withHashes = false): StorySignature {
  const longest = Math.max(body.length, typeof original === "string" ? original.length : 0) / 2 + 16;
  if (scratch[0].length < longest && longest < 1 << 22) scratch = [new Uint32Array(longest * 1.5), new Uint32Array(longest * 1.5)];
  const hashes = storyShingles(body, original, scratch);
  if (!minhash(hashes, whole)) return { signature: null, bands: null, shingles: 0 };
  if (hashes.length > LEAD) minhash(hashes.subarray(0, LEAD), lead);
  const kept = withHashes ? hashes.length : 0;
  const buffer = new ArrayBuffer(REGISTERS * 2 + BANDS * 4 + kept * 4);
  const signature = lowRegisters(whole, new Uint16Array(buffer, 0, REGISTERS));
  const bands = bandKeys(whole, hashes.length > LEAD ? lead : whole, new Int32Array(buffer, REGISTERS * 2, BANDS));
  const out: StorySignature = { signature, bands, shingles: hashes.length };
  if (withHashes) {
    const mine = new Uint32Array(buffer, REGISTERS * 2 + BANDS * 4, kept);
    mine.set(hashes);
    out.hashes = distinct(mine);
  }
  return out;
}

/** New band keys, moved into story_bands a few hundred thousand at a time (candidates.ts). */
export const RECENT_BANDS_TABLE = `CREATE TABLE IF NOT EXISTS story_bands_recent (
    key INTEGER NOT NULL,
    id  INTEGER NOT NULL,
    PRIMARY KEY (key, id)
  ) WITHOUT ROWID;`;

export const STORY_TABLES = `
  -- One row per article: its story (the id of the story's first article) and its MinHash signature.
  CREATE TABLE stories (
    id        INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story     INTEGER NOT NULL,
    shingles  INTEGER NOT NULL,     -- word 5-shingles in the body
    signature BLOB,                 -- 128 MinHash registers, 16 bits each; NULL under five words
    bands     BLOB                  -- its 24 LSH band keys (story_bands), 32-bit little-endian
  );
  CREATE INDEX stories_story ON stories(story, id);
  -- LSH: 24 band keys per signature; articles sharing a key are candidates for one story.
  CREATE TABLE story_bands (
    key INTEGER NOT NULL,
    id  INTEGER NOT NULL,
    PRIMARY KEY (key, id)
  ) WITHOUT ROWID;
  ${RECENT_BANDS_TABLE}
`;

const SQL = {
  // An upsert, not INSERT OR REPLACE: the same row in the end, but SQLite's REPLACE took 3 to 5
  // times as long to insert a new row (50-130 against 10-40 us, 2,000 rows into a 10k archive).
  insert:
    "INSERT INTO stories (id, story, shingles, signature, bands) VALUES (?, ?, ?, ?, ?) " +
    "ON CONFLICT (id) DO UPDATE SET story = excluded.story, shingles = excluded.shingles, signature = excluded.signature, bands = excluded.bands",
  row: "SELECT story, bands FROM stories WHERE id = ?",
  body: "SELECT body, original FROM articles WHERE id = ?",
  others: "SELECT id FROM stories WHERE story = ? AND id <> ? ORDER BY id LIMIT 1",
  repoint: "UPDATE stories SET story = ? WHERE story = ?",
  remove: "DELETE FROM stories WHERE id = ?",
  candidate: "SELECT id, story, shingles, signature FROM stories WHERE id = ?",
} as const;

/** At most this many rows are kept by StoryIndex.rows (about 8 MB): a batch of a thousand
 *  scale-corpus articles added to a 100k archive reads about 20,000 ahead. */
const RECENT_ROWS = 30_000;
/** At most this many shingle hashes are kept by StoryIndex.shinglesOf (16 MB). */
const KEPT_SHINGLES = 4_000_000;

/** The band keys kept in a story row, or null (an article too short to have a signature). */
function bandsOf(blob: Buffer | null): Int32Array | null {
  if (!blob || blob.length !== BANDS * 4) return null;
  const keys = new Int32Array(BANDS);
  for (let b = 0; b < BANDS; b++) keys[b] = blob.readInt32LE(b * 4);
  return keys;
}

export class StoryIndex {
  private readonly prepared = new Map<string, Statement>();
  /** Story rows read as candidates in this write transaction (or that an id has none). */
  private readonly rows = new CandidateRows(RECENT_ROWS);
  constructor(readonly db: Database) {}

  /**
   * The slot in `rows` holding candidate `id`'s story row (see CandidateRows.comparable), or -1 when
   * it has none. The same first articles are candidates
   * for many articles of a batch (68% of the rows read by a thousand scale-corpus articles at 100k
   * had been read before in the same batch), so the rows read in a write transaction are kept: every
   * change this index makes to a row drops it, a rolled-back transaction drops them all, and so does
   * the next one if another connection has written since (see committedAt), so a rolled-back batch
   * or another process's writes are never seen through them. (Outside a transaction nothing is
   * kept: see likely.)
   */
  private candidate(id: number): number {
    const kept = this.rows.slot(id);
    if (kept !== undefined) return kept;
    const row = (this.stmt(SQL.candidate).get(id) as StoryRow | undefined) ?? null;
    // Full: the rows read ahead for this batch stay (see readAhead), this one is not kept.
    const slot = this.db.inTransaction && this.rows.set(id, row) ? this.rows.slot(id)! : this.rows.scratch(id, row);
    return row ? slot : -1;
  }

  /** PostgreSQL: the texts of articles written in this transaction whose rows still wait in the
   *  queue of writes (Archive.insert), so that comparing a later article of the batch with one of
   *  them does not send the queue first. */
  readonly written = new Map<number, { body: string; original: Buffer }>();

  /**
   * The distinct shingles of first articles, by id, as the exact check compares them: those of the
   * articles filed in this write transaction (worked out by the parser's thread) and of candidates
   * checked in it. In a batch the same first articles are checked again and again (a story's
   * reprints), and shingling a candidate's body each time was half the cost of the exact checks.
   * Forgotten with the rows (forgetRecent), and an article's own when it leaves its story.
   */
  private readonly kept = new Map<number, Uint32Array>();
  private keptSize = 0;

  /** Keeps distinct, sorted shingles (see distinct). */
  private keep(id: number, hashes: Uint32Array): void {
    if (this.keptSize + hashes.length > KEPT_SHINGLES) this.forgetShingles();
    this.kept.set(id, hashes);
    this.keptSize += hashes.length;
  }

  private forgetShingles(): void {
    this.kept.clear();
    this.keptSize = 0;
  }

  /** The distinct shingles of candidate `c` as it was signed: its body's, or its whole text's. */
  private shinglesOf(c: Candidate): Uint32Array | undefined {
    if (this.db.inTransaction) this.validate();
    const kept = this.kept.get(c.id);
    if (kept) return kept;
    const them = this.written.get(c.id) ?? this.textsAhead.get(c.id) ?? (this.stmt(SQL.body).get(c.id) as { body: string; original: Buffer } | undefined);
    if (them === undefined) return undefined;
    // Its shingle count says whether its body or its whole text was signed (see storyShingles).
    let theirs = shingles(them.body);
    if (theirs.length !== c.shingles) theirs = storyShingles(them.body, () => decompress(them.original, them.body));
    theirs = distinct(theirs);
    if (this.db.inTransaction) this.keep(c.id, theirs);
    return theirs;
  }

  /** A write transaction's band keys, read ahead (candidates.ts, readBands); null when not. */
  bands: BandMap | null = null;
  /** Band rows (key, id, key, id, ...) to write before the transaction commits (writePendingBands). */
  pendingBands: number[] = [];

  /** Reads the rows of these candidates at once, inside a write transaction (PostgreSQL: a round
   *  trip each would cost more; SQLite: in id order, leaf after leaf, not one random read each). */
  readAhead(ids: number[]): void {
    this.validate();
    if (ids.length > RECENT_ROWS) return;
    let missing = ids.filter((id) => !this.rows.has(id));
    if (missing.length === 0) return;
    if (missing.length > this.rows.free) {
      // Room for the batch's rows: those kept from earlier batches are read again with the rest.
      this.rows.clear();
      missing = ids;
    }
    for (const id of missing) this.rows.set(id, null);
    const rows = isPostgres(this.db)
      ? this.stmt(SQL.candidate.replace("WHERE id = ?", "WHERE id = ANY(?::bigint[])")).all(missing)
      : this.stmt(SQL.candidate.replace("WHERE id = ?", "WHERE id IN (SELECT value FROM json_each(?))")).all(JSON.stringify(missing));
    for (const c of rows as Array<StoryRow & { id: number }>) this.rows.set(c.id, c);
  }

  /**
   * SQLite: the connection's data_version when its last write transaction was about to commit, or
   * null. The rows and shingles kept (candidate, shinglesOf) outlive a transaction that commits: the
   * next one keeps them if data_version still says so, that is, if no other connection has
   * committed since (SQLite changes it for other connections' commits only). In a long ingest the
   * same first articles are candidates batch after batch, and reading their rows again was a tenth
   * of the writer's time at 100k articles. PostgreSQL keeps nothing across transactions.
   */
  private committedAt: number | null = null;
  /** Whether this transaction has checked what it kept against committedAt. */
  private validated = false;

  private dataVersion(): number {
    return this.db.pragma("data_version", { simple: true }) as number;
  }

  /** Inside a write transaction (the write lock held, so nobody else commits): drops what was
   *  kept from before it unless no other connection has committed since. */
  private validate(): void {
    if (this.validated) return;
    this.validated = true;
    if (this.committedAt === null || this.dataVersion() !== this.committedAt) {
      this.rows.clear();
      this.forgetShingles();
    }
  }

  /** Forgets the rows and shingles kept so far (see candidate): a transaction rolled back. */
  forgetRecent(): void {
    this.rows.clear();
    this.written.clear();
    this.textsAhead.clear();
    this.forgetShingles();
    this.bands = null;
    this.pendingBands = [];
    this.committedAt = null;
    this.validated = false;
  }

  /** A write transaction starts: what it reads ahead is its own; what was kept is checked at first use. */
  startTransaction(): void {
    this.written.clear();
    this.textsAhead.clear();
    this.bands = null;
    this.pendingBands = [];
    this.validated = false;
    if (isPostgres(this.db)) this.forgetRecent();
  }

  /** Called last inside a write transaction that is about to commit (Archive.write). */
  sealTransaction(): void {
    writePendingBands(this);
    mergeRecentBands(this);
    if (isPostgres(this.db)) return;
    this.validate();
    this.committedAt = this.dataVersion();
  }

  /** A write transaction has ended (committed: see sealTransaction; else forgetRecent came first). */
  endTransaction(): void {
    this.written.clear();
    this.textsAhead.clear();
    this.bands = null;
    this.validated = false;
  }

  stmt(sql: string): Statement {
    let s = this.prepared.get(sql);
    if (!s) this.prepared.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /**
   * Files article `id` (whose body is `body`) under its story: the story of the most similar
   * earlier article that is the same text, else a story of its own. Returns the story id.
   */
  add(id: number, body: string, original: string | (() => string), given?: StorySignature): number {
    const { signature, bands: keys, shingles: count, hashes } = given ?? storySignature(body, original);
    if (!signature || !keys) {
      this.stmt(SQL.insert).run(id, id, count, null, null);
      return id;
    }
    // Only a story's first article (the one it is named after) is compared: an article joins a
    // story by being the same text as its first article, so stories never grow by chains of
    // texts each sharing a part with the next (a paragraph reused here, another there). The
    // signatures rank the candidates; the exact check reads the few most likely.
    const low = signature;
    const likely = this.likely(low, count, keys, id);
    let mine: Uint32Array | undefined;
    let best: { story: number; score: number } | null = null;
    for (const { c, estimate } of likely) {
      // A candidate whose estimated score is well below one that has passed is not read: it
      // would not be chosen (about a third of the exact checks at 100k scale-corpus articles).
      if (best && estimate.score + SCORE_MARGIN < best.score) continue;
      const theirs = this.shinglesOf(c);
      if (theirs === undefined) continue;
      mine ??= hashes ?? distinct(storyShingles(body, original).slice());
      const o = overlap(mine, theirs);
      if (!sameStory(o, Math.min(mine.length, theirs.length))) continue;
      const score = o.jaccard + o.containment;
      if (!best || score > best.score) best = { story: c.story, score };
    }
    // A story is named after its lowest article id: an article whose text changed keeps its id,
    // which may be lower than that of the story it now joins.
    const story = best ? Math.min(id, best.story) : id;
    if (best && story !== best.story) {
      this.stmt(SQL.repoint).run(story, best.story);
      this.rows.clear();
    }
    // (Views into the article's one buffer, which holds its shingles too. PostgreSQL posts a row's
    // values to its connection's thread, and a view is cloned with all of the buffer under it:
    // there each gets a buffer of its own.)
    const pg = isPostgres(this.db);
    const packed = packSignature(pg ? low.slice() : low);
    const bands = pg ? keys.slice() : keys;
    this.stmt(SQL.insert).run(id, story, count, packed, Buffer.from(bands.buffer, bands.byteOffset, bands.byteLength));
    // The row just written, as a candidate would read it: a later article of the batch may be its copy.
    if (!this.rows.set(id, { story, shingles: count, signature: low })) this.rows.delete(id);
    // Only a story's first article is ever a candidate, so only it has its band keys in
    // story_bands (an article that joins a story keeps them in its row, for when it becomes the
    // first: see leave). At 100k scale-corpus articles this halved the rows each lookup reads.
    if (story === id) {
      rememberBands(this, keys, id);
      // A later article of the transaction may be its reprint: its side of the check is ready.
      if (hashes && this.db.inTransaction) this.keep(id, hashes);
    }
    return story;
  }

  /** The candidates worth an exact check for an article with these registers, shingle count and
   *  band keys: the MAX_EXACT_CHECKS likeliest, the likeliest first. */
  private likely(low: Uint16Array, count: number, keys: Int32Array, self: number): Array<{ c: Candidate; estimate: Estimate }> {
    if (this.db.inTransaction) this.validate();
    else this.rows.clear();
    const rows = this.rows;
    const pairs = pairsOf(low);
    const likely: Array<{ c: Candidate; estimate: Estimate }> = [];
    for (const id of candidateIds(this, keys, self)) {
      const slot = this.candidate(id);
      if (slot < 0 || !rows.comparable(slot)) continue;
      const theirs = rows.shinglesAt(slot);
      const smaller = Math.max(1, Math.min(count, theirs));
      // The estimated Jaccard similarity, and the containment it implies for these lengths. The
      // estimate is counted to the end only where it could reach the floor: at a Jaccard of
      // ESTIMATE_FLOOR * MIN_JACCARD, or where the containment it implies reaches ESTIMATE_FLOOR *
      // MIN_CONTAINMENT (less a register, so that rounding never stops a count that would pass).
      const bar = ESTIMATE_FLOOR * MIN_CONTAINMENT * smaller;
      const need = Math.floor(Math.min(ESTIMATE_FLOOR * MIN_JACCARD, bar / (count + theirs - bar)) * REGISTERS) - 1;
      const j = rows.estimate(slot, pairs, need);
      const containment = Math.min(1, (j * (count + theirs)) / ((1 + j) * smaller));
      const likelihood = Math.max(j / MIN_JACCARD, containment / MIN_CONTAINMENT);
      if (likelihood < ESTIMATE_FLOOR) continue;
      // In order, an equal one after those already there (as a stable sort of all would put it).
      let at = likely.length;
      while (at > 0 && likely[at - 1]!.estimate.likelihood < likelihood) at--;
      if (at >= MAX_EXACT_CHECKS) continue;
      likely.splice(at, 0, { c: rows.row(slot), estimate: { likelihood, score: j + containment } });
      if (likely.length > MAX_EXACT_CHECKS) likely.pop();
    }
    return likely;
  }

  /** PostgreSQL: texts of candidates read ahead for this write transaction (readTextsAhead). */
  private readonly textsAhead = new Map<number, { body: string; original: Buffer }>();

  /**
   * PostgreSQL, once a batch's band keys and candidate rows are read ahead (readBands): reads at
   * once the texts of the candidates its articles will likely check exactly, the likeliest
   * MAX_EXACT_CHECKS of each among the stories the archive had before the batch (those filed in
   * the batch are in `written`). One by one, each was a round trip that also sent the queue of
   * writes before it: 1,739 of them for 3,000 scale-corpus articles added to a 100k archive, and
   * the writes went in as many small statements. A text the batch needs that is not read here is
   * read when it is needed, as before.
   */
  readTextsAhead(articles: StorySignature[]): void {
    if (!isPostgres(this.db) || !this.bands) return;
    const wanted = new Set<number>();
    for (const a of articles) {
      if (!a.signature || !a.bands) continue;
      for (const { c } of this.likely(a.signature, a.shingles, a.bands, 0)) {
        if (!this.kept.has(c.id) && !this.written.has(c.id)) wanted.add(c.id);
      }
    }
    if (wanted.size === 0) return;
    const rows = this.stmt("SELECT id, body, original FROM articles WHERE id = ANY(?::bigint[])").all([...wanted]) as Array<{ id: number; body: string; original: Buffer }>;
    for (const r of rows) this.textsAhead.set(r.id, { body: r.body, original: r.original });
  }

  /**
   * Takes article `id` out of its story (before it is removed or its text replaced). When its id
   * was the story's id, the others are re-pointed to the lowest id among them, so every story id
   * stays the id of one of its articles.
   */
  leave(id: number): void {
    const row = this.stmt(SQL.row).get(id) as { story: number; bands: Buffer | null } | undefined;
    if (!row) return;
    const keys = bandsOf(row.bands);
    if (keys) forgetBands(this, keys, id);
    this.stmt(SQL.remove).run(id);
    this.rows.delete(id);
    this.textsAhead.delete(id);
    const kept = this.kept.get(id);
    if (kept) {
      this.kept.delete(id);
      this.keptSize -= kept.length;
    }
    if (row.story === id) {
      const next = this.stmt(SQL.others).pluck().get(id, id) as number | undefined;
      if (next !== undefined) {
        this.stmt(SQL.repoint).run(next, id);
        this.rows.clear();
        // The story's new first article becomes a candidate for later articles.
        const nextKeys = bandsOf((this.stmt(SQL.row).get(next) as { bands: Buffer | null }).bands);
        if (nextKeys) rememberBands(this, nextKeys, next);
      }
    }
  }

  /** Forgets every story and files every article again, in id order (reparse, migration). */
  rebuild(onProgress?: (done: number) => void): void {
    this.db.exec(`DELETE FROM stories; DELETE FROM story_bands;${isPostgres(this.db) ? "" : " DELETE FROM story_bands_recent;"}`);
    this.rows.clear();
    this.forgetShingles();
    const read = this.db.prepare("SELECT id, body, original FROM articles WHERE id > ? ORDER BY id LIMIT 1000");
    let last = 0;
    let done = 0;
    for (;;) {
      const rows = read.all(last) as Array<{ id: number; body: string; original: Buffer }>;
      if (rows.length === 0) break;
      for (const r of rows) this.add(r.id, r.body, () => decompress(r.original, r.body));
      last = rows[rows.length - 1]!.id;
      done += rows.length;
      onProgress?.(done);
    }
  }
}
