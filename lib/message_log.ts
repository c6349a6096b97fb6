/**
 * The always-on message log behind `observe :messages`: one circular buffer for
 * the whole scheduler, in struct-of-arrays form, written once per send (sender,
 * receiver, message, time, cause) and once per receive (the time it was taken).
 * Nothing is allocated per message and an idle process costs nothing; a
 * process's history is kept while it is among the last `capacity` messages of
 * the run. It holds pids, not process records, so it keeps no dead process alive. `observe :messages (pid)` scans it backwards.
 *
 * @module
 */

import type { Pid, Value } from "./values.ts";

/** One message as `observe :messages` reports it. */
export interface LoggedMessage {
  /** Message id (unique per scheduler). */
  id: number;
  /** Sent by the process asked about (`out`) or received by it (`in`). */
  dir: "in" | "out";
  /** The other process. */
  peer: Pid;
  /** The message. */
  msg: Value;
  /** Scheduler reductions when it was sent (`out`) or received (`in`). */
  at: number;
  /** The id of the message the sender was handling when it sent this one, or null. */
  cause: number | null;
}

/** The default capacity: a power of two. */
export const DEFAULT_LOG_CAPACITY = 4096;

/** A scheduler-wide circular message log. */
export class MessageLog {
  readonly #mask: number;
  /** Per entry, 4 numbers side by side: id, sent at, received at (-1: not yet), cause (-1: none). */
  readonly #nums: Float64Array;
  /** Per entry, 3 values side by side: sender, receiver, message. */
  readonly #refs: (Pid | Value)[];
  /** How many messages were logged in all. */
  count = 0;

  /** A log for the last `capacity` messages (rounded up to a power of two). */
  constructor(capacity = DEFAULT_LOG_CAPACITY) {
    let cap = 1;
    while (cap < capacity) cap <<= 1;
    this.#mask = cap - 1;
    this.#nums = new Float64Array(cap * 4).fill(-1);
    this.#refs = new Array(cap * 3).fill(null);
  }

  /** Log a send. `id` must increase by one per message logged. */
  sent(id: number, from: Pid, to: Pid, msg: Value, at: number, cause: number | null): void {
    const i = id & this.#mask;
    const n = this.#nums, r = this.#refs;
    const a = i << 2, b = i * 3;
    n[a] = id;
    n[a + 1] = at;
    n[a + 2] = -1;
    n[a + 3] = cause === null ? -1 : cause;
    r[b] = from;
    r[b + 1] = to;
    r[b + 2] = msg;
    this.count++;
  }

  /** Log that the message `id` was received at `at` (if it is still in the log). */
  received(id: number, at: number): void {
    const a = (id & this.#mask) << 2;
    if (this.#nums[a] === id) this.#nums[a + 2] = at;
  }

  /**
   * The last `n` messages a process sent or received (a received message counts
   * once taken out of its mailbox), oldest first.
   */
  messagesOf(p: Pid, n: number, newestId: number): LoggedMessage[] {
    const out: LoggedMessage[] = [];
    const cap = this.#mask + 1;
    const oldest = Math.max(0, newestId - cap + 1);
    const nums = this.#nums, refs = this.#refs;
    for (let id = newestId; id >= oldest && out.length < n; id--) {
      const i = id & this.#mask;
      const a = i << 2, b = i * 3;
      if (nums[a] !== id) continue;
      const cause = nums[a + 3] < 0 ? null : nums[a + 3];
      const from = refs[b] as Pid, to = refs[b + 1] as Pid, msg = refs[b + 2] as Value;
      if (from === p) out.push({ id, dir: "out", peer: to, msg, at: nums[a + 1], cause });
      if (to === p && nums[a + 2] >= 0 && out.length < n) {
        out.push({ id, dir: "in", peer: from, msg, at: nums[a + 2], cause });
      }
    }
    return out.reverse();
  }
}
