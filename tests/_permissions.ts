/**
 * Tests that need a permission plain `deno test` does not grant (run, read,
 * write, net, env, sys, ffi) ask here: they are skipped without it
 * (`ignore: !canRun`), and say which flag would run them. `deno task test`
 * grants them all.
 *
 * @module
 */

/**
 * A permission a test needs: a name (`"run"`: all of it), or a descriptor for
 * part of it, as `deno task test` grants some only in part
 * (`{ name: "write", path: "/tmp" }`, `{ name: "net", host: "127.0.0.1" }`).
 */
export type Need = Deno.PermissionName | Deno.PermissionDescriptor;

/** The flag that grants `need`, as `deno run` spells it. */
function flagOf(need: Need): string {
  const d: Deno.PermissionDescriptor = typeof need === "string"
    ? { name: need } as Deno.PermissionDescriptor
    : need;
  const part = "path" in d && d.path !== undefined
    ? String(d.path)
    : "host" in d && d.host !== undefined
    ? d.host
    : "kind" in d && d.kind !== undefined
    ? d.kind
    : "variable" in d && d.variable !== undefined
    ? d.variable
    : "command" in d && d.command !== undefined
    ? String(d.command)
    : undefined;
  return `--allow-${d.name}${part === undefined ? "" : `=${part}`}`;
}

/**
 * Whether every permission in `needs` is granted, and if not, why the tests
 * that need them are skipped (`why` names the missing flags). With `who` (the
 * test file's name), a file whose tests are skipped also says so once, on the
 * console, when it loads.
 *
 * @example Usage
 * ```ts ignore
 * const { canRun, why } = permissionsFor(["run", "read"], "cli_test.ts");
 * Deno.test({ name: "cli: runs", ignore: !canRun, fn() {} });
 * ```
 */
export function permissionsFor(needs: Need[], who?: string): { canRun: boolean; why: string } {
  const missing = needs.filter((need) => {
    const d = typeof need === "string" ? { name: need } as Deno.PermissionDescriptor : need;
    return Deno.permissions.querySync(d).state !== "granted";
  });
  const why = `needs ${missing.map(flagOf).join(" ")}; deno task test grants it`;
  const canRun = missing.length === 0;
  if (!canRun && who !== undefined) console.log(`${who}: skipped (${why})`);
  return { canRun, why };
}

/**
 * Register one ignored test that stands for tests that could not even be
 * listed without a permission (one per fixture file, read from disk): its name
 * says what is skipped and why.
 *
 * @example Usage
 * ```ts ignore
 * const { canRun, why } = permissionsFor(["read"]);
 * if (!canRun) skippedTest("golden: tests/golden/*.ld", why);
 * ```
 */
export function skippedTest(what: string, why: string): void {
  Deno.test({ name: `${what} (skipped: ${why})`, ignore: true, fn() {} });
}
