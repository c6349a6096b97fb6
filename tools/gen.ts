/**
 * Regenerate every generated file, or check that none is stale.
 *
 *     deno task gen            regenerate them all (deno run -A tools/gen.ts)
 *     deno task gen --check    exit 1 naming every stale file; changes nothing
 *
 * The generators, in order (each may read what those before it wrote):
 *
 * 1. `tools/gen_ops.ts`: what `lib/vm/vm.ts` and `lib/runtime/scheduler.ts`
 *    take from the instruction set (`lib/compile/opcodes.ts`);
 * 2. `tools/gen_prelude_image.ts`: `lib/runtime/prelude_image.ts`, the
 *    precompiled prelude;
 * 3. `tools/gen_warm_up.ts`: the command's warm-up code, precompiled, in
 *    `lib/host/warm_up.ts`;
 * 4. `tools/gen_prelude_doc.ts`: the prelude's reference, from its docstrings;
 * 5. `tools/bundle.ts`: `dist/ludus_cli.js` and its manifest, which `cli.ts`
 *    runs (it runs last: it bundles what the others wrote).
 *
 * Both ways run the generators on a copy of the working tree in a temporary
 * directory and compare every file of it with the tree's: what differs is
 * stale. So it names every file a generator would change, what an earlier
 * generator's change would change further down included (an edit to
 * `std/prelude.ld` makes the image, the reference and the bundle stale), and
 * needs no list of the files each writes. Without `--check` it then copies
 * those files into the tree, and dates the bundle as `tools/bundle.ts` does
 * (any source written after this run makes `cli.ts` take it as stale).
 *
 * @module
 */

import { BUNDLE_SLACK_MS } from "../cli.ts";

/** The generators, in the order they run, from the project's root. */
const GENERATORS = [
  "tools/gen_ops.ts",
  "tools/gen_prelude_image.ts",
  "tools/gen_warm_up.ts",
  "tools/gen_prelude_doc.ts",
  "tools/bundle.ts",
];

/** Never copied nor compared: not the project's files (see .gitignore). */
const SKIP = new Set([".git", "node_modules", "cov", "tmp"]);

const root = new URL("..", import.meta.url);
const rootPath = decodeURIComponent(root.pathname);
const check = Deno.args.includes("--check");

/** Every file under `dir` (a path ending in `/`), relative to it. */
function filesUnder(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of Deno.readDirSync(dir + prefix)) {
    if (SKIP.has(e.name) || e.name.endsWith(".tmp")) continue;
    const path = prefix + e.name;
    if (e.isDirectory) out.push(...filesUnder(dir, path + "/"));
    else if (e.isFile) out.push(path);
  }
  return out;
}

/** Whether two files hold the same bytes (a missing file equals nothing). */
function same(a: string, b: string): boolean {
  const read = (p: string) => {
    try {
      return Deno.readFileSync(p);
    } catch {
      return null;
    }
  };
  const x = read(a), y = read(b);
  if (x === null || y === null || x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

const copy = Deno.makeTempDirSync({ prefix: "ludus-gen-" }) + "/";
let code = 0;
try {
  const before = filesUnder(rootPath);
  for (const path of before) {
    Deno.mkdirSync(copy + path.slice(0, path.lastIndexOf("/") + 1), { recursive: true });
    Deno.copyFileSync(rootPath + path, copy + path);
  }
  for (const tool of GENERATORS) {
    try {
      Deno.statSync(copy + tool);
    } catch {
      continue; // not in this version of the project
    }
    const out = new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", tool],
      cwd: copy,
      stdout: "piped",
      stderr: "piped",
    }).outputSync();
    if (!out.success) {
      throw new Error(`${tool} failed:\n${new TextDecoder().decode(out.stderr)}`);
    }
  }
  const changed = filesUnder(copy).filter((path) => !same(copy + path, rootPath + path)).sort();
  if (check) {
    if (changed.length > 0) {
      console.error(`stale (run deno task gen): ${changed.join(", ")}`);
      code = 1;
    } else console.log("every generated file is up to date");
  } else {
    for (const path of changed) {
      Deno.mkdirSync(rootPath + path.slice(0, path.lastIndexOf("/") + 1), { recursive: true });
      Deno.copyFileSync(copy + path, rootPath + path);
    }
    const at = new Date(Date.now() - BUNDLE_SLACK_MS);
    Deno.utimeSync(rootPath + "dist/ludus_cli.js", at, at);
    console.log(changed.length > 0 ? `wrote ${changed.join(", ")}` : "nothing was stale");
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  code = 1;
} finally {
  Deno.removeSync(copy, { recursive: true });
}
Deno.exit(code);
