/**
 * Notebooks: a Markdown file whose ` ```ludus ` fenced blocks run in order, each
 * as its own process in one {@linkcode Session}. A block sees the bindings of
 * the blocks before it; a block that panics is marked failed and the blocks after
 * it still run (those that need a name it did not get to bind are marked "not
 * run", with a note that says which block failed); a block that runs forever is
 * stopped at the session's time or reduction limit.
 *
 * This module parses the Markdown, runs the blocks and renders the result as a
 * standalone HTML page (each block's console, result or error, turtle drawing as
 * inline SVG, and a small process table) or as Markdown with the outputs after
 * each block. It uses no `Deno.*` API: the CLI does the I/O.
 *
 * @module
 */

import { Source } from "../errors/source.ts";
import type { Expr, Pattern } from "../syntax/ast.ts";
import { formatError, LudusError } from "../errors/errors.ts";
import type { Process } from "../vm/process.ts";
import { parse } from "../syntax/parser.ts";
import { cutResult, type RuntimeOptions } from "../runtime/runtime.ts";
import {
  type EntryLimits,
  type EntryResult,
  type ProcessSummary,
  Session,
} from "../runtime/session.ts";
import { renderSvg } from "../turtle/svg.ts";

/** Characters of a block's value a notebook shows at most (the page stays readable). */
export const NOTEBOOK_RESULT_MAX = 10_000;

// ---------------------------------------------------------------------------
// Parsing

/** A run of Markdown between code blocks. */
export interface ProsePart {
  /** Always "prose". */
  kind: "prose";
  /** The Markdown text. */
  text: string;
  /** 1-based line of its first line in the file. */
  line: number;
}

/** A ` ```ludus ` block. */
export interface CodeBlock {
  /** Always "code". */
  kind: "code";
  /** 1-based number among the notebook's Ludus blocks. */
  index: number;
  /** The Ludus source (without the fences). */
  source: string;
  /** 1-based line in the file of the block's first source line. */
  line: number;
  /** The fence's info string (e.g. `ludus`). */
  info: string;
}

/** A part of a notebook: prose or a Ludus block. */
export type NotebookPart = ProsePart | CodeBlock;

/** A parsed notebook. */
export interface Notebook {
  /** The file name (used in error locations). */
  name: string;
  /** Prose and blocks, in file order. */
  parts: NotebookPart[];
  /** Only the Ludus blocks, in order. */
  blocks: CodeBlock[];
}

const OUTPUT_START = "<!-- ludus:output -->";
const OUTPUT_END = "<!-- /ludus:output -->";
const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^`]*)$/;

/** Is this fence info string a Ludus block? (`ludus`, optionally followed by more words.) */
function isLudusInfo(info: string): boolean {
  return /^ludus(\s|$|\{)/i.test(info.trim());
}

/**
 * Split Markdown into prose and ` ```ludus ` blocks (fences of three or more
 * backticks or tildes, as in CommonMark). Output sections that
 * {@linkcode renderMarkdown} added (between `<!-- ludus:output -->` markers) are
 * dropped, so a rendered copy can be run again.
 *
 * @example Usage
 * ```ts
 * import { parseNotebook } from "./notebook.ts";
 * const nb = parseNotebook("# Hi\n\n~~~ludus\nadd (1, 2)\n~~~\n", "hi.md");
 * console.assert(nb.blocks.length === 1 && nb.blocks[0].line === 4);
 * ```
 */
export function parseNotebook(text: string, name = "notebook.md"): Notebook {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const parts: NotebookPart[] = [];
  const blocks: CodeBlock[] = [];
  let prose: string[] = [];
  let proseLine = 1;
  const flush = (next: number) => {
    while (prose.length > 0 && prose[prose.length - 1].trim() === "") prose.pop();
    const first = prose.findIndex((l) => l.trim() !== "");
    if (first >= 0) {
      parts.push({ kind: "prose", text: prose.slice(first).join("\n"), line: proseLine + first });
    }
    prose = [];
    proseLine = next;
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === OUTPUT_START) {
      // The section ends at the first end marker outside a fence: a program's
      // output, fenced inside it, may print the marker itself.
      let j = i + 1;
      while (j < lines.length && lines[j].trim() !== OUTPUT_END) {
        const f = FENCE.exec(lines[j]);
        if (f) {
          const closing = new RegExp(
            `^ {0,3}${f[2][0] === "`" ? "`" : "~"}{${f[2].length},}\\s*$`,
          );
          j++;
          while (j < lines.length && !closing.test(lines[j])) j++;
        }
        j++;
      }
      if (j < lines.length) {
        // Skip the output section and the blank line after it.
        i = j + 1;
        if (i < lines.length && lines[i].trim() === "") i++;
        continue;
      }
    }
    const m = FENCE.exec(line);
    if (m) {
      const fence = m[2];
      const info = m[3].trim();
      let j = i + 1;
      const closing = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
      while (j < lines.length && !closing.test(lines[j])) j++;
      if (isLudusInfo(info)) {
        flush(j + 2);
        const indent = m[1].length;
        const body = lines.slice(i + 1, j).map((l) => stripIndent(l, indent));
        const block: CodeBlock = {
          kind: "code",
          index: blocks.length + 1,
          source: body.join("\n"),
          line: i + 2,
          info,
        };
        blocks.push(block);
        parts.push(block);
      } else {
        prose.push(...lines.slice(i, Math.min(j + 1, lines.length)));
      }
      i = j + 1;
      continue;
    }
    prose.push(line);
    i++;
  }
  flush(lines.length + 1);
  return { name, parts, blocks };
}

function stripIndent(line: string, n: number): string {
  let k = 0;
  while (k < n && line[k] === " ") k++;
  return line.slice(k);
}

/**
 * The names a block binds at its toplevel (`let` patterns, `fn`, `box`, `pkg`,
 * `import`), or an empty list if it does not parse. Used to tell a later block
 * that it needs a name a failed block never bound.
 */
export function toplevelNames(source: string): string[] {
  let exprs: Expr[];
  try {
    exprs = parse(new Source("<names>", source)).exprs;
  } catch {
    return [];
  }
  const out: string[] = [];
  const pat = (p: Pattern): void => {
    switch (p.kind) {
      case "pword":
        out.push(p.name);
        break;
      case "ptyped":
        pat(p.inner);
        break;
      case "ptuple":
      case "plist":
        p.items.forEach(pat);
        if (p.rest?.name) out.push(p.rest.name);
        break;
      case "pdict":
        for (const e of p.entries) pat(e.pattern);
        if (p.rest?.name) out.push(p.rest.name);
        break;
    }
  };
  for (const e of exprs) {
    switch (e.kind) {
      case "let":
        pat(e.pattern);
        break;
      case "fn":
        if (e.name) out.push(e.name);
        break;
      case "fndecl":
      case "box":
      case "pkg":
      case "import":
        out.push(e.name);
        break;
    }
  }
  return [...new Set(out)];
}

// ---------------------------------------------------------------------------
// Running

/** How a block ended. */
export type BlockStatus = "ok" | "failed" | "not run";

/** What one block did, ready to render. */
export interface BlockOutcome {
  /** The block. */
  block: CodeBlock;
  /** The session entry (console, result, error, processes, bound names). */
  entry: EntryResult;
  /** ok, failed (panic, limit, deadlock) or not run (it could not be read or checked). */
  status: BlockStatus;
  /** The error as the CLI prints it (no colour), or null. */
  errorText: string | null;
  /** A plain-words note, e.g. which failed block a name came from. */
  note: string | null;
  /** Reports about other processes (their panics) while the block ran. */
  reports: string[];
  /** The block's turtle drawing as an SVG element (no XML prolog), or null. */
  svg: string | null;
}

/** Options for {@linkcode runNotebook}. */
export interface NotebookOptions extends RuntimeOptions {
  /** Per-block limits (default: the session's, 5 s and 50,000,000 reductions). */
  limits?: EntryLimits;
  /** Called after each block. */
  onBlock?: (outcome: BlockOutcome) => void;
}

/** A notebook that has run. */
export interface NotebookRun {
  /** The notebook. */
  notebook: Notebook;
  /** One outcome per block, in order. */
  outcomes: BlockOutcome[];
  /** The session the blocks ran in (its runtime is still usable). */
  session: Session;
}

/**
 * Runs blocks of one notebook in one session, remembering which names failed
 * blocks meant to bind.
 */
export class NotebookRunner {
  /** The session (one runtime, one shared toplevel). */
  readonly session: Session;
  /** The notebook's file name, used in error locations. */
  readonly name: string;
  /** Names a failed block meant to bind but did not, and which block that was. */
  readonly #missing = new Map<string, number>();
  #reports: { text: string; pid: number | null }[] = [];
  #ended: ProcessSummary[] = [];
  #current: Process | null = null;

  /**
   * A runner over a new session. Reports of other processes' panics are
   * collected per block; `options.host.report` is still called.
   */
  constructor(name: string, options: RuntimeOptions = {}, limits: EntryLimits = {}) {
    this.name = name;
    const report = options.host?.report;
    this.session = new Session({
      ...options,
      host: {
        ...options.host,
        report: (text, err) => {
          this.#reports.push({
            text: err ? `${text}\n${formatError(err)}` : text,
            pid: err?.pid ?? null,
          });
          report?.(text, err);
        },
        // Remember the processes that end while a block runs (the session lists only live ones).
        ended: (pid) => {
          options.host?.ended?.(pid);
          const f = pid.final!;
          this.#ended.push({
            pid: pid.id,
            name: f.name,
            status: f.status,
            reductions: f.reductions,
          });
        },
      },
    }, limits);
  }

  /**
   * Run one block (again, if it ran before) as the next entry of the session.
   * Error locations use the notebook's file name and line numbers.
   */
  async run(block: CodeBlock): Promise<BlockOutcome> {
    this.#reports = [];
    this.#ended = [];
    // Pad with newlines so that error lines are lines of the Markdown file.
    const padded = "\n".repeat(Math.max(0, block.line - 1)) + block.source;
    const pending = this.session.run(padded, this.name, `block ${block.index}`);
    // The block's process exists now (unless it already ended).
    let current: Process | null = null;
    for (const p of this.session.runtime.scheduler.procs.values()) {
      if (p.name === `block ${block.index}` && (current === null || p.id > current.id)) current = p;
    }
    this.#current = current;
    try {
      return this.#outcome(block, await pending);
    } finally {
      this.#current = null;
    }
  }

  /** The process of the block that is running now, if any. */
  get current(): Process | null {
    return this.#current;
  }

  /**
   * Stop the block that is running now (a Stop button, Ctrl-C): its process and
   * the processes it spawned (boxes excepted) fail with a limit error, and the
   * session goes on. Returns false if no block was running.
   */
  stop(reason = "this block was stopped"): boolean {
    const p = this.#current;
    if (p === null || !p.alive) return false;
    const sched = this.session.runtime.scheduler;
    sched.fail(p, new LudusError("limit", reason, null, null, { pid: p.id }));
    for (const q of [...sched.procs.values()]) {
      if (q.id > p.id && q.alive && !q.box) {
        sched.fail(
          q,
          new LudusError("limit", `stopped with block ${p.name}`, null, null, { pid: q.id }),
        );
      }
    }
    return true;
  }

  #outcome(block: CodeBlock, entry: EntryResult): BlockOutcome {
    const blockName = `block ${block.index}`;
    if (entry.pid > 0) {
      // Add the processes that ended during the block (the session lists the live ones).
      const listed = new Set(entry.processes.map((p) => p.pid));
      for (const p of this.#ended) {
        if (p.pid >= entry.pid && !listed.has(p.pid)) entry.processes.push(p);
      }
      entry.processes.sort((a, b) => a.pid - b.pid);
    }
    this.#ended = [];
    for (const p of entry.processes) if (p.pid === entry.pid) p.name = blockName;
    const err = entry.error;
    let status: BlockStatus = "ok";
    let note: string | null = null;
    if (err) {
      status = err.kind === "syntax" || err.kind === "validation" ? "not run" : "failed";
      const unbound = /^unbound name `([^`]+)`/.exec(err.message);
      const from = unbound ? this.#missing.get(unbound[1]) : undefined;
      if (from !== undefined) {
        note = `this block needs \`${
          unbound![1]
        }\`, which block ${from} did not bind because it failed`;
      }
    }
    for (const n of entry.bound) this.#missing.delete(n);
    if (err) {
      for (const n of toplevelNames(block.source)) {
        if (!entry.bound.includes(n)) this.#missing.set(n, block.index);
      }
    }
    const reports = this.#reports.filter((r) => r.pid !== entry.pid).map((r) => r.text);
    this.#reports = [];
    return {
      block,
      entry,
      status,
      errorText: err ? formatError(err) : null,
      note,
      reports,
      svg: entry.turtles.length > 0 ? inlineSvg(renderSvg(entry.turtles)) : null,
    };
  }
}

/** An SVG document as an element to inline in HTML: without the XML prolog. */
export function inlineSvg(svg: string): string {
  return svg.replace(/^<\?xml[^>]*\?>\s*/, "").trimEnd();
}

/**
 * Run every Ludus block of a notebook, in order, in one session.
 *
 * @example Usage
 * ```ts
 * import { parseNotebook, runNotebook } from "./notebook.ts";
 * const nb = parseNotebook("~~~ludus\nlet x = 20\n~~~\n\n~~~ludus\nadd (x, 22)\n~~~\n");
 * const run = await runNotebook(nb, { virtualClock: true, seed: 42 });
 * console.assert(run.outcomes[1].entry.result === "42");
 * ```
 */
export async function runNotebook(
  notebook: Notebook,
  options: NotebookOptions = {},
): Promise<NotebookRun> {
  const { limits, onBlock, ...rt } = options;
  const runner = new NotebookRunner(notebook.name, rt, limits);
  const outcomes: BlockOutcome[] = [];
  for (const block of notebook.blocks) {
    const o = await runner.run(block);
    outcomes.push(o);
    onBlock?.(o);
  }
  return { notebook, outcomes, session: runner.session };
}

// ---------------------------------------------------------------------------
// Escaping and a small Markdown renderer (for the prose)

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escape text for HTML content and attribute values.
 *
 * @example Usage
 * ```ts
 * import { escapeHtml } from "./notebook.ts";
 * console.assert(escapeHtml(`<a href="x">&</a>`) === "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A link target that is safe to put in href/src: http(s), mailto, relative or #. */
function safeUrl(url: string): string | null {
  const u = url.trim();
  // A browser drops control characters from a URL (`\x01javascript:` is a
  // javascript: URL): a target with one is refused.
  // deno-lint-ignore no-control-regex
  if (/[\x00-\x1f\x7f]/.test(u)) return null;
  if (/^(https?:|mailto:)/i.test(u)) return u;
  if (/^[a-z][a-z0-9+.-]*:/i.test(u)) return null; // javascript:, data:, ...
  return u;
}

const PUNCT = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;

/** Render inline Markdown (code spans, emphasis, strong, links, images, autolinks). */
function inline(text: string): string {
  let out = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "\\" && i + 1 < n && PUNCT.test(text[i + 1])) {
      out += escapeHtml(text[i + 1]);
      i += 2;
      continue;
    }
    if (c === "\\" && text[i + 1] === "\n") {
      out += "<br>\n";
      i += 2;
      continue;
    }
    if (c === "`") {
      let k = i;
      while (text[k] === "`") k++;
      const ticks = text.slice(i, k);
      const end = text.indexOf(ticks, k);
      if (end >= 0 && text[end + ticks.length] !== "`") {
        let code = text.slice(k, end).replace(/\n/g, " ");
        if (/^ .* $/.test(code) && code.trim() !== "") code = code.slice(1, -1);
        out += `<code>${escapeHtml(code)}</code>`;
        i = end + ticks.length;
        continue;
      }
      out += escapeHtml(ticks);
      i = k;
      continue;
    }
    if (c === "!" && text[i + 1] === "[" || c === "[") {
      const img = c === "!";
      const link = parseLink(text, img ? i + 1 : i);
      if (link) {
        const url = safeUrl(link.url);
        if (url !== null) {
          out += img
            ? `<img src="${escapeHtml(url)}" alt="${escapeHtml(link.label)}">`
            : `<a href="${escapeHtml(url)}">${inline(link.label)}</a>`;
        } else out += img ? escapeHtml(link.label) : inline(link.label);
        i = link.end;
        continue;
      }
    }
    if (c === "<") {
      const m = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i.exec(text.slice(i));
      if (m) {
        out += `<a href="${escapeHtml(m[1])}">${escapeHtml(m[1])}</a>`;
        i += m[0].length;
        continue;
      }
    }
    if (c === "*" || c === "_") {
      const double = text[i + 1] === c;
      const delim = double ? c + c : c;
      const start = i + delim.length;
      const prev = i > 0 ? text[i - 1] : " ";
      const leftOk = start < n && !/\s/.test(text[start]) &&
        (c === "*" || !/[A-Za-z0-9]/.test(prev));
      if (leftOk) {
        const end = findClose(text, start, delim);
        if (end > start) {
          const tag = double ? "strong" : "em";
          out += `<${tag}>${inline(text.slice(start, end))}</${tag}>`;
          i = end + delim.length;
          continue;
        }
      }
    }
    if (c === " " && text.startsWith("  \n", i)) {
      let k = i;
      while (text[k] === " ") k++;
      if (text[k] === "\n") {
        out += "<br>\n";
        i = k + 1;
        continue;
      }
    }
    out += escapeHtml(c);
    i++;
  }
  return out;
}

/** The closing emphasis delimiter: not after whitespace; for `_`, not before a letter. */
function findClose(text: string, from: number, delim: string): number {
  let k = from;
  while (k < text.length) {
    if (text[k] === "`") {
      // Skip code spans.
      let t = k;
      while (text[t] === "`") t++;
      const end = text.indexOf(text.slice(k, t), t);
      k = end < 0 ? t : end + (t - k);
      continue;
    }
    if (text[k] === "\\") {
      k += 2;
      continue;
    }
    if (text.startsWith(delim, k) && !/\s/.test(text[k - 1])) {
      const after = text[k + delim.length];
      const sameAfter = after === delim[0];
      if (!sameAfter && (delim[0] === "*" || after === undefined || !/[A-Za-z0-9]/.test(after))) {
        return k;
      }
      if (sameAfter && delim.length === 1) {
        k += 2;
        continue;
      }
    }
    k++;
  }
  return -1;
}

/** `[label](url)` starting at `[`: its label, url and the index after it. */
function parseLink(text: string, at: number): { label: string; url: string; end: number } | null {
  let depth = 0;
  let k = at;
  for (; k < text.length; k++) {
    const ch = text[k];
    if (ch === "\\") {
      k++;
      continue;
    }
    if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) break;
  }
  if (k >= text.length || text[k + 1] !== "(") return null;
  const close = text.indexOf(")", k + 2);
  if (close < 0) return null;
  const target = text.slice(k + 2, close).trim();
  const url = target.replace(/\s+"[^"]*"$/, "").replace(/^<(.*)>$/, "$1");
  if (/\s/.test(url)) return null;
  return { label: text.slice(at + 1, k), url, end: close + 1 };
}

const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])( +|$)/;

/**
 * Render Markdown to HTML: headings, paragraphs, emphasis, code spans and
 * fenced code, links and images (only http, https, mailto and relative URLs),
 * lists, block quotes and rules. Raw HTML is shown as text, never passed
 * through.
 *
 * @example Usage
 * ```ts
 * import { markdownToHtml } from "./notebook.ts";
 * console.assert(markdownToHtml("# Hi *there*") === "<h1>Hi <em>there</em></h1>");
 * ```
 */
export function markdownToHtml(md: string): string {
  return blocksToHtml(md.replace(/\r\n?/g, "\n").split("\n")).join("\n");
}

function blocksToHtml(lines: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  const isBlank = (l: string | undefined) => l === undefined || l.trim() === "";
  const startsBlock = (l: string) =>
    /^ {0,3}#{1,6}(\s|$)/.test(l) || FENCE.test(l) || /^ {0,3}>/.test(l) ||
    /^ {0,3}([-*_])( *\1){2,} *$/.test(l) || LIST_ITEM.test(l);
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i++;
      continue;
    }
    const h = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
    if (h) {
      const level = h[1].length;
      out.push(`<h${level}>${inline(h[2] ?? "")}</h${level}>`);
      i++;
      continue;
    }
    if (/^ {0,3}([-*_])( *\1){2,} *$/.test(line)) {
      out.push("<hr>");
      i++;
      continue;
    }
    const f = FENCE.exec(line);
    if (f) {
      const fence = f[2];
      const lang = f[3].trim().split(/\s+/)[0];
      const closing = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
      let j = i + 1;
      while (j < lines.length && !closing.test(lines[j])) j++;
      const body = lines.slice(i + 1, j).map((l) => stripIndent(l, f[1].length)).join("\n");
      const cls = lang ? ` class="language-${escapeHtml(lang)}"` : "";
      out.push(`<pre><code${cls}>${escapeHtml(body)}${body ? "\n" : ""}</code></pre>`);
      i = j + 1;
      continue;
    }
    if (/^ {4}/.test(line)) {
      const body: string[] = [];
      while (i < lines.length && (/^ {4}/.test(lines[i]) || isBlank(lines[i]))) {
        body.push(lines[i].slice(4));
        i++;
      }
      while (body.length > 0 && body[body.length - 1].trim() === "") body.pop();
      out.push(`<pre><code>${escapeHtml(body.join("\n"))}\n</code></pre>`);
      continue;
    }
    if (/^ {0,3}>/.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && !isBlank(lines[i])) {
        inner.push(lines[i].replace(/^ {0,3}> ?/, ""));
        i++;
      }
      out.push(`<blockquote>\n${blocksToHtml(inner).join("\n")}\n</blockquote>`);
      continue;
    }
    const li = LIST_ITEM.exec(line);
    if (li) {
      const ordered = /\d/.test(li[2]);
      const start = ordered ? parseInt(li[2], 10) : 1;
      const items: string[][] = [];
      let loose = false;
      while (i < lines.length) {
        const m = LIST_ITEM.exec(lines[i]);
        if (!m || /\d/.test(m[2]) !== ordered) break;
        const width = m[0].length === m[1].length + m[2].length ? m[0].length + 1 : m[0].length;
        const item = [lines[i].slice(m[0].length)];
        i++;
        while (i < lines.length) {
          const l = lines[i];
          if (isBlank(l)) {
            // A blank line continues the item only if indented content follows.
            let k = i;
            while (k < lines.length && isBlank(lines[k])) k++;
            if (k < lines.length && /^\s*/.exec(lines[k])![0].length >= width) {
              loose = true;
              for (; i < k; i++) item.push("");
              continue;
            }
            if (
              k < lines.length && LIST_ITEM.exec(lines[k]) &&
              /\d/.test(LIST_ITEM.exec(lines[k])![2]) === ordered
            ) {
              loose = true;
            }
            break;
          }
          const indent = /^\s*/.exec(l)![0].length;
          if (indent >= width) item.push(l.slice(width));
          else if (LIST_ITEM.test(l) || startsBlock(l)) break;
          else item.push(l.trim()); // a lazy continuation line
          i++;
        }
        items.push(item);
        while (i < lines.length && isBlank(lines[i])) {
          const next = lines.slice(i).find((l) => !isBlank(l));
          const m2 = next === undefined ? null : LIST_ITEM.exec(next);
          if (!m2 || /\d/.test(m2[2]) !== ordered) break;
          i++;
        }
      }
      const tag = ordered ? "ol" : "ul";
      const startAttr = ordered && start !== 1 ? ` start="${start}"` : "";
      out.push(`<${tag}${startAttr}>`);
      for (const item of items) {
        let html = blocksToHtml(item);
        if (!loose) html = html.map((b) => b.replace(/^<p>([\s\S]*)<\/p>$/, "$1"));
        out.push(`<li>${html.join("\n")}</li>`);
      }
      out.push(`</${tag}>`);
      continue;
    }
    const para: string[] = [];
    while (
      i < lines.length && !isBlank(lines[i]) && (para.length === 0 || !startsBlock(lines[i]))
    ) {
      para.push(lines[i].replace(/^\s+/, ""));
      i++;
    }
    out.push(`<p>${inline(para.join("\n").replace(/\s+$/, ""))}</p>`);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Rendering a run

/** Options for {@linkcode renderHtml}. */
export interface HtmlOptions {
  /** The page title (default: the first heading, else the file name). */
  title?: string;
}

function titleOf(nb: Notebook): string {
  for (const p of nb.parts) {
    if (p.kind !== "prose") continue;
    const m = /^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/m.exec(p.text);
    if (m) return m[1].replace(/[*_`]/g, "");
  }
  return nb.name;
}

const STATUS_CLASS: Record<BlockStatus, string> = {
  ok: "ok",
  failed: "failed",
  "not run": "not-run",
};

/** The HTML of one block with its outputs (a `<section>`). */
export function blockHtml(o: BlockOutcome): string {
  const e = o.entry;
  const b = o.block;
  const out: string[] = [];
  out.push(
    `<section class="block ${
      STATUS_CLASS[o.status]
    }" id="block-${b.index}" data-status="${o.status}">`,
  );
  const pid = e.pid ? ` · <span class="pid">&lt;pid ${e.pid}&gt;</span>` : "";
  const reds = e.pid ? ` · ${e.reductions} reduction${e.reductions === 1 ? "" : "s"}` : "";
  out.push(
    `<div class="block-head"><span class="label">block ${b.index}</span>${pid} · <span class="status">${o.status}</span>${reds} · line ${b.line}</div>`,
  );
  out.push(`<pre class="source"><code class="language-ludus">${escapeHtml(b.source)}</code></pre>`);
  if (e.console.length > 0) {
    out.push(`<pre class="console">${escapeHtml(e.console.join("\n"))}</pre>`);
  }
  if (o.svg) out.push(`<figure class="turtle">${o.svg}</figure>`);
  if (e.result !== null) {
    out.push(
      `<pre class="result"><span class="arrow">⇒</span> ${
        escapeHtml(cutResult(e.result, NOTEBOOK_RESULT_MAX))
      }</pre>`,
    );
  }
  if (o.note) out.push(`<p class="note">${inline(o.note)}</p>`);
  if (o.errorText !== null) out.push(`<pre class="error">${escapeHtml(o.errorText)}</pre>`);
  for (const r of o.reports) out.push(`<pre class="report">${escapeHtml(r)}</pre>`);
  if (e.processes.length > 0) {
    out.push(`<details class="processes"${e.processes.length > 1 ? " open" : ""}>`);
    out.push(
      `<summary>${e.processes.length} process${e.processes.length === 1 ? "" : "es"}${
        e.bound.length > 0
          ? ` · binds ${e.bound.map((n) => `<code>${escapeHtml(n)}</code>`).join(", ")}`
          : ""
      }</summary>`,
    );
    out.push(
      `<table><thead><tr><th>pid</th><th>name</th><th>status</th><th>reductions</th></tr></thead><tbody>`,
    );
    for (const p of e.processes) {
      out.push(
        `<tr><td>&lt;pid ${p.pid}&gt;</td><td>${escapeHtml(p.name ?? "")}</td><td class="st-${
          escapeHtml(p.status)
        }">${escapeHtml(p.status)}</td><td class="num">${p.reductions}</td></tr>`,
      );
    }
    out.push(`</tbody></table></details>`);
  }
  out.push(`</section>`);
  return out.join("\n");
}

/** The stylesheet of rendered notebooks. */
export const NOTEBOOK_CSS = `
:root { --fg: #1d1f21; --muted: #6a6f76; --line: #d9dce0; --bg: #fbfbfa; --code: #f2f2ef;
  --ok: #2e7d32; --bad: #b3261e; --warn: #8a6d00; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3 { line-height: 1.25; }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
:not(pre) > code { background: var(--code); padding: 0.1em 0.3em; border-radius: 3px; }
pre { overflow-x: auto; }
main > pre { background: var(--code); padding: 0.6rem 0.75rem; border-radius: 4px; }
blockquote { margin: 1rem 0; padding: 0.1rem 1rem; border-left: 3px solid var(--line); color: var(--muted); }
a { color: #0b6e69; }
.summary { color: var(--muted); font-size: 0.9rem; border-bottom: 1px solid var(--line); padding-bottom: 0.75rem; }
.block { border: 1px solid var(--line); border-left: 4px solid var(--ok); border-radius: 6px;
  margin: 1.25rem 0; background: #fff; }
.block.failed { border-left-color: var(--bad); }
.block.not-run { border-left-color: var(--warn); }
.block-head { font-size: 0.8rem; color: var(--muted); padding: 0.35rem 0.75rem; border-bottom: 1px solid var(--line); }
.block-head .label { font-weight: 600; color: var(--fg); }
.block.failed .status { color: var(--bad); font-weight: 600; }
.block.not-run .status { color: var(--warn); font-weight: 600; }
.block.ok .status { color: var(--ok); }
.block pre { margin: 0; padding: 0.6rem 0.75rem; white-space: pre-wrap; word-break: break-word; }
.block .source { background: var(--code); }
.block .console { border-top: 1px dashed var(--line); }
.block .result { border-top: 1px dashed var(--line); color: #0b5394; }
.block .result .arrow { color: var(--muted); }
.block .error { border-top: 1px dashed var(--line); color: var(--bad); background: #fff6f5; }
.block .report { border-top: 1px dashed var(--line); color: var(--warn); }
.block .note { margin: 0; padding: 0.5rem 0.75rem; color: var(--warn); border-top: 1px dashed var(--line); }
.block .turtle { margin: 0; padding: 0.6rem 0.75rem; border-top: 1px dashed var(--line); }
.block .turtle svg { max-width: 100%; max-height: 24rem; height: auto; width: auto; display: block; }
.block .processes { font-size: 0.8rem; padding: 0.35rem 0.75rem; border-top: 1px solid var(--line); color: var(--muted); }
.block .processes summary { cursor: pointer; }
.block table { border-collapse: collapse; margin: 0.35rem 0; }
.block th, .block td { text-align: left; padding: 0.1rem 0.9rem 0.1rem 0; font-weight: normal; }
.block th { color: var(--muted); border-bottom: 1px solid var(--line); }
.block td { color: var(--fg); font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.block td.num { text-align: right; }
.st-panicked { color: var(--bad) !important; }
.st-done { color: var(--ok) !important; }
`;

/**
 * Render a notebook that has run as a standalone HTML page: the prose as HTML,
 * each block with its console, result or error, turtle drawing (inline SVG) and
 * process table. Everything is escaped; the page fetches nothing. Deterministic
 * for a deterministic run (no timestamps).
 */
export function renderHtml(run: NotebookRun, opts: HtmlOptions = {}): string {
  const nb = run.notebook;
  const title = opts.title ?? titleOf(nb);
  const byIndex = new Map(run.outcomes.map((o) => [o.block.index, o]));
  const counts = { ok: 0, failed: 0, "not run": 0 };
  for (const o of run.outcomes) counts[o.status]++;
  const body: string[] = [];
  body.push(
    `<p class="summary">${escapeHtml(nb.name)}: ${run.outcomes.length} Ludus block${
      run.outcomes.length === 1 ? "" : "s"
    } · ${counts.ok} ok · ${counts.failed} failed · ${counts["not run"]} not run</p>`,
  );
  for (const part of nb.parts) {
    if (part.kind === "prose") body.push(markdownToHtml(part.text));
    else {
      const o = byIndex.get(part.index);
      if (o) body.push(blockHtml(o));
      else {
        body.push(
          `<pre class="source"><code class="language-ludus">${
            escapeHtml(part.source)
          }</code></pre>`,
        );
      }
    }
  }
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Ludus for Deno">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${NOTEBOOK_CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    ...body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** Options for {@linkcode renderMarkdown}. */
export interface MarkdownOptions {
  /** The file name for a block's drawing (default `drawing-N.svg`). */
  svgName?: (block: CodeBlock) => string;
}

/** A notebook rendered back to Markdown, with the drawings as separate files. */
export interface RenderedMarkdown {
  /** The Markdown text. */
  markdown: string;
  /** SVG files the Markdown links to: name and contents. */
  files: { name: string; text: string }[];
}

/** A fence longer than any run of backticks in the text. */
function fenceFor(text: string): string {
  let longest = 2;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return "`".repeat(longest + 1);
}

/**
 * Render a notebook that has run back to Markdown: the original text, with an
 * output section after each block (between `<!-- ludus:output -->` markers, so
 * {@linkcode parseNotebook} skips it if the copy is run again): the console,
 * the result or error, a link to the drawing, and the processes.
 */
export function renderMarkdown(run: NotebookRun, opts: MarkdownOptions = {}): RenderedMarkdown {
  const files: { name: string; text: string }[] = [];
  const out: string[] = [];
  const byIndex = new Map(run.outcomes.map((o) => [o.block.index, o]));
  for (const part of run.notebook.parts) {
    if (part.kind === "prose") {
      out.push(part.text, "");
      continue;
    }
    const fence = fenceFor(part.source);
    out.push(fence + (part.info || "ludus"), part.source, fence, "");
    const o = byIndex.get(part.index);
    if (!o) continue;
    const e = o.entry;
    const text: string[] = [...e.console];
    if (e.result !== null) text.push(`=> ${cutResult(e.result, NOTEBOOK_RESULT_MAX)}`);
    if (o.errorText !== null) text.push(...o.errorText.split("\n"));
    for (const r of o.reports) text.push(...r.split("\n"));
    out.push(OUTPUT_START);
    out.push(`**block ${part.index}: ${o.status}**${o.note ? ` (${o.note})` : ""}`, "");
    if (text.length > 0) {
      const t = text.join("\n");
      const f = fenceFor(t);
      out.push(f + "text", t, f, "");
    }
    if (o.svg) {
      const name = opts.svgName?.(part) ?? `drawing-${part.index}.svg`;
      files.push({ name, text: renderSvg(e.turtles, { source: part.source }) });
      out.push(`![turtle drawing of block ${part.index}](${encodeURI(name)})`, "");
    }
    if (e.processes.length > 0) {
      out.push("| pid | name | status | reductions |", "| --- | --- | --- | ---: |");
      for (const p of e.processes) {
        const name = (p.name ?? "").replace(/[|\\`*_[\]<>]/g, (c) => "\\" + c)
          .replace(/[\r\n]+/g, " ");
        out.push(`| &lt;pid ${p.pid}&gt; | ${name} | ${p.status} | ${p.reductions} |`);
      }
      out.push("");
    }
    out.push(OUTPUT_END, "");
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return { markdown: out.join("\n") + "\n", files };
}
