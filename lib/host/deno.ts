/**
 * The Deno host: the only part of the library that touches files, the terminal
 * and the network. The core (lexer to scheduler) stays free of `Deno.*` so it runs
 * in a browser Web Worker too.
 *
 * @module
 */

import { LudusError } from "../errors/errors.ts";
import { LIMITS, tooBig } from "../limits.ts";
import { readBodyAtMost } from "../runtime/modules.ts";

const encoder = new TextEncoder();

/**
 * Write text to stdout, synchronously (console lines appear as they happen). If
 * the reader has gone (`ludus prog.ld | head`), nobody wants the rest: the
 * command ends there, quietly, with status 0.
 */
export function writeOut(text: string): void {
  try {
    writeAll(Deno.stdout, encoder.encode(text));
  } catch (e) {
    if (e instanceof Deno.errors.BrokenPipe) Deno.exit(0);
    throw e;
  }
}

/**
 * The memory this Deno process uses now, as the OS counts it (its resident set:
 * V8's heap, code, buffers, and what the allocator keeps). The run's memory
 * budget (`--max-memory`) is checked against it: it is what runs out when a
 * machine runs out.
 *
 * @example Usage
 * ```ts
 * import { memoryInUse } from "./deno.ts";
 * console.assert(memoryInUse() > 0);
 * ```
 */
export function memoryInUse(): number {
  return Deno.memoryUsage().rss;
}

/** Write text to stderr, synchronously (nothing, if stderr is closed). */
export function writeErr(text: string): void {
  try {
    writeAll(Deno.stderr, encoder.encode(text));
  } catch (e) {
    if (!(e instanceof Deno.errors.BrokenPipe)) throw e;
  }
}

function writeAll(w: { writeSync(p: Uint8Array): number }, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) off += w.writeSync(data.subarray(off));
}

/** Should output to this stream be coloured? (No env permission needed.) */
export function useColor(stream: "stdout" | "stderr"): boolean {
  if (Deno.noColor) return false;
  return (stream === "stdout" ? Deno.stdout : Deno.stderr).isTerminal();
}

/**
 * Read from `source` until its end, but at most `max` bytes: null if there is
 * more. A file that never ends (`/dev/zero`) or a huge one costs at most
 * `max` + 1 bytes of memory, and the read stops as soon as it is too big.
 *
 * @example Usage
 * ```ts
 * import { readAtMost } from "./deno.ts";
 * const bytes = [1, 2, 3];
 * const source = { read: (p: Uint8Array) => Promise.resolve(bytes.length ? (p[0] = bytes.shift()!, 1) : null) };
 * console.assert((await readAtMost(source, 2)) === null);
 * ```
 */
export async function readAtMost(
  source: { read(p: Uint8Array): Promise<number | null> },
  max: number,
): Promise<Uint8Array | null> {
  let buf = new Uint8Array(Math.min(max + 1, 64 * 1024));
  let len = 0;
  for (;;) {
    if (len === buf.length) {
      const bigger = new Uint8Array(Math.min(max + 1, buf.length * 2));
      bigger.set(buf);
      buf = bigger;
    }
    const n = await source.read(buf.subarray(len));
    if (n === null) return buf.subarray(0, len);
    len += n;
    if (len > max) return null;
  }
}

/** The error for a script larger than the source size limit. */
function scriptTooBig(name: string, max: number): LudusError {
  const { message, hint } = tooBig(name, max, "--max-source", "source size");
  return new LudusError("limit", message, null, null, { hint });
}

/**
 * Read all of stdin as text (needs no permission), at most `maxBytes` of it
 * (default {@linkcode LIMITS.maxSourceBytes}): more is a limit error.
 */
export async function readStdin(maxBytes: number = LIMITS.maxSourceBytes): Promise<string> {
  const bytes = await readAtMost(Deno.stdin, maxBytes);
  if (bytes === null) throw scriptTooBig("<stdin>", maxBytes);
  return decode(bytes, "<stdin>");
}

/** Decode UTF-8, with a Ludus error (not an exception) for invalid bytes. */
export function decode(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new LudusError(
      "syntax",
      `${name} is not valid UTF-8 text: Ludus programs must be saved as UTF-8`,
    );
  }
}

/**
 * Read a script file, at most `maxBytes` of it (default
 * {@linkcode LIMITS.maxSourceBytes}): a larger one is a limit error naming the
 * limit and its flag, found as soon as the limit is passed (a file that never
 * ends, such as `/dev/zero`, too). Missing files and missing permissions become
 * Ludus errors of kind "usage" with a plain message.
 */
export async function readScript(
  path: string,
  maxBytes: number = LIMITS.maxSourceBytes,
): Promise<string> {
  let file: Deno.FsFile | null = null;
  try {
    file = await Deno.open(path);
    const bytes = await readAtMost(file, maxBytes);
    if (bytes === null) throw scriptTooBig(path, maxBytes);
    return decode(bytes, path);
  } catch (e) {
    if (e instanceof LudusError) throw e;
    if (e instanceof Deno.errors.NotFound) {
      throw new LudusError("usage", `cannot read ${path}: there is no such file`);
    }
    if (e instanceof Deno.errors.IsADirectory) {
      throw new LudusError("usage", `cannot read ${path}: it is a folder, not a file`);
    }
    if (e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied) {
      throw new LudusError(
        "usage",
        `cannot read ${path}: Deno needs permission to read files`,
        null,
        null,
        { hint: "run with --allow-read (or -R), e.g. deno run -R cli.ts " + path },
      );
    }
    throw new LudusError("usage", `cannot read ${path}: ${(e as Error).message}`);
  } finally {
    file?.close();
  }
}

/** Write a text file; a missing permission becomes a usage error with a hint. */
export async function writeFile(path: string, text: string): Promise<void> {
  try {
    await Deno.writeTextFile(path, text);
  } catch (e) {
    if (e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied) {
      throw new LudusError(
        "usage",
        `cannot write ${path}: Deno needs permission to write files`,
        null,
        null,
        {
          hint: "run with --allow-write=" + path + " (or -W)",
        },
      );
    }
    throw new LudusError("usage", `cannot write ${path}: ${(e as Error).message}`);
  }
}

/** The URL of a script path (absolute or relative to the working directory). */
export function scriptUrl(path: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return path;
  const abs = path.startsWith("/") ? path : `${Deno.cwd()}/${path}`;
  return new URL("file://" + abs.split("/").map(encodeURIComponent).join("/")).href;
}

/**
 * Load module text for the module loader: `file:` URLs from disk, `http(s):`
 * with fetch, at most `maxBytes` of it (default {@linkcode LIMITS.maxModuleBytes}):
 * a larger module is a limit error naming the limit and its flag, found as soon
 * as the limit is passed. A missing permission becomes an import error that
 * names the flag.
 */
export async function loadModuleText(
  url: string,
  maxBytes: number = LIMITS.maxModuleBytes,
): Promise<string> {
  const u = new URL(url);
  const name = u.protocol === "file:" ? decodeURIComponent(u.pathname) : url;
  const tooBigError = () => {
    const { message, hint } = tooBig(name, maxBytes, "--max-module", "module size");
    return new LudusError("limit", message, null, null, { hint });
  };
  let file: Deno.FsFile | null = null;
  try {
    if (u.protocol === "file:") {
      file = await Deno.open(u);
      const bytes = await readAtMost(file, maxBytes);
      if (bytes === null) throw tooBigError();
      return decode(bytes, name);
    }
    if (u.protocol === "http:" || u.protocol === "https:") {
      const res = await fetch(u);
      if (!res.ok) {
        await res.body?.cancel();
        throw new LudusError(
          "import",
          `cannot import ${url}: the server answered ${res.status} ${res.statusText}`,
        );
      }
      const bytes = await readBodyAtMost(res, maxBytes);
      if (bytes === null) throw tooBigError();
      return decode(bytes, url);
    }
  } catch (e) {
    if (e instanceof LudusError) throw e;
    if (e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied) {
      const flag = u.protocol === "file:" ? "--allow-read (-R)" : `--allow-net=${u.host}`;
      throw new LudusError(
        "import",
        `cannot import ${url}: Deno needs permission to ${
          u.protocol === "file:" ? "read it" : "fetch it"
        }; run with ${flag}`,
      );
    }
    if (e instanceof Deno.errors.NotFound) {
      throw new LudusError("import", `cannot import ${name}: there is no such file`);
    }
    if (e instanceof Deno.errors.IsADirectory) {
      throw new LudusError("import", `cannot import ${name}: it is a folder, not a file`);
    }
    throw new LudusError("import", `cannot import ${url}: ${(e as Error).message}`);
  } finally {
    file?.close();
  }
  throw new LudusError(
    "import",
    `cannot import ${url}: only file: and https: URLs can be imported`,
  );
}
