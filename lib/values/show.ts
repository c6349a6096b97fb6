/**
 * `show`: the printed form of any Ludus value, exactly as SPEC §1 gives it.
 *
 * `nil true 42 1.5 :foo "foo" (1, :a) [1, 2] #{:a 1, :b 2} ${1, 2} fn add`
 * (`fn anonymous` for a lambda), `box { 0 }`, `<pid 3>`: functions, boxes and
 * pids print as their {@linkcode RuntimeValue.showName} says. Nested data is walked
 * with an explicit work list, so a value nested 100,000 deep prints without
 * overflowing the host stack.
 *
 * @module
 */

import { Dict, Keyword, LSet, Pkg, PVector, RuntimeValue, Tuple, type Value } from "./values.ts";
import { LIMITS } from "../limits.ts";
import { Panic } from "../errors/errors.ts";
import { CHUNK, finish } from "./work.ts";

/** Format a number as Ludus does: integers without `.0`. */
export function showNumber(n: number): string {
  if (Object.is(n, -0)) return "0";
  if (n === Infinity) return "inf";
  if (n === -Infinity) return "-inf";
  if (Number.isNaN(n)) return "nan";
  return String(n);
}

const ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t" };

/** Quote a string for `show`: double quotes, with `"` `\` newline and tab escaped. */
export function quoteString(s: string): string {
  return '"' + s.replace(/["\\\n\t]/g, (c) => ESCAPES[c]) + '"';
}

/**
 * What is left to print, last first: text, a value, the end of a box, or the
 * rest of a collection (walked lazily, so a huge one is never copied whole).
 */
type Piece =
  | string
  | { v: Value }
  | { leave: RuntimeValue }
  | {
    items: Iterator<Value> | Iterator<[Keyword, Value]>;
    keyed: boolean;
    more: boolean;
    close: string;
  };

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
      return cut(checkLength(quoteString(value), opts), opts);
    case "boolean":
      return value ? "true" : "false";
  }
  if (value === null) return "nil";
  if (value instanceof Keyword) return ":" + value.name;
  return finish(showJob(value, opts));
}

/**
 * Text over the string size limit is a limit error, unless `truncate` asks for
 * a cut. (Quoting doubles a string's backslashes: `show` of `show` of … grows
 * fast.)
 */
function checkLength(out: string, opts: ShowOptions): string {
  const max = opts.truncate ?? LIMITS.maxStringLength;
  if (out.length > max && opts.truncate === undefined) {
    throw new Panic(
      `this value is too large to show: its text would be longer than ${max} characters (the string size limit)`,
      "limit",
    );
  }
  return out;
}

/**
 * {@linkcode show} as a job for `work.ts`: it yields every {@linkcode CHUNK}
 * pieces printed, so showing a huge value can be spread over slices.
 *
 * @example Usage
 * ```ts
 * import { showJob } from "./show.ts";
 * import { finish } from "./work.ts";
 * import { PVector } from "./persistent/vector.ts";
 * console.assert(finish(showJob(PVector.from([1, 2]))) === "[1, 2]");
 * ```
 */
export function* showJob(value: Value, opts: ShowOptions = {}): Generator<number, string, void> {
  const max = opts.truncate ?? LIMITS.maxStringLength;
  let out = "";
  let inBoxes: Set<RuntimeValue> | null = null;
  const work: Piece[] = [{ v: value }];
  let steps = 0;
  while (work.length > 0) {
    if (out.length > max) return cut(checkLength(out, opts), opts);
    if (++steps === CHUNK) {
      yield steps;
      steps = 0;
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
    if ("items" in p) {
      const r = p.items.next();
      if (r.done) {
        out += p.close;
        continue;
      }
      if (p.more) out += ", ";
      p.more = true;
      if (p.keyed) {
        const [k, v] = r.value as [Keyword, Value];
        out += ":" + k.name + " ";
        work.push(p, { v });
      } else work.push(p, { v: r.value as Value });
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
    else if (v instanceof Tuple) out += seq(work, "(", v.items[Symbol.iterator](), ")");
    else if (v instanceof PVector) out += seq(work, "[", v[Symbol.iterator](), "]");
    else if (v instanceof LSet) out += seq(work, "${", v.map.keys(), "}");
    else if (v instanceof Dict) out += dict(work, "#{", v, "}");
    else if (v instanceof Pkg) out += dict(work, `pkg ${v.name} {`, v.dict, "}");
    else if (v instanceof RuntimeValue) {
      const inside = v.shownInside();
      if (inside === undefined) out += v.showName();
      else {
        // A box: its value inside, unless it holds itself.
        inBoxes ??= new Set();
        if (inBoxes.has(v)) {
          out += v.showName() + "… }";
          continue;
        }
        inBoxes.add(v);
        work.push({ leave: v }, " }", { v: inside });
        out += v.showName();
      }
    } else out += "<unknown>";
  }
  return cut(checkLength(out, opts), opts);
}

function cut(s: string, opts: ShowOptions): string {
  return opts.truncate !== undefined && s.length > opts.truncate
    ? s.slice(0, opts.truncate) + " …"
    : s;
}

/** Start printing a collection: its opening text now, its items lazily. */
function seq(work: Piece[], open: string, items: Iterator<Value>, close: string): string {
  work.push({ items, keyed: false, more: false, close });
  return open;
}

function dict(work: Piece[], open: string, d: Dict, close: string): string {
  work.push({ items: d.map.entries(), keyed: true, more: false, close });
  return open;
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
