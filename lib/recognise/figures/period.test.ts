/** The period slot, on sentences modelled on news reporting (written for these tests). */
import { describe, expect, it } from 'vitest';
import { figure, figures, slotWords } from '../../../test/helpers/recognise';

const period = (text: string, num: string, published = '2024-03-01', lang: 'nl' | 'en' = 'nl') => {
  const f = figure(text, num, lang, published);
  return { value: f.claim!.period.value, how: f.claim!.period.how, granularity: f.claim!.period.granularity, toDate: f.claim!.period.toDate, words: slotWords(text, f.claim!.period.words), since: f.claim!.aggregation.since, alt: f.claim!.period.alt };
};

describe('explicit and relative periods', () => {
  it('a year in the clause', () => {
    expect(period('In 2021 vroegen 24.700 mensen voor het eerst asiel aan.', '24.700')).toMatchObject({ value: '2021', granularity: 'year', how: 'clause', words: ['2021'] });
  });
  it('"more than one million … last year": a number in words after "than" is the figure, the time after it its own', () => {
    expect(period('The EU received more than one million asylum applications last year.', 'more than one million', '2024-03-01', 'en')).toMatchObject({ value: '2023', how: 'clause' });
    expect(period('De EU kreeg vorig jaar meer dan een miljoen asielaanvragen, meer dan in 2022.', 'meer dan een miljoen', '2024-03-01')).toMatchObject({ value: '2023' });
    // A comparison without a number between still sets its time against the figure's.
    expect(period('In 2023 EU countries registered 1.1 million asylum applications, more than the year before and more than last year.', '1.1 million', '2025-03-01', 'en')).toMatchObject({ value: '2023' });
  });
  it('a moment still ahead when the text was written ("by the end of 2024" in September 2024) does not date the figures after it', () => {
    const text =
      'EU asylum figures\nBetween January and June 2024, EU countries registered 510,000 asylum applications, the agency said.\nThe agency expects some one million claims by the end of 2024.\nSome 70,000 applicants came from Syria, while 40,000 came from Afghanistan.';
    expect(period(text, 'some one million', '2024-09-10', 'en')).toMatchObject({ value: '2024' });
    expect(period(text, 'Some 70,000', '2024-09-10', 'en')).toMatchObject({ value: '2024-01/2024-06' });
    expect(period(text, '40,000', '2024-09-10', 'en')).toMatchObject({ value: '2024-01/2024-06' });
  });
  it('"vorig jaar" / "last year" against the publication date', () => {
    expect(period('Vorig jaar kwamen ruim 10.000 nareizigers naar Nederland.', '10.000', '2024-02-01')).toMatchObject({ value: '2023', words: ['Vorig jaar'] });
    expect(period('Last year 32,000 people lodged a first asylum request with the Dutch authorities.', '32,000', '2025-01-15', 'en')).toMatchObject({ value: '2024' });
  });
  it('quarters, halves and months as written', () => {
    expect(period('In het derde kwartaal van 2025 kwamen 4.600 nareizigers naar Nederland.', '4.600', '2025-11-01')).toMatchObject({ value: '2025-Q3', granularity: 'quarter' });
    expect(period('In Q1 2025 there were 4,530 first asylum requests in the Netherlands.', '4,530', '2025-05-01', 'en')).toMatchObject({ value: '2025-Q1' });
    expect(period('In de eerste helft van 2023 ging het om 15.000 asielverzoeken.', '15.000', '2024-02-01')).toMatchObject({ value: '2023-01/2023-06', granularity: 'part-year' });
    expect(period('In september 2022 ontving de IND 4.400 asielaanvragen.', '4.400', '2023-01-30')).toMatchObject({ value: '2022-09', granularity: 'month' });
  });
  it('"from January through the end of June", "van januari tot eind september": the months up to the end of the second', () => {
    expect(period('From January through the end of June the EU asylum agency logged 498,000 claims.', '498,000', '2024-09-20', 'en').value).toBe('2024-01/2024-06');
    expect(period('Van januari tot eind september vroegen 16.600 mensen voor het eerst asiel aan.', '16.600', '2025-11-03').value).toBe('2025-01/2025-09');
  });
  it('"till the end of July", "tot het einde van juli": the year so far, not the month alone; "the nine months to the end of September": those months', () => {
    expect(period('Some 480,000 people had sought asylum in the bloc till the end of July, the agency said.', '480,000', '2024-09-20', 'en').value).toBe('2024-01/2024-07');
    expect(period('Tot het einde van juli vroegen 18.000 mensen asiel aan in Nederland.', '18.000', '2024-09-20').value).toBe('2024-01/2024-07');
    expect(period('Tot aan het eind van mei kwamen er 4.000 nareizigers.', '4.000', '2024-09-20').value).toBe('2024-01/2024-05');
    expect(period('Over the nine months to the end of September, member states logged 700,000 asylum claims.', '700,000', '2023-11-05', 'en').value).toBe('2023-01/2023-09');
    expect(period('In the three months to September, member states logged 250,000 asylum claims.', '250,000', '2023-11-05', 'en').value).toBe('2023-Q3');
    expect(period('In de zes maanden tot en met augustus vroegen 12.000 mensen asiel aan.', '12.000', '2023-11-05').value).toBe('2023-03/2023-08');
    // A point of comparison is no span: "compared to the end of April" dates the change, not a year so far.
    expect(period('Compared to the end of April 2024, the count of people under temporary protection in the bloc grew by 40,000.', '40,000', '2024-06-10', 'en').value).not.toBe('2024-01/2024-04');
  });
  it('months joined by a dash, and a bracketed span whose year follows it ("(January - June) in 2019"): those months of that year', () => {
    expect(period('Tussen januari-augustus 2016 registreerde de IND 11.300 eerste asielaanvragen.', '11.300', '2017-09-20')).toMatchObject({ value: '2016-01/2016-08', granularity: 'part-year' });
    expect(period('In Jan-Mar 2017 the Netherlands took in some 4 thousand asylum seekers.', '4 thousand', '2017-09-20', 'en')).toMatchObject({ value: '2017-Q1' });
    const text = 'So far this year the count of repeat asylum applications runs a little above the same period (January - August) of 2016: 1,370 against 1,093.';
    expect(period(text, '1,093', '2017-09-20', 'en')).toMatchObject({ value: '2016-01/2016-08', granularity: 'part-year' });
    expect(period('In the same months (January to August) of 2016 the IND logged 11,300 first asylum applications.', '11,300', '2017-09-20', 'en').value).toBe('2016-01/2016-08');
    // Eight months are no year: set against 2016's whole-year count of repeat claims, no accusation.
    expect(figure(text, '1,370', 'en', '2017-09-20').verdict).not.toBe('differs');
  });
  it('a year after "whereas"/"terwijl" that a number follows opens that clause: it is not the figure before it', () => {
    const en = "The EU asylum agency says last year's count was the highest since 2016. It stood at 966 000 people - not counting the bulk of Ukrainians - whereas in 2016 the Union's outer borders saw 1 256 000 asylum seekers arrives.";
    expect(period(en, '966 000', '2023-02-22', 'en').value).toBe('2022');
    expect(period(en, '1 256 000', '2023-02-22', 'en').value).toBe('2016');
    const nl = 'Vorig jaar vroegen in de EU 966.000 mensen asiel aan, terwijl in 2016 de buitengrenzen door ruim 1,2 miljoen asielzoekers werden overschreden.';
    expect(period(nl, '966.000', '2023-02-22').value).toBe('2022');
  });
  it('a year the figure is likened to ("almost identical to 2023 with 512,989", "vergelijkbaar met 2022") is not its own', () => {
    const en = 'The EU asylum agency keeps count of asylum applications. Claims lodged across the EU+ between January and June 2024 were almost identical to 2023 with 512,989, its latest figures show.';
    expect(period(en, '512,989', '2024-09-18', 'en')).toMatchObject({ value: '2024-01/2024-06' });
    expect(figure(en, '512,989', 'en', '2024-09-18').verdict).toBe('consistent');
    const nl = 'Het EU-asielagentschap kwam over januari–juni 2024 uit op zo\'n 513.000 asielaanvragen, vergelijkbaar met 2023.';
    expect(period(nl, '513.000', '2024-09-18').value).toBe('2024-01/2024-06');
  });
  it('a figure its sentence likens to a year the paragraph before named ("evenveel als in 2015", "the same number as in 2021") has no time of its own', () => {
    const nl = 'In 2015 telde de IND ruim 58.000 asielaanvragen. Het ministerie noemt een aantal van 57.000 aanvragen, zo ongeveer evenveel als in 2015.';
    expect(period(nl, '57.000', '2016-02-10')).toMatchObject({ value: null, words: ['2015'] });
    expect(figure(nl, '57.000', 'nl', '2016-02-10').verdict).not.toBe('consistent');
    const en = 'In 2021 the Netherlands received 36,600 asylum claims in all. The newest count of the ministry is 36,000 asylum claims, the same number as in 2021.';
    expect(period(en, '36,000', '2022-03-10', 'en').value).toBe(null);
    // (A year set against that the sentence itself names as the figure's own stays its own.)
    expect(period('In 2015 telde de IND ruim 58.000 asielaanvragen, evenveel als in 2014 niet.', '58.000', '2016-02-10').value).toBe('2015');
  });
  it('a yearly level from a year on with no end ("from 2015 … each year", "vanaf 2015 jaarlijks") is no one year\'s', () => {
    expect(period('From 2015 on the Netherlands took in over 200,000 immigrants each year, the council writes.', 'over 200,000', '2021-11-22', 'en').value).toBe(null);
    expect(period('Vanaf 2015 vestigden zich jaarlijks ruim 200.000 immigranten in Nederland.', 'ruim 200.000', '2021-11-22').value).toBe(null);
    // (A span with its end, and a level without "each year", keep their reading.)
    expect(period('From 2015 to 2019 the Netherlands took in over 200,000 immigrants each year.', 'over 200,000', '2021-11-22', 'en').value).toBe('2015/2019');
    expect(period('From 2015 the number of immigrants rose to 204,615.', '204,615', '2021-11-22', 'en').value).toBe('2015');
  });
  it('a bracket after a compared year whose figure names its own year ("compared with 2019 (485,000 claims in 2020, …)") is not that year\'s level', () => {
    const text = 'Asylum claims in the EU+ fell by a third compared with 2019 (485,000 claims in 2020, against 716,000 in 2019), the asylum agency said.';
    expect(period(text, '485,000', '2021-06-10', 'en').value).toBe('2020');
    expect(period(text, '716,000', '2021-06-10', 'en').value).toBe('2019');
    // (A bracket that holds only the compared year's level is still that year's.)
    expect(period('EU first-time asylum claims fell by a third compared with 2017 (654 600).', '654 600', '2019-03-10', 'en').value).toBe('2017');
  });
  it('part-years: the first nine months, "januari tot en met juni", months listed', () => {
    expect(period('In de eerste negen maanden van 2025 dienden 16.600 mensen een eerste asielverzoek in.', '16.600', '2025-11-03')).toMatchObject({ value: '2025-01/2025-09' });
    expect(period('Van januari tot en met juni 2024 kwamen er 6.100 nareizigers bij.', '6.100', '2024-08-01')).toMatchObject({ value: '2024-01/2024-06' });
    // Three consecutive months are a quarter.
    expect(period('In januari, februari en maart 2025 vroegen 4.500 mensen asiel aan.', '4.500', '2025-04-20')).toMatchObject({ value: '2025-Q1' });
  });
  it('"het afgelopen kwartaal" is the last quarter over when the text was written; "de drie maanden daarvoor" the quarter before the one spoken of', () => {
    expect(period('Het afgelopen kwartaal vroegen 4.600 mensen voor het eerst asiel aan.', '4.600', '2025-07-20')).toMatchObject({ value: '2025-Q2' });
    expect(period('In the past quarter, 4,600 people filed a first asylum claim.', '4,600', '2026-01-20', 'en')).toMatchObject({ value: '2025-Q4' });
    const text = 'In april, mei en juni dienden 5.300 mensen een eerste asielaanvraag in. In de drie maanden daarvoor waren dat er 4.500.';
    expect(period(text, '4.500', '2025-07-20')).toMatchObject({ value: '2025-Q1' });
  });
  it('this year\'s months named again without a year stay this year\'s after a sentence about a whole other year', () => {
    const text = 'Het aantal aanvragen daalde in de eerste acht maanden van dit jaar met 20 procent. Over heel 2024 was er ook al een daling.\n\nVan januari tot en met augustus vroegen 21.000 mensen asiel aan in Nederland.';
    expect(period(text, '21.000', '2025-09-15')).toMatchObject({ value: '2025-01/2025-08' });
    // Last year's months named first, as a baseline, do not pull this year's back.
    const back = 'In het eerste kwartaal van 2024 vroegen 9.000 mensen asiel aan. Dit jaar gaat het minder hard. In het eerste kwartaal vroegen 4.500 mensen asiel aan.';
    expect(period(back, '4.500', '2025-05-01')).toMatchObject({ value: '2025-Q1' });
  });
  it('a part of a year named without its year, not over by the publication date, is last year\'s', () => {
    expect(period('In het derde kwartaal vroegen 6.800 mensen asiel aan.', '6.800', '2026-01-10')).toMatchObject({ value: '2025-Q3' });
    expect(period('In the first nine months, 16,600 people applied for asylum.', '16,600', '2026-01-10', 'en')).toMatchObject({ value: '2025-01/2025-09' });
  });
  it('an American date: "On December 31, 2022"', () => {
    expect(period('On December 31, 2022, 3,826,600 people from outside the EU held temporary protection status across the bloc.', '3,826,600', '2023-03-23', 'en')).toMatchObject({ value: '2022-12-31', granularity: 'day' });
  });
  it('a reference date for a stock', () => {
    expect(period('Op 1 januari 2024 hadden 64.400 mensen recht op opvang bij het COA.', '64.400', '2024-03-01')).toMatchObject({ value: '2024-01-01', granularity: 'day' });
  });
  it('a period still running when the text was written is marked', () => {
    expect(period('Dit jaar vroegen al 28.000 mensen asiel aan.', '28.000', '2022-11-04')).toMatchObject({ value: '2022', toDate: true });
    expect(period('In 2022 vroegen al 28.000 mensen asiel aan.', '28.000', '2022-11-04')).toMatchObject({ toDate: true });
    expect(period('In 2022 vroegen 35.500 mensen asiel aan.', '35.500', '2023-01-30')).toMatchObject({ toDate: false });
  });
});

describe('baselines and anaphora', () => {
  it('a year after "dan in" / "compared with" is the baseline, not the period', () => {
    const p = period('Vorig jaar vroegen 38.000 mensen asiel aan, 8 procent meer dan in 2022.', '8 procent', '2024-02-01');
    expect(p).toMatchObject({ value: '2023', since: '2022' });
    expect(period('In 2018 the EU counted 580,800 first-time applicants for asylum, down by 11% compared with 2017.', '11%', '2019-03-14', 'en')).toMatchObject({ value: '2018', since: '2017' });
  });
  it('a figure in brackets after a baseline belongs to it: "compared with 2017 (654 600)"', () => {
    const text = 'First-time asylum applicants across the bloc were down 11 percent compared with 2017 (654 600).';
    expect(period(text, '654 600', '2019-03-14', 'en')).toMatchObject({ value: '2017', how: 'apposition' });
  });
  it('"compared with 2015 (when 1 180 000 …)": the figure in the bracket is the baseline year\'s', () => {
    const text = 'In 2016 some 1 150 000 people sought protection in the EU for the first time, a little fewer than in 2015 (when 1 180 000 first-time applicants were counted) but twice as many as in 2014 (590 000).';
    expect(period(text, '1 180 000', '2017-03-20', 'en')).toMatchObject({ value: '2015', how: 'apposition' });
    expect(period(text, '1 150 000', '2017-03-20', 'en')).toMatchObject({ value: '2016' });
  });
  it('a year that labels a bracketed figure ("(2016: 30,900)") is that figure\'s, not the one before it', () => {
    const text = 'In 2017 the total asylum inflow (first and repeat applications and family members) was 30,400; about the same as the year before (2016: 30,900).';
    expect(period(text, '30,400', '2018-01-20', 'en')).toMatchObject({ value: '2017' });
    expect(period(text, '30,900', '2018-01-20', 'en')).toMatchObject({ value: '2016', how: 'apposition' });
    const pair = 'Het aantal nareizigers steeg in 2017 ten opzichte van het jaar ervoor (2017: 13.900 tegen 2016: 11.200).';
    expect(period(pair, '11.200', '2018-01-20')).toMatchObject({ value: '2016', how: 'apposition' });
    // A colon after a time outside brackets introduces the sentence's figure; it labels nothing.
    const intro = 'In 2021 kwam het totaal aan asielaanvragen flink lager uit dan vorig jaar: 36.000.';
    expect(period(intro, '36.000', '2025-01-10')).toMatchObject({ value: '2021' });
  });
  it('a list of labelled years outside brackets ("2014: 148.000 / 2015: 149.500"): each year is the figure after it', () => {
    const text = 'Het aantal emigranten liep jaar na jaar op, zo blijkt uit de reeks: 2014: 148.000 / 2015: 149.500 / 2016: 151.500.';
    expect(period(text, '148.000', '2020-02-01')).toMatchObject({ value: '2014', how: 'apposition' });
    expect(period(text, '149.500', '2020-02-01')).toMatchObject({ value: '2015', how: 'apposition' });
    expect(figure(text, '151.500', 'nl', '2020-02-01').verdict).toBe('consistent');
  });
  it('years labelled with a dash ("2014 – 148,000; 2015 – 149,500"): each year is the figure after it; "2014 – 2016" is a span', () => {
    const text = 'Emigration from the Netherlands kept climbing (2014 – 148,000; 2015 – 149,500; 2016 – 151,500).';
    expect(period(text, '148,000', '2020-02-01')).toMatchObject({ value: '2014', how: 'apposition' });
    expect(period(text, '149,500', '2020-02-01')).toMatchObject({ value: '2015', how: 'apposition' });
    expect(period(text, '151,500', '2020-02-01')).toMatchObject({ value: '2016', how: 'apposition' });
    const span = 'Over 2014 – 2016 the country counted 449,000 emigrants.';
    expect(period(span, '449,000', '2020-02-01')?.value).not.toBe('2016');
  });
  it('a change "from over X to nearly Y" in a year: the old level is the year before\'s, the new one the year\'s', () => {
    const text = 'In 2016 the Dutch count of first asylum requests fell to 18,000, and repeat applications went down from over 1,900 to nearly 1,700.';
    expect(period(text, '1,900', '2017-03-01', 'en')).toMatchObject({ value: '2015' });
    expect(period(text, '1,700', '2017-03-01', 'en')).toMatchObject({ value: '2016' });
    expect(figure(text, '1,900', 'en', '2017-03-01').verdict).toBe('consistent');
  });
  it('a time right after a semicolon opens the next clause: "In 2014, … stood at 280,000; in 2015 the figure climbed to …"', () => {
    const text = 'In 2014, the number of asylum seekers reaching the EU stood at 280,000; in 2015 the figure climbed to 1.2 million.';
    expect(period(text, '280,000', '2016-10-01')).toMatchObject({ value: '2014' });
    expect(period(text, '1.2 million', '2016-10-01')).toMatchObject({ value: '2015' });
  });
  it('a time of an earlier sentence that names what the figure counts, with no figure of its own, dates the figure', () => {
    const text = 'In 2023 kwamen 9.800 nareizigers naar Nederland. Ook in 2022 kwamen de meeste nareizigers uit Eritrea. Van de in totaal 8.700 nareizigers kwam bijna de helft uit dat land.';
    expect(period(text, '8.700', '2024-04-01')).toMatchObject({ value: '2022' });
    // A forecast: "Volgend jaar blijft de instroom hoog … uit van een instroom van 49.000".
    const forecast = 'Dit jaar kwamen er ruim 40.000 asielzoekers. Volgend jaar blijft de asielinstroom hoog, verwacht het ministerie. Het gaat uit van een asielinstroom van 49.000.';
    expect(period(forecast, '49.000', '2022-11-01')).toMatchObject({ value: '2023' });
    // A sentence that dates an event, not the measure, leaves the figure the time earlier figures took.
    const event = 'In 2023 kwamen 9.800 nareizigers naar Nederland. Sinds de val van het regime in 2024 reizen minder mensen. Bijna 4.900 van deze nareizigers kwamen uit Syrië.';
    expect(period(event, '4.900', '2025-03-01')).toMatchObject({ value: '2023' });
  });
  it('such a list on its own line, after a sentence that announces it with a colon, counts what that sentence names', () => {
    const text = 'Wie emigratie ruim opvat (met wie naar het land van herkomst terugkeert), ziet de aantallen zo verlopen:\n- 2014: 148.000 / 2015: 149.500 / 2016: 151.500';
    const f = figure(text, '149.500', 'nl', '2020-02-01');
    expect([f.concept, f.claim!.period.value, f.claim!.measure.strong, f.verdict]).toEqual(['stat-emigration-cbs', '2015', false, 'consistent']);
  });
  it('a yearly count said to stand "now" early in a year may be the last whole year\'s: that is its other reading', () => {
    const text = 'The number of first asylum applications currently stands at 24,700, the statistics office says.';
    // (A text dated by its month: with the day known, that day is the other reading, for a stock.)
    // (Agreeing with the last year, the card shows that year, the month as the other reading.)
    expect(period(text, '24,700', '2022-01', 'en')).toMatchObject({ value: '2021', alt: '2022-01' });
    expect(figure(text, '24,700', 'en', '2022-01').verdict).toBe('consistent');
    // In the summer "now" is the year so far or the month: no whole year is read.
    expect(period(text, '24,700', '2022-07', 'en')?.alt).toBeUndefined();
  });
  it('a yearly rate said "now" ("nu ruim 100.000 per jaar") is the latest whole year\'s, read weakly; "nu" after the figure is "now that"', () => {
    const text = 'Volgens de minister ligt het migratiesaldo nu op ruim 100.000 mensen per jaar, en dat moet omlaag.';
    expect(period(text, '100.000', '2022-09-20')).toMatchObject({ value: '2021', alt: '2022-09' });
    expect(figure(text, '100.000', 'nl', '2022-09-20').verdict).toBe('consistent');
    // No yearly rate: "now" stays the month of writing.
    expect(period('In de opvang zitten nu ruim 40.000 asielzoekers.', '40.000', '2022-09-20')).toMatchObject({ value: '2022-09' });
    // "nu" after the figure opens a clause of its own ("now that …").
    const later = 'Hij denkt dat de instroom uitkomt op zo\'n 20.000 asielaanvragen per jaar, nu de grenzen strenger worden bewaakt.';
    expect(period(later, '20.000', '2018-10-02').value).not.toBe('2017');
  });
  it('a yearly rate with no time in its own sentence ("50.000 per jaar", "about 50,000 asylum seekers a year") is of no particular year', () => {
    const nl = 'Nederland telde in 2023 ruim 38.000 eerste asielaanvragen. Een oppositiepartij wil de instroom beperken tot hooguit 50.000 per jaar.';
    expect(period(nl, '50.000', '2024-09-01').value).toBeNull();
    expect(figure(nl, '50.000', 'nl', '2024-09-01').verdict).not.toBe('consistent');
    const en = 'The Netherlands counted some 50,600 asylum applications in 2023. Experts think the country can house about 50,000 asylum seekers a year.';
    expect(period(en, 'about 50,000', '2024-09-01', 'en').value).toBeNull();
    // The year of the figure's own sentence still counts.
    const own = 'In 2023 kwamen er ruim 50.000 asielaanvragen per jaar binnen, zei de minister.';
    expect(period(own, '50.000', '2024-09-01').value).toBe('2023');
  });
  it('"in dat jaar" after a moment or a month names that whole year', () => {
    const text = 'Eind 2021 telde het land zo\'n 80.000 erkende vluchtelingen; 36.620 mensen vroegen in dat jaar asiel aan.';
    expect(period(text, '36.620', '2022-09-01')).toMatchObject({ value: '2021', granularity: 'year' });
  });
  it('"toen" right after a baseline points at it', () => {
    expect(period('Dat zijn 44 procent meer aanvragen dan in 2021, toen bijna 25.000 mensen voor het eerst asiel vroegen.', '25.000', '2023-01-30')).toMatchObject({ value: '2021', words: ['toen'] });
  });
  it('"toen" after a pair of years points at both, no one year of them', () => {
    const nl = 'De aanvragen blijven onder de pieken van 2015 en 2016. Toen werden ruim 1,2 miljoen asielaanvragen geteld.';
    expect(period(nl, '1,2 miljoen', '2022-12-05')).toMatchObject({ value: '2015/2016', granularity: 'years', words: ['Toen'] });
    const en = 'Applications stay below the record years of 2015 and 2016, when about 1.3 million asylum seekers applied.';
    expect(period(en, '1.3 million', '2022-12-05', 'en')).toMatchObject({ value: '2015/2016', granularity: 'years' });
    // (One year named: that year.)
    expect(period('De aanvragen blijven onder de piek van 2016. Toen werden ruim 1,2 miljoen asielaanvragen geteld.', '1,2 miljoen', '2022-12-05')).toMatchObject({ value: '2016' });
  });
  it('"Toen" opening the sentence after a baseline is the baseline\'s time, with no second reading', () => {
    const text = 'Vorig jaar vroegen 38.000 mensen asiel aan. Dat komt neer op 8 procent hoger dan in 2022. Toen ging het om 35.500 eerste asielaanvragen.';
    const p = period(text, '35.500', '2024-02-01');
    expect(p).toMatchObject({ value: '2022' });
    // (The year spoken of as a second reading would let a baseline said to be like this year's
    // figure agree with this year's facts.)
    expect(p.alt).toBeUndefined();
  });
  it('"vrijwel gelijk aan dezelfde periode in 2022" is a baseline (the third quarter of 2022), and a sentence opening with "Toen" after it speaks of it', () => {
    const text = 'In het derde kwartaal reisden 2.700 nareizigers naar ons land, vrijwel gelijk aan dezelfde periode in 2022. Toen ging het om 2.450.';
    expect(period(text, '2.700', '2024-10-20')).toMatchObject({ value: '2024-Q3', since: '2022-Q3' });
    expect(period(text, '2.450', '2024-10-20')).toMatchObject({ value: '2022-Q3' });
  });
  it('a figure set against another takes the time right after it; the next sentence speaks of the time before', () => {
    const en = 'Last year 15,100 foreign nationals left the Netherlands (as opposed to 17,400 in 2016). Of these, 3,500 left independently.';
    expect(period(en, '17,400', '2018-04-30', 'en')).toMatchObject({ value: '2016' });
    expect(period(en, '15,100', '2018-04-30', 'en')).toMatchObject({ value: '2017' });
    expect(period(en, '3,500', '2018-04-30', 'en')).toMatchObject({ value: '2017' });
    const nl = 'In 2017 nam de instroom toe tot 35.000 asielzoekers, tegenover 33.500 in het jaar 2016.';
    expect(period(nl, '33.500', '2018-04-30')).toMatchObject({ value: '2016' });
    expect(period(nl, '35.000', '2018-04-30')).toMatchObject({ value: '2017' });
  });
  it('"meer dan 20.000 in 2022" keeps its own year: a qualifier is no comparison', () => {
    expect(period('Er kwamen meer dan 20.000 nareizigers in 2022 naar Nederland.', '20.000', '2023-03-01')).toMatchObject({ value: '2022', since: null });
  });
  it('"up from 549,000 previous year": the year before the one spoken of', () => {
    const text = 'The bloc registered 612,700 first-time asylum seekers last year, up from 549,000 previous year.';
    expect(period(text, '549,000', '2020-03-15', 'en')).toMatchObject({ value: '2018' });
  });
  it('"up 300 on 2016", "half the number from 2016": a year a figure is set against is no time for the figures after it', () => {
    const text = 'Last year the Netherlands received 31,200 asylum requests, down 400 on 2016 and about half the 2015 figure. Some 14,000 of them came from family members following a refugee.';
    expect(period(text, '14,000', '2018-01-20', 'en')).toMatchObject({ value: '2017' });
    const eu = 'EU states recorded 650,000 first-time applicants last year, just over half the number from 2016. Of these, 30 percent were Syrians.';
    expect(period(eu, '30 percent', '2018-03-20', 'en')).toMatchObject({ value: '2017' });
    const up = 'Last year the Netherlands received 38,000 asylum requests. The number of nareizigers rose to 10,000, up 8% on 2022.';
    expect(period(up, '10,000', '2024-02-01', 'en')).toMatchObject({ value: '2023' });
    expect(period(up, '8%', '2024-02-01', 'en')).toMatchObject({ value: '2023' });
  });
  it('a list item takes the time of the sentence that introduced the list; "during this period" points back', () => {
    const text = 'First-time applications fell by 13% compared with 2023. The first quarter of 2025 went on the same way. During this period, the EU recorded:\n- 183,809 first-time asylum applications, down 23.5% compared to Q1 of 2024.\n- 136,780 temporary protection decisions.';
    expect(period(text, '183,809', '2025-06-20', 'en')).toMatchObject({ value: '2025-Q1', how: 'sentence' });
    expect(period(text, '136,780', '2025-06-20', 'en')).toMatchObject({ value: '2025-Q1' });
  });
  it('a count opening a sentence after a year ends the sentence before: "… eind 2024. 4.530 mensen …"', () => {
    const text = 'Dat komt door de val van het regime eind 2024. 4.530 mensen dienden in het eerste kwartaal van 2025 een eerste asielaanvraag in.';
    expect(period(text, '4.530', '2025-04-29')).toMatchObject({ value: '2025-Q1', how: 'clause' });
    // An abbreviation before the number goes on: "zie blz. 12" is no sentence end.
    const f = figures('In 2023 kwamen er volgens het rapport (zie blz. 12 en 13) 10.000 nareizigers naar Nederland.', 'nl', '2024-03-01').find((x) => x.text.includes('10.000'));
    expect(f?.claim!.period.value).toBe('2023');
  });
  it('a stock its own clause puts in the present is as the text was written, whatever another clause names', () => {
    const text = 'Naast de bijna 90 duizend gevluchte Oekraïners die wij opvangen, meldde zich vorig jaar ook een recordaantal asielzoekers.';
    expect(period(text, '90 duizend', '2023-02-10')).toMatchObject({ value: '2023-02', granularity: 'month' });
  });
  it('"nooit eerder zo hoog" is a record: the figure is the level of the year spoken of', () => {
    const text = 'In 2017 vestigden zich meer immigranten in Nederland dan ooit. Met 81.000 was het migratiesaldo nooit eerder zo hoog.';
    expect(period(text, '81.000', '2018-03-01')).toMatchObject({ value: '2017' });
  });
  it('months named without their year that would be the very baseline the text compared with are the part of the year it speaks of', () => {
    const text =
      'In de eerste drie maanden van het jaar zijn flink minder asielaanvragen ingediend, vergeleken met het eerste kwartaal van 2024. De oorzaak is de machtswissel in Syrië eind 2024. 4.530 mensen dienden in januari, februari en maart hun eerste asielaanvraag in.';
    expect(period(text, '4.530', '2025-04-29')).toMatchObject({ value: '2025-Q1' });
  });
  it('"in dat jaar" points at the last year named, even a baseline', () => {
    const text = 'Zo veel waren het er niet meer sinds de crisis van 2015. In dat jaar dienden bijna 43.000 mensen een asielverzoek in.';
    expect(period(text, '43.000', '2023-01-30')).toMatchObject({ value: '2015' });
  });
  it('"in datzelfde jaar", "in the same year" point at the year spoken of, not at a baseline set against it', () => {
    const nl = 'In 2022 zaten er gemiddeld 50.000 mensen in de opvang, duizenden meer dan het voorgaande jaar. In datzelfde jaar vroegen 35.535 mensen voor het eerst asiel aan.';
    expect(period(nl, '35.535', '2023-06-01')).toMatchObject({ value: '2022' });
    // (After a span from a year on, that year.)
    const en = 'The population has grown faster since 2022, and net migration peaked at 223,000 in the same year.';
    expect(period(en, '223,000', '2024-09-03', 'en')).toMatchObject({ value: '2022' });
  });
  it('"een jaar eerder" and "dezelfde periode vorig jaar" go one year back from the time spoken of', () => {
    const text = 'In de eerste negen maanden van 2025 dienden 2.400 Syriërs een asielverzoek in. Een jaar eerder ging het nog om 8.900.';
    expect(period(text, '8.900', '2025-11-03')).toMatchObject({ value: '2024-01/2024-09' });
    const t2 = 'In het eerste kwartaal kwamen 3.700 nareizigers naar Nederland, tegen 2.900 in dezelfde drie maanden een jaar eerder.';
    expect(period(t2, '2.900', '2025-04-20')).toMatchObject({ value: '2024-Q1' });
  });
  it('English "a year earlier" after a figure set against another is one year back; "over the same period" in the next sentence is the period spoken of', () => {
    const text = 'In the first half of 2025, Afghans lodged about 1,100 first asylum requests in the Netherlands, up from 700 a year earlier. Over the same period, about 900 Turks applied for the first time.';
    expect(period(text, '700', '2025-09-10', 'en')).toMatchObject({ value: '2024-01/2024-06', words: ['a year earlier'] });
    expect(period(text, '900', '2025-09-10', 'en')).toMatchObject({ value: '2025-01/2025-06' });
    const ago = 'Germany registered 65,000 first asylum applications in 2024, compared with 100,000 a year ago.';
    expect(period(ago, '100,000', '2025-03-01', 'en')).toMatchObject({ value: '2023' });
  });
  it('"een jaar later", "the year after" go one year on, and the sentences after it speak of that year', () => {
    const text = 'In 2019 vroegen nog 22.500 mensen voor het eerst asiel aan, een jaar later 13.700. Het aantal nareizigers daalde tot 4.300.';
    expect(period(text, '13.700', '2021-02-01')).toMatchObject({ value: '2020', words: ['een jaar later'] });
    expect(period(text, '4.300', '2021-02-01')).toMatchObject({ value: '2020', how: 'paragraph' });
    const en = 'Germany received 165,000 first asylum applications in 2019; the year after, the count fell to 102,000.';
    expect(period(en, '102,000', '2021-03-01', 'en')).toMatchObject({ value: '2020' });
    // One year back stays a baseline: the next sentence is not about it.
    const back = 'In 2020 vroegen 13.700 mensen voor het eerst asiel aan, een jaar eerder nog 22.500. Het aantal nareizigers daalde tot 4.300.';
    expect(period(back, '4.300', '2021-02-01')).toMatchObject({ value: '2020' });
  });
  it('the new level of "van 18.171 in 2016 naar 14.716" is not of 2016, and a sentence that counts back ("In 2016 waren dat er …") sets no time for later ones', () => {
    const text = 'In 2017 meldden zich 31.300 asielzoekers in ons land. In 2016 waren dat er 31.600.\n\nHet aantal eerste aanvragen zakte van 18.171 in 2016 naar 14.716.';
    expect(period(text, '14.716', '2018-01-20')).toMatchObject({ value: '2017' });
    expect(period(text, '18.171', '2018-01-20')).toMatchObject({ value: '2016' });
  });
  it('"een jaar eerder" with no time named before it counts back from the figure before', () => {
    const text = 'Volgens het CBS telde Nederland vorig jaar 24.700 eerste asielverzoeken. Een jaar eerder waren het er krap 14.000.';
    expect(period(text, '14.000', '2022-01-20')).toMatchObject({ value: '2020', granularity: 'year' });
    const noTime = 'Volgens het CBS telde Nederland bijna 25.000 eerste asielverzoeken. Een jaar eerder waren het er krap 14.000. Het cijfer over 2021 is het hoogste in jaren.';
    expect(period(noTime, '14.000', '2022-01-20')).toMatchObject({ value: '2020', how: 'baseline' });
  });
  it('"meer dan het jaar ervoor: 22.500 tegen 20.400": of the pair after the colon, the second is the compared year\'s', () => {
    const text = 'In 2019 vroegen iets meer mensen asiel aan in ons land dan het jaar ervoor: 22.500 tegen 20.400.';
    expect(period(text, '22.500', '2020-06-01')).toMatchObject({ value: '2019' });
    expect(period(text, '20.400', '2020-06-01')).toMatchObject({ value: '2018' });
  });
  it('of two years labelling figures in brackets, the next sentence speaks of the later one', () => {
    const text = 'Het aantal mensen dat in 2021 een eerste asielaanvraag indiende (24.700) is ten opzichte van 2020 (13.700) gestegen. Het aantal gezinsleden dat via nareis overkwam, liep juist terug vergeleken met het jaar daarvoor (2020: 9.300 tegen 2021: 7.900). Met hervestiging erbij meegeteld stijgt de totale instroom naar 36.600 ten opzichte van 26.600 in 2020.';
    expect(period(text, '36.600', '2022-05-01')).toMatchObject({ value: '2021', how: 'paragraph' });
    // (The later year, in whichever order the two are written.)
    const reversed = text.replace('(2020: 9.300 tegen 2021: 7.900)', '(2021: 7.900 tegen 2020: 9.300)');
    expect(period(reversed, '36.600', '2022-05-01')).toMatchObject({ value: '2021', how: 'paragraph' });
  });
  it('a heading repeats a figure of the paragraph under it, which names its time', () => {
    const text = 'Cijfers van de IND over 2016\n\nDe diensten gaven maandag hun jaarcijfers, later dit jaar volgt meer.\n\n31.640 nieuwe aanvragen voor asiel\n\nDe asielinstroom daalde van 58.880 in 2015 naar 31.640 vorig jaar.';
    const f = figures(text, 'nl', '2017-04-10').filter((a) => a.text === '31.640');
    expect(f.map((a) => a.claim!.period.value)).toEqual(['2016', '2016']);
  });
  it('a source cited with its year in brackets, "(CBS, 2023)", dates the publication, not the figure before it', () => {
    const text = 'Migratie drijft de groei. Het CBS telde in 2022 403.000 immigranten, met een migratiesaldo van 224.000 (CBS, 2023).';
    // (CBS: net migration of 2022, 223,798.)
    expect(figure(text, '224.000', 'nl', '2024-05-01')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2022' } } });
    // A year in brackets that names no source is still a time: "(in 2023: 137.000)".
    expect(period('Het migratiesaldo daalde daarna flink (in 2023: 137.000).', '137.000', '2024-05-01')).toMatchObject({ value: '2023' });
  });
  it('a heading with no time of its own speaks of the lead under it, not of the years the text named above it', () => {
    const text =
      'Minder asiel in Nederland\n\nHier vragen in 2017 ruim 14.700 mensen asiel aan. In 2016 zijn het er nog 18.200.\n\nRuim 650.000 asielaanvragen in de EU\n\nIn heel Europa zochten in 2017 veel minder mensen bescherming dan een jaar eerder, de meesten in Duitsland.';
    const f = figure(text, '650.000', 'nl', '2018-07-01');
    expect(f.claim!.period.value).toBe('2017');
    // (Eurostat counted 654,600 first-time applicants in the EU in 2017.)
    expect(f.verdict).toBe('consistent');
  });
  it('a row of a table written as text is no heading over the row under it', () => {
    const text =
      'Asylum applications in the EU dropped during the first half of 2025\n\n| Measure | Number | Note |\n| All applications | 399,000 | lodged in the first half of 2025 |\n| Syrian asylum applications | 25,000 | down by two thirds |\n| Reason | Fall of the regime | the change in Syria late in 2024 |';
    expect(period(text, '25,000', '2025-09-01', 'en')).toMatchObject({ value: '2025-01/2025-06' });
  });
  it('a text that names a quarter and no year speaks of the quarter it opened with', () => {
    const text =
      'In het eerste kwartaal van 2024 deden bijna 9 duizend mensen voor het eerst een asielverzoek, aldus het CBS. Dat betekent een stijging van 29 procent vergeleken met het eerste kwartaal van 2023.\n\nSyrië leverde de meeste nareizigers (2,3 op een totaal van 3,1 duizend).';
    expect(period(text, '3,1 duizend', '2024-04-28')).toMatchObject({ value: '2024-Q1', how: 'discourse' });
  });
  it('"Compared to 2021, when 10,120 relatives arrived" is that year\'s figure', () => {
    const text = 'Last year 10,930 relatives joined refugees living in the Netherlands. Compared to 2021, when 10,120 relatives arrived to rejoin family here, the count rose by 8 percent.';
    expect(period(text, '10,120', '2023-02-01', 'en')).toMatchObject({ value: '2021' });
    const before = 'Last year 39,000 people lodged a first asylum request with the Dutch authorities. That is nine percent higher than the year before, when the count was 35,800.';
    expect(period(before, '35,800', '2025-02-01', 'en')).toMatchObject({ value: '2023' });
    expect(period('Vorig jaar vroegen 39.000 mensen voor het eerst asiel aan, meer dan het jaar ervoor, toen het om 35.800 aanvragen ging.', '35.800', '2025-02-01')).toMatchObject({ value: '2023' });
  });
  it('an old level\'s time is not the year a later "first quarter" lies in', () => {
    const text =
      'In the first quarter of 2025, the Netherlands received over 4,500 first-time asylum requests. Applications from Iraqis fell from 1,200 in Q1 of 2024 to around 1,100 last quarter.\n\nEritreans followed in the first quarter with 235 asylum applications.';
    expect(period(text, '235', '2025-04-23', 'en')).toMatchObject({ value: '2025-Q1' });
  });
  it('a headline names its time in the lead under it; "more than doubled in 2015" names no baseline', () => {
    const text = 'EU asylum claims double to a record 1.2 million\n\nOne in three applicants came from Syria\n\nAcross the European Union, the count of asylum seekers more than doubled in 2015 to hit a new high.';
    expect(period(text, '1.2 million', '2016-03-04', 'en')).toMatchObject({ value: '2015' });
  });
  it('the time of a later clause that counts back ("in 2020 waren dat er …") is not the first figure\'s', () => {
    const text = 'Het CBS bracht de asielcijfers over 2021 naar buiten. Ongeveer 25.000 mensen deden een eerste asielverzoek, in 2020 waren dat er 13.720.';
    expect(period(text, '25.000', '2022-07-01')).toMatchObject({ value: '2021' });
    expect(period(text, '13.720', '2022-07-01')).toMatchObject({ value: '2020' });
  });
  it('"eind 2022", "begin vorig jaar", "at the end of 2022" date a moment (a stock), not the year\'s flow', () => {
    expect(period('Eind 2022 wachtten 31.500 asielzoekers op een besluit van de IND.', '31.500', '2024-02-02')).toMatchObject({ value: '2022-12', granularity: 'month' });
    expect(period('Begin vorig jaar verbleven 42.000 asielzoekers in de opvang van het COA.', '42.000', '2024-02-02')).toMatchObject({ value: '2023-01' });
    expect(period('At the end of 2022, 31,500 asylum seekers were waiting for a decision.', '31,500', '2024-02-02', 'en')).toMatchObject({ value: '2022-12' });
    // "begin april 2023" in a text of 20 April 2023 is a moment that has passed, not April so far.
    expect(period('Begin april 2023 verbleven 53.000 asielzoekers in de opvang.', '53.000', '2023-04-20')).toMatchObject({ value: '2023-04', toDate: false });
    expect(period('Begin april verbleven 53.000 asielzoekers in de opvang.', '53.000', '2023-04-20')).toMatchObject({ value: '2023-04', toDate: false });
    // "tot eind 2022" and "sinds begin 2022" are spans, not moments.
    expect(period('Tot eind 2022 vroegen 35.500 mensen voor het eerst asiel aan.', '35.500', '2023-03-01')).toMatchObject({ value: '2022' });
  });
  it('"at the beginning of November" is that month; "similar to the same period in 2022" is a comparison', () => {
    const text = 'At the beginning of November the counter stood at 40,500 asylum applications, similar to the same period in 2022.';
    expect(period(text, '40,500', '2023-11-12', 'en')).toMatchObject({ value: '2023-11' });
    expect(period('The counter stood at 40,500 asylum applications, about the same as in 2022.', '40,500', '2023-11-12', 'en').value).not.toBe('2022');
    expect(period('De teller stond op 40.500 asielaanvragen, ongeveer hetzelfde als in 2022.', '40.500', '2023-11-12').value).not.toBe('2022');
  });
  it('the day of a report ("in its report of 28 February", "in het rapport van 3 maart") dates the release, not the figures', () => {
    const en = 'Asylum applications in the EU rose by 18% in 2023.\n\nAltogether, EU countries counted 1.14 million asylum requests, according to the agency\'s report of 28 February.';
    expect(period(en, '1.14 million', '2024-03-01', 'en')).toMatchObject({ value: '2023' });
    const nl = 'In 2023 kwamen er meer asielaanvragen binnen.\n\nIn totaal werden 38.000 eerste asielaanvragen ingediend, staat in het rapport van 3 maart.';
    expect(period(nl, '38.000', '2024-03-10')).toMatchObject({ value: '2023' });
  });
  it('"than in the record year of 2015", "dan in het piekjaar 2015": a year set against the figure, however it is named', () => {
    const en = 'Dutch asylum applications came to 52,000, fewer than in the record year of 2015.';
    expect(period(en, '52,000', '2023-06-01', 'en').value).not.toBe('2015');
    const nl = 'Het aantal asielaanvragen in Nederland kwam uit op 52.000, minder dan in het piekjaar 2015.';
    expect(period(nl, '52.000', '2023-06-01').value).not.toBe('2015');
    // "dan in de maanden januari en februari van dit jaar" still names this year's months.
    const months = 'In maart kwamen 1.500 asielaanvragen binnen, minder dan in de maanden januari en februari van dit jaar, zo meldt de dienst. Over het hele eerste kwartaal van het jaar vroegen 1.100 Syriërs asiel aan.';
    expect(period(months, '1.100', '2020-04-15')).toMatchObject({ value: '2020-Q1' });
  });
  it('"close to the 2016 figure", "dicht bij het niveau van 2016": a year the figure is likened to is a baseline, not its own', () => {
    const en = 'The agency published its review of asylum in 2019 this week. Asylum applications in the EU+ reached 712,300 for the whole year, close to the 2016 level.';
    expect(period(en, '712,300', '2020-03-01', 'en')).toMatchObject({ value: '2019' });
    const nl = 'Het agentschap bracht deze week zijn overzicht van 2019 uit. Er kwamen dat jaar 712.300 asielaanvragen binnen, dicht bij het niveau van 2016.';
    expect(period(nl, '712.300', '2020-03-01')).toMatchObject({ value: '2019' });
    expect(period('In 2019 there were 712,300 asylum applications, near the 2016 level and well above the 2017 total.', '712,300', '2020-03-01', 'en')).toMatchObject({ value: '2019' });
    // The level that time had, right after it, is its own: "the 2014 threshold (…)", "the 2021 peak of …".
    const level = 'In 2018 EU states registered 634,000 asylum applications, a drop of 10% that brings them just above the 2014 threshold (626,000) and far below the 2015 peak of 1.28 million.';
    expect(period(level, '634,000', '2019-03-01', 'en')).toMatchObject({ value: '2018' });
    expect(period(level, '626,000', '2019-03-01', 'en')).toMatchObject({ value: '2014' });
    expect(period(level, '1.28 million', '2019-03-01', 'en')).toMatchObject({ value: '2015' });
    // A time set against the figures before it, then its own after a colon.
    const colon = 'In the third quarter 88,000 people were ordered to leave the EU, a pace in line with January to June: 171,000 return orders and 52,000 returns.';
    expect(period(colon, '88,000', '2024-12-10', 'en')).toMatchObject({ value: '2024-Q3' });
    expect(period(colon, '171,000', '2024-12-10', 'en')).toMatchObject({ value: '2024-01/2024-06' });
    expect(period(colon, '52,000', '2024-12-10', 'en')).toMatchObject({ value: '2024-01/2024-06' });
  });
  it('an anaphor that opens the sentence is the time of every clause in it; one inside a later clause is only its own', () => {
    const text = 'Tot en met juni 2025 vertrokken 80.000 mensen naar het buitenland. Een jaar eerder emigreerden er 95.000, en vestigden zich ruim 150.000 immigranten hier.';
    expect(period(text, '150.000', '2025-08-14')).toMatchObject({ value: '2024-01/2024-06', how: 'sentence' });
    const t2 = 'Vorig jaar dienden 35.000 mensen een asielverzoek in, 44 procent meer aanvragen dan in 2021, toen het er 24.000 waren.';
    expect(period(t2, '35.000', '2023-01-30')).toMatchObject({ value: '2022' });
  });
});

describe('periods from earlier sentences', () => {
  it('a time after another number is that number\'s, not this one\'s', () => {
    const text = 'Vorig jaar dienden ruim 35.000 mensen een asielaanvraag in. Van die ruim 35.000 verzoeken werden er 21.760 pas in de tweede helft van het jaar ingediend.';
    expect(period(text, '21.760', '2023-01-30')).toMatchObject({ value: '2022-07/2022-12' });
    const figureBefore = figure(text, 'ruim 35.000 aanvragen'.slice(0, 11), 'nl', '2023-01-30');
    expect(figureBefore.claim!.period.value).toBe('2022');
    // The whole the second sentence opens with is the year's, not the half year its part came in.
    const whole = figures(text, 'nl', '2023-01-30').filter((f) => f.text === 'ruim 35.000');
    expect(whole.map((f) => f.claim!.period.value)).toEqual(['2022', '2022']);
  });
  it('a sentence without a time does not take the time of a figure set against another ("tegenover 43.100 in 2015")', () => {
    const text = 'De IND registreerde 18.200 eerste asielaanvragen in 2016, tegenover 43.100 in 2015. Bij herhaalde asielaanvragen ging het aantal met tweehonderd omlaag, van 1.900 naar 1.700.';
    expect(period(text, '1.700', '2017-01-20')).toMatchObject({ value: '2016', how: 'paragraph' });
    expect(figure(text, '1.700', 'nl', '2017-01-20').verdict).toBe('consistent');
  });
  it('a sentence without a time takes the paragraph\'s; before it, the last year named', () => {
    const text = 'In 2023 vroegen 38.000 mensen asiel aan. De meesten kwamen uit Syrië: 13.000 aanvragers.\n\nDe IND verwerkte 31.000 aanvragen.';
    expect(period(text, '13.000', '2024-02-01')).toMatchObject({ value: '2023', how: 'paragraph' });
    expect(period(text, '31.000', '2024-02-01')).toMatchObject({ value: '2023', how: 'discourse' });
  });
  it('"de eerste drie kwartalen van 2025", "the first three quarters of the year": January to September', () => {
    const nl = 'In de eerste drie kwartalen van 2025 is de bevolking met 77,5 duizend inwoners gegroeid, meldt het CBS. Er vestigden zich bijna 243 duizend immigranten in Nederland.';
    expect(period(nl, '77,5 duizend', '2025-11-05')).toMatchObject({ value: '2025-01/2025-09' });
    expect(figure(nl, 'bijna 243 duizend', 'nl', '2025-11-05')).toMatchObject({ verdict: 'consistent' });
    const en = 'In the first two quarters of the year, 4,300 migrants lodged a first asylum claim.';
    expect(period(en, '4,300', '2024-08-01', 'en')).toMatchObject({ value: '2024-01/2024-06' });
  });
  it('"dit jaar" in a January report on last December is the year that just ended', () => {
    const text = 'In december 2022 vroegen 3.100 mensen asiel aan, in november 4.400. Daarmee staat de teller van de asielinstroom dit jaar op 47.900.';
    expect(period(text, '47.900', '2023-01-11')).toMatchObject({ value: '2022' });
    // Later in the year, or after a time of this year, "dit jaar" is the year of writing.
    expect(period(text, '47.900', '2023-03-11')).toMatchObject({ value: '2023' });
    expect(period('In januari vroegen 3.100 mensen asiel aan. Daarmee komt de asielinstroom dit jaar op 3.100.', '3.100', '2023-01-31').value).toMatch(/^2023/);
  });
  it('"eind 2024" / "at the end of 2024" dates a stock: the count of 31 December may confirm it', () => {
    const text = (n: string) => `De Staat van Migratie telt de vluchtelingen uit Oekraïne. Eind 2024 zochten ${n} Oekraïners bescherming in Nederland.`;
    const f = figure(text('123.210'), '123.210', 'nl', '2025-07-04');
    expect(f).toMatchObject({ verdict: 'consistent', comparison: { factId: 'nl-ukr-protection-end2024-ro' } });
    expect(f.claim!.period.value).toBe('2024-12-31');
    expect(figure(text('150.000'), '150.000', 'nl', '2025-07-04').verdict).not.toBe('consistent');
  });
  it('a report name with a year is no period ("Staat van Migratie 2024")', () => {
    expect(period('Volgens de Staat van Migratie 2024 kwamen in 2023 332.863 mensen naar Nederland.', '332.863', '2024-06-14')).toMatchObject({ value: '2023' });
  });
  it('nor where the figure\'s own sentence names no time: it keeps the year the text speaks of', () => {
    const text = 'In 2022 kwamen ruim 403.000 migranten naar Nederland. Een kwart van hen kwam uit Oekraïne: 108.000 mensen, zo meldt de Staat van Migratie 2023.';
    expect(period(text, '108.000', '2023-07-07')).toMatchObject({ value: '2022' });
  });
});

describe('the edge of a year a later quarter makes precise', () => {
  it('"early 2025" in the lead, "January to March 2025" after it: a later paragraph\'s figure is of that quarter', () => {
    const text = 'Dutch asylum requests fell by half in early 2025.\n\nFrom January to March 2025 some 4,500 people lodged a first asylum request.\n\nThe statistics office added that Syrian nationals filed 900 first requests.';
    expect(period(text, '900', '2025-05-20', 'en')).toMatchObject({ value: '2025-Q1', how: 'discourse' });
    expect(figure(text, '900', 'en', '2025-05-20').verdict).toBe('consistent');
  });
  it('"early 2025" alone stays the edge of the year', () => {
    const text = 'Dutch asylum requests fell by half in early 2025.\n\nThe statistics office added that Syrian nationals filed 900 first requests.';
    expect(period(text, '900', '2025-05-20', 'en').value).toBe('2025-01');
  });
});

describe('a time after a pair of figures', () => {
  it('"tegen 13.500 eerste aanvragen en 9.100 aanvragen van nareizigers in 2020" dates both figures', () => {
    const text = 'De IND noemt 2021 een zwaar jaar. Er waren 24.000 eerste asielaanvragen en 14.000 aanvragen van nareizigers, tegen 13.500 eerste asielaanvragen en 9.100 aanvragen van nareizigers in 2020.';
    expect(period(text, '13.500', '2022-04-14')).toMatchObject({ value: '2020', how: 'clause' });
    expect(period(text, '9.100', '2022-04-14')).toMatchObject({ value: '2020' });
    expect(period(text, '24.000', '2022-04-14')).toMatchObject({ value: '2021' });
  });
});

describe('the start of a span', () => {
  it('"since records on migration began in 1865" dates no figure after it', () => {
    const text = 'In 2017, 235 thousand immigrants settled in the Netherlands.\n\nThe inflow is the highest since records on migration began in 1865. Net migration hit a record of 81 thousand.';
    expect(period(text, '81 thousand', '2018-05-25', 'en')).toMatchObject({ value: '2017' });
  });
});

describe('a level said of year after year', () => {
  it('"a three-year trend of … exceeding one million annually" is of no one year', () => {
    const text = 'EU asylum applications fell by 11 percent in 2024. The decline interrupted a three-year trend of applications exceeding one million annually.';
    const p = period(text, 'one million', '2025-03-01', 'en');
    expect(p).toMatchObject({ value: null, words: ['three-year trend'] });
    expect(figure(text, 'one million', 'en', '2025-03-01').verdict).not.toBe('consistent');
  });
  it('a clause that names its year keeps it: "In 2024 dienden voor het derde jaar op rij …"', () => {
    expect(period('Het aantal asielzoekers in Nederland blijft hoog, meldt het CBS. In 2024 dienden voor het derde jaar op rij meer dan 35.000 mensen een eerste asielaanvraag in.', '35.000', '2025-03-01')).toMatchObject({ value: '2024' });
  });
});

describe('spans of months and the quarter before', () => {
  it('"between April and June" is the second quarter of the year the text speaks of', () => {
    expect(period('Between April and June, 1,300 Eritreans applied for asylum in the Netherlands.', '1,300', '2025-08-04', 'en')).toMatchObject({ value: '2025-Q2' });
    expect(period('Tussen april en juni vroegen 1.300 Eritreeërs asiel aan.', '1.300', '2025-08-04')).toMatchObject({ value: '2025-Q2' });
  });
  it('"the previous quarter, when …" is the quarter before the one spoken of', () => {
    const text = 'Between April and June, 1,300 Eritreans asked for asylum, roughly four times as many as in the previous quarter, when 310 Eritreans applied.';
    expect(period(text, '310', '2025-08-04', 'en')).toMatchObject({ value: '2025-Q1' });
    expect(period('In het eerste kwartaal van 2025 vroegen 4.500 mensen asiel aan, tegen 5.200 in het vorige kwartaal.', '5.200', '2025-05-01').value).toBe('2024-Q4');
  });
});

describe('quarters written as Q1–Q4', () => {
  const text = 'Asylum seekers in the Netherlands: first-time asylum applications fell. In 2024 there were 8,800 first-time applications in Q1, 7,600 in Q2 and 8,000 in Q3; Q1–Q3 2025 had 15,900.';
  it('a bare quarter is of the year the sentence speaks of', () => {
    expect(period(text, '8,800', '2025-12-01', 'en')).toMatchObject({ value: '2024-Q1', granularity: 'quarter', words: ['Q1'] });
    expect(period(text, '8,000', '2025-12-01', 'en')).toMatchObject({ value: '2024-Q3' });
  });
  it('"Q1–Q3 2025" is the first nine months', () => {
    expect(period(text, '15,900', '2025-12-01', 'en')).toMatchObject({ value: '2025-01/2025-09', granularity: 'part-year' });
  });
});


describe('times of stocks and running counts', () => {
  it('"op dit moment", "currently" date a stock to the month the text was written, not a running count', () => {
    const text = 'Een eerste gesprek laat momenteel maanden op zich wachten. Bijna 50.000 asielzoekers wachten op behandeling van hun asielaanvraag.';
    expect(period(text, '50.000', '2026-01-26')).toMatchObject({ value: '2026-01', toDate: false });
    expect(figure(text, '50.000', 'nl', '2026-01-26').verdict).toBe('consistent');
  });
  it('"tot nu toe kwamen er in 2016 zo\'n 20.000 aanvragen", "so far in 2016": the clause says the year is not over, even in a text dated only by its year', () => {
    const text = 'Het aantal asielaanvragen daalt. Tot nu toe kwamen er in 2016 zo\'n 20.000 aanvragen binnen.';
    const f = figure(text, "zo'n 20.000", 'nl', '2016');
    expect([f.claim!.period.value, f.claim!.period.toDate]).toEqual(['2016', true]);
    expect(f.verdict).not.toBe('consistent');
    // A whole past year with "so far" about something else stays whole.
    expect(period('In 2015 kwamen 58.880 asielzoekers naar Nederland.', '58.880', '2016')).toMatchObject({ value: '2015', toDate: false });
  });
  it('"the current 20% removal rate": a figure the text calls current is of the time of writing, not of the year before', () => {
    const lead = 'The EU wants more rejected asylum seekers to leave. Last year was no better. ';
    const f = figure(lead + 'The commissioner finds the current 20% removal rate far too low.', '20%', 'en', '2025-03-12');
    expect([f.concept, f.claim!.period.value, f.verdict]).toEqual(['effective-return-rate', '2025-03', 'consistent']);
  });
  it('"momenteel" on a page dated to the day agrees with a stock counted that day, and never accuses', () => {
    const f = figure('Het COA vangt momenteel ruim 41.000 asielzoekers op.', '41.000', 'nl', '2022-06-01');
    expect([f.verdict, f.claim!.period.value, f.claim!.period.granularity]).toEqual(['consistent', '2022-06-01', 'day']);
    expect(figure('Het COA vangt momenteel 30.000 asielzoekers op.', '30.000', 'nl', '2022-06-01').verdict).not.toBe('differs');
    // Dated to the month only: the month, as before.
    expect(period('Het COA vangt momenteel ruim 41.000 asielzoekers op.', '41.000', '2022-06')).toMatchObject({ value: '2022-06' });
  });
  it('"now" beside a time that was over when the text was written dates the estimate, not the count', () => {
    expect(period('Het CBS schat het migratiesaldo over het afgelopen jaar nu op 110.000.', '110.000', '2020-01-06')).toMatchObject({ value: '2019' });
    expect(period('Statistics Netherlands now puts net migration in 2019 at 110,000.', '110,000', '2020-01-06', 'en')).toMatchObject({ value: '2019' });
    // Without another time, "now" is still the month of writing.
    expect(period('Het COA vangt nu 41.000 asielzoekers op.', '41.000', '2022-06')).toMatchObject({ value: '2022-06' });
  });
  it('a current figure ("currently stands at") agrees with a source\'s standing figure published shortly before, never accuses', () => {
    const text = (n: string) => `The Commission wants faster returns of rejected asylum seekers. The EU return rate currently stands at only ${n}, it said.`;
    expect(figure(text('20%'), '20%', 'en', '2025-03-12').verdict).toBe('consistent');
    // (Half a year later the current rate may be another.)
    expect(figure(text('20%'), '20%', 'en', '2025-09-20').verdict).not.toBe('consistent');
    expect(figure(text('35%'), '35%', 'en', '2025-03-12').verdict).not.toBe('differs');
    // A text dated by its month alone may have been written after the source's day in it.
    expect(figure(text('20%'), '20%', 'en', '2025-03').verdict).toBe('consistent');
  });
  it('"over the past year" is the year before the one of writing, or the twelve months up to it; later in the year it never accuses', () => {
    const text = (n: string) => `Asylum is again a political issue. Over the past year, the Netherlands saw first asylum applications climb to ${n}.`;
    expect(period(text('38,300'), '38,300', '2024-01-20', 'en')).toMatchObject({ value: '2023' });
    expect(figure(text('38,300'), '38,300', 'en', '2024-01-20').verdict).toBe('consistent');
    expect(period(text('38,300'), '38,300', '2024-07-15', 'en')).toMatchObject({ value: '2023', alt: '2023-07/2024-06' });
    expect(figure(text('45,000'), '45,000', 'en', '2024-07-15').verdict).not.toBe('differs');
  });
  it('"sinds de inval", "since the war began": everyone since the war, up to the month of writing; it may agree, never accuse', () => {
    const text = (n: string) => `De opvang van vluchtelingen uit Oekraïne loopt vol. Sinds de Russische inval hebben zich ${n} Oekraïners ingeschreven bij een Nederlandse gemeente, meldt het ministerie.`;
    expect(period(text('31.340'), '31.340', '2022-04-11')).toMatchObject({ value: '2022-04-11' });
    expect(figure(text('31.340'), '31.340', 'nl', '2022-04-11').verdict).toBe('consistent');
    expect(figure(text('45.000'), '45.000', 'nl', '2022-04-11').verdict).not.toBe('differs');
    const en = 'Reception of refugees from Ukraine is under strain. Since the invasion, some 31,340 Ukrainians have registered with a Dutch municipality.';
    expect(period(en, '31,340', '2022-04-11', 'en')).toMatchObject({ value: '2022-04-11' });
  });
  it('"in the year to September": the year so far, with the twelve months back kept as the other reading', () => {
    const text = (n: string) => `Some ${n} immigrants made the Netherlands their home in the year to September.`;
    expect(period(text('243,000'), '243,000', '2024-10-20', 'en')).toMatchObject({ value: '2024-01/2024-09', alt: '2023-10/2024-09', words: ['the year to September'] });
    expect(figure(text('243,000'), 'Some 243,000', 'en', '2024-10-20').verdict).toBe('consistent');
    // Either reading may be meant, so a figure that agrees with neither is not accused.
    expect(figure(text('290,000'), 'Some 290,000', 'en', '2024-10-20').verdict).toBe('context');
    // "Twelve months to June 2023" can only be the rolling year.
    expect(period('Net migration reached 700,000 in the twelve months to June 2023.', '700,000', '2024-10-20', 'en')).toMatchObject({ value: '2022-07/2023-06' });
  });
  it('"by 30 June", "by June 2024" is the year so far up to June', () => {
    expect(period('By 30 June, EU+ countries had received 399,000 applications for international protection.', '399,000', '2025-09-10', 'en')).toMatchObject({ value: '2025-01/2025-06' });
    expect(period('The agency says that by June 2024, member states had received 510,000 asylum applications.', '510,000', '2024-09-10', 'en')).toMatchObject({ value: '2024-01/2024-06' });
  });
  it('a paragraph without a time takes the year earlier figures were about, not a year that only dates an event', () => {
    const text = 'Vorig jaar vestigden zich 230.000 immigranten in Nederland. Sinds het begin van de landelijke tellingen in 1900 was dat nooit zo hoog.\n\nHet migratiesaldo kwam met 78.000 op een record.';
    expect(period(text, '78.000', '2018-10-15')).toMatchObject({ value: '2017', how: 'discourse' });
  });
  it('a lead without a time does not take a later time that belongs to another number ("tegen 100.000 vorig jaar")', () => {
    const text = 'Meer dan 200.000 immigranten vestigden zich in Nederland. Het saldo was 80.000, tegen 100.000 vorig jaar.';
    expect(period(text, 'Meer dan 200.000', '2024-10-20')).toMatchObject({ value: null });
    expect(period(text, '100.000', '2024-10-20')).toMatchObject({ value: '2023' });
  });
  it('a lead without a time does not take the time of a later sentence that counts back to it (its present tense dates it to the month of writing)', () => {
    const text = 'Ruim 25.000 asielzoekers wachten al ruim 15 maanden op een uitspraak van de IND over hun aanvraag. Begin vorig jaar waren het er 10.000 minder.';
    expect(period(text, '25.000', '2026-01-26')).toMatchObject({ value: '2026-01', words: ['wachten'] });
  });
});

describe('coordinated figures and "nu"', () => {
  it('"58.880 en in 2016 op 33.670": the time after "en" is the next figure\'s', () => {
    const text = 'In 2015, het topjaar van de vluchtelingencrisis, kwam de totale instroom van asielzoekers uit op 58.880 en in 2016 op 33.670.';
    expect(period(text, '58.880', '2018-01-10')).toMatchObject({ value: '2015' });
    expect(period(text, '33.670', '2018-01-10')).toMatchObject({ value: '2016' });
  });
  it('"nu" dates a stock to the month of writing; "tot nu toe" does not', () => {
    expect(period('In de gemeentelijke opvang worden nu 35.000 Oekraïners opgevangen.', '35.000', '2022-05-12')).toMatchObject({ value: '2022-05', toDate: false });
    expect(period('Dit jaar zijn tot nu toe 20.000 asielaanvragen ingediend bij de IND.', '20.000', '2025-10-12')).toMatchObject({ value: '2025', toDate: true });
  });
  it('"nu" before a duration says how long something lasts and dates no figure, here or in later paragraphs', () => {
    const nl = 'Van de asielzoekers komt 20 procent uit Syrië, waar de oorlog nu al acht jaar duurt.\n\nHet aantal nareizigers steeg naar 9.000.';
    expect(period(nl, '9.000', '2019-03-10')).toMatchObject({ value: null });
    const en = 'Of the asylum seekers, 20 percent come from Syria, where the war is now in its eighth year.\n\nThe number of family members who joined refugees (nareizigers) rose to 9,000.';
    expect(period(en, '9,000', '2019-03-10', 'en')).toMatchObject({ value: null });
    // ("nu" before a count is still the moment of writing.)
    expect(period('Er wachten nu 9.000 asielzoekers in de opvang op een woning.', '9.000', '2019-03-10')).toMatchObject({ value: '2019-03' });
  });
  it('"vorig (corona)jaar" is last year; brackets inside a word mark no clause', () => {
    const text = 'Dit jaar nadert het aantal asielaanvragen de 30.000 (tegen ruim 19.000 in het vorige (corona)jaar).';
    expect(period(text, '19.000', '2021-10-01')).toMatchObject({ value: '2020', how: 'clause' });
    // Not a school year, which is no calendar year.
    expect(period('Vorig schooljaar kregen 19.000 asielzoekerskinderen les.', '19.000', '2021-10-01').value).not.toBe('2020');
  });
  it('"tot nu toe", "so far" alone: a running count up to the day of writing, which agrees but never accuses', () => {
    const nl = 'Tot nu toe hebben 31.340 Oekraïense vluchtelingen zich bij een gemeente ingeschreven.';
    // Read as the month of writing, and that day (the claim shows the day the figure agreed with).
    expect(period(nl, '31.340', '2022-04-11')).toMatchObject({ value: '2022-04-11', alt: '2022-04', words: ['Tot nu toe'] });
    expect(period(nl.replace('31.340', '29.000'), '29.000', '2022-04-11')).toMatchObject({ value: '2022-04', alt: '2022-04-11' });
    expect(figure(nl, '31.340', 'nl', '2022-04-11').verdict).toBe('consistent');
    const en = (n: string) => `So far ${n} Ukrainian refugees have registered with municipalities.`;
    expect(figure(en('31,340'), '31,340', 'en', '2022-04-11').verdict).toBe('consistent');
    // Another count of another day is no accusation: "so far" may be a day or two old.
    expect(figure(en('29,000'), '29,000', 'en', '2022-04-11').verdict).toBe('context');
    // A page dated only to the month cannot say which day.
    expect(period(en('31,340'), '31,340', '2022-04')).toMatchObject({ value: null });
    // With a year beside it, it is that year so far; an earlier sentence's "so far" dates no later figure.
    expect(period('Tot nu toe vroegen dit jaar 20.000 mensen asiel aan.', '20.000', '2025-10-12')).toMatchObject({ value: '2025', toDate: true });
    const later = 'In 2024 vroegen 32.000 mensen asiel aan. Tot nu toe is de opvang vol. De IND beslist op 20.000 aanvragen.';
    expect(period(later, '20.000', '2025-10-12')).toMatchObject({ value: '2024' });
  });
});

describe('a lead that names no time', () => {
  it('"has fallen to 580,845", written in the first months of a year, is the last whole year\'s (weakly)', () => {
    const en = 'Across the EU, first-time asylum applications have fallen to 580,845, according to the statistics agency.';
    expect(period(en, '580,845', '2019-03-14', 'en')).toMatchObject({ value: '2018', how: 'discourse' });
    expect(figure(en, '580,845', 'en', '2019-03-14').verdict).toBe('consistent');
    const nl = 'Het aantal eerste asielaanvragen in de EU is gedaald tot 580.845, meldt het statistiekbureau.';
    expect(period(nl, '580.845', '2019-03-14')).toMatchObject({ value: '2018' });
    // Later in the year such a level may be a count of the year so far: no year is read.
    expect(period(en, '580,845', '2019-09-14', 'en')).toMatchObject({ value: null });
  });
  it('a count a body registered, reported in the first months of a year, is the last whole year\'s (weakly)', () => {
    const en = 'It is the highest number since 2016, when 1.2 million asylum seekers reached Europe. In a report out on Tuesday, the EU asylum agency said it recorded some 966,000 applications across the EU plus Norway and Switzerland.';
    expect(period(en, '966,000', '2023-02-22', 'en')).toMatchObject({ value: '2022', how: 'discourse' });
    const after = 'Eurostat says 650,000 first-time asylum seekers were registered across the union.';
    expect(period(after, '650,000', '2018-03-20', 'en')).toMatchObject({ value: '2017', how: 'discourse' });
    const nl = 'Het Europese asielagentschap registreerde ruim 966.000 asielaanvragen.';
    expect(period(nl, '966.000', '2023-02-22')).toMatchObject({ value: '2022' });
    // In the autumn a registered count may be the year's so far: no year is read.
    expect(period(after, '650,000', '2018-09-20', 'en')).toMatchObject({ value: null });
    // What a count came to: "bedroeg", "amounted to".
    const came = 'Het statistiekbureau publiceerde vandaag voorlopige cijfers over migratie. De immigratie bedroeg ruim 230.000 mensen.';
    expect(period(came, '230.000', '2017-01-30')).toMatchObject({ value: '2016', how: 'discourse' });
    expect(period('New figures on migration came out today. Immigration amounted to some 230,000 people.', '230,000', '2017-01-30', 'en')).toMatchObject({ value: '2016' });
    expect(period(came, '230.000', '2017-06-30')).toMatchObject({ value: null });
  });
  it('does not take the time of a peak a later sentence sets against it ("At the height of the crisis in 2015")', () => {
    const en = 'Across the EU, first-time asylum applications have dropped to 580,845, the statistics office said. Back at the peak of the refugee crisis in 2015 there were more than 1.2 million.';
    // (Written in March, the level a count has come to is the last whole year's: see below.)
    expect(period(en, '580,845', '2019-03-14', 'en')).toMatchObject({ value: '2018' });
    expect(period(en, '1.2 million', '2019-03-14', 'en')).toMatchObject({ value: '2015' });
    const nl = 'Het aantal eerste asielaanvragen in de EU is gedaald tot 580.845. Op het hoogtepunt van de vluchtelingencrisis in 2015 waren het er ruim 1,2 miljoen.';
    expect(period(nl, '580.845', '2019-09-14')).toMatchObject({ value: null });
  });
  it('does not take a later sentence\'s week that dates news ("Eerder deze week werd bekend")', () => {
    const text = 'De meeste immigranten kwamen uit Syrië, per saldo ruim 9000 mensen. Eerder deze week werd bekend dat er minder asielaanvragen binnenkomen.';
    expect(period(text, '9000', '2025-05-20')).toMatchObject({ value: null });
  });
});

describe('the year a change is measured from, and its level', () => {
  it('"than during the great refugee influx in 2015 and 2016" sets the time against the figure\'s; the figure of the next sentence keeps its own year', () => {
    const text = 'Several member states saw more asylum requests in 2019 than during the great refugee influx in 2015 and 2016. Germany handled a fifth of the 740,000 applications lodged across the EU.';
    expect(period(text, '740,000', '2020-06-20', 'en').value).toBe('2019');
    expect(period('Er kwamen in 2023 meer asielzoekers dan tijdens de grote asielcrisis van 2015. De IND telde 38.000 eerste aanvragen.', '38.000', '2024-02-01').value).toBe('2023');
  });
  it('"17 percent more than in 2022 with 966,000", "vergeleken met 2022 met 35.500": the level is that year\'s', () => {
    const en = 'The EU+ received 1.14 million asylum applications in 2023, up 17 percent against 2022 with 966,000 applications.';
    expect(period(en, '966,000', '2024-02-28', 'en')).toMatchObject({ value: '2022', how: 'apposition' });
    const nl = 'Er kwamen in 2023 38.000 eerste asielaanvragen binnen, 8 procent meer vergeleken met 2022 met 35.500 eerste aanvragen.';
    expect(period(nl, '35.500', '2024-02-01')).toMatchObject({ value: '2022' });
  });
});

describe('the whole a part of a year is taken from', () => {
  it('"23,100 of a total of 38,000" after "the second half of 2023": the whole is the year\'s', () => {
    const en = 'Asylum requests rose in 2023. Most of them came in the second half of 2023: 23,100 of a total of 38,000 first asylum requests.';
    // (Read, not stated: weakly.)
    expect(period(en, '38,000', '2024-02-02', 'en')).toMatchObject({ value: '2023', granularity: 'year', how: 'paragraph' });
    // A part of the quarter's own count is no part of a year's: read so, it is not accused.
    const quarter = 'In het eerste kwartaal van 2025 dienden 1.200 Syriërs een eerste asielverzoek in, van de in totaal 5.330 eerste asielverzoeken.';
    expect(figure(quarter, '5.330', 'nl', '2025-05-10').verdict).not.toBe('differs');
    expect(period(en, '23,100', '2024-02-02', 'en')).toMatchObject({ value: '2023-07/2023-12' });
    // ("of the total 38,000", without "of" after "total", is the same whole.)
    const the = 'First asylum requests climbed through 2023, most of all from July to December 2023, with 23,100 of the total 38,000.';
    expect(period(the, '38,000', '2024-02-02', 'en')).toMatchObject({ value: '2023', granularity: 'year' });
    // ("halfjaar" is a half, not "half" followed by a stray "jaar".)
    const nl = 'In het tweede halfjaar van 2023 vroegen de meeste mensen asiel aan: ruim 23 duizend van de in totaal ruim 38 duizend eerste asielaanvragen.';
    expect(period(nl, '23 duizend', '2024-02-02')).toMatchObject({ value: '2023-07/2023-12' });
    expect(period(nl, '38 duizend', '2024-02-02')).toMatchObject({ value: '2023', granularity: 'year' });
  });
});

describe('the past three months, and a baseline said to be like them', () => {
  it('"in de afgelopen drie maanden", written in the first month of a quarter, is the quarter just over', () => {
    const text = 'De groep nareizigers bleef even groot. In de afgelopen drie maanden reisden zo\'n 2650 nareizigers naar Nederland, ongeveer evenveel als in dezelfde periode van 2022. Toen waren het er 2600.';
    expect(period(text, '2650', '2024-10-31')).toMatchObject({ value: '2024-Q3' });
    expect(figure(text, '2650', 'nl', '2024-10-31').verdict).toBe('consistent');
    // Written later in a quarter, the past three months are the three months before the month of
    // writing, or the three before those (the quarter just over, whose release may come out then):
    // it may agree with either reading.
    expect([period(text, '2650', '2024-11-20')].map((p) => [p.value, p.alt].sort())).toEqual([['2024-08/2024-10', '2024-Q3']]);
    // A month later the quarter is no reading any more.
    expect([period(text, '2650', '2024-12-20')].map((p) => [p.value, p.alt].sort())).toEqual([['2024-08/2024-10', '2024-09/2024-11']]);
    expect(figure(text, '2650', 'nl', '2024-12-20').verdict).not.toBe('consistent');
    // "Toen" after the baseline is the baseline's time only: the 2600 of 2022 is not checked
    // against this quarter's count it was said to be like.
    expect(period(text, '2600', '2024-10-31')).toMatchObject({ value: '2022-Q3' });
    expect(figure(text, '2600', 'nl', '2024-10-31').verdict).not.toBe('consistent');
  });
});

describe('"de afgelopen zes maanden", "the past twelve months": the months up to the time of writing', () => {
  it('six or twelve months written soon after a half or a year ended are that half or year', () => {
    const nl = 'De bevolking groeide snel, meldt het CBS. In de afgelopen zes maanden kwamen er 98.000 immigranten naar Nederland.';
    expect(period(nl, '98.000', '2016-08-02')).toMatchObject({ value: '2016-01/2016-06', granularity: 'part-year', words: ['afgelopen zes maanden'] });
    const en = 'Asylum claims in the EU fell sharply. Over the past six months Germany still received 70,000 applications.';
    expect(period(en, '70,000', '2025-09', 'en')).toMatchObject({ value: '2025-01/2025-06' });
    expect(period('In the past twelve months the Netherlands granted 14,000 asylum requests.', '14,000', '2026-02-10', 'en')).toMatchObject({ value: '2025' });
  });
  it('else the months before the month of writing, across a year\'s end, never a year named before', () => {
    const text = 'Fewer asylum seekers may stay, the IND reports after a busy 2024. Over the past twelve months it granted just 35 percent of first asylum requests.';
    expect(period(text, '35 percent', '2025-12-20', 'en')).toMatchObject({ value: '2024-12/2025-11', alt: '2024-11/2025-10' });
    // Early in a month the month before is not yet counted.
    expect(period(text, '35 percent', '2025-12-03', 'en')).toMatchObject({ value: '2024-11/2025-10', alt: '2024-12/2025-11' });
    // A standing rate the IND gives without a period is no confirmation of a rate of these months.
    expect(figure(text, '35 percent', 'en', '2025-12-20').verdict).not.toBe('consistent');
  });
  it('a day or month named after months across a year\'s end is of their later year', () => {
    const text = 'EU+ asylum offices worked through their files in 2018. Over the past twelve months the backlog of pending asylum cases hardly moved and stood at 441,000 on 30 June.';
    expect(period(text, '441,000', '2019-08-12', 'en')).toMatchObject({ value: '2019-06-30' });
  });
});

describe('a year in a report\'s title', () => {
  it('names the report, not the time of its figures ("its 2025 Annual Report counts …" of 2024)', () => {
    const text = 'EU asylum applications fell in 2024. The EU asylum agency\'s 2025 Annual Report counts 1,014,420 asylum applications, 11 percent fewer than a year earlier.';
    const f = figure(text, '1,014,420', 'en', '2025-09-22');
    expect([f.claim!.period.value, f.verdict]).toEqual(['2024', 'consistent']);
  });
});

describe('a time the figure is said to be like ("net als vorig jaar", "just as in 2015")', () => {
  it('is not the figure\'s own time when the clause names another', () => {
    const nl = 'Ook dit jaar komt de totale asielinstroom, net als in 2015, uit op 58.000.';
    expect(period(nl, '58.000', '2016-06-01')).toMatchObject({ value: '2016' });
    const en = 'Just as in 2015, the total asylum inflow in 2016 is put at 58,000.';
    expect(period(en, '58,000', '2016-06-01', 'en')).toMatchObject({ value: '2016' });
  });
});

describe('a row of years, a table header glued into the text', () => {
  it('does not set the year a later date without one belongs to', () => {
    const text =
      'Up to September 2023 the population grew by some 111 thousand, CBS reports.\n\nGrowth up to September Part 2023* (thousands) 2022 (thousands) 2021 (thousands) 2020 (thousands) Immigration 251.4 318.0 190.2 160.7\n\nFewer refugees from Ukraine came. By 1 October some 105.5 thousand refugees from Ukraine were living in the Netherlands.';
    expect(figure(text, '105.5 thousand', 'en', '2023-11-01')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2023-10-01' } } });
  });
  it('is no time the prose after the table speaks of', () => {
    const text = [
      'Over January to September 2023 the population grew less than a year before, CBS reports.',
      '',
      'Part | 2023* (1,000s) | 2022 (1,000s) | 2021 (1,000s) | 2020 (1,000s) |',
      '---|---|---|---|---|',
      'Immigration | 251.4 | 318.0 | 190.2 | 160.7 |',
      '',
      'Fewer refugees came from Ukraine. On balance some 12 thousand Ukrainian refugees settled here.',
    ].join('\n');
    // (The part of 2023 the text opened with, or no time: not the last column's year.)
    expect([null, '2023-01/2023-09']).toContain(period(text, '12 thousand', '2023-11-01', 'en').value);
  });
  it('nor when the years stand in cells of their own ("| 2020 (1,000s) | 2019 (1,000s) |")', () => {
    const text = [
      'Up to September 2023 the population grew by some 111 thousand, CBS reports.',
      '',
      'Part | 2023* (1,000s) | 2022 (1,000s) | 2021 (1,000s) | 2020 (1,000s) |',
      '---|---|---|---|---|',
      'Immigration | 251.4 | 318.0 | 190.2 | 160.7 |',
      '',
      'Fewer refugees from Ukraine came. By 1 October some 105.5 thousand refugees from Ukraine were living in the Netherlands.',
    ].join('\n');
    expect(figure(text, '105.5 thousand', 'en', '2023-11-01')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2023-10-01' } } });
  });
});

describe('"up on" and "down on" a year', () => {
  it('set the figure against that year; it is not the figure\'s time', () => {
    const rise = 'Immigration went up again last year: by CBS\'s estimate the country gained 27 thousand immigrants, up on 2018.';
    expect(period(rise, '27 thousand', '2020-01-30', 'en')).toMatchObject({ value: '2019' });
    const fall = 'In Europe as a whole, 640,000 asylum seekers came, down on 2017.';
    expect(period(fall, '640,000', '2019-03-01', 'en').value).not.toBe('2017');
  });
});

describe('a year that dates a crisis', () => {
  it('is the backdrop, not the time, behind another year its sentence speaks of', () => {
    const en = 'In 2018 requests in the EU+ fell once more, after the refugee crisis of 2015. All told, 634,700 applications were made, a tenth fewer than in 2017.';
    expect(figure(en, '634,700', 'en', '2019-02-25')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2018' } } });
    const nl = 'In 2018 daalden de asielverzoeken in de EU+ opnieuw, na de vluchtelingencrisis van 2015. De 634.700 aanvragen waren een tiende minder dan in 2017.';
    expect(figure(nl, '634.700', 'nl', '2019-02-25')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2018' } } });
    // (A crisis's year that is the only time before the figure is still its time.)
    const only = 'The refugee crisis of 2015 was without precedent. Across the EU, some 1.26 million people lodged a first asylum claim that year.';
    expect(figure(only, 'some 1.26 million', 'en', '2016-03-04').claim!.period.value).toBe('2015');
  });
});

describe('a year that dates a law or treaty', () => {
  it('is no time of the figures ("the 2008 Return Directive", "het Vluchtelingenverdrag van 1951")', () => {
    const en = 'On 11 March 2025 the Commission proposed to revise the 2008 Return Directive. Only about 20% of those told to leave the EU actually go, it says.';
    expect(figure(en, 'about 20%', 'en', '2025-03-12').claim!.period.value).not.toBe('2008');
    const nl = 'Het Vluchtelingenverdrag van 1951 geldt nog steeds. Nederland telde vorig jaar 38.000 eerste asielaanvragen.';
    expect(figure(nl, '38.000', 'nl', '2024-03-01')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2023' } } });
    // A year before a document that is not a name still is a time: "in 2016 the agreement …".
    const deal = 'In 2016 the agreement with Turkey came into force. That year the EU logged 1.2 million first-time applicants.';
    expect(figure(deal, '1.2 million', 'en', '2017-04-01').claim!.period.value).toBe('2016');
  });
});

describe('the same part of another year', () => {
  it('"the same period in 2024", "dezelfde periode van 2024" is the part of the year spoken of, in that year', () => {
    const en = 'In the first quarter of 2025 only 1,000 Syrians asked for asylum in the Netherlands, a 65 per cent drop on the same period in 2024, when nearly 2,900 did.';
    expect(period(en, '2,900', '2025-04-30', 'en')).toMatchObject({ value: '2024-Q1' });
    expect(period(en, '65 per cent', '2025-04-30', 'en')).toMatchObject({ value: '2025-Q1', since: '2024-Q1' });
    const nl = 'In het eerste kwartaal van 2025 vroegen 1.000 Syriërs asiel aan, tegen bijna 2.900 in dezelfde periode van 2024.';
    expect(period(nl, '2.900', '2025-04-30')).toMatchObject({ value: '2024-Q1' });
  });
  it('a year\'s own figure written as "2022\'s 873,700" keeps that year, also where the year is a baseline', () => {
    const text = 'Eurostat counted 1,048,900 first-time applicants in the EU in 2023, a 20% increase from 2022\'s 873,700.';
    expect(period(text, '873,700', '2024-03-25', 'en')).toMatchObject({ value: '2022' });
  });
});

describe('a week that dates the news', () => {
  it('"…, meldde de IND vorige week." dates the announcement, not the next sentence\'s figures', () => {
    const text = 'Het aantal asielaanvragen daalde in 2024, maakte de IND vorige week bekend. Het ging om ruim 32.000 eerste asielaanvragen, tegen 38.000 in 2023.';
    expect(period(text, '32.000', '2025-01-10')).toMatchObject({ value: '2024' });
    // A week in the figure's own clause is still its time.
    expect(period('Vorige week vroegen 700 mensen asiel aan in Ter Apel.', '700', '2025-01-10').granularity).toBe('week');
  });
});

describe('a text that names no time but a baseline', () => {
  it('a figure set against the year two before the text\'s own is the last whole year, weakly: it may agree, never accuse', () => {
    const text = 'Het aantal vreemdelingen dat gedwongen werd uitgezet, nam opnieuw toe. Het ging om 3.100 mensen, ruim 500 meer dan in 2016.';
    expect(period(text, '3.100', '2018-04-20')).toMatchObject({ value: '2017', how: 'baseline', words: ['2016'] });
    expect(period('Last year, 3,100 people were deported, some 500 more than in 2016.', '3,100', '2018-04-20', 'en')).toMatchObject({ value: '2017', how: 'sentence' });
    // "more than double the N lodged in Y" sets the figure against that year's too.
    const en = 'A record 1.3 million first-time applicants were registered in the EU, more than double the 560,000 counted in 2014.';
    expect(period(en, '1.3 million', '2016-03-05', 'en')).toMatchObject({ value: '2015', how: 'baseline' });
    // Written in the year after the baseline, the figure may be this year's so far: no reading.
    expect(period(text, '3.100', '2017-09-20')).toMatchObject({ value: null });
    // (Far off the fact, a year read from a baseline does not accuse.)
    expect(figure('In de Nederlandse cijfers: het ging om 9.900 gedwongen uitgezette vreemdelingen, ruim 500 meer dan in 2016.', '9.900', 'nl', '2018-04-20').verdict).not.toBe('differs');
  });
});

describe('a stock in the present tense, with no time named', () => {
  it('"wachten" / "are waiting": the month the text was written in', () => {
    expect(period('Bijna 18.000 asielzoekers wachten al meer dan een half jaar op een beslissing van de IND.', '18.000', '2025-09-14')).toMatchObject({ value: '2025-09' });
    expect(period('Around 12,000 asylum seekers are waiting for a decision from the IND.', '12,000', '2025-09-14', 'en')).toMatchObject({ value: '2025-09' });
  });
  it('"are registered" / "zijn ingeschreven": a count standing now, of the month of writing', () => {
    expect(period('A total of 27,123 Ukrainian refugees are registered in Dutch municipalities, the statistics office said.', '27,123', '2022-04-08', 'en')).toMatchObject({ value: '2022-04' });
    expect(period('Ruim 27.000 Oekraïense vluchtelingen zijn ingeschreven bij een Nederlandse gemeente.', '27.000', '2022-04-08')).toMatchObject({ value: '2022-04' });
  });
  it('not a flow in the present tense, and not without a date to write it by', () => {
    expect(period('Bijna 18.000 mensen vragen asiel aan in Nederland.', '18.000', '2025-09-14').value).toBeNull();
    expect(period('Bijna 18.000 asielzoekers wachten op een beslissing van de IND.', '18.000', '2025').value).toBeNull();
  });
});

describe('a year in brackets after the count, the two ends of a span, conjuncts', () => {
  it('"30.400 mensen (2018)": a year alone in brackets after the count noun dates the figure', () => {
    const text = 'Dat is minder dan in de twee jaren ervoor, toen 30.400 mensen (2018) en 31.300 mensen (2017) asiel aanvroegen.';
    expect(period(text, '30.400', '2020-01-22')).toMatchObject({ value: '2018', how: 'apposition' });
    expect(period(text, '31.300', '2020-01-22')).toMatchObject({ value: '2017', how: 'apposition' });
    // A bracket that goes on after the year is a remark of its own.
    expect(period('In 2019 vroegen 29.400 mensen asiel aan (in 2018 waren het er meer).', '29.400', '2020-01-22')).toMatchObject({ value: '2019' });
  });
  it('"grew between 2015 and 2016 (rising from 205 000 to 231 000)": the first level is the span\'s start, the second its end', () => {
    const en = 'Immigration into the Netherlands grew between 2015 and 2016 (rising from 205 000 to 231 000 people).';
    expect(period(en, '205 000', '2018-10-01', 'en')).toMatchObject({ value: '2015', granularity: 'year' });
    expect(period(en, '231 000', '2018-10-01', 'en')).toMatchObject({ value: '2016', granularity: 'year' });
    const nl = 'Tussen 2015 en 2018 daalde het aantal eerste asielaanvragen van 43.000 naar 20.500.';
    expect(period(nl, '43.000', '2019-03-01')).toMatchObject({ value: '2015' });
    expect(period(nl, '20.500', '2019-03-01')).toMatchObject({ value: '2018' });
  });
  it('"twee keer zoveel als in 2014" is a baseline: the next sentence is still about last year', () => {
    const text = 'Vorig jaar dienden ruim 43.000 mensen een asielverzoek in, twee keer zoveel als in 2014. Ook reisden er bijna 14.000 nareizigers naar ons land.';
    expect(period(text, '14.000', '2016-01-29')).toMatchObject({ value: '2015', how: 'paragraph' });
  });
  it('"… 29.400 mensen in 2019 en 30.400 in 2018": each figure has the year right after it', () => {
    const text = 'In 2020 vroegen 19.100 mensen asiel aan, tegenover 29.400 mensen in 2019 en 30.400 in 2018.';
    expect(period(text, '29.400', '2021-01-18')).toMatchObject({ value: '2019' });
    expect(period(text, '30.400', '2021-01-18')).toMatchObject({ value: '2018' });
  });
  it('"… nog 4.200 en in 2018 kwamen er 6.500": a time after "en" opens the next conjunct', () => {
    const text = 'Vorig jaar reisden 3.900 nareizigers naar ons land. In 2019 waren dat er nog 4.200 en in 2018 kwamen er 6.500 nareizigers.';
    expect(period(text, '4.200', '2021-01-18')).toMatchObject({ value: '2019' });
    expect(period(text, '6.500', '2021-01-18')).toMatchObject({ value: '2018' });
  });
});

describe('a year of its own inside a bracket', () => {
  it('"compared to the previous year (20,353 in 2018, compared with 14,716 in 2017)": each figure keeps the year after it', () => {
    const text = 'First asylum applications went up in 2018 compared to the previous year (20,353 in 2018, compared with 14,716 in 2017).';
    expect(period(text, '20,353', '2019-02-01', 'en')).toMatchObject({ value: '2018' });
    expect(period(text, '14,716', '2019-02-01', 'en')).toMatchObject({ value: '2017' });
  });
});

describe('a baseline year with its figure in brackets', () => {
  it('"… in 2016 came to almost half the record inflow of 2015 (58,900)": the next sentence is still about 2016', () => {
    const text = 'At 31,600, the overall asylum inflow in 2016 came to almost half the record inflow of 2015 (58,900). In addition, 18,170 first-time applications were lodged.';
    expect(period(text, '18,170', '2017-04-10', 'en')).toMatchObject({ value: '2016', how: 'paragraph' });
    expect(period(text, '58,900', '2017-04-10', 'en')).toMatchObject({ value: '2015' });
  });
  it('"the last three months of 2024" is its fourth quarter; "during the same period" points back to it', () => {
    const text = 'Member states of the EU told 124,935 non-EU citizens to leave in the last three months of 2024.\nDuring the same period, 28,630 people were sent back to countries outside the EU.';
    expect(period(text, '124,935', '2025-03-20', 'en')).toMatchObject({ value: '2024-Q4', granularity: 'quarter' });
    expect(period('In the final quarter of 2024, 30,000 non-EU citizens received an order to leave an EU country.', '30,000', '2025-03-20', 'en')).toMatchObject({ value: '2024-Q4' });
    expect(period(text, '28,630', '2025-03-20', 'en')).toMatchObject({ value: '2024-Q4' });
    const nl = 'In de laatste zes maanden van 2023 vroegen 21.000 mensen asiel aan. In dezelfde periode kwamen er 5.000 nareizigers.';
    expect(period(nl, '21.000', '2024-03-01')).toMatchObject({ value: '2023-07/2023-12', granularity: 'part-year' });
    expect(period(nl, '5.000', '2024-03-01')).toMatchObject({ value: '2023-07/2023-12' });
    // "In dezelfde periode vorig jaar" is still the year before.
    expect(period('In de laatste zes maanden van 2023 vroegen 21.000 mensen asiel aan, tegen 17.000 in dezelfde periode vorig jaar.', '17.000', '2024-03-01')).toMatchObject({ value: '2022-07/2022-12' });
    // Without a year, "the last three months" runs back from the day of writing: no quarter.
    expect(period('In the last three months, 30,000 people sought asylum in the EU.', '30,000', '2025-03-20', 'en').value).not.toBe('2024-Q4');
  });
  it('a time inside a "sinds …" clause does not set the year the text speaks of; "diezelfde periode vorig jaar" is the year before; a reporting organisation counts nothing', () => {
    const text = 'In de eerste helft van dit jaar vroegen 12.500 mensen asiel aan in Nederland, tegen 15.000 in diezelfde periode vorig jaar. Het betrof 12.500 mensen, meldt het CBS, dat cijfers van de Immigratie- en Naturalisatiedienst gebruikt. Het aantal Syriërs daalde sinds de machtswissel in Damascus eind 2024. In het tweede kwartaal kwamen er 3.000 nareizigers naar Nederland.';
    expect(period(text, '15.000', '2025-08-20')).toMatchObject({ value: '2024-01/2024-06' });
    expect(period(text, '3.000', '2025-08-20')).toMatchObject({ value: '2025-Q2' });
    const again = figures(text, 'nl', '2025-08-20').filter((f) => f.text === '12.500')[1];
    expect(again.concept).toBe('asylum-applications');
  });
});

describe('a figure that opens the next conjunct', () => {
  it('"… in 2023 and some 31,200 were lodged the year before": the time after the figure is its own, not the year closing the conjunct before', () => {
    const text = 'About 34,900 asylum requests were counted in the Netherlands in 2023 and some 31,200 were lodged the year before.';
    expect(period(text, '31,200', '2024-03-01', 'en')).toMatchObject({ value: '2022' });
    expect(period(text, '34,900', '2024-03-01', 'en')).toMatchObject({ value: '2023' });
    const nl = 'In Nederland werden in 2023 zo\'n 34.900 asielverzoeken ingediend en ruim 31.200 in het jaar ervoor.';
    expect(period(nl, '31.200', '2024-03-01')).toMatchObject({ value: '2022' });
    // With no time of its own after it, the year before still scopes over both.
    expect(period('In 2023 kwamen 34.900 asielzoekers en 9.800 nareizigers naar Nederland.', '9.800', '2024-03-01')).toMatchObject({ value: '2023' });
  });
});

describe('a four-digit count of people is no year', () => {
  it('"De meesten kwamen uit Eritrea: 1870 mensen" is a count, and sets no time for what follows', () => {
    const text = 'In het tweede kwartaal van 2024 kwamen 2.900 nareizigers naar Nederland. De meesten kwamen uit Eritrea: 1870 mensen.\n\nMeer dan de helft van de asielzoekers was jonger dan 18 jaar.';
    const all = figures(text, 'nl', '2024-08-01');
    expect(all.map((f) => f.text)).toContain('1870');
    expect(period(text, 'Meer dan de helft', '2024-08-01').value).toBe('2024-Q2');
    // "in 2015 mensen …" stays a year.
    expect(figures('In 2015 mensen opvangen was moeilijk.', 'nl', '2016-01-01').map((f) => f.text)).not.toContain('2015');
  });
});

describe('the year so far, as far as the figures go', () => {
  it('after "de eerste negen maanden van dit jaar", "dit jaar vooralsnog" means those nine months', () => {
    const text = 'In de eerste negen maanden van dit jaar dienden minder mensen een asielverzoek in dan een jaar eerder. Dit jaar vooralsnog ging het om 16.600 eerste aanvragen, meldt het CBS.';
    expect(period(text, '16.600', '2025-11-03')).toMatchObject({ value: '2025-01/2025-09' });
    expect(figure(text, '16.600', 'nl', '2025-11-03').verdict).toBe('consistent');
    // Without a part of the year named before, the months up to the day of writing.
    expect(period('Dit jaar vooralsnog vroegen 16.600 mensen asiel aan.', '16.600', '2025-11-03')).toMatchObject({ value: '2025-01/2025-11' });
  });
  it('"Vorig jaar waren dat er nog …" after figures of this year so far may mean the same months a year earlier', () => {
    const text = 'In de eerste negen maanden van 2025 hebben 2.400 Syriërs een eerste asielaanvraag ingediend. Vorig jaar waren dat er nog 8.900.';
    const f = period(text, '8.900', '2025-11-03');
    // (The card shows the reading that agreed first; the other stays as `alt`.)
    expect([f.value, f.alt].sort()).toEqual(['2024', '2024-01/2024-09']);
    // It may agree with the same months; it accuses on neither.
    expect(figure(text, '8.900', 'nl', '2025-11-03').verdict).toBe('consistent');
    expect(figure(text.replace('8.900', '5.100'), '5.100', 'nl', '2025-11-03').verdict).not.toBe('differs');
  });
});

describe('a sentence that names its own subject is no count back', () => {
  it('"In 2021 was het migratiesaldo …" dates the figures after it', () => {
    const text = 'In 2021 was het migratiesaldo 78 duizend, zo schrijft een lezer. Dat komt vooral door arbeidsmigratie. De immigratie was 253 duizend.';
    expect(period(text, '253 duizend', '2022-06-01')).toMatchObject({ value: '2021' });
    expect(figure(text, '253 duizend', 'nl', '2022-06-01').verdict).toBe('consistent');
  });
});

describe('two times and two figures in brackets after them', () => {
  it('pairs them in order: "in 2015 en 2016 (respectievelijk 58.880 en 31.600)", "in 2019 and 2020 (671,200 and 461,300)"', () => {
    const nl = 'De totale asielinstroom was hoger in 2015 en 2016 (respectievelijk 58.880 en 31.600) dan daarna.';
    expect(period(nl, '58.880', '2018-01-01').value).toBe('2015');
    expect(period(nl, '31.600', '2018-01-01').value).toBe('2016');
    const en = 'The EU+ counted far fewer asylum applications in 2020: the totals of 2019 and 2020 (671,200 and 461,300) show the drop.';
    expect(period(en, '671,200', '2021-02-18', 'en').value).toBe('2019');
    expect(period(en, '461,300', '2021-02-18', 'en').value).toBe('2020');
  });
});

describe('a whole that repeats a figure given before', () => {
  it('"Van de 35.500 aanvragen wachtten er eind vorig jaar nog …" is the figure given before, of its year', () => {
    const text = 'Vorig jaar dienden 35.500 mensen in Nederland een eerste asielverzoek in. Van de 35.500 eerste aanvragen wachtten er eind vorig jaar nog 12.000 op een besluit.';
    const fs = figures(text, 'nl', '2023-02-01').filter((f) => f.text === '35.500');
    expect(fs.map((f) => f.claim!.period.value)).toEqual(['2022', '2022']);
    // A whole given for the first time is counted on its part's day.
    const stock = 'Van de 82.000 Oekraïense vluchtelingen woonde op 1 november ruim de helft in een gemeentelijke opvang.';
    expect(period(stock, '82.000', '2023-01-15').value).toBe('2022-11-01');
  });
});

describe('"waarin" after a year and an aside between dashes', () => {
  it('speaks of that year: "dan in 2015 – het jaar van … – waarin ruim 58.000"', () => {
    const text = 'In 2016 vroegen 31.600 mensen asiel aan in Nederland, veel minder dan in 2015 – het jaar van de grote toestroom – waarin ruim 58.000 aanvragen binnenkwamen.';
    expect(period(text, '58.000', '2017-02-01').value).toBe('2015');
    expect(period(text, '31.600', '2017-02-01').value).toBe('2016');
  });
});

describe('"since 2022, with N … in 2024"', () => {
  it('a figure that names its own year after it is that year\'s, not the baseline\'s before it', () => {
    const en = 'The EU asylum agency says the number of claims in the EU+ has stayed high since 2022, with slightly more than 1 million applications filed in 2024.';
    expect(period(en, '1 million', '2025-03-20', 'en').value).toBe('2024');
    // Without a year of its own, the year before "with" is still the figure's ("against 2022 with 966,000").
    expect(period('Applications in the EU+ rose by 17 percent against 2022 with 966,000 applications.', '966,000', '2024-03-01', 'en').value).toBe('2022');
  });
});

describe('a photo caption', () => {
  it('dates the picture, not the text: the year\'s first half after it is of the year the text speaks of', () => {
    const text = 'Asylum in the EU+ fell slightly in 2024\n\nPeople wait outside a reception centre in Brussels on Tuesday 14 March 2023. Photo: Belga\n\nFrom January to June of the year the EU asylum agency counted 498,000 claims for protection.';
    expect(period(text, '498,000', '2024-09-20', 'en').value).toBe('2024-01/2024-06');
  });
});

describe('two years in a row after "in", "voor", "for"', () => {
  it('are one span of both; two years apart name two years, not the one between', () => {
    expect(period('In 2022 en 2023 vroegen samen 74.000 mensen voor het eerst asiel aan.', '74.000', '2024-03-01')).toMatchObject({ value: '2022/2023', granularity: 'years', words: ['2022 en 2023'] });
    expect(period('For 2026 and 2027 the member states offered 15,000 resettlement places in total.', '15,000', '2025-12-01', 'en')).toMatchObject({ value: '2026/2027' });
    expect(period('In 2015 en 2017 vroegen 31.000 mensen asiel aan.', '31.000', '2018-03-01').value).not.toBe('2015/2017');
  });
});

describe('two figures closed by "respectively" after a span of two years', () => {
  it('the first is the first year\'s, the second the second\'s', () => {
    const en = 'Applications are back near the peak of the 2015–2016 crisis, when the EU+ counted about 1.3 million and 1.26 million asylum applications respectively.';
    expect(period(en, '1.3 million', '2024-03-01', 'en').value).toBe('2015');
    expect(period(en, '1.26 million', '2024-03-01', 'en').value).toBe('2016');
    const nl = 'In 2015 en 2016 vroegen 58.880 en 31.600 mensen respectievelijk asiel aan in Nederland.';
    expect(period(nl, '31.600', '2018-01-01').value).toBe('2016');
    // "respectievelijk" before the pair, without brackets.
    const before = 'De totale asielinstroom in Nederland bedroeg in 2015 en 2016 respectievelijk ruim 58.000 en 31.600 aanvragen.';
    expect(period(before, '58.000', '2018-01-01').value).toBe('2015');
    expect(period(before, '31.600', '2018-01-01').value).toBe('2016');
  });
  it('also with the two years after the pair: "1,3 miljoen en 1,26 miljoen … in 2015 en 2016 respectievelijk"', () => {
    const nl = 'De EU telde 1,3 miljoen en 1,26 miljoen asielaanvragen in 2015 en 2016 respectievelijk, een record.';
    expect(period(nl, '1,3 miljoen', '2023-03-20').value).toBe('2015');
    expect(period(nl, '1,26 miljoen', '2023-03-20').value).toBe('2016');
    const en = 'The EU asylum records, 1.3 million and 1.26 million asylum applications during 2015 and 2016 respectively, still stand.';
    expect(period(en, '1.26 million', '2023-03-20', 'en').value).toBe('2016');
  });
  it('unsaid, when the two years close the clause: "piekte op 58.880 en 31.600 in 2015 en 2016."', () => {
    const nl = 'De asielinstroom piekte op 58.880 en 31.600 aanvragen in 2015 en 2016. Daarna daalde het aantal.';
    expect(period(nl, '58.880', '2018-01-01').value).toBe('2015');
    expect(period(nl, '31.600', '2018-01-01').value).toBe('2016');
    const en = 'EU asylum applications peaked at 1.3 million and 1.26 million in 2015 and 2016, the agency recalled.';
    expect(period(en, '1.3 million', '2023-03-20', 'en').value).toBe('2015');
    expect(period(en, '1.26 million', '2023-03-20', 'en').value).toBe('2016');
    // More words after the years may make them one span for both figures: no pairing.
    const together = 'Nederland telde 58.880 en 31.600 aanvragen in 2015 en 2016 samen met de nareizigers.';
    expect(period(together, '58.880', '2018-01-01').value).not.toBe('2015');
  });
  it('also with a counted noun after each figure, and "when" pointing back at the years', () => {
    const en = 'Numbers are still far from the record years 2015 and 2016, when the EU counted 1,216,860 asylum applicants and 1,166,815 asylum applicants respectively.';
    expect(period(en, '1,216,860', '2022-03-24', 'en').value).toBe('2015');
    expect(period(en, '1,166,815', '2022-03-24', 'en').value).toBe('2016');
  });
});

describe('two figures set against each other in brackets after a change', () => {
  it('the first is the clause\'s own time, the second the time it is compared with', () => {
    const nl = 'Het aantal eerste asielaanvragen daalde in 2020 sterk in vergelijking met het jaar ervoor (13.673 tegenover 22.433).';
    expect(period(nl, '13.673', '2021-01-20').value).toBe('2020');
    expect(period(nl, '22.433', '2021-01-20').value).toBe('2019');
    // Read the other way round, each figure was accused of being the other year's.
    expect(figure(nl, '13.673', 'nl', '2021-01-20').verdict).toBe('consistent');
    expect(figure(nl, '22.433', 'nl', '2021-01-20').verdict).toBe('consistent');
    const en = 'First asylum applications fell in 2020 compared with 2019 (13,673 against 22,433).';
    expect(period(en, '13,673', '2021-01-20', 'en').value).toBe('2020');
    expect(period(en, '22,433', '2021-01-20', 'en').value).toBe('2019');
  });
  it('with no time named for the base, the base has no period of its own (and no verdict)', () => {
    const nl = 'Het aantal eerste asielaanvragen nam sterk af in 2020 (13.673 tegenover 22.433).';
    expect(period(nl, '13.673', '2021-01-20').value).toBe('2020');
    expect(period(nl, '22.433', '2021-01-20').value).toBeNull();
    expect(figure(nl, '22.433', 'nl', '2021-01-20').verdict).not.toBe('differs');
  });
});

describe('a record year and a year with a clause of its own', () => {
  it('"nog nooit … zo hoog als in 2017" is the figure\'s own year, not a baseline', () => {
    const text = 'Nog nooit was het migratiesaldo zo hoog als in 2017: per saldo 81 duizend. In totaal arriveerden 235 duizend immigranten.';
    expect(period(text, '81 duizend', '2018-10-20').value).toBe('2017');
    expect(period(text, '235 duizend', '2018-10-20').value).toBe('2017');
    expect(figure(text, '81 duizend', 'nl', '2018-10-20').verdict).toBe('consistent');
    // A plain comparison stays a baseline.
    expect(period('Het migratiesaldo was in 2018 zo hoog als in 2017: 86 duizend.', '86 duizend', '2019-10-20').value).toBe('2018');
  });
  it('"compared with 2017, which recorded 654,600" and "ten opzichte van 2019, waarin 22.533" date the figure in that clause', () => {
    const en = 'In 2018, 580,800 people made a first asylum claim in the EU, a fall of 11% when compared with 2017, which recorded 654,600 first-time applicants.';
    expect(period(en, '654,600', '2019-03-14', 'en').value).toBe('2017');
    expect(figure(en, '654,600', 'en', '2019-03-14').verdict).toBe('consistent');
    const nl = 'Het aantal eerste aanvragen daalde met 20 procent ten opzichte van 2019, waarin 22.533 mensen voor het eerst asiel vroegen.';
    expect(period(nl, '22.533', '2021-03-01').value).toBe('2019');
  });
});

describe('a year on a line of its own', () => {
  it('heads the figures under it, whatever year the figures above were read as', () => {
    const text = ['Vertrek per jaar', '', '2020', '', 'Gedwongen vertrek uit Nederland', '1.650', '', '2019', '', 'Gedwongen vertrek uit Nederland', '2.760'].join('\n');
    expect(period(text, '1.650', '2020-08-01').value).toBe('2020');
    expect(period(text, '2.760', '2020-08-01').value).toBe('2019');
    // A year inside a sentence does not head what follows, and a figure's own time still wins.
    const event = 'Sinds de start van de statistiek in 2019 is er veel veranderd.\n\nHet gedwongen vertrek kwam vorig jaar uit op 1.650.';
    expect(period(event, '1.650', '2021-02-01').value).toBe('2020');
  });
  it('also when the copied table lost the break between a row\'s label and its number', () => {
    const text = ['Vertrek per jaar', '', '2018', '', 'Gedwongen vertrek uit Nederland2.650', 'Zelfstandig vertrek uit Nederland3.610', '', '2017', '', 'Gedwongen vertrek uit Nederland2.700'].join('\n');
    expect(period(text, '2.650', '2020-08-01').value).toBe('2018');
    expect(period(text, '3.610', '2020-08-01').value).toBe('2018');
    expect(period(text, '2.700', '2020-08-01').value).toBe('2017');
  });
});

describe('the day a report came out', () => {
  it('"data issued by the EU statistics office on 20 March" date the release, not the count: the year before stays the period', () => {
    const en = 'More asylum seekers came to the EU in 2023. In data issued by the EU statistics office on 20 March, first-time applicants in the EU numbered 1.05 million.';
    expect(period(en, '1.05 million', '2024-03-22', 'en')).toMatchObject({ value: '2023', granularity: 'year' });
    expect(figure(en, '1.05 million', 'en', '2024-03-22').verdict).toBe('consistent');
    const nl = 'In 2023 kwamen er meer asielzoekers. Het CBS maakte op 2 februari bekend dat 38.300 mensen voor het eerst asiel aanvroegen.';
    expect(period(nl, '38.300', '2024-02-04')).toMatchObject({ value: '2023', granularity: 'year' });
  });
  it('a stock on a day named without a report stays of that day', () => {
    expect(period('On 31 March 2025, just over 4.25 million people held temporary protection in the EU.', '4.25 million', '2025-05-10', 'en')).toMatchObject({ value: '2025-03-31', granularity: 'day' });
  });
});

describe('the day an event began', () => {
  it('"the war, which began on 24 February 2022" dates the war, not the figures beside it', () => {
    const text = 'The agency looked back on 2022. Besides the millions who fled the war, which began on 24 February 2022, asylum applications in the EU+ rose to almost 1 million.';
    expect(period(text, 'almost 1 million', '2023-06-15', 'en')).toMatchObject({ value: '2022', granularity: 'year' });
  });
});

describe('"during the month", "in die maand"', () => {
  it('point at the month last spoken of, in a paragraph of their own', () => {
    const en = 'Eurostat: October 2025 saw a drop in first-time asylum requests across the EU.\n\nThe member states together counted 62,010 first-time applicants during the month.';
    expect(period(en, '62,010', '2026-01-20', 'en')).toMatchObject({ value: '2025-10', granularity: 'month' });
    expect(figure(en, '62,010', 'en', '2026-01-20').verdict).toBe('consistent');
    const nl = 'In september 2025 vroegen minder mensen asiel aan.\n\nIn die maand registreerde de IND 3.100 eerste asielaanvragen.';
    expect(period(nl, '3.100', '2025-10-20')).toMatchObject({ value: '2025-09', granularity: 'month' });
  });
});

describe('"since 2016 when …" without a comma', () => {
  it('the clause after a year and "when" is that year\'s, as with a comma', () => {
    const text = 'EUAA counted 966,000 asylum applications in the EU+ in 2022, the most since 2016 when more than 1.2 million asylum claims were filed.';
    expect(period(text, '1.2 million', '2023-02-22', 'en')).toMatchObject({ value: '2016', granularity: 'year' });
    expect(period('In 2015 toen 59.000 mensen asiel aanvroegen, was de opvang vol.', '59.000', '2016-03-01')).toMatchObject({ value: '2015' });
  });
});

describe('a day named with "of this year" or without its year', () => {
  it('"On March 31 of this year", "op 31 maart van dit jaar", "On March 31," are days, not the year so far', () => {
    const en = 'Eurostat has new data. On March 31 of this year a little over 4.25 million people had temporary protection across EU member states.';
    expect(period(en, '4.25 million', '2025-05-12', 'en')).toMatchObject({ value: '2025-03-31', granularity: 'day' });
    expect(figure(en, '4.25 million', 'en', '2025-05-12').verdict).toBe('consistent');
    const nl = 'Eurostat publiceerde nieuwe cijfers. Op 31 maart van dit jaar hadden ruim 4,25 miljoen mensen tijdelijke bescherming in de EU.';
    expect(period(nl, '4,25 miljoen', '2025-05-12')).toMatchObject({ value: '2025-03-31', granularity: 'day' });
    const bare = 'Eurostat has new data for 2025. On March 31, a little over 4.25 million people had temporary protection across EU member states.';
    expect(period(bare, '4.25 million', '2025-05-12', 'en')).toMatchObject({ value: '2025-03-31', granularity: 'day' });
  });
});

describe('the time of a change and of the level it ended at', () => {
  it('"went down by 26% in 2025 to almost 178,000": both are 2025\'s; "van 18.200 in 2016 naar 14.700" keeps the old level\'s own year', () => {
    expect(period('Frontex data show that detections of irregular border crossings went down by 26% in 2025 to almost 178,000.', '178,000', '2026-01-20', 'en')).toMatchObject({ value: '2025' });
    expect(period('Het aantal eerste asielaanvragen zakte van 18.200 in 2016 naar 14.700 in 2017.', '14.700', '2018-03-01')).toMatchObject({ value: '2017' });
  });
});

describe('the month a report came out', () => {
  it('"CBS reported in November that … 16,600 … during the first nine months of 2025": the months counted, not the month of the report', () => {
    const text = 'Fewer people keep coming. CBS reported in November that the Netherlands had 16,600 first asylum requests during the first nine months of 2025.';
    expect(period(text, '16,600', '2025-12-23', 'en')).toMatchObject({ value: '2025-01/2025-09' });
  });
});

describe('"by the end of" a year', () => {
  it('"by the end of 2023 about 1.1 million … had been filed" is the year\'s total (or, for a stock, the count of 31 December)', () => {
    const text = 'EUAA counted the claims of a busy year: by the end of 2023 about 1.1 million asylum applications had been filed in the EU+.';
    expect(period(text, '1.1 million', '2024-10-15', 'en')).toMatchObject({ value: '2023', granularity: 'year', alt: '2023-12-31' });
    expect(figure(text, '1.1 million', 'en', '2024-10-15').verdict).toBe('consistent');
  });
});

describe('a time of an earlier event told after the figure', () => {
  it('"… vluchtelingen die eerder (meestal in 2021) een vergunning hadden gekregen": the pluperfect clause\'s year is not the figure\'s', () => {
    const text = 'In 2022 vroegen 35.500 mensen voor het eerst asiel aan. Daarnaast kwamen 10.900 nareizigers naar Nederland, gezinsleden van vluchtelingen die eerder (meestal in 2021) een verblijfsvergunning hadden gekregen.';
    expect(period(text, '10.900', '2023-03-20')).toMatchObject({ value: '2022', how: 'paragraph' });
    // Read as 2021, it was accused with 2021's 10,120; it agrees with 2022's 10,927.
    expect(figure(text, '10.900', 'nl', '2023-03-20').verdict).toBe('consistent');
    expect(period('The IND counted 35,500 first applications in 2022. Another 10,900 relatives joined refugees who had been granted asylum in 2021.', '10,900', '2023-03-20', 'en').value).toBe('2022');
  });
  it('a relative clause on the figure\'s own noun still gives its time ("10.900 mensen die in 2021 asiel hadden aangevraagd")', () => {
    expect(period('Het ging om 10.900 mensen die in 2021 asiel hadden aangevraagd.', '10.900', '2023-03-20')).toMatchObject({ value: '2021' });
  });
});

describe('a year still running when the text was written', () => {
  const text = 'Het aantal eerste asielaanvragen in Nederland komt dit jaar uit op 38.000, meldt het ministerie.';
  it('in its last two weeks, a year\'s figure is its total', () => {
    expect(figure(text, '38.000', 'nl', '2023-12-20')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2023', toDate: false } } });
  });
  it('earlier in December, or in a December whose day is unknown, it is a part or an expectation: no verdict', () => {
    for (const published of ['2023-12-05', '2023-12']) expect(figure(text, '38.000', 'nl', published)).toMatchObject({ verdict: 'context', claim: { period: { toDate: true } } });
  });
});


describe('"tot 1 november", "up to Nov. 1": the year so far up to a day', () => {
  it('a count up to a day that has passed is of the year so far, to the day before', () => {
    const nl = 'De IND maakte nieuwe cijfers bekend. Dit jaar dienden tot 1 november 30.000 mensen een eerste asielaanvraag in.';
    expect(period(nl, '30.000', '2023-11-15')).toMatchObject({ value: '2023-01/2023-10', alt: '2023-11-01', words: ['tot 1 november'] });
    expect(figure(nl, '30.000', 'nl', '2023-11-15').verdict).toBe('consistent');
    const en = 'The IND released new figures. Up to Nov. 1 the service had received some 30,000 first-time asylum requests this year.';
    expect(period(en, '30,000', '2023-11-15', 'en')).toMatchObject({ value: '2023-01/2023-10', alt: '2023-11-01' });
    expect(period('Tot 15 oktober kwamen dit jaar 25.000 asielzoekers naar Nederland.', '25.000', '2023-11-15').value).toBe('2023-01-01/2023-10-14');
  });
  it('from a start the text names, or by a day still to come, it is that day', () => {
    expect(period('Vanaf het begin van de oorlog tot 1 januari 2023 lieten 105.000 Oekraïense vluchtelingen zich in Nederland inschrijven.', '105.000', '2023-02-10')).toMatchObject({ value: '2023-01-01', granularity: 'day' });
    expect(period('Het COA zegt dat het tot 1 juli nog 12.000 extra opvangplekken nodig heeft.', '12.000', '2024-04-15').granularity).toBe('day');
  });
});

describe('a count running up to the day of writing, against a source dated only by its month', () => {
  const text = 'Sinds de Russische inval hebben ruim 63.000 Oekraïense vluchtelingen zich bij een Nederlandse gemeente ingeschreven.';
  it('is not accused: the source may have counted on another day of that month', () => {
    for (const published of ['2022-05', '2022-05-20']) {
      const f = figure(text, '63.000', 'nl', published);
      expect(f.claim!.period).toMatchObject({ value: '2022-05', running: true });
      expect(f.verdict).not.toBe('differs');
    }
    expect(figure(text, '63.000', 'nl', '2022-05').reason).toMatchObject({ why: 'running-count' });
  });
  it('nor is a total "now" in a text of that month: the month was not over, and the count changes within it', () => {
    const now = 'Gemeenten schreven vorige week weer veel Oekraïense vluchtelingen in. In totaal staan er nu 61.900 Oekraïners ingeschreven bij Nederlandse gemeenten.';
    const f = figure(now, '61.900', 'nl', '2022-05');
    expect(f.verdict).not.toBe('differs');
    expect(f.reason).toMatchObject({ why: 'running-count' });
  });
});

describe('"an increase over 2015", "a rise on the previous year": the year compared with', () => {
  it('is a baseline, not the time of the figures after it', () => {
    const text = 'Eurostat published its annual asylum figures for last year on Thursday.\n\nGermany registered 722,000 first-time asylum applicants, a 60% increase over its total for 2015. Across the EU, 1,204,300 people asked for asylum for the first time.';
    expect(figure(text, '1,204,300', 'en', '2017-03-20')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2016' } } });
    expect(figure(text, '60%', 'en', '2017-03-20').claim!.aggregation.since).toBe('2015');
  });
});

describe('the level after a comparison, past a comma', () => {
  it('", with just over 4,500 …" after a comparison with the year before is the new level\'s, not the baseline\'s', () => {
    const text = 'CBS released its figures for the first quarter of 2025. First asylum applications roughly halved against a year earlier, with just over 4,500 people applying for the first time.';
    expect(figure(text, '4,500', 'en', '2025-04-30')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2025-Q1' } } });
  });
});

describe('a relative clause with "that were", and "fell to N from M in"', () => {
  it('"from countries that were torn by war" does not count back: the sentence\'s year dates the next one', () => {
    const text = 'Eurostat said the number of asylum seekers fell last year.\n\nIn 2015, Europe received record numbers of people from countries that were torn by war. At the peak, first-time requests for protection across the EU numbered more than 1.2 million';
    expect(figure(text, '1.2 million', 'en', '2019-03-14')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2015', how: 'paragraph' } } });
  });
  it('"that was" before a passive verb opens a relative clause too', () => {
    const passive = 'In 2016, the agency counted every application that was lodged at the border. At the busiest time, first-time asylum requests across the union came to some 1,2 million.';
    expect(figure(passive, '1,2 million', 'en', '2017-03-20').claim!.period.value).toBe('2016');
  });
  it('"that was" before a figure still counts back: its year dates no later sentence', () => {
    const text = 'In 2017 the Netherlands registered some 31,300 asylum seekers. In 2016 that was 31,600. Family members who followed numbered 4,300.';
    expect(figure(text, '4,300', 'en', '2018-01-20').claim!.period.value).toBe('2017');
  });
  it('the year after "fell to N from M in" is the old level\'s: a figure in the next sentence is of the new level\'s year', () => {
    const text = 'Pending asylum cases still under review in 2017 had fallen to 927,000 from 1,094,000 in 2016. Germany held the largest share (443,000).';
    expect(figure(text, '443,000', 'en', '2018-06-20').claim!.period.value).toBe('2017');
  });
});

describe('a year still running, and the part of it the figures before were of', () => {
  const text = 'Fewer people seek asylum in Europe in 2025\n\nApplications dropped by a fifth from January to June 2025, the EU asylum agency said on Monday.\n\nThe agency counted 399,000 applications in the member states, Norway and Switzerland.';
  it('a figure after a heading that names the running year is of the part of the year the lead named', () => {
    expect(figure(text, '399,000', 'en', '2025-09-10')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2025-01/2025-06', how: 'discourse' } } });
  });
  it('once the year is over, the heading\'s year is a whole year again', () => {
    expect(figure(text, '399,000', 'en', '2026-02-20').claim!.period.value).toBe('2025');
  });
});

describe('a stock at the end of a year, against a count of early that December', () => {
  it('is not confirmed by it: the source counted weeks before the moment the text names', () => {
    const text = 'Aan het begin van 2022 verbleven 36.000 mensen in de opvang van het COA. Eind 2022 was dat aantal opgelopen tot 52.000 bewoners.';
    expect(figure(text, '52.000', 'nl', '2023-11-28')).toMatchObject({ verdict: 'context', claim: { period: { value: '2022-12', alt: '2022-12-31' } } });
  });
  it('a count of the year\'s last day still confirms it', () => {
    const text = 'At the end of 2022, some 3.8 million people who fled Ukraine held temporary protection in the EU.';
    expect(figure(text, '3.8 million', 'en', '2023-06-01').verdict).toBe('consistent');
  });
});

describe('"na de invasie op 24 februari": the day of an event after the figure', () => {
  it('dates the event, not the count of the year the clause names', () => {
    const text = 'Volgens het CBS groeide de bevolking vooral door immigratie, met name van Oekraïense vluchtelingen. Over 2022 telde het bureau 108.000 vluchtelingen die na de grootschalige inval op 24 februari Oekraïne verlieten.';
    expect(figure(text, '108.000', 'nl', '2024-01-05')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2022' }, geo: { value: 'NL' } } });
  });
  it('"sinds de inval op 24 februari" still opens a span from that day', () => {
    const text = 'Sinds de inval op 24 februari hebben zich ruim 63.000 Oekraïense vluchtelingen bij een gemeente ingeschreven.';
    expect(figure(text, '63.000', 'nl', '2022-05-20').claim!.period.value).not.toBe('2022-02-24');
  });
});

describe('a figure of a crisis\'s peak with no time of its own', () => {
  it('is the year the text dated the crisis by before', () => {
    const text = 'Eurostat said asylum requests in the EU fell last year to where they stood before the migration crisis of 2015. Frontex counted some 150,000 irregular crossings last year, well under the 2015 peak.\n\nThat year brought the largest movement of refugees into Europe in decades.\n\nDuring the peak of that crisis, first asylum requests across the EU numbered over 1.2 million.';
    expect(figure(text, '1.2 million', 'en', '2019-03-14')).toMatchObject({ verdict: 'consistent', claim: { period: { value: '2015' } } });
  });
});

describe('a span of weeks', () => {
  it('"in de afgelopen zes weken", "dezelfde weken vorig jaar": weeks, not the year named last', () => {
    const text = 'In 2021 meldden zich in de eerste week 500 asielzoekers. In de afgelopen zes weken vroegen 9.800 mensen asiel aan, tegen 7.100 in dezelfde weken vorig jaar.';
    expect(period(text, '9.800', '2024-02-12')).toMatchObject({ value: '2024-W', granularity: 'week' });
    expect(period(text, '7.100', '2024-02-12')).toMatchObject({ value: '2023-W', granularity: 'week' });
  });
  it('"those twelve weeks" after a year: the weeks spoken of', () => {
    const text = 'The weekly count has risen twelve times in a row; in 2022 it stood at 500 in that week. Over those twelve weeks 11,000 asylum seekers arrived, against 8,500 in the same weeks the year before.';
    expect(period(text, '11,000', '2024-01-20', 'en')).toMatchObject({ granularity: 'week' });
    expect(period(text, '8,500', '2024-01-20', 'en')).toMatchObject({ value: '2023-W', granularity: 'week' });
  });
  it('"the first 40 weeks of the year" after a year named: that year\'s weeks', () => {
    expect(period('De asielinstroom blijft hoog. Twee jaar eerder, in 2021, telde het ministerie in de eerste 40 weken van het jaar zo\'n 28.000 asielaanvragen.', '28.000', '2023-11-01')).toMatchObject({ value: '2021-W', granularity: 'week' });
  });
  it('recent weeks with no count of them name no span', () => {
    expect(period('Sinds de Russische inval vluchtten veel Oekraïners naar Nederland. In de afgelopen weken zijn 2.300 Oekraïense vluchtelingen in 2022 ingeschreven bij een gemeente.', '2.300', '2022-04-05').granularity).not.toBe('week');
  });
});

describe('"as at the end of May", "this quarter"', () => {
  it('a count of applications "as at the end of May" is of the year so far, the month\'s last day the other reading', () => {
    const p = period('Member states had taken in 480,000 asylum claims as at the end of May, says the EU asylum agency.', '480,000', '2023-09-05', 'en');
    expect(p).toMatchObject({ value: '2023-01/2023-05', alt: '2023-05-31' });
  });
  it('"this quarter" after a quarter named is that quarter; in a quarter\'s first month with none named, the one just over', () => {
    const text = 'In the first quarter 5,100 people lodged a first asylum claim with the Dutch authorities. Eritreans lodged 700 of the claims this quarter.';
    expect(period(text, '700', '2025-05-10', 'en')).toMatchObject({ value: '2025-Q1', granularity: 'quarter' });
    expect(period('Dit kwartaal dienden 4.800 mensen een eerste asielaanvraag in bij de IND.', '4.800', '2025-10-20')).toMatchObject({ value: '2025-Q3' });
    expect(period('Dit kwartaal dienden 4.800 mensen een eerste asielaanvraag in bij de IND.', '4.800', '2025-11-20')).toMatchObject({ value: '2025-Q4' });
  });
});

describe('a year inside a measure\'s own words', () => {
  it('"registered in 2022" still dates the figure (names such as "Wet inburgering 2021" do not)', () => {
    const ukr = 'Municipalities keep signing up people who fled Ukraine. Almost 90,000 Ukrainians were registered in 2022 with a municipality, the statistics office said.';
    expect(period(ukr, '90,000', '2023-07-10', 'en')).toMatchObject({ value: '2022' });
    const eu = 'Asylum claims rose across Europe. The agency says some 966,000 claims were registered in 2022 across its member states.';
    expect(period(eu, '966,000', '2023-02-25', 'en')).toMatchObject({ value: '2022' });
  });
  it('a topic word opening a heading ("Migratie 2015 en …") is no name: the year dates what follows', () => {
    const text = 'Migratie 2015 en de rol van asiel.\n\nHet statistiekbureau kwam met voorlopige cijfers over immigratie en emigratie. De immigratie was groot: meer dan 200.000 mensen.';
    expect(period(text, 'meer dan 200.000', '2016-06-20')).toMatchObject({ value: '2015' });
  });
});
