/**
 * Ludus functions as the VM runs them: a {@linkcode Closure} (compiled code and
 * what it captured), a {@linkcode Partial} (`f (1, _)`), and the
 * {@linkcode Cell} a closure captures a name in before the name is bound.
 * Host primitives are {@linkcode Builtin}s (`builtin.ts`).
 *
 * @module
 */

import type { FnProto, Globals } from "../compile/chunk.ts";
import { freshId, Keyword, KW, RuntimeValue, type Value } from "../values/values.ts";

/** A Ludus function value: compiled code plus captured values. */
export class Closure extends RuntimeValue {
  /** The compiled function. */
  readonly proto: FnProto;
  /** Captured values (or cells), in the order the proto lists them. */
  readonly captures: Value[];
  /** The toplevel environment of the module it was defined in. */
  readonly globals: Globals;
  /** Identity for hashing. */
  readonly id: number;
  /** Make a closure. */
  constructor(proto: FnProto, captures: Value[], globals: Globals) {
    super();
    this.proto = proto;
    this.captures = captures;
    this.globals = globals;
    this.id = freshId();
  }
  /** `:fn`. */
  typeKeyword(): Keyword {
    return KW.fn;
  }
  /** `fn NAME` (`fn anonymous` for a lambda). */
  showName(): string {
    return "fn " + (this.proto.name ?? "anonymous");
  }
}

/** A partially applied function `f (1, _)`: calling it fills the hole. */
export class Partial extends RuntimeValue {
  /** The function being applied. */
  readonly fn: Value;
  /** The arguments, with a placeholder at `hole` filled on call. */
  readonly args: Value[];
  /** Index of the placeholder. */
  readonly hole: number;
  /** Identity for hashing. */
  readonly id: number;
  /** Make a partial. */
  constructor(fn: Value, args: Value[], hole: number) {
    super();
    this.fn = fn;
    this.args = args;
    this.hole = hole;
    this.id = freshId();
  }
  /** `:fn`. */
  typeKeyword(): Keyword {
    return KW.fn;
  }
  /** `fn NAME` of the function it applies. */
  showName(): string {
    return "fn " + fnName(this.fn);
  }
}

/**
 * The name a function shows with: a closure's, a built-in's, or for a partial
 * the name of the function it applies; `anonymous` for a lambda.
 *
 * @example Usage
 * ```ts
 * import { fnName, Partial } from "./callables.ts";
 * console.assert(fnName(new Partial(null, [null, 1], 0)) === "anonymous");
 * ```
 */
export function fnName(f: Value): string {
  if (f instanceof Closure) return f.proto.name ?? "anonymous";
  if (f instanceof Partial) return fnName(f.fn);
  // A built-in (builtin.ts) shows as `fn NAME`.
  if (f instanceof RuntimeValue && f.typeKeyword() === KW.fn) return f.showName().slice(3);
  return "anonymous";
}

/** Can this value be called: a function (closure, partial, built-in) or a keyword? */
export function isCallable(f: Value): boolean {
  return f instanceof Closure || f instanceof Keyword ||
    (f instanceof RuntimeValue && f.typeKeyword() === KW.fn);
}

/** A mutable cell for a name captured before it is bound (internal, not a value). */
export class Cell {
  /** The value, or undefined until bound. */
  value: Value | undefined;
  /** The bound name (for the "not bound yet" error). */
  readonly name: string;
  /** An empty cell. */
  constructor(name: string) {
    this.value = undefined;
    this.name = name;
  }
}
