/**
 * Import as a process: files on disk (nested folders), caching, cycles, failing
 * modules, a module that never finishes, imports over HTTP from a local server,
 * and mod.ts itself imported by URL from another Deno program.
 * Needs --allow-read (and --allow-net=127.0.0.1, --allow-run for the last two).
 */

import { assert, assertEquals, assertMatch } from "@std/assert";
import { loadModuleText } from "../lib/host/deno.ts";
import { Runtime } from "../lib/runtime/runtime.ts";
import { permissionsFor } from "./_permissions.ts";
import { infoOf } from "../lib/observe/snapshot.ts";
import type { LudusError } from "../lib/errors/errors.ts";

const perm = (name: "read" | "net" | "run" | "write") =>
  Deno.permissions.querySync(
    name === "net"
      ? { name, host: "127.0.0.1" }
      : name === "write"
      ? { name, path: "/tmp" }
      : { name },
  ).state === "granted";
const canRead = perm("read");
// Each test asks for what it needs (above); this says which are skipped, and why.
permissionsFor(
  ["read", { name: "net", host: "127.0.0.1" }, "run", { name: "write", path: "/tmp" }],
  "modules_test.ts (the tests that need them)",
);
const DIR = new URL("./modules/", import.meta.url);

async function runFile(name: string, base: URL = DIR) {
  const url = new URL(name, base);
  const text = await loadModuleText(url.href);
  const reports: string[] = [];
  const rt = new Runtime({
    file: name,
    url: url.href,
    moduleHost: { load: loadModuleText },
    virtualClock: true,
    host: {
      report: (t: string, e: LudusError | null) => reports.push(t + (e ? "\n" + e.message : "")),
    },
  });
  const r = await rt.runMain(text, name);
  return { ...r, reports, rt };
}

Deno.test({
  name: "import: values, caching (a module runs once), nested relative paths",
  ignore: !canRead,
  async fn() {
    const r = await runFile("main.ld");
    assertEquals(r.error, null);
    assertEquals(r.console, ["lib.ld runs once", "9 true"]);
    assertEquals(r.result, '"shapes from a folder two levels up"');
  },
});

Deno.test({
  name: "import: a cycle of two and of three is an error listing the chain",
  ignore: !canRead,
  async fn() {
    const two = await runFile("cycle_a.ld");
    assertEquals(two.error?.kind, "import");
    assertMatch(two.error!.message, /cycle_a\.ld → cycle_b\.ld → cycle_a\.ld/);
    const three = await runFile("cycle_x.ld");
    assertMatch(three.error!.message, /cycle_x\.ld → cycle_y\.ld → cycle_z\.ld → cycle_x\.ld/);
  },
});

Deno.test({
  name: "import: a panicking module is reported at its own line, then fails the importer",
  ignore: !canRead,
  async fn() {
    const r = await runFile("use_panics.ld");
    assertEquals(r.console, ["before the import", "the module starts"]);
    assertEquals(r.error?.kind, "import");
    assertEquals(r.error?.location(), "use_panics.ld:2:1");
    assertMatch(r.error!.message, /importing "panics\.ld" failed: the pattern `\(a, b\)`/);
    assertMatch(r.error!.message, /at panics\.ld:2:1/);
    assert(r.reports.some((t) => t.includes("panics.ld") && t.includes("panicked")));
  },
});

Deno.test({
  name: "import: a missing file is a clear import error at the import line",
  ignore: !canRead,
  async fn() {
    const r = await runFile("missing.ld");
    assertEquals(r.error?.kind, "import");
    assertEquals(r.error?.location(), "missing.ld:1:1");
    assertMatch(r.error!.message, /no_such_module\.ld: there is no such file/);
  },
});

Deno.test({
  name: "import: a module that never finishes shows in observe as waiting, named by its path",
  ignore: !canRead,
  async fn() {
    const url = new URL("use_hangs.ld", DIR);
    const rt = new Runtime({
      url: url.href,
      moduleHost: { load: loadModuleText },
      virtualClock: true,
    });
    const main = rt.startMain(rt.compile(await loadModuleText(url.href), "use_hangs.ld"));
    await rt.scheduler.runUntilIdle();
    const mod = [...rt.scheduler.procs.values()].find((p) => p.name === "hangs.ld");
    assert(mod, "the module's process is alive");
    assertEquals(infoOf(mod).status, "waiting");
    assertEquals(rt.inspect(main)!.info.status, "waiting");
  },
});

/** Serve a folder over HTTP on 127.0.0.1 (TypeScript with a type Deno accepts). */
function serveDir(root: URL): { url: string; close: () => Promise<void> } {
  const ac = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen: () => {} },
    async (req) => {
      const path = decodeURIComponent(new URL(req.url).pathname).replace(/^\/+/, "");
      try {
        const body = await Deno.readFile(new URL(path, root));
        const type = path.endsWith(".ts") ? "application/typescript" : "text/plain; charset=utf-8";
        return new Response(body, { headers: { "content-type": type } });
      } catch {
        return new Response("not found", { status: 404 });
      }
    },
  );
  return {
    url: `http://127.0.0.1:${server.addr.port}/`,
    close: () => (ac.abort(), server.finished),
  };
}

Deno.test({
  name: "import: modules served over http from a local server, relative paths included",
  ignore: !canRead || !perm("net"),
  async fn() {
    const srv = serveDir(DIR);
    try {
      const r = await runFile("main.ld", new URL(srv.url));
      assertEquals(r.error, null);
      assertEquals(r.console, ["lib.ld runs once", "9 true"]);
      const missing = await runFile("missing.ld", new URL(srv.url)).catch((e) => e);
      assertMatch(String(missing.error?.message ?? missing), /404/);
    } finally {
      await srv.close();
    }
  },
});

Deno.test({
  name: "mod.ts imported by URL from another Deno program runs prelude, processes and imports",
  ignore: !canRead || !perm("net") || !perm("run") || !perm("write"),
  async fn() {
    const root = new URL("../", import.meta.url);
    const srv = serveDir(root);
    const dir = await Deno.makeTempDir({ dir: "/tmp" });
    try {
      const consumer = `${dir}/consumer.ts`;
      await Deno.writeTextFile(
        consumer,
        `import { run } from "${srv.url}mod.ts";
const r = await run(\`
import "observe" as observe
let me = self ()
spawn! (fn () -> send! (me, (:hi, count (observe :processes ()))))
let got = receive { (:hi, n) -> n }
print! ("got", got)
do [1, 2, 3] > map (inc, _) > fold (add, _, 0)\`);
console.log(JSON.stringify({ result: r.result, console: r.console, error: r.error?.message ?? null }));
`,
      );
      const host = new URL(srv.url).host;
      const out = await new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "--quiet",
          "--reload",
          `--allow-import=${host}`,
          `--allow-net=${host}`,
          consumer,
        ],
        cwd: dir,
        env: { NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
        stdout: "piped",
        stderr: "piped",
      }).output();
      const stderr = new TextDecoder().decode(out.stderr);
      assertEquals(out.code, 0, stderr);
      const j = JSON.parse(new TextDecoder().decode(out.stdout));
      assertEquals(j, { result: "9", console: ["got 2"], error: null });
    } finally {
      await srv.close();
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("import: --timeout also ends a run that waits for a module the host never delivers", async () => {
  const rt = new Runtime({
    url: "file:///tmp/main.ld",
    moduleHost: { load: () => new Promise<string>(() => {}) },
    timeoutMs: 100,
    virtualClock: false,
  });
  const t0 = performance.now();
  const r = await rt.runMain('print! ("before")\nimport "./never.ld" as n\n:after', "main.ld");
  assert(performance.now() - t0 < 5000, "stopped at the deadline, not left waiting");
  assertEquals(r.console, ["before"]);
  assertEquals(r.error?.kind, "limit");
  assertMatch(r.error!.message, /longer than 100 ms/);
  assertEquals(r.error!.location(), "main.ld:2:1");
});

/** A runtime whose modules come from a table of URL to text (and the URLs asked for). */
function fromTable(table: Record<string, string>, mainUrl: string, extra = {}) {
  const asked: string[] = [];
  const rt = new Runtime({
    url: mainUrl,
    virtualClock: true,
    moduleHost: {
      load: (url) => {
        asked.push(url);
        return url in table
          ? Promise.resolve(table[url])
          : Promise.reject(new Error(`no ${url} in the table`));
      },
    },
    ...extra,
  });
  return { rt, asked };
}

Deno.test("import: a module from https: cannot import a file: one (Deno's rule), at the import", async () => {
  const { rt, asked } = fromTable({
    "https://example.com/lib/remote.ld":
      'print! ("remote runs")\nimport "file:///etc/hosts" as h\n:no',
    "https://example.com/lib/ok.ld": 'import "./sib.ld" as s\ns',
    "https://example.com/lib/sib.ld": ":sibling",
  }, "file:///home/me/main.ld");
  const r = await rt.runMain(
    'import "https://example.com/lib/ok.ld" as ok\nprint! (ok)\nimport "https://example.com/lib/remote.ld" as r\n:after',
    "main.ld",
  );
  assertEquals(r.console, [":sibling", "remote runs"]);
  assertEquals(r.error?.kind, "import");
  assertMatch(
    r.error!.message,
    /cannot import "file:\/\/\/etc\/hosts": a module from https:\/\/example\.com cannot import a local file \(file:\/\/\/etc\/hosts\); only https: and http: modules, as in Deno/,
  );
  assertEquals(r.error!.location(), "main.ld:3:1");
  assert(!asked.includes("file:///etc/hosts"), "the file was never read");
  // A local script may import from anywhere; an http: module is held to the rule too.
  const http = fromTable(
    { "http://127.0.0.1:1/m.ld": 'import "/etc/hosts" as h\n:no' },
    "file:///home/me/main.ld",
  );
  const r2 = await http.rt.runMain('import "http://127.0.0.1:1/m.ld" as m', "main.ld");
  // `/etc/hosts` from an http: module is http://127.0.0.1:1/etc/hosts: allowed (not in the table).
  assertMatch(r2.error!.message, /no http:\/\/127\.0\.0\.1:1\/etc\/hosts in the table/);
  const main = fromTable({}, "https://example.com/main.ld");
  const r3 = await main.rt.runMain('import "file:///etc/hosts" as h', "main.ld");
  assertMatch(r3.error!.message, /cannot import a local file/);
  assertEquals(main.asked, []);
});

Deno.test({
  name: "import: a module past the module size limit is an error naming it; /dev/zero ends at once",
  ignore: !canRead,
  async fn() {
    const big = "& big\n".repeat(200);
    const { rt } = fromTable({ "file:///m/big.ld": big }, "file:///m/main.ld", {
      maxModuleBytes: 1000,
    });
    const r = await rt.runMain('import "./big.ld" as b', "main.ld");
    assertEquals(r.error?.kind, "import");
    assertMatch(
      r.error!.message,
      /importing "big\.ld" failed: big\.ld is larger than 1000 bytes, the module size limit \(--max-module raises it\)/,
    );
    // The Deno host reads no more than the limit, from a file that never ends.
    if (Deno.build.os !== "windows") {
      const t0 = performance.now();
      const e = await loadModuleText("file:///dev/zero", 4096).then(() => null, (e) => e);
      assert(performance.now() - t0 < 2000);
      assertEquals(e?.kind, "limit");
      assertEquals(
        e?.message,
        "/dev/zero is larger than 4 KB, the module size limit (--max-module raises it)",
      );
    }
    assertEquals(
      await loadModuleText(new URL("lib.ld", DIR).href, 100_000).then((t) => t.length > 0),
      true,
    );
  },
});

Deno.test("import: FETCH_MODULE_HOST reads a body only up to the limit", async () => {
  const { readBodyAtMost } = await import("../lib/runtime/modules.ts");
  let pulled = 0;
  const endless = new ReadableStream<Uint8Array>({
    pull(c) {
      pulled++;
      c.enqueue(new Uint8Array(1024));
    },
  });
  assertEquals(await readBodyAtMost(new Response(endless), 10_000), null);
  assert(pulled < 20, `stopped after ${pulled} chunks`);
  const declared = new Response("x".repeat(100), { headers: { "content-length": "100" } });
  assertEquals(await readBodyAtMost(declared, 99), null);
  assertEquals((await readBodyAtMost(new Response("abc"), 3))?.length, 3);
});
