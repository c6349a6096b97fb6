/**
 * Tests that need a permission plain `deno test` does not grant (run, read,
 * write, net, env) ask here: they are skipped without it, and say which flag
 * would run them. `deno task test` grants them all.
 */

/** Whether every permission in `names` is granted, and if not, which flags are missing. */
export function permissionsFor(names: Deno.PermissionName[]): { canRun: boolean; why: string } {
  const missing = names.filter((name) => Deno.permissions.querySync({ name }).state !== "granted");
  return {
    canRun: missing.length === 0,
    why: `needs ${missing.map((n) => `--allow-${n}`).join(" ")}; deno task test grants it`,
  };
}
