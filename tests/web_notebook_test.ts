/// <reference lib="dom" />
/**
 * Notebooks in the page (web/notebook_view.ts over lib/host/worker_notebook.ts),
 * in a real browser: Debian's chromium driven by playwright-core, the static
 * site served from a temporary copy of `dist/web/` (with the test's own
 * notebooks added) by `python3 -m http.server`.
 *
 * Builds the site first if it is missing or older than the notebook view.
 * `LUDUS_WEB_SITE=DIR` tests a site built elsewhere. Needs chromium at
 * /usr/bin/chromium (`deno task test` installs it) and permission to run
 * subprocesses; without them these tests are skipped and say so.
 */

import { Buffer } from "node:buffer";
import type { Browser, Page } from "npm:playwright-core@1.64.1";
import { assert, assertEquals, assertMatch } from "@std/assert";
import { CHROMIUM, CHROMIUM_FLAGS, loadChromium } from "./_browser.ts";
import { permissionsFor } from "./_permissions.ts";
import { parseNotebook, renderHtml, runNotebook } from "../lib/host/notebook.ts";

const ROOT = new URL("../", import.meta.url);
const { canRun, why } = permissionsFor([
  "run",
  "read",
  { name: "write", path: "/tmp" },
  { name: "net", host: "127.0.0.1" },
  "env",
]);

/** Three blocks: the third reads the first's name, the second's is its own. */
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

/** A block that never ends, between two that do. */
const LOOPS = `# Stop

\`\`\`ludus
let x = 1
\`\`\`

\`\`\`ludus
loop (0) with { (i) -> recur (inc (i)) }
\`\`\`

\`\`\`ludus
add (x, 1)
\`\`\`
`;

async function exists(url: URL): Promise<boolean> {
  try {
    await Deno.stat(url);
    return true;
  } catch {
    return false;
  }
}

/** The built site: LUDUS_WEB_SITE, or dist/web/ (built if missing or without notebooks). */
async function builtSite(): Promise<string> {
  const other = Deno.env.get("LUDUS_WEB_SITE");
  if (other) return other.replace(/\/?$/, "/");
  const site = new URL("dist/web/", ROOT);
  if (!await exists(new URL("notebook.css", site)) || !await exists(new URL("index.html", site))) {
    const r = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "tools/build_web.ts"],
      cwd: ROOT.pathname,
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert(r.success, new TextDecoder().decode(r.stderr));
  }
  const app = await Deno.readTextFile(new URL("app.js", site));
  assert(
    app.includes("notebook-run-all"),
    "dist/web/app.js has no notebook view: is web/notebook_view.ts wired into web/main.ts? " +
      "(then deno task build:web)",
  );
  return site.pathname;
}

/** The site's address while the tests run, and how to stop its server. */
interface Site {
  url: string;
  close(): Promise<void>;
}

/** A temporary copy of the site with the test's notebooks, served by `python3 -m http.server`. */
async function serveSite(): Promise<Site> {
  const dir = await Deno.makeTempDir({ prefix: "ludus-web-notebook-" });
  const cp = await new Deno.Command("cp", { args: ["-r", `${await builtSite()}.`, dir] }).output();
  assert(cp.success, new TextDecoder().decode(cp.stderr));
  await Deno.writeTextFile(`${dir}/three.md`, THREE);
  await Deno.writeTextFile(`${dir}/loops.md`, LOOPS);
  const child = new Deno.Command("python3", {
    args: ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", dir],
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
          await Deno.remove(dir, { recursive: true });
        },
      };
    }
  }
}

async function withBrowser(fn: (browser: Browser, site: Site) => Promise<void>): Promise<void> {
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

/** Open `#notebook=<url>` and wait until its blocks are there. */
async function openNotebook(page: Page, site: Site, url: string): Promise<void> {
  await page.goto(`${site.url}#notebook=${url}`);
  await page.waitForFunction(() => document.getElementById("nb-status")?.dataset.state === "idle");
}

async function runAll(page: Page): Promise<void> {
  await page.click("#nb-run-all");
  await page.waitForFunction(() => document.getElementById("nb-status")!.dataset.state === "done");
}

/** Each block's state and stale mark (`""`: not stale), in order. */
function blocks(page: Page): Promise<string[]> {
  return page.$$eval(
    "section.nb-block",
    (bs) =>
      bs.map((b) =>
        `${(b as HTMLElement).dataset.state}/${(b as HTMLElement).dataset.stale ?? ""}`
      ),
  );
}

const block = (i: number) => `section.nb-block[data-index="${i}"]`;

const chromiumThere = canRun && await exists(new URL(`file://${CHROMIUM}`));
const ignore = !chromiumThere;

Deno.test({
  name:
    "page notebook: #notebook=examples/notebook.md opens; Run all runs every block; Export is cli.ts notebook's page",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage({ acceptDownloads: true });
      const requests: string[] = [];
      page.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
      await openNotebook(page, site, "examples/notebook.md");
      assertEquals(await page.textContent(".nb-file"), "examples/notebook.md");
      assertEquals(await page.textContent(".nb-prose h1"), "A first Ludus notebook");
      assertEquals((await blocks(page)).length, 8);
      assertEquals(await page.getAttribute("body", "data-mode"), "notebook");
      assert(!(await page.isVisible("main.layout")), "the editor is hidden");

      await runAll(page);
      assertEquals(await blocks(page), [
        "ok/",
        "ok/",
        "ok/",
        "ok/",
        "failed/",
        "ok/",
        "not run/",
        "ok/",
      ]);
      assertEquals(
        await page.textContent(`${block(2)} .nb-console`),
        "hello, Ada!\nhello, Grace!\nhello, Alan!",
      );
      assertEquals(await page.textContent(`${block(4)} .nb-result`), "⇒ 42");
      assertEquals(await page.getAttribute(`${block(3)} .nb-turtle`, "data-segments"), "60");
      assertMatch((await page.textContent(`${block(5)} .nb-error`))!, /division by zero/);
      assertMatch((await page.textContent(`${block(7)} .nb-note`))!, /block 5 did not bind/);
      assertEquals(await page.textContent(`${block(8)} .nb-result`), "⇒ [0, 10, 20, 30, 40, 50]");

      // Export: the page `cli.ts notebook examples/notebook.md` writes.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click("#nb-export"),
      ]);
      assertEquals(download.suggestedFilename(), "notebook.html");
      const html = await Deno.readTextFile((await download.path())!);
      const text = await Deno.readTextFile(new URL("examples/notebook.md", ROOT));
      const cli = renderHtml(
        await runNotebook(parseNotebook(text, "examples/notebook.md"), {}),
      );
      assertEquals(html, cli);

      // Every request was a GET of the site's own files (and the download's blob).
      const foreign = requests.filter((r) =>
        !r.startsWith(`GET ${site.url}`) && !r.startsWith("GET blob:")
      );
      assertEquals(foreign, []);

      // Close: back to the editor.
      await page.click("#nb-close");
      assert(await page.isVisible("main.layout"), "the editor is back");
      assertEquals(await page.getAttribute("body", "data-mode"), null);
    });
  },
});

Deno.test({
  name:
    "page notebook: three blocks; editing the first marks it and the third (which reads its name) stale, not the second",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage();
      await openNotebook(page, site, "three.md");
      await runAll(page);
      assertEquals(await blocks(page), ["ok/", "ok/", "ok/"]);
      assertEquals(await page.textContent(`${block(3)} .nb-result`), "⇒ 11");

      // Edit the first block: `let x = 1` becomes `let x = 10`.
      await page.click(`${block(1)} .cm-line`);
      await page.keyboard.press("End");
      await page.keyboard.type("0");
      await page.waitForFunction(
        (sel) => document.querySelector<HTMLElement>(sel)!.dataset.stale,
        block(3),
      );
      assertEquals(await blocks(page), ["ok/edited", "ok/", "ok/reads"]);
      assertEquals(
        await page.textContent(`${block(3)} .nb-stale-note`),
        "reads x from block 1, which is stale: run it again",
      );
      assert(await page.isVisible(`${block(3)} .nb-badge`), "the third shows its stale badge");
      assert(!(await page.isVisible(`${block(2)} .nb-badge`)), "the second does not");
      assertMatch((await page.textContent(".nb-summary"))!, /2 stale/);

      // Run the first again: it is fresh; the third stays stale until it runs.
      await page.click(`${block(1)} .nb-run`);
      await page.waitForFunction((sel) => {
        const b = document.querySelector<HTMLElement>(sel)!;
        return b.dataset.state === "ok" && b.dataset.stale === undefined;
      }, block(1));
      assertEquals(await blocks(page), ["ok/", "ok/", "ok/reads"]);
      assertEquals(
        await page.textContent(`${block(3)} .nb-stale-note`),
        "reads x from block 1, which ran again since: run it again",
      );
      // Ctrl+Enter in a block runs it.
      await page.click(`${block(3)} .cm-line`);
      await page.keyboard.press("Control+Enter");
      await page.waitForFunction((sel) => {
        const b = document.querySelector<HTMLElement>(sel)!;
        return b.dataset.state === "ok" && b.dataset.stale === undefined;
      }, block(3));
      assertEquals(await page.textContent(`${block(3)} .nb-result`), "⇒ 20");
      assertEquals(await blocks(page), ["ok/", "ok/", "ok/"]);
    });
  },
});

Deno.test({
  name:
    "page notebook: Stop ends a block that loops forever; the waiting ones do not run; the session goes on",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage();
      await openNotebook(page, site, "loops.md");
      await page.click("#nb-run-all");
      await page.waitForFunction(
        (sel) => document.querySelector<HTMLElement>(sel)!.dataset.state === "running",
        block(2),
      );
      await page.waitForTimeout(300);
      const t0 = Date.now();
      await page.click("#nb-stop");
      await page.waitForFunction(() =>
        document.getElementById("nb-status")!.dataset.state === "done"
      );
      // The worker answered (it was not restarted, which waits 2 s and loses the session).
      assert(Date.now() - t0 < 1500, `stopped after ${Date.now() - t0} ms`);
      assertEquals(await blocks(page), ["ok/", "failed/", "idle/"]);
      assertMatch((await page.textContent(`${block(2)} .nb-error`))!, /this block was stopped/);
      // Block 3 runs when asked, with block 1's x.
      await page.click(`${block(3)} .nb-run`);
      await page.waitForFunction(
        (sel) => document.querySelector<HTMLElement>(sel)!.dataset.state === "ok",
        block(3),
      );
      assertEquals(await page.textContent(`${block(3)} .nb-result`), "⇒ 2");
    });
  },
});

Deno.test({
  name:
    "page notebook: Examples and Open take notebooks; a block's error is underlined in its editor",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await withBrowser(async (browser, site) => {
      const page = await browser.newPage();
      await page.goto(site.url);
      await page.waitForFunction(() => document.body.dataset.ready !== undefined);
      // Examples lists the notebooks too; picking one puts it in the address.
      await page.waitForSelector('#examples option[value="notebook.md"]', { state: "attached" });
      await page.selectOption("#examples", "notebook.md");
      await page.waitForFunction(() =>
        document.getElementById("nb-status")?.dataset.state === "idle"
      );
      assertEquals(await page.textContent(".nb-file"), "examples/notebook.md");
      assertEquals(new URL(page.url()).hash, "#notebook=examples/notebook.md");
      await page.click("#nb-close");
      assertEquals(new URL(page.url()).hash, "");
      await page.setInputFiles("#open-file", {
        name: "mine.md",
        mimeType: "text/markdown",
        buffer: Buffer.from("# Mine\n\n```ludus\nlet n = 3\n```\n\n```ludus\ndiv (n, 0)\n```\n"),
      });
      await page.waitForFunction(() =>
        document.getElementById("nb-status")?.dataset.state === "idle"
      );
      assertEquals(await page.textContent(".nb-file"), "mine.md");
      await runAll(page);
      assertEquals(await blocks(page), ["ok/", "failed/"]);
      assertMatch((await page.textContent(`${block(2)} .nb-error`))!, /mine\.md:8:1/);
      await page.waitForSelector(`${block(2)} .cm-lintRange-error`);
      assertEquals(await page.textContent(`${block(2)} .cm-lintRange-error`), "div (n, 0)");
    });
  },
});

if (!chromiumThere) {
  console.log(`web_notebook_test.ts: skipped (${canRun ? `no chromium at ${CHROMIUM}` : why})`);
}
