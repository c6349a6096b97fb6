/**
 * A small printer from the syntax tree (`lib/syntax/ast.ts`) back to Ludus source, for
 * the fuzzers: random well-formed trees are printed and fed to the whole
 * pipeline. Spans are ignored.
 *
 * The printer aims at text the parser reads back as the same tree, with one
 * exception: a compound expression used as a step of `do` is wrapped in a block
 * `{ … }`, since `do` would otherwise swallow the `>` steps after it. So
 * `print(parse(print(tree))) === print(tree)` holds for every tree the printer
 * accepts (the fuzz test checks it).
 *
 * @module
 */

import type {
  ArgsExpr,
  DictEntry,
  Expr,
  FnClause,
  Interpolation,
  MatchClause,
  Pattern,
  RestPattern,
  SplatExpr,
  WhenClause,
} from "../../lib/syntax/ast.ts";

/** Print a script: its toplevel expressions, one per line. */
export function printScript(exprs: readonly Expr[]): string {
  return exprs.map((e) => printExpr(e, "")).join("\n") + "\n";
}

/** Print a number as a Ludus literal (`1_000` for round thousands, to exercise `_`). */
export function printNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot print ${n} as a Ludus number`);
  if (Object.is(n, -0)) return "-0";
  let s = String(n);
  if (/e/i.test(s)) s = n.toFixed(20).replace(/\.?0+$/, "");
  if (Number.isInteger(n) && Math.abs(n) >= 1000 && n % 1000 === 0) {
    // 1_000, -12_000: only for multiples of 1,000 so that both forms appear.
    const neg = n < 0;
    const digits = String(Math.abs(n));
    const groups: string[] = [];
    for (let i = digits.length; i > 0; i -= 3) groups.unshift(digits.slice(Math.max(0, i - 3), i));
    s = (neg ? "-" : "") + groups.join("_");
  }
  return s;
}

/** Escape literal text for a string literal. */
export function escapeText(s: string): string {
  let out = "";
  for (const c of s) {
    switch (c) {
      case "\\":
        out += "\\\\";
        break;
      case '"':
        out += '\\"';
        break;
      case "{":
        out += "\\{";
        break;
      case "\n":
        out += "\\n";
        break;
      case "\t":
        out += "\\t";
        break;
      default:
        out += c;
    }
  }
  return out;
}

function printString(parts: readonly (string | Interpolation)[]): string {
  let out = '"';
  for (const p of parts) out += typeof p === "string" ? escapeText(p) : `{${p.name}}`;
  return out + '"';
}

/** Expressions that can stand as a step of `do` without a wrapping block. */
function isAtomic(e: Expr): boolean {
  switch (e.kind) {
    case "nil":
    case "bool":
    case "number":
    case "string":
    case "keyword":
    case "word":
    case "placeholder":
    case "tuple":
    case "list":
    case "set":
    case "dict":
    case "synthetic":
    case "block":
      return true;
    default:
      return false;
  }
}

function printArgs(a: ArgsExpr | { items: readonly Expr[] }, ind: string): string {
  return `(${a.items.map((x) => printExpr(x, ind)).join(", ")})`;
}

function printItem(x: Expr | SplatExpr, ind: string): string {
  return x.kind === "splat" ? `...${x.value.name}` : printExpr(x, ind);
}

function printEntry(x: DictEntry | SplatExpr, ind: string): string {
  return x.kind === "splat" ? `...${x.value.name}` : `:${x.key} ${printExpr(x.value, ind)}`;
}

function printBody(exprs: readonly Expr[], ind: string): string {
  const inner = ind + "  ";
  return `{\n${exprs.map((e) => inner + printExpr(e, inner)).join("\n")}\n${ind}}`;
}

function printRest(r: RestPattern): string {
  return r.name === null ? "..." : `...${r.name}`;
}

function printSeq(
  open: string,
  close: string,
  items: readonly Pattern[],
  rest: RestPattern | null,
) {
  const parts = items.map(printPattern);
  if (rest) parts.push(printRest(rest));
  return `${open}${parts.join(", ")}${close}`;
}

/** Print a pattern. */
export function printPattern(p: Pattern): string {
  switch (p.kind) {
    case "pwild":
      return "_";
    case "pignored":
    case "pword":
      return p.name;
    case "pliteral": {
      const v = p.value;
      if (v === null) return "nil";
      if (typeof v === "boolean") return String(v);
      if (typeof v === "number") return printNumber(v);
      if (typeof v === "string") return printString([v]);
      return `:${v.keyword}`;
    }
    case "ptuple":
      return printSeq("(", ")", p.items, p.rest);
    case "plist":
      return printSeq("[", "]", p.items, p.rest);
    case "pdict": {
      const parts = p.entries.map((e) => `:${e.key} ${printPattern(e.pattern)}`);
      if (p.rest) parts.push(printRest(p.rest));
      return `#{${parts.join(", ")}}`;
    }
    case "ptyped":
      return `${printPattern(p.inner)} as :${p.type}`;
  }
}

function printFnClause(c: FnClause, ind: string): string {
  const guard = c.guard ? ` if ${printExpr(c.guard, ind)}` : "";
  return `${printPattern(c.params)}${guard} -> ${printExpr(c.body, ind)}`;
}

function printMatchClause(c: MatchClause, ind: string): string {
  const guard = c.guard ? ` if ${printExpr(c.guard, ind)}` : "";
  return `${printPattern(c.pattern)}${guard} -> ${printExpr(c.body, ind)}`;
}

function printWhenClause(c: WhenClause, ind: string): string {
  return `${c.test ? printExpr(c.test, ind) : "else"} -> ${printExpr(c.body, ind)}`;
}

function clauses<C>(cs: readonly C[], ind: string, one: (c: C, ind: string) => string): string {
  const inner = ind + "  ";
  return `{\n${cs.map((c) => inner + one(c, inner)).join("\n")}\n${ind}}`;
}

/** Print an expression; `ind` is the indentation of the line it starts on. */
export function printExpr(e: Expr, ind = ""): string {
  switch (e.kind) {
    case "nil":
      return "nil";
    case "bool":
      return String(e.value);
    case "number":
      return printNumber(e.value);
    case "string":
      return printString(e.parts);
    case "keyword":
      return `:${e.name}`;
    case "word":
      return e.name;
    case "placeholder":
      return "_";
    case "tuple":
      return printArgs(e, ind);
    case "list":
      return `[${e.items.map((x) => printItem(x, ind)).join(", ")}]`;
    case "set":
      return `\${${e.items.map((x) => printItem(x, ind)).join(", ")}}`;
    case "dict":
      return `#{${e.entries.map((x) => printEntry(x, ind)).join(", ")}}`;
    case "synthetic": {
      let out = printExpr(e.root, ind);
      for (const t of e.tail) out += t.kind === "keyword" ? ` :${t.name}` : ` ${printArgs(t, ind)}`;
      return out;
    }
    case "let":
      return `let ${printPattern(e.pattern)} = ${printExpr(e.value, ind)}`;
    case "block":
      return printBody(e.exprs, ind);
    case "if":
      return `if ${printExpr(e.cond, ind)} then ${printExpr(e.then, ind)} else ${
        printExpr(e.else, ind)
      }`;
    case "iflet":
      return `if let ${printPattern(e.pattern)} = ${printExpr(e.value, ind)} then ${
        printExpr(e.then, ind)
      } else ${printExpr(e.else, ind)}`;
    case "when":
      return `when ${clauses(e.clauses, ind, printWhenClause)}`;
    case "match":
      return `match ${printExpr(e.value, ind)} with ${clauses(e.clauses, ind, printMatchClause)}`;
    case "receive":
      return `receive ${clauses(e.clauses, ind, printMatchClause)}`;
    case "fn": {
      const head = e.name === null ? "fn" : `fn ${e.name}`;
      if (e.clauses.length === 1 && e.doc === null) {
        return `${head} ${printFnClause(e.clauses[0], ind)}`;
      }
      const inner = ind + "  ";
      const lines = e.doc === null ? [] : [inner + printString([e.doc])];
      for (const c of e.clauses) lines.push(inner + printFnClause(c, inner));
      return `${head} {\n${lines.join("\n")}\n${ind}}`;
    }
    case "fndecl":
      return `fn ${e.name}`;
    case "do": {
      // A loop and no helpers: the deep nests of the generator (1,050 levels)
      // must print within the JS stack, and each level costs frames.
      const inner = ind + "  ";
      const parts: string[] = [];
      for (const x of [e.first, ...e.steps]) {
        parts.push(isAtomic(x) ? printExpr(x, ind) : `{\n${inner}${printExpr(x, inner)}\n${ind}}`);
      }
      return `do ${parts.join(" > ")}`;
    }
    case "loop":
      return `loop ${printArgs(e.args, ind)} with ${clauses(e.clauses, ind, printFnClause)}`;
    case "recur":
      return `recur ${printArgs(e.args, ind)}`;
    case "repeat":
      return `repeat ${printExpr(e.count, ind)} ${printExpr(e.body, ind)}`;
    case "box":
      return `box ${e.name} = ${printExpr(e.value, ind)}`;
    case "pkg":
      return `pkg ${e.name} {${e.entries.map((x) => printEntry(x, ind)).join(", ")}}`;
    case "import":
      return `import ${printString([e.path])} as ${e.name}`;
    case "test":
      return `test ${printString([e.name])} ${printExpr(e.body, ind)}`;
    case "panic":
      return `panic! ${printExpr(e.value, ind)}`;
  }
}
