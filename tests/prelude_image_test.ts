/**
 * The precompiled prelude (lib/runtime/prelude_image.ts) gives the same prelude
 * as compiling its sources. That it is what they make now is
 * `deno task gen --check`'s to say (tests/gen_test.ts).
 */

import { assert, assertEquals } from "@std/assert";
import { buildPrelude, loadPrelude } from "../lib/runtime/prelude.ts";
import { PRELUDE_IMAGE_JSON } from "../lib/runtime/prelude_image.ts";
import { show } from "../lib/values/show.ts";
import { FnProto } from "../lib/compile/chunk.ts";

/** Every function compiled into a part: its toplevel and what its constants hold, depth first. */
function protosOf(main: FnProto): FnProto[] {
  const out: FnProto[] = [];
  const walk = (p: FnProto) => {
    out.push(p);
    for (const c of p.chunk.consts) if (c instanceof FnProto) walk(c);
  };
  walk(main);
  return out;
}

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
  // The same code, with the same source span for every code word (the image
  // keeps spans as text, decoded when an error needs them).
  fromImage.parts.forEach((part, i) => {
    const a = protosOf(part.main), b = protosOf(compiled.parts[i].main);
    assertEquals(a.length, b.length, part.name);
    assert(a.length > 100 || part.name !== "prelude", "the prelude has its functions");
    a.forEach((p, k) => {
      const where = `${part.name}: ${p.name ?? "(anonymous)"}`;
      assertEquals([...p.chunk.code], [...b[k].chunk.code], where);
      assertEquals([...p.chunk.starts], [...b[k].chunk.starts], where);
      assertEquals([...p.chunk.ends], [...b[k].chunk.ends], where);
    });
  });
});
