/**
 * lib/ext holds the only library code that calls the browser extension API; the engine
 * (lib/factbase, lib/recognise, lib/export) never does.
 *
 * Talking to the tab an extension page is about: the active tab, or `?tab=ID` when the page
 * was opened for a given tab (the context sheet, the class view opened from the popup, and
 * tests, which open extension pages as ordinary tabs).
 */
import type { Request } from '../messaging/messages';
import type { PageRequest } from '../messaging/page-messages';
import { unwrap, type Response } from '../messaging/reply';

export async function askBackground<T>(req: Request): Promise<T> {
  return unwrap(await (browser.runtime.sendMessage(req) as Promise<Response<T>>));
}

export async function askPage<T>(tabId: number, req: PageRequest): Promise<T> {
  return unwrap(await (browser.tabs.sendMessage(tabId, req) as Promise<Response<T>>));
}

export async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}
