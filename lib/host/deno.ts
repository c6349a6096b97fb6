/**
 * The Deno host: the only part of the library that touches files, the terminal
 * and the network. The core (lexer to scheduler) stays free of `Deno.*` so it runs
 * in a browser Web Worker too.
 *
 * @module
 */

import { LudusError } from "../errors/errors.ts";

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

/** Read all of stdin as text (needs no permission). */
export async function readStdin(): Promise<string> {
  const bytes = new Uint8Array(await new Response(Deno.stdin.readable).arrayBuffer());
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
 * Read a script file. Missing files and missing permissions become Ludus errors
 * of kind "usage" with a plain message.
 */
export async function readScript(path: string): Promise<string> {
  try {
    return decode(await Deno.readFile(path), path);
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
 * with fetch. A missing permission becomes an import error that names the flag.
 */
export async function loadModuleText(url: string): Promise<string> {
  const u = new URL(url);
  try {
    if (u.protocol === "file:") {
      return decode(await Deno.readFile(u), decodeURIComponent(u.pathname));
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
      return decode(new Uint8Array(await res.arrayBuffer()), url);
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
      throw new LudusError(
        "import",
        `cannot import ${decodeURIComponent(u.pathname)}: there is no such file`,
      );
    }
    throw new LudusError("import", `cannot import ${url}: ${(e as Error).message}`);
  }
  throw new LudusError(
    "import",
    `cannot import ${url}: only file: and https: URLs can be imported`,
  );
}
