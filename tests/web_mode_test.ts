/**
 * The editor's Ludus mode (web/ludus_mode.ts) colours text as lib's lexer reads
 * it: over the examples, the prelude and the test programs, every token the
 * lexer finds is covered by mode tokens of the class its kind calls for, and
 * every comment the mode finds starts with `&` where the lexer found nothing.
 * Driven by CodeMirror's own StringStream, line by line, as the editor does.
 */

import { assert, assertEquals } from "@std/assert";
import { StringStream } from "npm:@codemirror/language@^6";
import { ludusMode } from "../web/ludus_mode.ts";
import { lex, type Token } from "../lib/syntax/lexer.ts";
import { Source } from "../lib/errors/source.ts";
import { permissionsFor } from "./_permissions.ts";

const { canRun, why } = permissionsFor(["read"]);

/** The mode's tokens over a whole text: [start, end, class] with offsets into the text. */
function modeTokens(text: string): [number, number, string | null][] {
  const state = ludusMode.startState();
  const out: [number, number, string | null][] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const stream = new StringStream(line, 4, 2);
    while (!stream.eol()) {
      stream.start = stream.pos;
      const cls = ludusMode.token(stream, state);
      assert(stream.pos > stream.start, `the mode made no progress at ${offset + stream.pos}`);
      out.push([offset + stream.start, offset + stream.pos, cls]);
    }
    offset += line.length + 1;
  }
  return out;
}

/** The classes a lexer token's kind may be coloured with. */
function expected(t: Token): string[] | null {
  switch (t.kind) {
    case "number":
      return ["number"];
    case "string":
      return ["string", "special"];
    case "keyword":
      return ["atom"];
    case "word":
      return ["variableName"];
    case "ignored":
    case "placeholder":
      return ["meta"];
    case "nil":
    case "true":
    case "false":
      return ["atom"];
    case "newline":
      return t.value === ";" ? ["punctuation"] : null;
    case "eof":
      return null;
    case "(":
    case ")":
    case "[":
    case "]":
    case "{":
    case "}":
    case "#{":
    case "${":
      return ["bracket"];
    case ",":
    case "=":
    case "->":
    case ">":
    case "...":
      return ["punctuation"];
    default:
      return ["keyword"]; // the reserved words
  }
}

/** Check one text; returns the disagreements. */
function disagreements(name: string, text: string): string[] {
  const tokens = lex(new Source(name, text));
  const marks = modeTokens(text);
  const problems: string[] = [];
  let m = 0;
  for (const t of tokens) {
    const want = expected(t);
    if (want === null) continue;
    while (m < marks.length && marks[m][1] <= t.span.start) m++;
    for (let k = m; k < marks.length && marks[k][0] < t.span.end; k++) {
      const cls = marks[k][2];
      if (cls === null && t.kind === "string") continue; // (never: strings keep their spaces)
      if (cls === null || !want.includes(cls)) {
        problems.push(
          `${name}:${text.slice(0, t.span.start).split("\n").length}: ${t.kind} ` +
            `\`${text.slice(t.span.start, t.span.end)}\` coloured ${cls}`,
        );
        break;
      }
    }
  }
  // Comments: only where the lexer found no token, and starting with `&`.
  for (const [start, end, cls] of marks) {
    if (cls !== "comment") continue;
    if (text[start] !== "&") problems.push(`${name}: a comment at ${start} does not start with &`);
    if (tokens.some((t) => t.kind !== "newline" && t.span.start < end && t.span.end > start)) {
      problems.push(`${name}: the mode sees a comment where the lexer sees a token, at ${start}`);
    }
  }
  return problems;
}

/** Every .ld file under these folders of the project. */
async function corpus(): Promise<[string, string][]> {
  const root = new URL("../", import.meta.url);
  const out: [string, string][] = [];
  for (const dir of ["examples", "std", "tests/golden", "tests/modules", "tests/svg"]) {
    const walk = async (rel: string) => {
      for await (const e of Deno.readDir(new URL(rel, root))) {
        const path = `${rel}/${e.name}`;
        if (e.isDirectory) await walk(path);
        else if (e.name.endsWith(".ld")) {
          out.push([path, await Deno.readTextFile(new URL(path, root))]);
        }
      }
    };
    await walk(dir);
  }
  return out;
}

Deno.test({
  name:
    "ludusMode colours every token of the examples, the prelude and the test programs as the lexer reads it",
  ignore: !canRun,
  async fn() {
    const files = await corpus();
    assert(files.length > 40, `${files.length} files`);
    const problems: string[] = [];
    for (const [name, text] of files) {
      try {
        problems.push(...disagreements(name, text));
      } catch (e) {
        // A program the lexer refuses (an error golden): the mode need not agree there.
        if (!(e instanceof Error && e.name === "LudusError")) throw e;
      }
    }
    assertEquals(problems, []);
  },
});

Deno.test("ludusMode: strings span lines, keep interpolations and escapes apart, and end at their quote", () => {
  const text = 'let s = "a {name} \\{b\nline two" & c\n:ok';
  const marks = modeTokens(text).filter(([, , c]) => c !== null);
  const shown = marks.map(([s, e, c]) => `${c}:${text.slice(s, e)}`);
  assertEquals(shown, [
    "keyword:let",
    "variableName:s",
    "punctuation:=",
    'string:"a ',
    "special:{name}",
    "string: ",
    "special:\\{",
    "string:b",
    'string:line two"',
    "comment:& c",
    "atom::ok",
  ]);
  assertEquals(disagreements("t.ld", text), []);
});

Deno.test("ludusMode: names, reserved words, numbers and punctuation", () => {
  const text = "fn f! (_x, -1_000.5) -> if nil then Foo else ...xs";
  const shown = modeTokens(text).filter(([, , c]) => c !== null).map(([s, e, c]) =>
    `${c}:${text.slice(s, e)}`
  );
  assertEquals(shown, [
    "keyword:fn",
    "variableName:f!",
    "bracket:(",
    "meta:_x",
    "punctuation:,",
    "number:-1_000.5",
    "bracket:)",
    "punctuation:->",
    "keyword:if",
    "atom:nil",
    "keyword:then",
    "variableName:Foo",
    "keyword:else",
    "punctuation:...",
    "variableName:xs",
  ]);
});

if (!canRun) console.log(`web_mode_test.ts: the corpus test is skipped (${why})`);

Deno.test("ludusMode.indent: a unit per open bracket, one less before a closing one", () => {
  const state = ludusMode.startState();
  const text = "fn f (x) -> {\n  let y = [1,\n    2]\n";
  for (const line of text.split("\n")) {
    const stream = new StringStream(line, 4, 2);
    while (!stream.eol()) {
      stream.start = stream.pos;
      ludusMode.token(stream, state);
    }
  }
  assertEquals(ludusMode.indent(state, "y", { unit: 2 }), 2);
  assertEquals(ludusMode.indent(state, "}", { unit: 2 }), 0);
});
