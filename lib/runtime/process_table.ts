/**
 * The process table: the live processes of a scheduler, in the order they
 * were made.
 *
 * @module
 */

import type { Process } from "../vm/process.ts";

/** A chunk of the table holds `2 ** CHUNK_BITS` processes. */
const CHUNK_BITS = 8;
/** Processes per chunk. */
const CHUNK = 1 << CHUNK_BITS;
/** A slot's place in its chunk: `i & CHUNK_MASK`. */
const CHUNK_MASK = CHUNK - 1;

/**
 * The live processes of a scheduler, in the order they were made. Read like a
 * `Map` from id to process (`size`, `values()`, `get`, `has`); adding and
 * removing are O(1) and allocate little, which matters when 100,000 short-lived
 * processes come and go (a `Map` rehashes as its deleted entries pile up).
 *
 * Processes sit in chunks of {@link CHUNK} slots, a new slot for each process,
 * and a chunk is let go once every process in it has ended. Neither growing
 * nor shrinking ever touches more than one chunk: one flat array would copy
 * itself as it grows (~2.5 ms at 100,000 processes) and need compacting once
 * half of it has ended (~10-20 ms at 100,000), each inside one reduction of
 * some process.
 *
 * @example
 * ```ts
 * import { Scheduler } from "./scheduler.ts";
 * const s = new Scheduler();
 * console.log(s.procs.size); // 0
 * ```
 */
export class ProcessTable {
  /**
   * The chunks, oldest first: slot `i` is at `[(i >> CHUNK_BITS) - first][i & CHUNK_MASK]`,
   * null once that process has ended; a chunk is null once all of its have.
   */
  #chunks: ((Process | null)[] | null)[] = [];
  /** Live processes in each chunk. */
  #counts: number[] = [];
  /** The chunk number of `#chunks[0]` (chunks before it are gone). */
  #first = 0;
  /** The next slot. */
  #next = 0;
  #size = 0;

  /** Number of live processes. */
  get size(): number {
    return this.#size;
  }

  /** Number of chunks held (for tests: those let go are not). */
  get heldChunks(): number {
    return this.#chunks.filter((c) => c !== null).length;
  }

  /** Add a process. */
  add(p: Process): void {
    const i = p.slot = this.#next++;
    if ((i & CHUNK_MASK) === 0) {
      this.#chunks.push(new Array(CHUNK).fill(null));
      this.#counts.push(0);
      // The chunk before was being filled, so it was kept even if empty.
      const before = this.#chunks.length - 2;
      if (before >= 0 && this.#counts[before] === 0) this.#letGo(before);
    }
    const k = (i >> CHUNK_BITS) - this.#first;
    this.#chunks[k]![i & CHUNK_MASK] = p;
    this.#counts[k]++;
    this.#size++;
  }

  /** Remove a process (nothing happens if it is not in the table). */
  remove(p: Process): void {
    const i = p.slot, k = (i >> CHUNK_BITS) - this.#first;
    const chunk = i >= 0 && k >= 0 ? this.#chunks[k] : null;
    if (!chunk || chunk[i & CHUNK_MASK] !== p) return;
    chunk[i & CHUNK_MASK] = null;
    p.slot = -1;
    this.#size--;
    // The chunk being filled stays, empty or not (`add` lets it go later).
    if (--this.#counts[k] === 0 && k < this.#chunks.length - 1) this.#letGo(k);
  }

  /** Let the empty chunk k go, and drop the empty chunks at the front. */
  #letGo(k: number): void {
    const chunks = this.#chunks;
    chunks[k] = null;
    while (chunks.length > 1 && chunks[0] === null) {
      chunks.shift();
      this.#counts.shift();
      this.#first++;
    }
  }

  /** The live processes, oldest first (a snapshot: removing while iterating is fine). */
  values(): IterableIterator<Process> {
    const out: Process[] = [];
    for (const chunk of this.#chunks) {
      if (chunk === null) continue;
      for (const p of chunk) if (p !== null) out.push(p);
    }
    return out.values();
  }

  /** The live process with this id, if any. */
  get(id: number): Process | undefined {
    for (const p of this.values()) if (p.id === id) return p;
    return undefined;
  }

  /** Is a process with this id alive? */
  has(id: number): boolean {
    return this.get(id) !== undefined;
  }
}
