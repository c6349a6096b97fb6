/**
 * `ludus top`: a live, refreshing terminal table of processes while a program
 * runs, like `top`. Host side (it reads the keyboard and draws with ANSI codes);
 * the rows come from `observe.ts`. Quits when the program ends, or on `q`.
 *
 * @module
 */

import { rowOf } from "../observe/snapshot.ts";
import { formatProcessTable } from "../observe/table.ts";
import type { Runtime } from "../runtime/runtime.ts";
import { writeOut } from "./deno.ts";

/** Draw one frame of the table (with a header of scheduler counters and the last console lines). */
export function topFrame(rt: Runtime, title: string, rows = 20): string {
  const s = rt.scheduler;
  const procs = [...s.procs.values()];
  const counts = { runnable: 0, waiting: 0, sleeping: 0 };
  for (const p of procs) {
    if (p.status === "waiting") counts.waiting++;
    else if (p.status === "sleeping") counts.sleeping++;
    else counts.runnable++;
  }
  const head = `ludus top — ${title}   clock ${(s.now() / 1000).toFixed(1)}s   ` +
    `${procs.length} processes (${counts.runnable} runnable, ${counts.waiting} waiting, ${counts.sleeping} sleeping)   ` +
    `${s.totalReductions} reductions in ${s.slices} slices   longest slice ${
      s.longestSlice.toFixed(2)
    } ms`;
  const table = formatProcessTable(procs.map((p) => rowOf(p)), rows, 160);
  const tail = s.console.slice(-5).map((l) => `  > ${l}`);
  return [head, "", table, "", "console (last lines):", ...tail, "", "press q to quit"].join("\n");
}

/**
 * Run a program under `top`: refresh the table every `everyMs` while it runs.
 * Returns when the run ends or the user presses q.
 */
export async function runTop(
  rt: Runtime,
  text: string,
  file: string,
  everyMs = 250,
): Promise<number> {
  const tty = Deno.stdout.isTerminal();
  const draw = () => writeOut((tty ? "\x1b[H\x1b[2J" : "\n") + topFrame(rt, file) + "\n");
  let raw = false;
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  if (Deno.stdin.isTerminal()) {
    try {
      Deno.stdin.setRaw(true);
      raw = true;
      reader = Deno.stdin.readable.getReader();
      (async () => {
        for (;;) {
          const { value, done } = await reader!.read();
          if (done) return;
          if (value.includes(0x71) || value.includes(0x03)) { // q or Ctrl-C
            rt.scheduler.stop("stopped from top (q)");
            return;
          }
        }
      })().catch(() => {});
    } catch { /* no raw mode: no q, the program still ends by itself */ }
  }
  const timer = setInterval(draw, tty ? everyMs : Math.max(everyMs, 1000));
  let report;
  try {
    report = await rt.runMain(text, file);
  } finally {
    clearInterval(timer);
    if (raw) {
      try {
        reader?.releaseLock();
        Deno.stdin.setRaw(false);
      } catch { /* ignore */ }
    }
  }
  draw();
  if (report.error) {
    writeOut(`\nended with an error: ${report.error.message.split("\n")[0]}\n`);
    return 1;
  }
  writeOut(`\nresult: ${report.result}\n`);
  return 0;
}
