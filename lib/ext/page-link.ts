/**
 * lib/ext holds the only library code that calls the browser extension API; the engine
 * (lib/factbase, lib/recognise, lib/export) never does.
 *
 * The tab an extension page is about: the active tab, or `?tab=ID` when the page was opened
 * for a given tab (the context sheet, the class view opened from the popup, and tests, which
 * open extension pages as ordinary tabs). Asking the background or that tab goes through the
 * one typed client, lib/messaging/client.ts (re-exported here for the extension pages).
 */
export { askBackground, askPage } from '../messaging/client';

export async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}
