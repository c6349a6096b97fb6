/**
 * Resource limits, in one place, each with the reason for its value. Hitting one
 * is a Ludus error of kind "limit" whose message names the limit, never a host
 * exception (an out-of-memory crash or "Invalid string length").
 * `docs/notes/robustness.md` lists every limit with its flag and what the user
 * sees.
 *
 * @module
 */

/** Tunable limits. */
export const LIMITS = {
  /**
   * Call frames per process. Far above the 100,000-deep recursion Ludus promises
   * (each frame costs ~100 bytes with its stack slots, so this is ~100 MB).
   */
  maxFrames: 1_000_000,
  /**
   * Characters in one string (and in `show` of one value). Far beyond anything a
   * lesson needs, and small enough that reaching it takes well under a second in
   * one reduction (a value with shared parts can print as 2^40 leaves).
   */
  maxStringLength: 10_000_000,
  /** Elements in one list, set or dict (building 10 million takes about a second). */
  maxCollectionSize: 10_000_000,
  /** Processes alive at once (the BEAM's default limit is 262,144). */
  maxProcesses: 1_000_000,
  /** A mailbox this long gets a warning (once per process): messages nobody receives. */
  mailboxWarning: 100_000,
  /**
   * Bytes of one source text Ludus reads and compiles: a script, a notebook, a
   * REPL entry (`--max-source` raises it). Compiling is synchronous, so its size
   * is what bounds its time: measured cold (a fresh `deno`, as the command
   * runs), a mixed program compiles at about 1.1 s of CPU and 230 MB of memory
   * per MB of source, so 256 KB takes 0.3 s (the slowest shape tried, 500-deep
   * nested lambdas, 0.8 s) and 10 MB would take 2 GB. The whole prelude is 47 KB
   * and the largest example 3 KB.
   */
  maxSourceBytes: 256 * 1024,
  /**
   * Bytes of one imported module (`--max-module` raises it): read with a bounded
   * reader, so `import "/dev/zero"` stops at once. The same reasons and value as
   * {@linkcode LIMITS.maxSourceBytes}, since each module is compiled the same way.
   */
  maxModuleBytes: 256 * 1024,
  /**
   * Most messages the message log keeps (`--message-log`). Its capacity is a
   * power of two allocated up front at about 56 bytes an entry, so 2^20 is
   * 60 MB before a message is sent; 4,096 (the default) is plenty to look back on.
   */
  maxMessageLog: 2 ** 20,
  /**
   * The most `--max-source` and `--max-module` may be raised to: 8 MB compiles
   * in about 9 s with 2 GB of memory, near what V8's heap holds by default.
   */
  maxSizeOption: 8 * 1024 * 1024,
};

/**
 * A byte count in plain words: `300 bytes`, `256 KB`, `1.5 MB` (1 KB = 1,024 bytes).
 *
 * @example Usage
 * ```ts
 * import { formatBytes } from "./limits.ts";
 * console.assert(formatBytes(256 * 1024) === "256 KB" && formatBytes(3 * 2 ** 19) === "1.5 MB");
 * ```
 */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} byte${n === 1 ? "" : "s"}`;
  const [v, unit] = n < 1024 * 1024 ? [n / 1024, "KB"] : [n / (1024 * 1024), "MB"];
  return `${Number(v.toFixed(v < 10 ? 2 : 1))} ${unit}`;
}

/**
 * A byte count as the size options take it: `256K`, `1M`, or plain bytes.
 *
 * @example Usage
 * ```ts
 * import { flagBytes } from "./limits.ts";
 * console.assert(flagBytes(1024 * 1024) === "1M" && flagBytes(1000) === "1000");
 * ```
 */
export function flagBytes(n: number): string {
  if (n >= 1024 ** 3 && n % 1024 ** 3 === 0) return `${n / 1024 ** 3}G`;
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)}M`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024}K`;
  return String(n);
}

/**
 * The message and hint of a text that is larger than a size limit: `what`
 * names the text (`big.ld`, `the module /dev/zero`), `flag` the option that
 * raises the limit and `name` the limit.
 *
 * @example Usage
 * ```ts
 * import { tooBig } from "./limits.ts";
 * const { message } = tooBig("big.ld", 1024, "--max-source", "source size");
 * console.assert(
 *   message === "big.ld is larger than 1 KB, the source size limit (--max-source raises it)",
 * );
 * ```
 */
export function tooBig(
  what: string,
  limit: number,
  flag: string,
  name: string,
): { message: string; hint: string } {
  const ceiling = LIMITS.maxSizeOption;
  return {
    message: `${what} is larger than ${formatBytes(limit)}, the ${name} limit (${flag} raises it)`,
    hint: limit >= ceiling
      ? `Ludus reads at most ${formatBytes(ceiling)}: split it into modules`
      : `if it is meant to be this big, raise the limit, e.g. ${flag} ${
        flagBytes(Math.min(ceiling, limit * 4))
      }`,
  };
}
