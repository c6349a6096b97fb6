/**
 * The page's server, in process (no sockets): the static files, the run API
 * (console, drawing, process table, Stop, process details with stack and box
 * history), notebook sessions, and the guards (host name, JSON bodies).
 */

import { assert, assertEquals, assertMatch } from "@std/assert";
import { type App, createApp } from "../lib/host/server.ts";

const BASE = "http://127.0.0.1:8000";

async function get(app: App, path: string, headers: HeadersInit = {}) {
  return await app.handler(new Request(BASE + path, { headers }));
}

async function post(app: App, path: string, body: unknown) {
  const res = await app.handler(
    new Request(BASE + path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
  return await res.json();
}

// deno-lint-ignore no-explicit-any
type Json = any;

/** Poll a job until it ends (or `until` says so). */
async function poll(app: App, job: string, until?: (d: Json) => boolean): Promise<Json> {
  for (let i = 0; i < 500; i++) {
    const d = await (await get(app, `/api/job/${job}`)).json();
    if (until ? until(d) : d.state !== "running" && d.state !== "queued") return d;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("the job did not end");
}

Deno.test("server: serves the page, its script and styles; refuses other hosts and bad bodies", async () => {
  const app = createApp();
  try {
    const page = await get(app, "/");
    assertMatch(page.headers.get("content-type")!, /^text\/html/);
    assertMatch(await page.text(), /<textarea id="editor"/);
    assertMatch((await get(app, "/app.js")).headers.get("content-type")!, /^text\/javascript/);
    assertMatch(await (await get(app, "/style.css")).text(), /\.procs/);
    assertEquals((await get(app, "/nope")).status, 404);
    const evil = await get(app, "/api/file", { host: "evil.example:8000" });
    assertEquals(evil.status, 403);
    await evil.body?.cancel();
    const form = await app.handler(
      new Request(BASE + "/api/run", { method: "POST", body: "source=1" }),
    );
    assertEquals(form.status, 400);
    assertEquals((await get(app, "/api/job/nope")).status, 404);
  } finally {
    await app.close();
  }
});

Deno.test("server: a run streams console lines, draws, lists its processes and ends", async () => {
  const app = createApp({ runtime: { virtualClock: true, seed: 42 } });
  try {
    const { job } = await post(app, "/api/run", {
      source: 'let p = spawn! (fn () -> { name! ("kid"); :bye })\nprint! ("hi")\n' +
        "forward! (50)\nawait! (p)",
    });
    const d = await poll(app, job);
    assertEquals(d.state, "done");
    assertEquals(d.console, ["hi"]);
    assertEquals(d.result, "(:ok, :bye)");
    assertMatch(d.svg, /^<svg[^]*<line/);
    assertEquals(
      d.processes.map((p: Json) => [p.pid, p.name, p.status, p.main]),
      [[1, "", "done", true], [2, "kid", "done", false]],
    );
    // Asking again with what was seen: no repeated lines, no repeated drawing.
    const again = await (await get(app, `/api/job/${job}?console=1&turtle=${d.turtle}`)).json();
    assertEquals(again.console, []);
    assertEquals(again.svg, null);
    const failed = await poll(app, (await post(app, "/api/run", { source: "div (1, 0)" })).job);
    assertEquals(failed.state, "failed");
    assertMatch(failed.error.text, /^Ludus panicked at editor\.ld:1:1/);
  } finally {
    await app.close();
  }
});

Deno.test("server: Stop ends an infinite loop; a process shows its stack, messages and box history", async () => {
  const app = createApp();
  try {
    const { job } = await post(app, "/api/run", {
      source: [
        "box level = 0",
        "repeat 4 { update! (level, add (_, 5)) }",
        "fn spin (n) -> spin (inc (n))",
        'let s = spawn! (fn () -> { name! ("spinner"); spin (0) })',
        "send! (s, :hello)",
        "await! (s)",
      ].join("\n"),
    });
    const first = await poll(
      app,
      job,
      (d) => d.processes.some((p: Json) => p.name === "spinner" && p.reductions > 0),
    );
    const spinner = first.processes.find((p: Json) => p.name === "spinner");
    const later = await poll(
      app,
      job,
      (d) => d.processes.find((p: Json) => p.name === "spinner").reductions > spinner.reductions,
    );
    assertEquals(later.state, "running");
    const details = await (await get(app, `/api/job/${job}/process/${spinner.pid}`)).json();
    assertEquals(details.info.name, "spinner");
    assertEquals(details.stack[0].fn, "spin");
    assertMatch(details.stack[0].args[0], /^\d+$/);
    assertEquals(details.mailbox, [":hello"]);
    const box = first.processes.find((p: Json) => p.name === "box level");
    const boxDetails = await (await get(app, `/api/job/${job}/process/${box.pid}`)).json();
    assertEquals(boxDetails.history.map((h: Json) => h.num), [0, 5, 10, 15, 20]);
    assertEquals(boxDetails.box.value, "20");
    await post(app, `/api/job/${job}/stop`, {});
    const stopped = await poll(app, job);
    assertEquals(stopped.state, "stopped");
    assertMatch(stopped.error.text, /stopped from the page/);
    const row = stopped.processes.find((p: Json) => p.name === "spinner");
    assertMatch(row.status, /^stopped \(/);
    assert(!row.alive);
  } finally {
    await app.close();
  }
});

Deno.test("server: a notebook file opens as blocks; a session runs and re-runs them", async () => {
  const app = createApp({
    runtime: { virtualClock: true },
    file: {
      name: "nb.md",
      read: () =>
        Promise.resolve("# Hi <b>\n\n```ludus\nlet x = 20\n```\n\n```ludus\nadd (x, 1)\n```\n"),
    },
  });
  try {
    const file = await (await get(app, "/api/file")).json();
    assertEquals(file.kind, "notebook");
    assertEquals(file.parts[0], { kind: "prose", html: "<h1>Hi &lt;b&gt;</h1>" });
    assertEquals(file.parts[1], { kind: "code", index: 1, line: 4, source: "let x = 20" });
    const { session } = await post(app, "/api/session", {});
    const one = await poll(
      app,
      (await post(app, `/api/session/${session}/run`, file.parts[1])).job,
    );
    assertEquals([one.state, one.block.status, one.block.bound], ["done", "ok", ["x"]]);
    const two = await poll(
      app,
      (await post(app, `/api/session/${session}/run`, file.parts[2])).job,
    );
    assertEquals(two.result, "21");
    // A runaway block is stopped; the session goes on.
    const { job } = await post(app, `/api/session/${session}/run`, {
      index: 2,
      line: 8,
      source: "loop (0) with { (n) -> recur (inc (n)) }",
    });
    await poll(app, job, (d) => d.state === "running");
    await post(app, `/api/job/${job}/stop`, {});
    const stopped = await poll(app, job);
    assertEquals([stopped.state, stopped.block.status], ["stopped", "failed"]);
    assertMatch(stopped.error.text, /at a limit in process <pid \d+>\nstopped from the page/);
    const three = await poll(
      app,
      (await post(app, `/api/session/${session}/run`, { ...file.parts[2], source: "x" })).job,
    );
    assertEquals(three.result, "20");
    assertEquals((await get(app, "/api/session/nope/run")).status, 404);
  } finally {
    await app.close();
  }
});

Deno.test("server: a long value is sent cut, the page's and the details pane's", async () => {
  const app = createApp({ runtime: { virtualClock: true, seed: 42 } });
  try {
    const { job } = await post(app, "/api/run", {
      source: "let p = spawn! (fn () -> range (3000))\nawait! (p)\nrange (5000)",
    });
    const d = await poll(app, job);
    assertEquals(d.state, "done");
    assertMatch(
      d.result,
      /^\[0, 1, 2, [^]* … \([\d,]+ characters in all; print! shows everything\)$/,
    );
    assert(d.result.length < 10_100);
    const kid = await (await get(app, `/api/job/${job}/process/2`)).json();
    assert(
      kid.result.startsWith("[0, 1, 2") && kid.result.endsWith(" …"),
      kid.result.slice(-20),
    );
    assert(kid.result.length <= 2002);
  } finally {
    await app.close();
  }
});
