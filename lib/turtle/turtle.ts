/**
 * Turtle graphics: per-process turtles that record commands in the 2024 Ludus
 * protocol (`[verb, ...args]`, heading 0 is up, angles in turns, origin at the
 * centre), and a renderer from those commands to SVG.
 *
 * Every process that draws gets its own turtle, starting at home, so a drawing
 * made by several processes shows all of them. The state lives here (the host);
 * the prelude's `forward!`, `pencolor!` … check their arguments in Ludus and call
 * the primitives `base :turtle!` and `base :turtle_state`.
 *
 * @module
 */

import { Builtin, dictOf, keyword, KW, PVector, Tuple } from "../values/values.ts";
import { panic } from "../vm/vm.ts";

/** One recorded command: a verb and atomic arguments. */
export type TurtleCommand = (string | number)[];

/** An RGBA colour, 0-255 each. */
export type Rgba = [number, number, number, number];

/** A drawn segment. */
export interface Segment {
  /** Start x, in turtle coordinates. */
  x1: number;
  /** Start y (turtle coordinates grow upwards). */
  y1: number;
  /** End x. */
  x2: number;
  /** End y. */
  y2: number;
  /** Pen colour when drawn. */
  color: Rgba;
  /** Pen width when drawn. */
  width: number;
}

/** The default pen colour: white, on the default black background. */
export const DEFAULT_PEN: Rgba = [255, 255, 255, 255];
/** The default background: black. */
export const DEFAULT_BACKGROUND: Rgba = [0, 0, 0, 255];

/** A turtle: its state and everything it has been told. */
export class Turtle {
  /** The number of the process that owns it. */
  readonly pid: number;
  /** Position. */
  x = 0;
  /** Position (y grows upwards). */
  y = 0;
  /** Heading in turns, 0 = up, clockwise. */
  heading = 0;
  /** Is the pen down? */
  pendown = true;
  /** Pen colour. */
  color: Rgba = [...DEFAULT_PEN];
  /** Pen width. */
  width = 1;
  /** Is the turtle drawn? */
  visible = true;
  /** The background colour it last set, if any. */
  background: Rgba | null = null;
  /** Every command, in order (the protocol record). */
  readonly commands: TurtleCommand[] = [];
  /** The lines it has drawn (cleared by `clear`). */
  segments: Segment[] = [];

  /** A turtle at home for process `pid`. */
  constructor(pid: number) {
    this.pid = pid;
  }

  /** Record a command and update the state. Returns an error message or null. */
  apply(cmd: TurtleCommand): string | null {
    const [verb, ...args] = cmd;
    const n = args.map(Number);
    switch (verb) {
      case "forward":
      case "back": {
        const d = verb === "forward" ? n[0] : -n[0];
        this.moveTo(
          snap(this.x + d * sinTurns(this.heading)),
          snap(this.y + d * cosTurns(this.heading)),
        );
        break;
      }
      case "right":
        this.heading = snap(normalTurns(this.heading + n[0]));
        break;
      case "left":
        this.heading = snap(normalTurns(this.heading - n[0]));
        break;
      case "penup":
        this.pendown = false;
        break;
      case "pendown":
        this.pendown = true;
        break;
      case "pencolor":
        this.color = [n[0], n[1], n[2], n[3] ?? 255];
        break;
      case "penwidth":
        this.width = n[0];
        break;
      case "home":
        this.moveTo(0, 0);
        this.heading = 0;
        break;
      case "goto":
        this.moveTo(n[0], n[1]);
        break;
      case "clear":
        this.segments = [];
        this.x = 0;
        this.y = 0;
        this.heading = 0;
        break;
      case "background":
        this.background = [n[0], n[1], n[2], n[3] ?? 255];
        break;
      case "hideturtle":
        this.visible = false;
        break;
      case "showturtle":
        this.visible = true;
        break;
      default:
        return `unknown turtle command \`${verb}\``;
    }
    this.commands.push(cmd);
    return null;
  }

  /** Move to a point, drawing a segment if the pen is down. */
  moveTo(x: number, y: number): void {
    if (this.pendown && (x !== this.x || y !== this.y)) {
      this.segments.push({
        x1: this.x,
        y1: this.y,
        x2: x,
        y2: y,
        color: [...this.color] as Rgba,
        width: this.width,
      });
    }
    this.x = x;
    this.y = y;
  }
}

/** sin of an angle in turns, exact at multiples of a quarter turn. */
export function sinTurns(t: number): number {
  const q = t * 4;
  if (Number.isInteger(q)) return [0, 1, 0, -1][((q % 4) + 4) % 4];
  return Math.sin(t * 2 * Math.PI);
}

/** cos of an angle in turns, exact at multiples of a quarter turn. */
export function cosTurns(t: number): number {
  return sinTurns(t + 0.25);
}

/** Drop floating-point dust (positions are kept to 1e-9). */
function snap(n: number): number {
  const r = Math.round(n * 1e9) / 1e9;
  return Object.is(r, -0) ? 0 : r;
}

function normalTurns(t: number): number {
  const r = t % 1;
  return r < 0 ? r + 1 : r;
}

function round(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

function rgb(c: Rgba): string {
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

function opacity(c: Rgba): string {
  return c[3] >= 255 ? "" : ` stroke-opacity="${round(c[3] / 255)}"`;
}

/** A colour that stands out against a background (for drawing the turtle). */
function contrast(bg: Rgba): Rgba {
  const lum = 0.299 * bg[0] + 0.587 * bg[1] + 0.114 * bg[2];
  return lum > 128 ? [0, 0, 0, 255] : [255, 255, 255, 255];
}

/** Options for {@linkcode renderSvg}. */
export interface SvgOptions {
  /** The Ludus source, embedded as a comment. */
  source?: string;
  /** A margin around the drawing, in turtle steps (default 20). */
  margin?: number;
}

const TURTLE_SIZE = 12;

/**
 * Render turtles to an SVG document: a viewBox fitted to the drawing, the
 * background, every line in its colour and width, each visible turtle as a
 * small triangle, and the Ludus source as a comment.
 *
 * @example Usage
 * ```ts
 * import { renderSvg, Turtle } from "./turtle.ts";
 * const t = new Turtle(1);
 * t.apply(["forward", 100]);
 * console.assert(renderSvg([t]).includes("<line"));
 * ```
 */
export function renderSvg(turtles: readonly Turtle[], opts: SvgOptions = {}): string {
  const margin = opts.margin ?? 20;
  let bg: Rgba = DEFAULT_BACKGROUND;
  for (const t of turtles) if (t.background) bg = t.background;
  let minX = 0, maxX = 0, minY = 0, maxY = 0;
  const grow = (x: number, y: number, r = 0) => {
    minX = Math.min(minX, x - r);
    maxX = Math.max(maxX, x + r);
    minY = Math.min(minY, y - r);
    maxY = Math.max(maxY, y + r);
  };
  for (const t of turtles) {
    for (const s of t.segments) {
      grow(s.x1, s.y1, s.width / 2);
      grow(s.x2, s.y2, s.width / 2);
    }
    if (t.visible) grow(t.x, t.y, TURTLE_SIZE);
  }
  minX -= margin;
  minY -= margin;
  maxX += margin;
  maxY += margin;
  const w = maxX - minX, h = maxY - minY;
  // SVG's y grows downwards: flip y, so the viewBox top is -maxY.
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${round(minX)} ${round(-maxY)} ${round(w)} ${
      round(h)
    }" width="${round(w)}" height="${round(h)}">`,
  );
  if (opts.source !== undefined) {
    out.push(`<!-- Ludus source:\n${opts.source.replace(/--/g, "- -")}\n-->`);
  }
  out.push(
    `<rect x="${round(minX)}" y="${round(-maxY)}" width="${round(w)}" height="${round(h)}" fill="${
      rgb(bg)
    }"/>`,
  );
  for (const t of turtles) {
    if (t.segments.length > 0) {
      out.push(`<g stroke-linecap="round" data-turtle="${t.pid}">`);
      for (const s of t.segments) {
        out.push(
          `<line x1="${round(s.x1)}" y1="${round(-s.y1)}" x2="${round(s.x2)}" y2="${
            round(-s.y2)
          }" stroke="${rgb(s.color)}"${opacity(s.color)} stroke-width="${round(s.width)}"/>`,
        );
      }
      out.push(`</g>`);
    }
  }
  const tc = contrast(bg);
  for (const t of turtles) {
    if (!t.visible) continue;
    // A triangle pointing along the heading.
    const a = t.heading * 2 * Math.PI;
    const pt = (ang: number, r: number) =>
      `${round(t.x + r * Math.sin(ang))},${round(-(t.y + r * Math.cos(ang)))}`;
    out.push(
      `<polygon class="turtle" points="${pt(a, TURTLE_SIZE)} ${pt(a + 2.5, TURTLE_SIZE * 0.7)} ${
        pt(a - 2.5, TURTLE_SIZE * 0.7)
      }" fill="${rgb(t.color[3] > 0 ? t.color : tc)}" stroke="${rgb(tc)}" stroke-width="1"/>`,
    );
  }
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}

/**
 * The turtle primitives for the prelude's `base`: `turtle! (verb, args)` records a
 * command for the calling process's turtle; `turtle_state ()` returns its state.
 */
export function turtlePrimitives(): Map<string, Builtin> {
  const t = new Map<string, Builtin>();
  t.set(
    "turtle!",
    new Builtin("turtle!", [2], ([verb, args], ctx) => {
      const items = args instanceof PVector ? args.toArray() : [];
      const cmd: TurtleCommand = [String(verb)];
      for (const a of items) {
        if (typeof a !== "number" && typeof a !== "string") {
          panic(`turtle commands take numbers, but \`${verb}\` got ${String(a)}`);
        }
        if (typeof a === "number" && !Number.isFinite(a)) {
          panic(`the turtle cannot use ${a} (\`${verb}\` needs a finite number)`);
        }
        cmd.push(a);
      }
      const turtle: Turtle = ctx.sched.turtleOf(ctx);
      const problem = turtle.apply(cmd);
      if (problem) panic(problem);
      ctx.sched.host.turtle?.(ctx, cmd);
      return KW.ok;
    }),
  );
  t.set(
    "turtle_state",
    new Builtin("turtle_state", [0], (_, ctx) => {
      const turtle: Turtle = ctx.sched.turtleOf(ctx);
      return dictOf([
        [keyword("position"), new Tuple([turtle.x, turtle.y])],
        [keyword("heading"), turtle.heading],
        [keyword("pendown?"), turtle.pendown],
        [keyword("pencolor"), new Tuple([...turtle.color])],
        [keyword("penwidth"), turtle.width],
        [keyword("visible?"), turtle.visible],
      ]);
    }),
  );
  return t;
}
