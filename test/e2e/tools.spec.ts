import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { clickExtensionUi, extensionUiText, highlightSizes, openAnnotated, pointOfText } from './ui-text';

const ARTIFACTS = 'test-results/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  return context.serviceWorkers()[0].evaluate(async (u) => (await (globalThis as any).chrome.tabs.query({ url: u }))[0]?.id, url);
}

const termTexts = (page: Page) =>
  page.evaluate(() => [...(((CSS as any).highlights.get('migration-lens-term') ?? []) as Iterable<Range>)].map((r) => r.toString()));

/** A tiny RFC 4180 reader, to check the CSV the way a spreadsheet would read it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

test('a fact-checker exports every checked figure with its citation, from the popup and from the list', async ({ context, server, extensionId }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openAnnotated(context, `${server.origin}/figures.html`);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(context, `${server.origin}/figures.html`)}`);

  const download = async (name: string) => {
    const [file] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name }).click()]);
    const path = join(tmpdir(), `ml-${Date.now()}-${file.suggestedFilename()}`);
    await file.saveAs(path);
    writeFileSync(`${ARTIFACTS}/${file.suggestedFilename()}`, readFileSync(path));
    return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
  };

  const csv = await download('CSV downloaden');
  expect(csv.name).toMatch(/^migration-lens-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
  const header = rows[0];
  const figures = rows.slice(1).filter((r) => r[header.indexOf('kind')] === 'figure' || r.some((c) => c === 'figure'));
  expect(figures.length).toBe(3);
  const consistent = rows.find((r) => r.some((c) => c.includes('ongeveer 530')))!;
  const joined = consistent.join(' | ');
  expect(joined).toContain('In 2018 zijn ongeveer 530 vluchtelingen in Nederland hervestigd via het nationale programma.');
  expect(joined).toContain('consistent');
  expect(joined).toContain('Kamerstuk 19 637, nr. 2535');
  expect(joined).toContain(`${server.origin}/figures.html`);

  const md = await download('Markdown downloaden');
  const tableLines = md.text.split('\n').filter((l) => l.startsWith('|'));
  expect(tableLines.length).toBeGreaterThan(3);
  const columns = tableLines[0].split(/(?<!\\)\|/).length;
  for (const line of tableLines) expect(line.split(/(?<!\\)\|/).length).toBe(columns);

  const json = JSON.parse((await download('JSON downloaden')).text);
  expect(json.page.url).toBe(`${server.origin}/figures.html`);
  expect(json.rows.filter((r: { verdict: string | null }) => r.verdict).map((r: { verdict: string }) => r.verdict).sort()).toEqual(['consistent', 'context', 'differs']);

  const claims = JSON.parse((await download('ClaimReview downloaden')).text);
  const reviews = (Array.isArray(claims) ? claims : claims['@graph'] ?? [claims]) as Record<string, any>[];
  // Drafts only for figures the engine judged: a "context" figure is not a claim it reviewed.
  expect(reviews).toHaveLength(2);
  for (const r of reviews) {
    expect(r['@type']).toBe('ClaimReview');
    expect(r.claimReviewed).toBeTruthy();
    expect(r.reviewRating).toBeTruthy();
  }

  // Copy to the clipboard.
  await popup.getByRole('button', { name: 'Markdown kopiëren' }).click();
  await expect(popup.locator('.export-status')).toContainText('Gekopieerd');
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toContain('ongeveer 530');

  // From the annotation list on the page.
  await page.bringToFront();
  await page.keyboard.press('Alt+Shift+L');
  await expect.poll(() => extensionUiText(page)).toMatch(/gevonden/);
  const [fromList] = await Promise.all([page.waitForEvent('download'), clickExtensionUi(page, 'JSON downloaden')]);
  const listJson = JSON.parse(readFileSync(await fromList.path(), 'utf8'));
  expect(listJson.rows.length).toBe(json.rows.length);
});

test('a teacher imports a pack, open tabs use it at once, a bad pack is refused whole, and packs can be switched, exported and deleted', async ({ context, server, extensionId }) => {
  const page = await openAnnotated(context, `${server.origin}/demo.html`);
  expect(await termTexts(page)).not.toContain('staatssecretaris');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const packList = options.locator('.packs-list > li');
  await expect(packList).toHaveCount(3);

  // A bad pack: every problem listed with its path, nothing written.
  const bad = JSON.parse(readFileSync('test/fixtures/packs/user-pack.json', 'utf8'));
  bad.concepts[0].label = { nl: 'Zonder Engels' };
  bad.sources[0].url = 'javascript:alert(1)';
  const badPath = join(tmpdir(), `ml-bad-${Date.now()}.json`);
  writeFileSync(badPath, JSON.stringify(bad));
  await options.getByLabel(/Een feitenpakket importeren/).setInputFiles(badPath);
  await expect(options.locator('.problems')).toContainText('concepts[0].label.en');
  await expect(options.locator('.problems')).toContainText('sources[0].url');
  await expect(packList).toHaveCount(3);
  const notJson = join(tmpdir(), `ml-broken-${Date.now()}.json`);
  writeFileSync(notJson, '{"format": "migration-lens/fact-pack", ');
  await options.getByLabel(/Een feitenpakket importeren/).setInputFiles(notJson);
  await expect(options.locator('.problems')).toBeVisible();
  await expect(packList).toHaveCount(3);

  // The good pack: listed, and the open article recognises its term without a reload.
  await options.getByLabel(/Een feitenpakket importeren/).setInputFiles('test/fixtures/packs/user-pack.json');
  await expect(options.locator('.import-result')).toContainText('Begrippen klas 3B geïmporteerd');
  await expect(packList).toHaveCount(4);
  await expect.poll(() => termTexts(page)).toContain('staatssecretaris');
  await page.bringToFront();
  const at = await pointOfText(page, 'staatssecretaris');
  await page.mouse.move(at.x, at.y);
  await expect.poll(() => extensionUiText(page)).toMatch(/Staatssecretaris/);
  // The note that came with the pack shows in the card.
  expect(await extensionUiText(page)).toMatch(/Bespreek met de klas/);
  await options.screenshot({ path: `${ARTIFACTS}/options-packs.png`, fullPage: true });

  // Export the pack: the note travels with it.
  const [exported] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Begrippen klas 3B exporteren' }).click()]);
  const pack = JSON.parse(readFileSync(await exported.path(), 'utf8'));
  expect(pack.id).toBe('klas-3b-begrippen');
  expect(pack.notes[0].text).toMatch(/Bespreek met de klas/);

  // Switch it off, then delete it: the term is no longer recognised.
  await options.getByLabel('Begrippen klas 3B gebruiken').uncheck();
  await expect.poll(() => termTexts(page)).not.toContain('staatssecretaris');
  await options.getByLabel('Begrippen klas 3B gebruiken').check();
  await expect.poll(() => termTexts(page)).toContain('staatssecretaris');
  options.once('dialog', (d) => d.accept());
  await options.getByRole('button', { name: 'Begrippen klas 3B verwijderen' }).click();
  await expect(packList).toHaveCount(3);
  await expect.poll(() => termTexts(page)).not.toContain('staatssecretaris');
  // The bundled packs cannot be deleted.
  await expect(options.getByRole('button', { name: /verwijderen/ }).filter({ hasText: /Migratieagenda|statistiek|thesaurus/i })).toHaveCount(0);
});

test('a bundled concept can be switched off, and an educator’s note shows in the card and survives a reload', async ({ context, server, extensionId }) => {
  const page = await openAnnotated(context, `${server.origin}/demo.html`);
  expect(await termTexts(page)).toContain('IND');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const first = options.locator('.packs-list > li').first();
  await first.locator('summary').click();
  await first.getByLabel(/Immigratie- en Naturalisatiedienst/).first().uncheck();
  await expect.poll(() => termTexts(page)).not.toContain('IND');

  await page.bringToFront();
  const hover = async () => {
    const at = await pointOfText(page, 'vertrekplicht');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => extensionUiText(page)).toMatch(/Vertrekplicht/i);
  };
  await hover();
  await clickExtensionUi(page, 'Notitie toevoegen');
  await clickExtensionUi(page, 'note-text');
  await page.keyboard.type('Laat leerlingen <b>zelf</b> een voorbeeld zoeken.');
  await clickExtensionUi(page, 'Notitie opslaan');
  await expect.poll(() => extensionUiText(page)).toMatch(/Notitie\s*:\s*Laat leerlingen <b>zelf<\/b> een voorbeeld zoeken\./);
  await page.screenshot({ path: `${ARTIFACTS}/card-note.png` });

  await page.reload();
  await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toHaveProperty('term');
  await hover();
  expect(await extensionUiText(page)).toMatch(/Laat leerlingen <b>zelf<\/b> een voorbeeld zoeken\./);
});
