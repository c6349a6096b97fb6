/**
 * How the browser tests and the screenshot tool launch Debian's chromium: its
 * path, and the flags from ../shared/reference/deno-ecosystem.md (running as
 * root, on a machine whose network is closed, with a fresh profile).
 *
 * @module
 */

/** Where Debian installs chromium. */
export const CHROMIUM = "/usr/bin/chromium";

/** Launch flags: headless, no sandbox (root), no background network traffic. */
export const CHROMIUM_FLAGS: string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * playwright-core's `chromium`, loaded so that it works under `deno task
 * test`'s permissions: as it loads, playwright asks whether it runs under WSL
 * by probing /proc/sys/fs/binfmt_misc, where Deno lets only --allow-all read.
 * As in Node, a path that cannot be read does not exist, so the test task needs
 * no --allow-all. Loaded when called, not at the top of a test file, so that a
 * plain `deno test` without permissions can still load the file.
 */
export async function loadChromium(): Promise<
  typeof import("npm:playwright-core@1.64.1").chromium
> {
  const fs = (await import("node:fs")).default;
  const existsSync = fs.existsSync;
  fs.existsSync = (p) => {
    try {
      return existsSync(p);
    } catch {
      return false;
    }
  };
  return (await import("npm:playwright-core@1.64.1")).chromium;
}
