/**
 * The persistent, insertion-ordered hash map behind Ludus dicts and sets:
 * {@linkcode PMap}, with pluggable key hashing and equality ({@linkcode KeyOps}).
 *
 * Most Ludus dicts are tiny, so a map of up to 8 entries is one flat array
 * (`[k0, v0, k1, v1, ...]` in insertion order) scanned linearly with `ops.equals`;
 * it never calls `ops.hash`. A larger map is a HAMT (hash array mapped trie:
 * bitmap-indexed nodes, collision nodes for keys whose hashes are equal) from key
 * to an immutable entry `{key, value, hash, pos}`, plus an *order record*: a
 * {@linkcode PVector} of the same entries indexed by `pos`, with `undefined`
 * tombstones for deleted keys. Iteration walks the order record, so it is in
 * insertion order without touching the HAMT. The record is compacted (and the
 * HAMT rebuilt with fresh positions) when more than half of it is tombstones, so
 * deletes are amortised O(log n). Updating a key keeps its position; deleting
 * and re-adding a key moves it to the end.
 *
 * @module
 */

import { PVector } from "./vector.ts";

/**
 * How a map hashes and compares its keys. Keys that `equals` says are equal are
 * the same key, so `equals(a, b)` must imply `hash(a) === hash(b)`.
 *
 * @example
 * ```ts
 * import type { KeyOps } from "./map.ts";
 *
 * const stringOps: KeyOps<string> = {
 *   hash: (k) => {
 *     let h = 0;
 *     for (let i = 0; i < k.length; i++) h = (Math.imul(h, 31) + k.charCodeAt(i)) | 0;
 *     return h;
 *   },
 *   equals: (a, b) => a === b,
 * };
 * ```
 */
export interface KeyOps<K> {
  /** A 32-bit integer hash of `k` (other numbers are truncated with `| 0`). */
  hash(k: K): number;
  /** Whether `a` and `b` are the same key. */
  equals(a: K, b: K): boolean;
}

/** Maps of at most this many entries are flat arrays. */
const SMALL_MAX = 8;

/** One key/value pair with its key's hash and its index in the order record. */
class Entry<K, V> {
  readonly key: K;
  readonly value: V;
  readonly hash: number;
  readonly pos: number;
  constructor(key: K, value: V, hash: number, pos: number) {
    this.key = key;
    this.value = value;
    this.hash = hash;
    this.pos = pos;
  }
}

/** Entries whose keys differ but whose hashes are all `hash`. */
class CNode<K, V> {
  readonly hash: number;
  readonly entries: Entry<K, V>[];
  constructor(hash: number, entries: Entry<K, V>[]) {
    this.hash = hash;
    this.entries = entries;
  }
}

/**
 * A bitmap-indexed HAMT node, flattened into one array to save a pointer hop per
 * level: `[bitmap, ...slots]`, one slot per set bit in bit order. A slot is an
 * {@linkcode Entry}, a {@linkcode CNode} or another `BNode`. Never mutated once
 * built.
 */
type BNode = unknown[];

/** Number of set bits in a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The entry for key `k` (with hash `h`) under `root`, if any. */
function find<K, V>(root: BNode, h: number, k: K, ops: KeyOps<K>): Entry<K, V> | undefined {
  let node: unknown = root;
  let shift = 0;
  for (;;) {
    if (Array.isArray(node)) {
      const bitmap = node[0] as number;
      const bit = 1 << ((h >>> shift) & 31);
      if ((bitmap & bit) === 0) return undefined;
      node = node[1 + popcount(bitmap & (bit - 1))];
      shift += 5;
    } else if (node instanceof Entry) {
      return node.hash === h && ops.equals(node.key as K, k) ? node as Entry<K, V> : undefined;
    } else {
      const c = node as CNode<K, V>;
      if (c.hash !== h) return undefined;
      const entries = c.entries;
      for (let i = 0; i < entries.length; i++) {
        if (ops.equals(entries[i].key, k)) return entries[i];
      }
      return undefined;
    }
  }
}

/** `node` with `slot` added for the clear bit `bit` at slot index `idx`. */
function nodeInsert(node: BNode, bit: number, idx: number, slot: unknown): BNode {
  const n = node.length;
  const out: unknown[] = [(node[0] as number) | bit];
  for (let i = 1; i <= idx; i++) out.push(node[i]);
  out.push(slot);
  for (let i = idx + 1; i < n; i++) out.push(node[i]);
  return out;
}

/** `node` without the slot at index `idx` (for the set bit `bit`). */
function nodeRemove(node: BNode, bit: number, idx: number): BNode {
  const n = node.length;
  const out: unknown[] = [(node[0] as number) ^ bit];
  for (let i = 1; i < n; i++) if (i !== idx + 1) out.push(node[i]);
  return out;
}

/** `node` with the slot at index `idx` replaced by `slot`. */
function nodeReplace(node: BNode, idx: number, slot: unknown): BNode {
  const out = node.slice();
  out[idx + 1] = slot;
  return out;
}

/** `items` without index `idx`. */
function removeAt<X>(items: X[], idx: number): X[] {
  const n = items.length;
  const out: X[] = [];
  for (let i = 0; i < n; i++) if (i !== idx) out.push(items[i]);
  return out;
}

/** A subtree at depth `shift` holding two entries with different keys. */
function merge<K, V>(a: Entry<K, V>, b: Entry<K, V>, shift: number): unknown {
  // Distinct hashes differ in some 5-bit chunk at shift <= 30, so this never
  // reaches a shift past 30.
  if (a.hash === b.hash) return new CNode(a.hash, [a, b]);
  const ia = (a.hash >>> shift) & 31;
  const ib = (b.hash >>> shift) & 31;
  if (ia === ib) return [1 << ia, merge(a, b, shift + 5)];
  return ia < ib ? [(1 << ia) | (1 << ib), a, b] : [(1 << ia) | (1 << ib), b, a];
}

/** A path-copied `node` (at depth `shift`) where `e.key` maps to `e` (added or replaced). */
function assoc<K, V>(node: BNode, shift: number, e: Entry<K, V>, ops: KeyOps<K>): BNode {
  const h = e.hash;
  const bit = 1 << ((h >>> shift) & 31);
  const bitmap = node[0] as number;
  const idx = popcount(bitmap & (bit - 1));
  if ((bitmap & bit) === 0) return nodeInsert(node, bit, idx, e);
  const child = node[idx + 1];
  let next: unknown;
  if (Array.isArray(child)) {
    next = assoc(child, shift + 5, e, ops);
  } else if (child instanceof Entry) {
    const c = child as Entry<K, V>;
    next = c.hash === h && ops.equals(c.key, e.key) ? e : merge(c, e, shift + 5);
  } else {
    const c = child as CNode<K, V>;
    if (c.hash === h) {
      const entries = c.entries;
      let j = 0;
      while (j < entries.length && !ops.equals(entries[j].key, e.key)) j++;
      const copy = entries.slice();
      copy[j] = e; // j === length appends
      next = new CNode(h, copy);
    } else {
      next = assoc([1 << ((c.hash >>> (shift + 5)) & 31), c], shift + 5, e, ops);
    }
  }
  return nodeReplace(node, idx, next);
}

/**
 * `node` (at depth `shift`) without key `k`; `undefined` when nothing is left, or
 * a lone entry / collision node for the parent to inline (below the root).
 */
function dissoc<K>(node: BNode, shift: number, h: number, k: K, ops: KeyOps<K>): unknown {
  const bitmap = node[0] as number;
  const bit = 1 << ((h >>> shift) & 31);
  if ((bitmap & bit) === 0) return node;
  const idx = popcount(bitmap & (bit - 1));
  const child = node[idx + 1];
  let next: unknown;
  if (Array.isArray(child)) {
    next = dissoc(child, shift + 5, h, k, ops);
    if (next === child) return node;
  } else if (child instanceof Entry) {
    if (!(child.hash === h && ops.equals(child.key as K, k))) return node;
    next = undefined;
  } else {
    const c = child as CNode<K, unknown>;
    if (c.hash !== h) return node;
    const entries = c.entries;
    let j = 0;
    while (j < entries.length && !ops.equals(entries[j].key, k)) j++;
    if (j === entries.length) return node;
    next = entries.length === 2 ? entries[1 - j] : new CNode(h, removeAt(entries, j));
  }
  if (next === undefined) {
    if (bitmap === bit) return undefined;
    // One slot left that is not a subtree: hand it to the parent to inline.
    if (shift > 0 && node.length === 3 && !Array.isArray(node[2 - idx])) return node[2 - idx];
    return nodeRemove(node, bit, idx);
  }
  if (shift > 0 && node.length === 2 && !Array.isArray(next)) return next;
  return nodeReplace(node, idx, next);
}

/** A HAMT holding `entries` (whose keys are distinct). */
function buildHamt<K, V>(entries: readonly Entry<K, V>[], ops: KeyOps<K>): BNode {
  let root: BNode = [0];
  for (let i = 0; i < entries.length; i++) root = assoc(root, 0, entries[i], ops);
  return root;
}

/** The shared array of an empty map (never mutated: small maps copy on write). */
const NO_ITEMS: unknown[] = [];

/**
 * An immutable, insertion-ordered hash map with pluggable key semantics: Ludus's
 * dict (and, with ignored values, set) type.
 *
 * Up to 8 entries: O(n) linear scans with `ops.equals` (no hashing). Beyond: `get`,
 * `has`, `set` O(log32 n); `delete` amortised O(log32 n). Iteration is O(n) and in
 * insertion order.
 *
 * @example
 * ```ts
 * import { type KeyOps, PMap } from "./map.ts";
 *
 * const ops: KeyOps<string> = { hash: (k) => k.length, equals: (a, b) => a === b };
 * const m = PMap.empty<string, number>(ops).set("b", 1).set("a", 2);
 * console.assert(JSON.stringify(m.keysArray()) === JSON.stringify(["b", "a"]));
 * console.assert(JSON.stringify(m.get("a")) === JSON.stringify(2));
 * console.assert(JSON.stringify(m.delete("b").size) === JSON.stringify(1));
 * console.assert(JSON.stringify(m.size) === JSON.stringify(2));
 * ```
 */
export class PMap<K, V> {
  /** Number of entries. */
  readonly size: number;
  /**
   * Cache slot for the value layer's structural hash; 0 means "not computed".
   * This module never reads or writes it.
   */
  hash: number;
  /** Key hashing and equality. */
  #ops: KeyOps<K>;
  /**
   * Small mode: `[key0, value0, key1, value1, ...]` in insertion order (one array
   * to copy per update); `undefined` in HAMT mode.
   */
  #kv: unknown[] | undefined;
  /** HAMT mode: key → entry (`undefined` in small mode). */
  #root: BNode | undefined;
  /** HAMT mode: entries by position, `undefined` for deleted ones. */
  #order: PVector<Entry<K, V> | undefined> | undefined;
  /** HAMT mode: number of tombstones in `#order`. */
  #dead: number;

  private constructor(
    ops: KeyOps<K>,
    size: number,
    kv: unknown[] | undefined,
    root: BNode | undefined,
    order: PVector<Entry<K, V> | undefined> | undefined,
    dead: number,
  ) {
    this.size = size;
    this.hash = 0;
    this.#ops = ops;
    this.#kv = kv;
    this.#root = root;
    this.#order = order;
    this.#dead = dead;
  }

  /**
   * The empty map whose keys hash and compare with `ops`.
   *
   * @example
   * ```ts
   * import { PMap } from "./map.ts";
   *
   * const m = PMap.empty<number, string>({ hash: (k) => k | 0, equals: (a, b) => a === b });
   * console.assert(JSON.stringify(m.size) === JSON.stringify(0));
   * ```
   */
  static empty<K, V>(ops: KeyOps<K>): PMap<K, V> {
    return new PMap<K, V>(ops, 0, NO_ITEMS, undefined, undefined, 0);
  }

  /**
   * A map of `entries`, in order; a later entry for an equal key overwrites the
   * value but keeps the first one's position.
   *
   * @example
   * ```ts
   * import { PMap } from "./map.ts";
   *
   * const ops = { hash: (k: string) => k.length, equals: (a: string, b: string) => a === b };
   * const m = PMap.fromEntries(ops, [["x", 1], ["y", 2], ["x", 3]]);
   * console.assert(JSON.stringify([...m.entries()]) === JSON.stringify([["x", 3], ["y", 2]]));
   * ```
   */
  static fromEntries<K, V>(ops: KeyOps<K>, entries: Iterable<readonly [K, V]>): PMap<K, V> {
    // Build a small map directly in a fresh array; switch to persistent sets beyond.
    const kv: unknown[] = [];
    let m: PMap<K, V> | undefined;
    for (const [k, v] of entries) {
      if (m !== undefined) {
        m = m.set(k, v);
        continue;
      }
      const n2 = kv.length;
      let i = 0;
      while (i < n2 && !ops.equals(kv[i] as K, k)) i += 2;
      if (i < n2) {
        kv[i + 1] = v;
      } else if (n2 < 2 * SMALL_MAX) {
        kv.push(k, v);
      } else {
        m = new PMap<K, V>(ops, SMALL_MAX, kv, undefined, undefined, 0).set(k, v);
      }
    }
    return m ?? new PMap<K, V>(ops, kv.length >>> 1, kv, undefined, undefined, 0);
  }

  /**
   * The value for key `k`, or `undefined` when absent.
   *
   * @example
   * ```ts
   * import { PMap } from "./map.ts";
   *
   * const ops = { hash: (k: number) => k | 0, equals: (a: number, b: number) => a === b };
   * const m = PMap.empty<number, string>(ops).set(1, "one");
   * console.assert(JSON.stringify(m.get(1)) === JSON.stringify("one"));
   * console.assert(JSON.stringify(m.get(2)) === JSON.stringify(undefined));
   * ```
   */
  get(k: K): V | undefined {
    const kv = this.#kv;
    const ops = this.#ops;
    if (kv !== undefined) {
      for (let i = 0; i < kv.length; i += 2) {
        if (ops.equals(kv[i] as K, k)) return kv[i + 1] as V;
      }
      return undefined;
    }
    return find<K, V>(this.#root as BNode, ops.hash(k) | 0, k, ops)?.value;
  }

  /**
   * Whether key `k` is present.
   *
   * @example
   * ```ts
   * import { PMap } from "./map.ts";
   *
   * const ops = { hash: (k: number) => k | 0, equals: (a: number, b: number) => a === b };
   * const m = PMap.empty<number, undefined>(ops).set(1, undefined);
   * console.assert(m.has(1));
   * console.assert(!m.has(2));
   * ```
   */
  has(k: K): boolean {
    const kv = this.#kv;
    const ops = this.#ops;
    if (kv !== undefined) {
      for (let i = 0; i < kv.length; i += 2) if (ops.equals(kv[i] as K, k)) return true;
      return false;
    }
    return find<K, V>(this.#root as BNode, ops.hash(k) | 0, k, ops) !== undefined;
  }

  /**
   * A map where `k` maps to `v`. A new key goes last; an existing key keeps its
   * position (and its original key object). Returns `this` when `k` already maps
   * to `v` (`===`).
   *
   * @example
   * ```ts
   * import { PMap } from "./map.ts";
   *
   * const ops = { hash: (k: string) => k.length, equals: (a: string, b: string) => a === b };
   * const m = PMap.empty<string, number>(ops).set("a", 1).set("b", 2);
   * console.assert(JSON.stringify(m.set("a", 9).keysArray()) === JSON.stringify(["a", "b"]));
   * console.assert(m.set("a", 1) === m);
   * ```
   */
  set(k: K, v: V): PMap<K, V> {
    const ops = this.#ops;
    const kv = this.#kv;
    if (kv !== undefined) {
      const n2 = kv.length;
      for (let i = 0; i < n2; i += 2) {
        if (ops.equals(kv[i] as K, k)) {
          if (kv[i + 1] === v) return this;
          const copy = kv.slice();
          copy[i + 1] = v;
          return new PMap<K, V>(ops, this.size, copy, undefined, undefined, 0);
        }
      }
      if (n2 < 2 * SMALL_MAX) {
        const copy = kv.slice();
        copy.push(k, v);
        return new PMap<K, V>(ops, this.size + 1, copy, undefined, undefined, 0);
      }
      // Grow into a HAMT.
      const entries: Entry<K, V>[] = [];
      for (let i = 0; i < n2; i += 2) {
        const key = kv[i] as K;
        entries.push(new Entry(key, kv[i + 1] as V, ops.hash(key) | 0, i >>> 1));
      }
      entries.push(new Entry(k, v, ops.hash(k) | 0, entries.length));
      return new PMap<K, V>(
        ops,
        entries.length,
        undefined,
        buildHamt(entries, ops),
        PVector.from<Entry<K, V> | undefined>(entries),
        0,
      );
    }
    const root = this.#root as BNode;
    const order = this.#order as PVector<Entry<K, V> | undefined>;
    const h = ops.hash(k) | 0;
    const old = find<K, V>(root, h, k, ops);
    if (old !== undefined) {
      if (old.value === v) return this;
      const e = new Entry(old.key, v, h, old.pos);
      return new PMap<K, V>(
        ops,
        this.size,
        undefined,
        assoc(root, 0, e, ops),
        order.set(old.pos, e),
        this.#dead,
      );
    }
    const e = new Entry(k, v, h, order.size);
    return new PMap<K, V>(
      ops,
      this.size + 1,
      undefined,
      assoc(root, 0, e, ops),
      order.append(e),
      this.#dead,
    );
  }

  /**
   * A map without key `k`; `this` when `k` is absent.
   *
   * @example
   * ```ts
   * import { PMap } from "./map.ts";
   *
   * const ops = { hash: (k: string) => k.length, equals: (a: string, b: string) => a === b };
   * const m = PMap.empty<string, number>(ops).set("a", 1).set("b", 2);
   * console.assert(JSON.stringify(m.delete("a").keysArray()) === JSON.stringify(["b"]));
   * console.assert(m.delete("zz") === m);
   * ```
   */
  delete(k: K): PMap<K, V> {
    const ops = this.#ops;
    const kv = this.#kv;
    if (kv !== undefined) {
      const n2 = kv.length;
      for (let i = 0; i < n2; i += 2) {
        if (ops.equals(kv[i] as K, k)) {
          const copy: unknown[] = [];
          for (let j = 0; j < n2; j++) if (j !== i && j !== i + 1) copy.push(kv[j]);
          return new PMap<K, V>(ops, this.size - 1, copy, undefined, undefined, 0);
        }
      }
      return this;
    }
    const root = this.#root as BNode;
    let order = this.#order as PVector<Entry<K, V> | undefined>;
    const h = ops.hash(k) | 0;
    const old = find<K, V>(root, h, k, ops);
    if (old === undefined) return this;
    const size = this.size - 1;
    if (size <= SMALL_MAX) {
      // Shrink back to a flat array.
      const copy: unknown[] = [];
      order.each((e) => {
        if (e !== undefined && e !== old) copy.push(e.key, e.value);
      });
      return new PMap<K, V>(ops, size, copy, undefined, undefined, 0);
    }
    let dead = this.#dead;
    if (old.pos === order.size - 1) {
      order = order.butlast();
    } else {
      order = order.set(old.pos, undefined);
      dead++;
    }
    if (dead > size) {
      // More than half of the order record is tombstones: compact it.
      const live: Entry<K, V>[] = [];
      order.each((e) => {
        if (e !== undefined) live.push(new Entry(e.key, e.value, e.hash, live.length));
      });
      return new PMap<K, V>(
        ops,
        size,
        undefined,
        buildHamt(live, ops),
        PVector.from<Entry<K, V> | undefined>(live),
        0,
      );
    }
    return new PMap<K, V>(ops, size, undefined, dissoc(root, 0, h, k, ops) as BNode, order, dead);
  }

  /**
   * Calls `f(value, key)` for each entry in insertion order: the fastest way to
   * walk a map.
   *
   * @example
   * ```ts
   * import { PMap } from "./map.ts";
   *
   * const ops = { hash: (k: string) => k.length, equals: (a: string, b: string) => a === b };
   * const m = PMap.fromEntries(ops, [["a", 1], ["b", 2]]);
   * const seen: string[] = [];
   * m.each((v, k) => seen.push(k + v));
   * console.assert(JSON.stringify(seen) === JSON.stringify(["a1", "b2"]));
   * ```
   */
  each(f: (v: V, k: K) => void): void {
    const kv = this.#kv;
    if (kv !== undefined) {
      for (let i = 0; i < kv.length; i += 2) f(kv[i + 1] as V, kv[i] as K);
      return;
    }
    (this.#order as PVector<Entry<K, V> | undefined>).each((e) => {
      if (e !== undefined) f(e.value, e.key);
    });
  }

  /**
   * The keys in insertion order.
   *
   * @example
   * ```ts
   * import { PMap } from "./map.ts";
   *
   * const ops = { hash: (k: string) => k.length, equals: (a: string, b: string) => a === b };
   * console.assert(JSON.stringify([...PMap.fromEntries(ops, [["b", 1], ["a", 2]]).keys()]) === JSON.stringify(["b", "a"]));
   * ```
   */
  keys(): IterableIterator<K> {
    return new MapIterator<K, V, K>(this.#kv, this.#order, KEYS);
  }

  /**
   * The values in insertion order.
   *
   * @example
   * ```ts
   * import { PMap } from "./map.ts";
   *
   * const ops = { hash: (k: string) => k.length, equals: (a: string, b: string) => a === b };
   * console.assert(JSON.stringify([...PMap.fromEntries(ops, [["b", 1], ["a", 2]]).values()]) === JSON.stringify([1, 2]));
   * ```
   */
  values(): IterableIterator<V> {
    return new MapIterator<K, V, V>(this.#kv, this.#order, VALUES);
  }

  /**
   * The `[key, value]` pairs in insertion order (a fresh pair each step).
   *
   * @example
   * ```ts
   * import { PMap } from "./map.ts";
   *
   * const ops = { hash: (k: string) => k.length, equals: (a: string, b: string) => a === b };
   * console.assert(JSON.stringify([...PMap.fromEntries(ops, [["b", 1]]).entries()]) === JSON.stringify([["b", 1]]));
   * ```
   */
  entries(): IterableIterator<[K, V]> {
    return new MapIterator<K, V, [K, V]>(this.#kv, this.#order, ENTRIES);
  }

  /**
   * Same as {@linkcode PMap.entries}, so a map can be spread or used in `for...of`.
   *
   * @example
   * ```ts
   * import { PMap } from "./map.ts";
   *
   * const ops = { hash: (k: string) => k.length, equals: (a: string, b: string) => a === b };
   * console.assert(JSON.stringify([...PMap.fromEntries(ops, [["b", 1]])]) === JSON.stringify([["b", 1]]));
   * ```
   */
  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }

  /**
   * A fresh array of the keys in insertion order.
   *
   * @example
   * ```ts
   * import { PMap } from "./map.ts";
   *
   * const ops = { hash: (k: string) => k.length, equals: (a: string, b: string) => a === b };
   * console.assert(JSON.stringify(PMap.fromEntries(ops, [["b", 1], ["a", 2]]).keysArray()) === JSON.stringify(["b", "a"]));
   * ```
   */
  keysArray(): K[] {
    const out: K[] = [];
    const kv = this.#kv;
    if (kv !== undefined) {
      for (let i = 0; i < kv.length; i += 2) out.push(kv[i] as K);
      return out;
    }
    (this.#order as PVector<Entry<K, V> | undefined>).each((e) => {
      if (e !== undefined) out.push(e.key);
    });
    return out;
  }

  /**
   * A fresh array of the values in insertion order.
   *
   * @example
   * ```ts
   * import { PMap } from "./map.ts";
   *
   * const ops = { hash: (k: string) => k.length, equals: (a: string, b: string) => a === b };
   * console.assert(JSON.stringify(PMap.fromEntries(ops, [["b", 1], ["a", 2]]).valuesArray()) === JSON.stringify([1, 2]));
   * ```
   */
  valuesArray(): V[] {
    const out: V[] = [];
    const kv = this.#kv;
    if (kv !== undefined) {
      for (let i = 1; i < kv.length; i += 2) out.push(kv[i] as V);
      return out;
    }
    (this.#order as PVector<Entry<K, V> | undefined>).each((e) => {
      if (e !== undefined) out.push(e.value);
    });
    return out;
  }
}

/** Iterator kinds. */
const KEYS = 0;
const VALUES = 1;
const ENTRIES = 2;

/** The result object of an exhausted iterator. */
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** An insertion-order iterator over either mode of {@linkcode PMap}. */
class MapIterator<K, V, R> implements IterableIterator<R> {
  #kv: unknown[] | undefined;
  #inner: Iterator<Entry<K, V> | undefined> | undefined;
  #kind: number;
  #i: number;

  constructor(
    kv: unknown[] | undefined,
    order: PVector<Entry<K, V> | undefined> | undefined,
    kind: number,
  ) {
    this.#kv = kv;
    this.#inner = order === undefined ? undefined : order[Symbol.iterator]();
    this.#kind = kind;
    this.#i = 0;
  }

  next(): IteratorResult<R, undefined> {
    const inner = this.#inner;
    let k: K;
    let v: V;
    if (inner === undefined) {
      const kv = this.#kv as unknown[];
      const i = this.#i;
      if (i >= kv.length) return DONE;
      this.#i = i + 2;
      k = kv[i] as K;
      v = kv[i + 1] as V;
    } else {
      let e: Entry<K, V> | undefined;
      do {
        const r = inner.next();
        if (r.done) return DONE;
        e = r.value;
      } while (e === undefined);
      k = e.key;
      v = e.value;
    }
    const kind = this.#kind;
    return {
      done: false,
      value: (kind === KEYS ? k : kind === VALUES ? v : [k, v]) as R,
    };
  }

  [Symbol.iterator](): IterableIterator<R> {
    return this;
  }
}
