/**
 * Modules: `import "path" as name` runs the imported script as a process.
 *
 * A path resolves against the importing script's URL (`file:` and `https:`
 * alike); a bare name such as `"observe"` is a standard module from `std/`. The
 * first import of a resolved URL fetches the text (through the host), compiles
 * it, and spawns a process, named after the path, that runs it from a fresh
 * toplevel; the importer waits (like `await!`) and gets the module's value, which
 * is cached: each module runs once per runtime. An import that would close a
 * cycle is an error listing the chain (`a.ld → b.ld → a.ld`). A module that
 * panics is reported at its own file and line, and the importer then fails with
 * an import error at its `import` line. A module from `https:` (or `http:`)
 * imports only other modules from the network, never a `file:` one (Deno's
 * rule), and a module's text is read only up to the module size limit
 * ({@linkcode LIMITS.maxModuleBytes}, `--max-module`).
 *
 * Fetching is the host's job ({@linkcode ModuleHost}); the core stays free of
 * `Deno.*`.
 *
 * @module
 */

import type { Chunk } from "../compile/chunk.ts";
import { LudusError } from "../errors/errors.ts";
import type { Process } from "../vm/process.ts";
import type { Compiled, CompileOptions } from "./script.ts";
import type { Scheduler } from "./scheduler.ts";
import { STD_MODULES } from "./std_modules.ts";
import type { Value } from "../values/values.ts";
import { SUSPEND } from "../vm/process.ts";
import { Closure } from "../vm/callables.ts";
import { errorIn, Panic } from "../vm/debug.ts";
import { LIMITS, tooBig } from "../limits.ts";

/** Where module text comes from. */
export interface ModuleHost {
  /**
   * The text at a URL; rejects with a LudusError (kind "import") if it cannot,
   * and with one of kind "limit" if the text is longer than `maxBytes` bytes
   * (a host should stop reading there: the text may never end).
   */
  load(url: string, maxBytes: number): Promise<string>;
}

/** One module, by resolved URL. */
interface ModuleRecord {
  url: string;
  /** The name it shows with: the path as the first importer wrote it, or the std name. */
  display: string;
  status: "loading" | "running" | "done" | "failed";
  value: Value;
  error: LudusError | null;
  /** Processes waiting for it. */
  waiters: Process[];
  /** The import chain that led here, root first (for cycles). */
  chain: string[];
  proc: Process | null;
}

const STD_PREFIX = "ludus:std/";

/** The module loader of one runtime. */
export class Modules {
  readonly #sched: Scheduler;
  readonly #host: ModuleHost | null;
  readonly #compile: (text: string, opts: CompileOptions) => Compiled;
  readonly #records = new Map<string, ModuleRecord>();
  readonly #byProc = new Map<Process, ModuleRecord>();
  /** The main script's URL (the root of every chain). */
  mainUrl: string | null = null;
  /** Most bytes of one module's text (`--max-module`). */
  readonly maxBytes: number;

  /** A loader for a scheduler; installs itself as the scheduler's importer. */
  constructor(
    sched: Scheduler,
    host: ModuleHost | null,
    compile: (text: string, opts: CompileOptions) => Compiled,
    maxBytes: number = LIMITS.maxModuleBytes,
  ) {
    this.#sched = sched;
    this.#host = host;
    this.#compile = compile;
    this.maxBytes = maxBytes;
    sched.useModules({
      import: (proc, path, chunk) => this.import(proc, path, chunk),
      exited: (proc) => this.#exited(proc),
    });
  }

  /** Resolve a path written in a script to a URL. Throws a Panic on a bad path. */
  resolve(path: string, chunk: Chunk): string {
    if (!path.includes("/") && !path.includes(".") && !path.includes(":")) {
      if (!(path in STD_MODULES)) {
        throw new Panic(
          `there is no standard module called "${path}" (the standard modules are: ${
            Object.keys(STD_MODULES).join(", ")
          })`,
          "import",
        );
      }
      return STD_PREFIX + path;
    }
    const base = chunk.source.url;
    let url: string;
    try {
      url = new URL(path, base ?? undefined).href;
    } catch {
      throw new Panic(
        base === null
          ? `cannot import "${path}": this script has no file or URL to resolve it against`
          : `cannot import "${path}": it is not a valid path`,
        "import",
      );
    }
    // Deno's rule: code from the network never reads the machine's own files.
    if (base !== null && /^https?:/i.test(base) && !/^https?:/i.test(url)) {
      throw new Panic(
        `cannot import "${path}": a module from ${
          new URL(base).origin
        } cannot import a local file (${url}); only https: and http: modules, as in Deno`,
        "import",
      );
    }
    return url;
  }

  /** The chain of imports that led to a process (root first). */
  #chainOf(proc: Process): string[] {
    for (let p: Process | null = proc; p !== null; p = p.parent) {
      const rec = this.#byProc.get(p);
      if (rec) return rec.chain;
    }
    return this.mainUrl ? [this.mainUrl] : [];
  }

  /** A short name for a URL in messages: relative to the main script's folder if under it. */
  #short(url: string): string {
    if (url.startsWith(STD_PREFIX)) return url.slice(STD_PREFIX.length);
    const rec = this.#records.get(url);
    if (rec) return rec.display;
    if (this.mainUrl) {
      const dir = this.mainUrl.slice(0, this.mainUrl.lastIndexOf("/") + 1);
      if (url.startsWith(dir)) return url.slice(dir.length);
    }
    return url.startsWith("file://") ? decodeURIComponent(new URL(url).pathname) : url;
  }

  /** The IMPORT instruction: the module's value, or SUSPEND while it loads. */
  import(proc: Process, path: string, chunk: Chunk): Value | typeof SUSPEND {
    const url = this.resolve(path, chunk);
    const chain = this.#chainOf(proc);
    const rec = this.#records.get(url);
    if (rec) {
      if (rec.status === "done") return rec.value;
      if (rec.status === "failed") {
        throw new Panic(`importing "${path}" failed: ${rec.error?.message ?? "?"}`, "import");
      }
      if (chain.includes(url)) throw this.#cycle(chain, url);
      rec.waiters.push(proc);
      proc.status = "waiting";
      return SUSPEND;
    }
    if (chain.includes(url)) throw this.#cycle(chain, url);
    const record: ModuleRecord = {
      url,
      display: url.startsWith(STD_PREFIX)
        ? url.slice(STD_PREFIX.length)
        : this.#displayFor(url, path),
      status: "loading",
      value: null,
      error: null,
      waiters: [proc],
      chain: [...chain, url],
      proc: null,
    };
    this.#records.set(url, record);
    proc.status = "waiting";
    if (url.startsWith(STD_PREFIX)) {
      this.#start(record, STD_MODULES[url.slice(STD_PREFIX.length)], proc, true);
    } else if (this.#host === null) {
      this.#failRecord(
        record,
        new LudusError(
          "import",
          `cannot import "${path}": this runtime cannot read files or URLs`,
        ),
      );
      proc.status = "running";
      throw new Panic(
        `importing "${path}" failed: this runtime cannot read files or URLs`,
        "import",
      );
    } else {
      this.#sched.hold(
        this.#host.load(url, this.maxBytes).then(
          (text) => this.#start(record, text, proc, false),
          (e) =>
            this.#failRecord(
              record,
              e instanceof LudusError ? e : new LudusError("import", `cannot load ${url}: ${e}`),
            ),
        ),
      );
    }
    return SUSPEND;
  }

  #displayFor(url: string, path: string): string {
    if (this.mainUrl) {
      const dir = this.mainUrl.slice(0, this.mainUrl.lastIndexOf("/") + 1);
      if (url.startsWith(dir)) return decodeURIComponent(url.slice(dir.length));
    }
    return url.startsWith("file://") ? path : url;
  }

  #cycle(chain: string[], url: string): Panic {
    const start = chain.indexOf(url);
    const loop = [...chain.slice(start), url].map((u) => this.#short(u));
    return new Panic(`these modules import each other in a cycle: ${loop.join(" → ")}`, "import");
  }

  /** Compile the module and spawn its process. */
  #start(record: ModuleRecord, text: string, importer: Process, trusted: boolean): void {
    let compiled: Compiled;
    try {
      if (text.length > this.maxBytes && !trusted) {
        // A host that read more than it was asked to: the same error as its own.
        const { message, hint } = tooBig(
          record.display,
          this.maxBytes,
          "--max-module",
          "module size",
        );
        throw new LudusError("limit", message, null, null, { hint });
      }
      compiled = this.#compile(text, {
        file: record.display,
        url: record.url,
        trusted,
        maxSourceBytes: trusted ? Infinity : this.maxBytes,
      });
    } catch (e) {
      const err = e instanceof LudusError ? e : new LudusError("import", String(e));
      this.#sched.host.report?.(`module ${record.display} could not be compiled`, err);
      this.#failRecord(record, err);
      return;
    }
    const proc = this.#sched.startProcess(
      new Closure(compiled.proto, [], compiled.globals),
      importer,
    );
    proc.name = record.display;
    proc.spawnFile = record.display;
    record.proc = proc;
    record.status = "running";
    this.#byProc.set(proc, record);
  }

  #exited(proc: Process): void {
    const record = this.#byProc.get(proc);
    if (!record) return;
    this.#byProc.delete(proc);
    if (proc.status === "done") {
      record.status = "done";
      record.value = proc.result;
      const waiters = record.waiters;
      record.waiters = [];
      for (const w of waiters) this.#sched.resume(w, record.value);
    } else {
      this.#failRecord(record, proc.error ?? new LudusError("import", "the module panicked"));
    }
  }

  #failRecord(record: ModuleRecord, err: LudusError): void {
    record.status = "failed";
    record.error = err;
    const waiters = record.waiters;
    record.waiters = [];
    for (const w of waiters) {
      if (!w.alive) continue;
      const where = err.location();
      const msg = `importing "${record.display}" failed: ${err.message}${
        where ? ` (at ${where})` : ""
      }`;
      this.#sched.fail(w, errorIn(w, msg, "import"));
    }
  }
}

/**
 * A response's body, at most `max` bytes of it: null if there is more (the
 * rest is not read: the body is cancelled as soon as it is too long, or at
 * once when its `content-length` says so).
 *
 * @example Usage
 * ```ts
 * import { readBodyAtMost } from "./modules.ts";
 * console.assert((await readBodyAtMost(new Response("abc"), 2)) === null);
 * console.assert((await readBodyAtMost(new Response("abc"), 3))!.length === 3);
 * ```
 */
export async function readBodyAtMost(res: Response, max: number): Promise<Uint8Array | null> {
  const declared = Number(res.headers.get("content-length") ?? NaN);
  if (res.body === null) return new Uint8Array(0);
  if (declared > max) {
    await res.body.cancel();
    return null;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let len = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    len += value.length;
    if (len > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(len);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A module host built on `fetch` (a web standard, so it works in Deno for
 * `file:` and `https:` URLs, and in browsers for `https:`). The default when a
 * runtime is given no other. It reads at most the module size limit.
 */
export const FETCH_MODULE_HOST: ModuleHost = {
  async load(url: string, maxBytes: number = LIMITS.maxModuleBytes): Promise<string> {
    let res: Response;
    try {
      res = await fetch(url);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      const perm = /NotCapable|permission|Requires/i.test(why)
        ? ` (Deno needs ${url.startsWith("file:") ? "--allow-read" : "--allow-net"} for this)`
        : "";
      throw new LudusError("import", `cannot import ${url}: ${why}${perm}`);
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new LudusError("import", `cannot import ${url}: the server answered ${res.status}`);
    }
    let bytes: Uint8Array | null;
    try {
      bytes = await readBodyAtMost(res, maxBytes);
    } catch (e) {
      throw new LudusError(
        "import",
        `cannot import ${url}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    if (bytes === null) {
      const { message, hint } = tooBig(url, maxBytes, "--max-module", "module size");
      throw new LudusError("limit", message, null, null, { hint });
    }
    return new TextDecoder().decode(bytes);
  },
};
