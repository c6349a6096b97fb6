/// <reference lib="dom" />
/**
 * The editor: CodeMirror 6 (bundled from npm when the site is built) with the
 * Ludus mode (`ludus_mode.ts`), line numbers, bracket matching, indentation,
 * the validator's errors underlined as you type (message and hint on hover),
 * and completion of prelude names with their docstrings.
 *
 * @module
 */

import { basicSetup, EditorView } from "npm:codemirror@^6.0.2";
import { EditorSelection, EditorState } from "npm:@codemirror/state@^6";
import { indentUnit, StreamLanguage } from "npm:@codemirror/language@^6";
import { type Diagnostic, linter, setDiagnostics } from "npm:@codemirror/lint@^6";
import {
  autocompletion,
  type CompletionContext,
  type CompletionResult,
} from "npm:@codemirror/autocomplete@^6";
import { keymap } from "npm:@codemirror/view@^6";
import { ludusMode } from "./ludus_mode.ts";
import type { ErrorInfo, PreludeEntry } from "../lib/host/worker_protocol.ts";

/** What the editor needs from the page. */
export interface EditorOptions {
  /** The element it goes in. */
  parent: HTMLElement;
  /** The text it starts with. */
  doc: string;
  /** The errors compiling this text finds (the checker worker answers). */
  check(text: string): Promise<ErrorInfo[]>;
  /** Called after every change, with the text. */
  changed(text: string): void;
  /** Ctrl+Enter (Cmd+Enter): run. */
  run(): void;
}

/** The editor on the page. */
export class Editor {
  readonly view: EditorView;
  #prelude: PreludeEntry[] = [];

  constructor(opts: EditorOptions) {
    const complete = (ctx: CompletionContext): CompletionResult | null => {
      const word = ctx.matchBefore(/[a-z][A-Za-z0-9_/?!*]*/);
      if (word === null || (word.from === word.to && !ctx.explicit)) return null;
      return {
        from: word.from,
        options: this.#prelude.map((e) => ({
          label: e.name,
          type: "function",
          info: e.doc,
        })),
        validFor: /^[A-Za-z0-9_/?!*]*$/,
      };
    };
    const lint = async (view: EditorView): Promise<Diagnostic[]> => {
      const text = view.state.doc.toString();
      const errors = await opts.check(text);
      if (view.state.doc.toString() !== text) return []; // edited since: a newer check follows
      return errors.flatMap((e) => diagnostic(e, text));
    };
    this.view = new EditorView({
      parent: opts.parent,
      state: EditorState.create({
        doc: opts.doc,
        extensions: [
          keymap.of([{
            key: "Mod-Enter",
            run: () => {
              opts.run();
              return true;
            },
          }]),
          basicSetup,
          StreamLanguage.define(ludusMode),
          indentUnit.of("  "),
          autocompletion({ override: [complete] }),
          linter(lint, { delay: 300 }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) opts.changed(u.state.doc.toString());
          }),
          EditorView.lineWrapping,
        ],
      }),
    });
  }

  /** The prelude's names and docs, for completion. */
  set prelude(entries: PreludeEntry[]) {
    this.#prelude = entries;
  }

  /** The text. */
  get text(): string {
    return this.view.state.doc.toString();
  }

  /** Replace the whole text. */
  set text(doc: string) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: doc } });
  }

  /** Underline where a run's error points (until the next edit). */
  markError(e: ErrorInfo): void {
    this.view.dispatch(setDiagnostics(this.view.state, diagnostic(e, this.text)));
  }

  /** Put the cursor at a 1-based line and column, scroll there, and focus. */
  goto(line: number, column = 1): void {
    const doc = this.view.state.doc;
    const l = doc.line(Math.max(1, Math.min(line, doc.lines)));
    const pos = Math.min(l.from + Math.max(0, column - 1), l.to);
    this.view.dispatch({
      selection: EditorSelection.cursor(pos),
      effects: EditorView.scrollIntoView(pos, { y: "center" }),
    });
    this.view.focus();
  }
}

/** The editor's mark for an error: its span, its message and hint; none if it points nowhere. */
function diagnostic(e: ErrorInfo, text: string): Diagnostic[] {
  if (e.from === null) return [];
  const from = Math.min(e.from, text.length);
  const to = Math.min(Math.max(e.to ?? from, from + 1), text.length);
  return [{
    from,
    to: Math.max(from, to),
    severity: "error",
    message: e.hint ? `${e.message}\nhint: ${e.hint}` : e.message,
    source: e.kind === "syntax"
      ? "Ludus could not read this"
      : e.kind === "validation"
      ? "Ludus found a problem before running"
      : "Ludus panicked here",
  }];
}
