/**
 * The scheduler's bookkeeping structures against simple models: the table of
 * live processes (a Map by id), the run queue (first in, first out while it
 * grows and wraps around) and a process's mailbox (an array of messages and ids).
 */

import fc from "fast-check";
import { assert, assertEquals } from "@std/assert";
import { Runtime } from "../mod.ts";
import { Mailbox } from "../lib/vm/mailbox.ts";
import { Process } from "../lib/vm/process.ts";
import { ProcessTable } from "../lib/runtime/process_table.ts";
import { Scheduler } from "../lib/runtime/scheduler.ts";

/** The kernel the processes in these tests belong to (never run). */
const KERNEL = new Scheduler();

Deno.test("ProcessTable behaves like a Map from id to process, in creation order", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.boolean(), fc.nat(400)), { maxLength: 2000, size: "max" }),
      (ops) => {
        const table = new ProcessTable();
        const model = new Map<number, Process>();
        let next = 1;
        for (const [add, pick] of ops) {
          if (add || model.size === 0) {
            const p = new Process(next++, KERNEL, null);
            table.add(p);
            model.set(p.id, p);
          } else {
            const ids = [...model.keys()];
            const p = model.get(ids[pick % ids.length])!;
            table.remove(p);
            table.remove(p); // removing twice is harmless
            model.delete(p.id);
          }
          assertEquals(table.size, model.size);
          // Only chunks with a live process are held, and the one being filled.
          const inUse = new Set([...model.values()].map((p) => p.slot >> 8));
          assert(table.heldChunks <= inUse.size + 1);
        }
        assertEquals([...table.values()].map((p) => p.id), [...model.keys()]);
        for (const id of model.keys()) assertEquals(table.get(id), model.get(id));
        assertEquals(table.has(next), false);
      },
    ),
    { numRuns: 60 },
  );
});

Deno.test("the run queue is first in, first out while it grows past its first size", async () => {
  // With a budget large enough that main spawns all 300 processes (the queue
  // starts with room for 64) in one slice, each appends its number to a shared
  // list, yields, and appends it again: they must run in spawn order twice.
  const rt = new Runtime({ virtualClock: true, seed: 1, budget: 100_000 });
  const r = await rt.runMain(`
box seen = []
fn spawn_all (i) -> if gt? (i, 300) then :ok else {
  spawn! (fn () -> {
    update! (seen, append (_, i))
    yield! ()
    update! (seen, append (_, i))
  })
  spawn_all (inc (i))
}
spawn_all (1)
fn wait () -> if lt? (count (unbox (seen)), 600) then {
  yield! ()
  wait ()
} else unbox (seen)
let xs = wait ()
(eq? (slice (xs, 0, 300), range (1, 301)), eq? (slice (xs, 300, 600), range (1, 301)))`);
  assertEquals(r.error, null);
  assertEquals(r.result, "(true, true)");
});

Deno.test("a Mailbox behaves like an array of messages and ids, across its chunks", () => {
  // Runs of pushes and takes (at the front, or selective: anywhere, as a
  // receive whose first patterns do not match does), long enough to fill,
  // drop and empty many chunks of 256.
  const op = fc.oneof(
    fc.record({ k: fc.constant("push" as const), n: fc.integer({ min: 1, max: 700 }) }),
    fc.record({ k: fc.constant("take" as const), n: fc.integer({ min: 1, max: 700 }) }),
    fc.record({ k: fc.constant("pick" as const), at: fc.nat() }),
    fc.record({ k: fc.constant("clear" as const) }),
  );
  fc.assert(
    fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
      const mb = new Mailbox();
      const model: [string, number][] = [];
      let next = 1;
      for (const o of ops) {
        if (o.k === "push") {
          for (let i = 0; i < o.n; i++, next++) {
            mb.push(`m${next}`, next);
            model.push([`m${next}`, next]);
          }
        } else if (o.k === "take") {
          for (let i = 0; i < o.n && model.length > 0; i++) {
            const [msg, id] = model.shift()!;
            assertEquals(mb.take(0), msg);
            assertEquals(mb.takenId, id);
          }
        } else if (o.k === "pick" && model.length > 0) {
          const pos = o.at % model.length;
          const [[msg, id]] = model.splice(pos, 1);
          assertEquals(mb.take(pos), msg);
          assertEquals(mb.takenId, id);
        } else if (o.k === "clear") {
          mb.clear();
          model.length = 0;
        }
        assertEquals(mb.length, model.length);
      }
      assertEquals(mb.toArray(), model.map(([m]) => m));
      assertEquals(mb.toArray(5), model.slice(0, 5).map(([m]) => m));
      for (let i = 0; i <= model.length; i++) {
        assertEquals(mb.at(i), model[i]?.[0]);
        assertEquals(mb.idAt(i), model[i]?.[1] ?? -1);
      }
    }),
    { numRuns: 150 },
  );
});

Deno.test("ProcessTable lets a chunk go once its processes have ended", () => {
  const table = new ProcessTable();
  const ps = Array.from({ length: 2000 }, (_, i) => new Process(i + 1, KERNEL, null));
  for (const p of ps) table.add(p);
  assertEquals(table.heldChunks, 8); // 2,000 in chunks of 256
  for (const p of ps.slice(0, 1000)) table.remove(p);
  assertEquals(table.heldChunks, 5); // slots 1,000 on: chunks 3 to 7
  assertEquals([...table.values()].map((p) => p.id), ps.slice(1000).map((p) => p.id));
  for (const p of ps.slice(1000)) table.remove(p);
  assertEquals(table.heldChunks, 1); // the one being filled
  table.add(new Process(9999, KERNEL, null));
  assertEquals([table.size, table.heldChunks], [1, 1]);
});
