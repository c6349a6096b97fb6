/**
 * The web page in a real browser: Debian's chromium driven by playwright-core.
 * Starts `cli.ts serve` on a free port (once with no file, once with the sample
 * notebook), then: runs a turtle program and checks the drawing; runs an
 * infinite loop and checks that the process view shows the spinner's
 * reductions growing and that Stop stops it; checks a box's history chart;
 * opens the notebook, runs every block, re-runs one and stops a runaway one.
 *
 * Needs chromium at /usr/bin/chromium (`.ci/run` installs it): without it
 * this test fails. Skipped only when subprocesses are not allowed.
 */

import type { Page } from "npm:playwright-core@1.64.1";
import { CHROMIUM, CHROMIUM_FLAGS } from "./_browser.ts";
import { assert, assertEquals, assertMatch } from "@std/assert";
import { permissionsFor } from "./_permissions.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const CLI = new URL("../cli.ts", import.meta.url).pathname;
const { canRun } = permissionsFor(["run"], "browser_test.ts");

interface Server {
  url: string;
  close(): Promise<void>;
}

/** Start `cli.ts serve --port 0 [file]` and read its URL from the first line it prints. */
async function startServer(file?: string): Promise<Server> {
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--allow-read",
      "--allow-net=127.0.0.1",
      CLI,
      "serve",
      "--port",
      "0",
      ...(file ? [file] : []),
    ],
    cwd: ROOT,
    stdout: "piped",
    stderr: "inherit",
    env: { NO_COLOR: "1" },
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let seen = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the server did not start: ${seen}`);
    seen += value;
    const m = /Ludus page at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(seen);
    if (m) {
      // Keep reading stdout in the background so the server never blocks on it.
      const drain = (async () => {
        while (!(await reader.read()).done) { /* discard */ }
      })();
      return {
        url: m[1],
        async close() {
          child.kill("SIGINT");
          await child.status;
          await drain;
        },
      };
    }
  }
}

async function chromiumInstalled(): Promise<boolean> {
  try {
    return (await Deno.stat(CHROMIUM)).isFile;
  } catch {
    return false;
  }
}

async function setEditor(page: Page, source: string): Promise<void> {
  await page.fill("#editor", source);
}

/** The reductions of the process named `name` in the process view. */
async function reductionsOf(page: Page, name: string): Promise<number> {
  const v = await page.getAttribute(`#procs tbody tr[data-name="${name}"]`, "data-reductions");
  return Number(v);
}

Deno.test({
  name: "browser: the page runs programs, shows processes live, stops loops, opens notebooks",
  ignore: !canRun,
  // playwright keeps a few handles of its own between steps
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(t) {
    assert(
      await chromiumInstalled(),
      `${CHROMIUM} is missing: install it with \`apt-get install -y chromium\` (.ci/run does)`,
    );
    const started = performance.now();
    // playwright asks whether it runs under WSL by probing /proc/sys/fs/binfmt_misc,
    // and Deno lets only --allow-all read there. As in Node, a path that cannot be
    // read does not exist: so the test task needs no --allow-all.
    const fs = (await import("node:fs")).default;
    const existsSync = fs.existsSync;
    fs.existsSync = (p) => {
      try {
        return existsSync(p);
      } catch {
        return false;
      }
    };
    // Loaded here, not at the top: playwright reads its environment as it loads
    // (so a plain `deno test` without permissions can still load this file).
    const { chromium } = await import("npm:playwright-core@1.64.1");
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    const editor = await startServer();
    const notebook = await startServer("examples/notebook.md");
    const errors: string[] = [];
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.on("pageerror", (e) => errors.push(e.message));
      page.setDefaultTimeout(15_000);

      await t.step("a turtle program draws; the SVG appears with the console", async () => {
        await page.goto(editor.url);
        await page.waitForSelector("body[data-ready=true]");
        await setEditor(
          page,
          'print! ("drawing a square")\nrepeat 4 { forward! (100); right! (0.25) }\n:square',
        );
        await page.click("#run");
        await page.waitForSelector("#status[data-state=done]");
        assertEquals(await page.locator("#turtle svg line").count(), 4);
        assertEquals((await page.textContent("#console"))?.trim(), "drawing a square");
        assertEquals((await page.textContent("#outcome"))?.trim(), "⇒ :square");
      });

      await t.step(
        "an infinite loop: reductions grow in the process view; Stop works",
        async () => {
          await setEditor(
            page,
            [
              "let spinner = spawn! (fn () -> {",
              '  name! ("spinner")',
              "  loop (0) with { (n) -> recur (inc (n)) }",
              "})",
              'print! ("spinning")',
              "await! (spinner)",
            ].join("\n"),
          );
          await page.click("#run");
          await page.waitForSelector('#procs tbody tr[data-name="spinner"]');
          const first = await reductionsOf(page, "spinner");
          // (The page's CSP forbids evaluating strings, so poll from here.)
          for (let i = 0; i < 50 && (await reductionsOf(page, "spinner")) <= first; i++) {
            await new Promise((r) => setTimeout(r, 100));
          }
          const second = await reductionsOf(page, "spinner");
          assert(second > first, `reductions grew: ${first} -> ${second}`);
          assertEquals(await page.getAttribute("#status", "data-state"), "running");
          // Its stack, read while it runs.
          await page.click('#procs tbody tr[data-name="spinner"]');
          await page.waitForSelector("#details .stack li");
          assertMatch((await page.textContent("#details .stack")) ?? "", /fn anonymous/);
          const clicked = performance.now();
          await page.click("#stop");
          await page.waitForSelector("#status[data-state=stopped]");
          assert(performance.now() - clicked < 5000, "Stop answered quickly");
          assertMatch(
            (await page.getAttribute('#procs tbody tr[data-name="spinner"]', "data-status")) ?? "",
            /^stopped/,
          );
          assertMatch((await page.textContent("#outcome")) ?? "", /stopped from the page/);
          assertEquals((await page.textContent("#console"))?.trim(), "spinning");
        },
      );

      await t.step("a box's history shows as a chart", async () => {
        await setEditor(
          page,
          "box level = 0\nrepeat 12 { update! (level, add (_, 5)); sleep! (5) }\nunbox (level)",
        );
        await page.click("#run");
        await page.waitForSelector("#status[data-state=done]");
        await page.click('#procs tbody tr[data-name="box level"]');
        await page.waitForSelector("#details svg.chart polyline");
        assertMatch((await page.textContent("#details")) ?? "", /13 values · min 0 · max 60/);
      });

      await t.step("a notebook opens as blocks; Run all, re-run and Stop a block", async () => {
        await page.goto(notebook.url);
        await page.waitForSelector("body[data-ready=true]");
        assertEquals(await page.locator(".nb-block").count(), 8);
        await page.click("#run"); // Run all
        await page.waitForSelector('.nb-block[data-index="8"][data-status]');
        const statuses: (string | null)[] = [];
        for (let i = 1; i <= 8; i++) {
          statuses.push(await page.getAttribute(`#block-${i}`, "data-status"));
        }
        assertEquals(statuses, ["ok", "ok", "ok", "ok", "failed", "ok", "not run", "ok"]);
        assert((await page.locator("#block-3 svg line").count()) > 10, "block 3 drew");
        assertMatch((await page.textContent("#block-7 .note")) ?? "", /needs `ratio`/);
        assertMatch((await page.textContent("#block-4 .console")) ?? "", /the answer is 42/);
        // Re-run a block with new text: it sees the earlier blocks' names.
        await page.fill("#block-6 textarea", 'greet ("notebook")');
        await page.click("#block-6 .run-block");
        await page.waitForSelector('#block-6[data-status="ok"]');
        assertMatch((await page.textContent("#block-6 .result")) ?? "", /"hello, notebook!"/);
        // A runaway block is stopped; the session goes on.
        await page.fill("#block-6 textarea", "loop (0) with { (n) -> recur (inc (n)) }");
        await page.click("#block-6 .run-block");
        await page.waitForSelector("#block-6.running");
        await page.click("#stop");
        await page.waitForSelector('#block-6[data-status="failed"]');
        assertMatch((await page.textContent("#block-6 .error")) ?? "", /stopped from the page/);
        await page.click("#block-2 .run-block");
        await page.waitForSelector('#block-2[data-status="ok"]');
      });
      assertEquals(errors, [], "no errors in the page");
    } finally {
      await browser.close();
      await editor.close();
      await notebook.close();
      fs.existsSync = existsSync;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`browser test took ${seconds.toFixed(1)} s`);
  },
});
