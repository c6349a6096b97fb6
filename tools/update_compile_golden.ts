/**
 * Rewrite the expected disassembly of every case in `tests/compile/*.txt` (or
 * of the files named) from the current compiler, keeping names, options and
 * sources. After a deliberate compiler change this is the one command; then read
 * the diff before committing: each case is a claim about what the compiler emits.
 *
 *     deno run -A tools/update_compile_golden.ts [FILE.txt ...]
 *
 * @module
 */

import {
  COMPILE_DIR,
  compileFiles,
  disassembleCase,
  formatCompileCases,
  parseCompileCases,
} from "../tests/_compile_cases.ts";

const names = Deno.args.length > 0 ? Deno.args.map((a) => a.replace(/^.*\//, "")) : compileFiles();
for (const name of names) {
  const url = new URL(name, COMPILE_DIR);
  const text = Deno.readTextFileSync(url);
  const file = parseCompileCases(text, name);
  let changed = 0;
  for (const c of file.cases) {
    let got: string;
    try {
      got = disassembleCase(c);
    } catch (e) {
      throw new Error(`${name}:${c.line} "${c.name}" does not compile: ${e}`);
    }
    if (got !== c.expected) changed++;
    c.expected = got;
  }
  const out = formatCompileCases(file);
  if (out !== text) Deno.writeTextFileSync(url, out);
  console.log(`${name}: ${file.cases.length} cases, ${changed} rewritten`);
}
