/**
 * The page's budgets, measured (never asserted in a test): the whole site's
 * transfer size (gzip), the time from loading the page to the first result of
 * hello world, and fib (25) in the page against the same in `deno run`.
 *
 *     deno task build:web && deno run -A tools/measure_web.ts [RUNS]
 *
 * The site (dist/web/) is served by `python3 -m http.server`, the page opened
 * in Debian's chromium (playwright-core), each run in a fresh browser context:
 * - load to result: from the navigation's start (the page's own clock) to the
 *   moment the status says `done`, for `print! ("hello, world")`, with Run
 *   pressed (from inside the page) the moment it says it is ready;
 * - fib (25): the run's time as the worker reports it (`done.elapsedMs`: from
 *   the run's start to its end), Run pressed a second after the page is ready
 *   (as a learner would, having read the program), against the same run in a
 *   fresh `deno` process that first does what `cli.ts` does before a program
 *   (its warm-up, `lib/host/warm_up.ts`), timed the same way (`runMain`).
 *
 * @module
 */

import { gzipSync } from "node:zlib";
import { chromium } from "npm:playwright-core@1.64.1";
import { CHROMIUM, CHROMIUM_FLAGS } from "../tests/_browser.ts";
import { encodeCode } from "../web/share.ts";
import { median } from "./_stats.ts";

const ROOT = new URL("../", import.meta.url);
const SITE = new URL("dist/web/", ROOT);
const RUNS = Number(Deno.args[0] ?? 9);
const FIB = `fn fib {\n  (0) -> 0\n  (1) -> 1\n  (n) -> add (fib (sub (n, 1)), fib (sub (n, 2)))\n}\nfib (25)`;

function siteSize(): { raw: number; gzip: number } {
  let raw = 0, gzip = 0;
  const walk = (dir: URL) => {
    for (const e of Deno.readDirSync(dir)) {
      if (e.isDirectory) walk(new URL(`${e.name}/`, dir));
      else {
        const bytes = Deno.readFileSync(new URL(e.name, dir));
        raw += bytes.length;
        gzip += gzipSync(bytes).length;
      }
    }
  };
  walk(SITE);
  return { raw, gzip };
}

/** fib (25) in a fresh deno process: Runtime.runMain's time, in ms. */
async function fibInDeno(): Promise<number> {
  const code = `import { Runtime } from "${new URL("lib/runtime/runtime.ts", ROOT).href}";
import { warmUp } from "${new URL("lib/host/warm_up.ts", ROOT).href}";
warmUp();
const rt = new Runtime({ host: { print: () => {} } });
const t0 = performance.now();
const r = await rt.runMain(${JSON.stringify(FIB)});
if (r.result !== "75025") throw new Error(String(r.result));
console.log(performance.now() - t0);`;
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["eval", code],
    stdout: "piped",
  }).output();
  return Number(new TextDecoder().decode(out.stdout).trim());
}

const server = new Deno.Command("python3", {
  args: ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", SITE.pathname],
  stdout: "piped",
  stderr: "null",
}).spawn();
const reader = server.stdout.pipeThrough(new TextDecoderStream()).getReader();
let seen = "";
while (!/port (\d+)/.test(seen)) seen += (await reader.read()).value ?? "";
const base = `http://127.0.0.1:${/port (\d+)/.exec(seen)![1]}/`;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const loadToResult: number[] = [];
const fibPage: number[] = [];
for (let i = 0; i < RUNS; i++) {
  for (const [program, into] of [[`print! ("hello, world")`, loadToResult], [FIB, fibPage]] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (into === loadToResult) {
      // Press Run the moment the page says it is ready, from inside the page
      // (a click from here would add the driver's round trip).
      await page.addInitScript(() => {
        new MutationObserver((_, obs) => {
          if (document.body?.dataset.ready === undefined) return;
          obs.disconnect();
          document.getElementById("run")!.click();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
      });
    }
    await page.goto(`${base}#code=${encodeCode(program)}`);
    await page.waitForFunction(() => document.body.dataset.ready !== undefined);
    if (into === fibPage) {
      await page.waitForTimeout(1000);
      await page.click("#run");
    }
    await page.waitForFunction(() => document.getElementById("status")!.dataset.state === "done");
    if (into === loadToResult) {
      into.push(await page.evaluate(() => Number(document.body.dataset.doneAt)));
    } else {
      into.push(await page.evaluate(() => Number(document.body.dataset.runMs)));
    }
    await context.close();
  }
}
await browser.close();
server.kill("SIGTERM");
await server.status;

const fibDeno: number[] = [];
for (let i = 0; i < RUNS; i++) fibDeno.push(await fibInDeno());

const size = siteSize();
const f = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
console.log(`site: ${(size.raw / 1024).toFixed(0)} KB, ${(size.gzip / 1024).toFixed(0)} KB gzip (budget 600 KB)`);
console.log(`load to the first result of hello world, ${RUNS} fresh pages: ${f(loadToResult)} (budget 1000 ms)`);
console.log(`fib (25) in the page, ${RUNS} fresh pages: ${f(fibPage)}`);
console.log(`fib (25) in deno run, ${RUNS} fresh processes: ${f(fibDeno)}`);
console.log(`page / deno: ${(median(fibPage) / median(fibDeno)).toFixed(2)}x (budget 1.5x)`);
