/**
 * The web page's server: `ludus serve [file.ld|file.md]`. It serves the page
 * (`web/`, embedded with text imports) and a small JSON API, and runs the VM on
 * the server side: each Run makes a new runtime; each notebook page gets a
 * session whose blocks can be re-run. The scheduler gives the event loop a turn
 * every few milliseconds, so Stop and the process snapshots are answered even
 * while a Ludus infinite loop runs. The page polls for updates (console lines,
 * status, turtle drawing, process table) a few times a second.
 *
 * API (JSON; POST bodies must be `application/json`):
 * - `GET /api/file`: the file the server was started with (script or notebook).
 * - `POST /api/run {source}`: run a script; returns `{job}`.
 * - `POST /api/session {}`: a notebook session; returns `{session}`.
 * - `POST /api/session/ID/run {index, line, source}`: run a block; returns `{job}`.
 * - `GET /api/job/ID?console=N&turtle=M`: state, new console lines, drawing, processes.
 * - `POST /api/job/ID/stop`: stop it.
 * - `GET /api/job/ID/process/PID`: one process: info, stack with arguments,
 *   recent messages, mailbox, and a box's history.
 *
 * Only this file and the CLI use `Deno.*`; it listens on 127.0.0.1 only and
 * answers only requests addressed to that host.
 *
 * @module
 */

import indexHtml from "../../web/index.html" with { type: "text" };
import appJs from "../../web/app.js" with { type: "text" };
import styleCss from "../../web/style.css" with { type: "text" };
import { formatError, type LudusError } from "../errors/errors.ts";
import { loadModuleText } from "./deno.ts";
import {
  type BlockOutcome,
  type CodeBlock,
  inlineSvg,
  markdownToHtml,
  NOTEBOOK_CSS,
  NOTEBOOK_RESULT_MAX,
  NotebookRunner,
  parseNotebook,
} from "./notebook.ts";
import { infoValue } from "../observe/observe.ts";
import { infoOf, mailboxOf, rowOf, stackOf } from "../observe/snapshot.ts";
import type { Process } from "../vm/process.ts";
import { cutResult, Runtime, type RuntimeOptions } from "../runtime/runtime.ts";
import type { Scheduler } from "../runtime/scheduler.ts";
import { show } from "../values/show.ts";
import { toJS } from "../values/convert.ts";
import { renderSvg } from "../turtle/svg.ts";
import type { Turtle } from "../turtle/turtle.ts";
import type { Value } from "../values/values.ts";
import { LBox, Pid } from "../vm/process.ts";

/** The file a page starts with. */
export interface PageFile {
  /** Its name as shown (and used in error locations). */
  name: string;
  /** Its URL, for resolving the imports of the program. */
  url?: string;
  /** Read its text (called on every page load, so edits on disk show up). */
  read(): Promise<string>;
}

/** Options for {@linkcode createApp}. */
export interface AppOptions {
  /** The file to open, if any. */
  file?: PageFile;
  /** Runtime options for every run (seed, budget, ...). */
  runtime?: RuntimeOptions;
  /** Stop a run the page has not asked about for this long (default 30,000 ms). */
  orphanMs?: number;
  /** Most runs alive at once; the oldest is stopped beyond it (default 8). */
  maxRunning?: number;
}

type JobState = "queued" | "running" | "done" | "failed" | "stopped";

interface Job {
  id: string;
  kind: "script" | "block";
  state: JobState;
  runtime: Runtime;
  consoleStart: number;
  turtleStart: number;
  started: number;
  ended: number | null;
  lastPoll: number;
  result: string | null;
  error: LudusError | null;
  stopRequested: boolean;
  /** Processes that were alive when the job ended, and what they were doing. */
  stoppedWhile: Map<number, string>;
  /** Reports of other processes' panics (script runs). */
  reports: string[];
  /** Settles when the job has ended. */
  done: Promise<unknown>;
  session?: PageSession;
  block?: CodeBlock;
  outcome?: BlockOutcome;
}

interface PageSession {
  id: string;
  runner: NotebookRunner;
  queue: Promise<unknown>;
  current: Job | null;
  lastUsed: number;
}

/** A running app: its request handler and a `close` that stops every run. */
export interface App {
  /** Answer one request. */
  handler(req: Request): Promise<Response>;
  /** Stop runs nobody is watching and forget old ones (call every few seconds). */
  sweep(): void;
  /** Stop every run; resolves when they have all ended. */
  close(): Promise<void>;
}

const MAX_ENDED_ROWS = 200;
const MAX_ROWS = 400;

function json(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

function text(body: string, type: string): Response {
  return new Response(body, {
    headers: {
      "content-type": `${type}; charset=utf-8`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy":
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
    },
  });
}

function errorJson(err: LudusError | null): Record<string, unknown> | null {
  return err ? { ...err.toJSON(), text: formatError(err) } : null;
}

let counter = 0;
function newId(prefix: string): string {
  counter++;
  const rand = crypto.getRandomValues(new Uint32Array(1))[0].toString(36);
  return `${prefix}${counter.toString(36)}${rand}`;
}

function turtleCount(turtles: readonly Turtle[]): number {
  let n = 0;
  for (const t of turtles) n += t.commands.length;
  return n;
}

/** The rows of the process table: live processes, then the most recent ended ones. */
function processRows(job: Job): Record<string, unknown>[] {
  const s = job.runtime.scheduler;
  const live = [...s.procs.values()];
  let shown = live;
  if (live.length > MAX_ROWS) {
    shown = [...live].sort((a, b) => b.reductions - a.reductions).slice(0, MAX_ROWS);
  }
  const liveIds = new Set(shown.map((p) => p.id));
  const ended: Process[] = [];
  for (let i = s.allProcs.length - 1; i >= 0 && ended.length < MAX_ENDED_ROWS; i--) {
    const p = s.allProcs[i];
    if (!liveIds.has(p.id) && !s.procs.has(p.id)) ended.push(p);
  }
  const rows = [...shown, ...ended].sort((a, b) => a.id - b.id).map((p) => {
    const stopped = job.stoppedWhile.get(p.id) ?? s.stoppedAt.get(p);
    const r = rowOf(p, stopped);
    return {
      ...r,
      alive: p.alive && stopped === undefined,
      box: p.box !== null,
      main: p === s.main,
      parent: p.parent ? p.parent.id : null,
    };
  });
  return rows;
}

function findProcess(s: Scheduler, pid: number): Process | null {
  const live = s.procs.get(pid);
  if (live) return live;
  for (let i = s.allProcs.length - 1; i >= 0; i--) {
    if (s.allProcs[i].id === pid) return s.allProcs[i];
  }
  return null;
}

/** Characters of one value the details pane shows (a page polled every 200 ms stays small). */
const DETAIL_MAX = 2000;
const shown = (v: Value) => show(v, { truncate: DETAIL_MAX });

/** Everything about one process, for the details pane. */
function processDetails(job: Job, p: Process): Record<string, unknown> {
  const info = toJS(infoValue(infoOf(p))) as Record<string, unknown>;
  const stopped = job.stoppedWhile.get(p.id) ?? job.runtime.scheduler.stoppedAt.get(p);
  if (stopped !== undefined) info.status = `stopped (${stopped})`;
  const stack = stackOf(p).map((f) => ({
    fn: f.fn,
    line: f.line,
    file: f.file,
    args: f.args.map(shown),
    tailCalls: f.tailCalls,
  }));
  const messages = job.runtime.scheduler.messagesOf(p.pid, 20).map((m) => ({
    id: m.id,
    dir: m.dir,
    peer: shown(m.peer),
    msg: shown(m.msg),
    at: m.at,
    cause: m.cause,
  }));
  const mailbox = mailboxOf(p, 20).map(shown);
  let history: Record<string, unknown>[] | null = null;
  if (p.box instanceof LBox) {
    history = p.box.history.slice(-200).map((e) => ({
      value: shown(e.value),
      num: typeof e.value === "number" ? e.value : null,
      at: e.at,
      time: e.time,
      by: e.by instanceof Pid ? e.by.id : null,
    }));
  }
  return {
    pid: p.id,
    info,
    stack,
    messages,
    mailbox,
    mailboxSize: p.mailbox.length,
    box: p.box instanceof LBox ? { name: p.box.name, value: shown(p.box.value) } : null,
    history,
    result: p.status === "done" && stopped === undefined ? shown(p.result) : null,
    error: p.error ? formatError(p.error) : null,
  };
}

/**
 * The page's app: a request handler over runs and notebook sessions. No
 * sockets here, so it can be tested by calling the handler.
 *
 * @example Usage
 * ```ts
 * import { createApp } from "./server.ts";
 * const app = createApp();
 * const res = await app.handler(new Request("http://127.0.0.1:8000/api/file"));
 * console.assert((await res.json()).kind === "none");
 * await app.close();
 * ```
 */
export function createApp(options: AppOptions = {}): App {
  const jobs = new Map<string, Job>();
  const sessions = new Map<string, PageSession>();
  const orphanMs = options.orphanMs ?? 30_000;
  const maxRunning = options.maxRunning ?? 8;
  const file = options.file;

  function runtimeOptions(): RuntimeOptions {
    return {
      keepAll: true,
      // Answer the page's requests (Stop, snapshots) within ~20 ms while programs run.
      ioIntervalMs: 20,
      moduleHost: { load: loadModuleText },
      ...options.runtime,
      url: file?.url,
    };
  }

  function makeJob(kind: Job["kind"], runtime: Runtime): Job {
    const s = runtime.scheduler;
    const job: Job = {
      id: newId("j"),
      kind,
      state: "queued",
      runtime,
      consoleStart: s.console.length,
      turtleStart: s.turtles.length,
      started: performance.now(),
      ended: null,
      lastPoll: performance.now(),
      result: null,
      error: null,
      stopRequested: false,
      stoppedWhile: new Map(),
      reports: [],
      done: Promise.resolve(),
    };
    jobs.set(job.id, job);
    limitRunning();
    return job;
  }

  function limitRunning(): void {
    const running = [...jobs.values()].filter((j) => j.state === "running");
    while (running.length >= maxRunning) stopJob(running.shift()!, "too many runs at once");
  }

  function finish(job: Job, state: JobState): void {
    job.state = job.stopRequested ? "stopped" : state;
    job.ended = performance.now();
    // Whatever is still alive in a script's runtime was stopped with it.
    if (job.kind === "script") {
      for (const p of job.runtime.scheduler.procs.values()) {
        if (p.alive) job.stoppedWhile.set(p.id, p.status);
      }
    }
  }

  function startScript(source: string): Job {
    const reports: string[] = [];
    const rt = new Runtime({
      ...runtimeOptions(),
      file: file?.name ?? "editor.ld",
      host: { report: (t, err) => reports.push(err ? `${t}\n${formatError(err)}` : t) },
    });
    rt.scheduler.quiet();
    const job = makeJob("script", rt);
    job.reports = reports;
    job.state = "running";
    job.done = rt.runMain(source, file?.name ?? "editor.ld").then((report) => {
      job.result = report.result;
      job.error = report.error;
      finish(job, report.error ? "failed" : "done");
    }, (e) => {
      job.error = null;
      job.result = null;
      finish(job, "failed");
      console.error(e);
    });
    return job;
  }

  function startBlock(session: PageSession, block: CodeBlock): Job {
    const rt = session.runner.session.runtime;
    const job = makeJob("block", rt);
    job.session = session;
    job.block = block;
    session.lastUsed = performance.now();
    const run = async () => {
      if (job.stopRequested) {
        finish(job, "stopped");
        return;
      }
      job.state = "running";
      job.consoleStart = rt.scheduler.console.length;
      job.turtleStart = rt.scheduler.turtles.length;
      job.started = performance.now();
      session.current = job;
      try {
        const o = await session.runner.run(block);
        job.outcome = o;
        job.result = o.entry.result;
        job.error = o.entry.error;
        finish(job, o.status === "ok" ? "done" : "failed");
      } catch (e) {
        finish(job, "failed");
        console.error(e);
      } finally {
        session.current = null;
      }
    };
    session.queue = job.done = session.queue.then(run);
    return job;
  }

  function stopJob(job: Job, reason = "stopped from the page (Stop)"): void {
    if (job.state !== "running" && job.state !== "queued") return;
    job.stopRequested = true;
    if (job.state === "queued") return; // it will not start
    if (job.kind === "script") job.runtime.scheduler.stop(reason);
    else job.session?.runner.stop(reason);
  }

  function poll(job: Job, url: URL): Record<string, unknown> {
    job.lastPoll = performance.now();
    const s = job.runtime.scheduler;
    const from = Math.max(0, Number(url.searchParams.get("console") ?? 0) || 0);
    const seen = Number(url.searchParams.get("turtle") ?? -1);
    const lines = s.console.slice(job.consoleStart);
    const turtles = s.turtles.slice(job.turtleStart);
    const tc = turtleCount(turtles);
    const end = job.ended ?? performance.now();
    const o = job.outcome;
    return {
      job: job.id,
      kind: job.kind,
      state: job.state,
      console: lines.slice(from),
      consoleTotal: lines.length,
      turtle: tc,
      svg: tc > 0 && tc !== seen ? inlineSvg(renderSvg(turtles)) : null,
      result: job.result === null ? null : cutResult(job.result, NOTEBOOK_RESULT_MAX),
      error: errorJson(job.error),
      reports: o ? o.reports : job.reports,
      elapsedMs: Math.round(end - job.started),
      processes: processRows(job),
      scheduler: {
        processes: s.procs.size,
        reductions: s.totalReductions,
        slices: s.slices,
        clock: Math.round(s.now()),
      },
      block: o
        ? {
          index: o.block.index,
          status: o.status,
          note: o.note,
          reports: o.reports,
          bound: o.entry.bound,
          pid: o.entry.pid,
          reductions: o.entry.reductions,
          processes: o.entry.processes,
        }
        : null,
    };
  }

  function sweep(): void {
    const now = performance.now();
    for (const job of jobs.values()) {
      if (job.state === "running" && now - job.lastPoll > orphanMs) {
        stopJob(job, "stopped: the page stopped watching this run");
      }
      if (job.ended !== null && now - job.ended > 10 * 60_000) jobs.delete(job.id);
    }
    for (const [id, s] of sessions) {
      if (s.current === null && now - s.lastUsed > 60 * 60_000) sessions.delete(id);
    }
  }

  async function body(req: Request): Promise<Record<string, unknown>> {
    const type = req.headers.get("content-type") ?? "";
    if (!type.startsWith("application/json")) throw new TypeError("expected a JSON body");
    const data = await req.json();
    if (data === null || typeof data !== "object") throw new TypeError("expected a JSON object");
    return data as Record<string, unknown>;
  }

  async function fileInfo(): Promise<Record<string, unknown>> {
    if (!file) return { kind: "none" };
    const content = await file.read();
    if (/\.(md|markdown)$/i.test(file.name)) {
      const nb = parseNotebook(content, file.name);
      return {
        kind: "notebook",
        name: file.name,
        parts: nb.parts.map((p) =>
          p.kind === "prose"
            ? { kind: "prose", html: markdownToHtml(p.text) }
            : { kind: "code", index: p.index, line: p.line, source: p.source }
        ),
      };
    }
    return { kind: "script", name: file.name, text: content };
  }

  async function api(req: Request, url: URL): Promise<Response> {
    const parts = url.pathname.split("/").filter((x) => x !== "").slice(1);
    const post = req.method === "POST";
    if (parts[0] === "file" && parts.length === 1) return json(await fileInfo());
    if (parts[0] === "run" && post && parts.length === 1) {
      const b = await body(req);
      if (typeof b.source !== "string") return json({ error: "source must be a string" }, 400);
      return json({ job: startScript(b.source).id });
    }
    if (parts[0] === "session") {
      if (parts.length === 1 && post) {
        await body(req);
        const name = file?.name ?? "notebook.md";
        const runner = new NotebookRunner(name, runtimeOptions());
        runner.session.runtime.scheduler.quiet();
        const s: PageSession = {
          id: newId("s"),
          runner,
          queue: Promise.resolve(),
          current: null,
          lastUsed: performance.now(),
        };
        sessions.set(s.id, s);
        return json({ session: s.id });
      }
      const s = sessions.get(parts[1] ?? "");
      if (!s) return json({ error: "no such session (the server may have restarted)" }, 404);
      if (parts[2] === "run" && post && parts.length === 3) {
        const b = await body(req);
        const index = Number(b.index), line = Number(b.line ?? 1);
        if (typeof b.source !== "string" || !Number.isInteger(index) || !Number.isInteger(line)) {
          return json({ error: "expected {index, line, source}" }, 400);
        }
        const block: CodeBlock = {
          kind: "code",
          index,
          line: Math.max(1, line),
          source: b.source,
          info: "ludus",
        };
        return json({ job: startBlock(s, block).id });
      }
      return json({ error: "not found" }, 404);
    }
    if (parts[0] === "job") {
      const job = jobs.get(parts[1] ?? "");
      if (!job) return json({ error: "no such run (the server may have restarted)" }, 404);
      if (parts.length === 2 && !post) return json(poll(job, url));
      if (parts[2] === "stop" && post && parts.length === 3) {
        stopJob(job);
        return json({ ok: true });
      }
      if (parts[2] === "process" && parts.length === 4 && !post) {
        job.lastPoll = performance.now();
        const p = findProcess(job.runtime.scheduler, Number(parts[3]));
        if (!p) return json({ error: "no such process" }, 404);
        return json(processDetails(job, p));
      }
    }
    return json({ error: "not found" }, 404);
  }

  async function handler(req: Request): Promise<Response> {
    const url = new URL(req.url);
    // Only requests addressed to this machine by name (guards against DNS rebinding).
    const host = (req.headers.get("host") ?? url.host).replace(/:\d+$/, "");
    if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]") {
      return new Response("forbidden", { status: 403 });
    }
    try {
      if (url.pathname.startsWith("/api/")) return await api(req, url);
      if (req.method !== "GET") return new Response("method not allowed", { status: 405 });
      switch (url.pathname) {
        case "/":
        case "/index.html":
          return text(indexHtml, "text/html");
        case "/app.js":
          return text(appJs, "text/javascript");
        case "/style.css":
          return text(styleCss + "\n" + scopedNotebookCss(), "text/css");
      }
      return new Response("not found", { status: 404 });
    } catch (e) {
      if (e instanceof TypeError || e instanceof SyntaxError) {
        return json({ error: e.message }, 400);
      }
      throw e;
    }
  }

  async function close(): Promise<void> {
    for (const job of jobs.values()) stopJob(job, "the server stopped");
    await Promise.allSettled([...jobs.values()].map((j) => j.done));
  }

  return { handler, sweep, close };
}

/** The notebook block styles, scoped to the page's notebook view. */
function scopedNotebookCss(): string {
  return NOTEBOOK_CSS.replace(/^:root[^}]*}/m, "").replace(/^body[^}]*}/m, "")
    .replace(/^main[^}]*}/m, "").replace(/^\* [^}]*}/m, "");
}

/** Options for {@linkcode serve}. */
export interface ServeOptions extends AppOptions {
  /** Port (default 8000; 0 picks a free one). */
  port?: number;
  /** Called with the page's URL once listening. */
  onListen?: (url: string) => void;
  /** Stop the server when this aborts. */
  signal?: AbortSignal;
}

/**
 * Serve the page on 127.0.0.1 until `signal` aborts. Resolves when the server
 * has shut down.
 */
export async function serve(options: ServeOptions = {}): Promise<void> {
  // (The scheduler gives the event loop a timer turn at least every 20 ms while a
  // program runs, so requests such as Stop are served promptly.)
  const app = createApp(options);
  const timer = setInterval(() => app.sweep(), 2000);
  const server = Deno.serve({
    hostname: "127.0.0.1",
    port: options.port ?? 8000,
    signal: options.signal,
    onListen: ({ port }) => options.onListen?.(`http://127.0.0.1:${port}/`),
  }, (req) => app.handler(req));
  try {
    await server.finished;
  } finally {
    clearInterval(timer);
    await app.close();
  }
}
