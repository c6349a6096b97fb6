/**
 * The hints for a value no pattern took (lib/vm/hints.ts): the pattern-text
 * reading against tables, and against the VM's own matching (properties:
 * whenever the reading is sure, running the code agrees, and a hint that names
 * a fault is given only when the code really fails).
 */

import { assert, assertEquals, assertMatch } from "@std/assert";
import fc from "fast-check";
import {
  accepts,
  arityHint,
  matchHint,
  noClauseHint,
  patternHint,
  positionHint,
  swappedArgsHint,
  unboxHint,
} from "../lib/vm/hints.ts";
import { dictOf, keyword, listOf, Tuple, type Value } from "../lib/values/values.ts";
import { LBox } from "../lib/vm/process.ts";
import { runCaptured } from "./_harness.ts";

const kw = keyword;
const list = (...xs: Value[]) => listOf(xs);

Deno.test("hints: what the clause text decides, and what it leaves open", () => {
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
    ["((a, b), c)", [1, 2], false], // a tuple pattern takes only tuples
    ["((a, b), c)", [new Tuple([1, 2]), 2], null], // ...and what it does inside is left open
    ["(x, ...more)", [1, 2], null], // splat
    ['("a", y)', ["a", 2], null], // string literal
    ['("a", y)', [1, 2], false],
    ["(x as :number, y) if pos? (x)", [1, 2], null], // guard
    ["(x as :number, y) if pos? (x)", ["a", 2], false],
    ["(x, ...more)", [], false], // too few for the splat
    ["(x as :number, & the count\n y)", [1, 2], true], // a comment
    ["(x as :number, y", [1, 2], null], // not a parameter list
  ];
  for (const [clause, args, want] of table) {
    assertEquals(accepts(clause, args), want, `${clause} with ${args.length} args`);
  }
});

Deno.test("hints: named only when a clause surely takes the swapped pair", () => {
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

Deno.test("hints: in the panic, for prelude and user functions", async () => {
  const r = await runCaptured("let d = #{:a 1}\nget (d, :a)\n");
  assertMatch(
    r.error?.hint ?? "",
    /^the two arguments may be the wrong way round: try get \(:a, #\{:a 1\}\)$/,
  );
  const u = await runCaptured(
    'fn f { (n as :number, s as :string) -> s }\nf ("x", 2)\n',
  );
  assertEquals(u.error?.hint, 'the two arguments may be the wrong way round: try f (2, "x")');
  // A lambda has no name to write the call with: no "try ...", but the other hints.
  const a = await runCaptured('let g = fn (n as :number, s as :string) -> s\ng ("x", 2)\n');
  assertEquals(
    a.error?.message.split("\n")[0],
    'no clause of this function matches the arguments ("x", 2)',
  );
  assertEquals(
    a.error?.hint,
    'this function takes a :number as its first argument, not "x" (a :string)',
  );
});

Deno.test("hints: a box where its value was meant", async () => {
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

Deno.test("hints: how many arguments, and which one is of the wrong kind", () => {
  assertEquals(arityHint("`f`", ["(x)"], [1, 2]), "`f` takes 1 argument, not 2");
  assertEquals(arityHint("`f`", ["()"], [1]), "`f` takes no arguments, not 1");
  assertEquals(arityHint("`f`", ["(x)", "(x, y, z)"], [1, 2]), "`f` takes 1 or 3 arguments, not 2");
  assertEquals(
    arityHint("`f`", ["(x)", "(x, y, z, ...more)"], [1, 2]),
    "`f` takes 1 or 3 or more arguments, not 2",
  );
  assertEquals(arityHint("`f`", ["(x)", "(x, y)"], [1, 2]), null); // a clause takes two
  assertEquals(arityHint("`f`", ["(x)", "bad"], [1, 2]), null); // a clause it cannot read
  assertEquals(
    positionHint("`count`", ["(xs as :list)", "(s as :string)"], [5]),
    "`count` takes a :list or a :string as its argument, not 5 (a :number)",
  );
  assertEquals(
    positionHint("`area`", ["(:square, s as :number)", "(:circle, r as :number)"], [kw("x"), 1]),
    "`area` takes :square or :circle as its first argument, not :x (a :keyword)",
  );
  assertEquals(
    positionHint("`g`", ["((x, y), n as :number)"], [1, 2]),
    "`g` takes a :tuple as its first argument, not 1 (a :number)",
  );
  // Each argument fits some clause, just not together; or a name takes anything there.
  assertEquals(
    positionHint("`c`", ["(a as :list, b as :list)", "(a as :string, b as :string)"], [
      "s",
      list(),
    ]),
    null,
  );
  assertEquals(positionHint("`h`", ["(x as :number)", "(y)"], ["s"]), null);
});

/** A parameter, as Ludus text (`N` stands for a name unique in its clause). */
const param = fc.constantFrom(
  "N",
  "_",
  "_N",
  "N as :number",
  "N as :string",
  "N as :keyword",
  "N as :list",
  "N as :tuple",
  "N as :nil",
  "N as :boolean",
  ":a",
  ":b",
  "0",
  "1.5",
  "-2",
  "nil",
  "true",
  '"s"',
  "(_, _)",
  "[_]",
  "[]",
  "#{}",
);
const value = fc.constantFrom(
  "1",
  "1.5",
  "0",
  "-2",
  '"s"',
  '"t"',
  ":a",
  ":b",
  "[1]",
  "[]",
  "(1, 2)",
  "#{:a 1}",
  "nil",
  "true",
  "false",
);
const clause = fc.record({
  params: fc.array(param, { maxLength: 3, size: "max" }),
  splat: fc.boolean(),
  guard: fc.constantFrom(null, "true", "false"),
});

Deno.test("hints: whenever the clause text is sure, the VM agrees (property)", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(clause, { minLength: 1, maxLength: 3, size: "max" }),
      fc.array(value, { maxLength: 4, size: "max" }),
      async (clauses, args) => {
        const texts = clauses.map(({ params, splat, guard }) => {
          const ps = params.map((p, i) => p.replaceAll("N", `v${i}`));
          if (splat) ps.push("...rest");
          return `(${ps.join(", ")})${guard === null ? "" : ` if ${guard}`}`;
        });
        const source = `fn f {\n${texts.map((t) => `  ${t} -> :took`).join("\n")}\n}\nf (${
          args.join(", ")
        })\n`;
        const r = await runCaptured(source);
        const took = r.error === null;
        if (!took) assertMatch(r.error!.message, /^no clause of `f` matches/, source);
        const values = await Promise.all(args.map(async (t) => (await runCaptured(t)).value));
        const sure = texts.map((t) => accepts(t, values));
        // Clauses are tried in order: the first that surely takes the arguments does.
        if (sure.every((s) => s !== null)) assertEquals(sure.some((s) => s), took, source);
        if (sure.some((s) => s === true)) assertEquals(took, true, source);
        if (sure.every((s) => s === false)) assertEquals(took, false, source);
        // A hint that names what is wrong is given only when the call surely fails.
        if (arityHint("`f`", texts, values) !== null) assertEquals(took, false, source);
        if (positionHint("`f`", texts, values) !== null) assertEquals(took, false, source);
      },
    ),
    { numRuns: 400 },
  );
});

Deno.test("hints: any clause text at all gives an answer, never an exception (property)", () => {
  const text = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.stringMatching(/^\((\s|[a-z_:,;&"()[\]{}#$.0-9\n-]|as|if)*\)?(\s*if .*)?$/),
  );
  const arg = fc.constantFrom<Value>(1, "s", null, true, keyword("a"), list(1), new Tuple([1]));
  fc.assert(
    fc.property(fc.array(text, { maxLength: 4, size: "max" }), fc.array(arg, { maxLength: 4 }), (
      clauses,
      args,
    ) => {
      for (const c of clauses) {
        const a = accepts(c, args);
        assert(a === true || a === false || a === null);
      }
      const h = noClauseHint("f", clauses, args);
      assert(h === null || typeof h === "string");
    }),
    { numRuns: 2000 },
  );
});

Deno.test("pattern hint: why a let's pattern does not match", () => {
  const d = (entries: [string, Value][]) => dictOf(entries.map(([k, v]) => [keyword(k), v]));
  const table: [string, Value, string | null][] = [
    [
      "(a, b)",
      list(1, 2),
      "a pattern in ( ) matches a tuple, and the value is a :list: for a list, write the pattern `[a, b]`",
    ],
    [
      "[a, b]",
      new Tuple([1, 2]),
      "a pattern in [ ] matches a list, and the value is a :tuple: for a tuple, write the pattern `(a, b)`",
    ],
    ["(a, b)", 5, "a pattern in ( ) matches a tuple, and the value is a :number"],
    ["(a, b)", new Tuple([1, 2, 3]), "the pattern has 2 items, and the tuple has 3"],
    ["[x, ...xs]", list(), "the pattern needs at least 1 item, and the list is empty"],
    ["[]", list(1), "the pattern has 0 items, and the list has 1"],
    [
      "(:ok, v)",
      new Tuple([kw("err"), "no"]),
      "the first item of the pattern is :ok, and the value's is :err",
    ],
    ["#{:a a}", d([["b", 1]]), "the dict has no key :a"],
    ["#{b, :a x}", d([["b", 1]]), "the dict has no key :a"],
    ["#{:a a}", 1, "a pattern in #{ } matches a dict, and the value is a :number"],
    ["x as :number", "5", "the value is a :string, not a :number"],
    // What the text cannot tell: no hint.
    ["((a, b), c)", new Tuple([new Tuple([1]), 2]), null],
    ["#{:a (x, y)}", d([["a", 1]]), null],
    ["x", 1, null],
  ];
  for (const [pattern, value, want] of table) {
    assertEquals(patternHint(pattern, value), want, pattern);
  }
});

const itemPattern = fc.constantFrom("_", "N", ":a", "0", "nil", "N as :number", "(_, _)", "[_]");
const patternText = fc.oneof(
  fc.tuple(fc.constantFrom("(", "["), fc.array(itemPattern, { maxLength: 3 }), fc.boolean()).map(
    ([open, items, splat]) => {
      const ps = items.map((p, i) => p.replaceAll("N", `v${i}`));
      if (splat) ps.push("...rest");
      return open === "(" ? `(${ps.join(", ")})` : `[${ps.join(", ")}]`;
    },
  ),
  fc.constantFrom("#{:a x}", "#{a, :b y}", "#{:a x, ...more}", "x as :number", "x as :list"),
);
const letValue = fc.constantFrom(
  "1",
  "0",
  '"s"',
  ":a",
  "nil",
  "[]",
  "[1]",
  "[0, :a]",
  "(1, 2)",
  "(0, nil, 3)",
  "(:a,)",
  "#{:a 1}",
  "#{:b 2}",
  "#{:a 1, :b 2}",
);

Deno.test("pattern hint: given only when the let really fails (property)", async () => {
  await fc.assert(
    fc.asyncProperty(patternText, letValue, async (pattern, value) => {
      const r = await runCaptured(`let ${pattern} = ${value}\n:matched`);
      const v = (await runCaptured(value)).value;
      const hint = patternHint(pattern, v);
      if (hint !== null) {
        assertMatch(r.error?.message ?? "(it matched)", /does not match/, `${pattern} = ${value}`);
        assertEquals(r.error?.hint, hint);
      }
    }),
    { numRuns: 400 },
  );
});

Deno.test("match hint: when every clause wants another kind of value, or all say the same", () => {
  assertEquals(
    matchHint(["(:ok, v)", "(:err, e)"], list(kw("ok"), 1)),
    "every clause matches a :tuple, and the value is a :list",
  );
  assertEquals(
    matchHint(["1", ":a", "x as :list"], "s"),
    "every clause matches a :number, a :keyword or a :list, and the value is a :string",
  );
  assertEquals(
    matchHint(["(a, b)", "(a, b) if eq? (a, b)"], new Tuple([1])),
    null, // a guard: only the kind of value is read
  );
  assertEquals(
    matchHint(["(a, b)", "(c, d)"], new Tuple([1])),
    "the pattern has 2 items, and the tuple has 1",
  );
  assertEquals(matchHint(["(a, b)", "x"], 1), null); // a name takes anything
  assertEquals(matchHint(["1", "2"], 3), null); // the message says it all
});

Deno.test("match hint: given only when the match really fails (property)", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(patternText, { minLength: 1, maxLength: 3 }),
      letValue,
      async (patterns, value) => {
        const source = `match ${value} with {\n${
          patterns.map((p) => `  ${p} -> :matched`).join("\n")
        }\n}\n`;
        const r = await runCaptured(source);
        const v = (await runCaptured(value)).value;
        const hint = matchHint(patterns, v);
        if (hint !== null) {
          assertMatch(r.error?.message ?? "(it matched)", /^no clause of this `match`/, source);
          assertEquals(r.error?.hint, hint);
        }
      },
    ),
    { numRuns: 300 },
  );
});
