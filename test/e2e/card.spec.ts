import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { extensionUiText, pointOfText } from './ui-text';

const ARTIFACTS = 'test-results/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

/** Waits until the extension has painted its highlights on the page. */
async function waitForAnnotations(page: import('@playwright/test').Page) {
  await expect
    .poll(() => page.evaluate(() => (CSS as any).highlights?.has('migration-lens-term') ?? false), { timeout: 15_000 })
    .toBe(true);
}

test('the bundled fact base reaches IndexedDB in the extension origin', async ({ serviceWorker }) => {
  const bundled = JSON.parse(readFileSync('data/nl-migration-agenda/pack.json', 'utf8'));
  const readDb = () =>
    serviceWorker.evaluate(
      () =>
        new Promise<{ packs: string[]; concepts: number; facts: number } | { error: string }>((ok) => {
          const req = indexedDB.open('migration-lens');
          req.onerror = () => ok({ error: String(req.error) });
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('packs')) return ok({ packs: [], concepts: 0, facts: 0 });
            const tx = db.transaction(['packs', 'concepts', 'facts'], 'readonly');
            const packs = tx.objectStore('packs').getAll();
            const concepts = tx.objectStore('concepts').count();
            const facts = tx.objectStore('facts').count();
            tx.oncomplete = () => {
              db.close();
              ok({ packs: packs.result.map((p: { id: string; version: string }) => `${p.id}@${p.version}`), concepts: concepts.result, facts: facts.result });
            };
          };
        }),
    );
  // The background installs the pack when it starts; wait until it has.
  await expect.poll(async () => JSON.stringify(await readDb())).toContain(`nl-migration-agenda@${bundled.version}`);
  const db = (await readDb()) as { concepts: number; facts: number };
  expect(db.concepts).toBeGreaterThanOrEqual(40);
  expect(db.facts).toBeGreaterThanOrEqual(20);
});

test('hovering a pillar name shows its sourced card, and the page DOM stays untouched', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo.html`);
  await waitForAnnotations(page);

  const at = await pointOfText(page, 'minder illegaliteit en meer terugkeer');
  await page.mouse.move(at.x, at.y);
  await expect.poll(() => extensionUiText(page)).toMatch(/Pijler 4/);
  const text = (await extensionUiText(page))!;
  expect(text).toMatch(/Minder illegaliteit,? (en )?meer terugkeer/i);
  expect(text).toMatch(/Bron/);
  expect(text).toMatch(/Kamerstuk 19 637|Rijksoverheid|Justitie en Veiligheid/);
  expect(text).toMatch(/20(18|19|24)/);
  await page.screenshot({ path: `${ARTIFACTS}/card-hover.png` });

  // Escape closes the card.
  await page.keyboard.press('Escape');
  await expect.poll(() => extensionUiText(page)).not.toMatch(/Pijler 4/);

  // The only change the page can observe is the extension's own UI host.
  const mutations = await page.evaluate(() => (window as any).__pageMutations);
  expect(mutations).toEqual([{ type: 'childList', target: 'HTML', added: ['MIGRATION-LENS-UI'], removed: [], attribute: null }]);
  const wrapped = await page.evaluate(() => document.querySelectorAll('article mark, article [data-migration-lens]').length);
  expect(wrapped).toBe(0);
});

test('keyboard focus on a link with a term opens its card', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo.html`);
  await waitForAnnotations(page);
  await page.keyboard.press('Tab'); // the lead link, "De integrale migratieagenda"
  await page.keyboard.press('Tab'); // the IND link in the aside
  await expect(page.locator('#ind-link')).toBeFocused();
  await expect.poll(() => extensionUiText(page)).toMatch(/Immigratie- en Naturalisatiedienst/);
  expect(await extensionUiText(page)).toMatch(/Bron/);
  await page.screenshot({ path: `${ARTIFACTS}/card-keyboard.png` });
});
