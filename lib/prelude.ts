/**
 * The prelude: `std/prelude.ld`, loaded by a text import (so it travels with the
 * module graph, also over https), compiled and run once per JS realm, and then
 * shared by every runtime and process as an outer scope of constants.
 *
 * The prelude alone sees `base`, the dict of host primitives (`builtins.ts`).
 *
 * @module
 */

import preludeText from "../std/prelude.ld" with { type: "text" };
import turtleText from "../std/turtle.ld" with { type: "text" };
import { Source } from "./ast.ts";
import { baseDict, basePrimitives } from "./builtins.ts";
import { turtlePrimitives } from "./turtle.ts";
import { observePrimitives } from "./observe.ts";
import { compileScript } from "./compiler.ts";
import { LudusError } from "./errors.ts";
import { parse } from "./parser.ts";
import { Scheduler } from "./scheduler.ts";
import { validate } from "./validator.ts";
import { type Builtin, Closure, Globals, type Value } from "./values.ts";
import { Exit, run } from "./vm.ts";

/** The loaded prelude. */
export interface Prelude {
  /** Every toplevel binding of the prelude, by name. */
  readonly values: ReadonlyMap<string, Value>;
  /** The names (for the validator). */
  readonly names: ReadonlySet<string>;
  /** The prelude plus `base`: the environment of standard modules such as observe. */
  readonly trusted: ReadonlyMap<string, Value>;
  /** The host primitives (`base`). */
  readonly primitives: ReadonlyMap<string, Builtin>;
  /** The prelude source. */
  readonly source: Source;
  /** Milliseconds it took to load. */
  readonly loadMs: number;
}

let cached: Prelude | null = null;

/** The prelude's source texts, in load order: [name, text]. */
export const PRELUDE_PARTS: readonly (readonly [string, string])[] = [
  ["prelude", preludeText],
  ["prelude/turtle", turtleText],
];

/**
 * Load (once) and return the prelude.
 *
 * @example Usage
 * ```ts
 * import { loadPrelude } from "./prelude.ts";
 * console.assert(loadPrelude().names.has("add"));
 * ```
 */
export function loadPrelude(): Prelude {
  if (cached) return cached;
  const t0 = performance.now();
  const primitives = basePrimitives();
  for (const [k, v] of turtlePrimitives()) primitives.set(k, v);
  for (const [k, v] of observePrimitives()) primitives.set(k, v);
  const base = baseDict(primitives);
  // The prelude comes in parts; each sees `base` and the parts before it.
  const values = new Map<string, Value>();
  let source = new Source("prelude", preludeText);
  for (const [name, text] of PRELUDE_PARTS) {
    source = new Source(name, text);
    const env = new Map<string, Value>([...values, ["base", base]]);
    const script = parse(source);
    const analysis = validate(script, { prelude: new Set(env.keys()) });
    const globals = new Globals();
    const proto = compileScript(script, analysis, { prelude: env, globals, isPrelude: true });
    const sched = new Scheduler({ budget: 1_000_000_000 });
    const proc = sched.spawn(new Closure(proto, [], globals), null);
    const why = run(proc, 1_000_000_000);
    if (why !== Exit.Done) {
      throw proc.error ??
        new LudusError("internal", `the prelude (${name}) did not finish loading`);
    }
    for (let i = 0; i < globals.names.length; i++) {
      const v = globals.values[i];
      if (v !== undefined) values.set(globals.names[i], v);
    }
  }
  cached = {
    values,
    trusted: new Map([...values, ["base", base]]),
    names: new Set(values.keys()),
    primitives,
    source,
    loadMs: performance.now() - t0,
  };
  return cached;
}
