/**
 * Recognition runs in the extension's background (a service worker Chrome stops after half a
 * minute without events, or at will): the page's content script only collects, paints and
 * shows cards. These tests stop the service worker between the reader's steps and check that
 * every step still shows what it showed before — the woken background rebuilds its lexicon
 * and asks the tab again for the text of pieces it no longer holds, without a visible error.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { TEST_BUILD_DIR } from '../../tools/browser';
import { worlds } from './isolated-world';
import { extensionUiText, highlightSizes, openAnnotated, pointOfText } from './ui-text';

/**
 * Stops the extension's service worker, as Chrome does when it has been idle, and waits until
 * the browser reports it stopped. (Playwright's Worker object outlives the stop; the next
 * event — a message from a tab — starts the worker again.)
 */
async function stopBackground(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    let running = 0;
    let stopped = false;
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      for (const v of e.versions) {
        if (!v.scriptURL.startsWith('chrome-extension://')) continue;
        if (v.runningStatus === 'running') running++;
        // Seen stopped once is enough: an open extension page may wake it again at once.
        if (v.runningStatus === 'stopped' && running) stopped = true;
      }
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => running).toBeGreaterThan(0);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => stopped).toBe(true);
  } finally {
    await cdp.detach();
  }
}

test('cards, the list, exports and the class view work after the background was stopped, each time', async ({ context, server, extensionId, serviceWorker }) => {
  const url = `${server.origin}/figures.html`;
  const page = await openAnnotated(context, url);
  // Asked now: Playwright's handle on the worker does not follow it through a stop.
  const tabId: number = await serviceWorker.evaluate(async (u) => (await (globalThis as any).chrome.tabs.query({ url: u }))[0]?.id, url);
  await expect.poll(() => highlightSizes(page)).toMatchObject({ consistent: 1, differs: 1, context: 1 });

  // A card the tab never fetched, asked of a background that has forgotten the page.
  await stopBackground(context, page);
  const at = await pointOfText(page, 'ongeveer 530');
  await page.mouse.move(at.x, at.y);
  await expect.poll(() => extensionUiText(page)).toMatch(/Klopt met de bron/);
  expect(await extensionUiText(page)).toMatch(/Kamerstuk 19 637, nr\. 2535/);
  await page.keyboard.press('Escape');

  // The annotation list: every annotation with what it is.
  await stopBackground(context, page);
  await page.keyboard.press('Alt+Shift+L');
  await expect.poll(() => extensionUiText(page)).toMatch(/gevonden/);
  const list = (await extensionUiText(page))!;
  expect(list).toMatch(/ongeveer 530 Cijfer · ≈ 530 · Klopt met de bron/);
  expect(list).toMatch(/620 Cijfer · 620 · Wijkt af van de bron/);
  await page.keyboard.press('Escape');

  // An export from the popup: every figure with its verdict and citation.
  await stopBackground(context, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await stopBackground(context, popup);
  const [file] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'JSON downloaden' }).click()]);
  const json = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(json.rows.filter((r: { verdict: string | null }) => r.verdict).map((r: { verdict: string }) => r.verdict).sort()).toEqual(['consistent', 'context', 'differs']);
  expect(JSON.stringify(json)).toContain('In 2018 zijn ongeveer 530 vluchtelingen in Nederland hervestigd via het nationale programma.');
  await popup.close();

  // The class view: the figures grouped under their pillar, with their cards.
  await stopBackground(context, page);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Klasweergave');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveCount(7);
  await expect(panel.locator('main')).toContainText('ongeveer 530');
  await panel.close();

  // Text the page adds while the background sleeps is recognised once it wakes.
  await stopBackground(context, page);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Het COA zoekt opvang voor nareizigers.';
    document.querySelector('article')!.prepend(p);
  });
  const termTexts = () => page.evaluate(() => [...((CSS as any).highlights.get('migration-lens-term') as Iterable<Range>)].map((r) => r.toString()));
  await expect.poll(termTexts).toEqual(expect.arrayContaining(['COA', 'nareizigers']));
});

test('a change to the page sends the background only the changed block, and the page holds no engine', async ({ context, server }) => {
  const page = await openAnnotated(context, `${server.origin}/demo.html`);
  const w = await worlds(page);
  // Record what the content script sends from here on (in its own world, where it runs).
  await w.isolated(`(() => {
    const sent = (globalThis.__mlSent = []);
    const original = chrome.runtime.sendMessage.bind(chrome.runtime);
    chrome.runtime.sendMessage = (message, ...rest) => {
      if (message && message.type === 'recognise') sent.push(...message.pieces);
      return original(message, ...rest);
    };
    return true;
  })()`);
  const added = 'Het kabinet wil de asielinstroom beperken, schrijft de IND.';
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
  }, added);
  await expect.poll(() => w.isolated<string[]>('globalThis.__mlSent')).toEqual([added]);
  await expect
    .poll(() => page.evaluate(() => [...((CSS as any).highlights.get('migration-lens-term') as Iterable<Range>)].map((r) => r.toString())))
    .toEqual(expect.arrayContaining(['IND']));
  // The content script's world has neither the engine's lexicon nor the fact base.
  const script = readFileSync(join(TEST_BUILD_DIR, 'content-scripts/content.js'), 'utf8');
  expect(script).not.toContain('asielinstroom');
  expect(script.length / 1024).toBeLessThan(80);
  await w.detach();
});
