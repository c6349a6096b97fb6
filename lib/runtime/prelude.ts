/**
 * The prelude: `std/prelude.ld`, loaded by a text import (so it travels with the
 * module graph, also over https), compiled and run once per JS realm, and then
 * shared by every runtime and process as an outer scope of constants.
 *
 * The prelude alone sees `base`, the dict of host primitives (`builtins.ts`).
 *
 * @module
 */

import preludeText from "../../std/prelude.ld" with { type: "text" };
import turtleText from "../../std/turtle.ld" with { type: "text" };
import { Source } from "../errors/source.ts";
import { baseDict, basePrimitives } from "../vm/primitives.ts";
import { observePrimitives } from "../observe/observe.ts";
import { compileScript } from "../compile/compiler.ts";
import { LudusError } from "../errors/errors.ts";
import { parse } from "../syntax/parser.ts";
import { Scheduler } from "./scheduler.ts";
import { validate } from "../compile/validator.ts";
import type { Value } from "../values/values.ts";
import { Globals } from "../compile/chunk.ts";
import type { Builtin } from "../vm/builtin.ts";
import { Closure } from "../vm/callables.ts";
import type { FnProto } from "../compile/chunk.ts";
import {
  IMAGE_VERSION,
  imagePart,
  loadPart,
  opsFingerprint,
  type PartImage,
  type PreludeImage,
} from "./image.ts";
import { PRELUDE_IMAGE_JSON } from "./prelude_image.ts";

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
  cached = buildPrelude(JSON.parse(PRELUDE_IMAGE_JSON));
  return cached;
}

/** What {@linkcode buildPrelude} also reports: the compiled parts, for making an image. */
export interface BuiltPrelude extends Prelude {
  /** Each part's toplevel function and globals, in load order. */
  readonly parts: { name: string; text: string; main: FnProto; globals: Globals }[];
  /** How many parts came from the image (the rest were compiled from source). */
  readonly fromImage: number;
}

/**
 * Build the prelude: from `image` where its hash matches the source text (fast),
 * else by compiling the source. Each part sees `base` and the parts before it.
 */
export function buildPrelude(image: PreludeImage | null): BuiltPrelude {
  const t0 = performance.now();
  const primitives = basePrimitives();
  for (const [k, v] of observePrimitives()) primitives.set(k, v);
  // `base` is for compiling the prelude from source and for standard modules
  // (`trusted`): made when first needed, not by every start-up (~0.5 ms).
  let base: Value | null = null;
  const baseOf = (): Value => base ??= baseDict(primitives);
  const values = new Map<string, Value>();
  const parts: BuiltPrelude["parts"] = [];
  let fromImage = 0;
  let source = new Source("prelude", preludeText);
  const sched = new Scheduler({ budget: 1_000_000_000, messageLog: 0 });
  PRELUDE_PARTS.forEach(([name, text], i) => {
    source = new Source(name, text);
    const globals = new Globals();
    let proto: FnProto;
    const usable = image?.version === IMAGE_VERSION && image.ops === opsFingerprint();
    const part = usable ? image!.parts[i] : undefined;
    if (part && part.name === name && part.text === text) {
      proto = loadPart(part, source, globals, primitives, values);
      fromImage++;
    } else {
      const env = new Map<string, Value>([...values, ["base", baseOf()]]);
      const script = parse(source);
      const analysis = validate(script, { prelude: new Set(env.keys()) });
      proto = compileScript(script, analysis, { prelude: env, globals, isPrelude: true });
    }
    parts.push({ name, text, main: proto, globals });
    const proc = sched.startProcess(new Closure(proto, [], globals), null);
    // Through the scheduler, as a program's processes run: the first process to
    // end then ends here, and the code for it is compiled before any program
    // runs (in a program's last slice it took ~0.3-0.6 ms).
    while (proc.alive && sched.stepAlone());
    if (proc.status !== "done") {
      throw proc.error ??
        new LudusError("internal", `the prelude (${name}) did not finish loading`);
    }
    for (let i = 0; i < globals.names.length; i++) {
      const v = globals.values[i];
      if (v !== undefined) values.set(globals.names[i], v);
    }
  });
  let trusted: Map<string, Value> | null = null;
  return {
    values,
    get trusted() {
      return trusted ??= new Map([...values, ["base", baseOf()]]);
    },
    names: new Set(values.keys()),
    primitives,
    source,
    loadMs: performance.now() - t0,
    parts,
    fromImage,
  };
}

/** Make the image of a freshly compiled prelude (for tools/gen_prelude_image.ts). */
export function makePreludeImage(): PreludeImage {
  const built = buildPrelude(null);
  const names = new Map<Value, string>();
  const parts: PartImage[] = [];
  for (const part of built.parts) {
    parts.push(imagePart(part.name, part.text, part.main, part.globals, names));
    for (let i = 0; i < part.globals.names.length; i++) {
      const v = part.globals.values[i];
      if (v !== undefined && !names.has(v)) names.set(v, part.globals.names[i]);
    }
  }
  return { version: IMAGE_VERSION, ops: opsFingerprint(), parts };
}
