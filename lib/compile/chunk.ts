/**
 * Compiled code: a {@linkcode Chunk} of instructions per function, the
 * {@linkcode FnProto} that describes a function (name, docstring, clauses,
 * what its closures capture), and the {@linkcode Globals} of a module (its
 * toplevel bindings, by slot), which its functions read and write.
 *
 * Positions: every code word (opcode and operands alike) has the span of the
 * source text it came from in `starts`/`ends`, so `positionAt(chunk, ip)` answers
 * for any instruction pointer, as Lua's `lineinfo` and clox's `lines[]` do.
 *
 * @module
 */

import type { Source, Span } from "../errors/source.ts";
import type { Value } from "../values/values.ts";
import { numericCode, OP, OPCODES } from "./opcodes.ts";

/** One function's instructions, constants and source positions. */
export class Chunk {
  /** Opcodes and operands. */
  readonly code: Int32Array;
  /** Constants referred to by `k` operands. */
  readonly consts: Value[];
  /** The source the code came from. */
  readonly source: Source;
  #starts: Int32Array | null;
  #ends: Int32Array | null;
  #decode: (() => [number[], number[]]) | null;

  /**
   * Make a chunk. Spans are given as arrays (one start and end per code word),
   * or as a function that produces them when first needed (a prelude image).
   */
  constructor(
    code: number[],
    consts: Value[],
    starts: number[] | (() => [number[], number[]]),
    ends: number[],
    source: Source,
  ) {
    this.code = Int32Array.from(code);
    this.consts = consts;
    if (typeof starts === "function") {
      this.#starts = null;
      this.#ends = null;
      this.#decode = starts;
    } else {
      this.#starts = Int32Array.from(starts);
      this.#ends = Int32Array.from(ends);
      this.#decode = null;
    }
    this.source = source;
  }

  #spans(): void {
    const [s, e] = this.#decode!();
    this.#starts = Int32Array.from(s);
    this.#ends = Int32Array.from(e);
    this.#decode = null;
  }

  /** Span start of each code word. */
  get starts(): Int32Array {
    if (this.#starts === null) this.#spans();
    return this.#starts!;
  }

  /** Span end of each code word. */
  get ends(): Int32Array {
    if (this.#ends === null) this.#spans();
    return this.#ends!;
  }

  /** The span of the instruction containing code word `ip`. */
  spanAt(ip: number): Span {
    const i = Math.max(0, Math.min(ip, this.code.length - 1));
    return { start: this.starts[i] ?? 0, end: this.ends[i] ?? 0 };
  }

  /** The 1-based line and column of code word `ip`. */
  positionAt(ip: number): { line: number; column: number } {
    return this.source.position(this.spanAt(ip).start);
  }
}

const ARITY_EQ_OPERANDS = OPCODES[OP.ARITY_EQ].operands.length;

/** Where a captured value comes from when a closure is made. */
export const enum CaptureFrom {
  /** A slot of the enclosing frame. */
  Local = 0,
  /** A capture of the enclosing closure. */
  Capture = 1,
}

/** A compiled function: everything its closures share. */
export class FnProto {
  /** Its name, or null for a lambda. */
  readonly name: string | null;
  /** Its docstring, if any. */
  readonly doc: string | null;
  /** The source text of each clause's parameters (and its guard, after ` if `), for `doc!` and errors. */
  readonly clauses: string[];
  /** Its code (set once compiled). */
  chunk: Chunk;
  /** Pairs (from, index) telling CLOSURE what to capture. */
  readonly captures: number[];
  /** True for functions defined in the prelude (hidden from user stack traces). */
  readonly isPrelude: boolean;
  /** The span of the whole `fn` (or script). */
  readonly span: Span;
  /**
   * For a function whose first instruction is `ARITY_EQ n`: n, and the call
   * sequence, having checked the count itself, starts at `entry` (past it).
   * -1 for any other function.
   */
  arity: number = -1;
  /** Where a call with `arity` arguments starts (see {@linkcode FnProto.arity}). */
  entry: number = 0;
  /**
   * For the prelude's arithmetic and comparisons (`add`, `inc`, `lt?` …): which
   * one (its {@linkcode numericCode}, from the table NUMERIC of opcodes.ts), so
   * that a call of it as a value, as in `fold (add, xs, 0)`, on plain numbers is
   * done inline as when it is called by name. 0 for every other function.
   */
  readonly numeric: number;

  /** Make a prototype. */
  constructor(
    name: string | null,
    doc: string | null,
    clauses: string[],
    chunk: Chunk,
    captures: number[],
    isPrelude: boolean,
    span: Span,
  ) {
    this.name = name;
    this.doc = doc;
    this.clauses = clauses;
    this.chunk = chunk;
    this.captures = captures;
    this.isPrelude = isPrelude;
    this.span = span;
    if (chunk.code[0] === OP.ARITY_EQ) {
      this.arity = chunk.code[1];
      this.entry = 1 + ARITY_EQ_OPERANDS;
    }
    this.numeric = isPrelude && name !== null ? numericCode(name) : 0;
  }
}

/** A module's toplevel bindings, by slot. `undefined` means not bound yet. */
export class Globals {
  /** Slot names, for errors. */
  readonly names: string[];
  /** Slot values. */
  readonly values: (Value | undefined)[];
  /** Name to slot. */
  readonly index: Map<string, number>;
  /** An empty environment. */
  constructor() {
    this.names = [];
    this.values = [];
    this.index = new Map();
  }
  /** The slot of a name, allocating one if needed. */
  slot(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.values.push(undefined);
      this.index.set(name, i);
    }
    return i;
  }
  /** A fresh slot for a name (a rebinding in the REPL shadows the old slot). */
  define(name: string): number {
    const i = this.names.length;
    this.names.push(name);
    this.values.push(undefined);
    this.index.set(name, i);
    return i;
  }
  /** The value bound to a name, or undefined. */
  lookup(name: string): Value | undefined {
    const i = this.index.get(name);
    return i === undefined ? undefined : this.values[i];
  }
}
