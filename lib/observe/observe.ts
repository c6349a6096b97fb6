/**
 * `observe`: the scheduler and its processes as ordinary Ludus values.
 *
 * These are the host primitives behind `std/observe.ld`. Each takes a snapshot
 * (`snapshot.ts`) and turns it into plain dicts, lists, tuples and keywords;
 * none of them changes what any process does (an observe call costs one
 * reduction, like any call, and trace events go only to the mailbox of the
 * process that asked). Everything that takes a pid also takes a box (and
 * observes the box's process).
 *
 * @module
 */

import { show } from "../values/show.ts";
import {
  dictOf,
  EMPTY_LIST,
  type Keyword,
  keyword,
  KW,
  PVector,
  Tuple,
  type Value,
} from "../values/values.ts";
import { Builtin } from "../vm/builtin.ts";
import { panic } from "../vm/debug.ts";
import { LBox, Pid, type Process } from "../vm/process.ts";
import {
  busiest,
  finalInfo,
  type FrameInfo,
  infoOf,
  type LoggedMessage,
  mailboxOf,
  type ProcessInfo,
  type SchedulerInfo,
  schedulerInfo,
  stackOf,
  type Status,
} from "./snapshot.ts";

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

/** The live process of a pid or box, or the pid of one that has ended. */
function procOf(v: Value, fn: string): Process | Pid {
  if (v instanceof Pid) return v.proc ?? v;
  if (v instanceof LBox && v.proc !== null) return v.proc;
  panic(`\`observe ${fn}\` needs a pid or a box, but got ${show(v)}`);
}

/** `observe :info`: a process's information as a dict. */
export function infoValue(info: ProcessInfo): Value {
  const where = info.current;
  return dictOf([
    [K("pid"), info.pid],
    [K("name"), info.name],
    [K("status"), STATUS[info.status]],
    [K("reductions"), info.reductions],
    [K("mailbox"), info.mailbox],
    [
      K("current"),
      where === null ? null : dictOf([
        [K("fn"), where.fn],
        [K("line"), where.line],
        [K("file"), where.file ?? "prelude"],
      ]),
    ],
    [K("links"), PVector.from<Value>(info.links)],
    [K("monitors"), PVector.from<Value>(info.monitors)],
    [K("parent"), info.parent],
    [
      K("spawned_at"),
      info.spawnedAt === null
        ? null
        : dictOf([[K("file"), info.spawnedAt.file], [K("line"), info.spawnedAt.line]]),
    ],
    [K("messages_in"), info.messagesIn],
    [K("messages_out"), info.messagesOut],
    [K("memory"), info.memory],
  ]);
}

/** `observe :stack`: the live frames as dicts, innermost first. */
export function stackValue(frames: FrameInfo[]): PVector<Value> {
  return PVector.from(frames.map((f): Value => {
    const entry: [Keyword, Value][] = [
      [K("fn"), f.fn],
      [K("line"), f.line],
      [K("file"), f.file],
      [K("args"), new Tuple(f.args)],
    ];
    if (f.tailCalls > 0) entry.push([K("tail_calls"), f.tailCalls]);
    return dictOf(entry);
  }));
}

/** `observe :scheduler`: the counters as a dict. */
export function schedulerValue(s: SchedulerInfo): Value {
  return dictOf([
    [K("processes"), s.processes],
    [K("runnable"), s.runnable],
    [K("waiting"), s.waiting],
    [K("sleeping"), s.sleeping],
    [K("reductions"), s.reductions],
    [K("slices"), s.slices],
    [K("budget"), s.budget],
    [K("clock"), s.clock],
    [K("longest_slice"), s.longestSlice],
  ]);
}

/** `observe :messages`: logged messages as dicts, oldest first. */
export function messagesValue(messages: LoggedMessage[]): PVector<Value> {
  return PVector.from(messages.map((r): Value =>
    dictOf([
      [K("id"), r.id],
      [K("dir"), r.dir === "in" ? K_IN : K_OUT],
      [K("peer"), r.peer],
      [K("msg"), r.msg],
      [K("at"), r.at],
      [K("cause"), r.cause],
    ])
  ));
}

/** `observe :history`: a box's stored values as dicts, oldest first. */
function historyValue(box: LBox): PVector<Value> {
  return PVector.from(box.history.map((e): Value =>
    dictOf([
      [K("value"), e.value],
      [K("at"), e.at],
      [K("time"), Math.round(e.time * 1000) / 1000],
      [K("by"), e.by],
    ])
  ));
}

/**
 * The host primitives behind `std/observe.ld`.
 *
 * @example Usage
 * ```ts
 * import { observePrimitives } from "./observe.ts";
 * console.assert(observePrimitives().has("observe_stack"));
 * ```
 */
export function observePrimitives(): Map<string, Builtin> {
  const t = new Map<string, Builtin>();
  const b = (name: string, arities: number[], impl: (args: Value[], proc: Process) => Value) =>
    t.set(name, new Builtin(name, arities, impl));
  b("observe_processes", [0], (_, proc) => {
    const out: Value[] = [];
    for (const p of proc.kernel.processes()) out.push(p.pid);
    return PVector.from(out);
  });
  b("observe_info", [1], ([p], proc) => {
    const q = procOf(p, ":info");
    return infoValue(q instanceof Pid ? finalInfo(q) : infoOf(q, proc));
  });
  b("observe_stack", [1], ([p]) => {
    const q = procOf(p, ":stack");
    return q instanceof Pid ? EMPTY_LIST : stackValue(stackOf(q));
  });
  b("observe_mailbox", [1], ([p]) => {
    const q = procOf(p, ":mailbox");
    return q instanceof Pid ? EMPTY_LIST : PVector.from(mailboxOf(q));
  });
  b("observe_scheduler", [0], (_, proc) => schedulerValue(schedulerInfo(proc.kernel, proc)));
  b("observe_messages", [2], ([p, n], proc) => {
    const count = typeof n === "number" && n >= 0 ? Math.floor(n) : 100;
    const q = procOf(p, ":messages");
    return messagesValue(proc.kernel.messagesOf(q instanceof Pid ? q : q.pid, count));
  });
  b("observe_trace", [1], ([p], proc) => {
    const target = procOf(p, ":trace!");
    if (target instanceof Pid) return KW.ok; // it has ended: there is nothing to trace
    (target.tracers ??= new Set()).add(proc);
    return KW.ok;
  });
  b("observe_untrace", [1], ([p], proc) => {
    const target = procOf(p, ":untrace!");
    if (target instanceof Pid) return KW.ok;
    target.tracers?.delete(proc);
    if (target.tracers?.size === 0) target.tracers = null;
    return KW.ok;
  });
  b("observe_top", [1], ([n], proc) => {
    const count = typeof n === "number" ? Math.max(0, Math.floor(n)) : 10;
    return PVector.from(
      busiest(proc.kernel, proc).slice(0, count).map((p) => infoValue(infoOf(p, proc))),
    );
  });
  b("observe_history", [1], ([x]) => {
    if (!(x instanceof LBox)) panic(`\`observe :history\` needs a box, but got ${show(x)}`);
    return historyValue(x);
  });
  return t;
}
