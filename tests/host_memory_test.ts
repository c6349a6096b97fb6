/**
 * The command's allocator setting (lib/host/memory.ts): set with the `ffi`
 * permission on Linux with glibc, quietly skipped without it, and the command
 * runs the same either way. Each case runs in a child `deno` with the
 * permissions it is about, whatever this test run was given (starting one needs
 * --allow-run; without it the tests are skipped, and say so).
 */

import { assertEquals } from "@std/assert";
import { runDeno } from "./_run.ts";
import { permissionsFor } from "./_permissions.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const MODULE = new URL("../lib/host/memory.ts", import.meta.url).href;
const glibc = Deno.build.os === "linux" && Deno.build.env === "gnu";
const { canRun } = permissionsFor(["run"], "host_memory_test.ts");
const SCRIPT = `import { keepFreedMemory } from "${MODULE}"; console.log(await keepFreedMemory());`;

/** What keepFreedMemory() gave in a child run with `flags`. */
async function keptWith(flags: string[]): Promise<string> {
  const r = await runDeno(["run", ...flags, "--no-prompt", "-"], { stdin: SCRIPT, cwd: ROOT });
  assertEquals(r.stderr, "");
  return r.stdout.trim();
}

Deno.test({
  name: "host_memory: with the ffi permission on glibc, both thresholds are set",
  ignore: !canRun,
}, async () => {
  assertEquals(await keptWith(["-R", "--allow-ffi"]), String(glibc));
});

Deno.test({
  name: "host_memory: without the ffi permission it does nothing, and does not throw",
  ignore: !canRun,
}, async () => {
  assertEquals(await keptWith(["-R"]), "false");
});

Deno.test({
  name: "host_memory: the command runs a script alike with and without the ffi permission",
  ignore: !canRun,
}, async () => {
  for (const flag of ["-A", "-R"]) {
    const r = await runDeno(["run", flag, "cli.ts", "examples/hello.ld"], { cwd: ROOT });
    assertEquals([r.code, r.stdout, r.stderr], [0, "hello, world\n:ok\n", ""], flag);
  }
});
