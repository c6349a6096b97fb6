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

/** The process table and the details pane. */
export class ProcessView {
  readonly #table: HTMLTableElement;
  readonly #empty: HTMLElement;
  readonly #counters: HTMLElement;
  readonly #details: HTMLElement;
  readonly #ask: (pid: number) => void;
  #selected: number | null = null;

  /**
   * A view over the page's elements; `ask(pid)` requests a process's details
   * (the answer comes to {@linkcode ProcessView.showDetails}).
   */
  constructor(
    els: {
      table: HTMLTableElement;
      empty: HTMLElement;
      counters: HTMLElement;
      details: HTMLElement;
    },
    ask: (pid: number) => void,
  ) {
    this.#table = els.table;
    this.#empty = els.empty;
    this.#counters = els.counters;
    this.#details = els.details;
    this.#ask = ask;
  }

  /** The selected process, if any. */
  get selected(): number | null {
    return this.#selected;
  }

  /** Forget everything (a new run). */
  clear(): void {
    this.#selected = null;
    this.#table.tBodies[0].replaceChildren();
    this.#empty.hidden = false;
    this.#counters.textContent = "";
    this.#details.hidden = true;
  }

  /** Show a snapshot's rows and counters; refresh the selected process's details. */
  show(rows: readonly ProcessRowInfo[], counters: SchedulerCounters): void {
    this.#empty.hidden = rows.length > 0;
    this.#counters.textContent = `${counters.processes} live · ${fmt(counters.reductions)} ` +
      `reductions · ${fmt(counters.slices)} slices`;
    const frag = document.createDocumentFragment();
    for (const r of rows) {
      const tr = el(
        "tr",
        {
          "data-pid": r.pid,
          "data-name": r.name,
          "data-status": r.status,
          "data-reductions": r.reductions,
          class: [r.alive ? "" : "ended", r.pid === this.#selected ? "selected" : ""].join(" ")
            .trim(),
          onclick: () => this.select(r.pid),
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
    this.#table.tBodies[0].replaceChildren(frag);
    if (this.#selected !== null) this.#ask(this.#selected);
  }

  /** Select a process and ask for its details. */
  select(pid: number): void {
    this.#selected = pid;
    for (const tr of this.#table.querySelectorAll<HTMLElement>("tbody tr")) {
      tr.classList.toggle("selected", Number(tr.dataset.pid) === pid);
    }
    this.#ask(pid);
  }

  /** Show a process's details (the answer to the worker's `inspect`). */
  showDetails(pid: number, d: ProcessDetailsInfo | null): void {
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
        for (const tr of this.#table.querySelectorAll("tr.selected")) {
          tr.classList.remove("selected");
        }
      },
    });
    if (d === null) {
      box.replaceChildren(close, el("p", { class: "muted", text: `<pid ${pid}> is gone` }));
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
    const parts: (Node | string)[] = [close, el("h3", { text: `<pid ${d.pid}> ${info.name}` }), dl];
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
  }
}

/** A box's numeric history as a small line chart; its last values as a list otherwise. */
function historyChart(history: NonNullable<ProcessDetailsInfo["history"]>): Element {
  const nums = history.filter((h) => h.num !== null && Number.isFinite(h.num));
  if (nums.length === 0) {
    return el(
      "ol",
      { class: "history" },
      ...history.slice(-10).map((h) => el("li", { text: h.value })),
    );
  }
  const W = 260, H = 70, P = 4;
  const ys = nums.map((h) => h.num!);
  const lo = Math.min(...ys), hi = Math.max(...ys);
  const sx = (i: number) => P + (nums.length === 1 ? 0 : (i * (W - 2 * P)) / (nums.length - 1));
  const sy = (v: number) =>
    H - P - (hi === lo ? (H - 2 * P) / 2 : ((v - lo) * (H - 2 * P)) / (hi - lo));
  const ns = "http://www.w3.org/2000/svg";
  const mk = (tag: string, attrs: Record<string, string | number>) => {
    const e = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  const svg = mk("svg", {
    class: "chart",
    width: W,
    height: H + 14,
    viewBox: `0 0 ${W} ${H + 14}`,
  });
  svg.append(mk("rect", { x: 0, y: 0, width: W, height: H, fill: "#f2f6f6" }));
  svg.append(mk("polyline", {
    points: ys.map((v, i) => `${sx(i).toFixed(1)},${sy(v).toFixed(1)}`).join(" "),
    fill: "none",
    stroke: "#0b6e69",
    "stroke-width": 1.5,
  }));
  if (ys.length <= 60) {
    ys.forEach((v, i) =>
      svg.append(
        mk("circle", { cx: sx(i).toFixed(1), cy: sy(v).toFixed(1), r: 2, fill: "#0b6e69" }),
      )
    );
  }
  const label = mk("text", { x: 2, y: H + 11, "font-size": 10, fill: "#6a6f76" });
  label.textContent = `${nums.length} values · min ${lo} · max ${hi} · last ${ys[ys.length - 1]}`;
  svg.append(label);
  return svg;
}
