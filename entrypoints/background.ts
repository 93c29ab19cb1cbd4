/**
 * Background (a service worker in Chrome, an event page in Firefox): owns the fact-base
 * database (extension origin), recognises the text pages send (the engine and the compiled
 * lexicon stay here, warm across pages), keeps the reader's settings and the per-site opt-in,
 * and answers the other parts' messages. The logic lives in lib/; this file wires it to the
 * browser's APIs.
 */
import { bundledPackVersions } from '../lib/factbase/bundled-meta';
import { loadPackagedPacks } from '../lib/ext/packaged-packs';
import { FactBaseService } from '../lib/background/factbase-service';
import { askPage } from '../lib/messaging/client';
import { factBaseHandlers } from '../lib/messaging/factbase-handlers';
import { pageWorkHandlers } from '../lib/messaging/page-work-handlers';
import { PageWork } from '../lib/background/page-work';
import { warmUp } from '../lib/recognise/warm-up';
import { handleBackgroundMessage, type BackgroundHandlers } from '../lib/messaging/to-background';
import { parseSettings, SETTINGS_KEY, type Settings } from '../lib/ext/settings';
import { originFromScriptId, siteScriptId, sitePattern, siteWorldScriptId } from '../lib/ext/sites';
import { CONTENT_SCRIPT, HIGHLIGHTS_CSS, injectContentScript } from '../lib/ext/inject';
import { originOf } from '../lib/messaging/sender-policy';
import { disableSite } from '../lib/ext/site-switch';
import { sessionCache } from '../lib/ext/session-cache';

/** The card and list UI, put into a page's frame the first time the reader points at it. */
const CARD_UI_SCRIPT = '/card-ui.js';
/** Empty, at document_start: sets the content script's world up before the page has elements. */
const EARLY_WORLD_SCRIPT = '/early-world.js';

async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

async function enabledSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts
    .map((s) => originFromScriptId(s.id))
    .filter((o): o is string => !!o)
    .sort();
}

/**
 * Register the early-world script of every enabled site that lacks it (sites enabled by a
 * version before it existed, or a registration the browser lost).
 */
async function ensureWorldScripts(): Promise<void> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  const ids = new Set(scripts.map((s) => s.id));
  const missing = scripts
    .map((s) => originFromScriptId(s.id))
    .filter((o): o is string => !!o && !ids.has(siteWorldScriptId(o)));
  if (!missing.length) return;
  await browser.scripting.registerContentScripts(
    missing.map((origin) => ({ id: siteWorldScriptId(origin), matches: [sitePattern(origin)], js: [EARLY_WORLD_SCRIPT], runAt: 'document_start' as const, persistAcrossSessions: true })),
  );
}

/** Put the card UI into the frame of the content script that asked (its tab and frame, as the browser reports them). */
async function loadCardUi(sender: unknown): Promise<void> {
  const s = sender as { tab?: { id?: number }; frameId?: number };
  const tabId = s.tab?.id;
  if (tabId === undefined) throw new Error('The card UI goes only into a page.');
  await browser.scripting.executeScript({ target: { tabId, frameIds: [s.frameId ?? 0] }, files: [CARD_UI_SCRIPT] });
}

export default defineBackground(() => {
  const service = new FactBaseService(loadPackagedPacks, undefined, { session: sessionCache(), bundledVersions: bundledPackVersions });
  const pageWork = new PageWork(service);
  // While the fact base is being read (the worker waits for storage), compile the engine's code,
  // unless a page can already be read (its own text warms the code then).
  setTimeout(() => pageWork.canRead || warmUp(), 0);

  const handlers: BackgroundHandlers = {
    ...factBaseHandlers(service),
    ...pageWorkHandlers(pageWork, loadCardUi),
    getSettings: () => readSettings(),
    setSettings: async (req) => {
      const next = parseSettings({ ...(await readSettings()), ...req.settings });
      await browser.storage.local.set({ [SETTINGS_KEY]: next });
      return next;
    },
    listSites: () => enabledSites(),
    enableSite: async (req) => {
      // The popup asked for the host permission (it needs the user's click); without it
      // registration would fail, so check and say so plainly.
      const pattern = sitePattern(req.origin);
      if (!(await browser.permissions.contains({ origins: [pattern] }))) {
        throw new Error(`No permission for ${req.origin}; it must be granted from the popup.`);
      }
      const id = siteScriptId(req.origin);
      const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
      if (!existing.length) {
        await browser.scripting.registerContentScripts([
          { id, matches: [pattern], js: [CONTENT_SCRIPT], css: [HIGHLIGHTS_CSS], runAt: 'document_idle', persistAcrossSessions: true },
        ]);
      }
      await ensureWorldScripts();
      if (req.tabId !== undefined) await injectContentScript(req.tabId).catch(() => undefined);
      return enabledSites();
    },
    disableSite: async (req) => {
      // Its open tabs are found before the host permission goes (lib/ext/site-switch.ts).
      const api = { scripting: browser.scripting, permissions: browser.permissions, tabs: browser.tabs };
      await disableSite({ ...api, tellSiteDisabled: (tabId) => askPage(tabId, { type: 'siteDisabled' }) }, req.origin);
      return enabledSites();
    },
  };

  // Open tabs use a new or changed pack (or note) at once: tell every annotated tab.
  service.onChange(async ({ kind }) => {
    const tabs = await browser.tabs.query({}).catch(() => []);
    await Promise.all(
      tabs.map((t) => t.id !== undefined && askPage(t.id, { type: 'factBaseChanged', kind }).catch(() => undefined)),
    );
  });

  browser.runtime.onInstalled.addListener(() => {
    // The service installs or updates the bundled packs when it starts; this only makes
    // sure that has finished before the first page asks.
    void service.ready;
    void ensureWorldScripts().catch(() => undefined);
  });

  // Content scripts get only what a page needs; the rest only the extension's own pages.
  const self = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/')) ?? '' };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleBackgroundMessage(message, handlers, sender, self).then(sendResponse);
    return true; // answer asynchronously
  });

  // The keyboard shortcut opens the annotation list; on a page that is not annotated yet,
  // the shortcut grants activeTab, so annotate it first.
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== 'open-annotation-list' || tab?.id === undefined) return;
    try {
      await askPage(tab.id, { type: 'openList' });
    } catch {
      await injectContentScript(tab.id);
      setTimeout(() => askPage(tab.id!, { type: 'openList' }).catch(() => undefined), 500);
    }
  });
});
