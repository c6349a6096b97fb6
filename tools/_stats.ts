/**
 * Small statistics shared by the measuring tools.
 *
 * @module
 */

/**
 * The median of `xs` (the mean of the middle two for an even count).
 *
 * @example
 * ```ts
 * import { median } from "./_stats.ts";
 * console.assert(median([3, 1, 2]) === 2 && median([4, 1, 3, 2]) === 2.5);
 * ```
 */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
