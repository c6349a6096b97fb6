/**
 * The table-driven Ludus tests: every `tests/cases/*.txt` file, one Deno test
 * per file, one step per case, each failing with the case's title and line.
 * The files are read from disk (`--allow-read`); without it they are skipped,
 * and say so.
 */

import { checkCase, fixtureFiles, parseCases } from "./_harness.ts";
import { permissionsFor, skippedTest } from "./_permissions.ts";

const { canRun, why } = permissionsFor(["read"]);
if (!canRun) skippedTest("cases: tests/cases/*.txt", why);

for (const { name, text } of canRun ? await fixtureFiles("cases", ".txt") : []) {
  const path = `cases/${name}`;
  Deno.test(`cases: ${path}`, async () => {
    const failures: string[] = [];
    for (const c of parseCases(text)) {
      const problem = await checkCase(c);
      if (problem) failures.push(`${path}:${c.line} "${c.name}": ${problem}`);
    }
    if (failures.length > 0) throw new Error(failures.join("\n\n"));
  });
}
