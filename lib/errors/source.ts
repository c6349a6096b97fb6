/**
 * A source text and positions in it: every token, syntax node, instruction and
 * error points into one of these with a {@linkcode Span}, and the one
 * {@linkcode Source.position} turns an offset into a line and column.
 *
 * @module
 */

/** A half-open range `[start, end)` of UTF-16 offsets into a source text. */
export interface Span {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** A source text with its name (a path or URL) and a line index. */
export class Source {
  /** Where the text came from: a file path, a URL, `<stdin>`, `<prelude>`. */
  readonly name: string;
  /** The text itself. */
  readonly text: string;
  /** The URL the text came from (`file:` or `https:`), for resolving imports. */
  readonly url: string | null;
  #lineStarts: number[] | null = null;

  /**
   * Index a source text by line (lazily: only errors and observers need it).
   *
   * @example Usage
   * ```ts
   * import { Source } from "./source.ts";
   * const src = new Source("x.ld", "a\nbc\rd");
   * console.assert(src.position(3).line === 2 && src.position(5).line === 3);
   * ```
   */
  constructor(name: string, text: string, url: string | null = null) {
    this.name = name;
    this.text = text;
    this.url = url;
  }

  /**
   * Offsets at which each line starts (line 1 starts at 0). A line ends at LF,
   * CR LF or a lone CR, as the lexer reads them.
   */
  get lineStarts(): number[] {
    if (this.#lineStarts === null) {
      const starts = [0];
      const text = this.text;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
      this.#lineStarts = starts;
    }
    return this.#lineStarts;
  }

  /** The 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const next = this.lineStarts[line];
    let end = next === undefined ? this.text.length : next;
    // Drop the line's ending: LF, CR LF or CR.
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
}
