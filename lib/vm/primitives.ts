/**
 * The host primitives: the small set of functions written in TypeScript that the
 * prelude (`std/prelude.ld`) builds everything else on. The prelude reaches them
 * as `base :name (args)`; user code never sees `base` directly.
 *
 * Primitives trust the prelude to have checked argument types with typed clauses,
 * but still panic with a plain message rather than throw a host exception when
 * given something odd. Long-running ones (joining, slicing, sorting big
 * collections) charge extra reductions in proportion to their work
 * (`proc.charge`). A primitive that must wait (sleep, receive an import) returns
 * {@linkcode SUSPEND} after setting the process status.
 *
 * @module
 */

import { display, show, showJob } from "../values/show.ts";
import { VectorBuilder } from "../values/persistent/vector.ts";
import { collectionLimit, panic, stringLimit } from "./debug.ts";
import { LIMITS } from "../limits.ts";
import {
  CHUNK,
  forEach,
  itemsOf,
  type Job,
  listOf,
  longEquality,
  SYNC_UNITS,
  Work,
  WORK_PER_REDUCTION,
} from "../values/work.ts";
import {
  Dict,
  dictOf,
  EMPTY_DICT,
  EMPTY_SET,
  equals,
  Keyword,
  keyword,
  KW,
  LSet,
  Pkg,
  PVector,
  Tuple,
  typeOf,
  type Value,
} from "../values/values.ts";
import { LBox, Pid, type Process, SUSPEND } from "./process.ts";
import type { TurtleCommand } from "../turtle/turtle.ts";
import { Builtin, type BuiltinImpl } from "./builtin.ts";
import { Closure, Partial } from "./callables.ts";

type Ctx = Process;

/** Charge one extra reduction per {@linkcode WORK_PER_REDUCTION} units of work done at once. */
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

/** Elements of an ordered collection (list or tuple), not copied. */
function seqOf(v: Value, fn: string): PVector<Value> | readonly Value[] {
  if (v instanceof PVector) return v;
  if (v instanceof Tuple) return v.items;
  panic(`\`${fn}\` needs a list or a tuple, but got ${show(v)}`);
}

/** Pass the characters (code points) of a string to `f`, a chunk at a time. */
function* charChunks(s: string, f: (cs: string[]) => void): Generator<number, void, void> {
  for (let i = 0; i < s.length;) {
    let end = Math.min(s.length, i + CHUNK);
    // Never cut a surrogate pair in two.
    const last = s.charCodeAt(end - 1);
    if (end < s.length && last >= 0xd800 && last <= 0xdbff) end++;
    f(codePoints(s.slice(i, end)));
    yield end - i;
    i = end;
  }
}

/** The characters of a string as a list, in chunks. */
function* charsOf(s: string): Generator<number, PVector<Value>, void> {
  if (s.length <= CHUNK) return PVector.from<Value>(codePoints(s));
  const out = new VectorBuilder<Value>();
  yield* charChunks(s, (cs) => out.pushAll(cs));
  return out.build();
}

/**
 * A stable merge sort by {@linkcode compareValues}, in chunks: blocks of
 * {@linkcode CHUNK} sorted by the host, then merged bottom-up.
 */
function* mergeSort(items: Value[]): Generator<number, Value[], void> {
  const n = items.length;
  if (n <= CHUNK) {
    items.sort(compareValues);
    yield n * Math.max(1, Math.log2(n + 1));
    return items;
  }
  // Already in order (a common case): one pass, as the host's sort would find.
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) {
    sorted = compareValues(items[i - 1], items[i]) <= 0;
    if ((i & (CHUNK - 1)) === 0) yield CHUNK;
  }
  if (sorted) return items;
  for (let i = 0; i < n; i += CHUNK) {
    const block = items.slice(i, i + CHUNK).sort(compareValues);
    for (let j = 0; j < block.length; j++) items[i + j] = block[j];
    yield block.length * 10;
  }
  let src = items, dst: Value[] = new Array(n);
  for (let width = CHUNK; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width), hi = Math.min(n, lo + 2 * width);
      let a = lo, b = mid, k = lo;
      while (k < hi) {
        dst[k++] = b >= hi || (a < mid && compareValues(src[a], src[b]) <= 0) ? src[a++] : src[b++];
        if ((k & (CHUNK - 1)) === 0) yield CHUNK;
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
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
    const p = f.proto;
    const lines = [p.name ?? "fn anonymous"];
    if (p.clauses.length > 0) lines.push(p.clauses.join("\n"));
    lines.push(p.doc ?? "No documentation available.");
    return lines.join("\n");
  }
  if (f instanceof Builtin) return `${f.name}\n${f.doc || "A built-in function."}`;
  if (f instanceof Partial) return `${docOf(f.fn)}\n(partially applied)`;
  return `${show(f)} is not a function: no documentation`;
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
 * Register a long built-in (see `work.ts`): its job runs at once up to
 * {@linkcode SYNC_UNITS} units, charged like any built-in's work; past that it
 * becomes the process's work, continued a slice at a time. `quick`, if given,
 * answers small inputs directly (a generator costs ~0.1 µs to start) and
 * returns `undefined` for the others.
 */
function long(
  table: Map<string, Builtin>,
  name: string,
  arities: number[],
  job: (args: Value[], ctx: Ctx) => Job,
  quick?: (args: Value[], ctx: Ctx) => Value | undefined,
): void {
  b(table, name, arities, (args, ctx) => {
    if (quick !== undefined) {
      const v = quick(args, ctx);
      if (v !== undefined) return v;
    }
    const j = job(args, ctx);
    let units = 0;
    for (;;) {
      const r = j.next();
      if (r.done) {
        charge(ctx, units);
        return r.value;
      }
      units += r.value;
      if (units >= SYNC_UNITS) {
        charge(ctx, units);
        ctx.work = new Work(j);
        return SUSPEND;
      }
    }
  });
}

/**
 * Build the table of host primitives (the prelude's `base`).
 *
 * @example Usage
 * ```ts
 * import { basePrimitives } from "./primitives.ts";
 * console.assert(basePrimitives().has("add"));
 * ```
 */
export function basePrimitives(): Map<string, Builtin> {
  const t = new Map<string, Builtin>();

  // --- values
  b(t, "type", [1], ([x]) => typeOf(x));
  long(t, "eq?", [2], function* ([x, y]) {
    // Only two long lists of the same size come here (see `longEquality`).
    const a = x as PVector<Value>, b = y as PVector<Value>;
    for (let i = 0; i < a.size; i += CHUNK) {
      const pa = a.slice(i, i + CHUNK).toArray(), pb = b.slice(i, i + CHUNK).toArray();
      for (let j = 0; j < pa.length; j++) if (!equals(pa[j], pb[j])) return false;
      yield pa.length;
    }
    return true;
  }, ([x, y]) => longEquality(x, y) ? undefined : equals(x, y));
  long(t, "show", [1], function* ([x]) {
    return yield* showJob(x);
  }, ([x]) => typeof x === "object" && x !== null ? undefined : show(x));
  long(t, "string", [1], function* ([x]) {
    return yield* showJob(x);
  }, ([x]) => typeof x === "object" && x !== null ? undefined : display(x));
  b(t, "doc", [1], ([f]) => docOf(f));
  b(t, "fn_name", [1], ([f]) => {
    if (f instanceof Closure) return f.proto.name;
    if (f instanceof Builtin) return f.name;
    return null;
  });

  // --- numbers
  b(t, "add", [2], ([x, y]) => num(x, "add") + num(y, "add"));
  b(t, "sub", [2], ([x, y]) => num(x, "sub") - num(y, "sub"));
  b(t, "mult", [2], ([x, y]) => num(x, "mult") * num(y, "mult"));
  b(t, "div", [2], ([x, y]) => {
    if (num(y, "div") === 0) {
      panic(
        "division by zero",
        "`div/0` gives 0 instead, and `div/safe` a result: (:ok, q) or (:err, why)",
      );
    }
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
  b(t, "random", [0], (_, ctx) => ctx.kernel.random());
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
  long(t, "concat", [2], function* ([a, c]) {
    if (a instanceof PVector && c instanceof PVector) {
      if (a.size + c.size > LIMITS.maxCollectionSize) throw collectionLimit();
      if (a.size < c.size) {
        // Cheaper to build both anew than to append the longer one item by item.
        const out = new VectorBuilder<Value>();
        for (const v of [a, c]) {
          for (let i = 0; i < v.size; i += CHUNK) {
            const piece = v.slice(i, i + CHUNK).toArray();
            out.pushAll(piece);
            yield piece.length;
          }
        }
        return out.build();
      }
      let out = a;
      for (let i = 0; i < c.size; i += CHUNK) {
        const piece = c.slice(i, i + CHUNK);
        out = out.concat(piece);
        yield piece.size;
      }
      return out;
    }
    if (a instanceof LSet && c instanceof LSet) {
      let out = a;
      yield* forEach(c.map.keys(), (x) => {
        out = out.add(x);
      });
      return out;
    }
    panic(`\`concat\` needs two lists, two strings or two sets, but got ${show(a)} and ${show(c)}`);
  }, ([a, c], ctx) => {
    if (typeof a === "string" && typeof c === "string") {
      // Strings join in O(1) (the host makes a rope): never long.
      if (a.length + c.length > LIMITS.maxStringLength) throw stringLimit();
      charge(ctx, (a.length + c.length) >> 4);
      return a + c;
    }
    if (a instanceof PVector && c instanceof PVector && (c.size <= CHUNK || a.size === 0)) {
      if (a.size + c.size > LIMITS.maxCollectionSize) throw collectionLimit();
      charge(ctx, c.size);
      return a.concat(c);
    }
    return undefined;
  });
  long(t, "slice", [3], function* ([c, s, e]) {
    // Only a long string with characters beyond U+FFFF comes here (see below).
    const start = num(s, "slice"), end = num(e, "slice");
    const out: string[] = [];
    let at = 0;
    yield* charChunks(c as string, (cs) => {
      for (const ch of cs) {
        if (at >= start && at < end) out.push(ch);
        at++;
      }
    });
    return out.join("");
  }, ([c, s, e], ctx) => {
    const start = num(s, "slice"), end = num(e, "slice");
    if (c instanceof PVector) return c.slice(Math.max(0, start), Math.max(start, end));
    if (c instanceof Tuple) {
      charge(ctx, end - start);
      return PVector.from<Value>(c.items.slice(start, end));
    }
    if (typeof c === "string") {
      if (!SURROGATE.test(c)) return c.slice(start, end);
      return c.length > CHUNK ? undefined : codePoints(c).slice(start, end).join("");
    }
    panic(`\`slice\` needs a list, a tuple or a string, but got ${show(c)}`);
  });
  b(t, "rest", [1], ([c]) => {
    if (c instanceof PVector) return c.rest();
    if (c instanceof Tuple) return PVector.from<Value>(c.items.slice(1));
    panic(`\`rest\` needs a list or a tuple, but got ${show(c)}`);
  });
  long(t, "to_list", [1], function* ([c]) {
    if (c instanceof PVector) return c;
    if (c instanceof Tuple) return yield* listOf<Value>(c.items);
    if (c instanceof LSet) return yield* listOf<Value>(c.map.keysArray());
    if (c instanceof Dict || c instanceof Pkg) {
      const d = c instanceof Pkg ? c.dict : c;
      const keys = d.map.keysArray(), values = d.map.valuesArray();
      const out: Value[] = [];
      for (let i = 0; i < keys.length; i++) {
        out.push(new Tuple([keys[i], values[i]]));
        if ((i & (CHUNK - 1)) === CHUNK - 1) yield CHUNK;
      }
      return yield* listOf<Value>(out);
    }
    if (typeof c === "string") return yield* charsOf(c);
    return PVector.from<Value>([c]);
  });
  long(t, "to_tuple", [1], function* ([c]) {
    return new Tuple(yield* itemsOf(seqOf(c, "tuple")));
  });
  long(t, "to_set", [1], function* ([c]) {
    let out = EMPTY_SET;
    yield* forEach(c instanceof LSet ? c.map.keys() : seqOf(c, "set"), (x) => {
      out = out.add(x);
    });
    return out;
  });
  long(t, "to_dict", [1], function* ([c]) {
    if (c instanceof Dict) return c;
    if (c instanceof Pkg) return c.dict;
    let d = EMPTY_DICT;
    yield* forEach(seqOf(c, "dict"), (p) => {
      if (!(p instanceof Tuple) || p.items.length !== 2 || !(p.items[0] instanceof Keyword)) {
        panic(`\`dict\` needs (key, value) pairs with keyword keys, but got ${show(p)}`);
      }
      d = d.set(p.items[0] as Keyword, p.items[1]);
    });
    return d;
  });
  b(t, "set_add", [2], ([s, x]) => (s as LSet).add(x));
  b(t, "set_delete", [2], ([s, x]) => (s as LSet).delete(x));
  b(t, "set_has?", [2], ([s, x]) => (s as LSet).has(x));
  long(t, "list_has?", [2], function* ([xs, x]) {
    let n = 0;
    for (const y of seqOf(xs, "contains?")) {
      if (equals(x, y)) return true;
      if (++n === CHUNK) {
        yield n;
        n = 0;
      }
    }
    return false;
  }, ([xs, x]) => {
    if (xs instanceof Tuple) return xs.items.some((y) => equals(x, y));
    if (!(xs instanceof PVector) || xs.size > CHUNK) return undefined;
    let found = false;
    xs.each((y) => {
      found ||= equals(x, y);
    });
    return found;
  });
  long(t, "keys", [1], function* ([d]) {
    return yield* listOf<Value>(dict(d, "keys").map.keysArray());
  });
  long(t, "values", [1], function* ([d]) {
    return yield* listOf<Value>(dict(d, "values").map.valuesArray());
  });
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
  long(t, "range", [3], function* ([s, e, st]) {
    const start = num(s, "range"), end = num(e, "range"), step = num(st, "range");
    if (step === 0) panic("`range` needs a step that is not 0");
    if (Math.ceil((end - start) / step) > LIMITS.maxCollectionSize) throw collectionLimit();
    const out = new VectorBuilder<Value>();
    let chunk: number[] = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) {
      chunk.push(i);
      if (chunk.length === CHUNK) {
        out.pushAll(chunk);
        chunk = [];
        yield CHUNK;
      }
    }
    out.pushAll(chunk);
    yield chunk.length;
    return out.build();
  }, ([s, e, st]) => {
    const start = num(s, "range"), end = num(e, "range"), step = num(st, "range");
    if (step === 0 || !((end - start) / step <= CHUNK)) return undefined;
    const out: number[] = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
    return PVector.from<Value>(out);
  });
  long(t, "reverse", [1], function* ([c]) {
    if (typeof c === "string") {
      const pieces: string[] = [];
      yield* charChunks(c, (cs) => pieces.push(cs.reverse().join("")));
      return pieces.reverse().join("");
    }
    const items = seqOf(c, "reverse");
    const out = new VectorBuilder<Value>();
    if (items instanceof PVector) {
      for (let end = items.size; end > 0; end -= CHUNK) {
        const piece = items.slice(Math.max(0, end - CHUNK), end).toArray().reverse();
        out.pushAll(piece);
        yield piece.length;
      }
    } else {
      for (let i = items.length - 1; i >= 0; i--) out.push(items[i]);
      yield items.length;
    }
    return out.build();
  });
  long(t, "sort", [1], function* ([c]) {
    const items = yield* itemsOf(seqOf(c, "sort"));
    return yield* listOf(yield* mergeSort(items));
  });

  // --- strings
  long(
    t,
    "chars",
    [1],
    function* ([s]) {
      return yield* charsOf(str(s, "chars"));
    },
    ([s]) =>
      typeof s === "string" && s.length <= CHUNK ? PVector.from<Value>(codePoints(s)) : undefined,
  );
  long(t, "split", [2], function* ([s, sep]) {
    const text = str(s, "split"), by = str(sep, "split");
    // An empty separator splits into characters (code points, not UTF-16 units).
    if (by === "") return yield* charsOf(text);
    const parts: string[] = [];
    let at = 0, n = 0;
    for (let j = text.indexOf(by); j >= 0; j = text.indexOf(by, at)) {
      parts.push(text.slice(at, j));
      at = j + by.length;
      if (++n === CHUNK) {
        yield n;
        n = 0;
      }
    }
    parts.push(text.slice(at));
    yield n;
    return yield* listOf<Value>(parts);
  });
  long(t, "join", [2], function* ([xs, sep]) {
    const sepText = str(sep, "join");
    const parts: string[] = [];
    let total = 0;
    yield* forEach(seqOf(xs, "join"), (x) => {
      const p = display(x);
      total += p.length + (parts.length > 0 ? sepText.length : 0);
      if (total > LIMITS.maxStringLength) throw stringLimit();
      parts.push(p);
    });
    let out = "";
    for (let i = 0; i < parts.length; i += CHUNK) {
      out += (i > 0 ? sepText : "") + parts.slice(i, i + CHUNK).join(sepText);
      yield Math.min(CHUNK, parts.length - i);
    }
    return out;
  });
  b(t, "trim", [1], ([s]) => str(s, "trim").trim());
  b(t, "upcase", [1], ([s]) => str(s, "upcase").toUpperCase());
  b(t, "downcase", [1], ([s]) => str(s, "downcase").toLowerCase());
  b(t, "strip", [1], ([s]) => str(s, "strip").replace(PUNCTUATION, ""));
  long(t, "words", [1], function* ([s]) {
    const text = str(s, "words");
    const ws: string[] = [];
    // In pieces that end at a space, so no word is cut in two.
    for (let i = 0; i < text.length;) {
      let end = Math.min(text.length, i + CHUNK);
      while (end < text.length && !/\s/.test(text[end])) end++;
      for (const w of text.slice(i, end).replace(PUNCTUATION, " ").split(/\s+/)) {
        if (w !== "") ws.push(w);
      }
      yield end - i;
      i = end;
    }
    return yield* listOf<Value>(ws);
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
  long(t, "print!", [1], function* ([xs], ctx) {
    const parts: string[] = [];
    for (const x of seq(xs, "print!")) parts.push(typeof x === "string" ? x : yield* showJob(x));
    ctx.kernel.print(ctx, parts.join(" "));
    return KW.ok;
  }, ([xs], ctx) => {
    const items = seq(xs, "print!");
    if (items.some((x) => typeof x === "object" && x !== null)) return undefined;
    ctx.kernel.print(ctx, items.map(display).join(" "));
    return KW.ok;
  });

  // --- boxes
  b(t, "unbox", [1], ([x], ctx) => {
    if (!(x instanceof LBox)) panic(`\`unbox\` needs a box, but got ${show(x)}`);
    return ctx.kernel.unbox(ctx, x);
  });
  b(t, "store!", [2], ([x, v], ctx) => {
    if (!(x instanceof LBox)) panic(`\`store!\` needs a box, but got ${show(x)}`);
    return ctx.kernel.store(ctx, x, v);
  });

  // --- processes
  b(t, "self", [0], (_, ctx) => ctx.pid);
  b(t, "spawn!", [1], ([f], ctx) => ctx.kernel.spawn(ctx, f));
  b(t, "send!", [2], ([p, msg], ctx) => {
    if (!(p instanceof Pid) && !(p instanceof LBox)) {
      panic(`\`send!\` needs a pid to send to, but got ${show(p)}`);
    }
    ctx.kernel.send(ctx, p, msg);
    return msg;
  });
  b(t, "link!", [1], ([p], ctx) => ctx.kernel.link(ctx, pidArg(p, "link!")));
  b(t, "monitor!", [1], ([p], ctx) => ctx.kernel.monitor(ctx, pidArg(p, "monitor!")));
  b(t, "sleep!", [1], ([ms], ctx) => {
    const n = num(ms, "sleep!");
    if (!Number.isFinite(n)) {
      panic(`\`sleep!\` needs a finite number of milliseconds, not ${show(ms)}`);
    }
    return ctx.kernel.sleep(ctx, n);
  });
  b(t, "yield!", [0], (_, ctx) => ctx.kernel.yieldNow(ctx));
  b(t, "alive?", [1], ([p]) => {
    const proc = pidArg(p, "alive?").proc;
    return proc !== null && proc.alive;
  });
  b(t, "name!", [1], ([s], ctx) => {
    ctx.name = display(s);
    return ctx.pid;
  });
  b(t, "budget", [0], (_, ctx) => ctx.kernel.budget);
  b(t, "exit_of", [1], ([p]) => {
    const pid = pidArg(p, "await!");
    const f = pid.final;
    if (f === null) return null;
    return f.status === "done"
      ? new Tuple([KW.ok, f.result])
      : new Tuple([KW.err, f.killed ? KW_KILLED : f.message ?? "panicked"]);
  });
  b(t, "listen!", [2], ([what, on], ctx) => {
    if (what !== KW_KEYS && what !== KW_POINTER) {
      panic(`\`listen!\` listens for :keys or :pointer, not ${show(what)}`);
    }
    return ctx.kernel.listen(ctx, what === KW_KEYS ? "keys" : "pointer", on === true);
  });

  // --- turtle graphics (turtle/turtle.ts holds the state)
  b(t, "turtle!", [2], ([verb, args], ctx) => {
    const items = args instanceof PVector ? args.toArray() : [];
    const cmd: TurtleCommand = [String(verb)];
    for (const a of items) {
      if (typeof a !== "number" && typeof a !== "string") {
        panic(`turtle commands take numbers, but \`${verb}\` got ${String(a)}`);
      }
      if (typeof a === "number" && !Number.isFinite(a)) {
        panic(`the turtle cannot use ${a} (\`${verb}\` needs a finite number)`);
      }
      cmd.push(a);
    }
    const problem = ctx.kernel.turtleOf(ctx).apply(cmd);
    if (problem) panic(problem);
    ctx.kernel.turtleMoved(ctx, cmd);
    return KW.ok;
  });
  b(t, "turtle_state", [0], (_, ctx) => {
    const turtle = ctx.kernel.turtleOf(ctx);
    return dictOf([
      [keyword("position"), new Tuple([turtle.x, turtle.y])],
      [keyword("heading"), turtle.heading],
      [keyword("pendown?"), turtle.pendown],
      [keyword("pencolor"), new Tuple([...turtle.color])],
      [keyword("penwidth"), turtle.width],
      [keyword("visible?"), turtle.visible],
    ]);
  });

  return t;
}

const KW_KILLED = keyword("killed");
const KW_KEYS = keyword("keys");
const KW_POINTER = keyword("pointer");

function pidArg(p: Value, fn: string): Pid {
  if (p instanceof Pid) return p;
  if (p instanceof LBox && p.proc !== null) return p.proc.pid;
  panic(`\`${fn}\` needs a pid, but got ${show(p)}`);
}

/** Wrap the primitives as the prelude's `base` dict. */
export function baseDict(prims: Map<string, Builtin>): Dict {
  let d = EMPTY_DICT;
  for (const [name, f] of prims) d = d.set(keyword(name), f);
  return d;
}
