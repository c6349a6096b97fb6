/**
 * How close the memory accounting comes to the heap. For each kind of value a
 * process holds one big one, spawned three times in one runtime; the heap it
 * takes is `Deno.memoryUsage().heapUsed` after full collections before and
 * after the spawn (the smallest of the three: the first runs also warm the
 * runtime), and the estimate is `memoryOf` on the waiting process. Prints a
 * Markdown table for docs/notes/robustness.md.
 *
 *     deno run -A --v8-flags=--expose-gc tools/measure_memory.ts
 *
 * @module
 */

import { Runtime } from "../lib/runtime/runtime.ts";
import { memoryOf } from "../lib/observe/snapshot.ts";

// deno-lint-ignore no-explicit-any
const gc = (globalThis as any).gc as (() => void) | undefined;
if (!gc) {
  console.error("run with --v8-flags=--expose-gc");
  Deno.exit(2);
}

/** What the process holds, as a Ludus expression. */
const CASES: [string, string][] = [
  ["list of 200,000 integers", "range (200000)"],
  ["list of 100,000 numbers (2/3 fractions)", "map (fn (n) -> div (n, 3), range (100000))"],
  ["list of 100,000 3-tuples", `map (fn (n) -> (n, :a, "s"), range (100000))`],
  ["list of 100,000 short strings", `map (fn (n) -> join (["abc", show (n)], ""), range (100000))`],
  ["list of 50,000 2-key dicts", "map (fn (n) -> #{:a n, :b inc (n)}, range (50000))"],
  ["list of 50,000 nested lists", "map (fn (n) -> [n, [n, n]], range (50000))"],
  ["set of 100,000 integers", "fold (fn (s, n) -> append (s, n), range (100000), ${})"],
  ["list of 100,000 closures", "map (fn (n) -> fn () -> n, range (100000))"],
  ["100,000 messages in its mailbox", "{ let me = self (); repeat 100000 { send! (me, (:m, 1)) }; 0 }"],
];

const rt = new Runtime();
const mb = (n: number) => (n / 1e6).toFixed(1);
console.log("| a process holding | heap (MB) | estimate (MB) | heap / estimate |");
console.log("| --- | ---: | ---: | ---: |");
for (const [name, src] of CASES) {
  const f = await rt.evaluate(`fn () -> { let v = { ${src} }; receive { :never -> v } }`);
  let heap = Infinity, estimate = 0;
  for (let k = 0; k < 3; k++) {
    gc();
    gc();
    const before = Deno.memoryUsage().heapUsed;
    const pid = rt.spawn(f);
    while (pid.proc !== null && pid.proc.status !== "waiting") rt.step();
    if (pid.proc === null) throw new Error(`${name}: ${pid.final?.message}`);
    gc();
    gc();
    heap = Math.min(heap, Deno.memoryUsage().heapUsed - before);
    estimate = memoryOf(pid.proc).bytes;
  }
  console.log(`| ${name} | ${mb(heap)} | ${mb(estimate)} | ${(heap / estimate).toFixed(2)} |`);
}
