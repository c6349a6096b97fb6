/**
 * fast-check arbitraries for fuzzing the whole Ludus pipeline (lexer, parser,
 * validator, compiler, VM):
 *
 * - {@linkcode tokenSoup}: random streams of Ludus tokens and junk characters;
 * - {@linkcode wellFormedAst} / {@linkcode wellFormedSource}: random well-formed
 *   syntax trees (the node kinds of `lib/syntax/ast.ts`), printed back to source by
 *   `print.ts`. Names are mostly bound and calls of prelude functions get
 *   plausible arguments, so most programs get past the validator and run;
 * - {@linkcode mutant}: the example programs, golden programs and case snippets
 *   with a few random edits (a token or a character deleted, duplicated, swapped,
 *   replaced or inserted).
 *
 * ## How the trees stay well formed
 *
 * The generator is typed: `expr(ty, depth)` makes an expression meant to give a
 * value of type `ty` (number, string, list, one-argument function …). A name it
 * wants to read is written as a symbolic reference ("a number in scope, the k-th
 * one"); after generation {@linkcode resolve} walks the tree in scope order, as
 * the validator does, and replaces each reference by a bound name of that type,
 * or by a literal when there is none. It also renames bindings that would bind a
 * name twice in one scope or one pattern. Templates that need a particular
 * binding (a loop counter, `let me = self ()`) use anchors: a pattern tagged with
 * an id, and references to that id.
 *
 * @module
 */

import { RESERVED_WORDS } from "../../lib/syntax/lexer.ts";
import fc from "fast-check";
import type {
  ArgsExpr,
  BlockExpr,
  DictEntry,
  DictPatternEntry,
  Expr,
  FnClause,
  FnExpr,
  Interpolation,
  KeywordExpr,
  MatchClause,
  Pattern,
  RestPattern,
  SplatExpr,
  StringExpr,
  TuplePattern,
  WhenClause,
  WordExpr,
  WordPattern,
} from "../../lib/syntax/ast.ts";
import type { Span } from "../../lib/errors/source.ts";
import { parseCases } from "../_harness.ts";
import { printScript } from "./print.ts";
import closures from "../../examples/closures.ld" with { type: "text" };
import fizzbuzz from "../../examples/fizzbuzz.ld" with { type: "text" };
import flower from "../../examples/flower.ld" with { type: "text" };
import hello from "../../examples/hello.ld" with { type: "text" };
import patterns from "../../examples/patterns.ld" with { type: "text" };
import recursion from "../../examples/recursion.ld" with { type: "text" };
import spiral from "../../examples/spiral.ld" with { type: "text" };
import square from "../../examples/square.ld" with { type: "text" };
import star from "../../examples/star.ld" with { type: "text" };
import tree from "../../examples/tree.ld" with { type: "text" };

// ---------------------------------------------------------------------------
// (a) Token soup

/** Reserved words of Ludus (the lexer's own list). */
export const RESERVED: readonly string[] = RESERVED_WORDS;

/** Punctuation tokens. */
export const PUNCTUATION = [
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
  "->",
  ">",
  "=",
  "...",
  "_",
];

/** Words: user names and prelude functions. */
export const WORDS = [
  "x",
  "y",
  "xs",
  "acc",
  "n",
  "foo",
  "bar?",
  "baz!",
  "k/v",
  "_x",
  "_",
  "Pkg",
  "add",
  "sub",
  "mult",
  "div",
  "inc",
  "dec",
  "first",
  "rest",
  "count",
  "map",
  "filter",
  "fold",
  "range",
  "concat",
  "append",
  "at",
  "get",
  "assoc",
  "show",
  "string",
  "join",
  "print!",
  "doc!",
  "type",
  "eq?",
  "self",
  "send!",
  "spawn!",
  "await!",
  "sleep!",
  "yield!",
  "link!",
  "monitor!",
  "unbox",
  "store!",
  "update!",
  "forward!",
  "right!",
  "ok",
  "err",
  "unwrap!",
  "assert!",
  "random",
];

/** Keywords. */
export const KEYWORDS = [":ok", ":err", ":a", ":b", ":number", ":string", ":list", ":nil", ":x?"];

/** Number literals. */
export const NUMBERS = ["0", "1", "42", "-1", "-1.5", "0.5", "1_000", "3.14", "1e3", "1.2.3", "1."];

/** String literals, with escapes and interpolations. */
export const STRINGS = [
  '""',
  '"s"',
  '"hello, {x}"',
  '"{xs} and {n}"',
  '"a\\nb\\t\\"c\\" \\\\ \\{"',
  '"{ x }"',
  '"{}"',
  '"\\q"',
  '"multi\nline"',
  '"unclosed',
  '"{1}"',
];

/** Junk: characters that are not Ludus at all, comments, odd whitespace. */
export const JUNK = [
  "& a comment\n",
  "&",
  "%",
  "-",
  ".",
  "..",
  "#",
  "$",
  ":",
  "\\",
  "|",
  "@",
  "~",
  "`",
  "'",
  "é",
  "😀",
  "\u0000",
  "\ufeff",
  "\r\n",
  "\r",
  "\t",
  "\u00a0",
  "\ud800",
  "<",
  "*",
  "?",
  "!",
  "/",
  "A",
];

const VOCABULARY = [
  ...RESERVED,
  ...PUNCTUATION,
  ...WORDS,
  ...KEYWORDS,
  ...NUMBERS,
  ...STRINGS,
  ...JUNK,
];

/** One random token of the vocabulary. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...RESERVED) },
  { weight: 6, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...KEYWORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 2, arbitrary: fc.constantFrom(...VOCABULARY) },
);

const separator = fc.constantFrom(" ", " ", " ", "", "\n", "; ", ", ");

/** Random token streams (with random separators), as source text. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.tuple(token, separator), { maxLength: 50 })
  .map((ts) => ts.map(([t, s]) => t + s).join(""));

// ---------------------------------------------------------------------------
// (b) Well-formed syntax trees

/** The value types the generator aims at. */
export type Ty =
  | "num"
  | "str"
  | "bool"
  | "kw"
  | "list"
  | "dict"
  | "tuple"
  | "set"
  | "fn1"
  | "fn2"
  | "box"
  | "pid"
  | "any";

const VALUE_TYS: Ty[] = ["num", "str", "bool", "kw", "list", "dict", "tuple", "set", "fn1", "fn2"];

const SP: Span = { start: 0, end: 0 };
const REF = "\u0001";
const ANCHOR = "\u0002";

/** Types of binding nodes (patterns, named fns, boxes) as the generator meant them. */
const BIND_TY = new WeakMap<object, Ty>();
/** Anchor ids of binding nodes that templates refer to. */
const ANCHORS = new WeakMap<object, string>();

/** Binding names: plain, with the odd characters words may have, and a few prelude names. */
const NAMES = [
  "a",
  "b",
  "c",
  "x",
  "y",
  "z",
  "n",
  "m",
  "acc",
  "xs",
  "ys",
  "foo",
  "bar?",
  "baz!",
  "my_val",
  "v2",
  "k/v",
  "x*",
  "it",
  "first",
  "count",
];

const TYPE_OF_KEYWORD: Record<string, Ty> = {
  number: "num",
  string: "str",
  boolean: "bool",
  keyword: "kw",
  list: "list",
  dict: "dict",
  tuple: "tuple",
  set: "set",
  fn: "any",
  box: "box",
  pid: "pid",
  nil: "any",
  pkg: "any",
};

// --- node constructors

function word(name: string): WordExpr {
  return { kind: "word", name, span: SP };
}
function kwExpr(name: string): KeywordExpr {
  return { kind: "keyword", name, span: SP };
}
function num(value: number): Expr {
  return { kind: "number", value, span: SP };
}
function str(...parts: (string | Interpolation)[]): StringExpr {
  return { kind: "string", parts, span: SP };
}
function args(...items: Expr[]): ArgsExpr {
  return { kind: "args", items, span: SP };
}
/** `name (a, b)` */
function call(name: string, items: Expr[]): Expr {
  return { kind: "synthetic", root: word(name), tail: [args(...items)], span: SP };
}
/** `root (a, b)` for any word root (a reference, an anchor) */
function callOn(root: WordExpr, items: Expr[]): Expr {
  return { kind: "synthetic", root, tail: [args(...items)], span: SP };
}
function block(exprs: Expr[]): BlockExpr {
  return { kind: "block", exprs, span: SP };
}
function ref(ty: Ty, k: number, late = false): WordExpr {
  return word(`${REF}${ty}:${k}:${late ? 1 : 0}`);
}
function anchorRef(id: string): WordExpr {
  return word(ANCHOR + id);
}
function pword(name: string, ty: Ty = "any", anchor?: string): WordPattern {
  const p: WordPattern = { kind: "pword", name, span: SP };
  BIND_TY.set(p, ty);
  if (anchor) ANCHORS.set(p, anchor);
  return p;
}
function ptuple(items: Pattern[], rest: RestPattern | null = null): TuplePattern {
  return { kind: "ptuple", items, rest, span: SP };
}
function plit(value: null | boolean | number | string | { keyword: string }): Pattern {
  return { kind: "pliteral", value, span: SP };
}
function fnExpr(name: string | null, clauses: FnClause[], doc: string | null = null): FnExpr {
  return { kind: "fn", name, doc, clauses, span: SP };
}
function clause(params: TuplePattern, body: Expr, guard: Expr | null = null): FnClause {
  return { params, guard, body, span: SP };
}
function mclause(pattern: Pattern, body: Expr, guard: Expr | null = null): MatchClause {
  return { pattern, guard, body, span: SP };
}

// --- leaves

/** `arb` with probability `p`, else null (null shrinks first). */
function maybe<T>(arb: fc.Arbitrary<T>, p: number): fc.Arbitrary<T | null> {
  const w = Math.round(p * 100);
  return fc.oneof(
    { weight: 100 - w, arbitrary: fc.constant(null) },
    { weight: w, arbitrary: arb },
  );
}

const smallNat = fc.nat(5);
const key = fc.constantFrom("a", "b", "c", "name", "ok", "x?", "value", "nil");

const numberValue: fc.Arbitrary<number> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -3, max: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(-1.5, 0.5, 1000, 2.25, -0, 100, 3.75, 1e6) },
  {
    weight: 1,
    arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  },
);

const textPiece = fc.constantFrom(
  "a",
  "hello",
  " ",
  "x y",
  "\n",
  "\t",
  '"',
  "\\",
  "{",
  "}",
  "é",
  "😀",
  ",",
  ":ok",
  "&",
);

const stringLit: fc.Arbitrary<Expr> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: textPiece },
      {
        weight: 1,
        arbitrary: fc.nat(20).map((k): Interpolation => ({ name: `${REF}any:${k}:0`, span: SP })),
      },
    ),
    { maxLength: 5 },
  )
  .map((parts) => str(...mergeText(parts)));

function mergeText(parts: (string | Interpolation)[]): (string | Interpolation)[] {
  const out: (string | Interpolation)[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (typeof p === "string" && typeof last === "string") out[out.length - 1] = last + p;
    else out.push(p);
  }
  return out;
}

const FN1_PRELUDE = [
  "inc",
  "dec",
  "show",
  "string",
  "type",
  "not",
  "abs",
  "neg",
  "count",
  "first",
  "rest",
  "some?",
  "nil?",
  "even?",
  "upcase",
  "list",
  "reverse",
  "keep",
  "unwrap_or",
];
const FN2_PRELUDE = [
  "add",
  "sub",
  "mult",
  "max",
  "min",
  "concat",
  "append",
  "string",
  "eq?",
  "and",
];

function literal(ty: Ty): fc.Arbitrary<Expr> {
  switch (ty) {
    case "num":
      return numberValue.map(num);
    case "str":
      return stringLit;
    case "bool":
      return fc.boolean().map((value): Expr => ({ kind: "bool", value, span: SP }));
    case "kw":
      return key.map(kwExpr);
    case "list":
      return fc.array(fc.oneof(numberValue.map(num), stringLit), { maxLength: 4 }).map(
        (items): Expr => ({ kind: "list", items, span: SP }),
      );
    case "dict":
      return fc.uniqueArray(fc.tuple(key, numberValue), { maxLength: 3, selector: (e) => e[0] })
        .map((es): Expr => ({
          kind: "dict",
          entries: es.map(([k, v]): DictEntry => ({
            kind: "entry",
            key: k,
            value: num(v),
            span: SP,
          })),
          span: SP,
        }));
    case "tuple":
      return fc.array(fc.oneof(numberValue.map(num), key.map(kwExpr)), { maxLength: 3 }).map(
        (items): Expr => ({ kind: "tuple", items, span: SP }),
      );
    case "set":
      return fc.array(numberValue.map(num), { maxLength: 3 }).map(
        (items): Expr => ({ kind: "set", items, span: SP }),
      );
    case "fn1":
      return fc.constantFrom(...FN1_PRELUDE).map(word);
    case "fn2":
      return fc.constantFrom(...FN2_PRELUDE).map(word);
    case "pid":
      return fc.constant(call("self", []));
    case "box":
      return fc.nat(20).map((k) => ref("box", k));
    case "any":
      return fc.oneof(
        fc.constant<Expr>({ kind: "nil", span: SP }),
        ...VALUE_TYS.map(literal),
      );
  }
}

function leaf(ty: Ty): fc.Arbitrary<Expr> {
  const r = fc.tuple(fc.nat(20), fc.nat(15)).map(([k, late]) => ref(ty, k, late === 0));
  return fc.oneof({ weight: 3, arbitrary: literal(ty) }, { weight: 2, arbitrary: r });
}

// --- calls of prelude functions with plausible arguments

type Sig = [name: string, args: Ty[]];

const CALLS: Record<Ty, Sig[]> = {
  num: [
    ["add", ["num", "num"]],
    ["sub", ["num", "num"]],
    ["mult", ["num", "num"]],
    ["div", ["num", "num"]],
    ["inc", ["num"]],
    ["dec", ["num"]],
    ["abs", ["num"]],
    ["neg", ["num"]],
    ["count", ["list"]],
    ["count", ["str"]],
    ["mod", ["num", "num"]],
    ["max", ["num", "num"]],
    ["min", ["num", "num", "num"]],
    ["floor", ["num"]],
    ["round", ["num"]],
    ["sqrt", ["num"]],
    ["pow", ["num", "num"]],
    ["random_int", ["num"]],
    ["add", ["num", "num", "num"]],
    ["sum_of_squares", ["num", "num"]],
  ],
  str: [
    ["show", ["any"]],
    ["string", ["any"]],
    ["string", ["any", "any"]],
    ["concat", ["str", "str"]],
    ["join", ["list", "str"]],
    ["upcase", ["str"]],
    ["downcase", ["str"]],
    ["trim", ["str"]],
    ["slice", ["str", "num", "num"]],
    ["first", ["str"]],
  ],
  bool: [
    ["eq?", ["any", "any"]],
    ["not", ["any"]],
    ["lt?", ["num", "num"]],
    ["gte?", ["num", "num"]],
    ["empty?", ["list"]],
    ["contains?", ["any", "list"]],
    ["even?", ["num"]],
    ["zero?", ["num"]],
    ["some?", ["any"]],
    ["nil?", ["any"]],
    ["and", ["bool", "bool"]],
    ["or", ["bool", "bool"]],
    ["has?", ["kw", "dict"]],
    ["number?", ["any"]],
    ["string?", ["any"]],
    ["neq?", ["any", "any"]],
  ],
  kw: [
    ["type", ["any"]],
    ["print!", ["any"]],
    ["print!", ["str", "any"]],
  ],
  list: [
    ["map", ["fn1", "list"]],
    ["filter", ["fn1", "list"]],
    ["rest", ["list"]],
    ["append", ["list", "any"]],
    ["concat", ["list", "list"]],
    ["reverse", ["list"]],
    ["range", ["num"]],
    ["keys", ["dict"]],
    ["values", ["dict"]],
    ["words", ["str"]],
    ["chars", ["str"]],
    ["split", ["str", "str"]],
    ["sort", ["list"]],
    ["list", ["tuple"]],
    ["slice", ["list", "num", "num"]],
    ["butlast", ["list"]],
    ["keep", ["list"]],
    ["omit", ["any", "list"]],
  ],
  dict: [
    ["assoc", ["dict", "kw", "any"]],
    ["dissoc", ["dict", "kw"]],
    ["update", ["dict", "kw", "fn1"]],
    ["dict", ["dict"]],
  ],
  tuple: [
    ["tuple", ["list"]],
    ["ok", ["any"]],
    ["err", ["any"]],
  ],
  set: [
    ["set", ["list"]],
    ["append", ["set", "any"]],
  ],
  fn1: [],
  fn2: [],
  box: [],
  pid: [
    ["self", []],
  ],
  any: [
    ["first", ["list"]],
    ["last", ["list"]],
    ["at", ["list", "num"]],
    ["at", ["tuple", "num"]],
    ["get", ["kw", "dict"]],
    ["get", ["kw", "dict", "any"]],
    ["fold", ["fn2", "list", "any"]],
    ["random", ["list"]],
    ["unwrap_or", ["tuple", "any"]],
    ["unwrap!", ["tuple"]],
    ["doc!", ["fn1"]],
    ["unbox", ["box"]],
    ["store!", ["box", "any"]],
    ["update!", ["box", "fn1"]],
    ["each!", ["fn1", "list"]],
    ["report!", ["any"]],
    ["sleep!", ["num"]],
    ["yield!", []],
    ["assert!", ["bool"]],
    ["min", ["list"]],
    // processes, with arguments that may well be wrong
    ["spawn!", ["fn1"]],
    ["send!", ["pid", "any"]],
    ["send!", ["any", "any"]],
    ["link!", ["pid"]],
    ["monitor!", ["pid"]],
    ["alive?", ["pid"]],
    ["await!", ["pid"]],
    ["name!", ["str"]],
    ["budget", []],
    // the turtle
    ["forward!", ["num"]],
    ["right!", ["num"]],
    ["left!", ["num"]],
    ["pencolor!", ["any"]],
    ["pencolor!", ["kw"]],
    ["background!", ["tuple"]],
    ["goto!", ["num", "num"]],
    ["penwidth!", ["num"]],
    ["home!", []],
    ["clear!", []],
    ["penup!", []],
    ["turtle_state", []],
  ],
};

/** Forms nested hundreds deep, around a number: `[[[1]]]`, `inc (inc (1))` … */
const NESTERS: [string, (e: Expr) => Expr][] = [
  ["list", (e) => ({ kind: "list", items: [e], span: SP })],
  ["tuple", (e) => ({ kind: "tuple", items: [e], span: SP })],
  ["block", (e) => block([e])],
  [
    "if",
    (e) => ({
      kind: "if",
      cond: { kind: "bool", value: true, span: SP },
      then: e,
      else: num(0),
      span: SP,
    }),
  ],
  ["call", (e) => call("inc", [e])],
  ["show", (e) => call("show", [e])],
  ["lambda", (e) => fnExpr(null, [clause(ptuple([]), e)])],
  [
    "dict",
    (e) => ({ kind: "dict", entries: [{ kind: "entry", key: "a", value: e, span: SP }], span: SP }),
  ],
  ["match", (e) => ({ kind: "match", value: e, clauses: [mclause(pword("x"), num(1))], span: SP })],
  ["when", (e) => ({ kind: "when", clauses: [{ test: null, body: e, span: SP }], span: SP })],
  ["loop", (e) => ({
    kind: "loop",
    args: { kind: "tuple", items: [e], span: SP },
    clauses: [clause(ptuple([pword("x")]), num(1))],
    span: SP,
  })],
  ["do", (e) => ({ kind: "do", first: e, steps: [word("inc")], span: SP })],
];

/** Generated nodes with nothing to resolve (deep nests: the resolver would overflow the stack). */
const OPAQUE = new WeakSet<object>();

/** The deepest nest generated: past the parser's nesting limit. */
export const DEEPEST_NEST = 1050;

/** `1` nested `depth` deep in the `i`th of the nesting forms. */
function nest(i: number, depth: number): Expr {
  let e: Expr = num(1);
  const wrap = NESTERS[i][1];
  for (let k = 0; k < depth; k++) e = wrap(e);
  OPAQUE.add(e);
  return e;
}

/** Each nesting form's name and its program, nested `depth` deep. */
export function deepNests(depth: number): [string, string][] {
  return NESTERS.map(([name], i) => [name, printScript([nest(i, depth)])]);
}

const deepNesting: fc.Arbitrary<Expr> = fc
  .tuple(fc.nat(NESTERS.length - 1), fc.integer({ min: 1, max: DEEPEST_NEST }))
  .map(([i, depth]) => nest(i, depth));

/** The generator for one depth: memoised per (type, depth). */
class Gen {
  readonly #memo = new Map<string, fc.Arbitrary<Expr>>();
  readonly #stmts = new Map<number, fc.Arbitrary<Expr[]>>();

  /** An expression meant to have type `ty`, at most `d` levels deep. */
  expr(ty: Ty, d: number): fc.Arbitrary<Expr> {
    const id = `${ty}:${d}`;
    let a = this.#memo.get(id);
    if (!a) {
      a = d <= 0 ? leaf(ty) : this.#build(ty, d);
      this.#memo.set(id, a);
    }
    return a;
  }

  #build(ty: Ty, d: number): fc.Arbitrary<Expr> {
    if (ty === "any") {
      return fc.oneof(
        { weight: 2, arbitrary: leaf("any") },
        ...VALUE_TYS.map((t) => ({ weight: 2, arbitrary: this.expr(t, d) })),
        { weight: 3, arbitrary: this.#calls("any", d) },
        { weight: 3, arbitrary: this.#control("any", d) },
        { weight: 3, arbitrary: this.#process(d) },
        { weight: 1, arbitrary: this.#misc(d) },
      );
    }
    const parts: fc.WeightedArbitrary<Expr>[] = [{ weight: 4, arbitrary: leaf(ty) }];
    if (CALLS[ty].length > 0) parts.push({ weight: 4, arbitrary: this.#calls(ty, d) });
    parts.push({ weight: 2, arbitrary: this.#control(ty, d) });
    const coll = this.#collection(ty, d);
    if (coll) parts.push({ weight: 2, arbitrary: coll });
    if (ty === "fn1" || ty === "fn2") parts.push({ weight: 4, arbitrary: this.#function(ty, d) });
    return fc.oneof(...parts);
  }

  #calls(ty: Ty, d: number): fc.Arbitrary<Expr> {
    const alts: fc.Arbitrary<Expr>[] = CALLS[ty].map(([name, tys]) =>
      tys.length === 0
        ? fc.constant(call(name, []))
        : fc.tuple(...tys.map((t) => this.expr(t, d - 1))).map((xs) => call(name, xs))
    );
    if (ty === "any") {
      // a local function called, a dict looked up, a keyword called
      alts.push(
        fc.tuple(fc.nat(20), this.expr("any", d - 1)).map(([k, x]) => callOn(ref("fn1", k), [x])),
        fc.tuple(fc.nat(20), this.expr("any", d - 1), this.expr("any", d - 1)).map(([k, x, y]) =>
          callOn(ref("fn2", k), [x, y])
        ),
        fc.tuple(fc.nat(20), key).map(([k, kw]): Expr => ({
          kind: "synthetic",
          root: ref("dict", k),
          tail: [kwExpr(kw)],
          span: SP,
        })),
        fc.tuple(key, this.expr("dict", d - 1)).map(([kw, x]): Expr => ({
          kind: "synthetic",
          root: kwExpr(kw),
          tail: [args(x)],
          span: SP,
        })),
      );
    }
    return fc.oneof(...alts);
  }

  #collection(ty: Ty, d: number): fc.Arbitrary<Expr> | null {
    const item = this.expr("any", d - 1);
    switch (ty) {
      case "list":
      case "set": {
        const splat = fc.nat(20).map((k): SplatExpr => ({
          kind: "splat",
          value: ref(ty, k),
          span: SP,
        }));
        return fc
          .array(fc.oneof({ weight: 5, arbitrary: item }, { weight: 1, arbitrary: splat }), {
            maxLength: 4,
          })
          .map((items): Expr => ({ kind: ty, items, span: SP }));
      }
      case "tuple":
        return fc.array(item, { maxLength: 4 }).map((items): Expr => ({
          kind: "tuple",
          items,
          span: SP,
        }));
      case "dict": {
        const entry = fc.tuple(key, item).map(([k, value]): DictEntry => ({
          kind: "entry",
          key: k,
          value,
          span: SP,
        }));
        const splat = fc.nat(20).map((k): SplatExpr => ({
          kind: "splat",
          value: ref("dict", k),
          span: SP,
        }));
        return fc
          .array(fc.oneof({ weight: 5, arbitrary: entry }, { weight: 1, arbitrary: splat }), {
            maxLength: 4,
          })
          .map((entries): Expr => ({ kind: "dict", entries, span: SP }));
      }
      default:
        return null;
    }
  }

  /** Lambdas and partial applications. */
  #function(ty: "fn1" | "fn2", d: number): fc.Arbitrary<Expr> {
    const arity = ty === "fn1" ? 1 : 2;
    const lambda = fc
      .tuple(
        fc.array(this.#clause(arity, d - 1), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
      )
      .map(([cs, catchAll]) => {
        const clauses = [...cs];
        if (catchAll && cs.length > 1) {
          clauses.push(clause(ptuple(Array(arity).fill({ kind: "pwild", span: SP })), num(0)));
        }
        return fnExpr(null, clauses);
      });
    const partial: fc.Arbitrary<Expr> = ty === "fn1"
      ? fc.tuple(
        fc.constantFrom("add", "mult", "sub", "max", "concat"),
        this.expr("num", d - 1),
        fc.boolean(),
      )
        .map(([f, x, left]) =>
          call(
            f,
            left ? [{ kind: "placeholder", span: SP }, x] : [x, { kind: "placeholder", span: SP }],
          )
        )
      : fc.constant(word("add"));
    return fc.oneof({ weight: 3, arbitrary: lambda }, { weight: 1, arbitrary: partial });
  }

  /** A function clause `(params) [if guard] -> body`. */
  #clause(arity: number, d: number): fc.Arbitrary<FnClause> {
    return fc
      .tuple(
        fc.array(this.pattern(Math.min(d, 1), true), { minLength: arity, maxLength: arity }),
        maybe(this.expr("bool", d - 1), 0.25),
        this.expr("any", d),
      )
      .map(([ps, guard, body]) => clause(ptuple(ps), body, guard));
  }

  /** A pattern; `param` makes names and typed names more likely. */
  pattern(d: number, param = false): fc.Arbitrary<Pattern> {
    const name = fc.constantFrom(...NAMES);
    const typedName = fc
      .tuple(
        name,
        fc.constantFrom("number", "string", "list", "dict", "keyword", "tuple", "fn", "boolean"),
      )
      .map(([n, t]): Pattern => ({
        kind: "ptyped",
        inner: pword(n, TYPE_OF_KEYWORD[t]),
        type: t,
        span: SP,
      }));
    const simple: fc.Arbitrary<Pattern> = fc.oneof(
      { weight: param ? 8 : 4, arbitrary: name.map((n) => pword(n)) },
      { weight: 2, arbitrary: fc.constant<Pattern>({ kind: "pwild", span: SP }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom("_x", "_ignored").map((n): Pattern => ({
          kind: "pignored",
          name: n,
          span: SP,
        })),
      },
      { weight: param ? 3 : 2, arbitrary: typedName },
      {
        weight: 3,
        arbitrary: fc.oneof(
          fc.integer({ min: -1, max: 3 }).map(plit),
          key.map((k) => plit({ keyword: k })),
          fc.constantFrom(null, true, false, "", "s", 'a"{b}\\').map(plit),
        ),
      },
    );
    if (d <= 0) return simple;
    const sub = this.pattern(d - 1);
    const rest = maybe(
      fc.oneof(
        name.map((n): RestPattern => ({ name: n, span: SP })),
        fc.constant<RestPattern>({ name: null, span: SP }),
      ),
      0.3,
    );
    const seq = fc.tuple(fc.array(sub, { maxLength: 3 }), rest, fc.boolean()).map(
      ([items, r, list]): Pattern => ({
        kind: list ? "plist" : "ptuple",
        items,
        rest: r,
        span: SP,
      }),
    );
    const dict = fc
      .tuple(fc.uniqueArray(fc.tuple(key, sub), { maxLength: 3, selector: (e) => e[0] }), rest)
      .map(([es, r]): Pattern => ({
        kind: "pdict",
        entries: es.map(([k, pattern]): DictPatternEntry => ({ key: k, pattern, span: SP })),
        rest: r,
        span: SP,
      }));
    return fc.oneof({ weight: 4, arbitrary: simple }, { weight: 2, arbitrary: seq }, {
      weight: 1,
      arbitrary: dict,
    });
  }

  /** Forms with control flow that give a value of type `ty`. */
  #control(ty: Ty, d: number): fc.Arbitrary<Expr> {
    const sub = this.expr(ty, d - 1);
    const cond = this.expr("bool", d - 1);
    const ifExpr = fc.tuple(cond, sub, sub).map(([c, a, b]): Expr => ({
      kind: "if",
      cond: c,
      then: a,
      else: b,
      span: SP,
    }));
    const ifLet = fc.tuple(this.pattern(1), this.expr("any", d - 1), sub, sub).map((
      [pattern, value, a, b],
    ): Expr => ({ kind: "iflet", pattern, value, then: a, else: b, span: SP }));
    const when = fc
      .tuple(fc.array(fc.tuple(cond, sub), { minLength: 1, maxLength: 3 }), maybe(sub, 0.9))
      .map(([cs, otherwise]): Expr => {
        const clauses: WhenClause[] = cs.map(([test, body]) => ({ test, body, span: SP }));
        if (otherwise) clauses.push({ test: null, body: otherwise, span: SP });
        return { kind: "when", clauses, span: SP };
      });
    const match = fc
      .tuple(
        this.expr("any", d - 1),
        fc.array(
          fc.tuple(this.pattern(2), maybe(cond, 0.25), sub),
          { minLength: 1, maxLength: 3 },
        ),
        maybe(sub, 0.8),
      )
      .map(([value, cs, otherwise]): Expr => {
        const clauses = cs.map(([p, g, b]) => mclause(p, b, g));
        if (otherwise) clauses.push(mclause({ kind: "pwild", span: SP }, otherwise));
        return { kind: "match", value, clauses, span: SP };
      });
    const blk = fc.tuple(this.statements(d - 1), sub).map(([ss, last]) => block([...ss, last]));
    const alts: fc.WeightedArbitrary<Expr>[] = [
      { weight: 3, arbitrary: ifExpr },
      { weight: 1, arbitrary: ifLet },
      { weight: 2, arbitrary: when },
      { weight: 2, arbitrary: match },
      { weight: 4, arbitrary: blk },
      { weight: 2, arbitrary: this.#loop(ty, d) },
      { weight: 1, arbitrary: this.#recursion(ty, d) },
    ];
    if (ty === "any") {
      const pipeline = fc
        .tuple(
          this.expr("any", d - 1),
          fc.array(this.expr("fn1", d - 1), { minLength: 1, maxLength: 3 }),
        )
        .map(([first, steps]): Expr => ({ kind: "do", first, steps, span: SP }));
      alts.push({ weight: 2, arbitrary: pipeline });
    }
    return fc.oneof(...alts);
  }

  /**
   * A counting loop: `loop (k, x, …) with { (0, …) -> base; (n, …) -> tail }`,
   * where `tail` has `recur (dec (n), …)` in tail position.
   */
  #loop(ty: Ty, d: number): fc.Arbitrary<Expr> {
    return fc
      .tuple(
        smallNat,
        fc.array(this.expr("any", d - 1), { maxLength: 2 }),
        this.expr(ty, d - 1),
        fc.array(
          fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...NAMES).map((n) => pword(n)) },
            { weight: 1, arbitrary: this.pattern(1) },
          ),
          { maxLength: 2 },
        ),
        this.#tail(ty, d - 1),
        fc.nat(1000),
      )
      .map(([start, extra, base, ps, tail, salt]): Expr => {
        const id = `loop${salt}`;
        const arity = 1 + extra.length;
        const params = [pword("n", "num", id), ...ps.slice(0, extra.length)];
        while (params.length < arity) params.push(pword("acc"));
        const baseParams = [plit(0), ...Array(extra.length).fill({ kind: "pwild", span: SP })];
        const fill = (t: Expr): Expr => fillRecur(t, anchorRef(id), arity);
        return {
          kind: "loop",
          args: { kind: "tuple", items: [num(start), ...extra], span: SP },
          clauses: [
            clause(ptuple(baseParams), base),
            clause(ptuple(params), fill(tail)),
          ],
          span: SP,
        };
      });
  }

  /** An expression with `recur` holes in tail position (filled by {@linkcode fillRecur}). */
  #tail(ty: Ty, d: number): fc.Arbitrary<Expr> {
    const hole = fc.array(this.expr("any", Math.max(0, d - 1)), { maxLength: 2 }).map(
      (xs): Expr => ({ kind: "recur", args: args(...xs), span: SP }),
    );
    if (d <= 0) return fc.oneof({ weight: 3, arbitrary: hole }, { weight: 1, arbitrary: leaf(ty) });
    const sub = this.#tail(ty, d - 1);
    return fc.oneof(
      { weight: 4, arbitrary: hole },
      { weight: 1, arbitrary: this.expr(ty, d - 1) },
      {
        weight: 2,
        arbitrary: fc.tuple(this.expr("bool", d - 1), sub, sub).map(([c, a, b]): Expr => ({
          kind: "if",
          cond: c,
          then: a,
          else: b,
          span: SP,
        })),
      },
      {
        weight: 2,
        arbitrary: fc.tuple(this.statements(d - 1), sub).map(([ss, t]) => block([...ss, t])),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(this.expr("any", d - 1), this.pattern(1), sub, sub).map((
          [v, p, a, b],
        ): Expr => ({
          kind: "match",
          value: v,
          clauses: [mclause(p, a), mclause({ kind: "pwild", span: SP }, b)],
          span: SP,
        })),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(this.expr("bool", d - 1), sub, sub).map(([c, a, b]): Expr => ({
          kind: "when",
          clauses: [{ test: c, body: a, span: SP }, { test: null, body: b, span: SP }],
          span: SP,
        })),
      },
    );
  }

  /** A named recursive function, defined and called in a block: `fn f { (0) -> …; (n) -> g (n, f (dec (n))) }`. */
  #recursion(ty: Ty, d: number): fc.Arbitrary<Expr> {
    return fc
      .tuple(
        fc.constantFrom("f", "go", "count_down", "fact"),
        this.expr(ty, d - 1),
        fc.constantFrom<[string, boolean]>(
          ["add", false],
          ["mult", false],
          ["append", false],
          ["concat", false],
          ["list", false],
          ["string", false],
        ),
        fc.nat(6),
        fc.nat(1000),
        fc.boolean(),
      )
      .map(([name, base, [combine], start, salt, typed]): Expr => {
        const fid = `rec${salt}`;
        const nid = `recn${salt}`;
        const param: Pattern = typed
          ? { kind: "ptyped", inner: pword("n", "num", nid), type: "number", span: SP }
          : pword("n", "num", nid);
        const self = callOn(anchorRef(fid), [call("dec", [anchorRef(nid)])]);
        const body = combine === "list"
          ? call("list", [self])
          : call(combine, [anchorRef(nid), self]);
        const f = fnExpr(name, [clause(ptuple([plit(0)]), base), clause(ptuple([param]), body)]);
        BIND_TY.set(f, "fn1");
        ANCHORS.set(f, fid);
        return block([f, callOn(anchorRef(fid), [num(start)])]);
      });
  }

  /**
   * Values that double in size on each turn of a loop: the budget counts
   * reductions, and these make each reduction do more and more work.
   */
  #growth(): fc.Arbitrary<Expr> {
    return fc
      .tuple(
        fc.integer({ min: 10, max: 64 }),
        fc.constantFrom<[string, Expr]>(
          ["concat", str("ab")],
          ["concat", { kind: "list", items: [num(1), num(2)], span: SP }],
          ["string", str("ab")],
          ["interpolate", str("ab")],
          ["join", str("ab")],
          ["append", { kind: "list", items: [], span: SP }],
          ["tuple", { kind: "tuple", items: [], span: SP }],
          ["dict", { kind: "dict", entries: [], span: SP }],
          ["show", str("ab")],
        ),
        fc.constantFrom("count", "show", "print!", "eq?", "string", "type"),
        fc.nat(1000),
      )
      .map(([times, [how, seed], finish, salt]): Expr => {
        const id = `grow${salt}`;
        const acc = anchorRef(id);
        let next: Expr;
        switch (how) {
          case "interpolate":
            next = str({ name: ANCHOR + id, span: SP }, { name: ANCHOR + id, span: SP });
            break;
          case "join":
            next = call("join", [{ kind: "list", items: [acc, acc], span: SP }, str(",")]);
            break;
          case "append":
            next = call("append", [acc, acc]);
            break;
          case "tuple":
            next = { kind: "tuple", items: [acc, acc], span: SP };
            break;
          case "dict":
            next = {
              kind: "dict",
              entries: [{ kind: "entry", key: "a", value: acc, span: SP }, {
                kind: "entry",
                key: "b",
                value: acc,
                span: SP,
              }],
              span: SP,
            };
            break;
          case "show":
            next = call("show", [{ kind: "list", items: [acc, acc], span: SP }]);
            break;
          default:
            next = call(how, [acc, acc]);
        }
        const n = pword("n", "num", `${id}n`);
        const loop: Expr = {
          kind: "loop",
          args: { kind: "tuple", items: [num(times), seed], span: SP },
          clauses: [
            clause(ptuple([plit(0), pword("acc", "any", id)]), call(finish, [acc])),
            clause(
              ptuple([n, pword("acc", "any", id)]),
              { kind: "recur", args: args(call("dec", [anchorRef(`${id}n`)]), next), span: SP },
            ),
          ],
          span: SP,
        };
        return loop;
      });
  }

  /** Process forms: send to self and receive, spawn and receive, await, link. */
  #process(d: number): fc.Arbitrary<Expr> {
    const msg = this.expr("any", d - 1);
    const body = this.expr("any", d - 1);
    const clauses = fc
      .tuple(
        fc.array(fc.tuple(this.pattern(2), maybe(this.expr("bool", d - 1), 0.25), body), {
          minLength: 1,
          maxLength: 3,
        }),
        maybe(body, 0.85),
      )
      .map(([cs, otherwise]) => {
        const out = cs.map(([p, g, b]) => mclause(p, b, g));
        if (otherwise) out.push(mclause({ kind: "pwild", span: SP }, otherwise));
        return out;
      });
    const selfSend = fc.tuple(msg, clauses).map(([m, cs]) =>
      block([call("send!", [call("self", []), m]), { kind: "receive", clauses: cs, span: SP }])
    );
    const spawnReceive = fc.tuple(msg, body, fc.nat(1000)).map(([m, b, salt]) => {
      const me = `me${salt}`;
      const v = `v${salt}`;
      const sender = fnExpr(null, [
        clause(
          ptuple([]),
          call("send!", [anchorRef(me), { kind: "tuple", items: [kwExpr("msg"), m], span: SP }]),
        ),
      ]);
      return block([
        { kind: "let", pattern: pword("me", "pid", me), value: call("self", []), span: SP },
        call("spawn!", [sender]),
        {
          kind: "receive",
          clauses: [
            mclause(ptuple([plit({ keyword: "msg" }), pword("v", "any", v)]), b),
          ],
          span: SP,
        },
      ]);
    });
    const thunk = (b: Expr) => fnExpr(null, [clause(ptuple([]), b)]);
    const awaited = body.map((b) => call("await!", [call("spawn!", [thunk(b)])]));
    const linked = fc.tuple(fc.constantFrom("link!", "monitor!"), body).map(([f, b]) =>
      call(f, [call("spawn!", [thunk(b)])])
    );
    const spawned = body.map((b) => call("spawn!", [thunk(b)]));
    return fc.oneof(
      { weight: 3, arbitrary: selfSend },
      { weight: 3, arbitrary: spawnReceive },
      { weight: 2, arbitrary: awaited },
      { weight: 1, arbitrary: linked },
      { weight: 1, arbitrary: spawned },
    );
  }

  /** Rarer forms: panic!, repeat, called keywords on anything, observe. */
  #misc(d: number): fc.Arbitrary<Expr> {
    const panic = this.expr("str", d - 1).map((value): Expr => ({
      kind: "panic",
      value,
      span: SP,
    }));
    const repeat = fc
      .tuple(
        fc.oneof(smallNat.map(num), fc.nat(20).map((k) => ref("num", k))),
        this.statements(d - 1),
        this.expr("any", d - 1),
      )
      .map(([count, ss, last]): Expr => ({
        kind: "repeat",
        count,
        body: block([...ss, last]),
        span: SP,
      }));
    const observe = fc
      .constantFrom<[string, Expr[]]>(
        ["processes", []],
        ["info", [call("self", [])]],
        ["stack", [call("self", [])]],
        ["mailbox", [call("self", [])]],
        ["scheduler", []],
        ["top", []],
        ["messages", [call("self", [])]],
      )
      .map(([f, xs]): Expr => ({
        kind: "synthetic",
        root: anchorRef("observe"),
        tail: [kwExpr(f), args(...xs)],
        span: SP,
      }));
    const observeAny = fc
      .tuple(
        fc.constantFrom(
          "info",
          "stack",
          "mailbox",
          "messages",
          "top",
          "history",
          "trace!",
          "untrace!",
        ),
        fc.array(this.expr("any", d - 1), { maxLength: 2 }),
      )
      .map(([f, xs]): Expr => ({
        kind: "synthetic",
        root: anchorRef("observe"),
        tail: [kwExpr(f), args(...xs)],
        span: SP,
      }));
    const pkgKey = fc.tuple(fc.constantFrom("Pkg", "Shapes"), key).map(([p, k]): Expr => ({
      kind: "synthetic",
      root: anchorRef(`pkg:${p}`),
      tail: [kwExpr(k)],
      span: SP,
    }));
    return fc.oneof(
      { weight: 10, arbitrary: panic },
      { weight: 10, arbitrary: repeat },
      { weight: 10, arbitrary: observe },
      { weight: 10, arbitrary: observeAny },
      { weight: 10, arbitrary: pkgKey },
      { weight: 1, arbitrary: this.#growth() },
      { weight: 2, arbitrary: deepNesting },
    );
  }

  /** Statements of a block (not its last expression). */
  statements(d: number): fc.Arbitrary<Expr[]> {
    let a = this.#stmts.get(d);
    if (!a) {
      a = fc.array(this.statement(d), { maxLength: 3 });
      this.#stmts.set(d, a);
    }
    return a;
  }

  /** One statement: a binding, a function, a box, a print, an expression. */
  statement(d: number): fc.Arbitrary<Expr> {
    const typedValue = fc.oneof(
      ...VALUE_TYS.map((t) => this.expr(t, d).map((v) => [t, v] as const)),
      this.expr("any", d).map((v) => ["any" as Ty, v] as const),
    );
    const let1 = fc.tuple(fc.constantFrom(...NAMES), typedValue).map(([n, [t, value]]): Expr => ({
      kind: "let",
      pattern: pword(n, t),
      value,
      span: SP,
    }));
    const letPattern = fc.tuple(this.pattern(2), this.expr("any", d)).map((
      [pattern, value],
    ): Expr => ({
      kind: "let",
      pattern,
      value,
      span: SP,
    }));
    // `let (a, [b, ...c]) = (x, y)`: a pattern of the value's own shape, so it mostly matches
    const destructure = fc
      .tuple(
        fc.array(fc.tuple(typedValue, fc.constantFrom(...NAMES), fc.nat(9)), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.boolean(),
        fc.nat(5),
      )
      .map(([items, isList, restAt]): Expr => {
        const pats: Pattern[] = items.map(([[t], n, k]) =>
          k === 0 ? { kind: "pwild", span: SP } : k === 1 ? plit(null) : pword(n, t)
        );
        const value: Expr = isList
          ? { kind: "list", items: items.map(([[, v]]) => v), span: SP }
          : { kind: "tuple", items: items.map(([[, v]]) => v), span: SP };
        const cut = restAt < pats.length ? restAt : pats.length;
        const rest: RestPattern | null = cut < pats.length ? { name: "more", span: SP } : null;
        const pattern: Pattern = {
          kind: isList ? "plist" : "ptuple",
          items: pats.slice(0, cut),
          rest,
          span: SP,
        };
        return { kind: "let", pattern, value, span: SP };
      });
    const named = fc
      .tuple(
        fc.constantFrom("f", "g", "helper", "go!", "pred?"),
        fc.constantFrom(1, 2),
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        maybe(fc.constantFrom("Does things.", 'a "doc" with {braces}'), 0.2),
      )
      .chain(([name, arity, cs, doc]) =>
        fc.tuple(...cs.map(() => this.#clause(arity, d))).map((clauses) => {
          const f = fnExpr(name, clauses, doc);
          BIND_TY.set(f, arity === 1 ? "fn1" : "fn2");
          return f as Expr;
        })
      );
    const boxed = fc.tuple(fc.constantFrom("b", "counter", "state"), this.expr("any", d)).map((
      [name, value],
    ): Expr => {
      const e: Expr = { kind: "box", name, nameSpan: SP, value, span: SP };
      BIND_TY.set(e, "box");
      return e;
    });
    const printed = fc.array(this.expr("any", d), { minLength: 1, maxLength: 3 }).map((xs) =>
      call("print!", xs)
    );
    return fc.oneof(
      { weight: 5, arbitrary: let1 },
      { weight: 1, arbitrary: letPattern },
      { weight: 2, arbitrary: destructure },
      { weight: 2, arbitrary: named },
      { weight: 1, arbitrary: boxed },
      { weight: 2, arbitrary: printed },
      { weight: 2, arbitrary: this.expr("any", d) },
    );
  }
}

/** Replace each `recur` hole in tail position of `e` with `recur (dec (n), …)`. */
function fillRecur(e: Expr, counter: WordExpr, arity: number): Expr {
  switch (e.kind) {
    case "recur": {
      const items = [call("dec", [counter]), ...e.args.items];
      while (items.length < arity) items.push({ kind: "nil", span: SP });
      return { ...e, args: args(...items.slice(0, arity)) };
    }
    case "if":
      return {
        ...e,
        then: fillRecur(e.then, counter, arity),
        else: fillRecur(e.else, counter, arity),
      };
    case "block":
      return block([
        ...e.exprs.slice(0, -1),
        fillRecur(e.exprs[e.exprs.length - 1], counter, arity),
      ]);
    case "match":
      return {
        ...e,
        clauses: e.clauses.map((c) => ({ ...c, body: fillRecur(c.body, counter, arity) })),
      };
    case "when":
      return {
        ...e,
        clauses: e.clauses.map((c) => ({ ...c, body: fillRecur(c.body, counter, arity) })),
      };
    default:
      return e;
  }
}

/** Toplevel: optional import and pkg, statements, a test, and a last expression. */
function program(depth: number): fc.Arbitrary<Expr[]> {
  const g = new Gen();
  const pkg = fc
    .tuple(
      fc.constantFrom("Pkg", "Shapes"),
      fc.uniqueArray(fc.tuple(key, g.expr("any", 1)), { maxLength: 3, selector: (e) => e[0] }),
    )
    .map(([name, es]): Expr => {
      const e: Expr = {
        kind: "pkg",
        name,
        nameSpan: SP,
        entries: es.map(([k, value]): DictEntry => ({ kind: "entry", key: k, value, span: SP })),
        span: SP,
      };
      ANCHORS.set(e, `pkg:${name}`);
      return e;
    });
  const imp = fc.constant(null).map((): Expr => {
    const e: Expr = { kind: "import", path: "observe", name: "observe", nameSpan: SP, span: SP };
    ANCHORS.set(e, "observe");
    return e;
  });
  const test = g.expr("bool", 1).map((body): Expr => ({
    kind: "test",
    name: "a test",
    body,
    span: SP,
  }));
  return fc
    .tuple(
      maybe(imp, 0.1),
      maybe(pkg, 0.1),
      fc.array(g.statement(depth - 1), { maxLength: 5 }),
      maybe(test, 0.1),
      g.expr("any", depth),
    )
    .map(([i, p, ss, t, last]) => {
      const out: Expr[] = [];
      if (i) out.push(i);
      if (p) out.push(p);
      out.push(...ss);
      if (t) out.push(t);
      out.push(last);
      return resolve(out);
    });
}

// --- resolution of references and bindings

class Scope {
  readonly vars = new Map<string, Ty>();
  readonly anchors = new Map<string, string>();
  /** Names bound later in this block (visible from function bodies). */
  later: [string, Ty][] = [];
  constructor(readonly parent: Scope | null, readonly fnBoundary = false) {}
}

/** Resolve the symbolic references of a generated toplevel (see the module doc). */
export function resolve(exprs: readonly Expr[]): Expr[] {
  const r = new Resolver();
  const top = new Scope(null);
  top.later = laterNames(exprs);
  return exprs.map((e, i) => {
    top.later = laterNames(exprs.slice(i + 1));
    return r.expr(e, top);
  });
}

function laterNames(exprs: readonly Expr[]): [string, Ty][] {
  const out: [string, Ty][] = [];
  for (const e of exprs) {
    if (e.kind === "let" && e.pattern.kind === "pword") {
      out.push([e.pattern.name, BIND_TY.get(e.pattern) ?? "any"]);
    } else if (e.kind === "fn" && e.name) out.push([e.name, BIND_TY.get(e) ?? "any"]);
  }
  return out;
}

function tyMatches(want: Ty, have: Ty): boolean {
  return want === "any" || want === have;
}

class Resolver {
  #fresh = 0;

  /** Bind `name` in `scope`, renaming it if the scope already has it. */
  bind(scope: Scope, name: string, ty: Ty, node: object): string {
    let actual = name;
    while (scope.vars.has(actual)) actual = `${name.replace(/[?!*]$/, "")}_${++this.#fresh}`;
    scope.vars.set(actual, ty);
    const anchor = ANCHORS.get(node);
    if (anchor) scope.anchors.set(anchor, actual);
    return actual;
  }

  /** Find a bound name for a symbolic reference, or null. */
  lookup(scope: Scope, ty: Ty, k: number, late: boolean): string | null {
    const seen = new Set<string>();
    const found: string[] = [];
    let crossedFn = false;
    for (let s: Scope | null = scope; s; s = s.parent) {
      for (const [n, t] of s.vars) {
        if (seen.has(n)) continue;
        seen.add(n);
        if (tyMatches(ty, t)) found.push(n);
      }
      if (late && crossedFn) {
        for (const [n, t] of s.later) if (!seen.has(n) && tyMatches(ty, t)) found.push(n);
      }
      if (s.fnBoundary) crossedFn = true;
    }
    if (found.length === 0) return null;
    return found[k % found.length];
  }

  anchor(scope: Scope, id: string): string | null {
    for (let s: Scope | null = scope; s; s = s.parent) {
      const n = s.anchors.get(id);
      if (n !== undefined) return n;
    }
    return null;
  }

  /** A reference (symbolic or anchored) resolved to an expression. */
  word(e: WordExpr, scope: Scope): Expr {
    if (e.name.startsWith(ANCHOR)) {
      const n = this.anchor(scope, e.name.slice(1));
      return n === null ? { kind: "nil", span: SP } : word(n);
    }
    if (!e.name.startsWith(REF)) return e;
    const [ty, k, late] = e.name.slice(1).split(":");
    const n = this.lookup(scope, ty as Ty, Number(k), late === "1");
    if (n !== null) return word(n);
    return fallback(ty as Ty, Number(k));
  }

  exprs(es: readonly Expr[], scope: Scope): Expr[] {
    return es.map((e) => this.expr(e, scope));
  }

  block(exprs: readonly Expr[], parent: Scope): BlockExpr {
    const s = new Scope(parent);
    const out = exprs.map((e, i) => {
      s.later = laterNames(exprs.slice(i + 1));
      return this.expr(e, s);
    });
    return block(out);
  }

  expr(e: Expr, scope: Scope): Expr {
    if (OPAQUE.has(e)) return e;
    switch (e.kind) {
      case "nil":
      case "bool":
      case "number":
      case "keyword":
      case "placeholder":
      case "fndecl":
        return e;
      case "word":
        return this.word(e, scope);
      case "string": {
        const parts: (string | Interpolation)[] = [];
        for (const p of e.parts) {
          if (typeof p === "string") parts.push(p);
          else if (p.name.startsWith(ANCHOR)) {
            const n = this.anchor(scope, p.name.slice(1));
            parts.push(n === null ? "?" : { name: n, span: SP });
          } else if (!p.name.startsWith(REF)) parts.push(p);
          else {
            const [ty, k] = p.name.slice(1).split(":");
            // (a package name cannot be interpolated: only lower-case names)
            const n = this.lookup(scope, ty as Ty, Number(k), false);
            parts.push(n === null || !/^[a-z]/.test(n) ? "?" : { name: n, span: SP });
          }
        }
        return str(...mergeText(parts));
      }
      case "tuple":
        return { ...e, items: this.exprs(e.items, scope) };
      case "list":
      case "set": {
        const items: (Expr | SplatExpr)[] = [];
        for (const x of e.items) {
          if (x.kind !== "splat") items.push(this.expr(x, scope));
          else {
            const v = this.word(x.value, scope);
            if (v.kind === "word") items.push({ ...x, value: v });
          }
        }
        return { ...e, items };
      }
      case "dict":
        return { ...e, entries: this.entries(e.entries, scope) };
      case "synthetic": {
        if (e.root.name.startsWith(ANCHOR) && this.anchor(scope, e.root.name.slice(1)) === null) {
          return { kind: "nil", span: SP }; // `observe :top ()` with no import of observe
        }
        const root = e.root.kind === "word" ? this.word(e.root, scope) : e.root;
        const tail = e.tail.map((t) =>
          t.kind === "args" ? { ...t, items: this.exprs(t.items, scope) } : t
        );
        if (root.kind === "word" || root.kind === "keyword") return { ...e, root, tail };
        // The root fell back to a literal: `#{} :a` becomes `:a (#{})`.
        const [t0, ...more] = tail;
        if (t0.kind === "keyword") {
          return { ...e, root: t0, tail: [args(root), ...more] };
        }
        // (called references always fall back to a prelude word, so this is not reached)
        return { kind: "tuple", items: [root, ...t0.items], span: SP };
      }
      case "let": {
        const value = this.expr(e.value, scope);
        return { ...e, pattern: this.pattern(e.pattern, scope), value };
      }
      case "block":
        return this.block(e.exprs, scope);
      case "if":
        return {
          ...e,
          cond: this.expr(e.cond, scope),
          then: this.expr(e.then, scope),
          else: this.expr(e.else, scope),
        };
      case "iflet": {
        const value = this.expr(e.value, scope);
        const inner = new Scope(scope);
        const pattern = this.pattern(e.pattern, inner);
        return {
          ...e,
          value,
          pattern,
          then: this.expr(e.then, inner),
          else: this.expr(e.else, scope),
        };
      }
      case "when":
        return {
          ...e,
          clauses: e.clauses.map((c) => ({
            ...c,
            test: c.test ? this.expr(c.test, scope) : null,
            body: this.expr(c.body, scope),
          })),
        };
      case "match":
        return {
          ...e,
          value: this.expr(e.value, scope),
          clauses: this.matchClauses(e.clauses, scope),
        };
      case "receive":
        return { ...e, clauses: this.matchClauses(e.clauses, scope) };
      case "fn": {
        if (e.name === null) {
          return { ...e, clauses: e.clauses.map((c) => this.fnClause(c, scope, true)) };
        }
        // Bind first (a function sees its own name), but hide the name from
        // symbolic references in its own body unless a template anchored it:
        // random self calls would mostly recurse forever.
        const ty = BIND_TY.get(e) ?? "any";
        const name = this.bind(scope, e.name, ty, e);
        scope.vars.delete(name);
        const clauses = e.clauses.map((c) => this.fnClause(c, scope, true));
        scope.vars.set(name, ty);
        return { ...e, name, clauses };
      }
      case "do":
        return { ...e, first: this.expr(e.first, scope), steps: this.exprs(e.steps, scope) };
      case "loop":
        return {
          ...e,
          args: { ...e.args, items: this.exprs(e.args.items, scope) },
          clauses: e.clauses.map((c) => this.fnClause(c, scope, false)),
        };
      case "recur":
        return { ...e, args: { ...e.args, items: this.exprs(e.args.items, scope) } };
      case "repeat": {
        let count = this.expr(e.count, scope);
        if (count.kind !== "number" && count.kind !== "word" && count.kind !== "synthetic") {
          count = num(2);
        }
        return { ...e, count, body: this.block(e.body.exprs, scope) };
      }
      case "box": {
        const value = this.expr(e.value, scope);
        return { ...e, name: this.bind(scope, e.name, "box", e), value };
      }
      case "pkg": {
        const entries = this.entries(e.entries, scope);
        return { ...e, name: this.bind(scope, e.name, "any", e), entries };
      }
      case "import":
        return { ...e, name: this.bind(scope, e.name, "any", e) };
      case "test":
        return { ...e, body: this.expr(e.body, new Scope(scope)) };
      case "panic":
        return { ...e, value: this.expr(e.value, scope) };
    }
  }

  entries(es: readonly (DictEntry | SplatExpr)[], scope: Scope): (DictEntry | SplatExpr)[] {
    const out: (DictEntry | SplatExpr)[] = [];
    for (const x of es) {
      if (x.kind === "entry") out.push({ ...x, value: this.expr(x.value, scope) });
      else {
        const v = this.word(x.value, scope);
        if (v.kind === "word") out.push({ ...x, value: v });
      }
    }
    return out;
  }

  matchClauses(cs: readonly MatchClause[], scope: Scope): MatchClause[] {
    return cs.map((c) => {
      const s = new Scope(scope);
      const pattern = this.pattern(c.pattern, s);
      return {
        ...c,
        pattern,
        guard: c.guard ? this.expr(c.guard, s) : null,
        body: this.expr(c.body, s),
      };
    });
  }

  fnClause(c: FnClause, scope: Scope, fnBoundary: boolean): FnClause {
    const s = new Scope(scope, fnBoundary);
    const params = this.pattern(c.params, s) as TuplePattern;
    return {
      ...c,
      params,
      guard: c.guard ? this.expr(c.guard, s) : null,
      body: this.expr(c.body, s),
    };
  }

  rest(r: RestPattern | null, scope: Scope, ty: Ty): RestPattern | null {
    if (r === null || r.name === null) return r;
    return { ...r, name: this.bind(scope, r.name, ty, r) };
  }

  /** Bind a pattern's names into `scope` (renaming repeats). */
  pattern(p: Pattern, scope: Scope): Pattern {
    switch (p.kind) {
      case "pwild":
      case "pignored":
      case "pliteral":
        return p;
      case "pword":
        return { ...p, name: this.bind(scope, p.name, BIND_TY.get(p) ?? "any", p) };
      case "ptyped": {
        const inner = p.inner.kind === "pword"
          ? {
            ...p.inner,
            name: this.bind(scope, p.inner.name, TYPE_OF_KEYWORD[p.type] ?? "any", p.inner),
          }
          : p.inner;
        return { ...p, inner };
      }
      case "ptuple":
      case "plist": {
        const items = p.items.map((x) => this.pattern(x, scope));
        return { ...p, items, rest: this.rest(p.rest, scope, "list") };
      }
      case "pdict": {
        const entries = p.entries.map((x) => ({ ...x, pattern: this.pattern(x.pattern, scope) }));
        return { ...p, entries, rest: this.rest(p.rest, scope, "dict") };
      }
    }
  }
}

/** A literal standing in for a reference with nothing of its type in scope. */
function fallback(ty: Ty, k: number): Expr {
  switch (ty) {
    case "num":
      return num(k % 7);
    case "str":
      return str(`s${k}`);
    case "bool":
      return { kind: "bool", value: k % 2 === 0, span: SP };
    case "kw":
      return kwExpr(`k${k}`);
    case "list":
      return { kind: "list", items: [num(k), num(1)], span: SP };
    case "dict":
      return {
        kind: "dict",
        entries: [{ kind: "entry", key: "a", value: num(k), span: SP }],
        span: SP,
      };
    case "tuple":
      return { kind: "tuple", items: [kwExpr("ok"), num(k)], span: SP };
    case "set":
      return { kind: "set", items: [num(k)], span: SP };
    case "fn1":
      return word(FN1_PRELUDE[k % FN1_PRELUDE.length]);
    case "fn2":
      return word(FN2_PRELUDE[k % FN2_PRELUDE.length]);
    case "pid":
      return call("self", []);
    case "box":
    case "any":
      return k % 3 === 0 ? { kind: "nil", span: SP } : num(k);
  }
}

/** Random well-formed toplevels (a list of expressions), names resolved. */
export const wellFormedAst: fc.Arbitrary<Expr[]> = program(4);

/** {@linkcode wellFormedAst}, printed to Ludus source. */
export const wellFormedSource: fc.Arbitrary<string> = wellFormedAst.map(printScript);

// ---------------------------------------------------------------------------
// (c) Mutations of example programs

/**
 * The programs mutated: examples, the sources of the case files, and golden
 * programs. The last two are read from disk, when it may be read (the fuzzer
 * always may; a test run without `--allow-read` mutates the examples alone).
 */
export const CORPUS: readonly string[] = (() => {
  const out = [closures, fizzbuzz, flower, hello, patterns, recursion, spiral, square, star, tree];
  const tests = new URL("../", import.meta.url);
  if (Deno.permissions.querySync({ name: "read", path: tests }).state !== "granted") return out;
  const texts = (dir: string, ext: string): string[] =>
    [...Deno.readDirSync(new URL(dir, tests))]
      .filter((e) => e.isFile && e.name.endsWith(ext))
      .map((e) => e.name)
      .sort()
      .map((name) => Deno.readTextFileSync(new URL(`${dir}${name}`, tests)));
  for (const text of texts("cases/", ".txt")) for (const c of parseCases(text)) out.push(c.source);
  out.push(...texts("golden/", ".ld"));
  return out;
})();

/** Splits source into rough tokens (whitespace runs kept as tokens too). */
export function roughTokens(text: string): string[] {
  const re =
    /"(?:[^"\\]|\\[\s\S])*"?|&[^\n]*|-?\d[\d_]*(?:\.\d+)?|[a-zA-Z_][\w/?!*]*|:[\w/?!*]*|\.\.\.|->|#\{|\$\{|\s+|[\s\S]/gu;
  return text.match(re) ?? [];
}

/** One edit. Positions are taken modulo the length of what they index. */
export type Mutation =
  | { op: "deleteToken" | "duplicateToken"; at: number }
  | { op: "swapTokens"; at: number; other: number }
  | { op: "insertToken" | "replaceToken"; at: number; token: string }
  | { op: "deleteChar" | "duplicateChar"; at: number }
  | { op: "insertChar"; at: number; char: string };

/** Apply one edit to a source text. */
export function mutate(text: string, m: Mutation): string {
  if (m.op.endsWith("Char")) {
    const chars = [...text];
    if (chars.length === 0) return m.op === "insertChar" ? (m as { char: string }).char : text;
    const i = m.at % chars.length;
    if (m.op === "deleteChar") chars.splice(i, 1);
    else if (m.op === "duplicateChar") chars.splice(i, 0, chars[i]);
    else chars.splice(i, 0, (m as { char: string }).char);
    return chars.join("");
  }
  const toks = roughTokens(text);
  // token edits look at non-blank tokens only
  const idx = toks.map((t, i) => (/^\s+$/.test(t) ? -1 : i)).filter((i) => i >= 0);
  if (idx.length === 0) return m.op === "insertToken" ? m.token : text;
  const i = idx[m.at % idx.length];
  switch (m.op) {
    case "deleteToken":
      toks.splice(i, 1);
      break;
    case "duplicateToken":
      toks.splice(i, 0, toks[i], " ");
      break;
    case "swapTokens": {
      const j = idx[m.other % idx.length];
      [toks[i], toks[j]] = [toks[j], toks[i]];
      break;
    }
    case "insertToken":
      toks.splice(i, 0, m.token, " ");
      break;
    case "replaceToken":
      toks[i] = m.token;
      break;
  }
  return toks.join("");
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom("deleteToken" as const, "duplicateToken" as const),
    at: fc.nat(),
  }),
  fc.record({ op: fc.constant("swapTokens" as const), at: fc.nat(), other: fc.nat() }),
  fc.record({
    op: fc.constantFrom("insertToken" as const, "replaceToken" as const),
    at: fc.nat(),
    token,
  }),
  fc.record({ op: fc.constantFrom("deleteChar" as const, "duplicateChar" as const), at: fc.nat() }),
  fc.record({
    op: fc.constant("insertChar" as const),
    at: fc.nat(),
    char: fc.constantFrom(
      "(",
      ")",
      "{",
      "}",
      "[",
      "]",
      '"',
      "\\",
      "&",
      "\n",
      "_",
      ",",
      ";",
      "-",
      ":",
      "#",
      "$",
      ".",
    ),
  }),
);

/** A program of the corpus with one to three random edits. */
export const mutant: fc.Arbitrary<string> = fc
  .tuple(fc.nat(CORPUS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([i, ms]) => ms.reduce(mutate, CORPUS[i]));

/** The generators by name (for `tools/fuzz.ts` and the test). */
export const GENERATORS: Readonly<Record<string, fc.Arbitrary<string>>> = {
  tokens: tokenSoup,
  ast: wellFormedSource,
  mutants: mutant,
};
