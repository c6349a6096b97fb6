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

/** The pid of each named process in the table (`data-name` → `data-pid`). */
async function pidsByName(page: Page): Promise<Record<string, number>> {
  return Object.fromEntries(
    await page.$$eval(
      "#processes tbody tr",
      (rs) => rs.map((r) => [r.getAttribute("data-name"), Number(r.getAttribute("data-pid"))]),
    ),
  );
}

const PING_PONG = `& ping-pong between two named processes, n rounds
let me = self ()
fn pong () -> receive {
  (:ping, n, from) -> { send! (from, (:pong, n)); pong () }
  :stop -> :done
}
let p = spawn! (fn () -> { name! ("pong"); pong () })
fn ping {
  (0) -> { send! (p, :stop); send! (me, :finished) }
  (n) -> {
    send! (p, (:ping, n, self ()))
    receive { (:pong, m) -> ping (dec (n)) }
  }
}
spawn! (fn () -> { name! ("ping"); ping (ROUNDS) })
receive { :finished -> :ok }
`;

Deno.test({
  name:
    "page: a ping-pong's sequence diagram has an arrow per message between the right lifelines, in order; hover shows the cause",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      await openWith(page, site, PING_PONG.replace("ROUNDS", "5"));
      await page.click("#tab-messages");
      assertEquals(await runAndWait(page), "done");
      const pid = await pidsByName(page);
      const [ping, pong] = [pid["ping"], pid["pong"]];
      assert(ping > 0 && pong > 0, JSON.stringify(pid));
      await page.waitForFunction(() =>
        document.getElementById("sequence")!.dataset.messages === "12"
      );
      // The lifelines are named.
      const heads = await page.$$eval(
        "#sequence g.head",
        (hs) => hs.map((h) => [Number(h.getAttribute("data-pid")), h.textContent]),
      );
      assert(heads.some(([p, t]) => p === ping && String(t).startsWith("ping")), `${heads}`);
      assert(heads.some(([p, t]) => p === pong && String(t).startsWith("pong")), `${heads}`);
      // Only pong's messages: 5 pings and 5 pongs, alternating, then :stop.
      await page.selectOption("#seq-process", String(pong));
      await page.waitForFunction(() => document.getElementById("sequence")!.dataset.rows !== "0");
      const arrows = async () =>
        await page.$$eval(
          "#sequence g.msg",
          (gs) =>
            gs.map((g) => ({
              id: Number(g.getAttribute("data-id")),
              from: Number(g.getAttribute("data-from")),
              to: Number(g.getAttribute("data-to")),
              text: g.textContent,
            })),
        );
      const shown = await arrows();
      const want = [
        ...Array.from({ length: 5 }, () => [[ping, pong], [pong, ping]]).flat(),
        [ping, pong],
      ];
      assertEquals(shown.map((a) => [a.from, a.to]), want);
      assertEquals(shown.map((a) => a.id), shown.map((a) => a.id).sort((a, b) => a - b));
      assertMatch(shown[0].text!, /\(:ping, 5/);
      assertMatch(shown[1].text!, /\(:pong, 5\)/);
      assertMatch(shown[10].text!, /:stop/);
      // A text pattern: only the replies.
      await page.fill("#seq-filter", "/:pong/");
      await page.waitForFunction(() => document.getElementById("sequence")!.dataset.rows === "5");
      assertEquals((await arrows()).map((a) => [a.from, a.to]), Array(5).fill([pong, ping]));
      // Hover over the first reply: the tooltip has it and the ping that caused it.
      await page.fill("#seq-filter", "");
      await page.waitForFunction(() => document.getElementById("sequence")!.dataset.rows === "13");
      await page.hover(`#sequence g.msg[data-id="${shown[1].id}"] text`);
      await page.waitForSelector(".seq-tip:not([hidden])");
      const tip = (await page.textContent(".seq-tip"))!;
      assertMatch(tip, new RegExp(`#${shown[1].id} · pong → ping`));
      assertMatch(tip, new RegExp(`in answer to #${shown[0].id}`));
      assertMatch(tip, /ping → pong: \(:ping, 5, <pid \d+>\)/);
      assertEquals(
        await page.getAttribute(`#sequence g.msg[data-id="${shown[0].id}"]`, "class"),
        "msg cause",
      );
    });
  },
});

Deno.test({
  name: "page: a crash in a linked child shows in the tree, with the link and why it crashed",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      await openWith(
        page,
        site,
        `let boss = spawn! (fn () -> {
  name! ("boss")
  let c = spawn! (fn () -> { name! ("child"); sleep! (400); panic! ("the child gave up") })
  link! (c)
  receive { :never -> :ok }
})
monitor! (boss)
receive { (:exit, _, why) -> print! ("boss ended:", why) }
`,
      );
      await page.click("#tab-tree");
      assertEquals(await runAndWait(page), "done");
      const pid = await pidsByName(page);
      const [boss, child] = [pid["boss"], pid["child"]];
      await page.waitForSelector(`#tree g.node[data-pid="${child}"]`);
      assertEquals(
        await page.getAttribute(`#tree g.node[data-pid="${child}"]`, "data-status"),
        "panicked",
      );
      assertMatch(
        (await page.textContent(`#tree g.node[data-pid="${child}"] text.reason`))!,
        /panicked: the child gave up/,
      );
      // Its boss panicked too, because of the link; both edges are drawn.
      assertEquals(
        await page.getAttribute(`#tree g.node[data-pid="${boss}"]`, "data-status"),
        "panicked",
      );
      assertMatch(
        (await page.textContent(`#tree g.node[data-pid="${boss}"] text.reason`))!,
        /linked process/,
      );
      const edges = await page.$$eval(
        "#tree path.edge",
        (es) =>
          es.map((e) =>
            `${e.getAttribute("data-kind")} ${e.getAttribute("data-from")}>${
              e.getAttribute("data-to")
            }`
          ),
      );
      assert(edges.includes(`parent ${boss}>${child}`), `${edges}`);
      assert(edges.includes(`link ${boss}>${child}`), `${edges}`);
      assert(edges.some((e) => e.startsWith("monitor ") && e.endsWith(`>${boss}`)), `${edges}`);
      assertMatch((await page.textContent("#console"))!, /boss ended: \(:err, "linked process/);
    });
  },
});

Deno.test({
  name: "page: Kill ends a process as :killed and its monitor hears it; Trace shows its events",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      await openWith(
        page,
        site,
        `let me = self ()
fn idle () -> { sleep! (50); idle () }
let victim = spawn! (fn () -> { name! ("victim"); idle () })
spawn! (fn () -> {
  name! ("watcher")
  monitor! (victim)
  receive { (:exit, pid, why) -> print! ("watcher got", (:exit, pid, why)) }
  send! (me, :done)
})
receive { :done -> :ok }
`,
      );
      await page.click("#run");
      await page.waitForSelector('#processes tbody tr[data-name="victim"]');
      await page.click('#processes tbody tr[data-name="victim"]');
      await page.waitForSelector("#details:not([hidden]) #kill:not([disabled])");
      // Trace it first: its calls come to the details pane.
      await page.click("#trace");
      await page.waitForFunction(() => document.querySelectorAll("#trace-events li").length >= 2);
      assertMatch((await page.textContent("#trace-events"))!, /\(:call, "(idle|sleep!)"/);
      await page.click("#kill");
      await page.waitForFunction(() => document.getElementById("status")!.dataset.state === "done");
      assertMatch(
        (await page.textContent("#console"))!,
        /watcher got \(:exit, <pid \d+>, \(:err, :killed\)\)$/,
      );
      await page.waitForFunction(() =>
        document.querySelector('#processes tbody tr[data-name="victim"]')?.getAttribute(
          "data-status",
        ) === "panicked"
      );
    });
  },
});

Deno.test({
  name: "page: scrubbed back to the middle of a run, the table shows that moment's processes",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      // Ten sleepers live for the first 600 ms; then main alone for 600 ms more.
      await openWith(
        page,
        site,
        `let me = self ()
fn sleeper (n) -> spawn! (fn () -> { name! ("sleeper {n}"); sleep! (600); send! (me, :woke) })
each! (sleeper, range (10))
repeat 10 { receive { :woke -> :ok } }
sleep! (600)
:ok
`,
      );
      await page.click("#tab-timeline");
      assertEquals(await runAndWait(page), "done");
      const liveRows = () =>
        page.$$eval('#processes tbody tr[data-name^="sleeper"]:not(.ended)', (rs) => rs.length);
      assertEquals(await liveRows(), 0);
      assertEquals(await page.getAttribute("#processes", "data-live"), "0");
      const end = Number(await page.getAttribute("#scrub", "max"));
      assert(end >= 1100, `the run lasted ${end} ms`);
      // Scrub to 300 ms: eleven processes were alive then.
      await page.$eval("#scrub", (e) => {
        (e as HTMLInputElement).value = "300";
        e.dispatchEvent(new Event("input"));
      });
      await page.waitForFunction(() => document.getElementById("processes")!.dataset.live === "11");
      assertEquals(await liveRows(), 10);
      assertMatch((await page.textContent("#scrub-label"))!, /^at 0\.30 s of 1\.\d\d s/);
      assertEquals(await page.$$eval("#timeline line.now", (ls) => ls.length), 1);
      // At 900 ms, main alone.
      await page.$eval("#scrub", (e) => {
        (e as HTMLInputElement).value = "900";
        e.dispatchEvent(new Event("input"));
      });
      await page.waitForFunction(() => document.getElementById("processes")!.dataset.live === "1");
      assertEquals(await liveRows(), 0);
      // A process's details as they were then.
      await page.$eval("#scrub", (e) => {
        (e as HTMLInputElement).value = "300";
        e.dispatchEvent(new Event("input"));
      });
      await page.click("#tab-table");
      await page.click('#processes tbody tr[data-name="sleeper 3"]');
      await page.waitForSelector("#details:not([hidden]) h3 .as-of");
      assertMatch((await page.textContent("#details"))!, /status(sleeping)/);
      // Back to the end.
      await page.click("#live");
      await page.waitForFunction(() => document.getElementById("processes")!.dataset.live === "0");
    });
  },
});

Deno.test({
  name:
    "page: 100,000 messages: the sequence diagram keeps them all and scrolls (frame times printed)",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      await openWith(page, site, PING_PONG.replace("ROUNDS", "50000"));
      await page.click("#tab-messages");
      const t0 = Date.now();
      await page.click("#run");
      await page.waitForFunction(
        () => document.getElementById("status")!.dataset.state === "done",
        null,
        { timeout: 120_000 },
      );
      const wall = Date.now() - t0;
      const runMs = await page.evaluate(() => document.body.dataset.runMs);
      await page.waitForFunction(() =>
        Number(document.getElementById("sequence")!.dataset.messages) >= 100_000
      );
      // Scroll from the top to the bottom in 300 frames, one step per animation frame.
      const r = await page.evaluate(async () => {
        const s = document.getElementById("seq-scroll")!;
        const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
        s.scrollTop = 0;
        await frame();
        await frame();
        const times: number[] = [];
        const max = s.scrollHeight - s.clientHeight;
        let last = await frame();
        for (let i = 1; i <= 300; i++) {
          s.scrollTop = (max * i) / 300;
          const t = await frame();
          times.push(t - last);
          last = t;
        }
        return {
          times,
          rows: Number(document.getElementById("sequence")!.dataset.rows),
          inDom: document.querySelectorAll("#sequence g.msg").length,
          height: s.scrollHeight,
        };
      });
      const ts = [...r.times].sort((a, b) => a - b);
      const at = (q: number) => ts[Math.min(ts.length - 1, Math.floor(q * ts.length))];
      const mean = r.times.reduce((a, b) => a + b, 0) / r.times.length;
      console.log(
        `100,000 messages: run ${runMs} ms in the worker (${wall} ms to done on the page); ` +
          `${r.rows} rows, ${r.height} px tall, ${r.inDom} arrows in the DOM; scrolling ` +
          `${r.times.length} frames: median ${at(0.5).toFixed(1)} ms, p95 ${
            at(0.95).toFixed(1)
          } ms, ` +
          `max ${ts[ts.length - 1].toFixed(1)} ms, ${(1000 / mean).toFixed(1)} frames/s`,
      );
      assert(r.inDom > 0 && r.inDom < 200, `${r.inDom} arrows drawn`);
    });
  },
});

if (ignore) {
  console.log(`web_test.ts: skipped (${chromiumThere ? "" : `chromium at ${CHROMIUM}; `}${why})`);
}

Deno.test({
  name:
    "page: keys and the pointer reach a program that listens, and not while the editor has them",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage();
      await openWith(
        page,
        site,
        `listen! (:keys)
listen! (:pointer)
loop () with {
  () -> receive {
    (:key, :down, "ArrowUp") -> { forward! (20); recur () }
    (:key, :down, "q") -> :quit
    (:pointer, :down, (x, y)) -> { print! ("down", round (x), round (y)); recur () }
    _ -> recur ()
  }
}`,
      );
      await page.click("#run");
      await page.waitForSelector("#listening:not([hidden])");
      assertMatch((await page.textContent("#listening"))!, /listens to keys and the pointer/);
      // The editor has the focus after a click in it: keys are typed there.
      await page.click("#editor .cm-content");
      await page.keyboard.press("End");
      await page.keyboard.press("ArrowUp");
      await page.waitForTimeout(150);
      assertEquals(await page.getAttribute("#turtle", "data-segments"), "0");
      // A click on the drawing: the pointer at the middle is the turtle's origin.
      const box = (await page.locator("#turtle svg").boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForFunction(() =>
        document.getElementById("console")!.textContent!.trim() !== ""
      );
      assertMatch((await page.textContent("#console"))!.trim(), /^down -?0 -?0$/);
      // Keys now go to the program.
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("ArrowUp");
      await page.waitForFunction(() => document.getElementById("turtle")!.dataset.segments === "2");
      await page.keyboard.press("q");
      await page.waitForFunction(() => document.getElementById("status")!.dataset.state === "done");
      assertEquals((await page.textContent("#outcome"))!.trim(), ":quit");
      assert(await page.locator("#listening").isHidden(), "the badge goes when the run ends");
    });
  },
});

Deno.test({
  name: "page: a notebook from the Examples menu opens in place of the editor; a program closes it",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage();
      await openWith(page, site, `:start`);
      await page.waitForSelector('#examples option[value="notebook.md"]', { state: "attached" });
      await page.selectOption("#examples", "notebook.md");
      await page.waitForFunction(() => document.body.dataset.mode === "notebook");
      assertMatch(page.url(), /#notebook=examples\/notebook\.md$/);
      await page.waitForSelector("#notebook:not([hidden])");
      // A reload of that address opens the notebook again.
      await page.reload();
      await page.waitForFunction(() => document.body.dataset.mode === "notebook");
      await page.selectOption("#examples", "hello.ld");
      await page.waitForFunction(() => document.body.dataset.mode === undefined);
      assert(await page.locator("#notebook").isHidden());
      await page.waitForFunction(() =>
        document.querySelector("#editor .cm-content")!.textContent!.includes("print!")
      );
      assertEquals(await runAndWait(page), "done");
    });
  },
});
