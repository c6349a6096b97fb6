/**
 * The validator's rules (lib/compile/validator.ts), one test each: the message,
 * the hint, and the place (`file:line:column` and the underlined text) it
 * reports; then what it resolves names to, and programs it must let through.
 * Most tests call `validate()` directly with a small fixed prelude, so a change
 * to the real prelude cannot move a suggestion; the tests of options that
 * `compileSource` sets (trusted code, REPL globals) go through it.
 */

import { assert, assertEquals, assertThrows } from "@std/assert";
import { Globals } from "../lib/compile/chunk.ts";
import { type Resolution, validate, type ValidateOptions } from "../lib/compile/validator.ts";
import { LudusError } from "../lib/errors/errors.ts";
import { Source } from "../lib/errors/source.ts";
import { compileSource } from "../lib/runtime/script.ts";
import { parse } from "../lib/syntax/parser.ts";

/** The prelude the direct tests validate against. */
const PRELUDE: ReadonlySet<string> = new Set([
  "add",
  "count",
  "eq?",
  "first",
  "get",
  "inc",
  "names",
  "print!",
]);

/** What a validation error says and where: the parts a learner sees. */
interface Problem {
  /** `file:line:column` of the span's start. */
  at: string;
  /** The text the span covers (what the error underlines). */
  text: string;
  message: string;
  hint: string | null;
}

function describeError(e: unknown): Problem {
  assert(e instanceof LudusError, `expected a LudusError, got ${e}`);
  assertEquals(e.kind, "validation", `expected a validation error, got ${e.kind}: ${e.message}`);
  assert(e.source !== null && e.span !== null, "a validation error has a source and a span");
  return {
    at: e.location()!,
    text: e.source.text.slice(e.span.start, e.span.end),
    message: e.message,
    hint: e.hint,
  };
}

/** The problem `validate()` reports in `text` (file `v.ld`). */
function problem(text: string, opts: Partial<ValidateOptions> = {}): Problem {
  const source = new Source("v.ld", text);
  const script = parse(source);
  return describeError(assertThrows(() => validate(script, { prelude: PRELUDE, ...opts })));
}

/** Validate `text`; throws what `validate()` throws. */
function valid(text: string, opts: Partial<ValidateOptions> = {}) {
  return validate(parse(new Source("v.ld", text)), { prelude: PRELUDE, ...opts });
}

/** The problem `compileSource()` reports in `text` (file `c.ld`). */
function compileProblem(text: string, opts: Parameters<typeof compileSource>[1] = {}): Problem {
  return describeError(assertThrows(() => compileSource(text, { file: "c.ld", ...opts })));
}

const REBIND_HINT = "use a different name, or bind it in an inner block { ... }";

// --- unbound names

Deno.test("validate() reports an unbound name, suggesting a close bound name", () => {
  assertEquals(problem("add (1, nmaes)"), {
    at: "v.ld:1:9",
    text: "nmaes",
    message: "unbound name `nmaes`: nothing called `nmaes` is bound here",
    hint: "did you mean `names`?",
  });
  assertEquals(problem("let total = 1\nadd (totl, 1)"), {
    at: "v.ld:2:6",
    text: "totl",
    message: "unbound name `totl`: nothing called `totl` is bound here",
    hint: "did you mean `total`?",
  });
});

Deno.test("validate() suggests the keyword when a name is written as a keyword elsewhere", () => {
  assertEquals(problem("let d = #{:name 1}\nget (name, d)"), {
    at: "v.ld:2:6",
    text: "name",
    message: "unbound name `name`: nothing called `name` is bound here",
    hint: "did you mean the keyword `:name`? (a keyword starts with a colon)",
  });
});

Deno.test("validate() reports an unbound name with no hint when nothing is close", () => {
  assertEquals(problem("eq? (zebra, 1)"), {
    at: "v.ld:1:6",
    text: "zebra",
    message: "unbound name `zebra`: nothing called `zebra` is bound here",
    hint: null,
  });
});

Deno.test("validate() checks the names interpolated in a string", () => {
  assertEquals(problem('let n = 1\n"n is {m}"'), {
    at: "v.ld:2:8",
    text: "m",
    message: "unbound name `m`: nothing called `m` is bound here",
    hint: "did you mean `n`?",
  });
});

Deno.test("validate() keeps a block's bindings, a test's and an if let's inside them", () => {
  assertEquals(
    problem("let x = { let inner = 1; inner }\ninner").message,
    "unbound name `inner`: nothing called `inner` is bound here",
  );
  assertEquals(problem('test "t" { let y = 1; y }\ny').at, "v.ld:2:1");
  assertEquals(problem("if let v = 1 then v else v"), {
    at: "v.ld:1:26",
    text: "v",
    message: "unbound name `v`: nothing called `v` is bound here",
    hint: null,
  });
});

Deno.test("validate() reports a name used on a line before the one that binds it", () => {
  assertEquals(problem("{\n  print! (x)\n  let x = 1\n}"), {
    at: "v.ld:2:11",
    text: "x",
    message: "`x` is used before it is bound (it is bound on line 3)",
    hint: "move the binding above this line",
  });
  // At the toplevel, outside any function, too.
  assertEquals(
    problem("let y = x\nlet x = 1").message,
    "`x` is used before it is bound (it is bound on line 2)",
  );
  // And a let that reads its own name.
  assertEquals(problem('let s = "{s}"'), {
    at: "v.ld:1:11",
    text: "s",
    message: "`s` is used before it is bound (it is bound on line 1)",
    hint: "move the binding above this line",
  });
});

// --- binding twice

Deno.test("validate() reports a name let twice in one scope, with the first line", () => {
  assertEquals(problem("let x = 1\nlet x = 2"), {
    at: "v.ld:2:5",
    text: "x",
    message: "`x` is already bound in this scope (on line 1)",
    hint: REBIND_HINT,
  });
  assertEquals(problem("{\n  let a = 1\n  let a = 2\n}").at, "v.ld:3:7");
});

Deno.test("validate() reports a second fn, box, pkg or import of one name", () => {
  // A second `fn` is underlined whole, the other forms at the name.
  assertEquals(problem("fn f (x) -> x\nfn f (y) -> y"), {
    at: "v.ld:2:1",
    text: "fn f (y) -> y",
    message: "`f` is already bound in this scope (on line 1)",
    hint: REBIND_HINT,
  });
  assertEquals(problem("box b = 1\nbox b = 2").text, "b");
  assertEquals(problem("pkg P {}\npkg P {}").at, "v.ld:2:5");
  assertEquals(problem('import "a.ld" as a\nlet a = 1'), {
    at: "v.ld:2:5",
    text: "a",
    message: "`a` is already bound in this scope (on line 1)",
    hint: REBIND_HINT,
  });
});

Deno.test("validate() lets one forward declaration `fn f` be defined once, no more", () => {
  valid("fn f\nfn g () -> f ()\nfn f () -> 1\ng ()");
  valid("fn outer () -> {\n  fn g\n  fn h () -> g ()\n  fn g () -> 1\n  h ()\n}");
  assertEquals(problem("fn f\nfn f").message, "`f` is already bound in this scope (on line 1)");
  assertEquals(problem("fn f () -> 1\nfn f").at, "v.ld:2:1");
  // A declaration that a `let` rebinds is never defined: said at the declaration.
  assertEquals(problem("fn f\nlet f = 1").at, "v.ld:1:1");
});

Deno.test("validate() reports a name bound twice in one pattern", () => {
  const hint = "use `_` or `_a` for a value you want to ignore";
  const message = "`a` appears twice in this pattern; a name may be bound only once";
  assertEquals(problem("let (a, a) = (1, 2)"), { at: "v.ld:1:9", text: "a", message, hint });
  assertEquals(problem("let (a, [b, ...a]) = (1, [2])"), {
    at: "v.ld:1:13",
    text: "...a",
    message,
    hint,
  });
  assertEquals(problem("let #{a, :b a} = #{:a 1, :b 2}").at, "v.ld:1:13");
  assertEquals(problem("if let (a, a) = 1 then 1 else 2").at, "v.ld:1:12");
  assertEquals(problem("fn f (x, x) -> x"), {
    at: "v.ld:1:10",
    text: "x",
    message: "`x` appears twice in this pattern; a name may be bound only once",
    hint: "use `_` or `_x` for a value you want to ignore",
  });
  assertEquals(problem("match 1 with { (b, b) -> b }").at, "v.ld:1:20");
});

// --- recur and loop

Deno.test("validate() reports recur outside a loop, and in a fn inside a loop", () => {
  const message = "`recur` can only be used inside a `loop`";
  assertEquals(problem("recur (1)"), { at: "v.ld:1:1", text: "recur (1)", message, hint: null });
  assertEquals(problem("fn f (x) -> recur (x)"), {
    at: "v.ld:1:13",
    text: "recur (x)",
    message,
    hint: null,
  });
  assertEquals(problem("loop (1) with (x) -> fn () -> recur (x)").at, "v.ld:1:31");
  assertEquals(problem("loop (1) with (x) -> x\nrecur (2)").at, "v.ld:2:1");
  assertEquals(problem("repeat 3 { recur (1) }").at, "v.ld:1:12");
  assertEquals(problem('loop (1) with (x) -> x\ntest "t" recur (1)').at, "v.ld:2:10");
});

Deno.test("validate() reports recur that is not in tail position", () => {
  const message = "`recur` must be the last thing a loop clause does (in tail position)";
  assertEquals(problem("loop (1) with (x) -> { recur (x); 1 }"), {
    at: "v.ld:1:24",
    text: "recur (x)",
    message,
    hint: null,
  });
  assertEquals(problem("loop (1) with (x) -> add (recur (x), 1)").at, "v.ld:1:27");
  assertEquals(problem("loop (1) with (x) -> if recur (x) then 1 else 2").at, "v.ld:1:25");
  assertEquals(problem("loop (1) with (x) -> repeat 3 { recur (1) }").at, "v.ld:1:33");
  assertEquals(problem("loop (1) with {\n  (x) if recur (x) -> 1\n}").message, message);
  assertEquals(problem("loop (1) with (x) -> match recur (x) with y -> y").at, "v.ld:1:28");
});

Deno.test("validate() lets recur through every tail position of a loop clause", () => {
  valid("loop (1) with (x) -> if x then recur (x) else x");
  valid("loop (1) with (x) -> { let y = x; recur (y) }");
  valid("loop (1) with (x) -> when { x -> recur (x); else -> x }");
  valid("loop (1) with (x) -> match x with { 1 -> recur (2); _ -> x }");
  valid("loop (1) with (x) -> if let (a, b) = x then recur (a) else recur (x)");
  valid("loop (1) with (x) -> receive { y -> recur (y) }");
  valid("loop () with () -> recur ()");
  // An inner loop's recur is the inner loop's, in tail position of its own clause.
  valid("loop (1) with (x) -> loop (x, 2) with (y, z) -> recur (y, z)");
});

Deno.test("validate() reports recur with the wrong number of values", () => {
  assertEquals(problem("loop (1) with (x) -> recur (1, 2)"), {
    at: "v.ld:1:28",
    text: "(1, 2)",
    message: "this loop takes 1 value, but `recur` gives it 2 values",
    hint: null,
  });
  assertEquals(
    problem("loop (1, 2) with (x, y) -> recur ()").message,
    "this loop takes 2 values, but `recur` gives it 0 values",
  );
  // The innermost loop counts.
  assertEquals(problem("loop (1) with (x) -> loop (x) with (y) -> recur (y, y)").at, "v.ld:1:49");
});

Deno.test("validate() reports a placeholder among recur's values", () => {
  assertEquals(problem("loop (1) with (x) -> recur (_)"), {
    at: "v.ld:1:29",
    text: "_",
    message: "`_` cannot stand in for an argument of `recur`",
    hint: null,
  });
});

Deno.test("validate() reports a loop clause that takes a different number of values", () => {
  assertEquals(problem("loop (1, 2) with (x) -> x"), {
    at: "v.ld:1:18",
    text: "(x)",
    message: "this loop starts with 2 values, but this clause takes 1 value",
    hint: null,
  });
  assertEquals(problem("loop (1) with {\n  (x) -> x\n  (x, y) -> y\n}"), {
    at: "v.ld:3:3",
    text: "(x, y)",
    message: "this loop starts with 1 value, but this clause takes 2 values",
    hint: null,
  });
  // A clause with ...rest may take any number.
  valid("loop (1, 2) with (x, ...xs) -> x");
});

// --- toplevel-only forms

Deno.test("validate() reports pkg, import and test anywhere but the toplevel", () => {
  const notTop = (what: string) =>
    `\`${what}\` may only appear at the top level of a script, not inside a block or function`;
  assertEquals(problem("{ pkg P {} }"), {
    at: "v.ld:1:3",
    text: "pkg P {}",
    message: notTop("pkg"),
    hint: null,
  });
  assertEquals(problem('fn f () -> import "a.ld" as a'), {
    at: "v.ld:1:12",
    text: 'import "a.ld" as a',
    message: notTop("import"),
    hint: null,
  });
  assertEquals(problem('{\n  test "t" 1\n}'), {
    at: "v.ld:2:3",
    text: 'test "t" 1',
    message: notTop("test"),
    hint: null,
  });
  // Not as a value either.
  assertEquals(problem("let p = pkg P {}").message, notTop("pkg"));
});

Deno.test("validate() reports a forward declaration that is not a statement", () => {
  assertEquals(problem("(fn f, 1)"), {
    at: "v.ld:1:2",
    text: "fn f",
    message: "a forward declaration `fn name` must stand on its own line",
    hint: null,
  });
});

// --- placeholders, keywords, types

Deno.test("validate() reports a placeholder anywhere but a call's arguments", () => {
  const message = "`_` can only stand in for one argument of a call, as in `add (1, _)`";
  assertEquals(problem("let x = _"), { at: "v.ld:1:9", text: "_", message, hint: null });
  assertEquals(problem("(1, _)").at, "v.ld:1:5");
  assertEquals(problem("[_]").at, "v.ld:1:2");
  assertEquals(problem("do 1 > _").at, "v.ld:1:8");
});

Deno.test("validate() reports a second placeholder in one call", () => {
  assertEquals(problem("add (_, _)"), {
    at: "v.ld:1:9",
    text: "_",
    message: "a partially applied function may have only one `_`",
    hint: "write a lambda instead: `fn (x, y) -> ...`",
  });
  assertEquals(problem("do 1 > add (_, _)").at, "v.ld:1:16");
});

Deno.test("validate() reports a called keyword without exactly one argument", () => {
  const message = "a keyword called as a function takes exactly one argument, as in `:a (dict)`";
  assertEquals(problem(":a (1, 2)"), { at: "v.ld:1:4", text: "(1, 2)", message, hint: null });
  assertEquals(problem(":a ()").text, "()");
  assertEquals(problem(":a (_)").text, "(_)");
  // A key looked up and then called is a function call, any arity.
  valid("let d = #{:f add}\nd :f (1, 2)");
});

Deno.test("validate() reports an unknown type in a typed pattern", () => {
  const types = ":nil :boolean :number :keyword :string :tuple :list :dict :set :fn :box :pid :pkg";
  assertEquals(problem("let x as :int = 1"), {
    at: "v.ld:1:5",
    text: "x as :int",
    message: `\`:int\` is not a type: types are ${types}`,
    hint: null,
  });
  assertEquals(problem("match 1 with { _ as :numbr -> 1 }").text, "_ as :numbr");
  assertEquals(problem("fn f (#{:a x as :nope}) -> x").at, "v.ld:1:12");
  for (const t of types.split(" ")) valid(`fn f (_ as ${t}) -> 1`);
});

// --- what names resolve to

/** Each name reference in order, as `name line:column kind`. */
function resolutions(text: string, opts: Partial<ValidateOptions> = {}): string[] {
  const source = new Source("v.ld", text);
  const analysis = valid(text, opts);
  const out: string[] = [];
  const kindOf = (r: Resolution) => {
    switch (r.kind) {
      case "binding":
        return `binding${r.binding.toplevel ? " (global)" : ""}${
          r.binding.needsCell ? " (cell)" : ""
        }`;
      case "global":
        return `earlier global g${r.slot}`;
      default:
        return r.kind;
    }
  };
  for (const [ref, r] of analysis.refs) {
    const { line, column } = source.position(ref.span.start);
    out.push(`${ref.name} ${line}:${column} ${kindOf(r)}`);
  }
  // The map holds references in the order they were met; sort by place to be sure.
  return out.sort((a, b) => {
    const pa = a.split(" ")[1].split(":").map(Number), pb = b.split(" ")[1].split(":").map(Number);
    return pa[0] - pb[0] || pa[1] - pb[1];
  });
}

Deno.test("validate() resolves names to bindings, the function itself, or the prelude", () => {
  assertEquals(
    resolutions("let x = 1\nfn f (n) -> if eq? (n, 0) then x else f (inc (n))"),
    [
      "eq? 2:16 prelude",
      "n 2:21 binding",
      "x 2:32 binding (global)",
      "f 2:39 self",
      "inc 2:42 prelude",
      "n 2:47 binding",
    ],
  );
});

Deno.test("validate() lets a script bind a prelude name (the prelude is an outer scope)", () => {
  assertEquals(resolutions("let count = 1\ncount"), ["count 2:1 binding (global)"]);
  assertEquals(resolutions("fn f (first) -> first"), ["first 1:17 binding"]);
});

Deno.test("validate() keeps a name bound later in a block in a cell, not at the toplevel", () => {
  // Inside a function's block, a closure reading a later binding reads a cell.
  assertEquals(
    resolutions("fn outer () -> {\n  fn f () -> g ()\n  fn g () -> 1\n  f ()\n}"),
    ["g 2:14 binding (cell)", "f 4:3 binding"],
  );
  // At the toplevel the later binding is a global: no cell.
  assertEquals(resolutions("fn f () -> g ()\nfn g () -> 1"), ["g 1:12 binding (global)"]);
});

Deno.test("validate() resolves the names of earlier REPL entries as globals", () => {
  const globals = new Map([["old", 3]]);
  assertEquals(resolutions("add (old, 1)", { globals }), [
    "add 1:1 prelude",
    "old 1:6 earlier global g3",
  ]);
  // A name bound in this entry hides the earlier one.
  assertEquals(resolutions("let old = 1\nold", { globals }), ["old 2:1 binding (global)"]);
});

Deno.test("validate() allows rebinding at the toplevel only with allowRebind", () => {
  valid("let x = 1\nlet x = 2\nfn f () -> 1\nfn f () -> 2", { allowRebind: true });
  assertEquals(
    problem("{\n  let y = 1\n  let y = 2\n}", { allowRebind: true }).message,
    "`y` is already bound in this scope (on line 2)",
  );
});

// --- through compileSource: the options it sets

Deno.test("compileSource() lets only trusted code use `base`", () => {
  assertEquals(compileProblem("base :add (1, 2)"), {
    at: "c.ld:1:1",
    text: "base",
    message: "unbound name `base`: nothing called `base` is bound here",
    hint: null,
  });
  compileSource("base :add (1, 2)", { file: "c.ld", trusted: true });
});

Deno.test("compileSource() validates against the real prelude", () => {
  compileSource("let xs = [1, 2]\nmap (inc, xs)", { file: "c.ld" });
  assertEquals(compileProblem("mpa (inc, [1])"), {
    at: "c.ld:1:1",
    text: "mpa",
    message: "unbound name `mpa`: nothing called `mpa` is bound here",
    hint: "did you mean `map`?",
  });
});

Deno.test("compileSource() checks test forms whether or not it compiles them", () => {
  const message =
    "`test` may only appear at the top level of a script, not inside a block or function";
  assertEquals(compileProblem('{ test "t" 1 }').message, message);
  assertEquals(compileProblem('{ test "t" 1 }', { testMode: true }).message, message);
  assertEquals(compileProblem('test "t" nope').text, "nope");
});

Deno.test("compileSource() into existing globals sees their bound names and may rebind them", () => {
  const globals = new Globals();
  globals.values[globals.define("seen")] = 1;
  globals.define("unset"); // a slot with no value yet is not visible
  compileSource("add (seen, 1)", { file: "c.ld", globals });
  compileSource("let seen = 2", { file: "c.ld", globals });
  assertEquals(
    compileProblem("unset").message,
    "unbound name `unset`: nothing called `unset` is bound here",
  );
  assertEquals(compileProblem("unset", { globals }).at, "c.ld:1:1");
  // Without shared globals, a toplevel name may not be bound twice.
  assertEquals(compileProblem("let x = 1\nlet x = 2").at, "c.ld:2:5");
});

// --- programs that must pass

Deno.test("validate() accepts programs that use every form correctly", () => {
  const programs = [
    "let (a, [b, ...c], #{d, :e f, ...g}) = (1, [2], #{:d 3, :e 4})\n(a, b, c, d, f, g)",
    "let x = 1\n{ let x = 2; x }\nx",
    'fn f {\n  "doc"\n  (0) -> 1\n  (n) if eq? (n, 1) -> n\n  (n, ...more) -> more\n}',
    "fn f () -> g ()\nfn g () -> f ()",
    "let add1 = add (1, _)\ndo 1 > add1 > add (_, 2) > print!",
    "let d = #{:a #{:b 1}}\n(d :a :b, :a (d), get (:a, d))",
    'pkg P {:x 1}\nimport "m.ld" as m\ntest "t" eq? (P :x, m :x)',
    "box b = 1\nreceive { (:ok, v) if eq? (v, b) -> v; _ -> nil }",
    "let _ignored = 1\nlet _ = 2\nlet (_x, _) = (1, 2)\nmatch 1 with { _y -> 1 }",
    "when { eq? (1, 2) -> 1; _ -> 2 }",
    'panic! "no"',
    "repeat 3 { print! (1) }",
  ];
  for (const p of programs) valid(p);
});

Deno.test("validate() reports a forward declaration never defined in its block, at the declaration", () => {
  assertEquals(problem("fn f\nf ()"), {
    at: "v.ld:1:1",
    text: "fn f",
    message: "`f` is declared here, but never defined in this block",
    hint: "define it below, as in `fn f (x) -> ...`, or remove this line",
  });
  // Defined in an inner block is not defined in the declaration's block.
  assertEquals(problem("let x = {\n  fn g\n  1\n}\nfn g () -> 2").at, "v.ld:2:3");
  // An earlier error is reported first.
  assertEquals(problem("zzz\nfn f").message.startsWith("unbound name `zzz`"), true);
});
