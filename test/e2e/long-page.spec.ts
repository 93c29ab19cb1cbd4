/**
 * A long article: the blocks far below the first view are recognised with the rest but their
 * ranges are made only when the reader gets there (or asks for everything). Whatever the
 * reader does first — the list, the popup's counts, scrolling down and pointing, the keyboard —
 * sees every annotation of the page.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { extensionUiText, highlightSizes, openAnnotated, pointOfText } from './ui-text';

/** The popup's summary of the tab, asked of its content script as the popup asks. */
async function summary(sw: Worker, url: string): Promise<{ terms: number; figures: number; consistent: number } | null> {
  return sw.evaluate(async (u) => {
    const chrome = (globalThis as any).chrome;
    const [tab] = await chrome.tabs.query({ url: u });
    const res = await chrome.tabs.sendMessage(tab.id, { type: 'pageSummary' }).catch(() => null);
    if (!res?.ok) return null;
    const f = res.data.figures;
    return { terms: res.data.terms, figures: f.consistent + f.differs + f.context + f.unchecked, consistent: f.consistent };
  }, url);
}

async function listCount(page: Page): Promise<number> {
  await page.keyboard.press('Alt+Shift+L');
  await expect.poll(() => extensionUiText(page)).toMatch(/gevonden/);
  const text = (await extensionUiText(page))!;
  await page.keyboard.press('Escape');
  await expect.poll(() => extensionUiText(page)).not.toMatch(/gevonden/);
  return Number(/(\d+) gevonden/.exec(text)?.[1]);
}

test('a long article: the far part is counted, listed, painted on arrival and opens its card', async ({ context, server, serviceWorker }) => {
  const url = `${server.origin}/long-article.html`;
  const page = await openAnnotated(context, url);
  // Nothing far below is in view yet.
  expect((await highlightSizes(page)).consistent ?? 0).toBe(0);

  // The popup counts the whole page at once: a term in each of the 160 paragraphs, and the far figure.
  await expect.poll(() => summary(serviceWorker, url)).toMatchObject({ figures: 1, consistent: 1 });
  const counted = (await summary(serviceWorker, url))!;
  expect(counted.terms).toBeGreaterThanOrEqual(162);

  // The list, opened before any scrolling, holds every annotation.
  const listed = await listCount(page);
  expect(listed).toBe(counted.terms + counted.figures);

  // Straight to the far figure: it is painted as it comes into view, and its card opens.
  const at = await pointOfText(page, 'ongeveer 530');
  await expect.poll(async () => (await highlightSizes(page)).consistent ?? 0).toBe(1);
  await page.mouse.move(at.x, at.y);
  await expect.poll(() => extensionUiText(page)).toMatch(/Klopt met de bron/);
  await page.keyboard.press('Escape');

  // The keyboard: focus on the link in the last paragraph opens its term's card.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => (document.querySelector('#far-link a') as HTMLElement).focus());
  await expect.poll(() => extensionUiText(page)).toMatch(/asielprocedure/i);

  // Scrolled through, the list has the same annotations as at the start.
  expect(await listCount(page)).toBe(listed);

  await page.close();
});

test('a long article: a far paragraph the page rewrites before the reader got there is read again', async ({ context, server, serviceWorker }) => {
  const url = `${server.origin}/long-article.html`;
  const page = await openAnnotated(context, url);
  await expect.poll(async () => (await summary(serviceWorker, url))?.figures ?? 0).toBe(1);
  const served = await listCount(page);
  // Afresh, and this time nothing asks for every annotation (which would place the far blocks)
  // before the page rewrites a paragraph far below with two more terms in it.
  await page.reload();
  await expect.poll(async () => (await highlightSizes(page)).term ?? 0).toBeGreaterThan(0);
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    document.querySelectorAll('#filler p')[150].textContent = 'Ook hier zochten gemeenten opvang voor asielzoekers en statushouders.';
  });
  await expect.poll(() => listCount(page)).toBeGreaterThan(served);
});
