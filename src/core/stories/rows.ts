// The story rows of candidates, kept while a write transaction (and the next, see StoryIndex.validate)
// runs: the same first articles are candidates for many articles of a batch. They are kept in typed
// arrays, not as one object per row with a Buffer for its signature: at 100k scale-corpus articles an
// article has about 18 candidates, and ranking them (likely) took 6.8 s of the writer's CPU with
// the scattered objects, their Map and buffers (a first read of each row's fields a cache miss),
// 4.4 s with these arrays; the objects were also garbage for the writer's collector.
import { REGISTERS } from "./signature.js";

/** A candidate's row, as ranking and the exact check read it. */
export interface Candidate {
  id: number;
  story: number;
  shingles: number;
}

/** A story row as read from the table (its signature as stored) or just written (its registers). */
export interface StoryRow {
  story: number;
  shingles: number;
  signature: Uint8Array | Uint16Array | null;
}

/** What a slot holds for an id that has no story row (read, and not there). */
const MISSING = -1;

/** A signature's low registers as 32-bit words, two registers each, as CandidateRows.estimate reads them. */
export function pairsOf(low: Uint16Array): Uint32Array {
  return low.byteOffset % 4 === 0 ? new Uint32Array(low.buffer, low.byteOffset, REGISTERS / 2) : new Uint32Array(low.slice().buffer);
}

export class CandidateRows {
  /**
   * The slot of each id kept, by open addressing: cell h holds slot + 1 when gens[h] is the current
   * generation, and a probe goes on to h + 1 until a cell of another generation (empty). A cell is
   * never emptied before clear, which starts a new generation; a deleted id's slot reads as absent
   * because the slot no longer holds it. (A Map from id to slot was 7% of the writer's story time at
   * 100k scale-corpus articles: each article looks up about 40 ids, some several times.)
   */
  private readonly cells: Int32Array;
  private readonly gens: Uint32Array;
  private gen = 1;
  private readonly shift: number;
  /** A slot's story is MISSING when its id has no row; its id is NaN once deleted. */
  private readonly ids: Float64Array;
  private readonly stories: Float64Array;
  private readonly counts: Int32Array;
  /** Whether the row has a signature (an article under five words has none). */
  private readonly signed: Uint8Array;
  /** REGISTERS low registers per slot (see lowRegisters). */
  readonly registers: Uint16Array;
  /** The same memory as 32-bit words, two registers each, as estimate compares them. */
  private readonly pairs: Uint32Array;
  private used = 0;

  constructor(readonly capacity: number) {
    // One slot more than the capacity: the scratch slot (see scratch).
    this.ids = new Float64Array(capacity + 1);
    this.stories = new Float64Array(capacity + 1);
    this.counts = new Int32Array(capacity + 1);
    this.signed = new Uint8Array(capacity + 1);
    this.registers = new Uint16Array((capacity + 1) * REGISTERS);
    this.pairs = new Uint32Array(this.registers.buffer);
    // At least four cells per slot: probes stay short, however many ids were deleted and kept again.
    const bits = Math.max(4, Math.ceil(Math.log2((capacity + 1) * 4)));
    this.cells = new Int32Array(2 ** bits);
    this.gens = new Uint32Array(2 ** bits);
    this.shift = 32 - bits;
  }

  /** The first cell probed for `id`. */
  private home(id: number): number {
    return Math.imul(id | 0, 0x9e3779b1) >>> this.shift;
  }

  /** Slots not yet used: as many more ids can be kept before clear. */
  get free(): number {
    return this.capacity - this.used;
  }

  /** The slot of `id`, or undefined (not kept). */
  slot(id: number): number | undefined {
    const mask = this.cells.length - 1;
    for (let h = this.home(id); this.gens[h] === this.gen; h = (h + 1) & mask) {
      const slot = this.cells[h]! - 1;
      if (this.ids[slot] === id) return slot;
    }
    return undefined;
  }

  has(id: number): boolean {
    return this.slot(id) !== undefined;
  }

  /** Whether the slot's row is a story's first article with a signature: the only kind compared. */
  comparable(slot: number): boolean {
    return this.stories[slot] !== MISSING && this.ids[slot] === this.stories[slot] && this.signed[slot] === 1;
  }

  row(slot: number): Candidate {
    return { id: this.ids[slot]!, story: this.stories[slot]!, shingles: this.counts[slot]! };
  }

  shinglesAt(slot: number): number {
    return this.counts[slot]!;
  }

  /** Keeps a row (its signature as stored, or its registers), or that `id` has none; false when full. */
  set(id: number, row: StoryRow | null): boolean {
    let slot = this.slot(id);
    if (slot === undefined) {
      if (this.used >= this.capacity) return false;
      slot = this.used++;
      const mask = this.cells.length - 1;
      let h = this.home(id);
      while (this.gens[h] === this.gen) h = (h + 1) & mask;
      this.gens[h] = this.gen;
      this.cells[h] = slot + 1;
    }
    this.write(slot, id, row);
    return true;
  }

  /** Puts a row in the one slot that is never kept, and returns that slot: a candidate read while
   *  nothing is kept (outside a transaction, or with every slot used) is ranked the same way. */
  scratch(id: number, row: StoryRow | null): number {
    this.write(this.capacity, id, row);
    return this.capacity;
  }

  private write(slot: number, id: number, row: StoryRow | null): void {
    this.ids[slot] = id;
    this.stories[slot] = row ? row.story : MISSING;
    this.counts[slot] = row ? row.shingles : 0;
    const sig = row?.signature ?? null;
    this.signed[slot] = sig ? 1 : 0;
    if (sig instanceof Uint16Array) this.registers.set(sig, slot * REGISTERS);
    else if (sig) {
      // Stored: REGISTERS registers, 16-bit little-endian (packSignature).
      const at = slot * REGISTERS;
      for (let r = 0; r < REGISTERS; r++) this.registers[at + r] = sig[r * 2]! | (sig[r * 2 + 1]! << 8);
    }
  }

  /** Forgets one id (its slot is not reused until clear). */
  delete(id: number): void {
    const slot = this.slot(id);
    if (slot !== undefined) this.ids[slot] = NaN;
  }

  clear(): void {
    if (this.used === 0) return;
    this.used = 0;
    // A new generation empties every cell; once in 2^32 clears they are emptied for real.
    this.gen = (this.gen + 1) >>> 0;
    if (this.gen === 0) {
      this.gens.fill(0);
      this.gen = 1;
    }
  }

  /**
   * The estimated Jaccard similarity of the slot's text and one with these registers (`low`, read
   * two at a time: see pairs): the share of registers that agree (see estimateJaccard). Counting
   * stops once fewer than `need` registers could agree, and the share so far is returned: below
   * need / REGISTERS, which is all the caller asks then. (Most candidates share a paragraph or two
   * with the article and agree in a few registers, and each article has 18 or so at 100k scale-corpus
   * articles.)
   */
  estimate(slot: number, low: Uint32Array, need: number): number {
    const regs = this.pairs;
    const at = slot * (REGISTERS / 2);
    let same = 0;
    for (let w = 0; w < REGISTERS / 2; w++) {
      // Two 16-bit registers in one 32-bit word: each half that is zero once xored agrees.
      const x = regs[at + w]! ^ low[w]!;
      if ((x & 0xffff) === 0) same++;
      if (x >>> 16 === 0) same++;
      if ((w & 15) === 15 && same + REGISTERS - 2 * (w + 1) < need) break;
    }
    return same / REGISTERS;
  }
}
