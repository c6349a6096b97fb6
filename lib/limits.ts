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
  /**
   * Characters in one string (and in `show` of one value). Far beyond anything a
   * lesson needs, and small enough that reaching it takes well under a second in
   * one reduction (a value with shared parts can print as 2^40 leaves).
   */
  maxStringLength: 10_000_000,
  /** Elements in one list, set or dict (building 10 million takes about a second). */
  maxCollectionSize: 10_000_000,
  /** Processes alive at once (the BEAM's default limit is 262,144). */
  maxProcesses: 1_000_000,
  /** A mailbox this long gets a warning (once per process): messages nobody receives. */
  mailboxWarning: 100_000,
};
