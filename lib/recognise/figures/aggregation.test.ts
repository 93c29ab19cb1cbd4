/** The aggregation slot: a level is not a change, a share or a rate. */
import { describe, expect, it } from 'vitest';
import { figure, figures } from '../../../test/helpers/recognise';

const agg = (text: string, num: string, published = '2024-02-01', lang: 'nl' | 'en' = 'nl') => {
  const f = figure(text, num, lang, published);
  return { aggregation: f.claim!.aggregation.value, direction: f.claim!.aggregation.direction, since: f.claim!.aggregation.since, verdict: f.verdict };
};

describe('aggregation', () => {
  it('a percentage "van hen" / "of them" is a share of the group the figure before counts, in its period', () => {
    const text = 'Vorig jaar werden 620 vluchtelingen via het VN-programma in Nederland hervestigd. Ruim 30 procent van hen kwam uit Syrië.';
    const f = figure(text, '30 procent', 'nl', '2024-02-01');
    expect([f.concept, f.claim!.aggregation.value, f.claim!.period.value, f.claim!.subset.value]).toEqual([figure(text, '620', 'nl', '2024-02-01').concept, 'share', '2023', { nationality: 'SY' }]);
    expect(f.verdict).not.toBe('differs');
  });
  it('"grew by" a measure that is itself a growth: its level, not a change of it', () => {
    const text = 'Immigration rose again. In 2025 the Dutch population grew by 87,000 people, the statistics office said.';
    expect(agg(text, '87,000', '2026-02-03', 'en')).toMatchObject({ aggregation: 'level', verdict: 'consistent' });
    // A change of a measure named by other words stays a change.
    expect(agg('Het aantal asielaanvragen steeg vorig jaar met 800.', '800').aggregation).toBe('change');
  });
  it('a percentage said to have surged, climbed, plunged or "opgelopen" is a change, not a share', () => {
    expect(agg('Irregular stays in the EU escalated by 13 percent last year.', '13 percent', '2024-05-01', 'en')).toMatchObject({ aggregation: 'percent-change', direction: 'increase' });
    expect(agg('Asylum applications in Germany plunged 30% last year.', '30%', '2025-01-11', 'en')).toMatchObject({ aggregation: 'percent-change', direction: 'decrease' });
    expect(agg('Het aantal asielaanvragen is vorig jaar met 12 procent opgelopen.', '12 procent')).toMatchObject({ aggregation: 'percent-change', direction: 'increase' });
    expect(agg('Het aantal nareizigers kelderde vorig jaar met 40 procent.', '40 procent')).toMatchObject({ aggregation: 'percent-change', direction: 'decrease' });
  });
  it('"met 800 afnemen", "met 500 toenemen": an infinitive or separable verb of change makes the amount a change', () => {
    expect(agg('Bij beide nationaliteiten zag het CBS het aantal nareizigers vorig jaar met 800 afnemen.', '800', '2020-02-01')).toMatchObject({ aggregation: 'change', direction: 'decrease' });
    expect(agg('Het ministerie verwacht dat de groep statushouders dit jaar met 500 zal toenemen.', '500')).toMatchObject({ aggregation: 'change', direction: 'increase' });
    expect(agg('Het aantal asielaanvragen nam met 1.200 af ten opzichte van een jaar eerder.', '1.200')).toMatchObject({ aggregation: 'change', direction: 'decrease' });
  });
  it('a level by default', () => {
    expect(agg('Vorig jaar kwamen 10.000 nareizigers naar Nederland.', '10.000').aggregation).toBe('level');
    expect(agg('Met ruim 38.000 eerste asielaanvragen was 2023 een druk jaar.', '38.000').aggregation).toBe('level');
  });
  it('an absolute change: "800 meer dan daarvoor", "een stijging van 3.500", "rose by 3,500"', () => {
    const a = agg('In 2022 kwamen bijna 11.000 nareizigers Nederland binnen, bijna 800 meer dan daarvoor.', '800', '2023-01-30');
    expect(a).toMatchObject({ aggregation: 'change', direction: 'increase' });
    expect(a.verdict).not.toBe('differs');
    expect(agg('Het aantal asielaanvragen liet een stijging van 3.500 zien ten opzichte van 2022.', '3.500').aggregation).toBe('change');
    expect(agg('First asylum applications rose by 3,500 compared with 2022.', '3,500', '2024-02-01', 'en').aggregation).toBe('change');
  });
  it('"met 31.600 bijna de helft lager": the change is the other amount, the figure after "met" its level', () => {
    const text = 'De asielinstroom lag in 2016 met ongeveer 31.600 bijna de helft lager dan die in 2015.';
    expect(agg(text, '31.600', '2017-04-10', 'nl').aggregation).toBe('level');
    expect(agg('De asielinstroom lag in 2016 met 27.000 lager dan in 2015.', '27.000', '2017-04-10', 'nl').aggregation).toBe('change');
  });
  it('"met 11,8 duizend wat lager dan de 13,8 duizend": compared with a level near it in size, the figure after "met" is a level too', () => {
    // (CBS counted 11.8 thousand arriving family members in 2016.)
    const text = 'In 2016 kwamen minder gezinsleden van statushouders over. Het aantal nareizigers was dat jaar met 11,8 duizend wat lager dan de 13,8 duizend van een jaar eerder.';
    expect(agg(text, '11,8 duizend', '2017-03-01', 'nl')).toMatchObject({ aggregation: 'level', verdict: 'consistent' });
    // A difference stated against that level is far smaller than it: still a change.
    const change = 'In 2016 kwamen minder gezinsleden van statushouders over. Het aantal nareizigers was dat jaar met 2.000 lager dan de 13,8 duizend van een jaar eerder.';
    expect(agg(change, '2.000', '2017-03-01', 'nl').aggregation).toBe('change');
  });
  it('a percent change with its direction and baseline', () => {
    expect(agg('Vorig jaar vroegen 38.000 mensen asiel aan, 8 procent meer dan in 2022.', '8 procent')).toMatchObject({ aggregation: 'percent-change', direction: 'increase', since: '2022' });
    expect(agg('Dat waren er afgelopen jaar 10.000 nareizigers, 7 procent minder dan in 2022.', '7 procent')).toMatchObject({ aggregation: 'percent-change', direction: 'decrease' });
  });
  it('a percent change named by a comparative right after it, whatever time word follows', () => {
    const text = 'Tot en met september kwamen er 9.500 nareizigers naar Nederland, 30 procent meer dan een jaar eerder.';
    expect(agg(text, '30 procent', '2025-11-01')).toMatchObject({ aggregation: 'percent-change', direction: 'increase' });
    const en = 'Irregular migration to the EU kept falling, Frontex said. Asylum seekers took other routes. The Atlantic route saw a 12 per cent increase in irregular crossings.';
    expect(agg(en, '12 per cent', '2026-01-20', 'en')).toMatchObject({ aggregation: 'percent-change', direction: 'increase' });
  });
  it('a percentage a change ended at is the new level (a share), not the change', () => {
    expect(agg('Het inwilligingspercentage van asielaanvragen lag jarenlang rond de 75 procent. Dit jaar is het gedaald naar ongeveer 45 procent.', '45 procent', '2025-06-01')).toMatchObject({ aggregation: 'share' });
    expect(agg('Het inwilligingspercentage van asielaanvragen steeg van 30 procent tot bijna 50 procent.', '50 procent').aggregation).toBe('share');
    expect(agg('The asylum grant rate fell to 38 per cent in the first quarter.', '38 per cent', '2025-06-01', 'en').aggregation).toBe('share');
    // The change itself stays a change.
    expect(agg('Het inwilligingspercentage van asielaanvragen is met 20 procent gedaald.', '20 procent').aggregation).toBe('percent-change');
  });
  it('a share of a whole', () => {
    expect(agg('Drie kwart van alle eerste asielaanvragen kwam van mannen.', 'Drie kwart').aggregation).toBe('share');
    expect(agg('Het terugkeerbeleid werkt slecht. Volgens het Europees Parlement keerde in 2021 minder dan 20 procent terug.', '20 procent', '2023-01-01').aggregation).toBe('share');
  });
  it('a rate per week, and a ratio, are never a year\'s total', () => {
    const r = agg('Er kwamen zo\'n 1100 asielzoekers per week naar Ter Apel.', '1100', '2022-10-01');
    expect(r.aggregation).toBe('rate');
    expect(r.verdict).not.toBe('differs');
    expect(agg('Er kwamen twee keer zoveel asielzoekers als in 2021.', 'twee', '2023-01-01').aggregation).toBe('ratio');
  });
  it('"ruim 960.000 keer asiel aangevraagd" counts the times it happened: a level, not a ratio', () => {
    const text = 'De druk op Europa groeit. In de hele Europese Unie werd in 2022 ruim 960.000 keer asiel aangevraagd.';
    expect(agg(text, 'ruim 960.000', '2023-04-20')).toMatchObject({ aggregation: 'level', verdict: 'consistent' });
    // (With an article before what happened that often, too; a small count of times stays none.)
    const article = 'Vorig jaar werd er in de hele Europese Unie ruim 960.000 keer een asielverzoek ingediend.';
    expect(agg(article, 'ruim 960.000', '2023-04-20')).toMatchObject({ aggregation: 'level', verdict: 'consistent' });
    expect(figures('Asielzoekers in de EU: hij werd 3 keer een asielverzoek geweigerd.', 'nl', '2023-04-20')).toEqual([]);
  });
  it('the margin by which one count exceeds another ("exceeded … by 81,000", "overtrof … met") is a difference, never a level of either', () => {
    const en = 'New migration data from CBS appeared today. Arrivals in the Netherlands exceeded departures by 81,000 last year, the agency said. About 235,000 immigrants came in 2017.';
    expect(agg(en, '81,000', '2018-10-15', 'en').aggregation).toBe('change');
    expect(agg(en, '81,000', '2018-10-15', 'en').verdict).not.toBe('differs');
    expect(agg('In 2017 overtrof het aantal immigranten het aantal emigranten met 81.000.', '81.000', '2018-10-15').aggregation).toBe('change');
  });
  it('a rate per head of the population, however written, is no level; its base is no figure at all', () => {
    const en = 'In 2019 the EU registered 1,386 asylum requests for every 1,000,000 people living there.';
    expect(agg(en, '1,386', '2020-03-20', 'en')).toMatchObject({ aggregation: 'rate' });
    expect(figures(en, 'en', '2020-03-20').map((f) => f.text)).toEqual(['1,386']);
    expect(agg('In 2019 the EU registered 1,386 asylum applications per million inhabitants.', '1,386', '2020-03-20', 'en').aggregation).toBe('rate');
    const nl = 'In 2019 kreeg Nederland 13 asielaanvragen op elke 10.000 inwoners.';
    expect(agg(nl, '13', '2020-03-20').aggregation).toBe('rate');
    expect(figures(nl, 'nl', '2020-03-20').map((f) => f.text)).toEqual(['13']);
    expect(agg('In 2019 came 27,000 asylum seekers and a few hundred people from elsewhere to the Netherlands.', '27,000', '2020-03-20', 'en').aggregation).toBe('level');
  });
});

describe('a percentage that is the value of a rate or a share, whatever moved', () => {
  it('"dropped to a new low of 25%", "a rate of 25 percent": the level of the rate', () => {
    const low = 'Between January and June 2025 the EU+ recognition rate among first-time applicants dropped to a new low of 25%.';
    expect(agg(low, '25%', '2025-09-10', 'en').aggregation).toBe('share');
    const rate = 'Positive decisions for Syrians fell between January and June 2025, leaving the EU+ with a recognition rate of 25 percent.';
    expect(agg(rate, '25 percent', '2025-09-10', 'en')).toMatchObject({ aggregation: 'share', verdict: 'consistent' });
  });
  it('"26% van de bewoners" is a share, though another clause speaks of a fall', () => {
    const text = 'Het aantal aanvragen daalde, maar de opvang bleef vol omdat eind 2024 26% van de bewoners een verblijfsvergunning had.';
    expect(agg(text, '26%', '2025-06-01').aggregation).toBe('share');
  });
  it('a fall in the number\'s own clause still makes it a change: "26% fewer"', () => {
    expect(agg('Het aantal eerste asielaanvragen daalde in 2024 met 26%.', '26%', '2025-06-01').aggregation).toBe('percent-change');
  });
  it('English may name the whole right after "of": "30% of COA residents" is a share, though another clause speaks of a fall', () => {
    const text = 'Asylum applications went down, yet the shelters stayed full because at the end of 2024 30% of COA residents already held a residence permit.';
    expect(agg(text, '30%', '2025-06-01', 'en').aggregation).toBe('share');
  });
  it('a participle of change with "by" before the percentage makes it a change; the same participle as an adjective does not', () => {
    const text = 'In 2024 more rejected asylum seekers left the Netherlands, with forced departures rising by 16%.';
    expect(agg(text, '16%', '2025-06-01', 'en')).toMatchObject({ aggregation: 'percent-change', direction: 'increase', verdict: 'consistent' });
    const adjective = 'A rising share of applicants had entered without needing a visa (in 2020, 28 percent of those seeking asylum for the very first time).';
    expect(agg(adjective, '28 percent', '2021-04-01', 'en').aggregation).toBe('share');
  });
});
