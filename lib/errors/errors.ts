/**
 * Errors as data, and the one place that formats them for a learner.
 *
 * Every stage (lexer, parser, validator, VM, scheduler, modules) reports problems
 * as a {@linkcode LudusError}: a kind, a message in plain words, the source and
 * span it is about, and for panics the Ludus call stack. {@linkcode formatError}
 * turns one into the text the CLI prints: a `FILE:LINE:COLUMN` header, the source
 * line with a `^^^` underline, the message, and the stack.
 *
 * @module
 */

import type { Source, Span } from "./source.ts";

/** Kinds of Ludus errors. */
export type ErrorKind =
  | "syntax"
  | "validation"
  | "panic"
  | "import"
  | "deadlock"
  | "limit"
  | "stopped"
  | "usage"
  | "internal";

/** One line of a Ludus call stack, innermost first. */
export interface StackEntry {
  /** Function name (`fn anonymous` for a lambda, `script` for the toplevel). */
  fn: string;
  /** File or URL of the code. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Extra words, such as "tail calls elided frames here". */
  note?: string;
}

/** An error a Ludus user sees: kind, plain-words message, where. */
export class LudusError extends Error {
  /** What went wrong, broadly. */
  kind: ErrorKind;
  /** The source text the span points into, if known. */
  source: Source | null;
  /** The offending text, if known. */
  span: Span | null;
  /** The Ludus call stack at a panic, innermost first. */
  ludusStack: StackEntry[];
  /** An optional suggestion printed after the message. */
  hint: string | null;
  /** The pid of the process that failed, if any. */
  pid: number | null;

  /**
   * Make an error.
   *
   * @example Usage
   * ```ts
   * import { LudusError } from "./errors.ts";
   * const e = new LudusError("panic", "no clause matched");
   * console.assert(e.kind === "panic");
   * ```
   */
  constructor(
    kind: ErrorKind,
    message: string,
    source: Source | null = null,
    span: Span | null = null,
    opts: { stack?: StackEntry[]; hint?: string; pid?: number } = {},
  ) {
    super(message);
    this.name = "LudusError";
    this.kind = kind;
    this.source = source;
    this.span = span;
    this.ludusStack = opts.stack ?? [];
    this.hint = opts.hint ?? null;
    this.pid = opts.pid ?? null;
  }

  /** `FILE:LINE:COLUMN` of the error, or the file alone, or null. */
  location(): string | null {
    if (!this.source) return null;
    if (!this.span) return this.source.name;
    const { line, column } = this.source.position(this.span.start);
    return `${this.source.name}:${line}:${column}`;
  }

  /** A plain JSON form (for `--json` and for the web page). */
  toJSON(): Record<string, unknown> {
    const pos = this.source && this.span ? this.source.position(this.span.start) : null;
    return {
      kind: this.kind,
      message: this.message,
      file: this.source?.name ?? null,
      line: pos?.line ?? null,
      column: pos?.column ?? null,
      hint: this.hint,
      stack: this.ludusStack,
    };
  }
}

/** Headlines per kind, in plain words. */
const HEADLINES: Record<ErrorKind, string> = {
  syntax: "Ludus could not read this code",
  validation: "Ludus found a problem before running",
  panic: "Ludus panicked",
  import: "Ludus could not import a module",
  deadlock: "Ludus stopped a deadlock",
  limit: "Ludus stopped at a limit",
  stopped: "Ludus was stopped",
  usage: "Usage error",
  internal: "Internal error in Ludus",
};

/** Colour functions used by {@linkcode formatError}; identity when colour is off. */
export interface Painter {
  /** Headline and underline colour. */
  red(s: string): string;
  /** File positions. */
  cyan(s: string): string;
  /** De-emphasised text. */
  dim(s: string): string;
  /** Emphasis. */
  bold(s: string): string;
}

const PLAIN: Painter = {
  red: (s) => s,
  cyan: (s) => s,
  dim: (s) => s,
  bold: (s) => s,
};

/** Underline a span of one source line: the line, then `^^^` under the span. */
export function underline(source: Source, span: Span, paint: Painter = PLAIN): string[] {
  const { line, column } = source.position(span.start);
  const text = source.lineText(line).replace(/\t/g, " ");
  const endPos = source.position(Math.max(span.start, span.end - 1));
  const width = endPos.line === line ? Math.max(1, endPos.column - column + 1) : Math.max(
    1,
    text.length - column + 1,
  );
  const gutter = String(line);
  const pad = " ".repeat(gutter.length);
  const shown = text.length > 200 ? text.slice(0, 200) + " …" : text;
  const caretCol = Math.min(column - 1, 200);
  return [
    `${pad} ${paint.dim("|")}`,
    `${paint.dim(gutter)} ${paint.dim("|")} ${shown}`,
    `${pad} ${paint.dim("|")} ${" ".repeat(caretCol)}${
      paint.red("^".repeat(Math.min(width, 200 - caretCol + 2)))
    }`,
  ];
}

/**
 * Format an error for a terminal: header with `FILE:LINE:COLUMN`, the source line
 * underlined, the message, an optional hint, and the Ludus stack.
 *
 * @example Usage
 * ```ts
 * import { Source } from "./source.ts";
 * import { formatError, LudusError } from "./errors.ts";
 * const src = new Source("x.ld", "let x = y");
 * const text = formatError(new LudusError("validation", "unbound name `y`", src, { start: 8, end: 9 }));
 * console.assert(text.includes("x.ld:1:9"));
 * ```
 */
export function formatError(err: LudusError, paint: Painter = PLAIN): string {
  const out: string[] = [];
  const where = err.location();
  const pid = err.pid !== null && err.pid !== 1 ? ` in process <pid ${err.pid}>` : "";
  out.push(
    paint.red(paint.bold(`${HEADLINES[err.kind]}${pid}`)) +
      (where ? ` ${paint.dim("at")} ${paint.cyan(where)}` : ""),
  );
  if (err.source && err.span) out.push(...underline(err.source, err.span, paint));
  for (const line of err.message.split("\n")) out.push(line);
  if (err.hint) out.push(paint.dim(`hint: ${err.hint}`));
  if (err.ludusStack.length > 0) {
    out.push(paint.dim("Ludus stack (innermost first):"));
    const shown = err.ludusStack.length > 24
      ? [...err.ludusStack.slice(0, 12), null, ...err.ludusStack.slice(-10)]
      : err.ludusStack;
    for (const e of shown) {
      if (e === null) {
        out.push(paint.dim(`  … ${err.ludusStack.length - 22} more frames …`));
        continue;
      }
      const where = e.file.startsWith("prelude")
        ? ""
        : ` ${paint.dim("at")} ${paint.cyan(`${e.file}:${e.line}:${e.column}`)}`;
      out.push(`  ${e.fn}${where}` + (e.note ? paint.dim(` (${e.note})`) : ""));
    }
  }
  return out.join("\n");
}

/** A panic raised inside the VM or a built-in, turned into a LudusError by `run`. */
export class Panic {
  /** The message, in plain words. */
  readonly message: string;
  /** The kind of error (a panic unless a limit was hit or an import failed). */
  readonly kind: "panic" | "limit" | "import";
  /** True to place the error at the call site of the innermost frame (no clause matched). */
  readonly atCallSite: boolean;
  /** A suggestion printed after the message, or null. */
  readonly hint: string | null;
  /** Make a panic. */
  constructor(
    message: string,
    kind: "panic" | "limit" | "import" = "panic",
    atCallSite = false,
    hint: string | null = null,
  ) {
    this.message = message;
    this.kind = kind;
    this.atCallSite = atCallSite;
    this.hint = hint;
  }
}

/**
 * Wrap an unexpected host exception as an internal error, in one line, without a
 * JS stack trace. (A Ludus panic raised outside a process becomes its own kind.)
 */
export function internalError(e: unknown): LudusError {
  if (e instanceof Panic) {
    return new LudusError(e.kind, e.message, null, null, { hint: e.hint ?? undefined });
  }
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new LudusError(
    "internal",
    `something went wrong inside Ludus itself (${what}). This is a bug in Ludus, not in your program.`,
    null,
    null,
    { hint: "please report it with the program that caused it" },
  );
}
