/**
 * The Ludus mode for the editor: a CodeMirror stream parser that colours
 * source text the way lib's lexer (`lib/syntax/lexer.ts`) reads it. The
 * reserved words come from the lexer itself; a test
 * (`tests/web_mode_test.ts`) runs both over the examples, the prelude and the
 * test programs and checks that every token the lexer finds gets the class
 * that belongs to its kind.
 *
 * Classes (CodeMirror token names): `keyword` (reserved words), `atom`
 * (`:keywords`, `nil`, `true`, `false`), `number`, `string`, `special` (a
 * `{name}` interpolation or an escape inside a string), `comment` (`&` to the
 * end of the line), `variableName` (names), `meta` (`_` and `_ignored`),
 * `bracket`, `punctuation`, and `invalid` for what the lexer would refuse.
 *
 * @module
 */

import { RESERVED_WORDS } from "../lib/syntax/lexer.ts";

/** The part of CodeMirror's `StringStream` the mode uses. */
export interface Stream {
  /** The column of the stream's position in the current line. */
  pos: number;
  /** The current line. */
  string: string;
  /** At the end of the line? */
  eol(): boolean;
  /** The next character, without consuming it. */
  peek(): string | undefined | void;
  /** Consume the next character. */
  next(): string | undefined | void;
  /** Consume characters while they match. */
  eatWhile(match: RegExp): boolean;
  /** Consume the rest of the line. */
  skipToEnd(): void;
}

/**
 * Where the mode is between tokens: inside a string literal (strings may span
 * lines), or not; and how many brackets are open (for indentation).
 */
export interface ModeState {
  /** Inside a string literal? */
  inString: boolean;
  /** Brackets opened and not closed yet, outside strings and comments. */
  depth: number;
}

const RESERVED = new Set<string>(RESERVED_WORDS);
const ATOMS = new Set(["nil", "true", "false"]);
const NAME_CHAR = /[A-Za-z0-9_/?!*]/;

/** The class of the token at the stream's position; consumes it. */
function token(stream: Stream, state: ModeState): string | null {
  if (state.inString) return stringPart(stream, state);
  if (stream.eatWhile(/[ \t\r]/)) return null;
  const c = stream.next();
  if (c === undefined || c === "") return null;
  const rest = stream.string.slice(stream.pos);
  switch (c) {
    case "&":
      stream.skipToEnd();
      return "comment";
    case '"':
      state.inString = true;
      return stringPart(stream, state);
    case "(":
    case "[":
    case "{":
      state.depth++;
      return "bracket";
    case ")":
    case "]":
    case "}":
      state.depth = Math.max(0, state.depth - 1);
      return "bracket";
    case "#":
    case "$":
      if (rest.startsWith("{")) {
        stream.next();
        state.depth++;
        return "bracket";
      }
      return "invalid";
    case ",":
    case ";":
    case "=":
    case ">":
      return "punctuation";
    case ".":
      if (rest.startsWith("..")) {
        stream.next();
        stream.next();
        return "punctuation";
      }
      return "invalid";
    case "-":
      if (rest.startsWith(">")) {
        stream.next();
        return "punctuation";
      }
      if (/^[0-9]/.test(rest)) return number(stream);
      return "invalid";
    case ":":
      if (/^[A-Za-z]/.test(rest)) {
        stream.eatWhile(NAME_CHAR);
        return "atom";
      }
      return "invalid";
    case "_":
      stream.eatWhile(NAME_CHAR);
      return "meta";
  }
  if (/[0-9]/.test(c)) return number(stream);
  if (/[A-Za-z]/.test(c)) {
    const start = stream.pos - 1;
    stream.eatWhile(NAME_CHAR);
    const word = stream.string.slice(start, stream.pos);
    if (/^[a-z]/.test(word) && RESERVED.has(word)) return ATOMS.has(word) ? "atom" : "keyword";
    return "variableName";
  }
  return "invalid";
}

/** A number's digits, underscores and one decimal point (the first digit or `-` is consumed). */
function number(stream: Stream): string {
  stream.eatWhile(/[0-9_]/);
  const rest = stream.string.slice(stream.pos);
  if (/^\.[0-9]/.test(rest)) {
    stream.next();
    stream.eatWhile(/[0-9_]/);
  }
  return "number";
}

/**
 * The next piece of a string literal: plain text up to a quote, an escape or a
 * `{name}` (`string`); an escape or an interpolation (`special`); the closing
 * quote ends the string.
 */
function stringPart(stream: Stream, state: ModeState): string {
  const rest = stream.string.slice(stream.pos);
  const interp = /^\{[a-z][A-Za-z0-9_/?!*]*\}/.exec(rest);
  if (interp) {
    for (let i = 0; i < interp[0].length; i++) stream.next();
    return "special";
  }
  if (rest.startsWith("\\") && rest.length > 1) {
    stream.next();
    stream.next();
    return "special";
  }
  for (;;) {
    const c = stream.peek();
    if (c === undefined || c === "") return "string"; // the string goes on on the next line
    if (c === '"') {
      stream.next();
      state.inString = false;
      return "string";
    }
    if (
      c === "\\" ||
      (c === "{" && /^\{[a-z][A-Za-z0-9_/?!*]*\}/.test(stream.string.slice(stream.pos)))
    ) {
      return "string";
    }
    stream.next();
  }
}

/**
 * The stream parser, for `StreamLanguage.define` (what `editor.ts` does).
 *
 * @example Usage
 * ```ts
 * import { ludusMode } from "./ludus_mode.ts";
 * const state = ludusMode.startState();
 * console.assert(state.inString === false);
 * ```
 */
export const ludusMode = {
  name: "ludus",
  startState(): ModeState {
    return { inString: false, depth: 0 };
  },
  copyState(s: ModeState): ModeState {
    return { inString: s.inString, depth: s.depth };
  },
  token,
  /**
   * A new line's indentation: one unit per bracket still open, one less when
   * the line starts by closing one; a line inside a string keeps its own.
   */
  indent(state: ModeState, textAfter: string, cx: { unit: number }): number | null {
    if (state.inString) return null;
    const closes = /^\s*[)\]}]/.test(textAfter) ? 1 : 0;
    return Math.max(0, state.depth - closes) * cx.unit;
  },
  languageData: {
    commentTokens: { line: "&" },
    closeBrackets: { brackets: ["(", "[", "{", '"'] },
    indentOnInput: /^\s*[)\]}]$/,
  },
};
