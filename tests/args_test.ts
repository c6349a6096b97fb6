/**
 * Command-line parsing (lib/host/_args.ts): arguments without options take a fast
 * path that must give exactly what `node:util`'s parser gives.
 */

import fc from "fast-check";
import { assert, assertEquals } from "@std/assert";
import { parseArgs as nodeParseArgs } from "node:util";
import { type OptionSpec, parseArgs } from "../lib/host/_args.ts";

const OPTIONS: Record<string, OptionSpec> = {
  json: { type: "boolean" },
  budget: { type: "string" },
  help: { type: "boolean", short: "h" },
};

function viaNode(args: string[]) {
  const { values, positionals } = nodeParseArgs({
    args,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  return { values: { ...values }, positionals };
}

Deno.test("arguments with no options parse as node:util parses them", async () => {
  const positional = fc.oneof(
    fc.constant("-"),
    fc.string({ minLength: 1 }).filter((s) => !s.startsWith("-")),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(positional, { maxLength: 6 }), async (args) => {
      assertEquals(await parseArgs(args, OPTIONS), viaNode(args));
    }),
    { numRuns: 200 },
  );
});

Deno.test("options go through node:util: values, short forms, unknown options", async () => {
  const args = ["--json", "-h", "--budget", "50", "x.ld", "-"];
  const parsed = await parseArgs(args, OPTIONS);
  assertEquals({ ...parsed.values }, { json: true, help: true, budget: "50" });
  assertEquals(parsed.positionals, ["x.ld", "-"]);
  const err = await parseArgs(["--nope", "x.ld"], OPTIONS).then(() => null, (e) => e);
  assert(err instanceof TypeError, `expected a TypeError, got ${err}`);
});
