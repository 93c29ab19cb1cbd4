import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { extensionUiText, highlightSizes } from './ui-text';

const ARTIFACTS = 'test-results/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

test('the class view groups the page by pillar, reveals on click, highlights all, and prints a context sheet', async ({ context, server, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo.html`);
  await expect.poll(() => highlightSizes(page)).toHaveProperty('term');
  const tabId = await serviceWorker.evaluate(async (url) => (await (globalThis as any).chrome.tabs.query({ url }))[0]?.id, `${server.origin}/demo.html`);

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Klasweergave');
  // Six pillars and "other", each with its name.
  const headings = panel.getByRole('heading', { level: 2 });
  await expect(headings).toHaveCount(7);
  await expect(headings.nth(3)).toContainText('Pijler 4: Minder illegaliteit');
  await expect(headings.nth(6)).toContainText('Overige termen en cijfers');
  // The pillar-4 term from the article is under pillar 4, IND under "other".
  await expect(panel.locator('.pillar-group-4')).toContainText('minder illegaliteit en meer terugkeer');
  await expect(panel.locator('.pillar-group-other')).toContainText('IND');
  await panel.screenshot({ path: `${ARTIFACTS}/class-view.png`, fullPage: true });
  expect(await axeViolations(panel)).toEqual([]);

  // Reveal mode: definitions and sources are hidden until asked for.
  await panel.getByLabel(/Onthulmodus/).check();
  const group4 = panel.locator('.pillar-group-4');
  await expect(group4.locator('.definition')).toHaveCount(0);
  await group4.getByRole('button', { name: 'Toon definitie en bron' }).first().click();
  await expect(group4.locator('.definition').first()).toBeVisible();
  await expect(group4.locator('.source').first()).toContainText('Bron');

  // Highlight all: the page's highlights get the strong style — the terms are registered
  // under the strong style's highlight name, which the injected stylesheet paints with the
  // stronger tint.
  const termStyle = () =>
    page.evaluate(() => {
      const hs = (CSS as any).highlights as Map<string, Set<Range>>;
      const names = [...hs.keys()].filter((n) => n.startsWith('migration-lens-term') && hs.get(n)!.size > 0);
      return names.join(',');
    });
  expect(await termStyle()).toBe('migration-lens-term');
  await panel.getByLabel('Alles op de pagina markeren').check();
  await expect.poll(termStyle).toBe('migration-lens-term-strong');

  // "Show on page" opens the card in the article.
  await panel.locator('.pillar-group-4').getByRole('button', { name: 'Toon op pagina' }).first().click();
  await expect.poll(() => extensionUiText(page)).toMatch(/Pijler 4/);

  // The context sheet, printed to PDF and turned into an image to look at.
  const sheetPromise = context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Contextblad om te printen' }).click();
  const sheet = await sheetPromise;
  await sheet.waitForLoadState();
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(/Kabinet: migratieagenda moet grip geven op asielinstroom/);
  await expect(sheet.locator('.url')).toContainText(`${server.origin}/demo.html`);
  // In print, reveal buttons and controls are gone and every annotation shows its source.
  await sheet.emulateMedia({ media: 'print' });
  await expect(sheet.getByRole('button', { name: 'Printen' })).toBeHidden();
  await expect(sheet.locator('.pillar-group-4 .source').first()).toBeVisible();
  const pdf = await sheet.pdf({ format: 'A4', printBackground: true });
  writeFileSync(`${ARTIFACTS}/context-sheet.pdf`, pdf);
  expect(pdf.length).toBeGreaterThan(10_000);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', `${ARTIFACTS}/context-sheet.pdf`, `${ARTIFACTS}/context-sheet`]);
  } catch {
    // pdftoppm (poppler-utils) is optional: the PDF itself is the artifact.
  }
});
