/**
 * The `ludus` command: its options and subcommands. `cli.ts` is the entry
 * point; it runs this module from `dist/ludus_cli.js`, the bundle of it, when
 * that bundle was built from the sources as they are (`tools/bundle.ts`), and
 * from the sources otherwise. This module also runs on its own:
 * `deno run -A lib/host/command.ts FILE.ld` always runs the sources.
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

import { parseArgs } from "./_args.ts";
import * as colors from "./_colors.ts";
import { disassemble } from "../compile/disasm.ts";
import { formatError, internalError, LudusError, type Painter } from "../errors/errors.ts";
import {
  loadModuleText,
  memoryInUse,
  readScript,
  readStdin,
  scriptUrl,
  useColor,
  writeErr,
  writeFile,
  writeOut,
} from "./deno.ts";
import { renderSvg } from "../turtle/svg.ts";
import { rowOf } from "../observe/snapshot.ts";
import { formatProcessTable } from "../observe/table.ts";
import { runTop } from "./top.ts";
import { keepFreedMemory } from "./memory.ts";
import { warmUp } from "./warm_up.ts";
import { runTests, Runtime } from "../runtime/runtime.ts";
import { compileSource } from "../runtime/script.ts";
import { loadPrelude } from "../runtime/prelude.ts";
import { docOf } from "../vm/primitives.ts";
import { DEFAULTS } from "../runtime/scheduler.ts";
import { flagBytes, LIMITS } from "../limits.ts";

/** The version printed by `--version`. */
export const VERSION = "0.1.0";

/** Defaults shown by --help. */
const LOG_MAX = LIMITS.maxMessageLog.toLocaleString("en-US");
const SOURCE_MAX = flagBytes(LIMITS.maxSourceBytes);
const MODULE_MAX = flagBytes(LIMITS.maxModuleBytes);

const USAGE = `Ludus ${VERSION}: run Ludus programs on a BEAM-like VM.

Usage:
  deno run -R cli.ts [options] FILE.ld     run a script (- reads it from stdin)
  deno run -R cli.ts --disasm FILE.ld      print the compiled bytecode
  deno run -R cli.ts test FILE.ld          run the script's \`test "name" expr\` forms
  deno run cli.ts doc NAME                 show the documentation of a prelude function
  deno run -R cli.ts top FILE.ld           run it with a live table of its processes (q quits)
  deno run -R -W cli.ts notebook FILE.md   run a notebook's ludus blocks, write FILE.html
  deno run -R --allow-net=127.0.0.1 cli.ts serve [FILE.ld]
                                           serve the page (deno task build:web builds it), FILE in it
  deno run cli.ts repl                     an interactive prompt (:help lists its commands)
  (notebook, serve and repl take --help for their own options)

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
  --timeout MS           stop after MS milliseconds (compiling included)
  --message-log N        keep the last N messages for observe :messages (0: off;
                         default ${DEFAULTS.messageLog}, at most ${LOG_MAX})
  --max-source BYTES     read scripts up to BYTES (default ${SOURCE_MAX}; 1M is a megabyte)
  --max-module BYTES     read imported modules up to BYTES (default ${MODULE_MAX})
  --max-process-memory BYTES
                         a process holding more panics (default ${
  flagBytes(DEFAULTS.maxProcessMemory)
})
  --max-memory BYTES     a run holding more stops (default ${flagBytes(DEFAULTS.maxMemory)})
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
  "message-log": { type: "string" },
  "max-source": { type: "string" },
  "max-module": { type: "string" },
  "max-process-memory": { type: "string" },
  "max-memory": { type: "string" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
} as const;

/** Subcommands; a script with one of these names runs as `./NAME`. */
const SUBCOMMANDS = new Set<string>(["test", "doc", "top", "notebook", "serve", "repl"]);

function usageError(message: string, hint = "run with --help to see the options"): never {
  throw new LudusError("usage", message, null, null, { hint });
}

const MiB = 1024 * 1024, GiB = 1024 * MiB;

/**
 * The numeric options and the range each takes: a value outside it is a usage
 * error that names the range (an absurd value never reaches the runtime).
 */
const RANGES: Record<string, { min: number; max: number; note?: string; bytes?: true }> = {
  budget: { min: 1, max: 1_000_000, note: "reductions per slice" },
  // random's generator keeps 32 bits of it.
  seed: { min: 0, max: 2 ** 32 - 1 },
  "max-reductions": { min: 1, max: Number.MAX_SAFE_INTEGER },
  // The longest wait a timer can have (about 24 days).
  timeout: { min: 1, max: 2 ** 31 - 1, note: "milliseconds" },
  "message-log": { min: 0, max: LIMITS.maxMessageLog, note: "0 turns it off" },
  port: { min: 0, max: 65535, note: "0 picks a free one" },
  "max-source": { min: 1, max: LIMITS.maxSizeOption, note: "bytes; 256K, 1M", bytes: true },
  "max-module": { min: 1, max: LIMITS.maxSizeOption, note: "bytes; 256K, 1M", bytes: true },
  "max-process-memory": { min: MiB, max: 64 * GiB, note: "bytes; 64M, 1G", bytes: true },
  // Deno itself, with the prelude loaded, takes about 50 MB.
  "max-memory": { min: 64 * MiB, max: 64 * GiB, note: "bytes; 512M, 2G", bytes: true },
};

/**
 * A numeric option's value, checked against its range in
 * {@linkcode RANGES}: digits (with `_` between them), `1e9`, and for sizes
 * a `K`, `M` or `G` after the number (`256K`, `1.5M`, `1G`; 1K = 1,024 bytes).
 */
export function intOption(v: string | boolean | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const r = RANGES[name];
  const m = typeof v === "string"
    ? /^(\d+(?:_\d+)*(?:\.\d+)?(?:e\d+)?)([kmg]b?|b)?$/i.exec(v.trim())
    : null;
  const unit = m?.[2]?.[0]?.toLowerCase();
  const scale = unit === "k" ? 1024 : unit === "m" ? MiB : unit === "g" ? GiB : 1;
  const n = m && (unit === undefined || r.bytes) ? Number(m[1].replace(/_/g, "")) * scale : NaN;
  if (!Number.isInteger(n) || n < r.min || n > r.max) {
    const range = r.bytes
      ? `${flagBytes(r.min)} to ${flagBytes(r.max)}`
      : `${r.min.toLocaleString("en-US")} to ${r.max.toLocaleString("en-US")}`;
    usageError(
      `--${name} takes a whole number from ${range}${r.note ? ` (${r.note})` : ""}, not "${v}"`,
    );
  }
  return n;
}

/** The memory limits asked for, and the host's figure the run's budget is checked against. */
function memoryOptions(opts: Record<string, string | boolean | undefined>) {
  return {
    maxProcessMemory: intOption(opts["max-process-memory"], "max-process-memory"),
    maxMemory: intOption(opts["max-memory"], "max-memory"),
    memoryUsage: memoryInUse,
  };
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
    if (args.length > 0 && TOOL_COMMANDS.has(args[0])) {
      return await toolCommand(args[0], args.slice(1));
    }
    let parsed;
    try {
      parsed = await parseArgs(args, OPTIONS);
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
    if (TOOL_COMMANDS.has(command)) {
      return await toolCommand(
        command,
        args.filter((a) => a !== command),
      );
    }
    if (positionals.length === 0) usageError("no script given: which .ld file should I run?");
    if (positionals.length > 1) {
      usageError(`one script at a time, please (got ${positionals.join(", ")})`);
    }
    const file = positionals[0];
    const maxSource = intOption(opts["max-source"], "max-source") ?? LIMITS.maxSourceBytes;
    const maxModule = intOption(opts["max-module"], "max-module") ?? LIMITS.maxModuleBytes;
    // Every option is checked before the script is read.
    const settings = {
      budget: intOption(opts.budget, "budget"),
      seed: intOption(opts.seed, "seed"),
      maxReductions: intOption(opts["max-reductions"], "max-reductions"),
      timeoutMs: intOption(opts.timeout, "timeout"),
      messageLog: intOption(opts["message-log"], "message-log"),
      ...memoryOptions(opts),
    };
    // The command's own allocator policy (docs/notes/decisions.md): its slow
    // part runs on another thread, beside the script's read.
    void keepFreedMemory();
    const reading = file === "-" ? readStdin(maxSource) : readScript(file, maxSource);
    // The command's warm-up of the VM (lib/host/warm_up.ts), while it reads.
    if (!opts.disasm) warmUp();
    const text = await reading;
    const name = file === "-" ? "<stdin>" : file;

    if (opts.disasm) {
      writeOut(
        disassemble(compileSource(text, { file: name, maxSourceBytes: maxSource }).proto),
      );
      return 0;
    }

    const rt = new Runtime({
      file: name,
      url: file === "-" ? undefined : scriptUrl(file),
      moduleHost: { load: loadModuleText },
      maxSourceBytes: maxSource,
      maxModuleBytes: maxModule,
      testMode: command === "test",
      keepAll: opts.observe === true,
      ...settings,
      waitAll: opts["wait-all"] === true,
      virtualClock: opts["virtual-clock"] === true,
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

// --- notebook, serve and repl (each loads its module only when used)

/** Subcommands with options of their own; they come first on the command line. */
const TOOL_COMMANDS = new Set<string>(["notebook", "serve", "repl"]);

const TOOL_OPTIONS = {
  md: { type: "boolean" },
  out: { type: "string" },
  port: { type: "string" },
  site: { type: "string" },
  budget: { type: "string" },
  seed: { type: "string" },
  "virtual-clock": { type: "boolean" },
  "max-reductions": { type: "string" },
  timeout: { type: "string" },
  "max-source": { type: "string" },
  "max-module": { type: "string" },
  "max-process-memory": { type: "string" },
  "max-memory": { type: "string" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const TOOL_USAGE: Record<string, string> = {
  notebook: `Usage: deno run -R -W cli.ts notebook [options] FILE.md

Runs the \`\`\`ludus blocks of a Markdown file in order, each as its own process
(a block sees the names the blocks before it bound), and writes FILE.html with
each block's console, result or error, turtle drawing and processes.

Options:
  --out FILE.html        where to write the page (default: FILE.md with .html)
  --md                   also write FILE.out.md (Markdown with the outputs) and its drawings
  --timeout MS           stop a block after MS milliseconds (default 5000)
  --max-reductions N     stop a block after N reductions (default 50,000,000)
  --max-source BYTES     read the notebook up to BYTES (default ${SOURCE_MAX})
  --seed N, --virtual-clock, --budget N, --max-module BYTES,
  --max-process-memory BYTES, --max-memory BYTES             as for scripts
Permissions: -R to read the notebook (and its imports), -W to write the outputs.`,
  serve: `Usage: deno run -R --allow-net=127.0.0.1 cli.ts serve [options] [FILE.ld]

Serves the Ludus page on http://127.0.0.1:PORT/: an editor, Run and Stop, the
console, the turtle drawing and a live view of the processes. The page is a
static site (\`deno task build:web\` builds it in dist/web/; any static host
serves it as well): programs run in the browser, in a Web Worker, never in
this process. This server only sends the site's files.

With FILE.ld, it also prints a link that opens the file's text in the page
(as editor.ld, in the address after #code=). The text is read once, now;
edits in the page are not saved back to the file (Download saves a copy).
A notebook (.md) opens in the page with its Open button (or #notebook=URL for
one beside the site); \`deno run -R -W cli.ts notebook FILE.md\` writes its HTML.

Options:
  --port N               the port (default 8000; 0 picks a free one)
  --site DIR             serve the built site in DIR (default: dist/web/)
  --max-source BYTES     read FILE up to BYTES (default ${SOURCE_MAX})
Permissions: --allow-net=127.0.0.1, and -R to read the site and FILE
(--allow-read=dist/web,FILE is enough).`,
  repl: `Usage: deno run cli.ts repl [options]

Each entry runs as its own process and keeps its bindings; type :help inside.

Options:
  --timeout MS           stop an entry after MS milliseconds (default 60000 on a
                         terminal, where Ctrl-C stops it sooner; 5000 from a pipe)
  --max-reductions N     stop an entry after N reductions (default: none on a
                         terminal; 50,000,000 from a pipe)
  --max-source BYTES     the longest entry (default ${SOURCE_MAX})
  --seed N, --virtual-clock, --budget N, --max-module BYTES,
  --max-process-memory BYTES, --max-memory BYTES             as for scripts`,
};

async function toolCommand(command: string, args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = await parseArgs(args, TOOL_OPTIONS);
  } catch (e) {
    usageError((e as Error).message.replace(/\. To specify.*$/s, ""));
  }
  const opts = parsed.values;
  if (opts.help) {
    writeOut(TOOL_USAGE[command] + "\n");
    return 0;
  }
  const maxSource = intOption(opts["max-source"], "max-source");
  const runtime = {
    budget: intOption(opts.budget, "budget"),
    seed: intOption(opts.seed, "seed"),
    virtualClock: opts["virtual-clock"] === true,
    maxSourceBytes: maxSource,
    maxModuleBytes: intOption(opts["max-module"], "max-module"),
    ...memoryOptions(opts),
  };
  const limits = {
    timeoutMs: intOption(opts.timeout, "timeout"),
    maxReductions: intOption(opts["max-reductions"], "max-reductions"),
  };
  const files = parsed.positionals;
  if (files.length > 1) usageError(`one file at a time, please (got ${files.join(", ")})`);
  const paint = painter(!opts["no-color"] && useColor("stderr"));
  if (command === "notebook") {
    if (files.length === 0) usageError("which notebook? e.g. notebook examples/notebook.md");
    return await notebookCommand(files[0], opts, runtime, limits);
  }
  if (command === "serve") {
    const runOnly = [
      "budget",
      "seed",
      "virtual-clock",
      "max-reductions",
      "timeout",
      "max-module",
      "max-process-memory",
      "max-memory",
      "md",
      "out",
    ].filter((o) => opts[o] !== undefined);
    if (runOnly.length > 0) {
      usageError(`serve runs no programs: --${runOnly[0]} is not one of its options`);
    }
    const port = intOption(opts.port, "port") ?? 8000;
    return await serveCommand(
      files[0],
      port,
      typeof opts.site === "string" ? opts.site : null,
      maxSource,
    );
  }
  const { denoReplIO, runRepl } = await import("./repl.ts");
  const io = denoReplIO(maxSource ?? LIMITS.maxSourceBytes);
  limits.timeoutMs ??= io.interactive ? 60_000 : 5000;
  // On a terminal, Ctrl-C stops an entry: no reduction limit unless asked for.
  if (io.interactive) limits.maxReductions ??= Number.MAX_SAFE_INTEGER;
  return await runRepl(io, { runtime, limits, paint, version: VERSION });
}

async function notebookCommand(
  file: string,
  opts: Record<string, string | boolean | undefined>,
  runtime: {
    budget?: number;
    seed?: number;
    virtualClock: boolean;
    maxSourceBytes?: number;
    maxModuleBytes?: number;
  },
  limits: { timeoutMs?: number; maxReductions?: number },
): Promise<number> {
  const nbLib = await import("./notebook.ts");
  const text = await readScript(file, runtime.maxSourceBytes);
  const base = file.replace(/\.(md|markdown)$/i, "");
  const out = typeof opts.out === "string" ? opts.out : base + ".html";
  const nb = nbLib.parseNotebook(text, file);
  if (nb.blocks.length === 0) writeErr(`${file} has no \`\`\`ludus blocks\n`);
  const run = await nbLib.runNotebook(nb, {
    ...runtime,
    url: scriptUrl(file),
    moduleHost: { load: loadModuleText },
    limits,
    onBlock: (o) => {
      const why = o.entry.error ? `: ${o.entry.error.message.split("\n")[0]}` : "";
      writeErr(`block ${o.block.index} (line ${o.block.line}): ${o.status}${why}\n`);
    },
  });
  await writeFile(out, nbLib.renderHtml(run));
  const written = [out];
  if (opts.md) {
    const mdOut = base + ".out.md";
    const stem = mdOut.replace(/^.*\//, "").replace(/\.md$/, "");
    const dir = mdOut.includes("/") ? mdOut.replace(/[^/]*$/, "") : "";
    const md = nbLib.renderMarkdown(run, { svgName: (b) => `${stem}-${b.index}.svg` });
    await writeFile(mdOut, md.markdown);
    written.push(mdOut);
    for (const f of md.files) {
      await writeFile(dir + f.name, f.text);
      written.push(dir + f.name);
    }
  }
  const count = (s: string) => run.outcomes.filter((o) => o.status === s).length;
  writeOut(
    `${run.outcomes.length} blocks: ${count("ok")} ok, ${count("failed")} failed, ${
      count("not run")
    } not run; wrote ${written.join(", ")}\n`,
  );
  return 0;
}

/**
 * The built site: `dist/web/` in the project, found from this module, which
 * is `lib/host/command.ts` or the bundle, `dist/ludus_cli.js`.
 */
function builtSite(): URL {
  const here = import.meta.url;
  return new URL(/\/lib\/host\/command\.ts$/.test(here) ? "../../dist/web/" : "web/", here);
}

async function serveCommand(
  file: string | undefined,
  port: number,
  siteDir: string | null,
  maxSource: number | undefined,
): Promise<number> {
  if (file !== undefined && /\.(md|markdown)$/i.test(file)) {
    usageError(
      `serve links to .ld scripts, not notebooks: run \`deno run -R -W cli.ts notebook ${file}\` ` +
        "to write its HTML page",
      "or open it in the page with Open: the page opens .md notebooks",
    );
  }
  const site = siteDir === null ? builtSite() : new URL(scriptUrl(siteDir).replace(/\/?$/, "/"));
  const where = siteDir ?? "dist/web/";
  let built = false;
  try {
    built = (await Deno.stat(new URL("index.html", site))).isFile;
  } catch (e) {
    if (e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied) {
      throw new LudusError(
        "usage",
        `cannot read ${where}: Deno needs permission to read files`,
        null,
        null,
        {
          hint:
            "run with --allow-read (or -R), e.g. deno run -R --allow-net=127.0.0.1 cli.ts serve",
        },
      );
    }
  }
  if (!built) {
    usageError(
      siteDir === null
        ? "the page is not built: run `deno task build:web` first (it writes dist/web/)"
        : `${siteDir} holds no index.html: is it a site \`deno task build:web\` built?`,
      "deno task build:web builds the page's static site in dist/web/",
    );
  }
  const text = file === undefined ? null : await readScript(file, maxSource);
  const { serve, codeLink } = await import("./server.ts");
  const controller = new AbortController();
  const stop = () => controller.abort();
  try {
    Deno.addSignalListener("SIGINT", stop);
  } catch { /* no signals on this platform */ }
  try {
    await serve({
      site,
      port,
      signal: controller.signal,
      onListen: (url) => {
        writeOut(`Ludus page at ${url} (Ctrl-C stops the server)\n`);
        if (text !== null) {
          writeOut(`${file} (editor.ld on the page, not saved back): ${codeLink(url, text)}\n`);
        }
      },
    });
  } catch (e) {
    if (e instanceof Deno.errors.AddrInUse) {
      usageError(
        `port ${port} is in use`,
        "pick another with --port N (--port 0 picks a free one)",
      );
    }
    if (e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied) {
      usageError(
        `cannot listen on 127.0.0.1:${port}: Deno needs permission to use the network`,
        "run with --allow-net=127.0.0.1",
      );
    }
    throw e;
  }
  return 0;
}

if (import.meta.main) {
  const code = await main(Deno.args);
  Deno.exit(code);
}
