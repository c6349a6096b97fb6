/**
 * Odd inputs a learner's editor can produce: each gets a result or a clear Ludus
 * error, never a host exception.
 */

import { assert, assertEquals, assertMatch } from "@std/assert";
import { runCaptured } from "./_harness.ts";
import { decode } from "../lib/host/deno.ts";
import { formatError, LudusError } from "../lib/errors/errors.ts";

Deno.test("edge: an empty file has the result nil", async () => {
  assertEquals((await runCaptured("")).result, "nil");
  assertEquals((await runCaptured("\n\n  \n")).result, "nil");
});

Deno.test("edge: a file of only comments has the result nil", async () => {
  assertEquals((await runCaptured("& just a comment\n&&& and a header\n")).result, "nil");
});

Deno.test("edge: CRLF line endings work, and errors report the right line", async () => {
  const r = await runCaptured('let x = 1\r\nlet y = 2\r\nprint! ("a\r\nb")\r\nadd (x, y)\r\n');
  assertEquals(r.result, "3");
  assertEquals(r.console, ["a\nb"]);
  const e = await runCaptured("let x = 1\r\n\r\nunknown_name\r\n");
  assertEquals(e.error?.location(), "test.ld:3:1");
});

Deno.test("edge: a byte-order mark at the start is ignored", async () => {
  assertEquals((await runCaptured("\uFEFFadd (1, 2)")).result, "3");
});

Deno.test("edge: tabs are spaces, and the underline still lines up", async () => {
  const r = await runCaptured("\tlet x =\t1\n\tadd\t(x,\tnope)");
  assertEquals(r.error?.kind, "validation");
  assertEquals(r.error?.location(), "test.ld:2:10");
  const lines = formatError(r.error!).split("\n");
  const src = lines.find((l) => l.startsWith("2 |"))!;
  const caret = lines[lines.indexOf(src) + 1];
  assertEquals(src.slice(caret.indexOf("^"), caret.indexOf("^") + 4), "nope");
});

Deno.test("edge: a very long line runs, and its error message is shortened", async () => {
  // 200 KB on one line (the source size limit is 256 KB).
  const long = "[" + Array.from({ length: 30_000 }, (_, i) => i).join(", ") + "]";
  assertEquals((await runCaptured(`count (${long})`)).result, "30000");
  const bad = await runCaptured(`let (a, b) = ${long}`);
  assertEquals(bad.error?.kind, "panic");
  assertMatch(bad.error!.message, /…/);
});

Deno.test("edge: bytes that are not UTF-8 are a clear error, not a crash", () => {
  try {
    decode(new Uint8Array([0x70, 0x72, 0xff, 0xfe, 0x21]), "bad.ld");
    throw new Error("expected an error");
  } catch (e) {
    if (!(e instanceof LudusError)) throw e;
    assertMatch(e.message, /bad\.ld is not valid UTF-8 text/);
  }
});

Deno.test("edge: a script past the source size limit is a limit error; raised, it runs", async () => {
  const lines = ["& a big generated script"];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const l = `let v${i} = add (${i}, 1) & line ${i} of a long file`;
    lines.push(l);
    size += l.length + 1;
  }
  lines.push("v9");
  const text = lines.join("\n");
  const t0 = performance.now();
  const refused = await runCaptured(text);
  assertEquals(refused.error?.kind, "limit");
  assertEquals(
    refused.error?.message,
    "test.ld is larger than 256 KB, the source size limit (--max-source raises it)",
  );
  assertEquals(
    refused.error?.hint,
    "if it is meant to be this big, raise the limit, e.g. --max-source 1M",
  );
  assert(performance.now() - t0 < 100, "refused before reading it");
  const r = await runCaptured(text, { maxSourceBytes: 2 * 1024 * 1024 });
  assertEquals(r.error, null);
  assertEquals(r.result, "10");
});

Deno.test("edge: unknown escapes in strings are syntax errors that name them", async () => {
  const r = await runCaptured('print! ("a \\q b")');
  assertEquals(r.error?.kind, "syntax");
  assertMatch(r.error!.message, /unknown escape `\\q`/);
  assertEquals(
    (await runCaptured('"tab\\there \\"quoted\\" \\\\ \\{x}"')).result,
    '"tab\\there \\"quoted\\" \\\\ {x}"',
  );
});

Deno.test("edge: odd characters are named in the error", async () => {
  const r = await runCaptured("let x = 1\u00a0");
  assertEquals(r.error?.kind, "syntax");
  assertMatch(r.error!.message, /non-breaking space|U\+00A0/);
});

Deno.test("edge: a name with two letters swapped gets a did-you-mean hint", async () => {
  const r = await runCaptured('let names = ["ada"]\ncount (nmaes)');
  assertEquals(r.error?.hint, "did you mean `names`?");
});

Deno.test("edge: a name written where its keyword was meant points at the keyword", async () => {
  const r = await runCaptured('let d = #{:name "Ada"}\nget (name, d)');
  assertEquals(r.error?.kind, "validation");
  assertEquals(r.error?.hint, "did you mean the keyword `:name`? (a keyword starts with a colon)");
  // With no such keyword in the file, the nearest bound name is still suggested.
  const s = await runCaptured('let d = #{:title "Ada"}\nget (name, d)');
  assertEquals(s.error?.hint, "did you mean `name!`?");
});

Deno.test("edge: `end` from another language gets a hint", async () => {
  const r = await runCaptured("if true then 1 else 2 end");
  assertEquals(r.error?.kind, "syntax");
  assertMatch(r.error!.hint!, /^Ludus has no `end`/);
});
