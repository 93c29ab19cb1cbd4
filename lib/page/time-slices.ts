/**
 * Time slicing for work on the page's main thread: do a stretch of work, then hand the thread
 * back so the page stays responsive. Generic (nothing about annotations), so kept apart from the
 * annotator that uses it for both full scans and the re-reading of changed parts.
 */

/** Hands the main thread back to the page between slices of work. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A slice of work: call `breathe()` between steps; it yields when the slice is used up. */
export function slices(sliceMs: number): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start <= sliceMs) return;
    await yieldToPage();
    start = performance.now();
  };
}
