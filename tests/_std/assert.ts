/**
 * A tiny stand-in for the `@std/assert` API the tests use, built on
 * `node:assert/strict` so the test suite needs no extra registry.
 *
 * @module
 */

import nodeAssert from "node:assert/strict";

/**
 * Asserts that `actual` deep-equals `expected`.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * assertEquals([1, 2], [1, 2]);
 * ```
 */
export function assertEquals<T>(actual: unknown, expected: T, msg?: string): void {
  nodeAssert.deepStrictEqual(actual, expected, msg);
}

/**
 * Asserts that `actual` does not deep-equal `expected`.
 *
 * @example
 * ```ts
 * import { assertNotEquals } from "@std/assert";
 * assertNotEquals([1, 2], [2, 1]);
 * ```
 */
export function assertNotEquals<T>(actual: T, expected: T, msg?: string): void {
  nodeAssert.notDeepStrictEqual(actual, expected, msg);
}

/**
 * Asserts that `actual` and `expected` are the same value (`Object.is`).
 *
 * @example
 * ```ts
 * import { assertStrictEquals } from "@std/assert";
 * const a = {};
 * assertStrictEquals(a, a);
 * ```
 */
export function assertStrictEquals<T>(actual: unknown, expected: T, msg?: string): void {
  nodeAssert.strictEqual(actual, expected, msg);
}

/**
 * Asserts that `cond` is truthy.
 *
 * @example
 * ```ts
 * import { assert } from "@std/assert";
 * assert(1 < 2);
 * ```
 */
export function assert(cond: unknown, msg?: string): asserts cond {
  nodeAssert.ok(cond, msg);
}

/**
 * Asserts that calling `fn` throws; returns the thrown value.
 *
 * @example
 * ```ts
 * import { assertThrows } from "@std/assert";
 * assertThrows(() => {
 *   throw new Error("boom");
 * });
 * ```
 */
export function assertThrows(fn: () => unknown, msg?: string): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  nodeAssert.fail(msg ?? "Expected function to throw.");
}

/**
 * Asserts that `actual` matches the regular expression `expected`.
 *
 * @example
 * ```ts
 * import { assertMatch } from "@std/assert";
 * assertMatch("hello", /ell/);
 * ```
 */
export function assertMatch(actual: string, expected: RegExp, msg?: string): void {
  nodeAssert.match(actual, expected, msg);
}
