/**
 * The disassembler: a compiled function as text, one instruction per line with
 * its offset, source line (`|` when it repeats, as clox prints it), name and
 * operands, and constants shown by value. It is driven by the operand kinds in
 * `opcodes.ts`, so it cannot drift from the instruction set. Nested functions are
 * listed after the function that makes them.
 *
 * @module
 */

import { FnProto } from "./chunk.ts";
import { OPCODES } from "./opcodes.ts";
import { show } from "../values/show.ts";
import type { Value } from "../values/values.ts";

function constText(v: unknown): string {
  if (v instanceof FnProto) return `<fn ${v.name ?? "anonymous"}>`;
  if (Array.isArray(v)) return `[${v.map((x) => show(x as Value)).join(", ")}]`;
  const s = show(v as Value);
  return s.length > 40 ? s.slice(0, 40) + "…" : s;
}

/**
 * Disassemble a function and every function nested in it.
 *
 * @example Usage
 * ```ts
 * import { compileSource } from "../runtime/script.ts";
 * import { disassemble } from "./disasm.ts";
 * const text = disassemble(compileSource("add (1, 2)").proto);
 * console.assert(text.includes("ADD"));
 * ```
 */
export function disassemble(proto: FnProto): string {
  const out: string[] = [];
  const queue: FnProto[] = [proto];
  const seen = new Set<FnProto>();
  while (queue.length > 0) {
    const p = queue.shift()!;
    if (seen.has(p)) continue;
    seen.add(p);
    out.push(disassembleOne(p, queue));
    out.push("");
  }
  return out.join("\n").trimEnd() + "\n";
}

function disassembleOne(p: FnProto, nested: FnProto[]): string {
  const chunk = p.chunk;
  const code = chunk.code;
  const start = chunk.source.position(p.span.start).line;
  const name = p.name ?? (p.clauses.length === 0 ? "toplevel" : "fn anonymous");
  const lines = [`== ${name} (${chunk.source.name}:${start}) ==`];
  if (p.captures.length > 0) {
    const caps: string[] = [];
    for (let i = 0; i < p.captures.length; i += 2) {
      caps.push(p.captures[i] === 0 ? `slot ${p.captures[i + 1]}` : `capture ${p.captures[i + 1]}`);
    }
    lines.push(`   captures: ${caps.join(", ")}`);
  }
  let lastLine = -1;
  let ip = 0;
  while (ip < code.length) {
    const info = OPCODES[code[ip]];
    const line = chunk.positionAt(ip).line;
    const lineText = line === lastLine ? "   |" : String(line).padStart(4);
    lastLine = line;
    if (!info) {
      lines.push(`${String(ip).padStart(4, "0")} ${lineText} ??? ${code[ip]}`);
      ip++;
      continue;
    }
    const parts: string[] = [];
    for (let k = 0; k < info.operands.length; k++) {
      const kind = info.operands[k];
      const x = code[ip + 1 + k];
      switch (kind) {
        case "k": {
          const v = chunk.consts[x];
          if (v instanceof FnProto) nested.push(v);
          parts.push(`${x} (${constText(v)})`);
          break;
        }
        case "j":
          parts.push(`-> ${String(x).padStart(4, "0")}`);
          break;
        case "s":
          parts.push(`s${x}`);
          break;
        case "g":
          parts.push(`g${x}`);
          break;
        case "c":
          parts.push(`c${x}`);
          break;
        default:
          parts.push(String(x));
      }
    }
    lines.push(
      `${String(ip).padStart(4, "0")} ${lineText} ${info.name.padEnd(17)} ${parts.join(" ")}`
        .trimEnd(),
    );
    ip += 1 + info.operands.length;
  }
  return lines.join("\n");
}
