/**
 * The Web Worker's entry module: the VM and its browser host
 * (`lib/host/worker.ts`), serving the page that started this worker.
 *
 * @module
 */

import { serveWorker, type WorkerPort } from "../lib/host/worker.ts";
import { serveNotebook } from "../lib/host/worker_notebook.ts";

// A spare worker warms the VM up while it waits (see WARM_UP): ~0.2 s of work,
// from 0.3 s after it is ready (a Run pressed as the page opens goes first).
serveWorker(self as unknown as WorkerPort, { warmUpMs: 200, warmUpAfterMs: 300 });
// The same worker holds a notebook when the page opens one (the `notebook-*` messages).
serveNotebook(self as unknown as WorkerPort);
