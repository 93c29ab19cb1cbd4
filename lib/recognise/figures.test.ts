import { describe, expect, it } from 'vitest';
import { CUE_BEGINNINGS, CUE_SOURCE, GEO_BEGINNINGS, GEO_SOURCE, linkFigures } from './figures';
import { beginnings } from './prefix-gate';
import { normalise } from './normalise';
import { compileTerms, matchTerms } from './terms';
import type { NumberMatch } from './types';

/** A tiny stand-in for the number parser (Dutch notation), enough for linking tests. */
function nums(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  const re = /(?:(ruim|circa|bijna|meer dan|about|over|nearly) )?(€ ?)?(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?: ?(procent|%|miljoen))?/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let v = Number(m[3].replace(/\./g, '').replace(',', '.'));
    if (m[4] === 'miljoen') v *= 1e6;
    const q = m[1]?.toLowerCase();
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value: v,
      unit: m[2] ? 'EUR' : m[4] === 'procent' || m[4] === '%' ? 'percent' : 'count',
      qualifier: !q ? 'exact' : q === 'circa' || q === 'about' ? 'approximately' : q === 'bijna' || q === 'nearly' ? 'less-than' : 'more-than',
    });
  }
  return out;
}

const lexicon = [
  { id: 'first-asylum-applications', kind: 'metric', terms: { nl: ['eerste asielaanvragen', 'eerste asielaanvraag'], en: ['first asylum applications'] } },
  { id: 'asylum-inflow', kind: 'metric', terms: { nl: ['asielinstroom'], en: ['asylum inflow'] } },
  { id: 'nareizigers', kind: 'metric', terms: { nl: ['nareiziger'], en: [] } },
  { id: 'return', kind: 'policy', terms: { nl: ['terugkeer*'], en: ['return'] } },
  { id: 'resettlement', kind: 'policy', terms: { nl: ['hervestiging'], en: ['resettlement'] } },
  { id: 'asylum-seekers', kind: 'group', terms: { nl: ['asielzoeker'], en: ['asylum seeker'] } },
  { id: 'ind', kind: 'organisation', terms: { nl: ['IND'], en: ['IND'] } },
];
const concepts = Object.fromEntries(lexicon.map((c) => [c.id, { kind: c.kind }]));
const compiled = compileTerms(lexicon);

function link(text: string, published: string | null = null, lang: 'nl' | 'en' = 'nl') {
  const norm = normalise(text);
  const terms = matchTerms(text, compiled, { lang, normalised: norm });
  return linkFigures(text, norm, nums(text), terms, concepts, { lang, published }).map((f) => ({
    text: text.slice(f.start, f.end),
    value: f.value,
    concept: f.concept,
    year: f.year,
    period: f.period,
    geo: f.geo,
  }));
}

describe('linkFigures', () => {
  it('links a figure to the term that follows it, with year and geo', () => {
    expect(link('In 2023 waren er in Nederland ruim 38.000 eerste asielaanvragen.')).toEqual([
      { text: 'ruim 38.000', value: 38000, concept: 'first-asylum-applications', year: 2023, period: '2023', geo: 'NL' },
    ]);
  });
  it('uses "het aantal X" before the number', () => {
    const r = link('Het aantal nareizigers steeg vorig jaar naar 12.000.', '2024-03-01');
    expect(r).toEqual([{ text: '12.000', value: 12000, concept: 'nareizigers', year: 2023, period: '2023', geo: 'NL' }]);
  });
  it('resolves cue words from the cue table', () => {
    const r = link('Circa 40 procent vertrekt daadwerkelijk uit Nederland.');
    expect(r.map((x) => [x.text, x.concept])).toEqual([['Circa 40 procent', 'return']]);
  });
  it('reads spans and EU geography', () => {
    const r = link('In de periode 2015–2018 is het aantal eerste asielaanvragen in de EU gedaald met circa 50 procent.');
    expect(r).toEqual([{ text: 'circa 50 procent', value: 50, concept: 'first-asylum-applications', year: null, period: '2015/2018', geo: 'EU' }]);
  });
  it('does not take a baseline year as the period', () => {
    const r = link('Het aantal asielzoekers daalde in 2018 met 25 procent ten opzichte van 2017.');
    expect(r[0].period).toBe('2018');
  });
  it('carries the year of an earlier sentence in the paragraph', () => {
    const r = link('In 2022 kwamen 47.991 asielzoekers naar Nederland. Daarvan waren 11.000 nareizigers.');
    expect(r.map((x) => [x.value, x.concept, x.year])).toEqual([
      [47991, 'asylum-seekers', 2022],
      [11000, 'nareizigers', 2022],
    ]);
  });
  it('ignores decoys', () => {
    const text = [
      'Kamerstuk 19 637, nr. 2535 werd op 14 oktober 2019 gepubliceerd.',
      'Een 34-jarige asielzoeker uit de Keizersgracht 12 werd om 14.30 uur aangehouden.',
      'Twee asielzoekers wachtten 3 jaar op een beslissing.',
      'De PVV, met 37 zetels de grootste partij, wil de asielinstroom beperken.',
      'Zie pagina 12 over asielzoekers.',
      'Het kabinet trekt € 20 miljoen uit voor wegen.',
    ].join('\n');
    expect(link(text)).toEqual([]);
  });
  it('needs a cue: unrelated numbers are not figures', () => {
    expect(link('Ajax won met 3-1 voor 54.000 toeschouwers. De benzineprijs steeg 12 procent.')).toEqual([]);
  });
  it('links money with a migration cue in its clause', () => {
    const r = link('Het kabinet trekt € 128 miljoen uit voor hervestiging.');
    expect(r.map((x) => [x.value, x.concept])).toEqual([[128e6, 'resettlement']]);
  });
  it('reads English', () => {
    const r = link('Last year about 38,000 people applied for asylum in the Netherlands.', '2024-05-01', 'en');
    expect(r.map((x) => [x.concept, x.year, x.geo])).toEqual([['asylum-inflow', 2023, 'NL']]);
  });
});

describe('gates of the cue and place tables', () => {
  // The beginnings are written out in figures.ts (reading them costs a fresh page
  // milliseconds); after a change to CUES or GEO_PATTERNS, paste what this prints there.
  it('are what the tables begin with today', () => {
    expect(CUE_BEGINNINGS, JSON.stringify(beginnings(CUE_SOURCE))).toEqual(beginnings(CUE_SOURCE));
    expect(GEO_BEGINNINGS, JSON.stringify(beginnings(GEO_SOURCE))).toEqual(beginnings(GEO_SOURCE));
  });
});
