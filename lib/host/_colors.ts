/**
 * A tiny colour helper with the names and behaviour of `@std/fmt/colors`
 * (`setColorEnabled`, `getColorEnabled`, `red`, `cyan`, `dim`, `bold`, …), so the
 * real package can replace this module by changing one import. It reads no
 * environment variables (npm colour packages do, which forces `--allow-env`);
 * the host decides whether colour is on.
 *
 * @module
 */

let enabled = false;

/** Turn colour on or off (off by default). */
export function setColorEnabled(value: boolean): void {
  enabled = value;
}

/** Is colour on? */
export function getColorEnabled(): boolean {
  return enabled;
}

function code(open: number, close: number): (s: string) => string {
  return (s: string) => enabled ? `\x1b[${open}m${s}\x1b[${close}m` : s;
}

/** Bold text. */
export const bold: (s: string) => string = code(1, 22);
/** Dim text. */
export const dim: (s: string) => string = code(2, 22);
/** Red text. */
export const red: (s: string) => string = code(31, 39);
/** Green text. */
export const green: (s: string) => string = code(32, 39);
/** Yellow text. */
export const yellow: (s: string) => string = code(33, 39);
/** Cyan text. */
export const cyan: (s: string) => string = code(36, 39);
