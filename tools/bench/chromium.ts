/**
 * The bench's Chromium: a persistent context with the test build loaded, and the bench origin,
 * served by the bench itself from its output folder, where the extension is not active.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { HIGHLIGHTS_STYLESHEET } from '../../lib/page/highlights';
import { chromiumArgs, requireChromium, TEST_BUILD_DIR } from '../browser';
import { OUT } from './prepare';

export const BENCH_ORIGIN = 'http://bench.test'; // served by the bench itself; the extension is not active there

export async function launch(): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ml-bench-')), {
    executablePath: requireChromium(),
    headless: true,
    // expose-gc: the harness collects the setup's garbage before each timed run.
    args: [...chromiumArgs(TEST_BUILD_DIR), '--js-flags=--expose-gc'],
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
  });
  // The bench origin: pages served from test-results/bench without the content script.
  await context.route(`${BENCH_ORIGIN}/**`, (route) => {
    const path = join(OUT, new URL(route.request().url()).pathname);
    if (!existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
    if (path.endsWith('.js')) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(path, 'utf8') });
    // The extension injects its highlight stylesheet before the page is styled (manifest /
    // registered content script `css`, insertCSS): here it heads the page, for every method
    // alike, so the full pass paints under it as in the extension.
    const html = readFileSync(path, 'utf8').replace(/<head[^>]*>/i, (h) => `${h}<style>${HIGHLIGHTS_STYLESHEET}</style>`);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return context;
}

/** A fresh load of the page, settled: loaded, laid out, two frames drawn, idle. */
export async function freshLoad(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(
    () =>
      new Promise<void>((ok) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 50))),
      ),
  );
}
