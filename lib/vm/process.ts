/**
 * The process record, and the {@linkcode Kernel}: everything the VM needs to
 * run, pause and resume one Ludus process, everything `observe` reads about
 * it, and everything a running process can ask of the system it lives in.
 *
 * A process is plain data, so switching processes is a pointer swap and any
 * process can be inspected while it is paused. Rarely used parts (links,
 * monitors, tracers, the turtle) start as null so an idle process stays small.
 *
 * A process reaches the rest of the system only through its {@linkcode Kernel}:
 * the dispatch loop (`vm.ts`) and the host primitives (`primitives.ts`) call
 * `proc.kernel.send (...)`, never the scheduler itself, which implements the
 * interface one stage up (`runtime/scheduler.ts`).
 *
 * @module
 */

import type { Chunk, FnProto } from "../compile/chunk.ts";
import type { LudusError } from "../errors/errors.ts";
import type { Turtle, TurtleCommand } from "../turtle/turtle.ts";
import { freshId, type Keyword, KW, RuntimeValue, type Value } from "../values/values.ts";
import type { Work } from "../values/work.ts";
import type { Closure } from "./callables.ts";
import { Mailbox, NO_MAIL } from "./mailbox.ts";

/**
 * What a built-in returns when it cannot finish now: the VM then saves the
 * process and returns to the scheduler (the built-in has set the status).
 */
export const SUSPEND: unique symbol = Symbol("suspend");

/** The type of {@linkcode SUSPEND}. */
export type Suspend = typeof SUSPEND;

/** One message as `observe :messages` reports it. */
export interface LoggedMessage {
  /** Message id (unique per scheduler). */
  id: number;
  /** Sent by the process asked about (`out`) or received by it (`in`). */
  dir: "in" | "out";
  /** The other process. */
  peer: Pid;
  /** The message. */
  msg: Value;
  /** Scheduler reductions when it was sent (`out`) or received (`in`). */
  at: number;
  /** The id of the message the sender was handling when it sent this one, or null. */
  cause: number | null;
}

/** The scheduler's counters, as `observe :scheduler` reports them. */
export interface KernelStats {
  /** Reductions per slice. */
  budget: number;
  /** Reductions of every process so far. */
  reductions: number;
  /** Slices run so far. */
  slices: number;
  /** The clock, in ms since the run started (virtual time on the virtual clock). */
  clock: number;
  /** The longest slice so far, in ms. */
  longestSlice: number;
}

/**
 * What a running process can ask of the system it runs in: the one boundary
 * between the VM (the dispatch loop and the host primitives) and the scheduler
 * that owns every process. Each method is called from inside a slice of `proc`
 * (the caller) and returns at once; a method that must wait returns
 * {@linkcode SUSPEND} after setting the caller's status, and the VM then
 * returns to the scheduler.
 */
export interface Kernel {
  /** Reductions per slice (`budget ()` in Ludus). */
  readonly budget: number;

  /** `spawn! (f)`: a new process that calls `fn` with no arguments. */
  spawn(parent: Process, fn: Value): Pid;
  /** `send! (to, msg)`: deliver a message (to a box: to its process). */
  send(from: Process, to: Pid | LBox, msg: Value): void;
  /** A `receive` took the message at `position` of the caller's mailbox. */
  take(proc: Process, position: number): void;
  /** `link! (pid)`. */
  link(proc: Process, pid: Pid): Value;
  /** `monitor! (pid)`: the caller gets `(:exit, pid, result)` when it ends. */
  monitor(proc: Process, pid: Pid): Value;
  /** `sleep! (ms)`. */
  sleep(proc: Process, ms: number): Suspend;
  /** `yield! ()`: to the back of the run queue. */
  yieldNow(proc: Process): Suspend;
  /**
   * `listen! (:keys)`, `listen! (:pointer)` (and `on` false to stop): the host
   * passes key or pointer events to the process as messages; `:ok`, or
   * `(:err, why)` where the host has no input to pass on.
   */
  listen(proc: Process, what: "keys" | "pointer", on: boolean): Value;

  /** `box name = value`: a box and its own (idle) process. */
  makeBox(proc: Process, name: string, value: Value): LBox;
  /** `unbox (b)`. */
  unbox(proc: Process, box: LBox): Value;
  /** `store! (b, v)`. */
  store(proc: Process, box: LBox, value: Value): Value;

  /** A console line from a process. */
  print(proc: Process, line: string): void;
  /** The turtle of a process (made at home when it first draws). */
  turtleOf(proc: Process): Turtle;
  /** A turtle command the process's turtle has carried out (for the host to draw). */
  turtleMoved(proc: Process, command: TurtleCommand): void;
  /** The next number from the run's seeded random source, in [0, 1). */
  random(): number;
  /** `import "path"`: the module's value, or SUSPEND while it loads and runs. */
  importModule(proc: Process, path: string, chunk: Chunk): Value | Suspend;
  /** A `test "name" expr` form (test mode): its body, to run later. */
  registerTest(name: string, fn: Closure): void;

  /** Deliver a trace event about `proc` to the processes tracing it. */
  traceEvent(proc: Process, event: Value): void;
  /** The live processes, oldest first. */
  processes(): IterableIterator<Process>;
  /** The scheduler's counters. */
  stats(): KernelStats;
  /** The last `n` messages `pid` sent or received, oldest first. */
  messagesOf(pid: Pid, n: number): LoggedMessage[];
}

/**
 * A process id. Only the runtime makes these: they cannot be forged from numbers.
 * While the process lives, `proc` is its record; once it ends, `proc` is null and
 * `final` says how it ended, so a dead process costs a few bytes, not its record.
 */
export class Pid extends RuntimeValue {
  /** The process number. */
  readonly id: number;
  /**
   * The live process record, or null once it has ended.
   *
   * @internal
   */
  proc: Process | null;
  /** How the process ended (null while it lives). */
  final: ProcessFinal | null;
  /**
   * Make a pid for a process (only the VM does).
   *
   * @internal
   */
  constructor(id: number, proc: Process | null) {
    super();
    this.id = id;
    this.proc = proc;
    this.final = null;
  }
  /** `:pid`. */
  typeKeyword(): Keyword {
    return KW.pid;
  }
  /** `<pid N>`. */
  showName(): string {
    return `<pid ${this.id}>`;
  }
  /** A pid is its number (unforgeable, unique per run). */
  override sameAs(other: RuntimeValue): boolean {
    return other instanceof Pid && other.id === this.id;
  }
}

/** What is left of a process once it has ended (kept by its pid). */
export interface ProcessFinal {
  /** Its name, if it had one. */
  name: string | null;
  /** How it ended. */
  status: "done" | "panicked";
  /** Its value, when done. */
  result: Value;
  /** Its panic message, when panicked. */
  message: string | null;
  /** Reductions it used. */
  reductions: number;
  /** Was it killed from outside (its exit reason is then `:killed`)? */
  killed: boolean;
}

/** A box `box b = 0`: a mutable cell, served by its own process. */
export class LBox extends RuntimeValue {
  /** The current value. */
  value: Value;
  /** The box's name (the bound name). */
  readonly name: string;
  /** Identity for hashing. */
  readonly id: number;
  /**
   * The box's process (set by the kernel that made it).
   *
   * @internal
   */
  proc: Process | null;
  /** Every value stored, oldest first (bounded): see `observe :history`. */
  history: BoxEvent[];
  /** Make a box. */
  constructor(name: string, value: Value) {
    super();
    this.value = value;
    this.name = name;
    this.id = freshId();
    this.proc = null;
    this.history = [];
  }
  /** `:box`. */
  typeKeyword(): Keyword {
    return KW.box;
  }
  /** `box { `, then its value. */
  showName(): string {
    return "box { ";
  }
  /** Its value. */
  override shownInside(): Value {
    return this.value;
  }
}

/** One stored value in a box's history. */
export interface BoxEvent {
  /** The value stored. */
  value: Value;
  /** Scheduler total reductions at the time. */
  at: number;
  /** Clock time in ms. */
  time: number;
  /** The writer's pid. */
  by: Pid | null;
}

/**
 * The stack and frames of a process that has no code to run (the host's stand-in,
 * a box's server, a process that has ended): shared, frozen, always empty.
 */
export const NO_STACK: Value[] = Object.freeze([]) as unknown as Value[];
/** See {@link NO_STACK}. */
export const NO_FRAMES: Frame[] = Object.freeze([]) as unknown as Frame[];

/** What a process is doing, as `observe` reports it. */
export type Status = "running" | "runnable" | "waiting" | "sleeping" | "done" | "panicked";

/** One call frame. Frames are reused: `proc.frames[i]` for i >= proc.fp is stale. */
export class Frame {
  /** The function running in this frame. */
  closure: Closure;
  /** The next instruction (saved when the frame is not the running one). */
  ip: number;
  /** Stack index of argument 0 (the callee sits at base - 1). */
  base: number;
  /** How many arguments the call passed. */
  argc: number;
  /** If this frame was entered by a tail call from user code: that function. */
  tailProto: FnProto | null;
  /** ...and the instruction of that tail call. */
  tailIp: number;
  /** How many tail calls have replaced this frame's function. */
  tailCalls: number;
  /** True while its arguments are packed into a tuple in slot 0 (a `...rest` clause). */
  packed: boolean;

  /** A frame for a closure called with `argc` arguments at `base`. */
  constructor(closure: Closure, base: number, argc: number) {
    this.closure = closure;
    this.ip = 0;
    this.base = base;
    this.argc = argc;
    this.tailProto = null;
    this.tailIp = 0;
    this.tailCalls = 0;
    this.packed = false;
  }
}

/** A new process's stack, copied (see {@link Process.start}). */
const STACK_TEMPLATE: Value[] = [null, null, null, null, null, null, null, null];
/** A new process's frame list, copied; its one frame is filled in. */
const FRAMES_TEMPLATE: (Frame | null)[] = [null];

/**
 * The rarely used parts of a process record (names, links, monitors, tracers,
 * turtles, boxes, how it failed), kept apart and made on first use so that a
 * plain process, spawned by the hundred thousand, stays small.
 */
class ProcessExtras {
  name: string | null = null;
  error: LudusError | null = null;
  links: Set<Process> | null = null;
  monitors: Set<Process> | null = null;
  monitoring: Set<Process> | null = null;
  tracers: Set<Process> | null = null;
  hostSink: ((msg: Value, from: Process | null) => void) | null = null;
  wakeAt = 0;
  turtle: Turtle | null = null;
  box: LBox | null = null;
  spawnFile: string | null = null;
  spawnLine = 0;
}

/** A Ludus process. */
export class Process {
  /** Process number (1 is the main script). */
  readonly id: number;
  /** Its pid value. */
  readonly pid: Pid;
  /** What it is doing. */
  status: Status;
  /** The value stack. */
  stack: Value[];
  /** Stack height. */
  sp: number;
  /** Call frames (reused; `fp` of them are live). */
  frames: Frame[];
  /** Number of live frames. */
  fp: number;
  /**
   * Messages not yet received, oldest first. Until the first message arrives this
   * is the shared empty {@link NO_MAIL}: use {@link Process.mailboxForDelivery} to add one.
   */
  mailbox: Mailbox;
  /** Reductions used so far, over the whole life. */
  reductions: number;
  /** The result when done. */
  result: Value;
  /** The process that spawned it. */
  parent: Process | null;
  /** Where it was spawned: the parent's function (resolved lazily to file and line). */
  spawnProto: FnProto | null;
  /** ...and the instruction there. */
  spawnIp: number;
  /** Messages received so far. */
  messagesIn: number;
  /** Messages sent so far. */
  messagesOut: number;
  /** The id of the message most recently received (0: none yet; the cause of what it sends). */
  lastReceived: number;
  /**
   * `2 × id + role` of the newest message the message log holds with this process
   * (role 0: sent, 1: received; 0: none): where the log notes how it ended, so
   * `observe :messages` can still name it once it has.
   */
  lastLogged: number;
  /** The process it last sent a message to (a hint in deadlock reports). */
  lastSentTo: Process | null;
  /** The value a suspending built-in returns when the process resumes. */
  pending: Value;
  /** Extra reductions a long built-in charges (the VM deducts and resets it). */
  charge: number;
  /** A long built-in's work under way (see `work.ts`): the VM goes on with it first. */
  work: Work | null;
  /** Reductions used in the running slice so far (read live by observe). */
  sliceReds: number;
  /** Where it sits in the scheduler's {@link ProcessTable} (-1 when not there). */
  slot: number;
  /** The bytes it held when its memory was last walked (the scheduler's accounting). */
  memory: number;
  /** Its reductions at which its memory is walked next. */
  memoryWalkAt: number;
  /** The system it runs in: everything it asks of the world goes through here. */
  readonly kernel: Kernel;
  #x: ProcessExtras | null;

  /** A process of `kernel`, not started yet (see {@linkcode Process.start}). */
  constructor(id: number, kernel: Kernel, parent: Process | null) {
    this.id = id;
    this.pid = new Pid(id, this);
    this.status = "runnable";
    this.stack = NO_STACK;
    this.sp = 0;
    this.frames = NO_FRAMES;
    this.fp = 0;
    this.mailbox = NO_MAIL;
    this.reductions = 0;
    this.result = null;
    this.parent = parent;
    this.spawnProto = null;
    this.spawnIp = 0;
    this.messagesIn = 0;
    this.messagesOut = 0;
    this.lastReceived = 0;
    this.lastLogged = 0;
    this.lastSentTo = null;
    this.pending = null;
    this.charge = 0;
    this.work = null;
    this.sliceReds = 0;
    this.slot = -1;
    this.memory = 0;
    this.memoryWalkAt = 0;
    this.kernel = kernel;
    this.#x = null;
  }

  #extras(): ProcessExtras {
    return this.#x ??= new ProcessExtras();
  }

  /** A label set with `name!`, or the import path of a module. */
  get name(): string | null {
    return this.#x === null ? null : this.#x.name;
  }
  set name(v: string | null) {
    this.#extras().name = v;
  }

  /** The error when panicked. */
  get error(): LudusError | null {
    return this.#x === null ? null : this.#x.error;
  }
  set error(v: LudusError | null) {
    this.#extras().error = v;
  }

  /** Linked processes (both directions). */
  get links(): Set<Process> | null {
    return this.#x === null ? null : this.#x.links;
  }
  set links(v: Set<Process> | null) {
    this.#extras().links = v;
  }

  /** Processes that monitor this one. */
  get monitors(): Set<Process> | null {
    return this.#x === null ? null : this.#x.monitors;
  }
  set monitors(v: Set<Process> | null) {
    this.#extras().monitors = v;
  }

  /** Processes this one monitors. */
  get monitoring(): Set<Process> | null {
    return this.#x === null ? null : this.#x.monitoring;
  }
  set monitoring(v: Set<Process> | null) {
    this.#extras().monitoring = v;
  }

  /** Processes that receive trace events about this one. */
  get tracers(): Set<Process> | null {
    return this.#x === null ? null : this.#x.tracers;
  }
  set tracers(v: Set<Process> | null) {
    this.#extras().tracers = v;
  }

  /** For the host's own process: where its messages go (null for Ludus processes). */
  get hostSink(): ((msg: Value, from: Process | null) => void) | null {
    return this.#x === null ? null : this.#x.hostSink;
  }
  set hostSink(v: ((msg: Value, from: Process | null) => void) | null) {
    this.#extras().hostSink = v;
  }

  /** When sleeping: the clock time to wake at. */
  get wakeAt(): number {
    return this.#x === null ? 0 : this.#x.wakeAt;
  }
  set wakeAt(v: number) {
    this.#extras().wakeAt = v;
  }

  /** The turtle of this process, created when it first draws. */
  get turtle(): Turtle | null {
    return this.#x === null ? null : this.#x.turtle;
  }
  set turtle(v: Turtle | null) {
    this.#extras().turtle = v;
  }

  /** A box served by this process (box processes only). */
  get box(): LBox | null {
    return this.#x === null ? null : this.#x.box;
  }
  set box(v: LBox | null) {
    this.#extras().box = v;
  }

  /** Set up the process to call `fn` with `args` (its first frame). */
  start(fn: Closure, args: Value[] = []): void {
    // Eight slots to begin with, allocated at their final size (an empty array
    // would grow to 17 on the first write): most processes never need more.
    // Copies of templates, not array literals: V8 counts how many objects from
    // each literal survive, and once most do (long-lived processes, as in a
    // ring) it allocates the literal's arrays in the old generation, where
    // every young value stored into them passes the write barrier, which makes
    // a warm ring ~13% slower. A copy has no allocation site and is always young.
    const stack: Value[] = STACK_TEMPLATE.slice();
    stack[0] = fn;
    for (let i = 0; i < args.length; i++) stack[1 + i] = args[i];
    this.stack = stack;
    this.sp = 1 + args.length;
    const frames = FRAMES_TEMPLATE.slice() as Frame[];
    frames[0] = new Frame(fn, 1, args.length);
    this.frames = frames;
    this.fp = 1;
  }

  /** Where it was spawned: file ("" if unknown). */
  get spawnFile(): string {
    const x = this.#extras();
    if (x.spawnFile === null) {
      x.spawnFile = this.spawnProto ? this.spawnProto.chunk.source.name : "";
      if (this.spawnProto) x.spawnLine = this.spawnProto.chunk.positionAt(this.spawnIp).line;
    }
    return x.spawnFile;
  }
  set spawnFile(file: string) {
    this.#extras().spawnFile = file;
  }

  /** Where it was spawned: line (0 if unknown). */
  get spawnLine(): number {
    void this.spawnFile;
    return this.#extras().spawnLine;
  }
  set spawnLine(line: number) {
    void this.spawnFile;
    this.#extras().spawnLine = line;
  }

  /**
   * Resume with `value` as the value of the call the process waits in (an
   * import): the VM left a slot for it on top of the stack.
   */
  settle(value: Value): void {
    this.stack[this.sp - 1] = value;
  }

  /** The mailbox to put a message in: its own, made when the first one comes. */
  mailboxForDelivery(): Mailbox {
    const mb = this.mailbox;
    return mb === NO_MAIL ? (this.mailbox = new Mailbox()) : mb;
  }

  /** True while the process can still run or wait. */
  get alive(): boolean {
    return this.status !== "done" && this.status !== "panicked";
  }
}
