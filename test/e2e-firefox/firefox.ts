/**
 * The Firefox side of the e2e tests: a system Firefox (FIREFOX_PATH, or Debian's firefox-esr),
 * driven over WebDriver BiDi by puppeteer-core, with the test build installed as a temporary
 * add-on. Nothing here downloads a browser or a driver: Firefox speaks BiDi itself, so no
 * geckodriver is needed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireFirefox } from '../../tools/browser';

/** The unpacked Firefox test build (npm run build:test:firefox). */
export const FIREFOX_TEST_BUILD_DIR = resolve('.output/firefox-mv3-test');

/** The raw BiDi connection under puppeteer, for the commands it has no API for. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: any }>;
}

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  bidi: BidiConnection;
  close(): Promise<void>;
}

/**
 * Starts headless Firefox on a fresh, throw-away profile and installs the extension as a
 * temporary add-on with BiDi `webExtension.install` (what about:debugging's "Load Temporary
 * Add-on" does; unsigned add-ons are allowed that way, also in release and ESR builds).
 */
export async function launchFirefoxWithExtension(extensionDir: string): Promise<FirefoxSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox test build in ${extensionDir}: run "npm run build:test:firefox" first.`);
  }
  const executablePath = requireFirefox();
  const profile = mkdtempSync(join(tmpdir(), 'ml-e2e-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // The same reader as in the Chromium tests: a Dutch browser, so the card speaks Dutch.
      'intl.accept_languages': 'nl-NL, nl',
      'intl.locale.requested': 'nl-NL',
      // No outside network here, and none wanted: no updates, studies or telemetry.
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'app.normandy.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  try {
    const addonId = await browser.installExtension(extensionDir);
    const bidi = (browser as unknown as { connection: BidiConnection }).connection;
    return {
      browser,
      addonId,
      bidi,
      close: async () => {
        await browser.close().catch(() => {});
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** The BiDi browsing-context id of a page (its top-level document). */
export function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
}

export interface ExtensionUi {
  /** The rendered text (innerText) of everything in the UI host's shadow root but styles. */
  text: string;
  /** The box of the visible UI, in viewport coordinates; null when nothing is drawn. */
  box: { left: number; top: number; width: number; height: number } | null;
}

/**
 * What the extension shows in the page. Its UI lives in a closed shadow root, which page
 * scripts (and puppeteer's selectors) cannot enter. BiDi can: serialising the host with
 * `includeShadowTree: "all"` hands back a reference to the closed root, which we then pass
 * into a function run in the page to read the rendered text and the drawn box. (Firefox
 * does not list content-script realms in `script.getRealms`, so this is the way in.)
 */
export async function extensionUi(session: FirefoxSession, page: Page): Promise<ExtensionUi | null> {
  const context = contextOf(page);
  const { result: host } = await session.bidi.send('script.evaluate', {
    expression: 'document.querySelector("migration-lens-ui")',
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  if (host.type !== 'success') throw new Error(`Reading the UI host failed: ${JSON.stringify(host)}`);
  const root = host.result?.type === 'node' ? host.result.value?.shadowRoot : null;
  if (!root?.sharedId) return null;
  const { result } = await session.bidi.send('script.callFunction', {
    functionDeclaration: String((shadow: ShadowRoot) => {
      const parts: string[] = [];
      let box: { left: number; top: number; right: number; bottom: number } | null = null;
      for (const child of Array.from(shadow.children)) {
        if (child.localName === 'style') continue;
        parts.push((child as HTMLElement).innerText);
      }
      for (const el of Array.from(shadow.querySelectorAll('*'))) {
        const r = el.getBoundingClientRect();
        if (el.localName === 'style' || r.width === 0 || r.height === 0) continue;
        box = box
          ? { left: Math.min(box.left, r.left), top: Math.min(box.top, r.top), right: Math.max(box.right, r.right), bottom: Math.max(box.bottom, r.bottom) }
          : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }
      return JSON.stringify({
        text: parts.join(' ').replace(/\s+/g, ' ').trim(),
        box: box && { left: box.left, top: box.top, width: box.right - box.left, height: box.bottom - box.top },
      });
    }),
    arguments: [{ sharedId: root.sharedId }],
    target: { context },
    awaitPromise: false,
  });
  if (result.type !== 'success') throw new Error(`Reading the UI failed: ${JSON.stringify(result)}`);
  return JSON.parse(result.result.value) as ExtensionUi;
}

/** Viewport centre of the first occurrence of `text` in the page's own text. */
export async function pointOfText(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(needle);
      if (i < 0) continue;
      (n as Text).parentElement?.scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + needle.length);
      const box = r.getClientRects()[0];
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}
