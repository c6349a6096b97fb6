/**
 * Tests for the Ludus parser: every form and pattern, the newline rules, error
 * messages and their positions, and robustness against random input.
 *
 * Most tests are tables of source text and a compact S-expression dump of the
 * tree ({@linkcode dumpAst}), so a test reads like the grammar it checks.
 *
 * @module
 */

import { assert, assertEquals, assertMatch, assertThrows } from "@std/assert";
import fc from "fast-check";
import type {
  DictEntry,
  Expr,
  FnClause,
  MatchClause,
  Pattern,
  RestPattern,
  SplatExpr,
  WhenClause,
} from "../lib/syntax/ast.ts";
import type { Span } from "../lib/errors/source.ts";
import { Source } from "../lib/errors/source.ts";
import { LudusError } from "../lib/errors/errors.ts";
import { RESERVED_WORDS } from "../lib/syntax/lexer.ts";
import { MAX_NESTING, parse, parseExpr } from "../lib/syntax/parser.ts";

// ---------------------------------------------------------------------------
// A compact dump of the tree

function dumpString(parts: (string | { name: string })[]): string {
  if (parts.every((p) => typeof p === "string")) return JSON.stringify(parts.join(""));
  return `(str ${
    parts.map((p) => typeof p === "string" ? JSON.stringify(p) : `{${p.name}}`).join(" ")
  })`;
}

function list(head: string, items: string[]): string {
  return items.length === 0 ? `(${head})` : `(${head} ${items.join(" ")})`;
}

function dumpRest(r: RestPattern | null): string[] {
  return r === null ? [] : [`...${r.name ?? ""}`];
}

function dumpPattern(p: Pattern): string {
  switch (p.kind) {
    case "pwild":
      return "_";
    case "pignored":
    case "pword":
      return p.name;
    case "pliteral": {
      const v = p.value;
      if (v === null) return "nil";
      if (typeof v === "object") return `:${v.keyword}`;
      return typeof v === "string" ? JSON.stringify(v) : String(v);
    }
    case "ptuple":
      return list("pt", [...p.items.map(dumpPattern), ...dumpRest(p.rest)]);
    case "plist":
      return list("pl", [...p.items.map(dumpPattern), ...dumpRest(p.rest)]);
    case "pdict":
      return list("pd", [
        ...p.entries.map((e) => `(:${e.key} ${dumpPattern(e.pattern)})`),
        ...dumpRest(p.rest),
      ]);
    case "ptyped":
      return `(as ${dumpPattern(p.inner)} :${p.type})`;
  }
}

function dumpItem(e: Expr | SplatExpr | DictEntry): string {
  if (e.kind === "splat") return `...${e.value.name}`;
  if (e.kind === "entry") return `(:${e.key} ${dumpAst(e.value)})`;
  return dumpAst(e);
}

function dumpFnClause(c: FnClause): string {
  const params = list("pt", [...c.params.items.map(dumpPattern), ...dumpRest(c.params.rest)]);
  const guard = c.guard ? ` if ${dumpAst(c.guard)}` : "";
  return `(${params}${guard} -> ${dumpAst(c.body)})`;
}

function dumpMatchClause(c: MatchClause): string {
  const guard = c.guard ? ` if ${dumpAst(c.guard)}` : "";
  return `(${dumpPattern(c.pattern)}${guard} -> ${dumpAst(c.body)})`;
}

function dumpWhenClause(c: WhenClause): string {
  return `(${c.test ? dumpAst(c.test) : "else"} -> ${dumpAst(c.body)})`;
}

/** A compact S-expression form of an expression. */
function dumpAst(e: Expr): string {
  switch (e.kind) {
    case "nil":
      return "nil";
    case "bool":
    case "number":
      return String(e.value);
    case "string":
      return dumpString(e.parts);
    case "keyword":
      return `:${e.name}`;
    case "word":
      return e.name;
    case "placeholder":
      return "_";
    case "tuple":
      return list("tuple", e.items.map(dumpAst));
    case "list":
    case "set":
      return list(e.kind, e.items.map(dumpItem));
    case "dict":
      return list("dict", e.entries.map(dumpItem));
    case "synthetic":
      return list("syn", [
        dumpAst(e.root),
        ...e.tail.map((t) => t.kind === "args" ? list("args", t.items.map(dumpAst)) : `:${t.name}`),
      ]);
    case "let":
      return `(let ${dumpPattern(e.pattern)} ${dumpAst(e.value)})`;
    case "block":
      return list("block", e.exprs.map(dumpAst));
    case "if":
      return `(if ${dumpAst(e.cond)} ${dumpAst(e.then)} ${dumpAst(e.else)})`;
    case "iflet":
      return `(iflet ${dumpPattern(e.pattern)} ${dumpAst(e.value)} ${dumpAst(e.then)} ${
        dumpAst(e.else)
      })`;
    case "when":
      return list("when", e.clauses.map(dumpWhenClause));
    case "match":
      return list("match", [dumpAst(e.value), ...e.clauses.map(dumpMatchClause)]);
    case "receive":
      return list("receive", e.clauses.map(dumpMatchClause));
    case "fn": {
      const head = [
        ...(e.name === null ? [] : [e.name]),
        ...(e.doc === null ? [] : [JSON.stringify(e.doc)]),
      ];
      return list("fn", [...head, ...e.clauses.map(dumpFnClause)]);
    }
    case "fndecl":
      return `(fndecl ${e.name})`;
    case "do":
      return list("do", [dumpAst(e.first), ...e.steps.map(dumpAst)]);
    case "loop":
      return list("loop", [dumpAst(e.args), ...e.clauses.map(dumpFnClause)]);
    case "recur":
      return list("recur", e.args.items.map(dumpAst));
    case "repeat":
      return `(repeat ${dumpAst(e.count)} ${dumpAst(e.body)})`;
    case "box":
      return `(box ${e.name} ${dumpAst(e.value)})`;
    case "pkg":
      return list("pkg", [e.name, ...e.entries.map(dumpItem)]);
    case "import":
      return `(import ${JSON.stringify(e.path)} ${e.name})`;
    case "test":
      return `(test ${JSON.stringify(e.name)} ${dumpAst(e.body)})`;
    case "panic":
      return `(panic ${dumpAst(e.value)})`;
  }
}

function src(text: string): Source {
  return new Source("test.ld", text);
}

/** Parse a script and dump each toplevel expression, joined by " ; ". */
function dumpScript(text: string): string {
  return parse(src(text)).exprs.map(dumpAst).join(" ; ");
}

function table(name: string, rows: [string, string][]): void {
  Deno.test(`parse() ${name}`, () => {
    for (const [text, expected] of rows) {
      let got: string;
      try {
        got = dumpScript(text);
      } catch (e) {
        throw new Error(`${JSON.stringify(text)} threw: ${(e as Error).message}`);
      }
      assertEquals(got, expected, `for ${JSON.stringify(text)}`);
    }
  });
}

/** Parse text that must fail; return the error. */
function syntaxError(text: string): LudusError {
  const err = assertThrows(() => parse(src(text)));
  assert(err instanceof LudusError, `expected a LudusError for ${JSON.stringify(text)}`);
  assertEquals(err.kind, "syntax");
  return err;
}

/** The source line (1-based) an error points at. */
function errorLine(e: LudusError): number {
  assert(e.span !== null && e.source !== null, "error has a span");
  return e.source.position(e.span.start).line;
}

function errors(name: string, rows: [string, string, number][]): void {
  Deno.test(`parse() reports ${name}`, () => {
    for (const [text, message, line] of rows) {
      const e = syntaxError(text);
      assertEquals(e.message, message, `message for ${JSON.stringify(text)}`);
      assertEquals(errorLine(e), line, `line for ${JSON.stringify(text)}`);
    }
  });
}

function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

// ---------------------------------------------------------------------------
// Forms

table("atoms", [
  ["nil", "nil"],
  ["true", "true"],
  ["false", "false"],
  ["42", "42"],
  ["-0.5", "-0.5"],
  ["1_000", "1000"],
  ['"hi"', '"hi"'],
  ['""', '""'],
  ['"a {b} c"', '(str "a " {b} " c")'],
  ['"{a}{b}"', "(str {a} {b})"],
  [":foo", ":foo"],
  ["foo", "foo"],
  ["_", "_"],
  ["Shapes", "Shapes"],
]);

table("collections", [
  ["()", "(tuple)"],
  ["(1)", "(tuple 1)"],
  ["(:foo)", "(tuple :foo)"],
  ['(1, :a, "b")', '(tuple 1 :a "b")'],
  ["(,,,3,,4,,)", "(tuple 3 4)"],
  ["(\n  1\n  2,\n\n  3\n)", "(tuple 1 2 3)"],
  ["((1, 2), ())", "(tuple (tuple 1 2) (tuple))"],
  ["[]", "(list)"],
  ["[1, ...xs]", "(list 1 ...xs)"],
  ["[...xs, 4, ...ys]", "(list ...xs 4 ...ys)"],
  ["[, 1 ,, 2, ]", "(list 1 2)"],
  ["${}", "(set)"],
  ["${1, ...s}", "(set 1 ...s)"],
  ["#{}", "(dict)"],
  ["#{:a 1, b, ...d}", "(dict (:a 1) (:b b) ...d)"],
  ["#{:a 1\n  :b add (1, 2)\n}", "(dict (:a 1) (:b (syn add (args 1 2))))"],
  ["#{:a #{:b [1]}}", "(dict (:a (dict (:b (list 1)))))"],
  ["#{:a (1, 2)}", "(dict (:a (tuple 1 2)))"],
  ["[f (1), :a (d)]", "(list (syn f (args 1)) (syn :a (args d)))"],
  ["[f\n(1)]", "(list f (tuple 1))"],
]);

table("synthetic expressions", [
  ["f (1) :key (2)", "(syn f (args 1) :key (args 2))"],
  ["d :a :b", "(syn d :a :b)"],
  [":a (d)", "(syn :a (args d))"],
  ["foo(1)", "(syn foo (args 1))"],
  ["f ()", "(syn f (args))"],
  ["f (1)(2)", "(syn f (args 1) (args 2))"],
  ["add (1, _)", "(syn add (args 1 _))"],
  ["add (_, _)", "(syn add (args _ _))"],
  ["f (,1,,)", "(syn f (args 1))"],
  ["Shapes :circle", "(syn Shapes :circle)"],
  ["f (\n  1,\n  2\n)", "(syn f (args 1 2))"],
  ["f (g (h (x)))", "(syn f (args (syn g (args (syn h (args x))))))"],
]);

table("let and blocks", [
  ["let x = 1", "(let x 1)"],
  ["let x =\n  1", "(let x 1)"],
  ["let (a, b) = (1, 2)", "(let (pt a b) (tuple 1 2))"],
  ["{ 1 }", "(block 1)"],
  ["{ let x = 1; let y = 2; add (x, y) }", "(block (let x 1) (let y 2) (syn add (args x y)))"],
  ["{\n\n  1\n  ;; 2\n\n}", "(block 1 2)"],
  ["let y = { let x = 2; x }", "(let y (block (let x 2) x))"],
]);

table("if", [
  ["if nil then 1 else 2", "(if nil 1 2)"],
  ["if x\n  then 1\n  else 2", "(if x 1 2)"],
  ["if x then\n  1\nelse\n  2", "(if x 1 2)"],
  ["if a then if b then 1 else 2 else 3", "(if a (if b 1 2) 3)"],
  ["if let (:ok, v) = (:ok, 5) then v else 0", "(iflet (pt :ok v) (tuple :ok 5) v 0)"],
  ["if let x =\n  f (1)\n  then x\n  else 0", "(iflet x (syn f (args 1)) x 0)"],
  ["[if a\n then 1\n else 2, 3]", "(list (if a 1 2) 3)"],
]);

table("when", [
  ["when { false -> 1; nil -> 2; else -> 3 }", "(when (false -> 1) (nil -> 2) (else -> 3))"],
  [
    "when {\n  lt? (x, 0) -> :neg\n  _ -> :pos\n}",
    "(when ((syn lt? (args x 0)) -> :neg) (else -> :pos))",
  ],
  ["when {\n  a ->\n    1\n}", "(when (a -> 1))"],
]);

table("match and receive", [
  [
    "match 5 with { 1 -> :one; 5 -> :five; _ -> :other }",
    "(match 5 (1 -> :one) (5 -> :five) (_ -> :other))",
  ],
  ["match x with y -> y", "(match x (y -> y))"],
  ["match x with\n  y -> y", "(match x (y -> y))"],
  [
    'match r with {\n  (:ok, x) -> x\n  (:err, m) if eq? (m, "soft") -> :rec\n}',
    '(match r ((pt :ok x) -> x) ((pt :err m) if (syn eq? (args m "soft")) -> :rec))',
  ],
  ["match x with {\n  n ->\n    n\n}", "(match x (n -> n))"],
  [
    "receive {\n  (:ping, from) -> { send (from, :pong); :ok }\n  _ -> nil\n}",
    "(receive ((pt :ping from) -> (block (syn send (args from :pong)) :ok)) (_ -> nil))",
  ],
  ["receive { x if x -> x }", "(receive (x if x -> x))"],
  ["match x with { 1 -> :a; else -> :b }", "(match x (1 -> :a) (_ -> :b))"],
  ["receive { else -> 0 }", "(receive (_ -> 0))"],
]);

table("fn", [
  ["fn (x) -> x", "(fn ((pt x) -> x))"],
  ["fn () -> :ok", "(fn ((pt) -> :ok))"],
  ["fn (x) if pos? (x) -> x", "(fn ((pt x) if (syn pos? (args x)) -> x))"],
  ["fn add1 (x) -> add (x, 1)", "(fn add1 ((pt x) -> (syn add (args x 1))))"],
  ["fn add1(x) ->\n  add (x, 1)", "(fn add1 ((pt x) -> (syn add (args x 1))))"],
  [
    "fn foo { (0) -> :zero; (n) if pos? (n) -> :pos; (_) -> :neg }",
    "(fn foo ((pt 0) -> :zero) ((pt n) if (syn pos? (args n)) -> :pos) ((pt _) -> :neg))",
  ],
  [
    'fn greet {\n  "Returns a greeting."\n  () -> "hi"\n  (name as :string) -> "hi, {name}"\n}',
    '(fn greet "Returns a greeting." ((pt) -> "hi") ((pt (as name :string)) -> (str "hi, " {name})))',
  ],
  ['fn sq { "squares" (x) -> mult (x, x) }', '(fn sq "squares" ((pt x) -> (syn mult (args x x))))'],
  ['fn id "the identity" (x) -> x', '(fn id "the identity" ((pt x) -> x))'],
  ['fn id "the identity"\n  (x) -> x', '(fn id "the identity" ((pt x) -> x))'],
  ["fn { (x) -> 1; (x, y) -> 2 }", "(fn ((pt x) -> 1) ((pt x y) -> 2))"],
  ["fn f (x, ...xs) -> xs", "(fn f ((pt x ...xs) -> xs))"],
  ["fn foo", "(fndecl foo)"],
  ["fn foo\nfn bar", "(fndecl foo) ; (fndecl bar)"],
  ["fn foo; foo", "(fndecl foo) ; foo"],
  ["{ fn foo }", "(block (fndecl foo))"],
  ["map (fn (x) -> inc (x), xs)", "(syn map (args (fn ((pt x) -> (syn inc (args x)))) xs))"],
  ["fn (x) -> fn (y) -> add (x, y)", "(fn ((pt x) -> (fn ((pt y) -> (syn add (args x y))))))"],
]);

table("do pipelines", [
  ["do 23 > mult (_, 2) > add (1, _)", "(do 23 (syn mult (args _ 2)) (syn add (args 1 _)))"],
  ["do x\n  > f\n  > :a", "(do x f :a)"],
  ["do x >\n  f", "(do x f)"],
  ["do x > f\ny", "(do x f) ; y"],
]);

table("loop, recur and repeat", [
  [
    "loop (1, 0) with { (10, acc) -> acc; (n, acc) -> recur (inc (n), add (acc, n)) }",
    "(loop (tuple 1 0) ((pt 10 acc) -> acc) ((pt n acc) -> (recur (syn inc (args n)) (syn add (args acc n)))))",
  ],
  ["loop (0) with (i) -> recur (i)", "(loop (tuple 0) ((pt i) -> (recur i)))"],
  ["loop () with\n  () -> 1", "(loop (tuple) ((pt) -> 1))"],
  ["recur ()", "(recur)"],
  ["repeat 3 { :foo }", "(repeat 3 (block :foo))"],
  ["repeat n { f (); g () }", "(repeat n (block (syn f (args)) (syn g (args))))"],
  ["repeat count (xs) {\n  f ()\n}", "(repeat (syn count (args xs)) (block (syn f (args))))"],
  ["repeat d :n { 1 }", "(repeat (syn d :n) (block 1))"],
]);

table("box, pkg, import, test, panic!", [
  ["box b = 0", "(box b 0)"],
  ["box b =\n  [1]", "(box b (list 1))"],
  ["pkg Shapes { :a 1, circle, ...more }", "(pkg Shapes (:a 1) (:circle circle) ...more)"],
  ["pkg shapes {\n  :a 1\n  b\n}", "(pkg shapes (:a 1) (:b b))"],
  ["pkg P {}", "(pkg P)"],
  ['import "shapes.ld" as shapes', '(import "shapes.ld" shapes)'],
  ['test "adds" eq? (add (1, 2), 3)', '(test "adds" (syn eq? (args (syn add (args 1 2)) 3)))'],
  ['test "block" { 1 }', '(test "block" (block 1))'],
  ['panic! "oh no"', '(panic "oh no")'],
  ['panic! ("oh no")', '(panic (tuple "oh no"))'],
  ['panic! ("oh", :no)', '(panic (tuple "oh" :no))'],
  ["panic! x :msg", "(panic (syn x :msg))"],
]);

table("patterns", [
  ["let _ = 1", "(let _ 1)"],
  ["let _x = 1", "(let _x 1)"],
  ["let x = 1", "(let x 1)"],
  ['let (nil, true, false, 42, -1.5, "s", :kw) = x', '(let (pt nil true false 42 -1.5 "s" :kw) x)'],
  ["let (a, b, ...rest) = x", "(let (pt a b ...rest) x)"],
  ["let (a, ...) = x", "(let (pt a ...) x)"],
  ["let (a, ..._) = x", "(let (pt a ...) x)"],
  ["let (a, ..._more) = x", "(let (pt a ...) x)"],
  ["let (...) = x", "(let (pt ...) x)"],
  ["let [x, ...xs] = y", "(let (pl x ...xs) y)"],
  ["let [] = y", "(let (pl) y)"],
  ["let [[a], (b, c)] = y", "(let (pl (pl a) (pt b c)) y)"],
  ["let #{:a a, b, ...rest} = d", "(let (pd (:a a) (:b b) ...rest) d)"],
  ["let #{:a (x, y), :b #{c}} = d", "(let (pd (:a (pt x y)) (:b (pd (:c c)))) d)"],
  ["let #{n as :number} = d", "(let (pd (:n (as n :number))) d)"],
  ["let #{} = d", "(let (pd) d)"],
  ["let x as :number = 1", "(let (as x :number) 1)"],
  ["let (_ as :number, _n as :string) = t", "(let (pt (as _ :number) (as _n :string)) t)"],
  ["let (\n  a\n  b,\n) = t", "(let (pt a b) t)"],
  ["let (,,a,,...r,,) = t", "(let (pt a ...r) t)"],
  ["let (_a, _a) = (1, 2)", "(let (pt _a _a) (tuple 1 2))"],
  ['let "plain" = s', '(let "plain" s)'],
]);

table("newlines and terminators", [
  ["", ""],
  ["\n\n;;\n", ""],
  ["1\n2", "1 ; 2"],
  ["1;2;;3", "1 ; 2 ; 3"],
  ["\n 1 \n\n 2 \n", "1 ; 2"],
  ["& a comment\nfoo & another\n& last", "foo"],
  ["f\n(1)", "f ; (tuple 1)"],
  ["d\n:a", "d ; :a"],
  ["let x = 1\r\nlet y = 2\r\n", "(let x 1) ; (let y 2)"],
  ["\ufefflet x = 1", "(let x 1)"],
  ['"multi\nline"', '"multi\\nline"'],
]);

Deno.test("parse() reads a realistic program", () => {
  const text = `& A small program in the style of the prelude.
fn sum_list {
  "Adds up a list of numbers."
  (xs) -> sum_list (xs, 0)
  ([], acc) -> acc
  ([x, ...xs], acc) if number? (x) -> sum_list (xs, add (acc, x))
}

box counter = 0
let shape = #{:kind :circle, :radius 10}

fn area (s) -> match s with {
  #{:kind :circle, radius} -> mult (pi, radius, radius)
  #{:kind :square, :side side as :number} -> mult (side, side)
  _ -> panic! "unknown shape"
}

let result = do [1, 2, 3]
  > map (inc, _)
  > sum_list

repeat 4 {
  forward! (100); right! (0.25)
}

let pid = spawn! (fn () -> receive {
  (:ping, from) -> send! (from, :pong)
})
test "areas" eq? (area (shape), mult (pi, 100))
if gt? (result, 5)
  then print! ("big: {result}")
  else :small
`;
  const script = parse(src(text));
  assertEquals(script.exprs.map((e) => e.kind), [
    "fn",
    "box",
    "let",
    "fn",
    "let",
    "repeat",
    "let",
    "test",
    "if",
  ]);
  const sum = script.exprs[0];
  assert(sum.kind === "fn");
  assertEquals(sum.doc, "Adds up a list of numbers.");
  assertEquals(sum.clauses.length, 3);
});

// ---------------------------------------------------------------------------
// Spans

Deno.test("parse() gives nodes accurate spans", () => {
  const text = "let x = add (1, :a)\nfn f { (y) if y -> y }";
  const script = parse(src(text));
  assertEquals(script.span, { start: 0, end: text.length });
  const [letExpr, fnExpr] = script.exprs;
  assert(letExpr.kind === "let");
  assertEquals(spanText(text, letExpr.span), "let x = add (1, :a)");
  assertEquals(spanText(text, letExpr.pattern.span), "x");
  const call = letExpr.value;
  assert(call.kind === "synthetic");
  assertEquals(spanText(text, call.span), "add (1, :a)");
  assertEquals(spanText(text, call.root.span), "add");
  assertEquals(spanText(text, call.tail[0].span), "(1, :a)");
  assert(call.tail[0].kind === "args");
  assertEquals(spanText(text, call.tail[0].items[1].span), ":a");
  assert(fnExpr.kind === "fn");
  assertEquals(spanText(text, fnExpr.span), "fn f { (y) if y -> y }");
  assertEquals(spanText(text, fnExpr.clauses[0].span), "(y) if y -> y");
  assertEquals(spanText(text, fnExpr.clauses[0].params.span), "(y)");
});

Deno.test("parse() gives spans to names, entries, splats and interpolations", () => {
  const text = 'box b = #{:a 1, c, ...d}\n"hi {name}!"\nimport "m" as mod\npkg P { x }';
  const [box, str, imp, pkg] = parse(src(text)).exprs;
  assert(box.kind === "box");
  assertEquals(spanText(text, box.nameSpan), "b");
  assert(box.value.kind === "dict");
  assertEquals(box.value.entries.map((e) => spanText(text, e.span)), [":a 1", "c", "...d"]);
  const splat = box.value.entries[2];
  assert(splat.kind === "splat");
  assertEquals(spanText(text, splat.value.span), "d");
  assert(str.kind === "string");
  const interp = str.parts[1];
  assert(typeof interp !== "string");
  assertEquals(spanText(text, interp.span), "name");
  assertEquals(spanText(text, str.span), '"hi {name}!"');
  assert(imp.kind === "import");
  assertEquals(spanText(text, imp.nameSpan), "mod");
  assertEquals(spanText(text, imp.span), 'import "m" as mod');
  assert(pkg.kind === "pkg");
  assertEquals(spanText(text, pkg.nameSpan), "P");
  assertEquals(spanText(text, pkg.span), "pkg P { x }");
});

Deno.test("parse() gives spans to patterns, rests and clauses", () => {
  const text = "match x with {\n  (a as :number, ...rest) -> a\n  else_ if t -> 0\n}";
  const m = parseExpr(src(text));
  assert(m.kind === "match");
  assertEquals(spanText(text, m.span), text);
  const [c1, c2] = m.clauses;
  assertEquals(spanText(text, c1.span), "(a as :number, ...rest) -> a");
  assert(c1.pattern.kind === "ptuple");
  assertEquals(spanText(text, c1.pattern.items[0].span), "a as :number");
  assertEquals(spanText(text, c1.pattern.rest!.span), "...rest");
  assertEquals(spanText(text, c2.span), "else_ if t -> 0");
  const w = parseExpr(src("when { else -> 1 }"));
  assert(w.kind === "when");
  assertEquals(w.clauses[0].span, { start: 7, end: 16 });
});

Deno.test("parse() spans blocks, ifs, loops and dos from first to last token", () => {
  const cases: [string, string][] = [
    ["{ 1; 2 }", "block"],
    ["if a\n then b\n else c", "if"],
    ["loop (1) with (x) -> x", "loop"],
    ["do x\n  > f", "do"],
    ["repeat 2 { x }", "repeat"],
    ["recur (1)", "recur"],
    ['panic! "x"', "panic"],
    ['test "t" 1', "test"],
    ["receive { x -> x }", "receive"],
    ["fn foo", "fndecl"],
  ];
  for (const [text, kind] of cases) {
    const e = parseExpr(src(`  ${text}  `));
    assertEquals(e.kind, kind);
    assertEquals(e.span, { start: 2, end: 2 + text.length }, text);
  }
});

Deno.test("parseExpr() parses exactly one expression", () => {
  assertEquals(dumpAst(parseExpr(src("\n  add (1, 2) & sum\n\n"))), "(syn add (args 1 2))");
  const e = assertThrows(() => parseExpr(src("1\n2")));
  assert(e instanceof LudusError);
  assertEquals(e.message, "expected only one expression, found `2` after it");
});

// ---------------------------------------------------------------------------
// Errors

errors("two expressions on one line", [
  ["foo bar", "expected a newline or `;` after this expression, found `bar`", 1],
  ["let x = 1\nfoo bar", "expected a newline or `;` after this expression, found `bar`", 2],
  ["{ foo 1 }", "expected a newline or `;` after this expression, found `1`", 1],
  ["1 2", "expected a newline or `;` after this expression, found `2`", 1],
  ['"a" "b"', "expected a newline or `;` after this expression, found a string", 1],
  ["(1) (2)", "expected a newline or `;` after this expression, found `(`", 1],
  ["foo )", "unexpected `)`: there is no `(` for it to close", 1],
  ["\n}", "unexpected `}`: there is no `{` for it to close", 2],
  ["foo\n]", "unexpected `]`: there is no `[` for it to close", 2],
  ["x }", "unexpected `}`: there is no `{` for it to close", 1],
]);

errors("unclosed and mismatched brackets", [
  ["(1, 2", "expected `)` to close the `(` on line 1, found the end of the file", 1],
  ["\n\n[1,\n2", "expected `]` to close the `[` on line 3, found the end of the file", 4],
  ["(1\n2]", "expected `)` to close the `(` on line 1, found `]`", 2],
  ["#{:a 1", "expected `}` to close the `#{` on line 1, found the end of the file", 1],
  ["${1)", "expected `}` to close the `${` on line 1, found `)`", 1],
  ["f (1,\n\n 2", "expected `)` to close the `(` on line 1, found the end of the file", 3],
  ["{\n  1\n", "expected `}` to close the `{` on line 1, found the end of the file", 3],
  ["fn f (x) -> {\n", "expected `}` to close the `{` on line 1, found the end of the file", 2],
  ["{ 1 )", "expected `}` to close the `{` on line 1, found `)`", 1],
  [
    "match x with {\n  1 -> 2\n",
    "expected `}` to close the `{` on line 1, found the end of the file",
    3,
  ],
  ["(1 2)", "expected `,` or `)` after this item, found `2`", 1],
  ["[x :a :b 3]", "expected `,` or `]` after this item, found `3`", 1],
  ["[1 :a]", "expected `,` or `]` after this item, found `:a`", 1],
  ["(1; 2)", "found `;` inside a tuple: items there are separated by `,` or new lines", 1],
  ["[1,; 2]", "found `;` inside a list: items there are separated by `,` or new lines", 1],
]);

errors("if, when, match and friends", [
  ["if x 1 else 2", "expected `then` after the condition of `if`, found `1`", 1],
  ["if x\n\n1", "expected `then` after the condition of `if`, found `1`", 3],
  [
    "if x then 1\nfoo",
    "expected `else` after the `then` branch of the `if` on line 1 (an `if` needs both branches), found `foo`",
    2,
  ],
  ["if x; then 1 else 2", "expected `then` after the condition of `if`, found `;`", 1],
  ["if let x 1 then 2 else 3", "expected `=` after the pattern of `if let`, found `1`", 1],
  ["when x", "expected `{` with the clauses of `when`, found `x`", 1],
  ["when {}", "`when` needs at least one clause between `{` and `}`", 1],
  ["when { a 1 }", "expected `->` after the test of this `when` clause, found `1`", 1],
  ["when {\n  a -> 1 b -> 2 }", "expected a newline or `;` after this clause, found `b`", 2],
  ["match x { 1 -> 2 }", "expected `with` after the value of `match`, found `{`", 1],
  ["match x with {\n}", "`match` needs at least one clause between `{` and `}`", 1],
  ["match x with { 1 2 }", "expected `->` after the pattern of this clause, found `2`", 1],
  ["match x with { y if z 2 }", "expected `->` after the guard of this clause, found `2`", 1],
  ["receive x", "expected `{` with the clauses of `receive`, found `x`", 1],
  ["let x 1", "expected `=` after the pattern of `let`, found `1`", 1],
  ["let x =\n\n", "expected an expression, found the end of the file", 3],
  ["let x = ;", "expected an expression, found `;`", 1],
  ["do x", "expected `>` after the first value of `do`, found the end of the file", 1],
  ["do x > ", "expected an expression, found the end of the file", 1],
  ["loop x with (y) -> y", "expected `(` with the starting values after `loop`, found `x`", 1],
  ["loop (1) (y) -> y", "expected `with` after the starting values of `loop`, found `(`", 1],
  [
    "loop (1) with { y -> y }",
    "expected `(` to start the parameters of a function clause, found `y`",
    1,
  ],
  ["recur 1", "expected `(` with the new values after `recur`, found `1`", 1],
  ['repeat "x" { 1 }', "expected a number or a name after `repeat`, found a string", 1],
  ["repeat 3 1", "expected `{` to start the body of `repeat`, found `1`", 1],
  [
    "repeat 3 {}",
    "a block `{ }` must contain at least one expression (for an empty dict write `#{}`)",
    1,
  ],
  ["{\n}", "a block `{ }` must contain at least one expression (for an empty dict write `#{}`)", 1],
  ["panic!", "expected a value after `panic!`, such as a message, found the end of the file", 1],
  ["use foo", '`use` is not part of this Ludus; use `import "path" as name`', 1],
]);

errors("fn forms", [
  ["fn 1", "expected a name, `(` or `{` after `fn`, found `1`", 1],
  ["fn if (x) -> x", "`if` is a reserved word, so it cannot be used as a name", 1],
  ["fn foo bar", "expected `(`, `{` or a docstring after `fn foo`, found `bar`", 1],
  [
    "fn Foo (x) -> x",
    "a function name must start with a lower-case letter, not `Foo` (only package names are capitalised)",
    1,
  ],
  ["fn (x) x", "expected `->` after the parameters of this clause, found `x`", 1],
  ["fn (x) if y x", "expected `->` after the guard of this clause, found `x`", 1],
  [
    "fn foo {\n  (x) -> 1\n  x -> 2\n}",
    "expected `(` to start the parameters of a function clause, found `x`",
    3,
  ],
  ['fn foo { "doc" }', "`fn` needs at least one clause between `{` and `}`", 1],
  ['fn foo { "doc {x}" (x) -> x }', "a docstring cannot contain {…}; use \\{ for a brace", 1],
  [
    'fn foo { "doc" (x) -> 1, (y) -> 2 }',
    "expected a newline or `;` after this clause, found `,`",
    1,
  ],
  [
    "fn (x)\n  -> x",
    "expected `->` after the parameters of this clause, found the end of the line",
    1,
  ],
]);

errors("patterns", [
  ["let [...xs, y] = z", "a splat `...` must be the last item of a pattern", 1],
  ["let (a, ...r, b) = z", "a splat `...` must be the last item of a pattern", 1],
  ["let #{...r, :a a} = z", "a splat `...` must be the last item of a pattern", 1],
  ["let ...xs = z", "a splat `...` may only stand last inside a tuple, list or dict pattern", 1],
  ['let "{a} {b}" = s', "string patterns with {…} are not supported; match the whole string", 1],
  [
    "let Foo = 1",
    "a name must start with a lower-case letter, not `Foo` (only package names are capitalised)",
    1,
  ],
  [
    "let (a, B) = 1",
    "a name must start with a lower-case letter, not `B` (only package names are capitalised)",
    1,
  ],
  [
    "let (a, b) as :tuple = t",
    "only a name or `_` can have a type with `as`, as in `x as :number`",
    1,
  ],
  [
    "let x as number = 1",
    "expected a type keyword such as `:number` after `as`, found `number`",
    1,
  ],
  ["let #{:a} = d", "expected a pattern after `:a` in a dict pattern, found `}`", 1],
  ["let #{1} = d", "expected `:key pattern`, a name or `...rest` in a dict pattern, found `1`", 1],
  [
    "let [x; y] = d",
    "found `;` inside a list pattern: items there are separated by `,` or new lines",
    1,
  ],
  ["let if = 1", "`if` is a reserved word, so it cannot be used as a name", 1],
  ["let f (x) = 1", "expected `=` after the pattern of `let`, found `(`", 1],
  ["let = 1", "expected a pattern, found `=`", 1],
]);

errors("collections", [
  ["(1, ...xs)", "a tuple cannot contain a splat `...`; splats go in lists, sets and dicts", 1],
  ["f (...xs)", "arguments cannot be splatted with `...`; pass the list itself instead", 1],
  ["[...1]", "a splat `...` must be directly followed by a name, as in `...xs`; found `1`", 1],
  ["[... (xs)]", "a splat `...` must be directly followed by a name, as in `...xs`; found `(`", 1],
  ["#{:a}", "expected a value after `:a` in a dict, found `}`", 1],
  ["#{:a, :b 2}", "expected a value after `:a` in a dict, found `,`", 1],
  [
    "#{a 1}",
    "expected `,` or `}` after `a`, found `1` (a key is written as a keyword, as in `:a value`; a name alone, `a`, means `:a a`)",
    1,
  ],
  ["#{1 2}", "expected `:key value`, a name or `...name` in a dict, found `1`", 1],
  ["pkg { :a 1 }", "expected a package name after `pkg`, found `{`", 1],
  ["pkg P :a 1", "expected `{` after `pkg P`, found `:a`", 1],
  ["box = 1", "expected a name after `box`, found `=`", 1],
  [
    "box B = 1",
    "a box name must start with a lower-case letter, not `B` (only package names are capitalised)",
    1,
  ],
  ["box b 1", "expected `=` after `box b`, found `1`", 1],
  ["import foo as foo", "expected a path in quotes after `import`, found `foo`", 1],
  ['import "{x}" as foo', "an import path cannot contain {…}; use \\{ for a brace", 1],
  ['import "foo" foo', "expected `as` after the path of `import`, found `foo`", 1],
  ['import "foo" as', "expected a name after `as`, found the end of the file", 1],
  ["test foo", "expected the test's name in quotes after `test`, found `foo`", 1],
  [
    "_x",
    "`_x` starts with `_`, so it is an ignored name: it can appear in patterns but cannot be used as a value",
    1,
  ],
  ["then", "expected an expression, found `then`", 1],
  ["x = 1", "expected a newline or `;` after this expression, found `=`", 1],
]);

Deno.test("parse() passes lexer errors through with their position", () => {
  const e = syntaxError('let x = 1\nprint! ("a {1}")');
  assertEquals(e.message, "only a name may go between { and } in a string; use \\{ for a brace");
  assertEquals(errorLine(e), 2);
  const f = syntaxError("let x = 5 % 2");
  assertEquals(
    f.message,
    "unexpected character `%`: Ludus has no operators; call a function instead, as in `mod (7, 3)`",
  );
  assertEquals(f.span, { start: 10, end: 11 });
});

Deno.test("parse() points the span at the offending text", () => {
  const text = "let x = 1\nlet y = foo bar";
  const e = syntaxError(text);
  assertEquals(spanText(text, e.span!), "bar");
  assertEquals(e.source!.position(e.span!.start), { line: 2, column: 13 });
});

// ---------------------------------------------------------------------------
// Nesting

Deno.test("parse() handles nesting just under the limit", () => {
  const n = MAX_NESTING - 1;
  const cases = [
    "[".repeat(n) + "1" + "]".repeat(n),
    "f (".repeat(n - 1) + "1" + ")".repeat(n - 1),
    "{".repeat(n) + "1" + "}".repeat(n),
    "fn (x) -> ".repeat(n) + "1",
    "if a then b else ".repeat(n) + "1",
    "let " + "(".repeat(n - 1) + "x" + ")".repeat(n - 1) + " = 1",
  ];
  for (const text of cases) parse(src(text));
});

Deno.test("parse() reports 5,000 nested `[` as a LudusError, not a RangeError", () => {
  for (const open of ["[", "(", "{", "#{:a ", "f (", "${"]) {
    const e = syntaxError(open.repeat(5000) + "1");
    assertEquals(e.message, `this expression nests too deeply (more than ${MAX_NESTING} levels)`);
  }
  const p = syntaxError("let " + "[".repeat(5000) + "x" + "]".repeat(5000) + " = y");
  assertEquals(p.message, `this expression nests too deeply (more than ${MAX_NESTING} levels)`);
});

Deno.test("parse() reads long flat sequences without recursion", () => {
  const items = Array.from({ length: 20000 }, (_, i) => String(i)).join(", ");
  const e = parseExpr(src(`[${items}]`));
  assert(e.kind === "list");
  assertEquals(e.items.length, 20000);
  const script = parse(src("x\n".repeat(20000)));
  assertEquals(script.exprs.length, 20000);
});

// ---------------------------------------------------------------------------
// Random input

const VOCABULARY = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "#{",
  "${",
  ",",
  ";",
  "\n",
  "\n",
  " ",
  "=",
  "->",
  ">",
  "...",
  ...RESERVED_WORDS, // every reserved word the lexer knows
  "x",
  "foo",
  "Bar",
  "_",
  "_y",
  "add",
  ":a",
  ":number",
  "1",
  "-2.5",
  "1_000",
  '"s"',
  '"{x}"',
  '"a',
  "&c\n",
  "%",
  "-",
  ".",
  "#",
  "$",
  ":",
  "\\",
  "1.2.3",
  "1.",
  "é",
  "😀",
  "\r\n",
  "\t",
];

Deno.test("parse() throws only LudusErrors on random token soup", () => {
  const soup = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 60, size: "max" }).map((ws) =>
    ws.join(" ")
  );
  const tight = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 60, size: "max" }).map((ws) =>
    ws.join("")
  );
  for (const arb of [soup, tight]) {
    fc.assert(
      fc.property(arb, (text) => {
        try {
          parse(src(text));
        } catch (e) {
          if (!(e instanceof LudusError)) throw e;
          if (e.kind !== "syntax") throw e;
          if (e.span === null) throw new Error("syntax error without a span");
          if (e.span.start < 0 || e.span.end > text.length || e.span.start > e.span.end) {
            throw new Error(`bad span ${JSON.stringify(e.span)}`);
          }
        }
      }),
      { numRuns: 3000 },
    );
  }
});

Deno.test("parse() throws only LudusErrors on random strings", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80, unit: "binary", size: "max" }), (text) => {
      try {
        parse(src(text));
      } catch (e) {
        if (!(e instanceof LudusError)) throw e;
      }
    }),
    { numRuns: 2000 },
  );
});

Deno.test("parse(): `x = 2` (an assignment from another language) hints at let and boxes", () => {
  const e = syntaxError("let x = 1\nx = 2");
  assertEquals(e.message, "expected a newline or `;` after this expression, found `=`");
  assertEquals(errorLine(e), 2);
  assertMatch(e.hint!, /`let x = \.\.\.`, once; for a value that changes, use a box/);
  // Not for other tokens after an expression.
  assertEquals(syntaxError("f (1) 2").hint, null);
});

Deno.test("parse(): `if x == 1` hints at eq?", () => {
  const e = syntaxError("let x = 1\nif x == 1 then :a else :b");
  assertEquals(e.message, "expected `then` after the condition of `if`, found `=`");
  assertMatch(e.hint!, /call `eq\? \(a, b\)`/);
});

Deno.test("parse(): indexing, return and while from other languages get hints", () => {
  assertMatch(syntaxError("let x = [1, 2, 3][0]").hint!, /call `at \(xs, 0\)`/);
  assertEquals(syntaxError("let x = [1, 2, 3] [0]").hint, null); // not glued: no guess
  assertMatch(syntaxError("fn f () -> {\n  return 1\n}").hint!, /no `return`/);
  assertMatch(syntaxError("while true").hint!, /no `while` loops: repeat with `loop`/);
  assertMatch(syntaxError("for x").hint!, /no `for` loops/);
});

Deno.test("parse(): a call without parentheses hints at them, with the call written out", () => {
  assertEquals(
    syntaxError('print! "hi"').hint,
    'to call `print!`, put its arguments in parentheses: `print! ("hi")`',
  );
  assertEquals(
    syntaxError("f 3").hint,
    "to call `f`, put its arguments in parentheses: `f (3)`",
  );
  assertEquals(
    syntaxError("inc x").hint,
    "to call `inc`, put its arguments in parentheses: `inc (x)`",
  );
  // A long argument is cut.
  assertMatch(syntaxError(`f "${"a".repeat(50)}"`).hint!, /`f \("a{29}\.\.\.\)`$/);
  // Not on the same line, or not after a name: no guess.
  assertEquals(syntaxError("(f) 3").hint, null);
  assertEquals(syntaxError(":a 3").hint, null);
});
