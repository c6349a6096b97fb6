/**
 * Compare the run time of a Ludus program on the working tree against a git
 * revision (HEAD by default): both copies of `lib/` are loaded side by side,
 * alternating, so the machine's noise falls on both alike. Only the run is
 * timed (`Runtime.runMain`), not start-up. Prints the medians and the median
 * of the paired ratios (working tree / revision), which noise moves less.
 *
 *     deno run -A tools/compare.ts ../shared/bench/ludus/ring.ld 21
 *     deno run -A tools/compare.ts --rev HEAD~3 ../shared/bench/ludus/spawn.ld 21
 *
 * Each run is a fresh `deno` process by default (what a user's run pays: cold
 * code, first collections). With `--warm` both run in this one process instead,
 * 3 pairs not counted first: the steady state of a long run (each copy has its
 * own compiled code and type feedback).
 *
 * With `--once DIR FILE` it is the child: one run of FILE with `DIR/lib`, its
 * time in ms on stdout.
 *
 * @module
 */

import { median } from "./_stats.ts";

const args = [...Deno.args];

/** The Runtime class of the tree at `dir`. */
// deno-lint-ignore no-explicit-any
async function runtimeOf(dir: string): Promise<any> {
  return (await import(`file://${dir}/lib/runtime/runtime.ts`)).Runtime;
}

/** One run of `source`, in ms. */
// deno-lint-ignore no-explicit-any
async function once(Runtime: any, source: string): Promise<number> {
  const rt = new Runtime({ host: { print: () => {}, report: () => {} } });
  const t0 = performance.now();
  await rt.runMain(source);
  return performance.now() - t0;
}

if (args[0] === "--once") {
  const source = Deno.readTextFileSync(args[2]);
  console.log((await once(await runtimeOf(args[1]), source)).toFixed(2));
  Deno.exit(0);
}

/** Take the option `name` (and its value, if `withValue`) out of the arguments. */
function option(name: string, withValue: boolean): string | boolean {
  const i = args.indexOf(name);
  if (i < 0) return false;
  return withValue ? args.splice(i, 2)[1] : args.splice(i, 1).length > 0;
}
const warm = option("--warm", false) as boolean;
const rev = (option("--rev", true) || "HEAD") as string;
const [file, runsText] = args;
const runs = Number(runsText ?? 15);
if (!file || !(runs > 0)) {
  console.error("usage: deno run -A tools/compare.ts [--warm] [--rev REV] FILE.ld [RUNS]");
  Deno.exit(2);
}

// The revision's tree, as files in a temporary folder.
const here = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const there = Deno.makeTempDirSync({ prefix: "ludus-compare-" });
addEventListener("unload", () => Deno.removeSync(there, { recursive: true }));
const archive = new Deno.Command("sh", {
  args: ["-c", `git -C "${here}" archive "${rev}" lib std web | tar -x -C "${there}"`],
}).outputSync();
if (!archive.success) {
  console.error(new TextDecoder().decode(archive.stderr));
  Deno.exit(1);
}

const source = Deno.readTextFileSync(file);
/** One timed run of the tree at `dir`. */
let time: (dir: string) => Promise<number>;
if (warm) {
  const runtimes = new Map([[here, await runtimeOf(here)], [there, await runtimeOf(there)]]);
  time = (dir) => once(runtimes.get(dir), source);
  for (let i = 0; i < 3; i++) for (const dir of [here, there]) await time(dir);
} else {
  const self = new URL(import.meta.url).pathname;
  time = (dir) => {
    const out = new Deno.Command(Deno.execPath(), { args: ["run", "-A", self, "--once", dir, file] })
      .outputSync();
    return Promise.resolve(Number(new TextDecoder().decode(out.stdout)));
  };
}

const mine: number[] = [], theirs: number[] = [], ratios: number[] = [];
for (let i = 0; i < runs; i++) {
  // Which goes first alternates too.
  let m: number, t: number;
  if (i % 2 === 0) {
    m = await time(here);
    t = await time(there);
  } else {
    t = await time(there);
    m = await time(here);
  }
  mine.push(m);
  theirs.push(t);
  ratios.push(m / t);
}
console.log(
  `${file}, ${runs} ${warm ? "warm runs in one process" : "fresh processes"} each: ` +
    `working tree ${median(mine).toFixed(1)} ms, ${rev} ${median(theirs).toFixed(1)} ms; ` +
    `paired ratio ${median(ratios).toFixed(3)}`,
);
