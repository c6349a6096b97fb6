/**
 * Bundle the command (`lib/host/command.ts` and everything it imports, the standard
 * library's `.ld` texts and the web page's files included) into one file,
 * `dist/ludus_cli.js`, and write its manifest `dist/ludus_cli.json`: the
 * sources with their sizes, which `cli.ts` checks before it uses the bundle.
 *
 *     deno run -A tools/bundle.ts           write both
 *     deno run -A tools/bundle.ts --check   exit 1 if they differ from what it would write
 *
 * Run it after changing anything under `lib/`, `std/` or `web/` (until then
 * `cli.ts` runs the sources); `tests/bundle_test.ts` fails while it is due.
 *
 * @module
 */

const root = new URL("..", import.meta.url);
const rootPath = decodeURIComponent(root.pathname);
const check = Deno.args.includes("--check");
const BUNDLE = "dist/ludus_cli.js";
const MANIFEST = "dist/ludus_cli.json";

function deno(args: string[]): string {
  const out = new Deno.Command(Deno.execPath(), { args, cwd: rootPath, stderr: "piped" })
    .outputSync();
  if (!out.success) {
    console.error(new TextDecoder().decode(out.stderr));
    Deno.exit(1);
  }
  return new TextDecoder().decode(out.stdout);
}

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
deno(["bundle", "--quiet", "--minify", "lib/host/command.ts", "-o", tmp]);
const bundle = Deno.readTextFileSync(tmp);
Deno.removeSync(tmp);
const manifest = `{
  "note": "made by tools/bundle.ts: cli.ts uses the bundle only while these sources have these sizes and none is newer than it",
  "bundle": ${JSON.stringify(BUNDLE)},
  "sources": [
${sources.map((s) => `    ${JSON.stringify(s)}`).join(",\n")}
  ]
}
`;

if (check) {
  const read = (p: string) => {
    try {
      return Deno.readTextFileSync(new URL(p, root));
    } catch {
      return "";
    }
  };
  const stale = [BUNDLE, MANIFEST].filter((p, i) => read(p) !== [bundle, manifest][i]);
  if (stale.length > 0) {
    console.error(`${stale.join(" and ")} out of date: run deno run -A tools/bundle.ts`);
    Deno.exit(1);
  }
  console.log(`${BUNDLE} is up to date (${sources.length} sources)`);
} else {
  Deno.mkdirSync(new URL("dist", root), { recursive: true });
  Deno.writeTextFileSync(new URL(BUNDLE, root), bundle);
  Deno.writeTextFileSync(new URL(MANIFEST, root), manifest);
  console.log(`wrote ${BUNDLE} (${(bundle.length / 1024).toFixed(0)} KB, ${sources.length} sources)`);
}
