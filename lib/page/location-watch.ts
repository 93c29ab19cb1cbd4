/**
 * Noticing that a single-page app showed a new "page" (pushState, back/forward, hash) without
 * a load. Acts on `location.href` itself, never on an event's word for it: WXT's location
 * event is a plain DOM event on the page's window that the page can dispatch as often as it
 * likes (each one closed the card and read the whole page again).
 */

interface NavigationLike {
  addEventListener(type: string, listener: () => void, options?: AddEventListenerOptions): void;
}

export function watchLocation(win: Window, signal: AbortSignal, onChange: (href: string) => void, pollMs = 1000): void {
  let last = win.location.href;
  const look = () => {
    if (signal.aborted) return;
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    // After the navigation committed; a dispatched copy finds the same URL and does nothing.
    navigation.addEventListener('navigatesuccess', look, { signal });
    win.addEventListener('popstate', look, { signal });
    win.addEventListener('hashchange', look, { signal });
    return;
  }
  // Without the Navigation API (Firefox ESR 140): look once a second.
  const timer = win.setInterval(look, pollMs);
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
}
