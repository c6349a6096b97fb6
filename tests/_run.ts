/**
 * Run `deno` as a child process, as the command-line tests do: stdin piped in
 * (or none), colours off, output collected as text.
 *
 * @module
 */

/** What a finished `deno` child gave. */
export interface Ran {
  /** Its exit code. */
  code: number;
  /** The signal that ended it (SIGKILL after `killAfterMs`), or null. */
  signal: Deno.Signal | null;
  /** Everything it wrote to stdout. */
  stdout: string;
  /** Everything it wrote to stderr. */
  stderr: string;
}

/** Options of {@linkcode runDeno}. */
export interface RunOptions {
  /** Text written to its stdin, then closed (default: no stdin). */
  stdin?: string;
  /** Its working directory. */
  cwd?: string;
  /** Killed (SIGKILL) if it has not ended after this many ms. */
  killAfterMs?: number;
}

/**
 * Run `deno ARGS` to its end.
 *
 * @example Usage
 * ```ts ignore
 * const r = await runDeno(["run", "-R", "cli.ts", "examples/hello.ld"]);
 * ```
 */
export async function runDeno(args: string[], opts: RunOptions = {}): Promise<Ran> {
  const child = new Deno.Command(Deno.execPath(), {
    args,
    cwd: opts.cwd,
    stdin: opts.stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).spawn();
  if (opts.stdin !== undefined) {
    const w = child.stdin.getWriter();
    await w.write(new TextEncoder().encode(opts.stdin));
    await w.close();
  }
  const timer = opts.killAfterMs === undefined ? undefined : setTimeout(() => {
    try {
      child.kill("SIGKILL");
    } catch { /* it has ended */ }
  }, opts.killAfterMs);
  const out = await child.output();
  clearTimeout(timer);
  const text = new TextDecoder();
  return {
    code: out.code,
    signal: out.signal,
    stdout: text.decode(out.stdout),
    stderr: text.decode(out.stderr),
  };
}
