/// <reference lib="dom" />
/**
 * The console: the lines a program prints, bounded and drawn at most once per
 * animation frame. However fast a program prints, the page keeps the last
 * {@linkcode MAX_CONSOLE_LINES} lines (saying how many it let go), and only
 * the lines in view are in the DOM: a frame draws a few dozen lines whether
 * the console holds ten or ten thousand, so the page always answers a click.
 * Lines are one fixed height each (long ones scroll sideways), which is what
 * lets the view know which lines are in sight without measuring them.
 *
 * Lines that name a place in the program (`editor.ld:3:5`, as every error and
 * report does) are links: a click calls `onPlace` with the line and column.
 *
 * @module
 */

/** Lines the console keeps. */
export const MAX_CONSOLE_LINES = 10_000;

/** The height of one line, in CSS pixels (style.css's `.console .line` agrees). */
const LINE_HEIGHT = 19;
/** Lines drawn above and below the ones in view, so a scroll rarely shows a gap. */
const OVERSCAN = 10;

/** What a place link in the console says. */
export interface Place {
  /** The file the place is in. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

const PLACE = /([\w./<>-]+\.ld):(\d+)(?::(\d+))?/g;

type Kind = "out" | "err" | "note";

/** The console of the page, drawn into `root` (a scrolling element). */
export class ConsoleView {
  readonly #root: HTMLElement;
  readonly #spacer: HTMLElement;
  readonly #window: HTMLElement;
  /** Lines kept, oldest first, and their kinds. */
  #lines: string[] = [];
  #kinds: Kind[] = [];
  /** Lines let go (older than the last MAX_CONSOLE_LINES) since the last clear. */
  #dropped = 0;
  #scheduled = false;
  /** Was the view at the bottom before the newest lines came (then it follows them)? */
  #follow = true;

  constructor(root: HTMLElement, onPlace: (p: Place) => void) {
    this.#root = root;
    this.#spacer = document.createElement("div");
    this.#spacer.className = "console-spacer";
    this.#window = document.createElement("div");
    this.#window.className = "console-window";
    root.replaceChildren(this.#spacer, this.#window);
    root.addEventListener("scroll", () => {
      this.#follow = root.scrollTop + root.clientHeight >= root.scrollHeight - LINE_HEIGHT;
      this.#schedule();
    });
    root.addEventListener("click", (e) => {
      const a = (e.target as HTMLElement).closest("a.place") as HTMLAnchorElement | null;
      if (!a) return;
      e.preventDefault();
      onPlace({
        file: a.dataset.file ?? "",
        line: Number(a.dataset.line),
        column: Number(a.dataset.column ?? 1),
      });
    });
    this.#schedule();
  }

  /** Lines the console keeps now. */
  get lines(): readonly string[] {
    return this.#lines;
  }

  /** Lines let go since the last clear. */
  get dropped(): number {
    return this.#dropped;
  }

  /** Empty it. */
  clear(): void {
    this.#lines = [];
    this.#kinds = [];
    this.#dropped = 0;
    this.#follow = true;
    this.#schedule();
  }

  /** Add lines (`dropped` more were printed before them and never sent). */
  add(lines: readonly string[], kind: Kind = "out", dropped = 0): void {
    this.#dropped += dropped;
    for (const l of lines) {
      this.#lines.push(l);
      this.#kinds.push(kind);
    }
    const over = this.#lines.length - MAX_CONSOLE_LINES;
    if (over > 0) {
      this.#lines = this.#lines.slice(over);
      this.#kinds = this.#kinds.slice(over);
      this.#dropped += over;
    }
    this.#schedule();
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    requestAnimationFrame(() => {
      this.#scheduled = false;
      this.#draw();
    });
  }

  /** Draw the lines in view (the note on dropped lines is line 0 when there is one). */
  #draw(): void {
    const root = this.#root;
    const note = this.#dropped > 0 ? 1 : 0;
    const total = note + this.#lines.length;
    this.#spacer.style.height = `${total * LINE_HEIGHT}px`;
    if (this.#follow) root.scrollTop = root.scrollHeight;
    const first = Math.max(0, Math.floor(root.scrollTop / LINE_HEIGHT) - OVERSCAN);
    const last = Math.min(
      total,
      Math.ceil((root.scrollTop + root.clientHeight) / LINE_HEIGHT) + OVERSCAN,
    );
    const frag = document.createDocumentFragment();
    for (let i = first; i < last; i++) {
      if (i < note) {
        const n = this.#dropped.toLocaleString("en-US");
        frag.append(line(`… ${n} earlier line${this.#dropped === 1 ? "" : "s"} not shown`, "note"));
      } else frag.append(line(this.#lines[i - note], this.#kinds[i - note]));
    }
    this.#window.style.transform = `translateY(${first * LINE_HEIGHT}px)`;
    this.#window.replaceChildren(frag);
    root.dataset.lines = String(this.#lines.length);
    root.dataset.dropped = String(this.#dropped);
    root.classList.toggle("empty", total === 0);
  }
}

/** One console line, its `file.ld:line:column` places made links. */
function line(text: string, kind: Kind): HTMLElement {
  const div = document.createElement("div");
  div.className = `line ${kind}`;
  let at = 0;
  for (const m of text.matchAll(PLACE)) {
    if (m.index! > at) div.append(text.slice(at, m.index));
    const a = document.createElement("a");
    a.className = "place";
    a.href = "#";
    a.textContent = m[0];
    a.dataset.file = m[1];
    a.dataset.line = m[2];
    if (m[3]) a.dataset.column = m[3];
    div.append(a);
    at = m.index! + m[0].length;
  }
  if (at < text.length) div.append(text.slice(at));
  return div;
}
