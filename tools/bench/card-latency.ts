/**
 * Pointer event to card painted, with the real content script: the time a reader waits for a
 * card after moving onto an annotation.
 */
import type { BrowserContext } from 'playwright-core';
import { freshLoad } from './chromium';
import { isolatedWorld, waitForExtension } from './extension';
import { median } from './stats';

/**
 * Pointer event → card painted, with the real content script: a probe in the content
 * script's isolated world notes the pointermove's timeStamp, watches the UI's closed shadow
 * root (chrome.dom.openOrClosedShadowRoot) for the card, and stops the clock in a task
 * posted when the card appears, i.e. after the frame that paints it.
 */
export async function cardLatency(context: BrowserContext, origin: string, file: string, samples = 9) {
  const page = await context.newPage();
  await freshLoad(page, `${origin}/${file}`);
  await waitForExtension(page);
  const cdp = await context.newCDPSession(page);
  const world = await isolatedWorld(cdp);
  const run = async (expression: string) => {
    const res = (await cdp.send('Runtime.evaluate', { expression, contextId: world, awaitPromise: true, returnByValue: true })) as {
      result: { value: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value;
  };
  await run(`(() => {
    const host = document.querySelector('migration-lens-ui');
    const root = chrome.dom.openOrClosedShadowRoot(host);
    const probe = { armed: false, move: 0, waiting: false, results: [] };
    globalThis.__mlProbe = probe;
    globalThis.__mlCardOpen = () => !!root.querySelector('.card');
    const moved = (e) => {
      if (!probe.armed) return;
      probe.armed = false;
      probe.move = e.timeStamp;
      probe.waiting = true;
    };
    // On window, capturing: runs before the content script's own listener for this move.
    window.addEventListener('pointermove', moved, { capture: true });
    new MutationObserver(() => {
      if (!probe.waiting || !root.querySelector('.card')) return;
      probe.waiting = false;
      const dom = performance.now() - probe.move;
      // pointermove is dispatched at the start of a frame, so the card appears during that
      // frame's input phase: a task posted now runs once the frame has painted it.
      const ch = new MessageChannel();
      ch.port1.onmessage = () => probe.results.push({ dom, painted: performance.now() - probe.move });
      ch.port2.postMessage(0);
    }).observe(root, { childList: true, subtree: true, characterData: true });
    return true;
  })()`);
  // Targets: annotations in view, spread over the page's first screen.
  const targets = (await page.evaluate((n) => {
    const out: { x: number; y: number }[] = [];
    const hs = (CSS as any).highlights as Map<string, Set<Range>>;
    const all: Range[] = [];
    hs.forEach((h, name) => name.startsWith('migration-lens-') && h.forEach((r) => all.push(r)));
    const boxes = all
      .map((r) => r.getClientRects()[0])
      .filter((b) => b && b.top > 40 && b.bottom < innerHeight - 40 && b.width > 8)
      .sort((a, b) => a.top - b.top || a.left - b.left);
    const step = Math.max(1, Math.floor(boxes.length / n));
    for (let i = 0; i < boxes.length && out.length < n; i += step) out.push({ x: boxes[i].left + Math.min(6, boxes[i].width / 2), y: boxes[i].top + boxes[i].height / 2 });
    return out;
  }, samples)) as { x: number; y: number }[];
  const results: { dom: number; painted: number }[] = [];
  for (const t of targets) {
    await page.mouse.move(4, 4); // the page margin: no annotation
    for (let i = 0; i < 40 && (await run('__mlCardOpen()')); i++) await page.waitForTimeout(50);
    await page.waitForTimeout(100);
    await run('(__mlProbe.armed = true, __mlProbe.results.length = 0, true)');
    await page.mouse.move(t.x, t.y);
    let r: { dom: number; painted: number }[] = [];
    for (let i = 0; i < 40; i++) {
      r = (await run('__mlProbe.results')) as typeof r;
      if (r.length) break;
      await page.waitForTimeout(25);
    }
    if (r.length) results.push(r[0]);
  }
  await cdp.detach();
  await page.close();
  return {
    ms: results.length ? median(results.map((r) => r.painted)) : NaN,
    domMs: results.length ? median(results.map((r) => r.dom)) : NaN,
    max: results.length ? Math.max(...results.map((r) => r.painted)) : NaN,
    samples: results.length,
    tried: targets.length,
  };
}
