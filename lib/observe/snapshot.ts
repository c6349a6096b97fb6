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
import { Dict, LSet, Pkg, PVector, Tuple, type Value } from "../values/values.ts";
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

/** A rough estimate of the bytes a value holds (shallow beyond a few levels). */
export function estimateSize(v: Value, depth = 0): number {
  if (v === null || typeof v === "boolean" || typeof v === "number") return 8;
  if (typeof v === "string") return 16 + 2 * v.length;
  if (depth > 3) return 16;
  if (v instanceof Tuple) {
    let n = 24 + 8 * v.items.length;
    for (let i = 0; i < Math.min(v.items.length, 16); i++) n += estimateSize(v.items[i], depth + 1);
    return n;
  }
  if (v instanceof PVector) {
    let n = 48 + 8 * v.size;
    for (let i = 0; i < Math.min(v.size, 16); i++) n += estimateSize(v.get(i)!, depth + 1);
    return n;
  }
  if (v instanceof Dict || v instanceof LSet) return 48 + 24 * v.map.size;
  if (v instanceof Pkg) return 48 + 24 * v.dict.map.size;
  return 32;
}

/** Estimated bytes held by a process: its record, frames, stack, mailbox, box value. */
export function processMemory(p: Process): number {
  let n = 200 + 56 * p.fp + 8 * p.sp;
  for (let i = 0; i < p.sp && i < 256; i++) n += estimateSize(p.stack[i], 2);
  for (const m of p.mailbox.toArray(256)) n += 16 + estimateSize(m);
  if (p.box) n += estimateSize(p.box.value);
  return n;
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
