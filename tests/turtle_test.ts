/** Turtle graphics: the recorded commands, the state, and the SVG of known drawings. */

import { assert, assertEquals, assertMatch } from "@std/assert";
import { fixtureFiles } from "./_harness.ts";
import { permissionsFor, skippedTest } from "./_permissions.ts";
import { drawingOf } from "../tools/update_svg.ts";
import { cosTurns, sinTurns, Turtle } from "../lib/turtle/turtle.ts";
import { renderSvg } from "../lib/turtle/svg.ts";
import { Runtime } from "../lib/runtime/runtime.ts";

// The known drawings are read from disk (`--allow-read`); without it they are
// skipped, and say so.
const { canRun, why } = permissionsFor(["read"]);
if (!canRun) skippedTest("turtle: the SVG of tests/svg/*.ld", why);

const svgs = new Map(
  (canRun ? await fixtureFiles("svg", ".svg") : []).map((f) => [f.name, f.text]),
);
for (const { name: file, text } of canRun ? await fixtureFiles("svg", ".ld") : []) {
  const name = file.slice(0, -".ld".length);
  Deno.test(`turtle: the SVG of ${name}.ld matches svg/${name}.svg`, async () => {
    const expected = svgs.get(`${name}.svg`);
    if (expected === undefined) throw new Error(`svg/${name}.svg is missing`);
    assertEquals(await drawingOf(text, `${name}.ld`), expected);
  });
}

Deno.test("turtle: a square records the 2024 protocol commands and comes home", async () => {
  const rt = new Runtime();
  const r = await rt.runMain("repeat 4 { forward! (100); right! (0.25) }\nposition ()");
  assertEquals(r.result, "(0, 0)");
  const t = rt.scheduler.turtles[0];
  assertEquals(t.commands.slice(0, 2), [["forward", 100], ["right", 0.25]]);
  assertEquals(t.segments.length, 4);
  assertEquals(t.segments[0], {
    x1: 0,
    y1: 0,
    x2: 0,
    y2: 100,
    color: [255, 255, 255, 255],
    width: 1,
  });
});

Deno.test("turtle: heading 0 is up and right! turns clockwise", () => {
  const t = new Turtle(1);
  t.apply(["right", 0.25]);
  t.apply(["forward", 10]);
  assertEquals([t.x, t.y], [10, 0]);
  t.apply(["left", 0.5]);
  t.apply(["forward", 20]);
  assertEquals([t.x, t.y], [-10, 0]);
  assertEquals([sinTurns(0.5), cosTurns(0.5)], [0, -1]);
});

Deno.test("turtle: penup moves without drawing; goto and home draw when down", () => {
  const t = new Turtle(1);
  t.apply(["penup"]);
  t.apply(["forward", 50]);
  t.apply(["pendown"]);
  t.apply(["goto", 10, 10]);
  t.apply(["home"]);
  assertEquals(t.segments.length, 2);
  assertEquals([t.x, t.y, t.heading], [0, 0, 0]);
});

Deno.test("turtle: queries report the state; bad colours and arguments panic clearly", async () => {
  const rt = new Runtime();
  const r = await rt.runMain(
    "pencolor! (:red); penwidth! (3); penup! (); (pencolor (), penwidth (), pendown? (), heading ())",
  );
  assertEquals(r.result, "((255, 0, 0, 255), 3, false, 0)");
  const bad = await new Runtime().runMain("pencolor! (:nocolor)");
  assertMatch(bad.error!.message, /there is no colour called :nocolor/);
  const bad2 = await new Runtime().runMain('forward! ("far")');
  assertMatch(bad2.error!.message, /no clause of `forward!` matches/);
});

Deno.test("turtle: the SVG is fitted, has the background, and embeds the source", () => {
  const t = new Turtle(1);
  t.apply(["background", 10, 20, 30, 255]);
  t.apply(["forward", 100]);
  const svg = renderSvg([t], { source: "forward! (100) -- with dashes" });
  assertMatch(svg, /viewBox="-20 -120 40 140"|viewBox="-\d+(\.\d+)? -\d+(\.\d+)? /);
  assertMatch(svg, /fill="rgb\(10,20,30\)"/);
  assertMatch(svg, /forward! \(100\) - - with dashes/);
  assert(!svg.includes("<!-- Ludus source:\nforward! (100) --"), "no -- inside a comment");
});

Deno.test("turtle: no source text closes the SVG's comment or leaves it ill-formed", () => {
  const t = new Turtle(1);
  t.apply(["forward", 10]);
  const hostile = [
    'print! ("--->")',
    '& --> <script>alert(1)</script>\nprint! ("</script><svg onload=alert(1)>")',
    "a --!> b",
    "ends with a dash -",
    "ends with dashes --",
    "----------",
    "<!-- nested -->",
    "control \x00\x01\x1b[31m and a lone \ud800 surrogate",
  ];
  for (const source of hostile) {
    const svg = renderSvg([t], { source });
    const open = svg.indexOf("<!--");
    const close = svg.indexOf("-->", open + 4);
    const body = svg.slice(open + 4, close);
    assertEquals(svg.indexOf("<!--", open + 1), -1, `one comment only: ${JSON.stringify(source)}`);
    assert(
      svg.slice(close).startsWith("-->\n<rect "),
      `the comment ends where it should: ${source}`,
    );
    assert(!body.includes("--"), `no -- inside the comment: ${body}`);
    assert(!body.endsWith("-"), "no - right before the end");
    // deno-lint-ignore no-control-regex
    const notXml = /[\x00-\x08\x0b\x0c\x0e-\x1f]|[\ud800-\udbff](?![\udc00-\udfff])/;
    assert(!notXml.test(body), "XML chars only");
    const outside = svg.slice(0, open) + svg.slice(close);
    assertEquals(outside.match(/<script|onload/g), null, "a <script> stays inside the comment");
  }
  // What is kept reads the same, dashes apart.
  assertMatch(renderSvg([t], { source: 'print! ("- > ok")' }), /print! \("- > ok"\)/);
});
