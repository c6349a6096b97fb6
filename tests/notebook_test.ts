/**
 * Notebooks: parsing Markdown into blocks, running them in one session (names
 * carry over, failures and runaway blocks stay contained), rendering to HTML
 * and Markdown (escaped), golden pages for the sample notebooks, and the
 * `notebook` subcommand.
 */

import { assert, assertEquals, assertMatch } from "@std/assert";
import {
  escapeHtml,
  markdownToHtml,
  NOTEBOOK_RESULT_MAX,
  parseNotebook,
  renderHtml,
  renderMarkdown,
  runNotebook,
  toplevelNames,
} from "../lib/host/notebook.ts";
import exampleMd from "../examples/notebook.md" with { type: "text" };
import exampleHtml from "./notebook/notebook.html" with { type: "text" };
import edgeMd from "./notebook/edge.md" with { type: "text" };
import edgeHtml from "./notebook/edge.html" with { type: "text" };
import { GOLDEN_OPTIONS } from "./notebook/golden.ts";
import { runDeno } from "./_run.ts";
import { permissionsFor } from "./_permissions.ts";

function assertStringIncludes(actual: string, expected: string): void {
  assert(actual.includes(expected), `expected to find ${JSON.stringify(expected)} in:\n${actual}`);
}

Deno.test("parseNotebook: ludus fences become blocks with file line numbers; the rest is prose", () => {
  const md = [
    "# Title", //                       1
    "", //                              2
    "```ludus", //                      3
    "let x = 1", //                     4
    "```", //                           5
    "text", //                          6
    "```js", //                         7
    "not ludus", //                     8
    "```", //                           9
    "~~~ Ludus extra words", //         10
    "x", //                             11
    "~~~", //                           12
    "  ```ludus", //                    13
    "  indented", //                    14
    "  ```", //                         15
  ].join("\n");
  const nb = parseNotebook(md, "t.md");
  assertEquals(nb.blocks.map((b) => [b.index, b.line, b.source]), [
    [1, 4, "let x = 1"],
    [2, 11, "x"],
    [3, 14, "indented"],
  ]);
  assertEquals(nb.parts.map((p) => p.kind), ["prose", "code", "prose", "code", "code"]);
  const prose = nb.parts[2];
  assert(prose.kind === "prose");
  assertEquals(prose.text, "text\n```js\nnot ludus\n```");
  assertEquals(prose.line, 6);
});

Deno.test("parseNotebook: an unclosed fence runs to the end; output sections are skipped", () => {
  const nb = parseNotebook("```ludus\n1\n2");
  assertEquals(nb.blocks[0].source, "1\n2");
  const again = parseNotebook(
    "```ludus\n:a\n```\n\n<!-- ludus:output -->\n```text\n=> :a\n```\n<!-- /ludus:output -->\n\nafter\n",
  );
  assertEquals(again.blocks.length, 1);
  assertEquals(again.parts.map((p) => p.kind === "prose" ? p.text : "code"), ["code", "after"]);
});

Deno.test("toplevelNames: let patterns, fn, box, pkg, import; nothing for bad syntax", () => {
  assertEquals(
    toplevelNames(
      'let (a, [b, ...c]) = x\nlet #{d, :e f} = y\nfn g () -> 1\nbox h = 0\nimport "observe" as obs\nlet _i = 1\nlet j as :number = 2',
    ),
    ["a", "b", "c", "d", "f", "g", "h", "obs", "j"],
  );
  assertEquals(toplevelNames("let x = ("), []);
});

Deno.test("escapeHtml and markdownToHtml: raw HTML and unsafe links are shown as text", () => {
  assertEquals(
    escapeHtml(`<a b="c">'&'</a>`),
    "&lt;a b=&quot;c&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
  );
  const html = markdownToHtml(
    '<script>alert("x")</script> [a](javascript:alert(1)) ![i](data:x) [ok](https://x.y/?a=1&b="2")',
  );
  assert(!html.includes("<script"), html);
  assert(!html.includes("javascript:"), html);
  assert(!html.includes("data:"), html);
  assertStringIncludes(html, '<a href="https://x.y/?a=1&amp;b=&quot;2&quot;">ok</a>');
  assertEquals(
    markdownToHtml("# T *e* **s** `c<d>`\n\npara\nline two"),
    "<h1>T <em>e</em> <strong>s</strong> <code>c&lt;d&gt;</code></h1>\n<p>para\nline two</p>",
  );
  assertEquals(
    markdownToHtml("snake_case_name and 2*3*4"),
    "<p>snake_case_name and 2<em>3</em>4</p>",
  );
  assertEquals(
    markdownToHtml("- a\n- b\n  more\n\n1. x\n2. y"),
    "<ul>\n<li>a</li>\n<li>b\nmore</li>\n</ul>\n<ol>\n<li>x</li>\n<li>y</li>\n</ol>",
  );
  assertEquals(
    markdownToHtml("> *q*\n\n---\n\n```ts\n<x>\n```"),
    '<blockquote>\n<p><em>q</em></p>\n</blockquote>\n<hr>\n<pre><code class="language-ts">&lt;x&gt;\n</code></pre>',
  );
});

Deno.test("runNotebook: names carry over; a failed block stops only the blocks that need its names", async () => {
  const nb = parseNotebook(
    [
      "```ludus\nlet x = 20\nfn double (n) -> mult (n, 2)\n```",
      "```ludus\nlet y = double (x)\nlet z = div (y, 0)\n```",
      "```ludus\n(x, y)\n```",
      "```ludus\nadd (z, 1)\n```",
      "```ludus\nlet z = 2\nz\n```",
    ].join("\n\n"),
    "t.md",
  );
  const run = await runNotebook(nb, { virtualClock: true, seed: 42 });
  assertEquals(run.outcomes.map((o) => o.status), ["ok", "failed", "ok", "not run", "ok"]);
  assertEquals(run.outcomes[0].entry.bound, ["x", "double"]);
  assertEquals(run.outcomes[1].entry.bound, ["y"]);
  assertEquals(run.outcomes[2].entry.result, "(20, 40)");
  assertEquals(
    run.outcomes[3].note,
    "this block needs `z`, which block 2 did not bind because it failed",
  );
  assertEquals(run.outcomes[4].note, null);
  // Error locations are lines of the Markdown file.
  assertMatch(run.outcomes[1].errorText!, /^Ludus panicked in process <pid \d+> at t\.md:8:9/);
  assertMatch(run.outcomes[3].errorText!, /at t\.md:16:6/);
});

Deno.test("runNotebook: a runaway block is stopped at its limit and the others still run", async () => {
  const nb = parseNotebook(
    "```ludus\nlet a = 1\n```\n```ludus\nloop (0) with { (n) -> recur (inc (n)) }\n```\n```ludus\nreceive { :x -> 1 }\n```\n```ludus\ninc (a)\n```\n",
  );
  const run = await runNotebook(nb, {
    virtualClock: true,
    limits: { maxReductions: 100_000, timeoutMs: 30_000 },
  });
  assertEquals(run.outcomes.map((o) => o.status), ["ok", "failed", "failed", "ok"]);
  assertEquals(run.outcomes[1].entry.error?.kind, "limit");
  assertMatch(run.outcomes[1].errorText!, /more than 100000 reductions/);
  assertMatch(run.outcomes[2].errorText!, /no process can ever send/);
  assertEquals(run.outcomes[3].entry.result, "2");
});

Deno.test("runNotebook: each block has its own process, turtle and process summary", async () => {
  const nb = parseNotebook(
    '```ludus\nforward! (10)\nlet p = spawn! (fn () -> { name! ("kid"); :bye })\nawait! (p)\n```\n```ludus\n:no_drawing\n```\n',
  );
  const run = await runNotebook(nb, { virtualClock: true });
  const [one, two] = run.outcomes;
  assert(one.svg !== null && one.svg.startsWith("<svg"));
  assertEquals(two.svg, null);
  assertEquals(one.entry.processes.map((p) => [p.name, p.status]), [
    ["block 1", "done"],
    ["kid", "done"],
  ]);
  assert(two.entry.pid > one.entry.pid);
});

Deno.test("renderHtml: the golden page of examples/notebook.md", async () => {
  const run = await runNotebook(parseNotebook(exampleMd, "notebook.md"), GOLDEN_OPTIONS);
  assertEquals(
    renderHtml(run),
    exampleHtml,
    "run `deno run -A tools/update_notebook_golden.ts` if the change is intended",
  );
});

Deno.test("renderHtml: the golden page of tests/notebook/edge.md (escaping, limits, failures)", async () => {
  const run = await runNotebook(parseNotebook(edgeMd, "edge.md"), GOLDEN_OPTIONS);
  const html = renderHtml(run);
  assertEquals(html, edgeHtml, "run `deno run -A tools/update_notebook_golden.ts` if intended");
  assert(!html.includes("<script"), "no script element");
  assert(!html.includes("javascript:"), "no javascript: link");
  assertEquals(run.outcomes.map((o) => o.status), [
    "ok",
    "not run",
    "failed",
    "failed",
    "ok",
    "not run",
    "ok",
    "ok",
    "ok",
  ]);
});

Deno.test("renderMarkdown: outputs after each block; the copy parses back to the same blocks", async () => {
  const nb = parseNotebook(exampleMd, "notebook.md");
  const run = await runNotebook(nb, GOLDEN_OPTIONS);
  const { markdown, files } = renderMarkdown(run, { svgName: (b) => `nb-${b.index}.svg` });
  assertStringIncludes(markdown, "<!-- ludus:output -->");
  assertStringIncludes(markdown, "**block 5: failed**");
  assertStringIncludes(markdown, "![turtle drawing of block 3](nb-3.svg)");
  assertEquals(files.map((f) => f.name), ["nb-3.svg"]);
  assertStringIncludes(files[0].text, "<line");
  const again = parseNotebook(markdown, "notebook.md");
  assertEquals(again.blocks.map((b) => b.source), nb.blocks.map((b) => b.source));
});

/** What hostile programs print, and a hostile notebook's own prose. */
const HOSTILE_PRINTS = [
  "</script><script>alert(1)</script>",
  "--> <img src=x onerror=alert(1)>",
  "<!-- /ludus:output -->",
  "```ludus",
  'print! ("injected")',
  "```",
  "</pre></section><iframe src=javascript:alert(1)>",
];

Deno.test("renderHtml and renderMarkdown: what a program prints cannot break out of its place", async () => {
  const prints = HOSTILE_PRINTS.map((p) => `print! (${JSON.stringify(p)})`).join("\n");
  const md = [
    "# Hostile <b>title</b>",
    "",
    "[x](\x01javascript:alert(1)) [y](\tjavascript:alert(1)) ![z](java\x00script:alert(1))",
    "",
    "```ludus",
    prints,
    'let big = "</textarea><script>alert(2)</script>"',
    "forward! (10)",
    'panic! ("<script>alert(3)</script> -->")',
    "```",
  ].join("\n");
  const nb = parseNotebook(md, "hostile.md");
  const run = await runNotebook(nb, GOLDEN_OPTIONS);
  const html = renderHtml(run);
  // Nothing of the program's comes through as markup.
  for (const bad of ["<script", "<img", "<iframe", "<b>"]) {
    assert(!html.toLowerCase().includes(bad), `${bad} in the page`);
  }
  assert(!/(href|src)="[^"]*script:/i.test(html), "no script: link");
  assertStringIncludes(html, "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  assertStringIncludes(html, "--&gt; &lt;img src=x onerror");
  // deno-lint-ignore no-control-regex
  assert(!/href="[^"]*[\x00-\x1f]/.test(html), "no control characters in a link");
  // The Markdown copy: the printed end marker and fence stay inside the output section.
  const { markdown, files } = renderMarkdown(run);
  const again = parseNotebook(markdown, "hostile.out.md");
  assertEquals(again.blocks.map((b) => b.source), nb.blocks.map((b) => b.source));
  assertEquals(files.length, 1);
  const svg = files[0].text;
  const body = svg.slice(svg.indexOf("<!--") + 4, svg.indexOf("-->"));
  assert(!body.includes("--"), "the drawing's source comment has no --");
  assertEquals(svg.indexOf("-->"), svg.lastIndexOf("-->"), "one comment, closed once");
});

Deno.test("parseNotebook: an output section ends at its end marker outside fences only", () => {
  const md = [
    "```ludus",
    ":a",
    "```",
    "",
    "<!-- ludus:output -->",
    "````text",
    "<!-- /ludus:output -->",
    "```ludus",
    "injected",
    "```",
    "````",
    "<!-- /ludus:output -->",
    "",
    "after",
  ].join("\n");
  const nb = parseNotebook(md);
  assertEquals(nb.blocks.map((b) => b.source), [":a"]);
  assertEquals(nb.parts.map((p) => p.kind === "prose" ? p.text : "code"), ["code", "after"]);
});

const { canRun } = permissionsFor(
  ["run", { name: "write", path: "/tmp" }],
  "notebook_test.ts (its command-line test)",
);

Deno.test({
  name: "cli notebook: writes FILE.html (and with --md a Markdown copy and drawings)",
  ignore: !canRun,
  async fn() {
    const dir = await Deno.makeTempDir({ dir: "/tmp" });
    try {
      const md = `${dir}/nb.md`;
      await Deno.writeTextFile(md, "# T\n\n```ludus\nprint! (:hi)\nforward! (5)\n:done\n```\n");
      const cli = new URL("../cli.ts", import.meta.url).pathname;
      const out = await runDeno([
        "run",
        `--allow-read`,
        `--allow-write=${dir}`,
        cli,
        "notebook",
        "--md",
        md,
      ]);
      const stdout = out.stdout;
      assertEquals(out.code, 0, out.stderr);
      assertMatch(stdout, /1 blocks: 1 ok, 0 failed, 0 not run; wrote .*nb\.html/);
      const html = await Deno.readTextFile(`${dir}/nb.html`);
      assertStringIncludes(html, '<pre class="console">:hi</pre>');
      assertStringIncludes(html, "<svg");
      assertStringIncludes(await Deno.readTextFile(`${dir}/nb.out.md`), "=> :done");
      assertStringIncludes(await Deno.readTextFile(`${dir}/nb.out-1.svg`), "<svg");
      const bad = await runDeno(["run", "--allow-read", cli, "notebook", `${dir}/missing.md`]);
      assertEquals(bad.code, 2);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("notebook pages show at most NOTEBOOK_RESULT_MAX characters of a block's value, and say how long it was", async () => {
  const nb = parseNotebook("```ludus\nrange (5000)\n```\n\n```ludus\nrange (3)\n```", "t.md");
  const run = await runNotebook(nb, { virtualClock: true });
  const full = run.outcomes[0].entry.result!;
  assert(full.length > NOTEBOOK_RESULT_MAX);
  const cut = `${full.slice(0, NOTEBOOK_RESULT_MAX)} … (${
    full.length.toLocaleString("en-US")
  } characters in all; print! shows everything)`;
  const html = renderHtml(run);
  assert(html.includes(escapeHtml(cut)), "the HTML page has the cut value");
  assert(!html.includes(full), "and not the whole of it");
  assert(html.includes("[0, 1, 2]"));
  assert(renderMarkdown(run).markdown.includes(`=> ${cut}`));
});
