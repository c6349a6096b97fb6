/**
 * Saving and sharing a program: `#code=` links (the program's UTF-8 bytes in
 * base64url, so a link carries any text exactly) and the autosave slot in
 * localStorage.
 *
 * @module
 */

/**
 * The base64url text (RFC 4648 §5, no padding) of a string's UTF-8 bytes.
 *
 * @example Usage
 * ```ts
 * import { decodeCode, encodeCode } from "./share.ts";
 * console.assert(decodeCode(encodeCode("print! (\"héllo 🐢\")")) === "print! (\"héllo 🐢\")");
 * console.assert(encodeCode("??>") === "Pz8-");
 * ```
 */
export function encodeCode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The text whose UTF-8 bytes `code` holds in base64url; null if it is not valid. */
export function decodeCode(code: string): string | null {
  try {
    const b64 = code.replace(/-/g, "+").replace(/_/g, "/");
    const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The program a location's hash opens (`#code=…`), or null. */
export function codeFromHash(hash: string): string | null {
  const m = /(?:^#|&)code=([A-Za-z0-9_-]*)/.exec(hash);
  return m ? decodeCode(m[1]) : null;
}

/** A link that opens `text`: the page's address with `#code=`. */
export function shareLink(pageUrl: string, text: string): string {
  return `${pageUrl.replace(/#.*$/, "")}#code=${encodeCode(text)}`;
}

/** Where the editor's text is autosaved. */
export const AUTOSAVE_KEY = "ludus.program";

/** The autosaved program, if any (null when storage is unavailable). */
export function loadSaved(storage: Storage | undefined = globalThis.localStorage): string | null {
  try {
    return storage?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Autosave the program (quietly does nothing when storage is full or unavailable). */
export function save(text: string, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(AUTOSAVE_KEY, text);
  } catch { /* storage full or disabled: the program is still in the editor */ }
}
