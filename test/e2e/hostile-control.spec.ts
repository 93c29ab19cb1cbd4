/**
 * A page must not be able to switch the extension off, nor steer it: elements that shadow
 * the content script's globals (DOM clobbering), replayed start-up announcements of the
 * script framework, forged events, and tampering with the UI host and the highlights. Each
 * test asserts what a reader would see, in a real Chromium with the test build loaded.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HIGHLIGHT_TEXTS, UI_STATE, worlds, type UiState } from './isolated-world';
import { extensionUiText, highlightSizes, pointOfText } from './ui-text';

test.use({ trace: 'off' });

/** The page is annotated and a card opens on hover, read from the content script's world. */
async function expectWorking(page: Page, terms: string[], hover: string, card: RegExp): Promise<void> {
  await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toHaveProperty('term');
  const w = await worlds(page);
  expect((await w.isolated<Record<string, string[]>>(HIGHLIGHT_TEXTS)).term.sort()).toEqual([...terms].sort());
  await w.detach();
  const at = await pointOfText(page, hover);
  await page.mouse.move(at.x, at.y);
  await expect.poll(() => extensionUiText(page)).toMatch(card);
}

test.describe('a page cannot switch the extension off', () => {
  // "opvang" is a migration term only in context: here, beside COA and nareizigers, it is one.
  const terms = ['COA', 'IND', 'asielinstroom', 'nareizigers', 'opvang'];

  test('elements named like the script\'s globals (DOM clobbering) do not stop it from starting', async ({ context, server }) => {
    const page = await context.newPage();
    let crashed = false;
    page.on('crash', () => (crashed = true));
    await page.goto(`${server.origin}/hostile/clobber.html`);
    // The clobbering element is what the content script's world sees under that name.
    const w = await worlds(page);
    expect(await w.isolated<string>('String(globalThis.__migrationLensActive)')).toMatch(/HTMLDivElement/);
    await w.detach();
    await expectWorking(page, terms, 'nareizigers', /Nareiziger/i);
    expect(crashed).toBe(false);
  });

  for (const name of ['browser', 'chrome']) {
    for (const frame of ['same-origin', 'cross-origin'] as const) {
      test(`a ${frame} frame named "${name}" neither crashes the tab nor cuts the script off from its API`, async ({ context, server }) => {
        const port = new URL(server.origin).port;
        const from = frame === 'same-origin' ? 'same' : `http://localhost:${port}`;
        const page = await context.newPage();
        let crashed = false;
        page.on('crash', () => (crashed = true));
        await page.goto(`${server.origin}/hostile/clobber.html?frame=${encodeURIComponent(from)}&name=${name}`);
        await expect.poll(() => page.frames().length).toBe(2);
        await expectWorking(page, terms, 'nareizigers', /Nareiziger/i);
        expect(crashed).toBe(false);
      });
    }
  }

  test('a page that replays the start-up announcement keeps its highlights, its card and its watcher', async ({ context, server, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/hostile/replay.html`);
    await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toMatchObject({ term: 5 });
    // What the script framework would have told the page on its own (and the page replayed).
    await page.waitForTimeout(300);
    const heard = await page.evaluate(() => (window as any).__announcements as string[]);
    // A page that knows the extension's id forges the announcement outright.
    await page.evaluate((id) => (window as any).forgeFor(id), extensionId);
    await page.waitForTimeout(500);
    expect(heard).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('migration-lens-ui').length)).toBe(1);
    await expectWorking(page, terms, 'nareizigers', /Nareiziger/i);
    // The mutation watcher still reads what the page adds.
    await page.evaluate(() => (window as any).addParagraph('Ook het aantal hervestigde vluchtelingen daalt.'));
    await expect.poll(async () => (await highlightSizes(page)).term).toBe(5);
  });

  test('a forged location-change event neither closes the card nor makes the page be read again', async ({ context, server, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/hostile/replay.html`);
    await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toMatchObject({ term: 5 });
    const at = await pointOfText(page, 'asielinstroom');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => extensionUiText(page)).toMatch(/Asielinstroom/);
    // A re-read would replace every range; note one of the extension's ranges to compare.
    const w = await worlds(page);
    await w.isolated(`globalThis.__probeRange = [...CSS.highlights.get('migration-lens-term')][0]; true`);
    for (let i = 0; i < 5; i++) await page.evaluate((id) => (window as any).forgeLocationChange(id), extensionId);
    await page.waitForTimeout(600);
    expect(await extensionUiText(page)).toMatch(/Asielinstroom/);
    expect(await w.isolated<boolean>(`CSS.highlights.get('migration-lens-term').has(globalThis.__probeRange)`)).toBe(true);
    await w.detach();
  });
});

test.describe('privileged requests come only from the extension\'s own pages', () => {
  /** A small valid pack that would replace what "asielinstroom" means on every tab. */
  const pack = JSON.stringify({
    format: 'migration-lens/fact-pack',
    formatVersion: 1,
    id: 'from-a-page',
    version: '1.0.0',
    title: { nl: 'Van een pagina', en: 'From a page' },
    sources: [{ id: 's', title: 'Bron', publisher: 'Iemand', date: '2024', language: 'nl' }],
    concepts: [
      {
        id: 'asylum-inflow',
        kind: 'policy',
        label: { nl: 'Overgenomen', en: 'Taken over' },
        definition: { nl: 'Door een pagina geschreven.', en: 'Written by a page.' },
        terms: { nl: ['asielinstroom'], en: ['asylum inflow'] },
        sourceIds: ['s'],
      },
    ],
    facts: [],
  });

  test('code in a content script\'s world gets its text recognised but cannot import, export, delete, read notes or change settings', async ({ context, server, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/hostile/replay.html`);
    await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toHaveProperty('term');
    const w = await worlds(page);
    const send = (msg: object) => w.isolated<{ ok: boolean; error?: string }>(`chrome.runtime.sendMessage(${JSON.stringify(msg)})`);
    expect(await send({ type: 'recognise', lang: 'nl', published: null, pieces: ['De asielinstroom steeg.'] })).toMatchObject({ ok: true, data: { pieces: [{ a: [3, 16, 0] }] } });
    expect(await send({ type: 'getSettings' })).toMatchObject({ ok: true });
    for (const msg of [
      { type: 'importPack', json: pack },
      { type: 'setSettings', settings: { showTerms: false } },
      { type: 'exportPack', id: 'nl-migration-agenda' },
      { type: 'setPackEnabled', id: 'nl-migration-agenda', enabled: false },
      { type: 'getNotes' },
      { type: 'listSites' },
    ]) {
      expect(await send(msg), msg.type).toMatchObject({ ok: false, error: expect.stringMatching(/only to the extension's own pages/) });
    }
    await w.detach();

    // Nothing changed: the options page lists the bundled packs only, and the term keeps its meaning.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const packs = await options.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'listPacks' }));
    expect(packs.data.map((p: { id: string }) => p.id).sort()).toEqual(['migration-thesaurus', 'nl-migration-agenda', 'official-statistics']);
    // The extension's own page may import (the same request, from the right place).
    const imported = await options.evaluate((json) => (globalThis as any).chrome.runtime.sendMessage({ type: 'importPack', json }), pack);
    expect(imported).toMatchObject({ ok: true, data: { ok: true, outcome: 'installed' } });
  });
});

test.describe('a page cannot hide or steer the extension', () => {
  test('a host hidden by its attributes or popover state comes back, and cards still show', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/hostile/tamper.html`);
    await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toHaveProperty('term');
    await page.evaluate(() => (window as any).hideHost());
    const w = await worlds(page);
    await expect.poll(async () => (await w.isolated<UiState>(UI_STATE)).host).toMatchObject({ display: 'block', visibility: 'visible', popoverOpen: true });
    const attrs = await page.evaluate(() => document.querySelector('migration-lens-ui')!.getAttributeNames().sort());
    expect(attrs).toEqual(['popover', 'style']);
    const at = await pointOfText(page, 'asielinstroom');
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await w.isolated<UiState>(UI_STATE)).card?.visible ?? false).toBe(true);
    expect((await w.isolated<UiState>(UI_STATE)).card).toMatchObject({ onTop: true });
    await w.detach();
  });

  test('synthetic input events open neither the list nor a card', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/hostile/tamper.html`);
    await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toHaveProperty('term');
    const at = await pointOfText(page, 'asielinstroom');
    await page.evaluate(({ x, y }) => (window as any).forgeInput(x, y), at);
    await page.waitForTimeout(400);
    expect(await extensionUiText(page)).toBe('');
    // Real input still works.
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => extensionUiText(page)).toMatch(/Asielinstroom/);
  });

  test("the page's own ranges and registrations under the extension's highlight names are undone, and a moved range opens no card", async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/hostile/tamper.html`);
    await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toHaveProperty('term');
    const moved = await pointOfText(page, 'toeristen');
    await page.evaluate(() => (window as any).tamperHighlights());
    // At once: hovering the words the page moved the "nareizigers" range onto shows no card.
    await page.mouse.move(moved.x, moved.y);
    await page.waitForTimeout(300);
    expect(await extensionUiText(page)).not.toMatch(/Nareiziger/i);
    // Soon: what is registered under the extension's names is the extension's own again, the
    // moved range included.
    const w = await worlds(page);
    await expect
      .poll(async () => await w.isolated<Record<string, string[]>>(HIGHLIGHT_TEXTS), { timeout: 5000 })
      .toEqual({ term: ['asielinstroom', 'IND', 'COA', 'opvang', 'nareizigers'] });
    // The page deleting the extension's registration gets it back too.
    await page.evaluate(() => (window as any).dropHighlights());
    await expect.poll(async () => (await w.isolated<Record<string, string[]>>(HIGHLIGHT_TEXTS)).term ?? [], { timeout: 5000 }).toHaveLength(5);
    await w.detach();
  });

  test('a term read around a hidden element still opens its card (its range is where it was placed)', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/hostile/hidden-span.html`);
    await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toHaveProperty('term');
    await page.waitForTimeout(1200); // past a sweep for moved ranges
    const at = await pointOfText(page, 'terugkeer');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => extensionUiText(page)).toMatch(/Terugkeer/i);
  });
});

