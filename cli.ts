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
 * (`deno run -A tools/bundle.ts` makes it): Deno then loads one module instead
 * of 45, which takes ~6 ms off the start-up of every run (docs/performance.md,
 * change 21). When the bundle is out of date, as after an edit to `lib/` not
 * bundled yet, it runs the sources, which behave the same.
 *
 * @module
 */

import type * as Command from "./lib/host/command.ts";

/** Where the bundle's manifest is, from the project's root. */
export const MANIFEST = "dist/ludus_cli.json";

/**
 * How much later than the bundle a source file may have been written and still
 * count as unchanged (a clone or a checkout writes them all within this).
 */
const SLACK_MS = 10_000;

/**
 * Whether the bundle is known to be out of date: a source listed in the
 * manifest beside it has another size now or was written after it (give or
 * take {@link SLACK_MS}), or the bundle or its manifest is missing. False when
 * that cannot be checked: the project is not on a local disk, or there is no
 * permission to read it (this never asks for one). The bundle is then used
 * as it is; `tests/bundle_test.ts` keeps the committed one up to date.
 *
 * @example Usage
 * ```ts ignore
 * if (bundleIsStale(new URL(".", import.meta.url))) console.log("run tools/bundle.ts");
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
      if (st.size !== size || at === undefined || at > built + SLACK_MS) return true;
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
