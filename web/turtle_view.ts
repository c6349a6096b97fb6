/// <reference lib="dom" />
/**
 * The turtle panel: a fixed world with the origin at the centre and a visible
 * scale, so a 10-step square looks small and a 300-step one large, as on the
 * Ludus page. Every process that draws has its own turtle (the same state
 * machine the command uses, `lib/turtle/turtle.ts`); commands arrive in
 * batches while the program runs and the drawing grows with them, a frame at a
 * time. It downloads as SVG (what `cli.ts --svg` writes) and as PNG.
 *
 * @module
 */

import { renderSvg } from "../lib/turtle/svg.ts";
import { DEFAULT_BACKGROUND, type Rgba, Turtle, type TurtleCommand } from "../lib/turtle/turtle.ts";

/** Half the width of the world shown: from -WORLD to WORLD turtle steps across and up. */
export const WORLD = 300;
/** The scale's marks, every this many steps. */
const TICK = 50;
/** The turtle's size, in steps. */
const TURTLE_SIZE = 12;

const SVG_NS = "http://www.w3.org/2000/svg";

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

const rgb = (c: Rgba) => `rgb(${c[0]},${c[1]},${c[2]})`;

/** The turtle panel, drawn into `root`. */
export class TurtleView {
  readonly #root: HTMLElement;
  readonly #svg: SVGSVGElement;
  readonly #bg: SVGElement;
  readonly #scale: SVGElement;
  readonly #lines: SVGElement;
  readonly #heads: SVGElement;
  /** Each process's turtle, by pid, in the order they first drew. */
  #turtles = new Map<number, Turtle>();
  /** How many of each turtle's segments are drawn. */
  #drawn = new Map<number, number>();
  #pending: [number, TurtleCommand][] = [];
  #scheduled = false;
  #source = "";

  constructor(root: HTMLElement) {
    this.#root = root;
    const s = svgEl("svg", {
      viewBox: `${-WORLD} ${-WORLD} ${2 * WORLD} ${2 * WORLD}`,
      role: "img",
      "aria-label": "the turtle's drawing",
    }) as SVGSVGElement;
    this.#svg = s;
    this.#bg = svgEl("rect", {
      x: -WORLD,
      y: -WORLD,
      width: 2 * WORLD,
      height: 2 * WORLD,
      fill: rgb(DEFAULT_BACKGROUND),
    });
    this.#scale = this.#scaleMarks();
    this.#lines = svgEl("g", { "stroke-linecap": "round", class: "lines" });
    this.#heads = svgEl("g", { class: "turtles" });
    s.append(this.#bg, this.#scale, this.#lines, this.#heads);
    root.replaceChildren(s);
    this.#drawHeads();
  }

  /** The axes through the origin and a mark every TICK steps, labelled every 100. */
  #scaleMarks(): SVGElement {
    const g = svgEl("g", { class: "scale", stroke: "currentColor", "stroke-width": 0.5 });
    g.append(svgEl("line", { x1: -WORLD, y1: 0, x2: WORLD, y2: 0 }));
    g.append(svgEl("line", { x1: 0, y1: -WORLD, x2: 0, y2: WORLD }));
    for (let v = -WORLD + TICK; v < WORLD; v += TICK) {
      if (v === 0) continue;
      g.append(svgEl("line", { x1: v, y1: -3, x2: v, y2: 3 }));
      g.append(svgEl("line", { x1: -3, y1: v, x2: 3, y2: v }));
      if (v % 100 === 0) {
        const x = svgEl("text", { x: v, y: 14, "text-anchor": "middle" });
        x.textContent = String(v);
        const y = svgEl("text", { x: 6, y: -v + 4 });
        y.textContent = String(v);
        g.append(x, y);
      }
    }
    return g;
  }

  /** Start over for a new run of `source`. */
  reset(source: string): void {
    this.#turtles = new Map();
    this.#drawn = new Map();
    this.#pending = [];
    this.#source = source;
    this.#lines.replaceChildren();
    this.#bg.setAttribute("fill", rgb(DEFAULT_BACKGROUND));
    this.#drawHeads();
    this.#root.dataset.segments = "0";
  }

  /** Turtle commands, each with the number of the process whose turtle carried it out. */
  add(commands: readonly [number, TurtleCommand][]): void {
    for (const c of commands) this.#pending.push(c);
    if (this.#scheduled) return;
    this.#scheduled = true;
    requestAnimationFrame(() => {
      this.#scheduled = false;
      this.#apply();
    });
  }

  #apply(): void {
    for (const [pid, cmd] of this.#pending) {
      let t = this.#turtles.get(pid);
      if (t === undefined) {
        t = new Turtle(pid);
        this.#turtles.set(pid, t);
      }
      t.apply(cmd);
      if (cmd[0] === "clear") {
        // Its lines go: redraw every turtle's from the start.
        this.#lines.replaceChildren();
        this.#drawn = new Map();
      }
    }
    this.#pending = [];
    let bg: Rgba = DEFAULT_BACKGROUND;
    let segments = 0;
    const frag = document.createDocumentFragment();
    for (const [pid, t] of this.#turtles) {
      if (t.background) bg = t.background;
      const from = this.#drawn.get(pid) ?? 0;
      for (let i = from; i < t.segments.length; i++) {
        const s = t.segments[i];
        const attrs: Record<string, string | number> = {
          x1: s.x1,
          y1: -s.y1,
          x2: s.x2,
          y2: -s.y2,
          stroke: rgb(s.color),
          "stroke-width": s.width,
        };
        if (s.color[3] < 255) attrs["stroke-opacity"] = Math.round((s.color[3] / 255) * 100) / 100;
        frag.append(svgEl("line", attrs));
      }
      this.#drawn.set(pid, t.segments.length);
      segments += t.segments.length;
    }
    this.#lines.append(frag);
    this.#bg.setAttribute("fill", rgb(bg));
    this.#root.dataset.segments = String(segments);
    this.#drawHeads();
  }

  /** Each visible turtle as a triangle along its heading (a turtle at home before anything draws). */
  #drawHeads(): void {
    const heads: SVGElement[] = [];
    const turtles = this.#turtles.size > 0 ? [...this.#turtles.values()] : [new Turtle(0)];
    let bg: Rgba = DEFAULT_BACKGROUND;
    for (const t of turtles) if (t.background) bg = t.background;
    const lum = 0.299 * bg[0] + 0.587 * bg[1] + 0.114 * bg[2];
    const edge = lum > 128 ? "rgb(0,0,0)" : "rgb(255,255,255)";
    for (const t of turtles) {
      if (!t.visible) continue;
      const a = t.heading * 2 * Math.PI;
      const pt = (ang: number, r: number) =>
        `${t.x + r * Math.sin(ang)},${-(t.y + r * Math.cos(ang))}`;
      heads.push(svgEl("polygon", {
        class: "turtle",
        points: `${pt(a, TURTLE_SIZE)} ${pt(a + 2.5, TURTLE_SIZE * 0.7)} ${
          pt(a - 2.5, TURTLE_SIZE * 0.7)
        }`,
        fill: t.color[3] > 0 ? rgb(t.color) : edge,
        stroke: edge,
        "stroke-width": 1,
      }));
    }
    this.#heads.replaceChildren(...heads);
    this.#scale.setAttribute("color", lum > 128 ? "rgba(0,0,0,0.5)" : "rgba(255,255,255,0.55)");
  }

  /**
   * A point of the page (a pointer event's `clientX`, `clientY`) in turtle
   * coordinates, `y` up as the turtle has it; null when the drawing is not laid out.
   */
  worldPoint(clientX: number, clientY: number): { x: number; y: number } | null {
    const m = this.#svg.getScreenCTM();
    if (m === null) return null;
    const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
    const round = (v: number) => Math.round(v * 100) / 100;
    return { x: round(p.x), y: round(-p.y) };
  }

  /** The drawing as an SVG document, fitted to what was drawn, the program embedded. */
  svgText(): string {
    return renderSvg([...this.#turtles.values()], { source: this.#source });
  }

  /** The drawing as a PNG (the fitted SVG, rasterised at twice its size). */
  async pngBlob(): Promise<Blob> {
    const text = this.svgText();
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    try {
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.ceil(img.naturalWidth * 2));
      canvas.height = Math.max(1, Math.ceil(img.naturalHeight * 2));
      canvas.getContext("2d")!.drawImage(img, 0, 0, canvas.width, canvas.height);
      return await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => b ? resolve(b) : reject(new Error("no PNG")), "image/png")
      );
    } finally {
      URL.revokeObjectURL(url);
    }
  }
}
