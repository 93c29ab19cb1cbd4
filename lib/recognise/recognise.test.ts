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
