/**
 * The command's allocator setting (lib/host_memory.ts): set with the `ffi`
 * permission on Linux with glibc, quietly skipped without it, and the command
 * runs the same either way.
 */

import { assertEquals } from "@std/assert";
import { keepFreedMemory } from "../lib/host_memory.ts";
import { runDeno } from "./_run.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const MODULE = new URL("../lib/host_memory.ts", import.meta.url).href;
const glibc = Deno.build.os === "linux" && Deno.build.env === "gnu";

Deno.test("host_memory: without the ffi permission it does nothing, and does not throw", async () => {
  assertEquals(Deno.permissions.querySync({ name: "ffi" }).state === "granted", false);
  assertEquals(await keepFreedMemory(), false);
});

Deno.test("host_memory: with the ffi permission on glibc, both thresholds are set", async () => {
  const r = await runDeno([
    "eval",
    `import { keepFreedMemory } from "${MODULE}"; console.log(await keepFreedMemory());`,
  ], { cwd: ROOT });
  assertEquals(r.stderr, "");
  assertEquals(r.stdout.trim(), String(glibc));
});

Deno.test("host_memory: the command runs a script alike with and without the ffi permission", async () => {
  const script = ["run", "cli.ts", "examples/hello.ld"];
  const all = await runDeno([script[0], "-A", ...script.slice(1)], { cwd: ROOT });
  const read = await runDeno([script[0], "-R", ...script.slice(1)], { cwd: ROOT });
  assertEquals([all.code, all.stdout, all.stderr], [0, "hello, world\n:ok\n", ""]);
  assertEquals([read.code, read.stdout, read.stderr], [0, "hello, world\n:ok\n", ""]);
});
