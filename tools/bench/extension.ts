/**
 * Measuring with the real test build: waiting for the content script, reaching its isolated
 * world, stopping the service worker, a pass of the content script's own code on a page, and
 * the extension's start-up on a new renderer.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { freshLoad } from './chromium';
import type { ExtensionTiming } from './harness';
import { busyStretches, mainThreadBetweenMarks, traced } from './trace';

async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const hs = (CSS as any).highlights as Map<string, Set<Range>> | undefined;
    let n = 0;
    hs?.forEach((h, name) => {
      if (name.startsWith('migration-lens-')) n += h.size;
    });
    return n;
  });
}

/** Waits until the content script's highlights stop changing. */
export async function waitForExtension(page: Page, timeoutMs = 30_000): Promise<number> {
  const t0 = Date.now();
  let last = -1;
  let stable = 0;
  while (Date.now() - t0 < timeoutMs) {
    const n = await highlightCount(page);
    if (n > 0 && n === last) {
      if (++stable >= 3) return n;
    } else stable = 0;
    last = n;
    await page.waitForTimeout(250);
  }
  throw new Error(`the extension did not finish annotating ${page.url()} within ${timeoutMs} ms`);
}

export async function isolatedWorld(cdp: CDPSession): Promise<number> {
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 200));
  const isolated = contexts.filter((c) => c.auxData?.type === 'isolated');
  const world = isolated.find((c) => /Migration Lens/i.test(c.name)) ?? isolated[0];
  if (!world) throw new Error('no content-script world found');
  return world.id;
}

/** Stops the extension's service worker, as Chrome does when it has been idle, and waits until it has stopped. */
async function stopBackground(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const status = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
      for (const v of e.versions) if (v.scriptURL.startsWith('chrome-extension://')) status.set(v.versionId, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    for (let i = 0; i < 100 && !status.size; i++) await page.waitForTimeout(20);
    await cdp.send('ServiceWorker.stopAllWorkers');
    for (let i = 0; i < 250 && ![...status.values()].every((s) => s === 'stopped'); i++) await page.waitForTimeout(20);
    if (![...status.values()].every((s) => s === 'stopped')) throw new Error('the service worker did not stop');
  } finally {
    await cdp.detach();
  }
}

interface ExtensionPage {
  page: Page;
  /** Evaluate in the content script's isolated world. */
  run<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * The page with the test build's content script done, then switched off on it (the site
 * switch's own message), so the harness's pass in the content script's world is the only
 * one painting; the background stays as the content script left it (warm).
 */
async function extensionPage(context: BrowserContext, origin: string, file: string, harness: string): Promise<ExtensionPage> {
  const page = await context.newPage();
  await freshLoad(page, `${origin}/${file}`);
  await waitForExtension(page);
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await sw.evaluate(async (url) => {
    const c = (globalThis as any).chrome;
    const [tab] = await c.tabs.query({ url });
    await c.tabs.sendMessage(tab.id, { type: 'siteDisabled' });
  }, page.url());
  for (let i = 0; i < 100 && (await highlightCount(page)) > 0; i++) await page.waitForTimeout(50);
  const cdp = await context.newCDPSession(page);
  const world = await isolatedWorld(cdp);
  const run = async <T,>(expression: string): Promise<T> => {
    const res = (await cdp.send('Runtime.evaluate', { expression, contextId: world, awaitPromise: true, returnByValue: true })) as {
      result: { value: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value as T;
  };
  await run(harness + '\n;0');
  await page.waitForTimeout(200);
  return { page, run, close: async () => (await cdp.detach().catch(() => undefined), await page.close()) };
}

/** A pass of the extension on a page: untraced (wall time, first paint, bytes) or traced (main-thread time, longest task). */
export async function extensionPass(context: BrowserContext, origin: string, file: string, harness: string, opts: { cold?: boolean; trace?: boolean } = {}) {
  const ep = await extensionPage(context, origin, file, harness);
  try {
    if (opts.cold) await stopBackground(ep.page);
    const go = () => ep.run<ExtensionTiming>('globalThis.__mlBench.extension()');
    if (!opts.trace) return { timing: await go(), sumMs: NaN, longestMs: NaN, longestWhat: '' };
    const { events, result } = await traced(ep.page, go);
    return { timing: result, ...mainThreadBetweenMarks(events) };
  } finally {
    await ep.close();
  }
}

/**
 * Waits until the extension's background has installed its bundled packs. On a new profile it
 * does that at its first start (about a second of work on another core); a page loaded
 * meanwhile compiled the content script 2–4× slower. That happens once per install, not on the
 * first page of every site, which is what startupTask measures.
 */
export async function backgroundInstalled(context: BrowserContext): Promise<void> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${id}/options.html`);
    // Answered once the fact base is ready (its packs installed).
    await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'getStatus' }));
  } finally {
    await page.close();
  }
}

/**
 * The longest main-thread task that runs the extension's code on the first page of a new
 * renderer process: a new tab on an origin no other tab has open, traced from navigation until
 * the content script has painted. A task (with the microtasks run right after it: trace.ts
 * `busyStretches`) counts when an event in it names the extension's URL (its scripts being
 * compiled and run, its callbacks).
 */
export async function startupTask(context: BrowserContext, origin: string, file: string): Promise<number> {
  const page = await context.newPage();
  try {
    const { events } = await traced(page, async () => {
      await page.goto(`${origin}/${file}`, { waitUntil: 'load' });
      await waitForExtension(page);
    });
    // The page's renderer main thread (not the service worker's, whose tasks are off the page).
    const url = `${origin}/${file}`;
    const pagePids = new Set(events.filter((e) => e.args && JSON.stringify(e.args).includes(url)).map((e) => e.pid));
    const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pagePids.has(e.pid));
    let longest = 0;
    for (const main of mains) {
      const ours = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.args && JSON.stringify(e.args).includes('chrome-extension://'));
      for (const s of busyStretches(events, main.pid, main.tid)) {
        if (ours.some((e) => e.ts >= s.ts && e.ts <= s.end)) longest = Math.max(longest, (s.end - s.ts) / 1000);
      }
    }
    return longest;
  } finally {
    await page.close();
  }
}
