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

/**
 * True, and marks the page, when no live content script of this extension runs on it: none
 * claimed it, or the one that did belongs to an extension context that is gone (`alive`, kept
 * with the mark, says so).
 */
export function claimPage(alive: () => boolean = () => true): boolean {
  const g = globalThis as Flagged;
  const owner = g[RUNNING];
  if (typeof owner === 'function' && owner() === true) return false;
  g[RUNNING] = alive;
  return true;
}

/** The script stopped (site switched off): a later injection may start again. */
export function releasePage(): void {
  delete (globalThis as Flagged)[RUNNING];
}
