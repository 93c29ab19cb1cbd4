/**
 * The qualifier slot and the tolerance it gives a figure, on sentences written for these tests
 * in the way news writes them, judged against the bundled official figures.
 */
import { describe, expect, it } from 'vitest';
import { figure } from '../../../test/helpers/recognise';

// CBS: almost 243,000 immigrants in January–September 2025 (data/official-statistics).
const nineMonths = (amount: string) => figure(`In de eerste negen maanden van 2025 vestigden zich ${amount} immigranten in ons land.`, amount.split(' ').pop()!, 'nl', '2025-11-10');

describe('the qualifier slot', () => {
  it('"bijna" and "nearly" claim the figure rounds to the number; "minder dan" only that it stays below', () => {
    expect(nineMonths('bijna 250.000').claim!.qualifier).toMatchObject({ value: 'almost', interval: [245000, 255000] });
    expect(nineMonths('minder dan 250.000').claim!.qualifier).toMatchObject({ value: 'less-than', interval: [240000, 250000] });
    expect(figure('Last year nearly 11,000 family members joined refugees in the Netherlands.', '11,000', 'en', '2023-02-01').claim!.qualifier.value).toBe('almost');
  });
  it('"bijna 250.000" is not the 243,000 of the same nine months; "bijna 243.000" and "minder dan 250.000" are', () => {
    expect(nineMonths('bijna 250.000')).toMatchObject({ verdict: 'differs', comparison: { sourceValue: 243000 } });
    expect(nineMonths('bijna 243.000').verdict).toBe('consistent');
    expect(nineMonths('minder dan 250.000').verdict).toBe('consistent');
  });
  it('"passed the one million mark" is a lower bound of the count, not a pass rate; a bound just under the count confirms it', () => {
    // Eurostat: 1,048,900 first-time applicants in the EU in 2023.
    const f = figure('First-time asylum applicants in the EU passed the one million mark in 2023, Eurostat said.', 'one million', 'en', '2024-04-01');
    expect(f.claim!.qualifier.value).toBe('more-than');
    expect(f.concept).not.toBe('integration-exam-pass-rate');
    expect(f.verdict).toBe('consistent');
  });
  it('any form of the verb that passes a mark ("saw claims exceed the one million mark") makes a lower bound', () => {
    const f = figure('In 2024 the European Union — along with Switzerland and Norway — once more saw asylum claims exceed the one million mark.', 'one million', 'en', '2025-03-11');
    expect(f.claim!.qualifier.value).toBe('more-than');
    // (The EU listed with its neighbours after a dash is the EU and its neighbours, not Switzerland.)
    expect(f.claim!.geo.value).toBe('EU');
    expect(f.verdict).toBe('consistent');
    expect(figure('Asylum claims may top the 50,000 mark this year.', '50,000', 'en', '2025-03-11').claim!.qualifier.value).toBe('more-than');
  });
  it('a bare bound the count satisfies is true, only loose: context, never "differs"; one said to be close is not a bare bound', () => {
    // CBS: 35,535 first asylum requests in 2022.
    const loose = figure('In 2022 dienden meer dan 30.000 mensen in Nederland een eerste asielaanvraag in.', '30.000', 'nl', '2023-03-01');
    expect(loose).toMatchObject({ verdict: 'context', reason: { why: 'bound-holds' } });
    const close = figure('In 2022 dienden net geen 50.000 mensen in Nederland een eerste asielaanvraag in.', '50.000', 'nl', '2023-03-01');
    expect(close.reason?.why).not.toBe('bound-holds');
  });
  it('"tot" after words of change gives the level reached ("steeg vorig jaar tot 35.500"), not an upper bound', () => {
    const rose = figure('Het aantal eerste asielaanvragen in Nederland steeg vorig jaar tot 35.500, meldt het CBS.', '35.500', 'nl', '2023-02-20');
    expect(rose).toMatchObject({ verdict: 'consistent', claim: { qualifier: { value: 'exact' } } });
    const fell = figure('Het aantal eerste asielaanvragen in Nederland nam in 2022 met ruim 10.000 toe tot 35.500.', '35.500', 'nl', '2023-02-20');
    expect(fell.claim!.qualifier.value).toBe('exact');
    // Without a change before it, "tot" is "up to".
    expect(figure('Het kabinet houdt rekening met tot 60.000 asielaanvragen dit jaar.', '60.000', 'nl', '2023-02-20').claim!.qualifier.value).toBe('at-most');
  });
  it('"boven het miljoen" is more than a million, as "boven de" was', () => {
    const f = figure('In 2016 lag in de EU het aantal eerste asielaanvragen boven het miljoen.', 'miljoen', 'nl', '2017-03-20');
    expect(f).toMatchObject({ text: 'boven het miljoen', verdict: 'consistent', claim: { qualifier: { value: 'more-than' } } });
  });
  it('"more than a million" covers up to a quarter more (1,204,300 first-time applicants in 2016); "more than 500,000" does not reach that', () => {
    const f = figure('In 2016 the EU registered more than a million first-time asylum applicants, the statistics agency said.', 'a million', 'en', '2017-03-16');
    expect(f.verdict).toBe('consistent');
    // The same words for a count that is far more are no confirmation.
    expect(figure('In 2016 the EU registered more than 500,000 first-time asylum applicants, the statistics agency said.', '500,000', 'en', '2017-03-16').verdict).not.toBe('consistent');
  });
  it('"net geen" is just under: "net geen 650.000" fits Eurostat\'s first 649,855, not the revised 654,600', () => {
    const f = figure('Net geen 650.000 personen vroegen in 2017 voor het eerst asiel aan binnen de Europese Unie.', '650.000', 'nl', '2018-03-20');
    expect(f.claim!.qualifier).toMatchObject({ value: 'less-than', interval: [640000, 650000] });
    expect(f).toMatchObject({ verdict: 'consistent', comparison: { sourceValue: 649855 } });
  });
});
