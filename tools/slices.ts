/**
 * Measure how long scheduler slices take, one by one: runs a Ludus program in a
 * fresh runtime with every slice timed from outside (each call of
 * `Scheduler.step`), and prints the distribution. Timing every slice costs about
 * 0.2 µs per slice, so the run is a little slower than usual; the scheduler's
 * own `longest_slice` (observe) reads the clock far less often.
 *
 *     deno run -A tools/slices.ts ../shared/bench/ludus/spawn.ld
 *     deno run -A --v8-flags=--trace-gc tools/slices.ts FILE   # see the GC pauses too
 *
 * The slices over 1 ms are listed with when they ended (ms since the run
 * started), so they can be matched with `--trace-gc` output.
 *
 * With `--switches` (Linux) it also reads the main thread's count of involuntary
 * context switches (`/proc/thread-self/status`) around every slice, and marks the
 * long slices during which the OS switched the thread out: those are time the
 * process did not run at all, not time the VM or V8 took. With `--cpu` (Linux,
 * through libc's `clock_gettime`, so `-A`) it also reads the main thread's CPU
 * time around every slice: a slice's CPU time is what the VM and V8 (its
 * collector, its compiler) spent on it, without the time the thread waited.
 * With `--cpu` it also reads V8's used heap size around every slice (through
 * `node:v8`, ~0.5 µs a reading): a slice after which the heap is smaller than
 * before it had a collection in it (a scavenge frees most of the young
 * generation), and its time is partly the collector's; a collection that frees
 * less than the slice allocates goes unseen. It then also gives the longest
 * slice in CPU time among those with no collection in them: the VM's work as
 * V8 ran it (optimised, or back in the interpreter after a deoptimisation).
 *
 * With `--runs N` it instead runs the program N times, each in a fresh `deno`
 * process with nothing timed from outside, and prints the min / median / max of
 * the scheduler's own longest slice (what `observe :scheduler` reports: an upper
 * bound, from the clock readings the scheduler takes anyway, which can span
 * several slices):
 *
 *     deno run -A tools/slices.ts --runs 10 ../shared/bench/ludus/preempt.ld
 *
 * With `--runs N --timed` each run times every slice from outside instead, and
 * it prints the distribution of each run's longest slice, in wall time and in
 * the main thread's CPU time. `--bundled` makes the runs load the VM as
 * `cli.ts` does, from one bundled module (this tool bundled into a temporary
 * file), so that what start-up leaves for the collector is the command's:
 *
 *     deno run -A tools/slices.ts --runs 10 --timed --bundled ../shared/bench/ludus/loop.ld
 *
 * Like the command, each run first sets glibc's allocator to keep freed memory
 * (`lib/host/memory.ts`) and runs the command's warm-up (`lib/host/warm_up.ts`);
 * `--no-keep` leaves the allocator as it is and `--no-warm-up` leaves the VM
 * cold, as a program that imports `mod.ts` has them.
 *
 * @module
 */

import { getHeapStatistics } from "node:v8";
import { Runtime } from "../lib/runtime/runtime.ts";
import { Scheduler } from "../lib/runtime/scheduler.ts";
import { keepFreedMemory } from "../lib/host/memory.ts";
import { warmUp } from "../lib/host/warm_up.ts";
import { median } from "./_stats.ts";

const args = [...Deno.args];
/** Take the option `name` out of the arguments: is it there? */
const has = (name: string): boolean => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const runsAt = args.indexOf("--runs");
const runs = runsAt < 0 ? 0 : Number(args.splice(runsAt, 2)[1]);
const timed = has("--timed"), bundled = has("--bundled"), summary = has("--summary");
const plain = has("--plain"), switches = has("--switches"), cpu = has("--cpu");
const keep = !has("--no-keep");
const warm = !has("--no-warm-up");
const file = args[0];
if (!file || !(runs >= 0)) {
  console.error(
    "usage: deno run -A tools/slices.ts [--cpu] [--switches] [--no-keep] [--no-warm-up] FILE.ld\n" +
      "       deno run -A tools/slices.ts --runs N [--timed] [--bundled] [--no-keep] [--no-warm-up] FILE.ld",
  );
  Deno.exit(2);
}
const source = Deno.readTextFileSync(file);
// The command's allocator setting (lib/host/memory.ts), unless `--no-keep`.
if (runs === 0 && keep) await keepFreedMemory();
// The command's warm-up (lib/host/warm_up.ts), unless `--no-warm-up`.
if (runs === 0 && warm) warmUp();

if (plain) {
  // One untimed run: print only the scheduler's own longest slice.
  const rt = new Runtime({ host: { print: () => {}, report: () => {} } });
  await rt.runMain(source, file);
  console.log(rt.scheduler.longestSlice.toFixed(3));
  Deno.exit(0);
}

if (runs > 0) {
  let self = new URL(import.meta.url).pathname;
  if (bundled) {
    // The runs load the VM as the command does: one bundled module (cli.ts, dist/).
    const out = Deno.makeTempFileSync({ suffix: ".js" });
    const made = new Deno.Command(Deno.execPath(), {
      args: ["bundle", "--quiet", "--no-config", "--minify", self, "-o", out],
    }).outputSync();
    if (!made.success) throw new Error(new TextDecoder().decode(made.stderr));
    self = out;
    addEventListener("unload", () => Deno.removeSync(out));
  }
  const got: number[] = [], cpuGot: number[] = [], ownGot: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-A",
        self,
        ...(timed ? ["--summary", "--cpu"] : ["--plain"]),
        ...(keep ? [] : ["--no-keep"]),
        ...(warm ? [] : ["--no-warm-up"]),
        file,
      ],
    })
      .outputSync();
    const [wallMax, cpuMax, ownMax] = new TextDecoder().decode(out.stdout).trim().split(" ")
      .map(Number);
    got.push(wallMax);
    if (timed) {
      cpuGot.push(cpuMax);
      ownGot.push(ownMax);
    }
  }
  const report = (what: string, xs: number[]) => {
    xs.sort((a, b) => a - b);
    const mid = median(xs);
    console.log(
      `${file}: ${what} over ${runs} fresh runs: ` +
        `min ${xs[0].toFixed(2)} ms, median ${mid.toFixed(2)} ms, max ${
          xs[xs.length - 1].toFixed(2)
        } ms`,
    );
    console.log(`  all: ${xs.map((x) => x.toFixed(2)).join(" ")}`);
  };
  if (timed) {
    report("longest slice timed from outside", got);
    report("longest slice's time on a CPU", cpuGot);
    report("longest slice's time on a CPU, of those with no collection in them", ownGot);
  } else report("scheduler's longest slice", got);
  Deno.exit(0);
}

const times: number[] = [];
let t0 = 0;
/** The main thread's involuntary context switches so far (read without allocating), or 0. */
const involuntary = (() => {
  if (!switches) return () => 0;
  const file = Deno.openSync("/proc/thread-self/status");
  const buf = new Uint8Array(4096);
  const key = new TextEncoder().encode("nonvoluntary_ctxt_switches:");
  return (): number => {
    file.seekSync(0, Deno.SeekMode.Start);
    const n = file.readSync(buf) ?? 0;
    outer: for (let i = 0; i + key.length < n; i++) {
      for (let j = 0; j < key.length; j++) {
        if (buf[i + j] !== key[j]) continue outer;
      }
      let p = i + key.length, v = 0;
      while (buf[p] === 9 || buf[p] === 32) p++;
      while (buf[p] >= 48 && buf[p] <= 57) v = v * 10 + buf[p++] - 48;
      return v;
    }
    return 0;
  };
})();

/**
 * The main thread's time on a CPU so far, in ns (`clock_gettime` of
 * CLOCK_THREAD_CPUTIME_ID through libc, so it needs `-A`), or 0.
 */
const onCpu = (() => {
  if (!cpu) return () => 0;
  const libc = Deno.dlopen("libc.so.6", {
    clock_gettime: { parameters: ["i32", "buffer"], result: "i32" },
  });
  const ts = new BigInt64Array(2);
  return (): number => {
    libc.symbols.clock_gettime(3, ts); // CLOCK_THREAD_CPUTIME_ID
    return Number(ts[0]) * 1e9 + Number(ts[1]);
  };
})();

/** V8's used heap size, or 0 (read only with `--cpu`). */
const heapUsed = cpu ? () => getHeapStatistics().used_heap_size : () => 0;

const long: {
  ms: number;
  at: number;
  out: boolean;
  cpu: number;
  reds: number;
  gc: boolean;
}[] = [];
/** Each slice's CPU time, and that of each slice with no collection in it. */
const cpuTimes: number[] = [], ownTimes: number[] = [];
const step = Scheduler.prototype.step;
/** The run's scheduler: the prelude's, which also steps while it loads, is not timed. */
let timedScheduler: Scheduler | null = null;
Scheduler.prototype.step = function (this: Scheduler): boolean {
  if (this !== timedScheduler) return step.call(this);
  const c0 = involuntary(), h0 = heapUsed(), n0 = onCpu(), r0 = this.totalReductions;
  const start = performance.now();
  const ran = step.call(this);
  const end = performance.now();
  if (ran) {
    const ms = end - start, c = (onCpu() - n0) / 1e6;
    const gc = heapUsed() < h0;
    times.push(ms);
    if (cpu) {
      cpuTimes.push(c);
      if (!gc) ownTimes.push(c);
    }
    if (ms > 0.5) {
      const reds = this.totalReductions - r0;
      long.push({ ms, at: end - t0, out: involuntary() > c0, cpu: c, reds, gc });
    }
  }
  return ran;
};

const rt = new Runtime({ host: { print: () => {}, report: () => {} } });
timedScheduler = rt.scheduler;
t0 = performance.now();
const r = await rt.runMain(source, file);
const wall = performance.now() - t0;
if (r.error) console.error(r.error.message);

/** The largest of `xs`, or 0. */
const largest = (xs: number[]): number => xs.reduce((a, b) => Math.max(a, b), 0);
if (summary) {
  console.log(`${largest(times)} ${largest(cpuTimes)} ${largest(ownTimes)}`);
  Deno.exit(0);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
const f = (x: number) => x.toFixed(3);
console.log(`${file}: ${times.length} slices in ${wall.toFixed(0)} ms`);
console.log(
  `  median ${f(at(0.5))} ms, p99 ${f(at(0.99))} ms, p99.9 ${f(at(0.999))} ms, ` +
    `max ${f(times[times.length - 1])} ms`,
);
console.log(
  `  over 0.5 ms: ${long.length}, over 1 ms: ${times.filter((t) => t > 1).length}`,
);
for (const l of long) {
  console.log(
    `  ${f(l.ms)} ms, ending ${l.at.toFixed(1)} ms into the run ` +
      `(${(l.at + t0).toFixed(1)} ms since start)${l.out ? ", switched out by the OS" : ""}` +
      (cpu ? `, ${f(l.cpu)} ms of it on a CPU` : "") + `, ${l.reds} reductions` +
      (l.gc ? ", a collection in it" : ""),
  );
}
if (switches) {
  const kept = long.filter((l) => !l.out).map((l) => l.ms);
  console.log(
    `  longest slice not switched out: ${
      f(Math.max(0, ...kept, times.filter((t) => t <= 1).pop() ?? 0))
    } ms`,
  );
}
if (cpu) {
  console.log(`  longest slice on a CPU: ${f(largest(cpuTimes))} ms`);
  console.log(
    `  longest slice on a CPU with no collection in it: ${f(largest(ownTimes))} ms ` +
      `(${cpuTimes.length - ownTimes.length} slices had one)`,
  );
}
console.log(
  `  scheduler's own longest_slice: ${f(rt.scheduler.longestSlice)} ms`,
);
