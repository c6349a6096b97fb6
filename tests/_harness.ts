/**
 * Test helpers: run a Ludus program with a deterministic scheduler (virtual
 * clock, fixed seed) and capture everything it prints, as a transcript.
 *
 * Transcript lines: console lines as printed; `## ` + a report line (another
 * process's panic, processes left at the end); then `=> ` + the result, or
 * `!! ` + the error formatted as the CLI prints it (no colour).
 *
 * @module
 */

import { formatError, type LudusError } from "../lib/errors/errors.ts";
import { type RunReport, runSource, type RunSourceOptions } from "../lib/runtime/runtime.ts";

/** What a test run produced. */
export interface Captured extends RunReport {
  /** Report lines (stderr-bound), in order. */
  reports: string[];
}

/** Run a program deterministically, capturing output. */
export async function runCaptured(
  source: string,
  opts: RunSourceOptions = {},
): Promise<Captured> {
  const reports: string[] = [];
  const report = await runSource(source, {
    file: "test.ld",
    seed: 42,
    virtualClock: true,
    ...opts,
    host: {
      report: (text: string, err: LudusError | null) => {
        reports.push(text);
        if (err) reports.push(formatError(err));
      },
      ...opts.host,
    },
  });
  return { ...report, reports };
}

/** The transcript of a run (see the module doc). */
export function transcript(c: Captured): string {
  const out: string[] = [...c.console];
  for (const r of c.reports) for (const line of r.split("\n")) out.push("## " + line);
  if (c.error) { for (const line of formatError(c.error).split("\n")) out.push("!! " + line); }
  else out.push("=> " + c.result);
  return out.join("\n");
}

/** One case of a `tests/cases/*.txt` file. */
export interface Case {
  /** The case's title (after `# `). */
  name: string;
  /** 1-based line of the title in the file. */
  line: number;
  /** Ludus source. */
  source: string;
  /** Expected result: a `show` string, or `panic: text` / `error: text` (a substring). */
  expect: string;
  /** Expected console lines, if the case lists them. */
  console: string[] | null;
}

/**
 * Parse a cases file:
 *
 * ```
 * # title
 * source lines
 * ==> expected
 * --- console        (optional)
 * expected console lines
 * ```
 */
export function parseCases(text: string): Case[] {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const cases: Case[] = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (!l.startsWith("# ")) {
      i++;
      continue;
    }
    const c: Case = { name: l.slice(2).trim(), line: i + 1, source: "", expect: "", console: null };
    i++;
    const src: string[] = [];
    while (i < lines.length && !lines[i].startsWith("==>")) src.push(lines[i++]);
    if (i >= lines.length) throw new Error(`case "${c.name}" (line ${c.line}) has no ==> line`);
    c.source = src.join("\n");
    c.expect = lines[i].slice(3).trim();
    i++;
    if (i < lines.length && lines[i].startsWith("--- console")) {
      i++;
      const con: string[] = [];
      while (i < lines.length && !lines[i].startsWith("# ") && lines[i] !== "") {
        con.push(lines[i++]);
      }
      c.console = con;
    }
    cases.push(c);
  }
  return cases;
}

/** Check one case; returns a problem description, or null if it passes. */
export async function checkCase(c: Case): Promise<string | null> {
  const r = await runCaptured(c.source);
  const exp = c.expect;
  let problem: string | null = null;
  if (exp.startsWith("panic:") || exp.startsWith("error:")) {
    const want = exp.slice(exp.indexOf(":") + 1).trim();
    if (!r.error) problem = `expected an error containing "${want}", got result ${r.result}`;
    else if (exp.startsWith("panic:") && r.error.kind !== "panic") {
      problem = `expected a panic, got a ${r.error.kind} error: ${r.error.message}`;
    } else if (!r.error.message.includes(want)) {
      problem = `expected an error containing "${want}", got: ${r.error.message}`;
    }
  } else if (r.error) {
    problem = `expected ${exp}, got error: ${r.error.message}`;
  } else if (r.result !== exp) {
    problem = `expected ${exp}, got ${r.result}`;
  }
  if (!problem && c.console) {
    const got = r.console.join("\n"), want = c.console.join("\n");
    if (got !== want) problem = `console: expected\n${want}\ngot\n${got}`;
  }
  return problem;
}

/**
 * The fixture files of `tests/DIR/` whose names end with `ext`, sorted by name,
 * with their texts. Needs `--allow-read` (see `_permissions.ts`).
 */
export async function fixtureFiles(
  dir: string,
  ext: string,
): Promise<{ name: string; text: string }[]> {
  const url = new URL(`./${dir}/`, import.meta.url);
  const names: string[] = [];
  for await (const e of Deno.readDir(url)) {
    if (e.isFile && e.name.endsWith(ext)) names.push(e.name);
  }
  names.sort();
  return await Promise.all(
    names.map(async (name) => ({ name, text: await Deno.readTextFile(new URL(name, url)) })),
  );
}
