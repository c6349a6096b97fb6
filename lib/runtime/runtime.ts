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

import { Source } from "../syntax/ast.ts";
import type { FnProto } from "../compile/chunk.ts";
import { compileScript } from "../compile/compiler.ts";
import { internalError, LudusError } from "../errors.ts";
import { parse } from "../syntax/parser.ts";
import { loadPrelude } from "./prelude.ts";
import type { Process } from "../vm/process.ts";
import { type Host, type RunOutcome, Scheduler, type SchedulerOptions } from "./scheduler.ts";
import { show } from "../values/show.ts";
import { validate } from "../compile/validator.ts";
import { Closure, Globals, type Pid, type Value } from "../values/values.ts";
import { fromJS } from "../values/convert.ts";
import { FETCH_MODULE_HOST, type ModuleHost, Modules } from "./modules.ts";

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
  /** The URL of the script (for resolving its imports). */
  url?: string;
  /** A standard module: it may use `base`, the host primitives. */
  trusted?: boolean;
  /**
   * Compile into this existing toplevel (REPL entries, notebook blocks): names
   * bound there are visible, and may be bound again.
   */
  globals?: Globals;
}

/**
 * Compile Ludus source text. Throws a {@linkcode LudusError} for syntax and
 * validation errors.
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

/** Characters of a script's result shown at most (the rest is cut with " …"). */
export const RESULT_SHOWN = 1_000_000;

/**
 * A result shown where space is short (the REPL, a notebook): cut after `max`
 * characters, saying how long it was.
 *
 * @example Usage
 * ```ts
 * import { cutResult } from "./runtime.ts";
 * console.assert(cutResult("[1, 2, 3]", 5) === "[1, 2 … (9 characters in all; print! shows everything)");
 * ```
 */
export function cutResult(result: string, max: number): string {
  if (result.length <= max) return result;
  // A result is already cut at RESULT_SHOWN characters (with " …").
  const size = result.length > RESULT_SHOWN
    ? `over ${RESULT_SHOWN.toLocaleString("en-US")}`
    : result.length.toLocaleString("en-US");
  return `${result.slice(0, max).trimEnd()} … (${size} characters in all; print! shows everything)`;
}

/** `show` of a result, cut at {@linkcode RESULT_SHOWN} characters. */
export function showResult(v: Value): string {
  return show(v, { truncate: RESULT_SHOWN });
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Options for a runtime (scheduler settings and host callbacks). */
export interface RuntimeOptions extends SchedulerOptions, CompileOptions {
  /** Where imported modules come from (default: `fetch`, for `file:` and `https:` URLs). */
  moduleHost?: ModuleHost;
}

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
  /** Messages Ludus processes sent to the host, not yet taken. */
  readonly #hostInbox: Value[] = [];
  /** The module loader. */
  readonly modules: Modules;
  /** The host's own pid: what Ludus sends to it arrives in JS. */
  readonly hostPid: Pid;
  /** Called for each message sent to {@linkcode Runtime.hostPid} (else they queue). */
  onMessage: ((msg: Value) => void) | null = null;

  /** Make a runtime. */
  constructor(options: RuntimeOptions = {}) {
    this.options = options;
    this.scheduler = new Scheduler(options);
    this.modules = new Modules(
      this.scheduler,
      options.moduleHost ?? FETCH_MODULE_HOST,
      compileSource,
    );
    this.hostPid = this.scheduler.hostProcess((msg) => {
      if (this.onMessage) this.onMessage(msg);
      else this.#hostInbox.push(msg);
    }).pid;
  }

  /**
   * Compile and run source as a process (not the main one) and return its
   * value. Throws the LudusError if it fails or never finishes.
   */
  async evaluate(text: string, file?: string): Promise<Value> {
    const compiled = this.compile(text, file);
    const proc = this.scheduler.spawn(new Closure(compiled.proto, [], compiled.globals), null);
    proc.name = file ?? "evaluate";
    await this.scheduler.runUntilIdle();
    if (proc.status === "done") return proc.result;
    if (proc.status === "panicked") throw proc.error!;
    throw this.scheduler.stopped ??
      new LudusError("deadlock", `${proc.name} did not finish: it is ${proc.status}`);
  }

  /** Spawn a Ludus function as a new process, called with `args`. Returns its pid. */
  spawn(fn: Value, args: Value[] = []): Pid {
    return this.scheduler.spawn(fn, null, args).pid;
  }

  /** Send a message from the host to a process (plain JS data is converted). */
  send(pid: Pid, msg: unknown): void {
    this.scheduler.send(this.hostPid.proc as Process, pid, fromJS(msg));
  }

  /** Run one slice of one process; false if nothing was runnable. */
  step(): boolean {
    return this.scheduler.stepAlone();
  }

  /** Run until nothing is runnable and no timer is pending. */
  runUntilIdle(): Promise<void> {
    return this.scheduler.runUntilIdle();
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
    this.modules.mainUrl = compiled.source.url;
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
      result: outcome.error ? null : showResult(outcome.value),
      value: outcome.value,
      console: this.scheduler.console,
      error: outcome.error,
    };
  }

  /** Messages sent to the host and not yet taken (and clears them). */
  takeHostMessages(): Value[] {
    return this.#hostInbox.splice(0);
  }

  /**
   * The next message a process sends to the host: runs the scheduler until one
   * arrives; null if everything went idle without one.
   */
  async receive(): Promise<Value | null> {
    if (this.#hostInbox.length === 0) {
      await this.scheduler.runUntil(() => this.#hostInbox.length > 0);
    }
    return this.#hostInbox.length > 0 ? this.#hostInbox.shift()! : null;
  }
}

/** One test's outcome in test mode. */
export interface TestResult {
  /** The test's name. */
  name: string;
  /** File and line of the `test` form. */
  file: string;
  line: number;
  /** Did it pass (a truthy value, no panic)? */
  passed: boolean;
  /** Why it failed: "returned false", or the panic. */
  problem: string | null;
  /** The panic, if it panicked. */
  error: LudusError | null;
}

/** The outcome of {@linkcode Runtime.runTests}. */
export interface TestReport {
  /** The script's own run (tests run only if it succeeded). */
  script: RunReport;
  /** Each test, in source order. */
  tests: TestResult[];
}

/**
 * Test mode: run the script, then each of its `test "name" expr` forms as its own
 * process, in order. A test passes when its expression is truthy; a falsy value
 * or a panic fails it.
 */
export async function runTests(rt: Runtime, text: string, file?: string): Promise<TestReport> {
  const sched = rt.scheduler;
  const script = await rt.runMain(text, file);
  const tests: TestResult[] = [];
  if (script.error) return { script, tests };
  for (const t of sched.tests) {
    const proto = t.fn.proto as FnProto;
    const pos = proto.chunk.source.position(proto.span.start);
    const proc = sched.spawn(t.fn, null);
    proc.name = `test "${t.name}"`;
    await sched.runUntil(() => !proc.alive);
    const result: TestResult = {
      name: t.name,
      file: proto.chunk.source.name,
      line: pos.line,
      passed: false,
      problem: null,
      error: null,
    };
    if (proc.status === "done") {
      result.passed = proc.result !== null && proc.result !== false;
      if (!result.passed) result.problem = `its value was ${show(proc.result)}`;
    } else if (proc.status === "panicked") {
      result.error = proc.error;
      result.problem = `it panicked: ${proc.error?.message ?? "?"}`;
    } else {
      result.problem = `it never finished (it is ${proc.status})`;
    }
    tests.push(result);
  }
  return { script, tests };
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
