/// <reference lib="dom" />
/**
 * The page's side of the VM: Web Workers that run programs (`worker.js`, built
 * from `web/worker_main.ts`). One worker runs one program. A spare worker is
 * started ahead, so Run starts at once; Stop terminates the running worker
 * outright, even in the middle of a slice, and the spare takes over. A second,
 * long-lived worker checks the editor's text as it changes and lists the
 * prelude for completion, so those never wait behind a running program.
 *
 * @module
 */

import type { PageToWorker, WorkerToPage } from "../lib/host/worker_protocol.ts";

/** What a run tells the page, as it happens. */
export interface RunEvents {
  /** Every message from the running worker, in order. */
  message(msg: WorkerToPage): void;
}

/** A worker and the promise that it has loaded the prelude. */
export interface Slot {
  /** The worker. */
  worker: Worker;
  /** Resolves with its prelude's load time once it can run. */
  ready: Promise<number>;
}

/** How long a worker that is not needed yet waits before it starts (see {@linkcode Runner}). */
const LATER_MS = 1000;

/** Where the page's first script (`boot.ts`) leaves the worker it started, for `main.ts`. */
export const SPARE_KEY = "__ludusSpare";

/** Start a worker from the script at `url`. */
export function startWorker(url: string): Slot {
  const worker = new Worker(url, { type: "module", name: "ludus" });
  const ready = new Promise<number>((resolve) => {
    const first = (e: MessageEvent<WorkerToPage>) => {
      if (e.data.kind !== "ready") return;
      worker.removeEventListener("message", first);
      resolve(e.data.loadMs);
    };
    worker.addEventListener("message", first);
  });
  return { worker, ready };
}

/** One program running (or run) in its own worker. */
export class Run {
  readonly #slot: Slot;
  #ended = false;
  #stopped = false;

  constructor(slot: Slot, events: RunEvents) {
    this.#slot = slot;
    slot.worker.addEventListener("message", (e: MessageEvent<WorkerToPage>) => {
      if (this.#stopped) return;
      if (e.data.kind === "done") this.#ended = true;
      events.message(e.data);
    });
  }

  /** Has the program ended (done, failed, or stopped)? */
  get ended(): boolean {
    return this.#ended || this.#stopped;
  }

  /** Was it stopped from the page? */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** Ask the worker something (it answers through the run's events). */
  post(msg: PageToWorker): void {
    if (!this.#stopped) this.#slot.worker.postMessage(msg);
  }

  /** Stop at once: the worker is terminated, wherever it was. */
  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#slot.worker.terminate();
  }

  /** Forget the run: its worker goes (after it has ended, its processes stay browsable until then). */
  dispose(): void {
    this.#stopped = true;
    this.#slot.worker.terminate();
  }
}

/**
 * The page's workers: a spare one for the next run, and a checker.
 *
 * @example Usage
 * ```ts ignore
 * const vm = new Runner("worker.js");
 * const run = await vm.run({ kind: "run", source, file: "editor.ld", url: null }, {
 *   message: (m) => console.log(m),
 * });
 * run.stop();
 * ```
 */
export class Runner {
  readonly #url: string;
  #spare: Slot | null;
  readonly #checker: Promise<Slot>;
  #checks = 0;
  readonly #pending = new Map<number, (msg: WorkerToPage) => void>();

  /**
   * Workers from the script at `url`; `spare` is one started already (by the
   * page's first, tiny script, so that it loads while the page does). The
   * checker starts a moment after the spare is ready: sooner, on a machine
   * with two cores, it would slow the spare and the first run down.
   */
  constructor(url: string, spare: Slot = startWorker(url)) {
    this.#url = url;
    this.#spare = spare;
    this.#checker = spare.ready.then(() => new Promise((r) => setTimeout(r, LATER_MS))).then(() => {
      const checker = startWorker(url);
      checker.worker.addEventListener("message", (e: MessageEvent<WorkerToPage>) => {
        const m = e.data;
        const id = m.kind === "checked" ? m.id : m.kind === "prelude" ? -1 : null;
        if (id === null) return;
        const k = this.#pending.get(id);
        this.#pending.delete(id);
        k?.(m);
      });
      return checker;
    });
  }

  /** Resolves when the spare worker is ready to run (with its prelude load time). */
  get ready(): Promise<number> {
    return (this.#spare ??= startWorker(this.#url)).ready;
  }

  /**
   * Run a program in the spare worker. The next spare starts when this run
   * ends, or {@linkcode LATER_MS} after it started if it is still running (so
   * that Stop finds one ready), not at once: loading it would slow this run.
   */
  async run(request: Extract<PageToWorker, { kind: "run" }>, events: RunEvents): Promise<Run> {
    const slot = this.#spare ?? startWorker(this.#url);
    this.#spare = null;
    const refill = () => {
      clearTimeout(later);
      if (this.#spare === null) this.#spare = startWorker(this.#url);
    };
    const later = setTimeout(refill, LATER_MS);
    const run = new Run(slot, {
      message: (m) => {
        if (m.kind === "done") refill();
        events.message(m);
      },
    });
    await slot.ready;
    run.post(request);
    return run;
  }

  /** The errors compiling `source` finds, from the checker. */
  check(source: string, file: string): Promise<Extract<WorkerToPage, { kind: "checked" }>> {
    const id = ++this.#checks;
    return new Promise((resolve) => {
      this.#pending.set(id, (m) => resolve(m as Extract<WorkerToPage, { kind: "checked" }>));
      this.#checker.then((c) =>
        c.worker.postMessage({ kind: "check", id, source, file } satisfies PageToWorker)
      );
    });
  }

  /** The prelude's names and docs, from the checker. */
  prelude(): Promise<Extract<WorkerToPage, { kind: "prelude" }>> {
    return new Promise((resolve) => {
      this.#pending.set(-1, (m) => resolve(m as Extract<WorkerToPage, { kind: "prelude" }>));
      this.#checker.then((c) => c.worker.postMessage({ kind: "prelude" } satisfies PageToWorker));
    });
  }
}
