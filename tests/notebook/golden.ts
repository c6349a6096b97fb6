/**
 * The settings and sources of the golden notebook pages, shared by
 * `tests/notebook_test.ts` and `tools/update_notebook_golden.ts`.
 *
 * @module
 */

import type { NotebookOptions } from "../../lib/host/notebook.ts";

/** Deterministic runs: virtual clock, fixed seed, a reduction limit (not a time limit). */
export const GOLDEN_OPTIONS: NotebookOptions = {
  virtualClock: true,
  seed: 42,
  limits: { timeoutMs: 60_000, maxReductions: 200_000 },
};

/** Each golden page: the notebook (relative to the repository) and its page in tests/notebook/. */
export const GOLDEN_PAGES: { source: string; name: string; page: string }[] = [
  { source: "examples/notebook.md", name: "notebook.md", page: "notebook.html" },
  { source: "tests/notebook/edge.md", name: "edge.md", page: "edge.html" },
];
