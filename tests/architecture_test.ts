/**
 * The house: lib/ is a stack of stages, one folder each, and every import runs
 * down the stack (or within a folder), never up, and never in a circle. Read
 * from `deno info --json` (code and type imports alike), so it holds for what
 * Deno loads, not for what a regular expression finds. Also: lib/ and mod.ts
 * import only relative files and `node:` built-ins (mod.ts stays importable by
 * URL), and nothing in lib/ below the hosts uses `Deno.*` (it runs in a Worker).
 */

import { assert, assertEquals } from "@std/assert";
import { permissionsFor } from "./_permissions.ts";

/** The stages, lowest first. A file may import its own stage or any below it. */
const STAGES = [
  ["lib/limits.ts", "lib/errors/"],
  ["lib/syntax/", "lib/values/", "lib/turtle/"],
  ["lib/compile/"],
  ["lib/vm/"],
  ["lib/observe/"],
  ["lib/runtime/"],
  ["lib/host/"],
];

function stageOf(path: string): number {
  const i = STAGES.findIndex((s) => s.some((p) => path === p || path.startsWith(p)));
  return i;
}

interface Module {
  specifier: string;
  dependencies?: {
    specifier: string;
    code?: { specifier: string };
    type?: { specifier: string };
  }[];
}

const ROOT = new URL("../", import.meta.url);
const { canRun, why } = permissionsFor(["run", "read"]);

/** The modules `deno info` finds from `root`. */
async function modulesOf(root: string): Promise<Module[]> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", root],
    cwd: ROOT.pathname,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert(out.success, new TextDecoder().decode(out.stderr));
  return (JSON.parse(new TextDecoder().decode(out.stdout)) as { modules: Module[] }).modules;
}

/** Every local module reachable from mod.ts and the command, with the local .ts files it imports. */
async function graph(): Promise<Map<string, string[]>> {
  const modules = [
    ...await modulesOf("mod.ts"),
    ...await modulesOf("lib/host/command.ts"),
    ...await modulesOf("lib/host/worker.ts"),
    ...await modulesOf("lib/host/worker_notebook.ts"),
  ];
  const edges = new Map<string, string[]>();
  const local = (s: string) => s.startsWith(ROOT.href) ? s.slice(ROOT.href.length) : null;
  for (const m of modules) {
    const from = local(m.specifier);
    if (from === null) continue;
    const to: string[] = [];
    for (const d of m.dependencies ?? []) {
      for (const target of [d.code?.specifier, d.type?.specifier]) {
        const t = target === undefined ? null : local(target);
        if (t !== null && t.endsWith(".ts") && !to.includes(t)) to.push(t);
      }
    }
    edges.set(from, to);
  }
  return edges;
}

Deno.test({
  name:
    "lib/: every import runs down the stages (errors, syntax/values/turtle, compile, vm, observe, runtime, host)",
  ignore: !canRun,
  async fn() {
    const edges = await graph();
    const wrong: string[] = [];
    for (const [from, tos] of edges) {
      if (!from.startsWith("lib/")) continue;
      const a = stageOf(from);
      assert(a >= 0, `${from} is in no stage: add its folder to STAGES`);
      for (const to of tos) {
        const b = stageOf(to);
        if (b > a) wrong.push(`${from} -> ${to}`);
      }
    }
    assertEquals(wrong, [], "imports that run up the stages");
  },
});

Deno.test({
  name: "lib/: no import circles, code or type imports alike",
  ignore: !canRun,
  async fn() {
    const edges = await graph();
    const state = new Map<string, "open" | "done">();
    const circles: string[] = [];
    const path: string[] = [];
    const visit = (m: string) => {
      state.set(m, "open");
      path.push(m);
      for (const t of edges.get(m) ?? []) {
        if (state.get(t) === "open") circles.push([...path.slice(path.indexOf(t)), t].join(" -> "));
        else if (!state.has(t)) visit(t);
      }
      path.pop();
      state.set(m, "done");
    };
    for (const m of edges.keys()) if (!state.has(m)) visit(m);
    assertEquals(circles, []);
  },
});

Deno.test({
  name: "mod.ts and lib/ import only relative .ts files and node: built-ins",
  ignore: !canRun,
  async fn() {
    const outside = (await modulesOf("mod.ts")).map((m) => m.specifier).filter((s) =>
      !s.startsWith(ROOT.href) && !s.startsWith("node:")
    );
    assertEquals(outside, []);
  },
});

Deno.test({
  name: "lib/: only the hosts use Deno.* (the core runs in a Web Worker)",
  ignore: !canRun,
  async fn() {
    const edges = await graph();
    const users: string[] = [];
    for (const file of edges.keys()) {
      if (!file.startsWith("lib/") || file.startsWith("lib/host/")) continue;
      const text = await Deno.readTextFile(new URL(file, ROOT));
      if (/\bDeno\.[a-z]/.test(text.replace(/^\s*(\*|\/\/).*$/gm, ""))) users.push(file);
    }
    assertEquals(users, []);
  },
});

Deno.test({
  name:
    "lib/host/worker.ts, worker_notebook.ts and all they import use no Deno.* (they run in the browser's Web Worker)",
  ignore: !canRun,
  async fn() {
    const users: string[] = [];
    const modules = [
      ...await modulesOf("lib/host/worker.ts"),
      ...await modulesOf("lib/host/worker_notebook.ts"),
    ];
    for (const m of modules) {
      if (!m.specifier.startsWith(ROOT.href) || !m.specifier.endsWith(".ts")) continue;
      const text = await Deno.readTextFile(new URL(m.specifier));
      if (/\bDeno\.[a-z]/.test(text.replace(/^\s*(\*|\/\/).*$/gm, ""))) {
        users.push(m.specifier.slice(ROOT.href.length));
      }
    }
    assertEquals(users, []);
  },
});

if (!canRun) console.log(`architecture_test.ts: skipped (${why})`);
