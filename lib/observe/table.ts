/**
 * Process tables as plain text, for terminals: the `--observe` report at exit
 * and `ludus top`. The rows come from `snapshot.ts`.
 *
 * @module
 */

import type { ProcessRow } from "./snapshot.ts";

/**
 * A plain-text table of processes: pid, name, status, reductions, mailbox,
 * where. At most `limit` rows (the busiest), with a line for the rest.
 *
 * @example Usage
 * ```ts
 * import { formatProcessTable } from "./table.ts";
 * const text = formatProcessTable([
 *   { pid: 1, name: "", status: "done", reductions: 12, mailbox: 0, where: "returned 3" },
 * ]);
 * console.assert(text.split("\n")[1].startsWith("<pid 1>"));
 * ```
 */
export function formatProcessTable(rows: ProcessRow[], limit = 40, width = 120): string {
  const shown = rows.length > limit
    ? [...rows].sort((a, b) => b.reductions - a.reductions).slice(0, limit).sort((a, b) =>
      a.pid - b.pid
    )
    : rows;
  const head = ["PID", "NAME", "STATUS", "REDUCTIONS", "MAILBOX", "WHERE"];
  const cells = shown.map((r) => [
    `<pid ${r.pid}>`,
    r.name.length > 20 ? r.name.slice(0, 19) + "…" : r.name,
    r.status,
    String(r.reductions),
    String(r.mailbox),
    r.where,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => {
    const text = c.map((x, i) =>
      i === c.length - 1 ? x : (i === 3 || i === 4) ? x.padStart(widths[i]) : x.padEnd(widths[i])
    ).join("  ");
    return text.length > width ? text.slice(0, width - 1) + "…" : text;
  };
  const out = [line(head), ...cells.map(line)];
  if (rows.length > shown.length) {
    out.push(`… and ${rows.length - shown.length} more processes (the busiest are shown)`);
  }
  return out.join("\n");
}
