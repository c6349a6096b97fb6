/**
 * Take the screenshots in `docs/images/`: the page running a turtle program
 * with a live process view (`page.png`), the page with a notebook
 * (`page-notebook.png`) and a rendered notebook (`notebook.png`).
 * Uses Debian's chromium through playwright-core, like tests/browser_test.ts.
 *
 *     deno run -A tools/screenshots.ts
 *
 * @module
 */

import { chromium } from "npm:playwright-core@1.64.1";
import { CHROMIUM, CHROMIUM_FLAGS } from "../tests/_browser.ts";
import { parseNotebook, renderHtml, runNotebook } from "../lib/host/notebook.ts";

const ROOT = new URL("../", import.meta.url).pathname;

const PROGRAM = `& six petals, six processes, a box that counts them,
& and a spinner that runs until you press Stop
let me = self ()
box petals = 0
fn petal (turn, color) -> spawn! (fn () -> {
  name! ("petal {color}")
  pencolor! (color)
  penwidth! (3)
  right! (turn)
  repeat 36 { forward! (5); right! (0.01) }
  right! (0.14)
  repeat 36 { forward! (5); right! (0.01) }
  hideturtle! ()
  update! (petals, inc)
  send! (me, :done)
})
let colors = [:red, :orange, :yellow, :lime, :aqua, :fuchsia]
each! (fn (i) -> petal (div (i, 6), at (colors, i)), range (6))
repeat 6 { receive { :done -> :ok } }
hideturtle! ()
fn spin (n) -> spin (inc (n))
let spinner = spawn! (fn () -> { name! ("spinner"); spin (0) })
let drawn = unbox (petals)
print! ("{drawn} petals drawn")
print! ("the spinner spins until you press Stop")
await! (spinner)
`;

async function startServer(file?: string) {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "cli.ts", "serve", "--port", "0", ...(file ? [file] : [])],
    cwd: ROOT,
    stdout: "piped",
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let seen = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error("the server did not start");
    seen += value;
    const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(seen);
    if (m) {
      reader.releaseLock();
      return {
        url: m[1],
        async close() {
          child.kill("SIGINT");
          await child.stdout.cancel().catch(() => {});
          await child.status;
        },
      };
    }
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });

  // The page: a turtle drawing and the live process view with the spinner selected.
  const editor = await startServer();
  await page.goto(editor.url);
  await page.waitForSelector("body[data-ready=true]");
  await page.fill("#editor", PROGRAM);
  await page.click("#run");
  await page.waitForSelector('#procs tbody tr[data-name="spinner"]');
  await page.waitForTimeout(1200);
  await page.click('#procs tbody tr[data-name="spinner"]');
  await page.waitForSelector("#details .stack li");
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${ROOT}docs/images/page.png` });
  await page.click("#stop");
  await page.waitForSelector("#status[data-state=stopped]");
  await editor.close();

  // The page with a notebook, after Run all, with the box's history.
  const nb = await startServer("examples/notebook.md");
  await page.goto(nb.url);
  await page.waitForSelector("body[data-ready=true]");
  await page.click("#run");
  await page.waitForSelector('.nb-block[data-index="8"][data-status]');
  await page.click('#procs tbody tr[data-name="box total"]');
  await page.waitForSelector("#details svg.chart");
  await page.evaluate(() => {
    // deno-lint-ignore no-explicit-any
    const doc = (globalThis as any).document;
    doc.querySelector("#block-4").scrollIntoView();
  });
  await page.screenshot({ path: `${ROOT}docs/images/page-notebook.png` });
  await nb.close();

  // A rendered notebook (as `cli.ts notebook` writes it).
  const text = await Deno.readTextFile(`${ROOT}examples/notebook.md`);
  const run = await runNotebook(parseNotebook(text, "notebook.md"), { seed: 42, virtualClock: true });
  const html = `${await Deno.makeTempDir()}/notebook.html`;
  await Deno.writeTextFile(html, renderHtml(run));
  const doc = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
  await doc.goto(`file://${html}`);
  await doc.screenshot({ path: `${ROOT}docs/images/notebook.png`, fullPage: true });
  console.log("wrote docs/images/page.png, page-notebook.png, notebook.png");
} finally {
  await browser.close();
}
