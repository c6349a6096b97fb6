/**
 * Run one Ludus source text (read from stdin) with the fuzz options and print its
 * {@linkcode Outcome} as JSON. The fuzz test runs each case of `hangs.txt` this
 * way, in a process of its own, because those cases can hang or crash the host.
 *
 *     echo 'add (1, 2)' | deno run -A tests/fuzz/run_case.ts [--no-timeout]
 *
 * @module
 */

import { checkSource } from "./check.ts";

if (import.meta.main) {
  const source = await new Response(Deno.stdin.readable).text();
  const noTimeout = Deno.args.includes("--no-timeout");
  const outcome = await checkSource(source, noTimeout ? { timeoutMs: undefined } : {});
  console.log(JSON.stringify(outcome));
}
