/** The subset and geography slots: who is counted, and where. */
import { describe, expect, it } from 'vitest';
import { annotate, figure, figures, slotWords } from '../../../test/helpers/recognise';

const read = (text: string, num: string, published = '2025-11-03', lang: 'nl' | 'en' = 'nl') => {
  const f = figure(text, num, lang, published);
  const c = f.claim!;
  return { subset: c.subset.value, restricted: c.subset.restricted, subsetWords: slotWords(text, c.subset.words), geo: c.geo.value, scope: c.geo.scope, geoHow: c.geo.how, verdict: f.verdict, concept: f.concept };
};

describe('the whole a share is taken from', () => {
  it('"Syrians accounted for more than half of the 1,204,300 applicants": the whole counts everyone, the nationality is the share\'s', () => {
    const text = 'Eurostat reported that Syrians and Afghans accounted for more than half of all 1,204,300 first-time asylum applicants registered in the EU in 2016.';
    expect(read(text, '1,204,300', '2017-03-16', 'en')).toMatchObject({ subset: null, restricted: false, verdict: 'consistent' });
    const nl = 'Syriërs vormden in 2023 30 procent van de ruim 38.000 eerste asielaanvragen in Nederland.';
    expect(read(nl, '38.000', '2024-02-01')).toMatchObject({ subset: null, restricted: false });
  });
});

describe('a nationality in a clause of its own after the figure', () => {
  it('"…, as Syrian refugees fled" says why, not who was counted; "registered as Eritrean nationals" still does', () => {
    const text = 'In 2016 the EU registered some 1.2 million first-time asylum applicants as Syrian families kept crossing the Aegean.';
    expect(read(text, '1.2 million', '2017-04-02', 'en')).toMatchObject({ subset: null, verdict: 'consistent' });
    const nl = 'In 2016 dienden ruim 18.000 mensen in Nederland een eerste asielaanvraag in terwijl Syrische gezinnen nog volop de oversteek waagden.';
    expect(read(nl, '18.000', '2017-04-02')).toMatchObject({ subset: null });
    const capacity = 'In 2016 the Netherlands counted 3,000 first asylum applications of people registered as Eritrean nationals.';
    expect(read(capacity, '3,000', '2017-04-02', 'en').subset).toMatchObject({ nationality: 'ER' });
  });
});

describe('a figure named again with "deze" / "these"', () => {
  it('"de helft van deze 43.000 eerste asielaanvragen" is the 43.000 named before: its year, everyone, not the part\'s nationality', () => {
    const text = 'Nederland telde in 2015 43.000 eerste asielaanvragen. In 2016 daalde dat aantal. Ongeveer de helft van deze 43.000 eerste asielaanvragen kwam van Syriërs.';
    const again = figures(text, 'nl', '2017-03-01').filter((f) => f.text === '43.000')[1];
    expect([again.claim!.period.value, again.claim!.subset.value, again.verdict]).toEqual(['2015', null, 'consistent']);
  });
});

describe('a sentence saying what the one before was about', () => {
  it('"Het ging om 2400 asielzoekers" after a sentence about Eritreans counts Eritreans', () => {
    const text = 'In de eerste negen maanden van dit jaar dienden opvallend veel Eritreeërs een eerste asielverzoek in. Het ging om 2400 asielzoekers.';
    expect(read(text, '2400', '2025-11-10')).toMatchObject({ subset: { nationality: 'ER' }, verdict: 'consistent' });
    // Two nationalities before: no one of them.
    const two = 'In de eerste negen maanden van dit jaar dienden opvallend veel Eritreeërs en Syriërs een eerste asielverzoek in. Het ging om 2400 asielzoekers.';
    expect(read(two, '2400', '2025-11-10').subset).toBeNull();
  });
});

describe('population subset', () => {
  it('a nationality noun, adjective or "uit <land>" near the number', () => {
    expect(read('In het derde kwartaal vroegen 860 Syriërs voor het eerst asiel aan.', '860')).toMatchObject({ subset: { nationality: 'SY' }, subsetWords: ['Syriërs'] });
    expect(read('In het derde kwartaal ging het om 990 eerste asielaanvragen van mensen met de Eritrese nationaliteit.', '990')).toMatchObject({ subset: { nationality: 'ER' } });
    expect(read('In 2022 kwamen 1.060 asielaanvragen uit Oekraïne binnen bij de IND.', '1.060', '2023-01-30')).toMatchObject({ subset: { nationality: 'UA' } });
  });
  it('every country of an origin list is an origin, not where the figure is counted', () => {
    const text = 'De grootste groepen asielzoekers kwamen uit Eritrea en het buurland Somalië. In de eerste negen maanden van 2025 dienden 2.400 Eritreeërs een asielaanvraag in.';
    expect(read(text, '2.400')).toMatchObject({ subset: { nationality: 'ER' }, geo: 'NL' });
    const en = 'Most asylum seekers came from Syria, Iraq or Yemen. In the first nine months of 2025, 2,400 Eritreans applied for asylum in the Netherlands.';
    expect(read(en, '2,400', '2025-11-03', 'en')).toMatchObject({ subset: { nationality: 'ER' }, geo: 'NL' });
  });
  it('a ranking of origins goes on after a bracketed share and "gevolgd door"/"followed by": the whole is not placed in the second country', () => {
    const text = 'In 2015 dienden 58.880 mensen een asielverzoek in bij de IND. Bijna de helft van die 58.880 mensen kwam uit Syrië (45 procent), gevolgd door Eritrea (15 procent) en Irak.';
    const whole = figures(text, 'nl', '2016-02-01').filter((f) => f.text === '58.880')[1];
    expect([whole.claim!.geo.value, whole.claim!.subset.value, whole.verdict]).toEqual(['NL', null, 'consistent']);
    const en = 'Most asylum applications lodged in the Netherlands in 2016 came from Syria (1,900 applications), followed by Iraq (700 applications) and Eritrea (650).';
    expect(read(en, '700', '2017-02-01', 'en')).toMatchObject({ subset: { nationality: 'IQ' }, geo: 'NL' });
  });
  it('a place\'s adjective before "herkomst"/"origin" is where people come from: the figure stays in the Netherlands, a part of its measure', () => {
    const text = 'In 2025 vestigden zich 150.000 immigranten met een Europese herkomst in Nederland.';
    expect(read(text, '150.000', '2026-02-01')).toMatchObject({ geo: 'NL', restricted: true, subsetWords: ['Europese'] });
    const en = 'Last year 150,000 immigrants of European origin settled in the Netherlands.';
    expect(read(en, '150,000', '2026-02-01', 'en')).toMatchObject({ geo: 'NL', restricted: true });
    // The sentence after it is not placed in the EU by it.
    const next = 'Er kwamen vorig jaar minder migranten met een Europese herkomst. De emigratie daalde licht, tot 114.000 mensen.';
    expect(read(next, '114.000', '2026-02-01')).toMatchObject({ geo: 'NL' });
  });
  it('people told apart by a country\'s nationality after the count ("die niet de Nederlandse nationaliteit bezaten") are a part of it: no accusation against the whole', () => {
    const nl = 'In 2020 vestigden zich 180.000 immigranten in ons land die niet de Nederlandse nationaliteit bezaten, meldt het CBS.';
    expect(read(nl, '180.000', '2021-07-20')).toMatchObject({ restricted: true, subsetWords: ['Nederlandse'], verdict: 'context' });
    const en = 'In 2020, 180,000 immigrants without Dutch citizenship settled in the Netherlands, Statistics Netherlands said.';
    expect(read(en, '180,000', '2021-07-20', 'en')).toMatchObject({ restricted: true, verdict: 'context' });
    // The citizenship of no EU country is what Eurostat's return measures count: still checked.
    const eu = 'Between October and December 2024, 124,935 people without the citizenship of an EU member state got an order to leave the EU, Eurostat said.';
    expect(read(eu, '124,935', '2025-03-20', 'en')).toMatchObject({ restricted: false, verdict: 'consistent' });
  });
  it('a figure in brackets after its nationality', () => {
    const text = 'Het grootste deel van wie in het derde kwartaal voor het eerst asiel aanvroeg, had de Eritrese nationaliteit (990 personen).';
    expect(read(text, '990')).toMatchObject({ subset: { nationality: 'ER' }, verdict: 'consistent' });
  });
  it('a nationality figure is checked against that nationality, never against the total', () => {
    const r = read('In het derde kwartaal van 2025 vroegen 860 Syriërs voor het eerst asiel aan.', '860');
    expect(r.verdict).toBe('consistent');
    const total = read('In het derde kwartaal van 2025 vroegen 860 mensen voor het eerst asiel aan.', '860');
    expect(total.verdict).not.toBe('differs');
  });
  it('the measure\'s own people are no subset ("Oekraïners" counting Ukrainians received)', () => {
    expect(read('Op 1 oktober 2023 verbleven 105.500 Oekraïners in Nederland.', '105.500', '2024-01-10')).toMatchObject({ subset: null, verdict: 'consistent' });
    // The country's name is the measure's cue ("people from Ukraine" counted as Ukrainians received).
    const en = 'Dutch municipal shelters now house 27,842 people from Ukraine.';
    expect(read(en, '27,842', '2022-04-11', 'en')).toMatchObject({ subset: null, concept: 'ukrainian-refugees-received', verdict: 'consistent' });
  });
  it('nor are those of a group the measure counts them as ("Oekraïense nieuwkomers", "Oekraïense migranten")', () => {
    for (const group of ['Oekraïense nieuwkomers', 'Oekraïense migranten']) {
      expect(read(`Begin juli 2023 verbleven er 101.000 ${group} in Nederland.`, '101.000', '2023-08-15')).toMatchObject({ subset: null, concept: 'ukrainian-refugees-received', verdict: 'consistent' });
    }
  });
  it('a counting rule of one nationality named as one phrase ("asielaanvragen van Eritreeërs") is checked as that nationality', () => {
    const r = read('Het aantal asielaanvragen van Eritreeërs kwam in 2025 uit op iets meer dan 3000.', '3000', '2026-02-20');
    expect(r).toMatchObject({ subset: { nationality: 'ER' }, verdict: 'consistent' });
  });
  it('Dutch verb-last flight ("die Oekraïne zijn ontvlucht") names where people come from, not where they are counted', () => {
    const r = read('In de gemeentelijke opvang worden 35.000 vluchtelingen opgevangen die Oekraïne zijn ontvlucht.', '35.000', '2022-05-12');
    expect(r.geo).not.toBe('UA');
  });
  it('"uit Nederland" is where people left, not where they come from', () => {
    expect(read('In 2019 vertrokken 25.600 vreemdelingen zelfstandig uit Nederland.', '25.600', '2020-05-01').subset).toBeNull();
  });
  it('a part the engine cannot name: "waarvan", children, people from a region', () => {
    expect(read('Er kwamen 4.800 asielzoekers, waarvan 580 minderjarigen.', '580', '2021-11-01').restricted).toBe(true);
    expect(read('Van de asielzoekers waren 2.000 kinderen.', '2.000', '2021-11-01').restricted).toBe(true);
    expect(read('Uit andere Europese landen kwamen 140.000 immigranten naar Nederland.', '140.000', '2025-02-01').restricted).toBe(true);
  });
  it('the whole a part is taken from ("1,1 van de in totaal 2,65 duizend") counts everyone, not the part\'s nationality', () => {
    const text = 'De meeste nareizigers kwamen in het derde kwartaal van 2024 uit Syrië (1,1 van de in totaal 2,65 duizend).';
    expect(read(text, '2,65 duizend', '2024-11-01')).toMatchObject({ subset: null, restricted: false });
  });
  it('a nationality after another number is that number\'s: "Van de in totaal 9.800 nareizigers kwamen er 5100 uit Syrië"', () => {
    const text = 'Van de in totaal 9.800 nareizigers kwamen er vorig jaar 5100 uit Syrië.';
    expect(read(text, '9.800', '2024-03-01')).toMatchObject({ subset: null });
    expect(read(text, '5100', '2024-03-01').subset).toEqual({ nationality: 'SY' });
    // In a list, each count keeps its own: "1.250 Eritreeërs en 800 Jemenieten".
    const list = 'Vorig jaar vroegen 1.250 Eritreeërs en 800 Jemenieten asiel aan in Nederland.';
    expect(read(list, '1.250', '2024-03-01')).toMatchObject({ subset: { nationality: 'ER' }, restricted: false });
    // Before the figure a number between does not part them: "from Syrians dropped by 70% to 3,300".
    expect(read('Asylum requests from Syrians dropped by 70% to 3,300 last year.', '3,300', '2025-03-01', 'en').subset).toEqual({ nationality: 'SY' });
  });
  it('a part named by the measure\'s own words ("een deel van hen vertrok zelfstandig (2450)") is that measure, read weakly', () => {
    const text = 'In 2022 moesten 12.000 vreemdelingen Nederland verlaten. Een deel van hen vertrok zelfstandig (2450), een deel gedwongen (1850).';
    expect(read(text, '2450', '2023-02-10')).toMatchObject({ restricted: false, verdict: 'consistent' });
    expect(read(text, '1850', '2023-02-10')).toMatchObject({ restricted: false, verdict: 'consistent' });
    // Weakly: "hen" may be a part already, so a count that agrees with nothing is not accused.
    const off = 'In 2022 moesten 12.000 vreemdelingen Nederland verlaten. Een deel van hen vertrok zelfstandig (900).';
    expect(read(off, '900', '2023-02-10').verdict).toBe('context');
    // A part named by anything else stays a part.
    expect(read('In 2022 hadden 12.000 vreemdelingen een vertrekplicht. Van hen vertrokken 900 minderjarigen zelfstandig.', '900', '2023-02-10').restricted).toBe(true);
  });
  it('a part whose measure words follow the number ("waarvan ca. 570 via klassieke hervestiging") is that measure too', () => {
    const text = 'In 2024 nam Nederland zo\'n 760 vluchtelingen over uit andere landen, waarvan ca. 570 via klassieke hervestiging.';
    expect(read(text, '570', '2025-03-04')).toMatchObject({ restricted: false, verdict: 'consistent' });
    // A part named by anything else stays a part.
    expect(read('In 2024 nam Nederland zo\'n 760 vluchtelingen over uit andere landen, waarvan ca. 570 kinderen.', '570', '2025-03-04').restricted).toBe(true);
  });
});

describe('a nationality the count is paired with across the sentence', () => {
  it('the subject before an apposition: "Eritrean nationals, long the second largest group, lodged 235"', () => {
    const text = 'Recent data show that Eritrean nationals, long the second largest group of applicants, lodged 235 first asylum requests with the Dutch authorities in the first quarter of 2025.';
    expect(read(text, '235', '2025-05-20', 'en')).toMatchObject({ subset: { nationality: 'ER' }, verdict: 'consistent' });
  });
  it('a clause opening with "with" elaborates the main one: "requests from Eritreans fell …, with just 235 …"', () => {
    const text = 'In the first quarter of 2025 requests from Eritreans fell, with just 235 first asylum requests in the Netherlands.';
    expect(read(text, '235', '2025-05-20', 'en')).toMatchObject({ subset: { nationality: 'ER' }, verdict: 'consistent' });
  });
  it('no apposition without an article, and "the Italian coast" is a stretch of land, no people counted', () => {
    const text = 'The central route, which leads to the Italian coast, stayed the busiest in 2025, with 60,000 irregular arrivals.';
    expect(read(text, '60,000', '2026-01-20', 'en').subset).toBeNull();
  });
  it('"respectively": each count of a list is of the people in its place in the list before it', () => {
    const en = 'In the first quarter of 2025 the next groups came from Syria and Eritrea, with 900 and 235 first asylum requests in the Netherlands, respectively.';
    expect(read(en, '235', '2025-05-20', 'en')).toMatchObject({ subset: { nationality: 'ER' }, verdict: 'consistent' });
    expect(read(en, '900', '2025-05-20', 'en')).toMatchObject({ subset: { nationality: 'SY' }, verdict: 'consistent' });
    const nl = 'In het eerste kwartaal van 2025 kwamen uit Syrië en Eritrea respectievelijk 900 en 235 eerste asielaanvragen.';
    expect(read(nl, '235', '2025-05-20')).toMatchObject({ subset: { nationality: 'ER' }, verdict: 'consistent' });
  });
  it('a list of counts longer than the list of peoples pairs nothing', () => {
    const text = 'Syrians and Eritreans lodged 900, 235 and 110 first asylum requests in the first quarter of 2025, respectively.';
    expect(read(text, '235', '2025-05-20', 'en').verdict).not.toBe('consistent');
  });
});

describe('the country the counted people left, named again', () => {
  it('"Ukrainians who had to leave Ukraine" under temporary protection are everyone the measure counts, not a nationality apart', () => {
    const text = 'Eurostat has new data. On 31 March 2025 a little over 4.25 million Ukrainians who had to leave Ukraine had temporary protection across EU member states.';
    expect(read(text, '4.25 million', '2025-05-12', 'en')).toMatchObject({ subset: null, geo: 'EU', verdict: 'consistent' });
  });
});

describe('geography', () => {
  it('"…, with Germany and Poland hosting the largest numbers": the countries where most of them are name parts, not where the figure is', () => {
    const text =
      'At the end of January 2025 Eurostat counted the people who fled Ukraine and live in the EU. Their protection status, extended until spring 2026, spares them the regular asylum procedure. The data show that 4.3 million Ukrainians enjoy this temporary protection, with Germany and Poland hosting the largest numbers.';
    const f = read(text, '4.3 million', '2025-03-10', 'en');
    // (Eurostat: close to 4.3 million under temporary protection in the EU at the end of January
    // 2025. The status's end, spring 2026, is no time of the figure's.)
    expect(f).toMatchObject({ geo: 'EU', verdict: 'consistent' });
    expect(read('Een vijfde van de immigranten kwam vorig jaar uit Azië, met India en China als grootste groepen.', 'Een vijfde', '2020-02-01').geo).toBe('NL');
  });
  it('"740,000 of the overall 1.3 million were filed in Germany": the place the verb names is the part\'s; one in the whole\'s own words is the whole\'s', () => {
    const text = 'Asylum claims are spread more evenly across the EU than in 2016. That year some 740,000 of the overall 1.3 million claims were filed in Germany alone.';
    expect(read(text, '1.3 million', '2024-06-10', 'en')).toMatchObject({ geo: 'EU', verdict: 'consistent' });
    expect(read(text, '740,000', '2024-06-10', 'en').geo).toBe('DE');
    expect(read('De komende maanden sluiten 400 van de 600 noodopvangplekken voor asielzoekers in Limburg.', '600', '2023-02-01').geo).toBe('local:limburg');
  });
  it('"Germany took 22 per cent of the 700,000 claims lodged across the EU": the place in the whole\'s own words is the whole\'s, the one before names the part', () => {
    const text = 'Asylum applications rose again in 2019. Last year Germany registered 21 per cent of the 738,425 claims for asylum filed across the EU.';
    expect(read(text, '738,425', '2020-06-20', 'en')).toMatchObject({ geo: 'EU', verdict: 'consistent' });
    expect(read('Nederland behandelde 3 procent van de 700.000 asielaanvragen in de hele EU.', '700.000', '2020-06-20').geo).toBe('EU');
  });
  it('"the EU country with the most", "het EU-land met de meeste" is one member, not the EU; "an EU country" may be any', () => {
    expect(read('Germany remained the EU country receiving most first-time asylum applicants: 217,700 people applied there in 2022.', '217,700', '2023-03-23', 'en')).toMatchObject({ geo: 'DE', scope: 'country' });
    expect(read('Duitsland bleef het EU-land dat de meeste eerste asielaanvragen kreeg: 217.700 mensen vroegen er in 2022 asiel aan.', '217.700', '2023-03-23')).toMatchObject({ geo: 'DE', scope: 'country' });
    expect(read('Eurostat says 115,440 non-EU citizens were ordered to leave an EU country in the third quarter of 2025.', '115,440', '2025-12-10', 'en')).toMatchObject({ geo: 'EU', scope: 'eu' });
  });
  it('"E.U." with full stops is the EU', () => {
    const text = 'E.U. countries registered 881,200 first-time asylum applicants last year, the statistics agency said.';
    expect(read(text, '881,200', '2023-03-23', 'en')).toMatchObject({ geo: 'EU', scope: 'eu', verdict: 'consistent' });
  });
  it('Dutch by default on a Dutch text; the EU and its aggregates when named', () => {
    expect(read('Vorig jaar vroegen 38.000 mensen asiel aan.', '38.000', '2024-02-01')).toMatchObject({ geo: 'NL', geoHow: 'default' });
    expect(read('In de EU-27 vroegen in 2018 549.000 mensen voor het eerst asiel aan.', '549.000', '2019-03-14')).toMatchObject({ geo: 'EU27', scope: 'eu' });
    expect(read('In 2023 werden in de EU+ 1.143.437 asielaanvragen ingediend.', '1.143.437', '2024-03-01')).toMatchObject({ geo: 'EU+', verdict: 'consistent' });
  });
  it('another country', () => {
    expect(read('Duitsland registreerde in 2023 329.000 eerste asielaanvragen.', '329.000', '2024-03-01')).toMatchObject({ geo: 'DE', scope: 'country' });
  });
  it('a local figure is never compared with a national one', () => {
    const r = read('In Den Haag worden 200 Oekraïense vluchtelingen opgevangen in een hotel.', '200', '2022-03-05');
    expect(r).toMatchObject({ geo: 'local:den-haag', scope: 'local' });
    expect(['consistent', 'differs']).not.toContain(r.verdict);
  });
  it('a town whose name is also a word is named only with a capital: "echt", "best", "te kampen met" place nothing', () => {
    const nl = 'Het COA moet echt meer plekken vinden: het kampt met een tekort, want in de azc\'s wonen nu ruim 40.000 mensen.';
    expect(read(nl, '40.000', '2022-06-10')).toMatchObject({ geo: 'NL', verdict: 'consistent' });
    const en = 'Syrians had the best chance of protection; in 2019 the EU+ received 714,000 asylum applications, the agency said.';
    expect(read(en, '714,000', '2020-03-01', 'en')).toMatchObject({ geo: 'EU+', verdict: 'consistent' });
    expect(read('In Echt worden 120 asielzoekers opgevangen in een voormalig klooster.', '120', '2022-06-10')).toMatchObject({ geo: 'local:echt', scope: 'local' });
  });
  it('a place in a bracketed aside (a byline, a credit) does not place the sentence\'s figures', () => {
    const text = '(Gulf Desk / Morocco Wire Service - 20 March 2025) In 2024 there were 912,000 first-time asylum applicants, mostly third-country nationals, applying for protection in EU countries.';
    expect(read(text, '912,000', '2025-03-21', 'en')).toMatchObject({ geo: 'EU', verdict: 'consistent' });
  });
  it('wire copy\'s spaced thousands ("912, 000") is one number in one clause', () => {
    const text = 'Across the EU, 912, 000 people lodged first-time asylum applications in 2024.';
    expect(read(text, '912, 000', '2025-03-21', 'en')).toMatchObject({ geo: 'EU', verdict: 'consistent' });
  });
  it('a dateline ("DEN HAAG (ANP) -") says where the story was filed, not where its figure is', () => {
    const r = read('DEN HAAG (ANP) - Ruim 25.000 asielzoekers zitten al meer dan 15 maanden te wachten op een besluit over hun aanvraag.', '25.000', '2026-01-26');
    expect(r).toMatchObject({ geo: 'NL', geoHow: 'default' });
    expect(read('UTRECHT - In Utrecht wachten 300 asielzoekers op een opvangplek in het azc.', '300', '2026-01-26')).toMatchObject({ scope: 'local' });
  });
  it('a place inside a name is not where the figure is ("EU-Turkije Verklaring")', () => {
    expect(read('Onder de EU-Turkije Verklaring werden in 2018 900 Syriërs in Nederland hervestigd.', '900', '2019-10-14').geo).toBe('NL');
  });
  it('a place inside the name of a measure is where it is counted ("asylum applications in the EU")', () => {
    const text = 'Asylum applications in the EU surged to over one million last year, the bloc\'s asylum agency said.';
    expect(read(text, 'one million', '2024-02-28', 'en')).toMatchObject({ geo: 'EU', verdict: 'consistent' });
  });
  it('a place people fled ("het geweld in Oekraïne") is not where they are counted', () => {
    const text = 'In 2022 kwamen 403.000 immigranten naar Nederland. Dat kwam vooral door mensen die voor het geweld in Oekraïne vluchtten: 108.000 mensen.';
    expect(read(text, '108.000', '2023-10-06').geo).toBe('NL');
  });
  it('nor the target of a war or an invasion ("the war against Ukraine", "de inval in Oekraïne", "the invasion of Ukraine")', () => {
    const en = 'On 31 March 2025 a little over 4.25 million people who left their homes after the war against Ukraine started had temporary protection across EU member states.';
    expect(read(en, '4.25 million', '2025-05-10', 'en')).toMatchObject({ geo: 'EU', verdict: 'consistent' });
    const nl = 'Sinds de inval in Oekraïne vangt Nederland vluchtelingen op. Op 31 maart 2025 hadden ruim 4,25 miljoen mensen tijdelijke bescherming in de EU.';
    expect(read(nl, '4,25 miljoen', '2025-05-10').geo).toBe('EU');
    const of = 'After the invasion of Ukraine, 4.25 million people had temporary protection across EU member states on 31 March 2025.';
    expect(read(of, '4.25 million', '2025-05-10', 'en').geo).toBe('EU');
  });
  it('nor one people came from, after "another" or "an" ("from another EU country", "uit een ander EU-land")', () => {
    const text = 'Statistics office CBS published its migration figures. In 2017 some 235,000 immigrants, nearly half of them from another EU country, settled in the Netherlands.';
    expect(read(text, '235,000', '2018-10-15', 'en')).toMatchObject({ geo: 'NL', verdict: 'consistent' });
  });
  it('nor one people come from, after "vanuit" ("verzoeken vanuit Syrië")', () => {
    const text = 'Sinds de val van het regime komen er minder verzoeken vanuit Syrië binnen. Tussen april en juni 2025 dienden 595 Syriërs een eerste asielverzoek in.';
    expect(read(text, '595', '2025-08-01')).toMatchObject({ geo: 'NL', subset: { nationality: 'SY' }, verdict: 'consistent' });
  });
  it('nor a country people were forced to leave ("forced to leave Ukraine"); one they were ordered to leave still is', () => {
    const left = 'Eurostat has new data. On 31 March 2025 a little over 4.25 million people who had to leave Ukraine had temporary protection across EU member states.';
    expect(read(left, '4.25 million', '2025-05-12', 'en').geo).toBe('EU');
    const ordered = 'Eurostat has new data. In 2024 some 123,000 people from outside the EU were ordered to leave Germany.';
    expect(read(ordered, '123,000', '2025-05-12', 'en').geo).toBe('DE');
  });
  it('nor one named in a later clause set against the figure ("…, whereas the EU as a whole had 2.3 and Germany had 2.5")', () => {
    const text = 'The Dutch government talks of an asylum crisis. Yet about 38,000 asylum requests were made in 2023, 2.1 for every 1,000 residents, whereas the EU as a whole had 2.3 and Germany had 2.5.';
    expect(read(text, '38,000', '2024-12-10', 'en')).toMatchObject({ geo: 'NL', verdict: 'consistent' });
  });
  it('nor one in a later clause that opens the parts of the figure ("…, of which 2,100 were accepted in Poland")', () => {
    const text = 'Across the 28 EU member states first-time asylum applicants fell by a quarter last year, to some 650,000 people, of which 2,100 were accepted in Poland.';
    expect(read(text, 'some 650,000', '2018-03-28', 'en')).toMatchObject({ geo: 'EU', verdict: 'consistent' });
    const nl = "In de 28 EU-lidstaten daalden de eerste asielaanvragen vorig jaar met een kwart, tot zo'n 650.000, waarvan 2100 werden toegekend in Polen.";
    expect(read(nl, "zo'n 650.000", '2018-03-28')).toMatchObject({ geo: 'EU', verdict: 'consistent' });
  });
  it('nor is a place whose crisis is named as a cause ("de crisis in Afghanistan")', () => {
    const text = 'De IND noemt 2021 een zwaar jaar, door corona en de crisis in Afghanistan. Er waren 24.690 eerste asielaanvragen.';
    expect(read(text, '24.690', '2022-04-14')).toMatchObject({ geo: 'NL', verdict: 'consistent' });
  });
  it('a sentence before that only glosses countries in brackets, or names several, does not place the figure', () => {
    const gloss = 'Het CBS telde de immigratie opnieuw. Voor mensen uit EVA-landen (Noorwegen, IJsland en Zwitserland) is het motief later bekend. Van alle 335.000 immigranten in 2023 kwam 21 procent voor werk.';
    expect(read(gloss, '335.000', '2024-10-01')).toMatchObject({ geo: 'NL', verdict: 'consistent' });
    const several = 'Het CBS telde de immigratie opnieuw. Minder mensen kwamen uit India, Turkije en China. Van alle 335.000 immigranten in 2023 kwam 21 procent voor werk.';
    expect(read(several, '335.000', '2024-10-01').geo).toBe('NL');
  });
  it('the EU "inclusief"/"including" its neighbours is the EU, not its last neighbour', () => {
    const text = 'Het Europese asielagentschap telde in 2022 in de EU-landen inclusief Zwitserland en Noorwegen bijna een miljoen asielaanvragen.';
    expect(read(text, 'bijna een miljoen', '2023-02-22')).toMatchObject({ geo: 'EU', verdict: 'consistent' });
  });
  it('a sentence before that names the EU with its neighbours places the figure in the EU', () => {
    const text = 'Het asielagentschap telde vorig jaar minder asielaanvragen in de 27 EU-lidstaten en in Noorwegen en Zwitserland. In 2023 ging het om 1,14 miljoen aanvragen.';
    expect(read(text, '1,14 miljoen', '2025-02-28')).toMatchObject({ geo: 'EU+', verdict: 'consistent' });
  });
  it('the EU listed with its neighbours after ", plus" is the EU, not the last neighbour named', () => {
    const text = 'Countries of the European Union, plus Norway and Switzerland, counted 1.14 million asylum applications in 2023, the EUAA said.';
    expect(read(text, '1.14 million', '2024-03-01', 'en')).toMatchObject({ geo: 'EU+', verdict: 'consistent' });
  });
  it('a sentence before that names Europe and the Netherlands leaves the figure in the Netherlands', () => {
    const text = 'In Europa en in Nederland blijft het aantal asielzoekers voorlopig hoog. In 2023 dienden ruim 38.000 asielzoekers een eerste aanvraag in.';
    expect(read(text, '38.000', '2024-06-14')).toMatchObject({ geo: 'NL', verdict: 'consistent' });
  });
  it('people from outside a place are not counted in it ("mensen buiten de EU")', () => {
    const text = 'Van mensen van buiten de EU is het motief direct bekend. Van alle 335.000 immigranten in 2023 kwam 21 procent voor werk, meldt het CBS.';
    expect(read(text, '335.000', '2024-10-01')).toMatchObject({ geo: 'NL', verdict: 'consistent' });
  });
  it('"the bloc" in English news is the EU', () => {
    const text = 'According to Eurostat, 535,000 asylum seekers applied for protection across the bloc in 2021.';
    expect(read(text, '535,000', '2022-03-23', 'en')).toMatchObject({ geo: 'EU', scope: 'eu', verdict: 'consistent' });
  });
  it('a place a figure is likened to is not where it is ("goed voor een stad als Tilburg")', () => {
    const text = 'Het CBS telde de immigratie. In 2022 groeide de bevolking met 228 duizend inwoners, goed voor een stad als Tilburg.';
    expect(read(text, '228 duizend', '2023-07-10')).toMatchObject({ geo: 'NL', scope: 'country' });
  });
});

describe('a group an anaphor points back to', () => {
  it('"toen het nog om 8.000 ging" is read on the model of the figure before: the same group, a year earlier', () => {
    const text = 'In de eerste negen maanden van 2025 dienden in Nederland 2.400 Syriërs een eerste asielaanvraag in. Dat is 70 procent minder dan een jaar eerder, toen het nog om 8.000 ging.';
    const f = figure(text, '8.000', 'nl', '2025-11-03');
    expect(f.claim!.subset.value).toEqual({ nationality: 'SY' });
    expect(f.claim!.period.value).toBe('2024-01/2024-09');
  });
  it('"een jaar eerder waren dat er …" counts the same nationality as the figure before', () => {
    const text = 'In de eerste negen maanden van 2025 dienden 1.900 Afghanen een eerste asielaanvraag in. Ook 2.400 Syriërs deden toen een asielaanvraag, een jaar eerder waren dat er 8.900.';
    const f = figure(text, '8.900', 'nl', '2025-11-10');
    expect(f.claim!.subset.value).toEqual({ nationality: 'SY' });
    expect(f.claim!.period.value).toBe('2024-01/2024-09');
  });
  it('not a part the sentence before opened with "waarvan": "waren dat er …" counts the whole again', () => {
    // (The IND counted 18,200 first asylum applications in 2016.)
    const text = 'Vorig jaar deden 14.700 mensen hier een asielaanvraag, waarvan 2.200 Syriërs. In 2016 waren dat er nog 18.200.';
    const f = figure(text, '18.200', 'nl', '2018-03-01');
    expect(f.claim!.subset.value).toBeNull();
    expect(f.verdict).toBe('consistent');
    // The part itself keeps its people.
    expect(figure(text, '2.200', 'nl', '2018-03-01').claim!.subset.value).toEqual({ nationality: 'SY' });
  });
});


describe('who and where, from the words around the clause', () => {
  it('"asylum requests from Syrians, which dropped to 11,500": a relative clause counts the people of its noun', () => {
    const f = read('The fall came mostly from asylum requests from Syrians, which dropped to 11,500 in 2024.', '11,500', '2025-02-01', 'en');
    expect(f).toMatchObject({ subset: { nationality: 'SY' }, verdict: 'consistent' });
  });
  it('a text that names the EU and not (yet) the Netherlands is about the EU, never enough to accuse', () => {
    const text = 'Eurostat published the return figures of the European Union for the second quarter of 2025.\nThe number of returns to third countries reached 28,355 people in the second quarter of 2025.';
    const f = figure(text, '28,355', 'en', '2025-10-01');
    expect(f.claim!.geo).toMatchObject({ value: 'EU', how: 'text', assumed: true });
    // The Netherlands named only after the figure does not move it back home …
    expect(figure(`${text}\nThe Netherlands returned fewer people.`, '28,355', 'en', '2025-10-01').claim!.geo).toMatchObject({ value: 'EU', how: 'text' });
    // … named before it, the Dutch default holds.
    const dutch = figure(`The Netherlands returned fewer people this year.\n${text}`, '28,355', 'en', '2025-10-01');
    expect(dutch.claim!.geo).toMatchObject({ value: 'NL', how: 'default' });
  });
  it('a Dutch person ("de Nederlandse topambtenaar", "a Dutch official") does not make a text about the EU a Dutch one', () => {
    const nl = 'Sinds 2011 werkt de Europese Unie met een asielagentschap, geleid door de Nederlandse topambtenaar Jan de Vries.\n\nIn 2014 werden er volgens het agentschap 660.000 asielaanvragen ingediend.';
    expect(figure(nl, '660.000', 'nl', '2015-06-01')).toMatchObject({ verdict: 'consistent', claim: { geo: { value: 'EU', how: 'text' } } });
    const en = 'The European Union asylum agency is led by a Dutch official.\n\nIn 2014 some 660,000 asylum applications were lodged, the agency says.';
    expect(figure(en, '660,000', 'en', '2015-06-01').claim!.geo).toMatchObject({ value: 'EU', how: 'text' });
    // (The Dutch adjective before a count still makes the text Dutch.)
    expect(figure(nl.replace('de Nederlandse topambtenaar Jan de Vries', 'Jan de Vries; de Nederlandse asielinstroom stijgt'), '660.000', 'nl', '2015-06-01').claim!.geo).toMatchObject({ value: 'NL' });
  });
  it('"the European statistical office" is Eurostat, a name: its adjective does not make a Dutch text about the EU', () => {
    const text = 'Pending asylum cases are close to a record, according to NOS, citing the European statistical office.\n\nIn 2015 there were almost 60,000 asylum applications.';
    expect(figure(text, 'almost 60,000', 'en', '2022-09-10').claim!.geo).toMatchObject({ value: 'NL' });
    const terms = annotate('Het aantal asielzoekers steeg, meldt het Europese statistiekbureau in een nieuw overzicht.', 'nl', '2022-09-10').filter((a) => a.kind === 'term').map((a) => a.concept);
    expect(terms).toContain('eurostat');
  });
  it('an unplaced count by a publisher that counts only EU-wide (Frontex at the external borders) is the EU\'s, never enough to accuse', () => {
    const text = 'The border agency Frontex says the count of illegal entries it logged from January to September 2025 came to 133,400.';
    const f = figure(text, '133,400', 'en', '2025-10-20');
    expect(f).toMatchObject({ concept: 'irregular-arrivals', verdict: 'consistent', claim: { geo: { value: 'EU', how: 'measure', assumed: true } } });
    expect(figure(text.replace('133,400', '90,000'), '90,000', 'en', '2025-10-20').verdict).not.toBe('differs');
    // Not a publisher that also counts Dutch figures: IND decisions stay Dutch where the sources hold only the EU's.
    const ind = figure('De IND nam vorig jaar ruim 49 duizend beslissingen op asielaanvragen.', 'ruim 49 duizend', 'nl', '2024-02-01');
    expect(ind.claim!.geo).toMatchObject({ value: 'NL', how: 'default' });
  });
  it('a paragraph of EU figures followed by one without a place: the EU, as far as the text has gone', () => {
    const text = 'Eurostat counted 612,700 first-time asylum applicants across the 27 EU member states in 2019.\n\nIn 2018, 549,000 asylum seekers had lodged a claim.\n\nThe Netherlands saw a rise as well.';
    expect(figure(text, '549,000', 'en', '2020-03-15')).toMatchObject({ verdict: 'consistent', claim: { geo: { value: 'EU', how: 'text' } } });
  });
  it('a headline\'s figure is placed by the lede right after it when the lede names the EU', () => {
    const text = 'Close to 730,000 asylum applications were lodged in 2017, far fewer than the year before\n\nThe number of people seeking protection in the European Union fell again last year, the asylum office said.';
    expect(figure(text, '730,000', 'en', '2018-06-18')).toMatchObject({ verdict: 'consistent', claim: { geo: { value: 'EU', how: 'text' } } });
    // A European adjective ("met een Europese herkomst") places nothing.
    const nl = 'Het migratiesaldo kwam in 2024 uit op 101 duizend.\n\nDe groei kwam vooral van immigranten met een Europese herkomst.';
    expect(figure(nl, '101 duizend', 'nl', '2026-02-01').claim!.geo).toMatchObject({ value: 'NL', how: 'default' });
  });
  it('a short form in brackets after a place that is not where ("buiten de Europese Unie (EU)") is not where either', () => {
    const text = 'Vorig jaar vestigden zich 403.000 immigranten in ons land. Ruim 150.000 van de 403.000 immigranten kwamen uit een land buiten de Europese Unie (EU).';
    const whole = figures(text, 'nl', '2023-10-01').filter((f) => f.text === '403.000')[1];
    expect(whole).toMatchObject({ verdict: 'consistent', claim: { geo: { value: 'NL' } } });
  });
  it('"de Russische invasie" names no nationality of the people counted', () => {
    const f = figure('Sinds de Russische invasie zijn ruim 100.000 vluchtelingen naar Nederland gekomen.', '100.000', 'nl', '2023-02-20');
    expect(f.claim!.subset.value).toBeNull();
  });
  it('a figure set against the one before with a bare "tegen" counts the same people, at the other time', () => {
    const text = 'Van januari tot en met september dienden 2.400 Syriërs een eerste asielaanvraag in, tegen 8.900 in dezelfde maanden van vorig jaar.';
    expect(read(text, '8.900')).toMatchObject({ subset: { nationality: 'SY' }, verdict: 'consistent' });
    expect(figure(text, '8.900', 'nl', '2025-11-03').claim!.period.value).toBe('2024-01/2024-09');
  });
  it('countries listed with the EU are counted with it: the figure is the EU\'s (and its neighbours\'), not the nearest country\'s', () => {
    const text = 'In 2024 the EUAA counted 1,014,420 asylum applications across the European Union, Switzerland and Norway.';
    expect(read(text, '1,014,420', '2025-03-05', 'en')).toMatchObject({ geo: 'EU+', verdict: 'consistent' });
    // A country alone stays that country.
    expect(read('The number of asylum applications lodged in Switzerland reached 28,000 in 2024.', '28,000', '2025-03-05', 'en').geo).toBe('CH');
  });
  it('the EU with its head noun ("the EU member states together with Switzerland and Norway") is listed with its neighbours too', () => {
    const text = 'In the EU member states together with Switzerland and Norway, some 1,014,000 asylum applications were lodged in 2024.';
    expect(read(text, '1,014,000', '2025-03-05', 'en')).toMatchObject({ geo: 'EU+', verdict: 'consistent' });
  });
  it('the EU named by its abbreviation in brackets ("de Europese Unie (EU), Noorwegen en Zwitserland") is listed with its neighbours too', () => {
    const text = 'Across the European Union (EU) plus Switzerland and Norway, asylum applications rose to 1,143,000 in 2023, the EU asylum agency said.';
    expect(read(text, '1,143,000', '2024-02-28', 'en')).toMatchObject({ geo: 'EU+', verdict: 'consistent' });
    const nl = 'In de Europese Unie (EU), Noorwegen en Zwitserland werden in 2023 samen 1.143.000 asielaanvragen ingediend.';
    expect(read(nl, '1.143.000', '2024-02-28').geo).toBe('EU+');
    // A bracket that closes more than the EU's name joins nothing: Poland's count stays Poland's.
    const list = 'Most Ukrainians under temporary protection live in Germany (1,150,000, 25% of all in the union), Poland (985,000) and Czechia.';
    expect(read(list, '985,000', '2025-03-10', 'en').geo).toBe('PL');
  });
  it('a place that only says where an organisation sits ("the Luxembourg-based statistics office") is not where the figure is', () => {
    const text = 'For the EU as a whole, 912,000 first-time asylum applicants were counted in 2024 by the Luxembourg-based statistics office.';
    expect(read(text, '912,000', '2025-03-05', 'en')).toMatchObject({ geo: 'EU', verdict: 'consistent' });
    const nl = 'In de EU telde het in Luxemburg gevestigde bureau in 2024 ruim 912.000 eerste asielaanvragers.';
    expect(read(nl, '912.000', '2025-03-05').geo).toBe('EU');
  });
});

describe('the EU listed with its neighbours', () => {
  it('", as well as Norway and Switzerland" keeps a later clause\'s figure in the EU', () => {
    const text = 'In 2024, around 1 million asylum claims were lodged in the 27 EU countries, as well as Norway and Switzerland, a fall from the 1.14 million counted in 2023.';
    expect(read(text, '1.14 million', '2025-01-15', 'en').scope).toBe('eu');
  });
  it('the EU "together with Norway and Switzerland", "samen met landen als Noorwegen en IJsland" is the EU+, not Norway', () => {
    const en = 'Asylum claims fell again last year. The 27-member bloc together with Norway and Switzerland took in about 822,000 asylum claims in 2025, the agency said.';
    expect(read(en, '822,000', '2026-03-05', 'en')).toMatchObject({ geo: 'EU+', scope: 'eu', verdict: 'consistent' });
    const nl = 'Het asielagentschap van de EU telde de aanvragen. Alle EU-landen, samen met landen als Noorwegen en IJsland, kregen in 2023 ruim 1,1 miljoen asielaanvragen.';
    expect(read(nl, '1,1 miljoen', '2024-03-01')).toMatchObject({ geo: 'EU+', scope: 'eu' });
  });
});

describe('a change whose levels follow in a clause of their own', () => {
  it('", from more than 1,900 to just 640" counts the people its main clause named', () => {
    const text = 'The statistics office counted fewer first asylum claims in the Netherlands in 2025. Requests by Afghans also dropped steeply, from over 1,900 to just 640.';
    expect(read(text, '640', '2026-02-02', 'en')).toMatchObject({ subset: { nationality: 'AF' } });
    expect(read(text, '1,900', '2026-02-02', 'en')).toMatchObject({ subset: { nationality: 'AF' } });
  });
});

describe('countries listed after an origin', () => {
  it('are origins too: "fewer applications from Syria (900 …), Iraq and Yemen" is not a figure of Yemen', () => {
    const text = 'In the first quarter of 2025 Dutch asylum applications halved, largely because there were fewer applications from Syria (900, against 2,800 a year earlier), Iraq and Yemen.';
    expect(read(text, '900', '2025-04-20', 'en').geo).toBe('NL');
  });
});

describe('the Netherlands as one country of a list', () => {
  it('does not make a text about the EU a Dutch one', () => {
    const text = 'In 2024, 450,000 persons were ordered to leave an EU country. Italy ordered 28,000 people to depart, Belgium 26,000, the Netherlands 19,000 and Sweden 17,000.\n\nIn the last quarter of 2024, 27,500 persons were returned to non-EU countries after an order to leave.';
    expect(read(text, '27,500', '2025-03-20', 'en').geo).toBe('EU');
  });
});

describe('an agency or an agreement named by its adjective', () => {
  it('"het Europese statistiekbureau", "the European Free Trade Association" do not place a figure in the EU', () => {
    const text = 'Het aantal wachtende asielzoekers is hoog, meldt de NOS op basis van het Europese statistiekbureau Eurostat.\n\nToch lag het aantal asielaanvragen in 2015 veel hoger: bijna 59.000.';
    expect(read(text, '59.000', '2022-09-01').geo).toBe('NL');
    const en = 'Immigration to the Netherlands rose sharply. About 200,000 of the 400,000 immigrants who arrived last year were from countries outside the EU or the European Free Trade Association.';
    expect(read(en, '400,000', '2023-07-04', 'en').geo).toBe('NL');
  });
});

describe('a place whose war or rulers drove a figure', () => {
  it('"Syria\'s war pushed applications to …" is not where the applications were made', () => {
    const en = 'In the EU, applications fell after 2016. During the peak, Syria\u2019s civil war pushed first-time asylum applications to about 1.26 million in 2015.';
    expect(read(en, '1.26 million', '2017-03-16', 'en').geo).toBe('EU');
    // A place in the possessive with the count itself stays where it is.
    expect(read("In 2015, Germany's first-time asylum applications reached 442,000.", '442,000', '2016-03-04', 'en').geo).toBe('DE');
  });
});

describe('a place the figure is only compared with', () => {
  it('"aligned with EU averages", "more than Germany", "dan in België" do not say where the figure is', () => {
    const en = 'In 2021 the Netherlands counted about 36,600 asylum applications, far below the peak of 2015 (58,880) and in line with EU averages.';
    expect(read(en, '58,880', '2024-02-01', 'en')).toMatchObject({ geo: 'NL', verdict: 'consistent' });
    const nl = 'In 2015 vroegen in Nederland 58.880 mensen asiel aan, veel minder dan in Duitsland.';
    expect(read(nl, '58.880', '2016-02-01')).toMatchObject({ geo: 'NL' });
    // Where a place is where the figure is, it still counts.
    expect(read('In 2015 vroegen in Duitsland 476.000 mensen asiel aan.', '476.000', '2016-02-01').geo).toBe('DE');
  });
});

describe('a part of a whole the sentence opens with', () => {
  it('"Van de 59.000 mensen die in 2015 een asielverzoek deden, krijgen er zo\'n 42.000 een status": the second count is a part, no verdict', () => {
    const text = 'Het kabinet kijkt naar de asielcijfers. Van de 59.000 mensen die in 2015 een asielverzoek deden, krijgen er zo\'n 42.000 een status.';
    expect(read(text, '42.000', '2017-01-05')).toMatchObject({ restricted: true });
    expect(read(text, '42.000', '2017-01-05').verdict).not.toBe('consistent');
  });
  it('a part whose own clause names what it counts keeps that measure ("… lagen er nog 636.000 te wachten op een beslissing")', () => {
    const text = 'In 2022 werden er in de EU 966.000 asielaanvragen ingediend. Van die 966.000 aanvragen, zo bleek later, lagen er eind 2022 nog 636.000 te wachten op een beslissing.';
    expect(read(text, '636.000', '2024-03-01').restricted).toBe(false);
  });
});

describe('a group that may be a part of its measure', () => {
  it('"migranten" or "foreign nationals" arriving may leave out the country\'s own nationals coming home: they may agree with immigration, never be accused by it', () => {
    // (CBS counted 269,064 immigrants in 2019, Dutch nationals coming home among them.)
    const part = read('De immigratie bleef hoog, meldt het CBS. In 2019 kwamen er 210.000 migranten naar Nederland.', '210.000', '2020-06-01');
    expect(part).toMatchObject({ concept: 'immigration', subsetWords: ['migranten'] });
    expect(part.verdict).not.toBe('differs');
    expect(read('Immigration stayed high, CBS said. In 2019, 210,000 foreign nationals came to the Netherlands.', '210,000', '2020-06-01', 'en').verdict).not.toBe('differs');
    expect(read('De immigratie bleef hoog, meldt het CBS. In 2019 kwamen er ruim 269.000 migranten naar Nederland.', '269.000', '2020-06-01').verdict).toBe('consistent');
    // Immigrants are all who came: the same figure is accused.
    expect(read('De immigratie bleef hoog, meldt het CBS. In 2019 kwamen er 210.000 immigranten naar Nederland.', '210.000', '2020-06-01').verdict).toBe('differs');
  });
});

describe('the country people left', () => {
  it('"who left their houses in Ukraine" says where the people counted come from, not where they are counted', () => {
    const text = 'Eurostat reported that on 31 January 2025 close to 4.3 million people from Ukraine, who had to leave their houses in Ukraine after the invasion, held temporary protection in the EU.';
    expect(read(text, '4.3 million', '2025-03-20', 'en')).toMatchObject({ geo: 'EU', verdict: 'consistent' });
  });
});

describe('a text about another country', () => {
  it('a figure with no place of its own, in a text that never names the Netherlands and spoke of "in Austria", is Austrian: no Dutch fact judges it', () => {
    const text = 'Asylum claims in Austria fell by half in 2023, the interior ministry said.\n\nIt was still a busy year. In 2021 there had been nearly 40,000 applications, and fewer than 13,000 in 2019.';
    expect(read(text, 'nearly 40,000', '2024-01-10', 'en')).toMatchObject({ geo: 'AT', geoHow: 'text', verdict: null });
  });
  it('a text that never names the Netherlands and keeps naming one other country is that country\'s news, even before its first place word', () => {
    const text = 'In 2022 some 35,500 people sought protection in the State, figures show.\nThousands of Ukrainians also fled to Ireland. In 2019 Ireland received fewer than 5,000 requests. The rise leaves Ireland close to the European average.';
    expect(read(text, 'some 35,500', '2023-01-10', 'en')).toMatchObject({ geo: 'IE', geoHow: 'text', verdict: null });
    // (Countries named with their counts, as origins, are no such place.)
    const origins = 'In oktober deden 3.900 mensen een eerste asielverzoek. De top 3 van herkomstlanden: Syrië (1.500), Afghanistan (460) en Jemen (430). Bij de nareizigers: Syrië (890), Eritrea (75). Bij de minderjarigen: Syrië (170), Irak (64). In 2021 kwamen 24.740 eerste asielaanvragen binnen.';
    expect(read(origins, '24.740', '2022-02-01')).toMatchObject({ geo: 'NL', verdict: 'consistent' });
  });
  it('countries only listed, as nationalities of a count, do not make a text foreign', () => {
    const text = 'Asielinstroom in oktober\n\nDe meeste aanvragers kwamen uit Syrië. Ook Algerije, Marokko en Turkije staan in de lijst. In 2021 kwamen 24.740 eerste asielaanvragen binnen.';
    expect(read(text, '24.740', '2022-02-01')).toMatchObject({ geo: 'NL', verdict: 'consistent' });
  });
});

describe('a country\'s adjective before one of its bodies', () => {
  it('places the body\'s count in that country ("the Greek Asylum Service", "de Belgische asieldiensten"), not among that nationality', () => {
    const en = read('The Greek Asylum Service took in 31,300 asylum applications in 2017.', '31,300', '2018-01-20', 'en');
    expect(en).toMatchObject({ geo: 'GR', verdict: null });
    const nl = read('De Belgische asieldiensten telden in 2022 zo\'n 35.500 eerste asielaanvragen.', '35.500', '2023-01-20');
    expect(nl).toMatchObject({ geo: 'BE', verdict: null });
    // (A people's adjective before the people counted still says who they are.)
    const people = read('Zo\'n 13.000 Syrische asielzoekers deden in 2023 een eerste asielverzoek in ons land.', '13.000', '2024-02-01');
    expect(people.geo).toBe('NL');
  });
});

describe('"ons land": the country the text is written in', () => {
  it('in a text that names Belgium and never the Netherlands, "ons land" is Belgium: no Dutch figure, no verdict', () => {
    const text = 'België kreeg vorig jaar 36.000 asielaanvragen. Daarbovenop vroegen 63.000 Oekraïners tijdelijke bescherming. Opgeteld ging het zo om meer dan 100.000 mensen die in ons land om bescherming vroegen.';
    expect(read(text, '100.000', '2023-01-18')).toMatchObject({ geo: 'BE', verdict: null });
  });
  it('a figure with no place of its own in such a text is Belgian too', () => {
    const text = 'Het was een druk jaar voor de asieldiensten in België.\n\nVolgens de staatssecretaris dienden vorig jaar 35.535 mensen een eerste asielaanvraag in.';
    expect(read(text, '35.535', '2023-01-18')).toMatchObject({ geo: 'BE', geoHow: 'text', verdict: null });
  });
  it('where the text names the Netherlands too, or no country at all, "ons land" stays the Netherlands', () => {
    const both = 'Anders dan in België vroegen in Nederland vorig jaar meer mensen asiel. In 2022 kwamen er zo\'n 403.000 immigranten naar ons land.';
    expect(read(both, '403.000', '2023-07-04')).toMatchObject({ geo: 'NL', verdict: 'consistent' });
    const none = 'In 2022 kwamen er zo\'n 403.000 immigranten naar ons land.';
    expect(read(none, '403.000', '2023-07-04')).toMatchObject({ geo: 'NL', verdict: 'consistent' });
  });
});

describe("a country's own asylum body names where its count is made", () => {
  it('what the CGVS, the BAMF or the Home Office counted is counted in Belgium, Germany or the UK: never set against Dutch figures', () => {
    expect(read('Het CGVS registreerde vorig jaar 29.000 asielaanvragen, meer dan verwacht.', '29.000', '2024-02-01')).toMatchObject({ geo: 'BE', verdict: null });
    expect(read('Bij de Dienst Vreemdelingenzaken werden in 2023 29.000 asielaanvragen ingediend.', '29.000', '2024-02-01')).toMatchObject({ geo: 'BE' });
    expect(read('Het BAMF telde vorig jaar 29.000 eerste asielaanvragen.', '29.000', '2024-02-01')).toMatchObject({ geo: 'DE', verdict: null });
    expect(read('The Home Office logged 29,000 asylum claims between January and March.', '29,000', '2024-05-01', 'en')).toMatchObject({ geo: 'GB' });
    // (They are terms a reader can hover too, and still place their counts.)
    const terms = annotate('Fedasil vangt de mensen op; de Dienst Vreemdelingenzaken registreert hun verzoek en het CGVS beslist.', 'nl', '2024-02-01').filter((a) => a.kind === 'term').map((a) => a.concept);
    expect(terms).toEqual(expect.arrayContaining(['fedasil', 'dvz', 'cgvs']));
    // (In a text that also speaks of the EU, the body's name still places the count beside it.)
    const eu = 'Asylum claims across the European Union fell last year; Belgium saw a mixed picture.\n\nThe CGRS took decisions on 21,000 asylum seekers last year and granted protection in about half of them.';
    expect(read(eu, '21,000', '2019-01-20', 'en')).toMatchObject({ geo: 'BE', geoHow: 'clause' });
    // (The same count said of the Netherlands is still judged.)
    expect(read('Vorig jaar telde Nederland 29.000 eerste asielaanvragen.', '29.000', '2024-02-01')).toMatchObject({ geo: 'NL', verdict: 'differs' });
  });
});

describe('a "from" that names no origin', () => {
  it('the body figures come from ("figures from the EU database") and the world everyone comes from restrict no one', () => {
    const source = read('Fresh figures from the EU statistics database show 1.26 million first-time asylum claims across the union in 2015.', '1.26 million', '2016-03-10', 'en');
    expect(source).toMatchObject({ restricted: false, verdict: 'consistent' });
    const world = read("In 2022 close to a million people from the world's poorest regions lodged asylum applications in the European Union. The asylum agency of the EU published the figures.", 'close to a million', '2023-08-01', 'en');
    expect(world).toMatchObject({ restricted: false, verdict: 'consistent' });
    // Nor does "from around the world": the figure is still placed where it is counted.
    const around = read('By the end of June, 513,000 asylum applications by people from around the world were lodged in the European Union, the agency said.', '513,000', '2024-09-16', 'en');
    expect(around).toMatchObject({ restricted: false, geo: 'EU' });
    const parts = read('The EU asylum agency counted over one million applicants from many different parts of the world in Europe in 2023.', 'over one million', '2024-02-28', 'en');
    expect(parts).toMatchObject({ restricted: false, geo: 'EU', verdict: 'consistent' });
    // A region people come from still does.
    expect(read('In 2015 came 90.000 immigranten uit andere Europese landen naar Nederland.', '90.000', '2016-06-01').restricted).toBe(true);
  });
});

describe('a count spoken of again after it moved ("daalde dat aantal tot")', () => {
  it('keeps the part the count before was of: immigrants without Dutch nationality stay that part', () => {
    const text = 'In 2019 vestigden zich nog zo’n 215 duizend immigranten zonder de Nederlandse nationaliteit in ons land; in 2020 daalde dat aantal met een vijfde tot 171 duizend immigranten.';
    const f = figure(text, '171 duizend', 'nl', '2021-10-29');
    expect(f.claim!.subset.restricted).toBe(true);
    // All immigration in 2020 was far higher: without the part, this would have been an accusation.
    expect(f.verdict).not.toBe('differs');
    const en = 'Some 215 thousand immigrants without Dutch citizenship arrived in 2019; in 2020 that number fell to 171 thousand immigrants.';
    expect(figure(en, '171 thousand', 'en', '2021-10-29').verdict).not.toBe('differs');
  });
});
