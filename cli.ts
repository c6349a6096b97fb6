#!/usr/bin/env -S deno run --allow-read
/**
 * The `ludus` command.
 *
 *     deno run -R cli.ts FILE.ld            run a script
 *     deno run cli.ts - < FILE.ld           run a script from stdin
 *     deno run -R cli.ts --disasm FILE.ld   show its bytecode
 *     deno run -R cli.ts --help             all options
 *
 * The command itself is `lib/host/command.ts`. This entry point runs it from
 * `dist/ludus_cli.js`, one file bundled from it and everything it imports
 * (`deno task gen` makes it, with `tools/bundle.ts`): Deno then loads one
 * module instead of ~55, which takes ~20 ms off the ~115-140 ms a run of
 * hello.ld takes, whole process (0.86×). That is why the bundle is committed,
 * generated as it is.
 *
 * When the bundle is out of date, as after an edit to `lib/` not bundled yet,
 * this runs the sources, which behave the same. Out of date is decided by the
 * sizes and dates of the sources the manifest lists ({@linkcode bundleIsStale}:
 * ~3.5 ms, 1.04× of hello.ld's whole run), not by their contents: a hash over
 * them, which would be exact, made hello.ld take 1.33× as long (reading 56
 * files and starting WebCrypto; ~12 ms with a hash in JS), more than the bundle
 * saves. `tools/bundle.ts` dates the bundle {@linkcode BUNDLE_SLACK_MS} back,
 * so any source written after it was made reads as newer; the slack is what
 * lets a clone, which writes the bundle and its sources in some order within
 * seconds, read as up to date. What the check misses: an edit that keeps a
 * file's size within that slack after a clone or checkout, and a file put back
 * with an older date (`cp -p`, `tar`). CI (`deno task gen --check`) keeps the
 * committed bundle what the committed sources make.
 *
 * @module
 */

import type * as Command from "./lib/host/command.ts";

/** Where the bundle's manifest is, from the project's root. */
export const MANIFEST = "dist/ludus_cli.json";

/**
 * How much later than the bundle's date a source may have been written and
 * still count as unchanged. A clone or checkout writes them all within this;
 * `tools/bundle.ts` dates the bundle this much back, so that a source written
 * after it made the bundle counts as changed.
 */
export const BUNDLE_SLACK_MS = 10_000;

/**
 * Whether the bundle is known to be out of date: a source listed in the
 * manifest beside it has another size now or was written after it (later than
 * its date plus {@linkcode BUNDLE_SLACK_MS}), or the bundle or its manifest is
 * missing. False when that cannot be checked: the project is not on a local
 * disk, or there is no permission to read it (this never asks for one). The
 * bundle is then used as it is; CI keeps the committed one up to date.
 *
 * @example Usage
 * ```ts ignore
 * if (bundleIsStale(new URL(".", import.meta.url))) console.log("run deno task gen");
 * ```
 */
export function bundleIsStale(root: URL): boolean {
  if (root.protocol !== "file:") return false;
  if (Deno.permissions.querySync({ name: "read", path: root }).state !== "granted") return false;
  try {
    const manifest = JSON.parse(Deno.readTextFileSync(new URL(MANIFEST, root))) as {
      bundle: string;
      sources: [string, number][];
    };
    const built = Deno.statSync(new URL(manifest.bundle, root)).mtime?.getTime();
    if (built === undefined) return true;
    for (const [path, size] of manifest.sources) {
      const st = Deno.statSync(new URL(path, root));
      const at = st.mtime?.getTime();
      if (st.size !== size || at === undefined || at > built + BUNDLE_SLACK_MS) return true;
    }
    return false;
  } catch {
    return true;
  }
}

/**
 * The command's module: the bundle, or the sources when it is out of date.
 *
 * @example Usage
 * ```ts ignore
 * const { main } = await loadCommand();
 * Deno.exit(await main(["examples/hello.ld"]));
 * ```
 */
export async function loadCommand(): Promise<typeof Command> {
  if (bundleIsStale(new URL(".", import.meta.url))) {
    // Named through a variable: a literal would make Deno load all the sources
    // on every run, bundle or not (~5 ms).
    const sources = "./lib/host/command.ts";
    return await import(sources) as typeof Command;
  }
  return await import("./dist/ludus_cli.js") as typeof Command;
}

if (import.meta.main) {
  const { main } = await loadCommand();
  Deno.exit(await main(Deno.args));
}
