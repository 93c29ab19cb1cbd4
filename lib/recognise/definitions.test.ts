/**
 * Verdicts that respect counting rules, on the real bundled packs (both, merged as the
 * extension merges them, with the official pack's refinements): sentences that use each
 * definition, in Dutch and English.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledPacks, withBundledRefines } from '../factbase/bundled';
import { snapshotFromPacks } from '../factbase/memory';
import { compileLexicon, recognise } from './recognise';
import { chooseDefinitions, compileDefinitions } from './definitions';
import type { Annotation } from './types';

const lexicon = compileLexicon(withBundledRefines(snapshotFromPacks(loadBundledPacks())));

/** The one figure in `text` whose text contains `num`. */
function figure(text: string, num: string, lang: 'nl' | 'en', published = '2024-03-01'): Annotation {
  const r = recognise(text, lexicon, { lang, published });
  const f = r.annotations.find((a) => a.kind === 'figure' && a.text.includes(num));
  if (!f) throw new Error(`no figure "${num}" in: ${text}\n${JSON.stringify(r.annotations)}`);
  return f;
}

const compared = (a: Annotation) => Object.fromEntries((a.comparisons ?? []).map((c) => [c.concept, c.verdict]));

describe('definitions: the lexicon carries the families', () => {
  it('groups the stat- concepts with the generic concepts they refine', () => {
    const d = lexicon.definitions!;
    expect(d).toBeDefined();
    const fam = d.families[d.familyOf['first-asylum-applications']];
    expect(fam).toEqual(expect.arrayContaining(['stat-first-asylum-cbs', 'stat-first-asylum-ind', 'stat-total-inflow-ind', 'stat-total-inflow-weekly']));
    expect(d.familyOf['stat-first-asylum-cbs']).toBe(d.familyOf['asylum-inflow']);
    // Nareis applications refine the thesaurus's measure of their own, in the family of family reunification.
    expect(d.refines['stat-nareis-applications']).toBe('nareis-applications');
    expect(d.familyOf['stat-nareis-applications']).toBe(d.familyOf['stat-nareizigers-arrived']);
  });
  it('without refinements there are no families (one pack alone works as before)', () => {
    expect(compileDefinitions({ a: { kind: 'metric' }, b: { kind: 'metric', family: 'a' } }, new Set(['a']))).toBeUndefined();
    expect(compileLexicon(loadBundledPacks()[0]).definitions).toBeUndefined();
  });
  it('facets are taken nearest to the figure first, and "het eerste kwartaal" names no counting rule', () => {
    const f = figure('De totale asielinstroom was in 2022 47.991 en in een heel ander verband vroegen mensen voor het eerst iets aan.', '47.991', 'nl');
    const names = f.claim!.measure.facets;
    expect(names).toContain('total');
    expect(names.indexOf('total')).toBeLessThan(names.indexOf('first') === -1 ? Infinity : names.indexOf('first'));
    const g = figure('In het eerste kwartaal van 2025 vroegen 4.530 mensen asiel aan.', '4.530', 'nl', '2025-06-01');
    expect(g.claim!.measure.facets).not.toContain('first');
  });
  it('"the Q1–Q3 total of 16,600" is a sum over that time, not the counting rule of all applications', () => {
    const text = 'Dutch first-time asylum applications reached 16,600 over the first nine months of 2025. The 2025 breakdown gives 4,530 for Q1, despite the stated Q1–Q3 total of 16,600.';
    const repeated = recognise(text, lexicon, { lang: 'en', published: '2025-11-01' }).annotations.filter((f) => f.kind === 'figure' && f.text === '16,600');
    expect(repeated).toHaveLength(2);
    for (const f of repeated) {
      expect(f.claim!.measure.facets).not.toContain('total');
      expect(f.verdict).toBe('consistent');
    }
  });
  it('a definition the page names stays first', () => {
    const c = chooseDefinitions('stat-first-asylum-cbs', lexicon.definitions!, lexicon.concepts, [{ name: 'pub-ind', dist: 0 }])!;
    expect(c.ids[0]).toBe('stat-first-asylum-cbs');
  });
});

describe('"in totaal" sums up; it names no counting rule', () => {
  it('"dienden in totaal 5295 mensen een asielverzoek in" is checked against the quarter\'s first requests, not only against totals', () => {
    const f = figure('In het tweede kwartaal van 2025 dienden in totaal 5295 mensen een asielverzoek in.', '5295', 'nl', '2025-07-20');
    expect(f.claim!.measure.facets).not.toContain('total');
    expect(f.verdict).toBe('consistent');
  });
  it('"het totaal in heel 2021" sums the year of the measure the sentence before named', () => {
    const text = 'Tot en met september vroegen 24.500 personen voor het eerst asiel aan. Het totaal in heel 2021 (24.686) is daarmee bijna bereikt.';
    const f = figure(text, '24.686', 'nl', '2022-10-10');
    expect(f.claim!.measure.facets).not.toContain('total');
    expect(f).toMatchObject({ verdict: 'consistent', comparison: { sourceValue: 24686 } });
  });
  it('"de totale asielinstroom" still names the total', () => {
    const f = figure('De totale asielinstroom kwam in 2021 uit op 36.620.', '36.620', 'nl', '2022-02-01');
    expect(f.claim!.measure.facets).toContain('total');
  });
});

describe('"voor het eerst sinds", "for the first time since" tell time; they name no counting rule', () => {
  it('"for the first time since" a year, "the first time since", tell time: the figure\'s applications stay all applications', () => {
    for (const [text, lang, num] of [
      ['For the first time since 2017 the EU+ saw a rise in asylum applications, EASO says: in 2019 it counted about 714,000 of them.', 'en', '714,000'],
      ['Het EASO ziet voor het eerst sinds 2017 weer een stijging: in 2019 telde het ruim 714.000 asielaanvragen in de EU+.', 'nl', '714.000'],
      // (Nor "the first time since", "de eerste keer sinds".)
      ['"This marks the first time since 2016 that claims have grown," the agency noted: for 2019 it counted over 714,000 asylum claims across the EU+.', 'en', '714,000'],
      ['Volgens het EASO is het de eerste keer sinds 2016 dat het aantal groeit: in 2019 telde het in de EU+ ruim 714.000 asielaanvragen.', 'nl', '714.000'],
    ] as const) {
      const f = figure(text, num, lang, '2020-02-20');
      expect(f.claim!.measure.facets).not.toContain('first');
      expect(f.verdict).toBe('consistent');
    }
    // "voor het eerst" on its own still names first applications.
    expect(figure('In 2019 dienden 22.500 mensen voor het eerst een asielverzoek in.', '22.500', 'nl', '2020-02-20').claim!.measure.facets).toContain('first');
  });
});

describe('first asylum applications: CBS vs IND', () => {
  it('the issue sentence: "ruim 38.000 … voor het eerst asiel" in an article of 2024', () => {
    const f = figure('Vorig jaar vroegen er ruim 38.000 personen voor het eerst asiel aan.', '38.000', 'nl');
    expect(f).toMatchObject({ concept: 'first-asylum-applications', period: '2023', geo: 'NL', verdict: 'consistent' });
    expect(f.definitions).toEqual(expect.arrayContaining(['stat-first-asylum-cbs', 'stat-first-asylum-ind']));
    expect(f.definitions).not.toContain('stat-total-inflow-ind');
    expect(compared(f)).toMatchObject({ 'stat-first-asylum-cbs': 'consistent', 'stat-first-asylum-ind': 'consistent' });
    expect(f.factIds).toContain('nl-first-2023-cbs');
  });
  it('CBS figure: consistent with CBS, and IND differs without making it "differs"', () => {
    const f = figure('In 2017 vroegen in Nederland 16.145 personen voor het eerst asiel aan.', '16.145', 'nl');
    expect(f.verdict).toBe('consistent');
    expect(compared(f)).toEqual({ 'stat-first-asylum-cbs': 'consistent', 'stat-first-asylum-ind': 'differs' });
    expect(f.comparison?.factId).toBe('nl-first-2017-cbs');
  });
  it('IND figure: consistent with IND', () => {
    const f = figure('In 2017 there were 14,720 first asylum applications in the Netherlands.', '14,720', 'en');
    expect(f.verdict).toBe('consistent');
    expect(compared(f)['stat-first-asylum-ind']).toBe('consistent');
    expect(compared(f)['stat-first-asylum-cbs']).toBe('differs');
  });
  it('naming the publisher narrows to its definition; a figure of another counting rule is context, not differs', () => {
    const f = figure('Volgens de IND waren er in 2017 16.145 eerste asielaanvragen.', '16.145', 'nl');
    // The IND's definition, and the generic measure of no particular publisher; not CBS's.
    expect(f.definitions).toContain('stat-first-asylum-ind');
    expect(f.definitions).not.toContain('stat-first-asylum-cbs');
    // 16,145 is CBS's count: the page credits the wrong publisher, the number itself is an official count.
    expect(f.verdict).toBe('context');
    expect(f.reason).toMatchObject({ why: 'other-rule-match', factId: 'nl-first-2017-cbs' });
    const g = figure('In 2017, 16,145 people applied for asylum for the very first time, CBS reported.', '16,145', 'en');
    expect(g.definitions).toContain('stat-first-asylum-cbs');
    expect(g.definitions).not.toContain('stat-first-asylum-ind');
    expect(g.verdict).toBe('consistent');
  });
  it('CBS credited with its own first count of 2014 (asylum requests, family members still among them) is checked against that count', () => {
    // CBS first put 2014 at about 24,000 requests, before its revision took the family members out.
    const f = figure('Het CBS meldt dat vorig jaar 23.900 mensen asiel aanvroegen in Nederland, twee derde meer dan een jaar eerder.', '23.900', 'nl', '2015-02-01');
    expect(f.definitions).toContain('stat-asylum-cbs-first-release');
    expect(f.verdict).toBe('consistent');
    expect(f.comparison?.factId).toBe('nl-asylum-2014-cbs-nu');
  });
  it('a figure that fits no definition differs from all of them', () => {
    const f = figure('In 2019 vroegen 26.000 mensen voor het eerst asiel aan.', '26.000', 'nl');
    expect(f.verdict).toBe('differs');
    expect(Object.values(compared(f)).every((v) => v === 'differs')).toBe(true);
    expect(f.comparison).toMatchObject({ factId: 'nl-first-2019-cbs', sourceValue: 22540 });
  });
  it('a figure that is the total inflow, labelled as first applications, is context with the total named', () => {
    // 30.000 is not 22,540 first applications, but it is the 2019 total inflow (29,435).
    const f = figure('In 2019 vroegen 30.000 mensen voor het eerst asiel aan.', '30.000', 'nl');
    expect(f.verdict).toBe('context');
    expect(f.reason?.why).toBe('other-rule-match');
  });
});

describe('repeat applications said in words: "opnieuw asiel aanvragen", "applied for asylum again"', () => {
  it('count only the repeat applications, not every application', () => {
    const nl = figure('In 2016 vroegen 1.700 asielzoekers die al in Nederland verbleven opnieuw asiel aan.', '1.700', 'nl', '2017-02-01');
    expect(nl).toMatchObject({ verdict: 'consistent', definitions: ['stat-repeat-asylum-ind'] });
    const en = figure('In 2016, 1,700 people already in the Netherlands applied for asylum again.', '1,700', 'en', '2017-02-01');
    expect(en).toMatchObject({ verdict: 'consistent', definitions: ['stat-repeat-asylum-ind'] });
  });
});

describe('a publisher in the sentence next to a figure', () => {
  it('counts when that sentence attributes the figures to it', () => {
    const f = figure('Tot en met september 2025 vroegen 16.600 personen voor het eerst asiel aan. Dat meldt het kabinet in een brief.', '16.600', 'nl', '2025-11-03');
    expect(f.claim!.measure.facets).toContain('pub-ministry');
  });
  it('not when the sentence only mentions it: the counting rule stays open, and the figure is checked', () => {
    const f = figure('Tot en met september 2025 vroegen 16.600 personen voor het eerst asiel aan. Een mooi resultaat voor het kabinet dat net is gevallen.', '16.600', 'nl', '2025-11-03');
    expect(f.claim!.measure.facets).not.toContain('pub-ministry');
    expect(f.verdict).toBe('consistent');
  });
});

describe('a publisher whose own counting rule is silent on the period', () => {
  it('the same measure from another publisher may confirm the figure, never accuse it', () => {
    // The ministry's report repeats CBS's immigration count; the sources hold its 2023 figure only.
    const f = figure('In 2022 kwamen ruim 403.000 migranten naar Nederland, meldt het kabinet in de Staat van Migratie.', '403.000', 'nl', '2023-07-07');
    expect(f.claim!.measure.facets).toContain('pub-ministry');
    expect(f.verdict).toBe('consistent');
    expect(f.comparison).toMatchObject({ factId: 'nl-immigration-2022-cbs', sourceValue: 403108 });
    const g = figure('In 2022 kwamen 370.000 migranten naar Nederland, meldt het kabinet in de Staat van Migratie.', '370.000', 'nl', '2023-07-07');
    expect(g.verdict).toBe('context');
  });
  it('a publisher whose figures in the sources end before the period does not make the figure too recent to check', () => {
    // Eurostat's Dutch series in the sources stops before 2022; CBS and IND counted 35,535 first requests.
    const f = figure('In de EU nam het aantal eerste asielaanvragers sterk toe. In Nederland dienden volgens Eurostat in 2022 ruim 35.000 mensen een aanvraag in.', '35.000', 'nl', '2023-03-23');
    expect(f.claim!.measure.facets).toContain('pub-eurostat');
    expect(f).toMatchObject({ verdict: 'consistent', comparison: { sourceValue: 35535 } });
  });
  it('a ministry report repeating CBS\'s count of immigrants from Ukraine is confirmed by it', () => {
    // The seed documents' 91,000 Ukrainians received "in 2022" has no reference date (low
    // confidence): the ministry's own rules hold nothing for the year, CBS counted 108,252.
    const text = 'Het kabinet meldt dat er in 2022 veel meer migranten kwamen. Dat kwam vooral door de vluchtelingen uit Oekraïne: 108.000, volgens het ministerie.';
    const f = figure(text, '108.000', 'nl', '2023-07-07');
    expect(f.claim!.measure.facets).toContain('pub-ministry');
    expect(f).toMatchObject({ verdict: 'consistent', comparison: { factId: 'nl-ukr-immigrants-2022-cbs' } });
    expect(figure(text.replace('108.000', '130.000'), '130.000', 'nl', '2023-07-07').verdict).not.toBe('consistent');
  });
  it('where the publisher\'s own rule has a figure for the period, that rule decides', () => {
    // 16,145 is CBS's 2017 count; the IND's own is 14,720: no confirmation from CBS's series.
    const f = figure('Volgens de IND waren er in 2017 16.145 eerste asielaanvragen.', '16.145', 'nl');
    expect(f.verdict).toBe('context');
  });
});

describe('total asylum inflow: IND vs the ministry weekly totals', () => {
  it('"totale asielinstroom" 2022: IND 47,991', () => {
    const f = figure('De totale asielinstroom kwam in 2022 uit op 47.991.', '47.991', 'nl');
    expect(f.verdict).toBe('consistent');
    expect(compared(f)['stat-total-inflow-ind']).toBe('consistent');
    expect(f.definitions).not.toContain('stat-first-asylum-cbs');
  });
  it('weekly figures: 36.800 in 2021 fits the weekly totals, not the IND total', () => {
    const f = figure('Volgens de wekelijkse tellingen van het ministerie kwamen er in 2021 36.800 asielaanvragen binnen.', '36.800', 'nl');
    expect(f.definitions).toEqual(['stat-total-inflow-weekly']);
    expect(f.verdict).toBe('consistent');
  });
  it('English: a total inflow for 2021 the IND counts do not confirm is never "differs" while an IND count is silent on 2021', () => {
    const f = figure('The total asylum inflow in 2021 was 41,000, the IND said.', '41,000', 'en');
    expect(f.claim!.measure.strong).toBe(true);
    expect(compared(f)['stat-total-inflow-ind']).toBe('differs');
    expect(f.verdict).toBe('context');
    expect(f.reason?.why).toBe('other-rule-silent');
  });
  it('words that name a counting rule the sources hold no figure of for the year: another rule cannot show it wrong', () => {
    // First requests plus nareizigers (CBS's sum) for 2024 is not in the sources; the weekly totals (with repeat requests) are.
    const f = figure('In 2024 kwamen er iets meer dan 44.000 asielzoekers en nareizigers naar Nederland.', '44.000', 'nl', '2025-02-10');
    expect(f.definitions?.[0]).toBe('stat-first-plus-nareis-cbs');
    expect(f.verdict).toBe('context');
    expect(f.reason?.why).toBe('other-rule-silent');
  });
  it('Eurostat\'s "asylum applications" of a year the sources give only first-time applicants for may be its applicants in all, which stand close above them: no accusation', () => {
    const f = figure('According to Eurostat, the EU registered 704,600 asylum applications in 2017.', '704,600', 'en', '2018-06-20');
    expect(compared(f)['stat-eurostat-first-time-applicants']).toBe('differs');
    expect(f).toMatchObject({ verdict: 'context', reason: { why: 'frame', slot: 'counting-rule' } });
    // (Beyond what either count would give, it is still wrong.)
    expect(figure('According to Eurostat, the EU registered 900,000 asylum applications in 2017.', '900,000', 'en', '2018-06-20').verdict).toBe('differs');
    // (Nor does a rule far from the compared one, known only from another year, rescue a figure: first
    // applications and nareizigers together were 1.9 times the first in 2017, far less in 2023.)
    const far = 'The IND and Statistics Netherlands (CBS) keep count. The Netherlands took in about 73,000 asylum applications in 2023.';
    expect(figure(far, '73,000', 'en', '2024-10-01').verdict).toBe('differs');
  });
  it('plain "asielaanvragen" may mean first or total: never a false "differs"', () => {
    const f = figure('In 2023 kwamen er 50.600 asielaanvragen binnen in Nederland.', '50.600', 'nl');
    expect(f.verdict).toBe('consistent');
    expect(compared(f)['stat-total-inflow-weekly']).toBe('consistent');
    expect(compared(f)['stat-first-asylum-cbs']).toBe('differs');
  });
});

describe('nareizigers: arrivals vs applications', () => {
  it('arrivals 2021 (Dutch)', () => {
    const f = figure('In 2021 kwamen 10.120 nareizigers naar Nederland.', '10.120', 'nl');
    expect(f.definitions).toEqual(['stat-nareizigers-arrived']);
    expect(f.verdict).toBe('consistent');
  });
  it('applications 2021 (English): 13,980 nareis applications', () => {
    const f = figure('In 2021, 13,980 family reunification applications were lodged by nareizigers.', '13,980', 'en');
    expect(f.definitions).toContain('stat-nareis-applications');
    expect(compared(f)['stat-nareis-applications']).toBe('consistent');
    expect(f.verdict).toBe('consistent');
  });
  it('the arrivals figure written as applications: context naming the arrivals count, not differs', () => {
    const f = figure('In 2021 werden 10.120 nareisaanvragen ingediend.', '10.120', 'nl');
    expect(compared(f)['stat-nareis-applications']).toBe('differs');
    expect(f.verdict).toBe('context');
    expect(f.reason).toMatchObject({ why: 'other-rule-match', factId: 'nl-nareis-2021-ind' });
  });
});

describe('immigration', () => {
  it('"In Nederland arriveerden … mensen": people arriving, with the place first, are immigrants too', () => {
    const f = figure('De immigratie bleef hoog. In Nederland arriveerden vorig jaar ruim 400.000 mensen, terwijl er 174.000 vertrokken.', '400.000', 'nl', '2023-10-01');
    expect(f).toMatchObject({ concept: 'immigration', verdict: 'consistent' });
  });
  it('CBS final 2023 and the State of Migration figure both count', () => {
    const f = figure('Volgens het CBS vestigden zich in 2023 335.668 immigranten in Nederland.', '335.668', 'nl');
    expect(f.verdict).toBe('consistent');
    expect(f.definitions?.[0]).toBe('stat-immigration-cbs');
    const g = figure('Immigration reached 332,863 in 2023.', '332,863', 'en');
    expect(g.verdict).toBe('consistent');
    expect(compared(g)['stat-immigration-cbs']).toBe('differs');
  });
  it('provisional 2022 figures: consistent with the provisional definition', () => {
    const f = figure('Uit voorlopige cijfers bleek dat de immigratie in 2022 uitkwam op 401.351.', '401.351', 'nl');
    expect(f.verdict).toBe('consistent');
    expect(f.definitions).toContain('stat-immigration-cbs-provisional');
  });
  it('a provisional release with no figure for the year may be confirmed by the final series, never accused by it', () => {
    // CBS's final count of emigrants in 2024 is 205,000; the sources hold no provisional one for the year.
    const text = 'Immigration stood at 314,000 last year. According to provisional figures, 205,000 people left the country.';
    const f = figure(text, '205,000', 'en', '2025-07-10');
    expect(f.definitions).toEqual(['stat-emigration-cbs-provisional']);
    expect(f).toMatchObject({ verdict: 'consistent', comparison: { factId: 'nl-emigration-2024-cbs' } });
    expect(figure(text.replace('205,000', '190,000'), '190,000', 'en', '2025-07-10').verdict).not.toBe('differs');
    // Only a final figure that rounds to it: a provisional 234,000 was revised to 234,957.
    const prelim = (n: string) => `Migration rose. According to provisional figures, ${n} immigrants came to the Netherlands in 2017.`;
    expect(figure(prelim('235,000'), '235,000', 'en', '2018-06-01')).toMatchObject({ verdict: 'consistent', comparison: { factId: 'nl-immigration-2017-cbs' } });
    expect(figure(prelim('234,000'), '234,000', 'en', '2018-06-01').verdict).toBe('context');
  });
  it('EUAA\'s annual report revised its 2022 count: a text quoting either release is consistent, not accused', () => {
    const text = (n: string) => `Asylum in Europe rose sharply. EU+ countries received some ${n} applications for international protection in 2022, the EUAA reported.`;
    expect(figure(text('996,000'), '996,000', 'en', '2023-09-01')).toMatchObject({ verdict: 'consistent', comparison: { factId: 'eu-euaa-2022-ar2023' } });
    expect(figure(text('966,000'), '966,000', 'en', '2023-09-01').verdict).toBe('consistent');
    expect(figure(text('936,000'), '936,000', 'en', '2023-09-01').verdict).not.toBe('consistent');
  });
  it('immigrants "on a permanent basis" (the OECD\'s standardised count) are not CBS\'s immigration: no accusation', () => {
    const text = (what: string) => `In 2022 the Netherlands took in 204,000 ${what}, a rise on the year before, the OECD writes.`;
    const permanent = figure(text('new immigrants who came to stay on a permanent basis'), '204,000', 'en', '2024-11-15');
    expect(permanent.concept).toBe('immigration');
    expect(permanent.verdict).not.toBe('differs');
    expect(figure(text('permanent immigrants'), '204,000', 'en', '2024-11-15').verdict).not.toBe('differs');
    // Without those words the figure is CBS's count of all immigrants, and far from it.
    expect(figure(text('new immigrants'), '204,000', 'en', '2024-11-15').verdict).toBe('differs');
  });
  it('net migration is a definition of its own, only when the page says so', () => {
    const f = figure('Het migratiesaldo bedroeg in 2023 137.366.', '137.366', 'nl');
    expect(f.verdict).toBe('consistent');
    expect(f.definitions).toContain('stat-net-migration-cbs');
    expect(f.definitions).not.toContain('stat-immigration-cbs');
    const g = figure('In 2023, 137,366 immigrants came to the Netherlands.', '137,366', 'en');
    expect(g.definitions).not.toContain('stat-net-migration-cbs');
    // Less than half the immigration figure: it counts something else (here: net migration).
    expect(g.verdict).toBe('context');
    expect(g.reason?.why).toBe('far-off');
  });
});

describe('leaving reception, leaving the country on one\'s own', () => {
  it('"personen hebben de COA-opvang verlaten" counts the outflow; "vreemdelingen hebben Nederland zelfstandig verlaten" independent departures', () => {
    const out = figure('In totaal hebben in 2024 ca. 44.280 personen de COA-opvang verlaten.', '44.280', 'nl', '2025-03-01');
    expect(out.definitions).toEqual(['stat-coa-outflow']);
    expect(out.verdict).toBe('consistent');
    const left = figure('De terugkeer verloopt moeizaam. In 2024 zijn ca. 3.240 vreemdelingen zelfstandig uit Nederland vertrokken.', '3.240', 'nl', '2025-03-01');
    expect(left.definitions).toContain('stat-dtv-independent');
    expect(left.verdict).toBe('consistent');
  });
});

describe('forced removal in the words of news', () => {
  it('"dat gedwongen werd uitgezet", "forcibly removed" name forced departures; "onrechtmatig verblijf" is a term of illegal stay', () => {
    const nl = figure('Het aantal mensen dat gedwongen werd uitgezet, steeg opnieuw. In 2019 waren dat er 2.760.', '2.760', 'nl', '2020-04-01');
    expect(nl.definitions).toContain('stat-dtv-forced');
    expect(nl.verdict).toBe('consistent');
    const en = figure('The number of people forcibly removed rose again, to 2,760 in 2019.', '2,760', 'en', '2020-04-01');
    expect(en.definitions).toContain('stat-dtv-forced');
    expect(en.verdict).toBe('consistent');
    const terms = recognise('Wie na een afwijzing blijft, belandt in onrechtmatig verblijf.', lexicon, { lang: 'nl', published: '2024-03-01' }).annotations.filter((a) => a.kind === 'term');
    expect(terms.map((a) => a.text)).toContain('onrechtmatig verblijf');
  });
  it('"verblijfsvergunning" on its own, and its plural, are terms a reader can hover (residence permit)', () => {
    const r = recognise('Wie asiel krijgt, ontvangt een verblijfsvergunning voor vijf jaar; vorig jaar gaf de dienst er duizenden verblijfsvergunningen af.', lexicon, { lang: 'nl', published: '2024-03-01' });
    const terms = r.annotations.filter((a) => a.kind === 'term').map((a) => [a.text, a.concept]);
    expect(terms).toContainEqual(['verblijfsvergunning', 'residence-permit']);
    expect(terms).toContainEqual(['verblijfsvergunningen', 'residence-permit']);
  });
});

describe('population growth in the words of news', () => {
  it('"is … met bijna 80.000 mensen gegroeid" is population growth, in a text about migration', () => {
    const text = 'Er kwamen minder immigranten naar Nederland. Volgens het CBS is ons land in de eerste negen maanden van 2025 met bijna 80.000 mensen gegroeid.';
    expect(figure(text, '80.000', 'nl', '2025-11-05')).toMatchObject({ concept: expect.stringMatching(/population/), verdict: 'consistent' });
  });
});

describe('spellings news uses', () => {
  it('"initial asylum applications", "familiehereniging" are terms', () => {
    const en = recognise('In Italy initial asylum applications fell last year.', lexicon, { lang: 'en', published: '2024-03-01' }).annotations.filter((a) => a.kind === 'term');
    expect(en.map((a) => [a.text, a.concept])).toContainEqual(['initial asylum applications', 'first-asylum-applications']);
    const nl = recognise('Steeds meer mensen komen via familiehereniging naar Nederland.', lexicon, { lang: 'nl', published: '2024-03-01' }).annotations.filter((a) => a.kind === 'term');
    expect(nl.map((a) => [a.text, a.concept])).toContainEqual(['familiehereniging', 'family-reunification']);
  });
});

describe('orders to leave in the words of news', () => {
  it('"zo\'n bevel kreeg", "travel orders issued" count the people ordered to leave, in a text about return', () => {
    const nl = 'Veel afgewezen asielzoekers moeten de EU verlaten. Eurostat telde voor 2023 484.160 mensen die in een EU-land zo\'n bevel kregen.';
    expect(figure(nl, '484.160', 'nl', '2024-11-01')).toMatchObject({ concept: 'ordered-to-leave', verdict: 'consistent' });
    const en = 'Fewer migrants were returned than ordered to leave. Across the EU, 116,495 travel orders were handed out in the second quarter of 2025, Eurostat says.';
    expect(figure(en, '116,495', 'en', '2025-09-30')).toMatchObject({ concept: 'ordered-to-leave', verdict: 'consistent' });
  });
  it('people "told to leave" or "invited to leave" the EU are those ordered to leave', () => {
    const told = 'Brussels wants returns to work. Eurostat says that in 2023 over 480,000 non-EU citizens were told to leave the EU, and only a fifth went.';
    expect(figure(told, 'over 480,000', 'en', '2025-03-12')).toMatchObject({ concept: 'ordered-to-leave', verdict: 'consistent' });
    const invited = 'In 2022 some 466,000 people from outside the EU were invited to leave a member state, Eurostat figures show.';
    expect(figure(invited, 'some 466,000', 'en', '2024-02-01')).toMatchObject({ concept: 'ordered-to-leave', verdict: 'consistent' });
  });
  it('"pledged to resettle 31,000 refugees" counts pledged resettlement places, a target (no verdict as a realised count)', () => {
    const en = 'EU governments have pledged to resettle 31,000 refugees over 2024 and 2025, the Commission announced.';
    const f = figure(en, '31,000', 'en', '2023-12-20');
    expect([f.concept, f.claim!.modality.value]).toEqual(['stat-eu-resettlement-pledges', 'target']);
    expect(f.verdict).not.toBe('differs');
  });
  it('people who "were deported to third countries" are Eurostat\'s returns outside the EU', () => {
    const en = 'In the EU, 28,630 people were deported to third countries in the fourth quarter of 2024, Eurostat figures show.';
    expect(figure(en, '28,630', 'en', '2025-03-20')).toMatchObject({ concept: 'stat-eu-returned-outside-eu', verdict: 'consistent' });
  });
});

describe('seeking asylum, lodging applications', () => {
  it('"people seeking first-time asylum", "seeking international protection" count applicants; "lodged" is the applications lodged, not the registration phase', () => {
    expect(figure('In 2018 some 580,800 people were seeking first-time asylum in the EU.', '580,800', 'en', '2019-03-20').verdict).toBe('consistent');
    expect(figure('In 2018, 580,800 people seeking international protection for the first time registered in the EU.', '580,800', 'en', '2019-03-20').verdict).toBe('consistent');
    const lodged = figure('More than double the 562,700 lodged in 2014, a record 1,256,600 first-time applicants registered in the EU in 2015.', '562,700', 'en', '2016-03-04');
    expect(lodged.concept).not.toBe('asylum-registration');
    expect(lodged.verdict).toBe('consistent');
  });
});

describe('applications still pending are the backlog', () => {
  it('"918,000 asylum applications still pending a decision as of the end of June 2025" agrees with the pending count, not the applications lodged', () => {
    const f = figure('In the EU+, over 918,000 first-instance asylum applications were still pending a decision as of the end of June 2025.', '918,000', 'en', '2025-09-10');
    expect(f.definitions).toContain('stat-euaa-pending-first-instance');
    expect(f.verdict).toBe('consistent');
    const by = figure('Asylum systems in the EU+ stay under strain: the number of pending applications stood at around 918,000 by the end of June 2025.', '918,000', 'en', '2025-09-10');
    expect(by.verdict).toBe('consistent');
  });
});

describe('the seed documents\' silence on a year', () => {
  it('is no shield: the counting rules that do hold the year decide ("290,000 immigrants in 2022")', () => {
    const f = figure('In 2022, some 290,000 immigrants settled in the Netherlands.', '290,000', 'en', '2023-08-01');
    expect(f.verdict).toBe('differs');
    expect(f.comparison?.factId).toMatch(/immigration-2022/);
  });
});

describe('a counting rule the text leaves open', () => {
  it('is no ground to accuse where the rules count the period differently; a named rule is', () => {
    const open = figure('In 2022, 37,800 asylum applications were lodged in the Netherlands.', '37,800', 'en', '2023-06-01');
    expect(open.verdict).toBe('context');
    expect(open.reason).toMatchObject({ why: 'frame', slot: 'counting-rule' });
    const named = figure('In 2022, 37,800 first asylum applications were lodged in the Netherlands.', '37,800', 'en', '2023-06-01');
    expect(named.verdict).toBe('differs');
  });
});

describe('Ukrainians: registered, residing, permits', () => {
  it('residing on a date (Dutch)', () => {
    const f = figure('Op 1 oktober 2023 verbleven 105.500 Oekraïners in Nederland.', '105.500', 'nl');
    expect(f.verdict).toBe('consistent');
    expect(f.definitions?.[0]).toBe('stat-ukr-residing');
  });
  it('permits issued up to a date, a cumulative count (English)', () => {
    const f = figure('By 1 November 2023, 139,600 Ukrainians had been granted a temporary protection permit.', '139,600', 'en');
    expect(f.verdict).toBe('consistent');
    expect(f.comparison?.factId).toBe('nl-ukr-tp-permits-to-2023-11-01-cbs');
  });
  it('the permits figure read as Ukrainians living here: context naming the permits count', () => {
    const f = figure('Op 1 oktober 2023 woonden 139.600 Oekraïners in Nederland.', '139.600', 'nl');
    expect(f.definitions?.[0]).toBe('stat-ukr-residing');
    expect(compared(f)['stat-ukr-residing']).toBe('differs');
    expect(f.verdict).toBe('context');
    expect(f.reason).toMatchObject({ factId: 'nl-ukr-tp-permits-to-2023-11-01-cbs' });
  });
  it('"received temporary protection status" counts permits, not registrations: no accusation from the registration count', () => {
    const f = figure('In the Netherlands, 60,000 Ukrainians received temporary protection status by the end of 2022.', '60,000', 'en', '2023-06-01');
    expect(f.definitions).toContain('stat-ukr-tp-permits');
    expect(f.definitions).not.toContain('stat-ukr-registered-in-year');
    expect(f.verdict).not.toBe('differs');
  });
  it('registered with a municipality up to 1 January 2023', () => {
    const f = figure('Tot 1 januari 2023 hadden zich ongeveer 105.000 Oekraïners ingeschreven bij een gemeente.', '105.000', 'nl');
    expect(f.definitions?.[0]).toBe('stat-ukr-registered-cumulative');
    expect(f.verdict).toBe('consistent');
  });
});

describe('COA occupancy and its changing definitions', () => {
  it('entitled to reception (Dutch)', () => {
    const f = figure('Op 25 september 2023 hadden 57.538 mensen recht op opvang bij het COA.', '57.538', 'nl');
    expect(f.definitions).toEqual(['stat-coa-entitled']);
    expect(f.verdict).toBe('consistent');
  });
  it('COA and municipal crisis emergency reception together: the wider count, whatever word for reception comes first', () => {
    const f = figure('Begin april 2023 verbleven 53.000 asielzoekers op locaties van het COA en in crisisnoodopvanglocaties van gemeenten.', '53.000', 'nl', '2023-04-20');
    expect(f.definitions).toEqual(['stat-coa-and-crisis-reception']);
    expect(f.verdict).toBe('consistent');
  });
  it('persons in reception (English)', () => {
    const f = figure('On 1 June 2022, 41,155 people were in COA reception.', '41,155', 'en');
    expect(f.verdict).toBe('consistent');
    expect(f.comparison?.factId).toBe('nl-coa-2022-06-01');
  });
});

describe('departures: DT&V caseload vs national', () => {
  it('national independent departures 2019: consistent, with the DT&V count beside it', () => {
    const f = figure('In 2019 vertrokken 25.600 vreemdelingen zelfstandig uit Nederland.', '25.600', 'nl');
    expect(f.verdict).toBe('consistent');
    expect(compared(f)).toMatchObject({ 'stat-departures-national': 'consistent', 'stat-dtv-independent': 'differs' });
  });
  it('naming DT&V narrows to its caseload', () => {
    const f = figure('DT&V figures show 4,460 independent departures in 2019.', '4,460', 'en');
    expect(f.definitions?.every((d) => d.startsWith('stat-dtv-'))).toBe(true);
    expect(compared(f)['stat-dtv-independent']).toBe('consistent');
    expect(f.verdict).toBe('consistent');
  });
  it('"a total of … confirmed to have left" is the demonstrable departures, not a total of another rule', () => {
    const f = figure('A total of 5,990 foreign nationals were confirmed to have left the Netherlands in 2024, according to the DT&V.', '5,990', 'en', '2025-02-01');
    expect(f.definitions).toContain('stat-dtv-demonstrable');
    expect(f).toMatchObject({ verdict: 'consistent', comparison: { sourceValue: 5990 } });
  });
  it('"underwent enforced repatriation" is a forced departure, not the independent one the clause before counts', () => {
    const text = 'Of these people, 3,400 left the Netherlands independently in 2017 and 2,700 underwent enforced repatriation.';
    const f = figure(text, '2,700', 'en', '2018-04-30');
    expect(f.claim!.measure.facets).toContain('forced');
    expect(compared(f)['stat-dtv-forced']).toBe('consistent');
    expect(f.verdict).toBe('consistent');
  });
  it('forced departures 2019', () => {
    const f = figure('In 2019 zijn 2.760 vreemdelingen gedwongen vertrokken via de DT&V.', '2.760', 'nl');
    expect(f.definitions).toEqual(['stat-dtv-forced']);
    expect(f.verdict).toBe('consistent');
  });
});

describe('Eurostat first-time applicants: EU27 vs EU28; EUAA totals', () => {
  it('EU28 2018: 580,800', () => {
    const f = figure('In 2018, 580,800 first-time asylum applicants were registered across the EU.', '580,800', 'en');
    expect(f.verdict).toBe('consistent');
    expect(f.comparison?.factId).toBe('eu-ft-2018-eu28');
    expect(f.definitions).toContain('stat-eurostat-first-time-applicants');
  });
  it('EU27 on the page compares with the EU27 aggregate only', () => {
    const f = figure('In de EU-27 vroegen in 2018 549.000 mensen voor het eerst asiel aan.', '549.000', 'nl');
    expect(f.geo).toBe('EU27');
    expect(f.verdict).toBe('consistent');
    expect(f.comparison?.factId).toBe('eu-ft-2018-eu27');
    const g = figure('In de EU-27 vroegen in 2018 580.800 mensen voor het eerst asiel aan.', '580.800', 'nl');
    expect(g.verdict).toBe('differs');
  });
  it('EUAA counts all applications: 1,143,437 in 2023 is consistent, Eurostat first-time differs', () => {
    const f = figure('In 2023 werden in de EU+ 1.143.437 asielaanvragen ingediend.', '1.143.437', 'nl');
    expect(f.verdict).toBe('consistent');
    expect(compared(f)['stat-euaa-applications']).toBe('consistent');
    // Eurostat's first-time applicants are an EU27 count: not compared with an EU+ figure.
    expect(compared(f)['stat-eurostat-first-time-applicants']).toBeUndefined();
  });
  it('naming the EUAA narrows to its totals', () => {
    const f = figure('According to the EUAA, 966,000 asylum applications were lodged in the EU in 2022.', '966,000', 'en');
    expect(f.definitions).toContain('stat-euaa-applications');
    expect(f.definitions?.filter((d) => d.startsWith('stat-'))).toEqual(['stat-euaa-applications']);
    expect(f.verdict).toBe('consistent');
  });
});

describe('EU return rate: Commission vs Parliament research service', () => {
  it('Parliament: under 20 percent in 2021', () => {
    const f = figure('Het terugkeerbeleid werkt slecht. Volgens het Europees Parlement keerde in 2021 minder dan 20 procent terug.', '20 procent', 'nl');
    expect(f.definitions?.filter((d) => d.startsWith('stat-'))).toEqual(['stat-eu-return-rate-parliament']);
    expect(f.verdict).toBe('consistent');
  });
  it('Commission: about 20 percent, a standing figure without a year', () => {
    const text = 'According to the European Commission, the EU return rate is only about 20%, which it calls too low for a credible asylum policy.';
    const f = figure(text, '20%', 'en', '2025-04-01');
    expect(f.definitions?.filter((d) => d.startsWith('stat-'))).toEqual(['stat-eu-return-rate-commission']);
    expect(f.verdict).toBe('consistent');
    expect(f.comparison?.factId).toBe('eu-returnrate-2025-ec');
    // The standing figure of March 2025 says nothing of a text written years before it.
    expect(figure(text, '20%', 'en', '2021-09-01').comparison?.factId).not.toBe('eu-returnrate-2025-ec');
  });
  it('a share of a group whose verb stands first and whose particle closes the clause is the return rate', () => {
    // (Dutch main-clause order: "keert … terug" around the share and the group it is of.)
    const text = 'Brussel wil strengere regels voor vertrek. Binnen de EU keert maar zo’n 20 procent van de uitgeprocedeerde asielzoekers werkelijk terug, meldt de Commissie.';
    const f = figure(text, '20 procent', 'nl', '2025-03-20');
    expect(f.concept).toBe('effective-return-rate');
    expect(f.verdict).toBe('consistent');
    expect(f.comparison?.factId).toBe('eu-returnrate-2025-ec');
  });
});

describe('freshness', () => {
  it('a period after the newest fact: no verdict, no comparison with older years', () => {
    const f = figure('In 2026 vroegen 30.000 mensen voor het eerst asiel aan.', '30.000', 'nl', '2027-02-01');
    expect(f.period).toBe('2026');
    expect(f.beyond?.latest).toMatch(/2025/);
    expect(f.verdict).toBeNull();
    expect(f.factIds).toEqual([]);
    expect(f.definitions).toContain('stat-first-asylum-cbs');
  });
  it('a year the facts cover in part (CBS quarters of 2024) still gives context', () => {
    const f = figure('Volgens het CBS vroegen in 2024 32.000 mensen voor het eerst asiel aan.', '32.000', 'nl');
    expect(f.verdict).toBe('context');
  });
});

describe('low confidence never backs a verdict', () => {
  it('EU28 2024 first-time applicants (low) is not cited', () => {
    const f = figure('In 2024, 912,400 first-time applicants were recorded in the EU.', '912,400', 'en', '2025-03-01');
    expect(f.factIds).not.toContain('eu-ft-2024-eu27-low');
    for (const id of f.factIds ?? []) expect(lexicon.facts.find((x) => x.id === id)?.confidence).not.toBe('low');
  });
});

describe('resettlement: people resettled vs quotas and pledges', () => {
  it('a pledge is not a count of people resettled: the pledged number is context, naming the pledge', () => {
    const f = figure('Een Kamerlid beweerde dat in 2018 wel 900 vluchtelingen in Nederland werden hervestigd.', '900', 'nl', '2019-11-02');
    expect(f.definitions).not.toContain('eu-resettlement-commitment');
    expect(compared(f)['resettled-refugees']).toBe('differs');
    expect(f.verdict).toBe('context');
    expect(f.reason).toMatchObject({ why: 'other-rule-match', factId: 'nl-eu-resettlement-commitment-2018' });
  });
  it('the quota fits when the page speaks of the quota', () => {
    const f = figure('In 2018 lag het nationale hervestigingsquotum op 750 vluchtelingen.', '750', 'nl', '2019-11-02');
    expect(f.definitions).toContain('resettlement-quota');
    expect(f.verdict).toBe('consistent');
  });
  it('the quota agreed with UNHCR is named after UNHCR as often as after resettlement', () => {
    const nl = figure('Via het UNHCR-quotum vangt ons land ieder jaar 500 vluchtelingen op.', '500', 'nl', '2021-05-04');
    expect(nl.concept).toBe('resettlement-quota');
    expect(nl.verdict).toBe('consistent');
    const en = figure('Each year the Netherlands admits 500 refugees under its UNHCR quota, the minister said.', '500', 'en', '2021-05-04');
    expect(en.concept).toBe('resettlement-quota');
    expect(en.verdict).toBe('consistent');
  });
});

describe('people who registered for asylum', () => {
  it('"registered for asylum" counts asylum applications, as "applied for asylum" does', () => {
    const f = figure('In 2016, when the crisis peaked, over 1.2 million people across the bloc registered for asylum.', 'over 1.2 million', 'en', '2019-03-15');
    expect(f.concept).toBe('asylum-applications');
    expect(f.verdict).toBe('consistent');
  });
  it('people who "asked for international protection" are asylum applicants too', () => {
    const f = figure('In 2015 some 1,255,600 people in the member countries of the EU asked for international protection, the statistics office reported.', '1,255,600', 'en', '2016-03-10');
    expect(f.concept).toBe('asylum-applications');
    expect(f.verdict).toBe('consistent');
  });
});

describe('residence stickers for refugees from Ukraine', () => {
  it('"een bewijs van verblijf", "proof of residence" is the sticker the IND issues, a count of its own', () => {
    const nl = figure('Naast het werk aan asielaanvragen kregen in 2022 67.900 Oekraïense vluchtelingen van de IND een bewijs van verblijf.', '67.900', 'nl', '2023-04-08');
    expect(nl.verdict).toBe('consistent');
    expect(nl.factIds).toContain('nl-ukr-stickers-2022-ind');
    const en = figure('Besides handling asylum applications, in 2022 the IND issued proof of residence to 67,900 refugees from Ukraine.', '67,900', 'en', '2023-04-08');
    expect(en.factIds).toContain('nl-ukr-stickers-2022-ind');
  });
});

describe('context across definitions', () => {
  it('a definition whose figures stop earlier still gives context when another has later years', () => {
    const f = figure('In 2021 werden 600 vluchtelingen in Nederland hervestigd, schrijft een lokale krant.', '600', 'nl', '2022-01-10');
    expect(f.verdict).toBe('context');
    expect(f.factIds).toEqual(expect.arrayContaining(['nl-resettled-national-2018', 'nl-resettled-2024-tk']));
  });
});
