/**
 * Tests for the persistent collections in `lib/persistent/`: {@linkcode PVector}
 * (checked against plain arrays) and {@linkcode PMap} (checked against `Map`,
 * whose iteration order is the insertion order PMap promises). Property tests
 * derive many versions from a shared history and check at the end that every old
 * version still holds what it held when it was made.
 *
 * @module
 */

import fc from "fast-check";
import { assert, assertEquals, assertStrictEquals, assertThrows } from "@std/assert";
import { PVector, VectorBuilder } from "../lib/values/persistent/vector.ts";
import { type KeyOps, PMap } from "../lib/values/persistent/map.ts";

// ---------------------------------------------------------------------------
// Helpers

/** Throws unless `v` holds exactly `model`, through every read path. */
function checkVec<T>(v: PVector<T>, model: readonly T[], label = "vector"): void {
  const n = model.length;
  if (v.size !== n) throw new Error(`${label}: size ${v.size}, expected ${n}`);
  const arr = v.toArray();
  if (arr.length !== n) throw new Error(`${label}: toArray length ${arr.length}, expected ${n}`);
  for (let i = 0; i < n; i++) {
    if (arr[i] !== model[i]) throw new Error(`${label}: toArray[${i}] ${arr[i]} != ${model[i]}`);
    if (v.get(i) !== model[i]) throw new Error(`${label}: get(${i}) ${v.get(i)} != ${model[i]}`);
  }
  let j = 0;
  for (const x of v) {
    if (x !== model[j]) throw new Error(`${label}: iterator[${j}] ${x} != ${model[j]}`);
    j++;
  }
  if (j !== n) throw new Error(`${label}: iterator gave ${j} items, expected ${n}`);
  j = 0;
  v.each((x, i) => {
    if (i !== j || x !== model[j]) throw new Error(`${label}: each(${i}) ${x} != ${model[j]}`);
    j++;
  });
  if (j !== n) throw new Error(`${label}: each gave ${j} items, expected ${n}`);
  if (v.get(-1) !== undefined || v.get(n) !== undefined) {
    throw new Error(`${label}: out-of-range get was not undefined`);
  }
}

/** Throws unless `m` holds exactly the entries of `model`, in the same order. */
function checkMap<K, V>(
  m: PMap<K, V>,
  model: Map<K, V>,
  absent: readonly K[],
  label = "map",
): void {
  if (m.size !== model.size) throw new Error(`${label}: size ${m.size}, expected ${model.size}`);
  const keys = [...model.keys()];
  const vals = [...model.values()];
  assertEquals(m.keysArray(), keys, `${label}: keysArray`);
  assertEquals(m.valuesArray(), vals, `${label}: valuesArray`);
  assertEquals([...m.keys()], keys, `${label}: keys()`);
  assertEquals([...m.values()], vals, `${label}: values()`);
  assertEquals([...m.entries()], [...model.entries()], `${label}: entries()`);
  const seen: [K, V][] = [];
  m.each((v, k) => seen.push([k, v]));
  assertEquals(seen, [...model.entries()], `${label}: each`);
  for (const [k, v] of model) {
    if (m.get(k) !== v) throw new Error(`${label}: get(${k}) ${m.get(k)} != ${v}`);
    if (!m.has(k)) throw new Error(`${label}: has(${k}) false`);
  }
  for (const k of absent) {
    if (model.has(k)) continue;
    if (m.get(k) !== undefined || m.has(k)) throw new Error(`${label}: absent ${k} found`);
  }
}

/** An array `[from, from + 1, ..., from + n - 1]`. */
function range(from: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(from + i);
  return out;
}

/** Number keys hashed by `k % 4`: everything collides into four buckets. */
const mod4Ops: KeyOps<number> = { hash: (k) => k % 4, equals: (a, b) => a === b };

/** Number keys with a well-mixed hash. */
const mixOps: KeyOps<number> = {
  hash: (k) => {
    let h = Math.imul(k ^ (k >>> 16), 0x45d9f3b);
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    return h ^ (h >>> 16);
  },
  equals: (a, b) => a === b,
};

/**
 * Number keys whose hashes share their low 25 bits (deep HAMT paths) and collide
 * outright for keys 128 apart (collision nodes at the bottom).
 */
const deepOps: KeyOps<number> = { hash: (k) => k << 25, equals: (a, b) => a === b };

/** Structural keys: equal by content, not identity. */
const pairOps: KeyOps<readonly [number, number]> = {
  hash: (k) => (k[0] * 31 + k[1]) | 0,
  equals: (a, b) => a[0] === b[0] && a[1] === b[1],
};

// ---------------------------------------------------------------------------
// PVector: examples

Deno.test("PVector.empty() is shared and empty", () => {
  const e = PVector.empty<number>();
  assertStrictEquals(e, PVector.empty<string>() as unknown as PVector<number>);
  checkVec(e, []);
  assertStrictEquals(e.rest(), e);
  assertStrictEquals(e.butlast(), e);
  assertStrictEquals(e.slice(0, 10), e);
  assertEquals(e.hash, 0);
});

Deno.test("PVector.from() matches the array across the 32, 1024 and 32768 boundaries", () => {
  for (
    const n of [0, 1, 31, 32, 33, 63, 64, 65, 1023, 1024, 1025, 1056, 1057, 32767, 32768, 32769]
  ) {
    const items = range(0, n);
    const v = PVector.from(items);
    checkVec(v, items, `from(${n})`);
    checkVec(v.append(-1), [...items, -1], `from(${n}).append`);
  }
});

Deno.test("PVector.from() copies its input", () => {
  const items = [1, 2, 3];
  const v = PVector.from(items);
  items.push(4);
  items[0] = 9;
  checkVec(v, [1, 2, 3]);
  checkVec(v.append(5), [1, 2, 3, 5]);
});

Deno.test("PVector.append() from empty builds 40,000 items correctly", () => {
  const n = 40_000;
  let v = PVector.empty<number>();
  for (let i = 0; i < n; i++) {
    v = v.append(i);
    if (v.size !== i + 1 || v.get(i) !== i) throw new Error(`append ${i}`);
  }
  checkVec(v, range(0, n));
});

Deno.test("PVector.append() twice from one version keeps both and the base (tip ownership)", () => {
  for (const n of [0, 1, 5, 31, 32, 33, 1024, 1055, 32768]) {
    const base = PVector.from(range(0, n));
    const a = base.append(100_001);
    const b = base.append(100_002);
    const a2 = a.append(100_003);
    const b2 = b.append(100_004);
    const a3 = a.append(100_005);
    checkVec(base, range(0, n), `base ${n}`);
    checkVec(a, [...range(0, n), 100_001], `a ${n}`);
    checkVec(b, [...range(0, n), 100_002], `b ${n}`);
    checkVec(a2, [...range(0, n), 100_001, 100_003], `a2 ${n}`);
    checkVec(b2, [...range(0, n), 100_002, 100_004], `b2 ${n}`);
    checkVec(a3, [...range(0, n), 100_001, 100_005], `a3 ${n}`);
  }
});

Deno.test("PVector.append() on old versions across a full tail does not disturb newer ones", () => {
  let v = PVector.empty<number>();
  const versions: PVector<number>[] = [v];
  for (let i = 0; i < 100; i++) versions.push(v = v.append(i));
  // Branch off every old version and check nothing else moved.
  const branches = versions.map((old, i) => old.append(-i - 1));
  versions.forEach((old, i) => checkVec(old, range(0, i), `version ${i}`));
  branches.forEach((br, i) => checkVec(br, [...range(0, i), -i - 1], `branch ${i}`));
});

Deno.test("PVector.rest() shares structure and stays O(1)", () => {
  const n = 200_000;
  const v = PVector.from(range(0, n));
  let w = v;
  let sum = 0;
  const t0 = performance.now();
  while (w.size > 0) {
    sum += w.get(0)!;
    w = w.rest();
  }
  const ms = performance.now() - t0;
  assertEquals(sum, (n * (n - 1)) / 2);
  // O(n^2) would be ~2e10 steps; O(1) per rest is a few ms.
  assert(ms < 1000, `rest walk of ${n} took ${ms} ms`);
  // The original is untouched and a mid-walk view still reads through the trie.
  checkVec(v.slice(0, 100), range(0, 100));
  const mid = v.rest().rest().rest();
  assertEquals(mid.get(0), 3);
  assertEquals(mid.get(n - 4), n - 1);
});

Deno.test("PVector.rest() views still append, set and slice correctly", () => {
  const base = PVector.from(range(0, 70));
  let r = base;
  const model = range(0, 70);
  for (let i = 0; i < 40; i++) {
    r = r.rest();
    model.shift();
  }
  checkVec(r, model);
  const a = r.append(999);
  const b = r.append(998);
  checkVec(a, [...model, 999]);
  checkVec(b, [...model, 998]);
  checkVec(r.set(0, -1), [-1, ...model.slice(1)]);
  let big = r;
  const bigModel = [...model];
  for (let i = 0; i < 2000; i++) {
    big = big.append(i + 5000);
    bigModel.push(i + 5000);
  }
  checkVec(big, bigModel);
  checkVec(base, range(0, 70));
  checkVec(r, model);
});

Deno.test("PVector views starting in the tail drop the trie and still grow correctly", () => {
  for (const n of [40, 1030, 33_000]) {
    const v = PVector.from(range(0, n));
    const tailStart = n - ((n - 1) % 32) - 1;
    let walked = v;
    for (let i = 0; i <= tailStart; i++) walked = walked.rest();
    const sliced = v.slice(tailStart + 1);
    for (const [label, w] of [["rest", walked], ["slice", sliced]] as const) {
      let g = w;
      const model = range(tailStart + 1, n - tailStart - 1);
      for (let i = 0; i < 2100; i++) {
        g = g.append(-i);
        model.push(-i);
      }
      checkVec(g, model, `${label} from ${n}`);
      checkVec(g.rest().rest(), model.slice(2), `${label} from ${n}, rest`);
      checkVec(g.slice(100, 1500), model.slice(100, 1500), `${label} from ${n}, slice`);
    }
    checkVec(v, range(0, n));
  }
});

Deno.test("PVector.slice() clamps like Array.prototype.slice without negative indices", () => {
  const items = range(0, 100);
  const v = PVector.from(items);
  checkVec(v.slice(10, 20), items.slice(10, 20));
  checkVec(v.slice(-5, 3), items.slice(0, 3));
  checkVec(v.slice(3, -1), []);
  checkVec(v.slice(95, 1000), items.slice(95));
  checkVec(v.slice(50), items.slice(50));
  checkVec(v.slice(60, 50), []);
  checkVec(v.slice(2.7, 5.2), items.slice(2, 5));
  assertStrictEquals(v.slice(0), v);
  assertStrictEquals(v.slice(0, 100), v);
  // Ends inside the trie, at and off a leaf boundary, then append.
  for (const end of [1, 31, 32, 33, 64, 65]) {
    const s = v.slice(0, end);
    checkVec(s, items.slice(0, end), `slice(0, ${end})`);
    checkVec(s.append(-1), [...items.slice(0, end), -1], `slice(0, ${end}).append`);
    let t = s;
    const model = items.slice(0, end);
    for (let i = 0; i < 70; i++) {
      t = t.append(-i);
      model.push(-i);
    }
    checkVec(t, model, `slice(0, ${end}) + 70 appends`);
  }
  checkVec(v, items);
});

Deno.test("PVector.butlast() pops down through leaf boundaries", () => {
  const n = 1100;
  let v = PVector.from(range(0, n));
  for (let i = n; i > 0; i--) {
    if (v.size !== i || v.get(i - 1) !== i - 1) throw new Error(`butlast at ${i}`);
    v = v.butlast();
  }
  assertEquals(v.size, 0);
});

Deno.test("PVector.set() path-copies and returns this for identical items", () => {
  const items = range(0, 2000);
  const v = PVector.from(items);
  const w = v.set(5, -5).set(1500, -1500).set(1999, -1999);
  const model = [...items];
  model[5] = -5;
  model[1500] = -1500;
  model[1999] = -1999;
  checkVec(w, model);
  checkVec(v, items);
  assertStrictEquals(v.set(7, 7), v);
  assertStrictEquals(v.set(1999, 1999), v);
  assertThrows(() => v.set(2000, 0));
  assertThrows(() => v.set(-1, 0));
  assertThrows(() => v.set(1.5, 0));
});

Deno.test("PVector.concat() and prepend() keep both operands intact", () => {
  for (const [n, m] of [[0, 3], [3, 0], [5, 7], [40, 3], [3, 40], [1030, 100], [100, 1030]]) {
    const a = PVector.from(range(0, n));
    const b = PVector.from(range(10_000, m));
    checkVec(a.concat(b), [...range(0, n), ...range(10_000, m)], `concat ${n} ${m}`);
    checkVec(a.concat(a), [...range(0, n), ...range(0, n)], `self concat ${n}`);
    checkVec(a, range(0, n));
    checkVec(b, range(10_000, m));
    checkVec(a.prepend(-1), [-1, ...range(0, n)]);
  }
});

Deno.test("PVector.get() rejects non-integer and out-of-range indices", () => {
  const v = PVector.from([1, 2, 3]);
  for (const i of [-1, 3, 0.5, NaN, Infinity, -Infinity, 2 ** 32]) {
    assertEquals(v.get(i), undefined, `get(${i})`);
  }
  assertEquals(v.get(2), 3);
});

// ---------------------------------------------------------------------------
// PVector: properties

type VecOp =
  | { t: "append"; src: number }
  | { t: "appendMany"; src: number; n: number }
  | { t: "set"; src: number; i: number }
  | { t: "slice"; src: number; s: number; e: number | undefined }
  | { t: "rest"; src: number; n: number }
  | { t: "butlast"; src: number }
  | { t: "concat"; src: number; other: number }
  | { t: "prepend"; src: number }
  | { t: "from"; n: number };

/** Operations on a history of vector versions; `src` picks one (mod length). */
function vecOpArb(maxMany: number): fc.Arbitrary<VecOp> {
  const src = fc.nat();
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ t: fc.constant("append" as const), src }) },
    {
      weight: 3,
      arbitrary: fc.record({
        t: fc.constant("appendMany" as const),
        src,
        n: fc.integer({ min: 1, max: maxMany }),
      }),
    },
    { weight: 3, arbitrary: fc.record({ t: fc.constant("set" as const), src, i: fc.nat() }) },
    {
      weight: 3,
      arbitrary: fc.record({
        t: fc.constant("slice" as const),
        src,
        s: fc.nat(),
        e: fc.option(fc.nat(), { nil: undefined }),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        t: fc.constant("rest" as const),
        src,
        n: fc.integer({ min: 1, max: 40 }),
      }),
    },
    { weight: 2, arbitrary: fc.record({ t: fc.constant("butlast" as const), src }) },
    {
      weight: 2,
      arbitrary: fc.record({ t: fc.constant("concat" as const), src, other: fc.nat() }),
    },
    { weight: 1, arbitrary: fc.record({ t: fc.constant("prepend" as const), src }) },
    {
      weight: 1,
      arbitrary: fc.record({
        t: fc.constant("from" as const),
        n: fc.integer({ min: 0, max: maxMany }),
      }),
    },
  );
}

/**
 * Runs `ops` over a history of (vector, array) pairs seeded with `seed`, checking
 * each new version, then every version again at the end (persistence).
 */
function runVecOps(seed: readonly number[], ops: readonly VecOp[]): void {
  let fresh = 1_000_000;
  const hist: [PVector<number>, number[]][] = [[PVector.from(seed), [...seed]]];
  for (const op of ops) {
    const [v, model] = hist[("src" in op ? op.src : 0) % hist.length];
    let next: PVector<number>;
    let nextModel: number[];
    switch (op.t) {
      case "append":
        next = v.append(fresh);
        nextModel = [...model, fresh++];
        break;
      case "appendMany":
        next = v;
        nextModel = [...model];
        for (let i = 0; i < op.n; i++) {
          next = next.append(fresh);
          nextModel.push(fresh++);
        }
        break;
      case "set": {
        if (model.length === 0) continue;
        const i = op.i % model.length;
        next = v.set(i, fresh);
        nextModel = [...model];
        nextModel[i] = fresh++;
        break;
      }
      case "slice": {
        const s = (op.s % (model.length + 3)) - 1;
        const e = op.e === undefined ? undefined : (op.e % (model.length + 3)) - 1;
        next = v.slice(s, e);
        nextModel = model.slice(Math.max(0, s), e === undefined ? undefined : Math.max(0, e));
        break;
      }
      case "rest":
        next = v;
        for (let i = 0; i < op.n; i++) next = next.rest();
        nextModel = model.slice(op.n);
        break;
      case "butlast":
        next = v.butlast();
        nextModel = model.slice(0, -1);
        break;
      case "concat": {
        const [w, wm] = hist[op.other % hist.length];
        next = v.concat(w);
        nextModel = [...model, ...wm];
        break;
      }
      case "prepend":
        next = v.prepend(fresh);
        nextModel = [fresh++, ...model];
        break;
      case "from":
        nextModel = range(fresh, op.n);
        fresh += op.n;
        next = PVector.from(nextModel);
        break;
    }
    checkVec(next, nextModel, `after ${op.t}`);
    hist.push([next, nextModel]);
  }
  hist.forEach(([v, m], i) => checkVec(v, m, `history[${i}]`));
}

Deno.test("PVector matches an array model under random operations (property)", () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer(), { maxLength: 70, size: "max" }),
      fc.array(vecOpArb(80), { minLength: 1, maxLength: 40, size: "max" }),
      (seed, ops) => runVecOps(seed, ops),
    ),
    { numRuns: 300 },
  );
});

Deno.test("PVector matches an array model across the 1024 boundary (property)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 900, max: 1100 }),
      fc.array(vecOpArb(300), { minLength: 1, maxLength: 25, size: "max" }),
      (n, ops) => runVecOps(range(0, n), ops),
    ),
    { numRuns: 40 },
  );
});

Deno.test("PVector matches an array model across the 32768 boundary (property)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 32_700, max: 32_800 }),
      fc.array(vecOpArb(100), { minLength: 1, maxLength: 12, size: "max" }),
      (n, ops) => runVecOps(range(0, n), ops),
    ),
    { numRuns: 6 },
  );
});

Deno.test("PVector two appends from one older version never see each other (property)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1100 }),
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 40 }),
      (n, drop, ka, kb) => {
        // An older version: built by appends, then partly walked with rest().
        let base = PVector.empty<number>();
        for (let i = 0; i < n; i++) base = base.append(i);
        for (let i = 0; i < drop; i++) base = base.rest();
        const baseModel = range(0, n).slice(drop);
        let a = base;
        let b = base;
        for (let i = 0; i < ka; i++) a = a.append(-1 - i);
        for (let i = 0; i < kb; i++) b = b.append(10_000 + i);
        checkVec(a, [...baseModel, ...range(0, ka).map((i) => -1 - i)], "a");
        checkVec(b, [...baseModel, ...range(10_000, kb)], "b");
        checkVec(base, baseModel, "base");
      },
    ),
    { numRuns: 100 },
  );
});

// ---------------------------------------------------------------------------
// PMap: examples

Deno.test("PMap.empty() is empty and has a zero hash slot", () => {
  const m = PMap.empty<number, string>(mixOps);
  checkMap(m, new Map(), [0, 1]);
  assertEquals(m.hash, 0);
  assertStrictEquals(m.delete(3), m);
});

Deno.test("PMap keeps insertion order; updates keep position; re-adding moves to the end", () => {
  for (const ops of [mixOps, mod4Ops, deepOps]) {
    for (const n of [3, 8, 9, 20, 300]) {
      let m = PMap.empty<number, number>(ops);
      const model = new Map<number, number>();
      const keys = range(0, n).map((i) => (i * 7919) % 1000);
      for (const k of keys) {
        m = m.set(k, k + 1);
        model.set(k, k + 1);
      }
      checkMap(m, model, [1001, 1002]);
      const k0 = keys[0];
      const updated = m.set(k0, -1);
      const updModel = new Map(model).set(k0, -1);
      checkMap(updated, updModel, []);
      assertEquals(updated.keysArray()[0], k0);
      const readded = m.delete(k0).set(k0, 5);
      const readdModel = new Map(model);
      readdModel.delete(k0);
      readdModel.set(k0, 5);
      checkMap(readded, readdModel, []);
      assertEquals(readded.keysArray().at(-1), k0);
      checkMap(m, model, []);
    }
  }
});

Deno.test("PMap.set() of an identical value and delete() of an absent key return this", () => {
  for (const n of [2, 8, 50]) {
    const m = PMap.fromEntries(mixOps, range(0, n).map((k) => [k, `v${k}`] as [number, string]));
    assertStrictEquals(m.set(1, "v1"), m);
    assertStrictEquals(m.delete(n + 5), m);
    assert(m.set(1, "other") !== m);
  }
});

Deno.test("PMap treats keys equal by ops.equals as the same key", () => {
  let m = PMap.empty<readonly [number, number], string>(pairOps);
  for (let i = 0; i < 20; i++) m = m.set([i, i], `a${i}`);
  m = m.set([3, 3], "b3");
  assertEquals(m.size, 20);
  assertEquals(m.get([3, 3]), "b3");
  assertEquals(m.keysArray()[3], [3, 3]);
  assert(m.has([19, 19]));
  assert(!m.has([19, 18]));
  m = m.delete([0, 0]);
  assertEquals(m.size, 19);
  assertEquals(m.get([0, 0]), undefined);
});

Deno.test("PMap.delete() compacts the order record and shrinks back to small", () => {
  for (const ops of [mixOps, mod4Ops, deepOps]) {
    let m = PMap.empty<number, number>(ops);
    const model = new Map<number, number>();
    for (let k = 0; k < 500; k++) {
      m = m.set(k, k);
      model.set(k, k);
    }
    const versions: [PMap<number, number>, Map<number, number>][] = [];
    // Delete from the front (tombstones), then from the back (trimming), with checks.
    for (let k = 0; k < 495; k++) {
      const key = k % 2 === 0 ? k / 2 : 499 - (k - 1) / 2;
      m = m.delete(key);
      model.delete(key);
      if (k % 37 === 0) versions.push([m, new Map(model)]);
      if (m.size !== model.size) throw new Error(`size after deleting ${key}`);
    }
    checkMap(m, model, range(0, 500));
    for (const [v, vm] of versions) checkMap(v, vm, [0, 499]);
    // Grow again: new keys go last.
    m = m.set(0, 100).set(499, 200);
    model.set(0, 100).set(499, 200);
    checkMap(m, model, [1]);
  }
});

Deno.test("PMap.fromEntries() keeps the first position and the last value", () => {
  const entries: [number, string][] = [];
  for (let i = 0; i < 30; i++) entries.push([i % 12, `v${i}`]);
  const m = PMap.fromEntries(mod4Ops, entries);
  const model = new Map(entries);
  checkMap(m, model, [12, 13]);
  checkMap(PMap.fromEntries(mixOps, []), new Map(), [0]);
  checkMap(PMap.fromEntries(mixOps, entries.slice(0, 5)), new Map(entries.slice(0, 5)), [7]);
});

Deno.test("PMap handles values that are undefined", () => {
  let m = PMap.empty<number, undefined>(mixOps);
  for (let i = 0; i < 20; i++) m = m.set(i, undefined);
  assert(m.has(5));
  assertEquals(m.get(5), undefined);
  assertEquals(m.size, 20);
  assertStrictEquals(m.set(5, undefined), m);
});

// ---------------------------------------------------------------------------
// PMap: properties

type MapOp =
  | { t: "set"; src: number; k: number; same: boolean }
  | { t: "delete"; src: number; k: number }
  | { t: "setMany"; src: number; ks: number[] }
  | { t: "deleteMany"; src: number; ks: number[] };

/** Operations on a history of map versions, with keys in `[0, maxKey]`. */
function mapOpArb(maxKey: number, many: number): fc.Arbitrary<MapOp> {
  const src = fc.nat();
  const k = fc.integer({ min: 0, max: maxKey });
  const ks = fc.array(k, { maxLength: many, size: "max" });
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({ t: fc.constant("set" as const), src, k, same: fc.boolean() }),
    },
    { weight: 3, arbitrary: fc.record({ t: fc.constant("delete" as const), src, k }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant("setMany" as const), src, ks }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant("deleteMany" as const), src, ks }) },
  );
}

/** Runs `ops` over a history of (PMap, Map) pairs, checking every version at the end. */
function runMapOps(ops: KeyOps<number>, maxKey: number, steps: readonly MapOp[]): void {
  let fresh = 0;
  const absent = [maxKey + 1, maxKey + 2, maxKey + 129];
  const hist: [PMap<number, number>, Map<number, number>][] = [[
    PMap.empty<number, number>(ops),
    new Map(),
  ]];
  for (const op of steps) {
    const [m, model] = hist[op.src % hist.length];
    let next = m;
    const nextModel = new Map(model);
    switch (op.t) {
      case "set": {
        const v = op.same && model.has(op.k) ? model.get(op.k)! : fresh++;
        next = m.set(op.k, v);
        if (model.get(op.k) === v && model.has(op.k)) assertStrictEquals(next, m);
        nextModel.set(op.k, v);
        break;
      }
      case "delete":
        next = m.delete(op.k);
        if (!model.has(op.k)) assertStrictEquals(next, m);
        nextModel.delete(op.k);
        break;
      case "setMany":
        for (const k of op.ks) {
          next = next.set(k, fresh);
          nextModel.set(k, fresh++);
        }
        break;
      case "deleteMany":
        for (const k of op.ks) {
          next = next.delete(k);
          nextModel.delete(k);
        }
        break;
    }
    checkMap(next, nextModel, absent, `after ${op.t}`);
    hist.push([next, nextModel]);
  }
  hist.forEach(([m, model], i) => checkMap(m, model, absent, `history[${i}]`));
}

Deno.test("PMap matches a Map model with colliding hashes (k % 4) (property)", () => {
  fc.assert(
    fc.property(
      fc.array(mapOpArb(40, 30), { minLength: 1, maxLength: 30, size: "max" }),
      (steps) => {
        runMapOps(mod4Ops, 40, steps);
      },
    ),
    { numRuns: 150 },
  );
});

Deno.test("PMap matches a Map model with a well-mixed hash (property)", () => {
  fc.assert(
    fc.property(
      fc.array(mapOpArb(400, 120), { minLength: 1, maxLength: 30, size: "max" }),
      (steps) => {
        runMapOps(mixOps, 400, steps);
      },
    ),
    { numRuns: 100 },
  );
});

Deno.test("PMap matches a Map model with deep and fully colliding hashes (property)", () => {
  fc.assert(
    fc.property(
      fc.array(mapOpArb(600, 120), { minLength: 1, maxLength: 30, size: "max" }),
      (steps) => {
        runMapOps(deepOps, 600, steps);
      },
    ),
    { numRuns: 100 },
  );
});

Deno.test("PMap small maps (around 8 entries) match a Map model (property)", () => {
  fc.assert(
    fc.property(
      fc.array(mapOpArb(11, 6), { minLength: 1, maxLength: 40, size: "max" }),
      (steps) => {
        runMapOps(mixOps, 11, steps);
      },
    ),
    { numRuns: 200 },
  );
});

Deno.test("VectorBuilder: any mix of push and pushAll builds what PVector.from builds (property)", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          fc.integer(),
          fc.array(fc.integer(), { maxLength: 100, size: "max" }),
        ),
        { maxLength: 60, size: "max" },
      ),
      (steps) => {
        const b = new VectorBuilder<number>();
        const model: number[] = [];
        for (const s of steps) {
          if (Array.isArray(s)) {
            b.pushAll(s);
            model.push(...s);
          } else {
            b.push(s);
            model.push(s);
          }
          assertEquals(b.size, model.length);
        }
        const v = b.build();
        checkVec(v, model, "built");
        // The result is an ordinary vector: it grows and shrinks like one.
        checkVec(v.append(-1), [...model, -1], "built + append");
        if (model.length > 0) checkVec(v.rest(), model.slice(1), "built, rest");
      },
    ),
    { numRuns: 300 },
  );
});

Deno.test("VectorBuilder across the 32768 boundary, and fromLeaves refuses a bad tail", () => {
  for (const n of [0, 31, 32, 33, 1024, 1056, 32_768, 32_800]) {
    const b = new VectorBuilder<number>();
    b.pushAll(range(0, n));
    checkVec(b.build(), range(0, n), `n = ${n}`);
  }
  assertThrows(() => PVector.fromLeaves([range(0, 32)], []), "tail holds 1 to 32");
  assertThrows(() => PVector.fromLeaves([], range(0, 33)), "tail holds 1 to 32");
});
