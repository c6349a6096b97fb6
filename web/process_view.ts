/// <reference lib="dom" />
/**
 * The live process view: a row per process (pid, name, status, reductions,
 * mailbox, where), fed by the worker's snapshots; a click on a row shows that
 * process's details (information, stack with arguments, mailbox, recent
 * messages, a box's history as a chart), asked of the worker afresh with every
 * snapshot while the process is selected.
 *
 * Rows carry `data-pid` (and `data-status`, `data-reductions`) for tests and
 * users' scripts.
 *
 * @module
 */

import type {
  ProcessDetailsInfo,
  ProcessRowInfo,
  SchedulerCounters,
} from "../lib/host/worker_protocol.ts";

const fmt = (n: number) => n.toLocaleString("en-US");

/** Make an element with attributes, text and children. */
export function el(
  tag: string,
  attrs: Record<string, string | number | boolean | null | undefined | ((e: Event) => void)> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = String(v);
    else if (k === "text") e.textContent = String(v);
    else if (typeof v === "function") e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function badge(status: string): HTMLElement {
  const base = status.startsWith("stopped") ? "stopped" : status;
  return el("span", { class: `badge ${base}`, text: status });
}

/** What the details pane's buttons ask of the worker. */
export interface ProcessActions {
  /** Ask for a process's details (at the page's now); the answer comes to `showDetails`. */
  inspect(pid: number): void;
  /** End the process as `:killed`. */
  kill(pid: number): void;
  /** Trace it (or stop). */
  trace(pid: number, on: boolean): void;
}

/** A column of the table, how it sorts. */
type SortKey = "pid" | "name" | "status" | "reductions" | "mailbox" | "where";

const SORTS: Record<SortKey, (a: ProcessRowInfo, b: ProcessRowInfo) => number> = {
  pid: (a, b) => a.pid - b.pid,
  name: (a, b) => a.name.localeCompare(b.name) || a.pid - b.pid,
  status: (a, b) => a.status.localeCompare(b.status) || a.pid - b.pid,
  reductions: (a, b) => a.reductions - b.reductions || a.pid - b.pid,
  mailbox: (a, b) => a.mailbox - b.mailbox || a.pid - b.pid,
  where: (a, b) => a.where.localeCompare(b.where) || a.pid - b.pid,
};

/** Trace events kept per process. */
const MAX_TRACE = 500;

/** The process table and the details pane. */
export class ProcessView {
  readonly #table: HTMLTableElement;
  readonly #empty: HTMLElement;
  readonly #counters: HTMLElement;
  readonly #details: HTMLElement;
  readonly #act: ProcessActions;
  #selected: number | null = null;
  #sort: SortKey = "pid";
  #desc = false;
  #rows: readonly ProcessRowInfo[] = [];
  #counts: SchedulerCounters | null = null;
  /** Is the table showing a moment in the past (then Kill and Trace are off)? */
  #past = false;
  /** Has the run ended? */
  #ended = false;
  #stoppedAll = false;
  readonly #traced = new Set<number>();
  readonly #traces = new Map<number, string[]>();
  #traceList: HTMLElement | null = null;
  #traceFor: number | null = null;
  /** The table's rows, by pid: kept and updated in place. */
  readonly #trs = new Map<number, { tr: HTMLElement; cells: HTMLElement[]; key: string }>();

  /**
   * A view over the page's elements; `act` asks the worker for details, a
   * kill, a trace (the details come back to {@linkcode ProcessView.showDetails}).
   */
  constructor(
    els: {
      table: HTMLTableElement;
      empty: HTMLElement;
      counters: HTMLElement;
      details: HTMLElement;
    },
    act: ProcessActions,
  ) {
    this.#table = els.table;
    this.#empty = els.empty;
    this.#counters = els.counters;
    this.#details = els.details;
    this.#act = act;
    for (const th of this.#table.querySelectorAll<HTMLElement>("th[data-sort]")) {
      th.tabIndex = 0;
      const sort = () => {
        const key = th.dataset.sort as SortKey;
        if (this.#sort === key) this.#desc = !this.#desc;
        else {
          this.#sort = key;
          this.#desc = key === "reductions" || key === "mailbox";
        }
        this.#draw();
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          sort();
        }
      });
    }
  }

  /** The selected process, if any. */
  get selected(): number | null {
    return this.#selected;
  }

  /** Forget everything (a new run). */
  clear(): void {
    this.#selected = null;
    this.#rows = [];
    this.#counts = null;
    this.#past = false;
    this.#ended = false;
    this.#stoppedAll = false;
    this.#traced.clear();
    this.#traces.clear();
    this.#traceList = null;
    this.#trs.clear();
    this.#table.tBodies[0].replaceChildren();
    this.#empty.hidden = false;
    this.#counters.textContent = "";
    this.#details.hidden = true;
    delete this.#table.dataset.live;
  }

  /**
   * The run ended: Kill and Trace are off from now on; `stopped` (the Stop
   * button): every process is shown as ended.
   */
  ended(stopped = false): void {
    this.#ended = true;
    this.#stoppedAll = stopped;
    for (const b of this.#details.querySelectorAll<HTMLButtonElement>(".act")) b.disabled = true;
    if (stopped) this.#draw();
  }

  /**
   * Show a snapshot's rows and counters (`past`: a moment before the latest,
   * scrubbed to); refresh the selected process's details.
   */
  show(rows: readonly ProcessRowInfo[], counters: SchedulerCounters, past = false): void {
    this.#rows = rows;
    this.#counts = counters;
    this.#past = past;
    this.#draw();
    if (this.#selected !== null) this.#act.inspect(this.#selected);
  }

  #draw(): void {
    const rows = [...this.#rows].sort(SORTS[this.#sort]);
    if (this.#desc) rows.reverse();
    const counters = this.#counts;
    this.#empty.hidden = rows.length > 0;
    if (counters !== null) {
      this.#counters.textContent = `${counters.processes} live · ${fmt(counters.reductions)} ` +
        `reductions · ${fmt(counters.slices)} slices` +
        (this.#past ? ` · at ${(counters.clock / 1000).toFixed(2)} s` : "");
      this.#table.dataset.live = String(counters.processes);
    }
    this.#table.classList.toggle("past", this.#past);
    for (const th of this.#table.querySelectorAll<HTMLElement>("th[data-sort]")) {
      const on = th.dataset.sort === this.#sort;
      th.classList.toggle("sorted", on);
      th.setAttribute("aria-sort", on ? (this.#desc ? "descending" : "ascending") : "none");
      th.dataset.dir = on ? (this.#desc ? "desc" : "asc") : "";
    }
    // Rows are kept by pid and updated in place, so a click is never lost to a
    // row replaced between the press and the release.
    const body = this.#table.tBodies[0];
    const seen = new Set<number>();
    let at = body.firstElementChild;
    for (const r of rows) {
      seen.add(r.pid);
      let kept = this.#trs.get(r.pid);
      if (kept === undefined) {
        const cells = [0, 1, 2, 3, 4, 5].map(() => el("td", {}));
        cells[3].className = "num reductions";
        cells[4].className = "num";
        cells[5].className = "where";
        const tr = el("tr", { "data-pid": r.pid, onclick: () => this.select(r.pid) }, ...cells);
        cells[0].textContent = `<pid ${r.pid}>`;
        kept = { tr, cells, key: "" };
        this.#trs.set(r.pid, kept);
      }
      const cls = [
        r.alive && !this.#stoppedAll ? "" : "ended",
        r.pid === this.#selected ? "selected" : "",
        this.#traced.has(r.pid) ? "traced" : "",
      ].join(" ").trim();
      const key = `${r.name}|${r.status}|${r.reductions}|${r.mailbox}|${r.where}|${cls}|${r.main}`;
      if (key !== kept.key) {
        kept.key = key;
        const { tr, cells } = kept;
        tr.dataset.name = r.name;
        tr.dataset.status = r.status;
        tr.dataset.reductions = String(r.reductions);
        tr.className = cls;
        if (r.name === "" && r.main) {
          cells[1].replaceChildren(el("span", { class: "muted-name", text: "main" }));
        } else cells[1].textContent = r.name;
        cells[2].replaceChildren(badge(r.status));
        cells[3].textContent = fmt(r.reductions);
        cells[4].textContent = String(r.mailbox);
        cells[5].textContent = r.where;
      }
      if (at === kept.tr) at = at.nextElementSibling;
      else body.insertBefore(kept.tr, at);
    }
    for (const [pid, kept] of this.#trs) {
      if (!seen.has(pid)) {
        kept.tr.remove();
        this.#trs.delete(pid);
      }
    }
  }

  /** Select a process and ask for its details. */
  select(pid: number): void {
    this.#selected = pid;
    for (const tr of this.#table.querySelectorAll<HTMLElement>("tbody tr")) {
      tr.classList.toggle("selected", Number(tr.dataset.pid) === pid);
    }
    this.#act.inspect(pid);
  }

  /** A trace event of a traced process. */
  addTrace(pid: number, event: string): void {
    let list = this.#traces.get(pid);
    if (list === undefined) this.#traces.set(pid, list = []);
    list.push(event);
    if (list.length > MAX_TRACE) list.splice(0, list.length - MAX_TRACE);
    if (pid === this.#traceFor && this.#traceList !== null) {
      const ol = this.#traceList;
      ol.append(el("li", { text: event }));
      while (ol.childElementCount > MAX_TRACE) ol.firstElementChild!.remove();
      ol.scrollTop = ol.scrollHeight;
      ol.parentElement?.querySelector(".trace-count")?.replaceChildren(`${list.length}`);
    }
  }

  /** Show a process's details (the answer to the worker's `inspect`); `at`: as of then. */
  showDetails(pid: number, d: ProcessDetailsInfo | null, at: string | null = null): void {
    if (pid !== this.#selected) return;
    const box = this.#details;
    box.hidden = false;
    const close = el("button", {
      type: "button",
      class: "close",
      text: "close",
      onclick: () => {
        this.#selected = null;
        box.hidden = true;
        this.#traceList = null;
        this.#traceFor = null;
        for (const tr of this.#table.querySelectorAll("tr.selected")) {
          tr.classList.remove("selected");
        }
      },
    });
    const row = this.#rows.find((r) => r.pid === pid);
    const alive = d !== null && row?.alive !== false && !d.info.status.startsWith("done") &&
      !d.info.status.startsWith("panicked") && !d.info.status.startsWith("stopped");
    const live = !this.#past && !this.#ended;
    const traced = this.#traced.has(pid);
    const actions = el(
      "div",
      { class: "actions" },
      el("button", {
        type: "button",
        id: "trace",
        class: `act${traced ? " on" : ""}`,
        "aria-pressed": traced ? "true" : "false",
        title: "Show this process's calls, sends and receives as they happen (observe :trace!)",
        text: traced ? "Tracing" : "Trace",
        disabled: !live || (!alive && !traced),
        onclick: () => {
          const on = !this.#traced.has(pid);
          if (on) this.#traced.add(pid);
          else this.#traced.delete(pid);
          this.#act.trace(pid, on);
          this.#draw();
          this.#act.inspect(pid);
        },
      }),
      el("button", {
        type: "button",
        id: "kill",
        class: "act danger",
        title: "End this process as :killed (its links and monitors fire)",
        text: "Kill",
        disabled: !live || !alive,
        onclick: () => this.#act.kill(pid),
      }),
    );
    if (d === null) {
      box.replaceChildren(
        close,
        el("h3", { text: `<pid ${pid}>` }),
        el("p", {
          class: "muted",
          text: at === null ? `<pid ${pid}> is gone` : `no record of <pid ${pid}> ${at}`,
        }),
      );
      this.#traceList = null;
      return;
    }
    const info = d.info;
    const dl = el("dl", {});
    const add = (k: string, v: string) =>
      dl.append(el("dt", { text: k }), el("dd", { text: v === "" ? "—" : v }));
    add("status", info.status);
    add("reductions", fmt(Number(info.reductions)));
    add("mailbox", info.mailbox);
    if (info.messages_in !== "") {
      add("messages", `${info.messages_in} in · ${info.messages_out} out`);
    }
    add("current", info.current);
    add("parent", info.parent);
    add("spawned at", info.spawned_at);
    if (info.links !== "") add("links", info.links);
    if (info.monitors !== "") add("monitors", info.monitors);
    add("memory", `~${fmt(Number(info.memory))} bytes`);
    const parts: (Node | string)[] = [
      close,
      actions,
      el(
        "h3",
        { text: `<pid ${d.pid}> ${info.name}` },
        at === null ? null : el("span", { class: "as-of", text: ` ${at}` }),
      ),
      dl,
    ];
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
      parts.push(el(
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
      ));
    }
    if (d.mailboxSize > 0) {
      parts.push(el("h4", { text: `mailbox (${d.mailboxSize})` }));
      parts.push(el("ol", {}, ...d.mailbox.map((m) => el("li", { text: m }))));
    }
    const events = this.#traces.get(pid);
    if (traced || events !== undefined) {
      parts.push(el(
        "h4",
        {},
        "trace ",
        el("span", { class: "trace-count", text: String(events?.length ?? 0) }),
        traced ? " (live)" : "",
      ));
      const ol = el(
        "ol",
        { class: "trace", id: "trace-events" },
        ...(events ?? []).map((e) => el("li", { text: e })),
      );
      parts.push(ol);
      this.#traceList = ol;
      this.#traceFor = pid;
    } else {
      this.#traceList = null;
      this.#traceFor = null;
    }
    if (d.messages.length > 0) {
      parts.push(el("h4", { text: "recent messages" }));
      parts.push(el(
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
      ));
    }
    box.replaceChildren(...parts);
    if (this.#traceList !== null) this.#traceList.scrollTop = this.#traceList.scrollHeight;
  }
}

/**
 * A box's numeric history as a step chart over time (x: ms since the run
 * began, as the timeline), its last values as a list otherwise.
 */
function historyChart(history: NonNullable<ProcessDetailsInfo["history"]>): Element {
  const nums = history.filter((h) => h.num !== null && Number.isFinite(h.num));
  if (nums.length === 0) {
    return el(
      "ol",
      { class: "history" },
      ...history.slice(-10).map((h) => el("li", { text: h.value })),
    );
  }
  const W = 300, H = 76, L = 34, P = 5;
  const ys = nums.map((h) => h.num!);
  const ts = nums.map((h, i) => Number.isFinite(h.time) ? h.time : i);
  const lo = Math.min(...ys), hi = Math.max(...ys);
  const t0 = ts[0], t1 = Math.max(ts[ts.length - 1], t0 + 1e-3);
  const sx = (t: number) => L + ((t - t0) * (W - L - P)) / (t1 - t0);
  const sy = (v: number) =>
    H - P - (hi === lo ? (H - 2 * P) / 2 : ((v - lo) * (H - 2 * P)) / (hi - lo));
  const ns = "http://www.w3.org/2000/svg";
  const mk = (tag: string, attrs: Record<string, string | number>, text?: string) => {
    const e = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const svg = mk("svg", {
    class: "chart",
    width: W,
    height: H + 16,
    viewBox: `0 0 ${W} ${H + 16}`,
  });
  svg.append(mk("rect", { x: L, y: 0, width: W - L, height: H, class: "plot-bg" }));
  svg.append(mk("text", { x: L - 4, y: sy(hi) + 4, class: "tick-y" }, String(hi)));
  if (hi !== lo) svg.append(mk("text", { x: L - 4, y: sy(lo) + 2, class: "tick-y" }, String(lo)));
  let d = `M${sx(ts[0]).toFixed(1)},${sy(ys[0]).toFixed(1)}`;
  for (let i = 1; i < ys.length; i++) {
    d += `H${sx(ts[i]).toFixed(1)}V${sy(ys[i]).toFixed(1)}`;
  }
  d += `H${W - P}`;
  svg.append(mk("path", { d, class: "history-line" }));
  if (ys.length <= 60) {
    ys.forEach((v, i) =>
      svg.append(mk("circle", { cx: sx(ts[i]).toFixed(1), cy: sy(v).toFixed(1), r: 2.2 }))
    );
  }
  const secs = (t: number) => t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(0)} ms`;
  svg.append(
    mk(
      "text",
      { x: L, y: H + 12, class: "chart-label" },
      `${nums.length} values · ${secs(t0)} to ${secs(t1)} · last ${ys[ys.length - 1]}`,
    ),
  );
  return svg;
}
