/**
 * The page's worker in notebook mode, beside the program mode of `worker.ts`:
 * it holds one notebook (a Markdown file whose ` ```ludus ` blocks run in
 * order) and its {@linkcode NotebookRunner}, whose {@linkcode Session} gives
 * every block its own process and one shared toplevel, as `cli.ts notebook`
 * does. The page opens a notebook, runs a block (again, with edits), runs them
 * all, stops the running one, asks which names each block binds and reads
 * (for its stale marks), and exports the page `cli.ts notebook` writes.
 *
 * Blocks run one at a time, in the order the page asked; while one runs, its
 * console lines and turtle commands stream to the page, batched as the program
 * mode does ({@linkcode OutputBatch}), and the worker still answers the
 * page's other messages (the scheduler gives the event loop a turn every 20
 * ms), so Stop ends a block at once. The messages are `NotebookPageToWorker`
 * and `NotebookWorkerToPage` in `worker_protocol.ts`.
 *
 * @module
 */

import { LudusError } from "../errors/errors.ts";
import { Source } from "../errors/source.ts";
import { validate } from "../compile/validator.ts";
import { loadPrelude } from "../runtime/prelude.ts";
import { cutResult } from "../runtime/runtime.ts";
import type { EntryLimits } from "../runtime/session.ts";
import { parse } from "../syntax/parser.ts";
import type { TurtleCommand } from "../turtle/turtle.ts";
import {
  type BlockOutcome,
  type CodeBlock,
  markdownToHtml,
  type Notebook,
  NOTEBOOK_RESULT_MAX,
  NotebookRunner,
  parseNotebook,
  renderHtml,
  toplevelNames,
} from "./notebook.ts";
import {
  errorInfo,
  FLUSH_MS,
  MAX_LINES,
  type WorkerHostOptions,
  type WorkerPort,
} from "./worker.ts";
import type {
  BlockNamesInfo,
  BlockRunInfo,
  ErrorInfo,
  NotebookPageToWorker,
  NotebookPartInfo,
  PageToWorker,
} from "./worker_protocol.ts";

/** A block may run this long in the page (Stop is always there): as the REPL on a terminal. */
export const PAGE_TIMEOUT_MS = 60_000;

// ---------------------------------------------------------------------------
// Output batching

/**
 * Console lines and turtle commands, sent on at most once per
 * {@linkcode FLUSH_MS} and bounded: of a flood of lines only the last
 * {@linkcode MAX_LINES} are kept between two sends, the others counted as
 * dropped. (The program mode's run batches the same way.)
 *
 * @example Usage
 * ```ts
 * import { OutputBatch } from "./worker_notebook.ts";
 * const sent: string[][] = [];
 * const batch = new OutputBatch((lines) => sent.push(lines));
 * batch.print("hi");
 * batch.flush();
 * console.assert(sent[0][0] === "hi");
 * ```
 */
export class OutputBatch {
  readonly #send: (lines: string[], dropped: number, turtle: [number, TurtleCommand][]) => void;
  #lines: string[] = [];
  #dropped = 0;
  #turtle: [number, TurtleCommand][] = [];
  #lastFlush = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;

  /** A batch that hands what it gathered to `send`. */
  constructor(send: (lines: string[], dropped: number, turtle: [number, TurtleCommand][]) => void) {
    this.#send = send;
  }

  /** A console line. */
  print(line: string): void {
    this.#lines.push(line);
    if (this.#lines.length > 2 * MAX_LINES) {
      const cut = this.#lines.length - MAX_LINES;
      this.#lines = this.#lines.slice(cut);
      this.#dropped += cut;
    }
    this.#soon();
  }

  /** A turtle command of process `pid`'s turtle. */
  turtle(pid: number, command: TurtleCommand): void {
    this.#turtle.push([pid, command]);
    this.#soon();
  }

  /** Send now if the last send was long enough ago, else soon. */
  #soon(): void {
    if (performance.now() - this.#lastFlush >= FLUSH_MS) this.flush();
    else this.#timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  /** Send what has gathered (nothing if nothing has). */
  flush(): void {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    this.#lastFlush = performance.now();
    if (this.#lines.length === 0 && this.#turtle.length === 0 && this.#dropped === 0) return;
    let lines = this.#lines;
    let dropped = this.#dropped;
    if (lines.length > MAX_LINES) {
      dropped += lines.length - MAX_LINES;
      lines = lines.slice(lines.length - MAX_LINES);
    }
    const turtle = this.#turtle;
    this.#lines = [];
    this.#dropped = 0;
    this.#turtle = [];
    this.#send(lines, dropped, turtle);
  }
}

// ---------------------------------------------------------------------------
// Names: what a block binds and reads

/**
 * For each block, in order: the names it binds at its toplevel, the names it
 * reads that a block before it binds (found as the validator resolves them:
 * a name a block binds itself, or a function's parameter, is not read from
 * an earlier block), and the first error checking it against those names
 * finds. A block that cannot be checked reads, as far as this can tell, every
 * earlier block's name that appears in its text. `bound[i]`, if given, are
 * names block i+1 bound when it last ran: they are in the session too, so the
 * blocks after it may read them.
 *
 * @example Usage
 * ```ts
 * import { blockNames } from "./worker_notebook.ts";
 * const [a, b, c] = blockNames(["let x = 1", "fn f (x) -> x", "add (x, 1)"]);
 * console.assert(a.binds[0] === "x" && b.uses.length === 0 && c.uses[0] === "x");
 * ```
 */
export function blockNames(
  sources: readonly string[],
  file = "notebook.md",
  bound: readonly (readonly string[] | undefined)[] = [],
): BlockNamesInfo[] {
  const prelude = loadPrelude().names;
  const earlier = new Map<string, number>();
  return sources.map((source, i) => {
    const binds = toplevelNames(source);
    let uses: string[];
    let errors: ErrorInfo[] = [];
    try {
      const analysis = validate(parse(new Source(file, source)), {
        prelude,
        globals: earlier,
        allowRebind: true,
      });
      const read = new Set<string>();
      for (const [ref, r] of analysis.refs) if (r.kind === "global") read.add(ref.name);
      uses = [...read];
    } catch (e) {
      if (e instanceof LudusError) errors = [errorInfo(e)];
      const words = new Set(source.match(/[a-z][A-Za-z0-9_/?!*]*/g) ?? []);
      uses = [...earlier.keys()].filter((n) => words.has(n));
    }
    for (const n of [...binds, ...bound[i] ?? []]) {
      if (!earlier.has(n)) earlier.set(n, earlier.size);
    }
    return { binds, uses, errors };
  });
}

// ---------------------------------------------------------------------------
// The notebook's text with edited blocks

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})/;

/** Where each block's source lines are in the original text (0-based, end exclusive). */
interface BodyRange {
  start: number;
  end: number;
  indent: string;
  fence: string;
  closed: boolean;
}

/**
 * A notebook's Markdown, and the same text with some blocks' sources
 * replaced (what Download gives, and what the blocks run from, so error lines
 * are lines of that text).
 *
 * @example Usage
 * ```ts
 * import { NotebookText } from "./worker_notebook.ts";
 * const t = new NotebookText("# A\n\n~~~ludus\n1\n~~~\n\n~~~ludus\n2\n~~~\n", "a.md");
 * const nb = t.notebook(["let x = 1\nx", "3"]);
 * console.assert(nb.blocks[1].line === 9 && nb.blocks[1].source === "3");
 * ```
 */
export class NotebookText {
  /** The file name. */
  readonly name: string;
  /** The notebook as first opened. */
  readonly original: Notebook;
  readonly #lines: string[];
  readonly #ranges: BodyRange[];

  /** The text of a notebook called `name`. */
  constructor(text: string, name: string) {
    this.name = name;
    this.original = parseNotebook(text, name);
    this.#lines = text.replace(/\r\n?/g, "\n").split("\n");
    this.#ranges = this.original.blocks.map((b) => {
      const open = FENCE_OPEN.exec(this.#lines[b.line - 2] ?? "") ?? ["", "", "```"];
      const fence = open[2];
      const closing = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
      let end = b.line - 1;
      while (end < this.#lines.length && !closing.test(this.#lines[end])) end++;
      return {
        start: b.line - 1,
        end,
        indent: open[1],
        fence,
        closed: end < this.#lines.length,
      };
    });
  }

  /** The sources of the blocks as first opened. */
  get sources(): string[] {
    return this.original.blocks.map((b) => b.source);
  }

  /** The Markdown with these block sources (missing ones as they were). */
  text(sources: readonly (string | undefined)[]): string {
    const out: string[] = [];
    let at = 0;
    this.#ranges.forEach((r, i) => {
      const source = sources[i] ?? this.original.blocks[i].source;
      const body = source === "" ? [] : source.split("\n").map((l) => l === "" ? l : r.indent + l);
      // A line of the source that would close the fence: make the fence longer.
      const ch = r.fence[0];
      let longest = r.fence.length - 1;
      for (const l of body) {
        const m = new RegExp(`^ {0,3}(\\${ch}+)\\s*$`).exec(l);
        if (m) longest = Math.max(longest, m[1].length);
      }
      const fence = ch.repeat(Math.max(r.fence.length, longest + 1));
      const openLine = this.#lines[r.start - 1] ?? "";
      out.push(...this.#lines.slice(at, r.start - 1));
      out.push(openLine.replace(FENCE_OPEN, `$1${fence}`));
      out.push(...body);
      if (r.closed) {
        const closeLine = this.#lines[r.end];
        out.push(closeLine.replace(/^( {0,3})[`~]+/, `$1${fence}`));
        at = r.end + 1;
      } else at = this.#lines.length;
    });
    out.push(...this.#lines.slice(at));
    return out.join("\n");
  }

  /** The notebook with these block sources: its blocks' lines are lines of {@linkcode text}. */
  notebook(sources: readonly (string | undefined)[]): Notebook {
    const nb = parseNotebook(this.text(sources), this.name);
    if (nb.blocks.length === this.original.blocks.length) return nb;
    // Cannot happen (fences are made longer than the source's), but be safe.
    const blocks = this.original.blocks.map((b, i) => ({ ...b, source: sources[i] ?? b.source }));
    return {
      name: this.name,
      blocks,
      parts: this.original.parts.map((p) => p.kind === "code" ? blocks[p.index - 1] : p),
    };
  }
}

// ---------------------------------------------------------------------------
// Serving the page

/** How the notebook mode serves (all optional). */
export interface NotebookHostOptions {
  /** Load a module's text (the default fetches it). */
  loadModule?: WorkerHostOptions["loadModule"];
}

/** A notebook message? */
export function isNotebookMessage(
  m: PageToWorker,
): m is NotebookPageToWorker {
  return m.kind.startsWith("notebook-");
}

/**
 * Serve notebooks over `port`, beside `serveWorker` (which answers the other
 * messages on the same port): listens for the `notebook-*` messages. Call
 * once, from the worker's entry module.
 *
 * @example Usage
 * ```ts
 * import { serveNotebook } from "./worker_notebook.ts";
 * import type { WorkerPort } from "./worker.ts";
 * import type { PageToWorker, WorkerToPage } from "./worker_protocol.ts";
 * const sent: WorkerToPage[] = [];
 * let deliver: (data: PageToWorker) => void = () => {};
 * const port: WorkerPort = {
 *   postMessage: (m) => sent.push(m),
 *   addEventListener: (_type, listener) => deliver = (data) => listener({ data }),
 * };
 * serveNotebook(port);
 * deliver({ kind: "notebook-open", text: "~~~ludus\nadd (1, 2)\n~~~\n", file: "a.md", url: null });
 * deliver({ kind: "notebook-run", index: 1, sources: ["add (1, 2)"] });
 * while (!sent.some((m) => m.kind === "notebook-block")) await new Promise((r) => setTimeout(r, 5));
 * console.assert(sent.some((m) => m.kind === "notebook-block" && m.block.result === "3"));
 * ```
 */
export function serveNotebook(port: WorkerPort, options: NotebookHostOptions = {}): void {
  let host: NotebookHost | null = null;
  port.addEventListener("message", ({ data }) => {
    if (!isNotebookMessage(data)) return;
    if (data.kind === "notebook-open") {
      host?.close();
      host = new NotebookHost(port, data, options);
    } else host?.handle(data);
  });
}

/** A block's last run: what ran, and how it went. */
interface LastRun {
  source: string;
  outcome: BlockOutcome;
}

/** One notebook open in this worker. */
class NotebookHost {
  readonly #port: WorkerPort;
  readonly #text: NotebookText;
  readonly #open: Extract<NotebookPageToWorker, { kind: "notebook-open" }>;
  readonly #options: NotebookHostOptions;
  #runner: NotebookRunner;
  /** The blocks' sources as the page last sent them. */
  readonly #sources: string[];
  /** Each block's last run (by index). */
  #last = new Map<number, LastRun>();
  /** Blocks waiting to run, in order. */
  #queue: { index: number; source: string; runner: NotebookRunner }[] = [];
  #running: number | null = null;
  /** The runner of the running block. */
  #runningIn: NotebookRunner | null = null;
  #closed = false;
  #batch: OutputBatch;
  /** Console lines of the running block let go (the scheduler keeps only the last ones). */
  #consoleDropped = 0;

  constructor(
    port: WorkerPort,
    req: Extract<NotebookPageToWorker, { kind: "notebook-open" }>,
    options: NotebookHostOptions,
  ) {
    this.#port = port;
    this.#open = req;
    this.#options = options;
    this.#text = new NotebookText(req.text, req.file);
    this.#sources = this.#text.sources;
    this.#batch = new OutputBatch((lines, dropped, turtle) => {
      if (this.#running === null || this.#closed) return;
      port.postMessage({ kind: "notebook-output", index: this.#running, lines, dropped, turtle });
    });
    this.#runner = this.#newRunner();
    const nb = this.#text.original;
    const parts: NotebookPartInfo[] = nb.parts.map((p) =>
      p.kind === "prose"
        ? { kind: "prose", html: markdownToHtml(p.text), line: p.line }
        : { kind: "code", index: p.index, source: p.source, line: p.line, info: p.info }
    );
    port.postMessage({
      kind: "notebook-opened",
      file: req.file,
      title: titleOf(nb),
      parts,
      names: blockNames(this.#sources, req.file),
    });
  }

  /** A runner over a new session. */
  #newRunner(): NotebookRunner {
    const req = this.#open;
    const load = this.#options.loadModule;
    const limits: EntryLimits = {
      timeoutMs: req.limits?.timeoutMs ?? PAGE_TIMEOUT_MS,
      maxReductions: req.limits?.maxReductions ?? Number.MAX_SAFE_INTEGER,
    };
    const runner: NotebookRunner = new NotebookRunner(req.file, {
      url: req.url ?? undefined,
      seed: req.seed,
      virtualClock: req.virtualClock,
      // Answer the page (Stop, names) within ~20 ms while a block runs.
      ioIntervalMs: 20,
      moduleHost: load ? { load } : undefined,
      host: {
        print: (line) => {
          // Keep the scheduler's console (a block's lines) bounded: the last lines are kept.
          const kept = runner.session.runtime.scheduler.console;
          if (kept.length > 2 * MAX_LINES) {
            const cut = kept.length - MAX_LINES;
            kept.splice(0, cut);
            this.#consoleDropped += cut;
          }
          if (runner === this.#runner) this.#batch.print(line);
        },
        turtle: (pid, command) => {
          if (runner === this.#runner) this.#batch.turtle(pid.id, command);
        },
      },
    }, limits);
    return runner;
  }

  /** Answer a message. */
  handle(m: NotebookPageToWorker): void {
    if (this.#closed) return;
    switch (m.kind) {
      case "notebook-run":
        if (m.index < 1 || m.index > this.#sources.length) return;
        m.sources.forEach((s, i) => this.#sources[i] = s);
        this.#queue.push({ index: m.index, source: m.sources[m.index - 1], runner: this.#runner });
        this.#pump();
        return;
      case "notebook-run-all": {
        this.#stopRunning();
        this.#queue = [];
        m.sources.forEach((s, i) => this.#sources[i] = s);
        this.#runner = this.#newRunner();
        this.#last = new Map();
        const runner = this.#runner;
        this.#sources.forEach((source, i) => this.#queue.push({ index: i + 1, source, runner }));
        this.#pump();
        return;
      }
      case "notebook-stop": {
        const cancelled = this.#queue.map((q) => q.index);
        this.#queue = [];
        this.#stopRunning();
        this.#port.postMessage({ kind: "notebook-stopped", cancelled });
        return;
      }
      case "notebook-analyse":
        this.#port.postMessage({
          kind: "notebook-analysed",
          id: m.id,
          names: blockNames(m.sources, this.#text.name, m.bound),
        });
        return;
      case "notebook-export": {
        const { html, markdown } = this.exported(m.sources, m.notes);
        this.#port.postMessage({ kind: "notebook-exported", id: m.id, html, markdown });
        return;
      }
    }
  }

  /** Forget this notebook: its running block is stopped, and no more run. */
  close(): void {
    this.#closed = true;
    this.#queue = [];
    this.#stopRunning();
  }

  /** Stop the running block (it fails as stopped; the session goes on). */
  #stopRunning(): void {
    this.#runningIn?.stop();
  }

  #pumping = false;

  /** Run the waiting blocks, one at a time. */
  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (this.#queue.length > 0 && !this.#closed) {
        const { index, source, runner } = this.#queue.shift()!;
        if (runner !== this.#runner) continue;
        await this.#runBlock(index, source, runner);
      }
    } finally {
      this.#pumping = false;
    }
  }

  async #runBlock(index: number, source: string, runner: NotebookRunner): Promise<void> {
    const nb = this.#text.notebook(this.#sources.map((s, i) => i === index - 1 ? source : s));
    const block = nb.blocks[index - 1];
    if (block === undefined) return;
    const sched = runner.session.runtime.scheduler;
    sched.console.length = 0;
    this.#consoleDropped = 0;
    this.#running = index;
    this.#runningIn = runner;
    this.#port.postMessage({ kind: "notebook-started", index });
    const t0 = performance.now();
    let outcome: BlockOutcome;
    try {
      outcome = await runner.run(block);
    } finally {
      this.#batch.flush();
      this.#running = null;
      this.#runningIn = null;
    }
    if (this.#consoleDropped > 0) {
      const c = outcome.entry.console;
      const dropped = this.#consoleDropped + Math.max(0, c.length - MAX_LINES);
      outcome.entry.console = [
        `… ${dropped.toLocaleString("en-US")} earlier lines not shown`,
        ...c.slice(-MAX_LINES),
      ];
    }
    sched.console.length = 0;
    if (runner !== this.#runner || this.#closed) return;
    this.#last.set(index, { source, outcome });
    this.#port.postMessage({
      kind: "notebook-block",
      block: this.#runInfo(outcome, nb, Math.round(performance.now() - t0)),
    });
  }

  #runInfo(o: BlockOutcome, nb: Notebook, elapsedMs: number): BlockRunInfo {
    const e = o.entry;
    let error: ErrorInfo | null = null;
    let errorBlock: number | null = null;
    if (e.error) {
      error = errorInfo(e.error);
      // Offsets into the block's own source, if the error points into one of the blocks.
      const text = e.error.source?.text;
      const b = text === undefined ? undefined : nb.blocks.find((b) => padded(b) === text);
      if (b && error.from !== null) {
        const pad = b.line - 1;
        errorBlock = b.index;
        error.from = Math.max(0, error.from - pad);
        error.to = error.to === null ? null : Math.max(0, error.to - pad);
      } else {
        error.from = null;
        error.to = null;
      }
    }
    return {
      index: o.block.index,
      source: o.block.source,
      line: o.block.line,
      status: o.status,
      pid: e.pid,
      reductions: e.reductions,
      result: e.result === null ? null : cutResult(e.result, NOTEBOOK_RESULT_MAX),
      error,
      errorBlock,
      note: o.note,
      reports: o.reports,
      bound: e.bound,
      binds: toplevelNames(o.block.source),
      processes: e.processes.map((p) => ({ ...p })),
      elapsedMs,
    };
  }

  /**
   * The page `cli.ts notebook` writes for the notebook with these sources,
   * and its Markdown. A block shows its last run if it ran with this source;
   * else it is "not run", with a note saying why.
   */
  exported(sources: readonly string[], notes: readonly (string | null)[]): {
    html: string;
    markdown: string;
  } {
    const nb = this.#text.notebook(sources);
    const outcomes: BlockOutcome[] = nb.blocks.map((block) => {
      const last = this.#last.get(block.index);
      const note = notes[block.index - 1] ?? null;
      if (last !== undefined && last.source === block.source) {
        const o = last.outcome;
        const joined = [o.note, note].filter((n) => n !== null).join("; ");
        return { ...o, block, note: joined === "" ? null : joined };
      }
      return notRun(
        block,
        note ??
          (last === undefined ? "this block has not run" : "this block was edited since it ran"),
      );
    });
    return {
      html: renderHtml({ notebook: nb, outcomes, session: this.#runner.session }),
      markdown: this.#text.text(sources),
    };
  }
}

/** A block's source as the runner compiles it: padded so its lines are the file's. */
function padded(b: CodeBlock): string {
  return "\n".repeat(Math.max(0, b.line - 1)) + b.source;
}

/** The outcome of a block that did not run, for the exported page. */
function notRun(block: CodeBlock, note: string): BlockOutcome {
  return {
    block,
    entry: {
      index: 0,
      result: null,
      value: null,
      console: [],
      error: null,
      pid: 0,
      bound: [],
      turtles: [],
      processes: [],
      reductions: 0,
    },
    status: "not run",
    errorText: null,
    note,
    reports: [],
    svg: null,
  };
}

/** The notebook's title: its first heading, else its file name (as the exported page's). */
function titleOf(nb: Notebook): string {
  for (const p of nb.parts) {
    if (p.kind !== "prose") continue;
    const m = /^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/m.exec(p.text);
    if (m) return m[1].replace(/[*_`]/g, "");
  }
  return nb.name;
}
