/**
 * Tests for the Ludus lexer: token kinds and values, spans in UTF-16 offsets,
 * numbers, strings with escapes and interpolations, names, and error messages.
 *
 * @module
 */

import { assert, assertEquals, assertMatch, assertThrows } from "@std/assert";
import fc from "fast-check";
import { Source } from "../lib/errors/source.ts";
import { LudusError } from "../lib/errors/errors.ts";
import { lex, RESERVED_WORDS, type Token } from "../lib/syntax/lexer.ts";

function src(text: string): Source {
  return new Source("test.ld", text);
}

/** A compact rendering of one token: its kind, and its value where it has one. */
function show(t: Token): string {
  switch (t.kind) {
    case "number":
      return `num:${t.value}`;
    case "string":
      return `str:${
        t.value.map((p) => typeof p === "string" ? JSON.stringify(p) : `{${p.name}}`).join("+")
      }`;
    case "word":
    case "keyword":
    case "ignored":
      return `${t.kind}:${t.value}`;
    case "newline":
      return t.value === ";" ? "SEMI" : "NL";
    case "eof":
      return "EOF";
    default:
      return t.kind;
  }
}

/** Lex and render all tokens but the final EOF, space-separated. */
function tokens(text: string): string {
  const ts = lex(src(text));
  assertEquals(ts[ts.length - 1].kind, "eof");
  return ts.slice(0, -1).map(show).join(" ");
}

Deno.test("lex(): an expression or spaces in a string's braces get a hint", () => {
  assertEquals(
    lexError('"count: {count (xs)}"').hint,
    "bind the value to a name first, as in `let value = count (xs)`, then write `{value}`",
  );
  assertEquals(lexError('"x is { x }"').hint, "write `{x}`, with no spaces");
  assertEquals(
    lexError('"set ${add (1, 2)}"').hint,
    "no `$` is needed before `{`; bind the value to a name first, as in " +
      "`let value = add (1, 2)`, then write `{value}`",
  );
  // No closing brace on the line, or nothing inside: no guess.
  assertEquals(lexError('"a {b"').hint, null);
  assertEquals(lexError('"{}"').hint, null);
});

Deno.test("lex(): `person.name` (from another language) hints at keyword lookup", () => {
  assertEquals(
    lexError("print! (person.name)").hint,
    "Ludus has no `.` to reach into a value: the value at the key :name is `person :name` " +
      "(or `get (:name, person)`)",
  );
  assertEquals(lexError("..x").hint, null);
});

function lexError(text: string): LudusError {
  const e = assertThrows(() => lex(src(text)));
  assert(e instanceof LudusError, `expected a LudusError for ${JSON.stringify(text)}`);
  assertEquals(e.kind, "syntax");
  return e;
}

function table(name: string, rows: [string, string][]): void {
  Deno.test(`lex() ${name}`, () => {
    for (const [text, expected] of rows) assertEquals(tokens(text), expected, JSON.stringify(text));
  });
}

table("punctuation", [
  ["( ) [ ] { } #{ ${ , ; = -> > ...", "( ) [ ] { } #{ ${ , SEMI = -> > ..."],
  ["(a,b)", "( word:a , word:b )"],
  ["[...xs]", "[ ... word:xs ]"],
  ["#{}${}", "#{ } ${ }"],
  ["->>", "-> >"],
]);

table("numbers", [
  ["42", "num:42"],
  ["0", "num:0"],
  ["-0.5", "num:-0.5"],
  ["32.34", "num:32.34"],
  ["1_000", "num:1000"],
  ["1_234_567.000_1", "num:1234567.0001"],
  ["-12", "num:-12"],
  ["f(-1)", "word:f ( num:-1 )"],
  ["x-1", "word:x num:-1"],
  ["1,2", "num:1 , num:2"],
  ["[1...]", "[ num:1 ... ]"],
]);

table("strings", [
  ['"hi"', 'str:"hi"'],
  ['""', "str:"],
  ['"a\\nb\\tc"', 'str:"a\\nb\\tc"'],
  ['"q\\"q"', 'str:"q\\"q"'],
  ['"back\\\\slash"', 'str:"back\\\\slash"'],
  ['"\\{x}"', 'str:"{x}"'],
  ['"x is {x}"', 'str:"x is "+{x}'],
  ['"{a}{b}!"', 'str:{a}+{b}+"!"'],
  ['"{a_b?}"', "str:{a_b?}"],
  ['"}"', 'str:"}"'],
  ['"multi\nline"', 'str:"multi\\nline"'],
  ['"crlf\r\nline"', 'str:"crlf\\nline"'],
  ['"cr\rline"', 'str:"cr\\nline"'],
  ['"café 😀"', 'str:"café 😀"'],
  ['"a" "b"', 'str:"a" str:"b"'],
]);

table("keywords, words and reserved words", [
  [":ok", "keyword:ok"],
  [
    ":light_gray :pendown? :a/b :x! :y* :Up :k9",
    "keyword:light_gray keyword:pendown? keyword:a/b keyword:x! keyword:y* keyword:Up keyword:k9",
  ],
  [
    "foo deg/rad div/0 eq? print! sum_of_squares camelCase x1",
    "word:foo word:deg/rad word:div/0 word:eq? word:print! word:sum_of_squares word:camelCase word:x1",
  ],
  ["Shapes", "word:Shapes"],
  ["_", "placeholder"],
  ["_foo _1 __", "ignored:_foo ignored:_1 ignored:__"],
  ["panic! panic", "panic! word:panic"],
  ["iffy if? do done", "word:iffy word:if? do word:done"],
  ["If Let", "word:If word:Let"],
  ["f(x):a", "word:f ( word:x ) keyword:a"],
]);

Deno.test("lex() turns every reserved word into its own kind", () => {
  for (const w of RESERVED_WORDS) assertEquals(tokens(w), w);
  assertEquals(RESERVED_WORDS.length, 23);
});

table("layout, comments and terminators", [
  ["a\nb", "word:a NL word:b"],
  ["a;b", "word:a SEMI word:b"],
  ["a\r\nb", "word:a NL word:b"],
  ["a\rb", "word:a NL word:b"],
  ["a\r\rb", "word:a NL NL word:b"],
  ["a\n\rb", "word:a NL NL word:b"],
  ["a & comment\rb", "word:a NL word:b"],
  [" \t a \t ", "word:a"],
  ["a & comment (here)\nb", "word:a NL word:b"],
  ["&&& header\r\n", "NL"],
  ["& only", ""],
  ["\ufeffa", "word:a"],
  ["", ""],
]);

Deno.test("lex() gives spans in UTF-16 offsets", () => {
  const text = '"😀" :a\r\nfoo -1.5 ...';
  const ts = lex(src(text));
  assertEquals(ts.map((t) => text.slice(t.span.start, t.span.end)), [
    '"😀"',
    ":a",
    "\r\n",
    "foo",
    "-1.5",
    "...",
    "",
  ]);
  assertEquals(ts[0].span, { start: 0, end: 4 });
  assertEquals(ts[ts.length - 1].span, { start: text.length, end: text.length });
});

Deno.test("lex() gives interpolations the span of the name", () => {
  const text = '"a {name} b"';
  const [t] = lex(src(text));
  assert(t.kind === "string");
  const part = t.value[1];
  assert(typeof part !== "string");
  assertEquals(part.name, "name");
  assertEquals(text.slice(part.span.start, part.span.end), "name");
});

function errors(name: string, rows: [string, string, string][]): void {
  Deno.test(`lex() reports ${name}`, () => {
    for (const [text, message, spanText] of rows) {
      const e = lexError(text);
      assertEquals(e.message, message, JSON.stringify(text));
      assert(e.span !== null);
      assertEquals(
        text.slice(e.span.start, e.span.end),
        spanText,
        `span for ${JSON.stringify(text)}`,
      );
    }
  });
}

errors("bad characters", [
  [
    "5 % 2",
    "unexpected character `%`: Ludus has no operators; call a function instead, as in `mod (7, 3)`",
    "%",
  ],
  [
    "1 + 2",
    "unexpected character `+`: Ludus has no operators; call a function instead, as in `add (1, 2)`",
    "+",
  ],
  [
    "a * b",
    "unexpected character `*`: Ludus has no operators; call a function instead, as in `mult (2, 3)`",
    "*",
  ],
  [
    "a / b",
    "unexpected character `/`: Ludus has no operators; call a function instead, as in `div (6, 3)`",
    "/",
  ],
  [
    "a < b",
    "unexpected character `<`: Ludus has no operators; call a function instead, as in `lt? (1, 2)`",
    "<",
  ],
  [
    "2 ^ 8",
    "unexpected character `^`: Ludus has no operators; call a function instead, as in `pow (2, 8)`",
    "^",
  ],
  ["a\n  @b", "unexpected character `@`", "@"],
  ["x é", "unexpected character `é`", "é"],
  ["😀", "unexpected character `😀`", "😀"],
  ["a\u00a0b", "unexpected character `\u00a0` (a non-breaking space, U+00A0)", "\u00a0"],
  ["a\u0007", "unexpected character U+0007 (a control character)", "\u0007"],
  ["#x", "unexpected character `#`; a dict is written `#{:key value}`", "#"],
  ["$x", "unexpected character `$`; a set is written `${a, b}`", "$"],
  ["..x", "unexpected character `.`; a splat is written with three dots, as in `...xs`", "."],
  ["xs.0", "unexpected character `.`; a splat is written with three dots, as in `...xs`", "."],
  ["person.name", "unexpected character `.`", "."],
  [
    "a: 1",
    "a `:` must be directly followed by a keyword name, as in `:ok`; a dict is written `#{:a 1, :b 2}`, its keys keywords",
    ":",
  ],
  [":1", "a `:` must be directly followed by a keyword name, as in `:ok`", ":"],
  [
    "a - b",
    "unexpected character `-`: Ludus has no operators, so a `-` must be directly followed by a digit, as in `-1` (use `sub` or `neg` to subtract or negate)",
    "-",
  ],
  [
    "-x",
    "unexpected character `-`: Ludus has no operators, so a `-` must be directly followed by a digit, as in `-1` (use `sub` or `neg` to subtract or negate)",
    "-",
  ],
]);

errors("bad numbers", [
  ["1.2.3", "`1.2.3` is not a number: a number has at most one decimal point", "1.2.3"],
  [
    "x 10.5.1_0 y",
    "`10.5.1_0` is not a number: a number has at most one decimal point",
    "10.5.1_0",
  ],
  ["1.", "a decimal point must be followed by a digit: write `1.0` or `1`", "1."],
  ["-3.x", "a decimal point must be followed by a digit: write `-3.0` or `-3`", "-3."],
  [
    "12abc",
    "`12abc` is neither a number nor a name (names start with a lower-case letter); put a space or a comma after a number",
    "12abc",
  ],
  [
    "1.5e3",
    "`1.5e3` is neither a number nor a name (names start with a lower-case letter); put a space or a comma after a number",
    "1.5e3",
  ],
]);

errors("bad strings", [
  ['"abc', 'this string is never closed: it needs a `"` at its end', '"'],
  ['x\n"abc\\', 'this string is never closed: it needs a `"` at its end', '"'],
  [
    '"a\\qb"',
    'unknown escape `\\q` in a string; the escapes are \\n, \\t, \\", \\\\ and \\{',
    "\\q",
  ],
  [
    '"a\\😀"',
    'unknown escape `\\😀` in a string; the escapes are \\n, \\t, \\", \\\\ and \\{',
    "\\😀",
  ],
  [
    '"a\\\nb"',
    'unknown escape `\\` at the end of a line in a string; the escapes are \\n, \\t, \\", \\\\ and \\{',
    "\\\n",
  ],
  ['"{1}"', "only a name may go between { and } in a string; use \\{ for a brace", "{1"],
  ['"{}"', "only a name may go between { and } in a string; use \\{ for a brace", "{}"],
  ['"{a b}"', "only a name may go between { and } in a string; use \\{ for a brace", "{a "],
  ['"{add (1)}"', "only a name may go between { and } in a string; use \\{ for a brace", "{add "],
  ['"{Foo}"', "only a name may go between { and } in a string; use \\{ for a brace", "{F"],
  ['"{x"', "only a name may go between { and } in a string; use \\{ for a brace", '{x"'],
  ['"{', "only a name may go between { and } in a string; use \\{ for a brace", "{"],
]);

Deno.test("lex() reports the line of an error", () => {
  const e = lexError("let x = 1\nlet y = 2\nlet z = ?");
  assertEquals(e.source!.position(e.span!.start), { line: 3, column: 9 });
});

Deno.test("lex() and Source agree on lines: LF, CR LF and a lone CR each end one", () => {
  for (const nl of ["\n", "\r\n", "\r"]) {
    const text = ["let x = 1", "", "let y = 2", "let z = ?"].join(nl);
    const e = lexError(text);
    assertEquals(e.source!.position(e.span!.start), { line: 4, column: 9 }, JSON.stringify(nl));
    assertEquals(e.source!.lineText(4), "let z = ?");
    assertEquals(e.source!.lineText(1), "let x = 1");
    assertEquals(e.source!.lineText(2), "");
    // The newline tokens fall where Source says the lines end.
    const nls = lex(src(text.replace("?", "z"))).filter((t) => t.kind === "newline");
    assertEquals(nls.map((t) => e.source!.position(t.span.end).line), [2, 3, 4]);
  }
  const mixed = src("a\r\nb\rc\nd\r\re");
  assertEquals(mixed.lineStarts, [0, 3, 5, 7, 9, 10]);
  assertEquals([1, 2, 3, 4, 5, 6].map((n) => mixed.lineText(n)), ["a", "b", "c", "d", "", "e"]);
});

Deno.test("lex() refuses a number literal too big for a double, as it refuses 1e400", () => {
  const big = "1" + "0".repeat(400);
  for (const text of [big, "-" + big, big + ".5", "let x = " + big]) {
    const e = lexError(text);
    assertMatch(e.message, /is too big for a number: the largest Ludus number has 309 digits/);
    assertEquals(
      text.slice(e.span!.start, e.span!.end).replace(/^let x = /, ""),
      text.replace(/^let x = /, ""),
    );
  }
  assertEquals(lexError("1e400").kind, "syntax");
  // The largest double still reads.
  const max = "179769313486231570" + "0".repeat(291);
  assertEquals(tokens(max), `num:${Number(max)}`);
  assertEquals(tokens("0." + "0".repeat(400) + "1"), "num:0");
});

Deno.test("lex() is fast enough for a prelude-sized file", () => {
  const line = 'fn foo { "doc {x}" (x, ...ys) -> add (x, :key, -1_000.5) } & comment\n';
  const text = line.repeat(1500);
  const t0 = performance.now();
  const ts = lex(src(text));
  const ms = performance.now() - t0;
  assertEquals(ts.length, 1500 * 21 + 1);
  assert(ms < 500, `lexing took ${ms} ms`);
});

Deno.test("lex() throws only LudusErrors, with sane spans, on random text", () => {
  const pieces = fc.constantFrom(
    "a",
    "Z",
    "_",
    "1",
    "-",
    ".",
    ":",
    '"',
    "\\",
    "{",
    "}",
    "#",
    "$",
    "&",
    "\n",
    "\r",
    " ",
    "é",
    "😀",
    "\ufeff",
    "n",
    "t",
  );
  fc.assert(
    fc.property(
      fc.array(pieces, { maxLength: 40, size: "max" }).map((xs) => xs.join("")),
      (text) => {
        try {
          const ts = lex(src(text));
          let last = 0;
          for (const t of ts) {
            if (t.span.start < last || t.span.end < t.span.start || t.span.end > text.length) {
              throw new Error(`bad span ${JSON.stringify(t.span)}`);
            }
            last = t.span.end;
          }
        } catch (e) {
          if (!(e instanceof LudusError)) throw e;
          assert(e.span !== null && e.span.end <= text.length && e.span.start <= e.span.end);
        }
      },
    ),
    { numRuns: 3000 },
  );
});
