/**
 * The scheduler's bookkeeping structures against simple models: the table of
 * live processes (a Map by id) and the run queue (first in, first out while it
 * grows and wraps around).
 */

import fc from "fast-check";
import { assertEquals } from "@std/assert";
import { Process, ProcessTable, Runtime } from "../mod.ts";

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
            const p = new Process(next++, null, null);
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
