/**
 * The scheduler: a BEAM in miniature. It owns every process, runs them from a
 * FIFO run queue for a budget of reductions each, wakes sleepers from a timer
 * heap (real or virtual clock), delivers messages, carries out links and
 * monitors when a process ends, and decides when a run is over: when the main
 * process finishes (or, with `waitAll`, when every process has), or when nothing
 * can ever happen again (a deadlock, reported with who waits where).
 *
 * It gives control back to the host event loop between batches of slices, so a
 * terminal's Ctrl-C, a web page, or a timer always gets a turn. Nothing here uses
 * `Deno.*`: output goes through the {@linkcode Host} callbacks.
 *
 * @module
 */

import { Chunk, FnProto, Globals } from "../compile/chunk.ts";
import { OP } from "../compile/opcodes.ts";
import { LudusError } from "../errors/errors.ts";
import { Source } from "../errors/source.ts";
import { LIMITS } from "../limits.ts";
import { Turtle, type TurtleCommand } from "../turtle/turtle.ts";
import { keyword, KW, Tuple, type Value } from "../values/values.ts";
import { Closure, isCallable } from "../vm/callables.ts";
import { brief, errorIn, ludusStack, Panic, recordSpawnSite, userSite } from "../vm/debug.ts";
import { NO_MAIL } from "../vm/mailbox.ts";
import {
  type Kernel,
  type KernelStats,
  LBox,
  type LoggedMessage,
  NO_FRAMES,
  NO_STACK,
  type Pid,
  Process,
  type Status,
  SUSPEND,
  type Suspend,
} from "../vm/process.ts";
import { type Exit, run } from "../vm/vm.ts";
import { describe, memoryOf, waitsOn, where } from "../observe/snapshot.ts";
import { DEFAULT_LOG_CAPACITY, MessageLog } from "./message_log.ts";
import { ProcessTable } from "./process_table.ts";

/** Where a run's output goes. All optional. */
export interface Host {
  /** A console line, as soon as it is printed, and the process that printed it. */
  print?(line: string, pid: Pid): void;
  /** A report for stderr: another process panicked, processes left, etc. */
  report?(text: string, error: LudusError | null): void;
  /** A turtle command was carried out by the turtle of process `pid`. */
  turtle?(pid: Pid, command: TurtleCommand): void;
  /** A process has ended: its pid's `final` says how. */
  ended?(pid: Pid): void;
  /** A process was still alive when the run ended, doing `status`, and was stopped. */
  stopped?(pid: Pid, status: Status): void;
  /** A process was made, by `parent` (null: by the host), at `at` reductions. */
  spawned?(pid: Pid, parent: Pid | null, at: number): void;
  /** `a` linked itself to `b` (`link! (b)`), at `at` reductions. */
  linked?(a: Pid, b: Pid, at: number): void;
  /** `watcher` began to monitor `target` (`monitor! (target)`), at `at` reductions. */
  monitored?(watcher: Pid, target: Pid, at: number): void;
  /** A slice ran: the process, when it began (ms since the start), how long, its reductions. */
  slice?(pid: Pid, start: number, ms: number, reductions: number): void;
  /**
   * A process began (`on`) or stopped listening for input (`listen! (:keys)`).
   * A host that passes input on sets this; while something listens, a run that
   * has nothing else to do waits for input instead of ending in a deadlock.
   */
  listen?(pid: Pid, what: "keys" | "pointer", on: boolean): void;
}

/** Scheduler settings. */
export interface SchedulerOptions {
  /** Reductions per slice (default 1,000). */
  budget?: number;
  /** Seed for `random` (default: from the clock). */
  seed?: number;
  /** Make `sleep!` instant but ordered (for tests). */
  virtualClock?: boolean;
  /** Keep running until every process has ended, not just main. */
  waitAll?: boolean;
  /** Stop with an error after this many reductions in total. */
  maxReductions?: number;
  /** Stop with an error after this many milliseconds. */
  timeoutMs?: number;
  /** Most processes alive at once. */
  maxProcesses?: number;
  /**
   * Most bytes one process may hold (its values, its mailbox): past it, that
   * process panics, saying what grew; its links and monitors fire as for any
   * crash (default {@linkcode DEFAULTS.maxProcessMemory}).
   */
  maxProcessMemory?: number;
  /**
   * Most bytes the whole run may hold, by the processes' accounting (or 1.5×
   * this by `memoryUsage`, the host's own heap figure): past it, the run stops
   * with a limit error listing the biggest processes (default
   * {@linkcode DEFAULTS.maxMemory}). Sessions (`memoryExceeded: "kill"`) end
   * the biggest process instead, and go on.
   */
  maxMemory?: number;
  /** The host's heap in use, in bytes, if it can tell (what Deno or the browser reports). */
  memoryUsage?: () => number;
  /** What passing `maxMemory` does: stop the run (default), or kill the biggest process. */
  memoryExceeded?: "stop" | "kill";
  /** Messages kept in the message log behind `observe :messages` (0 turns it off). */
  messageLog?: number;
  /** Values kept per box in its history (0 turns it off). */
  historySize?: number;
  /**
   * Keep every console line in {@linkcode Scheduler.console} (default true). A
   * host that streams lines as they come (`host.print`) may turn it off, so a
   * program that prints forever holds no memory for what it printed.
   */
  keepConsole?: boolean;
  /** Remember every process, ended ones too (for a report at the end). */
  keepAll?: boolean;
  /**
   * Give the host a full event-loop turn (through a timer, so network and signals
   * are polled) at least this often while programs run, in ms (default 200; a
   * server that must answer requests promptly uses ~20). Other turns use a
   * cheaper MessageChannel message.
   */
  ioIntervalMs?: number;
  /** Host callbacks. */
  host?: Host;
}

/** Where modules come from: the runtime's loader (`modules.ts`) registers itself with {@linkcode Scheduler.useModules}. */
export interface ModuleLoader {
  /** `import "path"` from `proc`, whose code is `chunk`: the module's value, or SUSPEND. */
  import(proc: Process, path: string, chunk: Chunk): Value | Suspend;
  /** A process has ended (a module's own process, or one waiting for a module). */
  exited(proc: Process): void;
}

/** How a whole run ended. */
export interface RunOutcome {
  /** The main process's value (when it finished). */
  value: Value;
  /** The error that ended the run, if any. */
  error: LudusError | null;
}

/** A process that waits for a timer. */
interface Timer {
  at: number;
  seq: number;
  proc: Process;
}

/** Defaults, each with its reason. */
export const DEFAULTS = {
  /** BEAM used 1,000 in early releases (4,000 today); ours are coarser, so 1,000. */
  budget: 1000,
  /** Give the host event loop a turn after this many ms of running. */
  sliceBatchMs: 8,
  /** End a slice at the next clock reading after this many ms, budget left or not. */
  sliceMs: 0.5,
  /** Keep the last this many messages of the run for `observe :messages`. */
  messageLog: DEFAULT_LOG_CAPACITY,
  /** Keep this many values per box for `observe :history`. */
  historySize: 1000,
  /**
   * Most bytes one process may hold. The BEAM sets no default (max_heap_size);
   * a learner's runaway loop is better stopped long before the machine is
   * full, and a list of ten million numbers (the collection limit) is ~90 MB.
   */
  maxProcessMemory: 256 * 1024 * 1024,
  /** Most bytes a whole run may hold: well under V8's own heap limit (~4 GB here), a quarter of a small laptop. */
  maxMemory: 1024 * 1024 * 1024,
};

/**
 * A process's memory is walked again after it has run this many reductions at
 * least (and more as it holds more: see `#walkMemory`).
 */
const MIN_WALK = 65_536;
/**
 * Bytes one reduction adds to what a process holds, at most in practice (a
 * long built-in charges a reduction per 32 items it builds, ~8-16 bytes each):
 * the reductions a process must run to go from its last walk's figure past
 * the limit, and all processes together past the run's budget.
 */
const BYTES_PER_REDUCTION = 512;
/** The whole run is walked (a census) at most this often, in reductions of all processes. */
const MIN_CENSUS = 1_000_000;
/** Reductions per object a walk looked at before the next walk: bounds the walks' cost (~2%). */
const WALK_COST = 50;
/**
 * A mailbox is walked from this many messages on, each time it has grown by
 * half. Past the 100,000 messages a program that only collects replies holds
 * (spawn's bench): its walks cost nothing there, and a flood of even the
 * smallest messages is seen by 131,072 (~12 MB).
 */
const MAILBOX_WALK = 1 << 17;

/**
 * Reductions until the next walk of something holding `bytes` of a `limit`
 * whose last walk looked at `visited` objects: no more than it takes to reach
 * the limit at {@linkcode BYTES_PER_REDUCTION}, unless that is less than a
 * multiple of the walk's cost (then at most twice as long: near its limit, a
 * process is walked often, as it must be), and never less than `min`.
 */
function nextWalk(min: number, limit: number, bytes: number, visited: number): number {
  const toLimit = (limit - bytes) / BYTES_PER_REDUCTION;
  return Math.max(min, toLimit, Math.min(visited * WALK_COST, limit / BYTES_PER_REDUCTION));
}

/** Is `n` a power of two, or three halves of one (the steps of growing by half)? */
function isGrowthStep(n: number): boolean {
  if ((n & (n - 1)) === 0) return true;
  const third = n / 3;
  return Number.isInteger(third) && (third & (third - 1)) === 0;
}

/** A thunk that calls a captured function with no arguments (spawning non-closures). */
function callThunk(): FnProto {
  const src = new Source("<spawn>", "");
  const code = [OP.LOAD_CAPTURE, 0, OP.CALL, 0, OP.RETURN];
  const chunk = new Chunk(code, [], code.map(() => 0), code.map(() => 0), src);
  return new FnProto("spawn", null, ["()"], chunk, [], true, { start: 0, end: 0 });
}
const CALL_THUNK = callThunk();
const THUNK_GLOBALS = new Globals();

/**
 * Zero as a heap number, for fields that will hold fractional milliseconds. V8
 * picks a field's representation from its first value: a field that starts as
 * the small integer 0 and later gets 0.25 changes the object's shape, and that
 * throws away the optimised code of every function that uses the scheduler, in
 * the middle of a run. Starting from -0 makes the field a double from the start.
 */
const FLOAT_ZERO = -0;

/** The scheduler of one runtime. */
export class Scheduler implements Kernel {
  /** Reductions per slice. */
  readonly budget: number;
  /** Live processes by id. */
  readonly procs: ProcessTable = new ProcessTable();
  /** The main process (the script). */
  main: Process | null = null;
  /** Total reductions of every process. */
  totalReductions = 0;
  /** Slices run. */
  slices = 0;
  /** The longest slice, in ms. */
  longestSlice: number = FLOAT_ZERO;
  /** Processes that ended by panicking. */
  failures = 0;
  /** How many of the live processes are boxes (idle servers, never scheduled). */
  boxes = 0;
  /** Every process ever made, when `keepAll` is set. */
  readonly allProcs: Process[] = [];
  /** Processes stopped because the run ended, and what they were doing then. */
  readonly stoppedAt: Map<Process, string> = new Map();
  /** Console lines printed so far. */
  readonly console: string[] = [];
  /** Every turtle, in the order processes first drew. */
  readonly turtles: Turtle[] = [];
  /** Tests registered by `test` forms (test mode). */
  readonly tests: { name: string; fn: Closure }[] = [];
  /** The settings it was made with. */
  readonly opts: SchedulerOptions;
  /** Where output goes. */
  readonly host: Host;
  /** The seeded random number source (`random` in Ludus). */
  readonly random: () => number;

  /** The run queue: a ring buffer (power-of-two size) read from `#qhead`. */
  #queue: (Process | null)[] = nulls(64);
  #qhead = 0;
  #qcount = 0;
  #timers: Timer[] = [];
  #timerSeq = 0;
  #nextId = 1;
  #nextMsgId = 1;
  /** Processes standing for the host (see {@link Scheduler.hostProcess}). */
  #hosts: Process[] = [];
  #clockStart = performance.now();
  #virtualNow = FLOAT_ZERO;
  #stopped: LudusError | null = null;
  #waiters: (() => void)[] = [];

  /** Make a scheduler. */
  constructor(opts: SchedulerOptions = {}) {
    this.opts = opts;
    this.budget = opts.budget ?? DEFAULTS.budget;
    this.host = opts.host ?? {};
    this.ioInterval = opts.ioIntervalMs ?? 200;
    // The log is made now, before any slice: its ~200 KB of fresh memory costs
    // 0.3-0.8 ms of page faults, which would otherwise land in the slice of the
    // first send.
    const logSize = opts.messageLog ?? DEFAULTS.messageLog;
    if (logSize > 0) this.log = new MessageLog(logSize);
    this.random = makeRandom(opts.seed ?? (Date.now() ^ (performance.now() * 1000)));
  }

  // --- clock

  /**
   * Like {@linkcode Scheduler.now}, but from the clock reading the scheduler last
   * took (at most a slice or two old) instead of reading the clock again: for
   * timestamps on hot paths (box histories).
   */
  #recentNow(): number {
    if (this.opts.virtualClock) return this.#virtualNow;
    return this.#clock === 0 ? this.now() : Math.max(0, this.#clock - this.#clockStart);
  }

  /** Milliseconds since the run started (virtual time in virtual-clock mode). */
  now(): number {
    return this.opts.virtualClock ? this.#virtualNow : performance.now() - this.#clockStart;
  }

  // --- processes

  /**
   * Make a process that will call `fn` with `args`, spawned by `parent` (null:
   * by the host), and queue it.
   */
  startProcess(fn: Value, parent: Process | null, args: Value[] = []): Process {
    const max = this.opts.maxProcesses ?? LIMITS.maxProcesses;
    if (this.procs.size >= max) {
      throw new Panic(
        `there are already ${max} processes alive (the process limit)`,
        "limit",
      );
    }
    const proc = new Process(this.#nextId++, this, parent);
    proc.memoryWalkAt = MIN_WALK;
    // A closure runs directly; any other function runs through a tiny thunk.
    if (fn instanceof Closure) proc.start(fn, args);
    else proc.start(new Closure(CALL_THUNK, [fn], THUNK_GLOBALS));
    this.procs.add(proc);
    if (this.opts.keepAll) this.allProcs.push(proc);
    if (parent) recordSpawnSite(proc, parent);
    this.#enqueue(proc);
    this.host.spawned?.(proc.pid, parent?.pid ?? null, this.#at(parent));
    return proc;
  }

  /** Reductions so far, counting the running process's slice (for events' times). */
  #at(running: Process | null): number {
    return this.totalReductions + (running === null ? 0 : running.sliceReds);
  }

  /**
   * A process that stands for the host: messages sent to its pid are handed to
   * `onMessage` instead of a mailbox. It never runs and never counts as waiting.
   */
  hostProcess(onMessage: (msg: Value, from: Process | null) => void): Process {
    const p = new Process(0, this, null);
    this.#hosts.push(p);
    p.name = "host";
    p.status = "waiting";
    p.hostSink = onMessage;
    return p;
  }

  /** `spawn! (f)` from a Ludus process. */
  spawn(parent: Process, f: Value): Pid {
    if (!isCallable(f)) {
      throw new LudusError(
        "panic",
        `\`spawn!\` needs a function of no arguments, but got ${brief(f)}`,
      );
    }
    const p = this.startProcess(f, parent);
    if (parent.tracers !== null) this.traceEvent(parent, new Tuple([KW_SPAWN, p.pid]));
    return p.pid;
  }

  #enqueue(p: Process): void {
    p.status = "runnable";
    let q = this.#queue;
    if (this.#qcount === q.length) q = this.#growQueue();
    q[(this.#qhead + this.#qcount++) & (q.length - 1)] = p;
  }

  #growQueue(): (Process | null)[] {
    const q = this.#queue, n = q.length;
    const bigger: (Process | null)[] = nulls(n * 2);
    for (let i = 0; i < n; i++) bigger[i] = q[(this.#qhead + i) & (n - 1)];
    this.#queue = bigger;
    this.#qhead = 0;
    return bigger;
  }

  #dequeue(): Process | null {
    if (this.#qcount === 0) return null;
    const q = this.#queue, h = this.#qhead;
    const p = q[h];
    q[h] = null; // a process that has ended is not kept alive by the queue
    this.#qhead = (h + 1) & (q.length - 1);
    this.#qcount--;
    return p;
  }

  /** Number of processes waiting in the run queue. */
  get runnable(): number {
    return this.#qcount;
  }

  /** Number of timers pending. */
  get sleeping(): number {
    return this.#timers.length;
  }

  // --- messages

  /** Deliver `msg` from `from` to a pid (or a box's process). */
  send(from: Process | null, to: Pid | LBox, msg: Value): void {
    const target = to.proc;
    const id = this.#nextMsgId++;
    const log = this.log;
    if (from) {
      from.messagesOut++;
      from.lastSentTo = target;
      if (target && log !== null) {
        log.sent(
          id,
          this.totalReductions + from.sliceReds,
          from.lastReceived,
          from.id,
          target.id,
          msg,
        );
        from.lastLogged = id * 2;
        target.lastLogged = id * 2 + 1;
      } else if (log !== null) log.skip(id);
      if (from.tracers !== null) {
        this.traceEvent(from, new Tuple([KW_SEND, target ? target.pid : null, msg]));
      }
    } else if (log !== null) log.skip(id);
    if (!target || !target.alive) return; // like Erlang: sending to the dead is not an error
    this.#deliver(target, msg, id);
  }

  /** A message id for a message the log does not record (a monitor's, a tracer's). */
  #unloggedId(): number {
    const id = this.#nextMsgId++;
    this.log?.skip(id);
    return id;
  }

  /**
   * The message log: null when it is turned off (`messageLog: 0`, as for the
   * prelude's scheduler, which sends nothing and so need not make its ~200 KB).
   */
  log: MessageLog | null = null;

  /**
   * The last `n` messages `pid` sent or received, oldest first (none when the
   * log is off). The log holds pid numbers; they are found again here.
   */
  messagesOf(pid: Pid, n: number): LoggedMessage[] {
    const log = this.log;
    if (log === null) return [];
    let byId: Map<number, Pid> | null = null;
    const pidOf = (id: number): Pid | null => {
      if (byId === null) {
        byId = new Map();
        for (const q of log.endedPids()) byId.set(q.id, q);
        for (const h of this.#hosts) byId.set(h.id, h.pid);
        for (const q of this.procs.values()) byId.set(q.id, q.pid);
      }
      return byId.get(id) ?? null;
    };
    return log.messagesOf(pid, n, this.lastMessageId, pidOf);
  }

  /** Take a process stopped at the end of the run out of the table. */
  #remove(proc: Process): void {
    this.procs.remove(proc);
    this.noteEnded(proc);
  }

  /**
   * A process has ended or stopped: the message log notes how, if a message it
   * is named in may still be there (called as it ends; public for the log's tests).
   */
  noteEnded(proc: Process): void {
    if (this.log !== null && proc.lastLogged !== 0) {
      this.log.retire(proc.pid, proc.lastLogged, this.lastMessageId);
    }
  }

  /** The id of the newest message. */
  get lastMessageId(): number {
    return this.#nextMsgId - 1;
  }

  #deliver(target: Process, msg: Value, id: number): void {
    if (target.hostSink !== null) {
      target.messagesIn++;
      target.hostSink(msg, null);
      return;
    }
    target.mailboxForDelivery().push(msg, id);
    // What others send grows a process that may not run: its memory is walked
    // as its mailbox grows (by half each time, so the walks cost no more than
    // the mailbox), and a flood ends it before the run runs out.
    const n = target.mailbox.length;
    if (n >= MAILBOX_WALK && isGrowthStep(n)) this.#walkMemory(target);
    if (target.mailbox.length === LIMITS.mailboxWarning) {
      this.host.report?.(
        `warning: ${
          describe(target)
        } has ${LIMITS.mailboxWarning} messages waiting in its mailbox ` +
          `(at ${where(target)}): is anything receiving them?`,
        null,
      );
    }
    if (target.status === "waiting") this.#enqueue(target);
  }

  /** Called by the VM when a receive takes the message at `pos` out of the mailbox. */
  take(proc: Process, pos: number): void {
    const mb = proc.mailbox;
    const msg = mb.take(pos);
    const id = mb.takenId;
    proc.messagesIn++;
    proc.lastReceived = id;
    const log = this.log;
    if (log !== null) log.received(id, this.totalReductions + proc.sliceReds, this.#nextMsgId - 1);
    if (proc.tracers !== null) this.traceEvent(proc, new Tuple([KW_RECEIVE, msg]));
  }

  // --- links and monitors

  /** `link! (pid)`. */
  link(proc: Process, pid: Pid): Value {
    const other = pid.proc;
    if (other === proc) return KW.ok;
    if (other === null || !other.alive) {
      this.#linkedExit(proc, pid);
      return KW.ok;
    }
    (proc.links ??= new Set()).add(other);
    (other.links ??= new Set()).add(proc);
    this.host.linked?.(proc.pid, pid, this.#at(proc));
    return KW.ok;
  }

  /** `monitor! (pid)`: the caller gets `(:exit, pid, result)` when it ends. */
  monitor(proc: Process, pid: Pid): Value {
    const other = pid.proc;
    if (other === null || !other.alive) {
      this.#deliverExit(proc, pid);
      return KW.ok;
    }
    (other.monitors ??= new Set()).add(proc);
    (proc.monitoring ??= new Set()).add(other);
    this.host.monitored?.(proc.pid, pid, this.#at(proc));
    return KW.ok;
  }

  /** `(:ok, value)`, `(:err, message)`, or `(:err, :killed)` for an ended process. */
  #exitValue(pid: Pid): Value {
    const f = pid.final;
    if (f === null) {
      const p = pid.proc!;
      return p.status === "done"
        ? new Tuple([KW.ok, p.result])
        : new Tuple([KW.err, this.#killed.has(p) ? KW_KILLED : p.error?.message ?? "panicked"]);
    }
    return f.status === "done"
      ? new Tuple([KW.ok, f.result])
      : new Tuple([KW.err, f.killed ? KW_KILLED : f.message ?? "panicked"]);
  }

  /** Processes that listen for input, and for what. */
  readonly #listeners: Map<Process, Set<"keys" | "pointer">> = new Map();

  /**
   * `listen! (:keys)` and the like: the host passes input to the process as
   * messages. `(:err, why)` where the host passes none (the command line).
   */
  listen(proc: Process, what: "keys" | "pointer", on: boolean): Value {
    if (this.host.listen === undefined) {
      return new Tuple([KW.err, "no input comes here: keys and the pointer come only in the page"]);
    }
    let set = this.#listeners.get(proc);
    if (on) {
      if (set === undefined) this.#listeners.set(proc, set = new Set());
      set.add(what);
    } else if (set !== undefined) {
      set.delete(what);
      if (set.size === 0) this.#listeners.delete(proc);
    }
    this.host.listen?.(proc.pid, what, on);
    return KW.ok;
  }

  /** Wake a run that waits (for input, a timer, the host): something may have changed. */
  wake(): void {
    this.#wake();
  }

  /** Processes ended by {@linkcode Scheduler.kill} (their exit reason is `:killed`). */
  readonly #killed: WeakSet<Process> = new WeakSet();

  /**
   * End a process from outside (a Kill button), as Erlang's `exit (pid, kill)`:
   * it panics, its monitors get `(:exit, pid, (:err, :killed))`, and the
   * processes linked to it panic too. False if it had already ended.
   */
  kill(proc: Process, why = "it was killed"): boolean {
    if (!proc.alive || proc.hostSink !== null) return false;
    this.#killed.add(proc);
    const err = errorIn(proc, `this process was killed: ${why}`, "panic");
    this.#kill(proc, err);
    this.#wake();
    return true;
  }

  #deliverExit(watcher: Process, dead: Pid): void {
    const msg = new Tuple([KW.exit, dead, this.#exitValue(dead)]);
    this.#deliver(watcher, msg, this.#unloggedId());
  }

  #linkedExit(proc: Process, dead: Pid): void {
    if (!proc.alive) return;
    const exit = this.#exitValue(dead) as Tuple;
    const name = dead.final?.name ?? dead.proc?.name ?? null;
    const who = name ? `<pid ${dead.id}> (${name})` : `<pid ${dead.id}>`;
    const how = exit.items[0] === KW.ok
      ? `ended (it returned ${brief(exit.items[1], 60)})`
      : `panicked: ${exit.items[1]}`;
    // Where this process was when the exit reached it, with its Ludus stack.
    const err = errorIn(proc, `linked process ${who} ${how}, so this process panics too`, "panic");
    this.#kill(proc, err);
  }

  /** End a process from outside (a link): it panics with `err`. */
  #kill(proc: Process, err: LudusError): void {
    proc.status = "panicked";
    proc.error = err;
    this.#finish(proc);
  }

  /** After a process ends: notify monitors, links, tracers; report panics. */
  #finish(proc: Process): void {
    this.procs.remove(proc);
    this.#memoryTotal -= proc.memory;
    proc.memory = 0;
    if (proc.status === "panicked") this.failures++;
    this.#removeTimer(proc);
    if (proc.status === "panicked" && proc !== this.main) this.#reportPanic(proc);
    // What is left of the process: its pid, with how it ended. (With keepAll the
    // record stays reachable for the report at the end.)
    const pid = proc.pid;
    pid.final = {
      name: proc.name,
      status: proc.status === "done" ? "done" : "panicked",
      result: proc.status === "done" ? proc.result : null,
      message: proc.error?.message ?? null,
      reductions: proc.reductions,
      killed: this.#killed.has(proc),
    };
    if (!this.opts.keepAll) pid.proc = null;
    this.noteEnded(proc);
    if (proc.tracers !== null) this.traceEvent(proc, new Tuple([KW.exit, this.#exitValue(pid)]));
    if (proc.monitors) {
      for (const w of proc.monitors) {
        if (w.alive) this.#deliverExit(w, pid);
        w.monitoring?.delete(proc);
      }
    }
    // When the main script ends the run is over: the others are stopped, not panicked.
    if (proc.links && !(proc === this.main && !this.opts.waitAll)) {
      const links = proc.links;
      proc.links = null;
      for (const l of links) {
        l.links?.delete(proc);
        this.#linkedExit(l, pid);
      }
    }
    proc.lastSentTo = null;
    proc.work = null;
    // A dead process keeps its result (for await!), not its stack.
    proc.stack = NO_STACK;
    proc.frames = NO_FRAMES;
    proc.fp = 0;
    proc.sp = 0;
    proc.mailbox = NO_MAIL;
    this.#modules?.exited(proc);
    const listened = this.#listeners.get(proc);
    if (listened !== undefined) {
      this.#listeners.delete(proc);
      for (const what of listened) this.host.listen?.(pid, what, false);
    }
    this.host.ended?.(pid);
    if (proc === this.main && !this.opts.waitAll) this.#wake();
  }

  /**
   * Panics reported so far, by message and place. Ten thousand processes that
   * fail the same way are one report and a count, not ten thousand reports:
   * a flood of identical errors would bury the first one, the one to read.
   */
  #panics = new Map<string, { count: number; message: string; at: string }>();

  #reportPanic(proc: Process): void {
    const err = proc.error;
    let at = "";
    if (err?.source && err.span) {
      const { line, column } = err.source.position(err.span.start);
      at = `${err.source.name}:${line}:${column}`;
    }
    const message = err?.message ?? "";
    const key = `${message}\u0000${at}`;
    let seen = this.#panics.get(key);
    if (seen === undefined) {
      seen = { count: 0, message, at };
      this.#panics.set(key, seen);
    }
    seen.count++;
    if (seen.count <= PANICS_SHOWN) {
      this.host.report?.(`process ${describe(proc)} panicked`, err);
    }
  }

  /** One line for each kind of panic reported only in part. */
  #summarisePanics(): void {
    for (const seen of this.#panics.values()) {
      const more = seen.count - PANICS_SHOWN;
      if (more <= 0) continue;
      this.host.report?.(
        `… and ${more.toLocaleString("en-US")} more process${more === 1 ? "" : "es"} panicked ` +
          `the same way: ${seen.message}${seen.at ? ` (at ${seen.at})` : ""}`,
        null,
      );
    }
    this.#panics.clear();
  }

  // --- memory

  /** The bytes all live processes held when each was last walked. */
  #memoryTotal = 0;

  /** Bytes the processes hold, by the accounting (each as of its last walk). */
  get memoryHeld(): number {
    return this.#memoryTotal;
  }

  /**
   * Walk a process's memory (`memoryOf`); past the per-process limit it panics,
   * saying what grew. The next walk comes after the reductions it would take to
   * reach the limit from here, and at least after a multiple of this walk's
   * cost, so walks stay cheap however much a process holds.
   */
  #walkMemory(p: Process): void {
    if (p.box !== null || p.hostSink !== null) return;
    const limit = this.opts.maxProcessMemory ?? DEFAULTS.maxProcessMemory;
    const use = memoryOf(p, limit);
    this.#lastVisited = use.visited;
    this.#memoryTotal += use.bytes - p.memory;
    p.memory = use.bytes;
    p.memoryWalkAt = p.reductions + nextWalk(MIN_WALK, limit, use.bytes, use.visited);
    if (!use.capped) return;
    const mb = use.mailbox;
    const grew = mb.bytes >= (use.biggest?.bytes ?? 0)
      ? `its mailbox holds ${mb.messages.toLocaleString("en-US")} messages (~${mib(mb.bytes)})`
      : `it holds ${use.biggest!.what} (~${mib(use.biggest!.bytes)})`;
    const err = errorIn(
      p,
      `this process holds more than ${
        mib(limit)
      } of memory (the --max-process-memory limit): ${grew}`,
      "limit",
    );
    if (p === this.#running) {
      // Walked from the slice it ran in: it ends as the slice does.
      this.#overLimit = err;
    } else this.#kill(p, err);
  }

  /** What the last walk looked at. */
  #lastVisited = 0;

  /** Total reductions at which every process is walked next (see `#census`). */
  #censusAt = MIN_CENSUS;

  /**
   * Walk every live process: processes that each run too little to be walked
   * on their own (a thousand of them building a big list each, then waiting)
   * are counted too. The next census comes after the reductions it would take
   * the run to reach its budget from here, and after a multiple of this one's
   * cost.
   */
  #census(budget: number): void {
    let visited = 0;
    for (const p of this.procs.values()) {
      if (!p.alive || p.box !== null) continue;
      this.#walkMemory(p);
      visited += this.#lastVisited;
    }
    this.#censusAt = this.totalReductions +
      nextWalk(MIN_CENSUS, budget, this.#memoryTotal, visited);
  }

  /** The process the VM runs now (set around a slice). */
  #running: Process | null = null;
  /** Set when the running process passed its memory limit in its own slice. */
  #overLimit: LudusError | null = null;

  /**
   * Is the whole run over its memory budget? Checked between batches of slices:
   * by the accounting, or by the host's heap figure (which also counts what the
   * accounting does not see: code, the log, garbage not collected yet). Stops
   * the run with the biggest processes listed, or (sessions) kills the biggest.
   */
  #checkRunMemory(): void {
    const budget = this.opts.maxMemory ?? DEFAULTS.maxMemory;
    // Without the host's heap figure, the accounting alone must see it all.
    const usage = this.opts.memoryUsage;
    if (usage === undefined && this.totalReductions >= this.#censusAt) this.#census(budget);
    const heap = usage?.() ?? 0;
    // The budget is a ceiling: the host's figure can jump between two checks (a
    // batch of slices allocating, a collection, a walk's own bookkeeping), so a
    // run stops once it is within a quarter of it. Killing one process frees
    // its memory only at V8's next collection: a session goes by its
    // accounting, which drops at once, and by the host's figure only when it is
    // far past the budget.
    const heapLimit = this.opts.memoryExceeded === "kill" ? budget * 2.5 : budget * HOST_SHARE;
    if (this.#memoryTotal <= budget && heap <= heapLimit) return;
    // Everyone walked again, so the list names who holds it now. A session
    // walks in full (it kills the biggest, and its total must drop by what that
    // one held); a run that stops only ranks them, each walk capped so that the
    // walks' own bookkeeping stays small next to the budget.
    const kill = this.opts.memoryExceeded === "kill";
    const live = [...this.procs.values()].filter((p) => p.box === null && p.alive);
    const held = new Map<Process, { bytes: number; capped: boolean }>();
    let total = 0;
    for (const p of live) {
      if (kill) this.#walkMemory(p);
      // (A capped walk says "at least"; the last full walk may know more.)
      const use = kill ? { bytes: p.memory, capped: false } : memoryOf(p, budget / RANK_SHARE);
      const bytes = Math.max(use.bytes, p.memory);
      held.set(p, { bytes, capped: use.capped && use.bytes >= p.memory });
      total += bytes;
    }
    const size = (p: Process) => held.get(p)!.bytes;
    live.sort((a, b) => size(b) - size(a));
    const about = (p: Process) => `${held.get(p)!.capped ? "more than " : "~"}${mib(size(p))}`;
    const top = live.slice(0, 5).filter((p) => size(p) > 0).map((p) =>
      `  ${describe(p)} holds ${about(p)} at ${where(p)}`
    );
    const n = live.length.toLocaleString("en-US");
    // What the walks do not see: garbage not collected yet, a built-in's work
    // under way (a long \`range\`), code.
    const unseen = heap > 2 * total && ![...held.values()].some((h) => h.capped)
      ? " (the rest is garbage not collected yet, built-ins at work, and code)"
      : "";
    const what = `the run holds more than ${mib(budget)} of memory (the --max-memory limit)` +
      (heap > heapLimit ? `: ${mib(heap)} in use, near it` : "") +
      (live.length === 1
        ? `; its one process holds ${about(live[0])}`
        : `; ${n} processes hold ~${mib(total)} between them`) +
      unseen;
    if (kill && heap <= heapLimit && live.length > 0) {
      const p = live[0];
      this.#kill(p, errorIn(p, `${what}; this process holds the most, ${about(p)}`, "limit"));
      return;
    }
    this.#stopped = new LudusError(
      "limit",
      top.length > 0 ? `${what}, the biggest:\n${top.join("\n")}` : what,
    );
    // The error lists who holds the memory: the list of who was alive is noise.
    this.#quietLeftovers = true;
  }

  // --- timers

  /** `sleep! (ms)`. */
  sleep(proc: Process, ms: number): Suspend {
    proc.pending = KW.ok;
    proc.status = "sleeping";
    proc.wakeAt = this.now() + Math.max(0, ms);
    const t: Timer = { at: proc.wakeAt, seq: this.#timerSeq++, proc };
    heapPush(this.#timers, t);
    return SUSPEND;
  }

  /** `yield! ()`: to the back of the run queue. */
  yieldNow(proc: Process): Suspend {
    proc.pending = KW.ok;
    proc.status = "runnable";
    return SUSPEND;
  }

  #removeTimer(proc: Process): void {
    if (this.#timers.length === 0) return;
    const i = this.#timers.findIndex((t) => t.proc === proc);
    if (i >= 0) {
      this.#timers.splice(i, 1);
      heapify(this.#timers);
    }
  }

  #wakeTimers(): void {
    if (this.#timers.length === 0) return;
    const now = this.now();
    while (this.#timers.length > 0 && this.#timers[0].at <= now) {
      const t = heapPop(this.#timers)!;
      if (t.proc.status === "sleeping") this.#enqueue(t.proc);
    }
  }

  // --- console, turtles and boxes

  /** The turtle of a process (made at home when it first draws). */
  turtleOf(proc: Process): Turtle {
    if (proc.turtle === null) {
      proc.turtle = new Turtle(proc.id);
      this.turtles.push(proc.turtle);
    }
    return proc.turtle;
  }

  /** A turtle command carried out: the host may draw it. */
  turtleMoved(proc: Process, command: TurtleCommand): void {
    this.host.turtle?.(proc.pid, command);
  }

  /** A console line from a process. */
  print(proc: Process, line: string): void {
    if (this.opts.keepConsole !== false) this.console.push(line);
    this.host.print?.(line, proc.pid);
  }

  /** `box name = value`: a box and its own (idle) process. */
  makeBox(proc: Process, name: string, value: Value): LBox {
    const box = new LBox(name, value);
    const bp = new Process(this.#nextId++, this, proc);
    bp.name = `box ${name}`;
    bp.status = "waiting";
    bp.box = box;
    bp.spawnFile = proc.spawnFile;
    const site = userSite(proc, false);
    if (site) {
      bp.spawnFile = site.chunk.source.name;
      bp.spawnLine = site.chunk.positionAt(site.ip).line;
    }
    box.proc = bp;
    this.procs.add(bp);
    if (this.opts.keepAll) this.allProcs.push(bp);
    this.boxes++;
    this.#recordBox(box, value, proc);
    this.host.spawned?.(bp.pid, proc.pid, this.#at(proc));
    return box;
  }

  #recordBox(box: LBox, value: Value, by: Process): void {
    const limit = this.opts.historySize ?? DEFAULTS.historySize;
    if (limit <= 0) return;
    box.history.push({
      value,
      at: this.totalReductions + by.sliceReds,
      time: this.#recentNow(),
      by: by.pid,
    });
    if (box.history.length > limit) box.history.shift();
  }

  /** A request to a box, served in the caller's slice (as a round trip would be). */
  #serve(proc: Process, box: LBox): Process {
    const bp = box.proc!;
    proc.messagesOut++;
    proc.messagesIn++;
    bp.messagesIn++;
    bp.messagesOut++;
    bp.reductions++;
    return bp;
  }

  /** `unbox (b)`. */
  unbox(proc: Process, box: LBox): Value {
    this.#serve(proc, box);
    return box.value;
  }

  /** `store! (b, v)`: the writer recorded is the caller. */
  store(proc: Process, box: LBox, value: Value): Value {
    this.#serve(proc, box);
    box.value = value;
    this.#recordBox(box, value, proc);
    return value;
  }

  /** Deliver a trace event about `proc` to its tracers. */
  traceEvent(proc: Process, ev: Value): void {
    if (proc.tracers === null) return;
    for (const t of proc.tracers) {
      if (t.alive) this.#deliver(t, new Tuple([KW_TRACE, proc.pid, ev]), this.#unloggedId());
    }
  }

  /** The module loader, once the runtime has installed one (see {@linkcode Scheduler.useModules}). */
  #modules: ModuleLoader | null = null;

  /** Load modules with `loader` (the runtime's; a scheduler without one cannot import). */
  useModules(loader: ModuleLoader): void {
    this.#modules = loader;
  }

  /** `import "path"`: through the module loader. */
  importModule(proc: Process, path: string, chunk: Chunk): Value | Suspend {
    if (this.#modules === null) {
      throw new Panic(`cannot import "${path}": this runtime has no module loader`, "import");
    }
    return this.#modules.import(proc, path, chunk);
  }

  // --- what observe reads

  /** The live processes, oldest first. */
  processes(): IterableIterator<Process> {
    return this.procs.values();
  }

  /** The scheduler's counters. */
  stats(): KernelStats {
    return {
      budget: this.budget,
      reductions: this.totalReductions,
      slices: this.slices,
      clock: this.now(),
      longestSlice: this.longestSlice,
    };
  }

  #pending = new Set<Promise<unknown>>();
  /** Reductions between clock readings (adapts; see `#readClock`). */
  #clockEvery = 128;
  /** Reductions left before the clock is read again. */
  #tillClock = 128;
  /**
   * When the event loop last got a timer turn (see `ioIntervalMs`); counted from
   * when the scheduler was made, so a run shorter than the interval needs none
   * (a timer turn waits ~2 ms, and the first one in a Deno process ~6 ms more, to
   * load Deno's timers).
   */
  lastTimerYield: number = performance.now();
  /** How often it gets one, in ms. */
  readonly ioInterval: number;
  /** The clock when it was last read (performance.now()). */
  #clock = FLOAT_ZERO;

  /**
   * Keep the run alive while the host does something asynchronous for a process
   * (fetching a module): the run is not idle until it settles.
   */
  hold(work: Promise<unknown>): void {
    const p: Promise<unknown> = work.finally(() => {
      this.#pending.delete(p);
      this.#wake();
    });
    this.#pending.add(p);
  }

  /**
   * Make a waiting process runnable again (after a host operation), with
   * `value` as the value of the call it waited in, if given (an import's).
   */
  resume(proc: Process, value?: Value): void {
    if (!proc.alive) return;
    if (value !== undefined) proc.settle(value);
    if (proc.status !== "runnable") this.#enqueue(proc);
  }

  /** Make a process fail from outside (its links and monitors are told). */
  fail(proc: Process, err: LudusError): void {
    if (proc.alive) this.#kill(proc, err);
  }

  /** Register a test (test mode). */
  registerTest(name: string, fn: Closure): void {
    this.tests.push({ name, fn });
  }

  // --- running

  /** Stop the run from outside (Ctrl-C, a Stop button): the run ends with this error. */
  stop(reason = "the run was stopped"): void {
    this.#stopped = new LudusError("stopped", reason);
    this.#wake();
  }

  /** The error the run was stopped with (a limit, `stop()`), if any. */
  get stopped(): LudusError | null {
    return this.#stopped;
  }

  #wake(): void {
    const ws = this.#waiters;
    this.#waiters = [];
    for (const w of ws) w();
  }

  /** Has the main process ended (or, with `waitAll`, every process)? */
  #mainOver(): boolean {
    if (this.opts.waitAll) return this.procs.size === this.boxes;
    const main = this.main;
    return main !== null && !main.alive;
  }

  /**
   * Read the clock, and set how many reductions run before the next reading so
   * that readings come about every 0.1 ms: fewer while the code runs fast (warm
   * JIT), more while it runs slowly (cold code, costly built-ins).
   */
  #readClock(): number {
    const now = performance.now();
    const took = now - this.#clock;
    let every = this.#clockEvery;
    if (took < 0.05 && every < 4096) every *= 2;
    else if (took > 0.2 && every > 16) every >>= 1;
    this.#clockEvery = every;
    this.#tillClock = every;
    this.#clock = now;
    return now;
  }

  /**
   * Run one slice, as {@link Scheduler.step} does, for a caller that steps by
   * hand rather than through `runUntil` (a host, the prelude as it loads): the
   * slice's time counts from now, not from the last clock reading of a batch,
   * which may be long past and would end the slice at its first reading.
   */
  stepAlone(): boolean {
    this.#clock = performance.now();
    this.#tillClock = this.#clockEvery;
    return this.step();
  }

  /**
   * Run one slice of the next runnable process. Returns false if no process was
   * runnable.
   */
  step(): boolean {
    this.#wakeTimers();
    const p = this.#dequeue();
    if (p === null) return false;
    if (p.status !== "runnable") return true; // ended or re-queued twice
    // The clock is read every so many reductions of all processes together (see
    // #readClock), not around every slice: a reading costs ~0.1 µs, as much as a
    // short slice. A slice runs in chunks that end at those readings. `since` is
    // the last reading before the slice began, so `now - since` bounds the slice's
    // time from above; once that passes `sliceMs` (code the JIT has not compiled
    // yet, a costly built-in) the slice ends early, even with reductions left.
    const since = this.#clock;
    const virtual = this.opts.virtualClock === true;
    const onSlice = this.host.slice;
    const t0 = onSlice === undefined ? 0 : performance.now();
    const reds0 = p.reductions;
    this.#running = p;
    let left = this.budget;
    let why: Exit;
    for (;;) {
      const r0 = p.reductions;
      why = run(p, left < this.#tillClock ? left : this.#tillClock);
      const used = p.reductions - r0;
      left -= used;
      this.totalReductions += used;
      // Virtual time moves with work: 1,000 reductions are one virtual millisecond.
      if (virtual) this.#virtualNow += used / 1000;
      this.#tillClock -= used > 0 ? used : 1;
      if (this.#tillClock > 0) break;
      const now = this.#readClock();
      const dt = now - since;
      if (dt > this.longestSlice) this.longestSlice = dt;
      if (why !== 1 /* Exit.Budget */ || left <= 0) break;
      if (dt >= DEFAULTS.sliceMs && !virtual) break;
    }
    this.slices++;
    if (p.reductions >= p.memoryWalkAt && p.alive) this.#walkMemory(p);
    this.#running = null;
    if (this.#overLimit !== null) {
      const err = this.#overLimit;
      this.#overLimit = null;
      if (p.alive) {
        this.#kill(p, err);
        return true;
      }
    }
    if (onSlice !== undefined) {
      const t1 = performance.now();
      onSlice(p.pid, t0 - this.#clockStart, t1 - t0, p.reductions - reds0);
    }
    // Literal labels (written from Exit by tools/gen_ops.ts): a jump table, with no
    // property load to deoptimise the first time a rare case comes (a process's
    // end, late in a run).
    switch (why) {
      case 1 /* Exit.Budget */:
        this.#enqueue(p);
        break;
      case 2 /* Exit.Suspended */:
        // waiting: a send re-queues it; sleeping: a timer does; runnable: yield!
        if (p.status === "runnable") this.#enqueue(p);
        break;
      case 0 /* Exit.Done */:
      case 3 /* Exit.Panicked */:
        this.#finish(p);
        break;
    }
    return true;
  }

  /**
   * Run slices until `done()` is true, the run is stopped (a limit, `stop()`), or
   * nothing can happen any more ("idle": nothing runnable, no timer pending).
   * Gives the host event loop a turn between batches of slices. `timeoutMs`
   * counts from `start` (default now; the runtime passes the time it began
   * compiling, so compiling counts too).
   */
  async runUntil(
    done: () => boolean,
    start: number = performance.now(),
  ): Promise<"done" | "idle" | "stopped"> {
    const limitR = this.opts.maxReductions ?? Infinity;
    const timeout = this.opts.timeoutMs ?? Infinity;
    for (;;) {
      this.#clock = performance.now();
      this.#tillClock = this.#clockEvery;
      const batchEnd = this.#clock + DEFAULTS.sliceBatchMs;
      let ran = true;
      while (!this.#stopped && !done() && (ran = this.step())) {
        // The limit is checked after every slice, so it stops a run at the same
        // point every time (on the virtual clock, a run is the same every time).
        if (this.#clock >= batchEnd || this.totalReductions > limitR) break;
      }
      this.#checkRunMemory();
      if (this.#stopped) return "stopped";
      if (done()) return "done";
      if (this.totalReductions > limitR) {
        this.#stopped = new LudusError(
          "limit",
          `the run used more than ${limitR} reductions (the --max-reductions limit)`,
        );
        return "stopped";
      }
      if (performance.now() - start > timeout) {
        this.#stopped = new LudusError(
          "limit",
          `the run took longer than ${timeout} ms (the --timeout limit)`,
        );
        return "stopped";
      }
      if (!ran) {
        // Nothing runnable: wait for the host, advance to the next timer, or give up.
        // A real-time wait ends at the --timeout deadline at the latest.
        const left = start + timeout - performance.now();
        if (this.#pending.size > 0 && this.runnable === 0) {
          if (left === Infinity) await Promise.race(this.#pending);
          else {
            await Promise.race([...this.#pending, this.#sleepUntil(this.now() + left)]);
            this.#wake(); // cancel the deadline's timer if the host answered first
          }
          continue;
        }
        if (this.#timers.length === 0) {
          if (this.#listeners.size === 0 || this.host.listen === undefined) return "idle";
          // Something listens for input the host passes on: wait for it (or Stop).
          await this.#sleepUntil(left === Infinity ? Infinity : this.now() + left);
          continue;
        }
        const next = this.#timers[0].at;
        if (this.opts.virtualClock) this.#virtualNow = Math.max(this.#virtualNow, next);
        else await this.#sleepUntil(Math.min(next, this.now() + left));
        continue;
      }
      await yieldToHost(this);
    }
  }

  /**
   * Run a script to its end: until the main process ends (or every process, with
   * `waitAll`). If everything left waits forever, that is a deadlock error.
   * `timeoutMs` counts from `start` (default now).
   */
  async runToEnd(start?: number): Promise<RunOutcome> {
    const why = await this.runUntil(() => this.#mainOver(), start);
    if (why === "idle") this.#stopped = this.#deadlock();
    return this.#outcome();
  }

  /** Run until nothing is runnable and no timer is pending (for hosts and REPLs). */
  async runUntilIdle(): Promise<void> {
    await this.runUntil(() => false);
  }

  /** Wait until the clock reads `at` (Infinity: until woken), or until woken. */
  #sleepUntil(at: number): Promise<void> {
    const ms = Math.max(0, at - this.now());
    return new Promise((resolve) => {
      if (!Number.isFinite(ms) || ms > 2 ** 31 - 1) {
        this.#waiters.push(resolve);
        return;
      }
      const id = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== done);
        resolve();
      }, ms);
      const done = () => {
        clearTimeout(id);
        resolve();
      };
      this.#waiters.push(done);
    });
  }

  #deadlock(): LudusError {
    const waiting = [...this.procs.values()].filter((p) => p.status === "waiting" && !p.box);
    const lines = waiting.map((p) =>
      `  ${describe(p)} waits in \`receive\` at ${where(p)}${waitsFor(p)}`
    );
    const main = this.main;
    const who = main && main.status === "waiting"
      ? "the main script waits for a message that no process can ever send"
      : "these processes wait for messages that no process can ever send";
    const err = new LudusError(
      "deadlock",
      `${who}:\n${lines.join("\n")}`,
      null,
      null,
      { hint: "a process that waits in `receive` needs another process that will send to it" },
    );
    const site = main && main.status === "waiting" ? userSite(main, false) : null;
    if (site) {
      err.source = site.chunk.source;
      err.span = site.chunk.spanAt(site.ip);
    }
    return err;
  }

  #outcome(): RunOutcome {
    const main = this.main;
    let error = this.#stopped;
    if (!error && main && main.status === "panicked") error = main.error;
    // A run stopped from outside (a limit, Stop) says where the main script was.
    if (error && error.span === null && main && main.alive && error.kind !== "deadlock") {
      const site = userSite(main, false);
      if (site) {
        error.source = site.chunk.source;
        error.span = site.chunk.spanAt(site.ip);
        error.ludusStack = ludusStack(main);
        error.hint ??= "this is where the main script was when the run stopped";
      }
    }
    this.#summarisePanics();
    const left = [...this.procs.values()].filter((p) => p !== main && !p.box);
    // A deadlock report already lists who was left waiting, and where.
    if (left.length > 0 && !this.#quietLeftovers && error?.kind !== "deadlock") {
      const n = left.length;
      const shown = left.slice(0, 10).map((p) => `  ${describe(p)} ${p.status} at ${where(p)}`);
      if (n > 10) shown.push(`  … and ${n - 10} more`);
      this.host.report?.(
        `${n} process${n === 1 ? " was" : "es were"} still alive when the main script ended, and ${
          n === 1 ? "was" : "were"
        } stopped:\n${shown.join("\n")}`,
        null,
      );
    }
    // Every host hears of every stopped process before any is taken down, so
    // what each waited on is still there to be seen (a deadlock's cycle).
    const stopped = [...this.procs.values()].filter((p) => p !== main);
    for (const p of stopped) {
      if (this.opts.keepAll) this.stoppedAt.set(p, p.status);
      this.host.stopped?.(p.pid, p.status);
    }
    for (const p of stopped) {
      p.status = "done";
      this.#remove(p);
    }
    this.boxes = 0;
    return { value: main?.status === "done" ? main.result : null, error };
  }

  /** Set to hide the "still alive" report (the REPL and notebooks manage their own). */
  #quietLeftovers = false;

  /** Don't report processes still alive at the end. */
  quiet(): void {
    this.#quietLeftovers = true;
  }
}

/** The share of the run's budget the host's memory figure may reach before the run stops. */
const HOST_SHARE = 0.75;

/** A run that stops ranks its processes by walks capped at this fraction of its budget. */
const RANK_SHARE = 64;

/** Reports shown in full for each kind of panic (same message, same place). */
const PANICS_SHOWN = 3;

const KW_SPAWN = keyword("spawn");
const KW_KILLED = keyword("killed");
const KW_SEND = keyword("send");
const KW_RECEIVE = keyword("receive");
const KW_TRACE = keyword("trace");

/** Bytes as a learner reads them: `256 MB`, `1.5 GB` (binary units, as the limits are set). */
function mib(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1024) return `${(mb / 1024).toFixed(1).replace(/\.0$/, "")} GB`;
  if (mb >= 10) return `${Math.round(mb)} MB`;
  if (mb >= 1) return `${mb.toFixed(1).replace(/\.0$/, "")} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A packed array of n nulls (`new Array(n)` would make a holey one, slower to read). */
function nulls(n: number): null[] {
  const a: null[] = [];
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}

/** Whom a process in a deadlock waits for, as a clause of the report. */
function waitsFor(p: Process): string {
  const { on, forEnd } = waitsOn(p);
  if (on.length === 0) return "";
  if (forEnd) return `, for ${on.map(describe).join(", ")} to end`;
  const last = on[0];
  return ` (it last sent a message to ${describe(last)}${last.alive ? "" : ", which has ended"})`;
}

/**
 * Give the host event loop a turn (timers, I/O, signals, a web page). Usually a
 * MessageChannel message: a macrotask without `setTimeout`'s 4 ms clamp on
 * nested timers, which would idle a third of a long run. But a turn that always
 * has such a task ready makes Deno poll the network only every few dozen turns,
 * so every `ioIntervalMs` the turn goes through a real timer.
 */
function yieldToHost(sched: { lastTimerYield: number; ioInterval: number }): Promise<void> {
  const now = performance.now();
  if (typeof MessageChannel === "undefined" || now - sched.lastTimerYield >= sched.ioInterval) {
    sched.lastTimerYield = now;
    return new Promise((r) => setTimeout(r, 0));
  }
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

// --- a small binary heap of timers ordered by (at, seq)

function less(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

function heapPush(h: Timer[], t: Timer): void {
  h.push(t);
  let i = h.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(h[i], h[parent])) break;
    [h[i], h[parent]] = [h[parent], h[i]];
    i = parent;
  }
}

function heapPop(h: Timer[]): Timer | undefined {
  if (h.length === 0) return undefined;
  const top = h[0];
  const last = h.pop()!;
  if (h.length > 0) {
    h[0] = last;
    siftDown(h, 0);
  }
  return top;
}

function siftDown(h: Timer[], i: number): void {
  for (;;) {
    const l = 2 * i + 1, r = l + 1;
    let m = i;
    if (l < h.length && less(h[l], h[m])) m = l;
    if (r < h.length && less(h[r], h[m])) m = r;
    if (m === i) return;
    [h[i], h[m]] = [h[m], h[i]];
    i = m;
  }
}

function heapify(h: Timer[]): void {
  for (let i = (h.length >> 1) - 1; i >= 0; i--) siftDown(h, i);
}

/** Mulberry32: a small seeded PRNG, so a seed gives the same run every time. */
function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
