/**
 * The precompiled prelude (lib/prelude_image.ts) must match the prelude sources:
 * regenerate it with `deno run -A tools/gen_prelude_image.ts` after editing them.
 */

import { assert, assertEquals } from "@std/assert";
import { preludeImageModule } from "../tools/gen_prelude_image.ts";
import current from "../lib/prelude_image.ts" with { type: "text" };
import { buildPrelude, loadPrelude } from "../lib/prelude.ts";
import { PRELUDE_IMAGE_JSON } from "../lib/prelude_image.ts";
import { show } from "../lib/show.ts";

Deno.test("lib/prelude_image.ts is in sync with std/*.ld (else run tools/gen_prelude_image.ts)", () => {
  assertEquals(current, preludeImageModule());
});

Deno.test("the prelude loads from its image, and the image gives the same prelude as compiling", () => {
  const fromImage = buildPrelude(JSON.parse(PRELUDE_IMAGE_JSON));
  assertEquals(fromImage.fromImage, 2);
  const compiled = buildPrelude(null);
  assertEquals(compiled.fromImage, 0);
  assertEquals([...fromImage.values.keys()], [...compiled.values.keys()]);
  for (const [name, v] of compiled.values) {
    assertEquals(show(fromImage.values.get(name)!), show(v), name);
  }
  assert(loadPrelude().values.has("map"));
});
