/**
 * Command-line parsing behind one module of ours: `node:util`'s `parseArgs`
 * (needs no permissions). The real `@std/cli` could replace it here alone.
 *
 * @module
 */

import { parseArgs as nodeParseArgs } from "node:util";

/** One option's description. */
export interface OptionSpec {
  /** `boolean` flag or `string` value. */
  type: "boolean" | "string";
  /** One-letter alias. */
  short?: string;
}

/** What {@linkcode parseArgs} returns. */
export interface ParsedArgs {
  /** Option values by name. */
  values: Record<string, string | boolean | undefined>;
  /** Positional arguments. */
  positionals: string[];
}

/**
 * Parse arguments; throws a TypeError with a plain message on an unknown option.
 *
 * @example Usage
 * ```ts
 * import { parseArgs } from "./_args.ts";
 * const p = parseArgs(["--json", "x.ld"], { json: { type: "boolean" } });
 * console.assert(p.values.json === true && p.positionals[0] === "x.ld");
 * ```
 */
export function parseArgs(args: string[], options: Record<string, OptionSpec>): ParsedArgs {
  const { values, positionals } = nodeParseArgs({
    args,
    options,
    allowPositionals: true,
    strict: true,
  });
  return { values: values as ParsedArgs["values"], positionals };
}
