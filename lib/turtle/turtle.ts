/**
 * Turtle graphics: per-process turtles that record commands in the 2024 Ludus
 * protocol (`[verb, ...args]`, heading 0 is up, angles in turns, origin at the
 * centre). `svg.ts` draws them.
 *
 * Every process that draws gets its own turtle, starting at home, so a drawing
 * made by several processes shows all of them. The state lives here (the host);
 * the prelude's `forward!`, `pencolor!` … check their arguments in Ludus and call
 * the primitives `base :turtle!` and `base :turtle_state` (`vm/primitives.ts`).
 *
 * @module
 */

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
