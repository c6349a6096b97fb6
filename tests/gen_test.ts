/**
 * The generated files (the precompiled prelude, the prelude's reference, the
 * VM's instruction tables, the command's bundle) are what `deno task gen`
 * makes from the sources now. It runs `tools/gen.ts --check` in a child
 * process, which needs `--allow-run`; without it the test is skipped, and says
 * so.
 */

import { assertEquals } from "@std/assert";
import { runDeno } from "./_run.ts";
import { permissionsFor } from "./_permissions.ts";

const { canRun } = permissionsFor(["run"], "gen_test.ts");

Deno.test({
  name: "gen: every generated file is up to date (else run deno task gen)",
  ignore: !canRun,
  async fn() {
    const r = await runDeno(["run", "-A", "tools/gen.ts", "--check"], {
      cwd: new URL("../", import.meta.url).pathname,
    });
    assertEquals(r.stderr, "");
    assertEquals(r.code, 0);
  },
});
