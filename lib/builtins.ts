/**
 * The host primitives: the small set of functions written in TypeScript that the
 * prelude (`std/prelude.ld`) builds everything else on. The prelude reaches them
 * as `base :name (args)`; user code never sees `base` directly.
 *
 * Primitives trust the prelude to have checked argument types with typed clauses,
 * but still panic with a plain message rather than throw a host exception when
 * given something odd. Long-running ones (joining, slicing, sorting big
 * collections) charge extra reductions in proportion to their work
 * (`ctx.charge`). A primitive that must wait (sleep, receive an import) returns
 * {@linkcode SUSPEND} after setting the process status.
 *
 * @module
 */

import type { Process } from "./process.ts";
import { display, show } from "./show.ts";
import { collectionLimit, panic, stringLimit } from "./vm.ts";
import { LIMITS } from "./limits.ts";
import type { FnProto } from "./chunk.ts";
import {
  Builtin,
  type BuiltinImpl,
  Closure,
  Dict,
  EMPTY_DICT,
  EMPTY_SET,
  equals,
  Keyword,
  keyword,
  KW,
  LBox,
  LSet,
  Partial,
  Pid,
  Pkg,
  PVector,
  Tuple,
  typeOf,
  type Value,
} from "./values.ts";

type Ctx = Process;

/** Charge one extra reduction per this many elements of work. */
const WORK_PER_REDUCTION = 32;

function charge(ctx: Ctx, n: number): void {
  if (n > WORK_PER_REDUCTION) ctx.charge += (n / WORK_PER_REDUCTION) | 0;
}

function num(v: Value, fn: string): number {
  if (typeof v !== "number") panic(`\`${fn}\` needs a number, but got ${show(v)}`);
  return v;
}

function str(v: Value, fn: string): string {
  if (typeof v !== "string") panic(`\`${fn}\` needs a string, but got ${show(v)}`);
  return v;
}

function list(v: Value, fn: string): PVector<Value> {
  if (!(v instanceof PVector)) panic(`\`${fn}\` needs a list, but got ${show(v)}`);
  return v;
}

function dict(v: Value, fn: string): Dict {
  if (v instanceof Pkg) return v.dict;
  if (!(v instanceof Dict)) panic(`\`${fn}\` needs a dict, but got ${show(v)}`);
  return v;
}

function kw(v: Value, fn: string): Keyword {
  if (!(v instanceof Keyword)) panic(`\`${fn}\` needs a keyword, but got ${show(v)}`);
  return v;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** The characters (code points) of a string. */
export function codePoints(s: string): string[] {
  return SURROGATE.test(s) ? Array.from(s) : s.split("");
}

/** Number of characters (code points). */
export function stringLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Elements of an ordered collection (list or tuple) as an array. */
function seq(v: Value, fn: string): Value[] {
  if (v instanceof PVector) return v.toArray();
  if (v instanceof Tuple) return v.items;
  panic(`\`${fn}\` needs a list or a tuple, but got ${show(v)}`);
}

/** Natural order for `sort`: numbers, strings and keywords, each among their own kind. */
export function compareValues(a: Value, b: Value): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof Keyword && b instanceof Keyword) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  }
  panic(
    `\`sort\` can only compare numbers with numbers, strings with strings and keywords with keywords, not ${
      show(a)
    } with ${show(b)}`,
  );
}

const PUNCTUATION = /[\p{P}\p{S}]/gu;

/** A documentation string for a function: name, docstring and clauses. */
export function docOf(f: Value): string {
  if (f instanceof Closure) {
    const p = f.proto as FnProto;
    const lines = [p.name ?? "fn anonymous"];
    if (p.clauses.length > 0) lines.push(p.clauses.join("\n"));
    lines.push(p.doc ?? "No documentation available.");
    return lines.join("\n");
  }
  if (f instanceof Builtin) return `${f.name}\n${f.doc || "A built-in function."}`;
  if (f instanceof Partial) return `${docOf(f.fn)}\n(partially applied)`;
  return `${show(f)} is not a function: no documentation`;
}

/** Mulberry32: a small seeded PRNG, so a seed gives the same run every time. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function b(
  table: Map<string, Builtin>,
  name: string,
  arities: number[],
  impl: BuiltinImpl,
  doc = "",
): void {
  table.set(name, new Builtin(name, arities, impl, doc));
}

/**
 * Build the table of host primitives (the prelude's `base`).
 *
 * @example Usage
 * ```ts
 * import { basePrimitives } from "./builtins.ts";
 * console.assert(basePrimitives().has("add"));
 * ```
 */
export function basePrimitives(): Map<string, Builtin> {
  const t = new Map<string, Builtin>();

  // --- values
  b(t, "type", [1], ([x]) => typeOf(x));
  b(t, "eq?", [2], ([x, y]) => equals(x, y));
  b(t, "show", [1], ([x], ctx) => {
    const s = show(x);
    charge(ctx, s.length);
    return s;
  });
  b(t, "string", [1], ([x]) => display(x));
  b(t, "doc", [1], ([f]) => docOf(f));
  b(t, "fn_name", [1], ([f]) => {
    if (f instanceof Closure) return (f.proto as FnProto).name;
    if (f instanceof Builtin) return f.name;
    return null;
  });

  // --- numbers
  b(t, "add", [2], ([x, y]) => num(x, "add") + num(y, "add"));
  b(t, "sub", [2], ([x, y]) => num(x, "sub") - num(y, "sub"));
  b(t, "mult", [2], ([x, y]) => num(x, "mult") * num(y, "mult"));
  b(t, "div", [2], ([x, y]) => {
    if (num(y, "div") === 0) panic("division by zero");
    return num(x, "div") / (y as number);
  });
  b(t, "mod", [2], ([x, y]) => {
    const a = num(x, "mod"), m = num(y, "mod");
    if (m === 0) panic("division by zero in `mod`");
    return a - m * Math.floor(a / m);
  });
  b(t, "pow", [2], ([x, y]) => Math.pow(num(x, "pow"), num(y, "pow")));
  b(t, "floor", [1], ([x]) => Math.floor(num(x, "floor")));
  b(t, "ceil", [1], ([x]) => Math.ceil(num(x, "ceil")));
  b(t, "round", [1], ([x]) => Math.round(num(x, "round")));
  b(t, "trunc", [1], ([x]) => Math.trunc(num(x, "trunc")));
  b(t, "sqrt", [1], ([x]) => Math.sqrt(num(x, "sqrt")));
  b(t, "abs", [1], ([x]) => Math.abs(num(x, "abs")));
  b(t, "sin", [1], ([x]) => Math.sin(num(x, "sin")));
  b(t, "cos", [1], ([x]) => Math.cos(num(x, "cos")));
  b(t, "tan", [1], ([x]) => Math.tan(num(x, "tan")));
  b(t, "atan/2", [2], ([y, x]) => Math.atan2(num(y, "atan/2"), num(x, "atan/2")));
  b(t, "lt?", [2], ([x, y]) => num(x, "lt?") < num(y, "lt?"));
  b(t, "gt?", [2], ([x, y]) => num(x, "gt?") > num(y, "gt?"));
  b(t, "lte?", [2], ([x, y]) => num(x, "lte?") <= num(y, "lte?"));
  b(t, "gte?", [2], ([x, y]) => num(x, "gte?") >= num(y, "gte?"));
  b(t, "random", [0], (_, ctx) => ctx.sched.random());
  b(t, "to_number", [1], ([s]) => {
    const text = str(s, "to_number").trim().replace(/_/g, "");
    if (!/^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
    return Number(text);
  });
  b(t, "int?", [1], ([x]) => typeof x === "number" && Number.isInteger(x));

  // --- collections
  b(t, "count", [1], ([c]) => {
    if (c instanceof PVector) return c.size;
    if (c instanceof Tuple) return c.items.length;
    if (typeof c === "string") return stringLength(c);
    if (c instanceof Dict) return c.map.size;
    if (c instanceof LSet) return c.map.size;
    if (c instanceof Pkg) return c.dict.map.size;
    panic(`\`count\` needs a collection or a string, but got ${show(c)}`);
  });
  b(t, "at", [2], ([c, i]) => {
    const n = num(i, "at");
    if (!Number.isInteger(n)) return null;
    if (c instanceof PVector) return c.get(n) ?? null;
    if (c instanceof Tuple) return c.items[n] ?? null;
    if (typeof c === "string") {
      if (!SURROGATE.test(c)) return n >= 0 && n < c.length ? c[n] : null;
      return codePoints(c)[n] ?? null;
    }
    panic(`\`at\` needs a list, a tuple or a string, but got ${show(c)}`);
  });
  b(t, "append", [2], ([xs, x]) => {
    const l = list(xs, "append");
    if (l.size >= LIMITS.maxCollectionSize) throw collectionLimit();
    return l.append(x);
  });
  b(t, "prepend", [2], ([xs, x]) => list(xs, "prepend").prepend(x));
  b(t, "concat", [2], ([a, c], ctx) => {
    if (typeof a === "string" && typeof c === "string") {
      if (a.length + c.length > LIMITS.maxStringLength) throw stringLimit();
      charge(ctx, (a.length + c.length) >> 4);
      return a + c;
    }
    if (a instanceof PVector && c instanceof PVector) {
      if (a.size + c.size > LIMITS.maxCollectionSize) throw collectionLimit();
      charge(ctx, c.size);
      return a.concat(c);
    }
    if (a instanceof LSet && c instanceof LSet) {
      charge(ctx, c.map.size);
      let s = a;
      for (const x of c.map.keys()) s = s.add(x);
      return s;
    }
    panic(`\`concat\` needs two lists, two strings or two sets, but got ${show(a)} and ${show(c)}`);
  });
  b(t, "slice", [3], ([c, s, e], ctx) => {
    const start = num(s, "slice"), end = num(e, "slice");
    if (c instanceof PVector) return c.slice(Math.max(0, start), Math.max(start, end));
    if (c instanceof Tuple) {
      charge(ctx, end - start);
      return PVector.from<Value>(c.items.slice(start, end));
    }
    if (typeof c === "string") {
      charge(ctx, (end - start) >> 4);
      return SURROGATE.test(c) ? codePoints(c).slice(start, end).join("") : c.slice(start, end);
    }
    panic(`\`slice\` needs a list, a tuple or a string, but got ${show(c)}`);
  });
  b(t, "rest", [1], ([c]) => {
    if (c instanceof PVector) return c.rest();
    if (c instanceof Tuple) return PVector.from<Value>(c.items.slice(1));
    panic(`\`rest\` needs a list or a tuple, but got ${show(c)}`);
  });
  b(t, "to_list", [1], ([c], ctx) => {
    if (c instanceof PVector) return c;
    if (c instanceof Tuple) return PVector.from<Value>(c.items);
    if (c instanceof LSet) {
      charge(ctx, c.map.size);
      return PVector.from<Value>(c.map.keysArray());
    }
    if (c instanceof Dict || c instanceof Pkg) {
      const d = c instanceof Pkg ? c.dict : c;
      charge(ctx, d.map.size);
      const out: Value[] = [];
      d.map.each((v, k) => out.push(new Tuple([k, v])));
      return PVector.from<Value>(out);
    }
    if (typeof c === "string") return PVector.from<Value>(codePoints(c));
    return PVector.from<Value>([c]);
  });
  b(t, "to_tuple", [1], ([c]) => new Tuple(seq(c, "tuple").slice()));
  b(t, "to_set", [1], ([c], ctx) => {
    const items = c instanceof LSet ? c.map.keysArray() : seq(c, "set");
    charge(ctx, items.length);
    let s = EMPTY_SET;
    for (const x of items) s = s.add(x);
    return s;
  });
  b(t, "to_dict", [1], ([c], ctx) => {
    if (c instanceof Dict) return c;
    if (c instanceof Pkg) return c.dict;
    const items = seq(c, "dict");
    charge(ctx, items.length);
    let d = EMPTY_DICT;
    for (const p of items) {
      if (!(p instanceof Tuple) || p.items.length !== 2 || !(p.items[0] instanceof Keyword)) {
        panic(`\`dict\` needs (key, value) pairs with keyword keys, but got ${show(p)}`);
      }
      d = d.set(p.items[0] as Keyword, p.items[1]);
    }
    return d;
  });
  b(t, "set_add", [2], ([s, x]) => (s as LSet).add(x));
  b(t, "set_delete", [2], ([s, x]) => (s as LSet).delete(x));
  b(t, "set_has?", [2], ([s, x]) => (s as LSet).has(x));
  b(t, "list_has?", [2], ([xs, x], ctx) => {
    const items = seq(xs, "contains?");
    charge(ctx, items.length);
    for (const y of items) if (equals(x, y)) return true;
    return false;
  });
  b(t, "keys", [1], ([d]) => PVector.from<Value>(dict(d, "keys").map.keysArray()));
  b(t, "values", [1], ([d]) => PVector.from<Value>(dict(d, "values").map.valuesArray()));
  b(t, "get", [2], ([d, k]) => {
    if (d instanceof Dict) return d.get(kw(k, "get"));
    if (d instanceof Pkg) return d.dict.get(kw(k, "get"));
    return null;
  });
  b(t, "assoc", [3], ([d, k, v]) => dict(d, "assoc").set(kw(k, "assoc"), v));
  b(t, "dissoc", [2], ([d, k]) => dict(d, "dissoc").delete(kw(k, "dissoc")));
  b(t, "has?", [2], ([d, k]) => {
    if (d instanceof Dict) return d.map.has(kw(k, "has?"));
    if (d instanceof Pkg) return d.dict.map.has(kw(k, "has?"));
    return false;
  });
  b(t, "range", [3], ([s, e, st], ctx) => {
    const start = num(s, "range"), end = num(e, "range"), step = num(st, "range");
    if (step === 0) panic("`range` needs a step that is not 0");
    if (Math.ceil((end - start) / step) > LIMITS.maxCollectionSize) throw collectionLimit();
    const out: number[] = [];
    if (step > 0) { for (let i = start; i < end; i += step) out.push(i); }
    else for (let i = start; i > end; i += step) out.push(i);
    charge(ctx, out.length);
    return PVector.from<Value>(out);
  });
  b(t, "reverse", [1], ([c], ctx) => {
    if (typeof c === "string") return codePoints(c).reverse().join("");
    const items = seq(c, "reverse").slice().reverse();
    charge(ctx, items.length);
    return PVector.from<Value>(items);
  });
  b(t, "sort", [1], ([c], ctx) => {
    const items = seq(c, "sort").slice();
    charge(ctx, items.length * Math.max(1, Math.log2(items.length + 1)));
    items.sort(compareValues);
    return PVector.from<Value>(items);
  });

  // --- strings
  b(t, "chars", [1], ([s], ctx) => {
    const cs = codePoints(str(s, "chars"));
    charge(ctx, cs.length);
    return PVector.from<Value>(cs);
  });
  b(t, "split", [2], ([s, sep], ctx) => {
    const text = str(s, "split"), by = str(sep, "split");
    // An empty separator splits into characters (code points, not UTF-16 units).
    const parts = by === "" ? codePoints(text) : text.split(by);
    charge(ctx, parts.length);
    return PVector.from<Value>(parts);
  });
  b(t, "join", [2], ([xs, sep], ctx) => {
    const items = seq(xs, "join");
    charge(ctx, items.length);
    const parts = items.map(display);
    const sepText = str(sep, "join");
    let total = sepText.length * Math.max(0, parts.length - 1);
    for (const p of parts) total += p.length;
    if (total > LIMITS.maxStringLength) throw stringLimit();
    return parts.join(sepText);
  });
  b(t, "trim", [1], ([s]) => str(s, "trim").trim());
  b(t, "upcase", [1], ([s]) => str(s, "upcase").toUpperCase());
  b(t, "downcase", [1], ([s]) => str(s, "downcase").toLowerCase());
  b(t, "strip", [1], ([s]) => str(s, "strip").replace(PUNCTUATION, ""));
  b(t, "words", [1], ([s], ctx) => {
    const ws = str(s, "words").replace(PUNCTUATION, " ").split(/\s+/).filter((w) => w !== "");
    charge(ctx, ws.length);
    return PVector.from<Value>(ws);
  });
  b(t, "index_of", [2], ([s, x]) => {
    const text = str(s, "index_of");
    const i = text.indexOf(str(x, "index_of"));
    if (i < 0) return null;
    // Strings count characters (code points), as `at` and `slice` do.
    return SURROGATE.test(text) ? stringLength(text.slice(0, i)) : i;
  });
  b(t, "pad_start", [3], ([s, n, c]) => display(s).padStart(num(n, "pad"), str(c, "pad")));
  b(t, "pad_end", [3], ([s, n, c]) => display(s).padEnd(num(n, "pad"), str(c, "pad")));

  // --- console
  b(t, "print!", [1], ([xs], ctx) => {
    const items = seq(xs, "print!");
    ctx.sched.print(ctx, items.map(display).join(" "));
    return KW.ok;
  });

  // --- boxes
  b(t, "unbox", [1], ([x], ctx) => {
    if (!(x instanceof LBox)) panic(`\`unbox\` needs a box, but got ${show(x)}`);
    return ctx.sched.unbox(ctx, x);
  });
  b(t, "store!", [2], ([x, v], ctx) => {
    if (!(x instanceof LBox)) panic(`\`store!\` needs a box, but got ${show(x)}`);
    return ctx.sched.store(ctx, x, v);
  });

  // --- processes
  b(t, "self", [0], (_, ctx) => ctx.pid);
  b(t, "spawn!", [1], ([f], ctx) => ctx.sched.spawnFrom(ctx, f));
  b(t, "send!", [2], ([p, msg], ctx) => {
    if (!(p instanceof Pid) && !(p instanceof LBox)) {
      panic(`\`send!\` needs a pid to send to, but got ${show(p)}`);
    }
    ctx.sched.send(ctx, p, msg);
    return msg;
  });
  b(t, "link!", [1], ([p], ctx) => ctx.sched.link(ctx, pidArg(p, "link!")));
  b(t, "monitor!", [1], ([p], ctx) => ctx.sched.monitor(ctx, pidArg(p, "monitor!")));
  b(t, "sleep!", [1], ([ms], ctx) => {
    const n = num(ms, "sleep!");
    if (!Number.isFinite(n)) {
      panic(`\`sleep!\` needs a finite number of milliseconds, not ${show(ms)}`);
    }
    return ctx.sched.sleep(ctx, n);
  });
  b(t, "yield!", [0], (_, ctx) => ctx.sched.yieldNow(ctx));
  b(t, "alive?", [1], ([p]) => {
    const proc = pidArg(p, "alive?").proc as Process | null;
    return proc !== null && proc.alive;
  });
  b(t, "name!", [1], ([s], ctx) => {
    ctx.name = display(s);
    return ctx.pid;
  });
  b(t, "budget", [0], (_, ctx) => ctx.sched.budget);
  b(t, "exit_of", [1], ([p]) => {
    const pid = pidArg(p, "await!");
    const f = pid.final;
    if (f === null) return null;
    return f.status === "done"
      ? new Tuple([KW.ok, f.result])
      : new Tuple([KW.err, f.message ?? "panicked"]);
  });

  return t;
}

function pidArg(p: Value, fn: string): Pid {
  if (p instanceof Pid) return p;
  if (p instanceof LBox && p.proc) return p.proc.pid;
  panic(`\`${fn}\` needs a pid, but got ${show(p)}`);
}

/** Wrap the primitives as the prelude's `base` dict. */
export function baseDict(prims: Map<string, Builtin>): Dict {
  let d = EMPTY_DICT;
  for (const [name, f] of prims) d = d.set(keyword(name), f);
  return d;
}
