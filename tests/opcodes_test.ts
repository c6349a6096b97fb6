/**
 * The instruction set is declared once (lib/compile/opcodes.ts). The VM's switch uses
 * numeric literals for speed, each annotated with the op's name: this checks
 * every literal against the table, and that every op has exactly one case.
 */

import { assert, assertEquals } from "@std/assert";
import { OP, OPCODES } from "../lib/compile/opcodes.ts";
import vmSource from "../lib/vm/vm.ts" with { type: "text" };
import schedulerSource from "../lib/runtime/scheduler.ts" with { type: "text" };
import { Exit } from "../lib/vm/vm.ts";
import { compileSource } from "../lib/runtime/script.ts";
import { disassemble } from "../lib/compile/disasm.ts";

Deno.test("vm.ts: every `case N /* NAME */` matches the opcode table, once per op", () => {
  const seen = new Map<string, number>();
  for (const m of vmSource.matchAll(/case (\d+) \/\* (\w+) \*\//g)) {
    const [, n, name] = m;
    assertEquals(OPCODES[Number(n)]?.name, name, `case ${n} is annotated ${name}`);
    seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  for (const o of OPCODES) assertEquals(seen.get(o.name), 1, `op ${o.name} needs exactly one case`);
});

Deno.test("vm.ts, scheduler.ts: every `N /* Exit.NAME */` is that Exit's number", () => {
  const exits: Record<string, number> = {
    Done: Exit.Done,
    Budget: Exit.Budget,
    Suspended: Exit.Suspended,
    Panicked: Exit.Panicked,
  };
  const seen = new Set<string>();
  for (const source of [vmSource, schedulerSource]) {
    for (const m of source.matchAll(/(\d+) \/\* Exit\.(\w+) \*\//g)) {
      const [, n, name] = m;
      assertEquals(exits[name], Number(n), `${n} is annotated Exit.${name}`);
      seen.add(name);
    }
  }
  // The scheduler's switch has a case for each.
  assertEquals([...seen].sort(), Object.keys(exits).sort());
});

Deno.test("opcodes: numbers come from table order and names are unique", () => {
  assertEquals(new Set(OPCODES.map((o) => o.name)).size, OPCODES.length);
  OPCODES.forEach((o, i) => assertEquals(OP[o.name], i));
});

Deno.test("disassemble() shows names, operands, resolved jumps and source lines", () => {
  const text = disassemble(
    compileSource("fn f (x) -> if lt? (x, 2) then x else f (sub (x, 1))\nf (5)", { file: "d.ld" })
      .proto,
  );
  assert(text.includes("== toplevel (d.ld:1) =="));
  assert(text.includes("== f (d.ld:1) =="));
  assert(/ARITY_EQ\s+1 -> \d{4}/.test(text));
  assert(/JUMP_IF_FALSE\s+-> \d{4}/.test(text));
  assert(text.includes("TAIL_CALL"));
  assert(/^\d{4}\s+2 /m.test(text), "line 2 appears");
});
