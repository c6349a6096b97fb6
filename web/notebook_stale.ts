/**
 * Which blocks of a notebook in the page are stale: their outputs are from a
 * run that would not give the same now, as Livebook marks them. A block that
 * has run is stale when
 *
 * - it was **edited** since it ran (its source is not the one that ran);
 * - or it reads a name that an earlier block binds (the nearest earlier one
 *   that binds it), and that block is stale itself, has not run, or ran
 *   again after it (so the name may hold something else now);
 * - or its run was in an earlier session (Run all starts a new one, and so
 *   does a Stop that had to restart the worker).
 *
 * So editing block k marks block k, then every later block that reads a name
 * k binds, then every block that reads a name one of those binds, and so on;
 * a mark goes when the block runs again (or its edit is undone). A block that
 * has not run has no outputs and is never stale. Pure: no DOM, so a Deno test
 * can check it.
 *
 * @module
 */

/** What the stale marks need to know of one block. */
export interface BlockFacts {
  /** Its source now. */
  source: string;
  /** Names its source now binds, and names it reads that an earlier block binds. */
  names: { binds: readonly string[]; uses: readonly string[] };
  /** Its last run, or null if it has not run. */
  ran: {
    /** The source that ran. */
    source: string;
    /** When, in the order of runs (larger is later). */
    seq: number;
    /** The session it ran in. */
    session: number;
    /** Names it bound. */
    bound: readonly string[];
    /** Names that source binds (also those a panic kept it from binding). */
    binds: readonly string[];
  } | null;
}

/** Why a block is stale. */
export type StaleMark =
  /** It was edited since it ran. */
  | { why: "edited" }
  /** It reads `name`, which block `from` binds, and that block `because`. */
  | { why: "reads"; name: string; from: number; because: "stale" | "not run" | "ran again" }
  /** It ran in an earlier session. */
  | { why: "session" };

/**
 * The stale mark of each block (null: not stale).
 *
 * @example Usage
 * ```ts
 * import { staleMarks } from "./notebook_stale.ts";
 * const ran = (source: string, seq: number, binds: string[]) =>
 *   ({ source, seq, session: 1, bound: binds, binds });
 * const marks = staleMarks([
 *   { source: "let x = 2", names: { binds: ["x"], uses: [] }, ran: ran("let x = 1", 1, ["x"]) },
 *   { source: "let y = 1", names: { binds: ["y"], uses: [] }, ran: ran("let y = 1", 2, ["y"]) },
 *   { source: "inc (x)", names: { binds: [], uses: ["x"] }, ran: ran("inc (x)", 3, []) },
 * ], 1);
 * console.assert(marks[0]?.why === "edited" && marks[1] === null && marks[2]?.why === "reads");
 * ```
 */
export function staleMarks(blocks: readonly BlockFacts[], session: number): (StaleMark | null)[] {
  const marks: (StaleMark | null)[] = [];
  for (let j = 0; j < blocks.length; j++) {
    const b = blocks[j];
    if (b.ran === null) {
      marks.push(null);
      continue;
    }
    if (b.ran.session !== session) {
      marks.push({ why: "session" });
      continue;
    }
    if (b.source !== b.ran.source) {
      marks.push({ why: "edited" });
      continue;
    }
    let mark: StaleMark | null = null;
    for (const name of b.names.uses) {
      for (let i = j - 1; i >= 0; i--) {
        const a = blocks[i];
        const binds = a.names.binds.includes(name) ||
          (a.ran !== null && (a.ran.bound.includes(name) || a.ran.binds.includes(name)));
        if (!binds) continue;
        const because = marks[i] !== null
          ? "stale"
          : a.ran === null
          ? "not run"
          : a.ran.seq > b.ran.seq
          ? "ran again"
          : null;
        if (because !== null) mark = { why: "reads", name, from: i + 1, because };
        break;
      }
      if (mark !== null) break;
    }
    marks.push(mark);
  }
  return marks;
}

/** A stale mark in plain words, for the note under the block. */
export function staleNote(mark: StaleMark): string {
  switch (mark.why) {
    case "edited":
      return "edited since it ran: run it to see what it does now";
    case "session":
      return "ran in an earlier session: run it again";
    case "reads": {
      const what = mark.because === "stale"
        ? "which is stale"
        : mark.because === "not run"
        ? "which has not run"
        : "which ran again since";
      return `reads \`${mark.name}\` from block ${mark.from}, ${what}: run it again`;
    }
  }
}
