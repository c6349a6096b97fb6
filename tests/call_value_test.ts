/**
 * CALL_VALUE: the prelude's arithmetic and comparisons called through a
 * variable (`fold (add, xs, 0)`, `f (a, b)` for a parameter `f`) are done inline
 * on plain numbers. Whatever the arguments, the result or the error must be what
 * a call of the function itself gives (the compiler's fast ops turned off).
 */

import fc from "fast-check";
import { assert, assertEquals } from "@std/assert";
import { runCaptured } from "./_harness.ts";
import { NUMERIC } from "../lib/compile/opcodes.ts";
import { disassemble } from "../lib/compile/disasm.ts";
import { compileSource } from "../lib/runtime/script.ts";

/** What a run gives: its result or its error's message and hint. */
async function outcome(source: string, fastOps: boolean): Promise<string> {
  const r = await runCaptured(source, { fastOps });
  return r.error ? `error: ${r.error.message} | ${r.error.hint ?? ""}` : `=> ${r.result}`;
}

const arg = fc.oneof(
  fc.integer({ min: -5, max: 5 }).map(String),
  fc.constantFrom(
    "0",
    "-0",
    "0.5",
    "-2.5",
    "-3",
    "1e300",
    "-1e300",
    "1_000_000_000_001",
    "4.000001",
  ),
  fc.constantFrom(":a", '"s"', "(1, 2)", "[1]", "nil", "true"),
);

Deno.test("CALL_VALUE: add, lt? … through a variable give what calling them gives", async () => {
  const names = NUMERIC.map((e) => e.fn);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...names),
      fc.array(arg, { minLength: 1, maxLength: 3 }),
      async (name, args) => {
        const params = args.map((_, i) => `a${i}`).join(", ");
        const source = `fn call (f, ${params}) -> {\n  let r = f (${params})\n  r\n}\n` +
          `call (${name}, ${args.join(", ")})`;
        assertEquals(await outcome(source, true), await outcome(source, false), source);
      },
    ),
    { numRuns: 300 },
  );
});

Deno.test("CALL_VALUE: fold, map and filter with arithmetic, and where it falls back", async () => {
  const cases: [string, string][] = [
    ["fold (add, [1, 2, 3], 0)", "=> 6"],
    ["fold (mult, [1, 2, 3, 4], 1)", "=> 24"],
    ["map (inc, [1, 2])", "=> [2, 3]"],
    ["filter (even?, [-3, -2, -1, 0, 1, 2, 2.5])", "=> [-2, 0, 2]"],
    ["filter (odd?, [-3, -2, -1, 0, 1, 2, 2.5])", "=> [-3, -1, 1]"],
    ["map (zero?, [0, -0, 1])", "=> [true, true, false]"],
    [
      "filter (even?, [1, :a])",
      "error: no clause of `even?` matches the arguments (:a)\n`even?` takes: (x as :number) | " +
      "`even?` takes a :number as its argument, not :a (a :keyword)",
    ],
    ["filter (lt? (2, _), [1, 2, 3, 4])", "=> [3, 4]"],
    ["fold (add, [(1, 2), (3, 4)], (0, 0))", "=> (4, 6)"],
    [
      "fold (div, [0], 5)",
      "error: division by zero | `div/0` gives 0 instead, and `div/safe` a result: (:ok, q) or (:err, why)",
    ],
  ];
  for (const [source, want] of cases) {
    assertEquals(await outcome(source, true), want, source);
    assertEquals(await outcome(source, false), want, source);
  }
});

Deno.test("CALL_VALUE: used for a callee in a local or captured variable, not for named functions", () => {
  const code = (src: string) => disassemble(compileSource(src, { file: "t.ld" }).proto);
  const text = code(
    "fn twice (f, x) -> f (f (x))\nfn fib (n) -> if lt? (n, 2) then n else add (fib (dec (n)), 1)\n",
  );
  assert(text.includes("CALL_VALUE"), text);
  // fib calls itself by name: a plain CALL.
  const fib = text.slice(text.indexOf("== fib"));
  assert(!fib.includes("CALL_VALUE"), fib);
});
