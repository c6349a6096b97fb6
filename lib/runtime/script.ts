/**
 * A script: Ludus source text compiled against the prelude (lex → parse →
 * validate → compile), ready to run as a process. The runtime compiles the
 * main script, REPL entries and notebook blocks here, and the module loader
 * the modules it imports.
 *
 * @module
 */

import { compileScript } from "../compile/compiler.ts";
import { type FnProto, Globals } from "../compile/chunk.ts";
import { validate } from "../compile/validator.ts";
import { internalError, LudusError } from "../errors/errors.ts";
import { Source } from "../errors/source.ts";
import { parse } from "../syntax/parser.ts";
import { loadPrelude } from "./prelude.ts";

/** A compiled script, ready to run. */
export interface Compiled {
  /**
   * The function that runs the script's toplevel.
   *
   * @internal
   */
  readonly proto: FnProto;
  /**
   * The script's toplevel environment.
   *
   * @internal
   */
  readonly globals: Globals;
  /** The source. */
  readonly source: Source;
}

/** Options for compiling. */
export interface CompileOptions {
  /** The file name or URL shown in errors (default `<input>`). */
  file?: string;
  /** Compile `test` forms too. */
  testMode?: boolean;
  /** Use the fast-path instructions for prelude arithmetic (default true). */
  fastOps?: boolean;
  /** The URL of the script (for resolving its imports). */
  url?: string;
  /** A standard module: it may use `base`, the host primitives. */
  trusted?: boolean;
  /**
   * Compile into this existing toplevel (REPL entries, notebook blocks): names
   * bound there are visible, and may be bound again.
   *
   * @internal
   */
  globals?: Globals;
}

/**
 * Compile Ludus source text. Throws a {@linkcode LudusError} for syntax and
 * validation errors.
 *
 * @example Usage
 * ```ts
 * import { compileSource } from "./script.ts";
 * console.assert(compileSource("add (1, 2)", { file: "a.ld" }).source.name === "a.ld");
 * ```
 */
export function compileSource(text: string, opts: CompileOptions = {}): Compiled {
  const source = new Source(opts.file ?? "<input>", stripBom(text), opts.url ?? null);
  try {
    const prelude = loadPrelude();
    const script = parse(source);
    const env = opts.trusted ? prelude.trusted : prelude.values;
    const shared = opts.globals;
    const visible = new Map<string, number>();
    if (shared) {
      for (const [name, slot] of shared.index) {
        if (shared.values[slot] !== undefined) visible.set(name, slot);
      }
    }
    const analysis = validate(script, {
      prelude: opts.trusted ? new Set(env.keys()) : prelude.names,
      globals: shared ? visible : undefined,
      allowRebind: shared !== undefined,
    });
    const globals = shared ?? new Globals();
    const proto = compileScript(script, analysis, {
      prelude: env,
      globals,
      testMode: opts.testMode,
      fastOps: opts.fastOps,
      // Standard modules are library code: errors point at the user's call.
      isPrelude: opts.trusted,
    });
    return { proto, globals, source };
  } catch (e) {
    if (e instanceof LudusError) throw e;
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new LudusError(
        "limit",
        "this program nests too deeply for Ludus to read",
        source,
        { start: 0, end: 0 },
      );
    }
    throw internalError(e);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
