/** The class view's page model and the list's lines, on the real bundled packs. */
import { describe, expect, it } from 'vitest';
import { loadBundledPacks } from '../factbase/bundled';
import { snapshotFromPacks } from '../factbase/memory';
import { annotate } from '../../test/helpers/recognise';
import { indexSnapshot } from '../factbase/snapshot-index';
import { translator } from './i18n';
import { listLine } from './list-line';
import { pageCards, pillarHeadings } from './page-cards';

const index = indexSnapshot(snapshotFromPacks(loadBundledPacks()));

describe('a page for the class view', () => {
  it('names all six pillars as the fact base does, in the reader\'s language', () => {
    const nl = pillarHeadings(index, 'nl');
    expect(nl.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(nl.every((p) => p.label.length > 0)).toBe(true);
    expect(nl[3].label).toMatch(/terugkeer/i);
    expect(pillarHeadings(index, 'en')[3].label).toMatch(/return/i);
  });

  it('gives every annotation its card, in reading order, with its place on the page', () => {
    const annotations = annotate('De IND meldde dat in 2023 ruim 38.000 eerste asielaanvragen werden ingediend.');
    const page = pageCards({ title: 'Artikel', url: 'https://example.org/a', lang: 'nl' }, annotations, index);
    expect(page).toMatchObject({ title: 'Artikel', url: 'https://example.org/a', lang: 'nl' });
    expect(page.cards.map((c) => [c.index, c.kind, c.text])).toEqual(annotations.map((a, i) => [i, a.kind === 'term' ? 'term' : 'figure', a.text]));
    const figure = page.cards.find((c) => c.kind === 'figure')!;
    expect(figure.model.verdict).toBe('consistent');
    expect(figure.model.title).toMatch(/asielaanvragen/i);
  });
});

describe('a line of the annotation list', () => {
  const t = translator('nl');
  it('says what a term is and what a figure was read as, with its verdict', () => {
    const [term] = annotate('De IND beslist.');
    expect(listLine(term, 'term', (id) => index.concepts.get(id)?.label.nl, 'nl', t)).toEqual({
      text: 'IND',
      kind: 'term',
      detail: `${t('cardTerm')} · Immigratie- en Naturalisatiedienst (IND)`,
    });
    const figure = annotate('In 2023 werden ruim 38.000 eerste asielaanvragen ingediend.').find((a) => a.kind === 'figure')!;
    const line = listLine(figure, 'consistent', () => undefined, 'nl', t);
    expect(line.detail).toBe(`${t('cardFigure')} · > 38.000 · ${t('verdict_consistent')}`);
  });
});
