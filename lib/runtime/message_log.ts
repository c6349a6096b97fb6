/**
 * The always-on message log behind `observe :messages`: one circular buffer for
 * the whole scheduler, written once per send (sender, receiver, message, time,
 * cause) and once per receive (the time it was taken). Nothing is allocated per
 * message and an idle process costs nothing; a process's history is kept while
 * it is among the last `capacity` messages of the run.
 *
 * Everything but the message itself is a number: processes are logged by their
 * pid's number, in a `Float64Array`. Object references would be what makes the
 * log cost (two pids per message, and ended processes' pids kept alive). A pid
 * is made again when the log is read (pids compare by number): live ones by the
 * scheduler, ended ones from what a process that ends while one of its messages
 * is still in the log leaves here: how it ended ({@link MessageLog.retire}).
 *
 * The scheduler calls {@linkcode MessageLog.sent} on every send and
 * {@linkcode MessageLog.received} on every receive: both are a few stores into
 * typed arrays, small enough for V8 to inline into the scheduler's hot paths.
 *
 * @module
 */

import type { Value } from "../values/values.ts";
import { type LoggedMessage, Pid } from "../vm/process.ts";
import { LudusError } from "../errors/errors.ts";
import { LIMITS } from "../limits.ts";

/** The default capacity: a power of two. */
export const DEFAULT_LOG_CAPACITY = 4096;

/**
 * Numbers per entry in the log's `#nums`: sent at, cause (0: none), sender,
 * receiver (0: none, for an id not logged). The id is the one in the window of
 * the last `capacity` ids that falls on the entry; a receive is logged apart,
 * in `#recv`, as the id and when.
 */
const SENT_STRIDE = 4;
/** How an ended process ended, in its slot: kept as its pid, done, panicked. */
const KEPT = 0, DONE = 1, PANICKED = 2;
/** Slots per page of the notes on ended processes (a power of two). */
const ENDED_PAGE = 512;

/**
 * A scheduler-wide circular message log.
 *
 * @example Usage
 * ```ts
 * import { Scheduler } from "./scheduler.ts";
 * import { Process } from "../vm/process.ts";
 * const sched = new Scheduler({ messageLog: 8 });
 * const a = new Process(1, sched, null), b = new Process(2, sched, null);
 * sched.send(a, b.pid, "hi"); // written to the log by the scheduler
 * sched.take(b, 0);
 * const pidOf = (id: number) => (id === 1 ? a.pid : id === 2 ? b.pid : null);
 * const got = sched.log!.messagesOf(b.pid, 10, sched.lastMessageId, pidOf);
 * console.assert(got.length === 1 && got[0].dir === "in" && got[0].peer === a.pid);
 * ```
 */
export class MessageLog {
  /** Capacity - 1 (the capacity is a power of two): an id's entry is `id & mask`. */
  readonly mask: number;
  /**
   * Per entry, {@link SENT_STRIDE} numbers: sent at, cause (0: none), sender,
   * receiver (0: none, for an id not logged). Written by {@linkcode MessageLog.sent}.
   */
  readonly #nums: Float64Array;
  /**
   * Per entry, 2 numbers: the id of the message last received there, and when.
   * Written by {@linkcode MessageLog.received}.
   */
  readonly #recv: Float64Array;
  /** The message of each entry. */
  readonly #msgs: Value[];
  /**
   * Ended processes whose newest logged message may still be in the log: two
   * slots per entry (the sender's and the receiver's), each with 3 numbers (pid
   * number, how it ended, reductions; the number is 0 for an empty slot) and 2
   * values (result or panic message, and name; or the pid itself when kept).
   * In pages of {@link ENDED_PAGE} slots, each made when a process first
   * retires into it, so no slice pays for all 8,192 slots of fresh memory
   * (~0.8 ms) at once.
   */
  #endedNums: (Float64Array | undefined)[] = [];
  #endedRefs: (Value[] | undefined)[] = [];
  /**
   * A log for the last `capacity` messages (rounded up to a power of two), a
   * whole number from 1 to {@linkcode LIMITS.maxMessageLog}: anything else is a
   * usage error (past 2^30 the doubling below would never end).
   */
  constructor(capacity = DEFAULT_LOG_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > LIMITS.maxMessageLog) {
      throw new LudusError(
        "usage",
        `the message log keeps from 1 to ${
          LIMITS.maxMessageLog.toLocaleString("en-US")
        } messages (0 turns it off), not ${capacity}`,
        null,
        null,
        { hint: "--message-log N sets it" },
      );
    }
    let cap = 1;
    while (cap < capacity) cap <<= 1;
    this.mask = cap - 1;
    this.#nums = new Float64Array(cap * SENT_STRIDE);
    this.#recv = new Float64Array(cap * 2);
    this.#msgs = new Array(cap).fill(null);
  }

  /**
   * Log the message `id`, sent at `at` reductions by process number `from`
   * (handling the message `cause`, 0: none) to process number `to`.
   */
  sent(id: number, at: number, cause: number, from: number, to: number, msg: Value): void {
    const i = id & this.mask, n = this.#nums, a = i * SENT_STRIDE;
    n[a] = at;
    n[a + 1] = cause;
    n[a + 2] = from;
    n[a + 3] = to;
    this.#msgs[i] = msg;
  }

  /**
   * The message `id` was received at `at` reductions (noted only while it is
   * among the last `capacity` messages: `newestId` is the newest id).
   */
  received(id: number, at: number, newestId: number): void {
    if (id <= newestId - this.mask - 1) return;
    const a = (id & this.mask) * 2, r = this.#recv;
    r[a] = id;
    r[a + 1] = at;
  }

  /** The message `id` is not logged: its entry names no process. */
  skip(id: number): void {
    const i = id & this.mask;
    const a = i * SENT_STRIDE;
    this.#nums[a + 2] = 0;
    this.#nums[a + 3] = 0;
    this.#msgs[i] = null;
  }

  /**
   * A process has ended. `last` is `2 × id + role` of the newest message logged
   * with it (role 0: it sent it, 1: it received it). If that message is still in
   * the log, note how it ended where only a process named by the same entry in
   * the same role could overwrite it, which happens only once the entry (and so
   * every older message naming this process) has left the log. A pid with no
   * `final` (stopped, not ended) is kept as it is.
   */
  retire(pid: Pid, last: number, newestId: number): void {
    const id = (last - (last & 1)) / 2; // not `last >> 1`: ids pass 2 ** 30 in a long run
    if (id <= newestId - (this.mask + 1) || id <= 0) return;
    const slot = ((id & this.mask) << 1) | (last & 1);
    const page = slot / ENDED_PAGE | 0, at = slot & (ENDED_PAGE - 1);
    const n = this.#endedNums[page] ??= new Float64Array(ENDED_PAGE * 3);
    const r = this.#endedRefs[page] ??= new Array(ENDED_PAGE * 2).fill(null);
    const f = pid.final;
    n[at * 3] = pid.id;
    r[at * 2 + 1] = f === null ? null : f.name;
    if (f === null) {
      n[at * 3 + 1] = KEPT;
      r[at * 2] = pid;
    } else if (f.status === "done") {
      n[at * 3 + 1] = DONE;
      n[at * 3 + 2] = f.reductions;
      r[at * 2] = f.result;
    } else {
      n[at * 3 + 1] = PANICKED;
      n[at * 3 + 2] = f.reductions;
      r[at * 2] = f.message;
    }
  }

  /**
   * Pids of the ended processes the log may still name (some may have left it),
   * made again from what {@link MessageLog.retire} noted.
   */
  endedPids(): Pid[] {
    const out: Pid[] = [];
    const nums = this.#endedNums;
    for (let page = 0; page < nums.length; page++) {
      const n = nums[page], r = this.#endedRefs[page];
      if (n === undefined || r === undefined) continue;
      for (let at = 0; at < ENDED_PAGE; at++) {
        const id = n[at * 3];
        if (id === 0) continue;
        const how = n[at * 3 + 1];
        if (how === KEPT) {
          out.push(r[at * 2] as Pid);
          continue;
        }
        const pid = new Pid(id, null);
        pid.final = {
          name: r[at * 2 + 1] as string | null,
          status: how === DONE ? "done" : "panicked",
          result: how === DONE ? r[at * 2] : null,
          message: how === DONE ? null : r[at * 2] as string | null,
          reductions: n[at * 3 + 2],
          killed: false,
        };
        out.push(pid);
      }
    }
    return out;
  }

  /**
   * Each message logged with an id after `after` and up to `newestId`, oldest
   * first, that is still in the log: `fn (id, at, cause, from, to, msg)`, with
   * `cause` 0 for none and process numbers for `from` and `to`. Ids not logged
   * (a monitor's exit, a trace event) are passed over.
   */
  each(
    after: number,
    newestId: number,
    fn: (id: number, at: number, cause: number, from: number, to: number, msg: Value) => void,
  ): void {
    const nums = this.#nums;
    for (let id = Math.max(after + 1, newestId - this.mask); id <= newestId; id++) {
      const i = id & this.mask, a = i * SENT_STRIDE;
      if (nums[a + 3] === 0) continue;
      fn(id, nums[a], nums[a + 1], nums[a + 2], nums[a + 3], this.#msgs[i]);
    }
  }

  /** When the message `id` was received, in reductions; -1 if not (yet), or no longer known. */
  receivedAt(id: number): number {
    const i = (id & this.mask) * 2;
    return this.#recv[i] === id ? this.#recv[i + 1] : -1;
  }

  /** How many messages the log holds at most. */
  get capacity(): number {
    return this.mask + 1;
  }

  /**
   * The last `n` messages the process `p` sent or received (a received message
   * counts once taken out of its mailbox), oldest first. `pidOf` finds a peer's
   * pid from its number (live processes, the host, then {@link MessageLog.endedPids}).
   */
  messagesOf(
    p: Pid,
    n: number,
    newestId: number,
    pidOf: (id: number) => Pid | null,
  ): LoggedMessage[] {
    const out: LoggedMessage[] = [];
    const cap = this.mask + 1;
    const oldest = Math.max(1, newestId - cap + 1);
    const nums = this.#nums;
    const me = p.id;
    for (let id = newestId; id >= oldest && out.length < n; id--) {
      const i = id & this.mask;
      const a = i * SENT_STRIDE;
      const cause = nums[a + 1] > 0 ? nums[a + 1] : null;
      const from = nums[a + 2], to = nums[a + 3], msg = this.#msgs[i];
      const recvAt = this.#recv[i * 2] === id ? this.#recv[i * 2 + 1] : -1;
      // Newest first here (reversed below): a message to oneself was received
      // after it was sent.
      if (to === me && recvAt >= 0) {
        const peer = pidOf(from);
        if (peer) out.push({ id, dir: "in", peer, msg, at: recvAt, cause });
      }
      if (from === me && out.length < n) {
        const peer = pidOf(to);
        if (peer) out.push({ id, dir: "out", peer, msg, at: nums[a], cause });
      }
    }
    return out.reverse();
  }
}
