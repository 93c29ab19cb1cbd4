import { describe, expect, it, vi } from 'vitest';
import { watchLocation } from './location-watch';

/** A window with a Navigation API whose events anyone can dispatch, as on a real page. */
function fakeWindow(href: string) {
  const win = new EventTarget() as EventTarget & { location: { href: string }; navigation: EventTarget };
  win.location = { href };
  win.navigation = new EventTarget();
  return win;
}

describe('watching the location of a single-page app', () => {
  it('reports a real change of URL once', () => {
    const win = fakeWindow('https://news.example/a');
    const seen = vi.fn();
    watchLocation(win as unknown as Window, new AbortController().signal, seen);
    win.location.href = 'https://news.example/b';
    win.navigation.dispatchEvent(new Event('navigatesuccess'));
    win.dispatchEvent(new Event('popstate'));
    expect(seen.mock.calls).toEqual([['https://news.example/b']]);
  });

  it('ignores navigation events the page dispatches without going anywhere', () => {
    const win = fakeWindow('https://news.example/a');
    const seen = vi.fn();
    watchLocation(win as unknown as Window, new AbortController().signal, seen);
    for (let i = 0; i < 5; i++) {
      win.navigation.dispatchEvent(new Event('navigatesuccess'));
      win.dispatchEvent(new Event('hashchange'));
    }
    expect(seen).not.toHaveBeenCalled();
  });

  it('stops with its signal', () => {
    const win = fakeWindow('https://news.example/a');
    const seen = vi.fn();
    const stop = new AbortController();
    watchLocation(win as unknown as Window, stop.signal, seen);
    stop.abort();
    win.location.href = 'https://news.example/b';
    win.navigation.dispatchEvent(new Event('navigatesuccess'));
    expect(seen).not.toHaveBeenCalled();
  });
});
