/**
 * The fuzzing campaign: run many random cases (token soup, printed syntax
 * trees, mutated example programs) through the whole pipeline and check that
 * each ends in a result or a Ludus error (see `tests/fuzz/check.ts`).
 *
 *     deno task fuzz                                   # 100,000 cases, random seed
 *     deno task fuzz --runs 20000 --seed 7 --only ast  # one generator, fixed seed
 *     deno task fuzz --json                            # a JSON summary as the last line
 *
 * Cases run in child processes (`--jobs`, default one per core, at most 4), in
 * chunks of 1,000 with seeds `seed`, `seed + 1`, …, so a campaign is
 * reproducible from its seed whatever the number of children. Children are
 * separate processes because a case can take the host down: a child that dies
 * (out of memory) or goes silent for `--hang-ms` is reported with the case it
 * was running, and a fresh child carries on with the rest of the chunk.
 * Failures a child can catch are shrunk by fast-check and then by deleting
 * lines, tokens and characters (in the child, as that can crash too).
 * Exits 1 if anything failed.
 *
 * @module
 */

import fc from "fast-check";
import { parseArgs } from "node:util";
import { GENERATORS } from "../tests/fuzz/gen.ts";
import { checkRoundTrip, checkSource, signature } from "../tests/fuzz/check.ts";
import { minimise } from "../tests/fuzz/minimise.ts";

const CHUNK = 1000;

/** One chunk of one generator. */
interface Job {
  id: number;
  gen: string;
  seed: number;
  runs: number;
}

/** A failure. */
interface Failure {
  gen: string;
  seed: number;
  problem: string;
  /** The failing input (shrunk by fast-check when the child could). */
  source: string;
  /** Shrunk further by deletion, when that finished. */
  minimal?: string;
}

/** Lines a child writes (JSON, one per line). */
type FromChild =
  | { type: "case"; source: string }
  | { type: "status"; status: string }
  | { type: "failure"; failure: Failure }
  | { type: "minimal"; index: number; minimal: string }
  | { type: "done"; job: number };

// ---------------------------------------------------------------------------
// Child side

/** The property for one generator: a problem description, or null. */
async function problemOf(gen: string, source: string): Promise<string | null> {
  if (gen === "ast") {
    const p = checkRoundTrip(source);
    if (p) return p;
  }
  return (await checkSource(source)).problem;
}

async function runJob(job: Job, minimiseToo: boolean, post: (m: FromChild) => void) {
  let left = job.runs;
  let seed = job.seed;
  let found = 0;
  while (left > 0) {
    let failed = false;
    let done = 0;
    const details = await fc.check(
      fc.asyncProperty(GENERATORS[job.gen], async (source) => {
        post({ type: "case", source });
        let problem: string | null;
        let status: string;
        if (job.gen === "ast" && (problem = checkRoundTrip(source))) status = "problem";
        else {
          const o = await checkSource(source);
          problem = o.problem;
          status = o.status;
        }
        if (!failed) {
          done++;
          post({ type: "status", status });
          if (problem) failed = true;
        }
        if (problem) throw new Error(problem);
      }),
      { seed, numRuns: left },
    );
    left -= done;
    if (details.failed && details.counterexample) {
      const source = details.counterexample[0] as string;
      const problem = (await problemOf(job.gen, source)) ?? String(details.errorInstance);
      post({ type: "failure", failure: { gen: job.gen, seed, problem, source } });
      if (minimiseToo) {
        const sig = signature(problem);
        const minimal = await minimise(source, async (t) => {
          post({ type: "case", source: t });
          const p = await problemOf(job.gen, t);
          return p !== null && signature(p) === sig;
        }, 2000);
        post({ type: "minimal", index: found, minimal });
      }
      found++;
    }
    seed += 1_000_003; // the rest of the chunk, under another seed
    if (done === 0) break;
  }
  post({ type: "done", job: job.id });
}

async function child(minimiseToo: boolean): Promise<void> {
  const enc = new TextEncoder();
  const out = Deno.stdout;
  const post = (m: FromChild) => {
    const bytes = enc.encode(JSON.stringify(m) + "\n");
    let n = 0;
    while (n < bytes.length) n += out.writeSync(bytes.subarray(n));
  };
  for await (const line of lines(Deno.stdin.readable)) {
    if (line.trim() === "") continue;
    await runJob(JSON.parse(line) as Job, minimiseToo, post);
  }
}

async function* lines(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const dec = new TextDecoder();
  let buf = "";
  for await (const chunk of stream) {
    buf += dec.decode(chunk, { stream: true });
    let i;
    while ((i = buf.indexOf("\n")) >= 0) {
      yield buf.slice(0, i);
      buf = buf.slice(i + 1);
    }
  }
  if (buf) yield buf;
}

// ---------------------------------------------------------------------------
// Parent side

interface Slot {
  proc: Deno.ChildProcess;
  stdin: WritableStreamDefaultWriter<Uint8Array>;
  job: Job | null;
  last: number;
  current: string;
  /** Cases of the current job finished so far. */
  done: number;
  /** Failures this child reported in the current job (for `minimal`). */
  failures: Failure[];
  dead: boolean;
  stderr: string;
}

/** Options of a campaign. */
export interface CampaignOptions {
  runs: number;
  seed: number;
  gens: string[];
  jobs: number;
  hangMs: number;
  minimise: boolean;
  log: (line: string) => void;
}

/** The outcome of a campaign. */
export interface CampaignReport {
  runs: number;
  seed: number;
  seconds: number;
  counts: Record<string, Record<string, number>>;
  failures: Failure[];
}

/** Run a campaign in child processes. */
export async function campaign(opts: CampaignOptions): Promise<CampaignReport> {
  const jobs: Job[] = [];
  opts.gens.forEach((gen, gi) => {
    let left = Math.floor(opts.runs / opts.gens.length) +
      (gi < opts.runs % opts.gens.length ? 1 : 0);
    let k = 0;
    while (left > 0) {
      const n = Math.min(CHUNK, left);
      jobs.push({ id: 0, gen, seed: opts.seed + gi * 100_000 + k, runs: n });
      k++;
      left -= n;
    }
  });
  // interleave the generators, then number the jobs in that order
  jobs.sort((a, b) => (a.seed - opts.seed) % 100_000 - (b.seed - opts.seed) % 100_000);
  jobs.forEach((j, i) => (j.id = i));
  const firstChunks = jobs.length;

  const counts: Record<string, Record<string, number>> = {};
  const failures: Failure[] = [];
  const t0 = performance.now();
  let next = 0;
  let finished = 0;
  const add = (gen: string, status: string) => {
    const g = (counts[gen] ??= {});
    g[status] = (g[status] ?? 0) + 1;
  };
  const enc = new TextEncoder();
  const script = new URL(import.meta.url).pathname;
  const config = new URL("../deno.json", import.meta.url).pathname;
  const slots: Slot[] = [];
  let resolveAll!: () => void;
  const allDone = new Promise<void>((r) => (resolveAll = r));

  const spawn = (): Slot => {
    const args = ["run", "-A", "--config", config, "--v8-flags=--max-old-space-size=2048", script];
    args.push("--child");
    if (opts.minimise) args.push("--minimise-in-child");
    const proc = new Deno.Command(Deno.execPath(), {
      args,
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
      env: { NO_COLOR: "1" },
    }).spawn();
    const slot: Slot = {
      proc,
      stdin: proc.stdin.getWriter(),
      job: null,
      last: performance.now(),
      current: "",
      done: 0,
      failures: [],
      dead: false,
      stderr: "",
    };
    (async () => {
      for await (const line of lines(proc.stdout)) {
        slot.last = performance.now();
        const m = JSON.parse(line) as FromChild;
        if (m.type === "case") slot.current = m.source;
        else if (m.type === "status") {
          slot.done++;
          add(slot.job!.gen, m.status);
        } else if (m.type === "failure") {
          failures.push(m.failure);
          slot.failures.push(m.failure);
        } else if (m.type === "minimal") {
          slot.failures[m.index].minimal = m.minimal;
        } else {
          finished++;
          report();
          dispatch(slot);
        }
      }
    })();
    (async () => {
      const dec = new TextDecoder();
      for await (const chunk of proc.stderr) {
        slot.stderr = (slot.stderr + dec.decode(chunk)).slice(-4000);
      }
    })();
    proc.status.then((st) => {
      if (slot.dead) return;
      slot.dead = true;
      if (slot.job) {
        const why = /out of memory/i.test(slot.stderr)
          ? "the host ran out of memory"
          : `the child exited (code ${st.code}, signal ${st.signal})`;
        const tail = slot.stderr.trim().split("\n").slice(-6).join("\n");
        lost(slot, `${why} on this case\n${tail}`);
      }
    });
    return slot;
  };
  const report = () => {
    const total = Object.values(counts).reduce(
      (s, c) => s + Object.values(c).reduce((a, b) => a + b, 0),
      0,
    );
    const secs = ((performance.now() - t0) / 1000).toFixed(0);
    opts.log(
      `  chunk ${finished}/${jobs.length}: ${total} cases, ${failures.length} failures, ${secs} s`,
    );
  };
  const dispatch = (slot: Slot) => {
    slot.failures = [];
    if (next >= jobs.length) {
      slot.job = null;
      slot.dead = true;
      slot.stdin.close().catch(() => {});
      if (slots.every((s) => s.job === null)) resolveAll();
      return;
    }
    slot.job = jobs[next++];
    slot.done = 0;
    slot.last = performance.now();
    slot.stdin.write(enc.encode(JSON.stringify(slot.job) + "\n"));
  };
  /** A child died or hung on a case: record it, requeue the rest, start another child. */
  const lost = (slot: Slot, why: string) => {
    const job = slot.job!;
    slot.job = null;
    failures.push({ gen: job.gen, seed: job.seed, problem: why, source: slot.current });
    add(job.gen, "problem");
    const left = job.runs - slot.done - 1;
    if (left > 0) {
      jobs.push({ id: jobs.length, gen: job.gen, seed: job.seed + 7_777_777, runs: left });
    }
    finished++;
    opts.log(`  ${why.split("\n")[0]} (${job.gen}, chunk seed ${job.seed}); starting a new child`);
    const fresh = spawn();
    slots[slots.indexOf(slot)] = fresh;
    dispatch(fresh);
  };
  for (let i = 0; i < Math.max(1, Math.min(opts.jobs, firstChunks)); i++) slots.push(spawn());
  for (const s of slots) dispatch(s);
  const watchdog = setInterval(() => {
    for (const s of slots) {
      if (s.job && !s.dead && performance.now() - s.last > opts.hangMs) {
        s.dead = true;
        try {
          s.proc.kill("SIGKILL");
        } catch { /* already gone */ }
        lost(s, `no answer for ${opts.hangMs} ms: the case hangs the host`);
      }
    }
  }, 500);
  await allDone;
  clearInterval(watchdog);
  return {
    runs: opts.runs,
    seed: opts.seed,
    seconds: (performance.now() - t0) / 1000,
    counts,
    failures,
  };
}

function printReport(r: CampaignReport, log: (s: string) => void): void {
  log(`\n${r.runs} cases in ${r.seconds.toFixed(1)} s (seed ${r.seed})`);
  const kinds = ["ok", "syntax", "validation", "panic", "deadlock", "limit", "import", "problem"];
  log(["generator", ...kinds].map((k) => k.padStart(11)).join(""));
  for (const [gen, c] of Object.entries(r.counts)) {
    log([gen, ...kinds.map((k) => String(c[k] ?? 0))].map((k) => k.padStart(11)).join(""));
  }
  const groups = new Map<string, Failure[]>();
  for (const f of r.failures) {
    const key = `${f.gen}: ${signature(f.problem)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(f);
  }
  log(`\n${r.failures.length} failures, ${groups.size} distinct`);
  for (const [key, fs] of groups) {
    const f = fs.find((x) => x.minimal !== undefined) ?? fs[0];
    log(`\n=== ${key} (${fs.length}x, chunk seed ${f.seed})`);
    log(f.problem.split("\n").slice(0, 12).join("\n"));
    if (f.minimal !== undefined) log(`--- minimal input:\n${f.minimal}`);
    else log(`--- input:\n${f.source}`);
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      runs: { type: "string", default: "100000" },
      seed: { type: "string" },
      jobs: { type: "string" },
      only: { type: "string" },
      "hang-ms": { type: "string", default: "12000" },
      "no-minimise": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      child: { type: "boolean", default: false },
      "minimise-in-child": { type: "boolean", default: false },
    },
  });
  if (values.child) {
    await child(values["minimise-in-child"]);
    return 0;
  }
  const gens = values.only ? values.only.split(",") : Object.keys(GENERATORS);
  for (const g of gens) if (!(g in GENERATORS)) throw new Error(`no generator ${g}`);
  const opts: CampaignOptions = {
    runs: Number(values.runs),
    seed: values.seed !== undefined ? Number(values.seed) : Date.now() % 1_000_000_000,
    gens,
    jobs: Number(values.jobs ?? Math.min(4, navigator.hardwareConcurrency || 1)),
    hangMs: Number(values["hang-ms"]),
    minimise: !values["no-minimise"],
    // progress goes to stderr with --json, so that stdout is the summary alone
    log: values.json ? (s) => console.error(s) : (s) => console.log(s),
  };
  opts.log(
    `fuzzing: ${opts.runs} cases (${
      gens.join(", ")
    }), seed ${opts.seed}, ${opts.jobs} child process(es)`,
  );
  const r = await campaign(opts);
  printReport(r, opts.log);
  if (values.json) console.log(JSON.stringify(r));
  return r.failures.length > 0 ? 1 : 0;
}

if (import.meta.main) Deno.exit(await main());
