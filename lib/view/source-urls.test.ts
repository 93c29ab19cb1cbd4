/**
 * Source links: checked at import, stored as the browser itself reads them, and checked again
 * where they become links (a row stored by an earlier version is not trusted either).
 */
import { describe, expect, it } from 'vitest';
import mini from '../../test/fixtures/packs/mini-pack.json';
import { buildCardModel } from './card';
import { indexSnapshot } from '../factbase/snapshot-index';
import { snapshotFromPacks } from '../factbase/memory';
import { validatePack } from '../factbase/validate';
import { buildPageReport } from '../export';
import type { Annotation } from '../recognise/types';

const withUrl = (url: string) => {
  const pack = JSON.parse(JSON.stringify(mini));
  pack.sources[0].url = url;
  return validatePack(pack);
};

describe('source URLs in packs', () => {
  it('are stored as the browser reads them: a backslash is a path, white space is gone', () => {
    const a = withUrl('https://a.example\\@evil.example/');
    expect(a.ok && a.pack.sources[0].url).toBe('https://a.example/@evil.example/');
    const b = withUrl('  https://Example.ORG/x?y=1 ');
    expect(b.ok && b.pack.sources[0].url).toBe('https://example.org/x?y=1');
  });

  it('are refused with credentials, without https, or without a host', () => {
    for (const url of ['https://user:pw@a.example/', 'https://evil.example@a.example/', 'http://a.example/', 'javascript:alert(1)', 'https://', 'data:text/html,x']) {
      const r = withUrl(url);
      expect(r.ok, url).toBe(false);
    }
  });
});

describe('source URLs where they become links', () => {
  // As if stored by an earlier version that did not normalise: rows are not trusted.
  const snapshot = snapshotFromPacks([{ ...(validatePack(mini) as any).pack }]);
  snapshot.sources[0] = { ...snapshot.sources[0], url: 'javascript:alert(1)' };
  const fact = snapshot.facts[0];
  const figure: Annotation = {
    kind: 'figure', start: 0, end: 3, text: '530', concept: fact.concept, value: 530, unit: 'count', qualifier: 'approximately',
    year: 2018, period: '2018', geo: 'NL', factIds: [fact.id], verdict: 'consistent',
    comparison: { verdict: 'consistent', factId: fact.id, sourceValue: 530 },
  };

  it('the card shows the source without a link', () => {
    const card = buildCardModel(figure, indexSnapshot(snapshot), 'nl')!;
    expect(card.facts[0].source?.title).toBe('Voortgang integrale migratieagenda');
    expect(card.facts[0].source?.url).toBeUndefined();
    expect(card.citation).not.toMatch(/javascript/);
  });

  it('the export carries no such URL', () => {
    const report = buildPageReport({ url: 'https://news.example/a', title: 'T', lang: 'nl', annotations: [figure], sentences: ['530'] }, indexSnapshot(snapshot));
    expect(JSON.stringify(report)).not.toMatch(/javascript/);
  });
});
