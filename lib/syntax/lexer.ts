/**
 * The Ludus lexer: source text to a flat array of tokens.
 *
 * The lexer is a single pass over the text with `charCodeAt`, no regular
 * expressions per character. It drops spaces, tabs, comments (`&` to the end of
 * the line) and a leading byte-order mark, and keeps line ends: both a newline and
 * `;` become a `newline` token (its `value` says which), and the parser decides
 * where they end an expression and where they are only separators. Numbers arrive
 * as their value (`1_000` is `1000`, `-0.5` is one token), strings as their decoded
 * parts (text with escapes resolved, and `{name}` interpolations), keywords and
 * words as their names. Reserved words and punctuation have their own kinds.
 *
 * Spans are UTF-16 offsets `[start, end)` into the source text. Bad input throws a
 * {@linkcode LudusError} of kind `"syntax"` whose span covers the offending text.
 *
 * @module
 */

import type { Interpolation } from "./ast.ts";
import type { Source, Span } from "../errors/source.ts";
import { LudusError } from "../errors/errors.ts";

/** The reserved words of Ludus; each is lexed as a token of its own kind. */
export const RESERVED_WORDS = [
  "as",
  "box",
  "do",
  "else",
  "false",
  "fn",
  "if",
  "import",
  "let",
  "loop",
  "match",
  "nil",
  "panic!",
  "pkg",
  "receive",
  "recur",
  "repeat",
  "test",
  "then",
  "true",
  "use",
  "when",
  "with",
] as const;

/** What to write instead of an operator from other languages (for the error). */
const OPERATOR_FUNCTIONS: Record<string, string> = {
  "+": "add (1, 2)",
  "*": "mult (2, 3)",
  "/": "div (6, 3)",
  "%": "mod (7, 3)",
  "<": "lt? (1, 2)",
  "^": "pow (2, 8)",
};

/** A reserved word (its token kind is the word itself). */
export type ReservedWord = typeof RESERVED_WORDS[number];

/** Punctuation token kinds. */
export type Punctuation =
  | "("
  | ")"
  | "["
  | "]"
  | "{"
  | "}"
  | "#{"
  | "${"
  | ","
  | "="
  | "->"
  | ">"
  | "...";

/** One decoded piece of a string literal: text, or a `{name}` interpolation. */
export type StringPart = string | Interpolation;

/** A number literal, with its value. */
export interface NumberToken {
  /** Token kind. */
  kind: "number";
  /** The value (`1_000` gives 1000). */
  value: number;
  /** Where the literal is. */
  span: Span;
}

/** A string literal, decoded into parts. */
export interface StringToken {
  /** Token kind. */
  kind: "string";
  /** Literal text (escapes decoded) and interpolations, in order; empty for `""`. */
  value: StringPart[];
  /** Where the literal is, quotes included. */
  span: Span;
}

/**
 * A name-carrying token: a `word` (`foo`, also a capitalised `Foo`), a `keyword`
 * (`:foo`, value without the colon) or an `ignored` name (`_foo`, value with the
 * underscore).
 */
export interface NameToken {
  /** Token kind. */
  kind: "word" | "keyword" | "ignored";
  /** The name. */
  value: string;
  /** Where the token is. */
  span: Span;
}

/** A line end: a newline (`"\n"`, also CR LF or a lone CR) or a `;`. */
export interface NewlineToken {
  /** Token kind. */
  kind: "newline";
  /** Which terminator it was. */
  value: "\n" | ";";
  /** Where it is. */
  span: Span;
}

/** A token without a value: punctuation, a reserved word, `_`, or the end of input. */
export interface SimpleToken {
  /** Token kind. */
  kind: Punctuation | ReservedWord | "placeholder" | "eof";
  /** Where it is (the end of input has an empty span at the end of the text). */
  span: Span;
}

/** Any token. */
export type Token = NumberToken | StringToken | NameToken | NewlineToken | SimpleToken;

/** Every token kind. */
export type TokenKind = Token["kind"];

const RESERVED: ReadonlyMap<string, ReservedWord> = new Map(
  RESERVED_WORDS.map((w) => [w, w]),
);

// Character codes.
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const QUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const AMP = 38;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const ZERO = 48;
const NINE = 57;
const COLON = 58;
const SEMI = 59;
const EQUALS = 61;
const GT = 62;
const QUESTION = 63;
const UPPER_A = 65;
const UPPER_Z = 90;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const UNDERSCORE = 95;
const LOWER_A = 97;
const LOWER_Z = 122;
const LBRACE = 123;
const RBRACE = 125;
const BOM = 0xfeff;

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

function isLower(c: number): boolean {
  return c >= LOWER_A && c <= LOWER_Z;
}

function isLetter(c: number): boolean {
  return (c >= LOWER_A && c <= LOWER_Z) || (c >= UPPER_A && c <= UPPER_Z);
}

/** Letters, digits and `_ / ? ! *`: the characters after the first of a name. */
function isNameChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === UNDERSCORE || c === SLASH || c === QUESTION ||
    c === BANG || c === STAR;
}

/** A readable rendering of the character at `i` (whole code point). */
function describeChar(text: string, i: number): string {
  const cp = text.codePointAt(i) ?? 0;
  const ch = String.fromCodePoint(cp);
  const hex = "U+" + cp.toString(16).toUpperCase().padStart(4, "0");
  if (cp < 32 || cp === 127) return `${hex} (a control character)`;
  if (cp === 0xa0) return `\`${ch}\` (a non-breaking space, ${hex})`;
  if (cp > 126 && /\s/u.test(ch)) return `\`${ch}\` (an unusual space, ${hex})`;
  return `\`${ch}\``;
}

/** The number of UTF-16 units of the code point at `i`. */
function charWidth(text: string, i: number): number {
  const cp = text.codePointAt(i) ?? 0;
  return cp > 0xffff ? 2 : 1;
}

/**
 * Split a Ludus source text into tokens. The result always ends with an `eof`
 * token. Throws a {@linkcode LudusError} (kind `"syntax"`) on the first character
 * that cannot start or continue a token.
 *
 * @example Usage
 * ```ts
 * import { Source } from "../errors/source.ts";
 * import { lex } from "./lexer.ts";
 * const tokens = lex(new Source("x.ld", "add (1, -2.5)"));
 * console.assert(tokens.map((t) => t.kind).join(" ") === "word ( number , number ) eof");
 * ```
 */
export function lex(source: Source): Token[] {
  const text = source.text;
  const n = text.length;
  const tokens: Token[] = [];
  const fail = (message: string, start: number, end: number, hint?: string): never => {
    throw new LudusError("syntax", message, source, { start, end: Math.max(end, start) }, {
      hint,
    });
  };
  const simple = (kind: SimpleToken["kind"], start: number, end: number): void => {
    tokens.push({ kind, span: { start, end } });
  };

  let i = n > 0 && text.charCodeAt(0) === BOM ? 1 : 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    switch (c) {
      case SPACE:
      case TAB:
        i++;
        continue;
      case CR: {
        // CR LF is one line end; a lone CR (old Mac files) is one too.
        const end = i + 1 < n && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
        tokens.push({ kind: "newline", value: "\n", span: { start: i, end } });
        i = end;
        continue;
      }
      case LF:
        tokens.push({ kind: "newline", value: "\n", span: { start: i, end: i + 1 } });
        i++;
        continue;
      case SEMI:
        tokens.push({ kind: "newline", value: ";", span: { start: i, end: i + 1 } });
        i++;
        continue;
      case AMP:
        while (i < n && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
        continue;
      case LPAREN:
        simple("(", i, ++i);
        continue;
      case RPAREN:
        simple(")", i, ++i);
        continue;
      case LBRACKET:
        simple("[", i, ++i);
        continue;
      case RBRACKET:
        simple("]", i, ++i);
        continue;
      case LBRACE:
        simple("{", i, ++i);
        continue;
      case RBRACE:
        simple("}", i, ++i);
        continue;
      case COMMA:
        simple(",", i, ++i);
        continue;
      case EQUALS:
        simple("=", i, ++i);
        continue;
      case GT:
        simple(">", i, ++i);
        continue;
      case HASH:
        if (text.charCodeAt(i + 1) === LBRACE) {
          simple("#{", i, i + 2);
          i += 2;
          continue;
        }
        fail("unexpected character `#`; a dict is written `#{:key value}`", i, i + 1);
        continue;
      case DOLLAR:
        if (text.charCodeAt(i + 1) === LBRACE) {
          simple("${", i, i + 2);
          i += 2;
          continue;
        }
        fail("unexpected character `$`; a set is written `${a, b}`", i, i + 1);
        continue;
      case DOT:
        if (text.charCodeAt(i + 1) === DOT && text.charCodeAt(i + 2) === DOT) {
          simple("...", i, i + 3);
          i += 3;
          continue;
        }
        if (isNameChar(text.charCodeAt(i - 1)) && isLower(text.charCodeAt(i + 1))) {
          // `person.name`, from another language.
          let a = i, b = i + 1;
          while (a > 0 && isNameChar(text.charCodeAt(a - 1))) a--;
          while (b < n && isNameChar(text.charCodeAt(b))) b++;
          const d = text.slice(a, i), k = text.slice(i + 1, b);
          fail(
            "unexpected character `.`",
            i,
            i + 1,
            `Ludus has no \`.\` to reach into a value: the value at the key :${k} is ` +
              `\`${d} :${k}\` (or \`get (:${k}, ${d})\`)`,
          );
        }
        fail(
          "unexpected character `.`; a splat is written with three dots, as in `...xs`",
          i,
          i + 1,
        );
        continue;
      case MINUS: {
        const next = text.charCodeAt(i + 1);
        if (next === GT) {
          simple("->", i, i + 2);
          i += 2;
          continue;
        }
        if (isDigit(next)) {
          i = lexNumber(text, i, tokens, fail);
          continue;
        }
        fail(
          "unexpected character `-`: Ludus has no operators, so a `-` must be directly " +
            "followed by a digit, as in `-1` (use `sub` or `neg` to subtract or negate)",
          i,
          i + 1,
        );
        continue;
      }
      case QUOTE:
        i = lexString(source, i, tokens, fail);
        continue;
      case COLON: {
        const start = i;
        if (!isLetter(text.charCodeAt(i + 1))) {
          // `a: 1` (a dict key as in JavaScript or Python) has a name right before it.
          const keyStyle = i > 0 && isNameChar(text.charCodeAt(i - 1));
          fail(
            "a `:` must be directly followed by a keyword name, as in `:ok`" +
              (keyStyle ? "; a dict is written `#{:a 1, :b 2}`, its keys keywords" : ""),
            i,
            i + 1,
          );
        }
        i += 2;
        while (i < n && isNameChar(text.charCodeAt(i))) i++;
        tokens.push({ kind: "keyword", value: text.slice(start + 1, i), span: { start, end: i } });
        continue;
      }
      case UNDERSCORE: {
        const start = i;
        i++;
        while (i < n && isNameChar(text.charCodeAt(i))) i++;
        if (i === start + 1) simple("placeholder", start, i);
        else tokens.push({ kind: "ignored", value: text.slice(start, i), span: { start, end: i } });
        continue;
      }
      default:
        break;
    }
    if (isDigit(c)) {
      i = lexNumber(text, i, tokens, fail);
      continue;
    }
    if (isLetter(c)) {
      const start = i;
      i++;
      while (i < n && isNameChar(text.charCodeAt(i))) i++;
      const name = text.slice(start, i);
      const reserved = isLower(c) ? RESERVED.get(name) : undefined;
      if (reserved !== undefined) simple(reserved, start, i);
      else tokens.push({ kind: "word", value: name, span: { start, end: i } });
      continue;
    }
    const op = OPERATOR_FUNCTIONS[text[i]];
    fail(
      `unexpected character ${describeChar(text, i)}` +
        (op ? `: Ludus has no operators; call a function instead, as in \`${op}\`` : ""),
      i,
      i + charWidth(text, i),
    );
  }
  tokens.push({ kind: "eof", span: { start: n, end: n } });
  return tokens;
}

type Fail = (message: string, start: number, end: number, hint?: string) => never;

/** Lex a number starting at `start` (a digit, or `-` before a digit); returns the end. */
function lexNumber(text: string, start: number, tokens: Token[], fail: Fail): number {
  const n = text.length;
  let i = start;
  if (text.charCodeAt(i) === MINUS) i++;
  let digits = start === i ? "" : "-";
  let segment = i;
  // Integer part: a digit, then digits and underscores.
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) i++;
    else if (c === UNDERSCORE) {
      digits += text.slice(segment, i);
      i++;
      segment = i;
    } else break;
  }
  digits += text.slice(segment, i);
  if (text.charCodeAt(i) === DOT) {
    if (isDigit(text.charCodeAt(i + 1))) {
      segment = i;
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) i++;
        else if (c === UNDERSCORE) {
          digits += text.slice(segment, i);
          i++;
          segment = i;
        } else break;
      }
      digits += text.slice(segment, i);
      if (text.charCodeAt(i) === DOT && isDigit(text.charCodeAt(i + 1))) {
        let end = i;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (isDigit(c) || c === DOT || c === UNDERSCORE) end++;
          else break;
        }
        fail(
          `\`${text.slice(start, end)}\` is not a number: a number has at most one decimal point`,
          start,
          end,
        );
      }
    } else if (text.charCodeAt(i + 1) !== DOT) {
      fail(
        `a decimal point must be followed by a digit: write \`${text.slice(start, i)}.0\` or \`${
          text.slice(start, i)
        }\``,
        start,
        i + 1,
      );
    }
  }
  if (i < n && isNameChar(text.charCodeAt(i))) {
    let end = i;
    while (end < n && isNameChar(text.charCodeAt(end))) end++;
    fail(
      `\`${
        text.slice(start, end)
      }\` is neither a number nor a name (names start with a lower-case letter); ` +
        "put a space or a comma after a number",
      start,
      end,
    );
  }
  const value = Number(digits);
  if (!Number.isFinite(value)) {
    fail(
      `\`${text.slice(start, Math.min(i, start + 20))}${
        i - start > 20 ? "…" : ""
      }\` is too big for a number: the largest Ludus number has 309 digits (about 1.8 × 10^308)`,
      start,
      i,
    );
  }
  tokens.push({ kind: "number", value, span: { start, end: i } });
  return i;
}

const INTERPOLATION_ERROR = "only a name may go between { and } in a string; use \\{ for a brace";

/**
 * What to write instead of the `{...}` at `open` in a string: `{ name }` without
 * the spaces; for `{count (xs)}`, the value bound to a name first.
 */
function interpolationHint(text: string, open: number): string | undefined {
  const close = text.indexOf("}", open);
  const lf = text.indexOf("\n", open), cr = text.indexOf("\r", open);
  const line = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
  const quote = text.indexOf('"', open);
  if (close < 0 || (line >= 0 && line < close) || (quote >= 0 && quote < close)) return undefined;
  const inside = text.slice(open + 1, close).trim();
  // `${x}`, from JavaScript: the `$` stays in the text.
  const dollar = text[open - 1] === "$" ? "no `$` is needed before `{`; " : "";
  if (/^[a-z][a-zA-Z0-9_/?!*]*$/.test(inside)) {
    return `${dollar}write \`{${inside}}\`${dollar ? "" : ", with no spaces"}`;
  }
  if (inside === "" || inside.length > 60) return dollar ? dollar.slice(0, -2) : undefined;
  return `${dollar}bind the value to a name first, as in \`let value = ${inside}\`, then write ` +
    "`{value}`";
}

/** Lex a string literal whose opening quote is at `start`; returns the end. */
function lexString(source: Source, start: number, tokens: Token[], fail: Fail): number {
  const text = source.text;
  const n = text.length;
  const parts: StringPart[] = [];
  let buf = "";
  let i = start + 1;
  let segment = i;
  for (;;) {
    if (i >= n) {
      fail('this string is never closed: it needs a `"` at its end', start, start + 1);
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      buf += text.slice(segment, i);
      if (buf !== "") parts.push(buf);
      i++;
      break;
    }
    if (c === BACKSLASH) {
      buf += text.slice(segment, i);
      if (i + 1 >= n) {
        fail('this string is never closed: it needs a `"` at its end', start, start + 1);
      }
      const e = text.charCodeAt(i + 1);
      switch (e) {
        case 110: // n
          buf += "\n";
          break;
        case 116: // t
          buf += "\t";
          break;
        case QUOTE:
          buf += '"';
          break;
        case BACKSLASH:
          buf += "\\";
          break;
        case LBRACE:
          buf += "{";
          break;
        default: {
          const w = charWidth(text, i + 1);
          const shown = e === LF || e === CR
            ? "`\\` at the end of a line"
            : `\`\\${text.slice(i + 1, i + 1 + w)}\``;
          fail(
            `unknown escape ${shown} in a string; the escapes are \\n, \\t, \\", \\\\ and \\{`,
            i,
            i + 1 + w,
          );
        }
      }
      i += 2;
      segment = i;
      continue;
    }
    if (c === LBRACE) {
      buf += text.slice(segment, i);
      let j = i + 1;
      if (isLower(text.charCodeAt(j))) {
        j++;
        while (j < n && isNameChar(text.charCodeAt(j))) j++;
        if (text.charCodeAt(j) === RBRACE) {
          if (buf !== "") parts.push(buf);
          buf = "";
          parts.push({ name: text.slice(i + 1, j), span: { start: i + 1, end: j } });
          i = j + 1;
          segment = i;
          continue;
        }
      }
      fail(INTERPOLATION_ERROR, i, Math.min(j + 1, n), interpolationHint(text, i));
    }
    if (c === CR) {
      // A line end in a string is "\n", whichever it is (CR LF, CR).
      buf += text.slice(segment, i) + "\n";
      i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      segment = i;
      continue;
    }
    i++;
  }
  tokens.push({ kind: "string", value: parts, span: { start, end: i } });
  return i;
}
