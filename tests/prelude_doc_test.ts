/**
 * docs/guide/prelude.md is generated from the prelude's docstrings, and every
 * function has one. The generated file is read from disk (`--allow-read`);
 * without the permission that test is skipped, and says so.
 */

import { assertEquals } from "@std/assert";
import { permissionsFor } from "./_permissions.ts";
import { preludeDoc } from "../tools/gen_prelude_doc.ts";
import { loadPrelude } from "../lib/runtime/prelude.ts";
import { Closure } from "../lib/vm/callables.ts";
import type { FnProto } from "../lib/compile/chunk.ts";

/** Where tools/gen_prelude_doc.ts writes it. */
const PRELUDE_DOC = "docs/guide/prelude.md";
const { canRun, why } = permissionsFor(["read"]);
if (!canRun) console.log(`prelude_doc_test.ts: the sync test is skipped (${why})`);

Deno.test({
  name: `${PRELUDE_DOC} is in sync with the prelude (else run tools/gen_prelude_doc.ts)`,
  ignore: !canRun,
  async fn() {
    const onDisk = await Deno.readTextFile(new URL(`../${PRELUDE_DOC}`, import.meta.url));
    assertEquals(onDisk, preludeDoc());
  },
});

Deno.test("every prelude function has a docstring", () => {
  const missing = [...loadPrelude().values]
    .filter(([, v]) => v instanceof Closure && !(v.proto as FnProto).doc)
    .map(([name]) => name);
  assertEquals(missing, []);
});
