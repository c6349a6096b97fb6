/**
 * Golden programs: each `tests/golden/NAME.ld` runs (virtual clock, seed 42) and
 * its transcript must equal `tests/golden/NAME.out` exactly. To accept new output
 * after a deliberate change: `deno run -A tools/update_golden.ts NAME`.
 */

import { assertEquals } from "@std/assert";
import { FIXTURES } from "./fixtures.ts";
import { runCaptured, transcript } from "./_harness.ts";

for (const [path, text] of FIXTURES) {
  if (!path.startsWith("golden/") || !path.endsWith(".ld")) continue;
  const name = path.slice("golden/".length, -".ld".length);
  Deno.test(`golden: ${name}`, async () => {
    const expected = FIXTURES.get(`golden/${name}.out`);
    if (expected === undefined) throw new Error(`golden/${name}.out is missing`);
    const got = transcript(await runCaptured(text, { file: `${name}.ld` }));
    assertEquals(got, expected.replace(/\n$/, ""));
  });
}
