/**
 * The page's server: `ludus serve [FILE.ld]`. A small static file server over
 * the built site (`dist/web/`, made by `deno task build:web`) on 127.0.0.1. It
 * runs no code: the page runs programs in a Web Worker in the browser, so any
 * static host serves the same site as well as this does. A file given on the
 * command line is handed to the page in its address (`#code=`, see
 * {@linkcode codeLink}); nothing is ever written back.
 *
 * What it answers, and what it refuses:
 * - only `GET` and `HEAD` (405 otherwise), and only requests whose `Host` is
 *   `127.0.0.1`, `localhost` or `[::1]` (403 otherwise: a guard against DNS
 *   rebinding; 400 for a `Host` that is no host at all, such as `a b`);
 * - only regular files inside the site folder: `/` is `index.html`; no folder
 *   listings, no dot files, no `..` (plain or percent-encoded), no encoded
 *   slashes, nothing a symbolic link leads to outside the folder (404);
 * - each with its content type, `x-content-type-options: nosniff` and a
 *   content security policy that allows scripts and workers from the site only
 *   (the page has no inline script).
 *
 * @module
 */

/** The content security policy of every answer. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  // The site's own files (the examples, modules beside the page) and https: modules.
  "connect-src 'self' https:",
  // The turtle's PNG is drawn from a blob: URL; the favicon is a data: URL.
  "img-src 'self' data: blob:",
  // CodeMirror adds its own style elements.
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Content types by file extension; other files are served as `application/octet-stream`. */
const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
  map: "application/json; charset=utf-8",
  ld: "text/plain; charset=utf-8",
  md: "text/plain; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
  wasm: "application/wasm",
};

/** The host names the server answers to (with any port). */
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Options for {@linkcode createApp}. */
export interface AppOptions {
  /** The site folder (a `file:` URL; a trailing slash is added if missing). */
  site: URL;
}

/** The server's request handler. */
export interface App {
  /** Answer one request. */
  handler(req: Request): Promise<Response>;
}

function headers(type: string, extra: Record<string, string> = {}): Headers {
  return new Headers({
    "content-type": type,
    "x-content-type-options": "nosniff",
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
    // A rebuilt site shows at the next load.
    "cache-control": "no-store",
    ...extra,
  });
}

function plain(status: number, body: string, extra: Record<string, string> = {}): Response {
  return new Response(body + "\n", {
    status,
    headers: headers("text/plain; charset=utf-8", extra),
  });
}

/**
 * The path's segments, percent-decoded, or null when one could lead out of
 * the folder or names something hidden: `.`, `..`, a dot file, an encoded
 * slash or backslash, a NUL, an empty segment (as a trailing slash makes: no
 * folders are served), bad encoding. `/` is no segments.
 */
function segmentsOf(pathname: string): string[] | null {
  if (pathname === "/") return [];
  const raw = pathname.split("/").slice(1);
  const out: string[] = [];
  for (const r of raw) {
    let s: string;
    try {
      s = decodeURIComponent(r);
    } catch {
      return null;
    }
    if (s === "" || s.startsWith(".") || /[/\\\0]/.test(s)) return null;
    out.push(s);
  }
  return out;
}

/** Whether `path` is inside the folder `dir` (both absolute, real paths). */
function inside(path: string, dir: string): boolean {
  const sep = Deno.build.os === "windows" ? "\\" : "/";
  return path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/**
 * The static file server's handler over a site folder. No sockets here, so it
 * can be tested by calling the handler.
 *
 * @example Usage
 * ```ts ignore
 * import { createApp } from "./server.ts";
 * const app = createApp({ site: new URL("../../dist/web/", import.meta.url) });
 * const res = await app.handler(new Request("http://127.0.0.1:8000/"));
 * console.assert(res.headers.get("content-type") === "text/html; charset=utf-8");
 * ```
 */
export function createApp(options: AppOptions): App {
  const site = options.site.href.endsWith("/") ? options.site : new URL(options.site.href + "/");
  let siteReal: string | null = null;

  async function file(segments: string[]): Promise<{ path: string; type: string } | null> {
    const names = segments.length === 0 ? ["index.html"] : segments;
    const url = new URL(names.map(encodeURIComponent).join("/"), site);
    let real: string;
    try {
      siteReal ??= await Deno.realPath(site);
      real = await Deno.realPath(url);
      if (!inside(real, siteReal)) return null;
      if (!(await Deno.stat(real)).isFile) return null;
    } catch (e) {
      if (e instanceof Deno.errors.NotFound || e instanceof Deno.errors.NotADirectory) return null;
      throw e;
    }
    const name = names[names.length - 1];
    const dot = name.lastIndexOf(".");
    const ext = dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
    return { path: real, type: TYPES[ext] ?? "application/octet-stream" };
  }

  async function handler(req: Request): Promise<Response> {
    let url: URL;
    try {
      // Deno makes the request's URL from its Host header, which may not parse.
      url = new URL(req.url);
    } catch {
      return plain(400, "bad request: the Host header is not a host name");
    }
    // Only requests addressed to this machine by name (guards against DNS rebinding).
    const host = (req.headers.get("host") ?? url.host).toLowerCase().replace(/:\d+$/, "");
    if (!LOCAL_HOSTS.has(host)) return plain(403, "forbidden");
    if (req.method !== "GET" && req.method !== "HEAD") {
      return plain(405, "method not allowed: this server only serves files", {
        allow: "GET, HEAD",
      });
    }
    const segments = segmentsOf(url.pathname);
    let found, body;
    try {
      found = segments === null ? null : await file(segments);
      if (found === null) return plain(404, "not found");
      body = await Deno.readFile(found.path);
    } catch (e) {
      return plain(500, `cannot read the site: ${(e as Error).message}`);
    }
    return new Response(req.method === "HEAD" ? null : body, {
      headers: headers(found.type, { "content-length": String(body.length) }),
    });
  }

  return { handler };
}

/**
 * The page's address with `#code=`: the base64url (RFC 4648 §5, no padding) of
 * the text's UTF-8 bytes, as the page's `web/share.ts` reads it.
 *
 * @example Usage
 * ```ts
 * import { codeLink } from "./server.ts";
 * console.assert(codeLink("http://127.0.0.1:8000/", "??>") === "http://127.0.0.1:8000/#code=Pz8-");
 * ```
 */
export function codeLink(pageUrl: string, text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  const code = btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return `${pageUrl.replace(/#.*$/, "")}#code=${code}`;
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
 * Serve the site on 127.0.0.1 until `signal` aborts. Resolves when the server
 * has shut down.
 */
export async function serve(options: ServeOptions): Promise<void> {
  const app = createApp(options);
  const server = Deno.serve({
    hostname: "127.0.0.1",
    port: options.port ?? 8000,
    signal: options.signal,
    onListen: ({ port }) => options.onListen?.(`http://127.0.0.1:${port}/`),
    // Whatever else goes wrong answers 500 and logs one line, with no JS stack.
    onError: (e) => {
      console.error(`serve: ${e instanceof Error ? e.message : String(e)}`.split("\n")[0]);
      return plain(500, "internal server error");
    },
  }, (req) => app.handler(req));
  await server.finished;
}
