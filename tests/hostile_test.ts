/**
 * Hostile input, through the command line as a user would type it: each case
 * runs `deno run FLAGS cli.ts ARGS` as a subprocess and checks that it ends
 * within a time bound with the exit code it should (1 for a Ludus error, 2 for
 * bad usage, 0 where the input is merely odd), a Ludus error that names the
 * limit and the flag that raises it, the output printed before the error kept,
 * and no JS stack trace or internal error on stderr. On Linux a watchdog reads
 * the child's resident memory (VmRSS) while it runs: a case has a ceiling
 * (`maxRssMB`), and a child past {@link KILL_RSS_MB} is killed at once, so a
 * regression fails the test instead of the machine.
 *
 * A case is one row of {@link CASES}: add one there. `$DIR` in its arguments
 * is a fresh temporary folder holding its `files`; `$PORT` is the port of a
 * small HTTP server that serves {@link REMOTE} (for imports over the network).
 *
 * `HOSTILE_DEBUG=1` prints each case's peak memory.
 *
 * Needs --allow-run, --allow-read, --allow-write=/tmp and
 * --allow-net=127.0.0.1 (deno task test grants them); skipped without them.
 */

import { assert, assertEquals, assertMatch } from "@std/assert";
import { permissionsFor } from "./_permissions.ts";

const { canRun } = permissionsFor(
  ["run", "read", { name: "write", path: "/tmp" }, { name: "net", host: "127.0.0.1" }],
  "hostile_test.ts",
);
const CLI = new URL("../cli.ts", import.meta.url).pathname;
const ROOT = new URL("../", import.meta.url).pathname;

/** One hostile input and what must come of it. */
export interface HostileCase {
  /** What it tries. */
  name: string;
  /** The command's arguments (after `cli.ts`); `$DIR` and `$PORT` are filled in. */
  args: string[];
  /** Deno's flags for the child (default `["-R"]`). */
  flags?: string[];
  /** Files to write into `$DIR` first: name to text, or a function that writes it. */
  files?: Record<string, string | ((path: string) => void)>;
  /** Text for its stdin (default: none). */
  stdin?: string;
  /** The exit code it must end with. */
  code: 0 | 1 | 2;
  /** Patterns stderr must match (each). */
  stderr?: RegExp[];
  /** What stdout must be exactly (a string) or match. */
  stdout?: string | RegExp;
  /** The longest it may take, in ms (default 60,000). */
  maxMs?: number;
  /** The most resident memory it may use, in MB (default 400; Linux only). */
  maxRssMB?: number;
  /** More checks once it has ended (its folder is still there). */
  after?: (dir: string, r: Ran) => void | Promise<void>;
}

/** What a finished child gave. */
export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall time, ms. */
  ms: number;
  /** The largest VmRSS seen, in MB (null where it cannot be read). */
  peakRssMB: number | null;
}

/** Print each case's peak memory (`HOSTILE_DEBUG=1`, with --allow-env). */
const DEBUG = Deno.permissions.querySync({ name: "env", variable: "HOSTILE_DEBUG" }).state ===
    "granted" && Deno.env.get("HOSTILE_DEBUG") !== undefined;

/** A child whose resident memory passes this is killed at once (the case then fails). */
const KILL_RSS_MB = 2048;

/** Modules the test's HTTP server serves, by path. */
const REMOTE: Record<string, string> = {
  "/lib/fine.ld": 'import "./sib.ld" as s\ns',
  "/lib/sib.ld": ":sibling",
  "/lib/steal.ld": 'print! ("remote runs")\nimport "file:///etc/hostname" as secret\nsecret',
  "/lib/steal_abs.ld": 'import "file:///dev/zero" as z\nz',
};

/** 1 followed by 400 zeros: too big for a double. */
const HUGE_NUMBER = "1" + "0".repeat(400);

/** A file of `bytes` bytes of a valid program (`:ok` lines), written in chunks. */
function bigProgram(bytes: number): (path: string) => void {
  return (path) => {
    const chunk = new TextEncoder().encode(":ok\n".repeat(1 << 18)); // 1 MB
    const f = Deno.openSync(path, { write: true, create: true, truncate: true });
    try {
      for (let left = bytes; left > 0; left -= chunk.length) {
        f.writeSync(chunk.subarray(0, Math.min(left, chunk.length)));
      }
    } finally {
      f.close();
    }
  };
}

/** The cases: one per hostile input. */
export const CASES: HostileCase[] = [
  {
    name: 'import "/dev/zero" ends at once with the module size limit; output before it kept',
    args: ["$DIR/zero.ld"],
    files: { "zero.ld": 'print! ("before")\nimport "/dev/zero" as z\n:after\n' },
    code: 1,
    stdout: "before\n",
    stderr: [
      /Ludus could not import a module at \S*zero\.ld:2:1/,
      /importing "\/dev\/zero" failed: \/dev\/zero is larger than 256 KB, the module size limit \(--max-module raises it\)/,
    ],
    maxMs: 30_000,
    maxRssMB: 150,
  },
  {
    name: "/dev/zero as the script ends at once with the source size limit",
    args: ["/dev/zero"],
    code: 1,
    stdout: "",
    stderr: [
      /Ludus stopped at a limit/,
      /\/dev\/zero is larger than 256 KB, the source size limit \(--max-source raises it\)/,
      /hint: if it is meant to be this big, raise the limit, e.g\. --max-source 1M/,
    ],
    maxMs: 30_000,
    maxRssMB: 150,
  },
  {
    name: "a 50 MB script is refused before it is compiled, memory flat",
    args: ["$DIR/big.ld"],
    files: { "big.ld": bigProgram(50 * 1024 * 1024) },
    code: 1,
    stdout: "",
    stderr: [/big\.ld is larger than 256 KB, the source size limit \(--max-source raises it\)/],
    maxRssMB: 150,
  },
  {
    name: "a script on stdin past the limit is refused the same way",
    args: ["-"],
    flags: [],
    stdin: ":ok\n".repeat(100_000),
    code: 1,
    stderr: [/<stdin> is larger than 256 KB, the source size limit \(--max-source raises it\)/],
    maxRssMB: 150,
  },
  {
    name: "--max-source raises the limit; then compiling counts against --timeout",
    args: ["--max-source", "2M", "--timeout", "50", "$DIR/big.ld"],
    files: { "big.ld": bigProgram(1024 * 1024) },
    code: 1,
    stdout: "",
    stderr: [
      /the run took longer than 50 ms \(the --timeout limit\): compiling it took \d+ ms/,
    ],
    maxRssMB: 1000,
  },
  {
    name: "--message-log 1e9 is a usage error naming the range (was an internal error)",
    args: ["--message-log", "1e9", "examples/hello.ld"],
    code: 2,
    stdout: "",
    stderr: [
      /--message-log takes a whole number from 0 to 1,048,576 \(0 turns it off\), not "1e9"/,
    ],
  },
  {
    name: "--message-log past 2^30 is a usage error (its capacity doubled to 0 and spun forever)",
    args: ["--message-log", String(2 ** 31), "examples/hello.ld"],
    code: 2,
    stderr: [/--message-log takes a whole number from 0 to 1,048,576/],
    maxMs: 30_000,
  },
  {
    name: "absurd numbers for the other options are usage errors naming the range",
    args: ["--timeout", "0", "--budget=-5", "examples/hello.ld"],
    code: 2,
    stderr: [
      /--budget takes a whole number from 1 to 1,000,000 \(reductions per slice\), not "-5"/,
    ],
  },
  {
    name: "--max-source past its ceiling is a usage error",
    args: ["--max-source", "1G", "examples/hello.ld"],
    code: 2,
    stderr: [/--max-source takes a whole number from 1 to 8M \(bytes; 256K, 1M\), not "1G"/],
  },
  {
    name: "a module from http: cannot import a file: one (Deno's rule), at the import",
    args: ["$DIR/main.ld"],
    flags: ["-R", "--allow-net=127.0.0.1"],
    files: {
      "main.ld": [
        'import "http://127.0.0.1:$PORT/lib/fine.ld" as fine',
        "print! (fine)",
        'import "http://127.0.0.1:$PORT/lib/steal.ld" as steal',
        "steal",
      ].join("\n"),
    },
    code: 1,
    stdout: ":sibling\nremote runs\n",
    stderr: [
      /Ludus could not import a module at \S*main\.ld:3:1/,
      /cannot import "file:\/\/\/etc\/hostname": a module from http:\/\/127\.0\.0\.1:\d+ cannot import a local file/,
    ],
  },
  {
    name: "a 400-digit number literal is a syntax error, as 1e400 is",
    args: ["-"],
    flags: [],
    stdin: `print! ("before")\nlet x = ${HUGE_NUMBER}\n`,
    code: 1,
    stdout: "",
    stderr: [
      /Ludus could not read this code at <stdin>:2:9/,
      /is too big for a number: the largest Ludus number has 309 digits/,
    ],
  },
  {
    name: "CR-only line endings are newlines",
    args: ["-"],
    flags: [],
    stdin: 'let a = 1\rlet b = 2\rprint! ("a\rb")\radd (a, b)\r',
    code: 0,
    stdout: "a\nb\n3\n",
  },
  {
    name: "CR-only line endings: an error names the right line",
    args: ["-"],
    flags: [],
    stdin: "let a = 1\r\rnope (a)\r",
    code: 1,
    stderr: [/at <stdin>:3:1\n/, /3 \| nope \(a\)\n/, /unbound name `nope`/],
  },
  {
    name: "the REPL evaluates a keyword; commands still work",
    args: ["repl"],
    flags: [],
    stdin: ":ok\n:names\n:foo\n",
    code: 0,
    stdout: ":ok\nnothing bound yet\n:foo\n",
  },
  {
    name: "the REPL reading a line that never ends stops at the source size limit",
    args: ["repl"],
    flags: [],
    stdin: "a".repeat(300_000),
    code: 1,
    stderr: [
      /a line of input is larger than 256 KB, the source size limit \(--max-source raises it\)/,
    ],
    maxRssMB: 150,
  },
  {
    name: "the SVG of a program with ---> and </script> keeps them inside its comment",
    args: ["--svg", "$DIR/out.svg", "$DIR/draw.ld"],
    flags: ["-R", "--allow-write=/tmp"],
    files: {
      "draw.ld":
        '& ---> <script>alert(1)</script>\nforward! (10)\nprint! ("--> </script>")\n:done &-',
    },
    code: 0,
    stdout: "--> </script>\n:done\n",
    after(dir) {
      const svg = Deno.readTextFileSync(`${dir}/out.svg`);
      const open = svg.indexOf("<!--"), close = svg.indexOf("-->");
      assert(open > 0 && close > open);
      assert(!svg.slice(open + 4, close).includes("--"), "no -- inside the comment");
      assertEquals(svg.indexOf("<script"), svg.lastIndexOf("<script"));
      assert(svg.indexOf("<script") < close, "the <script> is inside the comment");
      assertEquals(svg.slice(close, close + 10), "-->\n<rect ");
    },
  },
  {
    name: "a notebook read from /dev/zero is refused at the source size limit",
    args: ["notebook", "/dev/zero"],
    flags: ["-R", "--allow-write=/tmp"],
    code: 1,
    stderr: [/\/dev\/zero is larger than 256 KB, the source size limit \(--max-source raises it\)/],
    maxRssMB: 150,
  },
  {
    name: "a process sending to itself forever panics at the per-process limit, saying so",
    args: ["--max-process-memory", "64M", "--max-memory", "256M", "$DIR/flood.ld"],
    files: {
      "flood.ld":
        'print! ("before")\nlet me = self ()\nloop () with () -> { send! (me, :more); recur () }',
    },
    code: 1,
    stdout: "before\n",
    stderr: [
      /this process holds more than 64 MB of memory \(the --max-process-memory limit\): its mailbox holds [\d,]+ messages/,
    ],
    maxRssMB: 256,
  },
  {
    name: "a flooding child dies alone: its monitor hears why and the program finishes",
    args: ["--max-process-memory", "64M", "$DIR/child.ld"],
    files: {
      "child.ld": [
        "let child = spawn! (fn () -> {",
        "  let me = self ()",
        '  loop () with () -> { send! (me, (:more, "words")); recur () }',
        "})",
        "monitor! (child)",
        'receive { (:exit, _, (:err, why)) -> print! ("the child ended:", why) }',
        ":finished",
      ].join("\n"),
    },
    code: 0,
    stdout: /^the child ended: this process holds more than 64 MB of memory .*\n:finished\n$/,
    stderr: [/process <pid 2> panicked/, /its mailbox holds [\d,]+ messages/],
    maxRssMB: 256,
  },
  {
    name: "a loop that keeps every structure it builds stops at the run's budget",
    args: ["--max-memory", "256M", "$DIR/keep.ld"],
    files: {
      "keep.ld": 'print! ("before")\nloop ([], 0) with (xs, i) -> recur ([xs, xs, i], inc (i))',
    },
    code: 1,
    stdout: "before\n",
    stderr: [
      /the run holds more than 256 MB of memory \(the --max-memory limit\)/,
      /the biggest:\n {2}<pid 1> holds/,
    ],
    maxRssMB: 256,
  },
  {
    name: "processes that each hold a 100,000-item list and wait stop at the run's budget",
    args: ["--max-memory", "256M", "$DIR/many.ld"],
    files: {
      "many.ld": [
        'print! ("before")',
        "fn hold () -> { let xs = range (100000); receive { :never -> xs } }",
        "repeat 100000 { spawn! (hold) }",
        "sleep! (1000000)",
      ].join("\n"),
    },
    code: 1,
    stdout: "before\n",
    stderr: [/the run holds more than 256 MB of memory \(the --max-memory limit\)/],
    maxRssMB: 256,
  },
  {
    name: "--json at the memory budget still prints one JSON object with the error",
    args: ["--json", "--max-memory", "256M", "$DIR/keep.ld"],
    files: {
      "keep.ld": 'print! ("before")\nloop ([], 0) with (xs, i) -> recur ([xs, xs, i], inc (i))',
    },
    code: 1,
    after(_dir, r) {
      const out = JSON.parse(r.stdout);
      assertEquals(out.console, ["before"]);
      assertEquals(out.error.kind, "limit");
      assertMatch(out.error.message, /the --max-memory limit/);
    },
    maxRssMB: 256,
  },
  {
    name: "11,000 processes panicking the same way: three reports and a count",
    args: ["$DIR/panics.ld"],
    files: {
      "panics.ld": [
        "repeat 11000 { spawn! (fn () -> div (1, 0)) }",
        "sleep! (1000)",
        ":main_finished",
      ].join("\n"),
    },
    code: 0,
    stdout: ":main_finished\n",
    stderr: [
      /… and 10,99\d more processes panicked the same way: division by zero \(at \S*panics\.ld:1:33\)/,
    ],
    after(_dir, r) {
      const lines = r.stderr.split("\n").length;
      assert(lines < 50, `${lines} lines of reports`);
    },
  },
  {
    name: "--max-memory under what Deno itself needs is a usage error naming the range",
    args: ["--max-memory", "1M", "examples/hello.ld"],
    code: 2,
    stderr: [/--max-memory takes a whole number from 64M to 64G \(bytes; 512M, 2G\), not "1M"/],
  },
];

/** A JS stack frame, an internal error or a host exception on stderr. */
const LEAK = /^\s+at \S.*:\d+:\d+\)?$|Internal error in Ludus|Uncaught|RangeError|TypeError/m;

/** The resident memory of a process, in MB, or null if it cannot be read. */
async function rssOf(pid: number): Promise<number | null> {
  if (Deno.build.os !== "linux") return null;
  let status: string;
  try {
    status = await Deno.readTextFile(`/proc/${pid}/status`);
  } catch (e) {
    if (!(e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied)) {
      return null; // it has ended
    }
    // Deno lets only --allow-all read /proc: ask cat (--allow-run).
    const out = await new Deno.Command("cat", { args: [`/proc/${pid}/status`], stderr: "null" })
      .output().catch(() => null);
    if (out === null || !out.success) return null;
    status = new TextDecoder().decode(out.stdout);
  }
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) / 1024 : null;
}

/** Run one case's command, with the watchdogs on its time and memory. */
async function runCase(c: HostileCase, dir: string, port: number): Promise<Ran> {
  const fill = (s: string) => s.replaceAll("$DIR", dir).replaceAll("$PORT", String(port));
  const maxMs = c.maxMs ?? 60_000;
  const t0 = performance.now();
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", ...(c.flags ?? ["-R"]), CLI, ...c.args.map(fill)],
    cwd: ROOT,
    stdin: c.stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).spawn();
  let killedFor: string | null = null;
  const kill = (why: string) => {
    killedFor ??= why;
    try {
      child.kill("SIGKILL");
    } catch { /* it has ended */ }
  };
  const timer = setTimeout(() => kill(`it ran for more than ${maxMs} ms`), maxMs);
  let peak: number | null = null;
  let done = false;
  const watch = (async () => {
    while (!done) {
      const mb = await rssOf(child.pid);
      if (mb !== null) {
        peak = Math.max(peak ?? 0, mb);
        if (mb > KILL_RSS_MB) kill(`it used ${Math.round(mb)} MB`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  if (c.stdin !== undefined) {
    const w = child.stdin.getWriter();
    // The child may stop reading (a limit): what it did not read is no error.
    await w.write(new TextEncoder().encode(fill(c.stdin))).catch(() => {});
    await w.close().catch(() => {});
  }
  const out = await child.output();
  done = true;
  clearTimeout(timer);
  await watch;
  if (killedFor !== null) throw new Error(`${c.name}: killed, ${killedFor}`);
  if (DEBUG) console.log(`${c.name}: peak ${peak === null ? "?" : Math.round(peak)} MB`);
  const text = new TextDecoder();
  return {
    code: out.code,
    stdout: text.decode(out.stdout),
    stderr: text.decode(out.stderr),
    ms: performance.now() - t0,
    peakRssMB: peak,
  };
}

/** The HTTP server behind `$PORT`, started by the first case that needs it. */
let server: { port: number; close(): Promise<void> } | null = null;
function remote(): number {
  if (server === null) {
    const ctrl = new AbortController();
    const s = Deno.serve({ hostname: "127.0.0.1", port: 0, signal: ctrl.signal, onListen() {} }, (
      req,
    ) => {
      const path = new URL(req.url).pathname;
      return path in REMOTE
        ? new Response(REMOTE[path])
        : new Response("not found", { status: 404 });
    });
    server = {
      port: s.addr.port,
      async close() {
        ctrl.abort();
        await s.finished;
      },
    };
  }
  return server.port;
}

for (const c of CASES) {
  Deno.test({
    name: `hostile: ${c.name}`,
    ignore: !canRun,
    // The case's server outlives one test; it is closed after the last.
    sanitizeResources: false,
    sanitizeOps: false,
    async fn() {
      const dir = Deno.makeTempDirSync({ prefix: "ludus_hostile_" });
      try {
        const needsPort = JSON.stringify(c).includes("$PORT");
        const port = needsPort ? remote() : 0;
        for (const [name, file] of Object.entries(c.files ?? {})) {
          const path = `${dir}/${name}`;
          if (typeof file === "string") {
            Deno.writeTextFileSync(path, file.replaceAll("$PORT", String(port)));
          } else file(path);
        }
        const r = await runCase(c, dir, port);
        const where = `\n--- stdout:\n${r.stdout}\n--- stderr:\n${r.stderr}`;
        assertEquals(r.code, c.code, `exit code${where}`);
        if (typeof c.stdout === "string") assertEquals(r.stdout, c.stdout, `stdout${where}`);
        else if (c.stdout) assertMatch(r.stdout, c.stdout, `stdout${where}`);
        for (const p of c.stderr ?? []) assertMatch(r.stderr, p, `stderr${where}`);
        if (c.code === 0 && c.stderr === undefined) assertEquals(r.stderr, "", "no errors");
        assert(!LEAK.test(r.stderr), `no JS stack or internal error on stderr${where}`);
        const maxMs = c.maxMs ?? 60_000;
        assert(r.ms < maxMs, `took ${Math.round(r.ms)} ms, more than ${maxMs}`);
        if (r.peakRssMB !== null) {
          const max = c.maxRssMB ?? 400;
          assert(r.peakRssMB <= max, `used ${Math.round(r.peakRssMB)} MB, more than ${max} MB`);
        }
        await c.after?.(dir, r);
      } finally {
        Deno.removeSync(dir, { recursive: true });
      }
    },
  });
}

Deno.test({
  name: "hostile: (the modules' server stops)",
  ignore: !canRun,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await server?.close();
    server = null;
  },
});
