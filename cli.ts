#!/usr/bin/env -S deno run --allow-read
/**
 * The `ludus` command.
 *
 *     deno run -R cli.ts FILE.ld            run a script
 *     deno run cli.ts - < FILE.ld           run a script from stdin
 *     deno run -R cli.ts --disasm FILE.ld   show its bytecode
 *     deno run -R cli.ts --help             all options
 *
 * stdout carries only the console output and, last, the result; errors and
 * reports go to stderr. Exit codes: 0 success, 1 a Ludus error, 2 bad usage.
 *
 * @module
 */

import { parseArgs } from "./lib/_args.ts";
import * as colors from "./lib/_colors.ts";
import { disassemble } from "./lib/disasm.ts";
import { formatError, internalError, LudusError, type Painter } from "./lib/errors.ts";
import {
  loadModuleText,
  readScript,
  readStdin,
  scriptUrl,
  useColor,
  writeErr,
  writeFile,
  writeOut,
} from "./lib/host_deno.ts";
import { renderSvg } from "./lib/turtle.ts";
import { formatProcessTable, rowOf } from "./lib/observe.ts";
import { runTop } from "./lib/host_top.ts";
import { compileSource, runTests, Runtime } from "./lib/runtime.ts";
import { loadPrelude } from "./lib/prelude.ts";
import { docOf } from "./lib/builtins.ts";
import { DEFAULTS } from "./lib/scheduler.ts";

/** The version printed by `--version`. */
export const VERSION = "0.1.0";

const USAGE = `Ludus ${VERSION}: run Ludus programs on a BEAM-like VM.

Usage:
  deno run -R cli.ts [options] FILE.ld     run a script (- reads it from stdin)
  deno run -R cli.ts --disasm FILE.ld      print the compiled bytecode
  deno run -R cli.ts test FILE.ld          run the script's \`test "name" expr\` forms
  deno run cli.ts doc NAME                 show the documentation of a prelude function
  deno run -R cli.ts top FILE.ld           run it with a live table of its processes (q quits)

Options:
  --observe              at exit, print a table of every process to stderr
  --test                 the same as the \`test\` subcommand
  --json                 print one JSON object: result, console, turtle, error
  --svg FILE             write the turtle drawing to FILE as SVG (needs --allow-write)
  --budget N             reductions per time slice (default ${DEFAULTS.budget})
  --seed N               seed for random (same seed, same run)
  --wait-all             wait for every process, not just the main script
  --virtual-clock        make sleep! instant (but ordered)
  --max-reductions N     stop after N reductions in total
  --timeout MS           stop after MS milliseconds
  --no-color             never colour errors
  -h, --help             this help
  -V, --version          print the version

Exit codes: 0 success, 1 a Ludus error (panic, syntax, deadlock, limit), 2 bad usage.
Permissions: --allow-read (-R) to read scripts; --allow-write (-W) for --svg; nothing else
for local programs.`;

const OPTIONS = {
  json: { type: "boolean" },
  test: { type: "boolean" },
  observe: { type: "boolean" },
  svg: { type: "string" },
  disasm: { type: "boolean" },
  budget: { type: "string" },
  seed: { type: "string" },
  "wait-all": { type: "boolean" },
  "virtual-clock": { type: "boolean" },
  "max-reductions": { type: "string" },
  timeout: { type: "string" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
} as const;

/** Subcommands; a script with one of these names runs as `./NAME`. */
const SUBCOMMANDS = new Set<string>(["test", "doc", "top"]);

function usageError(message: string): never {
  throw new LudusError("usage", message, null, null, {
    hint: "run with --help to see the options",
  });
}

function intOption(v: string | boolean | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== "string" || !Number.isFinite(n) || n < 0) {
    usageError(`--${name} needs a number, not "${v}"`);
  }
  return n;
}

function painter(on: boolean): Painter {
  colors.setColorEnabled(on);
  return { red: colors.red, cyan: colors.cyan, dim: colors.dim, bold: colors.bold };
}

/** Run the command line; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  let paint = painter(false);
  let json = false;
  try {
    let parsed;
    try {
      parsed = parseArgs(args, OPTIONS);
    } catch (e) {
      usageError((e as Error).message.replace(/\. To specify.*$/s, ""));
    }
    const opts = parsed.values;
    json = opts.json === true;
    paint = painter(!opts["no-color"] && useColor("stderr"));
    if (opts.help) {
      writeOut(USAGE + "\n");
      return 0;
    }
    if (opts.version) {
      writeOut(`ludus ${VERSION}\n`);
      return 0;
    }
    let positionals = parsed.positionals;
    let command = opts.test ? "test" : "run";
    if (positionals.length > 0 && SUBCOMMANDS.has(positionals[0])) {
      command = positionals[0];
      positionals = positionals.slice(1);
    }
    if (command === "doc") return docCommand(positionals);
    if (positionals.length === 0) usageError("no script given: which .ld file should I run?");
    if (positionals.length > 1) {
      usageError(`one script at a time, please (got ${positionals.join(", ")})`);
    }
    const file = positionals[0];
    const text = file === "-" ? await readStdin() : await readScript(file);
    const name = file === "-" ? "<stdin>" : file;

    if (opts.disasm) {
      writeOut(disassemble(compileSource(text, { file: name }).proto));
      return 0;
    }

    const rt = new Runtime({
      file: name,
      url: file === "-" ? undefined : scriptUrl(file),
      moduleHost: { load: loadModuleText },
      testMode: command === "test",
      keepAll: opts.observe === true,
      budget: intOption(opts.budget, "budget"),
      seed: intOption(opts.seed, "seed"),
      waitAll: opts["wait-all"] === true,
      virtualClock: opts["virtual-clock"] === true,
      maxReductions: intOption(opts["max-reductions"], "max-reductions"),
      timeoutMs: intOption(opts.timeout, "timeout"),
      host: {
        print: json || command === "top" ? undefined : (line) => writeOut(line + "\n"),
        report: (text, err) => {
          writeErr(paint.dim(text) + "\n");
          if (err) writeErr(formatError(err, paint) + "\n");
        },
      },
    });
    if (command === "test") return await testCommand(rt, text, name, paint);
    if (command === "top") return await runTop(rt, text, name);
    const stop = () => rt.scheduler.stop("interrupted (Ctrl-C)");
    try {
      Deno.addSignalListener("SIGINT", stop);
    } catch { /* no signals on this platform */ }
    const report = await rt.runMain(text, name);
    if (opts.observe) writeErr(observeReport(rt) + "\n");
    if (typeof opts.svg === "string") {
      await writeFile(opts.svg, renderSvg(rt.scheduler.turtles, { source: text }));
    }
    try {
      Deno.removeSignalListener("SIGINT", stop);
    } catch { /* ignore */ }
    if (json) {
      writeOut(
        JSON.stringify({
          result: report.result,
          console: report.console,
          turtle: rt.scheduler.turtles.map((t) => ({ pid: t.pid, commands: t.commands })),
          error: report.error?.toJSON() ?? null,
        }) + "\n",
      );
      return report.error || (opts["wait-all"] === true && rt.scheduler.failures > 0) ? 1 : 0;
    }
    if (report.error) {
      writeErr(formatError(report.error, paint) + "\n");
      return 1;
    }
    writeOut(report.result + "\n");
    // With --wait-all, any process that panicked makes the run fail (it was reported).
    return opts["wait-all"] === true && rt.scheduler.failures > 0 ? 1 : 0;
  } catch (e) {
    const err = e instanceof LudusError ? e : internalError(e);
    if (json) {
      writeOut(
        JSON.stringify({ result: null, console: [], turtle: [], error: err.toJSON() }) + "\n",
      );
    } else writeErr(formatError(err, paint) + "\n");
    return err.kind === "usage" ? 2 : 1;
  }
}

function observeReport(rt: Runtime): string {
  const s = rt.scheduler;
  const rows = s.allProcs.map((p) => {
    return rowOf(p, s.stoppedAt.get(p));
  });
  return [
    `processes at exit (${s.allProcs.length} in all; ${s.totalReductions} reductions in ${s.slices} slices; longest slice ${
      s.longestSlice.toFixed(2)
    } ms):`,
    formatProcessTable(rows, 50),
  ].join("\n");
}

function docCommand(names: string[]): number {
  if (names.length === 0) usageError("which function? e.g. `doc add`");
  const prelude = loadPrelude();
  let code = 0;
  for (const name of names) {
    const v = prelude.values.get(name);
    if (v === undefined) {
      writeErr(`there is nothing called \`${name}\` in the prelude\n`);
      code = 1;
      continue;
    }
    writeOut(docOf(v) + "\n");
  }
  return code;
}

async function testCommand(
  rt: Runtime,
  text: string,
  file: string,
  paint: Painter,
): Promise<number> {
  const { script, tests } = await runTests(rt, text, file);
  if (script.error) {
    writeErr(formatError(script.error, paint) + "\n");
    return 1;
  }
  let failed = 0;
  for (const t of tests) {
    const where = `${t.file}:${t.line}`;
    if (t.passed) writeOut(`${colors.green("ok")}     test "${t.name}" (${where})\n`);
    else {
      failed++;
      writeOut(`${colors.red("FAILED")} test "${t.name}" (${where}): ${t.problem}\n`);
    }
  }
  const n = tests.length;
  writeOut(`${n} test${n === 1 ? "" : "s"}: ${n - failed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

if (import.meta.main) {
  const code = await main(Deno.args);
  Deno.exit(code);
}
