/**
 * The in-page journey in Firefox: the test build, installed as a temporary add-on in Debian's
 * firefox-esr (headless, fresh profile), annotates the demo page, and a real pointer move onto
 * a term opens its sourced card.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../tools/serve';
import { extensionUi, FIREFOX_TEST_BUILD_DIR, launchFirefoxWithExtension, pointOfText, type FirefoxSession } from './firefox';

const ARTIFACTS = 'test-results/artifacts';

let server: StaticServer;
let firefox: FirefoxSession;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startStaticServer(resolve('test/fixtures/pages'));
  firefox = await launchFirefoxWithExtension(FIREFOX_TEST_BUILD_DIR);
  page = await firefox.browser.newPage();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

test('the test build is installed as a temporary add-on', () => {
  expect(firefox.addonId).toBe('migration-lens@example.org');
});

test('the demo page gets annotated', async () => {
  await page.goto(`${server.origin}/demo.html`);
  await expect
    .poll(() => page.evaluate(() => (CSS as any).highlights?.get('migration-lens-term')?.size ?? 0), { timeout: 20_000 })
    .toBeGreaterThan(0);
});

test('hovering a pillar name shows its sourced card, and the page DOM stays untouched', async () => {
  const at = await pointOfText(page, 'minder illegaliteit en meer terugkeer');
  await page.mouse.move(at.x - 40, at.y); // a real pointer, moved onto the words
  await page.mouse.move(at.x, at.y, { steps: 4 });
  await expect.poll(async () => (await extensionUi(firefox, page))?.text ?? '', { timeout: 10_000 }).toMatch(/Pijler 4/);

  const ui = (await extensionUi(firefox, page))!;
  expect(ui.text).toMatch(/Minder illegaliteit,? (en )?meer terugkeer/i);
  expect(ui.text).toMatch(/Bron/);
  expect(ui.text).toMatch(/Kamerstuk 19 637|Rijksoverheid|Justitie en Veiligheid/);
  expect(ui.text).toMatch(/20(18|19|24)/);

  // The card is drawn, inside the viewport, and on top: what the page sees at its centre is
  // the extension's host (the closed shadow root retargets hits to it).
  expect(ui.box).not.toBeNull();
  const box = ui.box!;
  expect(box.width).toBeGreaterThan(100);
  expect(box.height).toBeGreaterThan(40);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.left + box.width).toBeLessThanOrEqual(1280);
  expect(box.top + box.height).toBeLessThanOrEqual(900);
  const onTop = await page.evaluate(
    (x: number, y: number) => document.elementFromPoint(x, y)?.localName ?? null,
    box.left + box.width / 2,
    box.top + box.height / 2,
  );
  expect(onTop).toBe('migration-lens-ui');
  await page.screenshot({ path: `${ARTIFACTS}/firefox-card.png` });

  // Escape closes the card.
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await extensionUi(firefox, page))?.text ?? '').not.toMatch(/Pijler 4/);

  // The only change the page can observe is the extension's own UI host.
  const mutations = await page.evaluate(() => (window as any).__pageMutations);
  expect(mutations).toEqual([{ type: 'childList', target: 'HTML', added: ['MIGRATION-LENS-UI'], removed: [], attribute: null }]);
  const wrapped = await page.evaluate(() => document.querySelectorAll('article mark, article [data-migration-lens]').length);
  expect(wrapped).toBe(0);
});

// Recognition runs in the add-on's event page: what a page's cards and list say comes from there.
test('a figure card shows its verdict, the annotation list lists what each annotation is, and added text is recognised', async () => {
  await page.goto(`${server.origin}/figures.html`);
  await expect
    .poll(() => page.evaluate(() => (CSS as any).highlights?.get('migration-lens-consistent')?.size ?? 0), { timeout: 20_000 })
    .toBe(1);
  const at = await pointOfText(page, 'ongeveer 530');
  await page.mouse.move(at.x - 40, at.y);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  await expect.poll(async () => (await extensionUi(firefox, page))?.text ?? '', { timeout: 10_000 }).toMatch(/Klopt met de bron/);
  await page.keyboard.press('Escape');

  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyL');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
  await expect.poll(async () => (await extensionUi(firefox, page))?.text ?? '', { timeout: 10_000 }).toMatch(/620 Cijfer · 620 · Wijkt af van de bron/);
  await page.keyboard.press('Escape');

  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Het COA zoekt opvang voor nareizigers.';
    document.querySelector('article')!.prepend(p);
  });
  const termTexts = () => page.evaluate(() => [...((CSS as any).highlights.get('migration-lens-term') as Iterable<Range>)].map((r) => r.toString()));
  await expect.poll(termTexts, { timeout: 10_000 }).toEqual(expect.arrayContaining(['COA', 'nareizigers']));
});
