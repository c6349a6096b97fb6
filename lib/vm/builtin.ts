/**
 * A host primitive: a Ludus function written in TypeScript. The prelude
 * (`std/prelude.ld`) builds on them; `primitives.ts` has the table.
 *
 * @module
 */

import { freshId, type Keyword, KW, RuntimeValue, type Value } from "../values/values.ts";
import type { Process, Suspend } from "./process.ts";

/**
 * The host side of a built-in: its arguments and the calling process in; a
 * value out, or {@linkcode SUSPEND} after setting the caller's status when it
 * must wait (the VM then returns to the scheduler).
 */
export type BuiltinImpl = (args: Value[], proc: Process) => Value | Suspend;

/** A function implemented in TypeScript (a host primitive). */
export class Builtin extends RuntimeValue {
  /** Its Ludus name. */
  readonly name: string;
  /** Accepted argument counts (empty = any). */
  readonly arities: number[];
  /** The implementation. */
  readonly impl: BuiltinImpl;
  /** Identity for hashing. */
  readonly id: number;
  /** Its docstring. */
  readonly doc: string;
  /** Make a built-in. */
  constructor(name: string, arities: number[], impl: BuiltinImpl, doc = "") {
    super();
    this.name = name;
    this.arities = arities;
    this.impl = impl;
    this.id = freshId();
    this.doc = doc;
  }
  /** `:fn`. */
  typeKeyword(): Keyword {
    return KW.fn;
  }
  /** `fn NAME`. */
  showName(): string {
    return "fn " + this.name;
  }
}
