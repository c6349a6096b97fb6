/// <reference lib="dom" />
/**
 * A notebook in the page: a Markdown file whose ` ```ludus ` blocks run, each
 * as its own process in one session, in a Web Worker of the notebook's own
 * (`lib/host/worker_notebook.ts`). The prose shows as HTML (rendered and
 * escaped by the worker); each block is a small editor with **Run** (or
 * Ctrl+Enter) and, under it, what its last run printed, drew, returned or
 * said went wrong. **Run all** runs every block in order in a new session, as
 * `cli.ts notebook` does; **Stop** stops the running block and the ones
 * waiting; **Export** downloads the page `cli.ts notebook` writes;
 * **Download .md** the notebook with your edits.
 *
 * Editing a block marks it and the later blocks that read a name it binds
 * (directly, or through a block marked so) as stale, as Livebook does
 * (`notebook_stale.ts`): their outputs are dimmed, with a note saying why,
 * until they run again.
 *
 * The page opens one with {@linkcode openNotebook} (a `.md` file, or a URL of
 * the site) or {@linkcode openNotebookFrom} (`#notebook=<url>` in the
 * address). Stable hooks for tests: `#notebook`, `#nb-run-all`, `#nb-stop`,
 * `#nb-export`, `#nb-download`, `#nb-close`, `#nb-status` (`data-state`:
 * `loading`, `idle`, `running`, `done`), and each block's
 * `section.nb-block[data-index][data-state]` (`data-stale` while stale).
 *
 * @module
 */

import type {
  BlockNamesInfo,
  BlockRunInfo,
  ErrorInfo,
  NotebookPageToWorker,
  NotebookPartInfo,
  WorkerToPage,
} from "../lib/host/worker_protocol.ts";
import { Editor } from "./editor.ts";
import { type StaleMark, staleMarks, staleNote } from "./notebook_stale.ts";
import { type Slot, startWorker } from "./runner.ts";
import { TurtleView } from "./turtle_view.ts";

/** Console lines a block shows at most (the export has up to 10,000). */
const BLOCK_LINES = 2000;
/** How long Stop waits for the worker before it restarts it (losing the session). */
const STOP_WAIT_MS = 2000;

type Attrs = Record<string, string | number | boolean | null | undefined>;

/** An element with attributes (`class`, `text`, others as is) and children. */
function h(tag: string, attrs: Attrs = {}, ...children: (Node | string | null)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = String(v);
    else if (k === "text") e.textContent = String(v);
    else e.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null) e.append(c);
  return e;
}

/** Fill `e` with `text`, its `name`s in backticks as code. */
function withCode(e: HTMLElement, text: string): void {
  e.replaceChildren(
    ...text.split(/(`[^`]+`)/).map((s) =>
      /^`[^`]+`$/.test(s) ? h("code", { text: s.slice(1, -1) }) : s
    ),
  );
}

const fmt = (n: number) => n.toLocaleString("en-US");
const plural = (n: number, word: string) =>
  `${fmt(n)} ${word}${n === 1 ? "" : word.endsWith("s") ? "es" : "s"}`;

/** What a block is doing, or how its last run ended. */
type BlockState = "idle" | "queued" | "running" | "ok" | "failed" | "not run";

const STATE_TEXT: Record<BlockState, string> = {
  idle: "not run yet",
  queued: "waiting to run",
  running: "running…",
  ok: "ok",
  failed: "failed",
  "not run": "not run",
};

/** One block of the notebook on the page. */
class BlockView {
  readonly index: number;
  readonly el: HTMLElement;
  readonly editor: Editor;
  state: BlockState = "idle";
  /** Its state before it was queued (a Stop puts it back). */
  before: BlockState = "idle";
  source: string;
  names: BlockNamesInfo = { binds: [], uses: [], errors: [] };
  ran: {
    source: string;
    seq: number;
    session: number;
    bound: string[];
    binds: string[];
  } | null = null;
  stale: StaleMark | null = null;
  /**
   * The error of a run that points into this block (its own, or a later
   * block's that called a function of this one), the block whose run it was,
   * and this block's text then: underlined while the text is the same.
   */
  runError: { error: ErrorInfo; from: number; text: string } | null = null;
  readonly #run: HTMLButtonElement;
  readonly #info: HTMLElement;
  readonly #badge: HTMLElement;
  readonly #staleNote: HTMLElement;
  readonly #console: HTMLElement;
  readonly #turtleBox: HTMLElement;
  #turtle: TurtleView | null = null;
  readonly #result: HTMLElement;
  readonly #note: HTMLElement;
  readonly #error: HTMLElement;
  readonly #reports: HTMLElement;
  readonly #procs: HTMLElement;
  #lines: string[] = [];
  #dropped = 0;
  #drawScheduled = false;
  #lastRun: BlockRunInfo | null = null;

  constructor(
    part: Extract<NotebookPartInfo, { kind: "code" }>,
    view: {
      run(index: number): void;
      check(index: number, text: string): Promise<ErrorInfo[]>;
      changed(index: number, text: string): void;
    },
  ) {
    this.index = part.index;
    this.source = part.source;
    const run = h("button", {
      type: "button",
      class: "nb-run",
      title: "Run this block (Ctrl+Enter)",
      text: "▶ Run",
    });
    run.addEventListener("click", () => view.run(this.index));
    this.#run = run as HTMLButtonElement;
    this.#info = h("span", { class: "nb-info" });
    this.#badge = h("span", { class: "nb-badge", text: "stale", hidden: true });
    const editorBox = h("div", { class: "nb-editor" });
    this.#staleNote = h("p", { class: "nb-stale-note", hidden: true });
    this.#console = h("pre", { class: "nb-console", hidden: true });
    this.#turtleBox = h("div", { class: "nb-turtle turtle", hidden: true });
    this.#result = h("pre", { class: "nb-result", hidden: true });
    this.#note = h("p", { class: "nb-note", hidden: true });
    this.#error = h("pre", { class: "nb-error", hidden: true });
    this.#reports = h("div", { class: "nb-reports", hidden: true });
    this.#procs = h("details", { class: "nb-procs", hidden: true });
    this.el = h(
      "section",
      { class: "nb-block", "data-index": part.index, "data-state": "idle" },
      h(
        "div",
        { class: "nb-head" },
        h("span", { class: "nb-label", text: `block ${part.index}` }),
        this.#info,
        this.#badge,
        run,
      ),
      editorBox,
      this.#staleNote,
      h(
        "div",
        { class: "nb-out" },
        this.#console,
        this.#turtleBox,
        this.#result,
        this.#note,
        this.#error,
        this.#reports,
        this.#procs,
      ),
    );
    this.editor = new Editor({
      parent: editorBox,
      doc: part.source,
      check: (text) => view.check(this.index, text),
      changed: (text) => {
        this.source = text;
        view.changed(this.index, text);
      },
      run: () => view.run(this.index),
    });
    this.#showState();
  }

  setState(state: BlockState): void {
    if (state === "queued" && this.state !== "queued" && this.state !== "running") {
      this.before = this.state;
    }
    this.state = state;
    this.#showState();
  }

  #showState(): void {
    this.el.dataset.state = this.state;
    this.#run.disabled = this.state === "queued" || this.state === "running";
    const r = this.#lastRun;
    const bits: string[] = [];
    if (
      r !== null && (this.state === "ok" || this.state === "failed" || this.state === "not run")
    ) {
      if (r.pid > 0) bits.push(`<pid ${r.pid}>`);
      bits.push(STATE_TEXT[this.state]);
      if (r.pid > 0) bits.push(plural(r.reductions, "reduction"));
      bits.push(`${fmt(r.elapsedMs)} ms`);
    } else bits.push(STATE_TEXT[this.state]);
    this.#info.textContent = ` · ${bits.join(" · ")}`;
  }

  /** Show (or clear) the stale mark. */
  setStale(mark: StaleMark | null): void {
    this.stale = mark;
    this.#badge.hidden = mark === null;
    this.#staleNote.hidden = mark === null;
    withCode(this.#staleNote, mark === null ? "" : staleNote(mark));
    if (mark === null) delete this.el.dataset.stale;
    else this.el.dataset.stale = mark.why;
  }

  /** A run begins: its outputs go. */
  started(): void {
    this.#lastRun = null;
    this.#lines = [];
    this.#dropped = 0;
    for (const e of [this.#result, this.#note, this.#error, this.#reports, this.#procs]) {
      e.hidden = true;
      e.replaceChildren();
    }
    this.#turtle?.reset(this.source);
    this.#turtleBox.hidden = true;
    this.#drawConsole();
    this.setState("running");
  }

  /** Output of the running block. */
  output(m: Extract<WorkerToPage, { kind: "notebook-output" }>): void {
    if (m.lines.length > 0 || m.dropped > 0) {
      this.#dropped += m.dropped;
      for (const l of m.lines) this.#lines.push(l);
      if (this.#lines.length > BLOCK_LINES) {
        this.#dropped += this.#lines.length - BLOCK_LINES;
        this.#lines = this.#lines.slice(this.#lines.length - BLOCK_LINES);
      }
      this.#scheduleConsole();
    }
    if (m.turtle.length > 0) {
      if (this.#turtle === null) this.#turtle = new TurtleView(this.#turtleBox);
      this.#turtleBox.hidden = false;
      this.#turtle.add(m.turtle);
    }
  }

  #scheduleConsole(): void {
    if (this.#drawScheduled) return;
    this.#drawScheduled = true;
    requestAnimationFrame(() => {
      this.#drawScheduled = false;
      this.#drawConsole();
    });
  }

  #drawConsole(): void {
    const lines = this.#dropped > 0
      ? [`… ${plural(this.#dropped, "earlier line")} not shown`, ...this.#lines]
      : this.#lines;
    this.#console.hidden = lines.length === 0;
    const follow = this.#console.scrollTop + this.#console.clientHeight >=
      this.#console.scrollHeight - 4;
    this.#console.textContent = lines.join("\n");
    this.#console.dataset.lines = String(this.#lines.length);
    if (follow) this.#console.scrollTop = this.#console.scrollHeight;
  }

  /** Its run ended. */
  finished(r: BlockRunInfo): void {
    this.#lastRun = r;
    this.#drawConsole();
    if (r.result !== null) {
      this.#result.hidden = false;
      this.#result.replaceChildren(h("span", { class: "nb-arrow", text: "⇒ " }), r.result);
    }
    if (r.note !== null) {
      this.#note.hidden = false;
      withCode(this.#note, r.note);
    }
    if (r.error !== null) {
      this.#error.hidden = false;
      this.#error.textContent = r.error.text;
    }
    if (r.reports.length > 0) {
      this.#reports.hidden = false;
      this.#reports.replaceChildren(
        ...r.reports.map((t) => h("pre", { class: "nb-report", text: t })),
      );
    }
    if (r.processes.length > 0) {
      this.#procs.hidden = false;
      const binds = r.bound.length > 0 ? ` · binds ${r.bound.join(", ")}` : "";
      const rows = r.processes.map((p) =>
        h(
          "tr",
          {},
          h("td", { text: `<pid ${p.pid}>` }),
          h("td", { text: p.pid === r.pid ? `block ${r.index}` : p.name ?? "" }),
          h("td", { class: `st-${p.status}`, text: p.status }),
          h("td", { class: "num", text: fmt(p.reductions) }),
        )
      );
      this.#procs.replaceChildren(
        h("summary", { text: `${plural(r.processes.length, "process")}${binds}` }),
        h(
          "table",
          {},
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", { text: "pid" }),
              h("th", { text: "name" }),
              h("th", { text: "status" }),
              h("th", { class: "num", text: "reductions" }),
            ),
          ),
          h("tbody", {}, ...rows),
        ),
      );
    }
    this.ran = {
      source: r.source,
      seq: 0,
      session: 0,
      bound: r.bound,
      binds: r.binds,
    };
    this.setState(r.status);
  }
}

/** How a notebook view is made. */
export interface NotebookViewOptions {
  /** The element it draws itself in. */
  parent: HTMLElement;
  /** The worker's script (`worker.js`). */
  workerUrl: string;
  /** Close pressed. */
  onClose?: () => void;
}

/** A notebook on the page: its prose, its blocks, a worker holding its session. */
export class NotebookView {
  readonly #opts: NotebookViewOptions;
  readonly #doc: HTMLElement;
  readonly #file: HTMLElement;
  readonly #summary: HTMLElement;
  readonly #status: HTMLElement;
  readonly #stopButton: HTMLButtonElement;
  /** Buttons that need an open notebook (Run all, Export, Download .md). */
  readonly #needOpen: HTMLButtonElement[];
  #slot: Slot | null = null;
  #blocks: BlockView[] = [];
  #fileName = "notebook.md";
  #text = "";
  #url: string | null = null;
  /** Runs so far (each block's run gets the next number). */
  #seq = 0;
  /** The session: a new one on Run all, and when Stop had to restart the worker. */
  #session = 1;
  #reopening = false;
  #stopTimer: ReturnType<typeof setTimeout> | null = null;
  #ids = 0;
  /** Answers awaited from the worker, by id (called with null if the worker went). */
  readonly #pending = new Map<number, (m: WorkerToPage | null) => void>();
  readonly #analyses = new Map<string, Promise<BlockNamesInfo[]>>();
  #prelude: Extract<WorkerToPage, { kind: "prelude" }>["entries"] = [];
  #opened: (() => void) | null = null;

  constructor(opts: NotebookViewOptions) {
    this.#opts = opts;
    const button = (id: string, text: string, title: string, primary = false) => {
      const b = h("button", {
        id,
        type: "button",
        title,
        text,
        class: primary ? "primary" : null,
      }) as HTMLButtonElement;
      return b;
    };
    const runAll = button("nb-run-all", "▶ Run all", "Run every block in order, afresh", true);
    this.#stopButton = button("nb-stop", "■ Stop", "Stop the running block");
    this.#stopButton.disabled = true;
    const exp = button("nb-export", "Export HTML", "Download the notebook as a web page");
    const md = button("nb-download", "Download .md", "Download the notebook with your edits");
    const close = button("nb-close", "Close", "Close the notebook, back to the editor");
    runAll.addEventListener("click", () => this.runAll());
    this.#stopButton.addEventListener("click", () => this.stop());
    exp.addEventListener(
      "click",
      () =>
        this.exported().then(
          ({ html }) => download(new Blob([html], { type: "text/html" }), this.#stem() + ".html"),
          console.warn,
        ),
    );
    md.addEventListener(
      "click",
      () =>
        this.exported().then(
          ({ markdown }) =>
            download(new Blob([markdown], { type: "text/markdown" }), this.#stem() + ".md"),
          console.warn,
        ),
    );
    close.addEventListener("click", () => opts.onClose?.());
    this.#needOpen = [runAll, exp, md];
    this.#file = h("span", { class: "nb-file" });
    this.#summary = h("span", { class: "nb-summary" });
    this.#status = h("span", {
      id: "nb-status",
      class: "nb-status loading",
      "data-state": "loading",
      text: "loading",
      "aria-live": "polite",
    });
    this.#doc = h("article", { class: "nb-doc" });
    opts.parent.replaceChildren(
      h(
        "div",
        { class: "nb-bar" },
        this.#file,
        this.#summary,
        h("span", { class: "nb-actions" }, runAll, this.#stopButton, exp, md, close),
        this.#status,
      ),
      this.#doc,
    );
  }

  /** The blocks' sources now. */
  get sources(): string[] {
    return this.#blocks.map((b) => b.source);
  }

  /** Open the notebook `text`, called `file` (its imports resolve against `url`). */
  open(text: string, file: string, url: string | null = null): Promise<void> {
    this.#dispose();
    this.#text = text;
    this.#fileName = file;
    // A file opened from the computer imports modules beside the page, as a program does.
    this.#url = url ?? new URL(file.replace(/^.*\//, ""), location.href).href;
    this.#blocks = [];
    this.#seq = 0;
    this.#session = 1;
    this.#file.textContent = file;
    this.#summary.textContent = "";
    this.#doc.replaceChildren(h("p", { class: "nb-loading", text: "opening…" }));
    this.#setStatus("loading");
    const opened = new Promise<void>((resolve) => this.#opened = resolve);
    this.#start();
    return opened;
  }

  /** Fetch the notebook at `url` (of this site) and open it. */
  async openUrl(url: string): Promise<void> {
    const u = new URL(url, location.href);
    const file = relativeName(u);
    if (u.origin !== location.origin) {
      this.#failed(file, "a notebook opens from this site only");
      return;
    }
    this.#file.textContent = file;
    let res: Response;
    try {
      res = await fetch(u, { method: "GET" });
    } catch (e) {
      this.#failed(file, String(e));
      return;
    }
    if (!res.ok) {
      this.#failed(file, `${res.status} ${res.statusText}`.trim());
      return;
    }
    await this.open(await res.text(), file, u.href);
  }

  #failed(file: string, why: string): void {
    this.#file.textContent = file;
    this.#doc.replaceChildren(
      h("p", { class: "nb-failed", text: `Could not open ${file}: ${why}` }),
    );
    this.#setStatus("failed");
  }

  /** Start the worker and open the notebook in it (again, after a restart). */
  #start(): void {
    const slot = startWorker(this.#opts.workerUrl);
    this.#slot = slot;
    slot.worker.addEventListener("message", (e: MessageEvent<WorkerToPage>) => {
      if (this.#slot === slot) this.#onMessage(e.data);
    });
    slot.ready.then(() => {
      if (this.#slot !== slot) return;
      this.#post({ kind: "notebook-open", text: this.#text, file: this.#fileName, url: this.#url });
      slot.worker.postMessage({ kind: "prelude" });
    });
  }

  #post(m: NotebookPageToWorker): void {
    this.#slot?.worker.postMessage(m);
  }

  #onMessage(m: WorkerToPage): void {
    switch (m.kind) {
      case "notebook-opened":
        if (this.#reopening) {
          this.#reopening = false;
          this.#afterRuns();
          return;
        }
        this.#render(m.title, m.parts, m.names);
        return;
      case "notebook-started": {
        const b = this.#blocks[m.index - 1];
        b?.started();
        // The marks its last run left go.
        for (const x of this.#blocks) if (x.runError?.from === m.index) x.runError = null;
        this.#setStatus("running", `block ${m.index}`);
        return;
      }
      case "notebook-output":
        this.#blocks[m.index - 1]?.output(m);
        return;
      case "notebook-block": {
        const b = this.#blocks[m.block.index - 1];
        if (!b) return;
        b.finished(m.block);
        b.ran!.seq = ++this.#seq;
        b.ran!.session = this.#session;
        if (m.block.error && m.block.errorBlock !== null) {
          const target = this.#blocks[m.block.errorBlock - 1];
          const text = target?.ran?.source ?? target?.source;
          if (target && target.source === text) {
            // Kept with the checker's errors, so the next check does not wipe it.
            target.runError = { error: m.block.error, from: m.block.index, text };
            target.editor.markError(m.block.error);
          }
        }
        this.#afterRuns();
        return;
      }
      case "notebook-stopped":
        this.#stopped(m.cancelled);
        return;
      case "notebook-analysed":
      case "notebook-exported": {
        const k = this.#pending.get(m.id);
        this.#pending.delete(m.id);
        k?.(m);
        return;
      }
      case "prelude":
        this.#prelude = m.entries;
        for (const b of this.#blocks) b.editor.prelude = m.entries;
        return;
    }
  }

  #render(title: string, parts: NotebookPartInfo[], names: BlockNamesInfo[]): void {
    const nodes: HTMLElement[] = [];
    this.#blocks = [];
    const actions = {
      run: (i: number) => this.run(i),
      check: (i: number, text: string) => this.#check(i, text),
      changed: () => this.#marks(),
    };
    for (const p of parts) {
      if (p.kind === "prose") {
        const div = h("div", { class: "nb-prose" });
        // Rendered by the worker from the Markdown: raw HTML escaped, only safe links kept.
        div.innerHTML = p.html;
        nodes.push(div);
      } else {
        const b = new BlockView(p, actions);
        b.names = names[p.index - 1] ?? b.names;
        b.editor.prelude = this.#prelude;
        this.#blocks.push(b);
        nodes.push(b.el);
      }
    }
    if (this.#blocks.length === 0) {
      nodes.push(h("p", { class: "nb-failed", text: "This notebook has no ```ludus blocks." }));
    }
    this.#doc.replaceChildren(...nodes);
    document.title = `${title} · Ludus`;
    this.#opts.parent.dataset.blocks = String(this.#blocks.length);
    this.#setStatus("idle");
    this.#summarise();
    this.#opened?.();
    this.#opened = null;
  }

  /** Run block `index` (after those already waiting). */
  run(index: number): void {
    const b = this.#blocks[index - 1];
    if (!b || b.state === "queued" || b.state === "running" || this.#slot === null) return;
    b.setState("queued");
    this.#post({ kind: "notebook-run", index, sources: this.sources });
    this.#stopButton.disabled = false;
    if (this.#status.dataset.state !== "running") this.#setStatus("running");
  }

  /** Run every block in order, in a new session. */
  runAll(): void {
    if (this.#slot === null || this.#blocks.length === 0) return;
    this.#session++;
    for (const b of this.#blocks) b.setState("queued");
    this.#post({ kind: "notebook-run-all", sources: this.sources });
    this.#stopButton.disabled = false;
    this.#setStatus("running");
    this.#marks();
  }

  /**
   * Stop the running block and forget the waiting ones. If the worker does not
   * answer (it cannot, only while one slice runs on), it is ended and a new
   * one started: the session is lost, so every block's outputs become stale.
   */
  stop(): void {
    if (this.#slot === null || this.#stopTimer !== null) return;
    this.#post({ kind: "notebook-stop" });
    this.#stopTimer = setTimeout(() => {
      this.#stopTimer = null;
      this.#slot?.worker.terminate();
      this.#forget();
      this.#session++;
      this.#reopening = true;
      for (const b of this.#blocks) {
        if (b.state === "queued" || b.state === "running") b.setState(b.before);
      }
      this.#start();
      this.#afterRuns();
    }, STOP_WAIT_MS);
  }

  #stopped(cancelled: number[]): void {
    if (this.#stopTimer !== null) clearTimeout(this.#stopTimer);
    this.#stopTimer = null;
    for (const i of cancelled) {
      const b = this.#blocks[i - 1];
      if (b && b.state === "queued") b.setState(b.before);
    }
    this.#afterRuns();
  }

  /** After a block's run (or a stop): the marks, the summary, the status. */
  #afterRuns(): void {
    this.#marks();
    // What the blocks bound changed: what they read may have too.
    if (this.#blocks.length > 0) this.#analyse(this.sources);
    this.#summarise();
    const busy = this.#blocks.some((b) => b.state === "queued" || b.state === "running");
    this.#stopButton.disabled = !busy;
    if (!busy) this.#setStatus(this.#blocks.some((b) => b.ran !== null) ? "done" : "idle");
  }

  /** Work out the stale marks again (after an edit, a run, an analysis). */
  #marks(): void {
    const marks = staleMarks(this.#blocks, this.#session);
    this.#blocks.forEach((b, i) => {
      // A block waiting to run, or running, shows no mark: its outputs are about to go.
      const m = b.state === "queued" || b.state === "running" ? null : marks[i];
      b.setStale(m);
    });
    this.#summarise();
  }

  #summarise(): void {
    const n = (s: BlockState) => this.#blocks.filter((b) => b.state === s).length;
    const stale = this.#blocks.filter((b) => b.stale !== null).length;
    const bits = [plural(this.#blocks.length, "block")];
    if (n("ok")) bits.push(`${n("ok")} ok`);
    if (n("failed")) bits.push(`${n("failed")} failed`);
    if (n("not run")) bits.push(`${n("not run")} not run`);
    if (stale) bits.push(`${stale} stale`);
    this.#summary.textContent = bits.join(" · ");
  }

  #setStatus(state: string, detail = ""): void {
    // Until a notebook is open (and after it failed to open) there is nothing to run or export.
    const open = state !== "loading" && state !== "failed";
    for (const b of this.#needOpen) b.disabled = !open;
    this.#status.className = `nb-status ${state}`;
    this.#status.dataset.state = state;
    this.#status.textContent = detail ? `${state} · ${detail}` : state;
  }

  /** The names and errors of the blocks with these sources (from the worker; remembered). */
  #analyse(sources: string[]): Promise<BlockNamesInfo[]> {
    const bound = this.#blocks.map((b) => b.ran?.bound ?? []);
    const key = JSON.stringify([sources, bound]);
    let p = this.#analyses.get(key);
    if (p === undefined) {
      const id = ++this.#ids;
      p = new Promise((resolve) => {
        this.#pending.set(id, (m) => {
          const names = m?.kind === "notebook-analysed" ? m.names : [];
          resolve(names);
          if (m === null) return;
          // Still the sources of the page? Then these are the blocks' names now.
          if (JSON.stringify([this.sources, bound]) === key) {
            this.#blocks.forEach((b, i) => b.names = names[i] ?? b.names);
            const marks = staleMarks(this.#blocks, this.#session);
            this.#blocks.forEach((b, i) => {
              if (b.state !== "queued" && b.state !== "running") b.setStale(marks[i]);
            });
            this.#summarise();
          }
        });
        this.#post({ kind: "notebook-analyse", id, sources, bound });
      });
      if (this.#analyses.size > 50) this.#analyses.clear();
      this.#analyses.set(key, p);
    }
    return p;
  }

  /** What checking block `index` with `text` finds (against the names before it). */
  async #check(index: number, text: string): Promise<ErrorInfo[]> {
    const sources = this.sources;
    sources[index - 1] = text;
    const names = await this.#analyse(sources);
    const run = this.#blocks[index - 1]?.runError;
    const errors = names[index - 1]?.errors ?? [];
    return run && run.text === text ? [...errors, run.error] : errors;
  }

  /** The page `cli.ts notebook` writes for the notebook as it is now, and its Markdown. */
  exported(): Promise<{ html: string; markdown: string }> {
    const id = ++this.#ids;
    const notes = this.#blocks.map((b) => b.stale === null ? null : `stale: ${staleNote(b.stale)}`);
    return new Promise((resolve, reject) => {
      this.#pending.set(id, (m) => {
        if (m?.kind === "notebook-exported") resolve({ html: m.html, markdown: m.markdown });
        else reject(new Error("the notebook's worker was restarted: export again"));
      });
      this.#post({ kind: "notebook-export", id, sources: this.sources, notes });
    });
  }

  /** The file's name without its folder and `.md`. */
  #stem(): string {
    return this.#fileName.replace(/^.*\//, "").replace(/\.(md|markdown)$/i, "") || "notebook";
  }

  #dispose(): void {
    if (this.#stopTimer !== null) clearTimeout(this.#stopTimer);
    this.#stopTimer = null;
    this.#slot?.worker.terminate();
    this.#slot = null;
    this.#forget();
    this.#reopening = false;
  }

  /** The worker went: what was awaited from it will not come. */
  #forget(): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    this.#analyses.clear();
    for (const k of pending) k(null);
  }

  /** End its worker and empty it. */
  close(): void {
    this.#dispose();
    this.#setStatus("loading");
    this.#blocks = [];
    this.#doc.replaceChildren();
  }
}

/** A URL's name as the notebook's file: relative to the page if it is beside it. */
function relativeName(u: URL): string {
  const dir = new URL(".", location.href).href;
  const name = u.href.startsWith(dir) ? u.href.slice(dir.length) : u.pathname;
  return decodeURIComponent(name.replace(/[?#].*$/, "")) || "notebook.md";
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---------------------------------------------------------------------------
// The page's notebook

/**
 * The notebook a location's hash opens (`#notebook=<url>`, the URL relative to
 * the page and percent-encoded as needed), or null.
 *
 * @example Usage
 * ```ts
 * import { notebookUrlFromHash } from "./notebook_view.ts";
 * console.assert(notebookUrlFromHash("#notebook=examples/notebook.md") === "examples/notebook.md");
 * ```
 */
export function notebookUrlFromHash(hash: string): string | null {
  const m = /(?:^#|&)notebook=([^&]*)/.exec(hash);
  if (m === null || m[1] === "") return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

let current: NotebookView | null = null;
let savedTitle = "";

/** The page's notebook view, in `#notebook` (made after the page's `main` if missing). */
function pageView(): NotebookView {
  if (current !== null) return current;
  let box = document.getElementById("notebook");
  if (box === null) {
    box = h("section", { id: "notebook", class: "nb-page" });
    const main = document.querySelector("main");
    if (main) main.after(box);
    else document.body.append(box);
  }
  box.classList.add("nb-page");
  if (!document.querySelector('link[href$="notebook.css"]')) {
    document.head.append(
      h("link", { rel: "stylesheet", href: new URL("./notebook.css", import.meta.url).href }),
    );
  }
  savedTitle = document.title;
  current = new NotebookView({
    parent: box,
    workerUrl: new URL("./worker.js", import.meta.url).href,
    onClose: () => closeNotebook(),
  });
  return current;
}

/**
 * Open a notebook in the page, in place of the editor and its panels: a
 * file's text (Open), or the URL of a `.md` file of this site (then the
 * address says `#notebook=<url>`, so a reload or a shared link opens it).
 */
export async function openNotebook(
  from: { text: string; file: string } | { url: string },
): Promise<NotebookView> {
  const view = pageView();
  document.body.dataset.mode = "notebook";
  document.getElementById("notebook")!.hidden = false;
  if ("url" in from) {
    const hash = `#notebook=${encodeURI(from.url).replace(/[#&]/g, encodeURIComponent)}`;
    if (location.hash !== hash) history.replaceState(null, "", hash);
    await view.openUrl(from.url);
  } else {
    if (notebookUrlFromHash(location.hash) !== null) {
      history.replaceState(null, "", location.pathname + location.search);
    }
    await view.open(from.text, from.file);
  }
  return view;
}

/** If the hash is `#notebook=<url>`, open that notebook and return true; else false. */
export function openNotebookFrom(hash: string): boolean {
  const url = notebookUrlFromHash(hash);
  if (url === null) return false;
  openNotebook({ url });
  return true;
}

/** Close the page's notebook (if one is open): back to the editor. */
export function closeNotebook(): void {
  if (current === null) return;
  current.close();
  delete document.body.dataset.mode;
  const box = document.getElementById("notebook");
  if (box) box.hidden = true;
  if (notebookUrlFromHash(location.hash) !== null) {
    history.replaceState(null, "", location.pathname + location.search);
  }
  document.title = savedTitle || document.title;
}
