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
import { LIMITS, tooBig } from "../limits.ts";

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
   * Most bytes (UTF-8) of the text (default {@linkcode LIMITS.maxSourceBytes});
   * a larger one is a limit error before it is compiled.
   */
  maxSourceBytes?: number;
  /** Most bytes of each module the script imports (default {@linkcode LIMITS.maxModuleBytes}). */
  maxModuleBytes?: number;
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
  const max = opts.maxSourceBytes ?? LIMITS.maxSourceBytes;
  if (text.length > max || (text.length * 3 > max && utf8Length(text) > max)) {
    const { message, hint } = tooBig(opts.file ?? "this text", max, "--max-source", "source size");
    throw new LudusError("limit", message, null, null, { hint });
  }
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

/** The length of a text in UTF-8 bytes (a lone surrogate counts 3, as it is written). */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a pair: 2 units, 4 bytes
      i++;
    } else n += 2;
  }
  return n;
}
