/**
 * "The content script already runs on this page", for the toolbar button, which may inject it
 * into a page where it runs.
 *
 * Kept under a symbol from the isolated world's own symbol registry. A string-named global
 * would not do: an element's id (or a form's, image's or frame's name) is visible in the
 * content script's world as a property of the window (DOM clobbering), so
 * `<div id="__migrationLensActive">` made a truthy flag and switched the extension off on
 * that page. The page's scripts cannot reach this world's symbols, and markup makes none.
 */
const RUNNING = Symbol.for('migration-lens.running');

type Flagged = { [RUNNING]?: unknown };

/** True, and marks the page, when no content script of this extension runs on it yet. */
export function claimPage(): boolean {
  const g = globalThis as Flagged;
  if (g[RUNNING] === true) return false;
  g[RUNNING] = true;
  return true;
}

/** The script stopped (site switched off): a later injection may start again. */
export function releasePage(): void {
  delete (globalThis as Flagged)[RUNNING];
}
