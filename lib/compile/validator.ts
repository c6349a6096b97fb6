/**
 * The validator: everything that can be known about a script before it runs.
 *
 * It resolves every name to the place that binds it (a {@linkcode Binding}), the
 * running function itself, a global of an earlier REPL entry, or the prelude; and
 * it reports, with spans and in plain words:
 * - unbound names (with a "did you mean" suggestion), and names used before the
 *   line that binds them;
 * - a name bound twice in one scope or one pattern;
 * - `recur` outside the tail position of a `loop`, or with the wrong number of
 *   values;
 * - toplevel-only forms (`import`, `pkg`, `test`) anywhere else;
 * - misplaced placeholders `_`, called keywords with other than one argument,
 *   unknown type keywords in `x as :type`.
 *
 * Scoping rules (recorded in docs/notes/decisions.md): a name is visible from the
 * expression after the one that binds it to the end of its block. Inside a
 * function body, a name bound LATER in an enclosing block is also visible (so
 * functions can call each other in any order); if no earlier binding of that name
 * exists. At the toplevel such names are globals; in an inner block the compiler
 * keeps them in a cell ({@linkcode Binding.needsCell}).
 *
 * @module
 */

import type {
  ArgsExpr,
  BlockExpr,
  DictEntry,
  Expr,
  FnClause,
  FnExpr,
  Interpolation,
  MatchClause,
  Pattern,
  RestPattern,
  Script,
  SplatExpr,
  TestExpr,
  WordExpr,
} from "../syntax/ast.ts";
import type { Span } from "../errors/source.ts";
import type { Source } from "../errors/source.ts";
import { LudusError } from "../errors/errors.ts";

/** A node that binds a name. */
export type BindingNode =
  | Pattern
  | RestPattern
  | FnExpr
  | Expr;

/** One binding of a name. */
export class Binding {
  /** The bound name. */
  readonly name: string;
  /** The node that binds it. */
  readonly node: BindingNode;
  /** The function it belongs to. */
  readonly fn: FnScope;
  /** True for the script's toplevel bindings (globals). */
  readonly toplevel: boolean;
  /** True when a closure may read it before it is bound: kept in a cell. */
  needsCell: boolean;
  /** Where it is bound, for messages. */
  readonly span: Span;
  /** Make a binding. */
  constructor(name: string, node: BindingNode, fn: FnScope, toplevel: boolean, span: Span) {
    this.name = name;
    this.node = node;
    this.fn = fn;
    this.toplevel = toplevel;
    this.needsCell = false;
    this.span = span;
  }
}

/** What a name refers to. */
export type Resolution =
  | { kind: "binding"; binding: Binding }
  | { kind: "self" }
  | { kind: "global"; slot: number }
  | { kind: "prelude"; name: string };

/** A function being analysed. */
export class FnScope {
  /** The enclosing function. */
  readonly parent: FnScope | null;
  /** The function's own name (for recursion), if named. */
  readonly selfName: string | null;
  /** Make a function scope. */
  constructor(parent: FnScope | null, selfName: string | null) {
    this.parent = parent;
    this.selfName = selfName;
  }
}

interface Scope {
  fn: FnScope;
  names: Map<string, Binding>;
  later: Map<string, Binding>;
  toplevel: boolean;
}

interface LoopInfo {
  arity: number;
  fn: FnScope;
}

/** What the compiler needs from validation. */
export interface Analysis {
  /** The resolution of every name reference (words and interpolations). */
  refs: Map<WordExpr | Interpolation, Resolution>;
  /** The binding made by each binding node. */
  bindings: Map<BindingNode, Binding>;
  /** Named `fn` expressions that bind their name (statements of a block). */
  bindingFns: Set<FnExpr>;
  /** The scope of each function expression (and of the script itself). */
  fnScopes: Map<FnExpr | Script | TestExpr, FnScope>;
}

/** Options for {@linkcode validate}. */
export interface ValidateOptions {
  /** Names the prelude binds (the outermost scope). */
  prelude: ReadonlySet<string>;
  /** Toplevel names from earlier REPL entries or notebook blocks: name to global slot. */
  globals?: ReadonlyMap<string, number>;
  /** Allow names to be rebound at the toplevel (the REPL does). */
  allowRebind?: boolean;
}

/** The type keywords `x as :type` accepts. */
export const TYPE_NAMES: readonly string[] = [
  "nil",
  "boolean",
  "number",
  "keyword",
  "string",
  "tuple",
  "list",
  "dict",
  "set",
  "fn",
  "box",
  "pid",
  "pkg",
];

/**
 * Validate a script. Throws the first {@linkcode LudusError} (kind "validation");
 * returns the analysis the compiler needs.
 *
 * @example Usage
 * ```ts
 * import { parse } from "../syntax/parser.ts";
 * import { Source } from "../errors/source.ts";
 * import { validate } from "./validator.ts";
 * const script = parse(new Source("x.ld", "let x = 1\nadd (x, 2)"));
 * validate(script, { prelude: new Set(["add"]) });
 * ```
 */
export function validate(script: Script, opts: ValidateOptions): Analysis {
  const v = new Validator(script.source, opts);
  v.script(script);
  return v.analysis;
}

class Validator {
  readonly analysis: Analysis = {
    refs: new Map(),
    bindings: new Map(),
    bindingFns: new Set(),
    fnScopes: new Map(),
  };
  readonly source: Source;
  readonly opts: ValidateOptions;
  scopes: Scope[] = [];
  fn: FnScope = new FnScope(null, null);
  loops: LoopInfo[] = [];

  constructor(source: Source, opts: ValidateOptions) {
    this.source = source;
    this.opts = opts;
  }

  error(message: string, span: Span, hint?: string): never {
    throw new LudusError("validation", message, this.source, span, hint ? { hint } : {});
  }

  line(span: Span): number {
    return this.source.position(span.start).line;
  }

  // --- scopes

  pushScope(toplevel: boolean): Scope {
    const s: Scope = { fn: this.fn, names: new Map(), later: new Map(), toplevel };
    this.scopes.push(s);
    return s;
  }

  popScope(): void {
    this.scopes.pop();
  }

  get scope(): Scope {
    return this.scopes[this.scopes.length - 1];
  }

  /** Make (or fetch the pre-declared) binding for a node. */
  bindingFor(name: string, node: BindingNode, span: Span): Binding {
    let b = this.analysis.bindings.get(node);
    if (!b) {
      b = new Binding(name, node, this.fn, this.scope.toplevel, span);
      this.analysis.bindings.set(node, b);
    }
    return b;
  }

  /** Bind a name in the current scope (the binding becomes visible). */
  declare(name: string, node: BindingNode, span: Span): Binding {
    const scope = this.scope;
    const existing = scope.names.get(name);
    if (existing && !(scope.toplevel && this.opts.allowRebind)) {
      if (kindOf(existing.node) === "fndecl" && kindOf(node) === "fn") {
        this.analysis.bindings.set(node, existing);
        return existing;
      }
      this.error(
        `\`${name}\` is already bound in this scope (on line ${this.line(existing.span)})`,
        span,
        "use a different name, or bind it in an inner block { ... }",
      );
    }
    const b = this.bindingFor(name, node, span);
    scope.names.set(name, b);
    return b;
  }

  /** Pre-declare the names a block's statements bind, for forward references. */
  prescan(exprs: Expr[]): void {
    const scope = this.scope;
    const note = (name: string, node: BindingNode, span: Span) => {
      if (scope.later.has(name)) {
        // A fn defined after its forward declaration shares the declaration's binding.
        const prev = scope.later.get(name)!;
        if (kindOf(prev.node) === "fndecl" && kindOf(node) === "fn") {
          this.analysis.bindings.set(node, prev);
        }
        return;
      }
      scope.later.set(name, this.bindingFor(name, node, span));
    };
    const declared = new Map<string, Expr>();
    for (const e of exprs) {
      switch (e.kind) {
        case "let":
          for (const [name, node, span] of patternNames(e.pattern)) note(name, node, span);
          break;
        case "fn":
          if (e.name) {
            note(e.name, e, e.span);
            declared.delete(e.name);
          }
          break;
        case "fndecl":
          note(e.name, e, e.span);
          declared.set(e.name, e);
          break;
        case "box":
        case "pkg":
        case "import":
          note(e.name, e, e.nameSpan);
          break;
      }
    }
    // Reported when the validator reaches the declaration, so errors come in source order.
    for (const e of declared.values()) this.neverDefined.add(e);
  }

  /** Forward declarations `fn name` with no `fn name (...) -> ...` after them in their block. */
  readonly neverDefined: Set<Expr> = new Set();

  // --- names

  resolve(name: string, span: Span, ref: WordExpr | Interpolation): void {
    const r = this.lookup(name, span);
    this.analysis.refs.set(ref, r);
  }

  lookup(name: string, span: Span): Resolution {
    const scopes = this.scopes;
    // a. the current function's own scopes
    let i = scopes.length - 1;
    for (; i >= 0 && scopes[i].fn === this.fn; i--) {
      const b = scopes[i].names.get(name);
      if (b) return { kind: "binding", binding: b };
    }
    // b. the function's own name
    if (this.fn.selfName === name) return { kind: "self" };
    // c. enclosing functions' scopes, bound so far
    for (let j = i; j >= 0; j--) {
      const b = scopes[j].names.get(name);
      if (b) return { kind: "binding", binding: b };
    }
    // d. earlier REPL entries / notebook blocks
    const g = this.opts.globals?.get(name);
    if (g !== undefined) return { kind: "global", slot: g };
    // e. bound later in an enclosing function's block: a forward reference
    for (let j = i; j >= 0; j--) {
      const b = scopes[j].later.get(name);
      if (b) {
        if (!b.toplevel) b.needsCell = true;
        return { kind: "binding", binding: b };
      }
    }
    // f. the prelude
    if (this.opts.prelude.has(name)) return { kind: "prelude", name };
    // g. unbound: say why as precisely as we can
    for (let j = scopes.length - 1; j > i; j--) {
      const b = scopes[j].later.get(name);
      if (b) {
        this.error(
          `\`${name}\` is used before it is bound (it is bound on line ${this.line(b.span)})`,
          span,
          "move the binding above this line",
        );
      }
    }
    // `get (name, d)` for `get (:name, d)`: the keyword is written elsewhere in the file.
    // (Not for a huge name: V8 cannot build the pattern, "Regular expression too large".)
    const asKeyword = name.length <= 1000 &&
      new RegExp(`:${name.replace(/[?!*/]/g, "\\$&")}(?![a-zA-Z0-9_/?!*])`).test(this.source.text);
    const guess = this.suggest(name);
    this.error(
      `unbound name \`${name}\`: nothing called \`${name}\` is bound here`,
      span,
      asKeyword
        ? `did you mean the keyword \`:${name}\`? (a keyword starts with a colon)`
        : guess
        ? `did you mean \`${guess}\`?`
        : undefined,
    );
  }

  suggest(name: string): string | null {
    const candidates = new Set<string>();
    for (const s of this.scopes) {
      for (const n of s.names.keys()) candidates.add(n);
      for (const n of s.later.keys()) candidates.add(n);
    }
    for (const n of this.opts.prelude) candidates.add(n);
    for (const n of this.opts.globals?.keys() ?? []) candidates.add(n);
    let best: string | null = null;
    let bestD = Math.max(1, Math.floor(name.length / 3)) + 1;
    for (const c of candidates) {
      if (Math.abs(c.length - name.length) >= bestD) continue;
      const d = editDistance(name, c);
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    return best;
  }

  // --- the script

  script(s: Script): void {
    this.analysis.fnScopes.set(s, this.fn);
    this.pushScope(true);
    this.prescan(s.exprs);
    for (const e of s.exprs) this.statement(e, true, null);
    this.popScope();
  }

  /** A statement of a block or script: binding forms bind here. */
  statement(e: Expr, toplevel: boolean, tailLoop: LoopInfo | null): void {
    switch (e.kind) {
      case "let":
        this.expr(e.value, null);
        this.pattern(e.pattern, new Set());
        return;
      case "fn":
        if (e.name) {
          this.analysis.bindingFns.add(e);
          this.fnExpr(e);
          this.declare(e.name, e, e.span);
          return;
        }
        break;
      case "fndecl": {
        // Declared now, defined later: closures made in between read it through a cell.
        const b = this.declare(e.name, e, e.span);
        if (this.neverDefined.has(e)) {
          this.error(
            `\`${e.name}\` is declared here, but never defined in this block`,
            e.span,
            `define it below, as in \`fn ${e.name} (x) -> ...\`, or remove this line`,
          );
        }
        if (!b.toplevel) b.needsCell = true;
        return;
      }
      case "box":
        this.expr(e.value, null);
        this.declare(e.name, e, e.nameSpan);
        return;
      case "pkg":
        if (!toplevel) this.notToplevel("pkg", e.span);
        this.entries(e.entries);
        this.declare(e.name, e, e.nameSpan);
        return;
      case "import":
        if (!toplevel) this.notToplevel("import", e.span);
        this.declare(e.name, e, e.nameSpan);
        return;
      case "test": {
        if (!toplevel) this.notToplevel("test", e.span);
        // A test body runs later, as a function of no arguments.
        const saved = this.fn;
        const savedLoops = this.loops;
        this.fn = new FnScope(saved, null);
        this.analysis.fnScopes.set(e, this.fn);
        this.loops = [];
        this.expr(e.body, null);
        this.fn = saved;
        this.loops = savedLoops;
        return;
      }
    }
    this.expr(e, tailLoop);
  }

  notToplevel(what: string, span: Span): never {
    this.error(
      `\`${what}\` may only appear at the top level of a script, not inside a block or function`,
      span,
    );
  }

  block(b: BlockExpr, tailLoop: LoopInfo | null): void {
    this.pushScope(false);
    this.prescan(b.exprs);
    const n = b.exprs.length;
    for (let i = 0; i < n; i++) this.statement(b.exprs[i], false, i === n - 1 ? tailLoop : null);
    this.popScope();
  }

  // --- expressions

  expr(e: Expr, tailLoop: LoopInfo | null): void {
    switch (e.kind) {
      case "nil":
      case "bool":
      case "number":
      case "keyword":
        return;
      case "string":
        for (const p of e.parts) if (typeof p !== "string") this.resolve(p.name, p.span, p);
        return;
      case "word":
        this.resolve(e.name, e.span, e);
        return;
      case "placeholder":
        this.error(
          "`_` can only stand in for one argument of a call, as in `add (1, _)`",
          e.span,
        );
        return;
      case "tuple":
        for (const x of e.items) this.expr(x, null);
        return;
      case "list":
      case "set":
        for (const x of e.items) this.expr(x.kind === "splat" ? x.value : x, null);
        return;
      case "dict":
        this.entries(e.entries);
        return;
      case "synthetic": {
        if (e.root.kind === "word") this.resolve(e.root.name, e.root.span, e.root);
        let prevKeyword = e.root.kind === "keyword";
        for (const t of e.tail) {
          if (t.kind === "args") {
            if (prevKeyword) {
              if (t.items.length !== 1 || t.items[0].kind === "placeholder") {
                this.error(
                  "a keyword called as a function takes exactly one argument, as in `:a (dict)`",
                  t.span,
                );
              }
            }
            this.args(t);
            prevKeyword = false;
          } else {
            prevKeyword = false;
          }
        }
        return;
      }
      case "let":
        // A `let` in expression position (not a statement) binds nothing outside.
        this.pushScope(false);
        this.expr(e.value, null);
        this.pattern(e.pattern, new Set());
        this.popScope();
        return;
      case "block":
        this.block(e, tailLoop);
        return;
      case "if":
        this.expr(e.cond, null);
        this.expr(e.then, tailLoop);
        this.expr(e.else, tailLoop);
        return;
      case "iflet":
        this.expr(e.value, null);
        this.pushScope(false);
        this.pattern(e.pattern, new Set());
        this.expr(e.then, tailLoop);
        this.popScope();
        this.expr(e.else, tailLoop);
        return;
      case "when":
        for (const c of e.clauses) {
          if (c.test) this.expr(c.test, null);
          this.expr(c.body, tailLoop);
        }
        return;
      case "match":
        this.expr(e.value, null);
        for (const c of e.clauses) this.matchClause(c, tailLoop);
        return;
      case "receive":
        for (const c of e.clauses) this.matchClause(c, tailLoop);
        return;
      case "fn":
        this.fnExpr(e);
        return;
      case "fndecl":
        this.error("a forward declaration `fn name` must stand on its own line", e.span);
        return;
      case "do":
        this.expr(e.first, null);
        for (const s of e.steps) this.pipeStep(s);
        return;
      case "loop": {
        for (const x of e.args.items) this.expr(x, null);
        const info: LoopInfo = { arity: e.args.items.length, fn: this.fn };
        for (const c of e.clauses) {
          if (c.params.rest === null && c.params.items.length !== info.arity) {
            this.error(
              `this loop starts with ${plural(info.arity, "value")}, but this clause takes ${
                plural(c.params.items.length, "value")
              }`,
              c.params.span,
            );
          }
          this.loops.push(info);
          this.clause(c, info);
          this.loops.pop();
        }
        return;
      }
      case "recur": {
        const inner = this.loops[this.loops.length - 1];
        if (!inner || inner.fn !== this.fn) {
          this.error("`recur` can only be used inside a `loop`", e.span);
        }
        if (tailLoop !== inner) {
          this.error(
            "`recur` must be the last thing a loop clause does (in tail position)",
            e.span,
          );
        }
        if (e.args.items.length !== inner.arity) {
          this.error(
            `this loop takes ${plural(inner.arity, "value")}, but \`recur\` gives it ${
              plural(e.args.items.length, "value")
            }`,
            e.args.span,
          );
        }
        for (const x of e.args.items) {
          if (x.kind === "placeholder") {
            this.error("`_` cannot stand in for an argument of `recur`", x.span);
          }
          this.expr(x, null);
        }
        return;
      }
      case "repeat":
        this.expr(e.count, null);
        this.block(e.body, null);
        return;
      case "panic":
        this.expr(e.value, null);
        return;
      case "box":
      case "pkg":
      case "import":
      case "test":
        // Binding forms outside statement position.
        this.pushScope(false);
        this.statement(e, false, null);
        this.popScope();
        return;
    }
  }

  args(a: ArgsExpr): void {
    let holes = 0;
    for (const x of a.items) {
      if (x.kind === "placeholder") {
        holes++;
        if (holes > 1) {
          this.error(
            "a partially applied function may have only one `_`",
            x.span,
            "write a lambda instead: `fn (x, y) -> ...`",
          );
        }
      } else this.expr(x, null);
    }
  }

  pipeStep(s: Expr): void {
    this.expr(s, null);
  }

  entries(entries: (DictEntry | SplatExpr)[]): void {
    for (const en of entries) this.expr(en.kind === "splat" ? en.value : en.value, null);
  }

  fnExpr(e: FnExpr): void {
    const saved = this.fn;
    const savedLoops = this.loops;
    this.fn = new FnScope(saved, e.name);
    this.analysis.fnScopes.set(e, this.fn);
    this.loops = [];
    for (const c of e.clauses) this.clause(c, null);
    this.fn = saved;
    this.loops = savedLoops;
  }

  clause(c: FnClause, loop: LoopInfo | null): void {
    this.pushScope(false);
    this.pattern(c.params, new Set());
    if (c.guard) this.expr(c.guard, null);
    this.expr(c.body, loop);
    this.popScope();
  }

  matchClause(c: MatchClause, tailLoop: LoopInfo | null): void {
    this.pushScope(false);
    this.pattern(c.pattern, new Set());
    if (c.guard) this.expr(c.guard, null);
    this.expr(c.body, tailLoop);
    this.popScope();
  }

  // --- patterns

  pattern(p: Pattern, seen: Set<string>): void {
    switch (p.kind) {
      case "pwild":
      case "pignored":
      case "pliteral":
        return;
      case "pword":
        this.patternName(p.name, p, p.span, seen);
        return;
      case "ptyped":
        if (!TYPE_NAMES.includes(p.type)) {
          this.error(
            `\`:${p.type}\` is not a type: types are ${TYPE_NAMES.map((t) => ":" + t).join(" ")}`,
            p.span,
          );
        }
        this.pattern(p.inner, seen);
        return;
      case "ptuple":
      case "plist":
        for (const x of p.items) this.pattern(x, seen);
        if (p.rest?.name) this.patternName(p.rest.name, p.rest, p.rest.span, seen);
        return;
      case "pdict":
        for (const en of p.entries) this.pattern(en.pattern, seen);
        if (p.rest?.name) this.patternName(p.rest.name, p.rest, p.rest.span, seen);
        return;
    }
  }

  patternName(name: string, node: BindingNode, span: Span, seen: Set<string>): void {
    if (seen.has(name)) {
      this.error(
        `\`${name}\` appears twice in this pattern; a name may be bound only once`,
        span,
        "use `_` or `_" + name + "` for a value you want to ignore",
      );
    }
    seen.add(name);
    this.declare(name, node, span);
  }
}

/** The names a pattern binds, with their nodes, in order. */
export function patternNames(p: Pattern): [string, BindingNode, Span][] {
  const out: [string, BindingNode, Span][] = [];
  const walk = (q: Pattern) => {
    switch (q.kind) {
      case "pword":
        out.push([q.name, q, q.span]);
        return;
      case "ptyped":
        walk(q.inner);
        return;
      case "ptuple":
      case "plist":
        q.items.forEach(walk);
        if (q.rest?.name) out.push([q.rest.name, q.rest, q.rest.span]);
        return;
      case "pdict":
        for (const en of q.entries) walk(en.pattern);
        if (q.rest?.name) out.push([q.rest.name, q.rest, q.rest.span]);
        return;
    }
  };
  walk(p);
  return out;
}

function kindOf(node: BindingNode): string {
  return "kind" in node ? node.kind : "rest";
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * Edit distance for "did you mean": insertions, deletions, substitutions, and a
 * swap of two neighbouring letters, each counting one (so `nmaes` is one edit
 * from `names`).
 */
export function editDistance(a: string, b: string): number {
  const m = a.length, n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => {
    const row = new Array<number>(n + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[m][n];
}
