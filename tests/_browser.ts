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
