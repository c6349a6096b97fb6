/**
 * Take the screenshots in `docs/images/`: the page with a drawing made by six
 * processes and one process's details (`page-drawing.png`), the page with an
 * error underlined in the editor and its report in the console
 * (`page-error.png`), the live process view while a spinner runs and a box
 * counts (`page-processes.png`), and a rendered notebook (`notebook.png`).
 * The page is the static site (`deno task build:web` first), served by
 * `python3 -m http.server`, in Debian's chromium through playwright-core.
 *
 *     deno task build:web && deno run -A tools/screenshots.ts
 *
 * @module
 */

import { chromium, type Page } from "npm:playwright-core@1.64.1";
import { CHROMIUM, CHROMIUM_FLAGS } from "../tests/_browser.ts";
import { parseNotebook, renderHtml, runNotebook } from "../lib/host/notebook.ts";
import { encodeCode } from "../web/share.ts";

const ROOT = new URL("../", import.meta.url);
const OUT = new URL("docs/images/", ROOT);

const FLOWER = `& six petals, six processes: each has its own turtle
let me = self ()
fn petal (turn, color) -> spawn! (fn () -> {
  name! ("petal {color}")
  pencolor! (color)
  penwidth! (3)
  right! (turn)
  repeat 36 { forward! (5); right! (0.01) }
  right! (0.14)
  repeat 36 { forward! (5); right! (0.01) }
  hideturtle! ()
  send! (me, (:done, color))
})
let colors = [:red, :orange, :yellow, :lime, :aqua, :fuchsia]
each! (fn (i) -> petal (div (i, 6), at (colors, i)), range (6))
repeat 6 { receive { (:done, c) -> print! ("petal done:", c) } }
hideturtle! ()
:flower
`;

const ERROR = `fn area {
  (:square, side as :number) -> mult (side, side)
  (:circle, r as :number) -> mult (3.14, r, r)
}
print! ("a square:", area (:square, 2))
area (:triangle, 3)
`;

const PROCESSES = `& a counter in a box, three workers, and a spinner (press Stop)
box count = 0
let me = self ()
fn worker (n) -> spawn! (fn () -> {
  name! ("worker {n}")
  repeat 40 { update! (count, inc); sleep! (50) }
  send! (me, :done)
})
worker (1); worker (2); worker (3)
fn spin (n) -> spin (inc (n))
spawn! (fn () -> { name! ("spinner"); spin (0) })
repeat 3 { receive { :done -> :ok } }
unbox (count)
`;

async function open(page: Page, base: string, source: string): Promise<void> {
  await page.goto(`${base}#code=${encodeCode(source)}`);
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready !== undefined);
}

const server = new Deno.Command("python3", {
  args: ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", "dist/web"],
  cwd: ROOT.pathname,
  stdout: "piped",
  stderr: "null",
}).spawn();
const reader = server.stdout.pipeThrough(new TextDecoderStream()).getReader();
let seen = "";
while (!/port (\d+)/.test(seen)) seen += (await reader.read()).value ?? "";
const base = `http://127.0.0.1:${/port (\d+)/.exec(seen)![1]}/`;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

await open(page, base, FLOWER);
await page.click("#run");
await page.waitForFunction(() => document.getElementById("status")!.dataset.state === "done");
await page.click('#processes tbody tr[data-name="petal :yellow"]');
await page.waitForSelector("#details:not([hidden]) h3");
await page.screenshot({ path: new URL("page-drawing.png", OUT).pathname });

await open(page, base, ERROR);
await page.click("#run");
await page.waitForFunction(() => document.getElementById("status")!.dataset.state === "failed");
await page.hover(".cm-lintRange-error");
await page.waitForSelector(".cm-tooltip-lint");
await page.screenshot({ path: new URL("page-error.png", OUT).pathname });

await open(page, base, PROCESSES);
await page.click("#run");
await page.waitForFunction(() =>
  document.querySelectorAll('#processes tbody tr[data-name^="worker"]').length === 3
);
await page.waitForTimeout(800);
await page.click('#processes tbody tr[data-name="box count"]');
await page.waitForSelector("#details .chart");
await page.$eval(".right", (e) => e.scrollTop = e.scrollHeight);
await page.waitForTimeout(300);
await page.screenshot({ path: new URL("page-processes.png", OUT).pathname });
await page.click("#stop");

await browser.close();
server.kill("SIGTERM");
await server.status;

// A notebook rendered to HTML by `cli.ts notebook`.
const nbFile = new URL("examples/notebook.md", ROOT);
const nb = parseNotebook(await Deno.readTextFile(nbFile), "examples/notebook.md");
const run = await runNotebook(nb, { seed: 1, virtualClock: true });
const html = await Deno.makeTempFile({ suffix: ".html" });
await Deno.writeTextFile(html, renderHtml(run));
const b2 = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const p2 = await b2.newPage({ viewport: { width: 1000, height: 1100 } });
await p2.goto(`file://${html}`);
await p2.screenshot({ path: new URL("notebook.png", OUT).pathname });
await b2.close();
await Deno.remove(html);
console.log("wrote docs/images/page-drawing.png, page-error.png, page-processes.png, notebook.png");
