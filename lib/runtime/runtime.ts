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

import type { FnProto } from "../compile/chunk.ts";
import { internalError, LudusError } from "../errors/errors.ts";
import { fromJS } from "../values/convert.ts";
import { show } from "../values/show.ts";
import type { Value } from "../values/values.ts";
import { Closure } from "../vm/callables.ts";
import type { BoxEvent, Pid, Process } from "../vm/process.ts";
import type { Turtle } from "../turtle/turtle.ts";
import {
  finalInfo,
  type FrameInfo,
  infoOf,
  type LoggedMessage,
  mailboxOf,
  type ProcessInfo,
  type SchedulerInfo,
  schedulerInfo,
  stackOf,
} from "../observe/snapshot.ts";
import { FETCH_MODULE_HOST, type ModuleHost, Modules } from "./modules.ts";
import { type Host, type RunOutcome, Scheduler, type SchedulerOptions } from "./scheduler.ts";
import { type Compiled, type CompileOptions, compileSource } from "./script.ts";

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

/** Everything about one process, for a host's details view ({@linkcode Runtime.inspect}). */
export interface ProcessDetails {
  /** Its information (how it ended, if it has). */
  info: ProcessInfo;
  /** Its live frames, innermost first (none once ended). */
  stack: FrameInfo[];
  /** The first 20 messages waiting in its mailbox. */
  mailbox: Value[];
  /** The last 20 messages it sent or received. */
  messages: LoggedMessage[];
  /** For a box's process: the values stored in the box, oldest first. */
  history: BoxEvent[] | null;
  /** Its value, once it has returned one. */
  result: Value;
  /** Its error, if it panicked. */
  error: LudusError | null;
}

/**
 * A Ludus runtime: one scheduler and its processes, the host's process (its
 * pid receives what Ludus sends to the host), and the module loader.
 *
 * @example Usage
 * ```ts
 * import { Runtime } from "./runtime.ts";
 * const rt = new Runtime({ virtualClock: true });
 * const report = await rt.runMain(`spawn! (fn () -> receive { x -> x }); :ok`);
 * console.assert(report.result === ":ok" && rt.console.length === 0);
 * ```
 */
export class Runtime {
  /**
   * The scheduler (for the hosts in this library; not part of the API).
   *
   * @internal
   */
  readonly scheduler: Scheduler;
  /** Options. */
  readonly options: RuntimeOptions;
  /** Messages Ludus processes sent to the host, not yet taken. */
  readonly #hostInbox: Value[] = [];
  /**
   * The module loader (not part of the API).
   *
   * @internal
   */
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
      options.maxModuleBytes,
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
    const proc = this.scheduler.startProcess(
      new Closure(compiled.proto, [], compiled.globals),
      null,
    );
    proc.name = file ?? "evaluate";
    await this.scheduler.runUntilIdle();
    if (proc.status === "done") return proc.result;
    if (proc.status === "panicked") throw proc.error!;
    throw this.scheduler.stopped ??
      new LudusError("deadlock", `${proc.name} did not finish: it is ${proc.status}`);
  }

  /** Spawn a Ludus function as a new process, called with `args`. Returns its pid. */
  spawn(fn: Value, args: Value[] = []): Pid {
    return this.scheduler.startProcess(fn, null, args).pid;
  }

  /** Send a message from the host to a process (plain JS data is converted). */
  send(pid: Pid, msg: unknown): void {
    this.scheduler.send(this.hostPid.proc, pid, fromJS(msg));
    this.scheduler.wake();
  }

  /**
   * End a process from outside (a Kill button): it panics, its monitors get
   * `(:exit, pid, (:err, :killed))` and the processes linked to it panic too.
   * False if there is no such live process.
   */
  kill(pid: Pid | number, why = "Kill was pressed"): boolean {
    const p = typeof pid === "number" ? this.scheduler.procs.get(pid) : pid.proc;
    return p !== undefined && p !== null && this.scheduler.kill(p, why);
  }

  /**
   * Trace a process for the host (`observe :trace!`, with the host as the
   * tracer): its events (`(:send, to, msg)`, `(:receive, msg)`, `(:call, name,
   * args)`, `(:spawn, pid)`, `(:exit, result)`) arrive as host messages
   * `(:trace, pid, event)`. `on` false stops it. False if there is no such live process.
   */
  trace(pid: Pid | number, on = true): boolean {
    const p = typeof pid === "number" ? this.scheduler.procs.get(pid) : pid.proc;
    const host = this.hostPid.proc;
    if (p === undefined || p === null || !p.alive || host === null) return false;
    if (on) (p.tracers ??= new Set()).add(host);
    else {
      p.tracers?.delete(host);
      if (p.tracers?.size === 0) p.tracers = null;
    }
    return true;
  }

  /** Stop the run from outside (a Stop button, Ctrl-C): it ends with this reason. */
  stop(reason?: string): void {
    this.scheduler.stop(reason);
  }

  /** Console lines printed so far, in order. */
  get console(): readonly string[] {
    return this.scheduler.console;
  }

  /** Every turtle, in the order their processes first drew. */
  get turtles(): readonly Turtle[] {
    return this.scheduler.turtles;
  }

  /** The live processes, oldest first, as they are now. */
  processes(): ProcessInfo[] {
    return [...this.scheduler.processes()].map((p) => infoOf(p));
  }

  /** The scheduler's counters, as they are now. */
  stats(): SchedulerInfo {
    return schedulerInfo(this.scheduler);
  }

  /**
   * Everything about one process (live, or ended and still remembered: with
   * `keepAll`, or while its pid is held), or null if there is no such process.
   */
  inspect(pid: Pid | number): ProcessDetails | null {
    const p = typeof pid === "number" ? this.#find(pid) : pid.proc ?? this.#find(pid.id);
    if (p === null) {
      if (typeof pid === "number" || pid.final === null) return null;
      return {
        info: finalInfo(pid),
        stack: [],
        mailbox: [],
        messages: this.scheduler.messagesOf(pid, 20),
        history: null,
        result: pid.final.result,
        error: null,
      };
    }
    return {
      info: infoOf(p),
      stack: stackOf(p),
      mailbox: mailboxOf(p, 20),
      messages: this.scheduler.messagesOf(p.pid, 20),
      history: p.box ? p.box.history : null,
      result: p.status === "done" ? p.result : null,
      error: p.error,
    };
  }

  /** A live process by number, or an ended one the scheduler still keeps. */
  #find(id: number): Process | null {
    const s = this.scheduler;
    const live = s.procs.get(id);
    if (live) return live;
    for (let i = s.allProcs.length - 1; i >= 0; i--) {
      if (s.allProcs[i].id === id) return s.allProcs[i];
    }
    return null;
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

  /** Start a compiled script as the main process; its pid. */
  startMain(compiled: Compiled): Pid {
    const proc = this.scheduler.startProcess(
      new Closure(compiled.proto, [], compiled.globals),
      null,
    );
    proc.spawnFile = compiled.source.name;
    this.scheduler.main = proc;
    this.modules.mainUrl = compiled.source.url;
    return proc.pid;
  }

  /**
   * Compile and run a script as the main process until the run ends.
   * Never throws for Ludus errors: they come back in the report.
   */
  async runMain(text: string, file?: string): Promise<RunReport> {
    let outcome: RunOutcome;
    // The run's time starts before compiling: `timeoutMs` covers both.
    const start = performance.now();
    try {
      const compiled = this.compile(text, file);
      const took = performance.now() - start;
      const timeout = this.options.timeoutMs ?? Infinity;
      if (took > timeout) {
        throw new LudusError(
          "limit",
          `the run took longer than ${timeout} ms (the --timeout limit): compiling it took ${
            Math.round(took)
          } ms`,
        );
      }
      this.startMain(compiled);
      outcome = await this.scheduler.runToEnd(start);
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
  /** The file of the `test` form. */
  file: string;
  /** The line of the `test` form. */
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
    const proc = sched.startProcess(t.fn, null);
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
