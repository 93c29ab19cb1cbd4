import { describe, expect, it } from 'vitest';
import { compileLexicon, recognise } from './recognise';
import { chooseDefinitions } from './definitions';

/**
 * Concept ids already stored by an earlier version may be names every plain object has
 * ("constructor"): the lexicon and the definition table must treat them as ordinary ids.
 */
describe('concept ids that are built-in property names', () => {
  it('neither break the definition table nor linking', () => {
    const lex = compileLexicon({
      concepts: [
        { id: 'constructor', kind: 'policy', terms: { nl: ['aanvraagloket'], en: [] } },
        { id: 'first-asylum-applications', kind: 'metric', terms: { nl: ['eerste asielaanvragen'], en: [] } },
        { id: 'stat-first-asylum-cbs', kind: 'metric', terms: { nl: ['cbs-asielcijfers'], en: [] }, refines: 'first-asylum-applications' },
      ],
      facts: [
        { id: 'a', concept: 'first-asylum-applications', value: 38000, unit: 'count', qualifier: 'more-than', period: '2023', geo: 'NL' },
        { id: 'b', concept: 'stat-first-asylum-cbs', value: 38000, unit: 'count', qualifier: 'more-than', period: '2023', geo: 'NL' },
      ],
    });
    expect(lex.definitions?.families).toEqual([['first-asylum-applications', 'stat-first-asylum-cbs']]);
    expect(chooseDefinitions('constructor', lex.definitions!, lex.concepts, [])).toBeNull();
    expect(chooseDefinitions('toString', lex.definitions!, lex.concepts, [])).toBeNull();
    expect(chooseDefinitions('stat-first-asylum-cbs', lex.definitions!, lex.concepts, [])?.ids[0]).toBe('stat-first-asylum-cbs');
    const r = recognise('Bij het aanvraagloket: in 2023 waren er ruim 38.000 eerste asielaanvragen.', lex, { lang: 'nl', published: '2024-03-01' });
    expect(r.annotations.map((a) => [a.kind, a.concept, a.verdict ?? null])).toEqual([
      ['term', 'constructor', null],
      ['figure', 'first-asylum-applications', 'consistent'],
      ['term', 'first-asylum-applications', null],
    ]);
  });
});
