/**
 * Hints for the panics a learner meets most: a value that no pattern took.
 * The patterns' own text (what the panic lists) is read: each parameter is a
 * name, `name as :type`, a literal or a nested pattern; a clause may end in a
 * splat or have a guard.
 *
 * - A call no clause takes ({@link noClauseHint}): no clause takes that many
 *   arguments; the two arguments are the wrong way round (`get (d, :a)`); a
 *   box was passed where its value was meant (`inc (b)`); or one argument is of
 *   a kind no clause takes in its place (`count (5)`). A `loop` is read the
 *   same way.
 * - A `let` ({@link patternHint}): a tuple pattern for a list, how many items,
 *   which item, which key.
 * - A `match` ({@link matchHint}): every clause wants another kind of value.
 *
 * What the text leaves open (inside a nested pattern, a guard) gives no hint
 * rather than a wrong one.
 *
 * @module
 */

import { show } from "../values/show.ts";
import { Dict, Keyword, keyword, type List, Tuple, typeOf, type Value } from "../values/values.ts";
import { LBox } from "./process.ts";

/**
 * The hint for a call of `name` with `args` that no clause matched, or null.
 *
 * @example Usage
 * ```ts
 * import { noClauseHint } from "./hints.ts";
 * import { keyword } from "../values/values.ts";
 * const clauses = ["(key as :keyword, d)"];
 * console.assert(noClauseHint("get", clauses, [1, keyword("a")])?.startsWith("the two") === true);
 * console.assert(noClauseHint("get", clauses, [1, 2])?.includes("takes a :keyword") === true);
 * console.assert(noClauseHint("get", clauses, [keyword("a"), 2]) === null);
 * ```
 */
export function noClauseHint(
  name: string | null,
  clauses: string[],
  args: Value[],
  anonymous = "this function",
): string | null {
  const who = fnWho(name, anonymous);
  return arityHint(who, clauses, args) ??
    (name === null ? null : swappedArgsHint(name, clauses, args)) ??
    unboxHint(clauses, args) ?? positionHint(who, clauses, args);
}

/**
 * How a function is named in a sentence: `` `f` ``, or "this function" for a
 * lambda (or what `anonymous` says: "this loop").
 */
export function fnWho(name: string | null, anonymous = "this function"): string {
  return name === null ? anonymous : `\`${name}\``;
}

/**
 * The hint when no clause takes that many arguments, or null. `who` names the
 * function in the sentence ({@link fnWho}).
 */
export function arityHint(who: string, clauses: string[], args: Value[]): string | null {
  const shapes = clauses.map(parseClause);
  if (shapes.some((s) => s === null) || shapes.some((s) => fits(s!, args.length))) return null;
  const exact = new Set<number>(), atLeast: number[] = [];
  for (const s of shapes as ClauseShape[]) {
    if (s.splat) atLeast.push(s.params.length - 1);
    else exact.add(s.params.length);
  }
  const counts = [...exact].sort((a, b) => a - b).map(String);
  if (atLeast.length > 0) counts.push(`${Math.min(...atLeast)} or more`);
  const only = counts.length === 1 ? counts[0] : null;
  const what = only === "0"
    ? "no arguments"
    : `${orList(counts)} ${only === "1" ? "argument" : "arguments"}`;
  return `${who} takes ${what}, not ${args.length}`;
}

/**
 * The hint when one argument is of a kind no clause (that takes this many
 * arguments) takes in its place, or null.
 */
export function positionHint(who: string, clauses: string[], args: Value[]): string | null {
  const shapes = clauses.map(parseClause);
  if (shapes.some((s) => s === null)) return null;
  const fitting = (shapes as ClauseShape[]).filter((s) => fits(s, args.length));
  if (fitting.length === 0) return null;
  for (let i = 0; i < args.length; i++) {
    const wanted: string[] = [];
    let open = false;
    for (const s of fitting) {
      const p = s.splat && i >= s.params.length - 1 ? null : s.params[i];
      if (p === null || paramAccepts(p, args[i]) !== false) {
        open = true;
        break;
      }
      const w = wants(p);
      if (w === null) {
        open = true;
        break;
      }
      if (!wanted.includes(w)) wanted.push(w);
    }
    if (open) continue;
    const which = args.length === 1 ? "its argument" : `its ${ordinal(i)} argument`;
    const v = args[i];
    return `${who} takes ${orList(wanted)} as ${which}, not ${show(v, { truncate: 40 })} (a :${
      typeOf(v).name
    })`;
  }
  return null;
}

/** Can a clause of this shape take `n` arguments? */
function fits(s: ClauseShape, n: number): boolean {
  return s.splat ? n >= s.params.length - 1 : n === s.params.length;
}

/** What a parameter that rejects some values takes, in words, or null. */
function wants(param: string): string | null {
  const typed = TYPED.exec(param);
  if (typed) return `a :${typed[1]}`;
  if (LITERAL.test(param)) return param;
  const kind = patternKind(param);
  return kind === null ? null : `a :${kind}`;
}

/** `a`, `a or b`, `a, b or c`. */
function orList(items: string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];

function ordinal(i: number): string {
  return ORDINALS[i] ?? `${i + 1}th`;
}

/** The hint when the two arguments swapped would match, or null. */
export function swappedArgsHint(name: string, clauses: string[], args: Value[]): string | null {
  if (args.length !== 2) return null;
  const swapped = [args[1], args[0]];
  if (!clauses.some((c) => accepts(c, swapped) === true)) return null;
  const brief = (v: Value) => show(v, { truncate: 40 });
  return `the two arguments may be the wrong way round: try ${name} (${brief(swapped[0])}, ${
    brief(swapped[1])
  })`;
}

/** The hint when the arguments with boxes replaced by their values would match, or null. */
export function unboxHint(clauses: string[], args: Value[]): string | null {
  const box = args.find((a) => a instanceof LBox) as LBox | undefined;
  if (box === undefined) return null;
  const unboxed = args.map((a) => a instanceof LBox ? a.value : a);
  if (!clauses.some((c) => accepts(c, unboxed) === true)) return null;
  return `\`${box.name}\` is a box, not the ${typeOf(box.value).name} it holds: ` +
    `\`unbox (${box.name})\` is its value`;
}

/**
 * Does the clause whose parameter text is `clause` take `args`? True or false
 * when that is certain from the text, null when it is not (a guard, the inside
 * of a nested pattern, a string).
 */
export function accepts(clause: string, args: Value[]): boolean | null {
  const shape = parseClause(clause);
  if (shape === null) return null;
  const { params, splat } = shape;
  const fixed = splat ? params.length - 1 : params.length;
  if (splat ? args.length < fixed : args.length !== fixed) return false;
  let result: boolean | null = shape.guarded || splat ? null : true;
  for (let i = 0; i < fixed; i++) {
    const ok = paramAccepts(params[i], args[i]);
    if (ok === false) return false;
    if (ok === null) result = null;
  }
  return result;
}

/** A clause's parameters as text, and whether it ends in a splat or has a guard. */
interface ClauseShape {
  params: string[];
  splat: boolean;
  guarded: boolean;
}

/**
 * The top-level parameters of `(a, (b, c), [d, ...e]) if f (a)`, or null if
 * the text is not a parenthesised parameter list (with at most a guard after).
 * Comments are dropped; strings are kept whole.
 */
export function parseClause(clause: string): ClauseShape | null {
  return parseBracketed(clause.trim(), "(");
}

/**
 * The top-level items of a bracketed text that starts with `open` (`(`, `[` or
 * `#{`), as {@link parseClause} reads a clause; null if it is anything else.
 */
function parseBracketed(text: string, open: "(" | "[" | "#{"): ClauseShape | null {
  if (!text.startsWith(open)) return null;
  const items: string[] = [];
  let depth = 0, part = "", end = -1;
  for (let i = open.length - 1; i < text.length && end < 0; i++) {
    const c = text[i];
    if (c === '"') {
      const from = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      part += text.slice(from, i + 1);
    } else if (c === "&") {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    } else if (c === "(" || c === "[" || c === "{") {
      if (depth++ > 0) part += c;
    } else if (c === ")" || c === "]" || c === "}") {
      if (--depth === 0) end = i;
      else part += c;
    } else if (depth === 1 && (c === "," || c === "\n" || c === ";")) {
      items.push(part.trim());
      part = "";
    } else part += c;
  }
  if (end < 0) return null;
  items.push(part.trim());
  const list = items.filter((p) => p !== "");
  const rest = text.slice(end + 1).trim();
  if (rest !== "" && !/^if\b/.test(rest)) return null;
  const splat = list.length > 0 && list[list.length - 1].startsWith("...");
  if (list.slice(0, -1).some((p) => p.startsWith("..."))) return null;
  return { params: list, splat, guarded: rest !== "" };
}

/**
 * A hint for a `match` that no clause matched, or null: when every clause's
 * pattern takes another kind of value ("every clause matches a :tuple, and the
 * value is a :list"), or when all the clauses give the same
 * {@link patternHint}.
 */
export function matchHint(patterns: string[], v: Value): string | null {
  const t = typeOf(v).name;
  const heads = patterns.map((p) => p.replace(/\s+if\b[\s\S]*$/, "").trim());
  const kinds = heads.map(patternType);
  if (kinds.length > 0 && kinds.every((k) => k !== null && k !== t)) {
    const unique = [...new Set(kinds as string[])].map((k) => `a :${k}`);
    return `every clause matches ${orList(unique)}, and the value is a :${t}`;
  }
  if (heads.some((h, i) => h !== patterns[i].trim())) return null; // a guard
  const hints = heads.map((p) => patternHint(p, v));
  return hints.length > 0 && hints.every((h) => h !== null && h === hints[0]) ? hints[0] : null;
}

/** The one type of value a pattern can match, or null if it is a name (anything). */
function patternType(pattern: string): string | null {
  const typed = TYPED.exec(pattern);
  if (typed) return typed[1];
  if (pattern === "nil") return "nil";
  if (pattern === "true" || pattern === "false") return "boolean";
  if (LITERAL.test(pattern)) return pattern.startsWith(":") ? "keyword" : "number";
  return patternKind(pattern);
}

/**
 * A hint for a `let` whose pattern does not match its value, or null: a tuple
 * pattern for a list (or the other way round), a different number of items, an
 * item that differs, a missing key, a value of another type.
 *
 * @example Usage
 * ```ts
 * import { patternHint } from "./hints.ts";
 * import { listOf } from "../values/values.ts";
 * console.assert(patternHint("(a, b)", listOf([1, 2]))?.includes("[a, b]") === true);
 * ```
 */
export function patternHint(pattern: string, v: Value): string | null {
  const text = pattern.trim();
  const t = typeOf(v).name;
  const typed = TYPED.exec(text);
  if (typed) return typed[1] === t ? null : `the value is a :${t}, not a :${typed[1]}`;
  if (text.startsWith("#{")) {
    if (!(v instanceof Dict)) return `a pattern in #{ } matches a dict, and the value is a :${t}`;
    const shape = parseBracketed(text, "#{");
    if (shape === null) return null;
    for (const entry of shape.params) {
      const key = /^:?([a-z][a-zA-Z0-9_/?!*]*)/.exec(entry);
      if (key && !entry.startsWith("...") && v.map.get(keyword(key[1])) === undefined) {
        return `the dict has no key :${key[1]}`;
      }
    }
    return null;
  }
  const open = text.startsWith("(") ? "(" : text.startsWith("[") ? "[" : null;
  if (open === null) return null;
  const kind = open === "(" ? "tuple" : "list";
  const shape = parseBracketed(text, open);
  if (shape === null) return null;
  const inner = text.slice(1, text.lastIndexOf(open === "(" ? ")" : "]"));
  if (t !== kind) {
    const other = t === "list" ? `[${inner}]` : t === "tuple" ? `(${inner})` : null;
    return `a pattern in ${
      open === "(" ? "( )" : "[ ]"
    } matches a ${kind}, and the value is a :${t}` +
      (other === null ? "" : `: for a ${t}, write the pattern \`${other}\``);
  }
  const size = v instanceof Tuple ? v.items.length : (v as List).size;
  const item = (i: number): Value => v instanceof Tuple ? v.items[i] : (v as List).get(i)!;
  const fixed = shape.splat ? shape.params.length - 1 : shape.params.length;
  const count = (n: number) => `${n} ${n === 1 ? "item" : "items"}`;
  if (shape.splat ? size < fixed : size !== fixed) {
    return `the pattern ${shape.splat ? "needs at least" : "has"} ${
      count(fixed)
    }, and the ${kind} ${size === 0 ? "is empty" : `has ${size}`}`;
  }
  for (let i = 0; i < fixed; i++) {
    if (paramAccepts(shape.params[i], item(i)) !== false) continue;
    const w = wants(shape.params[i]);
    if (w === null) continue;
    return `the ${ordinal(i)} item of the pattern is ${w}, and the value's is ${
      show(item(i), { truncate: 40 })
    }`;
  }
  return null;
}

const NAME = /^[a-z_][a-zA-Z0-9_/?!*]*$/;
const TYPED = /^[a-z_][a-zA-Z0-9_/?!*]*\s+as\s+:([a-z]+)$/;
const LITERAL = /^(nil|true|false|:[a-zA-Z][a-zA-Z0-9_/?!*]*|-?[0-9][0-9_]*(\.[0-9_]+)?)$/;

/** Does one parameter take `v`? Null when the text leaves it open. */
function paramAccepts(param: string, v: Value): boolean | null {
  if (LITERAL.test(param)) {
    if (param === "nil") return v === null;
    if (param === "true" || param === "false") return v === (param === "true");
    if (param.startsWith(":")) return v instanceof Keyword && v.name === param.slice(1);
    return typeof v === "number" && v === Number(param.replaceAll("_", ""));
  }
  if (NAME.test(param)) return true;
  const typed = TYPED.exec(param);
  if (typed) return typeOf(v).name === typed[1];
  // A nested pattern or a string takes only values of its own kind.
  const kind = patternKind(param);
  if (kind !== null) return typeOf(v).name === kind ? null : false;
  return null;
}

/** The type a nested pattern or literal's text can only match, or null. */
function patternKind(param: string): string | null {
  if (param.startsWith("(")) return "tuple";
  if (param.startsWith("[")) return "list";
  if (param.startsWith("#{")) return "dict";
  if (param.startsWith('"')) return "string";
  return null;
}
