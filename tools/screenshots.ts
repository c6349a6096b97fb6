/**
 * Take the screenshots in `docs/images/`: the page with a drawing made by six
 * processes and one process's details (`page-drawing.png`), the page with an
 * error underlined in the editor and its report in the console
 * (`page-error.png`), the live process table while a spinner runs and a box
 * counts (`page-processes.png`), the message sequence diagram of a bank and
 * two customers with a reply's cause lit (`page-messages.png`), the process
 * tree of a team whose linked worker crashes (`page-tree.png`), the scheduler
 * timeline scrubbed back to the middle of a run (`page-timeline.png`), and a
 * rendered notebook (`notebook.png`). The page is the static site (`deno task
 * build:web` first), served by `python3 -m http.server`, in Debian's chromium
 * through playwright-core. Names as arguments take only those.
 *
 *     deno task build:web && deno run -A tools/screenshots.ts
 *     deno run -A tools/screenshots.ts page-messages page-tree   # only these
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
  repeat 60 { update! (count, inc); sleep! (80) }
  send! (me, :done)
})
worker (1); worker (2); worker (3)
fn spin (n) -> spin (inc (n))
spawn! (fn () -> { name! ("spinner"); spin (0) })
repeat 3 { receive { :done -> :ok } }
unbox (count)
`;

const BANK = `& a bank and two customers: every reply answers a request
let me = self ()
fn bank (balance) -> receive {
  (:deposit, n, from) -> { send! (from, (:balance, add (balance, n))); bank (add (balance, n)) }
  (:withdraw, n, from) if gte? (balance, n) -> {
    send! (from, (:balance, sub (balance, n)))
    bank (sub (balance, n))
  }
  (:withdraw, n, from) -> { send! (from, (:refused, balance)); bank (balance) }
}
let b = spawn! (fn () -> { name! ("bank"); bank (0) })
fn customer (name, requests) -> spawn! (fn () -> {
  name! (name)
  each! (fn ((op, n)) -> {
    send! (b, (op, n, self ()))
    receive { answer -> print! (name, op, n, "->", answer) }
  }, requests)
  send! (me, :done)
})
customer ("ada", [(:deposit, 50), (:withdraw, 20), (:withdraw, 40)])
customer ("grace", [(:deposit, 10), (:withdraw, 5)])
repeat 2 { receive { :done -> :ok } }
`;

const TEAM = `& a boss and its team: it monitors two workers and links a third, which crashes
let me = self ()
fn worker (n) -> {
  name! ("worker {n}")
  sleep! (mult (n, 300))
  if eq? (n, 3) then panic! ("worker 3 found a bad number") else (:ok, n)
}
let boss = spawn! (fn () -> {
  name! ("boss")
  let a = spawn! (fn () -> worker (1))
  let b = spawn! (fn () -> worker (2))
  monitor! (a); monitor! (b)
  let c = spawn! (fn () -> worker (3))
  link! (c)
  repeat 2 { receive { (:exit, pid, why) -> print! ("boss heard", pid, why) } }
  receive { :never -> :ok }
})
monitor! (boss)
spawn! (fn () -> { name! ("logger"); receive { :never -> :ok } })
receive { (:exit, pid, why) -> print! ("main heard", pid, why) }
`;

const BUSY = `& three workers share the scheduler with a spinner; a box counts
box count = 0
let me = self ()
fn fib { (0) -> 0; (1) -> 1; (n) -> add (fib (sub (n, 1)), fib (sub (n, 2))) }
fn worker (n) -> spawn! (fn () -> {
  name! ("worker {n}")
  repeat 8 { fib (add (14, n)); update! (count, inc); sleep! (40) }
  send! (me, :done)
})
worker (1); worker (2); worker (3)
spawn! (fn () -> { name! ("spinner"); fib (22); send! (me, :done) })
repeat 4 { receive { :done -> :ok } }
unbox (count)
`;

/** Take only the screenshots named on the command line (all without). */
const only = new Set(Deno.args.map((a) => a.replace(/\.png$/, "")));
const want = (name: string) => only.size === 0 || only.has(name);

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

if (want("page-drawing")) {
await open(page, base, FLOWER);
await page.click("#run");
await page.waitForFunction(() => document.getElementById("status")!.dataset.state === "done");
await page.click('#processes tbody tr[data-name="petal :yellow"]');
await page.waitForSelector("#details:not([hidden]) h3");
await page.screenshot({ path: new URL("page-drawing.png", OUT).pathname });
}

if (want("page-error")) {
await open(page, base, ERROR);
await page.click("#run");
await page.waitForFunction(() => document.getElementById("status")!.dataset.state === "failed");
await page.hover(".cm-lintRange-error");
await page.waitForSelector(".cm-tooltip-lint");
await page.screenshot({ path: new URL("page-error.png", OUT).pathname });
}

if (want("page-processes")) {
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
if (await page.isEnabled("#stop")) await page.click("#stop");
}

/** Run `source` with the processes panel wide and `tab` open, to its end; the panel in view. */
async function runWide(source: string, tab: string): Promise<void> {
  await open(page, base, source);
  await page.click("#wide");
  await page.click(`#tab-${tab}`);
  await page.click("#run");
  await page.waitForFunction(() =>
    ["done", "failed"].includes(document.getElementById("status")!.dataset.state!)
  );
  await page.waitForTimeout(400);
  await page.$eval(".right", (e) => e.scrollTop = e.scrollHeight);
  await page.waitForTimeout(200);
}

if (want("page-messages")) {
  await runWide(BANK, "messages");
  await page.$eval("#seq-scroll", (e) => e.scrollTop = 0);
  await page.waitForTimeout(200);
  // A reply to grace: its cause (grace's deposit) lights up, and the tooltip says so.
  const reply = await page.$$eval(
    "#sequence g.msg",
    (gs) => gs.find((g) => g.textContent!.includes("(:balance, 60)"))!.getAttribute("data-id"),
  );
  await page.hover(`#sequence g.msg[data-id="${reply}"] text`);
  await page.waitForSelector(".seq-tip:not([hidden])");
  await page.screenshot({ path: new URL("page-messages.png", OUT).pathname });
  await page.click("#wide");
}

if (want("page-tree")) {
  await runWide(TEAM, "tree");
  await page.screenshot({ path: new URL("page-tree.png", OUT).pathname });
  await page.click("#wide");
}

if (want("page-timeline")) {
  await runWide(BUSY, "timeline");
  // Scrubbed back to 45% of the run: the orange line is the page's "now".
  await page.$eval("#scrub", (e) => {
    const s = e as HTMLInputElement;
    s.value = String(Number(s.max) * 0.45);
    s.dispatchEvent(new Event("input"));
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: new URL("page-timeline.png", OUT).pathname });
  await page.click("#wide");
}

await browser.close();
server.kill("SIGTERM");
await server.status;

// A notebook rendered to HTML by `cli.ts notebook`.
if (want("notebook")) {
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
}
console.log(
  `wrote ${
    [
      "page-drawing",
      "page-error",
      "page-processes",
      "page-messages",
      "page-tree",
      "page-timeline",
      "notebook",
    ].filter(want).map((n) => `docs/images/${n}.png`).join(", ")
  }`,
);
