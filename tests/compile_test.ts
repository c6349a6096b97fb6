/**
 * The compile goldens: every case in `tests/compile/*.txt` (Lezer's format,
 * read by `_compile_cases.ts`) must disassemble exactly as written, one test
 * step per case. And, as Lua's `code.lua` keeps its code generator honest, every
 * instruction in the opcode table appears in at least one case, so an
 * instruction the compiler stops emitting (or a new one nobody tests) is noticed.
 *
 * After a deliberate compiler change: `deno run -A tools/update_compile_golden.ts`,
 * then read the diff.
 */

import { assert, assertEquals } from "@std/assert";
import { OPCODES } from "../lib/compile/opcodes.ts";
import {
  COMPILE_DIR,
  type CompileCase,
  compileFiles,
  disassembleCase,
  parseCompileCases,
} from "./_compile_cases.ts";
import { permissionsFor, skippedTest } from "./_permissions.ts";

const { canRun, why } = permissionsFor(["read"], "compile_test.ts");
if (!canRun) skippedTest("disassemble() gives the golden text of tests/compile/*.txt", why);

/**
 * Instructions the compiler never emits, each with the reason. Only these may be
 * missing from the goldens.
 */
const NOT_EMITTED: Record<string, string> = {
  NOP: "a placeholder with no effect; the compiler never needs one",
};

/** Every case of every golden file, by file name. */
function allCases(): Map<string, CompileCase[]> {
  const out = new Map<string, CompileCase[]>();
  for (const name of compileFiles()) {
    const text = Deno.readTextFileSync(new URL(name, COMPILE_DIR));
    out.set(name, parseCompileCases(text, name).cases);
  }
  return out;
}

const FILES = canRun ? allCases() : new Map<string, CompileCase[]>();

for (const [file, cases] of FILES) {
  Deno.test(`disassemble() gives the golden text of each case in compile/${file}`, async (t) => {
    const names = new Set<string>();
    for (const c of cases) {
      assert(!names.has(c.name), `${file}:${c.line}: a second case named "${c.name}"`);
      names.add(c.name);
      await t.step(`${c.name} (${file}:${c.line})`, () => {
        assertEquals(disassembleCase(c), c.expected);
      });
    }
  });
}

/** The instruction names in a disassembly (`0012    | NAME  operands`). */
function opsIn(text: string): Set<string> {
  const ops = new Set<string>();
  for (const m of text.matchAll(/^\d{4} +(?:\d+|\|) ([A-Z_]+)/gm)) ops.add(m[1]);
  return ops;
}

Deno.test({
  name: "compile goldens show every instruction the compiler can emit",
  ignore: !canRun,
  fn() {
    // From what the compiler emits now, not the files: after a compiler change
    // this fails before the goldens are rewritten, and still after.
    const seen = new Set<string>();
    for (const cases of FILES.values()) {
      for (const c of cases) for (const op of opsIn(disassembleCase(c))) seen.add(op);
    }
    const names: string[] = OPCODES.map((o) => o.name);
    for (const op of seen) assert(names.includes(op), `the goldens show ${op}, not in OPCODES`);
    const missing = names.filter((n) => !seen.has(n) && !(n in NOT_EMITTED));
    assertEquals(missing, [], `the compiler emits ${missing.join(", ")} for no golden case`);
    const emitted = Object.keys(NOT_EMITTED).filter((n) => seen.has(n));
    assertEquals(emitted, [], `listed as never emitted, but a golden shows ${emitted.join(", ")}`);
    for (const n of Object.keys(NOT_EMITTED)) assert(names.includes(n), `${n} is not an opcode`);
  },
});

Deno.test({
  name: "parseCompileCases() finds cases with a source and a disassembly in every golden file",
  ignore: !canRun,
  fn() {
    // The files are well-formed and not empty: a case with no disassembly, or a
    // file with no cases, is a mistake (update_compile_golden.ts fills them in).
    assert(FILES.size >= 5, `expected the topic files in tests/compile/, found ${FILES.size}`);
    for (const [file, cases] of FILES) {
      assert(cases.length > 0, `compile/${file} has no cases`);
      for (const c of cases) {
        assert(c.source !== "", `${file}:${c.line}: "${c.name}" has no source`);
        assert(
          c.expected.startsWith("== toplevel"),
          `${file}:${c.line}: "${c.name}" has no disassembly`,
        );
      }
    }
  },
});
