/**
 * The Ludus syntax tree: plain data produced by the parser, checked by the
 * validator and read by the compiler.
 *
 * Every node carries a {@linkcode Span} (offsets into its {@linkcode Source}), so
 * every later error can point at the text that caused it. Nodes are discriminated
 * by `kind`; expression kinds and pattern kinds do not overlap.
 *
 * @module
 */

import type { Source, Span } from "../errors/source.ts";

// ---------------------------------------------------------------------------
// Expressions

/** Any Ludus expression. */
export type Expr =
  | NilExpr
  | BoolExpr
  | NumberExpr
  | StringExpr
  | KeywordExpr
  | WordExpr
  | PlaceholderExpr
  | TupleExpr
  | ListExpr
  | SetExpr
  | DictExpr
  | SyntheticExpr
  | LetExpr
  | BlockExpr
  | IfExpr
  | IfLetExpr
  | WhenExpr
  | MatchExpr
  | FnExpr
  | FnDeclExpr
  | DoExpr
  | LoopExpr
  | RecurExpr
  | RepeatExpr
  | BoxExpr
  | PkgExpr
  | ImportExpr
  | TestExpr
  | ReceiveExpr
  | PanicExpr;

/** `nil` */
export interface NilExpr {
  kind: "nil";
  span: Span;
}

/** `true` or `false` */
export interface BoolExpr {
  kind: "bool";
  value: boolean;
  span: Span;
}

/** A number literal; `1_000` arrives here as `1000`. */
export interface NumberExpr {
  kind: "number";
  value: number;
  span: Span;
}

/** One `{name}` inside a string literal. */
export interface Interpolation {
  /** The bound name between the braces. */
  name: string;
  /** The span of the name itself (inside the braces). */
  span: Span;
}

/**
 * A string literal. `parts` alternate freely between literal text (escapes already
 * decoded) and interpolations; a literal without `{name}` has one string part (or
 * none when empty).
 */
export interface StringExpr {
  kind: "string";
  parts: (string | Interpolation)[];
  span: Span;
}

/** `:name` (the name without the colon). */
export interface KeywordExpr {
  kind: "keyword";
  name: string;
  span: Span;
}

/** A reference to a bound name. */
export interface WordExpr {
  kind: "word";
  name: string;
  span: Span;
}

/** `_` in an argument tuple (partial application); invalid anywhere else. */
export interface PlaceholderExpr {
  kind: "placeholder";
  span: Span;
}

/** `...name` inside a list, set or dict literal. */
export interface SplatExpr {
  kind: "splat";
  /** The splatted expression (the grammar allows a word only). */
  value: WordExpr;
  span: Span;
}

/** `(a, b)`: a tuple literal. Members may not be splats. */
export interface TupleExpr {
  kind: "tuple";
  items: Expr[];
  span: Span;
}

/** `[a, ...xs]` */
export interface ListExpr {
  kind: "list";
  items: (Expr | SplatExpr)[];
  span: Span;
}

/** `${a, ...s}` */
export interface SetExpr {
  kind: "set";
  items: (Expr | SplatExpr)[];
  span: Span;
}

/** One `:key value` pair, or the shorthand `name` (key `:name`, value the word). */
export interface DictEntry {
  kind: "entry";
  key: string;
  value: Expr;
  span: Span;
}

/** `#{:a 1, b, ...d}` */
export interface DictExpr {
  kind: "dict";
  entries: (DictEntry | SplatExpr)[];
  span: Span;
}

/** An argument tuple in a call: `(a, b)`, possibly with one placeholder. */
export interface ArgsExpr {
  kind: "args";
  items: Expr[];
  span: Span;
}

/**
 * A root followed by calls and keyword lookups, left to right:
 * `f (1) :key (2)`, `d :a :b`, `:a (d)`. A `root` that is a keyword followed by
 * args is a called keyword. `tail` is never empty.
 */
export interface SyntheticExpr {
  kind: "synthetic";
  root: WordExpr | KeywordExpr;
  tail: (ArgsExpr | KeywordExpr)[];
  span: Span;
}

/** `let pattern = value` (its value is the matched value). */
export interface LetExpr {
  kind: "let";
  pattern: Pattern;
  value: Expr;
  span: Span;
}

/** `{ e1; e2 }`: a new scope, the value of its last expression. Never empty. */
export interface BlockExpr {
  kind: "block";
  exprs: Expr[];
  span: Span;
}

/** `if cond then a else b` */
export interface IfExpr {
  kind: "if";
  cond: Expr;
  then: Expr;
  else: Expr;
  span: Span;
}

/** `if let pattern = value then a else b` */
export interface IfLetExpr {
  kind: "iflet";
  pattern: Pattern;
  value: Expr;
  then: Expr;
  else: Expr;
  span: Span;
}

/** One `test -> body` clause of `when`; `test` is null for `else` and `_`. */
export interface WhenClause {
  test: Expr | null;
  body: Expr;
  span: Span;
}

/** `when { test -> expr ... }` */
export interface WhenExpr {
  kind: "when";
  clauses: WhenClause[];
  span: Span;
}

/** `pattern [if guard] -> body` in `match` and `receive`. */
export interface MatchClause {
  pattern: Pattern;
  guard: Expr | null;
  body: Expr;
  span: Span;
}

/** `match value with { clauses }` */
export interface MatchExpr {
  kind: "match";
  value: Expr;
  clauses: MatchClause[];
  span: Span;
}

/** `(params) [if guard] -> body` in `fn` and `loop`. */
export interface FnClause {
  params: TuplePattern;
  guard: Expr | null;
  body: Expr;
  span: Span;
}

/**
 * A function: `fn (x) -> x`, `fn name (x) -> x`, or
 * `fn name { "doc" (x) -> a; (x, y) -> b }`. `name` is null for a lambda.
 */
export interface FnExpr {
  kind: "fn";
  name: string | null;
  doc: string | null;
  clauses: FnClause[];
  span: Span;
}

/** `fn name` with no clauses: a forward declaration. */
export interface FnDeclExpr {
  kind: "fndecl";
  name: string;
  span: Span;
}

/** `do x > f > g (_, 2)` */
export interface DoExpr {
  kind: "do";
  first: Expr;
  steps: Expr[];
  span: Span;
}

/** `loop (args) with { clauses }` */
export interface LoopExpr {
  kind: "loop";
  args: TupleExpr;
  clauses: FnClause[];
  span: Span;
}

/** `recur (args)` */
export interface RecurExpr {
  kind: "recur";
  args: ArgsExpr;
  span: Span;
}

/** `repeat n { body }` (value nil). */
export interface RepeatExpr {
  kind: "repeat";
  count: Expr;
  body: BlockExpr;
  span: Span;
}

/** `box name = value` */
export interface BoxExpr {
  kind: "box";
  name: string;
  /** Span of the name. */
  nameSpan: Span;
  value: Expr;
  span: Span;
}

/** `pkg Name { :a 1, b }` (toplevel only). */
export interface PkgExpr {
  kind: "pkg";
  name: string;
  nameSpan: Span;
  entries: (DictEntry | SplatExpr)[];
  span: Span;
}

/** `import "path" as name` (toplevel only). */
export interface ImportExpr {
  kind: "import";
  path: string;
  name: string;
  nameSpan: Span;
  span: Span;
}

/** `test "name" expr` (toplevel only; runs only in test mode). */
export interface TestExpr {
  kind: "test";
  name: string;
  body: Expr;
  span: Span;
}

/** `receive { clauses }` */
export interface ReceiveExpr {
  kind: "receive";
  clauses: MatchClause[];
  span: Span;
}

/** `panic! expr` */
export interface PanicExpr {
  kind: "panic";
  value: Expr;
  span: Span;
}

// ---------------------------------------------------------------------------
// Patterns

/** Any pattern. */
export type Pattern =
  | WildPattern
  | IgnoredPattern
  | WordPattern
  | LiteralPattern
  | TuplePattern
  | ListPattern
  | DictPattern
  | TypedPattern;

/** `_` */
export interface WildPattern {
  kind: "pwild";
  span: Span;
}

/** `_name`: matches anything, binds nothing, may repeat. */
export interface IgnoredPattern {
  kind: "pignored";
  name: string;
  span: Span;
}

/** `name`: binds the value. */
export interface WordPattern {
  kind: "pword";
  name: string;
  span: Span;
}

/** `nil`, `true`, `42`, `"s"`, `:kw` */
export interface LiteralPattern {
  kind: "pliteral";
  /** nil, a boolean, a number, a string, or a keyword (`{ keyword: name }`). */
  value: null | boolean | number | string | { keyword: string };
  span: Span;
}

/**
 * The tail of a tuple, list or dict pattern: `...rest`, `..._` / `...` (name null).
 */
export interface RestPattern {
  name: string | null;
  span: Span;
}

/** `(a, b, ...rest)`; also the parameter list of a fn or loop clause. */
export interface TuplePattern {
  kind: "ptuple";
  items: Pattern[];
  rest: RestPattern | null;
  span: Span;
}

/** `[a, b, ...rest]` */
export interface ListPattern {
  kind: "plist";
  items: Pattern[];
  rest: RestPattern | null;
  span: Span;
}

/** One `:key pattern` (or shorthand `name`, key `:name` with a word pattern). */
export interface DictPatternEntry {
  key: string;
  pattern: Pattern;
  span: Span;
}

/** `#{:a a, b, ...rest}` */
export interface DictPattern {
  kind: "pdict";
  entries: DictPatternEntry[];
  rest: RestPattern | null;
  span: Span;
}

/** `x as :number` (also `_ as :number`). */
export interface TypedPattern {
  kind: "ptyped";
  inner: WordPattern | WildPattern | IgnoredPattern;
  /** The type keyword's name, without the colon. */
  type: string;
  span: Span;
}

/** A parsed script: its toplevel expressions in order. */
export interface Script {
  kind: "script";
  exprs: Expr[];
  source: Source;
  span: Span;
}
