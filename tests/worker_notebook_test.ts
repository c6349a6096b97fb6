/**
 * The page worker's notebook mode (lib/host/worker_notebook.ts) through a fake
 * port, as the page talks to it; and the page's stale marks
 * (web/notebook_stale.ts, which touches no DOM).
 */

import { assert, assertEquals, assertMatch } from "@std/assert";
import { serveWorker, type WorkerPort } from "../lib/host/worker.ts";
import {
  blockNames,
  NotebookText,
  OutputBatch,
  serveNotebook,
} from "../lib/host/worker_notebook.ts";
import { parseNotebook, renderHtml, runNotebook } from "../lib/host/notebook.ts";
import type { PageToWorker, WorkerToPage } from "../lib/host/worker_protocol.ts";
import { type BlockFacts, staleMarks, staleNote } from "../web/notebook_stale.ts";
import exampleMd from "../examples/notebook.md" with { type: "text" };

/** `text` has `part` in it. */
function assertStringIncludes(text: string, part: string): void {
  assert(text.includes(part), `expected to find ${JSON.stringify(part)} in:\n${text}`);
}

type Msg<K extends WorkerToPage["kind"]> = Extract<WorkerToPage, { kind: K }>;

/** A worker's two services on one fake port, as `web/worker_main.ts` starts them. */
function fakeWorker() {
  const sent: WorkerToPage[] = [];
  const listeners: ((e: { data: PageToWorker }) => void)[] = [];
  const port: WorkerPort = {
    postMessage: (m) => sent.push(m),
    addEventListener: (_type, listener) => listeners.push(listener),
  };
  serveWorker(port);
  serveNotebook(port);
  const deliver = (data: PageToWorker) => listeners.forEach((l) => l({ data }));
  const of = <K extends WorkerToPage["kind"]>(kind: K) =>
    sent.filter((m): m is Msg<K> => m.kind === kind);
  const until = async (done: () => boolean, ms = 10_000) => {
    const end = Date.now() + ms;
    while (!done()) {
      if (Date.now() > end) throw new Error(`timed out; sent: ${sent.map((m) => m.kind)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  return { sent, deliver, of, until };
}

const THREE = `# Three blocks

~~~ludus
let x = 1
~~~

~~~ludus
let y = 2
~~~

~~~ludus
add (x, 10)
~~~
`;

Deno.test("notebook worker: opening sends the prose as escaped HTML, the blocks and their names", () => {
  const w = fakeWorker();
  w.deliver({
    kind: "notebook-open",
    text: "# Hi <b>there</b>\n\n```ludus\nlet x = 1\n```\n\nThen:\n\n```ludus\ninc (x)\n```\n",
    file: "hi.md",
    url: null,
  });
  const [opened] = w.of("notebook-opened");
  assertEquals(opened.title, "Hi <b>there</b>");
  assertEquals(opened.parts.map((p) => p.kind), ["prose", "code", "prose", "code"]);
  const prose = opened.parts[0];
  assert(prose.kind === "prose");
  assertEquals(prose.html, "<h1>Hi &lt;b&gt;there&lt;/b&gt;</h1>");
  const code = opened.parts[3];
  assert(code.kind === "code");
  assertEquals([code.index, code.source, code.line], [2, "inc (x)", 10]);
  assertEquals(opened.names.map((n) => [n.binds, n.uses]), [[["x"], []], [[], ["x"]]]);
});

Deno.test("notebook worker: Run all gives the page cli.ts notebook writes, byte for byte", async () => {
  const w = fakeWorker();
  const file = "examples/notebook.md";
  w.deliver({ kind: "notebook-open", text: exampleMd, file, url: null });
  const nb = parseNotebook(exampleMd, file);
  const sources = nb.blocks.map((b) => b.source);
  w.deliver({ kind: "notebook-run-all", sources });
  await w.until(() => w.of("notebook-block").length === nb.blocks.length);
  const blocks = w.of("notebook-block").map((m) => m.block);
  assertEquals(blocks.map((b) => b.index), [1, 2, 3, 4, 5, 6, 7, 8]);
  assertEquals(blocks.map((b) => b.status), [
    "ok",
    "ok",
    "ok",
    "ok",
    "failed",
    "ok",
    "not run",
    "ok",
  ]);
  assertEquals(blocks[3].result, "42");
  assertEquals(blocks[3].bound, ["me", "worker", "answer", "handled"]);
  // Block 5's panic points into block 5: offsets into its own source.
  const e = blocks[4];
  assertEquals(e.errorBlock, 5);
  assertEquals(e.source.slice(e.error!.from!, e.error!.to!), "div (answer, 0)");
  assertMatch(e.error!.text, /examples\/notebook\.md:78:13/);
  assertMatch(blocks[6].note!, /block 5 did not bind/);
  // Console lines and turtle commands streamed, each with its block.
  const out = w.of("notebook-output");
  assert(out.some((m) => m.index === 2 && m.lines.includes("hello, Grace!")));
  assert(out.some((m) => m.index === 3 && m.turtle.length > 60));
  assertEquals(w.of("notebook-started").map((m) => m.index), [1, 2, 3, 4, 5, 6, 7, 8]);

  w.deliver({ kind: "notebook-export", id: 7, sources, notes: [] });
  const [exp] = w.of("notebook-exported");
  assertEquals(exp.id, 7);
  assertEquals(exp.html, renderHtml(await runNotebook(nb, {})));
  assertEquals(exp.markdown, exampleMd);
});

Deno.test("notebook worker: an edited block runs as edited; the lines after it move", async () => {
  const w = fakeWorker();
  w.deliver({ kind: "notebook-open", text: THREE, file: "three.md", url: null });
  const sources = ["let x = 1", "let y = 2\n\n\n", "add (x, z)"];
  w.deliver({ kind: "notebook-run", index: 1, sources });
  w.deliver({ kind: "notebook-run", index: 3, sources });
  await w.until(() => w.of("notebook-block").length === 2);
  const [one, three] = w.of("notebook-block").map((m) => m.block);
  assertEquals([one.index, one.status, one.bound, one.binds], [1, "ok", ["x"], ["x"]]);
  // Block 2 grew by three lines: block 3 starts on line 15, not 12.
  assertEquals([three.index, three.status, three.line], [3, "not run", 15]);
  assertMatch(three.error!.text, /three\.md:15:9/);
  assertEquals(three.source.slice(three.error!.from!, three.error!.to!), "z");
  // The export shows the edits; block 2 has not run.
  w.deliver({
    kind: "notebook-export",
    id: 1,
    sources,
    notes: [null, null, "stale: because"],
  });
  const [exp] = w.of("notebook-exported");
  assertStringIncludes(exp.markdown, "~~~ludus\nlet y = 2\n\n\n\n~~~");
  assertStringIncludes(exp.html, 'id="block-2" data-status="not run"');
  assertStringIncludes(exp.html, "this block has not run");
  assertStringIncludes(exp.html, "stale: because");
  // Block 1 edited since it ran: not run in the export, with why.
  w.deliver({
    kind: "notebook-export",
    id: 2,
    sources: ["let x = 5", ...sources.slice(1)],
    notes: [],
  });
  assertStringIncludes(w.of("notebook-exported")[1].html, "this block was edited since it ran");
});

Deno.test("notebook worker: Stop ends the running block at once and forgets the waiting ones", async () => {
  const w = fakeWorker();
  w.deliver({ kind: "notebook-open", text: THREE, file: "three.md", url: null });
  const sources = ["let x = 1", "loop (0) with { (i) -> recur (inc (i)) }", "add (x, 10)"];
  w.deliver({ kind: "notebook-run", index: 1, sources });
  w.deliver({ kind: "notebook-run", index: 2, sources });
  w.deliver({ kind: "notebook-run", index: 3, sources });
  await w.until(() => w.of("notebook-started").length === 2);
  await new Promise((r) => setTimeout(r, 100));
  const t0 = performance.now();
  w.deliver({ kind: "notebook-stop" });
  await w.until(() => w.of("notebook-block").length === 2);
  assert(performance.now() - t0 < 1000, "stopped within a second");
  assertEquals(w.of("notebook-stopped").map((m) => m.cancelled), [[3]]);
  const stopped = w.of("notebook-block")[1].block;
  assertEquals([stopped.index, stopped.status], [2, "failed"]);
  assertMatch(stopped.error!.message, /stopped/);
  // The session goes on: block 3 runs when asked, with block 1's x.
  w.deliver({ kind: "notebook-run", index: 3, sources });
  await w.until(() => w.of("notebook-block").length === 3);
  assertEquals(w.of("notebook-block")[2].block.result, "11");
});

Deno.test("notebook worker: Run all starts a new session", async () => {
  const w = fakeWorker();
  w.deliver({
    kind: "notebook-open",
    text: "```ludus\nlet n = 1\n```\n\n```ludus\nn\n```\n",
    file: "s.md",
    url: null,
    virtualClock: true,
  });
  w.deliver({ kind: "notebook-run", index: 1, sources: ["let n = 1", "n"] });
  w.deliver({ kind: "notebook-run", index: 1, sources: ["let n = 1", "n"] });
  await w.until(() => w.of("notebook-block").length === 2);
  assertEquals(w.of("notebook-block").map((m) => m.block.pid), [1, 2]);
  w.deliver({ kind: "notebook-run-all", sources: ["let n = 1", "n"] });
  await w.until(() => w.of("notebook-block").length === 4);
  // Fresh: block 1 is the first process again.
  assertEquals(w.of("notebook-block").slice(2).map((m) => [m.block.pid, m.block.result]), [
    [1, "1"],
    [2, "1"],
  ]);
});

Deno.test("notebook worker: analyse answers names and checks each block against those before it", () => {
  const w = fakeWorker();
  w.deliver({ kind: "notebook-open", text: THREE, file: "three.md", url: null });
  w.deliver({
    kind: "notebook-analyse",
    id: 3,
    sources: ["let x = 1", "let y = 2", "add (x, q)"],
    bound: [["x", "gone"], [], []],
  });
  const [a] = w.of("notebook-analysed");
  assertEquals(a.id, 3);
  assertEquals(a.names[2].errors.length, 1);
  assertMatch(a.names[2].errors[0].message, /unbound name `q`/);
  // Offsets into the block itself.
  assertEquals(a.names[2].errors[0].from, 8);
  w.deliver({
    kind: "notebook-analyse",
    id: 4,
    sources: ["let x = 1", "let y = 2", "add (x, gone)"],
    bound: [["x", "gone"], [], []],
  });
  // `gone` is still in the session (block 1 bound it when it ran): no error, and it is read.
  const b = w.of("notebook-analysed")[1];
  assertEquals(b.names[2], { binds: [], uses: ["x", "gone"], errors: [] });
});

Deno.test("blockNames: free names as the validator resolves them", () => {
  const names = blockNames([
    `let x = 1\nlet (a, [b, ...rest]) = (1, [2, 3])\nfn f (y) -> y`,
    `fn g (x) -> x\nlet shadow = { let a = 5; a }\n"{b} and {rest}"`,
    `let x = inc (x)\nx`,
    `fn h () -> later ()\nfn later () -> f (1)`,
    `add (x, `, /* does not parse: every earlier name in its text */
    `print! (greet)`,
  ]);
  assertEquals(names[0].binds, ["x", "a", "b", "rest", "f"]);
  assertEquals(names[0].uses, []);
  assertEquals(names[1].uses.sort(), ["b", "rest"]);
  assertEquals(names[2].uses, ["x"]);
  assertEquals(names[3].uses, ["f"]);
  assertEquals(names[3].binds, ["h", "later"]);
  assertEquals(names[4].uses, ["x"]);
  assertEquals(names[4].errors[0].kind, "syntax");
  assertEquals(names[5].errors.length, 1);
  assertEquals(names[5].uses, []);
});

Deno.test("NotebookText: the text with edited blocks; a fence made longer when a source needs it", () => {
  const text = "# T\r\n\r\n```ludus\r\n1\r\n```\r\n\r\n  ~~~ludus\r\n  2\r\n  ~~~\r\ntail\r\n";
  const t = new NotebookText(text, "t.md");
  assertEquals(t.sources, ["1", "2"]);
  assertEquals(t.text(t.sources), text.replace(/\r\n/g, "\n"));
  const edited = t.text(['"```"\n```\nx', "3\n\n4"]);
  assertEquals(
    edited,
    '# T\n\n````ludus\n"```"\n```\nx\n````\n\n  ~~~ludus\n  3\n\n  4\n  ~~~\ntail\n',
  );
  const nb = t.notebook(['"```"\n```\nx', "3\n\n4"]);
  assertEquals(nb.blocks.map((b) => [b.source, b.line]), [['"```"\n```\nx', 4], ["3\n\n4", 10]]);
  // An unclosed last block.
  const u = new NotebookText("```ludus\nlet a = 1", "u.md");
  assertEquals(u.text(["let a = 2"]), "```ludus\nlet a = 2");
});

Deno.test("OutputBatch: a flood keeps the last lines and counts the others", () => {
  const sent: [string[], number, number][] = [];
  const batch = new OutputBatch((lines, dropped, turtle) =>
    sent.push([lines, dropped, turtle.length])
  );
  for (let i = 0; i < 25_000; i++) batch.print(`line ${i}`);
  batch.turtle(3, ["forward", 10] as never);
  batch.flush();
  const total = sent.reduce((n, [lines, dropped]) => n + lines.length + dropped, 0);
  assertEquals(total, 25_000);
  const last = sent[sent.length - 1];
  assertEquals(last[0][last[0].length - 1], "line 24999");
  assert(last[0].length <= 10_000);
  const n = sent.length;
  batch.flush();
  assertEquals(sent.length, n, "nothing new to send: no message");
});

// ---------------------------------------------------------------------------
// The page's stale marks (web/notebook_stale.ts)

const ran = (source: string, seq: number, binds: string[], session = 1) => ({
  source,
  seq,
  session,
  bound: binds,
  binds,
});

/** Three blocks: x, y, then one that reads x; all ran in order. */
function three(): BlockFacts[] {
  return [
    { source: "let x = 1", names: { binds: ["x"], uses: [] }, ran: ran("let x = 1", 1, ["x"]) },
    { source: "let y = 2", names: { binds: ["y"], uses: [] }, ran: ran("let y = 2", 2, ["y"]) },
    { source: "add (x, 10)", names: { binds: [], uses: ["x"] }, ran: ran("add (x, 10)", 3, []) },
  ];
}

Deno.test("stale: editing the first block marks it and the third (which reads its name), not the second", () => {
  const b = three();
  assertEquals(staleMarks(b, 1), [null, null, null]);
  b[0].source = "let x = 5";
  const marks = staleMarks(b, 1);
  assertEquals(marks[0], { why: "edited" });
  assertEquals(marks[1], null);
  assertEquals(marks[2], { why: "reads", name: "x", from: 1, because: "stale" });
  assertEquals(staleNote(marks[2]!), "reads `x` from block 1, which is stale: run it again");
  // Undo the edit: nothing is stale.
  b[0].source = "let x = 1";
  assertEquals(staleMarks(b, 1), [null, null, null]);
});

Deno.test("stale: a mark stays until the block runs again; it passes through stale blocks", () => {
  const b = three();
  b.push({ source: "inc (z)", names: { binds: [], uses: ["z"] }, ran: ran("inc (z)", 4, []) });
  b[2] = {
    source: "let z = add (x, 10)",
    names: { binds: ["z"], uses: ["x"] },
    ran: ran("let z = add (x, 10)", 3, ["z"]),
  };
  // Block 1 ran again (same source): blocks 3 and 4 are stale, 2 is not.
  b[0].ran = ran("let x = 1", 5, ["x"]);
  let marks = staleMarks(b, 1);
  assertEquals(marks.map((m) => m?.why ?? null), [null, null, "reads", "reads"]);
  assertEquals(marks[2], { why: "reads", name: "x", from: 1, because: "ran again" });
  assertEquals(marks[3], { why: "reads", name: "z", from: 3, because: "stale" });
  // Block 3 runs again: it is fresh, and 4 (which ran before it) is stale still.
  b[2].ran = ran("let z = add (x, 10)", 6, ["z"]);
  marks = staleMarks(b, 1);
  assertEquals(marks.map((m) => m?.why ?? null), [null, null, null, "reads"]);
  b[3].ran = ran("inc (z)", 7, []);
  assertEquals(staleMarks(b, 1), [null, null, null, null]);
});

Deno.test("stale: the nearest earlier block that binds a name is the one that counts", () => {
  const b = three();
  b[1] = {
    source: "let x = 2",
    names: { binds: ["x"], uses: [] },
    ran: ran("let x = 2", 2, ["x"]),
  };
  b[0].source = "let x = 9"; // block 3 reads block 2's x, not block 1's
  assertEquals(staleMarks(b, 1).map((m) => m?.why ?? null), ["edited", null, null]);
  // A name an edited block no longer binds, but bound when it ran, still counts.
  const c = three();
  c[0].source = "let w = 1";
  c[0].names = { binds: ["w"], uses: [] };
  assertEquals(staleMarks(c, 1)[2]?.why, "reads");
});

Deno.test("stale: a block that has not run is never stale; one from an earlier session is", () => {
  const b = three();
  b[1].ran = null;
  b[0].ran = null;
  const marks = staleMarks(b, 1);
  assertEquals(marks[0], null);
  assertEquals(marks[1], null);
  assertEquals(marks[2], { why: "reads", name: "x", from: 1, because: "not run" });
  assertEquals(staleMarks(three(), 2).map((m) => m?.why), ["session", "session", "session"]);
});
