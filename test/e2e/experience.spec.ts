import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { axeViolations, axeViolationsInExtensionUi, evalInExtensionWorld } from './axe';
import { expect, test } from './fixtures';
import { boxOfText, extensionUiBox, extensionUiText, highlightSizes, openAnnotated, pointOfText } from './ui-text';

const ARTIFACTS = 'test-results/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

async function hover(page: Page, text: string) {
  const at = await pointOfText(page, text);
  await page.mouse.move(at.x, at.y);
}

test.describe('highlights and cards', () => {
  test('figures are painted by verdict and hidden or editable text is skipped', async ({ context, server }) => {
    const page = await openAnnotated(context, `${server.origin}/figures.html`);
    const sizes = await highlightSizes(page);
    expect(sizes.consistent).toBe(1);
    expect(sizes.differs).toBe(1);
    expect(sizes.context).toBe(1);
    // "asielinstroom" appears in hidden, aria-hidden, textarea and contenteditable text, and
    // once visibly at the bottom: only that one is painted (plus the other terms).
    await page.evaluate(() => document.getElementById('bottom')!.scrollIntoView());
    const termRanges = await page.evaluate(() =>
      [...((CSS as any).highlights.get('migration-lens-term') as Iterable<Range>)].map((r) => r.toString()),
    );
    expect(termRanges.filter((t) => /asielinstroom/i.test(t))).toHaveLength(1);
    // Decoys: a score, a phone number and a kamerstuk number are not figures.
    const figureTexts = await page.evaluate(() =>
      ['consistent', 'differs', 'context', 'figure'].flatMap((k) => [...(((CSS as any).highlights.get(`migration-lens-${k}`) ?? []) as Iterable<Range>)].map((r) => r.toString())),
    );
    expect(figureTexts.sort()).toEqual(['600', '620', 'ongeveer 530']);

    // The list names each annotation by its words on the page, also a term split over two
    // text nodes ("<b>asiel</b>aanvragen").
    await page.keyboard.press('Alt+Shift+L');
    await expect.poll(() => extensionUiText(page)).toMatch(/gevonden/);
    const list = (await extensionUiText(page))!;
    for (const words of ['ongeveer 530', '620', 'asielaanvragen', 'IND']) expect(list).toContain(words);
  });

  test('a figure card shows what was understood, the verdict, the source figure and the quote', async ({ context, server }) => {
    const page = await openAnnotated(context, `${server.origin}/figures.html`);
    await hover(page, 'ongeveer 530');
    await expect.poll(() => extensionUiText(page)).toMatch(/Klopt met de bron/);
    const consistent = (await extensionUiText(page))!;
    // What was read, slot by slot.
    expect(consistent).toMatch(/Gelezen als\s*:\s*hervestigde vluchtelingen · NL · 2018 · gerealiseerd · circa 530/);
    expect(consistent).toMatch(/ongeveer 530 vluchtelingen/); // the verbatim quote
    expect(consistent).toMatch(/Kamerstuk 19 637, nr\. 2535/);
    expect(consistent).toMatch(/Bronvermelding kopiëren/);
    await page.screenshot({ path: `${ARTIFACTS}/card-consistent.png` });

    await page.keyboard.press('Escape'); // the open card lies over the next line
    await hover(page, '620');
    await expect.poll(() => extensionUiText(page)).toMatch(/Wijkt af van de bron/);
    const differs = (await extensionUiText(page))!;
    expect(differs).toMatch(/verschil\s*:\s*\+90 \(\+17%\)/);
    await page.screenshot({ path: `${ARTIFACTS}/card-differs.png` });

    await page.keyboard.press('Escape');
    await hover(page, '600');
    await expect.poll(() => extensionUiText(page)).toMatch(/Geen cijfer voor deze periode/);
    expect(await extensionUiText(page)).toMatch(/2018: ≈ 530/);
  });

  test('the card stays open while hovered, closes with Escape, opens on click, and flips above near the bottom', async ({ context, server }) => {
    const page = await openAnnotated(context, `${server.origin}/figures.html`);
    await hover(page, 'ongeveer 530');
    await expect.poll(() => extensionUiBox(page, 'card')).not.toBeNull();
    const card = (await extensionUiBox(page, 'card'))!;
    const word = await boxOfText(page, 'ongeveer 530');
    expect(card.top).toBeGreaterThanOrEqual(word.top + word.height); // below, not over the word
    // Move onto the card: it stays.
    await page.mouse.move(card.left + 20, card.top + 20, { steps: 5 });
    await page.waitForTimeout(700);
    expect(await extensionUiText(page)).toMatch(/Klopt met de bron/);
    await page.keyboard.press('Escape');
    await expect.poll(() => extensionUiText(page)).toBe('');

    // Click (as a touch user would) on a word near the bottom of the viewport.
    await page.evaluate(() => {
      const el = document.getElementById('bottom')!;
      window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight + 60);
    });
    const bottomWord = await page.evaluate(() => {
      const el = document.getElementById('bottom')!;
      const text = el.firstChild as Text;
      const i = text.data.indexOf('asielinstroom');
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 'asielinstroom'.length);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2, top: b.top };
    });
    await page.mouse.click(bottomWord.x, bottomWord.y);
    await expect.poll(() => extensionUiText(page)).toMatch(/Asielinstroom/i);
    const flipped = (await extensionUiBox(page, 'card'))!;
    expect(flipped.top + flipped.height).toBeLessThanOrEqual(bottomWord.top + 1);
    expect(flipped.top).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: `${ARTIFACTS}/card-flipped.png` });
  });

  test('axe finds no violations in the card', async ({ context, server }) => {
    const page = await openAnnotated(context, `${server.origin}/figures.html`);
    await hover(page, 'ongeveer 530');
    await expect.poll(() => extensionUiText(page)).toMatch(/Klopt met de bron/);
    expect(await axeViolationsInExtensionUi(page)).toEqual([]);
  });
});

test.describe('annotation list', () => {
  test('the shortcut opens every annotation in reading order; arrows move, Enter opens a card, Escape closes', async ({ context, server }) => {
    const page = await openAnnotated(context, `${server.origin}/demo.html`);
    await page.keyboard.press('Alt+Shift+L');
    await expect.poll(() => extensionUiText(page)).toMatch(/Migratietermen en -cijfers op deze pagina/);
    const text = (await extensionUiText(page))!;
    const count = Number(/(\d+) gevonden/.exec(text)?.[1]);
    expect(count).toBeGreaterThan(15);
    // Reading order: the headline's term comes before the pillars, which come before UNHCR.
    expect(text.indexOf('asielinstroom')).toBeLessThan(text.indexOf('minder illegaliteit en meer terugkeer'));
    expect(text.indexOf('minder illegaliteit en meer terugkeer')).toBeLessThan(text.indexOf('UNHCR'));
    await page.screenshot({ path: `${ARTIFACTS}/list.png` });
    const violations = await axeViolationsInExtensionUi(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => extensionUiText(page)).toMatch(/Bron/);
    await page.keyboard.press('Escape'); // closes the list (focus is in it)
    await expect.poll(() => extensionUiText(page)).not.toMatch(/gevonden/);
  });
});

test.describe('dynamic pages', () => {
  test('added text is annotated and SPA navigation re-reads the page', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/spa.html`);
    await page.waitForFunction(() => document.querySelector('migration-lens-ui'));
    expect((await highlightSizes(page)).term ?? 0).toBe(0);
    await page.evaluate(() => (window as any).appendParagraph('De asielinstroom en de IND staan centraal.'));
    await expect.poll(async () => (await highlightSizes(page)).term ?? 0).toBe(2);
    await page.evaluate(() => (window as any).navigateTo('/artikel/2', '<h1>Nareizigers</h1><p>Het COA zoekt opvang voor asielzoekers.</p>'));
    const termTexts = () => page.evaluate(() => [...((CSS as any).highlights.get('migration-lens-term') as Iterable<Range>)].map((r) => r.toString()).sort());
    // The old page's paragraph is gone with its highlights; the new one is read.
    await expect.poll(termTexts).toEqual(expect.arrayContaining(['COA', 'asielzoekers']));
    expect(await termTexts()).not.toContain('IND');
    expect(await termTexts()).not.toContain('');
  });
});

test.describe('popup and options', () => {
  test('the popup shows counts and top annotations, opens a card, and turns a site on and off', async ({ context, server, extensionId }) => {
    const page = await openAnnotated(context, `${server.origin}/figures.html`);
    const tabId = await context.serviceWorkers()[0].evaluate(async (url) => (await (globalThis as any).chrome.tabs.query({ url }))[0]?.id, `${server.origin}/figures.html`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('.counts')).toContainText(/termen, 3 cijfers/);
    await expect(popup.locator('.verdicts')).toHaveText('Cijfers: 1 kloppen, 1 wijken af, 1 context, 0 niet gecontroleerd');
    await popup.screenshot({ path: `${ARTIFACTS}/popup.png` });
    expect(await axeViolations(popup)).toEqual([]);

    await popup.getByRole('button', { name: /ongeveer 530/ }).click();
    await expect.poll(() => extensionUiText(page)).toMatch(/Klopt met de bron/);

    await popup.getByRole('button', { name: 'Altijd op deze site' }).click();
    await expect(popup.getByText('Annoteren staat aan voor http://127.0.0.1')).toBeVisible();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('.sites')).toContainText('http://127.0.0.1');
    await options.screenshot({ path: `${ARTIFACTS}/options.png` });
    expect(await axeViolations(options)).toEqual([]);
    await options.getByRole('button', { name: 'http://127.0.0.1 verwijderen' }).click();
    await expect(options.getByText('Nog geen sites.')).toBeVisible();
  });

  test('options change what the page shows and the UI language, at once', async ({ context, server, extensionId }) => {
    const page = await openAnnotated(context, `${server.origin}/figures.html`);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Beleidstermen').uncheck();
    await expect.poll(async () => (await highlightSizes(page)).term ?? 0).toBe(0);
    expect((await highlightSizes(page)).consistent).toBe(1);
    await options.getByLabel('Taal van de extensie').selectOption('en');
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Migration Lens — settings');
    await hover(page, 'ongeveer 530');
    await expect.poll(() => extensionUiText(page)).toMatch(/Consistent with the source/);
  });
});

test.describe('colour schemes', () => {
  const cardStyle = (page: Page) =>
    evalInExtensionWorld<{ background: string; border: string; display: string }>(page, [
      `(() => {
        const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('migration-lens-ui'));
        const card = root.querySelector('.card');
        const s = getComputedStyle(card);
        return { background: s.backgroundColor, border: s.borderTopWidth, display: s.display };
      })()`,
    ]);

  for (const scheme of [
    { name: 'light', media: { colorScheme: 'light' as const }, background: 'rgb(255, 255, 255)' },
    { name: 'dark', media: { colorScheme: 'dark' as const }, background: 'rgb(17, 24, 39)' },
    { name: 'forced-colours', media: { forcedColors: 'active' as const, reducedMotion: 'reduce' as const }, border: '2px' },
  ]) {
    test(`the card is legible in ${scheme.name} mode`, async ({ context, server }) => {
      const page = await context.newPage();
      await page.emulateMedia(scheme.media);
      await page.goto(`${server.origin}/figures.html`);
      await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toHaveProperty('consistent');
      await hover(page, 'ongeveer 530');
      await expect.poll(() => extensionUiText(page)).toMatch(/Klopt met de bron/);
      const style = await cardStyle(page);
      expect(style.display).toBe('block');
      if (scheme.background) expect(style.background).toBe(scheme.background);
      if (scheme.border) expect(style.border).toBe(scheme.border);
      await page.screenshot({ path: `${ARTIFACTS}/card-${scheme.name}.png` });
    });
  }
});
