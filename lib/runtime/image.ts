/**
 * Prelude images: compiled prelude code as plain JSON-able data, so start-up can
 * skip lexing, parsing, validating and compiling 1,500 lines of Ludus (the
 * single biggest cost of a cold start). An image records a hash of the source
 * text it was made from; the loader uses it only when the hash matches, and a
 * test keeps the checked-in image (`lib/runtime/prelude_image.ts`) in sync.
 *
 * @module
 */

import type { Source } from "../errors/source.ts";
import { Chunk, FnProto } from "../compile/chunk.ts";
import { OPCODES } from "../compile/opcodes.ts";
import {
  EMPTY_DICT,
  EMPTY_LIST,
  EMPTY_SET,
  EMPTY_TUPLE,
  Keyword,
  keyword,
  type Value,
} from "../values/values.ts";
import type { Globals } from "../compile/chunk.ts";
import { Builtin } from "../vm/builtin.ts";

/** A constant in an image. */
export type ConstImage =
  | number
  | string
  | boolean
  | null
  | { k: string }
  | { b: string }
  | { p: number }
  | { g: string }
  | { e: "tuple" | "list" | "dict" | "set" }
  | { ks: string[] }
  | { ss: string[] }
  | { n: string };

/** One compiled function in an image. */
export interface ProtoImage {
  /** Name (null for lambdas and the toplevel). */
  name: string | null;
  /** Docstring. */
  doc: string | null;
  /** Clause parameter texts. */
  clauses: string[];
  /** Code words. */
  code: number[];
  /**
   * Each code word's span in the source: its start, delta-encoded, then its
   * length, as comma-separated numbers, starts and lengths apart by a `;`. A
   * string, not arrays: parsed only when an error needs a position, and read
   * past by JSON.parse at start-up (numbers in JSON are what cost it time).
   */
  spans: string;
  /** Constants. */
  consts: ConstImage[];
  /** Capture spec. */
  captures: number[];
  /** The function's span. */
  span: [number, number];
}

/** One compiled prelude part. */
export interface PartImage {
  /** Part name (`prelude`, `prelude/turtle`). */
  name: string;
  /** The source text it was compiled from (compared whole: faster than hashing it). */
  text: string;
  /** The toplevel's global names, by slot. */
  globals: string[];
  /** Every function; `main` is the toplevel. */
  protos: ProtoImage[];
  /** Index of the toplevel function. */
  main: number;
}

/** A whole image. */
export interface PreludeImage {
  /** Format version. */
  version: number;
  /** The instruction set it was compiled for (see {@linkcode opsFingerprint}). */
  ops: string;
  /** The parts, in load order. */
  parts: PartImage[];
}

/** The names of all instructions, in order: an image from another instruction set is not used. */
export function opsFingerprint(): string {
  return OPCODES.map((o) => o.name).join(",");
}

/** The current image format. */
export const IMAGE_VERSION = 3;

/**
 * Turn a compiled part into image data. `earlier` maps values of earlier parts
 * to their names (so constants that are earlier prelude functions are stored
 * by name).
 */
export function imagePart(
  name: string,
  text: string,
  main: FnProto,
  globals: Globals,
  earlier: Map<Value, string>,
): PartImage {
  const protos: FnProto[] = [];
  const index = new Map<FnProto, number>();
  const visit = (p: FnProto) => {
    if (index.has(p)) return;
    index.set(p, protos.length);
    protos.push(p);
    for (const c of p.chunk.consts) if (c instanceof FnProto) visit(c);
  };
  visit(main);
  const encodeConst = (c: unknown): ConstImage => {
    if (c === null || typeof c === "boolean" || typeof c === "string") return c;
    if (typeof c === "number") return Number.isFinite(c) ? c : { n: String(c) };
    if (c instanceof Keyword) return { k: c.name };
    if (c instanceof Builtin) return { b: c.name };
    if (c instanceof FnProto) return { p: index.get(c)! };
    if (c === EMPTY_TUPLE) return { e: "tuple" };
    if (c === EMPTY_LIST) return { e: "list" };
    if (c === EMPTY_DICT) return { e: "dict" };
    if (c === EMPTY_SET) return { e: "set" };
    if (Array.isArray(c) && c.every((k) => k instanceof Keyword)) {
      return { ks: c.map((k: Keyword) => k.name) };
    }
    if (Array.isArray(c) && c.every((x) => typeof x === "string")) return { ss: c };
    const g = earlier.get(c as Value);
    if (g !== undefined) return { g };
    throw new Error(`prelude image: cannot store the constant ${String(c)}`);
  };
  return {
    name,
    text,
    globals: [...globals.names],
    main: 0,
    protos: protos.map((p) => {
      const starts: number[] = [];
      const lengths: number[] = [];
      let prev = 0;
      for (let i = 0; i < p.chunk.code.length; i++) {
        starts.push(p.chunk.starts[i] - prev);
        prev = p.chunk.starts[i];
        lengths.push(p.chunk.ends[i] - p.chunk.starts[i]);
      }
      return {
        name: p.name,
        doc: p.doc,
        clauses: p.clauses,
        code: [...p.chunk.code],
        spans: `${starts.join(",")};${lengths.join(",")}`,
        consts: p.chunk.consts.map(encodeConst),
        captures: [...p.captures],
        span: [p.span.start, p.span.end],
      };
    }),
  };
}

/**
 * Rebuild a part's toplevel function from image data, filling `globals` with its
 * slot names. `builtins` and `earlier` resolve `{b}` and `{g}` constants.
 */
export function loadPart(
  part: PartImage,
  source: Source,
  globals: Globals,
  builtins: ReadonlyMap<string, Builtin>,
  earlier: ReadonlyMap<string, Value>,
): FnProto {
  for (const name of part.globals) globals.define(name);
  const protos: FnProto[] = part.protos.map((p) => {
    // Decoded when first asked for, from the string alone: the closure must
    // not keep the parsed image (p) alive.
    const text = p.spans;
    const spans = (): [number[], number[]] => {
      const [deltas, lengths] = text.split(";").map((s) =>
        s === "" ? [] : s.split(",").map(Number)
      );
      const starts: number[] = [];
      const ends: number[] = [];
      let at = 0;
      for (let i = 0; i < deltas.length; i++) {
        at += deltas[i];
        starts.push(at);
        ends.push(at + lengths[i]);
      }
      return [starts, ends];
    };
    const chunk = new Chunk(p.code, [], spans, [], source);
    return new FnProto(p.name, p.doc, p.clauses, chunk, p.captures, true, {
      start: p.span[0],
      end: p.span[1],
    });
  });
  part.protos.forEach((p, i) => {
    const consts = protos[i].chunk.consts;
    for (const c of p.consts) consts.push(decodeConst(c, protos, builtins, earlier));
  });
  return protos[part.main];
}

function decodeConst(
  c: ConstImage,
  protos: FnProto[],
  builtins: ReadonlyMap<string, Builtin>,
  earlier: ReadonlyMap<string, Value>,
): Value {
  if (c === null || typeof c !== "object") return c;
  if ("k" in c) return keyword(c.k);
  if ("b" in c) {
    const b = builtins.get(c.b);
    if (!b) throw new Error(`prelude image: no primitive ${c.b}`);
    return b;
  }
  if ("p" in c) return protos[c.p] as unknown as Value;
  if ("g" in c) {
    const v = earlier.get(c.g);
    if (v === undefined) throw new Error(`prelude image: no prelude value ${c.g}`);
    return v;
  }
  if ("e" in c) {
    return c.e === "tuple"
      ? EMPTY_TUPLE
      : c.e === "list"
      ? EMPTY_LIST
      : c.e === "dict"
      ? EMPTY_DICT
      : EMPTY_SET;
  }
  if ("ks" in c) return c.ks.map(keyword) as unknown as Value;
  if ("ss" in c) return c.ss as unknown as Value;
  return Number(c.n);
}
