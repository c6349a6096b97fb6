/**
 * Long built-ins (lib/values/work.ts): the same values as doing the work at once,
 * whether it finishes in the call or is continued over many slices; other
 * processes run in between; panics and reductions as for any built-in.
 */

import fc from "fast-check";
import { assert, assertEquals, assertMatch } from "@std/assert";
import { basePrimitives, compareValues } from "../lib/vm/primitives.ts";
import { show } from "../lib/values/show.ts";
import { PVector } from "../lib/values/persistent/vector.ts";
import { keyword, type LSet, Tuple, type Value } from "../lib/values/values.ts";
import { SUSPEND } from "../lib/vm/process.ts";
import type { Process } from "../lib/vm/process.ts";
import type { Work } from "../lib/values/work.ts";
import { runCaptured } from "./_harness.ts";

const PRIMS = basePrimitives();

/**
 * Call a primitive the way the VM does, then (if it became long work) go on with
 * it `units` at a time, as slices would. Returns the value and how many steps.
 */
function call(name: string, args: Value[], units: number): { value: Value; steps: number } {
  const ctx = { charge: 0, work: null as Work | null } as unknown as Process;
  const r = PRIMS.get(name)!.impl(args, ctx);
  if (r !== SUSPEND) return { value: r as Value, steps: 0 };
  const w = ctx.work!;
  let steps = 1;
  while (!w.step(units)) steps++;
  return { value: w.result, steps };
}

const list = (xs: Value[]) => PVector.from<Value>(xs);

Deno.test("long built-ins give the same values in one go and in small steps, across the chunk sizes (property)", () => {
  const sizes = fc.oneof(
    fc.integer({ min: 0, max: 40 }),
    fc.integer({ min: 1000, max: 1100 }),
    fc.integer({ min: 4000, max: 4200 }),
    fc.integer({ min: 9000, max: 12000 }),
  );
  fc.assert(
    fc.property(sizes, fc.integer({ min: 1, max: 3000 }), fc.integer(), (n, units, seed) => {
      const xs = Array.from({ length: n }, (_, i) => ((i * 7919 + seed) % 1000) - 500);
      const strs = xs.map(String);
      const text = strs.join(",");
      const expect: [string, Value[], Value[]][] = [
        ["range", [0, n, 1], xs.map((_, i) => i)],
        ["range", [n, 0, -3], Array.from({ length: Math.ceil(n / 3) }, (_, i) => n - 3 * i)],
        ["reverse", [list(xs)], xs.slice().reverse()],
        ["sort", [list(xs)], xs.slice().sort((a, b) => a - b)],
        ["sort", [list(strs)], strs.slice().sort()],
        ["concat", [list(xs), list(strs)], [...xs, ...strs]],
        ["concat", [list(xs.slice(0, n >> 2)), list(strs)], [...xs.slice(0, n >> 2), ...strs]],
        ["concat", [list([]), list(xs)], xs],
        ["chars", [text], [...text]],
        ["split", [text, ","], n === 0 ? [""] : strs],
        ["words", [strs.join(" ")], strs.map((s) => s.replace("-", "")).filter((s) => s !== "")],
      ];
      for (const [name, args, want] of expect) {
        const whole = call(name, args, 1e12).value;
        const stepped = call(name, args, units).value;
        assertEquals(show(whole), show(list(want)), `${name} (${n} items) in one go`);
        assertEquals(show(stepped), show(whole), `${name} (${n} items) in steps of ${units}`);
      }
      assertEquals(call("join", [list(xs), ","], units).value, text);
      const nested = list([list(xs), new Tuple(strs.slice(0, 50)), list(strs)]);
      assertEquals(call("show", [nested], units).value, show(nested));
      assertEquals(call("string", [list(strs)], units).value, show(list(strs)));
      const ys = list(xs.slice());
      assertEquals(call("eq?", [list(xs), ys], units).value, true);
      if (n > 0) {
        const zs = list([...xs.slice(0, n - 1), 1e9]);
        assertEquals(call("eq?", [list(xs), zs], units).value, false);
      }
      assertEquals(call("reverse", [text], units).value, [...text].reverse().join(""));
      const emoji = strs.join("😀"), cps = [...emoji];
      const a = Math.floor(cps.length / 3), b = Math.floor((2 * cps.length) / 3) + 1;
      assertEquals(call("slice", [emoji, a, b], units).value, cps.slice(a, b).join(""));
      assertEquals(call("list_has?", [list(xs), xs[n - 1] ?? 0], units).value, n > 0);
      const set = call("to_set", [list(xs)], units).value as LSet;
      assertEquals(set.map.size, new Set(xs).size);
      assertEquals(
        show(call("to_tuple", [list(xs)], units).value),
        show(call("to_tuple", [list(xs)], 1e12).value),
      );
    }),
    { numRuns: 40 },
  );
});

Deno.test("sort is stable and orders numbers, strings and keywords as compareValues does (property)", () => {
  fc.assert(
    fc.property(
      fc.array(fc.double({ noNaN: true }), { minLength: 0, maxLength: 6000, size: "max" }),
      fc.integer({ min: 1, max: 2000 }),
      (xs, units) => {
        const got = (call("sort", [list(xs)], units).value as PVector<number>).toArray();
        const want = xs.slice().sort(compareValues);
        assertEquals(got.map(String), want.map(String));
      },
    ),
    { numRuns: 30 },
  );
});

Deno.test("while one process sorts a long list, the others keep getting slices", async () => {
  const r = await runCaptured(`
box done = false
let me = self ()
fn tick (n) -> if unbox (done) then send! (me, (:ticks, n)) else { yield! (); tick (inc (n)) }
spawn! (fn () -> tick (0))
let sorted = sort (reverse (range (100000)))
store! (done, true)
let ticks = receive { (:ticks, n) -> n }
print! (first (sorted), last (sorted), count (sorted))
gt? (ticks, 30)
`);
  assertEquals(r.error, null);
  assertEquals(r.console, ["0 99999 100000"]);
  assertEquals(r.result, "true");
});

Deno.test("a long built-in costs reductions in proportion to its work, whatever the budget", async () => {
  for (const budget of [1, 7, 1000]) {
    const r = await runCaptured(
      `
import "observe" as observe
let me = self ()
fn reds () -> { let i = observe :info (me); i :reductions }
let before = reds ()
let xs = range (320000)
sub (reds (), before)
`,
      { budget },
    );
    assertEquals(r.error, null);
    const used = Number(r.result);
    assert(
      used >= 9_950 && used < 10_500,
      `budget ${budget}: 320,000 items at 32 a reduction: ${used}`,
    );
  }
});

Deno.test("a long built-in's panic points at the call, after any slices it took", async () => {
  const r = await runCaptured(
    'print! ("before")\nlet xs = append (range (20000), "x")\nlet s = sort (xs)\n:unreached',
  );
  assertEquals(r.console, ["before"]);
  assertEquals(r.error?.kind, "panic");
  assertMatch(r.error!.message, /can only compare numbers with numbers/);
  assertEquals(r.error!.location(), "test.ld:3:9");
});

Deno.test("eq? on two long lists, inline and in a condition, and print! of a long list", async () => {
  const r = await runCaptured(`
let xs = range (20000)
let ys = map (fn (x) -> x, xs)
let zs = append (butlast (xs), :x)
print! (eq? (xs, ys), eq? (xs, zs), if eq? (xs, ys) then :same else :different)
print! (if eq? (xs, [1]) then :same else :different)
let big = map (fn (i) -> (i, :k), range (3000))
print! (count (string (big)))
print! ("all:", range (5000), :end)
eq? (big, map (fn (i) -> (i, :k), range (3000)))
`);
  assertEquals(r.error, null);
  assertEquals(r.console, [
    "true false :same",
    ":different",
    String(
      show(PVector.from(Array.from({ length: 3000 }, (_, i) => new Tuple([i, keyword("k")]))))
        .length,
    ),
    `all: ${show(PVector.from(Array.from({ length: 5000 }, (_, i) => i)))} :end`,
  ]);
  assertEquals(r.result, "true");
});
