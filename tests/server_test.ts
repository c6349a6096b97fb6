/**
 * `cli.ts serve`, the page's static file server, against a small site made
 * in a temporary folder (not the real build): files with their types, HEAD,
 * 404, 405, the security headers, paths that try to leave the folder, other
 * hosts, no API. Then the command as a subprocess: the `#code=` link to a
 * file, a raw request with `..` in its path, and the usage errors (a notebook,
 * a site not built). Needs --allow-read, --allow-write=/tmp, and for the
 * subprocess --allow-run and --allow-net=127.0.0.1 (deno task test grants
 * them); skipped without them, and says so.
 */

import { assert, assertEquals, assertMatch } from "@std/assert";
import { type App, codeLink, CONTENT_SECURITY_POLICY, createApp } from "../lib/host/server.ts";
import { decodeCode } from "../web/share.ts";
import { runDeno } from "./_run.ts";
import { permissionsFor } from "./_permissions.ts";

const { canRun } = permissionsFor(["read", { name: "write", path: "/tmp" }], "server_test.ts");
const { canRun: canRunCli } = permissionsFor([
  "run",
  "read",
  { name: "write", path: "/tmp" },
  { name: "net", host: "127.0.0.1" },
]);
const ROOT = new URL("../", import.meta.url).pathname;
const CLI = new URL("../cli.ts", import.meta.url).pathname;
const BASE = "http://127.0.0.1:8000";

/**
 * A temporary folder with a secret file beside `site/` (what a path escaping
 * the site would reach) and a small site in `site/`.
 */
function makeSite(): { dir: string; site: string; linked: boolean; close(): void } {
  const dir = Deno.makeTempDirSync({ prefix: "ludus_site_" });
  const site = `${dir}/site`;
  Deno.writeTextFileSync(`${dir}/deno.json`, '{"secret": true}\n');
  Deno.mkdirSync(`${site}/examples`, { recursive: true });
  Deno.writeTextFileSync(
    `${site}/index.html`,
    '<!DOCTYPE html>\n<script type="module" src="app.js"></script>\n',
  );
  Deno.writeTextFileSync(`${site}/style.css`, "body { color: black }\n");
  Deno.writeTextFileSync(`${site}/app.js`, 'new Worker("worker.js", { type: "module" });\n');
  Deno.writeTextFileSync(`${site}/worker.js`, "self.postMessage(1);\n");
  Deno.writeTextFileSync(`${site}/examples/hello.ld`, 'print! ("hello")\n');
  Deno.writeTextFileSync(`${site}/examples/index.json`, '[{"file": "hello.ld"}]\n');
  Deno.writeTextFileSync(`${site}/.hidden`, "hidden\n");
  const linked = symlink(`${dir}/deno.json`, `${site}/link.json`);
  return { dir, site, linked, close: () => Deno.removeSync(dir, { recursive: true }) };
}

/**
 * Make a symbolic link, with `ln -s` where Deno will not (it needs unscoped
 * --allow-write for that); whether one was made.
 */
function symlink(target: string, path: string): boolean {
  try {
    Deno.symlinkSync(target, path);
    return true;
  } catch (e) {
    if (!(e instanceof Deno.errors.NotCapable)) throw e;
  }
  if (Deno.permissions.querySync({ name: "run", command: "ln" }).state !== "granted") return false;
  return new Deno.Command("ln", { args: ["-s", target, path] }).outputSync().success;
}

async function request(
  app: App,
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; body: string }> {
  const res = await app.handler(new Request(BASE + path, init));
  return { status: res.status, headers: res.headers, body: await res.text() };
}

Deno.test({
  name: "server: serves the site's files with their types and the security headers; HEAD",
  ignore: !canRun,
  async fn() {
    const s = makeSite();
    try {
      const app = createApp({ site: new URL(`file://${s.site}`) });
      const types: [string, string, RegExp][] = [
        ["/", "text/html; charset=utf-8", /<script type="module" src="app.js">/],
        ["/index.html", "text/html; charset=utf-8", /^<!DOCTYPE html>/],
        ["/style.css", "text/css; charset=utf-8", /color: black/],
        ["/app.js", "text/javascript; charset=utf-8", /new Worker/],
        ["/worker.js", "text/javascript; charset=utf-8", /postMessage/],
        ["/examples/index.json", "application/json; charset=utf-8", /hello\.ld/],
        ["/examples/hello.ld", "text/plain; charset=utf-8", /^print! \("hello"\)\n$/],
      ];
      for (const [path, type, body] of types) {
        const r = await request(app, path);
        assertEquals([path, r.status, r.headers.get("content-type")], [path, 200, type]);
        assertMatch(r.body, body);
        assertEquals(r.headers.get("x-content-type-options"), "nosniff");
        assertEquals(r.headers.get("content-security-policy"), CONTENT_SECURITY_POLICY);
      }
      assertMatch(CONTENT_SECURITY_POLICY, /script-src 'self';/);
      assertMatch(CONTENT_SECURITY_POLICY, /worker-src 'self';/);
      assert(!/script-src[^;]*unsafe/.test(CONTENT_SECURITY_POLICY), "no unsafe scripts");
      const head = await request(app, "/app.js", { method: "HEAD" });
      assertEquals([head.status, head.body], [200, ""]);
      assertEquals(head.headers.get("content-type"), "text/javascript; charset=utf-8");
      assertEquals(
        head.headers.get("content-length"),
        String(Deno.statSync(`${s.site}/app.js`).size),
      );
    } finally {
      s.close();
    }
  },
});

Deno.test({
  name:
    "server: 404 for what is not a file of the site, 405 for other methods, 403 for other hosts; no API",
  ignore: !canRun,
  async fn() {
    const s = makeSite();
    try {
      const app = createApp({ site: new URL(`file://${s.site}/`) });
      const notFound = [
        "/nope.js",
        "/examples", // a folder: no listing
        "/examples/",
        "/examples/hello.ld/",
        "/.hidden",
        "/../deno.json",
        "/%2e%2e/deno.json",
        "/examples/%2e%2e/%2e%2e/deno.json",
        "/..%2fdeno.json",
        "/%2e%2e%2fdeno.json",
        "/examples/..%5c..%5cdeno.json",
        "/%2ehidden",
        "/examples//hello.ld",
        "/%00",
        "/%zz",
        "/api/file",
        "/api/run",
      ];
      if (s.linked) notFound.push("/link.json");
      for (const path of notFound) {
        const r = await request(app, path);
        assertEquals([path, r.status], [path, 404]);
        assert(!r.body.includes("secret"), path);
      }
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        for (const path of ["/", "/api/run", "/index.html"]) {
          const r = await request(app, path, {
            method,
            headers: { "content-type": "application/json" },
            body: method === "DELETE" ? undefined : '{"source": "print! (1)"}',
          });
          assertEquals([method, path, r.status], [method, path, 405]);
          assertEquals(r.headers.get("allow"), "GET, HEAD");
        }
      }
      for (
        const host of ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "10.0.0.1"]
      ) {
        const r = await request(app, "/", { headers: { host } });
        assertEquals([host, r.status], [host, 403]);
      }
      for (const host of ["localhost:8000", "127.0.0.1", "[::1]:8000", "LOCALHOST"]) {
        const r = await request(app, "/", { headers: { host } });
        assertEquals([host, r.status], [host, 200]);
      }
    } finally {
      s.close();
    }
  },
});

Deno.test("server: codeLink gives the address the page's share.ts reads back", () => {
  for (const text of ["", 'print! ("héllo 🐢")\n', "??>", "x".repeat(100_000) + "\u00e9"]) {
    const link = codeLink("http://127.0.0.1:8000/#old", text);
    const m = /^http:\/\/127\.0\.0\.1:8000\/#code=([A-Za-z0-9_-]*)$/.exec(link);
    assert(m, link.slice(0, 80));
    assertEquals(decodeCode(m[1]), text);
  }
});

/** `cli.ts serve ARGS` until it prints `lines` lines; then `stop` ends it. */
async function startServe(args: string[], lines: number) {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-net=127.0.0.1", CLI, "serve", ...args],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let seen = "";
  while (seen.split("\n").length <= lines) {
    const { value, done } = await reader.read();
    if (done) {
      const err = await new Response(child.stderr).text();
      throw new Error(`serve did not start: ${seen}${err}`);
    }
    seen += value;
  }
  return {
    out: seen,
    /** Stop it (Ctrl-C); what it wrote to stderr. */
    async stop(): Promise<string> {
      child.kill("SIGINT");
      await reader.cancel();
      const stderr = await new Response(child.stderr).text();
      await child.status;
      return stderr;
    },
  };
}

/** Send one raw HTTP request (its path and Host exactly as given) and read the answer. */
async function rawGet(port: number, path: string, host = `127.0.0.1:${port}`): Promise<string> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  try {
    await conn.write(
      new TextEncoder().encode(
        `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      ),
    );
    return await new Response(conn.readable).text();
  } catch (e) {
    conn.close();
    throw e;
  }
}

Deno.test({
  name: "serve FILE.ld: prints the page's address, then a #code= link holding the file's text",
  ignore: !canRunCli,
  async fn() {
    const s = makeSite();
    try {
      const text = 'print! ("héllo 🐢")\nforward! (100)\n';
      Deno.writeTextFileSync(`${s.dir}/prog.ld`, text);
      const server = await startServe(["--port", "0", "--site", s.site, `${s.dir}/prog.ld`], 2);
      try {
        const [first, second] = server.out.split("\n");
        const page = /^Ludus page at (http:\/\/127\.0\.0\.1:(\d+)\/) \(Ctrl-C stops the server\)$/
          .exec(first);
        assert(page, first);
        const m = /^(.*) \(editor\.ld on the page, not saved back\): (\S+)$/.exec(second);
        assert(m, second);
        assertEquals(m[1], `${s.dir}/prog.ld`);
        assert(m[2].startsWith(`${page[1]}#code=`), m[2]);
        assertEquals(decodeCode(m[2].slice(m[2].indexOf("#code=") + 6)), text);
        // The server answers with the site's files, and nothing else.
        const res = await fetch(page[1]);
        assertEquals(res.headers.get("content-type"), "text/html; charset=utf-8");
        assertMatch(await res.text(), /app\.js/);
        const post = await fetch(page[1] + "api/run", { method: "POST", body: "{}" });
        await post.body?.cancel();
        assertEquals(post.status, 405);
        const port = Number(page[2]);
        for (const path of ["/../deno.json", "/%2e%2e/deno.json", "/examples/../../deno.json"]) {
          const answer = await rawGet(port, path);
          assert(!answer.includes("secret"), `${path}: ${answer}`);
          assertMatch(answer, /^HTTP\/1\.1 (400|404) /, path);
        }
        assertMatch(await rawGet(port, "/examples/hello.ld"), /^HTTP\/1\.1 200 [^]*print! /);
      } finally {
        await server.stop();
      }
    } finally {
      s.close();
    }
  },
});

Deno.test({
  name: "serve: a Host header that is no host gets 400, with no JS stack in the server's log",
  ignore: !canRunCli,
  async fn() {
    const s = makeSite();
    try {
      const server = await startServe(["--port", "0", "--site", s.site], 1);
      let stderr = "";
      try {
        const port = Number(/:(\d+)\//.exec(server.out)![1]);
        for (const host of ["a b", "[", "127.0.0.1:99999", "%", "127.0.0.1:x"]) {
          const answer = await rawGet(port, "/", host);
          assertMatch(
            answer,
            /^HTTP\/1\.1 400 [^]*bad request: the Host header is not a host name/,
            host,
          );
        }
        assertMatch(await rawGet(port, "/", "evil.example"), /^HTTP\/1\.1 403 /);
        assertMatch(await rawGet(port, "/"), /^HTTP\/1\.1 200 /);
      } finally {
        stderr = await server.stop();
      }
      assert(!/\bat \S+:\d+:\d+|TypeError|Invalid URL/.test(stderr), stderr);
    } finally {
      s.close();
    }
  },
});

Deno.test({
  name: "serve: a notebook, a site not built, a missing file and run options are usage errors",
  ignore: !canRunCli,
  async fn() {
    const s = makeSite();
    try {
      const serve = (args: string[]) =>
        runDeno(["run", "-R", "--allow-net=127.0.0.1", CLI, "serve", "--port", "0", ...args], {
          cwd: ROOT,
          killAfterMs: 20_000,
        });
      const nb = await serve(["--site", s.site, "examples/notebook.md"]);
      assertEquals(nb.code, 2);
      assertMatch(nb.stderr, /deno run -R -W cli\.ts notebook examples\/notebook\.md/);
      const empty = `${s.dir}/empty`;
      Deno.mkdirSync(empty);
      const unbuilt = await serve(["--site", empty, "examples/hello.ld"]);
      assertEquals(unbuilt.code, 2);
      assertMatch(unbuilt.stderr, /deno task build:web/);
      const missing = await serve(["--site", s.site, `${s.dir}/nope.ld`]);
      assertEquals(missing.code, 2);
      assertMatch(missing.stderr, /no such file/);
      const seed = await serve(["--site", s.site, "--seed", "1"]);
      assertEquals(seed.code, 2);
      assertMatch(seed.stderr, /--seed/);
      assertEquals(seed.stdout + nb.stdout + unbuilt.stdout + missing.stdout, "");
    } finally {
      s.close();
    }
  },
});
