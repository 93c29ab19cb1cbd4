/**
 * The Markdown export as a renderer shows it. markdown-it is CommonMark with GFM tables, and
 * with `linkify` on it links more than GitHub does (also bare domains such as nos.nl), so it is
 * the stricter check: nothing from the page may become a link, an element or markup.
 */
import MarkdownIt from 'markdown-it';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import mini from '../../test/fixtures/packs/mini-pack.json';
import { indexSnapshot } from '../factbase/snapshot-index';
import { snapshotFromPacks } from '../factbase/memory';
import { parsePack } from '../factbase/validate';
import type { Annotation } from '../recognise/types';
import { buildPageReport, MARKDOWN_COLUMNS, toMarkdown } from './index';

const index = indexSnapshot(snapshotFromPacks([parsePack(mini)]));

const SENTENCE =
  'Lees https://evil.example/login?next=/ of www.evil.example en mail fraude@evil.example, ' +
  'zie ook nos.nl/artikel, <https://x.example> en [klik](https://y.example) ' +
  '<img src=x onerror=alert(1)> **vet** — er werden ongeveer 530 vluchtelingen hervestigd.';

const figure: Annotation = {
  kind: 'figure', start: 0, end: 3, text: '530', concept: 'resettlement', value: 530, unit: 'count', qualifier: 'approximately',
  year: 2018, period: '2018', geo: 'NL', factIds: ['resettled-2018-national'], verdict: 'consistent',
  comparison: { verdict: 'consistent', factId: 'resettled-2018-national', sourceValue: 530 },
};

function rendered(html: boolean) {
  const report = buildPageReport(
    { url: 'https://news.example/a', title: 'Zie https://title.example', lang: 'nl', annotations: [figure, { ...figure }], sentences: [SENTENCE, 'Kort: www.b.example'], checkedAt: new Date('2026-02-03T10:20:30Z') },
    index,
  );
  const out = new MarkdownIt({ html, linkify: true }).render(toMarkdown(report));
  return parseHTML(`<!doctype html><html><body>${out}</body></html>`).document;
}

describe('the Markdown export, rendered', () => {
  for (const html of [false, true]) {
    it(`has no link, element or markup from the page (raw HTML ${html ? 'allowed' : 'off'})`, () => {
      const doc = rendered(html);
      expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([]);
      expect(doc.querySelectorAll('img, script, strong, em').length).toBe(0);
      // The table: a header and one row per annotation, every row with every column.
      const rows = [...doc.querySelectorAll('tr')];
      expect(rows).toHaveLength(3);
      for (const r of rows) expect(r.children).toHaveLength(MARKDOWN_COLUMNS);
      // The page's words are all there, as text.
      const text = doc.body.textContent ?? '';
      for (const s of ['https://evil.example/login?next=/', 'www.evil.example', 'fraude@evil.example', 'nos.nl/artikel', '<img src=x onerror=alert(1)>', '**vet**', '[klik](https://y.example)']) {
        expect(text).toContain(s);
      }
    });
  }
});
