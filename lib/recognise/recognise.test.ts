import { describe, expect, it } from 'vitest';
import { compileLexicon, recognise } from './recognise';

const pack = {
  concepts: [
    { id: 'asylum-inflow', kind: 'metric', terms: { nl: ['asielinstroom'], en: ['asylum inflow'] } },
    { id: 'ind', kind: 'organisation', terms: { nl: ['IND'], en: ['IND'] } },
    { id: 'pillars', kind: 'pillar', terms: { nl: ['zes pijlers'], en: ['six pillars'] } },
  ],
  facts: [],
};

describe('recognise (terms)', () => {
  const lex = compileLexicon(pack);
  it('returns sorted term annotations with offsets into the input', () => {
    const text = 'De IND meldt: de asielinstroom daalt.';
    const r = recognise(text, lex, { lang: 'auto' });
    expect(r.lang).toBe('nl');
    expect(r.annotations.map((a) => [a.kind, a.text, a.concept])).toEqual([
      ['term', 'IND', 'ind'],
      ['term', 'asielinstroom', 'asylum-inflow'],
    ]);
    for (const a of r.annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
  });
  it('the compiled lexicon is plain JSON', () => {
    const lex2 = JSON.parse(JSON.stringify(lex));
    expect(recognise('the asylum inflow', lex2, { lang: 'en' }).annotations.length).toBe(1);
    expect(lex.version).toMatch(/\w+/);
  });
});

describe('recognise (figures)', () => {
  const lex = compileLexicon({
    concepts: [
      { id: 'asylum-applications', kind: 'metric', terms: { nl: ['asielaanvraag', 'asielaanvragen'], en: ['asylum applications'] }, cues: { nl: ['vroegen … asiel'], en: [] } },
      { id: 'integrale-migratieagenda', kind: 'instrument', terms: { nl: ['zes pijlers'], en: ['six pillars'] } },
      { id: 'irregular-arrivals', kind: 'metric', terms: { nl: ['irreguliere aankomst*'], en: [] } },
      { id: 'ind', kind: 'organisation', terms: { nl: ['IND'], en: ['IND'] } },
    ],
    facts: [
      { id: 'apps-2017', concept: 'asylum-applications', value: 31300, unit: 'count', qualifier: 'approximately', period: '2017', geo: 'NL' },
      { id: 'arr-2018', concept: 'irregular-arrivals', value: 25, unit: 'percent', qualifier: 'exact', period: '2018', geo: 'EU', change: { direction: 'decrease' } },
    ],
  });
  it('links, judges and keeps numbers inside terms as terms', () => {
    const text = 'In 2017 waren er circa 31.300 asielaanvragen. De agenda heeft zes pijlers. In 2017 waren er 40.000 asielaanvragen.';
    const r = recognise(text, lex, { lang: 'nl' });
    expect(r.annotations.map((a) => [a.kind, a.text, a.verdict ?? null])).toEqual([
      ['figure', 'circa 31.300', 'consistent'],
      ['term', 'asielaanvragen', null],
      ['term', 'zes pijlers', null],
      ['figure', '40.000', 'differs'],
      ['term', 'asielaanvragen', null],
    ]);
    const f = r.annotations[3];
    expect(f).toMatchObject({ concept: 'asylum-applications', value: 40000, unit: 'count', year: 2017, geo: 'NL', factIds: ['apps-2017'] });
    expect(f.comparison?.diffAbs).toBe(8700);
  });
  it('compares a percentage change with change facts', () => {
    const r = recognise('In 2018 is het aantal irreguliere aankomsten in Europa met 25 procent gedaald.', lex, { lang: 'nl' });
    expect(r.annotations.find((a) => a.kind === 'figure')).toMatchObject({ value: 25, verdict: 'consistent', factIds: ['arr-2018'] });
  });
  it('numbers mode returns every parsed number', () => {
    const r = recognise('Op 3 maart 2024 kwamen 1.200 mensen, 17% meer.', lex, { lang: 'nl', mode: 'numbers' });
    expect(r.annotations.every((a) => a.kind === 'number' && a.concept === null && a.verdict === null)).toBe(true);
    expect(r.annotations.map((a) => a.value)).toContain(1200);
  });
  it('handles 1 MB of repetitive text with correct results (speed is measured by npm run bench)', () => {
    const para = 'In 2023 vroegen ruim 38.000 mensen asiel aan in Nederland, meldt de IND op 12 maart 2024. De minister (54) sprak om 14.30 uur. ';
    const copies = Math.ceil(1_000_000 / para.length);
    const r = recognise(para.repeat(copies), lex, { lang: 'nl' });
    const figures = r.annotations.filter((a) => a.kind === 'figure');
    expect(figures).toHaveLength(copies);
    expect(figures.every((f) => f.value === 38000 && f.qualifier === 'more-than')).toBe(true);
  });
});
