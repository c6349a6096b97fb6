/// <reference lib="dom" />
/**
 * The Ludus page: an editor, Run and Stop, the console, the turtle's drawing
 * and the live processes, with the VM in a Web Worker (`runner.ts`). The page
 * is static: it asks for nothing but its own files (the worker's script, the
 * examples), and runs everything in the browser.
 *
 * The processes are shown four ways (tabs), all drawn from the page's record
 * of the run (`record.ts`): the table (`process_view.ts`), the message sequence
 * diagram (`sequence_view.ts`), the process tree (`tree_view.ts`) and the
 * scheduler timeline (`timeline_view.ts`). The scrubber sets the page's "now":
 * every view then shows the run as it was at that moment. Views are drawn at
 * most once per animation frame, and only the one on screen.
 *
 * Stable hooks for tests and users' scripts: the element ids `run`, `stop`,
 * `console`, `turtle`, `processes` (a row per process, with `data-pid`; the
 * table's `data-live` is the live processes of the moment shown), the tabs
 * `tab-table`, `tab-messages`, `tab-tree`, `tab-timeline`, the views
 * `sequence`, `tree`, `timeline` (see each module), the scrubber `scrub`
 * (`data-ms`: the moment shown, absent while live) and `live`, the details'
 * `kill`, `trace` and `trace-events`, and `#code=<base64url of the UTF-8
 * source>` in the address, which opens that program.
 *
 * @module
 */

import type { ErrorInfo, InputEvent, WorkerToPage } from "../lib/host/worker_protocol.ts";
import { ConsoleView } from "./console_view.ts";
import { Editor } from "./editor.ts";
import { closeNotebook, openNotebook, openNotebookFrom } from "./notebook_view.ts";
import { el, ProcessView } from "./process_view.ts";
import { RunRecord } from "./record.ts";
import { type Run, Runner, type Slot, SPARE_KEY } from "./runner.ts";
import { type Now, SequenceView } from "./sequence_view.ts";
import { codeFromHash, loadSaved, save, shareLink } from "./share.ts";
import { TimelineView } from "./timeline_view.ts";
import { TreeView } from "./tree_view.ts";
import { TurtleView } from "./turtle_view.ts";

/** The file name the editor's program has in errors. */
const FILE = "editor.ld";

const DEFAULT_PROGRAM = `& Welcome to Ludus! Press Run (or Ctrl+Enter). Stop always works.
& A flower drawn by six processes: each has its own turtle.
let me = self ()
fn petal (turn, color) -> spawn! (fn () -> {
  name! ("petal {color}")
  pencolor! (color)
  penwidth! (3)
  right! (turn)
  repeat 36 { forward! (5); right! (0.01) }
  right! (0.14)
  repeat 36 { forward! (5); right! (0.01) }
  hideturtle! ()
  send! (me, :done)
})
let colors = [:red, :orange, :yellow, :lime, :aqua, :fuchsia]
each! (fn (i) -> petal (div (i, 6), at (colors, i)), range (6))
repeat 6 { receive { :done -> :ok } }
hideturtle! ()
print! ("six petals, six processes")
`;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const fmt = (n: number) => n.toLocaleString("en-US");

function setStatus(state: string, detail = ""): void {
  const st = $("status");
  st.className = `status ${state}`;
  st.textContent = detail ? `${state} · ${detail}` : state;
  st.dataset.state = state;
}

function start(): void {
  document.body.dataset.startAt = String(Math.round(performance.now()));
  const spare = (globalThis as unknown as Record<string, Slot | undefined>)[SPARE_KEY];
  const runner = new Runner(new URL("./worker.js", import.meta.url).href, spare);
  let run: Run | null = null;
  const consoleView = new ConsoleView($("console"), (p) => {
    if (p.file === FILE) editor.goto(p.line, p.column);
  });
  const turtle = new TurtleView($("turtle"));
  // --- the processes: the record of the run, the page's "now", and the views
  let record = new RunRecord();
  let now: Now = null;
  type View = "table" | "messages" | "tree" | "timeline";
  let view: View = "table";
  const processes = new ProcessView({
    table: $<HTMLTableElement>("processes"),
    empty: $("processes-empty"),
    counters: $("counters"),
    details: $("details"),
  }, {
    inspect: (pid) => run?.post({ kind: "inspect", pid, ...(now === null ? {} : { at: now.at }) }),
    kill: (pid) => run?.post({ kind: "kill", pid }),
    trace: (pid, on) => run?.post({ kind: "trace", pid, on }),
  });
  const select = (pid: number) => {
    processes.select(pid);
    invalidate();
  };
  const sequence = new SequenceView($("sequence"), () => record, select);
  const tree = new TreeView($("tree"), select);
  const timeline = new TimelineView($("timeline"), () => record, (ms) => setNow(ms));
  sequence.invalidate = timeline.invalidate = () => invalidate();

  /** Set the page's now (null: live, the latest). */
  function setNow(ms: number | null): void {
    const end = record.endMs;
    if (ms !== null && (ms >= end || !(end > 0))) ms = record.ended ? end : null;
    now = ms === null ? null : { ms, at: record.atOf(ms) };
    invalidate();
  }

  let scheduled = false;
  let shownSnapshot: unknown = null;
  let shownNow: Now = null;
  /** Draw what changed at the next animation frame (at most once per frame). */
  function invalidate(): void {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(frame);
  }
  function frame(): void {
    scheduled = false;
    const snap = record.snapshotAt(now === null ? null : now.ms);
    if (snap !== shownSnapshot || now?.ms !== shownNow?.ms) {
      shownSnapshot = snap;
      shownNow = now;
      if (snap !== null) processes.show(snap.rows, snap.counters, now !== null);
    }
    if (view === "messages") sequence.render(now);
    else if (view === "tree") {
      tree.render(record, snap, processes.selected, record.ended && now === null);
    } else if (view === "timeline") timeline.render(now);
    drawScrubber();
  }

  const scrub = $<HTMLInputElement>("scrub");
  let scrubShown = "";
  function drawScrubber(): void {
    // While the run goes on, the end moves in tenths of a second (the label and
    // the slider change, and cost a layout, ten times a second at most).
    const end = record.ended ? record.endMs : Math.floor(record.endMs / 100) * 100;
    const secs = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
    const label = now === null
      ? (record.ended ? `the end · ${secs(end)}` : `live · ${(end / 1000).toFixed(1)} s`)
      : `at ${secs(now.ms)} of ${secs(end)} · ${fmt(now.at)} reductions`;
    const key = `${label}|${record.snapshots.length > 0}|${record.ended}|${end}`;
    if (key === scrubShown) return; // nothing to change: no layout this frame
    scrubShown = key;
    $("scrub-bar").hidden = record.snapshots.length === 0;
    scrub.max = String(Math.max(end, 0.001));
    scrub.value = String(now === null ? end : now.ms);
    $<HTMLButtonElement>("live").disabled = now === null;
    $("live").textContent = record.ended ? "End" : "Live";
    $("scrub-label").textContent = label;
    if (now === null) delete scrub.dataset.ms;
    else scrub.dataset.ms = String(now.ms);
    $("process-panel").classList.toggle("past", now !== null);
  }
  scrub.addEventListener("input", () => setNow(Number(scrub.value)));
  $("live").addEventListener("click", () => setNow(null));

  function showView(v: View): void {
    view = v;
    for (const b of $("views").querySelectorAll<HTMLElement>("[role=tab]")) {
      b.setAttribute("aria-selected", String(b.dataset.view === v));
    }
    for (const p of $("process-panel").querySelectorAll<HTMLElement>(".view")) {
      p.hidden = p.dataset.view !== v;
    }
    try {
      localStorage.setItem("ludus.view", v);
    } catch { /* no storage */ }
    invalidate();
  }
  $("views").addEventListener("click", (e) => {
    const b = (e.target as HTMLElement).closest<HTMLElement>("[role=tab]");
    if (b) showView(b.dataset.view as View);
  });
  try {
    const saved = localStorage.getItem("ludus.view");
    if (saved === "messages" || saved === "tree" || saved === "timeline") showView(saved);
  } catch { /* no storage */ }
  $("wide").addEventListener("click", () => {
    const on = document.body.classList.toggle("wide");
    $("wide").setAttribute("aria-pressed", String(on));
    $("wide").textContent = on ? "Narrower" : "Wider";
    invalidate();
  });
  new ResizeObserver(() => invalidate()).observe($("process-panel"));

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const editor = new Editor({
    parent: $("editor"),
    doc: codeFromHash(location.hash) ?? loadSaved() ?? DEFAULT_PROGRAM,
    check: async (text) => (await runner.check(text, FILE)).errors,
    changed: (text) => {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => save(text), 250);
    },
    run: () => startRun(),
  });
  save(editor.text);
  runner.prelude().then((m) => {
    editor.prelude = m.entries;
    document.body.dataset.prelude = String(m.entries.length);
  });

  const outcome = $("outcome");
  function showOutcome(text: string, kind: "ok" | "error"): void {
    outcome.hidden = false;
    outcome.className = `outcome ${kind}`;
    outcome.textContent = text;
  }

  function onMessage(me: Run, m: WorkerToPage): void {
    if (run !== me) return;
    switch (m.kind) {
      case "output":
        if (m.lines.length > 0 || m.dropped > 0) consoleView.add(m.lines, "out", m.dropped);
        if (m.turtle.length > 0) turtle.add(m.turtle);
        return;
      case "report":
        consoleView.add(m.text.split("\n"), "err");
        return;
      case "snapshot":
        record.addSnapshot(m);
        invalidate();
        if (!me.ended) {
          setStatus(
            "running",
            `${(m.elapsedMs / 1000).toFixed(1)} s · ${fmt(m.counters.reductions)} reductions`,
          );
        }
        return;
      case "events":
        record.addEvents(m.messages, m.received, m.lost, m.life, m.slices);
        invalidate();
        return;
      case "traced":
        processes.addTrace(m.pid, m.event);
        return;
      case "done":
        finish(m.result, m.error, m.elapsedMs);
        return;
      case "listening":
        m.on ? listening[m.what].add(m.pid) : listening[m.what].delete(m.pid);
        showListening();
        return;
      case "details":
        processes.showDetails(
          m.pid,
          m.details,
          now === null ? null : `as at ${(now.ms / 1000).toFixed(2)} s`,
        );
        return;
    }
  }

  function finish(result: string | null, error: ErrorInfo | null, ms: number): void {
    $<HTMLButtonElement>("stop").disabled = true;
    stopListening();
    record.end(error?.kind ?? null);
    processes.ended();
    invalidate();
    // For measurements (tools/measure_web.ts): when, since the page began to load, and how long.
    document.body.dataset.doneAt = String(Math.round(performance.now()));
    document.body.dataset.runMs = String(ms);
    if (error) {
      // The report goes to the console, where its `editor.ld:LINE` jumps to the line.
      consoleView.add(error.text.split("\n"), "err");
      showOutcome(`${error.text.split("\n")[0]} (the console has the whole report)`, "error");
      if (error.file === FILE) editor.markError(error);
      setStatus("failed", `${(ms / 1000).toFixed(2)} s`);
    } else {
      showOutcome(result ?? "", "ok");
      setStatus("done", `${(ms / 1000).toFixed(2)} s`);
    }
  }

  async function startRun(): Promise<void> {
    run?.dispose();
    consoleView.clear();
    turtle.reset(editor.text);
    processes.clear();
    record = new RunRecord();
    now = null;
    stopListening();
    invalidate();
    outcome.hidden = true;
    $<HTMLButtonElement>("stop").disabled = false;
    setStatus("running");
    const source = editor.text;
    let me: Run | null = null;
    const pending: WorkerToPage[] = [];
    me = await runner.run({
      kind: "run",
      source,
      file: FILE,
      url: new URL(FILE, location.href).href,
    }, {
      message: (m) => me === null ? pending.push(m) : onMessage(me, m),
    });
    run = me;
    for (const m of pending) onMessage(me, m);
  }

  function stopRun(): void {
    if (run === null || run.ended) return;
    run.stop();
    stopListening();
    $<HTMLButtonElement>("stop").disabled = true;
    setStatus("stopped");
    showOutcome("Ludus was stopped: the Stop button was pressed", "error");
    record.end("stopped");
    processes.ended(true);
    invalidate();
  }

  // --- keys and the pointer, for the processes that `listen!`
  const listening = { keys: new Set<number>(), pointer: new Set<number>() };
  const turtleBox = $("turtle");
  /** The turtle panel says when keys and the pointer go to the program. */
  function showListening(): void {
    const what = [
      listening.keys.size > 0 ? "keys" : "",
      listening.pointer.size > 0 ? "the pointer" : "",
    ].filter(Boolean);
    const badge = $("listening");
    badge.hidden = what.length === 0;
    badge.textContent = what.length === 0 ? "" : `the program listens to ${what.join(" and ")}` +
      (listening.keys.size > 0 ? ": click the drawing, then press keys" : "");
    turtleBox.dataset.listening = what.join(",");
  }
  /** A run that ended listens to nothing. */
  function stopListening(): void {
    listening.keys.clear();
    listening.pointer.clear();
    showListening();
  }
  function sendInput(event: InputEvent): void {
    if (run !== null && !run.ended) run.post({ kind: "input", event });
  }
  /** Keys typed into the editor, a text box or a menu are theirs, not the program's. */
  function keysAreTheProgramsNow(e: KeyboardEvent): boolean {
    if (listening.keys.size === 0 || e.ctrlKey || e.metaKey || e.altKey) return false;
    const t = e.target as HTMLElement | null;
    if (t === null || t === document.body || turtleBox.contains(t)) return true;
    return !(t.closest("#editor, input, select, textarea, [contenteditable]"));
  }
  for (const type of ["keydown", "keyup"] as const) {
    document.addEventListener(type, (e) => {
      if (!keysAreTheProgramsNow(e)) return;
      e.preventDefault(); // arrows and space steer the turtle, not the page
      if (type === "keydown" && e.repeat) return;
      sendInput({ type: "key", action: type === "keydown" ? "down" : "up", key: e.key });
    });
  }
  let moveQueued: { x: number; y: number } | null = null;
  for (const type of ["pointerdown", "pointerup", "pointermove"] as const) {
    turtleBox.addEventListener(type, (e) => {
      if (type === "pointerdown") turtleBox.focus();
      if (listening.pointer.size === 0) return;
      const p = turtle.worldPoint(e.clientX, e.clientY);
      if (p === null) return;
      if (type !== "pointermove") {
        sendInput({ type: "pointer", action: type === "pointerdown" ? "down" : "up", ...p });
        return;
      }
      // Moves go at most once an animation frame: the latest position.
      if (moveQueued === null) {
        requestAnimationFrame(() => {
          if (moveQueued !== null) sendInput({ type: "pointer", action: "move", ...moveQueued });
          moveQueued = null;
        });
      }
      moveQueued = p;
    });
  }

  $("run").addEventListener("click", () => startRun());
  $("stop").addEventListener("click", () => stopRun());

  // --- files and sharing
  $("share").addEventListener("click", async () => {
    const link = shareLink(location.href, editor.text);
    history.replaceState(null, "", link);
    const box = $<HTMLInputElement>("share-link");
    box.value = link;
    box.hidden = false;
    box.select();
    try {
      await navigator.clipboard.writeText(link);
      $("share").textContent = "Link copied";
      setTimeout(() => $("share").textContent = "Share", 1500);
    } catch { /* no clipboard: the link is selected in the box */ }
  });
  $("download").addEventListener("click", () => {
    download(new Blob([editor.text], { type: "text/plain" }), "program.ld");
  });
  $<HTMLInputElement>("open-file").addEventListener("change", async (e) => {
    const input = e.target as HTMLInputElement;
    const f = input.files?.[0];
    input.value = ""; // the same file can be opened again
    if (!f) return;
    const text = await f.text();
    if (/\.(md|markdown)$/i.test(f.name)) {
      await openNotebook({ text, file: f.name });
      return;
    }
    closeNotebook();
    editor.text = text;
  });
  $("open").addEventListener("click", () => $("open-file").click());
  $("svg").addEventListener("click", () => {
    download(new Blob([turtle.svgText()], { type: "image/svg+xml" }), "drawing.svg");
  });
  $("png").addEventListener("click", async () => download(await turtle.pngBlob(), "drawing.png"));
  globalThis.addEventListener("hashchange", () => {
    if (openNotebookFrom(location.hash)) return;
    const code = codeFromHash(location.hash);
    if (code !== null && code !== editor.text) editor.text = code;
  });

  // --- examples
  const examples = $<HTMLSelectElement>("examples");
  fetch(new URL("./examples/index.json", import.meta.url)).then((r) => r.json()).then(
    (list: { file: string; title: string }[]) => {
      for (const x of list) examples.append(el("option", { value: x.file, text: x.title }));
    },
    () => examples.hidden = true,
  );
  examples.addEventListener("change", async () => {
    const file = examples.value;
    examples.selectedIndex = 0;
    if (!file) return;
    if (file.endsWith(".md")) {
      await openNotebook({ url: `examples/${file}` });
      return;
    }
    closeNotebook();
    const res = await fetch(new URL(`./examples/${file}`, import.meta.url));
    if (res.ok) editor.text = await res.text();
  });

  openNotebookFrom(location.hash);

  runner.ready.then((ms) => {
    setStatus("idle");
    document.body.dataset.readyAt = String(Math.round(performance.now()));
    document.body.dataset.ready = String(ms);
  });
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

start();
