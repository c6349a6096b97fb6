/**
 * The message log keeps pid numbers, not pids, and finds the pids again when it
 * is read. These tests hold it to a model that keeps the pids themselves: every
 * peer it reports is the very pid (same object) the model logged, for live and
 * ended processes alike, however processes come and go.
 */

import fc from "fast-check";
import { assert, assertEquals, assertStrictEquals } from "@std/assert";
import { MessageLog } from "../lib/message_log.ts";
import { equals, Pid, Tuple, type Value } from "../lib/values.ts";
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
        const log = new MessageLog(cap);
        const all: ModelMessage[] = [];
        const live = new Map<number, { pid: Pid; lastLogged: number; lastReceived: number }>();
        const everyone: Pid[] = [];
        let nextPid = 1, nextMsg = 1, clock = 0;
        const spawn = () => {
          const pid = new Pid(nextPid++, null);
          live.set(pid.id, { pid, lastLogged: 0, lastReceived: 0 });
          everyone.push(pid);
        };
        spawn();
        const pick = (k: number) => [...live.values()][k % live.size];
        for (const o of ops) {
          clock++;
          if (o.k === "spawn" || live.size === 0) spawn();
          else if (o.k === "send") {
            const a = pick(o.a), b = pick(o.b);
            const id = nextMsg++;
            if (o.lost) {
              log.skip(id); // an id used but not logged (a send to the dead, a monitor's message)
              continue;
            }
            log.sent(id, a.pid.id, b.pid.id, id * 10, clock, a.lastReceived);
            all.push({
              id,
              from: a.pid,
              to: b.pid,
              msg: id * 10,
              at: clock,
              recvAt: -1,
              cause: a.lastReceived,
            });
            a.lastLogged = id * 2;
            b.lastLogged = id * 2 + 1;
          } else if (o.k === "recv") {
            const m = all[all.length - 1 - (o.back % Math.max(1, all.length))];
            if (!m || m.recvAt >= 0 || !live.has(m.to.id)) continue;
            m.recvAt = clock;
            log.received(m.id, clock, nextMsg - 1);
            live.get(m.to.id)!.lastReceived = m.id;
          } else if (o.k === "end") {
            const a = pick(o.a);
            live.delete(a.pid.id);
            if (o.how !== "stopped") {
              const done = o.how === "done";
              a.pid.final = {
                name: a.pid.id % 3 === 0 ? `p${a.pid.id}` : null,
                status: done ? "done" : "panicked",
                result: done ? new Tuple([a.pid.id]) : null,
                message: done ? null : `oops ${a.pid.id}`,
                reductions: clock,
              };
            }
            if (a.lastLogged !== 0) log.retire(a.pid, a.lastLogged, nextMsg - 1);
          } else {
            const ended = new Map(log.endedPids().map((p) => [p.id, p]));
            const pidOf = (id: number) => live.get(id)?.pid ?? ended.get(id) ?? null;
            for (const p of everyone) {
              const got = log.messagesOf(p, o.n, nextMsg - 1, pidOf);
              const want = expected(all, p, o.n, nextMsg - 1, cap);
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
  const log = new MessageLog(4);
  for (let id = 1; id <= 100; id++) {
    log.sent(id, id, 1000 + id, id, id, 0);
    log.retire(new Pid(id, null), id * 2, id);
    log.retire(new Pid(1000 + id, null), id * 2 + 1, id);
  }
  assert(log.endedPids().length <= 8);
});
