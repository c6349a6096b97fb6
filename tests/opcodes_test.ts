/**
 * The instruction set is declared once (lib/compile/opcodes.ts); tools/gen_ops.ts
 * writes what the VM takes from it (the switch's literal case labels, the
 * cases of the NUMERIC instructions, numericCall, the Exit literals). This
 * checks that what it wrote is current, that every op has exactly one case,
 * and what the table gives the compiler and the prelude.
 */

import { assert, assertEquals } from "@std/assert";
import {
  FAST_OPS,
  NUMERIC,
  numericCode,
  OP,
  OPCODES,
  type OpName,
} from "../lib/compile/opcodes.ts";
import { FnProto } from "../lib/compile/chunk.ts";
import vmSource from "../lib/vm/vm.ts" with { type: "text" };
import schedulerSource from "../lib/runtime/scheduler.ts" with { type: "text" };
import { generate } from "../tools/gen_ops.ts";
import { compileSource } from "../lib/runtime/script.ts";
import { disassemble } from "../lib/compile/disasm.ts";
import { buildPrelude } from "../lib/runtime/prelude.ts";
import { PRELUDE_IMAGE_JSON } from "../lib/runtime/prelude_image.ts";
import { Closure } from "../lib/vm/callables.ts";
import { permissionsFor } from "./_permissions.ts";
import { runDeno } from "./_run.ts";
import { parseCases } from "./_harness.ts";

Deno.test("gen_ops: vm.ts and scheduler.ts are what tools/gen_ops.ts writes (else run it)", () => {
  const files = { "lib/vm/vm.ts": vmSource, "lib/runtime/scheduler.ts": schedulerSource };
  const { texts, stale } = generate(files);
  assertEquals(stale, []);
  assertEquals(texts, files);
});

const { canRun, why } = permissionsFor(["run", "read"]);
Deno.test({
  name: `gen_ops --check: exit 0 and one line when all is current${canRun ? "" : ` (${why})`}`,
  ignore: !canRun,
  async fn() {
    const r = await runDeno(["run", "-A", "tools/gen_ops.ts", "--check"], {
      cwd: new URL("../", import.meta.url).pathname,
    });
    assertEquals([r.code, r.stderr], [0, ""]);
    assertEquals(r.stdout.trimEnd().split("\n").length, 1, r.stdout);
  },
});

Deno.test("vm.ts: every op has exactly one `case N /* NAME */`, N its opcode", () => {
  const seen = new Map<string, number>();
  for (const [, n, name] of vmSource.matchAll(/case (\d+) \/\* ([A-Z][A-Z0-9_]*) \*\//g)) {
    assertEquals(OPCODES[Number(n)]?.name, name, `case ${n} is annotated ${name}`);
    seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  for (const o of OPCODES) assertEquals(seen.get(o.name), 1, `op ${o.name} needs exactly one case`);
});

Deno.test("scheduler.ts: its switch on why run returned has a case for each Exit", () => {
  const cases = [...schedulerSource.matchAll(/case \d+ \/\* Exit\.(\w+) \*\//g)].map((m) => m[1]);
  assertEquals(cases.sort(), ["Budget", "Done", "Panicked", "Suspended"]);
});

Deno.test("opcodes: numbers come from table order, names are unique, OP knows no other name", () => {
  assertEquals(new Set(OPCODES.map((o) => o.name)).size, OPCODES.length);
  OPCODES.forEach((o, i) => assertEquals(OP[o.name], i));
  assertEquals(Object.keys(OP).length, OPCODES.length);
  // @ts-expect-error: there is no CALLL, and the type of OP says so
  assertEquals(OP.CALLL, undefined);
  const name: OpName = "ADD_SK";
  assertEquals(OPCODES[OP[name]].operands, ["s", "k", "k"]);
});

Deno.test("opcodes: NUMERIC gives the fast ops, their forms, and the prelude's numeric codes", () => {
  for (const [i, e] of NUMERIC.entries()) {
    assertEquals(numericCode(e.fn), i + 1);
    if (!("op" in e)) {
      assertEquals(FAST_OPS.get(e.fn), undefined, e.fn);
      continue;
    }
    const fast = FAST_OPS.get(e.fn)!;
    assertEquals([OPCODES[fast.op].name, fast.argc], [e.op, e.args], e.fn);
  }
  assertEquals(numericCode("map"), 0);
  const names = (fn: string) => {
    const f = FAST_OPS.get(fn)!;
    return [f.op, f.s, f.ss, f.sk, f.ssJf, f.skJf].map((x) =>
      x === undefined ? "-" : OPCODES[x].name
    );
  };
  assertEquals(names("add"), ["ADD", "-", "ADD_SS", "ADD_SK", "-", "-"]);
  assertEquals(names("dec"), ["DEC", "DEC_S", "-", "-", "-", "-"]);
  assertEquals(names("lt?"), ["LT", "-", "-", "-", "LT_SS_JF", "LT_SK_JF"]);
  assertEquals(names("div"), ["DIV", "-", "-", "-", "-", "-"]);
  assertEquals(names("send!"), names("send"));
});

Deno.test("FnProto.numeric: set on the prelude's NUMERIC functions alone, from source and image", () => {
  for (const built of [buildPrelude(null), buildPrelude(JSON.parse(PRELUDE_IMAGE_JSON))]) {
    const numeric = new Map<FnProto, string>();
    const walk = (p: FnProto) => {
      if (p.numeric !== 0) numeric.set(p, p.name ?? "");
      for (const c of p.chunk.consts) if (c instanceof FnProto) walk(c);
    };
    for (const part of built.parts) walk(part.main);
    const want = new Map<FnProto, string>();
    for (const e of NUMERIC) {
      const f = built.values.get(e.fn);
      assert(f instanceof Closure, e.fn);
      assertEquals(f.proto.numeric, numericCode(e.fn), e.fn);
      want.set(f.proto, e.fn);
    }
    assertEquals(numeric, want);
  }
  // A function of a program named like one is a plain function.
  const user = compileSource("fn add (x, y) -> x\nadd").proto.chunk.consts
    .flatMap((c: unknown) => c instanceof FnProto ? [[c.name, c.numeric]] : []);
  assertEquals(user, [["add", 0]]);
});

/**
 * Walk a function's code with the declared stack effects (Wren keeps its
 * `stackEffects` for the same reason): every path must reach an instruction at
 * one height (relative to the frame base), never below 0, and every slot
 * operand must lie under it. The height is unknown at the start (the argument
 * count) and at a clause's start (ARITY_EQ, ARITY_MIN) it is that count, which
 * differs from call to call: joins there, at TRUNCATE (which sets the height)
 * and at FAIL_* (which ends the call) may differ. Returns what is wrong.
 */
function checkHeights(p: FnProto): string[] {
  const code = p.chunk.code;
  const where = (ip: number) => `${p.name ?? "fn"}@${String(ip).padStart(4, "0")}`;
  const problems: string[] = [];
  const seen = new Map<number, Set<number | null>>();
  const work: [number, number | null][] = [];
  const reach = (ip: number, h: number | null, from: number) => {
    if (h !== null && (h < 0 || h > 10_000)) {
      problems.push(`${where(from)}: height ${h}`);
      return;
    }
    let hs = seen.get(ip);
    if (hs === undefined) seen.set(ip, hs = new Set());
    if (hs.has(h)) return;
    const free = [OP.TRUNCATE, OP.ARITY_EQ, OP.ARITY_MIN].includes(code[ip]) ||
      OPCODES[code[ip]].name.startsWith("FAIL_");
    for (const k of hs) {
      if (!free && h !== null && k !== null) problems.push(`${where(ip)}: height ${k} or ${h}`);
    }
    hs.add(h);
    work.push([ip, h]);
  };
  reach(0, null, 0);
  while (work.length > 0 && problems.length === 0) {
    const [ip, h] = work.pop()!;
    const o = OPCODES[code[ip]];
    const w = o.operands.length;
    const operand = (kind: string) => code[ip + 1 + o.operands.indexOf(kind as never)];
    const n = o.operands.includes("n") ? operand("n") : 0;
    const s = o.operands.includes("s") ? operand("s") : 0;
    o.operands.forEach((kind, k) => {
      const slot = code[ip + 1 + k];
      if (kind === "s" && h !== null && !(o.name === "TRUNCATE" ? slot <= h : slot < h)) {
        problems.push(`${where(ip)} ${o.name}: slot ${slot} at height ${h}`);
      }
    });
    const e = o.stack;
    if (e === "end") continue;
    const moved = typeof e === "number"
      ? e
      : { "1-n": 1 - n, "1-2n": 1 - 2 * n, "-n": -n, pkg: n < 0 ? 0 : 1 - 2 * n }[e as string];
    const set = { "=s": s, "=s+1": s + 1, "=s+n": s + n, "=1": 1, "=argc": null }[e as string];
    const after = moved !== undefined ? (h === null ? null : h + moved) : set ?? null;
    const next = ip + 1 + w;
    const target = o.operands.includes("j") ? operand("j") : -1;
    if ((o.name === "ARITY_EQ" || o.name === "ARITY_MIN") && h !== null) {
      // At a clause's start the height is the argument count: a known one decides.
      reach((o.name === "ARITY_EQ" ? h === n : h >= n) ? next : target, h, ip);
    } else if (o.name === "ARITY_EQ") {
      reach(next, n, ip);
      reach(target, null, ip);
    } else if (o.name.endsWith("_JF")) {
      // With the JUMP_IF_FALSE after it, whose target it shares.
      assertEquals([code[next], code[next + 1]], [OP.JUMP_IF_FALSE, target], where(ip));
      reach(next + 2, after, ip);
      reach(target, after, ip);
    } else {
      if (target >= 0) reach(target, o.name === "PUSH_KEY" ? h : after, ip);
      if (![OP.JUMP, OP.RECUR, OP.RECV_SKIP].includes(code[ip])) reach(next, after, ip);
    }
  }
  return problems;
}

/** A function and every function in its constants. */
function protosOf(main: FnProto): FnProto[] {
  const out = new Set<FnProto>();
  const walk = (p: FnProto) => {
    if (out.has(p)) return;
    out.add(p);
    for (const c of p.chunk.consts) if (c instanceof FnProto) walk(c);
  };
  walk(main);
  return [...out];
}

/**
 * Most instructions inside one branch of an `if` whose value is used: a wrong
 * stack effect then makes the branches meet at two heights.
 */
const BRANCHES = `
fn f (x) -> x
fn probe (c, a, b, xs, d) -> {
  let me = self ()
  let r = [
    if c then d :a else 0
    if c then :a (d) else 0
    if c then (a, b) else 0
    if c then [a, b] else 0
    if c then [a, ...xs] else 0
    if c then \${a, b} else 0
    if c then \${a, ...xs} else 0
    if c then #{:a a} else 0
    if c then #{:a a, ...d} else 0
    if c then "{a} and {b}" else 0
    if c then add (f (a), 1) else 0
    if c then add (a, b) else 0
    if c then add (a, 1) else 0
    if c then inc (f (a)) else 0
    if c then inc (a) else 0
    if c then div (f (a), 2) else 0
    if c then eq? (f (a), 2) else 0
    if c then if lt? (a, b) then 1 else 2 else 0
    if c then if lt? (a, 1) then 1 else 2 else 0
    if c then if eq? (a, b) then 1 else 2 else 0
    if c then if gt? (a, b) then 1 else 2 else 0
    if c then if lte? (a, b) then 1 else 2 else 0
    if c then if lte? (a, 1) then 1 else 2 else 0
    if c then if gte? (a, b) then 1 else 2 else 0
    if c then if gte? (a, 1) then 1 else 2 else 0
    if c then sub (a, b) else 0
    if c then f (a) else 0
    if c then f (_) else 0
    if c then do a > f else 0
    if c then send! (me, a) else 0
    if c then self () else 0
    if c then spawn! (fn () -> a) else 0
    if c then append (xs, a) else 0
    if c then { let g = add; g (a, b) } else 0
    if c then match a with { (x, y) -> x; [x, ...ys] -> ys; #{:k k, ...rest} -> rest; 1 -> 1; x as :number -> x; _ -> 0 } else 0
    if c then match a with { (x, ...ys) -> x; [x, y] -> y } else 0
    if c then receive { (:m, x) -> x; y -> y } else 0
    if c then loop (a, 0) with { (0, acc) -> acc; (n, acc) -> recur (dec (n), add (acc, n)) } else 0
    if c then repeat a { f (1) } else 0
    if c then { let (x, y) = a; x } else 0
    if c then { let z = fn () -> w; let w = 1; add (z (), w) } else 0
    if c then when { eq? (a, 1) -> 1; lt? (a, 1) -> 2 } else 0
    if c then panic! ("no") else 0
  ]
  r
}
fn many {
  (x) -> x
  (x, y, ...zs) -> zs
}
box bx = 1
pkg P { f }
probe
`;

const canRead = permissionsFor(["read"]).canRun;
Deno.test("opcodes: the declared stack effects fit the code of the prelude, the examples and the cases", () => {
  const protos = buildPrelude(null).parts.flatMap((part) => protosOf(part.main));
  /** The texts of the files in `dir` (from the repository root) whose names end with `ext`. */
  const texts = (dir: string, ext: string) =>
    [...Deno.readDirSync(new URL(`../${dir}/`, import.meta.url))]
      .filter((e) => e.name.endsWith(ext))
      .map((e) => Deno.readTextFileSync(new URL(`../${dir}/${e.name}`, import.meta.url)));
  const sources = [
    BRANCHES,
    ...canRead
      ? [...texts("tests/cases", ".txt").flatMap((t) => parseCases(t).map((c) => c.source))]
      : [],
    ...canRead ? texts("examples", ".ld") : [],
  ];
  for (const source of sources) {
    try {
      protos.push(...protosOf(compileSource(source, { file: "t.ld" }).proto));
    } catch {
      // (a case of a compile error)
    }
  }
  assert(protos.length > (canRead ? 400 : 150), `${protos.length} functions`);
  assertEquals(protos.flatMap(checkHeights), []);
  // Every instruction was seen, but those only a module (IMPORT) or test mode (TEST) has.
  const seen = new Set<string>();
  for (const p of protos) {
    for (
      let ip = 0;
      ip < p.chunk.code.length;
      ip += 1 + OPCODES[p.chunk.code[ip]].operands.length
    ) {
      seen.add(OPCODES[p.chunk.code[ip]].name);
    }
  }
  const unseen = OPCODES.map((o) => o.name).filter((name) => !seen.has(name));
  assertEquals(unseen, canRead ? ["NOP", "IMPORT", "TEST"] : unseen);
});

Deno.test("disassemble() shows names, operands, resolved jumps and source lines", () => {
  const text = disassemble(
    compileSource("fn f (x) -> if lt? (x, 2) then x else f (sub (x, 1))\nf (5)", { file: "d.ld" })
      .proto,
  );
  assert(text.includes("== toplevel (d.ld:1) =="));
  assert(text.includes("== f (d.ld:1) =="));
  assert(/ARITY_EQ\s+1 -> \d{4}/.test(text));
  assert(/LT_SK_JF\s+s0 \d+ \(2\) \d+ \(fn lt\?\) -> \d{4}/.test(text), text);
  assert(/JUMP_IF_FALSE\s+-> \d{4}/.test(text));
  assert(text.includes("TAIL_CALL"));
  assert(/^\d{4}\s+2 /m.test(text), "line 2 appears");
});
