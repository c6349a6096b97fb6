/// <reference lib="dom" />
/**
 * The page's first script, small so that it runs at once: it starts the
 * worker that will run the first program, so the worker loads the VM and its
 * prelude while the page is still loading the editor (`main.ts` takes it
 * over). It is a classic script (no imports or exports once bundled), run as
 * soon as it arrives: a module script would wait for the document and the
 * scripts before it, which started the worker ~0.2 s later.
 *
 * @module
 */

import { type Slot, SPARE_KEY, startWorker } from "./runner.ts";

const here = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
(globalThis as unknown as Record<string, Slot>)[SPARE_KEY] = startWorker(
  new URL("./worker.js", here).href,
);
