/**
 * The scheduler (lib/runtime/scheduler.ts) on the virtual clock, where a
 * schedule is a pure function of the program, the budget and the seed. Each test
 * pins an exact order (which process ran each slice, what each printed and when)
 * so that any change to the schedule fails here first.
 *
 * Reductions, as the VM counts them: one per call (a prelude function such as
 * `print!` is a Ludus function over a host primitive, so it costs two), one per
 * `recur` and `repeat` iteration, one per message `receive` looks at, and one per
 * fast-path instruction (`inc`, `add` ...). The budget is checked at calls,
 * `recur`, `repeat` and `receive`.
 */

import { assert, assertEquals } from "@std/assert";
import { formatError, type LudusError } from "../lib/errors/errors.ts";
import { Scheduler, type SchedulerOptions } from "../lib/runtime/scheduler.ts";
import { compileSource } from "../lib/runtime/script.ts";
import { show } from "../lib/values/show.ts";
import { keyword, Tuple } from "../lib/values/values.ts";
import { Closure } from "../lib/vm/callables.ts";
import type { Process } from "../lib/vm/process.ts";

/** A scheduler on the virtual clock that records what happens, in order. */
class Recorder {
  readonly sched: Scheduler;
  /**
   * `pid: line @ms` for each console line (the virtual clock then, to the
   * microsecond); `report: text` and the error for each report.
   */
  readonly events: string[] = [];

  constructor(opts: SchedulerOptions = {}) {
    this.sched = new Scheduler({
      virtualClock: true,
      seed: 1,
      ...opts,
      host: {
        print: (line, pid) =>
          this.events.push(`${pid.id}: ${line} @${+this.sched.now().toFixed(3)}`),
        report: (text: string, err: LudusError | null) =>
          this.events.push(`report: ${text}${err ? `\n${formatError(err)}` : ""}`),
      },
    });
  }

  /** Compile `text` (as `file`) and start it as a process of the host. */
  start(text: string, file = "s.ld"): Process {
    const c = compileSource(text, { file });
    return this.sched.startProcess(new Closure(c.proto, [], c.globals), null);
  }

  /** Start `text` as the main process. */
  main(text: string, file = "main.ld"): Process {
    const p = this.start(text, file);
    this.sched.main = p;
    return p;
  }

  /**
   * Run `n` slices (or until nothing is runnable) and return who ran each one, as
   * `id:reductions` (the reductions that slice used). The process that ran is the
   * one whose reductions or status changed.
   */
  slices(n: number, procs: Process[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const before = procs.map((p) => [p.reductions, p.status] as const);
      if (!this.sched.step()) break;
      const ran = procs.filter((p, j) =>
        p.reductions !== before[j][0] || p.status !== before[j][1]
      );
      out.push(ran.map((p) => `${p.id}:${p.reductions - before[procs.indexOf(p)][0]}`).join(","));
    }
    return out;
  }
}

// --- the run queue and the budget

Deno.test("step() runs runnable processes in FIFO order, one slice each", () => {
  const r = new Recorder({ budget: 5 });
  const spin = "loop (0) with (i) -> recur (i)"; // one reduction per recur
  const ps = [r.start(spin), r.start(spin), r.start(spin)];
  assertEquals(r.sched.runnable, 3);
  assertEquals(r.slices(7, ps), ["1:5", "2:5", "3:5", "1:5", "2:5", "3:5", "1:5"]);
  assertEquals(r.sched.slices, 7);
  assertEquals(r.sched.totalReductions, 35);
  assertEquals(ps.map((p) => p.status), ["runnable", "runnable", "runnable"]);
});

Deno.test("step() preempts a process after exactly its budget of reductions", () => {
  const r = new Recorder({ budget: 7 });
  const p = r.start("loop (0) with (i) -> recur (i)");
  assertEquals(r.sched.step(), true);
  assertEquals(p.reductions, 7);
  assertEquals(p.status, "runnable");
  assertEquals(r.sched.runnable, 1, "it went back to the run queue");
  r.sched.step();
  assertEquals(p.reductions, 14);
  // Virtual time moves with work: 1,000 reductions are one millisecond.
  assertEquals(r.sched.now(), 14 / 1000);
});

Deno.test("step() counts a fast op's reduction past the check, so a slice may use one more", () => {
  // `inc (i)` is one reduction with no budget check; `recur` checks. With an odd
  // budget the check falls after the budget is spent: 12 reductions, not 11.
  const r = new Recorder({ budget: 11 });
  const p = r.start("loop (0) with (i) -> recur (inc (i))");
  r.sched.step();
  assertEquals(p.reductions, 12);
  r.sched.step();
  assertEquals(p.reductions, 24);
  const even = new Recorder({ budget: 10 });
  const q = even.start("loop (0) with (i) -> recur (inc (i))");
  even.sched.step();
  assertEquals(q.reductions, 10);
});

Deno.test("step() returns false when no process is runnable", () => {
  const r = new Recorder();
  assertEquals(r.sched.step(), false);
  const p = r.start(":done");
  assertEquals(r.sched.step(), true);
  assertEquals(p.status, "done");
  assertEquals(show(p.result), ":done");
  assertEquals(r.sched.step(), false);
  assertEquals(r.sched.slices, 1);
});

Deno.test("step() interleaves the console output of processes by their slices", () => {
  // Each iteration is 3 reductions: the repeat (1) and print! (2: the prelude's
  // function and the host primitive it calls). A budget of 7 fits two prints;
  // the third iteration's repeat step ends the slice. The next slice prints
  // twice more and returns after 5.
  const r = new Recorder({ budget: 7 });
  const ps = ["a", "b", "c"].map((x) => r.start(`repeat 4 { print! ("${x}") }`));
  const order = r.slices(20, ps);
  assertEquals(order, ["1:7", "2:7", "3:7", "1:5", "2:5", "3:5"]);
  assertEquals(r.events.map((e) => e.replace(/ @.*/, "")), [
    "1: a",
    "1: a",
    "2: b",
    "2: b",
    "3: c",
    "3: c",
    "1: a",
    "1: a",
    "2: b",
    "2: b",
    "3: c",
    "3: c",
  ]);
  assertEquals(ps.map((p) => p.status), ["done", "done", "done"]);
});

// --- messages

Deno.test("send() wakes a process waiting in receive and queues it last", () => {
  const r = new Recorder({ budget: 5 });
  const waiter = r.start('receive { (:ping, n) -> print! ("got", n) }');
  const spinner = r.start("loop (0) with (i) -> recur (i)");
  // An empty mailbox costs nothing: the waiter's first slice uses no reductions.
  assertEquals(r.slices(2, [waiter, spinner]), ["1:0", "2:5"]);
  assertEquals(waiter.status, "waiting");
  assertEquals(r.sched.runnable, 1, "only the spinner is queued");
  // A message that matches no clause is looked at, and it waits again.
  r.sched.send(null, waiter.pid, "noise");
  assertEquals(waiter.status, "runnable");
  assertEquals(r.slices(2, [waiter, spinner]), ["2:5", "1:1"]);
  assertEquals(waiter.status, "waiting");
  assertEquals(waiter.mailbox.length, 1);
  r.sched.send(null, waiter.pid, new Tuple([keyword("ping"), 42]));
  // It looks on from where it stopped (the ping only), takes it and prints.
  assertEquals(r.slices(2, [waiter, spinner]), ["2:5", "1:3"]);
  assertEquals(waiter.status, "done");
  assertEquals(r.events, ["1: got 42 @0.016"]);
});

Deno.test("send! wakes receivers in the order it sends, behind the processes already queued", async () => {
  const r = new Recorder({ budget: 50, waitAll: true });
  r.main(`
let a = spawn! (fn () -> receive { m -> print! ("a got", m) })
let b = spawn! (fn () -> { print! ("b waits"); receive { m -> print! ("b got", m) } })
let c = spawn! (fn () -> { yield! (); print! ("c runs") })
yield! ()
send! (b, :first)
send! (a, :second)
print! ("main sent both")
yield! ()
print! ("main again")
:main_done`);
  const out = await r.sched.runToEnd();
  assertEquals(out.error, null);
  assertEquals(show(out.value), ":main_done");
  // Queue after main's yield!: a b c main. a and b wait, c yields: main c. Main
  // wakes b, then a, and yields: c b a main.
  assertEquals(r.events.map((e) => e.replace(/ @.*/, "")), [
    "3: b waits",
    "1: main sent both",
    "4: c runs",
    "3: b got :first",
    "2: a got :second",
    "1: main again",
  ]);
});

// --- the clock

Deno.test("sleep! wakes processes in order of virtual time, counted from each call", async () => {
  const r = new Recorder({ waitAll: true });
  r.main(`
spawn! (fn () -> { sleep! (30); print! ("thirty") })
spawn! (fn () -> { sleep! (10); print! ("ten") })
spawn! (fn () -> { sleep! (20); print! ("twenty a") })
spawn! (fn () -> { sleep! (20); print! ("twenty b") })
spawn! (fn () -> { sleep! (0); print! ("zero") })
print! ("main")
:ok`);
  const out = await r.sched.runToEnd();
  assertEquals(out.error, null);
  // A timer counts from the virtual time of the slice that called sleep!: the
  // children went to sleep at 0.007 ms (pid 2) to 0.013 ms (pid 5), as main's
  // and the earlier children's reductions moved the clock.
  assertEquals(r.events, [
    "1: main @0",
    "6: zero @0.017",
    "3: ten @10.009",
    "4: twenty a @20.011",
    "5: twenty b @20.013",
    "2: thirty @30.007",
  ]);
  assertEquals(+r.sched.now().toFixed(3), 30.009);
  assertEquals(r.sched.sleeping, 0);
});

Deno.test("yield! sends a process to the back of the run queue", () => {
  const r = new Recorder({ budget: 1000 });
  const ps = ["a", "b"].map((x) => r.start(`repeat 3 { print! ("${x}"); yield! () }`));
  const order = r.slices(20, ps);
  // Each slice: the repeat step (1), print! (2) and yield! (2); the last one finds
  // the repeat done and returns, with no reduction.
  assertEquals(order, ["1:5", "2:5", "1:5", "2:5", "1:5", "2:5", "1:0", "2:0"]);
  assertEquals(r.events.map((e) => e.replace(/ @.*/, "")), [
    "1: a",
    "2: b",
    "1: a",
    "2: b",
    "1: a",
    "2: b",
  ]);
});

// --- links and monitors

Deno.test("a linked process panics when the other panics, and both are reported", async () => {
  const r = new Recorder({ waitAll: true });
  r.main(`
let worker = spawn! (fn () -> { sleep! (5); div (1, 0) })
let buddy = spawn! (fn () -> { link! (worker); sleep! (100); :never })
:main_done`);
  const out = await r.sched.runToEnd();
  assertEquals(out.error, null);
  assertEquals(r.events.map((e) => e.split("\n")), [
    [
      "report: process <pid 2> panicked",
      "Ludus panicked in process <pid 2> at main.ld:2:45",
      "  |",
      "2 | let worker = spawn! (fn () -> { sleep! (5); div (1, 0) })",
      "  |                                             ^^^^^^^^^^",
      "division by zero",
      "hint: `div/0` gives 0 instead, and `div/safe` a result: (:ok, q) or (:err, why)",
      "Ludus stack (innermost first):",
      "  div (in the prelude)",
      "  fn anonymous at main.ld:2:45",
    ],
    [
      "report: process <pid 3> panicked",
      // Where the buddy was when the news came: in its sleep!.
      "Ludus panicked in process <pid 3> at main.ld:3:48",
      "  |",
      "3 | let buddy = spawn! (fn () -> { link! (worker); sleep! (100); :never })",
      "  |                                                ^^^^^^^^^^^^",
      "linked process <pid 2> panicked: division by zero, so this process panics too",
      "Ludus stack (innermost first):",
      "  sleep! (in the prelude)",
      "  fn anonymous at main.ld:3:48",
    ],
  ]);
});

Deno.test("a linked process panics when the other returns normally", async () => {
  const r = new Recorder({ waitAll: true });
  const main = r.main(`
let quick = spawn! (fn () -> :finished)
link! (quick)
sleep! (10)
:not_reached`);
  const out = await r.sched.runToEnd();
  assertEquals(main.status, "panicked");
  assertEquals(
    out.error?.message,
    "linked process <pid 2> ended (it returned :finished), so this process panics too",
  );
  assertEquals(out.error?.location(), "main.ld:4:1");
});

Deno.test("monitor! delivers (:exit, pid, result) when the watched process ends", async () => {
  const r = new Recorder({ waitAll: true });
  r.main(`
let ok = spawn! (fn () -> { sleep! (1); (:value, 42) })
let bad = spawn! (fn () -> { sleep! (2); panic! "boom" })
monitor! (ok)
monitor! (bad)
receive { (:exit, pid, result) -> print! ("first", eq? (pid, ok), result) }
receive { (:exit, pid, result) -> print! ("second", eq? (pid, bad), result) }
monitor! (ok)
receive { msg -> print! ("late", msg) }
:ok`);
  const out = await r.sched.runToEnd();
  assertEquals(out.error, null);
  assertEquals(r.events.filter((e) => e.startsWith("report")).map((e) => e.split("\n")[0]), [
    "report: process <pid 3> panicked",
  ]);
  assertEquals(r.events.filter((e) => !e.startsWith("report")), [
    "1: first true (:ok, (:value, 42)) @1.006",
    '1: second true (:err, "boom") @2.008',
    // Monitoring a process that has ended delivers its exit at once.
    "1: late (:exit, <pid 2>, (:ok, (:value, 42))) @2.008",
  ]);
});

// --- how a run ends

Deno.test("runToEnd() reports a deadlock: who waits, where, and for whom", async () => {
  const r = new Recorder();
  r.main(`
let helper = spawn! (fn () -> receive { :never -> :ok })
send! (helper, :hello)
receive { :reply -> :ok }`);
  const out = await r.sched.runToEnd();
  assertEquals(out.error?.kind, "deadlock");
  assertEquals(
    out.error?.message,
    "the main script waits for a message that no process can ever send:\n" +
      "  <pid 1> waits in `receive` at main.ld:4 in toplevel (it last sent a message to <pid 2>)\n" +
      "  <pid 2> waits in `receive` at main.ld:2 in fn anonymous",
  );
  assertEquals(
    out.error?.hint,
    "a process that waits in `receive` needs another process that will send to it",
  );
  assertEquals(out.error?.location(), "main.ld:4:1");
  assertEquals(r.events, [], "a deadlock does not also list the processes left");
});

Deno.test("runToEnd() reports a deadlock of processes waiting for each other to end", async () => {
  const r = new Recorder({ waitAll: true });
  r.main(`
let me = self ()
let child = spawn! (fn () -> await! (me))
await! (child)`);
  const out = await r.sched.runToEnd();
  assertEquals(out.error?.kind, "deadlock");
  assertEquals(
    out.error?.message,
    "the main script waits for a message that no process can ever send:\n" +
      "  <pid 1> waits in `receive` at main.ld:4 in toplevel, for <pid 2> to end\n" +
      "  <pid 2> waits in `receive` at main.ld:3 in fn anonymous, for <pid 1> to end",
  );
});

Deno.test("runToEnd() stops the others when main ends, unless waitAll is set", async () => {
  const program = `
spawn! (fn () -> { sleep! (50); print! ("late") })
yield! ()
print! ("main")
:main_done`;
  const r = new Recorder();
  r.main(program);
  const out = await r.sched.runToEnd();
  assertEquals(show(out.value), ":main_done");
  assertEquals(r.events, [
    "1: main @0.005",
    "report: 1 process was still alive when the main script ended, and was stopped:\n" +
    "  <pid 2> sleeping at main.ld:2 in fn anonymous",
  ]);
  const all = new Recorder({ waitAll: true });
  all.main(program);
  const out2 = await all.sched.runToEnd();
  assertEquals(show(out2.value), ":main_done");
  assertEquals(all.events, ["1: main @0.005", "2: late @50.003"]);
});

Deno.test("runToEnd() stops at the maxReductions limit and says where main was", async () => {
  const r = new Recorder({ maxReductions: 5000, budget: 100 });
  r.main("fn spin (n) -> spin (inc (n))\nspin (0)");
  const out = await r.sched.runToEnd();
  assertEquals(out.error?.kind, "limit");
  assertEquals(
    out.error?.message,
    "the run used more than 5000 reductions (the --max-reductions limit)",
  );
  assertEquals(out.error?.hint, "this is where the main script was when the run stopped");
  // Main had just called spin: it stands at the start of spin's clause.
  assertEquals(out.error?.location(), "main.ld:1:9");
  // The limit is checked after every slice: the run stops at the end of the
  // first slice past it, on any machine.
  assertEquals(r.sched.totalReductions, 5001);
});

Deno.test("stop() ends the run with its reason, where main was", async () => {
  const r = new Recorder({ budget: 50 });
  r.main('loop (0) with (i) -> { print! ("tick"); recur (inc (i)) }');
  let ticks = 0;
  const print = r.sched.host.print!;
  r.sched.host.print = (line, pid) => {
    print(line, pid);
    if (++ticks === 30) r.sched.stop("the Stop button was pressed");
  };
  const out = await r.sched.runToEnd();
  assertEquals(out.error?.kind, "stopped");
  assertEquals(out.error?.message, "the Stop button was pressed");
  assertEquals(r.sched.stopped, out.error);
  // stop() takes effect between slices: the slice that printed tick 30 (the
  // third: ticks 26 to 38, 4 reductions each) ran on to its budget.
  assertEquals(ticks, 38);
  assertEquals(out.error?.location(), "main.ld:1:24");
  assertEquals(out.error?.hint, "this is where the main script was when the run stopped");
  assertEquals(await r.sched.runUntil(() => false), "stopped");
});

Deno.test("runUntil() says whether it is done, idle or stopped", async () => {
  const r = new Recorder();
  const p = r.start("receive { m -> m }");
  assertEquals(await r.sched.runUntil(() => p.status === "done"), "idle");
  assertEquals(p.status, "waiting");
  r.sched.send(null, p.pid, 7);
  assertEquals(await r.sched.runUntil(() => p.status === "done"), "done");
  assertEquals(p.result, 7);
  r.sched.stop();
  assertEquals(await r.sched.runUntil(() => false), "stopped");
  assertEquals(r.sched.stopped?.message, "the run was stopped");
});

// --- determinism

Deno.test("Scheduler's random() gives the same numbers for the same seed", () => {
  const draw = (seed: number) => {
    const s = new Scheduler({ seed, messageLog: 0 });
    return Array.from({ length: 5 }, () => s.random());
  };
  assertEquals(draw(42), draw(42));
  assert(draw(42).join() !== draw(43).join(), "another seed gives other numbers");
  for (const x of draw(7)) assert(x >= 0 && x < 1);
});

Deno.test("the same seed gives the same interleaving twice, another seed another", async () => {
  const program = `
fn worker (name) -> spawn! (fn () -> repeat 3 {
  sleep! (random_int (1, 20))
  print! (name, random_int (100))
})
worker ("a")
worker ("b")
worker ("c")
:ok`;
  const run = async (seed: number) => {
    const r = new Recorder({ seed, waitAll: true });
    r.main(program);
    const out = await r.sched.runToEnd();
    assertEquals(out.error, null);
    return r.events;
  };
  const first = await run(3);
  assertEquals(first.length, 9);
  assertEquals(await run(3), first);
  assert((await run(4)).join("\n") !== first.join("\n"), "seed 4 should give another run");
  assertEquals(first, [
    "3: b 7 @1.016",
    "4: c 48 @9.026",
    "2: a 16 @14.006",
    "3: b 55 @16.016",
    "4: c 8 @19.026",
    "2: a 47 @20.006",
    "3: b 87 @20.023",
    "4: c 32 @33.026",
    "2: a 69 @36.006",
  ]);
});
