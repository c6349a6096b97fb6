/**
 * Long built-ins, done a slice at a time.
 *
 * A built-in that walks a big collection (sorting a million numbers, building a
 * long range) would otherwise run as one reduction for tens of milliseconds,
 * and every other process would wait. Such a built-in is written as a
 * generator, a {@linkcode Job}, that yields how many units of work it has done since
 * it last yielded, every {@linkcode CHUNK} units or so. Small inputs finish at once; a job that
 * goes on past {@linkcode SYNC_UNITS} becomes the process's {@linkcode Work}, and
 * the VM goes on with it for the reductions left in each slice
 * ({@linkcode WORK_PER_REDUCTION} units per reduction), between other
 * processes' slices, until it returns the built-in's value. This is what the
 * BEAM does with built-ins that "trap" to continue later.
 *
 * @module
 */

import { PVector, VectorBuilder } from "./persistent/vector.ts";
import type { Value } from "./values.ts";

/** Units of work a reduction pays for (an element copied, compared or built). */
export const WORK_PER_REDUCTION = 32;

/** About how many units a job does between two yields. */
export const CHUNK = 1024;

/** Units a job may do at once, in the call itself, before it is continued in slices. */
export const SYNC_UNITS = 4 * CHUNK;

/** A long built-in's work: yields the units done since its last yield, returns the built-in's value. */
export type Job = Generator<number, Value, void>;

/**
 * A job under way, owned by the process that called the built-in.
 *
 * @example Usage
 * ```ts
 * import { Work } from "./work.ts";
 * function* count(): Generator<number, number, void> {
 *   for (let i = 0; i < 10; i++) yield 100;
 *   return 42;
 * }
 * const w = new Work(count());
 * console.assert(w.step(250) === false && w.used === 300);
 * console.assert(w.step(10_000) === true && w.result === 42);
 * ```
 */
export class Work {
  /** The built-in's value, once {@linkcode Work.step} has returned true. */
  result: Value = null;
  /** Units done by the last {@linkcode Work.step}. */
  used = 0;
  /** Units done beyond what the last step was given (as a negative number), owed by the next. */
  carry = 0;
  readonly #job: Job;

  /** Wrap a job (already started or not). */
  constructor(job: Job) {
    this.#job = job;
  }

  /** Go on for about `units` units (a little more: a job yields in chunks); true when finished. */
  step(units: number): boolean {
    let done = 0;
    for (;;) {
      const r = this.#job.next();
      if (r.done) {
        this.result = r.value;
        this.used = done;
        return true;
      }
      done += r.value;
      if (done >= units) {
        this.used = done;
        return false;
      }
    }
  }
}

/**
 * Copy a list's or an array's items into a new array, in chunks.
 *
 * @example Usage
 * ```ts
 * import { itemsOf } from "./work.ts";
 * import { PVector, VectorBuilder } from "./persistent/vector.ts";
 * const job = itemsOf(PVector.from([1, 2, 3]));
 * let r = job.next();
 * while (!r.done) r = job.next();
 * console.assert(r.value.length === 3);
 * ```
 */
export function* itemsOf<T>(v: PVector<T> | readonly T[]): Generator<number, T[], void> {
  if (!(v instanceof PVector)) {
    if (v.length <= CHUNK) return v.slice();
    const out: T[] = [];
    for (let i = 0; i < v.length; i += CHUNK) {
      const end = Math.min(v.length, i + CHUNK);
      for (let j = i; j < end; j++) out.push(v[j]);
      yield end - i;
    }
    return out;
  }
  if (v.size <= CHUNK) return v.toArray();
  const out: T[] = [];
  for (let i = 0; i < v.size; i += CHUNK) {
    const piece = v.slice(i, i + CHUNK);
    piece.each((x) => {
      out.push(x);
    });
    yield piece.size;
  }
  return out;
}

/**
 * Build a list from an array, in chunks.
 *
 * @example Usage
 * ```ts
 * import { listOf } from "./work.ts";
 * const job = listOf(Array.from({ length: 5000 }, (_, i) => i));
 * let r = job.next();
 * while (!r.done) r = job.next();
 * console.assert(r.value.size === 5000 && r.value.get(4999) === 4999);
 * ```
 */
export function* listOf<T>(items: readonly T[]): Generator<number, PVector<T>, void> {
  if (items.length <= CHUNK) return PVector.from(items);
  const b = new VectorBuilder<T>();
  for (let i = 0; i < items.length; i += CHUNK) {
    b.pushAll(items.slice(i, i + CHUNK));
    yield Math.min(CHUNK, items.length - i);
  }
  return b.build();
}

/**
 * Call `f` on each item, yielding every {@linkcode CHUNK} items.
 *
 * @example Usage
 * ```ts
 * import { finish, forEach } from "./work.ts";
 * let sum = 0;
 * finish(forEach([1, 2, 3], (x) => {
 *   sum += x;
 * }));
 * console.assert(sum === 6);
 * ```
 */
export function* forEach<T>(items: Iterable<T>, f: (x: T) => void): Generator<number, void, void> {
  let n = 0;
  for (const x of items) {
    f(x);
    if (++n === CHUNK) {
      yield n;
      n = 0;
    }
  }
  yield n;
}

/**
 * Would comparing these two for equality be long work? (Two different lists of
 * the same, large, size: `eq?` then compares them a chunk at a time.)
 *
 * @example Usage
 * ```ts
 * import { PVector } from "./persistent/vector.ts";
 * import { longEquality } from "./work.ts";
 * console.assert(!longEquality(PVector.from([1]), PVector.from([1])));
 * ```
 */
export function longEquality(a: unknown, b: unknown): boolean {
  return a instanceof PVector && b instanceof PVector && a !== b && a.size === b.size &&
    a.size > SYNC_UNITS;
}

/**
 * Run a job to its end at once (for callers outside the VM, and tests).
 *
 * @example Usage
 * ```ts
 * import { finish, listOf } from "./work.ts";
 * console.assert(finish(listOf([1, 2])).size === 2);
 * ```
 */
export function finish<R>(job: Generator<number, R, void>): R {
  for (;;) {
    const r = job.next();
    if (r.done) return r.value;
  }
}
