/**
 * The process record: everything the VM needs to run, pause and resume one Ludus
 * process, and everything `observe` reads about it.
 *
 * A process is plain data, so switching processes is a pointer swap and any
 * process can be inspected while it is paused. Rarely used parts (links,
 * monitors, tracers, the message ring, the turtle) start as null so an idle
 * process stays small.
 *
 * @module
 */

import type { FnProto } from "../compile/chunk.ts";
import type { LudusError } from "../errors.ts";
import { type Closure, Pid, type Value } from "../values/values.ts";
import type { Work } from "../values/work.ts";

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

/** A chunk of a mailbox (or of the process table) holds `2 ** CHUNK_BITS` messages (processes). */
const CHUNK_BITS = 8;
/** Messages (processes) per chunk. */
const CHUNK = 1 << CHUNK_BITS;
/** A position's place in its chunk: `j & CHUNK_MASK`. */
const CHUNK_MASK = CHUNK - 1;

/**
 * A FIFO mailbox: messages with their ids (for the message log), in chunks of
 * 256, each one array of message, id, message, id …, read from a head index.
 *
 * Taking the oldest message is O(1), and a mailbox never copies what it holds
 * as it grows: a flat array did, each time it grew by half, inside one
 * reduction of whichever process sent the message (~5 ms at 76,000 queued
 * messages: a 900 KB copy in old space, full of pointers to young messages,
 * each of which V8 then had to remember). Taking the message at position i (a
 * selective receive) moves the i older messages up one place, so the work is
 * in proportion to the messages the receive has already looked at.
 *
 * @example A selective take keeps the others in order
 * ```ts
 * import { Mailbox } from "./process.ts";
 * const mb = new Mailbox();
 * for (let id = 1; id <= 600; id++) mb.push(`m${id}`, id);
 * console.assert(mb.take(2) === "m3" && mb.takenId === 3);
 * console.assert(mb.at(0) === "m1" && mb.at(2) === "m4" && mb.length === 599);
 * console.assert(mb.toArray(3).join() === "m1,m2,m4");
 * ```
 */
export class Mailbox {
  /** The chunk that holds the oldest message (position 0 to CHUNK - 1). */
  #first: Value[] = [];
  /** The chunks after it, oldest first; null while every message fits in the first. */
  #more: Value[][] | null = null;
  /** Position of the oldest message, counted from the start of the first chunk (below CHUNK). */
  #head = 0;
  /** Position just past the newest message. */
  #end = 0;
  /** The id of the message last taken. */
  takenId = 0;

  /** Number of queued messages. */
  get length(): number {
    return this.#end - this.#head;
  }

  /** The chunk that holds position j. */
  #chunk(j: number): Value[] {
    return j < CHUNK ? this.#first : this.#more![(j >> CHUNK_BITS) - 1];
  }

  /** Queue a message. */
  push(msg: Value, id: number): void {
    const e = this.#end++;
    let chunk = this.#first;
    if (e >= CHUNK) {
      const more = this.#more ??= [];
      const c = (e >> CHUNK_BITS) - 1;
      if (c === more.length) more.push(new Array(CHUNK * 2).fill(null));
      chunk = more[c];
    }
    const k = (e & CHUNK_MASK) << 1;
    chunk[k] = msg;
    chunk[k + 1] = id;
  }

  /** The message at position i (0 = oldest), or undefined. */
  at(i: number): Value | undefined {
    const j = this.#head + i;
    return j < this.#end ? this.#chunk(j)[(j & CHUNK_MASK) << 1] : undefined;
  }

  /** The id of the message at position i (0 = oldest), or -1. */
  idAt(i: number): number {
    const j = this.#head + i;
    return j < this.#end ? this.#chunk(j)[((j & CHUNK_MASK) << 1) + 1] as number : -1;
  }

  /** Remove and return the message at position i; its id goes to takenId. */
  take(i: number): Value {
    const head = this.#head;
    let j = head + i;
    let chunk = this.#chunk(j), k = (j & CHUNK_MASK) << 1;
    const msg = chunk[k];
    this.takenId = chunk[k + 1] as number;
    // The older messages move up one place, and the head with them.
    for (; j > head; j--) {
      const from = this.#chunk(j - 1), f = ((j - 1) & CHUNK_MASK) << 1;
      chunk[k] = from[f];
      chunk[k + 1] = from[f + 1];
      chunk = from;
      k = f;
    }
    chunk[k] = null;
    const h = this.#head = head + 1;
    if (h === this.#end) {
      // Empty: start again at the start of the first chunk (the only one: a
      // chunk is dropped as soon as the head leaves it).
      this.#head = 0;
      this.#end = 0;
    } else if (h === CHUNK) {
      const more = this.#more!;
      this.#first = more.shift()!;
      if (more.length === 0) this.#more = null;
      this.#head = 0;
      this.#end -= CHUNK;
    }
    return msg;
  }

  /** The first `n` queued messages (all of them by default), oldest first. */
  toArray(n: number = Infinity): Value[] {
    const out: Value[] = [];
    const last = Math.min(this.#end, this.#head + n);
    for (let j = this.#head; j < last; j++) out.push(this.#chunk(j)[(j & CHUNK_MASK) << 1]);
    return out;
  }

  /** Drop everything. */
  clear(): void {
    this.#first = [];
    this.#more = null;
    this.#head = 0;
    this.#end = 0;
  }
}

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
  // deno-lint-ignore no-explicit-any
  turtle: any = null;
  // deno-lint-ignore no-explicit-any
  box: any = null;
  spawnFile: string | null = null;
  spawnLine = 0;
}

/**
 * The mailbox of every process that has not been sent anything yet (shared, and
 * never written to: delivery gives the process its own first).
 */
export const NO_MAIL: Mailbox = new Mailbox();

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
  /** Run-time services (the scheduler). */
  // deno-lint-ignore no-explicit-any
  readonly sched: any;
  #x: ProcessExtras | null;

  /** A process that will call `fn` with no arguments. */
  // deno-lint-ignore no-explicit-any
  constructor(id: number, sched: any, parent: Process | null) {
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
    this.sched = sched;
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
  // deno-lint-ignore no-explicit-any
  get turtle(): any {
    return this.#x === null ? null : this.#x.turtle;
  }
  // deno-lint-ignore no-explicit-any
  set turtle(v: any) {
    this.#extras().turtle = v;
  }

  /** A box served by this process (box processes only). */
  // deno-lint-ignore no-explicit-any
  get box(): any {
    return this.#x === null ? null : this.#x.box;
  }
  // deno-lint-ignore no-explicit-any
  set box(v: any) {
    this.#extras().box = v;
  }

  /** Set up the process to call `fn` with `args` (its first frame). */
  start(fn: Closure, args: Value[] = []): void {
    // Eight slots to begin with, allocated at their final size (an empty array
    // would grow to 17 on the first write): most processes never need more.
    // Copies of templates, not array literals: V8 counts how many objects from
    // each literal survive, and once most do (long-lived processes, as in a
    // ring) it allocates the literal's arrays in the old generation, where
    // every young value stored into them passes the write barrier: warm, ring
    // took 144 ms a run instead of 127 (performance.md, change 24).
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

/**
 * The live processes of a scheduler, in the order they were made. Read like a
 * `Map` from id to process (`size`, `values()`, `get`, `has`); adding and
 * removing are O(1) and allocate little, which matters when 100,000 short-lived
 * processes come and go (a `Map` rehashes as its deleted entries pile up).
 *
 * Processes sit in chunks of {@link CHUNK} slots, a new slot for each process,
 * and a chunk is let go once every process in it has ended. Neither growing
 * nor shrinking ever touches more than one chunk: one array copied itself as it
 * grew (~2.5 ms at 100,000 processes) and was compacted once half of it had
 * ended (~10-20 ms at 100,000), each inside one reduction of some process.
 *
 * @example
 * ```ts
 * import { Scheduler } from "../runtime/scheduler.ts";
 * const s = new Scheduler();
 * console.log(s.procs.size); // 0
 * ```
 */
export class ProcessTable {
  /**
   * The chunks, oldest first: slot `i` is at `[(i >> CHUNK_BITS) - first][i & CHUNK_MASK]`,
   * null once that process has ended; a chunk is null once all of its have.
   */
  #chunks: ((Process | null)[] | null)[] = [];
  /** Live processes in each chunk. */
  #counts: number[] = [];
  /** The chunk number of `#chunks[0]` (chunks before it are gone). */
  #first = 0;
  /** The next slot. */
  #next = 0;
  #size = 0;

  /** Number of live processes. */
  get size(): number {
    return this.#size;
  }

  /** Number of chunks held (for tests: those let go are not). */
  get heldChunks(): number {
    return this.#chunks.filter((c) => c !== null).length;
  }

  /** Add a process. */
  add(p: Process): void {
    const i = p.slot = this.#next++;
    if ((i & CHUNK_MASK) === 0) {
      this.#chunks.push(new Array(CHUNK).fill(null));
      this.#counts.push(0);
      // The chunk before was being filled, so it was kept even if empty.
      const before = this.#chunks.length - 2;
      if (before >= 0 && this.#counts[before] === 0) this.#letGo(before);
    }
    const k = (i >> CHUNK_BITS) - this.#first;
    this.#chunks[k]![i & CHUNK_MASK] = p;
    this.#counts[k]++;
    this.#size++;
  }

  /** Remove a process (nothing happens if it is not in the table). */
  remove(p: Process): void {
    const i = p.slot, k = (i >> CHUNK_BITS) - this.#first;
    const chunk = i >= 0 && k >= 0 ? this.#chunks[k] : null;
    if (!chunk || chunk[i & CHUNK_MASK] !== p) return;
    chunk[i & CHUNK_MASK] = null;
    p.slot = -1;
    this.#size--;
    // The chunk being filled stays, empty or not (`add` lets it go later).
    if (--this.#counts[k] === 0 && k < this.#chunks.length - 1) this.#letGo(k);
  }

  /** Let the empty chunk k go, and drop the empty chunks at the front. */
  #letGo(k: number): void {
    const chunks = this.#chunks;
    chunks[k] = null;
    while (chunks.length > 1 && chunks[0] === null) {
      chunks.shift();
      this.#counts.shift();
      this.#first++;
    }
  }

  /** The live processes, oldest first (a snapshot: removing while iterating is fine). */
  values(): IterableIterator<Process> {
    const out: Process[] = [];
    for (const chunk of this.#chunks) {
      if (chunk === null) continue;
      for (const p of chunk) if (p !== null) out.push(p);
    }
    return out.values();
  }

  /** The live process with this id, if any. */
  get(id: number): Process | undefined {
    for (const p of this.values()) if (p.id === id) return p;
    return undefined;
  }

  /** Is a process with this id alive? */
  has(id: number): boolean {
    return this.get(id) !== undefined;
  }
}
