/// <reference lib="dom" />
/**
 * The scheduler timeline: who ran when. A lane per process that ran, and in
 * it a bar for each slice (or, when several slices share a pixel, for that
 * pixel's reductions): its place is when the slice ran, its height how many
 * reductions it did. The longest slices are marked in red with their length.
 * Above the lanes, the number of live processes over time (from the
 * snapshots). A click or drag anywhere sets the page's "now" (the orange
 * line): the table, the tree, the details and the sequence diagram then show
 * the run as it was at that moment.
 *
 * Drawn in SVG from the {@linkcode RunRecord}: slices in view are binned per
 * pixel column, so a frame costs the same for a thousand slices or 300,000.
 * Ctrl+wheel (or the buttons) zooms around the pointer; shift+wheel pans.
 *
 * Stable hooks: `#timeline`, each lane a `g.lane` with `data-pid`, the longest
 * slices `g.longest`, the now line `line.now`.
 *
 * @module
 */

import { cut, esc, lowerBound, processColor, type RunRecord } from "./record.ts";
import type { Now } from "./sequence_view.ts";

const LABEL_W = 124, LANE_GAP = 4, COUNT_H = 50, AXIS_H = 22, PAD_R = 12;
/** Lane height: taller when there are few. */
let LANE_H = 22;
/** Individual slices drawn at most (beyond, they are binned per pixel). */
const MAX_RECTS = 4000;

/** The scheduler timeline, drawn into `root`. */
export class TimelineView {
  readonly #root: HTMLElement;
  readonly #record: () => RunRecord;
  readonly #setNow: (ms: number | null) => void;
  readonly #scroll: HTMLElement;
  readonly #svg: SVGSVGElement;
  readonly #spacer: HTMLElement;
  #laneOf = new Map<number, number>();
  readonly #info: HTMLElement;
  readonly #tip: HTMLElement;
  /** The window shown, in ms; null: the whole run (follows it while it runs). */
  #window: [number, number] | null = null;
  #lanes: number[] = [];
  #laneSet = new Set<number>();
  #scannedSlice = 0;
  #forRecord: RunRecord | null = null;
  #drawnView = "";
  #drawnVersion = -1;
  #lastDraw = 0;
  #later = false;
  /** Called when the view wants a frame. */
  invalidate: () => void = () => {};

  constructor(root: HTMLElement, record: () => RunRecord, setNow: (ms: number | null) => void) {
    this.#root = root;
    this.#record = record;
    this.#setNow = setNow;
    root.classList.add("tl");
    const tools = document.createElement("div");
    tools.className = "view-tools";
    const button = (text: string, title: string, f: () => void) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = text;
      b.title = title;
      b.className = "small";
      b.addEventListener("click", f);
      return b;
    };
    this.#info = document.createElement("span");
    this.#info.className = "tl-info";
    tools.append(
      button("−", "Zoom out", () => this.#zoom(2, null)),
      button("+", "Zoom in (or Ctrl+wheel)", () => this.#zoom(0.5, null)),
      button("Fit", "The whole run", () => {
        this.#window = null;
        this.invalidate();
      }),
      this.#info,
    );
    this.#scroll = document.createElement("div");
    this.#scroll.className = "tl-scroll";
    // One SVG the size of the view, kept in place (sticky) while the lanes
    // scroll under it; the spacer gives the scroller the lanes' height.
    const stick = document.createElement("div");
    stick.className = "tl-stick";
    this.#svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    this.#svg.classList.add("tl-svg");
    stick.append(this.#svg);
    this.#spacer = document.createElement("div");
    this.#spacer.className = "tl-spacer";
    this.#scroll.append(stick, this.#spacer);
    this.#tip = document.createElement("div");
    this.#tip.className = "seq-tip";
    this.#tip.hidden = true;
    root.replaceChildren(tools, this.#scroll, this.#tip);

    let dragging = false;
    const pick = (e: PointerEvent) => {
      const ms = this.#msAt(e.clientX);
      if (ms !== null) this.#setNow(ms);
    };
    this.#svg.addEventListener("pointerdown", (e) => {
      if (this.#msAt(e.clientX) === null) return;
      dragging = true;
      this.#svg.setPointerCapture(e.pointerId);
      pick(e);
    });
    this.#svg.addEventListener("pointermove", (e) => {
      if (dragging) pick(e);
      this.#hoverAt(e);
    });
    this.#svg.addEventListener("pointerup", () => dragging = false);
    this.#svg.addEventListener("pointerleave", () => this.#tip.hidden = true);
    this.#scroll.addEventListener("scroll", () => this.invalidate(), { passive: true });
    this.#svg.addEventListener("wheel", (e) => {
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        this.#zoom(Math.exp(e.deltaY / 300), this.#msAt(e.clientX));
      } else if (e.shiftKey) {
        e.preventDefault();
        const [t0, t1] = this.#span(this.#record());
        const d = ((e.deltaY || e.deltaX) / 600) * (t1 - t0);
        this.#pan(d);
      }
    }, { passive: false });
  }

  #span(rec: RunRecord): [number, number] {
    return this.#window ?? [0, Math.max(1, rec.endMs)];
  }

  #zoom(f: number, at: number | null): void {
    const rec = this.#record();
    const [t0, t1] = this.#span(rec);
    const c = at ?? (t0 + t1) / 2;
    const end = Math.max(1, rec.endMs);
    let a = c - (c - t0) * f, b = c + (t1 - c) * f;
    if (b - a >= end) {
      this.#window = null;
    } else {
      b - a < 0.05 && (b = a + 0.05);
      if (a < 0) [a, b] = [0, b - a];
      if (b > end) [a, b] = [a - (b - end), end];
      this.#window = [Math.max(0, a), b];
    }
    this.invalidate();
  }

  #pan(d: number): void {
    const rec = this.#record();
    if (this.#window === null) return;
    const [t0, t1] = this.#window;
    const end = Math.max(1, rec.endMs);
    const a = Math.min(Math.max(0, t0 + d), end - (t1 - t0));
    this.#window = [a, a + (t1 - t0)];
    this.invalidate();
  }

  /** The time under a client x, or null outside the plot. */
  #msAt(clientX: number): number | null {
    const box = this.#svg.getBoundingClientRect();
    const x = clientX - box.left - LABEL_W;
    const w = box.width - LABEL_W - PAD_R;
    if (x < -4 || w <= 0) return null;
    const [t0, t1] = this.#span(this.#record());
    return t0 + Math.min(1, Math.max(0, x / w)) * (t1 - t0);
  }

  #syncLanes(rec: RunRecord): void {
    if (this.#forRecord !== rec) {
      this.#forRecord = rec;
      this.#lanes = [];
      this.#laneSet = new Set();
      this.#laneOf = new Map();
      this.#scannedSlice = 0;
      this.#window = null;
    }
    const end = rec.sliceBase + rec.sliceCount;
    let added = false;
    for (let g = Math.max(this.#scannedSlice, rec.sliceBase); g < end; g++) {
      const pid = rec.slicePid[g - rec.sliceBase];
      if (!this.#laneSet.has(pid)) {
        this.#laneSet.add(pid);
        this.#lanes.push(pid);
        added = true;
      }
    }
    this.#scannedSlice = end;
    if (added) {
      this.#lanes.sort((a, b) => a - b);
      this.#laneOf = new Map(this.#lanes.map((p, i) => [p, i]));
    }
  }

  /** Draw (at most every 100 ms while the run goes on; at once otherwise). */
  render(now: Now): void {
    const rec = this.#record();
    this.#syncLanes(rec);
    const lanes = this.#lanes;
    LANE_H = lanes.length <= 8 ? 30 : lanes.length <= 16 ? 24 : 20;
    this.#spacer.style.height = `${COUNT_H + lanes.length * (LANE_H + LANE_GAP) + AXIS_H + 6}px`;
    const W = this.#scroll.clientWidth;
    const viewH = this.#scroll.clientHeight;
    const [t0, t1] = this.#span(rec);
    const top = this.#scroll.scrollTop;
    const view = `${W}:${viewH}:${this.#window?.join(",") ?? "fit"}:${now?.ms}:${top}`;
    if (view === this.#drawnView && rec.version === this.#drawnVersion) return;
    const t = performance.now();
    if (view === this.#drawnView && !rec.ended && t - this.#lastDraw < 100) {
      // Running: new data is drawn a few times a second; scrolling, zooming and
      // scrubbing are drawn at once.
      if (!this.#later) {
        this.#later = true;
        setTimeout(() => {
          this.#later = false;
          this.invalidate();
        }, 100);
      }
      return;
    }
    this.#drawnView = view;
    this.#drawnVersion = rec.version;
    this.#lastDraw = t;
    const H = viewH;
    this.#svg.setAttribute("width", String(W));
    this.#svg.setAttribute("height", String(H));
    this.#svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    this.#svg.innerHTML = this.#draw(rec, W, H, t0, t1, now);
    this.#root.dataset.lanes = String(lanes.length);
    this.#root.dataset.slices = String(rec.sliceCount);
    const longest = rec.longest[0];
    this.#info.textContent = rec.sliceCount === 0
      ? "no slices yet"
      : `${fmt(rec.sliceCount + rec.slicesDropped)} slices · longest ${
        longest ? `${longest.ms.toFixed(2)} ms (${rec.label(longest.pid)})` : "—"
      } · ctrl+wheel zooms`;
  }

  #draw(rec: RunRecord, W: number, H: number, t0: number, t1: number, now: Now): string {
    const out: string[] = [];
    const plotW = Math.max(10, W - LABEL_W - PAD_R);
    const scale = plotW / Math.max(1e-6, t1 - t0);
    const xOf = (ms: number) => LABEL_W + (ms - t0) * scale;
    const lanes = this.#lanes;
    const laneOf = this.#laneOf;
    const top = this.#scroll.scrollTop;
    const laneY = (i: number) => COUNT_H + i * (LANE_H + LANE_GAP) - top;
    const axisY = H - AXIS_H - 2;

    out.push(`<rect class="plot-bg" x="${LABEL_W}" y="0" width="${plotW}" height="${axisY}"/>`);
    // The grid (its labels are drawn with the axis, over the lanes).
    const step = niceStep((t1 - t0) / Math.max(2, plotW / 90));
    const ticks: number[] = [];
    for (let v = Math.ceil(t0 / step) * step; v <= t1 + 1e-9; v += step) ticks.push(v);
    for (const v of ticks) {
      const x = xOf(v);
      out.push(`<line class="grid" x1="${x}" x2="${x}" y1="0" y2="${axisY}"/>`);
    }
    // The live-processes chart and the axis are drawn last, over the lanes that scroll.
    const bands: string[] = [];
    bands.push(
      `<rect class="band" x="0" y="${axisY}" width="${W}" height="${H - axisY}"/>`,
      `<line class="axis" x1="${LABEL_W}" x2="${LABEL_W + plotW}" y1="${axisY}" y2="${axisY}"/>`,
      ...ticks.map((v) =>
        `<text class="tick" x="${xOf(v)}" y="${axisY + 15}">${esc(msText(v, step))}</text>`
      ),
    );

    // Live processes over time (from spawns and exits), as a step line.
    bands.push(`<rect class="band" x="0" y="0" width="${W}" height="${COUNT_H - 2}"/>`);
    for (const v of ticks) {
      bands.push(`<line class="grid" x1="${xOf(v)}" x2="${xOf(v)}" y1="0" y2="${COUNT_H - 2}"/>`);
    }
    const maxP = Math.max(1, rec.liveMax);
    const cy = (p: number) => COUNT_H - 8 - (p / maxP) * (COUNT_H - 18);
    bands.push(`<text class="lane-label muted" x="8" y="${COUNT_H / 2 + 2}">live processes</text>`);
    if (rec.liveCount > 0) {
      const right = LABEL_W + plotW;
      const clampX = (x: number) => Math.min(Math.max(x, LABEL_W), right);
      let d = `M${LABEL_W},${cy(0)}`;
      let lastX = -1, lastY = cy(0);
      for (let i = 0; i < rec.liveCount; i++) {
        const x = clampX(xOf(rec.liveMs[i]));
        const y = cy(rec.liveN[i]);
        if (
          x === lastX && i + 1 < rec.liveCount && rec.liveMs[i + 1] <= rec.liveMs[i] + 1 / scale
        ) {
          lastY = y;
          continue; // many changes in one pixel: only the last one is drawn
        }
        d += `H${x.toFixed(1)}V${y.toFixed(1)}`;
        lastX = x;
        lastY = y;
      }
      d += `V${lastY.toFixed(1)}H${clampX(xOf(rec.endMs)).toFixed(1)}`;
      bands.push(
        `<path class="count-line" d="${d}"/>`,
        `<text class="count-max" x="${LABEL_W - 8}" y="${cy(maxP) + 4}">${maxP}</text>`,
        `<text class="count-max" x="${LABEL_W - 8}" y="${cy(0) + 4}">0</text>`,
      );
      if (now !== null) {
        const k = lowerBound(rec.liveMs, rec.liveCount, now.ms + 1e-9) - 1;
        const live = k < 0 ? 0 : rec.liveN[k];
        bands.push(
          `<text class="count-now" x="${
            Math.min(right - 4, xOf(now.ms) + 5)
          }" y="11">${live} live</text>`,
        );
      }
    }

    // Visible lanes only (the view scrolls vertically).
    const pitch = LANE_H + LANE_GAP;
    const l0 = Math.max(0, Math.floor(top / pitch) - 1);
    const l1 = Math.min(lanes.length, Math.ceil((top + H - COUNT_H - AXIS_H) / pitch) + 1);
    for (let i = l0; i < l1; i++) {
      const pid = lanes[i];
      const y = laneY(i);
      out.push(
        `<g class="lane" data-pid="${pid}">`,
        `<rect class="lane-bg" x="${LABEL_W}" y="${y}" width="${plotW}" height="${LANE_H}"/>`,
        `<text class="lane-label" x="${LABEL_W - 8}" y="${y + LANE_H / 2 + 4}" fill="${
          processColor(pid)
        }">${esc(cut(rec.label(pid), 17))}</text>`,
        `</g>`,
      );
    }

    // Slices in the window: wide ones one by one, the rest summed per pixel column.
    const n = rec.sliceCount;
    let maxMs = 0;
    for (const l of rec.longest) maxMs = Math.max(maxMs, l.ms);
    const from = lowerBound(rec.sliceStart, n, t0 - maxMs);
    const to = lowerBound(rec.sliceStart, n, t1 + 1e-9);
    const cols = Math.ceil(plotW) + 1;
    const visible = l1 - l0;
    const bins = new Float64Array(Math.max(0, visible) * cols);
    const rects: number[] = [];
    for (let i = from; i < to; i++) {
      const lane = laneOf.get(rec.slicePid[i]);
      if (lane === undefined || lane < l0 || lane >= l1) continue;
      const s = rec.sliceStart[i], e = s + rec.sliceMs[i];
      if (e < t0) continue;
      const px0 = (s - t0) * scale, px1 = (e - t0) * scale;
      if (px1 - px0 >= 3 && rects.length < MAX_RECTS) {
        rects.push(i);
        continue;
      }
      const c = Math.min(cols - 1, Math.max(0, Math.floor(px0)));
      const k = (lane - l0) * cols + c;
      bins[k] += Math.max(1, rec.sliceReds[i]);
    }
    // Full height: a slice that did its whole budget of reductions.
    const full = rec.maxSliceReds;
    for (let li = 0; li < visible; li++) {
      const pid = lanes[l0 + li];
      const base = laneY(l0 + li) + LANE_H;
      let d = "";
      for (let c = 0; c < cols; c++) {
        const v = bins[li * cols + c];
        if (v === 0) continue;
        const h = Math.max(2, Math.min(1, v / full) * (LANE_H - 2));
        d += `M${(LABEL_W + c).toFixed(0)},${base}v${(-h).toFixed(1)}h1.2v${h.toFixed(1)}z`;
      }
      if (d !== "") out.push(`<path class="bars" d="${d}" fill="${processColor(pid)}"/>`);
    }
    for (const i of rects) {
      const lane = laneOf.get(rec.slicePid[i])!;
      const base = laneY(lane) + LANE_H;
      const x = Math.max(LABEL_W, xOf(rec.sliceStart[i]));
      const x2 = Math.min(LABEL_W + plotW, xOf(rec.sliceStart[i] + rec.sliceMs[i]));
      const h = Math.max(2, Math.min(1, rec.sliceReds[i] / full) * (LANE_H - 2));
      out.push(
        `<rect class="slice" x="${x.toFixed(1)}" y="${(base - h).toFixed(1)}" width="${
          Math.max(1, x2 - x - 0.5).toFixed(1)
        }" height="${h.toFixed(1)}" fill="${processColor(rec.slicePid[i])}"/>`,
      );
    }

    // The longest slices (labels that would overlap another are left out).
    const labelled: [number, number, number][] = [];
    rec.longest.forEach((l) => {
      const lane = laneOf.get(l.pid);
      if (lane === undefined || l.start + l.ms < t0 || l.start > t1) return;
      const x = xOf(l.start), w = Math.max(2, l.ms * scale);
      const y = laneY(lane);
      out.push(
        `<g class="longest" data-pid="${l.pid}" data-ms="${l.ms.toFixed(3)}">`,
        `<rect x="${x - 1}" y="${y - 1}" width="${w + 2}" height="${LANE_H + 2}" rx="2"/>`,
        `<path d="M${x + w / 2},${y + 1} l-4,-6 h8z"/>`,
        labelAt(labelled, lane, x + w / 2 + 6, 46)
          ? `<text x="${x + w / 2 + 6}" y="${y + 2}">${l.ms.toFixed(l.ms < 10 ? 2 : 1)} ms</text>`
          : "",
        `</g>`,
      );
    });

    out.push(...bands);
    // Now.
    if (now !== null) {
      const x = xOf(now.ms);
      if (x >= LABEL_W - 1 && x <= LABEL_W + plotW + 1) {
        out.push(
          `<line class="now" x1="${x}" x2="${x}" y1="0" y2="${axisY + 4}"/>`,
          `<path class="now-handle" d="M${x},${axisY + 4} l-5,7 h10z"/>`,
        );
      }
    }
    out.push(
      `<rect class="label-bg" x="0" y="0" width="${LABEL_W - 2}" height="${H}" fill="none"/>`,
    );
    return out.join("");
  }

  #hoverAt(e: PointerEvent): void {
    const rec = this.#record();
    const box = this.#svg.getBoundingClientRect();
    const y = e.clientY - box.top, x = e.clientX - box.left;
    const lane = y < COUNT_H || y > box.height - AXIS_H - 2
      ? -1
      : Math.floor((y - COUNT_H + this.#scroll.scrollTop) / (LANE_H + LANE_GAP));
    const ms = this.#msAt(e.clientX);
    if (ms === null || lane < 0 || lane >= this.#lanes.length || x < LABEL_W) {
      this.#tip.hidden = true;
      return;
    }
    const pid = this.#lanes[lane];
    const [t0, t1] = this.#span(rec);
    const per = (t1 - t0) / Math.max(1, box.width - LABEL_W - PAD_R);
    const a = ms - 2 * per, b = ms + 2 * per;
    let count = 0, reds = 0, busy = 0, longest = 0;
    const n = rec.sliceCount;
    let maxMs = 0;
    for (const l of rec.longest) maxMs = Math.max(maxMs, l.ms);
    for (let i = lowerBound(rec.sliceStart, n, a - maxMs); i < n && rec.sliceStart[i] <= b; i++) {
      if (rec.slicePid[i] !== pid || rec.sliceStart[i] + rec.sliceMs[i] < a) continue;
      count++;
      reds += rec.sliceReds[i];
      busy += rec.sliceMs[i];
      longest = Math.max(longest, rec.sliceMs[i]);
    }
    const rootBox = this.#root.getBoundingClientRect();
    this.#tip.replaceChildren(
      line("tip-head", `${rec.label(pid)} <pid ${pid}>`),
      line(
        "tip-when",
        count === 0
          ? `did not run around ${msText(ms, per)}`
          : `${count} slice${count === 1 ? "" : "s"} around ${msText(ms, per)}: ${
            fmt(reds)
          } reductions in ${busy.toFixed(2)} ms (longest ${longest.toFixed(2)} ms)`,
      ),
    );
    this.#tip.hidden = false;
    this.#tip.style.left = `${Math.min(e.clientX - rootBox.left + 14, rootBox.width - 260)}px`;
    this.#tip.style.top = `${e.clientY - rootBox.top + 16}px`;
  }
}

/** Is there room for a label at x in a lane (then it is taken)? */
function labelAt(taken: [number, number, number][], lane: number, x: number, w: number): boolean {
  if (taken.some(([l, a, b]) => l === lane && x < b && x + w > a)) return false;
  taken.push([lane, x, x + w]);
  return true;
}

function line(cls: string, text: string): HTMLElement {
  const d = document.createElement("div");
  d.className = cls;
  d.textContent = text;
  return d;
}

/** A round step near `raw` (1, 2 or 5 times a power of ten). */
function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

/** A time for an axis whose ticks are `step` ms apart. */
export function msText(ms: number, step: number): string {
  if (step >= 1000 || ms >= 10_000) {
    const d = step >= 1000 ? 0 : step >= 100 ? 1 : 2;
    return `${(ms / 1000).toFixed(d)} s`;
  }
  const d = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
  return `${ms.toFixed(d)} ms`;
}

const fmt = (n: number) => n.toLocaleString("en-US");
