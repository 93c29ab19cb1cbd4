/**
 * Zero network: a full user journey, and not one request by the extension.
 *
 * Three nets, so that nothing the service worker, the content script or an extension page
 * sends can slip through:
 * 1. every page's requests as Playwright sees them (web pages and extension pages), each
 *    attributed to the page that made it;
 * 2. the local fixture server logs every request it receives (the content script and the
 *    service worker hold host permission for 127.0.0.1 in the test build, so a request of
 *    theirs to it would show up here);
 * 3. the browser runs behind a recording proxy, and host names cannot be resolved: any
 *    request to anywhere but the loopback address, from any part of the browser, reaches the
 *    proxy and is recorded (and refused).
 * The journey must leave: in (1) only the fixture pages the test itself opens and
 * chrome-extension:// resources; in (2) only those page loads; in (3) nothing.
 */
import { chromium, type Request } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, requireChromium, TEST_BUILD_DIR } from '../../tools/browser';
import { expect, test as base } from './fixtures';
import { extensionUiText, highlightSizes, pointOfText } from './ui-text';

interface Proxy {
  port: number;
  seen: string[];
  close(): Promise<void>;
}

/** A forward proxy that records and refuses everything. */
async function startRecordingProxy(): Promise<Proxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket: Socket) => {
    seen.push(`CONNECT ${req.url}`);
    // (A tunnel socket is the test's own once the server hands it over: the browser may reset
    // it after the refusal, and an unheard 'error' would fail whichever test is running.)
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('error', () => {});
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    seen,
    close: () =>
      new Promise((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

const test = base.extend<{ recorder: Proxy }>({
  recorder: async ({}, use) => {
    const proxy = await startRecordingProxy();
    await use(proxy);
    await proxy.close();
  },
  // The same browser as the other tests, behind the recording proxy.
  context: async ({ recorder: proxy }, use) => {
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ml-net-')), {
      executablePath: requireChromium(),
      headless: true,
      args: [
        ...chromiumArgs(TEST_BUILD_DIR),
        `--proxy-server=http://127.0.0.1:${proxy.port}`,
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ],
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
    });
    await use(context);
    await context.close();
  },
});

test('a full journey (annotate, cards, list, popup, export, options, pack import, class view, sheet) makes no network request', async ({ context, server, serviceWorker, extensionId, recorder: proxy }) => {
  const received: string[] = [];
  const logServer = (req: { url?: string }) => received.push(req.url ?? '');
  server.server.on('request', logServer);
  const requests: { page: string; url: string; sw: boolean }[] = [];
  // A navigation that opens a new page (the printable sheet) is issued before its frame
  // exists, and Playwright throws when asked for that frame: name such requests instead.
  const pageOf = (r: Request) => {
    try {
      return r.frame()?.page()?.url() ?? '(worker)';
    } catch {
      return '(a new page, not yet created)';
    }
  };
  const record = (r: Request) => requests.push({ page: pageOf(r), url: r.url(), sw: !!r.serviceWorker() });
  context.on('request', record);
  const cspErrors: string[] = [];
  context.on('page', (p) => p.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && cspErrors.push(`${p.url()}: ${m.text()}`)));

  try {
    // Annotate the demo page; hover a card; open the list.
    const page = await context.newPage();
    await page.goto(`${server.origin}/demo.html`);
    await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toHaveProperty('term');
    const at = await pointOfText(page, 'minder illegaliteit en meer terugkeer');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => extensionUiText(page)).toMatch(/Pijler 4/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+Shift+L');
    await expect.poll(() => extensionUiText(page)).toMatch(/gevonden/);
    await page.keyboard.press('Escape');

    // The popup: counts, a card opened from it.
    const tabId = await serviceWorker.evaluate(async (url) => (await (globalThis as any).chrome.tabs.query({ url }))[0]?.id, `${server.origin}/demo.html`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('.counts')).toContainText(/termen/);
    await popup.locator('.top button').first().click();
    await expect.poll(() => extensionUiText(page)).toMatch(/Bron/);

    // Options: change a setting, and see the page follow it.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Beleidstermen').uncheck();
    await expect.poll(async () => (await highlightSizes(page)).term ?? 0).toBe(0);
    await options.getByLabel('Beleidstermen').check();
    await expect.poll(async () => (await highlightSizes(page)).term ?? 0).toBeGreaterThan(0);

    // Export from the popup (a file made in the browser) and import a pack in the options.
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'JSON downloaden' }).click()]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8')).rows.length).toBeGreaterThan(5);
    await options.getByLabel(/Een feitenpakket importeren/).setInputFiles('test/fixtures/packs/user-pack.json');
    await expect(options.locator('.import-result')).toContainText('geïmporteerd');
    await expect.poll(() => page.evaluate(() => [...((CSS as any).highlights.get('migration-lens-term') as Iterable<Range>)].map((r) => r.toString()))).toContain('staatssecretaris');

    // The class view and its printable context sheet.
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Klasweergave');
    const sheetPromise = context.waitForEvent('page');
    await panel.getByRole('button', { name: 'Contextblad om te printen' }).click();
    const sheet = await sheetPromise;
    await sheet.waitForLoadState();
    await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(/asielinstroom/);
    // Let anything late (a beacon on unload, a delayed fetch) happen before counting.
    for (const p of [sheet, panel, options, popup]) await p.close();
    await page.waitForTimeout(1000);
  } finally {
    server.server.off('request', logServer);
    context.off('request', record);
  }

  const ext = `chrome-extension://${extensionId}/`;
  // (1) Pages and extension pages asked only for the fixture page and extension resources.
  // Downloads are made from blob: URLs of the extension's own pages: local, not network.
  const foreign = requests.filter((r) => !r.url.startsWith(ext) && !r.url.startsWith(`blob:${ext}`) && r.url !== `${server.origin}/demo.html`);
  expect(foreign, JSON.stringify(foreign, null, 1)).toEqual([]);
  // The service worker reads nothing but files of its own package (the bundled packs, when it
  // installs them: lib/ext/packaged-packs.ts).
  const swReads = requests.filter((r) => r.sw);
  expect(swReads.filter((r) => !r.url.startsWith(ext))).toEqual([]);
  // (2) The fixture server saw the test's one page load (and the browser's own favicon
  // request for it) and nothing else.
  expect(received.filter((u) => u !== '/favicon.ico')).toEqual(['/demo.html']);
  // (3) Nothing left the machine, from any part of the browser, except Chromium's own
  // services (its updater, Google sign-in and, in Debian's Chromium 150, its push-messaging
  // client at android.clients.google.com, which the flags in tools/browser.ts do not all
  // switch off). Those hosts are named one by one; the extension contacts none of them.
  const CHROMIUM_OWN = /^(CONNECT |POST http:\/\/|GET http:\/\/)(update\.googleapis\.com|accounts\.google\.com|clients2\.google\.com|redirector\.gvt1\.com|edgedl\.me\.gvt1\.com|optimizationguide-pa\.googleapis\.com|content-autofill\.googleapis\.com|safebrowsing\.googleapis\.com|android\.clients\.google\.com)[:/]/;
  expect(proxy.seen.filter((r) => !CHROMIUM_OWN.test(r))).toEqual([]);
  // And the strict CSP let every extension page work without a single violation.
  expect(cspErrors).toEqual([]);
});

test('the CSP of extension pages refuses requests, images from elsewhere and inline scripts', async ({ context, server, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  const result = await options.evaluate(async (origin) => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const fetched = await fetch(`${origin}/demo.html`).then(() => 'fetched', () => 'refused');
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.append(s);
    const img = new Image();
    img.src = `${origin}/pixel.png`;
    await new Promise((r) => setTimeout(r, 300));
    return { fetched, inline: (window as any).__inline === true, violations: [...new Set(violations)].sort() };
  }, server.origin);
  expect(result).toEqual({ fetched: 'refused', inline: false, violations: ['connect-src', 'img-src', 'script-src-elem'] });
});
