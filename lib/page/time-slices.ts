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

/**
 * A slice of work: between steps, `if (slice.spent()) await slice.pause();`. The check is a
 * clock read; only a spent slice awaits. (An `await` after every step — hundreds of pieces and
 * blocks per page, in code the page runs cold — cost the page more than the steps it separated.)
 */
export interface TimeSlice {
  /** True once this slice has used up its time. */
  spent(): boolean;
  /** Hand the thread back to the page, then start a new slice. */
  pause(): Promise<void>;
}

export function timeSlice(sliceMs: number): TimeSlice {
  let start = performance.now();
  return {
    spent: () => performance.now() - start > sliceMs,
    pause: async () => {
      await yieldToPage();
      start = performance.now();
    },
  };
}
