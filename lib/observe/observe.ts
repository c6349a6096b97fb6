/**
 * `observe`: the scheduler and its processes as ordinary Ludus values.
 *
 * These are the host primitives behind `std/observe.ld`. Each reads scheduler
 * and process state and returns plain dicts, lists, tuples and keywords; none of
 * them changes what any process does (an observe call costs one reduction, like
 * any call, and trace events go only to the mailbox of the process that asked).
 * Everything that takes a pid also takes a box (and observes the box's process).
 *
 * @module
 */

import type { FnProto } from "../compile/chunk.ts";
import type { Process, Status } from "../vm/process.ts";
import type { Scheduler } from "../runtime/scheduler.ts";
import type { LoggedMessage } from "../runtime/message_log.ts";
import {
  Builtin,
  type Closure,
  Dict,
  dictOf,
  EMPTY_LIST,
  type Keyword,
  keyword,
  KW,
  LBox,
  LSet,
  Pid,
  Pkg,
  PVector,
  Tuple,
  type Value,
} from "../values/values.ts";
import { frameName, panic, userSite } from "../vm/vm.ts";
import { show } from "../values/show.ts";

const K = (name: string) => keyword(name);
const STATUS: Record<Status, Keyword> = {
  running: K("running"),
  runnable: K("runnable"),
  waiting: K("waiting"),
  sleeping: K("sleeping"),
  done: K("done"),
  panicked: K("panicked"),
};
const K_IN = K("in");
const K_OUT = K("out");
const K_CALL = K("call");

function procOf(v: Value, fn: string): Process | Pid {
  if (v instanceof Pid) return (v.proc as Process | null) ?? v;
  if (v instanceof LBox && v.proc) return v.proc as Process;
  panic(`\`observe ${fn}\` needs a pid or a box, but got ${show(v)}`);
}

/** `observe :info` of a process that has ended: what its pid remembers. */
function finalInfo(pid: Pid): Dict {
  const f = pid.final!;
  return dictOf([
    [K("pid"), pid],
    [K("name"), f.name],
    [K("status"), STATUS[f.status]],
    [K("reductions"), f.reductions],
    [K("mailbox"), 0],
    [K("current"), null],
    [K("links"), EMPTY_LIST],
    [K("monitors"), EMPTY_LIST],
    [K("parent"), null],
    [K("spawned_at"), null],
    [K("messages_in"), null],
    [K("messages_out"), null],
    [K("memory"), 16],
  ]);
}

function pidList(ps: Iterable<Process> | null): PVector<Value> {
  if (ps === null) return EMPTY_LIST;
  const out: Value[] = [];
  for (const p of ps) out.push(p.pid);
  return PVector.from(out);
}

/** Reductions of a process, live: the running process adds its current slice. */
function liveReductions(p: Process, caller: Process): number {
  return p === caller ? p.reductions + p.sliceReds : p.reductions;
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
  for (let i = 0; i < p.sp && i < 256; i++) n += estimateSize(p.stack[i] as Value, 2);
  for (const m of p.mailbox.toArray(256)) n += 16 + estimateSize(m);
  if (p.box) n += estimateSize(p.box.value);
  return n;
}

/** The function and line a process is in (innermost user code). */
function current(p: Process): Value {
  if (p.fp === 0) return null;
  const site = userSite(p, false);
  if (site) {
    return dictOf([
      [K("fn"), frameName(site.proto)],
      [K("line"), site.chunk.positionAt(site.ip).line],
      [K("file"), site.chunk.source.name],
    ]);
  }
  const proto = p.frames[p.fp - 1].closure.proto as FnProto;
  return dictOf([[K("fn"), frameName(proto)], [K("line"), null], [K("file"), "prelude"]]);
}

/** `observe :info (pid)`: everything about a process, as a dict. */
export function infoOf(p: Process, caller: Process): Dict {
  return dictOf([
    [K("pid"), p.pid],
    [K("name"), p.name],
    [K("status"), STATUS[p.status]],
    [K("reductions"), liveReductions(p, caller)],
    [K("mailbox"), p.mailbox.length],
    [K("current"), current(p)],
    [K("links"), pidList(p.links)],
    [K("monitors"), pidList(p.monitors)],
    [K("parent"), p.parent ? p.parent.pid : null],
    [
      K("spawned_at"),
      p.spawnFile ? dictOf([[K("file"), p.spawnFile], [K("line"), p.spawnLine]]) : null,
    ],
    [K("messages_in"), p.messagesIn],
    [K("messages_out"), p.messagesOut],
    [K("memory"), processMemory(p)],
  ]);
}

/** The arguments a frame was called with. */
function frameArgs(p: Process, i: number): Tuple {
  const f = p.frames[i];
  if (f.packed) {
    const packed = p.stack[f.base];
    if (packed instanceof Tuple) return packed;
  }
  return new Tuple(p.stack.slice(f.base, f.base + f.argc) as Value[]);
}

/** `observe :stack (pid)`: the live frames, innermost first. */
export function stackOf(p: Process): PVector<Value> {
  const out: Value[] = [];
  for (let i = p.fp - 1; i >= 0; i--) {
    const f = p.frames[i];
    const proto = f.closure.proto as FnProto;
    const pos = proto.chunk.positionAt(Math.max(0, f.ip - 1));
    const entry: [Keyword, Value][] = [
      [K("fn"), frameName(proto)],
      [K("line"), pos.line],
      [K("file"), proto.chunk.source.name],
      [K("args"), frameArgs(p, i)],
    ];
    if (f.tailCalls > 0) entry.push([K("tail_calls"), f.tailCalls]);
    out.push(dictOf(entry));
  }
  return PVector.from(out);
}

/** `observe :scheduler ()`. */
export function schedulerInfo(s: Scheduler, caller: Process): Dict {
  let waiting = 0, sleeping = 0, runnable = 0;
  for (const p of s.procs.values()) {
    if (p.status === "waiting") waiting++;
    else if (p.status === "sleeping") sleeping++;
    else if (p.status === "runnable" || p.status === "running") runnable++;
  }
  return dictOf([
    [K("processes"), s.procs.size],
    [K("runnable"), runnable],
    [K("waiting"), waiting],
    [K("sleeping"), sleeping],
    [K("reductions"), s.totalReductions + (caller.alive ? caller.sliceReds : 0)],
    [K("slices"), s.slices],
    [K("budget"), s.budget],
    [K("clock"), Math.round(s.now() * 1000) / 1000],
    [K("longest_slice"), Math.round(s.longestSlice * 1000) / 1000],
  ]);
}

/** `observe :messages (pid, n)`: the last n messages it sent and received, oldest first. */
export function messagesOf(p: Process | Pid, n: number, sched?: Scheduler): PVector<Value> {
  const pid = p instanceof Pid ? p : p.pid;
  const s = sched ?? (p instanceof Pid ? null : p.sched as Scheduler);
  const recent = s ? s.messagesOf(pid, n) : [];
  return PVector.from(
    recent.map((r: LoggedMessage) =>
      dictOf([
        [K("id"), r.id],
        [K("dir"), r.dir === "in" ? K_IN : K_OUT],
        [K("peer"), r.peer],
        [K("msg"), r.msg],
        [K("at"), r.at],
        [K("cause"), r.cause],
      ])
    ),
  );
}

/**
 * A trace event for a call into or out of user code. Called by the VM only when
 * the process has tracers.
 */
export function traceCall(p: Process, callee: Closure, args: Value[], fromPrelude: boolean): void {
  const proto = callee.proto as FnProto;
  if (fromPrelude && proto.isPrelude) return; // the prelude's own plumbing
  p.sched.traceEvent(p, new Tuple([K_CALL, frameName(proto), new Tuple(args)]));
}

/** The host primitives behind `std/observe.ld`. */
export function observePrimitives(): Map<string, Builtin> {
  const t = new Map<string, Builtin>();
  const b = (name: string, arities: number[], impl: (args: Value[], ctx: Process) => Value) =>
    t.set(name, new Builtin(name, arities, impl));
  b("observe_processes", [0], (_, ctx) => pidList(ctx.sched.procs.values()));
  b("observe_info", [1], ([p], ctx) => {
    const q = procOf(p, ":info");
    return q instanceof Pid ? finalInfo(q) : infoOf(q, ctx);
  });
  b("observe_stack", [1], ([p]) => {
    const q = procOf(p, ":stack");
    return q instanceof Pid ? EMPTY_LIST : stackOf(q);
  });
  b("observe_mailbox", [1], ([p]) => {
    const q = procOf(p, ":mailbox");
    return q instanceof Pid ? EMPTY_LIST : PVector.from(q.mailbox.toArray());
  });
  b("observe_scheduler", [0], (_, ctx) => schedulerInfo(ctx.sched, ctx));
  b("observe_messages", [2], ([p, n], ctx) => {
    const count = typeof n === "number" && n >= 0 ? Math.floor(n) : 100;
    const q = procOf(p, ":messages");
    return messagesOf(q instanceof Pid ? q : q.pid, count, ctx.sched);
  });
  b("observe_trace", [1], ([p], ctx) => {
    const target = procOf(p, ":trace!");
    if (target instanceof Pid) return KW.ok; // it has ended: there is nothing to trace
    (target.tracers ??= new Set()).add(ctx);
    return KW.ok;
  });
  b("observe_untrace", [1], ([p], ctx) => {
    const target = procOf(p, ":untrace!");
    if (target instanceof Pid) return KW.ok;
    target.tracers?.delete(ctx);
    if (target.tracers?.size === 0) target.tracers = null;
    return KW.ok;
  });
  b("observe_top", [1], ([n], ctx) => {
    const count = typeof n === "number" ? Math.max(0, Math.floor(n)) : 10;
    const procs = [...ctx.sched.procs.values()] as Process[];
    procs.sort((a, c) => liveReductions(c, ctx) - liveReductions(a, ctx) || a.id - c.id);
    return PVector.from(procs.slice(0, count).map((p) => infoOf(p, ctx)));
  });
  b("observe_history", [1], ([x], ctx) => ctx.sched.boxHistory(ctx, x));
  return t;
}

/** One row of a process table. */
export interface ProcessRow {
  /** Process number. */
  pid: number;
  /** Its name, or "". */
  name: string;
  /** Its status (with "stopped" when the run ended while it was alive). */
  status: string;
  /** Reductions used. */
  reductions: number;
  /** Messages waiting. */
  mailbox: number;
  /** Where it is or ended: file:line in fn, or its result. */
  where: string;
}

/** A row for a process. */
export function rowOf(p: Process, stoppedWhile?: string): ProcessRow {
  let where = "";
  const ended = stoppedWhile === undefined;
  if (ended && p.status === "done") where = `returned ${showBrief(p.result)}`;
  else if (ended && p.status === "panicked") {
    where = `panicked: ${p.error?.message.split("\n")[0] ?? "?"}`;
  } else if (p.box) where = `holds ${showBrief(p.box.value)}`;
  else if (p.fp > 0) {
    const site = userSite(p, false);
    where = site
      ? `${site.chunk.source.name}:${site.chunk.positionAt(site.ip).line} in ${
        frameName(site.proto)
      }`
      : "(in the prelude)";
  }
  const statusOverride = stoppedWhile === undefined ? undefined : `stopped (${stoppedWhile})`;
  return {
    pid: p.id,
    name: p.name ?? "",
    status: statusOverride ?? p.status,
    reductions: p.reductions,
    mailbox: p.mailbox.length,
    where,
  };
}

function showBrief(v: Value): string {
  const s = show(v);
  return s.length > 40 ? s.slice(0, 40) + "…" : s;
}

/**
 * A plain-text table of processes: pid, name, status, reductions, mailbox,
 * where. At most `limit` rows (the busiest), with a line for the rest.
 */
export function formatProcessTable(rows: ProcessRow[], limit = 40, width = 120): string {
  const shown = rows.length > limit
    ? [...rows].sort((a, b) => b.reductions - a.reductions).slice(0, limit).sort((a, b) =>
      a.pid - b.pid
    )
    : rows;
  const head = ["PID", "NAME", "STATUS", "REDUCTIONS", "MAILBOX", "WHERE"];
  const cells = shown.map((r) => [
    `<pid ${r.pid}>`,
    r.name.length > 20 ? r.name.slice(0, 19) + "…" : r.name,
    r.status,
    String(r.reductions),
    String(r.mailbox),
    r.where,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => {
    const text = c.map((x, i) =>
      i === c.length - 1 ? x : (i === 3 || i === 4) ? x.padStart(widths[i]) : x.padEnd(widths[i])
    ).join("  ");
    return text.length > width ? text.slice(0, width - 1) + "…" : text;
  };
  const out = [line(head), ...cells.map(line)];
  if (rows.length > shown.length) {
    out.push(`… and ${rows.length - shown.length} more processes (the busiest are shown)`);
  }
  return out.join("\n");
}
