/** "van X naar Y": two levels, the new one for the text's period and the old one for the period before. */
import { describe, expect, it } from 'vitest';
import { figures } from '../../../test/helpers/recognise';

describe('a change from one level to another', () => {
  const text = 'Het CBS meldt dat in 2025 minder migranten naar Nederland kwamen. De immigratie daalde van 302 duizend naar 286 duizend mensen.';
  const found = figures(text, 'nl', '2026-02-01');

  it('is two figures, each with its own words and value', () => {
    expect(found.map((f) => [f.text, f.value])).toEqual([
      ['302 duizend', 302000],
      ['286 duizend', 286000],
    ]);
  });
  it('gives the new level the text\'s period and the old level the year before', () => {
    const [old, now] = found;
    expect(now.claim!.period.value).toBe('2025');
    expect(old.claim!.period).toMatchObject({ value: '2024', how: 'baseline' });
    expect(old.claim!.measure.value).toBe(now.claim!.measure.value);
    expect(old.claim!.aggregation.value).toBe('level');
  });
  it('never accuses the old level on a derived period', () => {
    const wrong = figures('In 2025 kwamen minder migranten naar Nederland. De immigratie daalde van 150 duizend naar 286 duizend mensen.', 'nl', '2026-02-01');
    expect(wrong[0].verdict).not.toBe('differs');
  });
  it('keeps a period the old level\'s own words give', () => {
    const own = figures('Het aantal eerste asielaanvragen daalde van 8.970 in het eerste kwartaal van 2024 naar 4.530 in het eerste kwartaal van 2025.', 'nl', '2025-06-01');
    expect(own.map((f) => [f.text, f.claim!.period.value])).toEqual([
      ['8.970', '2024-Q1'],
      ['4.530', '2025-Q1'],
    ]);
  });
  it('in English too: "from 654,600 to 912,000"', () => {
    const en = figures('First-time asylum applicants in the EU went from 654,600 in 2017 to 912,000 in 2024.', 'en', '2025-04-01');
    expect(en.map((f) => f.value)).toEqual([654600, 912000]);
  });
});

describe('the level a change started from, spoken of as "the fall from …"', () => {
  it('counts what the change counts, in the period before it, at its place', () => {
    // (A new paragraph, and a place later in its clause that only says why.)
    const text = 'Asylum requests in the Netherlands dropped by 46% in 2016, new official figures show.\n\nAccording to the immigration service, the fall from last year\'s high of 58,900 owed much to the agreement between the EU and Turkey.';
    const start = figures(text, 'en', '2017-01-10').find((f) => f.value === 58900)!;
    expect([start.concept, start.claim!.period.value, start.claim!.geo.value, start.verdict]).toEqual(['asylum-applications', '2015', 'NL', 'consistent']);
  });
  it('keeps a year its own clause names', () => {
    const text = 'Het aantal asielaanvragen daalde in 2017 met een vijfde. Volgens de IND komt de daling vanaf het totaal van 31.600 in 2016 vooral door de Turkije-deal.';
    const start = figures(text, 'nl', '2018-01-10').find((f) => f.value === 31600)!;
    expect([start.concept, start.claim!.period.value, start.verdict]).toEqual(['asylum-applications', '2016', 'consistent']);
  });
});

describe('a level given after a change in the same sentence ("slipped by 11% from 2023, yet stayed above one million")', () => {
  const text = 'In its yearly report the EU asylum agency says that applications to the EU+ slipped by 11% from 2023, yet stayed above one million.';
  const found = figures(text, 'en', '2025-03-06');
  it('counts what the change counts, at the time of the change; the year after "slipped by 11% from" is the comparison', () => {
    const change = found.find((f) => f.value === 11)!;
    expect(change.claim!.period.value).toBe('2024');
    const level = found.find((f) => f.value === 1e6)!;
    expect([level.text, level.claim!.period.value, level.claim!.qualifier.value, level.verdict]).toEqual(['above one million', '2024', 'more-than', 'consistent']);
  });
});
