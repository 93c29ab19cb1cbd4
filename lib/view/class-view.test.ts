import { describe, expect, it } from 'vitest';
import type { CardModel } from './card';
import { groupByPillar, type PageCards } from './class-view';

const model = (title: string, pillar?: number): CardModel => ({
  kind: 'term',
  pageText: title,
  title,
  pillar: pillar ? { number: pillar, label: `P${pillar}` } : undefined,
  facts: [],
});

describe('groupByPillar', () => {
  it('groups by pillar in order, keeps empty pillars, puts the rest under other, and lists a concept once', () => {
    const page: PageCards = {
      title: 't',
      url: 'https://example.org',
      lang: 'nl',
      pillars: [1, 2, 3, 4, 5, 6].map((n) => ({ number: n, label: `Pijler ${n}` })),
      cards: [
        { index: 0, text: 'terugkeer', kind: 'term', model: model('Terugkeer', 4) },
        { index: 1, text: 'IND', kind: 'term', model: model('IND') },
        { index: 2, text: 'terugkeer', kind: 'term', model: model('Terugkeer', 4) },
        { index: 3, text: 'hervestiging', kind: 'term', model: model('Hervestiging', 5) },
      ],
    };
    const groups = groupByPillar(page, 'Overig');
    expect(groups.map((g) => g.pillar)).toEqual([1, 2, 3, 4, 5, 6, null]);
    expect(groups[3].cards.map((c) => c.index)).toEqual([0]);
    expect(groups[4].cards.map((c) => c.index)).toEqual([3]);
    expect(groups[6]).toMatchObject({ label: 'Overig', cards: [{ index: 1 }] });
    expect(groups[0].cards).toEqual([]);
  });
});
