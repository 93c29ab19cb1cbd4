/**
 * Who may ask the background what. A content script runs in every enabled site's renderer, the
 * part of the browser a hostile page attacks first; code that gets into its world (a renderer
 * bug, or a page on an enabled site that finds a way in) must not be able to replace the
 * definitions every tab shows, read the user's notes or change settings. So a content script
 * gets what annotating a page needs — its text recognised, what its annotations' cards, list
 * lines and export say, the card's code, the settings, and adding a note from a card — and
 * everything else is answered only to the extension's own pages (popup, options, side panel,
 * sheet), recognised by the URL the browser reports for the sender. (A content script no
 * longer gets the fact base itself: recognition runs in the background.)
 */
import type { RequestType } from './to-background';

/** What a content script asks for. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'recognise',
  'cards',
  'listLines',
  'pillarHeadings',
  'pageReport',
  'loadCardUi',
  'getSettings',
  'setNote',
]);

/** The parts of a `runtime.MessageSender` the decision rests on (filled in by the browser). */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
}

/** This extension: its id and its pages' origin (`chrome-extension://<id>`, `moz-extension://<uuid>`). */
export interface ExtensionIdentity {
  id: string;
  origin: string;
}

/**
 * `scheme://host` of a URL. Not `URL.origin`: for schemes the URL standard does not know
 * (`chrome-extension:`, `moz-extension:`) that is "null" outside the browser that owns them.
 */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

/** True for a page of this extension: this extension's id, and a URL on its origin. */
export function isExtensionPage(sender: unknown, extension: ExtensionIdentity): boolean {
  if (!sender || typeof sender !== 'object') return false;
  const s = sender as Sender;
  if (s.id !== extension.id || typeof s.url !== 'string') return false;
  if (originOf(s.url) !== extension.origin) return false;
  // Chromium also reports the sender's origin; when it does, it must agree.
  return s.origin === undefined || s.origin === extension.origin;
}

/** Why a request is refused to this sender, or null when it may be answered. */
export function refusal(type: string, sender: unknown, extension: ExtensionIdentity): string | null {
  if (CONTENT_SCRIPT_REQUESTS.has(type as RequestType) || isExtensionPage(sender, extension)) return null;
  return `"${type}" is answered only to the extension's own pages (popup, options, side panel), not to a content script or a web page.`;
}
