/**
 * Converting between Ludus values and plain JavaScript data, for hosts (JSON
 * output, a web page, messages from JS into processes).
 *
 * JS → Ludus: `null`/`undefined` → nil; booleans, numbers, strings as they are;
 * arrays → lists; plain objects → dicts with keyword keys; Ludus values pass
 * through unchanged. Ludus → JS: lists, tuples and sets → arrays; dicts and
 * packages → objects keyed by keyword name; keywords → `":name"` strings;
 * functions, boxes and pids → their `show` form.
 *
 * @module
 */

import { show } from "./show.ts";
import {
  Dict,
  EMPTY_DICT,
  Keyword,
  keyword,
  LSet,
  Pkg,
  PVector,
  RuntimeValue,
  Tuple,
  type Value,
} from "./values.ts";

/**
 * A Ludus value from plain JS data.
 *
 * @example Usage
 * ```ts
 * import { fromJS } from "./convert.ts";
 * import { show } from "./show.ts";
 * console.assert(show(fromJS({ a: [1, 2] })) === "#{:a [1, 2]}");
 * ```
 */
export function fromJS(x: unknown): Value {
  if (x === null || x === undefined) return null;
  switch (typeof x) {
    case "boolean":
    case "number":
    case "string":
      return x;
  }
  if (
    x instanceof Keyword || x instanceof Tuple || x instanceof PVector || x instanceof Dict ||
    x instanceof LSet || x instanceof Pkg || x instanceof RuntimeValue
  ) return x;
  if (Array.isArray(x)) return PVector.from<Value>(x.map(fromJS));
  if (typeof x === "object") {
    let d = EMPTY_DICT;
    for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
      d = d.set(keyword(k), fromJS(v));
    }
    return d;
  }
  return show(null);
}

/** Plain JSON-able data from a Ludus value (see the module doc). */
export function toJS(v: Value): unknown {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof Keyword) return ":" + v.name;
  if (v instanceof Tuple) return v.items.map(toJS);
  if (v instanceof PVector) return v.toArray().map(toJS);
  if (v instanceof LSet) return v.map.keysArray().map(toJS);
  if (v instanceof Dict || v instanceof Pkg) {
    const d = v instanceof Pkg ? v.dict : v;
    const out: Record<string, unknown> = {};
    d.map.each((x, k) => out[k.name] = toJS(x));
    return out;
  }
  return show(v);
}
