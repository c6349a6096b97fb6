/**
 * The browser host (lib/host/worker.ts) without a browser: a fake port in
 * place of the worker's global scope. What the page's views are drawn from:
 * the messages of the always-on log in order, receives, spawns and exits,
 * slices; Kill, Trace, input for processes that listen, the wait-for edges of
 * a deadlock, and the run's record for scrubbing back.
 */

import { assert, assertEquals, assertMatch } from "@std/assert";
import { serveWorker, type WorkerPort } from "../lib/host/worker.ts";
import type {
  LifeInfo,
  MessageInfo,
  PageToWorker,
  WorkerToPage,
} from "../lib/host/worker_protocol.ts";

/** A worker host on a fake port: what it sent, a way to send it messages, and a way to wait. */
function fakeWorker() {
  const sent: WorkerToPage[] = [];
  let deliver: (data: PageToWorker) => void = () => {};
  const port: WorkerPort = {
    postMessage: (m) => sent.push(m),
    addEventListener: (_type, listener) => deliver = (data) => listener({ data }),
  };
  serveWorker(port);
  const until = async (ok: () => boolean, ms = 10_000) => {
    const t0 = Date.now();
    while (!ok()) {
      if (Date.now() - t0 > ms) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const of = <K extends WorkerToPage["kind"]>(kind: K) =>
    sent.filter((m) => m.kind === kind) as Extract<WorkerToPage, { kind: K }>[];
  const done = () => until(() => of("done").length > 0);
  return { sent, send: (m: PageToWorker) => deliver(m), until, of, done };
}

const run = (source: string): PageToWorker => ({
  kind: "run",
  source,
  file: "editor.ld",
  url: null,
  seed: 1,
});

Deno.test("serveWorker: a ping-pong's messages come from the log, in order, with their receives and causes", async () => {
  const w = fakeWorker();
  w.send(run(`let me = self ()
let pong = spawn! (fn () -> {
  name! ("pong")
  loop () with { () -> receive {
    (:ping, from) -> { send! (from, :pong); recur () }
    :stop -> :stopped
  } }
})
repeat 3 { send! (pong, (:ping, me)); receive { :pong -> :ok } }
send! (pong, :stop)
await! (pong)`));
  await w.done();
  const messages: MessageInfo[] = w.of("events").flatMap((e) => e.messages);
  assertEquals(
    messages.map((m) => `${m.from}->${m.to} ${m.msg}`),
    [
      "1->2 (:ping, <pid 1>)",
      "2->1 :pong",
      "1->2 (:ping, <pid 1>)",
      "2->1 :pong",
      "1->2 (:ping, <pid 1>)",
      "2->1 :pong",
      "1->2 :stop",
    ],
  );
  // Ids rise; a pong's cause is the ping it answered.
  assert(messages.every((m, i) => i === 0 || m.id > messages[i - 1].id));
  assertEquals(messages[1].cause, messages[0].id);
  assertEquals(messages[0].cause, null);
  const received = new Map(w.of("events").flatMap((e) => e.received));
  assertEquals(messages.map((m) => received.has(m.id)), messages.map(() => true));
  for (const m of messages) assert(received.get(m.id)! >= m.at, "received after sent");
  const life: LifeInfo[] = w.of("events").flatMap((e) => e.life);
  assertEquals(
    life.filter((l) => l.pid === 2).map((l) => `${l.kind} ${l.how ?? ""}`.trim()),
    ["spawn", "exit done"],
  );
  assertEquals(life.find((l) => l.kind === "spawn" && l.pid === 2)?.parent, 1);
  const slices = w.of("events").flatMap((e) => e.slices);
  assert(slices.length >= 2 && slices.some((s) => s.pid === 2));
  assertEquals(w.of("events").reduce((n, e) => n + e.lost, 0), 0);
});

Deno.test("serveWorker: Kill ends a process as :killed, and the process monitoring it hears so", async () => {
  const w = fakeWorker();
  w.send(
    run(
      `let victim = spawn! (fn () -> { name! ("victim"); loop () with { () -> { sleep! (10); recur () } } })
monitor! (victim)
print! ("watching")
receive { (:exit, p, why) -> print! ("exit:", why) }
:ok`,
    ),
  );
  await w.until(() =>
    w.of("snapshot").some((s) => s.rows.some((r) => r.name === "victim" && r.alive))
  );
  const victim = w.of("snapshot").flatMap((s) => s.rows).find((r) => r.name === "victim")!.pid;
  w.send({ kind: "kill", pid: victim });
  await w.done();
  const lines = w.of("output").flatMap((o) => o.lines);
  assertEquals(lines, ["watching", "exit: (:err, :killed)"]);
  const exit = w.of("events").flatMap((e) => e.life).find((l) =>
    l.pid === victim && l.kind === "exit"
  );
  assertEquals(exit?.how, "killed");
  // The main process's monitor edge was in the snapshot while it watched.
  assert(
    w.of("snapshot").some((s) => s.rows.some((r) => r.pid === victim && r.monitors.includes(1))),
  );
});

Deno.test("serveWorker: a traced process's events come to the page", async () => {
  const w = fakeWorker();
  w.send(
    run(`let echo = spawn! (fn () -> { name! ("echo"); receive { :go -> :ok }; receive { x -> x } })
sleep! (600)
send! (echo, :go)
send! (echo, :hello)
sleep! (50)
:ok`),
  );
  await w.until(() => w.of("snapshot").some((s) => s.rows.some((r) => r.name === "echo")));
  const echo = w.of("snapshot").flatMap((s) => s.rows).find((r) => r.name === "echo")!.pid;
  w.send({ kind: "trace", pid: echo, on: true });
  await w.done();
  const events = w.of("traced").filter((t) => t.pid === echo).map((t) => t.event);
  assert(events.includes("(:receive, :go)"), `${events}`);
  assert(events.includes("(:receive, :hello)"), `${events}`);
  assert(events.some((e) => e.startsWith("(:exit, (:ok, :hello)")), `${events}`);
});

Deno.test("serveWorker: a process that listens for keys gets them as messages, and the run waits for them", async () => {
  const w = fakeWorker();
  w.send(run(`listen! (:keys)
let keys = loop ([]) with { (seen) -> receive {
  (:key, :down, "q") -> seen
  (:key, :down, k) -> recur (append (seen, k))
  (:key, :up, _) -> recur (seen)
} }
keys`));
  await w.until(() => w.of("listening").length > 0);
  assertEquals(w.of("listening")[0].what, "keys");
  // Nothing runnable and no timer: a run that listens waits (a CLI run would end in a deadlock).
  await new Promise((r) => setTimeout(r, 100));
  assertEquals(w.of("done").length, 0);
  for (const key of ["ArrowUp", "ArrowLeft", "q"]) {
    w.send({ kind: "input", event: { type: "key", action: "down", key } });
    w.send({ kind: "input", event: { type: "key", action: "up", key } });
  }
  await w.done();
  assertEquals(w.of("done")[0].result, '["ArrowUp", "ArrowLeft"]');
  assertEquals(w.of("listening").map((l) => l.on), [true, false], "it stops listening as it ends");
});

Deno.test("serveWorker: a deadlock's processes say whom they wait for (the wait-for cycle)", async () => {
  const w = fakeWorker();
  w.send(run(`let a = spawn! (fn () -> { name! ("a"); receive {
  (:you, b) -> { send! (b, (:hi, self ())); receive { :reply -> :ok } }
} })
let b = spawn! (fn () -> { name! ("b"); receive {
  (:hi, a) -> { send! (a, :ask); receive { :answer -> :ok } }
} })
send! (a, (:you, b))
receive { never -> never }`));
  await w.done();
  assertEquals(w.of("done")[0].error?.kind, "deadlock");
  const last = w.of("snapshot").at(-1)!;
  const row = (name: string) => last.rows.find((r) => r.name === name)!;
  // a waits on b, b on a (each last sent to the other): the cycle; main waits on a.
  assertEquals(row("a").waitsFor, [row("b").pid]);
  assertEquals(row("b").waitsFor, [row("a").pid]);
  assertEquals(last.rows.find((r) => r.main)!.waitsFor, [row("a").pid]);
  assertEquals(row("a").status, "stopped (waiting)");
  assertMatch(w.of("done")[0].error!.message, /no process can ever send/);
});

Deno.test("serveWorker: the run's record gives a process's details as they were, for scrubbing back", async () => {
  const w = fakeWorker();
  w.send(run(`box n = 0
let counter = spawn! (fn () -> { name! ("counter"); repeat 40 { update! (n, inc); sleep! (20) } })
await! (counter)
unbox (n)`));
  await w.done();
  const counter = w.of("snapshot").flatMap((s) => s.rows).find((r) => r.name === "counter")!.pid;
  const snaps = w.of("snapshot").filter((s) => s.rows.some((r) => r.pid === counter && r.alive));
  assert(snaps.length >= 3, `${snaps.length} snapshots while it ran`);
  const middle = snaps[Math.floor(snaps.length / 2)].counters.reductions;
  w.send({ kind: "inspect", pid: counter, at: middle });
  w.send({ kind: "inspect", pid: counter });
  await w.until(() => w.of("details").length === 2);
  const [then, now] = w.of("details").map((d) => d.details);
  assert(then !== null && now !== null);
  assert(then.stack.length > 0, "it was running then: it had frames");
  assertEquals(now.stack.length, 0, "it has ended now");
  assertEquals(now.info.status, "done");
});
