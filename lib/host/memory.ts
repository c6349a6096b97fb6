/**
 * The command's memory policy: on Linux with glibc, keep memory that is freed
 * for reuse instead of handing it back to the OS at every large `free`.
 *
 * Why (docs/notes/performance.md, "The glibc trim setting"): V8 compiles the
 * VM loop on a compiler thread, in several MB of malloc'd scratch memory, and
 * frees it on the main thread when it installs the code. glibc then trims the compiler thread's
 * arena with `madvise(MADV_DONTNEED)`, page by page, with a TLB flush: 0.5-0.8
 * ms of the main thread's time, inside a slice, once per run (and the memory
 * taken again later faults back in). Raising glibc's trim threshold (and fixing
 * its mmap threshold, which the same call stops adapting) takes that away.
 *
 * This is the command's choice, for its own process (`lib/host/command.ts` makes
 * it): the library (`mod.ts`) never changes how the program that imports it
 * allocates. It needs the `ffi` permission (`-A` has it); without it, on other
 * systems, or without glibc it does nothing. The call itself runs on Deno's
 * blocking thread pool, so the main thread pays only for opening libc (~1 ms).
 *
 * @module
 */

/** glibc's `mallopt` parameter numbers (malloc.h). */
const M_TRIM_THRESHOLD = -1;
const M_MMAP_THRESHOLD = -3;

/** Keep up to this much free memory at the top of an arena before trimming. */
const TRIM_THRESHOLD = 128 * 1024 * 1024;
/** Allocations at least this large get their own mapping (glibc's maximum). */
const MMAP_THRESHOLD = 32 * 1024 * 1024;

/**
 * Set glibc's trim and mmap thresholds for this process, if it can. Returns a
 * promise of whether both were set (false on other systems, without the `ffi`
 * permission, or when libc cannot be opened); nothing needs to wait for it.
 *
 * @example Usage
 * ```ts ignore
 * keepFreedMemory(); // once, at the start of the command
 * ```
 */
export function keepFreedMemory(): Promise<boolean> {
  if (Deno.build.os !== "linux" || Deno.build.env === "musl") return Promise.resolve(false);
  try {
    if (Deno.permissions.querySync({ name: "ffi" }).state !== "granted") {
      return Promise.resolve(false);
    }
    const libc = Deno.dlopen("libc.so.6", {
      mallopt: { parameters: ["i32", "i32"], result: "i32", nonblocking: true },
    });
    return libc.symbols.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
      .then(async (mmap) =>
        mmap === 1 && await libc.symbols.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD) === 1
      )
      .catch(() => false)
      .finally(() => libc.close());
  } catch {
    return Promise.resolve(false);
  }
}
