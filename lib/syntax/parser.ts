/**
 * The Ludus parser: tokens to the syntax tree of `ast.ts`.
 *
 * A hand-written recursive-descent parser over the tokens of {@linkcode lex}.
 * Line ends matter in Ludus: a newline (or `;`) ends an expression, except where
 * the grammar says it is only a separator or may be skipped — between the items of
 * `()`, `[]`, `#{}` and `${}` (where `,` and newlines separate items, any run of
 * them allowed), around `then` and `else` of `if`, around each `>` of a `do`
 * pipeline, between clauses inside braces, and after `->`, `=` and `with`.
 * A `;` is a terminator only: it may end expressions and clauses, but it does
 * not separate the items of a collection.
 *
 * The parser stops at the first problem and throws a {@linkcode LudusError} of kind
 * `"syntax"` whose span points at the offending text and whose message says, in
 * plain words, what was expected and what was found (naming the line of the
 * opening bracket when a closing one is missing). Nesting deeper than
 * {@linkcode MAX_NESTING} levels is reported the same way, never as a host stack
 * overflow.
 *
 * @module
 */

import type {
  ArgsExpr,
  BlockExpr,
  DictEntry,
  DictPatternEntry,
  Expr,
  FnClause,
  FnDeclExpr,
  FnExpr,
  IgnoredPattern,
  KeywordExpr,
  LiteralPattern,
  MatchClause,
  Pattern,
  RestPattern,
  Script,
  SplatExpr,
  StringExpr,
  TupleExpr,
  TuplePattern,
  TypedPattern,
  WhenClause,
  WildPattern,
  WordExpr,
  WordPattern,
} from "./ast.ts";
import type { Span } from "../errors/source.ts";
import type { Source } from "../errors/source.ts";
import { LudusError } from "../errors/errors.ts";
import { lex, RESERVED_WORDS, type StringPart, type Token, type TokenKind } from "./lexer.ts";

/** How deeply expressions and patterns may nest before the parser gives up. */
export const MAX_NESTING = 1000;

/** Parser state: the tokens, a cursor, and the current nesting depth. */
interface State {
  source: Source;
  tokens: Token[];
  pos: number;
  depth: number;
}

const RESERVED: ReadonlySet<string> = new Set(RESERVED_WORDS);

/** Closing brackets, for "expected `)` to close …" messages. */
const CLOSERS: ReadonlySet<TokenKind> = new Set([")", "]", "}"]);

/**
 * Parse a whole Ludus script.
 *
 * Throws a {@linkcode LudusError} of kind `"syntax"` for the first problem found.
 *
 * @example Usage
 * ```ts
 * import { Source } from "../errors/source.ts";
 * import { parse } from "./parser.ts";
 * const script = parse(new Source("x.ld", "let x = 1\nadd (x, 2)"));
 * console.assert(script.exprs.length === 2);
 * console.assert(script.exprs[1].kind === "synthetic");
 * ```
 */
export function parse(source: Source): Script {
  const p = start(source);
  return guarded(p, () => {
    const exprs: Expr[] = [];
    skipTerminators(p);
    while (peek(p).kind !== "eof") {
      if (CLOSERS.has(peek(p).kind)) afterExpressionError(p, peek(p));
      exprs.push(parseExpression(p));
      const t = peek(p);
      if (t.kind === "newline") skipTerminators(p);
      else if (t.kind !== "eof") afterExpressionError(p, t);
    }
    return { kind: "script", exprs, source, span: { start: 0, end: source.text.length } };
  });
}

/**
 * Parse a source text that holds exactly one expression (blank lines and
 * comments around it are fine). Handy for tests and the REPL.
 *
 * @example Usage
 * ```ts
 * import { Source } from "../errors/source.ts";
 * import { parseExpr } from "./parser.ts";
 * const e = parseExpr(new Source("<repl>", "[1, ...xs]"));
 * console.assert(e.kind === "list");
 * ```
 */
export function parseExpr(source: Source): Expr {
  const p = start(source);
  return guarded(p, () => {
    skipTerminators(p);
    const e = parseExpression(p);
    const t = peek(p);
    if (t.kind === "newline") skipTerminators(p);
    const end = peek(p);
    if (end.kind !== "eof") {
      if (t.kind === "newline") {
        fail(p, `expected only one expression, found ${describe(p, end)} after it`, end.span);
      }
      afterExpressionError(p, end);
    }
    return e;
  });
}

/**
 * Run a parse, turning a host stack overflow (possible on a host with a small
 * stack, before the depth limit is reached) into a Ludus error.
 */
function guarded<T>(p: State, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof RangeError) {
      throw new LudusError(
        "syntax",
        "this expression nests too deeply for Ludus to read",
        p.source,
        peek(p).span,
      );
    }
    throw e;
  }
}

function nestingMessage(): string {
  return `this expression nests too deeply (more than ${MAX_NESTING} levels)`;
}

function start(source: Source): State {
  return { source, tokens: lex(source), pos: 0, depth: 0 };
}

// ---------------------------------------------------------------------------
// Token helpers

function peek(p: State): Token {
  return p.tokens[p.pos];
}

function peekAt(p: State, offset: number): Token {
  return p.tokens[Math.min(p.pos + offset, p.tokens.length - 1)];
}

function next(p: State): Token {
  const t = p.tokens[p.pos];
  if (t.kind !== "eof") p.pos++;
  return t;
}

/** The end offset of the last token consumed. */
function lastEnd(p: State): number {
  return p.pos > 0 ? p.tokens[p.pos - 1].span.end : 0;
}

function spanFrom(p: State, start: number): Span {
  return { start, end: Math.max(start, lastEnd(p)) };
}

function isNewline(t: Token): boolean {
  return t.kind === "newline" && t.value === "\n";
}

/** Skip newlines (not `;`): where a line break is only layout. */
function skipNewlines(p: State): void {
  while (isNewline(p.tokens[p.pos])) p.pos++;
}

/** Skip newlines and `;`: between expressions and between clauses. */
function skipTerminators(p: State): void {
  while (p.tokens[p.pos].kind === "newline") p.pos++;
}

function lineOf(p: State, t: Token | Span): number {
  const span = "span" in t ? t.span : t;
  return p.source.position(span.start).line;
}

/** How a token is named in messages: "`bar`", "the end of the line", … */
function describe(p: State, t: Token): string {
  switch (t.kind) {
    case "eof":
      return "the end of the file";
    case "newline":
      return t.value === ";" ? "`;`" : "the end of the line";
    case "string":
      return "a string";
    default: {
      let text = p.source.text.slice(t.span.start, t.span.end);
      if (text.length > 40) text = text.slice(0, 37) + "...";
      return `\`${text}\``;
    }
  }
}

function fail(p: State, message: string, span: Span = peek(p).span): never {
  throw new LudusError("syntax", message, p.source, span);
}

/** Consume a token of `kind`, or fail with "expected {what}, found …". */
function expect(p: State, kind: TokenKind, what: string): Token {
  const t = peek(p);
  if (t.kind !== kind) fail(p, `expected ${what}, found ${describe(p, t)}`);
  return next(p);
}

/** Tokens that start a value, as a call's argument would: `f 3`, `print! "hi"`. */
const CALL_ARGUMENT: ReadonlySet<TokenKind> = new Set<TokenKind>(["number", "string", "word"]);

/** Are two tokens on the same line (nothing but spaces between them)? */
function sameLine(p: State, a: Token, b: Token): boolean {
  return !/[\n;]/.test(p.source.text.slice(a.span.end, b.span.start));
}

/** The error for a token that may not follow a complete expression. */
function afterExpressionError(p: State, t: Token): never {
  if (CLOSERS.has(t.kind)) {
    const open = t.kind === ")" ? "(" : t.kind === "]" ? "[" : "{";
    fail(p, `unexpected \`${t.kind}\`: there is no \`${open}\` for it to close`, t.span);
  }
  const message = `expected a newline or \`;\` after this expression, found ${describe(p, t)}`;
  const before = p.tokens[p.pos - 1];
  const hint = t.kind === "="
    // `x = 2`: an assignment, from another language.
    ? "a name is bound with `let x = ...`, once; for a value that changes, use a box " +
      "(`box b = 0`, then `store! (b, 1)`)"
    : t.kind === "[" && before?.span.end === t.span.start
    // `xs[0]`: indexing, from another language.
    ? "to take an item of a list, call `at (xs, 0)` (or `first (xs)`); Ludus has no indexing"
    : before?.kind === "word" && before.value === "return"
    ? "Ludus has no `return`: a function's value is the value of its last expression"
    : before?.kind === "word" && (before.value === "while" || before.value === "for")
    ? `Ludus has no \`${before.value}\` loops: repeat with \`loop\` and \`recur\`, ` +
      "`repeat`, a recursive function, or `each!`/`map` over a list"
    : t.kind === "word" && t.value === "end"
    ? "Ludus has no `end`: an `if` ends with its `else` branch, and a block is written `{ ... }`"
    : before?.kind === "word" && CALL_ARGUMENT.has(t.kind) && sameLine(p, before, t)
    // `print! "hi"`, `f 3`: a call without parentheses.
    ? `to call \`${before.value}\`, put its arguments in parentheses: \`${before.value} (${
      p.source.text.slice(t.span.start, t.span.end).slice(0, 30)
    }${t.span.end - t.span.start > 30 ? "..." : ""})\``
    : null;
  throw new LudusError("syntax", message, p.source, t.span, hint ? { hint } : {});
}

/** The error for a closing bracket that is missing. */
function unclosed(p: State, open: Token, close: string): never {
  const t = peek(p);
  fail(
    p,
    `expected \`${close}\` to close the \`${openText(p, open)}\` on line ${lineOf(p, open)}, ` +
      `found ${describe(p, t)}`,
    t.span,
  );
}

function openText(p: State, open: Token): string {
  return p.source.text.slice(open.span.start, open.span.end);
}

function enter(p: State): void {
  if (++p.depth > MAX_NESTING) fail(p, nestingMessage());
}

/** A reserved word used where a name belongs gets its own message. */
function nameError(p: State, what: string): never {
  const t = peek(p);
  if (RESERVED.has(t.kind)) {
    fail(p, `\`${t.kind}\` is a reserved word, so it cannot be used as a name`);
  }
  fail(p, `expected ${what}, found ${describe(p, t)}`);
}

/** Check that a name token starts with a lower-case letter. */
function lowerName(p: State, t: Token & { value: string }, role: string): void {
  const c = t.value.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) {
    fail(
      p,
      `${role} must start with a lower-case letter, not \`${t.value}\` ` +
        "(only package names are capitalised)",
      t.span,
    );
  }
}

/** A string token's text, refusing interpolations. */
function plainString(p: State, t: Token, what: string): string {
  const parts = (t as { value: StringPart[] }).value;
  let s = "";
  for (const part of parts) {
    if (typeof part !== "string") {
      fail(p, `${what} cannot contain {…}; use \\{ for a brace`, t.span);
    }
    s += part;
  }
  return s;
}

// ---------------------------------------------------------------------------
// Delimited sequences: (), [], #{}, ${}

/**
 * Parse `open item, item … close` where commas and newlines separate items (any
 * run of them). `item` parses one item at the cursor. Returns the whole span.
 */
function delimited(p: State, close: ")" | "]" | "}", what: string, item: () => void): Span {
  const open = next(p);
  for (;;) {
    let t = peek(p);
    while (t.kind === "," || isNewline(t)) {
      p.pos++;
      t = peek(p);
    }
    if (t.kind === close) {
      next(p);
      break;
    }
    if (t.kind === "newline") semicolonInside(p, what);
    if (t.kind === "eof" || CLOSERS.has(t.kind)) unclosed(p, open, close);
    item();
    t = peek(p);
    if (t.kind === "," || isNewline(t) || t.kind === close) continue;
    if (t.kind === "newline") semicolonInside(p, what);
    if (t.kind === "eof" || CLOSERS.has(t.kind)) unclosed(p, open, close);
    fail(p, `expected \`,\` or \`${close}\` after this item, found ${describe(p, t)}`);
  }
  return { start: open.span.start, end: lastEnd(p) };
}

function semicolonInside(p: State, what: string): never {
  fail(p, `found \`;\` inside ${what}: items there are separated by \`,\` or new lines`);
}

function parseTuple(p: State): TupleExpr {
  const items: Expr[] = [];
  const span = delimited(p, ")", "a tuple", () => {
    if (peek(p).kind === "...") {
      fail(p, "a tuple cannot contain a splat `...`; splats go in lists, sets and dicts");
    }
    items.push(parseExpression(p));
  });
  return { kind: "tuple", items, span };
}

function parseArgs(p: State): ArgsExpr {
  const items: Expr[] = [];
  const span = delimited(p, ")", "the arguments", () => {
    if (peek(p).kind === "...") {
      fail(p, "arguments cannot be splatted with `...`; pass the list itself instead");
    }
    items.push(parseExpression(p));
  });
  return { kind: "args", items, span };
}

function parseSplat(p: State): SplatExpr {
  const dots = next(p);
  const t = peek(p);
  if (t.kind !== "word") {
    fail(
      p,
      `a splat \`...\` must be directly followed by a name, as in \`...xs\`; found ${
        describe(p, t)
      }`,
    );
  }
  next(p);
  const value: WordExpr = { kind: "word", name: t.value, span: t.span };
  return { kind: "splat", value, span: spanFrom(p, dots.span.start) };
}

function parseListOrSet(p: State, kind: "list" | "set"): Expr {
  const items: (Expr | SplatExpr)[] = [];
  const span = delimited(p, kind === "list" ? "]" : "}", `a ${kind}`, () => {
    items.push(peek(p).kind === "..." ? parseSplat(p) : parseExpression(p));
  });
  return { kind, items, span };
}

/** The entries of a dict literal or a `pkg`, after the cursor reaches `#{` or `{`. */
function parseEntries(p: State, what: string): { entries: (DictEntry | SplatExpr)[]; span: Span } {
  const entries: (DictEntry | SplatExpr)[] = [];
  const span = delimited(p, "}", what, () => {
    const t = peek(p);
    if (t.kind === "...") {
      entries.push(parseSplat(p));
    } else if (t.kind === "keyword") {
      next(p);
      const v = peek(p);
      if (v.kind === "," || v.kind === "newline" || v.kind === "}" || v.kind === "eof") {
        fail(p, `expected a value after \`:${t.value}\` in ${what}, found ${describe(p, v)}`);
      }
      const value = parseExpression(p);
      entries.push({ kind: "entry", key: t.value, value, span: spanFrom(p, t.span.start) });
    } else if (t.kind === "word") {
      next(p);
      const after = peek(p);
      if (
        after.kind !== "," && after.kind !== "newline" && after.kind !== "}" &&
        after.kind !== "eof" && !CLOSERS.has(after.kind)
      ) {
        fail(
          p,
          `expected \`,\` or \`}\` after \`${t.value}\`, found ${describe(p, after)} ` +
            `(a key is written as a keyword, as in \`:${t.value} value\`; ` +
            `a name alone, \`${t.value}\`, means \`:${t.value} ${t.value}\`)`,
        );
      }
      const value: WordExpr = { kind: "word", name: t.value, span: t.span };
      entries.push({ kind: "entry", key: t.value, value, span: t.span });
    } else {
      nameError(p, `\`:key value\`, a name or \`...name\` in ${what}`);
    }
  });
  return { entries, span };
}

// ---------------------------------------------------------------------------
// Expressions

function parseExpression(p: State): Expr {
  enter(p);
  const e = parseExpressionInner(p);
  p.depth--;
  return e;
}

function parseExpressionInner(p: State): Expr {
  const t = peek(p);
  switch (t.kind) {
    case "nil":
      next(p);
      return { kind: "nil", span: t.span };
    case "true":
    case "false":
      next(p);
      return { kind: "bool", value: t.kind === "true", span: t.span };
    case "number":
      next(p);
      return { kind: "number", value: t.value, span: t.span };
    case "string":
      next(p);
      return { kind: "string", parts: t.value.slice(), span: t.span } satisfies StringExpr;
    case "keyword":
      next(p);
      return parseSynthetic(p, { kind: "keyword", name: t.value, span: t.span });
    case "word":
      next(p);
      return parseSynthetic(p, { kind: "word", name: t.value, span: t.span });
    case "placeholder":
      next(p);
      return { kind: "placeholder", span: t.span };
    case "ignored":
      return fail(
        p,
        `\`${t.value}\` starts with \`_\`, so it is an ignored name: it can appear in ` +
          "patterns but cannot be used as a value",
      );
    case "(":
      return parseTuple(p);
    case "[":
      return parseListOrSet(p, "list");
    case "${":
      return parseListOrSet(p, "set");
    case "#{": {
      const { entries, span } = parseEntries(p, "a dict");
      return { kind: "dict", entries, span };
    }
    case "{":
      return parseBlock(p);
    case "let":
      return parseLet(p);
    case "if":
      return parseIf(p);
    case "when":
      return parseWhen(p);
    case "match":
      return parseMatch(p);
    case "fn":
      return parseFn(p);
    case "do":
      return parseDo(p);
    case "loop":
      return parseLoop(p);
    case "recur": {
      next(p);
      if (peek(p).kind !== "(") {
        fail(
          p,
          `expected \`(\` with the new values after \`recur\`, found ${describe(p, peek(p))}`,
        );
      }
      const args = parseArgs(p);
      return { kind: "recur", args, span: spanFrom(p, t.span.start) };
    }
    case "repeat":
      return parseRepeat(p);
    case "box":
      return parseBox(p);
    case "pkg":
      return parsePkg(p);
    case "import":
      return parseImport(p);
    case "test": {
      next(p);
      const name = expect(p, "string", "the test's name in quotes after `test`");
      const text = plainString(p, name, "a test name");
      const body = parseExpression(p);
      return { kind: "test", name: text, body, span: spanFrom(p, t.span.start) };
    }
    case "receive": {
      next(p);
      const clauses = parseClauseBlock(p, "receive", parseMatchClause);
      return { kind: "receive", clauses, span: spanFrom(p, t.span.start) };
    }
    case "panic!": {
      next(p);
      const v = peek(p);
      if (v.kind === "newline" || v.kind === "eof" || CLOSERS.has(v.kind) || v.kind === ",") {
        fail(p, `expected a value after \`panic!\`, such as a message, found ${describe(p, v)}`);
      }
      const value = parseExpression(p);
      return { kind: "panic", value, span: spanFrom(p, t.span.start) };
    }
    case "use":
      return fail(p, '`use` is not part of this Ludus; use `import "path" as name`');
    default:
      return fail(p, `expected an expression, found ${describe(p, t)}`);
  }
}

/** A word or keyword followed, on the same line, by argument tuples and keywords. */
function parseSynthetic(p: State, root: WordExpr | KeywordExpr): Expr {
  let tail: (ArgsExpr | KeywordExpr)[] | null = null;
  for (;;) {
    const t = peek(p);
    if (t.kind === "(") {
      (tail ??= []).push(parseArgs(p));
    } else if (t.kind === "keyword") {
      next(p);
      (tail ??= []).push({ kind: "keyword", name: t.value, span: t.span });
    } else break;
  }
  if (tail === null) return root;
  return { kind: "synthetic", root, tail, span: spanFrom(p, root.span.start) };
}

function parseBlock(p: State): BlockExpr {
  const open = next(p);
  const exprs: Expr[] = [];
  skipTerminators(p);
  if (peek(p).kind === "}") {
    next(p);
    fail(
      p,
      "a block `{ }` must contain at least one expression (for an empty dict write `#{}`)",
      spanFrom(p, open.span.start),
    );
  }
  if (peek(p).kind === "eof") unclosed(p, open, "}");
  for (;;) {
    exprs.push(parseExpression(p));
    let t = peek(p);
    if (t.kind === "newline") {
      skipTerminators(p);
      t = peek(p);
    } else if (t.kind !== "}" && t.kind !== "eof" && !CLOSERS.has(t.kind)) {
      afterExpressionError(p, t);
    }
    if (t.kind === "}") {
      next(p);
      break;
    }
    if (t.kind === "eof" || CLOSERS.has(t.kind)) unclosed(p, open, "}");
  }
  return { kind: "block", exprs, span: spanFrom(p, open.span.start) };
}

function parseLet(p: State): Expr {
  const kw = next(p);
  const pattern = parsePattern(p);
  expect(p, "=", "`=` after the pattern of `let`");
  skipNewlines(p);
  const value = parseExpression(p);
  return { kind: "let", pattern, value, span: spanFrom(p, kw.span.start) };
}

function parseIf(p: State): Expr {
  const kw = next(p);
  let pattern: Pattern | null = null;
  let cond: Expr;
  if (peek(p).kind === "let") {
    next(p);
    pattern = parsePattern(p);
    expect(p, "=", "`=` after the pattern of `if let`");
    skipNewlines(p);
    cond = parseExpression(p);
  } else {
    cond = parseExpression(p);
  }
  skipNewlines(p);
  if (peek(p).kind === "=") {
    // `if x == 1`, from another language.
    throw new LudusError(
      "syntax",
      `expected \`then\` after the condition of \`if\`, found \`=\``,
      p.source,
      peek(p).span,
      { hint: "to compare two values, call `eq? (a, b)`; Ludus has no operators" },
    );
  }
  expect(p, "then", "`then` after the condition of `if`");
  skipNewlines(p);
  const then = parseExpression(p);
  skipNewlines(p);
  if (peek(p).kind !== "else") {
    fail(
      p,
      `expected \`else\` after the \`then\` branch of the \`if\` on line ${lineOf(p, kw)} ` +
        `(an \`if\` needs both branches), found ${describe(p, peek(p))}`,
    );
  }
  next(p);
  skipNewlines(p);
  const otherwise = parseExpression(p);
  const span = spanFrom(p, kw.span.start);
  if (pattern !== null) {
    return { kind: "iflet", pattern, value: cond, then, else: otherwise, span };
  }
  return { kind: "if", cond, then, else: otherwise, span };
}

/**
 * `{ clause; clause … }` after a form's keyword: terminators separate clauses;
 * at least one clause. With `doc`, a leading string is the docstring.
 */
function parseClauses<C>(
  p: State,
  form: string,
  clause: (p: State) => C,
  doc: { value: string | null } | null = null,
): C[] {
  const open = next(p);
  const clauses: C[] = [];
  skipTerminators(p);
  if (doc !== null && peek(p).kind === "string") {
    doc.value = plainString(p, next(p), "a docstring");
    skipTerminators(p);
  }
  for (;;) {
    let t = peek(p);
    if (t.kind === "}") {
      if (clauses.length === 0) {
        next(p);
        fail(
          p,
          `\`${form}\` needs at least one clause between \`{\` and \`}\``,
          spanFrom(p, open.span.start),
        );
      }
      next(p);
      break;
    }
    if (t.kind === "eof" || CLOSERS.has(t.kind)) unclosed(p, open, "}");
    clauses.push(clause(p));
    t = peek(p);
    if (t.kind === "newline") skipTerminators(p);
    else if (t.kind !== "}" && t.kind !== "eof" && !CLOSERS.has(t.kind)) {
      fail(p, `expected a newline or \`;\` after this clause, found ${describe(p, t)}`);
    }
  }
  return clauses;
}

/** `{ clauses }` that must follow the form's keyword directly. */
function parseClauseBlock<C>(p: State, form: string, clause: (p: State) => C): C[] {
  if (peek(p).kind !== "{") {
    fail(p, `expected \`{\` with the clauses of \`${form}\`, found ${describe(p, peek(p))}`);
  }
  return parseClauses(p, form, clause);
}

function parseWhen(p: State): Expr {
  const kw = next(p);
  const clauses = parseClauseBlock(p, "when", parseWhenClause);
  return { kind: "when", clauses, span: spanFrom(p, kw.span.start) };
}

function parseWhenClause(p: State): WhenClause {
  const t = peek(p);
  let test: Expr | null;
  if ((t.kind === "else" || t.kind === "placeholder") && peekAt(p, 1).kind === "->") {
    next(p);
    test = null;
  } else {
    test = parseExpression(p);
  }
  expect(p, "->", "`->` after the test of this `when` clause");
  skipNewlines(p);
  const body = parseExpression(p);
  return { test, body, span: spanFrom(p, t.span.start) };
}

function parseMatch(p: State): Expr {
  const kw = next(p);
  const value = parseExpression(p);
  expect(p, "with", "`with` after the value of `match`");
  skipNewlines(p);
  const clauses = peek(p).kind === "{"
    ? parseClauses(p, "match", parseMatchClause)
    : [parseMatchClause(p)];
  return { kind: "match", value, clauses, span: spanFrom(p, kw.span.start) };
}

/** `pattern [if guard] -> body`; a bare `else` stands for `_` here. */
function parseMatchClause(p: State): MatchClause {
  const t = peek(p);
  const start = t.span.start;
  let pattern: Pattern;
  if (t.kind === "else" && peekAt(p, 1).kind === "->") {
    next(p);
    pattern = { kind: "pwild", span: t.span };
  } else {
    pattern = parsePattern(p);
  }
  let guard: Expr | null = null;
  if (peek(p).kind === "if") {
    next(p);
    guard = parseExpression(p);
    expect(p, "->", "`->` after the guard of this clause");
  } else {
    expect(p, "->", "`->` after the pattern of this clause");
  }
  skipNewlines(p);
  const body = parseExpression(p);
  return { pattern, guard, body, span: spanFrom(p, start) };
}

function parseFnClause(p: State): FnClause {
  const t = peek(p);
  if (t.kind !== "(") {
    fail(p, `expected \`(\` to start the parameters of a function clause, found ${describe(p, t)}`);
  }
  const params = parseTuplePattern(p);
  let guard: Expr | null = null;
  if (peek(p).kind === "if") {
    next(p);
    guard = parseExpression(p);
    expect(p, "->", "`->` after the guard of this clause");
  } else {
    expect(p, "->", "`->` after the parameters of this clause");
  }
  skipNewlines(p);
  const body = parseExpression(p);
  return { params, guard, body, span: spanFrom(p, t.span.start) };
}

function parseFn(p: State): FnExpr | FnDeclExpr {
  const kw = next(p);
  let name: string | null = null;
  const t = peek(p);
  if (t.kind === "word") {
    lowerName(p, t, "a function name");
    next(p);
    name = t.value;
    const after = peek(p);
    if (
      after.kind === "newline" || after.kind === "eof" || after.kind === "," ||
      CLOSERS.has(after.kind)
    ) {
      return { kind: "fndecl", name, span: spanFrom(p, kw.span.start) };
    }
  }
  const doc = { value: null as string | null };
  let clauses: FnClause[];
  const u = peek(p);
  if (u.kind === "{") {
    clauses = parseClauses(p, "fn", parseFnClause, doc);
  } else if (u.kind === "(") {
    clauses = [parseFnClause(p)];
  } else if (u.kind === "string") {
    doc.value = plainString(p, next(p), "a docstring");
    skipNewlines(p);
    clauses = [parseFnClause(p)];
  } else if (name === null) {
    return nameError(p, "a name, `(` or `{` after `fn`");
  } else {
    return fail(
      p,
      `expected \`(\`, \`{\` or a docstring after \`fn ${name}\`, found ${describe(p, u)}`,
    );
  }
  return { kind: "fn", name, doc: doc.value, clauses, span: spanFrom(p, kw.span.start) };
}

function parseDo(p: State): Expr {
  const kw = next(p);
  const first = parseExpression(p);
  const steps: Expr[] = [];
  for (;;) {
    let i = p.pos;
    while (isNewline(p.tokens[i])) i++;
    if (p.tokens[i].kind !== ">") break;
    p.pos = i + 1;
    skipNewlines(p);
    steps.push(parseExpression(p));
  }
  if (steps.length === 0) {
    fail(p, `expected \`>\` after the first value of \`do\`, found ${describe(p, peek(p))}`);
  }
  return { kind: "do", first, steps, span: spanFrom(p, kw.span.start) };
}

function parseLoop(p: State): Expr {
  const kw = next(p);
  if (peek(p).kind !== "(") {
    fail(
      p,
      `expected \`(\` with the starting values after \`loop\`, found ${describe(p, peek(p))}`,
    );
  }
  const args = parseTuple(p);
  expect(p, "with", "`with` after the starting values of `loop`");
  skipNewlines(p);
  const clauses = peek(p).kind === "{"
    ? parseClauses(p, "loop", parseFnClause)
    : [parseFnClause(p)];
  return { kind: "loop", args, clauses, span: spanFrom(p, kw.span.start) };
}

function parseRepeat(p: State): Expr {
  const kw = next(p);
  const t = peek(p);
  let count: Expr;
  if (t.kind === "number") {
    next(p);
    count = { kind: "number", value: t.value, span: t.span };
  } else if (t.kind === "word") {
    next(p);
    count = parseSynthetic(p, { kind: "word", name: t.value, span: t.span });
  } else if (t.kind === "keyword") {
    next(p);
    count = parseSynthetic(p, { kind: "keyword", name: t.value, span: t.span });
  } else {
    return fail(p, `expected a number or a name after \`repeat\`, found ${describe(p, t)}`);
  }
  if (peek(p).kind !== "{") {
    fail(p, `expected \`{\` to start the body of \`repeat\`, found ${describe(p, peek(p))}`);
  }
  const body = parseBlock(p);
  return { kind: "repeat", count, body, span: spanFrom(p, kw.span.start) };
}

function parseBox(p: State): Expr {
  const kw = next(p);
  if (peek(p).kind !== "word") nameError(p, "a name after `box`");
  const t = next(p) as Token & { value: string };
  lowerName(p, t, "a box name");
  expect(p, "=", `\`=\` after \`box ${t.value}\``);
  skipNewlines(p);
  const value = parseExpression(p);
  return { kind: "box", name: t.value, nameSpan: t.span, value, span: spanFrom(p, kw.span.start) };
}

function parsePkg(p: State): Expr {
  const kw = next(p);
  if (peek(p).kind !== "word") nameError(p, "a package name after `pkg`");
  const t = next(p) as Token & { value: string };
  if (peek(p).kind !== "{") {
    fail(p, `expected \`{\` after \`pkg ${t.value}\`, found ${describe(p, peek(p))}`);
  }
  const { entries } = parseEntries(p, "a package");
  return {
    kind: "pkg",
    name: t.value,
    nameSpan: t.span,
    entries,
    span: spanFrom(p, kw.span.start),
  };
}

function parseImport(p: State): Expr {
  const kw = next(p);
  const pathTok = expect(p, "string", "a path in quotes after `import`");
  const path = plainString(p, pathTok, "an import path");
  expect(p, "as", "`as` after the path of `import`");
  if (peek(p).kind !== "word") nameError(p, "a name after `as`");
  const t = next(p) as Token & { value: string };
  lowerName(p, t, "a module name");
  return {
    kind: "import",
    path,
    name: t.value,
    nameSpan: t.span,
    span: spanFrom(p, kw.span.start),
  };
}

// ---------------------------------------------------------------------------
// Patterns

function parsePattern(p: State): Pattern {
  enter(p);
  const pat = parsePatternInner(p);
  p.depth--;
  if (peek(p).kind === "as") {
    fail(p, "only a name or `_` can have a type with `as`, as in `x as :number`");
  }
  return pat;
}

function parsePatternInner(p: State): Pattern {
  const t = peek(p);
  switch (t.kind) {
    case "placeholder": {
      next(p);
      return typed(p, { kind: "pwild", span: t.span });
    }
    case "ignored":
      next(p);
      return typed(p, { kind: "pignored", name: t.value, span: t.span });
    case "word":
      lowerName(p, t, "a name");
      next(p);
      return typed(p, { kind: "pword", name: t.value, span: t.span });
    case "nil":
      next(p);
      return literal(null, t.span);
    case "true":
    case "false":
      next(p);
      return literal(t.kind === "true", t.span);
    case "number":
      next(p);
      return literal(t.value, t.span);
    case "keyword":
      next(p);
      return literal({ keyword: t.value }, t.span);
    case "string": {
      next(p);
      let s = "";
      for (const part of t.value) {
        if (typeof part !== "string") {
          fail(p, "string patterns with {…} are not supported; match the whole string", t.span);
        }
        s += part;
      }
      return literal(s, t.span);
    }
    case "(":
      return parseTuplePattern(p);
    case "[": {
      const { items, rest, span } = parseSeqPattern(p, "]", "a list pattern");
      return { kind: "plist", items, rest, span };
    }
    case "#{":
      return parseDictPattern(p);
    case "...":
      return fail(p, "a splat `...` may only stand last inside a tuple, list or dict pattern");
    default:
      return nameError(p, "a pattern");
  }
}

function literal(value: LiteralPattern["value"], span: Span): LiteralPattern {
  return { kind: "pliteral", value, span };
}

/** `name as :type`, after the name. */
function typed(p: State, inner: WordPattern | WildPattern | IgnoredPattern): Pattern {
  if (peek(p).kind !== "as") return inner;
  next(p);
  const t = peek(p);
  if (t.kind !== "keyword") {
    fail(p, `expected a type keyword such as \`:number\` after \`as\`, found ${describe(p, t)}`);
  }
  next(p);
  const pat: TypedPattern = {
    kind: "ptyped",
    inner,
    type: t.value,
    span: { start: inner.span.start, end: t.span.end },
  };
  return pat;
}

/** `...name`, `..._`, `..._name` or a bare `...`, at the cursor. */
function parseRest(p: State): RestPattern {
  const dots = next(p);
  const t = peek(p);
  let name: string | null = null;
  if (t.kind === "word") {
    lowerName(p, t, "a name");
    next(p);
    name = t.value;
  } else if (t.kind === "placeholder" || t.kind === "ignored") {
    next(p);
  }
  return { name, span: spanFrom(p, dots.span.start) };
}

function restMustBeLast(p: State, rest: RestPattern): never {
  fail(p, "a splat `...` must be the last item of a pattern", rest.span);
}

function parseSeqPattern(
  p: State,
  close: ")" | "]",
  what: string,
): { items: Pattern[]; rest: RestPattern | null; span: Span } {
  const items: Pattern[] = [];
  let rest: RestPattern | null = null;
  const span = delimited(p, close, what, () => {
    if (rest !== null) restMustBeLast(p, rest);
    if (peek(p).kind === "...") rest = parseRest(p);
    else items.push(parsePattern(p));
  });
  return { items, rest, span };
}

function parseTuplePattern(p: State): TuplePattern {
  const { items, rest, span } = parseSeqPattern(p, ")", "a tuple pattern");
  return { kind: "ptuple", items, rest, span };
}

function parseDictPattern(p: State): Pattern {
  const entries: DictPatternEntry[] = [];
  let rest: RestPattern | null = null;
  const what = "a dict pattern";
  const span = delimited(p, "}", what, () => {
    if (rest !== null) restMustBeLast(p, rest);
    const t = peek(p);
    if (t.kind === "...") {
      rest = parseRest(p);
    } else if (t.kind === "keyword") {
      next(p);
      const v = peek(p);
      if (v.kind === "," || v.kind === "newline" || v.kind === "}" || v.kind === "eof") {
        fail(p, `expected a pattern after \`:${t.value}\` in ${what}, found ${describe(p, v)}`);
      }
      const pattern = parsePattern(p);
      entries.push({ key: t.value, pattern, span: spanFrom(p, t.span.start) });
    } else if (t.kind === "word") {
      lowerName(p, t, "a name");
      next(p);
      const pattern = typed(p, { kind: "pword", name: t.value, span: t.span });
      entries.push({ key: t.value, pattern, span: spanFrom(p, t.span.start) });
    } else {
      nameError(p, `\`:key pattern\`, a name or \`...rest\` in ${what}`);
    }
  });
  return { kind: "pdict", entries, rest, span };
}
