/**
 * The message log keeps pid numbers, not pids, and finds the pids again when it
 * is read. These tests hold it to a model that keeps the pids themselves: every
 * peer it reports is the very pid (same object) the model logged, for live and
 * ended processes alike, however processes come and go.
 */

import fc from "fast-check";
import { assert, assertEquals, assertStrictEquals } from "@std/assert";
import { Scheduler } from "../lib/runtime/scheduler.ts";
import { Process } from "../lib/vm/process.ts";
import { equals, Tuple, type Value } from "../lib/values/values.ts";
import { Pid } from "../lib/vm/process.ts";
import { runCaptured } from "./_harness.ts";

interface ModelMessage {
  id: number;
  from: Pid;
  to: Pid;
  msg: Value;
  at: number;
  recvAt: number;
  cause: number;
}

/** What `messagesOf` should answer, from the full list of messages. */
function expected(all: ModelMessage[], p: Pid, n: number, newest: number, cap: number) {
  const out: {
    id: number;
    dir: string;
    peer: Pid;
    msg: Value;
    at: number;
    cause: number | null;
  }[] = [];
  // Every event in the window, oldest first (a message to oneself: sent, then
  // received), and then the last n of them.
  const byId = new Map(all.map((m) => [m.id, m]));
  for (let id = Math.max(1, newest - cap + 1); id <= newest; id++) {
    const m = byId.get(id);
    if (!m) continue;
    const cause = m.cause > 0 ? m.cause : null;
    if (m.from === p) out.push({ id, dir: "out", peer: m.to, msg: m.msg, at: m.at, cause });
    if (m.to === p && m.recvAt >= 0) {
      out.push({ id, dir: "in", peer: m.from, msg: m.msg, at: m.recvAt, cause });
    }
  }
  return out.slice(Math.max(0, out.length - n));
}

Deno.test("the message log finds every peer's pid again, live or ended, as a model that keeps the pids does", () => {
  // Many short lives: processes end soon after their last message, often both
  // ends of the same one.
  const op = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        k: fc.constant("send" as const),
        a: fc.nat(),
        b: fc.nat(),
        lost: fc.boolean(),
      }),
    },
    { weight: 4, arbitrary: fc.record({ k: fc.constant("recv" as const), back: fc.nat(3) }) },
    { weight: 3, arbitrary: fc.record({ k: fc.constant("spawn" as const) }) },
    {
      weight: 3,
      arbitrary: fc.record({
        k: fc.constant("end" as const),
        a: fc.nat(),
        how: fc.constantFrom("done", "panicked", "stopped"),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ k: fc.constant("ask" as const), n: fc.integer({ min: 1, max: 40 }) }),
    },
  );
  fc.assert(
    fc.property(
      fc.constantFrom(1, 2, 4, 8, 16),
      fc.array(op, { minLength: 20, maxLength: 400, size: "max" }),
      (cap, ops) => {
        // The scheduler writes the log (in `send` and `take`); processes are
        // made by hand and never run, so the test decides every event.
        const sched = new Scheduler({ messageLog: cap });
        assertEquals(sched.log?.mask, cap - 1); // made with the scheduler, before any slice
        const all: ModelMessage[] = [];
        const live = new Map<number, Process>();
        const everyone: Pid[] = [];
        let nextPid = 1, clock = 0;
        const spawn = () => {
          const proc = new Process(nextPid++, sched, null);
          live.set(proc.id, proc);
          everyone.push(proc.pid);
        };
        spawn();
        const pick = (k: number) => [...live.values()][k % live.size];
        const nowhere = new Pid(-1, null); // an ended process that nothing names
        for (const o of ops) {
          clock++;
          sched.totalReductions = clock;
          if (o.k === "spawn" || live.size === 0) spawn();
          else if (o.k === "send") {
            const a = pick(o.a), b = pick(o.b);
            const cause = a.lastReceived;
            // A send to the dead uses an id but is not logged (as a monitor's message).
            sched.send(a, o.lost ? nowhere : b.pid, o.lost ? null : clock * 10);
            if (o.lost) continue;
            all.push({
              id: sched.lastMessageId,
              from: a.pid,
              to: b.pid,
              msg: clock * 10,
              at: clock,
              recvAt: -1,
              cause,
            });
          } else if (o.k === "recv") {
            const m = all[all.length - 1 - (o.back % Math.max(1, all.length))];
            if (!m || m.recvAt >= 0 || !live.has(m.to.id)) continue;
            m.recvAt = clock;
            const proc = live.get(m.to.id)!;
            const mb = proc.mailbox;
            let pos = 0;
            while (mb.idAt(pos) !== m.id) pos++;
            sched.take(proc, pos);
          } else if (o.k === "end") {
            const a = pick(o.a);
            live.delete(a.id);
            if (o.how !== "stopped") {
              const done = o.how === "done";
              a.pid.final = {
                name: a.id % 3 === 0 ? `p${a.id}` : null,
                status: done ? "done" : "panicked",
                result: done ? new Tuple([a.id]) : null,
                message: done ? null : `oops ${a.id}`,
                reductions: clock,
                killed: false,
              };
            }
            sched.noteEnded(a); // as the scheduler does when a process ends
          } else {
            const log = sched.log;
            const ended = new Map((log?.endedPids() ?? []).map((p) => [p.id, p]));
            const pidOf = (id: number) => live.get(id)?.pid ?? ended.get(id) ?? null;
            const newest = sched.lastMessageId;
            for (const p of everyone) {
              const got = log?.messagesOf(p, o.n, newest, pidOf) ?? [];
              const want = expected(all, p, o.n, newest, cap);
              assertEquals(got.length, want.length);
              got.forEach((g, i) => {
                const w = want[i].peer;
                // A live process's own pid; an ended one's made again: equal, and ended the same way.
                if (live.has(w.id) || w.final === null) assertStrictEquals(g.peer, w);
                else assertEquals([g.peer.id, g.peer.proc, g.peer.final], [w.id, null, w.final]);
                assert(equals(g.peer, w));
                assertEquals({ ...g, peer: null }, { ...want[i], peer: null });
              });
            }
          }
        }
      },
    ),
    { numRuns: 500 },
  );
});

Deno.test("observe :messages names ended processes by the pids the program holds", async () => {
  const r = await runCaptured(`
import "observe" as observe
let me = self ()
fn spawn_all (i, acc) -> if eq? (i, 0) then acc else {
  let p = spawn! (fn () -> send! (me, (:hi, i)))
  spawn_all (dec (i), append (acc, p))
}
let kids = spawn_all (50, [])
fn collect (k) -> if eq? (k, 0) then :ok else receive { (:hi, _) -> collect (dec (k)) }
collect (50)
sleep! (1)
let got = observe :messages (me, 100)
let peers = map (fn (m) -> m :peer, got)
let ended = count (filter (fn (p) -> eq? (:status (observe :info (p)), :done), peers))
let ours = count (filter (fn (p) -> contains? (p, kids), peers))
(count (got), ended, ours)`);
  assertEquals(r.error, null);
  assertEquals(r.result, "(50, 50, 50)");
});

Deno.test("a peer that ended long ago is still found while its message is in the log", async () => {
  // The first child ends at once; 3,000 more messages follow (under the 4,096 kept).
  const r = await runCaptured(`
import "observe" as observe
let me = self ()
let early = spawn! (fn () -> send! (me, :first))
receive { :first -> :ok }
let echo = spawn! (fn () -> {
  fn serve () -> receive { (:ping, n) -> { send! (me, (:pong, n)); serve () } }
  serve ()
})
fn ping (n) -> if eq? (n, 0) then :ok else {
  send! (echo, (:ping, n))
  receive { (:pong, _) -> ping (dec (n)) }
}
ping (1500)
let msgs = observe :messages (me, 5000)
let [m] = filter (fn (m) -> eq? (m :msg, :first), msgs)
(eq? (m :peer, early), :status (observe :info (m :peer)))`);
  assertEquals(r.error, null);
  assertEquals(r.result, "(true, :done)");
});

Deno.test("the message log keeps no more ended pids than two per entry", () => {
  const sched = new Scheduler({ messageLog: 4 });
  for (let id = 1; id <= 100; id++) {
    const a = new Process(id, sched, null), b = new Process(1000 + id, sched, null);
    sched.send(a, b.pid, id);
    sched.log!.retire(a.pid, a.lastLogged, id);
    sched.log!.retire(b.pid, b.lastLogged, id);
  }
  assert(sched.log!.endedPids().length <= 8);
});

Deno.test("the message log notes every ended process while its message is in the log, far into it", () => {
  // 3,000 messages, each from a process that then ends: the notes fill slots
  // well past the first page of them (they are made a page at a time).
  const sched = new Scheduler({ messageLog: 4096 });
  const receiver = new Process(1, sched, null);
  for (let id = 2; id <= 3001; id++) {
    const a = new Process(id, sched, null);
    sched.send(a, receiver.pid, id);
    a.pid.final = {
      name: null,
      status: "done",
      result: id * 10,
      message: null,
      reductions: id,
      killed: false,
    };
    sched.noteEnded(a);
  }
  const ended = sched.log!.endedPids().sort((p, q) => p.id - q.id);
  assertEquals(ended.map((p) => p.id), Array.from({ length: 3000 }, (_, i) => i + 2));
  assert(ended.every((p) => p.final!.result === p.id * 10 && p.final!.reductions === p.id));
  const got = sched.messagesOf(receiver.pid, 5000);
  assertEquals(got.length, 0); // none received yet
  receiver.mailbox.toArray().forEach(() => sched.take(receiver, 0));
  const all = sched.messagesOf(receiver.pid, 5000);
  assertEquals(all.length, 3000);
  assert(all.every((m) => m.peer.final?.result === (m.msg as number) * 10));
});

Deno.test("a scheduler's message log is made with it (no slice pays for its memory); messageLog: 0 turns it off", () => {
  const on = new Scheduler();
  assertEquals(on.log?.mask, 4095); // the default capacity, before any process ran
  const off = new Scheduler({ messageLog: 0 });
  assertEquals(off.log, null);
  const a = new Process(1, off, null), b = new Process(2, off, null);
  off.send(a, b.pid, "hi"); // not logged, still delivered
  assertEquals(b.mailbox.length, 1);
  assertEquals(off.messagesOf(b.pid, 10), []);
});
