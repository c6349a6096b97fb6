/** Sessions (REPL entries, notebook blocks): shared bindings, failures, limits. */

import { assert, assertEquals, assertMatch } from "@std/assert";
import { Session } from "../lib/runtime/session.ts";

Deno.test("Session: an entry sees earlier entries' bindings and may rebind them", async () => {
  const s = new Session({ virtualClock: true });
  assertEquals((await s.run("let x = 20\nfn double (n) -> mult (n, 2)")).bound, ["x", "double"]);
  assertEquals((await s.run("double (add (x, 1))")).result, "42");
  assertEquals((await s.run("let x = 5\nx")).result, "5");
  assertEquals((await s.run("double (x)")).result, "10");
});

Deno.test("Session: a failed entry passes on only what it bound; later entries still run", async () => {
  const s = new Session({ virtualClock: true });
  const bad = await s.run("let a = 1\nlet b = div (1, 0)\nlet c = 3");
  assertEquals(bad.error?.kind, "panic");
  assertEquals(bad.bound, ["a"]);
  assertEquals((await s.run("a")).result, "1");
  const uses = await s.run("c");
  assertMatch(uses.error!.message, /unbound name `c`/);
  assertEquals((await s.run("add (a, 1)")).result, "2");
});

Deno.test("Session: a block that runs forever is stopped without losing the others", async () => {
  const s = new Session({ virtualClock: true }, { timeoutMs: 200 });
  await s.run("let before = :kept");
  const spin = await s.run("loop (0) with { (i) -> recur (inc (i)) }");
  assertEquals(spin.error?.kind, "limit");
  assertMatch(spin.error!.message, /ran longer than 200 ms/);
  const wait = await s.run("receive { :never -> :ok }");
  assertMatch(wait.error!.message, /no process can ever send/);
  assertEquals((await s.run("before")).result, ":kept");
});

Deno.test("Session: each entry is a process; its console, turtles and spawned processes are its own", async () => {
  const s = new Session({ virtualClock: true });
  const one = await s.run(
    'print! ("one")\nforward! (10)\nlet p = spawn! (fn () -> receive { :x -> :ok })\n:first',
  );
  assertEquals(one.console, ["one"]);
  assertEquals(one.turtles.length, 1);
  assert(one.processes.length >= 2);
  assertEquals(one.processes[0].pid, one.pid);
  const two = await s.run('print! ("two")\nsend! (p, :x)\n:second');
  assertEquals(two.console, ["two"]);
  assertEquals(two.turtles.length, 0);
  assert(two.pid !== one.pid);
});
