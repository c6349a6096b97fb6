/**
 * Write (or rewrite) `tests/golden/NAME.out` from the current output of
 * `tests/golden/NAME.ld`. Read the diff before committing: a golden file is a
 * claim about correct behaviour.
 *
 *     deno run -A tools/update_golden.ts NAME [NAME ...]   (or --all)
 *
 * @module
 */

import { runCaptured, transcript } from "../tests/_harness.ts";

const dir = new URL("../tests/golden/", import.meta.url);
let names = Deno.args;
if (names.includes("--all")) {
  names = [...Deno.readDirSync(dir)].filter((e) => e.name.endsWith(".ld")).map((e) =>
    e.name.slice(0, -3)
  );
}
for (const name of names) {
  const src = Deno.readTextFileSync(new URL(`${name}.ld`, dir));
  const out = transcript(await runCaptured(src, { file: `${name}.ld` }));
  Deno.writeTextFileSync(new URL(`${name}.out`, dir), out + "\n");
  console.log(`${name}.out:\n${out}\n`);
}
