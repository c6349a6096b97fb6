/**
 * Write `tests/svg/NAME.svg` from the drawing `tests/svg/NAME.ld` makes. Look at
 * the SVG before committing it.
 *
 *     deno run -A tools/update_svg.ts NAME [NAME ...]   (or --all)
 *
 * @module
 */

import { Runtime } from "../lib/runtime/runtime.ts";
import { renderSvg } from "../lib/turtle/svg.ts";

/** Run a drawing program deterministically and render its SVG. */
export async function drawingOf(source: string, file: string): Promise<string> {
  const rt = new Runtime({ virtualClock: true, seed: 42 });
  const r = await rt.runMain(source, file);
  if (r.error) throw r.error;
  return renderSvg(rt.scheduler.turtles, { source });
}

if (import.meta.main) {
  const dir = new URL("../tests/svg/", import.meta.url);
  let names = Deno.args;
  if (names.includes("--all")) {
    names = [...Deno.readDirSync(dir)].filter((e) => e.name.endsWith(".ld")).map((e) =>
      e.name.slice(0, -3)
    );
  }
  for (const name of names) {
    const src = Deno.readTextFileSync(new URL(`${name}.ld`, dir));
    Deno.writeTextFileSync(new URL(`${name}.svg`, dir), await drawingOf(src, `${name}.ld`));
    console.log(`wrote ${name}.svg`);
  }
}
