/// <reference lib="dom" />
/**
 * The message sequence diagram: a lifeline per process (a column, named when
 * the process has a name), and a row per event of the run, in order: an arrow
 * per message from sender to receiver with its value, a spawn drawn from the
 * parent to the new lifeline, an exit marked where the lifeline ends (green
 * done, red panicked or killed, with the reason). Hover over an arrow and the
 * message it answers (its cause) lights up, joined to it along the sender's
 * lifeline; the tooltip has both. A message not received (yet, or at the
 * scrubbed time) is dashed.
 *
 * It reads the page's {@linkcode RunRecord} and draws only what is on screen:
 * the rows and columns in view, into one SVG the size of the view, whatever
 * the number of messages (100,000 scroll at the display's frame rate). It
 * filters by process (the messages to or from it) and by a pattern over the
 * messages' text (`/regex/` or plain text), incrementally as rows arrive.
 *
 * Stable hooks: `#sequence` (`data-rows`: rows after filtering, `data-messages`:
 * messages kept), `#seq-process`, `#seq-filter`, `#seq-scroll`; each arrow a
 * `g.msg` with `data-id`, `data-from`, `data-to`; spawns `g.spawn`, exits
 * `g.exit` with `data-pid`; lifeline heads `g.head` with `data-pid`.
 *
 * @module
 */

import {
  cut,
  esc,
  lowerBound,
  processColor,
  processTint,
  RowKind,
  type RunRecord,
} from "./record.ts";

/** Row height, header height, gutter and column width, in CSS pixels. */
const ROW_H = 24, HEAD_H = 42, GUTTER = 58, COL_W = 136;
/** Rows drawn beyond the view, above and below. */
const OVERSCAN = 4;
/**
 * Room for a message's text at least, in pixels: a row has one event, so its
 * text may run past the ends of a short arrow (over other lifelines, with a halo).
 */
const LABEL_MIN = 250;
/** Width of a character of the diagram's monospace text (11px). */
const CHAR_W = 6.7;

/** The page's "now": null while live, else the scrubbed time (ms and reductions). */
export type Now = { ms: number; at: number } | null;

/** The message sequence diagram, drawn into `root`. */
export class SequenceView {
  readonly #root: HTMLElement;
  readonly #record: () => RunRecord;
  readonly #onSelect: (pid: number) => void;
  readonly #scroll: HTMLElement;
  readonly #spacer: HTMLElement;
  readonly #svg: SVGSVGElement;
  readonly #tip: HTMLElement;
  readonly #procSelect: HTMLSelectElement;
  readonly #pattern: HTMLInputElement;
  readonly #count: HTMLElement;

  // The filtered rows (global indices), extended as rows arrive.
  #rows = new Float64Array(1024);
  #n = 0;
  #scanned = 0;
  #forRecord: RunRecord | null = null;
  #filterPid: number | null = null;
  #test: ((s: string) => boolean) | null = null;
  #peers = new Set<number>();
  // Columns.
  #cols: number[] = [];
  #colOf = new Map<number, number>();
  #colsKey = "";
  #optionsKey = "";
  // View state.
  #follow = true;
  #hover = -1;
  #drawnVersion = -1;
  #drawnKey = "";
  #now: Now = null;
  #nowShown: Now = null;
  /** Called when the view wants a frame (scroll, hover, filter). */
  invalidate: () => void = () => {};

  /**
   * A view over `root` (an empty element), reading the record `record()`
   * returns (a new one each run); `onSelect(pid)` when a lifeline or arrow is
   * clicked.
   */
  constructor(root: HTMLElement, record: () => RunRecord, onSelect: (pid: number) => void) {
    this.#root = root;
    this.#record = record;
    this.#onSelect = onSelect;
    root.classList.add("seq");
    this.#procSelect = document.createElement("select");
    this.#procSelect.id = "seq-process";
    this.#procSelect.setAttribute("aria-label", "Show the messages of a process");
    this.#pattern = document.createElement("input");
    this.#pattern.id = "seq-filter";
    this.#pattern.type = "search";
    this.#pattern.placeholder = "filter messages: text or /regex/";
    this.#pattern.setAttribute("aria-label", "Filter messages");
    this.#count = document.createElement("span");
    this.#count.className = "seq-count";
    this.#count.id = "seq-count";
    const tools = document.createElement("div");
    tools.className = "view-tools";
    tools.append(this.#procSelect, this.#pattern, this.#count);
    this.#scroll = document.createElement("div");
    this.#scroll.className = "seq-scroll";
    this.#scroll.id = "seq-scroll";
    this.#scroll.tabIndex = 0;
    const stick = document.createElement("div");
    stick.className = "seq-stick";
    this.#svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    this.#svg.classList.add("seq-svg");
    stick.append(this.#svg);
    this.#spacer = document.createElement("div");
    this.#spacer.className = "seq-spacer";
    this.#scroll.append(stick, this.#spacer);
    this.#tip = document.createElement("div");
    this.#tip.className = "seq-tip";
    this.#tip.hidden = true;
    root.replaceChildren(tools, this.#scroll, this.#tip);

    this.#procSelect.addEventListener("change", () => {
      const v = this.#procSelect.value;
      this.#filterPid = v === "" ? null : Number(v);
      this.#refilter();
    });
    this.#pattern.addEventListener("input", () => {
      this.#test = patternTest(this.#pattern.value);
      this.#pattern.classList.toggle("bad", this.#pattern.value !== "" && this.#test === null);
      this.#refilter();
    });
    const s = this.#scroll;
    s.addEventListener("scroll", () => {
      this.#follow = s.scrollTop + s.clientHeight >= s.scrollHeight - ROW_H;
      this.invalidate();
    }, { passive: true });
    s.addEventListener("mousemove", (e) => this.#hoverAt(e));
    s.addEventListener("mouseleave", () => {
      this.#hover = -1;
      this.#tip.hidden = true;
      this.invalidate();
    });
    s.addEventListener("click", (e) => {
      const hit = this.#hit(e);
      if (hit.pid !== null) this.#onSelect(hit.pid);
      else if (hit.row >= 0) {
        const rec = this.#record();
        const r = hit.row - rec.rowBase;
        if (r >= 0) this.#onSelect(rec.pid[r]);
      }
    });
  }

  /** Show the process's messages only (null: every process). */
  filterProcess(pid: number | null): void {
    this.#filterPid = pid;
    this.#procSelect.value = pid === null ? "" : String(pid);
    this.#refilter();
  }

  /** Filter by a pattern over the messages' text. */
  filterText(pattern: string): void {
    this.#pattern.value = pattern;
    this.#pattern.dispatchEvent(new Event("input"));
  }

  /** Forget the filtered rows (a new run, or a filter changed). */
  #refilter(): void {
    this.#n = 0;
    this.#scanned = 0;
    this.#peers = new Set();
    this.#drawnVersion = -1;
    this.#follow = true;
    this.invalidate();
  }

  /** Bring the filtered rows up to date with the record. */
  #sync(rec: RunRecord): boolean {
    if (this.#forRecord !== rec) {
      this.#forRecord = rec;
      this.#filterPid = null;
      this.#procSelect.value = "";
      this.#n = 0;
      this.#scanned = 0;
      this.#peers = new Set();
      this.#follow = true;
      this.#hover = -1;
      this.#scroll.scrollTop = 0;
      this.#scroll.scrollLeft = 0;
    }
    // Rows the record let go.
    if (this.#n > 0 && this.#rows[0] < rec.rowBase) {
      const k = lowerBound(this.#rows, this.#n, rec.rowBase);
      this.#rows.copyWithin(0, k, this.#n);
      this.#n -= k;
    }
    const end = rec.rowBase + rec.rowCount;
    let from = Math.max(this.#scanned, rec.rowBase);
    if (from >= end) return false;
    const fp = this.#filterPid, test = this.#test;
    const { kind, pid, other, text } = rec;
    const base = rec.rowBase;
    for (; from < end; from++) {
      const r = from - base;
      const k = kind[r];
      if (fp !== null) {
        if (k === RowKind.Message) {
          if (pid[r] !== fp && other[r] !== fp) continue;
          this.#peers.add(pid[r] === fp ? other[r] : pid[r]);
        } else if (pid[r] !== fp && other[r] !== fp) continue;
        else if (k === RowKind.Spawn) this.#peers.add(pid[r] === fp ? other[r] : pid[r]);
      }
      if (test !== null && (k !== RowKind.Message || !test(text[r]))) continue;
      if (this.#n === this.#rows.length) {
        const bigger = new Float64Array(this.#rows.length * 2);
        bigger.set(this.#rows);
        this.#rows = bigger;
      }
      this.#rows[this.#n++] = from;
    }
    this.#scanned = end;
    return true;
  }

  #syncColumns(rec: RunRecord): void {
    let cols: number[];
    if (this.#filterPid === null) cols = rec.sortedPids();
    else {
      const set = new Set(this.#peers);
      set.delete(-1);
      set.add(this.#filterPid);
      cols = [...set].sort((a, b) => a - b);
    }
    const key = `${cols.length}:${cols[0]}:${cols[cols.length - 1]}:${this.#filterPid}`;
    if (key !== this.#colsKey) {
      this.#cols = cols.slice();
      this.#colOf = new Map(cols.map((p, i) => [p, i]));
      this.#colsKey = key;
    }
    // The process menu: every process the record knows.
    const all = rec.sortedPids();
    const okey = `${all.length}:${rec.namesVersion}`;
    if (okey !== this.#optionsKey) {
      this.#optionsKey = okey;
      const sel = this.#procSelect;
      const opts = [new Option("all processes", "")];
      for (const p of all) {
        const name = rec.nameOf(p);
        opts.push(new Option(name === "" ? `<pid ${p}>` : `${name} <pid ${p}>`, String(p)));
      }
      sel.replaceChildren(...opts);
      sel.value = this.#filterPid === null ? "" : String(this.#filterPid);
    }
  }

  /** Draw (a frame): `visible` says whether the view is on screen. */
  render(now: Now): void {
    const rec = this.#record();
    const grew = this.#sync(rec);
    this.#syncColumns(rec);
    const s = this.#scroll;
    const n = this.#n;
    const width = GUTTER + this.#cols.length * COL_W + 24;
    const height = HEAD_H + n * ROW_H + 8;
    this.#spacer.style.width = `${width}px`;
    this.#spacer.style.height = `${height}px`;
    const nowChanged = now?.ms !== this.#nowShown?.ms;
    this.#now = now;
    if (nowChanged && now !== null) {
      // Bring the scrubbed time into view.
      const k = this.#posOfAt(rec, now.at);
      s.scrollTop = Math.max(0, HEAD_H + k * ROW_H - s.clientHeight / 2);
      this.#follow = false;
    } else if (grew && this.#follow && now === null) {
      s.scrollTop = s.scrollHeight;
    }
    this.#nowShown = now;
    const W = s.clientWidth, H = s.clientHeight;
    const top = s.scrollTop, left = s.scrollLeft;
    const key = `${top}:${left}:${W}:${H}:${this.#hover}:${now?.ms}:${n}:${this.#colsKey}`;
    if (key === this.#drawnKey && rec.version === this.#drawnVersion) return;
    this.#drawnKey = key;
    this.#drawnVersion = rec.version;
    this.#svg.setAttribute("width", String(W));
    this.#svg.setAttribute("height", String(H));
    this.#svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    this.#svg.innerHTML = this.#draw(rec, W, H, top, left);
    this.#root.dataset.rows = String(n);
    this.#root.dataset.messages = String(rec.messages);
    const total = rec.messages;
    const filtered = this.#filterPid !== null || this.#test !== null;
    this.#count.textContent = (filtered ? `${fmt(n)} shown · ` : "") +
      `${fmt(total)} message${total === 1 ? "" : "s"}` +
      (rec.lost + rec.rowsDropped > 0
        ? ` · ${fmt(rec.lost + rec.rowsDropped)} earlier not kept`
        : "");
  }

  /** The filtered position of the first row at or after `at` reductions. */
  #posOfAt(rec: RunRecord, at: number): number {
    let lo = 0, hi = this.#n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rec.at[this.#rows[mid] - rec.rowBase] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #colX(pid: number, left: number): number | null {
    const c = this.#colOf.get(pid);
    return c === undefined ? null : GUTTER + c * COL_W + COL_W / 2 - left;
  }

  #draw(rec: RunRecord, W: number, H: number, top: number, left: number): string {
    const out: string[] = [];
    const n = this.#n, rows = this.#rows, base = rec.rowBase;
    const first = Math.max(0, Math.floor(top / ROW_H) - OVERSCAN);
    const last = Math.min(n, Math.ceil((top + H - HEAD_H) / ROW_H) + OVERSCAN);
    const yOf = (i: number) => HEAD_H + i * ROW_H + ROW_H / 2 - top;
    const c0 = Math.max(0, Math.floor((left - COL_W) / COL_W));
    const c1 = Math.min(this.#cols.length, Math.ceil((left + W) / COL_W) + 1);
    const now = this.#now;
    const nowAt = now === null ? Infinity : now.at;

    // The hovered row and its cause.
    const hover = this.#hover;
    let causeRow = -1;
    if (hover >= base) {
      const c = rec.cause[hover - base];
      if (c >= 0) causeRow = rec.rowOfMessage(c);
    }
    if (hover >= base && hover < base + rec.rowCount) {
      const k = lowerBound(rows, n, hover);
      if (k < n && rows[k] === hover) {
        out.push(
          `<rect class="hover-band" x="0" y="${
            yOf(k) - ROW_H / 2
          }" width="${W}" height="${ROW_H}"/>`,
        );
      }
    }

    // Lifelines of the columns in view, from spawn to exit.
    for (let c = c0; c < c1; c++) {
      const pid = this.#cols[c];
      const x = GUTTER + c * COL_W + COL_W / 2 - left;
      const f = rec.procs.get(pid);
      let y0 = HEAD_H, y1 = H;
      if (f !== undefined && f.spawnRow >= base) {
        y0 = Math.max(y0, yOf(lowerBound(rows, n, f.spawnRow)));
      }
      if (f !== undefined && f.exitRow >= base) {
        const k = lowerBound(rows, n, f.exitRow);
        y1 = Math.min(y1, k < n ? yOf(k) : yOf(n - 1) + ROW_H / 2);
      } else if (f !== undefined && f.exitRow >= 0) y1 = HEAD_H;
      if (y1 > y0) {
        out.push(
          `<line class="lifeline" x1="${x}" y1="${y0}" x2="${x}" y2="${y1}" stroke="${
            processColor(pid)
          }"/>`,
        );
      }
    }

    // Now: a line at the scrubbed time.
    if (now !== null) {
      const k = this.#posOfAt(rec, now.at);
      const y = HEAD_H + k * ROW_H - top;
      if (y >= HEAD_H && y <= H) {
        out.push(`<line class="now" x1="0" x2="${W}" y1="${y}" y2="${y}"/>`);
      }
    }

    // The cause link of the hovered message: from where the cause arrived to where this one leaves.
    if (hover >= base && causeRow >= base) {
      const kc = lowerBound(rows, n, causeRow), kh = lowerBound(rows, n, hover);
      const hx = this.#colX(rec.pid[hover - base], left);
      const cx = this.#colX(rec.other[causeRow - base], left);
      if (hx !== null && cx !== null && kc < n && rows[kc] === causeRow) {
        const ya = yOf(kc), yb = yOf(kh);
        out.push(
          `<path class="cause-link" d="M${cx},${ya} C${cx + 26},${ya + (yb - ya) / 3} ${hx + 26},${
            yb - (yb - ya) / 3
          } ${hx},${yb}"/>`,
        );
      }
    }

    // The rows in view.
    for (let i = first; i < last; i++) {
      const g = rows[i];
      const r = g - base;
      const y = yOf(i);
      const k = rec.kind[r];
      const future = rec.at[r] > nowAt;
      const cls = future ? " future" : "";
      if (k === RowKind.Message) {
        const from = rec.pid[r], to = rec.other[r];
        const x1 = this.#colX(from, left), x2 = this.#colX(to, left);
        if (x1 === null || x2 === null) continue;
        if (Math.max(x1, x2) < -COL_W || Math.min(x1, x2) > W + COL_W) continue;
        const recv = rec.received[r];
        const pending = !(recv <= nowAt);
        const lit = g === hover ? " lit" : g === causeRow ? " cause" : "";
        const color = processColor(from);
        const id = rec.id[r];
        const text = rec.text[r];
        out.push(
          `<g class="msg${cls}${lit}${
            pending ? " pending" : ""
          }" data-id="${id}" data-from="${from}" data-to="${to}" data-row="${g}">`,
        );
        if (from === to) {
          out.push(
            `<path d="M${x1},${y - 7} h22 v12 h-18" stroke="${color}" fill="none"/>`,
            arrowHead(x1 + 3, y + 5, -1, color),
            `<text class="label" x="${x1 + 28}" y="${y + 3}">${
              esc(cut(text, Math.floor((COL_W - 34) / CHAR_W)))
            }</text>`,
          );
        } else {
          const dir = x2 > x1 ? 1 : -1;
          const span = Math.abs(x2 - x1);
          out.push(
            `<line x1="${x1}" y1="${y + 4}" x2="${x2 - dir * 3}" y2="${y + 4}" stroke="${color}"/>`,
            arrowHead(x2, y + 4, dir, color),
            `<text class="label" x="${(x1 + x2) / 2}" y="${y}" text-anchor="middle">${
              esc(cut(text, Math.floor(Math.max(span - 12, LABEL_MIN) / CHAR_W)))
            }</text>`,
          );
        }
        out.push(`</g>`);
      } else if (k === RowKind.Spawn) {
        const child = rec.pid[r], parent = rec.other[r];
        const x2 = this.#colX(child, left);
        if (x2 === null) continue;
        const x1 = parent >= 0 ? this.#colX(parent, left) : null;
        const color = processColor(child);
        out.push(`<g class="spawn${cls}" data-pid="${child}" data-parent="${parent}">`);
        if (x1 !== null && x1 !== x2) {
          const dir = x2 > x1 ? 1 : -1;
          out.push(
            `<line class="spawn-line" x1="${x1}" y1="${y}" x2="${x2 - dir * 7}" y2="${y}"/>`,
          );
        }
        out.push(
          `<circle cx="${x2}" cy="${y}" r="5.5" fill="${processTint(child)}" stroke="${color}"/>`,
          `<text class="life" x="${x2 + 9}" y="${y + 3.5}">spawned</text>`,
          `</g>`,
        );
      } else {
        const pid = rec.pid[r];
        const x = this.#colX(pid, left);
        if (x === null) continue;
        const how = rec.howOf(r);
        const reason = rec.text[r];
        const bad = how === "panicked" || how === "killed";
        const c = bad ? "#b3261e" : how === "stopped" ? "#6b5b95" : "#2e7d32";
        const words = how === "done" ? `done: ${reason}` : reason ? `${how}: ${reason}` : how;
        out.push(
          `<g class="exit ${how}${cls}" data-pid="${pid}" data-how="${how}">`,
          bad
            ? `<path d="M${x - 5},${
              y - 5
            } l10,10 m0,-10 l-10,10" stroke="${c}" stroke-width="2.4"/>`
            : `<rect x="${x - 4.5}" y="${y - 4.5}" width="9" height="9" fill="${c}"/>`,
          `<text class="life" x="${x + 9}" y="${y + 3.5}" fill="${c}">${
            esc(cut(words, Math.floor((COL_W - 14) / CHAR_W) + 6))
          }</text>`,
          `</g>`,
        );
      }
    }

    // The gutter: message ids.
    out.push(`<rect class="gutter" x="0" y="${HEAD_H}" width="${GUTTER - 6}" height="${H}"/>`);
    for (let i = first; i < last; i++) {
      const r = rows[i] - base;
      if (rec.kind[r] !== RowKind.Message) continue;
      out.push(`<text class="gid" x="${GUTTER - 12}" y="${yOf(i) + 3.5}">#${rec.id[r]}</text>`);
    }

    // The heads, on top.
    out.push(`<rect class="head-band" x="0" y="0" width="${W}" height="${HEAD_H}"/>`);
    for (let c = c0; c < c1; c++) {
      const pid = this.#cols[c];
      const x = GUTTER + c * COL_W + COL_W / 2 - left;
      const name = rec.nameOf(pid);
      const color = processColor(pid);
      const f = rec.procs.get(pid);
      const gone = f !== undefined && f.exitRow >= 0 &&
        (now === null || (f.exitAt ?? Infinity) <= nowAt);
      out.push(
        `<g class="head${gone ? " gone" : ""}" data-pid="${pid}">`,
        `<rect x="${x - COL_W / 2 + 6}" y="5" width="${COL_W - 12}" height="${
          HEAD_H - 10
        }" rx="6" fill="${processTint(pid)}" stroke="${color}"/>`,
        `<text class="head-name" x="${x}" y="${name ? 21 : 26}" fill="${color}">${
          esc(cut(name === "" ? `<pid ${pid}>` : name, Math.floor((COL_W - 20) / 7)))
        }</text>`,
        name ? `<text class="head-pid" x="${x}" y="32">&lt;pid ${pid}&gt;</text>` : "",
        `</g>`,
      );
    }
    out.push(
      `<rect class="head-band corner" x="0" y="0" width="${GUTTER - 6}" height="${HEAD_H}"/>`,
    );
    if (n === 0) {
      out.push(
        `<text class="empty" x="${W / 2}" y="${HEAD_H + 40}">${
          this.#cols.length === 0 ? "Run a program: its messages appear here" : "no messages match"
        }</text>`,
      );
    }
    return out.join("");
  }

  /** What is under the pointer: a row (global index) or a lifeline head. */
  #hit(e: MouseEvent): { row: number; pid: number | null } {
    const s = this.#scroll;
    const box = s.getBoundingClientRect();
    const x = e.clientX - box.left, y = e.clientY - box.top;
    if (y < HEAD_H) {
      const c = Math.floor((x + s.scrollLeft - GUTTER) / COL_W);
      return { row: -1, pid: c >= 0 && c < this.#cols.length ? this.#cols[c] : null };
    }
    const i = Math.floor((y - HEAD_H + s.scrollTop) / ROW_H);
    return { row: i >= 0 && i < this.#n ? this.#rows[i] : -1, pid: null };
  }

  #hoverAt(e: MouseEvent): void {
    const { row } = this.#hit(e);
    if (row !== this.#hover) {
      this.#hover = row;
      this.invalidate();
    }
    const rec = this.#record();
    const info = row >= 0 ? this.#describe(rec, row) : null;
    if (info === null) {
      this.#tip.hidden = true;
      return;
    }
    this.#tip.replaceChildren(...info);
    this.#tip.hidden = false;
    const rootBox = this.#root.getBoundingClientRect();
    const x = Math.min(e.clientX - rootBox.left + 14, rootBox.width - this.#tip.offsetWidth - 4);
    const y = e.clientY - rootBox.top + 16;
    this.#tip.style.left = `${Math.max(4, x)}px`;
    this.#tip.style.top = `${y}px`;
  }

  /** The tooltip of a row: the message and the one it answers, or the spawn or exit. */
  #describe(rec: RunRecord, g: number): HTMLElement[] | null {
    const v = rec.rowAt(g);
    if (v === null) return null;
    const line = (cls: string, text: string) => {
      const d = document.createElement("div");
      d.className = cls;
      d.textContent = text;
      return d;
    };
    if (v.kind === RowKind.Message) {
      const parts = [
        line("tip-head", `#${v.id} · ${rec.label(v.pid)} → ${rec.label(v.other)}`),
        line("tip-msg", v.text),
        line(
          "tip-when",
          `sent at ${fmt(v.at)} reductions · ` +
            (Number.isNaN(v.received)
              ? "not received"
              : `received at ${fmt(v.received)} (${fmt(v.received - v.at)} later)`),
        ),
      ];
      if (v.cause >= 0) {
        const c = rec.rowAt(rec.rowOfMessage(v.cause));
        parts.push(
          line("tip-sub", `in answer to #${v.cause}`),
          c === null
            ? line("tip-when", "(no longer kept)")
            : line("tip-msg cause", `${rec.label(c.pid)} → ${rec.label(c.other)}: ${c.text}`),
        );
      }
      return parts;
    }
    if (v.kind === RowKind.Spawn) {
      return [
        line(
          "tip-head",
          `${rec.label(v.pid)} <pid ${v.pid}> spawned` +
            (v.other >= 0 ? ` by ${rec.label(v.other)}` : ""),
        ),
        line("tip-when", `at ${fmt(v.at)} reductions`),
      ];
    }
    return [
      line("tip-head", `${rec.label(v.pid)} <pid ${v.pid}> ${v.how}`),
      ...(v.text ? [line("tip-msg", v.text)] : []),
      line("tip-when", `at ${fmt(v.at)} reductions`),
    ];
  }
}

function arrowHead(x: number, y: number, dir: number, color: string): string {
  return `<path d="M${x},${y} l${-dir * 7},-3.6 v7.2 z" fill="${color}"/>`;
}

const fmt = (n: number) => n.toLocaleString("en-US");

/** A test for a filter pattern: `/regex/flags`, else case-insensitive text; null if bad. */
export function patternTest(p: string): ((s: string) => boolean) | null {
  if (p === "") return null;
  const m = /^\/(.+)\/([a-z]*)$/.exec(p);
  if (m) {
    try {
      const re = new RegExp(m[1], m[2].replace("g", ""));
      return (s) => re.test(s);
    } catch {
      return null;
    }
  }
  const q = p.toLowerCase();
  return (s) => s.toLowerCase().includes(q);
}
