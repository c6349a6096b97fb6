/**
 * Hints for the commonest "no clause matches" a learner meets: two arguments
 * given the other way round (`get (d, :a)` for `get (:a, d)`, `map (xs, f)`),
 * and a box passed where the value it holds was meant (`inc (b)` for
 * `inc (unbox (b))`). When no clause of a function matched, the clauses' own
 * text is read: a clause is checked only if every parameter is a plain name,
 * `name as :type`, or a simple literal, with no guard. If such a clause takes
 * the arguments swapped (or unboxed), the panic says so. Anything the check
 * cannot decide gives no hint, so a hint is never wrong about the clause it
 * names.
 *
 * @module
 */

import { show } from "./show.ts";
import { LBox, typeOf, type Value } from "./values.ts";

/**
 * The hint for a call of `name` with `args` that no clause matched, or null.
 *
 * @example Usage
 * ```ts
 * import { noClauseHint } from "./arg_hint.ts";
 * import { keyword } from "./values.ts";
 * const clauses = ["(key as :keyword, d)"];
 * console.assert(noClauseHint("get", clauses, [1, keyword("a")])?.startsWith("the two") === true);
 * console.assert(noClauseHint("get", clauses, [1, 2]) === null);
 * ```
 */
export function noClauseHint(name: string, clauses: string[], args: Value[]): string | null {
  return swappedArgsHint(name, clauses, args) ?? unboxHint(clauses, args);
}

/** The hint when the two arguments swapped would match, or null. */
export function swappedArgsHint(name: string, clauses: string[], args: Value[]): string | null {
  if (args.length !== 2) return null;
  const swapped = [args[1], args[0]];
  if (!clauses.some((c) => accepts(c, swapped) === true)) return null;
  const brief = (v: Value) => show(v, { truncate: 40 });
  return `the two arguments may be the wrong way round: try ${name} (${brief(swapped[0])}, ${
    brief(swapped[1])
  })`;
}

/** The hint when the arguments with boxes replaced by their values would match, or null. */
export function unboxHint(clauses: string[], args: Value[]): string | null {
  const box = args.find((a) => a instanceof LBox) as LBox | undefined;
  if (box === undefined) return null;
  const unboxed = args.map((a) => a instanceof LBox ? a.value : a);
  if (!clauses.some((c) => accepts(c, unboxed) === true)) return null;
  return `\`${box.name}\` is a box, not the ${typeOf(box.value).name} it holds: ` +
    `\`unbox (${box.name})\` is its value`;
}

/**
 * Does the clause whose parameter text is `clause` take `args`? True or false
 * when that is certain from the text, null when it is not (nested patterns,
 * guards, splats, strings).
 */
export function accepts(clause: string, args: Value[]): boolean | null {
  const params = splitParams(clause);
  if (params === null || params.length !== args.length) return params === null ? null : false;
  let all = true;
  for (let i = 0; i < params.length; i++) {
    const ok = paramAccepts(params[i], args[i]);
    if (ok === null) return null;
    if (!ok) all = false;
  }
  return all;
}

const NAME = /^[a-z_][a-zA-Z0-9_/?!*]*$/;
const TYPED = /^[a-z_][a-zA-Z0-9_/?!*]*\s+as\s+:([a-z]+)$/;
const LITERAL = /^(nil|true|false|:[a-zA-Z][a-zA-Z0-9_/?!*]*|-?[0-9][0-9_]*(\.[0-9_]+)?)$/;

function paramAccepts(param: string, v: Value): boolean | null {
  if (LITERAL.test(param)) {
    if (!/^-?[0-9]/.test(param)) return show(v) === param; // nil, true, false, a keyword
    return typeof v === "number" && v === Number(param.replaceAll("_", ""));
  }
  if (NAME.test(param)) return true;
  const typed = TYPED.exec(param);
  if (typed) return typeOf(v).name === typed[1];
  return null;
}

/**
 * The top-level parameters of `(a, b as :list, c)`, or null if the text is
 * anything more (a guard after the parentheses, brackets inside, a splat).
 */
function splitParams(clause: string): string[] | null {
  const text = clause.trim();
  if (!text.startsWith("(") || !text.endsWith(")")) return null;
  const inner = text.slice(1, -1);
  // Brackets inside mean a nested pattern, or a guard after the parameters.
  if (/[()[\]{}"#$]|\.\.\./.test(inner)) return null;
  return inner.split(/[,\n;]/).map((p) => p.trim()).filter((p) => p !== "");
}
