/**
 * Kernels of the VM, for `deno bench` (deno task bench). Each bench runs a whole
 * Ludus program in a fresh runtime; compile time is included but is tiny next to
 * the run. No timing is asserted anywhere: numbers go to docs/notes/performance.md.
 */

import { runSource } from "../lib/runtime/runtime.ts";
import { buildPrelude, loadPrelude } from "../lib/runtime/prelude.ts";

loadPrelude();

const quiet = { host: { print: () => {}, report: () => {} } };

/** Each kernel: its name, a Ludus program, and the result it must show. */
const KERNELS: [string, string, string][] = [
  [
    "fib (25): calls",
    "fn fib (n) -> if lt? (n, 2) then n else add (fib (sub (n, 1)), fib (sub (n, 2)))\nfib (25)",
    "75025",
  ],
  [
    "loop/recur 1,000,000 steps: tail iteration",
    "loop (1000000, 0) with { (0, acc) -> acc; (n, acc) -> recur (dec (n), add (acc, n)) }",
    "500000500000",
  ],
  [
    "build a 100,000-element list with append, then fold it",
    "let xs = loop (0, []) with { (100000, acc) -> acc; (i, acc) -> recur (inc (i), append (acc, i)) }\nfold (add, xs, 0)",
    "4999950000",
  ],
  [
    "map and filter over 100,000 numbers (prelude in Ludus)",
    "do range (100000) > map (inc, _) > filter (even?, _) > count",
    "50000",
  ],
  [
    "10,000 processes each message their parent",
    `let me = self ()
repeat 10000 { spawn! (fn () -> send! (me, 1)) }
loop (0, 0) with { (10000, acc) -> acc; (n, acc) -> recur (inc (n), add (acc, receive { x -> x })) }`,
    "10000",
  ],
  [
    "100,000 messages around a ring of 100 processes",
    `let me = self ()
fn node (next) -> receive {
  0 -> send! (me, :done)
  n -> { send! (next, dec (n)); node (next) }
}
let last = spawn! (fn () -> receive { (:next, first) -> node (first) })
fn chain (k, next) -> if eq? (k, 1) then next else chain (dec (k), spawn! (fn () -> node (next)))
let first = chain (100, last)
send! (last, (:next, first))
send! (first, 100000)
receive { :done -> :ok }`,
    ":ok",
  ],
  [
    "sort 100,000 shuffled numbers, a slice at a time (a long built-in)",
    "let xs = map (fn (i) -> mod (mult (i, 7919), 100000), range (100000))\nlet s = sort (xs)\n(first (s), last (s), count (s))",
    "(0, 99999, 100000)",
  ],
  [
    "show and join of a 100,000-item list (long built-ins)",
    'let xs = range (100000)\n(count (show (xs)), count (join (xs, ",")))',
    "(688890, 588889)",
  ],
];

for (const [name, src, expect] of KERNELS) {
  Deno.bench(name, async () => {
    const r = await runSource(src, quiet);
    if (r.result !== expect) {
      throw new Error(`expected ${expect}, got ${r.result} ${r.error?.message ?? ""}`);
    }
  });
}

Deno.bench("compile the prelude from source (the image skips this at start-up)", () => {
  buildPrelude(null);
});
