/** The command's warm-up (lib/host/warm_up.ts) prints nothing and leaves nothing behind. */

import { assert, assertEquals } from "@std/assert";
import { warmUp } from "../lib/host/warm_up.ts";
import { loadPrelude } from "../lib/runtime/prelude.ts";
import { runCaptured } from "./_harness.ts";

Deno.test("warm-up: binds nothing, prints nothing, and a program runs as without it", async () => {
  const names = [...loadPrelude().names];
  warmUp();
  warmUp();
  assertEquals([...loadPrelude().names], names);
  const printed = await runCaptured('print! ("a")\n:done');
  assertEquals([printed.console, printed.result], [["a"], ":done"]);
  const unbound = await runCaptured("n");
  assert(/unbound name `n`/.test(unbound.error?.message ?? ""), unbound.error?.message);
});
