/**
 * The page's record of a run: every snapshot and event the worker streamed,
 * bounded, in the form the views read. The views (table, messages, tree,
 * timeline) draw from it, never from the worker directly, so that after a run
 * ends, or with the page's "now" scrubbed back, every view shows the run as it
 * was at that moment.
 *
 * - **Snapshots** (the process table and counters, a few times a second), kept
 *   in time order; when there are too many, every other one of the older half
 *   goes, so the record still covers the whole run, more coarsely further back.
 * - **Rows**: the run's events in order, one row each: a message sent (from the
 *   always-on log, with when it was received), a process spawned, a process
 *   ended. Stored in columns of typed arrays, so 100,000 messages cost a few
 *   MB and no garbage; past {@linkcode MAX_ROWS} the oldest quarter goes.
 * - **Slices**: which process ran when, for how long, how many reductions, with
 *   the scheduler's reductions at the end of each (the clock that messages and
 *   `inspect` use), so a time in ms and a time in reductions convert both ways.
 *
 * Rows and slices have global indices that never change (the first kept is
 * {@linkcode RunRecord.rowBase}); a view that remembers one can tell whether
 * it is still kept.
 *
 * @module
 */

import type {
  LifeInfo,
  MessageInfo,
  ProcessRowInfo,
  SchedulerCounters,
  SliceInfo,
} from "../lib/host/worker_protocol.ts";

/** Rows (messages, spawns and exits) kept at most. */
export const MAX_ROWS = 300_000;
/** Slices kept at most. */
export const MAX_SLICES = 300_000;
/** Columns' capacity: the bound and room for a batch beyond it (the record trims after a batch). */
const ROWS_CAP = MAX_ROWS + (MAX_ROWS >> 2), SLICES_CAP = MAX_SLICES + (MAX_SLICES >> 2);
/** Snapshots kept at most (older ones are thinned, not cut). */
export const MAX_SNAPSHOTS = 1_200;
/** Process rows kept in all snapshots together, at most (thinned likewise). */
export const MAX_SNAPSHOT_ROWS = 150_000;

/** What a row is: a message sent, a process made, a process ended. */
export const RowKind = { Message: 0, Spawn: 1, Exit: 2 } as const;
/** What a row is (one of {@linkcode RowKind}'s values). */
export type RowKind = typeof RowKind[keyof typeof RowKind];

/** One snapshot of the processes, as the worker sent it. */
export interface Snapshot {
  /** The processes (live, then the most recently ended). */
  rows: ProcessRowInfo[];
  /** The scheduler's counters then (`clock`: ms since the run began). */
  counters: SchedulerCounters;
  /** The page-side time since Run, in ms. */
  elapsedMs: number;
}

/** A row, read out of the columns (for hover text and tests; views read columns directly). */
export interface RowView {
  /** Global row index. */
  index: number;
  /** What it is. */
  kind: RowKind;
  /** For a message: its id; else -1. */
  id: number;
  /** Sender, or the process spawned or ended. */
  pid: number;
  /** Receiver, or the parent of a spawn (-1: the host / none). */
  other: number;
  /** Scheduler reductions when it happened. */
  at: number;
  /** For a message: the id of its cause, or -1. */
  cause: number;
  /** For a message: reductions when it was received, or NaN (not yet, or never). */
  received: number;
  /** The message shown, the name at a spawn, the reason at an exit. */
  text: string;
  /** For an exit: done, panicked, killed or stopped. */
  how: string;
}

const HOWS = ["", "done", "panicked", "killed", "stopped"];

/**
 * A column grown to hold `need` entries: from its first small size straight
 * to `cap` (the record's bound), so a long run allocates each column twice,
 * not once per doubling (large typed arrays are costly to allocate in a page:
 * each pushes the garbage collector).
 */
function grow<T extends Float64Array | Int32Array | Uint8Array>(
  a: T,
  need: number,
  cap: number,
): T {
  if (need <= a.length) return a;
  const size = need <= cap ? cap : Math.max(need, a.length * 2);
  const n = new (a.constructor as { new (n: number): T })(size);
  n.set(a);
  return n;
}

/** First index in `a[0..n)` whose value is >= x (`a` ascending). */
export function lowerBound(a: ArrayLike<number>, n: number, x: number): number {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The record of one run. */
export class RunRecord {
  /** Bumped by every change: a view redraws when it differs from what it drew. */
  version = 0;
  /** Bumped when a process gets a name (menus of processes are rebuilt then). */
  namesVersion = 0;
  /** Has the run ended? */
  ended = false;
  /** The run's error kind, if it failed (`deadlock` …). */
  errorKind: string | null = null;
  /** Messages that left the worker's log before they could be sent to the page. */
  lost = 0;
  /** Rows let go from the front (past {@linkcode MAX_ROWS}). */
  rowsDropped = 0;
  /** Slices let go from the front. */
  slicesDropped = 0;

  // --- snapshots
  readonly snapshots: Snapshot[] = [];
  #snapRows = 0;

  // --- rows, in columns; row g is at g - rowBase
  /** Global index of the first row kept. */
  rowBase = 0;
  /** Rows kept. */
  rowCount = 0;
  kind: Uint8Array = new Uint8Array(4096);
  /** Message id (or -1). */
  id: Float64Array = new Float64Array(4096);
  /** Sender / the process spawned or ended. */
  pid: Int32Array = new Int32Array(4096);
  /** Receiver / parent (-1 none). */
  other: Int32Array = new Int32Array(4096);
  at: Float64Array = new Float64Array(4096);
  cause: Float64Array = new Float64Array(4096);
  received: Float64Array = new Float64Array(4096);
  /** For an exit: index into HOWS. */
  how: Uint8Array = new Uint8Array(4096);
  text: string[] = [];

  // --- message ids → rows (ascending ids)
  #msgIds: Float64Array = new Float64Array(4096);
  #msgRows: Float64Array = new Float64Array(4096);
  #msgCount = 0;
  /** Messages received before the page saw them sent (rare): id → at. */
  readonly #early = new Map<number, number>();
  /** Messages kept. */
  get messages(): number {
    return this.#msgCount;
  }

  // --- processes
  /** Every process seen: pid → what is known of it. */
  readonly procs = new Map<number, ProcessFacts>();
  /** Pids in ascending order (for columns and lanes). */
  pids: number[] = [];
  #pidsSorted = true;

  // --- slices; slice g is at g - sliceBase
  sliceBase = 0;
  sliceCount = 0;
  slicePid: Int32Array = new Int32Array(4096);
  sliceStart: Float64Array = new Float64Array(4096);
  sliceMs: Float64Array = new Float64Array(4096);
  sliceReds: Float64Array = new Float64Array(4096);
  /** The scheduler's reductions at the end of each slice. */
  sliceEndAt: Float64Array = new Float64Array(4096);
  #reds = 0;
  /** The longest slices so far, longest first (at most {@linkcode LONGEST}): global indices. */
  longest: { index: number; pid: number; start: number; ms: number; reductions: number }[] = [];
  /** The largest number of reductions a slice did (about the scheduler's budget). */
  maxSliceReds = 1;
  /** Live processes over time: after each spawn or exit, when (ms) and how many. */
  liveMs: Float64Array = new Float64Array(256);
  liveN: Int32Array = new Int32Array(256);
  liveCount = 0;
  /** The most processes alive at once. */
  liveMax = 0;
  #live = 0;
  readonly #alive = new Set<number>();
  /** The end of the run, in ms since it began (once known), else the latest time seen. */
  endMs = 0;

  /** Add a snapshot. */
  addSnapshot(s: Snapshot): void {
    const snaps = this.snapshots;
    const last = snaps[snaps.length - 1];
    if (last !== undefined && s.counters.clock < last.counters.clock) {
      // Not in order (should not happen): keep the record sorted.
      s = { ...s, counters: { ...s.counters, clock: last.counters.clock } };
    }
    snaps.push(s);
    this.#snapRows += s.rows.length;
    while (
      snaps.length > 2 && (snaps.length > MAX_SNAPSHOTS || this.#snapRows > MAX_SNAPSHOT_ROWS)
    ) {
      // Thin the older half: drop every other one (keep the first).
      const half = snaps.length >> 1;
      const keep: Snapshot[] = [];
      for (let i = 0; i < half; i++) {
        if (i % 2 === 0) keep.push(snaps[i]);
        else this.#snapRows -= snaps[i].rows.length;
      }
      snaps.splice(0, half, ...keep);
    }
    for (const r of s.rows) {
      const f = this.#facts(r.pid);
      if (r.name !== "" && r.name !== f.name) {
        f.name = r.name;
        this.namesVersion++;
      }
      if (r.main) f.main = true;
      if (r.box) f.box = true;
      if (r.parent !== null) f.parent = r.parent;
      if (r.alive) {
        f.links = r.links;
        f.monitors = r.monitors;
      }
    }
    this.endMs = Math.max(this.endMs, s.counters.clock);
    this.version++;
  }

  /** Add an `events` message's contents. */
  addEvents(
    messages: readonly MessageInfo[],
    received: readonly (readonly [number, number])[],
    lost: number,
    life: readonly LifeInfo[],
    slices: readonly SliceInfo[],
  ): void {
    this.lost += lost;
    // Merge messages and life events by time; at the same time a spawn comes
    // before a message (it was made, then sent to) and an exit after one.
    let i = 0, j = 0;
    while (i < messages.length || j < life.length) {
      const m = messages[i], l = life[j];
      const takeLife = l !== undefined &&
        (m === undefined || l.at < m.at || (l.at === m.at && l.kind === "spawn"));
      if (takeLife) {
        this.#addLife(l);
        j++;
      } else {
        this.#addMessage(m);
        i++;
      }
    }
    for (const [id, at] of received) this.#receive(id, at);
    for (const s of slices) this.#addSlice(s);
    // Live processes over time, from spawns and exits (placed in ms by the slices).
    for (const l of life) {
      if (l.kind === "spawn") this.#alive.add(l.pid);
      else if (!this.#alive.delete(l.pid)) continue; // never seen spawned (a box's process)
      this.#live = this.#alive.size;
      const k = this.liveCount++;
      if (k + 1 > this.liveMs.length) {
        this.liveMs = grow(this.liveMs, k + 1, ROWS_CAP);
        this.liveN = grow(this.liveN, k + 1, ROWS_CAP);
      }
      this.liveMs[k] = this.msOf(l.at);
      this.liveN[k] = this.#live;
      if (this.#live > this.liveMax) this.liveMax = this.#live;
    }
    if (this.liveCount > MAX_ROWS) {
      const k = this.liveCount >> 1;
      this.liveMs.copyWithin(0, k, this.liveCount);
      this.liveN.copyWithin(0, k, this.liveCount);
      this.liveCount -= k;
    }
    if (this.rowCount > MAX_ROWS) this.#dropRows(this.rowCount - Math.floor(MAX_ROWS * 0.75));
    if (this.sliceCount > MAX_SLICES) {
      this.#dropSlices(this.sliceCount - Math.floor(MAX_SLICES * 0.75));
    }
    this.version++;
  }

  /** The run has ended (with the page's elapsed time and the error kind, if any). */
  end(errorKind: string | null): void {
    this.ended = true;
    this.errorKind = errorKind;
    this.version++;
  }

  #facts(pid: number): ProcessFacts {
    let f = this.procs.get(pid);
    if (f === undefined) {
      f = {
        pid,
        name: "",
        parent: null,
        main: false,
        box: false,
        spawnAt: null,
        spawnRow: -1,
        exitRow: -1,
        how: null,
        reason: null,
        sent: 0,
        got: 0,
        links: [],
        monitors: [],
      };
      this.procs.set(pid, f);
      const last = this.pids[this.pids.length - 1];
      this.pids.push(pid);
      if (last !== undefined && pid < last) this.#pidsSorted = false;
    }
    return f;
  }

  /** Pids in ascending order. */
  sortedPids(): number[] {
    if (!this.#pidsSorted) {
      this.pids.sort((a, b) => a - b);
      this.#pidsSorted = true;
    }
    return this.pids;
  }

  #row(): number {
    const n = this.rowCount + 1;
    if (n > this.kind.length) {
      const cap = ROWS_CAP;
      this.kind = grow(this.kind, n, cap);
      this.id = grow(this.id, n, cap);
      this.pid = grow(this.pid, n, cap);
      this.other = grow(this.other, n, cap);
      this.at = grow(this.at, n, cap);
      this.cause = grow(this.cause, n, cap);
      this.received = grow(this.received, n, cap);
      this.how = grow(this.how, n, cap);
    }
    return this.rowCount++;
  }

  #addMessage(m: MessageInfo): void {
    const r = this.#row();
    this.kind[r] = RowKind.Message;
    this.id[r] = m.id;
    this.pid[r] = m.from;
    this.other[r] = m.to;
    this.at[r] = m.at;
    this.cause[r] = m.cause ?? -1;
    const early = this.#early.get(m.id);
    if (early !== undefined) this.#early.delete(m.id);
    this.received[r] = early ?? NaN;
    this.how[r] = 0;
    this.text[r] = m.msg;
    const k = this.#msgCount++;
    if (k + 1 > this.#msgIds.length) {
      this.#msgIds = grow(this.#msgIds, k + 1, ROWS_CAP);
      this.#msgRows = grow(this.#msgRows, k + 1, ROWS_CAP);
    }
    this.#msgIds[k] = m.id;
    this.#msgRows[k] = r + this.rowBase;
    this.#facts(m.from).sent++;
    this.#facts(m.to).got++;
  }

  #addLife(l: LifeInfo): void {
    const r = this.#row();
    const spawn = l.kind === "spawn";
    this.kind[r] = spawn ? RowKind.Spawn : RowKind.Exit;
    this.id[r] = -1;
    this.pid[r] = l.pid;
    this.other[r] = spawn ? (l.parent ?? -1) : -1;
    this.at[r] = l.at;
    this.cause[r] = -1;
    this.received[r] = NaN;
    this.how[r] = spawn ? 0 : Math.max(0, HOWS.indexOf(l.how ?? ""));
    this.text[r] = spawn ? (l.name ?? "") : (l.reason ?? "");
    const f = this.#facts(l.pid);
    if (l.name && l.name !== f.name) {
      f.name = l.name;
      this.namesVersion++;
    }
    if (spawn) {
      f.parent = l.parent;
      f.spawnAt = l.at;
      f.spawnRow = r + this.rowBase;
    } else {
      f.exitRow = r + this.rowBase;
      f.how = l.how;
      f.reason = l.reason;
      f.exitAt = l.at;
    }
  }

  #receive(id: number, at: number): void {
    const r = this.rowOfMessage(id);
    if (r < 0) {
      if (this.#msgCount === 0 || id > this.#msgIds[this.#msgCount - 1]) this.#early.set(id, at);
      return;
    }
    this.received[r - this.rowBase] = at;
  }

  /** The global row of message `id`, or -1 if it is not kept. */
  rowOfMessage(id: number): number {
    const k = lowerBound(this.#msgIds, this.#msgCount, id);
    return k < this.#msgCount && this.#msgIds[k] === id ? this.#msgRows[k] : -1;
  }

  #dropRows(k: number): void {
    const cols = [
      this.kind,
      this.id,
      this.pid,
      this.other,
      this.at,
      this.cause,
      this.received,
      this.how,
    ];
    for (const c of cols) c.copyWithin(0, k, this.rowCount);
    this.text.splice(0, k);
    this.rowCount -= k;
    this.rowBase += k;
    this.rowsDropped += k;
    const m = lowerBound(this.#msgRows, this.#msgCount, this.rowBase);
    this.#msgIds.copyWithin(0, m, this.#msgCount);
    this.#msgRows.copyWithin(0, m, this.#msgCount);
    this.#msgCount -= m;
  }

  #addSlice(s: SliceInfo): void {
    const n = this.sliceCount + 1;
    if (n > this.slicePid.length) {
      const cap = SLICES_CAP;
      this.slicePid = grow(this.slicePid, n, cap);
      this.sliceStart = grow(this.sliceStart, n, cap);
      this.sliceMs = grow(this.sliceMs, n, cap);
      this.sliceReds = grow(this.sliceReds, n, cap);
      this.sliceEndAt = grow(this.sliceEndAt, n, cap);
    }
    const i = this.sliceCount++;
    this.slicePid[i] = s.pid;
    this.sliceStart[i] = s.start;
    this.sliceMs[i] = s.ms;
    this.sliceReds[i] = s.reductions;
    if (s.reductions > this.maxSliceReds) this.maxSliceReds = s.reductions;
    this.#reds += s.reductions;
    this.sliceEndAt[i] = this.#reds;
    this.endMs = Math.max(this.endMs, s.start + s.ms);
    this.#facts(s.pid);
    const top = this.longest;
    if (top.length < LONGEST || s.ms > top[top.length - 1].ms) {
      top.push({
        index: i + this.sliceBase,
        pid: s.pid,
        start: s.start,
        ms: s.ms,
        reductions: s.reductions,
      });
      top.sort((a, b) => b.ms - a.ms);
      if (top.length > LONGEST) top.pop();
    }
  }

  #dropSlices(k: number): void {
    for (
      const c of [this.slicePid, this.sliceStart, this.sliceMs, this.sliceReds, this.sliceEndAt]
    ) c.copyWithin(0, k, this.sliceCount);
    this.sliceCount -= k;
    this.sliceBase += k;
    this.slicesDropped += k;
  }

  /** A row read out of the columns (global index). */
  rowAt(g: number): RowView | null {
    const r = g - this.rowBase;
    if (r < 0 || r >= this.rowCount) return null;
    return {
      index: g,
      kind: this.kind[r] as RowKind,
      id: this.id[r],
      pid: this.pid[r],
      other: this.other[r],
      at: this.at[r],
      cause: this.cause[r],
      received: this.received[r],
      text: this.text[r],
      how: HOWS[this.how[r]],
    };
  }

  /** How an exit row ended (`done`, `panicked` …), by local row index. */
  howOf(r: number): string {
    return HOWS[this.how[r]];
  }

  /** The name of a process, or "" (the latest known). */
  nameOf(pid: number): string {
    const f = this.procs.get(pid);
    if (f === undefined) return "";
    if (f.name !== "") return f.name;
    return f.main ? "main" : "";
  }

  /** A process as a label: its name, else `<pid N>`. */
  label(pid: number): string {
    if (pid < 0) return "host";
    const n = this.nameOf(pid);
    return n === "" ? `<pid ${pid}>` : n;
  }

  // --- time: ms (the scheduler's clock) and reductions

  /** The snapshot in effect at `ms` (the last one taken at or before), or the first. */
  snapshotAt(ms: number | null): Snapshot | null {
    const s = this.snapshots;
    if (s.length === 0) return null;
    if (ms === null) return s[s.length - 1];
    let lo = 0, hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid].counters.clock <= ms) lo = mid + 1;
      else hi = mid;
    }
    return s[Math.max(0, lo - 1)];
  }

  /** The scheduler's reductions at `ms` (from the slices; else from snapshots). */
  atOf(ms: number): number {
    const n = this.sliceCount;
    if (n > 0) {
      // The last slice that began at or before ms.
      const k = lowerBound(this.sliceStart, n, ms + 1e-9) - 1;
      if (k < 0) return this.sliceBase === 0 ? 0 : this.sliceEndAt[0] - this.sliceReds[0];
      const start = this.sliceStart[k], len = this.sliceMs[k];
      const end = this.sliceEndAt[k], before = end - this.sliceReds[k];
      if (ms >= start + len || len <= 0) return end;
      return before + Math.round(((ms - start) / len) * this.sliceReds[k]);
    }
    const s = this.snapshotAt(ms);
    return s === null ? 0 : s.counters.reductions;
  }

  /** The time in ms when the scheduler had done `at` reductions (from the slices). */
  msOf(at: number): number {
    const n = this.sliceCount;
    if (n > 0) {
      const k = lowerBound(this.sliceEndAt, n, at);
      if (k >= n) return this.sliceStart[n - 1] + this.sliceMs[n - 1];
      const before = this.sliceEndAt[k] - this.sliceReds[k];
      const f = this.sliceReds[k] > 0 ? Math.max(0, at - before) / this.sliceReds[k] : 1;
      return this.sliceStart[k] + f * this.sliceMs[k];
    }
    const snaps = this.snapshots;
    for (const s of snaps) if (s.counters.reductions >= at) return s.counters.clock;
    return snaps.length > 0 ? snaps[snaps.length - 1].counters.clock : 0;
  }

  /** The first global row at or after `at` reductions. */
  rowAtTime(at: number): number {
    return lowerBound(this.at, this.rowCount, at) + this.rowBase;
  }
}

/** The longest slices the record marks. */
export const LONGEST = 5;

/** What the record knows of one process. */
export interface ProcessFacts {
  /** Its number. */
  pid: number;
  /** Its latest known name, or "". */
  name: string;
  /** Who spawned it (null: the host, or not known). */
  parent: number | null;
  /** Is it the main script? */
  main: boolean;
  /** Is it a box's process? */
  box: boolean;
  /** Reductions when it was spawned, if seen. */
  spawnAt: number | null;
  /** Reductions when it ended, if seen. */
  exitAt?: number;
  /** Its spawn row (global), or -1. */
  spawnRow: number;
  /** Its exit row (global), or -1. */
  exitRow: number;
  /** How it ended, if it did. */
  how: string | null;
  /** Its result or why it panicked, shown. */
  reason: string | null;
  /** Messages it sent (kept or not). */
  sent: number;
  /** Messages sent to it. */
  got: number;
  /** Its links when last seen alive. */
  links: number[];
  /** The processes that monitored it when last seen alive. */
  monitors: number[];
}

/**
 * A process's colour (lifeline heads, timeline lanes): a hue per pid, spread
 * around the wheel, dark enough for text on white.
 */
export function processColor(pid: number): string {
  const hue = (pid * 137.508 + 170) % 360;
  return `hsl(${hue.toFixed(0)} 55% 38%)`;
}

/** The same hue, pale (fills). */
export function processTint(pid: number): string {
  const hue = (pid * 137.508 + 170) % 360;
  return `hsl(${hue.toFixed(0)} 60% 93%)`;
}

/** Escape text for SVG/HTML markup. */
export function esc(s: string): string {
  return s.replace(
    /[&<>"]/g,
    (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
  );
}

/** Cut text to `n` characters, with an ellipsis. */
export function cut(s: string, n: number): string {
  if (n <= 1) return s.length > 0 ? "…" : "";
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** Status colours (style.css's badges agree): stroke and fill. */
export function statusColors(status: string): { stroke: string; fill: string } {
  const s = status.startsWith("stopped") ? "stopped" : status.split(" ")[0];
  switch (s) {
    case "running":
    case "runnable":
      return { stroke: "#b7791f", fill: "#fdebc8" };
    case "waiting":
    case "sleeping":
      return { stroke: "#2f6fae", fill: "#dbe8f7" };
    case "done":
      return { stroke: "#2e7d32", fill: "#dcefdc" };
    case "panicked":
    case "killed":
      return { stroke: "#b3261e", fill: "#f8dcd9" };
    case "stopped":
      return { stroke: "#6b5b95", fill: "#e6e0f3" };
    default:
      return { stroke: "#6a6f76", fill: "#eceeee" };
  }
}
