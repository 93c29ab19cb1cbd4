/** The modality slot: only realised (or provisional) figures can be checked. */
import { describe, expect, it } from 'vitest';
import { figure, slotWords } from '../../../test/helpers/recognise';

const modality = (text: string, num: string, published = '2022-11-04', lang: 'nl' | 'en' = 'nl') => {
  const f = figure(text, num, lang, published);
  return { modality: f.claim!.modality.value, words: slotWords(text, f.claim!.modality.words), verdict: f.verdict };
};

describe('modality', () => {
  it('a forecast: "verwacht", "waarschijnlijk", "prognose", "expects"', () => {
    expect(modality('Waarschijnlijk komen daar dit jaar nog 20.000 asielaanvragen bij.', '20.000')).toMatchObject({ modality: 'forecast', words: ['Waarschijnlijk'] });
    expect(modality('Het ministerie verwacht dat volgend jaar 50.000 mensen asiel aanvragen.', '50.000')).toMatchObject({ modality: 'forecast' });
    expect(modality('The ministry expects 50,000 asylum applications next year.', '50,000', '2022-11-04', 'en')).toMatchObject({ modality: 'forecast' });
  });
  it('what a count "could be as high as" or "may rise to" is a forecast, and a year it is set against is no time of its own', () => {
    const text = 'Internal figures suggest the count of asylum seekers could be as high as 64,000, more than in the record year of 2015, when 43,000 people claimed asylum.';
    expect(modality(text, '64,000', '2022-10-10', 'en')).toMatchObject({ modality: 'forecast' });
    expect(figure(text, '64,000', 'en', '2022-10-10').claim!.period.value).not.toBe('2015');
    expect(modality('Officials say asylum applications may rise to 64,000, the highest number since 2015.', '64,000', '2022-10-10', 'en').modality).toBe('forecast');
  });
  it('what a party proposes or calls for ("stelt voor", "pleit voor", "proposes", "calls for") is a target, never confirmed', () => {
    const en = modality('In 2023 some 50,600 people applied for asylum. One party proposes an intake of 40,000 to 60,000 asylum seekers in 2024.', '40,000', '2023-10-20', 'en');
    expect(en).toMatchObject({ modality: 'target', words: ['proposes'] });
    expect(en.verdict).not.toBe('consistent');
    expect(modality('De partij pleit voor een instroom van hooguit 15.000 asielzoekers in 2024.', '15.000', '2023-10-20').modality).toBe('target');
    expect(modality('Het kabinet stelt voor om in 2024 niet meer dan 15.000 asielzoekers toe te laten.', '15.000', '2023-10-20').modality).toBe('target');
    expect(modality('Critics called for a cap of 15,000 asylum seekers in 2024.', '15,000', '2023-10-20', 'en').modality).toBe('target');
  });
  it('a count set against a forecast ("komt overeen met de laatste prognose", "in line with the forecast") is realised', () => {
    const nl = 'Het totaal van 48.000 in 2022 ingediende asielaanvragen komt nagenoeg overeen met de laatste prognose.';
    expect(modality(nl, '48.000', '2023-05-24')).toMatchObject({ modality: 'realised' });
    const en = 'The 48,000 asylum applications filed in 2022 were in line with the latest forecast.';
    expect(modality(en, '48,000', '2023-05-24', 'en')).toMatchObject({ modality: 'realised' });
  });
  it('a course a count is on ("on track to", "op koers voor", "stevent af op") is a forecast, never a count to confirm', () => {
    const en = modality('Asylum claims in the EU kept climbing this summer; at this pace the bloc is on track to record more than one million claims in 2023.', 'more than one million', '2023-09-06', 'en');
    expect(en).toMatchObject({ modality: 'forecast', words: ['on track to'] });
    expect(en.verdict).not.toBe('consistent');
    expect(modality('Nederland stevent af op ruim 50.000 asielaanvragen dit jaar.', 'ruim 50.000', '2023-09-06').modality).toBe('forecast');
    expect(modality('Het aantal asielaanvragen ligt op koers voor ruim 50.000 dit jaar.', 'ruim 50.000', '2023-09-06').modality).toBe('forecast');
  });
  it('a benchmark that "will not be exceeded" is a count of its own time; what is expected is the other count', () => {
    const en = modality('Arrivals are rising again, but the EU record of 2016 with 1,204,000 asylum applications will probably not be surpassed this year.', '1,204,000', '2021-10-02', 'en');
    expect(en.modality).toBe('realised');
    expect(modality('De instroom stijgt, maar het record van 2015 met 58.000 asielaanvragen zal dit jaar niet worden overtroffen.', '58.000', '2022-09-01').modality).toBe('realised');
    // A figure after "will" is still what is expected.
    expect(modality('The ministry says first asylum applications in the Netherlands will surpass 70,000 this year.', '70,000', '2023-04-01', 'en').modality).toBe('forecast');
  });
  it('a period after the publication date is a forecast whatever the words say', () => {
    expect(modality('In 2023 vragen 52.000 mensen asiel aan.', '52.000')).toMatchObject({ modality: 'forecast', words: ['2023'] });
  });
  it('a capacity is not a count: "De IND heeft de capaciteit om … te beslissen"', () => {
    const m = modality('De IND heeft de capaciteit om dit jaar op bijna 28.000 asielaanvragen te beslissen.', '28.000');
    expect(m).toMatchObject({ modality: 'capacity', words: ['capaciteit'] });
    expect(m.verdict).not.toBe('differs');
  });
  it('an expectation after a comma, in words that name a time of their own, is that time\'s, not the figure\'s', () => {
    const text = "Met nareizigers meegeteld dienden in 2022 zo'n 48 duizend mensen een asielaanvraag in Nederland in, een aantal dat volgens de verwachting dit jaar ongeveer gelijk blijft.";
    expect(modality(text, '48 duizend', '2023-09-15')).toMatchObject({ modality: 'realised' });
    expect(figure(text, '48 duizend', 'nl', '2023-09-15').verdict).toBe('consistent');
    // Without a time of its own the expectation may be the figure's: no verdict.
    const open = "Met nareizigers meegeteld dienden in 2022 zo'n 48 duizend mensen een asielaanvraag in Nederland in, een aantal dat naar verwachting nog stijgt.";
    expect(modality(open, '48 duizend', '2023-09-15').modality).toBe('forecast');
  });
  it('a year after "and" is no number of a next conjunct: "200,000 newcomers and asylum seekers forecast for 2016" is a forecast', () => {
    const text = 'With about 200,000 newcomers and asylum seekers forecast for 2016, the Dutch population keeps growing.';
    expect(modality(text, '200,000', '2016-01-20', 'en').modality).toBe('forecast');
    expect(figure(text, '200,000', 'en', '2016-01-20').verdict).not.toBe('consistent');
  });
  it('a target, a quota, a pledge', () => {
    expect(modality('Het kabinet wil het aantal asielaanvragen terugbrengen naar een doel van 15.000 per jaar.', '15.000', '2024-03-01')).toMatchObject({ modality: 'target' });
    expect(modality('Member states pledged 15,230 resettlement places for 2026 and 2027.', '15,230', '2025-11-12', 'en').modality).toBe('target');
    expect(modality('The plan rests on a commitment to open 2,000 extra asylum reception places by spring.', '2,000', '2025-11-12', 'en').modality).toBe('target');
  });
  it('a pledge is what a measure of pledges counts: places promised for two years are checked against the pledge, places given are not', () => {
    const en = figure('For 2024 and 2025 together, EU governments promised 31,000 resettlement places.', '31,000', 'en', '2023-12-20');
    expect(en.claim!.modality.value).toBe('target');
    expect(en.claim!.period.value).toBe('2024/2025');
    expect(en.verdict).toBe('consistent');
    // "zegden … toe": the verb split around the figure.
    const nl = figure('De lidstaten van de EU zegden voor 2024 en 2025 samen 31.000 hervestigingsplaatsen toe.', '31.000', 'nl', '2023-12-20');
    expect(nl.claim!.modality.value).toBe('target');
    expect(nl.verdict).toBe('consistent');
    // Named for the years ahead by a commitment, it is the pledge too (the period alone reads a forecast).
    const ahead = figure('The Commission presented a commitment by the member states to create 31,000 resettlement places with UNHCR in 2024 and 2025.', '31,000', 'en', '2023-12-19');
    expect([ahead.claim!.modality.value, ahead.verdict]).toEqual(['target', 'consistent']);
    // "agreed to resettle … refugees" is such a pledge too, not an inflow of refugees.
    const agreed = figure('For 2024 and 2025 together, fourteen EU countries agreed to resettle some 31,000 refugees.', '31,000', 'en', '2023-12-20');
    expect([agreed.concept, agreed.verdict]).toEqual(['stat-eu-resettlement-pledges', 'consistent']);
    // People resettled are no pledge, whatever the number.
    expect(figure('Over 2024 en 2025 samen hebben de EU-landen 31.000 vluchtelingen hervestigd.', '31.000', 'nl', '2026-03-20').verdict).not.toBe('consistent');
    // Another number may be another stage of the pledge (proposed, pledged, cut): never accused.
    expect(figure('For 2024 and 2025 together, EU governments promised 24,000 resettlement places.', '24,000', 'en', '2023-12-20')).toMatchObject({ verdict: 'context', reason: { why: 'pledge-stage' } });
  });
  it('a need: "nodig", "needed"', () => {
    expect(modality('Volgend jaar zijn 13.000 extra opvangplekken nodig voor asielzoekers.', '13.000', '2021-12-03').modality).toMatch(/need|forecast/);
    expect(modality('Some 13,000 additional reception places are needed for asylum seekers.', '13,000', '2021-12-03', 'en').modality).toBe('need');
  });
  it('words past the next number, in a clause of its own ("en verwacht dat … 77.100 plekken nodig zijn"), are that number\'s: the first figure happened', () => {
    const nl = 'Het COA geeft op dit moment onderdak aan circa 53.000 mensen en verwacht dat er in december 76.500 plekken nodig zijn.';
    expect(figure(nl, '53.000', 'nl', '2023-04-20')).toMatchObject({ concept: 'reception-population', verdict: 'consistent', claim: { modality: { value: 'realised' } } });
    expect(modality(nl, '76.500', '2023-04-20').modality).toMatch(/need|forecast/);
    const en = 'The agency now provides shelter to about 51,000 people and expects that 76,500 places will be needed by December.';
    expect(figure(en, '51,000', 'en', '2023-04-20')).toMatchObject({ concept: 'reception-population', claim: { modality: { value: 'realised' } } });
    // In a list the last words speak of every member: both are needed places.
    expect(modality('Dit jaar zijn 8.000 en volgend jaar 9.000 extra opvangplekken nodig.', '8.000', '2023-04-20').modality).toMatch(/need|forecast/);
  });
  it('a hypothesis: "zou", "would"', () => {
    expect(modality('Bij gelijke instroom zou het aantal asielzoekers op 48.000 uitkomen.', '48.000').modality).toBe('hypothetical');
    expect(modality('If 60,000 people applied for asylum, the reception centres would still overflow.', '60,000', '2023-03-01', 'en').modality).toBe('hypothetical');
  });
  it('a sentence opening with a condition whose main clause opens with a modal verb supposes its figures: "Als …, kan …"', () => {
    // (In December 2023, when the year's asylum inflow did end above 50,000.)
    const nl = 'Als het aantal aanvragen in dit tempo blijft groeien, kan de teller van 50.000 asielzoekers voor de jaarwisseling nog worden gehaald.';
    expect(modality(nl, '50.000', '2023-12-18')).toMatchObject({ modality: 'hypothetical', words: ['kan'] });
    expect(modality(nl, '50.000', '2023-12-18').verdict).not.toBe('consistent');
    const en = 'If applications keep coming at this pace, the count could pass 50,000 asylum seekers before the new year.';
    expect(modality(en, '50,000', '2023-12-18', 'en').modality).toBe('hypothetical');
    // A condition whose main clause states what the figures show: counted.
    expect(modality('Als je kijkt naar vorig jaar, dienden 38.100 asielzoekers een eerste aanvraag in.', '38.100', '2024-06-01').modality).toBe('realised');
    expect(modality('Als gevolg van de oorlog, zo kan het CBS melden, dienden vorig jaar 38.100 asielzoekers een eerste aanvraag in.', '38.100', '2024-06-01').modality).toBe('realised');
  });
  it('an "if" its main clause grants with "still" supposes nothing: the figure happened', () => {
    const text = 'If the number of asylum applications in 2019 fell short of the 660,000 lodged in 2018, it was still the third highest since 2015.';
    expect(modality(text, '660,000', '2020-03-20', 'en').modality).toBe('realised');
  });
  it('an aside in brackets that names its own time is its own statement: the modal words before it are not its', () => {
    const en = 'Aid groups say it would only be a handful of families a year (last year close to 48,000 asylum seekers came to the Netherlands).';
    expect(modality(en, '48,000', '2023-07-09', 'en')).toMatchObject({ modality: 'realised', verdict: 'consistent' });
    const nl = 'Volgens de gemeente zouden er dit jaar hooguit 300 plekken bij komen (vorig jaar dienden ruim 38.000 mensen voor het eerst een asielaanvraag in).';
    expect(modality(nl, '38.000', '2024-06-01').modality).toBe('realised');
    // Without a time of its own, a bracket still belongs to the words before it.
    expect(modality('Bij gelijke instroom zou het aantal asielzoekers uitkomen op een record (48.000).', '48.000').modality).toBe('hypothetical');
  });
  it('realised by default; "het gaat om" is no forecast; provisional figures are provisional', () => {
    expect(modality('Vorig jaar vroegen 35.500 mensen asiel aan.', '35.500', '2023-01-30').modality).toBe('realised');
    expect(modality('Het gaat per saldo om ruim 9000 Syrische immigranten.', '9000', '2025-05-01').modality).toBe('realised');
    expect(modality('Uit voorlopige cijfers blijkt dat in 2022 401.351 immigranten naar Nederland kwamen.', '401.351', '2023-02-01').modality).toBe('provisional');
  });
  it('a count of places or beds is room for people, not people: "We hebben nu 53.000 opvangplekken"', () => {
    const m = modality('De staatssecretaris zegt: "We hebben nu 53.000 opvangplekken voor asielzoekers."', '53.000', '2023-04-20');
    expect(m).toMatchObject({ modality: 'capacity', words: ['opvangplekken'] });
    expect(m.verdict).not.toBe('consistent');
    expect(modality('Het COA opent voor asielzoekers 2.000 extra opvangplaatsen.', '2.000', '2023-04-20').modality).toBe('capacity');
    // "herplaatsen" is a verb (to relocate), not places.
    expect(modality('In 2017 moest Nederland nog 2000 vluchtelingen herplaatsen.', '2000', '2018-01-10').modality).not.toBe('capacity');
  });
  it('a forecast in a next clause with a number of its own is that number\'s, and so is its time', () => {
    const text = 'Over vorig jaar noemt de IND een aantal van 47.000 asielaanvragen en de prognose voor dit jaar komt uit op 60.000.';
    const last = figure(text, '47.000', 'nl', '2023-05-10');
    expect([last.claim!.modality.value, last.claim!.period.value]).toEqual(['realised', '2022']);
    const next = figure(text, '60.000', 'nl', '2023-05-10');
    expect([next.claim!.modality.value, next.claim!.period.value]).toEqual(['forecast', '2023']);
    // Without a number of its own the next clause's forecast still speaks of the figure.
    expect(modality('Dit jaar vragen 60.000 mensen asiel aan en dat is de prognose van de IND.', '60.000', '2023-05-10').modality).toBe('forecast');
  });
});

describe('an expectation the figure is set against', () => {
  it('"far fewer requests … than the cabinet had expected ― 31,000" is a realised count; "dan verwacht" likewise', () => {
    const en = 'Some politicians warned of huge numbers. Yet the Netherlands received far fewer asylum requests in 2016 than the cabinet had expected ― 31,000, not the 90,000 it had feared.';
    expect(modality(en, '31,000', '2017-03-10', 'en').modality).toBe('realised');
    expect(modality('The government expected 90,000 asylum claims in the Netherlands in 2016.', '90,000', '2016-02-10', 'en').modality).toBe('forecast');
    const nl = 'In 2016 vroegen minder mensen asiel aan dan verwacht: 31.600 in totaal.';
    expect(modality(nl, '31.600', '2017-03-10').modality).toBe('realised');
  });
  it('an assumption a plan is built on ("gaat uit van", "houdt rekening met", "rekent op", "is planning for") is a forecast, not a count', () => {
    expect(modality('Voor dit jaar gaat het kabinet uit van 52.000 asielzoekers.', '52.000', '2016-02-10')).toMatchObject({ modality: 'forecast', words: ['gaat het kabinet uit van'] });
    expect(modality('Het COA houdt rekening met 60.000 asielzoekers in 2016.', '60.000', '2016-02-10')).toMatchObject({ modality: 'forecast' });
    expect(modality('De IND rekent op 30.000 eerste asielaanvragen in 2016.', '30.000', '2016-02-10')).toMatchObject({ modality: 'forecast' });
    expect(modality('The ministry is planning for 60,000 asylum seekers in 2016.', '60,000', '2016-02-10', 'en')).toMatchObject({ modality: 'forecast' });
    expect(modality('The budget assumes 45,000 asylum applications in 2016.', '45,000', '2016-02-10', 'en')).toMatchObject({ modality: 'forecast' });
    // Not "maken … uit van" (make up a share of), nor a plan named as a noun after the figure.
    expect(modality('In 2015 maakten Syriërs bijna een derde uit van het totaal aan asielzoekers.', 'bijna een derde', '2016-02-10').modality).toBe('realised');
    expect(modality('In 2015 vroegen 43.000 mensen asiel aan, zo blijkt uit van de IND ontvangen cijfers.', '43.000', '2016-02-10').modality).toBe('realised');
  });
});
