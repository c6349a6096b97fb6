/**
 * Shrink a failing source text further than fast-check can (its shrinking
 * follows the generator, so a mutated example stays a whole program): delete
 * lines, then tokens, then characters, keeping each deletion while the text
 * still fails the same way.
 *
 * @module
 */

import { roughTokens } from "./gen.ts";

/** Does this text still fail (the same way)? */
export type StillFails = (text: string) => Promise<boolean>;

async function pass(pieces: string[], stillFails: StillFails, budget: { n: number }) {
  // Remove chunks of decreasing size (a simple ddmin).
  let chunk = Math.max(1, Math.floor(pieces.length / 2));
  while (chunk >= 1) {
    let i = 0;
    let removed = false;
    while (i < pieces.length && budget.n > 0) {
      const trial = [...pieces.slice(0, i), ...pieces.slice(i + chunk)];
      budget.n--;
      if (trial.length < pieces.length && await stillFails(trial.join(""))) {
        pieces = trial;
        removed = true;
      } else {
        i += chunk;
      }
    }
    if (!removed) chunk = Math.floor(chunk / 2);
  }
  return pieces;
}

/**
 * The smallest text found (by lines, tokens, then characters) that still fails.
 * `maxTries` bounds the number of runs.
 */
export async function minimise(
  text: string,
  stillFails: StillFails,
  maxTries = 3000,
): Promise<string> {
  const budget = { n: maxTries };
  let cur = text;
  for (let round = 0; round < 3 && budget.n > 0; round++) {
    const before = cur;
    cur = (await pass(cur.split(/(?<=\n)/), stillFails, budget)).join("");
    cur = (await pass(roughTokens(cur), stillFails, budget)).join("");
    cur = (await pass([...cur], stillFails, budget)).join("");
    if (cur === before) break;
  }
  // Tidy: collapse runs of blank space where that still fails.
  const tidy = cur.replace(/[ \t]+/g, " ").replace(/\n\s*\n/g, "\n").trim();
  if (tidy !== cur && await stillFails(tidy)) cur = tidy;
  return cur;
}
