/**
 * Sessions: a sequence of entries (REPL inputs, notebook blocks) that share one
 * toplevel. Each entry runs as its own process; it sees the bindings of the
 * entries before it (values are immutable, so they are passed on by reference)
 * and may bind the same names again. An entry that panics is marked failed and
 * the names it did not get to bind are not passed on; an entry that runs too
 * long is stopped at a time or reduction limit, and the session goes on.
 * Processes an entry spawns live on after it, like in Livebook.
 *
 * @module
 */

import { LudusError } from "../errors/errors.ts";
import type { Process, Status } from "../vm/process.ts";
import { Runtime, type RuntimeOptions, showResult } from "./runtime.ts";
import { compileSource } from "./script.ts";
import type { Turtle } from "../turtle/turtle.ts";
import type { Value } from "../values/values.ts";
import { Globals } from "../compile/chunk.ts";
import { Closure } from "../vm/callables.ts";

/** Limits per entry. */
export interface EntryLimits {
  /** Stop the entry after this many milliseconds (default 5,000). */
  timeoutMs?: number;
  /** Stop the entry after this many of its own reductions (default 50,000,000). */
  maxReductions?: number;
}

/** A process that an entry spawned, as it was when the entry ended. */
export interface ProcessSummary {
  /** Process number. */
  pid: number;
  /** Name, if any. */
  name: string | null;
  /** Status when the entry ended. */
  status: Status;
  /** Reductions used so far. */
  reductions: number;
}

/** What one entry did. */
export interface EntryResult {
  /** The entry's number (1, 2, ...). */
  index: number;
  /** `show` of its value, or null if it failed. */
  result: string | null;
  /** The value. */
  value: Value;
  /** Console lines printed while it ran (by any process). */
  console: string[];
  /** Its error, if it failed. */
  error: LudusError | null;
  /** The entry's own process. */
  pid: number;
  /** Names the entry bound (now visible to later entries). */
  bound: string[];
  /** Turtles that drew during the entry. */
  turtles: Turtle[];
  /** The entry's process and those spawned during it. */
  processes: ProcessSummary[];
  /** Reductions the entry's process used. */
  reductions: number;
}

/** A session over one runtime. */
export class Session {
  /** The runtime (scheduler, modules, host pid). */
  readonly runtime: Runtime;
  /** The shared toplevel. */
  readonly globals: Globals = new Globals();
  /** Entries run so far. */
  readonly entries: EntryResult[] = [];
  readonly #limits: EntryLimits;

  /** A session on a new runtime. */
  constructor(options: RuntimeOptions = {}, limits: EntryLimits = {}) {
    // Past the memory budget the biggest process ends (most likely the entry's
    // own), not the session: the entries after it still run.
    this.runtime = new Runtime({ memoryExceeded: "kill", ...options });
    this.runtime.scheduler.quiet();
    this.#limits = limits;
  }

  /** Names visible to the next entry. */
  names(): string[] {
    return [...this.globals.index.entries()]
      .filter(([, slot]) => this.globals.values[slot] !== undefined)
      .map(([name]) => name);
  }

  /** Run one entry to its end (or its limit). Never throws for Ludus errors. */
  async run(text: string, file?: string, processName?: string): Promise<EntryResult> {
    const rt = this.runtime;
    const sched = rt.scheduler;
    const index = this.entries.length + 1;
    const name = file ?? `block ${index}`;
    const consoleStart = sched.console.length;
    const turtlesStart = sched.turtles.length;
    const before = new Map(this.globals.index);
    const entry: EntryResult = {
      index,
      result: null,
      value: null,
      console: [],
      error: null,
      pid: 0,
      bound: [],
      turtles: [],
      processes: [],
      reductions: 0,
    };
    let proc: Process | null = null;
    try {
      const compiled = compileSource(text, {
        ...rt.options,
        file: name,
        globals: this.globals,
      });
      proc = sched.startProcess(new Closure(compiled.proto, [], this.globals), null);
      proc.name = processName ?? name;
      entry.pid = proc.id;
      const firstId = proc.id;
      const timeout = this.#limits.timeoutMs ?? 5000;
      const maxReds = this.#limits.maxReductions ?? 50_000_000;
      const deadline = performance.now() + timeout;
      const p = proc;
      const how = await sched.runUntil(() =>
        !p.alive || performance.now() > deadline || p.reductions > maxReds
      );
      if (p.alive) {
        const why = p.reductions > maxReds
          ? `this block used more than ${maxReds} reductions and was stopped`
          : how === "idle"
          ? "this block waits for a message that no process can ever send, so it was stopped"
          : p.status === "waiting"
          ? `this block waited more than ${timeout} ms for a message and was stopped`
          : `this block ran longer than ${timeout} ms and was stopped`;
        sched.fail(p, new LudusError("limit", why, null, null, { pid: p.id }));
      }
      if (p.status === "done") {
        entry.value = p.result;
        entry.result = showResult(p.result);
      } else entry.error = p.error;
      entry.reductions = p.reductions;
      for (const q of sched.procs.values()) {
        if (q.id >= firstId) {
          entry.processes.push({
            pid: q.id,
            name: q.name,
            status: q.status,
            reductions: q.reductions,
          });
        }
      }
      if (!entry.processes.some((x) => x.pid === p.id)) {
        entry.processes.unshift({
          pid: p.id,
          name: p.name,
          status: p.status,
          reductions: p.reductions,
        });
      }
    } catch (e) {
      entry.error = e instanceof LudusError ? e : new LudusError("internal", String(e));
    }
    // Names this entry bound: passed on if they got a value; forgotten if not.
    for (const [n, slot] of this.globals.index) {
      if (before.get(n) === slot) continue;
      if (this.globals.values[slot] !== undefined) entry.bound.push(n);
      else if (before.has(n)) this.globals.index.set(n, before.get(n)!);
      else this.globals.index.delete(n);
    }
    entry.console = sched.console.slice(consoleStart);
    entry.turtles = sched.turtles.slice(turtlesStart);
    this.entries.push(entry);
    return entry;
  }
}
