// The Ludus page: an editor (or a notebook), Run and Stop, the console, the
// turtle drawing, and a live process view. The VM runs on the server; this
// page polls it for updates a few times a second. Plain DOM, no frameworks.
// Everything from the server is put in the page as text, except the turtle
// SVG and the notebook prose, which the server renders with escaping.

const POLL_MS = 200;

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

const $ = (id) => document.getElementById(id);

/** Make an element with text content and attributes. */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return e;
}

async function api(path, body) {
  const init = body === undefined ? {} : {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  };
  const res = await fetch(path, init);
  const data = await res.json();
  if (!res.ok) throw new Error(data.error ?? res.statusText);
  return data;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fmt = (n) => Number(n).toLocaleString("en-US");

// ---------------------------------------------------------------------------
// State

const state = {
  mode: "script", // or "notebook"
  job: null, // the job being watched: { id, onUpdate }
  lastPoll: null, // the last poll answer (for the process view)
  selectedPid: null,
  session: null,
  runAll: false,
};

function setStatus(s, detail = "") {
  const st = $("status");
  st.className = `status ${s}`;
  st.textContent = detail ? `${s} · ${detail}` : s;
  st.dataset.state = s;
}

function setRunning(running) {
  $("stop").disabled = !running;
  $("run").disabled = running && state.mode === "script" ? false : running;
  for (const b of document.querySelectorAll(".nb-block .run-block")) b.disabled = running;
}

// ---------------------------------------------------------------------------
// Watching a job

/** Poll a job until it ends; `onUpdate(data)` is called with each answer. */
async function watch(jobId, onUpdate) {
  const me = { id: jobId };
  state.job = me;
  let consoleSeen = 0;
  let turtleSeen = -1;
  setRunning(true);
  for (;;) {
    let data;
    try {
      data = await api(`/api/job/${jobId}?console=${consoleSeen}&turtle=${turtleSeen}`);
    } catch (e) {
      setStatus("failed", String(e.message ?? e));
      break;
    }
    consoleSeen = data.consoleTotal;
    turtleSeen = data.turtle;
    state.lastPoll = data;
    onUpdate(data);
    renderProcesses(data);
    const live = data.state === "running" || data.state === "queued";
    setStatus(
      data.state,
      `${(data.elapsedMs / 1000).toFixed(1)} s · ${fmt(data.scheduler.reductions)} reductions`,
    );
    if (!live) break;
    await sleep(POLL_MS);
    if (state.job !== me) return null; // another run took over
  }
  if (state.job === me) {
    state.job = null;
    setRunning(false);
  }
  await refreshDetails();
  return state.lastPoll;
}

async function stop() {
  const job = state.job;
  state.runAll = false;
  if (!job) return;
  try {
    await api(`/api/job/${job.id}/stop`, {});
  } catch { /* it may have ended */ }
}

// ---------------------------------------------------------------------------
// Script mode

async function runScript() {
  if (state.job) await stop();
  $("console").textContent = "";
  const outcome = $("outcome");
  outcome.hidden = true;
  outcome.textContent = "";
  const turtle = $("turtle");
  turtle.className = "turtle empty";
  turtle.textContent = "no drawing yet";
  state.selectedPid = null;
  $("details").hidden = true;
  setStatus("running");
  let job;
  try {
    job = (await api("/api/run", { source: $("editor").value })).job;
  } catch (e) {
    setStatus("failed", e.message);
    return;
  }
  await watch(job, (data) => {
    const con = $("console");
    if (data.console.length > 0) {
      const atEnd = con.scrollTop + con.clientHeight >= con.scrollHeight - 4;
      con.append(data.console.join("\n") + "\n");
      if (atEnd) con.scrollTop = con.scrollHeight;
    }
    if (data.svg) {
      turtle.className = "turtle";
      turtle.innerHTML = data.svg; // rendered by the server from numbers only
    }
    if (data.state !== "running" && data.state !== "queued") {
      outcome.hidden = false;
      outcome.replaceChildren();
      for (const r of data.reports ?? []) {
        outcome.append(el("span", { class: "report", text: r + "\n" }));
      }
      if (data.error) {
        outcome.className = "outcome error";
        outcome.append(data.error.text);
      } else {
        outcome.className = "outcome ok";
        outcome.append(`⇒ ${data.result}`);
      }
    }
  });
}

// ---------------------------------------------------------------------------
// Notebook mode

function blockView(part) {
  const ta = el("textarea", {
    spellcheck: "false",
    wrap: "off",
    "aria-label": `block ${part.index}`,
  });
  ta.value = part.source;
  const fit = () => {
    ta.style.height = "auto";
    ta.style.height = `${ta.scrollHeight + 4}px`;
  };
  ta.addEventListener("input", fit);
  ta.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!state.job) runBlock(part.index);
    } else if (e.key === "Tab") {
      e.preventDefault();
      insertAtCursor(ta, "  ");
    }
  });
  const output = el("div", { class: "output" });
  const section = el(
    "section",
    { class: "block nb-block pending", id: `block-${part.index}`, "data-index": part.index },
    el(
      "div",
      { class: "block-head" },
      el("span", { class: "label", text: `block ${part.index}` }),
      el("span", { class: "status", text: "not run yet" }),
      el("span", { class: "spacer" }),
      el("button", {
        type: "button",
        class: "run-block",
        text: "▶ Run",
        onclick: () => runBlock(part.index),
      }),
    ),
    ta,
    output,
  );
  section._part = part;
  section._textarea = ta;
  requestAnimationFrame(fit);
  return section;
}

function insertAtCursor(ta, s) {
  const { selectionStart: a, selectionEnd: b, value } = ta;
  ta.value = value.slice(0, a) + s + value.slice(b);
  ta.selectionStart = ta.selectionEnd = a + s.length;
  ta.dispatchEvent(new Event("input"));
}

async function newSession() {
  state.session = (await api("/api/session", {})).session;
  for (const b of document.querySelectorAll(".nb-block")) {
    b.className = "block nb-block pending";
    b.querySelector(".status").textContent = "not run yet";
    b.querySelector(".output").replaceChildren();
  }
  state.selectedPid = null;
  $("details").hidden = true;
  renderProcesses(null);
  setStatus("idle");
}

async function runBlock(index) {
  const section = document.querySelector(`.nb-block[data-index="${index}"]`);
  if (!section || state.job) return null;
  if (!state.session) await newSession();
  const out = section.querySelector(".output");
  out.replaceChildren();
  const statusEl = section.querySelector(".status");
  section.className = "block nb-block running";
  statusEl.textContent = "running";
  const con = el("pre", { class: "console", hidden: true });
  const fig = el("figure", { class: "turtle", hidden: true });
  out.append(con, fig);
  let job;
  try {
    job = (await api(`/api/session/${state.session}/run`, {
      index,
      line: section._part.line,
      source: section._textarea.value,
    })).job;
  } catch (e) {
    // The server may have restarted: a new session, then try once more.
    await newSession();
    job = (await api(`/api/session/${state.session}/run`, {
      index,
      line: section._part.line,
      source: section._textarea.value,
    })).job;
    void e;
  }
  const data = await watch(job, (d) => {
    if (d.console.length > 0) {
      con.hidden = false;
      con.append(d.console.join("\n") + "\n");
    }
    if (d.svg) {
      fig.hidden = false;
      fig.innerHTML = d.svg; // rendered by the server from numbers only
    }
  });
  if (!data) return null;
  const b = data.block;
  const status = b ? b.status : data.state === "stopped" ? "failed" : data.state;
  section.className = `block nb-block ${
    status === "not run" ? "not-run" : status === "ok" ? "ok" : "failed"
  }`;
  section.dataset.status = status;
  statusEl.textContent = b && b.pid
    ? `${status} · <pid ${b.pid}> · ${fmt(b.reductions)} reduction${b.reductions === 1 ? "" : "s"}`
    : status;
  if (data.result !== null) {
    out.append(
      el("pre", { class: "result" }, el("span", { class: "arrow", text: "⇒" }), ` ${data.result}`),
    );
  }
  if (b && b.note) out.append(el("p", { class: "note", text: b.note }));
  if (data.error) out.append(el("pre", { class: "error", text: data.error.text }));
  for (const r of data.reports ?? []) out.append(el("pre", { class: "report", text: r }));
  if (b && b.processes.length > 0) {
    const rows = b.processes.map((p) =>
      el(
        "tr",
        {},
        el("td", { text: `<pid ${p.pid}>` }),
        el("td", { text: p.name ?? "" }),
        el("td", { class: `st-${p.status}`, text: p.status }),
        el("td", { class: "num", text: String(p.reductions) }),
      )
    );
    const summary = `${b.processes.length} process${b.processes.length === 1 ? "" : "es"}` +
      (b.bound.length > 0 ? ` · binds ${b.bound.join(", ")}` : "");
    out.append(
      el(
        "details",
        { class: "processes", open: b.processes.length > 1 },
        el("summary", { text: summary }),
        el(
          "table",
          {},
          el(
            "thead",
            {},
            el(
              "tr",
              {},
              el("th", { text: "pid" }),
              el("th", { text: "name" }),
              el("th", { text: "status" }),
              el("th", { text: "reductions" }),
            ),
          ),
          el("tbody", {}, ...rows),
        ),
      ),
    );
  }
  return status;
}

async function runAll() {
  if (state.job) return;
  state.runAll = true;
  for (const section of document.querySelectorAll(".nb-block")) {
    if (!state.runAll) break;
    await runBlock(Number(section.dataset.index));
  }
  state.runAll = false;
}

function showNotebook(file) {
  state.mode = "notebook";
  $("editor-view").hidden = true;
  $("turtle-panel").hidden = true;
  $("console-panel").hidden = true;
  $("restart").hidden = false;
  $("run").textContent = "▶ Run all";
  $("run").title = "Run every block, in order";
  const view = $("notebook-view");
  view.hidden = false;
  view.replaceChildren();
  for (const part of file.parts) {
    if (part.kind === "prose") {
      const div = el("div", { class: "prose" });
      div.innerHTML = part.html; // rendered and escaped by the server
      view.append(div);
    } else view.append(blockView(part));
  }
}

// ---------------------------------------------------------------------------
// The process view

function badge(status) {
  const base = status.startsWith("stopped") ? "stopped" : status;
  return el("span", { class: `badge ${base}`, text: status });
}

function renderProcesses(data) {
  const tbody = $("procs").querySelector("tbody");
  const rows = data ? data.processes : [];
  $("procs-empty").hidden = rows.length > 0;
  $("sched").textContent = data
    ? `${data.scheduler.processes} live · ${fmt(data.scheduler.reductions)} reductions · ${
      fmt(data.scheduler.slices)
    } slices`
    : "";
  const frag = document.createDocumentFragment();
  for (const r of rows) {
    const tr = el(
      "tr",
      {
        "data-pid": r.pid,
        "data-name": r.name,
        "data-status": r.status,
        "data-reductions": r.reductions,
        class: [r.alive ? "" : "ended", r.pid === state.selectedPid ? "selected" : ""].join(" ")
          .trim(),
        onclick: () => selectProcess(r.pid),
      },
      el("td", { text: `<pid ${r.pid}>` }),
      r.name === "" && r.main
        ? el("td", {}, el("span", { class: "muted-name", text: "main" }))
        : el("td", { text: r.name }),
      el("td", {}, badge(r.status)),
      el("td", { class: "num reductions", text: fmt(r.reductions) }),
      el("td", { class: "num", text: String(r.mailbox) }),
      el("td", { class: "where", text: r.where }),
    );
    frag.append(tr);
  }
  tbody.replaceChildren(frag);
  if (state.selectedPid !== null) refreshDetails();
}

function currentJobId() {
  return state.job?.id ?? state.lastPoll?.job ?? null;
}

async function selectProcess(pid) {
  state.selectedPid = pid;
  for (const tr of $("procs").querySelectorAll("tbody tr")) {
    tr.classList.toggle("selected", Number(tr.dataset.pid) === pid);
  }
  await refreshDetails();
}

let detailsBusy = false;
async function refreshDetails() {
  const pid = state.selectedPid;
  const job = currentJobId();
  if (pid === null || job === null || detailsBusy) return;
  detailsBusy = true;
  try {
    const d = await api(`/api/job/${job}/process/${pid}`);
    if (state.selectedPid === pid) renderDetails(d);
  } catch {
    /* the process is gone */
  } finally {
    detailsBusy = false;
  }
}

function renderDetails(d) {
  const box = $("details");
  box.hidden = false;
  const info = d.info;
  const close = el("button", {
    type: "button",
    class: "close",
    text: "close",
    onclick: () => {
      state.selectedPid = null;
      box.hidden = true;
      for (const tr of $("procs").querySelectorAll("tr.selected")) tr.classList.remove("selected");
    },
  });
  const where = info.current
    ? `${info.current.fn} (${info.current.file}:${info.current.line ?? "?"})`
    : "—";
  const spawned = info.spawned_at ? `${info.spawned_at.file}:${info.spawned_at.line}` : "—";
  const dl = el("dl", {});
  const add = (k, v) => dl.append(el("dt", { text: k }), el("dd", { text: String(v) }));
  add("status", String(info.status).replace(/^:/, ""));
  add("reductions", fmt(info.reductions));
  add("mailbox", info.mailbox);
  add("messages", `${info.messages_in} in · ${info.messages_out} out`);
  add("current", where);
  add("parent", info.parent ?? "—");
  add("spawned at", spawned);
  if ((info.links ?? []).length > 0) add("links", info.links.join(", "));
  if ((info.monitors ?? []).length > 0) add("monitors", info.monitors.join(", "));
  add("memory", `~${fmt(info.memory)} bytes`);
  const parts = [close, el("h3", { text: `<pid ${d.pid}> ${info.name ?? ""}` }), dl];
  if (d.result !== null) {
    parts.push(el("h4", { text: "result" }), el("div", { class: "mono", text: d.result }));
  }
  if (d.error) {
    parts.push(el("h4", { text: "error" }), el("pre", { class: "outcome error", text: d.error }));
  }
  if (d.box) {
    parts.push(el("h4", { text: `box ${d.box.name}: history` }));
    parts.push(historyChart(d.history ?? []));
    parts.push(el("div", { class: "mono", text: `now: ${d.box.value}` }));
  }
  if (d.stack.length > 0) {
    parts.push(el("h4", { text: "stack (innermost first)" }));
    parts.push(
      el(
        "ol",
        { class: "stack" },
        ...d.stack.map((f) =>
          el(
            "li",
            {},
            `${f.fn} (${f.args.join(", ")})`,
            el("span", {
              class: "where",
              text: ` at ${f.file}:${f.line}${f.tailCalls ? ` (${f.tailCalls} tail calls)` : ""}`,
            }),
          )
        ),
      ),
    );
  }
  if (d.mailboxSize > 0) {
    parts.push(el("h4", { text: `mailbox (${d.mailboxSize})` }));
    parts.push(el("ol", {}, ...d.mailbox.map((m) => el("li", { text: m }))));
  }
  if (d.messages.length > 0) {
    parts.push(el("h4", { text: "recent messages" }));
    parts.push(
      el(
        "ul",
        { class: "messages" },
        ...d.messages.map((m) =>
          el(
            "li",
            {},
            m.dir === "in" ? `← from ${m.peer}: ` : `→ to ${m.peer}: `,
            m.msg,
            el("span", {
              class: "where",
              text: ` #${m.id}${m.cause ? ` (reply to #${m.cause})` : ""}`,
            }),
          )
        ),
      ),
    );
  }
  box.replaceChildren(...parts);
}

/** A box's numeric history as a small line chart (SVG built from numbers). */
function historyChart(history) {
  const nums = history.filter((h) => typeof h.num === "number" && Number.isFinite(h.num));
  if (nums.length === 0) {
    return el(
      "ol",
      { class: "history" },
      ...history.slice(-10).map((h) => el("li", { text: h.value })),
    );
  }
  const W = 260, H = 70, P = 4;
  const ys = nums.map((h) => h.num);
  const lo = Math.min(...ys), hi = Math.max(...ys);
  const sx = (i) => P + (nums.length === 1 ? 0 : (i * (W - 2 * P)) / (nums.length - 1));
  const sy = (v) => H - P - (hi === lo ? (H - 2 * P) / 2 : ((v - lo) * (H - 2 * P)) / (hi - lo));
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("class", "chart");
  svg.setAttribute("width", String(W));
  svg.setAttribute("height", String(H + 14));
  svg.setAttribute("viewBox", `0 0 ${W} ${H + 14}`);
  const bg = document.createElementNS(ns, "rect");
  for (const [k, v] of [["x", 0], ["y", 0], ["width", W], ["height", H], ["fill", "#f2f6f6"]]) {
    bg.setAttribute(k, String(v));
  }
  svg.append(bg);
  const line = document.createElementNS(ns, "polyline");
  line.setAttribute(
    "points",
    ys.map((v, i) => `${sx(i).toFixed(1)},${sy(v).toFixed(1)}`).join(" "),
  );
  line.setAttribute("fill", "none");
  line.setAttribute("stroke", "#0b6e69");
  line.setAttribute("stroke-width", "1.5");
  svg.append(line);
  for (let i = 0; i < ys.length && ys.length <= 60; i++) {
    const dot = document.createElementNS(ns, "circle");
    dot.setAttribute("cx", sx(i).toFixed(1));
    dot.setAttribute("cy", sy(ys[i]).toFixed(1));
    dot.setAttribute("r", "2");
    dot.setAttribute("fill", "#0b6e69");
    svg.append(dot);
  }
  const label = document.createElementNS(ns, "text");
  label.setAttribute("x", "2");
  label.setAttribute("y", String(H + 11));
  label.setAttribute("font-size", "10");
  label.setAttribute("fill", "#6a6f76");
  label.textContent = `${nums.length} values · min ${lo} · max ${hi} · last ${ys[ys.length - 1]}`;
  svg.append(label);
  return svg;
}

// ---------------------------------------------------------------------------
// Start

async function start() {
  const file = await api("/api/file");
  if (file.name) {
    $("file-name").textContent = file.name;
    document.title = `${file.name} · Ludus`;
  }
  if (file.kind === "notebook") {
    showNotebook(file);
    $("run").addEventListener("click", () => runAll());
    $("restart").addEventListener("click", () => {
      if (!state.job) newSession();
    });
  } else {
    const editor = $("editor");
    editor.value = file.kind === "script" ? file.text : DEFAULT_PROGRAM;
    editor.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        runScript();
      } else if (e.key === "Tab") {
        e.preventDefault();
        insertAtCursor(editor, "  ");
      }
    });
    $("run").addEventListener("click", () => runScript());
  }
  $("stop").addEventListener("click", () => stop());
  document.body.dataset.ready = "true";
}

start().catch((e) => setStatus("failed", String(e.message ?? e)));
