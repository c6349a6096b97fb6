/**
 * The compiler: a validated syntax tree in, one {@linkcode FnProto} per function
 * out, each with a {@linkcode Chunk} of instructions from `opcodes.ts`.
 *
 * The stack discipline: the compiler tracks the depth of the value stack at every
 * point (`depth`, relative to the frame base). Arguments occupy slots
 * `0 .. argc-1`; every value a pattern takes apart or binds gets the next slot;
 * a block's locals are dropped at its end with `MOVE_TOP`, leaving its value.
 * Bindings are immutable, so closures capture values, not variables; a name a
 * closure may read before it is bound (a forward reference) lives in a cell.
 * Toplevel names are globals of the module (`LOAD_GLOBAL`), so toplevel
 * functions can call each other in any order. Prelude names are constants.
 *
 * Tail calls: an expression in tail position of a function compiles its call as
 * `TAIL_CALL`; `recur` compiles to `RECUR`, a jump back to the loop's clauses.
 *
 * @module
 */

import type {
  ArgsExpr,
  BlockExpr,
  DictEntry,
  DoExpr,
  Expr,
  FnClause,
  FnExpr,
  Interpolation,
  LoopExpr,
  MatchExpr,
  Pattern,
  ReceiveExpr,
  Script,
  SplatExpr,
  SyntheticExpr,
  TestExpr,
  TuplePattern,
  WordExpr,
} from "../syntax/ast.ts";
import type { Source, Span } from "../errors/source.ts";
import { Chunk, FnProto } from "./chunk.ts";
import { LudusError } from "../errors/errors.ts";
import { FAST_OPS, type FastOp, OP } from "./opcodes.ts";
import type { Analysis, Binding, BindingNode, FnScope } from "./validator.ts";
import {
  Dict,
  EMPTY_DICT,
  EMPTY_LIST,
  EMPTY_SET,
  EMPTY_TUPLE,
  keyword,
  Pkg,
  type Value,
} from "../values/values.ts";
import type { Globals } from "./chunk.ts";

/** Options for {@linkcode compileScript}. */
export interface CompileOptions {
  /** The values of prelude names (constants in compiled code). */
  prelude: ReadonlyMap<string, Value>;
  /** The module's toplevel environment (filled in as the script runs). */
  globals: Globals;
  /** Compiling the prelude itself: its functions are marked as prelude code. */
  isPrelude?: boolean;
  /** Compile `test` forms (otherwise they compile to nothing). */
  testMode?: boolean;
  /** Use the fast-path instructions for prelude arithmetic (default true). */
  fastOps?: boolean;
}

/**
 * Compile a validated script to the function that runs its toplevel.
 *
 * @example Usage
 * ```ts
 * import { Source } from "../errors/source.ts";
 * import { parse } from "../syntax/parser.ts";
 * import { validate } from "./validator.ts";
 * import { compileScript } from "./compiler.ts";
 * import { Globals } from "./chunk.ts";
 * const script = parse(new Source("x.ld", "(1, 2)"));
 * const proto = compileScript(script, validate(script, { prelude: new Set() }), {
 *   prelude: new Map(),
 *   globals: new Globals(),
 * });
 * console.assert(proto.chunk.code.length > 0);
 * ```
 */
export function compileScript(script: Script, analysis: Analysis, opts: CompileOptions): FnProto {
  const ctx: Ctx = {
    analysis,
    opts,
    source: script.source,
    globalSlots: new Map(),
  };
  const fc = new FnCompiler(ctx, null, analysis.fnScopes.get(script)!, script.span);
  fc.scriptBody(script);
  return fc.finish(null, null, [], script.span);
}

interface Ctx {
  analysis: Analysis;
  opts: CompileOptions;
  source: Source;
  globalSlots: Map<Binding, number>;
}

interface Location {
  cell: boolean;
  slot: number;
}

interface LoopCtx {
  /** First slot of the loop's arguments. */
  slot: number;
  /** Number of arguments. */
  arity: number;
  /** Address of the clause tests. */
  start: number;
}

const enum Keep {
  /** The value is not needed: leave nothing. */
  None,
  /** Leave the value on top. */
  Value,
}

class FnCompiler {
  readonly ctx: Ctx;
  readonly parent: FnCompiler | null;
  readonly scope: FnScope;
  readonly code: number[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly consts: Value[] = [];
  readonly constIndex = new Map<unknown, number>();
  readonly locations = new Map<Binding, Location>();
  readonly captures: number[] = [];
  readonly captureIndex = new Map<Binding, number>();
  readonly captureIsCell: boolean[] = [];
  loops: LoopCtx[] = [];
  depth = 0;
  /** The stack depth at each failure jump (to skip needless TRUNCATEs). */
  readonly failDepth = new Map<number, number>();
  span: Span;

  constructor(ctx: Ctx, parent: FnCompiler | null, scope: FnScope, span: Span) {
    this.ctx = ctx;
    this.parent = parent;
    this.scope = scope;
    this.span = span;
  }

  // --- emitting

  emit(op: number, ...operands: number[]): void {
    const { start, end } = this.span;
    this.code.push(op);
    this.starts.push(start);
    this.ends.push(end);
    for (const x of operands) {
      this.code.push(x);
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  /** Emit an instruction whose last operand is a jump target to patch; returns its index. */
  emitJump(op: number, ...operands: number[]): number {
    this.emit(op, ...operands, -1);
    return this.code.length - 1;
  }

  /** Add a failure jump, remembering the stack depth when it is taken. */
  failAt(fails: number[], jump: number): void {
    fails.push(jump);
    this.failDepth.set(jump, this.depth);
  }

  /** Drop what failed tests left on the stack, unless none of them left anything. */
  truncateFails(fails: number[], depth: number): void {
    this.patch(fails);
    if (fails.some((f) => (this.failDepth.get(f) ?? Infinity) > depth)) {
      this.emit(OP.TRUNCATE, depth);
    }
  }

  here(): number {
    return this.code.length;
  }

  patch(at: number | number[], target = this.here()): void {
    if (typeof at === "number") this.code[at] = target;
    else for (const a of at) this.code[a] = target;
  }

  constant(v: Value): number {
    let key: unknown = v;
    if (typeof v === "number") key = Object.is(v, -0) ? "n:-0" : v;
    else if (typeof v === "string") key = "s:" + v;
    const found = this.constIndex.get(key);
    if (found !== undefined) return found;
    const i = this.consts.length;
    this.consts.push(v);
    this.constIndex.set(key, i);
    return i;
  }

  /** A constant that is never shared (prototypes, key lists). */
  freshConstant(v: unknown): number {
    this.consts.push(v as Value);
    return this.consts.length - 1;
  }

  pushConst(v: Value): void {
    if (v === null) this.emit(OP.NIL);
    else if (v === true) this.emit(OP.TRUE);
    else if (v === false) this.emit(OP.FALSE);
    else this.emit(OP.CONST, this.constant(v));
    this.depth++;
  }

  at<T>(span: Span, f: () => T): T {
    const saved = this.span;
    this.span = span;
    try {
      return f();
    } finally {
      this.span = saved;
    }
  }

  /** A clause's pattern (or parameters) as written, and its guard after ` if `. */
  clauseText(
    c: { guard: Expr | null; span: Span } & ({ params: TuplePattern } | { pattern: Pattern }),
  ): string {
    const head = "params" in c ? c.params.span : c.pattern.span;
    return c.guard === null ? this.text(head) : `${this.text(head)} if ${this.text(c.guard.span)}`;
  }

  text(span: Span): string {
    return this.ctx.source.text.slice(span.start, span.end);
  }

  finish(name: string | null, doc: string | null, clauses: string[], span: Span): FnProto {
    const chunk = new Chunk(this.code, this.consts, this.starts, this.ends, this.ctx.source);
    return new FnProto(
      name,
      doc,
      clauses,
      chunk,
      this.captures,
      this.ctx.opts.isPrelude ?? false,
      span,
    );
  }

  // --- names

  binding(node: BindingNode): Binding {
    const b = this.ctx.analysis.bindings.get(node);
    if (!b) throw new Error("compiler: no binding recorded for a binding node");
    return b;
  }

  globalSlot(b: Binding): number {
    let g = this.ctx.globalSlots.get(b);
    if (g === undefined) {
      g = this.ctx.opts.globals.define(b.name);
      this.ctx.globalSlots.set(b, g);
    }
    return g;
  }

  /** Bind `b` to the value in slot `slot`. Returns true if the binding lives in that slot. */
  bindAt(b: Binding, slot: number): boolean {
    if (b.toplevel) {
      this.emit(OP.GLOBAL_FROM, this.globalSlot(b), slot);
      return false;
    }
    const loc = this.locations.get(b);
    if (loc?.cell) {
      this.emit(OP.CELL_FROM, loc.slot, slot);
      return false;
    }
    this.locations.set(b, { cell: false, slot });
    return true;
  }

  captureOf(b: Binding): number {
    const found = this.captureIndex.get(b);
    if (found !== undefined) return found;
    const parent = this.parent!;
    if (b.fn === parent.scope) {
      const loc = parent.locations.get(b);
      if (!loc) {
        throw new Error(`compiler: \`${b.name}\` has no location in the enclosing function`);
      }
      this.captures.push(0, loc.slot);
    } else {
      this.captures.push(1, parent.captureOf(b));
    }
    const i = this.captureIndex.size;
    this.captureIndex.set(b, i);
    return i;
  }

  loadRef(ref: WordExpr | Interpolation): void {
    const res = this.ctx.analysis.refs.get(ref);
    if (!res) throw new Error(`compiler: unresolved name \`${ref.name}\``);
    this.at(ref.span, () => {
      switch (res.kind) {
        case "self":
          this.emit(OP.LOAD_SELF);
          break;
        case "global":
          this.emit(OP.LOAD_GLOBAL, res.slot);
          break;
        case "prelude": {
          const v = this.ctx.opts.prelude.get(res.name);
          this.pushConst(v === undefined ? null : v);
          return;
        }
        case "binding": {
          const b = res.binding;
          if (b.toplevel) this.emit(OP.LOAD_GLOBAL, this.globalSlot(b));
          else if (b.fn === this.scope) {
            const loc = this.locations.get(b);
            if (!loc) throw new Error(`compiler: \`${b.name}\` has no location`);
            this.emit(loc.cell ? OP.LOAD_CELL : OP.LOAD, loc.slot);
          } else {
            const c = this.captureOf(b);
            this.emit(b.needsCell ? OP.LOAD_CAPTURE_CELL : OP.LOAD_CAPTURE, c);
          }
          break;
        }
      }
      this.depth++;
    });
  }

  /** The constant value a word stands for, if it is a prelude name. */
  preludeValue(ref: WordExpr): Value | undefined {
    const res = this.ctx.analysis.refs.get(ref);
    if (res?.kind !== "prelude") return undefined;
    return this.ctx.opts.prelude.get(res.name);
  }

  // --- the script and blocks

  scriptBody(script: Script): void {
    const exprs = script.exprs;
    if (exprs.length === 0) this.pushConst(null);
    for (let i = 0; i < exprs.length; i++) {
      const last = i === exprs.length - 1;
      this.statement(exprs[i], last ? Keep.Value : Keep.None, false);
    }
    this.at(script.span, () => this.emit(OP.RETURN));
  }

  /** Allocate cells for the bindings of a block that closures may read early. */
  allocateCells(exprs: Expr[]): void {
    for (const e of exprs) {
      const nodes: BindingNode[] = [];
      switch (e.kind) {
        case "let":
          collectPatternNodes(e.pattern, nodes);
          break;
        case "fn":
          if (e.name) nodes.push(e);
          break;
        case "fndecl":
        case "box":
        case "pkg":
        case "import":
          nodes.push(e);
          break;
      }
      for (const n of nodes) {
        const b = this.ctx.analysis.bindings.get(n);
        if (!b || !b.needsCell || b.toplevel || this.locations.has(b)) continue;
        this.at(e.span, () => this.emit(OP.NEW_CELL, this.constant(b.name)));
        this.locations.set(b, { cell: true, slot: this.depth });
        this.depth++;
      }
    }
  }

  block(b: BlockExpr, tail: boolean): void {
    const d0 = this.depth;
    this.allocateCells(b.exprs);
    const n = b.exprs.length;
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      this.statement(b.exprs[i], last ? Keep.Value : Keep.None, last && tail);
    }
    if (this.depth - 1 > d0) this.at(b.span, () => this.emit(OP.MOVE_TOP, d0));
    this.depth = d0 + 1;
  }

  statement(e: Expr, keep: Keep, tail: boolean): void {
    this.at(e.span, () => {
      switch (e.kind) {
        case "let": {
          const d = this.depth;
          this.expr(e.value, false);
          const fails: number[] = [];
          const kept = this.pattern(e.pattern, d, fails);
          if (fails.length > 0) {
            const ok = this.emitJump(OP.JUMP);
            this.patch(fails);
            this.emit(OP.FAIL_LET, d, this.constant(this.text(e.pattern.span)));
            this.patch(ok);
          }
          this.finishBinding(d, kept, keep);
          return;
        }
        case "fn":
          if (e.name && this.ctx.analysis.bindingFns.has(e)) {
            const d = this.depth;
            this.fn(e);
            const kept = this.bindAt(this.binding(e), d);
            this.finishBinding(d, kept, keep);
            return;
          }
          break;
        case "fndecl": {
          const b = this.binding(e);
          if (b.toplevel) this.globalSlot(b);
          if (keep === Keep.Value) this.pushConst(null);
          return;
        }
        case "box": {
          const d = this.depth;
          this.expr(e.value, false);
          this.emit(OP.BOX, this.constant(e.name));
          const kept = this.bindAt(this.binding(e), d);
          this.finishBinding(d, kept, keep);
          return;
        }
        case "pkg": {
          const d = this.depth;
          const n = this.dictEntries(e.entries);
          if (n < 0) {
            this.emit(OP.PKG, -1, this.constant(e.name));
          } else {
            this.emit(OP.PKG, n, this.constant(e.name));
          }
          this.depth = d + 1;
          const kept = this.bindAt(this.binding(e), d);
          this.finishBinding(d, kept, keep);
          return;
        }
        case "import": {
          const d = this.depth;
          this.emit(OP.IMPORT, this.constant(e.path));
          this.depth++;
          const kept = this.bindAt(this.binding(e), d);
          this.finishBinding(d, kept, keep);
          return;
        }
        case "test":
          if (this.ctx.opts.testMode) this.test(e);
          if (keep === Keep.Value) this.pushConst(null);
          return;
      }
      this.expr(e, tail);
      if (keep === Keep.None) {
        this.emit(OP.POP);
        this.depth--;
      }
    });
  }

  /**
   * After a binding statement whose value sits in slot `d`: keep the slots that
   * hold bindings, drop the rest, and push the value if it is wanted.
   */
  finishBinding(d: number, kept: boolean, keep: Keep): void {
    if (!kept) {
      if (keep === Keep.Value) {
        if (this.depth > d + 1) this.emit(OP.TRUNCATE, d + 1);
        this.depth = d + 1;
      } else {
        this.emit(OP.TRUNCATE, d);
        this.depth = d;
      }
      return;
    }
    if (keep === Keep.Value) {
      this.emit(OP.LOAD, d);
      this.depth++;
    }
  }

  test(e: TestExpr): void {
    const scope = this.ctx.analysis.fnScopes.get(e)!;
    const fc = new FnCompiler(this.ctx, this, scope, e.span);
    fc.at(e.span, () => {
      fc.expr(e.body, true);
      fc.emit(OP.RETURN);
    });
    const proto = fc.finish(`test "${e.name}"`, null, ["()"], e.span);
    this.emit(OP.TEST, this.constant(e.name), this.freshConstant(proto));
  }

  // --- expressions: each pushes exactly one value

  expr(e: Expr, tail: boolean): void {
    this.at(e.span, () => this.exprInner(e, tail));
  }

  exprInner(e: Expr, tail: boolean): void {
    switch (e.kind) {
      case "nil":
        this.pushConst(null);
        return;
      case "bool":
        this.pushConst(e.value);
        return;
      case "number":
        this.pushConst(e.value);
        return;
      case "keyword":
        this.pushConst(keyword(e.name));
        return;
      case "string": {
        if (e.parts.every((p) => typeof p === "string")) {
          this.pushConst((e.parts as string[]).join(""));
          return;
        }
        const d = this.depth;
        for (const p of e.parts) {
          if (typeof p === "string") this.pushConst(p);
          else this.loadRef(p);
        }
        this.emit(OP.INTERP, e.parts.length);
        this.depth = d + 1;
        return;
      }
      case "word":
        this.loadRef(e);
        return;
      case "placeholder":
        throw new LudusError("validation", "misplaced `_`", this.ctx.source, e.span);
      case "tuple": {
        if (e.items.length === 0) {
          this.pushConst(EMPTY_TUPLE);
          return;
        }
        const d = this.depth;
        for (const x of e.items) this.expr(x, false);
        this.emit(OP.TUPLE, e.items.length);
        this.depth = d + 1;
        return;
      }
      case "list":
        this.collection(e.items, OP.LIST, OP.LIST_APPEND, OP.LIST_CONCAT, EMPTY_LIST);
        return;
      case "set":
        this.collection(e.items, OP.SET, OP.SET_ADD, OP.SET_UNION, EMPTY_SET);
        return;
      case "dict": {
        const d = this.depth;
        const n = this.dictEntries(e.entries);
        if (n >= 0) this.emit(OP.DICT, n);
        this.depth = d + 1;
        return;
      }
      case "synthetic":
        this.synthetic(e, tail);
        return;
      case "let": {
        // A let in expression position: bind, then yield the value.
        const d = this.depth;
        this.expr(e.value, false);
        const fails: number[] = [];
        this.pattern(e.pattern, d, fails);
        if (fails.length > 0) {
          const ok = this.emitJump(OP.JUMP);
          this.patch(fails);
          this.emit(OP.FAIL_LET, d, this.constant(this.text(e.pattern.span)));
          this.patch(ok);
        }
        if (this.depth > d + 1) this.emit(OP.TRUNCATE, d + 1);
        this.depth = d + 1;
        return;
      }
      case "block":
        this.block(e, tail);
        return;
      case "if": {
        const d = this.depth;
        const jf = this.condJump(e.cond);
        this.expr(e.then, tail);
        // In tail position the branch's value is the function's: return it here.
        let j = -1;
        if (tail) this.emit(OP.RETURN);
        else j = this.emitJump(OP.JUMP);
        this.patch(jf);
        this.depth = d;
        this.expr(e.else, tail);
        if (j >= 0) this.patch(j);
        this.depth = d + 1;
        return;
      }
      case "iflet": {
        const d = this.depth;
        this.expr(e.value, false);
        const fails: number[] = [];
        this.pattern(e.pattern, d, fails);
        // A match whose value is falsy goes to `else` too. (LOAD and the jump
        // leave the stack as it was: the bindings stay where the pattern put them.)
        this.emit(OP.LOAD, d);
        const guardJump = this.emitJump(OP.JUMP_IF_FALSE);
        this.failAt(fails, guardJump);
        this.expr(e.then, tail);
        this.emit(OP.MOVE_TOP, d);
        const j = this.emitJump(OP.JUMP);
        this.patch(fails);
        this.emit(OP.TRUNCATE, d);
        this.depth = d;
        this.expr(e.else, tail);
        this.patch(j);
        this.depth = d + 1;
        return;
      }
      case "when": {
        const d = this.depth;
        const ends: number[] = [];
        let exhaustive = false;
        for (const c of e.clauses) {
          this.depth = d;
          let jf: number[] | null = null;
          if (c.test) jf = this.condJump(c.test);
          this.expr(c.body, tail);
          if (tail) this.emit(OP.RETURN);
          else ends.push(this.emitJump(OP.JUMP));
          if (jf) this.patch(jf);
          else {
            exhaustive = true;
            break;
          }
        }
        if (!exhaustive) this.emit(OP.FAIL_WHEN);
        this.patch(ends);
        this.depth = d + 1;
        return;
      }
      case "match":
        this.match(e, tail);
        return;
      case "receive":
        this.receive(e, tail);
        return;
      case "fn":
        this.fn(e);
        return;
      case "fndecl":
        this.pushConst(null);
        return;
      case "do":
        this.pipeline(e, tail);
        return;
      case "loop":
        this.loop(e, tail);
        return;
      case "recur": {
        const loop = this.loops[this.loops.length - 1];
        const d = this.depth;
        for (const x of e.args.items) this.expr(x, false);
        this.emit(OP.RECUR, loop.slot, loop.arity, loop.start);
        this.depth = d + 1;
        return;
      }
      case "repeat": {
        const c = this.depth;
        this.expr(e.count, false);
        this.emit(OP.REPEAT_INIT, c);
        const top = this.here();
        const exit = this.emitJump(OP.REPEAT_STEP, c);
        this.block(e.body, false);
        this.emit(OP.POP);
        this.emit(OP.JUMP, top);
        this.patch(exit);
        this.emit(OP.TRUNCATE, c);
        this.emit(OP.NIL);
        this.depth = c + 1;
        return;
      }
      case "panic":
        this.expr(e.value, false);
        this.emit(OP.PANIC);
        return;
      case "box":
      case "pkg":
      case "import":
      case "test": {
        // A binding form in expression position: its value, bound in no outer scope.
        const d = this.depth;
        this.statement(e, Keep.Value, false);
        if (this.depth > d + 1) this.emit(OP.MOVE_TOP, d);
        this.depth = d + 1;
        return;
      }
    }
  }

  collection(
    items: (Expr | SplatExpr)[],
    build: number,
    add: number,
    splat: number,
    empty: Value,
  ): void {
    const d = this.depth;
    if (items.every((x) => x.kind !== "splat")) {
      if (items.length === 0) {
        this.pushConst(empty);
        return;
      }
      for (const x of items) this.expr(x as Expr, false);
      this.emit(build, items.length);
      this.depth = d + 1;
      return;
    }
    this.pushConst(empty);
    for (const x of items) {
      if (x.kind === "splat") {
        this.expr(x.value, false);
        this.at(x.span, () => this.emit(splat));
      } else {
        this.expr(x, false);
        this.emit(add);
      }
      this.depth = d + 1;
    }
  }

  /**
   * Push dict entries. Without splats: pushes key/value pairs and returns their
   * count (the caller emits DICT n or PKG n). With splats: builds the dict
   * itself with DICT_PUT/DICT_MERGE and returns -1.
   */
  dictEntries(entries: (DictEntry | SplatExpr)[]): number {
    const d = this.depth;
    if (entries.every((x) => x.kind !== "splat")) {
      if (entries.length === 0) return 0;
      for (const en of entries as DictEntry[]) {
        this.pushConst(keyword(en.key));
        this.expr(en.value, false);
      }
      return entries.length;
    }
    this.pushConst(EMPTY_DICT);
    for (const en of entries) {
      if (en.kind === "splat") {
        this.expr(en.value, false);
        this.at(en.span, () => this.emit(OP.DICT_MERGE));
      } else {
        this.pushConst(keyword(en.key));
        this.expr(en.value, false);
        this.emit(OP.DICT_PUT);
      }
      this.depth = d + 1;
    }
    return -1;
  }

  // --- calls

  synthetic(e: SyntheticExpr, tail: boolean): void {
    const d = this.depth;
    const tailItems = e.tail;
    let i = 0;
    let viaValue = false;
    if (e.root.kind === "keyword") {
      const kw = keyword(e.root.name);
      const first = tailItems[0];
      if (first.kind === "args") {
        // A called keyword `:a (d)`.
        this.expr(first.items[0], false);
        this.emit(OP.GET_KEY, this.constant(kw));
        i = 1;
      } else {
        this.pushConst(kw);
      }
    } else {
      const root = e.root;
      let value = this.preludeValue(root);
      // Constant-fold `base :name` and other lookups into prelude dicts and packages.
      while (value !== undefined && i < tailItems.length && tailItems[i].kind === "keyword") {
        const key = keyword((tailItems[i] as { name: string }).name);
        if (value instanceof Dict) value = value.get(key);
        else if (value instanceof Pkg) value = value.dict.get(key);
        else break;
        i++;
      }
      const first = tailItems[i];
      const fast = root.kind === "word" && i === 0 && this.ctx.opts.fastOps !== false &&
          value !== undefined && tailItems.length === 1 && first.kind === "args" &&
          !first.items.some((x) => x.kind === "placeholder")
        ? FAST_OPS.get(root.name)
        : undefined;
      if (fast && fast.argc === (first as ArgsExpr).items.length) {
        if (this.superOp(fast, (first as ArgsExpr).items, value!, e.span)) return;
        for (const x of (first as ArgsExpr).items) this.expr(x, false);
        this.at(e.span, () => this.emit(fast.op, this.constant(value!)));
        this.depth = d + 1;
        return;
      }
      if (value !== undefined) this.pushConst(value);
      else {
        this.loadRef(root);
        const res = root.kind === "word" ? this.ctx.analysis.refs.get(root) : undefined;
        // A function held in a local or captured variable (a parameter `f`):
        // CALL_VALUE, which does the prelude's arithmetic inline.
        viaValue = i === 0 && res?.kind === "binding" && !res.binding.toplevel &&
          this.ctx.opts.fastOps !== false;
      }
    }
    for (; i < tailItems.length; i++) {
      const t = tailItems[i];
      const last = i === tailItems.length - 1;
      if (t.kind === "keyword") {
        this.at(t.span, () => this.emit(OP.GET_KEY, this.constant(keyword(t.name))));
        viaValue = false;
        continue;
      }
      this.callArgs(t, last && tail, e.span, null, viaValue);
      viaValue = false;
    }
    this.depth = d + 1;
  }

  /**
   * With the callee on top, push the arguments and call (or make a partial).
   * `piped` is the slot of a pipeline value that fills the placeholder.
   */
  callArgs(
    args: ArgsExpr,
    tail: boolean,
    span: Span,
    piped: number | null,
    viaValue = false,
  ): void {
    const d = this.depth; // the callee is at d - 1
    const hole = args.items.findIndex((x) => x.kind === "placeholder");
    for (const x of args.items) {
      if (x.kind === "placeholder") {
        if (piped !== null) {
          this.emit(OP.LOAD, piped);
          this.depth++;
        }
      } else this.expr(x, false);
    }
    this.at(span, () => {
      if (hole >= 0 && piped === null) {
        this.emit(OP.PARTIAL, args.items.length, hole);
      } else {
        this.emit(
          tail ? OP.TAIL_CALL : viaValue ? OP.CALL_VALUE : OP.CALL,
          args.items.length,
        );
      }
    });
    this.depth = d;
  }

  /** A call argument that a superinstruction can read directly: a local slot or a literal. */
  operand(x: Expr): { slot: number } | { k: number } | null {
    switch (x.kind) {
      case "number":
      case "bool":
        return { k: this.constant(x.value) };
      case "nil":
        return { k: this.constant(null) };
      case "string":
        return x.parts.every((p) => typeof p === "string")
          ? { k: this.constant(x.parts.join("")) }
          : null;
      case "keyword":
        return { k: this.constant(keyword(x.name)) };
      case "word": {
        const res = this.ctx.analysis.refs.get(x);
        if (res?.kind !== "binding") return null;
        const b = res.binding;
        if (b.toplevel || b.fn !== this.scope) return null;
        const loc = this.locations.get(b);
        return loc && !loc.cell ? { slot: loc.slot } : null;
      }
    }
    return null;
  }

  /**
   * Emit a superinstruction for `add (x, 1)`, `dec (n)`, ... when the operands
   * are slots or literals. Returns false if the shape does not fit.
   */
  superOp(fast: FastOp, items: Expr[], fn: Value, span: Span): boolean {
    if (this.ctx.opts.fastOps === false || items.length === 0) return false;
    const a = this.operand(items[0]);
    if (!a || !("slot" in a)) return false;
    const kfn = this.constant(fn);
    if (items.length === 1 && fast.s !== undefined) {
      const op = fast.s;
      this.at(span, () => this.emit(op, a.slot, kfn));
      this.depth++;
      return true;
    }
    if (items.length !== 2 || fast.ss === undefined || fast.sk === undefined) return false;
    const b = this.operand(items[1]);
    if (!b) return false;
    const op = "slot" in b ? fast.ss : fast.sk;
    this.at(span, () => this.emit(op, a.slot, "slot" in b ? b.slot : b.k, kfn));
    this.depth++;
    return true;
  }

  /**
   * Compile a condition and a jump taken when it is false; returns the jump
   * operands to patch. A prelude comparison of slots and literals becomes one
   * compare-and-branch instruction.
   */
  condJump(cond: Expr): number[] {
    if (
      this.ctx.opts.fastOps !== false && cond.kind === "synthetic" &&
      cond.root.kind === "word" && cond.tail.length === 1 && cond.tail[0].kind === "args" &&
      cond.tail[0].items.length === 2
    ) {
      const fast = FAST_OPS.get(cond.root.name);
      const fn = this.preludeValue(cond.root);
      if (fast?.ssJf !== undefined && fast.skJf !== undefined && fn !== undefined) {
        const a = this.operand(cond.tail[0].items[0]);
        const b = this.operand(cond.tail[0].items[1]);
        if (a && b && "slot" in a) {
          const kfn = this.constant(fn);
          const op = "slot" in b ? fast.ssJf : fast.skJf;
          const j1 = this.at(
            cond.span,
            () => this.emitJump(op, a.slot, "slot" in b ? b.slot : b.k, kfn),
          );
          const j2 = this.at(cond.span, () => this.emitJump(OP.JUMP_IF_FALSE));
          return [j1, j2];
        }
      }
    }
    const d = this.depth;
    this.expr(cond, false);
    const j = this.emitJump(OP.JUMP_IF_FALSE);
    this.depth = d;
    return [j];
  }

  pipeline(e: DoExpr, tail: boolean): void {
    const d = this.depth;
    this.expr(e.first, false);
    const n = e.steps.length;
    for (let i = 0; i < n; i++) {
      const step = e.steps[i];
      const last = i === n - 1;
      this.at(step.span, () => {
        if (step.kind === "keyword") {
          this.emit(OP.GET_KEY, this.constant(keyword(step.name)));
          return;
        }
        if (step.kind === "synthetic") {
          const lastItem = step.tail[step.tail.length - 1];
          if (
            lastItem.kind === "args" && lastItem.items.some((x) => x.kind === "placeholder")
          ) {
            // `f (a, _, b)`: call f directly with the piped value in the hole.
            const callee: Expr = step.tail.length === 1
              ? step.root
              : { ...step, tail: step.tail.slice(0, -1) };
            if (callee.kind === "keyword") this.pushConst(keyword(callee.name));
            else this.expr(callee, false);
            this.callArgs(lastItem, last && tail, step.span, d);
            this.emit(OP.MOVE_TOP, d);
            this.depth = d + 1;
            return;
          }
        }
        this.expr(step, false);
        this.emit(OP.SWAP);
        this.emit(last && tail ? OP.TAIL_CALL : OP.CALL, 1);
        this.depth = d + 1;
      });
    }
    this.depth = d + 1;
  }

  // --- functions

  fn(e: FnExpr): void {
    const scope = this.ctx.analysis.fnScopes.get(e)!;
    const fc = new FnCompiler(this.ctx, this, scope, e.span);
    fc.clauses(e.clauses, null);
    const proto = fc.finish(
      e.name,
      e.doc,
      e.clauses.map((c) => this.clauseText(c)),
      e.span,
    );
    this.emit(OP.CLOSURE, this.freshConstant(proto));
    this.depth++;
  }

  /**
   * Compile the clauses of a function (`loop` null) or of a loop. A function's
   * arguments are slots 0 .. argc-1; a loop's are `loop.slot ..`.
   */
  clauses(clauses: FnClause[], loop: LoopCtx | null): void {
    if (loop === null) {
      this.fnClauses(clauses);
      return;
    }
    const pack = clauses.some((c) => c.params.rest !== null);
    let argSlot = 0;
    let arity = -1;
    if (loop) {
      argSlot = loop.slot;
      arity = loop.arity;
      if (pack) {
        for (let i = 0; i < arity; i++) this.emit(OP.LOAD, argSlot + i);
        this.emit(OP.TUPLE, arity);
      }
    } else if (pack) {
      this.emit(OP.PACK_ARGS);
    }
    const base = loop ? loop.slot + loop.arity + (pack ? 1 : 0) : (pack ? 1 : 0);
    const ends: number[] = [];
    for (const c of clauses) {
      this.at(c.span, () => {
        const n = c.params.items.length;
        let arityFail = -1;
        let start = base;
        if (!pack && !loop) {
          arityFail = this.emitJump(OP.ARITY_EQ, n);
          start = n;
        }
        this.depth = start;
        const fails: number[] = [];
        if (pack) {
          this.pattern(c.params, loop ? loop.slot + loop.arity : 0, fails);
        } else {
          for (let i = 0; i < n; i++) this.pattern(c.params.items[i], argSlot + i, fails);
        }
        if (c.guard) {
          this.expr(c.guard, false);
          const guardJump = this.emitJump(OP.JUMP_IF_FALSE);
          this.depth--;
          this.failAt(fails, guardJump);
        }
        this.expr(c.body, loop === null ? true : this.loopTail);
        if (loop) {
          this.emit(OP.MOVE_TOP, loop.slot);
          ends.push(this.emitJump(OP.JUMP));
        } else {
          this.emit(OP.RETURN);
        }
        if (fails.length > 0) this.truncateFails(fails, start);
        if (arityFail >= 0) this.patch(arityFail);
      });
    }
    if (loop) {
      this.emit(
        OP.FAIL_LOOP,
        loop.slot,
        loop.arity,
        this.freshConstant(clauses.map((c) => this.clauseText(c))),
      );
      this.patch(ends);
      this.depth = loop.slot + 1;
    } else {
      this.emit(OP.FAIL_FN);
    }
  }

  /**
   * A function's clauses. A clause with fixed parameters tests the argument
   * slots directly; a clause ending in `...rest` checks the count, then packs
   * the arguments into a tuple in slot 0 and matches that, unpacking them again
   * if it fails (so the n-ary clause of `add` costs nothing to `add (1, 2)`).
   */
  fnClauses(clauses: FnClause[]): void {
    for (const c of clauses) {
      this.at(c.span, () => {
        const n = c.params.items.length;
        const rest = c.params.rest !== null;
        const fails: number[] = [];
        let arityFail: number;
        let start: number;
        if (!rest) {
          arityFail = this.emitJump(OP.ARITY_EQ, n);
          start = n;
          this.depth = n;
          for (let i = 0; i < n; i++) this.pattern(c.params.items[i], i, fails);
        } else {
          arityFail = this.emitJump(OP.ARITY_MIN, n);
          this.emit(OP.PACK_ARGS);
          start = 1;
          this.depth = 1;
          this.pattern(c.params, 0, fails);
        }
        if (c.guard) {
          this.expr(c.guard, false);
          const guardJump = this.emitJump(OP.JUMP_IF_FALSE);
          this.depth--;
          this.failAt(fails, guardJump);
        }
        this.expr(c.body, true);
        this.emit(OP.RETURN);
        if (fails.length > 0) {
          if (rest) {
            this.patch(fails);
            this.emit(OP.UNPACK_ARGS);
          } else this.truncateFails(fails, start);
        }
        this.patch(arityFail);
      });
    }
    this.emit(OP.FAIL_FN);
  }

  /** Whether the loop being compiled is in tail position of its function. */
  loopTail = false;

  loop(e: LoopExpr, tail: boolean): void {
    const slot = this.depth;
    for (const x of e.args.items) this.expr(x, false);
    const ctx: LoopCtx = { slot, arity: e.args.items.length, start: this.here() };
    this.loops.push(ctx);
    const savedTail = this.loopTail;
    this.loopTail = tail;
    this.clauses(e.clauses, ctx);
    this.loopTail = savedTail;
    this.loops.pop();
    this.depth = slot + 1;
  }

  match(e: MatchExpr, tail: boolean): void {
    const d = this.depth;
    this.expr(e.value, false);
    const ends: number[] = [];
    for (const c of e.clauses) {
      this.at(c.span, () => {
        this.depth = d + 1;
        const fails: number[] = [];
        this.pattern(c.pattern, d, fails);
        if (c.guard) {
          this.expr(c.guard, false);
          const guardJump = this.emitJump(OP.JUMP_IF_FALSE);
          this.depth--;
          this.failAt(fails, guardJump);
        }
        this.expr(c.body, tail);
        if (tail) this.emit(OP.RETURN);
        else {
          this.emit(OP.MOVE_TOP, d);
          ends.push(this.emitJump(OP.JUMP));
        }
        if (fails.length > 0) this.truncateFails(fails, d + 1);
      });
    }
    this.emit(OP.FAIL_MATCH, d, this.freshConstant(e.clauses.map((c) => this.clauseText(c))));
    this.patch(ends);
    this.depth = d + 1;
  }

  receive(e: ReceiveExpr, tail: boolean): void {
    const d = this.depth;
    this.emit(OP.RECV_START);
    const peek = this.here();
    this.emit(OP.RECV_PEEK, d);
    const ends: number[] = [];
    for (const c of e.clauses) {
      this.at(c.span, () => {
        this.depth = d + 2;
        const fails: number[] = [];
        this.pattern(c.pattern, d + 1, fails);
        if (c.guard) {
          this.expr(c.guard, false);
          const guardJump = this.emitJump(OP.JUMP_IF_FALSE);
          this.depth--;
          this.failAt(fails, guardJump);
        }
        this.emit(OP.RECV_TAKE, d);
        this.expr(c.body, tail);
        this.emit(OP.MOVE_TOP, d);
        ends.push(this.emitJump(OP.JUMP));
        if (fails.length > 0) this.truncateFails(fails, d + 2);
      });
    }
    this.emit(OP.TRUNCATE, d + 1);
    this.emit(OP.RECV_SKIP, d, peek);
    this.patch(ends);
    this.depth = d + 1;
  }

  // --- patterns

  /**
   * Match the value in `slot` against `p`, binding names; every failed test jumps
   * to a target added to `fails`. Returns true if any binding lives in a slot.
   */
  pattern(p: Pattern, slot: number, fails: number[]): boolean {
    return this.at(p.span, () => this.patternInner(p, slot, fails));
  }

  patternInner(p: Pattern, slot: number, fails: number[]): boolean {
    switch (p.kind) {
      case "pwild":
      case "pignored":
        return false;
      case "pword":
        return this.bindAt(this.binding(p), slot);
      case "pliteral": {
        const v = p.value;
        const lit: Value = v !== null && typeof v === "object" ? keyword(v.keyword) : v;
        this.failAt(fails, this.emitJump(OP.MATCH_EQ, slot, this.constant(lit)));
        return false;
      }
      case "ptyped":
        this.failAt(fails, this.emitJump(OP.MATCH_TYPE, slot, this.constant(keyword(p.type))));
        return this.pattern(p.inner, slot, fails);
      case "ptuple":
      case "plist": {
        const n = p.items.length;
        const isTuple = p.kind === "ptuple";
        const test = p.rest
          ? (isTuple ? OP.MATCH_TUPLE_MIN : OP.MATCH_LIST_MIN)
          : (isTuple ? OP.MATCH_TUPLE : OP.MATCH_LIST);
        this.failAt(fails, this.emitJump(test, slot, n));
        let kept = false;
        for (let i = 0; i < n; i++) {
          const item = p.items[i];
          if (item.kind === "pwild" || item.kind === "pignored") continue;
          if (item.kind === "pliteral") {
            // Test the member in a temporary slot, then drop it.
            const s = this.depth;
            this.emit(OP.PUSH_ELEM, slot, i);
            this.depth++;
            this.pattern(item, s, fails);
            continue;
          }
          const s = this.depth;
          this.at(item.span, () => this.emit(OP.PUSH_ELEM, slot, i));
          this.depth++;
          if (this.pattern(item, s, fails)) kept = true;
        }
        if (p.rest?.name) {
          const s = this.depth;
          this.at(p.rest.span, () => this.emit(OP.PUSH_REST, slot, n));
          this.depth++;
          if (this.bindAt(this.binding(p.rest), s)) kept = true;
        }
        return kept;
      }
      case "pdict": {
        this.failAt(fails, this.emitJump(OP.MATCH_DICT, slot));
        let kept = false;
        for (const en of p.entries) {
          const s = this.depth;
          this.failAt(
            fails,
            this.at(
              en.span,
              () => this.emitJump(OP.PUSH_KEY, slot, this.constant(keyword(en.key))),
            ),
          );
          this.depth++;
          if (this.pattern(en.pattern, s, fails)) kept = true;
        }
        if (p.rest?.name) {
          const s = this.depth;
          const keys = p.entries.map((en) => keyword(en.key));
          this.at(p.rest.span, () => this.emit(OP.PUSH_DICT_REST, slot, this.freshConstant(keys)));
          this.depth++;
          if (this.bindAt(this.binding(p.rest), s)) kept = true;
        }
        return kept;
      }
    }
  }
}

function collectPatternNodes(p: Pattern | TuplePattern, out: BindingNode[]): void {
  switch (p.kind) {
    case "pword":
      out.push(p);
      return;
    case "ptyped":
      collectPatternNodes(p.inner, out);
      return;
    case "ptuple":
    case "plist":
      for (const x of p.items) collectPatternNodes(x, out);
      if (p.rest?.name) out.push(p.rest);
      return;
    case "pdict":
      for (const en of p.entries) collectPatternNodes(en.pattern, out);
      if (p.rest?.name) out.push(p.rest);
      return;
  }
}
