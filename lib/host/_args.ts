/**
 * Command-line parsing behind one module of ours: `node:util`'s `parseArgs`
 * (needs no permissions). The real `@std/cli` could replace it here alone.
 *
 * `node:util` is imported only when there are options to parse: the first
 * `node:` import brings up Deno's Node compatibility layer, ~5 ms of start-up,
 * and the common command (`cli.ts file.ld`) has none.
 *
 * @module
 */

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
 * Parse arguments; rejects with a TypeError with a plain message on an unknown option.
 *
 * @example Usage
 * ```ts
 * import { parseArgs } from "./_args.ts";
 * const p = await parseArgs(["--json", "x.ld"], { json: { type: "boolean" } });
 * console.assert(p.values.json === true && p.positionals[0] === "x.ld");
 * ```
 */
export async function parseArgs(
  args: string[],
  options: Record<string, OptionSpec>,
): Promise<ParsedArgs> {
  if (args.every((a) => a === "-" || !a.startsWith("-"))) {
    return { values: {}, positionals: [...args] };
  }
  const { parseArgs: nodeParseArgs } = await import("node:util");
  const { values, positionals } = nodeParseArgs({
    args,
    options,
    allowPositionals: true,
    strict: true,
  });
  return { values: values as ParsedArgs["values"], positionals };
}
