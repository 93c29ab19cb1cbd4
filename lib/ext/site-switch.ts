/**
 * Turning "Always on this site" off: stop the registered scripts, give the host permission
 * back, and take the highlights down in the site's open tabs.
 *
 * The open tabs are found first. `tabs.query({ url })` matches only tabs whose address the
 * extension may see, which for a site comes from the very host permission being removed: asked
 * afterwards, it found no tab, and the open pages kept their highlights until reloaded.
 */
import { siteScriptId, sitePattern, siteWorldScriptId } from './sites';

/** The parts of the extension API this needs (the real `browser`, or a fake in tests). */
export interface SiteSwitchApi {
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
  permissions: { remove(p: { origins: string[] }): Promise<boolean> };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  /** Tell one tab its site is off (the typed client's `askPage(id, { type: 'siteDisabled' })`). */
  tellSiteDisabled(tabId: number): Promise<unknown>;
}

export async function disableSite(api: SiteSwitchApi, origin: string): Promise<void> {
  const pattern = sitePattern(origin);
  const tabs = await api.tabs.query({ url: pattern }).catch(() => []);
  const ids = [siteScriptId(origin), siteWorldScriptId(origin)];
  const existing = await api.scripting.getRegisteredContentScripts({ ids });
  if (existing.length) await api.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  await api.permissions.remove({ origins: [pattern] }).catch(() => false);
  await Promise.all(tabs.map((t) => t.id !== undefined && api.tellSiteDisabled(t.id).catch(() => undefined)));
}
