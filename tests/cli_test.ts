/**
 * The command line, run as a subprocess: exit codes, stdout/stderr split, stdin,
 * JSON output. Needs --allow-run and --allow-read (deno task test grants them);
 * skipped otherwise, and says so.
 */

import { assert, assertEquals, assertMatch } from "@std/assert";
import { type Ran, runDeno } from "./_run.ts";
import { permissionsFor } from "./_permissions.ts";
import { LudusError } from "../lib/errors/errors.ts";

const { canRun } = permissionsFor(["run", "read"], "cli_test.ts");
const CLI = new URL("../cli.ts", import.meta.url).pathname;
const ROOT = new URL("../", import.meta.url).pathname;

function cli(args: string[], stdin?: string, flags = ["-R"]): Promise<Ran> {
  return runDeno(["run", ...flags, CLI, ...args], { stdin, cwd: ROOT });
}

Deno.test({
  name: "cli: runs a script, console then result on stdout, exit 0",
  ignore: !canRun,
  async fn() {
    const r = await cli(["examples/hello.ld"]);
    assertEquals(r.code, 0);
    assertEquals(r.stdout, "hello, world\n:ok\n");
    assertEquals(r.stderr, "");
  },
});

Deno.test({
  name: "cli: a panic goes to stderr with file:line and exit 1; output before it is kept",
  ignore: !canRun,
  async fn() {
    const r = await cli(["-"], 'print! ("first")\ndiv (1, 0)\n', []);
    assertEquals(r.code, 1);
    assertEquals(r.stdout, "first\n");
    assertMatch(r.stderr, /<stdin>:2:1/);
    assertMatch(r.stderr, /division by zero/);
    assert(!/\bat file:\/\//.test(r.stderr), "no JS stack trace");
  },
});

Deno.test({
  name: "cli: bad usage exits 2 (unknown flag, missing file, no script)",
  ignore: !canRun,
  async fn() {
    assertEquals((await cli(["--bogus", "x.ld"])).code, 2);
    const missing = await cli(["no/such/file.ld"]);
    assertEquals(missing.code, 2);
    assertMatch(missing.stderr, /no such file/);
    assertEquals((await cli([])).code, 2);
  },
});

Deno.test({
  name: "cli: --json prints one object with result, console, turtle, error",
  ignore: !canRun,
  async fn() {
    const r = await cli(["--json", "-"], 'print! ("a")\n:b', []);
    assertEquals(r.code, 0);
    const j = JSON.parse(r.stdout);
    assertEquals(j.result, ":b");
    assertEquals(j.console, ["a"]);
    assertEquals(j.error, null);
    assert(Array.isArray(j.turtle));
    const bad = JSON.parse((await cli(["--json", "-"], "foo bar", [])).stdout);
    assertEquals(bad.error.kind, "syntax");
    assertEquals(bad.error.line, 1);
  },
});

Deno.test({
  name: "cli: --help exits 0; --disasm prints bytecode with source lines",
  ignore: !canRun,
  async fn() {
    const h = await cli(["--help"]);
    assertEquals(h.code, 0);
    assertMatch(h.stdout, /Usage/);
    const d = await cli(["--disasm", "examples/hello.ld"]);
    assertEquals(d.code, 0);
    assertMatch(d.stdout, /== toplevel \(examples\/hello\.ld:1\) ==/);
    assertMatch(d.stdout, /CALL/);
  },
});

Deno.test({
  name: "cli: --wait-all waits for every process and fails if any failed",
  ignore: !canRun,
  async fn() {
    const prog =
      'spawn! (fn () -> { sleep! (20); print! ("late") })\nspawn! (fn () -> div (1, 0))\n:main';
    const plain = await cli(["-"], prog, []);
    assertEquals(plain.code, 0);
    assertEquals(plain.stdout, ":main\n");
    const all = await cli(["--wait-all", "-"], prog, []);
    assertEquals(all.stdout, "late\n:main\n");
    assertEquals(all.code, 1);
  },
});

Deno.test({
  name: "cli: --observe prints a table of every process at exit (stderr)",
  ignore: !canRun,
  async fn() {
    const prog =
      "box b = 1\nlet p = spawn! (fn () -> receive { :never -> :ok })\nspawn! (fn () -> :quick)\nyield! ()\n:main";
    const r = await cli(["--observe", "-"], prog, []);
    assertEquals(r.code, 0);
    assertEquals(r.stdout, ":main\n");
    assertMatch(r.stderr, /PID\s+NAME\s+STATUS\s+REDUCTIONS\s+MAILBOX\s+WHERE/);
    assertMatch(r.stderr, /<pid 2>\s+box b\s+stopped \(waiting\).*holds 1/);
    assertMatch(r.stderr, /<pid 3>\s+stopped \(waiting\).*<stdin>:2 in fn anonymous/);
    assertMatch(r.stderr, /<pid 4>\s+done.*returned :quick/);
  },
});

Deno.test({
  name: "cli: top runs the program with a process table and ends with it",
  ignore: !canRun,
  async fn() {
    const r = await cli(["top", "-"], 'spawn! (fn () -> sleep! (10))\nprint! ("hi")\n:done', []);
    assertEquals(r.code, 0);
    assertMatch(r.stdout, /ludus top/);
    assertMatch(r.stdout, /> hi/);
    assertMatch(r.stdout, /result: :done/);
  },
});

Deno.test({
  name: "cli: test mode reports each test with its line and fails on a failure",
  ignore: !canRun,
  async fn() {
    const prog =
      'test "adds" eq? (add (1, 2), 3)\ntest "wrong" eq? (1, 2)\ntest "panics" div (1, 0)\n:x';
    const r = await cli(["test", "-"], prog, []);
    assertEquals(r.code, 1);
    assertMatch(r.stdout, /ok\s+test "adds" \(<stdin>:1\)/);
    assertMatch(r.stdout, /FAILED test "wrong" \(<stdin>:2\): its value was false/);
    assertMatch(r.stdout, /FAILED test "panics" \(<stdin>:3\): it panicked: division by zero/);
    assertMatch(r.stdout, /3 tests: 1 passed, 2 failed/);
    const plain = await cli(["-"], prog, []);
    assertEquals(plain.stdout, ":x\n", "tests are skipped in a normal run");
    const ok = await cli(["--test", "-"], 'test "fine" true', []);
    assertEquals(ok.code, 0);
  },
});

Deno.test({
  name: "cli: doc NAME prints a prelude function's doc; an unknown name exits 1",
  ignore: !canRun,
  async fn() {
    const r = await cli(["doc", "first"]);
    assertEquals(r.code, 0);
    assertMatch(r.stdout, /^first\n/);
    assertMatch(r.stdout, /\(xs as :list\)/);
    assertEquals((await cli(["doc", "no_such_fn"])).code, 1);
  },
});

import shapesOut from "./testmode/shapes.out" with { type: "text" };

Deno.test({
  name: "cli: test mode output matches the golden file tests/testmode/shapes.out",
  ignore: !canRun,
  async fn() {
    const r = await cli(["test", "tests/testmode/shapes.ld"]);
    assertEquals(r.code, 1);
    assertEquals(r.stdout, shapesOut);
  },
});

Deno.test({
  name: "cli: when the reader of stdout goes away (| head), the run ends quietly with status 0",
  ignore: !canRun,
}, async () => {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-R", CLI, "-"],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode('repeat 200000 { print! ("line") }\n'));
  await w.close();
  const reader = child.stdout.getReader();
  const first = await reader.read();
  assert(new TextDecoder().decode(first.value).startsWith("line\n"));
  await reader.cancel(); // close our end of the pipe
  const [status, err] = await Promise.all([
    child.status,
    new Response(child.stderr).text(),
  ]);
  assertEquals(err, "");
  assertEquals(status.code, 0);
});

Deno.test("cli options: every numeric option takes a range; outside it is a usage error naming it", async () => {
  const { intOption } = await import("../lib/host/command.ts");
  const usage = (v: string, name: string) => {
    try {
      intOption(v, name);
    } catch (e) {
      if (!(e instanceof LudusError) || e.kind !== "usage") throw e;
      return e.message;
    }
    throw new Error(`--${name} ${v} was accepted`);
  };
  assertEquals(intOption(undefined, "budget"), undefined);
  assertEquals(intOption("1_000", "timeout"), 1000);
  assertEquals(intOption("1e9", "max-reductions"), 1e9);
  assertEquals(intOption("0", "message-log"), 0);
  assertEquals(intOption("1048576", "message-log"), 2 ** 20);
  assertEquals(intOption("4294967295", "seed"), 2 ** 32 - 1);
  assertEquals(intOption("0", "port"), 0);
  assertEquals(intOption("300K", "max-source"), 300 * 1024);
  assertEquals(intOption("1.5M", "max-module"), 1.5 * 1024 * 1024);
  assertEquals(intOption("2mb", "max-source"), 2 * 1024 * 1024);
  assertEquals(
    usage("1e9", "message-log"),
    '--message-log takes a whole number from 0 to 1,048,576 (0 turns it off), not "1e9"',
  );
  assertEquals(
    usage("0", "budget"),
    '--budget takes a whole number from 1 to 1,000,000 (reductions per slice), not "0"',
  );
  assertEquals(
    usage("0", "timeout"),
    '--timeout takes a whole number from 1 to 2,147,483,647 (milliseconds), not "0"',
  );
  assertEquals(
    usage("9M", "max-source"),
    '--max-source takes a whole number from 1 to 8M (bytes; 256K, 1M), not "9M"',
  );
  for (
    const [v, name] of [
      ["2147483648", "message-log"],
      ["1.5", "budget"],
      ["-1", "seed"],
      ["4294967296", "seed"],
      ["", "timeout"],
      ["0x10", "timeout"],
      ["Infinity", "max-reductions"],
      ["9007199254740993", "max-reductions"],
      ["65536", "port"],
      ["10K", "timeout"],
      ["0", "max-source"],
      ["1G", "max-module"],
    ]
  ) {
    assertMatch(
      usage(v, name),
      new RegExp(`^--${name} takes a whole number from `),
      `${name} ${v}`,
    );
  }
});

Deno.test({
  name: "cli options: notebook, repl and serve check their numbers too (exit 2)",
  ignore: !canRun,
  async fn() {
    const nb = await cli(["notebook", "--timeout", "0", "examples/notebook.md"]);
    assertEquals(nb.code, 2);
    assertMatch(nb.stderr, /--timeout takes a whole number from 1 to 2,147,483,647/);
    const repl = await cli(["repl", "--budget", "lots"], "", []);
    assertEquals(repl.code, 2);
    assertMatch(repl.stderr, /--budget takes a whole number/);
    const serve = await cli(["serve", "--port", "70000"]);
    assertEquals(serve.code, 2);
    assertMatch(
      serve.stderr,
      /--port takes a whole number from 0 to 65,535 \(0 picks a free one\)/,
    );
    const help = await cli(["--help"]);
    assertMatch(help.stdout, /--max-source BYTES {5}read scripts up to BYTES \(default 256K/);
    assertMatch(help.stdout, /--max-module BYTES/);
  },
});
