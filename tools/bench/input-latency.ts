/**
 * Real input events sent to a page while something runs, and how long each took to reach the
 * page's own listener (test/fixtures/pages/hostile/latency.js notes the delay from each event's
 * timeStamp). Used by the bench (hostile-input.ts) and by the e2e tests, which only check that
 * every input arrives; kept free of the bench's other imports for that reason.
 */
import type { Page } from 'playwright-core';
import { percentile } from './stats';

export interface InputLatency {
  p95Ms: number;
  maxMs: number;
  inputs: number;
}

/** On the hostile pages, right of the article: no text, no annotation. */
export const BLANK = { x: 1100, y: 600 };

/**
 * Real input while `run` lasts: a pointer press at `at` or a key every 100 ms (keys only without
 * `at`), as the page's latency.js saw it. (The e2e tests use it to check every input arrives.)
 */
export async function inputDuring(page: Page, run: Promise<unknown>, at: { x: number; y: number } | null): Promise<InputLatency> {
  await page.evaluate(() => {
    (window as any).__latency.events = [];
  });
  let done = false;
  void run.finally(() => (done = true));
  for (let i = 0; !done; i++) {
    if (i % 2 || !at) await page.keyboard.press('Shift');
    else {
      await page.mouse.move(at.x, at.y);
      await page.mouse.down();
      await page.mouse.up();
    }
    await page.waitForTimeout(100);
  }
  await run;
  const events = (await page.evaluate(() => (window as any).__latency.events)) as number[];
  return { p95Ms: percentile(events, 95), maxMs: events.length ? Math.max(...events) : NaN, inputs: events.length };
}
