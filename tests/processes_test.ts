/**
 * Processes at scale, determinism, and the host API. (Behaviour of single
 * primitives is covered by the golden programs `tests/golden/proc_*.ld`.)
 */

import { assert, assertEquals } from "@std/assert";
import { keyword, Runtime, show, Tuple } from "../mod.ts";
import { Scheduler } from "../lib/runtime/scheduler.ts";
import { runCaptured } from "./_harness.ts";

Deno.test("spawn! runs 10,000 processes that each message their parent", async () => {
  const r = await runCaptured(`
let parent = self ()
let n = 10000
fn spawn_all (i) -> if gt? (i, n) then :ok else {
  spawn! (fn () -> send! (parent, (:done, i)))
  spawn_all (inc (i))
}
fn collect (k, acc) -> if eq? (k, n) then acc else receive {
  (:done, i) -> collect (inc (k), add (acc, i))
}
spawn_all (1)
collect (0, 0)`);
  assertEquals(r.error, null);
  assertEquals(r.result, "50005000");
});

Deno.test("10,000 processes panicking the same way: three reports and a count, main finishes", async () => {
  const reports: string[] = [];
  const rt = new Runtime({
    virtualClock: true,
    seed: 1,
    host: { report: (text, err) => reports.push(err ? `${text}: ${err.message}` : text) },
  });
  const r = await rt.runMain(`
fn spawn_all (i) -> if eq? (i, 0) then :ok else {
  spawn! (fn () -> div (i, 0))
  spawn_all (dec (i))
}
spawn_all (10000)
yield! ()
:main_finished`);
  assertEquals(r.error, null);
  assertEquals(r.result, ":main_finished");
  assertEquals(rt.scheduler.failures, 10000);
  assertEquals(reports.length, 4, reports.join("\n"));
  assert(reports.slice(0, 3).every((r) => r.endsWith("panicked: division by zero")), reports[0]);
  assertEquals(
    reports[3],
    "… and 9,997 more processes panicked the same way: division by zero (at <input>:3:20)",
  );
});

Deno.test("the same program and seed give the same output twice", async () => {
  const prog = `
let me = self ()
fn worker (id) -> spawn! (fn () -> {
  sleep! (random_int (1, 50))
  send! (me, (id, random_int (1, 1000)))
})
repeat 5 { worker (random_int (1, 100)) }
loop (0, []) with {
  (5, acc) -> acc
  (n, acc) -> recur (inc (n), append (acc, receive { m -> m }))
}`;
  const a = await runCaptured(prog, { seed: 7 });
  const b = await runCaptured(prog, { seed: 7 });
  const c = await runCaptured(prog, { seed: 8 });
  assertEquals(a.error, null);
  assertEquals(a.result, b.result);
  assert(a.result !== c.result, "a different seed should give a different run");
});

Deno.test("the reduction budget is configurable and readable from Ludus", async () => {
  assertEquals((await runCaptured("budget ()", { budget: 7 })).result, "7");
  assertEquals((await runCaptured("budget ()")).result, "1000");
});

Deno.test("a small budget still completes the ping-pong beside a spinner", async () => {
  const r = await runCaptured(
    `
spawn! (fn () -> loop (0) with { (i) -> recur (inc (i)) })
let me = self ()
let e = spawn! (fn () -> loop () with { () -> receive { (:ping, f) -> { send! (f, :pong); recur () } } })
loop (0) with {
  (100) -> :done
  (n) -> { send! (e, (:ping, me)); receive { :pong -> recur (inc (n)) } }
}`,
    { budget: 10 },
  );
  assertEquals(r.result, ":done");
});

Deno.test("Runtime: spawn a Ludus function, send from JS, receive in JS", async () => {
  const rt = new Runtime({ virtualClock: true });
  const doubler = await rt.evaluate(
    `fn (host) -> loop () with { () -> receive {
       (:double, x) -> { send! (host, (:result, mult (x, 2))); recur () }
       :stop -> :stopped
     } }`,
  );
  const pid = rt.spawn(doubler, [rt.hostPid]);
  rt.send(pid, new Tuple([keyword("double"), 21]));
  assertEquals(show(await rt.receive()), "(:result, 42)");
  rt.send(pid, keyword("stop"));
  await rt.runUntilIdle();
  assertEquals(show(pid.final!.result), ":stopped");
  assertEquals(await rt.receive(), null);
});

Deno.test("Runtime: step runs one slice at a time and preempts a spinner", async () => {
  // The virtual clock: the budget alone ends a slice (with the real one, a slow
  // machine running cold code can end it after 0.5 ms, before 100 reductions).
  const rt = new Runtime({ budget: 100, virtualClock: true });
  const spin = await rt.evaluate(`fn () -> loop (0) with { (i) -> recur (inc (i)) }`);
  const pid = rt.spawn(spin);
  for (let i = 0; i < 5; i++) assert(rt.step());
  const info = rt.inspect(pid)!.info;
  assertEquals(info.status, "runnable");
  assertEquals(info.reductions, 500);
});

Deno.test("a slice ends after about half a millisecond even with budget left (real clock only)", async () => {
  // 1,000,000 loop steps take tens of ms; with a budget larger than the whole
  // run, only the time cap can split the work into several slices.
  const src = `loop (0) with { (1000000) -> :done; (i) -> recur (inc (i)) }`;
  const real = new Runtime({ budget: 100_000_000 });
  assertEquals((await real.runMain(src)).error, null);
  assert(real.scheduler.slices > 5, `${real.scheduler.slices} slices`);
  // The virtual clock keeps runs deterministic: there, the budget alone decides.
  const virtual = new Runtime({ budget: 100_000_000, virtualClock: true });
  assertEquals((await virtual.runMain(src)).error, null);
  assertEquals(virtual.scheduler.slices, 1);
});

Deno.test("a runtime's scheduler has the same own properties as a bare one (one shape for V8)", () => {
  // Installing the module loader must not add a property: V8 compiles the
  // scheduler's code for the shape it has seen (the prelude's bare scheduler),
  // and a second shape threw that code away at a program's first process end.
  const bare = new Scheduler();
  const rt = new Runtime({ host: { print: () => {}, report: () => {} } });
  assertEquals(Object.keys(rt.scheduler), Object.keys(bare));
});
