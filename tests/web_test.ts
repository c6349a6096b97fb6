/// <reference lib="dom" />
/**
 * The static site (`dist/web/`, made by `deno task build:web`) in a real
 * browser: Debian's chromium driven by playwright-core, the site served by a
 * plain static file server (`python3 -m http.server`), not ours. The VM runs
 * in the page's Web Worker.
 *
 * Builds the site first if it is missing. Needs chromium at /usr/bin/chromium
 * (`deno task test` installs it) and permission to run subprocesses; without
 * them these tests are skipped and say so.
 */

import type { Browser, Page } from "npm:playwright-core@1.64.1";
import { assert, assertEquals, assertMatch } from "@std/assert";
import { CHROMIUM, CHROMIUM_FLAGS, loadChromium } from "./_browser.ts";
import { permissionsFor } from "./_permissions.ts";

const ROOT = new URL("../", import.meta.url);
const SITE = new URL("dist/web/", ROOT);
const { canRun, why } = permissionsFor(["run", "read", { name: "net", host: "127.0.0.1" }, "env"]);

/** The site's address while the tests run, and how to stop its server. */
interface Site {
  url: string;
  close(): Promise<void>;
}

async function exists(url: URL): Promise<boolean> {
  try {
    await Deno.stat(url);
    return true;
  } catch {
    return false;
  }
}

/** Build dist/web/ if it is not there. */
async function ensureBuilt(): Promise<void> {
  if (await exists(new URL("index.html", SITE))) return;
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "tools/build_web.ts"],
    cwd: ROOT.pathname,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert(r.success, new TextDecoder().decode(r.stderr));
}

/** `python3 -m http.server` on a free port, serving dist/web/. */
async function serveSite(): Promise<Site> {
  const child = new Deno.Command("python3", {
    args: ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", SITE.pathname],
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let seen = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the static server did not start: ${seen}`);
    seen += value;
    const m = /port (\d+)/.exec(seen);
    if (m) {
      const drain = (async () => {
        while (!(await reader.read()).done) { /* discard */ }
      })();
      const errs = (async () => {
        for await (const _ of child.stderr) { /* the request log */ }
      })();
      return {
        url: `http://127.0.0.1:${m[1]}/`,
        async close() {
          child.kill("SIGTERM");
          await child.status;
          await drain;
          await errs;
        },
      };
    }
  }
}

function codeLink(base: string, source: string): string {
  const b64 = btoa(String.fromCharCode(...new TextEncoder().encode(source)));
  return `${base}#code=${b64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}`;
}

/** Open the page with `source` in the editor and wait until its worker is ready. */
async function openWith(page: Page, site: Site, source: string): Promise<void> {
  await page.goto(codeLink(site.url, source));
  await page.waitForFunction(() => document.body.dataset.ready !== undefined);
}

async function runAndWait(page: Page): Promise<string> {
  await page.click("#run");
  await page.waitForFunction(() =>
    ["done", "failed"].includes(document.getElementById("status")!.dataset.state!)
  );
  return (await page.getAttribute("#status", "data-state"))!;
}

async function withBrowser(fn: (browser: Browser, site: Site) => Promise<void>): Promise<void> {
  await ensureBuilt();
  const chromium = await loadChromium();
  const site = await serveSite();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    await fn(browser, site);
  } finally {
    await browser.close();
    await site.close();
  }
}

const chromiumThere = canRun && await exists(new URL(`file://${CHROMIUM}`));
const ignore = !chromiumThere;

Deno.test({
  name:
    "page: a turtle program with several processes prints, draws, and lists them while they live",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
      await openWith(
        page,
        site,
        `let me = self ()
fn walker (turn) -> spawn! (fn () -> {
  name! ("walker")
  right! (turn)
  repeat 20 { forward! (5); sleep! (20) }
  send! (me, :done)
})
walker (0); walker (0.25); walker (0.5)
print! ("three walkers")
repeat 3 { receive { :done -> :ok } }
:drawn`,
      );
      await page.click("#run");
      // While they walk, the table has a row per live walker.
      await page.waitForFunction(() =>
        document.querySelectorAll('#processes tbody tr[data-name="walker"]:not(.ended)').length ===
          3
      );
      await page.waitForFunction(() => document.getElementById("status")!.dataset.state === "done");
      assertEquals((await page.textContent("#console"))!.trim(), "three walkers");
      assertEquals((await page.textContent("#outcome"))!.trim(), ":drawn");
      assertEquals(await page.getAttribute("#turtle", "data-segments"), "60");
      const pids = await page.$$eval(
        "#processes tbody tr",
        (rs) => rs.map((r) => r.getAttribute("data-pid")),
      );
      assert(pids.length >= 4, `rows: ${pids}`);
      // Click a walker: its details come from the worker.
      await page.click('#processes tbody tr[data-name="walker"]');
      await page.waitForSelector("#details:not([hidden]) h3");
      assertMatch((await page.textContent("#details h3"))!, /<pid \d+> walker/);
      // Every request was a GET of the site's own files.
      const foreign = requests.filter((r) => !r.startsWith(`GET ${site.url}`));
      assertEquals(foreign, []);
    });
  },
});

Deno.test({
  name:
    "page: 3 s of print! in a loop: clicks are answered, the console stays bounded, Stop ends it",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage();
      await openWith(
        page,
        site,
        `loop (0) with { (i) -> { print! ("line", i); recur (inc (i)) } }`,
      );
      await page.click("#run");
      await page.waitForFunction(() =>
        Number(document.getElementById("console")!.dataset.lines) > 0
      );
      // Each click's handler runs within 100 ms of the browser taking the click in
      // (the event's timeStamp), again and again while it prints.
      await page.evaluate(() => {
        const w = globalThis as unknown as { lags: number[] };
        w.lags = [];
        document.querySelector(".hint")!.addEventListener(
          "click",
          (e) => w.lags.push(performance.now() - e.timeStamp),
        );
      });
      const started = Date.now();
      while (Date.now() - started < 3000) {
        await page.click(".hint", { noWaitAfter: true });
        await new Promise((r) => setTimeout(r, 150));
      }
      await page.waitForTimeout(200);
      const lags = (await page.evaluate(() => (globalThis as unknown as { lags: number[] }).lags))
        .map((x) => Math.round(x)).sort((a, b) => a - b);
      console.log(`click lags while printing (ms): ${lags.join(" ")}`);
      assert(lags.length >= 10, `${lags.length} clicks answered`);
      assert(lags[lags.length - 1] < 100, `the slowest click took ${lags[lags.length - 1]} ms`);
      const lines = Number(await page.getAttribute("#console", "data-lines"));
      const dropped = Number(await page.getAttribute("#console", "data-dropped"));
      assert(lines <= 10_000, `${lines} lines kept`);
      assert(dropped > 0, "a loop printing for 3 s prints more than the console keeps");
      // The first line says how many went (scroll up to see it).
      await page.$eval("#console", (e) => e.scrollTop = 0);
      await page.waitForSelector("#console .line.note");
      assertMatch((await page.textContent("#console .line.note"))!, /earlier lines? not shown/);
      const t0 = Date.now();
      await page.click("#stop");
      await page.waitForFunction(() =>
        document.getElementById("status")!.dataset.state === "stopped"
      );
      const stopMs = Date.now() - t0;
      console.log(`stopped in ${stopMs} ms`);
      assert(stopMs < 200, `Stop took ${stopMs} ms`);
      // Nothing more arrives once stopped.
      const after = await page.getAttribute("#console", "data-lines");
      await new Promise((r) => setTimeout(r, 300));
      assertEquals(await page.getAttribute("#console", "data-lines"), after);
    });
  },
});

Deno.test({
  name: "page: a busy loop is stopped at once, and the next run works",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage();
      await openWith(page, site, `loop (0) with { (i) -> recur (inc (i)) }`);
      await page.click("#run");
      await page.waitForFunction(() => document.querySelector("#processes tbody tr") !== null);
      await page.click("#stop");
      await page.waitForFunction(() =>
        document.getElementById("status")!.dataset.state === "stopped"
      );
      await page.evaluate(() => location.hash = "");
      await openWith(page, site, `print! ("again"); add (20, 22)`);
      assertEquals(await runAndWait(page), "done");
      assertEquals((await page.textContent("#console"))!.trim(), "again");
      assertEquals((await page.textContent("#outcome"))!.trim(), "42");
    });
  },
});

Deno.test({
  name: "page: a program imports a file beside the page, fetched from the site",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage();
      await openWith(page, site, `import "examples/square.ld" as sq\nprint! ("imported")\n:ok`);
      assertEquals(await runAndWait(page), "done");
      assertEquals((await page.textContent("#console"))!.trim(), "imported");
      assertEquals(await page.getAttribute("#turtle", "data-segments"), "4");
      await openWith(page, site, `import "examples/nothing_here.ld" as x`);
      assertEquals(await runAndWait(page), "failed");
      assertMatch((await page.textContent("#console"))!, /nothing_here\.ld/);
    });
  },
});

Deno.test({
  name:
    "page: a panic is underlined in the editor at its line, and its place in the console jumps there",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage();
      await openWith(page, site, `print! ("before")\nlet x = 1\ndiv (x, 0)\n`);
      assertEquals(await runAndWait(page), "failed");
      assertMatch((await page.textContent("#outcome"))!, /Ludus panicked at editor\.ld:3:1/);
      await page.waitForSelector(".cm-lintRange-error");
      const marked = await page.$$eval(
        ".cm-line",
        (ls) => ls.findIndex((l) => l.querySelector(".cm-lintRange-error") !== null),
      );
      assertEquals(marked, 2, "the third line is underlined");
      // The report is in the console; its place is a link to the line.
      await page.click(".cm-line >> nth=0");
      const link = page.locator('#console a.place[data-line="3"]').first();
      assertEquals(await link.textContent(), "editor.ld:3:1");
      await link.click();
      await page.waitForFunction(() =>
        [...document.querySelectorAll(".cm-line")].findIndex((l) =>
          l.classList.contains("cm-activeLine")
        ) === 2
      );
      // A validation error is underlined as you type, before any run.
      await openWith(page, site, `let y = 1\nprint! (z)\n`);
      await page.waitForSelector(".cm-lintRange-error");
      const text = await page.$eval(".cm-lintRange-error", (e) => e.textContent);
      assertEquals(text, "z");
    });
  },
});

Deno.test({
  name: "page: a share link opens the same program, and a reload keeps what was typed",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const program = `& héllo, 🐢\nprint! ("shared {:ok}")`;
      await openWith(page, site, `1`);
      await page.click(".cm-content");
      await page.keyboard.press("Control+A");
      await page.keyboard.insertText(program);
      await page.click("#share");
      const link = await page.inputValue("#share-link");
      assert(link.startsWith(`${site.url}#code=`), link);
      const other = await context.newPage();
      await other.goto(link);
      await other.waitForFunction(() => document.body.dataset.ready !== undefined);
      assertEquals(
        await other.$eval(".cm-content", (e) => (e as HTMLElement).innerText.trimEnd()),
        program,
      );
      // Reload the first page without the hash: the autosaved program is back.
      await page.click(".cm-content");
      await page.keyboard.press("Control+End");
      await page.keyboard.insertText("\n& more");
      await page.waitForTimeout(400);
      await page.goto(site.url);
      await page.waitForFunction(() => document.body.dataset.ready !== undefined);
      assertEquals(
        await page.$eval(".cm-content", (e) => (e as HTMLElement).innerText.trimEnd()),
        `${program}\n& more`,
      );
      await context.close();
    });
  },
});

Deno.test({
  name:
    "page: completion offers prelude names with their docs; Examples, Download and the drawing's SVG and PNG",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      await openWith(page, site, "");
      // Completion: typing a prefix offers prelude names, each with its docstring
      // (once the page has the prelude's list, from the worker that checks the text).
      await page.waitForFunction(() => Number(document.body.dataset.prelude) > 100);
      await page.click(".cm-content");
      await page.keyboard.type("filt");
      await page.waitForSelector(".cm-tooltip-autocomplete li");
      const labels = await page.$$eval(
        ".cm-tooltip-autocomplete li",
        (ls) => ls.map((l) => l.textContent),
      );
      assert(labels.some((l) => l?.startsWith("filter")), `${labels}`);
      await page.waitForSelector(".cm-completionInfo");
      assertMatch((await page.textContent(".cm-completionInfo"))!, /filter/);
      await page.keyboard.press("Escape");
      // Examples: choosing one puts it in the editor.
      await page.waitForFunction(() => document.querySelectorAll("#examples option").length > 5);
      await page.selectOption("#examples", "star.ld");
      await page.waitForFunction(() =>
        document.querySelector(".cm-content")!.textContent!.includes("five-pointed star")
      );
      assertEquals(await runAndWait(page), "done");
      assertEquals(await page.getAttribute("#turtle", "data-segments"), "5");
      // Download: the program as a .ld file; the drawing as SVG and PNG.
      const save = async (id: string) => {
        const [download] = await Promise.all([page.waitForEvent("download"), page.click(id)]);
        const path = await download.path();
        return { name: download.suggestedFilename(), bytes: await Deno.readFile(path!) };
      };
      const ld = await save("#download");
      assertEquals(ld.name, "program.ld");
      assertMatch(new TextDecoder().decode(ld.bytes), /five-pointed star/);
      const svg = await save("#svg");
      assertEquals(svg.name, "drawing.svg");
      const svgText = new TextDecoder().decode(svg.bytes);
      assertEquals((svgText.match(/<line /g) ?? []).length, 5);
      assertMatch(svgText, /five-pointed star/, "the program is embedded in the SVG");
      const png = await save("#png");
      assertEquals(png.name, "drawing.png");
      assertEquals([...png.bytes.slice(1, 4)], [0x50, 0x4e, 0x47], "a PNG file");
      await context.close();
    });
  },
});

if (ignore) {
  console.log(`web_test.ts: skipped (${chromiumThere ? "" : `chromium at ${CHROMIUM}; `}${why})`);
}
