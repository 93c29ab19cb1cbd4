/**
 * Reading what the extension shows. Its UI lives in a closed shadow root (so page scripts
 * cannot reach it), which Playwright locators do not enter; the DevTools protocol does.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

interface DomNode {
  nodeId?: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** Depth-first search through children and (open or closed) shadow roots. */
function findNode(node: DomNode, match: (n: DomNode) => boolean): DomNode | null {
  if (match(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findNode(child, match);
    if (found) return found;
  }
  return null;
}

function attribute(node: DomNode, name: string): string | undefined {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1];
  return undefined;
}

const findByClass = (node: DomNode, cls: string) => findNode(node, (n) => (attribute(n, 'class') ?? '').split(/\s+/).includes(cls));
const findByAttribute = (node: DomNode, name: string, value: string) => findNode(node, (n) => attribute(n, name) === value);
const findByText = (node: DomNode, text: string) =>
  findNode(node, (n) => (n.children ?? []).some((c) => c.nodeType === 3 && c.nodeValue.trim() === text));

function textOf(node: DomNode, out: string[]): void {
  if (node.nodeName === 'STYLE') return;
  if (node.nodeType === 3) out.push(node.nodeValue);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) textOf(child, out);
}

function findHost(node: DomNode): DomNode | null {
  return findNode(node, (n) => n.nodeName === 'MIGRATION-LENS-UI');
}

/** All text inside the extension's UI host, or null when there is no host. */
export async function extensionUiText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = findHost(root);
    if (!host) return null;
    const out: string[] = [];
    textOf(host, out);
    return out.join(' ').replace(/\s+/g, ' ').trim();
  } finally {
    await cdp.detach();
  }
}

/** Viewport centre of the first occurrence of `text` in the page's own text (scrolled into view). */
export async function pointOfText(page: Page, text: string): Promise<{ x: number; y: number }> {
  const box = await boxOfText(page, text, { scroll: true, firstLine: true });
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** The viewport box of the element with this class inside the extension's UI, or null. */
export async function extensionUiBox(page: Page, cls: string): Promise<{ left: number; top: number; width: number; height: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = findHost(root);
    const node = host && findByClass(host, cls);
    if (!node?.nodeId) return null;
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { border: number[] } };
    // Box model quads are in viewport coordinates.
    const [x1, y1, x2, , , y3] = model.border;
    return { left: x1, top: y1, width: x2 - x1, height: y3 - y1 };
  } catch {
    return null;
  } finally {
    await cdp.detach();
  }
}

/**
 * Viewport box of the first occurrence of `text` in the page: the whole range, or its first
 * line box; `scroll` first brings it to the middle of the viewport.
 */
export async function boxOfText(
  page: Page,
  text: string,
  opts: { scroll?: boolean; firstLine?: boolean } = {},
): Promise<{ left: number; top: number; width: number; height: number }> {
  const box = await page.evaluate(
    ({ needle, scroll, firstLine }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(needle);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + needle.length);
        if (scroll) r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const b = firstLine ? r.getClientRects()[0] : r.getBoundingClientRect();
        return { left: b.left, top: b.top, width: b.width, height: b.height };
      }
      return null;
    },
    { needle: text, scroll: !!opts.scroll, firstLine: !!opts.firstLine },
  );
  if (!box) throw new Error(`"${text}" is not on the page`);
  return box;
}

/** Sizes of the extension's highlights on the page, by name. */
/** A new tab on `url`, once the extension has painted its first terms there. */
export async function openAnnotated(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toHaveProperty('term');
  return page;
}

export async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    (CSS as any).highlights?.forEach((h: { size: number }, name: string) => {
      if (name.startsWith('migration-lens-')) out[name.replace('migration-lens-', '')] = h.size;
    });
    return out;
  });
}



/**
 * Click an element of the extension's UI with the real mouse: the one whose `aria-label`
 * is `label`, else the one whose own text is `label`, else the one with that class.
 */
export async function clickExtensionUi(page: Page, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let centre: { x: number; y: number } | null = null;
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = findHost(root);
    const node = host && (findByAttribute(host, 'aria-label', label) ?? findByText(host, label) ?? findByClass(host, label));
    if (node?.nodeId) {
      await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: node.nodeId });
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { border: number[] } };
      const [x1, y1, x2, , , y3] = model.border;
      centre = { x: (x1 + x2) / 2, y: (y1 + y3) / 2 };
    }
  } finally {
    await cdp.detach();
  }
  if (!centre) throw new Error(`No "${label}" in the extension's UI`);
  await page.mouse.click(centre.x, centre.y);
}
