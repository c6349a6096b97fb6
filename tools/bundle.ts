/**
 * Bundle the command (`lib/host/command.ts` and everything it imports, the standard
 * library's `.ld` texts included) into one file, `dist/ludus_cli.js`, and write
 * its manifest `dist/ludus_cli.json`: the sources with their sizes, which
 * `cli.ts` checks before it uses the bundle.
 *
 *     deno task gen                  this, after the other generators (tools/gen.ts)
 *     deno run -A tools/bundle.ts    this alone
 *
 * It writes each file only when its text changed, then dates the bundle
 * {@linkcode BUNDLE_SLACK_MS} back, so that `cli.ts` takes any source written
 * after this run as newer than the bundle (the module comment of `cli.ts` says
 * why the check is by date and size).
 *
 * @module
 */

import { BUNDLE_SLACK_MS, MANIFEST } from "../cli.ts";

const root = new URL("..", import.meta.url);
const rootPath = decodeURIComponent(root.pathname);
/** The bundle, from the project's root. */
const BUNDLE = "dist/ludus_cli.js";

function deno(args: string[]): string {
  const out = new Deno.Command(Deno.execPath(), { args, cwd: rootPath, stderr: "piped" })
    .outputSync();
  if (!out.success) {
    console.error(new TextDecoder().decode(out.stderr));
    Deno.exit(1);
  }
  return new TextDecoder().decode(out.stdout);
}

/** The bundle's text and its manifest's, for the sources as they are now. */
function build(): { bundle: string; manifest: string; sources: number } {
  // The sources: every local module the command loads, text imports included.
  const info = JSON.parse(deno(["info", "--json", "lib/host/command.ts"])) as {
    modules: { specifier: string }[];
  };
  const sources: [string, number][] = info.modules
    .map((m) => m.specifier)
    .filter((s) => s.startsWith(root.href))
    .map((s) => s.slice(root.href.length))
    .sort()
    .map((path) => [path, Deno.statSync(new URL(path, root)).size]);
  const tmp = Deno.makeTempFileSync({ suffix: ".js" });
  try {
    deno(["bundle", "--quiet", "--minify", "lib/host/command.ts", "-o", tmp]);
    const bundle = Deno.readTextFileSync(tmp);
    const manifest = `{
  "note": "made by tools/bundle.ts (deno task gen): cli.ts uses the bundle only while these sources have these sizes and none was written after it",
  "bundle": ${JSON.stringify(BUNDLE)},
  "sources": [
${sources.map((s) => `    ${JSON.stringify(s)}`).join(",\n")}
  ]
}
`;
    return { bundle, manifest, sources: sources.length };
  } finally {
    Deno.removeSync(tmp);
  }
}

/** Write `text` to `path` (from the root) unless it holds that already; whether it wrote. */
function writeIfChanged(path: string, text: string): boolean {
  const url = new URL(path, root);
  try {
    if (Deno.readTextFileSync(url) === text) return false;
  } catch { /* not there yet */ }
  Deno.writeTextFileSync(url, text);
  return true;
}

if (import.meta.main) {
  const made = build();
  Deno.mkdirSync(new URL("dist", root), { recursive: true });
  const wrote = [
    writeIfChanged(BUNDLE, made.bundle) ? BUNDLE : null,
    writeIfChanged(MANIFEST, made.manifest) ? MANIFEST : null,
  ].filter((p) => p !== null);
  // Dated back by the slack cli.ts allows: a source written from now on is
  // newer than the bundle plus the slack, so stale; one written before is not.
  const at = new Date(Date.now() - BUNDLE_SLACK_MS);
  Deno.utimeSync(new URL(BUNDLE, root), at, at);
  console.log(
    `${wrote.length > 0 ? `wrote ${wrote.join(" and ")}` : `${BUNDLE} unchanged`} ` +
      `(${(made.bundle.length / 1024).toFixed(0)} KB, ${made.sources} sources)`,
  );
}
