/** docs/prelude.md is generated from the prelude's docstrings, and every function has one. */

import { assertEquals } from "@std/assert";
import { FIXTURES } from "./fixtures.ts";
import { preludeDoc } from "../tools/gen_prelude_doc.ts";
import { loadPrelude } from "../lib/runtime/prelude.ts";
import { Closure } from "../lib/vm/callables.ts";
import type { FnProto } from "../lib/compile/chunk.ts";

Deno.test("docs/prelude.md is in sync with the prelude (else run tools/gen_prelude_doc.ts)", () => {
  assertEquals(FIXTURES.get("docs/prelude.md"), preludeDoc());
});

Deno.test("every prelude function has a docstring", () => {
  const missing = [...loadPrelude().values]
    .filter(([, v]) => v instanceof Closure && !(v.proto as FnProto).doc)
    .map(([name]) => name);
  assertEquals(missing, []);
});
