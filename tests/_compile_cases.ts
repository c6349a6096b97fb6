/**
 * The compile goldens (`tests/compile/*.txt`): reading and writing them, and
 * disassembling a case. A file holds cases in Lezer's test format:
 *
 * ```
 * # name {"testMode": true}      (the options are optional: JSON for compileSource)
 * Ludus source lines
 * ==>
 * the disassembly
 * ```
 *
 * Text before the first `# ` line is a header, kept as it is. A case's
 * disassembly runs to the next `# ` line; blank lines around it do not count.
 * `tests/compile_test.ts` checks every case; `tools/update_compile_golden.ts`
 * rewrites the expected parts from the current compiler.
 *
 * @module
 */

import { disassemble } from "../lib/compile/disasm.ts";
import { compileSource } from "../lib/runtime/script.ts";

/** Options a case may give after its name (passed on to compileSource). */
export interface CaseOptions {
  /** Compile `test` forms too. */
  testMode?: boolean;
  /** Use the fast-path instructions (default true). */
  fastOps?: boolean;
  /** Compile as a standard module, which may use `base`. */
  trusted?: boolean;
}

/** One case of a compile golden file. */
export interface CompileCase {
  /** The title, after `# ` and before any options. */
  name: string;
  /** The options, as written (`""` when there are none). */
  optionsText: string;
  /** The options, parsed. */
  options: CaseOptions;
  /** 1-based line of the title in the file. */
  line: number;
  /** The Ludus source. */
  source: string;
  /** The expected disassembly (no trailing newline). */
  expected: string;
}

/** A parsed golden file. */
export interface CompileFile {
  /** Text before the first case, kept verbatim. */
  header: string;
  /** The cases, in order. */
  cases: CompileCase[];
}

const KNOWN_OPTIONS = new Set(["testMode", "fastOps", "trusted"]);

/** Drop blank lines at both ends. */
function trimLines(lines: string[]): string {
  let a = 0, b = lines.length;
  while (a < b && lines[a].trim() === "") a++;
  while (b > a && lines[b - 1].trim() === "") b--;
  return lines.slice(a, b).join("\n");
}

/** Parse a golden file; throws with the file name and line on a malformed case. */
export function parseCompileCases(text: string, file: string): CompileFile {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  let i = 0;
  while (i < lines.length && !lines[i].startsWith("# ")) i++;
  const header = lines.slice(0, i).join("\n");
  const cases: CompileCase[] = [];
  while (i < lines.length) {
    const title = lines[i];
    const line = i + 1;
    const m = /^# (.*?)\s*(\{.*\})?\s*$/.exec(title)!;
    const name = m[1];
    const optionsText = m[2] ?? "";
    let options: CaseOptions = {};
    if (optionsText !== "") {
      try {
        options = JSON.parse(optionsText);
      } catch (e) {
        throw new Error(`${file}:${line}: the options of "${name}" are not JSON: ${e}`);
      }
      for (const k of Object.keys(options)) {
        if (!KNOWN_OPTIONS.has(k)) throw new Error(`${file}:${line}: unknown option "${k}"`);
      }
    }
    i++;
    const src: string[] = [];
    while (i < lines.length && lines[i] !== "==>" && !lines[i].startsWith("# ")) {
      src.push(lines[i++]);
    }
    if (i >= lines.length || lines[i] !== "==>") {
      throw new Error(`${file}:${line}: case "${name}" has no ==> line`);
    }
    i++;
    const exp: string[] = [];
    while (i < lines.length && !lines[i].startsWith("# ")) exp.push(lines[i++]);
    cases.push({
      name,
      optionsText,
      options,
      line,
      source: trimLines(src),
      expected: trimLines(exp),
    });
  }
  return { header, cases };
}

/** A golden file as text (the inverse of {@linkcode parseCompileCases}). */
export function formatCompileCases(f: CompileFile): string {
  const parts: string[] = [];
  if (f.header.trim() !== "") parts.push(f.header.replace(/\n+$/, "") + "\n");
  for (const c of f.cases) {
    const title = c.optionsText ? `# ${c.name} ${c.optionsText}` : `# ${c.name}`;
    parts.push(`${title}\n${c.source}\n==>\n${c.expected}\n`);
  }
  return parts.join("\n");
}

/** The disassembly of a case's source, as the golden file holds it. */
export function disassembleCase(c: CompileCase): string {
  const compiled = compileSource(c.source, { ...c.options, file: "case.ld" });
  return disassemble(compiled.proto).replace(/\n+$/, "");
}

/** The golden files' folder. */
export const COMPILE_DIR: URL = new URL("./compile/", import.meta.url);

/** The golden files' names, sorted. */
export function compileFiles(): string[] {
  return [...Deno.readDirSync(COMPILE_DIR)]
    .filter((e) => e.isFile && e.name.endsWith(".txt"))
    .map((e) => e.name)
    .sort();
}
