/**
 * The table-driven Ludus tests: every `tests/cases/*.txt` file, one Deno test
 * per file, one step per case, each failing with the case's title and line.
 */

import { FIXTURES } from "./fixtures.ts";
import { checkCase, parseCases } from "./_harness.ts";

for (const [path, text] of FIXTURES) {
  if (!path.startsWith("cases/")) continue;
  Deno.test(`cases: ${path}`, async () => {
    const failures: string[] = [];
    for (const c of parseCases(text)) {
      const problem = await checkCase(c);
      if (problem) failures.push(`${path}:${c.line} "${c.name}": ${problem}`);
    }
    if (failures.length > 0) throw new Error(failures.join("\n\n"));
  });
}
