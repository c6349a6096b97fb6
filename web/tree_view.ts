/// <reference lib="dom" />
/**
 * The process tree: every process the snapshot lists, placed by who spawned
 * whom (parent on the left, its children in a column to its right), each a
 * box coloured by its status (amber running, blue waiting or sleeping, green
 * done, red panicked or killed, violet stopped at the end of the run), with
 * why a crashed process ended under it. Links and monitors are edges of their
 * own beside the parent → child ones: a link a thick orange line (both ways),
 * a monitor a dashed blue arrow from the watcher to the watched. When
 * processes wait on each other in a circle (from the rows' `waitsFor`), that
 * wait-for cycle is drawn in red, with the deadlock spelled out above.
 *
 * It draws the snapshot in effect at the page's "now", so scrubbing the
 * timeline back shows the tree as it was.
 *
 * Stable hooks: `#tree` (`data-deadlock`: the pids of the cycle, if any), each
 * process a `g.node` with `data-pid` and `data-status`, each edge a
 * `path.edge` with `data-kind` (`parent`, `link`, `monitor`, `waits`),
 * `data-from` and `data-to`; a crash's reason is `text.reason`.
 *
 * @module
 */

import type { ProcessRowInfo } from "../lib/host/worker_protocol.ts";
import { cut, esc, type RunRecord, type Snapshot, statusColors } from "./record.ts";

const NODE_W = 156, NODE_H = 36, COL = 192, ROW = 44, REASON_H = 14, PAD = 14;

/** The process tree, drawn into `root`. */
export class TreeView {
  readonly #root: HTMLElement;
  readonly #svgBox: HTMLElement;
  readonly #caption: HTMLElement;
  readonly #onSelect: (pid: number) => void;
  #drawn: Snapshot | null = null;
  #drawnSelected: number | null = null;
  #drawnVersion = -1;
  #drawnFinal = false;

  constructor(root: HTMLElement, onSelect: (pid: number) => void) {
    this.#root = root;
    this.#onSelect = onSelect;
    root.classList.add("tree");
    const legend = document.createElement("div");
    legend.className = "view-tools tree-legend";
    legend.innerHTML =
      `<span><svg width="26" height="10"><line x1="1" y1="5" x2="25" y2="5" class="k-parent"/></svg>spawned</span>` +
      `<span><svg width="26" height="10"><line x1="1" y1="5" x2="25" y2="5" class="k-link"/></svg>link</span>` +
      `<span><svg width="26" height="10"><line x1="1" y1="5" x2="21" y2="5" class="k-monitor"/><path d="M25,5 l-6,-3.2 v6.4z" fill="#2f6fae"/></svg>monitors</span>` +
      `<span><svg width="26" height="10"><line x1="1" y1="5" x2="21" y2="5" class="k-waits"/><path d="M25,5 l-6,-3.2 v6.4z" fill="#b3261e"/></svg>waits for (deadlock)</span>`;
    this.#caption = document.createElement("div");
    this.#caption.className = "tree-caption";
    this.#caption.hidden = true;
    this.#svgBox = document.createElement("div");
    this.#svgBox.className = "tree-scroll";
    root.replaceChildren(legend, this.#caption, this.#svgBox);
    this.#svgBox.addEventListener("click", (e) => {
      const g = (e.target as Element).closest("g.node") as SVGGElement | null;
      if (g) this.#onSelect(Number(g.dataset.pid));
    });
  }

  /** Draw the snapshot (in effect at the page's now) if it is not the one drawn. */
  render(rec: RunRecord, snap: Snapshot | null, selected: number | null, final: boolean): void {
    if (
      snap === this.#drawn && selected === this.#drawnSelected && final === this.#drawnFinal &&
      (snap !== null || rec.version === this.#drawnVersion)
    ) return;
    this.#drawn = snap;
    this.#drawnFinal = final;
    this.#drawnSelected = selected;
    this.#drawnVersion = rec.version;
    if (snap === null || snap.rows.length === 0) {
      this.#svgBox.innerHTML = `<p class="muted">Run a program to see its processes as a tree.</p>`;
      this.#caption.hidden = true;
      delete this.#root.dataset.deadlock;
      return;
    }
    this.#svgBox.innerHTML = drawTree(rec, snap.rows, selected, final, this.#caption);
    const cycle = this.#caption.dataset.cycle;
    if (cycle) this.#root.dataset.deadlock = cycle;
    else delete this.#root.dataset.deadlock;
  }
}

interface Placed {
  row: ProcessRowInfo;
  x: number;
  y: number;
  depth: number;
  reason: string[] | null;
  children: Placed[];
}

/** The processes in a wait-for cycle, in cycle order (the first cycle found), or []. */
export function waitCycle(rows: readonly ProcessRowInfo[]): number[] {
  const waits = new Map<number, number[]>();
  for (const r of rows) if (r.waitsFor.length > 0) waits.set(r.pid, r.waitsFor);
  const state = new Map<number, number>(); // 1: on the path, 2: done
  const path: number[] = [];
  const visit = (p: number): number[] | null => {
    state.set(p, 1);
    path.push(p);
    for (const q of waits.get(p) ?? []) {
      const s = state.get(q);
      if (s === 1) return path.slice(path.indexOf(q));
      if (s === undefined && waits.has(q)) {
        const c = visit(q);
        if (c) return c;
      }
    }
    path.pop();
    state.set(p, 2);
    return null;
  };
  for (const p of [...waits.keys()].sort((a, b) => a - b)) {
    if (state.has(p)) continue;
    const c = visit(p);
    if (c) {
      // Start at the lowest pid.
      const k = c.indexOf(Math.min(...c));
      return [...c.slice(k), ...c.slice(0, k)];
    }
  }
  return [];
}

function label(r: ProcessRowInfo): string {
  return r.name !== "" ? r.name : r.main ? "main" : `<pid ${r.pid}>`;
}

function drawTree(
  rec: RunRecord,
  rowsIn: readonly ProcessRowInfo[],
  selected: number | null,
  final: boolean,
  caption: HTMLElement,
): string {
  // An ended process keeps the links and monitors it had when last seen alive.
  const rows = rowsIn.map((r) => {
    if (r.alive || (r.links.length > 0 || r.monitors.length > 0)) return r;
    const f = rec.procs.get(r.pid);
    return f === undefined ? r : { ...r, links: f.links, monitors: f.monitors };
  });
  const byPid = new Map(rows.map((r) => [r.pid, r]));
  const kids = new Map<number, ProcessRowInfo[]>();
  const roots: ProcessRowInfo[] = [];
  for (const r of rows) {
    const parent = r.parent ?? rec.procs.get(r.pid)?.parent ?? null;
    if (parent !== null && byPid.has(parent) && parent !== r.pid) {
      const list = kids.get(parent) ?? [];
      list.push(r);
      kids.set(parent, list);
    } else roots.push(r);
  }
  const placed = new Map<number, Placed>();
  let nextY = PAD + 4;
  let maxDepth = 0;
  const reasonOf = (r: ProcessRowInfo): string | null => {
    const f = rec.procs.get(r.pid);
    const how = f?.how ?? null;
    if (r.status.startsWith("panicked") || how === "panicked" || how === "killed") {
      const why = f?.reason ?? r.where;
      return how === "killed" ? `killed${why ? `: ${why}` : ""}` : `panicked: ${why}`;
    }
    return null;
  };
  const place = (r: ProcessRowInfo, depth: number, guard: Set<number>): Placed => {
    guard.add(r.pid);
    maxDepth = Math.max(maxDepth, depth);
    const children = (kids.get(r.pid) ?? []).filter((c) => !guard.has(c.pid))
      .sort((a, b) => a.pid - b.pid).map((c) => place(c, depth + 1, guard));
    const why = reasonOf(r);
    const reason = why === null
      ? null
      : wrap(why, children.length > 0 ? REASON_INNER : REASON_LEAF);
    const extra = reason === null ? 0 : reason.length * REASON_H;
    let y: number;
    if (children.length === 0) {
      y = nextY;
      nextY += ROW + extra;
    } else {
      y = (children[0].y + children[children.length - 1].y) / 2;
      if (reason) nextY = Math.max(nextY, y + ROW + extra);
    }
    const p: Placed = { row: r, x: PAD + depth * COL, y, depth, reason, children };
    placed.set(r.pid, p);
    return p;
  };
  const guard = new Set<number>();
  for (const r of roots.sort((a, b) => a.pid - b.pid)) place(r, 0, guard);

  const width = PAD * 2 + maxDepth * COL + NODE_W + 160;
  const height = nextY + PAD;
  const out: string[] = [];
  out.push(
    `<svg class="tree-svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
  );
  const mid = (p: Placed) => p.y + NODE_H / 2;
  const right = (p: Placed) => p.x + NODE_W;

  // An edge from a to b: sideways when b is deeper, else an arc on the right.
  const curve = (a: Placed, b: Placed, dy: number): string => {
    const ay = mid(a) + dy, by = mid(b) + dy;
    if (b.depth > a.depth) {
      const x1 = right(a), x2 = b.x;
      const k = (x2 - x1) / 2;
      return `M${x1},${ay} C${x1 + k},${ay} ${x2 - k},${by} ${x2},${by}`;
    }
    if (b.depth < a.depth) {
      const x1 = a.x, x2 = right(b);
      const k = (x1 - x2) / 2;
      return `M${x1},${ay} C${x1 - k},${ay} ${x2 + k},${by} ${x2},${by}`;
    }
    const x = right(a), bow = 26 + Math.min(60, Math.abs(by - ay) / 4);
    return `M${x},${ay} C${x + bow},${ay} ${x + bow},${by} ${x},${by}`;
  };
  const arc = (x: number, ay: number, by: number, bow: number) =>
    `M${x},${ay} C${x + bow},${ay} ${x + bow},${by} ${x},${by}`;
  const arrowAt = (a: Placed, b: Placed, dy: number, color: string): string => {
    // The arrow ends at b's left side (deeper) or right side (else).
    const y = mid(b) + dy;
    if (b.depth > a.depth) return `<path d="M${b.x},${y} l-7,-3.6 v7.2z" fill="${color}"/>`;
    const x = right(b);
    return `<path d="M${x},${y} l7,-3.6 v7.2z" fill="${color}"/>`;
  };

  // Parent → child.
  const linked = new Set<string>();
  for (const r of rows) {
    for (const l of r.links) linked.add(`${Math.min(r.pid, l)}:${Math.max(r.pid, l)}`);
  }
  for (const p of placed.values()) {
    for (const c of p.children) {
      const isLink = linked.has(
        `${Math.min(p.row.pid, c.row.pid)}:${Math.max(p.row.pid, c.row.pid)}`,
      );
      out.push(
        `<path class="edge k-parent${
          isLink ? " also-link" : ""
        }" data-kind="parent" data-from="${p.row.pid}" data-to="${c.row.pid}" d="${
          curve(p, c, 0)
        }"/>`,
      );
    }
  }
  // Links (once per pair), drawn over the parent edge when they are the same pair.
  for (const key of linked) {
    const [a, b] = key.split(":").map(Number);
    const pa = placed.get(a), pb = placed.get(b);
    if (!pa || !pb) continue;
    const [u, v] = pa.depth <= pb.depth ? [pa, pb] : [pb, pa];
    out.push(
      `<path class="edge k-link" data-kind="link" data-from="${u.row.pid}" data-to="${v.row.pid}" d="${
        curve(u, v, 0)
      }"/>`,
    );
  }
  // Monitors: watcher → watched, a little below.
  for (const r of rows) {
    for (const w of r.monitors) {
      const watched = placed.get(r.pid), watcher = placed.get(w);
      if (!watched || !watcher) continue;
      out.push(
        `<path class="edge k-monitor" data-kind="monitor" data-from="${w}" data-to="${r.pid}" d="${
          curve(watcher, watched, 7)
        }"/>`,
        arrowAt(watcher, watched, 7, "#2f6fae"),
      );
    }
  }
  // The wait-for cycle, and (once the run has ended in a deadlock) every wait.
  const cycle = waitCycle(rows);
  const inCycle = new Set(cycle);
  const cycleEdge = (a: number, b: number) => {
    const i = cycle.indexOf(a);
    return i >= 0 && cycle[(i + 1) % cycle.length] === b;
  };
  let bend = 0;
  for (const r of rows) {
    for (const w of r.waitsFor) {
      const strong = cycleEdge(r.pid, w);
      if (!strong && !(final && cycle.length > 0)) continue;
      const a = placed.get(r.pid), b = placed.get(w);
      if (!a || !b) continue;
      const d = a === b
        ? `M${right(a)},${mid(a) - 6} c30,-20 30,32 0,12`
        : a.depth === b.depth
        ? arc(right(a), mid(a) - 4, mid(b) - 4, 30 + 16 * bend++)
        : curve(a, b, -7);
      out.push(
        `<path class="edge k-waits${
          strong ? "" : " weak"
        }" data-kind="waits" data-from="${r.pid}" data-to="${w}" d="${d}"/>`,
        a === b
          ? ""
          : a.depth === b.depth
          ? `<path d="M${right(b)},${mid(b) - 4} l7,-3.6 v7.2z" fill="#b3261e"/>`
          : arrowAt(a, b, -7, "#b3261e"),
      );
    }
  }

  // The nodes.
  for (const p of placed.values()) {
    const r = p.row;
    const f = rec.procs.get(r.pid);
    const killed = f?.how === "killed" && !r.alive;
    const status = killed ? "killed" : r.status;
    const { stroke, fill } = statusColors(status);
    const sel = r.pid === selected ? " selected" : "";
    const cyc = inCycle.has(r.pid) ? " cycle" : "";
    const word = status.startsWith("stopped") ? "stopped" : status;
    const sub = `${r.name !== "" || r.main ? `<pid ${r.pid}> · ` : ""}${word}`;
    const full = `${sub} · ${fmt(r.reductions)} r`;
    const room = Math.floor((NODE_W - 27) / 6.3);
    out.push(
      `<g class="node${sel}${cyc}${r.alive ? "" : " ended"}" data-pid="${r.pid}" data-status="${
        esc(status)
      }" transform="translate(${p.x},${p.y})">`,
      `<rect width="${NODE_W}" height="${NODE_H}" rx="7" fill="${fill}" stroke="${stroke}"/>`,
      `<circle cx="12" cy="${NODE_H / 2}" r="4.5" fill="${stroke}"/>`,
      `<text class="node-name" x="23" y="15">${esc(cut(label(r), 20))}</text>`,
      `<title>${
        esc(
          `${label(r)} <pid ${r.pid}>: ${status}, ${
            fmt(r.reductions)
          } reductions, ${r.mailbox} in its mailbox\n${r.where}${
            p.reason ? `\n${p.reason.join(" ")}` : ""
          }`,
        )
      }</title>`,
      `<text class="node-sub" x="23" y="29">${
        esc(cut(full.length <= room ? full : sub, room))
      }</text>`,
    );
    if (r.box) out.push(`<text class="node-tag" x="${NODE_W - 6}" y="13">box</text>`);
    if (r.mailbox > 0) {
      out.push(
        `<g class="mail"><title>${r.mailbox} in its mailbox</title><rect x="${
          NODE_W - 14
        }" y="-7" width="22" height="13" rx="6.5"/><text x="${NODE_W - 3}" y="3">${
          r.mailbox > 99 ? "99+" : r.mailbox
        }</text></g>`,
      );
    }
    if (p.reason) {
      p.reason.forEach((l, i) =>
        out.push(`<text class="reason" x="4" y="${NODE_H + 12 + i * REASON_H}">${esc(l)}</text>`)
      );
    }
    out.push(`</g>`);
  }
  out.push(`</svg>`);

  // The deadlock, in words.
  if (cycle.length > 0) {
    const names = cycle.map((p) => {
      const r = byPid.get(p);
      return r ? (r.name !== "" || r.main ? `${label(r)} <pid ${p}>` : `<pid ${p}>`) : `<pid ${p}>`;
    });
    const circle = [...names.slice(1), names[0]].join(", which waits for ");
    caption.textContent = `${final ? "Deadlock" : "Waiting in a circle (so far)"}: ${
      names[0]
    } waits for ${circle}.`;
    caption.dataset.cycle = cycle.join(" ");
    caption.hidden = false;
  } else {
    caption.hidden = true;
    delete caption.dataset.cycle;
  }
  return out.join("");
}

const fmt = (n: number) => n.toLocaleString("en-US");

/** Characters of a reason on a line: under a node with children, and under a leaf. */
const REASON_INNER = 28, REASON_LEAF = 46;

/** Text in at most two lines of `n` characters (cut at a space where it can be), the rest cut. */
function wrap(text: string, n: number): string[] {
  if (text.length <= n) return [text];
  let at = text.lastIndexOf(" ", n);
  if (at < n / 2) at = n;
  return [text.slice(0, at), cut(text.slice(at).trimStart(), n)];
}
