import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * What a page can put in a content script's way: names reachable through the window's
 * prototype chain (an element's id, a form's or frame's name), never own properties of the
 * global object, where the browser installs the real API.
 */
describe('the extension API namespace', () => {
  const g = globalThis as Record<string, unknown>;
  const originalProto = Object.getPrototypeOf(globalThis);
  const saved = { browser: Object.getOwnPropertyDescriptor(g, 'browser'), chrome: Object.getOwnPropertyDescriptor(g, 'chrome') };

  afterEach(() => {
    Object.setPrototypeOf(globalThis, originalProto);
    for (const [name, d] of Object.entries(saved)) {
      delete g[name];
      if (d) Object.defineProperty(g, name, d);
    }
  });

  /** The page's named properties: a layer between the global object and its old prototype. */
  function pageNames(names: Record<string, unknown>): void {
    const layer = Object.create(originalProto);
    for (const [k, v] of Object.entries(names)) Object.defineProperty(layer, k, { get: () => v, configurable: true });
    Object.setPrototypeOf(globalThis, layer);
  }

  async function load() {
    vi.resetModules();
    return (await import('./browser-namespace')).browser as unknown;
  }

  it('ignores a page form named "browser" whose input is named "runtime" (it looks like the API)', async () => {
    delete g.browser;
    const chrome = { runtime: { id: 'the-extension' } };
    g.chrome = chrome;
    // <form name="browser"><input name="runtime" id="x"></form>: form.runtime.id === "x".
    pageNames({ browser: { runtime: { id: 'x' } } });
    expect(await load()).toBe(chrome);
  });

  it('never reads a property of a page-named object (a cross-origin frame throws on any)', async () => {
    delete g.browser;
    const chrome = { runtime: { id: 'the-extension' } };
    g.chrome = chrome;
    const frame = new Proxy({}, { get: () => { throw new Error('SecurityError: cross-origin frame'); } });
    pageNames({ browser: frame });
    expect(await load()).toBe(chrome);
  });

  it('prefers an own `browser` with a runtime id (Firefox, recent Chromium)', async () => {
    const browser = { runtime: { id: 'the-extension' } };
    g.browser = browser;
    g.chrome = { runtime: { id: 'the-extension' } };
    expect(await load()).toBe(browser);
  });
});
