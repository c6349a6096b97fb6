/**
 * The persistent vector behind Ludus lists: {@linkcode PVector}.
 *
 * A vector is a small header (a *view*: an offset and a length) over a shared
 * Clojure-style 32-way trie plus a tail array. Views make `rest` O(1) and
 * `slice` at worst O(log32 n), copying nothing, which matters because Ludus code
 * walks lists with `[x, ...xs]` all the time. Appending uses "tip ownership": the tail array is shared between versions,
 * and a version whose logical end is the tail array's current end pushes onto it
 * in place (older versions never read past their own length, so they do not see
 * the new slot); anyone else copies the tail first. Full tails (32 items) are
 * frozen by convention and moved into the trie by path copying.
 *
 * Invariants kept by every header (they make appends and lookups branch-light):
 * - `tailOff` (the absolute index where the tail starts) is a multiple of 32;
 * - a non-empty vector's last item lives in its tail:
 *   `tailOff < start + size <= tailOff + tail.length <= tailOff + 32`;
 * - arrays of length 32 (trie leaves, full tails) are never mutated; only tails
 *   shorter than 32 are pushed onto, and only by the version owning their tip;
 * - the empty vector is the shared {@linkcode PVector.empty} instance.
 *
 * A view keeps the whole trie (and tail) it was cut from alive, including items
 * outside the view; a caller that keeps a small slice of a huge vector for a long
 * time can copy it with `PVector.from(v.toArray())`.
 *
 * @module
 */

/** A trie node: an array of child nodes, or at the bottom an array of 32 items. */
type Trie = unknown[];

/** The root of every trie that holds nothing yet. Never mutated. */
const EMPTY_NODE: Trie = [];

/** The shared empty vector (set by the class's static block). */
let EMPTY: PVector<unknown>;

/** Bits of index consumed per trie level. */
const BITS = 5;
/** Items per leaf and children per node. */
const WIDTH = 32;
/** Mask for one level's slice of an index. */
const MASK = 31;

/** The leaf array holding absolute index `a` (which must be below the tail). */
function leafFor(root: Trie, shift: number, a: number): Trie {
  let node = root;
  for (let s = shift; s > 0; s -= BITS) node = node[(a >>> s) & MASK] as Trie;
  return node;
}

/** A path-copied `node` with `leaf` installed as the leaf covering absolute index `a`. */
function setLeaf(node: Trie | undefined, shift: number, a: number, leaf: Trie): Trie {
  const copy = node === undefined ? [] : node.slice();
  const i = (a >>> shift) & MASK;
  copy[i] = shift === BITS ? leaf : setLeaf(copy[i] as Trie | undefined, shift - BITS, a, leaf);
  return copy;
}

/** The root shift a trie needs to have room for a leaf at absolute index `tailOff`. */
function neededShift(shift: number, tailOff: number): number {
  while (tailOff >>> BITS >= 1 << shift) shift += BITS;
  return shift;
}

/**
 * A new root (for root shift `newShift`, as given by {@linkcode neededShift}) with
 * `leaf` installed at absolute index `tailOff`. A non-empty old root becomes the
 * leftmost descendant at its old height; an empty one (a dropped trie) is not kept.
 */
function pushLeaf(root: Trie, shift: number, newShift: number, tailOff: number, leaf: Trie): Trie {
  if (root.length !== 0) { for (let s = shift; s < newShift; s += BITS) root = [root]; }
  return setLeaf(root, newShift, tailOff, leaf);
}

/** A path-copied `node` with the item at absolute index `a` replaced by `x`. */
function setItem(node: Trie, shift: number, a: number, x: unknown): Trie {
  const copy = node.slice();
  if (shift === 0) {
    copy[a & MASK] = x;
  } else {
    const i = (a >>> shift) & MASK;
    copy[i] = setItem(copy[i] as Trie, shift - BITS, a, x);
  }
  return copy;
}

/**
 * An immutable, structurally shared vector: Ludus's list type.
 *
 * `get` is O(log32 n), `append` amortised O(1), `rest` O(1), `slice`/`butlast`
 * O(1) or O(log32 n) (when the new end falls inside the trie), `set`
 * O(log32 n), `concat` O(m) for an `other` of size m (it rebuilds bottom-up when
 * `other` is the longer one), `prepend` O(n). Appending to a version that is not
 * the newest one sharing its tail copies that tail (at most 31 items) first.
 *
 * @example
 * ```ts
 * import { PVector } from "./vector.ts";
 *
 * const xs = PVector.from([1, 2, 3]);
 * const ys = xs.append(4);
 * console.assert(JSON.stringify(ys.toArray()) === JSON.stringify([1, 2, 3, 4]));
 * console.assert(JSON.stringify(xs.toArray()) === JSON.stringify([1, 2, 3]));
 * console.assert(JSON.stringify(ys.rest().get(0)) === JSON.stringify(2));
 * ```
 */
export class PVector<T> {
  /** Number of items. */
  readonly size: number;
  /**
   * Cache slot for the value layer's structural hash; 0 means "not computed".
   * This module never reads or writes it.
   */
  hash: number;
  /** Trie root (covers absolute indices below `#tailOff`). */
  #root: Trie;
  /** Bits to shift an index by at the root level (5 for a one-level trie). */
  #shift: number;
  /** The shared tail array; it may hold items past this view's end. */
  #tail: unknown[];
  /** Absolute index of `#tail[0]`; a multiple of 32. */
  #tailOff: number;
  /** Absolute index of this view's item 0. */
  #start: number;

  static {
    EMPTY = new PVector<unknown>(EMPTY_NODE, BITS, [], 0, 0, 0);
  }

  private constructor(
    root: Trie,
    shift: number,
    tail: unknown[],
    tailOff: number,
    start: number,
    size: number,
  ) {
    this.size = size;
    this.hash = 0;
    this.#root = root;
    this.#shift = shift;
    this.#tail = tail;
    this.#tailOff = tailOff;
    this.#start = start;
  }

  /**
   * The empty vector (one shared instance).
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * console.assert(JSON.stringify(PVector.empty<number>().size) === JSON.stringify(0));
   * ```
   */
  static empty<T>(): PVector<T> {
    return EMPTY as PVector<T>;
  }

  /**
   * A vector holding a copy of `items`, built bottom-up in O(n) (no per-item
   * path copying).
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * console.assert(JSON.stringify(PVector.from(["a", "b"]).get(1)) === JSON.stringify("b"));
   * ```
   */
  static from<T>(items: readonly T[]): PVector<T> {
    const n = items.length;
    if (n === 0) return EMPTY as PVector<T>;
    const trieLen = ((n - 1) >>> BITS) << BITS;
    const leaves: T[][] = [];
    for (let i = 0; i < trieLen; i += WIDTH) leaves.push(items.slice(i, i + WIDTH));
    return PVector.fromLeaves(leaves, items.slice(trieLen));
  }

  /**
   * A vector from full leaves of 32 items each (then owned by the vector) and a
   * tail of 1 to 32 items (0 only when there are no leaves): what
   * {@linkcode VectorBuilder} makes.
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * const leaf = Array.from({ length: 32 }, (_, i) => i);
   * console.assert(PVector.fromLeaves([leaf], [32]).get(32) === 32);
   * ```
   */
  static fromLeaves<T>(leaves: T[][], tail: T[]): PVector<T> {
    const trieLen = leaves.length * WIDTH;
    const n = trieLen + tail.length;
    if (n === 0) return EMPTY as PVector<T>;
    if (tail.length === 0 || tail.length > WIDTH) {
      throw new RangeError("a vector's tail holds 1 to 32 items");
    }
    if (trieLen === 0) return new PVector<T>(EMPTY_NODE, BITS, tail, 0, 0, n);
    let level: Trie[] = leaves;
    let shift = BITS;
    while (level.length > WIDTH) {
      const next: Trie[] = [];
      for (let i = 0; i < level.length; i += WIDTH) next.push(level.slice(i, i + WIDTH));
      level = next;
      shift += BITS;
    }
    return new PVector<T>(level, shift, tail, trieLen, 0, n);
  }

  /**
   * The arrays this vector keeps alive: its tail and the nodes of its trie
   * (which versions share), for memory accounting, which must count shared
   * structure once. `visit (node, leaf)` returns whether the node is new to
   * the caller; the nodes under one it has seen are not visited. A leaf (or the
   * tail) holds items; other nodes hold nodes. A view keeps its whole trie.
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * const v = PVector.from(Array.from({ length: 100 }, (_, i) => i));
   * let items = 0;
   * v.eachNode((node, leaf) => {
   *   if (leaf) items += node.length;
   *   return true;
   * });
   * console.assert(items === 100);
   * ```
   */
  eachNode(visit: (node: readonly unknown[], leaf: boolean) => boolean): void {
    if (this.#tail.length > 0) visit(this.#tail, true);
    if (this.#root.length === 0) return;
    const stack: [Trie, number][] = [[this.#root, this.#shift]];
    while (stack.length > 0) {
      const [node, shift] = stack.pop()!;
      if (!visit(node, shift === 0)) continue;
      if (shift > 0) { for (const child of node) stack.push([child as Trie, shift - BITS]); }
    }
  }

  /**
   * The item at index `i`, or `undefined` when `i` is out of range or not an integer.
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * const v = PVector.from([10, 20]);
   * console.assert(JSON.stringify(v.get(1)) === JSON.stringify(20));
   * console.assert(JSON.stringify(v.get(2)) === JSON.stringify(undefined));
   * console.assert(JSON.stringify(v.get(0.5)) === JSON.stringify(undefined));
   * ```
   */
  get(i: number): T | undefined {
    if (i !== (i | 0) || i < 0 || i >= this.size) return undefined;
    const a = this.#start + i;
    const tailOff = this.#tailOff;
    if (a >= tailOff) return this.#tail[a - tailOff] as T;
    return leafFor(this.#root, this.#shift, a)[a & MASK] as T;
  }

  /**
   * A vector with `x` added at the end. Amortised O(1): appending to the newest
   * version of a vector pushes onto the shared tail in place.
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * const base = PVector.from([1]);
   * const a = base.append(2);
   * const b = base.append(3);
   * console.assert(JSON.stringify([a.toArray(), b.toArray(), base.toArray()]) === JSON.stringify([[1, 2], [1, 3], [1]]));
   * ```
   */
  append(x: T): PVector<T> {
    const size = this.size;
    if (size === 0) return new PVector<T>(EMPTY_NODE, BITS, [x], 0, 0, 1);
    const start = this.#start;
    let tail = this.#tail;
    const tailOff = this.#tailOff;
    const used = start + size - tailOff;
    if (used < WIDTH) {
      if (used === tail.length) {
        tail.push(x);
      } else {
        tail = tail.slice(0, used);
        tail.push(x);
      }
      return new PVector<T>(this.#root, this.#shift, tail, tailOff, start, size + 1);
    }
    // The tail is full (and so frozen): move it into the trie.
    const shift = neededShift(this.#shift, tailOff);
    const root = pushLeaf(this.#root, this.#shift, shift, tailOff, tail);
    return new PVector<T>(root, shift, [x], tailOff + WIDTH, start, size + 1);
  }

  /**
   * A vector with `x` added at the front. O(n): Ludus rarely needs it.
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * console.assert(JSON.stringify(PVector.from([2, 3]).prepend(1).toArray()) === JSON.stringify([1, 2, 3]));
   * ```
   */
  prepend(x: T): PVector<T> {
    const out: T[] = [x];
    this.#pushInto(out);
    return PVector.from(out);
  }

  /**
   * A vector with the item at index `i` replaced by `x`; `this` when the item is
   * already `x` (`===`). O(log32 n).
   *
   * @throws {RangeError} when `i` is not an integer index below `size`.
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * const v = PVector.from([1, 2, 3]);
   * console.assert(JSON.stringify(v.set(1, 20).toArray()) === JSON.stringify([1, 20, 3]));
   * console.assert(JSON.stringify(v.toArray()) === JSON.stringify([1, 2, 3]));
   * ```
   */
  set(i: number, x: T): PVector<T> {
    const size = this.size;
    if (i !== (i | 0) || i < 0 || i >= size) {
      throw new RangeError(`PVector.set: index ${i} out of range for size ${size}`);
    }
    const start = this.#start;
    const a = start + i;
    const tailOff = this.#tailOff;
    if (a >= tailOff) {
      const tail = this.#tail;
      if (tail[a - tailOff] === x) return this;
      const copy = tail.slice(0, start + size - tailOff);
      copy[a - tailOff] = x;
      return new PVector<T>(this.#root, this.#shift, copy, tailOff, start, size);
    }
    const root = this.#root;
    const shift = this.#shift;
    if (leafFor(root, shift, a)[a & MASK] === x) return this;
    return new PVector<T>(setItem(root, shift, a, x), shift, this.#tail, tailOff, start, size);
  }

  /**
   * The items from index `start` up to (not including) `end`, clamped to
   * `[0, size]` like `Array.prototype.slice` but with negative indices read as 0.
   * O(1) when the new end stays in the tail, else O(log32 n) to find the leaf
   * that becomes the new tail; nothing is copied (a view).
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * const v = PVector.from([0, 1, 2, 3, 4]);
   * console.assert(JSON.stringify(v.slice(1, 3).toArray()) === JSON.stringify([1, 2]));
   * console.assert(JSON.stringify(v.slice(3).toArray()) === JSON.stringify([3, 4]));
   * console.assert(JSON.stringify(v.slice(4, 99).toArray()) === JSON.stringify([4]));
   * ```
   */
  slice(start: number, end?: number): PVector<T> {
    const size = this.size;
    let s = Math.trunc(start);
    if (!(s > 0)) s = 0; // also NaN
    else if (s > size) s = size;
    let e = end === undefined ? size : Math.trunc(end);
    if (!(e > 0)) e = 0;
    else if (e > size) e = size;
    if (e <= s) return EMPTY as PVector<T>;
    if (s === 0 && e === size) return this;
    return this.#view(this.#start + s, e - s);
  }

  /**
   * Everything but the first item; the empty vector stays empty. O(1).
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * console.assert(JSON.stringify(PVector.from([1, 2, 3]).rest().toArray()) === JSON.stringify([2, 3]));
   * console.assert(JSON.stringify(PVector.empty<number>().rest().size) === JSON.stringify(0));
   * ```
   */
  rest(): PVector<T> {
    const size = this.size;
    if (size <= 1) return EMPTY as PVector<T>;
    const start = this.#start + 1;
    const tailOff = this.#tailOff;
    // Once the view starts in the tail the trie is dead weight: drop it.
    return start >= tailOff
      ? new PVector<T>(EMPTY_NODE, BITS, this.#tail, tailOff, start, size - 1)
      : new PVector<T>(this.#root, this.#shift, this.#tail, tailOff, start, size - 1);
  }

  /**
   * Everything but the last item; the empty vector stays empty. O(1), or
   * O(log32 n) when the new end crosses from the tail into the trie.
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * console.assert(JSON.stringify(PVector.from([1, 2, 3]).butlast().toArray()) === JSON.stringify([1, 2]));
   * ```
   */
  butlast(): PVector<T> {
    const size = this.size;
    if (size <= 1) return EMPTY as PVector<T>;
    return this.#view(this.#start, size - 1);
  }

  /**
   * This vector's items followed by `other`'s. Returns an operand unchanged
   * when the other is empty.
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * const v = PVector.from([1, 2]).concat(PVector.from([3]));
   * console.assert(JSON.stringify(v.toArray()) === JSON.stringify([1, 2, 3]));
   * ```
   */
  concat(other: PVector<T>): PVector<T> {
    const size = this.size;
    const m = other.size;
    if (m === 0) return this;
    if (size === 0) return other;
    if (m > size) {
      // Rebuilding bottom-up beats appending many items one leaf at a time.
      const all: T[] = [];
      this.#pushInto(all);
      other.#pushInto(all);
      return PVector.from(all);
    }
    const items: T[] = [];
    other.#pushInto(items);
    const start = this.#start;
    let root = this.#root;
    let shift = this.#shift;
    let tailOff = this.#tailOff;
    let tail = this.#tail;
    const used = start + size - tailOff;
    if (used !== tail.length) tail = tail.slice(0, used);
    for (let j = 0; j < m; j++) {
      if (tail.length === WIDTH) {
        const newShift = neededShift(shift, tailOff);
        root = pushLeaf(root, shift, newShift, tailOff, tail);
        shift = newShift;
        tailOff += WIDTH;
        tail = [];
      }
      tail.push(items[j]);
    }
    return new PVector<T>(root, shift, tail, tailOff, start, size + m);
  }

  /**
   * A fresh array of the items.
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * console.assert(JSON.stringify(PVector.from([1, 2]).append(3).toArray()) === JSON.stringify([1, 2, 3]));
   * ```
   */
  toArray(): T[] {
    const out: T[] = [];
    this.#pushInto(out);
    return out;
  }

  /**
   * Calls `f(item, index)` for each item in order: the fastest way to walk a vector.
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * let sum = 0;
   * PVector.from([1, 2, 3]).each((x, i) => {
   *   sum += x * i;
   * });
   * console.assert(JSON.stringify(sum) === JSON.stringify(8));
   * ```
   */
  each(f: (x: T, i: number) => void): void {
    const root = this.#root;
    const shift = this.#shift;
    const tail = this.#tail;
    const tailOff = this.#tailOff;
    let a = this.#start;
    const end = a + this.size;
    let i = 0;
    while (a < end) {
      const leaf = a >= tailOff ? tail : leafFor(root, shift, a);
      let stop = (a | MASK) + 1;
      if (stop > end) stop = end;
      for (; a < stop; a++) f(leaf[a & MASK] as T, i++);
    }
  }

  /**
   * Iterates the items in order.
   *
   * @example
   * ```ts
   * import { PVector } from "./vector.ts";
   *
   * console.assert(JSON.stringify([...PVector.from([1, 2])]) === JSON.stringify([1, 2]));
   * ```
   */
  [Symbol.iterator](): IterableIterator<T> {
    return new VectorIterator<T>(
      this.#root,
      this.#shift,
      this.#tail,
      this.#tailOff,
      this.#start,
      this.#start + this.size,
    );
  }

  /** Appends the items to `out` (leaf by leaf). */
  #pushInto(out: T[]): void {
    const root = this.#root;
    const shift = this.#shift;
    const tail = this.#tail;
    const tailOff = this.#tailOff;
    let a = this.#start;
    const end = a + this.size;
    while (a < end) {
      const leaf = a >= tailOff ? tail : leafFor(root, shift, a);
      let stop = (a | MASK) + 1;
      if (stop > end) stop = end;
      for (; a < stop; a++) out.push(leaf[a & MASK] as T);
    }
  }

  /** The non-empty view of `size` items from absolute index `start`, re-tailed if needed. */
  #view(start: number, size: number): PVector<T> {
    const end = start + size;
    let tailOff = this.#tailOff;
    let tail = this.#tail;
    if (end <= tailOff) {
      // The new end is inside the trie: its leaf becomes the tail, shared as is.
      // Leaves are full (32 items) and so never pushed onto; an append copies the
      // used part first, as for any tail whose tip this view does not own.
      tailOff = (end - 1) & ~MASK;
      tail = leafFor(this.#root, this.#shift, end - 1);
    }
    return start >= tailOff
      ? new PVector<T>(EMPTY_NODE, BITS, tail, tailOff, start, size)
      : new PVector<T>(this.#root, this.#shift, tail, tailOff, start, size);
  }
}

/** The result object of an exhausted iterator. */
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** A leaf-at-a-time iterator over absolute indices `[a, end)`. */
class VectorIterator<T> implements IterableIterator<T> {
  #root: Trie;
  #shift: number;
  #tail: unknown[];
  #tailOff: number;
  #a: number;
  #end: number;
  #leaf: Trie;

  constructor(root: Trie, shift: number, tail: unknown[], tailOff: number, a: number, end: number) {
    this.#root = root;
    this.#shift = shift;
    this.#tail = tail;
    this.#tailOff = tailOff;
    this.#a = a;
    this.#end = end;
    this.#leaf = a >= end ? EMPTY_NODE : a >= tailOff ? tail : leafFor(root, shift, a);
  }

  next(): IteratorResult<T, undefined> {
    const a = this.#a;
    if (a >= this.#end) return DONE;
    let leaf = this.#leaf;
    if ((a & MASK) === 0) {
      leaf = this.#leaf = a >= this.#tailOff ? this.#tail : leafFor(this.#root, this.#shift, a);
    }
    this.#a = a + 1;
    return { done: false, value: leaf[a & MASK] as T };
  }

  [Symbol.iterator](): IterableIterator<T> {
    return this;
  }
}

/**
 * Builds a vector item by item without copying paths: full leaves are kept and
 * the trie above them is made once, by {@linkcode VectorBuilder.build}.
 *
 * @example Usage
 * ```ts
 * import { VectorBuilder } from "./vector.ts";
 *
 * const b = new VectorBuilder<number>();
 * for (let i = 0; i < 100; i++) b.push(i);
 * const v = b.build();
 * console.assert(v.size === 100 && v.get(99) === 99);
 * ```
 */
export class VectorBuilder<T> {
  #leaves: T[][] = [];
  #buf: T[] = [];

  /** Items pushed so far. */
  get size(): number {
    return this.#leaves.length * WIDTH + this.#buf.length;
  }

  /** Add an item at the end. */
  push(x: T): void {
    const buf = this.#buf;
    buf.push(x);
    if (buf.length === WIDTH) {
      this.#leaves.push(buf.slice());
      buf.length = 0;
    }
  }

  /** Add the items of an array at the end (whole leaves are sliced off it, not pushed one by one). */
  pushAll(items: readonly T[]): void {
    let i = 0;
    const n = items.length;
    const buf = this.#buf;
    while (buf.length > 0 && i < n) this.push(items[i++]);
    for (; i + WIDTH <= n; i += WIDTH) this.#leaves.push(items.slice(i, i + WIDTH));
    for (; i < n; i++) buf.push(items[i]);
  }

  /** The vector of everything pushed (the builder must not be used afterwards). */
  build(): PVector<T> {
    const leaves = this.#leaves;
    const tail = this.#buf.length > 0 || leaves.length === 0 ? this.#buf.slice() : leaves.pop()!;
    return PVector.fromLeaves(leaves, tail);
  }
}
