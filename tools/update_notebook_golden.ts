/**
 * Rewrite the golden notebook pages in `tests/notebook/` from the current
 * rendering of their notebooks. Read the diff before committing.
 *
 *     deno run -A tools/update_notebook_golden.ts
 *
 * @module
 */

import { parseNotebook, renderHtml, runNotebook } from "../lib/host/notebook.ts";
import { GOLDEN_OPTIONS, GOLDEN_PAGES } from "../tests/notebook/golden.ts";

const root = new URL("../", import.meta.url);
for (const g of GOLDEN_PAGES) {
  const text = Deno.readTextFileSync(new URL(g.source, root));
  const run = await runNotebook(parseNotebook(text, g.name), GOLDEN_OPTIONS);
  Deno.writeTextFileSync(new URL(`tests/notebook/${g.page}`, root), renderHtml(run));
  console.log(`tests/notebook/${g.page}: ${run.outcomes.map((o) => o.status).join(", ")}`);
}
