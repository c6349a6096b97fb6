/**
 * The browser host: the Ludus VM inside a dedicated Web Worker, beside the
 * Deno host (`deno.ts`). The page (`web/`) sends it a program; it runs it and
 * streams back what the program prints and draws, snapshots of its processes a
 * few times a second, and the result or error (the messages are in
 * `worker_protocol.ts`). It also compiles without running, for the editor's
 * error marks, and lists the prelude for completion.
 *
 * Nothing here blocks the page: the scheduler gives the worker's event loop a
 * turn every few milliseconds, so an `inspect` is answered while a program
 * runs, and the page can always terminate the worker outright to stop it.
 * Output is batched (at most one message per {@linkcode FLUSH_MS}) and bounded
 * (the last {@linkcode MAX_LINES} lines), so a program that prints forever
 * floods neither the page nor the worker's memory.
 *
 * @module
 */

import { formatError, LudusError } from "../errors/errors.ts";
import { finalRow, locationText, rowOf, waitsOn } from "../observe/snapshot.ts";
import { loadPrelude } from "../runtime/prelude.ts";
import { cutResult, Runtime, showResult } from "../runtime/runtime.ts";
import { compileSource } from "../runtime/script.ts";
import type { TurtleCommand } from "../turtle/turtle.ts";
import { show } from "../values/show.ts";
import { keyword, Tuple, type Value } from "../values/values.ts";
import { docOf } from "../vm/primitives.ts";
import { Pid, type Process } from "../vm/process.ts";
import {
  type ErrorInfo,
  type InputEvent,
  type LifeInfo,
  MESSAGE_SHOWN,
  type MessageInfo,
  type PageToWorker,
  type ProcessDetailsInfo,
  type ProcessRowInfo,
  type SliceInfo,
  type WorkerToPage,
} from "./worker_protocol.ts";

/** At most one output message per this many ms. */
export const FLUSH_MS = 30;
/** A snapshot of the processes every this many ms while a program runs. */
export const SNAPSHOT_MS = 150;
/** Console lines kept for the page between two messages (older ones are counted, not sent). */
export const MAX_LINES = 10_000;
/** Live processes in a snapshot at most (the busiest). */
const MAX_LIVE_ROWS = 400;
/** Ended processes remembered for the table and for `inspect` (the most recent). */
const MAX_ENDED = 200;
/** Characters of the result shown (the rest is cut, saying how long it was). */
const MAX_RESULT = 10_000;
/** Characters of one value shown in the details pane. */
const DETAIL_MAX = 2000;

/** The worker's side of its channel to the page (the worker's global scope). */
export interface WorkerPort {
  /** Send a message to the page. */
  postMessage(message: WorkerToPage): void;
  /** Listen for the page's messages. */
  addEventListener(type: "message", listener: (event: { data: PageToWorker }) => void): void;
}

/** How the worker host serves (all optional). */
export interface WorkerHostOptions {
  /** Load a module's text (the default fetches it). */
  loadModule?: (url: string) => Promise<string>;
  /**
   * Until the page sends a program, run {@linkcode WARM_UP} for about this
   * many ms (default 0: not at all), so the program runs in compiled code.
   */
  warmUpMs?: number;
  /**
   * Wait this many ms after `ready` before warming up (default 0), so that a
   * program sent at once (Run pressed as the page opens) does not wait for it.
   */
  warmUpAfterMs?: number;
}

/**
 * What a spare worker runs while it waits for a program: the VM's common
 * paths (calls and returns, clauses, arithmetic, loops, lists, strings,
 * processes and messages), so that V8 has compiled them before a program
 * needs them. In a page, a cold run of fib (25) took ~2.5× as long as a warm
 * one (Chrome tiers code up more slowly than Deno); the spare worker is idle
 * anyway, and a program that arrives stops the warm-up at once.
 */
export const WARM_UP = `fn fib {
  (0) -> 0
  (1) -> 1
  (n) -> add (fib (sub (n, 1)), fib (sub (n, 2)))
}
let xs = map (inc, range (100))
let total = fold (add, xs, 0)
let n = loop (300, 0) with {
  (0, acc) -> acc
  (k, acc) -> recur (dec (k), add (acc, k))
}
let me = self ()
spawn! (fn () -> send! (me, (:hi, total)))
let got = receive { (:hi, x) -> x }
let text = join (map (string, xs), ",")
if eq? (count (text), 0) then :empty else fib (17)`;

/** An error as the page shows it. */
export function errorInfo(err: LudusError): ErrorInfo {
  const pos = err.source && err.span ? err.source.position(err.span.start) : null;
  return {
    kind: err.kind,
    message: err.message,
    file: err.source?.name ?? null,
    line: pos?.line ?? null,
    column: pos?.column ?? null,
    from: err.span?.start ?? null,
    to: err.span?.end ?? null,
    hint: err.hint,
    stack: err.ludusStack,
    text: formatError(err),
  };
}

/**
 * Serve the page over `port`: load the prelude, say `ready`, then answer its
 * messages. Call once, from the worker's entry module.
 *
 * @example Usage
 * ```ts
 * import { serveWorker, type WorkerPort } from "./worker.ts";
 * import type { PageToWorker, WorkerToPage } from "./worker_protocol.ts";
 * const sent: WorkerToPage[] = [];
 * let deliver: (data: PageToWorker) => void = () => {};
 * const port: WorkerPort = {
 *   postMessage: (m) => sent.push(m),
 *   addEventListener: (_type, listener) => deliver = (data) => listener({ data }),
 * };
 * serveWorker(port);
 * deliver({ kind: "run", source: `print! ("hi")`, file: "editor.ld", url: null });
 * while (!sent.some((m) => m.kind === "done")) await new Promise((r) => setTimeout(r, 5));
 * console.assert(sent.some((m) => m.kind === "output" && m.lines[0] === "hi"));
 * ```
 */
export function serveWorker(port: WorkerPort, options: WorkerHostOptions = {}): void {
  const t0 = performance.now();
  loadPrelude();
  let run: WorkerRun | null = null;
  let warm: Runtime | null = null;
  port.addEventListener("message", ({ data }) => {
    switch (data.kind) {
      case "run":
        warm?.stop();
        warm = null;
        if (run === null) run = new WorkerRun(port, data, options);
        return;
      case "inspect":
        port.postMessage({
          kind: "details",
          pid: data.pid,
          details: run?.inspect(data.pid, data.at) ?? null,
        });
        return;
      case "kill":
        run?.kill(data.pid);
        return;
      case "trace":
        run?.trace(data.pid, data.on);
        return;
      case "input":
        run?.input(data.event);
        return;
      case "check":
        port.postMessage({ kind: "checked", id: data.id, errors: check(data.source, data.file) });
        return;
      case "prelude":
        port.postMessage({
          kind: "prelude",
          entries: [...loadPrelude().values].map(([name, v]) => ({ name, doc: docOf(v) })),
        });
        return;
    }
  });
  port.postMessage({ kind: "ready", loadMs: Math.round(performance.now() - t0) });
  const budget = options.warmUpMs ?? 0;
  if (budget > 0) {
    (async () => {
      await new Promise((r) => setTimeout(r, options.warmUpAfterMs ?? 0));
      const until = performance.now() + budget;
      while (run === null && performance.now() < until) {
        warm = new Runtime({ host: { print: () => {}, report: () => {} }, messageLog: 64 });
        await warm.runMain(WARM_UP, "warm-up.ld");
      }
      warm = null;
    })();
  }
}

/** The errors compiling `source` finds (none, or the first). */
function check(source: string, file: string): ErrorInfo[] {
  try {
    compileSource(source, { file });
    return [];
  } catch (e) {
    return e instanceof LudusError ? [errorInfo(e)] : [];
  }
}

/** Messages the worker's log keeps (the always-on log, larger than a command's: the page draws them all). */
const LOG_CAPACITY = 1 << 17;
/** Processes whose details the run's record keeps at each snapshot (for scrubbing back), at most. */
const RECORD_PROCESSES = 30;
/** Snapshots whose details the run's record keeps, the most recent. */
const RECORD_SNAPSHOTS = 400;
/** Characters of one value the record keeps. */
const RECORD_VALUE = 200;

const KW_KEY = keyword("key");
const KW_POINTER = keyword("pointer");
const KW_TRACE = keyword("trace");

/** One program run in this worker, and what the page has been told of it. */
class WorkerRun {
  readonly #port: WorkerPort;
  readonly #rt: Runtime;
  readonly #started = performance.now();
  #lines: string[] = [];
  #dropped = 0;
  #turtle: [number, TurtleCommand][] = [];
  #lastFlush = 0;
  #flushTimer: ReturnType<typeof setTimeout> | null = null;
  /** Ended (and, at the end, stopped) processes, the most recent last. */
  readonly #ended: Pid[] = [];
  /** What each stopped process was doing when the run ended. */
  readonly #stopped = new Map<number, string>();
  /** Whom each stopped process waited on when the run ended (a deadlock's wait-for edges). */
  readonly #stoppedWaits = new Map<number, number[]>();
  #done = false;
  // The events not sent yet, and how far the message log has been read.
  #messages: MessageInfo[] = [];
  #received: [number, number][] = [];
  #life: LifeInfo[] = [];
  #slices: SliceInfo[] = [];
  #lost = 0;
  /** The newest message id already sent on. */
  #seen = 0;
  /** For each log slot, the id whose receive was sent on. */
  readonly #recvSeen = new Float64Array(LOG_CAPACITY);
  /** The oldest message id whose receive may still come. */
  #unreceived = 1;
  /** Processes listening for input, by kind. */
  readonly #listeners = { keys: new Set<Pid>(), pointer: new Set<Pid>() };
  /** The run's record: at each snapshot, the details of its busiest processes. */
  readonly #record: { at: number; details: Map<number, ProcessDetailsInfo> }[] = [];

  constructor(
    port: WorkerPort,
    req: Extract<PageToWorker, { kind: "run" }>,
    opts: WorkerHostOptions,
  ) {
    this.#port = port;
    const load = opts.loadModule;
    this.#rt = new Runtime({
      file: req.file,
      url: req.url ?? undefined,
      seed: req.seed,
      keepConsole: false,
      messageLog: LOG_CAPACITY,
      // Answer the page (inspect, kill, input) within ~20 ms while a program runs.
      ioIntervalMs: 20,
      moduleHost: load ? { load } : undefined,
      host: {
        print: (line) => this.#print(line),
        turtle: (pid, command) => {
          this.#turtle.push([pid.id, command]);
          this.#soon();
        },
        report: (text, err) => {
          this.#flush();
          port.postMessage({ kind: "report", text: err ? `${text}\n${formatError(err)}` : text });
        },
        spawned: (pid, parent, at) => {
          this.#life.push({
            kind: "spawn",
            pid: pid.id,
            at,
            parent: parent?.id ?? null,
            name: pid.proc?.name ?? null,
            how: null,
            reason: null,
          });
        },
        ended: (pid) => {
          this.#remember(pid);
          const f = pid.final!;
          this.#life.push({
            kind: "exit",
            pid: pid.id,
            at: this.#rt.scheduler.totalReductions,
            parent: null,
            name: f.name,
            how: f.killed ? "killed" : f.status,
            reason: f.status === "done"
              ? show(f.result, { truncate: MESSAGE_SHOWN })
              : (f.message ?? "").split("\n")[0],
          });
          this.#soon();
        },
        stopped: (pid, status) => {
          this.#stopped.set(pid.id, status);
          if (pid.proc !== null) {
            this.#stoppedWaits.set(
              pid.id,
              waitsOn(pid.proc).on.map((q) => q.id),
            );
          }
          this.#remember(pid);
          this.#life.push({
            kind: "exit",
            pid: pid.id,
            at: this.#rt.scheduler.totalReductions,
            parent: null,
            name: pid.proc?.name ?? null,
            how: "stopped",
            reason: status,
          });
        },
        slice: (pid, start, ms, reductions) => {
          this.#slices.push({ pid: pid.id, start, ms, reductions });
          // Send the log on before it wraps around (a program sending as fast as it can).
          const log = this.#rt.scheduler.log;
          if (log !== null && this.#rt.scheduler.lastMessageId - this.#seen > log.capacity / 2) {
            this.#flush();
          } else if (this.#slices.length > 5000) this.#flush();
        },
        listen: (pid, what, on) => {
          if (on) this.#listeners[what].add(pid);
          else this.#listeners[what].delete(pid);
          port.postMessage({ kind: "listening", pid: pid.id, what, on });
        },
      },
    });
    this.#rt.scheduler.quiet();
    // What the page traces arrives as (:trace, pid, event) messages to the host.
    this.#rt.onMessage = (msg) => {
      if (msg instanceof Tuple && msg.items[0] === KW_TRACE && msg.items[1] instanceof Pid) {
        port.postMessage({
          kind: "traced",
          pid: msg.items[1].id,
          event: show(msg.items[2], { truncate: DETAIL_MAX }),
        });
      }
    };
    const ticker = setInterval(() => this.#snapshot(), SNAPSHOT_MS);
    this.#rt.runMain(req.source, req.file).then((report) => {
      this.#done = true;
      clearInterval(ticker);
      this.#flush();
      this.#snapshot();
      port.postMessage({
        kind: "done",
        result: report.error || report.result === null
          ? null
          : cutResult(report.result, MAX_RESULT),
        error: report.error ? errorInfo(report.error) : null,
        elapsedMs: Math.round(performance.now() - this.#started),
      });
    });
  }

  #print(line: string): void {
    const lines = this.#lines;
    lines.push(line);
    if (lines.length > 2 * MAX_LINES) {
      // Keep the newest: a program printing forever sends only what can be shown.
      const cut = lines.length - MAX_LINES;
      this.#lines = lines.slice(cut);
      this.#dropped += cut;
    }
    this.#soon();
  }

  /** Flush now if the last flush was long enough ago, else soon. */
  #soon(): void {
    if (performance.now() - this.#lastFlush >= FLUSH_MS) this.#flush();
    else this.#flushTimer ??= setTimeout(() => this.#flush(), FLUSH_MS);
  }

  /** Send on what is new: output, then the events (messages, receives, spawns and exits, slices). */
  #flush(): void {
    if (this.#flushTimer !== null) {
      clearTimeout(this.#flushTimer);
      this.#flushTimer = null;
    }
    this.#lastFlush = performance.now();
    if (this.#lines.length > 0 || this.#turtle.length > 0 || this.#dropped > 0) {
      let lines = this.#lines;
      let dropped = this.#dropped;
      if (lines.length > MAX_LINES) {
        dropped += lines.length - MAX_LINES;
        lines = lines.slice(lines.length - MAX_LINES);
      }
      this.#port.postMessage({ kind: "output", lines, dropped, turtle: this.#turtle });
      this.#lines = [];
      this.#dropped = 0;
      this.#turtle = [];
    }
    this.#readLog();
    if (
      this.#messages.length + this.#received.length + this.#life.length + this.#slices.length > 0 ||
      this.#lost > 0
    ) {
      this.#port.postMessage({
        kind: "events",
        messages: this.#messages,
        received: this.#received,
        lost: this.#lost,
        life: this.#life,
        slices: this.#slices,
      });
      this.#messages = [];
      this.#received = [];
      this.#life = [];
      this.#slices = [];
      this.#lost = 0;
    }
  }

  /** Take the messages sent and received since the last reading from the always-on log. */
  #readLog(): void {
    const sched = this.#rt.scheduler;
    const log = sched.log;
    if (log === null) return;
    const newest = sched.lastMessageId;
    const oldest = newest - log.capacity + 1;
    if (this.#seen < oldest - 1) this.#lost += oldest - 1 - this.#seen;
    log.each(this.#seen, newest, (id, at, cause, from, to, msg) => {
      this.#messages.push({
        id,
        from,
        to,
        msg: show(msg, { truncate: MESSAGE_SHOWN }),
        at,
        cause: cause > 0 ? cause : null,
      });
    });
    this.#seen = newest;
    // Receives: a message may be taken long after it was sent (a selective
    // receive), so every id still in the log that has not been seen received is
    // looked at again; the oldest such id moves up as they are.
    let first = Math.max(this.#unreceived, oldest, 1);
    let allSoFar = true;
    for (let id = first; id <= newest; id++) {
      const slot = id & (LOG_CAPACITY - 1);
      if (this.#recvSeen[slot] === id) {
        if (allSoFar) first = id + 1;
        continue;
      }
      const at = log.receivedAt(id);
      if (at >= 0) {
        this.#recvSeen[slot] = id;
        this.#received.push([id, at]);
        if (allSoFar) first = id + 1;
      } else allSoFar = false;
    }
    this.#unreceived = first;
  }

  #remember(pid: Pid): void {
    this.#ended.push(pid);
    if (this.#ended.length > MAX_ENDED) this.#ended.shift();
  }

  #snapshot(): void {
    this.#flush();
    const s = this.#rt.scheduler;
    let live = [...s.processes()];
    if (live.length > MAX_LIVE_ROWS) {
      live = live.sort((a, b) => b.reductions - a.reductions).slice(0, MAX_LIVE_ROWS);
    }
    const rows: ProcessRowInfo[] = live.map((p) => this.#row(p, true));
    const seen = new Set(rows.map((r) => r.pid));
    for (const pid of this.#ended) {
      if (seen.has(pid.id)) continue;
      seen.add(pid.id);
      const stopped = this.#stopped.get(pid.id);
      if (stopped !== undefined && pid.proc !== null) {
        rows.push(this.#row(pid.proc, false, stopped));
      } else if (pid.final !== null) {
        rows.push({
          ...finalRow(pid),
          alive: false,
          box: false,
          main: pid === s.main?.pid,
          parent: null,
          links: [],
          monitors: [],
          waitsFor: [],
        });
      }
    }
    rows.sort((a, b) => a.pid - b.pid);
    const stats = this.#rt.stats();
    this.#port.postMessage({
      kind: "snapshot",
      rows,
      counters: {
        processes: stats.processes,
        reductions: stats.reductions,
        slices: stats.slices,
        longestSlice: stats.longestSlice,
        clock: stats.clock,
      },
      elapsedMs: Math.round(performance.now() - this.#started),
    });
    if (!this.#done) this.#keepRecord(live);
  }

  /** Keep the details of the busiest live processes as they are now, for scrubbing back. */
  #keepRecord(live: Process[]): void {
    const busiest = live.length <= RECORD_PROCESSES
      ? live
      : [...live].sort((a, b) => b.reductions - a.reductions).slice(0, RECORD_PROCESSES);
    const details = new Map<number, ProcessDetailsInfo>();
    for (const p of busiest) {
      const d = this.#details(p.id, p.pid, RECORD_VALUE);
      if (d !== null) details.set(p.id, d);
    }
    this.#record.push({ at: this.#rt.scheduler.totalReductions, details });
    if (this.#record.length > RECORD_SNAPSHOTS) this.#record.shift();
  }

  #row(p: Process, alive: boolean, stopped?: string): ProcessRowInfo {
    return {
      ...rowOf(p, stopped),
      alive: alive && p.alive && !this.#done,
      box: p.box !== null,
      main: p === this.#rt.scheduler.main,
      parent: p.parent ? p.parent.id : null,
      links: p.links ? [...p.links].map((q) => q.id) : [],
      monitors: p.monitors ? [...p.monitors].map((q) => q.id) : [],
      waitsFor: this.#stoppedWaits.get(p.id) ?? waitsOn(p).on.map((q) => q.id),
    };
  }

  /**
   * Everything about one process, shown for the page; null if it is not known.
   * With `at` (reductions): as the run's record has it at the last snapshot
   * before then.
   */
  inspect(id: number, at?: number): ProcessDetailsInfo | null {
    if (at !== undefined) {
      for (let i = this.#record.length - 1; i >= 0; i--) {
        if (this.#record[i].at <= at) return this.#record[i].details.get(id) ?? null;
      }
      return null;
    }
    return this.#details(id, this.#ended.find((p) => p.id === id) ?? id, DETAIL_MAX);
  }

  /** End a process as :killed. */
  kill(id: number): void {
    this.#rt.kill(id);
  }

  /** Trace a process for the page (or stop). */
  trace(id: number, on: boolean): void {
    this.#rt.trace(id, on);
  }

  /** A key or pointer event: a message to each process listening for it. */
  input(e: InputEvent): void {
    const msg = e.type === "key"
      ? new Tuple([KW_KEY, keyword(e.action), e.key])
      : new Tuple([KW_POINTER, keyword(e.action), new Tuple([e.x, e.y])]);
    for (const pid of e.type === "key" ? this.#listeners.keys : this.#listeners.pointer) {
      this.#rt.send(pid, msg);
    }
  }

  #details(id: number, pid: Pid | number, max: number): ProcessDetailsInfo | null {
    const d = this.#rt.inspect(pid);
    if (d === null) return null;
    const cut = (v: Value) => show(v, { truncate: max });
    const info: Record<string, string> = {};
    const i = d.info;
    const stopped = this.#stopped.get(id);
    info.status = stopped !== undefined ? `stopped (${stopped})` : i.status;
    info.name = i.name ?? "";
    info.reductions = String(i.reductions);
    info.mailbox = String(i.mailbox);
    info.current = i.current === null ? "" : locationText(i.current);
    info.parent = i.parent ? show(i.parent) : "";
    info.links = i.links.map((p) => show(p)).join(", ");
    info.monitors = i.monitors.map((p) => show(p)).join(", ");
    info.spawned_at = i.spawnedAt ? `${i.spawnedAt.file}:${i.spawnedAt.line}` : "";
    info.messages_in = i.messagesIn === null ? "" : String(i.messagesIn);
    info.messages_out = i.messagesOut === null ? "" : String(i.messagesOut);
    info.memory = String(i.memory);
    return {
      pid: id,
      info,
      stack: d.stack.map((f) => ({
        fn: f.fn,
        file: f.file,
        line: f.line,
        args: f.args.map(cut),
        tailCalls: f.tailCalls,
      })),
      mailbox: d.mailbox.map(cut),
      mailboxSize: i.mailbox,
      messages: d.messages.map((m) => ({
        id: m.id,
        dir: m.dir,
        peer: show(m.peer),
        msg: cut(m.msg),
        at: m.at,
        cause: m.cause,
      })),
      box: i.box ? { name: i.box.name, value: cut(i.box.value) } : null,
      history: d.history === null ? null : d.history.slice(-200).map((e) => ({
        value: cut(e.value),
        num: typeof e.value === "number" ? e.value : null,
        at: e.at,
        time: e.time,
        by: e.by === null ? null : e.by.id,
      })),
      result: d.result === null || stopped !== undefined ? null : showResult(d.result),
      error: d.error ? formatError(d.error) : null,
    };
  }
}
