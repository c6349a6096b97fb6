/**
 * `ludus repl`: read Ludus a line at a time, run each entry as its own process
 * in one {@linkcode Session} (bindings carry over), print what it printed and
 * its value. Input continues on the next line while brackets or a string are
 * open or the entry is unfinished (a line ending in `->`, `=`, `then`, `with`
 * ...). On a terminal the line editor has history (up and down arrows), and
 * Ctrl-C stops a running entry; from a pipe it reads plain lines, so it can be
 * scripted and tested.
 *
 * Commands: `:processes` (alias `:observe`, `:ps`), `:info PID`, `:stack PID`,
 * `:messages PID`, `:names`, `:help`, `:quit`. A line is a command when its
 * first word is one of these names; any other line is Ludus, so `:ok` (a
 * keyword) evaluates to `:ok`.
 *
 * @module
 */

import { Source } from "../errors/source.ts";
import { formatError, LudusError, type Painter } from "../errors/errors.ts";
import { infoValue } from "../observe/observe.ts";
import { infoOf, rowOf, stackOf } from "../observe/snapshot.ts";
import { formatProcessTable } from "../observe/table.ts";
import { parse } from "../syntax/parser.ts";
import type { Process } from "../vm/process.ts";
import { cutResult, type RuntimeOptions } from "../runtime/runtime.ts";
import { type EntryLimits, Session } from "../runtime/session.ts";
import { show } from "../values/show.ts";
import { type Dict, Tuple } from "../values/values.ts";
import { LIMITS, tooBig } from "../limits.ts";

/**
 * Does this entry need more lines? True when a bracket or string is still
 * open or the parser ran into the end of the text (`fn f (x) ->`, `if x`).
 *
 * @example Usage
 * ```ts
 * import { needsMore } from "./repl.ts";
 * console.assert(needsMore("fn double (n) ->"));
 * console.assert(!needsMore("add (1, 2)"));
 * ```
 */
export function needsMore(text: string): boolean {
  if (text.trim() === "") return false;
  try {
    parse(new Source("<repl>", text));
    return false;
  } catch (e) {
    if (!(e instanceof LudusError)) return false;
    return /found the end of the file|is never closed/.test(e.message);
  }
}

/** Where the REPL writes, and how it reads. */
export interface ReplIO {
  /** Read the next line (without its newline), or null at the end of input. */
  readLine(prompt: string): Promise<string | null>;
  /** Write to stdout. */
  out(text: string): void;
  /** Write to stderr. */
  err(text: string): void;
  /** Is this an interactive terminal (banner, prompts, colours)? */
  interactive: boolean;
  /** Called around each entry: `true` before it runs, `false` after (raw mode, Ctrl-C). */
  running?(on: boolean, stop: () => void): void;
}

/** Options for {@linkcode runRepl}. */
export interface ReplOptions {
  /** Runtime options (seed, budget, virtual clock). */
  runtime?: RuntimeOptions;
  /** Limits per entry. */
  limits?: EntryLimits;
  /** Colours for errors (default none). */
  paint?: Painter;
  /** The version shown in the banner. */
  version?: string;
}

/** Characters of a value the REPL echoes at most (a long list would flood the terminal). */
export const ECHO_MAX = 4000;

/** The command names (with their aliases): a line whose first word is one is a command. */
const COMMANDS = new Set([
  ":q",
  ":quit",
  ":exit",
  ":h",
  ":help",
  ":?",
  ":ps",
  ":processes",
  ":observe",
  ":info",
  ":stack",
  ":messages",
  ":names",
]);

/**
 * Is this line a REPL command? Only if its first word is a command's name:
 * other lines that start with `:` are Ludus (`:ok`, `:name (d)`).
 *
 * @example Usage
 * ```ts
 * import { isCommand } from "./repl.ts";
 * console.assert(isCommand(":info 3") && isCommand("  :help") && !isCommand(":ok"));
 * ```
 */
export function isCommand(line: string): boolean {
  return COMMANDS.has(line.trim().split(/\s+/)[0]);
}

const HELP = `Type Ludus; each entry runs as its own process and keeps its bindings.
An entry goes on to the next line while a bracket or string is open or it is unfinished.
Commands:
  :processes        the live processes (also :ps, :observe)
  :info PID         everything about a process (PID is a number: 3 or <pid 3>)
  :stack PID        its call frames, innermost first, with their arguments
  :messages PID     the messages it recently sent and received
  :names            the names bound so far
  :help             this help
  :quit             leave (also Ctrl-D)
Any other line is Ludus: :ok is a keyword (write { :help } for the keyword :help).`;

/** Run the REPL until `:quit` or the end of input. Returns the exit code. */
export async function runRepl(io: ReplIO, options: ReplOptions = {}): Promise<number> {
  const paint = options.paint;
  const session = new Session({
    ...options.runtime,
    host: {
      print: (line) => io.out(line + "\n"),
      // Printed when the entry ends, but for the entry's own panic (printed as its error).
      report: (text, err) => reports.push({ text, err }),
    },
  }, options.limits);
  const sched = session.runtime.scheduler;
  const reports: { text: string; err: LudusError | null }[] = [];
  const maxEntry = options.runtime?.maxSourceBytes ?? LIMITS.maxSourceBytes;
  if (io.interactive) {
    io.out(
      `Ludus ${options.version ?? ""} REPL. :help for commands, :quit or Ctrl-D to leave.\n`
        .replace("  ", " "),
    );
  }
  let n = 0;
  for (;;) {
    const first = await io.readLine("ludus> ");
    if (first === null) break;
    const trimmed = first.trim();
    if (trimmed === "") continue;
    if (isCommand(trimmed)) {
      if (command(trimmed, session, io) === "quit") return 0;
      continue;
    }
    let text = first;
    // An entry longer than the source size limit stops growing (compiling it says why).
    while (text.length <= maxEntry && needsMore(text)) {
      const more = await io.readLine("   ..> ");
      if (more === null) break;
      text += "\n" + more;
    }
    n++;
    const name = `entry ${n}`;
    let current: Process | null = null;
    const stop = () => {
      if (current && current.alive) {
        sched.fail(
          current,
          new LudusError("limit", "this entry was stopped (Ctrl-C)", null, null, {
            pid: current.id,
          }),
        );
      }
    };
    const pending = session.run(text, name);
    for (const p of sched.procs.values()) if (p.name === name) current = p;
    io.running?.(true, stop);
    let entry;
    try {
      entry = await pending;
    } finally {
      io.running?.(false, stop);
    }
    for (const { text, err } of reports.splice(0)) {
      if (err && err.pid === entry.pid) continue;
      io.err(text + "\n" + (err ? formatError(err, paint) + "\n" : ""));
    }
    if (entry.error) {
      io.err(formatError(entry.error, paint) + "\n");
      // `:stak 3`: not Ludus, and not a command either.
      const word = /^:[a-z?][\w?!*/-]*/i.exec(trimmed)?.[0];
      if (word && (entry.error.kind === "syntax" || entry.error.kind === "validation")) {
        io.err(`(${word} is not a REPL command either: :help lists them)\n`);
      }
    } else io.out(cutResult(entry.result ?? "nil", ECHO_MAX) + "\n");
  }
  return 0;
}

function pidArg(arg: string | undefined, session: Session, io: ReplIO): Process | null {
  const m = /^(?:<pid\s*)?(\d+)>?$/.exec((arg ?? "").trim());
  if (!m) {
    io.err("which process? give its number, e.g. :info 3\n");
    return null;
  }
  const p = session.runtime.scheduler.procs.get(Number(m[1]));
  if (!p) {
    io.err(`there is no live process <pid ${m[1]}> (:processes lists them)\n`);
    return null;
  }
  return p;
}

function command(line: string, session: Session, io: ReplIO): "quit" | null {
  const [cmd, ...rest] = line.split(/\s+/);
  const arg = rest.join(" ");
  const sched = session.runtime.scheduler;
  switch (cmd) {
    case ":q":
    case ":quit":
    case ":exit":
      return "quit";
    case ":h":
    case ":help":
    case ":?":
      io.out(HELP + "\n");
      return null;
    case ":ps":
    case ":processes":
    case ":observe": {
      const procs = [...sched.procs.values()];
      if (procs.length === 0) {
        io.out("no live processes\n");
        return null;
      }
      io.out(formatProcessTable(procs.map((p) => rowOf(p))) + "\n");
      io.out(
        `${procs.length} live process${
          procs.length === 1 ? "" : "es"
        }; ${sched.totalReductions} reductions in ${sched.slices} slices\n`,
      );
      return null;
    }
    case ":info": {
      const p = pidArg(arg, session, io);
      if (!p) return null;
      const d = infoValue(infoOf(p)) as Dict;
      d.map.each((v, k) => io.out(`${k.name.padEnd(13)} ${show(v)}\n`));
      return null;
    }
    case ":stack": {
      const p = pidArg(arg, session, io);
      if (!p) return null;
      const frames = stackOf(p);
      if (frames.length === 0) io.out(`<pid ${p.id}> has no frames (it is ${p.status})\n`);
      for (const f of frames) {
        const tail = f.tailCalls > 0 ? ` (${f.tailCalls} tail calls)` : "";
        io.out(`${f.fn} ${show(new Tuple(f.args))}  at ${f.file}:${f.line}${tail}\n`);
      }
      return null;
    }
    case ":messages": {
      const p = pidArg(arg, session, io);
      if (!p) return null;
      const msgs = session.runtime.scheduler.messagesOf(p.pid, 20);
      if (msgs.length === 0) io.out(`<pid ${p.id}> has sent and received no messages\n`);
      for (const m of msgs) {
        const dir = m.dir === "in" ? "<- from" : "-> to  ";
        io.out(`#${m.id} ${dir} ${show(m.peer)}: ${show(m.msg)}\n`);
      }
      return null;
    }
    case ":names": {
      const names = session.names();
      io.out(names.length === 0 ? "nothing bound yet\n" : names.join(" ") + "\n");
      return null;
    }
  }
  io.err(`unknown command ${cmd}: :help lists the commands\n`);
  return null;
}

// ---------------------------------------------------------------------------
// Deno stdin and stdout

const encoder = new TextEncoder();

function writeSync(f: { writeSync(p: Uint8Array): number }, text: string): void {
  const data = encoder.encode(text);
  let off = 0;
  while (off < data.length) off += f.writeSync(data.subarray(off));
}

/** Lines from a pipe: no echo, no prompts; a line longer than `max` is a limit error. */
class PipeReader {
  #buf = "";
  #done = false;
  #decoder = new TextDecoder();
  readonly #max: number;

  constructor(max: number) {
    this.#max = max;
  }

  async readLine(): Promise<string | null> {
    for (;;) {
      const nl = this.#buf.indexOf("\n");
      if (nl >= 0) {
        const line = this.#buf.slice(0, nl).replace(/\r$/, "");
        this.#buf = this.#buf.slice(nl + 1);
        return line;
      }
      if (this.#buf.length > this.#max) {
        // A line that never ends (`repl < /dev/zero`) must not fill the memory.
        const { message, hint } = tooBig(
          "a line of input",
          this.#max,
          "--max-source",
          "source size",
        );
        throw new LudusError("limit", message, null, null, { hint });
      }
      if (this.#done) {
        if (this.#buf === "") return null;
        const line = this.#buf;
        this.#buf = "";
        return line;
      }
      const chunk = new Uint8Array(16384);
      const n = await Deno.stdin.read(chunk);
      if (n === null) {
        this.#done = true;
        this.#buf += this.#decoder.decode();
      } else this.#buf += this.#decoder.decode(chunk.subarray(0, n), { stream: true });
    }
  }
}

/** A small line editor for a terminal in raw mode, with history. */
class TerminalReader {
  readonly history: string[] = [];
  #pending: string[] = [];
  #decoder = new TextDecoder();

  async #key(): Promise<string | null> {
    if (this.#pending.length > 0) return this.#pending.shift()!;
    const chunk = new Uint8Array(1024);
    const n = await Deno.stdin.read(chunk);
    if (n === null) return null;
    const s = this.#decoder.decode(chunk.subarray(0, n), { stream: true });
    // Split into keys: escape sequences stay whole, other characters one by one.
    // deno-lint-ignore no-control-regex
    const keys = s.match(/\x1b\[[0-9;]*[A-Za-z~]|\x1bO[A-Za-z]|\x1b.|[\s\S]/gu) ?? [];
    this.#pending.push(...keys);
    return this.#pending.shift() ?? "";
  }

  async readLine(prompt: string): Promise<string | null> {
    let buf: string[] = [];
    let pos = 0;
    let hist = this.history.length;
    let saved: string[] = [];
    const draw = () => {
      const tail = buf.length - pos;
      writeSync(
        Deno.stdout,
        `\r\x1b[2K${prompt}${buf.join("")}${tail > 0 ? `\x1b[${tail}D` : ""}`,
      );
    };
    Deno.stdin.setRaw(true);
    try {
      draw();
      for (;;) {
        const k = await this.#key();
        if (k === null) return null;
        switch (k) {
          case "\r":
          case "\n": {
            writeSync(Deno.stdout, "\r\n");
            const line = buf.join("");
            if (line.trim() !== "" && this.history[this.history.length - 1] !== line) {
              this.history.push(line);
              if (this.history.length > 1000) this.history.shift();
            }
            return line;
          }
          case "\x03": // Ctrl-C: drop this line
            writeSync(Deno.stdout, "^C\r\n");
            buf = [];
            pos = 0;
            hist = this.history.length;
            draw();
            break;
          case "\x04": // Ctrl-D: the end on an empty line, else delete
            if (buf.length === 0) {
              writeSync(Deno.stdout, "\r\n");
              return null;
            }
            if (pos < buf.length) buf.splice(pos, 1);
            draw();
            break;
          case "\x7f":
          case "\b":
            if (pos > 0) {
              buf.splice(pos - 1, 1);
              pos--;
            }
            draw();
            break;
          case "\x1b[3~":
            if (pos < buf.length) buf.splice(pos, 1);
            draw();
            break;
          case "\x1b[A":
          case "\x1bOA":
            if (hist > 0) {
              if (hist === this.history.length) saved = buf;
              hist--;
              buf = [...this.history[hist]];
              pos = buf.length;
            }
            draw();
            break;
          case "\x1b[B":
          case "\x1bOB":
            if (hist < this.history.length) {
              hist++;
              buf = hist === this.history.length ? saved : [...this.history[hist]];
              pos = buf.length;
            }
            draw();
            break;
          case "\x1b[C":
          case "\x1bOC":
            if (pos < buf.length) pos++;
            draw();
            break;
          case "\x1b[D":
          case "\x1bOD":
            if (pos > 0) pos--;
            draw();
            break;
          case "\x01":
          case "\x1b[H":
          case "\x1b[1~":
          case "\x1bOH":
            pos = 0;
            draw();
            break;
          case "\x05":
          case "\x1b[F":
          case "\x1b[4~":
          case "\x1bOF":
            pos = buf.length;
            draw();
            break;
          case "\x15": // Ctrl-U
            buf = buf.slice(pos);
            pos = 0;
            draw();
            break;
          case "\x0b": // Ctrl-K
            buf = buf.slice(0, pos);
            draw();
            break;
          case "\x0c": // Ctrl-L
            writeSync(Deno.stdout, "\x1b[H\x1b[2J");
            draw();
            break;
          case "\t":
            buf.splice(pos, 0, " ", " ");
            pos += 2;
            draw();
            break;
          default:
            if (k.startsWith("\x1b") || k < " ") break; // other keys: ignore
            buf.splice(pos, 0, k);
            pos++;
            draw();
        }
      }
    } finally {
      Deno.stdin.setRaw(false);
    }
  }
}

/**
 * The REPL's I/O on Deno's stdin and stdout: a line editor with history on a
 * terminal (raw mode), plain lines from a pipe, each at most `maxLine`
 * characters (default {@linkcode LIMITS.maxSourceBytes}).
 */
export function denoReplIO(maxLine: number = LIMITS.maxSourceBytes): ReplIO {
  const interactive = Deno.stdin.isTerminal();
  const out = (t: string) => writeSync(Deno.stdout, t);
  const err = (t: string) => writeSync(Deno.stderr, t);
  if (!interactive) {
    const reader = new PipeReader(maxLine);
    return { readLine: () => reader.readLine(), out, err, interactive };
  }
  const reader = new TerminalReader();
  let listener: (() => void) | null = null;
  return {
    readLine: (prompt) => reader.readLine(prompt),
    out,
    err,
    interactive,
    running(on, stop) {
      try {
        if (on) {
          listener = stop;
          Deno.addSignalListener("SIGINT", stop);
        } else if (listener) {
          Deno.removeSignalListener("SIGINT", listener);
          listener = null;
        }
      } catch { /* no signals here */ }
    },
  };
}
