/**
 * Every ```ludus example in docs/ (docs/**\/*.md) runs without an error (a
 * guide whose examples fail teaches the wrong thing). A block whose first line
 * is `& expect error` must fail instead. A block followed by a ```text block
 * must print exactly that, error included (run as `example.ld`), as
 * docs/guide/errors.md shows what Ludus says.
 *
 * The docs are read from disk, so this needs `--allow-read`; without it the
 * tests are skipped, and say so.
 */

import { assert } from "@std/assert";
import { runCaptured } from "./_harness.ts";
import { permissionsFor } from "./_permissions.ts";
import { formatError } from "../lib/errors/errors.ts";

/**
 * The ```ludus blocks of a Markdown text, with their starting lines and the
 * ```text block right after each, if there is one (what it prints).
 */
export function ludusBlocks(md: string): { line: number; code: string; prints: string | null }[] {
  const out: { line: number; code: string; prints: string | null }[] = [];
  const lines = md.split("\n");
  const fenced = (from: number): [string[], number] => {
    const body: string[] = [];
    let i = from;
    for (; i < lines.length && lines[i].trim() !== "```"; i++) body.push(lines[i]);
    return [body, i];
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== "```ludus") continue;
    const start = i + 1;
    const [body, end] = fenced(i + 1);
    i = end;
    let next = end + 1;
    while (next < lines.length && lines[next].trim() === "") next++;
    let prints: string | null = null;
    if (lines[next]?.trim() === "```text") {
      const [text, textEnd] = fenced(next + 1);
      prints = text.join("\n");
      i = textEnd;
    }
    out.push({ line: start + 1, code: body.join("\n"), prints });
  }
  return out;
}

/** What a run prints on a terminal: console lines, reports, then the error (plain) or the result. */
export function printed(r: Awaited<ReturnType<typeof runCaptured>>): string {
  const out = [...r.console, ...r.reports];
  out.push(r.error ? formatError(r.error) : r.result ?? "");
  return out.join("\n");
}

const ROOT = new URL("../", import.meta.url);
const { canRun, why } = permissionsFor(["read"]);

/** Every Markdown file under `dir` (a path relative to the repository), sorted. */
async function markdownFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(new URL(dir, ROOT))) {
    const path = `${dir}${e.name}`;
    if (e.isDirectory) out.push(...await markdownFiles(`${path}/`));
    else if (e.isFile && e.name.endsWith(".md")) out.push(path);
  }
  return out.sort();
}

/** The docs with ludus examples: path and blocks. */
const docs: { path: string; blocks: ReturnType<typeof ludusBlocks> }[] = [];
if (canRun) {
  for (const path of await markdownFiles("docs/")) {
    const blocks = ludusBlocks(await Deno.readTextFile(new URL(path, ROOT)));
    if (blocks.length > 0) docs.push({ path, blocks });
  }
} else {
  console.log(`docs_test.ts: skipped (${why})`);
}

Deno.test({
  name: "docs: the guides' ludus examples are found (docs/guide/errors.md among them)",
  ignore: !canRun,
  fn() {
    assert(
      docs.some((d) => d.path === "docs/guide/errors.md"),
      `no ludus examples found in docs/guide/errors.md; found: ${
        docs.map((d) => d.path).join(", ")
      }`,
    );
  },
});

for (const { path, blocks } of docs) {
  Deno.test(`docs: every ludus example in ${path} runs`, async () => {
    const failures: string[] = [];
    for (const b of blocks) {
      const file = b.prints === null ? `${path}:${b.line}` : "example.ld";
      const r = await runCaptured(b.code, { file });
      const wantsError = b.code.trimStart().startsWith("& expect error");
      if (wantsError && !r.error) failures.push(`${path}:${b.line}: expected an error`);
      if (!wantsError && r.error) failures.push(`${path}:${b.line}: ${r.error.message}`);
      if (b.prints !== null && printed(r) !== b.prints) {
        failures.push(`${path}:${b.line}: printed\n${printed(r)}\ninstead of\n${b.prints}`);
      }
    }
    if (failures.length > 0) throw new Error(failures.join("\n"));
  });
}
