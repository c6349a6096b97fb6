/**
 * What a fresh idle process costs (issue 8: at most 1 KB): spawns 100,000
 * processes that wait in `receive` with nothing received, and divides the heap
 * they take (`Deno.memoryUsage().heapUsed` after full collections, before and
 * after) by their number. Counts the process record, pid, frame, stack, and the
 * scheduler's table and run-queue slots; an idle process has no mailbox of its
 * own yet.
 *
 *     deno run -A --v8-flags=--expose-gc tools/idle_process.ts [N]
 *
 * @module
 */

import { Runtime } from "../lib/runtime/runtime.ts";

// deno-lint-ignore no-explicit-any
const gc = (globalThis as any).gc as (() => void) | undefined;
if (!gc) {
  console.error("run with --v8-flags=--expose-gc");
  Deno.exit(2);
}
const n = Number(Deno.args[0] ?? 100_000);
const rt = new Runtime({ budget: 1000 });
const fn = await rt.evaluate("fn () -> receive { :never -> :ok }");
gc();
gc();
const before = Deno.memoryUsage().heapUsed;
for (let i = 0; i < n; i++) rt.spawn(fn);
await rt.runUntilIdle();
gc();
gc();
const after = Deno.memoryUsage().heapUsed;
const waiting = [...rt.scheduler.procs.values()].filter((p) => p.status === "waiting").length;
console.log(
  `${n} idle processes (${waiting} waiting in receive): ${
    ((after - before) / n).toFixed(0)
  } bytes each`,
);
