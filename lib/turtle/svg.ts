/**
 * Turtle drawings as SVG documents.
 *
 * @module
 */

import { DEFAULT_BACKGROUND, type Rgba, type Turtle } from "./turtle.ts";

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
 * Text that is safe inside an XML (and HTML) comment: no `--` anywhere (a
 * space goes between two dashes, so `--->` cannot end the comment early, nor
 * leave a `-` before its end), and no character XML forbids (control
 * characters, lone surrogates: each becomes U+FFFD).
 *
 * @example Usage
 * ```ts
 * import { commentText } from "./svg.ts";
 * console.assert(commentText("a ---> b") === "a - - -> b");
 * ```
 */
export function commentText(text: string): string {
  return text
    // deno-lint-ignore no-control-regex
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|\p{Cs}/gu, "\ufffd")
    .replace(/-(?=-)/g, "- ");
}

/**
 * Render turtles to an SVG document: a viewBox fitted to the drawing, the
 * background, every line in its colour and width, each visible turtle as a
 * small triangle, and the Ludus source as a comment.
 *
 * @example Usage
 * ```ts
 * import { renderSvg } from "./svg.ts";
 * import { Turtle } from "./turtle.ts";
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
    out.push(`<!-- Ludus source:\n${commentText(opts.source)}\n-->`);
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
