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
 * preempted after a budget of reductions; a {@linkcode Runtime} gives the host
 * control over them (spawn, send, step, run) and a look inside them
 * ({@linkcode Runtime.processes}, {@linkcode Runtime.inspect}).
 *
 * What this module exports is the API a host needs: running and compiling,
 * errors and their formatting, the value types, `show`, the disassembler,
 * turtle drawings and the snapshot types of the running system. The VM's
 * insides (chunks, frames, mailboxes, the scheduler) are not part of it.
 *
 * @module
 */

import { disassemble as disassembleProto } from "./lib/compile/disasm.ts";
import type { LudusError } from "./lib/errors/errors.ts";
import { Runtime, type RuntimeOptions } from "./lib/runtime/runtime.ts";
import { type Compiled, compileSource } from "./lib/runtime/script.ts";
import type { Value } from "./lib/values/values.ts";

export { formatError, LudusError } from "./lib/errors/errors.ts";
export type { ErrorKind, Painter, StackEntry } from "./lib/errors/errors.ts";
export { Source } from "./lib/errors/source.ts";
export type { Span } from "./lib/errors/source.ts";
export { Runtime } from "./lib/runtime/runtime.ts";
export type {
  ProcessDetails,
  RunReport,
  RuntimeOptions,
  TestReport,
  TestResult,
} from "./lib/runtime/runtime.ts";
export type { Host, SchedulerOptions } from "./lib/runtime/scheduler.ts";
export type { Compiled, CompileOptions } from "./lib/runtime/script.ts";
export { FETCH_MODULE_HOST } from "./lib/runtime/modules.ts";
export type { ModuleHost } from "./lib/runtime/modules.ts";
export type {
  FrameInfo,
  Location,
  LoggedMessage,
  ProcessInfo,
  ProcessRow,
  SchedulerInfo,
  Status,
} from "./lib/observe/snapshot.ts";
export { renderSvg } from "./lib/turtle/svg.ts";
export type { SvgOptions } from "./lib/turtle/svg.ts";
export { Turtle } from "./lib/turtle/turtle.ts";
export type { Rgba, Segment, TurtleCommand } from "./lib/turtle/turtle.ts";
export { show } from "./lib/values/show.ts";
export type { ShowOptions } from "./lib/values/show.ts";
export { fromJS, toJS } from "./lib/values/convert.ts";
export {
  Dict,
  Keyword,
  keyword,
  LSet,
  Pkg,
  PVector,
  RuntimeValue,
  Tuple,
} from "./lib/values/values.ts";
export type { List, Value } from "./lib/values/values.ts";
export type { KeyOps, PMap } from "./lib/values/persistent/map.ts";
export { LBox, Pid } from "./lib/vm/process.ts";
export type { BoxEvent, ProcessFinal } from "./lib/vm/process.ts";

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
 * console.assert(disassemble(compiled).includes("ADD"));
 * ```
 */
export function compile(source: string, options: { file?: string } = {}): Compiled {
  return compileSource(source, options);
}

/**
 * The bytecode of a compiled script as text: one instruction a line, with its
 * offset, source line, name and operands, each nested function after the
 * function that makes it (what `cli.ts --disasm` prints).
 *
 * @param compiled A script from {@linkcode compile}.
 * @returns The listing.
 *
 * @example Usage
 * ```ts
 * import { compile, disassemble } from "./mod.ts";
 * console.assert(disassemble(compile("fn f (x) -> x")).includes("== f (<input>:1) =="));
 * ```
 */
export function disassemble(compiled: Compiled): string {
  return disassembleProto(compiled.proto);
}
