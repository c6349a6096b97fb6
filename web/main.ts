/// <reference lib="dom" />
/**
 * The Ludus page: an editor, Run and Stop, the console, the turtle's drawing
 * and the live processes, with the VM in a Web Worker (`runner.ts`). The page
 * is static: it asks for nothing but its own files (the worker's script, the
 * examples), and runs everything in the browser.
 *
 * Stable hooks for tests and users' scripts: the element ids `run`, `stop`,
 * `console`, `turtle`, `processes` (a row per process, with `data-pid`), and
 * `#code=<base64url of the UTF-8 source>` in the address, which opens that
 * program.
 *
 * @module
 */

import type { ErrorInfo, WorkerToPage } from "../lib/host/worker_protocol.ts";
import { ConsoleView } from "./console_view.ts";
import { Editor } from "./editor.ts";
import { el, ProcessView } from "./process_view.ts";
import { type Run, Runner, type Slot, SPARE_KEY } from "./runner.ts";
import { codeFromHash, loadSaved, save, shareLink } from "./share.ts";
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
  const processes = new ProcessView({
    table: $<HTMLTableElement>("processes"),
    empty: $("processes-empty"),
    counters: $("counters"),
    details: $("details"),
  }, (pid) => run?.post({ kind: "inspect", pid }));

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
        processes.show(m.rows, m.counters);
        if (!me.ended) {
          setStatus(
            "running",
            `${(m.elapsedMs / 1000).toFixed(1)} s · ${fmt(m.counters.reductions)} reductions`,
          );
        }
        return;
      case "done":
        finish(m.result, m.error, m.elapsedMs);
        return;
      case "details":
        processes.showDetails(m.pid, m.details);
        return;
    }
  }

  function finish(result: string | null, error: ErrorInfo | null, ms: number): void {
    $<HTMLButtonElement>("stop").disabled = true;
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
    $<HTMLButtonElement>("stop").disabled = true;
    setStatus("stopped");
    showOutcome("Ludus was stopped: the Stop button was pressed", "error");
    for (const tr of $("processes").querySelectorAll<HTMLElement>("tbody tr")) {
      tr.classList.add("ended");
    }
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
    const f = (e.target as HTMLInputElement).files?.[0];
    if (f) editor.text = await f.text();
  });
  $("open").addEventListener("click", () => $("open-file").click());
  $("svg").addEventListener("click", () => {
    download(new Blob([turtle.svgText()], { type: "image/svg+xml" }), "drawing.svg");
  });
  $("png").addEventListener("click", async () => download(await turtle.pngBlob(), "drawing.png"));
  globalThis.addEventListener("hashchange", () => {
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
    const res = await fetch(new URL(`./examples/${file}`, import.meta.url));
    if (res.ok) editor.text = await res.text();
  });

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
