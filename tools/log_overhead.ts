/**
 * What the always-on message log costs: runs a Ludus program with the log on
 * (the default, 4,096 messages) and off, each run in a fresh `deno` process,
 * alternating, and prints the medians (and minima) of the run times and their
 * ratio. Only the run is timed (`Runtime.runMain`), not start-up.
 *
 *     deno run -A tools/log_overhead.ts ../shared/bench/ludus/ring.ld 61
 *
 * With `--warm` both run in this one process instead, alternating (which goes
 * first alternates too), after 5 pairs not counted, each from its own copy of
 * `lib/` (copied to a temporary folder), so that each has its own compiled code
 * and type feedback: the steady state of a long run. (Runs sharing one copy read
 * the log's cost low: the runs with the log off used code compiled for both.)
 * It also prints the median of the paired ratios, which machine noise moves less
 * than either median.
 *
 *     deno run -A tools/log_overhead.ts --warm ../shared/bench/ludus/ring.ld 40
 *
 * With `--cli` it times whole processes instead, as the peer harness does:
 * `deno run -A cli.ts --message-log N FILE`, start-up included, with N 4,096 and
 * 0 (both give the option, so both pay for parsing it):
 *
 *     deno run -A tools/log_overhead.ts --cli ../shared/bench/ludus/ring.ld 41
 *
 * With `--once CAPACITY FILE` it is the child: one run, its time in ms on stdout.
 *
 * @module
 */

import { Runtime } from "../lib/runtime/runtime.ts";
import { median } from "./_stats.ts";

if (Deno.args[0] === "--once") {
  const capacity = Number(Deno.args[1]);
  const source = Deno.readTextFileSync(Deno.args[2]);
  const rt = new Runtime({ messageLog: capacity, host: { print: () => {}, report: () => {} } });
  const t0 = performance.now();
  await rt.runMain(source);
  console.log((performance.now() - t0).toFixed(2));
  Deno.exit(0);
}

const warm = Deno.args[0] === "--warm";
const cli = Deno.args[0] === "--cli";
const args = warm || cli ? Deno.args.slice(1) : Deno.args;
const file = args[0];
const runs = Number(args[1] ?? 31);
if (!file || !(runs > 0)) {
  console.error("usage: deno run -A tools/log_overhead.ts [--warm | --cli] FILE.ld [RUNS]");
  Deno.exit(2);
}

const self = new URL(import.meta.url).pathname;
const command = new URL("../cli.ts", import.meta.url).pathname;
const once = (capacity: number): number => {
  if (cli) {
    const t0 = performance.now();
    new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", command, "--message-log", String(capacity), file],
      stdout: "null",
    }).outputSync();
    return performance.now() - t0;
  }
  const out = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", self, "--once", String(capacity), file],
  }).outputSync();
  return Number(new TextDecoder().decode(out.stdout).trim());
};

/** A copy of the VM of its own: `lib/` (and the texts it imports) copied to a temporary folder. */
const copyOfVm = async (): Promise<typeof Runtime> => {
  const dir = Deno.makeTempDirSync();
  addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));
  const copy = (from: URL, to: string) => {
    Deno.mkdirSync(to, { recursive: true });
    for (const e of Deno.readDirSync(from)) {
      if (e.isDirectory) copy(new URL(`${e.name}/`, from), `${to}/${e.name}`);
      else Deno.copyFileSync(new URL(e.name, from), `${to}/${e.name}`);
    }
  };
  for (const d of ["lib", "std", "web"]) copy(new URL(`../${d}/`, import.meta.url), `${dir}/${d}`);
  return (await import(`file://${dir}/lib/runtime/runtime.ts`)).Runtime;
};

/** One run in this process with the VM `vm`, its time in ms. */
const here = async (vm: typeof Runtime, capacity: number, source: string): Promise<number> => {
  const rt = new vm({ messageLog: capacity, host: { print: () => {}, report: () => {} } });
  const t0 = performance.now();
  await rt.runMain(source);
  return performance.now() - t0;
};

const on: number[] = [], off: number[] = [];
if (warm) {
  const source = Deno.readTextFileSync(file);
  const withLog = await copyOfVm(), without = await copyOfVm();
  for (let i = -5; i < runs; i++) {
    const first = i % 2 !== 0;
    const a = first ? await here(withLog, 4096, source) : await here(without, 0, source);
    const b = first ? await here(without, 0, source) : await here(withLog, 4096, source);
    if (i < 0) continue;
    on.push(first ? a : b);
    off.push(first ? b : a);
  }
} else {
  for (let i = 0; i < runs; i++) {
    // Which goes first alternates, as in --warm.
    if (i % 2) {
      on.push(once(4096));
      off.push(once(0));
    } else {
      off.push(once(0));
      on.push(once(4096));
    }
  }
}
const min = (xs: number[]) => Math.min(...xs);
const pct = (a: number, b: number) => `${a >= b ? "+" : ""}${((a / b - 1) * 100).toFixed(1)}%`;
const paired = median(on.map((t, i) => t / off[i]));
console.log(
  `${file}, ${runs} ${
    warm ? "warm runs in one process" : cli ? "whole cli.ts processes" : "fresh runs"
  } each: log on ${
    median(on).toFixed(1)
  } ms (min ${min(on).toFixed(1)}), off ${median(off).toFixed(1)} ms (min ${
    min(off).toFixed(1)
  }): ` +
    `${pct(median(on), median(off))} (min ${pct(min(on), min(off))}); paired ${pct(paired, 1)}`,
);
