/**
 * Every resource limit ends the run (or the process) with a Ludus error that
 * names the limit, keeping what was printed before it. The limits are lowered
 * here so the tests stay small; the defaults are in lib/limits.ts.
 */

import { assertEquals, assertMatch } from "@std/assert";
import { LIMITS } from "../lib/limits.ts";
import { runCaptured } from "./_harness.ts";
import { formatError } from "../lib/errors/errors.ts";

async function withLimit<K extends keyof typeof LIMITS>(
  key: K,
  value: number,
  f: () => Promise<void>,
): Promise<void> {
  const saved = LIMITS[key];
  LIMITS[key] = value;
  try {
    await f();
  } finally {
    LIMITS[key] = saved;
  }
}

Deno.test("limit: frames (a recursion that never ends) is named, with what was printed kept", async () => {
  await withLimit("maxFrames", 5000, async () => {
    const r = await runCaptured(
      'print! ("start")\nfn down (n) -> add (1, down (inc (n)))\ndown (0)',
    );
    assertEquals(r.console, ["start"]);
    assertEquals(r.error?.kind, "limit");
    assertMatch(r.error!.message, /more than 5000 calls deep \(the frame limit\)/);
    assertEquals(r.error!.location(), "test.ld:2:24");
  });
});

Deno.test("limit: processes", async () => {
  const r = await runCaptured(
    "repeat 100 { spawn! (fn () -> receive { :x -> :ok }) }",
    { maxProcesses: 50 },
  );
  assertEquals(r.error?.kind, "limit");
  assertMatch(r.error!.message, /50 processes alive \(the process limit\)/);
  assertEquals(r.error!.location(), "test.ld:1:14");
});

Deno.test("limit: string size (concat, join, interpolation)", async () => {
  await withLimit("maxStringLength", 1000, async () => {
    const grow = await runCaptured(
      'loop ("ab") with { (s) -> recur (concat (s, s)) }',
    );
    assertEquals(grow.error?.kind, "limit");
    assertMatch(grow.error!.message, /longer than 1000 characters \(the string size limit\)/);
    const join = await runCaptured('join (map (fn (_) -> "xxxxxxxxxx", range (200)), "")');
    assertMatch(join.error!.message, /the string size limit/);
    const interp = await runCaptured(
      'let big = join (map (fn (_) -> "x", range (600)), "")\n"{big}{big}"',
    );
    assertMatch(interp.error!.message, /the string size limit/);
    assertEquals(interp.error!.location(), "test.ld:2:1");
  });
});

Deno.test("limit: collection size (append, concat, splats, range)", async () => {
  await withLimit("maxCollectionSize", 1000, async () => {
    const app = await runCaptured("loop ([]) with { (xs) -> recur (append (xs, 1)) }");
    assertMatch(app.error!.message, /more than 1000 elements \(the collection size limit\)/);
    const splat = await runCaptured("loop ([1]) with { (xs) -> recur ([...xs, ...xs]) }");
    assertMatch(splat.error!.message, /the collection size limit/);
    const rng = await runCaptured("range (5000)");
    assertMatch(rng.error!.message, /the collection size limit/);
    assertEquals((await runCaptured("count (range (1000))")).result, "1000");
  });
});

Deno.test("limit: --max-reductions and --timeout stop a run that goes on forever", async () => {
  const spin = "loop (0) with { (i) -> recur (inc (i)) }";
  const r = await runCaptured('print! ("before")\n' + spin, { maxReductions: 100_000 });
  assertEquals(r.console, ["before"]);
  assertEquals(r.error?.kind, "limit");
  assertMatch(r.error!.message, /more than 100000 reductions \(the --max-reductions limit\)/);
  const t = await runCaptured(spin, { timeoutMs: 100, virtualClock: false });
  assertMatch(t.error!.message, /longer than 100 ms \(the --timeout limit\)/);
});

Deno.test("limit: a stopped run says where the main script was, with its Ludus stack", async () => {
  const src =
    'print! ("before")\nfn spin (n) -> spin (inc (n))\nfn go () -> { spin (0); :never }\ngo ()';
  const r = await runCaptured(src, { maxReductions: 50_000 });
  assertEquals(r.error?.kind, "limit");
  assertEquals(r.error!.location(), "test.ld:2:9");
  assertEquals(r.error!.ludusStack.map((e) => `${e.fn}:${e.line}`), [
    "spin:2",
    "go:3",
    "toplevel:4",
  ]);
  const text = formatError(r.error!);
  assertMatch(text, /^Ludus stopped at a limit at test.ld:2:9\n/);
  assertMatch(text, /2 \| fn spin \(n\) -> spin \(inc \(n\)\)\n +\| +\^+\n/);
  // Asleep when the clock ran out: it points at the call it sleeps in.
  const w = await runCaptured("let x = 1\nsleep! (100000)\nx", {
    timeoutMs: 50,
    virtualClock: false,
  });
  assertEquals(w.error?.kind, "limit");
  assertEquals(w.error!.location(), "test.ld:2:1");
});

Deno.test("limit: a mailbox that keeps growing gets one warning", async () => {
  await withLimit("mailboxWarning", 500, async () => {
    const r = await runCaptured(
      "let p = spawn! (fn () -> receive { :never -> :ok })\nrepeat 2000 { send! (p, :junk) }\n:done",
    );
    assertEquals(r.result, ":done");
    const warnings = r.reports.filter((l) => l.includes("500 messages waiting"));
    assertEquals(warnings.length, 1);
    assertMatch(warnings[0], /is anything receiving them\?/);
  });
});

Deno.test("limit: the message log's capacity is checked (past 2^30 its doubling never ended)", async () => {
  const { MessageLog } = await import("../lib/runtime/message_log.ts");
  const { LudusError } = await import("../lib/errors/errors.ts");
  assertEquals(new MessageLog(LIMITS.maxMessageLog).capacity, LIMITS.maxMessageLog);
  assertEquals(new MessageLog(3).capacity, 4);
  for (const bad of [2 ** 31, 1e9, LIMITS.maxMessageLog + 1, 0, -1, 1.5, NaN, Infinity]) {
    let err: unknown = null;
    try {
      new MessageLog(bad);
    } catch (e) {
      err = e;
    }
    if (!(err instanceof LudusError)) throw new Error(`MessageLog(${bad}): ${err}`);
    assertEquals(err.kind, "usage");
    assertMatch(
      err.message,
      /^the message log keeps from 1 to 1,048,576 messages \(0 turns it off\)/,
    );
  }
});

Deno.test("limit: source size, in UTF-8 bytes, named with its flag", async () => {
  const { compileSource } = await import("../lib/runtime/script.ts");
  const { LudusError } = await import("../lib/errors/errors.ts");
  const tooBig = (text: string, max: number) => {
    try {
      compileSource(text, { file: "t.ld", maxSourceBytes: max });
      return null;
    } catch (e) {
      if (!(e instanceof LudusError)) throw e;
      return e;
    }
  };
  assertEquals(tooBig(":ok", 3), null);
  assertEquals(
    tooBig(":ok", 2)?.message,
    "t.ld is larger than 2 bytes, the source size limit (--max-source raises it)",
  );
  // é is 2 bytes, 😀 4: counted as written, not as UTF-16 units.
  assertEquals(tooBig('"é"', 4), null);
  assertEquals(tooBig('"é"', 3)?.kind, "limit");
  assertEquals(tooBig('"😀"', 6), null);
  assertEquals(tooBig('"😀"', 5)?.kind, "limit");
  assertEquals(tooBig('"\u4e2d"', 5), null);
  assertEquals(tooBig('"\u4e2d"', 4)?.kind, "limit");
  assertEquals(tooBig(":ok", LIMITS.maxSourceBytes), null);
});
