/**
 * Annotating one tab now, by injecting the content script (the toolbar button, the keyboard
 * shortcut, the popup on a page not annotated yet, a site just switched on).
 */
import { HIGHLIGHTS_CSS_FILE } from '../page/highlights';

/** The content script as the build emits it, and the highlight styles it paints with. */
export const CONTENT_SCRIPT = '/content-scripts/content.js';
export const HIGHLIGHTS_CSS = `/${HIGHLIGHTS_CSS_FILE}`;

export async function injectContentScript(tabId: number): Promise<void> {
  // The highlight styles first, as a stylesheet (no restyle of the page when painting).
  await browser.scripting.insertCSS({ target: { tabId }, files: [HIGHLIGHTS_CSS] }).catch(() => undefined);
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}
