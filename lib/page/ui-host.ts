/**
 * The extension's only node in the page: `<migration-lens-ui>` with a closed shadow root.
 *
 * The host lives in the page's DOM, so the page's CSS and scripts can reach the element
 * itself (never its closed root). It is made hard to hide or cover:
 *
 * - an inline style with `!important` on every property that could hide or move it: an
 *   inline `!important` declaration beats any `!important` rule in the page's style sheets
 *   (`migration-lens-ui { display: none !important }`, `* { all: unset !important }`);
 * - it is shown as a manual popover, which puts it in the browser's top layer: above every
 *   `z-index` the page can set, and out of reach of ancestors' clipping and transforms;
 * - if the page removes it, it is put back; if the page changes its attributes (a style of its
 *   own, `hidden`, `inert`, the popover attribute) they are set back, and if it closes the
 *   popover it is shown again; all of this at most `maxReattach` times per page, so a page
 *   that keeps fighting cannot make the extension loop.
 *
 * All attributes are set before the host is inserted, so the page observes exactly one
 * change: the host being added.
 */

const HOST_TAG = 'migration-lens-ui';

/** Inline style of the host: everything reset, then what the UI needs, all `!important`. */
export const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: 0 auto auto 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'contain: none',
  'z-index: 2147483647',
  'background: transparent',
]
  .map((d) => `${d} !important`)
  .join('; ');

export interface UiHost {
  host: HTMLElement;
  mount: HTMLElement;
  /** How often the host was put back after the page removed it. */
  readonly reattached: number;
  /** The UI's styles (given when the UI's code arrives: the host is there from the start). */
  setStyles(css: string): void;
  /** Take the host out of the page for good (site switched off, extension unloaded). */
  remove(): void;
}

export interface UiHostOptions {
  /** Most re-attaches per page; after that the page wins and the UI stays away. */
  maxReattach?: number;
}

function supportsPopover(el: HTMLElement): boolean {
  return typeof (el as HTMLElement & { showPopover?: unknown }).showPopover === 'function';
}

/** Into the top layer, if the browser has one; harmless to call when already there. */
function raise(host: HTMLElement): void {
  if (!supportsPopover(host) || !host.isConnected) return;
  try {
    if (!host.matches(':popover-open')) host.showPopover();
  } catch {
    // e.g. the document is being torn down; the inline style still keeps the host visible.
  }
}

export function createUiHost(doc: Document, css = '', options: UiHostOptions = {}): UiHost {
  const maxReattach = options.maxReattach ?? 20;
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  if (supportsPopover(host)) host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  mount.className = 'layer';
  shadow.append(style, mount);
  doc.documentElement.append(host);
  raise(host);

  let reattached = 0;
  let removed = false;
  let observed: Node | null = null;
  const popover = host.getAttribute('popover');
  /** Our attributes exactly as set, nothing else. */
  const attributesIntact = () =>
    host.getAttribute('style') === HOST_STYLE && host.getAttribute('popover') === popover && host.attributes.length === (popover === null ? 1 : 2);
  const restoreAttributes = () => {
    for (const name of host.getAttributeNames()) if (name !== 'style' && name !== 'popover') host.removeAttribute(name);
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    if (popover !== null && host.getAttribute('popover') !== popover) host.setAttribute('popover', popover);
  };
  /** One more repair, if the page has not used them all up. */
  const repair = (fix: () => void): void => {
    if (removed) return;
    if (reattached >= maxReattach) {
      observer.disconnect();
      attributeObserver.disconnect();
      host.removeEventListener('toggle', onToggle);
      return;
    }
    reattached++;
    fix();
  };
  const observer = new MutationObserver(() => {
    if (removed || host.parentNode === doc.documentElement) return;
    repair(() => {
      doc.documentElement.append(host);
      raise(host);
      watch();
    });
  });
  const attributeObserver = new MutationObserver(() => {
    if (removed || attributesIntact()) return;
    repair(() => {
      restoreAttributes();
      raise(host);
    });
  });
  attributeObserver.observe(host, { attributes: true });
  // The page closed the popover (hidePopover, or a light dismiss it triggered): show it again.
  const onToggle = (e: Event) => {
    if ((e as Event & { newState?: string }).newState !== 'closed' || !host.isConnected) return;
    repair(() => raise(host));
  };
  host.addEventListener('toggle', onToggle);
  // The host's parent is the root element; watch its children (and the document, in case
  // the page swaps the root element itself).
  const watch = () => {
    if (observed === doc.documentElement) return;
    observer.disconnect();
    observed = doc.documentElement;
    observer.observe(doc, { childList: true });
    if (observed) observer.observe(observed, { childList: true });
  };
  watch();

  return {
    host,
    mount,
    get reattached() {
      return reattached;
    },
    setStyles(css) {
      if (style.textContent !== css) style.textContent = css;
    },
    remove() {
      removed = true;
      observer.disconnect();
      attributeObserver.disconnect();
      host.removeEventListener('toggle', onToggle);
      host.remove();
    },
  };
}
