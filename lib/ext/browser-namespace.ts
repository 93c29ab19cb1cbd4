/**
 * The extension API namespace (`browser` in Firefox, `chrome`, and lately also `browser`, in
 * Chromium), found without trusting the page.
 *
 * Replaces `@wxt-dev/browser` in every bundle (see `wxt.config.ts`), whose one line reads
 * `globalThis.browser?.runtime?.id`. In a content script's isolated world the window's named
 * properties are visible too, so a page with `<iframe name="browser">` hands that line the
 * frame's window: reading `.runtime` of a cross-origin frame crashed the tab's renderer
 * (Chromium 156), and of a same-origin frame left the content script without its API. The
 * browser installs the real namespaces as the global object's own properties, while an
 * element's id or a frame's name only ever comes from the prototype chain, so only own
 * properties are read here.
 */
import type { Browser } from '@wxt-dev/browser';

type Namespace = typeof Browser;

function ownGlobal(name: string): Namespace | undefined {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  if (!d) return undefined;
  const value: unknown = 'value' in d ? d.value : d.get?.call(globalThis);
  return value && typeof value === 'object' ? (value as Namespace) : undefined;
}

const webExtension = ownGlobal('browser');

export const browser: Namespace = (webExtension?.runtime?.id ? webExtension : ownGlobal('chrome')) as Namespace;
