/**
 * Resource limits, in one place, each with the reason for its value. Hitting one
 * is a Ludus error of kind "limit" whose message names the limit, never a host
 * exception (an out-of-memory crash or "Invalid string length").
 *
 * @module
 */

/** Tunable limits. */
export const LIMITS = {
  /**
   * Call frames per process. Far above the 100,000-deep recursion Ludus promises
   * (each frame costs ~100 bytes with its stack slots, so this is ~100 MB).
   */
  maxFrames: 1_000_000,
  /** Characters in one string: well under V8's ~500M maximum, so we fail first, clearly. */
  maxStringLength: 100_000_000,
  /** Elements in one list, set or dict (tens of bytes each: a few GB would crash first). */
  maxCollectionSize: 50_000_000,
  /** Processes alive at once (the BEAM's default limit is 262,144). */
  maxProcesses: 1_000_000,
  /** A mailbox this long gets a warning (once per process): messages nobody receives. */
  mailboxWarning: 100_000,
};
