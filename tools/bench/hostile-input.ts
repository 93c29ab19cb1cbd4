/**
 * How fast a hostile page still answers input with the real content script: a mutation storm
 * (a ticker rewriting text back to back, >100k mutations a second) and a page of a million
 * nodes. The e2e tests (test/e2e/hostile.spec.ts) check that the extension keeps working on these
 * pages; the time the page takes to answer is a speed goal, measured here, with the same storm
 * on the bench origin (no extension) printed beside it.
 *
 * The pages are the e2e fixtures (test/fixtures/pages/hostile), copied by prepare.ts. Their
 * latency.js notes, for every real input event, the time from the event's creation to its handler.
 */
import type { BrowserContext } from 'playwright-core';
import { waitForExtension } from './extension';
import { BLANK, inputDuring, type InputLatency } from './input-latency';

/** Input latency during a storm of `ms` milliseconds on `origin`'s storm page, and the storm's rate. */
export async function stormInput(context: BrowserContext, origin: string, ms = 3000): Promise<InputLatency & { mutationsPerSecond: number }> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/hostile/storm.html`, { waitUntil: 'load' });
    await page.waitForTimeout(500); // the content script's first pass, where it runs
    const run = page.evaluate((n) => (window as any).startStorm(n), ms) as Promise<{ mutations: number; ms: number }>;
    const latency = await inputDuring(page, run, BLANK);
    const storm = await run;
    return { ...latency, mutationsPerSecond: storm.mutations / (storm.ms / 1000) };
  } finally {
    await page.close();
  }
}

/** Input latency for six seconds after a page of a million nodes has loaded, while the content script reads it. */
export async function millionNodesInput(context: BrowserContext, origin: string): Promise<InputLatency & { nodes: number; annotated: boolean }> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/hostile/big.html`, { waitUntil: 'load', timeout: 120_000 });
    const nodes = (await page.evaluate(() => (window as any).__nodeCount)) as number;
    // The page's own first layout of a million nodes comes first; measure after it. Keys only:
    // a pointer event here waits for the browser's hit test of a million boxes, the page's cost.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const latency = await inputDuring(page, new Promise((r) => setTimeout(r, 6000)), null);
    const annotated = await waitForExtension(page, 60_000).then(
      () => true,
      () => false,
    );
    return { ...latency, nodes, annotated };
  } finally {
    await page.close();
  }
}
