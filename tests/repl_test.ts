/**
 * The REPL: when an entry needs more lines, entries as processes that keep
 * their bindings, the `:` commands, and `cli.ts repl` with piped input.
 */

import { assert, assertEquals, assertMatch } from "@std/assert";
import { ECHO_MAX, isCommand, needsMore, type ReplIO, runRepl } from "../lib/host/repl.ts";
import { runDeno } from "./_run.ts";
import type { RuntimeOptions } from "../lib/runtime/runtime.ts";
import { permissionsFor } from "./_permissions.ts";

Deno.test("needsMore: open brackets, strings and unfinished forms continue on the next line", () => {
  for (
    const text of [
      "fn double (n) ->",
      "let x =",
      "if zero? (n)",
      "if x then 1",
      "match x with",
      "[1, 2",
      "#{:a 1",
      '"a string\nthat goes on',
      "do 1 >",
      "receive",
      "fn f {\n  (0) -> 1",
    ]
  ) assert(needsMore(text), text);
  for (
    const text of [
      "add (1, 2)",
      "fn f",
      "let x = 1",
      "& a comment",
      "",
      "foo bar",
      "1 }",
      "fn f {\n  (0) -> 1\n}",
    ]
  ) assert(!needsMore(text), text);
});

/** A REPL fed from a list of lines, with everything it writes. */
async function replay(
  lines: string[],
  runtime: RuntimeOptions = {},
): Promise<{ out: string; err: string; code: number }> {
  let out = "", err = "";
  const queue = [...lines];
  const io: ReplIO = {
    readLine: () => Promise.resolve(queue.length > 0 ? queue.shift()! : null),
    out: (t) => out += t,
    err: (t) => err += t,
    interactive: false,
  };
  const code = await runRepl(io, { runtime: { virtualClock: true, seed: 42, ...runtime } });
  return { out, err, code };
}

Deno.test("runRepl: entries keep bindings, print console then value; multi-line entries", async () => {
  const r = await replay([
    "let x = 20",
    "fn double (n) ->",
    "  mult (n, 2)",
    "double (x)",
    'print! ("hi", x)',
    "[1,",
    " 2]",
    "let x = 5",
    "x",
  ]);
  assertEquals(r.out, "20\nfn double\n40\nhi 20\n:ok\n[1, 2]\n5\n5\n");
  assertEquals(r.err, "");
  assertEquals(r.code, 0);
});

Deno.test("isCommand: a line is a command only when its first word is a command's name", () => {
  for (
    const line of [":help", " :q", ":quit", ":info 3", ":stack <pid 3>", ":ps", ":?", ":names"]
  ) {
    assert(isCommand(line), line);
  }
  for (const line of [":ok", ":help_me", ":name (d)", ":err", "{ :help }", "help", ":infos 3"]) {
    assert(!isCommand(line), line);
  }
});

Deno.test("runRepl: a keyword is Ludus, not an unknown command; commands still work", async () => {
  const r = await replay([":ok", ":foo", ":name (#{:name 3})", "{ :help }", ":q"]);
  assertEquals(r.out, ":ok\n:foo\n3\n:help\n");
  assertEquals(r.err, "");
  const typo = await replay([":stak 3"]);
  assertMatch(typo.err, /Ludus could not read this code at entry 1:1:7/);
  assertMatch(typo.err, /\(:stak is not a REPL command either: :help lists them\)\n$/);
});

Deno.test("runRepl: an entry stops growing at the source size limit, with a limit error", async () => {
  const r = await replay(["[", ...Array.from({ length: 200 }, () => "1,"), "]", ":ok"], {
    maxSourceBytes: 300,
  });
  assertMatch(
    r.err,
    /entry 1 is larger than 300 bytes, the source size limit \(--max-source raises it\)/,
  );
  // The rest of the open list became entries of their own; the REPL went on.
  assertMatch(r.out, /:ok\n$/);
});

Deno.test("runRepl: an entry that fails prints its error; the next entries go on", async () => {
  const r = await replay(["let a = 1", "div (a, 0)", "add (a, 1)", "nope"]);
  assertEquals(r.out, "1\n2\n");
  assertMatch(r.err, /Ludus panicked in process <pid 2> at entry 2:1:1\n/);
  assertMatch(r.err, /division by zero/);
  assertMatch(r.err, /unbound name `nope`/);
  assertEquals(r.err.match(/division by zero/g)?.length, 1, "the panic is reported once");
});

Deno.test("runRepl: :processes, :info, :stack, :messages, :names, :help, :quit", async () => {
  const r = await replay([
    "fn serve () -> receive { (:go, from) -> { send! (from, :gone); serve () } }",
    'let p = spawn! (fn () -> { name! ("waiter"); serve () })',
    "yield! ()",
    ":processes",
    ":info 3",
    ":stack <pid 3>",
    ":messages 3",
    "send! (p, (:go, self ())); receive { :gone -> :ok }",
    ":messages 3",
    ":names",
    ":info 99",
    ":bogus 3",
    ":help",
    ":quit",
    "this is never read",
  ]);
  assertMatch(
    r.out,
    /PID\s+NAME\s+STATUS\s+REDUCTIONS\s+MAILBOX\s+WHERE\n<pid 3>\s+waiter\s+waiting/,
  );
  assertMatch(r.out, /name\s+"waiter"\n/);
  assertMatch(r.out, /status\s+:waiting\n/);
  assertMatch(r.out, /serve \(\)\s+at entry 1:1/);
  assertMatch(r.out, /<pid 3> has sent and received no messages/);
  assertMatch(r.out, /\n:ok\n/);
  assertMatch(r.out, /\nserve p\n/);
  assertMatch(r.out, /:processes\s+the live processes/);
  assertMatch(
    r.out,
    /#\d+ <- from <pid (\d+)>: \(:go, <pid \1>\)\n#\d+ -> to {3}<pid \1>: :gone\n/,
  );
  assertMatch(r.err, /there is no live process <pid 99>/);
  assertMatch(r.err, /\(:bogus is not a REPL command either: :help lists them\)/);
  assert(!r.out.includes("never"), "nothing is read after :quit");
});

const { canRun } = permissionsFor(["run"], "repl_test.ts (its command-line test)");

Deno.test({
  name: "cli repl: reads piped lines, no prompts; exit 0 at the end of input",
  ignore: !canRun,
  async fn() {
    const cli = new URL("../cli.ts", import.meta.url).pathname;
    const { code, stdout, stderr } = await runDeno(
      ["run", cli, "repl", "--seed", "42", "--virtual-clock"],
      {
        stdin:
          'let xs = [1, 2, 3]\nfn sum (list) -> fold (add, list, 0)\nsum (xs)\nprint! ("done")\n:ps\n1 }\n',
      },
    );
    assertEquals(code, 0);
    assertEquals(stdout, "[1, 2, 3]\nfn sum\n6\ndone\n:ok\nno live processes\n");
    assertMatch(stderr, /Ludus could not read this code at entry 5:1:3/);
  },
});

Deno.test("runRepl: a long value is echoed cut, saying how long it is; print! still prints all of it", async () => {
  const r = await replay(["range (3000)", "print! (range (3000))", "range (10)"]);
  const lines = r.out.split("\n");
  const full = `[${Array.from({ length: 3000 }, (_, i) => i).join(", ")}]`;
  assertEquals(
    lines[0],
    `${full.slice(0, ECHO_MAX)} … (${
      full.length.toLocaleString("en-US")
    } characters in all; print! shows everything)`,
  );
  assertEquals(lines[1], full);
  assertEquals(lines[3], "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
});
