/** The fixtures index must list exactly the fixture files on disk. */

import { assertEquals } from "@std/assert";
import { fixturesModule } from "../tools/gen_fixtures.ts";
import current from "./fixtures.ts" with { type: "text" };

const canRead = Deno.permissions.querySync({ name: "read" }).state === "granted";

Deno.test({
  name: "tests/fixtures.ts is up to date (run tools/gen_fixtures.ts if not)",
  ignore: !canRead,
  fn() {
    assertEquals(current, fixturesModule(new URL("../tools/gen_fixtures.ts", import.meta.url)));
  },
});
