/**
 * The messages between the Ludus page and the Web Worker that runs its VM
 * (`worker.ts`): what the page asks, what the worker streams back. Everything
 * is plain, structured-clonable data (strings, numbers, arrays, objects): no
 * Ludus value crosses, only its printed form.
 *
 * One worker runs one program. The page keeps a spare worker warm, so Run
 * starts at once, and Stop terminates the running worker outright (even in the
 * middle of a slice) while the spare takes over.
 *
 * @module
 */

import type { ErrorKind, StackEntry } from "../errors/errors.ts";
import type { TurtleCommand } from "../turtle/turtle.ts";

/** An error as the page shows it: where, what, and the text the command would print. */
export interface ErrorInfo {
  /** What went wrong, broadly. */
  kind: ErrorKind;
  /** The message, in plain words. */
  message: string;
  /** The file it points into, if any. */
  file: string | null;
  /** 1-based line of its start, if known. */
  line: number | null;
  /** 1-based column of its start, if known. */
  column: number | null;
  /** UTF-16 offset of the start of the underlined text in the source, if known. */
  from: number | null;
  /** UTF-16 offset just past its end, if known. */
  to: number | null;
  /** A suggestion, if any. */
  hint: string | null;
  /** The Ludus call stack, innermost first. */
  stack: StackEntry[];
  /** The whole report as the command prints it (header, underlined line, message, stack). */
  text: string;
}

/** One row of the live process table. */
export interface ProcessRowInfo {
  /** Process number. */
  pid: number;
  /** Its name, or "". */
  name: string;
  /** What it is doing (`done`, `panicked`, `stopped (waiting)` …). */
  status: string;
  /** Reductions used. */
  reductions: number;
  /** Messages waiting in its mailbox. */
  mailbox: number;
  /** Where it is, or how it ended. */
  where: string;
  /** Still alive? */
  alive: boolean;
  /** Is it a box's process? */
  box: boolean;
  /** Is it the main script? */
  main: boolean;
  /** The process that spawned it. */
  parent: number | null;
}

/** The scheduler's counters in a snapshot. */
export interface SchedulerCounters {
  /** Live processes. */
  processes: number;
  /** Reductions so far. */
  reductions: number;
  /** Slices run. */
  slices: number;
  /** The longest slice, in ms. */
  longestSlice: number;
}

/** One frame of a process's stack, its arguments shown. */
export interface FrameText {
  /** The function. */
  fn: string;
  /** Its file. */
  file: string;
  /** Its line. */
  line: number;
  /** Its arguments, each shown (cut when long). */
  args: string[];
  /** Tail calls that replaced this frame's function. */
  tailCalls: number;
}

/** One message a process sent or received, shown. */
export interface MessageText {
  /** Message id. */
  id: number;
  /** `in`: received; `out`: sent. */
  dir: "in" | "out";
  /** The other process, shown (`<pid 3>`). */
  peer: string;
  /** The message, shown. */
  msg: string;
  /** Reductions when it was sent (out) or received (in). */
  at: number;
  /** The message it was sent in answer to, if any. */
  cause: number | null;
}

/** Everything about one process, for the details pane. */
export interface ProcessDetailsInfo {
  /** Process number. */
  pid: number;
  /** `observe :info`'s fields, as name → shown value. */
  info: Record<string, string>;
  /** Live frames, innermost first. */
  stack: FrameText[];
  /** The first messages waiting in its mailbox, shown. */
  mailbox: string[];
  /** How many messages wait in all. */
  mailboxSize: number;
  /** The last messages it sent or received. */
  messages: MessageText[];
  /** For a box: its name and value. */
  box: { name: string; value: string } | null;
  /** For a box: the values stored, oldest first (numbers also as numbers, for a chart). */
  history:
    | { value: string; num: number | null; at: number; time: number; by: number | null }[]
    | null;
  /** Its result, once it has returned. */
  result: string | null;
  /** Its error report, if it panicked. */
  error: string | null;
}

/** A prelude function, for completion and hover docs in the editor. */
export interface PreludeEntry {
  /** Its name. */
  name: string;
  /** Its docstring and clauses, as `doc NAME` prints them. */
  doc: string;
}

/** What the page asks of a worker. */
export type PageToWorker =
  /** Run a program (once per worker). */
  | { kind: "run"; source: string; file: string; url: string | null; seed?: number }
  /** Everything about one process of the run. */
  | { kind: "inspect"; pid: number }
  /** Compile without running: the errors the validator finds, for the editor. */
  | { kind: "check"; id: number; source: string; file: string }
  /** The prelude's names and docs. */
  | { kind: "prelude" };

/** What a worker tells the page. */
export type WorkerToPage =
  /** The worker has loaded the prelude and can run at once. */
  | { kind: "ready"; loadMs: number }
  /**
   * New output since the last message: console lines (at most the last
   * 10,000 of them; `dropped` says how many older ones were left out) and
   * turtle commands with the number of the process whose turtle moved.
   */
  | { kind: "output"; lines: string[]; dropped: number; turtle: [number, TurtleCommand][] }
  /** The processes and counters now (a few times a second while running, and once at the end). */
  | {
    kind: "snapshot";
    rows: ProcessRowInfo[];
    counters: SchedulerCounters;
    elapsedMs: number;
  }
  /** A report of another process's panic (the main script goes on). */
  | { kind: "report"; text: string }
  /** The run has ended: its result (shown) or its error. */
  | { kind: "done"; result: string | null; error: ErrorInfo | null; elapsedMs: number }
  /** The answer to `inspect` (null: no such process). */
  | { kind: "details"; pid: number; details: ProcessDetailsInfo | null }
  /** The answer to `check`: no errors, or the first one. */
  | { kind: "checked"; id: number; errors: ErrorInfo[] }
  /** The answer to `prelude`. */
  | { kind: "prelude"; entries: PreludeEntry[] };
