/**
 * The fuzzing property: any source text, run through the whole pipeline, ends
 * in a result or a Ludus error within its budget. No host exception, no error of
 * kind `"internal"`, no JS stack trace in what a learner sees, no hang.
 *
 * @module
 */

import { parse } from "../../lib/syntax/parser.ts";
import { Source } from "../../lib/errors/source.ts";
import { type ErrorKind, formatError, LudusError } from "../../lib/errors/errors.ts";
import type { ModuleHost } from "../../lib/runtime/modules.ts";
import { runSource, type RunSourceOptions } from "../../lib/runtime/runtime.ts";
import { printScript } from "./print.ts";

/** The run options every fuzz case uses (deterministic, bounded). */
export const FUZZ_OPTIONS: RunSourceOptions = {
  maxReductions: 200_000,
  timeoutMs: 2_000,
  virtualClock: true,
  seed: 1,
  file: "fuzz.ld",
};

/**
 * A run that takes longer than this (ms) counts as a hang. Generous: the
 * scheduler checks its limits between slices, and the machine may be busy.
 */
export const HANG_MS = 10_000;

/** Modules come from memory only: a fuzz case never reads a file or the network. */
export const MEMORY_MODULES: ModuleHost = {
  load(url: string): Promise<string> {
    if (url.endsWith("/m.ld")) return Promise.resolve("#{:a 1, :f fn (x) -> x}");
    return Promise.reject(new LudusError("import", `no module at ${url} (fuzzing)`));
  },
};

/** How a case ended: fine (`ok` or a Ludus error kind), or a problem. */
export interface Outcome {
  /** `"ok"`, the kind of the Ludus error, or `"problem"`. */
  status: "ok" | ErrorKind | "problem";
  /** What is wrong, when status is `"problem"`. */
  problem: string | null;
  /** Milliseconds the run took. */
  ms: number;
  /** The result (`show` of the value), when the run succeeded. */
  result?: string | null;
  /** The Ludus error's message, when the run ended in one. */
  message?: string;
}

/**
 * Text that shows a JS stack trace (or host internals) leaked into learner-facing
 * text. Every alternative starts with a literal, so the search stays linear on
 * long texts (a `[\w.-]+\.ts:` form backtracks quadratically on a long word).
 */
const LEAK = /\bext:[\w/]|\bnode:internal\b|\.(?:ts|js|mjs):\d+:\d+|\[object \w+\]/;

function leaked(text: string): string | null {
  const m = LEAK.exec(text);
  return m ? m[0] : null;
}

function describeThrown(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}\n${e.stack ?? ""}`;
  return String(e);
}

/**
 * Words of programs whose output may depend on how they are sliced (processes,
 * time, introspection, the limits the scheduler checks between slices).
 */
const SLICING_SHOWS =
  /spawn|send|receive|self|observe|budget|import|sleep|yield|link|monitor|await|alive|name!|flush|random/;

/**
 * Run one source text and judge it (`options` override {@linkcode FUZZ_OPTIONS}).
 * Never throws. A program of one process that ends in a value or a panic is run
 * again with a budget of 3 reductions per slice (pausing and resuming it
 * everywhere, long built-ins included): it must print the same and end the same.
 */
export async function checkSource(
  text: string,
  options: RunSourceOptions = {},
): Promise<Outcome> {
  const first = await runOnce(text, options);
  const o = first.outcome;
  if ((o.status !== "ok" && o.status !== "panic") || options.budget || SLICING_SHOWS.test(text)) {
    return o;
  }
  const again = await runOnce(text, { ...options, budget: 3 });
  const a = again.outcome;
  if (a.status === "limit") return o; // more slices reach the time limit sooner
  const same = a.status === o.status && a.result === o.result && a.message === o.message &&
    again.console.join("\n") === first.console.join("\n");
  if (same) return o;
  return {
    status: "problem",
    problem: `with a budget of 3 reductions the run ends differently:\n  ${o.status} ${
      o.result ?? o.message
    }\n  ${a.status} ${a.result ?? a.problem ?? a.message}`,
    ms: o.ms + a.ms,
  };
}

async function runOnce(
  text: string,
  options: RunSourceOptions,
): Promise<{ outcome: Outcome; console: string[] }> {
  let console: string[] = [];
  const outcome = await judge(text, options, (c) => console = c);
  return { outcome, console };
}

async function judge(
  text: string,
  options: RunSourceOptions,
  keepConsole: (lines: string[]) => void,
): Promise<Outcome> {
  const reports: { text: string; error: LudusError | null }[] = [];
  const t0 = performance.now();
  let report;
  try {
    report = await runSource(text, {
      ...FUZZ_OPTIONS,
      ...options,
      moduleHost: MEMORY_MODULES,
      host: {
        report: (t, error) => reports.push({ text: t, error }),
      },
    });
  } catch (e) {
    const ms = performance.now() - t0;
    return { status: "problem", problem: `runSource threw: ${describeThrown(e)}`, ms };
  }
  const ms = performance.now() - t0;
  keepConsole(report.console);
  const problem = (p: string): Outcome => ({ status: "problem", problem: p, ms });
  if (ms > HANG_MS) {
    const limit = options.timeoutMs ?? FUZZ_OPTIONS.timeoutMs;
    return problem(`the run took ${Math.round(ms)} ms (timeout: ${limit ?? "none"})`);
  }
  const err = report.error;
  if (err !== null && !(err instanceof LudusError)) {
    return problem(`the error is not a LudusError: ${describeThrown(err)}`);
  }
  for (const r of reports) {
    if (r.error && r.error.kind === "internal") {
      return problem(`internal error in another process: ${r.error.message}`);
    }
    const l = leaked(r.text) ?? (r.error ? leaked(formatError(r.error)) : null);
    if (l) return problem(`a report shows host internals (${l}):\n${r.text}`);
  }
  for (const line of report.console) {
    const l = leaked(line);
    if (l) return problem(`console output shows host internals (${l}): ${line}`);
  }
  if (err === null) {
    if (typeof report.result !== "string") {
      return problem(`no error, but result is ${report.result}`);
    }
    return { status: "ok", problem: null, ms, result: report.result };
  }
  if (err.kind === "internal") return problem(`internal error: ${err.message}`);
  let formatted: string;
  try {
    formatted = formatError(err);
  } catch (e) {
    return problem(`formatError threw: ${describeThrown(e)}`);
  }
  const l = leaked(formatted);
  if (l) return problem(`the formatted error shows host internals (${l}):\n${formatted}`);
  return { status: err.kind, problem: null, ms, message: err.message };
}

/**
 * For printed syntax trees: the text must parse, and printing what the parser
 * read must give the same text. Returns a problem, or null.
 */
export function checkRoundTrip(text: string): string | null {
  let again: string;
  try {
    again = printScript(parse(new Source("fuzz.ld", text)).exprs);
  } catch (e) {
    if (e instanceof LudusError) {
      // Trees nested past the parser's limit are refused with a Ludus error: fine.
      if (/nests too deeply/.test(e.message)) return null;
      return `a printed tree does not parse: ${e.message} at ${e.location()}`;
    }
    return `parse threw: ${describeThrown(e)}`;
  }
  if (again !== text) return `print(parse(text)) differs from text:\n${again}`;
  return null;
}

/**
 * A short form of a problem for grouping: its first line, with numbers, quoted
 * code and values left out.
 */
export function signature(problem: string): string {
  return problem
    .split("\n")[0]
    .replace(/`[^`]*`/g, "`…`")
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\(.*\)/g, "(…)")
    .replace(/\d+/g, "N")
    .slice(0, 160);
}
