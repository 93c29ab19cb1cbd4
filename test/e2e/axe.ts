/**
 * axe-core accessibility checks of extension pages and of the UI the content script draws
 * in a closed shadow root. For the latter axe runs in the content script's own (isolated)
 * world, where the extension API `chrome.dom.openOrClosedShadowRoot` reaches the root; the
 * page itself never could.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const SUMMARISE = `(r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.html.slice(0, 200)) }))`;

/** Violations on an ordinary page (popup, options): evaluate bypasses the page's CSP. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE + '\n;0');
  return page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then(${SUMMARISE})`) as Promise<AxeViolation[]>;
}

/**
 * Evaluate an expression in the content script's isolated world of `page` (where the
 * extension API `chrome.dom.openOrClosedShadowRoot` reaches the closed UI root).
 */
export async function evalInExtensionWorld<T = unknown>(page: Page, expressions: string[]): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: any) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await new Promise((r) => setTimeout(r, 200));
    const isolated = contexts.filter((c) => c.auxData?.type === 'isolated');
    const world = isolated.find((c) => /Migration Lens/i.test(c.name)) ?? isolated[0];
    if (!world) throw new Error(`No content-script world found (contexts: ${contexts.map((c) => c.name).join(', ')})`);
    let value: unknown;
    for (const expression of expressions) {
      const res: any = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
      if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
      value = res.result.value;
    }
    return value as T;
  } finally {
    await cdp.detach();
  }
}

/** Violations inside the extension's UI host on a web page. */
export async function axeViolationsInExtensionUi(page: Page): Promise<AxeViolation[]> {
  return evalInExtensionWorld<AxeViolation[]>(page, [
    AXE_SOURCE + '\n;0',
    `(() => {
    const host = document.querySelector('migration-lens-ui');
    if (!host) throw new Error('no UI host on the page');
    const root = chrome.dom.openOrClosedShadowRoot(host);
    // Let axe walk into the closed root, in this world only.
    Object.defineProperty(host, 'shadowRoot', { get: () => root, configurable: true });
    return axe.run(host, { resultTypes: ['violations'] }).then(${SUMMARISE});
  })()`,
  ]);
}
