/**
 * The messages between the Ludus page and the Web Worker that runs its VM
 * (`worker.ts`): what the page asks, what the worker streams back. Everything
 * is plain, structured-clonable data (strings, numbers, arrays, objects): no
 * Ludus value crosses, only its printed form.
 *
 * One worker runs one program (or holds one notebook: the last section). The
 * page keeps a spare worker warm, so Run starts at once, and Stop terminates
 * the running worker outright (even in the middle of a slice) while the spare
 * takes over.
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
  /** Linked processes. */
  links: number[];
  /** Processes that monitor it. */
  monitors: number[];
  /**
   * For a process waiting in `receive`: the processes it waits on (those it
   * monitors and are alive, else the one it last sent to), for a deadlock's
   * wait-for graph; empty otherwise.
   */
  waitsFor: number[];
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
  /** The clock: ms since the run started. */
  clock: number;
}

/** One message from the always-on log, shown. */
export interface MessageInfo {
  /** Its id (messages are numbered in the order they were sent). */
  id: number;
  /** The sender's process number. */
  from: number;
  /** The receiver's process number. */
  to: number;
  /** The message, shown and cut to {@linkcode MESSAGE_SHOWN} characters. */
  msg: string;
  /** Scheduler reductions when it was sent. */
  at: number;
  /** The id of the message the sender was handling when it sent this one, or null. */
  cause: number | null;
}

/** Characters of a message shown in a {@linkcode MessageInfo}. */
export const MESSAGE_SHOWN = 80;

/** A process began or ended. */
export interface LifeInfo {
  /** `spawn`: it was made; `exit`: it ended (or was stopped at the end of the run). */
  kind: "spawn" | "exit";
  /** Its number. */
  pid: number;
  /** Scheduler reductions at the time. */
  at: number;
  /** For a spawn: the spawning process (null: the host). */
  parent: number | null;
  /** Its name then, if it had one. */
  name: string | null;
  /** For an exit: `done`, `panicked`, `killed` or `stopped`. */
  how: string | null;
  /** For an exit: its result or why it panicked, shown. */
  reason: string | null;
}

/** One slice: which process ran, when, for how long, how much. */
export interface SliceInfo {
  /** The process. */
  pid: number;
  /** When it began, in ms since the run started. */
  start: number;
  /** How long it took, in ms. */
  ms: number;
  /** Reductions it used. */
  reductions: number;
}

/** A key or pointer event the page passes to processes that `listen!`. */
export type InputEvent =
  /** A key went down or up (`key` as the browser names it: `ArrowUp`, `a`, ` `). */
  | { type: "key"; action: "down" | "up"; key: string }
  /** The pointer went down, up or moved over the turtle, in turtle coordinates. */
  | { type: "pointer"; action: "down" | "up" | "move"; x: number; y: number };

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
  /**
   * Everything about one process of the run; with `at` (scheduler reductions),
   * as it was then, from the worker's record of the run (null if it kept none).
   */
  | { kind: "inspect"; pid: number; at?: number }
  /** End a process as `:killed` (its links and monitors fire as for any crash). */
  | { kind: "kill"; pid: number }
  /** Trace a process (`observe :trace!` for the page), or stop tracing it. */
  | { kind: "trace"; pid: number; on: boolean }
  /** A key or pointer event, for the processes that listen. */
  | { kind: "input"; event: InputEvent }
  /** Compile without running: the errors the validator finds, for the editor. */
  | { kind: "check"; id: number; source: string; file: string }
  /** The prelude's names and docs. */
  | { kind: "prelude" }
  /** Notebook mode (below). */
  | NotebookPageToWorker;

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
  /**
   * What happened since the last `events`: messages sent (from the always-on
   * log; `lost` counts those that left the log before they could be sent on),
   * messages received (`[id, at]`), spawns and exits, and slices.
   */
  | {
    kind: "events";
    messages: MessageInfo[];
    received: [number, number][];
    lost: number;
    life: LifeInfo[];
    slices: SliceInfo[];
  }
  /** A trace event of a process the page traces, shown (`(:send, <pid 3>, :ping)` …). */
  | { kind: "traced"; pid: number; event: string }
  /** A process started or stopped listening for input (`listen! (:keys)`). */
  | { kind: "listening"; pid: number; what: "keys" | "pointer"; on: boolean }
  /** A report of another process's panic (the main script goes on). */
  | { kind: "report"; text: string }
  /** The run has ended: its result (shown) or its error. */
  | { kind: "done"; result: string | null; error: ErrorInfo | null; elapsedMs: number }
  /** The answer to `inspect` (null: no such process). */
  | { kind: "details"; pid: number; details: ProcessDetailsInfo | null }
  /** The answer to `check`: no errors, or the first one. */
  | { kind: "checked"; id: number; errors: ErrorInfo[] }
  /** The answer to `prelude`. */
  | { kind: "prelude"; entries: PreludeEntry[] }
  /** Notebook mode (below). */
  | NotebookWorkerToPage;

// ---------------------------------------------------------------------------
// Notebooks (`worker_notebook.ts`): a worker in notebook mode holds one
// notebook's session and runs its blocks one at a time, in the order asked,
// each as its own process; a block sees what the blocks run before it bound.

/** The names a block binds and reads, and what checking it found. */
export interface BlockNamesInfo {
  /** Names it binds at its toplevel (`let` patterns, `fn`, `box`, `pkg`, `import`). */
  binds: string[];
  /** Names it reads that a block before it binds (free names of the block, not the prelude's). */
  uses: string[];
  /**
   * What checking it against the names the blocks before it bind found: none,
   * or the first error, its offsets into the block's source.
   */
  errors: ErrorInfo[];
}

/** A part of an opened notebook: prose (as HTML, escaped) or a Ludus block. */
export type NotebookPartInfo =
  /** Markdown between blocks, rendered (raw HTML shown as text, only safe links kept). */
  | { kind: "prose"; html: string; line: number }
  /** A Ludus block: its number (1-based), its source, the `.md` line of its first line. */
  | { kind: "code"; index: number; source: string; line: number; info: string };

/** A process of a block (its own, or one spawned while it ran), when the block ended. */
export interface BlockProcessInfo {
  /** Process number. */
  pid: number;
  /** Its name, or null. */
  name: string | null;
  /** Its status then. */
  status: string;
  /** Reductions it used. */
  reductions: number;
}

/** What one run of a block did. */
export interface BlockRunInfo {
  /** The block's number (1-based). */
  index: number;
  /** The source that ran. */
  source: string;
  /** The `.md` line of its first line (as the notebook's text is now). */
  line: number;
  /** As the exported page says: ran to its end, panicked or was stopped, or could not run. */
  status: "ok" | "failed" | "not run";
  /** The block's process (0: it never started). */
  pid: number;
  /** Reductions its process used. */
  reductions: number;
  /** Its value, shown (cut at 10,000 characters), or null. */
  result: string | null;
  /** Its error, or null. */
  error: ErrorInfo | null;
  /**
   * The block the error's `from` and `to` point into (offsets into that
   * block's source), or null if it points elsewhere (a module) or nowhere.
   */
  errorBlock: number | null;
  /** A note in plain words (which failed block a missing name came from), or null. */
  note: string | null;
  /** Reports of other processes' panics while it ran. */
  reports: string[];
  /** Names it bound (visible to the blocks run after it). */
  bound: string[];
  /** Names its source binds at its toplevel (those it bound, and those a panic kept it from binding). */
  binds: string[];
  /** Its process and the ones spawned while it ran. */
  processes: BlockProcessInfo[];
  /** How long it ran, in ms. */
  elapsedMs: number;
}

/** What the page asks of a worker in notebook mode. */
export type NotebookPageToWorker =
  /**
   * Open a notebook (a new session; any earlier notebook of this worker is
   * dropped). Without `limits`, a block may run 60 s and any number of reductions.
   */
  | {
    kind: "notebook-open";
    text: string;
    file: string;
    url: string | null;
    seed?: number;
    virtualClock?: boolean;
    limits?: { timeoutMs?: number; maxReductions?: number };
  }
  /**
   * Run block `index` (1-based), after the blocks already asked for: the
   * blocks' sources now (`sources[index - 1]` runs; the others place its
   * lines, so an error's line is a line of the notebook as edited).
   */
  | { kind: "notebook-run"; index: number; sources: string[] }
  /** Start a new session and run every block in order (what `cli.ts notebook` does). */
  | { kind: "notebook-run-all"; sources: string[] }
  /** Stop the running block and forget the blocks waiting to run. */
  | { kind: "notebook-stop" }
  /**
   * The names of blocks with these sources, and what checking each finds;
   * `bound[i]`: names block i+1 bound when it last ran (still in the session,
   * so later blocks may read them even if its source no longer binds them).
   */
  | { kind: "notebook-analyse"; id: number; sources: string[]; bound?: string[][] }
  /**
   * The notebook with these sources as the page `cli.ts notebook` writes, and
   * as Markdown. A block's outputs are its last run's if it ran with the same
   * source; `notes[i]` is added to block i+1 (e.g. why it is stale).
   */
  | { kind: "notebook-export"; id: number; sources: string[]; notes: (string | null)[] };

/** What a worker in notebook mode tells the page. */
export type NotebookWorkerToPage =
  /** The answer to `notebook-open`: its parts, and each block's names. */
  | {
    kind: "notebook-opened";
    file: string;
    title: string;
    parts: NotebookPartInfo[];
    names: BlockNamesInfo[];
  }
  /** A block began to run. */
  | { kind: "notebook-started"; index: number }
  /** New output of the running block (as `output`, batched and bounded). */
  | {
    kind: "notebook-output";
    index: number;
    lines: string[];
    dropped: number;
    turtle: [number, TurtleCommand][];
  }
  /** A block's run ended. */
  | { kind: "notebook-block"; block: BlockRunInfo }
  /** The answer to `notebook-stop`: the blocks that were waiting and will not run. */
  | { kind: "notebook-stopped"; cancelled: number[] }
  /** The answer to `notebook-analyse`, a {@linkcode BlockNamesInfo} per source. */
  | { kind: "notebook-analysed"; id: number; names: BlockNamesInfo[] }
  /** The answer to `notebook-export`. */
  | { kind: "notebook-exported"; id: number; html: string; markdown: string };
