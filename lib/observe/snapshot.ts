/**
 * The running system as plain, typed JavaScript objects: one process's
 * information, its live frames with their arguments, its mailbox, the
 * scheduler's counters and a process table's rows. Every fact is computed here
 * once; `observe.ts` turns these objects into Ludus values, and the hosts (the
 * command, the REPL, `top`, the page) turn them into text or JSON.
 *
 * Reading never changes what a process does: nothing here writes to a process
 * or the kernel. Values a process holds (arguments, messages, a box's value)
 * are Ludus values, shown by whoever presents them.
 *
 * @module
 */

import type { Kernel, LoggedMessage, Pid, Process, Status } from "../vm/process.ts";
import { frameName, ludusStack, userSite } from "../vm/debug.ts";
import { Dict, Keyword, LSet, Pkg, PVector, Tuple, type Value } from "../values/values.ts";
import { Cell, Closure, Partial } from "../vm/callables.ts";
import { show } from "../values/show.ts";

export type { LoggedMessage, Status };

/** Where a process is: the innermost frame of user code, or the prelude function it is in. */
export interface Location {
  /** The function's name (`toplevel`, `fn anonymous` …). */
  fn: string;
  /** The file or URL of the code; null inside the prelude. */
  file: string | null;
  /** The 1-based line; null inside the prelude. */
  line: number | null;
}

/** Everything about one process at one moment (`observe :info`). */
export interface ProcessInfo {
  /** Its pid. */
  pid: Pid;
  /** A label set with `name!`, a module's path, `box NAME` … or null. */
  name: string | null;
  /** What it is doing. */
  status: Status;
  /** Reductions used so far (the caller's own include its running slice). */
  reductions: number;
  /** Messages waiting in its mailbox. */
  mailbox: number;
  /** Where it is (null once ended, or before it starts). */
  current: Location | null;
  /** Linked processes. */
  links: Pid[];
  /** Processes that monitor it. */
  monitors: Pid[];
  /** The process that spawned it. */
  parent: Pid | null;
  /** Where it was spawned. */
  spawnedAt: { file: string; line: number } | null;
  /** Messages received (null once ended). */
  messagesIn: number | null;
  /** Messages sent (null once ended). */
  messagesOut: number | null;
  /** A rough estimate of the bytes it holds. */
  memory: number;
  /** The box it serves, for a box's process. */
  box: { name: string; value: Value } | null;
}

/** One live frame, innermost first (`observe :stack`). */
export interface FrameInfo {
  /** The function's name. */
  fn: string;
  /** Its file (`prelude…` for the prelude's own functions). */
  file: string;
  /** The line it is at. */
  line: number;
  /** The column it is at. */
  column: number;
  /** The arguments it was called with. */
  args: Value[];
  /** How many tail calls have replaced this frame's function. */
  tailCalls: number;
}

/** The scheduler at one moment (`observe :scheduler`). */
export interface SchedulerInfo {
  /** Live processes (boxes included). */
  processes: number;
  /** Running or waiting in the run queue. */
  runnable: number;
  /** Waiting in `receive` (or for a module). */
  waiting: number;
  /** Sleeping until a timer. */
  sleeping: number;
  /** Reductions of every process so far. */
  reductions: number;
  /** Slices run. */
  slices: number;
  /** Reductions per slice. */
  budget: number;
  /** The clock, in ms (virtual on the virtual clock). */
  clock: number;
  /** The longest slice, in ms. */
  longestSlice: number;
}

/** One row of a process table. */
export interface ProcessRow {
  /** Process number. */
  pid: number;
  /** Its name, or "". */
  name: string;
  /** Its status (`stopped (waiting)` when the run ended while it was alive). */
  status: string;
  /** Reductions used. */
  reductions: number;
  /** Messages waiting. */
  mailbox: number;
  /** Where it is, or how it ended: `file:line in fn`, `returned …`, `holds …`. */
  where: string;
}

/** `<pid 3>`, with its name if it has one: `<pid 3> (counter)`. */
export function describe(p: Process): string {
  return p.name ? `<pid ${p.id}> (${p.name})` : `<pid ${p.id}>`;
}

/**
 * Whom a process waits on, for a deadlock's report and its wait-for graph: the
 * processes it monitors that are alive (it waits for them to end), else the
 * one it last sent a message to (it waits for an answer), if that is not
 * itself; nobody if it is not waiting in `receive`.
 */
export function waitsOn(p: Process): { on: Process[]; forEnd: boolean } {
  if (p.status !== "waiting") return { on: [], forEnd: false };
  const watched = p.monitoring ? [...p.monitoring].filter((o) => o.alive) : [];
  if (watched.length > 0) return { on: watched, forEnd: true };
  const last = p.lastSentTo;
  return { on: last !== null && last !== p ? [last] : [], forEnd: false };
}

/** Where a process is, or null before it starts and once it has ended. */
export function locate(p: Process): Location | null {
  if (p.fp === 0) return null;
  const site = userSite(p, false);
  if (site === null) {
    return { fn: frameName(p.frames[p.fp - 1].closure.proto), file: null, line: null };
  }
  const line = site.chunk.positionAt(site.ip).line;
  return { fn: frameName(site.proto), file: site.chunk.source.name, line };
}

/** A location as text: `file:line in fn`, or `fn (in the prelude)`. */
export function locationText(loc: Location): string {
  return loc.file === null ? `${loc.fn} (in the prelude)` : `${loc.file}:${loc.line} in ${loc.fn}`;
}

/**
 * Where a process is, as text for reports: `file:line in fn`.
 *
 * @example Usage
 * ```ts
 * import { Scheduler } from "../runtime/scheduler.ts";
 * import { where } from "./snapshot.ts";
 * const s = new Scheduler();
 * const p = s.hostProcess(() => {});
 * console.assert(where(p) === "(not started)");
 * ```
 */
export function where(p: Process): string {
  const loc = locate(p);
  return loc === null ? "(not started)" : locationText(loc);
}

/** Reductions of a process, live: the running process (the caller) adds its current slice. */
function liveReductions(p: Process, caller: Process | null): number {
  return p === caller ? p.reductions + p.sliceReds : p.reductions;
}

function pids(ps: Iterable<Process> | null): Pid[] {
  const out: Pid[] = [];
  if (ps !== null) { for (const p of ps) out.push(p.pid); }
  return out;
}

/** How much memory a process holds, and what holds the most of it. */
export interface MemoryUse {
  /** Approximate bytes: its record and frames, the values it holds, its mailbox, a box's value. */
  bytes: number;
  /** Messages waiting in its mailbox, and the bytes they hold. */
  mailbox: { messages: number; bytes: number };
  /** The biggest thing it holds on its stack, described (`a list of 2,000,000 items`), and its bytes. */
  biggest: { what: string; bytes: number } | null;
  /** True when the walk stopped at its cap: `bytes` is at least that much. */
  capped: boolean;
  /** Objects and items looked at (the walk's cost). */
  visited: number;
}

/**
 * Bytes per kind of object, as V8 lays them out here: measured by holding
 * 50,000 to 200,000 of each in a process and reading the heap after a full
 * collection (the table and the command are in docs/notes/robustness.md).
 * The walk comes within a factor of 1.5 of the heap, either way, for each kind.
 */
const SLOT = 8;
/** A tuple: the object and its items array, before the items. */
const TUPLE = 64;
/** A list: the PVector and its root, before the trie's nodes. */
const LIST = 80;
/** A dict or set: the object and its hash trie, and then each entry. */
const MAP = 96, MAP_ENTRY = 120;
/** A function value and its captures. */
const CLOSURE = 96;
/** A number V8 cannot keep in a small integer is an object of its own. */
const HEAP_NUMBER = 32;
/** A string, before its characters. */
const STRING = 24;
/** A message waiting in a mailbox, before the message itself. */
const LETTER = 32;
/** Strings at least this long are counted once however often they are referred to. */
const SHARED_STRING = 64;

/** A tuple of at most four numbers, keywords, booleans, nils and short strings. */
function isFlat(t: Tuple): boolean {
  const items = t.items;
  if (items.length > 4) return false;
  for (const x of items) {
    if (typeof x === "object" && x !== null && !(x instanceof Keyword)) return false;
    if (typeof x === "string" && x.length >= SHARED_STRING) return false;
  }
  return true;
}

/** True for the numbers V8 keeps unboxed (31-bit integers, to be safe). */
function isSmallInteger(n: number): boolean {
  return (n | 0) === n && n >= -0x40000000 && n < 0x40000000;
}

/** A value, said in a few words for a learner: `a list of 3 items`. */
export function describeValue(v: Value): string {
  const n = (k: number, one: string, many: string) =>
    `${k.toLocaleString("en-US")} ${k === 1 ? one : many}`;
  if (typeof v === "string") return `a string of ${n(v.length, "character", "characters")}`;
  if (v instanceof PVector) return `a list of ${n(v.size, "item", "items")}`;
  if (v instanceof Tuple) return `a tuple of ${n(v.items.length, "item", "items")}`;
  if (v instanceof Dict) return `a dict of ${n(v.map.size, "key", "keys")}`;
  if (v instanceof LSet) return `a set of ${n(v.map.size, "member", "members")}`;
  if (v instanceof Pkg) return `the package ${v.name}`;
  return show(v, { truncate: 40 });
}

/**
 * The memory a process holds, walked from its roots (its stack, its mailbox, a
 * box's value): each object counted once however often it is referred to, and
 * shared structure (the trie of a list and its other versions) once, so `let
 * ys = [xs, xs]` costs a list of two. Stops once `cap` bytes are found.
 * Approximate by design: V8's own layout is not visible from here.
 *
 * @example Usage
 * ```ts
 * import { Runtime } from "../runtime/runtime.ts";
 * import { memoryOf } from "./snapshot.ts";
 * const rt = new Runtime();
 * const pid = rt.spawn(await rt.evaluate(`fn () -> receive { x -> x }`));
 * rt.step();
 * console.assert(memoryOf(pid.proc!).bytes < 2000);
 * ```
 */
export function memoryOf(p: Process, cap: number = Infinity): MemoryUse {
  const seen = new Set<object>();
  const strings = new Set<string>();
  let bytes = 200 + 56 * p.fp + SLOT * p.sp;
  let visited = 0;
  const work: Value[] = [];
  /** Numbers are counted where they are met; everything else is walked. */
  const push = (x: Value): void => {
    if (typeof x === "number") {
      if (!isSmallInteger(x)) bytes += HEAP_NUMBER;
    } else if (typeof x === "string" || (typeof x === "object" && !(x instanceof Keyword))) {
      work.push(x);
    }
  };
  /** Walk from `root`; the bytes it adds. */
  const walk = (root: Value): number => {
    const before = bytes;
    work.push(root);
    while (work.length > 0 && bytes <= cap) {
      const v = work.pop()!;
      visited++;
      if (typeof v === "string") {
        if (v.length >= SHARED_STRING) {
          if (strings.has(v)) continue;
          strings.add(v);
        }
        bytes += STRING + v.length;
        continue;
      }
      if (typeof v === "number") {
        if (!isSmallInteger(v)) bytes += HEAP_NUMBER;
        continue;
      }
      if (v === null || typeof v !== "object") continue;
      if (v instanceof Tuple && isFlat(v)) {
        // A small tuple of numbers and keywords, the usual message: counted
        // without the bookkeeping of sharing (the same one sent a million times
        // is counted a million times, as an upper bound).
        bytes += TUPLE + SLOT * v.items.length;
        for (const x of v.items) {
          if (typeof x === "number") {
            if (!isSmallInteger(x)) bytes += HEAP_NUMBER;
          } else if (typeof x === "string") bytes += STRING + x.length;
        }
        continue;
      }
      if (seen.has(v)) continue;
      seen.add(v);
      if (v instanceof Tuple) {
        bytes += TUPLE + SLOT * v.items.length;
        for (const x of v.items) push(x);
      } else if (v instanceof PVector) {
        bytes += LIST;
        v.eachNode((node, leaf) => {
          if (bytes > cap || seen.has(node)) return false;
          seen.add(node);
          visited += node.length;
          bytes += 16 + SLOT * node.length;
          if (leaf) {
            for (const x of node) push(x as Value);
          }
          return true;
        });
      } else if (v instanceof Dict || v instanceof LSet) {
        bytes += MAP + MAP_ENTRY * v.map.size;
        visited += v.map.size;
        if (v instanceof Dict) v.map.each((x) => work.push(x));
        else for (const x of v.map.keys()) work.push(x);
      } else if (v instanceof Pkg) {
        bytes += MAP;
        work.push(v.dict);
      } else if (v instanceof Closure) {
        bytes += CLOSURE + SLOT * v.captures.length;
        for (const x of v.captures) {
          // A name captured before it was bound sits in a cell.
          const c = x as unknown;
          work.push(c instanceof Cell ? (c.value ?? null) : x);
        }
      } else if (v instanceof Partial) {
        bytes += CLOSURE + SLOT * v.args.length;
        work.push(v.fn, ...v.args);
      }
      // Keywords, pids, built-ins and boxes belong to the system, not to the
      // process (a box's value to the box's own process).
    }
    return bytes - before;
  };
  let biggest: { what: string; bytes: number } | null = null;
  for (let i = 0; i < p.sp && bytes <= cap; i++) {
    const v = p.stack[i];
    const b = walk(v);
    if (b > 0 && (biggest === null || b > biggest.bytes)) {
      biggest = { what: describeValue(v), bytes: b };
    }
  }
  const mb = p.mailbox;
  const inMail = bytes;
  bytes += LETTER * mb.length;
  for (let i = 0; i < mb.length && bytes <= cap; i++) walk(mb.at(i)!);
  const mailbox = { messages: mb.length, bytes: bytes - inMail };
  if (p.box && bytes <= cap) {
    const b = walk(p.box.value);
    if (biggest === null || b > biggest.bytes) {
      biggest = { what: `its box's value, ${describeValue(p.box.value)}`, bytes: b };
    }
  }
  return { bytes, mailbox, biggest, capped: bytes > cap, visited };
}

/** Bytes a live process holds, as `observe :info` reports them (a walk capped at 64 MB). */
export function processMemory(p: Process): number {
  return memoryOf(p, 64 * 1024 * 1024).bytes;
}

/**
 * Everything about a live process. `caller` is the process asking, if any: its
 * own reductions include the slice it is running.
 */
export function infoOf(p: Process, caller: Process | null = null): ProcessInfo {
  return {
    pid: p.pid,
    name: p.name,
    status: p.status,
    reductions: liveReductions(p, caller),
    mailbox: p.mailbox.length,
    current: locate(p),
    links: pids(p.links),
    monitors: pids(p.monitors),
    parent: p.parent ? p.parent.pid : null,
    spawnedAt: p.spawnFile ? { file: p.spawnFile, line: p.spawnLine } : null,
    messagesIn: p.messagesIn,
    messagesOut: p.messagesOut,
    memory: processMemory(p),
    box: p.box ? { name: p.box.name, value: p.box.value } : null,
  };
}

/** What a pid remembers of a process that has ended. */
export function finalInfo(pid: Pid): ProcessInfo {
  const f = pid.final!;
  return {
    pid,
    name: f.name,
    status: f.status,
    reductions: f.reductions,
    mailbox: 0,
    current: null,
    links: [],
    monitors: [],
    parent: null,
    spawnedAt: null,
    messagesIn: null,
    messagesOut: null,
    memory: 16,
    box: null,
  };
}

/** The arguments frame `i` was called with. */
function frameArgs(p: Process, i: number): Value[] {
  const f = p.frames[i];
  if (f.packed) {
    const packed = p.stack[f.base];
    if (packed instanceof Tuple) return packed.items;
  }
  return p.stack.slice(f.base, f.base + f.argc);
}

/** The live frames of a process, innermost first, with their arguments. */
export function stackOf(p: Process): FrameInfo[] {
  return ludusStack(p).map((e, k) => {
    const i = p.fp - 1 - k;
    return {
      fn: e.fn,
      file: e.file,
      line: e.line,
      column: e.column,
      args: frameArgs(p, i),
      tailCalls: p.frames[i].tailCalls,
    };
  });
}

/** The first `n` messages waiting in a process's mailbox (all by default), oldest first. */
export function mailboxOf(p: Process, n: number = Infinity): Value[] {
  return p.mailbox.toArray(n);
}

/** The scheduler's counters and how many processes are in each state. */
export function schedulerInfo(kernel: Kernel, caller: Process | null = null): SchedulerInfo {
  let waiting = 0, sleeping = 0, runnable = 0, processes = 0;
  for (const p of kernel.processes()) {
    processes++;
    if (p.status === "waiting") waiting++;
    else if (p.status === "sleeping") sleeping++;
    else if (p.status === "runnable" || p.status === "running") runnable++;
  }
  const s = kernel.stats();
  return {
    processes,
    runnable,
    waiting,
    sleeping,
    reductions: s.reductions + (caller !== null && caller.alive ? caller.sliceReds : 0),
    slices: s.slices,
    budget: s.budget,
    clock: Math.round(s.clock * 1000) / 1000,
    longestSlice: Math.round(s.longestSlice * 1000) / 1000,
  };
}

/** The live processes, busiest first (most reductions; then oldest). */
export function busiest(kernel: Kernel, caller: Process | null = null): Process[] {
  const procs = [...kernel.processes()];
  procs.sort((a, c) => liveReductions(c, caller) - liveReductions(a, caller) || a.id - c.id);
  return procs;
}

function brief(v: Value): string {
  const s = show(v, { truncate: 40 });
  return s.length > 40 ? s.slice(0, 40) + "…" : s;
}

/** How an ended process ended, as a row's `where`: `returned 3`, `panicked: …`. */
function endText(status: "done" | "panicked", result: Value, message: string | null): string {
  return status === "done"
    ? `returned ${brief(result)}`
    : `panicked: ${message?.split("\n")[0] ?? "?"}`;
}

/** A process table's row for a process that has ended, from what its pid remembers. */
export function finalRow(pid: Pid): ProcessRow {
  const f = pid.final!;
  return {
    pid: pid.id,
    name: f.name ?? "",
    status: f.status,
    reductions: f.reductions,
    mailbox: 0,
    where: endText(f.status, f.result, f.message),
  };
}

/**
 * A process table's row for a process. `stoppedWhile` is what it was doing
 * when the run ended, if it was still alive then.
 */
export function rowOf(p: Process, stoppedWhile?: string): ProcessRow {
  let at = "";
  const ended = stoppedWhile === undefined;
  if (ended && (p.status === "done" || p.status === "panicked")) {
    at = endText(p.status, p.result, p.error?.message ?? null);
  } else if (p.box) at = `holds ${brief(p.box.value)}`;
  else {
    const loc = locate(p);
    if (loc !== null) at = locationText(loc);
  }
  return {
    pid: p.id,
    name: p.name ?? "",
    status: stoppedWhile === undefined ? p.status : `stopped (${stoppedWhile})`,
    reductions: p.reductions,
    mailbox: p.mailbox.length,
    where: at,
  };
}
