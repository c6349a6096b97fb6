/**
 * The standard modules, shipped with the library by text imports (so they
 * travel with `mod.ts`, also when it is imported by URL): `import "NAME" as x`
 * with a bare name loads `std/NAME.ld` from here.
 *
 * @module
 */

import observe from "../../std/observe.ld" with { type: "text" };

/** Standard module sources by name. */
export const STD_MODULES: Readonly<Record<string, string>> = Object.freeze({ observe });
