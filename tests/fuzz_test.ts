/**
 * Fuzz tests, part of `deno task test` (the big campaign is `deno task fuzz`;
 * see docs/notes/robustness.md):
 *
 * - printed random syntax trees parse back to themselves (in this process);
 * - 3,000 cases (token soup, printed syntax trees, mutated example programs)
 *   through lexer, parser, validator, compiler and VM: each must end in a result
 *   or a Ludus error. They run through `tools/fuzz.ts` in child processes,
 *   because a failing case can hang the host or take it down (out of memory);
 * - the regression cases of `tests/fuzz/hangs.txt` (inputs that hung or crashed
 *   the host), each in a process of its own with a deadline.
 *
 * Seeds are fixed, so a run here is reproducible; `deno task fuzz` explores with
 * fresh seeds. Fuzz failures that do not hang go to `tests/cases/regressions.txt`.
 */

import fc from "fast-check";
import { assert } from "@std/assert";
import { DEEPEST_NEST, deepNests, wellFormedSource } from "./fuzz/gen.ts";
import { checkRoundTrip, checkSource, type Outcome } from "./fuzz/check.ts";
import { type Case, parseCases } from "./_harness.ts";
import hangs from "./fuzz/hangs.txt" with { type: "text" };
import { runDeno } from "./_run.ts";
import { permissionsFor } from "./_permissions.ts";

const CONFIG = new URL("../deno.json", import.meta.url).pathname;
const FUZZ = new URL("../tools/fuzz.ts", import.meta.url).pathname;
const RUN_CASE = new URL("./fuzz/run_case.ts", import.meta.url).pathname;
// The cases run in child processes: without --allow-run those tests are skipped.
const { canRun } = permissionsFor(["run"], "fuzz_test.ts (its child-process tests)");

Deno.test("fuzz: printed syntax trees parse back to themselves", () => {
  fc.assert(
    fc.property(wellFormedSource, (source) => {
      const problem = checkRoundTrip(source);
      if (problem) throw new Error(`${problem}\n--- source:\n${source}`);
    }),
    { numRuns: 1000, seed: 2 },
  );
});

Deno.test("fuzz: the deepest nest of each form prints and ends in a result or a Ludus error", async () => {
  // The printer once overflowed the JS stack on `do` nested 1,050 deep (seed 102511).
  for (const [name, source] of deepNests(DEEPEST_NEST)) {
    const outcome = await checkSource(source);
    assert(outcome.status !== "problem", `${name}: ${outcome.problem}`);
  }
});

interface Report {
  runs: number;
  seconds: number;
  counts: Record<string, Record<string, number>>;
  failures: { gen: string; seed: number; problem: string; source: string }[];
}

Deno.test({
  name: "fuzz: 3,000 random programs end in a result or a Ludus error",
  ignore: !canRun,
}, async () => {
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "--config",
      CONFIG,
      FUZZ,
      "--runs",
      "3000",
      "--seed",
      "1",
      "--jobs",
      "2",
      "--hang-ms",
      "12000",
      "--no-minimise",
      "--json",
    ],
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  const stdout = new TextDecoder().decode(out.stdout).trim();
  const stderr = new TextDecoder().decode(out.stderr);
  const last = stdout.split("\n").pop() ?? "";
  assert(last.startsWith("{"), `tools/fuzz.ts gave no summary:\n${stdout}\n${stderr}`);
  const r = JSON.parse(last) as Report;
  if (r.failures.length > 0) {
    // stderr holds the readable report (with shrunk counterexamples)
    throw new Error(
      `${r.failures.length} fuzz failures:\n${stderr.split("\n\n").slice(1).join("\n\n")}`,
    );
  }
  // A guard against a generator that quietly stops exercising the VM: most
  // printed trees get past the validator and run, and many succeed.
  const ast = r.counts.ast ?? {};
  const total = Object.values(ast).reduce((a, b) => a + b, 0);
  const ran = (ast.ok ?? 0) + (ast.panic ?? 0) + (ast.deadlock ?? 0) + (ast.limit ?? 0);
  assert(total === 1000, `expected 1000 tree cases, got ${total}`);
  assert(ran >= 900, `only ${ran} of ${total} printed trees ran: ${JSON.stringify(ast)}`);
  assert((ast.ok ?? 0) >= 300, `only ${ast.ok ?? 0} of ${total} printed trees succeeded`);
});

/** Run one case in its own process (no wall-clock timeout, 200,000 reductions, 2 GB heap, 15 s deadline). */
async function runIsolated(c: Case): Promise<string | null> {
  const out = await runDeno(
    [
      "run",
      "-A",
      "--config",
      CONFIG,
      "--v8-flags=--max-old-space-size=2048",
      RUN_CASE,
      "--no-timeout",
    ],
    { stdin: c.source, killAfterMs: 15_000 },
  );
  const text = out.stdout.trim();
  if (out.code !== 0 || !text.startsWith("{")) {
    const err = out.stderr;
    const why = out.signal === "SIGKILL"
      ? "it did not end within 15 s"
      : /out of memory/i.test(err)
      ? "the host ran out of memory"
      : `the process failed (code ${out.code}, signal ${out.signal})`;
    return why;
  }
  const o = JSON.parse(text) as Outcome;
  if (o.problem) return o.problem;
  const exp = c.expect;
  if (exp === "(ends)") return null;
  if (exp.startsWith("panic:") || exp.startsWith("error:")) {
    const want = exp.slice(exp.indexOf(":") + 1).trim();
    if (o.status === "ok") return `expected an error containing "${want}", got ${o.result}`;
    if (exp.startsWith("panic:") && o.status !== "panic") {
      return `expected a panic, got a ${o.status} error: ${o.message}`;
    }
    if (!o.message?.includes(want)) {
      return `expected an error containing "${want}", got: ${o.message}`;
    }
    return null;
  }
  if (o.status !== "ok") return `expected ${exp}, got ${o.status} error: ${o.message}`;
  return o.result === exp ? null : `expected ${exp}, got ${o.result}`;
}

Deno.test({
  name: "fuzz: inputs that hung or crashed the host now end (tests/fuzz/hangs.txt)",
  ignore: !canRun,
}, async () => {
  const cases = parseCases(hangs);
  // two at a time: more would make slow cases slower and the deadline unfair
  const problems: (string | null)[] = [];
  let next = 0;
  const lane = async () => {
    while (next < cases.length) {
      const i = next++;
      problems[i] = await runIsolated(cases[i]);
    }
  };
  await Promise.all([lane(), lane()]);
  const failures = cases
    .map((c, i) => (problems[i] ? `hangs.txt:${c.line} "${c.name}": ${problems[i]}` : null))
    .filter((x) => x !== null);
  if (failures.length > 0) throw new Error(failures.join("\n"));
});
