/**
 * Which numbers are migration figures and what they count (the measure slot), on sentences
 * written for these tests in the way news writes them.
 */
import { describe, expect, it } from 'vitest';
import { annotate, figure, figures } from '../../../test/helpers/recognise';

const read = (text: string, published = '2024-03-01', lang: 'nl' | 'en' = 'nl') => figures(text, lang, published).map((f) => [f.text, f.concept, f.claim!.measure.strong]);
/** The terms marked in a text, as [words, concept]. */
const termsIn = (text: string, lang: 'nl' | 'en', published: string) => annotate(text, lang, published).filter((a) => a.kind === 'term').map((a) => [a.text, a.concept]);

describe('figures and their measure', () => {
  it('a cue after words that leave it out is not what the figure counts ("not counting the … refugees from Ukraine")', () => {
    const en = 'The pact came as Europe saw its count of asylum seekers climb, above 1 million in 2023 — not counting the 4.5 million refugees from Ukraine.';
    expect(figure(en, 'above 1 million', 'en', '2024-04-01').claim!.measure.value).toBe('asylum-applications');
    expect(figure(en, '4.5 million', 'en', '2024-04-01').claim!.measure.value).toBe('ukrainian-refugees-received');
  });
  it('what a body "handled" or "behandelde" may be its decisions, not what was filed: read weakly, never accused', () => {
    const nl = figure('In 2022 behandelde de IND bijna 24 duizend asielaanvragen, meer dan begroot.', 'bijna 24 duizend', 'nl', '2023-05-10');
    expect(nl.claim!.measure.strong).toBe(false);
    expect(nl.verdict).not.toBe('differs');
    // It may still agree.
    expect(figure('The IND handled 35,535 first asylum applications in 2022, the agency said.', '35,535', 'en', '2023-05-10').verdict).toBe('consistent');
    // So with the participle after the count: "heeft … bijna 35 duizend asielaanvragen behandeld".
    const after = figure('Met extra mensen heeft de IND in 2023 bijna 35 duizend asielaanvragen behandeld.', 'bijna 35 duizend', 'nl', '2024-02-02');
    expect(after.claim!.measure.strong).toBe(false);
    expect(after.verdict).not.toBe('differs');
  });
  it('a measure word right after the number governs it directly', () => {
    expect(read('In 2023 waren er in Nederland ruim 38.000 eerste asielaanvragen.')).toEqual([['ruim 38.000', 'first-asylum-applications', true]]);
  });
  it('"het aantal X … N" and "X … was N"', () => {
    expect(figure('Het aantal nareizigers steeg vorig jaar naar 12.000.', '12.000').claim!.measure).toMatchObject({ strong: true });
    expect(figure('The total asylum inflow in 2021 was 41,000.', '41,000', 'en').claim!.measure.strong).toBe(true);
  });
  it('a verb phrase around the number names the measure ("vroegen … asiel aan")', () => {
    expect(figure('Vorig jaar vroegen bijna 43.000 personen asiel aan.', '43.000').concept).toMatch(/asylum/);
    expect(figure('In 2023 vroegen 38.000 personen voor de eerste keer asiel aan.', '38.000').concept).toBe('first-asylum-applications');
  });
  it('a narrower measure in the clause wins over a broad one ("om zich bij een familielid aan te sluiten")', () => {
    // (The clause itself has only everyday words; the sentence before says the text is about migration.)
    const f = figure('Het aantal nareizigers groeide. Ruim 3700 mensen kwamen in het eerste kwartaal naar ons land om zich aan te sluiten bij familieleden.', '3700', 'nl', '2025-04-20');
    expect(f.concept).toMatch(/family-reunification|nareizigers/);
  });
  it('"family reunification requests" are nareis applications, not asylum requests in general', () => {
    const text = 'In the third quarter 8,100 people lodged a first asylum application, while family reunification requests held steady at 2,700.';
    expect(figure(text, '2,700', 'en', '2024-12-10')).toMatchObject({ concept: 'stat-nareis-applications', verdict: 'consistent' });
  });
  it('requests "for" a measure count that measure, not asylum ("verzoeken tot gezinshereniging")', () => {
    // (An asylum text: "verzoeken" alone would be its asylum requests.)
    const nl = 'Het ging vorig jaar om 31.000 eerste asielverzoeken. Daarnaast dienden gezinsleden 9.400 verzoeken tot gezinshereniging in.';
    expect(read(nl, '2024-03-01').find(([t]) => t === '9.400')).toEqual(['9.400', 'nareis-applications', false]);
    const en = 'First asylum requests reached 31,000 last year. Relatives also filed 9,400 requests for family reunification.';
    // (In English the words are the statistic's own term: its refinement, nareis applications as the IND counts them.)
    expect(read(en, '2024-03-01', 'en').find(([t]) => t === '9,400')).toEqual(['9,400', expect.stringMatching(/^(?:stat-)?nareis-applications$/), false]);
    // Requests for asylum stay asylum requests.
    expect(read('Last year the Netherlands received 31,000 requests for asylum.', '2024-03-01', 'en')).toEqual([['31,000', 'asylum-applications', true]]);
  });
  it('what a body decided on counts its decisions, not applications received; what it has yet to decide on does not', () => {
    const en = figure('Last year the IND took decisions on 15,600 first-time asylum applications, a quarter fewer than in 2024.', '15,600', 'en', '2026-02-20');
    expect([en.concept, en.verdict]).toEqual(['asylum-decisions', null]);
    expect(figure('In 2023 nam de IND beslissingen op ruim 30.000 asielaanvragen.', '30.000', 'nl', '2024-02-01').concept).toBe('asylum-decisions');
    expect(figure('Eind vorig jaar moest de IND nog beslissen op 20.400 asielaanvragen.', '20.400', 'nl', '2023-02-01').concept).not.toBe('asylum-decisions');
  });
  it('one member of a list of groups is not what a figure of all of them counts', () => {
    // No event beside the list: a union of groups is none of them.
    expect(figure('Vorig jaar waren er 12.000 vluchtelingen, kennismigranten en studenten in de stad.', '12.000').concept).toBeNull();
    // An event beside it says what happened to all of them.
    expect(figure('Last year 300,000 people moved to the Netherlands as refugees, knowledge migrants or students.', '300,000', 'en').concept).toBe('immigration');
    // The roles people came in, counted by two measures of one broader measure: that one.
    const roles = figure('In 2022 some 403,000 people came here as refugees, as highly skilled migrants or to join their families.', '403,000', 'en', '2023-03-01');
    expect([roles.concept, roles.verdict]).toEqual(['immigration', 'consistent']);
    expect(figure('Vorig jaar kwamen 403.000 mensen naar Nederland als vluchteling, kennismigrant of om zich bij hun gezin te voegen.', '403.000', 'nl', '2023-03-01').concept).toBe('immigration');
    // Roles of one measure only say nothing broader.
    expect(figure('Last year 3,000 people arrived as refugees or asylum seekers.', '3,000', 'en', '2023-03-01').concept).not.toBe('immigration');
    // Two clauses joined by "en" are no list of groups.
    const ua = figure('Het aantal immigranten steeg. In het eerste kwartaal kwamen er ruim 6000 Oekraïners binnen en vertrokken er bijna 4000.', 'ruim 6000', 'nl', '2025-05-20');
    expect([ua.concept, ua.verdict]).toEqual(['ukrainian-refugees-received', 'consistent']);
  });
  it('the subject a sentence opens with ("Het aantal herhaalde asielaanvragen") names the counting rule of its figures', () => {
    const text = 'Het aantal herhaalde asielaanvragen daalde vorig jaar met tweehonderd, van 1.900 naar 1.700 aanvragen.';
    for (const n of ['1.900', '1.700']) {
      const f = figure(text, n, 'nl', '2017-01-20');
      expect([f.claim!.measure.definitions, f.verdict]).toEqual([['stat-repeat-asylum-ind'], 'consistent']);
    }
  });
  it('"municipal shelter places", "gemeentelijke opvangplaatsen": the municipal reception places for Ukrainians', () => {
    const nl = figure('Gemeenten vangen Oekraïners op. Bijna alle 97.000 gemeentelijke opvangplaatsen zijn inmiddels bezet, meldt de VNG.', '97.000', 'nl', '2025-09-08');
    expect([nl.concept, nl.verdict]).toEqual(['stat-ukr-municipal-places', 'context']);
    const en = figure('Towns house refugees from Ukraine. Their 97,000 municipal shelter places are nearly full.', '97,000', 'en', '2025-09-08');
    expect(en.concept).toBe('stat-ukr-municipal-places');
  });
  it('a bare count of migrants who came is read as immigration, weakly: it may agree, never accuse', () => {
    const lead = 'Het kabinet wil minder asielzoekers en minder arbeidsmigranten. ';
    const came = figure(lead + 'Vorig jaar kwamen er ruim 400.000 migranten naar Nederland.', 'ruim 400.000', 'nl', '2023-03-01');
    expect([came.concept, came.verdict, came.claim!.measure.strong]).toEqual(['immigration', 'consistent', false]);
    // Far from the year's immigration: no accusation.
    expect(figure(lead + 'Vorig jaar kwamen er ruim 600.000 migranten naar Nederland.', 'ruim 600.000', 'nl', '2023-03-01').verdict).not.toBe('differs');
    // A stock of migrants living here has no year to agree with.
    expect(figure(lead + 'In Nederland wonen 2,5 miljoen migranten.', '2,5 miljoen', 'nl', '2023-03-01').verdict).not.toBe('consistent');
  });
  it('a bare count of asylum seekers is read as the asylum measures, weakly: it may agree, never accuse', () => {
    expect(figure('The 24,000 asylum seekers that arrived in 2014 were far more than the year before.', '24,000', 'en', '2015-09-28').concept).toBe('asylum-applications');
    const agrees = figure('Het aantal asielzoekers steeg vorig jaar met een derde, naar 49.000.', '49.000', 'nl', '2023-10-10');
    expect([agrees.concept, agrees.claim!.measure.strong, agrees.verdict]).toEqual(['asylum-applications', false, 'consistent']);
    expect(figure('Het aantal asielzoekers steeg vorig jaar met een derde, naar 60.000.', '60.000', 'nl', '2023-10-10').verdict).toBe('context');
    // A measure word in the clause says what is counted: people in reception.
    expect(figure('Vorig jaar zaten er 49.000 asielzoekers in de opvang.', '49.000', 'nl', '2023-10-10').concept).toBe('reception-population');
  });
  it('asylum seekers counted arriving are the asylum inflow, not all immigration; a group counted where it stays is not', () => {
    for (const [text, lang] of [
      ['In 2016 kwamen er in totaal 31.600 asielzoekers naar Nederland.', 'nl'],
      ['In 2016, roughly 31,600 asylum seekers travelled to the Netherlands.', 'en'],
    ] as const) {
      const f = figure(text, text.includes(',') ? '31,600' : '31.600', lang, '2017-01-20');
      expect([f.concept, f.claim!.measure.strong, f.verdict]).toEqual(['asylum-applications', false, 'consistent']);
    }
    // Weakly: a count that matches no asylum figure is context, never differs.
    expect(figure('In 2016 kwamen er 52.000 asielzoekers naar Nederland.', '52.000', 'nl', '2017-01-20').verdict).toBe('context');
    expect(figure('In 2016 verbleven 31.600 asielzoekers in de opvang.', '31.600', 'nl', '2017-01-20').concept).toBe('reception-population');
    // People counted arriving are immigrants; a narrower measure named by its own term does not
    // take over a broad one named by its term either.
    expect(figure('Het CBS telde de immigratie. In 2022 kwamen 403.000 mensen naar Nederland.', '403.000', 'nl', '2023-03-01').concept).toBe('immigration');
    expect(figure('De immigratie steeg in 2022 tot 403.000 omdat meer mensen asiel aanvroegen.', '403.000', 'nl', '2023-03-01').concept).toBe('immigration');
    // The verb agreeing with the count, singular: "kwam … naar ons land".
    const singular = 'Volgens het kabinet kwam in 2023 17 procent minder migranten naar ons land dan in 2022. De immigratie daalde vooral doordat er minder Oekraïners kwamen.';
    expect(figure(singular, '17 procent', 'nl', '2024-06-07')).toMatchObject({ concept: 'immigration', verdict: 'consistent' });
  });
  it('a clause after a bracketed gloss has its subject before the gloss ("Het migratiesaldo (immigratie min emigratie) kwam uit op …")', () => {
    const text = 'Tot en met september 2024 hadden 243 duizend mensen zich in Nederland gevestigd. Het migratiesaldo (immigratie min emigratie) kwam daardoor uit op 89 duizend.';
    const f = figure(text, '89 duizend', 'nl', '2024-11-01');
    expect([f.concept, f.verdict]).toEqual(['stat-net-migration-cbs', 'consistent']);
  });
  it('so does a clause after a gloss between dashes, also with a source and "nu" before the value and a generic noun after it', () => {
    const text = 'Het migratiesaldo - het verschil tussen wie zich hier vestigt en wie naar het buitenland vertrekt - was volgens het CBS in 2021 ruim 107.000 mensen.';
    const f = figure(text, '107.000', 'nl', '2022-06-01');
    expect([f.concept, f.claim!.measure.strong, f.verdict]).toEqual(['stat-net-migration-cbs', true, 'consistent']);
  });
  it('a Dutch subordinate clause that gives the value after a gloss, its verb last ("terwijl het migratiesaldo (…) 107.198 bedroeg")', () => {
    const text = 'De bevolking nam in 2021 vooral toe door immigratie, terwijl het migratiesaldo (vestigers min vertrekkers) 107.198 bedroeg.';
    const f = figure(text, '107.198', 'nl', '2022-09-15');
    expect([f.concept, f.claim!.period.value, f.verdict]).toEqual(['stat-net-migration-cbs', '2021', 'consistent']);
  });
  it('a Dutch subordinate clause with the measure as its subject right before the value, its verb last ("toen het migratiesaldo 107.198 was")', () => {
    const right = 'De groei van de bevolking kwam in 2023 vooral door migratie, net als in 2021, toen het migratiesaldo 107.198 was.';
    expect(read(right, '2024-09-01')).toEqual([['107.198', 'stat-net-migration-cbs', true]]);
    expect(figure(right, '107.198', 'nl', '2024-09-01').verdict).toBe('consistent');
    // Read this strongly, a wrong value is one the text states of that measure and year.
    const wrong = 'De groei van de bevolking kwam in 2023 vooral door migratie, net als in 2021, toen het migratiesaldo 131.000 was.';
    expect(figure(wrong, '131.000', 'nl', '2024-09-01')).toMatchObject({ verdict: 'differs', comparison: { sourceValue: 107198 } });
    // Not a subordinate clause's subject: a noun the value only follows is read as before.
    expect(read('De groei van de bevolking kwam in 2021 vooral door migratie, want het migratiesaldo 107.198 was hoog.', '2024-09-01')[0]?.[2]).not.toBe(true);
  });
  it('"increased by" says that something grew, not that the population did: a figure after it counts what increased', () => {
    const f = figure('The cabinet fell over asylum. Asylum requests increased by a third in 2022: there were 47,991 of them, the ministry said.', '47,991', 'en', '2023-07-08');
    expect(f).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent' });
    // The population's own growth is still read as such.
    expect(figure('Immigration and asylum drove the change. The Dutch population grew by 120,000 people in 2022, mostly through migration.', '120,000', 'en', '2023-07-08').concept).toBe('population-growth');
  });
  it('"zo\'n soort verzoek", "such requests" count the kind the sentence before opened with', () => {
    const text = 'Het aantal eerste asielaanvragen is in 2017 gedaald, meldt de IND. Vorig jaar deden 14.716 mensen zo\'n soort verzoek.';
    expect(figure(text, '14.716', 'nl', '2018-01-20')).toMatchObject({ concept: 'first-asylum-applications', verdict: 'consistent' });
    // Two digits swapped: the kind is pinned down, so the figure is checked against first applications only.
    const swapped = 'Het aantal eerste asielaanvragen is in 2017 gedaald, meldt de IND. Vorig jaar deden 14.176 mensen zo\'n soort verzoek.';
    expect(figure(swapped, '14.176', 'nl', '2018-01-20').verdict).toBe('differs');
  });
  it('a request for asylum in other words ("een verzoek om asiel", "applications for asylum")', () => {
    expect(figure('In 2017 deden 31.327 mensen een verzoek om asiel in Nederland.', '31.327', 'nl', '2018-01-20').concept).toMatch(/asylum/);
    expect(figure('In 2017 the Netherlands received 31,327 applications for asylum.', '31,327', 'en', '2018-01-20').concept).toMatch(/asylum/);
  });
  it('growth in residents over a year is population growth, not people in reception', () => {
    const text = 'Immigration kept the country growing. CBS figures show the Dutch population reached 18.1 million at the close of 2025, an increase of 87,211 inhabitants during the year.';
    const f = figure(text, '87,211', 'en', '2026-02-01');
    expect([f.concept, f.claim!.period.value, f.verdict]).toEqual(['population-growth', '2025', 'consistent']);
  });
  it('relatives who joined a refugee are nareizigers who arrived, even where the refugee was "granted" status', () => {
    const text = 'Last year about 10,000 family members joined relatives who had been granted refugee status, according to CBS.';
    const f = figure(text, '10,000', 'en', '2024-02-15');
    expect([f.claim!.measure.definitions, f.verdict]).toEqual([['stat-nareizigers-arrived'], 'consistent']);
  });
  it('a clause set against the figure\'s ("…, terwijl het aantal nareizigers steeg") names no counting rule of it', () => {
    const text = 'Het aantal eerste asielaanvragen daalde in 2017 van ruim 18.000 naar 14.716, terwijl het aantal nareizigers steeg.';
    expect(figure(text, '14.716', 'nl', '2018-01-20')).toMatchObject({ concept: 'first-asylum-applications', verdict: 'consistent' });
  });
  it('people who "reisden hun familie na" are nareizigers who arrived', () => {
    const f = figure('In 2017 reisden 14.490 personen hun familie na naar Nederland, meldt de IND.', '14.490', 'nl', '2018-01-20');
    expect([f.claim!.measure.definitions, f.verdict]).toEqual([['stat-nareizigers-arrived'], 'consistent']);
  });
  it('refugees counted arriving are read as the asylum inflow, weakly', () => {
    const f = figure('In 2015 kwamen er 58.880 vluchtelingen naar Nederland, de meesten vroegen asiel aan.', '58.880', 'nl', '2016-02-01');
    expect([f.concept, f.claim!.measure.strong, f.verdict]).toEqual(['asylum-applications', false, 'consistent']);
  });
  it('a count that points back in a later clause ("in 2022 waren dat er nog 108.000") counts what the figure before it counted', () => {
    const text = 'In 2023 kwamen 37.000 Oekraïense vluchtelingen naar Nederland, in 2022 waren dat er zelfs nog ruim 108.000.';
    expect(figure(text, '108.000', 'nl', '2024-07-02')).toMatchObject({ concept: 'ukrainian-refugees-received', verdict: 'consistent' });
  });
  it('a later clause that names no measure by a term counts the subject the sentence opens with', () => {
    const text = 'The number of family reunification applications, in which people apply to join relatives in the Netherlands, increased by 14 percent to 3,700 in the first quarter.';
    expect(figure(text, '3,700', 'en', '2025-04-23').concept).toBe('stat-nareis-applications');
    // A clause with its own term is not the subject's.
    expect(figure('Het aantal asielaanvragen steeg, terwijl de immigratie daalde tot 300.000.', '300.000', 'nl', '2025-04-23').concept).toMatch(/immigration/);
  });
  it('"meldt dat het aantal …", "says that the number of …": a subject after "dat"/"that" is the subject, and its term may run past its first words', () => {
    const en = 'The asylum agency says that the number of files still awaiting a first-instance decision in the EU+ remained near its record, with 905,000 still open at the end of March 2025.';
    expect(figure(en, '905,000', 'en', '2025-06-10')).toMatchObject({ concept: 'stat-euaa-pending-first-instance', claim: { measure: { strong: true } } });
    const nl = 'De dienst meldt dat het aantal openstaande asielaanvragen hoog bleef, met 41.000 op 1 oktober.';
    expect(figure(nl, '41.000', 'nl', '2025-10-20').concept).toBe('asylum-backlog');
  });
  it('people "benefiting from temporary protection" are holders of temporary protection, whatever group the number counts', () => {
    const en = 'On 31 December 2022 about 3,826,600 people from outside the Union were benefiting from temporary protection across the EU, Eurostat says.';
    expect(figure(en, '3,826,600', 'en', '2023-03-20')).toMatchObject({ concept: 'temporary-protection-holders', verdict: 'consistent' });
    // (The British spelling too.)
    const uk = 'On 31 December 2022 some 3,826,600 people from outside the Union had benefitted from temporary protection in EU countries, according to Eurostat.';
    expect(figure(uk, '3,826,600', 'en', '2023-03-20').concept).toBe('temporary-protection-holders');
  });
  it('", totalling 95,200" gives the total of what the sentence opened with, weakly; "irregular migrant crossings" are irregular arrivals', () => {
    const en = 'Detected irregular migrant crossings dropped sharply between January and July 2025, totalling 95,200 according to the EU border agency.';
    expect(figure(en, '95,200', 'en', '2025-08-12')).toMatchObject({ concept: 'irregular-arrivals', verdict: 'consistent', claim: { measure: { strong: false } } });
    // Only the subject the sentence opens with: a measure named later in it is not what is totalled.
    const later = 'Ministers met in Brussels after irregular migrant crossings dropped, totalling 95,200 according to the EU border agency.';
    expect(figures(later, 'en', '2025-08-12').find((f) => f.text.includes('95,200'))?.verdict ?? null).not.toBe('consistent');
  });
  it('"…, lifting the total by 13% to 714,000": a whole named without a measure counts what the sentence opened with, weakly', () => {
    const en = 'Asylum claims lodged by people from visa-free countries in Latin America went up sharply in 2019, lifting the total by 13% to 714,000 in the EU+, the agency said.';
    expect(figure(en, '714,000', 'en', '2020-03-01')).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent', claim: { measure: { strong: false } } });
    expect(figure(en, '13%', 'en', '2020-03-01')).toMatchObject({ concept: 'asylum-applications', claim: { aggregation: { value: 'percent-change' } } });
    const nl = 'Asielaanvragen van mensen uit Latijns-Amerika namen vorig jaar flink toe in Europa, waardoor het totaal met 18 procent steeg tot 1,14 miljoen in de EU+, meldt het agentschap.';
    expect(figure(nl, '1,14 miljoen', 'nl', '2024-03-01')).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent' });
    // Read weakly, a value far from the facts is never accused.
    expect(figure(en.replace('714,000', '914,000'), '914,000', 'en', '2020-03-01').verdict).not.toBe('differs');
    // Only the subject the sentence opens with, and only a whole that does not say what it totals.
    const later = 'Ministers met in Brussels on Tuesday after asylum claims lodged by people from visa-free countries in Latin America went up sharply in 2019, lifting the total by 13% to 714,000 in the EU+, the agency said.';
    expect(figures(later, 'en', '2020-03-01').find((f) => f.text.includes('714,000'))?.verdict ?? null).not.toBe('consistent');
    const named = 'Asylum claims went up sharply in 2019, lifting the total of files still open by 13% to 714,000 in the EU+, the agency said.';
    expect(figures(named, 'en', '2020-03-01').find((f) => f.text.includes('714,000'))?.verdict ?? null).not.toBe('consistent');
  });
  it('"The Dutch population rose by almost 102,000 residents": the residents a population grew by are its growth; the total it reached is none', () => {
    const text = 'Immigration drove the change. The Dutch population rose by almost 102,000 residents in 2024, taking the total over 18 million, CBS said.';
    expect(figure(text, '102,000', 'en', '2025-01-30')).toMatchObject({ concept: 'population-growth', verdict: 'consistent' });
    expect(figures(text, 'en', '2025-01-30').find((f) => f.text.includes('18 million'))?.verdict ?? null).toBeNull();
  });
  it('"… om asiel vroegen en kwamen er 10.100 personen …": a conjunct with its own verb counts by its own words, not the conjunct\'s before', () => {
    const viaClause = 'In 2021 dienden 24.700 mensen een asielverzoek in en kwamen er 10.100 mensen naar Nederland vanwege gezinshereniging.';
    expect(figure(viaClause, '10.100', 'nl', '2022-03-01')).toMatchObject({ concept: 'family-reunification', verdict: 'consistent' });
    const viaDistance = 'In 2021 waren er 24.700 mensen die om asiel vroegen en kwamen er 10.100 personen op grond van gezinshereniging met een statushouder naar ons land.';
    expect(figure(viaDistance, '10.100', 'nl', '2022-03-01')).toMatchObject({ concept: 'family-reunification', verdict: 'consistent' });
    // The first conjunct keeps its own measure.
    expect(figure(viaClause, '24.700', 'nl', '2022-03-01').concept).toMatch(/asylum/);
  });
  it('a clause after a second "het aantal …" counts that subject, not the one the sentence opens with', () => {
    // The semicolon cuts "van … naar …" off from its subject; the nearest subject before it is the nareizigers.
    const text = 'Het aantal eerste asielaanvragen daalde vorig jaar, terwijl het aantal nareizende gezinsleden toenam; van 9.100 naar 12.300.';
    expect(figure(text, '12.300', 'nl', '2018-01-20').concept).toBe('stat-nareizigers-arrived');
    // A second subject the vocabulary does not know is not replaced by the first: no accusation.
    const unknown = 'Het aantal eerste asielaanvragen daalde vorig jaar, terwijl het aantal Cubaanse bootjes toenam; van 9.100 naar 22.300.';
    const f = figures(unknown, 'nl', '2018-01-20').find((a) => a.text === '22.300');
    expect(f?.verdict ?? null).not.toBe('differs');
  });
  it('people who "arrived to live in the country" are immigrants; "net-migration" is net migration', () => {
    const text = 'Last year, CBS data show, 235,000 people arrived to live in the country and 154,000 departed to settle abroad. The resulting net-migration figure of 81,000 has never been higher.';
    expect(figure(text, '235,000', 'en', '2018-10-23')).toMatchObject({ concept: 'immigration', verdict: 'consistent' });
    expect(figure(text, '81,000', 'en', '2018-10-23')).toMatchObject({ concept: 'stat-net-migration-cbs', verdict: 'consistent' });
  });
  it('a figure set against another ("…, while 157,900 moved out of the country") is no member of its list', () => {
    const text = 'Immigration pushed the population up, CBS said. Last year roughly 272,200 people settled in the Netherlands, while 157,900 moved out of the country.';
    expect(figure(text, '157,900', 'en', '2020-01-31').concept).toBe('emigration');
  });
  it('"left the Netherlands" after people coming to it in the paragraph is emigration, not a return', () => {
    const text = 'Labour migrants and asylum seekers are often blamed for the housing shortage. Last year 318,000 people moved to the Netherlands, the report says. Most came to work or study. Some 207,000 left the Netherlands, so the population grew with 111,000 people.';
    expect(figure(text, '207,000', 'en', '2025-07-10').concept).toMatch(/emigration/);
    expect(figure(text, '111,000', 'en', '2025-07-10').concept).toMatch(/population-growth/);
    // Without people coming, leaving the Netherlands stays the departure of those who had to go.
    const returns = 'Many rejected asylum seekers must go. Last year some 4,100 of them left the Netherlands with help from the return service.';
    expect(figure(returns, '4,100', 'en', '2025-07-10').concept).not.toMatch(/emigration/);
  });
  it('people who "came into the Netherlands" are immigrants; "the number leaving the country" beside them are emigrants', () => {
    const nl = 'Uit de cijfers van het CBS blijkt dat vorig jaar veel migranten kwamen. Er kwamen 230.000 mensen Nederland binnen, terwijl 141.000 mensen emigreerden.';
    expect(figure(nl, '230.000', 'nl', '2017-01-31').concept).toMatch(/immigration/);
    // So do those who "came into our country" ("kwamen … ons land binnen"): CBS first counted some 314,000 immigrants in 2024.
    const ours = "Het CBS maakte vorige week de migratiecijfers over 2024 bekend. Dat jaar kwamen er zo'n 314 duizend mensen ons land binnen.";
    expect(figure(ours, '314 duizend', 'nl', '2025-02-07')).toMatchObject({ concept: expect.stringMatching(/immigration/), verdict: 'consistent' });
    const en = 'In total, the Netherlands received 403,000 immigrants in 2022. The number of Dutch citizens and expats leaving the country in 2022 was around 179,000.';
    expect(figure(en, '179,000', 'en', '2023-07-01').concept).toMatch(/emigration/);
  });
  it('residence applications for work or study are regular applications, not asylum applications', () => {
    const text = 'The asylum inflow was stable in 2017. Regular migration grew: the number of residence applications for work or study rose last year (36,200) compared with 2016 (31,900).';
    expect(figure(text, '36,200', 'en', '2018-02-01').concept).not.toMatch(/asylum/);
    expect(figure(text, '36,200', 'en', '2018-02-01').verdict).not.toBe('differs');
  });
  it('a bare "applications" names asylum applications only weakly: it may agree, never accuse', () => {
    const text = 'The IND published its asylum figures for 2017. More customers now apply online: in 2017 more than 50,000 applications were handed in digitally.';
    const f = figure(text, '50,000', 'en', '2018-02-01');
    expect(f.claim!.measure.strong).toBe(false);
    expect(f.verdict).not.toBe('differs');
  });
  it('"registered" alone is how a count was taken, not asylum registration; "registered as immigrants" is immigration', () => {
    const text = 'In 2019 more than 700,000 applications for asylum were filed across the EU, up on 2018, when fewer than 640,000 were registered.';
    expect(figure(text, '640,000', 'en', '2020-02-26').concept).not.toBe('asylum-registration');
    const imm = 'Immigration rose. In 2015, 230 thousand people registered as immigrants in Dutch municipalities.';
    expect(figure(imm, '230 thousand', 'en', '2016-06-01').claim!.measure).toMatchObject({ value: 'immigration', strong: true });
  });
  it('in English "of" joins no list: "family members of status holders" are one group, counted as they arrive', () => {
    const text = 'The asylum inflow was stable. The number of family members of status holders who came to the Netherlands rose compared with the year before (2017: 14,490 against 2016: 11,814).';
    expect(figure(text, '14,490', 'en', '2018-01-20')).toMatchObject({ concept: 'family-reunification', verdict: 'consistent' });
  });
  it('a counting-rule word in the measure\'s own words wins over a loose "in totaal"', () => {
    const text = 'In totaal dienden vorig jaar circa 25.000 personen een eerste asielverzoek in, volgens het CBS.';
    expect(figure(text, '25.000', 'nl', '2022-07-01')).toMatchObject({ concept: 'first-asylum-applications', verdict: 'consistent' });
  });
  it('"with the total …", "waarmee het totaal …" sum up what the sentence counted: no counting rule of their own', () => {
    // (Read as the rule "total" before, these were set against all applicants, whose 2023 figure the sources lack.)
    const en = 'According to Eurostat, the EU\'s first-time asylum applications went up by a fifth in 2023, with the total coming to about 1.05 million.';
    expect(figure(en, '1.05 million', 'en', '2024-04-10')).toMatchObject({ concept: 'first-asylum-applications', verdict: 'consistent' });
    const nl = 'Volgens Eurostat kwamen er in 2023 in de EU een vijfde meer eerste asielaanvragen, waarmee het totaal op ongeveer 1,05 miljoen kwam.';
    expect(figure(nl, '1,05 miljoen', 'nl', '2024-04-10')).toMatchObject({ concept: 'first-asylum-applications', verdict: 'consistent' });
    const nl2 = 'In de EU nam in 2023 het aantal eerste asielverzoeken met 20 procent toe, waardoor het totaal uitkwam op 1,05 miljoen.';
    expect(figure(nl2, '1,05 miljoen', 'nl', '2024-04-10')).toMatchObject({ concept: 'first-asylum-applications', verdict: 'consistent' });
  });
  it('family members counted are read as nareizigers, weakly', () => {
    const f = figure('Het CBS telde de asielinstroom. Het aantal gezinsleden dat naar Nederland kwam, zakte van 6.463 in 2018 tot 4.179 in 2019.', '4.179', 'nl', '2020-01-28');
    expect([f.concept, f.claim!.measure.strong, f.verdict]).toEqual(['family-reunification', false, 'consistent']);
  });
  it('a cue after "zonder" is not what is counted', () => {
    const f = figure('Vorig jaar zijn 24.900 vreemdelingen zonder verblijfsvergunning naar hun herkomstland teruggekeerd.', '24.900', 'nl', '2017-01-19');
    expect(f.concept).toMatch(/return/);
  });
  it('a cue after "geen" further on in the sentence is not what is counted either', () => {
    const found = figures('In 2022 moesten zo\'n 9.000 mensen weg, want ze hebben geen verblijfsvergunning asiel meer.', 'nl', '2023-01-20');
    expect(found.filter((f) => f.concept === 'asylum-residence-permit')).toEqual([]);
  });
  it('"van wie er 6000 beschikken over een verblijfsvergunning" counts status holders, not permits', () => {
    const f = figure('In de asielopvang wonen nu 25.000 mensen, van wie er ruim 6000 beschikken over een verblijfsvergunning.', '6000', 'nl', '2019-05-01');
    expect(f.concept).toBe('status-holder');
  });
  it('a verb of change says how a count moved, not what was counted ("the number of asylum seekers … increased by about a fifth to 1.14 million")', () => {
    const en = 'For the EU+ as a whole, the number of asylum seekers recorded in 2023 increased by about a fifth to 1.14 million.';
    expect(figure(en, '1.14 million', 'en', '2024-02-29')).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent' });
    const nl = 'In 2023 groeide het aantal asielaanvragen in Nederland met 20 procent naar 38.000.';
    expect(figure(nl, '38.000', 'nl', '2024-02-29').concept).toBe('asylum-applications');
    // Where the verb's own subject is the population, it still names population growth.
    expect(figure('Het CBS telde meer immigratie. In 2024 groeide de bevolking met ruim 100.000 inwoners.', '100.000', 'nl', '2025-01-30').concept).toBe('population-growth');
  });
  it('the level a change comes to ("…, reaching 133,400", "totalling …") counts what the change counts', () => {
    const en = 'Between January and September 2025, irregular entries into the EU fell by 22 per cent compared to the year before, reaching 133,400.';
    expect(figure(en, '133,400', 'en', '2025-10-12')).toMatchObject({ concept: 'irregular-arrivals', verdict: 'consistent' });
  });
  it('a cue whose words hold the group\'s term says what is counted, however far it starts ("those seeking for international protection … were …")', () => {
    const text = 'Eurostat said that in 2015, those seeking for international protection across the EU were one million 257 thousand.';
    expect(figure(text, '257 thousand', 'en', '2016-03-04')).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent' });
  });
  it('a conjunction ends the words that govern a number', () => {
    const f = figure('In 2025 immigreerden er bijna 307.000 personen en emigreerden er 212.000.', '307.000', 'nl', '2026-02-01');
    expect(f.concept).not.toMatch(/emigration/);
  });
  it('a percentage about leaving is the return rate', () => {
    expect(figure('Circa 40 procent van de migranten met een vertrekplicht vertrekt daadwerkelijk.', '40 procent').concept).toBe('effective-return-rate');
    // (So is a share of the people ordered to leave: the Commission's standing "one in five".)
    const ordered = figure('Barely 20% of those the EU ordered to leave really depart, the Commission says.', '20%', 'en', '2025-03-21');
    expect(ordered.concept).toBe('effective-return-rate');
  });
  it('a percentage of a rate "for asylum seekers" is the rate, however far the rate stands from it', () => {
    const text = 'The recognition rate for asylum seekers sank to a record low of 25% between January and June 2025.';
    expect(figure(text, '25%', 'en', '2025-09-10').concept).toMatch(/recognition-rate|grant-rate/);
    const nl = 'Het erkenningspercentage van asielzoekers in Nederland zakte in de eerste helft van 2025 naar een dieptepunt van 40 procent.';
    expect(figure(nl, '40 procent', 'nl', '2025-09-10').concept).toMatch(/recognition-rate|grant-rate/);
  });
  it('a percent change without its own measure word belongs to the figure before it', () => {
    const fs = figures('Vorig jaar vroegen ruim 38.000 personen voor het eerst asiel aan. Dat zijn er 8 procent meer dan in 2022.', 'nl', '2024-02-01');
    expect(fs.map((f) => [f.text, f.concept])).toEqual([
      ['ruim 38.000', 'first-asylum-applications'],
      ['8 procent', 'first-asylum-applications'],
    ]);
  });
  it('a count pointing back in a list ("• In 2021 was dit aantal …") takes the item before it', () => {
    const text = 'De instroom in twee jaar:\n\n  • In 2022 vroegen 47.991 asielzoekers en nareizigers hier bescherming.\n  • In 2021 was dit aantal 36.620.';
    const f = figure(text, '36.620', 'nl', '2023-05-01');
    expect([f.concept, f.claim!.period.value, f.verdict]).toEqual(['stat-first-plus-nareis-cbs', '2021', 'consistent']);
  });
  it('"Dat waren er …" counts what the sentence before named', () => {
    const f = figure('Het aantal nareizigers nam juist af. Dat waren er afgelopen jaar 10.000.', '10.000', 'nl', '2024-02-01');
    expect(f.concept).toMatch(/nareizigers|family-reunification/);
  });
  it('"In 2018 bedroeg dat aantal …": the verb before the anaphor, after a time, still points back, at the count named last', () => {
    const text =
      'De minister telt eerste aanvragen, herhaalde aanvragen en nareizigers op tot de totale asielinstroom. In 2018 bedroeg dat aantal 30.380 en in 2017 nog 31.330.';
    const both = figures(text, 'nl', '2019-05-01').map((f) => [f.text, f.concept, f.verdict]);
    expect(both).toContainEqual(['30.380', 'stat-total-inflow-ind', 'consistent']);
    expect(both).toContainEqual(['31.330', 'stat-total-inflow-ind', 'consistent']);
    // "Dat waren er" after a sentence that names the counted group first still counts that group.
    expect(figure('Het aantal nareizigers nam af, net als de herhaalde aanvragen. Dat waren er vorig jaar 10.000.', '10.000', 'nl', '2024-02-01').concept).toMatch(/nareizigers|family-reunification/);
  });
  it('"ging het aantal omhoog naar N" counts what the sentence before counted, a group included', () => {
    const nl = 'Het aantal asielzoekers groeit al een paar jaar door de oorlogen in het Midden-Oosten. Vorig jaar ging het aantal flink omhoog naar ongeveer 30.000.';
    expect(figure(nl, 'ongeveer 30.000', 'nl', '2015-05-04')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2014' } } });
    const en = 'EU states saw more first-time asylum applicants every month. In 2015 the number then rose to some 1.26 million.';
    expect(figure(en, 'some 1.26 million', 'en', '2016-05-04')).toMatchObject({ verdict: 'consistent' });
    // A noun between the count word and the verb is a count of something else.
    expect(figures('Het aantal asielzoekers groeit al jaren. Vorig jaar ging het aantal woningen omhoog naar ongeveer 30.000.', 'nl', '2015-05-04')).toEqual([]);
  });
  it('"In juli, augustus en september waren het er …": the commas of a list of months split no clause', () => {
    const text = 'Het CBS rekent gezinsleden die later komen niet mee bij de eerste asielverzoeken. Die nareizigers telt het apart. In juli, augustus en september waren het er 4600, meer dan in het kwartaal daarvoor.';
    expect(figure(text, '4600', 'nl', '2025-11-20')).toMatchObject({ concept: expect.stringMatching(/nareizigers|family-reunification/), verdict: 'consistent' });
  });
  it('"Dat waren er N tegenover M …": a figure set against another still points back at what the sentence before named', () => {
    for (const joint of ['tegenover', 'versus']) {
      const f = figure(`Het aantal nareizigers liep vorig jaar op. Dat waren er 12.300 ${joint} 10.100 in het jaar ervoor.`, '12.300', 'nl', '2024-02-01');
      expect(f.concept).toMatch(/nareizigers|family-reunification/);
    }
    const en = figure('The number of relatives joining refugees went up. Those were 12,300 against 10,100 a year earlier.', '12,300', 'en', '2024-02-01');
    expect(en.concept).toMatch(/nareizigers|family-reunification/);
  });
  it('a figure whose verb only repeats the sentence before ("did so", "deden dat") counts what that sentence counted', () => {
    const text = 'In 2016, some 18,000 people sought asylum here. Around 31,000 did so a year later.';
    expect(figure(text, '31,000', 'en', '2018-03-01').concept).toBe(figure(text, '18,000', 'en', '2018-03-01').concept);
    expect(figure(text, '31,000', 'en', '2018-03-01').concept).toMatch(/asylum/);
    const nl = 'In 2016 vroegen zo\'n 18.000 mensen asiel aan. In 2017 deden ruim 31.000 dat.';
    expect(figure(nl, 'ruim 31.000', 'nl', '2018-03-01').concept).toMatch(/asylum/);
    // (Not across a paragraph: a new paragraph may be about something else.)
    expect(figures('In 2016 applied 18,000 people for asylum.\n\nAbout 31,000 did so at the ballot box.', 'en', '2018-03-01').map((f) => f.text)).not.toContain('About 31,000');
  });
  it('"the figure was …", "het cijfer was …" counts what the sentence before counted', () => {
    const text = 'In 2024, EU member states resettled 11,800 refugees. In 2023, the figure was 12,400, well below the 16,000 promised, UNHCR says.';
    expect(figure(text, '12,400', 'en', '2025-01-12').concept).toBe(figure(text, '11,800', 'en', '2025-01-12').concept);
    expect(figure(text, '12,400', 'en', '2025-01-12').concept).toMatch(/resettle/);
  });
  it('"In 2016 waren dat er …" right under a heading counts what the heading names; a sentence of its own under it does not', () => {
    const text = 'Aantal nareizigers vorig jaar gedaald\n\nIn 2016 waren dat er nog 11.800, in 2017 ongeveer 14.500.';
    expect(figure(text, '11.800', 'nl', '2018-02-01').concept).toMatch(/nareizigers|family-reunification/);
    const own = 'Aantal nareizigers vorig jaar gedaald\n\nEr zijn in 2017 14.500 kinderen geboren in de regio.';
    expect(figures(own, 'nl', '2018-02-01')).toEqual([]);
  });
  it('a heading naming only a group counts what the paragraph under it counts for the same number, weakly', () => {
    const text = 'Ruim 240.000 migranten in negen maanden\n\nIn de eerste negen maanden van 2025 kwamen er ruim 240 duizend immigranten naar Nederland.';
    const heading = figures(text, 'nl', '2025-11-10')[0];
    expect(heading.text).toBe('Ruim 240.000');
    expect(heading.claim!.measure).toMatchObject({ value: expect.stringMatching(/immigration/), strong: false });
  });
  it('a number continuing a figure in the next sentence of the paragraph', () => {
    const fs = figures('Across the EU, 1,049,500 first-time asylum applicants were recorded in 2023. Germany alone counted 329,000.', 'en', '2024-03-01');
    expect(fs.map((f) => f.text)).toEqual(['1,049,500', '329,000']);
  });
  it('of a subject "<measure> van <group>", the measure is counted: "Het totale vertrek van vreemdelingen bedroeg vorig jaar 15.120"', () => {
    const text = 'Uitgeprocedeerde asielzoekers moeten Nederland verlaten. Het totale vertrek van vreemdelingen bedroeg vorig jaar 15.120.';
    const f = figure(text, '15.120', 'nl', '2018-04-30');
    expect([f.concept, f.claim!.measure.strong, f.verdict]).toEqual(['return', true, 'consistent']);
  });
  it('people who "entered the EU" or "arrived in Europe" are arrivals, not asylum applications', () => {
    const text = 'EASO recorded about 728,000 asylum applications in 2017. Back in 2015 over a million people entered the EU, mostly from Syria.';
    const f = figure(text, 'a million', 'en', '2018-06-25');
    expect(f.concept).toBe('frontex-detections');
    expect(f.verdict).not.toBe('consistent');
    const nl = figure('Het EU-asielagentschap telde in 2017 zo\'n 728.000 asielaanvragen. In 2015 kwamen ruim een miljoen mensen Europa binnen.', 'een miljoen', 'nl', '2018-06-25');
    expect(nl.concept).toBe('frontex-detections');
    // (Also with a gloss between the people and their arrival, whose "refugees" would otherwise count as asylum requests.)
    const shores = 'The debate began in 2015, the year in which more than a million men, women and children – most of them refugees from the Syrian war – arrived on the European continent across the sea.';
    const s = figure(shores, 'more than a million', 'en', '2023-06-10');
    expect(s.concept).toBe('frontex-detections');
    expect(s.verdict).not.toBe('consistent');
    // People driven or fleeing "toward Europe", "to Europe" are on their way, not yet applicants.
    const driven = figure('Back in 2015 the fighting sent over a million Syrian refugees toward Europe.', 'over a million', 'en', '2019-02-01');
    expect([driven.concept, driven.verdict]).toEqual(['frontex-detections', null]);
    expect(figure('In 2015 well over a million refugees fled to Europe.', 'well over a million', 'en', '2019-02-01').concept).toBe('frontex-detections');
  });
  it('"A total 1,204,300" (wire copy for "a total of") adds up what it counts: no counting rule of all applications', () => {
    const text = 'Brussels, 20 March (wire) A total 1,204,300 persons lodged a first asylum claim across the EU last year, Eurostat said.';
    expect(figure(text, '1,204,300', 'en', '2017-03-20')).toMatchObject({ verdict: 'consistent' });
    const wire = 'Brussels, 20 March (wire) A total 1,204,300 persons asked for asylum across the EU last year, Eurostat said.';
    expect(figure(wire, '1,204,300', 'en', '2017-03-20').claim!.measure.facets).not.toContain('total');
  });
  it('applications "resolved with first-instance decisions" are decisions, not what was lodged', () => {
    const text = 'In 2016 the EU settled some 1.2 million asylum applications with a first-instance decision.';
    expect(figure(text, 'some 1.2 million', 'en', '2017-04-27').verdict).not.toBe('consistent');
    // (What was lodged still agrees: Eurostat counted some 1.2 million first-time applicants in 2016.)
    expect(figure('In 2016 some 1.2 million first-time applicants lodged asylum claims in the EU.', 'some 1.2 million', 'en', '2017-04-27').verdict).toBe('consistent');
  });
  it('asylum seekers who "left the country" are departures, not applications', () => {
    const nl = figure('In 2017 hebben zo\'n 15.000 asielzoekers het land verlaten, meldt de DT&V.', "zo'n 15.000", 'nl', '2018-05-01');
    expect(nl.concept).not.toMatch(/asylum/);
    expect(nl.verdict).not.toBe('consistent');
    expect(figure('In 2017 some 15,000 rejected asylum seekers left the country, the agency says.', 'some 15,000', 'en', '2018-05-01').concept).not.toMatch(/asylum/);
  });
  it('people "claiming asylum" are asylum applicants, as those who claimed it are', () => {
    const text = 'Figures out today show that in 2015 the count of people claiming asylum across Europe had doubled to some 1.26 million.';
    expect(figure(text, 'some 1.26 million', 'en', '2016-03-04')).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent' });
  });
  it('"illegale binnenkomsten", as Belgian Dutch calls them, are irregular arrivals; "DTenV" is the DT&V', () => {
    const text = 'Frontex meldt dat de illegale binnenkomsten in de EU in 2022 met 64 procent toenamen.';
    expect(figure(text, '64 procent', 'nl', '2023-01-15').concept).toBe('irregular-arrivals');
    const terms = termsIn('Volgens de DTenV zijn vorig jaar 1.200 mensen zelfstandig vertrokken.', 'nl', '2024-02-01');
    expect(terms).toEqual(expect.arrayContaining([['DTenV', 'dtv'], ['zelfstandig vertrokken', 'independent-return']]));
  });
  it('"tweede en vervolgaanvragen" are repeat applications, checked against the IND\'s repeat count; "oorlogsvluchtelingen", "asielcentrum" and "volgmigranten" are terms', () => {
    const text = 'In 2015 kwamen er bij de IND 43.090 eerste aanvragen binnen. Het aantal tweede en vervolgaanvragen kwam dat jaar uit op 1.940.';
    expect(figure(text, '1.940', 'nl', '2016-01-20')).toMatchObject({ concept: 'stat-repeat-asylum-ind', verdict: 'consistent' });
    const terms = termsIn('Oorlogsvluchtelingen wonen eerst in een asielcentrum; hun volgmigranten komen later.', 'nl', '2016-01-20');
    expect(terms).toEqual(expect.arrayContaining([['Oorlogsvluchtelingen', 'refugee'], ['asielcentrum', 'asylum-reception'], ['volgmigranten', 'family-reunification']]));
  });
  it('"immigratiecrisis" and "immigration crisis" are marked as the refugee crisis, not as immigration', () => {
    const terms = termsIn('Sinds de immigratiecrisis van 2015 (the immigration crisis) is er veel veranderd.', 'nl', '2020-01-20');
    expect(terms).toEqual(expect.arrayContaining([['immigratiecrisis', 'refugee-crisis'], ['immigration crisis', 'refugee-crisis']]));
  });
  it('the verbs of emigration ("emigreren", "emigrate") and hyphenated or Dutch illegal crossings are marked as terms', () => {
    const terms = (text: string, lang: 'nl' | 'en') => termsIn(text, lang, '2024-06-01');
    expect(terms('Minder Nederlanders willen emigreren, al emigreert nog altijd een op de tien jongeren.', 'nl')).toEqual(expect.arrayContaining([['emigreren', 'emigration'], ['emigreert', 'emigration']]));
    expect(terms('Fewer Dutch people plan to emigrate than a decade ago.', 'en')).toEqual(expect.arrayContaining([['emigrate', 'emigration']]));
    expect(terms('Het aantal illegale overtochten daalde; Frontex saw fewer illegal border-crossings.', 'nl')).toEqual(expect.arrayContaining([['illegale overtochten', 'irregular-arrivals'], ['illegal border-crossings', 'irregular-arrivals']]));
  });
  it('"niet-begeleide minderjarigen" are unaccompanied minors; "subsequent applicants" and "repeated applications" are repeat applications', () => {
    const nl = figures('Het aantal niet-begeleide minderjarigen in de EU kwam in 2017 uit op 31.400.', 'nl', '2018-05-16');
    expect(nl.map((f) => [f.text, f.concept])).toEqual([['31.400', 'unaccompanied-minors']]);
    const en = figure('Besides 18,200 first applications, the IND counted 1,660 subsequent applicants in 2016.', '1,660', 'en', '2017-01-30');
    expect(en).toMatchObject({ concept: 'stat-repeat-asylum-ind', verdict: 'consistent' });
    expect(figure('In 2022 the IND also received 1,529 repeated applications.', '1,529', 'en', '2023-02-01')).toMatchObject({ concept: 'stat-repeat-asylum-ind', verdict: 'consistent' });
  });
  it('foreign papers\' names for Frontex, Eurostat, CBS and the former justice ministry are marked as those bodies', () => {
    const terms = (text: string, lang: 'nl' | 'en') => termsIn(text, lang, '2024-06-01');
    expect(terms('The EU border agency and the EU\'s statistical office both count arrivals of asylum seekers, as does the Central Bureau of Statistics.', 'en')).toEqual(
      expect.arrayContaining([['EU border agency', 'frontex'], ["EU's statistical office", 'eurostat'], ['Central Bureau of Statistics', 'cbs']]),
    );
    expect(terms('Het Europese grensagentschap telde minder asielzoekers dan ons Ministerie van Veiligheid en Justitie verwachtte.', 'nl')).toEqual(
      expect.arrayContaining([['Europese grensagentschap', 'frontex'], ['Ministerie van Veiligheid en Justitie', 'ministry-asylum-migration']]),
    );
  });
  it('people who "verlieten … de opvang" left reception (the COA\'s yearly outflow); "een aanzegging om Nederland te verlaten" is an order to leave', () => {
    const out = figure('In 2024 verlieten 44.280 mensen de opvang van het COA, de meesten naar een woning.', '44.280', 'nl', '2025-04-01');
    expect([out.claim!.measure.definitions, out.verdict, out.comparison?.factId]).toEqual([['stat-coa-outflow'], 'consistent', 'nl-coa-outflow-2024']);
    const terms = termsIn('Wie geen verblijfsrecht krijgt, ontvangt een aanzegging om Nederland te verlaten.', 'nl', '2025-04-01');
    expect(terms).toEqual(expect.arrayContaining([['aanzegging om Nederland te verlaten', 'ordered-to-leave']]));
  });
  it('people who "vertrokken … aantoonbaar" left demonstrably: checked against the demonstrable departures', () => {
    const f = figure('In 2024 vertrokken 5.990 vreemdelingen aantoonbaar uit Nederland, meldt de DTenV.', '5.990', 'nl', '2025-04-01');
    expect(f.claim!.measure.definitions).toContain('stat-dtv-demonstrable');
    expect([f.verdict, f.comparison?.factId]).toEqual(['consistent', 'nl-dtv-demonstrable-2024-arm']);
  });
  it('people "ordered … to leave", "granted protection", and cases "still awaiting a first decision" are those measures, with the count in between', () => {
    expect(figure('In 2023 EU countries ordered some 484,000 non-EU citizens to leave.', 'some 484,000', 'en', '2024-06-01')).toMatchObject({ concept: 'ordered-to-leave', verdict: 'consistent' });
    const granted = figure('Between July and September 2025 EU countries took 209,860 first-instance asylum decisions, granting protection to 89,850 people.', '89,850', 'en', '2025-12-10');
    expect([granted.concept, granted.verdict]).toEqual(['stat-eurostat-positive-first-instance', 'consistent']);
    expect(figure('By 30 June 2025 some 918,000 asylum cases were still awaiting a first decision in the EU+.', 'some 918,000', 'en', '2025-09-10')).toMatchObject({ concept: 'stat-euaa-pending-first-instance', verdict: 'consistent' });
  });
  it('people who came into Europe by a sea route ("via de Middellandse Zee", "across the Mediterranean") are arrivals, not asylum applications', () => {
    const nl = 'In 2015 bereikten ruim een miljoen vluchtelingen Europa via de Middellandse Zee.';
    expect(figure(nl, 'ruim een miljoen', 'nl', '2019-03-01')).toMatchObject({ concept: 'irregular-arrivals' });
    expect(figure(nl, 'ruim een miljoen', 'nl', '2019-03-01').verdict).not.toBe('consistent');
    const en = 'In 2015 well over a million refugees crossed into Europe, most of them across the Mediterranean.';
    expect(figure(en, 'well over a million', 'en', '2019-03-01').concept).toBe('irregular-arrivals');
  });
  it('a measure\'s term opening the sentence is the subject of a number in its own clause, however many words of time stand between', () => {
    const f = figure('Het migratiesaldo zou zowel in 2020 als in 2021 boven de 100.000 blijven.', 'boven de 100.000', 'nl', '2020-10-01');
    expect(f.claim!.measure).toMatchObject({ value: 'stat-net-migration-cbs', strong: false });
    expect(f.verdict).not.toBe('differs');
  });
  it('"claims for asylum" and "aanvragen voor asiel" count asylum applications', () => {
    expect(figure('For 2019 the agency counted over 714,000 claims for asylum across the EU+.', 'over 714,000', 'en', '2020-02-20')).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent' });
    expect(figure('In 2019 kwamen er ruim 22.000 aanvragen voor asiel binnen in Nederland.', 'ruim 22.000', 'nl', '2020-02-20')).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent' });
  });
  it('people who "sought refuge" in a place asked for asylum there', () => {
    const text = 'Applications rose in Switzerland too. During 2015 some 1.4 million people, most of them from war zones, sought refuge in Europe.';
    expect(figure(text, 'some 1.4 million', 'en', '2016-02-01')).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent' });
  });
  it('a number in the next paragraph\'s first sentence that speaks of "the numbers" continues the figure before', () => {
    const text = 'In 2023 the EU counted close to 1 049 000 first-time asylum applicants, Eurostat said.\n\nSince the low of 2020 (417 100) the numbers have gone up every year.';
    const f = figure(text, '417 100', 'en', '2024-03-25');
    expect([f.concept, f.claim!.period.value, f.verdict]).toEqual(['first-asylum-applications', '2020', 'consistent']);
    // (Without such words a new paragraph's number is not one of the figure before.)
    expect(figures('In 2023 the EU counted close to 1 049 000 first-time asylum applicants, Eurostat said.\n\nSince the low of 2020 (417 100) prices have gone up every year.', 'en', '2024-03-25').map((x) => x.text)).toEqual(['close to 1 049 000']);
  });
  it('a number the reporting body\'s words frame, after a like figure in the sentence before, counts what that figure counts (weakly)', () => {
    const en = figure('Across the EU, 1,049,500 first-time asylum applicants were recorded in 2023. Eurostat, presenting its final figures for the year, notes that after a low in 2020 (417,100) the numbers climbed for three years in a row.', '417,100', 'en', '2024-03-20');
    expect([en.concept, en.claim!.period.value, en.claim!.measure.strong, en.verdict]).toEqual(['first-asylum-applications', '2020', false, 'consistent']);
    const nl = figure('Nederland telde in 2023 ruim 38.000 eerste asielaanvragen. Het CBS, dat dinsdag zijn jaarcijfers presenteerde, noemt voor 2022 nog 35.500.', '35.500', 'nl', '2024-02-01');
    expect([nl.concept, nl.claim!.period.value, nl.verdict]).toEqual(['first-asylum-applications', '2022', 'consistent']);
    // (A number of another order of magnitude is not one more level of that figure.)
    expect(figures('Nederland telde in 2023 ruim 38.000 eerste asielaanvragen. Het CBS, dat dinsdag zijn jaarcijfers presenteerde, telde 250 medewerkers.', 'nl', '2024-02-01').map((f) => f.text)).toEqual(['ruim 38.000']);
  });
  it('people who settled in the country are immigrants, with words between ("vestigden 235 duizend migranten zich in Nederland")', () => {
    const nl = figure('Het aantal immigranten was nooit zo hoog. Vorig jaar vestigden 235 duizend migranten zich in Nederland.', '235 duizend', 'nl', '2018-10-17');
    expect([nl.concept, nl.verdict]).toEqual(['immigration', 'consistent']);
    expect(figure('Immigration rose again. Last year 220,000 people settled in the Netherlands, fewer than before.', '220,000', 'en', '2021-07-24').concept).toBe('immigration');
  });
  it('"a net increase of 95,000 people through migration" is net migration', () => {
    const f = figure('Immigration rose again. In 2025 there was a net increase of 95,000 people through migration.', '95,000', 'en', '2026-02-03');
    expect([f.concept, f.verdict]).toEqual(['net-migration', 'consistent']);
  });
  it('a clause about the next figure does not name this one\'s counting rule ("…, repeat applications fell from 1,900")', () => {
    const text = 'The number of first-time applications fell from 43 thousand in 2015 to only 18 thousand in 2016, repeat applications fell from 1,900 to 1,700.';
    const f = figure(text, '18 thousand', 'en', '2017-01-16');
    expect([f.concept, f.verdict]).toEqual(['first-asylum-applications', 'consistent']);
    expect(figure(text, '1,900', 'en', '2017-01-16').claim!.measure.definitions).toEqual(['stat-repeat-asylum-ind']);
  });
  it('"new asylum applications" in a year are that year\'s applications, not repeat applications', () => {
    const f = figure('In 2020 the Netherlands recorded just 13,720 new asylum applications.', '13,720', 'en', '2022-01-31');
    expect([f.concept, f.verdict]).toEqual(['asylum-applications', 'consistent']);
  });
  it('reads English', () => {
    const f = figure('Last year about 38,000 people applied for asylum in the Netherlands.', '38,000', 'en', '2024-05-01');
    expect([f.concept, f.year, f.geo]).toEqual(['asylum-applications', 2023, 'NL']);
  });
  it('an adjective between the verb and "asylum" leaves the application counted', () => {
    // ("Applied for political asylum", "sought EU asylum": the words around say what kind, not what is counted.)
    const f = figure('In 2015 some 58,900 people applied for political asylum, the Dutch immigration service said.', '58,900', 'en', '2016-02-01');
    expect([f.concept, f.verdict]).toEqual(['asylum-applications', 'consistent']);
    expect(figure('In 2016, about 31,600 migrants sought Dutch asylum.', '31,600', 'en', '2017-02-01').concept).toBe('asylum-applications');
  });
  it('asylum seekers who got a permit are counted as permits granted, not as applications', () => {
    // (A relative clause with the verb last: "dat een verblijfsvergunning kreeg".)
    const nl = figure('Het aantal asielzoekers dat een verblijfsvergunning kreeg, steeg in 2016 naar 20.000.', '20.000', 'nl', '2017-02-01');
    expect(nl.concept).toBe('permits-granted');
    expect(nl.verdict).not.toBe('consistent');
    expect(figure('In 2016, 20,000 asylum seekers were granted a residence permit.', '20,000', 'en', '2017-02-01').concept).toBe('permits-granted');
  });
  it('people who "sought protection" in a year are that year\'s asylum applicants', () => {
    const f = figure('Eurostat published its yearly figures. In 2024 about 912,000 people sought protection across the EU.', 'about 912,000', 'en', '2025-03-20');
    expect([f.concept, f.verdict]).toEqual(['asylum-applications', 'consistent']);
  });
  it('money needs a measure word in its own clause', () => {
    expect(figures('Het kabinet trekt € 128 miljoen uit voor hervestiging.').map((f) => f.value)).toEqual([128e6]);
    expect(figures('Het kabinet trekt € 20 miljoen uit voor wegen, en er kwamen 500 vluchtelingen.').map((f) => f.value)).not.toContain(20e6);
  });
  it('an amount in pounds is money, never a count of the asylum seekers it is spent on', () => {
    const text = 'Last year some 30,000 asylum seekers reached the Netherlands. On average one asylum seeker costs the Dutch state about €35,000 (£25,000) a year.';
    const read = figures(text, 'en', '2015-06-07');
    // (Before pounds were read, the bracketed "25,000" was a count of asylum requests, set against 2014's.)
    expect(read.filter((f) => f.value === 25000).map((f) => f.unit)).not.toContain('count');
    expect(read.find((f) => f.value === 30000)?.concept).toBe('asylum-applications');
  });
});

describe('not figures at all', () => {
  it('a count of municipalities or cities, also after a superlative ("de 20 armste gemeenten"); a share of them is still read', () => {
    const text = 'Arme gemeenten vangen meer asielzoekers op. De 20 armste gemeenten bieden samen onderdak aan 5650 asielzoekers, de 20 rijkste gemeenten aan veel minder; in 161 gemeenten is het tekort groot.';
    expect(figures(text, 'nl', '2023-03-10').map((f) => f.text)).toEqual(['5650']);
    const en = 'Housing refugees lags behind: the 20 largest cities took in fewer than 3,000 status holders last year.';
    expect(figures(en, 'en', '2023-03-10').map((f) => f.text)).not.toContain('20');
    expect(figures('Meer dan 40 procent van de gemeenten haalde de taakstelling voor statushouders niet.', 'nl', '2023-03-10').map((f) => f.text)).toEqual(['Meer dan 40 procent']);
  });
  it('dates, references, ages, times, a duration threshold, seats, pages, streets', () => {
    const text = [
      'Kamerstuk 19 637, nr. 2535 over asielzoekers werd op 14 oktober 2019 gepubliceerd.',
      'Een 34-jarige asielzoeker uit de Keizersgracht 12 werd om 14.30 uur aangehouden.',
      'Twee asielzoekers wachtten langer dan 3 jaar op een beslissing.', // a threshold; how long a procedure takes is a figure (durations.test.ts)
      'De PVV, met 37 zetels de grootste partij, wil de asielinstroom beperken.',
      'Zie pagina 12 over asielzoekers.',
    ].join('\n');
    expect(figures(text)).toEqual([]);
  });
  it('a week or month by its number is a time, not a count; a count in a week or month is a count', () => {
    expect(figures('In week 12 meldden zich bij het aanmeldcentrum veel asielzoekers.', 'nl', '2024-04-01')).toEqual([]);
    expect(figures('De cijfers over maand 2 tot en met 7 laten voor asielzoekers een daling zien.', 'nl', '2025-11-01')).toEqual([]);
    expect(figures('Elke week 500 asielzoekers erbij, rekent het COA voor.', 'nl', '2024-04-01').map((f) => f.text)).toEqual(['500']);
    expect(figures('Een jaar eerder telde het ministerie in diezelfde week 1300 asielaanvragen.', 'nl', '2024-04-01').map((f) => f.text)).toEqual(['1300']);
    expect(figures('Every month 3,000 asylum seekers arrive, the agency says.', 'en', '2024-04-01').map((f) => f.text)).toEqual(['3,000']);
  });
  it('"tot 2030" before a word that counts nothing is the end of a time; "tot 2000 asielzoekers" and "steeg tot 2000." are counts', () => {
    expect(figures('Het CBS verwacht dat het aantal emigranten tot 2030 langzaam blijft groeien.', 'nl', '2016-02-01')).toEqual([]);
    expect(figures('The number of immigrants is expected to keep falling until 2030 according to the forecast.', 'en', '2016-02-01')).toEqual([]);
    expect(figures('Het nieuwe asielzoekerscentrum biedt straks opvang aan tot 2000 asielzoekers.', 'nl', '2016-02-01').map((f) => f.text)).toEqual(['tot 2000']);
    expect(figures('Het aantal asielzoekers in de noodopvang steeg in mei tot 2000.', 'nl', '2016-02-01').map((f) => f.text)).toEqual(['tot 2000']);
  });
  it('a year after a time\'s "van"/"of" or after English "the" is a year, even before a counted noun; "het maximum van 2000 asielzoekers" is a count', () => {
    expect(figures('In het tweede kwartaal van 2024 asielzoekers opvangen bleek lastig.', 'nl', '2024-10-01').map((f) => f.text)).toEqual([]);
    expect(figures('Fewer people sought asylum than during the 2015 refugee influx, the agency said.', 'en', '2024-10-01').map((f) => f.text)).toEqual([]);
    expect(figures('De gemeente stemde in met een maximum van 2000 asielzoekers in het nieuwe centrum.', 'nl', '2024-10-01').map((f) => f.text)).toEqual(['maximum van 2000']);
    // "a 2024 recognition rate": after English "a" too.
    expect(figures('Half of the claims came from nationalities with a 2024 recognition rate below 20%.', 'en', '2025-09-01').map((f) => f.text)).toEqual(['Half', 'below 20%']);
  });
  it('such a count is no time for the figures after it: "een maximum van 2000 asielzoekers … 2211 mensen" is not of the year 2000', () => {
    const text = 'Ook vannacht verbleven in Ter Apel te veel mensen: de rechter stelde de grens op een aantal van 2000 asielzoekers. Maandagnacht telde het COA daar 2211 mensen.';
    const f = figures(text, 'nl', '2024-04-03').find((x) => x.text === '2211');
    expect(f?.claim!.period.value).not.toBe('2000');
  });
  it('a bare year after a comparison is the year compared with: "30% fewer than 2019", "hoger dan 2013", "a 12% rise over 2023", "data over 2021"', () => {
    const en = 'The EU received 30% fewer asylum applications than 2019, a 12% rise over 2023 in some states; data over 2021 are still provisional.';
    expect(figures(en, 'en', '2021-03-01').map((f) => f.text)).toEqual(['30%', '12%']);
    expect(figures('De asielinstroom tot en met september was hoger dan 2013 en 2014 samen.', 'nl', '2015-10-20').map((f) => f.text)).toEqual([]);
    // A count of that size with its noun, or a round count, stays a count.
    expect(figures('In het voorjaar vroegen meer dan 2015 asielzoekers een verblijfsvergunning aan.', 'nl', '2016-02-01').map((f) => f.text)).toEqual(['meer dan 2015']);
    expect(figures('Het aantal nareizigers steeg dat jaar tot meer dan 2000.', 'nl', '2016-02-01').map((f) => f.text)).toEqual(['meer dan 2000']);
  });
  it('people who "kwamen er door (im)migratie … bij" are the net migration, not the population growth', () => {
    expect(figure('Vorig jaar kwamen er door immigratie ruim 55.000 mensen bij, meldt het CBS.', 'ruim 55.000', 'nl', '2016-02-10')).toMatchObject({ concept: 'net-migration', verdict: 'consistent' });
    expect(figure('Twee jaar later kwamen er door immigratie ruim 79.000 mensen bij.', 'ruim 79.000', 'nl', '2017-02-10')).toMatchObject({ concept: 'net-migration' });
  });
  it('a part of a whole of weeks or years ("in 20 van de afgelopen 26 weken") and an ordinal ("a third consecutive year") are no figures', () => {
    expect(figures('In 20 van de afgelopen 26 weken vroegen minder mensen asiel aan dan een jaar eerder.', 'nl', '2024-12-01').map((f) => f.text)).toEqual([]);
    expect(figures('Asylum applications in the EU fell in 9 of the past 12 months, the agency said.', 'en', '2024-12-01').map((f) => f.text)).toEqual([]);
    expect(figures('EU asylum claims dropped in 2018, down for a third consecutive year.', 'en', '2019-03-01').map((f) => f.text)).toEqual([]);
    expect(figures('Asylum requests rose for a third straight month in May.', 'en', '2019-06-01').map((f) => f.text)).toEqual([]);
    // A part of a whole of people stays a figure, and so does a fraction of them.
    expect(figures('Van de 2.000 asielzoekers in de noodopvang waren er 600 minderjarig.', 'nl', '2024-12-01').map((f) => f.text)).toContain('2.000');
    expect(figures('A third of asylum applicants in the EU were Syrians in 2018.', 'en', '2019-03-01').map((f) => f.text)).toEqual(['A third']);
  });
  it('a year that is said to be about ("rond 2035", "around 2035") is a time; a round "rond 1950" or one with its noun stays a count', () => {
    expect(figures('Volgens de prognose daalt het aantal immigranten tot 150.000 rond 2035, schrijft het CBS.', 'nl', '2024-05-01').map((f) => f.text)).toEqual(['tot 150.000']);
    expect(figures('Immigration could fall to 150,000 around 2035, mostly through lower labour migration, the forecast says.', 'en', '2024-05-01').map((f) => f.text)).toEqual(['150,000']);
    expect(figures('Het aantal asielaanvragen lag die maand rond 1950, meldt de IND.', 'nl', '2024-05-01').map((f) => f.text)).toEqual(['rond 1950']);
    expect(figures('Het COA vangt in de regio rond 2035 asielzoekers op.', 'nl', '2024-05-01').map((f) => f.text)).toEqual(['rond 2035']);
  });
  it('a street\'s house number, but not a figure after a word that merely ends like a street abbreviation ("leave", "have", "first")', () => {
    expect(figures('An asylum seeker who lives at Station Street 12 was heard.', 'en')).toEqual([]);
    const text = 'In 2023, 4,100 rejected asylum seekers demonstrably left the Netherlands: some departed voluntarily (2300), some were forced to leave (1800).';
    expect(read(text, '2024-03-01', 'en').map((f) => f[0])).toEqual(['4,100', '2300', '1800']);
  });
  it('part of a name or an adjective: "the 27 member states", "28 EU member states", "G7", "a 24-hour shelter", "COVID-19"', () => {
    const text = 'The 27 member states met at the G7 about asylum; a 24-hour shelter for asylum seekers opened after COVID-19.';
    expect(figures(text, 'en')).toEqual([]);
    // With "EU" between the number and its noun, too: the EU's members are counted, not people.
    const eu = 'Eurostat published the asylum figures of all 28 EU member states: 1,204,300 first-time applicants in 2016.';
    expect(read(eu, '2017-03-16', 'en').map((f) => f[0])).toEqual(['1,204,300']);
    expect(read('De 27 EU-lidstaten telden in 2024 samen 912.000 eerste asielaanvragen.', '2025-03-20').map((f) => f[0])).toEqual(['912.000']);
  });
  it('"the 28 EU nations" counts no people and owns no time: "last year" after it is the figure\'s before it', () => {
    const text = 'Eurostat reported that some 640,000 people were first-time asylum applicants in the 28 EU nations last year, half as many as two years earlier.';
    const all = figures(text, 'en', '2018-03-20');
    expect(all.map((f) => f.text)).toEqual(['some 640,000']);
    expect(all[0].claim!.period.value).toBe('2017');
  });
  it('the base of a rate is no figure of its own: "per 1,000 inhabitants", "per duizend inwoners"', () => {
    expect(read('Cyprus counted 21 asylum seekers per 1,000 inhabitants, Austria 12 per 1,000.', '2024-03-01', 'en').map((f) => f[0])).toEqual(['21', '12']);
    expect(read('Cyprus telde 21 asielzoekers per duizend inwoners en Oostenrijk 12 per 1.000 inwoners.').map((f) => f[0])).toEqual(['21', '12']);
  });
  it('a unit multiplier is no figure of its own: "Immigratie (x 1 000)", "(× 1.000)"', () => {
    const text = 'Immigration and emigration (x 1 000)\n\n| | Immigration | Emigration |\n| 2019 | 269.1 | 161.0 |';
    expect(read(text, '2021-01-29', 'en').map((f) => f[0])).toEqual(['269.1', '161.0']);
    expect(read('Immigratie in 2019 (× 1.000): 269,1.', '2021-01-29').map((f) => f[0])).toEqual(['269,1']);
  });
  it('births beside migration figures are no migration figures', () => {
    const text = 'In 2018 the Dutch population grew by 102 thousand: 168 thousand births, 153 thousand deaths, 242 thousand immigrants and 155 thousand emigrants.';
    expect(read(text, '2019-06-01', 'en').map((f) => f[0])).not.toContain('168 thousand');
  });
  it('unrelated numbers are no figures', () => {
    expect(figures('Ajax won met 3-1 voor 54.000 toeschouwers. De benzineprijs steeg 12 procent.')).toEqual([]);
  });
});

describe('a list that shares its count noun', () => {
  const text = 'Het aantal asielzoekers daalt. In 2024 waren er 9.000 eerste asielaanvragen in het eerste kwartaal, 7.700 in het tweede en 6.100 in het derde.';
  it('counts what its head counts, as firmly, with the same counting rule', () => {
    const found = figures(text, 'nl', '2025-12-01');
    expect(found.map((f) => [f.text, f.concept, f.claim!.measure.strong])).toEqual([
      ['9.000', 'first-asylum-applications', true],
      ['7.700', 'first-asylum-applications', true],
      ['6.100', 'first-asylum-applications', true],
    ]);
    expect(found.map((f) => f.claim!.period.value)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3']);
    for (const f of found) expect(f.definitions).toContain('stat-first-asylum-cbs');
  });
  it('so a member far from the source\'s figure for its quarter is a real discrepancy', () => {
    // CBS: 8,180 first requests in 2024-Q3 (revised); 6.100 is a quarter lower.
    expect(figures(text, 'nl', '2025-12-01').map((f) => f.verdict)).toEqual(['consistent', 'consistent', 'differs']);
  });
});

describe('people who follow a refugee', () => {
  it('"nareizende familieleden" counts nareizigers who arrived, not immigration as a whole', () => {
    const f = figure('Het COA zoekt opvang. In het tweede kwartaal kwamen er 3.900 nareizende familieleden naar Nederland.', '3.900', 'nl', '2025-09-01');
    expect(f.concept).toBe('stat-nareizigers-arrived');
    expect(f.claim!.measure.strong).toBe(true);
  });
  it('a counted noun in quotation marks is still the number\'s own noun', () => {
    for (const q of ["'nareizigers'", '“nareizigers”', '"nareizigers"']) {
      const f = figure(`In 2015 kwamen verder 13.800 ${q} naar Nederland toe.`, '13.800', 'nl', '2016-02-01');
      expect([f.concept, f.verdict]).toEqual(['stat-nareizigers-arrived', 'consistent']);
    }
  });
});


describe('the bracketed base of a change', () => {
  it('"down by 13% compared with 2023 (1,049,500)" counts what the change counts, in the base year', () => {
    const text = 'In 2024, 912,000 first-time asylum applicants sought international protection in the EU, a fall of 13% compared with 2023 (1,049,500), Eurostat said.';
    const f = figure(text, '1,049,500', 'en', '2025-03-21');
    expect(f.concept).toBe(figure(text, '912,000', 'en', '2025-03-21').concept);
    expect(f.claim!.period.value).toBe('2023');
    expect(f.claim!.aggregation.value).toBe('level');
    expect(f.verdict).toBe('consistent');
  });
});

describe('a change in a clause of its own after a count', () => {
  it('"… requests were filed at reception centres, during 2019, 12% more compared with 2018 (549,000)": the change and its base count the requests, not the centres', () => {
    const text = 'Across the EU, 612,700 first-time asylum requests were filed at reception centres, during 2019, 12% more compared with 2018 (549,000), Eurostat reported.';
    const count = figure(text, '612,700', 'en', '2020-03-01');
    expect(figure(text, '12%', 'en', '2020-03-01').concept).toBe(count.concept);
    const base = figure(text, '549,000', 'en', '2020-03-01');
    expect([base.concept, base.claim!.period.value, base.verdict]).toEqual([count.concept, '2018', 'consistent']);
  });
  it('a change whose own clause names what changed keeps it', () => {
    const text = 'In 2019 the EU received 612,700 first-time asylum applications, while the number of people in reception centres rose by 12 per cent.';
    expect(figure(text, '12 per cent', 'en', '2020-03-01').concept).not.toBe(figure(text, '612,700', 'en', '2020-03-01').concept);
  });
});

describe('a share of applications granted is the grant rate', () => {
  it('"ongeveer 40 procent ingewilligd", "(25%) were approved": a share named with a word of granting in its own clause', () => {
    const nl = 'Van de eerste asielaanvragen werd in het eerste kwartaal van 2025 ongeveer 40 procent ingewilligd.';
    expect(figure(nl, '40 procent', 'nl', '2025-06-10')).toMatchObject({ concept: 'asylum-grant-rate', verdict: 'consistent' });
    const en = 'In the first half of 2025 only a quarter of asylum applications in the EU+ (25%) were approved, the EUAA reported.';
    expect(figure(en, '25%', 'en', '2025-09-10')).toMatchObject({ concept: 'asylum-grant-rate', verdict: 'consistent' });
  });
  it('"26% of COA residents held a residence permit": a share of reception residents named with a permit is the permit holders\' share', () => {
    const text = 'Despite fewer applications the shelters stayed full, because at the end of 2024 26% of COA residents held a residence permit.';
    expect(figure(text, '26%', 'en', '2025-07-04')).toMatchObject({ concept: 'stat-coa-permit-holder-share', verdict: 'consistent' });
  });
  it('not a share of applications by who made them, nor one beside a word of granting in another clause', () => {
    const who = 'Ongeveer 40 procent van de eerste asielaanvragen kwam in het eerste kwartaal van 2025 van Syriërs.';
    expect(figure(who, '40 procent', 'nl', '2025-06-10').concept).not.toBe('asylum-grant-rate');
    const apart = 'Most requests went to Spain, recognised as the favourite destination, which received 40% of the asylum applications in the EU+ in 2025.';
    expect(figure(apart, '40%', 'en', '2026-02-10').concept).not.toBe('asylum-grant-rate');
  });
});

describe('a bracketed base that names no measure of its own', () => {
  it('counts what the figure it is compared with counts, in the sentence before when the sentence opens with the comparison', () => {
    const text = 'Dit jaar komen er naar verwachting meer dan 30.000 asielaanvragen. Meer dan in 2019 (29.000), maar veel minder dan in 2015 (59.000, het hoogtepunt van de Europese vluchtelingencrisis).';
    const a = figure(text, '29.000', 'nl', '2021-10-15');
    const b = figure(text, '59.000', 'nl', '2021-10-15');
    expect(a.concept).toBe('asylum-applications');
    expect(b.concept).toBe('asylum-applications');
    expect(b.claim!.period.value).toBe('2015');
    // "de Europese vluchtelingencrisis" qualifies a crisis; it does not place the figure.
    expect(b.claim!.geo.value).toBe('NL');
    expect(b.claim!.measure.strong).toBe(false);
    expect(b.verdict).toBe('consistent');
  });
  it('also where the comparison names the total again: "meer dan het totaal over 2021 (…)"', () => {
    // (Not a word later in the sentence that only says where the figures come from.)
    const text = 'In 2022 reisden 10.927 nareizigers naar Nederland. Dat is meer dan het totaal over 2021 (10.120), blijkt uit het overzicht van de migratiecijfers.';
    expect(figure(text, '10.120', 'nl', '2023-01-11')).toMatchObject({ concept: 'stat-nareizigers-arrived', verdict: 'consistent' });
    expect(figure(text, '10.120', 'nl', '2023-01-11').claim!.period.value).toBe('2021');
  });
});

describe('a place named only to exclude it', () => {
  it('"niet-EU/EFTA", "non-EU" do not place a figure in the EU', () => {
    const text = 'Onder die 403.108 immigranten bevonden zich 27.600 asielmigranten, blijkt uit de tabel over niet-EU/EFTA-migranten.';
    expect(figure(text, '403.108', 'nl', '2023-07-14').claim!.geo.value).toBe('NL');
  });
  it('"elders in de EU", "elsewhere in the EU" is not where the figures after it are counted', () => {
    const text = 'De IND handelde vorig jaar 23.000 zaken af. Wie eerder elders in de EU asiel vroeg, telt daarin niet mee. In hetzelfde jaar kwamen bij de dienst 47.000 asielaanvragen binnen.';
    expect(figure(text, '47.000', 'nl', '2023-05-01').claim!.geo.value).toBe('NL');
  });
});

describe('a subject glossed by a list between commas', () => {
  it('"De totale asielinstroom van 2015, bestaande uit …, herhaalde aanvragen en nareizigers, was 58.880" counts the total', () => {
    const text = 'De totale asielinstroom van 2015, bestaande uit eerste aanvragen, herhaalde aanvragen en ingereisde nareizigers, was 58.880.';
    const f = figure(text, '58.880', 'nl', '2016-01-20');
    expect(f.definitions?.[0]).toBe('stat-total-inflow-ind');
    expect(f.verdict).toBe('consistent');
  });
  it('"de totale asielinstroom van A, B en C is uitgekomen op …" counts the head, not the last member of its list', () => {
    const text = 'Over heel 2015 is de totale asielinstroom van nareizigers, herhaalde asielaanvragen en eerste asielaanvragen uitgekomen op bijna 59.000.';
    const f = figure(text, '59.000', 'nl', '2016-01-20');
    expect(f.definitions?.[0]).toBe('stat-total-inflow-ind');
    expect(f.verdict).toBe('consistent');
  });
  it('a closing quote glued to the verb after a number ("… 58.900 waren\', aldus de IND") leaves the number its subject', () => {
    const text = "'De instroom was in 2016 veel kleiner dan in het recordjaar 2015 toen het er nog 58.900 waren', aldus de IND.";
    expect(figure(text, '58.900', 'nl', '2017-01-20').verdict).toBe('consistent');
  });
});

describe('a dateline before the subject', () => {
  it('"PLACE: The number of X in A, B and C … stands at N" counts X, as without the dateline', () => {
    const text = 'VALLETTA: The number of asylum seekers across the EU plus Norway and Switzerland dipped in the first half of 2024, yet it remains at more than half a million, the agency said.';
    const f = figure(text, 'more than half a million', 'en', '2024-09-10');
    expect([f.concept, f.verdict]).toEqual(['asylum-applications', 'consistent']);
    const credited = 'DEN HAAG (ANP) - Het aantal eerste asielaanvragen in Nederland, nam vorig jaar toe, en kwam uit op ruim 38.000.';
    expect(figure(credited, 'ruim 38.000', 'nl', '2024-02-01').concept).toBe('first-asylum-applications');
  });
  it('a sentence opening with the measure\'s own term, a list of places after it, counts that measure in a later clause', () => {
    const en = 'Asylum requests across the EU plus Norway and Switzerland eased over the first six months, yet stayed above half a million.';
    expect(figure(en, 'above half a million', 'en', '2024-09-10').concept).toMatch(/^asylum-applications/);
    const nl = 'Eerste asielaanvragen in Nederland, België en Duitsland liepen vorig jaar terug, maar kwamen hier uit op ruim 38.000.';
    expect(figure(nl, 'ruim 38.000', 'nl', '2024-02-01').concept).toBe('first-asylum-applications');
  });
});

describe('a figure and the cue of the next figure', () => {
  it('"35.535 asielzoekers en 10.927 nareizigers": the nareizigers are the next number\'s', () => {
    const text = 'Volgens de IND valt dat getal in 2022 uiteen in 35.535 asielzoekers en 10.927 nareizigers.';
    expect(figure(text, '35.535', 'nl', '2023-07-14').concept).not.toBe('stat-nareizigers-arrived');
    expect(figure(text, '35.535', 'nl', '2023-07-14').verdict).toBe('consistent');
    expect(figure(text, '10.927', 'nl', '2023-07-14').concept).toBe('stat-nareizigers-arrived');
  });
  it('"een migratiesaldo (immigratie min emigratie) van 223.798": the value of the noun before the gloss', () => {
    const text = 'In 2022 vertrokken 179.310 mensen uit ons land, waardoor er een flink positief migratiesaldo (immigratie min emigratie) van 223.798 mensen was.';
    const f = figure(text, '223.798', 'nl', '2023-07-14');
    expect(f.concept).toBe('net-migration');
    expect(f.verdict).toBe('consistent');
  });
  it('"18.000 asielzoekers die voor het eerst aanklopten, in totaal ruim 31.000 asielaanvragen": "voor het eerst" is the 18.000\'s', () => {
    const text = 'Ruim 18.000 asielzoekers die in 2016 voor het eerst in ons land aanklopten, in totaal ruim 31.000 asielaanvragen.';
    const f = figure(text, '31.000', 'nl', '2017-04-15');
    expect(f.claim!.measure.facets).not.toContain('first');
    expect(f.verdict).toBe('consistent');
    expect(figure(text, '18.000', 'nl', '2017-04-15').claim!.measure.facets).toContain('first');
  });
});

describe('what a body "received in" a time', () => {
  it('"1,143,437 were received in 2023" after a sentence on applications counts applications, not people received in reception', () => {
    const text = 'Asylum applications in the EU+ tend to peak late in the year, so another year above a million looks likely; for comparison, 1,143,437 were received in 2023.';
    const f = figure(text, '1,143,437', 'en', '2024-09-18');
    expect(f.concept).toBe('asylum-applications');
    expect(f.verdict).toBe('consistent');
  });
});

describe('a count of two measures listed together', () => {
  it('"38,000 first-time applicants and family reunification migrants" counts both: not confirmed as first applications alone', () => {
    const text = 'Some 330,000 migrants settled in the Netherlands in 2023, among them 38,000 first-time applicants and family reunification migrants.';
    const f = figure(text, '38,000', 'en', '2024-10-01');
    expect(f.verdict).not.toBe('consistent');
    expect(f.concept).toBeNull();
    // (One measure alone is still read and confirmed.)
    expect(figure('Some 330,000 migrants settled in the Netherlands in 2023; 38,000 of them were first-time asylum applicants.', '38,000', 'en', '2024-10-01').verdict).toBe('consistent');
    // (Nor a verb after a comma: "12,000 claims, got the most" is one measure.)
    expect(figure('In 2023 Cyprus, with 12,000 asylum claims, got the most per head of population.', '12,000', 'en', '2024-03-01').concept).toMatch(/asylum/);
  });
});

describe('a group defined by what it did', () => {
  it('"het aantal asielzoekers dat zelfstandig vertrok" counts the departures, not the asylum seekers', () => {
    const nl = 'Het aantal asielzoekers dat uit eigen beweging is vertrokken, nam af van 5.100 in 2018 tot 4.300 in 2019.';
    expect(figure(nl, '5.100', 'nl', '2020-03-01').concept).toMatch(/return|depart/);
    const en = 'The number of asylum seekers who departed on their own, fell to 4,300 in 2019.';
    expect(figure(en, '4,300', 'en', '2020-03-01').concept).toMatch(/return|depart/);
    // (Not a measure the group's own count lies within: asylum seekers who came here are still asylum seekers.)
    const came = 'Asylum is again a political issue. The number of asylum seekers who came to the Netherlands rose to 38,300 in 2023.';
    expect(figure(came, '38,300', 'en', '2024-03-01').concept).toMatch(/asylum/);
    // (Without such a clause the group is what is counted.)
    expect(figure('Het aantal asielzoekers, vooral uit Syrië, steeg naar 4.300 in 2019.', '4.300', 'nl', '2020-03-01').concept).toMatch(/asylum/);
  });
  it('a bracketed count after a relative clause on a group ("asielzoekers die … naar Nederland kwamen (7 185)") counts the group, not all arrivals', () => {
    const nl = 'Tussen april en juni 2014 kwamen de meeste asielzoekers uit Syrië; samen met Eritreeërs waren zij bijna driekwart van de asielzoekers die in die periode naar Nederland kwamen (7 185).';
    const f = figure(nl, '7 185', 'nl', '2019-07-25');
    expect(f.concept).toMatch(/asylum/);
    expect(f.verdict).toBe('consistent');
    // (A clause whose measure the group's count does not lie within still says what is counted.)
    const left = 'Most of the rejected asylum seekers who left the Netherlands on their own that year (4,300) went back to Georgia.';
    expect(figure(left, '4,300', 'en', '2020-03-01').concept).toMatch(/return|depart/);
  });
});

describe('a generic noun narrowed by the words after it', () => {
  it('"applications still awaiting a first-instance decision" counts the backlog, not the applications lodged', () => {
    const text = 'The EU asylum agency counted fewer asylum applications in Europe. On 30 June 2025 some 918,000 applications were still awaiting a first-instance decision.';
    const f = figure(text, '918,000', 'en', '2025-09-10');
    expect(f.concept).toMatch(/pending|waiting|backlog/);
    expect(f.verdict).toBe('consistent');
    const lodged = 'The EU asylum agency counted fewer asylum applications in Europe. Some 400,000 applications were lodged in the first half of 2025.';
    expect(figure(lodged, '400,000', 'en', '2025-09-10').concept).toMatch(/applications/);
  });
});

describe('asylum numbers', () => {
  it('"asylum numbers", "asielaantallen" count asylum applications, weakly: they may agree, never accuse', () => {
    const en = (n: string) => `Asylum seekers remain a political issue. Asylum numbers in the EU were highest in 2015, at almost ${n} million.`;
    expect(figure(en('1.3'), 'almost 1.3 million', 'en', '2024-03-01')).toMatchObject({ concept: expect.stringMatching(/asylum/), verdict: 'consistent' });
    expect(figure(en('2.1'), 'almost 2.1 million', 'en', '2024-03-01').verdict).not.toBe('differs');
    const nl = 'De asielinstroom blijft een politiek thema. In de EU lagen de asielaantallen in 2016 op bijna 1,3 miljoen.';
    expect(figure(nl, 'bijna 1,3 miljoen', 'nl', '2024-03-01').verdict).toBe('consistent');
  });
});

describe('departures with help', () => {
  it('"left with government assistance" is an independent departure, not the forced one the clause before counts', () => {
    const text = 'Last year, the DT&V says, 2,750 people were deported by force, and another 3,240 left with government assistance.';
    const f = figure(text, '3,240', 'en', '2025-01-21');
    expect(f.claim!.measure.facets[0]).toBe('independent');
    expect(f.verdict).toBe('consistent');
  });
  it('the kinds of departure after "waarvan" are the parts\', not the counting rule of the whole', () => {
    const text = 'Volgens de DT&V vertrokken in 2016 ongeveer 17.100 vreemdelingen uit Nederland, waarvan ruim de helft zelfstandig zonder toezicht en een op de acht gedwongen.';
    const f = figure(text, '17.100', 'nl', '2017-04-01');
    expect(f.claim!.measure.facets).not.toContain('unsupervised');
    expect(f.verdict).toBe('consistent');
  });
  it('"demonstrably left the Netherlands" is the DT&V\'s demonstrable departures, a count and its change', () => {
    const text = 'With the DT&V\'s help, 5,990 foreign nationals demonstrably left the Netherlands in 2024, 4% more people than in 2023.';
    expect(figure(text, '5,990', 'en', '2025-07-10')).toMatchObject({ concept: 'stat-dtv-demonstrable', verdict: 'consistent' });
    expect(figure(text, '4%', 'en', '2025-07-10')).toMatchObject({ concept: 'stat-dtv-demonstrable', verdict: 'consistent' });
  });
  it('a longer name of a policy or a group that holds a measure\'s words counts that measure, and the card names it ("aantoonbaar vertrek uit Nederland" is no independent departure alone)', () => {
    const departed = 'Het aantoonbaar vertrek uit Nederland kwam in 2024 uit op 5.990 mensen.';
    expect(figure(departed, '5.990', 'nl', '2025-07-10')).toMatchObject({ concept: 'stat-dtv-demonstrable', verdict: 'consistent' });
    const waiting = 'In maart 2025 zaten er in de opvang 18.720 statushouders die wachten op een woning.';
    expect(figure(waiting, '18.720', 'nl', '2025-05-01')).toMatchObject({ concept: 'stat-coa-permit-holders-waiting', verdict: 'consistent' });
  });
});

describe('family members of status holders', () => {
  it('"gezinsleden van statushouders" who came are arrived nareizigers, not status holders', () => {
    const f = figure('In 2025 kwamen er meer gezinsleden van statushouders naar Nederland: ruim 16.000 mensen.', '16.000', 'nl', '2026-02-20');
    expect(f.concept).toBe('stat-nareizigers-arrived');
    expect(f.verdict).toBe('consistent');
  });
});

describe('nareis applications', () => {
  it('"aanvragen van nareizigers" are nareis applications, not first asylum applications beside them', () => {
    const text = 'In 2021 waren er 24.690 eerste asielaanvragen en daarnaast 13.980 aanvragen van nareizigers, meldt de IND.';
    const f = figure(text, '13.980', 'nl', '2022-04-14');
    // (Beside first applications it may also be the inflow's count of arrivals, weakly: see below.)
    expect(f.definitions![0]).toBe('stat-nareis-applications');
    expect(f.definitions!.filter((d) => d.includes('first'))).toEqual([]);
    expect(f.verdict).toBe('consistent');
  });
});

describe('residents a population grew by', () => {
  it('"kwamen er 132.000 inwoners bij" is population growth; "een stad van 90.000 inwoners" is not a figure', () => {
    const text = 'Door migratie groeide de bevolking. In 2023 kwamen er 132.000 inwoners bij. Het azc staat in een stad van 90.000 inwoners, waar 400 asielzoekers wonen.';
    expect(figure(text, '132.000', 'nl', '2024-02-01').concept).toBe('population-growth');
    expect(figures(text, 'nl', '2024-02-01').map((f) => f.text)).not.toContain('90.000');
  });
  it('"de groei kwam uit op 21.000 inwoners", "grew by 73,000 residents" are population growth', () => {
    const nl = 'Door migratie groeide de bevolking. Alles bij elkaar kwam de groei daarmee uit op 21.000 inwoners. Er kwamen meer asielzoekers en immigranten.';
    expect(figure(nl, '21.000', 'nl', '2025-05-01').concept).toBe('population-growth');
    const en = 'Immigration and asylum seekers made the difference: the Netherlands grew by 73,000 residents last year.';
    expect(figure(en, '73,000', 'en', '2015-02-01').concept).toBe('population-growth');
    const grown = 'Door migratie van asielzoekers en arbeidsmigranten is de bevolking dit jaar met 191.000 inwoners gegroeid.';
    expect(figure(grown, '191.000', 'nl', '2022-11-01').concept).toBe('population-growth');
  });
  it('"de bevolking is in 2024 met 101.700 mensen gegroeid" is population growth, as the sources count it', () => {
    const text = 'Door immigratie nam het aantal inwoners weer toe. Volgens het CBS is de bevolking in 2024 met 101.700 mensen gegroeid.';
    expect(figure(text, '101.700', 'nl', '2025-02-01')).toMatchObject({ concept: 'population-growth', verdict: 'consistent' });
  });
});

describe('immigration and net migration in the words of demographers', () => {
  it('"in-migrants" are immigrants; "a net positive migration of" is net migration', () => {
    const text = 'CBS counted some 403,000 in-migrants in 2022; with about 179,000 people emigrating, that left a net positive migration of 224,000.';
    expect(figure(text, '403,000', 'en', '2023-10-10')).toMatchObject({ concept: 'immigration', verdict: 'consistent' });
    expect(figure(text, '224,000', 'en', '2023-10-10').verdict).toBe('consistent');
  });
});

describe('a month next to a count', () => {
  it('"tot en met november ongeveer 45.000" and "in oktober 3.500" are counts; "1 november" and "november 2023" are dates', () => {
    const text = 'Het COA ziet meer asielzoekers in het azc. In 2023 hebben tot en met november ongeveer 45.000 personen asiel aangevraagd. In oktober vroegen 3.500 mensen asiel aan. Op 1 november 2023 telde het COA veel bewoners.';
    const found = figures(text, 'nl', '2023-12-10').map((f) => f.text);
    expect(found).toEqual(expect.arrayContaining(['ongeveer 45.000', '3.500']));
    expect(found).not.toContain('1');
  });
});

describe('arrivals', () => {
  it('"mensen vertrokken uit Nederland" counts emigrants; rejected asylum seekers who left count departures', () => {
    const text = 'Vorig jaar vroegen ongeveer 47.000 mensen asiel aan in Nederland, meldt het CBS.\nDaarnaast zijn er mensen vertrokken uit ons land; volgens het CBS komt dat aantal op ruim 170.000.';
    expect(figure(text, 'ruim 170.000', 'nl', '2023-08-01').concept).toMatch(/emigration/);
    const returns = 'Het aantal vertrekkende vreemdelingen steeg. In 2022 vertrokken 4.100 uitgeprocedeerde asielzoekers uit Nederland.';
    expect(figure(returns, '4.100', 'nl', '2023-08-01').concept).not.toMatch(/emigration/);
  });
  it('the country that received or took in migrants counts its immigrants; asylum seekers it received stay asylum seekers', () => {
    const en = 'Immigration was high again. The Netherlands received some 316,000 migrants in 2024, the statistics office said.';
    expect(figure(en, 'some 316,000', 'en', '2025-06-01').concept).toMatch(/immigration/);
    const nl = 'De immigratie bleef hoog. In 2024 ontving Nederland zo\'n 316.000 migranten, meldt het CBS.';
    expect(figure(nl, "zo'n 316.000", 'nl', '2025-06-01').concept).toMatch(/immigration/);
    const asylum = 'Immigration was high again. The Netherlands received about 47,000 asylum seekers in 2022.';
    expect(figure(asylum, 'about 47,000', 'en', '2023-06-01').concept).toMatch(/asylum/);
  });
  it('"kwamen … aan in Nederland" counts arrivals, with the nationality as the group', () => {
    const text = 'Het aantal asielaanvragen daalde. Tussen januari en maart kwamen nog geen duizend Syriërs aan in Nederland.';
    const f = figure(text, 'nog geen duizend', 'nl', '2025-05-01');
    expect(f.claim!.measure.strong).toBe(true);
    expect(f.claim!.subset.value).toEqual({ nationality: 'SY' });
  });
});

describe('participles and attempts', () => {
  it('"only 572 recorded in August" counts what the clause before counted; "attempts to cross" are crossings', () => {
    const text = 'Frontex counted irregular border crossings into the EU. The route saw a drop to about 12,150 detections for the year, with only 572 recorded in August. Attempts to cross the Channel rose by 13%, totalling 46,381 in 2025.';
    const found = figures(text, 'en', '2025-09-15');
    expect(found.find((f) => f.text === '572')?.concept).toBe(found.find((f) => f.text === 'about 12,150')?.concept);
    expect(found.map((f) => f.text)).toContain('46,381');
  });
});

describe('what a figure counts, named in the sentence before or by the figure it is compared with', () => {
  const found = (text: string, lang: 'nl' | 'en' = 'nl', published = '2025-03-01') => figures(text, lang, published).map((f) => [f.text, f.concept, f.claim!.aggregation.value]);

  it('a level after "tegenover … een jaar eerder": the time word counts back, it is not what is counted', () => {
    const text = 'Vorig jaar vroegen 31.000 mensen asiel aan in Nederland, tegenover 38.000 een jaar eerder.';
    const [now, before] = found(text);
    expect(now[0]).toBe('31.000');
    expect(before).toEqual(['38.000', now[1], 'level']);
  });

  it('a figure set against the one before ("tegenover 298.000 het jaar ervoor") counts what it counts, as firmly: a wrong year-before figure is caught', () => {
    const text = 'Het aantal migranten nam vorig jaar toe. In 2022 kwamen zo\'n 403.000 mensen naar ons land, tegenover 298.000 het jaar ervoor. Het CBS meldt dit in zijn immigratiecijfers.';
    const fs = figures(text, 'nl', '2023-07-04');
    const before = fs.find((f) => f.text === '298.000')!;
    expect(before.concept).toBe(fs[0].concept);
    expect(before.claim!.measure.strong).toBe(true);
    expect(before.period).toBe('2021');
    // CBS counts 252,528 for 2021, and its releases of one year differ by well under a percent.
    expect(before).toMatchObject({ verdict: 'differs', comparison: { sourceValue: 252528 } });
  });

  it('"twee keer zoveel als …": a ratio of the measure the sentence before named', () => {
    const text = 'In het eerste halfjaar kwamen 6.200 nareizigers naar Nederland. Dat is ruim twee keer zoveel als in het eerste halfjaar van vorig jaar.';
    const rows = found(text);
    expect(rows.map((r) => r[0])).toEqual(['6.200', 'ruim twee']);
    expect(rows[1][1]).toBe(rows[0][1]);
  });

  it('"waren dat er nog 300": the anaphor inside the clause points at the sentence before', () => {
    const text = 'Het aantal uitgezette vreemdelingen nam vorig jaar af. In 2023 waren dat er nog 1.450.';
    expect(found(text, 'nl', '2025-03-01').map((r) => r[0])).toEqual(['1.450']);
  });

  it('"Ter vergelijking: in Nederland (bijna 18 miljoen inwoners) waren het er …": a label and a bracketed aside before the anaphor do not hide it', () => {
    const text = 'Vorig jaar vroegen in Denemarken 1547 mensen asiel aan. Ter vergelijking: in Nederland (bijna 18 miljoen inwoners) waren het er ruim 19.000.';
    const f = figures(text, 'nl', '2021-01-10').find((x) => x.text === 'ruim 19.000');
    expect(f).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent', claim: { geo: { value: 'NL' }, period: { value: '2020' } } });
  });

  it('"De voorspelling voor 2026 was 41.000": a noun that stands for the figure named before', () => {
    const text = 'Het ministerie rekent op 36.000 asielaanvragen in 2027. De voorspelling voor 2026 was 41.000.';
    const f = figures(text, 'nl', '2025-10-01').find((x) => x.text === '41.000');
    expect(f?.concept).toBe(figures(text, 'nl', '2025-10-01')[0].concept);
    expect(f?.claim!.modality.value).toBe('forecast');
  });

  it('"filed about 30,000 claims" on a page about asylum', () => {
    const text = 'Asylum applications in the EU fell last year. Syrians filed about 30,000 claims, Afghans about 25,000.';
    expect(found(text, 'en').map((r) => r[0])).toEqual(['about 30,000', 'about 25,000']);
  });

  it('a count of times that is no ratio stays no figure: "drie keer kampioen"', () => {
    expect(figures('Asielzoekers voetbalden mee; de club werd drie keer kampioen en won 2 keer de beker.')).toEqual([]);
  });
});

describe('an anaphor in a later clause stands for what that sentence counted before it', () => {
  it('"2.100 medewerkers …, in 2024 waren dat er 4.300" counts staff, no migration figure', () => {
    const text = 'Het aantal asielaanvragen bij de IND is sinds 2015 verdubbeld. In 2015 had de dienst 2.100 medewerkers, in 2024 waren dat er 4.300.';
    expect(figures(text).map((f) => f.text)).not.toContain('4.300');
  });
});

describe('a list of bracketed counts', () => {
  it('"…, Irak (ruim 1400) en Jemen (1900)": the last bracketed number is a count, and no year of the others', () => {
    const text = 'De IND telde vorig jaar veel asielaanvragen. De meeste kwamen van Syriërs (9.000 aanvragen), gevolgd door Turken (bijna 2100 aanvragen), Irakezen (ruim 1400) en Jemenieten (1900).';
    const found = figures(text, 'nl', '2024-02-01').map((f) => [f.text, f.year]);
    expect(found).toEqual([
      ['9.000', 2023],
      ['bijna 2100', 2023],
      ['ruim 1400', 2023],
      ['1900', 2023],
    ]);
  });
  it('a bracketed year after a name is still a year: "Syriërs (2015) en Eritreeërs (2016)"', () => {
    expect(figures('Het CBS telde veel asielaanvragen van Syriërs (2015) en Eritreeërs (2016).').map((f) => f.text)).toEqual([]);
  });
});

describe('leaving the country', () => {
  it('"gingen … mensen weg" on a text about migration counts emigration', () => {
    const text = 'Dit jaar kwamen ruim 200.000 immigranten naar Nederland. Een jaar eerder gingen ongeveer 150.000 mensen weg.';
    const f = figures(text, 'nl', '2025-12-01').find((x) => x.text === 'ongeveer 150.000');
    expect(f?.concept).toBe('emigration');
  });
});

describe('a time pointed at after the number is no counted noun', () => {
  it('"by some 61,000 last year": the population grew, last year', () => {
    const text = 'More immigrants and more births boosted the population in the Netherlands by some 61,000 last year, the statistics office said.';
    const f = figures(text, 'en', '2016-02-01').find((x) => x.text === 'some 61,000');
    expect(f?.concept).toBe('population-growth');
    expect(f?.year).toBe(2015);
  });
  it('"ruim 40.000 vorig jaar" is a count, "40.000 jaar" is not', () => {
    expect(figures('Het aantal asielaanvragen kwam uit op ruim 40.000 vorig jaar, meldt de IND.', 'nl', '2024-02-01').map((f) => f.text)).toEqual(['ruim 40.000']);
    expect(figures('Asielzoekers en migranten trekken al 40.000 jaar over de aarde, zegt de IND.', 'nl', '2024-02-01')).toEqual([]);
  });
});

describe('a clause with a parenthetical adverb, and people leaving', () => {
  it('"Detections on Lesbos, however, rose by 140%": the adverb between commas ends no clause', () => {
    const text = 'Irregular crossings on the route fell by 20% this year, with about 30,000 crossings recorded. Detections on Lesbos, however, rose by 140% compared with last year.';
    const f = figures(text, 'en', '2025-10-01').find((x) => x.text === '140%');
    expect(f?.concept).toBe(figures(text, 'en', '2025-10-01')[0].concept);
    expect(f?.claim!.aggregation.value).toBe('percent-change');
  });
  it('"the people leaving …, including almost 9,000 Romanians" counts emigration', () => {
    const text = 'Last year 150,000 immigrants arrived in the Netherlands.\n\nMost of the people leaving were Europeans, including almost 9,000 Romanians.';
    expect(figures(text, 'en', '2016-02-01').find((x) => x.text === 'almost 9,000')?.concept).toBe('emigration');
  });
});

describe('a four-digit count before what it counts', () => {
  it('"het maximumaantal van 1900 asielzoekers" is a count; "in 2015 asielzoekers", "die 2016 vertrokken" and "of 2025 Frontex" are years', () => {
    expect(figures('Het COA betaalt een dwangsom voor elke keer dat het maximumaantal van 1900 asielzoekers in Ter Apel wordt overschreden.', 'nl', '2024-03-01').map((f) => f.text)).toEqual(['1900']);
    expect(figures('Het COA zag in 2015 asielzoekers in tenten slapen in Ter Apel.', 'nl', '2024-03-01').map((f) => f.text)).toEqual([]);
    expect(figures('Van de asielzoekers die 2016 vertrokken uit Nederland was een deel uitgezet.', 'nl', '2017-03-01').map((f) => f.text)).toEqual([]);
    expect(figures('Irregular crossings into the EU in the first months of 2025 Frontex data show a fall for asylum seekers.', 'en', '2025-09-01').map((f) => f.text)).toEqual([]);
  });
});

describe('a running count named before what it counts', () => {
  it('"De teller stond in september op 21.400. Sindsdien kwamen er 2.500 asielaanvragen bij" counts what the next sentence counts', () => {
    const text = 'Het kabinet verwacht meer asielzoekers.\n\nDe teller stond in september op 21.400. Sindsdien kwamen er nog 2.500 asielaanvragen bij.';
    const found = figures(text, 'nl', '2023-11-01');
    const tally = found.find((f) => f.text === '21.400');
    const after = found.find((f) => f.text.includes('2.500'));
    expect(after?.concept).toBeTruthy();
    expect(tally?.concept).toBe(after!.concept);
  });
});

describe('departures beside arrivals', () => {
  it('"vertrokken", "left" next to people who settled count emigrants; on their own, rejected asylum seekers leaving', () => {
    // (The texts name migration first: cue words like these count only on a page about it.)
    const text = 'Het CBS publiceerde de migratiecijfers. Vorig jaar vestigden zich 230.000 mensen in Nederland. Er vertrokken ook 150.000 mensen.';
    expect(figure(text, '150.000', 'nl', '2018-10-01').concept).toBe('emigration');
    const en = 'Statistics Netherlands published its migration figures. In 2017 some 230,000 people arrived in the country while 150,000 left.';
    expect(figure(en, '150,000', 'en', '2018-10-01').concept).toBe('emigration');
    // The same word without arrivals beside it is a departure under the return policy.
    const alone = 'Het CBS publiceerde de migratiecijfers. Vorig jaar zijn 150.000 mensen na een afgewezen asielaanvraag vertrokken.';
    expect(figure(alone, '150.000', 'nl', '2018-10-01').concept).not.toBe('emigration');
    // Arrivals in another paragraph are not beside it.
    const apart = 'Het CBS publiceerde de migratiecijfers. Vorig jaar vestigden zich 230.000 mensen in Nederland.\n\nDe DT&V meldt dat 15.000 mensen zijn vertrokken.';
    expect(figure(apart, '15.000', 'nl', '2018-10-01').concept).not.toBe('emigration');
  });
  it('the two flows of one year each agree with their own official count', () => {
    const text = 'Uit de migratiecijfers van het CBS blijkt het. Nooit eerder hebben zich in één jaar zoveel mensen in Nederland gevestigd als in 2017: 235.000. Er zijn ook nooit zoveel mensen vertrokken: 154.000.';
    expect(figure(text, '235.000', 'nl', '2018-10-01')).toMatchObject({ concept: 'immigration', verdict: 'consistent' });
    expect(figure(text, '154.000', 'nl', '2018-10-01')).toMatchObject({ concept: 'emigration', verdict: 'consistent' });
  });
});

describe('what the text counts, from words news uses for it', () => {
  it('"migration inflow" and "migration outflow" are immigration and emigration, not asylum', () => {
    const text = 'Total migration inflow to the Netherlands reached 234 000 persons in 2017. Total migration outflow in 2017 was 151 000.';
    expect(read(text, '2018-10-01', 'en')).toEqual([
      ['234 000', 'immigration', expect.any(Boolean)],
      ['151 000', 'emigration', expect.any(Boolean)],
    ]);
  });
  it('"In 2019 waren dat er nog 4.200" counts what the sentence before counted', () => {
    const text = 'Vorig jaar kwamen er 3.900 nareizigers naar ons land. In 2019 waren dat er nog 4.200 en in 2018 kwamen er 6.500 naar Nederland.';
    expect(figure(text, '4.200', 'nl', '2021-01-18').concept).toBe(figure(text, '3.900', 'nl', '2021-01-18').concept);
  });
});

describe('who published the figure', () => {
  it('"according to … the national statistics agency" names CBS', () => {
    const f = figure('The number of asylum requests in the Netherlands fell to 43,900 in 2024, according to the national statistics agency.', '43,900', 'en', '2025-02-01');
    expect(f.claim!.measure.facets).toContain('pub-cbs');
  });
  it('a sentence after with a time of its own attributes its own claim, not the figure before', () => {
    const own = figure('In 2020 vroegen 19.132 mensen asiel aan. In april werd het laagste aantal sinds 2013 geteld, meldde het CBS eerder.', '19.132', 'nl', '2021-01-18');
    expect(own.claim!.measure.facets).not.toContain('pub-cbs');
    expect(own.verdict).toBe('consistent');
    const said = figure('In 2020 vroegen 19.132 mensen asiel aan. Dat meldde het CBS.', '19.132', 'nl', '2021-01-18');
    expect(said.claim!.measure.facets).toContain('pub-cbs');
  });
});

describe('what a figure counts when the clause goes on', () => {
  it('"Van de ruim 30.000 asielzoekers betrof het in 80 procent een eerste asielaanvraag": the first request is the share\'s, not the whole\'s', () => {
    const f = figure('Vorig jaar vroegen 30.020 mensen asiel aan. Van de ruim 30.000 asielzoekers in 2014 betrof het in 80 procent van alle zaken een eerste asielaanvraag.', 'ruim 30.000', 'nl', '2015-02-03');
    expect(f.concept).not.toBe('first-asylum-applications');
    expect(f.verdict).toBe('consistent');
  });
  it('"mensen minder asiel hadden aangevraagd": asylum applications, however far apart the words', () => {
    const f = figure('Het was al bekend dat er vorig jaar in Nederland ruim 10.000 mensen minder asiel hadden aangevraagd dan in 2019, zo\'n 19.000.', "19.000", 'nl', '2021-02-10');
    expect(f).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent' });
  });
});

describe('counting rules listed as the parts of a total', () => {
  it('"the overall number of asylum seekers (first-time requests, repeat requests and requests for family reunification)" is the total, not first applications', () => {
    const f = figure('At 31,600, the overall number of asylum seekers (first-time requests, repeat requests and requests for family reunification) in 2016 was nearly half the 2015 level.', '31,600', 'en', '2017-04-10');
    expect(f.claim!.measure.facets).not.toContain('first');
    expect(f.verdict).toBe('consistent');
    // One counting rule in brackets still names the figure's.
    const one = figure('In 2016 there were 18,170 asylum applications (first-time applications).', '18,170', 'en', '2017-04-10');
    expect(one.claim!.measure.facets).toContain('first');
  });
});

describe('words for a measure news uses', () => {
  it('"asylum figures", "asielcijfers": read, weakly, as the asylum applications they mostly count', () => {
    const text = 'Across the European Union the asylum figures reached a high of 1.4 million in 2015 and 1.3 million in 2016, the agency said.';
    expect(figures(text, 'en', '2019-03-01').map((f) => [f.text, f.concept, f.claim!.measure.strong, f.verdict])).toEqual([
      ['1.4 million', 'asylum-applications', false, 'consistent'],
      ['1.3 million', 'asylum-applications', false, 'consistent'],
    ]);
    // Weakly: a value far from the applications is context, never an accusation.
    expect(figure('In 2015, the EU\'s asylum figures stood at 2.5 million.', '2.5 million', 'en', '2016-03-01').verdict).not.toBe('differs');
  });
  it('"kwamen … naar ons land" is immigration; "per saldo vestigden zich" net migration; "crossing attempts" irregular arrivals', () => {
    expect(figure('Het aantal immigranten is gestegen. Vorig jaar kwamen ongeveer 403.000 mensen naar ons land.', '403.000', 'nl', '2023-07-04')).toMatchObject({ concept: 'immigration', verdict: 'consistent' });
    expect(figure('In 2021 vestigden zich 252.528 mensen uit het buitenland in Nederland. Per saldo vestigden zich daarmee 107.198 mensen in ons land.', '107.198', 'nl', '2022-06-01')).toMatchObject({ concept: 'net-migration', verdict: 'consistent' });
    expect(figure('Frontex said it had registered just under 178,000 crossing attempts at the EU\'s external borders last year.', '178,000', 'en', '2026-01-16').concept).toBe('irregular-arrivals');
  });
  it('the present "vestigen zich … in Nederland" and "verhuisden … naar het buitenland" with the count between them', () => {
    const text = 'De groei komt vooral door migratie. Elk jaar vestigen zich meer mensen in Nederland; in 2019 waren het er volgens het CBS zo\'n 269.000. Er verhuisden dat jaar ruim 161.000 mensen naar het buitenland.';
    const fs = figures(text, 'nl', '2020-07-01');
    expect(fs.map((f) => [f.text, f.concept])).toEqual([["zo'n 269.000", 'immigration'], ['ruim 161.000', 'emigration']]);
  });
  it('the subordinate clause\'s verb-final order, "dat … mensen naar Nederland kwamen", is immigration too', () => {
    const text = 'Het aantal immigranten groeit. Uit de cijfers blijkt dat er vorig jaar ruim 403.000 mensen naar ons land kwamen, en niet als toerist.';
    expect(figure(text, '403.000', 'nl', '2023-07-04')).toMatchObject({ concept: 'immigration', verdict: 'consistent' });
    expect(figure('Het CBS meldt dat in 2022 ongeveer 400.000 nieuwkomers naar Nederland kwamen.', '400.000', 'nl', '2023-07-04')).toMatchObject({ concept: 'immigration', verdict: 'consistent' });
    // (A group counted arriving stays the group's own inflow.)
    expect(figure('Het CBS meldt dat in 2021 ruim 10.100 nareizigers naar Nederland kwamen.', '10.100', 'nl', '2022-07-04').concept).not.toBe('immigration');
  });
  it('"Dat zijn er minder dan de 1,2 miljoen in 2016": the count the sentence before gave, in another year', () => {
    const text = 'In de Europese Unie vroegen vorig jaar net geen 650.000 mensen voor het eerst asiel aan. Dat zijn er veel minder dan de 1,2 miljoen in 2016, meldt Eurostat.';
    expect(figure(text, '1,2 miljoen', 'nl', '2018-03-20')).toMatchObject({ concept: 'first-asylum-applications', verdict: 'consistent', claim: { period: { value: '2016' }, geo: { value: 'EU' } } });
  });
  it('an apposition between commas glosses the subject before it ("Het migratiesaldo, het aantal … min …, kwam op 80.000")', () => {
    const f = figure('Het migratiesaldo, het aantal immigranten min het aantal emigranten, kwam in 2017 op 80.000.', '80.000', 'nl', '2018-10-20');
    expect([f.concept, f.verdict]).toEqual(['stat-net-migration-cbs', 'consistent']);
  });
  it('people who "arrived to join their families" are family reunification, not asylum applications', () => {
    const f = figure('Last year 43,000 people applied for asylum and 14,000 arrived to join their families.', '14,000', 'en', '2016-02-01');
    expect(f).toMatchObject({ concept: 'family-reunification', verdict: 'consistent', comparison: { sourceValue: 13800 } });
  });
  it('a percentage change of deportations is a change of a count, not the return rate', () => {
    const f = figure('Dutch deportations up 4% in 2024', '4%', 'en', '2025-02-01');
    expect(f.concept).not.toBe('effective-return-rate');
    expect(f.claim!.aggregation.value).toBe('percent-change');
  });
  it('"Hun aantallen …: 2650 mensen" counts the group named two sentences back', () => {
    const text = 'In het derde kwartaal vroegen ruim 8100 mensen in Nederland asiel aan. Het CBS telde de nareizigers apart. Dat zijn familieleden van vluchtelingen met een verblijfsvergunning. Hun aantallen bleven gelijk: 2650 mensen in het derde kwartaal.';
    const f = figure(text, '2650', 'nl', '2024-10-30');
    expect(f.concept).toMatch(/nareiz|family-reunification/);
    expect(f).toMatchObject({ verdict: 'consistent', comparison: { sourceValue: 2650 } });
  });
  it('"er vestigden zich 235 duizend personen" counts immigrants, where the place was named before', () => {
    const text = 'Het aantal immigranten dat zich laat inschrijven in Nederland, stijgt al jaren. In 2017 vestigden zich 235 duizend personen.';
    expect(figure(text, '235 duizend', 'nl', '2019-01-05')).toMatchObject({ concept: 'immigration', verdict: 'consistent' });
  });
  it('a generic noun after the number ("aanvragen") counts what the sentence\'s "het aantal …" names', () => {
    const text = 'Het aantal gezinsleden dat via gezinshereniging naar Nederland kwam, steeg van 11.800 naar 13.800 mensen.';
    expect(figure(text, '13.800', 'nl', '2016-03-01').concept).toBe('family-reunification');
  });
  it('"down from well over 1 million in 2023", "a decrease from …" is the figure before it, a year earlier', () => {
    const text = 'Eurostat counted 912,000 first-time asylum requests lodged by non-EU nationals in the 27 member states in 2024, down from well over 1 million in 2023.';
    expect(figure(text, '1 million', 'en', '2025-03-20')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2023' }, geo: { value: 'EU' } } });
    // The same with the change named as a noun: "a decrease from", "a rise from".
    const noun = 'In 2024 there were 912,000 first-time asylum requests by non-EU citizens in the EU’s 27 countries, a decrease from over 1 million in 2023.';
    expect(figure(noun, '1 million', 'en', '2025-03-20')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2023' }, geo: { value: 'EU' } } });
  });
  it('"en dat aantal ligt op N" counts what the sentence named before it, not the organisation after it', () => {
    const text = 'Vorig jaar kwamen er veel immigranten naar Nederland. Er zijn ook mensen naar het buitenland vertrokken en dat aantal bedroeg volgens het CBS ruim 173.000.';
    expect(figure(text, 'ruim 173.000', 'nl', '2023-06-10')).toMatchObject({ concept: 'emigration', verdict: 'consistent' });
    // Without the anaphor the organisation is no measure: the figure is not linked to emigration.
    const plain = figures('Vorig jaar kwamen er veel immigranten naar Nederland. Volgens het CBS ligt het op ruim 173.000.', 'nl', '2023-06-10');
    expect(plain.filter((f) => f.concept === 'emigration')).toEqual([]);
  });
  it('"… and that the figure recorded last year passed the N mark": after another figure, "the figure" still points back at the measure the sentence named', () => {
    const text = 'Eurostat data show the yearly count of first-time asylum seekers across the EU went up by two-thirds over five years, and that the figure recorded last year on its own passed the one million mark.';
    expect(figure(text, 'one million', 'en', '2024-07-20')).toMatchObject({ concept: expect.stringMatching(/first/), verdict: 'consistent', claim: { period: { value: '2023' } } });
  });
  it('asking for international protection is applying for asylum; "voor het eerst" makes it a first application', () => {
    const nl = figure('In 2021 is in de Europese Unie door 535.000 mensen voor het eerst internationale bescherming aangevraagd.', '535.000', 'nl', '2022-03-23');
    expect([nl.concept, nl.claim!.geo.value, nl.verdict]).toEqual(['first-asylum-applications', 'EU', 'consistent']);
    const en = figure('In 2021, 535,000 first-time applicants for international protection were registered in the EU.', '535,000', 'en', '2022-03-23');
    expect(en.claim!.measure.facets).toContain('first');
    expect(en.verdict).toBe('consistent');
    expect(figure('In 2021 vroegen 41.000 mensen in Nederland internationale bescherming aan.', '41.000', 'nl', '2022-03-23').concept).toBe('asylum-applications');
  });
  it('who says so ("volgens het CBS") does not break the words that say what happened around the number', () => {
    const f = figure('Migratiecijfers op een rij. Vorig jaar kwamen volgens het statistiekbureau ongeveer 403.000 migranten naar Nederland.', 'ongeveer 403.000', 'nl', '2023-07-10');
    expect([f.concept, f.verdict]).toEqual(['immigration', 'consistent']);
  });
  it('a sentence opening on "that number" changes the figure before it, and the bracketed base counts the same', () => {
    const text = 'Eurostat counted 580,800 first-time asylum applicants in the EU in 2018. That figure is down by 11% in comparison to 2017 (654,600), and by more than 50% with 2015 (1,256,600), the peak year of the migration crisis.';
    const change = figure(text, '11%', 'en', '2019-03-14');
    expect(change.claim!.measure.facets).toContain('first');
    const base = figure(text, '654,600', 'en', '2019-03-14');
    expect([base.claim!.period.value, base.claim!.geo.value, base.verdict]).toEqual(['2017', 'EU', 'consistent']);
    expect(base.claim!.measure.facets).toContain('first');
    // The second base of the same comparison.
    expect(figure(text, '1,256,600', 'en', '2019-03-14')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2015' } } });
  });
  it('"The figure was N" in a paragraph of its own counts what the paragraph before counted', () => {
    const text = 'In 2024 EU member states had 453,920 people ordered to leave, compared to the 435,685 in 2023.\nThe figure was 124,935 in the final quarter of 2024.';
    const q4 = figure(text, '124,935', 'en', '2025-03-20');
    expect([q4.concept, q4.claim!.period.value, q4.verdict]).toEqual(['ordered-to-leave', '2024-Q4', 'consistent']);
    // "compared to the 435,685 in 2023": the figure set against, with its article, is the same measure in 2023.
    const base = figure(text, '435,685', 'en', '2025-03-20');
    expect([base.concept, base.claim!.period.value]).toEqual(['ordered-to-leave', '2023']);
    // "The number of …" names its own measure: no pointing back.
    const own = figures('In 2024 EU member states had 453,920 people ordered to leave.\nThe number of asylum applications was 1,000,000 in 2024.', 'en', '2025-03-20').find((f) => f.text.includes('1,000,000'));
    expect(own?.concept).not.toBe('ordered-to-leave');
  });
  it('the old level of a change counts what the change counts, by the same counting rule', () => {
    const text = 'In 2023 the IND counted some 1,400 repeated asylum applications, down from 1,529 in 2022.';
    const old = figure(text, '1,529', 'en', '2024-05-01');
    expect([old.concept, old.claim!.period.value, old.verdict]).toEqual(['stat-repeat-asylum-ind', '2022', 'consistent']);
    expect(old.claim!.measure.definitions).toEqual(['stat-repeat-asylum-ind']);
  });
  it('what "dit aantal" stands for is read, not stated: the figure it leads to may agree, never accuse', () => {
    const text = 'De totale asielinstroom kwam in 2015 uit op 58.880. Dit aantal is bijna het dubbele van dat van het jaar ervoor (29.891).';
    const f = figure(text, '29.891', 'nl', '2016-01-20');
    expect(f.claim!.measure.strong).toBe(false);
    expect(f.verdict).not.toBe('differs');
  });
});

describe('a year\'s number spoken of before', () => {
  it('"the number for 2017 was higher than the 562,000 in 2014" counts what the figure before counted', () => {
    const text = 'In 2017 some 650,000 first-time asylum seekers applied for protection in the EU. Eurostat noted that the number for 2017 was still higher than the 562,000 in 2014.';
    const f = figure(text, '562,000', 'en', '2018-03-20');
    expect([f.concept, f.claim!.period.value]).toEqual(['stat-eurostat-first-time-applicants', '2014']);
    // Read through the pointing back, the measure may agree but never accuse.
    expect(f.claim!.measure.strong).toBe(false);
    expect(f.verdict).toBe('consistent');
  });
  it('"het cijfer over 2016 …" in Dutch, and not "het aantal asielaanvragen in 2016", which names its own measure', () => {
    const text = 'Vorig jaar kwamen 31.600 asielzoekers naar Nederland. Het cijfer over 2016 lag daarmee flink onder de 58.880 van 2015.';
    expect(figure(text, '58.880', 'nl', '2017-01-20').concept).toMatch(/asylum/);
    const own = figures('Vorig jaar kwamen 31.600 asielzoekers naar Nederland. Het aantal emigranten over 2016 lag rond 150.000.', 'nl', '2017-01-20').find((x) => x.text.includes('150.000'));
    expect(own?.concept).not.toMatch(/asylum/);
  });
});

describe('crossings in Dutch copy', () => {
  it('"illegale oversteken" and "irreguliere oversteken" are irregular crossings, as "irregular crossings" is in English', () => {
    const text = 'Frontex telde tussen januari en juni 61.000 illegale oversteken aan de EU-buitengrenzen.';
    expect(figure(text, '61.000', 'nl', '2025-07-15').concept).toBe('irregular-arrivals');
    expect(figure(text.replace('illegale', 'irreguliere'), '61.000', 'nl', '2025-07-15').concept).toBe('irregular-arrivals');
    // Crossing a street is not one.
    expect(figures('Bij de school staken 300 kinderen per dag de weg over.', 'nl', '2025-07-15').map((f) => f.concept)).not.toContain('irregular-arrivals');
  });
});

describe('a gloss in brackets', () => {
  it('"net migration (immigration minus emigration) remained positive, at …" counts the noun the gloss explains', () => {
    const en = 'Net migration (immigration minus emigration) remained positive, at 137 thousand.';
    expect(figure(en, '137 thousand', 'en', '2024-07-01').concept).toMatch(/net-migration/);
    const nl = 'Het migratiesaldo (immigratie minus emigratie) bleef positief, met ruim 137 duizend.';
    expect(figure(nl, 'ruim 137 duizend', 'nl', '2024-07-01').concept).toMatch(/net-migration/);
  });
});

describe('words of a number\'s own qualifier', () => {
  it('"kwamen om en nabij de 40.000 asielzoekers …" is no count of deaths ("kwamen om")', () => {
    const f = figure('De asielinstroom blijft hoog. In 2023 kwamen om en nabij de 40.000 asielzoekers naar Nederland.', 'om en nabij de 40.000', 'nl', '2024-09-01');
    expect(f.concept).not.toBe('migrant-deaths');
    expect(f.concept).toMatch(/asylum/);
  });
  it('"verhuisden … naar Nederland" is immigration, as "moved to the Netherlands" is', () => {
    expect(figure('De immigratie blijft hoog. In 2023 verhuisden ongeveer 332.900 mensen naar Nederland.', 'ongeveer 332.900', 'nl', '2024-09-01').concept).toBe('immigration');
  });
});

describe('a qualifier between the words of a verb phrase is part of the number', () => {
  it('"verhuisden om en nabij de 332.900 personen naar Nederland" is immigration; "per saldo kwamen er daarmee bijna 224 duizend mensen bij" net migration', () => {
    expect(figure('De immigratie blijft hoog. Vorig jaar verhuisden om en nabij de 332.900 personen naar Nederland.', '332.900', 'nl', '2024-09-01').concept).toBe('immigration');
    const net = 'De immigratie bleef hoog. Per saldo kwamen er in 2022 daarmee bijna 224 duizend mensen bij in ons land.';
    expect(figure(net, '224 duizend', 'nl', '2023-06-01').claim!.measure).toMatchObject({ value: expect.stringMatching(/net-migration/), strong: true });
  });
});

describe('"naar Nederland gekomen"', () => {
  it('counts immigration, and "per saldo … naar Nederland gekomen" net migration', () => {
    const imm = 'De immigratie blijft hoog. In 2023 zijn er in totaal ruim 330.000 migranten naar Nederland gekomen.';
    expect(figure(imm, 'ruim 330.000', 'nl', '2024-06-01').concept).toBe('immigration');
    const net = 'De immigratie blijft hoog. In 2017 zijn er per saldo zo\u2019n 80.000 migranten naar Nederland gekomen.';
    expect(figure(net, '80.000', 'nl', '2018-10-01').concept).toMatch(/net-migration/);
  });
});

describe('"migrated to the Netherlands"', () => {
  it('people who migrated to the Netherlands are immigrants, in English and Dutch', () => {
    expect(figure('Immigration stayed high. In 2023, some 330,000 people migrated to the Netherlands.', '330,000', 'en', '2024-06-01').concept).toBe('immigration');
    expect(figure('De immigratie bleef hoog. In 2023 migreerden ruim 330.000 mensen naar Nederland.', 'ruim 330.000', 'nl', '2024-06-01').concept).toBe('immigration');
  });
});

describe('orders to leave in English copy', () => {
  it('"return orders" and "repatriation orders" are orders to leave', () => {
    const text = 'Returns from the EU stay low. In the second quarter, France issued 34,760 repatriation orders and Spain 14,500 return orders.';
    expect(figure(text, '34,760', 'en', '2025-09-30').concept).toBe('ordered-to-leave');
  });
});

describe('a list of counts in brackets after nationalities', () => {
  it('"Turken … de grootste groep asielzoekers (325 verzoeken), daarna Eritreeërs (235)": the next count counts what the one before counts, of its own nationality', () => {
    const nl = 'Tussen januari en maart 2025 waren Turken, na de Syriërs, de grootste groep asielzoekers (325 verzoeken), daarna Eritreeërs (235).';
    const f = figure(nl, '235', 'nl', '2025-04-25');
    expect([f.concept, f.claim!.subset.value, f.verdict]).toEqual(['first-asylum-applications', { nationality: 'ER' }, 'consistent']);
  });
  it('a bracketed count after a word that is no nationality is not taken into the list', () => {
    const text = 'Tussen januari en maart 2025 waren Turken, na de Syriërs, de grootste groep asielzoekers (325 verzoeken), daarna de rest (235).';
    const f = figure(text, '235', 'nl', '2025-04-25');
    expect([f.concept === 'first-asylum-applications', f.verdict === 'consistent']).toEqual([false, false]);
  });
});

describe('the head of an English noun compound', () => {
  it('"asylum application decisions" count decisions, not applications; "asylum applications received" still count applications', () => {
    const text = 'Across the EU+ some 640,000 asylum application decisions were taken in 2022, the agency said.';
    const f = figure(text, '640,000', 'en', '2023-06-15');
    expect([f.concept, f.claim!.measure.strong]).toEqual(['asylum-decisions', false]);
    expect(f.verdict).not.toBe('differs');
    expect(figure('In 2022 there were 966,000 asylum applications received in the EU+.', '966,000', 'en', '2023-06-15').concept).not.toBe('asylum-decisions');
  });
});

describe('a verb of change after the count it has for subject', () => {
  it('"asylum applications increased by half to almost 1 million" counts applications, not a population that grew', () => {
    const text = 'In 2022 asylum claims lodged in the EU+ increased by about a half to almost 1 million, the agency reported.';
    const f = figure(text, 'almost 1 million', 'en', '2023-06-15');
    expect(f.concept).not.toBe('population-growth');
    expect(f.verdict).toBe('consistent');
  });
});

describe('asylum seekers and their family members together', () => {
  it('"asylum seekers and family members" is CBS\'s sum of first requests and arriving family members', () => {
    const text = 'The statistics office CBS counted some 30.6 thousand asylum seekers and family members arriving in the Netherlands in 2017.';
    const f = figure(text, '30.6 thousand', 'en', '2018-06-01');
    expect(f.claim!.measure.definitions).toContain('stat-first-plus-nareis-cbs');
    expect(f.verdict).toBe('consistent');
  });
  it('"refugees and family members", "vluchtelingen en nareizigers" name the same sum, not immigration as a whole', () => {
    const en = 'Most newcomers came from Europe. Refugees and family members made up another 50,000, the immigration service said.';
    const f = figure(en, '50,000', 'en', '2024-02-01');
    expect(f.claim!.measure.definitions).toContain('stat-first-plus-nareis-cbs');
    expect(f.concept).not.toBe('immigration');
    const nl = figure('In 2023 kwamen ongeveer 50.000 vluchtelingen en nareizigers naar ons land.', 'ongeveer 50.000', 'nl', '2024-02-01');
    expect(nl.claim!.measure.definitions).toContain('stat-first-plus-nareis-cbs');
  });
});

describe('returns and where they went', () => {
  it('"returned to a non-EU country", "returned to countries outside the EU" name the narrower count; with it named, a quarter\'s figure is judged against it', () => {
    // Eurostat: 34,155 returns to third countries in the third quarter of 2025.
    const text = (n: string, where: string) => `Eurostat says ${n} non-EU citizens were returned to ${where} by EU member states between July and September 2025.`;
    expect(figure(text('34,155', 'a non-EU country'), '34,155', 'en', '2026-01-10')).toMatchObject({ concept: 'stat-eu-returned-outside-eu', verdict: 'consistent' });
    expect(figure(text('nearly 42,000', 'countries outside the EU'), 'nearly 42,000', 'en', '2026-01-10').verdict).toBe('differs');
  });
});

describe('a measure said of a place', () => {
  it('"detections of irregular border crossings along the bloc\'s external borders … to almost 178,000": the detections are counted, not the borders', () => {
    const text = 'Frontex data show that detections of irregular border crossings along the bloc\'s external borders went down by a quarter (26%) in 2025 to almost 178,000.';
    const f = figure(text, '178,000', 'en', '2026-01-20');
    expect([f.concept, f.claim!.period.value, f.verdict]).toEqual(['stat-frontex-detections', '2025', 'consistent']);
    const later = 'Frontex data show that detections of irregular border crossings along the external borders went down to almost 178,000 in 2025.';
    expect(figure(later, '178,000', 'en', '2026-01-20').concept).toBe('stat-frontex-detections');
  });
  it('the place may be named at length ("at the European Union\'s external borders")', () => {
    const text = 'The border agency says that in 2025 irregular crossings at the European Union\'s outer frontier dropped by a quarter, to roughly 178,000.';
    const f = figure(text, '178,000', 'en', '2026-01-20');
    expect([f.concept, f.verdict]).toEqual(['irregular-arrivals', 'consistent']);
  });
});

describe('a part of the asylum inflow listed beside the others', () => {
  it('nareis applications beside first and repeat applications may be the inflow\'s count of arriving family members: it agrees, never accuses', () => {
    const listed = 'In 2016 the IND registered 18,170 first asylum applications, 1,660 repeat applications and 11,800 family reunification applications.';
    const f = figure(listed, '11,800', 'en', '2017-02-01');
    expect(f.verdict).toBe('consistent');
    expect(f.claim!.measure.strong).toBe(false);
    const wrong = listed.replace('11,800', '9,000');
    expect(figure(wrong, '9,000', 'en', '2017-02-01').verdict).toBe('context');
  });
  it('the other parts may stand in the paragraph before', () => {
    const text = 'Het aantal herhaalde asielaanvragen daalde in 2016 licht.\n\nHet aantal nareisaanvragen kwam in 2016 uit op 11.800, tegen 13.800 een jaar eerder.';
    expect(figure(text, '11.800', 'nl', '2017-02-01').verdict).toBe('consistent');
  });
  it('attributed to CBS, which counts family members only as they arrive, they may be those arrivals', () => {
    const text = 'Statistics Netherlands published its quarterly asylum figures. In the first quarter of 2025, 3,700 family reunification applications were counted.';
    expect(figure(text, '3,700', 'en', '2025-05-20').verdict).toBe('consistent');
  });
  it('alone, nareis applications are applications: no arrival count confirms them', () => {
    const alone = 'The IND said that in 2016 it received 11,800 family reunification applications.';
    expect(figure(alone, '11,800', 'en', '2017-02-01').verdict).not.toBe('consistent');
  });
});

describe('what a rate is taken of', () => {
  it('"the recognition rate among first-time applicants sank to 25%": the percentage is the rate, not the applicants', () => {
    const text = 'Between January and June 2025 the EU+ recognition rate among first-time applicants sank to a new low of 25%.';
    const f = figure(text, '25%', 'en', '2025-09-10');
    expect(f.concept).not.toMatch(/first-asylum|applications/);
    expect(f.verdict).toBe('consistent');
  });
  it('a count before "for" is still what it counts: "11,880 applications for family reunification"', () => {
    expect(figure('In 2024 the IND received 11,880 applications for family reunification.', '11,880', 'en', '2025-03-01').concept).not.toMatch(/rate/);
  });
});

describe('a measure said of a group by the words before its noun', () => {
  it('"het aantal zelfstandig vertrokken uitgeprocedeerde asielzoekers … naar 3.100" counts departures, not the group', () => {
    const f = figure('Vorig jaar daalde het aantal zelfstandig vertrokken uitgeprocedeerde asielzoekers naar 3.100.', '3.100', 'nl', '2020-02-01');
    expect(f.concept).toBe('independent-return');
    expect(f.claim!.measure.determined).toBe(true);
  });
  it('words of a measure before a thing that is no group ("granted protection status") make no rate of a count', () => {
    const f = figure('Across the EU in 2017, most Syrians were granted protection status by German authorities (118,400).', '118,400', 'en', '2018-02-01');
    expect(f.concept).not.toBe('asylum-grant-rate');
  });
});

describe('a migration word that names a body or its rules', () => {
  it('"the immigration service", "the asylum minister", "Frontex officers": no cue for what a number counts', () => {
    const text = 'According to the immigration service, the peak of the year before was 41,200.';
    expect(figures(text, 'en', '2017-01-10').map((f) => f.concept)).not.toContain('immigration');
    expect(figures('Some 2 900 Frontex officers now help the national police in Greece.', 'en', '2025-08-01')).toEqual([]);
    // Said of the thing itself, the word is the measure.
    expect(figure('Immigration climbed to 403,000 that year, CBS reported in 2023.', '403,000', 'en', '2023-03-01').concept).toBe('immigration');
  });
});

describe('a total given after a change, in a clause of its own', () => {
  it('", with the total … still just above one million" after "a decrease in asylum applications (…)" counts those applications, weakly', () => {
    const text = 'The agency\'s yearly report on 2024 shows a 10% decrease in asylum applications lodged in the EU+ (the member states, Norway and Switzerland), with the overall yearly total still just above one million.';
    const f = figure(text, 'one million', 'en', '2025-03-10');
    expect(f).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent' });
    expect(f.claim!.measure.strong).toBe(false);
  });
  it('a clause with a total after no change names no measure', () => {
    const text = 'The agency published its yearly report on 2024, listing asylum offices in the EU+ (the member states, Norway and Switzerland), with the overall yearly total still just above one million.';
    expect(figures(text, 'en', '2025-03-10').filter((f) => f.verdict)).toEqual([]);
  });
});

describe('"kwamen … in Nederland wonen": people who came to live here', () => {
  it('is immigration, with the number inside the phrase or before it', () => {
    const inside = 'Het CBS meldt dat de immigratie opnieuw steeg. In 2022 kwamen 403.000 mensen in Nederland wonen.';
    expect(figure(inside, '403.000', 'nl', '2023-07-01')).toMatchObject({ concept: 'immigration', verdict: 'consistent' });
    const before = 'Het CBS meldt dat de immigratie opnieuw steeg. In 2022 zijn 403.000 mensen in Nederland komen wonen.';
    expect(figure(before, '403.000', 'nl', '2023-07-01')).toMatchObject({ concept: 'immigration', verdict: 'consistent' });
  });
});

describe('"but in 2018 this figure …" after a gloss of the subject', () => {
  it('counts the subject the gloss explains, not a word of the gloss', () => {
    const text = 'In the early 2000s more people left the country than settled in it: net migration (arrivals minus departures) was below zero, i.e. emigrants outnumbered immigrants, but in 2018 this figure came to 86,371.';
    expect(figure(text, '86,371', 'en', '2019-06-01')).toMatchObject({ concept: 'stat-net-migration-cbs', verdict: 'consistent', claim: { period: { value: '2018' } } });
  });
  it('a gloss in brackets right after the subject leaves the subject counted', () => {
    const text = 'Net migration (arrivals minus departures) rose again, and in 2018 this figure came to 86,371.';
    expect(figure(text, '86,371', 'en', '2019-06-01')).toMatchObject({ concept: 'stat-net-migration-cbs', verdict: 'consistent' });
  });
});

describe('"applied for refugee status"', () => {
  it('counts asylum applications', () => {
    const text = 'Across the 28 member states some 580,800 people applied for refugee status last year, Eurostat said, far fewer than in 2017.';
    expect(figure(text, '580,800', 'en', '2019-03-14')).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent' });
  });
});

describe('"applications received": handed in, not people received', () => {
  it('counts applications, not people in reception', () => {
    const text = 'In 2015 the asylum applications received by member states came to a little over 1.3 million.';
    expect(figure(text, '1.3 million', 'en', '2016-06-01')).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent' });
  });
  it('people "received" in a place are still counted as received', () => {
    const text = 'Last month the centre in Ter Apel received 2,300 asylum seekers.';
    expect(figure(text, '2,300', 'en', '2024-06-01').concept).not.toBe('asylum-applications');
  });
});

describe('a word of scope after a number ("across the EU", "overall", "landelijk") is no counted noun', () => {
  it('a rate in a relative clause is still the rate the clause hangs on', () => {
    const text = 'The Commission wants faster returns of rejected asylum seekers. To raise return rates, which now stand at about 20% across the EU, it proposes new rules.';
    expect(figure(text, '20%', 'en', '2025-03-12')).toMatchObject({ concept: 'effective-return-rate', verdict: 'consistent' });
  });
});

describe('"migratie naar Nederland", "migration to the Netherlands"', () => {
  it('is immigration, the people who came, not migration in general', () => {
    const en = 'The government published its yearly overview of asylum and immigration. Last year migration to the Netherlands fell to about 314,000 people.';
    expect(figure(en, '314,000', 'en', '2025-07-10')).toMatchObject({ concept: 'immigration', verdict: 'consistent' });
    const nl = 'Het kabinet stuurde het jaaroverzicht over asiel en immigratie naar de Kamer. De migratie naar Nederland kwam in 2024 uit op 314.000 mensen.';
    expect(figure(nl, '314.000', 'nl', '2025-07-10')).toMatchObject({ concept: 'immigration', verdict: 'consistent' });
  });
});

describe('a sentence that opens with "the number of …" after a wire credit in brackets', () => {
  it('still counts that subject in its later clause', () => {
    const text = 'The EU asylum agency published its mid-year review. (Agency) The number of asylum claims lodged across EU countries dipped slightly from January to June 2024, yet it still came to over half a million.';
    expect(figure(text, 'half a million', 'en', '2024-09-20')).toMatchObject({ concept: 'asylum-applications', verdict: 'consistent' });
  });
});

describe('a part opened after the figure', () => {
  it('"179.300 mensen die stap, van wie velen eerder naar Nederland immigreerden": the part\'s words do not say what the whole counts', () => {
    const text = 'Wie emigreert, bereidt zich tegenwoordig goed voor. In 2022 waagden 179.300 mensen die stap, van wie velen eerder naar Nederland immigreerden.';
    const read = figures(text, 'nl', '2024-04-26').filter((f) => f.text.includes('179.300'));
    expect(read.filter((f) => /immigration/.test(f.concept ?? ''))).toEqual([]);
    // Said of the whole itself, the same words still count it.
    expect(figure('In 2022 immigreerden 403.000 mensen naar Nederland.', '403.000', 'nl', '2023-06-01').concept).toMatch(/immigration/);
  });
});

// (DT&V: in 2016, 6,760 left independently, 2,220 by force and 8,100 without supervision.)
describe('"the latter" at the opening of a sentence', () => {
  it('counts the last measure the sentence before named, as plainly as if it named it again', () => {
    const nl = 'De DT&V onderscheidt drie vormen van vertrek: zelfstandig vertrek (6.760 in 2016), gedwongen vertrek (2.220) en vertrek zonder toezicht. De laatste groep is de grootste: 8.100 in 2016.';
    expect(figure(nl, '8.100', 'nl', '2017-04-01')).toMatchObject({ verdict: 'consistent', concept: expect.stringMatching(/unsupervised/) });
    const en = 'The service counts departures with help, forced departures (2,220 in 2016) and departures without supervision. The latter were the largest group: 8,100 in 2016.';
    expect(figure(en, '8,100', 'en', '2017-04-01')).toMatchObject({ verdict: 'consistent', concept: expect.stringMatching(/unsupervised/) });
  });
  it('"de laatste jaren" is a time, not "the latter"', () => {
    const text = 'De DT&V telt ook vertrek zonder toezicht. De laatste jaren zijn 2.220 mensen gedwongen vertrokken.';
    expect(figure(text, '2.220', 'nl', '2017-04-01').concept).not.toMatch(/unsupervised/);
  });
});
