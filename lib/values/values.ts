/**
 * Ludus values in JavaScript, with equality, hashing and `type`.
 *
 * | Ludus      | JS                                              |
 * |------------|-------------------------------------------------|
 * | nil        | `null`                                          |
 * | booleans   | `true` / `false`                                |
 * | numbers    | `number` (IEEE doubles)                         |
 * | strings    | `string`                                        |
 * | keywords   | {@linkcode Keyword}, interned: compare with `===` |
 * | tuples     | {@linkcode Tuple} around an array               |
 * | lists      | {@linkcode PVector} (persistent vector)         |
 * | dicts      | {@linkcode Dict} around a {@linkcode PMap} keyed by keywords |
 * | sets       | {@linkcode LSet} around a {@linkcode PMap}       |
 * | packages   | {@linkcode Pkg}                                  |
 * | functions, boxes, pids | a {@linkcode RuntimeValue} (classes in `vm/`) |
 *
 * Data is defined here. Functions, boxes and pids point into the running system
 * (compiled code, processes), so their classes live with the VM (`vm/callables.ts`,
 * `vm/builtin.ts`, `vm/process.ts`) and this layer knows them only as
 * {@linkcode RuntimeValue}s: what `type`, `show`, equality and hashing need.
 *
 * Equality is deep and by value for data, by identity for functions and boxes,
 * by number for pids. Hashes agree with equality and are cached on collections.
 * Both walk nested data with an explicit work list, so deeply nested values
 * never overflow the host stack.
 *
 * @module
 */

import { type KeyOps, PMap } from "./persistent/map.ts";
import { PVector } from "./persistent/vector.ts";

export { PMap, PVector };

/** Any Ludus value. */
export type Value =
  | null
  | boolean
  | number
  | string
  | Keyword
  | Tuple
  | PVector<Value>
  | Dict
  | LSet
  | Pkg
  | RuntimeValue;

/** Ludus lists are persistent vectors of values. */
export type List = PVector<Value>;

let nextObjectId = 1;

/** A fresh identity number for a {@linkcode RuntimeValue} (used for hashing). */
export function freshId(): number {
  return nextObjectId++;
}

// ---------------------------------------------------------------------------
// Keywords

/** An interned keyword such as `:ok`. Two keywords are equal iff they are `===`. */
export class Keyword {
  /** The name without the colon. */
  readonly name: string;
  /** A small unique number (its hash). */
  readonly id: number;
  /** Use {@linkcode keyword} instead: keywords must be interned. */
  constructor(name: string, id: number) {
    this.name = name;
    this.id = id;
  }
}

const KEYWORDS = new Map<string, Keyword>();

/**
 * The interned keyword with this name.
 *
 * @example Usage
 * ```ts
 * import { keyword } from "./values.ts";
 * console.assert(keyword("ok") === keyword("ok"));
 * ```
 */
export function keyword(name: string): Keyword {
  let k = KEYWORDS.get(name);
  if (k === undefined) {
    k = new Keyword(name, KEYWORDS.size + 1);
    KEYWORDS.set(name, k);
  }
  return k;
}

/** Keywords the runtime itself uses. */
export const KW = {
  nil: keyword("nil"),
  boolean: keyword("boolean"),
  number: keyword("number"),
  keyword: keyword("keyword"),
  string: keyword("string"),
  tuple: keyword("tuple"),
  list: keyword("list"),
  dict: keyword("dict"),
  set: keyword("set"),
  fn: keyword("fn"),
  box: keyword("box"),
  pid: keyword("pid"),
  pkg: keyword("pkg"),
  ok: keyword("ok"),
  err: keyword("err"),
  exit: keyword("exit"),
};

// ---------------------------------------------------------------------------
// Collections

/** A tuple `(a, b)`. Never mutate `items`. */
export class Tuple {
  /** The members. */
  readonly items: Value[];
  /** Cached structural hash (0 = not yet computed). */
  hash: number;
  /** Wrap an array (which the tuple then owns). */
  constructor(items: Value[]) {
    this.items = items;
    this.hash = 0;
  }
}

/** The empty tuple `()`. */
export const EMPTY_TUPLE: Tuple = new Tuple([]);

/** Key operations for keyword-keyed maps: identity. */
export const KEYWORD_OPS: KeyOps<Keyword> = {
  hash: (k) => k.id,
  equals: (a, b) => a === b,
};

/** Key operations for value-keyed maps (sets): deep equality. */
export const VALUE_OPS: KeyOps<Value> = {
  hash: (v) => hashValue(v),
  equals: (a, b) => equals(a, b),
};

/** A dict `#{:a 1}`: keyword keys, insertion-ordered. Nil values are not stored. */
export class Dict {
  /** The entries. */
  readonly map: PMap<Keyword, Value>;
  /** Cached structural hash. */
  hash: number;
  /** Wrap a map. */
  constructor(map: PMap<Keyword, Value>) {
    this.map = map;
    this.hash = 0;
  }
  /** The value at a key, or nil. */
  get(k: Keyword): Value {
    const v = this.map.get(k);
    return v === undefined ? null : v;
  }
  /** A dict with `k` set to `v` (nil removes the key). */
  set(k: Keyword, v: Value): Dict {
    const m = v === null ? this.map.delete(k) : this.map.set(k, v);
    return m === this.map ? this : new Dict(m);
  }
  /** A dict without `k`. */
  delete(k: Keyword): Dict {
    const m = this.map.delete(k);
    return m === this.map ? this : new Dict(m);
  }
}

/** The empty dict `#{}`. */
export const EMPTY_DICT: Dict = new Dict(PMap.empty<Keyword, Value>(KEYWORD_OPS));

/** A set `${1, 2}`: any values, insertion-ordered. */
export class LSet {
  /** The members (each mapped to itself). */
  readonly map: PMap<Value, Value>;
  /** Cached structural hash. */
  hash: number;
  /** Wrap a map. */
  constructor(map: PMap<Value, Value>) {
    this.map = map;
    this.hash = 0;
  }
  /** Is `v` a member? */
  has(v: Value): boolean {
    return this.map.has(v);
  }
  /** A set with `v` added. */
  add(v: Value): LSet {
    const m = this.map.set(v, v);
    return m === this.map ? this : new LSet(m);
  }
  /** A set without `v`. */
  delete(v: Value): LSet {
    const m = this.map.delete(v);
    return m === this.map ? this : new LSet(m);
  }
}

/** The empty set `${}`. */
export const EMPTY_SET: LSet = new LSet(PMap.empty<Value, Value>(VALUE_OPS));

/** The empty list `[]`. */
export const EMPTY_LIST: List = PVector.empty<Value>();

/** A package `pkg Name { ... }`: a named, read-only dict whose missing keys panic. */
export class Pkg {
  /** The package name. */
  readonly name: string;
  /** Its members. */
  readonly dict: Dict;
  /** Make a package. */
  constructor(name: string, dict: Dict) {
    this.name = name;
    this.dict = dict;
  }
}

// ---------------------------------------------------------------------------
// Functions, boxes and pids

/**
 * A value that points into the running system: a function (compiled code and
 * what it captured, or a host primitive), a box or a pid. The classes are the
 * VM's (`vm/callables.ts`, `vm/builtin.ts`, `vm/process.ts`); values, `show`
 * and equality need only what is declared here.
 */
export abstract class RuntimeValue {
  /** Identity, for hashing (see {@linkcode freshId}; a pid's is its number). */
  abstract readonly id: number;
  /** Its `type`: `:fn`, `:box` or `:pid`. */
  abstract typeKeyword(): Keyword;
  /** Its printed form (`fn add`, `<pid 3>`), or for a box the text before its value (`box { `). */
  abstract showName(): string;
  /** What `show` prints inside it (a box's value), or undefined. */
  shownInside(): Value | undefined {
    return undefined;
  }
  /** Equal to another value of the same class: the same object (pids: the same number). */
  sameAs(other: RuntimeValue): boolean {
    return this === other;
  }
}

// ---------------------------------------------------------------------------
// type

/**
 * The `type` keyword of a value.
 *
 * @example Usage
 * ```ts
 * import { typeOf } from "./values.ts";
 * console.assert(typeOf(1).name === "number");
 * ```
 */
export function typeOf(v: Value): Keyword {
  if (v === null) return KW.nil;
  switch (typeof v) {
    case "number":
      return KW.number;
    case "string":
      return KW.string;
    case "boolean":
      return KW.boolean;
  }
  if (v instanceof Keyword) return KW.keyword;
  if (v instanceof Tuple) return KW.tuple;
  if (v instanceof PVector) return KW.list;
  if (v instanceof Dict) return KW.dict;
  if (v instanceof LSet) return KW.set;
  if (v instanceof Pkg) return KW.pkg;
  if (v instanceof RuntimeValue) return v.typeKeyword();
  throw new TypeError(`not a Ludus value: ${String(v)}`);
}

/** Ludus truthiness: only nil and false are falsy. */
export function truthy(v: Value): boolean {
  return v !== null && v !== false;
}

// ---------------------------------------------------------------------------
// Equality

/**
 * Deep equality: by value for data, by identity for functions, boxes and pids.
 *
 * @example Usage
 * ```ts
 * import { equals, PVector } from "./values.ts";
 * console.assert(equals(PVector.from([1, 2]), PVector.from([1, 2])));
 * ```
 */
export function equals(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  // Compound values: walk with an explicit work list (no host recursion). Once a
  // comparison gets big, pairs already compared are skipped, so values with
  // shared parts (2^40 leaves, 40 distinct nodes) compare in linear time.
  const work: Value[] = [a, b];
  let steps = 0;
  let seen: Map<object, Set<object>> | null = null;
  while (work.length > 0) {
    const y = work.pop()!;
    const x = work.pop()!;
    if (x === y) continue;
    if (
      ++steps > 1024 && typeof x === "object" && x !== null && typeof y === "object" && y !== null
    ) {
      seen ??= new Map();
      let ys = seen.get(x);
      if (ys === undefined) seen.set(x, ys = new Set());
      if (ys.has(y)) continue;
      ys.add(y);
    }
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (x.constructor !== y.constructor) return false;
    if (x instanceof Tuple) {
      const xs = x.items, ys = (y as Tuple).items;
      if (xs.length !== ys.length) return false;
      if (x.hash !== 0 && (y as Tuple).hash !== 0 && x.hash !== (y as Tuple).hash) return false;
      for (let i = 0; i < xs.length; i++) {
        const p = xs[i], q = ys[i];
        if (p === q) continue;
        if (typeof p !== "object" || p === null) return false;
        work.push(p, q);
      }
    } else if (x instanceof PVector) {
      const yv = y as PVector<Value>;
      if (x.size !== yv.size) return false;
      if (x.hash !== 0 && yv.hash !== 0 && x.hash !== yv.hash) return false;
      const n = x.size;
      for (let i = 0; i < n; i++) {
        const p = x.get(i)!, q = yv.get(i)!;
        if (p === q) continue;
        if (typeof p !== "object" || p === null) return false;
        work.push(p, q);
      }
    } else if (x instanceof Dict) {
      const ym = (y as Dict).map;
      if (x.map.size !== ym.size) return false;
      if (x.hash !== 0 && (y as Dict).hash !== 0 && x.hash !== (y as Dict).hash) return false;
      for (const [k, p] of x.map.entries()) {
        const q = ym.get(k);
        if (q === undefined) return false;
        if (p === q) continue;
        if (typeof p !== "object" || p === null) return false;
        work.push(p, q);
      }
    } else if (x instanceof LSet) {
      const ym = (y as LSet).map;
      if (x.map.size !== ym.size) return false;
      if (hashValue(x) !== hashValue(y)) return false;
      for (const k of x.map.keys()) if (!ym.has(k)) return false;
    } else if (x instanceof Pkg) {
      if (x.name !== (y as Pkg).name) return false;
      work.push(x.dict, (y as Pkg).dict);
    } else if (x instanceof RuntimeValue) {
      if (!x.sameAs(y as RuntimeValue)) return false;
    } else {
      return false; // keywords: identity only
    }
  }
  return true;
}

// ---------------------------------------------------------------------------
// Hashing

const F64 = new Float64Array(1);
const I32 = new Int32Array(F64.buffer);

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x5bd1e995);
  return (h ^ (h >>> 15)) | 0;
}

function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

function hashNumber(n: number): number {
  if ((n | 0) === n) return mix(0x2545f491, n);
  F64[0] = n === 0 ? 0 : n;
  return mix(mix(0x2545f491, I32[0]), I32[1]);
}

/**
 * A 32-bit hash that agrees with {@linkcode equals}. Collections cache theirs.
 *
 * @example Usage
 * ```ts
 * import { hashValue, Tuple } from "./values.ts";
 * console.assert(hashValue(new Tuple([1])) === hashValue(new Tuple([1])));
 * ```
 */
export function hashValue(v: Value): number {
  if (v === null) return 0x1d3a;
  switch (typeof v) {
    case "number":
      return hashNumber(v);
    case "string":
      return hashString(v);
    case "boolean":
      return v ? 0x3b1 : 0x2c7;
  }
  if (v instanceof Keyword) return mix(0x7f4a7c15, v.id);
  if (v instanceof Tuple || v instanceof PVector || v instanceof Dict || v instanceof LSet) {
    if (v.hash !== 0) return v.hash;
    return hashCollection(v);
  }
  if (v instanceof Pkg) return mix(hashString(v.name), hashValue(v.dict));
  return mix(0x6b43a9b5, v.id);
}

type Coll = Tuple | PVector<Value> | Dict | LSet;

function childrenOf(c: Coll): Value[] {
  if (c instanceof Tuple) return c.items;
  if (c instanceof PVector) return c.toArray();
  if (c instanceof Dict) {
    const out: Value[] = [];
    c.map.each((v, k) => out.push(k, v));
    return out;
  }
  return c.map.keysArray();
}

/** Hash a collection bottom-up without host recursion, caching every hash. */
function hashCollection(root: Coll): number {
  const stack: { c: Coll; kids: Value[]; i: number; h: number }[] = [];
  const push = (c: Coll) => {
    const seed = c instanceof Tuple
      ? 0x1234
      : c instanceof PVector
      ? 0x2345
      : c instanceof Dict
      ? 0x3456
      : 0x4567;
    stack.push({ c, kids: childrenOf(c), i: 0, h: seed });
  };
  push(root);
  let result = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i < top.kids.length) {
      const kid = top.kids[top.i];
      if (
        (kid instanceof Tuple || kid instanceof PVector || kid instanceof Dict ||
          kid instanceof LSet) && kid.hash === 0
      ) {
        push(kid);
        continue;
      }
      const kh = hashValue(kid);
      // Sets are unordered by equality: combine member hashes commutatively.
      top.h = top.c instanceof LSet ? (top.h + kh) | 0 : mix(top.h, kh);
      top.i++;
      continue;
    }
    let h = mix(top.h, top.kids.length);
    if (h === 0) h = 1;
    top.c.hash = h;
    stack.pop();
    result = h;
  }
  return result;
}

// ---------------------------------------------------------------------------
// Conversions used by the compiler and built-ins

/** Make a list from an array. */
export function listOf(items: Value[]): List {
  return PVector.from<Value>(items);
}

/** Make a dict from pairs (nil values skipped). */
export function dictOf(pairs: [Keyword, Value][]): Dict {
  let d = EMPTY_DICT;
  for (const [k, v] of pairs) d = d.set(k, v);
  return d;
}

/** Make a set from values. */
export function setOf(items: Value[]): LSet {
  let s = EMPTY_SET;
  for (const v of items) s = s.add(v);
  return s;
}

/** Make a tuple from values. */
export function tupleOf(...items: Value[]): Tuple {
  return new Tuple(items);
}
