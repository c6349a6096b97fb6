/**
 * Benchmarks for the persistent collections in `lib/persistent/`: building a
 * {@linkcode PVector} by appends, random gets, `rest()` walks, and the common
 * {@linkcode PMap} paths (tiny dicts and large hashed maps).
 *
 * Run with `deno bench bench/persistent_bench.ts`.
 *
 * @module
 */

import { PVector } from "../lib/values/persistent/vector.ts";
import { type KeyOps, PMap } from "../lib/values/persistent/map.ts";

const N = 100_000;

const numOps: KeyOps<number> = {
  hash: (k) => {
    let h = Math.imul(k ^ (k >>> 16), 0x45d9f3b);
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    return h ^ (h >>> 16);
  },
  equals: (a, b) => a === b,
};

const strOps: KeyOps<string> = {
  hash: (k) => {
    let h = 0;
    for (let i = 0; i < k.length; i++) h = (Math.imul(h, 31) + k.charCodeAt(i)) | 0;
    return h;
  },
  equals: (a, b) => a === b,
};

function build(n: number): PVector<number> {
  let v = PVector.empty<number>();
  for (let i = 0; i < n; i++) v = v.append(i);
  return v;
}

const v100k = build(N);
const indices: number[] = [];
for (let i = 0; i < N; i++) indices.push((Math.imul(i, 7919) >>> 0) % N);

let sink = 0;

Deno.bench({
  name: "PVector: 100k appends from empty",
  group: "append",
  baseline: true,
  fn() {
    sink += build(N).size;
  },
});

Deno.bench({
  name: "Array: 100k push (reference)",
  group: "append",
  fn() {
    const a: number[] = [];
    for (let i = 0; i < N; i++) a.push(i);
    sink += a.length;
  },
});

Deno.bench({
  name: "PVector: 1M appends from empty",
  group: "append1m",
  fn() {
    sink += build(1_000_000).size;
  },
});

Deno.bench({
  name: "PVector: 100k random gets (100k items)",
  group: "read",
  baseline: true,
  fn() {
    let s = 0;
    for (let i = 0; i < N; i++) s += v100k.get(indices[i])!;
    sink += s;
  },
});

Deno.bench({
  name: "PVector: each over 100k items",
  group: "read",
  fn() {
    let s = 0;
    v100k.each((x) => {
      s += x;
    });
    sink += s;
  },
});

Deno.bench({
  name: "PVector: for-of over 100k items",
  group: "read",
  fn() {
    let s = 0;
    for (const x of v100k) s += x;
    sink += s;
  },
});

Deno.bench({
  name: "PVector: 100k rest() walk ([x, ...xs])",
  group: "read",
  fn() {
    let w = v100k;
    let s = 0;
    while (w.size > 0) {
      s += w.get(0)!;
      w = w.rest();
    }
    sink += s;
  },
});

const arr100k = v100k.toArray();
Deno.bench({
  name: "PVector: from() 100k items",
  group: "bulk",
  fn() {
    sink += PVector.from(arr100k).size;
  },
});

Deno.bench({
  name: "PVector: toArray() 100k items",
  group: "bulk",
  fn() {
    sink += v100k.toArray().length;
  },
});

const words = ["name", "age", "x", "y", "z"];
Deno.bench({
  name: "PMap: build 5-key dict + 5 gets, x10k",
  group: "map-small",
  fn() {
    for (let r = 0; r < 10_000; r++) {
      let m = PMap.empty<string, number>(strOps);
      for (let i = 0; i < 5; i++) m = m.set(words[i], i);
      for (let i = 0; i < 5; i++) sink += m.get(words[i])!;
    }
  },
});

const big = (() => {
  let m = PMap.empty<number, number>(numOps);
  for (let i = 0; i < N; i++) m = m.set(i, i);
  return m;
})();

Deno.bench({
  name: "PMap: 100k sets from empty",
  group: "map-big",
  fn() {
    let m = PMap.empty<number, number>(numOps);
    for (let i = 0; i < N; i++) m = m.set(i, i);
    sink += m.size;
  },
});

Deno.bench({
  name: "PMap: 100k random gets (100k keys)",
  group: "map-big",
  fn() {
    let s = 0;
    for (let i = 0; i < N; i++) s += big.get(indices[i])!;
    sink += s;
  },
});

Deno.bench({
  name: "PMap: each over 100k entries",
  group: "map-big",
  fn() {
    let s = 0;
    big.each((v) => {
      s += v;
    });
    sink += s;
  },
});

Deno.bench({
  name: "PMap: 50k deletes (100k keys)",
  group: "map-big",
  fn() {
    let m = big;
    for (let i = 0; i < N; i += 2) m = m.delete(i);
    sink += m.size;
  },
});

globalThis.addEventListener("unload", () => {
  if (sink === -1) console.log(sink);
});
