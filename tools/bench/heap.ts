/**
 * The content script's heap growth on a page, measured against the same page on the bench
 * origin where the content script does not run.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { BENCH_ORIGIN, freshLoad } from './chromium';
import { waitForExtension } from './extension';
import { median } from './stats';

async function heapUsed(page: Page): Promise<{ js: number; embedder: number }> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  await cdp.detach();
  return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? NaN };
}

/**
 * The content script's heap growth on a page: the page's heap (after garbage collection)
 * with the content script done, minus the same page's heap on an origin where the content
 * script does not run. Includes everything the extension keeps in the page: the fact-base
 * snapshot and lexicon, the blocks, annotations and ranges, the UI.
 */
export async function heapGrowth(context: BrowserContext, origin: string, file: string, reps = 3) {
  const page = await context.newPage();
  const withExt: number[] = [];
  const without: number[] = [];
  const embWith: number[] = [];
  const embWithout: number[] = [];
  let annotations = 0;
  for (let i = 0; i < reps; i++) {
    await freshLoad(page, `${BENCH_ORIGIN}/${file}`);
    await page.waitForTimeout(500);
    const a = await heapUsed(page);
    without.push(a.js);
    embWithout.push(a.embedder);
    await freshLoad(page, `${origin}/${file}`);
    annotations = await waitForExtension(page);
    const b = await heapUsed(page);
    withExt.push(b.js);
    embWith.push(b.embedder);
  }
  await page.close();
  return {
    jsMb: (median(withExt) - median(without)) / 2 ** 20,
    embedderMb: (median(embWith) - median(embWithout)) / 2 ** 20,
    annotations,
  };
}
