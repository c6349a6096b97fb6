/**
 * Every ```ludus example in docs/*.md runs without an error (a guide whose
 * examples fail teaches the wrong thing). A block whose first line is
 * `& expect error` must fail instead.
 */

import { FIXTURES } from "./fixtures.ts";
import { runCaptured } from "./_harness.ts";

/** The ```ludus blocks of a Markdown text, with their starting lines. */
export function ludusBlocks(md: string): { line: number; code: string }[] {
  const out: { line: number; code: string }[] = [];
  const lines = md.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== "```ludus") continue;
    const start = i + 1;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i].trim() !== "```"; i++) body.push(lines[i]);
    out.push({ line: start + 1, code: body.join("\n") });
  }
  return out;
}

for (const [path, text] of FIXTURES) {
  if (!path.startsWith("docs/")) continue;
  const blocks = ludusBlocks(text);
  if (blocks.length === 0) continue;
  Deno.test(`docs: every ludus example in ${path} runs`, async () => {
    const failures: string[] = [];
    for (const b of blocks) {
      const r = await runCaptured(b.code, { file: `${path}:${b.line}` });
      const wantsError = b.code.trimStart().startsWith("& expect error");
      if (wantsError && !r.error) failures.push(`${path}:${b.line}: expected an error`);
      if (!wantsError && r.error) failures.push(`${path}:${b.line}: ${r.error.message}`);
    }
    if (failures.length > 0) throw new Error(failures.join("\n"));
  });
}
