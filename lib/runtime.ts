/**
 * The runtime: source text in, a running program out. It strings the stages
 * together (lex → parse → validate → compile → schedule) and is the host API
 * that `mod.ts` exports: compile a script, spawn Ludus functions, send them
 * messages from JS, receive what they send to the host, and step or run the
 * scheduler.
 *
 * Nothing here touches `Deno.*`: it runs unchanged in a browser Web Worker.
 *
 * @module
 */

import { Source } from "./ast.ts";
import type { FnProto } from "./chunk.ts";
import { compileScript } from "./compiler.ts";
import { internalError, LudusError } from "./errors.ts";
import { parse } from "./parser.ts";
import { loadPrelude } from "./prelude.ts";
import type { Process } from "./process.ts";
import { type Host, type RunOutcome, Scheduler, type SchedulerOptions } from "./scheduler.ts";
import { show } from "./show.ts";
import { validate } from "./validator.ts";
import { Closure, Globals, type Value } from "./values.ts";

/** A compiled script, ready to run. */
export interface Compiled {
  /** The function that runs the script's toplevel. */
  readonly proto: FnProto;
  /** The script's toplevel environment. */
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
}

/**
 * Compile Ludus source text. Throws a {@linkcode LudusError} for syntax and
 * validation errors.
 */
export function compileSource(text: string, opts: CompileOptions = {}): Compiled {
  const source = new Source(opts.file ?? "<input>", stripBom(text));
  try {
    const prelude = loadPrelude();
    const script = parse(source);
    const analysis = validate(script, { prelude: prelude.names });
    const globals = new Globals();
    const proto = compileScript(script, analysis, {
      prelude: prelude.values,
      globals,
      testMode: opts.testMode,
      fastOps: opts.fastOps,
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

/** Options for a runtime (scheduler settings and host callbacks). */
export interface RuntimeOptions extends SchedulerOptions, CompileOptions {}

/** The outcome of {@linkcode Runtime.runMain}. */
export interface RunReport {
  /** `show` of the main process's value, or null on error. */
  result: string | null;
  /** The value itself. */
  value: Value;
  /** Console lines, in order. */
  console: string[];
  /** The error that ended the run, or null. */
  error: LudusError | null;
}

/** A Ludus runtime: one scheduler and its processes. */
export class Runtime {
  /** The scheduler. */
  readonly scheduler: Scheduler;
  /** Options. */
  readonly options: RuntimeOptions;
  /** Messages Ludus processes sent to the host (the pid from {@linkcode Runtime.hostPid}). */
  readonly #hostInbox: Value[] = [];

  /** Make a runtime. */
  constructor(options: RuntimeOptions = {}) {
    this.options = options;
    this.scheduler = new Scheduler(options);
  }

  /** Compile source text with this runtime's options. */
  compile(text: string, file?: string): Compiled {
    return compileSource(text, { ...this.options, file: file ?? this.options.file });
  }

  /** Start a compiled script as the main process. */
  startMain(compiled: Compiled): Process {
    const proc = this.scheduler.spawn(
      new Closure(compiled.proto, [], compiled.globals),
      null,
    );
    proc.spawnFile = compiled.source.name;
    this.scheduler.main = proc;
    return proc;
  }

  /**
   * Compile and run a script as the main process until the run ends.
   * Never throws for Ludus errors: they come back in the report.
   */
  async runMain(text: string, file?: string): Promise<RunReport> {
    let outcome: RunOutcome;
    try {
      const compiled = this.compile(text, file);
      this.startMain(compiled);
      outcome = await this.scheduler.runToEnd();
    } catch (e) {
      const error = e instanceof LudusError ? e : internalError(e);
      return { result: null, value: null, console: this.scheduler.console, error };
    }
    return {
      result: outcome.error ? null : show(outcome.value),
      value: outcome.value,
      console: this.scheduler.console,
      error: outcome.error,
    };
  }

  /** Messages sent to the host so far (and clears them). */
  takeHostMessages(): Value[] {
    return this.#hostInbox.splice(0);
  }
}

/** Options for {@linkcode runSource}. */
export interface RunSourceOptions extends RuntimeOptions {
  /** Host callbacks (print, report). */
  host?: Host;
}

/**
 * Run source text to the end in a fresh runtime.
 */
export function runSource(text: string, options: RunSourceOptions = {}): Promise<RunReport> {
  return new Runtime(options).runMain(text, options.file);
}
