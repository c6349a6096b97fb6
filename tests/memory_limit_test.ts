/**
 * Memory accounting and its two limits: a process that holds too much panics
 * (its monitors hear why, the others finish), and a run that holds too much in
 * all stops with the biggest processes named, or in a session loses only its
 * biggest process. The limits are set small so each case runs in well under a
 * second; the walk's figures are checked against each other, not against V8
 * (tools/measure_memory.ts compares them with the heap).
 */

import { assert, assertEquals, assertMatch } from "@std/assert";
import { Runtime } from "../lib/runtime/runtime.ts";
import { Session } from "../lib/runtime/session.ts";
import { memoryOf } from "../lib/observe/snapshot.ts";

const MiB = 1024 * 1024;

/** Run `src` as the main script with small memory limits; what was printed and reported. */
async function run(src: string, opts: { perProcess?: number; total?: number } = {}) {
  const printed: string[] = [];
  const reports: string[] = [];
  const rt = new Runtime({
    maxProcessMemory: opts.perProcess ?? 4 * MiB,
    maxMemory: opts.total ?? 16 * MiB,
    host: {
      print: (s) => printed.push(s),
      report: (text, err) => reports.push(err ? `${text}: ${err.message}` : text),
    },
  });
  const r = await rt.runMain(src);
  return { ...r, printed, reports, rt };
}

Deno.test("memory: a process flooding its own mailbox panics; its monitor hears why; main finishes", async () => {
  const r = await run(`
let flooder = spawn! (fn () -> {
  let me = self ()
  loop () with () -> { send! (me, :more); recur () }
})
monitor! (flooder)
let why = receive { (:exit, _, reason) -> reason }
print! (show (why))
:main_finished`);
  assertEquals(r.error, null);
  assertEquals(r.result, ":main_finished");
  assertEquals(r.printed.length, 1);
  assertMatch(
    r.printed[0],
    /^\(:err, "this process holds more than 4 MB of memory \(the --max-process-memory limit\): its mailbox holds [\d,]+ messages/,
  );
});

Deno.test("memory: a process kept waiting while others flood it is ended by the flood, not the run", async () => {
  const r = await run(`
let sink = spawn! (fn () -> receive { :never -> :ok })
monitor! (sink)
repeat 4 { spawn! (fn () -> repeat 100000 { send! (sink, (:junk, "some words")) }) }
let why = receive { (:exit, _, reason) -> reason }
print! (show (why))
:main_finished`);
  assertEquals(r.error, null);
  assertEquals(r.result, ":main_finished");
  assertMatch(r.printed[0], /its mailbox holds [\d,]+ messages/);
});

Deno.test("memory: a list that keeps growing panics with what it is", async () => {
  const r = await run(`
let grower = spawn! (fn () -> loop ([]) with (xs) -> recur (append (xs, xs)))
monitor! (grower)
let why = receive { (:exit, _, reason) -> reason }
print! (show (why))
:main_finished`);
  assertEquals(r.error, null);
  // `append (xs, xs)` nests: what grows is a list of lists.
  assertMatch(r.printed[0], /the --max-process-memory limit\): it holds a list of [\d,]+ items/);
});

Deno.test("memory: many processes each under the limit stop the run at the total, biggest named", async () => {
  const r = await run(
    `
fn hold () -> { let xs = map (fn (n) -> (n, n), range (20000)); receive { :never -> xs } }
repeat 200 { spawn! (hold) }
sleep! (100000)
:unreached`,
    { perProcess: 8 * MiB, total: 16 * MiB },
  );
  assert(r.error !== null, "the run should stop");
  assertEquals(r.error.kind, "limit");
  assertMatch(
    r.error.message,
    /^the run holds more than 16 MB of memory \(the --max-memory limit\)/,
  );
  assertMatch(r.error.message, /the biggest:\n {2}<pid \d+> holds (~|more than )[\d.]+ [KM]B at /);
});

Deno.test("memory: a session loses only its biggest process past the total", async () => {
  const reports: string[] = [];
  const s = new Session({
    maxProcessMemory: 64 * MiB,
    maxMemory: 24 * MiB,
    host: { report: (text, err) => reports.push(err ? `${text}: ${err.message}` : text) },
  });
  // Each holder keeps ~10 MB; three take the session past 24 MB.
  await s.run(`fn holder (size, parent) -> {
  let xs = map (fn (n) -> (n, n, n), range (size))
  send! (parent, :ready)
  receive { :never -> xs }
}`);
  for (const size of [90000, 100000, 80000]) {
    const entry = await s.run(
      `let me = self (); spawn! (fn () -> holder (${size}, me)); receive { :ready -> :ok }`,
    );
    assertEquals(entry.error, null);
  }
  assertEquals(reports, []);
  // The whole session is walked every so many reductions: this entry's work
  // brings the next walk.
  const work = await s.run(`fold (fn (a, n) -> add (a, n), range (300000), 0)`);
  assertEquals(work.error, null);
  assertEquals(work.result, "44999850000");
  assertEquals(reports.length, 1, reports.join("\n"));
  assertMatch(
    reports[0],
    /panicked: the run holds more than 24 MB of memory \(the --max-memory limit\).*; this process holds the most, ~\d+(\.\d)? MB$/,
  );
  assert(s.runtime.scheduler.memoryHeld < 24 * MiB);
  const after = await s.run(`:the_session_goes_on`);
  assertEquals(after.result, ":the_session_goes_on");
});

Deno.test("memory: the walk counts shared structure once", async () => {
  const rt = new Runtime();
  const sizeOf = async (body: string) => {
    const pid = rt.spawn(await rt.evaluate(`fn () -> { ${body}; receive { :never -> :ok } }`));
    while (pid.proc!.status !== "waiting") rt.step();
    return memoryOf(pid.proc!);
  };
  const one = await sizeOf(`let xs = map (fn (n) -> (n, :a), range (10000)); let keep = [xs]`);
  const twice = await sizeOf(
    `let xs = map (fn (n) -> (n, :a), range (10000)); let keep = [xs, xs, xs]`,
  );
  const copy = await sizeOf(
    `let xs = map (fn (n) -> (n, :a), range (10000)); let ys = map (fn (n) -> (n, :a), range (10000)); let keep = [xs, ys]`,
  );
  // The same list three times costs about one list; a second list, about two.
  assert(twice.bytes < one.bytes * 1.1, `${twice.bytes} vs ${one.bytes}`);
  assert(copy.bytes > one.bytes * 1.8, `${copy.bytes} vs ${one.bytes}`);
  // A list grown by one shares its trie with the old one.
  const grown = await sizeOf(
    `let xs = map (fn (n) -> (n, :a), range (10000)); let keep = [xs, append (xs, (0, :b))]`,
  );
  assert(grown.bytes < one.bytes * 1.1, `${grown.bytes} vs ${one.bytes}`);
});

Deno.test("memory: the walk stops at its cap and says so", async () => {
  const rt = new Runtime();
  const pid = rt.spawn(
    await rt.evaluate(`fn () -> { let xs = range (100000); receive { :never -> xs } }`),
  );
  while (pid.proc!.status !== "waiting") rt.step();
  const full = memoryOf(pid.proc!);
  const capped = memoryOf(pid.proc!, 64 * 1024);
  assertEquals(full.capped, false);
  assertEquals(capped.capped, true);
  assert(capped.bytes > 64 * 1024 && capped.bytes < full.bytes);
  assert(capped.visited < full.visited);
  assertEquals(full.biggest?.what, "a list of 100,000 items");
});
