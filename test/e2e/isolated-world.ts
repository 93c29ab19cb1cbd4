/**
 * Looking at a page the way the content script does: from its isolated world (over the
 * DevTools protocol), where `chrome.dom.openOrClosedShadowRoot` opens the UI's closed root and
 * where nothing the page does to its own globals and prototypes can interfere. Also reading
 * the page's own world over CDP without Playwright's injected helpers, for pages that break
 * built-ins on purpose.
 */
import type { CDPSession, Page } from '@playwright/test';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

export interface Worlds {
  /** Evaluate in the content script's isolated world of the top frame. */
  isolated<T>(expression: string): Promise<T>;
  /** Evaluate in the page's own (main) world of the top frame, by value. */
  main<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

async function evaluate<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const res: any = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
  if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
  return res.result.value as T;
}

/** Attaches to the page's top frame; waits until the content script's world exists. */
export async function worlds(page: Page, timeoutMs = 15_000): Promise<Worlds> {
  const cdp = await page.context().newCDPSession(page);
  const contexts = new Map<number, ExecutionContext>();
  cdp.on('Runtime.executionContextCreated', (e: any) => contexts.set(e.context.id, e.context));
  cdp.on('Runtime.executionContextDestroyed', (e: any) => contexts.delete(e.executionContextId));
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const top = frameTree.frame.id;
  await cdp.send('Runtime.enable');
  const find = (isolated: boolean) =>
    [...contexts.values()].find(
      (c) =>
        c.auxData?.frameId === top &&
        (isolated ? c.auxData?.type === 'isolated' && /Migration Lens/i.test(c.name) : c.auxData?.isDefault === true),
    );
  const deadline = Date.now() + timeoutMs;
  while (!find(true) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return {
    isolated: <T,>(expression: string) => {
      const c = find(true);
      if (!c) throw new Error(`No content-script world in the top frame (worlds: ${[...contexts.values()].map((x) => x.name || '(main)').join(', ')})`);
      return evaluate<T>(cdp, c.id, expression);
    },
    main: <T,>(expression: string) => {
      const c = find(false);
      if (!c) throw new Error('No main world in the top frame');
      return evaluate<T>(cdp, c.id, expression);
    },
    detach: () => cdp.detach(),
  };
}

/** Sizes of the extension's highlights, read from the isolated world (the page may fake its own `CSS.highlights`). */
export const HIGHLIGHT_TEXTS = `(() => {
  const out = {};
  CSS.highlights.forEach((h, name) => {
    if (name.startsWith('migration-lens-')) out[name.slice('migration-lens-'.length)] = [...h].map((r) => r.toString());
  });
  return out;
})()`;

/** Viewport centre of the first occurrence of a text in the page, found from the isolated world. */
export const pointOf = (needle: string) => `(() => {
  const needle = ${JSON.stringify(needle)};
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(needle);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + needle.length);
    const b = r.getClientRects()[0];
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }
  return null;
})()`;

export interface UiState {
  host: { parent: string | null; display: string; visibility: string; opacity: string; popoverOpen: boolean } | null;
  card: UiBoxState | null;
  list: UiBoxState | null;
}

export interface UiBoxState {
  left: number;
  top: number;
  width: number;
  height: number;
  display: string;
  /** checkVisibility with opacity and visibility: false if it or any ancestor hides it. */
  visible: boolean;
  /** The page's hit test at the box's centre lands on the extension's host (nothing covers it). */
  onTop: boolean;
  text: string;
}

/** Where the card and the list are and whether a reader can see them, from the isolated world. */
export const UI_STATE = `(() => {
  const host = document.querySelector('migration-lens-ui');
  if (!host) return { host: null, card: null, list: null };
  const root = chrome.dom.openOrClosedShadowRoot(host);
  const hs = getComputedStyle(host);
  const box = (el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const x = r.left + Math.min(r.width / 2, 40), y = r.top + Math.min(r.height / 2, 20);
    const hit = document.elementFromPoint(x, y);
    const inner = root.elementFromPoint(x, y);
    return {
      left: r.left, top: r.top, width: r.width, height: r.height, display: getComputedStyle(el).display,
      visible: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      onTop: hit === host && !!inner && el.contains(inner),
      text: el.textContent.replace(/\\s+/g, ' ').trim(),
    };
  };
  return {
    host: { parent: host.parentNode ? host.parentNode.nodeName : null, display: hs.display, visibility: hs.visibility, opacity: hs.opacity, popoverOpen: host.matches(':popover-open') },
    card: box(root.querySelector('.card')),
    list: box(root.querySelector('.annotation-list')),
  };
})()`;

interface DomNode {
  nodeType: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/**
 * Every element inside the extension's UI host (through its closed shadow root), with its
 * attributes, as the DevTools protocol sees the live DOM — not as the extension reports it.
 */
export async function extensionUiElements(page: Page): Promise<{ name: string; attributes: Record<string, string> }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const out: { name: string; attributes: Record<string, string> }[] = [];
    const walk = (n: DomNode, inside: boolean) => {
      const here = inside || n.nodeName === 'MIGRATION-LENS-UI';
      if (here && n.nodeType === 1) {
        const attributes: Record<string, string> = {};
        for (let i = 0; i < (n.attributes ?? []).length; i += 2) attributes[n.attributes![i]] = n.attributes![i + 1];
        out.push({ name: n.nodeName, attributes });
      }
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c, here);
    };
    walk(root, false);
    return out;
  } finally {
    await cdp.detach();
  }
}

/** Elements and attributes that would mean page text was turned into markup or code. */
export function dangerousElements(elements: { name: string; attributes: Record<string, string> }[]): string[] {
  const bad: string[] = [];
  for (const el of elements) {
    if (/^(IMG|SCRIPT|IFRAME|OBJECT|EMBED|LINK|META|BASE|FORM|B)$/.test(el.name)) bad.push(el.name);
    for (const [k, v] of Object.entries(el.attributes)) {
      if (/^on/i.test(k)) bad.push(`${el.name}[${k}]`);
      if (/^\s*(javascript|data|vbscript):/i.test(v)) bad.push(`${el.name}[${k}=${v}]`);
    }
  }
  return bad;
}
