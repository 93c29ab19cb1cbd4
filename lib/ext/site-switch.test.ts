import { describe, expect, it } from 'vitest';
import { disableSite, type SiteSwitchApi } from './site-switch';

/**
 * A browser as far as this needs one: a tab's address is visible to `tabs.query` only while
 * the extension holds a host permission for it (no "tabs" permission, as in the store build).
 */
function fakeBrowser() {
  const granted = new Set(['https://nos.nl/*']);
  const scripts = new Set(['site:https://nos.nl', 'world:https://nos.nl']);
  const tabs = [
    { id: 1, url: 'https://nos.nl/artikel/1' },
    { id: 2, url: 'https://nos.nl/artikel/2' },
    { id: 3, url: 'https://example.org/' },
  ];
  const told: number[] = [];
  const api: SiteSwitchApi = {
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => ids.filter((id) => scripts.has(id)).map((id) => ({ id })),
      unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => scripts.delete(id)),
    },
    permissions: { remove: async ({ origins }) => origins.every((o) => granted.delete(o)) },
    tabs: { query: async ({ url }) => (granted.has(url) ? tabs.filter((t) => t.url.startsWith(url.slice(0, -1))) : []) },
    tellSiteDisabled: async (id) => void told.push(id),
  };
  return { api, told, granted, scripts };
}

describe('turning a site off', () => {
  it("takes the highlights down in the site's open tabs, and only there", async () => {
    const b = fakeBrowser();
    await disableSite(b.api, 'https://nos.nl');
    expect(b.told.sort()).toEqual([1, 2]);
    expect(b.granted.size).toBe(0);
    expect(b.scripts.size).toBe(0);
  });
});
