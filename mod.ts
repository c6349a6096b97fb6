/**
 * Ludus for Deno: a compiler and BEAM-like virtual machine for Ludus, the
 * friendly functional teaching language ("Logo for the 2020s").
 *
 * Run a program and get its result, console output and any error:
 *
 * ```ts
 * import { run } from "./mod.ts";
 *
 * const out = await run(`print! ("hello"); add (1, 2)`);
 * console.assert(out.result === "3");
 * console.assert(out.console[0] === "hello");
 * ```
 *
 * Every piece of running Ludus is a process with its own frames and mailbox,
 * preempted after a budget of reductions; {@linkcode Runtime} gives the host
 * control over them (spawn, send, step, run).
 *
 * @module
 */

import { formatError, LudusError } from "./lib/errors.ts";
import {
  type Compiled,
  compileSource,
  Runtime,
  type RuntimeOptions,
} from "./lib/runtime/runtime.ts";
import { show } from "./lib/values/show.ts";
export type { ShowOptions } from "./lib/values/show.ts";
import type { Value } from "./lib/values/values.ts";
import { disassemble } from "./lib/compile/disasm.ts";

export { disassemble, formatError, LudusError, Runtime, show };
export type { Compiled, RuntimeOptions, Value };
export type { CompileOptions, RunReport } from "./lib/runtime/runtime.ts";
export type { ModuleHost } from "./lib/runtime/modules.ts";
export { FETCH_MODULE_HOST, Modules } from "./lib/runtime/modules.ts";
export { renderSvg, Turtle } from "./lib/turtle/turtle.ts";
export type { Rgba, Segment, SvgOptions, TurtleCommand } from "./lib/turtle/turtle.ts";
export type { ErrorKind, Painter, StackEntry } from "./lib/errors.ts";
export { Scheduler } from "./lib/runtime/scheduler.ts";
export type { Host, RunOutcome, SchedulerOptions } from "./lib/runtime/scheduler.ts";
export { Frame, Process } from "./lib/vm/process.ts";
export type { Status } from "./lib/vm/process.ts";
export { Mailbox, ProcessTable } from "./lib/vm/process.ts";
export type { Job, Work } from "./lib/values/work.ts";
export { MessageLog } from "./lib/runtime/message_log.ts";
export type { LoggedMessage } from "./lib/runtime/message_log.ts";
export { Source } from "./lib/syntax/ast.ts";
export type { Span } from "./lib/syntax/ast.ts";
export { Chunk, FnProto } from "./lib/compile/chunk.ts";
export {
  Builtin,
  Closure,
  Dict,
  Globals,
  Keyword,
  keyword,
  LBox,
  LSet,
  Partial,
  Pid,
  Pkg,
  PMap,
  PVector,
  SUSPEND,
  Tuple,
} from "./lib/values/values.ts";
export type { BoxEvent, BuiltinImpl, FnInfo, ProcessFinal } from "./lib/values/values.ts";
export type { KeyOps } from "./lib/values/persistent/map.ts";

/** Options for {@linkcode run}. */
export interface RunOptions extends RuntimeOptions {
  /** File name or URL for errors (default `<input>`). */
  file?: string;
}

/** The outcome of {@linkcode run}. */
export interface RunResult {
  /** `show` of the script's last value, or null if it failed. */
  result: string | null;
  /** The last value itself (a Ludus value). */
  value: Value;
  /** Console lines, in order. */
  console: string[];
  /** What went wrong, or null. */
  error: LudusError | null;
}

/**
 * Run Ludus source text to the end. Never throws for a Ludus error: syntax
 * errors, panics and deadlocks come back in `error`, with everything printed
 * before them kept in `console`.
 *
 * @param source The program.
 * @param options Scheduler settings, file name, host callbacks.
 * @returns The result, console lines and error.
 *
 * @example Usage
 * ```ts
 * import { run } from "./mod.ts";
 * const { result, error } = await run("div (1, 0)");
 * console.assert(result === null && error?.kind === "panic");
 * ```
 */
export async function run(source: string, options: RunOptions = {}): Promise<RunResult> {
  const rt = new Runtime(options);
  const r = await rt.runMain(source, options.file);
  return { result: r.result, value: r.value, console: r.console, error: r.error };
}

/**
 * Compile Ludus source text without running it. Throws a {@linkcode LudusError}
 * for syntax and validation errors.
 *
 * @param source The program.
 * @param options The file name shown in errors.
 * @returns The compiled script (run it with {@linkcode Runtime.startMain}).
 *
 * @example Usage
 * ```ts
 * import { compile, disassemble } from "./mod.ts";
 * const compiled = compile("add (1, 2)");
 * console.assert(disassemble(compiled.proto).includes("ADD"));
 * ```
 */
export function compile(source: string, options: { file?: string } = {}): Compiled {
  return compileSource(source, options);
}
