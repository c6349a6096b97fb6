/**
 * The command's bundle (`dist/ludus_cli.js`, made by `tools/bundle.ts`):
 * `cli.ts` tells a stale one, and the bundle and the sources run programs the
 * same. (That it is what the sources make now is tests/gen_test.ts's.) Needs
 * --allow-run, --allow-read and --allow-write=/tmp; skipped without them, and
 * says so.
 */

import { assert, assertEquals } from "@std/assert";
import { BUNDLE_SLACK_MS, bundleIsStale, MANIFEST } from "../cli.ts";
import { runDeno } from "./_run.ts";
import { permissionsFor } from "./_permissions.ts";

const { canRun } = permissionsFor(
  ["run", "read", { name: "write", path: "/tmp" }],
  "bundle_test.ts",
);
const ROOT = new URL("../", import.meta.url);
const deno = (args: string[], stdin?: string) => runDeno(args, { stdin, cwd: ROOT.pathname });

Deno.test({
  name: "bundle: cli.ts takes it as stale when a source changed size, is newer, or is missing",
  ignore: !canRun,
  fn() {
    const dir = Deno.makeTempDirSync();
    try {
      const root = new URL(`file://${dir}/`);
      Deno.mkdirSync(`${dir}/dist`);
      Deno.mkdirSync(`${dir}/lib`);
      Deno.writeTextFileSync(`${dir}/lib/a.ts`, "export const a = 1;\n");
      Deno.writeTextFileSync(`${dir}/dist/ludus_cli.js`, "export const a = 1;\n");
      const manifest = (size: number) =>
        Deno.writeTextFileSync(
          `${dir}/${MANIFEST}`,
          JSON.stringify({ bundle: "dist/ludus_cli.js", sources: [["lib/a.ts", size]] }),
        );
      const now = Date.now() / 1000;
      const age = (path: string, secondsAgo: number) =>
        Deno.utimeSync(`${dir}/${path}`, now - secondsAgo, now - secondsAgo);
      manifest(20);
      age("dist/ludus_cli.js", 0);
      age("lib/a.ts", 5); // written with the bundle, as by a clone
      assertEquals(bundleIsStale(root), false);
      age("lib/a.ts", -1); // a second after: a clone's slack
      assertEquals(bundleIsStale(root), false);
      manifest(21);
      assertEquals(bundleIsStale(root), true, "another size");
      manifest(20);
      age("dist/ludus_cli.js", 3600);
      age("lib/a.ts", 0);
      assertEquals(bundleIsStale(root), true, "edited an hour after bundling");
      // As tools/bundle.ts dates it: what is written after it was made is newer.
      age("dist/ludus_cli.js", BUNDLE_SLACK_MS / 1000);
      age("lib/a.ts", 1);
      assertEquals(bundleIsStale(root), false, "written a second before bundling");
      age("lib/a.ts", -1);
      assertEquals(bundleIsStale(root), true, "edited a second after bundling");
      age("dist/ludus_cli.js", 0);
      Deno.removeSync(`${dir}/lib/a.ts`);
      assertEquals(bundleIsStale(root), true, "a source gone");
      Deno.removeSync(`${dir}/${MANIFEST}`);
      assertEquals(bundleIsStale(root), true, "no manifest");
      assertEquals(bundleIsStale(new URL("https://example.com/ludus/")), false, "by URL");
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "bundle: the bundle and the sources print the same, errors and --json included",
  ignore: !canRun,
  async fn() {
    const cases: [string[], string | undefined][] = [
      [["examples/hello.ld"], undefined],
      [["-"], 'print! ("first")\ndiv (1, 0)\n'],
      [["--json", "-"], 'print! ("a")\nspawn! (fn () -> :b)\n:c'],
      [["--bogus"], undefined],
      [["doc", "map"], undefined],
    ];
    for (const [args, stdin] of cases) {
      const bundled = await deno(["run", "-R", "dist/ludus_cli.js", ...args], stdin);
      const sources = await deno(["run", "-R", "lib/host/command.ts", ...args], stdin);
      assertEquals(bundled, sources, args.join(" "));
      assert(bundled.stdout.length + bundled.stderr.length > 0, args.join(" "));
    }
  },
});
