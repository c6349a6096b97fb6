/**
 * The "arguments the wrong way round" hint: the clause-text check against a
 * table, and against the VM's own matching (a property: whenever the check is
 * sure, running the function agrees).
 */

import { assertEquals, assertMatch } from "@std/assert";
import fc from "fast-check";
import { accepts, swappedArgsHint, unboxHint } from "../lib/arg_hint.ts";
import { keyword, LBox, listOf, type Value } from "../lib/values.ts";
import { runCaptured } from "./_harness.ts";

const kw = keyword;
const list = (...xs: Value[]) => listOf(xs);

Deno.test("arg hint: what the clause text decides, and what it leaves open", () => {
  const table: [string, Value[], boolean | null][] = [
    ["(x, y)", [1, "a"], true],
    ["(x as :number, y as :string)", [1, "a"], true],
    ["(x as :number, y as :string)", ["a", 1], false],
    ["(xs as :list, n as :number)", [list(1), 0], true],
    ["(:square, side as :number)", [kw("square"), 2], true],
    ["(:square, side as :number)", [kw("circle"), 2], false],
    ["(nil, _)", [null, 3], true],
    ["(nil, y)", [1, 1], false], // nil is a literal, not a name
    ["(1.50, y)", [1.5, 1], true],
    ["(0, _rest)", [0, 3], true],
    ["(1_000, y)", [1000, 3], true],
    ["(x)", [1, 2], false], // arity
    ["()", [], true],
    ["((a, b), c)", [1, 2], null], // nested pattern
    ["(x, ...more)", [1, 2], null], // splat
    ['("a", y)', ["a", 2], null], // string literal
    ["(x as :number, y) if pos? (x)", [1, 2], null], // guard
  ];
  for (const [clause, args, want] of table) {
    assertEquals(accepts(clause, args), want, `${clause} with ${args.length} args`);
  }
});

Deno.test("arg hint: named only when a clause surely takes the swapped pair", () => {
  const getClauses = ["(key as :keyword, d)", "(key as :keyword, d, default)", "(key as :keyword)"];
  assertEquals(
    swappedArgsHint("get", getClauses, [list(), kw("a")]),
    "the two arguments may be the wrong way round: try get (:a, [])",
  );
  // Neither order fits; three arguments; a clause the text cannot decide.
  assertEquals(swappedArgsHint("get", getClauses, [1, 2]), null);
  assertEquals(swappedArgsHint("get", getClauses, [kw("a"), list(), 3]), null);
  assertEquals(swappedArgsHint("f", ["((a, b), c)"], [3, list()]), null);
});

Deno.test("arg hint: in the panic, for prelude and user functions", async () => {
  const r = await runCaptured("let d = #{:a 1}\nget (d, :a)\n");
  assertMatch(
    r.error?.hint ?? "",
    /^the two arguments may be the wrong way round: try get \(:a, #\{:a 1\}\)$/,
  );
  const u = await runCaptured(
    'fn f { (n as :number, s as :string) -> s }\nf ("x", 2)\n',
  );
  assertEquals(u.error?.hint, 'the two arguments may be the wrong way round: try f (2, "x")');
  // An anonymous function gets no hint (there is no name to write the call with).
  const a = await runCaptured('let g = fn (n as :number, s as :string) -> s\ng ("x", 2)\n');
  assertEquals(a.error?.hint, null);
});

Deno.test("arg hint: a box where its value was meant", async () => {
  const b = new LBox("b", 1);
  assertEquals(
    unboxHint(["(x as :number)"], [b]),
    "`b` is a box, not the number it holds: `unbox (b)` is its value",
  );
  assertEquals(unboxHint(["(x as :string)"], [b]), null); // its value would not do either
  assertEquals(unboxHint(["(x as :number)"], [1]), null); // no box
  const r = await runCaptured("box count = 0\nstore! (count, inc (count))\n");
  assertEquals(
    r.error?.hint,
    "`count` is a box, not the number it holds: `unbox (count)` is its value",
  );
  const l = await runCaptured("box xs = [1]\nfirst (xs)\n");
  assertEquals(l.error?.hint, "`xs` is a box, not the list it holds: `unbox (xs)` is its value");
});

/** A parameter the check can decide, as Ludus text, with a value it takes. */
const param = fc.constantFrom(
  "x",
  "_",
  "_ignored",
  "v as :number",
  "v as :string",
  "v as :keyword",
  "v as :list",
  "v as :nil",
  "v as :boolean",
  ":a",
  ":b",
  "0",
  "1.5",
  "-2",
  "nil",
  "true",
);
const value = fc.constantFrom(
  "1",
  "1.5",
  "0",
  "-2",
  '"s"',
  ":a",
  ":b",
  "[1]",
  "nil",
  "true",
  "false",
);

Deno.test("arg hint: whenever the clause text is sure, the VM agrees (property)", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(param, param), { minLength: 1, maxLength: 3, size: "max" }),
      value,
      value,
      async (clauses, a, b) => {
        // Names must differ within a clause.
        const texts = clauses.map(([p, q]) =>
          `(${p.replace(/^v /, "v1 ")}, ${q.replace(/^v /, "v2 ").replace(/^x$/, "y")})`
        );
        const source = `fn f {\n${
          texts.map((t) => `  ${t} -> :took`).join("\n")
        }\n}\nf (${a}, ${b})\n`;
        const r = await runCaptured(source);
        const took = r.error === null;
        if (!took) assertMatch(r.error!.message, /^no clause of `f` matches/);
        const values = await Promise.all([a, b].map(async (t) => {
          const v = await runCaptured(t);
          return v.value as Value;
        }));
        const sure = texts.map((t) => accepts(t, values));
        if (sure.every((s) => s !== null)) assertEquals(sure.some((s) => s), took, source);
        if (sure.some((s) => s === true)) assertEquals(took, true, source);
      },
    ),
    { numRuns: 300 },
  );
});
