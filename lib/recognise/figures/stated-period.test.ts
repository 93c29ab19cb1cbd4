/**
 * A period the sentence states: when the figure equals the same measure's figure of another
 * period, the journalist has given that period's figure under the wrong year — a discrepancy
 * the card names. Sentences written for these tests, judged against the bundled official figures
 * (CBS first asylum applications: 35,535 in 2022, 24,740 in 2021).
 */
import { describe, expect, it } from 'vitest';
import { figure } from '../../../test/helpers/recognise';

const read = (sentence: string) => figure(sentence, '24.700', 'nl', '2023-03-10');

describe('a period the sentence states', () => {
  it('"In 2022 … 24.700 eerste aanvragen" differs from 2022 and names 2021 as the period whose figure it is', () => {
    const f = read('In 2022 vroegen in Nederland 24.700 personen voor het eerst asiel aan.');
    expect(f.verdict).toBe('differs');
    expect(f.comparison).toMatchObject({ sourceValue: 35535 });
    expect(f.reason).toMatchObject({ why: 'other-period-match', factId: expect.stringMatching(/2021/) });
  });
  it('a period the engine inferred ("vorig jaar") is not stated: the match with 2021 withholds the accusation', () => {
    expect(read('Vorig jaar vroegen in Nederland 24.700 personen voor het eerst asiel aan.').verdict).toBe('context');
  });
  it('a year that may date a report, not the count, is not stated either', () => {
    expect(read('Het CBS meldde in 2022 dat 24.700 mensen voor het eerst asiel aanvroegen.').verdict).toBe('context');
  });
  it('two times in the sentence: not stated', () => {
    expect(read('In 2022 vroegen 24.700 mensen voor het eerst asiel aan, minder dan in 2015.').verdict).toBe('context');
  });
});

describe('a year glued to a precise figure', () => {
  it('"24.740 … (2022)" and "van 24.740 in 2022 naar …": the year right after the figure states it, whatever else the sentence names', () => {
    const bracket = figure('Het CBS telde 24.740 eerste asielaanvragen (2022) en 38.271 (2023).', '24.740', 'nl', '2024-02-01');
    expect(bracket).toMatchObject({ verdict: 'differs', reason: { why: 'other-period-match', factId: expect.stringMatching(/2021/) } });
    const change = figure('Het aantal eerste asielaanvragen steeg van 24.740 in 2022 naar 38.271 in 2023.', '24.740', 'nl', '2024-02-01');
    expect(change).toMatchObject({ verdict: 'differs', reason: { why: 'other-period-match' } });
    // Written under its own year, it agrees.
    expect(figure('Het aantal eerste asielaanvragen steeg van 24.740 in 2021 naar 38.271 in 2023.', '24.740', 'nl', '2024-02-01').verdict).toBe('consistent');
  });
  it('a round figure may equal another year\'s by chance: no accusation', () => {
    const f = figure('Het aantal eerste asielaanvragen steeg van 25.000 in 2022 naar 38.000 in 2023.', '25.000', 'nl', '2024-02-01');
    expect(f.verdict).toBe('context');
  });
});

describe('another counting rule of another year', () => {
  // The weekly counts give about 48,600 applications of every kind for 2022; CBS some 38,000
  // first applications for 2023.
  it('a figure the sentence gives its year and its measure word: matching another rule in another year is no doubt', () => {
    const f = figure('Volgens de dienst kwamen er in 2023 in totaal 48.500 eerste asielaanvragen binnen.', '48.500', 'nl', '2024-08-01');
    expect(f).toMatchObject({ verdict: 'differs', comparison: { sourceValue: 38000 } });
  });
  it('with the year only inferred, the other year may be meant: context', () => {
    const f = figure('Volgens de dienst kwamen er vorig jaar in totaal 48.500 eerste asielaanvragen binnen.', '48.500', 'nl', '2024-08-01');
    expect(f.verdict).toBe('context');
  });
});

describe('a period not yet over when the text was written', () => {
  // Arriving family members: IND 10,927 and CBS 10,925 in 2022; a later year's count would be
  // another, published only after that year.
  it('cannot be the period a figure was taken from', () => {
    const f = figure('Het kabinet wil de nareis beperken. Vorig jaar reisden 10.915 nareizigers naar Nederland.', '10.915', 'nl', '2023-07-10');
    expect(f).toMatchObject({ verdict: 'differs', comparison: { sourceValue: 10925 } });
  });
});
