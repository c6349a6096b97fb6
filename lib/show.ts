/**
 * `show`: the printed form of any Ludus value, exactly as SPEC §1 gives it.
 *
 * `nil true 42 1.5 :foo "foo" (1, :a) [1, 2] #{:a 1, :b 2} ${1, 2} fn add`
 * (`fn anonymous` for a lambda), `box { 0 }`, `<pid 3>`. Nested data is walked
 * with an explicit work list, so a value nested 100,000 deep prints without
 * overflowing the host stack.
 *
 * @module
 */

import {
  Builtin,
  Closure,
  Dict,
  Keyword,
  LBox,
  LSet,
  Partial,
  Pid,
  Pkg,
  PVector,
  Tuple,
  type Value,
} from "./values.ts";
import { LIMITS } from "./limits.ts";
import { Panic } from "./errors.ts";

/** Format a number as Ludus does: integers without `.0`. */
export function showNumber(n: number): string {
  if (Object.is(n, -0)) return "0";
  if (n === Infinity) return "inf";
  if (n === -Infinity) return "-inf";
  if (Number.isNaN(n)) return "nan";
  return String(n);
}

/** Quote a string for `show`: double quotes, with `"` `\` newline and tab escaped. */
export function quoteString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') out += '\\"';
    else if (c === "\\") out += "\\\\";
    else if (c === "\n") out += "\\n";
    else if (c === "\t") out += "\\t";
    else out += c;
  }
  return out + '"';
}

/** The name a function shows with. */
export function fnName(f: Closure | Partial | Builtin): string {
  if (f instanceof Builtin) return f.name;
  if (f instanceof Partial) {
    const inner = f.fn;
    return inner instanceof Closure || inner instanceof Builtin || inner instanceof Partial
      ? fnName(inner)
      : "anonymous";
  }
  return f.proto.name ?? "anonymous";
}

type Piece = string | { v: Value } | { leave: LBox };

/** Options for {@linkcode show}. */
export interface ShowOptions {
  /** Cut the text at this many characters, ending it with " …" (for messages). */
  truncate?: number;
}

/**
 * The printed form of a value.
 *
 * A box that (through its contents) holds itself prints as `box { … }` the
 * second time. Text longer than the string size limit is a limit error, unless
 * `truncate` asks for a cut (so a value with shared parts that would print as
 * 2^40 leaves costs no more than the cut).
 *
 * @example Usage
 * ```ts
 * import { show } from "./show.ts";
 * import { keyword, Tuple } from "./values.ts";
 * console.assert(show(new Tuple([1, keyword("a")])) === "(1, :a)");
 * ```
 */
export function show(value: Value, opts: ShowOptions = {}): string {
  switch (typeof value) {
    case "number":
      return showNumber(value);
    case "string":
      return cut(quoteString(value), opts);
    case "boolean":
      return value ? "true" : "false";
  }
  if (value === null) return "nil";
  if (value instanceof Keyword) return ":" + value.name;
  const max = opts.truncate ?? LIMITS.maxStringLength;
  let out = "";
  let inBoxes: Set<LBox> | null = null;
  // A stack of pieces still to print, last first.
  const work: Piece[] = [{ v: value }];
  while (work.length > 0) {
    if (out.length > max) {
      if (opts.truncate !== undefined) return out.slice(0, max) + " …";
      throw new Panic(
        `this value is too large to show: its text would be longer than ${max} characters (the string size limit)`,
        "limit",
      );
    }
    const p = work.pop()!;
    if (typeof p === "string") {
      out += p;
      continue;
    }
    if ("leave" in p) {
      inBoxes!.delete(p.leave);
      continue;
    }
    const v = p.v;
    switch (typeof v) {
      case "number":
        out += showNumber(v);
        continue;
      case "string":
        out += quoteString(v);
        continue;
      case "boolean":
        out += v ? "true" : "false";
        continue;
    }
    if (v === null) out += "nil";
    else if (v instanceof Keyword) out += ":" + v.name;
    else if (v instanceof Tuple) pushSeq(work, "(", v.items, ")");
    else if (v instanceof PVector) pushSeq(work, "[", v.toArray(), "]");
    else if (v instanceof LSet) pushSeq(work, "${", v.map.keysArray(), "}");
    else if (v instanceof Dict) pushDict(work, "#{", v, "}");
    else if (v instanceof Pkg) pushDict(work, `pkg ${v.name} {`, v.dict, "}");
    else if (v instanceof Closure || v instanceof Partial || v instanceof Builtin) {
      out += "fn " + fnName(v);
    } else if (v instanceof LBox) {
      inBoxes ??= new Set();
      if (inBoxes.has(v)) {
        out += "box { … }"; // it holds itself
        continue;
      }
      inBoxes.add(v);
      work.push({ leave: v }, " }", { v: v.value });
      out += "box { ";
    } else if (v instanceof Pid) out += `<pid ${v.id}>`;
    else out += "<unknown>";
  }
  return opts.truncate !== undefined ? cut(out, opts) : out;
}

function cut(s: string, opts: ShowOptions): string {
  return opts.truncate !== undefined && s.length > opts.truncate
    ? s.slice(0, opts.truncate) + " …"
    : s;
}

function pushSeq(work: Piece[], open: string, items: Value[], close: string): void {
  work.push(close);
  for (let i = items.length - 1; i >= 0; i--) {
    work.push({ v: items[i] });
    if (i > 0) work.push(", ");
  }
  work.push(open);
}

function pushDict(work: Piece[], open: string, d: Dict, close: string): void {
  const keys = d.map.keysArray();
  const vals = d.map.valuesArray();
  work.push(close);
  for (let i = keys.length - 1; i >= 0; i--) {
    work.push({ v: vals[i] });
    work.push(":" + keys[i].name + " ");
    if (i > 0) work.push(", ");
  }
  work.push(open);
}

/**
 * The `string` form: strings as they are, everything else as `show` prints it.
 *
 * @example Usage
 * ```ts
 * import { display } from "./show.ts";
 * console.assert(display("hi") === "hi" && display(42) === "42");
 * ```
 */
export function display(v: Value): string {
  return typeof v === "string" ? v : show(v);
}
