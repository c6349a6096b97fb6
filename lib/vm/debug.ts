/**
 * Errors and stacks, apart from the dispatch loop (as Lua keeps `ldebug` beside
 * `lvm`): where in user code a process is, its Ludus call stack, the
 * LudusError for a panic, the panics the VM and the primitives raise, and the
 * trace event of a call.
 *
 * Nothing here runs on the VM's fast paths: these are called when something
 * went wrong, when a process is spawned (its spawn site) or observed, or when
 * a tracer watches.
 *
 * @module
 */

import type { Chunk, FnProto } from "../compile/chunk.ts";
import { internalError, LudusError, Panic, type StackEntry } from "../errors/errors.ts";
import { LIMITS } from "../limits.ts";
import { show } from "../values/show.ts";
import { keyword, Tuple, typeOf, type Value } from "../values/values.ts";
import type { Cell, Closure } from "./callables.ts";
import type { Process } from "./process.ts";

export { Panic };

const KW_CALL = keyword("call");

/** Throw a panic from a built-in (with a hint for the learner, if there is one). */
export function panic(message: string, hint: string | null = null): never {
  throw new Panic(message, "panic", false, hint);
}

/** A short printed form for messages (long values are cut). */
export function brief(v: Value, max = 120): string {
  return show(v, { truncate: max });
}

/** A value with its type, for messages: `5 (a :number)`. */
export function described(v: Value): string {
  return `${brief(v)} (a :${typeOf(v).name})`;
}

/** The error for a string over the size limit. */
export function stringLimit(): Panic {
  return new Panic(
    `this string would be longer than ${LIMITS.maxStringLength} characters (the string size limit)`,
    "limit",
  );
}

/** The error for a collection over the size limit. */
export function collectionLimit(): Panic {
  return new Panic(
    `this collection would have more than ${LIMITS.maxCollectionSize} elements (the collection size limit)`,
    "limit",
  );
}

/** The panic for a name read before the line that binds it has run. */
export function notBoundYet(c: Cell): Panic {
  return new Panic(
    `\`${c.name}\` is not bound yet: it is used before the line that binds it has run`,
  );
}

/** `1 or 2 arguments`, for a built-in's arity panic. */
export function arityWords(arities: number[]): string {
  const words = arities.map(String);
  const last = words.pop()!;
  const list = words.length > 0 ? `${words.join(", ")} or ${last}` : last;
  return `${list} argument${last === "1" && words.length === 0 ? "" : "s"}`;
}

/** A position in compiled code. */
export interface Site {
  /** The function. */
  proto: FnProto;
  /** The code of the function. */
  chunk: Chunk;
  /** The instruction. */
  ip: number;
}

/**
 * Where the innermost place in user code is, without allocating: the index i of
 * a user frame (its function and `ip - 1`), or `-2 - i` when it is the tail call
 * recorded in frame i (its `tailProto` and `tailIp`), or -1 when there is none.
 */
function userSiteFrame(proc: Process, skipTop: boolean): number {
  for (let i = proc.fp - 1; i >= 0; i--) {
    const f = proc.frames[i];
    if (!(skipTop && i === proc.fp - 1) && !f.closure.proto.isPrelude) return i;
    if (f.tailProto) return -2 - i;
  }
  return -1;
}

/** The innermost place in user (non-prelude) code that led to the current point. */
export function userSite(proc: Process, skipTop: boolean): Site | null {
  const i = userSiteFrame(proc, skipTop);
  if (i === -1) return null;
  if (i >= 0) {
    const f = proc.frames[i];
    const proto = f.closure.proto;
    return { proto, chunk: proto.chunk, ip: Math.max(0, f.ip - 1) };
  }
  const f = proc.frames[-2 - i];
  return { proto: f.tailProto!, chunk: f.tailProto!.chunk, ip: f.tailIp };
}

/**
 * Record in `child` where `parent` spawned it: the place {@link userSite} finds,
 * written straight into the record (spawning allocates no site object).
 */
export function recordSpawnSite(child: Process, parent: Process): void {
  const i = userSiteFrame(parent, false);
  if (i >= 0) {
    const f = parent.frames[i];
    child.spawnProto = f.closure.proto;
    child.spawnIp = f.ip > 0 ? f.ip - 1 : 0;
  } else if (i !== -1) {
    const f = parent.frames[-2 - i];
    child.spawnProto = f.tailProto;
    child.spawnIp = f.tailIp;
  }
}

/** The name a frame's function shows in a stack. */
export function frameName(proto: FnProto): string {
  if (proto.name) return proto.name;
  return proto.clauses.length === 0 ? "toplevel" : "fn anonymous";
}

/**
 * The Ludus call stack of a process, innermost first: user frames with their
 * positions, prelude frames by name, and where tail calls replaced frames.
 */
export function ludusStack(proc: Process): StackEntry[] {
  const out: StackEntry[] = [];
  for (let i = proc.fp - 1; i >= 0; i--) {
    const f = proc.frames[i];
    const proto = f.closure.proto;
    const pos = proto.chunk.positionAt(Math.max(0, f.ip - 1));
    const entry: StackEntry = {
      fn: frameName(proto),
      file: proto.chunk.source.name,
      line: pos.line,
      column: pos.column,
    };
    const notes: string[] = [];
    if (proto.isPrelude) notes.push("in the prelude");
    if (f.tailCalls > 0) {
      notes.push(
        `${
          f.tailCalls === 1 ? "a tail call" : `${f.tailCalls.toLocaleString("en-US")} tail calls`
        } replaced frames here`,
      );
    }
    if (notes.length > 0) entry.note = notes.join("; ");
    out.push(entry);
  }
  return out;
}

/**
 * The error a process would raise for a panic at its current point (used when
 * something outside the VM makes a process fail, such as a failed import).
 */
export function errorIn(
  proc: Process,
  message: string,
  kind: "panic" | "import" | "limit",
): LudusError {
  return toLudusError(proc, new Panic(message, kind));
}

/**
 * The LudusError for what a slice of `proc` threw: a {@linkcode Panic} placed
 * at the innermost user code with the Ludus stack, a host limit (the JS stack,
 * a string too long for V8) as a limit error, anything else as an internal
 * error (a bug in Ludus; its JS stack kept for maintainers, never printed).
 */
export function toLudusError(proc: Process, e: unknown): LudusError {
  if (e instanceof LudusError) {
    e.pid ??= proc.id;
    return e;
  }
  if (!(e instanceof Panic)) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      e = new Panic("a value is nested too deeply for Ludus to handle", "limit");
    } else if (
      e instanceof RangeError && /Invalid (string|array|typed array) length/i.test(e.message)
    ) {
      e = new Panic("a value grew larger than this runtime can hold (a size limit)", "limit");
    } else {
      const err = internalError(e);
      err.pid = proc.id;
      // Keep the JS stack for maintainers (never printed to learners by default).
      (err as { hostStack?: string }).hostStack = e instanceof Error ? e.stack : undefined;
      return err;
    }
  }
  const p = e as Panic;
  const site = userSite(proc, p.atCallSite) ?? userSite(proc, false);
  const source = site?.chunk.source ?? null;
  const span = site ? site.chunk.spanAt(site.ip) : null;
  return new LudusError(p.kind, p.message, source, span, {
    stack: ludusStack(proc),
    pid: proc.id,
    hint: p.hint ?? undefined,
  });
}

/**
 * A trace event for a call into or out of user code (`(:call, name, args)`).
 * Called by the VM only when the process has tracers.
 */
export function traceCall(p: Process, callee: Closure, args: Value[], fromPrelude: boolean): void {
  const proto = callee.proto;
  if (fromPrelude && proto.isPrelude) return; // the prelude's own plumbing
  p.kernel.traceEvent(p, new Tuple([KW_CALL, frameName(proto), new Tuple(args)]));
}
