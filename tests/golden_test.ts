/**
 * Golden programs: each `tests/golden/NAME.ld` runs (virtual clock, seed 42) and
 * its transcript must equal `tests/golden/NAME.out` exactly. To accept new output
 * after a deliberate change: `deno run -A tools/update_golden.ts NAME`. The files
 * are read from disk (`--allow-read`); without it they are skipped, and say so.
 */

import { assertEquals } from "@std/assert";
import { fixtureFiles, runCaptured, transcript } from "./_harness.ts";
import { permissionsFor, skippedTest } from "./_permissions.ts";

const { canRun, why } = permissionsFor(["read"]);
if (!canRun) skippedTest("golden: tests/golden/*.ld", why);

const outs = new Map(
  (canRun ? await fixtureFiles("golden", ".out") : []).map((f) => [f.name, f.text]),
);
for (const { name: file, text } of canRun ? await fixtureFiles("golden", ".ld") : []) {
  const name = file.slice(0, -".ld".length);
  Deno.test(`golden: ${name}`, async () => {
    const expected = outs.get(`${name}.out`);
    if (expected === undefined) throw new Error(`golden/${name}.out is missing`);
    const got = transcript(await runCaptured(text, { file: `${name}.ld` }));
    assertEquals(got, expected.replace(/\n$/, ""));
  });
}
