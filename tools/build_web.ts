/**
 * Build the Ludus page: a static site in `dist/web/` that works from any
 * static host (GitHub Pages, `python3 -m http.server`) and asks for nothing but
 * its own files.
 *
 *     deno run -A tools/build_web.ts          (deno task build:web)
 *
 * - `boot.js`: the page's first script (`web/boot.ts`): it starts the VM's
 *   worker while the rest loads;
 * - `app.js`: the page (`web/main.ts`) with its editor, CodeMirror 6, bundled
 *   from npm at build time;
 * - `worker.js`: the VM and its browser host (`web/worker_main.ts`), bundled;
 * - `index.html`, `style.css`, `notebook.css` (the notebook view's), and
 *   `examples/` (every `examples/*.ld` and `examples/*.md` notebook, with
 *   `examples/index.json` listing them for the Examples menu; a notebook's
 *   entry has `"notebook": true`, and opens with `#notebook=examples/NAME.md`).
 *
 * It prints each file's size and the whole site's gzip transfer size.
 *
 * @module
 */

import { gzipSync } from "node:zlib";

const root = new URL("..", import.meta.url);
const rootPath = decodeURIComponent(root.pathname);
const out = new URL("dist/web/", root);

function bundle(entry: string, target: string): void {
  const r = new Deno.Command(Deno.execPath(), {
    args: ["bundle", "--quiet", "--platform", "browser", "--minify", entry, "-o", target],
    cwd: rootPath,
    stderr: "piped",
    stdout: "piped",
  }).outputSync();
  if (!r.success) {
    console.error(new TextDecoder().decode(r.stderr));
    Deno.exit(1);
  }
}

/** An example's title: its first comment line (a notebook's: its first heading), or its file name. */
function titleOf(name: string, text: string): string {
  if (name.endsWith(".md")) {
    const h = /^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/m.exec(text);
    const title = h ? h[1].replace(/[*_`]/g, "") : name.replace(/\.md$/, "");
    return /notebook/i.test(title) ? title : `${title} (notebook)`;
  }
  const first = text.split("\n").find((l) => l.trim().startsWith("&"));
  return first ? first.replace(/^\s*&+\s*/, "").trim() : name.replace(/\.ld$/, "");
}

if (import.meta.main) {
  Deno.mkdirSync(new URL("examples/", out), { recursive: true });
  bundle("web/boot.ts", "dist/web/boot.js");
  bundle("web/main.ts", "dist/web/app.js");
  bundle("web/worker_main.ts", "dist/web/worker.js");
  for (const f of ["index.html", "style.css", "notebook.css"]) {
    Deno.copyFileSync(new URL(`web/${f}`, root), new URL(f, out));
  }
  const examples: { file: string; title: string; notebook?: true }[] = [];
  const names = [...Deno.readDirSync(new URL("examples/", root))]
    .filter((e) => e.isFile && /\.(ld|md)$/.test(e.name))
    .map((e) => e.name)
    .sort();
  for (const name of names) {
    const text = Deno.readTextFileSync(new URL(`examples/${name}`, root));
    Deno.writeTextFileSync(new URL(`examples/${name}`, out), text);
    const title = titleOf(name, text);
    examples.push(name.endsWith(".md") ? { file: name, title, notebook: true } : { file: name, title });
  }
  Deno.writeTextFileSync(new URL("examples/index.json", out), JSON.stringify(examples, null, 2));
  let raw = 0, gz = 0;
  const rows: string[] = [];
  const walk = (dir: URL, rel: string) => {
    for (const e of Deno.readDirSync(dir)) {
      if (e.isDirectory) walk(new URL(`${e.name}/`, dir), `${rel}${e.name}/`);
      else {
        const bytes = Deno.readFileSync(new URL(e.name, dir));
        const z = gzipSync(bytes).length;
        raw += bytes.length;
        gz += z;
        rows.push(`  ${(rel + e.name).padEnd(28)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB` +
          `  gzip ${(z / 1024).toFixed(1).padStart(6)} KB`);
      }
    }
  };
  walk(out, "");
  console.log(`wrote dist/web/:\n${rows.sort().join("\n")}`);
  console.log(`the whole site: ${(raw / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzip`);
}
