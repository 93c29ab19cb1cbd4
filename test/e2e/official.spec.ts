/**
 * Official statistics in the card (issue 9, "Done when"): on a Dutch article dated 2024 that
 * puts the first asylum applications of the year before ("vorig jaar") at "ruim 38.000", the
 * card names the measure and period it understood (first asylum applications, 2023), gives
 * the official figure with its source, draws the series with 2023 marked, and explains the other
 * official count of that year (the IND total inflow, with its counting rule).
 */
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { extensionUiText, highlightSizes, pointOfText } from './ui-text';

const ARTIFACTS = 'test-results/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

interface DomNode {
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The chart in the extension's card: its points, and which of them are marked current. */
async function chartPoints(page: Page): Promise<{ points: number; current: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const kids = (n: DomNode) => [...(n.shadowRoots ?? []), ...(n.children ?? [])];
    const find = (n: DomNode): DomNode | null => (n.nodeName === 'MIGRATION-LENS-UI' ? n : kids(n).map(find).find(Boolean) ?? null);
    const host = find(root);
    const out = { points: 0, current: [] as string[] };
    const attr = (n: DomNode, name: string) => {
      const a = n.attributes ?? [];
      for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
      return undefined;
    };
    const walk = (n: DomNode, inSvg: boolean) => {
      const svg = inSvg || n.nodeName.toLowerCase() === 'svg';
      if (svg && n.nodeName.toLowerCase() === 'circle') out.points++;
      if (svg && n.nodeName.toLowerCase() === 'g' && /\bcurrent\b/.test(attr(n, 'class') ?? '')) out.current.push(attr(n, 'aria-label') ?? '');
      kids(n).forEach((k) => walk(k, svg));
    };
    if (host) walk(host, false);
    return out;
  } finally {
    await cdp.detach();
  }
}

test('the card on "ruim 38.000 … voor het eerst asiel" explains the official counts of 2023', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/official.html`);
  await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toHaveProperty('consistent');

  const at = await pointOfText(page, 'ruim 38.000');
  await page.mouse.move(at.x, at.y);
  await expect.poll(() => extensionUiText(page)).toMatch(/Klopt met de bron/);
  // The helper joins text nodes with spaces: compare without white space.
  const text = (await extensionUiText(page))!;
  const squashed = text.replace(/\s+/g, '');
  const shows = (s: string) => expect(squashed).toContain(s.replace(/\s+/g, ''));

  // The measure and period understood.
  shows('Meting: Eerste asielaanvragen');
  shows('Periode: 2023');
  // The official figure with its source, counting rule and backing.
  shows('Klopt met Eerste asielverzoeken (CBS-reeks) (2023: > 38.000, CBS');
  shows('zonder herhaalde aanvragen en zonder nareizigers');
  shows('parafrase van een webpagina, gepubliceerd 2024-02, betrouwbaarheid middel, via The Hague Online');
  shows('Klopt met Eerste asielaanvragen (IND/ministerie) (2023: > 38.000');
  // The other official count of the same year, with its rule.
  shows('Andere officiële tellingen in dezelfde periode');
  shows('Totale asielinstroom (IND-definitie) (2023: 50.720');
  shows('Eerste aanvragen + herhaalde aanvragen + nareizigers');
  // How recent the newest figure of the measure is.
  shows('Nieuwste cijfer: 2025');

  // The series: a chart with points, 2023 marked, each point naming its source.
  const chart = await chartPoints(page);
  expect(chart.points).toBeGreaterThan(5);
  expect(chart.current).toHaveLength(1);
  expect(chart.current[0]).toMatch(/^2023: > 38\.000 — CBS/);
  await page.screenshot({ path: `${ARTIFACTS}/card-official.png` });
});

test('a figure the source revised: the card names the first release and the revision', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/revised.html`);
  await expect.poll(() => highlightSizes(page), { timeout: 15_000 }).toHaveProperty('consistent');
  const at = await pointOfText(page, '6.740');
  await page.mouse.move(at.x, at.y);
  await expect.poll(() => extensionUiText(page)).toMatch(/Klopt met de bron/);
  const squashed = (await extensionUiText(page))!.replace(/\s+/g, '');
  expect(squashed).toContain('Gelezenals:eersteasielaanvragen·NL·3ekwartaal2025·gerealiseerd·6.740'.replace(/\s+/g, ''));
  expect(squashed).toMatch(/CBS[^;]*publiceerdeeerst6\.800\(2025-11-03\);herziennaar6\.740\(2026\)/);
});
